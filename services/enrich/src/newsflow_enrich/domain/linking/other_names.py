"""Pass 2b, other names: a name's other name, where the article says outright that it
is one ("Palmerston North, known in Māori as Te Papaioea", "Whakaari, or White Island",
"the Serb List (Srpska lista)", "Utsjoki, the northernmost municipality in Finland, known
in Sámi as Ohcejohka", "working on the river, known in the Bambara language as the
Djoliba"), found for short_forms.py, which binds it as it binds a short form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsflow_enrich.domain.cue_words import head_noun_after
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.acronym_referents import head_noun_referent
from newsflow_enrich.domain.linking.body_cues import last_two
from newsflow_enrich.domain.linking.document import Span
from newsflow_enrich.domain.linking.heads import BODY_HEADS, ORG, PERSON, PLACE, head_type
from newsflow_enrich.domain.linking.languages import language_names
from newsflow_enrich.domain.names import acronym_shaped, name_key, word_set

# A person's, a body's or a place's other name: what "the <name>, known as <other>" says
# outright.
# Round 88: the language or the people first ("by its Sámi name", "by its Arrernte name").
_BY_ITS_NAME = (
    r"by\s+(?:its|his|her|their)\s+(?:[A-Z][^\W\d_]+\s+)?(?:[a-z-]+\s+){0,2}(?:nick)?name,?"
)
_IN_A_LANGUAGE = r"\s+in\s+[A-Z][^\W\d_]+"  # "in Romanian", "in Papiamentu"
# where or to whom it is known so, in up to seven words: "in Māori", "to everyone in Tanzania";
# round 65: or why or how long ("known for sponsorship reasons as", "for most of its history");
# round 66: on which side or during which era ("known on the Tajik side as the Pyanj")
_WHERE_OR_TO_WHOM = r"(?:in|to|by|among|for|on|during|under)\s+(?:[\w'’-]+\s+){1,7}?"
# Round 48: the name a firm trades under ("Merenkurkku Sähkö, which trades in Swedish as
# Kvarken El"), a firm's name too.
_TRADES_AS = rf",\s+(?:which\s+trades|trading)(?:{_IN_A_LANGUAGE})?\s+as\s+(?:the\s+)?"
# After "called", a name then whose or when it is ("in Finnish", "under Danish rule",
# "until 2017"): a name nothing of the kind follows may be the verb's object ("…, called
# Smith's plan a disgrace").
_CALLED_SO = r"(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:in|under|by|among|until)\s)"
_KNOWN_BY = re.compile(
    # where or to whom, in any words of one clause: round 9, "the Court of Audit, known in
    # Arabic as Diwan al-Mohasaba"; round 31, "Young Africans, known to everyone in Tanzania
    # as Yanga"; round 48, "known in Māori as Te Papaioea", "known in his native Hungary
    # as", "known by fans as Wajelajela", "who is known in Thailand by her nickname, Fah"
    r"(?P<where>,?\s+(?:who\s+is\s+|which\s+is\s+)?(?:also\s+|still\s+|better\s+)?known\s+"
    rf"{_WHERE_OR_TO_WHOM}(?:as|{_BY_ITS_NAME})\s+(?:the\s+)?"
    # round 51: after "which is" or "which was", whatever words come before "as" ("the
    # Vilcanota River, which is known further downstream as the Urubamba"; "Uluru, which
    # was known for more than a century as Ayers Rock")
    r"|,\s+(?:which|who)\s+(?:is|was)\s+(?:also\s+|still\s+)?known\s+(?:[\w'’-]+\s+){1,7}?"
    r"as\s+(?:the\s+)?)"
    # round 39: and "known as the Sala IV", a body's or a place's other name after "the";
    # "better known as El Campín", "commonly known as"; round 50: after "which is" too
    # ("the Accra Sports Stadium, which is also known as the Ohene Djan Stadium")
    r"|,?\s+(?:which\s+is\s+)?(?:also\s+|better\s+|(?:more\s+)?(?:commonly|widely|popularly)\s+)?"
    r"known\s+(?:to\s+(?:[a-z']+\s+){1,3})?as\s+(?:the\s+)?"
    # round 50: a nickname ("Persija, nicknamed Macan Kemayoran after the district")
    r"|,\s+(?:also\s+)?nicknamed\s+(?:the\s+)?"
    # round 50: a name something is called in a language, by a people or in an era
    # ("Ouidah, called Glexwe in the Fon language", "Ilulissat, which was called Jakobshavn
    # under Danish rule"); round 53: or until a date or an event ("the Flens-Arena, which
    # was called the Campushalle until a local brewery bought the naming rights")
    rf"|,\s+(?:which\s+(?:is|was)\s+)?(?:also\s+)?called\s+(?:the\s+)?{_CALLED_SO}"
    # round 53: "which until 2024 was called the Cultural Heritage Administration"
    r"|,\s+which\s+until\s+\d{4}\s+was\s+called\s+(?:the\s+)?"
    # round 9: "the upper Mekong, known there as the Lancang"
    r"|,?\s+(?:also\s+)?known\s+(?:there|locally)\s+as\s+(?:the\s+)?"
    # round 40: "Syama Prasad Mookerjee Port, still known to most people in the city by its
    # old name, the Kolkata Port Trust": the other name after "by its … name"
    # round 88: after "which is" too ("Porsanger, which is also known by its Sámi name
    # Porsáŋgu")
    rf"|(?P<named>,?\s+(?:which\s+is\s+)?(?:still\s+|also\s+)?"
    rf"(?:(?:commonly|widely|popularly)\s+)?known\s+{_BY_ITS_NAME})\s+"
    r"(?:the\s+)?"
    # round 48: after a phrase describing the name ("the Mogao Caves, the complex of cave
    # temples also known as the Caves of the Thousand Buddhas", "Imja Tse, the mountain
    # known to climbers as Island Peak"), unless in capitals: an acronym there must fit
    # (acronym_referents.py, round 30)
    r"|(?P<described>,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,5}?(?:also\s+|better\s+)?known\s+"
    rf"(?:{_WHERE_OR_TO_WHOM})?as\s+(?:the\s+)?)"
    rf"|{_TRADES_AS}"
    # round 63: the name a person went by ("a commander named Elvis Fonyuy, who went by the
    # name General Oku"); round 66: or uses, after the age too ("Lam Chun-hei, 34, who also
    # uses the English name Kelvin Lam")
    r"|(?:,\s+\d{1,3})?,\s+who\s+(?:(?:went|goes|go)\s+by|(?:also\s+)?(?:uses|used))\s+the\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:nick)?name\s+(?:of\s+)?"
    # round 66: what it is still called ("Rubavu, still widely called Gisenyi, its name
    # until 2006"), and a short form of it ("Chefchaouen, often shortened to Chaouen")
    r"|,\s+(?:still|often|usually)\s+(?:widely\s+|commonly\s+)?called\s+(?:the\s+)?"
    r"|,\s+(?:often|usually|commonly|sometimes)\s+(?:shortened|abbreviated)\s+to\s+(?:the\s+)?"
)
# What both patterns below share: ", the" or ", a" opening the description, no relative
# clause's word in it, and "(also) known" after it.
_DESCRIPTION_OPENS = r",\s+(?:the|an?)\s+"
_NO_RELATIVE_WORD = r"(?!(?:that|which|who|whose|where)\b)"
_KNOWN = r"(?:also\s+|better\s+|still\s+)?known\s+"
# Round 51: a name, what it is in commas, then its other name ("Utsjoki, the northernmost
# municipality in Finland, known in Sámi as Ohcejohka"; "the Hau, the southern branch of
# the Mekong, known in English as the Bassac"): the first name's, not a place's that the
# description ends on. Not after a relative clause ("the Kalu Ganga, the river that rises
# on the slopes of Adam's Peak, known to Sri Lankans as Sri Pada": the peak is). Round 64:
# or what it is, then "that was" or "which is" ("Ørsted, the Danish energy group that was
# called DONG Energy until 2017").
_DESCRIBED_THEN_KNOWN = re.compile(
    rf"{_DESCRIPTION_OPENS}(?P<description>(?:{_NO_RELATIVE_WORD}[^\s,;:()]+\s+)"
    r"{0,7}?[^\s,;:()]+)(?:,|\s+(?:that|which)\s+(?:is|was)(?=\s+(?:called|known)\s))\s+"
    rf"(?:{_KNOWN}"
    rf"(?:{_WHERE_OR_TO_WHOM})?as\s+(?:the\s+)?"
    # round 63: or called so in a language, by a people or in an era ("Mariehamn, the
    # islands' only town, called Maarianhamina in Finnish")
    rf"|(?:also\s+)?called\s+(?:the\s+)?{_CALLED_SO})"
)
# Round 69: and with no comma, when what it is is said in lower-case words alone, so that
# nothing but the thing itself can be what is known so ("QatarEnergy, the state energy
# company known until 2021 as Qatar Petroleum"; not "the port near the river known as").
_DESCRIBED_KNOWN_AS = re.compile(
    rf"{_DESCRIPTION_OPENS}(?P<description>(?:{_NO_RELATIVE_WORD}"
    rf"[a-z][\w'’-]*\s+){{0,5}}?[a-z][\w'’-]*)\s+{_KNOWN}"
    r"(?:(?:until|till|before|since)\s+\d{4}\s+)?as\s+(?:the\s+)?"
)
_NAMED_KINDS = frozenset({ORG, PLACE, PERSON})
# Round 92: a sentence that opens with the name, perhaps what it is in commas, then says
# what it is or was known or called ("Karakol, a town of about 80,000 near the eastern shore
# of Issyk-Kul, was known in Soviet times as Przhevalsk"; "Sarh, Chad's third-largest city,
# was known as Fort-Archambault"; "Madeline Island, the largest of the Apostle Islands, is
# known in Ojibwe as Mooningwanekaaning"): the name after "as" is the subject's other name.
_SUBJECT_IS_KNOWN = re.compile(
    r"(?:,\s+(?:[^,.;:()\"]|\d[,.]\d){3,160}?,)?\s+(?:is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:(?:also|still|long|once|widely|better|commonly|officially|locally|formerly)\s+)?"
    r"(?:known|called)\s+"
    rf"(?:(?:until|till|before|since)\s+\d{{4}}\s+|{_WHERE_OR_TO_WHOM})?as\s+(?:the\s+)?"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[\"“]\s*)?(?:The\s+)?$")
# Round 82: a name, its acronym in brackets, perhaps what it is, then its other name
# ("the Pan American Health Organization (PAHO), known in Spanish as OPS"; "the
# Commission for the Investigation of Abuse of Authority (CIAA), Nepal's anti-graft body,
# known in Nepali as the Akhtiyar Durupayog Anusandhan Aayog"): the brackets leave no
# other name for it to be, so an acronym there is one in another language ("known by its
# German initials as BAFU").
_ACRONYM_THEN_KNOWN = re.compile(
    r"\s+\([^()\s]{2,15}\)"
    rf"(?:,\s+(?:the|an?|[A-Z][\w'’-]*['’]s)\s+(?:{_NO_RELATIVE_WORD}[^\s,;:()]+\s+){{0,7}}?"
    r"[^\s,;:()]+)?"
    rf",\s+(?:which\s+is\s+)?{_KNOWN}(?:{_WHERE_OR_TO_WHOM})?as\s+(?:the\s+)?"
)
# Round 52: a common noun, then the name it is known by ("working on the river, known in the
# Bambara language as the Djoliba"; "a geneticist at the institute, known in Iceland as
# Hafró"): the last name before whose head word the noun is (acronym_referents.py reads
# acronyms so).
# Round 53: after "which is" too, or said of it ("the stream, which is also known as the
# Daegokcheon"; "The river is known locally as the Chocolate River"). Round 57: with no
# comma ("the cartel known in Spanish as the Cártel del Golfo").
# Round 78: or "itself", "was", "to be", a clause of where it is before "and is", or what it
# is in commas before "was" ("The town itself is known in Lule Sami as Jåhkåmåhkke"; "The
# court, which sits in Selfoss and is known in Icelandic as"; "The park, to be known in
# Welsh as"; "The town, the northernmost community in the United States, was known as").
_NOUN_KNOWN_AS = re.compile(
    r"\b[Tt]he\s+[a-z]{4,}(?P<noun_end>)(?:\s+itself)?"
    r"(?:,\s+which\s+(?:is|was)|\s+(?:is|was)|,\s+to\s+be"
    r"|,\s+which\s+[^,.;:()\"]{1,60}?\s+and\s+(?:is|was)"
    r"|,\s+(?:the|an?)\s+[^,.;:()\"]{1,60}?,\s+(?:is|was)|,)?\s+"
    r"(?:(?:also|locally|still|long|now|once|widely)\s+)?known\s+(?:locally\s+)?"
    rf"(?:{_WHERE_OR_TO_WHOM})?as\s+(?:the\s+)?"
)
# Round 78: the nouns of areas that their names are written with ("the Rivne region", "the
# town of Gobustan"), which then stand for the name itself; not what a place has or holds
# ("the Myanmar military", "the Yogyakarta palace", "the Roatán council").
_AREAS = word_set(
    "town city village region province state county district territory municipality commune"
    " canton oblast prefecture governorate department"
)
# Round 9: "the Colorado Party, formally the National Republican Association", "the
# Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP)": another name of the same body.
# Round 41: what only a name's own other name follows, never a phrase's ("the mission in
# Congo, known as MONUSCO"): "near Deendayal Port, formerly Kandla", "Burkina Faso, known
# until 1984 as Upper Volta", another spelling ("from Malakula, also spelt Malekula").
_FORMALLY = re.compile(
    r",\s+(?:formally|officially|formerly)\s+(?:known\s+as\s+)?(?:the\s+)?"
    r"|,?\s+(?:also\s+)?known\s+(?:until|till|before)\s+\d{4}\s+as\s+(?:the\s+)?"
    r"|,\s+(?:also\s+)?(?:spelled|spelt)\s+(?:the\s+)?"
    # round 48: a name said to be a language's or its old name for another ("Korsou, the
    # word for Curaçao in Papiamentu", "Ndakaru, the Wolof name for Dakar")
    r"|,\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}(?:word|name)\s+for\s+(?:the\s+)?"
    # round 56: what its name is, in full, officially, in a language or in an era ("Essmar,
    # whose full name is the Public Services Company of Santa Marta"; "Panaji, the state
    # capital, whose Portuguese-era name, Panjim, is still used"); round 65: or what it means
    # ("the Comandos de la Frontera, whose name means Border Commandos")
    r"|(?:,\s+the\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,\s+whose\s+(?:[\w-]+\s+)?name"
    r"(?:\s+is|\s+was|\s+means|\s+translates\s+as|,)\s+(?:the\s+)?"
    # round 69: what a short name is short for ("GEPetrol, short for Guinea Ecuatorial de
    # Petróleos")
    r"|,\s+(?:which\s+is\s+)?short\s+for\s+(?:the\s+)?"
)
# Round 48: a second other name after the first ("known as DFO in English and MPO in
# French", "known in Estonian as Kaitsepolitsei or Kapo").
_AND_ALSO = re.compile(
    rf"(?:{_IN_A_LANGUAGE})?\s+(?:or\s+(?:more\s+often\s+|simply\s+|just\s+)?"
    rf"|and(?:\s+formally|\s+officially|{_IN_A_LANGUAGE})?\s+as\s+"
    # round 56: "Cusco, also spelled Cuzco and known in Quechua as Qosqo"
    rf"|and\s+(?:also\s+)?known\s+(?:{_WHERE_OR_TO_WHOM})?as\s+)(?:the\s+)?"
)
_OR = re.compile(r",\s+or\s+(?:the\s+)?")
_TRADING_NAME = re.compile(_TRADES_AS)
_THEN_ITS_LANGUAGE = re.compile(r"\s+in\s+([A-Z][^\W\d_]+)\s*[,;:.()]")
# Round 31: "from Donostia, as San Sebastián is known in Basque", "the Red and Golds, as East
# Bengal are known": the name before is the other name's, in another language or its fans'.
_AS_IS_KNOWN = re.compile(r",\s+as\s+(?:the\s+)?")
_IS_KNOWN = re.compile(r"\s+(?:is|are)\s+(?:also\s+)?(?:known|called)\b")
# Round 63: "Zhang, who was held in Comodoro, as the city is commonly known": a short
# form the thing is known by, said of a common noun.
_AS_THE_NOUN_IS_KNOWN = re.compile(
    r",\s+as\s+the\s+(?P<noun>[a-z]{3,})\s+(?:is|are)\s+"
    r"(?:(?:also|still|often|usually|commonly|widely|popularly|locally|generally)\s+)?"
    r"(?:known|called)\b"
)
# "the Caquetá River, which Colombians call the Japurá": a people's own name for it.
# Round 41: a country calls it so too ("Mischief Reef, which the Philippines calls
# Panganiban Reef").
# Round 53: "many" or "most" of them, "still" or "often" calling it so ("the historic
# centre of Palma, which many islanders still call Ciutat"). Round 63: two countries or
# peoples ("King George Island, which Uruguay and Chile call Isla Rey Jorge").
_WHICH_CALL = re.compile(
    r",\s+which\s+(?:(?:many|most|some)\s+)?(?:the\s+)?"
    r"(?:[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?|locals|residents|[a-z]+ers)\s+"
    r"(?:(?:still|often|usually|also)\s+)?"
    r"calls?\s+(?:the\s+|it\s+)?"
)
# Round 9: "The Swedish Enforcement Authority, Kronofogden, has since": a body's name in
# its own language, one word between commas, the sentence going on in lower case (a list
# goes on with a name: "Nordvig Holdings, Talvik, and the Marsk Group").
_GOES_ON = re.compile(r",\s+(?=[a-z])(?!(?:and|or)\s+(?:the\s+)?[A-Z])")
_NAME_GOES_ON = re.compile(r" [A-Z]")
# Round 90: what brackets right after a body's name hold, one name (no comma in it)
_IN_BRACKETS = re.compile(r" \((?P<name>[^(),;\n]{2,60})\)")
_MAX_BRACKETED_WORDS = 6
_CLOSES_NAME = frozenset(",;:.()")
# Round 63: a common noun after an article, then the comma ("a new club,", "the insurer,")
_COMMON_NOUN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}$"
)
_AFTER_NAME = frozenset(", ")
_PREPOSITIONS = word_set("in at of for on from near by to with into across")
# Round 16: a phrase put before the sentence's subject ("Outside Congress, the …").
_FRONTING = _PREPOSITIONS | word_set("outside inside beyond after before during within without")
# Round 51: before the place a description ends on ("the region around Kraków").
_BEFORE_A_PLACE = _PREPOSITIONS | word_set("around")


def as_named(spans: list[Span], aliases: Sequence[tuple[Span, Span]], text: str) -> list[Span]:
    """Round 9: a body's other name the model called a person's is the body's, wherever
    the article uses it ("the Court of Audit, known in Arabic as Diwan al-Mohasaba");
    round 48: a name that trades as another is a firm's, and so is the other."""
    labels = {
        name_key(alias.text): named.label
        for named, alias in aliases
        if alias.coarse == PERSON and named.coarse != PERSON
    }
    for named, alias in aliases:
        trades = _TRADING_NAME.match(text, named.end)
        if trades is not None and trades.end() == alias.start:
            labels[name_key(named.text)] = labels[name_key(alias.text)] = "ORG"
    if not labels:
        return spans
    return [
        replace(s, label=labels[key]) if (key := name_key(s.text)) in labels else s for s in spans
    ]


def also_known_as(
    spans: Sequence[Span], text: str, gazetteer: Gazetteer
) -> list[tuple[Span, Span]]:
    """ "Brigadier Adam Suleiman Haroun, known to his fighters as Abu Shanab": the name a
    person is known by is that person's; round 9: a body's or a place's too, and a body's
    other name after "formally" or "or"; round 48: wherever or to whomever it is known so,
    a second name after the first, and a body's other name in brackets; round 49: a
    place's other name after "or"; round 50: after "which is", "nicknamed" or "called … in";
    round 51: after "which was known … as", and after what the name is
    (_described_then_known), which takes it from a place the description ends on; round 52:
    after a common noun (_known_after_a_noun); round 53: what many people still call it,
    what it was called until a date, and what "the <noun> is known locally as"; round 56:
    what its full, official or other name is ("whose full name is"), and a second name after
    "and known in … as"; round 63: the name a person went by, what two peoples call it, what
    it is called in a language after what it is, and a short form said to be how "the city"
    is known (_as_the_noun_is_known); round 65: what its name means, a body's other name
    after "or" after a preposition, and what it is known as for a reason or a time; round
    66: what it is known as on a side or in an era, what it is still called or shortened
    to, and the name a person also uses."""
    starts = {s.start: s for s in spans}
    ends = {s.end: s for s in spans}
    found = []
    for span in spans:
        if text[span.end : span.end + 1] not in _AFTER_NAME:
            continue
        # round 31: "from Donostia, as San Sebastián is known": the name itself is meant
        alias = _known_as_the_other(span, text, starts)
        if alias is None and span.coarse != PERSON and _qualifies(span, text):
            # "the mission in Congo, known as MONUSCO": the mission is; round 39: a body
            # the model tagged before the preposition is ("the Peter Doherty Institute for
            # Infection and Immunity in Melbourne, known as the Doherty Institute")
            owner = _phrase_owner(span, text, ends)
            known = _KNOWN_BY.match(text, span.end)
            # where or in what language it is so known, or round 88: "by its … name"
            said = known is not None and bool(known["where"] or known["named"])
            alias = starts.get(known.end()) if known and owner else None
            if owner is not None and alias is not None:
                found.append((owner, alias))
            elif owner is None and (own := _FORMALLY.match(text, span.end)):
                # round 41: "near Deendayal Port, formerly Kandla": no body before the
                # preposition, and an old name or a spelling can only be the name's own
                alias = starts.get(own.end())
                if alias is not None:
                    found.append((span, alias))
            elif owner is None and known and (said or span.coarse == PLACE):
                # round 48: so is a name in a language or a people's own ("from Woodlark
                # Island, known to its people as Muyua"), unless it is an acronym; round
                # 50: and a place's other name that is a place too ("installed at Dome A,
                # also known as Dome Argus,")
                alias = starts.get(known.end())
                if alias is None or alias.text.isupper():
                    continue
                if said or _same_place(span, alias, gazetteer):
                    found.append((span, alias))
            elif owner is None:
                # round 49: and a place's other name after "or" ("the eruption of Whakaari,
                # or White Island,"); round 65: a body's too ("according to Vecinos del
                # Centro, or Neighbours of the Centre, a residents' group")
                alias = _named_after_or(span, text, starts, gazetteer)
                if alias is not None:
                    found.append((span, alias))
            continue
        if alias is None:
            known = _KNOWN_BY.match(text, span.end)
            other = known or _FORMALLY.match(text, span.end)
            if other and span.coarse == PERSON and _ends_in_the(other.group()):
                other = None  # round 39: "Amadou Keita, known as the GOAT": an epithet
            alias = (
                starts.get(other.end()) if other else _named_after_or(span, text, starts, gazetteer)
            )
            if alias and known and known["described"] and alias.text.isupper():
                alias = None  # round 30: "a regional body known as ZX" must fit its letters
            alias = alias or _named_between_commas(span, text, starts, gazetteer)
            alias = alias or _named_in_brackets(span, text, starts, gazetteer)
            alias = alias or _named_the(span, text, starts)
        if alias is not None:
            found.append((span, alias))
    found += _known_after_its_acronym(spans, text, starts)
    found += _subject_is_known(spans, text, starts)
    found += _known_after_a_noun(spans, text, starts)
    found += _as_the_noun_is_known(spans, text)
    described = _described_then_known(spans, text, starts)
    claimed = {alias.start for _, alias in described}
    found = [(named, alias) for named, alias in found if alias.start not in claimed]
    found += described
    return found + _and_also(found, text, starts)


def other_name_at(span: Span, text: str) -> int | None:
    """Where the article gives this name's other name, by the cues also_known_as reads
    ("known as", "formerly", "which Argentina calls", round 92's "Karakol, a town …, was
    known in Soviet times as"): given_names.py takes a name there that the model missed.
    Not a person's epithet ("Keita, known as the Lion of Mali")."""
    cue = _KNOWN_BY.match(text, span.end) or _FORMALLY.match(text, span.end)
    cue = cue or _WHICH_CALL.match(text, span.end)
    if cue is None or (span.coarse == PERSON and _ends_in_the(cue.group())):
        return _subject_known_at(span, text)  # round 92
    return cue.end()


def _subject_is_known(
    spans: Sequence[Span], text: str, starts: dict[int, Span]
) -> list[tuple[Span, Span]]:
    """Round 92: "Karakol, a town of about 80,000 …, was known in Soviet times as Przhevalsk":
    the name a sentence opens with, then "is known … as" or "was called … as", and its
    other name (_SUBJECT_IS_KNOWN); not a person's epithet ("… is known as the Lion")."""
    found = []
    for span in spans:
        alias_at = _subject_known_at(span, text)
        alias = starts.get(alias_at) if alias_at is not None else None
        if alias is not None and alias.start > span.end:
            found.append((span, alias))
    return found


def _subject_known_at(span: Span, text: str) -> int | None:
    if not _SENTENCE_OPENS.search(text, max(0, span.start - 8), span.start):
        return None
    known = _SUBJECT_IS_KNOWN.match(text, span.end)
    if known is None or (span.coarse == PERSON and _ends_in_the(known.group())):
        return None
    return known.end()


def _known_after_its_acronym(
    spans: Sequence[Span], text: str, starts: dict[int, Span]
) -> list[tuple[Span, Span]]:
    """Round 82: "the Pan American Health Organization (PAHO), known in Spanish as OPS":
    a body's or a place's other name after its acronym in brackets (_ACRONYM_THEN_KNOWN),
    in capitals too, whatever the model called it."""
    found = []
    for span in spans:
        if span.coarse not in (ORG, PLACE):
            continue
        known = _ACRONYM_THEN_KNOWN.match(text, span.end)
        alias = starts.get(known.end()) if known else None
        if alias is not None:
            found.append((span, alias))
    return found


def _known_after_a_noun(
    spans: Sequence[Span], text: str, starts: dict[int, Span]
) -> list[tuple[Span, Span]]:
    """Round 52: "the river, known in the Bambara language as the Djoliba": the name the
    noun stands for (_NOUN_KNOWN_AS), unless it is in capitals (acronyms.py) or a person's."""
    names: list[Span] | None = None  # listed only for an article that says it
    found = []
    for known in _NOUN_KNOWN_AS.finditer(text):
        alias = starts.get(known.end())
        if alias is None or not _other_name(alias):
            continue
        if names is None:
            names = _longer_names(spans)
        noun_end = known.start("noun_end")
        noun = text[known.start() : noun_end]
        named = head_noun_referent(noun, noun_end, names) or _named_with_the_noun(
            noun.split()[-1].lower(), noun_end, spans, text
        )
        if named is not None and named is not alias:
            found.append((named, alias))
    return found


def _longer_names(spans: Sequence[Span]) -> list[Span]:
    """The names of more than one word, no person's: what a common noun can stand for."""
    return [s for s in spans if " " in s.text and s.coarse != PERSON]


def _named_with_the_noun(noun: str, at: int, spans: Sequence[Span], text: str) -> Span | None:
    """Round 78: the last name before `at` written with the noun of an area ("the Rivne
    region", "the town of Gobustan"): what "The region, known in Polish as Równe" stands
    for, where no name has the noun for its head word."""
    if noun not in _AREAS:
        return None
    before = [s for s in spans if s.end <= at and s.coarse != PERSON]
    written = [
        s
        for s in before
        if head_noun_after(text[s.end : s.end + 40]) == noun
        or re.search(rf"\b{noun}\s+of\s+(?:the\s+)?$", text[max(0, s.start - 30) : s.start])
    ]
    return written[-1] if written else None


def _as_the_noun_is_known(spans: Sequence[Span], text: str) -> list[tuple[Span, Span]]:
    """Round 63: "held in Comodoro, as the city is commonly known": the name's words
    begin or end the article's one longer name of a body or a place ("Comodoro
    Rivadavia"), which it is then a short form of."""
    found = []
    names: list[Span] | None = None  # listed only for an article that says it
    for span in spans:
        known = _AS_THE_NOUN_IS_KNOWN.match(text, span.end)
        if known is None:
            continue
        key = name_key(span.text)
        keyed = ((name_key(s.text), s) for s in spans if s.coarse != PERSON)
        longer = {
            other: s
            for other, s in keyed
            if other.startswith(key + " ") or other.endswith(" " + key)
        }
        if len(longer) == 1 and span.coarse != PERSON:
            found.append((next(iter(longer.values())), span))
        elif not longer and not span.text.isupper():
            # round 88: or another name of the last name before it whose head word is the
            # noun ("the Fono, as the assembly is known" of the "Legislative Assembly"),
            # whatever the model called it; not an acronym, whose letters acronyms.py checks
            names = _longer_names(spans) if names is None else names
            named = head_noun_referent(f"the {known['noun']}", span.start, names)
            if named is not None:
                found.append((named, span))
    return found


def _described_then_known(
    spans: Sequence[Span], text: str, starts: dict[int, Span]
) -> list[tuple[Span, Span]]:
    """Round 51: "Małopolska, the region around Kraków, known in English as Lesser Poland":
    a place's or a body's other name after what it is (_DESCRIBED_THEN_KNOWN), which no
    name in the description claims but one it ends on after a preposition; in capitals,
    it is an acronym, which acronyms.py reads. Round 69: with no comma before "known", only
    after a description in lower-case words and no preposition (_DESCRIBED_KNOWN_AS)."""
    found = []
    for span in spans:
        body_or_place = span.coarse in (ORG, PLACE)
        described = (
            _DESCRIBED_THEN_KNOWN.match(text, span.end) or _described_known_as(text, span.end)
            if body_or_place
            else None
        )
        alias = starts.get(described.end()) if described else None
        if described is None or alias is None or not _other_name(alias):
            continue
        end = described.end("description")
        inside = [
            s for s in spans if span.end < s.start and s.end <= end and s.coarse in _NAMED_KINDS
        ]
        if all(s.end == end and _after_a_preposition(s, text) for s in inside):
            found.append((span, alias))
    return found


def _described_known_as(text: str, at: int) -> re.Match[str] | None:
    """Round 69: _DESCRIBED_KNOWN_AS, unless a preposition in the description leaves the
    name to something it names ("the town near the river known as the Ural")."""
    described = _DESCRIBED_KNOWN_AS.match(text, at)
    if described and _PREPOSITIONS.intersection(described["description"].split()):
        return None
    return described


def _other_name(alias: Span) -> bool:
    """Whether a name found where another name of the same thing is said can be that name:
    not an acronym, whose letters acronyms.py checks, nor a person's."""
    return not alias.text.isupper() and alias.coarse != PERSON


def _after_a_preposition(span: Span, text: str) -> bool:
    """ "around Kraków", "of the Mekong": a preposition before the name, past "the"."""
    words = last_two(text[max(0, span.start - 20) : span.start])
    return bool(words) and words[-1] in _BEFORE_A_PLACE


def _and_also(
    found: Sequence[tuple[Span, Span]], text: str, starts: dict[int, Span]
) -> list[tuple[Span, Span]]:
    """Round 48: a second other name after the first ("known in Estonian as Kaitsepolitsei
    or Kapo", "known as DFO in English and MPO in French", "known in Harari as Gey and
    formally as Harar Jugol")."""
    also = []
    for named, alias in found:
        more = _AND_ALSO.match(text, alias.end)
        second = starts.get(more.end()) if more else None
        if second is not None and second is not named:
            also.append((named, second))
    return also


def _ends_in_the(phrase: str) -> bool:
    return phrase.rstrip().rsplit(None, 1)[-1].lower() == "the"


def _named_after_or(
    span: Span, text: str, starts: dict[int, Span], gazetteer: Gazetteer
) -> Span | None:
    """ "the Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP)": an organisation's
    other name, ending its phrase; not after an item of a list, nor an acronym (whose
    letters acronyms.py checks: "the Ministry of Health, or WHO," is no definition).
    Round 49: a place's too ("Whakaari, or White Island, erupted"; "the Golden Bistrița, or
    Bistrița Aurie in Romanian,"), unless the gazetteer knows them as two places ("Kenya,
    or Uganda,"). Round 63: a body's, whatever the model called its first name, when it
    called the other a body's ("Hatano Kogaku, or Hatano Optical, which makes frames")."""
    after_or = _OR.match(text, span.end)
    alias = starts.get(after_or.end()) if after_or else None
    if alias is None or not _other_name(alias) or _listed(span, text):
        return None
    if span.coarse not in (ORG, PLACE) and (alias.coarse != ORG or " " not in alias.text):
        return None
    if span.coarse == PLACE and (alias.coarse != PLACE or _two_places(span, alias, gazetteer)):
        return None  # a name the model called a body's, or two places the gazetteer knows
    return alias if _closed(alias, text) or _then_its_language(alias, text) else None


def _then_its_language(span: Span, text: str) -> bool:
    """ "Bistrița Aurie in Romanian,": a language's English name (languages.py) after the
    name, then the phrase ends; not a place ("Bistrița Aurie in Suceava,")."""
    after = _THEN_ITS_LANGUAGE.match(text, span.end)
    return after is not None and after.group(1) in language_names()


def _same_place(place: Span, alias: Span, gazetteer: Gazetteer) -> bool:
    """Round 50: a place's other name the model tagged as a place, and not one the
    gazetteer knows as another place."""
    return alias.coarse == PLACE and not _two_places(place, alias, gazetteer)


def _two_places(one: Span, other: Span, gazetteer: Gazetteer) -> bool:
    first, second = gazetteer.lookup(one.text), gazetteer.lookup(other.text)
    return first is not None and second is not None and first.place != second.place


def _qualifies(span: Span, text: str) -> bool:
    """A name after a preposition ends a longer phrase ("University in Budapest"), which
    an alias after it names."""
    return _word_before(span, text) in _PREPOSITIONS


def _phrase_owner(span: Span, text: str, ends: dict[int, Span]) -> Span | None:
    """The organisation's name right before the preposition before this name."""
    preposition = text.rfind(" ", 0, span.start - 1)
    owner = ends.get(preposition)
    return owner if owner is not None and owner.coarse == ORG else None


def _word_before(span: Span, text: str) -> str:
    before = text[max(0, span.start - 12) : span.start].split()
    return before[-1] if before else ""


def _named_between_commas(
    span: Span, text: str, starts: dict[int, Span], gazetteer: Gazetteer
) -> Span | None:
    """ "the Swiss Financial Market Supervisory Authority, Finma, said": one word between
    commas after a body's name (its head word last) is its name in another language,
    unless it is an acronym (acronyms.py checks its letters) or a place."""
    if text[span.end : span.end + 2] != ", " or " " not in span.text or _listed(span, text):
        return None
    alias = starts.get(span.end + 2)
    if alias is None or " " in alias.text or alias.text.isupper():
        return None
    body = head_type(span.text) == ORG or span.text.rsplit(" ", 1)[-1].lower() in BODY_HEADS
    if not body or not _GOES_ON.match(text, alias.end):
        return None
    return alias if gazetteer.lookup(alias.text) is None else None


def _named_in_brackets(
    span: Span, text: str, starts: dict[int, Span], gazetteer: Gazetteer
) -> Span | None:
    """Round 48: "the Serb List (Srpska lista)", "the Portuguese Medical Association (Ordem
    dos Médicos)": a name in brackets right after a body's name of two words or more is
    its other name, unless it is in capitals (acronyms.py reads those) or a place ("the
    Ministry of Agriculture (Kenya)")."""
    if not _brackets_after_a_body(span, text):
        return None
    alias = starts.get(span.end + 2)
    if alias is None or alias.text.isupper() or not text.startswith(")", alias.end):
        return None
    if _NAME_GOES_ON.match(text, alias.end + 1):
        return None  # a title's part: "the Local Government (Property Valuation) Act"
    return alias if gazetteer.lookup(alias.text) is None else None


def bracketed_other_name(span: Span, text: str) -> tuple[int, int] | None:
    """Round 90: "The National Council (Národná rada)": where the name in brackets after a
    body's name of two words or more lies, when it opens with a capital and is not in
    capitals, whether or not the model tagged it (given_names.py takes it then)."""
    match = _IN_BRACKETS.match(text, span.end) if _brackets_after_a_body(span, text) else None
    if match is None or _NAME_GOES_ON.match(text, match.end()):
        return None  # or a title's part: "the Local Government (Property Valuation) Act"
    name = match.group("name")
    if not name[:1].isupper() or acronym_shaped(name.split()[0]):
        return None
    return match.span("name") if len(name.split()) <= _MAX_BRACKETED_WORDS else None


def _brackets_after_a_body(span: Span, text: str) -> bool:
    """Brackets open right after a body's name of two words or more."""
    return span.coarse == ORG and " " in span.text and text.startswith(" (", span.end)


def _named_the(span: Span, text: str, starts: dict[int, Span]) -> Span | None:
    """Round 16: "Gavi, the Vaccine Alliance, pays for the doses": a body's name, then
    "the" and a longer name with a body's head word between commas, the sentence going on
    in lower case, names one body twice (not "Gavi, the Vaccine Alliance, and UNICEF",
    which may be a list)."""
    if span.coarse != ORG or _listed(span, text) or not text.startswith(", the ", span.end):
        return None
    if _word_before(span, text).lower() in _FRONTING:
        return None  # "Outside Congress, the American Water Works Association, which…"
    alias = starts.get(span.end + len(", the "))
    if alias is None or " " not in alias.text or alias.coarse == PERSON:
        return None
    if head_type(alias.text) != ORG or not _GOES_ON.match(text, alias.end):
        return None
    return alias


def _known_as_the_other(span: Span, text: str, starts: dict[int, Span]) -> Span | None:
    """Round 31: "Donostia, as San Sebastián is known in Basque": one name, then "as" and
    a name the model tagged, then "is known" or "are called"; or a name, then "which" and
    a people's word before "call" ("the Caquetá River, which Colombians call the Japurá")."""
    call = _WHICH_CALL.match(text, span.end)
    if call is not None:
        return starts.get(call.end())  # "the Caquetá River, which Colombians call the Japurá"
    as_the = _AS_IS_KNOWN.match(text, span.end)
    other = starts.get(as_the.end()) if as_the else None
    if other is None or not _IS_KNOWN.match(text, other.end):
        return None
    return other


def _listed(span: Span, text: str) -> bool:
    """An item of a list ("the ECB, the Fed, or the Bank of England"): a comma before;
    round 63: not after a common noun, which the name stands in apposition to ("A new
    club, Amigos da Dama, or Friends of the Lady, has been formed")."""
    before = text[max(0, span.start - 6) : span.start].rstrip()
    if not before.removesuffix("the").removesuffix("The").rstrip().endswith(","):
        return False
    comma = text.rfind(",", 0, span.start)
    return _COMMON_NOUN_BEFORE.search(text, max(0, comma - 30), comma) is None


def _closed(span: Span, text: str) -> bool:
    """The name ends its phrase: punctuation or a bracket after it."""
    return text[span.end : span.end + 2].strip()[:1] in _CLOSES_NAME
