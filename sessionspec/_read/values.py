"""A Python value as JSON's own types: what every explanation reads, whatever it was given."""

from __future__ import annotations

import math
import sys
from decimal import Decimal
from typing import Any

from .._core.issues import Code, Issue, pointer_to
from .._core.words import too_long_to_write
from .._settings import MAX_DEPTH


def plain(value: Any, max_depth: int = MAX_DEPTH) -> tuple[Any, list[Issue]]:
    """``value`` as JSON's own types, for the engines to read, and the issues of what JSON text
    cannot hold, which only a Python caller can pass.

    A Python value stands for the JSON text it is written as: a subclass of dict, list, str,
    int or float for its base type, a tuple for an array, a finite Decimal for the number it
    holds. NaN, infinities (SS103), an integer too long for Python to write (SS104), a
    container deeper than ``max_depth`` (SS106), a key that is not a string and anything else
    (SS107) are issues; in the copy they are stand-ins that jsonschema can describe safely, so
    that no error message it makes can fail on a value.
    """
    issues: list[Issue] = []
    holder: list[Any] = [None]
    # Each entry: where its copy goes (container, slot), the pointer of the container, the
    # member's key in it (None for the body), the member, its depth. The member's own pointer
    # is made only when needed: most members are fine leaves.
    pending: list[tuple[Any, Any, str, Any, Any, int]] = [(holder, 0, "", None, value, 0)]
    while pending:
        into, slot, parent, key, item, depth = pending.pop()
        copied: Any
        if isinstance(item, (dict, list, tuple)):
            pointer = parent if key is None else pointer_to(parent, key)
            if depth == max_depth:  # also ends the walk of a container that holds itself
                issues.append(
                    Code.TOO_DEEP.issue(pointer, f"nested more than {max_depth} levels deep")
                )
                copied = {} if isinstance(item, dict) else []
            elif isinstance(item, dict):
                copied = {}
                for name, member in item.items():
                    if isinstance(name, str):
                        name = str.__str__(name)
                        copied[name] = None  # its place, so that members keep their order
                        pending.append((copied, name, pointer, name, member, depth + 1))
                    else:
                        message = f"key of Python type {type(name).__name__}: JSON keys are strings"
                        issues.append(
                            Code.NOT_JSON.issue(pointer_to(pointer, _text(name)), message)
                        )
            else:
                copied = [None] * len(item)
                pending.extend(
                    (copied, i, pointer, i, member, depth + 1) for i, member in enumerate(item)
                )
        elif item is None or item is True or item is False:
            copied = item
        elif isinstance(item, str):
            copied = str.__str__(item)
        elif isinstance(item, int):
            copied = int(item)
            if too_long_to_write(copied):
                issues.append(
                    Code.NUMBER_TOO_LARGE.issue(
                        _member(parent, key),
                        "an integer of more digits than Python writes as JSON text"
                        f" ({_MAX_DIGITS:,})",
                    )
                )
                copied = _StandIn("integer too long to show")
        elif isinstance(item, (float, Decimal)):
            copied = float(item) if isinstance(item, float) else Decimal(item)
            if not copied.is_finite() if isinstance(copied, Decimal) else not math.isfinite(copied):
                message = f"{copied} is not a JSON number"
                issues.append(Code.NON_FINITE_NUMBER.issue(_member(parent, key), message))
                copied = _StandIn(str(copied))
        else:
            message = f"a Python {type(item).__name__} is not a JSON value"
            issues.append(Code.NOT_JSON.issue(_member(parent, key), message))
            copied = _StandIn(type(item).__name__)
        into[slot] = copied
    return holder[0], issues


class _StandIn:
    """In the copy jsonschema reads, a value JSON cannot hold: it is of no JSON type, and
    its repr is safe to put in a message."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


# Python refuses to write longer integers (sys.int_info.default_max_str_digits), unless the
# program raised its own limit.
_MAX_DIGITS = sys.get_int_max_str_digits() or sys.int_info.default_max_str_digits


def _text(key: Any) -> str:
    """A key that is not a string, as a pointer token."""
    if isinstance(key, int) and too_long_to_write(key):
        return f"<{type(key).__name__} too long to show>"
    try:
        return str(key)
    except Exception:  # a Python object whose str() fails: described, not shown
        return f"<{type(key).__name__}>"


def _member(parent: str, key: Any) -> str:
    return parent if key is None else pointer_to(parent, key)
