"""Warnings: documented advice the API does not enforce. They never change validity."""

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessionspec import Severity, validate, validate_event
from sessionspec._judge.lint import _PLACEHOLDER, _YOUR
from sessionspec.testing import Fault, faulty_bodies, valid_bodies

from conftest import EXAMPLES

Body = dict[str, Any]


def warnings_of(payload: Any, **options: Any) -> list[tuple[str, str | None]]:
    report = validate(payload, lint=True, **options)
    assert report.valid, str(report)
    return [(issue.code, issue.pointer) for issue in report.warnings]


def test_a_body_written_as_documented_gets_no_warning(body: Body) -> None:
    assert validate(body, lint=True).issues == ()
    assert validate(json.dumps(body, indent=2), lint=True).issues == ()


def test_lint_runs_only_when_asked() -> None:
    sample = (EXAMPLES / "valid" / "seed-sample.json").read_bytes()
    assert validate(sample).issues == ()
    assert len(validate(sample, lint=True).warnings) == 7


@pytest.mark.parametrize(
    ("change", "code", "pointer"),
    [
        ({"customMetadata": {"media.show": "x"}}, "SS301", "/customMetadata/media.show"),
        ({"customMetadata": {"a.media": "x"}}, "SS302", "/customMetadata/a.media"),
        (
            {"params": {"analytics.reportSuite": "<your-aa-rsid>"}},
            "SS303",
            "/params/analytics.reportSuite",
        ),
        (
            {"params": {"analytics.reportSuite": "[YOUR_RSID]"}},
            "SS303",
            "/params/analytics.reportSuite",
        ),
        (
            {"params": {"analytics.trackingServer": "{your-namespace}.sc.omtrdc.net"}},
            "SS303",
            "/params/analytics.trackingServer",
        ),
        ({"customMetadata": {"campaign": "<your metadata>"}}, "SS303", "/customMetadata/campaign"),
        (
            {"params": {"visitor.customerIDs": {"crm": {"id": "<your-id>", "authState": 1}}}},
            "SS303",
            "/params/visitor.customerIDs/crm/id",
        ),
        (
            {"params": {"visitor.marketingCloudOrgId": "0123456789ABCDEF01234567"}},
            "SS304",
            "/params/visitor.marketingCloudOrgId",
        ),
        ({"params": {"media.showType": "episode"}}, "SS305", "/params/media.showType"),
        ({"params": {"media.pass.auth": "false"}}, "SS306", "/params/media.pass.auth"),
        (
            {"params": {"media.contentType": "Live"}, "playerTime": {"playhead": 86400}},
            "SS307",
            "/playerTime/playhead",
        ),
        (
            {"params": {"media.contentType": "LINEAR"}, "playerTime": {"playhead": 90000.5}},
            "SS307",
            "/playerTime/playhead",
        ),
        (
            {"params": {"media.length": 1800}, "playerTime": {"playhead": 1800}},
            "SS307",
            "/playerTime/playhead",
        ),
        (
            {"params": {"analytics.trackingServer": "https://example.sc.omtrdc.net"}},
            "SS308",
            "/params/analytics.trackingServer",
        ),
        (
            {"params": {"analytics.trackingServer": "example.sc.omtrdc.net:443"}},
            "SS308",
            "/params/analytics.trackingServer",
        ),
        (
            {"params": {"analytics.trackingServer": "example.sc.omtrdc.net/b/ss"}},
            "SS308",
            "/params/analytics.trackingServer",
        ),
        ({"playerTime": {"ts": 1509045324153.0}}, "SS309", "/playerTime/ts"),
    ],
)
def test_each_rule_fires_on_a_body_built_to_break_it(
    body: Body, change: dict[str, Any], code: str, pointer: str
) -> None:
    for member, values in change.items():
        body[member].update(values)
    assert warnings_of(body) == [(code, pointer)]
    assert warnings_of(json.dumps(body)) == [(code, pointer)]


@pytest.mark.parametrize("removed", [["visitor.marketingCloudUserId"], ["appInstallationId"]])
def test_one_visitor_id_is_enough(body: Body, removed: list[str]) -> None:
    for key in removed:
        del body["params"][key]
    assert warnings_of(body) == []


def test_no_visitor_id_is_the_lowest_severity(body: Body) -> None:
    del body["params"]["visitor.marketingCloudUserId"]
    del body["params"]["appInstallationId"]
    [issue] = validate(body, lint=True).warnings
    assert (issue.code, issue.severity, issue.pointer) == ("SS310", Severity.INFO, "/params")


@pytest.mark.parametrize("text", ["1.509045324153e12", "1509045324153.0", "1509045324153E0"])
def test_ts_written_as_a_float_in_json_text(body: Body, text: str) -> None:
    written = json.dumps(body).replace(str(body["playerTime"]["ts"]), text)
    assert warnings_of(written) == [("SS309", "/playerTime/ts")]


@pytest.mark.parametrize("value", ["Episode [1]", "a < b > c", "sample-channel", "[]", "<>"])
def test_ordinary_values_are_not_placeholders(body: Body, value: str) -> None:
    body["params"]["media.name"] = value
    assert warnings_of(body) == []


def test_a_placeholder_hides_other_advice_on_the_same_member(body: Body) -> None:
    body["params"]["visitor.marketingCloudOrgId"] = "<your-org-id>"
    assert warnings_of(body) == [("SS303", "/params/visitor.marketingCloudOrgId")]


def test_ignored_rules_are_silent_and_only_warnings_can_be_ignored(body: Body) -> None:
    body["params"]["media.showType"] = "x"
    body["customMetadata"]["a.b"] = "c"
    assert warnings_of(body, ignore=["SS305"]) == [("SS302", "/customMetadata/a.b")]
    with pytest.raises(ValueError, match="SS201"):
        validate(body, lint=True, ignore=["SS201"])


def test_warnings_come_after_errors_with_positions(body: Body) -> None:
    body["params"]["media.showType"] = "x"
    body["eventType"] = "start"
    report = validate(json.dumps(body, indent=2), lint=True)
    assert not report
    assert [(i.code, i.severity) for i in report.issues] == [
        ("SS204", Severity.ERROR),
        ("SS305", Severity.WARNING),
    ]
    assert all(issue.line for issue in report.issues)
    assert (
        str(report)
        .splitlines()[1]
        .endswith(
            'SS305 (warning) /params/media.showType: expected "0" (full episode), "1" (preview),'
            ' "2" (clip) or "3" (other)'
        )
    )


def test_lint_is_safe_on_bodies_of_any_shape() -> None:
    odd_bodies: list[Any] = [
        [],
        "x",
        {"params": [], "playerTime": 3, "customMetadata": "a"},
        {"params": {"media.length": "1", "media.contentType": 5}, "playerTime": {}},
    ]
    for odd in odd_bodies:
        assert not validate(odd, lint=True).valid
    odd_events: list[Any] = [
        {"eventType": [], "customMetadata": {}},
        {"eventType": {}, "params": {}},
    ]
    for odd_event in odd_events:
        assert not validate_event(odd_event, lint=True).valid


@given(valid_bodies())
def test_lint_never_makes_a_valid_body_invalid(body: Body) -> None:
    report = validate(body, lint=True)
    assert report.valid
    assert report.errors == ()


@given(faulty_bodies())
def test_lint_never_changes_the_errors(fault: Fault) -> None:
    text = json.dumps(fault.body)
    assert validate(text, lint=True).errors == validate(text).errors


# Strings near the placeholder forms: an opening bracket, spaces that JSON text writes
# literally or escapes (a non-ASCII space, a control character, a line feed), "your" in any
# case or a name in capitals, a closing bracket; around them, what may come before and after.
_NEAR_PLACEHOLDERS = st.tuples(
    st.sampled_from(["", "a ", '"', "\\", "é", "[1]", "<>"]),
    st.sampled_from(["<", "[", "{", ""]),
    st.lists(st.sampled_from([" ", "\t", "\n", "\u00a0", "\u3000", "\x1c"]), max_size=2),
    st.sampled_from(["your", "YoUr", "X_1", "a", ""]),
    st.sampled_from(["-id", "s", ""]),
    st.sampled_from([">", "]", "}", ""]),
    st.sampled_from(["", " b", '"', "\\"]),
).map(lambda parts: "".join((*parts[:2], *parts[2], *parts[3:])))


@given(value=st.one_of(_NEAR_PLACEHOLDERS, st.text(max_size=8)), indent=st.sampled_from([None, 1]))
@pytest.mark.parametrize("ascii_only", [True, False])
def test_a_placeholder_is_found_however_the_text_is_written(
    value: str, indent: int | None, ascii_only: bool
) -> None:
    # The text is screened before each string is looked at: the screen may let through a
    # body without a placeholder, never pass over one.
    body = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    body["customMetadata"]["campaign"] = value
    expected = bool(_PLACEHOLDER.fullmatch(value) or _YOUR.search(value))
    text = json.dumps(body, indent=indent, ensure_ascii=ascii_only)
    for payload in (text, body):
        codes = [code for code, _ in warnings_of(payload)]
        assert ("SS303" in codes) == expected, (value, payload)


def test_a_warning_shows_a_number_beyond_64_bits_as_it_is_written(body: Body) -> None:
    body["playerTime"]["playhead"] = 2**64 + 1
    [issue] = validate(json.dumps(body), lint=True).warnings
    assert (issue.code, issue.pointer) == ("SS307", "/playerTime/playhead")
    assert issue.message.endswith(f"got {2**64 + 1}")
