"""The benchmark's corpus: deterministic, of the size asked for, and varied."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def test_the_same_seed_gives_the_same_corpus_byte_for_byte(tmp_path: Path):
    files, size = corpus.write_corpus(tmp_path / "a", 0.3, seed=7)
    again = corpus.write_corpus(tmp_path / "b", 0.3, seed=7)
    assert (files, size) == again
    assert size >= 300_000 and files > 5
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_a_second_run_replaces_the_previous_corpus(tmp_path: Path):
    corpus.write_corpus(tmp_path, 0.3, seed=1)
    files, _ = corpus.write_corpus(tmp_path, 0.1, seed=1)
    assert len(list(tmp_path.glob("article_*.txt"))) == files


def test_numbers_change_but_keep_their_shape():
    import random

    block = "ORR was 92.3% in 2021 (CD19, ZUMA-1), cost $373,000 for Kymriah."
    varied = corpus.vary(block, random.Random(3))
    assert varied != block
    assert "CD19" in varied and "ZUMA-1" in varied  # names keep their digits
    percent = float(varied.split("ORR was ")[1].split("%")[0])
    assert 1 <= percent < 100 and "." in str(percent)
    year = int(varied.split(" in ")[1][:4])
    assert 2012 <= year <= 2026


def test_real_articles_are_replicated_round_robin_to_the_size_asked(tmp_path: Path):
    import run

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("x" * 400, "utf-8")
    (src / "b.md").write_text("y" * 600, "utf-8")
    run.replicate([src], 0.0025, tmp_path / "out")  # 2,500 characters: three rounds of 1,000
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["0000_a.txt", "0000_b.txt", "0001_a.txt", "0001_b.txt", "0002_a.txt", "0002_b.txt"]
