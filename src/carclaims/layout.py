"""Document structure: pipe tables, headings, intro lines ("… found:") and the segments
(sentences and table cells) that claims are read from. Everything is character offsets into
the untouched source text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .ingest import line_starts

MAX_TABLE_COLUMNS = 40  # a "row" with more cells than this is junk, not a table
_SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦–]|\d{1,2}[.)])\s+")
_HAS_FIGURE = re.compile(r"\d\s?%|[$€£¥]\s?\d|\d[\d,.]*\s*(?:months?|years?|weeks?|days?)\s*$")
_DIGIT = re.compile(r"\d")  # every match of _HAS_FIGURE holds one: a line without is not searched
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
_LABEL_PREFIX = re.compile(r"^(?P<label>[^:\n]{2,80}?):\s+\S")
_NOTES_HEADER = re.compile(r"^\s*(?:notes?|comments?|remarks?|sources?|references?)\s*$", re.I)


def is_notes_header(header: str) -> bool:
    """A "Notes"/"Sources" column describes its row; its numbers do not take the row's metric."""
    return bool(_NOTES_HEADER.match(header))


@dataclass(slots=True)
class Table:
    header: list[tuple[int, int]]
    rows: list[list[tuple[int, int]]] = field(default_factory=list)


@dataclass(slots=True)
class Segment:
    """A sentence, or one table cell: the unit a number is linked to its metric within."""

    start: int
    end: int
    line: int  # 0-based line index
    kind: str = "sentence"  # sentence | cell | header
    table: Table | None = None
    row: int = -1
    col: int = -1
    label: tuple[int, int] | None = None  # "Label:" prefix at the start of a line
    intro: tuple[int, int] | None = None  # the "… found:" line that governs this list line
    lead: tuple[int, int] | None = None  # the paragraph right before that intro line
    headings: tuple[tuple[int, int], ...] = ()  # headings above, nearest first

    # The classes made once per sentence, number or claim write their own __init__, with the
    # fields' names, order and defaults (tests/test_compiled.py checks them): mypyc compiles it
    # to 0.04 us, while the one @dataclass writes stays interpreted, 0.3-1.4 us (frozen ones set
    # each field through object.__setattr__, which a compiled __init__ does natively). A run over
    # 1,920 pages makes about 270,000 of them.
    def __init__(
        self,
        start: int,
        end: int,
        line: int,
        kind: str = "sentence",
        table: Table | None = None,
        row: int = -1,
        col: int = -1,
        label: tuple[int, int] | None = None,
        intro: tuple[int, int] | None = None,
        lead: tuple[int, int] | None = None,
        headings: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.kind = kind
        self.table = table
        self.row = row
        self.col = col
        self.label = label
        self.intro = intro
        self.lead = lead
        self.headings = headings

    def row_cells(self) -> list[tuple[int, int]]:
        if self.table is None or self.row < 0:
            return []
        return self.table.rows[self.row]

    def header_cell(self) -> tuple[int, int] | None:
        if self.table is None or self.col < 0 or self.col >= len(self.table.header):
            return None
        return self.table.header[self.col]

    def row_label(self) -> tuple[int, int] | None:
        cells = self.row_cells()
        if not cells or self.col == 0:
            return None
        return cells[0]


# A row that names only a grade ("| Grade ≥3 | 88 (18.7) |"), under a section row that names the
# event and holds no figures ("| Severity of CRS, n (%) | |"), as journal tables group them
_GRADE_ROW_LABEL = re.compile(
    r"\s*(?:any[- ]grade|all\s+grades?|grades?\s*(?:≥|>=|>)?\s*[1-5](?:\s*(?:-|–|/|or|to)\s*[1-5])?"
    r"(?:\s+or\s+(?:higher|greater|above|more))?|grade\s*[1-5]\s*\+)\s*[*†‡]?\s*",
    re.IGNORECASE,
)
# the other rows of such a group: no event's grade of its own ("Grade 0", "Not reported")
_GROUP_ROW_LABEL = re.compile(
    r"\s*(?:grade\s*0|none|not\s+(?:reported|evaluable|assessed|available)|missing|unknown|n/?a)\s*[*†‡]?\s*",
    re.IGNORECASE,
)
MAX_SECTION_ROWS = 6  # rows between a graded row and the section row over it


def section_label(text: str, segment: Segment) -> tuple[int, int] | None:
    """The label of the section row that the graded row of `segment` sits under: the nearest row
    above (within a few) whose other cells are empty, each row between graded too; None when the
    row names more than a grade."""
    if segment.table is None or segment.row <= 0 or segment.col <= 0:
        return None
    rows = segment.table.rows
    label = segment.row_label()
    if label is None or not _GRADE_ROW_LABEL.fullmatch(text, *label):
        return None
    for k in range(segment.row - 1, max(-1, segment.row - 1 - MAX_SECTION_ROWS), -1):
        cells = rows[k]
        if not cells:
            return None
        if all(not text[a:b].strip() for a, b in cells[1:]):
            return cells[0] if text[cells[0][0] : cells[0][1]].strip() else None
        if not (_GRADE_ROW_LABEL.fullmatch(text, *cells[0]) or _GROUP_ROW_LABEL.fullmatch(text, *cells[0])):
            return None
    return None


# Text taken from a PDF breaks its paragraphs at the page's width: "A total of 111\npatients were
# infused", "… large B-cell\nlymphoma received …". A line break followed by a lower-case word after
# a word is such a wrap; a page with enough of them is wrapped text, where a break after a line of
# about the page's width continues the paragraph (a shorter line ends one, and a list item, a table
# row or a heading after it starts its own line).
_BREAK_BEFORE_LOWER = re.compile(r"\n(?=[ \t]*[a-z(])")  # (led by a literal: fast on any page)
_ENDS_IN_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;)%-")
_OWN_LINE_START = re.compile(r"[ \t]*(?:[-•*·▪◦–]\s|\d{1,2}[.)]\s|\||#|$)")
MIN_WRAPS = 3  # soft wraps a page needs, and a quarter of its line breaks, to be read as wrapped
WRAP_WIDTH_SHARE = 0.75  # a line this share of the page's width or longer wraps into the next


# Some document hosts set every line of a PDF's page as its own paragraph, a blank line after each
# ("… the overall response rate was\n\n82% and the complete …"): there the blank line after a
# line of about the page's width that ends in no full stop continues the sentence.
MIN_BLANK_WRAP_WIDTH = 40  # a PDF page's line is at least this long; shorter ones are labels
_BLANK_BREAK_BEFORE_CONTINUATION = re.compile(r"\n[ \t]*\r?\n(?=[ \t]*[a-z(0-9])")


def unwrapped(text: str) -> str:
    """`text` with the line breaks a PDF's page width made inside its paragraphs read as spaces,
    offsets unchanged; any other text as it is (one fast search over it decides)."""
    return _single_breaks_unwrapped(_blank_breaks_unwrapped(text))


def _blank_breaks_unwrapped(text: str) -> str:
    """`text` with the blank lines a page set after each of its lines read as spaces where they
    fall inside a sentence (see _BLANK_BREAK_BEFORE_CONTINUATION); any other text as it is."""
    wraps = []
    for m in _BLANK_BREAK_BEFORE_CONTINUATION.finditer(text):
        last = m.start() - 1 - (text[m.start() - 1 : m.start()] == "\r")
        if last >= 0 and text[last] in _ENDS_IN_WORD:
            wraps.append(last + 1)
    if len(wraps) < MIN_WRAPS or 4 * len(wraps) < text.count("\n\n") + text.count("\n\r\n"):
        return text
    spans = [(start, end) for start, end in _line_spans(text) if end > start and text[start:end].strip()]
    length_ending_at = {end: end - start for start, end in spans}
    widths = sorted(length_ending_at.get(w, 0) for w in wraps)
    width = widths[len(widths) // 2]
    if width < MIN_BLANK_WRAP_WIDTH:
        return text  # short lines parted by blank lines: headings, labels, a list, no page
    chars = list(text)
    for (start, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        if (
            end - start >= WRAP_WIDTH_SHARE * width
            and text[end - 1] in _ENDS_IN_WORD
            and text.count("\n", end, next_start) == 2
            and not _OWN_LINE_START.match(text, next_start)
        ):
            chars[end:next_start] = " " * (next_start - end)
    return "".join(chars)


def _single_breaks_unwrapped(text: str) -> str:
    """`text` with single line breaks inside a PDF page's paragraphs read as spaces (unwrapped)."""
    line_ends = (
        m.start() - (text[m.start() - 1 : m.start()] == "\r") for m in _BREAK_BEFORE_LOWER.finditer(text)
    )
    wraps = [end for end in line_ends if end and text[end - 1] in _ENDS_IN_WORD]
    blank = text.count("\n\n") + text.count("\n\r\n")
    if len(wraps) < MIN_WRAPS or 4 * len(wraps) < text.count("\n") - 2 * blank:
        return text
    spans = _line_spans(text)
    length_ending_at = {end: end - start for start, end in spans}
    widths = sorted(length_ending_at.get(w, 0) for w in wraps)  # the lines that wrap
    width = widths[len(widths) // 2]
    if not width:
        return text
    chars = list(text)
    for (start, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        if end - start >= WRAP_WIDTH_SHARE * width and not _OWN_LINE_START.match(text, next_start):
            chars[end:next_start] = " " * (next_start - end)
    return "".join(chars)


def _line_spans(text: str) -> list[tuple[int, int]]:
    starts = line_starts(text)
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        spans.append((start, end))
    return spans


def _split_cells(text: str, start: int, end: int, separator: str = "|") -> list[tuple[int, int]]:
    line = text[start:end]
    if separator != "|":  # a tab table's cells: its indentation is no empty first cell
        while start < end and text[start] in " \t":
            start += 1
        line = text[start:end].rstrip(" \t")
        end = start + len(line)
    bounds = [i for i, ch in enumerate(line) if ch == separator]
    edges = [-1, *bounds, len(line)]
    cells = []
    for a, b in zip(edges, edges[1:], strict=False):
        s, e = start + a + 1, start + b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        cells.append((s, e))
    if line.lstrip().startswith("|") and cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if line.rstrip().endswith("|") and cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _corner_first(header: list[tuple[int, int]], rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The header with its empty corner cell put back first: some pages' tables come through with
    the blank cell above the row labels at the end of the header row ("LBCL | FL | MM | |" over
    "ORR | 69% | 86% | 77% |"), which would shift every column's name one cell to the left."""
    if len(header) < 3 or header[-1][0] != header[-1][1] or header[0][0] == header[0][1]:
        return header
    if not rows or any(len(row) != len(header) or row[-1][0] == row[-1][1] for row in rows):
        return header
    corner = (header[0][0], header[0][0])
    return [corner, *header[:-1]]


def _find_tables(text: str, lines: list[tuple[int, int]]) -> dict[int, tuple[Table, int]]:
    """line index -> (table, row index; -1 for the header, -2 for a separator row)."""
    found: dict[int, tuple[Table, int]] = {}
    i = 0
    while i < len(lines):
        if "|" not in text[lines[i][0] : lines[i][1]]:
            i += 1
            continue
        j = i
        while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]]:
            j += 1
        block = list(range(i, j))
        cells = {k: _split_cells(text, *lines[k]) for k in block}
        separators = {
            k for k in block if cells[k] and all(_SEPARATOR_CELL.match(text[s:e] or "-") for s, e in cells[k])
        }
        many_pipes = all(text[lines[k][0] : lines[k][1]].count("|") >= 2 for k in block)
        sane = all(len(cells[k]) <= MAX_TABLE_COLUMNS for k in block)
        if len(block) >= 2 and sane and (separators or many_pipes):
            body = [k for k in block if k not in separators]
            table = Table(header=_corner_first(cells[body[0]], [cells[k] for k in body[1:]]))
            found[body[0]] = (table, -1)
            for k in separators:
                found[k] = (table, -2)
            for k in body[1:]:
                found[k] = (table, len(table.rows))
                table.rows.append(cells[k])
        i = j
    _find_tab_tables(text, lines, found)
    _find_space_tables(text, lines, found)
    _find_cell_line_tables(text, lines, found)
    return found


# A figure cell of a table whose cells are parted by spaces alone, as a page's HTML table comes
# through some crawls ("ORR 69%(95% CI: 57-79) 86-95% NA 77%(95% CI: 68-85)"): a share, a range
# of them or a number, with its bracket and footnote marks, or an empty mark
_SPACE_CELL = re.compile(
    r"(?<!\S)(?:NA|NR|N/A|NE|n/a|—|–|-|\d[\d.,]*\s?%?(?:\s?[-–]\s?\d[\d.,]*\s?%?)?"
    r"(?:\s?\([^()\n]{0,40}\))?)[†‡*§#¶‖]*(?=\s|$)"
)
_SPACE_TABLE_LINE_END = re.compile(r"[\d%)†‡*§#¶‖AREa—–-]\s*$")  # a row ends on a cell
_LETTER = re.compile(r"[^\W\d_]")
MIN_SPACE_COLUMNS = 2
MAX_SPACE_HEADER_CHARS = 120


def _space_cells(text: str, start: int, end: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A space-parted row's label and its run of figure cells up to the line's end, or None."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    cells = [(m.start(), m.end()) for m in _SPACE_CELL.finditer(text, start, end)]
    run: list[tuple[int, int]] = []
    at = end
    for cell in reversed(cells):
        if cell[1] > at or text[cell[1] : at].strip():
            break
        run.insert(0, cell)
        at = cell[0]
    if not run or not _LETTER.search(text, start, run[0][0]):
        return None
    label_end = run[0][0]
    while label_end > start and text[label_end - 1] in " \t":
        label_end -= 1
    return (start, label_end), run


def _find_space_tables(text: str, lines: list[tuple[int, int]], found: dict[int, tuple[Table, int]]) -> None:
    """Tables parted by spaces alone: a header line of K names (each with a letter, none a figure)
    over two lines or more, each a label and exactly K figure cells. The names head the cells
    below them by their order ("LBCL2 FL3,4,11,12 ALL5,13 MM6,14-16" over "ORR 69% 86-95% NA
    77%"), as the pipe tables' do."""
    i = 0
    while i + 2 < len(lines):
        start, end = lines[i + 1]
        if i in found or i + 1 in found or not _SPACE_TABLE_LINE_END.search(text, start, end):
            i += 1
            continue
        h_start, h_end = lines[i]
        header = text[h_start:h_end]
        if not header.strip() or len(header) > MAX_SPACE_HEADER_CHARS or "%" in header:
            i += 1
            continue
        names = [(h_start + m.start(), h_start + m.end()) for m in re.finditer(r"\S+", header)]
        width = len(names)
        if not MIN_SPACE_COLUMNS <= width <= MAX_TABLE_COLUMNS or not all(
            _LETTER.search(text, a, b) for a, b in names
        ):
            i += 1
            continue
        rows: list[tuple[int, list[tuple[int, int]]]] = []
        j = i + 1
        while j < len(lines) and j not in found:
            read = _space_cells(text, *lines[j])
            if read is None or len(read[1]) != width:
                break
            rows.append((j, [read[0], *read[1]]))
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        table = Table(header=[(h_start, h_start), *names])
        found[i] = (table, -1)
        for k, cells in rows:
            found[k] = (table, len(table.rows))
            table.rows.append(cells)
        i = j


# A table whose cells come one to a line, as some crawls turn a page's HTML table into text
# ("Product" / "Indication" / "List price" / "Kymriah" / "B-ALL" / "$475,000" / …): a header of K
# short names without figures, then rows of K lines, one column of which holds a figure in every
# row, the block closed by a blank line or the text's end
MAX_CELL_LINE_CHARS = 60  # a longer line is prose, not a cell
MAX_CELL_HEADER_CHARS = 30
MIN_CELL_COLUMNS, MAX_CELL_COLUMNS = 2, 6
MAX_CELL_CAPTION_LINES = 2  # lines above a table's header, set with no blank line, that are no cells
_CELL_FIGURE = re.compile(r"\d")
_CELL_PROSE_END = re.compile(r"[.:;!?]\s*$")


def _find_cell_line_tables(
    text: str, lines: list[tuple[int, int]], found: dict[int, tuple[Table, int]]
) -> None:
    """Tables whose cells stand one to a line (see MAX_CELL_LINE_CHARS): each of a row's lines
    maps to that row, its cells the row's K lines."""
    i = 0
    while i < len(lines):
        start, end = lines[i]
        if i in found or not text[start:end].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and j not in found and text[lines[j][0] : lines[j][1]].strip():
            j += 1
        run = list(range(i, j))  # a run of non-blank lines
        for block in _cell_line_blocks(lines, run):
            table = _cell_line_table(text, lines, block)
            if table is not None:
                width = len(table.header)
                found[block[0]] = (table, -1)
                for k in range(width, len(block)):
                    found[block[k]] = (table, (k - width) // width)
                break
        i = j


def _cell_line_blocks(lines: list[tuple[int, int]], run: list[int]) -> list[list[int]]:
    """The lines of a run that may be a one-cell-a-line table: all of them, or all but a caption
    or two above ("Table 2. Efficacy in LBCL") and a source line below, set with no blank line."""
    blocks = []
    for lead in range(min(MAX_CELL_CAPTION_LINES, len(run)) + 1):
        for tail in (0, 1):
            block = run[lead : len(run) - tail]
            if len(block) >= 3 * MIN_CELL_COLUMNS and all(
                lines[k][1] - lines[k][0] <= 2 * MAX_CELL_LINE_CHARS for k in block
            ):
                blocks.append(block)
    return blocks


def _cell_line_table(text: str, lines: list[tuple[int, int]], block: list[int]) -> Table | None:
    """The table a run of lines makes, one cell to a line, or None (see _find_cell_line_tables)."""
    cells = []
    for k in block:
        start, end = lines[k]
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        if end - start > MAX_CELL_LINE_CHARS or _CELL_PROSE_END.search(text, start, end):
            return None
        cells.append((start, end))
    for width in range(MIN_CELL_COLUMNS, MAX_CELL_COLUMNS + 1):
        if len(cells) % width or len(cells) < 3 * width:
            continue
        header, body = cells[:width], cells[width:]
        if any(e - s > MAX_CELL_HEADER_CHARS or _CELL_FIGURE.search(text, s, e) for s, e in header):
            continue
        rows = [body[r : r + width] for r in range(0, len(body), width)]
        figure_columns = [c for c in range(width) if all(_CELL_FIGURE.search(text, *row[c]) for row in rows)]
        if figure_columns and not all(_CELL_FIGURE.search(text, *row[0]) for row in rows):
            return Table(header=header, rows=rows)
    return None


def _tabs_inside(text: str, start: int, end: int) -> int:
    """How many tabs stand between a line's first and last non-blank characters."""
    return text[start:end].strip(" \t").count("\t")


def _find_tab_tables(text: str, lines: list[tuple[int, int]], found: dict[int, tuple[Table, int]]) -> None:
    """Tables whose cells are parted by tabs, as some crawls turn HTML tables into text ("Name\t
    Target\tFDA approval" over "Kymriah\tCD19\t2017"): two lines or more in a row, each with as
    many tabs inside it (one or more), the first the header, which holds no digit."""
    if "\t" not in text:
        return
    i = 0
    while i < len(lines):
        tabs = _tabs_inside(text, *lines[i])
        if tabs == 0 or i in found:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j not in found and _tabs_inside(text, *lines[j]) == tabs:
            j += 1
        # (a header names its columns: a first line with a figure is a "Label<TAB>value" list)
        if j - i >= 2 and tabs + 1 <= MAX_TABLE_COLUMNS and not _DIGIT.search(text, *lines[i]):
            table = Table(header=_split_cells(text, *lines[i], separator="\t"))
            found[i] = (table, -1)
            for k in range(i + 1, j):
                found[k] = (table, len(table.rows))
                table.rows.append(_split_cells(text, *lines[k], separator="\t"))
        i = j


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if _MARKDOWN_HEADING.match(line):
        return len(stripped) <= 300
    if not stripped or len(stripped) > 200 or (_DIGIT.search(stripped) and _HAS_FIGURE.search(stripped)):
        return False
    if stripped.endswith("?"):  # an FAQ question heads its answer, bulleted or not
        return len(stripped) <= 200
    if _BULLET.match(line):
        return False
    if stripped[-1] in ".,;:!" or len(stripped) > 120:
        return False
    return len(stripped.split()) <= 16


def _is_list_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped and (_BULLET.match(line) or _LABEL_PREFIX.match(stripped) or len(stripped) <= 100))


class _HeadingChain:
    """The headings above a line: the nearest first, then (for markdown) each enclosing heading
    of a higher level. Kept as a stack of markdown headings (one of level L drops those of level L
    or deeper), so that a page of thousands of short lines, each a heading, costs linear time."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, int, int]] = []  # markdown headings, levels rising to the top
        self.chain: tuple[tuple[int, int], ...] = ()

    def add(self, start: int, end: int, level: int) -> None:
        if level == 0:  # plain text: the nearest heading, enclosing nothing
            self.chain = ((start, end),)
            return
        while self.stack and self.stack[-1][2] >= level:
            self.stack.pop()
        self.stack.append((start, end, level))
        self.chain = tuple((s, e) for s, e, _ in reversed(self.stack))


# A citation's number glued to a sentence's full stop, as journal pages lose their superscripts
# ("… lymphoid malignancies.2,3 The same week, …", "(ASH).4 More than …"): spaCy keeps
# "malignancies.2,3" one token, so no sentence ends there. The stop must follow a word of three
# letters or more, or a bracket, and a capital must follow ("approx.3 months", "Fig.1", "3.1 Patients"
# and "No.1 Hospital" end nothing).
_CITATION_STOP = re.compile(r"\.\d{1,3}(?:[,\u2013-]\d{1,3})*[ \t]+(?=[A-Z])")
_CITED_WORD = re.compile(r"(?:[a-z]{3,}|[)\]])\Z")
CITED_WORD_REACH = 3  # characters before the stop that must be word (or a bracket)


def split_at_citations(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each cut after a citation number glued to a full stop inside it."""
    cuts = [
        (found.start(), found.end())
        for found in _CITATION_STOP.finditer(text)
        if _CITED_WORD.search(text, max(0, found.start() - CITED_WORD_REACH), found.start())
    ]
    if not cuts:
        return sentences
    result: list[tuple[int, int]] = []
    for start, end in sentences:
        i = bisect.bisect_right(cuts, (start,))
        while i < len(cuts) and cuts[i][1] < end:
            stop, next_start = cuts[i]
            digits_end = len(text[stop:next_start].rstrip()) + stop
            result.append((start, digits_end))
            start = next_start
            i += 1
        result.append((start, end))
    return result


# A press release's subheads run together in one line, each after " -- " ("65% of Patients Achieved
# Overall Complete Remission with Tecartus -- High Unmet Need: Fifty Percent of Adult Patients Will
# Relapse … -- Approval Marks …"): each is its own sentence when every piece after a " -- " begins
# with a capital or a figure (a dash-bracketed aside goes on in lower case: "One such patient --
# New Zealand businessman Dale De Penning -- made the trip").
_HEADLINE_DASH = re.compile(r"[^\S\r\n]+--[^\S\r\n]+")
MIN_HEADLINE_DASHES = 2


def split_at_headline_dashes(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each cut at the " -- " between run-together subheads."""
    if " -- " not in text:
        return sentences
    result: list[tuple[int, int]] = []
    for start, end in sentences:
        dashes = list(_HEADLINE_DASH.finditer(text, start, end))
        if len(dashes) < MIN_HEADLINE_DASHES or not all(
            text[dash.end() : dash.end() + 1].isupper() or text[dash.end() : dash.end() + 1].isdigit()
            for dash in dashes
        ):
            result.append((start, end))
            continue
        for dash in dashes:
            result.append((start, dash.start()))
            start = dash.end()
        result.append((start, end))
    return result


def _emit_row(
    result: list[Segment],
    emitted_rows: set[tuple[int, int]],
    placed: tuple[Table, int],
    line_index: int,
    table_lead: dict[int, tuple[int, int] | None],
    heading_before: list[tuple[tuple[int, int], ...]],
) -> None:
    """The cells of a table's row (or header) as segments, unless they were emitted already."""
    table, row = placed
    if (id(table), row) in emitted_rows:
        return  # another sentence of the row's line, or another line of its row
    emitted_rows.add((id(table), row))
    if row == -2:
        return
    cells = table.header if row == -1 else table.rows[row]
    for col, (c_start, c_end) in enumerate(cells):
        if c_end > c_start:
            result.append(
                Segment(
                    c_start,
                    c_end,
                    line_index,
                    "header" if row == -1 else "cell",
                    table,
                    row,
                    col,
                    lead=table_lead.get(id(table)),
                    headings=heading_before[line_index],
                )
            )


BLANK_LINES_IN_LIST = 2  # blank lines between two items of one list


def _bullet_next(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether the first line with text after line `index` is a bulleted item, within
    BLANK_LINES_IN_LIST lines."""
    for start, end in lines[index + 1 : index + 1 + BLANK_LINES_IN_LIST]:
        line = text[start:end]
        if line.strip():
            return _BULLET.match(line) is not None
    return False


def segments(text: str, sentences: list[tuple[int, int]]) -> list[Segment]:
    """Segments in text order: table cells for table lines, spaCy sentences elsewhere."""
    sentences = split_at_headline_dashes(text, split_at_citations(text, sentences))
    lines = _line_spans(text)
    tables = _find_tables(text, lines)
    line_of = line_starts(text)

    headings = _HeadingChain()
    heading_before: list[tuple[tuple[int, int], ...]] = []
    intro_of: list[tuple[int, int] | None] = []
    lead_of: dict[tuple[int, int], tuple[int, int]] = {}
    intro: tuple[int, int] | None = None
    previous_text_line: tuple[int, int] | None = None
    previous_was_item = False  # that line is an item of a list under an intro line
    table_lead: dict[int, tuple[int, int] | None] = {}
    for index, (start, end) in enumerate(lines):
        heading_before.append(headings.chain)
        raw = text[start:end]
        intro_of.append(intro if intro is not None and _is_list_line(raw) else None)
        if (
            intro is not None
            and not _is_list_line(raw)
            and not (not raw.strip() and _bullet_next(text, lines, index))
        ):
            # (a blank line between the items of a list, as pages taken from HTML set them, keeps
            # the list under its intro: "Yescarta in LBCL (ZUMA-1):\n\n• ORR 83%\n\n• CR 58%")
            intro = None
        if index in tables:
            intro = None
            # a table's lead is the paragraph right above it ("… reimbursement requires a diagnosis
            # of r/r LBCL. Rates vary across three tiers:"), as a list's is
            table_lead.setdefault(id(tables[index][0]), previous_text_line)
            continue
        if raw.strip().endswith(":") and len(raw.strip()) > 1:
            intro = (start, end)
            # the line above a list's intro leads it, unless it is an item of the list before
            # ("For CLL:" after "• In ZUMA-1, 52% were alive at 18 months"): a sibling, no lead
            if previous_text_line is not None and not previous_was_item:
                lead_of[intro] = previous_text_line
        elif _is_heading(raw) and intro_of[-1] is None:
            level = _MARKDOWN_HEADING.match(raw)
            headings.add(start, end, len(level.group(1)) if level else 0)
            intro = None
        if raw.strip():
            previous_text_line = (start, end)
            previous_was_item = intro_of[-1] is not None

    result: list[Segment] = []
    emitted_rows: set[tuple[int, int]] = set()  # (table, row): a row's cells are emitted once
    for s_start, s_end in sentences:
        line_index = bisect.bisect_right(line_of, s_start) - 1
        if line_index in tables:
            # every table row the sentence covers (a row of one-cell lines may lie inside a
            # sentence that began on the row above), each once
            last_line = bisect.bisect_right(line_of, max(s_start, s_end - 1)) - 1
            for covered in range(line_index, last_line + 1):
                if covered in tables:
                    _emit_row(result, emitted_rows, tables[covered], covered, table_lead, heading_before)
            continue
        label = None
        line_start = lines[line_index][0]
        if text[line_start:s_start].strip() == "":
            match = _LABEL_PREFIX.match(text[s_start:s_end])
            if match:
                label = (s_start, s_start + match.end("label"))
        intro_span = intro_of[line_index]
        result.append(
            Segment(
                s_start,
                s_end,
                line_index,
                label=label,
                intro=intro_span,
                lead=lead_of.get(intro_span) if intro_span else None,
                headings=heading_before[line_index],
            )
        )
    return result
