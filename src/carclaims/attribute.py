"""Attribution: which product, indication, region and population a claim is about.

Context is taken from the claim's own sentence or cell first, then its table row and column
header, then the "… found:" line that introduces a list, then the nearest headings above.
Within one piece of context the mention bound to the number wins ("40–60% for DLBCL"), then
the nearest one before it, then the nearest after it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import process as fuzz_process

HEADINGS_CONSULTED = 2


@dataclass(frozen=True, slots=True)
class Product:
    inn: str
    aliases: tuple[str, ...]


def _load_products() -> tuple[Product, ...]:
    raw = json.loads(resources.files("carclaims").joinpath("data/products.json").read_text("utf-8"))
    return tuple(Product(item["inn"], tuple(item["aliases"])) for item in raw)


PRODUCTS: tuple[Product, ...] = _load_products()
KNOWN_INNS = frozenset(p.inn for p in PRODUCTS)

# An INN-shaped name: "…cabtagene …leucel" or a one-word "…leucel" (tisagenlecleucel).
INN_SHAPE = re.compile(
    r"\b[a-z]{3,}cabtagene\s+[a-z]{3,}leucel\b|\b[a-z]{4,}lecleucel\b", re.IGNORECASE
)

# (value, pattern, case-sensitive): longer, more specific phrases are listed first.
INDICATIONS: tuple[tuple[str, str, bool], ...] = (
    ("B-cell malignancies", r"B[- ]cell\s+lymphomas?\s+and\s+(?:certain\s+|some\s+)?leuka?emias", False),
    ("B-cell malignancies", r"B[- ]cell\s+(?:malignanc(?:y|ies)|cancers|neoplasms|blood\s+cancers)", False),
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
    ("B-NHL", r"B[- ]cell\s+(?:non[- ]Hodgkin(?:'s)?\s+)?lymphomas?|non[- ]Hodgkin(?:'s)?\s+lymphomas?", False),
    ("B-NHL", r"\bB-?NHL\b|\bNHL\b", True),
    ("MM", r"multiple\s+myeloma|\bmyeloma\b", False),
    ("MM", r"\bMM\b|\bRRMM\b", True),
    ("hematologic malignancies", r"ha?ematolog(?:ic|ical)\s+(?:malignanc(?:y|ies)|cancers?|tumou?rs)|blood\s+cancers?", False),
    ("solid tumors", r"[\w-]+\s*/\s*[\w-]+\s+cancers?\s+\(solid\s+tumou?rs?\)", False),
    ("gastric cancer", r"gastric(?:\s+or\s+gastroesophageal(?:\s+junction)?)?\s+(?:cancers?|adenocarcinomas?)|stomach\s+cancers?", False),
    ("pancreatic cancer", r"pancreatic\s+(?:cancers?|adenocarcinomas?)", False),
    ("liver cancer", r"liver\s+cancers?|hepatocellular\s+carcinomas?", False),
    ("liver cancer", r"\bHCC\b", True),
    ("solid tumors", r"solid\s+tumou?rs?|solid\s+cancers?", False),
)

# "mixed" means the text names several regions together: the claim belongs to none of them.
REGIONS: tuple[tuple[str, str, bool], ...] = (
    ("mixed", r"(?:both\s+)?China\s+and\s+(?:the\s+)?(?:US|U\.S\.|United\s+States)\b"
              r"|(?:the\s+)?(?:US|U\.S\.|United\s+States)\s+and\s+China\b", False),
    ("US/Europe", r"\bUS\s*/\s*Europe\b|\b(?:US|U\.S\.|United\s+States)\s+and\s+Europe\b"
                  r"|\bWestern\b|\bthe\s+West\b", False),
    ("US", r"\bUS\b|\bU\.S\.(?:A\.)?|\bUSA\b|United\s+States|\bAmerican?\b|\bFDA\b", True),
    ("Europe", r"\bEurope(?:an)?\b|\bEU\b|\bEMA\b|\bUK\b|United\s+Kingdom", True),
    ("China", r"\bChin(?:a|ese)\b|\bNMPA\b|\bBeijing\b|\bShanghai\b", True),
    ("global", r"\bglobal(?:ly)?\b|\bworld-?wide\b", False),
)

POPULATIONS: tuple[tuple[str, str, bool], ...] = (
    ("pediatric", r"p(?:a)?ediatric|\bchildren\b|\bchild(?:hood)?\b|\bkids\b|adolescents?|young\s+adults?", False),
    ("adult", r"\badults?\b", False),
)


def _compile(table: tuple[tuple[str, str, bool], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((value, re.compile(p, 0 if case else re.IGNORECASE)) for value, p, case in table)


_INDICATION_RES = _compile(INDICATIONS)
_REGION_RES = _compile(REGIONS)
_POPULATION_RES = _compile(POPULATIONS)
_BOUND_AFTER = re.compile(
    r"^[\s,)]*(?:\b(?:in|for|among|with|of)\b\s+)(?:(?:patients|children|adults|the|r/r|relapsed"
    r"(?:/|\s+or\s+)refractory|heavily|pre-?treated|with|chinese|\w+-?\w*)\s+){0,3}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    value: str


def _find(text: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> list[Hit]:
    hits = [Hit(m.start(), m.end(), value) for value, rx in table for m in rx.finditer(text)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


@lru_cache(maxsize=4096)
def canonical_inn(name: str) -> tuple[str, bool]:
    """(INN, known) for an INN-shaped name; close spellings of a known INN map to it."""
    lowered = re.sub(r"\s+", " ", name.lower())
    if lowered in KNOWN_INNS:
        return lowered, True
    best = fuzz_process.extractOne(lowered, KNOWN_INNS, score_cutoff=92)
    if best:
        return best[0], True
    return lowered, False


@dataclass
class DocumentHits:
    """Every product, indication, region and population mention of one document."""

    products: list[Hit]
    indications: list[Hit]
    regions: list[Hit]
    populations: list[Hit]
    unknown_products: list[str]


def document_hits(text: str, product_spans: list[tuple[int, int, str]]) -> DocumentHits:
    products = [Hit(s, e, inn) for s, e, inn in product_spans]
    unknown = []
    for match in INN_SHAPE.finditer(text):
        if any(p.start <= match.start() < p.end for p in products):
            continue
        inn, known = canonical_inn(match.group(0))
        products.append(Hit(match.start(), match.end(), inn))
        if not known:
            unknown.append(inn)
    products.sort(key=lambda h: (h.start, h.end))
    return DocumentHits(
        products=products,
        indications=_find(text, _INDICATION_RES),
        regions=_find(text, _REGION_RES),
        populations=_find(text, _POPULATION_RES),
        unknown_products=sorted(set(unknown)),
    )


def _within(hits: list[Hit], start: int, end: int) -> list[Hit]:
    return [h for h in hits if h.start >= start and h.end <= end]


def choose(
    text: str, hits: list[Hit], claim_start: int, claim_end: int, others: list[tuple[int, int]]
) -> Hit | None:
    """The hit that a number at [claim_start, claim_end) is about, among hits in its context.

    `others` are the spans of the other numbers in the same context: a hit separated from the
    claim by another number belongs to that number first.
    """
    if not hits:
        return None

    def blocked(a: int, b: int) -> bool:
        return any(a <= s and e <= b for s, e in others)

    after = [h for h in hits if h.start >= claim_end and not blocked(claim_end, h.start)]
    for hit in after:
        if _BOUND_AFTER.match(text[claim_end:hit.start]):
            return hit
    before = [h for h in hits if h.end <= claim_start and not blocked(h.end, claim_start)]
    if before:
        return before[-1]
    if after:
        return after[0]
    return min(hits, key=lambda h: min(abs(h.start - claim_end), abs(claim_start - h.end)))


def _contexts(segment: "Segment") -> list[tuple[str, int, int]]:
    """Context spans for a claim, in the order they are consulted."""
    spans: list[tuple[str, int, int]] = [("sentence", segment.start, segment.end)]
    if segment.table is not None:
        for col, (start, end) in enumerate(segment.row_cells()):
            if col != segment.col:
                spans.append(("row", start, end))
        header = segment.header_cell()
        if header:
            spans.append(("header", *header))
    if segment.intro is not None:
        spans.append(("intro", *segment.intro))
    for start, end in segment.headings[:HEADINGS_CONSULTED]:
        spans.append(("heading", start, end))
    return spans


@dataclass(frozen=True, slots=True)
class Attribution:
    product: str | None = None
    indication: str | None = None
    region: str | None = None
    population: str | None = None


def attribute(
    text: str,
    segment: "Segment",
    claim_start: int,
    claim_end: int,
    others: list[tuple[int, int]],
    hits: DocumentHits,
) -> Attribution:
    """Product, indication, region and population for one claim (see the module docstring)."""
    values: dict[str, str | None] = {}
    for field_name, doc_hits in (
        ("product", hits.products),
        ("indication", hits.indications),
        ("region", hits.regions),
        ("population", hits.populations),
    ):
        values[field_name] = None
        for where, start, end in _contexts(segment):
            local = _within(doc_hits, start, end)
            if not local:
                continue
            if where == "sentence":
                hit = choose(text, local, claim_start, claim_end, others)
            else:
                hit = local[0]
            if hit is not None:
                values[field_name] = None if hit.value == "mixed" else hit.value
                break
    return Attribution(**values)


from .layout import Segment  # noqa: E402  (type used in annotations above)
