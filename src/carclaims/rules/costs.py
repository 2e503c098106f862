"""Costs and relative savings. Any money amount is a cost unless the sentence is about markets."""

import re

from .. import fastre
from . import Cue

# Words that make a "lower"/"less" after a number a saving rather than, say, a lower CR rate.
COST_CONTEXT = (
    r"cost|pric|expens|cheap|afford|saving|fee|\$|€|£|¥|RMB|yuan|USD|\bCNY\b"
    # "reducing his bill by over 70%", "cut her hospital bill by 40%" (not a bill in parliament)
    r"|\b(?:hospital|medical|treatment|CAR[- ]?T|therapy|his|her|their|our|your|my"
    r"|patients?['’]?s?)\s+bills?\b"
    # "can expect to pay about 50 per cent to 70 per cent less", "patients pay 60% less": a
    # share right after "pay" (not "patients who pay privately had 20% lower CR rates")
    r"|\bpay(?:s|ing)?\s+(?:(?:about|around|roughly|approximately|nearly|up\s+to|only|some|just)\s+)?\d"
)
# "raised $50 million in a Series B": funds, unless it is a price or a payment that was raised
# ("raised the list price from $373,000 to $475,000", "the price was raised to ...", "will raise
# reimbursements for CAR-T to $242,450", "the payment will be raised to …")
RAISED_FUNDS = (
    r"(?<!\bprice\swas\s)(?<!\bprices\swere\s)(?<!\bprice\sis\s)(?<!\bprice\shas\sbeen\s)"
    r"(?<!\bprices\shave\sbeen\s)(?<!\bwill\sbe\s)(?<!\bpayment\swas\s)"
    r"\braised?\b(?!\s+(?:[\w-]+\s+){0,3}?(?:prices?|costs?|fees?|co-?pays?|payments?|reimbursements?)\b)"
)
# A company's income, not a household's or a patient's income group ("lower-income patients")
# ("a family with an income of $50,000 a year paid $12,000 out of pocket": a family's)
COMPANY_INCOME = (
    r"(?<!household\s)(?<!family\s)(?<!personal\s)(?<!monthly\s)(?<!capita\s)(?<!\ban\s)(?<!-)\bincome\b"
    r"(?!\s+(?:levels?|groups?|tiers?|brackets?|tests?))"
)
# The size of a market, an industry or a sector: "the market size was valued at USD 4.3 billion",
# "the industry size of CAR T-cell therapy is assessed at USD 7.35", "the sector's value"
# An analyst's words for a stock: "the stock currently trades at $32.42", "its 52-week low", "a
# $78 price target"
STOCK_TALK = (
    r"\b(?:stock|shares)\s+(?:currently\s+|now\s+|was\s+|were\s+|is\s+|are\s+)?trad(?:es|ed|ing)\b"
    r"|\b52-week\s+(?:low|high)\b|\bprice\s+targets?\b"
    # an offering's or a listing's day: "priced its offering of 14.5 million shares at $22 each",
    # "shares soared as high as $35.03 … finishing the day at $30 each, up 36% from the IPO price"
    r"|\b(?:stock|shares)\s+(?:soared|surged|jumped|rose|climbed|fell|dropped|slid|plunged|closed|opened"
    r"|finished|ended)\b|\bIPO\s+price\b|\bper[- ]share\b|\bits\s+(?:IPO|offering)\b"
)
MARKET_SIZE = (
    r"\b(?:market|industry|sector)(?:['’]s)?\s+(?:size|value|cap|worth|valuation)"
    r"|\b(?:market|industry|sector)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:valued|worth|assessed|estimated|pegged)"
    r"\s+at\b"
)
# Money in these sentences is not the price of therapy ("sales" is a company's, but an "average
# sales price" is what a hospital pays).
# ...nor in a sentence about company finances, fundraising or insurance premiums (CLAIMS.md 1).
NOT_A_PRICE_SENTENCE = fastre.compile(
    r"\brevenues?\b|\bsales\b(?!\s+prices?\b)|\bR&D\b|research\s+and\s+development|\bexpenditure\b"
    # a company's expenses ("R&D expenses", "selling expenses"), not "excluding additional expenses"
    r"|\b(?:operating|selling|administrative|general|marketing|distribution|company|group)\s+expenses\b"
    # funds raised or invested; not a price "funded by the government" (a payer covers it)
    r"|\bcash\b|\bpremiums?\b|\bfund(?:s|raising|raised)?\b|\bloans?\b"
    r"|\bfunded\b(?!\s+(?:by|through|under|via)\s+(?:the\s+)?(?:federal\s+|state\s+|national\s+|public\s+)?"
    r"(?:government|state|public|NHS|Medicare|Medicaid|health|insurance|insurers?|taxpayers?))"
    # (not "their donation page explains": where a family's story is told, no money given)
    r"|\bdonat(?:e|es|ed|ing|ions?|ors?)\b(?!\s+(?:page|site|website|link|button)s?\b)"
    r"|\bcrowdfund\w*|\bsponsor(?:ed|ing|ships?)\b|\bto\s+sponsor\b"
    # money given: "after a mystery donor contributed that amount", "Simon Cowell pledged $65,000"
    r"|\bpledg(?:e|es|ed|ing)\b|\b(?:donors?|benefactors?|philanthropists?|well-wishers?|strangers?)\s+"
    r"(?:\w+\s+){0,2}?(?:gave|give|gives|contributed|contributes|provided|stepped\s+in|chipped\s+in)\b|"
    + RAISED_FUNDS
    + r"|\binvest(?:s|ed|ing|ment|ments)?\b|\bstake\b|\bbuy\s+\w+\s+out\b"
    r"|\bacquire[ds]?\b|\bacquisition\s+of\b|\bvaluation\b|"
    + MARKET_SIZE
    + r"|\byear[- ]on[- ]year\b|\bYOY\b|\bCAGR\b|compound\s+annual\s+growth"
    # money set aside for something: "the remaining 60,000 euros are intended to cover …"
    r"|\b(?:intended|earmarked|allocated|set\s+aside)\s+(?:to|for)\b|\bwill\s+be\s+used\s+(?:to|for)\b"
    r"|\bmarket\s+(?:is\s+|was\s+)?(?:expected|projected|forecast|estimated|set|poised)\s+to\b"
    # a company's stock: "the stock rose to the high 40,000 won range … and closed at 55,200 won"
    r"|\b(?:stock|shares)\s+(?:rose|fell|climbed|jumped|dropped|gained|slid|surged|traded|closed|opened)\b"
    r"|\bclosed\s+(?:at|the\s+day\s+at)\s+[^\s]*\d"
    # an analyst's note: "The stock currently trades at $32.42, near its 52-week low", "a $78 price target"
    r"|"
    + STOCK_TALK
    # a trial site's payment to its volunteers: "Participants will receive up to $500 for time and
    # travel", "a stipend of $50 per visit" (what taking part pays, not what treatment costs)
    + r"|\b(?:participants|volunteers|subjects)\s+(?:will\s+|may\s+|can\s+|could\s+)?"
    r"(?:receive|get|earn|be\s+paid|be\s+compensated)\b|\bstipends?\b"
    r"|\bfor\s+(?:your\s+|their\s+)?(?:time\s+and\s+travel|travel\s+and\s+time)\b"
    # an award's purse: "Winners will receive € 10,000 and the opportunity to present their work"
    r"|\b(?:winners?|awardees?|laureates?)\s+(?:will\s+|each\s+)*(?:receive|get|win|be\s+awarded)\b"
    r"|\bcash\s+prizes?\b|\bprize\s+money\b|\bprizes?\s+of\b",
    re.IGNORECASE,
)
# A willingness-to-pay threshold, right before its sum: what a payer would pay for a QALY, not
# what the treatment costs ("at a WTP of $150 000 per QALY", "a willingness to pay (WTP)
# threshold of US $31,320", "a cost-effectiveness threshold of £30,000"). The other sums of its
# sentence stay: the ICER in brackets after it ("($93 547 per QALY)"), a threshold price ("if it
# cost more than $972 061").
WTP_BEFORE = fastre.compile(
    r"(?:\bwillingness[- ]to[- ]pay|\bWTP)\b(?:\s*\(WTP\))?(?:\s+(?:thresholds?|levels?|values?))?"
    r"(?:\s+(?:was|is|of|at|set\s+at|of\s+about))*\s*[:=]?\s*(?:about\s+|approximately\s+|around\s+)?$"
    r"|\b(?:cost-effectiveness|ICER|QALY)\s+thresholds?\s+(?:of|at|=)\s*$"
    # a health system's ceiling on what a drug may cost ("the normal NHS ceiling of £50,000 for a
    # life-saving drug"); an insurer's cap on what it pays stays a cost ("a reimbursement ceiling")
    r"|\b(?:NHS|NICE|appraisal|funding)\s+(?:ceiling|threshold|limit)\s+(?:of|at)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# A threshold told by what it is per ("at a threshold of $200,000 per QALY", "a threshold of
# £30,000/QALY"): a willingness to pay without its name. (A threshold of other sums stays: an
# insurer's deductible threshold is what a patient pays first.)
THRESHOLD_BEFORE = fastre.compile(r"\bthresholds?\s+(?:of|at|=)\s*(?:about\s+|around\s+)?$", re.IGNORECASE)
PER_QALY_AFTER = fastre.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:per|/|a)\s*(?:QALY|quality[- ]adjusted|(?:LY|life[- ]years?)\b)",
    re.IGNORECASE,
)
# ...and the same ceiling named after its sum: "way above the usual £50,000 NHS ceiling", "at a
# $50,000 per QALY threshold", "a $100,000/QALY willingness-to-pay threshold" (an insurer's "$500,000
# lifetime limit" stays: what it pays for a treatment)
CEILING_AFTER = fastre.compile(
    r"\s*(?:NHS|NICE|appraisal|cost[- ]effectiveness|QALY|WTP|willingness[- ]to[- ]pay)\s+"
    r"(?:ceiling|threshold|limit)\b"
    r"|\s*(?:per|/|a)\s*(?:QALY|quality[- ]adjusted\s+life[- ]years?|(?:LY|life[- ]years?)(?:\s+gained)?)"
    r"\s+(?:(?:WTP|willingness[- ]to[- ]pay|cost[- ]effectiveness)\s+)?(?:ceiling|threshold)\b"
    # "the $50,000 per QALY has been selected for consistency", "£30,000 per QALY is used as the
    # benchmark": a value per QALY an agency chose to judge by
    r"|\s*(?:per|/|a)\s*QALY\s+(?:has\s+been|had\s+been|was|is|were|are)\s+(?:\w+\s+)?"
    r"(?:selected|chosen|adopted|set|used|applied|accepted)\b",
    re.IGNORECASE,
)
# The price of reading, not of treatment: a journal page's or a news site's paywall ("Buy this
# article / USD 39.95 / Prices may be subject to local taxes which are calculated during
# checkout"), looked for a few lines around the sum
PAYWALL_NEAR = fastre.compile(
    r"\b(?:buy|purchase|rent)\s+(?:this\s+|the\s+)?(?:article|chapter|issue|PDF|e-?book|journal)\b"
    r"|\bcalculated\s+during\s+checkout\b|\binstitutional\s+subscription\b"
    # a news site's own offer: "7 day trial access / Become a subscriber / Or £77 per month"
    r"|\bbecome\s+an?\s+(?:subscriber|member)\b|\bsubscribe\s+(?:now|today|here)\b|\btrial\s+access\b"
    r"|\b(?:digital|print|annual|monthly|premium)\s+subscription\b|\bfree\s+trial\b",
    re.IGNORECASE,
)
# How a cost-effectiveness model weighs future costs, not a saving: "a 3.5% annual discount rate",
# "costs and outcomes were discounted at 3% per year", "discounted by 3.5% annually"
DISCOUNTING = fastre.compile(
    r"\bdiscount(?:ing)?\s+rates?\b|\bdiscount(?:ing|ed)?\s+(?:at|by)\b[^.;]{0,40}?"
    r"(?:\bper\s+(?:year|annum)\b|\bannual(?:ly)?\b|\ba\s+year\b|\byearly\b)"
    r"|\b(?:costs?|outcomes|QALYs?|LYs?|benefits|health\s+gains|effects)\s+(?:were|are|was|is)\s+(?:both\s+)?discounted\b",
    re.IGNORECASE,
)
# A change in these is a company's result, not a saving for patients ("a decrease of 40.7% YOY").
COMPANY_FINANCES = fastre.compile(
    # a company's expenses, not a patient's ("treatment expenses are 7-10 times lower")
    r"\brevenues?\b|\bsales\b(?!\s+prices?\b)|\b(?:operating|selling|administrative|general|marketing"
    r"|distribution|company|group|R&D|research\s+and\s+development)\s+expenses\b|\bexpenditure\b|\bprofits?\b|"
    + COMPANY_INCOME
    + r"|\byear[- ]on[- ]year\b|\bYOY\b|\bshare\s+price\b"
    # a stock's moves: "near its 52-week low of $32.08, having declined 46% year-to-date"
    + r"|\byear-to-date\b|"
    + STOCK_TALK,
    re.IGNORECASE,
)
NOT_A_PRICE = fastre.compile(
    MARKET_SIZE
    + r"|\brevenues?\b|\bsales\b(?!\s+prices?\b)|\bfunding\b|"
    + RAISED_FUNDS
    + r"|"
    + COMPANY_INCOME
    + r"|\bGDP\b|\bper\s+capita\b"
    r"|\bvaluation\b|\binvest(?:ed|ment)\b|\bgrants?\b|\bdeal\b|\bupfront\s+payment\b"
    # a company's shares: "shares rose 5% to $60", "its stock closed at $45.20", "$23 per share"
    # (not "the patient's share of the cost")
    r"|\bshares\b|\bper\s+share\b|\bshare\s+price\b|\bstocks?\b|\bIPO\b|\bNasdaq\b|\bNYSE\b"
    # what a share earns or pays: "fiscal 2025 EPS projected at -$0.75", "a net loss per share of $1.77"
    r"|\bEPS\b|\b(?:earnings|loss|income)\s+per\s+(?:ordinary\s+)?share\b|\bdividends?\b"
    # a quote page's header: "… Closing price 05/1/2025 … Extended Trading $34.20"
    r"|\b(?:closing|opening)\s+price\b|\b(?:extended|after[- ]hours|pre[- ]?market)\s+trading\b"
    # what a hospital spends to run the service, not a treatment's price: "the cost of implementing
    # CAR-T was estimated at €1.31 million", "set-up costs of $2 million for a new centre"
    r"|\bcosts?\s+of\s+(?:implementing|setting\s+up|establishing|building|accrediting|running|launching)\b"
    r"|\b(?:implementation|set[- ]?up|start[- ]?up|infrastructure|accreditation|capital)\s+costs?\b"
    # what a payer spends on all its patients together: "the budget impact was estimated at $2.4
    # million", "the total cost to the health system is projected at €4.1 million"
    r"|\bbudget(?:ary)?\s+impacts?\b|\bimpact\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?budgets?\b"
    r"|\b(?:total|overall|aggregate)\s+(?:annual\s+|yearly\s+)?(?:costs?|spending|expenditure)\s+(?:to|for)\s+"
    r"(?:the\s+)?(?:health|NHS|national|public|state|province|provincial|payers?|system|insurers?|government)\b"
    # an analyst's price target for a company's stock, an offering of its shares: "raised the price
    # target to $80", "priced its public offering at $4.50 per ADS"
    r"|\bprice\s+targets?\b|\b(?:public|underwritten|registered\s+direct|share|stock)\s+"
    r"offering\b|\bper\s+(?:ADS|ADR)\b",
    re.IGNORECASE,
)
# A stock's quote: the price, then its change and the change in per cent ("$33.96 -0.99 (-2.83%)")
STOCK_QUOTE_AFTER = fastre.compile(r"\s*[-+−]\s?\d+(?:\.\d+)?\s*\(\s*[-+−]\s?\d+(?:\.\d+)?\s?%\s*\)")
# An economic model's net monetary benefit, right before its sum: "the iNMB was −$107,642" (a
# value, not a price; the ICER before it in the sentence stays)
NET_BENEFIT_BEFORE = fastre.compile(
    r"\b(?:i?NMBs?|net\s+(?:monetary|health)\s+benefits?)\b(?:\s*\(i?NMB\))?\s*(?:was|were|is|of|at|=|:)?\s*[-−–]?\s*$",
    re.IGNORECASE,
)

# What a sum is, said right after it: the size of a programme's funding ("a $15-million
# partnership", "a $10M investment"), or money given to one ("an additional $5M to the
# initiative", "$5 million to the CAR-T program"), not what a treatment costs someone
FUNDING_AFTER = fastre.compile(
    r"^\s*(?:partnerships?|investments?|initiatives?|grants?|endowments?|donations?)\b"
    # what a building or a plant costs: "the RM6 million laboratory", "a $50-million manufacturing
    # facility", "a €20m cell therapy centre"
    r"|^\s*(?:(?:state-of-the-art|new|dedicated|GMP|manufacturing|production|research"
    r"|cell(?:\s+and\s+gene)?|gene|therapy|treatment|CAR[- ]?T)\s+){0,3}"
    r"(?:laborator(?:y|ies)|lab|labs|facility|facilities|plant|plants|cent(?:re|er)s?|building|wing|campus"
    r"|hub|site)\b"
    r"|^\s*(?:to|toward|towards|into)\s+(?:the|a|an|this|its|their|that)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:partnerships?|initiatives?|programmes?|programs?|projects?|campaigns?|efforts?|funds?)\b",
    re.IGNORECASE,
)

# A payer's spending projected year by year, not one treatment's price: "additional treatment
# costs … come to CHF 2.5 million in 2023, increasing to CHF 2.7 million by 2027" (the first sum,
# then the one it grows to)
PROJECTED_SERIES_AFTER = fastre.compile(
    r"^\s*(?:in|by|for)\s+(?:19|20)\d{2}\s*,?\s+(?:and\s+)?(?:increasing|rising|growing|climbing)\s+to\b",
    re.IGNORECASE,
)
PROJECTED_SERIES_BEFORE = fastre.compile(
    r"\b(?:19|20)\d{2}\s*,?\s+(?:and\s+)?(?:increasing|rising|growing|climbing)\s+to\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+)?$",
    re.IGNORECASE,
)

# What a patient earns, not what the treatment costs: "a patient earning 5 million yen a year
# would pay 400,000 yen", "an annual salary of 5 million yen", "wages of $3,000 a month" (the
# words right before the sum: a salary named earlier in the clause leaves the sum they pay be)
# ("the median pre-tax household income was $66,500": a survey's income, no cost)
EARNED_BEFORE = fastre.compile(
    r"(?:\bearn(?:s|ed|ing)?|\bsalar(?:y|ies)|\bwages?|\bpaychecks?|\bincomes?)\s+"
    r"(?:of\s+|at\s+|is\s+|was\s+|were\s+|are\s+|:\s*)?"
    r"(?:about\s+|around\s+|roughly\s+|over\s+|under\s+|less\s+than\s+|more\s+than\s+)?$",
    re.I,
)
# A sum an income is compared with, a means test's bracket: "$0 ≤ PCHI ≤ $3,300", "household
# income > $10,100", "incomes below $50,000 a year" (who gets a subsidy, not what a treatment costs)
_INCOME_WORD = (
    r"(?:(?:monthly|annual|yearly|gross|net|household|family|per\s+capita)\s+)*"
    r"(?:incomes?|PCHI|salar(?:y|ies)|earnings|wages?)"
)
INCOME_BOUND_BEFORE = fastre.compile(
    rf"\b{_INCOME_WORD}\s*(?:\([^()]{{1,12}}\)\s*)?(?:(?:[<>≤≥]|<=|>=|=<|=>)\s*|(?:of\s+)?(?:below|under|above|over"
    r"|less\s+than|more\s+than|up\s+to|exceeding|not\s+exceeding)\s+)?$",
    re.IGNORECASE,
)
INCOME_BOUND_AFTER = fastre.compile(rf"\s*(?:[<>≤≥]|<=|>=|=<|=>)\s*{_INCOME_WORD}\b", re.IGNORECASE)
# A sum saved, not a price paid: "it saved us over $8,000" (a billing error found), "patients save
# about $200,000 by travelling", "savings of $50,000 per patient", "lowered costs by NT$5 million"
# (a relative saving is told in % or as a factor: cost_reduction)
SAVED_BEFORE = fastre.compile(
    r"\bsav(?:e|es|ed|ing)\s+(?:(?:us|me|them|him|her|you|families|payers|(?:the\s+)?(?:family|patients?"
    r"|hospital|health\s+system|NHS|insurer))\s+)?$"
    r"|\bsavings?\s+of\s+$"
    # "lowering patients' yearly drug costs by about NT$5 million": the size of a cut
    r"|\b(?:lower|reduc|cut|decreas|bring\s+down|brought\s+down)\w*\s+(?:[\w'’-]+\s+){0,5}?by\s+$"
    # ...nor a sum lost: what a hospital loses on a treatment ("hospitals may lose up to $300,000 for
    # each infusion", "centres lost an average of $45,000", "losses of $98,000 per case", "the loss
    # per Medicare case was $60,000"), a family's lost income
    r"|\b(?:lose|loses|lost|losing)\s+(?:(?:an\s+average\s+of|on\s+average|about|around|roughly|nearly"
    r"|almost)\s+)?$"
    r"|\bloss(?:es)?\s+(?:(?:per|on|for)\s+(?:each\s+|every\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,2}?)?"
    r"(?:of|averaging|averaged|totall?ing|totall?ed|reaching|reached|was|were|is)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
    re.I,
)
# ...and the loss named after its sum: "a $120,000 loss on each infusion", "$2 million in losses";
# or the sum is a difference between two costs: "the 30-day cost was $97,000 higher for patients
# with severe CRS", "it costs $100,000 less than in the US" (a relative saving is cost_reduction)
# ("less than $165,000 remaining", "$40,000 to go", "$12,000 left to raise": what an appeal has
# still to collect)
LOSS_OR_DIFFERENCE_AFTER = fastre.compile(
    r"\s*(?:in\s+)?(?:net\s+)?loss(?:es)?\b|\s+(?:higher|lower|more|less|cheaper|greater)\b"
    r"|\s+(?:remaining|to\s+go|(?:still\s+)?(?:left|needed|outstanding)\s+to\s+(?:raise|be\s+raised|collect|reach))\b"
    # ("to set the prices within $500 of each other": how far apart two prices are; "$330,000 Cost
    # Difference Between CAR T and BiTE Therapies", "a $50,000 difference in cost")
    r"|\s+of\s+(?:each\s+other|one\s+another)\b"
    r"|\s+(?:(?:total|average|mean|net)\s+)?(?:cost|price|spending)?\s*(?:difference|gap|savings?)\b",
    re.I,
)
# A sum spent on many, right after it: "about $2.4M for 29 courses", "$1.2 million across 40
# patients" (what a programme spent, not what the treatment costs someone)
AGGREGATE_AFTER = fastre.compile(
    r"\s*\)?\s*(?:for|on|across|covering)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?"
    r"\d[\d,]*\s+(?:courses|patients|cases|treatments|infusions|people|procedures|claims|beneficiaries)\b",
    re.I,
)
# Money announced, pledged or granted for something: "Ontario announced $5M (Apr 2022) to plan a
# facility", "the state committed $10 million to expand CAR-T"
# (or what an appeal took in: "the campaign brought in nearly a million dollars", "the page has
# collected $80,000 toward …")
FUNDING_ANNOUNCED_BEFORE = fastre.compile(
    r"(?:\b(?:announced|committed|pledged|awarded|granted|earmarked|invested)"
    r"|\b(?:campaigns?|appeals?|fundrais\w*|pages?|drives?|GoFundMe|Givealittle|JustGiving)\b[^.;:]{0,40}?"
    r"\b(?:brought\s+in|collected|garnered|netted|amassed))\s+(?:a\s+|an\s+)?"
    r"(?:additional\s+|further\s+|total\s+of\s+|(?:remarkable|staggering|whopping)\s+(?:total\s+of\s+)?)?$",
    re.I,
)
# A funder's listing of a grant: "Grant Number: 03194 … Amount: $4,000", "Award amount: $50,000"
# (the sum given for research, not what a treatment costs); the grant is named shortly before
GRANT_AMOUNT_BEFORE = fastre.compile(
    r"\b(?:grant|award|funding|total)?\s*amount\s*(?:awarded\s*)?[:=]?\s*$", re.I
)
GRANT_NAMED = fastre.compile(
    r"\b(?:grants?|awards?|awarded|fellowships?|funded\s+by|co-?sponsored|sponsored\s+by)\b", re.I
)
GRANT_NAMED_REACH = 300  # characters before the amount where its grant is named


# What an insurance policy itself costs, right before its sum (a premium, CLAIMS.md 1): "the Huimin
# Bao policy costs 69 yuan a year", "the policy is priced at 99 yuan per person" (what it pays out
# for CAR-T stays a cost: "… and covers CAR-T up to 1 million yuan")
PREMIUM_BEFORE = fastre.compile(
    r"\bpolic(?:y|ies)\s+(?:costs?|is\s+priced\s+at|are\s+priced\s+at|sells?\s+for)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
# Gene therapies that are no CAR-T and treat no cancer, whose prices articles quote as yardsticks
# ("Zolgensma was once the most expensive drug at $2.1 million"): a sum in their clause is theirs.
# Sources: Tufts NEWDIGS "Approved cell and gene therapy products" (Luxturna, Zolgensma, Zynteglo,
# Skysona, Hemgenix), PMC11222908 table 3 (Libmeldy, the same), Dark Horse Consulting's
# regulatory round-up, Q4 2024 (Kebilidi).
OTHER_GENE_THERAPY = fastre.compile(
    r"\b(?:Zolgensma|onasemnogene|Luxturna|voretigene|Hemgenix|etranacogene|Zynteglo|betibeglogene"
    r"|Skysona|elivaldogene|Libmeldy|Lenmeldy|atidarsagene|Kebilidi|eladocagene)\b",
    re.IGNORECASE,
)
# A sum a price or payment changed by, not a price: "an increase of $7,025 from FY 2021",
# "payments will increase by $6,171.87", "a price hike of £10,000" (the new price itself stays)
CHANGED_BY_BEFORE = fastre.compile(
    r"\b(?:increases?|rises?|hikes?|jumps?|drops?|declines?|decreases?)\s+(?:of|by)\s+(?:about\s+|around\s+|roughly\s+)?$"
    r"|\b(?:increas|ris|rose|rais|climb|jump|grew|grow|went\s+up|gone\s+up|go\s+up|goes\s+up|drop|fell|fall"
    r"|declin|slash|plung)\w*\s+"
    r"(?:[\w'’-]+\s+){0,3}?by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.I,
)
# A sum that defines a group by what its members spend, not what a treatment costs: "the number
# of patients whose monthly medical bills exceeded 10 million yen doubled", "households whose
# out-of-pocket costs topped $5,000" (the words right before the sum)
SPENDING_THRESHOLD_BEFORE = fastre.compile(
    r"\bwhose\s+(?:[\w-]+\s+){0,4}?(?:bills?|expenses|costs?|spending|payments?)\s+"
    r"(?:(?:have|has|had)\s+)?(?:(?:were|was|are|is)\s+)?"
    # the verb may be the sum's own hedge ("exceeded 10 million yen" is the claim's text)
    r"(?:(?:exceed(?:s|ed)?|top(?:s|ped)|surpass(?:es|ed)?|reach(?:es|ed)?|above|over|more\s+than|of)\s+)?$",
    re.I,
)
# A price restated per day or month ("about $15,000, equivalent to less than $50 a day", "$475,000,
# which works out to about $1,300 per day"): the same cost in other terms, no price of its own
RESTATED_BEFORE = fastre.compile(
    r"\b(?:equivalent\s+to|equates\s+to|works?\s+out\s+(?:to|at)|comes?\s+(?:out\s+)?to|translates\s+(?:in)?to)\s+$",
    re.IGNORECASE,
)
PER_PERIOD_AFTER = fastre.compile(r"\s*(?:a|per|each|every)\s+(?:day|week|month)\b", re.IGNORECASE)
# The price of a pack of some other drug, not of a CAR-T infusion (one bag, made for one patient):
# "tocilizumab costs about $1,200 per vial", "$150 a tablet, or $4,500 per box of 30"
PER_PACK_AFTER = fastre.compile(
    r"\s*(?:a|an|per|each|/)\s*(?:vial|tablet|pill|capsule|box|pack|packet|bottle|ampoule|ampule|blister|strip)s?\b",
    re.IGNORECASE,
)
# A sum's conversion in brackets right after it: "5 million yen ($45,000)" is the same sum,
# an income when that one is
CONVERTED_SUM_BEFORE = fastre.compile(
    r"(?:[$€£¥₹₩]\s?\d[\d.,]*(?:\s*(?:million|billion|thousand|[mbk])\b)?"
    r"|\d[\d.,]*(?:\s*(?:million|billion|thousand|lakhs?|crores?))?\s*"
    r"(?:yen|won|rupees|yuan|RMB|euros?|pounds|dollars|USD|EUR|JPY|KRW|INR|CNY|GBP))\s*\($",
    re.I,
)

# A price line of a rule about a class of drugs, not what one treatment costs: "drugs priced above
# ¥500,000 are excluded, while those over ¥300,000 face barriers", "medicines costing more than
# $100,000 need prior approval", "therapies with a list price above £50,000". Every sum of the sentence.
CLASS_PRICE_THRESHOLD = fastre.compile(
    r"\b(?:drugs|medicines|medications|therapies|treatments|products|innovative\s+drugs)\s+"
    r"(?:(?:priced|costing|with\s+(?:a\s+)?(?:list\s+)?prices?)\s+)"
    r"(?:above|over|below|under|(?:of\s+)?(?:more|less|higher|lower)\s+than|exceeding|at\s+or\s+above)\b"
    # "new high-cost treatments (more than $200,000 per patient) delivered at selected hospitals":
    # the line that defines a funding class, not one treatment's price
    r"|\b(?:high[- ]cost|expensive|costly)\s+(?:[\w-]+\s+){0,2}?(?:drugs|medicines|therapies|treatments"
    r"|products)\s+\(\s*(?:costing\s+)?(?:above|over|(?:more|higher)\s+than|exceeding|at\s+least)\b",
    re.IGNORECASE,
)


# "¥" is the yen as much as the yuan: in a sentence about Japan it is the yen ("the NHI price was set
# at ¥32.6 million")
YEN_CONTEXT = fastre.compile(
    r"\bJapan(?:ese)?\b|\byen\b|\bNHI\b|\bPMDA\b|\bMHLW\b|\bChuikyo\b|\bTokyo\b|\bOsaka\b"
)
# A "¥" whose sentence names neither country is the yen in an article that speaks of Japan and
# never of China ("Japan's insurance to cover a therapy that costs ¥33 million ... a patient would
# shoulder roughly ¥410,000 a month"); in an article that names both, only its sentence decides.
YUAN_CONTEXT = fastre.compile(
    r"\bChina\b|\bChinese\b|\bRMB\b|\byuan\b|\bCNY\b|\bNMPA\b|\bShanghai\b|\bBeijing\b|\bHong\s+Kong\b"
    r"|[\u4e00-\u9fff]"
)


# What one unit of each currency is worth in US dollars, to an order of magnitude (late-2020s
# rates rounded): enough to tell a treatment's price from a market, a revenue or a deal.
USD_PER_UNIT: dict[str, float] = {
    "USD": 1,
    "EUR": 1.1,
    "GBP": 1.3,
    "CHF": 1.1,
    "CNY": 0.14,
    "HKD": 0.13,
    "TWD": 0.031,
    "JPY": 0.0068,
    "KRW": 0.00072,
    "INR": 0.012,
    "PKR": 0.0036,
    "MYR": 0.22,
    "SGD": 0.75,
    "THB": 0.029,
    "IDR": 0.000062,
    "PHP": 0.017,
    "VND": 0.00004,
    "AUD": 0.65,
    "NZD": 0.6,
    "CAD": 0.73,
    "MXN": 0.055,
    "COP": 0.00025,
    "ARS": 0.001,
    "CLP": 0.0011,
    "BRL": 0.18,
    "ILS": 0.27,
    "AED": 0.27,
    "SAR": 0.27,
    "TRY": 0.03,
    "RUB": 0.011,
    "KZT": 0.002,
    "EGP": 0.02,
    "NGN": 0.00065,
    "ZAR": 0.055,
    "PLN": 0.25,
    "SEK": 0.095,
    "NOK": 0.093,
    "DKK": 0.15,
    "HUF": 0.0028,
    "CZK": 0.043,
}
# No CAR-T treatment costs a patient, an insurer or a hospital this much: a sum over it is a
# market size, a revenue, an export figure or a deal ("from $72 million in 2022 to $342 million",
# "a net loss of 590 million yuan"), whatever words stand around it.
MAX_TREATMENT_PRICE_USD = 5_000_000


# A sum projected year by year (PROJECTED_SERIES_*) is a payer's spending only above what a
# treatment's price runs to ("$475,000 in 2017, rising to $500,000 by 2022" is a price's history).
SERIES_MIN_USD = 1_000_000


def above_usd(amount: float | None, currency: str, threshold_usd: float) -> bool:
    """Whether an amount in this currency is worth more than `threshold_usd` US dollars."""
    rate = USD_PER_UNIT.get(currency)
    return amount is not None and rate is not None and amount * rate > threshold_usd


def beyond_any_price(amount: float | None, currency: str) -> bool:
    """Whether an amount in this currency is more than any one treatment costs."""
    return above_usd(amount, currency, MAX_TREATMENT_PRICE_USD)


CUES: tuple[Cue, ...] = (
    Cue(
        "cost_lower",
        "cost_reduction",
        # "a 30% price cut"; "a price cut of 30%" is the next cue's (the figure after "of")
        # (not a model's "3.5% annual discount rate": how future costs are weighed)
        r"\b(?:lower|cheaper|less(?:\s+expensive)?|savings?|reduction|discount(?!\s+rates?\b)|off|cut|price\s+cut|drop"
        # "20% below the US list price", "a price 20% under list"
        r"|(?:below|under)(?=\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:list|price|prices|cost|tariff)\b))\b"
        r"(?!\s+(?:of|by)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+|over\s+)?\d)",
        position="after",
        requires=COST_CONTEXT,
    ),
    Cue(
        "cost_reduce_by",
        "cost_reduction",
        # (the word whole: "reimbursed" not "reimburse", and not "coverage", "cutoff", "fellow",
        # "reimbursement")
        r"\b(?:reduc(?:tion|ing|ed|es|e)|cut(?:s|ting)?|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?|sav(?:ings|ing|ed|es|e)"
        r"|f[ae]ll(?:s|en)?|dropp?(?:s|ed)?|declin(?:ed|es|e)|decreas(?:ed|es|e)|reimburs(?:ing|ed|es|e)"
        r"|cover(?:s|ed|ing)?|discount(?:s|ed)?|subsidi[sz](?:ing|ed|es|e))\b"
        # (the words up to "by"/"of" hold no figure: "reimburse roughly 60 percent of" is the cue
        # "reimburse" and its figure)
        r"(?:(?:\s+(?!\d)[\w'’]+){0,3}?\s+(?:by|of)\b)?"
        # "a subsidy of up to 75%" (but "a 40% subsidy" is the figure's before it: cost_refund)
        r"|\bsubsid(?:y|ies)\s+(?:[\w'’]+\s+){0,2}?of\b",
        position="before",
        requires=COST_CONTEXT,
    ),
    # "production is cheaper by a factor of 5", "less expensive by about 40%": the saving after "by"
    Cue(
        "cost_cheaper_by",
        "cost_reduction",
        r"\b(?:cheaper|less\s+expensive|less\s+costly)\s+by\b",
        position="before",
        kinds=frozenset({"percent", "fraction", "factor"}),
        requires=COST_CONTEXT,
    ),
    # "The reimbursement rate for CAR-T is 60 percent", "reimbursement of 80% of the cost" (报销比例)
    Cue(
        "reimbursement_rate",
        "cost_reduction",
        r"\breimbursement\s+(?:rates?|ratios?|levels?|percentages?)\b|\breimbursement\s+of\b",
        position="before",
        kinds=frozenset({"percent"}),
    ),
    Cue(
        "cost_share_of_price_elsewhere",
        "cost_reduction",
        # "only 40% of the price abroad", "about 30% of the US list price": the price here as a
        # share of the price elsewhere, a saving by a factor (100/40 = 2.5x); a bare "80% of the
        # price" is a share someone pays or gets back, not a comparison
        r"of\s+(?:the\s+|its\s+|their\s+)?(?:(?:US|U\.S\.|American|European|Western|foreign|imported"
        r"|overseas|international)\s+)(?:(?:list|retail|market)\s+)?(?:price|cost)s?\b"
        r"|of\s+(?:the\s+|its\s+|their\s+)?(?:(?:list|retail|market)\s+)?(?:price|cost)s?\s+"
        r"(?:abroad|overseas|in\s+(?:the\s+)?(?:US|U\.S\.|United\s+States|America|Europe|West"
        r"|Western\s+countries|other\s+countries)\b|of\s+(?:imported|foreign|Western)\b)"
        # "just 20% of commercial CAR-T", "a fraction of imported products": the other product
        # named for its price
        r"|of\s+(?:the\s+)?(?:commercial|imported|foreign|Western|overseas)\s+(?:CAR[- ]?T\b|products?\b"
        r"|therap(?:y|ies)\b|versions?\b|equivalents?\b|treatments?\b)"
        # "only 10% of what the imported therapy costs", "3% to 5% of what is practiced abroad"
        r"|of\s+what\s+(?:the\s+|an?\s+)?(?:commercial|imported|foreign|Western|overseas|US|American)\s+"
        r"(?:[\w-]+\s+){0,3}?costs?\b"
        r"|of\s+what\s+(?:[\w-]+\s+){0,4}?(?:abroad|overseas|in\s+the\s+(?:US|U\.S\.|West)\b)"
        # "a fifth of what Americans pay"
        r"|of\s+what\s+(?:Americans|Europeans|Westerners)\s+(?:pay|paid|are\s+charged)\b"
        # "10% of that charged abroad", "15% of those paid overseas", "20% of that in the US": that,
        # those = the price(s) there ("60% of those in the US were treated …" are people)
        r"|of\s+(?:(?:that|those)\s+(?:charged|paid|practi[sc]ed|set)|that)\s+(?:abroad|overseas|in\s+(?:the\s+)?"
        r"(?:US|U\.S\.|United\s+States|America|Europe|West|Western\s+countries|other\s+countries)\b)",
        position="after",
        kinds=frozenset({"percent", "fraction", "factor"}),  # "a third of", "1/6 to 1/10 of" too
    ),
    Cue(
        # "costs up to US$ 1 million per patient …, and should cost up to 5% of this value": a
        # share of the price the sentence named, said of what the thing costs
        "cost_share_of_this_price",
        "cost_reduction",
        r"of\s+(?:this|that|the\s+same)\s+(?:value|amount|figure|sum|price|cost)\b",
        position="after",
        requires=r"\bcosts?\s+(?:[\w$-]+\s+){0,3}?\d[\d.,]*\s*(?:%|percent\b)\s+of\s+(?:this|that|the\s+same)\b",
        kinds=frozenset({"percent", "fraction", "factor"}),
    ),
    Cue(
        "cost_fraction_of",
        "cost_reduction",
        # "a third of the price", "of the US list price", "of the commercial price", "one-tenth the
        # international price"
        r"(?:of\s+)?(?:the|its|their)\s+(?:(?:[\w-]+|U\.S\.)\s+){0,2}?(?:cost|price)s?\b"
        r"|of\s+(?:(?:US|U\.S\.|Western|American|European)\s+)?(?:cost|price)s?\b"
        r"|of\s+what\s+(?:[\w-]+\s+){0,6}?costs?\b"
        # "the price here is about one-fifth that in the US", "one-third of those in the US": that,
        # those = the price(s) there
        r"|(?:of\s+)?(?:that|those)\s+(?:in|of|at)\s+(?:the\s+)?(?:US|U\.S\.?|United\s+States|America|Europe"
        r"|the\s+West|Western\s+countries)\b",
        position="after",
        kinds=frozenset({"factor", "fraction"}),  # "1/6 to 1/10 of the cost", "a third of the price"
    ),
    Cue(
        "cost_fraction_of_treatment",
        "cost_reduction",
        # "costs a tenth of the treatment in the US", "one-fifth of the same therapy abroad": the
        # treatment there, for its price; "costs half as much as imported ones". Only beside a
        # word of cost ("a third of the treatment in the US is given as an outpatient" is not).
        r"of\s+(?:the\s+)?(?:same\s+)?(?:treatment|therapy)\s+(?:abroad|overseas|elsewhere|in\s+(?:the\s+)?"
        r"(?:US|U\.S\.|United\s+States|America|Europe|West|Western\s+countries|other\s+countries)\b)"
        r"|as\s+much\s+as\b",
        position="after",
        kinds=frozenset({"factor", "fraction"}),
        requires=COST_CONTEXT,
    ),
    Cue(
        "cost_refund",
        "cost_reduction",
        # "half of a patient's out-of-pocket cost back", "a 100% claim payment": the share of the
        # cost a payer gives back (a percentage, unlike "a third of the price", which is a factor)
        r"of\s+(?:a\s+|the\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?costs?\s+back\b|claim\s+payments?\b"
        # "eligible for up to 22.5% in subsidies", "a 40% subsidy"
        r"|reimburse(?:d|ment)\b|refund(?:ed)?\b|(?:in\s+)?subsid(?:y|ies)\b"
        # "may have up to 75% of treatment costs covered": the share a payer bears
        # ("About 70% of the cost may be reimbursed by city insurance plans")
        r"|of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|price|bill|expenses)\s+"
        r"(?:(?:may|can|could|will|would|is|are|was|were|gets?|got)\s+)?(?:be\s+|been\s+)?"
        r"(?:covered|reimbursed|paid\s+for|subsidi[sz]ed)\b",
        position="after",
        kinds=frozenset({"percent", "fraction"}),
    ),
    # "Insurance pays 90% of the cost after the deductible", "Medicare bears 80%": the share a
    # payer bears (not what patients pay: their share is no saving)
    Cue(
        "payer_pays",
        "cost_reduction",
        r"\b(?:insurance|insurers?|payers?|Medicare|Medicaid|the\s+(?:plan|scheme|fund|government|state))\s+"
        r"(?:(?:now|will|would|can|may|then|only|typically|usually)\s+)?(?:pays?|paid|bears?|shoulders?)\b",
        position="before",
        kinds=frozenset({"percent", "fraction"}),
        requires=COST_CONTEXT,
    ),
    Cue("cost_label", "cost", r"\b(?:cost|price|fee|charges?|WAC)\b", scope="label"),
)

# What kind of money a cost claim is, read from the words around it (nearest the figure first;
# the first row that matches wins). Two figures conflict only when they are the same kind: a list
# price is not an insurance cap, an out-of-pocket sum, a cost-effectiveness ratio, the total cost
# of a course of care or the price a study says it would need to fall to.
MONEY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, fastre.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("cost-effectiveness", r"\bICER\b|\bQALYs?\b|\bper\s+(?:LY|life[- ]years?)\b|cost[- ]effective"),
        (
            "hypothetical",
            r"\b(?:must|would|should|needs?\s+to|has\s+to)\s+(?:be\s+)?(?:reduced|cut|lowered|fall|drop)"
            r"|\breduced\s+by\s+[\d.]+\s*%\s+to\b|\bthreshold\b",
        ),
        (
            "insurance",
            r"\bcoverage\b|\bcover(?:s|ed)?\s+up\s+to\b|\binsur\w*|\breimburse\w*|\bclaim\s+payment"
            r"|\bpayout\b|\bcap(?:ped)?\s+(?:at|of)\b|\bceiling\b",
        ),
        ("out-of-pocket", r"out[- ]of[- ]pocket|\bdeductible\b|\bco-?pay\w*|\bself[- ]pa(?:y|id)\b"),
        (
            "total-cost",
            r"\b(?:overall|total|lifetime|incremental|whole)\s+(?:\w+\s+)?costs?\b|\bcost\s+of\s+care\b"
            # "$375,000 to over $500,000 before hospitalization" is the price, without the stay
            r"|(?<!before\s)(?<!excluding\s)(?<!without\s)(?<!plus\s)\bhospitali[sz]ation\b"
            r"|\bincluding\s+(?:hospital|stay|travel)",
        ),
    )
)
MONEY_KIND_DEFAULT = "price"

# "the total price may be close to 2 million", "the price of 1.2 million": an amount without a
# currency, right after a price word, in an article whose money is all in one currency, is a
# price in that currency (as reviewers read them: the sentence around says which money it is).
PRICE_BEFORE_BARE_AMOUNT = fastre.compile(
    r"\b(?:price|cost|costs|priced|charge[sd]?|fee)\b(?:[^\S\r\n]+[\w-]+){0,2}?[^\S\r\n]+"
    r"(?:of|at|is|was|be|reached|reaches|to|around|about)[^\S\r\n]*$",
    re.IGNORECASE,
)
BARE_AMOUNT_MIN = 10_000  # smaller bare numbers near "price" are not prices ("the price of 2 doses")
ONE_CURRENCY_SHARE = 0.6  # of the article's money mentions, for its currency to be implied
IMPLIED_CURRENCY_REACH = 400  # characters back to the amount whose currency a bare one takes
