"""Words for a country's people: "Colombian", "Moldovan", "Dane", "Welshman".

The gazetteer says which words are a country's people when an English suffix makes them
from the country's name ("Colombia" -> "Colombian", "Italy" -> "Italian", "China" ->
"Chinese", "Nepal" -> "Nepali"); the few that no suffix gives are listed (general English
vocabulary, like the titles in names.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.names import word_set

# The peoples' names that no country's name gives by a suffix.
# Round 32: the nouns among them name a person, never a body ("the Welshman Owain
# Prydderch-Jones", not "the Welsh Government").
PERSON_NOUNS = word_set(
    """dane swede finn pole turk scot briton brit spaniard welshman welshwoman frenchman
    frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman dutchman
    dutchwoman kiwi"""
)
NATIONALITIES = PERSON_NOUNS | word_set(
    """welsh french english irish scottish dutch greek swiss thai norwegian peruvian
    argentine filipino"""
)
# Adjectives of peoples that no suffix gives; they open organisations' names ("Polish
# Academy of Sciences", "British Airways"), so only `is_people_adjective` reads them.
_ADJECTIVES = word_set(
    """polish danish swedish finnish turkish spanish british icelandic czech slovak saudi
    emirati"""
)
# "Colombian" <- "Colombia", "Italian" <- "Italy", "Chinese" <- "China", "Nepali" <- "Nepal".
_DEMONYM_SUFFIXES = (
    ("n", ""),
    ("an", ""),
    ("ian", ""),
    ("ian", "y"),
    ("ian", "e"),
    ("ese", ""),
    ("ese", "a"),
    ("i", ""),
    ("", "y"),
    ("ish", ""),
    ("", "ia"),  # round 4: "Slovak" <- "Slovakia", "Croat" <- "Croatia"
    # round 6: "Kazakh" <- "Kazakhstan", "Uzbek" <- "Uzbekistan", "Moroccan" <- "Morocco"
    ("", "stan"),
    ("", "istan"),
    ("an", "o"),
    ("er", ""),  # round 23: "Icelander" <- "Iceland", "New Zealander" <- "New Zealand"
    # round 76: "Honduran" <- "Honduras", "Lebanese" <- "Lebanon", "Portuguese" <-
    # "Portugal", "Belgian" <- "Belgium", "Ecuadorean" <- "Ecuador"
    ("an", "as"),
    ("ese", "on"),
    ("uese", "al"),
    ("ian", "ium"),
    ("ean", ""),
)
_MIN_BARE_STEM = 5  # "Slovak", not "Russ"
# Round 76: a people's adjective's English endings: "-an" after a vowel, "r" or "t"
# ("Tigrayan", "Caribbean", "Sumatran", "Cretan"), "-ese" ("Assamese"); not a place's own
# ending in "-nan", "-gan", "-wan", "-lan" ("Hunan", "Burgan", "Saskatchewan") or "-stan".
_ADJECTIVE_SHAPE = re.compile(r"(?:[aeiouyr]|(?<!s)t)an$|ese$")
# Round 15: "the Saramaka and Aukan peoples", "Quechua communities", "Dinka youth",
# "Turkic-speaking": a name right before a noun for a people, or its speakers, names them.
# Not "community" alone, which a place has too ("the wider Shetland community").
_PEOPLE_AFTER = re.compile(
    r"(?:,? (?:and|or) [A-Z][\w'-]+,?)? (?:communities|peoples?|tribes?|tribal|clans?"
    r"|elders?|youth|civilians|herders|herding|minority|diaspora)\b|-speaking\b"
)


def is_nationality(word: str, gazetteer: Gazetteer) -> bool:
    return _is_nationality(word.lower(), gazetteer)


@lru_cache(maxsize=1 << 14)  # round 6: the same words recur; one answer per word
def _is_nationality(lower: str, gazetteer: Gazetteer) -> bool:
    if lower in NATIONALITIES:
        return True
    for suffix, ending in _DEMONYM_SUFFIXES:
        if suffix and not lower.endswith(suffix):
            continue
        if not suffix and len(lower) < _MIN_BARE_STEM:
            continue
        stem = lower[: len(lower) - len(suffix)] + ending
        place = gazetteer.lookup(stem) if len(stem) > 2 else None
        if place is not None and place.rank in (Rank.COUNTRY, Rank.REGION):
            return True
    return False


def names_a_people(word: str, after: str, gazetteer: Gazetteer) -> bool:
    """Round 15: one word no gazetteer place is, before a people's noun ("Quechua communities")
    or in a nationality's plural ("The Hungarians, who finished third"); round 38: two words
    in a nationality's plural ("New Zealanders", "Sierra Leoneans")."""
    if gazetteer.lookup(word) is not None:
        return False
    plural = word.endswith("s") and is_nationality(word[:-1], gazetteer)
    if " " in word:
        return plural
    return plural or _PEOPLE_AFTER.match(after) is not None


def shaped_as_people_adjective(word: str, gazetteer: Gazetteer) -> bool:
    """Round 76: one word with a people's adjective's English ending, of a place the
    gazetteer does not know ("Cretan", "Sumatran", "Tigrayan", "Caribbean", "Assamese"):
    what it is depends on the noun after it, which the caller reads."""
    return (
        len(word) >= _MIN_BARE_STEM
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and _ADJECTIVE_SHAPE.search(word) is not None
        and gazetteer.lookup(word) is None
    )


def is_people_adjective(word: str, gazetteer: Gazetteer) -> bool:
    """ "Polish", "Danish", as well as every word `is_nationality` knows."""
    return word.lower() in _ADJECTIVES or is_nationality(word, gazetteer)
