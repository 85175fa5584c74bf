"""The project's own promises: one version, documented codes, the README's test command in CI,
and clean lint and types."""

import re
import subprocess
import sys

import pytest

import sessionspec
from sessionspec._issues import Code

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_changelog_top_entry_is_the_package_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    top = re.search(r"^## \[([^\]]+)\]", changelog, re.MULTILINE)
    assert top is not None
    assert top.group(1) == sessionspec.__version__


def test_every_code_is_documented_in_the_readme() -> None:
    documented = set(re.findall(r"^\| (SS\d{3}) \|", README, re.MULTILINE))
    assert documented == {code.value for code in Code}


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(.+?)\n```", README)
    test_command = commands[1]
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    "command", [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]]
)
def test_code_is_clean(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
