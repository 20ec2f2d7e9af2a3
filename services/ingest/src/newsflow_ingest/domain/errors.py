"""What goes wrong when input cannot become a RawArticle, said so a person can act on it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from pydantic import ValidationError


@dataclass(frozen=True)
class FieldError:
    """One field of the article that broke a rule, such as a maximum length."""

    loc: tuple[str | int, ...]
    msg: str
    type: str


class ArticleFormatError(ValueError):
    """The input cannot be read as an article; the message says why, `errors` which fields."""

    def __init__(self, reason: str, errors: Sequence[FieldError] = ()) -> None:
        super().__init__(reason)
        self.errors = tuple(errors)


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
