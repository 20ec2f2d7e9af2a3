"""`newsflow dlq`: count the dead letters, read one, and replay them to where they came from.

letters and views are pure; kafka and journal are the adapters; service runs the commands
over any adapters; bootstrap wires the real ones. See docs/dead-letters.md."""

from newsflow.dlq.bootstrap import DlqConfig, one_line_errors, run_list, run_replay, run_show
from newsflow.dlq.letters import ID_HELP, REPLAY_HEADER, DlqError, LetterId, StoredLetter
from newsflow.dlq.service import ReplayReport, Selection

__all__ = [
    "ID_HELP",
    "REPLAY_HEADER",
    "DlqConfig",
    "DlqError",
    "LetterId",
    "ReplayReport",
    "Selection",
    "StoredLetter",
    "one_line_errors",
    "run_list",
    "run_replay",
    "run_show",
]
