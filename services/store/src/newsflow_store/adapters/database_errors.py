"""Which database errors a retry can cure, told by SQLSTATE and never by message text.

Transient: the link or the server failed, or the transaction lost a race; the same write
will succeed later. So is a deployment that is not ready for the store: a login without
its grants, a schema not migrated yet. No article is at fault there, and dead-lettering
every one until an operator fixes it would empty the stream into the dead-letter topic;
retried, the stage is stuck and says so (/readyz, NewsflowStageStuck) until it is fixed.
Everything else is permanent: the data (22), a constraint (23), a program limit such as an
index row too large (54), the SQL itself (42601), or our own code."""

from __future__ import annotations

import psycopg

# Connection exception; insufficient resources; operator intervention: admin or crash
# shutdown, cannot connect now (57P, but not 57014, a cancelled query).
TRANSIENT_CLASSES = ("08", "53", "57P")
# Serialization failure and deadlock detected: the transaction lost a race.
TRANSIENT_STATES = frozenset({"40001", "40P01"})
# Insufficient privilege, undefined table, column or function: the deployment, not the data.
DEPLOYMENT_STATES = frozenset({"42501", "42P01", "42703", "42883"})


def is_transient(error: BaseException) -> bool:
    if not isinstance(error, psycopg.Error):
        return False
    if error.sqlstate is None:
        # No answer from the server at all: the link died (or never came up).
        return isinstance(error, psycopg.OperationalError)
    state = error.sqlstate
    return state in TRANSIENT_STATES | DEPLOYMENT_STATES or state.startswith(TRANSIENT_CLASSES)


def describe(error: psycopg.Error) -> str:
    """The SQLSTATE first, so that a dead letter or a log line can be searched by it."""
    if error.sqlstate is None:  # raised by psycopg itself: no answer, or nothing sent
        return f"no SQLSTATE ({type(error).__name__}): {error}"
    return f"SQLSTATE {error.sqlstate} ({type(error).__name__}): {error}"
