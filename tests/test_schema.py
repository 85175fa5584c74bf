"""The published schema file: well-formed, portable, self-explaining, offline."""

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sessionspec import SCHEMA_VERSION, validate
from sessionspec._schema import SCHEMA_DEPTH, schema, schema_text

from conftest import EXAMPLES, ROOT

SCHEMA_FILE = ROOT / "schemas" / f"sessionstart-{SCHEMA_VERSION}.schema.json"

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


def test_bundled_schema_is_the_published_file() -> None:
    assert schema_text() == SCHEMA_FILE.read_text(encoding="utf-8")


def test_schema_is_valid_against_its_metaschema() -> None:
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema())


def test_schema_uses_only_portable_keywords() -> None:
    used = {keyword for node in _subschemas(schema()) for keyword in node}
    assert used <= PORTABLE_KEYWORDS, used - PORTABLE_KEYWORDS


def test_patterns_anchor_the_end_only_with_a_final_dollar() -> None:
    # The reference engine reads a final "$" as ECMA-262 does; any other "$" would be misread.
    patterns = [node["pattern"] for node in _subschemas(schema()) if "pattern" in node]
    assert patterns
    for pattern in patterns:
        assert "$" not in pattern[:-1], pattern


def test_id_is_absolute_and_names_the_version() -> None:
    schema_id = schema()["$id"]
    assert re.match(r"^https://[^/]+/", schema_id)
    assert SCHEMA_VERSION in schema_id


def test_every_member_is_described() -> None:
    for node in _subschemas(schema()):
        assert node.get("description"), node


def test_embedded_examples_are_valid() -> None:
    assert schema()["examples"]
    for example in schema()["examples"]:
        assert validate(example), validate(example)


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
    assert len(schema()["properties"]["params"]["properties"]) == 40
    assert len(schema()["properties"]["qoeData"]["properties"]) == 6


@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.json")), ids=lambda p: p.stem)
def test_documented_samples_are_valid(path: Path) -> None:
    assert validate(path.read_bytes())


def test_validating_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    bad = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    bad["params"]["media.length"] = "long"
    assert not validate(bad)
    assert validate(json.dumps(schema()["examples"][0]))


def test_schema_depth_is_how_deep_the_schema_nests_objects() -> None:
    def depth(node: dict[str, Any]) -> int:
        if node.get("type") != "object":
            return 0
        children = [*node.get("properties", {}).values()]
        if isinstance(node.get("additionalProperties"), dict):
            children.append(node["additionalProperties"])
        return 1 + max(map(depth, children), default=0)

    assert depth(schema()) == SCHEMA_DEPTH
