"""Extraction: source text -> validated ledger. The library entry points the CLI calls."""

from __future__ import annotations

import bisect
import itertools
import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import __version__, cjk, fastre, multiscan, patterncache
from .attribute import (
    CONTEXT_WINDOW,
    Hit,
    attribute,
    converted_from,
    document_hits,
    respective,
    vocabulary_patterns,
    with_respective,
)
from .errors import InputError, LimitError
from .htmltext import HtmlText
from .ingest import DEFAULT_MAX_BYTES, Item, Source, decode_source, line_starts
from .layout import Segment, section_label, segments, unwrapped
from .ledger import Claim, ExtractorInfo, HtmlInfo, Ledger, Origin, SourceInfo, Value, Warning, claim_id
from .link import Link, cue_patterns, cue_windows, find_cues, link_segment, restatements
from .nlp import Parsed, parse, parse_around, product_patterns, special_case_patterns
from .normalise import (
    INVERTED_BOUND,
    Mention,
    as_saving_factor,
    implied_denominator,
    scan,
    scan_patterns,
    share_decimals_text,
    with_label_unit,
    with_value,
)
from .records import NotARecord, Record, make_record
from .rules.costs import BARE_AMOUNT_MIN, IMPLIED_CURRENCY_REACH, ONE_CURRENCY_SHARE, PRICE_BEFORE_BARE_AMOUNT

DEFAULT_MAX_CLAIMS = 20_000  # per file (--max-claims): more is a generated page or junk, not an article
NUMBERS_PER_CLAIM = 5  # a text with more numbers than this many per allowed claim is refused unread
DEFAULT_FILE_TIMEOUT = 300.0  # seconds per file (--file-timeout); an article takes well under one
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Bounds:
    """Per-file bounds: one file can neither stall a run nor take all its memory."""

    max_claims: int = DEFAULT_MAX_CLAIMS
    file_timeout: float | None = DEFAULT_FILE_TIMEOUT  # None: no budget


def check_density(text: str, path: str, max_claims: int) -> None:
    """Refuse, before any parsing, a text with more numbers than its claims could use: the
    cheap guard that keeps a 10 MB run of figures from costing minutes and gigabytes."""
    ceiling = max_claims * NUMBERS_PER_CLAIM
    if len(text) < 2 * ceiling:
        return  # each number takes a digit and a separator: this text cannot hold that many
    for count, _ in enumerate(_NUMBER.finditer(text), 1):
        if count > ceiling:
            raise LimitError(
                f"{path}: over {ceiling:,} numbers, more than --max-claims {max_claims:,} can use"
                f" ({NUMBERS_PER_CLAIM} per claim); not extracted (raise --max-claims to extract it)"
            )


def _over_limit(path: str, max_claims: int) -> LimitError:
    return LimitError(
        f"{path}: more than {max_claims:,} claims (--max-claims {max_claims:,}); not extracted"
        " (raise --max-claims to extract it)"
    )


RETIMEOUT_SECONDS = 0.05


class _Timeout(Exception):
    """Raised by the alarm inside the extraction of one file."""


@contextmanager
def time_budget(seconds: float | None, path: str) -> Iterator[None]:
    """Fail the extraction of one file (LimitError) once it takes longer than `seconds`. Uses
    SIGALRM, so only in the main thread of a process on POSIX (every local worker, and the CLI
    with --jobs 1); elsewhere (Dask's threads) it does nothing."""
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum, frame):  # noqa: ARG001
        # Not while the first timeout is being handled: freeing what the file built can outlast
        # the repeat, which would then replace it in the middle of this manager's exit.
        if not isinstance(sys.exc_info()[1], _Timeout):
            raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    # ...and again every RETIMEOUT_SECONDS after: an exception raised while a finalizer (__del__)
    # runs is printed and dropped by Python, and the file would then run to its end
    signal.setitimer(signal.ITIMER_REAL, seconds, RETIMEOUT_SECONDS)
    try:
        yield
    except _Timeout:
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise LimitError(
            f"{path}: took longer than {seconds:g} s (--file-timeout {seconds:g}); not extracted"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that could not be processed, with a one-line reason."""

    path: str
    reason: str


def _value(text: str, link: Link) -> tuple[dict[str, object], float | None, float | None]:
    """The claim's value (as the fields `Value` validates), numerator and denominator."""
    mention = link.mention
    if link.metric == "approval":
        return {"low": None, "high": None, "unit": "date", "bound": "eq", "date": mention.date}, None, None
    if link.count_value is not None:
        count = link.count_value
        return (
            {"low": count, "high": count, "unit": "count", "bound": "eq"},
            mention.numerator,
            mention.denominator,
        )
    share = mention.low or mention.high
    if (
        link.metric == "cost_reduction"
        and mention.kind == "fraction"
        and share
        and ".cost_refund" not in link.rule
    ):
        # "a third of the US price" is a saving by a factor of three ("less than a fifth": more
        # than five times)
        factor = round(100 / share, 1)
        saving = as_saving_factor(mention, factor if mention.low else None, factor if mention.high else None)
        return {"low": saving.low, "high": saving.high, "unit": "x", "bound": saving.bound}, None, None
    if (
        link.metric == "cost_reduction"
        and mention.kind == "percent"
        and (".cost_share_of_price_elsewhere." in link.rule or ".cost_share_of_this_price." in link.rule)
    ):
        # "40% of the price abroad" is a saving by a factor of 2.5 ("30-40% of …": 2.5 to 3.3)
        low = round(100 / mention.high, 1) if mention.high else None
        high = round(100 / mention.low, 1) if mention.low else None
        # ("less than 40% of it": the factor's low end, more than 2.5 times)
        bound = INVERTED_BOUND.get(mention.bound, mention.bound)
        return {"low": low, "high": high, "unit": "x", "bound": bound}, None, None
    unit = mention.unit
    if link.metric in ("trial_count", "product_count", "patient_count") and mention.kind == "number":
        unit = "count"
    value: dict[str, object] = {
        "low": mention.low,
        "high": mention.high,
        "unit": unit,
        "bound": mention.bound,
    }
    denominator = mention.denominator
    if mention.numerator is not None and denominator is None and unit == "%" and mention.low is not None:
        # "Twelve patients (16.2%)", "90% (n = 18)": the cohort the stated share implies
        written = share_decimals_text(text[mention.start : mention.end])
        if written is not None:
            denominator = implied_denominator(mention.numerator, mention.low, written)
    return value, mention.numerator, denominator


def implied_money(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bare amounts right after a price word become money (see rules/costs.py
    PRICE_BEFORE_BARE_AMOUNT): in the currency of the nearest amount, before or after them,
    within IMPLIED_CURRENCY_REACH characters, else in the article's one currency if it has one."""
    money = [m for m in mentions if m.kind == "money"]
    if not money:
        return mentions
    currencies = Counter(m.unit for m in money)
    currency, count = currencies.most_common(1)[0]
    dominant = currency if count >= 2 and count >= ONE_CURRENCY_SHARE * len(money) else None
    result = []
    for m in mentions:
        if (
            m.kind == "number"
            and m.low is not None
            and m.low >= BARE_AMOUNT_MIN
            and PRICE_BEFORE_BARE_AMOUNT.search(text, max(0, m.start - 40), m.start)
        ):
            distance = {id(p): max(m.start - p.end, p.start - m.end) for p in money}
            near = [p for p in money if distance[id(p)] <= IMPLIED_CURRENCY_REACH]
            unit = min(near, key=lambda p: distance[id(p)]).unit if near else dominant
            if unit is not None:
                m = with_value(m, kind="money", unit=unit)
        result.append(m)
    return result


def label_units(text: str, doc_segments: list[Segment], mentions: list[Mention]) -> list[Mention]:
    """The first bare number of each table cell, read in the unit its column header (or, in a
    table whose rows are the metrics, its row label) states: "81" under "ORR (%)" is 81 %."""
    cells = [s for s in doc_segments if s.kind == "cell" and s.col > 0]
    if not cells:
        return mentions
    starts = [m.start for m in mentions]
    result = list(mentions)
    changed_any = False
    for cell in cells:
        i = bisect.bisect_left(starts, cell.start)
        if i == len(mentions) or mentions[i].end > cell.end:
            continue
        for span in (cell.header_cell(), cell.row_label(), section_label(text, cell)):
            if span is None:
                continue
            changed = with_label_unit(text, mentions[i], text[span[0] : span[1]], cell.end)
            if changed is not mentions[i]:
                result[i] = changed
                changed_any = True
                break
    if not changed_any:
        return mentions
    # a count-and-share cell ("35 (85.4)") now spans the share's number: that one goes
    kept: list[Mention] = []
    for mention in result:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


# "Median PFS (months): 13.8", "ORR (%): 82": a fact box's line, its label stating the unit of
# the bare number after the colon (as a table's header does for its column)
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·][ \t]*)?(?P<label>[^:\n]{2,60}?)[ \t]*[:：][ \t]*$")
_LABEL_ENDS = (":", "：")


def _after_colon(text: str, line_start: int, start: int) -> bool:
    """Whether the line before `start`, less trailing spaces and tabs, ends with a colon: what
    `_LABEL_LINE` needs there to match at all. Most numbers follow no colon, and the search,
    whose `$` is tried from every position of the line, is then not run."""
    return text[line_start:start].rstrip(" \t").endswith(_LABEL_ENDS)


# A fact box's line ("Approved: August 2017", "- Price: $475,000") and how many lines above it
# the product it is about may be named
_FACT_LINE = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?[A-Za-z][^:\n]{1,40}:[ \t]")
FACT_BOX_LINES = 4


def _lines_above(text: str, start: int, count: int) -> int:
    """Where the line `count` lines above the one that begins at `start` begins."""
    at = start
    for _ in range(count):
        if at <= 0:
            return 0
        at = text.rfind("\n", 0, at - 1) + 1
    return at


# "Median PFS (months): 14.7 vs 3.7": the later figures of the value, joined to the first
_VALUE_JOIN = re.compile(r"[ \t]*(?:vs\.?|versus|and|or|,|/|;)[ \t]*", re.IGNORECASE)
# A table row as a review's PDF leaves it, its cells parted by single spaces, the label stating
# the unit ("ORR, % 82 52 73", "Median PFS (months) 5.9 2.9 6.8"): the label, then the figures
_UNIT_ROW_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Za-z][^\d:\n]{1,60}?"
    r"(?:,[ \t]*%|[ \t]*\(%\)|,[ \t]*months?|[ \t]*\(months?\)))[ \t]+",
    re.IGNORECASE,
)
MAX_UNIT_ROW_LABEL = 72  # characters a row's label (and its indent) may take before its first figure
_ROW_FIGURES_AFTER = re.compile(r"(?:[ \t]+\d[\d.,]*)*[ \t]*(?:\n|$)")
_ROW_GAP = re.compile(r"[ \t]+")


def label_line_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each bare number that opens the value of a "Label (unit):" line, and those joined to it
    ("14.7 vs 3.7"), read in that unit."""
    result = mentions
    label: str | None = None  # the label of the value the last number opened or joined
    row = False  # whether that label opens a row of figures parted by spaces
    previous_end = -1
    for i, mention in enumerate(mentions):
        if mention.kind != "number":
            label = None
            continue
        if label is not None and (
            _VALUE_JOIN.fullmatch(text, previous_end, mention.start)
            or (row and _ROW_GAP.fullmatch(text, previous_end, mention.start))
        ):
            given = label
        else:
            label, row = None, False
            line_start = text.rfind("\n", 0, mention.start) + 1
            if not _after_colon(text, line_start, mention.start):
                if mention.start - line_start > MAX_UNIT_ROW_LABEL:
                    continue  # deep in a line of prose: no row's first figure
                unit_row = _UNIT_ROW_LABEL.fullmatch(text, line_start, mention.start)
                if unit_row is None or not _ROW_FIGURES_AFTER.match(text, mention.end):
                    continue
                given, row = unit_row.group("label"), True
            else:
                labelled = _LABEL_LINE.search(text, max(0, line_start - 1), mention.start)
                if labelled is None:
                    continue
                given = labelled.group("label")
        line_end = text.find("\n", mention.end)
        changed = with_label_unit(text, mention, given, len(text) if line_end < 0 else line_end)
        if changed is not mention:
            result = result if result is not mentions else list(mentions)
            result[i] = changed
            label, previous_end = given, changed.end
        else:
            label = None
    return result


def _links(
    text: str,
    doc_segments: list[Segment],
    mentions: list[Mention],
    has_product_at,
    limit: int | None = None,
    path: str = "",
    folded: str | None = None,
    data: bytes | None = None,
) -> list[Link]:
    cues = find_cues(text, windows=cue_windows(mentions, len(text)), folded=folded, data=data)
    ci_spans = [(m.start, m.end) for m in mentions if m.kind == "ci"]
    if ci_spans:  # "(95% CI = 51.9%–83.7%)" belongs to the figure before: its "CI" blocks nothing
        ci_starts = [s for s, _ in ci_spans]

        def inside_ci(cue) -> bool:
            i = bisect.bisect_right(ci_starts, cue.start) - 1
            return i >= 0 and cue.end <= ci_spans[i][1]

        cues = [c for c in cues if not inside_ci(c)]
    cue_starts = [c.start for c in cues]
    mention_starts = [m.start for m in mentions]
    links: list[Link] = []
    unlinked: list[tuple[Mention, Segment]] = []
    previous: Segment | None = None
    for segment in doc_segments:
        before, previous = previous, segment
        lo = bisect.bisect_left(mention_starts, segment.start)
        hi = bisect.bisect_left(mention_starts, segment.end)
        seg_mentions = [m for m in mentions[lo:hi] if m.end <= segment.end]
        if not seg_mentions:
            continue
        c_lo = bisect.bisect_left(cue_starts, segment.start)
        c_hi = bisect.bisect_left(cue_starts, segment.end)
        seg_cues = [c for c in cues[c_lo:c_hi] if c.end <= segment.end]
        earlier = None
        if before is not None and _same_paragraph(text, before, segment):
            e_lo = bisect.bisect_left(cue_starts, before.start)
            earlier = [c for c in cues[e_lo:c_lo] if c.end <= before.end]
        made = link_segment(text, segment, seg_mentions, seg_cues, has_product_at(segment), earlier)
        linked = {id(link.mention) for link in made}
        links.extend(made)
        if limit is not None and len(links) > limit and len({_key(link) for link in links}) > limit:
            raise _over_limit(path, limit)
        unlinked.extend(
            (m, segment)
            for m in seg_mentions
            if id(m) not in linked and m.kind == "percent" and segment.kind != "header"
        )
    links.extend(restatements(text, links, unlinked))
    return links


def _outside(mentions: list[Mention], names: list[Hit]) -> list[Mention]:
    """The mentions that are not inside one of `names` (sorted by start)."""
    starts = [name.start for name in names]
    kept = []
    for mention in mentions:
        i = bisect.bisect_right(starts, mention.start) - 1
        if i >= 0 and mention.end <= names[i].end:
            continue
        kept.append(mention)
    return kept


def _same_paragraph(text: str, first: Segment, second: Segment) -> bool:
    """Whether two sentences follow each other within one paragraph (no blank line, no table)."""
    gap = text[first.end : second.start]
    return first.table is None and second.table is None and not gap.strip() and gap.count("\n") <= 1


def _key(link: Link) -> tuple[int, int, str]:
    """What makes a claim one claim: its span and metric."""
    return (link.mention.start, int(link.extra.get("span_end", link.mention.end)), link.metric)  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def document_patterns() -> multiscan.PatternSet:
    """The scanner's, vocabulary and product-name patterns, and the tokenizer's special cases:
    one Hyperscan pass over each document tells where each of them can match (the cues are
    scanned for near numbers only)."""
    return multiscan.PatternSet(
        (*scan_patterns(), *vocabulary_patterns(), *product_patterns(), *special_case_patterns())
    )


def warm_up() -> None:
    """Build (or read from the cache) the Hyperscan databases, so that the first extraction
    after an install does not spend its first seconds compiling them; and keep the compiled
    rule patterns (patterncache)."""
    for patterns in (document_patterns(), cue_patterns()):
        patterns.build()
    patterncache.store()


def extract_document(
    source: Source, parsed: Parsed | None = None, max_claims: int | None = DEFAULT_MAX_CLAIMS
) -> Ledger:
    """The ledger of one source. `parsed` is its spaCy result when the caller parsed it.
    LimitError when it holds more than `max_claims` claims (None: no limit). Paragraphs written
    in Chinese are read by `carclaims.zh` (CLAIMS.md section 6), the rest by the English rules."""
    text = source.text
    if not cjk.has_cjk(text):
        return _as_ledger(_extract_english(source, parsed, max_claims))
    from . import zh  # loaded by the first page with Chinese characters

    chinese = zh.chinese_spans(text)
    if not chinese:
        return _as_ledger(_extract_english(source, parsed, max_claims))
    covered = sum(e - s for s, e in chinese)
    english: list[Claim] = []
    warnings: list[Warning] = []
    if covered < len(text.strip()) * 0.9:  # a mixed page: its English paragraphs too
        ledger = _as_ledger(_extract_english(source, parsed, max_claims))
        starts_ = [s for s, _ in chinese]

        def in_chinese(pos: int) -> bool:
            i = bisect.bisect_right(starts_, pos) - 1
            return i >= 0 and pos < chinese[i][1]

        english = [c for c in ledger.claims if not in_chinese(c.start)]
        warnings = [w for w in ledger.warnings if not in_chinese(w.start)]
    claims = sorted([*english, *zh.claims(text, chinese, source.sha256, line_starts(text))], key=_order)
    if max_claims is not None and len(claims) > max_claims:
        raise _over_limit(source.path, max_claims)
    return Ledger(
        source=SourceInfo(path=source.path, sha256=source.sha256, chars=len(text), encoding=source.encoding),
        extractor=ExtractorInfo(version=__version__),
        claims=claims,
        warnings=warnings,
        html=_html_info(source, text, claims),
    )


# Hyphens other than "-" that pages set between the parts of one word ("CAR‑T", "12‑month",
# "$1‑billion"; U+2011 is common in generated news digests): the rules read them as "-". One
# character for one, so every offset indexes the source, which the claims quote.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def ascii_hyphens(text: str) -> str:
    """`text` with its word-joining hyphens (U+2010, U+2011) as "-", the superscript note
    marks glued to a word ("The ORR¹ was 82%") as spaces, and the words a PDF's layout broke
    at a line's end made whole again ("re-\nsponse"), offsets unchanged."""
    if "-\n" in text or "-\r\n" in text:
        text = _BROKEN_WORD.sub(_mend_broken_word, text)
    if text.isascii():
        return text
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_HYPHENS)
    if _SUPERSCRIPT_DIGITS.search(text):
        text = _NOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    return text


# A word a PDF's text broke with a hyphen at a line's end: "overall re-\nsponse rate", "111 pa-
# \ntients", "progression-\nfree". The rules read it whole, in the place of its second part, with
# the spaces that make up the length before it ("  response", " progression-free"): every offset
# still indexes the source, and a claim ending in the word quotes the source as it stands.
_BROKEN_WORD = re.compile(r"(?<![\w-])(?P<a>[A-Za-z0-9]*[A-Za-z0-9])-\r?\n(?P<ws>[ \t]*)(?P<b>[a-z]+)\b")
# the second parts (and first parts) of words that are hyphenated anyway, whose hyphen stays
_KEPT_HYPHEN_SECOND = frozenset(
    "free up term world line lines based related cell cells shelf like specific directed targeted naive "
    "refractory risk grade dose time old effective label arm cel emergent associated mediated induced "
    "dependent positive negative level life year years month months week weeks day days eligible "
    "escalation expansion class hoc approved world reported income".split()
)
_KEPT_HYPHEN_FIRST = frozenset("non self follow real off long short first second third well".split())


def _mend_broken_word(found: re.Match[str]) -> str:
    first, second = found.group("a"), found.group("b")
    if second in _KEPT_HYPHEN_SECOND or first.lower() in _KEPT_HYPHEN_FIRST or not first[-1].isalpha():
        return " " * (len(found.group()) - len(first) - 1 - len(second)) + first + "-" + second
    return " " * (len(found.group()) - len(first) - len(second)) + first + second


_SUPERSCRIPT_DIGITS = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
# a note mark: superscript digits (and commas between them) right after a letter or a bracket
_NOTE_MARK = re.compile(
    r"(?<=[A-Za-z)\]])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079](?:[,\u00b9\u00b2\u00b3\u2070\u2074-\u2079])*"
)


def extract_record(source: Source, max_claims: int | None = DEFAULT_MAX_CLAIMS) -> Ledger | Record:
    """`extract_document`'s ledger, as a checked record (carclaims.records) where it can be one:
    a text source in English whose claims all pass the models' checks. What a run writes."""
    if cjk.has_cjk(source.text):
        return extract_document(source, None, max_claims)
    return _extract_english(source, None, max_claims, records=True)


def _as_ledger(made: Ledger | Record) -> Ledger:
    return made if isinstance(made, Ledger) else Ledger.model_validate(made.data)


def _order(claim: Claim) -> tuple[int, int, str]:
    return (claim.start, claim.end, claim.metric)


def _html_info(source: Source, text: str, claims: list[Claim]) -> HtmlInfo | None:
    """Where each claim stands in the HTML page the text was read from (None for a text file)."""
    if source.html is None:
        return None
    page = HtmlText(text, list(source.html_pieces))
    offsets = {}
    for claim in claims:
        span = page.html_span(claim.start, claim.end, source.html)
        if span is not None:
            offsets[claim.id] = span
    return HtmlInfo(
        text_file=Path(source.relative).with_suffix(".txt").name, chars=len(source.html), offsets=offsets
    )


def _extract_english(
    source: Source, parsed: Parsed | None, max_claims: int | None, records: bool = False
) -> Ledger | Record:
    """The ledger of English text; with `records`, a Record where it can be one (a text source
    whose claims all pass: no models are built), else the models."""
    text = unwrapped(ascii_hyphens(source.text))  # what the rules read; the claims quote source.text
    folded = fastre.filter_text(text)  # once per document: the scanner, cue and vocabulary passes share it
    aligned = len(folded) == len(text)
    data = multiscan.shadow(text)
    scanned = document_patterns().find(text, data)
    mentions = implied_money(text, scan(text, scanned))
    if parsed is None and aligned:  # spaCy reads only stretches with a number or a product
        names = scanned.starts(product_patterns())
        specials = special_case_patterns()  # not where `re` would scan for them: not worth it
        special_starts = scanned.starts(specials) if all(map(scanned.indexed, specials)) else []
        positions = sorted(itertools.chain((m.start for m in mentions), names))
        parsed = parse_around(text, positions, special_starts=special_starts)
    elif parsed is None:
        parsed = next(parse([text]))
    doc_segments = segments(text, parsed.sentences)
    mentions = label_line_units(text, label_units(text, doc_segments, mentions))
    hits = document_hits(text, parsed.products, folded, scanned)
    if hits.studies:  # "TRANSCEND NHL 001": a number inside a study's name is part of the name
        mentions = _outside(mentions, hits.studies)
    product_starts = [p.start for p in hits.products]

    def has_product_at(segment: Segment) -> bool:
        spans = [(segment.start, segment.end)]
        spans.extend(segment.row_cells())
        if _FACT_LINE.match(text, segment.start, segment.end):
            # "Kymriah (tisagenlecleucel)\nApproved: August 2017": a fact box's line under its name
            spans.append((_lines_above(text, segment.start, FACT_BOX_LINES), segment.start))
        for start, end in spans:
            i = bisect.bisect_left(product_starts, start)
            if i < len(product_starts) and product_starts[i] < end:
                return True
        return False

    links = _links(text, doc_segments, mentions, has_product_at, max_claims, source.path, folded, data)
    starts = line_starts(text)
    by_segment: dict[int, list[tuple[int, int, str]]] = {}
    for link in links:
        by_segment.setdefault(id(link.segment), []).append(_key(link))
    for spans in by_segment.values():
        spans.sort()

    segment_of = {id(link.segment): link.segment for link in links}
    currency_at = {_key(link)[:2]: link.mention.unit for link in links if link.metric == "cost"}
    respective_of: dict[tuple[int, int], dict[str, Hit]] = {}  # "…, respectively": per claim span
    for segment_id, spans in by_segment.items():
        segment = segment_of[segment_id]
        if "respectively" in text[segment.start : segment.end]:
            respective_of.update(respective(text, segment, [(s, e) for s, e, _ in spans], hits))

    def others_of(link: Link, start: int, end: int) -> list[tuple[int, int, str]]:
        spans = by_segment[id(link.segment)]
        lo = bisect.bisect_left(spans, (start - CONTEXT_WINDOW,))
        hi = bisect.bisect_right(spans, (start + CONTEXT_WINDOW + 1,))
        return [o for o in spans[lo:hi] if o[:2] != (start, end)]

    def claim_of(link: Link) -> tuple[tuple[int, int, str], int, dict[str, object]]:
        """A link's (start, end, metric), line and claim fields (attributed)."""
        key = _key(link)
        start, end = key[0], key[1]
        others = others_of(link, start, end)
        currency = link.mention.unit if link.metric == "cost" else None
        restated = converted_from(text, start, others) if link.metric == "cost" else None
        if restated is not None:
            # "1 million yuan ($154,000)": the same price in another currency is attributed as
            # the price it restates
            at, to = restated
            who = attribute(
                text,
                link.segment,
                "cost",
                at,
                to,
                others_of(link, at, to),
                hits,
                currency_at[restated],
                currency_at,
            )
        else:
            who = attribute(text, link.segment, link.metric, start, end, others, hits, currency, currency_at)
        if (start, end) in respective_of:
            who = with_respective(who, respective_of[(start, end)])
        line = bisect.bisect_right(starts, start) - 1
        fields = _claim_fields(source, text, link, starts, line, start, end, who)
        return key, line, fields

    in_order = sorted(links, key=lambda item: (item.mention.start, item.metric))
    unknown = [_unknown_product(source.text, hit, starts) for hit in hits.unknown_products]
    if source.html is None:
        # The whole ledger in one validation call: a third of the time of a call per model.
        # If any claim is not valid, the claims are made again one by one below, which drops
        # the bad ones with pydantic's reasons (and may take a later link of the same span).
        first: dict[tuple[int, int, str], dict[str, object]] = {}
        for link in in_order:
            key = _key(link)
            if key not in first:
                first[key] = claim_of(link)[2]
        if max_claims is None or len(first) <= max_claims:
            claims_fields = [first[k] for k in sorted(first)]
            if records:
                try:
                    return make_record(_source_info(source), __version__, claims_fields, unknown)
                except NotARecord:
                    pass  # the models say which claim is wrong, below
            else:
                try:
                    return Ledger.model_validate(
                        {
                            "source": _source_info(source),
                            "extractor": {"version": __version__},
                            "claims": claims_fields,
                            "warnings": unknown,
                        }
                    )
                except ValueError:
                    pass

    claims: dict[tuple[int, int, str], Claim] = {}
    dropped: list[Warning] = []
    for link in in_order:
        if _key(link) in claims:
            continue
        key, line, fields = claim_of(link)
        try:
            claims[key] = _claim(fields)
        except ValueError as exc:  # pydantic's ValidationError too: one bad claim, not a lost file
            dropped.append(_dropped(source.text, link, key[0], key[1], line, starts, exc))
    ordered = [claims[k] for k in sorted(claims)]
    if max_claims is not None and len(ordered) > max_claims:
        raise _over_limit(source.path, max_claims)
    return Ledger(
        source=SourceInfo(**_source_info(source)),  # type: ignore[arg-type]
        extractor=ExtractorInfo(version=__version__),
        claims=ordered,
        warnings=[*dropped, *(Warning(**fields) for fields in unknown)],  # type: ignore[arg-type]
        html=_html_info(source, source.text, ordered),
    )


def _source_info(source: Source) -> dict[str, object]:
    return {
        "path": source.path,
        "sha256": source.sha256,
        "chars": len(source.text),
        "encoding": source.encoding,
    }


def _unknown_product(text: str, hit: Hit, starts: list[int]) -> dict[str, object]:
    """The fields of the warning for a CAR-T product name the product table lacks."""
    line = bisect.bisect_right(starts, hit.start) - 1
    return {
        "kind": "unknown_product",
        "text": text[hit.start : hit.end],
        "start": hit.start,
        "end": hit.end,
        "line": line + 1,
        "column": hit.start - starts[line] + 1,
        "message": f"CAR-T product name {hit.value!r} is not in the product table; kept verbatim",
    }


def _claim_fields(
    source: Source,
    text: str,
    link: Link,
    starts: list[int],
    line: int,
    start: int,
    end: int,
    who,
) -> dict[str, object]:
    """The fields of the claim of one link, as `Claim` validates them (its value and origins
    as dicts too)."""
    mention = link.mention
    value, numerator, denominator = _value(text, link)
    return {
        "id": claim_id(source.sha256, __version__, start, end, link.metric),
        "metric": link.metric,
        "text": source.text[start:end],
        "start": start,
        "end": end,
        "line": line + 1,
        "column": start - starts[line] + 1,
        "sentence": _sentence(source.text, link.segment, starts, start, end),
        "value": value,
        "approx": mention.approx or mention.bound == "approx",
        "hedge": mention.hedge,
        "numerator": numerator,
        "denominator": denominator,
        "statistic": link.statistic,
        "timepoint": link.timepoint,
        "ci": link.ci,
        "event": link.event,
        "grade": link.grade,
        "product": who.product,
        "indication": who.indication,
        "region": who.region,
        "population": who.population,
        "study": who.study,
        "rule": link.rule,
        "attributed_from": {f: {"level": o.level, "start": o.start, "end": o.end} for f, o in who.origins},
    }


def _claim(fields: dict[str, object]) -> Claim:
    """The validated claim of one link's fields, its value first and its origins next; raises
    ValueError (pydantic) when the rules made an inconsistent one."""
    origins: dict[str, dict[str, object]] = fields["attributed_from"]  # type: ignore[assignment]
    value = Value(**fields["value"])  # type: ignore[arg-type]
    attributed_from = {f: Origin(**o) for f, o in origins.items()}  # type: ignore[arg-type]
    return Claim(**{**fields, "value": value, "attributed_from": attributed_from})  # type: ignore[arg-type]


def _dropped(
    text: str, link: Link, start: int, end: int, line: int, starts: list[int], exc: Exception
) -> Warning:
    """The warning that stands in the ledger for a claim that failed validation."""
    errors = getattr(exc, "errors", None)
    reason = "; ".join(str(e.get("msg", e)) for e in errors()) if callable(errors) else str(exc)
    return Warning(
        kind="dropped_claim",
        text=text[start:end],
        start=start,
        end=end,
        line=line + 1,
        column=start - starts[line] + 1,
        message=f"{link.metric} claim from rule {link.rule} dropped: {reason}",
        rule=link.rule,
    )


MAX_SENTENCE_CHARS = 1000  # longer "sentences" (junk, unpunctuated crawls) are quoted in part


def _sentence(text: str, segment: Segment, starts: list[int], start: int, end: int) -> str:
    """The sentence a claim was read from (for a table cell, its whole row); a window of it,
    marked with "…", when it is too long to repeat in every claim."""
    if segment.table is None:
        lo, hi = segment.start, segment.end
    else:
        line = segment.line
        lo = starts[line]
        hi = starts[line + 1] if line + 1 < len(starts) else len(text)
    if hi - lo <= MAX_SENTENCE_CHARS:
        return text[lo:hi].strip()
    half = MAX_SENTENCE_CHARS // 2
    w_lo, w_hi = max(lo, start - half), min(hi, end + half)
    return ("…" if w_lo > lo else "") + text[w_lo:w_hi].strip() + ("…" if w_hi < hi else "")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one source: its ledger (and the text its offsets index), or a failure.
    `extract_items(records=True)` gives the ledger as a checked `record` where it can."""

    path: Path
    name: str  # the ledger's path below --out
    ledger: Ledger | None = None
    failure: Failure | None = None
    text: str | None = None
    record: Record | None = None


def extract_items(
    items: list[Item], encoding: str | None = None, bounds: Bounds = Bounds(), records: bool = False
) -> Iterator[Outcome]:
    """An Outcome per item, in order. Needs no file system (the bytes were read by the caller),
    so it can run on any worker. Each file is parsed and extracted on its own, within `bounds`:
    a file over them fails alone (the spaCy pipeline is a tokenizer and a rule component, which
    gain nothing from batching)."""
    for path, name, data in items:
        if isinstance(data, str):
            yield Outcome(Path(path), name, failure=Failure(path, data))
            continue
        try:
            source = decode_source(Path(path), data, name, encoding=encoding)
            check_density(source.text, path, bounds.max_claims)
            with time_budget(bounds.file_timeout, path):
                made: Ledger | Record = (
                    extract_record(source, bounds.max_claims)
                    if records
                    else extract_document(source, None, bounds.max_claims)
                )
        except (InputError, LimitError) as exc:
            yield Outcome(Path(path), name, failure=Failure(path, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001  one bad article must not end a crawl
            reason = f"{path}: extraction failed ({type(exc).__name__}: {exc}); please report it"
            yield Outcome(Path(path), name, failure=Failure(path, reason))
            continue
        if isinstance(made, Record):
            yield Outcome(Path(path), name, text=source.text, record=made)
        else:
            yield Outcome(Path(path), name, ledger=made, text=source.text)


def iter_ledgers(
    inputs: list[Path],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    bounds: Bounds = Bounds(),
) -> Iterator[Outcome]:
    """An Outcome for every source, in discovery order, in this process (the library view of
    `carclaims extract`; engine.run is the parallel one). Files that cannot be read, decoded or
    extracted become failures and the run goes on; a missing input path raises."""
    from .engine import read_batches

    for batch in read_batches(inputs, max_bytes):
        yield from extract_items(batch, encoding, bounds)


def extract_text(text: str, path: str = "<text>", max_claims: int | None = None) -> Ledger:
    """Convenience for tests and notebooks: the ledger of a string (no claim limit by default)."""
    import hashlib

    data = text.encode("utf-8")
    source = Source(path=path, relative=path, text=text, sha256=hashlib.sha256(data).hexdigest())
    return extract_document(source, max_claims=max_claims)
