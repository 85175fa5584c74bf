"""Schema versions: the newest by default, any published one on request, and the rule that a
minor version only makes invalid bodies valid."""

import json
from typing import Any

import pytest
from hypothesis import given

from sessionspec import SCHEMA_VERSION, Severity, validate, validate_batch
from sessionspec.testing import valid_bodies

from conftest import stdout_of

Body = dict[str, Any]


def test_the_newest_schema_is_the_default(body: Body) -> None:
    assert SCHEMA_VERSION == "2.0"
    body["params"]["media.downloaded"] = False
    assert validate(body)
    assert validate(body, schema_version="1.1")
    assert [(i.code, i.pointer) for i in validate(body, schema_version="1.0").issues] == [
        ("SS202", "/params/media.downloaded")
    ]


@pytest.mark.parametrize("version", ["1.2", "1", "", "v1.1", "3.0"])
def test_an_unpublished_version_is_refused(body: Body, version: str) -> None:
    with pytest.raises(
        ValueError, match=r"no sessionstart schema version .*known are 1\.0, 1\.1, 2\.0"
    ):
        validate(body, schema_version=version)


@given(valid_bodies("1.0"))
def test_every_body_valid_under_1_0_is_valid_under_1_1(body: Body) -> None:
    assert validate(body, schema_version="1.0")
    assert validate(body, schema_version="1.1"), str(validate(body, schema_version="1.1"))


@pytest.mark.parametrize("version", ["1.1", "2.0"])
def test_a_live_session_with_the_downloaded_flag_is_refused_by_any_version(
    body: Body, version: str
) -> None:
    # From 2.0 the schema itself says so; before, the check says it beside the schema.
    body["params"]["media.downloaded"] = True
    assert [(i.code, i.pointer) for i in validate(body, schema_version=version).issues] == [
        ("SS207", "/params/media.downloaded")
    ]
    batch = [body]
    assert validate_batch(batch, sessionstart_version=version)


@given(valid_bodies("2.0"))
def test_every_body_valid_under_2_0_is_valid_under_1_1(body: Body) -> None:
    # A major version: it refuses what 1.1 took (media.downloaded: true), and nothing else.
    assert validate(body, schema_version="1.1")


@given(valid_bodies("1.1"))
def test_strategies_draw_from_the_version_asked_for(body: Body) -> None:
    assert validate(body, schema_version="1.1")


def test_unknown_params_can_be_let_through_as_warnings(body: Body) -> None:
    body["params"]["media.newKeyFrom2027"] = "x"
    body["params"]["media.lenght"] = 1.5
    assert [(i.code, i.pointer) for i in validate(body).errors] == [
        ("SS202", "/params/media.lenght"),
        ("SS202", "/params/media.newKeyFrom2027"),
    ]
    report = validate(body, unknown_params="warning")
    assert report.valid
    assert [(i.code, i.severity, i.pointer) for i in report.issues] == [
        ("SS311", Severity.WARNING, "/params/media.newKeyFrom2027"),
        ("SS311", Severity.WARNING, "/params/media.lenght"),
    ]
    assert 'did you mean "media.length"?' in report.issues[1].message
    assert "sessionStart schema 2.0" in report.issues[0].message
    assert validate(body, unknown_params="warning", ignore=["SS311"]).issues == ()


def test_unknown_params_as_warnings_still_judges_every_other_member(body: Body) -> None:
    body["params"]["media.newKeyFrom2027"] = "x"
    body["params"]["media.length"] = "60"
    body["unknownTopLevel"] = 1
    codes = sorted((i.code, i.pointer) for i in validate(body, unknown_params="warning").issues)
    assert codes == [
        ("SS202", "/unknownTopLevel"),
        ("SS203", "/params/media.length"),
        ("SS311", "/params/media.newKeyFrom2027"),
    ]


def test_unknown_params_takes_only_its_two_words(body: Body) -> None:
    with pytest.raises(ValueError, match="unknown_params"):
        validate(body, unknown_params="warn")  # type: ignore[arg-type]


def test_the_cli_pins_a_version_and_lets_unknown_params_through(body: Body) -> None:
    body["params"]["media.downloaded"] = False
    text = json.dumps(body).encode()
    assert stdout_of("check", "-", stdin=text)[0] == 0
    code, out = stdout_of("check", "--schema-version", "1.0", "-", stdin=text)
    assert code == 1
    assert "SS202 /params/media.downloaded: unknown member" in out
    code, out = stdout_of(
        "check", "--schema-version", "1.0", "--unknown-params", "warning", "-", stdin=text
    )
    assert code == 0
    assert "SS311 (warning) /params/media.downloaded: not in sessionStart schema 1.0" in out
    assert stdout_of("check", "--schema-version", "3.0", "-", stdin=text)[0] == 2


def test_a_quality_key_in_params_is_told_where_it_belongs(body: Body) -> None:
    body["params"]["media.qoe.timeToStart"] = 1200
    [issue] = validate(body).issues
    assert (issue.code, issue.pointer) == ("SS202", "/params/media.qoe.timeToStart")
    assert issue.message == "unknown member; it belongs in /qoeData: move it there"
