"""Pass 1, round 4: a person's full name the model tagged without its first or last word.

The small model often tags three words of a four-word name, or two of three: "Its chief
executive, María | Belén Sosa Quiroga, told…", "Fetrapor's president, Héctor Aravena |
Soto, told…", "the home favourite Ana Sofía | Treviño Garza". A capitalised name word
right beside a person's name of two words or more, in the same sentence and in no other
name, is part of it, unless it is a title, a weekday or month, a word the article also
writes in lower case ("Yesterday", "Then"), a people ("the Spaniard"), a place the
article names, or an organisation's head word. On the right the word must end the run of
capitals ("…Roig Casals.", not "…Roig Casals Tennis Academy"); on the left at most two
given names are taken, and a word that opens the sentence only when the article also
uses it inside the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import CLAUSE_OPENERS, PARTICLES, POSITIONS
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import ORG_HEADS
from newsflow_enrich.domain.linking.nationalities import is_nationality
from newsflow_enrich.domain.names import HONORIFIC_PAIRS, TITLES, honorific_at, word_set

_WORD = r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?"
_LEFT = re.compile(rf"(?:^|(?<=[\s,(\"]))((?:{_WORD} ){{1,2}})$")
# What ends a run of capitals on the right: punctuation, a possessive, a lower-case word.
_RUN_ENDS = r"(?=[,.;:)!?\"]|'s\b| [a-z]|$)"
_RIGHT = re.compile(rf" ({_WORD}){_RUN_ENDS}")
_PARTICLE = "|".join(sorted(PARTICLES))
_CAPITAL_PARTICLE = "|".join(sorted(p.capitalize() for p in PARTICLES))
# Round 5: name particles before a surname, and the given names before them: "Inês dos" |
# "Santos Machava", "Pieter-Jan van der" | "Merwe", "Van der" | "Merwe said".
_PARTICLES_LEFT = re.compile(
    rf"(?:^|(?<=[\s,(\"]))((?:{_WORD} ){{0,2}})"
    rf"((?:{_PARTICLE}|{_CAPITAL_PARTICLE}) (?:(?:{_PARTICLE}) )?)$"
)
# Round 45: a particle and the surname after it, ending the run of capitals as on the right
# ("Gemma Bonell" | " i Torras voted").
_PARTICLE_RIGHT = re.compile(rf" ((?:{_PARTICLE}) {_WORD}){_RUN_ENDS}")
_PATRONYMIC = re.compile(r" (?:bin|binti|bint|ibn) $")
_HONORIFIC_BEFORE = re.compile(
    "(?i:" + "|".join(f"{a} {b}" for a, b in sorted(HONORIFIC_PAIRS)) + r") $"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?i:the|an?) $")
# Offices named before a name like a title, that also name the office itself ("the
# Ombudsman ruled"), so they are not descriptors: "Ombudsman Leonora Macaraeg-Villareal".
_ROLES = word_set("ombudsman inspector detective constable superintendent advocate adv")
_REACH = 40  # characters read back for given names
CALENDAR = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
_NOT_GIVEN = TITLES | _ROLES | POSITIONS | CALENDAR | ORG_HEADS | CLAUSE_OPENERS


def with_whole_names(
    spans: list[Span], article: ArticleText, gazetteer: Gazetteer, common: Set[str]
) -> list[Span]:
    """`common`: the words the article writes in lower case."""
    text = article.normalised
    places = {s.text for s in spans if s.coarse == "PLACE"}
    inner = _inner_words(spans, article)
    people = {s.text for s in spans if s.coarse == "PERSON" and " " in s.text}
    out = []
    for span in spans:
        full = _full_person_name(span) or _ends_with_person(span.text, people)
        if full and span.start >= article.lead_end:  # not a headline
            start = _left(span, spans, article, (common, places, inner), gazetteer)
            end = _right(span, spans, text, (common, places), gazetteer)
            if (start, end) != (span.start, span.end) and not article.sentences.splits(start, end):
                span = article.span((start, end), "PERSON")
        out.append(span)
    return out


def _ends_with_person(text: str, people: Set[str]) -> bool:
    """Round 10: "Luísa Pereira Coutinho" (tagged an organisation) ends with a person's
    name of two words the model tagged elsewhere ("Pereira Coutinho said")."""
    words = text.split()
    return len(words) > 2 and " ".join(words[-2:]) in people


def _full_person_name(span: Span) -> bool:
    return (span.coarse == "PERSON" or span.described_as == "PERSON") and " " in span.text


def _left(
    span: Span,
    spans: Sequence[Span],
    article: ArticleText,
    known: tuple[Set[str], Set[str], Set[str]],
    gazetteer: Gazetteer,
) -> int:
    text = article.normalised
    match = _LEFT.search(text, max(0, span.start - _REACH), span.start)
    if match is None:
        return span.start
    common, places, inner = known
    if _HONORIFIC_BEFORE.search(match.group(1)):
        return span.start  # round 5: "Tan Sri" | "Wong Kah Seng" is a title, not names
    start = span.start
    words = match.group(1).split()
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if _covered((start - len(word) - 1, start), spans, span) or word in places:
            return span.start  # "San Pedro" | "Garza García": a place's name, not a person's
        if not _given_word(word, start, text, (common, places), gazetteer):
            break  # "Councillor Ana" | "Smith Jones": the title is no given name
        if at and is_nationality(f"{words[at - 1]} {word}", gazetteer):
            break  # round 23: "the New Zealander" | "Grant Hollingsworth", "Sri Lankan"
        if _ARTICLE_BEFORE.search(text, max(0, start - len(word) - 5), start - len(word) - 1):
            break  # "the Catalan" | "Jordi Puigvert": no given name follows "the"
        start -= len(word) + 1
    if start == span.start:
        return start
    opener = text[start : text.index(" ", start)]
    if article.sentences.starts_at(start) and opener not in inner and not span.personal:
        # "Tama Ngata-Rewiti had…" unless "Tama" is used mid-sentence, or (round 7) an
        # age or "who" marks the person ("Akmal Tursunovich Yuldashev, 57, who chaired")
        return span.start
    return start


def _right(
    span: Span,
    spans: Sequence[Span],
    text: str,
    known: tuple[Set[str], Set[str]],
    gazetteer: Gazetteer,
) -> int:
    match = _RIGHT.match(text, span.end)
    if match is None:
        return span.end
    common, places = known
    if not _name_word(match.group(1), common, places, gazetteer):
        return span.end
    if _covered(match.span(1), spans, span):
        return span.end
    return match.end(1)


def _given_word(
    word: str, end: int, text: str, known: tuple[Set[str], Set[str]], gazetteer: Gazetteer
) -> bool:
    """`word`, written right before `end` and a space, can be a given name: a name word
    (_name_word), and, round 54, no honorific in this article ("Ko" | "Min Thu")."""
    common, places = known
    return _name_word(word, common, places, gazetteer) and not honorific_at(
        text, end - len(word) - 1, word
    )


def _name_word(word: str, common: Set[str], places: Set[str], gazetteer: Gazetteer) -> bool:
    folded = word.lower()
    if folded in _NOT_GIVEN or folded in common or word in places or noun_type(folded):
        return False  # "Commissioner", "Ombudsman": a role, not a given name
    if any(part in _NOT_GIVEN for part in folded.split("-")):
        return False  # "Lieutenant-Colonel"
    return not is_nationality(word, gazetteer)


def _inner_words(spans: Sequence[Span], article: ArticleText) -> set[str]:
    """Words of names that the article uses away from the start of a sentence."""
    return {w for s in spans if not article.sentences.starts_at(s.start) for w in s.text.split()}


def _covered(bounds: tuple[int, int], spans: Sequence[Span], own: Span) -> bool:
    return any(s is not own and s.start < bounds[1] and bounds[0] < s.end for s in spans)


def with_particles_before(
    spans: list[Span], article: ArticleText, gazetteer: Gazetteer, common: Set[str]
) -> list[Span]:
    """Round 5: a person's surname the model tagged without the particles before it ("Inês
    dos" | "Santos Machava", "Adv. Pieter-Jan van der" | "Merwe") takes them, with the
    given names before them (a given name the model tagged alone too); with no given
    name only when a capitalised particle opens the sentence ("Van der" | "Merwe said") or
    a full name in the article ends so ("Van der Merwe said" of "Pieter-Jan van der
    Merwe")."""
    places = {s.text for s in spans if s.coarse == "PLACE"}
    # round 6: "van den Broek said" (tagged an organisation), "Professor Sanne van den
    # Broek" (the surname tagged a place): a speech verb or a title marks the surname
    cued = {s.text for s in spans if (s.says or s.personal) and " " not in s.text}
    ends = _ends_of_full_names(spans)
    found: dict[int, tuple[int, str]] = {}  # span index -> (start, particles)
    for index, span in enumerate(spans):
        person = span.coarse == "PERSON" or span.text in cued or span.text.lower() in ends
        if person and span.start >= article.lead_end:
            left = _particles_left(span, article, (common, places), gazetteer)
            if left is not None:
                found[index] = left
    if not found:
        return spans
    whole = [
        (i, start)
        for i, (start, particles) in found.items()
        if start < spans[i].start - len(particles)
    ]
    tails = {f"{found[i][1]}{spans[i].text}".lower() for i, _ in whole}
    starts = dict(whole)
    for index, (start, particles) in found.items():
        bare = spans[index].start - len(particles)
        if start == bare and (
            (particles[:1].isupper() and article.sentences.starts_at(start))
            or f"{particles}{spans[index].text}".lower() in tails | ends
        ):
            starts[index] = start
    return _extended(spans, starts, article)


def with_particles_after(spans: list[Span], article: ArticleText) -> list[Span]:
    """Round 45: a person's name the model ended before a particle and the surname after
    it ("The councillor Gemma Bonell" | "i Torras voted against") runs on over them where
    the article writes the surname with them elsewhere ("Ms Bonell i Torras said")."""
    written = {s.text.lower() for s in spans if s.coarse == "PERSON" and " " in s.text}
    if not written:
        return spans
    out = []
    for span in spans:
        after = (
            _PARTICLE_RIGHT.match(article.normalised, span.end) if span.coarse == "PERSON" else None
        )
        if after is not None:
            end = after.end(1)
            surname = f"{span.text.rsplit(' ', 1)[-1]} {after.group(1)}".lower()
            if (
                surname in written
                and not _covered((span.end, end), spans, span)
                and not article.sentences.splits(span.start, end)
            ):
                span = replace(article.span((span.start, end), "PERSON"), sentence=span.sentence)
        out.append(span)
    return out


def _ends_of_full_names(spans: Sequence[Span]) -> set[str]:
    """Round 10: the last words of each person's name of three words or more, folded:
    "da Costa Belo" told, after "Mauk da Costa Belo", is the surname with its particle,
    whatever the model called "Costa Belo" there."""
    ends: set[str] = set()
    for span in spans:
        words = span.text.lower().split()
        if span.coarse == "PERSON" and len(words) >= 3:
            ends.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
    return ends


def _particles_left(
    span: Span, article: ArticleText, known: tuple[Set[str], Set[str]], gazetteer: Gazetteer
) -> tuple[int, str] | None:
    """Where the name would start with its particles and given names, and the particles."""
    text = article.normalised
    match = _PARTICLES_LEFT.search(text, max(0, span.start - _REACH - 10), span.start)
    if match is None:
        return None
    start, particles, named = match.start(2), match.group(2), False
    for word in reversed(match.group(1).split()):
        if word.lower() in PARTICLES and not named:
            particles = f"{word} {particles}"  # "Van der": both are particles
        elif _given_word(word, start, text, known, gazetteer):
            named = True
        else:
            break
        start -= len(word) + 1
    return start, particles


def _extended(spans: list[Span], starts: dict[int, int], article: ArticleText) -> list[Span]:
    out, absorbed = [], set()
    for index, span in enumerate(spans):
        start = starts.get(index)
        if start is None or article.sentences.splits(start, span.end):
            continue
        inside = [
            j for j, s in enumerate(spans) if j != index and s.start < span.start and s.end > start
        ]
        # round 7: before "bin", "binti", "bint" (son or daughter of) stand a person's
        # given names, whatever the model called them ("Nurul Huda binti Ahmad")
        patronymic = _PATRONYMIC.search(article.normalised, start, span.start) is not None
        if any(spans[j].start < start for j in inside) or not (
            patronymic or all(spans[j].coarse == "PERSON" for j in inside)
        ):
            continue  # another name sits there: not this person's given name
        absorbed.update(inside)
        absorbed.add(index)
        out.append(replace(article.span((start, span.end), "PERSON"), sentence=span.sentence))
    return [s for j, s in enumerate(spans) if j not in absorbed] + out
