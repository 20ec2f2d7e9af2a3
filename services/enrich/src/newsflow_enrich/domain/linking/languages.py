"""Round 16: a language is no place, people or body: "announcements in Kirundi and French",
"a novel written in Kalaallisut", "a sign in Dzongkha and English", "spoke first in Lingít".

English writes a language after "in" (or "into") in two ways the text itself shows:
- as an item of a list that holds a people's word ("in Kirundi and French"): after "in",
  "French" is the language, and so is what it is listed with;
- after a verb or noun of speaking, writing or broadcasting ("written in", "spoke first
  in", "translated into", "announcements in"), or before "-language"/"language";
- round 54: after what something means in it ('whose name means "city of gems" in Sinhala'),
  and after "speakers of", with what is listed with it ("speakers of Bajjika, Tharu and Urdu");
- round 41: as "the Wolof name for", "the Quechua word for", or after "known in" when the
  name is a language's English name in the Unicode CLDR ("known in Bislama as"; not
  "known in Catalonia as", which the gazetteer, holding no regions outside the US, does
  not know as a place).
Only a one-word name the gazetteer does not know as a place is read so: "sang in Vienna",
"spoke in Parliament" (an institution's head word) keep their place or body.

Round 46: an entity named only by such a language name is a language or a people, however
the model labelled it ("Amharic is the working language"), unless the article puts
something in or near it, or describes it ("in Pampanga", "the village of Hindi").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from babel import Locale

from newsflow_enrich.domain.cue_words import head_noun_after
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.linking.nationalities import is_people_adjective

LANGUAGE = "LANGUAGE"
_AFTER_IN = re.compile(r"\b(?:in|into)\s+$")
_USED_IN = re.compile(
    r"\b(?:speak|speaks|speaking|spoke|spoken|write|writes|writing|wrote|written|sing|sings"
    r"|singing|sang|sung|translated|translation|subtitled|subtitles|broadcast|broadcasts"
    r"|announcements|lessons|classes|taught|fluent|printed|signs?)"
    r"(?:\s+(?:first|only|mainly|mostly|entirely|partly|both))?\s+(?:in|into)\s+$"
)
# Round 54: what a name or a word means in it ('whose name means "city of gems" in Sinhala',
# 'which means "at the landing" in Swahili')
_MEANS_IN = re.compile(
    r"\b(?:means?|meaning|meant|translates\s+as|translated\s+as)\s+[\"\u201c][^\"\u201d]{1,40}"
    r"[\"\u201d]\s+in\s+$"
)
# Round 54: who speaks it, and the other languages listed with it ("speakers of Bajjika,
# Tharu and Urdu"); not "speaking of", which introduces anything at all
_SPEAKERS_OF = re.compile(r"\bspeakers?\s+of\s+(?:[A-Z][a-z]+(?:\s*,\s*|\s+and\s+|\s+or\s+))*$")
# Round 55: "Tzotzil speakers call it Jobel" (not "Sonos speakers", a product)
_LANGUAGE_AFTER = re.compile(
    r"(?:-language\b|\s+language\b|\s+speakers\s+(?:call|name|know|say)\b)"
)
# Round 41: "known in Bislama as the Vanuatu Kaljoral Senta"; a place is known in too
# ("known in Catalonia as"), so only a language's own name counts there.
_KNOWN_IN = re.compile(r"\bknown\s+in\s+$")
# Round 41: "Ndakaru, the Wolof name for Dakar", "the Quechua word for mountain"
_THE_BEFORE = re.compile(r"\bthe\s+$")
_NAME_FOR_AFTER = re.compile(r"\s+(?:name|word|term)\s+for\b")
# "in Kirundi and French", "in Dzongkha and English", "in Lingít and then in English"
_LISTED_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b)\s+(?:then\s+)?(?:in\s+)?([A-Z][a-z]+)\b")
_LISTED_BEFORE = re.compile(r"\b(?:in|into)\s+([A-Z][a-z]+)\s*(?:,|\band\b|\bor\b)\s+$")


@cache
def language_names() -> frozenset[str]:
    """Every language's English name in the Unicode CLDR, as Babel ships it ("Bislama",
    "Romansh", "Sinhala"): read on first use, not at import."""
    return frozenset(Locale("en").languages.values())


def names_a_language(word: str, before: str, after: str, gazetteer: Gazetteer) -> bool:
    """`before`/`after`: the text right before and after the one-word name."""
    if " " in word or word.isupper() or head_type(word):  # "Parliament": a body's head
        return False
    if gazetteer.lookup(word) is not None:
        return False
    if _LANGUAGE_AFTER.match(after) or any(
        cue.search(before) for cue in (_USED_IN, _MEANS_IN, _SPEAKERS_OF)
    ):
        return True
    if _THE_BEFORE.search(before) and _NAME_FOR_AFTER.match(after):
        return True
    if _KNOWN_IN.search(before) and word in language_names():
        return True
    if _AFTER_IN.search(before):
        if head_noun_after(after) is not None:
            # round 76: "in" and a people's adjective before a noun it describes is no
            # language ("cut malaria in Tanzanian valley"), as "in Swahili" is
            return False
        listed = _LISTED_AFTER.match(after)
        return is_people_adjective(word, gazetteer) or (
            listed is not None and is_people_adjective(listed.group(1), gazetteer)
        )
    listed = _LISTED_BEFORE.search(before)
    return listed is not None and is_people_adjective(listed.group(1), gazetteer)


def language_or_people(
    forms: Sequence[str], gazetteer: Gazetteer, spoken: bool = False
) -> str | None:
    """Round 46: what an entity is whose every name is one word, a language's English
    name in the CLDR, and no gazetteer place ("Amharic", "Quechua", "Yoruba", "Welsh"):
    a people (NORP) when the word is a people's adjective too, else a language; never a
    place, a body or a person, whatever the model's labels voted. None for any other.
    Round 55: `spoken`, the article uses it as a language, and then the CLDR need not
    hold it ("Tzotzil", "Bajjika")."""
    words = [form.capitalize() if form.isupper() else form for form in forms]
    if not words or any(" " in word for word in words):
        return None
    if not spoken and any(word not in language_names() for word in words):
        return None
    if gazetteer.best_of(forms) is not None:
        return None
    return "NORP" if is_people_adjective(words[0], gazetteer) else LANGUAGE
