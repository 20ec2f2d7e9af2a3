"""Pass 1, round 74: a name the article says is a name in another language is whole to the
end of its clause, its lower-case words too ("the Court of First Instance, known in Dutch
as the Gerecht in Eerste Aanleg, found", "Umeå District Court, known in Swedish as Umeå
tingsrätt, gave"). The model reads English: it cuts such a name at the words it takes for
English ("Gerecht" | "Eerste Aanleg", "Umeå" | "tingsrätt"), and the other-names pass
then binds a piece of it, or nothing.

Only where the clause ends within a few words, at a comma, a full stop, a semicolon, a
colon or a bracket, with no English word that goes on a sentence ("and", "until",
"where", …) before it: "known in English as Calicut until 1990" or "known in Estonian as
Kaitsepolitsei or Kapo" are left as the model tagged them.
"""

from __future__ import annotations

import re

from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.languages import language_names
from newsflow_enrich.domain.names import word_set

_KNOWN_IN_A_LANGUAGE = re.compile(
    r"\bknown\s+(?:locally\s+|officially\s+)?in\s+(?P<language>[A-Z][^\W\d_]+)\s+as\s+(?:the\s+)?"
)
_CLAUSE_END = re.compile(r"[,.;:()\[\]\n\"\u201c\u201d]")
_MAX_WORDS = 6
# English words that go on the sentence past the name ("as Vasa where about a fifth", "as
# Calicut until 1990", "as INAE and based at"), or join two names ("or Kapo").
_GOES_ON = word_set(
    "and or but until till where which who whom whose when while since after before because"
    " is was are were has have had will would said says that this than with from by at to"
    " into as for its their his her it"
)


def whole_names_in_languages(spans: list[Span], article: ArticleText) -> list[Span]:
    text = article.normalised
    for match in _KNOWN_IN_A_LANGUAGE.finditer(text):
        if match.group("language") not in language_names():
            continue
        bounds = clause_name(text, match.end())
        if bounds is None or article.sentences.splits(*bounds):
            continue
        start, end = bounds
        inside = [s for s in spans if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue  # a name the model tagged runs past the clause: it knows better
        if len(inside) == 1 and (inside[0].start, inside[0].end) == bounds:
            continue
        label = _label(spans, inside, text, match.start())
        if label is None:
            continue
        spans = [s for s in spans if s not in inside]
        spans.append(article.span(bounds, label))
    return spans


def clause_name(text: str, start: int) -> tuple[int, int] | None:
    """The name from `start` to the clause's end, when it is two to six words, opens with
    a capital and holds no English word that goes on the sentence."""
    clause_end = _CLAUSE_END.search(text, start)
    if clause_end is None:
        return None
    name = text[start : clause_end.start()].rstrip()
    words = name.split()
    if not 2 <= len(words) <= _MAX_WORDS or not words[0][:1].isupper():
        return None
    if any(word.lower() in _GOES_ON for word in words):
        return None
    return start, start + len(name)


def _label(spans: list[Span], inside: list[Span], text: str, known_at: int) -> str | None:
    """The label of the name it is another name of ("Umeå District Court, known in …"),
    else of the widest piece the model tagged; None when the model tagged neither."""
    before = [s for s in spans if s.end <= known_at and not text[s.end : known_at].strip(", ")]
    if before:
        return max(before, key=lambda s: s.end).label
    if inside:
        return max(inside, key=lambda s: s.end - s.start).label
    return None
