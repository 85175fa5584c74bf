"""Check what a player sends to Adobe's Media Collection API before it is sent."""

from . import _schema
from ._issues import Issue, Severity
from ._location import InvalidLocation, Location, parse_location
from ._report import InvalidBody, Report
from ._schema import published as schema
from ._settings import Settings
from ._validate import validate, validate_batch, validate_event

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
