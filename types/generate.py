"""Make the typed bodies from the newest published schemas, never by hand:

    python types/generate.py [OUTPUT_FOLDER]

writes ``types/index.d.ts`` (TypeScript, with json-schema-to-typescript, from the npm
development dependencies) and ``sessionspec/types.py`` (TypedDicts, with
datamodel-code-generator, from the test extra), or both into OUTPUT_FOLDER. Both tools read one
schema made here from the sessionStart, events and Media Edge schemas, in which every type has
its name: ``SessionStartBody``, one ``<EventType>Body`` per event type, ``EventBody`` (their
union) and ``MediaCollectionBody`` (any body); ``Edge<EventType>Body``, ``EdgeDownloadedBody``
and ``MediaEdgeBody`` (any Media Edge body).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sessionspec._catalog.schema import (  # noqa: E402
    EDGE,
    EVENTS,
    SESSIONSTART,
    in_batch,
    latest,
    rules,
    schema,
    target,
)

TYPESCRIPT = "types/index.d.ts"
PYTHON = "sessionspec/types.py"

# The members every body shares, by their names in the events schema.
SHARED = {"playerTime": "PlayerTime", "customMetadata": "CustomMetadata", "qoeData": "QoeData"}

HEADER = (
    "Typed bodies of Adobe's Media Collection API, generated from sessionStart schema {start}"
    " and events schema {events}; do not edit: run python types/generate.py."
)

COMPILE_TYPESCRIPT = """
import { compile } from "json-schema-to-typescript";
import { readFileSync, writeFileSync } from "node:fs";
const [source, target, banner] = process.argv.slice(1);
const schema = JSON.parse(readFileSync(source, "utf8"));
const options = { bannerComment: `/* ${banner} */`, additionalProperties: false, format: true };
const collection = await compile(schema, "MediaCollectionBody", options);
// The Media Edge API's bodies, which no Media Collection body refers to, from their own root.
const { description, anyOf } = schema.$defs.MediaEdgeBody;
const edge = {
  $schema: schema.$schema,
  title: "MediaEdgeBody",
  description,
  anyOf,
  $defs: schema.$defs,
};
const edgeTypes = await compile(edge, "MediaEdgeBody", { ...options, bannerComment: "" });
writeFileSync(target, collection + "\\n" + edgeTypes);
"""


def named_schema() -> dict[str, Any]:
    """One schema of every body, each object type titled with its name."""
    start, events = schema(SESSIONSTART), schema(EVENTS)
    definitions: dict[str, Any] = {
        name: {**events["$defs"][member], "title": name} for member, name in SHARED.items()
    }
    # A live session's sessionStart, and that of a downloaded batch, which alone may say
    # media.downloaded: true.
    for prefix, rules_of_start in (
        ("", start),
        ("Downloaded", rules(in_batch(target(SESSIONSTART)))),
    ):
        body = {key: rules_of_start[key] for key in ("type", "properties", "required")}
        body["description"] = (
            rules_of_start["description"]
            if not prefix
            else "The sessionStart that opens a downloaded-content batch."
        )
        body["additionalProperties"] = False
        definitions[f"{prefix}SessionStartBody"] = _shared(_titled(body, f"{prefix}SessionStart"))
    event_types = events["properties"]["eventType"]["enum"]
    for event_type in event_types:
        name = event_type[0].upper() + event_type[1:]
        definitions[f"{name}Body"] = _shared(_titled(events["$defs"][event_type], name))
    definitions["EventBody"] = {
        "title": "EventBody",
        "description": "Any body of POST /api/v1/sessions/{sid}/events.",
        "anyOf": [{"$ref": f"#/$defs/{_name(t)}Body"} for t in event_types],
    }
    # In the form both tools read as a tuple: the sessionStart, then any number of events.
    definitions["DownloadedBatch"] = {
        "title": "DownloadedBatch",
        "description": "The body of POST /api/v1/downloaded: one downloaded session's calls,"
        " its sessionStart first.",
        "type": "array",
        "items": [{"$ref": "#/$defs/DownloadedSessionStartBody"}],
        "additionalItems": {"$ref": "#/$defs/EventBody"},
        "minItems": 1,
    }
    definitions.update(_edge_definitions())
    return {
        "$schema": start["$schema"],
        "title": "MediaCollectionBody",
        "description": "Any body sent to Adobe's Media Collection API.",
        "anyOf": [
            {"$ref": f"#/$defs/{name}"}
            for name in ("SessionStartBody", "EventBody", "DownloadedBatch")
        ],
        "$defs": definitions,
    }


# The Media Edge API's shared types, by their names in the Edge schema.
EDGE_SHARED = {
    "qoeDataDetails": "QoeDataDetails",
    "customMetadata": "EdgeCustomMetadata",
    "sessionDetails": "SessionDetails",
    "advertisingDetails": "AdvertisingDetails",
    "advertisingPodDetails": "AdvertisingPodDetails",
    "chapterDetails": "ChapterDetails",
    "errorDetails": "ErrorDetails",
    "playerState": "PlayerState",
}


# What an Experience Event carries beside the media data, which the Edge lets through and
# Adobe's clients send: typed here so that a closed TypedDict takes them too.
EXPERIENCE_EVENT = {
    "identityMap": {"type": "object", "description": "The visitor's identities."},
    "implementationDetails": {"type": "object", "description": "The client that sent it."},
}
# Beside events, a request's own members.
REQUEST = {
    "meta": {"type": "object", "description": "Overrides of the datastream's configuration."},
    "query": {"type": "object", "description": "What the answer should hold."},
}


def _edge_definitions() -> dict[str, Any]:
    """The Media Edge API's bodies: ``Edge<EventType>Body`` for each live event type (its
    ``mediaCollection`` typed ``<EventType>MediaCollection``, the session ID required),
    ``EdgeDownloadedBody`` and ``MediaEdgeBody`` (any of them). Members the Edge lets through
    (``identityMap``, ``_id``...) are typed as any other key."""
    edge = schema(EDGE)
    found: dict[str, Any] = {}
    for member, name in EDGE_SHARED.items():
        found[name] = _edge_refs({**edge["$defs"][member], "title": name})
    live = edge["$defs"]["xdm"]["properties"]["eventType"]["enum"]
    live = [event_type for event_type in live if event_type != "media.downloaded"]
    downloaded_events = []
    for event_type in live:
        name = _name(event_type.removeprefix("media."))
        collection = _edge_refs({**edge["$defs"][event_type], "title": f"{name}MediaCollection"})
        found[f"{name}MediaCollection"] = collection
        live_collection = json.loads(json.dumps(collection))
        live_collection["title"] = f"Live{name}MediaCollection"
        if event_type != "media.sessionStart":
            live_collection["required"] = [*collection.get("required", ()), "sessionID"]
        found[f"Live{name}MediaCollection"] = live_collection
        found[f"Edge{name}Xdm"] = _event(
            f"Edge{name}Xdm",
            f"The XDM data of a {event_type} event.",
            ("eventType", "timestamp"),
            event_type,
            f"Live{name}MediaCollection",
            EXPERIENCE_EVENT,
        )
        found[f"Edge{name}Body"] = _edge_body(
            f"Edge{name}",
            f"The body of POST https://edge.adobedc.net/ee/va/v1/{event_type[6:]}.",
            f"#/$defs/Edge{name}Xdm",
        )
        downloaded_events.append(
            _event(
                f"Downloaded{name}Event",
                f"A {event_type} event of a downloaded session.",
                ("mediaEventType", "mediaEventTimestamp"),
                event_type,
                f"{name}MediaCollection",
            )
        )
    found["DownloadedEvent"] = {
        "title": "DownloadedEvent",
        "description": "An event of a downloaded session.",
        "anyOf": downloaded_events,
    }
    found["EdgeDownloadedXdm"] = {
        "title": "EdgeDownloadedXdm",
        "type": "object",
        "description": "The XDM data of a downloaded session: its events, sessionStart first.",
        "properties": {
            "eventType": {"const": "media.downloaded"},
            **EXPERIENCE_EVENT,
            "mediaDownloadedEvents": {
                "type": "array",
                "items": [{"$ref": "#/$defs/DownloadedSessionStartEvent"}],
                "additionalItems": {"$ref": "#/$defs/DownloadedEvent"},
                "minItems": 1,
            },
        },
        "required": ["eventType", "mediaDownloadedEvents"],
        "additionalProperties": True,
    }
    found["DownloadedSessionStartEvent"] = downloaded_events[0]
    found["DownloadedEvent"]["anyOf"] = [
        {"$ref": "#/$defs/DownloadedSessionStartEvent"},
        *downloaded_events[1:],
    ]
    found["EdgeDownloadedBody"] = _edge_body(
        "EdgeDownloaded",
        "The body of POST https://edge.adobedc.net/ee/va/v1/downloaded.",
        "#/$defs/EdgeDownloadedXdm",
    )
    found["MediaEdgeBody"] = {
        "title": "MediaEdgeBody",
        "description": "Any body sent to Adobe's Media Edge API.",
        "anyOf": [{"$ref": f"#/$defs/Edge{_name(t.removeprefix('media.'))}Body"} for t in live]
        + [{"$ref": "#/$defs/EdgeDownloadedBody"}],
    }
    return found


def _event(
    title: str,
    description: str,
    names: tuple[str, str],
    event_type: str,
    collection: str,
    beside: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An Edge event: its type and time under ``names`` (a live event's xdm, or an event of a
    downloaded session), and its ``mediaCollection`` of the definition ``collection``."""
    type_name, time_name = names
    return {
        "title": title,
        "type": "object",
        "description": description,
        "properties": {
            type_name: {"const": event_type},
            time_name: {**schema(EDGE)["$defs"]["timestamp"]},
            "mediaCollection": {"$ref": f"#/$defs/{collection}"},
            **(beside or {}),
        },
        "required": [type_name, time_name, "mediaCollection"],
        "additionalProperties": True,
    }


def _edge_body(name: str, description: str, xdm: str) -> dict[str, Any]:
    """``<name>Body``: its events, each ``<name>Event``, holding the xdm of ``xdm``."""
    return {
        "title": f"{name}Body",
        "type": "object",
        "description": description,
        "properties": {
            "events": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "title": f"{name}Event",
                    "type": "object",
                    "description": "The event.",
                    "properties": {"xdm": {"$ref": xdm}},
                    "required": ["xdm"],
                    "additionalProperties": True,
                },
            },
            **REQUEST,
        },
        "required": ["events"],
        "additionalProperties": True,
    }


def _edge_refs(node: Any) -> Any:
    """``node`` with its references to the Edge schema's shared types by their names here, and
    its objects open (the Edge lets other members through)."""
    if isinstance(node, list):
        return [_edge_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target_name = node["$ref"].rpartition("/")[2]
        if target_name in EDGE_SHARED:
            return {
                "$ref": f"#/$defs/{EDGE_SHARED[target_name]}",
                "description": node.get("description", ""),
            }
        return {**schema(EDGE)["$defs"][target_name], "description": node.get("description", "")}
    opened = {key: _edge_refs(value) for key, value in node.items()}
    if opened.get("type") == "object" and "additionalProperties" not in opened:
        opened["additionalProperties"] = True
    return opened


def _name(event_type: str) -> str:
    return event_type[0].upper() + event_type[1:]


def _titled(body: dict[str, Any], name: str) -> dict[str, Any]:
    """The body titled ``<name>Body``, its params ``<name>Params``."""
    titled: dict[str, Any] = json.loads(json.dumps(body))
    titled["title"] = f"{name}Body"
    params = titled.get("properties", {}).get("params")
    if isinstance(params, dict) and params.get("properties"):
        params["title"] = f"{name}Params"
    customer_ids = (
        titled.get("properties", {})
        .get("params", {})
        .get("properties", {})
        .get("visitor.customerIDs", {})
        .get("additionalProperties")
    )
    if isinstance(customer_ids, dict):
        customer_ids["title"] = "CustomerId"
    return titled


def _shared(body: dict[str, Any]) -> dict[str, Any]:
    """The body with its shared members referring to the one definition of each. A member it
    may carry only empty keeps its own rules, typed in TypeScript as an object with no key:
    ``{}`` there would take any value but null."""
    for member, name in SHARED.items():
        rules = body.get("properties", {}).get(member)
        if rules is not None and rules.get("properties") != {}:
            body["properties"][member] = {"$ref": f"#/$defs/{name}"}
    members = body.get("properties", {})
    for name, rules in members.items():
        if rules.get("properties") == {} and rules.get("additionalProperties") is False:
            rules["tsType"] = "Record<string, never>"
        elif rules.get("minProperties") == 1 and not rules.get("required"):
            members[name] = _one_required(rules)
    return body


def _one_required(rules: dict[str, Any]) -> dict[str, Any]:
    """An object that needs at least one of its optional members, as a union of variants that
    each require one (statesUpdate's lists): both type systems can say that, not minProperties."""
    variant = {key: rules[key] for key in ("type", "properties", "additionalProperties")}
    variants = [
        {**variant, "title": f"{rules['title']}With{_name(member)}", "required": [member]}
        for member in rules["properties"]
    ]
    return {"title": rules["title"], "description": rules["description"], "anyOf": variants}


def generate(folder: Path) -> None:
    banner = HEADER.format(start=latest(SESSIONSTART), events=latest(EVENTS))
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "bodies.schema.json"
        source.write_text(json.dumps(named_schema(), indent=2), encoding="utf-8")
        typescript = folder / TYPESCRIPT
        typescript.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "node",
                "--input-type=module",
                "-e",
                COMPILE_TYPESCRIPT,
                str(source),
                str(typescript),
                banner,
            ],
            cwd=ROOT,
            check=True,
        )
        python = folder / PYTHON
        python.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(source),
                "--input-file-type",
                "jsonschema",
                "--output",
                str(python),
                "--output-model-type",
                "typing.TypedDict",
                "--target-python-version",
                "3.10",
                "--use-title-as-name",
                "--use-schema-description",
                "--use-field-description",
                "--no-use-closed-typed-dict",
                "--formatters",
                "builtin",
                "--disable-timestamp",
                "--custom-file-header",
                f'"""{banner}"""',
            ],
            check=True,
        )


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
