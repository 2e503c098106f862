"""The HTML report: an index of the corpus and one page per article with its claims marked in
its text, on the model of coverage.py's htmlcov/. Static files that open from disk (file://),
no network, byte-identical for the same input.

Everything taken from an article (its text, names, sentences) is escaped or sent to the page as
JSON that the script writes with textContent, so a hostile article shows as text and runs
nothing.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import shlex
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

from .check import Finding, Location, run_check
from .errors import InputError
from .ingest import discover, ledger_name, read_source
from .ledger import Claim, Ledger, load, write_atomic
from .nearmiss import closest_rules
from .report import show_value
from .rules import METRICS

# Claim families: one colour and one underline style each (carclaims.css), in this order.
FAMILIES: dict[str, tuple[str, ...]] = {
    "outcomes": ("orr", "cr", "mrd_negative", "dcr", "success_rate", "relapse"),
    "survival": ("pfs", "efs", "os", "dor"),
    "toxicity": ("crs", "neurotoxicity", "adverse_event"),
    "money": ("cost", "cost_reduction"),
    "counts": ("trial_count", "product_count", "patient_count"),
    "approvals": ("approval",),
}
FAMILY_OF = {metric: family for family, metrics in FAMILIES.items() for metric in metrics}
UNDERLINES = {
    "outcomes": "solid underline",
    "survival": "double underline",
    "toxicity": "wavy underline",
    "money": "dotted underline",
    "counts": "dashed underline",
    "approvals": "over- and underline",
}
# The marks the legend explains besides the families: (class, what it shows, what it means).
MARKS = (
    ("has-error", "ring", "a finding of severity error (a conflict, a verify-differs)"),
    ("has-warning", "orange ring", "a warning"),
    ("selected", "outline", "the claim whose card is open"),
    ("rejected", "struck through", "a reviewer rejected it"),
)
STATIC_FILES = ("carclaims.css", "carclaims.js")
assert set(FAMILY_OF) == set(METRICS), "every metric needs a family"


TITLE_CHARS = 100  # an article's title as the report shows it, at most


@dataclass
class Article:
    """One source of the report: what is shown, and what was found about it."""

    name: str  # the ledger's name below --ledgers ("000_x.json")
    source: str  # the source path as given
    page: str  # the page's path below --out ("000_x.html")
    label: str = ""  # the path below the corpus root it was found in: the same however SOURCES is typed
    text: str = ""
    ledger: Ledger | None = None
    problem: str | None = None  # why the text or the ledger could not be shown
    findings: list[Finding] = field(default_factory=list)
    reviews: dict[str, str] = field(default_factory=dict)  # claim id -> what the reviewer decided
    verdicts: dict[str, str] = field(default_factory=dict)  # claim id -> carclaims verify's verdict
    rejected: set[str] = field(default_factory=set)  # ids of claims a reviewer rejected

    @property
    def claims(self) -> list[Claim]:
        return self.ledger.claims if self.ledger else []

    @property
    def title(self) -> str:
        """The article's first heading, else its first line (the text's own name for itself)."""
        lines = [line.strip().lstrip("#").strip() for line in self.text.splitlines() if line.strip()]
        if not lines:
            return ""
        heading = next((line for line in lines[:20] if self.text.find("# " + line) >= 0), lines[0])
        return heading if len(heading) <= TITLE_CHARS else heading[: TITLE_CHARS - 1] + "…"

    def claim_at(self, where: Location) -> Claim | None:
        """The claim a finding points at (its line and column)."""
        return next((c for c in self.claims if (c.line, c.column) == (where.line, where.column)), None)


@dataclass(frozen=True)
class ReportSummary:
    index: Path
    articles: int
    claims: int
    errors: int
    warnings: int


def page_name(name: str) -> str:
    return name[: -len(".json")] + ".html" if name.endswith(".json") else name + ".html"


def _relative(from_page: str, to_page: str) -> str:
    """A link from one page of the report to another (pages may sit in subfolders)."""
    depth = from_page.count("/")
    return quote("../" * depth + to_page)


def build_report(
    sources: list[Path],
    ledgers_dir: Path,
    out_dir: Path,
    progress: Callable[[str], None] | None = None,
    reviews_dir: Path | None = None,
) -> ReportSummary:
    """Write index.html, one page per article and the static files into `out_dir`. With
    `reviews_dir`, each claim shows its reviewer's decision (rejected ones struck through)."""
    if not ledgers_dir.is_dir():
        raise InputError(f"--ledgers {ledgers_dir}: no such directory (run carclaims extract first)")
    if progress:
        progress("checking the articles against their ledgers and each other")
    result = run_check(sources, ledgers_dir, all_conflicts=True, reviews_dir=reviews_dir, verify=True)
    articles = _articles(sources, ledgers_dir)
    from .verify import describe, verify_ledger

    for article in articles:
        for v in verify_ledger(article.claims):
            if v.verdict != "no-reference":
                article.verdicts[v.claim.id] = f"{v.verdict}: {describe(v)}"
    if reviews_dir is not None:
        for article in articles:
            _apply_reviews(article, reviews_dir)
    by_path = {Path(a.source).resolve(): a for a in articles}
    by_file = {Path(a.source).name: a for a in articles}

    def article_of(path: str) -> Article | None:
        return by_path.get(Path(path).resolve()) or by_file.get(Path(path).name)

    for finding in result.findings:
        article = article_of(finding.where.path)
        if article is not None:
            article.findings.append(finding)
        other = article_of(finding.related[0].path) if finding.related else None
        if finding.code == "corpus-conflict" and other is not None and other is not article:
            other.findings.append(_mirrored(finding))
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in STATIC_FILES:
        write_atomic(out_dir / name, files("carclaims").joinpath("data/report", name).read_text("utf-8"))
    for number, article in enumerate(articles, 1):
        neighbours = (
            articles[number - 2].page if number > 1 else None,
            articles[number].page if number < len(articles) else None,
        )
        write_atomic(out_dir / article.page, render_article(article, article_of, neighbours))
        if progress:
            progress(f"wrote {number}/{len(articles)} pages")
    conflicts = []
    for finding in result.findings:
        if finding.code == "corpus-conflict" and finding.related:
            here, there = article_of(finding.where.path), article_of(finding.related[0].path)
            if here is not None and there is not None:
                conflicts.append((finding, here, there))
    write_atomic(
        out_dir / "index.html",
        render_index(articles, result.count("error"), result.count("warning"), conflicts),
    )
    write_atomic(out_dir / PRODUCTS_PAGE, render_products(articles))
    claims = sum(len(a.claims) for a in articles)
    return ReportSummary(
        out_dir / "index.html", len(articles), claims, result.count("error"), result.count("warning")
    )


def _apply_reviews(article: Article, reviews_dir: Path) -> None:
    """The claims as reviewed (corrections applied, added ones in, rejected ones kept but
    marked), and what was decided on each."""
    from .review import apply, load_decisions, reviews_path

    decisions = load_decisions(reviews_path(reviews_dir, article.name))
    if article.ledger is None or not decisions:
        return
    reviewed = apply(article.ledger, article.text, decisions)
    claims = [c for c, _ in reviewed.claims] + [c for c, _ in reviewed.rejected]
    article.ledger = article.ledger.model_copy(
        update={"claims": sorted(claims, key=lambda c: (c.start, c.end))}
    )
    for claim, decision in [*reviewed.claims, *reviewed.rejected]:
        if claim.id in reviewed.needs_review:
            article.reviews[claim.id] = f"{reviewed.label(claim, decision)}: decide again"
        elif decision is not None:
            note = f"; {decision.note}" if decision.note else ""
            article.reviews[claim.id] = (
                f"{reviewed.label(claim, decision)} by {decision.reviewer}, {decision.at}{note}"
            )
    article.rejected = {c.id for c, _ in reviewed.rejected}
    if reviewed.orphaned:
        article.problem = (
            f"{len(reviewed.orphaned)} review decisions match no claim of the current text (orphaned);"
            " see carclaims review status"
        )


CONFLICT_WORDS = " here conflicts with "


def _subject(finding: Finding) -> str:
    """What a corpus conflict is about ("approval of zevorcabtagene autoleucel")."""
    head = finding.message.split(CONFLICT_WORDS, 1)[0]
    return head.rsplit(": ", 1)[0] if ": " in head else ""


def _mirrored(finding: Finding) -> Finding:
    """A conflict as the other article's page shows it: the same pair, seen from there, in the
    same words."""
    here, there = finding.where, finding.related[0]
    what = _subject(finding)
    return Finding(
        finding.code,
        finding.severity,
        there,
        (f"{what}: " if what else "")
        + f"{there.text!r}{CONFLICT_WORDS}{here.text!r} in {here.path}:{here.line}:{here.column}",
        (here,),
    )


def _card_message(finding: Finding) -> str:
    """A finding as its card says it: a conflict names both figures and leaves the other
    article's place to the line below it (said once)."""
    if finding.code != "corpus-conflict" or not finding.related:
        return finding.message
    what = _subject(finding)
    there = finding.related[0]
    return (f"{what}: " if what else "") + f"{finding.where.text!r} here, {there.text!r} in the other article"


def _articles(sources: list[Path], ledgers_dir: Path) -> list[Article]:
    articles = []
    for path, relative in discover(sources):
        name = ledger_name(relative)
        article = Article(
            name=name, source=path.as_posix(), page=page_name(name), label=Path(relative).as_posix()
        )
        try:
            article.text = read_source(path, relative).text
        except InputError as exc:
            article.problem = str(exc)
            articles.append(article)
            continue
        ledger_path = ledgers_dir / name
        if not ledger_path.exists():
            article.problem = f"no ledger {ledger_path}: run carclaims extract"
        else:
            try:
                article.ledger = load(ledger_path)
            except InputError as exc:
                article.problem = str(exc)
        articles.append(article)
    return articles


# --- article pages --------------------------------------------------------------------------


def _head(title: str, page: str) -> str:
    css = _relative(page, "carclaims.css")
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{css}">\n'
        "</head>\n"
    )


def _legend() -> str:
    """Each family with its underline and its metrics, then the other marks."""
    items = "".join(
        f'<li><span class="swatch fam-{family}">{family}</span> ({UNDERLINES[family]}:'
        f' <span class="metrics">{", ".join(FAMILIES[family])}</span>)</li>'
        for family in FAMILIES
    )
    items += "".join(
        f'<li><span class="swatch mark-sample {cls}">12%</span> {shown}: {meaning}</li>'
        for cls, shown, meaning in MARKS
    )
    return (
        '<details class="legend-box"><summary>What the marks mean</summary>'
        f'<ul class="legend" aria-label="what the marks mean">{items}</ul></details>'
    )


def _family_toggles(claims: list[Claim]) -> str:
    """One button per family with its count: pressed, the family's highlights show; released,
    they read as plain text and j/k pass them by."""
    counts = _family_counts(claims)
    buttons = "".join(
        f'<button type="button" class="family-toggle fam-{family}" data-family="{family}"'
        f' aria-pressed="true">{family} {counts[family]}</button>'
        for family in FAMILIES
        if counts[family]
    )
    return f'<p class="families" aria-label="show or hide each family">{buttons}</p>\n' if buttons else ""


def _counts_line(claims: int, errors: int, warnings: int) -> str:
    """ "N claims, E errors, W warnings": a count is red or orange only when it is not zero."""
    error_class = "count-error" if errors else "count-none"
    warning_class = "count-warning" if warnings else "count-none"
    return (
        f"{claims} claims, "
        f'<span class="{error_class}">{errors} errors</span>, '
        f'<span class="{warning_class}">{warnings} warnings</span>'
    )


METRIC_NAMES = {
    "orr": "overall response rate",
    "cr": "complete response rate",
    "mrd_negative": "MRD negativity",
    "dcr": "disease control rate",
    "success_rate": "success or cure rate",
    "relapse": "relapse",
    "pfs": "progression-free survival",
    "efs": "event-free survival",
    "os": "overall survival",
    "dor": "duration of response",
    "crs": "cytokine release syndrome",
    "neurotoxicity": "neurotoxicity (ICANS)",
    "adverse_event": "adverse event",
    "cost": "price or cost",
    "cost_reduction": "saving",
    "trial_count": "number of trials",
    "product_count": "number of approved products",
    "patient_count": "number of patients",
    "approval": "approval date",
}
BOUND_NAMES = {
    "eq": "exactly",
    "approx": "about",
    "gt": "more than",
    "ge": "at least",
    "lt": "less than",
    "le": "up to",
    "range": "a range",
}
_PERIOD_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _period(code: str) -> str:
    """ "P5Y" -> "5 years (P5Y)"."""
    if len(code) < 3 or code[-1] not in _PERIOD_UNITS or not code[1:-1].isdigit():
        return code
    n = int(code[1:-1])
    return f"{n} {_PERIOD_UNITS[code[-1]]}{'' if n == 1 else 's'} ({code})"


def _card_fields(
    claim: Claim, review: str | None = None, verdict: str | None = None
) -> list[tuple[str, str]]:
    """What the card lists: plain words with the ledger's code beside them, only the fields that
    are set (and the review and verify state, always)."""
    value = claim.value
    share = (
        f"{claim.numerator:g} of {claim.denominator:g}"
        if claim.numerator is not None and claim.denominator is not None
        else ""
    )
    fields = [
        ("metric", f"{METRIC_NAMES.get(claim.metric, claim.metric)} ({claim.metric})"),
        ("value", show_value(claim)),
        (
            "bound",
            f"{BOUND_NAMES.get(value.bound, value.bound)} ({value.bound})" if value.bound != "eq" else "",
        ),
        ("hedge", claim.hedge or ""),
        ("patients", share),
        ("CI", f"{claim.ci[0]:g}–{claim.ci[1]:g}" if claim.ci else ""),
        ("time point", _period(claim.timepoint) if claim.timepoint else ""),
        ("statistic", claim.statistic or ""),
        ("grade", claim.grade or ""),
        ("event", claim.event or ""),
        ("product", claim.product or ""),
        ("indication", claim.indication or ""),
        ("region", claim.region or ""),
        ("population", claim.population or ""),
        ("study", claim.study or ""),
        ("text", claim.text),
        ("line", f"{claim.line}:{claim.column}"),
        ("rule", claim.rule),
        ("claim id", claim.id),
        ("review", review or "not reviewed"),
        ("verify", verdict or "no reference"),
    ]
    return [(k, v) for k, v in fields if v != ""]


# Where an attributed field's value came from, in the reader's words; a field its own sentence
# states is shown plainly, the others carry this note and a link to the words.
ORIGIN_NAMES = {
    "row_label": "from its table row's label",
    "row": "from another cell of its table row",
    "header": "from its column's header",
    "paragraph": "from the paragraph around it",
    "intro": "from the line introducing its list",
    "lead": "from the paragraph above its list",
    "heading": "from the heading",
    "topic": "from the article's title and opening",
    "currency": "from the price's currency",
    "study": "from the study it is credited to",
    "respectively": "from the names of a “…, respectively” list",
}


TABLE_LEVELS = frozenset({"row_label", "row", "header"})  # stated in its table, not inferred


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Code-point offsets (the ledger's) to UTF-16 ones (what the browser's strings count)."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
    return lambda offset: offset + bisect.bisect_left(astral, offset)


def _origins_data(claim: Claim, text: str, utf16: Callable[[int], int]) -> dict[str, dict[str, object]]:
    """Per inferred field: what gave it, the words and their place in the page's text."""
    data: dict[str, dict[str, object]] = {}
    for field_name, origin in claim.attributed_from.items():
        if origin.level == "sentence" or origin.end > len(text):
            continue
        data[field_name] = {
            "says": ("" if origin.level in TABLE_LEVELS else "inferred ")
            + ORIGIN_NAMES.get(origin.level, origin.level),
            "level": origin.level,
            "words": text[origin.start : origin.end][:120],
            "at": [utf16(origin.start), utf16(origin.end)],
        }
    return data


def _sentence_data(claim: Claim) -> dict[str, object]:
    """The claim's own sentence and where its figure stands in it (the card marks it)."""
    at = claim.sentence.find(claim.text)
    return {"text": claim.sentence, "start": at, "end": at + len(claim.text) if at >= 0 else -1}


def _review_path(article: Article) -> str:
    """The article's path for a review command, from where the report was built."""
    return shlex.quote(Path(os.path.relpath(article.source)).as_posix())


def _review_commands(article: Article, claim: Claim) -> list[str]:
    """The commands that record a decision on this claim, ready to copy."""
    where = _review_path(article)
    return [
        f"carclaims review accept {where} {claim.id}",
        f"carclaims review reject {where} {claim.id} --reason wrong-value",
    ]


def _finding_data(
    finding: Finding, article: Article, article_of: Callable[[str], Article | None]
) -> dict[str, object]:
    data: dict[str, object] = {
        "severity": finding.severity,
        "code": finding.code,
        "message": _card_message(finding),
    }
    for related in finding.related:
        other_article = article_of(related.path)
        other_claim = other_article.claim_at(related) if other_article else None
        where = other_article.label if other_article is not None and other_article.label else related.path
        place = f"{where}:{related.line}:{related.column}"
        other: dict[str, object] = {"place": place, "value": related.text or ""}
        if other_article is not None and other_claim is not None:
            other["href"] = _relative(article.page, other_article.page) + "#" + quote(other_claim.id)
            other["sentence"] = other_claim.sentence
            other["value"] = f"{show_value(other_claim)} ({other_claim.text!r})"
        data["other"] = other
        break
    return data


def _script_json(data: object) -> str:
    """JSON that is safe inside <script>: no "<", ">" or "&" can end the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


# A number standing on its own ("CD19", "T4" and "2b" are names, not figures)
UNREAD_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d+(?:[.,]\d+)*(?:\s?%)?(?![A-Za-z\d])")


def unread_numbers(text: str, claims: list[Claim]) -> list[tuple[int, int]]:
    """The numbers of the text no claim covers: shown faintly, the reviewer's recall aid."""
    spans = sorted((c.start, c.end) for c in claims)
    starts = [a for a, _ in spans]
    found = []
    for m in UNREAD_NUMBER.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        inside = any(a < m.end() and m.start() < b for a, b in spans[max(0, i - 3) : i + 4])
        if not inside:
            found.append((m.start(), m.end()))
    return found


LONG_LINE = 400  # a line longer than this (a one-line abstract) is numbered by sentence too
_SENTENCE_START = re.compile(r"(?<=[.!?。！？])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9\u3400-\u9fff])|(?<=[。！？])")


def line_marks(text: str) -> list[tuple[int, str]]:
    """Where the gutter numbers stand: each line's start ("12"), and in a long line each
    sentence's start after the first ("12.2"), so that a one-line abstract is not one number."""
    marks: list[tuple[int, str]] = []
    start, line = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start < len(text):
            marks.append((start, str(line)))
        if end - start > LONG_LINE:
            for i, found in enumerate(_SENTENCE_START.finditer(text, start, end), start=2):
                if found.end() < end:
                    marks.append((found.end(), f"{line}.{i}"))
        start, line = end + 1, line + 1
    return marks


class _Writer:
    """Escaped text pieces with the gutter's numbers and the unread numbers' spans put in: every
    character of the text goes through `text()` exactly once, in order."""

    def __init__(
        self,
        source: str,
        unread: list[tuple[int, int]],
        hints: dict[tuple[int, int], str],
        marks: list[tuple[int, str]],
    ) -> None:
        self.source, self.unread, self.hints, self.marks = source, unread, hints, marks
        self.unread_starts = [a for a, _ in unread]
        self.mark_starts = [at for at, _ in marks]

    def _numbered(self, lo: int, hi: int) -> str:
        """source[lo:hi] escaped, with an empty gutter span at each line (or sentence) start:
        empty, so the page's text stays the source's text, offset for offset."""
        out, position = [], lo
        for i in range(bisect.bisect_left(self.mark_starts, lo), len(self.marks)):
            at, label = self.marks[i]
            if at >= hi:
                break
            out.append(escape(self.source[position:at], quote=False))
            kind = "ln" if "." not in label else "ln sent"
            out.append(f'<span class="{kind}" data-n="{label}" aria-hidden="true"></span>')
            position = at
        out.append(escape(self.source[position:hi], quote=False))
        return "".join(out)

    def text(self, lo: int, hi: int, unread: bool = True) -> str:
        """source[lo:hi]; its unread numbers wrapped (outside claims) so that a click can say what
        came closest to reading them and how to add one the extractor missed."""
        if not unread:
            return self._numbered(lo, hi)
        out, position = [], lo
        for i in range(bisect.bisect_left(self.unread_starts, lo), len(self.unread)):
            a, b = self.unread[i]
            if a >= hi:
                break
            if b > hi:
                continue
            out.append(self._numbered(position, a))
            hint = escape(self.hints.get((a, b), ""))
            out.append(f'<span class="unread" data-start="{a}" data-end="{b}" data-hint="{hint}">')
            out.append(self._numbered(a, b) + "</span>")
            position = b
        out.append(self._numbered(position, hi))
        return "".join(out)


def _marked_text(
    text: str,
    claims: list[Claim],
    flags: dict[str, str],
    rejected: Collection[str] = (),
    unread: list[tuple[int, int]] | None = None,
) -> tuple[str, list[Claim]]:
    """The text, escaped, with one <mark> per claim (nested where spans nest; a span that
    crosses another is cut at the end of the one it starts in; `rejected` ids struck through)
    and the gutter's line numbers. Returns the claims shown and leaves out any whose offsets do
    not hold its text (a stale ledger)."""
    shown = sorted(
        (c for c in claims if 0 <= c.start < c.end <= len(text) and text[c.start : c.end] == c.text),
        key=lambda c: (c.start, -c.end, c.metric, c.id),
    )
    out: list[str] = []
    position = 0
    open_ends: list[int] = []
    writer = _Writer(text, unread or [], closest_rules(text, unread or []), line_marks(text))

    def close_until(limit: int) -> None:
        nonlocal position
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(writer.text(position, end, unread=False))
            out.append("</mark>")
            position = end

    for claim in shown:
        close_until(claim.start)
        end = min(claim.end, open_ends[-1]) if open_ends else claim.end
        out.append(writer.text(position, claim.start, unread=not open_ends))
        position = claim.start
        family = FAMILY_OF[claim.metric]
        severity = flags.get(claim.id)
        classes = f"claim fam-{family}" + (f" has-{severity}" if severity else "")
        classes += " rejected" if claim.id in rejected else ""
        attributes = f'id="{escape(claim.id)}" data-claim-id="{escape(claim.id)}" class="{classes}"'
        attributes += f' data-metric="{escape(claim.metric)}"'
        if not open_ends:  # the outermost mark is the one control; the claims inside it share its card
            inner = [c for c in shown if c is not claim and claim.start <= c.start and c.end <= claim.end]
            label = "; ".join(
                f"{c.metric} {show_value(c)}" + (f", {flags[c.id]}" if flags.get(c.id) else "")
                for c in (claim, *inner)
            )
            attributes += f' tabindex="0" role="button" aria-label="{escape(label)}"'
        out.append(f"<mark {attributes}>")
        open_ends.append(end)
    close_until(len(text))
    out.append(writer.text(position, len(text)))
    return "".join(out), shown


def _pager(article: Article, neighbours: tuple[str | None, str | None]) -> str:
    """Previous and next article, for the links and the [ and ] keys."""
    previous, following = neighbours
    links = []
    if previous:
        links.append(
            f'<a rel="prev" href="{quote(_relative(article.page, previous))}">← previous article</a>'
        )
    if following:
        links.append(f'<a rel="next" href="{quote(_relative(article.page, following))}">next article →</a>')
    keys = '<button type="button" class="keys-button" aria-controls="keys">keys (?)</button>'
    return f'<nav class="pager" aria-label="articles">{" ".join(links)} {keys}</nav>\n'


KEYS_HELP = (
    ("j / k", "next / previous claim"),
    ("n / p", "next / previous claim with a finding"),
    ("] / [", "next / previous article"),
    ("u", "the index"),
    ("Escape", "close the card"),
    ("?", "show or hide this list"),
)


def _keys_help() -> str:
    rows = "".join(f"<dt><kbd>{escape(k)}</kbd></dt><dd>{escape(v)}</dd>" for k, v in KEYS_HELP)
    return (
        '<section id="keys" class="keys" hidden aria-label="keyboard keys">'
        f"<h2>Keys</h2><dl>{rows}</dl></section>\n"
    )


def render_article(
    article: Article,
    article_of: Callable[[str], Article | None],
    neighbours: tuple[str | None, str | None] = (None, None),
) -> str:
    """One article's page: its text with the claims marked, a card for the selected claim, the
    list of claims in text order and the findings that point at no claim."""
    by_claim: dict[str, list[Finding]] = {}
    loose: list[Finding] = []
    for finding in article.findings:
        claim = article.claim_at(finding.where) if finding.where.line else None
        if claim is None:
            loose.append(finding)
        else:
            by_claim.setdefault(claim.id, []).append(finding)
    flags = {
        claim_id: "error" if any(f.severity == "error" for f in found) else "warning"
        for claim_id, found in by_claim.items()
    }
    unread = unread_numbers(article.text, article.claims)
    marked, shown = _marked_text(article.text, article.claims, flags, article.rejected, unread)
    hidden = [c for c in article.claims if c not in shown]
    utf16 = utf16_offsets(article.text)
    data = {
        claim.id: {
            "metric": claim.metric,
            "value": show_value(claim),
            "fields": _card_fields(claim, article.reviews.get(claim.id), article.verdicts.get(claim.id)),
            "sentence": _sentence_data(claim),
            "origins": _origins_data(claim, article.text, utf16),
            "commands": _review_commands(article, claim),
            "findings": [_finding_data(f, article, article_of) for f in by_claim.get(claim.id, [])],
        }
        for claim in article.claims
    }
    errors = sum(1 for f in article.findings if f.severity == "error")
    warnings = len(article.findings) - errors
    items = []
    for claim in sorted(article.claims, key=lambda c: (c.start, c.end, c.metric)):
        flag = flags.get(claim.id)
        badge = f' <span class="flag flag-{flag}">{flag}</span>' if flag else ""
        if claim.id in article.reviews:
            badge += f' <span class="reviewed">{escape(article.reviews[claim.id].split(" by ")[0])}</span>'
        items.append(
            f'<li><a class="claim-link" href="#{quote(claim.id)}" data-claim-id="{escape(claim.id)}">'
            f"{escape(claim.metric)}: {escape(show_value(claim))}</a> "
            f"<span>“{escape(claim.text)}”, line {claim.line}</span>{badge}</li>"
        )
    problems = []
    if article.problem:
        problems.append(f'<li class="error">{escape(article.problem)}</li>')
    problems += [
        f'<li class="{f.severity}">{escape(f.severity)} {escape(f.code)}: {escape(f.message)}</li>'
        for f in loose
    ]
    if hidden:
        problems.append(
            f'<li class="warning">{len(hidden)} claims of the ledger do not match the text'
            " (a stale ledger?) and are listed but not marked</li>"
        )
    findings_box = (
        f'<section class="findings" aria-label="findings about the whole article"><h2>Findings</h2>'
        f"<ul>{''.join(problems)}</ul></section>\n"
        if problems
        else ""
    )
    index = _relative(article.page, "index.html")
    script = _relative(article.page, "carclaims.js")
    return (
        _head(f"carclaims: {article.label}", article.page)
        + "<body>\n"
        + '<a class="skip" href="#claims-list">Skip to the list of claims</a>\n'
        + '<header class="top">\n'
        + f'<a href="{index}" rel="index">← all articles</a>\n'
        + _pager(article, neighbours)
        + f"<h1>{escape(article.title or article.label)}</h1>\n"
        + f'<p class="where">{escape(article.label)}</p>\n'
        + f'<p class="summary">{_counts_line(len(article.claims), errors, warnings)}</p>\n'
        + _family_toggles(article.claims)
        + _legend()
        + "\n</header>\n"
        + _keys_help()
        + findings_box
        + '<div class="layout">\n'
        + f'<main><pre class="source" aria-label="article text" data-source="{escape(_review_path(article))}"'
        + f' data-unread="{len(unread)}">{marked}</pre></main>\n'
        + '<div class="side">\n'
        + '<section id="card" class="card" aria-live="polite"><h2>Claim</h2>'
        + "<p>Select a highlighted figure (click, or Tab then Enter) to see what carclaims read.</p>"
        + "</section>\n"
        + '<nav class="claims" id="claims-list" tabindex="-1" aria-label="claims in text order">'
        + f"<h2>Claims ({len(article.claims)})</h2>"
        + f"<ol>{''.join(items)}</ol></nav>\n"
        + "</div>\n</div>\n"
        + f'<script type="application/json" id="claims-data">{_script_json(data)}</script>\n'
        + f'<script src="{script}"></script>\n'
        + "</body>\n</html>\n"
    )


# --- the index ----------------------------------------------------------------------------------


def _family_counts(claims: Iterable[Claim]) -> Counter[str]:
    return Counter(FAMILY_OF[c.metric] for c in claims)


def _verify_counts(article: Article) -> tuple[int, int]:
    """Claims the reference table agrees with (matches, matches-other-cut), and those it does not
    (differs, selective)."""
    kinds = Counter(v.split(":", 1)[0] for v in article.verdicts.values())
    return kinds["matches"] + kinds["matches-other-cut"], kinds["differs"] + kinds["selective"]


PRODUCTS_PAGE = "products.html"
PRODUCT_COLUMNS = ("value", "as written", "indication", "region", "study", "where")


def _claim_link(article: Article, claim: Claim | None, fallback: str) -> str:
    if claim is None:
        return escape(fallback)
    where = f"{article.label}:{claim.line}:{claim.column}"
    return f'<a href="{quote(article.page)}#{quote(claim.id)}">{escape(where)}</a>'


MATCH_FIELDS = (
    "metric",
    "product",
    "indication",
    "region",
    "population",
    "study",
    "timepoint",
    "statistic",
    "grade",
)


def _matched_on(a: Claim | None, b: Claim | None) -> str:
    """The fields two conflicting claims share (what made them the same claim): set on both, equal."""
    if a is None or b is None:
        return ""
    return ", ".join(
        f"{name} {getattr(a, name)}"
        for name in MATCH_FIELDS
        if getattr(a, name) is not None and getattr(a, name) == getattr(b, name)
    )


def _conflicts_section(conflicts: list[tuple[Finding, Article, Article]]) -> str:
    """Each corpus conflict once: what it is about, both figures, and where each one stands."""
    if not conflicts:
        return '<section class="conflicts"><h2>Conflicts between articles (0)</h2></section>\n'
    rows = []
    for finding, here, there in conflicts:
        a = here.claim_at(finding.where)
        b = there.claim_at(finding.related[0])
        about = _subject(finding) or (a.metric if a else finding.code)
        rows.append(
            f"<tr><td>{escape(about)}</td>"
            f"<td>{escape(repr(finding.where.text))} {_claim_link(here, a, here.label)}</td>"
            f"<td>{escape(repr(finding.related[0].text))} {_claim_link(there, b, there.label)}</td>"
            f"<td>{escape(_matched_on(a, b))}</td></tr>"
        )
    return (
        f'<section class="conflicts"><h2>Conflicts between articles ({len(conflicts)})</h2>'
        '<div class="table-scroll"><table class="conflict-list"><thead><tr><th scope="col">about</th>'
        '<th scope="col">one article</th><th scope="col">the other</th>'
        '<th scope="col">matched on</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>\n"
    )


def render_products(articles: list[Article]) -> str:
    """For each product, every claim of each metric across the articles, side by side: "every
    ORR of cilta-cel" is one table."""
    by_product: dict[str, dict[str, list[tuple[Article, Claim]]]] = {}
    for article in articles:
        for claim in article.claims:
            if claim.product:
                by_product.setdefault(claim.product, {}).setdefault(claim.metric, []).append((article, claim))
    sections = []
    for product in sorted(by_product):
        tables = []
        for metric in sorted(by_product[product], key=lambda m: (FAMILY_OF.get(m, ""), m)):
            rows = "".join(
                f"<tr><td>{escape(show_value(c))}</td><td>{escape(c.text)}</td>"
                f"<td>{escape(c.indication or '')}</td><td>{escape(c.region or '')}</td>"
                f"<td>{escape(c.study or '')}</td><td>{_claim_link(a, c, a.label)}</td></tr>"
                for a, c in by_product[product][metric]
            )
            head = "".join(f'<th scope="col">{h}</th>' for h in PRODUCT_COLUMNS)
            tables.append(
                f"<h3>{escape(METRIC_NAMES.get(metric, metric))} ({escape(metric)})</h3>"
                f'<div class="table-scroll"><table class="by-product"><thead><tr>{head}</tr></thead>'
                f"<tbody>{rows}</tbody></table></div>"
            )
        slug = quote(product.replace(" ", "-"))
        sections.append(f'<section id="{slug}"><h2>{escape(product)}</h2>{"".join(tables)}</section>')
    contents = "".join(
        f'<li><a href="#{quote(p.replace(" ", "-"))}">{escape(p)}</a></li>' for p in sorted(by_product)
    )
    return (
        _head("carclaims report: claims by product", PRODUCTS_PAGE)
        + "<body>\n"
        + '<header class="top">\n<a href="index.html" rel="index">← all articles</a>\n'
        + "<h1>Claims by product</h1>\n"
        + f'<p class="summary">{len(by_product)} products named in {len(articles)} articles</p>\n'
        + "</header>\n"
        + f'<main class="index"><nav aria-label="products"><ul class="products">{contents}</ul></nav>\n'
        + "\n".join(sections)
        + "\n</main>\n</body>\n</html>\n"
    )


def render_index(
    articles: list[Article],
    errors: int,
    warnings: int,
    conflicts: list[tuple[Finding, Article, Article]] | None = None,
) -> str:
    """One row per article: claims by family, errors, warnings (a conflict counts on both
    sides), verify's verdicts (agree, differ), a link to its page; above, the corpus's totals
    (each finding once)."""
    columns = [("article", "text"), *((family, "number") for family in FAMILIES)]
    columns += [("claims", "number"), ("errors", "number"), ("warnings", "number")]
    columns += [("verify: agree", "number"), ("verify: differ", "number"), ("numbers not read", "number")]
    head = "".join(
        f'<th scope="col" data-type="{kind}"><button type="button">{escape(label)}</button></th>'
        for label, kind in columns
    )
    rows = []
    totals = [0] * (len(columns) - 1)
    for article in articles:
        counts = _family_counts(article.claims)
        own_errors = sum(1 for f in article.findings if f.severity == "error")
        own_warnings = sum(1 for f in article.findings if f.severity == "warning")
        cells = [
            f'<td data-sort="{escape(article.label)}"><a href="{quote(article.page)}">'
            f"{escape(article.label)}</a>"
            + (f'<div class="title">{escape(article.title)}</div>' if article.title else "")
            + "</td>"
        ]
        agree, differ = _verify_counts(article)
        numbers = [counts[family] for family in FAMILIES] + [len(article.claims), own_errors, own_warnings]
        numbers += [agree, differ, len(unread_numbers(article.text, article.claims))]
        cells += [f'<td data-sort="{n}">{n}</td>' for n in numbers]
        rows.append(f"<tr>{''.join(cells)}</tr>")
        totals = [t + n for t, n in zip(totals, numbers, strict=True)]
    claims = sum(len(a.claims) for a in articles)
    foot = '<tr><th scope="row">all articles (column sums)</th>' + "".join(f"<td>{n}</td>" for n in totals)
    foot += "</tr>"
    return (
        _head("carclaims report", "index.html")
        + "<body>\n"
        + '<header class="top">\n<h1>carclaims report</h1>\n'
        + f'<p><a href="{PRODUCTS_PAGE}">Claims by product</a></p>\n'
        + f'<p class="summary" id="summary">{len(articles)} articles, '
        + f"{_counts_line(claims, errors, warnings)}</p>\n"
        + _legend()
        + "\n</header>\n"
        + '<main class="index">\n'
        + '<p class="summary">Each article counts the findings it takes part in, so a conflict between'
        + " two articles counts on both; the totals above count each finding once.</p>\n"
        + '<p class="filter"><label for="filter">Filter articles</label> <input id="filter" type="search"'
        + ' placeholder="name or title"></p>\n'
        + '<div class="table-scroll"><table class="articles">\n'
        + '<caption class="summary">Select a column heading to sort by it.</caption>\n'
        + f"<thead><tr>{head}</tr></thead>\n"
        + "<tbody>\n"
        + "\n".join(rows)
        + f"\n</tbody>\n<tfoot>{foot}</tfoot>\n</table></div>\n"
        + _conflicts_section(conflicts or [])
        + "</main>\n"
        + '<script src="carclaims.js"></script>\n'
        + "</body>\n</html>\n"
    )
