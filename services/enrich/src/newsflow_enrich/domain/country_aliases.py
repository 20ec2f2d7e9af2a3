"""Everyday names of countries that GeoNames lists under another name.

General knowledge, keyed by ISO 3166-1 alpha-2 code; the GeoNames name itself
("United Kingdom", "United States") is always indexed too. Ambiguous short forms
("Korea", "Congo", "Guinea") are left out on purpose.
"""

from __future__ import annotations

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"),
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "RU": ("Russian Federation",),
    "NL": ("Netherlands", "Holland"),
    "CZ": ("Czech Republic",),
    "CI": ("Côte d'Ivoire",),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo"),
    "CG": ("Republic of Congo", "Congo-Brazzaville"),
    "MM": ("Burma",),
    "TR": ("Türkiye",),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "MK": ("Macedonia",),
    "AE": ("UAE", "Emirates"),
    "VA": ("Vatican City", "Holy See"),
    "PS": ("Palestine", "Palestinian Territories"),
    "IE": ("Republic of Ireland", "Éire"),
    "CN": ("People's Republic of China", "PRC", "Mainland China"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "KR": ("Republic of Korea",),
    "VN": ("Viet Nam",),
    "BA": ("Bosnia",),
    "TT": ("Trinidad",),
    "VC": ("St Vincent",),
    "KN": ("St Kitts",),
    "LC": ("St Lucia",),
}
