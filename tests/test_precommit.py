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


def test_hook_passes_valid_files_and_fails_invalid_ones(
    payloads: Path, env: dict[str, str]
) -> None:
    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pre_commit",
                "try-repo",
                str(ROOT),
                "sessionspec",
                "--files",
                *files,
            ],
            cwd=payloads,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    good = try_repo("good.json")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = try_repo("good.json", "bad.json")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "bad.json:12:5: SS202 /params/media.lenght: unknown member; did you mean" in bad.stdout


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
