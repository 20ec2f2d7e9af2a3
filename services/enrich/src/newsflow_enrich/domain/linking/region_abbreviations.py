"""Pass 1, round 10: the state or province after a dateline, abbreviated as news agencies
write it ("LANCASTER, Pa. —", "FORT SASKATCHEWAN, Alta. —").

The abbreviation is a place mention that the model almost never tags, and a short form
of the state's full name, so clustering joins it to "Pennsylvania" when the article
names it. The abbreviations are the AP stylebook's for US states and Canada's
provinces: a convention of the writing, not of any article.
"""

from __future__ import annotations

_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming", "Alta.": "Alberta", "B.C.": "British Columbia",
    "Man.": "Manitoba", "N.B.": "New Brunswick", "N.L.": "Newfoundland and Labrador",
    "N.S.": "Nova Scotia", "Ont.": "Ontario", "P.E.I.": "Prince Edward Island",
    "Que.": "Quebec", "Sask.": "Saskatchewan",
}  # fmt: skip
_LONGEST = max(map(len, _ABBREVIATIONS))


def dateline_region(text: str, place_end: int) -> tuple[tuple[int, int], str] | None:
    """The bounds of the abbreviation right after the dateline's place (", Pa. —"), and
    the state or province it stands for; None if there is none."""
    if not text.startswith(", ", place_end):
        return None
    start = place_end + 2
    end = text.find(" ", start, start + _LONGEST + 1)
    region = _ABBREVIATIONS.get(text[start:end]) if end > 0 else None
    return None if region is None else ((start, end), region)
