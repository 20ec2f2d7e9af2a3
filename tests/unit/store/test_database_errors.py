"""Transient or permanent, told by SQLSTATE, over psycopg's own error classes."""

from __future__ import annotations

import psycopg
import pytest

from newsflow_store.adapters.database_errors import describe, is_transient

TRANSIENT = {
    "08000": "connection exception",
    "08003": "connection does not exist",
    "08006": "connection failure",
    "08001": "client unable to establish connection",
    "08004": "server rejected the connection",
    "40001": "serialization failure",
    "40P01": "deadlock detected",
    "57P01": "admin shutdown",
    "57P02": "crash shutdown",
    "57P03": "cannot connect now",
    "53000": "insufficient resources",
    "53100": "disk full",
    "53200": "out of memory",
    "53300": "too many connections",
    # The deployment is not ready for the store; no article is at fault.
    "42501": "insufficient privilege (a login without its grants)",
    "42P01": "undefined table (a schema not migrated yet)",
    "42703": "undefined column",
}
PERMANENT = {
    "22021": "character not in repertoire (a NUL byte)",
    "22001": "string data right truncation",
    "22P02": "invalid text representation",
    "23505": "unique violation",
    "23503": "foreign key violation",
    "23514": "check violation",
    "54000": "program limit exceeded (an index row too large)",
    "54001": "statement too complex",
    "42601": "syntax error",
    "40002": "transaction integrity constraint violation",
    "57014": "query canceled",
    "XX000": "internal error",
}


@pytest.mark.parametrize("sqlstate", TRANSIENT)
def test_a_retry_may_cure_a_lost_link_a_busy_server_or_a_lost_race(sqlstate: str) -> None:
    assert is_transient(psycopg.errors.lookup(sqlstate)(TRANSIENT[sqlstate]))


@pytest.mark.parametrize("sqlstate", PERMANENT)
def test_no_retry_cures_the_data_the_schema_or_the_sql(sqlstate: str) -> None:
    assert not is_transient(psycopg.errors.lookup(sqlstate)(PERMANENT[sqlstate]))


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (psycopg.OperationalError("server closed the connection unexpectedly"), True),
        (psycopg.errors.ConnectionTimeout("connection timeout expired"), True),
        (psycopg.InterfaceError("the connection is closed"), False),
        (
            psycopg.ProgrammingError("the query has 2 placeholders but 1 parameters were passed"),
            False,
        ),
        (ValueError("a bug of ours in to_rows"), False),
        (ConnectionResetError("not from psycopg"), False),
    ],
    ids=repr,
)
def test_without_a_sqlstate_only_a_dead_link_is_transient(
    error: Exception, transient: bool
) -> None:
    assert is_transient(error) is transient


def test_the_description_leads_with_the_sqlstate_or_says_there_is_none() -> None:
    error = psycopg.errors.lookup("54000")("index row size 3016 exceeds btree maximum 2704")
    unsent = psycopg.DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes")

    assert describe(error) == (
        "SQLSTATE 54000 (ProgramLimitExceeded): index row size 3016 exceeds btree maximum 2704"
    )
    assert describe(unsent) == (
        "no SQLSTATE (DataError): PostgreSQL text fields cannot contain NUL (0x00) bytes"
    )
