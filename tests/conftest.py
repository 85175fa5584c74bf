import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "examples"

# Generating a body from the schema takes about 20 ms: no deadline, and the too-slow check off.
settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")


@pytest.fixture
def body() -> dict[str, Any]:
    """A valid body, new for each test."""
    loaded: dict[str, Any] = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    return loaded
