"""Articles written in Chinese (CLAIMS.md section 6), on sentences of our own: language per
paragraph, the number scanner, each metric family in several genres (abstract, price news,
approval news, a doctor's Q&A, a hospital page, business news with no claim), attribution, and the
commands downstream (diff and check across a Chinese and an English article)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.extract import extract_text
from carclaims.zh import chinese_spans, zh_number

runner = CliRunner()


def claims_of(text: str):
    return extract_text(text).claims


def one(text: str, metric: str):
    found = [c for c in claims_of(text) if c.metric == metric]
    assert len(found) == 1, [(c.text, c.metric) for c in claims_of(text)]
    return found[0]


# --- language --------------------------------------------------------------------------------------


def test_the_chinese_reader_is_loaded_by_the_first_page_with_chinese_characters():
    """English pages, curly quotes and dashes included, never load `carclaims.zh` (its
    patterns are 0.02 s of every run's start); the first Chinese page does, and is read."""
    import subprocess
    import sys

    code = """
import sys
from carclaims.extract import extract_text
english = extract_text("The ORR was 82% \u2013 \u201cdurable\u201d \u00b1 5% at 12 months.").claims
print("carclaims.zh" in sys.modules, [c.metric for c in english])
chinese = extract_text("\u603b\u4f53\u7f13\u89e3\u7387\u4e3a93%\u3002").claims
print("carclaims.zh" in sys.modules, [c.metric for c in chinese])
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines() == ["False ['orr']", "True ['orr']"], done.stderr


def test_chinese_paragraphs_are_found_by_their_characters():
    english = "Kymriah costs $475,000 in the US."
    chinese = "奕凯达在国内的定价为120万元/针。"
    assert chinese_spans(english) == []
    assert chinese_spans(chinese) == [(0, len(chinese))]
    mixed = f"{english}\n\n{chinese}\n"
    assert chinese_spans(mixed) == [(len(english) + 2, len(english) + 2 + len(chinese))]
    # a Chinese paragraph with a Latin brand name is still Chinese
    assert chinese_spans("Yescarta(阿基仑赛注射液)在中国获批上市。") != []


def test_a_mixed_page_reads_each_paragraph_in_its_language():
    text = "In China, Yescarta costs RMB 1.2 million.\n\n奕凯达的客观缓解率为79%。\n"
    found = {(c.text, c.metric) for c in claims_of(text)}
    assert ("RMB 1.2 million", "cost") in found and ("79%", "orr") in found
    assert all(not c.rule.startswith("zh.") for c in claims_of(text) if c.text == "RMB 1.2 million")


# --- numbers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "value"), [("十二", 12), ("两", 2), ("一百二十", 120), ("五", 5), ("百万", 1e6), ("三十", 30)]
)
def test_chinese_numerals(word, value):
    assert zh_number(word) == value


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit", "bound"),
    [
        ("该产品定价为120万元/针。", "120万元/针", 1_200_000, 1_200_000, "CNY", "eq"),
        ("这款产品在美国的价格约为37.3万美元。", "约为37.3万美元", 373_000, 373_000, "USD", "approx"),
        ("这款产品在美国的价格是37.3万美元左右。", "37.3万美元左右", 373_000, 373_000, "USD", "approx"),
        (
            "该疗法的治疗费用超过1.2亿元的说法并不准确,实际定价为99.9万元。",
            "99.9万元",
            999_000,
            999_000,
            "CNY",
            "eq",
        ),
        ("临床试验阶段的治疗费用在3万-5万元之间。", "3万-5万元", 30_000, 50_000, "CNY", "range"),
        # the 万 written once, after the second end, is both ends'
        ("临床试验阶段的治疗费用约3-10万元。", "约3-10万元", 30_000, 100_000, "CNY", "range"),
        ("患者自付费用为30-40万元。", "30-40万元", 300_000, 400_000, "CNY", "range"),
        ("该疗法定价在100~130万元之间。", "100~130万元", 1_000_000, 1_300_000, "CNY", "range"),
        ("商业化产品的治疗费用需要100多万元。", "100多万元", 1_000_000, None, "CNY", "gt"),
        ("该产品的定价低于百万元。", "低于百万元", None, 1_000_000, "CNY", "lt"),
        (
            "此前百万元级的CAR-T治疗费用让许多家庭望而却步。",
            "百万元级",
            1_000_000,
            1_000_000,
            "CNY",
            "approx",
        ),
        ("该产品定价为１２０万元/针。", "１２０万元/针", 1_200_000, 1_200_000, "CNY", "eq"),  # full-width
        ("香港的治疗价格约为200万港元。", "约为200万港元", 2_000_000, 2_000_000, "HKD", "approx"),
        ("该疗法的费用为 120 万元 左右。", "120 万元 左右", 1_200_000, 1_200_000, "CNY", "approx"),
    ],
)
def test_money(text, span, low, high, unit, bound):
    costs = [c for c in claims_of(text) if c.metric == "cost"]
    assert len(costs) == 1
    claim = costs[0]
    assert claim.text == span and text[claim.start : claim.end] == span
    assert (claim.value.low, claim.value.high, claim.value.unit, claim.value.bound) == (
        low,
        high,
        unit,
        bound,
    )


@pytest.mark.parametrize(
    ("text", "metric", "low", "high", "bound"),
    [
        ("该研究的客观缓解率为94.7%。", "orr", 94.7, 94.7, "eq"),
        ("部分研究中完全缓解率超过50%。", "cr", 50, None, "gt"),
        ("患者的总有效率约80%。", "orr", 80, 80, "approx"),
        ("完全缓解率不到50%。", "cr", None, 50, "lt"),
        ("有效率高达100%。", "orr", None, 100, "le"),
        ("完全缓解率在80%以上。", "cr", 80, None, "ge"),
        ("约八成患者获得完全缓解。", "cr", 80, 80, "approx"),
        ("临床研究的总体有效率为73%~100%。", "orr", 73, 100, "range"),
        # a space around the number, as some sites set it
        ("其中 80% 以上的患者病情可以完全缓解。", "cr", 80, None, "ge"),
        ("该疗法的完全缓解率在 90% 以上。", "cr", 90, None, "ge"),
    ],
)
def test_rates_and_hedges(text, metric, low, high, bound):
    claim = one(text, metric)
    assert (claim.value.low, claim.value.high, claim.value.bound) == (low, high, bound)


# --- families, several genres -----------------------------------------------------------------------

ABSTRACT = (
    "目的 评估CD19 CAR-T细胞治疗复发/难治性弥漫大B细胞淋巴瘤的疗效。方法 回顾性分析在我院接受治疗的"
    "42例患者。结果 42例患者中,客观缓解率(ORR)为78.6%(33/42),完全缓解(CR)率为52.4%(22/42)。"
    "中位随访时间18个月,中位无进展生存期为11.2个月。1年总生存率为71.4%。细胞因子释放综合征发生率为"
    "85.7%,其中3级及以上为9.5%;免疫效应细胞相关神经毒性综合征发生率为11.9%。"
)


def test_an_abstract():
    got = {(c.text, c.metric): c for c in claims_of(ABSTRACT)}
    assert set(got) == {
        ("42例", "patient_count"),
        ("78.6%(33/42)", "orr"),
        ("52.4%(22/42)", "cr"),
        ("11.2个月", "pfs"),
        ("71.4%", "os"),
        ("85.7%", "crs"),
        ("9.5%", "crs"),
        ("11.9%", "neurotoxicity"),
    }
    orr = got[("78.6%(33/42)", "orr")]
    assert (orr.numerator, orr.denominator, orr.indication) == (33, 42, "LBCL")
    assert got[("11.2个月", "pfs")].statistic == "median"  # the follow-up's 18个月 is no claim
    assert got[("71.4%", "os")].timepoint == "P1Y"
    assert got[("9.5%", "crs")].grade == "≥3" and got[("85.7%", "crs")].grade is None


def test_counts_told_as_a_share_of_the_cohort():
    text = (
        "方法 12例复发难治急性B淋巴细胞白血病患者接受CAR-T细胞治疗。结果 其中9例完全缓解,2例部分缓解。"
        "20例次可评估的输注中,发生细胞因子释放综合征15例次。随访期间,12例中,死于复发者3例。"
    )
    got = {(c.text, c.metric): c for c in claims_of(text)}
    assert got[("9例", "cr")].value.low == 75.0 and got[("9例", "cr")].denominator == 12
    assert got[("15例次", "crs")].value.low == 75.0 and got[("15例次", "crs")].denominator == 20
    assert got[("3例", "relapse")].value.low == 25.0
    assert not any(c.text == "2例" for c in got.values())  # a partial response is no metric here


PRICE_NEWS = (
    "国内第6款CAR-T产品获批,定价约115万元/针\n\n"
    "记者从药企获悉,目前国内已有7款CAR-T产品获批上市,价格均在100万元以上。"
    "据了解,超过20个城市的惠民保已将CAR-T纳入特药目录,最高可赔付100万元。"
    "某市惠民保今年保费为89元/人,参保人数超过600万人。\n"
)


def test_price_and_insurance_news():
    got = {(c.text, c.metric) for c in claims_of(PRICE_NEWS)}
    assert ("约115万元/针", "cost") in got
    assert ("7款", "product_count") in got  # "第6款" is a rank, not a count
    # a payout, its cap with the cap's word ("最高可赔付": at most, bound le)
    assert ("100万元以上", "cost") in got and ("最高可赔付100万元", "cost") in got
    assert not any(t.startswith("第6款") or t.startswith("超过20个") for t, _ in got)  # cities
    assert not any(m == "cost" and "89" in t for t, m in got)  # a premium
    assert all(c.region == "China" for c in claims_of(PRICE_NEWS))


def test_business_news_has_no_claims():
    text = (
        "2023年,某公司实现营业收入约5亿元,其CAR-T产品全年销售额同比增长30%。另一家公司2023年收入"
        "1.74亿元,净亏损5.6亿元。CAR-T行业市场规模预计2030年将达到300亿元,公司完成新一轮融资2亿美元。"
    )
    assert claims_of(text) == []


def test_approval_news():
    text = (
        "2024年2月23日,国家药品监督管理局批准泽沃基奥仑赛注射液(商品名:赛恺泽)上市,用于治疗复发或难治性"
        "多发性骨髓瘤成人患者。这是我国批准的第5款CAR-T产品。该产品的上市申请于2022年10月被受理。"
    )
    approvals = [c for c in claims_of(text) if c.metric == "approval"]
    assert [(c.text, c.value.date, c.product, c.region, c.indication) for c in approvals] == [
        ("2024年2月23日", "2024-02-23", "zevorcabtagene autoleucel", "China", "MM")
    ]
    # "今年"/"去年" take the article's dateline
    dated = "更新时间:2022-06-22\n去年6月,国内首个获批上市的CAR-T细胞治疗产品上市。\n"
    assert [c.value.date for c in claims_of(dated) if c.metric == "approval"] == ["2021-06"]
    # an approval of some other drug in the same article is no CAR-T approval
    assert not [
        c
        for c in claims_of("两款降糖药均于6月18日获批上市。2024年共有5款新药获批。")
        if c.metric == "approval"
    ]


def test_a_doctors_answer():
    text = (
        "问:CAR-T治疗白血病的效果如何?\n答:对于复发难治的急性B淋巴细胞白血病,CAR-T的完全缓解率可达到"
        "80%-90%,但约有一半患者会在一年内复发。治疗费用一般在30万到50万元之间。\n"
    )
    got = {(c.text, c.metric): c for c in claims_of(text)}
    assert got[("80%-90%", "cr")].indication == "B-ALL"
    half = got[("约有一半", "relapse")]
    assert (half.value.low, half.value.bound) == (50, "approx")
    assert ("30万到50万元", "cost") in got


def test_a_hospital_page():
    text = "我院血液科自2018年开展CAR-T细胞治疗以来,已累计完成300余例,骨髓瘤患者的总有效率达95%。"
    got = {(c.text, c.metric): c for c in claims_of(text)}
    assert got[("300余例", "patient_count")].value.bound == "gt"
    assert got[("95%", "orr")].indication == "MM"


# --- attribution ------------------------------------------------------------------------------------


def test_products_by_their_chinese_names_and_brands():
    text = (
        "在这5款药物中,纳基奥仑赛注射液是唯一一款定价低于百万元的产品,价格为99.9万元/针,其余产品定价均超百万,"
        "其中瑞基奥仑赛注射液定价最高,达129万元/针。"
    )
    got = {c.text: c.product for c in claims_of(text)}
    assert got["99.9万元/针"] == "inaticabtagene autoleucel"
    assert got["129万元/针"] == "relmacabtagene autoleucel"
    assert got["超百万"] is None  # said of the other products
    assert "5款" not in got  # "这5款" restates the list


def test_regions():
    got = {
        c.text: c.region for c in claims_of("这款产品在国外的价格是37.3万美元左右,在国内会尽可能提升可及性。")
    }
    assert got == {"37.3万美元左右": None}
    text = "2017年8月,美国食品和药物管理局批准全球首个商业化CAR-T细胞产品,儿童患者完全缓解率达85%。"
    regions = {c.metric: c.region for c in claims_of(text)}
    assert regions == {"approval": "US", "cr": "US"}  # "全球首个" ranks, it places nothing
    assert one("随后国内外开展了大量CAR-T临床研究,总体有效率为73%~100%。", "orr").region == "global"


def test_a_conventional_treatments_figures_are_no_products():
    text = (
        "奕凯达上市一年。传统治疗手段对淋巴瘤效果不佳,一项汇总分析显示,患者的临床缓解率只有26%,"
        "中位总生存期仅6.3个月。"
    )
    for claim in claims_of(text):
        assert claim.product is None and claim.region is None


# --- downstream ------------------------------------------------------------------------------------

ZH_ARTICLE = (
    "阿基仑赛注射液(奕凯达)在国内的定价为120万元/针。\n\n"
    "在关键临床试验中,奕凯达治疗大B细胞淋巴瘤的客观缓解率为79%。\n"
)
EN_ARTICLE = (
    "In China, Yescarta (axicabtagene ciloleucel) is priced at RMB 1.2 million per infusion.\n\n"
    "In its pivotal study in large B-cell lymphoma, Yescarta had an objective response rate of {orr}%.\n"
)


def test_diff_pairs_a_chinese_and_an_english_article(tmp_path: Path):
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    zh.write_text(ZH_ARTICLE, "utf-8")
    en.write_text(EN_ARTICLE.format(orr=79), "utf-8")
    result = runner.invoke(app, ["diff", str(zh), str(en), "--json"])
    assert result.exit_code == 0, result.output
    import json

    pairs = json.loads(result.stdout)["pairs"]
    assert sorted((p["verdict"], p["a"]["metric"]) for p in pairs) == [("same", "cost"), ("same", "orr")]
    en.write_text(EN_ARTICLE.format(orr=91), "utf-8")
    result = runner.invoke(app, ["diff", str(zh), str(en), "--json"])
    assert result.exit_code == 1
    assert {p["verdict"] for p in json.loads(result.stdout)["pairs"]} == {"same", "conflict"}


def test_check_finds_the_conflict_between_them(tmp_path: Path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "zh.txt").write_text(ZH_ARTICLE, "utf-8")
    (corpus / "en.txt").write_text(EN_ARTICLE.format(orr=91), "utf-8")
    ledgers = tmp_path / "ledgers"
    assert runner.invoke(app, ["extract", str(corpus), "--out", str(ledgers)]).exit_code == 0
    result = runner.invoke(app, ["check", str(corpus), "--ledgers", str(ledgers), "--all-conflicts"])
    assert result.exit_code == 1
    conflicts = [line for line in result.stdout.splitlines() if "corpus-conflict" in line]
    assert conflicts and any("79" in line and "91" in line for line in conflicts)


def test_review_decisions_reattach_in_chinese_text(tmp_path: Path, monkeypatch):
    import json

    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "data" / "seeds"
    seeds.mkdir(parents=True)
    article = seeds / "zh.txt"
    article.write_text(ZH_ARTICLE, "utf-8")

    def extract() -> dict:
        result = runner.invoke(app, ["extract", "data/seeds", "--out", "data/extracted", "-q"])
        assert result.exit_code == 0, result.output
        return json.loads((tmp_path / "data" / "extracted" / "zh.json").read_text("utf-8"))

    def status() -> tuple[int, dict]:
        result = runner.invoke(app, ["review", "status", "data/seeds", "--json"])
        return result.exit_code, json.loads(result.stdout)["sources"][0]

    claims = {c["metric"]: c for c in extract()["claims"]}
    for verb, claim, extra in (
        ("accept", claims["cost"], []),
        ("reject", claims["orr"], ["--reason", "wrong-value"]),
    ):
        args = ["review", verb, "data/seeds/zh.txt", claim["id"], *extra, "--reviewer", "Test Reviewer"]
        assert runner.invoke(app, args).exit_code == 0
    article.write_text("编者按:本文更新于今年。\n\n" + ZH_ARTICLE, "utf-8")
    assert {c["id"] for c in extract()["claims"]}.isdisjoint({claims["cost"]["id"], claims["orr"]["id"]})
    code, row = status()
    assert code == 0 and (row["decisions"], row["attached"], row["orphaned"]) == (2, 2, 0)
    article.write_text(ZH_ARTICLE.split("\n\n")[0] + "\n", "utf-8")  # the ORR's sentence is gone
    extract()
    code, row = status()
    assert code == 1 and (row["decisions"], row["attached"], row["orphaned"]) == (2, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # products in development are no count of approved products
        ("公司8个产品处于临床研发阶段,4个处于临床前阶段。", []),
        ("该公司共有5款CAR-T产品在研,其中2款进入临床阶段。", []),
        # a price cut in percent, a payout, a threshold
        ("纳入目录后,该CAR-T产品价格下降了约40%。", [("约40%", "cost_reduction")]),
        ("患者自付仅需约30万元。", [("约30万元", "cost")]),
        # counts of people told by their verb
        ("研究共入组61例,其中男性35例。", [("61例", "patient_count")]),
        ("该产品已被纳入30多个省市的惠民保。", []),
        # 成 with a hedge after it
        ("CAR-T治疗复发难治性白血病的缓解率在八成以上。", [("八成以上", "orr")]),
    ],
)
def test_more_phrasings(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


def test_an_approval_of_several_products_names_none():
    text = "自2017年首批两款CAR-T产品获批以来,全球市场迅速扩张。2021年6月22日,NMPA批准阿基仑赛注射液上市。"
    approvals = {c.text: c.product for c in claims_of(text) if c.metric == "approval"}
    assert approvals == {"2017年": None, "2021年6月22日": "axicabtagene ciloleucel"}


# --- where attribution came from (issue 24) ---------------------------------------------------------


def _origins(text: str, claim) -> dict[str, tuple[str, str]]:
    return {f: (o.level, text[o.start : o.end]) for f, o in claim.attributed_from.items()}


def test_chinese_claims_record_where_each_field_came_from():
    text = (
        "阿基仑赛注射液在中国获批用于治疗大B细胞淋巴瘤。\n\n"
        "该产品每针定价129万元。\n\n"
        "在一项研究中，复发难治性多发性骨髓瘤患者的总缓解率为88%。\n"
    )
    price = one(text, "cost")
    got = _origins(text, price)
    assert got["region"] == ("currency", "129万元")
    assert got["product"] == ("topic", "阿基仑赛注射液")
    response = one(text, "orr")
    assert _origins(text, response)["indication"] == ("sentence", "多发性骨髓瘤")
    assert set(response.attributed_from) == {
        f for f in ("product", "indication", "region", "population") if getattr(response, f)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price news: "上百万" is upwards of a million, not a million
        ("上百万一针的CAR-T降价了。", [("上百万一针", 1000000, None, "gt")]),
        ("更不用说高达上百万元的治疗费用,将大多数患者拒之门外。", [("上百万元", 1000000, None, "gt")]),
        ("该院已为上千例患者完成了细胞治疗。", [("上千例", 1000, None, "gt")]),
        # "以上" follows its figure; a plain "百万元" is a million
        ("一针定价大多高达百万元。", [("高达百万元", None, 1000000, "le")]),
    ],
)
def test_upwards_of_a_round_magnitude(text, expected):
    assert [(c.text, c.value.low, c.value.high, c.value.bound) for c in claims_of(text)] == expected


def test_makers_from_home_and_abroad_place_no_figure():
    # hospital news: "国内外不同厂家" says where the makers are from; the yuan price is China's
    text = "随着国内外不同厂家的多款产品上市,CAR-T疗法的价格已降至目前的50万到90万左右。"
    assert [(c.text, c.region) for c in claims_of(text)] == [("50万到90万左右", "China")]
    # research at home and abroad still is global
    assert one("随后国内外开展了大量CAR-T临床研究,总体有效率为73%~100%。", "orr").region == "global"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # science news and insurance explainers: diseases listed together give their covering one
        ("目前国内已有6款CAR-T产品上市,主要用于白血病和多发性骨髓瘤。", "hematologic malignancies"),
        ("该产品获批用于大B细胞淋巴瘤、滤泡性淋巴瘤及套细胞淋巴瘤,客观缓解率达80%。", "B-NHL"),
        ("截至2025年底,中国已有8款CAR-T产品获批上市,主要针对血液系统肿瘤。", "hematologic malignancies"),
        # one disease, its own value
        ("在多发性骨髓瘤患者中,客观缓解率达90%。", "MM"),
    ],
)
def test_diseases_listed_together_give_their_covering_indication(text, expected):
    assert [c.indication for c in claims_of(text) if c.metric != "approval"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's cost explainer, a doctor's Q&A: "几"/"数" make an amount vague, and so is the
        # range it opens
        ("细胞的培养和改造费用通常在几十万元到上百万元之间。", []),
        ("治疗费用在数十万元左右。", []),
        ("细胞采集的费用可能在几千到几万元不等。", []),
        # a price given outright stays
        ("CAR-T疗法的价格已降至目前的50万到90万左右。", [("50万到90万左右", 500000, 900000)]),
        ("上百万元一针的CAR-T降价了。", [("上百万元一针", 1000000, None)]),
    ],
)
def test_a_vague_chinese_amount_is_no_price(text, expected):
    assert [(c.text, c.value.low, c.value.high) for c in claims_of(text) if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price news and a hospital page: the hedge stands before the currency word
        ("治疗费用约为人民币120万元/针。", [("约为人民币120万元/针", 1200000, 1200000, "approx")]),
        ("治疗费用约人民币120万元。", [("约人民币120万元", 1200000, 1200000, "approx")]),
        ("价格超过人民币100万元。", [("超过人民币100万元", 1000000, None, "gt")]),
        ("治疗费用为人民币120万元。", [("人民币120万元", 1200000, 1200000, "eq")]),
    ],
)
def test_a_hedge_before_the_currency_word(text, expected):
    assert [
        (c.text, c.value.low, c.value.high, c.value.bound) for c in claims_of(text) if c.metric == "cost"
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news wire, a hospital's page, a doctor's Q&A: a percentage said in words
        ("该产品的客观缓解率达到百分之九十二。", [("百分之九十二", "orr", 92.0, "eq")]),
        ("完全缓解率为百分之六十八点五。", [("百分之六十八点五", "cr", 68.5, "eq")]),
        ("约百分之八十的患者出现细胞因子释放综合征。", [("约百分之八十", "crs", 80.0, "approx")]),
        ("百分之百的患者获得缓解。", [("百分之百", "orr", 100.0, "eq")]),
        # a response told by its verb
        ("近九成患者获得缓解。", [("近九成", "orr", 90.0, "approx")]),
    ],
)
def test_a_percentage_in_words_and_a_response_by_its_verb(text, expected):
    assert [(c.text, c.metric, c.value.low, c.value.bound) for c in claims_of(text)] == expected


def test_a_cohort_counted_in_chinese_numerals():
    """A trial digest: "十二名患者中有十名…" is 10 of 12, as "12名患者中有10名…" is."""
    for text in ("十二名患者中有十名达到完全缓解。", "十二名患者中有10名达到完全缓解。"):
        cr = one(text, "cr")
        assert (cr.value.low, cr.numerator, cr.denominator) == (83.3, 10.0, 12.0)


@pytest.mark.parametrize(
    ("traditional", "simplified_text"),
    [
        # a Taiwanese daily, a Hong Kong hospital's page, a Taiwanese clinic's blog: the same
        # sentences in traditional and in simplified characters give the same claims
        ("細胞治療的客觀緩解率為百分之九十二。", "细胞治疗的客观缓解率为百分之九十二。"),
        ("奕凱達於2021年6月獲國家藥監局批准上市。", "奕凯达于2021年6月获国家药监局批准上市。"),
        (
            "CAR-T治療單次費用約80萬-120萬元,醫保報銷後自付約24萬元。",
            "CAR-T治疗单次费用约80万-120万元,医保报销后自付约24万元。",
        ),
        ("12名患者中有10名達到完全緩解。", "12名患者中有10名达到完全缓解。"),
    ],
)
def test_a_traditional_page_reads_as_its_simplified_twin(traditional, simplified_text):
    def read(text):
        return [
            (
                c.start,
                c.end,
                c.metric,
                c.value.low,
                c.value.high,
                c.value.unit,
                c.value.date,
                c.product,
                c.region,
            )
            for c in claims_of(text)
        ]

    assert read(traditional) == read(simplified_text) != []
    # the spans are the page's own characters
    assert all(traditional[c.start : c.end] == c.text for c in claims_of(traditional))


def test_new_taiwan_dollars():
    cost = one("該療法費用約為新臺幣800萬元。", "cost")
    assert (cost.text, cost.value.low, cost.value.unit, cost.region) == (
        "約為新臺幣800萬元",
        8000000,
        "TWD",
        None,
    )


def test_a_hedge_of_reach_and_the_indication_two_sentences_before():
    """Trial news: "可达" is "up to" (as 高达 is), and a safety sentence takes the disease named two
    sentences before it in its paragraph."""
    text = (
        "共入组了88例复发/难治性多发性骨髓瘤患者，客观缓解率可达96.6%。中位随访时间为18个月。"
        "3级及以上细胞因子释放综合征的发生率为2.3%。惠民保最高赔付额度可达100万元。"
    )
    got = [
        (c.text, c.metric, c.value.low, c.value.high, c.value.bound, c.indication) for c in claims_of(text)
    ]
    assert got == [
        ("88例", "patient_count", 88, 88, "eq", "MM"),
        ("可达96.6%", "orr", None, 96.6, "le", "MM"),
        ("2.3%", "crs", 2.3, 2.3, "eq", "MM"),
        ("可达100万元", "cost", None, 1000000, "le", None),
    ]


def test_a_heading_stops_the_indication_of_the_sentences_before():
    """A list whose safety heading follows a disease's bullet: the CRS rate under the heading is of
    CAR-T in general, not of that disease."""
    text = (
        "CAR-T疗法的疗效与安全性一览。\n\n"
        "- 弥漫大B细胞淋巴瘤(DLBCL)患者中,CR率约50-60%。\n"
        "- 细胞因子释放综合征(CRS):\n"
        "- 发生率超90%,但严重CRS(≥3级)仅约10-20%。\n"
    )
    assert [(c.text, c.metric, c.indication) for c in claims_of(text) if c.metric == "crs"] == [
        ("超90%", "crs", None),
        ("约10-20%", "crs", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of diseases whose middle member names no indication of its own ("淋巴瘤") still
        # covers them all: the claim is about several (CLAIMS.md 4)
        (
            "目前国内已有6款CAR-T产品上市,主要用于白血病、淋巴瘤和多发性骨髓瘤,部分患者10年生存率可以超过50%。",
            [("6款", "hematologic malignancies"), ("超过50%", "hematologic malignancies")],
        ),
        (
            "这些疗法用于白血病、淋巴瘤或骨髓瘤,完全缓解率达到80%以上。",
            [("80%以上", "hematologic malignancies")],
        ),
    ],
)
def test_a_list_of_diseases_covers_them_all(text, expected):
    assert [(c.text, c.indication) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # each figure takes the population its own clause names, else the nearest before it
        (
            "对儿童患者来说,完全缓解率能达到80%到90%,而成人弥漫性大B细胞淋巴瘤患者的完全缓解率通常在50%到60%左右。",
            [("80%到90%", "pediatric"), ("50%到60%左右", "adult")],
        ),
        ("成人患者的完全缓解率为55%。", [("55%", "adult")]),
        ("年轻成人患者的完全缓解率为70%。", [("70%", "pediatric")]),  # young adults go with children
        ("儿童及年轻成人r/r B-ALL患者的完全缓解率达85%。", [("85%", "pediatric")]),
        ("完全缓解率为70%,均为成人患者。", [("70%", "adult")]),
    ],
)
def test_each_figure_takes_the_nearest_population(text, expected):
    assert [(c.text, c.population) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "该疗法…获批上市": this therapy is the CAR-T the sentence before named (news, press releases)
        (
            "福可苏是一款靶向BCMA的CAR-T产品。该疗法于2023年6月30日获国家药监局批准上市。",
            [("approval", "2023年6月30日")],
        ),
        ("该疗法于2023年6月30日获国家药监局批准上市。", []),  # no therapy named before
        ("这是一种新型降压药。该药物于2023年6月获批上市。", []),  # not a CAR-T
        # a price lower than another's by so much
        ("国产CAR-T价格比进口产品低30%。", [("cost_reduction", "30%")]),
        ("与进口产品相比,国产CAR-T价格低约三成。", [("cost_reduction", "约三成")]),
    ],
)
def test_this_therapys_approval_and_a_price_lower_by(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a product named once, in a closing example, is not what the article is about
        (
            "CAR-T治疗费用降了\n\n120万元的CAR-T治疗费用,医保报销70%,自己仅需支付3.8万元。\n\n"
            "上海某教师使用阿基仑赛,自付6万元。",
            [("120万元", None), ("70%", None), ("3.8万元", None), ("6万元", "axicabtagene ciloleucel")],
        ),
        # named twice in the body, it is
        (
            "CAR-T治疗费用降了\n\n阿基仑赛的疗效较好。\n\n120万元的治疗费用,医保报销70%。\n\n"
            "阿基仑赛已在多地纳入惠民保。",
            [("120万元", "axicabtagene ciloleucel"), ("70%", "axicabtagene ciloleucel")],
        ),
        # a sentence about several products names none of them
        (
            "纳基奥仑赛定价为每针99.9万元。目前国内共有8款CAR-T产品获批上市,一针定价大多高达百万元。",
            [("99.9万元", "inaticabtagene autoleucel"), ("8款", None), ("高达百万元", None)],
        ),
        (
            "阿基仑赛在国内上市。这些CAR-T产品的价格多在100万元以上。",
            [("100万元以上", None)],
        ),
    ],
)
def test_a_product_named_once_in_the_body_or_among_several(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a table's rows under a header that names the rate of their column (explainers, reviews)
        (
            "适应症对比\n癌症类型 疗效响应率 主要限制\nB细胞淋巴瘤 60%-80% 复发/难治性患者\n"
            "多发性骨髓瘤 40%-70% 需联合其他疗法\n实体瘤(如肺癌) <20% 靶点识别难度高\n",
            [
                ("orr", "60%-80%", 60.0, 80.0, "range"),
                ("orr", "40%-70%", 40.0, 70.0, "range"),
                ("orr", "<20%", None, 20.0, "lt"),
            ],
        ),
        (
            "产品 适应症 完全缓解率\n阿基仑赛 大B细胞淋巴瘤 51%\n瑞基奥仑赛 大B细胞淋巴瘤 52%\n",
            [("cr", "51%", 51.0, 51.0, "eq"), ("cr", "52%", 52.0, 52.0, "eq")],
        ),
        # a header over another column, or a blank line between, names nothing
        (
            "产品 完全缓解率 说明\n阿基仑赛 51% 首款\n\n瑞基奥仑赛 52% 第二款\n",
            [("cr", "51%", 51.0, 51.0, "eq")],
        ),
        # signs before a rate, half- or full-width
        ("客观响应率＞90%。", [("orr", "＞90%", 90.0, None, "gt")]),
        ("总缓解率≥80%。", [("orr", "≥80%", 80.0, None, "ge")]),
    ],
)
def test_a_table_rows_rates_under_their_header_and_signs(text, expected):
    got = [(c.metric, c.text, c.value.low, c.value.high, c.value.bound) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time point before the first of joined endpoints is every one's (consensus papers, news)
        (
            "1年总体生存率及无病生存率分别达72%及51%。",
            [("os", "72%", "P1Y"), ("efs", "51%", "P1Y")],
        ),
        (
            "2年总生存率、无进展生存率和无事件生存率分别为80%、60%和55%。",
            [("os", "80%", "P2Y"), ("pfs", "60%", "P2Y"), ("efs", "55%", "P2Y")],
        ),
        # an endpoint with its own time point, in another clause, keeps its own
        ("总体生存率为70%,2年无进展生存率为50%。", [("os", "70%", None), ("pfs", "50%", "P2Y")]),
    ],
)
def test_a_time_point_shared_by_joined_endpoints(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # children and cases as abstracts count their patients (患儿, 病例)
        ("17例患儿接受CAR-T治疗。", [("patient_count", "17例", 17.0)]),
        ("纳入CD19 CAR-T治疗临床试验病例69例。", [("patient_count", "69例", 69.0)]),
        # an outcome among them is a share of them
        (
            "17例患儿接受CAR-T治疗,其中7例合并有重度ICANS。",
            [("patient_count", "17例", 17.0), ("neurotoxicity", "7例", 41.2)],
        ),
    ],
)
def test_children_and_cases_counted_as_patients(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # products joined before 分别: the i-th figure is the i-th product's (a price explainer,
        # a review's comparison, a brand list)
        (
            "Yescarta和Kymriah定价分别为268万与342万元人民币/次。",
            [("cost", "268万", "axicabtagene ciloleucel"), ("cost", "342万元", "tisagenlecleucel")],
        ),
        (
            "奕凯达和倍诺达的价格分别为120万元和129万元。",
            [
                ("cost", "120万元", "axicabtagene ciloleucel"),
                ("cost", "129万元", "relmacabtagene autoleucel"),
            ],
        ),
        (
            "阿基仑赛、瑞基奥仑赛与伊基奥仑赛的客观缓解率分别为82%、75.9%和96%。",
            [
                ("orr", "82%", "axicabtagene ciloleucel"),
                ("orr", "75.9%", "relmacabtagene autoleucel"),
                ("orr", "96%", "equecabtagene autoleucel"),
            ],
        ),
        # 分别 about something else lends nothing
        (
            "奕凯达的价格为120万元,倍诺达分别在两家医院使用。",
            [("cost", "120万元", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_products_joined_before_respectively(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price in another country's currency, or a place outside the region list, is no region
        # of ours (a price comparison, Japanese and Korean price news)
        (
            "美国的Yescarta定价为268万元人民币。香港同疗法费用亦超200万港币。",
            [("268万元", "US"), ("超200万港币", None)],
        ),
        ("Kymriah的价格为3349万日元。", [("3349万日元", None)]),
        ("韩国的Kymriah报销价格为3.6亿韩元。", [("3.6亿韩元", None)]),
        # a yuan price keeps China; a sum of yuan no price reaches stays out
        ("国内CAR-T产品定价约120万元。", [("约120万元", "China")]),
        ("Kymriah的价格为3.6亿元。", []),
    ],
)
def test_foreign_currencies_and_places(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


def test_foreign_currencies_are_their_own_units():
    units = [
        c.value.unit for c in extract_text("价格为3349万日元。价格为3.6亿韩元。费用约为50万新元。").claims
    ]
    assert units == ["JPY", "KRW", "SGD"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # trials "related" to the CAR-T of the sentence before are CAR-T trials (hospital news, in
        # traditional characters too)
        (
            "在國際上,CAR-T技術從2012年治療第一例患者至今,已經取得了長足的發展。目前國內也已注冊相關臨床試驗300余項。",
            [("trial_count", "300余項")],
        ),
        (
            "CAR-T疗法进展迅速。国内已登记相关临床研究400多项。",
            [("trial_count", "400多项")],
        ),
        # without CAR-T before, or not "related", they are any trials
        ("目前国内也已注册相关临床试验300余项。", []),
        ("CAR-T疗法发展迅速。国内注册的肿瘤临床试验3000余项。", []),
    ],
)
def test_trials_related_to_the_car_t_before(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the press's "抗癌针" is a CAR-T infusion: its price in a headline is a cost; 以内 bounds
        # a figure from above (headlines, price news)
        ("百万抗癌针降价至99.9万元", [("cost", "百万", "eq"), ("cost", "99.9万元", "eq")]),
        ("天价抗癌针降至百万以内", [("cost", "百万以内", "le")]),
        ("CAR-T治疗费用控制在50万元以内", [("cost", "50万元以内", "le")]),
        ("抗癌针已在国内完成300余例", [("patient_count", "300余例", "gt")]),
        # a share price that falls is no treatment's
        ("该公司股价降至12元", []),
    ],
)
def test_the_anti_cancer_shot_and_within(text, expected):
    assert [(c.metric, c.text, c.value.bound) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price restated per day (相当于/折合每天) is no price of its own (insurance news)
        (
            "120万费用经基本医保报销后,实际自付不到15万——相当于每天不到400元。",
            [("cost", "120万"), ("cost", "不到15万")],
        ),
        ("CAR-T治疗自付约15万元,折合每天约400元。", [("cost", "约15万元")]),
        # a daily charge said as one stays a cost
        ("CAR-T住院期间每天费用约3000元。", [("cost", "约3000元")]),
    ],
)
def test_a_price_restated_per_day_zh(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


# --- insurance news: a payout's cap, what each payer paid and what was left to the patient -------


@pytest.mark.parametrize(
    "text, expected",
    [
        # city insurance news: the cap of a payout, with the payout's verb between cap and sum
        ("CAR-T已纳入惠民保,上海“沪惠保”最高赔50万。", [("最高赔50万", None, 500000.0, "le")]),
        ("CAR-T纳入惠民保后,最高可赔付100万元。", [("最高可赔付100万元", None, 1000000.0, "le")]),
        ("该险种对CAR-T最多报销30万元。", [("最多报销30万元", None, 300000.0, "le")]),
        # a patient's bill: each payer's share in money, and what was left
        (
            "CAR-T治疗费用较高。\n成都一位淋巴瘤患者,医保报48万,“惠蓉保”报50万,个人仅掏2万注射费。",
            [
                ("48万", 480000.0, 480000.0, "eq"),
                ("50万", 500000.0, 500000.0, "eq"),
                ("2万", 20000.0, 20000.0, "eq"),
            ],
        ),
        ("CAR-T疗法纳入商保后,自己承担3万元即可。", [("3万元", 30000.0, 30000.0, "eq")]),
    ],
)
def test_payouts_and_what_each_payer_paid(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.value.low, c.value.high, c.value.bound) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("据报道,CAR-T疗法有效率达80%。", [("orr", "80%")]),  # "报道" reports, it pays nothing
        ("CAR-T治疗费用120万元,医保报销70%。", [("cost", "120万元"), ("cost_reduction", "70%")]),
    ],
)
def test_payout_words_leave_reports_and_shares_alone(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # hospital news and an abstract in Chinese: patients and the event they had, no cohort named
        ("CAR-T治疗后,3例患者出现3级CRS。", [("crs", "3例", 3.0, "count", "3")]),
        ("共有5例患者发生ICANS,均已好转。", [("neurotoxicity", "5例", 5.0, "count", None)]),
        # guards: a cohort, and the event's share of the cohort named before it
        ("10例患者接受CAR-T治疗。", [("patient_count", "10例", 10.0, "count", None)]),
        (
            "入组20例患者,其中3例患者出现CRS。",
            [("patient_count", "20例", 20.0, "count", None), ("crs", "3例", 15.0, "%", None)],
        ),
    ],
)
def test_patients_and_the_event_they_had(text, expected):
    claims = extract_text(text).claims
    assert [(c.metric, c.text, c.value.low, c.value.unit, c.grade) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # trial news and hospital pages in Chinese: every one of the patients named had the outcome
        ("在临床试验中,5名受试患者均实现完全缓解。", [("cr", "5名", 100.0, 5.0, None)]),
        ("10例患者全部达到完全缓解。", [("cr", "10例", 100.0, 10.0, None)]),
        ("入组的4例患者均出现3级及以上ICANS。", [("neurotoxicity", "4例", 100.0, 4.0, "≥3")]),
        # guards: all of them treated is a cohort; a share of the cohort named before
        ("这10例患者都在我院接受治疗。", []),
        (
            "12名患者均接受了回输,其中10例达到完全缓解。",
            [("patient_count", "12名", 12.0, None, None), ("cr", "10例", 83.3, 10.0, None)],
        ),
    ],
)
def test_every_one_of_the_patients_had_it(text, expected):
    claims = extract_text(text).claims
    assert [(c.metric, c.text, c.value.low, c.numerator, c.grade) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # listed companies' filings: an issue price per share, and the later sums of a profit list
        ("公司本次向特定对象发行股票,发行价格36元/股。", []),
        (
            "发行价格为36元/股,2022-2025年1-6月公司净利润分别为-52005.26万元、-39683.11万元、11234.90万元和"
            "-3385.82万元。",
            [],
        ),
        ("每股认购金额为12.5元。", []),
        # guards: prices listed, respectively
        (
            "两款CAR-T产品售价分别为120万元和129万元。",
            [("product_count", "两款"), ("cost", "120万元"), ("cost", "129万元")],
        ),
    ],
)
def test_share_prices_and_profit_lists_are_no_prices(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts and slides in Chinese: a line of acronyms and figures next to Chinese paragraphs is
        # Chinese, and "m" before an endpoint is its median
        (
            "该研究共入组97例患者。\nCR率为82%,ORR为97%。",
            [("patient_count", "97例", None), ("cr", "82%", None), ("orr", "97%", None)],
        ),
        ("该研究共入组97例患者。\n≥CR率为82%。", [("patient_count", "97例", None), ("cr", "82%", None)]),
        ("研究显示,mPFS为13.3个月,mOS未达到。", [("pfs", "13.3个月", "median")]),
        (
            "研究显示,mEFS为8.1个月,mOS为25.4个月。",
            [("efs", "8.1个月", "median"), ("os", "25.4个月", "median")],
        ),
        # guards: an English line next to Chinese; a follow-up time
        ("The ORR was 97%.\nCR率为82%。", [("orr", "97%", None)]),
        ("研究显示,中位随访时间为13.3个月。", []),
    ],
)
def test_short_chinese_lines_and_m_medians(text, expected):
    assert [(c.metric, c.text, c.statistic) for c in extract_text(text).claims] == expected


def test_a_short_line_is_chinese_only_beside_chinese():
    text = "该研究共入组97例患者。\nCR率为82%。\n\nORR为97%。"
    assert chinese_spans(text) == [(0, len("该研究共入组97例患者。\nCR率为82%。"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Taiwan's papers (read through OpenCC as simplified): a plain 元 beside 健保 is a New Taiwan
        # dollar, "我國" is Taiwan (no region of the list), numbers may be written digit by digit
        (
            "健保署112年11月起將CAR-T納入健保給付，每位患者平均花費819萬元。",
            [("cost", "819萬元", 8190000.0, "TWD", None)],
        ),
        (
            "CAR-T治療於一一二年起納入健保給付，每位患者平均花費八一九萬元。",
            [("cost", "八一九萬元", 8190000.0, "TWD", None)],
        ),
        (
            "衛福部表示，我國CAR-T治療自費得花千萬元，現已納入健保。",
            [("cost", "千萬元", 10000000.0, "TWD", None)],
        ),
        # guards: the mainland's insurance and currency keep yuan and China
        ("纳入医保后，CAR-T每针价格为99.9万元。", [("cost", "99.9万元", 999000.0, "CNY", "China")]),
        ("台湾地区的价格为新台币800万元。", [("cost", "新台币800万元", 8000000.0, "TWD", None)]),
        # Hong Kong's: its Hospital Authority and "本港" make a plain 元 a Hong Kong dollar
        (
            "醫管局在2021年於瑪麗醫院試行CAR-T治療，這種療法價格高昂，每針超過十萬元。",
            [("cost", "超過十萬元", 100000.0, "HKD", None)],
        ),
        ("本港病人接受CAR-T治療，藥費約為150萬元。", [("cost", "約為150萬元", 1500000.0, "HKD", None)]),
    ],
)
def test_taiwan_and_hong_kong_pages_price_in_their_dollars(text, expected):
    got = [(c.metric, c.text, c.value.low, c.value.unit, c.region) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate's rise is not the rate: "再提升10.4%，达到87.5%" gives the 87.5% with the rate's cue;
        # "八成七" is 87%; "一年整體存活率" has its time point
        (
            "我國急性淋巴性白血病患者一年存活率再提升10.4％，達到87.5％。",
            [("os", "87.5％", 87.5, "P1Y")],
        ),
        ("急性淋巴性白血病患者一年整體存活率逾八成七。", [("os", "逾八成七", 87.0, "P1Y")]),
        ("患者一年整體存活率為百分之八十七點五。", [("os", "百分之八十七點五", 87.5, "P1Y")]),
        ("存活率比傳統治療病人增加百分之十點四。", []),
        # guards: a change into a figure; a price cut stays a saving; 八成 alone
        ("完全缓解率由40%提高到54%。", [("cr", "40%", 40.0, None), ("cr", "54%", 54.0, None)]),
        ("CAR-T价格降低了50%。", [("cost_reduction", "50%", 50.0, None)]),
        ("治愈率高达八成左右。", [("success_rate", "高达八成左右", 80.0, None)]),
    ],
)
def test_a_rates_rise_is_not_the_rate(text, expected):
    got = [(c.metric, c.text, c.value.low, c.timepoint) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people whose CAR-T a payer paid for are a count of patients: "90例個案", "90案例",
        # "九十人獲健保給付", "給付超過90人"
        ("截至今年1月底，已有90例個案獲得健保給付資格。", [("patient_count", "90例")]),
        ("截至今年1月底，共90案例獲健保給付。", [("patient_count", "90案例")]),
        ("至今年一月底，九十人獲健保給付。", [("patient_count", "九十人")]),
        ("迄今給付超過90人。", [("patient_count", "超過90人")]),
        ("已有120人获得惠民保赔付。", [("patient_count", "120人")]),
        # guards: a handful of people; people who did something else
        ("三人获得了医保报销。", []),
        ("九十人参加了会议。", []),
    ],
)
def test_people_a_payer_paid_for_are_patients(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a drug's price (药价), a US price in 美金, money given and money wished for
        ("CAR-T治療藥價800餘萬元，是健保給付最昂貴的癌症用藥。", [("800餘萬元", 8000000.0, "TWD", None)]),
        ("美國公告價格是47萬美金。", [("47萬美金", 470000.0, "USD", "US")]),
        ("CAR-T在美国的价格为47万美金。", [("47万美金", 470000.0, "USD", "US")]),
        ("主治醫師率先捐款50萬元，展開CAR-T治療的募款。", []),
        ("家屬說：「如果我有1千萬，我早就帶我爸爸出國看病了。」健保尚未給付CAR-T。", []),
        # guard: a mainland price beside a donation elsewhere in the text
        ("阿基仑赛注射液定价120万元。", [("120万元", 1200000.0, "CNY", "China")]),
    ],
)
def test_drug_prices_us_dollars_and_money_given(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "cost"]
    assert [(c.text, c.value.low, c.value.unit, c.region) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # tenths with Arabic digits and ranges of tenths, in figures or in words
        ("约有1至2成病童在初始治疗后复发。", [("relapse", "约有1至2成", 10.0, 20.0)]),
        ("约有2成病童在初始治疗后复发。", [("relapse", "约有2成", 20.0, 20.0)]),
        ("约有一至二成病童复发。", [("relapse", "约有一至二成", 10.0, 20.0)]),
        # a rate's rise joined by "、" to the rate it reached; a price asked (要价)
        ("我国患者1年存活率再提升1%、达到87.5%。", [("os", "87.5%", 87.5, 87.5)]),
        ("他申请使用，输注要价819万的CAR-T药物。", [("cost", "819万", 8190000.0, 8190000.0)]),
        # guards: 成 of 成人, 成本; a range of lines of therapy
        ("18岁成人患者共20例。", [("patient_count", "20例", 20.0, 20.0)]),
        ("一至二线治疗失败的患者。", []),
    ],
)
def test_tenths_in_figures_and_ranges_in_words(text, expected):
    assert [(c.metric, c.text, c.value.low, c.value.high) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost explainer, a news feature, a hospital page: another treatment's figure takes no
        # CAR-T product from the sentences before
        (
            "处于塔尖的是CAR-T细胞疗法，如复星凯特的阿基仑赛注射液，单次治疗费用约120万元。"
            "基础层则是PD-1/PD-L1抑制剂，国产药物年费用约3-10万元。",
            [("约120万元", "axicabtagene ciloleucel"), ("约3-10万元", None)],
        ),
        (
            "瑞基奥仑赛注射液定价129万元。相比之下，化疗单周期费用通常在2万至20万元之间。",
            [("129万元", "relmacabtagene autoleucel"), ("2万至20万元", None)],
        ),
        # a list item of its own: another patient, whom the item before lends no product
        (
            "2025年12月落地的医保商保双目录新政，让曾经只存在于新闻里的天价CAR-T疗法走进了寻常百姓的病房。\n\n"
            "职工医保+百万医疗险：上海某教师使用阿基仑赛，医保报84万，自付6万；\n"
            "居民医保+惠民保：成都一位淋巴瘤患者，医保报48万，个人仅掏2万。",
            [
                ("84万", "axicabtagene ciloleucel"),
                ("6万", "axicabtagene ciloleucel"),
                ("48万", None),
                ("2万", None),
            ],
        ),
        # guard: the next sentence of one story keeps its product
        (
            "上海某教师使用阿基仑赛治疗。医保报84万，自付6万。",
            [("84万", "axicabtagene ciloleucel"), ("6万", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_another_treatment_or_list_item_takes_no_product(text, expected):
    assert [(c.text, c.product) for c in claims_of(text) if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national drug-list news: a success rate of the price talks is no treatment's, and a
        # calendar year before a rate is no time point
        ("此轮国谈,国家医保药品目录新增了114种药品,总体成功率88%,高于2024年的成功率76%。", []),
        ("今年医保谈判的成功率为90%。", []),
        # a treatment's success rate and a time point in years stay
        ("该CAR-T疗法的治愈率为60%。", [("60%", "success_rate", None)]),
        (
            "阿基仑赛注射液1年总体生存率为76%,2年总生存率为60%。",
            [("76%", "os", "P1Y"), ("60%", "os", "P2Y")],
        ),
        ("该产品12个月的总体生存率为70%。", [("70%", "os", "P12M")]),
    ],
)
def test_a_drug_list_talks_success_rate_and_a_calendar_year(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abstracts and reviews in Chinese: figures after 分别 pair with the endpoints named before,
        # durations as percentages do, and bare numbers listed before a figure share its unit
        (
            "患者中位总体生存(OS)和无进展生存(PFS)时间分别为120.9和56.9个月。",
            [("120.9", "os", 120.9, "median"), ("56.9个月", "pfs", 56.9, "median")],
        ),
        (
            "中位总生存期和无进展生存期分别为20.1个月和8.3个月。",
            [("20.1个月", "os", 20.1, "median"), ("8.3个月", "pfs", 8.3, "median")],
        ),
        # one endpoint for several groups named before
        (
            "早期和晚期移植组患者的中位OS分别为120.9和50.1个月。",
            [("120.9", "os", 120.9, "median"), ("50.1个月", "os", 50.1, "median")],
        ),
        (
            "在三个剂量组中,客观缓解率分别为80、70和60%。",
            [("80", "orr", 80, None), ("70", "orr", 70, None), ("60%", "orr", 60, None)],
        ),
        # guards: times that are no median outcome; a grade's numbers; an ordinal
        ("总生存期和无进展生存期的随访分别为20.1个月和8.3个月。", []),
        ("1和2级CRS的发生率为10%。", [("10%", "crs", 10, None)]),
    ],
)
def test_figures_after_fenbie_pair_with_endpoints_and_groups(text, expected):
    assert [(c.text, c.metric, c.value.low, c.statistic) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price told with the dose word before it ("一剂 120 万元"), and a sky-high price as a
        # barrier ("天价门槛") is still the price (a news feature, a science story, a Q&A)
        ("尽管成效惊人,该疗法一剂 120 万元的天价门槛,却将全球数千万人拒之门外。", [("120 万元", 1200000)]),
        ("这种细胞疗法每剂约120万元,很多家庭难以承受。", [("约120万元", 1200000)]),
        ("患者问:这个疗法单针99.9万元,能报销吗?", [("99.9万元", 999000)]),
        # guards: a threshold of another kind; a small sum after a dose word is no CAR-T price
        ("该疗法的医保门槛为年收入10万元。", []),
        ("止吐药一剂50元。", []),
    ],
)
def test_a_price_with_its_dose_word_before_it(text, expected):
    assert [(c.text, c.value.low) for c in claims_of(text) if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwanese news and hospital pages: tenths set apart by a space ("2-5 成"), a share alive
        # told by its verb ("可順利存活", "仍然存活", "可以存活超過五年"), its years before or after
        (
            "若復發或對治療反應不佳，CAR-T 治療前 5 年存活率低於 2-5 成。",
            [("低於 2-5 成", "os", 20, 50, "P5Y")],
        ),
        ("醫院統計，5 年存活率約 4 成。", [("約 4 成", "os", 40, 40, "P5Y")]),
        (
            "血癌病人復發後經標準治療及骨髓移植，僅約3成病人5年後可順利存活，CAR-T 提供新選擇。",
            [("約3成", "os", 30, 30, "P5Y")],
        ),
        ("接受CAR-T治疗的淋巴瘤患者中，约六成患者可以存活超过五年。", [("约六成", "os", 60, 60, "P5Y")]),
        ("研究显示，接受CAR-T治疗的患者中80%仍然存活。", [("80%", "os", 80, 80, None)]),
        # guards: one man's years alive, a survival rate's own word
        ("这位CAR-T治疗的患者已经存活了5年。", []),
        ("CAR-T治疗后患者两年存活率为60%。", [("60%", "os", 60, 60, "P2Y")]),
    ],
)
def test_tenths_after_a_space_and_a_share_alive_told_by_its_verb(text, expected):
    assert [(c.text, c.metric, c.value.low, c.value.high, c.timepoint) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after a semicolon that says "亦/也" (also) rose to a figure: the rate the clause
        # before named (a Taiwanese society's release as the press retold it, a hospital's news)
        (
            "相較國際臨床試驗，急性淋巴性白血病患者一年存活率再提升10.4％，達到87.5％；瀰漫性大B細胞淋巴瘤患者亦增加"
            "16％，攀升至64.2％。",
            [("87.5％", "os", "P1Y"), ("64.2％", "os", "P1Y")],
        ),
        (
            "该院CAR-T治疗后患者完全缓解率提升12%，达到70%;淋巴瘤患者也提高8%，升至60%。",
            [("70%", "cr", None), ("60%", "cr", None)],
        ),
        # guard: no "also", no rate of the clause before
        (
            "急性淋巴性白血病患者一年存活率再提升10.4％，達到87.5％；醫院病床數增加16％，攀升至640床。",
            [("87.5％", "os", "P1Y")],
        ),
    ],
)
def test_a_rate_that_also_rose_after_a_semicolon_is_the_rate_before(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum past a round figure ("破千萬", "突破100万元"), and the press's words for CRS
        # ("细胞因子风暴", "免疫風暴") in a headline, a price story, a hospital's page
        ("21c.c.藥價破千萬 CAR-T細胞治療納健保給付", [("破千萬", "cost", 10000000, "gt")]),
        ("CAR-T疗法价格突破100万元,不少家庭望而却步。", [("突破100万元", "cost", 1000000, "gt")]),
        ("约七成患者出现细胞因子风暴,多数为1-2级。", [("约七成", "crs", 70, "approx")]),
        ("接受CAR-T治療的病人中,約三成出現免疫風暴。", [("約三成", "crs", 30, "approx")]),
        # guards: "打破" breaks a record, not a sum
        ("CAR-T打破了纪录,定价120万元一针。", [("120万元一针", "cost", 1200000, "eq")]),
    ],
)
def test_a_sum_past_a_round_figure_and_the_press_words_for_crs(text, expected):
    assert [(c.text, c.metric, c.value.low, c.value.bound) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a median told in Chinese numerals with years or months (an interview, a review, a guide)
        ("在治疗手段有限的时期,CAR-T问世前患者的中位生存期仅约三年。", [("约三年", "os", 3, "years")]),
        (
            "该CAR-T产品的客观缓解率达90%,中位无进展生存期为两年。",
            [("90%", "orr", 90, "%"), ("两年", "pfs", 2, "years")],
        ),
        ("CAR-T治疗后中位缓解持续时间为十八个月。", [("十八个月", "dor", 18, "months")]),
        # guards: when something happened, a time point before a rate
        ("他三年前接受了CAR-T治疗,目前完全缓解率为80%。", [("80%", "cr", 80, "%")]),
        ("CAR-T治疗三年总生存率为60%。", [("60%", "os", 60, "%")]),
    ],
)
def test_a_median_in_chinese_numerals(text, expected):
    assert [(c.text, c.metric, c.value.low, c.value.unit) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # side effects named by examples closed by 等, and who has them (a health site, a hospital's
        # page, a review)
        ("但约30%的人会出现骨质疏松、糖尿病等严重副作用。", [("约30%", "adverse_event")]),
        ("约30%的患者出现骨质疏松、糖尿病等副作用。", [("约30%", "adverse_event")]),
        ("约10%的人可能出现发热、皮疹等不良反应。", [("约10%", "adverse_event")]),
        ("约40%的患者会出现细胞因子释放综合征。", [("约40%", "crs")]),
        # the disease told as remitting ("病情明显缓解"), not a remission that relapsed
        ("结果显示,12周后约80%的患者(12/15)病情明显缓解。", [("约80%", "orr")]),
        ("约20%的患者病情缓解后又复发。", [("约20%", "relapse")]),
        # "the mainstream products" are still products; one infusion's cost is a cost
        ("5款主流CAR-T产品纳入首版目录。", [("5款", "product_count")]),
        ("让单针成本高达百万。", [("高达百万", "cost")]),
    ],
)
def test_side_effects_by_example_remitting_disease_and_mainstream_products(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price told as a barrier is still the price (a broker's note, a news feature)
        ("当有人惊叹于疗效时,更多人面对的是它百万级的价格门槛。", [("百万级", "cost")]),
        ("该疗法120万元的价格门槛让许多家庭望而却步。", [("120万元", "cost")]),
        # ...a negotiation's threshold is none
        ("此轮谈判设有50万元的门槛。", []),
    ],
)
def test_a_price_told_as_a_barrier_is_the_price(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the generic 个 with no patient noun after it counts no people (a trial's eligibility
        # criteria, a hospital's protocol page)
        ("6. 既往接受过至少 3线多发性骨髓瘤治疗,每线治疗至少有 1个完整治疗周期。", []),
        ("患者每线治疗至少完成2个周期。", []),
        # ...people counted by 名 after a verb of treating, or 个 before 患者, stay counts
        ("该院已治疗逾200名患者。", [("逾200名", "patient_count")]),
        ("共有12个患者接受了治疗。", [("12个", "patient_count")]),
        (
            "该院已治疗30名患者,在治疗阶段可评估的患者有19个。",
            [("30名", "patient_count"), ("19个", "patient_count")],
        ),
    ],
)
def test_the_generic_classifier_without_a_patient_counts_no_people(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause comparing the rate just named with another's gives that other's value of the same
        # rate (Taiwanese news of national health insurance results, a product page)
        (
            "急性淋巴性白血病患者一年整體存活率為百分之八十七點五，也高於國際治療成效百分之七十七點一。",
            [("百分之八十七點五", "os", 87.5), ("百分之七十七點一", "os", 77.1)],
        ),
        ("该产品客观缓解率为85%，高于传统治疗的40%。", [("85%", "orr", 85), ("40%", "orr", 40)]),
        # ...not a share of something no cue names
        ("该院今年收治患者增长20%，高于全国水平的10%。", []),
    ],
)
def test_a_rate_compared_with_anothers_gives_the_others_value(text, expected):
    assert [(c.text, c.metric, c.value.low) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a treatment takes, as people say a price (a family's words on the news, a forum post)
        ("因為健保給付,這個要一千多萬的治療不用自費。", [("一千多萬", "cost", "TWD")]),
        ("CAR-T治疗一针要120万元。", [("120万元", "cost", "CNY")]),
        # ...not how long it takes, nor 需要/主要
        ("这个疗程要3周。", []),
        ("患者需要3周才能回输。", []),
    ],
)
def test_what_it_takes_is_a_price(text, expected):
    assert [(c.text, c.metric, c.value.unit) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a case series' results: the relapsed disease treated is no relapse; patients with an event
        # no metric names, or who died, are no cohort; nervous-system symptoms are neurotoxicity;
        # the cohort said again is not counted twice (a paediatric journal's abstract, a hospital's
        # case review)
        (
            "方法 回顾分析14例CAR-T细胞治疗的复发性B-ALL患儿的临床资料。结果 14例复发性B-ALL输注CAR-T细胞后,"
            "9例发生严重CRS,11例患儿出现血流动力学不稳,5例需要机械通气,10例有神经系统症状,7例出现肝损害。"
            "14例患儿均使用托珠单抗治疗。3例患儿死亡,11例在2周内好转。",
            [("14例", "patient_count", 14), ("9例", "crs", 64.3), ("10例", "neurotoxicity", 71.4)],
        ),
        (
            "12例复发难治性淋巴瘤患者接受治疗,其中3例复发。",
            [("12例", "patient_count", 12), ("3例", "relapse", 25.0)],
        ),
    ],
)
def test_a_case_series_counts_its_events_against_its_cohort(text, expected):
    assert [(c.text, c.metric, c.value.low) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # so many patients with an outcome the clause names after them are that outcome's count, a
        # share of the cohort named before (a company's trial news, a hospital's report, an abstract)
        (
            "共入组12名患者,其中10名患者达到完全缓解。",
            [("12名", "patient_count", 12), ("10名", "cr", 83.3)],
        ),
        (
            "42名达到完全缓解的患者中,39名患者的微小残留病灶(MRD)呈阴性。",
            [("42名", "patient_count", 42), ("39名", "mrd_negative", 92.9)],
        ),
        ("20例患者中,15例患者获得客观缓解。", [("20例", "patient_count", 20), ("15例", "orr", 75.0)]),
        # ...a share with its count in brackets before who had the outcome
        (
            "57名患者接受了治疗,74%(42名)患者达到了完全缓解(CR)。",
            [("57名", "patient_count", 57), ("74%", "cr", 74.0)],
        ),
        # ...patients whose disease progressed, or in whom the cells were still found, are no cohort
        ("到数据截止日,18名达到部分缓解或更好疗效的患者(36%)病情发生进展。", []),
        ("5名患者在治疗10个月后仍能检测到CAR-T细胞。", []),
        # (patients who received the treatment stay a cohort)
        ("医院已有30名患者接受CAR-T治疗。", [("30名", "patient_count", 30)]),
    ],
)
def test_patients_with_an_outcome_named_after_them(text, expected):
    assert [(c.text, c.metric, c.value.low) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's and Hong Kong's press name the diseases their own way ("急性淋巴性白血病",
        # "淋巴癌") and set Latin letters full width ("ＣＡＲ－Ｔ", "大Ｂ細胞"): the indication holds
        (
            "健保給付後，急性淋巴性白血病患者接受CAR-T治療的一年存活率為百分之八十五。",
            [("百分之八十五", "os", "B-ALL")],
        ),
        (
            "瀰漫性大Ｂ細胞淋巴癌患者接受ＣＡＲ－Ｔ治療後，完全緩解率達百分之五十。",
            [("百分之五十", "cr", "LBCL")],
        ),
        ("ＣＡＲ-Ｔ治疗弥漫性大Ｂ细胞淋巴瘤的客观缓解率为７０％。", [("７０％", "orr", "LBCL")]),
        ("大B細胞淋巴癌病人接受CAR-T後的完全緩解率約四成。", [("約四成", "cr", "LBCL")]),
    ],
)
def test_taiwan_names_of_the_diseases_and_full_width_letters(text, expected):
    assert [(c.text, c.metric, c.indication) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share of the bill patients still pay themselves is a payer's share (CLAIMS.md 2), told
        # by the patient's side (a hospital explainer, insurance news, a patients' forum)
        (
            "在一些地方,患者可能需要自掏腰包支付高达70%甚至更多的CAR-T治疗费用。",
            [("高达70%", "cost_reduction")],
        ),
        ("CAR-T治疗费用中,患者个人需承担40%。", [("40%", "cost_reduction")]),
        ("CAR-T的自费比例在报销后降到了20%。", [("20%", "cost_reduction")]),
        # ...and what they pay in money stays a cost
        ("医保报销后,患者仍需自付3.8万元的CAR-T费用。", [("3.8万元", "cost")]),
    ],
)
def test_the_share_patients_pay_themselves(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # products counted with 个 and a numeral in characters (a newspaper, a company notice)
        ("全球共有十个CAR-T产品获批。", [("十个", "product_count", 10)]),
        (
            "目前全球只有十个CAR-T细胞疗法产品获批上市,其中五个产品为我国企业生产。",
            [("十个", "product_count", 10), ("五个", "product_count", 5)],
        ),
        # (a kind counted with 个 stays no count)
        ("该CAR-T疗法有两个靶点。", []),
    ],
)
def test_products_counted_with_ge_in_characters(text, expected):
    assert [(c.text, c.metric, c.value.low) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second date joined to a dated one takes its year (a review, an industry digest)
        (
            "FDA分别在2017年8月31日和10月18日快速批准了两款CAR-T细胞产品上市。",
            [("2017-08-31", "approval"), ("2017-10-18", "approval")],
        ),
        # (not a date that follows another clause's verb)
        ("该CAR-T产品于2021年6月22日获批,并于9月3日在上海开出首张处方。", [("2021-06-22", "approval")]),
    ],
)
def test_a_second_date_takes_the_year_of_the_first(text, expected):
    assert [(c.value.date, c.metric) for c in claims_of(text) if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the threshold of a listed set of adverse reactions, as a label or its news says it, is
        # no rate (drug news, a label's digest)
        ("该疗法最常见的不良反应(≥20%)是上呼吸道感染、疲劳、失眠。", []),
        ("最常见的不良反应(>20%)包括细胞因子释放综合征、发热和中性粒细胞减少。", []),
        ("最常见的不良事件（≥10%）为：贫血、血小板减少。", []),
        # ... a rate in brackets after the reactions, with no bound, still is one
        ("不良反应（20%）为轻度。", [("20%", "adverse_event")]),
        ("3级及以上不良反应(15%)主要为感染。", [("15%", "adverse_event")]),
    ],
)
def test_the_threshold_of_listed_adverse_reactions_is_no_rate(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lowest a share or a price goes is a lower bound, as "as low as" is (insurance news,
        # price stories)
        (
            '被"沪惠保 2024 版"纳入特药保障,患者自付比例最低降至 28% 。',
            [("最低降至 28%", "cost_reduction", 28, None, "ge")],
        ),
        ("CAR-T疗法的价格低至50万元。", [("低至50万元", "cost", 500000, None, "ge")]),
        # ... the highest is an upper bound
        ("单次赔付最高 50 万元。", [("最高 50 万元", "cost", None, 500000, "le")]),
    ],
)
def test_the_lowest_a_share_or_price_goes_is_a_lower_bound(text, expected):
    assert [(c.text, c.metric, c.value.low, c.value.high, c.value.bound) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency named before the sum, with the hedge before it (Hong Kong and price news)
        ("所需费用高达港币200万元。", [("高达港币200万元", 2000000, "HKD", "le")]),
        ("Kymriah在美国的定价为美元47.5万。", [("美元47.5万", 475000, "USD", "eq")]),
        # thousands said after the ten thousands are one sum
        ("藥費便可大幅降至每月約九萬五千港幣。", [("約九萬五千港幣", 95000, "HKD", "approx")]),
        ("价格约为三十五万五千元。", [("约为三十五万五千元", 355000, "CNY", "approx")]),
        # ... but a count after a sum is not part of it
        ("费用为120万元,五千人受益。", [("120万元", 1200000, "CNY", "eq")]),
    ],
)
def test_a_currency_named_first_and_thousands_after_ten_thousands(text, expected):
    assert [
        (c.text, c.value.low or c.value.high, c.value.unit, c.value.bound) for c in claims_of(text)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast of who will benefit is no cohort (Hong Kong funding news, payer news)
        ("预计首年度有一千名公立医院病人受惠。", []),
        ("估计每年有100名患者可以受益。", []),
        # ... those treated are one, and a forecast in another clause leaves them be
        ("截至目前,该院已治疗300名患者。", [("300名", "patient_count")]),
        ("该研究共纳入60例患者,预计明年公布结果。", [("60例", "patient_count")]),
    ],
)
def test_a_forecast_of_patients_who_will_benefit_is_no_cohort(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patients described at length before their noun are still counted (trial news)
        (
            "研究团队介绍,共有156名CLDN18.2阳性的晚期胃癌或胃食管结合部癌患者参与了此次Ⅱ期临床试验。",
            [("156名", "patient_count", None)],
        ),
        # satri-cel's Chinese name is its own, not relma-cel's that it holds
        (
            "舒瑞基奥仑赛注射液治疗组的中位无进展生存期为3.25个月。",
            [("3.25个月", "pfs", "satricabtagene autoleucel")],
        ),
        ("瑞基奥仑赛注射液的客观缓解率为77.6%。", [("77.6%", "orr", "relmacabtagene autoleucel")]),
    ],
)
def test_patients_described_at_length_and_satri_cel_in_chinese(text, expected):
    assert [(c.text, c.metric, c.product) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # applications or leave to run trials count no trials and no approved products (regulator
        # reviews, industry news)
        ("截至2025年第二季度,药审中心共审评了765个CGT产品的临床试验申请(IND),其中以CAR-T为主。", []),
        ("已有25个CAR-T产品获得临床试验许可。", []),
        ("共有12款CAR-T产品获批开展临床试验。", []),
        # ... trials run and products approved stay
        ("目前国内已开展CAR-T相关临床试验300余项。", [("300余项", "trial_count")]),
        ("截至目前,国内已有8款CAR-T产品获批上市。", [("8款", "product_count")]),
    ],
)
def test_trial_applications_and_trial_leave_are_no_trials_or_approvals(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share kept free of progression for a time (patients' explainers, hospital news)
        (
            "针对滤泡性淋巴瘤的研究也发现,约60%的患者用后能保持12个月以上不进展。",
            [("约60%", "pfs", "P12M")],
        ),
        ("数据显示,45%的患者维持两年未出现疾病进展。", [("45%", "pfs", "P2Y")]),
        # a response told by the tumour's shrinking
        ("用CAR-T疗法后,40%-50%的患者肿瘤会明显缩小甚至消失。", [("40%-50%", "orr", None)]),
        ("约70%的患者肿瘤明显缩小。", [("约70%", "orr", None)]),
        # ... an entry rule's time without progression is no rate
        ("患者需保持6个月不进展方可入组。", []),
    ],
)
def test_a_share_free_of_progression_and_tumours_that_shrank(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a CAR-T product's Chinese generic name (…仑赛) makes its sentence a CAR-T one, also a
        # product the table does not hold yet (approval news, market-access analyses)
        (
            "需说明的是,恒润达生的恒凯莱 (雷尼基奥仑赛)虽于 2025 年 7 月 31 日获批,但错过了谈判。",
            [("2025 年 7 月 31 日", "approval")],
        ),
        ("雷尼基奥仑赛于2025年7月31日获批上市。", [("2025年7月31日", "approval")]),
        # ... a drug of another kind stays none
        ("该药于2024年3月获批上市,用于治疗高血压。", []),
    ],
)
def test_a_chinese_generic_name_of_a_car_t_product_makes_a_car_t_sentence(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price per box, bottle or tablet is another drug's (NRDL and price-cut news)
        ("以治疗肺动脉高压的靶向药司来帕格为例,经谈判后单盒价格从2.7万元降至6000元。", []),
        ("泛癌种靶向药拉罗替尼 3.15万元/瓶。", []),
        # ... a CAR-T's price per 支 or 针 stays
        ("阿基仑赛注射液定价120万元/支。", [("120万元", "cost")]),
    ],
)
def test_a_price_per_box_or_bottle_is_another_drugs(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # comparison words as bounds (reviews, explainers)
        ("肝癌的整体预后较差,5年总生存率小于12%。", [("小于12%", "os", "lt", 12)]),
        ("该疗法的有效率大于80%。", [("大于80%", "orr", "gt", 80)]),
        ("研究共纳入不少于30例患者。", [("不少于30例", "patient_count", "ge", 30)]),
        # thousands set apart by a space or a comma (journal abstracts, hospital news)
        ("共纳入2 161例患者。", [("2 161例", "patient_count", "eq", 2161)]),
        ("CAR-T治疗费用为120 000元。", [("120 000元", "cost", "eq", 120000)]),
        ("共纳入1,200例患者。", [("1,200例", "patient_count", "eq", 1200)]),
        # ... a year before a count is not one number with it
        ("2024年共纳入161例患者。", [("161例", "patient_count", "eq", 161)]),
    ],
)
def test_comparison_words_and_separated_thousands(text, expected):
    got = [
        (c.text, c.metric, c.value.bound, c.value.low if c.value.low is not None else c.value.high)
        for c in claims_of(text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relapsed patients' mortality is no relapse rate (single-centre analyses, reviews)
        (
            "本中心儿童ALL总体复发率为16.6%(76/458);复发ALL患儿死亡率57.9%(44/76),复发ALL患儿5年总体生存率为38.6%。",
            [("16.6%(76/458)", "relapse"), ("38.6%", "os")],
        ),
        ("患者复发率为20%。", [("20%", "relapse")]),
    ],
)
def test_relapsed_patients_mortality_is_no_relapse_rate(text, expected):
    assert [(c.text, c.metric) for c in claims_of(text)] == expected
