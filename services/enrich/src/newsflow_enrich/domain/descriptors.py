"""Common nouns that say what kind of thing a name is ("the town of …", "the broker …").

General English vocabulary of news writing, not names: a noun names a class of places,
organisations or people. Plural and singular forms are both listed where used.
"""

from __future__ import annotations

from newsflow_enrich.domain.names import word_set

PLACE_NOUNS = word_set(
    """town city village hamlet suburb district region province county oblast state country
    capital island islands river port area settlement neighbourhood neighborhood borough
    municipality territory peninsula valley coast resort towns cities villages ports regions
    provinces counties districts states countries rivers areas settlements suburbs
    municipalities territories valleys resorts mountains tributary stream lake mountain
    range road motorway highway estuary ward wards township townships parish constituency
    airport airports"""
    # round 8: the divisions other countries govern ("the commune of Trapeang Chor", "the
    # canton of Vaud"; not "riding", which is a rider's verb too), and volcanoes
    """ commune communes canton cantons emirate emirates locality localities volcano
    volcanoes crater"""
)
ORG_NOUNS = word_set(
    """company firm group broker bank lender insurer union party agency regulator watchdog
    club team newspaper broadcaster network channel charity university college school
    manufacturer chipmaker carmaker retailer airline carrier giant conglomerate
    forecaster foundry ministry department council commission committee court publisher
    outlet tabloid mission side daily housebuilder brokerage operator developer miner
    exporter importer supplier distributor utility service"""
    # round 9: groupings a name goes before ("the Levica party", "the Frente Guasu
    # coalition", "the Kasobane collective") or after ("the consultancy Oliver Wyman")
    " coalition collective alliance movement bloc faction consultancy"
    # and what trades or governs ("Debswana, the joint venture …", "the Nord Pool exchange",
    # "NORCECA, the governing body for volleyball")
    " venture exchange body"
    # round 26: more of the nouns that news puts before or after a body's name ("the
    # consortium Alliance Bleue-Est", "the tourist board, Visit Iceland", "Tecpetrol, the
    # energy arm of …", "the sovereign wealth fund Samruk-Kazyna", "Ceer, the Saudi
    # brand"); not "builder" or "contractor", which are people too ("a 52-year-old
    # contractor")
    " brand consortium board fund association website start-up startup arm unit subsidiary"
    " chain cooperative co-operative organisation organization foundation trust society"
    " federation syndicate cartel"
)
PERSON_NOUNS = word_set(
    """president minister governor spokesman spokeswoman spokesperson leader chief executive
    chairman chairwoman director analyst economist meteorologist forecaster correspondent
    reporter editor secretary senator mayor ambassador general commander officer judge
    lawyer professor scientist doctor resident player coach captain manager striker
    goalkeeper champion singer actor actress author founder candidate wife husband
    son daughter father mother brother sister publisher broadcaster
    prosecutor barrister solicitor attorney defendant claimant plaintiff witness vendor
    shopkeeper trader farmer teacher nurse surgeon physician engineer activist campaigner
    researcher historian composer conductor pianist violinist musician novelist poet
    forward midfielder defender winger flanker international coordinator negotiator envoy
    commissioner priest pastor imam cleric student pilot driver owner
    brigadier colonel lieutenant major sergeant critic translator writer head
    runner athlete cricketer batter bowler goaltender"""
    # round 7: more of the roles news names people by ("its chair, Anouk de Vries-Bakker,")
    """ chair chairperson treasurer registrar superintendent inspector detective constable
    clerk bishop archbishop vicar rabbi councillor councilor legislator delegate aide adviser
    advisor official principal headteacher headmaster epidemiologist virologist geologist
    volcanologist seismologist biologist ecologist hydrologist glaciologist archaeologist
    curator librarian architect photographer chef cyclist rider skipper sailor rower swimmer
    golfer boxer jockey grandmaster hitter setter scorer widow widower uncle aunt grandson
    granddaughter nephew niece cousin fisherman herder midwife paramedic firefighter soldier
    warden"""
    # round 9: a team's people and a bench's, and the plural before a list of names ("two
    # magistrates, Rolando Sanjur Batista and …", "one of its nine members, …")
    """ substitute teammate clubmate magistrate magistrates ministers judges members
    colleagues"""
    # round 12: the roles of elected members ("The deputy for the Atacora department, …")
    " deputy member mp representative"
    # round 35: a property developer is a person as often as a firm ("a property
    # developer, Artan Gjoni,"): in both lists, it says neither
    " developer"
    # round 37: more trades, professions and conditions news describes people by ("a
    # Cypriot accountant who set up the company", "Mussa Lugembe, a fisherman"); not those
    # that are adjectives or verbs as often ("veteran", "academic", "cook", "guard") or
    # firms too ("chemist", "trainer")
    """ accountant consultant banker businessman businesswoman entrepreneur lecturer tutor
    pupil dentist pharmacist veterinarian nun monk chaplain diplomat politician labourer
    laborer carpenter electrician plumber mechanic technician pensioner retiree
    grandmother grandfather cashier waiter waitress butcher baker shepherd ranger sculptor
    painter artist dancer designer journalist presenter commentator blogger juror inmate
    prisoner detainee statistician mathematician physicist astronomer botanist zoologist
    oceanographer entomologist nutritionist psychologist psychiatrist paediatrician
    pediatrician cardiologist oncologist neurologist anaesthetist radiologist pathologist
    immunologist pharmacologist anthropologist sociologist linguist philosopher theologian
    climatologist surveyor diver climber mountaineer explorer villager landowner tenant
    homeowner rancher beekeeper caretaker housekeeper lifeguard coroner bailiff sheriff
    referee umpire sprinter skier wrestler gymnast"""
)
# "-maker" words for people, not companies: "the film-maker", "lawmakers".
_PERSON_MAKERS = word_set("film policy law peace trouble match king deal decision play")
# "chipmaker", "toolmaker", "drugmaker": a company that makes things ("maker" alone says
# nothing: the parse splits "film-maker" into "film", "-", "maker"). (A "publisher" or a
# "broadcaster" may be a person or a company: both lists hold them, so they say neither.)
_MAKER = "maker"


def noun_type(noun: str) -> str | None:
    noun = noun.lower()
    if noun.startswith("co-"):
        # round 19: "co-author", "co-founder", "co-chair": a person who shares the role
        return "PERSON" if noun_type(noun[3:]) == "PERSON" else None
    if noun.endswith(_MAKER) and len(noun) > len(_MAKER):
        return "PERSON" if noun[: -len(_MAKER)].rstrip("-") in _PERSON_MAKERS else "ORG"
    if noun in PLACE_NOUNS:
        return "PLACE"
    if noun in ORG_NOUNS and noun not in PERSON_NOUNS:
        return "ORG"
    if noun in PERSON_NOUNS and noun not in ORG_NOUNS:
        return "PERSON"
    return None
