"""Values and keys in a person's words: what a value is, shown cut short; what a key may
misspell. Whatever the value, putting it in words never fails."""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

_JSON_TYPES = {
    "string": "a string",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


def expected_type(json_type: str | list[str] | None) -> str:
    """A schema's type in words; a list of them (an object or null) as each, joined."""
    if isinstance(json_type, list):
        return " or ".join(map(expected_type, json_type))
    return _JSON_TYPES.get(json_type or "", "a JSON value")


def describe(instance: Any) -> str:
    """What a value is, in JSON's words, with the value itself when it is short."""
    if instance is None or isinstance(instance, bool):
        return show(instance)
    if has_fraction(instance):
        return f"a number with a fraction ({show(instance)})"
    if isinstance(instance, (int, float, Decimal)):
        return f"a number ({show(instance)})"
    if isinstance(instance, str):
        return f"a string ({show(instance)})"
    if isinstance(instance, dict):
        return "an object"
    if isinstance(instance, list):
        return "an array"
    return f"a Python {type(instance).__name__}"


def has_fraction(value: Any) -> bool:
    if isinstance(value, float):
        return not value.is_integer()
    if isinstance(value, Decimal):
        return value.is_finite() and value != value.to_integral_value()
    return False


def show(value: Any) -> str:
    """A JSON scalar as it is written, cut short; any other value described."""
    if isinstance(value, int) and value.bit_length() > 128:
        if too_long_to_write(value):
            return f"a number of more than {sys.get_int_max_str_digits():,} digits"
        return f"a number of {len(str(abs(value))):,} digits"
    if not (value is None or isinstance(value, (str, int, float, Decimal))):
        return describe(value)
    shown = str(value) if isinstance(value, Decimal) else _written(value)
    return shown if len(shown) <= 40 else f"{shown[:37]}..."


# JSON as json.dumps(value, ensure_ascii=False) writes it, without making an encoder a call.
_written = json.JSONEncoder(ensure_ascii=False).encode


def too_long_to_write(number: int) -> bool:
    """Whether Python refuses to write ``number`` in decimal (sys.get_int_max_str_digits())."""
    limit = sys.get_int_max_str_digits()
    return bool(limit) and abs(number) >= _power_of_ten(limit)


@functools.cache
def _power_of_ten(exponent: int) -> int:
    power: int = 10**exponent
    return power


def unknown_member_advice(key: str, known: Sequence[str]) -> str:
    """What to do about ``key``, which is not among ``known``."""
    suggestion = closest(key, known)
    if suggestion:
        return f"did you mean {json.dumps(suggestion)}?"
    return "the API rejects members it does not know: remove it"


def closest(key: str, known: Sequence[str]) -> str | None:
    """The known key ``key`` most likely misspells: one that differs only in case, or by a
    letter or two left out, added, swapped or replaced."""
    near = _near_keys(tuple(known))
    if len(key) > max(map(len, known), default=0) + 2:
        return None  # too long to be a typo, and a million-character key stays cheap
    variants = _one_left_out(key.lower())
    found = [name for variant in variants for name in near.get(variant, ())]
    if not found:  # the last part of a dotted name alone: "bitrate" for "media.qoe.bitrate"
        found = [name for name in known if name.lower().endswith("." + variants[0])]
        return found[0] if len(found) == 1 else None
    # The key itself in another case first, then the nearest in length, then schema order.
    return min(
        found,
        key=lambda name: (name.lower() != variants[0], abs(len(name) - len(key))),
        default=None,
    )


@functools.cache
def _near_keys(known: tuple[str, ...]) -> dict[str, list[str]]:
    """Each known key under its lower-case spelling and every spelling with one letter left
    out: two keys share an entry when at most one edit on each side tells them apart."""
    near: dict[str, list[str]] = {}
    for name in known:
        for variant in _one_left_out(name.lower()):
            near.setdefault(variant, []).append(name)
    return near


def _one_left_out(word: str) -> list[str]:
    return [word] + [word[:i] + word[i + 1 :] for i in range(len(word))]


# What people send as an eventType that the API does not have, and what to send instead.
NOT_EVENT_TYPES = {
    "pause": 'there is no pause event: send "pauseStart", then "play" to resume',
    "resume": 'there is no resume event: send "play"',
    "bufferend": 'there is no buffer-end event: send "play" when playback resumes',
    "buffercomplete": 'there is no buffer-end event: send "play" when playback resumes',
    "seekstart": 'there are no seek events: send "pauseStart", then "play" after the seek',
    "seekcomplete": 'there are no seek events: send "play" after the seek',
    "adbreakend": 'send "adBreakComplete"',
    "adend": 'send "adComplete", or "adSkip" when the ad was skipped',
    "chapterend": 'send "chapterComplete", or "chapterSkip" when the chapter was left early',
    "contentcomplete": 'send "sessionComplete" when the main content reaches its end',
    "complete": 'send "sessionComplete" when the main content reaches its end',
    "stop": (
        'send "pauseStart" for a pause, "sessionComplete" at the end of the content,'
        ' "sessionEnd" to close the session'
    ),
    "sessionstart": (
        "it starts a session, sent to POST /api/v1/sessions (in a downloaded batch, as the"
        " first call only)"
    ),
}


# What a terminal, an editor or a log viewer would act on, or would show as nothing, or as a
# plain space: C0 and C1 controls, DEL, spaces other than U+0020, line and paragraph
# separators, the format characters (zero-width marks, bidirectional overrides, tag
# characters, the byte-order mark), the invisible Hangul fillers and lone surrogates. So a
# key can neither forge a line nor pass for another. (A test holds this to the Unicode data.)
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\xa0\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2"
    "\u115f-\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f"
    "\u3000\u3164\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` with what would act or hide written as escapes: \\n, \\x1b, \\u202e."""
    if text.isascii() and text.isprintable():  # no control character: the common case
        return text
    return _UNPRINTABLE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
