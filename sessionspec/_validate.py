"""validate(): the way a body travels, from input to report."""

from __future__ import annotations

from typing import Any

from . import _engines
from ._issues import Issue
from ._parse import ParseFailure, decode, parse, scan
from ._report import Report

_VALID = Report()


def validate(payload: Any) -> Report:
    """Check a sessionStart body: a parsed value (a dict), or JSON text as str or bytes.

    Never raises for a bad payload: everything wrong is in the report, which is true only
    when the body is valid. The payload is not modified.
    """
    engine = _engines.engine()
    if isinstance(payload, (str, bytes, bytearray, memoryview)):
        try:
            value = engine.loads(payload)
        except ParseFailure as failure:
            return Report(tuple(failure.issues))
        if engine.is_valid(value):
            return _VALID
        # The report is made from the strict parser's value, whichever engine parsed.
        text = decode(payload)
        return Report(tuple(scan(text).locate(_explain(parse(text)))))
    try:
        if engine.is_valid(payload):
            return _VALID
    except ValueError:  # e.g. a non-string key, which the report explains
        pass
    return Report(tuple(_explain(payload)))


def _explain(value: Any) -> list[Issue]:
    from ._explain import explain  # only a failure pays for the translation table

    return explain(value)
