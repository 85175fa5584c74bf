"""parse_location(): the session a 201 answer's Location header names."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sessionspec import InvalidLocation, Location, parse_location

SEED = "/api/v1/sessions/bfcca2ca597a3c71bc03b4ce357833ad02b3570d262ecd0c595fcf8f2ae4df58"
SEGMENT = st.text(st.sampled_from("abcdefXYZ0123456789._~!$&'()*+,;=:@%-"), min_size=1)


def test_the_documented_header() -> None:
    assert parse_location(SEED) == Location(
        "v1", "bfcca2ca597a3c71bc03b4ce357833ad02b3570d262ecd0c595fcf8f2ae4df58"
    )


def test_an_absolute_url() -> None:
    assert parse_location(f"https://example.hb-api.omtrdc.net{SEED}") == parse_location(SEED)
    assert parse_location(f"http://[::1]:8080{SEED}") == parse_location(SEED)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "/api/v1/sessions/",
        "/api/v1/sessions",
        "/api//sessions/abc",
        "/api/v1/sessions/abc/events",
        "api/v1/sessions/abc",
        "/v1/sessions/abc",
        "https://example.com/",
        "/api/v1/session/abc",
        # What the published header pattern refuses: white space, a query, a fragment.
        f" {SEED}",
        f"{SEED}\r\n",
        f"{SEED}?x=1",
        f"{SEED}#top",
        "/api/v 1/sessions/abc",
    ],
)
def test_anything_else_is_refused_clearly(value: str) -> None:
    with pytest.raises(InvalidLocation, match="expected /api/<version>/sessions/<session id>"):
        parse_location(value)


def test_a_non_string_is_refused() -> None:
    with pytest.raises(InvalidLocation, match="not bytes"):
        parse_location(SEED.encode())  # type: ignore[arg-type]


@given(SEGMENT, SEGMENT)
def test_round_trip(version: str, session: str) -> None:
    assert parse_location(f"/api/{version}/sessions/{session}") == Location(version, session)


@given(st.text())
@example("/api/v1/sessions/a\nb")
@example("http://[::1")
def test_garbage_never_crashes(value: str) -> None:
    try:
        location = parse_location(value)
    except InvalidLocation:
        return
    assert location.api_version
    assert location.session_id
