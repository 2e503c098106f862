"""Number expressions: find them in raw text and normalise their values (CLAIMS.md section 3).

The scanner never edits the text it reports offsets for: every `Mention` carries `start`/`end`
into the original string. It knows nothing about metrics; the rule families decide what a
mention is a claim about.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from . import fastre, multiscan

# --- number vocabulary --------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a": 1,  # only before "million" or "billion" (see _WORD_NUM)
}
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_WORD_NUM = (
    # "two hundred trials", "one hundred patients": a multiple of a hundred, said before its units;
    # "six hundred fifty (thousand)", "one hundred and twenty-five": with its tens and units after it
    rf"(?:(?:{_UNITS_WORDS})[- ]hundred(?:(?:\s+and)?[- ](?:(?:{_TENS_WORDS})(?:[- ](?:{_UNITS_WORDS}))?"
    rf"|{_TEENS_WORDS}|{_UNITS_WORDS})\b)?|(?:{_TENS_WORDS})(?:[- ](?:{_UNITS_WORDS}))?|"
    # "a one-time infusion", "one-off treatments": no count of one
    r"zero|one(?![- ](?:off|time)\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozen|a\s+hundred|hundred"
    # ("over a million dollars": one million, of money only, not "a million patients could benefit")
    r"|a(?=\s+(?:million|billion)\s+(?:(?:US|U\.S\.|Australian|Canadian|Singapore|Hong\s+Kong)\s+)?"
    r"(?:dollars|euros|pounds|yuan|renminbi|rupees|yen|won|francs)\b))"
)
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "320.000", "1.200.000": dots between thousands
# "1.200.000": two or more dot-separated thousands (one, "320.000", may be a decimal: see _DOT_THOUSANDS)
# "7,4900" (a misplaced comma) is no "7,490": a group of thousands is followed by no fourth digit
_DIGITS = r"(?:\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)|(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?!,\d))(?:\.\d+)?)"
NUM = rf"(?:{_DIGITS}|(?i:\b{_WORD_NUM}\b))"

MAX_NUMBER_CHARS = 24  # longer digit runs are never quantities (and would overflow a float)
MULTIPLIERS: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mm": 1e6,  # "$1.2MM", as US finance writes a million (capitals, glued to the figure)
    "million": 1e6,
    "mil": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "dozen": 12,  # "two dozen patients"
    # regional multipliers (CLAIMS.md section 3)
    "lakh": 1e5,
    "lakhs": 1e5,
    "l": 1e5,  # "₹25L" (after rupees only: see _scan_atoms)
    "cr": 1e7,  # "Rs 1.5 Cr"
    "lac": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    # a million as Portuguese and Spanish pages write it ("R$ 2 milhões", "1,2 millones de euros")
    "milhões": 1e6,
    "milhoes": 1e6,
    "milhão": 1e6,
    "milhao": 1e6,
    "millones": 1e6,
    "millón": 1e6,
    "millon": 1e6,
    "万": 1e4,
    "亿": 1e8,
}

# Currency markers before the number and after it, and the ISO 4217 code each stands for.
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "nz$": "NZD",
    "nzd": "NZD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "hk$": "HKD",
    "hkd": "HKD",
    "s$": "SGD",
    "sgd": "SGD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "chf": "CHF",
    "₹": "INR",
    "`": "INR",  # the rupee sign as some Indian papers' fonts print it (see _CUR_PRE)
    "inr": "INR",
    "jpy": "JPY",
    "krw": "KRW",
    "₩": "KRW",
    "rm": "MYR",
    "sr": "SAR",  # Saudi riyal, only before a sum of money's size (see _CUR_PRE)
    "myr": "MYR",
    "rs": "INR",
    "rs.": "INR",
    "₪": "ILS",
    "nis": "ILS",
    "₽": "RUB",
    "rub": "RUB",
    "r$": "BRL",
    "brl": "BRL",
    "mx$": "MXN",
    "mxn": "MXN",
    "nt$": "TWD",
    "twd": "TWD",
    "฿": "THB",
    "thb": "THB",
    "₺": "TRY",
    "₱": "PHP",
    "php": "PHP",
    "₫": "VND",
    "vnd": "VND",
    "₦": "NGN",
    "ngn": "NGN",
    "aed": "AED",
    "sar": "SAR",
    "zar": "ZAR",
    "idr": "IDR",
    "pkr": "PKR",
    "egp": "EGP",
    "pln": "PLN",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "huf": "HUF",
    "czk": "CZK",
    "ils": "ILS",
    "kzt": "KZT",
}
CURRENCY_SUFFIXES: dict[str, str] = {
    "usd": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
    "china yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "元": "CNY",
    "ringgit": "MYR",
    "myr": "MYR",
    "shekels": "ILS",
    "nis": "ILS",
    "rubles": "RUB",
    "roubles": "RUB",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "gbp": "GBP",
    "pounds": "GBP",
    "nzd": "NZD",
    "new zealand dollars": "NZD",
    "aud": "AUD",
    "australian dollars": "AUD",
    "cad": "CAD",
    "canadian dollars": "CAD",
    "hkd": "HKD",
    "hong kong dollars": "HKD",
    "sgd": "SGD",
    "singapore dollars": "SGD",
    "chf": "CHF",
    "swiss francs": "CHF",
    "inr": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "jpy": "JPY",
    "yen": "JPY",
    "krw": "KRW",
    "won": "KRW",
    "円": "JPY",
    "rub": "RUB",
    "brl": "BRL",
    "reais": "BRL",
    "brazilian reais": "BRL",
    "mxn": "MXN",
    "mexican pesos": "MXN",
    "twd": "TWD",
    "new taiwan dollars": "TWD",
    "thb": "THB",
    "baht": "THB",
    "thai baht": "THB",
    "turkish lira": "TRY",
    "lira": "TRY",
    "php": "PHP",
    "philippine pesos": "PHP",
    "vnd": "VND",
    "dong": "VND",
    "vietnamese dong": "VND",
    "colombian pesos": "COP",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "ngn": "NGN",
    "naira": "NGN",
    "aed": "AED",
    "dirhams": "AED",
    "sar": "SAR",
    "riyals": "SAR",
    "saudi riyals": "SAR",
    "zar": "ZAR",
    "rand": "ZAR",
    "south african rand": "ZAR",
    "idr": "IDR",
    "rupiah": "IDR",
    "pkr": "PKR",
    "pakistani rupees": "PKR",
    "egp": "EGP",
    "egyptian pounds": "EGP",
    "pln": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "zł": "PLN",
    "sek": "SEK",
    "swedish kronor": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "huf": "HUF",
    "forints": "HUF",
    "czk": "CZK",
    "kzt": "KZT",
    "tenge": "KZT",
}

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Hedge words: the phrase (lower-cased, spaces folded) and the bound it sets (section 3).
HEDGE_BOUNDS: dict[str, str | None] = {
    "up to": "le",
    "up to a": "le",  # "up to a 22.5% subsidy"
    "up to an": "le",
    "as high as": "le",
    "as many as": "le",
    "as much as": "le",
    "at most": "le",
    "no more than": "le",
    "not more than": "le",
    "≤": "le",
    "<=": "le",
    "maximum of": "le",
    "a maximum of": "le",
    "maximum": "le",
    "max.": "le",
    "maximum coverage of": "le",
    "maximum payout of": "le",
    "capped at": "le",
    "as low as": "ge",
    "as little as": "ge",
    "starting at": "ge",
    "starting from": "ge",
    # "the treatment is priced from $45,000": its lowest price ("costs from X to Y" is often a
    # change: "reduced treatment costs from SR 1.3 million to around SR 250,000")
    "priced from": "ge",
    "starts from": "ge",
    "start from": "ge",
    "beginning at": "ge",
    "starts at": "ge",
    "start at": "ge",
    "at least": "ge",
    "at least a": "ge",  # "at least a 37% discount"
    "at least an": "ge",
    "no less than": "ge",
    "not less than": "ge",
    "no fewer than": "ge",
    "not fewer than": "ge",
    "a minimum of": "ge",
    "minimum of": "ge",
    "minimum": "ge",
    "min.": "ge",
    "≥": "ge",
    ">=": "ge",
    # a label's or protocol's inclusive bounds, spelt out
    "greater than or equal to": "ge",
    "more than or equal to": "ge",
    "higher than or equal to": "ge",
    "equal to or greater than": "ge",
    "equal to or more than": "ge",
    "equal to or higher than": "ge",
    "less than or equal to": "le",
    "lower than or equal to": "le",
    "fewer than or equal to": "le",
    "equal to or less than": "le",
    "equal to or lower than": "le",
    "over": "gt",
    "more than": "gt",
    "more than a": "gt",  # "more than a 40% reduction"
    "more than an": "gt",
    "greater than": "gt",
    "higher than": "gt",
    "above": "gt",
    "exceed": "gt",
    "exceeds": "gt",
    "exceeded": "gt",
    "exceeding": "gt",
    "in excess of": "gt",
    # a price that "tops $500,000" or "topped ¥50 million" is above it (not "the top 5")
    "tops": "gt",
    "topped": "gt",
    "topping": "gt",
    # ...and after a modal ("the total bill can top $1 million"), where "top" is the verb
    "can top": "gt",
    "could top": "gt",
    "may top": "gt",
    "might top": "gt",
    "will top": "gt",
    "would top": "gt",
    "surpass": "gt",
    "surpasses": "gt",
    "surpassed": "gt",
    "surpassing": "gt",
    "north of": "gt",
    "upwards of": "gt",
    "upward of": "gt",
    "beyond": "gt",
    ">": "gt",
    "well over": "gt",
    "well above": "gt",
    "far more than": "gt",
    # a time said against a span: "survival averaging longer than five years", "a response
    # lasting longer than 12 months", "a stay shorter than 10 days"
    "longer than": "gt",
    "shorter than": "lt",
    "well under": "lt",
    "well below": "lt",
    "far less than": "lt",
    "far fewer than": "lt",
    "under": "lt",
    "less than": "lt",
    "fewer than": "lt",
    "lower than": "lt",
    "below": "lt",
    "<": "lt",
    "nearly": "approx",
    "almost": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "approximate": "approx",
    "an approximate": "approx",
    "approx.": "approx",
    "approx": "approx",
    "around": "approx",
    "about": "approx",
    "close to": "approx",
    "circa": "approx",
    "ca.": "approx",
    "some": "approx",
    "~": "approx",
    "≈": "approx",
    "∼": "approx",  # the tilde operator journals set for "about" ("∼20% of patients")
    "≃": "approx",
    "an estimated": "approx",
    "estimated": None,
    "just": None,
    "only": None,
    "just over": "gt",
    "just under": "lt",
    # "just shy of $500,000": close below it, as "nearly" is; "shy of" alone is below it
    "just shy of": "approx",
    "shy of": "lt",
    "slightly over": "gt",
    "slightly more than": "gt",
    "an average of": None,
    "a median of": None,
}
POST_HEDGE_BOUNDS: dict[str, str] = {
    "+": "ge",
    "or more": "ge",
    "or longer": "ge",  # "survived 5 years or longer"
    "or shorter": "le",
    "or higher": "ge",
    "or greater": "ge",
    "or above": "ge",
    "and above": "ge",
    "and higher": "ge",
    "and over": "ge",
    "or over": "ge",
    "or less": "le",
    "or lower": "le",
    "or fewer": "le",
    "or below": "le",
    # "US$400,000 at minimum", "$1 million at the most": a bound said after its figure
    "at minimum": "ge",
    "at a minimum": "ge",
    "at the minimum": "ge",
    "at least": "ge",
    "at the least": "ge",
    "at the very least": "ge",
    "at most": "le",
    "at the most": "le",
    "at maximum": "le",
    "at the maximum": "le",
    "at a maximum": "le",
}
APPROX_WORDS = frozenset(k for k, v in HEDGE_BOUNDS.items() if v == "approx")

_HEDGE_ALT = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGE_BOUNDS, key=len, reverse=True)
)
# One or more hedges right before a number ("around ~", "well over", "from just").
_PRE_HEDGE_RE = re.compile(rf"(?:(?<![\w])(?:{_HEDGE_ALT})\s*)+$", re.IGNORECASE)
# ...the last word of each (folded as `re` folds case), which the window's last word must end with,
# and each whole, its words one space apart, which the window's words must end with
_HEDGE_LAST_WORDS = tuple(sorted({fastre.fold(hedge.split()[-1]) for hedge in HEDGE_BOUNDS}))
_HEDGE_PHRASES = tuple(sorted({" ".join(fastre.fold(hedge).split()) for hedge in HEDGE_BOUNDS}))


def _may_end_with_hedge(window: str) -> bool:
    r"""False when `_PRE_HEDGE_RE` cannot match `window`: its words (white space as `\s` sees
    it) do not end with a hedge's. The search, whose `$` is tried from every position, cost
    more than the rest of a number's hedging; many numbers follow "(", "$", "in", "and", "with"
    or ":", which end no hedge, or "to" and "of" after words that make none ("rose to")."""
    words = window.rsplit(None, 1)  # the last word first: one split, from the right
    if not words or not fastre.fold(words[-1]).endswith(_HEDGE_LAST_WORDS):
        return False
    return " ".join(fastre.fold(window).split()).endswith(_HEDGE_PHRASES)


def _before_article(window: str) -> str | None:
    """`window` up to an article that ends it ("… about an "), or None: read from its end, since a
    search for the article at `$` is tried from every position (most numbers have none)."""
    words = window.rsplit(None, 1)
    if len(words) < 2 or words[-1].lower() not in ("a", "an") or window[-1:] not in (" ", "\t", "\u00a0"):
        return None
    return words[0] + " "


_ONE_HEDGE_RE = re.compile(rf"(?<![\w])(?:{_HEDGE_ALT})(?![\w])|[~∼≃≈<>≥≤]=?", re.IGNORECASE)
_POST_HEDGE_RE = re.compile(
    r"^(?:\+(?![\d])|\s+or\s+(?:more|higher|greater|above|over|longer|less|lower|fewer|below|shorter)\b"
    r"|\s+and\s+(?:above|higher|over)\b"
    r"|\s+at\s+(?:(?:a|the)\s+)?(?:very\s+)?(?:minimum|maximum|least|most)\b(?!\s+(?:of|one|two|three|\d))"
    r")",
    re.IGNORECASE,
)
# A figure named as a mark that something passed ("beyond the $1m mark", "topped the $1 million
# mark", "can surpass the $2 million threshold"); not "costs beyond the $373,000 list price"
_PAST_THE_BEFORE = re.compile(
    r"(?<![\w])(?:beyond|past|above|over|surpass(?:ed|es|ing)?|top(?:ped|s|ping)?|cross(?:ed|es|ing)?"
    r"|exceed(?:ed|s|ing)?|pass(?:ed|es|ing)?|break(?:s|ing)?|broke)\s+the\s+$",
    re.IGNORECASE,
)
_MARK_AFTER = re.compile(r"\s+(?:mark|barrier|threshold|milestone)\b", re.IGNORECASE)
_RANGE_OPENER_RE = re.compile(r"(?:\b(?:between|from)\s+)$", re.IGNORECASE)
# "by" before a change's size: "rose by about $25,000 to $399,000" names the size, then the price
_BY_OPENER_RE = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
# "rose from 40% to 54%", "the price was cut from $475,000 to $373,000": a change states two
# figures (before and after), not a range. "ranging from", "varies from", "anywhere from" keep
# the range; of the words of the clause before "from", the last one of either list decides.
CHANGE_WORDS = (
    "increase", "increased", "increases", "increasing", "rise", "rises", "rose", "risen", "rising",
    "grow", "grows", "grew", "grown", "growing", "growth", "climb", "climbed", "climbs", "jump",
    "jumped", "jumps", "improve", "improved", "improves", "improving", "improvement", "boost",
    "boosted", "raise", "raised", "raises", "double", "doubled", "tripled", "went", "gone",
    "moved", "shifted", "changed", "deepened", "decrease", "decreased", "decreases", "decreasing",
    "decline", "declined", "declines", "declining", "drop", "dropped", "drops", "dropping", "fall",
    "fell", "fallen", "falls", "falling", "cut", "cuts", "reduce", "reduced", "reduces", "reducing",
    "reduction", "lower", "lowered", "lowers", "lowering", "slash", "slashed", "halved", "shrank",
    "plunged", "revised", "adjusted", "upgraded",
)  # fmt: skip
RANGE_WORDS = (
    "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere",
    "span", "spans", "spanned", "spanning", "between",
)  # fmt: skip
_CHANGE_OR_RANGE_WORD_RE = re.compile(
    r"\b(?:(?P<change>" + "|".join(CHANGE_WORDS) + r")|" + "|".join(RANGE_WORDS) + r")\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?()\n]")
# "increase payments (NTAP) for CAR-T from …": a closed bracket is an aside, not a clause break
_CLOSED_ASIDE_RE = re.compile(r"\([^()\n]{0,40}\)")
CHANGE_LOOKBACK = 120  # characters of the clause before "from" searched for what it belongs to


def _states_a_change(text: str, from_start: int) -> bool:
    """Whether the "from" at `from_start` opens a change ("rose from A to B") rather than a
    range ("ranging from A to B"): the last change or range word of its clause decides."""
    window = text[max(0, from_start - CHANGE_LOOKBACK) : from_start]
    if ")" in window:
        window = _CLOSED_ASIDE_RE.sub(lambda aside: " " * len(aside.group()), window)
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(window)]
    words = list(_CHANGE_OR_RANGE_WORD_RE.finditer(window, breaks[-1] if breaks else 0))
    return bool(words) and words[-1].group("change") is not None


# --- the scanner's patterns ------------------------------------------------------------------

# Currency words begin a word ("xUSD 5" is no money): \b, and (?<!\w) before RM and Rs. A tab
# is a table's cell break: "US\t$450,000" is a row's label, then its price
_CUR_PRE = (
    r"(?:(?:\b(?:US[^\S\t\r\n]?\$|NZ\$|AU\$|A\$|CA\$|C\$|HK\$|S\$|R\$|MX\$|NT\$)|\$|€|£|¥|₹|₩)[^\S\t\r\n]?|"
    r"\b(?:USD|RMB|CNY|EUR|GBP|NZD|AUD|CAD|HKD|SGD|CHF|INR|JPY|KRW|MYR|NIS|RUB|BRL|MXN|TWD|THB|PHP|VND|NGN"
    r"|AED|SAR|ZAR|IDR|PKR|EGP|PLN|SEK|NOK|DKK|HUF|CZK|ILS|KZT)[^\S\t\r\n]?"
    r"|(?<!\w)(?:RM|Rs\.?)[^\S\t\r\n]?|(?:₪|₽|฿|₺|₱|₫|₦)[^\S\t\r\n]?"
    # "SR 250,000", "SR 1.3 million" (Saudi riyals); not "SR 2", which may be anything
    r"|(?<!\w)SR[^\S\t\r\n]?(?=\d[\d,.]*(?:\d{3}|[^\S\t\r\n]?(?:million|billion)\b))"
    # "at the cost of `4 crore": a rupee sign that an Indian paper's font printed as a backtick,
    # only before lakhs or crores
    r"|`(?=\d[\d,.]*[^\S\t\r\n]?(?:lakhs?|lac|crores?)\b))"
)
_ROMANCE_MILLION = r"milh(?:ões|oes|ão|ao)|mill(?:ones|ón|on)"
_ATOM_RE = fastre.compile(
    rf"""
    (?P<cur>{_CUR_PRE})?
    # ("2,5 milhões", "1,2 millones": a decimal comma before a Portuguese or Spanish million;
    # "92,3%", "12,5 %", "12,5 months", "1,5 million euros": before a percent sign, a duration or
    # a million, as European pages and their translations write a decimal)
    (?P<num>(?<![\d,.])\d{{1,3}},\d{{1,2}}(?=\s?(?i:{_ROMANCE_MILLION}|million\b|billion\b|months?\b|years?\b)|\s?%)
    |{NUM})
    (?:
        (?P<pct>\s?(?:%|(?i:percent|per\s?cent|pct)\b)|pc\b(?!\.\w))
      # "$15 million", and "$15-million" as Canadian, British and Indian papers write it
      # ("nearly two dozen patients": 24)
      | (?P<mult>(?:\s?|-)(?i:million|billion|thousand|mn|bn|lakhs?|lac|crores?|dozen|{_ROMANCE_MILLION})\b
                |\s?(?i:mil)\b
                |[kKmMbB](?![A-Za-z0-9])|MM(?![A-Za-z0-9])|[万亿]
                # "$1.5bnBristol Myers", "$350mGilead": a scraped table's cells run together, the
                # next cell's capitalised name glued to the multiplier
                |(?:bn|mn|[kKmMbB])(?=[A-Z][a-z])
                # "₹25L", "Rs 1.5 Cr": lakhs and crores as Indian pages abbreviate them (rupees only)
                |[^\S\r\n]?(?:L|Cr|cr)(?![A-Za-z0-9])
                # "$637 K", "$1.2 M" (health-economics tables): after a space, K or M alone
                |[^\S\r\n][kKmM](?![A-Za-z0-9-]))
    )?
    """,
    re.VERBOSE,
)
_CUR_POST_RE = re.compile(
    # ("1,2 millones de euros": Spanish and Portuguese put "de" before the currency)
    r"^\s?(?:million\s+|billion\s+)?(?:de\s+)?(?P<cur>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(CURRENCY_SUFFIXES, key=len, reverse=True))
    + r")\b"
    # a sign after the sum, as French and German writers put it ("320 000 €", "430,884 $")
    r"|^\s?(?P<sign>€|\$|£|₫)(?![\w$€£])"
    # ... or the currency in brackets after it ("costs 3-4 crore (INR)", "320,000 (EUR)")
    r"|^\s?\(\s?(?P<bcur>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(CURRENCY_SUFFIXES, key=len, reverse=True))
    + r")\s?\)",
    re.IGNORECASE,
)
CURRENCY_SIGNS_AFTER = {"€": "EUR", "$": "USD", "£": "GBP", "₫": "VND"}  # "6 billion ₫"


def _post_currency(post: re.Match[str]) -> str | None:
    """The currency a `_CUR_POST_RE` match names."""
    sign = post.group("sign")
    if sign:
        return CURRENCY_SIGNS_AFTER[sign]
    return CURRENCY_SUFFIXES.get(_SPACES.sub(" ", (post.group("cur") or post.group("bcur")).lower()))


# "US$300-", "US$300k-" before a number: a bare K after it scales a money range ("US$300-400K")
# the open end of a rupee range whose close carries the multiplier: "₹30-40L", "Rs 1-1.5 Cr"
_RUPEE_RANGE_OPEN_RE = re.compile(r"(?:₹|\bRs\.?|\bINR)\s?\d[\d,.]*\s*(?:-|–|—|‑|‐|to)\s*$")
_MONEY_RANGE_OPEN_RE = re.compile(r"(?:\$|€|£|¥|₹)\s?\d[\d,.]*(?:\s?[kKmM])?\s*(?:-|–|—|‑|‐|to)\s*$")
_POST_MULT_RE = re.compile(r"^\s?(?P<mult>million|billion|thousand|lakhs?|lac|crores?)\b", re.IGNORECASE)
# (a journal page's note number may be glued to the unit as its superscript lost its place:
# "a median survival of 19.1 months11", read as months)
_DURATION_RE = re.compile(
    r"^\s?(?P<unit>months?|mos?\b\.?|mths?\b\.?|years?|yrs?\b|weeks?|days?)(?:\b|(?<=s)(?=\d{1,2}\b))(?!-old)",
    re.IGNORECASE,
)
# an "m" glued to a number after a survival or follow-up word is months ("PFS was 20m", "OS at
# 24m", abstracts short of space); elsewhere it is no unit ("5m patients", "$20m" is money)
_GLUED_MONTHS_RE = re.compile(
    r"^m(?![\w²³])(?!\s+(?:people|patients|persons|adults|children|cases|users|individuals|residents)\b)"
)
_SURVIVAL_BEFORE_GLUED_M = re.compile(
    r"\b(?:m?(?:PFS|OS|EFS|DFS|RFS|DOR|DoR)|survival|follow-?up|duration\s+of\s+response)\b[^.;]*$"
)
GLUED_M_REACH = 80  # characters before the number searched for the survival word
_TIMEPOINT_ADJ_RE = re.compile(r"^[- ](?P<unit>month|year|week|day)s?\b(?![- ]old)", re.IGNORECASE)
_MEDIAN_AFTER_ADJ = re.compile(r"\s+(?:median|mean)\s", re.IGNORECASE)
# a duration alone in a label's brackets, with the label's figure after it: "PFS (12 mo): 44%"
_BRACKETED_LABEL_BEFORE = re.compile(r"\(\s*(?:at\s+)?$", re.IGNORECASE)
_BRACKETED_LABEL_AFTER = re.compile(r"\s*\)\s*[:=]\s*[<>≤≥~]?\s*\d")
# an endpoint right after "12 month" (a singular unit, no hyphen): the number is its time point
_ENDPOINT_AFTER_BARE_UNIT = re.compile(
    r"\s+(?:(?:estimated|landmark|Kaplan[- ]Meier)\s+)?"
    r"(?:PFS|OS|EFS|DFS|RFS|LFS|DOR|CR|ORR|overall\s+survival|progression[- ]free|event[- ]free"
    r"|relapse[- ]free|disease[- ]free|leuka?emia[- ]free|survival)\b",
    re.IGNORECASE,
)
# "the 5-year median OS was not reached": no median was given
_NOT_REACHED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:not\s+(?:yet\s+)?(?:been\s+)?reached|NR|not\s+estimable)\b"
)
_FACTOR_RE = re.compile(r"^(?:\s?(?P<f>times\b|-?fold\b|x\b|×))", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(
    # "from $23,000 (outpatient) to $53,000 (inpatient)": a label in brackets after the low end
    r"^\s*(?P<label>\([^()\d]{1,30}\)\s*)?"
    # ("60−80%" with a minus sign, "60~80%" as Asian pages write a range)
    rf"(?P<sep>-|–|—|‑|‐|−|~|～|(?:-\s*)?to|and|through|or)\s*(?P<hedge>(?:(?:{_HEDGE_ALT})\s*)*)$",
    re.IGNORECASE,
)

_MONTH_NAME = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # all-lowercase pages ("in september 2018 health canada approved"): full names only, and not
    # the two that are verbs ("may", "march")
    r"|january|february|april|june|july|august|september|october|november|december)"
)
_DATE_RES = (
    fastre.compile(
        r"(?<![\w.])(?P<y>(?:19|20)\d{2})[./-](?P<m>0?[1-9]|1[0-2])"
        r"(?:[./-](?P<d>0?[1-9]|[12]\d|3[01]))?(?![\d%]|\.\d)"
    ),
    # "30 August 2017", "30th August 2017", "the 30th of August, 2017"
    fastre.compile(
        r"\b(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH_NAME
        + r"\.?,?\s+(?P<y>(?:19|20)\d{2})\b"
    ),
    re.compile(
        # "May 2018", "May 17, 2018", "May of 2018", "October, 2023"
        r"\b"
        + _MONTH_NAME
        + r"(?:\.?\s+(?:(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?,?\s+|of\s+)?|,\s*)(?P<y>(?:19|20)\d{2})\b"
    ),
    # "in 2021 June": the year first
    re.compile(r"\b(?P<y>(?:19|20)\d{2})\s+" + _MONTH_NAME + r"\b(?!\s+\d)"),
    # day, month and year in figures, where the order is plain: "08/30/2017" (month first, as US
    # pages write it), "30/08/2017", "30.08.2017" (day first); "03/04/2021" could be either, and is
    # left alone
    fastre.compile(
        r"(?<![\w./])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d{2})(?![\d%]|\.\d)"
    ),
    fastre.compile(
        r"(?<![\w./])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d%]|\.\d)"
    ),
    fastre.compile(
        r"(?<![\w./])(?P<d>1[3-9]|2\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d{2})(?![\d%]|\.\d)"
    ),
)
# a year with a note number glued after its sentence's full stop: "2021.4 Idecabtagene …" (the
# next sentence opens after it; "approved in 2023.12." is December 2023)
GLUED_NOTE_AFTER = fastre.compile(r"\.\d{1,2}(?=\s+[A-Z])")  # (the linker asks it after a year too)
_MONTH_BEFORE_YEAR = fastre.compile(_MONTH_NAME + r"\.?\s+(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)?,?\s+|of\s+)?$")
# a month's day with no year ("Nov. 3", "on January 2nd"): a date, never a count or a figure
_DAY_OF_MONTH_RE = fastre.compile(
    r"\b" + _MONTH_NAME + r"\.?\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|percent\b|-|–))"
)
# "95% CI", and as French, Spanish and Italian authors write it in English: "95% IC", "IC 95%"
_CI_LEVEL = (
    r"(?:(?:95|90|99)\s?(?:%|percent\b|per\s?cent\b)\s*(?:CI|Cl|IC|C\.I\.|I\.C\.|confidence\s+interval)"
    r"|\b(?:CI|IC)\s?(?:95|90|99)\s?%)"
)
# "(95% CI, 77.3 to 96.5)", "(95 percent confidence interval [CI] = 68.6–86.0)", "(95% CI, 5.0-NE)":
# the confidence level and both bounds belong to the claim before; none of them is a claim.
_CI_RE = fastre.compile(
    rf"[(\[,;]?\s*{_CI_LEVEL}"
    rf"(?:\s*[\[(]CI[\])])?\s*[:,;=]?\s*"  # "(42%; 95% CI; 29%–54%)" too
    rf"(?P<lo>{_DIGITS}|NE|NR)\s*(?:%|months?|years?)?\s*(?:-|–|—|‑|‐|to|,)\s*"
    rf"(?P<hi>{_DIGITS}|NE|NR|not\s+(?:estimable|reached|evaluable))\s*(?:%|months?|years?)?\s*[)\]]?",
    re.IGNORECASE,
)
# "Median OS (95% CI) was 25.6 months (1.2-47.0; N = 78)", "ORR [95% CI]: 87% (75, 94)": the
# confidence level declared once after an endpoint (no claim: its "95%" is no rate), and then the
# bounds in brackets right after each figure of that sentence ("Cl", with a small L, as some
# brand sites print it)
_CI_LEVEL_RE = fastre.compile(
    rf"[(\[]\s*{_CI_LEVEL}\s*[)\]]",
)
_CI_BOUNDS_AFTER_RE = fastre.compile(
    rf"(?<=\d)(?:\s?(?:%|months?|years?))?\s*(?P<ci>[(\[]\s*(?P<lo>{_DIGITS}|NE|NR)\s*(?:%|months?)?\s*(?:-|–|—|‑|‐|to|,)\s*"
    rf"(?P<hi>{_DIGITS}|NE|NR|not\s+(?:estimable|reached|evaluable))\s*(?:%|months?)?\s*(?=[)\];,]))",
    re.IGNORECASE,
)
CI_LEVEL_REACH = 300  # characters after a declared confidence level where its bounds are read
_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s|$)|\n")
_PCT_WORD = r"\s?(?:%|percent\b|per\s?cent\b)"
_PEOPLE = (
    r"(?i:patients|pts|children|kids|adults|participants|subjects|people|individuals|recipients|cases"
    r"|responders)"
)
# the verb a share of patients can take straight after it ("one in five had", "nine of ten responded")
_OUTCOME_VERBS = (
    r"(?i:had|have|has|were|was|are|is|develop(?:s|ed)?|experience[sd]?|achieve[sd]?|respond(?:s|ed)?"
    r"|relapse[sd]?|died|die|went|go|remain(?:s|ed)?|survive[sd]?|will|may|can|could|would|show(?:s|ed)?)"
)
# "32 of 39 patients (82.1%)", "96 of 103 patients (93.2 percent; …", "(75 of 103, 74.3 percent)"
_FRACTION_PCT_RE = fastre.compile(
    rf"(?<![\w.,])(?P<n>{NUM})\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<d>{_DIGITS})"
    rf"(?P<mid>(?:\s+[A-Za-z][\w-]*){{0,3}}?)"
    rf"(?:\s*[(\[]\s*(?P<p>{_DIGITS}){_PCT_WORD}\s*(?=[)\];,])[)\]]?|,\s*(?P<p2>{_DIGITS}){_PCT_WORD})",
    re.IGNORECASE,
)
# "536 of 12 394 (4.3%) reports": the same with thousands a space sets apart (journal style),
# kept when the share agrees with them
_SPACED_DIGITS = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])"
_FRACTION_SPACED_PCT_RE = fastre.compile(
    rf"(?<![\w.,])(?P<n>{_SPACED_DIGITS}|{NUM})\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<d>{_SPACED_DIGITS})"
    rf"(?P<mid>(?:\s+[A-Za-z][\w-]*){{0,3}}?)"
    rf"\s*[(\[]\s*(?P<p>{_DIGITS}){_PCT_WORD}\s*(?=[)\];,])[)\]]?",
    re.IGNORECASE,
)
# "18 (85.7%) of 21 evaluable patients", "12 (60%) of the 20 patients": the count with its share in
# brackets, then its denominator, kept when they agree
_COUNT_PCT_OF_RE = fastre.compile(
    rf"(?<![\w.,$€£¥₹])(?P<n>{NUM})\s*[(\[]\s*(?P<p>{_DIGITS}){_PCT_WORD}\s*[)\]]\s+(?:out\s+)?of\s+"
    rf"(?:the\s+|all\s+|th(?:ose|ese)\s+)?(?P<d>{_DIGITS})(?![\d.,]*\s?%)(?![\w])",
    re.IGNORECASE,
)
# "38/59 (64.4%)", "18/20 patients (90%)": the same with a slash, when the share agrees with it
# (so that no date or score is read as a fraction)
_SLASH_FRACTION_PCT_RE = fastre.compile(
    rf"(?<![\w.,/])(?<!grade\s)(?<!grades\s)(?P<n>\d{{1,4}})\s*/\s*(?P<d>\d{{1,4}})(?![\d/])(?P<mid>(?:\s+[A-Za-z][\w-]*){{0,3}}?)"
    rf"\s*[(\[]\s*(?P<p>{_DIGITS}){_PCT_WORD}\s*(?=[)\];,])[)\]]?",
    re.IGNORECASE,
)
SLASH_SHARE_TOLERANCE = 1.0  # percentage points between N/M and the share stated with it
# "in 12/20 patients", "5/12 relapsed": a slash fraction of a population, or of an outcome, with
# no share stated
_SLASH_FRACTION_RE = fastre.compile(
    r"(?<![\w.,/])(?<!grade\s)(?<!grades\s)(?P<n>\d{1,4})\s*/\s*(?P<d>\d{1,4})(?![\d/%.,])(?=\s+(?:(?:[\w-]+\s+)?(?:patients|pts|participants"
    r"|subjects|cases|children|adults|responders)\b|(?:had|have|achieved|attained|responded|relapsed|died"
    r"|developed|experienced|remained|were|showed)\b))",
    re.IGNORECASE,
)
# "45 patients (94%)", "95 patients [92.3 percent]", "Sixty-two (83.8%)": the count is the
# numerator of the stated share.
_COUNT_PCT_RE = fastre.compile(
    rf"(?<![\w.,$€£¥₹])(?P<n>{NUM})(?:\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:patients|pts|children|adults|participants"
    rf"|subjects|cases|responders|people|individuals))?\s*[(\[]\s*(?P<p>{_DIGITS}){_PCT_WORD}"
    # ("32 (33% of the cohort) remained alive": who the share is of, inside the bracket)
    r"(?:\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:cohort|patients|group|population|participants|total))?"
    r"\s*(?=[)\];,])[)\]]?",
    re.IGNORECASE,
)
# a grade right before a number: "grade ≤2 (77.2%)", "grade 3-4 (12%)" (no count with its share)
_GRADE_RIGHT_BEFORE = re.compile(
    r"\bgrades?\s*(?:[<>≤≥]=?|>/=|</=|\d\s*(?:or|and|to|-|–|/)\s*)?$", re.IGNORECASE
)
# "64.4% (38/59)", "58.1% (36 out of 62)": the share with its numerator and denominator.
# ("Ninety percent (20 out of 22) of pediatric patients": the share in words)
_PCT_FRACTION_RE = fastre.compile(
    rf"(?<![\w.,])(?P<p>{NUM}){_PCT_WORD}\s*[(\[]\s*(?P<n>\d+)\s*(?:/|of|out\s+of)\s*(?P<d>\d+)\s*[)\]]",
    re.IGNORECASE,
)
# "62% of patients (8 of 13)", "40% of the children (4 out of 10 treated)": the people the share
# is of between the share and its fraction; kept when they agree (SLASH_SHARE_TOLERANCE)
_PCT_OF_PEOPLE_FRACTION_RE = fastre.compile(
    rf"(?<![\w.,])(?P<p>{_DIGITS}){_PCT_WORD}\s+of\s+(?:the\s+|all\s+|th(?:ose|ese)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:patients|pts|participants|subjects|children|adults|cases|people"
    r"|individuals|responders)\s*[(\[]\s*(?P<n>\d+)\s*(?:/|of|out\s+of)\s*(?P<d>\d+)"
    r"(?:\s+(?:patients|pts|evaluable|treated|infused|participants|subjects))?\s*[)\]]",
    re.IGNORECASE,
)
# "(OCR rate=56%; n=14/25)", "72% (n = 13/18)": the share and its numerator over denominator,
# kept when they agree (SLASH_SHARE_TOLERANCE)
_PCT_N_FRACTION_RE = fastre.compile(
    rf"(?<![\w.,])(?P<p>{_DIGITS})(?P<pw>{_PCT_WORD})\s*(?:[(\[]|[;,])\s*[nN]\s*=\s*(?P<n>\d{{1,4}})\s*/\s*(?P<d>\d{{1,4}})"
    rf"(?![\d/%.])",
)
# "achieved a response (n=52/60)": a share told by its numerator over its denominator alone
# (after a share it disagrees with, "40% (n = 13/18)", it is no share of its own)
_N_SLASH_FRACTION_RE = fastre.compile(
    r"(?<![\w])(?<!%\s\()(?<!%\()(?<!%;\s)(?<!%,\s)(?<!%;)(?<!%,)"
    r"[nN]\s*=\s*(?P<n>\d{1,4})\s*/\s*(?P<d>\d{1,4})(?![\d/%.])"
)
# "12 of 20", "Seven out of 12"; a denominator in words only before the people it counts ("nine
# out of ten children", "eight of the ten patients"), not in "one of the six approved products"
_FRACTION_RE = fastre.compile(
    # "one of those four participants", "two of these five children"
    # ("four of the first six patients": the first so many treated)
    # ("Two patients out of three", "7 children out of 8": the people between the two numbers)
    rf"(?<![\w.,])(?P<n>{NUM})(?:\s+{_PEOPLE}(?=\s+(?:out\s+of|of\s+the)\s+\d|\s+out\s+of\s))?\s+(?:of|out\s+of)\s+"
    r"(?:the\s+(?:first\s+|initial\s+|last\s+)?|all\s+|th(?:ose|ese)\s+"
    # ("22 of more than 27,000 patients treated": a denominator told with its own hedge)
    rf"|every\s+)?(?P<dh>(?i:more\s+than|over|nearly|almost|about|approximately|around|roughly)\s+)?"
    rf"(?:(?P<d>{_DIGITS})(?![\d,.]*\s?%)(?![\w])"
    # ("two of five with complete response": the outcome after "with")
    rf"|(?i:(?P<dw>\b{_WORD_NUM}\b))(?=\s+(?:[\w-]+\s+)?{_PEOPLE}\b|\s*(?:[.;)]|,\s|$)|\s+{_OUTCOME_VERBS}\b"
    r"|\s+with\s+(?:an?\s+)?(?:complete|partial|overall|objective|CR|PR|ORR|MRD|CRS|ICANS|grade)\b))"
)
# "seven in 10 patients", "one in ten children", "affected 1 in 5.": a share told as a ratio, before
# the people it counts or at the end of a clause (not "3 in 2019", not "grade 3 in 10 patients")
_IN_RATIO_RE = fastre.compile(
    # ("fewer than 1 in 1,000 recipients": a denominator with a thousands separator)
    rf"(?<![\w.,])(?P<n>{NUM})\s+in\s+(?:every\s+)?"
    rf"(?P<d>\d{{1,3}}(?:,\d{{3}})+(?![\d.]*\s?%)(?![\w])|\d{{1,4}}(?![\d,.]*\s?%)(?![\w])|(?i:\b{_WORD_NUM}\b))"
    rf"(?=\s+(?:[\w-]+\s+)?{_PEOPLE}\b|\s*(?:[.;,)]|$)|\s+{_OUTCOME_VERBS}\b)"
)
# "half a million dollars", "a quarter of a million euros": money told in words
_HALF_A = {"half": 0.5, "quarter": 0.25}
_HALF_A_RE = fastre.compile(
    r"\b(?P<part>half|a\s+quarter)\s+(?:of\s+)?a\s+(?P<mult>million|billion)\b", re.IGNORECASE
)
# "a half-million-dollar treatment", "the million-dollar therapy": a price told as an adjective of
# what it prices (not "the million-dollar question", nor a "multimillion-dollar deal")
_DOLLAR_ADJECTIVE_RE = fastre.compile(
    r"(?<![\w-])(?:(?P<part>half|quarter)[- ])?(?P<mult>million|billion)[- ]dollar"
    r"(?=[- ](?:(?:cancer|CAR[- ]?T|cell|gene|one[- ]time|single)[- ])?(?:treatments?|therap(?:y|ies)|drugs?"
    r"|cures?|medicines?|price(?:\s+tags?)?|figures?|infusions?|shots?|injections?|procedures?|products?)\b)",
    re.IGNORECASE,
)
# "two-thirds of patients", "a third of the cost": shares told in words (percent values).
_NUMERATOR_WORDS = {"a": 1, **{word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 9}}
_DENOMINATOR_WORDS = {  # singular, plural
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    8: ("eighth", "eighths"),
    10: ("tenth", "tenths"),
}


def _word_fractions() -> dict[str, float]:
    """ "a third", "two-thirds", "three-fourths", "one fifth": every proper fraction of a word
    numerator and denominator, with a space or a hyphen ("fourth" is "quarter" too)."""
    table = {"half": 50.0}
    for numerator_word, numerator in _NUMERATOR_WORDS.items():
        for denominator, (singular, plural) in _DENOMINATOR_WORDS.items():
            if numerator >= denominator:
                continue
            share = round(numerator / denominator * 100, 1)
            names = [singular if numerator == 1 else plural]
            if denominator == 4:
                names.append("fourth" if numerator == 1 else "fourths")
            for name in names:
                table[f"{numerator_word} {name}"] = share
                if numerator_word != "a":
                    table[f"{numerator_word}-{name}"] = share
    return table


WORD_FRACTIONS: dict[str, float] = _word_fractions()
_WORD_FRACTION_RE = fastre.compile(
    r"\b(?P<w>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(WORD_FRACTIONS, key=len, reverse=True))
    # "… of", or "… that in/of" ("one-fifth that in the US": of the price there), or "… the price"
    # ("one-tenth the international price")
    # ("half as much as", "a third as much as": a share of the other sum)
    # ("… about half had a complete response", "a third relapsed": the share and its verb)
    # ("One third (32/97) of patients": the count and cohort it stands for, in brackets)
    + r")(?P<counted>\s*\(\s*(?P<num>\d{1,5})\s*/\s*(?P<den>\d{1,5})\s*\))?"
    r"(?=\s+(?:of|that\s+(?:of|in|at|for)|as\s+much\s+as"
    r"|(?:had|achieved|attained|responded|relapsed|died|developed|experienced|went\s+into)(?!\s+(?:to|been)\b)"
    # ("two-thirds were in complete remission at a year", "half remain in remission"): the state
    r"|(?:were|are|was|is|remained|remain|remains|stayed|stay)\s+(?:still\s+|now\s+)?in\s+"
    r"(?:(?:complete|full|durable|continuous|sustained|long[- ]term)\s+)?(?:remission|response)\b"
    # ("more than half may relapse within 12 months", "about a third will eventually die",
    # "roughly half respond"): what patients do, in the present or a modal's future
    r"|(?:(?:may|might|will|could|would|can)\s+(?:still\s+|eventually\s+|later\s+|ultimately\s+)?)?"
    r"(?:relapse|respond|die|achieve|attain|develop|experience|go\s+into)\b"
    # ("… and about a third with myeloma, have a complete remission": who, then what they have)
    r"|with\s+(?:[\w/-]+\s+){0,3}?[\w/-]+,?\s+(?:have|has|had|achieved?|attain(?:ed)?|reach(?:ed)?"
    r"|go\s+into|went\s+into|respond(?:ed)?|relapsed?|develop(?:ed)?|experienced?)\b"
    # ("Of all CAR-T trials registered, more than half are being conducted in China")
    r"|(?:are|were)\s+(?:now\s+|currently\s+|still\s+)?(?:being\s+)?(?:conducted|based|located|run|sponsored"
    r"|carried\s+out|underway))\b"
    r"|\s+the\s+(?:[\w.-]+\s+){0,2}?(?:price|cost)s?\b)"
    r"(?![^(\n]{0,30}\(\s*\d[\d.]*\s?%)",
    re.IGNORECASE,
)
# "slashed by half", "cuts the price by about a third": a change told as a share in words after
# "by" (a percentage of the old figure, not a share of patients: kind "percent")
_BY_SHARE_RE = fastre.compile(
    r"(?<=\bby\s)(?P<w>half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters)\b"
    r"|(?<=\bby\s)(?:about|nearly|roughly|almost|around|more\s+than|over|some)\s+"
    r"(?P<w2>half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters)\b"
    # ...or before "less", "lower", "cheaper": "costs a third less", "two-thirds lower than in the US"
    r"|\b(?P<w3>a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|a\s+fifth|a\s+tenth)"
    r"(?=\s+(?:less|lower|cheaper)\b)",
    re.IGNORECASE,
)
# "cheaper by a factor of 5", "a factor of ten less": a ratio told as a factor
_FACTOR_OF_RE = fastre.compile(
    rf"\ba\s+factor\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>{NUM})(?![\d.,]*\s?%)",
    re.IGNORECASE,
)
_INVERSE_RE = fastre.compile(  # "1/6 to 1/10", "1/10th"
    r"(?<![\w./])1/(?P<a>\d{1,3})(?:th)?(?:\s*(?:-|–|—|‑|‐|to)\s*1/(?P<b>\d{1,3})(?:th)?)?(?![\w/])"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One number expression with its normalised value; `kind` says what sort of quantity."""

    start: int
    end: int
    kind: str  # percent | money | duration | factor | number | year | date | fraction | timepoint | ci
    low: float | None
    high: float | None
    bound: str
    unit: str
    hedge: str | None = None
    approx: bool = False
    date: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    ci: tuple[float, float] | None = None

    def __init__(  # compiled, unlike the one @dataclass writes (see layout.Segment)
        self,
        start: int,
        end: int,
        kind: str,
        low: float | None,
        high: float | None,
        bound: str,
        unit: str,
        hedge: str | None = None,
        approx: bool = False,
        date: str | None = None,
        numerator: float | None = None,
        denominator: float | None = None,
        ci: tuple[float, float] | None = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "bound", bound)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "hedge", hedge)
        object.__setattr__(self, "approx", approx)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "numerator", numerator)
        object.__setattr__(self, "denominator", denominator)
        object.__setattr__(self, "ci", ci)


YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")


def parse_number(token: str) -> float | None:
    """'1,290' -> 1290.0, 'six' -> 6.0, 'twenty-two' -> 22.0; None when it is not a number."""
    cleaned = token.strip().lower().replace(",", "")
    if len(cleaned) > MAX_NUMBER_CHARS:
        return None  # a run of digits this long is an identifier or junk, not a quantity
    if cleaned.count(".") > 1 and _DOT_THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")  # "1.200.000"
    try:
        return float(cleaned)
    except ValueError:
        pass
    cleaned = re.sub(r"^a\s+", "", cleaned)
    parts = [part for part in re.split(r"[- ]+", cleaned) if part != "and"]  # "two hundred and fifty"
    total = 0
    for part in parts:
        if part not in NUMBER_WORDS:
            return None
        if part == "hundred":
            total = (total or 1) * 100  # "two hundred": 200
        else:
            total += NUMBER_WORDS[part]
    return float(total)


def _is_word_number(token: str) -> bool:
    return not any(ch.isdigit() for ch in token)


def _date_iso(year: str, month: str | None, day: str | None) -> str:
    if month is None:
        return year
    if not month.isdigit():
        month = str(MONTHS[month[:3].lower()])
    iso = f"{year}-{int(month):02d}"
    return f"{iso}-{int(day):02d}" if day else iso


def _bound_of(hedge_text: str | None) -> str | None:
    """The bound that the strongest hedge word in `hedge_text` sets (None: no bound change)."""
    if not hedge_text:
        return None
    bound = None
    for match in _ONE_HEDGE_RE.finditer(hedge_text):
        key = re.sub(r"\s+", " ", match.group(0).lower())
        value = HEDGE_BOUNDS.get(key)
        if value is not None and (bound is None or bound == "approx"):
            bound = value
    return bound


def _has_approx(hedge_text: str | None) -> bool:
    if not hedge_text:
        return False
    return any(
        re.sub(r"\s+", " ", m.group(0).lower()) in APPROX_WORDS for m in _ONE_HEDGE_RE.finditer(hedge_text)
    )


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    word: bool
    kind: str  # percent | money | duration | factor | number | year | timepoint
    unit: str
    mult: float | None = None
    explicit_mult: bool = False
    plus: bool = False

    def __init__(  # compiled, unlike the one @dataclass writes (see layout.Segment)
        self,
        start: int,
        end: int,
        value: float,
        word: bool,
        kind: str,
        unit: str,
        mult: float | None = None,
        explicit_mult: bool = False,
        plus: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.word = word
        self.kind = kind
        self.unit = unit
        self.mult = mult
        self.explicit_mult = explicit_mult
        self.plus = plus


class _Occupied:
    """Character ranges already claimed by an earlier, more specific pattern, kept merged and
    sorted so that a lookup is a bisection (a page of thousands of dates stays linear)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # ranges [0, i) start before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        lo = bisect.bisect_left(self.ends, start)  # the first range reaching `start`
        hi = bisect.bisect_right(self.starts, end)  # past the last range starting by `end`
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


_SPACES = re.compile(r"\s+")
_SPACE_THOUSANDS = re.compile(r"(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)(?![.,]\d)")
_NOT_DIGIT = re.compile(r"\D")
# A count whose thousands a space sets apart, as journals and European texts write them ("536 of
# 12 394 (4.3%) reports", "1 200 patients"): followed by a word or a bracket, not by a percent
# sign or another number (a table row whose cells lost their breaks: "12 394 536 277 177"), and
# not after a label's number ("cohort 1 100 patients" is cohort 1's 100)
_AFTER_SPACED_THOUSANDS = re.compile(r"[ \u00a0\u2009\u202f]?\(|[ \u00a0\u2009\u202f][^\W\d_]")
_BEFORE_SPACED_THOUSANDS = re.compile(
    r"\d[ \u00a0\u2009\u202f]$|\b(?:day|cohort|arm|grade|phase|month|week|year|figure|fig\.|table|dose|level"
    r"|group|line|cycle|stage|part|step|no\.|number)\s*$",
    re.IGNORECASE,
)


def _spaced_thousands(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ("12 394") is one number whose thousands a space sets apart."""
    return bool(_AFTER_SPACED_THOUSANDS.match(text, end)) and not _BEFORE_SPACED_THOUSANDS.search(
        text, max(0, start - 12), start
    )


_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
# "more than 2000 patients", "of 1916 total recipients", "1999 evaluable subjects": a year-like
# number that the people or trials it counts follow is a count...
_COUNTED_AFTER_YEARLIKE = re.compile(
    r"[^\S\r\n]+(?:(?:total|evaluable|eligible|adult|pediatric|paediatric|treated|infused|enrolled|consecutive"
    r"|unique|new|additional|cancer|lymphoma|leukemia|leukaemia|myeloma|CAR-?T|(?-i:[A-Z]{2,}[\w-]*))[^\S\r\n]+){0,3}?"
    r"(?:patients|recipients|participants|subjects|people|individuals|children|adults|cases|trials|studies"
    r"|infusions)\b",
    re.IGNORECASE,
)
# ...unless a date's words stand before it ("In 2019 patients gained access", "Since 2018 patients
# have been treated", "between 2017 and 2020 patients", "by the end of 2019 patients")
_DATE_BEFORE_YEARLIKE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|to|through|during|before|after|between|and|year|FY|fiscal|mid"
    r"|early|late|(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|quarter|class|course)\s+of)"
    r"|[-–/]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?(?:\s+\d{1,2},?)?)\s*$",
    re.IGNORECASE,
)
# a bare "hundred" or "dozen" after these is a vague amount ("several hundred thousand dollars")
_VAGUE_MANY_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some)\s+$", re.IGNORECASE)
# "US$300k-500k": a dash after a scaled amount opens a range ("IL-6", "CAR-T19" name things)
_SCALED_BEFORE_DASH = re.compile(r"\d[kKmM]-$")


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # matched only before a million, a "%" or a duration


def _scan_atoms(text: str, occupied: _Occupied, scanned: multiscan.Found | None = None) -> list[_Atom]:
    atoms: list[_Atom] = []
    for match in _matches(_ATOM_RE, text, scanned):
        start, num_start = match.start(), match.start("num")
        end = match.end()
        if occupied.overlaps(num_start, match.end("num")) or (atoms and num_start < atoms[-1].end):
            continue  # (the second, overlapping: the thousands of "$373 000")
        prev = text[start - 1] if start > 0 else ""
        if (
            prev
            and (
                prev.isalnum()
                or prev in "_."
                or (prev == "/" and text[start - 2 : start - 1] != "%")  # "97%/82%" is two figures
                # "00:39:50 Studies of …", "randomised 2:1": the tail of a clock time or a ratio
                or (prev == ":" and start > 1 and text[start - 2].isdigit())
                or (
                    prev == "-"
                    and start > 1
                    and text[start - 2].isalpha()
                    and not _SCALED_BEFORE_DASH.search(text, max(0, start - 3), start)
                    # "approved in mid-2018": a year, not a name's tail ("IL-6", "CAR-T19")
                    and not (
                        text[max(0, start - 4) : start - 1].lower() == "mid"
                        and not text[max(0, start - 5) : max(0, start - 4)].isalpha()
                        and _YEAR_NUMBER.fullmatch(match.group("num"))
                    )
                )
            )
        ):
            if not match.group("cur"):
                continue
        num_text = match.group("num")
        value = (
            float(num_text.replace(",", "."))
            if _DECIMAL_COMMA.fullmatch(num_text)
            else parse_number(num_text)
        )
        if value is None:
            continue
        word = _is_word_number(num_text)
        if (
            word
            and num_text.lower() in ("hundred", "dozen")
            and _VAGUE_MANY_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue  # "several hundred thousand dollars", "a few dozen patients": no figure
        cur = match.group("cur")
        if end == match.end("num") and num_text.isdigit() and len(num_text) <= 3:
            # "$373 000", "€320 000", "99 101 USD": thousands set apart by a (thin) space
            grouped = _SPACE_THOUSANDS.match(text, end)
            if grouped and (
                cur
                or _CUR_POST_RE.match(text[grouped.end() : grouped.end() + 40])
                or _spaced_thousands(text, start, grouped.end())
            ):
                value = float(num_text + _NOT_DIGIT.sub("", grouped.group(0)))
                end = grouped.end()
        cur_key = _SPACES.sub("", cur.lower()) if cur else ""
        currency = CURRENCY_PREFIXES.get(cur_key) if cur else None
        mult_text = (match.group("mult") or "").strip().lstrip("-").lower()
        mult = MULTIPLIERS.get(mult_text) if mult_text else None
        if (
            mult_text in ("l", "cr")
            and currency != "INR"
            and not _RUPEE_RANGE_OPEN_RE.search(text, max(0, start - 20), start)
        ):
            end = match.end("num")  # an "L" or "Cr" after anything but rupees is no multiplier
            mult, mult_text = None, ""
        if mult_text in ("k", "m", "b", "mm") and not currency:
            # a bare K/M after a number is only a multiplier on money ("$60K", "$1.2M"), or on
            # the second end of a money range ("US$300-400K")
            rest = text[match.end("num") :]
            post = _CUR_POST_RE.match(rest[len(match.group("mult")) :]) if match.group("mult") else None
            if not post and not _MONEY_RANGE_OPEN_RE.search(text[max(0, start - 20) : start]):
                end = match.end("num")
                mult, mult_text = None, ""
        plus = not match.group("pct") and text[end : end + 1] == "+" and not text[end + 1 : end + 2].isdigit()
        if plus:
            end += 1
        elif text[end : end + 5].lower() == "-plus" and not text[end + 5 : end + 6].isalnum():
            plus, end = True, end + 5  # "a pipeline of 50-plus patients"
        tail = text[end : end + 40]
        if match.group("pct"):
            kind, unit = "percent", "%"
        else:
            post = _CUR_POST_RE.match(tail)
            post_mult = _POST_MULT_RE.match(tail) if mult is None else None
            if post_mult and not post:
                mult = MULTIPLIERS[post_mult.group("mult").lower()]
                end += post_mult.end()
                tail = text[end : end + 40]
                post = _CUR_POST_RE.match(tail)
            if post:
                currency = _post_currency(post) or currency
                if currency == "USD" and cur and cur_key not in ("$", "us$", "usd"):
                    currency = CURRENCY_PREFIXES[cur_key]
                if "million" in post.group(0).lower():
                    mult = 1e6
                elif "billion" in post.group(0).lower():
                    mult = 1e9
                end += post.end()
            if currency:
                kind, unit = "money", currency
                if mult is None and _DOT_THOUSANDS.fullmatch(num_text):
                    value = float(num_text.replace(".", ""))  # "€ 320.000": no money has three decimals
            elif d := _DURATION_RE.match(tail):
                kind, unit = "duration", _duration_unit(d.group("unit"))
                end += d.end()
                if d.group("unit").lower().rstrip(".") in (
                    "month",
                    "year",
                    "mo",
                    "mth",
                    "yr",
                ) and _ENDPOINT_AFTER_BARE_UNIT.match(text, end):
                    kind = "timepoint"  # "the 12 month PFS rate", "2 year OS was 60%": a time point
                elif _BRACKETED_LABEL_BEFORE.search(
                    text, max(0, start - 8), start
                ) and _BRACKETED_LABEL_AFTER.match(text, end):
                    kind = "timepoint"  # "PFS (12 mo): 44%": the time point of the figure after the label
            elif (
                tail[:1] == "m"
                and _GLUED_MONTHS_RE.match(tail)
                and _SURVIVAL_BEFORE_GLUED_M.search(text, max(0, start - GLUED_M_REACH), start)
            ):
                kind, unit = "duration", "months"  # "PFS was 20m", "an OS rate of 63% at 24m"
                end += 1
                if _ENDPOINT_AFTER_BARE_UNIT.match(text, end):
                    kind = "timepoint"  # "the 12m PFS was 58%"
            elif t := _TIMEPOINT_ADJ_RE.match(tail):
                kind, unit = "timepoint", _duration_unit(t.group("unit"))
                end += t.end()
                if _MEDIAN_AFTER_ADJ.match(text, end) and not _NOT_REACHED_AFTER.match(text, end):
                    kind = "duration"  # "a 30.2-month median PFS": the median's value, no time point
            elif f := _FACTOR_RE.match(tail):
                kind, unit = "factor", "x"
                end += f.end()
            elif (
                not word
                and mult is None
                and _YEAR_NUMBER.fullmatch(num_text)
                and not (
                    _COUNTED_AFTER_YEARLIKE.match(text, end)
                    and not _DATE_BEFORE_YEARLIKE.search(text, max(0, start - 24), start)
                )
            ):
                kind, unit = "year", "date"
            else:
                kind, unit = "number", "count"
        following = text[end : end + 1]
        if kind in ("number", "year") and following and (following.isalnum() or following == "_"):
            continue
        if kind == "number" and following == "." and text[end + 1 : end + 2].isdigit():
            continue
        atoms.append(
            _Atom(start, end, value, word, kind, unit, mult, explicit_mult=mult is not None, plus=plus)
        )
    return atoms


def _duration_unit(raw: str) -> str:
    raw = raw.lower()
    if raw.startswith(("mo", "mth")):  # "12 mo", "18 mths" (British abstracts)
        return "months"
    if raw.startswith("y"):
        return "years"
    if raw.startswith("w"):
        return "weeks"
    return "days"


def _scaled(atom: _Atom, mult: float | None) -> float:
    return atom.value * mult if mult else atom.value


def _fmt(value: float) -> float:
    rounded = round(value, 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded


_VERSUS_JOIN = re.compile(r"\s*(?:vs\.?|versus)\s*", re.IGNORECASE)
# a number that labels what it follows ("in cohort 1 versus 4.3%", "phase 2 vs 40%"): no side of a
# comparison of figures
_LABEL_WORD_BEFORE = re.compile(
    r"\b(?:cohorts?|arms?|phases?|grades?|days?|stages?|cycles?|levels?|parts?|groups?|weeks?|lines?)\s*$",
    re.IGNORECASE,
)


# "44, 27, and 12 percent", "13, 2 and 1% of patients", "52 and 40%": bare numbers listed before a
# percentage share its unit (the joins between them, and the last one before the percentage)
_LIST_COMMA_RE = re.compile(r"\s*,\s*")
_LIST_LAST_JOIN_RE = re.compile(r"\s*,?\s+and\s+", re.IGNORECASE)  # ("5 or 50%" is one figure twice)
_LIST_JOIN_ANY_RE = re.compile(r"\s*,?\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_PAIR_JOIN_RE = re.compile(r"\s+and\s+", re.IGNORECASE)  # two: "52 and 40%", not "days 0 and 1, and 80%"
# ... but not the end of a count's denominator ("3 of 10 and 40%") or of a range ("between 30 and 40%")
_NOT_A_LIST_OPENER = re.compile(r"(?:\bof|\bbetween|=)\s*$", re.IGNORECASE)


def _share_listed_unit(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """The atoms, the bare numbers listed before a percentage taking its unit."""
    out = list(atoms)
    for j in range(1, len(out)):
        last = out[j]
        if last.kind != "percent":
            continue
        first = j
        while first > 0:
            a = out[first - 1]
            if a.kind != "number" or a.word or a.mult is not None or a.value > 100:
                break
            join_re = _LIST_LAST_JOIN_RE if first == j else _LIST_COMMA_RE
            if not join_re.fullmatch(text, a.end, out[first].start):
                break
            first -= 1
        if first == j or (first == j - 1 and not _PAIR_JOIN_RE.fullmatch(text, out[first].end, last.start)):
            continue
        if (
            first > 0
            and out[first - 1].kind == "number"
            and _LIST_JOIN_ANY_RE.fullmatch(text, out[first - 1].end, out[first].start)
        ):
            continue  # "on days 0 and 1 and 80%": a list the percentage does not end
        opener = out[first].start
        if _NOT_A_LIST_OPENER.search(text, max(0, opener - 12), opener) or _LABEL_WORD_BEFORE.search(
            text, max(0, opener - 16), opener
        ):
            continue
        for i in range(first, j):
            a = out[i]
            out[i] = _Atom(a.start, a.end, a.value, a.word, "percent", last.unit)
    return out


def _combine(text: str, atoms: list[_Atom]) -> list[Mention]:
    """Join atoms into ranges, attach hedges and build Mentions."""
    mentions: list[Mention] = []
    atoms = _share_listed_unit(text, atoms)
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            b is not None
            and a.kind == "number"
            and not a.word
            and a.mult is None
            and b.kind in ("duration", "percent")
            and _VERSUS_JOIN.fullmatch(text, a.end, b.start)
            and not _LABEL_WORD_BEFORE.search(text, max(0, a.start - 16), a.start)
        ):
            # "11.3 vs 2.3 months", "73 versus 44%": one unit for both sides of a comparison
            a = _Atom(a.start, a.end, a.value, a.word, b.kind, b.unit)
        range_pair = None
        if b is not None and a.kind not in ("year", "timepoint") and b.kind != "year":
            join = _RANGE_JOIN_RE.match(text[a.end : b.start])
            if join:
                sep = join.group("sep").lower()
                opener = _RANGE_OPENER_RE.search(text[max(0, a.start - 12) : a.start])
                ok = sep != "and" or bool(opener and opener.group(0).lower().startswith("between"))
                if join.group("label") and not (
                    opener and opener.group(0).lower().startswith(("from", "between"))
                ):
                    ok = False  # "$475,000 (Kymriah) to …" without "from": two figures, each labelled
                if opener and opener.group(0).lower().startswith("from"):
                    from_start = a.start - len(opener.group(0))
                    if _states_a_change(text, from_start):
                        ok = False  # "rose from 40% to 54%": two figures
                        if a.kind == "number" and b.kind in ("percent", "duration", "money") and sep != "and":
                            # "increased from 48 to 54 percent": the first takes the second's unit
                            mult = a.mult if a.explicit_mult else b.mult
                            a = _Atom(a.start, a.end, a.value, a.word, b.kind, b.unit, mult, a.explicit_mult)
                if (
                    opener is None
                    and a.kind == "money"
                    and b.value * (b.mult or 1) >= 3 * a.value * (a.mult or 1)
                    and _states_a_change(text, a.start)
                    and _BY_OPENER_RE.search(text, max(0, a.start - 24), a.start)
                ):
                    ok = False  # "rose by about $25,000 to $399,000": the change, then the new price
                if sep == "-" and (a.word or b.word):
                    ok = False
                if sep == "or" and not (
                    a.kind == "number" and b.kind in ("money", "percent") and not join.group("label")
                ):
                    ok = False  # "5 or 50%" is one figure twice; "50,000 or 60,000 euros" is one guess
                if a.kind == "timepoint":
                    ok = False
                if (
                    a.kind == "number"
                    and b.kind != "number"
                    and _LABEL_NUMBER_BEFORE.search(text, max(0, a.start - 12), a.start)
                ):
                    ok = False  # "from 40% at month 1 to 60% at month 3": a label's number opens no range
                # "CNY 350,000–450,000": the second number takes the first one's currency
                if a.kind == "money" and b.kind == "number" and not b.word:
                    b = _Atom(b.start, b.end, b.value, b.word, "money", a.unit, b.mult, b.explicit_mult)
                kinds_ok = a.kind == b.kind or a.kind == "number"
                if ok and kinds_ok and (a.unit == b.unit or a.kind == "number"):
                    # "1.2-1.5 million", "$300-400K": the low end takes the high end's multiplier;
                    # but not a sum written out ("$500,000 to over $1 million")
                    mult_a = a.mult if a.explicit_mult or a.value >= 1000 else b.mult
                    low, high = _scaled(a, mult_a), _scaled(b, b.mult)
                    if low > high and sep in ("-", "–", "—", "‑", "‐", "−") and high > 0:
                        low, high = high, low  # "96-74%": a range written from its top
                    if low < high and (sep != "or" or high <= 2 * low):
                        range_pair = (a, b, low, high, join.group("hedge").strip() or None)
        if range_pair:
            a, b, low, high, _inner = range_pair
            mentions.append(_finish(text, a.start, b.end, b.kind, b.unit, low, high, is_range=True))
            i += 2
            continue
        value = _scaled(a, a.mult)
        if a.kind == "year":
            mentions.append(
                Mention(a.start, a.end, "year", None, None, "eq", "date", date=text[a.start : a.end])
            )
        elif a.kind == "timepoint":
            mentions.append(Mention(a.start, a.end, "timepoint", value, value, "eq", a.unit))
        else:
            mentions.append(
                _finish(text, a.start, a.end, a.kind, a.unit, value, value, is_range=False, plus=a.plus)
            )
        i += 1
    return mentions


def _finish(
    text: str,
    start: int,
    end: int,
    kind: str,
    unit: str,
    low: float,
    high: float,
    *,
    is_range: bool,
    plus: bool = False,
) -> Mention:
    """Attach the hedges around an expression and set its bound (section 3 table)."""
    window = text[max(0, start - 40) : start]
    pre = _PRE_HEDGE_RE.search(window) if _may_end_with_hedge(window) else None
    if pre is None and (before_article := _before_article(window)) is not None:
        # "about an 80% overall response rate", "nearly a $400,000 price tag": the hedge before
        # the article is the figure's
        pre = _PRE_HEDGE_RE.search(before_article) if _may_end_with_hedge(before_article) else None
    pre_text = pre.group(0).strip() if pre else None
    pre_start = start - (len(window) - pre.start()) if pre else start
    # "prices beyond the $1m mark", "costs crossed the 500,000 yuan mark": above the figure
    mark = (
        _PAST_THE_BEFORE.search(window)
        if pre is None and not is_range and _MARK_AFTER.match(text, end)
        else None
    )
    if mark is not None:
        pre_text, pre_start = mark.group(0).strip(), start - (len(window) - mark.start())
    post = None if plus else _POST_HEDGE_RE.match(text[end : end + 20])
    post_text = "+" if plus else (post.group(0).strip() if post else None)
    opener = _RANGE_OPENER_RE.search(text[max(0, pre_start - 12) : pre_start]) if is_range else None

    if is_range:
        bound = "range"
        approx = _has_approx(pre_text)
        hedge = pre_text if approx else None
        span_start = pre_start if approx else start
        if opener and opener.group(0).lower().startswith("between"):
            span_start = pre_start - len(opener.group(0))
        span_end = end
        post_bound = POST_HEDGE_BOUNDS.get(re.sub(r"\s+", " ", post_text.lower())) if post_text else None
        if post_bound in ("ge", "le") and post_text != "+":  # "₹3–4 crore or more": open above its low end
            hedge = " ".join(p for p in (hedge, post_text) if p)
            span_end = end + post.end()  # type: ignore[union-attr]
            if post_bound == "ge":
                return Mention(span_start, span_end, kind, _fmt(low), None, "ge", unit, hedge, approx)
            return Mention(span_start, span_end, kind, None, _fmt(high), "le", unit, hedge, approx)
        return Mention(span_start, span_end, kind, _fmt(low), _fmt(high), bound, unit, hedge, approx)

    pre_bound = "gt" if mark is not None else _bound_of(pre_text)
    post_bound = POST_HEDGE_BOUNDS.get(re.sub(r"\s+", " ", post_text.lower())) if post_text else None
    approx = _has_approx(pre_text)
    bound = post_bound or pre_bound or "eq"
    if bound == "approx":
        approx = True
    hedge_parts = [p for p in (pre_text if (pre_bound or approx) else None, post_text) if p]
    hedge = " ".join(hedge_parts) if hedge_parts else None
    span_start = pre_start if (pre_bound or approx) else start
    span_end = end + (post.end() if post else 0)
    if bound in ("gt", "ge"):
        lo, hi = low, None
    elif bound in ("lt", "le"):
        lo, hi = None, high
    else:
        lo, hi = low, high
    return Mention(
        span_start,
        span_end,
        kind,
        _fmt(lo) if lo is not None else None,
        _fmt(hi) if hi is not None else None,
        bound,
        unit,
        hedge,
        approx,
    )


# The number of a label ("month 1", "grade 3", "cohort 2"), not a quantity that could open a range.
_LABEL_NUMBER_BEFORE = re.compile(
    r"\b(?:month|day|week|year|cycle|grade|stage|phase|cohort|arm|level|line|dose|part|group)\s*$",
    re.IGNORECASE,
)
_SPREAD_BEFORE = re.compile(r"(?:±|\+/-|\+/−|\+-)\s*$")
# "She is one of seven people who have been treated", "he was one of only 12 patients to receive
# it": the "one" is the subject, and the number after "of" is the size of the group it belongs to
# (a count), not the denominator of a share.
_MEMBER_OF_GROUP_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|became|becomes|become|as)\s+(?:(?:only|just|now|also)\s+)?$",
    re.IGNORECASE,
)


_SCAN_RES = (
    _CI_RE,
    _CI_LEVEL_RE,
    *_DATE_RES,
    _DAY_OF_MONTH_RE,
    _FRACTION_PCT_RE,
    _FRACTION_SPACED_PCT_RE,
    _SLASH_FRACTION_PCT_RE,
    _COUNT_PCT_OF_RE,
    _SLASH_FRACTION_RE,
    _PCT_FRACTION_RE,
    _PCT_OF_PEOPLE_FRACTION_RE,
    _PCT_N_FRACTION_RE,
    _N_SLASH_FRACTION_RE,
    _COUNT_PCT_RE,
    _FRACTION_RE,
    _IN_RATIO_RE,
    _HALF_A_RE,
    _DOLLAR_ADJECTIVE_RE,
    _WORD_FRACTION_RE,
    _BY_SHARE_RE,
    _INVERSE_RE,
    _FACTOR_OF_RE,
    _ATOM_RE,
)


def scan_patterns() -> tuple[re.Pattern[str], ...]:
    """The scanner's patterns (what `scan` needs from a document's `multiscan` pass)."""
    return _SCAN_RES


@lru_cache(maxsize=1)
def _scan_set() -> multiscan.PatternSet:
    return multiscan.PatternSet(_SCAN_RES)


def _matches(regex: re.Pattern[str], text: str, scanned: multiscan.Found | None) -> Iterator[re.Match[str]]:
    return regex.finditer(text) if scanned is None else scanned.finditer(regex)


def _stated_shares(
    text: str,
    pattern: re.Pattern[str],
    scanned: multiscan.Found | None,
    occupied: _Occupied,
    found: list[Mention],
    agrees: Callable[[float, float, float], bool] = lambda n, d, p: True,
) -> None:
    """Shares stated with their numerator and denominator ("32 of 39 patients (82.1%)",
    "38/59 (64.4%)", "64.4% (38/59)"): groups n, d and p (or p2) of `pattern`'s matches, kept
    when n is a part of d and `agrees(n, d, p)`."""
    for match in _matches(pattern, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        groups = match.groupdict()
        # (thousands a space sets apart: _FRACTION_SPACED_PCT_RE)
        n, d = parse_number(_SPACES.sub("", groups["n"])), parse_number(_SPACES.sub("", groups["d"]))
        p = parse_number(groups["p"] or groups.get("p2") or "")
        if n is None or d is None or p is None or d == 0 or n > d or not agrees(n, d, p):
            continue
        found.append(
            Mention(match.start(), match.end(), "fraction", p, p, "eq", "%", numerator=n, denominator=d)
        )
        occupied.add(match.start(), match.end())


def _add_computed_share(
    text: str, match: re.Match[str], n: float, d: float, occupied: _Occupied, found: list[Mention]
) -> None:
    """A share told as "n of d" or "n in d" with no percent stated: n/d as a percent, rounded to
    one decimal, with its hedges ("nearly nine in 10") and both numbers kept."""
    share = round(n / d * 100, 1)
    shaped = _finish(text, match.start(), match.end(), "fraction", "%", share, share, is_range=False)
    found.append(replace(shaped, numerator=n, denominator=d))
    occupied.add(shaped.start, shaped.end)


def scan(text: str, scanned: multiscan.Found | None = None) -> list[Mention]:
    """Every number expression in `text`, sorted by position, none overlapping. `scanned` is
    what a `multiscan` pass over `text` with `scan_patterns()` among its patterns reported, when
    the caller has it: a pattern is then tried only where it can match (the same matches)."""
    if scanned is None:
        scanned = _scan_set().find(text)
    occupied = _Occupied()
    found: list[Mention] = []

    for match in _matches(_CI_RE, text, scanned):
        lo, hi = parse_number(match.group("lo")), parse_number(match.group("hi"))
        ci = (lo, hi) if lo is not None and hi is not None else None  # "5.0-NE": no usable interval
        found.append(Mention(match.start(), match.end(), "ci", lo, hi, "range", "", ci=ci))
        occupied.add(match.start(), match.end())

    for match in _matches(_CI_LEVEL_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        found.append(Mention(match.start(), match.end(), "ci", None, None, "range", ""))
        occupied.add(match.start(), match.end())
        stop = _SENTENCE_STOP_RE.search(text, match.end(), match.end() + CI_LEVEL_REACH)
        end = stop.start() if stop else min(len(text), match.end() + CI_LEVEL_REACH)
        for bounds in _CI_BOUNDS_AFTER_RE.finditer(text, match.end(), end):
            start, stop_at = bounds.start("ci"), bounds.end("ci")
            if occupied.overlaps(start, stop_at):
                continue
            lo, hi = parse_number(bounds.group("lo")), parse_number(bounds.group("hi"))
            ci = (lo, hi) if lo is not None and hi is not None and lo <= hi else None
            found.append(Mention(start, stop_at, "ci", lo, hi, "range", "", ci=ci))
            occupied.add(start, stop_at)

    for pattern in _DATE_RES:
        for match in _matches(pattern, text, scanned):
            if occupied.overlaps(match.start(), match.end()):
                continue
            groups = match.groupdict()
            note = GLUED_NOTE_AFTER.match(text, match.end("y")) if pattern is _DATE_RES[0] else None
            if note is not None and note.end() == match.end():
                # "… deaths in the US in 2021.4 Idecabtagene vicleucel is …": the year, then a note
                # (a month before the year is read with it by the patterns below)
                occupied.add(match.end("y"), match.end())
                if not _MONTH_BEFORE_YEAR.search(text, max(0, match.start() - 20), match.start()):
                    found.append(
                        Mention(
                            match.start(), match.end("y"), "year", None, None, "eq", "date", date=groups["y"]
                        )
                    )
                    occupied.add(match.start(), match.end("y"))
                continue
            iso = _date_iso(groups["y"], groups.get("m") or groups.get("mon"), groups.get("d"))
            found.append(Mention(match.start(), match.end(), "date", None, None, "eq", "date", date=iso))
            occupied.add(match.start(), match.end())

    for match in _matches(_DAY_OF_MONTH_RE, text, scanned):
        # "Taipei, Nov. 3 (CNA) Patients with …": a dateline's day, no count (and no claim)
        if not occupied.overlaps(match.start("d"), match.end("d")):
            occupied.add(match.start("d"), match.end("d"))

    _stated_shares(text, _FRACTION_PCT_RE, scanned, occupied, found)
    for agreeing in (_FRACTION_SPACED_PCT_RE, _SLASH_FRACTION_PCT_RE, _COUNT_PCT_OF_RE):
        _stated_shares(
            text,
            agreeing,
            scanned,
            occupied,
            found,
            lambda n, d, p: abs(n / d * 100 - p) <= SLASH_SHARE_TOLERANCE,
        )

    for match in _matches(_PCT_N_FRACTION_RE, text, scanned):
        # "73% (n=187/256)": the share is the claim's span; its n and d are kept, and the
        # bracket is no claim of its own
        if occupied.overlaps(match.start(), match.end()):
            continue
        n, d = parse_number(match.group("n")), parse_number(match.group("d"))
        p = parse_number(match.group("p"))
        if n is None or d is None or p is None or d == 0 or n > d:
            continue
        if abs(n / d * 100 - p) > SLASH_SHARE_TOLERANCE:
            continue
        shaped = _finish(text, match.start(), match.end("pw"), "percent", "%", p, p, is_range=False)
        found.append(replace(shaped, kind="fraction", numerator=n, denominator=d))
        occupied.add(min(shaped.start, match.start()), match.end())
    for match in (
        *_matches(_SLASH_FRACTION_RE, text, scanned),
        *_matches(_N_SLASH_FRACTION_RE, text, scanned),
    ):
        if occupied.overlaps(match.start(), match.end()):
            continue
        n, d = parse_number(match.group("n")), parse_number(match.group("d"))
        if n is None or d is None or d < 2 or n > d:
            continue
        share = round(n / d * 100, 1)
        found.append(
            Mention(
                match.start(), match.end(), "fraction", share, share, "eq", "%", numerator=n, denominator=d
            )
        )
        occupied.add(match.start(), match.end())

    _stated_shares(text, _PCT_FRACTION_RE, scanned, occupied, found, lambda n, d, p: p <= 100)
    _stated_shares(
        text,
        _PCT_OF_PEOPLE_FRACTION_RE,
        scanned,
        occupied,
        found,
        lambda n, d, p: abs(n / d * 100 - p) <= SLASH_SHARE_TOLERANCE,
    )

    for match in _matches(_COUNT_PCT_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        if _GRADE_RIGHT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "predominantly grade ≤2 (77.2%)": the number is a grade, the share stands alone
        n, p = parse_number(match.group("n")), parse_number(match.group("p"))
        if n is None or p is None or p > 100 or YEAR_LIKE.fullmatch(match.group("n")):
            continue
        found.append(Mention(match.start(), match.end(), "fraction", p, p, "eq", "%", numerator=n))
        occupied.add(match.start(), match.end())

    for match in _matches(_FRACTION_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        n, d = parse_number(match.group("n")), parse_number(match.group("d") or match.group("dw"))
        if n is None or d is None or d == 0 or n > d:
            continue
        if n == 1 and _MEMBER_OF_GROUP_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue
        _add_computed_share(text, match, n, d, occupied, found)
        if match.group("dh"):
            # "22 of more than 27,000": under the share the counts give; "8 of about 400": near it
            more = match.group("dh").lower().startswith(("more", "over"))
            shaped = found[-1]
            found[-1] = (
                replace(shaped, low=None, bound="lt")
                if more
                else replace(shaped, bound="approx", approx=True)
            )

    for match in _matches(_IN_RATIO_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        if _LABEL_NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "grade 3 in 10 patients"
        n, d = parse_number(match.group("n")), parse_number(match.group("d"))
        if n is None or d is None or d < 2 or n >= d or YEAR_LIKE.fullmatch(match.group("d")):
            continue
        if round(n / d * 100, 1) == 0:
            occupied.add(match.start(), match.end())  # nor is its denominator a cohort
            continue  # "1 in 100,000": a share too small for one decimal of a percent
        _add_computed_share(text, match, n, d, occupied, found)

    for match in _matches(_HALF_A_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        value = _HALF_A[match.group("part").lower().split()[-1]] * MULTIPLIERS[match.group("mult").lower()]
        post = _CUR_POST_RE.match(text[match.end() : match.end() + 40])
        if post is None:
            continue  # "half a million patients" is no amount this scanner needs
        currency = _post_currency(post)
        if currency is None:
            continue
        end = match.end() + post.end()
        shaped = _finish(text, match.start(), end, "money", currency, value, value, is_range=False)
        found.append(shaped)
        occupied.add(shaped.start, shaped.end)

    for match in _matches(_DOLLAR_ADJECTIVE_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        part = match.group("part")
        value = (_HALF_A[part.lower()] if part else 1.0) * MULTIPLIERS[match.group("mult").lower()]
        found.append(_finish(text, match.start(), match.end(), "money", "USD", value, value, is_range=False))
        occupied.add(match.start(), match.end())

    for match in _matches(_WORD_FRACTION_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        share = WORD_FRACTIONS[re.sub(r"\s+", " ", match.group("w").lower())]
        counted = None
        if match.group("counted") and 0 < int(match.group("num")) <= int(match.group("den")):
            numerator, denominator = float(match.group("num")), float(match.group("den"))
            share, counted = round(numerator / denominator * 100, 1), (numerator, denominator)
        shaped = _finish(text, match.start(), match.end(), "fraction", "%", share, share, is_range=False)
        if counted is not None:
            shaped = with_value(shaped, numerator=counted[0], denominator=counted[1])
        found.append(shaped)
        occupied.add(match.start(), match.end())

    for match in _matches(_BY_SHARE_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        group = "w" if match.group("w") else "w2" if match.group("w2") else "w3"
        word = re.sub(r"[\s-]+", " ", match.group(group).lower())
        share = WORD_FRACTIONS.get(word) or WORD_FRACTIONS.get(word.replace(" ", "-"), 50.0)
        start = match.start(group)
        found.append(_finish(text, start, match.end(), "percent", "%", share, share, is_range=False))
        occupied.add(start, match.end())

    for match in _matches(_INVERSE_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        a = float(match.group("a"))
        b = float(match.group("b")) if match.group("b") else None
        if a < 2 or (b is not None and b <= a):
            continue
        # "nearly 1/20th the cost", "about 1/6 to 1/10": the hedge before it, as for any figure
        shaped = _finish(
            text, match.start(), match.end(), "factor", "x", a, a if b is None else b, is_range=b is not None
        )
        found.append(as_saving_factor(shaped, shaped.low, shaped.high))
        occupied.add(match.start(), match.end())

    for match in _matches(_FACTOR_OF_RE, text, scanned):
        if occupied.overlaps(match.start(), match.end()):
            continue
        factor = parse_number(match.group("n"))
        if factor is None or factor < 1.5:
            continue
        found.append(_finish(text, match.start(), match.end(), "factor", "x", factor, factor, is_range=False))
        occupied.add(match.start(), match.end())

    found.extend(_with_bracketed_n(text, m) for m in _combine(text, _scan_atoms(text, occupied, scanned)))
    found.sort(key=lambda m: (m.start, m.end))
    # a hedge can widen a span into an earlier mention: keep the first of any overlap
    result: list[Mention] = []
    for mention in found:
        if _SPREAD_BEFORE.search(text, max(0, mention.start - 6), mention.start):
            continue  # "66.0% ± 6.0%": a standard error or deviation is no claim (CLAIMS.md 1)
        if result and mention.start < result[-1].end:
            if mention.kind in ("percent", "money") and result[-1].kind in (
                "year",
                "number",
                "date",
            ):
                result[-1] = mention
            continue
        if result and _converted_in_brackets(text, result[-1], mention):
            mention = _bounded_as(result[-1], mention)  # "under VND500 million (US$19,000)": also under
        result.append(mention)
    return result


# "under VND500 million (US$19,000)", "over $400,000 (€370,000)": the same sum in another currency,
# in brackets right after it, bounded as the sum it converts
_CONVERSION_OPENING = re.compile(r"\s*\(\s*(?:or\s+|about\s+|approx(?:imately|\.)?\s+|~\s*|≈\s*)?")
_ONE_SIDED = ("lt", "le", "gt", "ge")


def _converted_in_brackets(text: str, before: Mention, mention: Mention) -> bool:
    """Whether `mention` restates the money `before` in brackets right after it, with no bound of
    its own while `before` has a one-sided one."""
    return (
        before.kind == "money"
        and mention.kind == "money"
        and before.bound in _ONE_SIDED
        and mention.bound == "eq"
        and before.unit != mention.unit
        and _CONVERSION_OPENING.fullmatch(text, before.end, mention.start) is not None
    )


def _bounded_as(before: Mention, mention: Mention) -> Mention:
    value = mention.low if mention.low is not None else mention.high
    if before.bound in ("lt", "le"):
        return replace(mention, low=None, high=value, bound=before.bound)
    return replace(mention, low=value, high=None, bound=before.bound)


_SHARE_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b|pc\b)", re.IGNORECASE)


def share_decimals_text(claim_text: str) -> str | None:
    """The share as written in a claim's text ("16.2" in "Twelve patients (16.2%)")."""
    found = _SHARE_TEXT.findall(claim_text)
    return found[-1] if found else None


def implied_denominator(numerator: float, share: float, share_text: str) -> float | None:
    """The one whole number of patients that `numerator` is `share` percent of, to the precision
    the share is stated with ("Twelve patients (16.2%)": 74); None when several fit or none does.
    The claim's denominator when the text states the count and the share but not the cohort."""
    if numerator <= 0 or share <= 0 or share > 100 or numerator != int(numerator):
        return None
    decimals = len(share_text.split(".")[1]) if "." in share_text else 0
    tolerance = 0.5 * 10**-decimals + 1e-9
    low = max(int(numerator), math.floor(numerator * 100 / (share + tolerance)))
    high = math.ceil(numerator * 100 / (share - tolerance)) if share > tolerance else low
    fits = [
        d
        for d in range(low, min(high, low + 1000) + 1)
        if d and abs(numerator / d * 100 - share) <= tolerance
    ]
    return float(fits[0]) if len(fits) == 1 else None


# "CRS occurred in 90% (n = 18)": the number of patients the share counts
_BRACKETED_N_AFTER = re.compile(r"\s*[(\[]\s*[nN]\s*=\s*(?P<n>\d{1,5})\s*[)\]]")


def _with_bracketed_n(text: str, mention: Mention) -> Mention:
    if mention.kind != "percent" or mention.low is None or mention.bound != "eq":
        return mention
    found = _BRACKETED_N_AFTER.match(text, mention.end)
    if found is None:
        return mention
    return replace(mention, numerator=float(found.group("n")))


# A bound on a share of a price is the other bound on the saving it makes: "less than 1/5 of the
# US price" saves more than five times ("as low as a tenth": up to ten times).
INVERTED_BOUND = {"lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}


def as_saving_factor(mention: Mention, low: float | None, high: float | None) -> Mention:
    """`mention` as a saving factor whose bounds come from a share of a price: a one-sided bound
    (only `low` or only `high`) moves to the other side, and its direction turns."""
    if mention.bound not in INVERTED_BOUND:
        return with_value(mention, low=low, high=high)
    return with_value(mention, low=high, high=low, bound=INVERTED_BOUND[mention.bound])


def with_value(mention: Mention, **changes: object) -> Mention:
    """A copy of `mention` with some fields changed (frozen dataclass helper)."""
    return replace(mention, **changes)  # type: ignore[arg-type]


# --- units stated once, in a table's column header or row label --------------------------------

# "ORR (%)", "Median OS (months)", "Price (USD)", "Cost, RMB million", "CRS, n (%)": the unit of the
# bare numbers below or beside the label. A count with its share in brackets ("n (%)") is a fraction.
_LABEL_UNIT = re.compile(
    r"(?:\s%\s*$)|(?:[(\[]\s*|,\s*|\bin\s+)(?P<mult_pre>(?:million|thousand|万)\s+)?(?P<unit>%|percent|months?|mo\.?|years?|yrs?"
    r"|[^\s()\[\],\d]{1,10})(?:\s+(?P<mult_post>million|thousand|k|m|mn|万))?\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# (the group's size may follow: "n (%) N = 101", "n (%) (N = 389)")
_LABEL_COUNT_SHARE = re.compile(
    r"\b(?:n|no\.?)\s*[(\[]\s*%\s*[)\]](?:[,;]?\s*[(\[]?\s*[nN]\s*=\s*\d[\d,]*\s*[)\]]?)?\s*$", re.IGNORECASE
)
_CELL_COUNT_SHARE = re.compile(rf"(?P<n>\d+)\s*[(\[]\s*(?P<p>{_DIGITS})\s*%?\s*[)\]]")
_LABEL_DURATIONS = {"mo": "months", "mo.": "months", "yr": "years", "yrs": "years"}


def label_unit(label: str) -> tuple[str, str, float] | None:
    """(kind, unit, multiplier) that a column header or row label gives its bare numbers, or None:
    "ORR (%)", "Cost, US$", "Unit costs (mean values) in €"."""
    found = _LABEL_UNIT.search(label.strip())
    if found is None:
        return None
    raw = (found.group("unit") or "%").lower()
    mult_word = (found.group("mult_pre") or found.group("mult_post") or "").strip().lower()
    mult = MULTIPLIERS.get(mult_word, 1.0) if mult_word else 1.0
    if raw in ("%", "percent"):
        return ("percent", "%", 1.0) if mult == 1.0 else None
    if raw.startswith(("month", "year")) or raw in _LABEL_DURATIONS:
        unit = _LABEL_DURATIONS.get(raw) or ("months" if raw.startswith("month") else "years")
        return ("duration", unit, 1.0) if mult == 1.0 else None
    currency = CURRENCY_PREFIXES.get(raw) or CURRENCY_SUFFIXES.get(raw)
    if currency is None:
        return None
    # "(USD)" or "(RMB million)"; a bare "$" only in brackets ("Cost ($)"), not a trailing word
    return ("money", currency, mult)


def with_label_unit(text: str, mention: Mention, label: str, cell_end: int) -> Mention:
    """A bare number in a table cell, read in the unit its label states ("81" under "ORR (%)");
    `mention` unchanged when the label states none. A cell "35 (85.4)" under "n (%)" is a
    fraction: 85.4 % with numerator 35."""
    if mention.kind != "number" or mention.low is None:
        return mention
    if _LABEL_COUNT_SHARE.search(label):
        pair = _CELL_COUNT_SHARE.match(text, mention.start, cell_end)
        share = parse_number(pair.group("p")) if pair else None
        if pair is None or share is None or share > 100:
            return mention
        numerator = float(pair.group("n"))
        return replace(
            mention, end=pair.end(), kind="fraction", low=share, high=share, unit="%", numerator=numerator
        )
    unit = label_unit(label)
    if unit is None:
        return mention
    kind, code, mult = unit
    low = mention.low * mult
    high = mention.high * mult if mention.high is not None else None
    if kind == "percent" and (low > 100 or (high is not None and high > 100)):
        return mention
    return replace(
        mention, kind=kind, unit=code, low=_fmt(low), high=_fmt(high) if high is not None else None
    )
