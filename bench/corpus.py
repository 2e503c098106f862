"""A deterministic synthetic corpus for the benchmark: articles stitched from the seed paragraphs,
with their numbers, product names and currencies varied, so that the extractor meets the kind of
text it is made for without the tokenizer cache seeing the same strings over and over.

    python bench/corpus.py OUT_DIR --size-mb 20 [--seed 1]

The same seed and size always give the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from carclaims.attribute import PRODUCTS as PRODUCT_TABLE

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"

# Names swapped for one another (the product table's names), so that every product turns up.
PRODUCTS = tuple(name for product in PRODUCT_TABLE for name in (product.inn, *product.aliases))
_PRODUCT = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PRODUCTS), key=len, reverse=True)) + r")\b")
# Currency markers swapped for one another (amounts keep their digits' shape).
CURRENCIES = ("$", "US$", "€", "£", "¥", "RMB ")
_CURRENCY = re.compile(r"US\$|\$|€|£|¥|RMB ")
# Numbers, but not the digits of names such as CD19, ZUMA-1 or JNJ-4528.
_NUMBER = re.compile(r"(?<![\w-])(\d+)(?:\.(\d+))?")
_BLOCK = re.compile(r"\n\s*\n")


def seed_blocks(seeds: Path = SEEDS) -> list[str]:
    """Paragraphs, headings, lists and tables of the seed articles (blank-line separated)."""
    blocks = []
    for path in sorted(seeds.glob("*.txt")):
        blocks.extend(b.strip("\n") for b in _BLOCK.split(path.read_text(encoding="utf-8")) if b.strip())
    if not blocks:
        raise SystemExit(f"error: no seed articles in {seeds}")
    return blocks


def vary(block: str, rng: random.Random) -> str:
    """The block with new numbers of the same shape (years stay years, percentages stay under
    100), other product names and other currency signs."""

    def number(match: re.Match[str]) -> str:
        whole, decimals, after = match.group(1), match.group(2), block[match.end() : match.end() + 1]
        if len(whole) == 4 and whole[:2] in ("19", "20") and not decimals:
            return str(rng.randint(2012, 2026))  # a year stays a year
        if after == "%":
            new = str(rng.randint(1, 99))  # a percentage stays below 100
        else:
            new = "".join(str(rng.randint(0, 9)) for _ in whole)
            if len(whole) > 1 and whole[0] != "0":
                new = str(rng.randint(1, 9)) + new[1:]
        if decimals:
            new += "." + "".join(str(rng.randint(0, 9)) for _ in decimals)
        return new

    block = _NUMBER.sub(number, block)
    block = _PRODUCT.sub(lambda m: rng.choice(PRODUCTS), block)
    return _CURRENCY.sub(lambda m: rng.choice(CURRENCIES), block)


def articles(size_bytes: int, seed: int = 1, seeds: Path = SEEDS):
    """(name, text) of articles until their UTF-8 sizes add up to at least `size_bytes`."""
    rng = random.Random(seed)
    blocks = seed_blocks(seeds)
    total = index = 0
    while total < size_bytes:
        start = rng.randrange(len(blocks))
        count = rng.randint(8, 60)  # 2-20 KB, the size of real articles
        picked = [blocks[(start + i) % len(blocks)] for i in range(count)]
        text = "\n\n".join(vary(b, rng) for b in picked) + "\n"
        yield f"article_{index:06d}.txt", text
        total += len(text.encode("utf-8"))
        index += 1


def write_corpus(out: Path, size_mb: float, seed: int = 1) -> tuple[int, int]:
    """Write the corpus into `out` (files of an earlier corpus there are removed first);
    returns (files, bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("article_*.txt"):
        old.unlink()
    files = size = 0
    for name, text in articles(int(size_mb * 1e6), seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        files += 1
        size += len(data)
    return files, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    files, size = write_corpus(args.out, args.size_mb, args.seed)
    print(f"{files} articles, {size / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
