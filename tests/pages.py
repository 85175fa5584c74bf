"""The documentation's generated tables, from the tables in the code: the options page and the
codes page. The tests hold each page equal to them; ``python tests/pages.py`` writes them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sessionspec._core.issues import Category, Code
from sessionspec._settings import CLI, CONFIG, OPTIONS, PYTHON

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, frozenset):
        return "none" if not value else ", ".join(sorted(value))
    if value is None:
        return "the newest"
    return f"`{value:,}`" if isinstance(value, int) else f"`{value}`"


def options_table() -> str:
    """Every option: its Python keyword, flags, configuration key, defaults and meaning."""
    rows = [
        "| Python keyword | Command line | `[tool.sessionspec]` | Default (Python) "
        "| Default (command line) | What it does |",
        "|---|---|---|---|---|---|",
    ]
    for option in OPTIONS:
        flag = f"`--{option.key}`" if CLI in option.faces else ""
        if CLI in option.faces and isinstance(option.default, bool):
            flag = f"`--{option.key}`, `--no-{option.key}`"
        python = f"`{option.name}`" if PYTHON in option.faces else ""
        config = f"`{option.key}`" if CONFIG in option.faces else ""
        python_default = _shown(option.default) if PYTHON in option.faces else ""
        rows.append(
            f"| {python} | {flag} | {config} | {python_default} | {_shown(option.on_cli)} "
            f"| {option.help} |"
        )
    return "\n".join(rows) + "\n"


_HEADINGS = {
    Category.TEXT: "Errors: the text or the Python value (SS1xx)",
    Category.SCHEMA: "Errors: the body (SS2xx)",
    Category.ADVICE: "Warnings and infos: advice (SS3xx)",
    Category.SESSION: "Session findings (SS4xx)",
}
_WHY = {
    Category.TEXT: "Adobe's back end",
    Category.SCHEMA: "Adobe's back end",
    Category.ADVICE: "why",
    Category.SESSION: "what the documentation says",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def codes_tables() -> str:
    """A table of the codes of each category, as ``sessionspec explain`` tells them."""
    parts = []
    for category, heading in _HEADINGS.items():
        parts += [
            f"## {heading}",
            "",
            f"| code | severity | rule | {_WHY[category]} | for example |",
            "|---|---|---|---|---|",
        ]
        for code in Code:
            if code.category is category:
                cells = (code.rule, code.why, f"`{code.example}`")
                parts.append(
                    f"| {code.value} | {code.severity.value} | "
                    + " | ".join(_cell(c) for c in cells)
                    + " |"
                )
        parts.append("")
    return "\n".join(parts)


GENERATED = {"options.md": ("options", options_table), "codes.md": ("codes", codes_tables)}


def expected(page: str) -> str:
    """The page as it should be: its text with its generated table made again."""
    marker, table = GENERATED[page]
    text = (DOCS / page).read_text(encoding="utf-8")
    pattern = re.compile(rf"(<!-- {marker} -->\n).*?(<!-- /{marker} -->)", re.DOTALL)
    if not pattern.search(text):
        raise AssertionError(f"docs/{page} has no <!-- {marker} --> table")
    return pattern.sub(lambda m: m.group(1) + table() + m.group(2), text)


if __name__ == "__main__":
    for page in GENERATED:
        (DOCS / page).write_text(expected(page), encoding="utf-8")
