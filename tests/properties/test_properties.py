"""Property tests: bodies generated from the schema itself, and single faults made from them."""

import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sessionspec import validate
from sessionspec.testing import Fault, faulty_bodies, json_values, valid_bodies

FAULT_CODES = ["SS201", "SS202", "SS203", "SS204", "SS205", "SS206"]


@given(valid_bodies())
def test_every_generated_body_is_valid(body: dict[str, Any]) -> None:
    assert validate(body), str(validate(body))
    assert validate(json.dumps(body)), str(validate(json.dumps(body)))


@pytest.mark.parametrize("code", FAULT_CODES)
def test_one_fault_gives_exactly_its_error_at_its_pointer(code: str) -> None:
    @given(faulty_bodies(code))
    def check(fault: Fault) -> None:
        assert fault.code == code
        text = json.dumps(fault.body, indent=2)
        found = validate(text).issues
        assert [(i.code, i.pointer) for i in found] == [(fault.code, fault.pointer)], text
        assert found[0].line is not None
        # Never a str, which validate() would read as JSON text: the same fault as a value.
        assert not isinstance(fault.body, str)
        assert [(i.code, i.pointer) for i in validate(fault.body).issues] == [
            (fault.code, fault.pointer)
        ]

    check()


def test_faulty_bodies_refuses_codes_it_cannot_draw() -> None:
    with pytest.raises(ValueError, match="SS101"):
        faulty_bodies("SS101")


@settings(max_examples=1000)  # cheap: no schema-driven generation
@given(json_values())
@example({"playerTime": {"playhead": 1e308, "ts": 1e308}})
def test_any_json_value_gives_a_report_and_never_raises(value: Any) -> None:
    report = validate(value)
    assert report.valid == (not report.issues)
    assert validate(json.dumps(value)).valid == report.valid


@settings(max_examples=1000)
@given(st.binary() | st.text())
@example(b"\xef\xbb\xbf")
@example("\ud800")
@example('"\\ud800"')
@example("[" * 3000)
@example("[" * 300 + "]" * 300)
@example('{"a": 1e999999}')
def test_any_bytes_or_text_give_a_report_and_never_raise(data: bytes | str) -> None:
    report = validate(data)
    assert report.valid == (not report.issues)
    assert all(issue.line is not None for issue in report.issues)


@given(valid_bodies(clean=True))
def test_clean_bodies_draw_no_warning(body: dict[str, Any]) -> None:
    assert validate(body, lint=True).issues == ()
