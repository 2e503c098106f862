"""The throughput benchmark: carclaims extract against quantulum3, on a synthetic corpus or on
real articles.

    python bench/run.py [--size-mb 20] [--jobs 1,2] [--quantulum-share 0.1] [--report docs/benchmarks.md]
    python bench/run.py --corpus DIR [DIR ...] --replicate-mb 5 [--profile] [--report docs/benchmarks.md]

Each engine runs as its own process tree, sampled every 50 ms for its resident memory (the sum
over the parent and its worker processes); chars/s counts code points of the article texts.
quantulum3 (a general quantity extractor, installed only for this: `pip install -e '.[bench]'`)
is called once per sentence, its best mode (it slows down on long inputs, so nobody feeds it
whole articles), with carclaims' own sentence splitter, timed by its own clock around its calls
after a warm-up; whole articles are measured too, as a footnote. It runs over every N-th article
(--quantulum-share) because at its speed a large corpus takes long; throughput is a rate.

`--corpus` takes any folders of *.txt/*.md articles (they stay where they are); `--replicate-mb`
copies them round-robin into a temporary folder until it holds that many MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402


@dataclass
class Measurement:
    label: str
    files: int
    chars: int
    found: int  # claims, or quantities for quantulum3
    seconds: float
    peak_rss_mb: float

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds

    @property
    def found_per_s(self) -> float:
        return self.found / self.seconds


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (workers, a fork server)."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_measured(command: list[str], log: Path) -> tuple[float, int]:
    """(wall seconds, peak tree RSS in bytes) of a command; fails loudly if it fails."""
    started = time.perf_counter()
    with log.open("wb") as sink:
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
        watched = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            try:
                peak = max(peak, tree_rss(watched))
            except psutil.Error:
                pass
            time.sleep(0.05)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        tail = log.read_text("utf-8", "replace")[-2000:]
        raise SystemExit(f"error: {shlex.join(command)} exited {child.returncode}:\n{tail}")
    return seconds, peak


def corpus_chars(corpus: Path) -> tuple[int, int]:
    files = chars = 0
    for path in sorted(corpus.glob("*.txt")):
        files += 1
        chars += len(path.read_text("utf-8"))
    return files, chars


def measure_carclaims(corpus: Path, jobs: int, files: int, chars: int, work: Path) -> Measurement:
    out = work / f"ledgers-{jobs}"
    command = [sys.executable, "-m", "carclaims", "extract", str(corpus), "--out", str(out), "-q"]
    command += ["--jobs", str(jobs)]
    seconds, peak = run_measured(command, work / f"carclaims-{jobs}.log")
    claims = sum(len(json.loads(p.read_text("utf-8"))["claims"]) for p in out.glob("*.json"))
    return Measurement(f"carclaims extract --jobs {jobs}", files, chars, claims, seconds, peak / 1e6)


QUANTULUM_WORKER = """
import json, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from quantulum3 import parser
from carclaims.nlp import parse
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[:: int(sys.argv[2])]
per_sentence = sys.argv[3] == "sentence"
parser.parse("The ORR was 92% and it costs $373,000.")  # warm-up: quantulum3 loads lazily
files = chars = found = 0
seconds = 0.0
for path in paths:
    text = path.read_text("utf-8")
    pieces = [text[s:e] for s, e in next(parse([text])).sentences] if per_sentence else [text]
    started = time.perf_counter()
    for piece in pieces:
        found += len(parser.parse(piece))
    seconds += time.perf_counter() - started
    files += 1
    chars += len(text)
print(json.dumps({"files": files, "chars": chars, "found": found, "seconds": seconds}))
"""


def measure_quantulum(corpus: Path, every: int, work: Path, mode: str = "sentence") -> Measurement:
    log = work / f"quantulum3-{mode}.log"
    command = [sys.executable, "-c", QUANTULUM_WORKER, str(corpus), str(every), mode]
    _, peak = run_measured(command, log)
    result = json.loads(log.read_text("utf-8").strip().splitlines()[-1])
    how = "per sentence" if mode == "sentence" else "per whole article"
    label = f"quantulum3 parser.parse {how}" + (f" (every {every}th article)" if every > 1 else "")
    # its own clock around its calls: its import, warm-up and our sentence splitting are not counted
    return Measurement(
        label, result["files"], result["chars"], result["found"], result["seconds"], peak / 1e6
    )


TOKENIZER_WORKER = """
import json, sys, time
from pathlib import Path
import spacy
nlp = spacy.blank("en")
texts = [p.read_text("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
list(nlp.pipe(texts[:5]))  # warm-up
started = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts))
seconds = time.perf_counter() - started
print(json.dumps({"files": len(texts), "chars": sum(map(len, texts)), "found": tokens, "seconds": seconds}))
"""


def measure_tokenizer(corpus: Path, work: Path) -> Measurement:
    """spaCy's blank English tokenizer alone over the same files (`nlp.pipe`, its own clock): the
    floor of the stack, what a pipeline built on spaCy cannot run faster than."""
    log = work / "tokenizer.log"
    _, peak = run_measured([sys.executable, "-c", TOKENIZER_WORKER, str(corpus)], log)
    result = json.loads(log.read_text("utf-8").strip().splitlines()[-1])
    return Measurement(
        "spaCy blank tokenizer alone (tokens)",
        result["files"],
        result["chars"],
        result["found"],
        result["seconds"],
        peak / 1e6,
    )


def replicate(folders: list[Path], size_mb: float, target: Path) -> None:
    """Copy the articles of `folders` round-robin into `target` until it holds `size_mb` MB."""
    texts = [
        (path.stem, path.read_text("utf-8"))
        for folder in folders
        for path in sorted([*folder.glob("*.txt"), *folder.glob("*.md")])
    ]
    if not texts:
        raise SystemExit(f"error: no *.txt or *.md articles in {', '.join(map(str, folders))}")
    target.mkdir(parents=True, exist_ok=True)
    total = copy = 0
    while total < size_mb * 1e6:
        for stem, text in texts:
            (target / f"{copy:04d}_{stem}.txt").write_text(text, "utf-8")
            total += len(text)
        copy += 1


PROFILE_WORKER = """
import cProfile, io, pstats, sys
from pathlib import Path
from carclaims.extract import iter_ledgers
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[: int(sys.argv[2])]
profile = cProfile.Profile()
profile.enable()
for _ in iter_ledgers(paths):
    pass
profile.disable()
out = io.StringIO()
pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(int(sys.argv[3]))
print(out.getvalue())
"""


def profile_top(corpus: Path, files: int, top: int = 12) -> list[str]:
    """The `top` entries by own time of a profiled one-process extraction of `files` articles."""
    result = subprocess.run(
        [sys.executable, "-c", PROFILE_WORKER, str(corpus), str(files), str(top)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    rows = []
    for line in lines[header + 1 : header + 1 + top]:
        parts = line.split(None, 5)
        if len(parts) == 6:
            where = re.sub(r"^.*?/(?:src/|site-packages/)", "", parts[5])
            rows.append(f"| {parts[1]} | {parts[0]} | `{where}` |")
    return ["| own s | calls | function |", "|---:|---:|---|", *rows]


def help_seconds() -> float:
    """Median wall time of `carclaims --help` over five runs."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "carclaims", "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.+)", info).group(1)  # type: ignore[union-attr]
    except (OSError, AttributeError):
        pass
    memory = psutil.virtual_memory().total / 2**30
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    from importlib.metadata import version

    import quantulum3  # noqa: F401
    import spacy

    return (
        f"{cores} cores ({cpu}), {memory:.0f} GiB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"carclaims {version('carclaims')}, quantulum3 {version('quantulum3')}"
    )


def render(title: str, command: str, rows: list[Measurement], extra: list[str], host: str) -> str:
    lines = [
        f"### {title}",
        "",
        f"Command: `{command}`  ",
        f"Machine: {host}  ",
        f"Run: {time.strftime('%Y-%m-%d %H:%M')}",
        "",
        "| run | files | chars | found | wall s | chars/s | found/s | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in rows:
        lines.append(
            f"| {m.label} | {m.files} | {m.chars:,} | {m.found:,} | {m.seconds:.1f} | "
            f"{m.chars_per_s:,.0f} | {m.found_per_s:,.0f} | {m.peak_rss_mb:.0f} |"
        )
    lines += ["", *extra, ""]
    return "\n".join(lines)


def update_report(report: Path, key: str, block: str) -> None:
    """Replace (or append) the block between this size's markers; the prose around is kept."""
    start, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    text = report.read_text("utf-8") if report.exists() else "# Benchmarks\n"
    fresh = f"{start}\n{block}\n{end}"
    if start in text and end in text:
        text = text[: text.index(start)] + fresh + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + fresh + "\n"
    report.write_text(text, "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", default=f"1,{len(os.sched_getaffinity(0))}", help="comma-separated")
    parser.add_argument(
        "--quantulum-share", type=float, default=0.1, help="share of articles for quantulum3; 0 skips it"
    )
    parser.add_argument(
        "--corpus", type=Path, nargs="+", help="folders of real articles (default: the synthetic corpus)"
    )
    parser.add_argument(
        "--replicate-mb", type=float, default=5.0, help="with --corpus: copy it up to this size"
    )
    parser.add_argument("--profile", action="store_true", help="add the top entries of a profiled run")
    parser.add_argument("--report", type=Path, help="update this markdown file (docs/benchmarks.md)")
    args = parser.parse_args(argv)

    scratch = tempfile.TemporaryDirectory(prefix="carclaims-bench-corpus-")
    if args.corpus:
        corpus = Path(scratch.name)
        replicate(args.corpus, args.replicate_mb, corpus)
        key = f"real-{args.replicate_mb:g}MB"
        title = (
            f"{args.replicate_mb:g} MB of real articles ({', '.join(p.as_posix() for p in args.corpus)},"
            " replicated)"
        )
    else:
        corpus = HERE / ".corpus" / f"{args.size_mb:g}MB-seed{args.seed}"
        stamp = corpus / ".stamp"
        wanted = f"{args.size_mb:g} {args.seed}"
        if not stamp.exists() or stamp.read_text() != wanted:
            print(f"building the corpus in {corpus} ...", file=sys.stderr)
            write_corpus(corpus, args.size_mb, args.seed)
            stamp.write_text(wanted)
        key, title = f"{args.size_mb:g}MB", f"{args.size_mb:g} MB synthetic corpus"
    files, chars = corpus_chars(corpus)
    print(f"corpus: {files} articles, {chars:,} chars", file=sys.stderr)

    rows: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="carclaims-bench-") as tmp:
        work = Path(tmp)
        for jobs in sorted({int(j) for j in args.jobs.split(",")}):
            print(f"carclaims extract --jobs {jobs} ...", file=sys.stderr)
            rows.append(measure_carclaims(corpus, jobs, files, chars, work))
            print(f"  {rows[-1].seconds:.1f} s, {rows[-1].peak_rss_mb:.0f} MB", file=sys.stderr)
        footnote = None
        if args.quantulum_share > 0:
            every = max(1, round(1 / args.quantulum_share))
            print(f"quantulum3 per sentence over every {every}th article ...", file=sys.stderr)
            rows.append(measure_quantulum(corpus, every, work))
            print("quantulum3 per whole article ...", file=sys.stderr)
            footnote = measure_quantulum(corpus, every * 2, work, mode="article")
        print("spaCy's tokenizer alone ...", file=sys.stderr)
        floor = measure_tokenizer(corpus, work)
        profile = profile_top(corpus, max(1, files // 10)) if args.profile else []

    extra = []
    ours = [m for m in rows if m.label.startswith("carclaims")]
    if len(ours) > 1:
        extra.append(
            f"- Scaling: {ours[-1].label} runs at {ours[-1].chars_per_s / ours[0].chars_per_s:.2f}× "
            f"the throughput of {ours[0].label}."
        )
    if args.quantulum_share > 0:
        theirs = rows[-1]
        for m in ours:
            extra.append(
                f"- {m.label}: {m.chars_per_s / theirs.chars_per_s:.1f}× quantulum3 per sentence (chars/s)."
            )
        if footnote is not None:
            extra.append(
                f"- Footnote: {footnote.label} ran at {footnote.chars_per_s:,.0f} chars/s over"
                f" {footnote.files} articles; carclaims --jobs 1 is"
                f" {ours[0].chars_per_s / footnote.chars_per_s:.1f}× that."
            )
    for m in ours:
        extra.append(
            f"- {m.label}: {m.chars_per_s / floor.chars_per_s:.2f}× the speed of spaCy's blank tokenizer"
            f" alone on the same files ({floor.chars_per_s:,.0f} chars/s, `nlp.pipe`, one core):"
            " the stack's own floor."
        )
    extra.append(f"- `carclaims --help`: {help_seconds():.2f} s (median of 5).")
    command = "python bench/run.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    if profile:
        extra += ["", "Profile of `carclaims extract --jobs 1` over a tenth of the corpus, by own time:", ""]
        extra += profile
    block = render(title, command.strip(), rows, extra, machine())
    print(block)
    if args.report:
        update_report(args.report, key, block)
        print(f"updated {args.report}", file=sys.stderr)
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
