"""Extraction: source text -> validated ledger. The library entry points the CLI calls."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .attribute import CONTEXT_WINDOW, attribute, document_hits
from .errors import InputError
from .htmltext import HtmlText
from .ingest import DEFAULT_MAX_BYTES, Item, Source, decode_source, line_starts
from .layout import Segment, segments
from .ledger import Claim, ExtractorInfo, HtmlInfo, Ledger, SourceInfo, Value, Warning, claim_id
from .link import Link, cue_windows, find_cues, link_segment, restatements
from .nlp import Parsed, parse
from .normalise import Mention, scan


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that could not be processed, with a one-line reason."""

    path: str
    reason: str


def _value(link: Link) -> tuple[Value, float | None, float | None]:
    mention = link.mention
    if link.metric == "approval":
        return Value(low=None, high=None, unit="date", bound="eq", date=mention.date), None, None
    if link.count_value is not None:
        count = link.count_value
        value = Value(low=count, high=count, unit="count", bound="eq")
        return value, mention.numerator, mention.denominator
    if link.metric == "cost_reduction" and mention.kind == "fraction" and mention.low:
        # "a third of the US price" is a saving by a factor of three
        factor = round(100 / mention.low, 1)
        return Value(low=factor, high=factor, unit="x", bound=mention.bound), None, None  # type: ignore[arg-type]
    unit = mention.unit
    if link.metric in ("trial_count", "product_count", "patient_count") and mention.kind == "number":
        unit = "count"
    value = Value(low=mention.low, high=mention.high, unit=unit, bound=mention.bound)  # type: ignore[arg-type]
    return value, mention.numerator, mention.denominator


def _links(text: str, doc_segments: list[Segment], mentions: list[Mention], has_product_at) -> list[Link]:
    cues = find_cues(text, windows=cue_windows(mentions, len(text)))
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
    for segment in doc_segments:
        lo = bisect.bisect_left(mention_starts, segment.start)
        hi = bisect.bisect_left(mention_starts, segment.end)
        seg_mentions = [m for m in mentions[lo:hi] if m.end <= segment.end]
        if not seg_mentions:
            continue
        c_lo = bisect.bisect_left(cue_starts, segment.start)
        c_hi = bisect.bisect_left(cue_starts, segment.end)
        seg_cues = [c for c in cues[c_lo:c_hi] if c.end <= segment.end]
        made = link_segment(text, segment, seg_mentions, seg_cues, has_product_at(segment))
        linked = {id(link.mention) for link in made}
        links.extend(made)
        unlinked.extend(
            (m, segment)
            for m in seg_mentions
            if id(m) not in linked and m.kind == "percent" and segment.kind != "header"
        )
    links.extend(restatements(links, unlinked))
    return links


def extract_document(source: Source, parsed: Parsed | None = None) -> Ledger:
    """The ledger of one source. `parsed` is its spaCy result when the caller parsed a batch."""
    text = source.text
    if parsed is None:
        parsed = next(parse([text]))
    doc_segments = segments(text, parsed.sentences)
    mentions = scan(text)
    hits = document_hits(text, parsed.products)
    product_starts = [p.start for p in hits.products]

    def has_product_at(segment: Segment) -> bool:
        spans = [(segment.start, segment.end)]
        spans.extend(segment.row_cells())
        for start, end in spans:
            i = bisect.bisect_left(product_starts, start)
            if i < len(product_starts) and product_starts[i] < end:
                return True
        return False

    links = _links(text, doc_segments, mentions, has_product_at)
    starts = line_starts(text)
    by_segment: dict[int, list[tuple[int, int, str]]] = {}
    for link in links:
        by_segment.setdefault(id(link.segment), []).append(
            (link.mention.start, int(link.extra.get("span_end", link.mention.end)), link.metric)  # type: ignore[call-overload]
        )
    for spans in by_segment.values():
        spans.sort()

    claims: dict[tuple[int, int, str], Claim] = {}
    dropped: list[Warning] = []
    for link in sorted(links, key=lambda item: (item.mention.start, item.metric)):
        mention, segment = link.mention, link.segment
        start = mention.start
        end = int(link.extra.get("span_end", mention.end))  # type: ignore[call-overload]
        key = (start, end, link.metric)
        if key in claims:
            continue
        spans = by_segment[id(segment)]
        lo = bisect.bisect_left(spans, (start - CONTEXT_WINDOW,))
        hi = bisect.bisect_right(spans, (start + CONTEXT_WINDOW + 1,))
        others = [o for o in spans[lo:hi] if o[:2] != (start, end)]
        currency = link.mention.unit if link.metric == "cost" else None
        who = attribute(text, segment, link.metric, start, end, others, hits, currency)
        line = bisect.bisect_right(starts, start) - 1
        try:
            claims[key] = _claim(source, text, link, segment, starts, line, start, end, who)
        except ValueError as exc:  # pydantic's ValidationError too: one bad claim, not a lost file
            dropped.append(_dropped(text, link, start, end, line, starts, exc))
    ordered = [claims[k] for k in sorted(claims)]
    warnings = list(dropped)
    for hit in hits.unknown_products:
        line = bisect.bisect_right(starts, hit.start) - 1
        warnings.append(
            Warning(
                kind="unknown_product",
                text=text[hit.start : hit.end],
                start=hit.start,
                end=hit.end,
                line=line + 1,
                column=hit.start - starts[line] + 1,
                message=f"CAR-T product name {hit.value!r} is not in the product table; kept verbatim",
            )
        )
    html = None
    if source.html is not None:
        page = HtmlText(text, list(source.html_pieces))
        offsets = {}
        for claim in ordered:
            span = page.html_span(claim.start, claim.end, source.html)
            if span is not None:
                offsets[claim.id] = span
        html = HtmlInfo(
            text_file=Path(source.relative).with_suffix(".txt").name, chars=len(source.html), offsets=offsets
        )
    return Ledger(
        source=SourceInfo(path=source.path, sha256=source.sha256, chars=len(text), encoding=source.encoding),
        extractor=ExtractorInfo(version=__version__),
        claims=ordered,
        warnings=warnings,
        html=html,
    )


def _claim(
    source: Source,
    text: str,
    link: Link,
    segment: Segment,
    starts: list[int],
    line: int,
    start: int,
    end: int,
    who,
) -> Claim:
    """The validated claim of one link; raises ValueError (pydantic) when the rules made an
    inconsistent one."""
    mention = link.mention
    value, numerator, denominator = _value(link)
    return Claim(
        id=claim_id(source.sha256, __version__, start, end, link.metric),
        metric=link.metric,
        text=text[start:end],
        start=start,
        end=end,
        line=line + 1,
        column=start - starts[line] + 1,
        sentence=_sentence(text, segment, starts, start, end),
        value=value,
        approx=mention.approx or mention.bound == "approx",
        hedge=mention.hedge,
        numerator=numerator,
        denominator=denominator,
        statistic=link.statistic,  # type: ignore[arg-type]
        timepoint=link.timepoint,
        ci=link.ci,
        event=link.event,
        grade=link.grade,
        product=who.product,
        indication=who.indication,  # type: ignore[arg-type]
        region=who.region,  # type: ignore[arg-type]
        population=who.population,  # type: ignore[arg-type]
        study=who.study,
        rule=link.rule,
    )


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
    """What became of one source: its ledger (and the text its offsets index), or a failure."""

    path: Path
    name: str  # the ledger's path below --out
    ledger: Ledger | None = None
    failure: Failure | None = None
    text: str | None = None


def extract_items(items: list[Item], encoding: str | None = None) -> Iterator[Outcome]:
    """An Outcome per item, in order; the texts go through spaCy in one batch. Needs no file
    system (the bytes were read by the caller), so it can run on any worker."""
    sources: list[Source] = []
    failures: list[Failure | None] = []
    for path, name, data in items:
        if isinstance(data, str):
            failures.append(Failure(path, data))
            continue
        try:
            sources.append(decode_source(Path(path), data, name, encoding=encoding))
            failures.append(None)
        except InputError as exc:
            failures.append(Failure(path, str(exc)))
    parsed = parse([s.text for s in sources], batch_size=max(1, len(sources)))
    decoded = iter(sources)
    for (path, name, _), failure in zip(items, failures, strict=True):
        if failure is not None:
            yield Outcome(Path(path), name, failure=failure)
            continue
        source = next(decoded)
        try:
            yield Outcome(Path(path), name, ledger=extract_document(source, next(parsed)), text=source.text)
        except Exception as exc:  # noqa: BLE001  one bad article must not end a crawl
            reason = f"{path}: extraction failed ({type(exc).__name__}: {exc}); please report it"
            yield Outcome(Path(path), name, failure=Failure(path, reason))


def iter_ledgers(
    inputs: list[Path], *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Outcome]:
    """An Outcome for every source, in discovery order, in this process (the library view of
    `carclaims extract`; engine.run is the parallel one). Files that cannot be read, decoded or
    extracted become failures and the run goes on; a missing input path raises."""
    from .engine import read_batches

    for batch in read_batches(inputs, max_bytes):
        yield from extract_items(batch, encoding)


def extract_text(text: str, path: str = "<text>") -> Ledger:
    """Convenience for tests and notebooks: the ledger of a string."""
    import hashlib

    data = text.encode("utf-8")
    source = Source(path=path, relative=path, text=text, sha256=hashlib.sha256(data).hexdigest())
    return extract_document(source)
