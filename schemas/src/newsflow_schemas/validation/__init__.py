"""The rules an article's input must pass at every door, each with a stable reason code.

Ingest applies them to what clients send (HTTP bodies, files, feeds), and enrich to what
producers write to the raw topic directly, so both refuse the same input for the same
reason: the `reason` of a dead letter, and of each error in ingest's 422 answers.

- `invalid_utf8`: bytes that are not UTF-8 (decoded strictly, never with replacements);
- `not_text`: a binary file, or text more than 10% of which is control, unassigned or
  private-use characters or U+FFFD;
- `control_characters`: a control character but tab, line feed and carriage return (NUL);
- `lone_surrogates`: half a UTF-16 pair, such as the JSON escape `"\\ud800"`;
- `invalid_url`: a `url` that is not an absolute http or https URL with a host;
- `field_too_long`: a field over its maximum length;
- `duplicate_keys`: a JSON object that names a key twice;
- `nested_too_deep`: JSON nested deeper than MAX_JSON_DEPTH;
- `unknown_field`: a field the HTTP API does not know (the raw topic ignores them, so that
  a later version can add fields);
- `invalid_raw_article`: anything else that makes no article: not JSON, not an object, a
  field missing, of the wrong type or out of its range.

PostgreSQL refuses NUL in text and lone surrogates in UTF-8: neither passes these rules.
Pure: pydantic and the standard library, like the rest of the contracts."""

from newsflow_schemas.validation.documents import MAX_JSON_DEPTH, decode_text, load_json
from newsflow_schemas.validation.reasons import (
    CONTROL_CHARACTERS,
    DUPLICATE_KEYS,
    FIELD_TOO_LONG,
    INVALID_RAW_ARTICLE,
    INVALID_URL,
    INVALID_UTF8,
    LONE_SURROGATES,
    NESTED_TOO_DEEP,
    NOT_TEXT,
    REASONS,
    UNKNOWN_FIELD,
    InputRefused,
    most_specific_reason,
    reason_for,
    summarise,
)
from newsflow_schemas.validation.text import (
    NOT_TEXT_SHARE,
    PlainText,
    Timestamp,
    VisibleText,
    WebUrl,
    not_text_share,
    text_problem,
    url_problem,
)

__all__ = [
    "CONTROL_CHARACTERS",
    "DUPLICATE_KEYS",
    "FIELD_TOO_LONG",
    "INVALID_RAW_ARTICLE",
    "INVALID_URL",
    "INVALID_UTF8",
    "LONE_SURROGATES",
    "MAX_JSON_DEPTH",
    "NESTED_TOO_DEEP",
    "NOT_TEXT",
    "NOT_TEXT_SHARE",
    "REASONS",
    "UNKNOWN_FIELD",
    "InputRefused",
    "PlainText",
    "Timestamp",
    "VisibleText",
    "WebUrl",
    "decode_text",
    "load_json",
    "most_specific_reason",
    "not_text_share",
    "reason_for",
    "summarise",
    "text_problem",
    "url_problem",
]
