"""Round 10: the words around a mention that only an organisation's name stands among.

Read once per mention from the text `ArticleText.span` has already sliced (the words
just before it and the few just after), with set lookups only: no regex per name.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.linking.heads import ORG_HEADS, PLACE_HEADS
from newsflow_enrich.domain.names import word_set

# "Fremantle beat West Coast", "a win over Port Adelaide", "lost to North Melbourne":
# only a side plays; a town, a county or a person named by one word does not.
_CONTEST_VERBS = word_set(
    "beat beats beating defeated defeating thrashed thrashing edged overcame outclassed"
    # round 30: a headline's present tense ("Raja edge Wydad in Casablanca derby")
    " edge edges thrash thrashes"
)
_CONTEST_BEFORE = frozenset(
    {
        ("lost", "to"),
        ("losing", "to"),
        ("loss", "to"),
        ("defeat", "to"),
        ("defeat", "by"),
        ("win", "over"),
        ("wins", "over"),
        ("victory", "over"),
        ("draw", "with"),
        ("drew", "with"),
        ("coach", "of"),
        # "plays his domestic cricket for Northern Districts", "open their season away at
        # Wrexham County": a player's side, a fixture's ground named by its club
        ("plays", "for"),
        ("played", "for"),
        ("playing", "for"),
        ("signed", "for"),
        ("cricket", "for"),
        ("rugby", "for"),
        ("football", "for"),
        ("hockey", "for"),
        ("away", "at"),
        ("away", "to"),
    }
)
_CONTEST_AFTER = frozenset({("lost", "to"), ("drew", "with"), ("won", "against")})
# "Canterbury coach Dean Hollis", "West Coast forward Jake Waterford": a side's people.
_SIDE_ROLES = word_set(
    """coach captain skipper forward striker midfielder defender goalkeeper winger
    full-back fullback fly-half halfback hooker prop quarterback pitcher"""
    # round 25: a cricket side's players ("the Ireland seamer Eoin Kilbride")
    " seamer spinner bowler batter batsman wicketkeeper opener"
)
# "Lucid's factory", "Hess's shares", "Unitel's board": what a firm or a body owns.
_CORPORATE_OWNED = word_set(
    """factory factories plant plants shares stock shareholders board subsidiary
    subsidiaries headquarters profit profits revenue revenues earnings brand brands
    listing workforce founder founders owners directors refineries"""
)
# "the chief executive of Ceer", "a unit of Hess", "a spokeswoman for Bodiva",
# "an analyst at Kroll": a firm's people and parts, never a town's or a person's.
_CORPORATE_BEFORE = frozenset(
    {
        ("executive", "of"),
        ("subsidiary", "of"),
        ("unit", "of"),
        ("shareholders", "of"),
        ("shareholder", "in"),
        ("spokesperson", "for"),
        ("spokesman", "for"),
        ("spokeswoman", "for"),
        ("analyst", "at"),
        ("analysts", "at"),
        ("economist", "at"),
        ("strategist", "at"),
        ("consultant", "at"),
        ("founder", "of"),
        ("founders", "of"),
        ("directors", "of"),
        ("published", "by"),
        ("takeover", "of"),
        ("acquisition", "of"),
        ("merger", "with"),
        # round 28: a party's elected members ("the four members of Chega", "Deputies of
        # Fidesz", "councillors from PASOK")
        ("members", "of"),
        ("deputies", "of"),
        ("deputies", "from"),
        ("councillors", "from"),
        ("lawmakers", "from"),
        ("legislators", "from"),
    }
)
# "through his company Palffy Rezidencie", "their party Nidaa Karama": an owner's
# company, party or club, named right after it.
_OWNER_WORDS = word_set("his her their its")
# "the governing Liberals", "the opposition Greens": a party in or out of power.
_IN_POWER = word_set("governing ruling opposition")


def last_two(before: str) -> tuple[str, ...]:
    """The two words before a name, lower case, "the" skipped ("lost to the Eagles")."""
    words = before.lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    return tuple(words[-2:])


def contest(two: tuple[str, ...], after: list[str]) -> bool:
    """A side in a match: a contest's verb or noun on either side of the name, or one of
    its players or staff named after it. `two`: last_two() of the text before it."""
    if (two and two[-1] in _CONTEST_VERBS) or two in _CONTEST_BEFORE:
        return True
    if not after:
        return False
    if after[0] in _SIDE_ROLES:
        return len(after) == 2 and after[1][:1].isupper()
    return after[0] in _CONTEST_VERBS or tuple(after[:2]) in _CONTEST_AFTER


# Round 22: what a fixture says of a side, which a report of a match says of every side it
# names, and other writing of a country too ("sanctions against Russia", "to meet China's
# demands"): heard only where the article reports a match (entity_types.py).
_FIXTURE_BEFORE = word_set(
    "against face faces facing play plays meet meets beaten"
    # round 30: "Legia host Górnik Zabrze", "beat their city rivals Wydad"
    " host hosts rivals"
)
_FIXTURE_AFTER = word_set("stun stuns stunned face faces play plays meet meets host hosts")


# Round 25: a national side's squad and its players, as a match report writes them: "an
# England call", "the Tonga squad", "a Tunisia midfielder", "called up by Tonga", "scored
# twice for Mauritania".
_SQUAD_AFTER = word_set(
    "squad camp call call-up side team shirt jersey debut selectors"
    # round 38: one of its players ("Chinedu Okonkwo, a Nigeria international")
    " international internationals"
)
# Round 25: a side's result and its place in a table, as a report of the match gives
# them: "Norway won the relay", "Germany finished fourth", "behind Australia", "ahead of
# Oman"
_RESULT_AFTER = word_set("won finished lost drew trailed")
_SIDE_AFTER = _FIXTURE_AFTER | _SQUAD_AFTER | _SIDE_ROLES | _RESULT_AFTER
_SIDE_BEFORE = _FIXTURE_BEFORE | {"behind"}
# a pair of words before the side: who picks it, who plays or scores for it, where it
# stands in the table
_SIDE_PAIRS_BEFORE = frozenset(
    {
        ("ahead", "of"),
        ("up", "by"),
        ("capped", "by"),
        ("scored", "for"),
        ("twice", "for"),
        ("goal", "for"),
        ("goals", "for"),
        ("debut", "for"),
        ("caps", "for"),
        ("appearances", "for"),
        ("times", "for"),  # round 38: "who has played 31 times for Slovakia"
        # round 40: "11 goals in 19 matches for Nigeria", "four Tests for India", "named
        # in the squad for Turkey"
        ("matches", "for"),
        ("games", "for"),
        ("tests", "for"),
        ("squad", "for"),
    }
)
# Round 40: what a side has after its possessive besides its people ("Turkey's
# qualifiers against Georgia", "Fiji's squad")
_SIDE_OWNED = _SIDE_ROLES | word_set("squad squads qualifier qualifiers")


def fixture(two: tuple[str, ...], after: list[str]) -> bool:
    """A side in a fixture: "play Wales on Saturday", "against Uzbekistan", "Georgia stun
    Fiji", "Hungary face Norway", or its squad ("the England camp"). `two`: last_two() of
    the text before it."""
    if after[:1] == ["'s"]:
        # round 30: a side's people after its possessive ("Wydad's coach, the Tunisian");
        # round 40: only they, since the words before tell of what it owns ("a win over
        # Spain's Carlos Ibarra", "named in the squad for Turkey's qualifiers")
        return len(after) > 1 and after[1] in _SIDE_OWNED
    if (two and two[-1] in _SIDE_BEFORE) or two in _SIDE_PAIRS_BEFORE:
        return True
    return bool(after) and after[0] in _SIDE_AFTER


def corporate(two: tuple[str, ...], possessed: str) -> bool:
    """A firm or a body: its people before its name ("the chief executive of X"), a
    party's place in power ("the governing Liberals"), its
    owner's possessive and its noun ("his company X"), or what it owns after its own
    possessive ("X's factory"). `two`: last_two() of the text before it; `possessed`:
    the word after "'s", if any."""
    if two in _CORPORATE_BEFORE or possessed in _CORPORATE_OWNED:
        return True
    if two and two[-1] in _IN_POWER:
        return True
    return len(two) == 2 and two[0] in _OWNER_WORDS and noun_type(two[1]) == "ORG"


# Round 86: the people who run a body or work for it, named with it: "Tidewater's
# director", "Atlético's Argentine coach", "Okavango's managing director", "the chairman
# of Con Dao Offshore", "a researcher at Naturalis". A town has a mayor and residents, a
# region a president, and a site its visitors ("runners at Teryet").
_ITS_PEOPLE = word_set(
    """director directors chairman chairwoman chairperson owner owners founder founders
    coach manager captain boss executive ceo board shareholders staff employees"""
)
_BEFORE_ITS_PEOPLE = word_set("managing chief general team head")  # "X's managing director"
# Whose job is at a body: "a curator at the Wereldmuseum", "a paediatrician at Bugando".
_ITS_STAFF = word_set(
    """researcher scientist doctor professor lecturer curator engineer astronomer nurse
    surgeon physician chemist physicist botanist economist statistician technician
    pharmacist midwife teacher librarian conservator archivist"""
)
_STAFF_ENDINGS = ("ologist", "ician")  # "epidemiologist", "paediatrician"


def staffed(two: tuple[str, ...], after: str) -> bool:
    """Its people after its possessive (one title word or a capitalised adjective between:
    "managing", "Argentine"), or before its name: one who runs it ("the chairman of"),
    or one whose job is at it ("a paediatrician at"; not "a curator at the Basel museum",
    where the name only says which museum). `two`: last_two() of the text before it;
    `after`: the text after it."""
    words = after.split(maxsplit=3)[:3]
    if words[:1] == ["'s"]:
        role = words[1:]
        if role and (role[0] in _BEFORE_ITS_PEOPLE or role[0][:1].isupper()):
            role = role[1:]
        return bool(role) and role[0].rstrip(".,;:") in _ITS_PEOPLE
    if len(two) < 2:
        return False
    noun, word = two
    if word == "at":
        singular = noun.removesuffix("s")
        if singular not in _ITS_STAFF and not singular.endswith(_STAFF_ENDINGS):
            return False  # read first: few names follow a job's noun and "at"
        following = words[0].rstrip(".,;:") if words else ""
        return not (following in ORG_HEADS or following in PLACE_HEADS or noun_type(following))
    return word in ("of", "for") and noun in _ITS_PEOPLE


# Round 20: a capital standing for the government that sits in it, as news writes it:
# "Moscow has not commented", "Beijing's delegation said", "called on Ottawa to", "agreed
# with Maputo", "backed by Belgrade", "instructions from Nairobi".
_GOVERNMENT_ACTS = word_set(
    """wants insists accused rejected denied agreed raised imposed replaced supported pays
    sent refused responded condemned expelled recalled summoned welcomed announced objected
    approved backs denies rejects accuses opposes opposed protested"""
    # round 25: "Moscow blamed Kyiv", "Helsinki seized a tanker", "since Beijing allowed
    # imports", "Berlin pledged €40m"
    " blamed blames seized allowed pledged lent"
    " built"  # round 26: "while Beijing built an earlier bridge"
    " seeks"  # round 27: "as Buenos Aires seeks to expand its presence"
    " placed"  # round 28: "Pretoria placed Emfuleni under national administration"
    # round 46: "Asunción and Brasília signed an agreement", "Ottawa regulates which
    # pesticides may be sold", "Quito reacted coolly"
    " signed regulates reacted"
)
_HAS = word_set("has had have")
# Round 32: "last year", "this week", "on Monday" between a capital and what it did.
_TIME_OPENERS = word_set("last this on in earlier")
_TIMES = word_set(
    """year week month monday tuesday wednesday thursday friday saturday sunday spring summer
    autumn winter"""
)
_SHORTEST_PAST = 4  # "ed" ends "shed" and "need" too
_SENTENCE_ENDS = frozenset('.!?:;"\u201c')
_CLAUSE_OPENERS = word_set(
    "when after since as while because until before that if though although where once"
)
_JOINING = word_set("and but")
# Round 25: what only a government is said to be doing ("Lusaka is negotiating"), and
# the call it makes ("Moscow called for calm")
_GOVERNMENT_DOING = word_set(
    "negotiating seeking pressing pushing lobbying demanding"
    # round 47: "said last year that Taipei was obstructing normal exchanges"
    " obstructing blocking"
)
_ADVERBS = word_set("also now still already")
# round 28: "almost", "nearly", "just", "largely" ("has almost finished")
_CLAUSE_ADVERBS = _ADVERBS | word_set("long repeatedly almost nearly just largely")
_CALLED_FOR = word_set("for on")
_NOT_AFTER = word_set("did does would will")  # "did not comment", "will not allow"
_MODALS = word_set("will would")
_NOT_DONE = word_set("be have not")  # "will be the host", "would have", "will not" (_acts)
_GOVERNMENT_OWNS = word_set(
    """delegation government decision response position comment comments envoy ambassador
    official officials network networks demand demands refusal policy offer approval claim
    claims objection objections support pressure backing Taiwan Foreign Defence Defense"""
    # round 25: "Beijing's embassy said", "Moscow's troops"
    " embassy embassies consulate diplomats troops"
)
_GOVERNMENT_ASKED = word_set(
    "urged urges asked asks pressed presses lobbied lobbying accused accuses"
    " ask urge"  # round 25: "is expected to ask Brussels to"
    " defies defied defy defying"  # round 26: "governor defies La Paz"
    " asking urging"  # round 41: "a letter asking Washington to speed up the money"
)
# Round 47: what a government is told, allowed or expected to do ("has ordered Paris to
# do more", "allow Rome to block", "forced Manila to negotiate", "need Wellington to
# pass a law", "expected Brussels to accept"): before the name, with "to" and a verb after.
_GOVERNMENT_TOLD = word_set(
    """order orders ordered ordering force forces forced forcing allow allows allowed
    allowing expect expects expected expecting need needs needed require requires required
    compel compels compelled"""
)
# Round 25: what a government has done, read in a relative clause right after its
# capital ("Pretoria, which has sent troops twice"): a participle, never "been"
_IRREGULAR_DONE = word_set("sent built lent paid sought spent given taken made held kept")
# Round 32: and the past tense of those not made with "-ed".
_IRREGULAR_PAST = _IRREGULAR_DONE | word_set("began took gave cut set struck")
# What two governments have with each other ("talks with Maputo", "ties between
# Washington and Beijing").
# round 27: a truce or a war between governments ("a ceasefire between Islamabad and")
_RELATIONS = word_set("talks ties relations tensions dispute ceasefire truce war peace")
_GOVERNMENT_BEFORE = {
    "on": word_set("called calls calling pressure")
    | word_set("counting relying"),  # round 28: "counting on Ottawa to pay"
    "with": _RELATIONS
    | word_set("agreed agreement deal negotiations")
    # round 26: "the island's relationship with Copenhagen", "a row with Beijing"
    | word_set("relationship relationships disputes row")
    # round 38: "negotiating with Islamabad", "a complaint with Lima"
    | word_set("negotiating negotiate negotiated complaint complaints confrontation")
    # round 41: "Tokyo has kept fishing agreements with Moscow"
    | word_set("agreements deals pacts"),
    "by": word_set("backed supported funded recognised recognized sanctioned")
    | word_set("held controlled governed ruled administered"),  # round 26: "held by Taipei"
    "from": word_set("instructions orders pressure approval funding")
    | word_set("payments transfers")  # round 26: "late payments from Nairobi"
    | word_set("decision decisions ruling")  # round 27: "a decision from Brussels"
    # round 41: "sanctions licences from Washington", "a waiver from Washington"
    | word_set("licence licences license licenses waiver waivers sanctions"),
    # round 26: "trust between Baghdad and Erbil", "choose between Washington and Beijing",
    # "a signal to Madrid"
    "between": _RELATIONS
    | word_set("trust rivalry choose choosing")
    # round 38: "a peace agreement between Manila and the Moro Islamic Liberation Front"
    | word_set("agreement agreements accord deal pact"),
    "to": word_set("signal message warning appeal ultimatum")
    # round 41: "the commission had written to Abuja", "a letter to Canberra"
    | word_set("wrote written writing letter letters")
    # round 46: "in a direct challenge to La Paz"
    | word_set("challenge challenges"),
}


def governs(before: Sequence[str], after: str) -> bool:
    """A government's acts or asks around a name: a verb only a government's seat takes
    after it, or its possessive before what only a government has, or a verb or phrase
    before it that asks or deals with one. `before`: the last words before the name, up
    to three, none when anything but a space comes right before it; `after`: the text
    after it. Case counts."""
    last = _last_word(before[-1]) if before else ""
    if last in _GOVERNMENT_ASKED or (last in _GOVERNMENT_TOLD and _to_do(after)):
        return True
    if len(before) == 3 and before[-1] == "and" and _last_word(before[0]) in _GOVERNMENT_ASKED:
        return before[1][:1].isupper()  # round 27: "pressed Bangkok and Naypyidaw to act"
    if len(before) >= 2 and _last_word(before[-2]) in _GOVERNMENT_BEFORE.get(before[-1], ()):
        return True
    if len(before) == 3 and before[-1] == "by" and before[-2].endswith("ly"):
        # round 41: an adverb between ("funded largely by Canberra")
        return _last_word(before[0]) in _GOVERNMENT_BEFORE["by"]
    agreed_it = (
        len(before) == 3 and _last_word(before[0]) == "agreed" and before[1:] == ["it", "with"]
    )
    return (
        agreed_it
        or _acts(after)
        or (
            _opens_a_clause(before)
            and (_subject_of_a_past_verb(after) or _subject_of_a_modal(after))
        )
    )


def _to_do(after: str) -> bool:
    """ " to do more": "to" and a verb right after the name."""
    return after.startswith(" to ") and after[4:5].islower()


def acted_in_clause(clause: str) -> bool:
    """Round 25: a relative clause after a capital that says what it has done: " has
    pledged €40m", " had long opposed nuclear power"; not " has a population"."""
    words = clause.split(maxsplit=3)
    if words and _first_word(words[0]) in _GOVERNMENT_ACTS:
        return True  # round 26: "Washington, which pays for much of the force, …"
    if words[:1] == ["is"]:  # round 38: "Brussels, which is negotiating Albania's entry"
        return _doing_as_governments_do(words)
    if not words or words[0] not in _HAS:
        return False
    participle = _verb_after(words, _CLAUSE_ADVERBS)
    return participle != "been" and (participle.endswith("ed") or participle in _IRREGULAR_DONE)


def _doing_as_governments_do(words: Sequence[str]) -> bool:
    """After "is": what only a government is said to be doing ("is also negotiating")."""
    return _verb_after(words, _ADVERBS) in _GOVERNMENT_DOING


def _verb_after(words: Sequence[str], adverbs: Set[str]) -> str:
    """The word after the auxiliary `words[0]`, an adverb between skipped ("is also
    negotiating", "has long opposed"); empty if there is none."""
    verb = words[2:3] if len(words) > 2 and words[1] in adverbs else words[1:2]
    return _first_word(verb[0]) if verb else ""


def _acts(after: str) -> bool:
    if after[:2] == "'s" and after[2:3].isspace():
        owned = after[2:].split(maxsplit=1)[:1]
        return bool(owned) and _first_word(owned[0]) in _GOVERNMENT_OWNS
    if not after[:1].isspace():
        return False
    # round 28: the words it is quoted as saying ('said New Delhi "has consistently
    # supported'), read as its own
    words = after.replace('"', " ").replace("\u201c", " ").split(maxsplit=3)
    if not words:
        return False
    if words[0] in _HAS:  # "has not commented", "had raised": any verb after
        return len(words) > 1 and "a" <= words[1][:1] <= "z"
    if words[0] in _NOT_AFTER:
        return len(words) > 1 and _first_word(words[1]) == "not"
    if words[0] == "is" and words[1:2] in (["expected"], ["likely"]):
        # round 38: "Wellington is likely to watch the case closely"
        return len(words) > 2 and _first_word(words[2]) == "to"
    if words[0] in ("is", "was"):
        # round 25: "Lusaka is also negotiating to revive the railway"; round 47: "Taipei
        # was obstructing normal exchanges"
        return _doing_as_governments_do(words)
    if words[0] == "called":  # round 25: "Moscow called for calm", "called on both sides"
        return len(words) > 1 and words[1] in _CALLED_FOR
    if words[0] == "and" and len(words) > 2 and words[1][:1].isupper():
        # round 25: one of two subjects ("Baghdad and Erbil agreed last year")
        return _first_word(words[2]) in _GOVERNMENT_ACTS
    return _first_word(words[0]) in _GOVERNMENT_ACTS


def _opens_a_clause(before: Sequence[str]) -> bool:
    """Round 32: whether a name after these words opens a clause, as its subject does: at
    the start of a sentence or after a quote mark, after "when", "since", "as", or after
    a comma and "and" ("…, and Taipei lowered tariffs"), or (round 41) after the comma
    that closes a phrase opening the sentence ("In 2022, Ottawa ordered"); not after a verb
    ("urged to visit Hanoi and Vientiane")."""
    if not before or before[-1][-1:] in _SENTENCE_ENDS:
        return True
    if before[-1].endswith(",") and any(w[-1:] in _SENTENCE_ENDS for w in before[:-1]):
        return True  # round 41: after a phrase that opens the sentence ("In 2022, Ottawa")
    last = before[-1].lower()
    joined = last in _JOINING and len(before) > 1 and before[-2].endswith(",")
    return last in _CLAUSE_OPENERS or joined


def _subject_of_a_past_verb(after: str) -> bool:
    """Round 32: a capital that did something, whatever it did ("Buenos Aires switched to
    supplies from…", "Taipei this year paid for…", "Beijing suspended imports"), with a
    time or an adverb between ("last year", "repeatedly"), as the subject of its clause
    (`_opens_a_clause`); not its past participle after a comma ("Rome, founded…"). A
    capital the article puts anything in is still a place (`_seat_of_government`)."""
    if not after[:1].isspace():
        return False
    words = after.split(maxsplit=4)
    if words[:1] and (words[0] in _ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    elif len(words) > 2 and words[0] in _TIME_OPENERS and _first_word(words[1]) in _TIMES:
        words = words[2:]
    verb = _first_word(words[0]) if words else ""
    return verb.islower() and (
        (len(verb) > _SHORTEST_PAST and verb.endswith("ed")) or verb in _IRREGULAR_PAST
    )


def _subject_of_a_modal(after: str) -> bool:
    """Round 80: a capital that will or would do something ("Berlin will cover 65 percent of
    the cost", "Beijing would pay for a second unit"), as the subject of its clause
    (`_opens_a_clause`); not what it will be ("Paris will be the host")."""
    if not after[:1].isspace():
        return False
    words = after.split(maxsplit=3)
    if len(words) < 2 or words[0] not in _MODALS:
        return False
    verb = _verb_after(words, _ADVERBS)
    return verb.isalpha() and verb.islower() and verb not in _NOT_DONE


def _first_word(token: str) -> str:
    """The word a token opens with: "imposed" of "imposed,"."""
    end = 0
    while end < len(token) and (token[end].isalnum() or token[end] == "_"):
        end += 1
    return token[:end]


def _last_word(token: str) -> str:
    """The word a token ends with: "asked" of '"asked'."""
    start = len(token)
    while start > 0 and (token[start - 1].isalnum() or token[start - 1] == "_"):
        start -= 1
    return token[start:]
