"""Renderings of the schema for those who cannot read draft 2020-12, or read only prose."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def draft07(schema: dict[str, Any]) -> dict[str, Any]:
    """The same rules for draft-07 validators: the draft-07 ``$schema``, ``definitions`` for
    ``$defs``, an ``$id`` of its own, the draft-07 renderings of the files it refers to, and
    a tuple of ``items`` with ``additionalItems`` for ``prefixItems`` and ``items``, which
    tools that know only ``items`` read too."""
    text = json.dumps(schema).replace('"#/$defs/', '"#/definitions/')
    text = re.sub(r'("\$ref": "[^"#]+)\.schema\.json"', r'\1.draft-07.schema.json"', text)
    rendered: dict[str, Any] = json.loads(text)
    rendered["$schema"] = DRAFT_07
    rendered["$id"] = schema["$id"].replace(".schema.json", ".draft-07.schema.json")
    if "$defs" in rendered:
        rendered["definitions"] = rendered.pop("$defs")
    tupled: dict[str, Any] = _tuples(rendered)
    return tupled


def _tuples(node: Any) -> Any:
    """``node`` with each ``prefixItems`` and ``items`` as draft-07 writes them: ``items`` a
    list, ``additionalItems`` the rest."""
    if isinstance(node, list):
        return [_tuples(item) for item in node]
    if not isinstance(node, dict):
        return node
    renamed = {"prefixItems": "items", "items": "additionalItems"} if "prefixItems" in node else {}
    return {renamed.get(key, key): _tuples(value) for key, value in node.items()}


def reference_page(schema: dict[str, Any]) -> str:
    """Every member of a body in a Markdown table: where, type, required, what it is. For an
    events schema, a table for each event type."""
    lines = [
        f"# {schema['title']}",
        "",
        f"{schema['description']}",
        "",
        f"Generated from `{schema['$id'].rsplit('/', 1)[-1]}` (`{schema['$id']}`):"
        " do not edit by hand.",
    ]
    definitions = schema.get("$defs", {})
    if "allOf" not in schema:
        lines += ["", *_table(schema, definitions)]
        # Rules chosen inside the body, by a member's value (an Edge event's type).
        shown: set[str] = set()
        for event_type, pointer, rules in _dispatched(schema, definitions, ""):
            # The same value may choose rules in two places: a live event and a downloaded one.
            heading = event_type if event_type not in shown else f"{event_type}, at `{pointer}`"
            shown.add(event_type)
            lines += ["", f"## {heading}", "", _cell(rules), ""]
            lines += _table(rules, definitions, pointer)
        return "\n".join(lines) + "\n"
    for event_type in schema["properties"]["eventType"]["enum"]:
        body = definitions[event_type]
        lines += ["", f"## {event_type}", "", _cell(body), "", *_table(body, definitions)]
    return "\n".join(lines) + "\n"


def _table(body: dict[str, Any], definitions: dict[str, Any], prefix: str = "") -> list[str]:
    return [
        "| member | type | required | description |",
        "|---|---|---|---|",
        *(
            f"| `{pointer}` | {_type(rules)} | {'yes' if required else 'no'} | {_cell(rules)} |"
            for pointer, rules, required in _members(body, definitions, prefix, True)
        ),
    ]


def _dispatched(
    rules: dict[str, Any], definitions: dict[str, Any], pointer: str
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Each value an if/then below ``rules`` chooses rules for: the value, where the rules
    apply, and the rules (``then`` naming a definition for one member)."""
    if "$ref" in rules:
        rules = {**definitions[rules["$ref"].rpartition("/")[2]], **rules}
    for branch in rules.get("allOf", ()):
        for condition in branch.get("if", {}).get("properties", {}).values():
            for member, chosen in branch.get("then", {}).get("properties", {}).items():
                # The definition, and what the branch asks beside it (a member it requires).
                named = definitions[chosen["$ref"].rpartition("/")[2]]
                required = [*named.get("required", ()), *chosen.get("required", ())]
                rules_there = {**named, "required": required} if required else named
                yield condition["const"], f"{pointer}/{member}", rules_there
    for name, member in rules.get("properties", {}).items():
        yield from _dispatched(member, definitions, f"{pointer}/{name}")
    if isinstance(rules.get("items"), dict):
        yield from _dispatched(rules["items"], definitions, f"{pointer}/<each>")


def _members(
    rules: dict[str, Any], definitions: dict[str, Any], pointer: str, required: bool
) -> Iterator[Any]:
    if "$ref" in rules:  # a shared definition, with the words of the member that uses it
        rules = {**definitions[rules["$ref"].rpartition("/")[2]], **rules}
    if pointer:
        yield pointer, rules, required
    for name, member in rules.get("properties", {}).items():
        yield from _members(
            member, definitions, f"{pointer}/{name}", name in rules.get("required", ())
        )
    for nested in ("additionalProperties", "items"):
        if isinstance(rules.get(nested), dict):
            token = "<any key>" if nested == "additionalProperties" else "<each>"
            yield from _members(rules[nested], definitions, f"{pointer}/{token}", False)


def _type(rules: dict[str, Any]) -> str:
    kinds = rules.get("type", "any")
    words: str = " or ".join(kinds) if isinstance(kinds, list) else kinds
    if "const" in rules:
        words += f" `{json.dumps(rules['const'])}`"
    if "enum" in rules:
        words += ", one of " + ", ".join(f"`{json.dumps(v)}`" for v in rules["enum"])
    bounds = [f"≥ {rules['minimum']}"] if "minimum" in rules else []
    bounds += [f"≤ {rules['maximum']}"] if "maximum" in rules else []
    if "propertyNames" in rules:
        bounds.append(f"keys match `{rules['propertyNames']['pattern']}`")
    if rules.get("additionalProperties") is False:
        bounds.append("no other members" if rules.get("properties") else "empty")
    if "minProperties" in rules:
        bounds.append(f"at least {rules['minProperties']} member")
    return words + (f" ({', '.join(bounds)})" if bounds else "")


def _cell(rules: dict[str, Any]) -> str:
    return str(rules.get("description", "")).replace("|", "\\|")
