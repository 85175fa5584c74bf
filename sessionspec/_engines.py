"""The verdict: is this value a valid body? Only the answer, as cheaply as possible.

Explanations always come from the reference engine (see _explain), so what a report says
never depends on which verdict engine is installed.
"""

from __future__ import annotations

from typing import Any


def is_valid(value: Any) -> bool:
    from . import _reference

    return _reference.is_valid(value)
