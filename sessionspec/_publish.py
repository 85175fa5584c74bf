"""Renderings of the schema for those who cannot read draft 2020-12, or read only prose."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def draft07(schema: dict[str, Any]) -> dict[str, Any]:
    """The same rules for draft-07 validators: the draft-07 ``$schema``, ``definitions`` for
    ``$defs``, and an ``$id`` of its own."""
    text = json.dumps(schema).replace('"#/$defs/', '"#/definitions/')
    rendered: dict[str, Any] = json.loads(text)
    rendered["$schema"] = DRAFT_07
    rendered["$id"] = schema["$id"].replace(".schema.json", ".draft-07.schema.json")
    if "$defs" in rendered:
        rendered["definitions"] = rendered.pop("$defs")
    return rendered


def reference_page(schema: dict[str, Any]) -> str:
    """Every member of a body in a Markdown table: where, type, required, what it is."""
    lines = [
        f"# {schema['title']}",
        "",
        f"{schema['description']}",
        "",
        f"Generated from `{schema['$id'].rsplit('/', 1)[-1]}` (`{schema['$id']}`):"
        " do not edit by hand.",
        "",
        "| member | type | required | description |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| `{pointer}` | {_type(rules)} | {'yes' if required else 'no'} | {_cell(rules)} |"
        for pointer, rules, required in _members(schema, "", True)
    ]
    return "\n".join(lines) + "\n"


def _members(rules: dict[str, Any], pointer: str, required: bool) -> Iterator[Any]:
    if pointer:
        yield pointer, rules, required
    for name, member in rules.get("properties", {}).items():
        yield from _members(member, f"{pointer}/{name}", name in rules.get("required", ()))
    others = rules.get("additionalProperties")
    if isinstance(others, dict):
        yield from _members(others, f"{pointer}/<any key>", False)


def _type(rules: dict[str, Any]) -> str:
    words: str = rules["type"]
    if "const" in rules:
        words += f" `{json.dumps(rules['const'])}`"
    if "enum" in rules:
        words += ", one of " + ", ".join(f"`{json.dumps(v)}`" for v in rules["enum"])
    bounds = [f"≥ {rules['minimum']}"] if "minimum" in rules else []
    bounds += [f"≤ {rules['maximum']}"] if "maximum" in rules else []
    if "propertyNames" in rules:
        bounds.append(f"keys match `{rules['propertyNames']['pattern']}`")
    if rules.get("additionalProperties") is False:
        bounds.append("no other members")
    return words + (f" ({', '.join(bounds)})" if bounds else "")


def _cell(rules: dict[str, Any]) -> str:
    return str(rules.get("description", "")).replace("|", "\\|")
