"""Check the body of a Media Collection API sessions request before it is sent."""

from importlib.metadata import version as _version

from ._issues import Issue, Severity
from ._report import InvalidBody, Report
from ._schema import SCHEMA_VERSION
from ._validate import validate

__version__ = _version("sessionspec")
__all__ = ["SCHEMA_VERSION", "InvalidBody", "Issue", "Report", "Severity", "validate"]
