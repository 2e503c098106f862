"""Reading articles written in Chinese (CLAIMS.md section 6): the stage that finds Chinese
paragraphs, scans their numbers (万/亿, Chinese numerals, 成, full-width digits), pairs each with
the cue words of `rules/zh.py` and attributes it. It yields the same `Claim` records as the English
reader, so the ledger, diff, check, verify and the report need nothing of their own.

Why a reader of its own rather than more English patterns: Chinese has no spaces, puts a rate's
name before its figure and a count before its noun, and says a cohort's outcome as "N例" after it;
the English linker's windows and word boundaries do not hold. The cue words are data
(`rules/zh.py`); this module is the grammar that applies them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from . import __version__
from .attribute import CJK_INN, PRODUCTS, Origin, covering
from .cjk import CJK as _CJK
from .cjk import simplified
from .ledger import Claim, Value, claim_id
from .ledger import Origin as LedgerOrigin
from .rules import zh as cues
from .rules.costs import USD_PER_UNIT, beyond_any_price

_LATIN = re.compile(r"[A-Za-z]")
# the median as slides and abstracts shorten it before an endpoint: "mPFS为13.3个月"
_M_MEDIAN = re.compile(r"(?<![A-Za-z])m(?:PFS|OS|EFS|DFS|RFS|LFS|DOR|DoR)(?![A-Za-z])")
CJK_SHARE = 0.3  # a paragraph is Chinese when this share of its letters are Chinese characters
MIN_CJK = 4


def chinese_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs (runs between line breaks) written in Chinese, as offsets: a script test on
    the characters, no model. Adjacent Chinese paragraphs are merged into one span. A short line
    of acronyms and figures with a few Chinese characters ("CR率为82%,ORR为97%。") is Chinese
    when a Chinese paragraph stands next to it."""
    lines: list[tuple[int, int, str]] = []  # (start, end, "zh" | "short" | "")
    for match in re.finditer(r"[^\n]+", text):
        piece = match.group(0)
        if not piece.strip():
            continue
        cjk = len(_CJK.findall(piece))
        chinese_share = cjk >= CJK_SHARE * (cjk + len(_LATIN.findall(piece)))
        kind = "zh" if cjk >= MIN_CJK and chinese_share else "short" if cjk and chinese_share else ""
        lines.append((match.start(), match.end(), kind))
    spans: list[tuple[int, int]] = []
    for i, (start, end, kind) in enumerate(lines):
        if kind == "short":
            neighbours = (lines[i - 1][2] if i else "", lines[i + 1][2] if i + 1 < len(lines) else "")
            kind = "zh" if "zh" in neighbours else ""
        if kind != "zh":
            continue
        if spans and not text[spans[-1][1] : start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


# --- sentences -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def pipeline():
    """spaCy's blank Chinese pipeline (character segmentation: nothing to download) with a
    sentencizer on 。！？；and their ASCII forms."""
    from .spacyload import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "；", "!", "?", ";"]})
    return nlp


_BREAK = re.compile(
    r"\n+|(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef”」）)])[ \u3000]+(?=[\u3400-\u9fff“「（(])"
)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]: spaCy's sentences, cut again at line breaks and at a
    space between Chinese characters (a heading run into its paragraph)."""
    doc = pipeline()(text[start:end])
    spans = []
    for sent in doc.sents:
        lo, hi = start + sent.start_char, start + sent.end_char
        cut = lo
        for gap in _BREAK.finditer(text, lo, hi):
            if text[cut : gap.start()].strip():
                spans.append((cut, gap.start()))
            cut = gap.end()
        if text[cut:hi].strip():
            spans.append((cut, hi))
    # a section label cut off by its space ("目的 评估…", "结果 42例…") belongs to what follows
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if (
            merged
            and len(text[merged[-1][0] : merged[-1][1]].strip()) <= 4
            and "\n" not in text[merged[-1][1] : lo]
        ):
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


# --- numbers -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # percent | money | count | duration | date
    low: float | None = None
    high: float | None = None
    unit: str = ""
    bound: str = "eq"
    hedge: str | None = None
    classifier: str = ""
    date: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    parenthesised: bool = False


# ("共纳入2 161例", "120 000元": thousands set apart by a space, as some journals print them)
_AR = r"(?:(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])|\d+(?:,\d{3})*(?:\.\d+)?)"
_ZN = r"[零〇一二两三四五六七八九十百千]+"
_CORE = re.compile(rf"{_AR}|{_ZN}|百万|千万")
_AR_RE = re.compile(_AR)
_ZN_RE = re.compile(_ZN)
# "成" after a digit that is no tenth: "成人", "成本", "成功", "成熟"…
_NOT_TENTHS = re.compile(r"[人本功熟员立为长果效都交分绩年型]")
_MULT = re.compile(r"\s*(余|多)?(十万|百万|千万|万|亿)")
_CURRENCY_AFTER = re.compile(
    r"\s*(人民币|美元|美金|港元|港币|欧元|英镑|新台币|台币|日元|韩元|新加坡元|新元|澳元|加元|元)"
)
# ("所需费用高达港币200万元", "美元37万": any named currency may stand before the sum)
_CURRENCY_BEFORE = re.compile(
    r"(人民币|RMB|US\$|HK\$|NT\$|\$|¥|￥|新台币|台币|港币|港元|美元|美金|欧元|英镑|日元|韩元|新加坡元|澳元|加元)\s*$"
)
_RANGE = re.compile(r"\s*[-~–—至到]\s*")
# "由40%提高到54%", "从52%上升至83%": a change, whose second figure is of the same metric as the
# first (which a cue before them named)
_CHANGE_FROM = re.compile(r"[由从]\s*$")
# the verbs of a change ("提高", "下降", …), for a change into a figure and a change by one
_CHANGE_VERB = r"提高|提升|上升|升高|增加|增长|上调|下降|降低|减少|下调|回落|缩小|扩大|改善"
_CHANGE_TO = re.compile(rf"\s*(?:{_CHANGE_VERB}|增|升|降|跌)了?(?:至|到)\s*")
# "存活率再提升10.4%": the figure right after a verb of change, without 至/到, is by how much
_AE_LISTING_THRESHOLD_BEFORE = re.compile(cues.AE_LISTING_THRESHOLD_BEFORE)
_AE_LISTING_THRESHOLD_AFTER = re.compile(cues.AE_LISTING_THRESHOLD_AFTER)
_CHANGE_BY = re.compile(rf"(?:{_CHANGE_VERB})了?\s*$")
# "…，达到87.5%": the figure the change reached, in the next clause
_ALSO = re.compile(r"亦|也|同样|同时")
# "…，也高于国际治疗成效77.1%": a clause comparing the figure named before with another's, whose
# figure is that other group's value of the same rate
_COMPARED_WITH = re.compile(
    r"(?:高于|低于|优于|劣于|不及|相较于?|相比于?)(?:国际|全球|国外|海外|临床试验|传统治疗|标准治疗)"
    r"[^,，;；。:：\d%]{0,10}?(?:成效|结果|数据|水平|疗效)?(?:的)?\s*$"
)
_REACHES = re.compile(r"[，,、]\s*(?:并|从而)?(?:达到|达|攀升至|升至|增至|提升至|降至)\s*$")
_PER = re.compile(r"(?:/针|/人|每针|一针|/次)")
# "该疗法一剂 120 万元的天价门槛": a dose word right before the amount makes it a price per dose
_PER_BEFORE = re.compile(r"(?:一剂|每剂|单剂|一针|每针|单针|一支|每支)\s*$")
_CLASSIFIER = re.compile(r"\s*(余|多)?\s*(" + "|".join(cues.COUNT_CLASSIFIERS) + r")(?!月)")
_DURATION = re.compile(r"\s*(个月|周|天|年)(?![\d零〇一二两三四五六七八九十]+月)")
_FRACTION_AFTER = re.compile(r"\s*\(\s*(\d+)\s*/\s*(\d+)\s*\)")
_DATE = re.compile(
    r"(?P<rel>今年|去年|前年)?(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?"
    r"|(?P<y2>(?:19|20)\d{2})\s*年(?!\s*\d)|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
)
_DATE_AND = re.compile(r"\s*(?:和|及|以及|与|、)\s*")
_HALF = re.compile(r"一半|半数")
_ALL_OF_THEM = re.compile(
    r"(?:均|全部|都|皆|全都)(?:已|已经)?(?:实现了?|达到了?|获得了?|取得了?|出现了?|发生了?|进入了?)?"
)
# what may stand between "均出现" and the event: its grade ("…均出现3级及以上ICANS")
_GRADE_GAP = re.compile(
    r"\s*(?:(?:[1-5一二三四五]\s*[-~至到]\s*)?[1-5一二三四五]\s*级(?:及以上|以上|或以上|或更高)?)?\s*(?:的)?"
)
# what patients had: "…患者出现3级CRS", "18名…患者(36%)病情发生进展"
_HAD_EVENT = re.compile(r"(?:\s*[(（][^()（）]{0,12}[)）])?\s*(?:病情|疾病)?(?:出现|发生了?|经历了?|进展)")
# ... or an outcome the clause names after them: "10名患者达到完全缓解", "39名患者的MRD呈阴性"
# (not "十二名患者中有十名达到完全缓解": the cohort "among" whom a later count had it)
_OUTCOME_AFTER_PATIENTS = re.compile(
    r"(?![^,，;；。]{0,2}中)[^,，;；。\d%零〇一二两三四五六七八九十百千]{0,8}"
)
# ... or a laboratory finding in them: "5名患者在治疗10个月后仍能检测到CAR-T细胞" (no cohort)
_LAB_FINDING_IN_PATIENTS = re.compile(r"[^,，;；。]{0,16}?(?:检测到|检测出|检出|测到)")
_FORECAST_BEFORE = re.compile(r"预计|预料|预期|估计|预估|有望|可望|将有|料将")
# A pack of some other drug (a CAR-T infusion is sold by the 针 or 支, never by the box or bottle)
# ("单盒价格从2.7万元降至6000元": both sums of the change are the pack's)
_PER_PACK_BEFORE = re.compile(r"(?:单|每|一)(?:盒|瓶|片|粒)[^,，。;；]{0,14}$")
_PER_PACK_AFTER = re.compile(r"\s*(?:/|每)(?:盒|瓶|片|粒)")
_DIED = re.compile(r"(?:均|先后|已)?(?:死亡|病故|去世|离世)")
# "百分之九十二", "百分之九十二点三", "百分之80": a percentage said in words, as news writes it
_PERCENT_WORDS = re.compile(
    rf"百分之(?P<n>{_AR}|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
)
_HEDGE_BEFORE = re.compile(
    "(?P<word>"
    + "|".join(sorted(map(re.escape, cues.HEDGES_BEFORE), key=len, reverse=True))
    # ("最高赔50万", "最高可赔付100万元", "最多报销30万": the cap of a payout)
    + r")(?:有|为|是|达|可?(?:赔付?|报销?|支付|补偿|获赔))?\s*$"
)
_HEDGE_AFTER = re.compile(
    # "80% 以上": some sites set a space around every number
    r"[ \u00a0]?(" + "|".join(sorted(map(re.escape, cues.HEDGES_AFTER), key=len, reverse=True)) + ")"
)


# A Taiwanese page: its national health insurance (健保), ministry (卫福部) or dollar; a Hong Kong
# one: its Hospital Authority (医管局), "本港", its safety-net funds; and none of the mainland's
# insurance (医保) or currency (人民币). A plain 元 there is that place's dollar, and its "我国"
# or "国内" no region of the list.
_LOCAL_DOLLARS = (
    ("TWD", re.compile(r"健保|新台币|卫福部|中华民国")),
    ("HKD", re.compile(r"医管局|本港|撒玛利亚基金|关爱基金")),
)
_MAINLAND_WORDS = re.compile(r"医保|人民币|国家药监局|国家医保局|大陆")


@lru_cache(maxsize=8)
def _local_dollar(norm: str) -> str | None:
    """The currency a plain 元 is on a Taiwanese or Hong Kong page (None on the mainland's)."""
    if _MAINLAND_WORDS.search(norm) is not None:
        return None
    return next((code for code, words in _LOCAL_DOLLARS if words.search(norm) is not None), None)


def _upwards_of(norm: str, start: int) -> bool:
    """Whether the figure at `start` is a round magnitude said as "upwards of" ("上百万元", "上千
    例"); not the "以上" that follows a figure before it."""
    return (
        start > 0
        and norm[start - 1] == "上"
        and norm[start : start + 1] in ("百", "千", "万", "亿")
        and norm[start - 2 : start - 1] != "以"
    )


def zh_number(word: str) -> float | None:
    """ "十二" -> 12, "两" -> 2, "一百二十" -> 120, "百万" -> 1e6; None when it is no number."""
    if word in ("百万", "千万"):
        return cues.MULTIPLIERS[word]
    if len(word) >= 3 and all(ch in cues.ZH_DIGITS for ch in word):
        # "八一九万元", "一一二年": Taiwan's papers write a number digit by digit
        return float("".join(str(cues.ZH_DIGITS[ch]) for ch in word))
    total, digit = 0, None
    for ch in word:
        if ch in cues.ZH_DIGITS:
            digit = cues.ZH_DIGITS[ch]
        elif ch in cues.ZH_UNITS:
            total += (digit if digit is not None else 1) * cues.ZH_UNITS[ch]
            digit = None
        else:
            return None
    return float(total + (digit or 0))


_DIGIT_SEPARATORS = re.compile(r"[,\s\u00a0\u2009\u202f]")


def _percent_words(word: str) -> float | None:
    """ "九十二点三" -> 92.3, "80" -> 80.0: the figure after 百分之."""
    if word[0].isdigit():
        return float(_DIGIT_SEPARATORS.sub("", word))
    whole, _, decimals = word.partition("点")
    value = zh_number(whole)
    if value is None:
        return None
    return float(f"{int(value)}.{''.join(str(cues.ZH_DIGITS[d]) for d in decimals)}") if decimals else value


def _value(word: str) -> float | None:
    if word[0].isdigit():
        return float(_DIGIT_SEPARATORS.sub("", word))
    return zh_number(word)


def scan(norm: str, start: int, end: int, doc_year: int | None) -> list[Mention]:
    """Every number of text[start:end] worth reading (`norm` is the text with full-width forms
    folded), with its unit, hedge and bound."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    sibling: tuple[int, int] | None = None  # (end, year) of the last date that gave its year
    for m in _DATE.finditer(norm, start, end):
        date = _date(m, doc_year)
        if m.group("m") and not m.group("y") and not m.group("rel"):
            if sibling is not None and _DATE_AND.fullmatch(norm, sibling[0], m.start()):
                # "分别在2017年8月31日和10月18日": the second date takes the first one's year
                date = _date(m, sibling[1])
            elif doc_year is None:
                date = None  # "6月23日" with no year anywhere: no date to give
        if m.group("y"):
            sibling = (m.end(), int(m.group("y")))
        taken.append(m.span())
        if date is not None and not (
            norm[m.end() : m.end() + 1] == "至" or norm[m.start() - 1 : m.start()] == "至"
        ):
            found.append(Mention(m.start(), m.end(), "date", unit="date", date=date))
    for m in _HALF.finditer(norm, start, end):
        hedge = _HEDGE_BEFORE.search(norm, max(0, m.start() - 6), m.start())
        s = hedge.start() if hedge else m.start()
        bound = cues.HEDGES_BEFORE[hedge.group("word")] if hedge else "eq"
        found.append(
            Mention(s, m.end(), "percent", 50.0, 50.0, "%", bound, hedge.group("word") if hedge else None)
        )
        taken.append((s, m.end()))
    for m in _PERCENT_WORDS.finditer(norm, start, end):
        value = _percent_words(m.group("n"))
        if value is None or value > 100:
            continue
        hedge = _HEDGE_BEFORE.search(norm, max(0, m.start() - 6), m.start())
        s = hedge.start() if hedge else m.start()
        bound = cues.HEDGES_BEFORE[hedge.group("word")] if hedge else "eq"
        word = hedge.group("word") if hedge else None
        found.append(_after_hedge(norm, Mention(s, m.end(), "percent", value, value, "%", bound, word), end))
        taken.append((s, m.end()))
    pos = start
    while True:
        m = _CORE.search(norm, pos, end)
        if m is None:
            break
        pos = m.end()
        if any(a <= m.start() < b for a, b in taken):
            continue
        mention = _read(norm, m, end)
        if mention is not None:
            found.append(mention)
            pos = max(pos, mention.end)
    found.extend(_listed_bare(norm, found, start))
    found.sort(key=lambda x: x.start)
    return found


# "中位OS和PFS分别为120.9和56.9个月", "有效率分别为80、70和60%": bare numbers listed before a
# figure share its unit
_BARE_LIST_BEFORE = re.compile(rf"(?<![\d.第]){_AR}(?:\s*[、，,]\s*{_AR})*\s*(?:和|与|及|、)\s*$")


def _listed_bare(norm: str, found: list[Mention], start: int) -> list[Mention]:
    """Mentions for the bare numbers listed right before a percentage or a duration."""
    added: list[Mention] = []
    for m in found:
        if m.kind not in ("percent", "duration") or m.hedge is not None or m.low is None:
            continue
        listed = _BARE_LIST_BEFORE.search(norm, max(start, m.start - 40), m.start)
        if listed is None:
            continue
        for n in _AR_RE.finditer(norm, listed.start(), listed.end()):
            value = float(n.group(0).replace(",", ""))
            if (m.kind == "percent" and value > 100) or any(
                o.start < n.end() and n.start() < o.end for o in found
            ):
                continue
            added.append(Mention(n.start(), n.end(), m.kind, value, value, m.unit))
    return added


def _date(m: re.Match[str], doc_year: int | None) -> str | None:
    if m.group("y3"):
        return f"{m.group('y3')}-{int(m.group('m3')):02d}-{int(m.group('d3')):02d}"
    if m.group("y2"):
        return m.group("y2")
    year = m.group("y")
    if year is None:
        if doc_year is None:
            return None
        year = str(doc_year - {"去年": 1, "前年": 2}.get(m.group("rel") or "", 0))
    month = int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    if m.group("d"):
        return f"{year}-{month:02d}-{int(m.group('d')):02d}"
    return f"{year}-{month:02d}"


# the end of a range whose start is a vague amount ("几十万元到上百万元")
_VAGUE_RANGE_BEFORE = re.compile(r"[几数][十百千万亿]+元?\s*[-~–—至到]\s*[上近超]?$")


def _read(norm: str, m: re.Match[str], limit: int) -> Mention | None:
    word = m.group(0)
    low = _value(word)
    if low is None:
        return None
    chinese = not word[0].isdigit()
    s, e = m.start(), m.end()
    if norm[s - 1 : s] == "第" or (s > 0 and norm[s - 1].isdigit()):
        return None  # an ordinal ("第24天"), or the tail of a longer number
    if norm[s - 1 : s] in ("几", "数") or _VAGUE_RANGE_BEFORE.search(norm, max(0, s - 12), s):
        return None  # "几十万元到上百万元之间": "some hundreds of thousands", no figure, nor its range's end
    mult = _MULT.match(norm, e, limit) if word not in ("百万", "千万") else None
    more = None
    if mult:
        low *= cues.MULTIPLIERS[mult.group(2)]
        e = mult.end()
        more = mult.group(1)  # "100多万元": more than a million
        tail = _ZN_RE.match(norm, e, limit) if mult.group(2) == "万" and not more else None
        if tail is not None and tail.group(0)[-1] in "千百":
            # "约九万五千港币", "三十五万五千元": the thousands after the ten thousands, one sum
            extra = zh_number(tail.group(0))
            if extra is not None and extra < 1e4:
                low, e = low + extra, tail.end()
    high = low
    # a range: "15%-50%", "1.3~6.3个月", "3万-5万元", "73%~100%"
    after_first = e
    percent_first = norm[e : e + 1] == "%"
    if percent_first:
        e += 1
    rng = _RANGE.match(norm, e, limit)
    if rng is None and mult:  # "100万元至120万元": the currency after each end
        unit_first = _CURRENCY_AFTER.match(norm, e, limit)
        if unit_first:
            rng = _RANGE.match(norm, unit_first.end(), limit)
    if rng:
        second = _AR_RE.match(norm, rng.end(), limit)
        if second is None and chinese:
            second = _ZN_RE.match(norm, rng.end(), limit)  # "一至二成": both ends in words
        b = _value(second.group(0)) if second else None
        if second and b is not None:
            e2 = second.end()
            mult2 = _MULT.match(norm, e2, limit)
            first = low
            if mult2:
                b *= cues.MULTIPLIERS[mult2.group(2)]
                e2 = mult2.end()
                if not mult and not percent_first and low * cues.MULTIPLIERS[mult2.group(2)] < b:
                    first = low * cues.MULTIPLIERS[mult2.group(2)]  # "3-10万元": the 万 of both ends
            elif mult:
                b *= cues.MULTIPLIERS[mult.group(2)]
            if b > first or (percent_first and b >= first):
                low, high, e = first, b, e2
    bound, hedge = "eq" if high == low else "range", None
    if more and high == low:
        bound, hedge = "gt", more
    # hedges before ("超过", "最高超过", "约")
    before = _HEDGE_BEFORE.search(norm, max(0, s - 6), s)
    if before is None and high == low and _upwards_of(norm, s):
        hedge, bound, s = "上", "gt", s - 1
    elif before:
        hedge = before.group("word")
        bound = cues.HEDGES_BEFORE[hedge]
        s = before.start()
        outer = _HEDGE_BEFORE.search(norm, max(0, s - 4), s)  # "最高超过80%": both are the span's
        if outer:
            s = outer.start()
    if norm[e : e + 1] == "%" or percent_first and rng is None:
        if norm[e : e + 1] == "%":
            e += 1
        mention = Mention(s, e, "percent", low, high, "%", bound, hedge)
        frac = _FRACTION_AFTER.match(norm, e, limit)
        if frac:
            mention = replace(
                mention, end=frac.end(), numerator=float(frac.group(1)), denominator=float(frac.group(2))
            )
        return _after_hedge(norm, mention, limit)
    if norm[e : e + 2] == " 成" and low < 10:
        e += 1  # "低於 2-5 成": a Taiwanese paper's space between the figure and its tenths
    if norm[e : e + 1] == "成" and low < 10 and not _NOT_TENTHS.match(norm, e + 1):
        tenth = cues.ZH_DIGITS.get(norm[e + 1 : e + 2]) if e + 1 < limit else None
        if tenth is not None and high == low and norm[e + 2 : e + 3] not in ("成", "至", "到"):
            # "八成七" is 87%
            value = low * 10 + tenth
            return _after_hedge(norm, Mention(s, e + 2, "percent", value, value, "%", bound, hedge), limit)
        return _after_hedge(norm, Mention(s, e + 1, "percent", low * 10, high * 10, "%", bound, hedge), limit)
    currency = _CURRENCY_AFTER.match(norm, e, limit)
    before_currency = _CURRENCY_BEFORE.search(norm, max(0, s - 5), s)
    if currency or before_currency or mult or word in ("百万", "千万"):
        if _CLASSIFIER.match(norm, e, limit) and not currency:
            pass  # "120万人", "20万例": people, not money
        else:
            # "新台币800万元", "US$37万元": a named currency before the sum outranks the plain 元 after it
            named = before_currency if currency is None or currency.group(1) == "元" else currency
            unit = cues.CURRENCIES[(named or currency).group(1)] if (named or currency) else "CNY"
            if unit == "CNY" and named is None:
                # "每位患者平均819萬元" in a Taiwanese paper: New Taiwan dollars
                unit = _local_dollar(norm) or unit
            if currency:
                e = currency.end()
            if before_currency:
                s = min(s, before_currency.start())
                ahead = _HEDGE_BEFORE.search(norm, max(0, s - 6), s) if hedge is None else None
                if ahead is not None:  # "约为人民币120万元": the hedge before the currency
                    hedge, s = ahead.group("word"), ahead.start()
                    if high == low:
                        bound = cues.HEDGES_BEFORE[hedge]
            if norm[e : e + 1] == "级":  # "百万级", "百万元级": a price tier, about
                bound, e = "approx", e + 1
            per = _PER.match(norm, e, limit)
            if per:
                e = per.end()
            return _after_hedge(norm, Mention(s, e, "money", low, high, unit, bound, hedge), limit)
    e = after_first if not rng or high == low else e
    count = _CLASSIFIER.match(norm, e, limit)
    if count:
        if (
            chinese
            and (low < 2 or count.group(2) in ("个", "种", "人"))
            and not (
                count.group(2) == "人"
                and low >= 10
                and re.match(cues.PAID_FOR_AFTER, norm[count.end() : limit])
            )
            # (but "十个CAR-T细胞疗法产品获批上市", "五个产品": products counted)
            and not (
                low >= 2 and count.group(2) == "个" and _PRODUCTS_AFTER_GE.match(norm, count.end(), limit)
            )
        ):
            return None  # "一位老年患者", "两个靶点": an article or a kind, not a count
        if count.group(1):  # "200余名", "30多个": more than
            bound, hedge = "gt", count.group(1)
        return Mention(
            s,
            count.end(),
            "count",
            low,
            high,
            "count",
            bound,
            hedge,
            classifier=count.group(2),
            parenthesised=norm[s - 1 : s] == "(" and norm[count.end() : count.end() + 1] == ")",
        )
    duration = _DURATION.match(norm, e, limit)
    if chinese and (duration is None or duration.group(1) not in ("年", "个月")):
        # a Chinese numeral is read only with its unit ("五款", "八成"), years and months too
        # ("患者的中位生存期仅约三年")
        return None
    if duration:
        unit = {"个月": "months", "周": "weeks", "天": "days", "年": "years"}[duration.group(1)]
        return _after_hedge(
            norm, Mention(s, duration.end(), "duration", low, high, unit, bound, hedge), limit
        )
    return None


_PRODUCTS_AFTER_GE = re.compile(r"(?:CAR-?T[^,。;:]{0,8}?)?产品")


def _after_hedge(norm: str, mention: Mention, limit: int) -> Mention:
    after = _HEDGE_AFTER.match(norm, mention.end, limit)
    if after is None or (after.group(1) == "多" and mention.kind == "percent"):
        return mention
    word = after.group(1)
    return replace(mention, end=after.end(), bound=cues.HEDGES_AFTER[word], hedge=mention.hedge or word)


# --- cues and links ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: cues.ZhCue


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<c{i}>{c.pattern})" for i, c in enumerate(cues.CUES)))


def find_cues(norm: str, start: int, end: int) -> list[CueHit]:
    hits = []
    for m in _cue_pattern().finditer(norm, start, end):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        hits.append(CueHit(m.start(), m.end(), cues.CUES[index]))
    return hits


# (not the comma inside "1,200例": a thousands separator between digits)
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[，;；:：。!?！？、]")
_RESPECTIVELY = "分别"
_BRACKET_OPEN = re.compile(r"\s*[(（]\s*")


@dataclass(frozen=True, slots=True)
class Link:
    mention: Mention
    metric: str
    rule: str
    sentence: tuple[int, int]
    statistic: str | None = None
    timepoint: str | None = None
    grade: str | None = None
    low: float | None = None  # a count told as a share of its cohort: the share
    numerator: float | None = None
    denominator: float | None = None


HEADER_REACH_LINES = 60  # rows above a table's figure where its header may stand
MAX_ROW_CHARS = 400  # a table row is no longer than this
_NAMES_JOINED = re.compile(r"(?=[^、及和与/]*[、及和与/])[^\d%,。;:]{1,40}")  # between two names of one list
_CELL = re.compile(r"\S+")


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table line: its runs of text between white space (or tabs)."""
    return [(start + m.start(), start + m.end()) for m in _CELL.finditer(norm[start:end])]


# "出现骨质疏松、糖尿病等严重副作用": a list of names closed by 等 ("and so on") before the noun
# they are examples of; its 、 joins the names, it ends no clause
_NAME_IN_LIST = r"[^,，;；:：。!?！？、\d%]{1,12}"  # one name of a 、 list: no clause break, no figure
_LIST_CLOSED_BY_DENG = re.compile(rf"、{_NAME_IN_LIST}(?:、{_NAME_IN_LIST})*?等")


_RIGHT_REACH = re.compile(
    # ("74%(42名)患者达到了完全缓解": the share's count in brackets, then who and the verb)
    r"(?:\s*[(（]\s*\d+\s*(?:名|例|位|人)?\s*[)）])?"
    r"(?:的)?(?:患者|病人|患儿|受试者|人)?(?:中)?(?:会|可能|可)?(?:出现|发生|获得|达到|实现)?了?"
    rf"(?:{_NAME_IN_LIST}(?:、{_NAME_IN_LIST})+等)?"
)


def _clause(norm: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    lo, hi = sentence
    left = max((m.end() for m in _CLAUSE_END.finditer(norm, lo, pos)), default=lo)
    right = _CLAUSE_END.search(norm, pos, hi)
    while right and right.group() == "、" and (closed := _LIST_CLOSED_BY_DENG.match(norm, right.start(), hi)):
        right = _CLAUSE_END.search(norm, closed.end(), hi)
    return left, right.start() if right else hi


_GRADE = re.compile(
    r"(?P<a>\d)\s*(?:-|~|至|/)\s*(?P<b>\d)\s*级|(?:≥|>=)\s*(?P<c>\d)\s*级|(?P<d>\d)\s*级(?:及|或)?以上|(?P<e>\d)\s*级"
)


def _grade(text: str) -> str | None:
    """ "3级及以上" -> "≥3", "1-2级" -> "1-2", "3级" -> "3"."""
    found = list(_GRADE.finditer(text))
    if not found:
        return None
    m = found[-1]
    if m.group("a"):
        return f"{m.group('a')}-{m.group('b')}"
    if m.group("c") or m.group("d"):
        return f"≥{m.group('c') or m.group('d')}"
    return m.group("e")


def _has(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


class _Within:
    """The indices, in list order, of the items whose start lies in [lo, hi): by bisection over
    the starts sorted once (a page of thousands of sentences asked each of them of every item)."""

    def __init__(self, starts: list[int]) -> None:
        self.order = sorted(range(len(starts)), key=starts.__getitem__)
        self.sorted_starts = [starts[i] for i in self.order]

    def indices(self, lo: int, hi: int) -> list[int]:
        a = bisect.bisect_left(self.sorted_starts, lo)
        b = bisect.bisect_left(self.sorted_starts, hi)
        return sorted(self.order[a:b])


class _Reader:
    """Links the mentions of one Chinese span to metrics."""

    def __init__(self, text: str, norm: str, span: tuple[int, int], doc_year: int | None):
        self.text, self.norm = text, norm
        self.sentences = sentences(text, *span)
        self.sentence_index = {sentence: i for i, sentence in enumerate(self.sentences)}
        self.mentions = scan(norm, span[0], span[1], doc_year)
        self.cues = find_cues(norm, *span)

    def links(self) -> list[Link]:
        out: list[Link] = []
        mentions_in = _Within([m.start for m in self.mentions])
        cues_in = _Within([c.start for c in self.cues])
        for sentence in self.sentences:
            ms = [self.mentions[i] for i in mentions_in.indices(*sentence)]
            cs = [self.cues[i] for i in cues_in.indices(*sentence)]
            paired = self._respectively(sentence, ms, cs)
            for m in ms:
                if id(m) in paired:
                    out.append(paired[id(m)])
                    continue
                link = self._link(sentence, m, cs, out)
                if link is not None:
                    out.append(link)
        return out

    # "1年总体生存率及无病生存率分别达72%及51%": names and figures in order
    def _respectively(self, sentence, ms, cs) -> dict[int, Link]:
        where = self.norm.find(_RESPECTIVELY, *sentence)
        if where < 0:
            return {}
        figures = [m for m in ms if m.start > where and m.kind in ("percent", "duration")]
        kind = figures[0].kind if figures and all(m.kind == figures[0].kind for m in figures) else "percent"
        figures = [m for m in figures if m.kind == kind]  # ("…时间分别为120.9和56.9个月": durations)
        names = [c for c in cs if c.end <= where and kind in c.cue.kinds]
        lo = max((m.end for m in ms if m.end <= where), default=sentence[0])
        names = [c for c in names if c.start >= lo]
        # "无进展生存(PFS)": a name and its abbreviation in brackets are one endpoint
        names = [
            c
            for i, c in enumerate(names)
            if i == 0
            or c.cue.metric != names[i - 1].cue.metric
            or not _BRACKET_OPEN.fullmatch(self.norm, names[i - 1].end, c.start)
        ]
        median = "中位" in self.norm[lo:where] or _M_MEDIAN.search(self.norm, lo, where) is not None
        if kind == "duration" and not median:
            return {}  # times that are no median outcome (a follow-up, a schedule)
        statistic = "median" if kind == "duration" else None
        if len(names) == 1 and len(figures) >= 2:
            # "1年、2年总生存率分别为…": per time point; otherwise per product or per group named
            # before ("A、B与C的客观缓解率分别为…", "早期和晚期移植组患者的中位OS分别为120.9和50.1个月")
            points = self._timepoints(names[0]) or [None] * len(figures)
            if len(points) == len(figures):
                cue = names[0]
                return {
                    id(m): Link(
                        m,
                        cue.cue.metric,
                        f"zh.{cue.cue.id}.respectively",
                        sentence,
                        timepoint=point,
                        statistic=statistic,
                    )
                    for m, point in zip(figures, points, strict=True)
                }
        if len(names) < 2 or len(names) != len(figures):
            return {}
        # "1年总体生存率及无病生存率": a time point before the first name is every joined name's
        shared = self._timepoint(names[0])
        return {
            id(m): Link(
                m,
                c.cue.metric,
                f"zh.{c.cue.id}.respectively",
                sentence,
                timepoint=self._timepoint(c) or (shared if self._joined(names[0], c) else None),
                statistic=statistic,
            )
            for c, m in zip(names, figures, strict=True)
        }

    def _joined(self, first: CueHit, later: CueHit) -> bool:
        """Whether two names are of one list: joined by 、及和与/, with no figure or clause break
        between them."""
        return _NAMES_JOINED.fullmatch(self.norm, first.end, later.start) is not None

    def _timepoints(self, cue: CueHit) -> list[str]:
        """ "1年、2年总生存率", "6个月和12个月无进展生存率": the time points listed before a cue."""
        head = self.norm[max(0, cue.start - 24) : cue.start]
        listed = re.search(cues.TIMEPOINT_LIST, head)
        if not listed:
            return []
        points = []
        for n, unit in re.findall(r"(\d+|[一二两三四五六七八九十]+)\s*(个月|年|周)", listed.group(0)):
            value = _value(n)
            points.append(f"P{int(value)}{ {'个月': 'M', '年': 'Y', '周': 'W'}[unit] }" if value else "")
        return points if all(points) else []

    def _timepoint(self, cue: CueHit) -> str | None:
        m = re.search(cues.TIMEPOINT_BEFORE_CUE, self.norm[max(0, cue.start - 10) : cue.start])
        if not m and cue.cue.id in ("os_alive", "pfs_no_progression"):
            m = re.match(cues.TIMEPOINT_AFTER_VERB, self.norm[cue.end : cue.end + 10])
        if not m:
            return None
        n = _value(m.group(1))
        unit = {"个月": "M", "年": "Y", "周": "W"}[m.group(2)]
        return f"P{int(n)}{unit}" if n else None

    def _link(self, sentence, m: Mention, cs: list[CueHit], done: list[Link]) -> Link | None:
        norm = self.norm
        clause = _clause(norm, sentence, m.start)
        if m.kind == "percent":
            if _has(cues.NOT_A_RATE, norm[clause[0] : m.start]):
                return None
            if (
                m.bound in ("gt", "ge")
                and _AE_LISTING_THRESHOLD_BEFORE.search(norm, max(0, m.start - 12), m.start)
                and _AE_LISTING_THRESHOLD_AFTER.match(norm, m.end)
            ):
                return None  # "最常见的不良反应（≥20%）是…": which reactions are listed
            cue = self._nearest_left(cs, m, clause, "percent")
            if cue is None:
                cue = self._right(cs, m, clause, "percent")
            rose_by = _CHANGE_BY.search(norm, clause[0], m.start) is not None
            if cue is not None and cue.cue.metric != "cost_reduction" and rose_by:
                return None  # "一年存活率再提升10.4%": by how much the rate rose, not the rate
            if (
                cue is not None
                and cue.cue.metric == "success_rate"
                and _has(cues.NEGOTIATION, norm[sentence[0] : sentence[1]])
            ):
                return None  # "此轮国谈…总体成功率88%": how many drugs the talks admitted
            if cue is None and _REACHES.search(norm, max(sentence[0], m.start - 8), m.start):
                cue = self._changed_rate_cue(sentence, m, cs)  # "…再提升10.4%，达到87.5%": the rate now
            if cue is None and (compared := _COMPARED_WITH.search(norm, clause[0], m.start)):
                # "一年整体存活率为87.5%，…，也高于国际治疗成效77.1%": the same rate elsewhere, the
                # one the sentence named before
                earlier = [
                    c
                    for c in cs
                    if sentence[0] <= c.start and c.end <= clause[0] and "percent" in c.cue.kinds
                ]
                cue = earlier[-1] if earlier and compared.start() >= clause[0] else None
            grade = _grade(norm[(cue.end if cue and cue.end <= m.start else clause[0]) : m.start])
            if cue is None:
                # "CRS发生率为85.7%,其中3级及以上为9.5%": the grade of the figure before
                earlier = [x for x in done if x.sentence == sentence and x.mention.kind == "percent"]
                if grade and "其中" in norm[clause[0] : m.start] and earlier:
                    return replace(earlier[-1], mention=m, grade=grade, rule=earlier[-1].rule + ".grade")
                label = self._label_cue(sentence)
                if label is not None:
                    return Link(m, label.cue.metric, f"zh.{label.cue.id}.label", sentence, grade=grade)
                header = self._header_cue(m)
                if header is not None:
                    return Link(m, header.cue.metric, f"zh.{header.cue.id}.header", sentence, grade=grade)
                return None
            return Link(
                m, cue.cue.metric, f"zh.{cue.cue.id}", sentence, timepoint=self._timepoint(cue), grade=grade
            )
        if m.kind == "money":
            return self._money(sentence, m, cs, clause)
        if m.kind == "duration":
            return self._duration(sentence, m, cs, clause)
        if m.kind == "date":
            return self._approval(sentence, m, clause)
        if m.kind == "count":
            return self._count(sentence, m, cs, clause, done)
        return None

    def _label_cue(self, sentence) -> CueHit | None:
        """ "- 细胞因子释放综合征(CRS):" then "- 发生率超90%": a list line under a label line
        takes the label's metric."""
        line_start = self.norm.rfind("\n", 0, sentence[0]) + 1
        if line_start <= 1:
            return None
        previous_line = self.norm.rfind("\n", 0, line_start - 1) + 1
        label = self.norm[previous_line : line_start - 1].rstrip()
        if not label.endswith((":", "：")):
            return None
        found = [c for c in find_cues(self.norm, previous_line, line_start - 1) if "percent" in c.cue.kinds]
        return found[-1] if found else None

    # (a table's rows above a figure that its header may stand over: a bound, so that a page of
    # thousands of rows is not walked up once per figure)
    def _header_cue(self, m: Mention) -> CueHit | None:
        """A table row's figure under its column's header ("癌症类型 疗效响应率 主要限制" over
        "B细胞淋巴瘤 60%-80% 复发/难治性患者"): the header line is the nearest line above, in the same
        block of lines, with as many cells and no figure; its cell over the figure names one rate."""
        norm = self.norm
        line_start = norm.rfind("\n", max(0, m.start - MAX_ROW_CHARS), m.start) + 1
        line_end = norm.find("\n", m.start, m.start + MAX_ROW_CHARS)
        if (
            line_start == 0
            and m.start > MAX_ROW_CHARS
            or line_end < 0
            and len(norm) - m.start > MAX_ROW_CHARS
        ):
            return None  # a line this long is prose, not a table row
        row = _cells(norm, line_start, len(norm) if line_end < 0 else line_end)
        column = next((i for i, (a, b) in enumerate(row) if a <= m.start < b), None)
        if column is None or len(row) < 2:
            return None
        end = line_start - 1
        for _ in range(HEADER_REACH_LINES):
            if end <= 0:
                break
            start = norm.rfind("\n", 0, end) + 1
            line = norm[start:end]
            if not line.strip():
                return None  # a blank line ends the table
            cells = _cells(norm, start, end)
            if len(cells) != len(row):
                return None
            if not any(ch.isdigit() for ch in line):
                found = [c for c in find_cues(norm, *cells[column]) if "percent" in c.cue.kinds]
                return found[0] if len({c.cue.metric for c in found}) == 1 else None
            end = start - 1
        return None

    def _nearest_left(self, cs, m: Mention, clause, kind: str) -> CueHit | None:
        left = [c for c in cs if clause[0] <= c.start and c.end <= m.start and kind in c.cue.kinds]
        # a figure between a cue and this one took that cue
        between = [
            x for x in self.mentions if x.kind == m.kind and x.end <= m.start and not self._changes_into(x, m)
        ]
        if left:
            best = max(left, key=lambda c: (c.end, c.cue.rank))
            if any(best.end <= x.start for x in between if clause[0] <= x.start):
                return None
            return best
        return None

    def _changed_rate_cue(self, sentence, m: Mention, cs: list[CueHit]) -> CueHit | None:
        """The cue of the rate whose rise the figure before this one gave ("一年存活率再提升10.4%，
        达到87.5%": 87.5% is that rate now)."""
        before = [
            x for x in self.mentions if x.kind == "percent" and sentence[0] <= x.start and x.end <= m.start
        ]
        if not before:
            return None
        change = before[-1]
        clause = _clause(self.norm, sentence, change.start)
        if not _CHANGE_BY.search(self.norm, clause[0], change.start):
            return None
        cue = self._nearest_left(cs, change, clause, "percent")
        if cue is None and _ALSO.search(self.norm, clause[0], change.start):
            # "…一年存活率再提升10.4%，达到87.5%；淋巴瘤患者亦增加16%，攀升至64.2%": "亦" (also) says
            # the rate is the one the clause before named
            # (a semicolon may have closed the sentence before: its clauses count too)
            start = sentence[0]
            i = self.sentence_index.get(sentence, 0)
            if i and self.norm[max(0, sentence[0] - 4) : sentence[0]].rstrip().endswith((";", "；")):
                start = self.sentences[i - 1][0]
            earlier = [
                c for c in self.cues if start <= c.start and c.end <= clause[0] and "percent" in c.cue.kinds
            ]
            cue = earlier[-1] if earlier else None
        return cue

    def _changes_into(self, before: Mention, after: Mention) -> bool:
        """ "由40%提高到54%": `after` is what `before` changed into."""
        norm = self.norm
        return (
            _CHANGE_FROM.search(norm, max(0, before.start - 2), before.start) is not None
            and _CHANGE_TO.fullmatch(norm, before.end, after.start) is not None
        )

    def _right(self, cs, m: Mention, clause, kind: str) -> CueHit | None:
        tail = self.norm[m.end : clause[1]]
        # ("约30%的人会出现骨质疏松、糖尿病等严重副作用": who, a modal, then named examples closed by 等)
        reach = _RIGHT_REACH.match(tail)
        limit = m.end + (reach.end() if reach else 0) + 8
        right = [c for c in cs if m.end <= c.start <= limit and c.end <= clause[1] and kind in c.cue.kinds]
        return min(right, key=lambda c: c.start) if right else None

    def _money(self, sentence, m: Mention, cs, clause) -> Link | None:
        norm = self.norm
        near = norm[max(sentence[0], min(clause[0], m.start - 12)) : min(sentence[1], m.end + 6)]
        amount = max(m.low or 0, m.high or 0)
        if _has(cues.PER_DAY_BEFORE, norm[max(sentence[0], m.start - 8) : m.start]):
            return None  # "相当于每天不到400元": the price restated per day
        if _PER_PACK_BEFORE.search(norm, max(sentence[0], m.start - 20), m.start) or _PER_PACK_AFTER.match(
            norm, m.end
        ):
            return None  # "单盒价格从2.7万元降至6000元", "3.15万元/瓶": a pack of another drug
        if (
            _has(cues.NOT_A_PRICE, near)
            or _has(cues.NOT_A_PRICE_LIST, norm[sentence[0] : m.start])
            or (beyond_any_price(amount, m.unit) if m.unit in USD_PER_UNIT else amount > cues.MAX_PRICE)
        ):
            return None  # ("3.6亿韩元" is a price; "3.6亿元" a market or a revenue)
        span = norm[m.start : m.end]
        if _PER.search(span) or (
            (m.low or 0) >= 1e5 and _PER_BEFORE.search(norm, max(sentence[0], m.start - 4), m.start)
        ):
            return Link(m, "cost", "zh.price_per_dose", sentence)
        if span.endswith("级"):
            return Link(m, "cost", "zh.price_tier", sentence)
        prices = [c for c in cs if c.cue.metric == "cost" or c.cue.id == "price_cut"]  # "价格下降至99.9万元"
        before = [c for c in prices if sentence[0] <= c.end <= m.start]
        after = [c for c in prices if m.end <= c.start <= m.end + 12]
        if before or after:
            cue = (before[-1] if before else after[0]).cue
            return Link(m, "cost", f"zh.{cue.id}", sentence)
        if (m.low or 0) >= 1e5 and _has(cues.CART_WORDS, norm[sentence[0] : sentence[1]]):
            return Link(m, "cost", "zh.price_cart", sentence)
        return None

    def _duration(self, sentence, m: Mention, cs, clause) -> Link | None:
        norm = self.norm
        if (
            "中位" not in norm[clause[0] : m.end]
            and "中位" not in norm[max(sentence[0], m.start - 12) : m.start]
            and not _M_MEDIAN.search(norm, clause[0], m.start)
        ):
            return None  # a range of follow-up or of times, not a median outcome
        left = [c for c in cs if sentence[0] <= c.start and c.end <= m.start and "duration" in c.cue.kinds]
        if not left:
            return None
        cue = left[-1]
        between = norm[cue.end : m.start]
        if "随访" in between or any(
            x.kind == "duration"
            and cue.end <= x.start < m.start
            and "中位" in norm[_clause(norm, sentence, x.start)[0] : x.end]
            for x in self.mentions
        ):
            return None
        return Link(m, cue.cue.metric, f"zh.{cue.cue.id}.median", sentence, statistic="median")

    def _approval(self, sentence, m: Mention, clause) -> Link | None:
        norm = self.norm
        after = norm[m.end : min(sentence[1], m.end + 30)]
        before = norm[max(sentence[0], m.start - 12) : m.start]
        later = re.search(cues.APPROVAL_WORDS, after)
        if later is None and re.search(rf"(?:{cues.APPROVAL_WORDS})$", before) is None:
            return None
        gap = after[: later.start()] if later else ""
        if _has(cues.NOT_APPROVAL, norm[max(sentence[0], m.start - 4) : m.start] + gap):
            return None
        text = norm[sentence[0] : sentence[1]]
        if not (_has(cues.CART_WORDS, text) or _names(text) or self._named_before(sentence, text)):
            return None
        return Link(m, "approval", "zh.approved", sentence)

    def _named_before(self, sentence: tuple[int, int], text: str) -> bool:
        """ "该疗法于2023年6月30日获批上市": "this therapy" names the CAR-T product or therapy of
        the sentences just before it, in its paragraph."""
        if not _has(cues.THIS_PRODUCT, text):
            return False
        index = bisect.bisect_left(self.sentences, sentence)
        for earlier in reversed(self.sentences[max(0, index - 2) : index]):
            if "\n\n" in self.norm[earlier[1] : sentence[0]]:
                break  # another paragraph's
            words = self.norm[earlier[0] : earlier[1]]
            if _has(cues.CART_WORDS, words) or _names(words):
                return True
        return False

    def _count(self, sentence, m: Mention, cs, clause, done: list[Link]) -> Link | None:
        norm, c = self.norm, m.classifier
        ahead = norm[m.end : min(sentence[1], m.end + 25)]
        ahead_clause = norm[m.end : clause[1]]
        before = norm[max(sentence[0], m.start - 6) : m.start]
        if re.search(cues.DEMONSTRATIVE_BEFORE, before):
            return None
        text = norm[sentence[0] : sentence[1]]
        wide_before = norm[max(clause[0], m.start - 16) : m.start]
        if c in ("项", "个") and re.search(cues.TRIALS_TOLD_FIRST, wide_before):
            # "CAR-T临床试验数量已超过500项"; "…CAR-T技术… 。目前国内也已注册相关临床试验300余项": the
            # trials "related" to the CAR-T of the sentence before
            related = re.search(cues.RELATED_TRIALS_TOLD_FIRST, wide_before) is not None
            context = norm[self._previous_start(sentence) : sentence[1]] if related else text
            if _has(cues.CART_WORDS, context):
                return Link(m, "trial_count", "zh.count_trials.noun_first", sentence)
        if c in ("款", "个", "种") and re.search(cues.PRODUCTS_TOLD_FIRST, wide_before):
            return Link(m, "product_count", "zh.count_products.noun_first", sentence)  # "…CAR-T产品已达7款"
        if c in ("款", "个", "种", "项"):
            # (not "765个CGT产品的临床试验申请": applications to start trials, none run yet)
            trial = re.match(rf"[^,。;]{{0,22}}?(?:{cues.TRIAL_NOUN})(?!申请|许可|批件)", ahead)
            if c in ("项", "个") and trial and _has(cues.CART_WORDS, text):
                return Link(m, "trial_count", "zh.count_trials", sentence)
            product = re.match(rf"(?:{cues.PRODUCT_GAP})*(?:{cues.PRODUCT_NOUN})", ahead_clause)
            if _has(cues.NOT_APPROVED_YET, norm[clause[0] : clause[1]]):
                product = None  # "8个产品处于临床研发阶段": a pipeline, not approved products
            if product and not _has(cues.NOT_CART_PRODUCTS, product.group(0)):
                context = norm[self._previous_start(sentence) : sentence[1]]
                if _has(cues.CART_WORDS, product.group(0)) or _has(cues.CART_WORDS, context):
                    return Link(m, "product_count", "zh.count_products", sentence)
        if c in cues.PERSON_CLASSIFIERS and not m.parenthesised:
            # ("共有156名CLDN18.2阳性的晚期胃癌或胃食管结合部癌患者": who they are, at length)
            patient = re.match(rf"[^,。;]{{0,30}}?(?:{cues.PATIENT_NOUN})", ahead_clause)
            if patient and _DIED.match(ahead_clause, patient.end()):
                return None  # "3例患儿死亡": the deaths of a case series, no cohort
            if patient and _LAB_FINDING_IN_PATIENTS.match(ahead_clause, patient.end()):
                return None  # "5名患者…仍能检测到CAR-T细胞": the patients a lab finding was made in
            if patient and (every := _ALL_OF_THEM.match(ahead_clause, patient.end())):
                # "5名受试患者均实现完全缓解": every one of them had the outcome, a share of 100%
                had = [
                    x
                    for x in cs
                    if m.end + every.end() <= x.start
                    and _GRADE_GAP.fullmatch(norm, m.end + every.end(), x.start)
                    and x.end <= clause[1]
                    and "outcome_count" in x.cue.kinds
                ]
                if had and m.low is not None:
                    return Link(
                        m,
                        had[0].cue.metric,
                        f"zh.{had[0].cue.id}.all_of_them",
                        sentence,
                        low=100.0,
                        numerator=m.low,
                        denominator=m.low,
                        grade=_grade(norm[m.end : had[0].start]),
                    )
            if patient and (
                _HAD_EVENT.match(ahead_clause, patient.end())
                or self._outcome_named_after(m, patient.end(), cs, clause)
            ):
                # "3例患者出现3级CRS", "其中10名患者达到完全缓解": the patients an event or outcome
                # was seen in, its count (a share of the cohort named before, if one is), not a
                # cohort ("11例患儿出现血流动力学不稳": an event no metric names; no claim)
                return self._outcome_count(sentence, m, cs, clause) or self._event_count(
                    sentence, m, cs, clause
                )
            # ("可评估的患者有19个": the patients named right before; not the generic 个 after a verb
            # of treating: "每线治疗至少有1个完整治疗周期", one cycle of each line of treatment)
            told = re.search(rf"(?:{cues.PATIENT_NOUN})(?:有|共|为|达|计)?$", before) or (
                c != "个"
                and (re.search(cues.TREATED_BEFORE, before) or re.match(cues.PAID_FOR_AFTER, ahead_clause))
            )
            if (patient or told) and _FORECAST_BEFORE.search(norm, clause[0], m.start):
                return None  # "预料首年度有一千名公立医院病人受惠": a forecast, no cohort treated
            if patient or told:
                said = norm[m.start : m.end] + (patient.group(0) if patient else "")
                paragraph = self._paragraph_start(m.start)
                if any(
                    link.metric == "patient_count"
                    and link.mention.start >= paragraph
                    and norm[link.mention.start : link.mention.end] == norm[m.start : m.end]
                    and said.endswith(("患者", "患儿"))
                    for link in done
                ):
                    return None  # "10例患者", "14例患儿" said again in the same paragraph
                return Link(m, "patient_count", "zh.count_patients", sentence)
        if c in ("例", "例次", "名", "位", "人") and not m.parenthesised:
            return self._outcome_count(sentence, m, cs, clause)
        return None

    def _outcome_named_after(self, m: Mention, patient_end: int, cs, clause) -> bool:
        """Whether an outcome's cue follows the patients counted, with a few words and no figure
        between ("10名患者达到完全缓解", "39名患者的微小残留病灶(MRD)呈阴性")."""
        start = m.end + patient_end
        gap = _OUTCOME_AFTER_PATIENTS.match(self.norm, start, clause[1])
        limit = gap.end() if gap else start
        return any(
            start <= x.start <= limit and x.end <= clause[1] and "outcome_count" in x.cue.kinds for x in cs
        )

    def _event_count(self, sentence, m: Mention, cs, clause) -> Link | None:
        """The count of patients with the event the clause names after them, with no cohort."""
        after = [x for x in cs if m.end <= x.start and x.end <= clause[1] and "outcome_count" in x.cue.kinds]
        if not after:
            return None
        cue = after[0]
        grade = _grade(self.norm[m.end : cue.start])
        return Link(m, cue.cue.metric, f"zh.{cue.cue.id}.count", sentence, grade=grade)

    def _outcome_count(self, sentence, m: Mention, cs, clause) -> Link | None:
        """ "10例中,死于复发者3例": a count after (or before) an outcome word, as a share of the
        cohort named last before it ("N例…中", "N例患者", "N例次…中")."""
        inside = [
            x for x in cs if clause[0] <= x.start and x.end <= clause[1] and "outcome_count" in x.cue.kinds
        ]
        if not inside:
            return None
        cue = max(inside, key=lambda x: (x.cue.rank, -abs(x.start - m.start)))
        per_treatment = m.classifier == "例次"
        cohort = None
        # (the cohort in figures or in words: "12名患者中", "十二名患者中")
        size = rf"({_AR}|{_ZN})"
        pattern = re.compile(rf"{size}\s*例次" if per_treatment else rf"{size}\s*(?:例|名|位)(?!次)")
        lo = self._paragraph_start(m.start)
        for found in pattern.finditer(self.norm, lo, m.start):
            rest = self.norm[found.end() : found.end() + 30]
            # (not "11例患儿出现血流动力学不稳": the patients an event was seen in)
            if re.match(r"[^,。;]{0,24}?(?:中|患者|患儿)(?!\s*(?:出现|发生|经历|死亡|病故|去世))", rest):
                cohort = _value(found.group(1))
        if not cohort or m.low is None or m.low > cohort:
            return None
        share = round(100 * m.low / cohort, 1)
        if any(
            x.kind == "percent" and x.low is not None and abs(x.low - share) < 0.15
            for x in self.mentions
            if sentence[0] <= x.start < sentence[1]
        ):
            return None  # "深度缓解达84.6%:11人达到…": the share is stated already
        return Link(
            m,
            cue.cue.metric,
            f"zh.{cue.cue.id}.of_cohort",
            sentence,
            low=share,
            numerator=m.low,
            denominator=cohort,
        )

    def _previous_start(self, sentence) -> int:
        i = self.sentence_index[sentence]
        return self.sentences[i - 1][0] if i else sentence[0]

    def _paragraph_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1


# --- attribution ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = dict(CJK_INN)
    for p in PRODUCTS:
        for alias in (p.inn, *p.aliases):
            if not _CJK.search(alias) and len(alias) >= 4:
                names[alias.lower()] = p.inn
    ordered = sorted(names, key=len, reverse=True)
    parts = [re.escape(n) if _CJK.search(n) else rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])" for n in ordered]
    return re.compile("|".join(parts), re.IGNORECASE), names


def _names(text: str) -> list[tuple[int, int, str]]:
    pattern, names = _name_pattern()
    return [
        (m.start(), m.end(), names.get(m.group(0)) or names[m.group(0).lower()])
        for m in pattern.finditer(text)
    ]


@lru_cache(maxsize=1)
def _indication_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<i{i}>{p})" for i, (p, _) in enumerate(cues.INDICATIONS)))


@lru_cache(maxsize=1)
def _region_pattern() -> tuple[re.Pattern[str], list[str | None]]:
    values = [value for _, value in cues.REGIONS]
    return re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(cues.REGIONS))), values


def _indications(text: str, base: int = 0) -> list[tuple[int, str, int]]:
    """(start, indication, end) of each indication named in `text` (offsets + `base`)."""
    return [
        (base + m.start(), cues.INDICATIONS[int(m.lastgroup[1:])][1], base + m.end())  # type: ignore[index]
        for m in _indication_pattern().finditer(text)
    ]


def _regions(text: str, base: int = 0, local: bool = False) -> list[tuple[int, str | None, int]]:
    """(start, region or None for "elsewhere", end) of each place named in `text`; on a Taiwanese
    or Hong Kong page (`local`) "我国" and "国内" are that place, outside the list."""
    pattern, values = _region_pattern()
    found = [
        (base + m.start(), values[int(m.lastgroup[1:])], base + m.end())  # type: ignore[index]
        for m in pattern.finditer(text)
    ]
    return [(a, None, b) if v == "China" else (a, v, b) for a, v, b in found] if local else found


@dataclass(frozen=True, slots=True)
class Who:
    product: str | None = None
    indication: str | None = None
    region: str | None = None
    population: str | None = None
    origins: tuple[tuple[str, Origin], ...] = ()  # (field, where its value came from)


class _Attributor:
    def __init__(self, text: str, norm: str, sentences: list[tuple[int, int]]):
        self.text, self.norm, self.sentences = text, norm, sentences
        self.sentence_index = {sentence: i for i, sentence in enumerate(sentences)}
        self.respective: dict[int, tuple[int, int, str]] = {}  # id(link): the product 分别 gives it
        first_line_end = norm.find("\n")
        opening = sentences[0] if sentences else (0, 0)
        topic_end = max(opening[1], first_line_end if first_line_end > 0 else 0)
        head = norm[:topic_end]
        opening = _names(norm[: max(topic_end, self._first_paragraph_end())])
        heads = {inn for _, _, inn in opening}
        named = _names(norm)
        every = Counter(inn for _, _, inn in named)
        # a product the opening does not name is the topic only when the body names it more than
        # once: one named in a closing example ("某教师使用阿基仑赛") is not what the article is about
        self.topic_product = (
            next(iter(heads))
            if len(heads) == 1
            else (next(iter(every)) if len(every) == 1 and every.most_common(1)[0][1] > 1 else None)
        )
        # the words that name each topic value (the card links to them)
        self.topic_spans: dict[str, tuple[int, int]] = {}
        if self.topic_product is not None:
            first = next(n for n in (opening if heads else named) if n[2] == self.topic_product)
            self.topic_spans["product"] = (first[0], first[1])
        found = _indications(head)
        self.topic_indication = found[0][1] if found else None
        if found:
            self.topic_spans["indication"] = (found[0][0], found[0][2])
        self.local = _local_dollar(norm) is not None
        # (a Taiwanese or Hong Kong page is about a place outside the list, whatever others it names)
        places = [] if self.local else [r for r in _regions(norm) if r[1] is not None]
        counts = Counter(v for _, v, _ in places)
        if counts:
            best = max(counts.values())
            leaders = [r for r, n in counts.items() if n == best]
            self.topic_region = "China" if "China" in leaders else leaders[0]
            first_place = next(r for r in places if r[1] == self.topic_region)
            self.topic_spans["region"] = (first_place[0], first_place[2])
        else:
            self.topic_region = None

    def _first_paragraph_end(self) -> int:
        lines = [m for m in re.finditer(r"[^\n]+", self.norm) if len(m.group(0).strip()) > 30]
        return lines[0].end() if lines else 0

    def respective_products(self, links: list[Link]) -> None:
        """ "Yescarta和Kymriah定价分别为268万与342万元": the i-th figure after 分别 is the i-th of
        as many products named, joined, before it (kept per link for `who`)."""
        by_sentence: dict[tuple[int, int], list[Link]] = {}
        for link in links:
            by_sentence.setdefault(link.sentence, []).append(link)
        for (lo, hi), found in by_sentence.items():
            where = self.norm.find(_RESPECTIVELY, lo, hi)
            if where < 0:
                continue
            run = _joined_products(self.norm, lo, where)
            figures = sorted({link.mention.start for link in found if link.mention.start > where})
            if len(run) < 2 or len(run) != len(figures):
                continue
            for link in found:
                if link.mention.start in figures:
                    self.respective[id(link)] = run[figures.index(link.mention.start)]

    def who(self, link: Link) -> Who:
        norm = self.norm
        lo, hi = link.sentence
        m = link.mention
        sentence = norm[lo:hi]
        metric = link.metric
        comparator = _has(cues.COMPARATOR, sentence)
        i = self.sentence_index[link.sentence]
        previous = [
            self.sentences[j]
            for j in (i - 1, i - 2)
            if j >= 0 and self._same_paragraph(self.sentences[j], link.sentence)
        ]
        origins: dict[str, Origin] = {}
        # product
        product = None
        if id(link) in self.respective:
            start, end, product = self.respective[id(link)]
            origins["product"] = Origin("sentence", start, end)
        elif not comparator and metric not in ("product_count", "trial_count"):
            product, origin = self._product(link, previous)
            if origin is not None:
                origins["product"] = origin
        # indication
        clause = _clause(norm, link.sentence, m.start)
        found = _indications(sentence, lo)
        own = [f for f in found if clause[0] <= f[0] < clause[1]]
        indication = None
        if found:
            hit = _nearest(own or found, m.start)
            first, last, indication = _listed(norm, own or found, hit)
            origins["indication"] = Origin("sentence", first, last)
        if indication is None and not comparator and metric != "cost":  # a price is the product's
            for p in previous:  # the two sentences before, in the same paragraph (CLAIMS.md 4, level 2)
                got = _indications(norm[p[0] : p[1]], p[0])
                if got:
                    indication, origins["indication"] = (
                        got[-1][1],
                        Origin("paragraph", got[-1][0], got[-1][2]),
                    )
                    break
                if norm[p[0] : p[1]].rstrip().endswith((":", "：")):
                    break  # a heading ("细胞因子释放综合征(CRS):") opens the claim's section
        if (
            indication is None
            and not comparator
            and metric not in ("cost", "cost_reduction", "product_count", "trial_count")
        ):
            indication = self.topic_indication
            self._topic_origin(origins, "indication", indication)
        # region
        region = None
        if not comparator:
            here = _regions(sentence, lo, self.local)
            own_region = [r for r in here if clause[0] <= r[0] < clause[1]]
            left_region = [r for r in here if r[0] < m.start]
            right_region = [r for r in here if r[0] >= m.end]
            if metric == "approval" and right_region:
                hit = right_region[0]  # "2017年8月,美国食品和药物管理局批准…": who approved
                region, origins["region"] = hit[1], Origin("sentence", hit[0], hit[2])
            elif own_region or left_region:
                hit = _nearest(own_region or left_region, m.start)
                region, origins["region"] = hit[1], Origin("sentence", hit[0], hit[2])
            elif metric == "cost" and m.unit == "CNY":
                region, origins["region"] = "China", Origin("currency", m.start, m.end)
            else:
                for p in previous:
                    got = _regions(norm[p[0] : p[1]], p[0], self.local)
                    if got:
                        # the sentence's frame: "全球范围内有5款…，包括…美国…"
                        region, origins["region"] = got[0][1], Origin("paragraph", got[0][0], got[0][2])
                        break
                else:
                    region = self.topic_region
                    self._topic_origin(origins, "region", region)
        population = None
        # the population the claim's own clause names, else the nearest before it, else the
        # first after ("儿童…80%到90%，而成人…患者的完全缓解率通常在50%到60%左右": each its own)
        said = sorted(
            (lo + hit.start(), value, lo + hit.end())
            for pattern, value in cues.POPULATIONS
            for hit in re.finditer(pattern, sentence)
        )
        own = [h for h in said if clause[0] <= h[0] < clause[1] and h[0] < m.start]
        left = [h for h in said if h[0] < m.start]
        chosen = (own or left or said[:1] or [None])[-1]
        if chosen is not None:
            population, origins["population"] = chosen[1], Origin("sentence", chosen[0], chosen[2])
        values = {"product": product, "indication": indication, "region": region, "population": population}
        kept = tuple(
            (f, origins[f])
            for f in ("product", "indication", "region", "population")
            if values[f] and f in origins
        )
        return Who(product, indication, region, population, kept)

    def _topic_origin(self, origins: dict[str, Origin], field_name: str, value: str | None) -> None:
        span = self.topic_spans.get(field_name)
        if value is not None and span is not None:
            origins[field_name] = Origin("topic", *span)
        else:
            origins.pop(field_name, None)

    def _same_paragraph(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        return "\n\n" not in self.norm[a[1] : b[0]]

    def _product(self, link: Link, previous) -> tuple[str | None, Origin | None]:
        """The product and the words that name it."""
        norm, m = self.norm, link.mention
        lo, hi = link.sentence
        if link.metric == "approval" and not _names(norm[lo:hi]) and _has(cues.SEVERAL_APPROVED, norm[lo:hi]):
            return None, None  # "首批两款CAR-T产品获批": an approval of several products
        names = [(s + lo, e + lo, inn) for s, e, inn in _names(norm[lo:hi])]
        if names:
            left = [n for n in names if n[1] <= m.start]
            if link.metric == "approval":
                clause = _clause(norm, link.sentence, m.start)
                near = [n for n in names if clause[0] <= n[0] and n[1] <= clause[1]]
                if len({n[2] for n in near}) == 1:
                    return near[0][2], Origin("sentence", near[0][0], near[0][1])
            if left:
                name = left[-1]
                if _has(cues.SEVERAL, norm[name[1] : m.start]):
                    return None, None
                return name[2], Origin("sentence", name[0], name[1])
            if len({n[2] for n in names}) == 1:
                return names[0][2], Origin("sentence", names[0][0], names[0][1])
            return None, None
        if _has(cues.SEVERAL, norm[max(lo, m.start - 12) : m.start]) or _has(
            cues.SEVERAL_APPROVED, norm[lo : m.start]
        ):
            # "共有8款CAR-T产品获批上市，一针定价大多高达百万元": the sentence is about several
            return None, None
        if _has(cues.OTHER_TREATMENT, norm[lo:hi]):
            return None, None  # "基础层则是PD-1/PD-L1抑制剂，国产药物年费用约3-10万元": another treatment's
        if (lo == 0 or norm[lo - 1] == "\n") and _has(cues.ITEM_LABEL, norm[lo:hi]):
            previous = []  # "居民医保+惠民保：…医保报48万": a list item of its own
        for p in previous[:1]:
            got = [(s + p[0], e + p[0], inn) for s, e, inn in _names(norm[p[0] : p[1]])]
            if len({inn for _, _, inn in got}) == 1:
                return got[0][2], Origin("paragraph", got[0][0], got[0][1])
            if got:
                return None, None
        span = self.topic_spans.get("product")
        return self.topic_product, (Origin("topic", *span) if span and self.topic_product else None)


# "Yescarta和Kymriah", "奕凯达、倍诺达与卡卫荻": product names joined in one list
_PRODUCTS_JOINED = re.compile(r"\s*(?:、|，|,|和|及|与|以及|/)\s*")


def _joined_products(norm: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The last run of product names joined in one list in norm[lo:hi], each a different product
    (absolute spans and INNs); [] when a product is named twice."""
    names = [(s + lo, e + lo, inn) for s, e, inn in _names(norm[lo:hi])]
    run = names[-1:]
    for name in reversed(names[:-1]):
        if not _PRODUCTS_JOINED.fullmatch(norm, name[1], run[0][0]):
            break
        run.insert(0, name)
    return run if len({inn for _, _, inn in run}) == len(run) else []


# "白血病、淋巴瘤和多发性骨髓瘤": names joined in one list
_LIST_JOIN = re.compile(
    r"\s*(?:、|，|,|和|及|与|以及|或|/)\s*"
    # "白血病、淋巴瘤和多发性骨髓瘤": a member that names no value of its own between two
    r"(?:(?:淋巴瘤|白血病|骨髓瘤|血液肿瘤|血液瘤)\s*(?:、|，|,|和|及|与|以及|或|/)\s*)?"
)


def _listed(
    norm: str, found: list[tuple[int, str | None, int]], hit: tuple[int, str | None, int]
) -> tuple[int, int, str | None]:
    """The span and value a hit stands for: a hit in a list of names stands for the whole list,
    and its value is the list's covering one (or None when nothing covers it, CLAIMS.md 4)."""
    i = found.index(hit)
    lo = hi = i
    while lo > 0 and _LIST_JOIN.fullmatch(norm, found[lo - 1][2], found[lo][0]):
        lo -= 1
    while hi + 1 < len(found) and _LIST_JOIN.fullmatch(norm, found[hi][2], found[hi + 1][0]):
        hi += 1
    values = {f[1] for f in found[lo : hi + 1] if f[1] is not None}
    if len(values) <= 1:
        return hit[0], hit[2], hit[1]
    return found[lo][0], found[hi][2], covering("indication", values)


def _nearest(found: list[tuple[int, str | None, int]], pos: int) -> tuple[int, str | None, int]:
    """The hit nearest before `pos`, else the nearest after it."""
    left = [f for f in found if f[0] <= pos]
    return left[-1] if left else min(found, key=lambda f: abs(f[0] - pos))


# --- the ledger's claims -------------------------------------------------------------------------

_DATELINE = re.compile(r"(?:更新时间|发布时间|发布日期|日期|时间)\s*[:：]\s*((?:19|20)\d{2})")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年|((?:19|20)\d{2})-\d{1,2}-\d{1,2}")


def document_year(norm: str) -> int | None:
    """The year "今年" means: the dateline's, else the latest year the article names."""
    dateline = _DATELINE.search(norm[:600])
    if dateline:
        return int(dateline.group(1))
    years = [int(a or b) for a, b in _YEAR.findall(norm)]
    return max(years) if years else None


def claims(text: str, spans: list[tuple[int, int]], sha256: str, line_starts: list[int]) -> list[Claim]:
    """The claims of the Chinese spans of one document."""
    import bisect

    norm = simplified(text.translate(cues.FULL_WIDTH))  # a traditional page read as simplified
    year = document_year(norm)
    has_dateline = _DATELINE.search(norm[:600]) is not None
    out: dict[tuple[int, int, str], Claim] = {}
    for span in spans:
        reader = _Reader(text, norm, span, year if has_dateline else None)
        # "今年"/"去年" always take the article's year; a bare "6月23日" only a dateline's
        if not has_dateline and year is not None:
            reader.mentions = _relative_dates(norm, reader.mentions, span, year)
        attributor = _Attributor(text, norm, reader.sentences)
        links = reader.links()
        attributor.respective_products(links)
        for link in links:
            m = link.mention
            who = attributor.who(link)
            line = bisect.bisect_right(line_starts, m.start) - 1
            key = (m.start, m.end, link.metric)
            if key in out:
                continue
            try:
                value = _claim_value(link)
                out[key] = Claim(
                    id=claim_id(sha256, __version__, m.start, m.end, link.metric),
                    metric=link.metric,
                    text=text[m.start : m.end],
                    start=m.start,
                    end=m.end,
                    line=line + 1,
                    column=m.start - line_starts[line] + 1,
                    sentence=text[link.sentence[0] : link.sentence[1]].strip()[:1000],
                    value=value,
                    approx=value.bound == "approx" or m.bound == "approx",
                    hedge=m.hedge,
                    numerator=link.numerator if link.numerator is not None else m.numerator,
                    denominator=link.denominator if link.denominator is not None else m.denominator,
                    statistic=link.statistic,  # type: ignore[arg-type]
                    timepoint=link.timepoint,
                    grade=link.grade if link.metric in ("crs", "neurotoxicity", "adverse_event") else None,
                    product=who.product,
                    indication=who.indication,  # type: ignore[arg-type]
                    region=who.region,  # type: ignore[arg-type]
                    population=who.population,  # type: ignore[arg-type]
                    rule=link.rule,
                    attributed_from={
                        f: LedgerOrigin(level=o.level, start=o.start, end=o.end) for f, o in who.origins
                    },
                )
            except ValueError:
                continue  # one claim the rules made inconsistent, not a lost file
    return [out[k] for k in sorted(out)]


def _relative_dates(norm: str, mentions: list[Mention], span: tuple[int, int], year: int) -> list[Mention]:
    extra = []
    for m in _DATE.finditer(norm, *span):
        if m.group("rel") and not m.group("y"):
            date = _date(m, year)
            if date and not any(x.start == m.start() and x.kind == "date" for x in mentions):
                extra.append(Mention(m.start(), m.end(), "date", unit="date", date=date))
    return sorted([*mentions, *extra], key=lambda x: x.start)


def _claim_value(link: Link) -> Value:
    m = link.mention
    if link.metric == "approval":
        return Value(low=None, high=None, unit="date", bound="eq", date=m.date)
    if link.low is not None:
        return Value(low=link.low, high=link.low, unit="%", bound="eq")
    unit = m.unit
    low, high, bound = m.low, m.high, m.bound
    if low != high and low is not None and high is not None:
        bound = "range"  # "约50%-60%": a range, hedged (the claim's approx says so)
    elif bound in ("gt", "ge"):
        high = None
    elif bound in ("lt", "le"):
        low = None
    return Value(low=low, high=high, unit=unit, bound=bound)  # type: ignore[arg-type]
