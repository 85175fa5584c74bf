"""The command line: ``run(argv) -> int`` does everything; only ``main`` exits."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import BinaryIO, TextIO

from . import _engines, _render
from ._check import Endpoint, Options, Schemas, check, too_large
from ._inputs import lines, read_body
from ._issues import IGNORABLE
from ._parse import DEEPEST, MAX_BYTES, MAX_DEPTH
from ._render import printable
from ._report import Report
from ._schema import EVENTS, SCHEMA_DEPTH, SESSIONSTART, VERSIONS, schema, schema_text, target

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
# As Unix tools end: killed by SIGPIPE (128 + 13) when the output is closed, and by SIGINT
# (128 + 2) when interrupted.
EXIT_CLOSED, EXIT_INTERRUPTED = 141, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sessionspec",
        description="Check what a player sends to Adobe's Media Collection API: sessionStart"
        " bodies, events bodies, downloaded-content batches.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the versions and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check JSON files holding bodies or batches",
        description="Each file holds a body, judged by its eventType (a sessionStart against the"
        " sessions schema, any other event against the events schema), or a JSON array: a"
        " downloaded-content batch. Errors (SS1xx, SS2xx) are what the API rejects; warnings"
        " (SS3xx) what it accepts but Adobe's documentation says is wrong. Exit status: 0 all"
        " valid (warnings too, unless --strict), 1 any invalid, 2 usage error or unreadable"
        " file.",
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
        action="extend",
        type=_ignorable_codes,
        default=[],
        metavar="CODE[,CODE...]",
        help="silence these warnings (SS3xx); repeatable",
    )
    check.add_argument(
        "--endpoint",
        choices=[e.value for e in Endpoint if e is not Endpoint.SESSIONSTART],
        default=Endpoint.AUTO.value,
        help="where the bodies are sent: sessions (a sessionStart, or a batch in the deprecated"
        " form), events (one event), downloaded (a batch); default auto: a batch when it is an"
        " array, else by its eventType",
    )
    check.add_argument(
        "--schema-version",
        choices=VERSIONS[SESSIONSTART],
        help="check sessionStart bodies against this version of the schema (default: the"
        f" newest, {VERSIONS[SESSIONSTART][-1]})",
    )
    check.add_argument(
        "--events-schema-version",
        choices=VERSIONS[EVENTS],
        help="check events bodies against this version of the events schema (default: the"
        f" newest, {VERSIONS[EVENTS][-1]})",
    )
    check.add_argument(
        "--unknown-params",
        choices=["error", "warning"],
        default="error",
        help="what a params key unknown to the schema is (default: error, as for the API);"
        " warning lets a key Adobe added after this release through, reported as SS311",
    )
    check.add_argument(
        "--max-bytes",
        type=_within(1, None),
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse a body (a line, with --ndjson) longer than N bytes (default: {MAX_BYTES:,})",
    )
    check.add_argument(
        "--max-depth",
        type=_within(SCHEMA_DEPTH, DEEPEST),
        default=MAX_DEPTH,
        metavar="N",
        help=f"refuse a body nested deeper than N levels, {SCHEMA_DEPTH} to {DEEPEST}"
        f" (default: {MAX_DEPTH})",
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
        "family",
        nargs="?",
        choices=list(VERSIONS),
        default=SESSIONSTART,
        help="which schema: sessionstart (the default) or events",
    )
    schema_command.add_argument(
        "--as", dest="rendering", choices=["2020-12", "draft-07", "reference"], default="2020-12"
    )
    schema_command.add_argument(
        "--version",
        dest="schema_version",
        help="the version of the schema (default: the newest: "
        + "; ".join(f"{family} {versions[-1]}" for family, versions in VERSIONS.items())
        + ")",
    )
    commands.add_parser("example", help="print a valid example body, a template to start from")
    return parser


def _ignorable_codes(text: str) -> list[str]:
    found = [code.strip() for code in text.split(",") if code.strip()]
    wrong = [code for code in found if code not in IGNORABLE]
    if wrong or not found:
        raise argparse.ArgumentTypeError(
            f"{', '.join(wrong) or repr(text)}: only warnings can be ignored,"
            f" {min(IGNORABLE)} to {max(IGNORABLE)}"
        )
    return found


def _within(low: int, high: int | None) -> Callable[[str], int]:
    def number(text: str) -> int:
        value = int(text)
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(
                f"must be at least {low}" if high is None else f"must be from {low} to {high}"
            )
        return value

    return number


class _Version(argparse.Action):
    """Like argparse's "version" action, but reads the version only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        import sessionspec

        schemas = "; ".join(f"{family} {', '.join(v)}" for family, v in VERSIONS.items())
        print(f"sessionspec {sessionspec.__version__} (schemas: {schemas})")
        parser.exit()


def run(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line ``argv``; the exit status is returned, never raised."""
    out = _Sink(stdout or sys.stdout)
    err = _Sink(stderr or sys.stderr, quiet=True)
    progress = _Progress(err) if err.isatty() else None
    try:
        return _run(argv, stdin, out, err, progress)
    except OutputError as failure:
        if isinstance(failure.cause, BrokenPipeError):
            return EXIT_CLOSED  # the reader has seen enough, as with `| head`: end quietly
        _say(err, f"cannot write the output: {failure.cause.strerror or failure.cause}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        if progress:
            progress.clear()
        _say(err, "interrupted")
        return EXIT_INTERRUPTED


def _run(
    argv: Sequence[str] | None,
    stdin: BinaryIO | None,
    stdout: _Sink,
    stderr: _Sink,
    progress: _Progress | None,
) -> int:
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse's way of ending --help, --version and bad usage
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if args.command == "schema":
        if args.schema_version not in (None, *VERSIONS[args.family]):
            known = ", ".join(VERSIONS[args.family])
            _say(
                stderr, f"there is no {args.family} schema {args.schema_version}: known are {known}"
            )
            return EXIT_USAGE
        stdout.write(_rendered(args.family, args.rendering, args.schema_version))
        return EXIT_VALID
    if args.command == "example":
        print(json.dumps(schema()["examples"][0], indent=2, ensure_ascii=False), file=stdout)
        return EXIT_VALID
    try:
        _engines.engine()
    except (ValueError, ImportError) as exc:  # SESSIONSPEC_ENGINE misspelt, or not installed
        _say(stderr, str(exc))
        return EXIT_USAGE
    settings = _settings(args)
    output = _render.FORMATS[args.format](stdout)
    tally = _render.Tally("line" if args.ndjson else "body")
    progress = progress if args.ndjson else None
    for name in args.files:
        source = "<stdin>" if name == "-" else name
        try:
            with _open(name, stdin) as file:
                if args.ndjson:
                    _check_lines(file, source, settings, output, tally, progress)
                else:
                    data = read_body(file, args.max_bytes)
                    report = (
                        Report((too_large(args.max_bytes),))
                        if data is None
                        else check(data, *settings)
                    )
                    tally.count(report)
                    output.add(source, report)
        except OSError as exc:  # reading: writing fails with OutputError
            reason = exc.strerror or str(exc)
            _say(stderr, f"cannot read {source}: {reason}")
            tally.unreadable += 1
            output.unreadable(source, reason)
    passed = tally.passed(args.strict)
    output.close(tally, passed)
    stdout.flush()
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_VALID if passed else EXIT_INVALID


def _rendered(family: str, rendering: str, version: str | None) -> str:
    if rendering == "2020-12":
        return schema_text(family, version)
    from . import _publish

    source = schema(family, version)
    if rendering == "draft-07":
        return json.dumps(_publish.draft07(source), indent=2, ensure_ascii=False) + "\n"
    return _publish.reference_page(source)


def _open(name: str, stdin: BinaryIO | None) -> contextlib.AbstractContextManager[BinaryIO]:
    if name == "-":
        return contextlib.nullcontext(stdin or sys.stdin.buffer)
    return open(name, "rb")


def _check_lines(
    file: BinaryIO,
    source: str,
    settings: tuple[Endpoint, Schemas, Options],
    output: _render.Output,
    tally: _render.Tally,
    progress: _Progress | None,
) -> None:
    """One body per line, streamed: blank lines are skipped, a bad line stops nothing."""
    max_bytes = settings[2].max_bytes
    for number, line in lines(file, max_bytes):
        if line is None:
            report = Report((too_large(max_bytes),))
        elif line.strip(_JSON_WHITESPACE):
            report = check(line, *settings)
        else:
            continue
        tally.count(report)
        if report.issues:
            if progress:
                progress.clear()
            output.add(source, report, number)
        if progress and not tally.checked % _PROGRESS_EVERY:
            progress.show(source, tally)
    if progress:
        progress.clear()


def _settings(args: argparse.Namespace) -> tuple[Endpoint, Schemas, Options]:
    """What every document of this run is checked with."""
    opened = args.unknown_params == "warning"
    schemas = Schemas(
        target(SESSIONSTART, args.schema_version, open_params=opened),
        target(EVENTS, args.events_schema_version, open_params=opened),
    )
    options = Options(args.lint, frozenset(args.ignore), args.max_bytes, args.max_depth)
    return Endpoint(args.endpoint), schemas, options


_JSON_WHITESPACE = b" \t\r\n"
_PROGRESS_EVERY = 10_000


class _Progress:
    """A line on a terminal's stderr that counts what has been checked so far."""

    def __init__(self, stream: _render.Stream) -> None:
        self.stream = stream
        self.width = 0

    def show(self, source: str, tally: _render.Tally) -> None:
        text = printable(f"{source}: {tally.checked:,} lines checked, {tally.invalid:,} invalid")
        self.width = max(self.width, len(text))
        self.stream.write(f"\r{text}")
        self.stream.flush()

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


class OutputError(Exception):
    """Writing the output failed: the reader went away, or the disk is full. Not an OSError,
    so that it is never mistaken for a file that cannot be read."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause)
        self.cause = cause


class _Sink:
    """An output stream whose write errors are OutputError. On stderr (``quiet``) they are
    ignored: there is nowhere left to report them."""

    def __init__(self, stream: TextIO, *, quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as exc:
            if self.quiet:
                return 0
            raise OutputError(exc) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            if not self.quiet:
                raise OutputError(exc) from None

    def isatty(self) -> bool:
        return self.stream.isatty()


def _say(stderr: _render.Stream, message: str) -> None:
    print(printable(f"sessionspec: {message}"), file=stderr)


def main() -> None:
    # A body may hold lone surrogates that the terminal cannot encode: show them escaped.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    status = run()
    if status == EXIT_CLOSED:
        # Python flushes stdout once more on the way out: into a closed pipe, that would
        # print a traceback of its own.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(status)
