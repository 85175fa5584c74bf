"""The pre-commit hook, run by pre-commit itself exactly as .pre-commit-hooks.yaml declares it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(
    not (ROOT / ".git").exists(), reason="pre-commit try-repo needs the project's git checkout"
)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def payloads(tmp_path: Path) -> Path:
    """A repository of payload files: one valid with warnings, one invalid."""
    repo = tmp_path / "payloads"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copy(EXAMPLES / "valid" / "seed-sample.json", repo / "good.json")
    shutil.copy(EXAMPLES / "invalid" / "misspelled-param.json", repo / "bad.json")
    git(repo, "add", ".")
    return repo


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.com",
    }


def try_repo(
    repo: Path, env: dict[str, str], hook: str, *files: str
) -> subprocess.CompletedProcess[str]:
    """A hook of this checkout (uncommitted changes too) run by pre-commit, on ``files`` or, with
    none given, on every file of ``repo``."""
    selection = ["--files", *files] if files else ["--all-files"]
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, *selection],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def summaries(output: str) -> list[str]:
    return [line for line in output.splitlines() if " checked" in line]


def test_hook_passes_valid_files_and_fails_invalid_ones(
    payloads: Path, env: dict[str, str]
) -> None:
    good = try_repo(payloads, env, "sessionspec", "good.json")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = try_repo(payloads, env, "sessionspec", "good.json", "bad.json")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "bad.json:12:5: SS202 /params/media.lenght: unknown member; did you mean" in bad.stdout


def test_with_no_files_set_other_json_files_are_skipped_and_said_so(
    payloads: Path, env: dict[str, str]
) -> None:
    (payloads / "package.json").write_text('{"name": "player", "version": "1.0.0"}\n')
    # A TypeScript configuration is JSON with comments: not JSON, and no body either.
    (payloads / "tsconfig.json").write_text('{\n  // strict\n  "compilerOptions": {}\n}\n')
    (payloads / "bad.json").unlink()
    git(payloads, "add", ".")
    done = try_repo(payloads, env, "sessionspec")
    assert done.returncode == 0, done.stdout + done.stderr
    assert summaries(done.stdout) == [
        "1 body checked: all valid (6 warnings, 1 info); 2 skipped: no Media Collection API call"
        " in them"
    ]


def test_the_ndjson_hook_checks_captures_and_the_json_hook_leaves_them(
    payloads: Path, env: dict[str, str]
) -> None:
    body = json.dumps(json.loads((EXAMPLES / "valid" / "every-member.json").read_text()))
    (payloads / "capture.ndjson").write_text(f"{body}\n{body}\n")
    (payloads / "player.jsonl").write_text(
        f'{body}\n{{"log": "started"}}\n{{"eventType": "pause"}}\n'
    )
    git(payloads, "add", ".")
    lines = try_repo(payloads, env, "sessionspec-ndjson")
    assert lines.returncode == 1, lines.stdout + lines.stderr
    assert 'player.jsonl:3:2: SS204 /eventType: "pause" is not an event type' in lines.stdout
    assert summaries(lines.stdout) == [
        "4 lines checked: 3 valid, 1 invalid (1 error); 1 skipped: no Media Collection API call"
        " in them"
    ]
    bodies = try_repo(payloads, env, "sessionspec", "good.json", "capture.ndjson", "player.jsonl")
    assert summaries(bodies.stdout) == ["1 body checked: all valid (6 warnings, 1 info)"]


def test_many_files_give_one_summary_line(payloads: Path, env: dict[str, str]) -> None:
    for number in range(40):
        shutil.copy(EXAMPLES / "valid" / "every-member.json", payloads / f"body{number}.json")
    git(payloads, "add", ".")
    done = try_repo(payloads, env, "sessionspec")
    assert done.returncode == 1, done.stdout + done.stderr
    assert summaries(done.stdout) == [
        "42 bodies checked: 41 valid, 1 invalid (2 errors, 6 warnings, 2 infos)"
    ]


def test_hook_takes_the_cli_options_as_args(
    payloads: Path, env: dict[str, str], tmp_path: Path
) -> None:
    """A configuration as a user writes it, at the project's own last commit."""
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    config = tmp_path / "config.yaml"

    def run_hook(args: list[str]) -> subprocess.CompletedProcess[str]:
        config.write_text(
            f"repos:\n- repo: {ROOT}\n  rev: {head}\n  hooks:\n  - id: sessionspec\n"
            f"    files: ^good\\.json$\n    args: {json.dumps(args)}\n"
        )
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--config", str(config), "--all-files"],
            cwd=payloads,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    warned = run_hook([])
    assert warned.returncode == 0, warned.stdout + warned.stderr
    strict = run_hook(["--strict"])
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "good.json:9:9: SS303 (warning)" in strict.stdout
    ignored = run_hook(["--strict", "--ignore", "SS303", "--ignore", "SS304", "--ignore", "SS310"])
    assert ignored.returncode == 0, ignored.stdout + ignored.stderr
