"""Ingest: exact decoding (offsets hold on the decoded text), discovery order, clear errors."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carclaims.errors import InputError
from carclaims.extract import extract_text
from carclaims.ingest import decode, discover, line_starts, read_source


def test_bom_is_removed_and_offsets_count_code_points(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffCR rate: 92.3%\r\nCosts ¥1,200,000 here.\r\n".encode())
    source = read_source(path)
    assert source.text.startswith("CR rate")
    assert "\r\n" in source.text  # line endings kept as stored
    ledger = extract_text(source.text)
    for claim in ledger.claims:
        assert source.text[claim.start : claim.end] == claim.text
    assert [(c.text, c.line, c.column) for c in ledger.claims] == [
        ("92.3%", 1, 10),
        ("¥1,200,000", 2, 7),
    ]


def test_invalid_utf8_names_the_file_and_the_byte(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 costs 90%".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not valid UTF-8 \(byte 3\)"):
        read_source(path)


def test_nul_bytes_are_not_text():
    with pytest.raises(InputError, match="NUL"):
        decode(b"abc\x00def", "bin.txt")


def test_discover_walks_directories_sorted_and_keeps_relative_names(tmp_path: Path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.md", "b/a.txt", "c.txt", "a.html", "ignored.pdf"):
        (tmp_path / name).write_text("x", "utf-8")
    found = [rel for _, rel in discover([tmp_path])]
    # a directory's own files first, then its subdirectories: one listing held at a time
    assert found == ["a.html", "c.txt", "b/a.txt", "b/z.md"]


def test_discover_missing_input_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(discover([tmp_path / "nope"]))


@pytest.mark.parametrize(
    ("text", "starts"),
    [("a\nb", [0, 2]), ("a\r\nb", [0, 3]), ("a\rb\n", [0, 2, 4]), ("", [0])],
)
def test_line_starts(text, starts):
    assert line_starts(text) == starts


@given(st.text(alphabet="ab \n\r\u2028\x85", max_size=40))
def test_line_starts_end_lines_at_cr_lf_and_crlf_only(text):
    """Both ways of finding the line ends (with a CR and without) give what the definition does."""
    ends = [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert line_starts(text) == [0, *ends]


@pytest.mark.parametrize(
    "html, expected",
    [
        # journal pages set their note marks as superscripts: not glued to the unit or the share
        (
            "<p>Median overall survival was 19.1 months<sup>11</sup> in the pivotal trial.</p>",
            [("os", "19.1 months")],
        ),
        (
            "<p>In 101 patients<sup>12-14</sup>, the ORR was 82%<sup>3,4</sup>.</p>",
            [("patient_count", "101 patients"), ("orr", "82%")],
        ),
        ("<p>The CR rate (CR)<sup>2</sup> was 54%.</p>", [("cr", "54%")]),
        # guard: an exponent after a number stays (here it names no claim either way)
        ("<p>The ORR was 82% at doses of 2 x 10<sup>6</sup> cells/kg.</p>", [("orr", "82%")]),
    ],
)
def test_superscript_note_marks_in_html_pages(html, expected):
    from carclaims.extract import extract_document
    from carclaims.ingest import decode_source

    page = decode_source(Path("page.html"), f"<html><body>{html}</body></html>".encode(), "page.json")
    assert [(c.metric, c.text) for c in extract_document(page).claims] == expected
