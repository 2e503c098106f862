"""Check a corpus of articles: stale or missing ledgers, lint findings on every ledger, and
conflicts between new or changed articles and the rest of the corpus.

Everything here returns `Finding`s; rendering them (terminal, JSON, Markdown, GitHub workflow
commands) is report.py's job and the exit status the CLI's.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .attribute import ANCESTORS, KNOWN_INNS, is_comparator_figure, regions_in
from .diff import Side, diff
from .errors import InputError
from .ingest import discover, ledger_name, read_source
from .ledger import Claim, Ledger, dumps, field_key, load
from .rules import COUNT_METRICS, RESPONDERS, all_cues
from .rules.costs import MONEY_KIND_DEFAULT, MONEY_KINDS

SEVERITIES = ("error", "warning")
INFLATING_HEDGES = ("up to", "as high as", "as many as", "as much as")
FRACTION_TOLERANCE = 1.0  # percentage points between a stated share and its own N/M
# Fields two claims must share before diff pairs them across sources (same_subject then decides).
CORPUS_EVIDENCE = 2


@dataclass(frozen=True, slots=True)
class Location:
    path: str
    line: int | None
    column: int | None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    where: Location
    message: str
    related: tuple[Location, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.where.path,
            "line": self.where.line,
            "column": self.where.column,
            "text": self.where.text,
            "message": self.message,
            "related": [
                {"path": r.path, "line": r.line, "column": r.column, "text": r.text} for r in self.related
            ],
        }


# --- lint rules: each takes the raw claims of one ledger and yields (claim, message, related) ----

Raw = dict[str, Any]
LintHit = tuple[Raw, str, tuple[Raw, ...]]


def _percent_over_100(claims: list[Raw]) -> Iterator[LintHit]:
    for c in claims:
        v = c["value"]
        if v.get("unit") == "%" and any(x is not None and x > 100 for x in (v.get("low"), v.get("high"))):
            yield c, f"{c['metric']} of {c['text']!r} is over 100%", ()


def _fraction_mismatch(claims: list[Raw]) -> Iterator[LintHit]:
    for c in claims:
        v, n, d = c["value"], c.get("numerator"), c.get("denominator")
        if v.get("unit") != "%" or not n or not d or v.get("low") is None:
            continue
        own = n / d * 100
        if abs(v["low"] - own) > FRACTION_TOLERANCE:
            yield c, f"{c['text']!r} states {v['low']:g}% but {n:g} of {d:g} is {own:.1f}%", ()


def _range_inverted(claims: list[Raw]) -> Iterator[LintHit]:
    for c in claims:
        v = c["value"]
        low, high = v.get("low"), v.get("high")
        if v.get("bound") == "range" and low is not None and high is not None and low > high:
            yield c, f"range {c['text']!r} runs from {low:g} down to {high:g}", ()


def _median_outside_ci(claims: list[Raw]) -> Iterator[LintHit]:
    for c in claims:
        ci, low = c.get("ci"), c["value"].get("low")
        if c.get("statistic") != "median" or not ci or low is None:
            continue
        if ci[0] > ci[1] or not ci[0] <= low <= ci[1]:
            yield c, f"median {low:g} lies outside its own 95% CI {ci[0]:g}–{ci[1]:g}", ()


def _interval(c: Raw) -> tuple[float, float]:
    v = c["value"]
    return (
        v["low"] if v.get("low") is not None else -math.inf,
        v["high"] if v.get("high") is not None else math.inf,
    )


def _cr_above_orr(claims: list[Raw]) -> Iterator[LintHit]:
    """A complete-response rate can't exceed the overall response rate it is part of."""
    key = ("product", "indication", "population")
    orrs = [c for c in claims if c["metric"] == "orr" and c["value"].get("unit") == "%"]
    for cr in (c for c in claims if c["metric"] == "cr" and c["value"].get("unit") == "%"):
        if cr.get("product") is None and cr.get("indication") is None:
            continue
        for orr in orrs:
            if all(cr.get(k) == orr.get(k) for k in key) and _interval(cr)[0] > _interval(orr)[1]:
                yield cr, f"CR {cr['text']!r} is above ORR {orr['text']!r} for the same subject", (orr,)
                break


def _unknown_product(claims: list[Raw]) -> Iterator[LintHit]:
    for c in claims:
        if c.get("product") and c["product"] not in KNOWN_INNS:
            yield c, f"product {c['product']!r} is not in the product table", ()


_GENERIC_CUES = {cue.id for cue in all_cues() if cue.generic or cue.id == "success"}


def _inflating_hedge(claims: list[Raw]) -> Iterator[LintHit]:
    """ "up to 92%" repeated without the endpoint (ORR? CR?) it is the upper end of."""
    for c in claims:
        hedge = (c.get("hedge") or "").lower()
        if not any(h in hedge for h in INFLATING_HEDGES):
            continue
        parts = c["rule"].split(".")
        if parts[-1] == "restated" or (len(parts) > 1 and parts[1] in _GENERIC_CUES):
            yield c, f"{c['text']!r} is an upper extreme quoted without the endpoint it came from", ()


@dataclass(frozen=True)
class Lint:
    code: str
    severity: str
    check: Callable[[list[Raw]], Iterable[LintHit]] = field(repr=False)


LINTS: tuple[Lint, ...] = (
    Lint("percent-over-100", "error", _percent_over_100),
    Lint("fraction-mismatch", "error", _fraction_mismatch),
    Lint("range-inverted", "error", _range_inverted),
    Lint("median-outside-ci", "error", _median_outside_ci),
    Lint("cr-above-orr", "warning", _cr_above_orr),
    Lint("unknown-product", "warning", _unknown_product),
    Lint("inflating-hedge", "warning", _inflating_hedge),
)


def _at(path: str, claim: Raw) -> Location:
    return Location(path, claim.get("line"), claim.get("column"), claim.get("text"))


def lint(raw_ledger: dict[str, Any]) -> list[Finding]:
    """Lint findings for one ledger, read as plain JSON so that even an inconsistent ledger
    (one the models would refuse) gets findings that point at its claims."""
    path = raw_ledger.get("source", {}).get("path", "?")
    claims = raw_ledger.get("claims", [])
    findings = []
    for rule in LINTS:
        for claim, message, related in rule.check(claims):
            findings.append(
                Finding(
                    rule.code, rule.severity, _at(path, claim), message, tuple(_at(path, r) for r in related)
                )
            )
    return findings


# --- corpus conflicts: two claims about the same thing, beyond doubt ---------------------------

# Fields on which two claims must agree exactly (None only with None): a figure for adults is no
# contradiction of one for everybody, nor a 12-month rate of a median, nor grade >=3 of any grade.
EXACT_FIELDS = ("population", "timepoint", "statistic", "event")
MONEY_KIND_BEFORE, MONEY_KIND_AFTER = 100, 60  # characters of its sentence that say what money is
COMPARATOR_BEFORE = 200  # characters before a figure that can make it a comparator arm's
# "1.2 million yuan (about $170,000)": an amount converted into another currency restates the one
# before it, at some exchange rate; the amount as stated is what is compared.
_CONVERSION_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:[KMB]|thousand|million|billion|lakhs?|crores?)?\s*[^\W\d]{0,12}\s*"
    r"\(\s*(?:about|approx\.?|approximately|around|roughly|some|~|≈|or|i\.e\.,?)?\s*$",
    re.IGNORECASE,
)


def is_conversion(claim: Claim) -> bool:
    """ "1.2 million yuan (about $170,000)": the bracketed amount converts the one before it."""
    return claim.metric in ("cost", "cost_reduction") and bool(
        _CONVERSION_BEFORE.search(_around(claim, 40, 0)[0])
    )


def _around(claim: Claim, before: int, after: int) -> tuple[str, str]:
    """The text of the claim's sentence before and after the claim (a table claim's sentence is
    its row)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return claim.sentence, ""
    end = at + len(claim.text)
    return claim.sentence[max(0, at - before) : at], claim.sentence[end : end + after]


# "59% of responders were relapse-free": a figure for a subgroup of the cohort, not the cohort's
_SUBGROUP = re.compile(rf"\b(?:of|among|in)\s+(?:the\s+|all\s+)?(?:\d+\s+)?(?:{RESPONDERS})", re.IGNORECASE)


def is_subgroup_figure(claim: Claim) -> bool:
    """Whether the figure is stated for a subgroup (responders, patients in CR) of its cohort."""
    before, after = _around(claim, 40, 40)
    return bool(_SUBGROUP.match(after.lstrip()) or _SUBGROUP.search(before[-40:]))


def money_kind(claim: Claim) -> str:
    """price, insurance, out-of-pocket, cost-effectiveness, total-cost or hypothetical
    (rules/costs.py MONEY_KINDS), from the words around the figure."""
    before, after = _around(claim, MONEY_KIND_BEFORE, MONEY_KIND_AFTER)
    window = before + claim.text + after
    return next((kind for kind, pattern in MONEY_KINDS if pattern.search(window)), MONEY_KIND_DEFAULT)


def approval_places(claim: Claim) -> set[str]:
    """Where an approval was given: the places its own sentence names (a regulator counts: FDA is
    the US, NMPA China), else the claim's region."""
    named = regions_in(claim.sentence)
    return named or ({claim.region} if claim.region else set())


def _indications_differ(a: Claim, b: Claim) -> bool:
    x, y = a.indication, b.indication
    if x is None or y is None or x == y:
        return False
    covering = x in ANCESTORS.get(y, ()) or y in ANCESTORS.get(x, ())
    return not (covering and a.metric in ("cost", "cost_reduction"))


def same_subject(a: Claim, b: Claim) -> bool:
    """Whether two claims of different articles are about the same thing, so that different
    values contradict each other (docs/conflicts.md measures how often this holds).

    The same metric and unit; the same product or study named on both sides (two figures for an
    indication without a product are usually of different trials or products); no field that
    says otherwise (another product, study, indication or region; a population, time point,
    statistic or event only one side has); neither a comparator arm's figure; counts of the
    same study's cohort; money of the same kind; approvals from the same place.
    """
    if a.metric != b.metric or a.value.unit != b.value.unit:
        return False
    if not ((a.product and a.product == b.product) or (a.study and a.study == b.study)):
        return False
    if any(is_comparator_figure(*_around(c, COMPARATOR_BEFORE, 80)) for c in (a, b)):
        return False
    if a.metric not in ("approval", "cost", "cost_reduction") and (a.study is None) != (b.study is None):
        return False  # FUMANBA-1's rate against a phase 1 report that names no study: two trials
    return subject_safeguards(a, b)


def subject_safeguards(a: Claim, b: Claim) -> bool:
    """same_subject without its demands that both sides name the product or study and that neither
    is a comparison's other side: what `diff` asks of two claims of different articles before it
    pairs them (so that two conversions of one price, two products' figures, a responders' rate
    against a cohort's or a list price against a total cost never conflict)."""
    if a.metric != b.metric or a.value.unit != b.value.unit:
        return False
    for name in ("product", "study", "region"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            return False
    if _indications_differ(a, b) or any(
        field_key(f, getattr(a, f)) != field_key(f, getattr(b, f)) for f in EXACT_FIELDS
    ):
        return False
    if (a.grade or "any") != (b.grade or "any"):
        return False
    if is_subgroup_figure(a) != is_subgroup_figure(b):
        return False  # a rate among responders is no rate of the whole cohort
    if a.metric in COUNT_METRICS:
        if a.numerator is not None or b.numerator is not None:
            return False  # "75 of the 169 trials" counts a subset
        if a.metric == "patient_count" and not (a.study and a.study == b.study):
            return False  # a product's cohorts differ from trial to trial
    if a.metric in ("cost", "cost_reduction"):
        if money_kind(a) != money_kind(b):
            return False
        if is_conversion(a) or is_conversion(b):
            return False  # a currency conversion: the stated amounts are compared instead
    if a.metric == "approval" and not approval_places(a) & approval_places(b):
        return False  # FDA 2017 and Russia 2023 are two approvals
    return True


# --- the whole check -----------------------------------------------------------------------


@dataclass
class CheckResult:
    findings: list[Finding]
    sources: int
    ledgers: int

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def changed_since(base: str, paths: list[Path]) -> set[Path]:
    """Source files added or modified since git revision `base` (working tree included)."""
    try:
        listed = subprocess.run(
            ["git", "diff", "--name-only", "--diff-filter=AMR", base, "--", *map(str, paths)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        untracked = subprocess.run(
            ["git", "ls-files", "--others", "--exclude-standard", "--", *map(str, paths)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise InputError(f"--base {base}: git could not list changes ({detail.strip()})") from None
    root = Path(top)
    changed = {(root / name).resolve() for name in listed}
    changed |= {Path(name).resolve() for name in untracked}
    return changed


def git_changes(paths: list[Path]) -> set[Path] | None:
    """Files under `paths` that git sees as untracked, modified or staged against HEAD (resolved
    paths), or None when none of `paths` is inside a git work tree."""
    changed: set[Path] = set()
    in_git = False
    for path in paths:
        where = path if path.is_dir() else path.parent
        try:
            top = subprocess.run(
                ["git", "-C", str(where), "rev-parse", "--show-toplevel"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            listed = subprocess.run(
                [
                    "git",
                    "-C",
                    top,
                    "status",
                    "--porcelain=v1",
                    "-z",
                    "--untracked-files=all",
                    "--",
                    str(path.resolve()),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            continue  # not in a work tree (or no git): this path has no git view
        in_git = True
        fields = iter(listed.split("\0"))
        for entry in fields:
            if len(entry) < 4:
                continue
            status, name = entry[:2], entry[3:]
            if "R" in status or "C" in status:
                next(fields, None)  # a rename's old name follows
            changed.add((Path(top) / name).resolve())
    return changed if in_git else None


def run_check(
    sources: list[Path],
    ledgers_dir: Path,
    base: str | None = None,
    all_conflicts: bool = False,
    reviews_dir: Path | None = None,
    verify: bool = False,
) -> CheckResult:
    """Stale/missing/orphan ledgers, lints, and corpus conflicts of new or changed sources.
    With `reviews_dir`, lints and conflicts see the claims as reviewers left them: rejected
    claims are gone, corrections applied, added claims in."""
    findings: list[Finding] = []
    from .extract import extract_document  # spaCy is imported only when ledgers are made

    found = list(discover(sources))
    expected: dict[str, Path] = {}
    fresh: dict[str, Ledger] = {}
    stale_or_missing: set[str] = set()
    changed_names: set[str] = set()
    changed = changed_since(base, sources) if base else git_changes(sources)

    texts: dict[str, str] = {}
    for path, relative in found:
        name = ledger_name(relative)
        expected[name] = path
        where = Location(path.as_posix(), None, None)
        try:
            source = read_source(path, relative)
            ledger = extract_document(source)
            texts[name] = source.text
        except InputError as exc:
            findings.append(Finding("unreadable-source", "error", where, str(exc)))
            continue
        fresh[name] = ledger
        committed = ledgers_dir / name
        if not committed.exists():
            findings.append(
                Finding("missing-ledger", "error", where, f"no ledger {committed}; run carclaims extract")
            )
            stale_or_missing.add(name)
        elif not _same_ledger(committed, ledger):
            findings.append(
                Finding(
                    "stale-ledger",
                    "error",
                    where,
                    f"{committed} does not match a fresh extraction; run carclaims extract and commit it",
                )
            )
            stale_or_missing.add(name)
        if changed is not None and path.resolve() in changed:
            changed_names.add(name)

    # New or changed articles are compared with the corpus: with --base, what changed since it;
    # otherwise what git sees untracked, modified or staged, and what has no current ledger yet
    # (outside git, only the latter). Untouched, committed articles are not re-litigated.
    if all_conflicts:
        new_or_changed = set(fresh)
    elif base:
        new_or_changed = changed_names & set(fresh)
    else:
        new_or_changed = (changed_names | stale_or_missing) & set(fresh)

    corpus: dict[str, Ledger] = {}
    if ledgers_dir.is_dir():
        for ledger_path in sorted(ledgers_dir.rglob("*.json")):
            name = ledger_path.relative_to(ledgers_dir).as_posix()
            try:
                raw = json.loads(ledger_path.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                findings.append(
                    Finding("invalid-ledger", "error", Location(ledger_path.as_posix(), None, None), str(exc))
                )
                continue
            try:
                corpus[name] = load(ledger_path)
            except InputError as exc:
                findings.extend(lint(raw) if name not in fresh else [])  # findings even so
                findings.append(
                    Finding("invalid-ledger", "error", Location(ledger_path.as_posix(), None, None), str(exc))
                )
                continue
            reviewed = _reviewed(corpus[name], name, reviews_dir, texts.get(name))
            if name not in fresh:
                findings.extend(lint(raw if reviewed is corpus[name] else json.loads(dumps(reviewed))))
            corpus[name] = reviewed
            if name not in expected and any(p.is_dir() for p in sources):
                findings.append(
                    Finding(
                        "orphan-ledger",
                        "error",
                        Location(ledger_path.as_posix(), None, None),
                        "ledger has no source any more; delete it or restore the article",
                    )
                )
    if reviews_dir is not None:
        for name in sorted(fresh):
            findings.extend(review_findings(expected[name], name, fresh[name], texts[name], reviews_dir))
        for file in sorted(reviews_dir.rglob("*.jsonl")):
            key = file.relative_to(reviews_dir).with_suffix(".json").as_posix()
            if key not in corpus and key not in fresh and not (ledgers_dir / key).exists():
                findings.append(
                    Finding(
                        "review-orphaned-file",
                        "error",
                        Location(file.as_posix(), None, None),
                        "decisions of an article that has no ledger (renamed or deleted?): `carclaims review"
                        " status` on the corpus lets a renamed article adopt them; else delete the file",
                    )
                )
    fresh = {name: _reviewed(ledger, name, reviews_dir, texts[name]) for name, ledger in fresh.items()}
    if verify:
        findings.extend(verify_findings(expected, fresh))
    for ledger in fresh.values():
        findings.extend(lint(json.loads(dumps(ledger))))

    # an article someone touched is compared first, so a conflict is reported on its side (and a
    # GitHub annotation lands on the file of the pull request), never on an article nobody touched
    touched = changed_names | stale_or_missing
    order = sorted(new_or_changed, key=lambda n: (n not in touched, n))
    findings.extend(
        corpus_conflicts([(name, expected[name].as_posix(), fresh[name]) for name in order], corpus)
    )
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.where.path, f.where.line or 0, f.code))
    return CheckResult(findings, len(found), len(corpus))


def corpus_conflicts(articles: list[tuple[str, str, Ledger]], corpus: dict[str, Ledger]) -> list[Finding]:
    """The conflicts of each (ledger name, path, ledger) of `articles`, in that order, with the
    ledgers of `corpus` (by name); each pair of claims once, on the side met first."""
    findings: list[Finding] = []
    reported: set[frozenset[tuple[str, int, int, str]]] = set()  # one finding per pair of claims
    holders = _subject_index(corpus)
    for name, path, mine in articles:
        side = Side(path, Path(path).name, mine)
        # only ledgers that name a product or study of this one for the same metric can conflict
        # with it (same_subject): the rest are not diffed, so a large corpus stays fast
        candidates = set().union(*(holders.get(key, set()) for key in _subject_keys(mine)))
        for other_name in sorted(candidates - {name}):
            other = corpus[other_name]
            other_side = Side(other.source.path, Path(other.source.path).name, other)
            pairs = diff(side, other_side, versions=False, min_evidence=CORPUS_EVIDENCE, require=same_subject)
            for pair in pairs:
                if pair.verdict != "conflict" or pair.a is None or pair.b is None:
                    continue
                a, b = pair.a, pair.b
                key = frozenset({(name, a.start, a.end, a.metric), (other_name, b.start, b.end, b.metric)})
                if key in reported:
                    continue
                reported.add(key)
                what = a.metric + (f" of {a.product}" if a.product else "")
                findings.append(
                    Finding(
                        "corpus-conflict",
                        "error",
                        Location(side.label, a.line, a.column, a.text),
                        f"{what}: {a.text!r} here conflicts with {b.text!r} in "
                        f"{other.source.path}:{b.line}:{b.column}",
                        (Location(other.source.path, b.line, b.column, b.text),),
                    )
                )
    return findings


def _subject_keys(ledger: Ledger) -> set[tuple[str, str, str]]:
    """(metric, unit, product or study) of each claim that names one: what same_subject needs."""
    keys = set()
    for claim in ledger.claims:
        for named in (claim.product, claim.study):
            if named:
                keys.add((claim.metric, claim.value.unit, named))
    return keys


def _subject_index(corpus: dict[str, Ledger]) -> dict[tuple[str, str, str], set[str]]:
    index: dict[tuple[str, str, str], set[str]] = {}
    for name, ledger in corpus.items():
        for key in _subject_keys(ledger):
            index.setdefault(key, set()).add(name)
    return index


def _reviewed(ledger: Ledger, name: str, reviews_dir: Path | None, text: str | None) -> Ledger:
    """The ledger as its reviewers left it (the same object when nobody reviewed it)."""
    if reviews_dir is None:
        return ledger
    from .review import apply, load_decisions, reviews_path, source_text

    try:
        decisions = load_decisions(reviews_path(reviews_dir, name))
    except InputError:
        return ledger  # reported once, as invalid-reviews, by review_findings
    if not decisions:
        return ledger
    reviewed = apply(ledger, text if text is not None else source_text(ledger), decisions)
    return ledger.model_copy(update={"claims": [claim for claim, _ in reviewed.claims]})


def verify_findings(paths: dict[str, Path], ledgers: dict[str, Ledger]) -> list[Finding]:
    """`carclaims verify`'s differs (error) and selective (warning) verdicts as findings."""
    from .verify import describe, verify_ledger

    found = []
    for name in sorted(ledgers):
        for v in verify_ledger(ledgers[name].claims):
            if v.verdict in ("differs", "selective"):
                c = v.claim
                found.append(
                    Finding(
                        f"verify-{v.verdict}",
                        "error" if v.verdict == "differs" else "warning",
                        Location(paths[name].as_posix(), c.line, c.column, c.text),
                        describe(v),
                    )
                )
    return found


def review_findings(path: Path, name: str, ledger: Ledger, text: str, reviews_dir: Path) -> list[Finding]:
    """Decisions a reviewer must look at again, as findings CI sees: orphaned ones (error: their
    claim is gone and the verdict with it) and those whose claim changed (warning: it stands
    unreviewed until someone decides again); a decisions file that cannot be read fails its
    article only."""
    from .review import attach, load_decisions, problems, reviews_path

    file = reviews_path(reviews_dir, name)
    try:
        decisions = load_decisions(file)
    except InputError as exc:
        return [Finding("invalid-reviews", "error", Location(file.as_posix(), None, None), str(exc))]
    if not decisions:
        return []
    found = []
    for p in problems(path.as_posix(), text, attach(decisions, text, ledger.claims)):
        orphaned = p["status"] == "orphaned"
        found.append(
            Finding(
                f"review-{p['status']}",
                "error" if orphaned else "warning",
                Location(p["path"], p["line"], p["column"], p["quote"]),
                f"{p['decision']} of {p['metric']} {p['quote']!r} by {p['reviewer']}: {p['reason']}"
                + ("" if orphaned else "; decide again (carclaims review accept/reject/set)"),
            )
        )
    return found


def _same_ledger(committed: Path, fresh: Ledger) -> bool:
    """Byte-equal to a fresh extraction, whatever path form the source was given with."""
    try:
        stored = committed.read_text("utf-8")
        recorded_path = json.loads(stored)["source"]["path"]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
        return False
    relocated = fresh.model_copy(update={"source": fresh.source.model_copy(update={"path": recorded_path})})
    return stored == dumps(relocated)
