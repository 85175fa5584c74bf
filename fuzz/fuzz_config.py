"""Coverage-guided fuzzing of the configuration a check reads, with atheris.

    pip install -e '.[fuzz]'
    mkdir -p fuzz/config-corpus
    python fuzz/fuzz_config.py -max_total_time=600 fuzz/config-corpus

The fuzzer's bytes are a ``--config`` file: raw, or a [tool.sessionspec] table of the known
keys (and near misses) with values of every TOML type. The command line checks a valid body
with it. Any exception is a finding; so is an exit status other than 0, 1 or 2, a usage error
that does not name the file, or a valid body judged invalid.
"""

import io
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from sessionspec._faces.cli import run
    from sessionspec._settings import OPTIONS

BODY = (Path(__file__).resolve().parent.parent / "tests" / "examples" / "valid").joinpath(
    "every-member.json"
)
KEYS = [o.key for o in OPTIONS] + ["strikt", "max_bytes", "", "tool", "sessionspec"]
VALUES = [
    "true",
    "false",
    "0",
    "-1",
    "64",
    "1073741825",
    "inf",
    "nan",
    "1.5",
    '"SS303"',
    '"ss4"',
    '"SS201"',
    '"events"',
    '"warning"',
    '["SS303", "SS4"]',
    "[1]",
    "[[]]",
    "{}",
    "{ a = 1 }",
    "1979-05-27T07:32:00Z",
    '"\\u0000"',
]
JUDGING = ("max-bytes", "schema-version", "strict", "endpoint")
FOLDER = Path(tempfile.mkdtemp())


def toml_of(provider: atheris.FuzzedDataProvider) -> bytes:
    """A configuration built of known pieces, or the raw bytes."""
    if provider.ConsumeBool():
        return provider.ConsumeBytes(4096)
    header = provider.PickValueInList(
        ["[tool.sessionspec]", "[tool]", "", "tool = 1", "[tool.sessionspec.x]"]
    )
    lines = [header]
    for _ in range(provider.ConsumeIntInRange(0, 6)):
        key = provider.PickValueInList(KEYS)
        if provider.ConsumeBool():
            value = provider.PickValueInList(VALUES)
        else:
            value = provider.ConsumeUnicodeNoSurrogates(12)
        lines.append(f"{key} = {value}")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def check(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    config = FOLDER / "fuzzed.toml"
    config.write_bytes(toml_of(provider))
    out, err = io.StringIO(), io.StringIO()
    status = run(["check", "--config", str(config), str(BODY)], stdout=out, stderr=err)
    if status not in (0, 1, 2):
        raise AssertionError(f"exit status {status}")
    if status == 2 and not err.getvalue().startswith(f"sessionspec: {config}"):
        raise AssertionError(f"a usage error that does not name the file: {err.getvalue()!r}")
    # Only a smaller size limit, an older schema, another endpoint or --strict can fail the
    # valid body.
    if status == 1 and not any(key in text for key in JUDGING for text in [config.read_text()]):
        raise AssertionError(f"a valid body judged invalid: {out.getvalue()!r}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
