"""The project's own promises: one version, documented codes, the README's test command in CI,
and clean lint and types."""

import re
import subprocess
import sys

import pytest

import sessionspec
from sessionspec._issues import Category, Code, Severity

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


def test_each_code_is_declared_with_the_severity_and_category_of_its_series() -> None:
    series = {"1": Category.TEXT, "2": Category.SCHEMA, "3": Category.ADVICE, "4": Category.SESSION}
    for code in Code:
        assert code.category is series[code.value[2]], code
        # Errors are the codes of what the API rejects; anything else can be ignored.
        assert (code.severity is Severity.ERROR) == (
            code.category in (Category.TEXT, Category.SCHEMA)
        )
        assert code.ignorable == (code.severity is not Severity.ERROR)
        assert code.meaning
        assert code.issue("", "m").severity is code.severity


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
