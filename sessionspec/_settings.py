"""What a check is asked for: one table of options, and the frozen value that holds them.

``OPTIONS`` is the one place an option is declared. The Python keywords, the command line's
flags, the ``[tool.sessionspec]`` reader and the options page of the documentation all come
from it, and a test holds them equal. Each option has one check, whatever gives its value: a
keyword, a flag's text or a TOML value.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypedDict

from ._catalog.schema import FAMILIES, SCHEMA_DEPTH, VERSIONS, Endpoint, Target, target
from ._core.issues import ignorable_codes

# The default limits. A body is a few KB and at most 4 levels deep.
MAX_BYTES = 1_048_576
MAX_DEPTH = 64
# The largest limit that may be set, and the largest capture read: 1 GiB.
MOST_BYTES = 1 << 30
# The shallowest limit that may be set: as deep as a Media Collection body goes. A Media Edge
# body goes deeper (SCHEMA_DEPTH): a lower limit refuses it, as asked.
SHALLOWEST = 4
# The deepest limit that may be set: Python's own parser, and the messages that show a value,
# recurse once a level, within the interpreter's recursion limit (1,000 by default).
DEEPEST = 256
# Adobe's pages disagree on the ad ping cadence: 1 s in most, 10 s in the ping page since 2024
# and in the SDKs' default. 10 s is the default, so that no documented client is warned.
AD_PING_SECONDS = (1, 10)
DEFAULT_AD_PING_SECONDS = 10

UnknownParams = Literal["error", "warning"]

PYTHON, CLI, CONFIG = "python", "cli", "config"  # where an option can be given


@dataclass(frozen=True)
class Option:
    """One option: its keyword (written with hyphens as a flag and a configuration key), what
    it means, how a given value is checked, and its defaults."""

    name: str
    help: str
    check: Callable[[Any], Any]  # the value to use, or ValueError (TypeError) saying why not
    default: Any  # the library's
    cli_default: Any = None  # the command line's, when it is not the library's
    metavar: str | None = None
    faces: frozenset[str] = frozenset((PYTHON, CLI, CONFIG))
    family: str | None = None  # the schema family whose version the option pins
    repeatable: bool = False  # values given in several places add up
    choices: tuple[str, ...] = ()  # the values it takes, when they are few

    @property
    def key(self) -> str:
        """Its name on the command line (after ``--``) and in ``[tool.sessionspec]``."""
        return self.name.replace("_", "-")

    @property
    def on_cli(self) -> Any:
        return self.default if self.cli_default is None else self.cli_default


def within(low: int, high: int) -> Callable[[Any], int]:
    def number(given: Any) -> int:
        # An int, never a bool, a float or text (the command line reads its text first).
        if isinstance(given, bool) or not isinstance(given, int):
            raise ValueError(f"must be a whole number, not {given!r}")
        if not low <= given <= high:
            raise ValueError(f"must be from {low:,} to {high:,}")
        return given

    return number


def _one_of(*choices: str) -> Callable[[Any], str]:
    def choice(given: Any) -> str:
        if given not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not {given!r}")
        return str(given)

    return choice


def _seconds(*choices: int) -> Callable[[Any], int]:
    def seconds(given: Any) -> int:
        if isinstance(given, bool) or given not in choices:
            raise ValueError(f"must be {' or '.join(map(str, choices))} (seconds), not {given!r}")
        return int(given)

    return seconds


def _boolean(given: Any) -> bool:
    if not isinstance(given, bool):
        raise ValueError(f"must be true or false, not {given!r}")
    return given


def _version(family: str) -> Callable[[Any], str | None]:
    def version(given: Any) -> str | None:
        return None if given is None else _one_of(*VERSIONS[family])(given)

    return version


_ENDPOINTS = tuple(e.value for e in Endpoint if e is not Endpoint.SESSIONSTART)

OPTIONS: tuple[Option, ...] = (
    Option(
        "lint",
        "warnings and infos too (SS3xx, and SS4xx for sessions), not only errors",
        _boolean,
        False,
        cli_default=True,
    ),
    Option(
        "ignore",
        "silence these warnings and infos: single codes or prefixes such as SS4, in any case",
        ignorable_codes,
        frozenset(),
        metavar="CODE[,CODE...]",
        repeatable=True,
    ),
    Option(
        "unknown_params",
        "what a params key unknown to the schema is: error, as for the API; warning lets a key"
        " Adobe added after this release through, reported as SS311",
        _one_of("error", "warning"),
        "error",
        choices=("error", "warning"),
    ),
    Option(
        "max_bytes",
        f"refuse a body (a line, in NDJSON) longer than N bytes, up to {MOST_BYTES:,}"
        f" ({MAX_BYTES:,} by default)",
        within(1, MOST_BYTES),
        MAX_BYTES,
        metavar="N",
    ),
    Option(
        "max_depth",
        f"refuse a body nested deeper than N levels, {SHALLOWEST} to {DEEPEST}"
        f" ({MAX_DEPTH} by default; a Media Edge body needs {SCHEMA_DEPTH})",
        within(SHALLOWEST, DEEPEST),
        MAX_DEPTH,
        metavar="N",
    ),
    Option(
        "ad_ping_interval",
        "how often the session rules of a live session (NDJSON, HAR) expect a ping during an"
        " ad: 10 seconds (the default, as Adobe's ping page and SDKs) or 1 (as its other pages)",
        _seconds(*AD_PING_SECONDS),
        DEFAULT_AD_PING_SECONDS,
        metavar="SECONDS",
        faces=frozenset((CLI, CONFIG)),
    ),
    *(
        Option(
            family.version_option,
            f"check {family.label} bodies against this version of their schema: one of"
            f" {', '.join(family.versions)} (the newest by default)",
            _version(family.name),
            None,
            choices=family.versions,
            faces=frozenset((CLI, CONFIG)),
            family=family.name,
        )
        for family in FAMILIES
    ),
    Option(
        "endpoint",
        "where the bodies are sent: sessions (a sessionStart, or a batch in the deprecated"
        " form), events (one event), downloaded (a batch), edge (a Media Edge API body); auto,"
        " the default: a batch when it is an array, a Media Edge body when it holds events,"
        " else by its eventType",
        _one_of(*_ENDPOINTS),
        "auto",
        choices=_ENDPOINTS,
        faces=frozenset((CLI, CONFIG)),
    ),
    Option(
        "strict",
        "fail on warnings too, not only on errors",
        _boolean,
        False,
        faces=frozenset((CLI, CONFIG)),
    ),
    Option(
        "all_warnings",
        "list every warning: by default a code's warnings are listed 3 times a file, then counted",
        _boolean,
        False,
        faces=frozenset((CLI, CONFIG)),
    ),
    Option(
        "jobs",
        "check with N processes: 0, the default, one per core up to 4; 1, in this process"
        " alone. The output is the same whatever N; an input of fewer than 32,768 calls starts"
        " no other process (a file that holds more starts them at once)",
        within(0, 1024),
        0,
        metavar="N",
        faces=frozenset((CLI, CONFIG)),
    ),
    Option(
        "skip_unrelated",
        "skip, and count, the files (or lines) that mention no eventType or playerTime, such"
        " as package.json: the pre-commit hooks use it",
        _boolean,
        False,
        faces=frozenset((CLI, CONFIG)),
    ),
)
BY_NAME = {option.name: option for option in OPTIONS}


class Keywords(TypedDict, total=False):
    """The options every Python entry point takes as keywords (a test holds them equal to the
    table's)."""

    lint: bool
    ignore: str | Iterable[str]
    unknown_params: UnknownParams
    max_bytes: int
    max_depth: int


@dataclass(frozen=True)
class Settings:
    """Every option of a check, each checked as it is made: ``Settings(lint=True)``. Made
    once and shared, as a service checks every body with the same settings. ``versions`` pins
    a schema family's version by its name (``{"events": "1.0"}``); the newest is the default.
    ``endpoint``, ``strict``, ``all_warnings``, ``jobs``, ``skip_unrelated`` and
    ``ad_ping_interval`` are the command line's: the Python entry points choose the endpoint
    themselves and check no live session."""

    lint: bool = False
    ignore: frozenset[str] = frozenset()
    unknown_params: UnknownParams = "error"
    max_bytes: int = MAX_BYTES
    max_depth: int = MAX_DEPTH
    ad_ping_interval: int = DEFAULT_AD_PING_SECONDS
    versions: Mapping[str, str] = dataclasses.field(default_factory=dict)
    endpoint: str = "auto"
    strict: bool = False
    all_warnings: bool = False
    jobs: int = 0
    skip_unrelated: bool = False

    def __post_init__(self) -> None:
        for option in OPTIONS:
            if option.family is None:
                given = getattr(self, option.name)
                try:
                    object.__setattr__(self, option.name, option.check(given))
                except (ValueError, TypeError) as exc:
                    raise type(exc)(f"{option.name}: {exc}") from None
        if not isinstance(self.versions, Mapping):
            raise TypeError(f"versions: a mapping of family to version, not {self.versions!r}")
        for family, version in self.versions.items():
            if family not in VERSIONS:
                known = ", ".join(VERSIONS)
                raise ValueError(f"versions: no schema family {family!r}: known are {known}")
            try:
                target(family, version)  # ValueError for a version never published
            except ValueError as exc:
                raise ValueError(f"versions: {exc}") from None
        object.__setattr__(self, "versions", _Versions(self.versions))

    def __hash__(self) -> int:
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        # Hashed once: settings are keys of the caches that make a check cheap.
        return hash(tuple(getattr(self, field.name) for field in dataclasses.fields(self)))

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes) if changes else self

    @functools.cached_property
    def targets(self) -> dict[str, Target]:
        """The schema each family's bodies are checked against."""
        opened = self.unknown_params == "warning"
        return {
            family: target(family, self.versions.get(family), open_params=opened)
            for family in VERSIONS
        }


class _Versions(Mapping[str, str]):
    """Pinned versions, frozen and hashable: settings are keys of the caches that make a check
    cheap."""

    def __init__(self, given: Mapping[str, str]) -> None:
        self._items = tuple(sorted(given.items()))

    def __getitem__(self, family: str) -> str:
        return dict(self._items)[family]

    def __iter__(self) -> Iterator[str]:
        return (family for family, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __repr__(self) -> str:
        return repr(dict(self._items))


DEFAULT = Settings()
