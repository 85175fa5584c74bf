"""The schema as a product of its own: released files pinned, renderings in sync, and other
validators (Ajv in JavaScript, check-jsonschema, OpenAPI tools) reading it as we do."""

import contextlib
import copy
import hashlib
import http.server
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlparse

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import sessionspec
from sessionspec import (
    Settings,
    parse_location,
    validate,
    validate_batch,
    validate_edge,
    validate_event,
)
from sessionspec._catalog.schema import VERSIONS, Endpoint, refuses_downloaded_flag, target
from sessionspec._faces.cli import run
from sessionspec._judge.pipeline import checked
from sessionspec._read.location import PATTERN
from sessionspec._read.text import ParseFailure, loads
from sessionspec.testing import (
    faulty_batches,
    faulty_bodies,
    faulty_events,
    valid_batches,
    valid_bodies,
    valid_events,
)

from conftest import EXAMPLES, ROOT

SCHEMAS = ROOT / "schemas"
CLIENTS = ROOT / "tests" / "clients"

# A released schema file never changes: a change is a new file with a new version.
RELEASED = {  # file name: SHA-256
    "sessionstart-1.0.schema.json": (
        "482725b69e857a0d6486381bc54809a142adb25aac9a4f6621dfa2d4d7a8089f"
    ),
    "sessionstart-1.0.draft-07.schema.json": (
        "afe1838eb39f3d52db2efe4c0defc7a936122e15a671f8ff6d6bd54a69194195"
    ),
    "sessionstart-1.1.schema.json": (
        "8ebb04c46689f4c7dc0a7a3b8601db184b05618ed02c6878725d40c60175de51"
    ),
    "sessionstart-1.1.draft-07.schema.json": (
        "401c3ecfdc724f73d9d32ed5df02f9ad8ea51a868108c100a5b0216318f63d73"
    ),
    "events-1.0.schema.json": "00463d2ed1f80dd057ab3d0aea09cf80f655283a4f7e62b62c4c54af3fbc3110",
    "events-1.0.draft-07.schema.json": (
        "93d26e0ef30a04aafa49f1f00d8bde4922ebddd5e7d48dea1430473a7868cb37"
    ),
    "events-2.0.schema.json": "71ce53c422da5515709f430138cbf996b7a8805a0a2edc7fecc326e6bc15fe62",
    "events-2.0.draft-07.schema.json": (
        "71b52ced44f2a984a43088ffb2108bad837a1046d6e8430ffa88eb51bffd7281"
    ),
    "sessionstart-2.0.schema.json": (
        "f657e740ae8bcbba9c975666f6efa898bfb98d1a20787aa9e037499fbd2acd0a"
    ),
    "sessionstart-2.0.draft-07.schema.json": (
        "fa308709d4573b57dea04da6383006ec90e91b2542e8072643d2143f50930eed"
    ),
    "edge-1.0.schema.json": ("a0da5bc4c78003d13c906d2fb923d21caddd2ba93bbf222a68b2e852063e6354"),
    "edge-1.0.draft-07.schema.json": (
        "cdb065f7165dc120d2ae357d97f3d757614290c4129d0866bdc4d6cdff0c3933"
    ),
    "edge-1.1.schema.json": ("29b4f66500bd8cd6fef939758ca9958ab6001114d191e0557d742e94f53792b5"),
    "edge-1.1.draft-07.schema.json": (
        "da1bde9cfe860142b0bd4f7f1cbfde2e070b645e420189d0a0771857ae44158f"
    ),
    "downloaded-batch-1.0.schema.json": (
        "e3ad67281d9059becca5faa7ce0fadeb569a1d9a1e268e58473ea04ecbb267ab"
    ),
    "downloaded-batch-1.0.draft-07.schema.json": (
        "678760d14c11910ea942fc7de1d555ec10ea7d78eb75bb2b2aa2b1383c7c8f1c"
    ),
}
SESSIONSTART_VERSIONS = VERSIONS["sessionstart"]
PUBLISHED = [(family, version) for family, versions in VERSIONS.items() for version in versions]
# file name: the command that makes it from the 2020-12 source
RENDERINGS = {
    f"{family}-{version}.{ending}": ["schema", family, "--as", rendering, "--version", version]
    for family, version in PUBLISHED
    for ending, rendering in (("draft-07.schema.json", "draft-07"), ("reference.md", "reference"))
}


def test_released_schema_files_never_change() -> None:
    published = {p.name for p in SCHEMAS.glob("*.schema.json")}
    assert published == set(RELEASED), "pin every published schema file here"
    for name, digest in RELEASED.items():
        assert hashlib.sha256((SCHEMAS / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize(("name", "argv"), RENDERINGS.items(), ids=list(RENDERINGS))
def test_committed_renderings_are_what_the_command_produces(name: str, argv: list[str]) -> None:
    """Made with: sessionspec schema --as RENDERING --version VERSION > schemas/NAME"""
    out = io.StringIO()
    assert run(argv, stdout=out) == 0
    assert (SCHEMAS / name).read_text(encoding="utf-8") == out.getvalue()


@pytest.mark.parametrize(("family", "version"), PUBLISHED)
def test_draft07_rendering_is_a_valid_draft07_schema(family: str, version: str) -> None:
    import jsonschema

    name = f"{family}-{version}.draft-07.schema.json"
    rendered = json.loads((SCHEMAS / name).read_text())
    assert rendered["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert rendered["$id"].endswith(name)
    assert "$defs" not in rendered
    jsonschema.Draft7Validator.check_schema(rendered)


def test_the_schemas_page_links_the_reference_pages() -> None:
    page = (ROOT / "docs" / "schemas.md").read_text(encoding="utf-8")
    for family, version in PUBLISHED:
        assert f"schemas/{family}-{version}.reference.md" in page


def collect(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    """``count`` examples of ``strategy``, the same on every run."""
    found: list[Any] = []

    @settings(
        max_examples=count,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def gather(value: Any) -> None:
        found.append(value)

    gather()
    return found


def files_that_are_json(*folders: Path) -> list[Any]:
    """The example and client files that are strict JSON: what a validator in any language
    reads."""
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*/*.json")) + sorted(folder.glob("*.json")):
            try:
                found.append(loads(path.read_bytes()))
            except ParseFailure:
                continue  # the examples of broken JSON
    return found


FAULT_CODES = ("SS201", "SS202", "SS203", "SS204", "SS205", "SS206")


@pytest.fixture(scope="module", params=PUBLISHED, ids=[f"{f}-{v}" for f, v in PUBLISHED])
def schema_and_corpus(request: pytest.FixtureRequest) -> tuple[str, str, list[Any]]:
    """A published schema, with the files that are JSON and bodies generated from it: valid,
    and with one fault each."""
    family, version = request.param
    if family == "sessionstart":
        files = files_that_are_json(EXAMPLES, ROOT / "tests" / "clients" / "sessionstart")
        valid = collect(valid_bodies(version), 100)
        codes = FAULT_CODES + (("SS207",) if _schema_says_ss207(version) else ())
        faults = [
            fault.body
            for code in codes
            for fault in collect(faulty_bodies(code, schema_version=version), 40)
        ]
    elif family == "edge":
        files = files_that_are_json(ROOT / "tests" / "clients" / "edge")
        valid = [_with_media(body, "qoeDataDetails", None) for body in files]
        faults = [broken(body) for body in files for broken in EDGE_FAULTS]
    else:
        files = files_that_are_json(EXAMPLES / "events", ROOT / "tests" / "clients" / "events")
        valid = collect(valid_events(schema_version=version), 100)
        faults = [
            fault.body
            for code in FAULT_CODES
            for fault in collect(faulty_events(code, schema_version=version), 40)
        ]
    return family, version, files + valid + faults


def _with_media(body: Any, member: str, value: Any) -> Any:
    """A copy of a Media Edge body with ``member`` of its mediaCollection set to ``value``,
    or taken out when ``value`` is ``...``."""
    copied = json.loads(json.dumps(body))
    media = copied["events"][0]["xdm"]["mediaCollection"]
    if value is ...:
        media.pop(member, None)
    else:
        media[member] = value
    return copied


def _with_xdm(body: Any, member: str, value: Any) -> Any:
    copied = json.loads(json.dumps(body))
    copied["events"][0]["xdm"][member] = value
    return copied


# Each makes a Media Edge body wrong in one way.
EDGE_FAULTS: tuple[Callable[[Any], Any], ...] = (
    lambda body: _with_media(body, "playhead", ...),
    lambda body: _with_media(body, "playhead", 1.5),
    lambda body: _with_media(body, "sessionID", 7),
    lambda body: _with_media(body, "qoeDataDetails", {"bitrate": "fast"}),
    lambda body: _with_xdm(body, "timestamp", 1741971912345),
    lambda body: _with_xdm(body, "eventType", "media.resume"),
    lambda body: {"events": []},
)


def node_ready() -> None:
    """Node and the locked npm packages, or a skip on a developer's machine (never in CI)."""
    missing = (
        "node is not on PATH"
        if shutil.which("node") is None
        else "node_modules is missing: run npm ci"
        if not (ROOT / "node_modules" / "ajv").exists()
        else None
    )
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"cross-language tests need Node and Ajv in CI: {missing}")
        pytest.skip(f"cross-language tests skipped: {missing}")


def our_pointers(body: Any, family: str, version: str) -> tuple[bool, list[str]]:
    check = {"sessionstart": validate, "events": validate_event, "edge": validate_edge}[family]
    report = check(body, schema_version=version)
    # A body's own schema only: before sessionStart 2.0, the rule on media.downloaded was
    # sessionspec's, beside the schema.
    beside = family == "events" or not _schema_says_ss207(version)
    errors = [issue for issue in report.errors if not (beside and issue.code == "SS207")]
    return not errors, sorted({i.pointer or "" for i in errors})


def _schema_says_ss207(version: str) -> bool:
    return refuses_downloaded_flag(target("sessionstart", version))


@pytest.mark.node
@pytest.mark.parametrize("draft", ["2020-12", "draft-07"])
def test_ajv_agrees_with_sessionspec_on_verdicts_and_paths(
    draft: str, schema_and_corpus: tuple[str, str, list[Any]], tmp_path: Path
) -> None:
    node_ready()
    family, version, corpus = schema_and_corpus
    name = f"{family}-{version}.{'draft-07.' if draft == 'draft-07' else ''}schema.json"
    theirs = ajv_verdicts(SCHEMAS / name, corpus, tmp_path)
    ours = [our_pointers(body, family, version) for body in corpus]
    assert len(corpus) > 300
    assert sum(valid for valid, _ in ours) > 100
    assert disagreements(corpus, ours, theirs) == []


Verdict = tuple[bool, list[str]]  # valid, and the pointers of the failing members


def ajv_verdicts(
    schema: Path, corpus: list[Any], tmp_path: Path, referred: Iterable[Path] = ()
) -> list[Verdict]:
    """Ajv's verdict on each body of ``corpus`` with ``schema`` and the files it refers to."""
    bodies = tmp_path / "bodies.json"
    bodies.write_text(json.dumps(corpus))
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "ajv" / "verdicts.cjs"), str(schema), str(bodies)]
        + [str(path) for path in referred],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return [(v["valid"], v["pointers"]) for v in json.loads(done.stdout)]


def disagreements(
    corpus: list[Any], ours: list[Verdict], theirs: list[Verdict]
) -> list[tuple[Any, Verdict, Verdict]]:
    return [
        (body, mine, other)
        for body, mine, other in zip(corpus, ours, theirs, strict=True)
        if mine != other
    ]


@pytest.mark.node
def test_the_ajv_snippet_of_the_schemas_page_runs(tmp_path: Path) -> None:
    node_ready()
    page = (ROOT / "docs" / "schemas.md").read_text(encoding="utf-8")
    [snippet] = re.findall(r"```js\n(.*?)```", page, re.DOTALL)
    script = ROOT / f".readme-snippet-{os.getpid()}.cjs"  # beside node_modules and schemas/
    script.write_text(snippet)
    try:
        done = subprocess.run(
            ["node", str(script)], capture_output=True, text=True, cwd=ROOT, check=False
        )
    finally:
        script.unlink()
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["valid", "/playerTime/ts must be >= 1000000000000"]


def test_check_jsonschema_gives_our_verdicts_on_the_example_files() -> None:
    files = sorted(EXAMPLES.glob("*/*.json"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--schemafile",
            str(SCHEMAS / "sessionstart-1.1.schema.json"),
            "-o",
            "json",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    result = json.loads(done.stdout)
    rejected = {Path(e["filename"]) for e in result["errors"] + result.get("parse_errors", [])}
    for path in files:
        report = validate(path.read_bytes())
        # Like most JSON tools, check-jsonschema keeps the last of duplicate keys.
        duplicates_only = {i.code for i in report.errors} == {"SS102"}
        assert (path not in rejected) == (report.valid or duplicates_only), path


def test_openapi_description_is_valid_and_uses_the_schema() -> None:
    from openapi_spec_validator import validate as validate_openapi
    from openapi_spec_validator.readers import read_from_filename

    spec, base_uri = read_from_filename(str(SCHEMAS / "sessions-api-1.0.openapi.json"))
    validate_openapi(spec, base_uri=base_uri)
    post = spec["paths"]["/api/v1/sessions"]["post"]
    reference = post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    target = Path(urlparse(urljoin(base_uri, reference)).path)
    assert target == SCHEMAS / "sessionstart-1.0.schema.json"
    assert set(post["responses"]) == {"201", "400", "500"}
    location = post["responses"]["201"]["headers"]["Location"]
    assert re.fullmatch(location["schema"]["pattern"].strip("^$"), location["example"])


# Each description of the whole API, with the events schema it refers to.
WHOLE_API = {"1.1": "events-1.0.schema.json", "2.0": "events-2.0.schema.json"}
NEWEST_API = SCHEMAS / f"media-collection-api-{max(WHOLE_API, key=float)}.openapi.json"


# The description with every body schema bundled in, which mocks and proxies read.
BUNDLED_API = SCHEMAS / "media-collection-api-2.1.openapi.json"
# The Media Edge API's description, its schema bundled in.
EDGE_API = SCHEMAS / "media-edge-api-1.1.openapi.json"


def test_every_description_of_an_api_is_tested() -> None:
    published = {p.name for p in SCHEMAS.glob("*.openapi.json")}
    tested = {f"media-collection-api-{v}.openapi.json" for v in WHOLE_API}
    tested |= {"sessions-api-1.0.openapi.json", BUNDLED_API.name, EDGE_API.name}
    assert published == tested


def test_every_description_of_the_whole_api_is_tested() -> None:
    published = {p.name for p in SCHEMAS.glob("media-collection-api-*.openapi.json")}
    whole = {f"media-collection-api-{v}.openapi.json" for v in WHOLE_API}
    assert published == {*whole, BUNDLED_API.name}


@pytest.mark.parametrize(("version", "events_file"), WHOLE_API.items())
def test_openapi_description_of_the_whole_api(version: str, events_file: str) -> None:
    from openapi_spec_validator import validate as validate_openapi
    from openapi_spec_validator.readers import read_from_filename

    name = f"media-collection-api-{version}.openapi.json"
    spec, base_uri = read_from_filename(str(SCHEMAS / name))
    assert spec["info"]["version"] == version
    validate_openapi(spec, base_uri=base_uri)

    def file_of(reference: str) -> Path:
        return Path(urlparse(urljoin(base_uri, reference)).path)

    paths = spec["paths"]
    sessions = paths["/api/v1/sessions"]["post"]
    live, batch = sessions["requestBody"]["content"]["application/json"]["schema"]["oneOf"]
    assert file_of(live["$ref"]) == SCHEMAS / "sessionstart-1.1.schema.json"
    assert set(sessions["responses"]) == {"201", "400", "500"}
    events = paths["/api/v1/sessions/{sid}/events"]["post"]
    body = events["requestBody"]["content"]["application/json"]["schema"]
    assert file_of(body["$ref"]) == SCHEMAS / events_file
    assert set(events["responses"]) == {"204", "400", "404", "410", "500"}
    downloaded = paths["/api/v1/downloaded"]["post"]
    assert (
        downloaded["requestBody"]["content"]["application/json"]["schema"]["prefixItems"]
        == batch["prefixItems"]
    )
    assert file_of(batch["prefixItems"][0]["$ref"]) == SCHEMAS / "sessionstart-1.1.schema.json"
    assert file_of(batch["items"]["$ref"]) == SCHEMAS / events_file
    assert set(downloaded["responses"]) == {"201", "400"}
    location = sessions["responses"]["201"]["headers"]["Location"]
    assert location["schema"]["pattern"] == PATTERN  # the one parse_location() reads
    assert parse_location(location["example"])


def test_the_openapi_batch_schema_agrees_with_validate_batch() -> None:
    import jsonschema
    from referencing import Registry, Resource

    spec = json.loads(NEWEST_API.read_text())
    batch = spec["paths"]["/api/v1/downloaded"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    registry = Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text())))
        for path in SCHEMAS.glob("*.schema.json")
    )
    checker = jsonschema.Draft202012Validator(batch, registry=registry)
    documents = [json.loads(p.read_text()) for p in sorted((EXAMPLES / "batches").glob("*/*.json"))]
    documents += collect(valid_batches(), 30) + [f.body for f in collect(faulty_batches(), 60)]
    for document in documents:
        assert checker.is_valid(document) == validate_batch(document).valid, document


# The batch schema: a wrapper of the body schemas it refers to, by their $id.
BATCH = "downloaded-batch-1.0"
BATCH_REFERS_TO = ("sessionstart-1.1", "events-2.0")


def test_the_draft07_batch_is_the_rendering_of_the_2020_12_one() -> None:
    from sessionspec._catalog.publish import draft07

    source = json.loads((SCHEMAS / f"{BATCH}.schema.json").read_text(encoding="utf-8"))
    committed = json.loads((SCHEMAS / f"{BATCH}.draft-07.schema.json").read_text(encoding="utf-8"))
    assert committed == draft07(source)
    # What a tool that knows only "items" reads: a tuple, then every other element.
    assert committed["items"] == [
        {**source["prefixItems"][0], "$ref": "sessionstart-1.1.draft-07.schema.json"}
    ]
    assert committed["additionalItems"]["$ref"] == "events-2.0.draft-07.schema.json"


@pytest.fixture(scope="module")
def batch_corpus() -> list[Any]:
    """Batches: the example files, the example of ``sessionspec example --batch``, generated
    valid ones, and ones with one fault each."""
    files = files_that_are_json(EXAMPLES / "batches")
    example = json.loads((SCHEMAS / f"{BATCH}.schema.json").read_text())["examples"]
    versions: dict[str, Any] = {"sessionstart_version": "1.1", "events_version": "2.0"}
    valid = collect(valid_batches(**versions), 100)
    faults = [
        fault.body
        for code in FAULT_CODES
        for fault in collect(faulty_batches(code, **versions), 30)
    ]
    return [*files, *example, *valid, *faults]


def batch_pointers(batch: Any) -> tuple[bool, list[str]]:
    errors = validate_batch(batch).errors
    return not errors, sorted({issue.pointer or "" for issue in errors})


def wrong_type_says_it_all(verdict: tuple[bool, list[str]]) -> tuple[bool, list[str]]:
    """A call of the wrong kind (an event first, a second sessionStart) is one issue at its
    eventType in sessionspec, where a validator also lists what the other kind misses."""
    valid, pointers = verdict
    wrong = {
        p.removesuffix("eventType")
        for p in pointers
        if p.count("/") == 2 and p.endswith("/eventType")
    }
    kept = [
        p for p in pointers if p.endswith("/eventType") or not any(p.startswith(w) for w in wrong)
    ]
    return valid, kept


def test_jsonschema_with_the_batch_schema_agrees_with_validate_batch(
    batch_corpus: list[Any],
) -> None:
    import jsonschema
    from referencing import Registry, Resource

    def resource(name: str) -> tuple[str, Resource[Any]]:
        contents = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
        return contents["$id"], Resource.from_contents(contents)

    registry: Registry[Any] = Registry().with_resources(resource(n) for n in BATCH_REFERS_TO)
    schema = json.loads((SCHEMAS / f"{BATCH}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    assert sum(validator.is_valid(batch) for batch in batch_corpus) > 100
    for batch in batch_corpus:
        assert validator.is_valid(batch) == batch_pointers(batch)[0], batch


@pytest.mark.node
@pytest.mark.parametrize("draft", ["2020-12", "draft-07"])
def test_ajv_agrees_with_validate_batch_on_verdicts_and_paths(
    draft: str, batch_corpus: list[Any], tmp_path: Path
) -> None:
    node_ready()
    ending = "draft-07.schema.json" if draft == "draft-07" else "schema.json"
    referred = [SCHEMAS / f"{name}.{ending}" for name in BATCH_REFERS_TO]
    verdicts = ajv_verdicts(SCHEMAS / f"{BATCH}.{ending}", batch_corpus, tmp_path, referred)
    theirs = [wrong_type_says_it_all(verdict) for verdict in verdicts]
    ours = [wrong_type_says_it_all(batch_pointers(batch)) for batch in batch_corpus]
    assert sum(valid for valid, _ in ours) > 100
    assert disagreements(batch_corpus, ours, theirs) == []


def test_the_bundled_description_holds_the_published_schemas() -> None:
    from openapi_spec_validator import validate as validate_openapi

    spec = json.loads(BUNDLED_API.read_text(encoding="utf-8"))
    validate_openapi(spec)
    assert spec["security"] == []
    assert spec["info"]["license"]["identifier"] == "Apache-2.0"
    assert '.schema.json"' not in BUNDLED_API.read_text().replace("$schema", "")
    components = spec["components"]["schemas"]
    for name, file in (("SessionStart", "sessionstart-1.1"), ("Event", "events-2.0")):
        published = json.loads((SCHEMAS / f"{file}.schema.json").read_text(encoding="utf-8"))
        del published["$id"], published["examples"]  # an $id reached twice stops some tools
        text = json.dumps(published).replace('"#/$defs/', f'"#/components/schemas/{name}/$defs/')
        assert components[name] == {**json.loads(text), "$schema": published["$schema"]}
    location = spec["paths"]["/api/v1/sessions"]["post"]["responses"]["201"]["headers"]
    pattern = location["Location"]["schema"]["pattern"]
    assert pattern == PATTERN.replace("(?P<", "(?<")  # ECMA-262 names its groups so


def _node_tool(name: str) -> Path:
    node_ready()
    return ROOT / "node_modules" / ".bin" / name


def test_the_edge_description_holds_the_edge_schema_and_a_path_per_event_type() -> None:
    from openapi_spec_validator import validate as validate_openapi

    spec = json.loads(EDGE_API.read_text(encoding="utf-8"))
    validate_openapi(spec)
    assert spec["security"] == []
    assert spec["info"]["license"]["identifier"] == "Apache-2.0"
    assert "CC BY 4.0" in spec["info"]["description"]
    published = json.loads((SCHEMAS / "edge-1.1.schema.json").read_text(encoding="utf-8"))
    event_types = published["$defs"]["xdm"]["properties"]["eventType"]["enum"]
    del published["$id"], published["examples"]
    text = json.dumps(published).replace('"#/$defs/', '"#/components/schemas/MediaEdge/$defs/')
    assert spec["components"]["schemas"]["MediaEdge"] == {
        **json.loads(text),
        "$schema": published["$schema"],
    }
    assert set(spec["paths"]) == {f"/ee/va/v1/{t.removeprefix('media.')}" for t in event_types}
    for event_type in event_types:
        post = spec["paths"][f"/ee/va/v1/{event_type.removeprefix('media.')}"]["post"]
        body = post["requestBody"]["content"]["application/json"]["schema"]
        xdm = body["allOf"][1]["properties"]["events"]["items"]["properties"]["xdm"]
        assert xdm["properties"]["eventType"] == {"const": event_type}
        answers = set(post["responses"])
        if event_type == "media.sessionStart":
            assert answers == {"200", "207", "400", "429"}
        elif event_type == "media.downloaded":
            assert answers == {"200", "400", "429"}
        else:
            assert answers == {"204", "400", "404", "410", "429"}


def _edge_calls() -> list[tuple[str, Any, bool]]:
    """Every body of Adobe's Edge clients, the schema's examples and the project's own bodies
    converted, each sent to its own path and to another's, with whether sessionspec finds it
    valid there; and a few broken."""
    bodies = [json.loads(path.read_text()) for path in sorted((CLIENTS / "edge").glob("*.json"))]
    bodies += sessionspec.schema("edge")["examples"]
    broken = copy.deepcopy(bodies[0])
    broken["events"][0]["xdm"]["mediaCollection"]["playhead"] = "12"
    missing = copy.deepcopy(bodies[1])
    missing["events"][0]["xdm"].pop("timestamp")
    bodies += [broken, missing]
    calls = []
    for body in bodies:
        own = body["events"][0]["xdm"]["eventType"].removeprefix("media.")
        other = "ping" if own != "ping" else "play"
        for event_type in (own, other):
            valid = bool(validate_edge(body, event_type=event_type))
            calls.append((f"/ee/va/v1/{event_type}?configId=datastream", body, valid))
    return calls


@pytest.mark.node
def test_prism_mocks_the_edge_description_with_our_verdicts() -> None:
    calls = _edge_calls()
    assert sum(valid for _, _, valid in calls) > 70
    assert sum(not valid for _, _, valid in calls) > 70
    with _prism("mock", str(EDGE_API)) as post:
        wrong = [
            (path, body, valid)
            for path, body, valid in calls
            if (200 <= post(path, body)[0] < 300) != valid
        ]
        assert wrong == []


@pytest.mark.node
@pytest.mark.parametrize("described", [BUNDLED_API, EDGE_API], ids=lambda path: path.name)
def test_redocly_and_swagger_parser_accept_the_bundled_description(described: Path) -> None:
    linted = subprocess.run(
        [str(_node_tool("redocly")), "lint", str(described)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
    assert "Your API description is valid" in linted.stdout + linted.stderr
    script = (
        'require("@apidevtools/swagger-parser").validate(process.argv[1])'
        '.then(() => console.log("valid"), (e) => { console.log(e.message); process.exit(1); })'
    )
    parsed = subprocess.run(
        ["node", "-e", script, str(described)], capture_output=True, text=True, cwd=ROOT
    )
    assert parsed.stdout.strip() == "valid", parsed.stdout + parsed.stderr


# Each endpoint of the description, by its path, and what sessionspec checks there.
ENDPOINTS = {
    "/api/v1/sessions": Endpoint.SESSIONS,
    "/api/v1/sessions/s1/events": Endpoint.EVENTS,
    "/api/v1/downloaded": Endpoint.DOWNLOADED,
}


def _calls() -> list[tuple[str, Any, bool]]:
    """Every example body and every body of Adobe's clients that is strict JSON (sessionStart
    bodies, events, batches), sent to every endpoint, with whether sessionspec finds it valid
    there."""
    bodies = []
    for path in sorted([*EXAMPLES.glob("**/*.json"), *CLIENTS.glob("**/*.json")]):
        with contextlib.suppress(ParseFailure):
            bodies.append(loads(path.read_bytes()))
    return [
        (path, body, checked(body, endpoint, Settings())[0].valid)
        for body in bodies
        for path, endpoint in ENDPOINTS.items()
    ]


@contextlib.contextmanager
def _prism(*arguments: str) -> Iterator[Callable[..., tuple[int, dict[str, str]]]]:
    """Prism started on 127.0.0.1 with ``arguments`` (mock or proxy, the description...), as
    a function that posts a body to a path and gives the status and the headers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(_node_tool("prism")), *arguments, "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def post(path: str, body: Any, **headers: str) -> tuple[int, dict[str, str]]:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}",
            data=json.dumps(body).encode(),
            headers={"content-type": "application/json", **headers},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return int(answer.status), dict(answer.headers)
        except urllib.error.HTTPError as refused:
            return refused.code, dict(refused.headers)

    try:
        for _ in range(150):  # Prism takes a few seconds to start
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
                break
            time.sleep(0.2)
        yield post
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.node
def test_prism_mocks_the_bundled_description_with_our_verdicts_in_any_order() -> None:
    calls = _calls()
    assert sum(valid for _, _, valid in calls) > 20
    assert sum(not valid for _, _, valid in calls) > 20
    with _prism("mock", str(BUNDLED_API)) as post:
        # In file order and reversed: Prism's verdict must not depend on what it saw first.
        for ordered in (calls, calls[::-1]):
            wrong = [
                (path, body, valid)
                for path, body, valid in ordered
                if (200 <= post(path, body)[0] < 300) != valid
            ]
            assert wrong == []


class _Upstream(http.server.BaseHTTPRequestHandler):
    """Answers every call with 201 and the Location that the call's x-location header names,
    as a real API that answers right or wrong."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(201)
        self.send_header("Location", self.headers["x-location"])
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *arguments: Any) -> None:
        pass


@pytest.mark.node
def test_prism_as_a_proxy_checks_the_location_as_sessionspec_does() -> None:
    sid = "bfcca2e9" * 8
    locations = [
        f"/api/v1/sessions/{sid}",
        f"https://example.hb-api.omtrdc.net/api/v1/sessions/{sid}",
        "/api/v1/sessions/",
        f"/api/v1/sessions/{sid}/events",
        f"/sessions/{sid}",
        "",
    ]
    body = sessionspec.schema()["examples"][0]
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{upstream.server_address[1]}"
        with _prism("proxy", str(BUNDLED_API), url, "--errors") as post:
            verdicts = {
                location: post("/api/v1/sessions", body, **{"x-location": location})[0] == 201
                for location in locations
            }
    finally:
        upstream.shutdown()
        upstream.server_close()

    def ours(location: str) -> bool:
        with contextlib.suppress(ValueError):
            return bool(parse_location(location))
        return False

    assert verdicts == {location: ours(location) for location in locations}
    assert list(verdicts.values()) == [True, True, False, False, False, False]
