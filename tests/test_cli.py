"""The CLI, run in-process through run(argv) and once as real processes."""

import io
import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from sessionspec import SCHEMA_VERSION, __version__
from sessionspec._cli import run

from conftest import EXAMPLES, ROOT

VALID = EXAMPLES / "valid" / "seed-sample.json"
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
        "2 bodies checked: 1 valid, 1 invalid (2 errors)",
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
    code, out, err = cli("check", tmp_path / "missing.json", tmp_path, INVALID)
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


def test_schema_command_prints_the_bundled_schema() -> None:
    code, out, _ = cli("schema")
    assert code == 0
    published = ROOT / "schemas" / f"sessionstart-{SCHEMA_VERSION}.schema.json"
    assert out == published.read_text(encoding="utf-8")


def test_example_command_prints_a_body_that_checks_valid() -> None:
    code, out, _ = cli("example")
    assert code == 0
    assert json.loads(out)["eventType"] == "sessionStart"
    assert cli("check", "-", stdin=out.encode()) == (0, "1 body checked: all valid\n", "")


def test_version() -> None:
    code, out, _ = cli("--version")
    assert (code, out) == (0, f"sessionspec {__version__} (schema {SCHEMA_VERSION})\n")


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
