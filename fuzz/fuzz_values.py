"""Coverage-guided fuzzing of validate() on Python values that JSON text never produces.

    pip install -e '.[fuzz]'
    mkdir -p fuzz/values-corpus
    python fuzz/fuzz_values.py -max_total_time=600 fuzz/values-corpus

The fuzzer's bytes choose a value (huge and negative integers, NaN and infinities, Decimal,
complex, bytes, sets, tuples, subclasses, keys that are not strings, lone surrogates, deep
nesting), alone or in place of a member of a valid body. Any exception is a finding; so is a
report whose verdict does not follow from its errors, a message that cannot be shown, or the
two engines giving different verdicts.
"""

import collections
import copy
import decimal
import json
import pathlib
import sys
from typing import Any

import atheris

with atheris.instrument_imports():
    from sessionspec import validate
    from sessionspec._judge import engines as _engines

ENGINES = [_engines.fast(), _engines.reference()]
BODY = json.loads(
    (pathlib.Path(__file__).parent.parent / "tests/examples/valid/every-member.json").read_text()
)
PATHS = [
    ("playerTime", "ts"),
    ("playerTime", "playhead"),
    ("params", "media.length"),
    ("params", "media.id"),
    ("params", "visitor.customerIDs"),
    ("params", "visitor.aamLocationHint"),
    ("customMetadata", "x"),
    ("qoeData", "media.qoe.bitrate"),
    ("params",),
    (),
]


class Subclassed(dict):  # type: ignore[type-arg]
    pass


class Text(str):
    pass


def value(data: atheris.FuzzedDataProvider, depth: int = 0) -> Any:
    kind = data.ConsumeIntInRange(0, 17 if depth < 6 else 11)
    if kind == 0:
        return None
    if kind == 1:
        return data.ConsumeBool()
    if kind == 2:
        return data.ConsumeInt(8)
    if kind == 3:
        return (-1) ** data.ConsumeIntInRange(0, 1) * 10 ** data.ConsumeIntInRange(15, 6000)
    if kind == 4:
        return data.ConsumeFloat()
    if kind == 5:
        return data.PickValueInList([float("nan"), float("inf"), -float("inf"), -0.0, 1e308])
    if kind == 6:
        text = data.ConsumeUnicodeNoSurrogates(12)
        try:
            return decimal.Decimal(text)
        except decimal.InvalidOperation:
            return decimal.Decimal(data.PickValueInList(["NaN", "sNaN", "-Infinity", "1e400"]))
    if kind == 7:
        return complex(data.ConsumeFloat(), data.ConsumeFloat())
    if kind == 8:
        return data.ConsumeBytes(6)
    if kind == 9:
        return data.ConsumeUnicode(12)  # may hold lone surrogates
    if kind == 10:
        return Text(data.ConsumeUnicode(6))
    if kind == 11:
        return set(data.ConsumeIntList(2, 1))
    if kind == 12:
        return [value(data, depth + 1) for _ in range(data.ConsumeIntInRange(0, 3))]
    if kind == 13:
        return tuple(value(data, depth + 1) for _ in range(data.ConsumeIntInRange(0, 3)))
    if kind == 14:
        return {data.ConsumeUnicode(4): value(data, depth + 1) for _ in range(3)}
    if kind == 15:
        return Subclassed({data.ConsumeUnicode(4): value(data, depth + 1)})
    if kind == 16:
        key = data.PickValueInList([1, None, (1, 2), 10**5000, 1.5])
        return collections.OrderedDict({key: value(data, depth + 1)})
    nested: list[Any] = []
    for _ in range(data.ConsumeIntInRange(60, 3000)):
        nested = [nested]
    return nested


def check(raw: bytes) -> None:
    data = atheris.FuzzedDataProvider(raw)
    path = data.PickValueInList(PATHS)
    odd = value(data)
    if path:
        body = copy.deepcopy(BODY)
        parent = body
        for token in path[:-1]:
            parent = parent[token]
        parent[path[-1]] = odd
        odd = body
    verdicts = []
    for engine in ENGINES:
        _engines.engine = lambda engine=engine: engine  # type: ignore[misc]
        report = validate(odd, lint=True)
        assert report.valid == (not report.errors), report
        str(report)
        verdicts.append(report.valid)
    assert verdicts[0] == verdicts[1], verdicts


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
