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

Where the rule patterns can match in a whole page is told by one Hyperscan pass (`multiscan`);
these two serve the patterns `re` runs over short stretches, and the plain path.
"""

from __future__ import annotations

import functools
import re
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own constants: no public API
from re import _parser as sre_parse  # type: ignore[attr-defined]

from . import patterncache

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
            in_exact, in_folded = _chars_of_class(av, blind)  # sets (e and f are frozensets below)
            exact |= in_exact
            folded |= in_folded
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
    the whole-word rule all read it, at import time, for every rule pattern."""
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
    """re.compile, with a first-character guard in front when one can be built (and both kept
    between runs: see patterncache)."""
    return patterncache.compile(pattern, flags, guarded)


def guarded(pattern: str, flags: int = 0) -> str:
    """The pattern with its first-character guard in front, or as it is when none can be built."""
    guard = first_char_guard(pattern, flags)
    if guard is None:
        return pattern
    return f"{guard}(?:{pattern}\n)" if flags & re.VERBOSE else f"{guard}(?:{pattern})"


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
if any(code < 0x80 for code in _FOLD):
    raise ValueError("fold() returns ASCII text as it is: the table must map no ASCII character")
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


def fold(text: str) -> str:
    """`text` in lower case, folded as `re` folds case: a string that matches a literal
    case-blind holds that literal's fold."""
    lowered = text.lower()
    if lowered.isascii():  # every character _FOLD maps is outside ASCII (a flag: no scan)
        return lowered
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


def required_literals(pattern: str, flags: int = 0, shortest: int = MIN_LITERAL) -> frozenset[str] | None:
    """Lower-case strings one of which occurs in every match of `pattern` (so a text whose lower
    case holds none of them has no match), or None when no such set of useful strings exists
    (`shortest`: a shorter one is no use; a short window may still be ruled out by "vs").
    Read once and kept between runs (patterncache.analysed), as the compiled patterns are."""
    found = patterncache.analysed("required_literals", pattern, flags, _required_literals)
    if not found or min(map(len, found)) < shortest:
        return None
    return found


def _required_literals(pattern: str, flags: int) -> frozenset[str] | None:
    return _required(list(_parse(pattern, flags)))


def filter_text(text: str) -> str:
    """What `may_match` looks in: the text folded (see `fold`)."""
    return fold(text)


def may_match(literals: frozenset[str] | None, folded: str | None) -> bool:
    """False only when the pattern these literals came from cannot match the text that
    `folded` is the fold of (None: no text to rule anything out)."""
    return literals is None or folded is None or any(s in folded for s in literals)


def may_match_within(literals: frozenset[str] | None, folded: str | None, start: int, end: int) -> bool:
    """`may_match` for a match inside [start, end) (a search with pos and endpos): `folded` must
    be the fold of the text with the same offsets (None: nothing is ruled out)."""
    return literals is None or folded is None or any(folded.find(s, start, end) >= 0 for s in literals)


class WordFiltered:
    """A pattern and the words one of which each of its matches holds (`required_literals`):
    a window whose fold holds none of them is not searched. For patterns `re` runs over short
    windows next to each claim, which would otherwise try many alternatives at every word."""

    __slots__ = ("regex", "words")

    def __init__(self, regex: re.Pattern[str], shortest: int = MIN_LITERAL) -> None:
        self.regex = regex
        self.words = required_literals(regex.pattern, regex.flags, shortest)

    def search(
        self, text: str, folded: str | None, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """`regex.search(text, start, end)`; `folded` is the fold of `text` with the same
        offsets (None: nothing is ruled out)."""
        end = len(text) if end is None else end
        return (
            self.regex.search(text, start, end) if may_match_within(self.words, folded, start, end) else None
        )

    def match(
        self, text: str, folded: str | None, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """`regex.match(text, start, end)`, with the same filter."""
        end = len(text) if end is None else end
        return (
            self.regex.match(text, start, end) if may_match_within(self.words, folded, start, end) else None
        )

    def search_window(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`regex.search(text, start, end)`, the words looked for in the window's own fold: for
        the few characters next to a number, where the page's fold is not at hand."""
        end = len(text) if end is None else end
        return self.regex.search(text, start, end) if self.in_window(text, start, end) else None

    def match_window(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`regex.match(text, start, end)`, with the filter of `search_window`."""
        end = len(text) if end is None else end
        return self.regex.match(text, start, end) if self.in_window(text, start, end) else None

    def in_window(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds one of the words (always, without a word list)."""
        words = self.words
        if words is None:
            return True
        window = fold(text[start:end])
        return any(word in window for word in words)


# --- Whole words -------------------------------------------------------------------------------


def at_word_start(pattern: str, flags: int = 0) -> str:
    """`pattern`, made to begin only where a word begins (`\\b` in front) when every match of
    it begins with a letter, digit or underscore: rule words are whole words ("complete
    remission" is not inside "incomplete remission"). Patterns that may begin otherwise, or
    whose first characters cannot be told, are returned as they are. Kept between runs
    (patterncache.analysed)."""
    return patterncache.analysed("at_word_start", pattern, flags, _at_word_start)


def _at_word_start(pattern: str, flags: int) -> str:
    try:
        exact, folded, nullable = _firsts(list(_parse(pattern, flags)), bool(flags & re.IGNORECASE))
    except _Unknown:
        return pattern
    firsts = exact | folded
    if nullable or not firsts or not all(map(_begins_word, firsts)):
        return pattern
    return rf"\b(?:{pattern})" if not flags & re.VERBOSE else rf"\b(?:{pattern}\n)"


def _begins_word(item: str) -> bool:
    """Whether a first-character item of `_firsts` (an escaped character or a category) is a
    word character."""
    if item == r"\d":
        return True
    char = item[1:] if len(item) == 2 and item[0] == "\\" else item
    return len(char) == 1 and (char.isalnum() or char == "_")
