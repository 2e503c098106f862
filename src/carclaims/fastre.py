"""Regexes that skip, at C speed, the positions where they cannot start.

Python's `re` tries a pattern such as `\\bEurope(?:an)?\\b|\\bEU\\b|\\bUK\\b` at every position of a
text. Most of our rule patterns can only begin with a few letters; a lookahead `(?=[EeUu…])` in
front of them lets the engine reject every other position at once (the vocabulary passes of
attribution and the cue passes ran 3-6 times faster with it). The lookahead is compiled with the
pattern's own flags, so case folding is the engine's, and the set of first characters is always
a superset of the true one: the matches are the same, only found sooner.

`required_literals` reads from the same parse tree the strings one of which every match must
hold ("complete" for `complete\\s+(?:response|remission)`): a page, or a stretch of it, whose
case-folded text holds none of them is not searched by that pattern at all.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from re import _casefix
from re import _constants as sre  # the parser's own constants; the stdlib has no public API for this
from re import _parser as sre_parse

MAX_FIRST_CHARS = 64  # a pattern that can begin with more characters than this gains nothing

# (class items matched as they are, class items matched case-blind, can match the empty string)
_Firsts = tuple[frozenset[str], frozenset[str], bool]


class _Unknown(Exception):
    """The pattern can begin with anything (a category, a wildcard) or with too many characters."""


# Categories a guard can name as they are (the Unicode-wide \\d and \\s); \\w admits too much to help.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


def _chars_of_class(items: list, blind: bool) -> tuple[set[str], set[str]]:
    exact: set[str] = set()
    folded: set[str] = set()
    target = folded if blind else exact
    for op, av in items:
        if op is sre.LITERAL:
            target.add(re.escape(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] < MAX_FIRST_CHARS:
            target.update(re.escape(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            exact.add(_CATEGORIES[av])
        else:  # NEGATE, \\w and the other categories, wide ranges
            raise _Unknown
    return exact, folded


def _firsts(items, blind: bool) -> _Firsts:
    """The characters a sequence of parsed items can begin with, and whether it can match
    the empty string."""
    exact: set[str] = set()
    folded: set[str] = set()
    for op, av in items:
        nullable = False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item decides the first character
        if op is sre.LITERAL:
            (folded if blind else exact).add(re.escape(chr(av)))
        elif op is sre.IN:
            e, f = _chars_of_class(av, blind)
            exact |= e
            folded |= f
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_blind = (blind or bool(add_flags & sre.SRE_FLAG_IGNORECASE)) and not (
                del_flags & sre.SRE_FLAG_IGNORECASE
            )
            e, f, nullable = _firsts(sub, sub_blind)
            exact |= e
            folded |= f
        elif op is sre.BRANCH:
            for alternative in av[1]:
                e, f, alt_nullable = _firsts(alternative, blind)
                exact |= e
                folded |= f
                nullable = nullable or alt_nullable
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            e, f, sub_nullable = _firsts(sub, blind)
            exact |= e
            folded |= f
            nullable = low == 0 or sub_nullable
        elif op is sre.ATOMIC_GROUP:
            e, f, nullable = _firsts(av, blind)
            exact |= e
            folded |= f
        else:  # ANY, NOT_LITERAL, GROUPREF, conditionals, a bare CATEGORY
            raise _Unknown
        if len(exact) + len(folded) > MAX_FIRST_CHARS:
            raise _Unknown
        if not nullable:
            return frozenset(exact), frozenset(folded), False
    return frozenset(exact), frozenset(folded), True


def _char_class(items: frozenset[str]) -> str:
    return "[" + "".join(sorted(items)) + "]"  # items are escaped characters or categories


@functools.lru_cache(maxsize=1024)
def _parse(pattern: str, flags: int):
    """The parse tree of a pattern (read, never changed): the guard, the required literals and
    the prefix literals all read it, at import time, for every rule pattern."""
    return sre_parse.parse(pattern, flags)


def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """A lookahead that admits exactly the characters `pattern` can begin with, or None when
    that set cannot be told (or is not small)."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None  # global inline flags must stay first: leave such patterns alone
    parsed = _parse(pattern, flags)
    if not _engine_cannot_skip(list(parsed), bool(flags & re.IGNORECASE)):
        return None
    try:
        exact, folded, nullable = _firsts(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except _Unknown:
        return None
    if nullable or not (exact or folded):
        return None
    parts = []
    if exact:
        parts.append(_char_class(exact) if not flags & re.IGNORECASE else f"(?-i:{_char_class(exact)})")
    if folded:
        parts.append(_char_class(folded) if flags & re.IGNORECASE else f"(?i:{_char_class(folded)})")
    return "(?=" + "|".join(parts) + ")"


def _engine_cannot_skip(items, blind: bool) -> bool:
    """False when `re` already skips ahead by itself: a case-sensitive pattern that begins with
    a literal or a set of literals (a guard in front of those only costs time)."""
    if blind or not items:
        return True
    op, av = items[0]
    if op in (sre.LITERAL, sre.IN):
        return False
    if op is sre.SUBPATTERN and not av[1] & sre.SRE_FLAG_IGNORECASE:
        return _engine_cannot_skip(list(av[3]), blind)
    if op is sre.BRANCH:
        return any(_engine_cannot_skip(list(alternative), blind) for alternative in av[1])
    return True


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001  mirrors re.compile
    """re.compile, with a first-character guard in front when one can be built."""
    guard = first_char_guard(pattern, flags)
    if guard is None:
        return re.compile(pattern, flags)
    return re.compile(f"{guard}(?:{pattern}\n)" if flags & re.VERBOSE else f"{guard}(?:{pattern})", flags)


# --- Required literals: a cheap "can this pattern match anywhere in this text?" test -------------

MIN_LITERAL = 3  # shorter required strings occur in nearly every text: no use as a filter


def _fold_table() -> dict[int, str | None]:
    """Lower-case characters that `re` matches case-blind although str.lower() tells them apart
    ("ſ" and "s", "ς" and "σ"), each mapped to one of its class; and the combining dot that
    str.lower() adds to "İ" (whose lower case for `re` is a plain "i"), mapped to nothing."""
    classes: list[set[str]] = []
    for code, others in _casefix._EXTRA_CASES.items():
        group = {chr(code).lower(), *(chr(c).lower() for c in others)}
        joined = [c for c in classes if c & group]
        for c in joined:
            classes.remove(c)
            group |= c
        classes.append(group)
    table: dict[int, str | None] = {0x0307: None}
    for group in classes:
        first = min(group)
        table.update((ord(member), first) for member in group if len(member) == 1 and member != first)
    return table


_FOLD = _fold_table()
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


def fold(text: str) -> str:
    """`text` in lower case, folded as `re` folds case: a string that matches a literal
    case-blind holds that literal's fold."""
    lowered = text.lower()
    return lowered.translate(_FOLD) if _FOLDED.search(lowered) else lowered


def _class_letter(items: list) -> str | None:
    """The one letter a class such as [Rr] matches whatever the case, else None."""
    letters = {fold(chr(av)) for op, av in items if op is sre.LITERAL}
    if len(letters) == 1 and all(op is sre.LITERAL for op, _ in items):
        return letters.pop()
    return None


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: the longest shortest member, then the one whose every member
    holds a character other than a letter ("(solid" is rarer in prose than "cancer"), then the
    fewest members."""
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda s: (min(map(len, s)), all(not m.isalpha() for m in s), -len(s)),
    )


def _required(items) -> frozenset[str] | None:
    """A set of lower-case strings one of which every match of the sequence contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(fold(chr(av)))
            continue
        if op is sre.IN and (letter := _class_letter(av)) is not None:
            run.append(letter)
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the literals on either side stay adjacent in the text
        flush()
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = _required(av[3])
        elif op is sre.ATOMIC_GROUP:
            found = _required(av)
        elif op is sre.BRANCH:
            alternatives = [_required(alternative) for alternative in av[1]]
            if all(a is not None for a in alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        if found:
            candidates.append(found)
    flush()
    return _best(candidates)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which occurs in every match of `pattern` (so a text whose lower
    case holds none of them has no match), or None when no such set of useful strings exists."""
    found = _required(list(_parse(pattern, flags)))
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    return found


def filter_text(text: str) -> str:
    """What `may_match` looks in: the text folded (see `fold`)."""
    return fold(text)


def may_match(literals: frozenset[str] | None, folded: str | None) -> bool:
    """False only when the pattern these literals came from cannot match the text that
    `folded` is the fold of (None: no text to rule anything out)."""
    return literals is None or folded is None or any(s in folded for s in literals)


# --- Prefix literals: where a match can begin -------------------------------------------------

# In prefix strings, "0" stands for any digit and " " for a run of white space: the index
# matches them with `\d` and `\s+`, so a pattern that begins with a number has anchors too.
# A string that begins with WORD_START is only looked for where a word begins: its pattern
# asserts that (`\b`, `^`, `(?<![\w.,])`) before a word character, and most do, so the index
# need not try the other positions.
DIGIT, SPACE, WORD_START = "0", " ", "\b"
MAX_PREFIX_CHARS = 8  # a longer prefix picks no fewer positions worth the trie it costs
MAX_PREFIXES = 160  # the number scanner, with its currency signs and codes and number words, needs ~150
_COMMON_CHARS = frozenset(" .,;:()[]'\"-/")  # begin too many positions to anchor a pattern
# ...and so do these words: a pattern that may begin with one is scanned for, not anchored
_COMMON_WORDS = frozenset(
    "a an the of in on at to for with by from as is are was were be been has have had and or"
    " that this its their it".split()
)

# (string, complete): `complete` when the parsed items were consumed whole, so that the next
# item's strings may be appended; else the string is only the beginning of what they match.
_Strings = set[tuple[str, bool]]
_SPACE_CODES = frozenset(map(ord, " \t\n\r\f\v"))


MAX_CLASS_LITERALS = 8  # a class of more characters ("[₪₽฿₺₱₫₦]" is seven) is no prefix worth indexing


def _class_prefixes(items: list) -> set[str] | None:
    """The one-character strings a character class can match, or None when too many."""
    if (letter := _class_letter(items)) is not None:
        return {letter}
    kinds = set()
    for op, av in items:
        if op is sre.CATEGORY and av == sre.CATEGORY_DIGIT:
            kinds.add(DIGIT)
        elif op is sre.CATEGORY and av == sre.CATEGORY_SPACE:
            kinds.add(SPACE)
        elif op is sre.RANGE and ord("0") <= av[0] <= av[1] <= ord("9"):
            kinds.add(DIGIT)
        elif op is sre.LITERAL and chr(av).isdigit() and chr(av).isascii():
            kinds.add(DIGIT)
        elif op is sre.LITERAL and av in _SPACE_CODES:
            kinds.add(SPACE)
        elif op is sre.LITERAL and len(items) <= MAX_CLASS_LITERALS:
            kinds.add(fold(chr(av)))
        else:
            return None
    return kinds


def _negated_space(items: list) -> bool:
    """`[^\\S\\r\\n]` and its kin: white space without some of it."""
    return (
        items[:1] == [(sre.NEGATE, None)]
        and (sre.CATEGORY, sre.CATEGORY_NOT_SPACE) in items
        and all(
            op in (sre.NEGATE, sre.CATEGORY) or (op is sre.LITERAL and av in _SPACE_CODES) for op, av in items
        )
    )


_WORD_EDGES = (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)


def _not_after_word(av) -> bool:
    """Whether an ASSERT_NOT is a lookbehind that rules out a word character before (`(?<!\\w)`,
    `(?<![\\w.,])`)."""
    direction, pattern = av
    items = list(pattern)
    return (
        direction == -1
        and len(items) == 1
        and items[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]
        and (sre.NEGATE, None) not in items[0][1]
    )


def _item_prefixes(op, av, blind: bool) -> _Strings | None:
    """The strings one item can begin with (folded, digits as DIGIT and white space as SPACE),
    or None when that cannot be told."""
    if op is sre.LITERAL:
        char = chr(av)
        if char.isdigit() and char.isascii():
            return {(DIGIT, True)}
        return {(SPACE if av in _SPACE_CODES else fold(char), True)}
    if op is sre.IN:
        if _negated_space(av):
            return {(SPACE, True)}
        chars = _class_prefixes(av)
        return None if chars is None else {(c, True) for c in chars}
    if op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE):
        return {(DIGIT if av == sre.CATEGORY_DIGIT else SPACE, True)}
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        sub_blind = (blind or bool(add_flags & sre.SRE_FLAG_IGNORECASE)) and not (
            del_flags & sre.SRE_FLAG_IGNORECASE
        )
        return _prefixes(list(sub), sub_blind)
    if op is sre.ATOMIC_GROUP:
        return _prefixes(list(av), blind)
    if op is sre.AT and av in _WORD_EDGES or op is sre.ASSERT_NOT and _not_after_word(av):
        return {(WORD_START, True)}
    if op is sre.BRANCH:
        union: _Strings = set()
        for alternative in av[1]:
            found = _prefixes(list(alternative), blind)
            if found is None:
                return None
            union |= found
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _prefixes(list(sub), blind)
        if once is None:
            return None
        if once == {(SPACE, True)}:  # `\\s+`, `\\s*`: SPACE stands for a run of white space
            return once | {("", True)} if low == 0 else once
        if high != 1:  # after one round, more may follow: the strings end there
            once = {(s, False) for s, _ in once}
        return once | {("", True)} if low == 0 else once
    return None


def _join(string: str, tail: str) -> str:
    """`string` followed by `tail`. WORD_START stays only at the front, right before a word
    character; nothing consumed yet is "" or WORD_START alone."""
    if string.endswith(SPACE) and tail.startswith(SPACE):
        tail = tail[1:]  # one SPACE stands for a run of white space
    if string == "":
        return tail
    if string == WORD_START:
        if tail in ("", WORD_START) or tail.startswith(WORD_START):
            return tail or WORD_START
        return WORD_START + tail if tail[0].isalnum() or tail[0] == "_" else tail
    return string + tail.removeprefix(WORD_START)


def _chars(string: str) -> int:
    return len(string) - string.startswith(WORD_START)


def _extend(current: _Strings, found: _Strings | None, grows) -> _Strings:
    """Each complete string of `current` that `grows` followed by each string of `found`."""
    grown: _Strings = set()
    for string, complete in current:
        if not complete or found is None or not grows(string):
            grown.add((string, False))
            continue
        for tail, tail_complete in found:
            joined = _join(string, tail)
            if _chars(joined) >= MAX_PREFIX_CHARS:
                grown.add((joined[: MAX_PREFIX_CHARS + len(joined) - _chars(joined)], False))
            else:
                grown.add((joined, tail_complete))
    return grown


def _shorten(strings: _Strings) -> _Strings | None:
    """The strings cut to the longest length at which there are at most MAX_PREFIXES of them
    (every match still begins with one), or None."""
    for length in range(MAX_PREFIX_CHARS - 1, 0, -1):
        cut: _Strings = set()
        for string, complete in strings:
            keep = length + len(string) - _chars(string)  # WORD_START is not a character
            cut.add((string[:keep], complete and _chars(string) <= length))
        if len(cut) <= MAX_PREFIXES:
            return cut
    return None


def _prefixes(items: list, blind: bool) -> _Strings | None:
    """The strings (folded, at most MAX_PREFIX_CHARS long) that every match of the sequence
    begins with, each marked complete or not; None when there are too many to be of use."""
    current: _Strings = {("", True)}
    for op, av in items:
        if not any(complete for _, complete in current):
            break
        edge = op is sre.AT and av in _WORD_EDGES or op is sre.ASSERT_NOT and _not_after_word(av)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and not edge:
            continue  # zero width: the next item begins the match
        found = _item_prefixes(op, av, blind)
        grown = _extend(current, found, lambda string: True)
        if len(grown) > MAX_PREFIXES:  # too many combinations: end the selective strings here
            grown = _extend(current, found, lambda string: not _selective(string))
        if len(grown) > MAX_PREFIXES:
            grown = _shorten(grown)
            if grown is None:
                return None
        current = grown
    return current


def _selective(string: str) -> bool:
    """Whether positions where `string` begins are rare enough in prose to anchor a pattern:
    not a lone letter, space or common punctuation mark (a lone digit or symbol is)."""
    string = string.removeprefix(WORD_START)
    if not string or string.startswith(SPACE) or string.rstrip(SPACE) in _COMMON_WORDS:
        return False  # white space, or a common word, begins too many positions
    if len(string) >= 2:
        return True
    return not (string.isalpha() or string in _COMMON_CHARS)


def prefix_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` begins with in the folded text (see
    `fold`; DIGIT stands for a digit, SPACE for white space), or None when no such set of
    selective strings exists. A pattern with them need only be tried where they begin:
    `Occurrences.finditer`."""
    found = _prefixes(list(_parse(pattern, flags)), bool(flags & re.IGNORECASE))
    if not found:
        return None
    strings = sorted({s for s, _ in found}, key=len)
    if not all(map(_selective, strings)):
        return None
    kept: list[str] = []
    for string in strings:  # "respon" covers "response": keep only the shortest of a chain
        if not any(string.startswith(k) for k in kept):
            kept.append(string)
    return frozenset(kept)


_PLACEHOLDER_CLASS = {DIGIT: r"\d", SPACE: r"\s+"}
_TO_PLACEHOLDERS = str.maketrans(
    {**{c: DIGIT for c in "0123456789"}, **{chr(c): SPACE for c in _SPACE_CODES}}
)
_UNICODE_DIGIT = re.compile(r"\d")
_UNICODE_SPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(SPACE + "+")


def _placeholders(found: str) -> str:
    """What the index matched, with its digits and white space as DIGIT and SPACE."""
    found = found.translate(_TO_PLACEHOLDERS)
    if not found.isascii():  # other digits and spaces that `\d` and `\s` admit
        found = _UNICODE_SPACE.sub(SPACE, _UNICODE_DIGIT.sub(DIGIT, found))
    return _SPACE_RUN.sub(SPACE, found) if SPACE + SPACE in found else found


def index_string(literal: str) -> str:
    """A literal (folded) as a string for a LiteralIndex: its digits and white space as the
    placeholders, cut to MAX_PREFIX_CHARS. Its places in a text are among the places found."""
    return _placeholders(literal)[:MAX_PREFIX_CHARS]


def at_word_start(pattern: str, flags: int = 0) -> str:
    """`pattern`, made to begin only where a word begins (`\\b` in front) when every match of
    it begins with a letter or digit: rule words are whole words ("complete remission" is
    not inside "incomplete remission"), and the index finds such anchors at word starts only.
    Patterns that may begin otherwise are returned as they are."""
    found = _prefixes(list(_parse(pattern, flags)), bool(flags & re.IGNORECASE))
    if not found:
        return pattern
    firsts = {string.removeprefix(WORD_START)[:1] for string, _ in found}
    if all(first and (first.isalnum() or first == "_") for first in firsts):
        return rf"\b(?:{pattern})" if not flags & re.VERBOSE else rf"\b(?:{pattern}\n)"
    return pattern


def _trie_pattern(strings: list[str]) -> str:
    """An alternation that matches the longest of `strings` at a position (a trie, so that the
    engine tries one branch per character)."""
    trie: dict = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [
            _PLACEHOLDER_CLASS.get(c, re.escape(c)) + render(child) for c, child in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


class LiteralIndex:
    """Finds, in one pass over a folded text, every position where any of a fixed set of
    strings begins: the anchors of the patterns that have prefix literals. Strings marked
    WORD_START are looked for only where a word begins (`\\b`), the others everywhere, each
    set by one regex that skips at C speed the characters none of its strings begins with."""

    def __init__(self, strings: set[str] | frozenset[str]) -> None:
        self.strings = frozenset(strings)
        at_words = sorted(s.removeprefix(WORD_START) for s in strings if s.startswith(WORD_START))
        anywhere = sorted(s for s in strings if not s.startswith(WORD_START))
        # every digit begins DIGIT: whole runs of them are found at once, not one match each
        self._digit_runs = DIGIT in anywhere and not any(s.startswith(DIGIT) and s != DIGIT for s in anywhere)
        if self._digit_runs:
            anywhere.remove(DIGIT)
        self._passes = [
            (_index_regex(at_words, word_start=True), WORD_START, _shorter_of(at_words)),
            (
                _index_regex(anywhere, word_start=False, digit_runs=self._digit_runs),
                "",
                _shorter_of(anywhere),
            ),
        ]

    def find(self, folded: str) -> Occurrences:
        starts: dict[str, list[int]] = {}
        digits: list[int] = []
        for regex, mark, shorter in self._passes:
            if regex is None:
                continue
            for match in regex.finditer(folded):
                found = match.group(1)
                if found is None:  # a run of digits
                    digits.extend(range(*match.span()))
                    continue
                strings = shorter.get(found)
                if strings is None:
                    strings = shorter[_placeholders(found)]
                position = match.start()
                for string in strings:
                    starts.setdefault(mark + string, []).append(position)
        if digits:
            starts[DIGIT] = digits
        return Occurrences(self.strings, starts)


def _shorter_of(strings: list[str]) -> dict[str, list[str]]:
    """For each string, the strings of the set that begin it (itself included): the longest
    string found at a position stands for these too."""
    known = set(strings)
    return {s: [s[:n] for n in range(1, len(s) + 1) if s[:n] in known] for s in strings}


def _index_regex(strings: list[str], word_start: bool, digit_runs: bool = False) -> re.Pattern[str] | None:
    """A regex whose matches begin where one of `strings` does, group 1 the longest of them.
    It consumes the first character, from a class, so that `re` skips the others at C speed,
    and looks at the string from a one-character lookbehind. With `digit_runs`, it also
    matches whole runs of digits (group 1 None)."""
    if not strings and not digit_runs:
        return None
    firsts = {_PLACEHOLDER_CLASS.get(s[0], re.escape(s[0])) for s in strings}
    edge = r"\b" if word_start else ""
    trie = f"(?<={edge}(?=({_trie_pattern(strings)}))[\\s\\S])" if strings else "(?!)()"
    if digit_runs:  # a digit takes the rest of its run; group 1 stays None
        firsts.add(r"\d")
        trie = f"(?:(?<=\\d)\\d*|{trie})"
    return re.compile(f"[{''.join(sorted(firsts))}]{trie}")


ANCHOR_SPACING = 16  # a pattern is tried at its anchors when they are rarer than one in this many
# characters of the stretch searched: a Python call per anchor costs as much as `re` scanning this far


def finditer(
    regex: re.Pattern[str],
    prefixes: frozenset[str] | None,
    text: str,
    anchors: Occurrences | None,
    pos: int = 0,
    endpos: int | None = None,
    stretch: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of `regex.finditer(text, pos, endpos)` (none is empty when the pattern has
    prefix literals): tried only where `prefixes` begin when `anchors` (the occurrences of an
    index holding them) says they are rare in the `stretch` characters to be searched."""
    endpos = len(text) if endpos is None else endpos
    if anchors is not None and anchors.rare(prefixes, endpos - pos if stretch is None else stretch):
        return anchors.finditer(regex, prefixes, text, pos, endpos)  # type: ignore[arg-type]
    return regex.finditer(text, pos, endpos)


class Occurrences:
    """Where each indexed string begins in one document's folded text."""

    def __init__(self, indexed: frozenset[str], starts: dict[str, list[int]]) -> None:
        self.indexed = indexed
        self._starts = starts
        self._found = frozenset(starts)  # the strings that occur: few, where a pattern has ~150
        self._merged: dict[frozenset[str], list[int]] = {}

    def rare(self, prefixes: frozenset[str] | None, stretch: int) -> bool:
        """Whether trying a pattern at the places where `prefixes` begin is cheaper than
        scanning `stretch` characters with it."""
        return prefixes is not None and len(self.starts(prefixes)) * ANCHOR_SPACING < stretch

    def starts(self, prefixes: frozenset[str]) -> list[int]:
        """Sorted positions where one of `prefixes` begins."""
        merged = self._merged.get(prefixes)
        if merged is None:
            if not prefixes <= self.indexed:
                raise ValueError(f"not indexed: {sorted(prefixes - self.indexed)}")
            # the intersection runs in C over the smaller set, not a Python loop over each of a
            # pattern's prefixes (the number scanner has ~150) for every pattern and document
            lists = [self._starts[p] for p in prefixes & self._found]
            merged = lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))
            self._merged[prefixes] = merged
        return merged

    def finditer(
        self,
        regex: re.Pattern[str],
        prefixes: frozenset[str],
        text: str,
        pos: int = 0,
        endpos: int | None = None,
    ) -> Iterator[re.Match[str]]:
        """What `regex.finditer(text, pos, endpos)` yields, minus empty matches, trying the
        regex only where its prefix literals begin (`text` folds to the indexed text with
        every offset kept)."""
        endpos = len(text) if endpos is None else endpos
        starts = self.starts(prefixes)
        i = bisect.bisect_left(starts, pos)
        resume = pos
        while i < len(starts):
            start = starts[i]
            i += 1
            if start >= endpos:
                break
            if start < resume:
                continue
            match = regex.match(text, start, endpos)
            if match is not None and match.end() > start:
                yield match
                resume = match.end()
