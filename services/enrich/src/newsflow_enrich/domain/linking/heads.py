"""Head words of names: English naming conventions that say what a name is.

"…Authority", "…Forces of Ukraine" are organisations; "…Republic", "River …", "…Road"
are places; "…Act" is a law and "Storm …" an event. Conventions, not lists of names.
"""

from __future__ import annotations

from newsflow_enrich.domain.names import word_set

PERSON, ORG, PLACE = "PERSON", "ORG", "PLACE"
ORG_HEADS = word_set(
    """agency authority commission committee council service services force forces army navy
    police party movement alliance association federation institute university college
    school bank group company corporation corp inc ltd plc llc holdings systems semiconductor
    semiconductors technologies airlines airways motors exchange assembly parliament congress
    senate ministry department office board trust foundation society network"""
)
PLACE_HEADS = word_set(
    """republic kingdom emirates oblast province region county district territory territories
    island islands peninsula river lake sea ocean bay gulf strait mountains mountain valley
    pass road street avenue lane square bridge line airport station stadium arena park forest
    desert canal coast highlands hills heights basin"""
)
PLACE_PREFIXES = word_set("river lake mount mt isle gulf")
LAW_HEADS = word_set("act bill treaty")
EVENT_PREFIXES = word_set("storm hurricane typhoon cyclone")
_LINKS = ("of", "for")


def head_type(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    if words[0].lower() in PLACE_PREFIXES:
        return PLACE
    if words[0].lower() in EVENT_PREFIXES:
        return "EVENT"  # a named storm: "Storm Isla"
    cut = next((i for i, w in enumerate(words) if w in _LINKS), len(words))
    head = words[cut - 1].lower() if cut > 0 else ""
    if head in ORG_HEADS:
        return ORG
    if head in PLACE_HEADS:
        return PLACE
    if head in LAW_HEADS:
        return "LAW"
    return None
