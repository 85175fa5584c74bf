"""What surrounds the input, as hostile as the input: closed standard streams, configuration
files of any shape, a working directory that is gone, any value for an option, output read
in any encoding. Each is a clear message and a sane exit status, never a traceback."""

import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessionspec import Settings, validate, validate_batch, validate_event
from sessionspec._core.words import printable
from sessionspec._settings import MOST_BYTES

from conftest import EXAMPLES, ROOT

VALID = EXAMPLES / "valid" / "every-member.json"
INVALID = EXAMPLES / "invalid" / "misspelled-param.json"


def sessionspec(*argv: str | Path, **options: Any) -> subprocess.CompletedProcess[bytes]:
    """The command line in a process of its own, as a shell starts it."""
    return subprocess.run(
        [sys.executable, "-m", "sessionspec", *map(str, argv)],
        capture_output=True,
        check=False,
        timeout=120,
        **options,
    )


# Closed standard streams, as `2>&-` leaves them: the process starts with the descriptor shut.
# Each row: what the page calls it, the descriptor closed, the arguments, the exit status,
# and what is written (to stdout for a closed stderr, else to stderr). Also a table of the
# robustness page.
STREAMS = [
    ("stderr closed, a valid file", 2, ["check", VALID], 0, "1 body checked: all valid"),
    ("stderr closed, an invalid file", 2, ["check", INVALID], 1, "SS202"),
    (
        "stdout closed",
        1,
        ["check", VALID],
        2,
        "sessionspec: cannot write the output: the stream is closed",
    ),
    (
        "stdin closed, read as -",
        0,
        ["check", "-"],
        2,
        "sessionspec: cannot read <stdin>: standard input is closed",
    ),
    (
        "stdin named twice",
        None,
        ["check", "-", "-"],
        2,
        "sessionspec: standard input (-) can be read once: name it once",
    ),
]


@pytest.mark.parametrize(("name", "closed", "argv", "status", "written"), STREAMS)
def test_standard_streams_closed_or_named_twice(
    name: str, closed: int | None, argv: list[str | Path], status: int, written: str
) -> None:
    # The child's standard streams are pipes; the one named is shut before it starts.
    closing = None if closed is None else _closing(closed)
    given = {} if closed == 0 else {"input": VALID.read_bytes()}
    done = sessionspec(*argv, preexec_fn=closing, **given)
    assert done.returncode == status
    shown = done.stdout if closed == 2 else done.stderr
    assert written in shown.decode()
    assert b"Traceback" not in done.stdout + done.stderr


def _closing(fd: int) -> Any:
    return lambda: os.close(fd)


# Configuration of any shape.
# Each row: the pyproject.toml (or --config file) and what the usage error says. Also a
# table of the robustness page.
CONFIGURATIONS = [
    ("tool = 1\n", "tool is not a table, so it holds no [tool.sessionspec]"),
    ('tool = "sessionspec"\n', "tool is not a table, so it holds no [tool.sessionspec]"),
    ("tool = [1]\n", "tool is not a table, so it holds no [tool.sessionspec]"),
    ("[tool]\nsessionspec = 1\n", "[tool.sessionspec] is not a table"),
    ("[tool.sessionspec]\nmax-bytes = inf\n", "max-bytes: must be a whole number, not inf"),
    ("[tool.sessionspec]\nmax-depth = inf\n", "max-depth: must be a whole number, not inf"),
    ("[tool.sessionspec]\nmax-depth = nan\n", "max-depth: must be a whole number, not nan"),
    ("[tool.sessionspec]\nmax-bytes = true\n", "max-bytes: must be a whole number, not True"),
    ("[tool.sessionspec]\nmax-bytes = 1.9\n", "max-bytes: must be a whole number, not 1.9"),
    ("[tool.sessionspec]\nmax-bytes = 0\n", f"max-bytes: must be from 1 to {MOST_BYTES:,}"),
    ("[tool.sessionspec]\nmax-bytes = '12'\n", "max-bytes: must be a whole number, not '12'"),
    (
        "[tool.sessionspec]\nignore = [1]\n",
        "ignore: takes codes as text, such as 'SS303,SS4', not [1]",
    ),
    (
        "[tool.sessionspec]\nignore = 'SS201'\n",
        "ignore: SS201: errors cannot be ignored, only warnings and infos",
    ),
    ("a = " + "[" * 2000 + "]" * 2000 + "\n", "nested too deeply to read"),
    ("\udcff\udcfe", "not UTF-8 text, as TOML must be"),
]


@pytest.mark.parametrize(("text", "message"), CONFIGURATIONS)
def test_a_configuration_of_any_shape_is_a_usage_error_naming_the_file(
    tmp_path: Path, text: str, message: str
) -> None:
    data = text.encode("utf-8", "surrogateescape")
    (tmp_path / "pyproject.toml").write_bytes(data)
    (tmp_path / "other.toml").write_bytes(data)
    argvs: list[list[str | Path]] = [["check", VALID], ["check", "--config", "other.toml", VALID]]
    for argv in argvs:
        done = sessionspec(*argv, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        err = done.stderr.decode()
        assert err.startswith("sessionspec: ")
        assert ".toml: " in err
        assert message in err
        assert "Traceback" not in err


@pytest.mark.skipif(os.name != "posix", reason="a deleted working directory is a POSIX thing")
def test_a_working_directory_that_is_gone_has_no_configuration(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f"import os; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); " + (
        "from sessionspec._faces.cli import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "check", str(VALID)],
        capture_output=True,
        check=False,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(b"all valid\n")


@pytest.mark.skipif(os.geteuid() == 0, reason="root searches any folder")
def test_an_unsearchable_folder_on_the_way_up_holds_no_configuration(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    inside = locked / "inside"
    inside.mkdir(parents=True)
    locked.chmod(0o300)  # writable, not readable: its pyproject.toml cannot be seen
    try:
        done = sessionspec("check", VALID, cwd=inside)
    finally:
        locked.chmod(0o700)
    assert done.returncode == 0, done.stderr


# Any value for an option, in Python: a clear TypeError or ValueError that names the option,
# or a run that honours it.
_OPTIONS = ("max_bytes", "max_depth", "ignore", "lint", "unknown_params")
_ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.binary(max_size=8),
    st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=6)), max_size=3),
    st.sampled_from(["SS303", "ss3", "SS4", "SS201", "error", "warning", 64, 1 << 30]),
)


@given(name=st.sampled_from(_OPTIONS), value=_ANY_VALUE)
def test_any_option_value_is_refused_by_name_or_honoured(name: str, value: Any) -> None:
    body = json.loads(VALID.read_text())
    refused: TypeError | ValueError | None = None
    try:
        settings = Settings(**{name: value})
    except (TypeError, ValueError) as exc:
        refused = exc
    if refused is not None:
        assert str(refused).startswith(f"{name}: ")
        for entry in (validate, validate_event):
            with pytest.raises(type(refused), match=f"^{name}: "):
                entry(body, **{name: value})
        with pytest.raises(type(refused), match=f"^{name}: "):
            validate_batch([body], **{name: value})
        return
    honoured = getattr(settings, name)
    if name in ("max_bytes", "max_depth"):
        assert honoured == value
        assert type(value) is int
        keywords: dict[str, Any] = {name: value}
        assert validate(json.dumps(body), **keywords).valid == (
            name == "max_depth" or len(json.dumps(body).encode()) <= value
        )
    else:
        assert validate(body, settings=settings).valid


@pytest.mark.parametrize("versions", [{"events": "9.9"}, {"nothing": "1.0"}, ["events"], 5])
def test_a_version_never_published_is_refused_by_name(versions: Any) -> None:
    with pytest.raises((TypeError, ValueError), match=r"^versions: "):
        Settings(versions=versions)


# Output read in any encoding.
_ODD_KEYS = {"é": 1, "\ud800": 2, "😀": 3, "a\u2028b": 4}


@pytest.mark.parametrize(
    "environment",
    [
        {"PYTHONIOENCODING": "cp1252"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
        {"PYTHONIOENCODING": "utf-8"},
    ],
)
def test_the_json_format_is_json_in_any_encoding(
    tmp_path: Path, environment: dict[str, str]
) -> None:
    body = json.loads(VALID.read_text())
    body["params"].update(_ODD_KEYS)
    path = tmp_path / "odd.json"  # in the C locale a name's bytes are not its text
    path.write_text(json.dumps(body), encoding="utf-8")
    done = sessionspec("check", "--format", "json", path, env={**os.environ, **environment})
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout.decode("ascii"))
    pointers = {issue["pointer"] for issue in document["sources"][0]["issues"]}
    assert pointers == {f"/params/{key}" for key in _ODD_KEYS}
    assert document["sources"][0]["source"] == str(path)


def test_a_report_prints_on_a_strict_utf8_stream_whatever_its_keys() -> None:
    body = json.loads(VALID.read_text())
    body["params"].update(_ODD_KEYS)
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    print(validate(body), file=stream)  # the README's own usage
    stream.flush()
    printed = stream.buffer.getvalue().decode()
    assert "\\ud800" in printed
    assert "a\\u2028b" in printed
    assert len(printed.splitlines()) == len(_ODD_KEYS)


def _shown(text: str) -> str:
    """A configuration as the page shows it, on one line."""
    if len(text) > 40:
        return "an array nested 2,000 deep"
    if not text.isprintable() and "\n" not in text:
        return "bytes that are not UTF-8"
    return "`" + text.strip().replace("\n", "` then `") + "`"


def test_the_robustness_page_reports_the_surroundings() -> None:
    page = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    for name, _, _, status, written in STREAMS:
        assert f"| {name} | {status} | {written} |" in page, name
    for text, message in CONFIGURATIONS:
        assert f"| {_shown(text)} | {message} |" in page, text


def test_every_character_that_acts_splits_or_hides_is_escaped() -> None:
    # Controls, format characters, separators and surrogates, by the Unicode data of this
    # Python; a visible character (a letter, an emoji, a mark) is left alone.
    hidden = {"Cc", "Cf", "Cs", "Zl", "Zp", "Zs"}
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) in hidden and char != " ":
            assert printable(char) != char, hex(code)
    for char in "aé😀\u0301中 ":
        assert printable(char) == char


def test_statistics_in_every_format() -> None:
    argv = ["check", "--isolated", "--statistics", str(INVALID), str(VALID)]
    assert sessionspec(*argv).stdout.decode().splitlines() == [
        "1  SS201  a required member is missing",
        "1  SS202  a member the API does not know",
        "1  SS310  no visitor ID",
        "2 bodies checked: 1 valid, 1 invalid (2 errors, 1 info)",
    ]
    document = json.loads(sessionspec(*argv, "--format", "json").stdout)
    assert document["summary"]["codes"] == {"SS201": 1, "SS202": 1, "SS310": 1}
    assert [source["valid"] for source in document["sources"]] == [False, True]
    assert all("issues" not in source for source in document["sources"])
    assert sessionspec(*argv, "--format", "github").stdout.decode().splitlines() == [
        "::error title=SS201::1 time: a required member is missing",
        "::error title=SS202::1 time: a member the API does not know",
        "::notice title=SS310::1 time: no visitor ID",
        "2 bodies checked: 1 valid, 1 invalid (2 errors, 1 info)",
    ]


def test_isolated_and_a_configuration_file_are_one_or_the_other(tmp_path: Path) -> None:
    (tmp_path / "ss.toml").write_text("[tool.sessionspec]\nstrict = true\n")
    done = sessionspec("check", "--isolated", "--config", tmp_path / "ss.toml", VALID)
    assert done.returncode == 2
    assert b"--isolated reads no configuration, --config reads one" in done.stderr
