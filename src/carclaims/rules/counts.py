"""Counts: clinical trials, approved products and patients."""

import re

from .. import fastre
from ..normalise import NUM
from . import RESPONDERS, CountNoun, Cue
from .outcomes import COMPARATOR_ARM_NAME

# How many people a disease affects is not how many patients a therapy treated.
INCIDENCE = (
    # ...but "grade 3 ICANS was diagnosed in four children" counts an event (OCCURRED_IN_BEFORE)
    r"\bdiagnosed\b(?!\s+in\s+(?:only\s+|just\s+|another\s+)?(?:\d{1,3}(?![\d,.])|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)\b)|\baffect(?:s|ed|ing)?\b|\bprevalence\b|\bdie\b|\bdying\b|\bdeaths?\b"
    # a disease's incidence, not an outcome's: "with a cumulative incidence of CRS of 84%" among
    # "over 150,000 patients" treated keeps the count
    r"|(?<!CRS\s)(?<!ICANS\s)\bincidence\b(?!\s+(?:rates?\s+)?(?:of|for)\s+"
    r"(?:any[- ]grade\s+|severe\s+|grade\s*\S+\s+)?"
    r"(?:CRS|ICANS|cytokine|neurotox|infections?|adverse|toxicit|side\s+effects|secondary|relapse|progression"
    r"|non-?relapse|B-cell\s+aplasia"
    # ("the 3-year cumulative incidence of second primary malignancies was 6.5%": an outcome)
    r"|second\b|subsequent\b|T[- ]cell\s+(?:malignanc|lymphoma|cancer)))"
    r"|\blive\s+with\b"
    # "35 million new cancer cases are projected by 2050": a disease's incidence
    r"|\bnew\s+(?:[\w-]+\s+){0,2}?(?:cases|diagnoses)\b|\bcancer\s+cases\b"
)
APPROVAL_CONTEXT = (
    r"approv|licen[cs]ed|authori[sz]ed|commerciali[sz]ed|commercial|marketed|launched|sanction|green[- ]?l"
    r"|cleared|available|\blist\b|(?:on|reached|reach|reaches|hit|entered)\s+the\s+(?:[\w-]+\s+)?market"
    # ("the NHS announced the roll out of CAR-T therapies, offering three different CAR-T therapies")
    r"|\boffer(?:s|ed|ing)?\b|\broll(?:s|ed|ing)?[- ]out\b|\brollout\b"
)

# Up to eight modifiers may stand between the number and its noun ("six approved CAR-T products",
# "five chimeric antigen receptor-T (CAR-T) cell therapies", "79 pediatric and young adult patients",
# "101 evaluable relapsed or refractory multiple myeloma patients", "28 adult diffuse large B-cell
# lymphoma or follicular lymphoma patients").
_SPACE = r"[^\S\r\n]"  # white space within a line: a count never continues on the next line
# "a 20-patient phase 1 trial", "the 39-patient cohort study", "a 4-patient case series": after a
# count joined to its people by a hyphen, the one study the count sizes (not "3-patient cohorts",
# a dose-escalation design)
SIZED_STUDY = (
    rf"{_SPACE}+(?:[\w/-]+{_SPACE}+){{0,4}}?(?:study|trial|cohort|series|analysis|registry|pilot"
    r"|experience|program|programme|report)\b(?![\w-])"
)
_MODS = (
    # (nor across a preposition: "dosed 20 patients across its RESET trials" counts patients)
    rf"^\+?(?:{_SPACE}|-)*(?:(?!(?:of|in|with|for|from|at|by|on|to|were|was|are|is|than|per|across|among|within"
    rf"|during|through|into|under|between)\b)"
    # (a bracket may spell a name out or shorten it: "chimeric antigen receptor T (CAR T) cell products",
    # "CAR-T cell (chimeric antigen receptor T-cell) therapies")
    rf"(?:[A-Za-z](?:[\w./'’–-]*[\w'’-])?|\([^()\r\n]{{1,40}}\)){_SPACE}+){{0,8}}?"
)
# Numbers that label something rather than count it: "phase 2", "grade 3", "day 28", "top 5".
NOT_A_COUNT = fastre.compile(
    r"\b(?:phase|grade|day|stage|cycle|step|type|top|version|arm|level|line|part|week|chapter"
    r"|figure|fig\.|table|no\.|number|CD|cohort|group|wave|round|tier|class|category|lines?"
    # "a month 3 CR", "month-6 MRD": a visit; not "in the first month 12 patients …"
    r"|(?<!first\s)(?<!each\s)(?<!per\s)(?<!that\s)(?<!this\s)(?<!same\s)(?<!next\s)(?<!last\s)"
    r"(?<!the\s)month)"
    r"[\s#-]*$"
    r"|\bgrades?\s*(?:>|<|≥|≤|>=|<=|>/=|</=|=>|=<)\s*$"  # "grade >/= 3 AEs", "grade ≥3"
    r"|\bgrades?\s*\d\s*(?:or|and|to|-|–|/)\s*$"  # "grade 3 or 4 adverse events"
    # "every single one of them went into remission": all of them, no count of one
    r"|\b(?:every|each|any|no)\s+(?:single\s+)?$",
    re.IGNORECASE,
)
NOUNS: tuple[CountNoun, ...] = (
    # not "two studies published in March": papers, not trials run
    # nor "nine cost-effectiveness studies", "three preclinical studies": no clinical trials
    CountNoun(
        "trials",
        "trial_count",
        r"(?!\s*(?:[\w-]+\s+){0,3}?(?:cost[- ]effectiveness|cost[- ]utility|(?:health[- ])?economic"
        r"|budget[- ]impact|cost|modell?ing|preclinical|pre-clinical|animal|mouse|murine|in\s+vitro"
        # ("1,190 radiology studies", "sleep studies": tests a patient had, no trials)
        r"|radiology|radiologic(?:al)?|imaging|laboratory|lab|diagnostic|sleep|conduction|urodynamic)\s+"
        r"(?:[\w-]+\s+)?(?:trials|studies)\b)"
        + _MODS
        + r"(?:trials\b|studies\b(?!\s+(?:were\s+|have\s+been\s+|recently\s+)?"
        r"(?:published|presented|reported|appearing|appeared|released)\b))",
        # "The search yielded 316 studies from both databases": a literature search's raw yield
        # (publications of any kind, before screening), no trials run
        excludes=r"\bsearch(?:es)?\b[^.;]{0,40}?\b(?:yielded|returned|retrieved|produced)\b",
    ),
    CountNoun(
        "products",
        "product_count",
        _MODS + r"(?:products|therapies|drugs|treatments|CAR-Ts|agents|options)\b",
        requires=APPROVAL_CONTEXT,
        excludes=r"\b(?:prior|previous|earlier)\s+(?:treatments|therapies|lines|regimens)\b",
        # "six CAR-T products", "five approved therapies", not "121 drugs reviewed" or "14 options"
        # on an insurance list of every kind of drug
        phrase_requires=r"\bCAR\b|CAR-?T|chimeric|\bcell\b|\bcellular\b|approved|licen[cs]ed|authori[sz]ed"
        r"|marketed|commercial",
    ),
    CountNoun(
        # "Two of these therapies are already approved by the AEMPS", "three of the CAR-Ts have
        # been authorised in the EU": the approved ones among those named (not "one of the six
        # approved therapies", whose count is the six)
        "products_of_these",
        "product_count",
        r"^[^\S\r\n]+of[^\S\r\n]+(?:(?:these|those|the)[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){0,3}?"
        r"(?:products|therapies|treatments|CAR-?Ts))(?=[^\S\r\n]+(?:are|were|have[^\S\r\n]+been|had[^\S\r\n]+been)"
        r"[^\S\r\n]+(?:now[^\S\r\n]+|already[^\S\r\n]+|also[^\S\r\n]+)?(?:approved|authori[sz]ed|licen[cs]ed"
        # ("Two of these products are now on the US market", "… are already commercially available")
        r"|marketed|commercially[^\S\r\n]+available|on[^\S\r\n]+the[^\S\r\n]+(?:[\w.]+[^\S\r\n]+)?market)\b)",
    ),
    CountNoun(
        "patients",
        "patient_count",
        # ("35 evaluable pts": abstracts' abbreviation)
        # (not "up to 216 possible patients", "5,000 potential patients": a market's size)
        _MODS + r"(?<!possible\s)(?<!potential\s)(?<!prospective\s)"
        r"(?:patients?|pts|cases?|children|kids|adults|participants|subjects|recipients|prescriptions"
        # ("a 97-participant phase 2 study": the singular joined to its count)
        r"|procedures|(?<=-)(?:participant|subject|adult|child))\b",
        excludes=INCIDENCE,
    ),
    CountNoun(
        "infusions",
        "patient_count",
        # "more than 300 infusions": patients treated; not "in three split infusions" or "up to
        # three infusions (per patient)": doses of one patient
        # "six short weekly infusions", "two consecutive daily infusions": a schedule of doses
        _MODS + r"(?<!split\s)(?<!divided\s)(?<!fractionated\s)(?<!separate\s)(?<!weekly\s)(?<!daily\s)"
        r"(?<!monthly\s)(?<!consecutive\s)(?<!short\s)(?<!repeat\s)(?<!repeated\s)infusions\b",
        excludes=INCIDENCE + r"|\bup\s+to\s+(?:\d|two|three|four|five|six)\b[^.;]{0,20}?infusions"
        r"|infusions?\s+(?:per|for\s+each)\s+(?:patient|person|participant)"
        r"|\b(?:consist(?:s|ed)?\s+of|(?:patients|participants|each\s+patient)\s+(?:received|receive|got|were\s+given))"
        r"\s+(?:\w+\s+){0,3}?infusions",
    ),
    CountNoun(
        "people_treated",
        "patient_count",
        # "400 people treated", "seven people who have already been treated"
        _MODS + r"(?:people|individuals|persons)(?=[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){0,4}?"
        r"(?:treated|enrolled|infused|served|received|underwent|undergone|helped|cured))",
        excludes=INCIDENCE,
    ),
    CountNoun(
        "people_sizing_a_study",
        "patient_count",
        # "a 40-person trial", "the 12-individual pilot": the count sizes the study it stands before
        r"^-(?:person|individual)(?=" + SIZED_STUDY + ")",
    ),
    CountNoun(
        "people_after_verb",
        "patient_count",
        _MODS + r"(?:people|individuals|persons)\b",
        excludes=INCIDENCE,
        # "the centre has treated more than 400 people", "products which have treated over 1,500
        # people to date", "the trial included 97 people": the verb comes first
        before=r"\b(?:treated|treating|infused|enrolled|enrolling|served|helped|cured|included|including"
        r"|involved|involving"
        # "that small-scale study of 20 individuals", "a trial in 12 people": the study's cohort
        r"|(?:study|trial|cohort|series|analysis)[^\S\r\n]+(?:of|in|with))[^\S\r\n]+$",
    ),
)
# "the number of CAR-T trials registered in China has reached 854", "the total number of approved
# CAR-T products is now seven", "the number of trials rose from 120 to 854": a count whose noun
# comes before it. Each: (metric, the noun, what its sentence must hold), as NOUNS.
_COUNT_VERB = (
    r"(?:has\s+|had\s+|have\s+)?(?:now\s+|already\s+)?(?:reached|reaching|reaches|rose|risen|increased|grown|grew|climbed"
    r"|jumped|doubled|stands?\s+at|stood\s+at|totals?|totall?ed|is|was|are|were|exceeds?|exceeded|hit"
    r"|surpassed|topped|came\s+to|amounts?\s+to|amounted\s+to)(?:\s+(?:to|from|now))?"
)
NUMBER_OF_NOUNS: tuple[tuple[str, str, str | None], ...] = (
    ("trial_count", r"(?:trials|studies)", None),
    ("product_count", r"(?:products|therapies|treatments|CAR-?Ts)", APPROVAL_CONTEXT),
    ("patient_count", r"(?:patients|people|children|adults)\s+(?:(?:who\s+)?"
     r"(?:have\s+|had\s+|are\s+|were\s+)?(?:been\s+|being\s+)?"
     r"(?:treated|enrolled|infused|served|received))", None),
)  # fmt: skip
NUMBER_OF_BEFORE = tuple(
    (
        metric,
        fastre.compile(
            r"\b(?:total\s+)?number\s+of\s+(?:[\w()/'’-]+\s+){0,4}?" + noun
            + rf"\b[^.;:!?\n]{{0,60}}?\s{_COUNT_VERB}\s+(?:{NUM}\s+to\s+)?$",
            re.IGNORECASE,
        ),
        fastre.compile(requires, re.IGNORECASE) if requires else None,
    )
    for metric, noun, requires in NUMBER_OF_NOUNS
)  # fmt: skip
NUMBER_OF_REACH = 140  # characters before a count searched for "the number of <noun> ..."

# "(n=1,036)": the size of the cohort a result comes from...
COHORT_SIZE_BEFORE = fastre.compile(r"\b[nN]\s*=\s*$")
# ...unless it follows the share it counts: "CRS occurred in 90% (n = 18)" (the numerator).
# ("The majority (69%, n=56) of patients relapsed": the same count inside the share's bracket)
NUMERATOR_N_BEFORE = fastre.compile(r"(?:%|percent|per\s?cent)\s*(?:[)\]]?\s*\(|[,;])\s*[nN]\s*=\s*$")
# "63% of reports (n = 112)", "HTA decisions (n = 178)": an n that counts documents, places or
# trials (a share of trials too), not patients
NON_PEOPLE_N_BEFORE = fastre.compile(
    r"\b(?:reports|articles|papers|publications|reviews|submissions|decisions|recommendations|models"
    r"|analyses|evaluations|assessments|guidelines|policies|centres|centers|sites|hospitals|institutions"
    r"|countries)\s*\(\s*[nN]\s*=\s*$"
    r"|%\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:trials|studies)\s*\(\s*[nN]\s*=\s*$",
    re.IGNORECASE,
)
# A protocol's rule, not a result: "When 1 DLT occurs in 3 subjects in a dose group, 3 additional
# subjects are required", "if a DLT is observed in at least 2 patients, escalation stops"
CONDITION_BEFORE = fastre.compile(
    r"\b(?:when|if|whenever|should)\b[^.;:]{0,60}?\b(?:occurs?|occurring|is\s+observed|are\s+observed|is\s+seen"
    r"|are\s+seen|develops?|experiences?)\s+(?:in\s+)?(?:(?:at\s+least|more\s+than|fewer\s+than|≥|>|<)\s*)?$",
    re.IGNORECASE,
)
# "The EU Clinical Trials Register currently displays 44334 clinical trials", "the database holds
# over 450,000 studies": more trials than CAR-T has ever had are a register's size (CAR-T trials
# registered worldwide number a few thousand), unless the count says which trials ("12,000 cell
# therapy trials")
MAX_CAR_T_TRIALS = 10_000
CELL_THERAPY_WORD = fastre.compile(r"\bCAR\b|CAR[- ]?T|\bcell(?:ular)?\b|\bgene\b", re.IGNORECASE)
# "We are looking for 30 participants aged 18 to 65", "the study is recruiting 120 patients": the
# people a trial site still seeks, not a cohort (one that "has recruited 120" is)
RECRUITING_BEFORE = fastre.compile(
    r"\b(?:looking\s+for|seeking|searching\s+for|recruiting|to\s+recruit|hoping\s+to\s+(?:enrol|enroll|recruit|find))"
    r"\s+(?:(?:up\s+to|about|around|approximately|at\s+least|another|an\s+additional)\s+)?$",
    re.IGNORECASE,
)
# "NICE projecting benefits for more than 150 patients", "the ministry forecasts care for 1,000
# patients": a forecast of who will benefit, not patients treated or enrolled (as "around 150
# patients a year will be eligible" is none)
FORECAST_BEFORE = fastre.compile(
    r"\b(?:projecting|projects|projected|forecasts?|forecasting|forecasted|predicting|predicts"
    # ("Novartis expects peak sales of $65.7 million with up to 216 patients": a decimal point
    # within the forecast's words)
    r"|expecting|expects|anticipating|anticipates|estimating|estimates)\b(?:[^.;:]|\.(?=\d)){0,60}$",
    re.IGNORECASE,
)
# "We excluded studies involving fewer than 10 participants", "trials with at least 20 patients
# were eligible", "series that enrolled ≥50 patients": a systematic review's size criterion for the
# studies it took, not a cohort
STUDY_SIZE_CRITERION_BEFORE = fastre.compile(
    r"\b(?:studies|trials|series|reports|publications|analyses|cohorts)\s+(?:that\s+|which\s+)?"
    r"(?:involving|involved|with|enrolling|enrolled|including|included|of|reporting\s+on|recruiting|recruited)\s+"
    r"(?:(?:a\s+)?(?:total|sample(?:\s+size)?)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Positive decisions were given by HAS (n=3), SMC (n=3) and NICE (n=1)", "G-BA provided
# temporary decisions (n=4)": a sentence about documents (decisions, submissions, appraisals)
# that names no people or group of them; its n's count the documents, wherever the noun stands
# (not "The regulatory decision was supported by … the satri-cel group (n = 104)")
DOCUMENTS_COUNTED = fastre.compile(
    r"\b(?:decisions|submissions|recommendations|appraisals|assessments|evaluations|reports"
    r"|publications|articles|guidelines|policies|dossiers)\b",
    re.IGNORECASE,
)
PEOPLE_NAMED = fastre.compile(
    r"\b(?:patients?|pts|participants?|subjects?|children|child|kids|adults?|cases|people|persons"
    r"|individuals|recipients|men|women|infants|adolescents|responders|enrolled|treated|infused|evaluable"
    r"|groups?|arms?|cohorts?)\b",
    re.IGNORECASE,
)
# "100% of patients who achieved a CR (n = 89)", "responders (n = 40)": the size of the
# responders, a count of an outcome, not of a cohort treated or enrolled
RESPONDERS_N_BEFORE = fastre.compile(rf"(?:{RESPONDERS})[^()]{{0,30}}\(\s*[nN]\s*=\s*$", re.IGNORECASE)
# "(range: 20-617; n=60 patients with CR/CRi)", "n = 41 responders": the responders named after it
RESPONDERS_N_AFTER = fastre.compile(rf"\s*(?:{RESPONDERS})", re.IGNORECASE)
# "62 patients (including 46 with ALL and 16 with LBL)", "98 patients (including 76 in trials)"
SUBGROUP_BEFORE = fastre.compile(
    r"\b(?:patients|participants|subjects|children|adults|cases)\b[^()]{0,40}\(\s*including\s+(?:[^()]*\band\s+)?$",
    re.IGNORECASE,
)
# "852 patients (208 CAR T; 595 auto-SCT; 49 allo-SCT)", "356 patients (173 axi-cel, 183 tisa-cel)",
# "(axi-cel, 173; tisa-cel, 183)": the cohort split into its arms in a bracket right after it, each
# item a count and the arm's name (not "(12%)", "(n = 40)", "(range 18-76)")
ARM_SPLIT_BRACKET_BEFORE = fastre.compile(
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects|children|adults|recipients)\s*\(\s*"
    r"(?:[A-Za-z][\w/ .-]{0,24}?,?\s*\d[\d,]*\s*[;,]\s*|\d[\d,]*\s+[A-Za-z][\w/ .-]{0,24}?\s*[;,]\s*)*"
    r"(?:[A-Za-z][\w/ .-]{0,24}?,\s*)?$",
    re.IGNORECASE,
)
ARM_SPLIT_BRACKET_AFTER = fastre.compile(
    r"(?:\s+[A-Za-z][\w/ .-]{0,24}?)?\s*"
    r"(?:[;,]\s*(?:[A-Za-z][\w/ .-]{0,24}?,?\s*)?\d[\d,]*(?:\s+[A-Za-z][\w/ .-]{0,24}?)?\s*)*\)",
    re.IGNORECASE,
)
# ... not a split by sex or race ("(12 women, 28 men)"): who the patients are
TRAIT_SPLIT = fastre.compile(
    r"\b(?:wom[ae]n|m[ae]n|males?|females?|boys|girls|white|black|asian|hispanic|caucasian)\b", re.IGNORECASE
)
# Is "N patients" a cohort, arm or subgroup size? What stands before it...
COHORT_BEFORE = fastre.compile(
    r"(?:\ba\s+total\s+of|\btotal\s+of|\bamong|\bacross|\bin|\bincluding|\bof|\benrolled|\btreated|\btreat|\brecruited"
    # "Cabaletta has dosed 20 patients across its RESET trials"
    r"|\bdosed|\binfused"
    r"|\b(?:published|reported|summari[sz]ed|analy[sz]ed|described|reviewed|studied)"
    # "we looked at about 1500 patients in that dataset", "identified 1,200 patients who received …"
    r"|\b(?:looked\s+at|examined|evaluated|identified|investigated|surveyed|followed(?:\s+up)?)"
    r"|\binvolving|\bincluded|\badministered\s+to|\btreating|\bpipeline\s+of|\bmark|\bserved|\bhelped"
    # "the hospital had received nearly 10 patients for CAR-T", "has admitted 40 patients"
    r"|\b(?:received|admitted|welcomed|accepted)"
    # "the registry includes data on 3,500 patients", "the database contains 1,200 patients"
    r"|\bincludes?|\bcontain(?:s|ed|ing)?|\bcompris(?:es|ed|ing)|\bencompass(?:es|ed|ing)|\btotall?(?:ing|ed)"
    # "81 reinfusions, representing 79 patients", "a registry covering 1,200 patients"
    r"|\brepresent(?:s|ed|ing)|\bcover(?:s|ed|ing)|\bspann(?:ed|ing)|\bspans"
    # "Chinese cohorts add another forty-three patients", "the update added 12 patients"
    r"|\badd(?:s|ed|ing)?(?:\s+(?:another|a\s+further|an?\s+additional|further))?"
    r"|\b(?:data|information|records)\s+(?:on|from|of)"
    # "first tested on ten B-cell leukaemia patients", "given to 12 children"
    r"|\b(?:tested|tried|trialled|trialed|used)\s+(?:it\s+)?on|\bgiven\s+to"
    r"|\bcured|\bfor|\bwith"
    # "the hospital has performed more than 150 infusions", "carried out 300 procedures"
    r"|\b(?:performed|carried\s+out|completed|conducted|done)"
    # "researchers randomized 359 patients", "screened 266 patients"
    r"|\brandomi[sz]ed|\b(?:randomly\s+)?(?:assigned|allocated)|\bscreened)\s+(?:the\s+)?(?:first\s+)?$"
    # a trial record's field: "Estimated Enrollment : 78 participants", "Actual Enrollment: 120"
    r"|\benrol(?:l)?ment\s*(?:\([^()]{0,20}\)\s*)?[:=]\s*(?:about\s+|approximately\s+)?$",
    re.IGNORECASE,
)
# "treated 186 leukemia patients, 191 myeloma patients and 125 lymphoma patients": the later
# members of a list of counts whose first one opens after a cohort word (COHORT_BEFORE is then
# asked of the text before the run)
COUNT_LIST_RUN = fastre.compile(
    rf"(?:{NUM}\s+(?:[\w/-]+\s+){{0,3}}?(?:patients|participants|subjects|children|adults|cases|people)\b"
    r"(?:\s+with\s+[\w/-]+(?:\s+[\w/-]+)?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$",
    re.IGNORECASE,
)
COUNT_LIST_REACH = 200  # characters before a count where its list may begin
# ...or after it (treated, enrolled, evaluable, "with r/r LBCL", "in the satri-cel arm").
COHORT_AFTER = fastre.compile(
    r"^[\s,]*(?:\([^()]{0,60}\)\s*)?"
    # "47 lymphoma patients aged 70 or older underwent …", "61 patients, ≥70 years, received": an
    # age the cohort was chosen by
    r"(?:(?:aged\s+|(?:≥|>=|>|over|older\s+than|at\s+least)\s*)\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?"
    r"[^\S\r\n]*(?:\+|years?|yrs?|y)?"
    r"(?:\s+(?:old|of\s+age))?(?:\s+(?:or|and)\s+(?:older|over|above))?\s*,?\s*)?"
    # "more than 500 adults and children have received CAR-T": the people coordinated
    r"(?:(?:and|or)\s+(?:(?:young|older)\s+)?(?:children|adults|adolescents|patients|teens|teenagers)\s+)?"
    # "45 patients in Scotland have received", "20 children at Great Ormond Street who were treated"
    r"(?:(?:in|at|across)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s*,?\s*"
    # "as many as 20,000 patients across the globe have received CAR T" (not "2 million patients
    # across the world with lupus": the people a disease strikes)
    r"|(?:across|around|throughout|in)\s+the\s+(?:world|globe|country)\s*,?\s*"
    r"(?=(?:who\s+|that\s+)?(?:have|had|has)\s+(?:already\s+)?(?:been\s+)?(?:received|treated|infused)\b))?"
    r"(?:who\s+|that\s+)?(?:were\s+|was\s+|have\s+|had\s+|has\s+)?(?:already\s+|now\s+|so\s+far\s+)?"
    # ("so 117 patients were actually treated with liso-cel", "were ultimately infused")
    r"(?:been\s+)?(?:all\s+)?(?:(?:successfully|actually|ultimately|eventually|subsequently|finally)\s+)?"
    r"(?:enrolled|treated|infused|received|receiving|included|recruited|evaluable|evaluated\s+for|participated"
    r"|underwent|undergone"
    r"|registered|dosed|given|issued|completed|served|helped|seen|studied|benefit(?:ed|ing)|with\s+(?:r/r|relapsed|refractory|[A-Z])"
    r"|screened|randomi[sz]ed|randomly\s+(?:allocated|assigned)|allocated|assigned"
    r"|in\s+the\s+(?:[\w-]+\s+){1,2}(?:arm|group|cohort)"
    # "106 patients on 4 clinical trials receiving CAR T cells": those the trials took
    r"|on\s+(?:[\w-]+\s+){0,2}?(?:clinical\s+)?(?:trials?|studies|protocols?)\b"
    # the patients analysed: "410 patients had follow-up data reported", "with at least 6 months of
    # follow-up", "had data available"
    r"|(?:(?:available|evaluable|sufficient|adequate|complete|reported)\s+)?follow-?\s?up\s+data\b"
    r"|(?:(?:available|evaluable|efficacy|safety|outcome|response)\s+)?data\s+(?:reported|available)\b"
    r"|(?:at\s+least\s+|a\s+minimum\s+of\s+|≥\s*)[\w.-]+\s+(?:weeks?|months?|years?)\s+of\s+follow-?\s?up\b"
    # "Rogachev NMRC—over 150 patients since 2018", "2,000 patients to date": the count so far
    r"|since\s+(?:(?:early|mid|late)[- ]\s*)?(?:19|20)\d{2}\b|to\s+date\b|so\s+far\b"
    # "twenty-four patients across lupus, systemic sclerosis and myositis", "… across three trials"
    r"|across\s+(?!the\s+(?:world|globe|country)\b))",
    re.IGNORECASE,
)
# An arm's size in brackets after its name, in a clause that assigns patients to arms:
# "randomized 359 patients to axi-cel (180 patients) or SOC (179 patients)" (not the responders
# of a share before it: "… a CR rate of 73% (152 patients)")
ARM_SIZE_BEFORE = fastre.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\b"
    r"[^.;()%]{0,80}?(?:\([^()%]{0,30}\)[^.;()%]{0,40}?)?\(\s*$",
    re.IGNORECASE,
)
ARM_SIZE_REACH = 140  # characters before the bracket searched for the assigning verb
# Baseline characteristics, plans and anecdotes are not cohort sizes.
COHORT_AFTER_NOT = fastre.compile(
    r"^[\s,]*(?:were|was|are)\s+(?:male|female|men|women|aged|older|younger|over|under|≥|>|<|≤|resistant|refractory)"
    r"|^[\s,]*(?:had|have)\s+(?:a\s+)?(?:history|prior|previous|high|IPI|ECOG|bulky|extramedullary|received\s+prior)"
    r"|^[\s,]*(?:proceeding|proceeded|went\s+on)\s+to|^[\s,]*assessed"
    # "Five out of seven participants maintained clinical improvement at Month 12", "Of the two
    # participants who experienced loss of clinical effect": how many kept or lost a response
    r"|^[\s,]*(?:who\s+)?(?:(?:have\s+|had\s+)?(?:maintained|sustained|kept|retained)\s+(?:(?:a|their|the)\s+)?"
    r"(?:(?:clinical|clinically\s+meaningful|durable|deep|complete|partial)\s+)*(?:improvements?|responses?"
    # (not "enrolled 40 patients who had maintained a partial response to chemotherapy": who they are)
    r"|remissions?|benefit)\b(?!\s+to\b)"
    r"|(?:experienced|had|showed|suffered)\s+(?:a\s+|the\s+)?loss\s+of\s+(?:(?:clinical|their|the)\s+)*"
    r"(?:effect|response|benefit|remission)\b)"
    # "with 17 patients in ongoing response", "3 patients still in complete remission": how many
    # are in a response, no cohort
    r"|^[\s,]*(?:(?:were|are|was|is)\s+)?(?:still\s+)?in\s+(?:an?\s+)?(?:(?:ongoing|continued|continuing|sustained"
    r"|durable|lasting|complete|partial|stringent|deep|MRD-negative)\s+)+(?:responses?|remissions?)\b"
    # "9 out of 10 patients recommend us": a clinic's satisfaction figure, no cohort
    r"|^[\s,]*(?:would\s+)?(?:recommend(?:s|ed)?|rate[sd]?\s+(?:us|the|our)|(?:are|were)\s+satisfied)\b"
    # "Two participants' tumors progressed so rapidly that they became ineligible": what happened
    # to their disease, not a cohort
    r"|^['’]s?\s+(?:tumou?rs?|disease|cancers?|conditions?|symptoms)\b"
    # "capacity to treat over 10,000 patients annually", "sees 25,000 patients a year": a rate, no cohort
    r"|^[\s,]*(?:annually|per\s+(?:year|annum|month|week)|an?\s+(?:year|month|week)|each\s+(?:year|month|week)"
    r"|every\s+(?:year|month|week)|yearly|monthly|weekly)\b"
    # "Between 200 and 250 additional patients are expected to benefit": a projection of who may
    # be treated, not a cohort that was
    # ("… 150 patients anticipated to receive the treatment over the next three years")
    r"|^[^.;:%\d]{0,140}?\b(?:(?:(?:are|is|were)\s+)?(?:expected|projected|estimated|forecast|anticipated)\s+to"
    r"|(?:are|is|were)\s+likely\s+to"
    r"|(?:could|would|will|may|might)\s+(?:(?:potentially|eventually)\s+)?(?:benefit|qualify|be\s+eligible))\b"
    # "60 patients will be enrolled in the study", "40 children are to be treated next year", "An
    # estimated 9 patients with … NMOSD, who were 18 to 60 years of age, will be given": a plan (its
    # people described first, but no verb of what was done before the plan's)
    r"|^(?:(?!(?<!\bwho\s)\b(?:were|was|had|have|has|received|underwent|and)\b)[^.;:%]){0,140}?"
    r"\b(?:(?:will|shall)(?:\s+(?:also|then|each|all|only|additionally))?|(?:are|is)\s+(?:to|planned\s+to|scheduled\s+to|set\s+to|due\s+to)"
    # ("In this study, 9 patients with lupus nephritis were proposed to undergo CAR-T": a registry
    # listing's plan, told in the past tense)
    # (but "40 patients were scheduled to undergo apheresis, and 36 were infused": enrolled ones)
    r"|(?:are|is)\s+(?:proposed|intended)\s+to|(?:were|was)\s+(?:proposed|planned|intended)\s+to)\s+(?:be\s+)?"
    r"(?:enrol+ed|recruited|treated|included|randomi[sz]ed|dosed|infused|given|enrol+|recruit|receive|get"
    r"|undergo)\b"
    # "Twelve patients received bridging therapy", "Five patients with CLL received ibrutinib",
    # "17 of 20 patients received conditioning chemotherapy": who got another treatment beside
    # the CAR-T (a cohort's care, not the cohort; an arm's "received chemotherapy" stays)
    r"|^[\s,]*(?:with\s+[^,.;]{1,40}?\s+)?(?:(?:had|have)\s+)?(?:received|were\s+given|was\s+given|got)\s+"
    # ("3 patients received half dose of regorafenib along with cell infusion")
    r"(?:[\w-]+\s+){0,3}?(?:bridging|conditioning|lymphodeplet\w*|tocilizumab|(?:cortico)?steroids?|dexamethasone"
    r"|anakinra|siltuximab|[a-z]{3,}(?:mab|nib|zomib|lisib|ciclib|parib|domide))\b",
    re.IGNORECASE,
)
# "excluding the three patients treated without evidence of disease", "All patients except two
# responded": the ones left out, neither a cohort nor those with the outcome
EXCEPTED_BEFORE = (
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|all\s+but)\s+(?:the\s+)?$"
)
EXCEPTED = fastre.compile(EXCEPTED_BEFORE, re.IGNORECASE)
EXCEPTED_REACH = 20  # characters before a count searched for the word that leaves it out
COHORT_BEFORE_NOT = fastre.compile(
    r"(?:goals?|targets?|aims?|plan(?:s|ned)?|expect(?:s|ed)?|hopes?|intends?|seeks?|will\s+\w+|except\s+in|such)"
    r"\s+(?:is\s+|of\s+|to\s+)?(?:\w+\s+)?$"
    # "The project will provide CAR-T therapy for 15 patients": what is to be given, and to how many
    r"|\b(?:will|would|is\s+to|are\s+to|plans?\s+to|aims?\s+to|is\s+expected\s+to)\s+(?:provide|offer|give|treat)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:for|to)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$"
    # "can produce enough cells to treat 5,000 patients", "capacity to serve up to 2,000 patients",
    # "capable of treating 500 patients": what a plant could supply, no cohort treated ("were able
    # to treat 40 patients" were)
    r"|\b(?:enough|capacity|sufficient|capable)\b[^.;%\d]{0,50}?\b(?:to\s+(?:treat|serve|supply|infuse)|of\s+treating)"
    r"\s+(?:up\s+to\s+|over\s+|more\s+than\s+|about\s+|around\s+|some\s+|nearly\s+)?$"
    # "Phase 1 will involve the enrollment of six eligible patients", "the trial will enroll an
    # additional 20": a plan's size
    r"|\bwill\s+(?:\w+\s+){0,3}?(?:enrol+(?:ment)?|recruit(?:ment)?|inclusion|include|involve|treat)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:an?\s+)?(?:additional\s+|further\s+|another\s+|up\s+to\s+|about\s+|around\s+)?$"
    # "the study should start in October with 30 patients", "a trial set to begin next year with
    # 40 participants": the size a study is to open with
    r"|\b(?:will|should|would|shall|(?:is|are)\s+(?:set|expected|scheduled|due|planned|slated)\s+to)\s+"
    r"(?:(?:start|begin|open|launch|commence|kick\s+off)|be\s+(?:launched|started|opened))\b[^.;%\d]{0,40}?\bwith\s+"
    r"(?:(?:up\s+to|about|around|approximately|some|an?\s+(?:initial|first))\s+)?$"
    # "with all but 2 evaluable patients having completed the study": the exceptions, not a cohort
    r"|\ball\s+but\s+$"
    # "Hospitalization was prevented in 15 of 35 patients": those spared an event, neither a
    # cohort nor the event's count
    r"|\b(?:prevented|avoided|averted|spared)\s+in\s+(?:only\s+|just\s+|another\s+)?$"
    # "the responses were transient in two of the three participants": those who lost their
    # response
    r"|\b(?:transient|short-lived|temporary|brief|not\s+durable)\s+in\s+"
    r"(?:only\s+|just\s+)?$|" + EXCEPTED_BEFORE,
    re.IGNORECASE,
)
# The verbs of an outcome that lasted ("sustained in 8 patients", "maintained in 5 of 12")
SUSTAINED_VERBS = r"sustained|maintained|lasted|lasting|continued"
# "Grade 3 CRS occurred in 4 patients": the patients an event was seen in, not a cohort.
OCCURRED_IN_BEFORE = fastre.compile(
    r"\b(?:occurred|observed|reported|seen|noted|documented|recorded|developed|happened|detected|diagnosed"
    # "tocilizumab was required in 12 patients": the patients an intervention was needed in
    r"|required|needed)"
    # "ICANS occurred at grade 1 in 2 patients"
    r"(?:\s+(?:at|of)\s+(?:any\s+)?grades?\s*(?:[1-5]|I{1,3}V?|IV)?(?:\s*(?:-|–|/|or|to)\s*[1-5])?)?"
    r"\s+in\s+(?:only\s+|just\s+|another\s+)?$"
    # "Stable disease was sustained for ≥6 months in 8 patients", "responses lasted beyond a year
    # in 5", "stable disease was the best response in 6 of 15 patients"
    rf"|\b(?:{SUSTAINED_VERBS}|(?:was|were)\s+the\s+best\s+(?:overall\s+)?response)"
    r"(?:\s+(?:for|beyond|past|over|longer\s+than|more\s+than)\s+[^.;]{1,30}?)?\s+in\s+(?:only\s+|just\s+|another\s+)?$"
    # "CR/CRi was achieved by 65 patients", "a complete response was reached by 12", "Complete
    # remissions have been achieved for 2 patients": a response's count
    r"|\b(?:was|were|(?:has|have|had)\s+been)\s+(?:achieved|attained|reached|obtained)\s+(?:in|by|for)\s+"
    r"(?:only\s+|just\s+|another\s+)?$"
    # "CRS (grade 1/2) was reversible in eight patients", "neurotoxicity resolved in 11 patients": how
    # an event went, in how many
    r"|\b(?:(?:was|were)\s+(?:fully\s+|completely\s+)?(?:reversible|reversed|resolved|transient|fatal|manageable)"
    r"|resolved|reversed|subsided|recovered)\s+in\s+(?:only\s+|just\s+|all\s+)?$",
    re.IGNORECASE,
)
# "CAR T cells were detectable in the blood in 26 of 27 patients", "persisted in 12 of 20
# patients": the patients a laboratory finding was seen in, not a cohort (CLAIMS.md: lab details)
LAB_FINDING_IN_BEFORE = fastre.compile(
    r"\b(?:detectable|persist(?:ed|s|ing)?|persistence|expan(?:ded|sion)|engraft(?:ed|ment)|circulating)\b"
    r"[^.;]{0,60}?\bin\s+(?:only\s+|just\s+|all\s+but\s+)?$",
    re.IGNORECASE,
)
LAB_FINDING_REACH = 100  # characters before the count searched for the finding
# ... and the shares such a finding is told in, alone or listed: "CAR-T cells were still detectable
# in 50% and 40% respectively of the patients who completed 12 and 24 months"
LAB_FINDING_SHARE_BEFORE = fastre.compile(
    r"\b(?:detectable|persist(?:ed|s|ing)?|persistence|engraft(?:ed|ment)|circulating)\b"
    r"[^.;]{0,60}?\bin\s+(?:only\s+|just\s+|all\s+but\s+)?"
    r"(?:\d[\d.,]*\s*%\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*$",
    re.IGNORECASE,
)
# "Only 2 cases were observed": an outcome count whose metric was named before (a label).
OBSERVED_AFTER = fastre.compile(
    r"^\s+(?:were|was)\s+(?:observed|reported|seen|recorded|documented)|^\s+occurred", re.I
)
# A share of all trials: "more than 50% of the world's clinical trials".
PERCENT_OF_TRIALS = CountNoun(
    "share_of_trials",
    "trial_count",
    # "70 percent of all CAR cell therapy trials", not "half of the patients in the trials"
    r"^\s+of\s+(?:the\s+|all\s+)?(?:world['’]?s\s+|global\s+|registered\s+)?"
    r"(?:(?!(?:patients|people|children|adults|participants|subjects|cases|in|of|with|from|for|on|at)\b)"
    r"[\w-]+\s+){0,4}?trials?\b",
)
# ...and a share of the trials just counted: "over 1,000 CAR-T trials are registered worldwide,
# nearly half of them in China", "854 trials, 70% of which are in China"
SHARE_OF_COUNTED_TRIALS = CountNoun(
    "share_of_counted_trials",
    "trial_count",
    r"^\s+of\s+(?:them|these|those|which)\b",
    # (the trials the subject, not "patients enrolled in trials, half of them responded"; nor
    # "Trials reported 77% remission, with roughly half of those …": a result's share between)
    before=r"(?<!\bin\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\bacross\s)\b(?:trials|studies)\b"
    r"(?:[^.;:()%]|\.(?=\w)){0,50}?,\s*(?:and\s+|with\s+)?(?:[\w-]+\s+)?$",
)
# ...and the share of a total the trials just counted make: "more than 1,000 CAR-T trials are
# registered in China, accounting for about 40% of the global total", "… trials, or 38% of the
# world's total"
SHARE_OF_TOTAL_TRIALS = CountNoun(
    "share_of_total_trials",
    "trial_count",
    r"^\s+of\s+(?:the\s+|all\s+)?(?:(?:global|world['’]?s?|worldwide|international|overall)\s+)?"
    r"(?:total|tally|number|count)\b",
    before=r"(?<!\bin\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\binto\s)\b(?:trials|studies)\b"
    r"(?:[^.;:()]|\.(?=\w)){0,80}?,?\s*(?:accounting\s+for|representing|making\s+up|comprising|or"
    r"|which\s+(?:accounts?\s+for|accounted\s+for|represents?|represented|makes?\s+up|made\s+up|is|was))\s+$",
)
# ...and a share of the trials a sentence opens with, then where or how they run: "Of all CAR-T
# trials registered since 2001, more than half are being conducted in China", "Of the 1,000
# trials worldwide, 60% are based in China" (not "In the trials, 80% were in remission")
SHARE_OF_OPENING_TRIALS = CountNoun(
    "share_of_opening_trials",
    "trial_count",
    r"^(?=\s+(?:(?:are|were|is|was|have\s+been|had\s+been)\s+(?:now\s+|currently\s+|still\s+)?(?:being\s+)?"
    r"(?:conducted|based|located|registered|run|sponsored|led|carried\s+out|underway|ongoing|recruiting)\b"
    r"|(?:take|took|taking)\s+place\b|(?:come|came)\s+from\b|(?:target|targeted|targeting)\b"
    # "Of the 854 CAR-T trials, 60% are in China" (a place: not "80% were in complete remission")
    r"|(?:are|were)\s+(?:now\s+|currently\s+)?(?:in|from)\s+(?:the\s+)?(?-i:[A-Z])))",
    before=r"(?<!\bin\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\bacross\s)\b(?:trials|studies)\b"
    r"(?:[^.;:()]|\.(?=\w)){0,50}?,\s*$",
)

CUES: tuple[Cue, ...] = (
    # (not a row "Clinical trial | 131 (34)": the setting patients were treated in)
    Cue("trials_label", "trial_count", r"\btrials\b|\bstudies\b|\btrial\s+count\b", scope="label"),
    Cue("products_label", "product_count", r"\b(?:products|therapies)\b", scope="label"),
    Cue(
        "patients_label",
        "patient_count",
        # not the "n" of "n (%)", a column of counts with their shares of some outcome, nor the
        # "(n=11)" a column's heading sizes its own group with ("Centers, n(%) (n=11)")
        # nor a row of those with an outcome ("Patients who died | 59 (58) | 40 (40) | …")
        r"\bpatients\b(?!\s+(?:who|that|whose|having|achieving|experiencing|dying|relapsing|alive|dead|died"
        r"|deceased|in\s+(?:CR|remission)"
        r"|with\s+(?:[\w≥>≤<-]+\s+){0,3}?(?:s?CR|PR|VGPR|response|remission|CRS|ICANS|cytokine|neurotox\w*"
        r"|infections?|relapse|progression|events?|AEs?|TEAEs?|adverse|grade|deaths?|toxicit\w+|MRD)\b))"
        # a trial record's fields: "Study Participants 307", "Enrollment 307", "Target Recruitment 307"
        r"|\b(?:cohort|sample)\s+size\b|\benrolled\b|\bstudy\s+participants\b|\benrol(?:l)?ment\b"
        r"|\btarget\s+recruitment\b|\bN\b(?!\s*[(\[]\s*%)(?!\s*=)",
        scope="label",
    ),
)

# A "Label:" that counts its own noun ("Among 10 patients:", "Results in 12 adult patients:")
# is a clause, not a heading over counts: the values after it are not more patients.
COUNTED_IN_LABEL = fastre.compile(rf"{NUM}{_SPACE}*(?:[\w'’-]+{_SPACE}+){{0,3}}$", re.IGNORECASE)

# A product by its short name or INN ("axi-cel", "tisagenlecleucel", "axicabtagene ciloleucel")
_PRODUCT_NAMED = r"(?:[a-z]+-cel|(?:[a-z]+cabtagene\s+)?[a-z]{4,}leucel)\b"
_BRAND = r"(?-i:[A-Z][a-z]{3,})\b"  # ... or a brand's shape ("Kymriah", "Carvykti")
_CODE_NAME = r"(?-i:[A-Z]{2,6}-?\d{2,6}[A-Z]?)\b"  # ... or a development code ("CTX110", "ALLO-501A")
# "68 patients were enrolled, and 59 received relma-cel infusion": a cohort whose noun was said
# before in the sentence ("17,578 patients had received axi-cel and 3,336 had received brexu-cel").
ELLIPTICAL_COHORT_AFTER = fastre.compile(
    # ("97 (DL1 = 9; DL2 = 88) were efficacy evaluable": the count's split by dose in brackets)
    r"[^\S\r\n]+(?:\([^()\r\n]{1,40}\)[^\S\r\n]*)?(?:were\s+|had\s+been\s+|have\s+been\s+|had\s+|have\s+)?"
    r"(?:(?:treated|infused|enrolled|dosed"
    r"|(?:efficacy[- ]|safety[- ])?evaluable"
    r"|randomi[sz]ed|randomly\s+(?:allocated|assigned)|allocated|assigned"
    # (not "17 patients (74%) received bridging therapy": other care before the cells)
    r"|received\s+(?!(?:[\w-]+\s+){0,2}?(?:bridging|conditioning|lymphodeplet\w*|salvage|holding|prior)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:infusions?|CAR-?Ts?|cells|treatment|therapy|products?))\b"
    # a product's name, or a brand that ends the clause
    rf"|received\s+(?:{_PRODUCT_NAMED}|(?:{_BRAND}|{_CODE_NAME})(?=\s*(?:[,.;:()]|$)|\s+(?:and|while|whereas|but)\b)))",
    re.IGNORECASE,
)
# "of the 65 patients from an initial dosed cohort of 95", "a sample size of 120", "a target
# enrollment of 184": a cohort's size told without its people (not "a cohort of 3 dose levels")
SIZE_OF_COHORT_BEFORE = fastre.compile(
    r"\b(?:cohort|sample(?:\s+size)?|study\s+population|(?:target(?:ed)?|planned|estimated|actual)\s+enrol(?:l)?ment)"
    r"\s+(?:size\s+)?(?:of|was|is|totall?(?:ed|ing))\s+(?:about\s+|approximately\s+|nearly\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
SIZE_OF_COHORT_AFTER = fastre.compile(
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:was|were|is|for|who|whom|in|from|and|at|with|treated|enrolled|infused)\b)",
    re.IGNORECASE,
)
# "697 patients treated with cilta-cel and 575 with ide-cel": the second arm of a parallel cohort,
# its people and its verb left out (not "CRS occurred in 10 patients with axi-cel and 5 with …")
PARALLEL_COHORT_BEFORE = fastre.compile(
    r"\b(?:patients|participants|subjects|children|adults)\s+(?:who\s+)?(?:were\s+|had\s+been\s+)?"
    r"(?:treated|infused|dosed)\s+with\s+[^,;.()]{1,40}?(?:,\s*\d[\d,]*\s+with\s+[^,;.()]{1,40}?)*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
PARALLEL_COHORT_AFTER = fastre.compile(rf"[^\S\r\n]+with[^\S\r\n]+{_PRODUCT_NAMED}", re.IGNORECASE)
PARALLEL_COHORT_REACH = 100  # characters before the count searched for the first arm
PATIENTS_NOUN = fastre.compile(r"\b(?:patients|pts|participants|subjects|children|adults)\b", re.IGNORECASE)
# A randomised cohort split into its arms, each arm's size with its noun left out: "419 patients
# were randomized, 208 to cilta-cel and 211 to standard of care", "156 patients, 104 in the
# satri-cel arm and 52 in the TPC arm". The arm is a product's short name, INN or brand, a
# comparator arm, or an "arm"/"group" a few words on; the sentence must say how the arms were made.
ARM_SPLIT_BEFORE = fastre.compile(r"(?:\band|[,:;(])[^\S\r\n]+$", re.IGNORECASE)
ARM_SPLIT_AFTER = fastre.compile(
    r"[^\S\r\n]+(?:(?:were|was)[^\S\r\n]+)?(?:(?:randomi[sz]ed|assigned|allocated)[^\S\r\n]+)?"
    r"(?:to[^\S\r\n]+(?:receive[^\S\r\n]+)?(?:the[^\S\r\n]+)?"
    rf"(?:{_PRODUCT_NAMED}|{_BRAND}|{COMPARATOR_ARM_NAME})"
    r"|in[^\S\r\n]+the[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+){1,4}?(?:arm|group|cohort)\b"
    # ("419 patients randomized, 208 cilta-cel and 211 to standard of care": the short name alone)
    r"|(?-i:[a-z]+-cel)\b(?=[^\S\r\n]*(?:,|;|\)|and\b|or\b|vs\.?|versus\b)))",
    re.IGNORECASE,
)
# An arm named right before its size in a list of the arms: "136 patients received study drug
# (satri-cel 88 patients vs TPC 48 patients)", "(Carvykti, 208 patients; standard care, 211 patients)"
ARM_NAMED_BEFORE = fastre.compile(
    r"(?:[(\[;,]|\bvs\.?|\bversus|\band)[^\S\r\n]*(?:the[^\S\r\n]+)?"
    rf"(?:{_PRODUCT_NAMED}|{_BRAND}|{COMPARATOR_ARM_NAME})"
    r"(?:[^\S\r\n]+(?:arm|group))?[^\S\r\n]*[,:]?[^\S\r\n]*$",
    re.IGNORECASE,
)
ARMS_MADE = fastre.compile(r"\brandomi[sz]|\b(?:assigned|allocated)\b|\barms?\b", re.IGNORECASE)
# "six CAR-T products are approved, and four were made in Shanghai": a count whose noun is elided
# ("…, five are from China", "40 trials were registered; two were in Europe")
ELIDED_BEFORE = fastre.compile(r"(?:\band|[,:;])\s+$", re.IGNORECASE)
ELIDED_AFTER = fastre.compile(
    r"[^\S\r\n]+(?:were|are|have\s+been|had\s+been|of\s+(?:them|which|these))\b", re.IGNORECASE
)
# A count whose noun the sentence said before, left out after "with": "CAR-T therapies for blood
# cancers, with six now approved in the US" (products), "China runs more CAR-T trials than any other
# country, with over 1,000 registered" (trials). What it is said to be comes right after the count,
# then nothing but a place, an agency or a clause (not "with 30 approved centres").
ELIDED_WITH_BEFORE = fastre.compile(r"\bwith[^\S\r\n]+(?:only[^\S\r\n]+|just[^\S\r\n]+)?$", re.IGNORECASE)
_ELIDED_NOW = r"[^\S\r\n]+(?:(?:now|already|currently|so[^\S\r\n]+far)[^\S\r\n]+)?"
_ELIDED_THEN = (
    r"(?=[^\S\r\n]*(?:[,.;:)]|$)"
    r"|[^\S\r\n]+(?:in|on|at|by|for|so|to|worldwide|globally|across|and|since|as|with)\b)"
)
# (metric, rule, what the count is said to be, the plural noun the sentence said before it)
ELIDED_COUNTS: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "product_count",
        "product_count.approved_elided",
        fastre.compile(
            _ELIDED_NOW
            + r"(?:approved|licen[cs]ed|authori[sz]ed|marketed|on[^\S\r\n]+the[^\S\r\n]+market)"
            + _ELIDED_THEN,
            re.IGNORECASE,
        ),
        fastre.compile(
            r"\bCAR[- ]?T(?:[- ]cell)?[^\S\r\n]+(?:therapies|products|treatments|drugs|medicines)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "trial_count",
        "trial_count.registered_elided",
        fastre.compile(
            _ELIDED_NOW
            + r"(?:registered|underway|under[^\S\r\n]+way|ongoing|recruiting|active|running|listed)"
            + _ELIDED_THEN,
            re.IGNORECASE,
        ),
        fastre.compile(r"\b(?:clinical\s+)?(?:trials|studies)\b", re.IGNORECASE),
    ),
)

# A part of the things the sentence before counted: "6 CAR-T agents are commercially available.
# Among them, 2 are indicated for myeloma", "Of these, two target BCMA". The part opens its
# sentence's clause; the whole is counted within SUBSET_REACH characters before it.
SUBSET_BEFORE = fastre.compile(
    r"(?:^|[.;:]\s+|\b)(?:among|of)\s+(?:them|these|those|which)\s*,?\s*$", re.IGNORECASE
)
SUBSET_AFTER = fastre.compile(
    r"[^\S\r\n]+(?:are|were|is|was|have|has|had|target|targets|targeting)\b", re.IGNORECASE
)
SUBSET_REACH = 250
_WHOLE_NUMBER = (
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^\S\r\n]+"
    r"(?:[\w-]+[^\S\r\n]+){0,3}?"
)
# (metric, what the sentence before counted)
SUBSET_WHOLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "product_count",
        fastre.compile(
            _WHOLE_NUMBER + r"(?:products|therapies|agents|drugs|medicines|treatments)\b", re.IGNORECASE
        ),
    ),
    ("trial_count", fastre.compile(_WHOLE_NUMBER + r"(?:clinical\s+)?(?:trials|studies)\b", re.IGNORECASE)),
)

# Who dropped out before the infusion, and why: "Main reasons for not administering CAR-T cells were
# disease progression (N= 27) and death (N= 14)", "8 were not infused because of progression (n = 5)"
NOT_TREATED_REASONS = fastre.compile(
    r"\b(?:reasons?\s+for\s+(?:not\s+|non-?)|(?:were|was)\s+not\s+(?:infused|treated|dosed|given|administered)|"
    r"did\s+not\s+(?:receive|proceed)|discontinu|withdr[ae]w|dropped\s+out|(?:were|was)\s+excluded)"
    # ("…, n=10; or manufacturing failures, n=8": the list of reasons goes on past a semicolon)
    r"(?:[^.;]|;\s*(?:or|and)\b)*$",
    re.IGNORECASE,
)
NOT_TREATED_REACH = 160
# ... and the count of them: "Infusions were not given in 18 pts due to death or adverse events"
NOT_TREATED_COUNT_BEFORE = fastre.compile(
    r"\b(?:(?:were|was)\s+not\s+(?:given|infused|administered)|could\s+not\s+be\s+(?:given|infused))"
    r"\s+(?:in|to)\s+(?:the\s+(?:other|remaining)\s+)?$"
    # "the company was unable to produce cells for nine patients": a manufacturing failure's count
    r"|\b(?:unable\s+to|could\s+not|couldn't|failed\s+to)\s+(?:produce|manufacture|make|generate)\s+"
    r"(?:the\s+)?(?:cells|products?|CAR[- ]?T(?:\s+cells)?)\s+for\s+(?:the\s+(?:other|remaining)\s+)?$",
    re.IGNORECASE,
)
# "… and 16 died before they could be infused", "four patients died while awaiting the cells":
# deaths before treatment are dropouts, no outcome of it
NOT_TREATED_DEATHS_AFTER = fastre.compile(
    r"\s+(?:(?:more\s+)?(?:patients|pts|participants|of\s+them|others)\s+)?(?:had\s+)?died\s+"
    r"(?:before|while\s+(?:waiting|awaiting)|awaiting|prior\s+to|during\s+(?:the\s+)?(?:manufactur|wait))",
    re.IGNORECASE,
)
# ...and told as a share: "About 25% of patients die while waiting for a manufacturing slot",
# "10% of those referred died before infusion"
NOT_TREATED_DEATHS_SHARE_AFTER = fastre.compile(
    # ("The majority (69%, n=56) of patients suffered disease relapse while waiting for apheresis":
    # the rest of the share's bracket first)
    r"(?:[,;][^()\r\n]{0,20}\))?"
    r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:patients|pts|people|participants"
    r"|those|them)\s+(?:(?:who\s+are\s+|who\s+were\s+)?[\w-]+\s+)?"
    r"(?:(?:will|may|might|often|eventually|ultimately)\s+)?"
    r"(?:die|died|dies|relapsed|progressed|suffer(?:s|ed)?\s+(?:an?\s+)?(?:disease\s+)?(?:relapse|progression))\s+"
    # (before the cells, not "before a transplant can be arranged": the disease's toll)
    r"(?:(?:before|while\s+(?:waiting|awaiting)|awaiting|prior\s+to)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:infus\w*|treat\w*|receiv\w*|getting|cells|CAR[- ]?T\w*|manufactur\w*|slots?|dos\w*|products?"
    r"|(?:leuk)?apheresis)\b"
    r"|during\s+(?:the\s+)?(?:manufactur|wait))",
    re.IGNORECASE,
)

# The share of a control arm that crossed over to the CAR-T, no outcome of either arm: "overall
# survival was confounded by 56% crossover", "56% of patients from the standard care arm crossed
# over to receive Abecma"
CROSSOVER_SHARE_AFTER = fastre.compile(
    r"(?:\s*\([^()\r\n]{1,20}\))?\s+(?:cross-?over|treatment\s+switching)\b"
    r"|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?(?:crossed\s+over|crossing\s+over|switched\s+over)\b",
    re.IGNORECASE,
)

# Cohorts and shares of a whole cohort, as the linker reads them (link._is_cohort, link._in_all).
PEOPLE_WORDS = r"(?:patients|pts|participants|subjects|children|kids|adults|cases)\b"
# "11 evaluable patients", "34 infused patients": the size of the cohort an outcome is a share of
COHORT_ADJECTIVE = fastre.compile(
    r"\b(?:evaluable|assessable|enrolled|treated|infused|dosed|efficacy-evaluable|response-evaluable)\b", re.I
)
COHORT_VERB_AFTER = fastre.compile(
    r"\s+(?:were|are|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:treated|enrolled|infused|dosed|randomi[sz]ed|included)\b",
    re.IGNORECASE,
)
DEFINITE_COHORT_BEFORE = fastre.compile(
    r"\b(?:among|of|in|for|from)\s+(?:the|these|those|all\s+the)\s+$", re.I
)
# ...whatever stands before it ("The 25-patient study showed", "tested in a 20-patient trial")
SIZED_STUDY_AFTER = fastre.compile(SIZED_STUDY, re.IGNORECASE)
RESTATED_COHORT_REACH = 3000  # characters before "among the 47 patients" where the 47 was first given
ALL_BEFORE = fastre.compile(r"\ball\s+(?:the\s+|of\s+the\s+)?$", re.IGNORECASE)
IN_ALL_BEFORE = fastre.compile(r"\bin\s+all\s+(?:the\s+|of\s+the\s+)?$", re.IGNORECASE)
# "all 64 patients showed MRD negativity in 62 of them": the outcome's count among the whole cohort
OF_THEM_AFTER = fastre.compile(
    rf"\s*(?:\([^()]{{0,20}}\)\s*)?in\s+(?P<n>{NUM})\s+of\s+(?:them|these|those)\b", re.I
)


# "there were three cases of low-grade neurotoxicity", "two episodes of grade 3 CRS": a count of
# the event named right after (its grade words between), for these metrics
CASES_OF = fastre.compile(
    rf"{_SPACE}+(?P<noun>cases?|episodes?|events?|instances?|reports?){_SPACE}+of{_SPACE}+"
    rf"(?:(?:low|high|any)[- ]grade{_SPACE}+|(?:severe|mild|serious|acute|chronic|fatal|late){_SPACE}+"
    rf"|grade{_SPACE}*(?:≥|>=|>)?{_SPACE}*\d(?:{_SPACE}*(?:-|–|or){_SPACE}*\d)?\+?{_SPACE}+)?",
    re.IGNORECASE,
)
CASE_METRICS = frozenset({"crs", "neurotoxicity", "adverse_event", "relapse"})
# Responses counted as events: "There were six complete responses among 12 patients", "the
# trial recorded 5 CRs" (a response in the singular after a number is a rate's name: "2 complete
# response rates")
RESPONSE_EVENTS = fastre.compile(
    rf"{_SPACE}+(?:(?:new|additional|further|confirmed|durable|ongoing|sustained){_SPACE}+)?"
    rf"(?:(?:stringent{_SPACE}+)?complete{_SPACE}+(?:responses|remissions)|CRs|objective{_SPACE}+responses)\b",
    re.IGNORECASE,
)
RESPONSE_EVENT_METRICS = frozenset({"orr", "cr"})
