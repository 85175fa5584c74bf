"""Warnings: what the API accepts but Adobe's documentation says is wrong or advises against.

Each rule reads a body that may also have errors, so it checks the types it relies on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TypeGuard

from ._issues import Code, Issue, Severity, pointer_to
from ._schema import EVENTS, SCHEMA_DEPTH, SESSIONSTART
from ._words import show

Body = dict[str, Any]
Rule = Callable[[Body], Iterator[Issue]]

# Whole values in angle brackets ("<your-org-id>") or upper-case names in square brackets
# ("[YOUR_RSID]"); or "your" just inside a bracket anywhere ("{your-host}.sc.omtrdc.net").
_PLACEHOLDER = re.compile(r"<[^<>]+>|\[[A-Z][A-Z0-9_ -]*\]")
_YOUR = re.compile(r"[<\[{]\s*your\b", re.IGNORECASE)
_LIVE = frozenset({"live", "linear"})
_SECONDS_IN_A_DAY = 86_400


def _warning(code: Code, pointer: str, message: str) -> Issue:
    return Issue(code.value, Severity.WARNING, pointer, message)


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _metadata_prefixes(body: Body) -> Iterator[Issue]:
    for key in _object(body.get("customMetadata")):
        if key.startswith("media."):
            yield _warning(
                Code.METADATA_MEDIA_PREFIX,
                pointer_to("/customMetadata", key),
                'the "media." prefix overwrites standard media fields in reporting: rename it',
            )
        elif key.startswith("a."):
            yield _warning(
                Code.METADATA_ADOBE_PREFIX,
                pointer_to("/customMetadata", key),
                'the "a." prefix is reserved for Adobe: rename it',
            )


def _placeholders(body: Body) -> Iterator[Issue]:
    pending: list[tuple[str, dict[str, Any], int]] = [("", body, 1)]
    while pending:
        pointer, members, depth = pending.pop()
        for key, value in members.items():
            if isinstance(value, str):
                # The "in" tests are cheap and rule out almost every real value.
                if ("<" in value or "[" in value or "{" in value) and (
                    _PLACEHOLDER.fullmatch(value) or _YOUR.search(value)
                ):
                    yield _warning(
                        Code.PLACEHOLDER,
                        pointer_to(pointer, key),
                        "this looks like a placeholder copied from the documentation:"
                        " put the real value here",
                    )
            elif isinstance(value, dict) and depth < SCHEMA_DEPTH:
                pending.append((pointer_to(pointer, key), value, depth + 1))


# Rules on one string param: (key, whether its value is wrong, code, what to do).
_PARAM_RULES: tuple[tuple[str, Callable[[str], bool], Code, str], ...] = (
    (
        "visitor.marketingCloudOrgId",
        lambda value: not value.endswith("@AdobeOrg"),
        Code.ORG_ID_FORM,
        "an Experience Cloud organization ID ends with @AdobeOrg",
    ),
    (
        "media.showType",
        lambda value: value not in ("0", "1", "2", "3"),
        Code.SHOW_TYPE,
        'expected "0" (full episode), "1" (preview), "2" (clip) or "3" (other)',
    ),
    (
        "media.pass.auth",
        # The reference says "true"; the page of the parameter itself sends "TRUE".
        lambda value: value.lower() != "true",
        Code.PASS_AUTH,
        'can only be "true" when set: leave it out when the user is not authorized',
    ),
    (
        "analytics.trackingServer",
        lambda value: "/" in value or ":" in value,
        Code.TRACKING_SERVER_URL,
        "give the host name alone (e.g. example.sc.omtrdc.net), without scheme, path or port",
    ),
)


def _param_values(body: Body) -> Iterator[Issue]:
    params = _object(body.get("params"))
    for key, is_wrong, code, message in _PARAM_RULES:
        value = params.get(key)
        if isinstance(value, str) and is_wrong(value):
            yield _warning(code, pointer_to("/params", key), message)


def _playhead(body: Body) -> Iterator[Issue]:
    params = _object(body.get("params"))
    playhead = _object(body.get("playerTime")).get("playhead")
    content_type = params.get("media.contentType")
    length = params.get("media.length")
    if not _is_number(playhead) or not isinstance(content_type, str):
        return
    if content_type.lower() in _LIVE:
        if playhead >= _SECONDS_IN_A_DAY:
            yield _warning(
                Code.PLAYHEAD_RANGE,
                "/playerTime/playhead",
                f"for live content the playhead is the second of the day, below"
                f" {_SECONDS_IN_A_DAY}; got {show(playhead)}",
            )
    elif _is_number(length) and playhead >= length:
        yield _warning(
            Code.PLAYHEAD_RANGE,
            "/playerTime/playhead",
            f"for recorded content the playhead is the second of content, below media.length"
            f" ({show(length)}); got {show(playhead)}",
        )


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _ts_as_float(body: Body) -> Iterator[Issue]:
    ts = _object(body.get("playerTime")).get("ts")
    if isinstance(ts, float) and ts.is_integer():
        yield _warning(
            Code.TS_AS_FLOAT,
            "/playerTime/ts",
            f"write ts as a whole number, {int(ts)}, without a fraction or exponent",
        )


def _visitor_id(body: Body) -> Iterator[Issue]:
    params = body.get("params")
    if isinstance(params, dict) and not (
        "visitor.marketingCloudUserId" in params or "appInstallationId" in params
    ):
        yield Issue(
            Code.NO_VISITOR_ID.value,
            Severity.INFO,
            "/params",
            "send visitor.marketingCloudUserId (the ECID) or appInstallationId,"
            " as the documentation recommends, to identify the visitor",
        )


def _ad_player_name(body: Body) -> Iterator[Issue]:
    params = body.get("params")
    if (
        body.get("eventType") == "adStart"
        and isinstance(params, dict)
        and "media.ad.playerName" not in params
    ):
        yield _warning(
            Code.NO_AD_PLAYER_NAME,
            "/params",
            "send media.ad.playerName, the player that renders the ad: the parameter reference"
            " requires it on adStart",
        )


_RULES: dict[str, tuple[Rule, ...]] = {
    SESSIONSTART: (
        _metadata_prefixes,
        _placeholders,
        _param_values,
        _playhead,
        _ts_as_float,
        _visitor_id,
    ),
    EVENTS: (_metadata_prefixes, _placeholders, _ts_as_float, _ad_player_name),
}


def lint(value: Any, family: str, ignore: frozenset[str] = frozenset()) -> list[Issue]:
    """The warnings for ``value``, a body of ``family`` (sessionstart or events), those in
    ``ignore`` left out, in pointer order."""
    if not isinstance(value, dict):
        return []
    found = [issue for rule in _RULES[family] for issue in rule(value) if issue.code not in ignore]
    # A placeholder is the one thing to fix at its member: other advice on it would only distract.
    placeholders = {i.pointer for i in found if i.code == Code.PLACEHOLDER.value}
    kept = [i for i in found if i.code == Code.PLACEHOLDER.value or i.pointer not in placeholders]
    return sorted(kept, key=lambda issue: ((issue.pointer or "").split("/"), issue.code))
