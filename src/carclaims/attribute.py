"""Attribution: which product, indication, region and population a claim is about.

Context is taken from the claim's own sentence or cell first, then its table row and column
header, then the "… found:" line that introduces a list, then the nearest headings above.
Within one piece of context the mention bound to the number wins ("40–60% for DLBCL"), then
the nearest one before it, then the nearest after it.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from . import fastre
from .layout import Segment


@dataclass(frozen=True, slots=True)
class Product:
    inn: str
    aliases: tuple[str, ...]
    origin: str | None = None  # where its data come from when only China markets it
    studies: tuple[str, ...] = ()  # its pivotal trials: a ZUMA-5 figure is an axi-cel figure


def _load_products() -> tuple[Product, ...]:
    raw = json.loads(resources.files("carclaims").joinpath("data/products.json").read_text("utf-8"))
    return tuple(
        Product(item["inn"], tuple(item["aliases"]), item.get("origin"), tuple(item.get("studies", ())))
        for item in raw
    )


PRODUCTS: tuple[Product, ...] = _load_products()
KNOWN_INNS = frozenset(p.inn for p in PRODUCTS)
PRODUCT_ORIGIN = {p.inn: p.origin for p in PRODUCTS if p.origin}
STUDY_PRODUCT = {study.upper(): p.inn for p in PRODUCTS for study in p.studies}

# An INN-shaped name: "…cabtagene …leucel" or a one-word "…leucel" (tisagenlecleucel).
INN_SHAPE = fastre.compile(
    r"\b[a-z]{3,30}cabtagene\s+[a-z]{3,30}leucel\b|\b[a-z]{4,30}lecleucel\b", re.IGNORECASE
)

# (value, pattern, case-sensitive): longer, more specific phrases are listed first.
INDICATIONS: tuple[tuple[str, str, bool], ...] = (
    (
        "B-cell malignancies",
        r"B[- ]cell\s+lymphomas?\s+and\s+(?:certain\s+|some\s+)?leuka?emias",
        False,
    ),
    (
        "B-cell malignancies",
        r"B[- ]cell\s+(?:malignanc(?:y|ies)|cancers|neoplasms|blood\s+cancers)",
        False,
    ),
    ("LBCL", r"(?:diffuse\s+)?large\s+B[- ]cell\s+lymphomas?", False),
    ("LBCL", r"\b(?:DLBCL|LBCL)\b", True),
    ("B-ALL", r"B[- ]cell\s+(?:precursor\s+)?(?:acute\s+lymphoblastic\s+leuka?emia|ALL\b)", False),
    ("B-ALL", r"acute\s+lymphoblastic\s+leuka?emia", False),
    ("B-ALL", r"\bB-?ALL\b|(?<![-\w])ALL\b(?!-)", True),
    ("FL", r"follicular\s+lymphomas?", False),
    ("FL", r"\bFL\b", True),
    ("MCL", r"mantle[- ]cell\s+lymphomas?", False),
    ("MCL", r"\bMCL\b", True),
    ("CLL", r"chronic\s+lymphocytic\s+leuka?emia", False),
    ("CLL", r"\bCLL\b", True),
    (
        "B-NHL",
        r"B[- ]cell\s+(?:non[- ]Hodgkin(?:'s)?\s+)?lymphomas?|non[- ]Hodgkin(?:'s)?\s+lymphomas?",
        False,
    ),
    ("B-NHL", r"\bB-?NHL\b|\bNHL\b", True),
    ("MM", r"multiple\s+myeloma|\bmyeloma\b", False),
    ("MM", r"\bMM\b|\bRRMM\b", True),
    (
        "hematologic malignancies",
        r"ha?ematolog(?:ic|ical)\s+(?:malignanc(?:y|ies)|cancers?|tumou?rs)|blood\s+cancers?",
        False,
    ),
    ("solid tumors", r"\b[\w-]{2,30}\s*/\s*[\w-]{2,30}\s+cancers?\s+\(solid\s+tumou?rs?\)", False),
    (
        "gastric cancer",
        r"gastric(?:\s+or\s+gastroesophageal(?:\s+junction)?)?\s+(?:cancers?|adenocarcinomas?)|stomach\s+cancers?",
        False,
    ),
    ("pancreatic cancer", r"pancreatic\s+(?:cancers?|adenocarcinomas?)", False),
    ("liver cancer", r"liver\s+cancers?|hepatocellular\s+carcinomas?", False),
    ("liver cancer", r"\bHCC\b", True),
    ("solid tumors", r"solid\s+tumou?rs?|solid\s+cancers?", False),
)

# "mixed" means the text names several regions together: the claim belongs to none of them.
REGIONS: tuple[tuple[str, str, bool], ...] = (
    (
        "mixed",
        r"(?:both\s+)?China\s+(?:and|vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+)?"
        r"(?:US|U\.S\.|USA|United\s+States)\b"
        r"|(?:the\s+)?(?:US|U\.S\.|USA|United\s+States)\s+(?:and|vs\.?|versus)\s+China\b",
        False,
    ),
    (
        "US/Europe",
        r"\bUS\s*/\s*Europe\b|\b(?:US|U\.S\.|United\s+States)\s+and\s+Europe(?:an)?\b"
        r"|\bWestern\b|\bthe\s+West\b",
        False,
    ),
    ("US", r"\bUS\b|\bU\.S\.(?:A\.)?|\bUSA\b|United\s+States|\bAmericans?\b|\bFDA\b", True),
    (
        "Europe",
        r"\bEurope(?:an)?\b|\bEU\b|\bEMA\b|\bUK\b|United\s+Kingdom|\bBritain\b|\bBritish\b"
        r"|\bEngland\b|\bGerman(?:y)?\b|\bFrance\b|\bFrench\b|\bItal(?:y|ian)\b|\bSpain\b"
        r"|\bSpanish\b|\bNetherlands\b|\bDutch\b|\bSwitzerland\b|\bSwiss\b|\bBelgium\b"
        r"|\bAustria\b|\bSweden\b|\bDenmark\b|\bNorway\b|\bFinland\b|\bIreland\b|\bPoland\b"
        r"|\bNHS\b|\bNICE\b|European\s+Commission",
        True,
    ),
    ("China", r"\bChin(?:a|ese)\b|\bNMPA\b|\bBeijing\b|\bShanghai\b", True),
    ("global", r"\bglobal(?:ly)?\b|\bworld-?wide\b", False),
)

# Named trials and cohorts: a known list, plus the NAME-N shape of most pivotal trials.
STUDIES: tuple[tuple[str, str, bool], ...] = (
    (
        "",
        r"\b(?:ELIANA|JULIET|ENSIGN|BELINDA|ELARA|TRANSCEND(?:[- ](?:NHL|FL|CLL|WORLD)[- ]?\d*)?"
        r"|TRANSFORM|KarMMa(?:-\d+)?|CARTITUDE(?:-\d+)?|ZUMA-\d+|LEGEND-\d+|FUMANBA-\d+"
        r"|CARTIFAN-\d+|RELIANCE|FELIX|PILOT|LUMMICAR(?:-\d+)?|EPCORE|PRIMA)\b",
        True,
    ),
    (
        "",
        r"\b[A-Z][A-Za-z]{2,}[A-Z](?:-[A-Z]+)?-\d{1,3}\b(?=\s+(?:trial|study|cohort|phase))",
        True,
    ),
)

POPULATIONS: tuple[tuple[str, str, bool], ...] = (
    (
        "pediatric",
        r"p(?:a)?ediatric|\bchildren\b|\bchild(?:hood)?\b|\bkids\b|adolescents?|young\s+adults?",
        False,
    ),
    ("adult", r"\badults?\b", False),
)


def _compile(table: tuple[tuple[str, str, bool], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((value, fastre.compile(p, 0 if case else re.IGNORECASE)) for value, p, case in table)


_INDICATION_RES = _compile(INDICATIONS)
_REGION_RES = _compile(REGIONS)
_POPULATION_RES = _compile(POPULATIONS)
_STUDY_RES = _compile(STUDIES)
# Between a number and the mention it is about: "81% ORR in r/r B-ALL", "40–60% for DLBCL".
# Exemplars ("products like CNCT19", "such as Kymriah") do not bind.
_BOUND_AFTER = re.compile(
    r"^(?!.*\b(?:like|such\s+as|including|e\.g\.))[\s,)]*(?:[\w/-]+\s+){0,3}?"
    r"(?:in|for|among|with|of)\s+(?:[\w/-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A mention after these words is the other side of a comparison ("lower than US prices").
_COMPARATOR_BEFORE = re.compile(
    r"\b(?:than|vs\.?|versus|compared\s+(?:to|with)|comparable\s+(?:to|with)|relative\s+to"
    r"|similar\s+to|on\s+par\s+with)\s+(?:the\s+|those\s+(?:in|of)\s+)?$",
    re.IGNORECASE,
)
# ...and it names only the figure in parentheses right after it: "than adults (60–75%)".
_COMPARATOR_FIGURE = re.compile(r"^[\w\s'’-]{0,30}\(\s*$")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    value: str


def _find(text: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> list[Hit]:
    """Non-overlapping hits; an empty value in the table means "the matched text itself"."""
    hits = [Hit(m.start(), m.end(), value or m.group(0)) for value, rx in table for m in rx.finditer(text)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


MAX_SPELLING_EDITS = 2  # "axicabtagen ciloleucel" is a typo; "arelcabtagene" is another INN


@lru_cache(maxsize=4096)
def canonical_inn(name: str) -> tuple[str, bool]:
    """(INN, known) for an INN-shaped name; a spelling within two edits of a known INN maps to it."""
    lowered = re.sub(r"\s+", " ", name.lower())
    if lowered in KNOWN_INNS:
        return lowered, True
    for inn in sorted(KNOWN_INNS):
        if Levenshtein.distance(lowered, inn, score_cutoff=MAX_SPELLING_EDITS) <= MAX_SPELLING_EDITS:
            return inn, True
    return lowered, False


@dataclass
class DocumentHits:
    """Every product, indication, region and population mention of one document."""

    products: list[Hit]
    indications: list[Hit]
    regions: list[Hit]
    populations: list[Hit]
    studies: list[Hit]
    unknown_products: list[Hit]
    dominant_indication: str | None = None


def document_hits(text: str, product_spans: list[tuple[int, int, str]]) -> DocumentHits:
    products = [Hit(s, e, inn) for s, e, inn in sorted(product_spans)]
    known_starts = [p.start for p in products]
    reach = list(itertools.accumulate((p.end for p in products), max))  # furthest end so far
    unknown = []
    for match in INN_SHAPE.finditer(text):
        i = bisect.bisect_right(known_starts, match.start()) - 1
        if i >= 0 and match.start() < reach[i]:
            continue  # inside a name the matcher found
        start, name = match.start(), match.group(0)
        glued = next((inn for inn in KNOWN_INNS if name.lower().endswith(inn) and name.lower() != inn), None)
        if glued:  # "globallyTisagenlecleucel": words run together by an HTML-to-text step
            start, name = match.end() - len(glued), glued
        inn, known = canonical_inn(name)
        products.append(Hit(start, match.end(), inn))
        if not known:
            unknown.append(Hit(start, match.end(), inn))
    products.sort(key=lambda h: (h.start, h.end))
    indications = _find(text, _INDICATION_RES)
    return DocumentHits(
        products=products,
        indications=indications,
        regions=_find(text, _REGION_RES),
        populations=_find(text, _POPULATION_RES),
        studies=_find(text, _STUDY_RES),
        unknown_products=unknown,
        dominant_indication=_dominant(indications),
    )


DOMINANT_SHARE = 0.6  # an article "about" one disease names it in most of its mentions
DOMINANT_MIN = 3


def _dominant(hits: list[Hit]) -> str | None:
    if len(hits) < DOMINANT_MIN:
        return None
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.value] = counts.get(hit.value, 0) + 1
    value, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    return value if count / len(hits) >= DOMINANT_SHARE else None


def _within(hits: list[Hit], start: int, end: int) -> list[Hit]:
    """The hits inside [start, end); `hits` is sorted by start."""
    lo = bisect.bisect_left(hits, start, key=lambda h: h.start)
    hi = bisect.bisect_left(hits, end, key=lambda h: h.start)
    return [h for h in hits[lo:hi] if h.end <= end]


Other = tuple[int, int, str]  # span and metric of another claim in the same sentence
# "1.2 million yuan ($165,000)": the figure in parentheses restates the one before it.
_GLOSS = re.compile(r"^\s*\(\s*(?:about|approx\.?|approximately|around|roughly|~|≈|or|i\.e\.,?)?\s*$", re.I)
_CONTRAST = re.compile(r"\b(?:vs\.?|versus|than|compared|while|whereas|but)\b", re.IGNORECASE)


def _group(metric: str) -> str:
    if metric == "approval":
        return "approval"
    return "market" if metric in MARKET_METRICS else "outcome"


def choose(
    text: str,
    hits: list[Hit],
    claim: Other,
    others: list[Other],
    allow_after: bool = True,
) -> Hit | None:
    """The hit that a claim is about, among the hits of its own sentence or cell.

    In order: a hit inside the claim's span; one bound right after it ("40–60% for DLBCL");
    the nearest before it that no other figure of the same metric separates from it; the
    nearest after it; the nearest before it. A hit bound to another figure across a contrast
    ("80–90% vs 40–60% for DLBCL") or a different claim family is that figure's; a comparison
    target ("than adults") names only the figure in parentheses after it.
    """
    claim_start, claim_end, metric = claim
    for hit in hits:
        if claim_start <= hit.start and hit.end <= claim_end:
            return hit
    glossed = {
        (s, e) for s, e, m in others if m == metric and e <= claim_start and _GLOSS.match(text[e:claim_start])
    }
    same = [(s, e) for s, e, m in others if m == metric and (s, e) not in glossed]
    # only figures of the same family separate a number from its subject: a cohort size
    # between "51.8% in 59 patients with LBCL" does not
    every = [(s, e) for s, e, m in others if _group(m) == _group(metric)]

    def between(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= s and e <= b for s, e in spans)

    def comparator(hit: Hit) -> bool:
        return bool(_COMPARATOR_BEFORE.search(text[max(0, hit.start - 40) : hit.start]))

    def owned(hit: Hit) -> bool:
        for s, e, m in others:
            if claim_end <= s and e <= hit.start and _BOUND_AFTER.match(text[e : hit.start]):
                if _CONTRAST.search(text[claim_end:s]) or _group(m) != _group(metric):
                    return True
        return False

    after = [h for h in hits if h.start >= claim_end and not comparator(h) and not owned(h)]
    for hit in after:
        if not between(claim_end, hit.start, every) and _BOUND_AFTER.match(text[claim_end : hit.start]):
            return hit
    before = [h for h in hits if h.end <= claim_start]
    usable_before = [
        h for h in before if not comparator(h) or _COMPARATOR_FIGURE.match(text[h.end : claim_start])
    ]
    for hit in reversed(usable_before):
        if not between(hit.end, claim_start, same):
            return hit
    if allow_after:
        for hit in after:
            if not between(claim_end, hit.start, same):
                return hit
    return usable_before[-1] if usable_before else None


# Which contexts each field consults, by claim family (rule tables as data, see attribute()).
OUTCOME_CONTEXTS = (
    "sentence",
    "paragraph",
    "row_label",
    "row",
    "header",
    "intro",
    "lead",
    "heading",
)
LOCAL_CONTEXTS = ("sentence",)
FIELD_POLICY: dict[str, dict[str, tuple[str, ...]]] = {
    # metric group -> field -> contexts
    "outcome": {
        "product": ("sentence", "paragraph", "row_label", "intro", "lead", "heading"),
        "indication": OUTCOME_CONTEXTS,
        "region": (
            "sentence",
            "paragraph",
            "header",
            "row_label",
            "row",
            "intro",
            "lead",
            "heading",
        ),
        "population": ("sentence", "paragraph", "row_label", "intro", "lead", "heading"),
        "study": ("sentence", "paragraph", "row_label", "intro", "lead", "heading"),
    },
    "market": {  # costs, savings and counts: say nothing about products or diseases unless told
        "product": ("sentence", "paragraph"),  # "Yescarta … Its list price is $399,000"
        "indication": LOCAL_CONTEXTS,
        "region": ("sentence", "paragraph", "header", "row_label", "row", "intro", "heading"),
        "population": LOCAL_CONTEXTS,
        "study": LOCAL_CONTEXTS,
    },
    "approval": {
        "product": ("sentence", "row_label", "row"),
        "indication": ("sentence", "row"),
        "region": ("sentence", "paragraph", "header", "row", "intro", "heading"),
        "population": ("sentence",),
        "study": ("sentence",),
    },
}
MARKET_METRICS = frozenset({"cost", "cost_reduction", "trial_count", "product_count", "patient_count"})
AFTER_ALLOWED = {
    "product": False,
    "indication": True,
    "region": True,
    "population": True,
    "study": True,
}
AFTER_ALLOWED_FOR_APPROVAL = {**AFTER_ALLOWED, "product": True}  # "approval to Yescarta"


CONTEXT_WINDOW = 400  # characters either side of a claim that its sentence context spans


def _context_spans(text: str, segment: Segment, where: str, claim_start: int) -> list[tuple[int, int]]:
    if where == "sentence":  # a window of it: a 10 MB "sentence" must not cost quadratic time
        return [
            (max(segment.start, claim_start - CONTEXT_WINDOW), min(segment.end, claim_start + CONTEXT_WINDOW))
        ]
    if where == "paragraph" and segment.table is None:
        line_start = text.rfind("\n", max(0, segment.start - CONTEXT_WINDOW), segment.start) + 1
        line_start = max(line_start, segment.start - CONTEXT_WINDOW)
        return [(line_start, segment.start)] if line_start < segment.start else []
    if where == "row_label" and segment.table is not None:
        label = segment.row_label()
        return [label] if label else []
    if where == "row" and segment.table is not None:
        return [c for i, c in enumerate(segment.row_cells()) if i not in (0, segment.col)]
    if where == "header" and segment.table is not None:
        header = segment.header_cell()
        return [header] if header else []
    if where == "intro" and segment.intro is not None:
        return [segment.intro]
    if where == "lead" and segment.lead is not None:
        return [segment.lead]
    if where == "heading":
        return list(segment.headings)
    return []


@dataclass(frozen=True, slots=True)
class Attribution:
    product: str | None = None
    indication: str | None = None
    region: str | None = None
    population: str | None = None
    study: str | None = None


def attribute(
    text: str,
    segment: Segment,
    metric: str,
    claim_start: int,
    claim_end: int,
    others: list[Other],
    hits: DocumentHits,
) -> Attribution:
    """Product, indication, region and population for one claim (see the module docstring)."""
    policy = FIELD_POLICY[_group(metric)]
    values: dict[str, str | None] = {}
    for field_name, doc_hits in (
        ("product", hits.products),
        ("indication", hits.indications),
        ("region", hits.regions),
        ("population", hits.populations),
        ("study", hits.studies),
    ):
        values[field_name] = _resolve(
            text,
            segment,
            policy[field_name],
            doc_hits,
            (claim_start, claim_end, metric),
            others,
            (AFTER_ALLOWED_FOR_APPROVAL if metric == "approval" else AFTER_ALLOWED)[field_name],
            unique_in_sentence=field_name == "indication" and _group(metric) == "market",
        )
    if values["product"] is None and values["study"]:
        values["product"] = STUDY_PRODUCT.get(values["study"].upper())
    if values["region"] is None and values["product"] in PRODUCT_ORIGIN and metric != "approval":
        values["region"] = PRODUCT_ORIGIN[values["product"]]
    if values["indication"] is None and _group(metric) == "outcome":
        values["indication"] = hits.dominant_indication
    return Attribution(**values)


def _resolve(
    text: str,
    segment: Segment,
    contexts: tuple[str, ...],
    doc_hits: list[Hit],
    claim: Other,
    others: list[Other],
    allow_after: bool,
    unique_in_sentence: bool = False,
) -> str | None:
    """The first context that settles the field; a wider context must name exactly one value."""
    for where in contexts:
        for start, end in _context_spans(text, segment, where, claim[0]):
            local = _within(doc_hits, start, end)
            strong = [h for h in local if h.value != "global"]
            if where == "sentence":
                if unique_in_sentence and len({h.value for h in strong}) > 1:
                    return None
                hit = choose(text, strong, claim, others, allow_after)
                if hit is None and len(strong) < len(local):
                    hit = choose(text, [h for h in local if h.value == "global"], claim, others)
                if hit is not None:
                    return None if hit.value == "mixed" else hit.value
                continue
            values = {h.value for h in strong}
            if len(values) == 1:
                value = values.pop()
                return None if value == "mixed" else value
            if len(values) > 1:
                return None  # the wider context names several: it cannot settle this claim
    return None
