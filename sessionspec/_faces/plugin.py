"""pytest fixtures for a player's own tests, registered when sessionspec is installed: a
stand-in of the Media Collection API to point the player at, and what it has seen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import Running, serve


@pytest.fixture(scope="session")
def sessionspec_server() -> Iterator[Running]:
    """A stand-in server on 127.0.0.1, started once for the test session."""
    with serve() as running:
        yield running


@pytest.fixture
def sessionspec_api(sessionspec_server: Running) -> Running:
    """The stand-in server with no session yet: what the test sends is all it holds.
    ``sessionspec_api.url`` is where to point the player; ``findings()`` what it did wrong."""
    sessionspec_server.clear()
    return sessionspec_server
