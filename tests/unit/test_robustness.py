"""No exception and no lie: any Python value, any output that cannot be written, an interrupt.
PYTHON_VALUES is also a table of the robustness page."""

import collections
import copy
import enum
import io
import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sessionspec import Report, validate
from sessionspec._faces.cli import EXIT_CLOSED, run
from sessionspec._judge import engines as _engines
from sessionspec._settings import MOST_BYTES, SHALLOWEST

from conftest import EXAMPLES, ROOT

VALID = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())


def nested_list(depth: int) -> list[Any]:
    outer: list[Any] = []
    inner = outer
    for _ in range(depth - 1):
        inner.append([])
        inner = inner[0]
    return outer


def with_member(path: str, value: Any) -> dict[str, Any]:
    """The valid body with the member at ``path`` (a JSON Pointer) set to ``value``."""
    body: dict[str, Any] = copy.deepcopy(VALID)
    *parents, last = path.strip("/").split("/")
    target = body
    for token in parents:
        target = target[token]
    target[last] = value
    return body


class Subclassed(dict[str, Any]):
    pass


class Name(str):
    pass


class Level(enum.IntEnum):
    NINE = 9


def holding_itself() -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(VALID)
    body["customMetadata"]["self"] = body
    return body


# (what the value is, the value, the codes of its errors)
PYTHON_VALUES: list[tuple[str, Any, list[str]]] = [
    ("ts of 400 digits", with_member("/playerTime/ts", 10**400), ["SS205"]),
    ("integer of 5,000 digits", with_member("/params/media.id", 10**5000), ["SS104"]),
    (
        "negative integer of 5,000 digits",
        with_member("/params/media.length", -(10**5000)),
        ["SS104"],
    ),
    (
        "list nested 2,000 deep",
        with_member("/customMetadata/x", nested_list(2000)),
        ["SS203", "SS106"],
    ),
    ("dict that holds itself", holding_itself(), ["SS203", "SS106", "SS106"]),
    ("complex", with_member("/params/media.length", 1 + 2j), ["SS107"]),
    ("Decimal", with_member("/params/media.length", Decimal("60.5")), []),
    (
        "Decimal ts with a fraction",
        with_member("/playerTime/ts", Decimal("1509045324.5")),
        ["SS203"],
    ),
    ("Decimal NaN", with_member("/playerTime/playhead", Decimal("NaN")), ["SS103"]),
    ("float infinity", with_member("/playerTime/playhead", float("inf")), ["SS103"]),
    ("-0.0", with_member("/playerTime/playhead", -0.0), []),
    ("tuple as an array", with_member("/playerTime", (0, 1509045324153)), ["SS203"]),
    ("bytes", with_member("/params/media.id", b"id"), ["SS107"]),
    ("set", with_member("/qoeData", {1, 2}), ["SS107"]),
    ("dict subclass", Subclassed(copy.deepcopy(VALID)), []),
    ("OrderedDict", collections.OrderedDict(copy.deepcopy(VALID)), []),
    ("str subclass", with_member("/params/media.id", Name("episode-101")), []),
    ("IntEnum", with_member("/params/visitor.aamLocationHint", Level.NINE), []),
    ("lone surrogate", with_member("/params/media.name", "\ud800"), []),
    ("key that is not a string", with_member("/customMetadata/x", "y") | {7: "seven"}, ["SS107"]),
]


ENGINES = [_engines.fast(), _engines.reference()]


def validate_with(engine: _engines.Engine, value: Any) -> Report:
    """validate(value, lint=True), with this engine for the verdict."""
    chosen = _engines.engine
    _engines.engine = lambda: engine  # type: ignore[assignment]
    try:
        return validate(value, lint=True)
    finally:
        _engines.engine = chosen


@pytest.mark.parametrize(
    ("name", "value", "expected"), PYTHON_VALUES, ids=[v[0] for v in PYTHON_VALUES]
)
def test_python_values_through_both_engines(name: str, value: Any, expected: list[str]) -> None:
    for engine in ENGINES:
        report = validate_with(engine, value)
        assert [issue.code for issue in report.errors] == expected, (engine.name, str(report))
        assert report.valid == (not expected)


def test_the_robustness_page_reports_the_python_values() -> None:
    page = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    for name, _, expected in PYTHON_VALUES:
        assert f"| {name} | {', '.join(expected) or 'none: valid'} |" in page, name


def test_huge_numbers_in_messages_are_described_not_written() -> None:
    [issue] = validate(with_member("/playerTime/ts", 10**400)).issues
    assert issue.message.startswith("a number of 401 digits is out of range")
    [issue] = validate(with_member("/params/media.id", 10**5000)).issues
    assert "more digits than Python writes" in issue.message


def scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        # Drawn as exponents: Hypothesis shows what it samples, and a 5,000-digit integer
        # cannot be shown.
        st.sampled_from([30, 63, 64, 400, 5000]).map(lambda e: 10**e if e % 2 == 0 else -(2**e)),
        st.floats(),
        st.decimals(),
        st.complex_numbers(),
        st.binary(max_size=4),
        st.text(st.characters(codec=None), max_size=6),
        st.builds(Name, st.text(max_size=4)),
        st.just(Level.NINE),
        st.sampled_from([object(), frozenset({1}), bytearray(b"x")]),
    )


def python_values() -> st.SearchStrategy[Any]:
    keys = st.text(max_size=6) | st.integers() | st.none() | st.just((1, 2))
    return st.recursive(
        scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.lists(inner, max_size=3).map(tuple),
            st.sets(st.integers(), max_size=2),
            st.dictionaries(keys, inner, max_size=3),
            st.dictionaries(st.text(max_size=4), inner, max_size=3).map(Subclassed),
        ),
        max_leaves=8,
    )


@st.composite
def odd_bodies(draw: Any) -> Any:
    """A Python value of any kind: alone, or in place of one member of a valid body."""
    value = draw(python_values() | st.integers(65, 300).map(nested_list))
    path = draw(
        st.sampled_from(
            [
                None,
                "/playerTime/ts",
                "/playerTime/playhead",
                "/params/media.length",
                "/params/media.id",
                "/params/visitor.customerIDs",
                "/customMetadata/x",
                "/qoeData/media.qoe.bitrate",
                "/params",
            ]
        )
    )
    return value if path is None else with_member(path, value)


@given(odd_bodies())
@example(with_member("/playerTime/ts", Decimal("1e400")))
@example(with_member("/params/visitor.aamLocationHint", 10**4000))
@example(with_member("/params/media.length", Decimal("-0")))
@example({"params": {(1, 2): "x"}})
def test_any_python_value_gives_a_report_and_both_engines_agree(value: Any) -> None:
    reports = [validate_with(engine, value) for engine in ENGINES]
    for report in reports:
        assert isinstance(report, Report)
        assert report.valid == (not report.errors)
        str(report)  # every message can be shown
    assert reports[0].valid == reports[1].valid


def test_the_ts_advice_never_contradicts_itself() -> None:
    text = json.dumps(VALID).replace(str(VALID["playerTime"]["ts"]), "1509045324.0")
    report = validate(text, lint=True)
    assert [issue.code for issue in report.issues] == ["SS205"]
    assert report.issues[0].message.endswith("ts is in milliseconds: 1509045324000")


def test_a_string_of_codes_to_ignore_is_read_as_codes() -> None:
    body = copy.deepcopy(VALID)
    del body["params"]["visitor.marketingCloudUserId"], body["params"]["appInstallationId"]
    assert [i.code for i in validate(body, lint=True).issues] == ["SS310"]
    assert validate(body, lint=True, ignore="SS310").issues == ()
    assert validate(body, lint=True, ignore="SS303,SS310").issues == ()


def cli(*argv: str | Path, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in argv], stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_a_400_digit_ts_is_reported_and_the_lines_after_it_are_checked(tmp_path: Path) -> None:
    line = json.dumps(VALID)
    huge = line.replace(str(VALID["playerTime"]["ts"]), "9" * 400)
    path = tmp_path / "traffic.ndjson"
    path.write_text("\n".join([line, huge, line, "{"]) + "\n")
    code, out, err = cli("check", "--ndjson", path)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert "SS205 /playerTime/ts: a number of 400 digits is out of range" in lines[0]
    assert "SS101" in lines[1]
    assert lines[-1] == "4 lines checked: 2 valid, 2 invalid (2 errors)"
    assert cli("check", "-", stdin=huge.encode())[0] == 1


def test_machine_formats_agree_with_the_exit_status_under_strict() -> None:
    placeholders = EXAMPLES / "valid" / "quick-start.json"
    code, out, _ = cli("check", "--strict", "--format", "json", placeholders)
    assert code == 1
    assert json.loads(out)["valid"] is False
    assert json.loads(out)["sources"][0]["valid"] is True  # the API accepts this body
    code, out, _ = cli("check", "--format", "json", placeholders)
    assert (code, json.loads(out)["valid"]) == (0, True)


@pytest.mark.parametrize("form", ["json", "github", "text"])
def test_every_format_names_an_unreadable_input(form: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    code, out, err = cli(
        "check", "--format", form, EXAMPLES / "valid" / "every-member.json", missing
    )
    assert code == 2
    assert f"sessionspec: cannot read {missing}: No such file or directory" in err
    if form == "json":
        document = json.loads(out)
        assert document["valid"] is False
        assert document["summary"]["unreadable"] == 1
        assert {"source": str(missing), "readable": False}.items() <= document["sources"][1].items()
    elif form == "github":
        assert f"::error file={missing},title=unreadable::cannot read" in out
    else:
        assert out.splitlines()[-1].endswith("; 1 input could not be read")


def test_text_output_escapes_what_comes_from_the_input(tmp_path: Path) -> None:
    body = copy.deepcopy(VALID)
    body["params"]["x\n/tmp/fake.json:1:1: SS000 forged \x1b[31mred\x1b[0m \u202e"] = 1
    name = tmp_path / "a\x1b[2Jb.json"
    name.write_text(json.dumps(body))
    code, out, _ = cli("check", name)
    assert code == 1
    [issue_line, _] = out.splitlines()
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "a\\x1b[2Jb.json:" in issue_line
    assert (
        "/params/x\\n~1tmp~1fake.json:1:1: SS000 forged \\x1b[31mred\\x1b[0m \\u202e:" in issue_line
    )
    _, err = cli("check", tmp_path / "\x1b[2J")[1:]
    assert "\x1b" not in err
    assert "\\x1b[2J" in err


class Broken(io.StringIO):
    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, text: str) -> int:
        raise self.error


def test_a_closed_output_ends_the_run_quietly() -> None:
    err = io.StringIO()
    argv = ["check", str(EXAMPLES / "invalid" / "misspelled-param.json")]
    assert run(argv, stdout=Broken(BrokenPipeError(32, "Broken pipe")), stderr=err) == EXIT_CLOSED
    assert err.getvalue() == ""


def test_a_write_error_is_its_own_message_not_blamed_on_the_input() -> None:
    err = io.StringIO()
    argv = ["check", str(EXAMPLES / "invalid" / "misspelled-param.json")]
    full = Broken(OSError(28, "No space left on device"))
    assert run(argv, stdout=full, stderr=err) == 2
    assert err.getvalue() == "sessionspec: cannot write the output: No space left on device\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--ndjson", "{bad}"],
        ["schema"],
        ["example"],
        ["--version"],
        ["schema", "--as", "reference"],
    ],
)
def test_real_processes_into_a_closed_pipe_end_quietly(argv: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.ndjson"
    bad.write_text((json.dumps({"eventType": "x"}) + "\n") * 20_000)
    argv = [str(bad) if a == "{bad}" else a for a in argv]
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone: every write fails with EPIPE
    done = subprocess.run(
        [sys.executable, "-m", "sessionspec", *argv],
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    os.close(writer)
    assert done.stderr == ""
    assert done.returncode == EXIT_CLOSED


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_reported_as_a_write_error() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "sessionspec", "schema"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr == "sessionspec: cannot write the output: No space left on device\n"


def test_an_interrupt_exits_130_without_a_traceback(tmp_path: Path) -> None:
    big = tmp_path / "big.ndjson"
    big.write_text((json.dumps(VALID) + "\n") * 300_000)
    started = subprocess.Popen(
        [sys.executable, "-m", "sessionspec", "check", "--ndjson", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)
    started.send_signal(signal.SIGINT)
    _, err = started.communicate(timeout=60)
    assert started.returncode == 130
    assert err == "sessionspec: interrupted\n"


class Interrupting(io.BytesIO):
    """Standard input interrupted while it is read, however it is read."""

    def readline(self, size: int | None = -1) -> bytes:
        raise KeyboardInterrupt

    def readinto(self, buffer: Any) -> int:
        raise KeyboardInterrupt


def test_an_interrupt_in_process_clears_the_progress_line() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    assert (
        run(["check", "--ndjson", "-"], stdin=Interrupting(), stdout=io.StringIO(), stderr=err)
        == 130
    )
    assert err.getvalue() == "sessionspec: interrupted\n"


def test_a_misspelt_engine_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_engines.ENGINE_VARIABLE, "fsat")
    _engines.engine.cache_clear()
    try:
        code, _, err = cli("check", EXAMPLES / "valid" / "every-member.json")
    finally:
        _engines.engine.cache_clear()
    assert code == 2
    assert err == "sessionspec: SESSIONSPEC_ENGINE is 'fsat': it must be 'fast' or 'reference'\n"


@pytest.mark.parametrize("form", [[], ["--ndjson"], ["--session"]])
def test_the_largest_size_limit_reads_only_what_is_there(tmp_path: Path, form: list[str]) -> None:
    path = tmp_path / "body.json"
    path.write_text(json.dumps(VALID))
    assert cli("check", *form, "--max-bytes", str(MOST_BYTES), path)[0] == 0


@pytest.mark.parametrize("limit", [str(MOST_BYTES + 1), str(2**63 - 2), "1" + "0" * 20])
def test_a_size_limit_beyond_the_largest_is_a_usage_error(tmp_path: Path, limit: str) -> None:
    code, _, err = cli("check", "--ndjson", "--max-bytes", limit, "-")
    assert code == 2
    assert f"--max-bytes: must be from 1 to {MOST_BYTES:,}" in err


def test_a_depth_limit_beyond_what_can_be_read_is_a_usage_error() -> None:
    code, _, err = cli("check", "--max-depth", "1000", "-")
    assert code == 2
    assert f"must be from {SHALLOWEST} to 256" in err
    with pytest.raises(ValueError, match="to 256"):
        validate(VALID, max_depth=1000)
    deep = '{"a": ' * 300 + "1" + "}" * 300
    assert ("SS106", 1, 1532) in {
        (i.code, i.line, i.column) for i in validate(deep, max_depth=256).errors
    }


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
def test_crlf_and_lf_lines_are_measured_alike_at_the_size_limit(ending: bytes) -> None:
    line = json.dumps(VALID).encode()
    limit = str(len(line))
    lines = line + ending + line + b" " + ending
    code, out, _ = cli("check", "--ndjson", "--max-bytes", limit, "-", stdin=lines)
    assert code == 1
    assert out.splitlines() == [
        f"<stdin>:2:1: SS108 the body is larger than the limit of {len(line):,} bytes:"
        " a body is a few KB",
        "2 lines checked: 1 valid, 1 invalid (1 error)",
    ]


def test_the_progress_line_is_cleared_before_an_issue_is_printed() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    valid = json.dumps(VALID).encode()
    lines = b"\n".join([valid] * 10_000 + [b"{}"]) + b"\n"
    screen = Terminal()  # stdout and stderr on one terminal, in the order they were written
    run(["check", "--ndjson", "-"], stdin=io.BytesIO(lines), stdout=screen, stderr=screen)
    before, _, _ = screen.getvalue().partition("<stdin>:10001:")
    progress = "<stdin>: 10,000 lines checked, 0 invalid"
    assert before.endswith("\r" + progress + "\r" + " " * len(progress) + "\r")


@pytest.mark.parametrize("ignore", [b"SS303", [None], 5, ["SS303", 3]])
def test_ignore_that_is_not_text_is_a_type_error_naming_the_option(ignore: Any) -> None:
    with pytest.raises(TypeError, match=r"^ignore: takes codes as text"):
        validate({}, ignore=ignore)


@pytest.mark.parametrize("ignore", ["SS201", "SS999", "SS2", "X"])
def test_ignore_of_an_error_or_no_code_is_a_value_error(ignore: str) -> None:
    with pytest.raises(ValueError, match=ignore):
        validate({}, ignore=ignore)
