"""Did you mean...? The known key that an unknown one most likely misspells."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence


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
