"""The two engines behind validate(): the same verdicts, whichever gives them."""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sessionspec import validate
from sessionspec._catalog.schema import EVENTS, SESSIONSTART, branches, event_types, target
from sessionspec._judge import engines as _engines
from sessionspec._read.text import ParseFailure
from sessionspec._settings import MAX_DEPTH
from sessionspec.testing import (
    Fault,
    faulty_bodies,
    faulty_events,
    json_values,
    valid_bodies,
    valid_events,
)

from conftest import EXAMPLES

FAST = _engines.fast()
REFERENCE = _engines.reference()
TARGET = target(SESSIONSTART)


def parsed(engine: _engines.Engine, text: str | bytes) -> tuple[str, Any]:
    """What an engine's parser makes of ``text``: the verdict on the value, or the issues.
    (The fast parser may round an integer beyond 64 bits to a float: the same number to a JSON
    Schema validator, and reports are made from the strict parser's value anyway.)"""
    try:
        return "verdict", engine.is_valid(engine.loads(text, MAX_DEPTH), TARGET)
    except ParseFailure as failure:
        return "failure", [(i.code, i.pointer) for i in failure.issues]


@given(valid_bodies())
def test_engines_agree_on_valid_bodies(body: dict[str, Any]) -> None:
    assert FAST.is_valid(body, TARGET)
    assert REFERENCE.is_valid(body, TARGET)
    text = json.dumps(body, indent=2)
    assert parsed(FAST, text) == parsed(REFERENCE, text) == ("verdict", True)


@given(faulty_bodies())
def test_engines_agree_on_every_kind_of_fault(fault: Fault) -> None:
    assert not FAST.is_valid(fault.body, TARGET)
    assert not REFERENCE.is_valid(fault.body, TARGET)
    text = json.dumps(fault.body)
    assert parsed(FAST, text) == parsed(REFERENCE, text) == ("verdict", False)


@given(json_values())
@example({"playerTime": {"playhead": float("nan"), "ts": 1509045324153}})
@example({5: "a key JSON cannot hold"})
@example({"params": {"media.name": "\ud800"}})
def test_engines_agree_on_any_value_the_fast_one_takes(value: Any) -> None:
    try:
        fast = FAST.is_valid(value, TARGET)
    except ValueError:
        return  # validate() asks the reference engine about what the fast one cannot take
    assert fast == REFERENCE.is_valid(value, TARGET)


def test_what_the_fast_engine_cannot_take_is_judged_by_the_reference_engine(
    body: dict[str, Any],
) -> None:
    with pytest.raises(UnicodeEncodeError):
        FAST.is_valid("\ud800", TARGET)
    assert [i.code for i in validate('"\\ud800"').issues] == ["SS203"]
    # An escaped lone surrogate is JSON, which JavaScript and Java back ends take as it is.
    body["params"]["media.name"] = "\ud800"
    assert validate(body)
    assert validate(json.dumps(body))


def texts_with_duplicates() -> st.SearchStrategy[str]:
    """JSON objects written by hand: keys may repeat, spacing and escapes vary."""
    keys = st.sampled_from(["a", "b", "a:b", "\\u0061", ' "', "é"]).map(json.dumps)
    spaces = st.sampled_from(["", " ", "\n", "\t "])
    values = st.sampled_from(["1", '":"', '":', '"\\\\"', "{}", '{"a": 1, "a": 2}', "[1,2]"])

    @st.composite
    def objects(draw: Any) -> str:
        members = draw(st.lists(st.tuples(keys, spaces, spaces, values), max_size=5))
        body = ",".join(f"{key}{before}:{after}{value}" for key, before, after, value in members)
        return "{" + body + "}"

    return objects()


@given(texts_with_duplicates() | st.text() | st.binary())
@example('{"a" :1, "b":1, "b":2}')
@example('{"a":"\\\\", "a":1}')
@example('{"a": 1e400}')
@example("[" * 300 + "]" * 300)
@example('{"a": 100000000000000000000000000}')
@example(
    json.dumps(
        {
            **json.loads((EXAMPLES / "valid" / "seed-sample.json").read_text()),
            "qoeData": {"media.qoe.bitrate": 10**26},
        }
    )
)
def test_fast_parse_is_exactly_as_strict_as_the_reference(text: str | bytes) -> None:
    assert parsed(FAST, text) == parsed(REFERENCE, text)


@pytest.fixture
def fresh_choice() -> Iterator[None]:
    _engines.engine.cache_clear()
    yield
    _engines.engine.cache_clear()


@pytest.mark.usefixtures("fresh_choice")
@pytest.mark.parametrize(
    ("variable", "name"), [("", "fast"), ("fast", "fast"), ("reference", "reference")]
)
def test_environment_variable_chooses_the_engine(
    monkeypatch: pytest.MonkeyPatch, variable: str, name: str
) -> None:
    monkeypatch.setenv(_engines.ENGINE_VARIABLE, variable)
    assert _engines.engine().name == name


@pytest.mark.usefixtures("fresh_choice")
def test_an_unknown_engine_name_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_engines.ENGINE_VARIABLE, "refrence")
    with pytest.raises(ValueError, match="SESSIONSPEC_ENGINE"):
        _engines.engine()


@pytest.mark.usefixtures("fresh_choice")
@pytest.mark.parametrize("missing", ["jsonschema_rs", "orjson"])
def test_without_a_fast_dependency_the_reference_engine_serves(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.delenv(_engines.ENGINE_VARIABLE, raising=False)
    monkeypatch.setitem(sys.modules, missing, None)  # import now raises ImportError
    assert _engines.engine().name == "reference"
    monkeypatch.setenv(_engines.ENGINE_VARIABLE, "fast")
    _engines.engine.cache_clear()
    with pytest.raises(ImportError):
        _engines.engine()


def test_checking_a_valid_file_imports_only_what_it_needs() -> None:
    # Only a failure needs the reference engine and the translation table.
    failure_only = ("jsonschema", "sessionspec._judge.reference", "sessionspec._judge.explain")
    # jsonschema_rs, the fast engine, is expected; jsonschema itself is not.
    code = (
        "import sys; from sessionspec._faces.cli import run; "
        f"assert run(['check', {str(EXAMPLES / 'valid' / 'every-member.json')!r}]) == 0; "
        f"print([m for m in sys.modules if m.partition('.')[0] in {failure_only!r}"
        f" or m in {failure_only!r}])"
    )
    environment = {k: v for k, v in os.environ.items() if k != _engines.ENGINE_VARIABLE}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True
    )
    assert done.stdout.splitlines()[-1] == "[]"


EVENTS_TARGET = target(EVENTS)


@given(valid_events() | faulty_events().map(lambda fault: fault.body) | json_values())
@example({"eventType": "play", "playerTime": {"playhead": 0, "ts": 1509045324153}, "qoeData": {}})
@example({"eventType": "adStart", "params": []})
@example({"eventType": "ping"})
def test_an_event_type_s_branch_alone_gives_the_whole_schema_s_verdict(value: Any) -> None:
    # The verdict on an event is made by the rules of its event type alone: it must be the
    # verdict of the whole schema, whatever the body holds.
    event_type = _engines.branch(value, EVENTS_TARGET)
    for engine in (FAST, REFERENCE):
        if engine is FAST and not engine.takes(value):
            continue
        try:
            whole = engine.validator(EVENTS_TARGET, None)(value)
        except ValueError:  # a value the fast engine refuses: the reference judges it
            continue
        assert engine.validator(EVENTS_TARGET, event_type)(value) == whole


def test_each_event_type_of_the_events_schema_has_a_branch() -> None:
    # Were the schema written otherwise, every event would fall back to the whole, slowly.
    assert sorted(branches(EVENTS_TARGET)) == sorted(event_types(EVENTS_TARGET))
