import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from sessionspec._faces.cli import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "examples"

# Generating a body from the schema takes about 20 ms: no deadline, and the too-slow check off.
settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The acceptance tests (hooks, wheels, other languages) are slow: ``-m "not slow"`` is
    the quick loop. Those that need Node are marked ``node`` in their files."""
    for item in items:
        if item.path.parent.name in ("acceptance", "spark"):
            item.add_marker(pytest.mark.slow)
        if item.path.parent.name == "spark":
            item.add_marker(pytest.mark.spark)


@pytest.fixture
def body() -> dict[str, Any]:
    """A valid body, new for each test."""
    loaded: dict[str, Any] = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    return loaded


def stdout_of(*argv: str, stdin: bytes) -> tuple[int, str]:
    """The exit status and standard output of the command line ``argv`` run in-process."""
    out = io.StringIO()
    code = run(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=io.StringIO())
    return code, out.getvalue()
