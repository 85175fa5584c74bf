"""The command line: ``run(argv) -> int`` does everything; only ``main`` exits."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from . import __version__, _render
from ._report import Report
from ._schema import SCHEMA_VERSION, schema, schema_text
from ._validate import validate

_FORMATS = {"text": _render.text, "json": _render.json_document, "github": _render.github}
EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sessionspec",
        description="Check Media Collection API sessionStart bodies (POST /api/v1/sessions).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sessionspec {__version__} (schema {SCHEMA_VERSION})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check JSON files holding sessionStart bodies",
        description="Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="a JSON file, or - for stdin")
    check.add_argument(
        "--format", choices=list(_FORMATS), default="text", help="output format (default: text)"
    )
    commands.add_parser("schema", help="print the bundled JSON Schema")
    commands.add_parser("example", help="print a valid example body, a template to start from")
    return parser


def run(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse's way of ending --help, --version and bad usage
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if args.command == "schema":
        stdout.write(schema_text())
        return EXIT_VALID
    if args.command == "example":
        print(json.dumps(schema()["examples"][0], indent=2, ensure_ascii=False), file=stdout)
        return EXIT_VALID
    checked: list[tuple[str, Report]] = []
    unreadable = False
    for name in args.files:
        try:
            data = (stdin or sys.stdin.buffer).read() if name == "-" else _read(name)
        except OSError as exc:
            print(f"sessionspec: cannot read {name}: {exc.strerror or exc}", file=stderr)
            unreadable = True
            continue
        checked.append(("<stdin>" if name == "-" else name, validate(data)))
    if checked:
        print(_FORMATS[args.format](checked), file=stdout)
    if unreadable:
        return EXIT_USAGE
    return EXIT_VALID if all(report.valid for _, report in checked) else EXIT_INVALID


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def main() -> None:
    # A body may hold lone surrogates that the terminal cannot encode: show them escaped.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(run())
