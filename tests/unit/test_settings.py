"""The options table is the one declaration of every option: the Python keywords, the command
line, the configuration reader and the options page all agree with it."""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import io
import json
from pathlib import Path
from typing import Any

import pytest

import sessionspec
from sessionspec._faces.cli import _parser, run
from sessionspec._settings import CLI, OPTIONS, PYTHON, Keywords, Option, Settings

from conftest import ROOT


def test_every_python_keyword_is_an_option_of_the_table() -> None:
    python = {o.name for o in OPTIONS if PYTHON in o.faces}
    assert set(Keywords.__annotations__) == python
    for entry in (sessionspec.validate, sessionspec.validate_event, sessionspec.validate_batch):
        parameters = inspect.signature(entry).parameters
        assert parameters["options"].kind is inspect.Parameter.VAR_KEYWORD
        assert "settings" in parameters


def _flags(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    check: argparse.ArgumentParser = commands["check"]  # type: ignore[index]
    return {flag: action for action in check._actions for flag in action.option_strings}


def test_every_option_of_the_table_is_a_flag_of_check() -> None:
    flags = _flags(_parser())
    for option in OPTIONS:
        if CLI in option.faces:
            action = flags[f"--{option.key}"]
            assert action.dest == option.name
            assert action.help is not None
            assert action.help.startswith(option.help)


def test_each_option_is_checked_the_same_from_python_the_command_line_and_the_config(
    tmp_path: Path,
) -> None:
    # One wrong value of each option: every face refuses it with the same reason.
    wrong: dict[str, Any] = {
        "max_depth": 300,
        "max_bytes": 0,
        "unknown_params": "maybe",
        "ad_ping_interval": 5,
    }
    for name, value in wrong.items():
        option = next(o for o in OPTIONS if o.name == name)
        with pytest.raises(ValueError, match=f"^{name}: ") as from_python:
            Settings(**{name: value})
        reason = str(from_python.value).removeprefix(f"{name}: ")
        code, _, err = _cli("check", "--isolated", f"--{option.key}", str(value), "-")
        assert code == 2
        assert f"argument --{option.key}: {reason}" in err
        (tmp_path / "pyproject.toml").write_text(f"[tool.sessionspec]\n{option.key} = {value!r}\n")
        code, _, err = _cli("check", "--config", str(tmp_path / "pyproject.toml"), "-")
        assert code == 2
        assert f"[tool.sessionspec] {option.key}: {reason}" in err


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return (
        run(list(argv), stdin=io.BytesIO(b""), stdout=out, stderr=err),
        out.getvalue(),
        err.getvalue(),
    )


@pytest.mark.parametrize(
    "option", [o for o in OPTIONS if isinstance(o.default, bool)], ids=lambda o: o.name
)
def test_a_switch_takes_only_true_or_false(option: Option) -> None:
    with pytest.raises(ValueError, match="must be true or false"):
        Settings(**{option.name: "yes"})  # type: ignore[arg-type]


def test_the_defaults_of_settings_are_those_of_the_table() -> None:
    defaults = Settings()
    for option in OPTIONS:
        if option.family is None:
            assert getattr(defaults, option.name) == option.default, option.name
    fields = {f.name for f in dataclasses.fields(Settings) if f.init} - {"versions"}
    assert fields == {o.name for o in OPTIONS if o.family is None}


def test_a_value_of_the_wrong_kind_is_refused_however_often_it_was_given_right() -> None:
    body = json.loads((ROOT / "tests/examples/valid/quick-start.json").read_text())
    sessionspec.validate(body, lint=True)
    with pytest.raises(ValueError, match="lint: must be true or false"):
        sessionspec.validate(body, lint=1)  # type: ignore[arg-type]
    sessionspec.validate(body, ignore=["SS310"])
    assert sessionspec.validate(body, ignore=["SS310"]) is not None


def test_settings_are_checked_frozen_and_shared() -> None:
    settings = Settings(lint=True, ignore=frozenset({"ss310"}), versions={"events": "1.0"})
    assert settings.ignore == frozenset({"SS310"})
    assert settings.targets["events"].version == "1.0"
    same = Settings(lint=True, ignore=frozenset({"SS310"}), versions={"events": "1.0"})
    assert hash(settings) == hash(same)
    with pytest.raises(AttributeError):
        settings.lint = False  # type: ignore[misc]
    with pytest.raises(ValueError, match="no schema family 'mobile'"):
        Settings(versions={"mobile": "1.0"})
    with pytest.raises(ValueError, match=r"known are 1\.0, 2\.0"):
        Settings(versions={"events": "3.0"})


def test_the_python_entry_points_take_settings_and_their_keywords_win() -> None:
    body = json.loads((ROOT / "tests/examples/valid/quick-start.json").read_text())
    lint = Settings(lint=True)
    assert not sessionspec.validate(body).issues
    linted = sessionspec.validate(body, settings=lint)
    assert linted.warnings  # a minimal body is advised to identify its visitor
    assert sessionspec.validate(body, lint=True) == linted
    assert sessionspec.validate(body, settings=lint, lint=False) == sessionspec.validate(body)
    with pytest.raises(TypeError, match="'strict'"):
        sessionspec.validate(body, strict=True)  # type: ignore[call-arg]
