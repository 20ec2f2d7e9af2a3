"""Pass 1, mention repairs: spans the model cut or ran together, mended from the article.

- "Choi Dong" | "-wook": a romanised given name cut at its hyphen is made whole, and a
  lone given name ("Young-jin") takes the short surname before it ("Oh Young-jin"); so
  is a double-barrelled name ("Norvik" | "-Salmo"), and a company's name that runs on to
  its head word ("Tianheng" | "New Energy");
- "the Dane Mikkel Strand", "the Colombian Julio Arce": a nationality before a name is
  cut (the gazetteer says which words are a country's people: "Colombian", "Moldovan");
  round 9: before a surname alone the model called a person's too ("Eritrean
  Tesfamariam-Gebru takes yellow"); round 32: not from a name the model took for a body's
  ("the Australian Antarctic Division"), unless the article writes the rest, or its last
  word, without it ("Sanders said"), or a noun names a person ("the Welshman");
- "Eirik Lunde of Team Fjordvik": a person of an organisation is two names, when the
  article uses the person's surname alone;
- "Tegwen Rowlands, who chairs…": a capitalised word the model left before a surname the
  article uses alone is the person's given name;
- "Harish" | "Chandra Bhatt", "María Fernanda" | "Ospina Caicedo": one person's name
  cut in two is made whole, when the article uses the surname alone;
- round 4: "María" | "Belén Sosa Quiroga", "Héctor Aravena" | "Soto": a full name
  missing its first or last word is made whole (name_edges.py); "Ardern-Wyatt, who…"
  untagged, after "Sophie Ardern-Wyatt", is a person (surname_mentions.py);
- round 6: "the State Board of Antiquities" | "and Heritage": a body's name cut at the
  "and" of its remits is made whole (remits.py);
- "Households", "Campaigners": one capitalised word that opens a sentence and that the
  article also writes in lower case is no name; nor is a title alone ("Councillor");
  "Welshman", "Moldovan" tagged as a person or organisation name a people (NORP);
- round 27: a ruler's epithet or regnal number is part of the name ("Darius the Great",
  "the Sasanian king Shapur I"), and the name is a person's;
- round 32: "Hawke" | "'s Bay Regional Council": a name cut at the possessive inside it
  is made whole (possessives.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from newsflow_enrich.domain.cue_words import PREPOSITIONS, head_noun_after
from newsflow_enrich.domain.descriptors import PLACE_NOUNS
from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.linking.cleaning import (
    ARABIC_ARTICLE,
    CLAUSE_OPENERS,
    PARTICLES,
    name_pieces,
)
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import ORG_HEADS, PLACE_HEADS, head_type
from newsflow_enrich.domain.linking.known import is_known_organisation
from newsflow_enrich.domain.linking.languages import LANGUAGE, names_a_language
from newsflow_enrich.domain.linking.name_edges import (
    CALENDAR,
    with_particles_after,
    with_particles_before,
    with_whole_names,
)
from newsflow_enrich.domain.linking.name_search import names_before
from newsflow_enrich.domain.linking.nationalities import (
    PERSON_NOUNS,
    is_nationality,
    names_a_people,
    shaped_as_people_adjective,
)
from newsflow_enrich.domain.linking.possessives import (
    across_possessives,
    owners_apart,
    with_possessors,
)
from newsflow_enrich.domain.linking.remits import (
    firms_apart_from_their_towns,
    with_jurisdictions,
    with_remits,
)
from newsflow_enrich.domain.linking.surname_mentions import (
    untagged_full_names,
    untagged_particle_surnames,
    untagged_surnames,
)
from newsflow_enrich.domain.names import (
    OFFICES,
    PERSONAL_TITLES,
    ROLES_IN_CAPITALS,
    TITLES,
    honorific_at,
    name_key,
    romanised_name,
)

_HYPHEN_SYLLABLE = re.compile(r"-[a-z]+(?![\w-])")
# "Norvik" | "-Salmo", "Ross" | "-on-Wye", "Stratford" | "-upon-Avon".
_HYPHEN_NAME = re.compile(r"(?:-(?:on|upon|le|la|en|sur|under|by|in))?-[A-Z][a-z]+(?![\w-])")
# Capitalised words the model left after a name, ending in an organisation's head word:
# "Tianheng" | "New Energy".
_HEAD_WORDS = re.compile(r"((?: [A-Z][a-z]+)*) ([A-Z][a-z]+)\b(?!['\u2019-])")
# Round 6: an Arabic article joined to the next word ends the name ("Ksar" | " es-Seghir",
# "Sharm" | " el-Sheikh").
_ARTICLE_NAME = re.compile(rf" {ARABIC_ARTICLE}-[A-Z][\w'-]*[a-z](?![\w-])")
_SHORT_SURNAME = re.compile(r"\b([A-Z][a-z]{0,4})\s+$")
_OF = re.compile(r" of (?:the )?")
# Capitalised words right after a person's name: "María Fernanda" | " Ospina Caicedo",
# "Francisco" | " Javier Oltra Mompó".
_UNTAGGED_NAME = re.compile(r"(?: [A-Z][\w'-]*[^\W\d_A-Z]){1,3}(?![\w'-])")
# Round 5: in single quotes too ("Glenroy 'Chubby' Facey").
_NICKNAME = re.compile(r"\b[A-Z][\w-]*[a-z] ([\"'])[A-Z][\w-]*[a-z]\1 [A-Z][\w-]*[a-z]\b")
_PARTICLE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]{2,3}) $")
_PARTY_WORDS = frozenset({"Party", "Congress", "League", "Front", "Movement"})
_QUALIFIER = re.compile(r" \(([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\)")
_PARTS_OF_A_REGION = frozenset({"lowlands", "uplands"})  # "the Caribbean lowlands"
_COMPASS_BEFORE = re.compile(
    r"\b(?:north|south|east|west|central)(?:ern|-eastern|-western|east|west)?\s+\Z", re.I
)
_NUMBERED_HEADS = frozenset(
    {"Channel", "Canal", "Terminal", "Local", "Unit", "Platform", "Pier", "Gate", "Berth"}
)
_NUMBER = re.compile(r" \d{1,5}(?!\d|[,.:/-]\d)")  # not "Unit 4.5", "Gate 3-2"
# Round 27: a ruler's epithet or regnal number after the name ("Darius the Great",
# "Shapur I", "Charles III"); "I" only where no verb follows, as the pronoun's would.
_EPITHETS = r"the (?:Great|Elder|Younger|Conqueror|Magnificent|Wise|Bold|Terrible|Pious|Navigator)"
_EPITHET = re.compile(rf" {_EPITHETS}(?![\w'-])")
_EPITHET_NAME = re.compile(rf"^[A-Z][\w'-]* {_EPITHETS}$")
_NUMERAL = r"(?:[IVX]*[VX][IVX]*|II|III)"  # beyond "I", which is also the pronoun
_REGNAL = re.compile(rf" (?:{_NUMERAL}(?![\w-])|I(?![\w'-])(?! [a-z]))")
_ROYAL_REGNAL = re.compile(rf" (?:{_NUMERAL}|I)(?![\w-])")
_ROYAL = re.compile(
    r"\b(?:[Kk]ing|[Qq]ueen|[Ss]hah|[Ee]mperor|[Ee]mpress|[Pp]ope|[Ss]ultan|[Tt]sar|[Pp]haraoh)"
    r" (?:[A-Z][\w'-]* )?$"
)
_TITLE_REACH = 60  # characters read back from a name for a title and given names
_MAX_GIVEN_NAMES = 3


def repair(spans: list[Span], article: ArticleText, gazetteer: Gazetteer) -> list[Span]:
    spans = owners_apart(across_possessives(spans, article, gazetteer), article, gazetteer)
    spans = [_whole_given_name(s, article) for s in spans]
    people_alone = {s.text for s in spans if s.coarse == "PERSON" and " " not in s.text}
    spans = [_without_nationality(s, article, gazetteer, people_alone) for s in spans]
    text = article.normalised
    spans = [_as_nationality(s, text, gazetteer) for s in spans if not _bare_title(s, text)]
    spans = [_given_names_after_title(s, article, spans) for s in spans]
    spans = _nicknamed(spans, article)
    spans = with_jurisdictions(with_remits(spans, article, gazetteer), article)
    spans = firms_apart_from_their_towns(spans, article, gazetteer)
    alone = {s.text for s in spans if " " not in s.text}
    spans = _one_person(sorted(spans, key=lambda s: s.start), article, alone, gazetteer)
    spans = [piece for s in spans for piece in _person_of_organisation(s, article, alone)]
    named = _given_names(spans, article, alone, gazetteer)
    spans = _replaced_by(spans, named)
    spans = _with_particles(spans, article)
    common = article.lower_words
    spans = with_whole_names(spans, article, gazetteer, common)
    spans = with_particles_before(spans, article, gazetteer, common)
    spans = with_particles_after(spans, article)
    untagged = untagged_surnames(spans, article)
    if untagged:  # round 6: "Amara" | "Okafor-Lindsay" once "Okafor-Lindsay, who" is found
        spans += untagged
        alone |= {s.text for s in untagged}
        late = _given_names(spans, article, alone, gazetteer, {s.text for s in untagged})
        spans = _replaced_by(spans, late)
    spans = _replaced_by(spans, untagged_particle_surnames(spans, article))
    # round 8: "Kouassi, who" finds its full name
    spans = _replaced_by(spans, untagged_full_names(spans, article, gazetteer))
    spans = with_possessors(spans, article.normalised, gazetteer)
    spans = _replaced_by(spans, _with_trailing_parts(spans, article))
    in_names = {w for s in spans if " " in s.text for w in s.text.split()}
    return [s for s in spans if s.text in in_names or not _common_opener(s, article, common)]


def _whole_given_name(span: Span, article: ArticleText) -> Span:
    text = article.normalised
    start, end = span.start, span.end
    syllable = _HYPHEN_SYLLABLE.match(text, end)
    if syllable and romanised_name(text[start : syllable.end()]):
        end = syllable.end()  # "Choi Dong" | "-wook"
    joined = _ARTICLE_NAME.match(text, end)
    if joined and not article.sentences.splits(start, joined.end()):
        end = joined.end()  # round 6: "Ksar" | "es-Seghir"
    second = _HYPHEN_NAME.match(text, end)
    if second and text[start:end][-1:].isalpha():
        end = second.end()  # "Norvik" | "-Salmo"
    surname = _SHORT_SURNAME.search(text, max(0, start - 8), start)
    if surname and romanised_name(surname.group(1) + " " + text[start:end]):
        start = surname.start(1)  # "Oh" | "Young-jin"
    tail = _HEAD_WORDS.match(text, end)
    if (
        tail
        and tail.group(2).lower() in ORG_HEADS
        and not article.sentences.splits(start, tail.end())
        # round 38: a known body's name is whole ("UNESCO" | "World Heritage site")
        and not is_known_organisation(text[start:end])
    ):
        return replace(article.span((start, tail.end()), "ORG"), sentence=span.sentence)
    if (start, end) == (span.start, span.end):
        return span
    label = "PERSON" if romanised_name(text[start:end]) else span.label
    return replace(article.span((start, end), label), sentence=span.sentence)


def _nicknamed(spans: list[Span], article: ArticleText) -> list[Span]:
    """'Mayor Rodolfo "Dodong" Pacquing': a nickname in quotes between a given name and a
    surname is one person's name, whatever the model cut it into ("Rodolfo" | 'Dodong"
    Pacquing of San Remigio'); what runs on past it is cleaned again ("San Remigio")."""
    text = article.normalised
    for match in _NICKNAME.finditer(text):
        bounds = match.span()
        if article.sentences.splits(*bounds):
            continue
        crossed = [s for s in spans if _covered(bounds, [s])]
        spans = [s for s in spans if s not in crossed]
        spans.append(article.span(bounds, "PERSON"))
        for span in crossed:
            if span.end > bounds[1]:
                rest = name_pieces(text, bounds[1], span.end, span.label)
                spans += [article.span(piece, span.label) for piece in rest]
    return spans


def _with_particles(spans: list[Span], article: ArticleText) -> list[Span]:
    """ "ap Gwyn said" of "Rhodri ap Gwyn", "van Dijk" of "Virgil van Dijk": a surname
    alone keeps the particle the person's full name gives it."""
    tails = {
        " ".join(words[-2:]).lower()
        for s in spans
        if s.coarse == "PERSON" and len(words := s.text.split()) > 2 and words[-2] in PARTICLES
    }
    out = []
    for span in spans:
        before = _PARTICLE_BEFORE.search(article.normalised, max(0, span.start - 8), span.start)
        if before and " " not in span.text and f"{before.group(1)} {span.text}".lower() in tails:
            span = replace(
                article.span((before.start(1), span.end), "PERSON"), sentence=span.sentence
            )
        out.append(span)
    return out


def _given_names_after_title(span: Span, article: ArticleText, spans: Sequence[Span]) -> Span:
    """ "Governor Andi Rahmat" | "Lamangkona", "Prime Minister Đỗ" | "Văn Hưng": the
    capitalised words the model left between a title and a person's name are the rest of
    that name."""
    if span.coarse != "PERSON":
        return span
    words = article.normalised[max(0, span.start - _TITLE_REACH) : span.start].split(" ")
    if words[-1] != "":
        return span  # the name does not follow a space
    names = list(itertools.takewhile(_name_word, reversed(words[:-1])))
    title = words[-2 - len(names)] if len(words) > len(names) + 1 else ""
    if not 1 <= len(names) <= _MAX_GIVEN_NAMES or title.rstrip(".").lower() not in TITLES:
        return span
    start = span.start - len(" ".join(names)) - 1
    if _covered((start, span.start), spans) or article.sentences.splits(start, span.end):
        return span
    return replace(article.span((start, span.end), "PERSON"), sentence=span.sentence)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word.lower() not in TITLES


def _without_nationality(
    span: Span, article: ArticleText, gazetteer: Gazetteer, people_alone: set[str]
) -> Span:
    first, _, rest = span.text.partition(" ")
    words = rest.split()
    # round 9: a headline's "Eritrean Tesfamariam-Gebru takes yellow": a surname alone
    surname = len(words) == 1 and _surname_word(words[0])
    # round 14: "Swede Åkerlund takes the women's race", whatever the model called it,
    # when the model calls "Åkerlund" alone a person elsewhere
    surname = surname and (span.coarse == "PERSON" or rest in people_alone)
    if (len(words) < 2 and not surname) or any(w.lower() in ORG_HEADS for w in words):
        return span  # "Colombian Mining Association" is the association's own name
    if head_type(rest) is not None or not is_nationality(first, gazetteer):
        return span
    if surname and gazetteer.lookup(span.text) is not None:
        return span  # "French Guiana", whatever the model called it
    person_noun = first.lower() in PERSON_NOUNS  # "the Spaniard Adrián Rodríguez del Olmo"
    if span.coarse != "PERSON" and not (
        surname or person_noun or _used_alone(span.text, rest, article)
    ):
        return span  # round 32: "Australian Antarctic Division", "Chadian Red Cross"
    start = span.start + len(first) + 1
    return article.span((start, span.end), "PERSON")


def _used_alone(whole: str, rest: str, article: ArticleText) -> bool:
    """Round 32: a name after a nationality that the model took for part of one body's
    name ("Australian Antarctic Division") is the body's own, unless the article writes
    the rest without the nationality ("Christian Democrats" after "Lithuanian Christian
    Democrats"), or the rest's last word alone, as a person's surname is ("Sanders
    said")."""
    text = article.normalised
    last = rest.rsplit(" ", 1)[-1]
    wholes, rests = _count_words(whole, text), _count_words(rest, text)
    return rests > wholes or _count_words(last, text) > rests


def _count_words(words: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w'-]){re.escape(words)}(?![\w'-])", text))


def _surname_word(word: str) -> bool:
    """A capitalised word that may be a surname, hyphenated or not ("Tesfamariam-Gebru")."""
    return _name_word(word.replace("-", "")) and not word.endswith("-")


def _bare_title(span: Span, text: str) -> bool:
    """ "Councillor" or "Senator" on its own names nobody; round 7: nor any title or
    office the model tagged alone ("Bishop", "The Clerk"), nor a role in capitals ("KC",
    "MLA"), unless a possessive makes it a name ("Queen's Club"). An acronym the
    article defines is found again by its own pass."""
    word = span.text.removeprefix("The ").removeprefix("the ").rstrip(".")
    lower = word.lower()
    if lower in PERSONAL_TITLES:
        return True
    if text[span.end : span.end + 1] in ("'", "\u2019"):
        return False
    return lower in TITLES or lower in OFFICES or word in ROLES_IN_CAPITALS


def _as_nationality(span: Span, text: str, gazetteer: Gazetteer) -> Span:
    """ "the Welshman", "a Moldovan official": a people, not a person or a place; round 7:
    of a country of two words too ("Sri Lankan appeals court"); round 14: tagged as a
    place too ("Angolan", "Kuwaiti"), unless the gazetteer knows the word as a place."""
    if span.text.count(" ") > 1 or span.coarse not in ("PERSON", "ORG", "NORP", "PLACE"):
        return span
    if span.coarse == "PLACE" and gazetteer.lookup(span.text) is not None:
        return span
    after = text[span.end : span.end + 40]
    if names_a_language(span.text, text[max(0, span.start - 60) : span.start], after, gazetteer):
        return replace(span, label=LANGUAGE, personal=False)
    nationality = is_nationality(span.text, gazetteer)
    if not (nationality or names_a_people(span.text, after, gazetteer)):
        if span.coarse == "PLACE" and _adjective_of_a_place(span.text, text, after, gazetteer):
            return replace(span, label="NORP", personal=False, adjectival=True)
        return span
    # round 23: a country's people's word before a noun describes it ("the Angolan port of
    # Lobito", "at Brazilian ports"): the port is not called Angolan
    adjectival = span.adjectival or (nationality and head_noun_after(after) is not None)
    # round 4: "a Welshman who won…": "who" speaks of a person, but the word names a people
    return replace(span, label="NORP", personal=False, adjectival=adjectival)


def _adjective_of_a_place(word: str, text: str, after: str, gazetteer: Gazetteer) -> bool:
    """Round 76: "Cretan court orders demolition", "the Sumatran elephant", "Tigrayan
    forces": a people's adjective of a place the gazetteer lacks is no place when the
    article writes it only before lower-case nouns it describes; not before a place's own
    head word ("Hunan province", "the Caribbean coast"), nor alone ("in Sumatra", "into
    the Neman near Kaunas"), nor after a compass word ("eastern Saskatchewan")."""
    if not shaped_as_people_adjective(word, gazetteer) or not _describes(after):
        return False
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if not _describes(text[found.end() : found.end() + 40]):
            return False
        if _COMPASS_BEFORE.search(text, max(0, found.start() - 20), found.start()):
            return False
    return True


def _describes(after: str) -> bool:
    """A lower-case noun right after a name, of something that is not itself a place."""
    word = head_noun_after(after)
    if word is None or word in PREPOSITIONS:
        return False
    return not (
        word in PLACE_HEADS
        or word in PLACE_NOUNS
        or word in _PARTS_OF_A_REGION
        or word.removesuffix("s") in PLACE_HEADS
    )


def _one_person(
    spans: list[Span], article: ArticleText, alone: set[str], gazetteer: Gazetteer
) -> list[Span]:
    """One name the model cut in two: "Harish" | "Chandra Bhatt" (a person's name right
    after one word), or "María Fernanda" | "Ospina Caicedo" left untagged, when the
    article uses the surname alone."""
    text = article.normalised
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and _halves(previous, span, text, alone, gazetteer):
            out[-1] = article.span((previous.start, span.end), "PERSON")
            continue
        surname = _UNTAGGED_NAME.match(text, span.end)
        if span.coarse == "PERSON" and surname and set(surname.group().split()) & alone:
            span = article.span((span.start, surname.end()), "PERSON")
        out.append(span)
    return out


def _halves(first: Span, second: Span, text: str, alone: set[str], gazetteer: Gazetteer) -> bool:
    """ "Harish" | "Chandra Bhatt", "María del Carmen" | "Iborra Soler", "Tyrese" (which
    the model called a people) | "McAllister Jr.": one name, when the article uses a
    word of the second part alone."""
    if text[first.end : second.start] != " " or second.coarse != "PERSON":
        return False
    if " " in first.text and (first.coarse == "PLACE" or head_type(first.text) is not None):
        return False
    place = gazetteer.lookup(first.text)
    small = place is None or place.rank < Rank.REGION
    people = first.coarse == "NORP" and is_nationality(first.text, gazetteer)
    used_alone = bool(set(second.text.split()) & alone)
    return used_alone and small and not people and not first.text.isupper()


def _person_of_organisation(span: Span, article: ArticleText, alone: set[str]) -> list[Span]:
    """ "Brett Sayer of the Liberal Party" -> "Brett Sayer", "Liberal Party", when the
    article calls him "Sayer" on his own."""
    of = _OF.search(span.text)
    if of is None:
        return [span]
    person = span.text[: of.start()].split()
    if len(person) < 2 or person[-1] not in alone or person[0].lower() in TITLES:
        return [span]
    if person[-1].lower() in ORG_HEADS or head_type(" ".join(person)) is not None:
        return [span]  # "Hudson Trust of Canada" … "Trust officials" is one name
    organisation = (span.start + of.end(), span.end)
    return [
        article.span((span.start, span.start + of.start()), "PERSON"),
        article.span(organisation, "ORG"),
    ]


def _given_names(
    spans: Sequence[Span],
    article: ArticleText,
    alone: set[str],
    gazetteer: Gazetteer,
    only: set[str] | None = None,
) -> list[Span]:
    """ "Tegwen Rowlands, who …" left untagged, and "Ms Rowlands said" or "Rowlands,
    who" tagged: a person. Round 6: the given name may be tagged alone as something else
    ("Mihai-Cristian" | "Dobrescu", the first word called a place), when no gazetteer
    place has that name."""
    text = article.normalised
    surnames = {
        s.text
        for s in spans
        if (s.coarse == "PERSON" or s.personal or s.says)
        and s.text in alone
        and (only is None or s.text in only)
        and gazetteer.lookup(s.text) is None
    }
    common = article.lower_words
    found = []
    for surname in sorted(surnames):
        for bounds in names_before(text, surname):
            given = (bounds[0], bounds[1] - len(surname) - 1)
            lower = text[given[0] : given[1]].lower()
            if (
                lower in TITLES
                or honorific_at(text, given[0], lower)  # round 54: "Ko" | "Min Thu"
                or lower in CALENDAR
                or lower in CLAUSE_OPENERS
                or lower in common
                or _nationality_before(lower, text[bounds[0] : bounds[1]], gazetteer)
                or _covered_by_other(given, spans, gazetteer)
            ):
                continue  # not "Councillor Rowlands", "On Tuesday Rowlands", "But Rowlands"
            if not article.sentences.splits(*bounds):
                found.append(article.span(bounds, "PERSON"))
    return found


def _nationality_before(word: str, name: str, gazetteer: Gazetteer) -> bool:
    """Round 9: "Eritrean Tesfamariam-Gebru": a nationality is no given name, unless the
    two words are a place ("French Guiana")."""
    return is_nationality(word, gazetteer) and gazetteer.lookup(name) is None


def _covered_by_other(bounds: tuple[int, int], spans: Sequence[Span], gazetteer: Gazetteer) -> bool:
    """A span covers the given name, other than the model's span of that word alone,
    tagged as no person and naming no place."""
    start, end = bounds
    for span in spans:
        if span.start < end and start < span.end:
            alone = (span.start, span.end) == bounds and span.coarse != "PERSON"
            if not alone or gazetteer.lookup(span.text) is not None:
                return True
    return False


def _covered(bounds: tuple[int, int], spans: Sequence[Span]) -> bool:
    return any(s.start < bounds[1] and bounds[0] < s.end for s in spans)


def _with_trailing_parts(spans: list[Span], article: ArticleText) -> list[Span]:
    """Round 16: what the model leaves after a name that is part of it:
    - a party's qualifier in brackets ("the Communist Party of India (Marxist)",
      "Communist Party of Nepal (Maoist Centre)"), which tells one party from another of
      the same name (not an acronym: "(CPI)");
    - a number after a head word that numbers its kind ("Canal 4", "Unifor Local 9490",
      "Regional School Unit 14", "Terminal 2");
    - round 27: a ruler's epithet after a one-word name, whatever the model called it
      ("Cyrus the Great"), and a regnal number after a person's name ("Shah Abbas I")."""
    text = article.normalised
    found = []
    for span in spans:
        words = span.text.split()
        party = span.coarse == "ORG" and not _PARTY_WORDS.isdisjoint(words)
        part = _QUALIFIER.match(text, span.end) if party else None
        if part is None and words[-1] in _NUMBERED_HEADS:
            part = _NUMBER.match(text, span.end)
        ruler = False
        if part is None and len(words) == 1:
            ruler = (part := _EPITHET.match(text, span.end)) is not None
        if part is None and len(words) <= 2:
            ruler = (part := _regnal_number(span, text)) is not None
        if ruler and part is not None:
            found.append(replace(article.span((span.start, part.end()), "PERSON"), personal=True))
        elif part is not None:
            found.append(article.span((span.start, part.end()), span.label))
        elif _EPITHET_NAME.match(span.text):  # "Cyrus the Great", tagged as a place
            found.append(replace(span, label="PERSON", personal=True))
    return found


def _regnal_number(span: Span, text: str) -> re.Match[str] | None:
    """Round 27: "Shapur I" after "the Sasanian king", "Shah Abbas I after he moved":
    after a ruler's title any regnal number; else after a person's name, and "I" only
    where no lower-case word follows, as one would the pronoun."""
    before = text[max(0, span.start - _TITLE_REACH) : span.start]
    if _ROYAL.search(before + span.text.split()[0] + " "):
        return _ROYAL_REGNAL.match(text, span.end)
    return _REGNAL.match(text, span.end) if span.coarse == "PERSON" else None


def _replaced_by(spans: list[Span], found: list[Span]) -> list[Span]:
    """The spans, with those that overlap a name found whole giving way to it."""
    return [s for s in spans if not _covered((s.start, s.end), found)] + found


def _common_opener(span: Span, article: ArticleText, common: frozenset[str]) -> bool:
    """ "Households were told…": a capitalised common word opening a sentence, that
    no title marks as a person's ("Ms Green"), and that is no word of a longer name in
    the article (the "Green" of "Sarah Green")."""
    if " " in span.text or span.coarse == "PLACE" or span.text.isupper():
        return False
    if span.personal or is_known_organisation(span.text):
        return False  # "Ms Green"; "Shell said" beside "shell companies"
    opens = article.sentences.starts_at(span.start) or article.normalised[
        max(0, span.start - 1) : span.start
    ] in ('"', "'")
    return opens and span.text.lower() in common and name_key(span.text) != ""
