"""Costs and relative savings. Any money amount is a cost unless the sentence is about markets."""

import re

from .. import fastre
from . import Cue

# Words that make a "lower"/"less" after a number a saving rather than, say, a lower CR rate.
COST_CONTEXT = r"cost|pric|expens|cheap|afford|saving|fee|\$|€|£|¥|RMB|yuan|USD|\bCNY\b"
# Money in these sentences is not the price of therapy.
# ...nor in a sentence about company finances, fundraising or insurance premiums (CLAIMS.md 1).
NOT_A_PRICE_SENTENCE = fastre.compile(
    r"\brevenues?\b|\bsales\b|\bR&D\b|research\s+and\s+development|\bexpenditure\b|\bexpenses\b"
    r"|\bcash\b|\bpremiums?\b|\bfund(?:s|raising|raised|ed)?\b|\bdonat\w+|\bcrowdfund\w*|\braised?\b"
    r"|\binvest(?:s|ed|ing|ment|ments)?\b|willingness[- ]to[- ]pay|\bWTP\b|\bstake\b|\bbuy\s+\w+\s+out\b"
    r"|\bacquire[ds]?\b|\bacquisition\s+of\b|\bvaluation\b|\bmarket\s+(?:size|value|cap|worth)"
    r"|\byear[- ]on[- ]year\b|\bYOY\b",
    re.IGNORECASE,
)
# A change in these is a company's result, not a saving for patients ("a decrease of 40.7% YOY").
COMPANY_FINANCES = fastre.compile(
    r"\brevenues?\b|\bsales\b|\bexpenses\b|\bexpenditure\b|\bprofits?\b|\bincome\b|\byear[- ]on[- ]year\b"
    r"|\bYOY\b|\bshare\s+price\b",
    re.IGNORECASE,
)
NOT_A_PRICE = fastre.compile(
    r"\bmarket\s+(?:size|value|cap|worth)|\brevenues?\b|\bsales\b|\bfunding\b|\braised\b"
    r"|\bincome\b|\bsalar(?:y|ies)\b|\bwages?\b|\bGDP\b|\bper\s+capita\b"
    r"|\bvaluation\b|\binvest(?:ed|ment)\b|\bgrants?\b|\bdeal\b|\bupfront\s+payment\b",
    re.IGNORECASE,
)

CUES: tuple[Cue, ...] = (
    Cue(
        "cost_lower",
        "cost_reduction",
        r"\b(?:lower|cheaper|less(?:\s+expensive)?|savings?|reduction|discount|off)\b",
        position="after",
        requires=COST_CONTEXT,
    ),
    Cue(
        "cost_reduce_by",
        "cost_reduction",
        r"\b(?:reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|lower(?:s|ed|ing)?|sav(?:e|es|ed|ing|ings)"
        r"|f[ae]ll(?:s|en)?|dropp?(?:s|ed)?|declin(?:e|es|ed)|decreas(?:e|es|ed)|reimburs(?:e|es|ed|ing)"
        r"|cover(?:s|ed|ing)?|discount(?:s|ed)?)(?:(?:\s+[\w'’]+){0,3}?\s+(?:by|of)\b)?",
        position="before",
        requires=COST_CONTEXT,
    ),
    Cue(
        "cost_fraction_of",
        "cost_reduction",
        r"of\s+(?:the\s+|its\s+|their\s+)?(?:(?:US|U\.S\.|Western|American|European)\s+)?(?:cost|price)s?"
        r"|of\s+what\s+(?:[\w-]+\s+){0,6}?costs?\b",
        position="after",
        kinds=frozenset({"factor", "fraction"}),  # "1/6 to 1/10 of the cost", "a third of the price"
    ),
    Cue("cost_label", "cost", r"\b(?:cost|price|fee|charges?|WAC)\b", scope="label"),
)
