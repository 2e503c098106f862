"""Regulatory approval dates. A date is an approval claim only next to an approval word and a
product; "as of 2025" and "by 2024" are dates of the article, not of an approval."""

import re

from .. import fastre
from . import Cue

NOT_AN_APPROVAL_DATE = fastre.compile(
    r"\b(?:as\s+of|by|since|until|through|before|after|from)"
    # ("until the fall of 2020", "by the end of 2024", "from the second half of 2023")
    r"\s+(?:(?:early|mid|late|(?:the\s+)?(?:end|start|beginning|middle|fall|autumn|spring|summer|winter"
    r"|(?:first|second)\s+half)\s+of)[- ]?\s*)?$"
    # "as informed by the NMPA on March 1, 2024, … was approved on February 23": the date of a notice
    r"|\b(?:informed|notified|announced|said|reported|disclosed|stated|published|dated)\b[^.;,]{0,40}?\bon\s+$"
    # "approved based on results reported in 2023", "data presented at ASH in December 2023": when
    # the evidence came out, not when the product was approved
    r"|\b(?:reported|presented|published|released|unveiled|read\s+out)\s+(?:at\s+[^.;,]{1,40}?\s+)?in\s+"
    r"(?:(?:early|mid|late)[- ]?\s*)?$",
    re.IGNORECASE,
)

# A dateline: a place or a "Posted on" before the date a page or a press release opens a line
# with ("NEW YORK, June 5, 2023 /PRNewswire/ -- …", "SANTA MONICA, Calif., April 1, 2022 -- …",
# "(Shanghai, China on May 25, 2022) …", "Posted on March 3, 2024 | …"): the article's date
# (CLAIMS.md 1), whatever follows. A date alone at a line's start may be a timeline's entry
# ("August 30, 2017: FDA approval of Kymriah") and is read as any other date.
_PLACE = r"[A-Z][A-Za-z.]*(?:[^\S\r\n][A-Z][A-Za-z.]*){0,3}"
_SP = r"[^\S\r\n]"
DATELINE_BEFORE = fastre.compile(
    r"(?:^|\n)" + _SP + r"*(?:"
    # a city in capitals, then a state or a country: "NEW YORK, ", "SANTA MONICA, Calif., "
    r"[A-Z][A-Z.]+(?:" + _SP + r"[A-Z][A-Z.]+){0,3}," + _SP + r"*(?:" + _PLACE + r"," + _SP + r"*){0,2}"
    # ("DORVAL, QC Sept. 6, 2018 - …": a province's or state's code with no comma after it)
    r"(?:[A-Z]{2,3}\.?" + _SP + r"+)?"
    # "(Shanghai, China on "
    r"|\((?:" + _PLACE + r"," + _SP + r"*){0,2}" + _PLACE + _SP + r"+on" + _SP + r"+"
    r"|(?:Posted|Published|Updated|Last" + _SP + r"+updated)(?:" + _SP + r"+on)?:?" + _SP + r"+)$"
)
DATELINE_AFTER = fastre.compile(r"[^\S\r\n]*(?::|\||—|–|--|-[^\S\r\n]|/[^\S\r\n]*[A-Z]|\)[^\S\r\n]+[A-Z])")
DATELINE_REACH = 48  # characters before the date: a city, a state and a country at most
# "has been an approved treatment in the United States since 2017", "approved in China since
# 2021": the year it was first approved, though "since" alone dates the article's "as of"
APPROVED_SINCE = fastre.compile(
    r"\b(?:been\s+)?(?:an?\s+)?(?:FDA[- ])?approved\b(?:\s+(?!(?:but|and|while|although)\b)[\w.'’-]+){0,8}?"
    r"\s+since\s+$",
    re.IGNORECASE,
)
APPROVED_SINCE_REACH = 90  # characters before the date
# A year that is one end of a span of years dates a period, not an approval: "(2017–2019)",
# "2017-2022:", "from 2017 to 2021", "between 2017 and 2021" (read at the year's end, and before
# its start; "and" only after "between": "approved in 2017 and 2018" names two approvals)
YEAR_SPAN_AFTER = fastre.compile(r"\s*(?:[-–—]|to\b|through\b|until\b)\s*(?:19|20)\d{2}\b", re.IGNORECASE)
YEAR_SPAN_BEFORE = fastre.compile(r"\b(?:19|20)\d{2}\s*(?:[-–—]|to|through|until)\s*$", re.IGNORECASE)
BETWEEN_YEARS = fastre.compile(r"\bbetween\s+$|\bbetween\s+(?:19|20)\d{2}\s+and\s+$", re.IGNORECASE)
BETWEEN_YEARS_AFTER = fastre.compile(r"\s+and\s+(?:19|20)\d{2}\b", re.IGNORECASE)
# "sales of Carvykti in the third quarter of 2024, following its approval": a reporting period of
# sales, not an approval date (searched in the clause before the date)
SALES_PERIOD = fastre.compile(
    r"\b(?:sales|revenues?|earnings|sold|generated|brought\s+in)\b[^.;]{0,120}?"
    r"\b(?:quarter|half|Q[1-4]|H[12]|fiscal(?:\s+year)?|FY)\s+(?:of\s+)?$",
    re.IGNORECASE,
)

# "The advisory committee met on July 12, 2017, to consider the licence application", "a hearing
# on 5 March 2024 to review the application": the day a committee sat to weigh an approval, not
# the approval (a meeting word before the date, what it was for right after it)
MEETING_BEFORE_DATE = fastre.compile(
    r"\b(?:met|meets|meet|meeting|convened|convenes|convene|hearing|session)\b[^.;]{0,80}$", re.IGNORECASE
)
MEETING_PURPOSE_AFTER_DATE = fastre.compile(
    r"\s*,?\s*(?:\w+\s+){0,3}?to\s+(?:consider|review|discuss|evaluate|examine|deliberate|vote)\b",
    re.IGNORECASE,
)

# A marketing application sent or taken in, not granted: "a rolling BLA was submitted to the FDA
# in December 2020", "the NMPA accepted the sBLA in May 2024" (unless the clause also approves)
SUBMISSION = fastre.compile(
    r"\b(?:submitted|submission|submits|filed|filing|files|accepted|acceptance|sought|seeking|resubmitted)\b",
    re.IGNORECASE,
)
# The name of what was filed, which holds an approval word but grants nothing: "submitted a
# marketing authorization application", "an application for marketing approval"
APPLICATION_NAME = fastre.compile(
    r"\b(?:marketing\s+|conditional\s+)?(?:authori[sz]ation|approval|licen[cs]e)\s+applications?\b"
    r"|\bapplications?\s+for\s+(?:[\w-]+\s+){0,2}?(?:authori[sz]ation|approval|licen[cs]e)\b",
    re.IGNORECASE,
)
# An approval still to come, not granted: "slated for potential approval in 2025", "anticipated
# to undergo an FDA approval decision in 2024", "could be approved in the US in 2026", "expects
# approval of anito-cel in 2026", "a PDUFA target action date of November 16, 2024", "submissions
# for marketing approval … in the first half of 2022". Searched
# back to the last comma before the date: "Carvykti, which analysts had expected to win
# approval, was approved in February 2022" keeps its date.
PROSPECTIVE_APPROVAL = fastre.compile(
    r"\b(?:potential|possible|anticipated|expected|likely|planned|pending|future|eventual)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:approvals?|authori[sz]ations?|decisions?)\b"
    r"|\bapproval\s+decision\b"
    r"|\b(?:slated|poised|scheduled|expected|anticipated|anticipates?|anticipating|likely|hopes?|hoped|hoping|aims?"
    r"|aiming|seeks?|"
    r"seeking|awaits?|awaiting|expects?|expecting|plans?|planning|intends?|consider(?:s|ed|ing)?|weighs?"
    r"|weighing|reviewing)\b[^.;,]{0,40}?\b(?:approv|expand)"
    r"|\b(?:could|may|might|would|will|should)\s+(?:soon\s+|also\s+)?(?:be\s+)?(?:approv|expand)"
    # "… which they anticipate will receive FDA approval in the second half of 2020"
    r"|\b(?:could|may|might|would|will|should)\s+(?:soon\s+)?(?:receive|get|win|gain|obtain|secure)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:approv|authori[sz]|nod\b|green)"
    r"|\bPDUFA\b|\btarget\s+action\s+date\b"
    # "Carvykti's EU approval is expected in 2026", "FDA approval for it is planned for late 2025":
    # the word that puts it ahead after the approval
    r"|\b(?:approvals?|authori[sz]ations?)\b[^.;,]{0,60}?\b(?:is|are|was|were|remains?)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:expected|anticipated|planned|slated|scheduled|due|projected|forecast)\b"
    # "plan to make regulatory submissions for marketing approval to the NMPA in the first half of
    # 2022": a filing for approval, when it is to be sent
    r"|\b(?:submi(?:t|ts|tted|tting|ssions?)|fil(?:e|es|ed|ing|ings)|applications?)\b[^.;,]{0,60}?\bfor\s+"
    r"(?:[\w-]+\s+){0,2}?approv",
    re.IGNORECASE,
)
# "Kymriah, first given to a child in 2012, was approved in 2017", "first tested in patients in
# 2012": the date of another event (a first use, a trial, a diagnosis) in its own clause. Searched
# back to the last comma before the date; an approval word after the event's verb keeps the date
# ("tested and approved in 2017").
OTHER_EVENT_BEFORE_DATE = fastre.compile(
    r"\b(?:given|tested|used|infused|administered|developed|created|invented|discovered|designed|dosed"
    r"|treated|enrolled|diagnosed|started|began|begun|born|founded|established|trial(?:l)?ed"
    # ("Cartesian is set to initiate the Phase III trial in the second quarter of 2025")
    r"|initiate[sd]?|initiating|start|starts|begin|begins|complete[sd]?|completing"
    # ("Gilead, which acquired Kite in 2017, …": a deal's date)
    r"|acquired|bought|purchased|sued|merged)\b"
    r"(?P<rest>[^,;]*)$",
    re.IGNORECASE,
)
# "… and the NHI price was set in May 2019", "listed on the NHI in May 2019": when it was priced or
# covered, not approved (unless the clause says approved too: "approved and listed in 2019"). A
# product launched in a market is approved there (the real gold reads launches so).
PRICED_OR_LISTED_BEFORE_DATE = fastre.compile(
    r"\b(?:listed|priced|reimbursed|covered|(?:price|prices|payment)\s+(?:was|were|is|has\s+been)\s+"
    r"(?:set|fixed|agreed|cut|lowered|raised))\b[^,;]*$",
    re.IGNORECASE,
)
# "AIFA approved reimbursement of Kymriah in August 2019", "the state approved funding for CAR-T in
# 2020": a payer's yes, not a regulator's approval
PAYER_APPROVAL_BEFORE_DATE = fastre.compile(
    # ("NICE approved Yescarta for routine funding in 2023")
    r"\bapprov(?:ed|es|al\s+of)\s+(?:[\w-]+\s+){0,2}?(?:(?:for|the|its)\s+)?"
    r"(?:public\s+|national\s+|full\s+|routine\s+|NHS\s+)?(?:reimbursement|funding|coverage|co-?payment)\b[^,;]*$"
    # ("approved in the EU in 2018 and for reimbursement in Italy in 2019": the second is a payer's)
    r"|\b(?:and|but|then)\s+(?:later\s+)?for\s+(?:public\s+)?(?:reimbursement|funding|coverage)\b[^,;]*$",
    re.IGNORECASE,
)
# A health-technology-assessment body's yes is a payer's, not a regulator's approval ("July 2019:
# NICE approval and routine NHS funding", "the Scottish Medicines Consortium approved Kymriah in
# 2019", "CADTH recommended reimbursement in 2019"); acronyms as written, never as words
HTA_BODY = fastre.compile(
    r"\b(?:NICE|SMC|AWMSG|CADTH|pCODR|INESSS|PBAC|MSAC|G-BA|IQWiG|NCPE|TLV|NoMA)\b"
    r"|\b(?i:National\s+Institute\s+for\s+Health\s+and\s+Care\s+Excellence|Scottish\s+Medicines\s+Consortium"
    r"|Canada's\s+Drug\s+Agency|Pharmaceutical\s+Benefits\s+Advisory\s+Committee"
    r"|Medical\s+Services\s+Advisory\s+Committee|Federal\s+Joint\s+Committee|Zorginstituut)\b"
)
# "the FDA approved commercial production at its new manufacturing facility", "approval of the
# Frederick manufacturing site": a plant licensed, not a product approved
SITE_APPROVAL = fastre.compile(
    r"\bapprov\w*\s+(?:the\s+|its\s+)?(?:commercial\s+)?(?:production|manufactur\w*)\s+(?:at|of|in|for)\b"
    r"|\bapprov\w*\s+(?:of\s+)?(?:the\s+|its\s+|a\s+)?(?:new\s+)?(?:[A-Z][\w-]+\s+)?(?:manufacturing|production)\s+"
    r"(?:site|facility|plant|centre|center)\b",
)
APPROVAL_WORD = fastre.compile(
    r"\bapprov|\bauthori[sz]|\blicen[sc]ed\b|\bclear(?:ed|ance)\b|\bgo-?ahead\b|\bgreen[- ]light", re.I
)
# Drugs that are not CAR-T cell therapies, by their INN's stem: antibodies and bispecifics
# (belantamab mafodotin, teclistamab, blinatumomab), kinase and proteasome inhibitors,
# immunomodulators. A date in a sentence that names one and no CAR-T product is not a CAR-T
# approval ("belantamab, which the FDA approved in August 2020").
OTHER_DRUG = fastre.compile(
    r"\b[a-z]{3,}(?:mab|tinib|zomib|lisib|ciclib|parib|domide|vedotin|mafodotin|tansine|tecan)\b",
    re.IGNORECASE,
)

CUES: tuple[Cue, ...] = (
    # "In June 2025, the FDA eliminated the REMS for currently approved CAR T-cell therapies", "in
    # January 2024 the FDA mandated boxed warnings on approved CD19-directed therapies", "an
    # investigation into all six approved products", "letters to the makers of the approved
    # therapies": which products (a safety action, a review),
    # not when one was approved (the longer match hides the approval word within it)
    Cue(
        "block.currently_approved",
        None,
        r"\b(?:currently|already|previously|formerly|all(?:\s+the)?|every|each|these|those|on|into|for)\s+"
        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
        r"(?:FDA[- ]|EMA[- ]|NMPA[- ])?approved\b"
        r"(?!\s+(?:in|by|on|for|as|under|since|after|at|last|this|with)\b)"
        # ("the approved CAR T-cell agents": the products, a plural noun soon after; not "the FDA
        # approved Kymriah")
        r"|\bthe\s+approved(?=\s+(?:[\w-]+\s+){0,3}?(?:products|therapies|agents|treatments|drugs|CAR-?Ts)\b)",
    ),
    Cue(
        "approved",
        "approval",
        r"\bapprov(?:ed|al|als)\b|\bauthori[sz](?:ed|ation)\b|\blicen[sc]ed\b|\bNDA\b|\bBLA\b"
        # ("In August 2018, the Commission issued a decision approving Kymriah"; not NICE's "guidance
        # approving" a product: an HTA body's advice)
        r"|\bdecision\s+(?:approving|authori[sz]ing)\b"
        # "received its second indication … in October 2022": an approval for a new use
        r"|\b(?:received|won|gained|got|obtained)\s+(?:its|a|an|the)\s+(?:(?:first|second|third|fourth|new|"
        r"expanded|additional|further)\s+)?indications?\b"
        # "…, and the European Medicines Agency followed suit in August 2018": the next regulator's
        r"|\bfollowed\s+suit\b"
        # news words for an approval: "With this go-ahead in October 2023", "gave the green light in
        # 2024", "won the FDA's nod in March 2022"
        r"|\bgo-?ahead\b|\bgreen[- ]light(?:ed)?\b|\bgreen-?lit\b"
        # "the FDA expanded Abecma's label to third-line myeloma in April 2024": a new approved use
        r"|\bexpand(?:ed|s)?\s+(?:(?:[\w-]+['’]s|its|the|their)\s+)?(?:label|indications?|approval)\b"
        r"|\blabel\s+(?:expansion|extension)\b"
        # "…, which was expanded in 2024 to include patients with at least one prior line": an
        # approval widened to more patients
        r"|(?<!trial\swas\s)(?<!study\swas\s)(?<!cohort\swas\s)(?<!program\swas\s)(?<!programme\swas\s)"
        r"\bexpanded(?=\s+(?:in\s+[\w ,]{4,24}?\s+)?to\s+(?:include|cover)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:patients|adults|children|people|those)\b)"
        r"|\b(?:FDA|FDA's|EMA|EMA's|NMPA|regulatory|regulator's|agency's)\s+nod\b"
        r"|\b(?:received|won|got|gained|given|gave)\s+(?:the\s+|a\s+)?nod\b"
        # "The FDA cleared Kymriah on April 5", "cleared by regulators in 2024" (a regulator's: the
        # therapy that "cleared the cancer" is a response)
        r"|\b(?:FDA|EMA|NMPA|MHRA|PMDA|regulators?|agency)\s+(?:has\s+|had\s+)?cleared\b"
        # Health Canada's approval ("issued a Notice of Compliance for Yescarta on February 13, 2019"),
        # the European Commission's ("after the European Commission's decision in April 2022")
        r"|\bNotice\s+of\s+Compliance\b|\bNOC(?:/c)?\b(?=\s+(?:for|on|in|was|with)\b)"
        r"|\b(?:European\s+)?Commission['’]s\s+decision\b"
        r"|\bcleared\s+by\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?(?:FDA|EMA|NMPA|MHRA|PMDA|regulators?|agency)\b",
    ),
    # "Yikaida was launched in China in June 2021": a product put on a country's market (not "launched
    # a trial in 2023", "launched its CAR-T centre in May")
    Cue(
        "launched_in_market",
        "approval",
        r"\b(?:was|were|been|is|first)\s+launched\s+in\s+(?:the\s+)?(?:China|Chinese\s+market|US|U\.S\.|United\s+States"
        r"|Japan|Europe|EU|India|Korea|market)\b",
    ),
    Cue(
        "approval_label",
        "approval",
        r"approv(?:al|ed)(?:\s+(?:year|date))?|(?:year|date)\s+of\s+approval|launch(?:ed)?",
        scope="label",
    ),
)
