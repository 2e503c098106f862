"""Regulatory approval dates. A date is an approval claim only next to an approval word and a
product; "as of 2025" and "by 2024" are dates of the article, not of an approval."""

import re

from .. import fastre
from . import Cue

NOT_AN_APPROVAL_DATE = fastre.compile(
    r"\b(?:as\s+of|by|since|until|through|before|after|from|in\s+early|in\s+late|in\s+mid)"
    r"\s+(?:(?:early|mid|late|the\s+end\s+of|end\s+of)[- ]?\s*)?$"
    # "as informed by the NMPA on March 1, 2024, … was approved on February 23": the date of a notice
    r"|\b(?:informed|notified|announced|said|reported|disclosed|stated|published|dated)\b[^.;,]{0,40}?\bon\s+$",
    re.IGNORECASE,
)

CUES: tuple[Cue, ...] = (
    Cue(
        "approved",
        "approval",
        r"\bapprov(?:ed|al|als)\b|\bauthori[sz](?:ed|ation)\b|\blicen[sc]ed\b|\bNDA\b|\bBLA\b"
        # "received its second indication … in October 2022": an approval for a new use
        r"|\b(?:received|won|gained|got|obtained)\s+(?:its|a|an|the)\s+(?:(?:first|second|third|fourth|new|"
        r"expanded|additional|further)\s+)?indications?\b",
    ),
    Cue(
        "approval_label",
        "approval",
        r"approv(?:al|ed)(?:\s+(?:year|date))?|(?:year|date)\s+of\s+approval|launch(?:ed)?",
        scope="label",
    ),
)
