"""The documentation's generated tables, from the tables in the code: the options page, the
codes page and the migration page's keys. The tests hold each page equal to them;
``python tests/pages.py`` writes them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sessionspec._convert.edge import keys
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
    Category.MIGRATION: "Migration notes: converting between the two APIs (SS5xx)",
}
_WHY = {
    Category.TEXT: "Adobe's back end",
    Category.SCHEMA: "Adobe's back end",
    Category.ADVICE: "why",
    Category.SESSION: "what the documentation says",
    Category.MIGRATION: "why",
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


def keys_table() -> str:
    """Every Media Collection API key, its Media Edge field, or where it goes instead."""
    rows = [
        "| Media Collection API | Media Edge API, in `xdm.mediaCollection` | Adobe's page |",
        "|---|---|---|",
    ]
    for key in keys():
        member, _, name = key.collection.partition("/")
        edge = f"`{key.edge.replace('/', '.')}`" if key.edge else f"none: {_cell(key.instead)}"
        rows.append(f"| `{member}` `{name}` | {edge} | {_source(key.source)} |")
    return "\n".join(rows) + "\n"


def _source(source: str) -> str:
    """A row's source as a link to the page, where it is one of Adobe's documentation."""
    name, _, path = source.partition(":")
    if not path:
        return name  # "unsourced"
    repository = _SOURCES[name].split(":", 1)[0]  # owner/name@commit
    owner_name, _, commit = repository.partition("@")
    url = f"https://github.com/{owner_name}/blob/{commit}/{path}"
    return f"[{path.rsplit('/', 1)[-1]}]({url})"


_SOURCES = json.loads(
    (Path(__file__).resolve().parent.parent / "sessionspec" / "_convert" / "keys.json").read_text()
)["sources"]


GENERATED = {
    "options.md": ("options", options_table),
    "codes.md": ("codes", codes_tables),
    "migration.md": ("keys", keys_table),
}


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
