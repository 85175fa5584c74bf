"""validate(): the way a body travels, from input to report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import _engines
from ._parse import ParseFailure, Text, decode, parse, scan
from ._report import Report

_VALID = Report()


def validate(payload: Any, *, lint: bool = False, ignore: Iterable[str] = ()) -> Report:
    """Check a sessionStart body: a parsed value (a dict), or JSON text as str or bytes.

    Never raises for a bad payload: everything wrong is in the report, which is true only
    when the body is valid. The payload is not modified. With ``lint``, the report also holds
    warnings (codes SS3xx, except those in ``ignore``): what the API accepts but Adobe's
    documentation says is wrong.
    """
    engine = _engines.engine()
    text = None
    if isinstance(payload, (str, bytes, bytearray, memoryview)):
        try:
            value = engine.loads(payload)
        except ParseFailure as failure:
            return Report(tuple(failure.issues))
        text = payload
    else:
        value = payload
    try:
        valid = engine.is_valid(value)
    except ValueError:  # a value the fast engine cannot take: a non-string key, a lone surrogate
        valid = _engines.reference().is_valid(value)
    if valid and not lint:
        return _VALID
    return _report(value, valid, lint, ignore, text)


def _report(
    value: Any, valid: bool, lint: bool, ignore: Iterable[str], text: Text | None
) -> Report:
    """The full report: only a failure, or a request for warnings, pays for it."""
    issues = []
    if not valid:
        from ._explain import explain  # jsonschema and the translation table: failures only

        # Errors are explained from the strict parser's value, whichever engine parsed.
        issues = explain(value if text is None else parse(decode(text)))
    if lint:
        from ._lint import lint as warnings

        issues += warnings(value, ignore)
    if text is not None and issues:
        issues = scan(decode(text)).locate(issues)
    return Report(tuple(issues))
