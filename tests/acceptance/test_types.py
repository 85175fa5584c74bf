"""The typed bodies, proved the way users meet them: the npm package installed from its tarball
and compiled with tsc, the Python TypedDicts checked by mypy, both generated from the schemas."""

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import sessionspec
from sessionspec._catalog.schema import schema
from sessionspec._faces.cli import run
from sessionspec._read.text import ParseFailure, loads
from sessionspec.types import AdStartBody, EdgePlayBody, SessionStartBody

from conftest import EXAMPLES, ROOT

NODE_MODULES = ROOT / "node_modules"


def example() -> dict[str, Any]:
    """The schema's valid example, a copy of its own."""
    copied: dict[str, Any] = json.loads(json.dumps(schema()["examples"][0]))
    return copied


needs_node = pytest.mark.skipif(
    shutil.which("node") is None or not (NODE_MODULES / "typescript").is_dir(),
    reason="the Node tools are installed by npm ci",
)


def test_package_json_moves_with_the_python_version() -> None:
    package = json.loads((ROOT / "package.json").read_text())
    assert package["version"] == sessionspec.__version__


@needs_node
@pytest.mark.node
def test_the_committed_types_are_what_the_schemas_generate(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "types" / "generate.py"), str(tmp_path)], check=True)
    for generated in ("types/index.d.ts", "sessionspec/types.py"):
        assert (tmp_path / generated).read_text() == (ROOT / generated).read_text(), (
            f"{generated} is not what the schemas generate: run python types/generate.py"
        )


VALID_TS = """
import type { AdStartBody, EventBody, MediaCollectionBody, SessionStartBody } from "sessionspec";

export const start: SessionStartBody = BODY;
const ad: AdStartBody = {
  eventType: "adStart",
  playerTime: { playhead: 0, ts: 1700000000000 },
  params: {
    "media.ad.id": "a1",
    "media.ad.length": 15,
    "media.ad.podPosition": 1,
    "media.ad.playerName": "p",
  },
};
export const events: EventBody[] = [ad, { eventType: "ping", playerTime: { playhead: 10, ts: 1 } }];
export const any: MediaCollectionBody[] = [start, ...events];
"""

INVALID_TS = """
import type { SessionStartBody } from "sessionspec";

export const start: SessionStartBody = BODY;
"""

USE_SCHEMA_JS = """
const Ajv2020 = require("ajv/dist/2020");
const schema = require("sessionspec/schemas/sessionstart-2.0.schema.json");
const draft07 = require("sessionspec/schemas/events-1.0.draft-07.schema.json");
const validate = new Ajv2020({ strict: false }).compile(schema);
const body = schema.examples[0];
const broken = { ...body, eventType: "SessionStart" };
console.log(JSON.stringify([validate(body), validate(broken), draft07.$schema]));
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new project with the npm package installed from the tarball that npm pack makes."""
    if shutil.which("node") is None or not (NODE_MODULES / "typescript").is_dir():
        pytest.skip("the Node tools are installed by npm ci")
    project = tmp_path_factory.mktemp("user")
    packed = subprocess.run(
        ["npm", "pack", "--json", "--pack-destination", str(project)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    (manifest,) = json.loads(packed.stdout)
    shipped = {entry["path"] for entry in manifest["files"]}
    # The licence, and every file the schema documentation names, the reference pages too.
    assert {"LICENSE", "package.json", "types/index.d.ts"} <= shipped
    assert {f"schemas/{path.name}" for path in (ROOT / "schemas").iterdir()} <= shipped
    tarball = project / manifest["filename"]
    (project / "package.json").write_text('{"name": "user", "private": true}')
    subprocess.run(
        ["npm", "install", "--offline", "--no-audit", "--no-fund", str(tarball)],
        cwd=project,
        capture_output=True,
        check=True,
    )
    (project / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "strict": True,
                    "noEmit": True,
                    "module": "nodenext",
                    "moduleResolution": "nodenext",
                    "skipLibCheck": False,
                },
                "files": ["body.ts"],
            }
        )
    )
    return project


def tsc(project: Path, source: str) -> subprocess.CompletedProcess[str]:
    body = json.dumps(example())
    (project / "body.ts").write_text(source.replace("BODY", body))
    return subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "--project", str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.node
def test_the_npm_package_holds_the_schemas_and_the_types(installed: Path) -> None:
    package = installed / "node_modules" / "sessionspec"
    published = {p.name for p in (package / "schemas").iterdir()}
    assert published == {p.name for p in (ROOT / "schemas").iterdir()}  # the reference pages too
    assert (package / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert (package / "types" / "index.d.ts").is_file()
    assert not (package / "types" / "generate.py").exists()


@pytest.mark.node
def test_a_valid_body_compiles_with_strict_tsc(installed: Path) -> None:
    done = tsc(installed, VALID_TS)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.node
def test_a_misspelt_key_and_a_string_ts_fail_to_compile(installed: Path) -> None:
    body = example()
    body["params"]["media.lenght"] = body["params"].pop("media.length")
    body["playerTime"]["ts"] = "1509045324153"
    done = tsc(installed, INVALID_TS.replace("BODY", json.dumps(body)))
    assert done.returncode != 0
    errors = [line for line in done.stdout.splitlines() if "error TS" in line]
    assert len(errors) == 2, done.stdout
    assert any("'\"media.lenght\"' does not exist" in e for e in errors), done.stdout
    assert any("Type 'string' is not assignable to type 'number'" in e for e in errors)


@pytest.mark.node
def test_ajv_validates_with_the_package_paths(installed: Path) -> None:
    (installed / "use.cjs").write_text(USE_SCHEMA_JS)
    done = subprocess.run(
        ["node", "use.cjs"],
        cwd=installed,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)},
    )
    assert json.loads(done.stdout) == [True, False, "http://json-schema.org/draft-07/schema#"]


GOOD_PY = """
from sessionspec import validate
from sessionspec.types import SessionStartBody

body: SessionStartBody = {
    "eventType": "sessionStart",
    "playerTime": {"playhead": 0, "ts": 1509045324153},
    "params": PARAMS,
}
assert validate(body)
"""


def mypy(tmp_path: Path, params: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "service.py"
    source.write_text(GOOD_PY.replace("PARAMS", params))
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )


def test_mypy_passes_a_correct_body_and_fails_a_misspelt_key(tmp_path: Path) -> None:
    params = example()["params"]
    done = mypy(tmp_path, repr(params))
    assert done.returncode == 0, done.stdout
    params["media.lenght"] = params.pop("media.length")
    done = mypy(tmp_path, repr(params))
    assert done.returncode == 1
    assert 'Extra key "media.lenght" for TypedDict "SessionStartParams"' in done.stdout
    assert 'Missing key "media.length" for TypedDict "SessionStartParams"' in done.stdout


def test_validate_edge_takes_a_typed_body() -> None:
    # Checked by mypy with the rest of the tests: the TypedDicts hold an Edge body too.
    body: EdgePlayBody = {
        "events": [
            {
                "xdm": {
                    "eventType": "media.play",
                    "timestamp": "2025-03-14T17:05:12.345Z",
                    "mediaCollection": {"playhead": 0, "sessionID": "abc"},
                }
            }
        ]
    }
    assert sessionspec.validate_edge(body, event_type="play")


def test_validate_takes_a_typed_body() -> None:
    body: SessionStartBody = json.loads(json.dumps(example()))
    assert sessionspec.validate(body)
    ad: AdStartBody = {
        "eventType": "adStart",
        "playerTime": {"playhead": 0, "ts": 1700000000000},
        "params": {
            "media.ad.id": "a1",
            "media.ad.length": 15,
            "media.ad.podPosition": 1,
            "media.ad.playerName": "p",
        },
    }
    assert sessionspec.validate_event(ad)


EMPTY_ONLY_TS = """
import type { PlayBody } from "sessionspec";

const empty: PlayBody = {
  eventType: "play",
  playerTime: { playhead: 0, ts: 1700000000000 },
  params: {},
  customMetadata: {},
};
const filled: PlayBody = {
  eventType: "play",
  playerTime: { playhead: 0, ts: 1700000000000 },
  params: { "media.id": "x" },
};
export { empty, filled };
"""


@pytest.mark.node
def test_a_member_an_event_carries_only_empty_takes_no_key(installed: Path) -> None:
    # Typed {} in TypeScript, it would take any value but null: the API refuses a key there.
    done = tsc(installed, EMPTY_ONLY_TS)
    errors = [line for line in done.stdout.splitlines() if "error TS" in line]
    assert len(errors) == 1, done.stdout
    # On the line of the filled params, and no other.
    assert errors[0].startswith("body.ts(13,"), done.stdout
    assert "not assignable to type 'never'" in errors[0]


STATES_UPDATE_TS = """
import type { SessionStartBody, StatesUpdateBody } from "sessionspec";

const at = { playhead: 0, ts: 1700000000000 };
const mute = [{ "media.state.name": "mute" }];
const update = { eventType: "statesUpdate", playerTime: at } as const;
const starts: StatesUpdateBody = { ...update, params: { statesStart: mute } };
const ends: StatesUpdateBody = { ...update, params: { statesEnd: mute } };
const both: StatesUpdateBody = { ...update, params: { statesStart: mute, statesEnd: mute } };
const neither: StatesUpdateBody = { ...update, params: {} };
const live: SessionStartBody = BODY;
export { starts, ends, both, neither, live };
"""


@pytest.mark.node
def test_states_update_needs_a_list_and_a_live_session_no_downloaded_flag(
    installed: Path,
) -> None:
    body = example()
    body["params"]["media.downloaded"] = True
    done = tsc(installed, STATES_UPDATE_TS.replace("BODY", json.dumps(body)))
    errors = [line for line in done.stdout.splitlines() if "error TS" in line]
    # The empty params (line 10) and the flag a live session may not raise (line 11), no other.
    assert [e.split(",")[0] for e in errors] == ["body.ts(10", "body.ts(11"], done.stdout
    assert "'true' is not assignable to type 'false'" in errors[1], done.stdout


def _validate_body(body: Any) -> sessionspec.Report:
    if isinstance(body, list):
        return sessionspec.validate_batch(body)
    check = (
        sessionspec.validate
        if isinstance(body, dict) and body.get("eventType") == "sessionStart"
        else sessionspec.validate_event
    )
    return check(body)


@pytest.mark.node
def test_every_body_sessionspec_finds_valid_compiles(installed: Path) -> None:
    # Types that refused what the API accepts would push a team to cast real bodies away:
    # every valid body, batches (whose sessionStart may say media.downloaded: true) included.
    bodies = []
    for path in sorted(
        [*EXAMPLES.glob("**/*.json"), *(ROOT / "tests" / "clients").glob("**/*.json")]
    ):
        with contextlib.suppress(ParseFailure):
            body = loads(path.read_bytes())
            if isinstance(body, (dict, list)) and _validate_body(body):
                bodies.append(body)
    bodies.append(json.loads(run_example("--batch")))
    assert len(bodies) > 150
    assert sum(isinstance(body, list) for body in bodies) >= 3
    assert any(
        body[0]["params"].get("media.downloaded") for body in bodies if isinstance(body, list)
    )
    lines = [
        f"export const b{i}: MediaCollectionBody = {json.dumps(b)};" for i, b in enumerate(bodies)
    ]
    source = 'import type { MediaCollectionBody } from "sessionspec";\n' + "\n".join(lines)
    done = tsc(installed, source)
    assert done.returncode == 0, done.stdout


def run_example(*argv: str) -> str:
    out = io.StringIO()
    assert run(["example", *argv], stdout=out) == 0
    return out.getvalue()


@pytest.mark.node
def test_every_media_edge_body_compiles_and_one_without_its_session_does_not(
    installed: Path,
) -> None:
    # What Adobe's Edge clients send, the schema's examples (a downloaded session among them)
    # and the project's own bodies converted.
    bodies: list[Any] = [
        json.loads(path.read_text())
        for path in sorted((ROOT / "tests" / "clients" / "edge").glob("*.json"))
    ]
    bodies += schema("edge")["examples"]
    for path in sorted(
        [*EXAMPLES.glob("**/*.json"), *(ROOT / "tests" / "clients").glob("*/*.json")]
    ):
        try:
            body = loads(path.read_bytes())
        except ParseFailure:
            continue
        if isinstance(body, (dict, list)) and _validate_body(body):
            converted = sessionspec.to_edge(body, session_id="abc")
            if sessionspec.validate_edge(converted.body):
                bodies.append(converted.body)
    assert len(bodies) > 200
    assert all(sessionspec.validate_edge(body) for body in bodies)
    lines = [f"export const b{i}: MediaEdgeBody = {json.dumps(b)};" for i, b in enumerate(bodies)]
    source = 'import type { MediaEdgeBody } from "sessionspec";\n' + "\n".join(lines)
    done = tsc(installed, source)
    assert done.returncode == 0, done.stdout
    play = sessionspec.to_edge(
        {"eventType": "play", "playerTime": {"playhead": 0, "ts": 1700000000000}}, session_id="abc"
    ).body
    del play["events"][0]["xdm"]["mediaCollection"]["sessionID"]
    source = 'import type { EdgePlayBody } from "sessionspec";\n'
    done = tsc(installed, source + f"export const play: EdgePlayBody = {json.dumps(play)};")
    assert done.returncode != 0
    assert "'sessionID' is missing" in done.stdout
