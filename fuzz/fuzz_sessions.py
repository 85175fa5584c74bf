"""Coverage-guided fuzzing of the whole-session check on raw bytes, with atheris.

    pip install -e '.[fuzz]'
    mkdir -p fuzz/sessions-corpus
    python fuzz/fuzz_sessions.py -max_total_time=600 fuzz/sessions-corpus tests/sessions/

The bytes are read both as NDJSON, one call per line, and as a HAR capture, and every session
is drawn. Any exception is a finding (NotACapture, for what is not a capture, is the answer);
so is a report whose verdict does not follow from its errors.
"""

import contextlib
import io
import sys

import atheris

with atheris.instrument_imports():
    from sessionspec._catalog.schema import Endpoint
    from sessionspec._read import forms as _documents
    from sessionspec._read import har as _har
    from sessionspec._session import stream as _stream
    from sessionspec._settings import Settings

SETTINGS = Settings(lint=True)


def check(data: bytes) -> None:
    drawn = io.StringIO()
    judged = []
    for form in (_documents.SESSION_LOG, _documents.HAR):
        stream = _stream.Stream(
            Endpoint.AUTO,
            SETTINGS,
            sessions=form.sessions,
            midway=form.midway,
            timelines=lambda timeline: drawn.write(str(timeline)),
            source="fuzz",
        )
        with contextlib.suppress(_har.NotACapture):
            for document in form.read(io.BytesIO(data), SETTINGS):
                if document is not None:
                    judged.append(stream.judge(document))
            stream.close()
    for one in judged:
        assert one.report.valid == (not one.report.errors), one.report


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
