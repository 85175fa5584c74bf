"""Check what a player sends to Adobe's Media Collection API before it is sent."""

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from ._catalog import schema as _schema
from ._catalog.schema import published as schema
from ._convert.edge import Conversion, to_collection, to_edge
from ._core.issues import Issue, Severity
from ._core.report import InvalidBody, Report
from ._faces.api import validate, validate_batch, validate_edge, validate_event
from ._read.location import InvalidLocation, Location, parse_location
from ._settings import Settings

SCHEMA_VERSION = _schema.latest(_schema.SESSIONSTART)  # the default sessionStart schema

__all__ = [
    "SCHEMA_VERSION",
    "Conversion",
    "InvalidBody",
    "InvalidLocation",
    "Issue",
    "Location",
    "Report",
    "Settings",
    "Severity",
    "parse_location",
    "schema",
    "serve",
    "to_collection",
    "to_edge",
    "validate",
    "validate_batch",
    "validate_edge",
    "validate_event",
]


if TYPE_CHECKING:
    from pathlib import Path

    from ._faces.server import Running


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    settings: Settings | None = None,
    upstream: str | None = None,
    record: "Path | None" = None,
) -> "AbstractContextManager[Running]":
    """A stand-in of the Media Collection API, started in a thread for a player's tests:
    ``with sessionspec.serve() as api:`` point the player at ``api.url``, then read
    ``api.sessions()`` and ``api.findings()``. With ``upstream`` (Adobe's API base URL), a
    proxy that gives the player Adobe's answers; with ``record``, a HAR file of what passed
    through. Needs the serve extra."""
    from ._faces.server import serve as started  # Starlette and uvicorn only when asked

    return started(host, port, settings, upstream, record)


def __getattr__(name: str) -> str:
    # Read on demand: importlib.metadata costs more than checking a body.
    if name == "__version__":
        from importlib.metadata import version

        return version("sessionspec")
    raise AttributeError(f"module 'sessionspec' has no attribute {name!r}")
