"""What a common noun beside a name says it is, read from the words (parse_cues.py): a
noun before it or in apposition ("the broker Peel Hunt", "SPD leader, Thomas Krüger",
"the spokeswoman in Juba, Marta Llanes Cortina", "Margaret Okafor, Arden's chief
executive"), or, for places only, after it or governing it through "of" ("Luhansk
province", "the town of Bilohorivka"). Only place nouns are read after a name: "Kremlin
spokesman" is a spokesman of the Kremlin, not a person called Kremlin."""

from __future__ import annotations

from collections.abc import Sequence

from newsflow_enrich.domain.cue_words import (
    DETERMINERS,
    NOT_HEAD_NOUN,
    NUMERIC,
    PREPOSITIONS,
    Name,
    Tokens,
    is_head_noun,
)
from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.mentions import coarse_type

# Where an appositive noun phrase ends: "Sharon Graham, general secretary of Unite".
_APPOSITION_ENDS = frozenset(
    {",", ".", ";", ":", "\u2013", "\u2014", "of", "at", "for", "with", "in", "who", "and"}
)
APPOSITION_WORDS = 8
# Titles between an apposition's comma and the name: "commander, Major General Kyaw".
TITLE_WORDS = 3
# How far back from "<noun> in Juba, Marta Llanes" the describing noun may stand.
NOUN_BEFORE_WORDS = 5
# How many describing words may stand between "of"/"for" and the noun after it.
MODIFIER_WORDS = 3
_GOVERNING_PREPOSITIONS = frozenset({"of", "for"})
# Before a town that its region follows ("from Shippagan, New Brunswick"): where a thing or
# a person is or comes from, not where it goes ("to", "into"), which names a destination.
_WHERE = frozenset({"in", "from", "at", "near", "outside"})
# Round 62: the prepositions a role's noun heads a phrase before, as before "of" ("Its
# representative on the council's environment committee, Aroha …", "the ambassador to …").
_ROLE_BEFORE = _WHERE | PREPOSITIONS
_POSSESSIVES = ("'s", "\u2019s")
_PUNCTUATION_BEFORE = (",", ";", ":", *_POSSESSIVES)
_SKIPPED_MARKS = (*_POSSESSIVES, "-")
# Words ending "-ing" that go before a role's noun, not verbs that end the phrase.
_ING_ADJECTIVES = frozenset(
    {"managing", "governing", "ruling", "founding", "acting", "presiding", "reigning"}
    | {"outgoing", "incoming", "leading", "visiting", "opposing", "sitting", "standing"}
)
_JOINING_WORDS = _GOVERNING_PREPOSITIONS | {"and", "or"}
# Words that start a clause rather than continue a noun phrase after a comma.
_CLAUSE = frozenset(
    {"as", "not", "his", "her", "their", "its", "our", "my", "on", "to", "by", "from"}
    | {"when", "where", "which", "whose", "that", "while", "after", "before", "but"}
    | {"is", "was", "has", "had", "have", "are", "were", "will", "would", "could", "can"}
)


def described_as(tokens: Tokens, name: Name) -> str | None:
    if name.label in NUMERIC:
        return None
    before = _word_before(tokens, name)
    after = name.end if name.end < len(tokens) else None
    opening = _opening_preposition(tokens, name)
    for noun, place_only in (
        (_noun_before_comma(tokens, name), False),
        (_appositive_noun(tokens, name), opening),
        (before, False),
        (after, True),
        (_of_head(tokens, name), True),
    ):
        kind = _kind(tokens, noun, place_only)
        if kind is not None:
            return kind
    return None


def _kind(tokens: Tokens, noun: int | None, place_only: bool) -> str | None:
    if noun is None or not (tokens.words[noun].islower() or tokens.sentence_starts[noun]):
        return None
    word = tokens.words[noun]
    if word == "maker" and noun > 0 and tokens.words[noun - 1].isalpha():
        word = tokens.words[noun - 1] + word  # round 4: "the electronics maker Daitō Denki"
    kind = noun_type(word)
    return kind if kind == "PLACE" or not place_only else None


def _word_before(tokens: Tokens, name: Name) -> int | None:
    """The word before the name, past an article: "its tributary the Magro"."""
    at = name.start - 1
    if at > 0 and tokens.words[at] in DETERMINERS and not tokens.sentence_starts[at + 1]:
        at -= 1
    return at if at >= 0 else None


def _sentence_start(tokens: Tokens, at: int) -> int:
    while at > 0 and not tokens.sentence_starts[at]:
        at -= 1
    return at


def _opening_preposition(tokens: Tokens, name: Name) -> bool:
    """ "In Brussels, a spokesman for …": a name in a sentence's opening phrase. Only a place
    noun after it is an apposition ("In Sittwe, the state capital, …")."""
    first = _sentence_start(tokens, name.start)
    return (
        tokens.words[first].lower() in PREPOSITIONS and "," not in tokens.words[first : name.start]
    )


def _noun_before_comma(tokens: Tokens, name: Name) -> int | None:
    """The name in apposition after its noun: "IEBC chairman, Joseph Kamau", "the
    commander in Kordofan, Brigadier Adam Suleiman Haroun, …"; the name ends its clause
    ("…, Mori said" is the subject after an opening phrase, not an apposition)."""
    words, at = tokens.words, name.start
    first = _sentence_start(tokens, at)
    titles = 0
    while at > first and words[at - 1] != "," and words[at - 1].istitle() and titles < TITLE_WORDS:
        at, titles = at - 1, titles + 1  # "Professor", "Major General", "Gov."
    if at - 1 <= first or words[at - 1] != "," or tokens.sentence_starts[at]:
        return None
    if name.end < len(words) and words[name.end] not in (",", ".", ";"):
        # round 9: or the first of a list of names ("two magistrates, Rolando Sanjur
        # Batista and Ernesto Mojica Rangel, dissented")
        listed = name.end + 1 < len(words) and words[name.end] == "and"
        if not (listed and words[name.end + 1].istitle()):
            return None
    if _opening_preposition(tokens, Name(at - 1, at, "", "")):
        return None  # "In a statement outside court, Avonvale's chief executive"
    if coarse_type(name.label) == "PLACE" and _after_a_placed_name(words, at - 1, first):
        # round 37: "a fisherman from Shippagan, New Brunswick, said": a place the model
        # tagged after a place's name and a comma is the town's region, not the fisherman
        return None
    # The noun before the comma, or the noun before a phrase on a preposition there.
    for i in range(at - 2, max(first, at - 2 - NOUN_BEFORE_WORDS) - 1, -1):
        if words[i] in _PUNCTUATION_BEFORE or words[i] in NOT_HEAD_NOUN:
            return None
        heads_phrase = i == at - 2 or words[i + 1] in PREPOSITIONS or words[i + 1] == "of"
        if heads_phrase and words[i].islower() and noun_type(words[i]) is not None:
            return _governing_noun(tokens, i, first)
    return None


def _after_a_placed_name(words: Sequence[str], comma: int, first: int) -> bool:
    """The comma ends a capitalised name put somewhere: "from Shippagan,", "in Juba,"
    (not "the director of the Komische Oper Berlin,")."""
    at = comma - 1
    while at > first and words[at][:1].isupper():
        at -= 1
    return at < comma - 1 and words[at] in _WHERE


def _governing_noun(tokens: Tokens, noun: int, first: int) -> int:
    """Round 9: "Its chief of mission in Haiti, Grégoire …", "the head of the agency,
    Ana …": the noun before "of" heads the phrase, not the one after it. Round 12: also
    past the words that describe the inner noun, and before "for" ("The candidate of the
    governing Vetëvendosje movement, Albulena …", "The deputy for the Atacora
    department, Bernadette …"). Round 59: a role's noun heads it before a preposition of
    place too ("Its coordinator in the Setúbal district, João …" is the coordinator); round
    62: before any other ("Its representative on the … committee, Aroha …")."""
    words = tokens.words
    at = noun - 1
    while at > first and noun - at <= MODIFIER_WORDS and _modifies(words[at]):
        at -= 1
    if at > first and words[at] in DETERMINERS:
        at -= 1
    governing = words[at] in _GOVERNING_PREPOSITIONS
    if at > first and (governing or words[at] in _ROLE_BEFORE):
        head = at - 1
        kind = noun_type(words[head]) if words[head].islower() else None
        if kind is not None and (governing or kind == "PERSON"):
            return head
    return noun


def _modifies(word: str) -> bool:
    """A word inside a noun phrase before its noun: a name, an adjective or a participle
    ("the governing Vetëvendosje movement"), not a determiner or a preposition."""
    function_word = word in DETERMINERS or word in PREPOSITIONS or word in _JOINING_WORDS
    # round 26: and an owner's possessive ("the chair of the city's executive board, …")
    return (word.isalpha() and not function_word) or word in _POSSESSIVES


def _appositive_noun(tokens: Tokens, name: Name) -> int | None:
    """The head of a noun phrase in apposition after the name: "Mark Lindqvist, the EA
    manager," or "Otieno, a former executive at …", "Transnistria, the Russian-backed
    breakaway region on …"."""
    words, at = tokens.words, name.end
    if at >= len(words) or words[at] != ",":
        return None
    noun = None
    for i in range(at + 1, min(at + 2 + APPOSITION_WORDS, len(words))):
        word = words[i]
        if tokens.sentence_starts[i] or word in _APPOSITION_ENDS:
            return noun
        after_hyphen = words[i - 1] == "-"
        compound = after_hyphen or (i + 1 < len(words) and words[i + 1] == "-")
        if word.istitle() and noun == i - 1:
            return None  # round 4: "Mainichi Shimbun, the critic Ōta Shinobu": Ōta's noun
        if after_hyphen and noun_type(word):
            # round 37: a compound's last part heads it where it says what the name is
            # ("a co-author at", "the vice-president"), not "Russian-backed", "year-old"
            noun = i
            continue
        if word in DETERMINERS or word in _SKIPPED_MARKS or word.istitle() or compound:
            continue
        if i + 1 < len(words) and words[i + 1] in _POSSESSIVES:
            continue  # round 35: "the group's managing director": the group owns the noun
        if word in _ING_ADJECTIVES:
            continue  # round 35: "managing director", "its governing body": not verbs
        if word in _CLAUSE or word.endswith(("ed", "ing")) or word in NOT_HEAD_NOUN:
            return noun  # a verb or a function word: the noun phrase, if any, has ended
        if i + 1 < len(words) and words[i + 1] in DETERMINERS:
            return noun  # a verb before its object: "…, shares a director with …"
        if is_head_noun(word):
            noun = i
    return noun if noun is not None and noun + 1 == len(words) else None


def _of_head(tokens: Tokens, name: Name) -> int | None:
    """The noun governing the name through "of": "the town of Bilohorivka", "cities of
    the Midwest"."""
    words, at = tokens.words, name.start
    if at > 2 and words[at - 1] in DETERMINERS:
        at -= 1
    if at < 2 or words[at - 1].lower() != "of":
        return None
    if name.end < len(words) and is_head_noun(words[name.end]):
        return None  # the name modifies a noun: "the rout of Russian forces"
    return at - 2
