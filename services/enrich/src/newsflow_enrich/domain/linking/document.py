"""The one model every linking pass reads and extends: an article, its mentions, the
short forms they stand for, the entities they make up.

Offsets index the original text and the normalised one alike (normalise.py never moves
a character), so a span found on the normalised text quotes the published one exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.linking.body_cues import (
    acted_in_clause,
    contest,
    corporate,
    fixture,
    governs,
    last_two,
    staffed,
)
from newsflow_enrich.domain.mentions import RawEntity, coarse_type
from newsflow_enrich.domain.names import PERSONAL_TITLES, surface_form, word_set
from newsflow_schemas import GeoPlace

# "in", "at", "to" also precede organisations ("shares in Arden"); these rarely do.
SPATIAL = word_set("near across around towards toward throughout beneath along")
# Round 9: "the hills above Ella", "a dam below Kotri": height and flow put a place there.
# Read by the type's vote only, not by clustering's "uses the name as a place".
HEIGHTS = word_set("above below")
LOCATIVES = SPATIAL | word_set("in at from to into via through inside outside between")
# Where something is (not where it goes or comes from: "spoke to Smith", "a letter from Jo").
AT_PLACE = SPATIAL | word_set("in at inside outside")
# "in northern Crimea": a compass word between the preposition and the name. A match
# starts where a word starts (any start inside the word would match too, later): the
# look-behind only spares the search a try at every letter of every word.
_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])([A-Za-z]+)\s+(?:[Tt]he\s+)?"
    r"((?:north|south|east|west)(?:ern)?\s+|central\s+|occupied\s+)?$"
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
_WHO_AFTER = re.compile(r"^,?\s+who\b")
# Round 42: "Marc Tremblay, no relation to Ryan", "who is no relation to Romario", "who is
# not related to Agus": what news writes of two people who share a surname; not what it
# writes of things ("bears no relation to", "has no relation to", "were not related to")
_NO_RELATION_BEFORE = re.compile(
    r"(?:, no relation|\bwho(?:'s| is| was| are| were) (?:no relation|not related|unrelated))"
    r" to\s+$"
)
# Round 26: "a man who gave his name only as Dragan", "identified only as Emmanuel": a
# person who withholds the rest of the name; and a correspondent's line over a report,
# "From Tafadzwa Nyathi in Bulawayo".
_GAVE = r"(?:gave|gives|giving|give)\s+"
_NAMED_ONLY_AS = re.compile(
    rf"\b(?:(?:{_GAVE}(?:his|her|their)\s+(?:first\s+)?names?|identified|named|known)\s+only"
    rf"|{_GAVE}(?:his|her)\s+(?:first\s+)?name)\s+as\s+$"
)
_FROM_LINE_BEFORE = re.compile(r"(?:^|\n)From\s+$")
_FROM_LINE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][^\n.;]{0,60}\n")
# "Remedios Canete, 64, a market vendor": an age in commas after a name is a person's.
_AGE_AFTER = re.compile(
    r"^,\s+(?:\d{1,3},(?!\d)"  # not "X, 2,000 metres up"
    # round 13: "Chicas Romero, a 19-year-old born in …" (not "a 150-year-old brewer")
    r"|(?:an?|the)\s+\d{1,3}-year-old(?=[,.;]|\s+(?:who|from|born|with|and|of)\b))"
)
# "a stake in Arden", "shares in toolmaker Veldin": "in" before a company, not a place.
# (_held spares the search where the words that end a match are missing: keep in step.)
_HOLDING_BEFORE = re.compile(
    r"\b(?i:stakes?|shares?|investments?|invest(?:ed|ing)?|interests?|holdings?)\s+in\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?$"
    # Round 4: "the goalkeeper Nils Vogt from Freiburg": a club a player comes from
    r"|\b(?:goalkeeper|defender|midfielder|striker|forward|winger|full-back|centre-back)"
    r"\s+(?:[A-Z][\w'-]+\s+){1,3}from\s+$"
)
# "40km south of Popayán", "north-east of Lyon".
_COMPASS_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
# "a Stuttgart-based carmaker": where it is based is a place.
_BASED_AFTER = re.compile(r"-based\b")
# "a village on the Tisza", "the south bank of the Dniester", "the descent of the Col":
# only a river, a mountain, an island or a road is where these words put something.
_FEATURE_BEFORE = re.compile(
    # round 17: "fighting along the Chindwin", "ferries across the Danube"
    r"\b(?:on|along|across|(?:banks?|shores?|mouth|source|estuary|delta|descent|ascent|climb|summit|"
    r"slopes?|foot|flanks?|waters|headwaters|confluence)\s+of)\s+the\s+$"
    rf"|\b{_COMPASS_OF}\s+(?:the\s+)?$"
    # round 10: a mountain's or a coast's parts need no "the" before its name ("the flank
    # of Fuego", "the cliffs of Middleton Dale", "the shore of Kivu")
    r"|\b(?:slopes?|flanks?|summit|foothills|shores?|cliffs)\s+of\s+$"
)
# "farm towns including Florence", "the ports of Gladstone", "the island of Mull".
# Round 3: any item of such a list ("towns such as Phu Quoc, Con Dao and Dien Bien Phu",
# "Its towns, among them Strasburg, Ephrata and Columbia").
# Round 10: a list of two needs no comma ("the villages of Tloha-re-Bue and Sepinare"),
# and an item may open with an apostrophe ("the islands of Tongatapu, 'Eua and Nomuka").
_ITEM = r"'?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
_PLACE_NOUN_BEFORE = re.compile(
    r"\b([a-z]+)\s*[—,]?\s+(?:of|including|such\s+as|like|among\s+them)\s+"
    rf"(?:{_ITEM},\s+){{0,4}}(?:{_ITEM}\s+and\s+|and\s+)?$"
)
_LIST_REACH = 90  # characters read back for the place noun before a list
# The last words of _PLACE_NOUN_BEFORE's openers ("of", "such as", "among them"): after
# one, a match holds only items (capitalised words, with their commas) and "and". Keep in
# step with the regex: _may_close_a_list spares its search, tried at every one of the 90
# characters, where the words before the name cannot end such a list (most mentions).
_LIST_OPENER_ENDS = word_set("of including as like them")
_ITEM_STARTS = frozenset("'ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Round 3: "the mayor of Nowa Sól", "residents of Kyaukphyu", "the road to Hagnaya",
# "from Mato Grosso to the Amazon": only a place has these.
_OF_A_PLACE = re.compile(
    # round 10: "the edge of Leyburn", "the suburbs of Tbilisi", "villagers of Hassop"
    r"\b(?:mayors?|residents|inhabitants|outskirts|streets|edge|suburbs|villagers)\s+of\s+$"
    r"|\b(?:road|roads|route|routes|flights?|trains?|ferry|ferries|buses)\s+(?:to|from)\s+$"
    # Round 4: "people from Catterick", "represents Kwara North", "the member for Llandysul"
    r"|\b(?i:people|residents|families|mothers|patients|voters|farmers)\s+from\s+$"
    r"|\b(?:represents|representing|(?:member|MP|MSP|councillor)\s+for)\s+$"
    # "the fall of El Fasher", "a blockade on Bamako": what a war does to a place
    r"|\b(?:fall|siege|capture|recapture|blockade|shelling|bombardment|evacuation)\s+"
    r"(?:of|on)\s+$"
)
# Round 6: "the Grande Ronde aquifer", "the Indus delta", "the DRC's Ituri province": a
# name before a lower-case noun of land or water, or of a country's division, is where it
# is (not a "plant" or "mine", which a company's name also goes before).
# The last word before the name in any match of _FEATURE_BEFORE and _OF_A_PLACE ("the
# banks of the", "the fall of"; or a word that ends "represents"): where it is another,
# neither can match and the search is spared (most mentions). Keep these in step.
_FEATURE_ENDS = word_set("the of")
_DEFINITE = frozenset(("the", "The"))
_OPENING_MARKS = "\"'“‘("  # a quote may open with "the": "“The Taquari will flood"
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# A lower-case word after "the X" that makes X a name's own subject ("the Taquari will
# flood"), not a modifier of the noun after it ("the Yukon government").
_MODALS = word_set("will would can could may might must shall should never also still")
# Round 35: a preposition or a relative word after "the X" ends its noun phrase: "through
# the Musi for the city", "the Tisza near Szeged", "the Vrbas, which".
_AFTER_A_HEAD = word_set(
    "for from to at on near into through past toward towards with between below above"
    " beyond across along by where which that"
)
_OF_A_PLACE_ENDS = word_set("of on to from for")
_OF_A_PLACE_VERBS = ("represents", "representing")
_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:river|delta|basin|aquifer|valley|estuary|plateau|lagoon|glacier|gorge|floodplain"
    r"|watershed|province|governorate|prefecture|oblast|municipality|commune"
    # round 10: "the Polihali dam", "the Amalfi coast", "the Nuba hills"
    r"|dam|reservoir|canal|coast|coastline|peninsula|hills|foothills|highlands|lowlands"
    r"|wetlands|marshes)\b"
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_AFTER = re.compile(r"^\s+to\s+(?:the\s+)?[A-Z]")
# "Kogi and Niger states", "Shan and Chin states": a list ended by a plural place noun.
_PLACE_LIST_AFTER = re.compile(r"^(?:,\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z][\w-]*\s+([a-z]+)\b")
_AFTER_REACH = 60
# Round 18: a match's score line names its two sides, "Cape Verde 2 Eswatini 0",
# "Sir Safety Perugia 3 Itas Trentino 2 (25-22, …)", "Georgia 24-10 Portugal": a line of
# its own that is only two names and their scores.
_SCORE_LINE = re.compile(
    r"(?m)^[^\S\n]*[A-Z][^\d\n]{0,60}?[^\S\n]\d{1,3}(?:[^\S\n]+|[^\S\n]*[-–][^\S\n]*\d{1,3}[^\S\n]+)"
    r"[A-Z][^\d\n]{0,60}?(?:[^\S\n]\d{1,3})?(?:[^\S\n]*\([^\n]*\))?[^\S\n]*$"
)
# Round 26: a cricket side's innings after its name, as a report of the match gives it:
# "Zimbabwe reached 371 for six", "Nepal were 151 for five", "Ireland, bowled out for 218",
# "Ireland, who began the day on 31 for one", "reached 19 without loss", and on the
# scorecard line of Australian writing, "Tasmania 7-412 (…)".
_INNINGS_AFTER = re.compile(
    r",?\s+(?:who\s+[a-z]+(?:\s+[a-z]+){0,3}\s+|(?:were|was|are|is|reached|made|posted|"
    r"closed\s+on|finished\s+on|resumed\s+on|(?:were\s+)?(?:bowled|all)\s+out\s+for)\s+)?"
    r"\d{1,3}\s+(?:for\s+(?:\d\b|one|two|three|four|five|six|seven|eight|nine|no\s+loss)|"
    r"without\s+loss|all\s+out)|,?\s+(?:were\s+)?(?:bowled|all)\s+out\s+for\s+\d"
    r"|\s+\d{1,2}[-/]\d{2,3}(?:\s+dec)?\s+\("  # "Tasmania 7-412 (Whitlock-Nguyen 138 …)"
)
# Round 26: a side's result in a clause after its name: "Fenerbahçe, who beat Olympiacos".
_WHO_BEAT = re.compile(
    r", who (?:beat|defeated|thrashed|edged|swept|lost to|drew with|drew \d{1,3}[-–]\d)\b"
)  # round 30: "Raków Częstochowa, who drew 1-1 at Jagiellonia"
# Round 30: "Sepahan of Isfahan, who drew": a name after another name's "of" is where it is from.
_OF_A_NAME = re.compile(r"[A-Z][\w'-]*\s+of\s+$")
# Round 8: "PORTRUSH —", "COLOMBO, Sri Lanka", "KUALA LUMPUR:": where the story is filed.
_DATELINE = re.compile(
    r"[A-Z][A-Z'.\u2019-]*[A-Z](?: [A-Z][A-Z'.\u2019-]*[A-Z]){0,3}(?=, [A-Z]|:| [-\u2014\u2013] )"
)
_DATELINE_LINES = 2
_SLUGS = word_set(
    "breaking exclusive update analysis watch opinion editorial live factbox explainer"
)
# Round 8: "Dala, which runs 640 stores": a person is "who", a thing "which".
_WHICH_AFTER = ", which "
_CLAUSE_REACH = 160  # the longest relative clause read before the verb after it
_APPOSITION_REACH = 60  # the longest phrase in commas read before the verb after it
_PHRASE_ENDS = '.;:\n"“”('  # a clause or a phrase closed by a comma runs over none of these
# Round 9: "Lavenia Ratu's uncle", "Ivo Andrić's novel": only a person has kin or writes.
_KIN = word_set(
    """son daughter wife husband mother father brother sister uncle aunt nephew niece
    cousin grandson granddaughter grandfather grandmother widow widower fiance fiancee
    novel memoir"""
)
# Round 10: "Pullman's mayor", "Tobago's beaches": what only a place has, after its
# possessive (the mirror of "Lucid's factory"; not "council" or "hotels", a firm's too).
_PLACE_OWNED = word_set(
    """mayor residents inhabitants outskirts suburbs streets villagers townspeople
    coastline beaches"""
)
_OWNERS = (" its ", " their ")
_NOT_BEFORE_WHO = LOCATIVES | {"of"}  # "the mayor of Nowa Sól, who…": "who" is the mayor
_SITES = word_set(
    """plant plants factory mine mines smelter refinery furnace branch site warehouse
    terminal depot facility campus mill yard"""
)
_SAYS_AFTER = re.compile(
    r"^\s+(?:said|says|told|added|wrote|argued|warned|insisted|replied|explained|claimed|"
    r"admitted|conceded|noted|asked|continued|recalled)\b"
)


class SentenceIndex:
    """Which sentence a character offset falls in."""

    def __init__(self, starts: Sequence[int]) -> None:
        self._starts = list(starts)

    def of(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def starts_at(self, offset: int) -> bool:
        return self._starts[self.of(offset)] == offset if self._starts else False

    def splits(self, start: int, end: int) -> bool:
        """Whether a sentence boundary falls inside these offsets: no mention may cross
        one (the parser sometimes ends a sentence inside a name)."""
        return self.of(start) != self.of(end - 1)


@dataclass(frozen=True)
class Span:
    """One cleaned mention, with what its context says about its type: a locative
    preposition before it ("in Kherson") and, from the parse, whether it is an adjective,
    an item of a list, or described by a common noun."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    locative: bool = False
    spatial: bool = False
    adjectival: bool = False
    listed_with: str | None = None
    described_as: str | None = None
    personal: bool = False  # "Ms Kim", "Dr Owain Hughes", "Nadia Farouk, who …"
    says: bool = False  # "Wang said": a person, or an organisation, speaks
    at_place: bool = False  # "in Powys", "at Queen's": where something is
    held: bool = False  # "shares in Veldin": a company
    staffed: bool = False  # round 86: "Tidewater's director", "a researcher at Naturalis"
    feature: bool = False  # "on the Tisza", "towns including Eloy": a place
    possessive: bool = False  # "Queen" written "Queen's", its possessive cut off
    # round 8: "Dala, which runs 640 stores", "Luka Zupan of Olimpija Ljubljana": no person
    impersonal: bool = False
    dateline: bool = False  # round 8: "MASVINGO - A two-week…" opens the body: a place
    # round 9: "the Lusaka firm" (where it is), "the Nidaa Karama party" (what it is)
    before_firm: bool = False
    owned_site: bool = False  # round 9: "its Seixal plant": where a firm's site is
    contest: bool = False  # round 10: "beat West Coast", "lost to Port Adelaide": a side
    corporate: bool = False  # round 10: "Lucid's factory", "an analyst at Kroll": a firm
    scored: bool = False  # round 18: on a match's score line, "Cape Verde 2 Eswatini 0"
    fixture: bool = False  # round 22: "play Wales", "Georgia stun Fiji": in a match report, a side
    governs: bool = False  # round 20: "Moscow has not commented", "called on Ottawa to"
    definite: bool = False  # round 34: "the Taquari will flood": never a town or a person
    # PERSON, ORG, PLACE or the label: set once, since every pass asks it of every mention.
    coarse: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coarse", coarse_type(self.label))


@dataclass(frozen=True)
class ArticleText:
    original: str
    normalised: str
    lead_end: int  # where the title and standfirst end
    sentences: SentenceIndex
    sentence_scores: Sequence[float]

    @cached_property
    def dateline(self) -> tuple[int, int] | None:
        """Round 8: the place in capitals that opens the body (its first line, or the
        second after a standfirst), where the story was filed: "PORTRUSH —", "COLOMBO,
        Sri Lanka", "KUALA LUMPUR:"; not a label ("EXCLUSIVE:")."""
        text, at = self.original, self.lead_end
        for _ in range(_DATELINE_LINES):
            while at < len(text) and text[at].isspace():
                at += 1
            found = _DATELINE.match(text, at)
            if found is not None:
                return None if found.group().lower() in _SLUGS else found.span()
            at = text.find("\n", at)
            if at < 0:
                return None
        return None

    @cached_property
    def score_lines(self) -> tuple[tuple[int, int], ...]:
        """Round 18: where the lines that give a match's score are ("Cape Verde 2
        Eswatini 0"): a name on one is a side in the match."""
        return tuple(m.span() for m in _SCORE_LINE.finditer(self.normalised))

    def in_score_line(self, at: int) -> bool:
        return any(start <= at < end for start, end in self.score_lines)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case ("green" beside "Green"), read
        once for every pass that asks."""
        return frozenset(_LOWER_WORD.findall(self.normalised))

    def span(
        self,
        bounds: tuple[int, int],
        label: str,
        cues: RawEntity | None = None,
    ) -> Span:
        """A mention at these offsets, with the preposition before it read, and the
        parse's cues of the spaCy span it was cut from, if any."""
        start, end = bounds
        before_text = self.normalised[max(0, start - 30) : start]
        before = _WORD_BEFORE.search(before_text)
        word = before.group(1).lower() if before is not None else ""
        compass = before is not None and before.group(2) is not None and word in LOCATIVES
        last_words = before_text.split()[-3:]
        held = _held(before_text, last_words)
        after = self.normalised[end : end + 30]
        next_words = _two_words(after)
        possessed = next_words[1] if next_words[:1] == ["'s"] and next_words[1:] else ""
        two_before = last_two(before_text)  # read once for both cues that ask
        scored = self.in_score_line(start) or _INNINGS_AFTER.match(self.normalised, end) is not None
        return Span(
            start,
            end,
            self.original[start:end],
            label,
            self.sentences.of(start),
            word in LOCATIVES,
            word in SPATIAL or word in HEIGHTS or compass,
            adjectival=cues is not None and cues.adjectival,
            listed_with=cues.listed_with if cues is not None else None,
            described_as=cues.described_as if cues is not None else None,
            personal=_personal_context(before_text, after, word)
            or _kin_after(self.normalised[end : end + 20])
            or _named_as_a_person(before_text, self.normalised, end),
            # "Residents of Kyaukphyu said": the residents speak, not the place
            says=word != "of" and bool(_SAYS_AFTER.match(self.normalised[end : end + 12])),
            # not "the office in Warsaw had asked": the office acts, where the city is
            governs=governs(
                last_words if before_text[-1:].isspace() else [],
                self.normalised[end : end + 36] if word not in LOCATIVES else "",
            )
            or _governs_by_clause(self.normalised, end)
            or _governs_past_apposition(self.normalised, end),
            at_place=word in AT_PLACE and not held,
            possessive=self.normalised[end : end + 2] == "'s",
            # not "the Argentine writer Mariana Echeverry, which…": her book is meant
            impersonal=self.normalised.startswith(_WHICH_AFTER, end)
            and noun_type(word) != "PERSON",
            dateline=bounds == self.dateline,
            before_firm=_before_firm_noun(before_text, after, next_words),
            owned_site=_owned_site(before_text, next_words),
            contest=scored
            or contest(two_before, next_words)
            # round 30: not "Sepahan of Isfahan, who drew 2-2": the side from the town plays
            or (_WHO_BEAT.match(after) is not None and not _OF_A_NAME.search(before_text)),
            scored=scored,
            fixture=fixture(two_before, next_words),
            definite=_definite(last_words, before_text, after),
            corporate=corporate(two_before, possessed),
            staffed=staffed(two_before, after),
            held=held,
            feature=possessed in _PLACE_OWNED
            or _feature_context(
                before_text,
                self.normalised[end : end + _AFTER_REACH],
                self.normalised[max(0, start - _LIST_REACH) : start],
                label == "PERSON",
                last_words[-1] if last_words else "",
            ),
        )


def _definite(last_words: list[str], before_text: str, after: str) -> bool:
    """Round 34: "the Taquari will flood", "down the Ohio.", "at the Brenner": "the"
    before the name, not after "in" (which puts something in a region), and the name not
    used as a modifier ("the Kandy people", "the Yukon government"): what follows is no
    lower-case word, or a verb's (a modal, or one ending -s or -ed: "The Paraná has
    been", "The French Broad crested")."""
    if not last_words or last_words[-1].lstrip(_OPENING_MARKS) not in _DEFINITE:
        return False
    if before_text[-1:] != " " or last_words[-2:-1] in (["in"], ["In"]):
        return False  # "In the Waikato, the country's dairy heartland": a region
    lower = _LOWER_WORD_AFTER.match(after)
    if lower is None:
        return True
    word = lower.group(1)
    return word in _MODALS or word in _AFTER_A_HEAD or word.endswith(("s", "ed"))


def _governs_by_clause(text: str, end: int) -> bool:
    """Round 25: a relative clause after the name that says what it has done ("Berlin,
    which has pledged €40m"), or its own verb after the clause ("Moscow, which has bases
    there, called for calm")."""
    if not text.startswith(_WHICH_AFTER, end):
        return False
    opened = end + len(_WHICH_AFTER)  # where the clause's first word starts
    if acted_in_clause(text[opened - 1 : opened + 40]):
        return True
    past = _after_phrase(text, opened, _CLAUSE_REACH, 36)
    # round 28: or it speaks after the clause ("Kuala Lumpur, which hosts the talks, said")
    return governs((), past) or _SAYS_AFTER.match(past) is not None


def _governs_past_apposition(text: str, end: int) -> bool:
    """Round 46: what it has done after a phrase in commas that describes it ("Canberra,
    still the largest aid donor, has paid", "Rome, San Marino's closest partner,
    welcomed", "Rabat, for its part, has sought"), read as in a relative clause."""
    if not text.startswith(", ", end) or text.startswith(_WHICH_AFTER, end):
        return False
    return acted_in_clause(_after_phrase(text, end + 2, _APPOSITION_REACH, 40))


def _after_phrase(text: str, opened: int, reach: int, length: int) -> str:
    """The `length` characters after a relative clause or a phrase that opened at `opened`
    and is closed by a comma within `reach`, where the name's own verb is ("Moscow, which
    has bases in both countries, called for calm"); empty if the sentence has none."""
    closing = text.find(", ", opened, opened + reach)
    if closing < 0 or any(mark in text[opened:closing] for mark in _PHRASE_ENDS):
        return ""
    return text[closing + 1 : closing + 1 + length]


def _personal_context(before: str, after: str, preposition: str) -> bool:
    """A title that only people bear right before the name, "who" right after it (but not
    after a place: "an oncologist at a clinic in London, who led the study"), or an age."""
    title = _TITLE_BEFORE.search(before)
    # "the mayor of Nowa Sól, who organised…": "who" is the mayor
    who = preposition not in _NOT_BEFORE_WHO and _WHO_AFTER.match(after)
    age = _AGE_AFTER.match(after)
    related = _NO_RELATION_BEFORE.search(before)
    return bool(title and title.group(1).lower() in PERSONAL_TITLES) or bool(who or age or related)


def _may_close_a_list(earlier: str) -> bool:
    """Whether `earlier` ends in an opener of a list and nothing but the list's items."""
    for word in reversed(earlier.split()):
        if word in _LIST_OPENER_ENDS:
            return True
        if word != "and" and word[:1] not in _ITEM_STARTS:
            return False
    return False


def _may_end_of_a_place(last_word: str) -> bool:
    return last_word in _OF_A_PLACE_ENDS or last_word.endswith(_OF_A_PLACE_VERBS)


def _named_as_a_person(before: str, text: str, end: int) -> bool:
    if before.endswith(" as "):
        return _NAMED_ONLY_AS.search(before) is not None
    return before.endswith("From ") and bool(
        _FROM_LINE_BEFORE.search(before) and _FROM_LINE_AFTER.match(text, end)
    )


def _kin_after(after: str) -> bool:
    """Round 9: the name's possessive before a relative or a book ("Ratu's uncle")."""
    if not after.startswith("'s "):
        return False
    words = after[3:].split(maxsplit=1)
    return bool(words) and words[0].rstrip(".,;:") in _KIN


def _two_words(after: str) -> list[str]:
    """The first two words after a name, without the punctuation that ends them."""
    return [w.rstrip(".,;:") for w in after.split(maxsplit=2)[:2]]


def _before_firm_noun(before: str, after: str, words: list[str]) -> bool:
    """Round 9: "the Lusaka firm", "a Valletta brokerage", "the London investment bank",
    "the small Levica party": a name after a lower-case word and before a noun for an
    organisation (one lower-case word may come between)."""
    opener = before.rsplit(None, 1)[-1:]
    if not opener or not opener[0].islower() or not after.startswith(" "):
        return False
    if not words or not words[0].isalpha() or not words[0].islower():
        return False
    if noun_type(words[0]) == "ORG":
        return True
    modified = len(words) == 2 and words[1].isalpha() and words[1].islower()
    return modified and noun_type(words[1]) == "ORG"  # "the London investment bank"


def _owned_site(before: str, words: list[str]) -> bool:
    """Round 9: "its Seixal plant", "their Chuquiyacu copper mine": after the owner's
    possessive, the name before a site's noun is where the site is, not who owns it."""
    if not before.endswith(_OWNERS):
        return False
    return any(w in _SITES for w in words[:2]) and all(w.islower() for w in words[:1])


def _held(before: str, last_words: list[str]) -> bool:
    """`last_words`: the last three words of `before`. A match of _HOLDING_BEFORE ends
    "in" and at most two words, or "from"; where neither is there, the search is spared."""
    if "in" not in last_words and last_words[-1:] != ["from"]:
        return False
    return _HOLDING_BEFORE.search(before) is not None


def _feature_context(
    before: str, after: str, earlier: str, person_label: bool, last_word: str
) -> bool:
    """ "from X to Y" only counts against the model's PERSON label: "moved from Chelsea to
    Arsenal", "switched from Samsung to TSMC" are organisations. `last_word`: the word
    that ends `before`, which ends every match of the regexes read there."""
    feature_before = last_word in _FEATURE_ENDS and _FEATURE_BEFORE.search(before)
    if feature_before or _BASED_AFTER.match(after):
        return True
    if _PLACE_NOUN_AFTER.match(after):
        return True
    from_to = (
        person_label
        and last_word.endswith("from")
        and _FROM_BEFORE.search(before)
        and _TO_AFTER.match(after)
    )
    of_a_place = _may_end_of_a_place(last_word) and _OF_A_PLACE.search(before)
    if of_a_place or from_to:
        return True
    listed = _PLACE_LIST_AFTER.match(after)
    if listed is not None and noun_type(listed.group(1)) == "PLACE":
        return True
    if not _may_close_a_list(earlier):
        return False
    noun = _PLACE_NOUN_BEFORE.search(earlier)
    return noun is not None and noun_type(noun.group(1)) == "PLACE"


@dataclass(frozen=True)
class ShortForm:
    """A short form the article defines for a longer name: "CMA" for "Competition and
    Markets Authority"."""

    short: str
    long: str


@dataclass(frozen=True)
class Entity:
    """Mentions that name one thing. Clustering fills `spans`; typing names and types it;
    the place pass pins a place on it."""

    spans: tuple[Span, ...]
    is_person: bool = False  # a cluster that holds a person's full name
    name: str = ""
    type: str = ""
    kind: str = ""  # the commonest spaCy label among its mentions
    place: GeoPlace | None = None

    @property
    def forms(self) -> list[str]:
        return list(self._forms)  # a fresh list: a caller may extend its copy

    @cached_property
    def _forms(self) -> tuple[str, ...]:
        """Read once: every pass asks each entity for its forms, often many times, and the
        spans of a frozen Entity never change."""
        return tuple(dict.fromkeys(surface_form(s.text) for s in self.spans))


@dataclass(frozen=True)
class Document:
    article: ArticleText
    raw: tuple[RawEntity, ...]  # spaCy's spans with the parse's cues, untouched
    mentions: tuple[Span, ...] = ()
    short_forms: tuple[ShortForm, ...] = ()
    countries: frozenset[str] = frozenset()  # ISO codes of the countries it names
    entities: tuple[Entity, ...] = ()
