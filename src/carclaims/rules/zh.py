"""Chinese cues (CLAIMS.md section 6): the words that say which metric a number in a Chinese
sentence is about, which hedge bounds it, and what is not a claim. Tables, not code: the reader
(`carclaims.zh`) pairs numbers with the rows below, and each claim's `rule` names its row
("zh.orr_objective", "zh.count_patients").

Word order differs from English: a rate's name stands before its figure ("客观缓解率94.7%"), a
count stands before its noun ("13位患者", "5款CAR-T产品"), and "N例" after an outcome is a share of
the cohort ("10例中,死于复发者3例").
"""

from __future__ import annotations

from dataclasses import dataclass

# --- numbers -------------------------------------------------------------------------------------

# Full-width forms the pages use both ways, mapped one character to one (offsets stay put).
# (and the Latin letters Taiwan's press sets full width: "ＣＡＲ-Ｔ", "大Ｂ細胞")
FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９％．～－＋，：；（）／＜＞"
    + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
    + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789%.~-+,:;()/<>ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8}
CURRENCIES = {
    "人民币": "CNY", "元": "CNY", "RMB": "CNY", "¥": "CNY", "￥": "CNY",
    "美元": "USD", "美金": "USD", "US$": "USD", "$": "USD", "USD": "USD", "HK$": "HKD", "NT$": "TWD",
    "港元": "HKD", "港币": "HKD", "欧元": "EUR", "英镑": "GBP", "新台币": "TWD", "台币": "TWD",
    "日元": "JPY", "韩元": "KRW", "新加坡元": "SGD", "新元": "SGD", "澳元": "AUD", "加元": "CAD",
}  # fmt: skip

# Hedges right before a figure and right after it (CLAIMS.md 6): the bound they give.
HEDGES_BEFORE = {
    "不超过": "le", "不高于": "le", "最多": "le", "至多": "le", "高达": "le", "最高": "le", "可达": "le",
    "不低于": "ge", "至少": "ge",
    # ("患者自付比例最低降至28%", "低至50万元", "最低5万元": the lowest it goes, as "as low as" says)
    "最低降至": "ge", "最低至": "ge", "低至": "ge", "最低": "ge",
    "超过": "gt", "多于": "gt", "高于": "gt", "逾": "gt", "超": "gt",
    # ("藥價破千萬", "突破100万元": past a round sum)
    "突破": "gt", "破": "gt",
    "不到": "lt", "不足": "lt", "低于": "lt", "少于": "lt", "小于": "lt",
    # ("5年总生存率小于12%", "有效率大于80%": the comparison words, and their negations)
    "大于": "gt", "不少于": "ge", "不小于": "ge", "不大于": "le",
    "大约": "approx", "约": "approx", "将近": "approx", "接近": "approx", "近": "approx", "大概": "approx",
    # the signs, as tables and summaries write them ("实体瘤 <20%", "ORR>90%", "≥80%")
    "<": "lt", ">": "gt", "≤": "le", "≥": "ge", "<=": "le", ">=": "ge",
}  # fmt: skip
HEDGES_AFTER = {
    "以上": "ge", "以下": "le", "以内": "le", "左右": "approx", "上下": "approx", "余": "gt", "多": "gt",
}  # fmt: skip

# Classifiers that make a number a count, and what they count.
COUNT_CLASSIFIERS = ("例次", "案例", "例", "名", "位", "人", "款", "项", "个", "种", "家")
PERSON_CLASSIFIERS = frozenset({"例", "案例", "名", "位", "人", "个"})


# --- cues ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZhCue:
    """A Chinese metric word. `kinds`: the quantities it takes ("percent", "duration", "count",
    "money", "date"); `rank`: the more specific of two cues in one clause wins (CRS over fever)."""

    id: str
    metric: str
    pattern: str
    kinds: frozenset[str]
    rank: int = 0


PERCENT = frozenset({"percent"})
SURVIVAL = frozenset({"percent", "duration"})
OUTCOME = frozenset({"percent", "outcome_count"})

# Longer phrases first: the reader takes the match that begins first and is longest.
CUES: tuple[ZhCue, ...] = (
    ZhCue("cr_stringent", "cr", r"严格意义的完全缓解(?:\(sCR\))?(?:/完全缓解)?(?:\(CR\))?率?", OUTCOME, 3),
    ZhCue(
        "cr", "cr", r"完全缓解(?:\((?:CR|sCR)\))?(?:率|者)?|(?<![A-Za-z])s?CR(?:率)?(?![A-Za-z])", OUTCOME, 3
    ),
    ZhCue("cr_lesions", "cr", r"病灶清除率|病灶(?:完全)?消失", OUTCOME, 2),
    ZhCue(
        "mrd_negative",
        "mrd_negative",
        r"(?:微小残留病变?|MRD)(?:\(MRD\))?[^,。;:]{0,8}?(?:转阴率?|阴性率?)|MRD阴性",
        OUTCOME,
        3,
    ),
    ZhCue(
        "orr_objective",
        "orr",
        r"客观缓解率|客观有效率|(?:总体|总)?缓解率|(?:总体|总)?有效率|深度缓解"
        # ("疗效响应率", "客观响应率": a response rate as some pages translate it)
        r"|(?<![A-Za-z])ORR(?![A-Za-z])|临床缓解率|总反应率|(?:客观|总体|总|疗效)?响应率"
        # "近九成患者获得缓解", "15例患者获得客观缓解": a response told by its verb
        r"|(?:获得|达到|实现|取得)了?(?:客观)?缓解"
        r"|病情(?:明显|显著|均|都|得到|获得)?缓解(?!后)"  # "约80%的患者(12/15)病情明显缓解": the disease's
        # "40%-50%的患者肿瘤会明显缩小甚至消失": a response told by the tumour's shrinking
        r"|肿瘤(?:会|能|可)?(?:明显|显著)?缩小",
        OUTCOME,
        2,
    ),
    ZhCue("dcr", "dcr", r"疾病控制率|(?<![A-Za-z])DCR(?![A-Za-z])", PERCENT, 2),
    ZhCue("pfs", "pfs", r"(?:中位)?无进展生存(?:期|率|时间)?|(?<![A-Za-z])m?PFS(?![A-Za-z])", SURVIVAL, 2),
    ZhCue(
        "efs",
        "efs",
        r"(?:中位)?无(?:事件|病|复发|白血病)生存(?:期|率|时间)?|(?<![A-Za-z])m?(?:EFS|DFS|RFS|LFS)(?![A-Za-z])",
        SURVIVAL,
        2,
    ),
    ZhCue(
        "os",
        "os",
        r"(?:中位)?(?:总体|总)?(?:生存|存活)(?:期|率|时间)|(?<![A-Za-z])m?OS(?![A-Za-z])",
        SURVIVAL,
        1,
    ),
    # "僅約3成病人5年後可順利存活": a share of patients still alive, told by the verb (its time
    # point the years before it)
    ZhCue("os_alive", "os", r"(?:可以?|能够?|仍然?|还|顺利|依然)+存活(?![期率时])", PERCENT, 1),
    # "约60%的患者能保持12个月以上不进展": a share still free of progression at a time point
    ZhCue(
        "pfs_no_progression",
        "pfs",
        r"(?:保持|维持)(?=\s*(?:超过|逾|达到?|至少|满)?\s*(?:\d{1,3}|[一二两三四五六七八九十]+)\s*(?:个月|年|周)"
        r"\s*(?:以上|或更长)?\s*(?:都|均)?(?:不|未|没有)(?:出现)?(?:疾病|病情)?进展)",
        PERCENT,
        1,
    ),
    ZhCue(
        "dor",
        "dor",
        r"(?:缓解|疗效|反应)(?:持续|维持)时间|持续缓解时间|(?<![A-Za-z])m?DOR(?![A-Za-z])",
        SURVIVAL,
        2,
    ),
    # (not "复发性B-ALL", "复发难治性": the disease the patients were treated for)
    # (not "复发ALL患儿死亡率57.9%": the relapsed children's mortality, no relapse rate)
    ZhCue(
        "relapse", "relapse", r"复发率|(?<!原发病)复发(?![/或、]?难治|性|[^,，。;；]{0,8}?死亡率)", OUTCOME, 1
    ),
    ZhCue("cure", "success_rate", r"治愈率|成功率", PERCENT, 2),
    # ("细胞因子风暴", "免疫风暴": the press's words for it)
    ZhCue("crs", "crs", r"细胞因子释放综合征|(?:细胞因子|免疫)风暴|(?<![A-Za-z])CRS(?![A-Za-z])", OUTCOME, 3),
    ZhCue(
        "neurotoxicity",
        "neurotoxicity",
        # ("10例有神经系统症状": symptoms of the nervous system, as case series report them)
        r"免疫效应细胞相关神经毒性综合征|神经毒性|神经系统(?:症状|毒性|不良反应)|(?<![A-Za-z])ICANS(?![A-Za-z])",
        OUTCOME,
        3,
    ),
    ZhCue(
        "adverse_event",
        "adverse_event",
        # ("约30%的人会出现骨质疏松、糖尿病等严重副作用": side effects, as patients' pages say)
        r"不良反应|不良事件|毒?副作用|副反应|发热|皮疹|感染|移植物抗宿主病|GVHD|血细胞减少|中性粒细胞减少",
        OUTCOME,
        1,
    ),
    ZhCue(
        "reimbursed_share",
        "cost_reduction",
        # "医保报销70%": the share reimbursed, with or without 比例; and the share the patient
        # still pays ("自掏腰包支付高达70%", "个人需承担40%")
        r"自付比例|报销(?:比例)?|赔付比例|折扣|降价|降幅|便宜|节省"
        # (a share, not the sum they pay: "患者自付仅需约30万元" is a cost)
        r"|(?:自掏腰包(?:支付)?|(?:个人|患者)(?:仍|还)?(?:需要?|要)?(?:承担|自付))"
        r"(?=[^,。;]{0,10}?(?:\d+(?:\.\d+)?\s*%|百分之|[一二三四五六七八九]成))|自费比例",
        PERCENT,
        2,
    ),
    ZhCue(
        "price_cut",
        "cost_reduction",
        # ("价格比进口产品低30%", "国产CAR-T价格低约三成": lower than the other by so much)
        r"(?:价格|费用|定价|售价)(?:[^,。;]{0,12}?比[^,。;]{0,12}?)?[^,。;]{0,4}?(?:下降|下调|降低|减少|低(?!于)|便宜)了?",
        PERCENT,
        3,
    ),
    ZhCue(
        "price",
        "cost",
        # ("医保报84万", "“惠蓉保”报50万": what an insurer paid; "个人仅掏2万", "自己承担3万": what
        # the patient paid)
        # ("药价800余万元": the drug's price, as Taiwan's papers put it)
        # ("单针成本高达百万": what one infusion costs)
        r"价格|定价|售价|要价|标价|费用|花费|治疗费|药价|药费|价(?:为|是|约)|(?:单针|每针|一针)成本|一针|每针|/针"
        r"|自付|起付线|赔付|保额|报销"
        # ("因为这个要一千多万": what it takes, as people say a price; not 需要, 主要, 只要)
        r"|(?<![需想只还主重必将就不])要(?=[约近]?\s*[一二两三四五六七八九十百千\d])"
        r"|百万(?:元)?级|万元级"
        r"|保[”\"」]?报(?![道告名销])|掏出?|承担",
        frozenset({"money"}),
        1,
    ),
)

# A duration right before a survival cue is its time point ("1年总体生存率"), not a claim.
# ("一年整体存活率": the whole cohort's rate at one year)
# (not a calendar year: "高于2024年的成功率76%")
TIMEPOINT_BEFORE_CUE = (
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(个月|年|周)"
    r"(?:的|后|以后|之后)?(?:整体|总体)?$"
)
# ...and after a verb of survival ("约六成患者可以存活超过五年": alive at five years)
TIMEPOINT_AFTER_VERB = r"^了?(?:超过|逾|达到?|至少|满)?\s*(\d{1,3}|[一二两三四五六七八九十]+)\s*(个月|年|周)"
# A success rate of drug-list negotiations, not of a treatment ("此轮国谈…总体成功率88%")
NEGOTIATION = r"国谈|谈判|医保目录|药品目录|创新药目录|申报|形式审查"

# Money that is no price of a treatment (CLAIMS.md 6): premiums, sales, revenue, losses,
# financing, market sizes, R&D spending, a negotiation's thresholds ("50万不谈").
NOT_A_PRICE = (
    r"保费|销售额|销售收入|营收|营业收入|收入|净利润|利润|亏损|融资|募资|估值|市场规模|市场|投资|研发|"
    # ("天价门槛", "百万级的价格门槛": a price as a barrier is still the price)
    r"不谈|不进|(?<!天价)(?<!价格)门槛|年收入|工资|补贴|基金|/股|每股|股价|发行价|认购金额|股本"
    # money given, not paid for a treatment: "主治医师率先捐款50万元"
    r"|捐款|捐赠|捐出|募款|筹款|众筹|善款"
    # what someone would do with money they do not have: "如果我有1千万，我早就…"
    r"|如果我?有|假如我?有|要是我?有"
    # an insurance plan named by its cover: "百万医疗险", "百万医疗保险"
    r"|百万医疗(?:保)?险"
)
# ...and the later sums of a list that one of those heads ("净利润分别为-52005.26万元、…和-3385.82万元")
NOT_A_PRICE_LIST = (
    rf"(?:{NOT_A_PRICE})[^,，。;；]{{0,8}}?(?:分别为|分别是|为|是|达|:|：)?\s*"
    r"(?:[-−]?\s*[\d.,]+\s*(?:万|亿|百万)?元?\s*[、和及与]\s*)+[-−]?\s*$"
)
# A sum restated per day ("相当于每天不到400元", "折合每天约400元"): the same cost in other terms
PER_DAY_BEFORE = r"(?:相当于|折合|约合|平均)\s*每(?:天|日)\s*$"
# Percentages of something else: shares of a list, growth, pass rates.
# "最常见的不良反应（≥20%）是上呼吸道感染、疲劳…": the threshold of a listed set of adverse
# reactions (as labels write it), no rate
AE_LISTING_THRESHOLD_BEFORE = r"(?:不良反应|不良事件|副作用)\s*[（(]\s*$"
AE_LISTING_THRESHOLD_AFTER = r"\s*[）)]\s*(?:是|为|包括|有|如下|[：:])"
NOT_A_RATE = r"占比|增长|同比|环比|入选率|通过比例|通过率|市场份额|渗透率|参保率|覆盖率"

# What a count counts: the noun it reaches (within the same clause, after the classifier).
# What may stand between a count and its product noun: "5款已经上市CAR-T产品", "五款百万级产品",
# "5款“天价抗癌药”CAR-T产品"; anything else ("超过20个城市的惠民保将CAR-T…") counts something else.
# ("5款主流CAR-T产品": the mainstream ones)
PRODUCT_GAP = (
    r"[“”\"「」 ]|已经|已|获批|上市的?|国产|进口|自主研发的?|百万元?级的?|天价抗癌药|创新|商业化的?"
    r"|主流的?|主要的?|在售的?|现有的?"
)
PRODUCT_NOUN = (
    r"(?:CAR-?T|细胞治疗|细胞疗法|细胞药物)[^,。;:]{0,8}?(?:产品|药物|疗法|药品|细胞药物)?|产品|药物|疗法"
)
TRIAL_NOUN = r"临床研究|临床试验|试验"
# (患儿: child patients; 病例 and 个案: cases, as abstracts and Taiwan's papers count them)
PATIENT_NOUN = r"患者|病人|受试者|患儿|病例|个案"
# "已累计完成300余例", "已治疗逾200名": a count of people treated, told by its verb
TREATED_BEFORE = r"(?:完成|治疗了?|救治|收治|惠及|回输|入组|招募了?|给付)$"  # not 纳入: "纳入30多个省市"
# "九十人获健保给付", "90人获得医保报销": people whose treatment a payer paid for, told by what follows
PAID_FOR_AFTER = r"(?:已|均)?(?:获得?|取得)(?:了)?(?:健保|医保|惠民保|商保|保险)?(?:给付|报销|赔付)"
# No CAR-T treatment costs more than this in any currency: larger sums are markets and revenues
MAX_PRICE = 5e7
# A count told after its noun: "CAR-T临床试验数量已超过500项", "获批上市的CAR-T产品已达7款".
NOUN_FIRST_VERB = r"\s*(?:已|共|累计|总计)?\s*(?:达到|达|有|为|超过|超|逾|近|约)?\s*"
TRIALS_TOLD_FIRST = rf"(?:{TRIAL_NOUN})(?:数量|数)?{NOUN_FIRST_VERB}$"
RELATED_TRIALS_TOLD_FIRST = rf"相关(?:的)?(?:{TRIAL_NOUN})(?:数量|数)?{NOUN_FIRST_VERB}$"
PRODUCTS_TOLD_FIRST = rf"(?:CAR-?T|细胞治疗|细胞疗法)[^,。;]{{0,6}}?(?:产品|药物|疗法){NOUN_FIRST_VERB}$"
# Time points listed before one survival word: "1年、2年总生存率", "6个月和12个月无进展生存率"
TIMEPOINT_LIST = r"(?:(?:\d+|[一二两三四五六七八九十]+)\s*(?:个月|年|周)\s*(?:、|和|及|与|,)?\s*)+$"
# Counts that restate a set just named ("这5款药物", "上述两款药") or rank ("第五款").
DEMONSTRATIVE_BEFORE = r"(?:这|上述|该|这些|此|第)$"
# A count of products still in development is no count of approved products (CLAIMS.md 2).
# ("获得临床试验许可", "获批开展临床试验", "临床试验申请": leave to test a product, not to sell it)
NOT_APPROVED_YET = (
    r"临床研发|临床前|在研|研发中|管线|临床阶段|临床试验阶段|申报中|审评中"
    r"|临床试验(?:许可|申请|批件)|(?:获批|批准)开展(?:[^,。;]{0,6})?临床"
)
# An approval said of several products at once: no one product's.
SEVERAL_APPROVED = r"首批|[两二三四五六七八九十\d]+款|多款|这些"
# Words of a general drug list, not of CAR-T products.
NOT_CART_PRODUCTS = r"新药|药品|通用名|创新药|中成药|罕见病"

# Approvals: the words that make a date an approval, and the dates that are not.
# "该疗法", "该产品", "本品": the product or therapy the sentences before named
THIS_PRODUCT = r"该(?:疗法|产品|药物?|注射液|细胞疗法|CAR-?T)|本品"
APPROVAL_WORDS = r"获批|批准(?!开展)|附条件批准"
NOT_APPROVAL = r"受理|申报|截至|发布|实施|更新时间|报道|开展|至\d"
# A CAR-T context for an approval date: the product class or a product name in the clause.
# ("百万抗癌针", "天价抗癌针": the press's name for a CAR-T infusion)
# ("雷尼基奥仑赛注射液", "某某仑赛": a CAR-T product's Chinese generic name ends in 仑赛, -leucel,
# also one the product table does not hold yet)
CART_WORDS = r"CAR-?T|细胞治疗|细胞疗法|嵌合抗原受体|抗癌针|[\u4e00-\u9fff]{2,5}仑赛"

# Attribution (CLAIMS.md 4 and 6).
INDICATIONS: tuple[tuple[str, str], ...] = (
    # (Taiwan's press: "淋巴癌" for the lymphoma, "急性淋巴性白血病" for ALL)
    (r"弥漫.{0,2}大B细胞淋巴[瘤癌]|大B细胞淋巴[瘤癌]|DLBCL|LBCL", "LBCL"),
    (r"多发性骨髓瘤|骨髓瘤|RRMM|(?<![A-Za-z])MM(?![A-Za-z])", "MM"),
    (r"急性T淋巴细胞白血病|T-ALL", "T-ALL"),
    (
        r"急性B淋巴细胞白血病|B淋巴细胞白血病|急性淋巴(?:细胞|性)白血病|B-ALL|BALL|B系急性淋巴"
        r"|(?<![A-Za-z-])ALL(?![A-Za-z])",
        "B-ALL",
    ),
    (r"套细胞淋巴瘤|MCL", "MCL"),
    (r"滤泡(?:性)?淋巴瘤(?!转化)", "FL"),
    (r"B细胞淋巴瘤|非霍奇金淋巴瘤", "B-NHL"),
    (r"慢性淋巴细胞白血病|CLL", "CLL"),
    # "白血病" alone is leukaemia of any kind (as "leukemia" in English)
    (r"血液肿瘤|血液瘤|血液系统(?:恶性)?肿瘤|血液恶性肿瘤|白血病", "hematologic malignancies"),
    (r"胃癌|胃食管结合部", "gastric cancer"),
    (r"胰腺癌", "pancreatic cancer"),
    (r"肝癌", "liver cancer"),
    (r"实体瘤|实体肿瘤", "solid tumors"),
)
# Longer words first within one alternation ("国内外" before "国内"); "全球首个" is a rank, not a place.
REGIONS: tuple[tuple[str, str | None], ...] = (
    # not "国内外不同厂家": where the makers come from, not where a figure holds
    (
        r"国内外(?!(?:不同|多家|各大|众多|的)?(?:厂家|厂商|企业|药企|公司))|全球(?!首|第一)|世界范围|国际上",
        "global",
    ),
    # a figure abroad, or in a place outside the list ("香港同疗法费用亦超200万港币"): no region of ours
    (r"国外|海外|境外|进口|香港|港币|港元|澳门|台湾|日本|韩国|新加坡|印度|泰国|马来西亚", None),
    (r"美国|FDA|食品和药物管理局|美国食品药品监督管理局", "US"),
    (r"欧洲|欧盟|EMA", "Europe"),
    (r"国内(?!外)|我国|中国|国产|国家药监局|国家药品监督管理局|NMPA|国家医保|医保局|惠民保|商保", "China"),
)
# A sentence about the old way of treating: its figures are no product's.
COMPARATOR = (
    r"传统治疗手段|传统疗法|(?:常规|标准)治疗(?:组|方案下|下的)|化疗组|对照组|历史对照|历史数据|汇总分析"
)
# Another kind of treatment named by a figure's sentence ("基础层则是PD-1/PD-L1抑制剂，国产药物年费用约
# 3-10万元", "化疗单周期费用…"): a CAR-T product of the sentences before, or of the article, is not its
OTHER_TREATMENT = (
    r"PD-?L?1|抑制剂|单抗|化疗|放疗|靶向药|质子治疗|免疫细胞回输|NK细胞|NKT"
    r"|干细胞移植|自体移植|异体移植|骨髓移植"
)
# A list item's own label at the start of its line ("居民医保+惠民保：成都外卖员父亲患淋巴瘤，…"): a new
# case, which the item before lends no product
ITEM_LABEL = r"^[^，。；：\n]{1,16}[：:]"
# A figure said of several products at once ("其余产品定价均超百万").
SEVERAL = r"其余|其他|这些|各款|均|多款|\d+款|[两三四五六七八九]款"
# ("年轻成人", young adults, go with children, as "pediatric and young adult patients" does)
POPULATIONS = ((r"儿童|青少年|小儿|儿科|年轻成人", "pediatric"), (r"(?<!年轻)成人|成年", "adult"))
