"""The project's own promises: one version, documented codes, the README's test command in CI,
and clean lint and types."""

import re
import subprocess
import sys

import pytest

import sessionspec
from sessionspec._core.issues import Category, Code, Severity

import pages
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_changelog_top_entry_is_the_package_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    top = re.search(r"^## \[([^\]]+)\]", changelog, re.MULTILINE)
    assert top is not None
    assert top.group(1) == sessionspec.__version__


@pytest.mark.parametrize("page", sorted(pages.GENERATED))
def test_each_generated_page_shows_the_table_it_comes_from(page: str) -> None:
    # After a change to the codes or the options: python tests/pages.py
    assert (ROOT / "docs" / page).read_text(encoding="utf-8") == pages.expected(page)


def test_every_code_is_on_the_codes_page_and_explained() -> None:
    page = (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    assert set(re.findall(r"^\| (SS\d{3}) \|", page, re.MULTILINE)) == {c.value for c in Code}
    for code in Code:
        assert code.why
        assert code.example


LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize(
    "page", ["README.md", *(f"docs/{p.name}" for p in sorted((ROOT / "docs").glob("*.md")))]
)
def test_every_link_of_the_documentation_leads_to_a_file(page: str) -> None:
    path = ROOT / page
    for target in LINK.findall(path.read_text(encoding="utf-8")):
        if "://" not in target:
            assert (path.parent / target).exists(), f"{page}: {target}"


def test_each_code_is_declared_with_the_severity_and_category_of_its_series() -> None:
    series = {
        "1": Category.TEXT,
        "2": Category.SCHEMA,
        "3": Category.ADVICE,
        "4": Category.SESSION,
        "5": Category.MIGRATION,
    }
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
    [test_command] = re.findall(r"<!-- test command -->\n```sh\n(.+?)\n```", README)
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
