"""validate(): the way a body travels, from input to report."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from . import _engines
from ._issues import IGNORABLE, Code, Issue, Severity, error, pointer_to
from ._parse import DEEPEST, MAX_BYTES, MAX_DEPTH, ParseFailure, Text, decode, parse, scan
from ._report import Report
from ._schema import SCHEMA_DEPTH, SESSIONSTART, Target, known_params, target
from ._words import closest

UnknownParams = Literal["error", "warning"]
_VALID = Report()


@dataclass(frozen=True)
class Options:
    """How a body is checked, beyond which schema."""

    lint: bool = False
    ignore: frozenset[str] = frozenset()
    max_bytes: int = MAX_BYTES
    max_depth: int = MAX_DEPTH

    def __post_init__(self) -> None:
        if not SCHEMA_DEPTH <= self.max_depth <= DEEPEST:
            raise ValueError(
                f"max_depth must be from {SCHEMA_DEPTH}, the depth of a valid body,"
                f" to {DEEPEST}, not {self.max_depth}"
            )
        if not self.ignore <= IGNORABLE:
            raise ValueError(f"only warnings can be ignored, not {sorted(self.ignore - IGNORABLE)}")


def codes(ignore: str | Iterable[str]) -> frozenset[str]:
    """Codes given as "SS303,SS310", or as an iterable of such strings."""
    given = [ignore] if isinstance(ignore, str) else list(ignore)
    return frozenset(code.strip() for item in given for code in item.split(",") if code.strip())


def validate(
    payload: Any,
    *,
    schema_version: str | None = None,
    unknown_params: UnknownParams = "error",
    lint: bool = False,
    ignore: str | Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Report:
    """Check a sessionStart body: a parsed value (a dict), or JSON text as str or bytes.

    Never raises for a bad payload: everything wrong is in the report, which is true only
    when the body is valid. The payload is not modified. ``schema_version`` pins the schema
    (the newest by default). With ``unknown_params="warning"``, a ``params`` key the schema
    does not know is a warning (SS311) instead of an error. With ``lint``, the report also holds
    warnings (codes SS3xx, except those in ``ignore``): what the API accepts but Adobe's
    documentation says is wrong. Text longer than ``max_bytes`` (characters, for a str) and
    bodies nested deeper than ``max_depth`` are refused before they cost more.
    """
    return check(
        payload,
        _target(SESSIONSTART, schema_version, unknown_params),
        _options(lint, ignore if isinstance(ignore, str) else tuple(ignore), max_bytes, max_depth),
    )


# Both cached: a service calls validate() with the same options every time, and a valid body
# must cost little more than its verdict.
@functools.lru_cache(maxsize=64)
def _target(family: str, version: str | None, unknown_params: UnknownParams) -> Target:
    if unknown_params not in ("error", "warning"):
        raise ValueError(f"unknown_params is 'error' or 'warning', not {unknown_params!r}")
    return target(family, version, open_params=unknown_params == "warning")


@functools.lru_cache(maxsize=64)
def _options(lint: bool, ignore: str | tuple[str, ...], max_bytes: int, max_depth: int) -> Options:
    return Options(lint, codes(ignore), max_bytes, max_depth)


def check(payload: Any, target: Target, options: Options) -> Report:
    """One body against ``target``: the step every kind of input goes through."""
    engine = _engines.engine()
    text = None
    # A dict first: the common case for a service, and the cheapest.
    if isinstance(payload, dict) or not isinstance(payload, (str, bytes, bytearray, memoryview)):
        value = payload
        if not engine.takes(value):
            engine = _engines.reference()
    else:
        size = payload.nbytes if isinstance(payload, memoryview) else len(payload)
        if size > options.max_bytes:
            return Report((too_large(options.max_bytes),))
        try:
            value = engine.loads(payload, options.max_depth)
        except ParseFailure as failure:
            return Report(tuple(failure.issues))
        text = payload
    try:
        valid = engine.is_valid(value, target)
    except ValueError:  # a value the fast engine cannot take: a non-string key, a lone surrogate
        valid = _engines.reference().is_valid(value, target)
    if valid and not options.lint and not (target.open_params and _unknown_params(value, target)):
        return _VALID
    return _report(value, valid, target, options, text)


def too_large(max_bytes: int) -> Issue:
    """The issue for a text over the size limit, which is not read any further."""
    message = f"the body is larger than the limit of {max_bytes:,} bytes: a body is a few KB"
    return error(Code.TOO_LARGE, None, message, 1, 1)


def _unknown_params(value: Any, target: Target) -> list[str]:
    params = value.get("params") if isinstance(value, dict) else None
    if not isinstance(params, dict):
        return []
    known = known_params(target)
    return [key for key in params if key not in known]


def _unknown_param_warnings(value: Any, target: Target) -> list[Issue]:
    known = sorted(known_params(target))
    issues = []
    for key in _unknown_params(value, target):
        suggestion = closest(str(key), known)
        advice = f'; did you mean "{suggestion}"?' if suggestion else ""
        message = f"not in {target}: the API rejects it unless Adobe added it since{advice}"
        issues.append(
            Issue(Code.UNKNOWN_PARAM.value, Severity.WARNING, pointer_to("/params", key), message)
        )
    return issues


def _report(value: Any, valid: bool, target: Target, options: Options, text: Text | None) -> Report:
    """The full report: only a failure, or a request for warnings, pays for it."""
    decoded = None if text is None else decode(text)
    errors: list[Issue] = []
    if not valid:
        from ._explain import explain  # jsonschema and the translation table: failures only

        # Errors are explained from the strict parser's value, whichever engine parsed.
        strict = value if decoded is None else parse(decoded, options.max_depth)
        # From here on, rules read the value as JSON's own types: it may hold anything.
        errors, value = explain(strict, target, options.max_depth)
    warnings = _unknown_param_warnings(value, target) if target.open_params else []
    if options.lint:
        from ._lint import lint

        warnings += lint(value, options.ignore)
    # An error is the one thing to fix at its member: advice about the same value would only
    # contradict it (a ts in seconds, written as 1509045324.0, is not to be written 1509045324).
    wrong = {issue.pointer for issue in errors}
    issues = errors + [
        w for w in warnings if w.code not in options.ignore and w.pointer not in wrong
    ]
    if decoded is not None and issues:
        issues = scan(decoded, options.max_depth).locate(issues)
    return Report(tuple(issues))
