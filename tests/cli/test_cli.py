"""The CLI, run in-process through run(argv) and once as real processes."""

import io
import json
import os
import subprocess
import sys
import sysconfig
import tracemalloc
from pathlib import Path

import pytest

import sessionspec
from sessionspec import SCHEMA_VERSION, __version__
from sessionspec._catalog.schema import EVENTS, event_types, target
from sessionspec._core.issues import Code
from sessionspec._faces.cli import run
from sessionspec._settings import SHALLOWEST

from conftest import EXAMPLES, ROOT

VALID = EXAMPLES / "valid" / "every-member.json"
INVALID = EXAMPLES / "invalid" / "misspelled-param.json"


def cli(*argv: str | Path, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in argv], stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_valid_file_exits_0_with_a_summary() -> None:
    assert cli("check", VALID) == (0, "1 body checked: all valid\n", "")


def test_invalid_file_exits_1_with_located_lines() -> None:
    code, out, err = cli("check", VALID, INVALID)
    assert code == 1
    assert out.splitlines() == [
        f"{INVALID}:4:3: SS201 /params/media.length: required member is missing:"
        ' add "media.length", a number',
        f'{INVALID}:12:5: SS202 /params/media.lenght: unknown member; did you mean "media.length"?',
        f"{INVALID}:4:3: SS310 (info) /params: send visitor.marketingCloudUserId (the ECID) or"
        " appInstallationId, as the documentation recommends, to identify the visitor",
        "2 bodies checked: 1 valid, 1 invalid (2 errors, 1 info)",
    ]
    assert err == ""


def test_malformed_json_exits_1() -> None:
    code, out, _ = cli("check", "-", stdin=b'{"a": 1,}')
    assert code == 1
    assert out.startswith("<stdin>:1:9: SS101 invalid JSON")


def test_stdin_is_read_with_a_dash() -> None:
    assert cli("check", "-", stdin=VALID.read_bytes())[0] == 0


@pytest.mark.parametrize("argv", [["check"], ["nonsense"], [], ["check", "--format", "xml", "f"]])
def test_usage_errors_exit_2(argv: list[str]) -> None:
    code, _, err = cli(*argv)
    assert code == 2
    assert "usage:" in err


def test_unreadable_paths_exit_2_and_the_rest_are_still_checked(tmp_path: Path) -> None:
    code, out, err = cli("check", tmp_path / "missing.json", tmp_path / "gone.ndjson", INVALID)
    assert code == 2
    assert "cannot read" in err
    assert err.count("\n") == 2
    assert "SS202" in out


def test_json_format_gives_verdicts_and_issues_as_data() -> None:
    code, out, _ = cli("check", "--format", "json", VALID, INVALID)
    assert code == 1
    document = json.loads(out)
    assert document["valid"] is False
    assert [s["valid"] for s in document["sources"]] == [True, False]
    assert document["sources"][1]["issues"][1] == {
        "code": "SS202",
        "severity": "error",
        "pointer": "/params/media.lenght",
        "line": 12,
        "column": 5,
        "message": 'unknown member; did you mean "media.length"?',
    }


def test_github_format_gives_workflow_annotations() -> None:
    code, out, _ = cli("check", "--format", "github", INVALID)
    assert code == 1
    assert out.splitlines()[0].startswith(
        f"::error file={INVALID},line=4,col=3,title=SS201::/params/media.length"
    )


def test_github_annotations_escape_what_would_break_them() -> None:
    _, out, _ = cli("check", "--format", "github", "-", stdin=b'{"a:b,%\\n": 1}')
    annotation = next(line for line in out.splitlines() if "SS202" in line)
    assert "file=<stdin>,line=1,col=2,title=SS202::" in annotation
    assert "/a:b,%25\n" not in annotation
    assert "/a:b,%25%0A: unknown member" in annotation


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        ([], f"sessionstart-{SCHEMA_VERSION}.schema.json"),
        (["--version", "1.0"], "sessionstart-1.0.schema.json"),
        (["--version", "1.1"], "sessionstart-1.1.schema.json"),
    ],
)
def test_schema_command_prints_the_bundled_schema(argv: list[str], name: str) -> None:
    code, out, _ = cli("schema", *argv)
    assert code == 0
    assert out == (ROOT / "schemas" / name).read_text(encoding="utf-8")


def test_example_command_prints_a_body_that_checks_valid() -> None:
    code, out, _ = cli("example")
    assert code == 0
    assert json.loads(out)["eventType"] == "sessionStart"
    assert cli("check", "-", stdin=out.encode()) == (0, "1 body checked: all valid\n", "")


def test_every_event_type_has_an_example_that_checks_valid() -> None:
    every = event_types(target(EVENTS))
    for event_type in ["sessionStart", *every]:
        code, out, _ = cli("example", event_type)
        assert code == 0, event_type
        assert json.loads(out)["eventType"] == event_type
        checked = cli("check", "--isolated", "--strict", "-", stdin=out.encode())
        assert checked == (0, "1 body checked: all valid\n", ""), event_type


def test_the_example_session_and_batch_pass_every_check_and_the_session_rules() -> None:
    code, log, _ = cli("example", "--session")
    assert code == 0
    calls = [json.loads(line) for line in log.splitlines()]
    assert {call["eventType"] for call in calls} == {
        "sessionStart",
        *event_types(target(EVENTS)),
    } - {"sessionEnd"}
    checked = cli("check", "--isolated", "--strict", "--session", "-", stdin=log.encode())
    assert checked == (0, f"{len(calls)} calls in 1 session checked: all valid\n", "")
    code, batch, _ = cli("example", "--batch")
    assert code == 0
    assert json.loads(batch)[-1]["eventType"] == "sessionEnd"
    for endpoint in ("auto", "downloaded"):
        argv = ["check", "--isolated", "--strict", "--endpoint", endpoint, "-"]
        assert cli(*argv, stdin=batch.encode()) == (0, "1 body checked: all valid\n", "")


def test_an_example_of_no_event_type_names_the_nearest() -> None:
    assert cli("example", "plya") == (
        2,
        "",
        "sessionspec: no event type 'plya': did you mean play?\n",
    )
    code, _, err = cli("example", "contentStart")
    assert code == 2
    assert "known are adBreakComplete, adBreakStart," in err


def test_version() -> None:
    code, out, _ = cli("--version")
    assert code == 0
    assert out.startswith(f"sessionspec {__version__} (schemas: sessionstart 1.0, ")


def test_real_processes_console_script_and_module(tmp_path: Path) -> None:
    lone_surrogate = tmp_path / "surrogate.json"
    lone_surrogate.write_text('{"\\udc80": 1}')
    script = Path(sysconfig.get_path("scripts")) / "sessionspec"
    for command in ([str(script)], [sys.executable, "-m", "sessionspec"]):
        done = subprocess.run(
            [*command, "check", str(VALID), str(lone_surrogate)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={"PYTHONIOENCODING": "utf-8"},
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert "/\\udc80: unknown member" in done.stdout


NDJSON_VALID = json.dumps(json.loads(VALID.read_text())).encode()


def ndjson(*lines: bytes) -> bytes:
    return b"\n".join(lines) + b"\n"


def test_ndjson_reports_each_bad_line_by_its_line_in_the_file(tmp_path: Path) -> None:
    invalid = NDJSON_VALID.replace(b'"sessionStart"', b'"SessionStart"')
    traffic = tmp_path / "traffic.ndjson"
    traffic.write_bytes(
        ndjson(NDJSON_VALID, b"", b"  \t", NDJSON_VALID + b"\r", b'{"broken": ', invalid)
    )
    code, out, _ = cli("check", "--ndjson", traffic)
    assert code == 1
    column = invalid.index(b'"eventType"') + 1
    assert out.splitlines() == [
        f"{traffic}:5:12: SS101 invalid JSON: expected a JSON value here",
        f"{traffic}:6:{column}: SS204 /eventType: expected"
        ' "sessionStart", got "SessionStart": check the case',
        "4 lines checked: 2 valid, 2 invalid (2 errors)",
    ]


def test_ndjson_all_valid_from_stdin_exits_0() -> None:
    lines = ndjson(*[NDJSON_VALID] * 50)
    assert cli("check", "--ndjson", "-", stdin=lines) == (
        0,
        "50 lines checked: all valid\n",
        "",
    )


def test_ndjson_json_format_gives_bad_records_their_line() -> None:
    lines = ndjson(NDJSON_VALID, b"1", NDJSON_VALID)
    code, out, _ = cli("check", "--ndjson", "--format", "json", "-", stdin=lines)
    assert code == 1
    document = json.loads(out)
    assert document["valid"] is False
    assert document["summary"] == {
        "checked": 3,
        "valid": 2,
        "invalid": 1,
        "errors": 1,
        "warnings": 0,
        "infos": 0,
        "codes": {"SS203": 1},
        "unlisted": {},
        "unreadable": 0,
        "skipped": 0,
        "sessions": 0,
    }
    [record] = document["sources"]
    assert record["line"] == 2
    assert record["issues"][0]["line"] == 2
    assert record["issues"][0]["code"] == "SS203"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ndjson_shows_progress_only_on_a_terminal() -> None:
    lines = ndjson(*[NDJSON_VALID] * 20_001)
    terminal = Terminal()
    code = run(
        ["check", "--ndjson", "-"], stdin=io.BytesIO(lines), stdout=io.StringIO(), stderr=terminal
    )
    assert code == 0
    assert "\r<stdin>: 20,000 lines checked, 0 invalid" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")
    assert cli("check", "--ndjson", "-", stdin=lines)[2] == ""


def test_ndjson_memory_does_not_grow_with_the_input(tmp_path: Path) -> None:
    def peak(lines: int) -> int:
        path = tmp_path / f"{lines}.ndjson"
        path.write_bytes(ndjson(*[NDJSON_VALID, b"{}"] * (lines // 2)))
        with open(os.devnull, "w") as sink:
            tracemalloc.start()
            argv = ["check", "--ndjson", "--jobs", "1", "--format", "json", str(path)]
            run(argv, stdout=sink, stderr=sink)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return peak

    peak(100)  # caches and lazy imports are in place from here on
    # 18,000 more lines (5 MB more input): keeping even 30 bytes a line would show.
    assert peak(20_000) - peak(2_000) < 512 * 1024


PLACEHOLDERS = EXAMPLES / "valid" / "quick-start.json"
DOCUMENTED = VALID


def test_warnings_are_shown_but_do_not_fail_the_check() -> None:
    code, out, _ = cli("check", PLACEHOLDERS)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        f"{PLACEHOLDERS}:9:5: SS303 (warning) /params/analytics.trackingServer: this looks like"
        " a placeholder copied from the documentation: put the real value here"
    )
    assert lines[-1] == "1 body checked: all valid (5 warnings)"


def test_strict_fails_on_warnings_and_ignore_silences_them() -> None:
    assert cli("check", "--strict", PLACEHOLDERS)[0] == 1
    assert cli("check", "--strict", DOCUMENTED)[0] == 0
    assert cli("check", "--strict", "--ignore", "SS303", "--ignore", "SS304", PLACEHOLDERS) == (
        0,
        "1 body checked: all valid\n",
        "",
    )
    code, _, err = cli("check", "--ignore", "SS201", PLACEHOLDERS)
    assert code == 2
    assert "SS201: errors cannot be ignored, only warnings and infos" in err


def test_a_strict_failure_says_what_failed_and_infos_never_fail() -> None:
    code, out, _ = cli("check", "--strict", PLACEHOLDERS)
    assert code == 1
    assert out.splitlines()[-1].endswith("no errors (5 warnings fail --strict)")
    developer_site = EXAMPLES / "valid" / "developer-site.json"
    assert cli("check", "--strict", developer_site) == (
        0,
        cli("check", developer_site)[1],
        "",
    )
    assert cli("check", developer_site)[1].endswith("all valid (1 info)\n")


def test_ignore_takes_prefixes_in_any_case_and_names_each_unknown_code() -> None:
    assert cli("check", "--strict", "--ignore", "ss3", PLACEHOLDERS) == (
        0,
        "1 body checked: all valid\n",
        "",
    )
    code, _, err = cli("check", "--ignore", "SS301x,SS2", PLACEHOLDERS)
    assert code == 2
    assert "SS301x: no such code; did you mean SS301?; SS2: errors cannot be ignored" in err


def test_no_lint_checks_for_errors_only() -> None:
    assert cli("check", "--no-lint", "--strict", PLACEHOLDERS) == (
        0,
        "1 body checked: all valid\n",
        "",
    )


def test_warnings_in_json_and_github_formats() -> None:
    developer_site = EXAMPLES / "valid" / "developer-site.json"
    document = json.loads(cli("check", "--format", "json", developer_site)[1])
    assert (document["summary"]["warnings"], document["summary"]["infos"]) == (0, 1)
    [issue] = document["sources"][0]["issues"]
    assert (issue["code"], issue["severity"], issue["pointer"]) == ("SS310", "info", "/params")
    annotations = cli("check", "--format", "github", developer_site, PLACEHOLDERS)[1]
    assert annotations.startswith(f"::notice file={developer_site},line=7,col=3,title=SS310::")
    assert f"::warning file={PLACEHOLDERS},line=9,col=5,title=SS303::" in annotations


def warned_lines(count: int) -> bytes:
    """Bodies that each carry the same two warnings, as real traffic does."""
    body = json.loads(PLACEHOLDERS.read_text())
    return ndjson(*[json.dumps(body).encode()] * count)


def test_a_stream_lists_a_few_warnings_of_each_code_then_counts_them() -> None:
    code, out, _ = cli("check", "--ndjson", "-", stdin=warned_lines(100))
    assert code == 0
    lines = out.splitlines()
    listed = lines[:-1]
    # Five placeholders a body: the first three of the file are listed, with their place.
    assert [line.split()[1] for line in listed] == ["SS303"] * 3
    assert listed[0].startswith("<stdin>:1:")
    assert lines[-1] == (
        "100 lines checked: all valid (500 warnings); 497 warnings not listed: SS303 497"
        " (--all-warnings lists them, --statistics counts every code)"
    )
    every = cli("check", "--ndjson", "--all-warnings", "-", stdin=warned_lines(100))[1]
    assert len(every.splitlines()) == 501


def test_statistics_counts_each_code() -> None:
    lines = warned_lines(100) + b"{}\n"
    code, out, _ = cli("check", "--ndjson", "--statistics", "-", stdin=lines)
    assert code == 1
    assert out.splitlines() == [
        "500  SS303  a placeholder copied from the documentation",
        "  3  SS201  a required member is missing",
        "101 lines checked: 100 valid, 1 invalid (3 errors, 500 warnings)",
    ]


def test_json_output_of_a_stream_counts_every_code_and_lists_the_first_warnings() -> None:
    document = json.loads(
        cli("check", "--ndjson", "--format", "json", "-", stdin=warned_lines(10))[1]
    )
    assert document["summary"]["codes"] == {"SS303": 50}
    assert document["summary"]["unlisted"] == {"SS303": 47}
    listed = [issue["code"] for source in document["sources"] for issue in source["issues"]]
    assert listed == ["SS303"] * 3
    assert document["valid"] is True


def test_github_annotations_stop_at_their_limit_and_say_how_many_were_left_out() -> None:
    out = cli(
        "check", "--ndjson", "--all-warnings", "--format", "github", "-", stdin=warned_lines(20)
    )[1]
    annotations = [line for line in out.splitlines() if line.startswith("::warning")]
    assert len(annotations) == 50
    assert "::notice title=sessionspec::50 more issues are not annotated (at most 50 are)" in out


def test_an_empty_stream_checks_nothing() -> None:
    assert cli("check", "--ndjson", "-", stdin=b"\n\n") == (0, "0 lines checked\n", "")


def test_a_mistake_in_the_options_of_check_shows_the_usage_of_check() -> None:
    code, _, err = cli("check", "--formt", "json", "x.json")
    assert code == 2
    assert err.startswith("usage: sessionspec check ")
    assert "unrecognized arguments: --formt" in err


def test_defaults_come_from_pyproject_and_the_command_line_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "player"\n\n[tool.sessionspec]\nstrict = true\nignore = ["SS304"]\n'
    )
    nested = tmp_path / "payloads"
    nested.mkdir()
    monkeypatch.chdir(nested)
    code, out, _ = cli("check", PLACEHOLDERS)
    assert code == 1  # strict: the placeholders fail the check
    assert "SS304" not in out
    assert cli("check", "--ignore", "SS303", PLACEHOLDERS)[0] == 0  # ignores add up
    assert cli("check", "--isolated", PLACEHOLDERS)[0] == 0
    other = tmp_path / "other.toml"
    other.write_text("[tool.sessionspec]\nmax-depth = 300\n")
    code, _, err = cli("check", "--config", other, PLACEHOLDERS)
    assert code == 2
    expected = f"[tool.sessionspec] max-depth: must be from {SHALLOWEST} to 256"
    assert err == f"sessionspec: {other}: {expected}\n"


def test_an_unknown_option_in_pyproject_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.sessionspec]\nstrikt = true\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("check", PLACEHOLDERS)
    assert code == 2
    assert "[tool.sessionspec] has no option 'strikt': did you mean 'strict'?" in err
    (tmp_path / "pyproject.toml").write_text("[tool.sessionspec]\nnothing-like-it = 1\n")
    err = cli("check", PLACEHOLDERS)[2]
    assert "has no option 'nothing-like-it': known are ad-ping-interval, all-warnings," in err


def test_a_pyproject_above_the_repository_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.sessionspec]\nstrict = true\n")
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    monkeypatch.chdir(repository)
    assert cli("check", PLACEHOLDERS)[0] == 0


def test_explain_tells_a_code_in_full_and_lists_a_prefix() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["explain", "ss205", "SS41"], stdout=out, stderr=err) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "SS205 (error, schema): a number out of its range"
    assert lines[1].startswith("  why: stricter: ")
    assert lines[2].startswith("  for example: /playerTime/ts: 1509045324 is out of range")
    assert [line.split()[0] for line in lines[3:]] == [
        "SS410",
        "SS411",
        "SS412",
        "SS413",
        "SS414",
        "SS415",
    ]
    assert err.getvalue() == ""


def test_explain_without_a_code_lists_every_code_and_refuses_an_unknown_one() -> None:
    out = io.StringIO()
    assert run(["explain"], stdout=out) == 0
    assert len(out.getvalue().splitlines()) == len(Code)
    err = io.StringIO()
    assert run(["explain", "SS2O5"], stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == "sessionspec: no code 'SS2O5': did you mean SS205?\n"


SESSION_FILES = ROOT / "tests" / "sessions"


def checked(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["check", "--isolated", *argv], stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_standard_input_is_read_in_the_form_it_begins_with() -> None:
    capture = (SESSION_FILES / "one-player.har").read_bytes()
    assert checked("-", stdin=capture)[1].splitlines()[-1].startswith("54 calls in 1 session")
    lines = (SESSION_FILES / "timeline-2.ndjson").read_bytes()
    assert checked("-", stdin=lines)[1].splitlines()[-1].startswith("15 lines checked")
    body = (EXAMPLES / "valid" / "quick-start.json").read_bytes()
    assert checked("--no-lint", "-", stdin=body)[1].splitlines()[-1] == "1 body checked: all valid"


def test_a_file_named_json_that_holds_lines_is_one_document_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "capture.json"
    path.write_bytes((SESSION_FILES / "timeline-2.ndjson").read_bytes())
    code, out, err = checked(str(path))
    assert code == 1
    assert "SS101" in out
    hint = "looks like NDJSON, a body on each line: --ndjson reads it so (or name it .ndjson)"
    assert err == f"sessionspec: {path} {hint}\n"


def test_a_session_option_keeps_a_pretty_printed_batch_whole() -> None:
    batch = EXAMPLES / "batches" / "valid" / "downloaded-sample.json"
    code, out, err = checked("--session", str(batch))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "1 body checked: all valid (1 info)"


def test_a_folder_is_walked_for_the_files_of_known_endings(tmp_path: Path) -> None:
    (tmp_path / "bodies").mkdir()
    for name in ("quick-start.json", "seed-sample.json"):
        (tmp_path / "bodies" / name).write_bytes((EXAMPLES / "valid" / name).read_bytes())
    (tmp_path / "package.json").write_text('{"name": "player"}')  # no call: skipped
    (tmp_path / "notes.txt").write_text("not an input")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.json").write_text("{")  # a hidden folder is no input
    (tmp_path / "log.ndjson").write_bytes((SESSION_FILES / "timeline-2.ndjson").read_bytes())
    code, out, err = checked("--no-lint", str(tmp_path))
    assert (code, err) == (1, "")  # timeline-2 has two invalid lines
    assert out.splitlines()[-1].startswith("17 documents checked: 15 valid, 2 invalid")
    assert out.splitlines()[-1].endswith("1 skipped: no Media Collection API call in them")


def test_a_summary_of_mixed_inputs_counts_sessions_among_the_documents() -> None:
    capture, body = SESSION_FILES / "one-player.har", EXAMPLES / "valid" / "quick-start.json"
    out = checked(str(capture), str(body))[1].splitlines()[-1]
    assert out.startswith("55 documents checked (1 session among them): all valid")
    assert checked(str(capture))[1].splitlines()[-1].startswith("54 calls in 1 session checked")


def test_a_timeline_does_not_change_how_an_ndjson_file_is_read() -> None:
    # A picture is asked for; the verdict stays that of the file's form, and a note says how
    # to draw its sessions.
    path = str(SESSION_FILES / "timeline-2.ndjson")
    _, out, err = checked("--timeline", path)
    assert out == checked(path)[1]
    assert err == f"sessionspec: {path} is read one body per line: --session draws its sessions\n"


@pytest.mark.parametrize(
    ("content", "note"),
    [
        (b'{"eventType": "play", "playerTime": {"playhead": 0, "ts": 0}}', "is one body"),
        (b"", "holds no session"),
    ],
)
def test_a_timeline_with_nothing_to_draw_says_so(tmp_path: Path, content: bytes, note: str) -> None:
    path = tmp_path / ("one.json" if content else "empty.ndjson")
    path.write_bytes(content)
    flags = ("--timeline",) if content else ("--session", "--timeline")
    _, out, err = checked(*flags, str(path))
    assert out == checked(*flags[:-1], str(path))[1]
    assert err.startswith(f"sessionspec: {path} {note}")


@pytest.mark.parametrize("flags", [("--session",), ("--ndjson", "--session")])
def test_the_session_option_reads_calls_whatever_else_is_said(flags: tuple[str, ...]) -> None:
    lines = SESSION_FILES / "timeline-2.ndjson"
    _, out, _ = checked(*flags, "--timeline", str(lines))
    assert "session from line 1" in out
    assert out.splitlines()[-1].startswith("15 calls in 1 session checked")
    capture = SESSION_FILES / "one-player.har"
    assert checked(*flags, str(capture))[1].splitlines()[-1].startswith("54 calls in 1 session")


def test_a_capture_named_json_is_read_as_a_capture_with_the_session_option(
    tmp_path: Path,
) -> None:
    path = tmp_path / "capture.json"
    path.write_bytes((SESSION_FILES / "one-player.har").read_bytes())
    _, _, err = checked(str(path))
    assert "looks like a HAR capture" in err
    _, out, err = checked("--session", str(path))
    assert (out.splitlines()[-1].startswith("54 calls in 1 session"), err) == (True, "")


def test_a_session_log_with_a_long_first_line_is_still_read_as_lines(tmp_path: Path) -> None:
    start = json.loads((SESSION_FILES / "timeline-2.ndjson").read_text().splitlines()[0])
    start["customMetadata"] = {f"key{i}": "x" * 40 for i in range(120)}  # a 6 KB first line
    rest = (SESSION_FILES / "timeline-2.ndjson").read_text().splitlines()[1:]
    path = tmp_path / "player.log"
    path.write_text("\n".join([json.dumps(start), *rest]) + "\n")
    assert checked("--session", str(path))[1].splitlines()[-1].startswith("15 calls in 1 session")
    assert checked(str(path))[1].splitlines()[-1].startswith("15 lines checked")


def test_a_batch_is_drawn_after_its_issues() -> None:
    batch = EXAMPLES / "batches" / "invalid" / "second-session-start.json"
    _, out, _ = checked("--timeline", str(batch))
    lines = out.splitlines()
    first_issue = next(i for i, line in enumerate(lines) if " SS" in line)
    picture = next(i for i, line in enumerate(lines) if ": the batch" in line)
    assert first_issue < picture


def test_the_summary_writes_large_numbers_as_the_rest_of_the_output_does(tmp_path: Path) -> None:
    path = tmp_path / "many.ndjson"
    path.write_bytes(b"{}\n" * 1200)
    _, out, _ = cli("check", "--ndjson", "--statistics", path)
    assert out.splitlines()[-1].startswith("1,200 lines checked: 0 valid, 1,200 invalid (")


def test_issue_fields_come_in_the_documented_order() -> None:
    [issue] = sessionspec.validate(b'{"eventType": "sessionStart"').issues
    assert list(issue._fields) == list(issue.to_dict())
    code, _, _, line, column, message = issue
    assert (code, line) == ("SS101", 1)
    assert column == issue.column
    assert message == issue.message


def test_the_json_format_names_every_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ndjson"
    empty.write_bytes(b"")
    clean = tmp_path / "clean.ndjson"
    clean.write_bytes(VALID.read_bytes().replace(b"\n", b"") + b"\n")
    unrelated = tmp_path / "package.json"
    unrelated.write_text('{"name": "player"}')
    code, out, _ = cli(
        "check", "--format", "json", "--no-lint", "--skip-unrelated", empty, clean, unrelated
    )
    assert code == 0
    sources = json.loads(out)["sources"]
    assert [(s["source"], s["checked"], s["skipped"]) for s in sources] == [
        (str(empty), 0, 0),
        (str(clean), 1, 0),
        (str(unrelated), 0, 1),
    ]
    assert all(s["valid"] and s["issues"] == [] for s in sources)


def test_quiet_prints_the_issues_without_the_summary() -> None:
    code, out, _ = cli("check", "--quiet", VALID, INVALID)
    loud = cli("check", VALID, INVALID)[1].splitlines()
    assert code == 1
    assert out.splitlines() == loud[:-1]
    assert cli("check", "-q", VALID)[1] == ""
    quiet_statistics = cli("check", "-q", "--statistics", INVALID)[1].splitlines()
    assert quiet_statistics == cli("check", "--statistics", INVALID)[1].splitlines()[:-1]
    assert json.loads(cli("check", "-q", "--format", "json", VALID)[1])["valid"] is True
