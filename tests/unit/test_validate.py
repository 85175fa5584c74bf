"""validate(): verdicts, issues as data, messages a person understands."""

import copy
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sessionspec
from sessionspec import InvalidBody, Issue, Report, Severity, validate
from sessionspec._read.text import Locator
from sessionspec.testing import Fault, faulty_bodies

Body = dict[str, Any]


def only_issue(report: Report) -> Issue:
    assert len(report.issues) == 1, str(report)
    return report.issues[0]


def test_public_api_is_small() -> None:
    assert sorted(sessionspec.__all__) == [
        "Conversion",
        "InvalidBody",
        "InvalidLocation",
        "Issue",
        "Location",
        "Report",
        "SCHEMA_VERSION",
        "Settings",
        "Severity",
        "parse_location",
        "schema",
        "serve",
        "to_collection",
        "to_edge",
        "validate",
        "validate_batch",
        "validate_edge",
        "validate_event",
    ]


def test_a_bundled_schema_is_a_copy_of_its_file() -> None:
    events = sessionspec.schema("events", "1.0")
    assert events["$id"].endswith("events-1.0.schema.json")
    events["$id"] = "changed"
    assert sessionspec.schema("events", "1.0")["$id"] != "changed"
    assert sessionspec.schema()["$id"].endswith(
        f"sessionstart-{sessionspec.SCHEMA_VERSION}.schema.json"
    )
    with pytest.raises(ValueError, match="no events schema version '9'"):
        sessionspec.schema("events", "9")
    with pytest.raises(ValueError, match="no schema family 'mobile'"):
        sessionspec.schema("mobile")


FORMS = {
    "dict": lambda b: b,
    "str": json.dumps,
    "bytes": lambda b: json.dumps(b).encode(),
    "bytearray": lambda b: bytearray(json.dumps(b).encode()),
    "memoryview": lambda b: memoryview(json.dumps(b).encode()),
}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS)
def test_valid_body_in_every_form(body: Body, form: Any) -> None:
    report = validate(form(body))
    assert report
    assert report.valid
    assert report.issues == ()
    assert str(report) == "valid"


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS)
def test_invalid_body_in_every_form(body: Body, form: Any) -> None:
    body["params"]["media.lenght"] = body["params"].pop("media.length")
    found = sorted((i.code, i.pointer) for i in validate(form(body)).issues)
    assert found == [("SS201", "/params/media.length"), ("SS202", "/params/media.lenght")]


def test_invalid_report_is_falsy_and_raises_on_request(body: Body) -> None:
    del body["eventType"]
    report = validate(body)
    assert not report
    with pytest.raises(InvalidBody) as raised:
        report.raise_if_invalid()
    assert raised.value.report is report
    assert "SS201 /eventType" in str(raised.value)
    validate(body | {"eventType": "sessionStart"}).raise_if_invalid()


def test_issue_is_frozen_data(body: Body) -> None:
    body["params"]["media.length"] = "60"
    issue = only_issue(validate(json.dumps(body, indent=1)))
    assert (issue.code, issue.severity, issue.pointer) == (
        "SS203",
        Severity.ERROR,
        "/params/media.length",
    )
    assert issue.line is not None
    assert issue.column is not None
    with pytest.raises(AttributeError):
        issue.code = "X"  # type: ignore[misc]


def test_missing_param_is_named_at_its_own_pointer(body: Body) -> None:
    del body["params"]["media.channel"]
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS201", "/params/media.channel")
    assert '"media.channel"' in issue.message
    assert "a string" in issue.message


@pytest.mark.parametrize(
    ("typo", "suggestion", "parent"),
    [
        ("media.lenght", "media.length", "/params"),
        ("Media.Length", "media.length", "/params"),
        ("customMetaData", "customMetadata", ""),
        ("media.qoe.bitRate", "media.qoe.bitrate", "/qoeData"),
    ],
)
def test_unknown_key_suggests_the_closest_known_key(
    body: Body, typo: str, suggestion: str, parent: str
) -> None:
    container = (
        body["params"]
        if parent == "/params"
        else (body["qoeData"] if parent == "/qoeData" else body)
    )
    container[typo] = container.get(suggestion, {})
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS202", f"{parent}/{typo}")
    assert f'did you mean "{suggestion}"?' in issue.message


def test_unknown_key_far_from_any_known_key_gets_no_suggestion(body: Body) -> None:
    body["params"]["favouriteColour"] = "blue"
    issue = only_issue(validate(body))
    assert "did you mean" not in issue.message
    assert "remove it" in issue.message


@pytest.mark.parametrize(
    ("pointer", "value", "words"),
    [
        (
            "/params/media.length",
            "60.5",
            'expected a number, got a string ("60.5"): remove the quotes',
        ),
        ("/params/media.id", 42, "expected a string, got a number (42): put the value in quotes"),
        ("/params/analytics.enableSSL", "true", 'expected true or false, got a string ("true")'),
        (
            "/qoeData/media.qoe.bitrate",
            1.5,
            "expected a whole number, got a number with a fraction",
        ),
        ("/params/visitor.customerIDs", [], "expected an object, got an array"),
        ("/params/media.name", None, "expected a string, got null"),
    ],
)
def test_wrong_type_names_json_types(body: Body, pointer: str, value: Any, words: str) -> None:
    parent, _, key = pointer.rpartition("/")
    body[parent.strip("/")][key] = value
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS203", pointer)
    assert words in issue.message
    for python_name in ("str", "int", "float", "dict", "list", "None", "bool"):
        assert f" {python_name} " not in f" {issue.message} "


@pytest.mark.parametrize(
    ("ts", "unit", "fixed"),
    [
        (1509045324, "seconds", 1509045324000),
        (1509045324153000, "microseconds", 1509045324153),
        (1509045324153000000, "nanoseconds", 1509045324153),
    ],
)
def test_ts_in_another_unit_says_so_and_shows_milliseconds(
    body: Body, ts: int, unit: str, fixed: int
) -> None:
    body["playerTime"]["ts"] = ts
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS205", "/playerTime/ts")
    assert f"looks like Unix {unit}" in issue.message
    assert str(fixed) in issue.message


def test_whole_float_ts_is_an_integer_as_for_every_json_schema_validator(body: Body) -> None:
    body["playerTime"]["ts"] = 1509045324153.0
    assert validate(body)


def test_negative_playhead_is_out_of_range(body: Body) -> None:
    body["playerTime"]["playhead"] = -0.5
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS205", "/playerTime/playhead")
    assert "at least 0" in issue.message


@pytest.mark.parametrize(
    ("key", "shown"),
    [("my-key", '("-")'), ("with space", '(" ")'), ("a/b~c", '("/~")'), ("ok\n", '("\\n")')],
)
def test_bad_metadata_key_says_which_characters_are_allowed(
    body: Body, key: str, shown: str
) -> None:
    body["customMetadata"][key] = "value"
    issue = only_issue(validate(body))
    assert issue.code == "SS206"
    assert issue.pointer == "/customMetadata/" + key.replace("~", "~0").replace("/", "~1")
    assert shown in issue.message
    assert "letters A-Z and a-z, digits, '_' and '.'" in issue.message


def test_empty_metadata_key(body: Body) -> None:
    body["customMetadata"][""] = "value"
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS206", "/customMetadata/")
    assert "key is empty" in issue.message


@pytest.mark.parametrize(
    ("event", "hint"), [("SessionStart", True), ("sessionstart", True), ("play", False)]
)
def test_event_type_in_the_wrong_case_says_what_it_should_be(
    body: Body, event: str, hint: bool
) -> None:
    body["eventType"] = event
    issue = only_issue(validate(body))
    assert (issue.code, issue.pointer) == ("SS204", "/eventType")
    assert 'expected "sessionStart"' in issue.message
    assert ("check the case" in issue.message) is hint


def test_a_wrong_type_hides_the_other_checks_on_that_member(body: Body) -> None:
    body["eventType"] = 7
    assert [(i.code, i.pointer) for i in validate(body).issues] == [("SS203", "/eventType")]


def test_every_problem_is_listed_in_a_stable_order(body: Body) -> None:
    body["params"]["media.length"] = "x"
    body["params"]["zzz"] = 1
    del body["params"]["media.id"]
    body["eventType"] = "start"
    body["playerTime"]["ts"] = 5
    first = validate(body)
    assert [i.pointer for i in first.issues] == [
        "/eventType",
        "/params/media.id",
        "/params/media.length",
        "/params/zzz",
        "/playerTime/ts",
    ]
    reordered = dict(reversed(list(copy.deepcopy(body).items())))
    assert validate(reordered) == first


def test_text_reports_follow_the_document_with_lines_and_columns() -> None:
    text = '{\n  "eventType": "x",\n  "playerTime": {"playhead": -1, "ts": 1},\n  "oops": 1\n}'
    report = validate(text)
    assert [(i.line, i.column, i.pointer) for i in report.issues] == [
        (1, 1, "/params"),
        (2, 3, "/eventType"),
        (3, 18, "/playerTime/playhead"),
        (3, 34, "/playerTime/ts"),
        (4, 3, "/oops"),
    ]


@given(st.lists(faulty_bodies(), min_size=2, max_size=4), st.sampled_from([None, 2]))
def test_lines_of_a_stream_are_located_as_each_alone(
    faults: list[Fault], indent: int | None
) -> None:
    # A stream's lines are located with what earlier lines showed (the same beginning, up to
    # a member's key, places that member): each issue lands where locating its text alone
    # puts it.
    locator = Locator()
    for fault in faults:
        text = json.dumps(fault.body, indent=indent)
        alone = validate(text, lint=True).issues
        unlocated = [issue._replace(line=None, column=None) for issue in alone]
        assert locator.locate(text, unlocated) == list(alone)


def test_issues_at_one_place_keep_their_order_on_every_line_of_a_stream() -> None:
    # The member missing from params is placed at params, where the issue about params is:
    # a line placed from what an earlier one showed keeps the order the report gives.
    text = '[{"eventType": "sessionStart", "params": "x", "playerTime": {"playhead": 0, "ts": 1}}]'
    alone = sessionspec.validate_batch(text, endpoint="sessions").issues
    assert len({(issue.line, issue.column) for issue in alone}) < len(alone)
    unlocated = [issue._replace(line=None, column=None) for issue in alone]
    locator = Locator()
    for _ in range(2):
        assert locator.locate(text, unlocated) == list(alone)


def test_dict_input_has_no_positions(body: Body) -> None:
    body["eventType"] = "x"
    issue = only_issue(validate(body))
    assert (issue.line, issue.column) == (None, None)
    assert str(issue) == 'SS204 /eventType: expected "sessionStart", got "x"'


def test_validate_does_not_modify_its_input(body: Body) -> None:
    body["params"]["media.lenght"] = body["params"].pop("media.length")
    body["customMetadata"]["bad key"] = 1
    before = copy.deepcopy(body)
    validate(body)
    assert body == before


@pytest.mark.parametrize(
    ("text", "code", "line", "column", "pointer"),
    [
        ('{"a": 1, "b": {"c": 1, "c": 2}}', "SS102", 1, 24, "/b/c"),
        ('{"playerTime": {"playhead": NaN}}', "SS103", 1, 29, "/playerTime/playhead"),
        ('{"x": -Infinity}', "SS103", 1, 7, "/x"),
        ('{"x": 1e400}', "SS104", 1, 7, "/x"),
        ('{"x": ' + "7" * 5000 + "}", "SS104", 1, 7, "/x"),
        ('{"x": 1}\n  trailing', "SS101", 2, 3, None),
        ('{"x": 1,}', "SS101", 1, 9, None),
        ('{"x": 1 // comment\n}', "SS101", 1, 9, None),
        ("", "SS101", 1, 1, None),
        ("[" * 100_000, "SS106", 1, 65, "/0" * 64),
    ],
)
def test_malformed_json_is_reported_where_it_is(
    text: str, code: str, line: int, column: int, pointer: str | None
) -> None:
    issue = only_issue(validate(text))
    assert (issue.code, issue.line, issue.column, issue.pointer) == (code, line, column, pointer)


def test_every_duplicate_key_is_reported() -> None:
    report = validate('{"a": 1, "a": 2, "b": [{"c": 1, "c": 1}]}')
    assert [(i.code, i.pointer) for i in report.issues] == [("SS102", "/a"), ("SS102", "/b/0/c")]


@pytest.mark.parametrize(
    ("data", "column", "words"),
    [
        (b'{"a": "caf\xe9"}', 11, "byte 0xe9 is not valid UTF-8"),
        ("\ufeff{}".encode(), 1, "byte-order mark"),
        ("\ufeff{}", 1, "byte-order mark"),
    ],
)
def test_bad_encoding_is_reported(data: bytes | str, column: int, words: str) -> None:
    issue = only_issue(validate(data))
    assert (issue.code, issue.line, issue.column) == ("SS105", 1, column)
    assert words in issue.message


@pytest.mark.parametrize(
    ("value", "code", "pointer"),
    [
        ({"playerTime": {"playhead": float("inf")}}, "SS103", "/playerTime/playhead"),
        ({"playerTime": {"playhead": float("nan")}}, "SS103", "/playerTime/playhead"),
        ({"customMetadata": {5: "x"}}, "SS107", "/customMetadata/5"),
        ({"params": {"media.id": b"bytes"}}, "SS107", "/params/media.id"),
        ({"qoeData": {1, 2}}, "SS107", "/qoeData"),
    ],
)
def test_python_values_json_cannot_hold_are_errors(
    body: Body, value: Body, code: str, pointer: str
) -> None:
    for key, member in value.items():
        body[key] = {**body.get(key, {}), **member} if isinstance(member, dict) else member
    assert [(i.code, i.pointer) for i in validate(body).issues] == [(code, pointer)]


def test_a_container_that_holds_itself_is_reported_not_followed(body: Body) -> None:
    body["customMetadata"]["self"] = body
    codes = {i.code for i in validate(body).issues}
    assert codes == {"SS106", "SS203"}


def test_threads_get_the_reports_of_sequential_calls(body: Body) -> None:
    bodies: list[Any] = []
    for n in range(40):
        variant = copy.deepcopy(body)
        if n % 3:
            variant["params"][f"unknown{n}"] = n
        if n % 4 == 0:
            variant["playerTime"]["ts"] = n
        bodies.append(variant if n % 2 else json.dumps(variant))
    expected = [validate(b) for b in bodies]
    start = threading.Barrier(8)

    def check(chunk: int) -> list[Report]:
        start.wait()
        return [validate(b) for b in bodies[chunk::8] for _ in range(5)][::5]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(check, range(8)))
    for chunk in range(8):
        assert results[chunk] == expected[chunk::8]


def test_severities_order_by_seriousness() -> None:
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    assert max([Severity.INFO, Severity.ERROR, Severity.WARNING]) is Severity.ERROR
    assert sorted([Severity.ERROR, Severity.INFO, Severity.WARNING]) == [
        Severity.INFO,
        Severity.WARNING,
        Severity.ERROR,
    ]


def test_reports_and_issues_are_plain_data_as_the_cli_writes_them(body: Body) -> None:
    import io

    from sessionspec._faces.cli import run

    body["params"]["media.length"] = "60"
    text = json.dumps(body, indent=2)
    report = validate(text, lint=True)
    assert report.to_dict() == {
        "valid": False,
        "issues": [issue.to_dict() for issue in report.issues],
    }
    assert report.issues[0].to_dict() == {
        "code": "SS203",
        "severity": "error",
        "pointer": "/params/media.length",
        "line": report.issues[0].line,
        "column": report.issues[0].column,
        "message": 'expected a number, got a string ("60"): remove the quotes',
    }
    out = io.StringIO()
    run(["check", "--format", "json", "-"], stdin=io.BytesIO(text.encode()), stdout=out)
    [source] = json.loads(out.getvalue())["sources"]
    assert source == {"source": "<stdin>", **report.to_dict()}
    assert json.loads(json.dumps(report.to_dict())) == report.to_dict()


def test_an_event_checked_as_a_session_start_gets_one_error_for_its_one_cause() -> None:
    event = {
        "eventType": "adStart",
        "playerTime": {"playhead": 0, "ts": 1509045324000},
        "params": {"media.ad.id": "a", "media.ad.length": 3, "media.ad.podPosition": 1},
    }
    for lint in (False, True):
        [issue] = sessionspec.validate(event, lint=lint).issues
        assert (issue.code, issue.pointer) == ("SS204", "/eventType")
        assert "adStart is an event, sent to POST /api/v1/sessions/{sid}/events" in issue.message
    # A sessionStart whose eventType is merely wrong keeps every error it has.
    wrong = {**event, "eventType": "sessionstart"}
    assert len(sessionspec.validate(wrong).errors) > 1


def test_a_tuple_is_a_batch_as_it_is_an_array_everywhere_else(body: dict[str, Any]) -> None:
    batch = [{**body, "params": {**body["params"], "media.downloaded": True}}]
    assert sessionspec.validate_batch(tuple(batch)) == sessionspec.validate_batch(batch)
    assert sessionspec.validate_batch(tuple(batch)).valid
