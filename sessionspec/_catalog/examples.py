"""Valid examples to start from: a whole session with every event type in the order a player
sends them, and a downloaded session as one batch. Both pass every check, the session rules
and ``--strict`` included (a test holds them so)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def _examples() -> dict[str, list[dict[str, Any]]]:
    text = (resources.files("sessionspec") / "_catalog" / "examples.json").read_text("utf-8")
    loaded: dict[str, list[dict[str, Any]]] = json.loads(text)
    return loaded


def session() -> list[dict[str, Any]]:
    """The calls of a live session, in order: its sessionStart, then every event type but
    sessionEnd (a session ends once)."""
    return _copy("session")


def batch() -> list[dict[str, Any]]:
    """A downloaded session: the body of ``POST /api/v1/downloaded``; it ends in sessionEnd."""
    return _copy("batch")


def _copy(name: str) -> list[dict[str, Any]]:
    copied: list[dict[str, Any]] = json.loads(json.dumps(_examples()[name]))  # its own
    return copied


def example(event_type: str) -> dict[str, Any] | None:
    """The first body of ``event_type`` in the examples; None for one that is not there."""
    for body in (*session(), *batch()):
        if body["eventType"] == event_type:
            return body
    return None
