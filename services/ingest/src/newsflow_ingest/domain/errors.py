"""What goes wrong when input cannot become a RawArticle, said so a person can act on it,
with the stable reason code (newsflow_schemas.validation) that a program can act on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from pydantic import ValidationError

from newsflow_schemas.validation import InputRefused, most_specific_reason, reason_for


@dataclass(frozen=True)
class FieldError:
    """One field of the article that broke a rule, such as a maximum length."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    @property
    def reason(self) -> str:
        return reason_for(self.type)


class ArticleFormatError(ValueError):
    """The input cannot be read as an article; the message says why, `errors` which fields,
    `reason` which rule (the most specific of the fields' reasons unless given)."""

    def __init__(
        self, message: str, errors: Sequence[FieldError] = (), reason: str | None = None
    ) -> None:
        super().__init__(message)
        self.errors = tuple(errors)
        self.reason = reason or most_specific_reason(e.type for e in self.errors)


def describe_errors(error: ValidationError) -> str:
    """A one-line reason such as `0.title: String should have at least 1 character`."""
    return "; ".join(
        f"{'.'.join(str(part) for part in e['loc']) or 'document'}: {e['msg']}"
        for e in error.errors(include_url=False)
    )


@contextmanager
def field_errors_as_format_errors() -> Iterator[None]:
    """Turns the ValidationError of a model built here into an ArticleFormatError."""
    try:
        yield
    except ValidationError as error:
        fields = [FieldError(e["loc"], e["msg"], e["type"]) for e in error.errors()]
        raise ArticleFormatError(describe_errors(error), fields) from error


@contextmanager
def refusals_as_format_errors() -> Iterator[None]:
    """Turns a rule's InputRefused into an ArticleFormatError with the same reason."""
    try:
        yield
    except InputRefused as refused:
        error = FieldError(refused.loc, str(refused), refused.reason)
        raise ArticleFormatError(str(refused), [error], refused.reason) from refused
