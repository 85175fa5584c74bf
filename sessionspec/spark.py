"""Checks for a day of traffic where it is stored: the calls of a PySpark DataFrame judged as
``sessionspec check`` judges them, per call and per session.

Install with ``pip install 'sessionspec[spark]'``.

- ``check_calls(df)`` judges every row's body on its own, as ``check`` judges a file: the rows
  come back with ``valid`` and ``issues`` (an array of structs with the fields of the JSON
  report: ``code``, ``severity``, ``pointer``, ``line``, ``column``, ``message``).
- ``check_sessions(df)`` follows each session's calls in order through the session rules, as
  ``check --session`` follows a session log: one row per finding, at its session and call.
- ``summary(findings)`` counts each code, as the JSON report's ``summary.codes``.

Bodies are a JSON text column (string or binary) or a struct column. A row that is not JSON
is a row with SS101, never a failed job. Rows made from a capture may also say where each call
was sent (``sent_to``) and Adobe's answer (``status``): they are then judged as
``check --session`` judges a HAR capture. The check runs in the Python workers (``mapInPandas``
and ``applyInPandas``), one validator per worker process; a session is held whole by one task
while its rules run, so memory follows the largest session, not the data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ._catalog.schema import Endpoint
from ._core.report import Report
from ._judge.pipeline import with_positions
from ._read.forms import WHOLE, Document, Place
from ._session.stream import Stream
from ._settings import BY_NAME, Settings

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

__all__ = ["ISSUE", "check_calls", "check_sessions", "summary"]

# An issue as a Spark type: the fields of one issue of the JSON report, in its order.
ISSUE = "code string, severity string, pointer string, line int, column int, message string"
_TEXT = "__sessionspec_body"
_SENT_TO = "__sessionspec_sent_to"
_STATUS = "__sessionspec_status"
_FINDING = ["session", "call", "code", "severity", "pointer", "line", "column", "message"]


def check_calls(
    df: DataFrame,
    body: str = "body",
    *,
    sent_to: str | None = None,
    status: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> DataFrame:
    """``df`` with two more columns: ``valid``, and ``issues`` (``array<struct<ISSUE>>``).
    Each body is judged by its endpoint and eventType as ``check`` judges a file, with the
    options of the command line (``lint``, ``ignore``, ``endpoint``, the schema versions...)
    and its defaults: warnings and infos included unless ``lint=False``.

    ``sent_to`` names a column that says where each call was sent (``"sessions"``,
    ``"events"``, ``"downloaded"``, ``"edge"``..., the values of ``--endpoint``; null: the
    ``endpoint`` option's), ``status`` one that holds Adobe's answer (an HTTP status, null where
    there was none): a call is then judged as the call of a HAR capture is, the answer's
    findings (SS412, SS413) included."""
    from pyspark.sql.types import ArrayType, BooleanType, StructField, StructType

    taken = {"valid", "issues"} & set(df.columns)
    if taken:
        raise ValueError(f"df has a column named {', '.join(sorted(taken))}: drop or rename it")
    chosen = _settings(settings, options)
    texts = _with_sent(_with_text(df, body), sent_to, status)
    issue = StructType.fromDDL(ISSUE)
    schema = StructType(
        [
            *df.schema.fields,
            StructField("valid", BooleanType()),
            StructField("issues", ArrayType(issue)),
        ]
    )

    def judged_rows(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        stream = Stream(Endpoint(chosen.endpoint), chosen)  # no sessions: it holds no state
        for frame in frames:
            sent = _sent(frame, sent_to, status)
            reports = []
            for text, endpoint, answer in zip(frame.pop(_TEXT), *sent, strict=True):
                payload = _payload(text)
                document = Document(payload, WHOLE, endpoint, "", answer)
                reports.append(with_positions(stream.judge(document).report, payload))
            frame["valid"] = [report.valid for report in reports]
            # An object column: a list of issues, each a dict, per row.
            issues = [_issues(report) for report in reports]
            frame["issues"] = pd.Series(issues, index=frame.index, dtype=object)
            yield frame

    return texts.mapInPandas(judged_rows, schema)


def check_sessions(
    df: DataFrame,
    session: str = "sid",
    order: str | Sequence[str] = "ts",
    body: str = "body",
    *,
    sent_to: str | None = None,
    status: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> DataFrame:
    """One row per finding of ``check --session``: each session's calls (the rows of one
    ``session`` value) in ``order`` (a column, or several: the calls' ts repeat, as Adobe's
    SDKs send them, so give a sequence number after it where one is at hand), each checked on
    its own, then through the session rules. Columns: ``session`` (as a string), ``call`` (the
    call's index in its session, from 0), then the fields of ``ISSUE``. A call's place in
    messages is its line in the session, from 1, as in a session log. Rows of no session (a
    null ``session``) are not checked here: ``check_calls`` judges them.

    ``sent_to`` and ``status`` are as for ``check_calls``. With ``sent_to``, the rows are
    taken as a capture's, as ``check --session`` takes a HAR capture: a session may have begun
    before the first of its rows (its first call an event), and rows sent to no session that
    began (a batch) get no session findings."""
    from pyspark.sql import functions

    chosen = _settings(settings, options)
    ordered = [order] if isinstance(order, str) else list(order)
    texts = _with_text(df, body).where(functions.col(session).isNotNull())
    texts = _with_sent(texts, sent_to, status)
    sent = [name for name, given in ((_SENT_TO, sent_to), (_STATUS, status)) if given]
    texts = texts.select(session, *ordered, _TEXT, *sent)
    schema = f"session string, call int, {ISSUE}"

    def findings(frame: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd

        frame = frame.sort_values(ordered, kind="stable")
        # A capture may begin after a session did, as HAR captures are read.
        stream = Stream(
            Endpoint(chosen.endpoint), chosen, sessions=True, midway=sent_to is not None
        )
        key = str(frame[session].iloc[0]) if len(frame) else ""
        rows = []
        calls = zip(frame[_TEXT], *_sent(frame, sent_to, status), strict=True)
        for index, (text, endpoint, answer) in enumerate(calls):
            document = Document(_payload(text), Place(line=index + 1), endpoint, key, answer)
            report = stream.judge(document).report
            located = with_positions(report, document.body)
            rows += [{"session": key, "call": index, **issue} for issue in _issues(located)]
        return pd.DataFrame(rows, columns=_FINDING)

    return texts.groupBy(session).applyInPandas(findings, schema)


def summary(findings: DataFrame) -> DataFrame:
    """``code`` and ``count``, the most frequent first: the counts of the JSON report's
    ``summary.codes``, from ``check_calls`` (its ``issues``) or ``check_sessions``."""
    from pyspark.sql import functions

    if "issues" in findings.columns:
        findings = findings.select(functions.explode("issues").alias("issue")).select("issue.*")
    counted = findings.groupBy("code").count()
    return counted.orderBy(functions.desc("count"), "code")


def _settings(settings: Settings | None, options: dict[str, Any]) -> Settings:
    """The command line's defaults (lint on), else ``settings``, then the keywords: any field
    of ``Settings``, each checked as the command line checks it."""
    return (settings or Settings(lint=BY_NAME["lint"].on_cli)).replace(**options)


def _with_text(df: DataFrame, body: str) -> DataFrame:
    """``df`` with its bodies as JSON text in a column of its own: a struct is written as
    JSON, text is kept as it is."""
    from pyspark.sql import functions
    from pyspark.sql.types import StructType

    column = functions.col(body)
    if isinstance(df.schema[body].dataType, StructType):
        column = functions.to_json(column)
    return df.withColumn(_TEXT, column.cast("binary"))


def _with_sent(df: DataFrame, sent_to: str | None, status: str | None) -> DataFrame:
    """``df`` with where each call was sent and Adobe's answer in columns of their own, as text
    and as an integer, when their columns are named."""
    from pyspark.sql import functions

    if sent_to is not None:
        df = df.withColumn(_SENT_TO, functions.col(sent_to).cast("string"))
    if status is not None:
        df = df.withColumn(_STATUS, functions.col(status).cast("int"))
    return df


def _sent(
    frame: pd.DataFrame, sent_to: str | None, status: str | None
) -> tuple[list[Endpoint | None], list[int | None]]:
    """Each row's endpoint and Adobe's answer, None where the column is null or not named."""
    import pandas as pd

    nothing: list[None] = [None] * len(frame)
    endpoints: list[Endpoint | None] = list(nothing)
    answers: list[int | None] = list(nothing)
    if sent_to is not None:
        endpoints = [None if pd.isna(value) else _endpoint(value) for value in frame.pop(_SENT_TO)]
    if status is not None:
        # An integer column with nulls reaches pandas as floats.
        answers = [None if pd.isna(value) else int(value) for value in frame.pop(_STATUS)]
    return endpoints, answers


def _endpoint(value: str) -> Endpoint:
    """The endpoint a ``sent_to`` value names. A value that names none fails the job: the
    column is not one of endpoints, and no call of it can be judged."""
    try:
        return Endpoint(value)
    except ValueError:
        known = ", ".join(endpoint.value for endpoint in Endpoint)
        raise ValueError(f"sent_to holds {value!r}: an endpoint is one of {known}") from None


def _payload(text: Any) -> bytes:
    """A row's body as the bytes a file would hold: no body at all is an empty text (SS101)."""
    return b"" if text is None else bytes(text)


def _issues(report: Report) -> list[dict[str, Any]]:
    """The issues of a report as the JSON report has them."""
    return [issue.to_dict() for issue in report.issues]
