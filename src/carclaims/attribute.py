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
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from . import fastre, multiscan
from .layout import Segment
from .rules.approvals import OTHER_DRUG
from .rules.exclusions import CLAUSE_BREAK
from .rules.outcomes import COMPARATOR_ARM_AFTER, COMPARATOR_ARM_NAME


@dataclass(frozen=True, slots=True)
class Product:
    inn: str
    aliases: tuple[str, ...]
    studies: tuple[str, ...] = ()  # its pivotal trials: a ZUMA-5 figure is an axi-cel figure
    source: str = ""  # the public record (regulator notice, label, publication) it was checked against


def _load_products() -> tuple[Product, ...]:
    raw = json.loads(resources.files("carclaims").joinpath("data/products.json").read_text("utf-8"))
    products = []
    for item in raw:
        if not item.get("source"):
            raise ValueError(f"products.json: {item['inn']} names no source")
        products.append(
            Product(item["inn"], tuple(item["aliases"]), tuple(item.get("studies", ())), item["source"])
        )
    return tuple(products)


PRODUCTS: tuple[Product, ...] = _load_products()
KNOWN_INNS = frozenset(p.inn for p in PRODUCTS)
STUDY_PRODUCT = {study.upper(): p.inn for p in PRODUCTS for study in p.studies}
_CJK = fastre.compile(r"[\u3400-\u9fff]")
# Names in Chinese characters: the tokenizer does not split Chinese text into words, so these are
# found by a regex rather than the PhraseMatcher.
CJK_ALIASES = fastre.compile(
    "|".join(
        sorted(
            (re.escape(a) for p in PRODUCTS for a in p.aliases if _CJK.search(a)),
            key=len,
            reverse=True,
        )
    )
)
CJK_INN = {a: p.inn for p in PRODUCTS for a in p.aliases if _CJK.search(a)}

# An INN-shaped name: "…cabtagene …leucel" or a one-word "…leucel" (tisagenlecleucel); or the
# first word alone ("Idecabtagene demonstrated a 73% response rate"), read only as a known INN's.
INN_SHAPE = fastre.compile(
    r"\b[a-z]{3,30}cabtagene\s+[a-z]{3,30}leucel\b|\b[a-z]{4,30}lecleucel\b|\b[a-z]{3,30}cabtagene\b",
    re.IGNORECASE,
)
# Every INN_SHAPE match begins with the run of letters right before one of these stems.
_INN_STEMS = ("cabtagene", "lecleucel")
_INN_LETTER = re.compile(r"[a-z]", re.IGNORECASE)  # the letters of INN_SHAPE, case folding included
_INN_LEAD = 30  # at most this many letters before the stem


def inn_shapes(text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
    """What `INN_SHAPE.finditer(text)` yields, trying the pattern only at the start of the
    letters before each stem: a scan of every word start cost more than the rest of the
    vocabulary. `folded` is `fastre.filter_text(text)`, used when it keeps every offset."""
    if folded is None or len(folded) != len(text):
        yield from INN_SHAPE.finditer(text)
        return
    stems = sorted(at for stem in _INN_STEMS for at in _find_all(folded, stem))
    resume = 0
    for at in stems:
        start = at
        while start > 0 and at - start <= _INN_LEAD and _INN_LETTER.match(text, start - 1):
            start -= 1
        if start < resume or at - start > _INN_LEAD:
            continue
        match = INN_SHAPE.match(text, start)
        if match is not None:
            yield match
            resume = match.end()


def _find_all(text: str, literal: str) -> Iterator[int]:
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


# (value, pattern, case-sensitive): longer, more specific phrases are listed first.
INDICATIONS: tuple[tuple[str, str, bool], ...] = (
    (
        "B-cell malignancies",
        r"B[- ]cell\s+lymphomas?\s+and\s+(?:certain\s+|some\s+)?leuka?emias",
        False,
    ),
    (
        "B-cell malignancies",
        r"B[- ]cell\s+(?:(?:ha?ematologic(?:al)?|blood)\s+)?(?:malignanc(?:y|ies)|cancers|neoplasms)",
        False,
    ),
    (
        "T-ALL",
        r"T[- ]cell\s+acute\s+lymphoblastic\s+leuka?emia|T[- ](?:cell\s+)?lymphoblastic\s+lymphoma",
        False,
    ),
    ("T-ALL", r"\bT-?ALL(?:/LBL)?\b|\bT-LBL\b", True),
    ("LBCL", r"(?:diffuse\s+)?large\s+B[- ]cell\s+lymph(?:omas?)?\b", False),
    ("LBCL", r"\b(?:DLBCL|LBCL)(?:\b|(?=\d))", True),  # "LBCL2": a footnote's digits glued on
    ("B-ALL", r"B[- ]cell\s+(?:precursor\s+)?(?:acute\s+lymphoblastic\s+leuka?emia|ALL\b)", False),
    # "acute lymphocytic leukemia": the name patients' guides and US news often use
    ("B-ALL", r"acute\s+lympho(?:blastic|cytic)\s+leuka?emia", False),
    # "ALL", "r/r-ALL" (relapsed or refractory), not the "ALL" of "T-ALL"
    ("B-ALL", r"\bB-?ALL\b|(?:(?<![-\w])|(?<=[rR]/[rR]-))ALL(?:\b|(?=\d))(?!-)", True),
    ("FL", r"follicular\s+lymphomas?", False),
    ("FL", r"\bFL(?:\b|(?=\d))", True),
    ("MCL", r"mantle[- ]cell\s+lymphomas?", False),
    ("MCL", r"\bMCL\b", True),
    ("CLL", r"chronic\s+lymphocytic\s+leuka?emia", False),
    ("CLL", r"\bCLL\b(?!-?1\b)", True),  # not CLL-1, a target antigen (C-type lectin-like molecule-1)
    # small lymphocytic lymphoma: the same disease as CLL, named by where it shows ("CLL/SLL")
    ("CLL", r"small\s+lymphocytic\s+lymphomas?", False),
    ("CLL", r"\bSLL\b", True),
    (
        "B-NHL",
        r"B[- ]cell\s+(?:non[- ]Hodgkin(?:'s)?\s+)?lymphomas?|non[- ]Hodgkin(?:'s)?\s+lymphomas?"
        # B-cell lymphomas the list has no value of their own for: under B-NHL, the most specific one
        r"|marginal[- ]zone\s+(?:B[- ]cell\s+)?lymphomas?|Burkitt(?:['’]s)?\s+lymphomas?"
        r"|lymphoplasmacytic\s+lymphomas?|Waldenstr[öo]m(?:['’]s)?\s+macroglobulina?emia",
        False,
    ),
    ("B-NHL", r"\bB-?NHL\b|\bNHL\b|\b(?:MZL|SMZL|MALT\s+lymphomas?)\b", True),
    ("MM", r"multiple\s+myeloma|\bmyeloma\b", False),
    ("MM", r"\bMM(?:\b|(?=\d))|\bRRMM\b", True),
    (
        "hematologic malignancies",
        r"ha?ematolog(?:ic|ical)\s+(?:malignanc(?:y|ies)|cancers?|tumou?rs)|blood\s+cancers?",
        False,
    ),
    ("solid tumors", r"\b[\w-]{2,30}\s*/\s*[\w-]{2,30}\s+cancers?\s+\(solid\s+tumou?rs?\)", False),
    (
        "gastric cancer",
        # "gastric or gastro-oesophageal junction cancer", "gastric/GEJ adenocarcinoma"
        r"gastric(?:\s*(?:/|or|and)\s*(?:GEJ|GEJA|gastro-?o?esophageal(?:\s+junction)?))?"
        r"\s+(?:cancers?|adenocarcinomas?|carcinomas?)|stomach\s+cancers?",
        False,
    ),
    ("pancreatic cancer", r"pancreatic\s+(?:cancers?|adenocarcinomas?)", False),
    ("liver cancer", r"liver\s+cancers?|hepatocellular\s+carcinomas?", False),
    ("liver cancer", r"\bHCC\b", True),
    ("solid tumors", r"solid\s+tumou?rs?|solid\s+cancers?", False),
    (
        "solid tumors",
        r"(?:digestive(?:\s+system)?|gastrointestinal|GI)\s+(?:cancers|tumou?rs|malignancies)",
        False,
    ),
    # diseases outside the list (CAR-T for autoimmune disease): a claim about them has indication
    # null, and they stop a wider context from lending its own
    (
        "other",
        r"\b(?:systemic\s+)?lupus(?:\s+(?:erythematosus|nephritis))?\b|\b(?:idiopathic\s+inflammatory\s+)?myositis\b"
        r"|\bsystemic\s+sclerosis\b|\bscleroderma\b|\bmyasthenia\s+gravis\b|\bmultiple\s+sclerosis\b"
        r"|\bautoimmune\s+(?:diseases?|disorders?|conditions?)\b|\brheumatoid\s+arthritis\b|\bvasculitis\b"
        r"|\bneuromyelitis\s+optica\b"
        # other diseases a policy page lists beside CAR-T (a drug list, a subsidy scheme)
        r"|\bAlzheimer(?:['’]s)?(?:\s+disease)?\b|\bParkinson(?:['’]s)?(?:\s+disease)?\b|\bGaucher(?:['’]s)?\s+disease\b"
        r"|\bha?emophilia\b|\bsickle[- ]cell\s+(?:disease|ana?emia)\b|\bthalassa?emia\b|\bdiabetes\b"
        r"|\bspinal\s+muscular\s+atrophy\b|\bcystic\s+fibrosis\b",
        False,
    ),
    ("other", r"\bSLE\b|\bgMG\b", True),
    # cancers outside the list, under their covering value (CLAIMS.md 4: the most specific one the
    # list has): solid tumours by name, and blood cancers other than the B-cell ones
    (
        "solid tumors",
        r"\b(?:neuroblastomas?|glioblastomas?|gliomas?|medulloblastomas?|sarcomas?|osteosarcomas?|mesotheliomas?"
        r"|melanomas?|DIPG|diffuse\s+(?:intrinsic\s+pontine|midline)\s+gliomas?"
        r"|(?:ovarian|prostate|breast|lung|colorectal|colon|cervical|o?esophageal|renal|kidney|bladder|thyroid|brain"
        r"|head\s+and\s+neck)\s+(?:cancers?|tumou?rs?|carcinomas?)"
        r"|non[- ]small[- ]cell\s+lung\s+cancer|\bNSCLC\b)",
        False,
    ),
    (
        "hematologic malignancies",
        r"\bacute\s+myeloid\s+leuka?emia\b|\bAML\b|(?<!non-)(?<!non\s)\bHodgkin(?:'s)?\s+lymphomas?\b"
        r"|\bT[- ]cell\s+lymphomas?\b|\bmyelodysplastic\s+syndromes?\b",
        False,
    ),
    # the least specific names last: "leukaemia" alone, "blood diseases"
    (
        "hematologic malignancies",
        r"\bleuka?emias?\b|blood\s+(?:diseases|disorders|malignancies)|ha?ematologic(?:al)?\s+diseases",
        False,
    ),
)
# What a context that names several indications is about as a whole (CLAIMS.md section 4:
# "the list's covering value where there is one").
B_NHL = frozenset({"LBCL", "FL", "MCL", "B-NHL"})
B_CELL = B_NHL | {"B-ALL", "CLL", "MM", "B-cell malignancies"}
HEMATOLOGIC = B_CELL | {"T-ALL", "hematologic malignancies"}
SOLID = frozenset({"gastric cancer", "pancreatic cancer", "liver cancer", "solid tumors"})
INDICATION_COVERS: tuple[tuple[frozenset[str], str], ...] = (
    (B_NHL, "B-NHL"),
    (B_CELL, "B-cell malignancies"),
    (HEMATOLOGIC, "hematologic malignancies"),
    (SOLID, "solid tumors"),
)
REGION_COVERS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"US", "Europe", "US/Europe"}), "US/Europe"),
)


def covering(field_name: str, values: set[str]) -> str | None:
    """The one value that covers several named together, or None (LBCL + FL -> B-NHL)."""
    if len(values) < 2:
        return None
    table = {"indication": INDICATION_COVERS, "region": REGION_COVERS}.get(field_name, ())
    for members, value in table:
        if values <= members:
            return value
    return None


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
    # "US$" and "U.S. dollars" are a currency, not a place (a dollar price does not imply the US)
    (
        "US",
        r"\bUS\b(?![^\S\r\n]?\$|\s+dollars?\b)|\bU\.S\.(?:A\.)?(?!\s+dollars?\b)|\bU\.S\b(?!\.)|\bUSA\b"
        r"|United\s+States|\bFDA\b"
        # not "Latin American", nor a hospital's "Indo American" or "Indo-American"
        r"|(?<!Latin\s)(?<!South\s)(?<!North\s)(?<!Central\s)(?<!Indo\s)(?<!Indo-)\bAmericans?\b"
        r"(?!\s+(?:Society|Association|College|Academy|Journal|dollars?)\b)"
        r"|Food\s+(?:and|&)\s+Drug\s+Administration(?:\s*\(FDA\))?"  # one name, said once with its initials
        r"|(?<!Latin\s)(?<!South\s)(?<!North\s)(?<!Central\s)\bAmerica\b"
        r"|\bMedicare\b|\bMedicaid\b|\bCMS\b|\b[Ss]tateside\b"
        # "costs USD373,000 in the States"
        r"|(?<=\b[Ii]n\sthe\s)States\b"
        r"|\bNorth\s+America\b",  # a trial "in North America": the list has no closer value
        True,
    ),
    (
        "Europe",
        # (not a learned society or its congress: "the European Hematology Association (EHA) 2025
        # Congress" is where results were shown, not where the patients were)
        r"\bEurope(?:an)?\b(?!\s+(?:Hematology|Haematology|Society|Association|Congress|Conference|School"
        r"|Journal|Group\s+for))"
        r"|\bEU\b|\bE\.U\.|\bEMA\b|\bUK\b|\bU\.K\.|United\s+Kingdom|\bBritain\b|\bBritish\b"
        r"|(?<!New\s)\bEngland\b|\bGerman(?:y)?\b|\bFrance\b|\bFrench\b|\bItal(?:y|ian)\b|\bSpain\b"
        r"|\bSpanish\b|\bNetherlands\b|\bDutch\b|\bSwitzerland\b|\bSwiss\b(?!\s+francs?\b)|\bSwissmedic\b|\bBelgium\b"
        r"|\bAustria\b|\bSweden\b|\bDenmark\b|\bNorway\b|\bFinland\b|\bIreland\b|\bPoland\b"
        # (the European Commission as "EC" only where it grants: "EC approval", "the EC granted")
        r"|\bEC\b(?=\s+(?:has\s+)?(?:approval|approved|granted|authori[sz]\w*|decision|marketing)\b)"
        # ("approved by the EC on 25 May 2022")
        r"|(?<=\bby\sthe\s)EC\b|(?<=\bby\s)EC\b"
        r"|\bNHS\b|\bNICE\b|European\s+Commission|\bMHRA\b|\bScot(?:land|tish)\b|\bWales\b|\bWelsh\b"
        r"|\bPortug(?:al|uese)\b|\bGree(?:ce|k)\b|\bCzech\b|\bHungar(?:y|ian)\b|\bSwedish\b|\bDanish\b"
        r"|\bNorwegian\b|\bFinnish\b|\bIrish\b|\bBelgian\b|\bAustrian\b"
        r"|\bAEMPS\b|\bBfArM\b|\bPaul[- ]Ehrlich[- ]Institut|\bANSM\b|\bAIFA\b|\bHPRA\b",
        True,
    ),
    (
        "China",
        # (all-lowercase pages, forums and feeds write "china" too)
        r"\b[Cc]hin(?:a|ese)\b|\bCHINA\b|\bNMPA\b|National\s+Medical\s+Products\s+Administration"
        r"|\bBeijing\b|\bShanghai\b|\bGuangzhou\b|\bShenzhen\b|\bHong\s+Kong\b|\bmainland\b",
        True,
    ),
    # (not "globally marketed CAR-T therapies": other products, where they are sold)
    (
        "global",
        # (nor "hopes to expand globally": where a company means to go)
        r"(?<!expand\s)(?<!expands\s)(?<!export\s)(?<!exports\s)(?<!scale\s)"
        # (nor a publisher's name: "the company said to Yicai Global", "CGTN Global")
        r"(?<!Yicai\s)(?<!CGTN\s)(?<!Caixin\s)(?<!Times\s)"
        r"\b(?:global(?:ly)?|world-?wide)\b(?!\s+(?:marketed|approved|available|launched|commerciali[sz]ed|sold)\b)",
        False,
    ),
    # places outside the region list: a claim about them has region null, and they stop a wider
    # context from lending its region ("In India, the cost is ₹50 lakh")
    (
        "other",
        r"\bIndia(?:n|ns)?\b|\bIsrael(?:i|is)?\b|\bRussia(?:n|ns)?\b|\bMalaysia(?:n|ns)?\b|\bSingapore(?:an)?\b"
        r"|\bJapan(?:ese)?\b|\bKorea(?:n|ns)?\b|\bTaiwan(?:ese)?\b|\bThailand\b|\bThai\b|\bVietnam(?:ese)?\b"
        r"|\bIndonesia(?:n)?\b|\bPhilippines\b|\bAustralia(?:n|ns)?\b|\bCanad(?:a|ian|ians)\b|\bBrazil(?:ian)?\b"
        r"|\bMexic(?:o|an)\b|\bArgentin(?:a|e)\b|\bTurk(?:ey|ish|iye)\b|\bIran(?:ian)?\b|\bSaudi\b|\bUAE\b"
        r"|\bQatar\b|\bKuwait\b|\bBahrain\b|\bKenya\b|\bNigeria\b|\bEgypt\b|\bPakistan\b"
        r"|\bNew\s+Zealand\b|\bCDSCO\b|\bAsia(?:n)?\b|\bDubai\b|\bEmirates\b|\bColombia(?:n)?\b|\bChile(?:an)?\b"
        r"|\bPeru(?:vian)?\b|\bSouth\s+Africa(?:n)?\b|\bUkrain(?:e|ian)\b|\bKazakh(?:stan)?\b|\bCuba(?:n)?\b"
        r"|\bPMDA\b|\bTGA\b|\bANVISA\b|\bHealth\s+Canada\b|\b(?:Latin|South|Central)\s+America(?:n|ns)?\b",
        True,
    ),
)
# A price in this currency is about this region when nothing else names one (CNY -> China; the
# euro, the pound and the Swiss franc are Europe's; a dollar names no one country, CLAIMS.md 4).
CURRENCY_REGION = {"CNY": "China", "HKD": "China", "EUR": "Europe", "GBP": "Europe", "CHF": "Europe"}
# ... and a price in the currency of a country outside the region list is that country's, whatever
# the paragraph, heading or topic around it names ("the FDA approved it in 2017 … the uninsured
# cost is around 460 million won"): only its own sentence or table row can give it a region
CURRENCY_ELSEWHERE = frozenset(
    "JPY KRW INR MYR THB SGD AUD NZD CAD TWD BRL MXN RUB ILS TRY PHP VND NGN AED SAR".split()
)

# Named trials and cohorts: the product table's studies (each with its source), a known list, plus
# the NAME-N shape of most pivotal trials ("iMMagine-1", whose shape is not that, is in the table).
# (longest first, then in order: a set's order changes from process to process, and the pattern's
# text keys the Hyperscan and pattern caches)
_TABLE_STUDIES = "|".join(
    sorted({re.escape(s) for p in PRODUCTS for s in p.studies}, key=lambda s: (-len(s), s))
)
STUDIES: tuple[tuple[str, str, bool], ...] = (
    ("", rf"\b(?:{_TABLE_STUDIES})\b", True),
    (
        "",
        r"\b(?:ELIANA|JULIET|ENSIGN|BELINDA|ELARA|TRANSCEND(?:[- ](?:NHL|FL|CLL|WORLD)[- ]?\d*)?"
        r"|TRANSFORM|KarMMa(?:-\d+)?|CARTITUDE(?:-\d+)?|ZUMA-\d+|LEGEND-\d+|FUMANBA-\d+"
        r"|CARTIFAN-\d+|RELIANCE|FELIX|PILOT|LUMMICAR(?:-\d+)?|EPCORE|PRIMA)\b",
        True,
    ),
    (
        "",
        # the NAME-N shape of a trial, named as one: "ZUMA-7 trial", "phase II study (CAREMM-001)"
        r"\b[A-Z][A-Za-z]{2,}[A-Z](?:-[A-Z]+)?-\d{1,3}\b(?=\s+(?:trial|study|cohort|phase))"
        r"|(?:(?<=study\s\()|(?<=trial\s\()|(?<=studies\s\()|(?<=trials\s\())"
        r"[A-Z][A-Za-z]{2,}[A-Z](?:-[A-Z]+)?-\d{1,3}\b(?=\s*[;,)])",
        True,
    ),
)

POPULATIONS: tuple[tuple[str, str, bool], ...] = (
    (
        "pediatric",
        # (not the discipline, "Department of Pediatrics", nor who practises it: "a paediatric oncologist")
        r"p(?:a)?ediatric(?!s\b|\s+(?:lecturers?|professors?|oncologists?|ha?ematologists?|specialists?"
        r"|departments?|divisions?|facult(?:y|ies)|societ(?:y|ies)|associations?|residents?|nurses?|doctors?"
        r"|physicians?|surgeons?)\b)|\bchildren\b|\bchild(?:hood)?\b|\bkids\b|adolescents?|young\s+adults?",
        False,
    ),
    ("adult", r"\badults?\b", False),
)


# (value, compiled pattern, the literals one of which each match holds)
VocabularyTable = tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]


def _compile(table: tuple[tuple[str, str, bool], ...]) -> VocabularyTable:
    return tuple(
        (
            value,
            fastre.compile(p, flags),
            fastre.required_literals(p, flags),
        )
        for value, written, case in table
        for flags in [0 if case else re.IGNORECASE]
        for p in [fastre.at_word_start(written, flags)]  # names are whole words
    )


_INDICATION_RES = _compile(INDICATIONS)
_REGION_RES = _compile(REGIONS)
_POPULATION_RES = _compile(POPULATIONS)
_STUDY_RES = _compile(STUDIES)


def vocabulary_patterns() -> tuple[re.Pattern[str], ...]:
    """Every vocabulary pattern, and the statement of what an article is about (what
    `document_hits` needs from a document's `multiscan` pass)."""
    tables = (_INDICATION_RES, _REGION_RES, _POPULATION_RES, _STUDY_RES)
    return (*(row[1] for table in tables for row in table), _ABOUTNESS)


@lru_cache(maxsize=1)
def _vocabulary_set() -> multiscan.PatternSet:
    return multiscan.PatternSet(vocabulary_patterns())


# Between a number and the mention it is about: "81% ORR in r/r B-ALL", "40–60% for DLBCL".
# Exemplars ("products like CNCT19", "such as Kymriah") do not bind.
_BOUND_AFTER = fastre.compile(
    # (nor across a comparison: "less common with liso-cel (10%) than with axi-cel (31%)")
    r"^(?!.*\b(?:like|such\s+as|including|e\.g\.|but|while|whereas|although|however|yet|than|versus|vs)\b)"
    # ("in the EU in 2018 and in Japan in 2019": the next member of a list, with its own figure)
    r"(?!\s*,?\s*(?:and|or)\s+(?:in|for|among|with)\b)"
    # (a bracket right after the figure restates it: "US$400,000 (RM1.61 million) at minimum in")
    r"\s*(?:\([^()]{0,40}\)\s*)?[\s,)]*(?:[\w/-]+\s+){0,3}?"
    # ("$4,100 a month in order to be treated with Kymriah", "1.2 million yuan to receive Carvykti")
    r"(?:in|for|among|with|of|received|receiving|given|"
    r"(?:in\s+order\s+)?to\s+(?:be\s+treated\s+with|receive|get|access|undergo))\s+(?:[\w/-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "150 patients, 40 of them children", "… including 12 with ALL": what follows is a subset's
_SUBSET_AFTER_COUNT = fastre.compile(
    r"\b(?:including|of\s+(?:them|whom)|among\s+(?:them|whom))\b|\d\s+(?:were|are)\b", re.IGNORECASE
)
# "approved by the FDA in August 2017 and launched in Italy in 2019": the next event's place
_NEXT_EVENT = fastre.compile(
    r"\b(?:and|then|before|after|but)\s+(?:was\s+|were\s+|is\s+|has\s+been\s+|later\s+|then\s+)?"
    r"(?:approved|authori[sz]ed|launched|listed|reimbursed|covered|priced|cleared|granted|filed|submitted)\b"
)
# what joins the members of a list of names ("axi-cel (n = 173) or tisa-cel", "Kymriah, Yescarta")
_ONE_OF_A_LIST = fastre.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)")
# A mention after these words is the other side of a comparison ("lower than US prices").
_COMPARATOR_BEFORE = fastre.compile(
    r"\b(?:than|vs\.?|versus|compar(?:ed|ing)\s+(?:to|with)|comparable\s+(?:to|with)|relative\s+to"
    r"|similar\s+to|on\s+par\s+with|before|besides|other\s+than|except(?:\s+for)?|unlike"
    r"|rivals?(?:\s+to)?|(?:than|compar(?:ed|ing)\s+(?:to|with))\s+(?:\w+\s+){0,2}in"
    # "The country now surpasses the U.S. with over 300 trials": the place left behind
    r"|surpass(?:es|ed|ing)?|overtak(?:es|en|ing)|overtook|outpac(?:es|ed|ing)|outnumber(?:s|ed|ing)?"
    # "a new CAR-T competitor to Gilead's Tecartus", "will compete with Tecartus": the rival
    r"|competitors?\s+(?:to|of|for)|compet(?:e|es|ed|ing)\s+(?:with|against)|alternative\s+to"
    r"|(?:competitors?|compete|competes|competing)\s+(?:to|with|against)(?:\s+[A-Z][\w&.-]*(?:['’]s)?){1,3}"
    # "about one-fifth that in the US", "three times those of Europe": the place of comparison
    # ("about 1/3 of that in the United States", "30% of that in the US": the share in figures)
    r"|(?:halfs?|thirds?|quarters?|fourths?|fifths?|sixths?|tenths?|times|fraction|\d\s*/\s*\d{1,2}|%|percent)"
    r"\s+(?:of\s+)?th(?:at|ose)\s+(?:in|of)"
    # "a fifth of what Americans pay", "10% of what patients in the US pay"
    r"|(?:halfs?|thirds?|quarters?|fourths?|fifths?|sixths?|tenths?|fraction|percent|%)\s+of\s+what"
    r"(?:\s+(?:patients|people|hospitals|insurers)\s+in)?"
    # "far below that of the US", "similar to those in Europe", "well above that in China"
    r"|(?:below|above|under|beneath|over|exceed(?:s|ing)?|surpass(?:es|ing)?|beyond|to|with|like|as)"
    r"\s+th(?:at|ose)\s+(?:in|of)"
    # "a fraction of the treatment prices in Europe and the US", "half the cost in the US"
    r"|(?:halfs?|thirds?|quarters?|fifths?|tenths?|fraction|percent|%)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    # ("one-tenth the price of therapy in America", "only 10% of the price in the US")
    # ("a tenth of the treatment in the US": the treatment there, for its price)
    r"(?:prices?|costs?|treatment|therapy)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?(?:charged\s+)?(?:in|of)"
    # "costs half as much as in the US"
    r"|as\s+much\s+as(?:\s+(?:those|that))?\s+in"
    # "20% below the US list price", "15 per cent under German prices"
    r"|(?:%|percent|per\s+cent)\s+(?:below|under))"
    r"\s+(?:the\s+|those\s+(?:in|of)\s+)?"
    # ("40% less than Carvykti's US price": the compared product's own place)
    r"(?:(?-i:[A-Z])[\w.-]*['’]s\s+)?"
    # ...and the later members of a list it opens: "than in Europe and the US", "in Europe, the US and"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*(?:,|\s(?:and|or|&))\s+(?:the\s+)?){0,2}$",
    re.IGNORECASE,
)
COMPARATOR_REACH = 40  # characters before a mention that may make it the other side of a comparison
COMPARATOR_LIST_REACH = 60  # ...for a later member of the list the comparison opens


# The words _COMPARATOR_BEFORE can end on (before its closing white space), folded, or a list's
# joiner: a window whose last word ends with none of them, and that holds no "compet…" (whose
# rival's name may be any word), cannot match.
_COMPARATOR_LAST_WORDS = tuple(
    "than vs vs. versus to with before besides except for unlike rival rivals in of the against what"
    " and or & , surpass surpasses surpassed surpassing overtakes overtaken overtaking overtook outpaces"
    " outpaced outpacing outnumber outnumbers outnumbered outnumbering 's ’s below under".split()
)


def _after_comparator(text: str, start: int) -> bool:
    """Whether the words right before `start` make the mention there the other side of a
    comparison ("lower than US prices"), or a later member of the list one opens ("than in Europe
    and the US", read over a longer window)."""
    window = text[max(0, start - COMPARATOR_REACH) : start]
    if not _may_end_comparator(window):
        return False  # most names follow no comparison: the search tries `$` from every position
    if _COMPARATOR_BEFORE.search(window):
        return True
    if not _LIST_JOIN_END.search(window):
        return False
    return bool(_COMPARATOR_BEFORE.search(text[max(0, start - COMPARATOR_LIST_REACH) : start]))


_LIST_JOIN_END = fastre.compile(r"(?:,|\s(?:and|or|&))\s+(?:the\s+)?$", re.IGNORECASE)


def _may_end_comparator(window: str) -> bool:
    """False when `_COMPARATOR_BEFORE` cannot match `window` (see _COMPARATOR_LAST_WORDS)."""
    if not window[-1:].isspace():
        return False
    folded = fastre.fold(window)
    words = folded.rsplit(None, 1)
    return bool(words) and (words[-1].endswith(_COMPARATOR_LAST_WORDS) or "compet" in folded)


# ...and it names only the figure in parentheses right after it: "than adults (60–75%)".
# ...or the figure right after it: "versus Kymriah's $475,000", "compared with Kymriah at $475,000".
_COMPARATOR_FIGURE = fastre.compile(
    r"^[\w\s'’.-]{0,30}\(\s*(?:estimated|about|approx\.?|approximately|around|roughly|~)?\s*$"
    # ("less than Yescarta's American price of $373,000": the compared price, named)
    r"|^(?:['’]s)?\s*(?:(?:(?-i:[A-Z])[\w.-]*\s+)?(?:(?:list|launch|retail|sticker)\s+)?(?:price|cost)\s+)?"
    r"(?:at\s+|of\s+)?"
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    value: str

    def __init__(self, start: int, end: int, value: str) -> None:  # see layout.Segment
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "value", value)


_TABLE_REGEXES: dict[int, tuple[VocabularyTable, tuple[re.Pattern[str], ...]]] = {}


def _regexes_of(table: VocabularyTable) -> tuple[re.Pattern[str], ...]:
    """The patterns of a vocabulary table (kept with the table, so that its id stays its own)."""
    known = _TABLE_REGEXES.get(id(table))
    if known is None or known[0] is not table:
        known = _TABLE_REGEXES[id(table)] = (table, tuple(row[1] for row in table))
    return known[1]


def _find(
    text: str,
    table: VocabularyTable,
    lowered: str | None = None,
    scanned: multiscan.Found | None = None,
) -> list[Hit]:
    """Non-overlapping hits; an empty value in the table means "the matched text itself".
    `lowered` is `fastre.filter_text(text)`: patterns whose literals it lacks are not run;
    `scanned` what a `multiscan` pass over `text` reported: a pattern it holds is tried only
    where it can match."""
    hits: list[Hit] = []
    rows = table if scanned is None else [table[n] for n in scanned.worth_trying(_regexes_of(table))]
    for value, rx, literals in rows:
        if scanned is not None and scanned.indexed(rx):
            found = scanned.finditer(rx)
        elif fastre.may_match(literals, lowered):
            found = rx.finditer(text)
        else:
            continue
        hits.extend(Hit(m.start(), m.end(), value or m.group(0)) for m in found)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


MAX_SPELLING_EDITS = 2  # "axicabtagen ciloleucel" is a typo; "arelcabtagene" is another INN
# CAR-T INNs share the stem "-cabtagene"; what stands before it names the product ("arlo-",
# "arel-"), so two edits there make another product's name, not a misspelling of this one
INN_STEM = "cabtagen"
MAX_PREFIX_EDITS = 1


def _inn_prefix(name: str) -> str | None:
    """The product's own letters before the shared stem, or None when the name lacks the stem."""
    at = name.find(INN_STEM)
    return name[:at] if at > 0 else None


def _misspells(name: str, inn: str) -> bool:
    """Whether `name` reads as a misspelling of the known `inn`: within two edits in all and
    within one in the letters before the shared stem, when both have it."""
    if Levenshtein.distance(name, inn, score_cutoff=MAX_SPELLING_EDITS) > MAX_SPELLING_EDITS:
        return False
    own, known = _inn_prefix(name), _inn_prefix(inn)
    if own is None or known is None:
        return True
    return Levenshtein.distance(own, known, score_cutoff=MAX_PREFIX_EDITS) <= MAX_PREFIX_EDITS


# the first word of each two-word INN, alone ("idecabtagene" -> idecabtagene vicleucel), when
# no other known INN begins with it
_FIRST_WORDS = [inn.split()[0] for inn in KNOWN_INNS if " " in inn]
FIRST_WORD_INN = {
    inn.split()[0]: inn
    for inn in sorted(KNOWN_INNS)
    if " " in inn and _FIRST_WORDS.count(inn.split()[0]) == 1
}


@lru_cache(maxsize=4096)
def canonical_inn(name: str) -> tuple[str, bool]:
    """(INN, known) for an INN-shaped name; a spelling within two edits of a known INN maps to it,
    unless the edits change the product's own prefix (another INN of the same stem)."""
    lowered = re.sub(r"\s+", " ", name.lower())
    if lowered in KNOWN_INNS:
        return lowered, True
    for inn in sorted(KNOWN_INNS):
        if _misspells(lowered, inn):
            return inn, True
    return lowered, False


@dataclass
class DocumentHits:
    """Every product, indication, region and population mention of one document, and what the
    article as a whole is about (its topic: title and opening paragraph)."""

    products: list[Hit]
    indications: list[Hit]
    regions: list[Hit]
    populations: list[Hit]
    studies: list[Hit]
    unknown_products: list[Hit]
    topic: dict[str, str] = field(default_factory=dict)  # field -> the one value the topic names
    topic_end: int = 0  # where the title and opening paragraph end
    price_rows: frozenset[int] = frozenset()  # starts of the "US" labels of price lists' lines
    # id of a hit list -> (the list, the starts of its hits): kept with the list, so that the
    # id cannot be another list's
    _starts: dict[int, tuple[list[Hit], list[int]]] = field(default_factory=dict, repr=False)
    folded: str | None = None  # fastre.filter_text(text), when it keeps every offset
    # hit start -> `_after_comparator` there: each claim of a sentence asks it for the same hits
    _after: dict[int, bool] = field(default_factory=dict, repr=False)

    def after_comparator(self, text: str, start: int) -> bool:
        """`_after_comparator(text, start)`, kept per position (this document's `text`)."""
        known = self._after.get(start)
        if known is None:
            known = self._after[start] = _after_comparator(text, start)
        return known

    def within(self, field_hits: list[Hit], start: int, end: int) -> list[Hit]:
        """The hits of one of this document's lists (sorted by start) inside [start, end), by a
        bisection on plain integers: attribution asks this for every claim and context."""
        cached = self._starts.get(id(field_hits))
        if cached is None:
            cached = self._starts[id(field_hits)] = (field_hits, [h.start for h in field_hits])
        starts = cached[1]
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return [h for h in field_hits[lo:hi] if h.end <= end]

    def topic_span(self, field_name: str) -> tuple[int, int] | None:
        """The words of the title and opening (or of the line saying what the article is about)
        that name the topic's value of a field: its first mention, or the span of the names a
        covering value covers."""
        value = self.topic.get(field_name)
        if value is None:
            return None
        field_hits = dict(self.by_field())[field_name]
        opening = self.within(field_hits, 0, max(self.topic_end, TOPIC_ABOUT_CHARS))
        named = [h for h in opening if h.value == value]
        if named:
            return (named[0].start, named[0].end)
        covered = [h for h in opening if h.start < self.topic_end]
        return (covered[0].start, covered[-1].end) if covered else None

    def by_field(self) -> tuple[tuple[str, list[Hit]], ...]:
        """(field, hits) in the order attribution settles them: study first, its product after."""
        return (
            ("study", self.studies),
            ("product", self.products),
            ("indication", self.indications),
            ("region", self.regions),
            ("population", self.populations),
        )


# "US companies charge …", "American-manufactured", "a Chinese biotech": where a seller or maker
# is from says nothing about whose price or data a claim is (CLAIMS.md section 4).
_SELLER_AFTER = fastre.compile(
    r"[\s-]*(?:-?based\b|-?made\b|-?manufactured\b|-?developed\b|(?:drug|pharma(?:ceutical)?|biotech(?:nology)?"
    r"|biopharma)?\s*(?:compan(?:y|ies)|firms?|makers?|manufacturers?|developers?|drugmakers?|startups?|biotechs?"
    # ("Swiss pharma giant Novartis", "the US biopharma", "a Chinese drug major")
    r"|giants?|conglomerates?|pharmas?|biopharmas?|majors?)\b)",
    re.IGNORECASE,
)
# "due to the import of the drug from the United States", "cells shipped to the US for
# manufacturing": where a product is made or sent, which says nothing of whose price or data a claim
# is (CLAIMS.md section 4), as with a maker's home above
_IMPORTED_FROM_BEFORE = fastre.compile(
    r"\b(?:import(?:ed|s|ing)?|shipped|manufactured|made|produced)\b[^.;,]{0,40}?\b(?:from|to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Where people come from ("treated over 20 foreign patients from 12 countries, including New
# Zealand, the United Kingdom, Germany …", "patients from the US, UK and Australia travel here"):
# the opener of a list of origins, and the places that may follow it up to a hit
_COUNTRIES = (
    r"(?:(?:more\s+than|over|nearly|about|around)\s+)?(?:\d+|[a-z]+|many|several|various|other)\s+(?:other\s+)?"
    r"countries\s*,?\s*"
    r"(?:(?:including|such\s+as|like)\s+)?"
)
_ORIGIN_LIST_OPENER = fastre.compile(
    r"\b(?:(?:foreign|overseas|international)\s+(?:patients|people|visitors|families)|foreigners"
    rf"|medical\s+tourists)\s+(?:\w+\s+)?from\s+(?:{_COUNTRIES})?"
    rf"|\bfrom\s+{_COUNTRIES}",
    re.IGNORECASE,
)
_ORIGIN_LIST_SO_FAR = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
    r"(?:the\s+)?"
)
ORIGIN_LIST_REACH = 160  # characters before a place searched for the opener of a list of origins
# the folded words one of which every opener holds (a page with none of them has no such list)
_ORIGIN_WORDS = ("countries", "foreign", "overseas", "international", "tourists")


def _in_origin_list(text: str, start: int) -> bool:
    """Whether the place at `start` is one of a list of where people come from (no claim's region:
    a clinic's foreign patients are treated where the clinic is)."""
    floor = max(0, start - ORIGIN_LIST_REACH)
    for opener in _ORIGIN_LIST_OPENER.finditer(text, floor, start):
        if _ORIGIN_LIST_SO_FAR.fullmatch(text, opener.end(), start):
            return True
    return False


# A list of prices by place, a line each ("India $50,000 – $85,000" / "US $450,000" / "China
# $119,000"): the "US" that opens such a line is the row's place, not a currency's prefix
_US_PRICE_LINE = re.compile(r"^(?:US|USA|U\.S\.)(?=[^\S\r\n]*\$[^\S\r\n]?\d)", re.MULTILINE)
_PLACE_PRICE_LINE = re.compile(
    r"[^\S\r\n]*[A-Z][\w.'’-]*(?:[^\S\r\n]+[A-Z][\w.'’-]*){0,2}[^\S\r\n]*[:–—-]?[^\S\r\n]*"
    r"(?:US|S|HK|A|C|NZ)?[$€£¥₹][^\S\r\n]?\d"
)


def _price_list_rows(text: str) -> list[Hit]:
    """The "US" labels of lines in a list of prices by place: a line that opens with "US $…"
    next to a line that opens with another place and its price."""
    line_starts = [at + 1 for label in ("\nUS", "\nU.S.") for at in _find_all(text, label)]
    if text.startswith(("US", "U.S.")):
        line_starts.append(0)
    rows = []
    for line_start in sorted(line_starts):
        match = _US_PRICE_LINE.match(text, line_start)
        if match is None:
            continue
        start = match.start()
        neighbours = []
        if start > 0:
            neighbours.append((text.rfind("\n", 0, start - 1) + 1, start - 1))
        line_end = text.find("\n", start)
        if line_end >= 0:
            next_end = text.find("\n", line_end + 1)
            neighbours.append((line_end + 1, len(text) if next_end < 0 else next_end))
        if any(_PLACE_PRICE_LINE.match(text, a, b) for a, b in neighbours):
            rows.append(Hit(start, match.end(), "US"))
    return rows


# "presented at the EHA Congress in Milan, Italy", "the ICML, held June 17 to June 21 in Lugano,
# Switzerland": where a meeting took place says nothing about whose data it heard (not a press
# conference in Beijing, which is news from there)
_VENUE_BEFORE = fastre.WordFiltered(
    fastre.compile(
        r"\b(?:held|hosted|convened|tak(?:ing|es)\s+place|took\s+place|meeting|congress|(?<!press\s)conference"
        r"|symposium|exposition|sessions)\b[^.;:()]{0,60}?\bin\s+(?:(?-i:[A-Z])[\w.'’-]*,?\s+){0,3}$"
        # "the need for the patient's blood to travel to the United States", "cells are shipped to
        # New Jersey for manufacturing": where the cells go says nothing either
        r"|\b(?:cells?|blood|samples?|(?:leuk)?apheresis\s+products?)\b[^.;]{0,40}?\b(?:travel(?:s|led|ed)?"
        r"|shipped|sent|transported|flown|flies|exported)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
)
VENUE_REACH = 100  # characters before a place where the meeting it hosted may be named


# "published the first 51 cases in the Journal of Leukemia", "Annals of Hematology", "the
# Leukemia & Lymphoma journal": a journal's title names no disease of the figure
_JOURNAL_BEFORE = fastre.compile(
    r"\b(?:Journal|Annals|Archives|Reviews)\s+of\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}$"
)
_JOURNAL_AFTER = fastre.compile(r"(?:\s+(?:&|and)\s+[A-Z][\w-]*)?\s+[Jj]ournal\b")
JOURNAL_REACH = 60


# "CAR-T Therapy in China: 2026 Cost, Hospitals & Solid Tumor Breakthroughs": a title that lists the
# page's sections after a colon; a disease named in one item is that section's, not the page's topic
_TITLE_SUBJECT_LIST = fastre.compile(
    r"[^\n:]{3,100}:[^\S\n]*(?P<list>[^\n,&]{2,60}(?:,[^\n,&]{2,60})+,?[^\S\n]*(?:&|and)[^\n,&]{2,60})[^\S\n]*$",
    re.IGNORECASE,
)
TITLE_LINE_MAX = 200


def _title_subjects(text: str) -> tuple[int, int]:
    """The span of the list of sections a title names after its colon, or (0, 0)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > TITLE_LINE_MAX:
        return (0, 0)
    found = _TITLE_SUBJECT_LIST.match(text, start, end)
    return (found.start("list"), found.end("list")) if found is not None else (0, 0)


def _journal_title(text: str, hit: Hit) -> bool:
    """Whether an indication's words are (part of) a journal's title."""
    return _JOURNAL_BEFORE.search(text, max(0, hit.start - JOURNAL_REACH), hit.start) is not None or (
        text[hit.start : hit.start + 1].isupper() and _JOURNAL_AFTER.match(text, hit.end) is not None
    )


def _venue(text: str, hit: Hit, folded: str | None) -> bool:
    """Whether a place is named as where a meeting was held, or where cells are sent."""
    return _VENUE_BEFORE.search(text, folded, max(0, hit.start - VENUE_REACH), hit.start) is not None


TOPIC_MIN_PARAGRAPH = 150  # the first line this long is the opening paragraph; shorter ones are titles
TOPIC_MAX_CHARS = 2500
# "gastric cancer (GC)": the abbreviation the article defines for an indication stands for it
_ABBREVIATION = fastre.compile(r"^\s*\((?P<abbr>[A-Z][A-Za-z]{1,5})\)")


def document_hits(
    text: str,
    product_spans: list[tuple[int, int, str]],
    folded: str | None = None,
    scanned: multiscan.Found | None = None,
) -> DocumentHits:
    """Every vocabulary hit of the document; `folded` is `fastre.filter_text(text)` and
    `scanned` what a `multiscan` pass over `text` with `vocabulary_patterns()` among its
    patterns reported, if known."""
    products = [Hit(s, e, inn) for s, e, inn in sorted(product_spans)]
    products.extend(Hit(m.start(), m.end(), CJK_INN[m.group(0)]) for m in CJK_ALIASES.finditer(text))
    products.sort(key=lambda h: (h.start, h.end))
    known_starts = [p.start for p in products]
    reach = list(itertools.accumulate((p.end for p in products), max))  # furthest end so far
    unknown = []
    for match in inn_shapes(text, folded):
        i = bisect.bisect_right(known_starts, match.start()) - 1
        if i >= 0 and match.start() < reach[i]:
            continue  # inside a name the matcher found
        start, name = match.start(), match.group(0)
        glued = next((inn for inn in KNOWN_INNS if name.lower().endswith(inn) and name.lower() != inn), None)
        if glued:  # "globallyTisagenlecleucel": words run together by an HTML-to-text step
            start, name = match.end() - len(glued), glued
        if " " not in name and name.lower().endswith(INN_STEM + "e"):
            first = FIRST_WORD_INN.get(name.lower())
            if first is not None:  # "Idecabtagene" for idecabtagene vicleucel; an unknown one, nothing
                products.append(Hit(start, match.end(), first))
            continue
        inn, known = canonical_inn(name)
        products.append(Hit(start, match.end(), inn))
        if not known:
            unknown.append(Hit(start, match.end(), inn))
    products.sort(key=lambda h: (h.start, h.end))
    lowered = fastre.filter_text(text) if folded is None else folded
    if scanned is None:
        scanned = _vocabulary_set().find(text)
    subjects = _title_subjects(text)
    indications = [
        h
        for h in _with_abbreviations(text, _find(text, _INDICATION_RES, lowered, scanned))
        if not _journal_title(text, h) and not (subjects[0] <= h.start < subjects[1])
    ]
    aligned = lowered if len(lowered) == len(text) else None
    origins = any(word in lowered for word in _ORIGIN_WORDS)  # a list of origins is possible at all
    regions = [
        h
        for h in _find(text, _REGION_RES, lowered, scanned)
        if not _SELLER_AFTER.match(text, h.end)
        and not _venue(text, h, aligned)
        and not _IMPORTED_FROM_BEFORE.search(text, max(0, h.start - 60), h.start)
        and not (origins and _in_origin_list(text, h.start))
    ]
    price_rows = _price_list_rows(text)
    if price_rows:
        regions = sorted(regions + price_rows, key=lambda h: (h.start, h.end))
    hits = DocumentHits(
        products=products,
        indications=indications,
        regions=regions,
        populations=_find(text, _POPULATION_RES, lowered, scanned),
        studies=[h for h in _find(text, _STUDY_RES, lowered, scanned) if not _named_as_criterion(text, h)],
        unknown_products=unknown,
        price_rows=frozenset(h.start for h in price_rows),
    )
    hits.folded = lowered if len(lowered) == len(text) else None
    hits.topic_end = _topic_end(text)
    if any(h.value == "T-ALL" for h in hits.within(hits.indications, 0, hits.topic_end)):
        # a bare "ALL" in an article about T-ALL is T-ALL
        hits.indications = [
            Hit(h.start, h.end, "T-ALL") if text[h.start : h.end] == "ALL" else h for h in hits.indications
        ]
    hits.topic = _topic(text, hits, scanned)
    return hits


# A trial named as a yardstick of who was treated, not as where a figure comes from: "ineligible
# for ZUMA-1", "patients meeting ELIANA eligibility criteria", "ZUMA-1-like patients"
_CRITERION_BEFORE = fastre.compile(
    r"\b(?:(?:in)?eligib(?:le|ility)|met|meet(?:ing)?|fulfill?(?:ing|ed)?)\s+(?:for\s+|to\s+|the\s+)*$",
    re.IGNORECASE,
)
_CRITERION_AFTER = fastre.compile(
    r"[\s-]+(?:(?:in)?eligib(?:le|ility)|(?:entry\s+|inclusion\s+|enrol(?:l?ment)\s+)?criteria|like)\b",
    re.IGNORECASE,
)
CRITERION_REACH = 40


def _named_as_criterion(text: str, hit: Hit) -> bool:
    """Whether a study is named as a criterion of who was treated rather than as a source."""
    return (
        _CRITERION_BEFORE.search(text, max(0, hit.start - CRITERION_REACH), hit.start) is not None
        or _CRITERION_AFTER.match(text, hit.end) is not None
    )


def _with_abbreviations(text: str, hits: list[Hit]) -> list[Hit]:
    """Add the uses of abbreviations the text defines right after an indication ("(GC)")."""
    defined: dict[str, str] = {}
    for hit in hits:
        match = _ABBREVIATION.match(text[hit.end : hit.end + 10])
        if match and not any(h.start <= hit.end + match.start("abbr") < h.end for h in hits):
            defined.setdefault(match.group("abbr"), hit.value)
    if not defined:
        return hits
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in defined) + r")\b")
    taken = [(h.start, h.end) for h in hits]
    extra = [
        Hit(m.start(), m.end(), defined[m.group(0)])
        for m in pattern.finditer(text)
        if not any(s <= m.start() < e for s, e in taken)
    ]
    return sorted(hits + extra, key=lambda h: (h.start, h.end))


TOPIC_FALLBACK_CHARS = 600  # no paragraph-length line within this: the title alone is the topic


def _topic_end(text: str) -> int:
    """The end of the article's title and opening paragraph: every line up to and including the
    first one long enough to be a paragraph; a page of short lines (tables, lists) has only its
    first line, the title."""
    position, title_end = 0, None
    while position < len(text) and position < TOPIC_FALLBACK_CHARS:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if title_end is None and text[position:end].strip():
            title_end = end
        if end - position >= TOPIC_MIN_PARAGRAPH:
            return min(end, TOPIC_MAX_CHARS)
        position = end + 1
    return min(title_end if title_end is not None else len(text), TOPIC_MAX_CHARS)


ANCESTORS: dict[str, set[str]] = {}
for _members, _cover in INDICATION_COVERS:
    for _member in _members:
        if _member != _cover:
            ANCESTORS.setdefault(_member, set()).add(_cover)
# Names of a whole class of diseases, which an article about one of them uses loosely ("leukaemia-free
# survival", "the first CAR-T for solid tumours"); B-NHL or B-cell malignancies are stated on purpose.
UMBRELLA_INDICATIONS = frozenset({"hematologic malignancies", "solid tumors"})
TOPIC_DOMINANCE = 2  # the value the opening names at least twice as often as any other


# "…, especially in acute lymphoblastic leukemia (ALL) patients", "blood cancers such as myeloma":
# names given as examples of what the opening is about are not its topic (the clause since the word)
_EXAMPLE_BEFORE = fastre.WordFiltered(
    fastre.compile(
        r"\b(?:especially|particularly|notably|in\s+particular|such\s+as|e\.g\.)\b[^.;:!?]*$",
        re.IGNORECASE,
    )
)
EXAMPLE_REACH = 60  # characters from the word to the name
# "The cost of CAR-T therapy in China is 1.2 to 2 million RMB, with Yikaida priced at 1.2 million
# RMB per dose": a product named after a general figure, with a figure of its own, is an example of
# what the opening speaks of, not its topic
_EXAMPLE_WITH_WORDS = r"[^.;:!?]{0,60},\s*(?:with|including)\s+"  # from the general figure to the name
_EXAMPLE_WITH_BEFORE = fastre.compile(rf"\d{_EXAMPLE_WITH_WORDS}$", re.IGNORECASE)
_EXAMPLE_WITH = fastre.compile(_EXAMPLE_WITH_WORDS, re.IGNORECASE)
_EXAMPLE_FIGURE_AFTER = fastre.compile(
    r"[^.;:!?\d]{0,30}?\b(?:priced|costing|costs?|at|reaching|achieving)\b[^.;:!?\d]{0,12}?(?:[$€£¥₹]|\d)",
    re.IGNORECASE,
)
EXAMPLE_WITH_REACH = 80  # characters before the name searched for the general figure and "with"


def _named_example(text: str, hit: Hit) -> bool:
    """Whether a product is named as an example with a figure of its own after a general figure
    ("…, with Yikaida priced at 1.2 million RMB"): it lends itself to that figure only."""
    return (
        _EXAMPLE_WITH_BEFORE.search(text, max(0, hit.start - EXAMPLE_WITH_REACH), hit.start) is not None
        and _EXAMPLE_FIGURE_AFTER.match(text, hit.end) is not None
    )


def _topic(text: str, hits: DocumentHits, scanned: multiscan.Found | None = None) -> dict[str, str]:
    """Per field, the value the title and opening section are about (comparators left out): the
    only one named, the most specific one ("leukaemia" then "r/r B-ALL"), or the dominant one."""
    topic: dict[str, str] = {}
    for field_name, doc_hits in hits.by_field():
        counts: dict[str, int] = {}
        for h in hits.within(doc_hits, 0, hits.topic_end):
            if hits.after_comparator(text, h.start) or _EXAMPLE_BEFORE.search_window(
                text, max(0, h.start - EXAMPLE_REACH), h.start
            ):
                continue
            if field_name == "product" and _named_example(text, h):
                continue
            counts[h.value] = counts.get(h.value, 0) + 1
        for value in list(counts):
            if ANCESTORS.get(value, set()) & set(counts):
                # "leukaemia … r/r B-ALL" is about B-ALL; but "DLBCL … B-cell NHL", two names said on
                # purpose, is about what covers both
                for ancestor in ANCESTORS[value] & UMBRELLA_INDICATIONS:
                    counts[value] += counts.pop(ancestor, 0)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        chosen: str | None = None
        dominant = (
            field_name != "indication" and len(ranked) > 1 and ranked[0][1] >= TOPIC_DOMINANCE * ranked[1][1]
        )
        if len(ranked) == 1 or dominant:
            chosen = ranked[0][0]
        elif ranked:
            chosen = covering(field_name, set(counts))
        if chosen is None and field_name == "region" and len(ranked) > 1:
            chosen = _trial_site(text, hits.within(doc_hits, 0, hits.topic_end))
        if chosen is not None and chosen not in NO_VALUE:
            topic[field_name] = chosen
    _sharpen_topic(text, hits, topic, scanned)
    _sharpen_by_diagnosis(text, hits, topic)
    return topic


# "The FDA granted C-CAR039 RMAT designation. Early results from an investigator-initiated trial
# conducted across multiple sites in China …": where the opening's trial ran is the data's region,
# over the regulator it names
_TRIAL_SITE_BEFORE = fastre.compile(
    r"\b(?:trials?|study|studies|IIT)\b[^.;]{0,40}?\b(?:conducted|run|carried\s+out|performed|ongoing)\b"
    r"[^.;]{0,50}?\bin\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TRIAL_SITE_REACH = 120


def _trial_site(text: str, places: list[Hit]) -> str | None:
    """The one region the opening says its trial ran in, or None."""
    sites = {
        h.value
        for h in places
        if _TRIAL_SITE_BEFORE.search(text, max(0, h.start - TRIAL_SITE_REACH), h.start) is not None
    }
    return sites.pop() if len(sites) == 1 else None


# "This article walks through the evidence … for r/r B-ALL": a sentence of the opening section
# that says what the article is about.
_ABOUTNESS = fastre.compile(
    r"\b(?:this|the\s+present|our)\s+(?:article|guide|review|post|page|piece|report|overview|analysis|study)\b",
    re.IGNORECASE,
)
TOPIC_ABOUT_CHARS = 3000  # how far into the article a statement of what it is about is looked for


def _sharpen_topic(
    text: str, hits: DocumentHits, topic: dict[str, str], scanned: multiscan.Found | None = None
) -> None:
    """A statement of what the article is about, early on, gives a field the topic lacks, or a
    narrower value than the opening's ("leukaemia" in the opening, "r/r B-ALL" in the statement).
    `scanned`: the document's `multiscan` pass, which tells where the statement can be."""
    end = min(len(text), TOPIC_ABOUT_CHARS)
    found = _ABOUTNESS.search(text, 0, end) if scanned is None else scanned.search(_ABOUTNESS, 0, end)
    if found is None:
        return
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    end = len(text) if end < 0 else end
    for field_name, doc_hits in hits.by_field():
        values = {
            h.value for h in hits.within(doc_hits, start, end) if not hits.after_comparator(text, h.start)
        }
        # the narrowest: "leukaemia … r/r B-ALL" is about B-ALL
        values = {v for v in values if not any(v in ANCESTORS.get(other, ()) for other in values)}
        if len(values) != 1:
            continue
        value = values.pop()
        current = topic.get(field_name)
        if value not in NO_VALUE and (current is None or current in ANCESTORS.get(value, ())):
            topic[field_name] = value


# "… she was diagnosed with B-cell acute lymphoblastic leukaemia": a patient story's diagnosis
_DIAGNOSED_WITH = fastre.compile(r"\b(?:diagnosed\s+with|diagnosis\s+of)\s+", re.IGNORECASE)
DIAGNOSIS_REACH = 80  # characters after the words where the disease is named


def _sharpen_by_diagnosis(text: str, hits: DocumentHits, topic: dict[str, str]) -> None:
    """A patient story names its disease broadly at the top ("a girl with leukaemia") and the
    diagnosis later ("diagnosed with B-cell acute lymphoblastic leukaemia"): the one diagnosis
    the page states narrows the topic's indication, never widens or changes it."""
    current = topic.get("indication")
    if current is None or current not in UMBRELLA_INDICATIONS:
        return
    named: set[str] = set()
    for found in _DIAGNOSED_WITH.finditer(text):
        named |= {h.value for h in hits.within(hits.indications, found.end(), found.end() + DIAGNOSIS_REACH)}
    named = {v for v in named if not any(v in ANCESTORS.get(other, ()) for other in named)}
    if len(named) == 1:
        value = named.pop()
        if current in ANCESTORS.get(value, ()):
            topic["indication"] = value


Other = tuple[int, int, str]  # span and metric of another claim in the same sentence
# "1.2 million yuan ($165,000)": the figure in parentheses restates the one before it.
_GLOSS = fastre.compile(
    r"^\s*\(\s*(?:about|approx\.?|approximately|around|roughly|~|≈|or|i\.e\.,?)?\s*$", re.I
)
_CONTRAST = fastre.compile(r"\b(?:vs\.?|versus|than|compared|while|whereas|but)\b", re.IGNORECASE)
# what ends a claim's clause before a hit after it: a semicolon, ", while" / ", whereas"
# ("6 products have been approved, and other indications, including solid cancers, are being tested")
_NEXT_CLAUSE = fastre.compile(
    r";|,\s*(?:while|whereas)\b|,\s*(?:and|but)\s+(?:other|another)\b", re.IGNORECASE
)
# "from $475,000 to $373,000 in the US": the two figures of one change share what follows them
_FROM_BEFORE = fastre.compile(r"\bfrom\s+$", re.IGNORECASE)
_CHANGE_TO = fastre.compile(r"\s*to\s*")


def _group(metric: str) -> str:
    if metric == "approval":
        return "approval"
    return "market" if metric in MARKET_METRICS else "outcome"


def _policy_group(metric: str) -> str:
    return "count" if metric in ("trial_count", "product_count") else _group(metric)


# A relative clause that says who approved what a count counts, right after it
_APPROVED_BY_AFTER = fastre.compile(
    r"(?:\s*,)?\s+(?:that|which)\s+(?:were|are|have\s+been|has\s+been|was|is)\s+(?:(?:already|now|all|also|first)\s+)?"
    r"(?:approved|authori[sz]ed|licen[cs]ed|cleared)\s+(?:by|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def choose(
    text: str,
    hits: list[Hit],
    claim: Other,
    others: list[Other],
    allow_after: bool = True,
    document: DocumentHits | None = None,
) -> Hit | None:
    """The hit that a claim is about, among the hits of its own sentence or cell (`document`:
    the hits of the whole document, which keep what was asked about them).

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
    approved_by = _APPROVED_BY_AFTER.match(text, claim_end) if hits and hits[-1].start > claim_end else None
    if approved_by is not None:
        # "two CAR T-cell therapies that were approved by the U.S. FDA in 2017": the claim's own words
        for hit in hits:
            if hit.start == approved_by.end():
                return hit
    glossed = {
        (s, e) for s, e, m in others if m == metric and e <= claim_start and _GLOSS.match(text[e:claim_start])
    }
    same = [(s, e) for s, e, m in others if m == metric and (s, e) not in glossed]
    # only figures of the same family separate a number from its subject: a cohort size
    # between "51.8% in 59 patients with LBCL" does not
    # (nor does the same sum converted, in brackets right after the claim: "US$400,000 (RM1.61
    # million) at minimum in Europe and the US")
    every = [
        (s, e)
        for s, e, m in others
        if _group(m) == _group(metric) and not (s >= claim_end and text[claim_end:s].strip() == "(")
    ]

    def between(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= s and e <= b for s, e in spans)

    def comparator(hit: Hit) -> bool:
        if document is not None:
            return document.after_comparator(text, hit.start)
        return _after_comparator(text, hit.start)

    def bound_before(hit: Hit) -> bool:
        """Whether the hit is bound to a figure of another family that stands between it and
        the claim's start ("… 80% response rate for multiple myeloma, but costs …")."""
        return any(
            e <= hit.start
            and claim_start >= hit.end
            and _group(m) != _group(metric)
            and _BOUND_AFTER.match(text[e : hit.start]) is not None
            for s, e, m in others
        )

    def owned(hit: Hit) -> bool:
        for s, e, m in others:
            if claim_end <= s and e <= hit.start and _BOUND_AFTER.match(text[e : hit.start]):
                if _CONTRAST.search(text[claim_end:s]) or _group(m) != _group(metric):
                    return True
        return False

    after = [
        h
        for h in hits
        if h.start >= claim_end
        and not comparator(h)
        and not owned(h)
        # "about 1.2 to 2 million RMB, with Yikaida priced at 1.2 million": an example's, not this one's
        and not (
            _EXAMPLE_WITH.fullmatch(text, claim_end, h.start) and _EXAMPLE_FIGURE_AFTER.match(text, h.end)
        )
    ]
    for index, hit in enumerate(after):
        if metric == "approval" and (
            "," in text[claim_end : hit.start] or _NEXT_EVENT.search(text, claim_end, hit.start)
        ):
            break  # "approval in 2022, with Fucaso approved in China in 2023": the next approval's
        if not between(claim_end, hit.start, every) and _BOUND_AFTER.match(text[claim_end : hit.start]):
            listed = after[index + 1] if index + 1 < len(after) else None
            if (
                listed is not None
                and listed.value != hit.value
                and _ONE_OF_A_LIST.fullmatch(text, hit.end, listed.start)
            ):
                break  # "356 patients who received axi-cel (n = 173) or tisa-cel (n = 183)": both
            return hit
    before = [h for h in hits if h.end <= claim_start]
    usable_before = [
        h for h in before if not comparator(h) or _COMPARATOR_FIGURE.match(text[h.end : claim_start])
    ]
    for index, hit in enumerate(reversed(usable_before)):
        if not between(hit.end, claim_start, same):
            if index == 0 and len(usable_before) > 1 and bound_before(hit):
                continue  # "an 80% response rate for multiple myeloma, but costs over 1 million yuan"
            return hit
    if allow_after:
        # the "to" figure of a change that this claim opens does not separate it from what
        # follows: both are the same thing's before and after
        opens_change = _FROM_BEFORE.search(text, max(0, claim_start - 8), claim_start) is not None
        separating = [
            (s, e) for s, e in same if not (opens_change and _CHANGE_TO.fullmatch(text, claim_end, s))
        ]
        for hit in after:
            if _NEXT_CLAUSE.search(text, claim_end, hit.start) or (
                metric == "approval" and _NEXT_EVENT.search(text, claim_end, hit.start)
            ):
                break  # "Yescarta costs $373,000; in China, …": the next clause's, not this one's
            if any(s <= hit.start and hit.end <= e for s, e in separating):
                break  # "220 patients, including about 60 children": the next figure's own word
            if not between(claim_end, hit.start, separating):
                return hit
    return usable_before[-1] if usable_before else None


# Which contexts each field consults, by claim family, in CLAIMS.md section 4's order: (1) the
# claim's own sentence, its table row and header; (2) the earlier sentences of its paragraph and
# the paragraph before, a list's intro line and the lead paragraph above it, the heading chain;
# (3) the article's topic. Rule tables as data: attribute() only walks them.
# the earlier sentences of the claim's paragraph alone (reported as "paragraph")
EARLIER_SENTENCES = "earlier_sentences"
ALL_CONTEXTS = ("sentence", "row_label", "row", "header", "paragraph", "intro", "lead", "heading", "topic")
FIELD_POLICY: dict[str, dict[str, tuple[str, ...]]] = {
    "outcome": {
        "product": ALL_CONTEXTS,
        "indication": ALL_CONTEXTS,
        "region": ALL_CONTEXTS,
        "population": ALL_CONTEXTS,
        "study": ALL_CONTEXTS,
    },
    "market": {
        "product": ALL_CONTEXTS,
        "indication": ALL_CONTEXTS,
        "region": ALL_CONTEXTS,
        "population": ("sentence", "row_label", "row"),
        "study": ("sentence", "row_label", "row", "paragraph"),
    },
    "count": {  # how many trials or products: about the field, not one product or disease
        "product": ("sentence", "row_label", "row", "paragraph"),
        "indication": ("sentence", "row_label", "row", "paragraph"),
        "region": ALL_CONTEXTS,
        "population": ("sentence",),
        "study": ("sentence",),
    },
    "approval": {
        "product": ("sentence", "row_label", "row", "paragraph"),
        # a neighbour's indication is another product's: only the claim's own paragraph speaks
        # ("… a BCMA CAR-T for R/R MM. … was approved on February 23, 2024"), not the one
        # before or a sibling list item ("Anti-BCMA for MM, approved 2023.06. / Anti-CD19, …")
        "indication": ("sentence", "row", EARLIER_SENTENCES),
        "region": ALL_CONTEXTS,
        "population": ("sentence", "paragraph"),
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
# A saving is stated against a base: "one-fifth that in the US", "90% below the US price".
# Only a region named before the figure is whose saving it is.
AFTER_ALLOWED_FOR_SAVING = {**AFTER_ALLOWED, "region": False}


CONTEXT_WINDOW = 400  # characters either side of a claim that its sentence context spans
PARAGRAPH_BEFORE_MIN = 60  # shorter lines (headings, captions) are not "the paragraph before"
# Where a sentence ends: after its final punctuation (and closing quotes or brackets), at the
# white space before a capital or a digit. The match begins at the punctuation, not after it (a
# lookbehind there made `re` try every space of the window): its end is the cut.
_SENTENCE_END = fastre.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])")


def _earlier_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of text[start:end], nearest (last) first."""
    # from one character earlier: punctuation right before `start` ends a sentence there too
    cuts = [start, *(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 1), end)), end]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    return spans[::-1]


PARAGRAPH_BEFORE_LINES = 12  # short lines (headings, captions) skipped at most


@lru_cache(maxsize=256)
def _paragraph_before(text: str, line_start: int) -> tuple[int, int] | None:
    """The nearest earlier line long enough to be a paragraph (not a heading or caption).
    Cached: every claim of a paragraph asks for the same one."""
    end = line_start - 1
    floor = max(0, line_start - 3000)
    own_end = text.find("\n", line_start)
    bullet = _BULLET.match(text, line_start, len(text) if own_end < 0 else own_end)
    skipped = False
    for _ in range(PARAGRAPH_BEFORE_LINES):
        if end <= floor:
            break
        start = text.rfind("\n", floor, end) + 1
        start = max(start, floor)
        line = text[start:end].strip()
        if bullet is not None and _FIGURE_ITEM.match(line) and line.startswith(bullet.group("mark")):
            # a fact list's items each open with their figure ("• 81% — …", "• 7 — …"): one item
            # is no context of the next (a digest's items that continue one story still are)
            end = start - 1
            skipped = True
            continue
        if len(line) >= PARAGRAPH_BEFORE_MIN and not line.startswith("|"):  # a table row is no paragraph
            return (start, end)
        if skipped:
            return None  # the list's own heading: what stands above it is not the items' context
        if bullet is not None and line and not _BULLET.match(line) and not _COUNT_LABEL.match(line):
            # "Market data\n- The company has treated over 9,000 patients": the heading of the item's
            # list; the last item of the list before it (another section) is not its context
            return None
        end = start - 1
    return None


# a line that opens with a count ("N = 115 infused", "97 patients") labels the items under it: no
# section heading
_COUNT_LABEL = re.compile(r"\s*(?:[Nn]\s*=\s*)?\d")
# A list line's mark, and a list line that opens with its figure ("• 81% — …", "- $77,000 USD is …")
_BULLET = fastre.compile(r"\s*(?P<mark>[•●▪◦‣·*]|-(?=\s))\s")
_FIGURE_ITEM = fastre.compile(
    r"(?:[•●▪◦‣·*]|-)\s+(?:about\s+|over\s+|nearly\s+)?(?:[$€£¥₹]|\d)", re.IGNORECASE
)


def _context_spans(text: str, segment: Segment, where: str, claim_start: int) -> list[tuple[int, int]]:
    if where == "sentence":  # a window of it: a 10 MB "sentence" must not cost quadratic time
        return [
            (max(segment.start, claim_start - CONTEXT_WINDOW), min(segment.end, claim_start + CONTEXT_WINDOW))
        ]
    if where == "paragraph" and segment.table is None:
        floor = max(0, segment.start - 3 * CONTEXT_WINDOW)
        line_start = text.rfind("\n", floor, segment.start) + 1
        line_start = max(line_start, floor)
        spans = _earlier_sentences(text, line_start, segment.start) if line_start < segment.start else []
        before = _paragraph_before(text, line_start) if line_start > 0 and line_start != floor else None
        if before and segment.intro is not None and before[0] < segment.intro[0]:
            before = None  # a list item's paragraph before is in its list: above it are intro and lead
        return spans + ([before] if before else [])
    if where == EARLIER_SENTENCES and segment.table is None:
        floor = max(0, segment.start - 3 * CONTEXT_WINDOW)
        line_start = max(text.rfind("\n", floor, segment.start) + 1, floor)
        return _earlier_sentences(text, line_start, segment.start) if line_start < segment.start else []
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


# Where a field's value came from, besides the contexts of FIELD_POLICY: the currency of a price,
# the study a figure is credited to, a "…, respectively" list.
ORIGIN_LEVELS = (*ALL_CONTEXTS, "currency", "study", "respectively")


@dataclass(frozen=True, slots=True)
class Origin:
    """The context that gave an attributed field its value and the words there that name it."""

    level: str
    start: int
    end: int

    def __init__(self, level: str, start: int, end: int) -> None:  # see layout.Segment
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


@dataclass(frozen=True, slots=True)
class Attribution:
    product: str | None = None
    indication: str | None = None
    region: str | None = None
    population: str | None = None
    study: str | None = None
    origins: tuple[tuple[str, Origin], ...] = ()  # (field, origin) for each field that has a value

    def __init__(  # compiled, unlike the one @dataclass writes (see layout.Segment)
        self,
        product: str | None = None,
        indication: str | None = None,
        region: str | None = None,
        population: str | None = None,
        study: str | None = None,
        origins: tuple[tuple[str, Origin], ...] = (),
    ) -> None:
        object.__setattr__(self, "product", product)
        object.__setattr__(self, "indication", indication)
        object.__setattr__(self, "region", region)
        object.__setattr__(self, "population", population)
        object.__setattr__(self, "study", study)
        object.__setattr__(self, "origins", origins)


def attribute(
    text: str,
    segment: Segment,
    metric: str,
    claim_start: int,
    claim_end: int,
    others: list[Other],
    hits: DocumentHits,
    currency: str | None = None,
    currency_at: dict[tuple[int, int], str] | None = None,
) -> Attribution:
    """Product, indication, region and population for one claim (see the module docstring).
    `currency` is a price claim's own currency, `currency_at` that of each price of the
    document by span (a bracketed conversion takes the region of the price it restates)."""
    policy = FIELD_POLICY[_policy_group(metric)]
    after_allowed = (
        AFTER_ALLOWED_FOR_APPROVAL
        if metric == "approval"
        else AFTER_ALLOWED_FOR_SAVING
        if metric == "cost_reduction"
        else AFTER_ALLOWED
    )
    values: dict[str, str | None] = {}
    no_single_product: bool | None = None  # asked at most once per claim (a hot path)
    about_unnamed: bool | None = None  # the clause is about products it does not name (likewise)
    spans_of: dict[str, list[tuple[int, int]]] = {}  # each context's spans, the same for every field
    levels: dict[str, str | None] = {}  # the context each field's value came from
    words: dict[str, tuple[int, int] | None] = {}  # and the words there that name it
    owned = False  # the product is named in brackets right after the figure
    for field_name, doc_hits in hits.by_field():
        value, level, span = _resolve(
            text,
            segment,
            field_name,
            policy[field_name],
            doc_hits,
            (claim_start, claim_end, metric),
            others,
            after_allowed[field_name],
            hits,
            spans_of,
        )
        if level == EARLIER_SENTENCES:
            level = "paragraph"
        if field_name == "product":
            # "CRS occurred in 45.9% (cilta-cel) and 41.8% (ide-cel)": a product in brackets right
            # after a figure is that figure's own, not the next figure's
            own = _bracketed_after(text, claim_end, doc_hits, hits)
            owned = own is not None
            if own is not None:
                value, level, span = own.value, "sentence", (own.start, own.end)
            elif span is not None and level == "sentence" and _brackets_other_figure(text, span, claim_start):
                value, level, span = None, "sentence", None
        if field_name == "product" and metric == "cost" and level not in ("sentence", "row_label", "row"):
            named = _price_of_after(text, segment, claim_end, doc_hits, hits)
            if named is not None:  # "$475,000 — list price of Kymriah": the product after its price
                value, level, span = named.value, "sentence", (named.start, named.end)
        if field_name in ("product", "study") and about_unnamed is None:
            about_unnamed = (
                _about_others(text, segment, claim_start, hits.folded)
                or _about_another(text, segment, claim_start, hits)
                or (
                    metric in ("cost", "cost_reduction")
                    and (
                        _priced_other_drug(text, segment, claim_start, hits)
                        or _BOTH_PRICED.search(
                            text, hits.folded, max(segment.start, claim_start - OTHERS_REACH), claim_start
                        )
                        is not None
                    )
                )
            )
        if field_name in ("product", "study") and about_unnamed:
            value, level = None, "sentence"  # "X costs $A, and the other four cost over $B"
        elif (
            field_name in ("product", "study")
            and level == "sentence"
            and not (field_name == "product" and owned)
            and (
                _comparator_arm(text, segment, claim_start, claim_end, hits)
                or _arm_bracket(text, segment, claim_start, hits)
                or _AFTER.match(
                    text, hits.folded, claim_end, min(segment.end, claim_end + COMPARATOR_AFTER_REACH)
                )
                is not None
            )
        ):
            # "41% with axi-cel versus 16% with standard care": the other arm's; "cilta-cel,
            # compared with ide-cel, … (94% vs 82%)": the product compared with
            value = (
                _compared_product(text, segment, claim_start, claim_end, hits)
                if field_name == "product"
                else None
            )
        elif field_name in ("product", "study") and level not in ("sentence", "row_label", "row"):
            if no_single_product is None:
                no_single_product = (
                    _about_several(text, segment, claim_start, hits.folded)
                    or _about_comparator(text, segment, claim_start, claim_end, hits.folded)
                    or (
                        metric == "cost"
                        and _priced_elsewhere(text, segment, claim_start, claim_end, hits.folded)
                    )
                )
            if no_single_product:
                value, level = None, "sentence"  # "the six FDA-approved CAR-T products carry …"
            elif field_name == "study" and _about_several_trials(text, segment, claim_start, hits.folded):
                value, level = None, "sentence"  # "… in the pivotal trials": not the study named before
        if field_name == "product" and values["study"] and level not in ("sentence", "row_label", "row"):
            # a figure credited to a named study is that study's product's
            credited = STUDY_PRODUCT.get(values["study"].upper())
            if credited is not None:
                value, level, span = credited, "study", words["study"]
        if (
            field_name == "population"
            and level == "topic"
            and values.get("product") is not None
            and levels.get("product") not in (None, "topic")
            and hits.topic.get("product") not in (None, values["product"])
        ):
            # "Kymriah in pediatric ALL (ELIANA): …  Yescarta in LBCL (ZUMA-1): • ORR 83%": a section
            # about another product than the article's opening keeps no patients of that opening
            value = None
        if (
            field_name == "region"
            and level == "topic"
            and values["study"] not in (None, hits.topic.get("study"))
        ):
            # a figure credited to another study than the article's keeps that study's region:
            # ELIANA's 81% in an article about CAR-T in China is not Chinese data
            value = None
        values[field_name] = value
        levels[field_name] = level
        words[field_name] = span
    if (
        metric == "cost_reduction"
        and levels.get("region") == "sentence"
        and words.get("region") is not None
        and words["region"][0] >= claim_end  # type: ignore[index]
        and _SAVING_BASE.fullmatch(text, claim_end, words["region"][0]) is not None  # type: ignore[index]
    ):
        # "In China the price is about 1/3 of the US price": a saving is the place's named
        # before it; the one after is what it is measured against
        before = [
            h
            for h in hits.within(hits.regions, max(segment.start, claim_start - CONTEXT_WINDOW), claim_start)
            if h.value not in NO_VALUE and not hits.after_comparator(text, h.start)
        ]
        values["region"] = before[-1].value if before else None
        levels["region"] = "sentence" if before else None
        words["region"] = (before[-1].start, before[-1].end) if before else None
    for field_name in ("indication", "population"):
        if levels.get(field_name) == "paragraph" and _about_whole_cohort(
            text, segment, claim_start, hits.folded
        ):
            # "… were reported in 11.6% and 7.5% of all patients" after "Among patients with ALL …
            # Among adults with NHL …": every subgroup the paragraph named, not the last one
            cover = _paragraph_cover(text, segment, claim_start, field_name, hits)
            if cover != values[field_name]:
                values[field_name], words[field_name] = cover, None
    topic_indication = hits.topic.get("indication")
    if (
        (_group(metric) == "outcome" or metric == "patient_count")
        and topic_indication is not None
        and values["indication"] in UMBRELLA_INDICATIONS
        and values["indication"] in ANCESTORS.get(topic_indication, ())
    ):
        # the most specific indication the text supports: "the first CAR-T approved for solid
        # tumours" or "leukaemia-free survival" in an article about gastric cancer or B-ALL
        values["indication"] = topic_indication
        levels["indication"], words["indication"] = "topic", hits.topic_span("indication")
    if values["product"] is None and values["study"]:
        values["product"] = STUDY_PRODUCT.get(values["study"].upper())
        levels["product"], words["product"] = "study", words["study"]
    elif (
        values["study"]
        and levels["study"] not in ("sentence", "row_label", "row")
        and STUDY_PRODUCT.get(values["study"].upper()) not in (None, values["product"])
    ):
        # "Yescarta achieved a 5-year OS of 42.6%" after a paragraph on CARTITUDE-4: a study of
        # another product, named around the claim, is not the claim's
        values["study"] = None
    if (
        metric == "cost"
        and values["region"] is not None
        and levels["region"] not in ("sentence", "row_label", "row", "header")
        and _priced_elsewhere(text, segment, claim_start, claim_end, hits.folded)
    ):
        values["region"] = None  # "patients who go abroad pay $500,000": not the article's country
        levels["region"] = words["region"] = None
    if currency in CURRENCY_ELSEWHERE and levels["region"] not in (
        None,
        "sentence",
        "row_label",
        "row",
        "header",
    ):
        values["region"] = None
        levels["region"] = words["region"] = None
    if (
        currency in CURRENCY_REGION
        and (values["region"] is None or levels["region"] not in ("sentence", "row_label", "row", "header"))
        and not _names_other_place(hits, segment)
    ):
        # a yuan price is China's, whatever the paragraph, heading or article around it is about
        values["region"] = CURRENCY_REGION[currency]
        levels["region"], words["region"] = "currency", (claim_start, claim_end)
    elif metric == "cost" and values["region"] is None and not _names_other_place(hits, segment):
        converted = _converted_price(text, claim_start, others, currency_at or {})
        if converted is not None:
            # "1.29 million yuan ($178,000)": the same sum in another currency is the same price's
            values["region"] = converted[0]
            levels["region"], words["region"] = "currency", converted[1]
    return Attribution(**values, origins=origins(values, levels, words))


# What a saving is a share of, up to the place it is measured against: "1/3 of the US price",
# "30% of that in the US", "one-tenth of US prices" (not "50% lower in China": its own place)
_SAVING_BASE = fastre.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:of\s+(?:the\s+|its\s+|their\s+|th(?:at|ose)\s+(?:in|of)\s+(?:the\s+)?)?)",
    re.IGNORECASE,
)
# "of all patients", "across all cohorts", "in the overall population": a figure about the whole
# cohort, after sentences about its subgroups
_WHOLE_COHORT = fastre.WordFiltered(
    fastre.compile(
        r"\b(?:of|in|among|across|for)\s+all\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?"
        r"(?:patients|participants|subjects|cohorts|groups|indications)\b"
        r"|\b(?:overall|entire|whole|total)\s+(?:study\s+)?(?:population|cohort)\b",
        re.IGNORECASE,
    )
)


def _about_whole_cohort(text: str, segment: Segment, claim_start: int, folded: str | None) -> bool:
    """Whether the claim's sentence says its figure is about every patient of the cohort;
    `folded`, the aligned fold of `text`, rules most sentences out by the pattern's words."""
    start = max(segment.start, claim_start - CONTEXT_WINDOW)
    end = min(segment.end, claim_start + CONTEXT_WINDOW)
    return _WHOLE_COHORT.search(text, folded, start, end) is not None


def _paragraph_cover(
    text: str, segment: Segment, claim_start: int, field_name: str, hits: DocumentHits
) -> str | None:
    """The value covering every one the claim's paragraph names for a field (None when nothing
    covers them all): the whole cohort's, where the sentences before spoke of its subgroups."""
    field_hits = dict(hits.by_field())[field_name]
    named = {
        h.value
        for start, end in _context_spans(text, segment, "paragraph", claim_start)
        for h in hits.within(field_hits, start, end)
    } - set(NO_VALUE)
    if len(named) == 1:
        return named.pop()
    return covering(field_name, named)


_OPENING_BRACKET = re.compile(r"\s*[(\[]\s*")
_FIGURE_THEN_BRACKET = re.compile(r"(?:^|[\s(])[<>≤≥~]?\d[\d.,]*\s*%?\s*[(\[]\s*$")  # not "CNCT19 ("
_CLOSING_BRACKET = re.compile(r"\s*[)\]]")


def _bracketed_after(text: str, claim_end: int, doc_hits: list[Hit], hits: DocumentHits) -> Hit | None:
    """The one name standing alone in brackets right after the claim's figure ("45.9% (cilta-cel)")."""
    opening = _OPENING_BRACKET.match(text, claim_end)
    if opening is None:
        return None
    inside = hits.within(doc_hits, opening.end(), opening.end() + 60)
    if len(inside) < 1 or inside[0].start != opening.end() or not _CLOSING_BRACKET.match(text, inside[0].end):
        return None
    return inside[0]


def _brackets_other_figure(text: str, span: tuple[int, int], claim_start: int) -> bool:
    """Whether the name found before the claim stands alone in brackets right after another figure
    ("45.9% (cilta-cel) and 41.8%"): that figure's, not this one's."""
    return (
        span[1] <= claim_start
        and _FIGURE_THEN_BRACKET.search(text, max(0, span[0] - 16), span[0]) is not None
        and _CLOSING_BRACKET.match(text, span[1]) is not None
    )


# The bracket a conversion of the price before it stands in: "1.29 million yuan ($178,000)",
# "(~$140,000-$180,000 USD)", "(about US$141,300)"
_CONVERSION_OPEN = fastre.compile(
    r"\s*[(\[]\s*(?:~|≈|about\s+|approx\.?\s+|approximately\s+|around\s+|roughly\s+|or\s+|i\.e\.,?\s+)?",
    re.IGNORECASE,
)


def converted_from(text: str, claim_start: int, others: list[Other]) -> tuple[int, int] | None:
    """The span of the price a bracketed conversion restates ("1.29 million yuan ($178,000)"):
    a cost claim right before the bracket the claim opens."""
    for start, end, metric in others:
        if metric == "cost" and end <= claim_start and _CONVERSION_OPEN.fullmatch(text, end, claim_start):
            return start, end
    return None


def _converted_price(
    text: str, claim_start: int, others: list[Other], currency_at: dict[tuple[int, int], str]
) -> tuple[str, tuple[int, int]] | None:
    """The region of the price a bracketed conversion restates, and that price's span, when its
    currency (as the price was read: a "¥" of an article about Japan is the yen) names one."""
    restated = converted_from(text, claim_start, others)
    region = CURRENCY_REGION.get(currency_at.get(restated, "")) if restated is not None else None
    return (region, restated) if region is not None and restated is not None else None


def origins(
    values: dict[str, str | None],
    levels: dict[str, str | None],
    words: dict[str, tuple[int, int] | None],
) -> tuple[tuple[str, Origin], ...]:
    """(field, origin) for each field with a value whose context and words are known."""
    found = []
    for field_name in ATTRIBUTED_FIELDS:
        level, span = levels.get(field_name), words.get(field_name)
        if values.get(field_name) is not None and level is not None and span is not None:
            found.append((field_name, Origin(level, span[0], span[1])))
    return tuple(found)


ATTRIBUTED_FIELDS = ("product", "indication", "region", "population", "study")


# "Kymriah and Yescarta cost $475,000 and $373,000, respectively": the i-th figure of a list
# belongs to the i-th product (region, indication) named in a list before it.
_FIGURES_JOIN = fastre.compile(r"\s*(?:,|;|/)?\s*(?:and|or)?\s*", re.IGNORECASE)
_NAMES_JOIN = fastre.compile(
    r"\s*(?:,|/|&)?\s*(?:and|or|vs\.?|versus)?\s*(?:the\s+|in\s+(?:the\s+)?)?", re.IGNORECASE
)
_RESPECTIVELY_AFTER = fastre.compile(r"[^.;]{0,60}?\brespectively\b", re.IGNORECASE)
RESPECTIVE_FIELDS = ("product", "indication", "region")
# A comparator arm named in a "respectively" list of products ("in the axi-cel and SOC arms were
# 41% and 16%, respectively"): its figure's product is null
_ARM_IN_LIST = fastre.compile(rf"\b{COMPARATOR_ARM_NAME}", re.IGNORECASE)
ARM = "comparator arm"  # the value of a list member that is a comparator arm: product null


def respective(
    text: str, segment: Segment, spans: list[tuple[int, int]], hits: DocumentHits
) -> dict[tuple[int, int], dict[str, Hit]]:
    """Per claim span, the fields a "…, respectively" list settles: the i-th of a run of figures
    ("$475,000 and $373,000") takes the i-th of as many different names joined the same way
    before it ("Kymriah and Yescarta", "in the US and China"). Spans are the segment's claims,
    sorted; a figure claimed under two metrics is one figure."""
    figures = sorted(set(spans))
    settled: dict[tuple[int, int], dict[str, Hit]] = {}
    i = 0
    while i < len(figures):
        run = [figures[i]]
        while i + len(run) < len(figures) and _FIGURES_JOIN.fullmatch(
            text, run[-1][1], figures[i + len(run)][0]
        ):
            run.append(figures[i + len(run)])
        i += len(run)
        after = _RESPECTIVELY_AFTER.match(text, run[-1][1], segment.end)
        if len(run) < 2 or after is None:
            continue
        for field_name, field_hits in (
            ("product", hits.products),
            ("indication", hits.indications),
            ("region", hits.regions),
        ):
            # the names before the figures, or between them and "respectively" ("… for A and B, …")
            for lo, hi in ((segment.start, run[0][0]), (run[-1][1], after.end())):
                local = hits.within(field_hits, lo, hi)
                if field_name == "region":  # "in the US and China" is one "mixed" hit: its places
                    local = [part for hit in local for part in _places(text, hit)]
                names = _name_list_before(text, local, len(run))
                if names is None and field_name == "product" and local:
                    arms = [Hit(m.start(), m.end(), ARM) for m in _ARM_IN_LIST.finditer(text, lo, hi)]
                    names = _name_list_before(text, sorted(local + arms, key=lambda h: h.start), len(run))
                if names is not None:
                    break
            if (
                names is None
                and field_name == "product"
                and not hits.within(field_hits, segment.start, after.end())
            ):
                names = _arms_before(text, segment, run, hits)
            if names is None and field_name == "indication":
                names = _bare_diseases(text, segment.start, run, after.end())
            if names is None:
                continue
            for span, hit in zip(run, names, strict=True):
                if hit.value != OWN_ARM:
                    settled.setdefault(span, {})[field_name] = hit
    return settled


# the arm of the product an article reports, unnamed: its figure keeps the product it is given
_OWN_ARM = fastre.compile(
    r"\b(?:investigational|experimental|intervention|CAR[- ]?T(?:[- ]cell)?|study\s+drug)"
    r"\s+(?:arm|group|cohort)\b",
    re.IGNORECASE,
)
OWN_ARM = "own arm"
# what before a run of figures names a list of its own ("the 12- and 24-month rates", "CRS and
# ICANS occurred in"): their "respectively" is that list's, not the arms'
_OWN_LIST_BEFORE = fastre.compile(r"\b(?:and|or|vs|versus)\b|/", re.IGNORECASE)
ARM_SENTENCES_BACK = 2  # earlier sentences of the paragraph where a run's arms are looked for


# The disease families a "respectively" list may name bare, as CAR-T news does ("China's lymphoma
# and leukemia CAR-T products … 77.6% and 82.1%, respectively"): each the B-cell disease CAR-T
# products of that family treat
BARE_DISEASES = {"lymphoma": "B-NHL", "leukemia": "B-ALL", "leukaemia": "B-ALL", "myeloma": "MM"}
_BARE_DISEASE = fastre.compile(r"\b(lymphomas?|leuka?emias?|myelomas?)\b", re.IGNORECASE)


def _bare_diseases(text: str, start: int, run: list[tuple[int, int]], end: int) -> list[Hit] | None:
    """The bare disease families named, joined as one list, before a "respectively" run (or
    between it and the word), one per figure and each different; None otherwise."""
    for lo, hi in ((start, run[0][0]), (run[-1][1], end)):
        found = [
            Hit(m.start(), m.end(), BARE_DISEASES[m.group(1).lower().removesuffix("s")])
            for m in _BARE_DISEASE.finditer(text, lo, hi)
        ]
        names = _name_list_before(text, found, len(run))
        if names is not None:
            return names
    return None


def _arms_before(
    text: str, segment: Segment, run: list[tuple[int, int]], hits: DocumentHits
) -> list[Hit] | None:
    """The arms a run of figures follows in order, named by an earlier sentence of its paragraph
    when its own names none: "… 3.25 months with satri-cel versus 1.77 months with physician's
    choice. The 6-month PFS rates were 24% and 18%, respectively." Each arm is a product or a
    comparator (ARM, whose figure's product is null); at least one is a comparator."""
    if _OWN_LIST_BEFORE.search(text, segment.start, run[0][0]) is not None:
        return None
    for lo, hi in _context_spans(text, segment, EARLIER_SENTENCES, segment.start)[:ARM_SENTENCES_BACK]:
        named = hits.within(hits.products, lo, hi)
        arms = [Hit(m.start(), m.end(), ARM) for m in _ARM_IN_LIST.finditer(text, lo, hi)]
        arms += [Hit(m.start(), m.end(), OWN_ARM) for m in _OWN_ARM.finditer(text, lo, hi)]
        if not named and not arms:
            continue
        order: list[Hit] = []
        for hit in sorted(named + arms, key=lambda h: h.start):
            if not order or order[-1].value != hit.value:
                order.append(hit)
        values = [h.value for h in order]
        if len(order) != len(run) or ARM not in values or len(set(values)) < len(values):
            return None
        return order
    return None


def with_respective(who: Attribution, settled: dict[str, Hit]) -> Attribution:
    """An attribution with the fields a "…, respectively" list settles, and their names' places."""
    kept = tuple((f, o) for f, o in who.origins if f not in settled)
    listed = tuple(
        (f, Origin("respectively", hit.start, hit.end)) for f, hit in settled.items() if hit.value != ARM
    )
    order = {f: i for i, f in enumerate(ATTRIBUTED_FIELDS)}
    return replace(
        who,
        **{f: None if hit.value == ARM else hit.value for f, hit in settled.items()},
        origins=tuple(sorted(kept + listed, key=lambda item: order[item[0]])),
    )


_SINGLE_REGION_RES = tuple(row for row in _REGION_RES if row[0] != "mixed")


def _places(text: str, hit: Hit) -> list[Hit]:
    """A region hit, or the single places a "mixed" one names ("the US and China")."""
    if hit.value != "mixed":
        return [hit]
    return [
        Hit(hit.start + h.start, hit.start + h.end, h.value)
        for h in _find(text[hit.start : hit.end], _SINGLE_REGION_RES)
    ]


_GLOSS_OPEN = fastre.compile(r"\s*\(\s*")
_GLOSS_CLOSE = fastre.compile(r"\s*\)")


def _merge_glosses(text: str, local: list[Hit]) -> list[Hit]:
    """Hits with a gloss of the same value in brackets as one name: "Kymriah (tisagenlecleucel)
    and Yescarta (axicabtagene ciloleucel)" is a list of two."""
    merged: list[Hit] = []
    for hit in local:
        glossed = bool(merged) and merged[-1].value == hit.value
        if glossed and _GLOSS_OPEN.fullmatch(text, merged[-1].end, hit.start):
            close = _GLOSS_CLOSE.match(text, hit.end)
            if close is not None:
                merged[-1] = Hit(merged[-1].start, close.end(), hit.value)
                continue
        merged.append(hit)
    return merged


def _name_list_before(text: str, local: list[Hit], size: int) -> list[Hit] | None:
    """The last `size` hits of `local`, when they are joined as one list ("A and B", "A, B and
    C") and name different values; None otherwise."""
    local = _merge_glosses(text, local)
    if len(local) < size:
        return None
    names = local[-size:]
    if len({h.value for h in names}) < size or any(h.value in NO_VALUE for h in names):
        return None
    for left, right in zip(names, names[1:], strict=False):
        if not _NAMES_JOIN.fullmatch(text, left.end, right.start):
            return None
    return names


# "…, and the other four cost over 1 million yuan": a clause about the products a sentence has
# not named; its figure is none of the named one's, even in that product's own sentence.
_OTHERS_CLAUSE = fastre.compile(
    r"\b(?:the\s+)?(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|ones)\b"
    r"(?:\s+[\w-]+){0,3}?[^,;.]*$|\bthe\s+rest\b[^,;.]*$",
    re.IGNORECASE,
)


_OTHERS = fastre.WordFiltered(_OTHERS_CLAUSE)
# "Both are reportedly sold in Singapore at approximately US$375,000", "the two therapies cost about
# $400,000 each": one price for several products, none of them its own
_BOTH_PRICED = fastre.WordFiltered(
    fastre.compile(
        r"\b(?:both|the\s+two|all\s+(?:three|four|five|six|seven))(?:\s+(?:of\s+them|drugs|products|therapies"
        r"|treatments|medicines|CAR-?Ts))?\s+(?:are|were|is|cost|costs|sell|sold|priced|have|has|carry)\b"
        r"(?:[^,;.]|[,.](?=\d))*$",
        re.IGNORECASE,
    )
)
OTHERS_REACH = 80  # characters before a claim where "the other four" makes it theirs


def _about_others(text: str, segment: Segment, claim_start: int, folded: str | None = None) -> bool:
    """Whether the clause the claim ends is about the products not named ("…, and the other
    four cost over 1 million yuan"); `folded` (the aligned fold of `text`) rules most windows
    out by the pattern's required words."""
    start = max(segment.start, claim_start - OTHERS_REACH)
    return _OTHERS.search(text, folded, start, claim_start) is not None


# "…, while in China a similar product costs 1.2 million yuan", "local versions cost about …": a
# clause about another product than the one the sentence names, which it leaves unnamed
_ANOTHER_CLAUSE = fastre.compile(
    r"\b(?:(?:an?|its|their|some)\s+(?:similar|comparable|equivalent)"  # not "comparable between therapies"
    r"|domestic(?:ally[- ](?:made|developed|produced))?|local(?:ly[- ](?:made|developed|produced))?"
    r"|home-?grown|generic|biosimilar|copycat|indigenous)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:products?|versions?|alternatives?|therap(?:y|ies)|counterparts?|CAR-?Ts?"
    r"|treatments?|options?)\b[^,;.]*$",
    re.IGNORECASE,
)
_ANOTHER = fastre.WordFiltered(_ANOTHER_CLAUSE)


def _about_another(text: str, segment: Segment, claim_start: int, hits: DocumentHits) -> bool:
    """Whether the clause the claim ends is about a product it does not name ("a similar
    product", "local versions"), though the sentence names one: no product name in that clause."""
    start = max(segment.start, claim_start - OTHERS_REACH)
    found = _ANOTHER.search(text, hits.folded, start, claim_start)
    if found is None:
        return False
    clause = max(start, text.rfind(",", start, found.start()) + 1, text.rfind(";", start, found.start()) + 1)
    if hits.within(hits.products, clause, claim_start):
        return False
    # "Relma-cel, a locally made therapy costing …": the words after a name, in apposition
    named = hits.within(hits.products, max(segment.start, clause - OTHERS_REACH), clause)
    return not (named and text[named[-1].end : clause].strip(" ),") == "")


# "the price of the bispecific teclistamab was cut by 20%": a price of a drug that is no CAR-T
# product (by its INN's stem), in a sentence that names none
_OTHER_DRUG = fastre.WordFiltered(OTHER_DRUG)
OTHER_DRUG_REACH = 120  # characters before a price searched for the drug it is of
_PRICES = ("cost", "cost_reduction")


def _priced_other_drug(text: str, segment: Segment, claim_start: int, hits: DocumentHits) -> bool:
    """Whether the claim is a price of another kind of drug, named before it in its sentence."""
    if hits.within(hits.products, segment.start, segment.end):
        return False
    start = max(segment.start, claim_start - OTHER_DRUG_REACH)
    return _OTHER_DRUG.search(text, hits.folded, start, claim_start) is not None


# A sentence about several products at once: its figures belong to none of them.
_SEVERAL_PRODUCTS = fastre.compile(
    r"\b(?:these|those|the\s+other|other|all|several|many|most|both|\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}?(?:products|therapies|treatments|drugs|CAR-Ts)\b"
    r"|\b(?:CAR-T|cell)\s+(?:products|therapies)\b",
    re.IGNORECASE,
)
# "rates ranged from 40% to 58% in the pivotal trials": several trials, so not the one study named
# before (whose product it would lend); the product a paragraph names itself still holds ("For those
# who receive tisagenlecleucel … The pivotal single-arm trials reported a 81% response rate")
_SEVERAL_TRIALS = fastre.WordFiltered(
    fastre.compile(r"\b(?:the|these|those|both)\s+(?:[\w-]+\s+){0,2}?(?:trials|studies)\b", re.IGNORECASE)
)


# "… versus 16%", "compared with 50% for chemotherapy": the figure right after a comparison word
# the other side of a comparison within one product's data: a later cohort, dose level, part or
# period ("… versus 4.3% in cohort 2", "… vs 12% at dose level 2", "… versus 4.3% after the amendment")
_SAME_PRODUCT_SIDE_AFTER = fastre.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:in|at|for)\s+(?:the\s+)?(?:cohort|arm|dose\s+level|part|phase|stage)"
    r"\s+[\w-]{1,4}\b|(?:after|following)\s+(?:the\s+)?(?:protocol\s+)?(?:amendment|change|modification)\b)",
    re.IGNORECASE,
)
_COMPARED_FIGURE = fastre.compile(
    r"\b(?:than|compared\s+(?:with|to)|vs\.?|versus)\s+(?:[^.;:\d]{0,40}?\s)?$", re.IGNORECASE
)


def _comparator_arm(
    text: str, segment: Segment, claim_start: int, claim_end: int, hits: DocumentHits
) -> bool:
    """Whether the claim is the other side of a comparison whose first side names the product
    ("41% with axi-cel versus 16% with standard care"): no product is named between the
    comparison word and the figure, and the figure is not the same product's in another cohort or
    period ("26.7% before versus 4.3% after the amendment", "… versus 4.3% in cohort 2")."""
    found = _COMPARED_FIGURE.search(text, max(segment.start, claim_start - 60), claim_start)
    return (
        found is not None
        and not hits.within(hits.products, found.start(), claim_start)
        and _SAME_PRODUCT_SIDE_AFTER.match(text, claim_end) is None
    )


# "satri-cel (n=104) or treatment of physician's choice (TPC) (n=52)", "liso-cel (n = 92) or
# standard of care (n = 92)": the size in brackets right after a comparator arm's name is that arm's
_ARM_BRACKET_BEFORE = fastre.compile(
    # ("physician's choice of therapy (n = 52", "standard-of-care therapy arm (n = 92")
    rf"\b{COMPARATOR_ARM_NAME}(?:\s+(?:of\s+)?(?:arm|group|cohort|therapy|treatment|care|regimens?)){{0,2}}"
    r"\s*(?:\([\w-]{2,12}\)\s*)?[(\[]\s*(?:[\w-]{2,12}\s*[;,]\s*)?(?:n\s*=\s*)?$",
    re.IGNORECASE,
)
ARM_BRACKET_REACH = 60
# "randomized [cilta-cel, n=208; SOC, n=211]", "(axi-cel, n = 180; standard care, n = 179)": the
# arms listed with their sizes inside one bracket
_ARM_IN_SIZE_LIST = fastre.compile(
    rf"[;\[(]\s*{COMPARATOR_ARM_NAME}(?:\s+(?:arm|group|cohort))?\s*[,:]\s*n\s*=\s*$", re.IGNORECASE
)
# "either … CARVYKTI (n=208) or standard therapy, which included …, selected by physician (n=211)":
# the size bracket that closes an arm introduced as the other side ("or", "versus", "to"), however
# long the arm's description, as long as no product is named after it
_ARM_INTRODUCED = fastre.compile(
    rf"\b(?:or|versus|vs\.?|to)\s+(?:the\s+|an?\s+)?{COMPARATOR_ARM_NAME}", re.IGNORECASE
)
# "(satri-cel, 88 patients; chemotherapy, 48 patients)": a comparator arm's label before its size
_ARM_LABEL_BEFORE = fastre.compile(
    rf"[\[;,]\s*(?:the\s+)?{COMPARATOR_ARM_NAME}(?:\s+(?:arm|group|cohort))?\s*[,:]\s*$", re.IGNORECASE
)
_SIZE_BRACKET_OPEN = fastre.compile(r"[(\[]\s*n\s*=\s*$", re.IGNORECASE)
_SIZE_BEFORE = fastre.compile(r"\bn\s*=\s*\d", re.IGNORECASE)
ARM_DESCRIPTION_REACH = 240  # characters from an arm's name to the bracket with its size


def _arm_bracket(text: str, segment: Segment, claim_start: int, hits: DocumentHits) -> bool:
    """Whether the claim is the size in brackets after a comparator arm's name (or after the
    description of an arm introduced by "or"/"versus", with no product named since)."""
    if text[claim_start - 1 : claim_start] not in ("(", "[", "=", " "):
        return False
    near = text[max(segment.start, claim_start - ARM_BRACKET_REACH) : claim_start]
    if (
        _ARM_BRACKET_BEFORE.search(near) is not None
        or _ARM_IN_SIZE_LIST.search(near) is not None
        or _ARM_LABEL_BEFORE.search(near) is not None
    ):
        return True
    if _SIZE_BRACKET_OPEN.search(near) is None:
        return False
    start = max(segment.start, claim_start - ARM_DESCRIPTION_REACH)
    earlier_sizes = list(_SIZE_BEFORE.finditer(text, start, claim_start - 1))
    if earlier_sizes:
        start = earlier_sizes[-1].end()
    arms = list(_ARM_INTRODUCED.finditer(text, start, claim_start))
    return bool(arms) and not hits.within(hits.products, arms[-1].start(), claim_start)


_PRODUCT_RIGHT_AFTER = fastre.compile(r"\s*(?:for|with|on|from)\s+(?:the\s+)?", re.IGNORECASE)
PRODUCT_AFTER_REACH = 40  # characters after a comparator's figure where its own product may stand


def _compared_product(
    text: str, segment: Segment, claim_start: int, claim_end: int, hits: DocumentHits
) -> str | None:
    """The comparator side's product: the one named right after its figure ("compared with 54%
    for Yescarta"), else the one product the sentence names after a comparison word ("cilta-cel,
    compared with ide-cel, achieved a higher ORR (94% vs 82%)") when it differs from every other
    product it names before the figure. None when there is no such one product (the other arm is
    standard care, or several are compared)."""
    right_after = hits.within(hits.products, claim_end, min(segment.end, claim_end + PRODUCT_AFTER_REACH))
    if right_after and _PRODUCT_RIGHT_AFTER.fullmatch(text, claim_end, right_after[0].start):
        return right_after[0].value
    named = hits.within(hits.products, segment.start, claim_start)
    compared = {h.value for h in named if hits.after_comparator(text, h.start)}
    first_side = {h.value for h in named if not hits.after_comparator(text, h.start)}
    if len(compared) != 1 or not first_side or compared & first_side:
        return None
    return next(iter(compared))


_SEVERAL = fastre.WordFiltered(_SEVERAL_PRODUCTS)


def _about_several_trials(text: str, segment: Segment, claim_start: int, folded: str | None = None) -> bool:
    """Whether the claim's context speaks of several trials at once."""
    start = max(segment.start, claim_start - CONTEXT_WINDOW)
    end = min(segment.end, claim_start + CONTEXT_WINDOW)
    return _SEVERAL_TRIALS.search(text, folded, start, end) is not None


def _about_several(text: str, segment: Segment, claim_start: int, folded: str | None = None) -> bool:
    """Whether the claim's context speaks of several products at once. `folded` (the aligned
    fold of `text`) lets most windows be ruled out without the pattern, which has to try every
    number and every word that may count products ("these", "all", "six")."""
    start = max(segment.start, claim_start - CONTEXT_WINDOW)
    end = min(segment.end, claim_start + CONTEXT_WINDOW)
    found = _SEVERAL.search(text, folded, start, end)
    while found is not None and _NONE_OTHER.search(
        text, max(start, found.start() - NONE_OTHER_REACH), found.end()
    ):
        found = _SEVERAL.search(text, folded, found.end(), end)
    return found is not None


# "remained in remission without transplant or other treatments", "needed no other therapies": the
# treatments that were not given are no products the figure is about
_NONE_OTHER = fastre.compile(
    r"\b(?:without|no|nor|never\s+(?:needed|required|received))\b[^.;:]{0,80}?\bother\s+[^.;:]*$",
    re.IGNORECASE,
)
NONE_OTHER_REACH = 100  # characters before "other …" where the word that denies them may stand


# A comparator arm's figure (standard of care, chemotherapy, control; "than similar therapies in
# the US (estimated …)") has product null, whatever the paragraph is about.
_COMPARATOR_ARM = fastre.compile(
    r"\b(?:standard[- ]of[- ]care|chemotherap(?:y|ies)|placebo|control\s+(?:arm|group)|historical\s+control"
    # every arm name a figure after it is read with ("treatment of physician's choice (TPC)", "SOC")
    rf"|{COMPARATOR_ARM_NAME}"
    r"|salvage\s+(?:therapy|treatment|regimens?)|(?<!censoring\sfor\s)(?<!censored\sfor\s)(?<!censoring\sat\s)(?<!censored\sat\s)"
    r"subsequent\s+therap(?:y|ies)"
    r"|conventional\s+treatments?"
    # the disease's background: "the prognosis of adults with B-ALL is poor, with cure rates of barely 40%"
    r"|prognosis|historically|poor\s+(?:survival|outcomes?)"
    # "median PFS and OS remain poor, with values of 3–6 months": outcomes without the therapy
    r"|(?:remains?|remained|is|are|was|were)\s+(?:very\s+|particularly\s+|extremely\s+|still\s+)?(?:poor|dismal|grim|bleak))\b"
    # ("more than half (77%) of the patients": a hedged word fraction, then its figure, compares nothing)
    r"|\b(?:than(?!\s+(?:half|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters)\s*\()"
    r"|compar(?:ed|ing)\s+(?:to|with)|vs\.?|versus)\b(?:[^.;:]|(?<=\b[A-Z])\.){0,60}$",
    re.IGNORECASE,
)


# The comparator named after the figure: "61.1% of PD patients could respond to subsequent
# therapies"; the arm right after it ("… and 52% with standard care", "33% for standard-of-care
# therapy", "49% of those on standard care", "30% among patients on chemotherapy")
# ("More than half of patients reach long-term survival with standard chemotherapy alone": the old
# treatment "alone", later in the clause)
_COMPARATOR_AFTER = fastre.compile(
    r"[^.;]{0,60}\bsubsequent\s+therap"
    r"|[^.;]{0,60}\b(?:with|on|after|from|by)\s+"
    r"(?:standard\s+|conventional\s+|intensive\s+|first[- ]line\s+)?"
    r"(?:chemo(?:therapy)?|chemoimmunotherapy|immunochemotherapy|(?:stem\s+cell\s+)?transplant(?:ation)?"
    r"|standard\s+(?:care|treatment|therapy))\s+alone\b"
    # the outcome of what patients get now, later in the clause: "50% of adult patients will relapse
    # on currently available treatments", "30% respond to existing therapies"
    r"|[^.;]{0,60}\b(?:on|with|to|under)\s+(?:currently\s+available|existing|conventional)\s+"
    r"(?:therap(?:y|ies)|treatments?|regimens?)\b|" + COMPARATOR_ARM_AFTER,
    re.IGNORECASE,
)


_ARM = fastre.WordFiltered(_COMPARATOR_ARM, shortest=2)  # "vs" too: the windows are short
_COMPARISON_WORD = re.compile(r"(?:than|compar|vs|versus)", re.IGNORECASE)  # a comparison, no arm named
_AFTER = fastre.WordFiltered(_COMPARATOR_AFTER)
COMPARATOR_AFTER_REACH = 80


def _about_comparator(
    text: str, segment: Segment, claim_start: int, claim_end: int, folded: str | None = None
) -> bool:
    """Whether the claim is a comparator arm's figure (the words before it, or "subsequent
    therapies" right after it); `folded`, the aligned fold of `text`, rules windows out by the
    patterns' required words."""
    start = max(segment.start, claim_start - CONTEXT_WINDOW)
    arm = _ARM.search(text, folded, start, claim_start)
    if arm is not None:
        # (not "(26.7% before versus 4.3% after the amendment)": one product's periods compared)
        return not (_COMPARISON_WORD.match(arm.group(0)) and _SAME_PRODUCT_SIDE_AFTER.match(text, claim_end))
    end = min(segment.end, claim_end + COMPARATOR_AFTER_REACH)
    return _AFTER.match(text, folded, claim_end, end) is not None


# "the cost of CAR-T therapy abroad is ₹3-4 crore, while NexCAR19 …", "imported CAR-T products
# cost …": another country's price, the comparator of a local product's (CLAIMS.md 4), not its own
_ELSEWHERE_CLAUSE = fastre.compile(
    r"\b(?:abroad|overseas|internationally|imported|in\s+(?:other|developed|western|foreign)\s+"
    r"(?:countries|nations|markets))\b(?:(?!\b(?:while|whereas|but|compared|versus|vs)\b)[^.;:])*$",
    re.IGNORECASE,
)
_ELSEWHERE = fastre.WordFiltered(_ELSEWHERE_CLAUSE)
ELSEWHERE_REACH = 100  # characters before a price where "abroad" makes it another country's
ELSEWHERE_AFTER_REACH = 30  # ...and after it ("$450,000 per patient overseas")
_ELSEWHERE_AFTER = fastre.WordFiltered(
    fastre.compile(
        r"(?:\s+(?:per\s+patient|each|a\s+dose))?\s+(?:abroad|overseas|internationally)\b", re.IGNORECASE
    )
)


def _priced_elsewhere(
    text: str, segment: Segment, claim_start: int, claim_end: int, folded: str | None = None
) -> bool:
    """Whether the clause of a price says it is charged in other countries; `folded`, the
    aligned fold of `text`, rules windows out by the pattern's required words."""
    start = max(segment.start, claim_start - ELSEWHERE_REACH)
    if _ELSEWHERE.search(text, folded, start, claim_start) is not None:
        return True
    end = min(segment.end, claim_end + ELSEWHERE_AFTER_REACH)
    return _ELSEWHERE_AFTER.match(text, folded, claim_end, end) is not None


def is_comparator_figure(before: str, after: str) -> bool:
    """Whether a figure with this text before and after it (in its sentence) is a comparator
    arm's: standard of care, chemotherapy, a control, "than …", "compared with …"."""
    return bool(_COMPARATOR_ARM.search(before)) or bool(_COMPARATOR_AFTER.match(after))


def regions_in(text: str) -> set[str]:
    """The regions a piece of text names (the attribution vocabulary; "other" for a country
    outside the list)."""
    return {hit.value for hit in _find(text, _REGION_RES) if not _SELLER_AFTER.match(text, hit.end)}


def _lists_other_place(text: str, local: list[Hit]) -> bool:
    """Whether a place outside the region list is named in one list with listed ones."""
    for left, right in zip(local, local[1:], strict=False):
        if "other" in (left.value, right.value) and left.value != right.value:
            if _LIST_JOIN.match(text[left.end : right.start]):
                return True
    return False


def _contrasted_last(text: str, local: list[Hit], start: int) -> bool:
    """Whether the last place named before `start` is outside the region list and set against
    the listed place before it ("in the US, whereas in India"; not "sites in the United States and
    a site in Ontario, Canada")."""
    before = [h for h in local if h.end <= start]
    if not before or before[-1].value != "other":
        return False
    listed = [h for h in before if h.value not in NO_VALUE]
    return bool(listed) and _CONTRAST.search(text, listed[-1].end, before[-1].start) is not None


def _names_other_place(hits: DocumentHits, segment: Segment) -> bool:
    return any(h.value in ("other", "mixed") for h in hits.within(hits.regions, segment.start, segment.end))


def _extend_list(text: str, hit: Hit, hits: list[Hit], field_name: str) -> str | None:
    """A hit in a list ("in the US, UK, Germany and Spain", "patients with ALL, CLL and
    lymphoma") stands for the whole list: its covering value, or None when nothing covers it.
    `hits` are sorted by start."""
    values = {hit.value}
    current = hit
    for other in hits:
        if other.start < current.end:
            continue
        if not _LIST_JOIN.match(text[current.end : other.start]):
            break
        values.add(other.value)
        current = other
    current = hit
    for other in reversed(hits):
        if other.end > current.start:
            continue
        if not _LIST_JOIN.match(text[other.end : current.start]):
            break
        values.add(other.value)
        current = other
    if len(values) == 1:
        return hit.value
    return covering(field_name, values)


_LIST_JOIN = fastre.compile(
    r"^(?:[^()\d]{0,30}\))?(?:\s*\([^()\d]{1,30}\))?\s*(?:,|/|and|or|&|as\s+well\s+as)?\s*(?:and\s+|or\s+)?(?:the\s+|in\s+)?$"
    r"|^\s*\($"  # "acute lymphoblastic leukaemia (ALL) and …": the name's own abbreviation
    # "leukemia, lymphoma and multiple myeloma": a member that names no value of its own between
    r"|^\s*,\s*(?:[\w-]+\s+)?(?:lymphomas?|leuka?emias?|myelomas?|blood\s+cancers?)\s*(?:,|and|or)\s*(?:and\s+|or\s+)?$",
    re.I,
)
NO_VALUE = ("mixed", "other")  # a context that names these settles the field as null


# "Compared to the US, where CAR-T therapies can cost around $400,000, the cost in China is …": the
# figure of a "where" clause is the place that clause describes
_WHERE_CLAUSE_BEFORE = fastre.compile(r",\s*where\b[^,;.]*$", re.IGNORECASE)
WHERE_CLAUSE_REACH = 120


def _place_of_where_clause(text: str, places: list[Hit], claim_start: int) -> Hit | None:
    """The place named right before the ", where" clause that holds the claim, if any."""
    found = _WHERE_CLAUSE_BEFORE.search(text, max(0, claim_start - WHERE_CLAUSE_REACH), claim_start)
    if found is None:
        return None
    return next(
        (h for h in places if h.end <= found.start() and not text[h.end : found.start()].strip()), None
    )


# Between a price and the product it is the price of: "$475,000 — list price of Kymriah", "$373,000
# is the wholesale cost of Yescarta", "$410,300, the price of Breyanzi"
_PRICE_OF_AFTER = fastre.compile(
    r"\s*(?:[—–:,]|-\s)?\s*(?:(?:is|was|are|were)\s+)?(?:the\s+|its\s+)?(?:(?:US|U\.S\.|current|average|list"
    r"|wholesale(?:\s+acquisition)?|launch|official)\s+){0,2}(?:price|cost)\s+(?:tag\s+)?(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _price_of_after(
    text: str, segment: Segment, claim_end: int, doc_hits: list[Hit], hits: DocumentHits
) -> Hit | None:
    """The product right after a price that is said to be its price, in the same sentence."""
    for hit in hits.within(doc_hits, claim_end, segment.end):
        return hit if _PRICE_OF_AFTER.fullmatch(text, claim_end, hit.start) else None
    return None


def _own_clause(text: str, local: list[Hit], claim: Other, start: int, end: int) -> list[Hit]:
    """The places of the claim's own clause of its sentence (from `start` to `end`) when that clause
    names only "worldwide" and the other clauses name places: "The FDA has approved six products,
    and more than 1,000 trials are ongoing worldwide" gives the trials "worldwide" (a global hit
    is otherwise weaker than any place). Empty otherwise: the sentence's places are asked."""
    if len(local) < 2 or all(h.value != "global" for h in local):
        return []  # nearly always: nothing to weigh
    lo = start
    for join in CLAUSE_BREAK.finditer(text, start, claim[0]):
        lo = join.end()
    after = CLAUSE_BREAK.search(text, claim[1], end)
    hi = after.start() if after else end
    own = [h for h in local if lo <= h.start and h.end <= hi]
    if any(h.value != "global" for h in own) or len(own) == len(local):
        return []  # the sentence's places are weighed as before (`choose`)
    return own


# A place name inside a claim's words that names its currency ("US $175,380", "1.2M China Yuan"),
# not where the claim is about ("six FDA-approved CAR-T therapies" is about the US)
_CURRENCY_AFTER = fastre.compile(r"\s?(?:\$|(?:dollars?|yuan|renminbi|RMB)\b)", re.IGNORECASE)


def _before_subset(text: str, local: list[Hit], claim: Other) -> list[Hit]:
    """The hits of a count's sentence but those after the subset it goes on to ("150 patients,
    40 of them children", "… including about 60 children")."""
    last = local[-1].start
    if last <= claim[1]:
        return local
    subset = _SUBSET_AFTER_COUNT.search(text, claim[1], last)
    return local if subset is None else [h for h in local if h.start < subset.start()]


def _resolve(
    text: str,
    segment: Segment,
    field_name: str,
    contexts: tuple[str, ...],
    doc_hits: list[Hit],
    claim: Other,
    others: list[Other],
    allow_after: bool,
    hits: DocumentHits,
    spans_of: dict[str, list[tuple[int, int]]] | None = None,
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The value of the first context that names one, which context that was and the words in it
    that name the value. A context that names several gives its covering value (the span of all
    its names), or nothing (the next context is asked)."""
    for where in contexts:
        if where == "topic":
            value = hits.topic.get(field_name)
            if value is not None:
                return value, where, hits.topic_span(field_name)
            continue
        spans = spans_of.get(where) if spans_of is not None else None
        if spans is None:
            spans = _context_spans(text, segment, where, claim[0])
            if spans_of is not None:
                spans_of[where] = spans
        for start, end in spans:
            local = hits.within(doc_hits, start, end)
            if where == "sentence":
                if field_name == "region":  # "US $175,380": a currency prefix, not a place
                    local = [
                        h
                        for h in local
                        if not (
                            claim[0] <= h.start
                            and h.end <= claim[1]
                            and _CURRENCY_AFTER.match(text, h.end)
                            and h.start not in hits.price_rows
                        )
                    ]
                if field_name == "region":
                    local = _own_clause(text, local, claim, start, end) or local
                strong = [h for h in local if h.value != "global"]
                if field_name == "population" and claim[2] == "patient_count" and strong:
                    whole = _before_subset(text, strong, claim)
                    if not whole:
                        return None, where, None  # "150 patients, 40 of them children": a subset's
                    strong = local = whole
                hit = _place_of_where_clause(text, strong, claim[0]) if field_name == "region" else None
                hit = hit or choose(text, strong, claim, others, allow_after, hits)
                if hit is None and len(strong) < len(local):
                    hit = choose(
                        text, [h for h in local if h.value == "global"], claim, others, document=hits
                    )
                if hit is not None:
                    value = (
                        _extend_list(text, hit, strong, field_name)
                        if field_name in ("region", "indication", "product", "population")
                        else hit.value
                    )
                    if value is None or value in NO_VALUE:
                        return None, where, None
                    return value, where, (hit.start, hit.end)
                continue
            local = [h for h in local if not hits.after_comparator(text, h.start)]
            if field_name == "product" and local:
                local = [h for h in local if not _named_example(text, h)]
            values = {h.value for h in local}
            if not values:
                continue
            if values <= set(NO_VALUE) or _lists_other_place(text, local):
                # "In India, …", "in the US and in Europe and Asian countries": settled as null
                return None, where, None
            if field_name == "region" and "other" in values and _contrasted_last(text, local, claim[0]):
                # "… $400,000 in the US, whereas in India … 98 patients": the place set against
                # the listed one is the one the next sentences go on about
                return None, where, None
            values -= set(NO_VALUE)
            if len(values) == 1:
                value = values.pop()
                nearest = max((h for h in local if h.value == value), key=lambda h: h.start)
                return value, where, (nearest.start, nearest.end)
            value = covering(field_name, values)
            if value is not None:
                return value, where, (local[0].start, local[-1].end)
    return None, None, None
