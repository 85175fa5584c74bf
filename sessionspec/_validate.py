"""validate(): the way a body travels, from input to report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import _engines
from ._issues import Code, Issue, error
from ._parse import MAX_BYTES, MAX_DEPTH, ParseFailure, Text, decode, parse, scan
from ._report import Report
from ._schema import SCHEMA_DEPTH

_VALID = Report()


def validate(
    payload: Any,
    *,
    lint: bool = False,
    ignore: Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Report:
    """Check a sessionStart body: a parsed value (a dict), or JSON text as str or bytes.

    Never raises for a bad payload: everything wrong is in the report, which is true only
    when the body is valid. The payload is not modified. With ``lint``, the report also holds
    warnings (codes SS3xx, except those in ``ignore``): what the API accepts but Adobe's
    documentation says is wrong. Text longer than ``max_bytes`` (characters, for a str) and
    bodies nested deeper than ``max_depth`` are refused before they cost more.
    """
    if max_depth < SCHEMA_DEPTH:
        raise ValueError(f"max_depth must be at least {SCHEMA_DEPTH}, the depth of a valid body")
    engine = _engines.engine()
    text = None
    if isinstance(payload, dict):  # first: the common case for a service, and the cheapest
        value = payload
    elif isinstance(payload, (str, bytes, bytearray, memoryview)):
        size = payload.nbytes if isinstance(payload, memoryview) else len(payload)
        if size > max_bytes:
            return Report((too_large(max_bytes),))
        try:
            value = engine.loads(payload, max_depth)
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
    return _report(value, valid, lint, ignore, max_depth, text)


def too_large(max_bytes: int) -> Issue:
    """The issue for a text over the size limit, which is not read any further."""
    message = (
        f"the body is larger than the limit of {max_bytes:,} bytes: a sessionStart body is a few KB"
    )
    return error(Code.TOO_LARGE, None, message, 1, 1)


def _report(
    value: Any, valid: bool, lint: bool, ignore: Iterable[str], max_depth: int, text: Text | None
) -> Report:
    """The full report: only a failure, or a request for warnings, pays for it."""
    decoded = None if text is None else decode(text)
    issues = []
    if not valid:
        from ._explain import explain  # jsonschema and the translation table: failures only

        # Errors are explained from the strict parser's value, whichever engine parsed.
        issues = explain(value if decoded is None else parse(decoded, max_depth), max_depth)
    if lint:
        from ._lint import lint as warnings

        issues += warnings(value, ignore)
    if decoded is not None and issues:
        issues = scan(decoded, max_depth).locate(issues)
    return Report(tuple(issues))
