"""Check the body of a Media Collection API sessions request before it is sent."""

from . import _schema
from ._issues import Issue, Severity
from ._location import InvalidLocation, Location, parse_location
from ._report import InvalidBody, Report
from ._validate import validate

SCHEMA_VERSION = _schema.latest(_schema.SESSIONSTART)  # the default sessionStart schema

__all__ = [
    "SCHEMA_VERSION",
    "InvalidBody",
    "InvalidLocation",
    "Issue",
    "Location",
    "Report",
    "Severity",
    "parse_location",
    "validate",
]


def __getattr__(name: str) -> str:
    # Read on demand: importlib.metadata costs more than checking a body.
    if name == "__version__":
        from importlib.metadata import version

        return version("sessionspec")
    raise AttributeError(f"module 'sessionspec' has no attribute {name!r}")
