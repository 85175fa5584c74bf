"""The command line: ``run(argv) -> int`` does everything; only ``main`` exits."""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import json
import os
import re
import shutil
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

from .._catalog import examples
from .._catalog.schema import SESSIONSTART, VERSIONS, Endpoint, schema, schema_text
from .._core.issues import BY_VALUE, Code
from .._core.words import closest, printable
from .._judge import engines
from .._read.forms import FORMS, HAR, NDJSON, WHOLE_FILE, form_of, sniffed
from .._read.har import NotACapture
from .._session.stream import Stream
from .._session.timeline import Timeline
from .._settings import CLI, CONFIG, OPTIONS, Settings, within
from . import config
from . import output as _output
from .workers import Workers

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_WHOLE_NUMBER = re.compile(r"[-+]?[0-9]{1,30}")
# As Unix tools end: killed by SIGPIPE (128 + 13) when the output is closed, and by SIGINT
# (128 + 2) when interrupted.
EXIT_CLOSED, EXIT_INTERRUPTED = 141, 130


def _typed(check: Callable[[Any], Any], number: bool) -> Callable[[str], Any]:
    """An argparse type from a check: its ValueError becomes argparse's own error. The text
    of a ``number`` is read as one first, so that the check is the one a file's value or a
    keyword meets."""

    def parsed(text: str) -> Any:
        try:
            return check(int(text) if number and _WHOLE_NUMBER.fullmatch(text) else text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parsed


class _Parser(argparse.ArgumentParser):
    commands: dict[str, argparse.ArgumentParser]  # each command's own parser

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: None = None
    ) -> argparse.Namespace:
        # An unknown option of a command is that command's mistake: show its usage, not ours.
        parsed, unknown = self.parse_known_args(args)
        if unknown:
            command = self.commands.get(getattr(parsed, "command", ""), self)
            command.error(f"unrecognized arguments: {' '.join(unknown)}")
        return parsed


def _parser() -> _Parser:
    parser = _Parser(
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
        " (SS3xx) what it accepts but Adobe's documentation says is wrong; session findings"
        " (SS4xx, on batches and with --session) what breaks the rules of a whole session."
        " Defaults come from"
        " [tool.sessionspec] in the closest pyproject.toml. Exit status: 0 all valid (warnings"
        " too, unless --strict), 1 any invalid, 2 usage error or unreadable file.",
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a JSON, NDJSON or HAR file, a folder of them, or - for stdin",
    )
    check.add_argument(
        "--format", choices=list(_output.FORMATS), default="text", help="output format (text)"
    )
    check.add_argument(
        "--statistics",
        action="store_true",
        help="instead of each issue, count each code (in the json format, in the summary's codes)",
    )
    check.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print the issues, not the summary line (the json format is whole regardless)",
    )
    _add_options(check)
    check.add_argument(
        "--ndjson",
        action="store_true",
        help="each file holds one body per line (blank lines are skipped)",
    )
    check.add_argument(
        "--session",
        action="store_true",
        help="each file holds one player's calls in order, checked one by one and against the"
        " session rules: a HAR capture (.har), else one call per line (a batch, a JSON array,"
        " is a session without this option)",
    )
    check.add_argument(
        "--timeline",
        action="store_true",
        help="draw each session of a session log, a capture or a batch as a text timeline",
    )
    _add_configuration(check)
    schema_command = commands.add_parser(
        "schema",
        help="print a bundled JSON Schema, or a rendering of it",
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
    example = commands.add_parser(
        "example",
        help="print a valid example body, a template to start from",
        description="Every example passes every check, the session rules and --strict"
        " included. With no argument, a sessionStart.",
    )
    shown = example.add_mutually_exclusive_group()
    shown.add_argument(
        "event_type", nargs="?", metavar="EVENT", help="the body of this eventType, such as play"
    )
    shown.add_argument(
        "--session",
        action="store_true",
        help="a whole session with every event type, one call per line (NDJSON)",
    )
    shown.add_argument(
        "--batch", action="store_true", help="a downloaded session, the JSON array of one batch"
    )
    explain = commands.add_parser(
        "explain",
        help="say what a code means, why, and what it reports",
        description="With no code, list every code. A prefix such as SS4 lists the codes it"
        " begins, in any case.",
    )
    explain.add_argument("codes", nargs="*", metavar="CODE", help="a code, or a prefix of codes")
    serve = commands.add_parser(
        "serve",
        help="answer as the Media Collection API does, judging every call",
        description="A stand-in for the Media Collection API to point a player at: each call is"
        " judged as check --session judges a session log, and answered as the API answers it"
        " (201 with Location, 204, 400 with the report, 404, 410). GET /_sessionspec/sessions"
        " lists the sessions and their findings. The first line printed is the base URL."
        " Needs the serve extra: pip install 'sessionspec[serve]'.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port",
        type=_typed(within(0, 65_535), number=True),
        default=8080,
        metavar="PORT",
        help="the port to listen on; 0 picks a free one (8080)",
    )
    serve.add_argument(
        "--upstream",
        metavar="URL",
        help="pass every call on to this API (https://{company}.hb-api.omtrdc.net) and give the"
        " player its answers, reporting where they disagree with the verdict (SS412)",
    )
    serve.add_argument(
        "--record",
        type=Path,
        metavar="FILE",
        help="write what passes through to FILE as a HAR capture, which check --session reads"
        " back: of each call its path, body, status and Location, no other header or cookie",
    )
    serve.add_argument(
        "--allow-remote",
        action="store_true",
        help="listen on an address other machines reach, as --host asks",
    )
    _add_options(serve, served=True)
    _add_configuration(serve)
    convert = commands.add_parser(
        "convert",
        help="write a body, a batch or a session log for the other API",
        description="Convert Media Collection API bodies to Media Edge API bodies, or back: one"
        " body, a downloaded batch, or a session log (NDJSON, a body a line, written back a body"
        " a line). The input is checked first; the converted bodies go to standard output (or"
        " --output), and notes on what does not carry over as it is (SS5xx) to standard error."
        " Exit 1 when the input has errors, or a converted body is refused until it is given"
        " what SS503 says.",
    )
    convert.add_argument("file", metavar="FILE", help="a JSON or NDJSON file, or - for stdin")
    convert.add_argument(
        "--to", required=True, choices=["edge", "collection"], help="the API to convert to"
    )
    convert.add_argument(
        "--ndjson", action="store_true", help="one body a line, whatever the file's name"
    )
    convert.add_argument(
        "--session-id",
        metavar="ID",
        help="to edge: the session the events belong to (a placeholder without it)",
    )
    convert.add_argument(
        "--param",
        action="append",
        type=_key_value,
        default=[],
        metavar="KEY=VALUE",
        help="to collection: a sessionStart param no Edge field holds, such as"
        " analytics.reportSuite=RSID; repeatable",
    )
    convert.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the bodies to FILE"
    )
    parser.commands = {
        "check": check,
        "schema": schema_command,
        "example": example,
        "explain": explain,
        "serve": serve,
        "convert": convert,
    }
    return parser


def _key_value(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


# The options that apply to a server: what each call is checked with. (The session rules,
# which say when a session is closed, are always on.)
_SERVED = frozenset({"ignore", "unknown_params", "max_bytes", "max_depth", "ad_ping_interval"})


def _add_options(parser: argparse.ArgumentParser, served: bool = False) -> None:
    """The flags of the options table (with ``served``, those that apply to a server)."""
    for option in OPTIONS:
        if CLI not in option.faces:
            continue
        if served and option.family is None and option.name not in _SERVED:
            continue
        flag = f"--{option.key}"
        if isinstance(option.default, bool):
            on = "on" if option.on_cli else "off"
            parser.add_argument(
                flag,
                action=argparse.BooleanOptionalAction,
                default=None,
                help=f"{option.help} (default: {on})",
            )
        elif option.repeatable:
            parser.add_argument(
                flag,
                action="extend",
                type=_typed(option.check, number=False),
                metavar=option.metavar,
                help=f"{option.help}; repeatable",
            )
        else:
            # A few values are shown in the usage line, as argparse shows choices.
            shown = "{" + ",".join(option.choices) + "}" if option.choices else option.metavar
            number = isinstance(option.default, int)
            parser.add_argument(
                flag, type=_typed(option.check, number), metavar=shown, help=option.help
            )


def _add_configuration(parser: argparse.ArgumentParser) -> None:
    """Where the defaults come from."""
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="read defaults from this TOML file's [tool.sessionspec] table",
    )
    parser.add_argument(
        "--isolated", action="store_true", help="read no pyproject.toml: the built-in defaults"
    )


class _Version(argparse.Action):
    """Like argparse's "version" action, but reads the version only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import version

        schemas = "; ".join(f"{family} {', '.join(v)}" for family, v in VERSIONS.items())
        print(f"sessionspec {version('sessionspec')} (schemas: {schemas})")
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
            _say(stderr, f"no {args.family} schema {args.schema_version}: known are {known}")
            return EXIT_USAGE
        stdout.write(_rendered(args.family, args.rendering, args.schema_version))
        return EXIT_VALID
    if args.command == "example":
        return _example(args, stdout, stderr)
    if args.command == "explain":
        return _explain(args.codes, stdout, stderr)
    if args.command == "convert":
        return _convert(args, stdin, stdout, stderr)
    if args.command == "check" and args.timeline and (args.format != "text" or args.statistics):
        _say(stderr, "--timeline draws in the text format only, without --statistics")
        return EXIT_USAGE
    if args.command in ("check", "serve") and args.isolated and args.config is not None:
        _say(stderr, "--isolated reads no configuration, --config reads one: give one of them")
        return EXIT_USAGE
    if args.command == "serve":
        return _serve(args, stdout, stderr)
    if args.command == "check" and args.files.count("-") > 1:
        _say(stderr, "standard input (-) can be read once: name it once")
        return EXIT_USAGE
    if args.command == "check" and args.timeline and args.ndjson and not args.session:
        _say(stderr, "--timeline draws sessions: with --ndjson, add --session")
        return EXIT_USAGE
    try:
        settings = _settings(args)
        engines.engine()
    except (config.ConfigError, ValueError, ImportError) as exc:
        # a configuration that cannot be used, a misspelt SESSIONSPEC_ENGINE
        _say(stderr, str(exc))
        return EXIT_USAGE
    return _check_files(args, settings, stdin, stdout, stderr, progress)


def _settings(args: argparse.Namespace) -> Settings:
    """What every document of this run is checked with: each option from the command line,
    else from the project's configuration, else its default; codes to ignore from both."""
    path = None if args.isolated else (args.config or config.find())
    if args.config is not None and not args.config.is_file():
        raise config.ConfigError(f"{args.config}: no such file")
    settable = {o.key: o.check for o in OPTIONS if CONFIG in o.faces}
    configured = config.load(path, settable) if path is not None else {}
    values: dict[str, Any] = {}
    versions: dict[str, str] = {}
    for option in OPTIONS:
        given = getattr(args, option.name, None)
        value: Any
        if option.repeatable:
            value = frozenset((*configured.get(option.name, ()), *(given or ())))
        else:
            value = configured.get(option.name, option.on_cli) if given is None else given
        if option.family is None:
            values[option.name] = value
        elif value is not None:
            versions[option.family] = value
    return Settings(**values, versions=versions)


def _check_files(
    args: argparse.Namespace,
    settings: Settings,
    stdin: BinaryIO | None,
    stdout: _Sink,
    stderr: _Sink,
    progress: _Progress | None,
) -> int:
    units = set()
    tally = _output.Tally("body", strict=settings.strict)
    output = _output.FORMATS[args.format](
        stdout,
        tally,
        every_warning=settings.all_warnings,
        quiet=args.quiet,
        statistics=args.statistics,
    )

    drawn = 0

    def draw(timeline: Timeline) -> None:
        nonlocal drawn
        drawn += 1
        if progress:
            progress.clear()
        for line in str(timeline).splitlines():
            print(printable(line), file=stdout)

    with Workers(settings.jobs) as workers:
        for name, walked in _inputs(args.files):
            source = "<stdin>" if name == "-" else name
            # What a folder holds is chosen as the hooks choose, what names no call skipped, unless
            # --no-skip-unrelated says otherwise.
            skips = walked and args.skip_unrelated is not False
            chosen = settings.replace(skip_unrelated=True) if skips else settings
            shows_progress = None
            started = 0
            drawn_before = drawn
            output.begin(source)
            try:
                with _open(name, stdin) as file:
                    head = _head(file)
                    form = form_of(name, head, ndjson=args.ndjson, session=args.session)
                    looks = sniffed(head) if form is WHOLE_FILE and not args.session else None
                    if looks in _HINTS:
                        _say(stderr, f"{source} {_HINTS[looks]}")
                    units.add(form.unit)
                    stream = Stream(
                        Endpoint(settings.endpoint),
                        chosen,
                        sessions=form.sessions,
                        midway=form.midway,
                        timelines=draw if args.timeline else None,
                        source=source,
                    )
                    shows_progress = progress if form is not WHOLE_FILE else None
                    documents = form.read(file, chosen)
                    expected = _lines_in(file, head) if form.read is NDJSON.read else None
                    checked = workers.checked(documents, stream.endpoint, chosen, expected=expected)
                    for document, report in checked:
                        if document is None:
                            tally.skipped += 1
                            continue
                        judged = stream.judge(document, report)
                        if shows_progress and judged.report.issues:
                            shows_progress.clear()
                        output.add(source, judged.report, judged.text, document.place)
                        if shows_progress and not tally.checked % _PROGRESS_EVERY:
                            shows_progress.show(source, tally)
                stream.close()
                started = stream.started
                if args.timeline and drawn == drawn_before:
                    _say(stderr, f"{source} {_UNDRAWN.get(form, _UNDRAWN[None])}")
            except NotACapture as exc:
                _say(stderr, f"cannot read {source}: {exc}")
                output.unreadable(source, str(exc))
            except OSError as exc:  # reading: writing fails with OutputError
                reason = exc.strerror or str(exc)
                _say(stderr, f"cannot read {source}: {reason}")
                output.unreadable(source, reason)
            output.end(source)
            if shows_progress:
                shows_progress.clear()
            tally.sessions += started
    tally.unit = units.pop() if len(units) == 1 else "body" if not units else "document"
    passed = tally.passed()
    output.close(passed)
    stdout.flush()
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_VALID if passed else EXIT_INVALID


def _serve(args: argparse.Namespace, stdout: _Sink, stderr: _Sink) -> int:
    from . import server

    remote = not server.is_loopback(args.host)
    if remote and not args.allow_remote:
        _say(
            stderr,
            f"--host {args.host} lets other machines send calls here: add --allow-remote to"
            " mean it",
        )
        return EXIT_USAGE
    try:
        settings = _settings(args)
        upstream = None if args.upstream is None else server.upstream_url(args.upstream)
        listening = server.bound(args.host, args.port)
    except (config.ConfigError, ValueError) as exc:
        _say(stderr, str(exc))
        return EXIT_USAGE
    except OSError as exc:
        _say(stderr, f"cannot listen on {args.host} port {args.port}: {exc.strerror or exc}")
        return EXIT_USAGE
    with listening, contextlib.ExitStack() as closing:
        recorder = None
        if args.record is not None:
            try:
                base = upstream or server.base_url(listening)
                recorder = server.Recorder(args.record, base, adobes=upstream is not None)
            except OSError as exc:
                _say(stderr, f"cannot record to {args.record}: {exc.strerror or exc}")
                return EXIT_USAGE
            closing.callback(recorder.close)
        stand_in = server.StandIn(settings, proxy=upstream is not None, recorder=recorder)
        try:
            running = server.server_of(stand_in, upstream)
        except ImportError:
            _say(stderr, "serve needs the serve extra: pip install 'sessionspec[serve]'")
            return EXIT_USAGE
        if remote:
            _say(stderr, f"listening on {args.host}: other machines can send calls here")
        if upstream:
            _say(stderr, f"passing every call on to {upstream}")
        print(server.base_url(listening), file=stdout)
        stdout.flush()
        running.run(sockets=[listening])
    return EXIT_VALID


def _convert(args: argparse.Namespace, stdin: BinaryIO | None, stdout: _Sink, stderr: _Sink) -> int:
    from . import converting

    source = "<stdin>" if args.file == "-" else args.file
    try:
        with _open(args.file, stdin) as file:
            # The form check would read the input as, by its name or its first bytes.
            form = form_of(args.file, _head(file), ndjson=args.ndjson)
            if form is HAR:
                raise converting.Refused("a HAR capture: convert the bodies of its calls")
            ndjson = form is NDJSON
            request = converting.Request(
                source, args.to, ndjson, args.session_id, tuple(args.param)
            )
            if args.output is None:
                return converting.convert(request, file, stdout, stderr)
            converted = io.StringIO()  # no file is written for an input that is not converted
            code = converting.convert(request, file, converted, stderr)
            if converted.tell():
                args.output.write_text(converted.getvalue(), encoding="utf-8")
            return code
    except OSError as exc:
        _say(stderr, f"{source}: {exc.strerror or exc}")
    except (converting.Refused, ValueError, TypeError) as exc:
        _say(stderr, f"{source}: cannot convert: {exc}")
    return EXIT_USAGE


def _example(args: argparse.Namespace, stdout: _Sink, stderr: _Sink) -> int:
    if args.session:
        for call in examples.session():
            print(json.dumps(call, ensure_ascii=False), file=stdout)
        return EXIT_VALID
    if args.batch:
        print(json.dumps(examples.batch(), indent=2, ensure_ascii=False), file=stdout)
        return EXIT_VALID
    body = examples.example(args.event_type or "sessionStart")
    if body is None:
        known = [call["eventType"] for call in (*examples.session(), *examples.batch())]
        suggestion = closest(args.event_type, list(dict.fromkeys(known)))
        advice = (
            f"did you mean {suggestion}?"
            if suggestion
            else "known are " + ", ".join(sorted(set(known)))
        )
        _say(stderr, f"no event type {args.event_type!r}: {advice}")
        return EXIT_USAGE
    print(json.dumps(body, indent=2, ensure_ascii=False), file=stdout)
    return EXIT_VALID


def _explain(asked: list[str], stdout: _Sink, stderr: _Sink) -> int:
    """Each code asked for in full; the codes a prefix begins, or every code, one a line."""
    for given in asked:
        if given.upper() not in BY_VALUE and not any(
            code.value.startswith(given.upper()) for code in Code
        ):
            suggestion = closest(given.upper(), list(BY_VALUE))
            advice = f": did you mean {suggestion}?" if suggestion else ""
            _say(stderr, f"no code {given!r}{advice}")
            return EXIT_USAGE
    for given in asked or [""]:
        wanted = given.upper()
        if wanted in BY_VALUE:
            code = BY_VALUE[wanted]
            print(
                f"{code.value} ({code.severity.value}, {code.category.value}): {code.rule}",
                file=stdout,
            )
            print(f"  why: {code.why}", file=stdout)
            print(f"  for example: {code.example}", file=stdout)
            continue
        for code in Code:
            if code.value.startswith(wanted):
                print(f"{code.value}  {code.severity.value:<7}  {code.meaning}", file=stdout)
    return EXIT_VALID


def _rendered(family: str, rendering: str, version: str | None) -> str:
    if rendering == "2020-12":
        return schema_text(family, version)
    from .._catalog import publish

    source = schema(family, version)
    if rendering == "draft-07":
        return json.dumps(publish.draft07(source), indent=2, ensure_ascii=False) + "\n"
    return publish.reference_page(source)


def _open(name: str, stdin: BinaryIO | None) -> contextlib.AbstractContextManager[BinaryIO]:
    """The input, buffered so that its first bytes can be seen before it is read."""
    if name != "-":
        # A buffer large enough to see a long first line and the next when telling the form.
        return open(name, "rb", buffering=_SNIFFED)
    given = stdin or (sys.stdin.buffer if sys.stdin is not None else None)
    if given is None:  # started with standard input closed, as by `<&-`
        raise OSError(errno.EBADF, "standard input is closed")
    if not hasattr(given, "peek"):
        given = cast(BinaryIO, io.BufferedReader(cast(Any, given), _SNIFFED))
    return contextlib.nullcontext(given)


def _lines_in(file: BinaryIO, head: bytes) -> int | None:
    """How many lines a file of lines holds, about: its size over the length of the lines
    of ``head``, which begins it; None for a pipe, or when no line ends in the head."""
    try:
        status = os.fstat(file.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # an in-memory stream
        return None
    whole_lines = head.rfind(b"\n") + 1  # the length of the lines the head holds whole
    if not stat.S_ISREG(status.st_mode) or not whole_lines:
        return None
    return status.st_size * head.count(b"\n") // whole_lines


def _head(file: BinaryIO) -> bytes:
    """The first bytes of ``file``, left to be read."""
    head: bytes = cast(Any, file).peek(_SNIFFED)
    return head[:_SNIFFED]


# What to say of a file that by its name is one JSON document but by its content is not.
_HINTS = {
    NDJSON: "looks like NDJSON, a body on each line: --ndjson reads it so (or name it .ndjson)",
    HAR: "looks like a HAR capture: name it .har, or use --session, to check its calls",
}
# How much of an input is looked at to tell its form: a HAR's start, a line and the next.
# Standard input shows what it holds so far: a pipe may show less.
_SNIFFED = 1 << 16
# Folders are walked for the files of these endings; hidden folders and installed packages
# are not inputs.
_WALKED = frozenset(ending for form in FORMS for ending in form.endings)
_NOT_WALKED = frozenset({"node_modules", "__pycache__"})


def _inputs(names: list[str]) -> Iterator[tuple[str, bool]]:
    """Each input named, and whether it was found by walking a folder: a folder stands for
    the files of a known ending in it and below it, in name order."""
    for name in names:
        path = Path(name)
        if name == "-" or not path.is_dir():
            yield name, False
            continue
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(
                d for d in subfolders if not d.startswith(".") and d not in _NOT_WALKED
            )
            for file in sorted(files):
                if Path(file).suffix.lower() in _WALKED and not file.startswith("."):
                    yield os.path.join(folder, file), True


_PROGRESS_EVERY = 10_000


class _Progress:
    """A line on a terminal's stderr that counts what has been checked so far."""

    def __init__(self, stream: _output.Stream) -> None:
        self.stream = stream
        self.width = 0

    def show(self, source: str, tally: _output.Tally) -> None:
        text = printable(f"{source}: {tally.checked:,} lines checked, {tally.invalid:,} invalid")
        # Longer than the terminal is wide, the line would wrap and \r could not clear it:
        # the start of a long name is cut.
        room = shutil.get_terminal_size().columns - 1
        if len(text) > room:
            text = "..." + text[len(text) - room + 3 :] if room > 3 else text[:room]
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
    ignored: there is nowhere left to report them. A stream the process was started without
    (``None``, as by ``>&-``) fails as writing to a closed descriptor does."""

    def __init__(self, stream: TextIO | None, *, quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet

    def write(self, text: str) -> int:
        try:
            if self.stream is None:
                raise OSError(errno.EBADF, "the stream is closed")
            return self.stream.write(text)
        except OSError as exc:
            if self.quiet:
                return 0
            raise OutputError(exc) from None

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except OSError as exc:
            if not self.quiet:
                raise OutputError(exc) from None

    def isatty(self) -> bool:
        return self.stream is not None and self.stream.isatty()


_UNDRAWN = {
    NDJSON: "is read one body per line: --session draws its sessions",
    WHOLE_FILE: "is one body, not a session or a batch: there is no timeline to draw",
    None: "holds no session: there is no timeline to draw",
}


def _say(stderr: _output.Stream, message: str) -> None:
    print(printable(f"sessionspec: {message}"), file=stderr)


def main() -> None:
    # A body may hold lone surrogates that the terminal cannot encode: show them escaped.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    status = run()
    if status == EXIT_CLOSED:
        # Python flushes stdout once more on the way out: into a closed pipe, that would
        # print a traceback of its own.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(status)
