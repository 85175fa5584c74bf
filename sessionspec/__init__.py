"""Check what a player sends to Adobe's Media Collection API before it is sent."""

from ._catalog import schema as _schema
from ._catalog.schema import published as schema
from ._core.issues import Issue, Severity
from ._core.report import InvalidBody, Report
from ._faces.api import validate, validate_batch, validate_event
from ._read.location import InvalidLocation, Location, parse_location
from ._settings import Settings

SCHEMA_VERSION = _schema.latest(_schema.SESSIONSTART)  # the default sessionStart schema

__all__ = [
    "SCHEMA_VERSION",
    "InvalidBody",
    "InvalidLocation",
    "Issue",
    "Location",
    "Report",
    "Settings",
    "Severity",
    "parse_location",
    "schema",
    "validate",
    "validate_batch",
    "validate_event",
]


def __getattr__(name: str) -> str:
    # Read on demand: importlib.metadata costs more than checking a body.
    if name == "__version__":
        from importlib.metadata import version

        return version("sessionspec")
    raise AttributeError(f"module 'sessionspec' has no attribute {name!r}")
