"""HTML pages -> article text that keeps the page's structure (headings, list items and table
rows on their own lines, cells as pipe-table cells), plus a map from text offsets back to the
original HTML where the text stands there verbatim."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

DROPPED = ("script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "form", "aside")
BLOCKS = frozenset(
    "address article aside blockquote body dd details div dl dt fieldset figcaption figure footer "
    "h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody tfoot thead tr ul "
    "caption".split()
)
SEARCH_WINDOW = 4000  # how far ahead of the last match a text piece is looked for in the HTML
_SPACES = re.compile(r"\s+")
# a superscript that is a note mark: "11", "3,4", "12-14"
_NOTE_NUMBERS = re.compile(r"\s*\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\s*$")
_WORD_ENDS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ)]%.,;:")


@dataclass
class HtmlText:
    text: str
    # (text start, text end, html start) of pieces that stand verbatim in the HTML
    pieces: list[tuple[int, int, int]] = field(default_factory=list)

    def html_span(self, start: int, end: int, html: str) -> tuple[int, int] | None:
        """Offsets in the HTML of text[start:end], when that mapping is exact."""
        index = bisect.bisect_right(self.pieces, (start, float("inf"), 0)) - 1
        if index < 0:
            return None
        t_start, t_end, h_start = self.pieces[index]
        if not (t_start <= start and end <= t_end):
            return None
        h = h_start + (start - t_start)
        return (h, h + end - start) if html[h : h + end - start] == self.text[start:end] else None


class _Writer:
    def __init__(self, html: str):
        self.html = html
        self.cursor = 0
        self.lines: list[str] = []
        self.line: list[str] = []
        self.length = 0  # characters written before the current line
        self.line_length = 0
        self.pieces: list[tuple[int, int, int]] = []

    def write(self, piece: str, source: bool = False) -> None:
        if not piece:
            return
        if source:
            at = self.html.find(piece, self.cursor, self.cursor + SEARCH_WINDOW + len(piece))
            if at >= 0:
                start = self.length + self.line_length
                self.pieces.append((start, start + len(piece), at))
                self.cursor = at + len(piece)
        self.line.append(piece)
        self.line_length += len(piece)

    def ends_a_word(self) -> bool:
        """Whether the line so far ends in a letter, a closing bracket, "%" or a stop (where a superscript
        number is a note mark, not an exponent as after "10")."""
        return bool(self.line) and self.line[-1][-1:] in _WORD_ENDS

    def newline(self) -> None:
        if self.line_length:
            text = "".join(self.line)
            self.lines.append(text)
            self.length += self.line_length + 1
            self.line, self.line_length = [], 0

    def text(self) -> str:
        self.newline()
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def html_to_text(html: str) -> HtmlText:
    tree = LexborHTMLParser(html)
    for selector in DROPPED:
        for node in tree.css(selector):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    writer = _Writer(html)
    if root is None:
        return HtmlText("")
    stack: list[tuple[object, bool]] = [(root, False)]  # explicit stack: deep nesting is fine
    while stack:
        node, leaving = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if leaving:
            if tag in ("td", "th"):
                writer.write(" |")
            elif tag in BLOCKS:
                writer.newline()
            continue
        if tag == "-text":
            raw = node.text_content or ""  # type: ignore[attr-defined]
            for index, chunk in enumerate(_SPACES.split(raw)):
                if index and writer.line_length:
                    writer.write(" ")
                writer.write(chunk, source=True)
            continue
        if tag == "br":
            writer.newline()
            continue
        if tag == "sup" and writer.ends_a_word() and _NOTE_NUMBERS.match(node.text()):  # type: ignore[attr-defined]
            continue  # "19.1 months<sup>11</sup>": a note's number, not glued to the unit as "months11"
        if tag in BLOCKS:
            writer.newline()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            writer.write("#" * int(tag[1]) + " ")
        elif tag == "li":
            writer.write("- ")
        elif tag == "tr":
            writer.write("|")
        elif tag in ("td", "th"):
            writer.write(" ")
        stack.append((node, True))
        children = []
        child = node.child  # type: ignore[attr-defined]
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    return HtmlText(writer.text(), writer.pieces)
