"""Coverage-guided fuzzing of validate() on raw bytes, with atheris.

    pip install -e '.[fuzz]'
    mkdir -p fuzz/corpus
    python fuzz/fuzz_validate.py -max_total_time=600 fuzz/corpus tests/examples/*/

Any exception is a finding; so is a report whose verdict does not follow from its errors, or
the fast and reference engines disagreeing. libFuzzer writes the input that shows it to
crash-*; every finding becomes a regression test.
"""

import sys

import atheris

with atheris.instrument_imports():
    # Imported here, the modules validate() loads lazily are instrumented too.
    from sessionspec import validate
    from sessionspec._catalog.schema import SESSIONSTART, target
    from sessionspec._judge import engines as _engines
    from sessionspec._read.text import ParseFailure
    from sessionspec._settings import MAX_DEPTH

FAST = _engines.fast()
REFERENCE = _engines.reference()
TARGET = target(SESSIONSTART)


def verdict(engine: _engines.Engine, data: bytes) -> object:
    try:
        value = engine.loads(data, MAX_DEPTH)
    except ParseFailure as failure:
        return [(issue.code, issue.pointer) for issue in failure.issues]
    try:
        return engine.is_valid(value, TARGET)
    except ValueError:  # validate() asks the reference engine then
        return REFERENCE.is_valid(value, TARGET)


def check(data: bytes) -> None:
    report = validate(data, lint=True)
    assert report.valid == (not report.errors), report
    assert all(issue.line is not None for issue in report.issues), report
    assert verdict(FAST, data) == verdict(REFERENCE, data), data


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
