"""The published schema file: well-formed, portable, self-explaining, offline."""

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sessionspec import validate
from sessionspec._schema import SCHEMA_DEPTH, VERSIONS, file_name, schema, schema_text

from conftest import EXAMPLES, ROOT

# Every published schema, as (family, version).
PUBLISHED = [(family, version) for family, versions in VERSIONS.items() for version in versions]
each_schema = pytest.mark.parametrize(
    ("family", "version"), PUBLISHED, ids=[f"{f}-{v}" for f, v in PUBLISHED]
)

# Keywords that mean the same in draft-07 and 2020-12 (and that hypothesis-jsonschema knows).
PORTABLE_KEYWORDS = {
    "$schema",
    "$id",
    "title",
    "description",
    "examples",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "propertyNames",
    "const",
    "enum",
    "minimum",
    "maximum",
    "pattern",
}


def _subschemas(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for key in ("properties",):
        for child in node.get(key, {}).values():
            yield from _subschemas(child)
    for key in ("additionalProperties", "propertyNames"):
        if isinstance(node.get(key), dict):
            yield from _subschemas(node[key])


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
    for node in _subschemas(schema(family, version)):
        assert node.get("description"), node


@each_schema
def test_embedded_examples_are_valid(family: str, version: str) -> None:
    examples = schema(family, version)["examples"]
    assert examples
    for example in examples:
        assert validate(example, schema_version=version), validate(example)


def test_every_param_of_1_1_says_where_it_is_documented() -> None:
    for name in ("params", "qoeData"):
        for key, rules in schema("sessionstart", "1.1")["properties"][name]["properties"].items():
            assert " Documented: " in rules["description"], key


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
    def depth(node: dict[str, Any]) -> int:
        if node.get("type") != "object":
            return 0
        children = [*node.get("properties", {}).values()]
        if isinstance(node.get("additionalProperties"), dict):
            children.append(node["additionalProperties"])
        return 1 + max(map(depth, children), default=0)

    assert depth(schema(family, version)) == SCHEMA_DEPTH
