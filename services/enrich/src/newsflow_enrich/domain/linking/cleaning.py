"""Cleaning one spaCy span into zero or more name pieces.

A span is cut where a name cannot go on: at a line break (a bullet's "Kharkiv\\n
Soldiers"), after a comma ("Cumbria, Lancashire"), at a lower-case word that is not a
linking word of names ("Cumbria as Met Office"), at a bare number ("Carlos Ibarra 6-4"),
unless it numbers a road ("Interstate 45", round 32).
Each piece then loses punctuation, a leading article, lower-case words ("entire"), a
leading title ("Governor", or "Chief" in "Chief meteorologist"), a possessive and a
trailing "-backed"; what is left must start with a capital letter and hold a letter.
Boilerplate ("Read Full Article"), quantities ("640p") and a capitalised common noun on
its own ("the Government") are dropped. Round 6: the commas of a body's remits are no cut
("Ministry of Agriculture, Forestry and Fisheries"), and a word that opens a clause ("But",
"Against") is dropped before a name like "The".
"""

from __future__ import annotations

import re

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.linking.heads import LEGAL_FORMS, ORG, ORG_HEADS, head_type
from newsflow_enrich.domain.names import (
    ENGLISH_COMPOUND,
    HONORIFIC_PAIRS,
    PERSONAL_TITLES,
    TITLES,
    honorific_at,
    word_set,
)

# Lower-case words that occur inside names: "Bank of England", "Trinidad and Tobago".
LINKING = word_set(
    "of and the for de da di du des del della la le van von der den upon on y al el bin ibn "
    "au aux sur am im zu do dos das to &"
    # round 6: the Maghreb's spelling of the Arabic article ("Dar es Salaam")
    " es"
    # round 7: Spanish plural articles ("Palacio de los Deportes"), "daughter of" in Arabic
    # and Malay names ("Hind bint Faisal Obeidat", "Nurul Huda binti Ahmad")
    " los las bint binti"
)
GENERIC_NOUNS = word_set("government opposition cabinet")
# Round 10: positions and offices written before a name like a title, that the role
# nouns of descriptors.py do not hold ("Guard Ana Ruiz", "Speaker J. Fallah Kpoto-Weah").
POSITIONS = word_set(
    "speaker guard keeper centre center fullback halfback quarterback pitcher catcher "
    "shortstop linebacker prop hooker sweeper libero spiker"
)
_KIN = word_set(
    "son daughter father mother brother sister wife husband uncle aunt cousin niece nephew "
    "widow widower grandson granddaughter"
)
PARTICLES = word_set(
    "de da di del della van von der den al el bin ibn la le du dos das ap bint binti"
    # round 16: Tuareg and Hassaniya ("Ibrahim ag Alhassane", "Sidi ould Bah"), Kalenjin
    # and Iban ("Benjamin Kibet arap Too", "Jugah anak Nyipa"), Dutch ("Jeroen ter Haar"),
    # Faroese ("Rógvi við Stein-Joensen", "Jákup í Lágabø-Hansen")
    " ag ould arap anak ter við í"
    # round 25: Catalan's "i" between two surnames ("Gemma Bonell i Torras"), Swahili's
    # "wa" ("Kabange wa Kabange") and Hassaniya's "daughter of" ("Mbarka mint Ahmed")
    " i wa mint"
    # round 36: Filipino surnames ("Maria Theresa dela Cruz", "Ronald delos Santos")
    " dela delos delas"
)
_BOILERPLATE = re.compile(
    r"^(?:read (?:full article|more)|source|getty images?|click here|sign up|advertisement|"
    r"share this article|related articles?)$",
    re.IGNORECASE,
)
# Longer than any real name ("Ministry of Housing, Communities and Local Government" is 54):
# a run of text spaCy took for one, such as a name repeated a thousand times. Such a "name"
# would also overflow PostgreSQL's btree index on entity keys.
MAX_NAME_CHARS = 150
_WORDS = re.compile(r"\S+")
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_NUMBER = re.compile(r"^[\d][\d\-\u2013.,:/]*$")
# Round 32: a road's number is part of its name ("Interstate 45", "Route 9", "Highway 7").
_NUMBERED_ROADS = word_set("interstate highway route motorway freeway expressway")
# Round 38: and a street named for a date ("Avenida 9 de Julio", "Plaza 25 de Mayo").
_DATED_STREETS = word_set("avenida avenue calle rua plaza praça praca paseo largo")
_QUANTITY = re.compile(r"^\d[\d,.]*[a-z%]+$")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}$")
# Round 25: a name cut to its surname's initial, as courts in Germany and the Netherlands
# name defendants ("Jens P.", "Ruud van B."): the full stop is the initial's
_SURNAME_INITIAL = re.compile(r"[^\W\d_]{2,}(?: [a-z]{1,4})? [A-Z]\.$")
# "Antonio Sy Lim Jr.": a generational suffix keeps its full stop.
_SUFFIX_DOT = re.compile(r"\b[JS]r\.$")
# "Hamid Osman el-Nour", "Omar al-Bashir": an Arabic article joined to a name is a name word.
# Round 6: "Ksar es-Seghir", the Maghreb's spelling.
# Round 7: an elided French or Italian article joined to a name ("Mireille d'Entremont",
# "Banque Extérieure d'Algérie", "Valle d'Aosta") is a name word too.
ELIDED_ARTICLE = r"(?:d|l|dell)'"
# The Arabic article as it is joined to a name with a hyphen, assimilated or not.
ARABIC_ARTICLE = r"(?:al|el|es|ad|ar|as|ash|at|an|az)"
# Round 37: and the Arabic article as South Asian names spell it ("Shahzaib ul-Haq",
# "Salah ud-Din", "Habib ur-Rehman").
PARTICLE_NAME = re.compile(
    rf"^(?:(?:{ARABIC_ARTICLE}|bin|ibn|abu|abd|ould|ul|ud|ur)-|{ELIDED_ARTICLE})[A-Z]"
)
# Round 6: words that open a clause and never a name: "But Struma", "Against Rincón here".
CLAUSE_OPENERS = word_set(
    "but and or yet against although though because despite unlike whereas while if"
    # round 27: adverbs that open a sentence before its subject ("Instead Hamilton …")
    " instead meanwhile however"
    # round 38: and words that open a sentence before its subjects ("Both Henríquez and
    # Urrutia are", "When Faleolo scored"); not "once", which names a village ("Once Brewed")
    " when both neither either after since until"
)
# Round 6: "the Ministry of Agriculture, Forestry and Fisheries", "Department for Culture,
# Media and Sport": a list of capitalised words ended by "and", after an organisation's
# head word and "of"/"for", is the body's own name, not a list of names.
_HEAD_OF_LIST = re.compile(
    r"^(?:[A-Z][\w'-]* )*?([A-Z][\w'-]*) (?:of|for) (?:the )?"
    r"(?:[A-Z][\w'-]*,? )+and (?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*$"
)
# "Moscow-backed", "Saudi-led": an English word after the hyphen. A romanised given name
# ("Kim Seo-yeon", "Lin Chih-hao") keeps its lower-case second syllable.
_TRAILING_COMPOUND = re.compile(ENGLISH_COMPOUND + "$")
_POSSESSIVE = re.compile(r"(?:'s|s')$")
# Letters after a name that are no part of it: "Fiona Harker KC", "Ana Ruiz MP".
_POST_NOMINAL = re.compile(r"(?<=[a-z]) (?:KC|QC|MP|MSP|MS|MEP|MLA|AM|TD|OBE|CBE|MBE|DBE|KBE|FRS)$")
# Linking words left dangling at the end: "Caldera Therapeutics of", "Arce of Ardèche and".
_DANGLING = re.compile(r"(?: (?:" + "|".join(sorted(LINKING)) + r"))+$")


def name_pieces(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    pieces = []
    for piece_start, piece_end in _pieces(text, start, end):
        cleaned = _clean(text, piece_start, piece_end, label)
        if cleaned is not None:
            pieces.append(cleaned)
    return pieces


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    listed = _listed_in_name(text, start, end)
    current: list[tuple[int, int]] = []

    def flush() -> None:
        if current:
            pieces.append((current[0][0], current[-1][1]))
            current.clear()

    words = list(_WORDS.finditer(text, start, end))
    for index, match in enumerate(words):
        word = match.group()
        if current and "\n" in text[current[-1][1] : match.start()]:
            flush()
        if word == "and" and _another_name_after(text, words[index + 1 :], end):
            flush()  # round 19: "Smer and the Slovak National Party" are two names
            continue
        lower = word[:1].islower() and word not in LINKING and not PARTICLE_NAME.match(word)
        # round 8: "Birra Melita plc": a legal form in lower case still ends the name
        lower = lower and not (current and word.rstrip(".,") in LEGAL_FORMS)
        # round 9: a spaced dash parts two names as a comma does ("LILONGWE - Malawi's")
        numbered = current and word.isdigit() and _road(text, current[-1], words[index + 1 :])
        if (_NUMBER.match(word) and not numbered) or lower or word in _DASHES:
            flush()
            continue
        if word.startswith("("):
            flush()  # "National Electoral Institute (INE": the bracket starts another name
        current.append((match.start(), match.end()))
        if word.endswith(",") and not listed:
            flush()
    flush()
    return pieces


def _road(text: str, word: tuple[int, int], following: list[re.Match[str]]) -> bool:
    before = text[word[0] : word[1]].lower()
    if before in _DATED_STREETS:
        return bool(following) and following[0].group() in ("de", "del")
    return before in _NUMBERED_ROADS


def _another_name_after(text: str, following: list[re.Match[str]], end: int) -> bool:
    """ "and the" before a name with a head word of its own starts a second name: "Smer
    and the Slovak National Party"; not "the National Commission for Culture and the
    Arts"."""
    if len(following) < 2 or following[0].group() != "the":
        return False
    rest = text[following[1].start() : end]
    return rest[:1].isupper() and head_type(rest.rstrip(",.;:)")) is not None


def _listed_in_name(text: str, start: int, end: int) -> bool:
    """Round 6: whether the commas in this span list the remits of one body."""
    body = text[start:end].removeprefix("the ").removeprefix("The ")
    if "," not in body or "\n" in body:
        return False
    match = _HEAD_OF_LIST.match(body)
    return match is not None and match.group(1).lower() in ORG_HEADS


def _clean(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    start, end = _trim_punctuation(text, start, end)
    tagged_from, start = start, _skip_leading_words(text, start, end, label)
    end = _drop_suffixes(text, start, end)
    start, end = _trim_punctuation(text, start, end)
    piece = text[start:end]
    if not 2 <= end - start <= MAX_NAME_CHARS or not any(c.isalpha() for c in piece):
        return None
    if _BOILERPLATE.match(piece) or _QUANTITY.match(piece) or _generic(piece):
        return None
    named = piece[0].isupper() or piece[0].isdigit() or piece[1:2].isupper()
    # round 29: a person's surname that opens with its particles after a title, in the
    # model's span or right before it ("Justice de Grandpré wrote", "Mr van der Merwe's
    # lawyer"); not particles the model tagged alone ("18 de Julio", "da Costa" | "Belo")
    titled = start > tagged_from or _title_before(text, start)
    named = named or (label == "PERSON" and titled and _particle_surname(piece))
    if not (named or PARTICLE_NAME.match(piece)):
        return None  # a lower-case fragment, unless it is "eBay" or "el-Nour"
    return start, end


def _title_before(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].rstrip(".").lower() in TITLES


def _particle_surname(piece: str) -> bool:
    words = piece.split()
    return len(words) > 1 and all(w in PARTICLES for w in words[:-1]) and words[-1][:1].isupper()


def _generic(piece: str) -> bool:
    """A capitalised common noun on its own: "the Government said", "Resident …"."""
    word = piece.lower()
    return " " not in word and (word in GENERIC_NOUNS or noun_type(word) is not None)


def _trim_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        piece = text[start:end]
        if text[end - 1] == "." and (
            _ABBREVIATION.search(piece)
            or _SUFFIX_DOT.search(piece)
            or _legal_dot(piece)
            or (_SURNAME_INITIAL.search(piece) and not _sentence_ends(text, end))
        ):
            break
        end -= 1
    return start, end


def _sentence_ends(text: str, end: int) -> bool:
    """Whether a capital opens the next word: the full stop before it ends a sentence."""
    following = text[end : end + 3].lstrip()[:1]
    return not following or following.isupper() or following in ('"', "“")


def _legal_dot(piece: str) -> bool:
    """Round 8: "Prairie Polymers Inc.", "Kestrel Holdings Co.": a legal form keeps its
    full stop."""
    last = piece[piece.rfind(" ") + 1 : -1]
    return " " in piece and last[:1].isupper() and last.lower() in LEGAL_FORMS


def _skip_leading_words(text: str, start: int, end: int, label: str) -> int:
    """Leading lower-case words go, and titles: always before a person's name, and
    before a lower-case word anywhere ("Chief meteorologist Rebecca Holt")."""
    words = list(_WORDS.finditer(text, start, end))
    paired = ""  # round 5: the second word of "Tan Sri", "Datuk Seri" is a title too
    for index, match in enumerate(words[:-1]):
        word = match.group()
        following = words[index + 1].group()
        lower_word = word[:1].islower() and word not in PARTICLES and not PARTICLE_NAME.match(word)
        pair = (word.rstrip(".'").lower(), following.lower())
        is_title = (
            word.rstrip(".").lower() in TITLES
            or word.lower() == paired
            or (label == "PERSON" and honorific_at(text, match.start(), word))
        )
        paired = pair[1] if label == "PERSON" and pair in HONORIFIC_PAIRS else ""
        is_title = is_title or bool(paired)
        # not "Justice and Development Party" (round 4): a linking word is no description
        described = following[:1].islower() and following not in LINKING
        title = is_title and (label == "PERSON" or described)
        title = title or _personal_title(word, text[words[index + 1].start() : end])
        title = title or (label == "PERSON" and index == 0 and _role_before_name(words))
        article = word == "The" and following[:1].isupper()  # "The Met Office said"
        opener = word[:1].isupper() and word.lower() in CLAUSE_OPENERS
        article = article or (opener and following[:1].isupper())
        if not (lower_word or title or article):
            return match.start()
    if paired and words[-1].group().lower() == paired:
        return end  # round 54: an honorific alone ("Tuai Rumah is the Iban title"), no name
    return words[-1].start() if words else start


def _role_before_name(words: list[re.Match[str]]) -> bool:
    """Round 10: "Goalkeeper Edwin Ávila Zelaya", "Guard Ana Ruiz": a person's role that
    opens a sentence is capitalised like a title, and is no more part of the full name
    after it; not a kinship word, which is also a name ("Son Heung-min")."""
    role = words[0].group().lower()
    if len(words) < 3 or role in _KIN or not words[1].group()[:1].isupper():
        return False
    return role in POSITIONS or noun_type(role) == "PERSON"


def _personal_title(word: str, rest: str) -> bool:
    """ "Councillor Gwen Pritchard", "Mr Okonkwo" whatever spaCy called them, unless what
    follows is an organisation's name ("President's Office")."""
    personal = word.rstrip(".").lower() in PERSONAL_TITLES and rest[:1].isupper()
    return personal and head_type(rest) != ORG


def _drop_suffixes(text: str, start: int, end: int) -> int:
    piece = text[start:end]
    for pattern in (_DANGLING, _POST_NOMINAL, _TRAILING_COMPOUND, _POSSESSIVE):
        match = pattern.search(piece)
        if match and match.start() > 0:
            piece = piece[: match.start()] + ("s" if match.group() == "s'" else "")
    return start + len(piece)
