"""Pass 1, round 4: a surname the model never tagged, where the text says a person is meant.

"translated by Sophie Ardern-Wyatt" … "Ardern-Wyatt, who grew up in Shropshire": the
last word of a name the article gives in full, written alone where no name was tagged,
with a title before it ("Ms Ardern-Wyatt"), "who" or an age after it, or a speech verb
after it ("Ardern-Wyatt said"), is a mention of a person. Clustering then joins it to
the full name, and its cue makes that name a person's whatever the model called it.
Only the last words of names with no organisation's or place's head word are looked
for, with one search over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence, Set

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import CLAUSE_OPENERS, PARTICLES
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import ORG_HEADS, head_type
from newsflow_enrich.domain.linking.name_edges import CALENDAR
from newsflow_enrich.domain.linking.name_search import standalone
from newsflow_enrich.domain.linking.nationalities import is_people_adjective
from newsflow_enrich.domain.names import CAPITAL_LETTERS, SMALL_LETTERS, TITLES, honorific_at

# Round 29: capitals and small letters with diacritics too ("Álvarez", "Grandpré", "Łukasz").
_SURNAME = re.compile(
    rf"^[{CAPITAL_LETTERS}][^\W\d_]*[{SMALL_LETTERS}]"
    rf"(?:-[{CAPITAL_LETTERS}][^\W\d_]*[{SMALL_LETTERS}])?$"
)
_MIN_LENGTH = 3
_MOST_WORDS_BEFORE = 4  # "Jean-Baptiste Gnagne" of "Kouassi", "Amalia de la" of "Fuente"
# Round 5: a capitalised particle too ("De Santis said" of "Chiara De Santis").
# Round 21: a capitalised word right before, not a title: the particles belong to its name.
_NAME_WORD_BEFORE = re.compile(
    rf"(?<![\w-])(?!(?i:{'|'.join(sorted(TITLES))})\.? $)[A-Z][\w'.-]* $"
)
_PARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(sorted(PARTICLES))}) $")


def untagged_surnames(spans: Sequence[Span], article: ArticleText) -> list[Span]:
    surnames = _surnames(spans) | _given_names(spans, article.lower_words)
    if not surnames:
        return []
    text = article.normalised
    starts = sorted(s.start for s in spans)
    ends = sorted(s.end for s in spans)
    found = []
    for surname in sorted(surnames):
        for start in _occurrences(text, surname):
            bounds = (start, start + len(surname))
            particle = _PARTICLE_BEFORE.search(text, max(0, start - 6), start)
            if particle and particle.group()[:1].isupper():
                bounds = (particle.start(), bounds[1])  # round 5: "Le Goff said"
            elif particle:
                continue  # "Jan-Hendrik du Plessis": "Plessis" is not the name alone
            if _inside(bounds, starts, ends):
                continue
            span = article.span(bounds, "PERSON")
            if span.personal or span.says:
                found.append(span)
    return found


def untagged_particle_surnames(spans: Sequence[Span], article: ArticleText) -> list[Span]:
    """Round 21: a surname that opens with its particles in lower case, written alone as
    the full name writes it ("van der Westhuizen told reporters" of "Johannes van der
    Westhuizen", "de la Fuente" of "Matías de la Fuente Ossa", "bin Omar's lawyer"), or
    with the first particle capitalised as a sentence opens ("De Saint-Aubin said"). The
    model rarely tags a name that opens in lower case, or tags only pieces of it ("da
    Costa" | "Belo"). The particles as the full name has them say a person is meant, so
    no title or speech verb is needed; a capitalised word right before ("Plaza de la
    Fuente") makes it part of another name."""
    text = article.normalised
    found: list[Span] = []
    for surname in _particle_surnames(spans):
        for written in (surname, surname[0].upper() + surname[1:]):
            for start in _occurrences(text, written):
                bounds = (start, start + len(written))
                # the model tagged nothing there, or pieces ("da Costa" | "Belo") that give way
                if any(_crosses_or_holds(bounds, s) for s in [*spans, *found]):
                    continue
                if _NAME_WORD_BEFORE.search(text, max(0, start - 40), start):
                    continue
                found.append(article.span(bounds, "PERSON"))
    return found


def _particle_surnames(spans: Sequence[Span]) -> list[str]:
    """The surnames with particles that people's full names end with, longest first:
    "de la Fuente Ossa" and "de la Fuente" of "Matías de la Fuente Ossa"."""
    found: set[str] = set()
    for span in spans:
        words = span.text.split()
        if span.coarse != "PERSON" or len(words) < 3 or span.text.isupper():
            continue
        opening = next((i for i, w in enumerate(words) if i and _lower_particle(w)), None)
        if opening is None or opening == len(words) - 1:
            continue
        for end in range(opening + 1, len(words)):
            if _SURNAME.match(words[end]):
                found.add(" ".join(words[opening : end + 1]))
    return sorted(found, key=lambda s: (-len(s), s))


def _lower_particle(word: str) -> bool:
    return word.islower() and word in PARTICLES


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where the word stands on its own (str.find: a few surnames, no regex per article)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1 : at] if at else " "
        after = text[end : end + 1]
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            yield at
        at = text.find(word, end)


def _surnames(spans: Sequence[Span]) -> set[str]:
    found = set()
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse not in ("PERSON", "ORG") or span.text.isupper():
            continue
        if head_type(span.text) is not None:
            continue
        # round 6: the first of two surnames too ("Paredes, 26, who…" of "Kevin Paredes
        # Mora"), as Spanish and Portuguese news call a person; round 7: after two given
        # names too ("Chiriboga said" of "Luis Alberto Chiriboga Andrade")
        inner = [words[-2]] if len(words) in (3, 4) and span.coarse == "PERSON" else []
        for word in [words[-1], *inner]:
            lower = word.lower()
            if len(word) < _MIN_LENGTH or not _SURNAME.match(word) or lower in PARTICLES:
                continue
            if lower not in ORG_HEADS and lower not in TITLES:
                found.add(word)
    return found


def _given_names(spans: Sequence[Span], common: Set[str]) -> set[str]:
    """Round 5: the first word of a person's full name, which only one person in the
    article bears and the article never writes in lower case: "Pornthip Rattanakosol" …
    "Pornthip told reporters" (Thai, Malay, Tamil and Indonesian names are used so)."""
    firsts: dict[str, set[str]] = {}
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse != "PERSON" or span.text.isupper():
            continue
        first = words[0]
        if len(first) < _MIN_LENGTH or not _SURNAME.match(first):
            continue
        lower = first.lower()
        if lower in TITLES or lower in ORG_HEADS or lower in common or lower in PARTICLES:
            continue
        firsts.setdefault(first, set()).add(words[-1])
    return {first for first, surnames in firsts.items() if len(surnames) == 1}


def _inside(bounds: tuple[int, int], starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether a span overlaps these bounds: of the spans that start before their end,
    some do not end by their start (every span that ends by then also starts before)."""
    begun = bisect_left(starts, bounds[1])  # spans starting before the end
    finished = bisect_right(ends, bounds[0])  # spans ending at or before the start
    return begun > finished


def untagged_full_names(
    spans: Sequence[Span], article: ArticleText, gazetteer: Gazetteer
) -> list[Span]:
    """Round 8: "Amalia de la Fuente" … "De la Fuente called him": a person's full name
    the model never tagged whole, found from the surname it tagged alone where a title,
    "who", an age or a speech verb says a person is meant (or that it called a person with
    its particles): the capitalised given names (and the particles between) right before
    another use of the surname, none of them a title, a role, a nationality, a word that
    opens a clause or a word the article writes in lower case ("Minority Leader Frank
    Hollister", "Colombian Julián Restrepo", "But Wieczorek"). A given name the model
    tagged alone goes into the name ("Jean-Baptiste" | "Gnagne Kouassi")."""
    surnames = {_last_word(s.text) for s in spans if _lone_surname(s)}
    if not surnames:
        return []
    text = article.normalised
    found = []
    for surname in sorted(surnames):
        for start in standalone(text, surname):
            begin = _given_names_before(article, start, gazetteer)
            bounds = (begin, start + len(surname))
            if bounds[0] == start or article.sentences.splits(*bounds):
                continue
            if not any(_crosses_or_holds(bounds, s) for s in spans):
                found.append(article.span(bounds, "PERSON"))
    return found


def _lone_surname(span: Span) -> bool:
    """One name word, after particles only ("Kouassi", "Du Plessis", "De la Fuente"),
    that the text marks as a person's (or, after particles, the model does)."""
    if not (span.personal or span.says or span.label == "PERSON"):
        return False
    words = span.text.split()
    if not _SURNAME.match(words[-1]) or any(w.lower() not in PARTICLES for w in words[:-1]):
        return False
    return span.personal or span.says or len(words) > 1


def _crosses_or_holds(bounds: tuple[int, int], span: Span) -> bool:
    """Overlaps the bounds without lying strictly inside them: a name the model tagged
    whole ("Eli Lilly" … "Lilly said") is left as it is."""
    if not (span.start < bounds[1] and bounds[0] < span.end):
        return False
    inside = bounds[0] <= span.start and span.end <= bounds[1]
    return not inside or (span.start, span.end) == bounds


def _last_word(name: str) -> str:
    return name[name.rfind(" ") + 1 :]


def _given_names_before(article: ArticleText, start: int, gazetteer: Gazetteer) -> int:
    """Where the given names (and particles) right before the surname at `start` begin;
    `start` if there are none. A name never opens with a particle, and never takes the
    word that opens its sentence ("On Monday Eli Lilly…")."""
    text, common = article.normalised, article.lower_words
    begin = at = start
    for _ in range(_MOST_WORDS_BEFORE):
        if at < 2 or text[at - 1] != " ":
            break
        word_start = text.rfind(" ", 0, at - 1) + 1
        word = text[word_start : at - 1]
        lower = word.lower()
        if article.sentences.starts_at(word_start) or (
            lower not in PARTICLES and not _given_name(word, common, gazetteer)
        ):
            break
        if honorific_at(text, word_start, word):  # round 54: "Ma" | "Thandar, 29, said"
            break
        at = word_start
        if lower not in PARTICLES:
            begin = word_start
    return begin


def _given_name(word: str, common: Set[str], gazetteer: Gazetteer) -> bool:
    lower = word.lower()
    if not _SURNAME.match(word) or lower in common or lower in TITLES:
        return False
    if lower in CLAUSE_OPENERS or lower in CALENDAR:
        return False  # "But Wieczorek smiled", "on Monday Lilly said"
    return noun_type(lower) is None and not is_people_adjective(word, gazetteer)
