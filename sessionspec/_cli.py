"""The command line: ``run(argv) -> int`` does everything; only ``main`` exits."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TextIO

from . import _render
from ._lint import CODES as LINT_CODES
from ._parse import MAX_BYTES, MAX_DEPTH
from ._report import Report
from ._schema import SCHEMA_DEPTH, SCHEMA_VERSION, schema, schema_text
from ._validate import too_large, validate

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sessionspec",
        description="Check Media Collection API sessionStart bodies (POST /api/v1/sessions).",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the versions and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check JSON files holding sessionStart bodies",
        description="Errors (SS1xx, SS2xx) are what the API rejects; warnings (SS3xx) what it"
        " accepts but Adobe's documentation says is wrong. Exit status: 0 all valid (warnings"
        " too, unless --strict), 1 any invalid, 2 usage error or unreadable file.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="a JSON file, or - for stdin")
    check.add_argument(
        "--format",
        choices=list(_render.FORMATS),
        default="text",
        help="output format (default: text)",
    )
    check.add_argument(
        "--strict", action="store_true", help="exit 1 on warnings too, not only on errors"
    )
    check.add_argument(
        "--no-lint", dest="lint", action="store_false", help="check for errors only, no warnings"
    )
    check.add_argument(
        "--ignore",
        action="append",
        default=[],
        choices=sorted(LINT_CODES),
        metavar="CODE",
        help="silence a warning (SS3xx); repeatable",
    )
    check.add_argument(
        "--max-bytes",
        type=_at_least(1),
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse a body (a line, with --ndjson) longer than N bytes (default: {MAX_BYTES:,})",
    )
    check.add_argument(
        "--max-depth",
        type=_at_least(SCHEMA_DEPTH),
        default=MAX_DEPTH,
        metavar="N",
        help=f"refuse a body nested deeper than N levels, 4 at least (default: {MAX_DEPTH})",
    )
    check.add_argument(
        "--ndjson",
        action="store_true",
        help="each file holds one body per line (blank lines are skipped)",
    )
    schema_command = commands.add_parser(
        "schema",
        help="print the bundled JSON Schema, or a rendering of it",
        description="2020-12: the schema itself; draft-07: the same rules for validators"
        " without draft 2020-12; reference: a Markdown page of every member.",
    )
    schema_command.add_argument(
        "--as", dest="rendering", choices=["2020-12", "draft-07", "reference"], default="2020-12"
    )
    commands.add_parser("example", help="print a valid example body, a template to start from")
    return parser


def _at_least(minimum: int) -> Callable[[str], int]:
    def number(text: str) -> int:
        value = int(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}")
        return value

    return number


class _Version(argparse.Action):
    """Like argparse's "version" action, but reads the version only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        import sessionspec

        print(f"sessionspec {sessionspec.__version__} (schema {SCHEMA_VERSION})")
        parser.exit()


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
        stdout.write(_rendered(args.rendering))
        return EXIT_VALID
    if args.command == "example":
        print(json.dumps(schema()["examples"][0], indent=2, ensure_ascii=False), file=stdout)
        return EXIT_VALID
    output = _render.FORMATS[args.format](stdout)
    tally = _render.Tally("line" if args.ndjson else "body")
    progress = _Progress(stderr) if args.ndjson and stderr.isatty() else None
    unreadable = False
    for name in args.files:
        source = "<stdin>" if name == "-" else name
        try:
            with _open(name, stdin) as file:
                if args.ndjson:
                    _check_lines(file, source, args, output, tally, progress)
                else:
                    # One byte past the limit is enough to refuse the body.
                    report = _validate(file.read(args.max_bytes + 1), args)
                    tally.count(report)
                    output.add(source, report)
        except OSError as exc:
            print(f"sessionspec: cannot read {name}: {exc.strerror or exc}", file=stderr)
            unreadable = True
    output.close(tally)
    if unreadable:
        return EXIT_USAGE
    failed = tally.invalid or (args.strict and tally.warnings)
    return EXIT_INVALID if failed else EXIT_VALID


def _rendered(rendering: str) -> str:
    if rendering == "2020-12":
        return schema_text()
    from . import _publish

    if rendering == "draft-07":
        return json.dumps(_publish.draft07(schema()), indent=2, ensure_ascii=False) + "\n"
    return _publish.reference_page(schema())


def _open(name: str, stdin: BinaryIO | None) -> contextlib.AbstractContextManager[BinaryIO]:
    if name == "-":
        return contextlib.nullcontext(stdin or sys.stdin.buffer)
    return open(name, "rb")


def _check_lines(
    file: BinaryIO,
    source: str,
    args: argparse.Namespace,
    output: _render.Output,
    tally: _render.Tally,
    progress: _Progress | None,
) -> None:
    """One body per line, streamed: blank lines are skipped, a bad line stops nothing."""
    for number, line in _lines(file, args.max_bytes):
        if line is None:
            report = Report((too_large(args.max_bytes),))
        elif line.strip(_JSON_WHITESPACE):
            # Without its line break, an error at the end of the line is shown on that line.
            report = _validate(line.rstrip(b"\r\n"), args)
        else:
            continue
        tally.count(report)
        if report.issues:
            output.add(source, report, number)
        if progress and not tally.checked % _PROGRESS_EVERY:
            progress.show(source, tally)
    if progress:
        progress.clear()


def _lines(file: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None for a line longer than ``max_bytes``, which is read and dropped
    piece by piece, so that memory stays bounded."""
    for number in itertools.count(1):
        line = file.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            piece = line
            while piece and not piece.endswith(b"\n"):
                piece = file.readline(max_bytes + 1)
            yield number, None
        else:
            yield number, line


def _validate(data: bytes, args: argparse.Namespace) -> Report:
    return validate(
        data,
        lint=args.lint,
        ignore=args.ignore,
        max_bytes=args.max_bytes,
        max_depth=args.max_depth,
    )


_JSON_WHITESPACE = b" \t\r\n"
_PROGRESS_EVERY = 10_000


class _Progress:
    """A line on a terminal's stderr that counts what has been checked so far."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0

    def show(self, source: str, tally: _render.Tally) -> None:
        text = f"{source}: {tally.checked:,} lines checked, {tally.invalid:,} invalid"
        self.width = max(self.width, len(text))
        self.stream.write(f"\r{text}")
        self.stream.flush()

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def main() -> None:
    # A body may hold lone surrogates that the terminal cannot encode: show them escaped.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(run())
