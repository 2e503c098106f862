"""Reviewer decisions that survive re-extraction.

A decision (accept, reject, a correction, or a claim the extractor missed) is kept beside the
ledgers in `data/reviews/NAME.jsonl`, one JSON object per line, sorted, written atomically under
a file lock. Claim ids change whenever the article's bytes change, so a decision is anchored the
way the W3C Web Annotation TextQuoteSelector anchors a note: the claim's quote, its metric, and a
short prefix and suffix of the source text around it, with the offsets as a hint. After the
article is edited or the extractor improves, `attach` finds the decision's claim again:

1. the exact quote with its exact prefix and suffix (nearest the hint if several);
2. the exact quote whose context is still alike (rapidfuzz ratio >= CONTEXT_ALIKE);
3. any claim of the metric whose context is nearly the same (ratio >= CONTEXT_FUZZY), for an
   edited figure.

A decision that none of these finds is *orphaned*: reported, kept in the file, never attached to
a claim it was not made on.
"""

from __future__ import annotations

import bisect
import fcntl
import getpass
import hashlib
import json
import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from rapidfuzz import fuzz

from . import __version__
from .cjk import CJK as _CJK
from .errors import InputError, UsageError
from .ingest import line_starts
from .ledger import Claim, Ledger, Value, write_atomic

CONTEXT_CHARS = 32  # prefix and suffix kept around a quote
CONTEXT_CHARS_CJK = 12  # as many words in Chinese, where a character is a word or half of one


def context_width(text: str, start: int, end: int) -> int:
    """How many characters of context keep about six words: fewer in Chinese text."""
    around = text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS]
    return CONTEXT_CHARS_CJK if len(_CJK.findall(around)) * 2 > len(around) else CONTEXT_CHARS


CONTEXT_ALIKE = 60.0  # step 2: the same quote, its context this alike (0-100)
CONTEXT_FUZZY = 85.0  # step 3: another quote (an edited figure), its context nearly the same
REASONS = ("not-a-claim", "wrong-metric", "wrong-value", "wrong-attribution", "duplicate", "other")
CORRECTABLE = (
    "metric",
    "low",
    "high",
    "unit",
    "bound",
    "date",
    "product",
    "indication",
    "region",
    "population",
    "grade",
    "timepoint",
    "study",
    "statistic",
    "event",
)
Action = Literal["accept", "reject", "set", "add"]


class Anchor(BaseModel):
    """Where a decision belongs: the quote, its metric, its context, and the offsets as a hint."""

    model_config = ConfigDict(extra="forbid")

    quote: str
    metric: str
    prefix: str
    suffix: str
    start: int
    end: int


class Decision(BaseModel):
    """One reviewer decision on one claim."""

    model_config = ConfigDict(extra="forbid")

    action: Action
    anchor: Anchor
    reason: str | None = None  # reject
    changes: dict[str, Any] = {}  # set: corrected fields; add: the whole new claim's fields
    note: str | None = None
    reviewer: str
    at: str  # UTC, ISO 8601
    extractor_version: str
    claim_id: str | None = None  # the claim it was made on (ids change with the article's bytes)
    claim: dict[str, Any] | None = None  # ...as the extractor had it then (value, attribution)

    def key(self) -> tuple[int, int, str, str]:
        return (self.anchor.start, self.anchor.end, self.anchor.metric, self.at)


def anchor_of(text: str, start: int, end: int, metric: str) -> Anchor:
    width = context_width(text, start, end)
    return Anchor(
        quote=text[start:end],
        metric=metric,
        prefix=text[max(0, start - width) : start],
        suffix=text[end : end + width],
        start=start,
        end=end,
    )


def default_reviewer() -> str:
    """The git user's name, else $USER."""
    try:
        name = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, check=False, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    return name or os.environ.get("USER") or getpass.getuser()


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the decisions file ---------------------------------------------------------------------------


def reviews_path(reviews_dir: Path, ledger_name: str) -> Path:
    """data/reviews/NAME.jsonl for the ledger NAME.json."""
    stem = ledger_name[: -len(".json")] if ledger_name.endswith(".json") else ledger_name
    return reviews_dir / f"{stem}.jsonl"


def load_decisions(path: Path) -> list[Decision]:
    if not path.exists():
        return []
    decisions = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith(("<<<<<<<", "=======", ">>>>>>>")):
            raise InputError(
                f"{path}:{number}: a merge-conflict marker; resolve the conflict (keep both sides' lines)"
            )
        try:
            decisions.append(Decision.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            raise InputError(f"{path}:{number}: not a decision ({first['msg']})") from None
    return decisions


def dumps_decisions(decisions: Iterable[Decision]) -> str:
    """Sorted by place, metric and time, one compact line each, keys sorted: diffable."""
    lines = [
        json.dumps(d.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        for d in sorted(decisions, key=Decision.key)
    ]
    return "".join(line + "\n" for line in lines)


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock on NAME.jsonl.lock while a decisions file is read and rewritten, so
    that two review commands on one source cannot lose a decision."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def claim_key(decision: Decision) -> tuple[int, int, str, bool]:
    """Which claim a decision is on: its place, metric, and whether it adds one by hand."""
    a = decision.anchor
    return (a.start, a.end, a.metric, decision.action == "add")


def verdict_of(decision: Decision) -> tuple[str, str | None, str]:
    """What a decision says, whoever made it and whenever: two alike agree."""
    return (decision.action, decision.reason, json.dumps(decision.changes, sort_keys=True))


def record(path: Path, decision: Decision, settle: bool = False) -> None:
    """Add a decision. A reviewer's new decision on a claim replaces their own earlier one; another
    reviewer's stays beside it, so that two verdicts that differ are a recorded disagreement, never
    a silent overwrite. `settle`: this decision replaces every earlier one on the claim (a
    reviewer settling a disagreement, explicitly). Claims added by hand are never replaced by a
    decision on another claim."""
    with locked(path):
        decisions = [
            d
            for d in load_decisions(path)
            if not (claim_key(d) == claim_key(decision) and (settle or d.reviewer == decision.reviewer))
        ]
        decisions.append(decision)
        write_atomic(path, dumps_decisions(decisions))


def rewrite(path: Path, change: Any) -> list[Decision]:
    """Replace the decisions file with change(decisions) under the lock; returns the new list."""
    with locked(path):
        decisions = change(load_decisions(path))
        write_atomic(path, dumps_decisions(decisions))
    return decisions


# --- attaching decisions to the claims of a fresh ledger --------------------------------------


def _width(anchor: Anchor) -> int:
    """The context width an anchor was recorded with (its longer side: one may end at the text's
    edge)."""
    return max(len(anchor.prefix), len(anchor.suffix), 1)


def _context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    return text[max(0, start - width) : start] + "\u2038" + text[end : end + width]


@dataclass
class Attached:
    """A decision and the claim of the current ledger it belongs to (None: orphaned)."""

    decision: Decision
    claim: Claim | None
    how: str  # exact | quote | fuzzy | orphaned | added | needs-review
    reason: str | None = None  # needs-review: what changed since the decision was made


def changed_since_decision(decision: Decision, claim: Claim) -> str | None:
    """What differs between the claim a decision was made on and the claim it attaches to now
    (metric, quote or value), or None. A verdict on "81%" is no verdict on "83%": such a
    decision needs a reviewer again, it is never applied by inheritance."""
    old = decision.claim
    if old is None:
        return None
    if claim.metric != old.get("metric", decision.anchor.metric):
        return f"metric {old.get('metric')} -> {claim.metric}"
    if claim.text != old.get("text", decision.anchor.quote):
        return f"quote {old.get('text')!r} -> {claim.text!r}"
    before = old.get("value") or {}
    now_value = claim.value.model_dump(mode="json")
    if any(before.get(k) != now_value.get(k) for k in ("low", "high", "unit", "bound", "date")):
        return f"value {_shown(before)} -> {_shown(now_value)}"
    return None


def _shown(value: dict[str, Any]) -> str:
    low, high, unit = value.get("low"), value.get("high"), value.get("unit") or ""
    if value.get("date"):
        return str(value["date"])
    if low is not None and high is not None and low != high:
        return f"{low:g}-{high:g} {unit}".strip()
    number = low if low is not None else high
    return f"{value.get('bound')} {number:g} {unit}".replace("eq ", "").strip() if number is not None else "?"


def attach(decisions: list[Decision], text: str, claims: list[Claim]) -> list[Attached]:
    """Each decision with the claim it belongs to now (see the module docstring). Claims taken
    by one decision are not given to another; decisions of several reviewers on one claim are
    attached together."""
    groups: dict[tuple[int, int, str, bool], list[Decision]] = {}
    for decision in sorted(decisions, key=Decision.key):
        groups.setdefault(claim_key(decision), []).append(decision)
    results: list[Attached] = []
    taken: set[str] = set()
    for group in groups.values():
        first = _attach_one(group[-1], text, claims, taken)
        for decision in group:
            reason = (
                changed_since_decision(decision, first.claim)
                if first.claim is not None and first.how != "added"
                else None
            )
            how = "needs-review" if reason else first.how
            results.append(Attached(decision, first.claim, how, reason))
    return results


def _attach_one(decision: Decision, text: str, claims: list[Claim], taken: set[str]) -> Attached:
    """The claim one decision belongs to now, not one in `taken` (which it joins)."""
    a = decision.anchor
    if decision.action == "add":
        return _attach_added(decision, text, claims, taken)
    same_id = next((c for c in claims if c.id == decision.claim_id and c.id not in taken), None)
    if same_id is not None:  # the same bytes and extractor: the very claim it was made on
        taken.add(same_id.id)
        return Attached(decision, same_id, "exact")
    same_metric = [c for c in claims if c.metric == a.metric and c.id not in taken]
    wanted = a.prefix + "\u2038" + a.suffix
    exact = [
        c
        for c in same_metric
        if c.text == a.quote
        and text[max(0, c.start - len(a.prefix)) : c.start] == a.prefix
        and text[c.end : c.end + len(a.suffix)] == a.suffix
    ]
    found, how = None, "orphaned"
    if exact:
        found, how = min(exact, key=lambda c: abs(c.start - a.start)), "exact"
    else:
        quoted = [
            (fuzz.ratio(wanted, _context(text, c.start, c.end, _width(a))), -abs(c.start - a.start), c)
            for c in same_metric
            if c.text == a.quote
        ]
        quoted = [q for q in quoted if q[0] >= CONTEXT_ALIKE]
        if quoted:
            found, how = max(quoted, key=lambda q: q[:2])[2], "quote"
        else:
            fuzzy = [
                (fuzz.ratio(wanted, _context(text, c.start, c.end, _width(a))), -abs(c.start - a.start), c)
                for c in same_metric
            ]
            fuzzy = [f for f in fuzzy if f[0] >= CONTEXT_FUZZY]
            if fuzzy:
                found, how = max(fuzzy, key=lambda f: f[:2])[2], "fuzzy"
    if found is not None:
        taken.add(found.id)
    return Attached(decision, found, how)


def _attach_added(decision: Decision, text: str, claims: list[Claim], taken: set[str]) -> Attached:
    """A claim added by hand: the extractor's own claim there if it now finds one, else the
    quote found again in the text (exact context first, then alike), else orphaned."""
    a = decision.anchor
    place = _find_quote(text, a)
    if place is None:
        return Attached(decision, None, "orphaned")
    start, end = place
    own = next((c for c in claims if (c.start, c.end, c.metric) == (start, end, a.metric)), None)
    if own is not None and own.id not in taken:
        taken.add(own.id)
        return Attached(decision, own, "exact")
    return Attached(decision, added_claim(decision, text, start, end), "added")


def _find_quote(text: str, a: Anchor) -> tuple[int, int] | None:
    exact = text.find(a.prefix + a.quote + a.suffix)
    if exact >= 0:
        return exact + len(a.prefix), exact + len(a.prefix) + len(a.quote)
    best: tuple[float, int, int] | None = None
    wanted = a.prefix + "\u2038" + a.suffix
    at = text.find(a.quote)
    while at >= 0:
        score = fuzz.ratio(wanted, _context(text, at, at + len(a.quote), _width(a)))
        if score >= CONTEXT_ALIKE and (
            best is None or (score, -abs(at - a.start)) > (best[0], -abs(best[1] - a.start))
        ):
            best = (score, at, at + len(a.quote))
        at = text.find(a.quote, at + 1)
    return (best[1], best[2]) if best else None


def added_claim(decision: Decision, text: str, start: int, end: int) -> Claim:
    """The claim a reviewer added, at its place in the current text."""
    starts = line_starts(text)
    line = max(i for i, s in enumerate(starts) if s <= start)
    line_end = starts[line + 1] if line + 1 < len(starts) else len(text)
    fields = dict(decision.changes)
    value = Value(
        low=fields.pop("low", None),
        high=fields.pop("high", None),
        unit=fields.pop("unit", "%"),
        bound=fields.pop("bound", "eq"),
        date=fields.pop("date", None),
    )
    fields.pop("metric", None)
    digest = hashlib.sha256(f"{decision.anchor.model_dump_json()}:{decision.at}".encode()).hexdigest()
    return Claim(
        id=f"r-{digest[:16]}",
        metric=decision.anchor.metric,
        text=text[start:end],
        start=start,
        end=end,
        line=line + 1,
        column=start - starts[line] + 1,
        sentence=text[starts[line] : line_end].strip(),
        value=value,
        rule="review.add",
        **fields,
    )


def corrected(claim: Claim, changes: dict[str, Any]) -> Claim:
    """The claim with a reviewer's corrections applied (validated like any claim)."""
    value_fields = {k: changes[k] for k in ("low", "high", "unit", "bound", "date") if k in changes}
    other = {k: v for k, v in changes.items() if k not in value_fields}
    data = claim.model_dump()
    data["value"] = {**data["value"], **value_fields}
    data.update(other)
    try:
        return Claim.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise UsageError(f"the correction does not make a valid claim: {first['msg']}") from None


# --- what every command uses ---------------------------------------------------------------------


@dataclass
class Reviewed:
    """A ledger's claims after review: kept (accepted, corrected or unreviewed, each with its
    decision), rejected, added by hand, and the decisions that found no claim."""

    claims: list[tuple[Claim, Decision | None]]
    rejected: list[tuple[Claim, Decision]]
    orphaned: list[Decision]
    # claim id -> what changed: claims whose decision was made on another value, metric or quote;
    # they stand as the extractor has them, unreviewed, until a reviewer decides again
    needs_review: dict[str, str] = field(default_factory=dict)

    @property
    def decisions(self) -> int:
        return sum(1 for _, d in self.claims if d) + len(self.rejected) + len(self.orphaned)

    def label(self, claim: Claim, decision: Decision | None) -> str:
        """What the `review` column says of a claim of this ledger."""
        if claim.id in self.needs_review:
            return f"needs-review ({self.needs_review[claim.id]})"
        return review_label(decision)


def apply(ledger: Ledger, text: str, decisions: list[Decision]) -> Reviewed:
    """Honour the decisions on a ledger: rejected claims out, corrections applied, added claims in."""
    attached = attach(decisions, text, ledger.claims)
    on_claim = decisions_on_claims(attached)
    # reviewers who decided one claim differently: nobody's verdict holds until one settles it
    disputed = {cid: disagreement(ds) for cid, ds in on_claim.items() if is_dispute(ds)}
    by_claim = {cid: max(ds, key=lambda d: d.at) for cid, ds in on_claim.items() if cid not in disputed}
    needs_review = {
        a.claim.id: a.reason or "" for a in attached if a.claim is not None and a.how == "needs-review"
    }
    needs_review |= disputed
    kept: list[tuple[Claim, Decision | None]] = []
    rejected: list[tuple[Claim, Decision]] = []
    for claim in ledger.claims:
        decision = by_claim.get(claim.id)
        if decision is not None and decision.action == "reject":
            rejected.append((claim, decision))
        elif decision is not None and decision.action == "set":
            kept.append((corrected(claim, decision.changes), decision))
        else:
            kept.append((claim, decision))
    kept += [(a.claim, a.decision) for a in attached if a.how == "added" and a.claim is not None]
    kept.sort(key=lambda pair: (pair[0].start, pair[0].end, pair[0].metric))
    orphaned = [a.decision for a in attached if a.claim is None]
    return Reviewed(kept, rejected, orphaned, needs_review)


def decisions_on_claims(attached: Iterable[Attached]) -> dict[str, list[Decision]]:
    """The decisions that stand on each claim (claim id -> decisions), needs-review ones aside."""
    on_claim: dict[str, list[Decision]] = {}
    for a in attached:
        if a.claim is not None and a.how not in ("added", "needs-review"):
            on_claim.setdefault(a.claim.id, []).append(a.decision)
    return on_claim


def is_dispute(decisions: list[Decision]) -> bool:
    return len({verdict_of(d) for d in decisions}) > 1


def disagreement(decisions: list[Decision]) -> str:
    """ "disputed: Ana accepted; Ben rejected (wrong-value)": reviewers who decided differently."""
    return "disputed: " + "; ".join(
        f"{d.reviewer} {review_label(d)}" for d in sorted(decisions, key=lambda d: d.at)
    )


def review_label(decision: Decision | None) -> str:
    """What the `review` column of a table says."""
    if decision is None:
        return ""
    if decision.action == "reject":
        return f"rejected ({decision.reason})"
    return {"accept": "accepted", "set": "corrected", "add": "added"}[decision.action]


@dataclass
class Target:
    """A source under review: its ledger name, current text and a current ledger."""

    path: Path
    name: str  # the ledger's name ("000_x.json")
    text: str
    ledger: Ledger


def source_text(ledger: Ledger) -> str:
    """The text a ledger's offsets index, read from its source when that still has the same
    bytes; else "" (decisions then attach by claim id only)."""
    from .ingest import read_source

    path = Path(ledger.source.path)
    try:
        read = read_source(path, path.name)
    except (InputError, OSError):
        return ""
    return read.text if read.sha256 == ledger.source.sha256 else ""


def load_target(source: Path, ledgers_dir: Path, relative: str | None = None) -> Target:
    """The source's text and its ledger from `ledgers_dir`; when that ledger is missing or was
    made from other bytes, a fresh extraction (so decisions always meet the current text).
    `relative`: the source's path below the corpus folder it was found in, when it was."""
    from .extract import extract_document
    from .ingest import SOURCE_SUFFIXES, ledger_name, read_source
    from .ledger import load

    if source.is_dir():
        raise UsageError(f"{source}: is a folder; review decides on one article (a source file)")
    if not source.is_file():
        raise InputError(f"{source}: no such source file")
    if source.suffix.lower() not in SOURCE_SUFFIXES:
        raise UsageError(
            f"{source}: not a source file ({', '.join('*' + s for s in SOURCE_SUFFIXES)});"
            " review takes the article, not its ledger"
        )
    path = source
    name = ledger_name(relative) if relative is not None else ledger_key(source, ledgers_dir)
    read = read_source(path, relative or source.name)
    ledger_path = ledgers_dir / name
    ledger = load(ledger_path) if ledger_path.exists() else None
    if ledger is None or ledger.source.sha256 != read.sha256:
        ledger = extract_document(read, max_claims=None)
    return Target(path, name, read.text, ledger)


ADOPT_SHARE = 0.5  # of a left-behind file's decisions whose quote and context an article must hold


def adopt_renamed(reviews_dir: Path, ledgers_dir: Path, name: str, text: str) -> Path | None:
    """After `git mv old.txt new.txt` (and a fresh extract), the decisions file of the old name has
    no ledger any more: if this article holds its decisions' quotes in their context, it is this
    article's, and is renamed to its new key. Returns the file adopted, or None."""
    own = reviews_path(reviews_dir, name)
    if own.exists() or not reviews_dir.is_dir():
        return None
    for candidate in sorted(reviews_dir.rglob("*.jsonl")):
        key = candidate.relative_to(reviews_dir).with_suffix(".json").as_posix()
        if (ledgers_dir / key).exists():
            continue  # another article's, alive
        try:
            decisions = load_decisions(candidate)
        except InputError:
            continue
        found = sum(1 for d in decisions if (d.anchor.prefix + d.anchor.quote + d.anchor.suffix) in text)
        if decisions and found >= ADOPT_SHARE * len(decisions):
            own.parent.mkdir(parents=True, exist_ok=True)
            candidate.rename(own)
            candidate.with_name(candidate.name + ".lock").unlink(missing_ok=True)
            return candidate
    return None


def ledger_key(source: Path, ledgers_dir: Path) -> str:
    """The name of a source's ledger below `ledgers_dir` ("sub/x.json"): the one rule that keys
    its decisions file for every command (data/reviews/sub/x.jsonl). Found by the source path the
    ledger records, else by the folders and name it ends with; an error when none or several
    fit, rather than a decisions file that table, check and report would never read."""
    import json

    resolved = source.resolve()
    stem = source.with_suffix("").as_posix()
    by_suffix = []
    if ledgers_dir.is_dir():
        for ledger_path in sorted(ledgers_dir.rglob("*.json")):
            name = ledger_path.relative_to(ledgers_dir).as_posix()
            try:
                recorded = json.loads(ledger_path.read_text("utf-8"))["source"]["path"]
            except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
                continue
            if Path(recorded).resolve() == resolved:
                return name
            relative_stem = name[: -len(".json")]
            if stem == relative_stem or stem.endswith("/" + relative_stem):
                by_suffix.append(name)
    if len(by_suffix) == 1:
        return by_suffix[0]
    if by_suffix:
        raise InputError(
            f"{source}: several ledgers under {ledgers_dir} could be its ({', '.join(by_suffix)});"
            " run review from the folder extract was run from"
        )
    raise InputError(
        f"{source}: no ledger of it under {ledgers_dir}; run `carclaims extract` on its corpus first"
        " (decisions are kept by the ledger's path, so that every command finds them)"
    )


def check_changes(metric: str, changes: dict[str, Any], whole_claim: bool) -> None:
    """Refuse, with a one-line UsageError, fields no claim may carry: an unknown metric, region,
    population, indication, bound or product, an impossible date, a range without its bound, an
    approval without unit date. `whole_claim`: the fields of a claim being added (a value needed)."""
    from typing import get_args

    from .attribute import KNOWN_INNS
    from .ledger import Bound, Indication, Region
    from .rules import METRICS

    allowed = {
        "metric": METRICS,
        "region": get_args(Region),
        "population": ("pediatric", "adult"),
        "indication": get_args(Indication),
        "bound": get_args(Bound),
        "statistic": ("median", "mean"),
    }
    for name, values in allowed.items():
        if name in changes and changes[name] not in values:
            raise UsageError(f"--{name} {changes[name]!r}: must be one of {', '.join(values)}")
    if "product" in changes and changes["product"] not in KNOWN_INNS:
        raise UsageError(
            f"--product {changes['product']!r}: not an INN of the product table"
            " (src/carclaims/data/products.json); give the INN in lower case"
        )
    for name in ("study", "event", "grade"):
        if name in changes and not str(changes[name]).strip():
            raise UsageError(f"--{name}: empty")
    if "timepoint" in changes and not re.fullmatch(r"P\d+[DWMY]", str(changes["timepoint"])):
        raise UsageError(f"--timepoint {changes['timepoint']!r}: an ISO 8601 duration such as P12M or P2Y")
    if "date" in changes:
        _check_date(str(changes["date"]))
    metric = changes.get("metric", metric)
    unit = changes.get("unit")
    if metric == "approval" and unit is not None and unit != "date":
        raise UsageError("--metric approval takes --unit date (and --date YYYY, YYYY-MM or YYYY-MM-DD)")
    if whole_claim:
        if metric == "approval":
            if unit != "date" or "date" not in changes:
                raise UsageError("--metric approval takes --unit date and --date YYYY, YYYY-MM or YYYY-MM-DD")
        elif "low" not in changes and "high" not in changes:
            raise UsageError("review add needs the value: --low (and --high with --bound range)")
    low, high, bound = changes.get("low"), changes.get("high"), changes.get("bound")
    if low is not None and high is not None and low != high and bound in (None, "eq"):
        raise UsageError(f"--low {low:g} --high {high:g} is a range: add --bound range")


def _check_date(date: str) -> None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date)
    if match is None:
        raise UsageError(f"--date {date!r}: YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        datetime(year or 1, month or 1, day or 1)
    except ValueError:
        raise UsageError(f"--date {date!r}: no such date") from None


def decide(
    target: Target,
    reviews_dir: Path,
    action: Action,
    claim_id: str | None = None,
    *,
    reason: str | None = None,
    changes: dict[str, Any] | None = None,
    note: str | None = None,
    reviewer: str | None = None,
    span: tuple[int, int, str] | None = None,
    settle: bool = False,
) -> Decision:
    """Record one decision on a claim of the target's current ledger (or, for "add", on the
    span (start, end, metric) of its text). Returns it."""
    changes = {k: v for k, v in (changes or {}).items() if v is not None}
    if action == "add":
        if span is None:
            raise UsageError("review add needs --start, --end and --metric")
        start, end, metric = span
        if not 0 <= start < end <= len(target.text):
            raise UsageError(
                f"--start {start} --end {end}: not a span of {target.path} ({len(target.text)} chars)"
            )
        check_changes(metric, {**changes, "metric": metric}, whole_claim=True)
        from .normalise import scan

        if not scan(target.text[start:end]):
            raise UsageError(
                f"--start {start} --end {end}: {target.text[start:end]!r} holds no number;"
                " a claim's span is its number expression"
            )
        decision_anchor = anchor_of(target.text, start, end, metric)
        claim: Claim | None = None
    else:
        claim = next((c for c in target.ledger.claims if c.id == claim_id), None)
        if claim is None:
            raise UsageError(
                f"{target.path}: no claim {claim_id} in its current ledger (claim ids change when the"
                " article does; `carclaims table` or the report lists them)"
            )
        decision_anchor = anchor_of(target.text, claim.start, claim.end, claim.metric)
    if action == "reject" and reason not in REASONS:
        raise UsageError(f"--reason must be one of {', '.join(REASONS)}")
    if action == "set":
        if not changes:
            raise UsageError(f"review set needs at least one of --{', --'.join(CORRECTABLE)}")
        assert claim is not None
        check_changes(claim.metric, changes, whole_claim=False)
        corrected(claim, changes)  # refuse a correction that makes no valid claim, now
    decision = Decision(
        action=action,
        anchor=decision_anchor,
        reason=reason if action == "reject" else None,
        changes=changes if action in ("set", "add") else {},
        note=note,
        reviewer=reviewer or default_reviewer(),
        at=now(),
        extractor_version=__version__,
        claim_id=claim.id if claim is not None else None,
        claim=claim.model_dump(mode="json", exclude={"sentence"}) if claim is not None else None,
    )
    if action == "add":
        try:
            added_claim(decision, target.text, decision_anchor.start, decision_anchor.end)  # valid?
        except ValidationError as exc:
            first = exc.errors()[0]
            raise UsageError(f"the claim to add is not valid: {first['msg']}") from None
    record(reviews_path(reviews_dir, target.name), decision, settle=settle)
    return decision


def _matching(target: Target, decisions: list[Decision], claim_id: str) -> list[Decision]:
    """The decisions on claim `claim_id`: attached to it now, or made on it (orphaned ones keep
    the id of the claim they were made on; `review status` shows it)."""
    attached = attach(decisions, target.text, target.ledger.claims)
    return [
        a.decision
        for a in attached
        if (a.claim is not None and a.claim.id == claim_id) or a.decision.claim_id == claim_id
    ]


def withdraw(target: Target, reviews_dir: Path, claim_id: str, reviewer: str | None = None) -> int:
    """Remove the decisions on a claim (only `reviewer`'s, when given). Returns how many."""
    path = reviews_path(reviews_dir, target.name)
    with locked(path):
        decisions = load_decisions(path)
        gone = [
            d for d in _matching(target, decisions, claim_id) if reviewer is None or d.reviewer == reviewer
        ]
        if not gone:
            raise UsageError(f"{target.path}: no decision on {claim_id} (see carclaims review status)")
        write_atomic(path, dumps_decisions([d for d in decisions if d not in gone]))
    return len(gone)


def move(target: Target, reviews_dir: Path, from_id: str, to_id: str, mover: str | None = None) -> int:
    """Re-point the decisions on claim `from_id` (an orphaned one's too) to claim `to_id` of the
    current ledger, as a reviewer says they belong there: re-anchored on that claim, as it is
    now, with a note of the move. Returns how many moved."""
    claim = next((c for c in target.ledger.claims if c.id == to_id), None)
    if claim is None:
        raise UsageError(f"{target.path}: no claim {to_id} in its current ledger")
    path = reviews_path(reviews_dir, target.name)
    with locked(path):
        decisions = load_decisions(path)
        moving = [d for d in _matching(target, decisions, from_id) if d.action != "add"]
        if not moving:
            raise UsageError(f"{target.path}: no decision on {from_id} to move (see carclaims review status)")
        who, when = mover or default_reviewer(), now()
        moved = [
            d.model_copy(
                update={
                    "anchor": anchor_of(target.text, claim.start, claim.end, claim.metric),
                    "claim_id": claim.id,
                    "claim": claim.model_dump(mode="json", exclude={"sentence"}),
                    "note": (d.note + "; " if d.note else "")
                    + f"moved from {d.anchor.quote!r} to {claim.text!r} by {who}, {when}",
                }
            )
            for d in moving
        ]
        write_atomic(path, dumps_decisions([d for d in decisions if d not in moving] + moved))
    return len(moved)


def status(target: Target, reviews_dir: Path) -> dict[str, Any]:
    """Decisions of a source, how many attach to a claim of its current ledger, how many are
    orphaned, and how many of its claims no decision covers yet."""
    decisions = load_decisions(reviews_path(reviews_dir, target.name))
    attached = attach(decisions, target.text, target.ledger.claims)
    covered = {a.claim.id for a in attached if a.claim is not None and a.how != "needs-review"}
    return {
        "path": target.path.as_posix(),
        "decisions_file": reviews_path(reviews_dir, target.name).as_posix(),
        "claims": len(target.ledger.claims),
        "decisions": len(decisions),
        "attached": sum(1 for a in attached if a.claim is not None and a.how != "needs-review"),
        "needs_review": sum(1 for a in attached if a.how == "needs-review"),
        "orphaned": sum(1 for a in attached if a.claim is None),
        "unreviewed": sum(1 for c in target.ledger.claims if c.id not in covered),
        "problems": (found := problems(target.path.as_posix(), target.text, attached)),
        "disputed": sum(1 for p in found if p["status"] == "disputed"),
    }


def orphan_place(text: str, anchor: Anchor) -> int:
    """Where an orphaned decision's claim stood: right after the text that preceded it, where that
    is still (nearly) there; else its old offset, kept within the text."""
    if anchor.prefix and text:
        found = fuzz.partial_ratio_alignment(anchor.prefix, text)
        if found is not None and found.score >= CONTEXT_ALIKE:
            return min(found.dest_end, max(0, len(text) - 1))
    return min(anchor.start, max(0, len(text) - 1))


def target_position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset, for path:line:col."""
    starts = line_starts(text) if text else [0]
    line = max(0, bisect.bisect_right(starts, offset) - 1)
    return line + 1, offset - starts[line] + 1


def problems(path: str, text: str, attached: Iterable[Attached]) -> list[dict[str, Any]]:
    """The decisions a reviewer must look at again, each at path:line:col: orphaned ones (at the
    place their claim had, a hint) and those whose claim changed (at the claim)."""
    attached = list(attached)
    starts = line_starts(text) if text else [0]
    found = []
    for cid, ds in decisions_on_claims(attached).items():
        if is_dispute(ds):
            claim = next(a.claim for a in attached if a.claim is not None and a.claim.id == cid)
            line, column = target_position(text, claim.start)
            found.append(
                {
                    "status": "disputed",
                    "path": path,
                    "line": line,
                    "column": column,
                    "quote": claim.text,
                    "metric": claim.metric,
                    "decision": "/".join(sorted({d.action for d in ds})),
                    "reviewer": ", ".join(sorted({d.reviewer for d in ds})),
                    "at": max(d.at for d in ds),
                    "claim_id": cid,
                    "reason": disagreement(ds) + "; settle it with --settle",
                }
            )
    for a in attached:
        if a.how not in ("orphaned", "needs-review"):
            continue
        offset = a.claim.start if a.claim is not None else orphan_place(text, a.decision.anchor)
        line = max(0, bisect.bisect_right(starts, offset) - 1)
        found.append(
            {
                "status": a.how,
                "path": path,
                "line": line + 1,
                "column": offset - starts[line] + 1,
                "quote": a.decision.anchor.quote,
                "metric": a.decision.anchor.metric,
                "decision": a.decision.action,
                "reviewer": a.decision.reviewer,
                "at": a.decision.at,
                "claim_id": a.claim.id if a.claim is not None else a.decision.claim_id,
                "reason": a.reason if a.how == "needs-review" else "its claim is no longer in the text",
            }
        )
    return sorted(found, key=lambda p: (p["line"], p["column"]))


def review_scoreboard(
    items: Iterable[tuple[str, str, Ledger]], reviews_dir: Path
) -> tuple[list[Any], dict[str, Ledger]]:
    """Gold claims and predictions from review work, for `carclaims eval --reviews`.

    `items` are (document name, its ledger's name, a fresh ledger). In every document with
    decisions, accepted, corrected and added claims are gold; the extractor's claims that a
    decision covers are its predictions (a rejected one is spurious, a corrected one wrong
    unless the extractor now agrees); claims nobody reviewed are left out of the score.
    """
    from .evaluate import GoldClaim

    gold: list[GoldClaim] = []
    predicted: dict[str, Ledger] = {}
    for doc, name, ledger in items:
        decisions = load_decisions(reviews_path(reviews_dir, name))
        if not decisions:
            continue
        text = source_text(ledger)
        attached = attach(decisions, text, ledger.claims)
        covered = {
            a.claim.id for a in attached if a.claim is not None and a.how not in ("added", "needs-review")
        }
        predicted[doc] = ledger.model_copy(update={"claims": [c for c in ledger.claims if c.id in covered]})
        for a in attached:
            if a.claim is None or a.decision.action == "reject" or a.how == "needs-review":
                continue
            claim = corrected(a.claim, a.decision.changes) if a.decision.action == "set" else a.claim
            gold.append(
                GoldClaim(
                    doc=doc,
                    start=claim.start,
                    end=claim.end,
                    text=claim.text,
                    metric=claim.metric,
                    value=claim.value.model_dump(),
                    fields={k: getattr(claim, k) for k in ("product", "indication", "region", "population")},
                )
            )
    return gold, predicted
