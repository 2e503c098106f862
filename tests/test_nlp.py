"""The spaCy stage: sentence starts as the sentencizer has them, plus line breaks; long texts
parsed in pieces with the same result."""

from pathlib import Path

import spacy

from carclaims import nlp

ROOT = Path(__file__).resolve().parents[1]


def _sentences(text: str) -> list[str]:
    parsed = next(nlp.parse([text]))
    return [text[s:e] for s, e in parsed.sentences]


def test_sentence_final_punctuation_splits_as_spacys_sentencizer_does():
    text = 'Response was 82%. "Remarkable!" said Dr. Li (p<0.05)? Yes… and 40% relapsed.'
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    expected = [s.text for s in reference(text).sents]
    assert _sentences(text) == expected


def test_line_breaks_start_sentences_unless_the_line_was_wrapped():
    text = "ORR by product\nKymriah 81%\nthe rest of a wrapped line\n\nCR was 40% in the\ntrial."
    assert _sentences(text) == [
        "ORR by product",
        "Kymriah 81%\nthe rest of a wrapped line",
        "CR was 40% in the\ntrial.",
    ]


def test_chunk_starts_cut_at_blank_lines_then_line_breaks_then_spaces_then_hard():
    assert nlp.chunk_starts("aaaa\n\nbbbb\ncccc", size=8) == [0, 6, 11]
    assert nlp.chunk_starts("aaaa bbbb cccc", size=8) == [0, 5, 10]
    assert nlp.chunk_starts("x" * 20, size=8) == [0, 8, 16]
    assert nlp.chunk_starts("short", size=8) == [0]


def test_a_long_text_parsed_in_pieces_gives_the_same_sentences_and_products(monkeypatch):
    paragraph = (
        "Kymriah (tisagenlecleucel) showed 81% ORR. Yescarta reached 54% CR at 12 months!\n"
        "| Product | ORR |\n| Carvykti | 97% |\n\n"
    )
    text = paragraph * 40
    whole = next(nlp.parse([text]))
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    assert len(nlp.chunk_starts(text, 500)) > 5
    pieces = next(nlp.parse([text]))
    assert pieces.sentences == whole.sentences
    assert pieces.products == whole.products
    assert [text[s:e] for s, e, _ in pieces.products][:3] == ["Kymriah", "tisagenlecleucel", "Yescarta"]


def test_parse_keeps_the_order_of_a_batch_of_mixed_lengths(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 100)
    texts = ["Kymriah 81%.", "x. " * 200 + "Abecma 73%.", "", "Breyanzi 73%."]
    results = list(nlp.parse(texts, batch_size=2))
    assert len(results) == 4
    assert [t[s:e] for t, r in zip(texts, results, strict=True) for s, e, _ in r.products] == [
        "Kymriah",
        "Abecma",
        "Breyanzi",
    ]
