"""The published schema file: well-formed, portable, self-explaining, offline."""

import io
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sessionspec import validate, validate_edge, validate_event
from sessionspec._catalog.schema import (
    FAMILIES,
    SCHEMA_DEPTH,
    VERSIONS,
    Family,
    file_name,
    latest,
    schema,
    schema_text,
    target,
)
from sessionspec._faces.cli import run
from sessionspec._judge import lint as _lint
from sessionspec._settings import OPTIONS

from conftest import EXAMPLES, ROOT

# Every published schema, as (family, version).
PUBLISHED = [(family, version) for family, versions in VERSIONS.items() for version in versions]
each_schema = pytest.mark.parametrize(
    ("family", "version"), PUBLISHED, ids=[f"{f}-{v}" for f, v in PUBLISHED]
)

# Keywords that mean the same in draft-07 and 2020-12 (and that hypothesis-jsonschema knows);
# $defs is renamed definitions in the draft-07 rendering, and prefixItems (a downloaded
# session's first event) a tuple of items.
PORTABLE_KEYWORDS = {
    "prefixItems",
    "minItems",
    "minLength",
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "examples",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "propertyNames",
    "minProperties",
    "items",
    "allOf",
    "if",
    "then",
    "const",
    "enum",
    "minimum",
    "maximum",
    "pattern",
}


def _subschemas(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    children: list[Any] = [*node.get("properties", {}).values(), *node.get("$defs", {}).values()]
    children += [node.get(key) for key in ("additionalProperties", "propertyNames", "items")]
    for rule in node.get("allOf", []):
        children += [rule["if"], rule["then"]]
    for child in children:
        if isinstance(child, dict):
            yield from _subschemas(child)


def _members(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The schema of every member a body may hold, and of each event type."""
    for child in [*node.get("properties", {}).values(), *node.get("$defs", {}).values()]:
        yield child
        yield from _members(child)
    for key in ("additionalProperties", "items"):
        if isinstance(node.get(key), dict):
            yield node[key]
            yield from _members(node[key])


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_every_family_goes_through_the_same_table(family: Family) -> None:
    # A family is its files and one row in each stage's table, nothing written for it alone.
    for version in family.versions:
        for rendering in ("schema.json", "draft-07.schema.json", "reference.md"):
            assert (ROOT / "schemas" / f"{family.name}-{version}.{rendering}").is_file()
        newest = schema(family.name, version)
        # A definition per event type at the top, chosen by the body's own eventType.
        top = newest["properties"].get("eventType", {})
        assert family.by_event_type == ("enum" in top)
    pins = [o for o in OPTIONS if o.family == family.name]
    assert [o.name for o in pins] == [family.version_option]
    assert family.name in _lint._RULES
    assert run(["schema", family.name, "--version", family.versions[0]], stdout=io.StringIO()) == 0
    assert str(target(family.name)) == f"{family.label} schema {family.versions[-1]}"


@each_schema
def test_bundled_schema_is_the_published_file(family: str, version: str) -> None:
    published = ROOT / "schemas" / file_name(family, version)
    assert schema_text(family, version) == published.read_text(encoding="utf-8")


@each_schema
def test_schema_is_valid_against_its_metaschema(family: str, version: str) -> None:
    assert schema(family, version)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema(family, version))


@each_schema
def test_schema_uses_only_portable_keywords(family: str, version: str) -> None:
    used = {keyword for node in _subschemas(schema(family, version)) for keyword in node}
    assert used <= PORTABLE_KEYWORDS, used - PORTABLE_KEYWORDS


@each_schema
def test_patterns_anchor_the_end_only_with_a_final_dollar(family: str, version: str) -> None:
    # The reference engine reads a final "$" as ECMA-262 does; any other "$" would be misread.
    nodes = _subschemas(schema(family, version))
    patterns = [node["pattern"] for node in nodes if "pattern" in node]
    assert patterns
    for pattern in patterns:
        assert "$" not in pattern[:-1], pattern


@each_schema
def test_id_is_absolute_and_names_the_file(family: str, version: str) -> None:
    schema_id = schema(family, version)["$id"]
    assert re.match(r"^https://[^/]+/", schema_id)
    assert schema_id.endswith("/" + file_name(family, version))


@each_schema
def test_every_member_is_described(family: str, version: str) -> None:
    for node in _members(schema(family, version)):
        assert node.get("description"), node


@each_schema
def test_embedded_examples_are_valid(family: str, version: str) -> None:
    examples = schema(family, version)["examples"]
    assert examples
    check = {"sessionstart": validate, "events": validate_event, "edge": validate_edge}[family]
    for example in examples:
        assert check(example, schema_version=version), check(example)


def test_every_param_says_where_it_is_documented() -> None:
    for name in ("params", "qoeData"):
        for key, rules in schema("sessionstart", "1.1")["properties"][name]["properties"].items():
            assert " Documented: " in rules["description"], key
    events = schema("events", "1.0")
    for event_type in events["properties"]["eventType"]["enum"]:
        params = events["$defs"][event_type]["properties"].get("params", {})
        assert " Documented: " in params.get("description", " Documented: "), event_type
        for key, rules in params.get("properties", {}).items():
            assert " Documented: " in rules["description"], (event_type, key)


def test_events_schema_has_one_definition_per_event_type_chosen_by_event_type() -> None:
    events = schema("events", "1.0")
    types = events["properties"]["eventType"]["enum"]
    assert len(types) == 19
    assert "sessionStart" not in types
    assert [rule["then"]["$ref"] for rule in events["allOf"]] == [f"#/$defs/{t}" for t in types]
    for event_type in types:
        rules = events["$defs"][event_type]
        assert rules["properties"]["eventType"]["const"] == event_type
        assert rules["additionalProperties"] is False
        assert {"playerTime", "eventType"} <= set(rules["required"])
    assert "params" not in events["$defs"]["ping"]["properties"]
    with_metadata = [t for t in types if "customMetadata" in events["$defs"][t]["properties"]]
    assert with_metadata == ["adStart", "chapterStart"]


def test_required_members_match_the_api_documentation() -> None:
    assert schema()["required"] == ["playerTime", "eventType", "params"]
    assert set(schema()["properties"]) == {
        "playerTime",
        "eventType",
        "params",
        "customMetadata",
        "qoeData",
    }
    assert set(schema()["properties"]["params"]["required"]) == {
        "analytics.trackingServer",
        "analytics.reportSuite",
        "visitor.marketingCloudOrgId",
        "media.id",
        "media.length",
        "media.contentType",
        "media.playerName",
        "media.channel",
    }
    assert len(schema()["properties"]["params"]["properties"]) == 46
    assert len(schema()["properties"]["qoeData"]["properties"]) == 6


def test_1_1_only_adds_params_to_1_0() -> None:
    """A minor version only makes invalid bodies valid: 1.1 is 1.0 with more optional params
    (and more words)."""

    def rules_only(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: rules_only(v)
                for k, v in node.items()
                if k not in ("description", "title", "$id", "examples")
            }
        return node

    old, new = rules_only(schema("sessionstart", "1.0")), rules_only(schema("sessionstart", "1.1"))
    added = set(new["properties"]["params"]["properties"]) - set(
        old["properties"]["params"]["properties"]
    )
    assert added == {
        "media.downloaded",
        "media.artist",
        "media.album",
        "media.label",
        "media.author",
        "media.station",
    }
    for key in added:
        del new["properties"]["params"]["properties"][key]
    assert new == old


@pytest.mark.parametrize("version", VERSIONS["sessionstart"])
@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.json")), ids=lambda p: p.stem)
def test_documented_samples_are_valid(path: Path, version: str) -> None:
    assert validate(path.read_bytes(), schema_version=version)


def test_validating_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    bad = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    bad["params"]["media.length"] = "long"
    assert not validate(bad)
    assert validate(json.dumps(schema()["examples"][0]))


@each_schema
def test_schema_depth_is_how_deep_the_schema_nests_objects(family: str, version: str) -> None:
    published = schema(family, version)

    def depth(node: dict[str, Any]) -> int:
        if "$ref" in node:
            node = published["$defs"][node["$ref"].rpartition("/")[2]]
        if node.get("type") not in ("object", "array"):
            return 0
        children = [*node.get("properties", {}).values()]
        children += [
            node[key]
            for key in ("additionalProperties", "items")
            if isinstance(node.get(key), dict)
        ]
        return 1 + max(map(depth, children), default=0)

    if family == "events":  # a body of each event type
        bodies = [published["$defs"][t] for t in published["properties"]["eventType"]["enum"]]
        assert max(map(depth, bodies)) <= SCHEMA_DEPTH
    elif family == "edge":  # the body down to mediaCollection, then that of each event type
        media = [published["$defs"][name] for name in published["$defs"] if "." in name]
        deepest = depth(published) - 1 + max(map(depth, media))
        # The newest goes deepest (a downloaded session holds its events a level down).
        assert deepest == SCHEMA_DEPTH if version == latest(family) else deepest < SCHEMA_DEPTH
    else:
        assert depth(published) <= SCHEMA_DEPTH
