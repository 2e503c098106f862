"""Link number mentions to metric cues: the step that turns numbers into claims.

For each mention in a segment (sentence or table cell) the linker tries, in order:
1. what the mention is by itself (money is a cost; "854 trials" is a trial count);
2. a cue right after it ("92.3% complete remission", "64% 12-month PFS");
3. the nearest cue before it in the segment ("ORR of 92.0%"), unless a blocking phrase
   ("follow-up", "manufacturing") stands closer;
4. the table: the column header, then the row label; or the "Label:" prefix of a line;
5. a restatement: an unlinked percentage equal to a claim made earlier in the document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from . import fastre, multiscan
from .attribute import INN_SHAPE, PRODUCTS
from .layout import Segment, is_notes_header, section_label
from .normalise import GLUED_NOTE_AFTER, NUM, Mention, label_unit, parse_number, with_label_unit, with_value
from .rules import COUNT_METRICS, MASK, METRIC_KINDS, Cue, all_cues
from .rules.approvals import (
    APPLICATION_NAME,
    APPROVAL_WORD,
    APPROVED_SINCE,
    APPROVED_SINCE_REACH,
    BETWEEN_YEARS,
    BETWEEN_YEARS_AFTER,
    DATELINE_AFTER,
    DATELINE_BEFORE,
    DATELINE_REACH,
    HTA_BODY,
    MEETING_BEFORE_DATE,
    MEETING_PURPOSE_AFTER_DATE,
    NOT_AN_APPROVAL_DATE,
    OTHER_DRUG,
    OTHER_EVENT_BEFORE_DATE,
    PAYER_APPROVAL_BEFORE_DATE,
    PRICED_OR_LISTED_BEFORE_DATE,
    PROSPECTIVE_APPROVAL,
    SALES_PERIOD,
    SITE_APPROVAL,
    SUBMISSION,
    YEAR_SPAN_AFTER,
    YEAR_SPAN_BEFORE,
)
from .rules.costs import (
    AGGREGATE_AFTER,
    CEILING_AFTER,
    CHANGED_BY_BEFORE,
    CLASS_PRICE_THRESHOLD,
    COMPANY_FINANCES,
    CONVERTED_SUM_BEFORE,
    DISCOUNTING,
    EARNED_BEFORE,
    FUNDING_AFTER,
    FUNDING_ANNOUNCED_BEFORE,
    GRANT_AMOUNT_BEFORE,
    GRANT_NAMED,
    GRANT_NAMED_REACH,
    INCOME_BOUND_AFTER,
    INCOME_BOUND_BEFORE,
    LOSS_OR_DIFFERENCE_AFTER,
    NET_BENEFIT_BEFORE,
    NOT_A_PRICE,
    NOT_A_PRICE_SENTENCE,
    OTHER_GENE_THERAPY,
    PAYWALL_NEAR,
    PER_PACK_AFTER,
    PER_PERIOD_AFTER,
    PER_QALY_AFTER,
    PREMIUM_BEFORE,
    PROJECTED_SERIES_AFTER,
    PROJECTED_SERIES_BEFORE,
    RESTATED_BEFORE,
    SAVED_BEFORE,
    SERIES_MIN_USD,
    SPENDING_THRESHOLD_BEFORE,
    STOCK_QUOTE_AFTER,
    THRESHOLD_BEFORE,
    WTP_BEFORE,
    YEN_CONTEXT,
    YUAN_CONTEXT,
    above_usd,
    beyond_any_price,
)
from .rules.counts import (
    ALL_BEFORE,
    ARM_NAMED_BEFORE,
    ARM_SIZE_BEFORE,
    ARM_SIZE_REACH,
    ARM_SPLIT_AFTER,
    ARM_SPLIT_BEFORE,
    ARM_SPLIT_BRACKET_AFTER,
    ARM_SPLIT_BRACKET_BEFORE,
    ARMS_MADE,
    CASE_METRICS,
    CASES_OF,
    CELL_THERAPY_WORD,
    COHORT_ADJECTIVE,
    COHORT_AFTER,
    COHORT_AFTER_NOT,
    COHORT_BEFORE,
    COHORT_BEFORE_NOT,
    COHORT_SIZE_BEFORE,
    COHORT_VERB_AFTER,
    CONDITION_BEFORE,
    COUNT_LIST_REACH,
    COUNT_LIST_RUN,
    COUNTED_IN_LABEL,
    CROSSOVER_SHARE_AFTER,
    DEFINITE_COHORT_BEFORE,
    DOCUMENTS_COUNTED,
    ELIDED_AFTER,
    ELIDED_BEFORE,
    ELIDED_COUNTS,
    ELIDED_WITH_BEFORE,
    ELLIPTICAL_COHORT_AFTER,
    EXCEPTED,
    EXCEPTED_REACH,
    FORECAST_BEFORE,
    IN_ALL_BEFORE,
    LAB_FINDING_IN_BEFORE,
    LAB_FINDING_REACH,
    LAB_FINDING_SHARE_BEFORE,
    MAX_CAR_T_TRIALS,
    NON_PEOPLE_N_BEFORE,
    NOT_A_COUNT,
    NOT_TREATED_COUNT_BEFORE,
    NOT_TREATED_DEATHS_AFTER,
    NOT_TREATED_DEATHS_SHARE_AFTER,
    NOT_TREATED_REACH,
    NOT_TREATED_REASONS,
    NOUNS,
    NUMBER_OF_BEFORE,
    NUMBER_OF_REACH,
    NUMERATOR_N_BEFORE,
    OBSERVED_AFTER,
    OCCURRED_IN_BEFORE,
    OF_THEM_AFTER,
    PARALLEL_COHORT_AFTER,
    PARALLEL_COHORT_BEFORE,
    PARALLEL_COHORT_REACH,
    PATIENTS_NOUN,
    PEOPLE_NAMED,
    PEOPLE_WORDS,
    PERCENT_OF_TRIALS,
    RECRUITING_BEFORE,
    RESPONDERS_N_AFTER,
    RESPONDERS_N_BEFORE,
    RESPONSE_EVENT_METRICS,
    RESPONSE_EVENTS,
    RESTATED_COHORT_REACH,
    SHARE_OF_COUNTED_TRIALS,
    SHARE_OF_OPENING_TRIALS,
    SHARE_OF_TOTAL_TRIALS,
    SIZE_OF_COHORT_AFTER,
    SIZE_OF_COHORT_BEFORE,
    SIZED_STUDY_AFTER,
    STUDY_SIZE_CRITERION_BEFORE,
    SUBGROUP_BEFORE,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    SUBSET_REACH,
    SUBSET_WHOLES,
    SUSTAINED_VERBS,
    TRAIT_SPLIT,
)
from .rules.exclusions import (
    AE_LISTING_THRESHOLD_AFTER,
    AE_LISTING_THRESHOLD_BEFORE,
    AE_SET_THRESHOLD_AFTER,
    AE_SET_THRESHOLD_BEFORE,
    AGE_AFTER,
    AGE_AFTER_DURATION,
    AGE_BEFORE,
    AGE_BEFORE_DURATION,
    ASPIRATION_BEFORE,
    AT_BASELINE_BEFORE,
    BASELINE_IN_BEFORE,
    BASELINE_LABEL_AFTER,
    BASELINE_SHARE_AFTER,
    BASELINE_TRAIT_BEFORE_N,
    BLAST_SHARE_AFTER,
    BLAST_SHARE_BEFORE,
    CLAUSE_BREAK,
    CLAUSE_EDGE,
    COMPARED_FIGURE_AFTER,
    COMPARISON_HEAD,
    DEFINITION_ASIDE,
    DIFFERENCE_AFTER,
    DURATION_REACHED_BEFORE,
    EPIDEMIOLOGY_AFTER,
    EPIDEMIOLOGY_SENTENCE,
    GRADE_SPREAD_BEFORE,
    HISTORY_EVENTS_AFTER,
    HISTORY_EVENTS_BEFORE,
    INCLUDING,
    MADE_OR_OWNED_SHARE_AFTER,
    MADE_OR_OWNED_SHARE_BEFORE,
    MODELLED_BEFORE,
    POPULATION_AFTER,
    QUALIFIER_AFTER_POPULATION,
    QUALIFIER_PREPOSITION,
    QUALIFIER_RELATIVE,
    RELATIVE_CHANGE_AFTER,
    RELATIVE_CHANGE_BEFORE,
    RESPONSE_LABEL_BEFORE,
    RESPONSE_METRICS,
    SHRINKAGE_AGAIN_BEFORE,
    SHRINKAGE_AGAIN_REACH,
    STOCK_MOVE_BEFORE,
    SUBGROUP_FIGURE_AFTER,
    TIME_SINCE_AFTER,
    TREATED_SHARE_BEFORE,
    TUMOUR_SIZE_AFTER,
    TUMOUR_SIZE_BEFORE,
    TUMOUR_SIZE_REACH,
)
from .rules.outcomes import COMPARATOR_ARM_AFTER, COMPARATOR_ARM_NAME

# Window patterns that try many alternatives at every position (3-17 us a window) and that most
# windows cannot match: each is tried only where one of the words it needs is (fastre.WordFiltered)
_NOT_A_PRICE = fastre.WordFiltered(NOT_A_PRICE)
_OTHER_DRUG = fastre.WordFiltered(OTHER_DRUG)
_PAYWALL_NEAR = fastre.WordFiltered(PAYWALL_NEAR)
_RELATIVE_CHANGE_BEFORE = fastre.WordFiltered(RELATIVE_CHANGE_BEFORE)
_ASPIRATION_BEFORE = fastre.WordFiltered(ASPIRATION_BEFORE)
_COMPANY_FINANCES = fastre.WordFiltered(COMPANY_FINANCES)
_DISCOUNTING = fastre.WordFiltered(DISCOUNTING)
_SUBMISSION = fastre.WordFiltered(SUBMISSION)
_PROSPECTIVE_APPROVAL = fastre.WordFiltered(PROSPECTIVE_APPROVAL)
_BASELINE_IN_BEFORE = fastre.WordFiltered(BASELINE_IN_BEFORE)
_CLASS_PRICE_THRESHOLD = fastre.WordFiltered(CLASS_PRICE_THRESHOLD)
_COHORT_AFTER_NOT = fastre.WordFiltered(COHORT_AFTER_NOT)
_AE_LISTING_THRESHOLD_AFTER = fastre.WordFiltered(AE_LISTING_THRESHOLD_AFTER)

MAX_BEFORE = 160  # characters between a cue and the number it names
EPIDEMIOLOGY_REACH = 120  # characters either side of a count searched for a disease's yearly toll
# a few words and nothing else (no figure, no clause's end): between a share and its verb's cue
_WORDS_ONLY_GAP = fastre.compile(r"[^\d%.;:!?()\[\]]{0,40}")
RULE_CONTEXT = 300  # characters around a number that a rule's requires/excludes look at
NOT_A_PRICE_REACH = 50  # "market size reached $4.5 billion": market words next to the figure
GROUP_SUM_REACH = 100  # "patients whose monthly medical bills exceeded 10 million yen ($90,000)"
MAX_AFTER_LABEL = 40  # a "Label:" names only the value that follows it closely
# A label stacked over its value, as brand sites, slides and text taken from PDFs set them:
# "Objective response rate\n87% (52) [75, 94]", "Median overall survival:\n\n25.4 months". The
# value line holds the figure first and nothing after it but brackets and note marks; the label
# line is short and holds no figure of its own.
_BEFORE_STACKED_FIGURE = fastre.compile(r"[^\S\n]*(?:[-•*·▪◦–][^\S\n]+)?")
_AFTER_STACKED_FIGURE = fastre.compile(
    r"(?:[^\S\n]*(?:\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]|[*†‡]))*[^\S\n]*(?:\n|$)"
)
_STACKED_LABEL = fastre.compile(
    r"[^\S\n]*(?:[-•*·▪◦–][^\S\n]+)?[A-Za-z][^\d\n.!?]{1,78}[^\S\n]*(?::)?[^\S\n]*"
)
STACKED_KINDS = frozenset({"percent", "money", "duration", "fraction"})
_STOP = r"of|in|for|with|and|or|to|vs|versus|than|from|at|on|by|the|a|an|is|was|were|are|had|after"
_TIMEPOINT = rf"(?:{NUM})[- ](?:month|year)s?"
# How bad an event was, between the verb and the event: "had serious side effects"
_SEVERITY = (
    r"(?:an?\s+|the\s+|any\s+|some\s+(?:form\s+of\s+)?|severe\s+|serious\s+|mild\s+|moderate\s+"
    r"|(?:high|low)[- ]grade\s+|life[- ]threatening\s+|fatal\s+"
    # "45% experienced clinically significant infections"
    r"|(?:clinically\s+)?(?:significant|relevant|meaningful)\s+"
    # "had severe or life-threatening adverse reactions", "serious and sometimes fatal": one
    # severity joined to the next
    r"|(?<=[a-z] )(?:or|and(?:/or)?|to)\s+(?:sometimes\s+|even\s+|potentially\s+)?"
    r"(?=(?:life[- ]threatening|fatal|severe|serious)\b)"
    r"|(?:very\s+)?deep\s+"  # "82% achieved very deep remissions"
    r"|(?:second|third|subsequent)\s+"  # "85% … will achieve a second complete remission"
    r"|(?:treatment|clinical|tumou?r)\s+"  # "85% had any treatment response" (the cue: a response)
    r"|grade\s*(?:≥|>=)?\s*\d(?:\s*(?:or|-|–)\s*\d)?\s+(?:or\s+(?:higher|greater|above|worse|more)\s+)?"
    # "90% achieving ≥complete response", "80% attained ≥ CR": that response or a better one
    r"|(?:≥|>=|>/=|≧)\s*)*"
)
# Who a share counts ("of all patients", "of those with lymphoma"), and the words that give their disease
_POPULATION = (
    r"(?:patients|pts|children|kids|adults|participants|subjects|cases|responders|recipients|people|individuals"
    r"|those|them)"
)
# "71% of which had a complete response", "… of whom achieved": a share of the group just named
_POPULATION_OR_RELATIVE = rf"(?:{_POPULATION}|which|whom)"
# " of the treated patients", " of all children": the opening of who a share is of
# (after the share's own count in brackets, "33 percent (n=32) of patients", or the bracket the
# share stands in: "nearly half (48%) of patients")
# (")" closes a bracketed figure: "one-third (33%) of", "one-third (33%; n = 32) of")
# ("13% — patients with grade 3 or higher CRS": a "by the numbers" line's dash for "of")
# ("in 40% patients achieved complete remission": the "of" left out, as translated pages write it)
_OF_THE = (
    r"^(?:(?:\)|[;,]\s*[nN]\s*=\s*\d+\s*\)|\s*\(\s*[nN]\s*=\s*\d+\s*\))?\s+of\s+(?:the\s+|all\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,2}?|\s+[—–]\s+|\s+(?=(?:patients|children|adults|participants|subjects)\s))"
)
# "83 percent of children were found to be in complete remission", "… were reported to have had
# CRS": a reporting verb before what the patients were in or had
_FOUND_TO = (
    r"(?:(?:were|was|are|is)\s+(?:found|reported|shown|observed|confirmed|seen|noted|estimated|said)"
    r"\s+to\s+(?:be\s+|have\s+)?)?"
)
# "… treated so far", "… infused to date", "… enrolled in early CAR T-cell clinical trials
# throughout the country": the patients a share is of, by what was done to them and where
_TREATED_WHERE = (
    # ("… treated with Kymriah in clinical trials": what with, then where)
    r"(?:\s+(?:treated|infused|dosed|enrolled|evaluated)(?:\s+(?:so\s+far|to\s+date|since\s+\d{4}"
    r"|in\s+(?:the|this|that)\s+(?:trial|study|cohort|program(?:me)?)|with\s+[\w-]+"
    r"|in\s+(?:[\w-]+\s+){0,4}?(?:trials|studies|cohorts|programs|programmes)"
    r"(?:\s+(?:throughout|across|around|in)\s+the\s+(?:country|world|US|U\.S\.|UK))?)){0,2})"
)
# "… of children in first relapse achieve", "… of adults in second or later relapse reach", "… of
# patients in first remission relapse": which relapse (or remission) they are treated in
_IN_WHICH_RELAPSE = (
    r"in\s+(?:their\s+|a\s+)?(?:first|second|third|1st|2nd|3rd|later|subsequent)"
    r"(?:\s+or\s+(?:greater|later|subsequent|higher|more))?\s+(?:(?:BM|bone\s+marrow|marrow|CNS|isolated"
    r"|early|late|complete)\s+)*(?:relapse|remission)\b"
)
# What may stand between a number and a cue after it.
_AFTER_GAP = {
    "percent": fastre.compile(
        # "53% (n=136/256) complete response rate": a count in brackets between figure and cue
        # ("81% — overall remission rate …": a "by the numbers" line, the figure then its label)
        rf"^\s*(?:\(\s*[nN]\s*=[^()]{{1,20}}\)\s*)?[\s\-–—()]*(?:an?\s+)?(?:{_TIMEPOINT}\s+|(?!(?:{_STOP})\b)[A-Za-z]+\s+)?$"
        rf"|{_OF_THE}{_POPULATION_OR_RELATIVE}"
        # ("81% of children and young adults with relapsed ALL achieved remission")
        rf"(?:\s+(?:and|or)\s+(?:young\s+|older\s+)?{_POPULATION})?"
        r"(?:\s*\([^()]{0,60}\))?"  # "77.1% of patients (95% CI, 62.7 to 88.0) achieved"
        # "… of patients in the cilta-cel arm were alive": which arm (or study, "(n=97)") they were in
        r"(?:\s+(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:arm|group|cohort|study|trial)s?\b"
        r"(?:\s*\(\s*[nN]\s*=\s*\d+\s*\))?)?"
        rf"(?:\s+{_IN_WHICH_RELAPSE})?"
        # "… of the children treated so far have gone into", "… of patients infused to date had"
        rf"{_TREATED_WHERE}?"
        # "… of patients on belimumab reach": the treatment they are on (a comparator's)
        r"(?:\s+(?:on|taking)\s+(?!an?\b|the\b)[\w-]+)?"
        # "… of patients with ALL achieve", "… of children with relapsed B-ALL went into": who they are
        r"(?:\s+(?:with|who\s+have|who\s+had)\s+(?!an?\b|the\b)(?:[\w/\[\]-]+\s+){0,3}?[\w/\[\]-]+"
        # "… of those with LBCL had CRS": "had" alone too, with an event after it (the cue decides)
        r"(?=\s+(?:had|have|has|suffered)\b|\s+(?:(?:have|had|has)\s+)?(?:achieve|achieved"
        r"|attain|attained|reach|reached|went\s+into|go\s+into|gone\s+into|enter|entered|respond|responded|relapse|relapsed"
        r"|develop|developed|experience|experienced|remain|remained|survive|survived)\b"
        # ("… of pediatric patients with ALL enrolled in early CAR T-cell trials went into")
        r"|\s+(?:treated|infused|dosed|enrolled|evaluated)\b)"
        rf"{_TREATED_WHERE}?)?"
        # ("about 30% of people have CRS", "… will have some CRS": a patients' page's present tense)
        r"\s+(?:\w+\s+)?(?:(?:were|was|are|is)\s+able\s+to\s+)?"
        rf"{_FOUND_TO}(?:developing|developed|develops?|experienced|experiencing|experiences?|had|having|have|has"
        r"|suffered|suffering|suffer|facing"
        r"|achieved|achieving|achieves?|reached|reaching|attained|attaining|obtained|obtaining|showed|showing"
        r"|attain|reach|go\s+into|enter|respond|responded|relapse|relapsed|survive|survived|got|gets?|gained"
        r"|went\s+into|going\s+into|gone\s+into|get\s+into|gets\s+into|got\s+into|getting\s+into"
        # ("… puts 80% of children into remission": the verb before the share)
        # ("… maintained progression-free status for 5 years")
        r"|entered|entering|with|who\s+\w+|were|was|are|became|remained|remains?|maintained|sustained|in|into)\s+"
        # "… experience some form of CRS", "… develop severe neurotoxicity", "… had grade 3 CRS"
        rf"{_SEVERITY}$"
        r"|^\s*\(\s*n\s*=\s*\d+\s*\)\s+(?:had\s+|have\s+)?(?:achieved|attained|reached|showed|experienced"
        r"|developed|obtained)\s+(?:an?\s+|the\s+)?$"
        r"|^\s+(?:who|that)\s+(?:had|have|developed|experienced)\s+(?:an?\s+)?$"
        # "62% of patients with LBCL and 45% with FL developed CRS": the population left out
        # ("about half of patients with lymphoma, and about a third with myeloma, have a complete
        # remission": a present tense, and a comma closing the coordinated group)
        r"|^\s+with\s+(?!an?\b|the\b)(?:[\w/\[\]-]+\s+){0,3}?[\w/\[\]-]+,?\s+(?:(?:have|had|has)\s+)?"
        r"(?:achieved|attained|reached|went\s+into|entered|responded|relapsed|developed|experienced|had|suffered"
        r"|survived|have|has|achieve|attain|reach|go\s+into|enter|respond|relapse|develop|experience|suffer"
        rf"|survive)\s+{_SEVERITY}$"
        r"|^\s+(?:of\s+patients\s+)?(?:had\s+|have\s+)?(?:achieved|attained|reached|showed|experienced"
        r"|developed|obtained)\s+(?:an?\s+|the\s+)?$"
        # "the 47% rate of grade 3 or 4 cytokine release syndrome"; "a 50 per cent chance of full
        # remission", "a 40% likelihood of achieving a complete response": the odds of the outcome
        rf"|^\s+(?:rate|incidence|chances?|likelihood|probability|odds)\s+of\s+"
        rf"(?:(?:achieving|attaining|reaching|going\s+into|getting|developing|experiencing)\s+)?{_SEVERITY}$"
        # "80% had MRD-negative disease", "one in five had serious side effects"
        # "39% achieving a complete response", "62% achieved a CR"
        # "90% (children) and 70% (of all patients) were able to achieve": who the share is of, in
        # brackets with no figure (a bracket with one is a count or an interval)
        # ("and all (100%) were MRD-negative": a figure in brackets after the word it restates)
        rf"|^\)?\s*(?:\([^()\d]{{1,40}}\)\s*)?(?:(?:were|was|are|is|have\s+been|had\s+been)\s+able\s+to\s+"
        r"(?:achieve|attain|reach|obtain|go\s+into|enter)"
        rf"|{_FOUND_TO}(?:had|have|were|became|turned|developed|experienced|achieved|achieving|reached|reaching"
        # "with 3% experiencing grade 3 CRS and 7% facing grade 2 or 3 ICANS": a participle's share
        r"|experiencing|developing|suffering|facing"
        r"|went\s+into|(?:have|had|has)\s+gone\s+into|get\s+into|got\s+into"  # "66% went into remission"
        r"|go(?:es)?\s+into|gets?"  # "up to 90% go into remission", "1 in 3 people get severe CRS"
        # "with 55% in complete remission", "40% were in CR at 3 months"
        r"|(?:(?:were|was|are|is|remained|remains?)\s+)?in"
        rf"|attained|attaining|obtained|obtaining|got))\s+{_SEVERITY}$",
        re.IGNORECASE,
    ),
    # "survival of 17 months", "median OS 17 months", "survived a median of 17 months"
    "duration": fastre.compile(
        r"^\s+(?:for\s+)?(?:an?\s+)?(?:of\s+)?(?:(?:median|mean|average)\s+(?:of\s+)?)?$", re.IGNORECASE
    ),
    "factor": fastre.compile(r"^\s*$"),
}
_AFTER_GAP["fraction"] = _AFTER_GAP["percent"]
# "including 66% with a complete response": the cue after "with" is the figure's, unless it has a
# figure of its own ("80% with a complete response rate of 50%")
_WITH_GAP = fastre.compile(r"^\s+with\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_OF_GAP = fastre.compile(r"\s+of\s+", re.IGNORECASE)
_RATES_FROM_CUE = fastre.compile(r"[\w -]{0,40}?\brates\b", re.IGNORECASE)
_OWN_FIGURE_AFTER = fastre.compile(
    r"\s*(?:rates?\s*)?(?:of|was|were|is|at|:|=|\(|,)?\s*(?:about\s+|approximately\s+|~\s*)?\d"
    r"|\s+in\s+\d+(?:\.\d+)?\s*%",  # "an ORR of 80% with CR in 50%"
    re.IGNORECASE,
)
# A cue that labels a figure of its own after a colon: "Overall Response rate: 82 percent (9/11)
# Complete Response rate: 64 percent (7/11)" (labels run on in one line, as press digests paste them)
_LABEL_GAP = fastre.compile(r"\s*(?:[(\[][^()\[\]]{0,30}[)\]]\s*)?(?:[-–—|;,.]\s*)?(?:[A-Z][\w≥+-]*\s+){0,2}")
# what stands between a label and its figure ("ORR 82%", "CR rate: 64%", "CRS: <5%")
_LABEL_GAP_TO_FIGURE = r"\s*(?:rates?\s*)?[:=]?\s*(?:[<>≤≥~]\s*)?"
_FIGURE_RIGHT_AFTER_CUE = fastre.compile(_LABEL_GAP_TO_FIGURE + r"\d")
_LABEL_TO_FIGURE = fastre.compile(_LABEL_GAP_TO_FIGURE)
_OWN_LABEL_AFTER = fastre.compile(
    r"\s*(?:rates?\b\s*)?(?:\([^()\d]{1,12}\)\s*)?(?:(?:at|in|by)\s+[\w-]+(?:\s+[\w-]+)?\s*)?:\s*\d"
)
# ("… of people who are diagnosed with this type of brain tumor will be alive": who they are)
_WITH_DISEASE = (
    r"(?:with|suffering\s+from"
    r"|(?:who\s+(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:newly\s+)?diagnosed\s+with)"
)
# "40% of patients relapse": only a verb cue may follow the population directly.
_OF_POPULATION_GAP = fastre.compile(
    # ("Nearly half (48%; n = 30) of patients responded": the count in the share's bracket)
    rf"^(?:\)|[;,]\s*[nN]\s*=\s*\d+\s*\))?\s+of\s+(?:the\s+|all\s+)?(?:[\w/-]+\s+){{0,2}}?{_POPULATION}\s+"
    # ("… of children and young adults treated …": a second group joined to the first)
    rf"(?:(?:and|or)\s+(?:young\s+|older\s+)?{_POPULATION}\s+)?"
    # "… of those with lymphoma saw …", "… of patients suffering from leukemia …": their disease
    # ("… of patients with relapsed/refractory mantle cell lymphoma were alive")
    rf"(?:{_WITH_DISEASE}\s+(?:[\w/-]+\s+){{1,5}}?)?"
    # "… in the cilta-cel arm", "… in the study were alive"
    # "… of patients treated with Yescarta were alive": who they are, briefly ("… treated with
    # Kymriah in clinical trials had …": what with, then where)
    r"(?:(?:in|on)\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:arm|group|cohort|study|trial)s?\s+"
    rf"|{_IN_WHICH_RELAPSE}\s+"
    r"|(?:treated|infused|dosed|enrolled|given|receiving|who\s+received)\s+(?:(?:with\s+)?(?!in\b)[\w-]+\s+|(?=in\s))"
    r"|(?:on|taking)\s+(?!an?\b|the\b)[\w-]+\s+){0,3}"  # "… of patients on chemotherapy responded"
    # "… of patients now respond", "… of them eventually relapse": an adverb before the verb
    r"(?:(?:now|still|also|eventually|ultimately|typically|usually|often|later|subsequently|initially)\s+)?"
    # "… can be completely free of cancer", "… are now cancer-free"
    r"(?:(?:could|would|did|may|might|can|will|should)\s+(?:well\s+|potentially\s+|possibly\s+|eventually\s+)?"
    r"(?:be\s+(?:completely\s+|fully\s+)?)?"
    r"|(?:were|was|are|is)\s+(?:now\s+|still\s+)?)?"
    # "… of the patients can suffer disease relapse": the event suffered
    r"(?:suffer(?:s|ed)?\s+(?:an?\s+)?(?:disease\s+)?)?$",
    re.IGNORECASE,
)
# "… of (all) patients who undergo CAR T-cell therapy experience …": a relative clause that says who
# the patients are (the treatment they had), between them and what happened to them
# the verbs of what patients had or reached, which a main clause opens with after a relative clause
_HAD_OR_REACHED = (
    r"had|have|has|experience[sd]?|develop(?:s|ed)?|achieve[sd]?|attain(?:s|ed)?|reach(?:es|ed)?"
)
_WHO_RECEIVED = fastre.compile(
    r"(?:(?<=patients)|(?<=children)|(?<=adults))\s+(?:who|that)\s+(?:undergo|underwent|undergoes|receive[sd]?|get|got"
    # ("81% of patients who had failed chemotherapy responded": what they had before, who they are)
    r"|(?:had\s+|have\s+)?(?:failed|received|been\s+treated\s+with)|(?:are|were)\s+(?:refractory|resistant)\s+to"
    r"|(?:are|were)\s+(?:given|treated\s+with|infused\s+with))\s+(?:the\s+|a\s+|this\s+|it\b\s*)?"
    rf"(?:[\w-]+\s+){{0,5}}?(?=(?:{_HAD_OR_REACHED}"
    r"|relapse[sd]?|die[sd]?|were|was|are|remain(?:s|ed)?)\b|$)",
    re.IGNORECASE,
)
# "The transgene was detectable in 50% of patients who had a complete remission", "persisted in 40%
# of those who achieved a CR": a figure after "in" is where something else was seen, and the
# outcome in the relative clause only says who those patients are
_IN_BEFORE_FIGURE = fastre.compile(r"\bin\s+$", re.IGNORECASE)
# " of patients who ": the cue right after is the relative clause's own verb ("who relapse")
_WHO_THEN_CUE_GAP = fastre.compile(rf"{_OF_THE}{_POPULATION}\s+(?:who|that)\s+", re.IGNORECASE)
# the rest of a relative clause, then the main verb before the main clause's cue: "of patients who
# relapse after transplant achieve a complete response", "who experience recurrence of those
# cancers respond completely"
_MAIN_VERB_BEFORE_CUE = fastre.compile(
    rf"\s+(?:[^.;:%\d\s]+\s+){{0,6}}?(?:{_HAD_OR_REACHED}|obtain(?:s|ed)?|went\s+into|go(?:es)?\s+into"
    r"|enter(?:s|ed)?)\s+(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# ...or only the rest of the relative clause, when the main clause's cue is itself its verb
# ("who experience recurrence of those cancers respond completely")
_REST_OF_RELATIVE_CLAUSE = fastre.compile(r"\s+(?:[^.;:%\d\s]+\s+){0,6}?", re.IGNORECASE)
# "In 80% of cases, complete remission was achieved", "in half of the patients, an MRD-negative
# response was seen": a share that opens the clause, its outcome the subject of a passive verb after it
_OPENING_SHARE_GAP = fastre.compile(rf"{_OF_THE}{_POPULATION}\s*,\s*(?:an?\s+|the\s+)?$", re.IGNORECASE)
_ACHIEVED_AFTER_CUE = fastre.compile(
    r"(?:\s*\([^()]{0,20}\))?(?:\s+(?:of|from)\s+(?:the\s+)?[\w-]+)?\s+(?:was|were|has\s+been|have\s+been|is|are)"
    r"\s+(?:\w+\s+)?(?:achieved|observed|reported|seen|obtained|reached|attained|documented|recorded)\b",
    re.IGNORECASE,
)
_WHO_HAD_OUTCOME_GAP = fastre.compile(
    rf"{_OF_THE}{_POPULATION}\s+(?:who|that)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:had|have|has|achieved|attained|reached|obtained|went\s+into|entered)\s+"
    r"(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# "42% (95% CI, 29%-54%) achieved CR", "27 (42%; 95% CI 29-54) had CRS": the share's confidence
# interval, in its bracket or after a semicolon inside the count's, between the figure and its cue
_CI_AFTER_FIGURE = fastre.compile(
    # ("82% (95% confidence interval [CI], 72% - 90%) achieved": the abbreviation in its own bracket)
    r"^\s*(?:[(\[]|[;,])\s*(?:(?:95|90|99)\s*%\s*)?(?:CI\b|confidence\s+interval\b(?:\s*[\[(]CI[\])])?)"
    r"[^()\[\]]{0,40}[)\]]",
    re.IGNORECASE,
)
_TIMEPOINT_BEFORE_CUE = fastre.WordFiltered(
    # ("the 6-month estimated PFS rate", "2-year Kaplan-Meier OS")
    fastre.compile(
        rf"(?P<n>{NUM})[- ](?P<u>month|year)s?[- ]?(?:(?:estimated|projected|landmark|Kaplan[- ]Meier)\s+)?$",
        re.IGNORECASE,
    )
)
# ... as abstracts shorten it: "the 12-mo PFS", "2-yr OS"
# ("the 12m PFS": an "m" glued on)
_SHORT_TIMEPOINT_BEFORE_CUE = fastre.compile(
    rf"(?P<n>{NUM})(?:[- ](?=mo|mth|yr|y)|(?=m\s?$))(?P<u>mo|mth|yr|y|m)s?\.?[- ]?$", re.IGNORECASE
)
# a time point as an adjective ("12-month", "2-yr"), which no label's value is written as
_TIMEPOINT_ADJECTIVE = fastre.compile(r"[\w.]+-(?:month|year|mo|yr)(?![s\w])", re.IGNORECASE)
# what stands before a label's value: its colon ("Trials: 854"), or the figure it runs on from
_LABELLED_VALUE_BEFORE = fastre.compile(r"[:=]\s*$|\d[.,]$")
# a time point: "12 months", "3-year", "month 6" (groups n/u or n2/u2; read with _time_point_of)
_TIME_SPAN_UNITS = (
    # "at 2 yrs", "12 mo", "2 y"; and an "m" glued on: "OS at 24m"
    rf"(?P<n>{NUM})(?:[\s-](?!m\b)|(?=m\b))(?P<u>months?|years?|mos?\b\.?|mths?\b\.?|yrs?\b\.?|y\b|m\b)"
)
_TIME_SPAN = rf"(?:{_TIME_SPAN_UNITS}|(?P<u2>month|year)\s+(?P<n2>\d+)\b)"
_TIMEPOINT_AFTER_CUE = fastre.compile(
    # ("… survive for five years": a rate's time point after its verb)
    # ("… survived more than five years", "lived past the five-year mark")
    rf"^(?:\s+(?:(?:rates?|status)\s+)?(?:\([^()]{{0,30}}\)\s+)?"
    # ("… progression-free for at least 5 years", "for ≥5 years")
    rf"(?:(?:at|after|beyond|past|within|by|for|more\s+than|over|longer\s+than|at\s+least)\s+){{0,2}}(?:(?:≥|>=?)\s*)?"
    # ("PFS (12 mo): 44%", "OS (2-year): 61%": a slide's or table's label with its time point in brackets)
    rf"(?:the\s+)?|\s*\(\s*(?:at\s+)?){_TIME_SPAN}",
    re.IGNORECASE,
)
# "45% at month 3", "55% at 6 months", "69.3% at 3-year": the figure's own time point, right after it
_TIMEPOINT_AFTER_FIGURE = fastre.compile(
    rf"^\s*(?:\((?:95|90)\s?%[^()]{{0,40}}\)\s*)?\s(?:at|after|by|within)\s+(?:the\s+)?{_TIME_SPAN}",
    re.IGNORECASE,
)
# "with 12-month estimate being 68%", "a 24-month rate of 70%", "the 2-year probability was 61%":
# the figure's own time point, named with its estimate or rate right before it
_TIMEPOINT_ESTIMATE_BEFORE_FIGURE = fastre.compile(
    rf"\b(?P<n>{NUM})[- ](?P<u>month|year)s?[- ](?:(?:estimated|landmark|Kaplan[- ]Meier)\s+)?"
    r"(?:estimate|rate|probability)s?\s*(?:(?:being|was|is|of|at|:|=)\s*)?(?:(?:about|around|approximately)\s+)?$",
    re.IGNORECASE,
)
# "at 30 months the overall survival is 63%", "After one year, 78.8 percent of patients were
# alive": a time point that opens the figure's clause (no other figure in between)
_TIMEPOINT_OPENS_CLAUSE = fastre.compile(
    # ("At the five-year mark, 33% …", "at the 2-year landmark")
    rf"\b(?:at|after|by|within)\s+(?:the\s+)?{_TIME_SPAN_UNITS}\b[^.;\d%]{{0,60}}$",
    re.IGNORECASE,
)
# "At one year, 76% of patients given the CAR-T were alive versus 49% in the control arm", "… 61%
# with axi-cel and 52% with standard care": the other side of a comparison shares the time point
# that opens the first side's clause (one figure in between, a comparison word right before)
_TIMEPOINT_OPENS_COMPARISON = fastre.compile(
    rf"\b(?:at|after|by|within)\s+(?:the\s+)?{_TIME_SPAN_UNITS}\b[^.;\d%]{{0,80}}\d[\d.,]*\s*(?:%|percent)[^.;\d%]{{0,60}}?"
    r"\b(?P<word>versus|vs\.?|compared\s+(?:with|to)|against|and)\s+(?:[^.;\d%]{0,30}\s)?$",
    re.IGNORECASE,
)
_ARM_RIGHT_AFTER = fastre.compile(COMPARATOR_ARM_AFTER, re.IGNORECASE)
_SUBGROUP_RIGHT_AFTER = fastre.compile(
    r"\s+(?:for|in|among)\s+(?:the\s+)?(?:patients|those|participants|subjects|pts)\s+(?:with|without|who|aged)\b",
    re.IGNORECASE,
)
_ARM_NAME = fastre.compile(rf"\b{COMPARATOR_ARM_NAME}", re.IGNORECASE)
# "grade ≥3", "grade 3-4", "grade III or higher"
# A "≥" that a page's encoding lost survives as "=" ("(=grade 3)", "grade =3"): still "≥3".
_GRADE_NUMBER = (
    # ("≥ Grade 3 CRS", "≥Grade 3": the comparison before the word)
    r"(?:(?P<lost>=\s?)|(?P<pre>(?:≥|>=|>)\s?))?grade\s*(?P<op>≥|>=|>/=|=>|>|=|greater\s+than\s+or\s+equal\s+to\s+)?\s*"
    r"(?P<a>[1-5]|IV|III|II|I|V)\b"
    r"(?:\s*(?:-|–|to|/|or|and)\s*(?:grade\s*)?(?P<b>[1-5]|IV|III|II|V)\b)?"
    r"(?P<plus>\+|\s+or\s+(?:higher|above|greater|worse|more))?"
)
_GRADE = fastre.compile(
    rf"(?P<any>(?:of\s+)?(?:any|all)[- ]grades?|grade\s+any)|{_GRADE_NUMBER}", re.IGNORECASE
)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
_MOSTLY_BEFORE = fastre.compile(r"\b(?:mostly|mainly|predominantly|largely|primarily)\s+$", re.IGNORECASE)
# "median OS remains short, at about 6 months", "median survival was poor, at just 6.3 months": a
# median said, then its value after ", at" (no time point)
# "60% of patients surviving to 5 years", "… alive at 2 years": the time point of the share before
_SURVIVING_TO_BEFORE = fastre.compile(
    r"\b(?:surviv(?:e|es|ed|ing)|alive|liv(?:e|es|ed|ing))\s+(?:to|past|beyond|at|until)\s+$", re.IGNORECASE
)
# "Median overall survival was 14 months after diagnosis": the endpoint's own figure, no time point
_ENDPOINT_IS_BEFORE = fastre.compile(
    r"\b(?:survival|OS|PFS|EFS|DOR|duration\s+of\s+(?:response|remission))"
    r"\s+(?:was|is|of|were|reached)\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_MEDIAN_AT = fastre.compile(
    r"\bmedian\b[^.;]{0,60}?\b(?:(?:is|was|remains?|remained|are|were|stays?|stayed)\b[^.;,]{0,30}?,\s*"
    # "median overall survival stood at 21.1 months", "median PFS came in at 11.5 months"
    r"|(?:is|was|stood|stands|came\s+in|comes\s+in|clocked\s+in|sat|sits)\s+"
    # "the median duration of remission was reported at 14.1 months", "… was estimated at 25.8 months"
    r"|(?:is|was|were|are|has\s+been|had\s+been)\s+(?:reported|estimated|calculated|measured|put|pegged)\s+)at\s+"
    r"(?:about\s+|around\s+|approximately\s+|just\s+|only\s+|roughly\s+|~\s*)?$",
    re.IGNORECASE,
)
# "at 12 months", "for at least five years", "within a year": when, not how long anyone survived.
_TIME_QUALIFIER = fastre.compile(
    r"\b(?:at|for|within|after|beyond|during|in|by|over)\s+(?:the\s+)?(?:first\s+|next\s+|last\s+)?"
    # "rates at 12 and 24 months", "at 6, 12 and 24 months", "at one and two years": time points
    # ("at 12 months and 24 months": each with its unit)
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)"
    r"(?:\s+(?:weeks?|months?|years?))?(?:\s*(?:,|and|or|to|-|–|&))+\s*)*$"
    # a registry record's outcome measure: "overall survival [ Time Frame: one year ]", "up to 2
    # years": the window it is measured in, not a result
    r"|\btime\s*frame\s*[:=]?\s*(?:up\s+to\s+|approximately\s+|about\s+)?$"
    # "14 remained in remission after a median of 15 months": when they were counted (a follow-up)
    r"|\bafter\s+a\s+median\s+(?:follow-?\s?up\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
_CONJUNCTION = fastre.compile(r"^\s*(?:/|and|&|or|,)\s*$", re.IGNORECASE)
# "For MRD/relapse, …", "Among those with relapse, …": the subgroup a sentence opens with, up to a cue
_OPENING_SUBGROUP = fastre.compile(r"\s*(?:for|among|in|within)\s+[^,.;:]{0,60}$", re.IGNORECASE)
# "Twenty-two patients relapsed", "93 achieved complete remission": an outcome told as a count.
_OUTCOME_VERB = fastre.WordFiltered(
    fastre.compile(
        # "… with incurable cancer who had the treatment appear to be": who they are, then what they had
        # ("9 in 10 people who get CAR-T develop …": the ratio's population first)
        # ("4 in 10 people with LBCL remain in remission": who they are, after the ratio)
        r"^(?:[^\S\r\n]+|(?=,))(?:(?:people|patients|children|adults)[^\S\r\n]+(?=who\b|with\b))?"
        r"(?P<clause>(?:with\s+(?:[\w-]+\s+){1,3}?)?(?:who|that)\s+had\s+(?:[\w-]+\s+){1,5}?"
        # "Seven children out of eight, who had no other options, are still free of disease": an
        # aside between commas about who they are
        # ("Nine patients, including 4 who had relapsed after transplant, achieved CR", "…, 3 of
        # whom had bulky disease, …": a subgroup named in passing)
        r"|,[^\S\r\n]*(?:who|(?:all|most|both|each|none|many|\d+|two|three|four|five|six|seven|eight|nine"
        r"|ten)\s+of\s+whom|including)\b[^,;.()\r\n]{1,100},[^\S\r\n]+"
        # (not "Of the 12 patients, 8 of whom had …, 10 achieved CR": a count of its own after it)
        r"(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
        # "Five patients with hard-to-treat lupus went into remission": who they are, briefly
        r"|with\s+(?:(?!(?:who|whose|and|or|that|which|had|have|were|was)\b)[\w/-]+[^\S\r\n]+){1,4}?"
        r"(?=(?:achiev|attain|went\s+into|go(?:es)?\s+into|enter|respond|relapse|died|reach|obtain|remain|stay"
        r"|improved))"
        # "12 out of 15 children treated with tisa-cel went into remission": what they were given
        # ("one lupus patient who received a lower dose of Kyverna's therapy relapsed": six words)
        # ("1 in 3 people who have CAR-T cell therapy get neurotoxicity": a patients' page's verbs)
        r"|(?:(?:treated|infused|dosed)\s+with|given|receiving|who\s+(?:received|receive|got|get|have|has))\s+"
        r"(?:(?!(?:who|whose|and|or|that|which|had|have|were|was)\b)[\w/'’-]+[^\S\r\n]+){1,6}?"
        r"(?=(?:achiev|attain|went\s+into|entered|respond|relapse|die|reach|obtain|had\b|have\b|develop"
        # ("15 patients who received CAR-T therapy are still in complete remission")
        r"|experienc|suffer|get\b|gets\b|got\b|remain|stay|(?:are|were)\s+(?:still\s+|now\s+)?in\b))"
        # "three out of four patients who were treated developed CRS"
        r"|who\s+(?:were|are|had\s+been|have\s+been)\s+(?:treated|infused|dosed)\s+"
        r"(?=(?:achiev|attain|went\s+into|entered|respond|relapse|die|reach|obtain|had\b|have\b|develop"
        r"|experienc|suffer|remain|stay|(?:are|were)\s+(?:still\s+|now\s+)?in\b)))?"
        r"(?:(?!(?:with|who|whose|and|or|that|which|had|have)\b)[\w-]+[^\S\r\n]+){0,3}?"
        r"(?:(?:who|that)\s+(?=died\b))?"  # "except in one patient who died of sepsis"
        # "…, including 2 patients who had maintained CR for more than 3 years": a response kept
        r"(?P<kept>(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?=(?:maintain|sustain)(?:s|ed)?\b))?"
        r"(?P<verb>achiev(?:e|es|ed)|attain(?:s|ed)?|had|have|develop(?:s|ed)?|experienc(?:e|es|ed)|relapse[sd]?"
        r"|die[sd]?|reach(?:es|ed)?|show(?:s|ed)?|respond(?:s|ed)?|obtain(?:s|ed)?|remain(?:s|ed)?|stay(?:s|ed)?|got|gets?|gained"
        # ("Five patients maintained their complete remission", "a third can suffer a relapse")
        r"|maintain(?:s|ed)?|sustain(?:s|ed)?|suffer(?:s|ed)?"
        r"|improved"
        r"|went\s+into|gone\s+into|go(?:es)?\s+into|enter(?:s|ed)?|were\s+in|are\s+in|(?:will|would|could|might)\s+(?:still\s+)?be\s+in|were|are|suffered|deaths?"
        # "sent 9 of 10 patients into remission"
        r"|into(?=\s+(?:complete\s+|full\s+|partial\s+|durable\s+)?remission)"
        # "reports of three patients with grade 3 or higher parkinsonism": an event's grade after
        # "with" (not "patients with grade 3B follicular lymphoma": the cue decides)
        r"|with(?=\s+(?:any[- ])?grade\s*(?:[≥>]=?\s*)?\d)"
        r"|(?:appear|seem)(?:s|ed)?\s+to\s+be)\b",  # "7 of 11 … appear to be cancer-free"
        re.IGNORECASE,
    )
)
# "One in three patients was still in remission": a ratio takes the singular verb
_RATIO_OUTCOME_VERB = fastre.compile(
    r"^[^\S\r\n]+(?:(?!(?:with|who|whose|and|or|that|which)\b)[\w-]+[^\S\r\n]+){0,2}?(?P<verb>was|is)\b",
    re.IGNORECASE,
)
OUTCOME_VERB_REACH = 60  # characters from the verb to the metric cue it introduces
OUTCOME_VERB_WINDOW = 70  # characters after a count that its verb may take ("who had prior … responded")
# ("mPFS 13.3 mo", "mDOR 33.9 mo": the median, as slides, posters and posts shorten it)
_MEDIAN = fastre.compile(r"\bmedian\b|(?-i:\bm(?:PFS|OS|EFS|RFS|DFS|LFS|DOR|DoR)\b)", re.IGNORECASE)
# A survival endpoint with a bracket opening right after it and a rate after the bracket: a
# duration alone in that bracket is the time point the rate is read at ("PFS (12 months) | 62%",
# "OS from infusion (12mo)\n81%/47mo"), unless the endpoint is a median ("median OS (25.8 months)");
# with no rate after it, the bracket holds the endpoint's value ("PFS (13.3 mo) was longer")
_ENDPOINT_THEN_BRACKET = fastre.compile(
    r"\b(?:PFS|OS|EFS|DFS|RFS|LFS|DOR|DoR|(?:progression|event|disease|relapse|leuka?emia|lymphoma)[- ]free"
    r"\s+survival|overall\s+survival|survival|duration\s+of\s+(?:response|remission))"
    r"(?:\s+(?:rates?|from\s+(?:infusion|randomi[sz]ation)|estimates?))?\s*[(\[]\s*$",
    re.IGNORECASE,
)
_RATE_AFTER_BRACKET = fastre.compile(
    r"\s*[)\]](?:\s*\([^()\n]{0,20}\))*[\s|:,]*(?:(?:was|were|is|of|at|rates?|reached)\s+){0,3}"
    r"(?:about\s+|approximately\s+|~\s*)?\d[\d.]*\s*%",
    re.IGNORECASE,
)
# ("patient survival averaging longer than five years", "survival averages 14 months")
_MEAN = fastre.compile(r"\b(?:mean|average|averag(?:es|ed|ing))\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CueMatch:
    start: int
    end: int
    cue: Cue

    def __init__(self, start: int, end: int, cue: Cue) -> None:  # see layout.Segment
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "cue", cue)


@dataclass(slots=True)
class Link:
    """A mention paired with a metric: a claim before attribution."""

    mention: Mention
    metric: str
    rule: str
    segment: Segment
    cue: CueMatch | None = None
    statistic: str | None = None
    timepoint: str | None = None
    event: str | None = None
    grade: str | None = None
    ci: tuple[float, float] | None = None
    count_value: float | None = None  # count metrics of a fraction keep the numerator
    extra: dict[str, object] = field(default_factory=dict)

    def __init__(  # compiled, unlike the one @dataclass writes (see layout.Segment)
        self,
        mention: Mention,
        metric: str,
        rule: str,
        segment: Segment,
        cue: CueMatch | None = None,
        statistic: str | None = None,
        timepoint: str | None = None,
        event: str | None = None,
        grade: str | None = None,
        ci: tuple[float, float] | None = None,
        count_value: float | None = None,
        extra: dict[str, object] | None = None,
    ) -> None:
        self.mention = mention
        self.metric = metric
        self.rule = rule
        self.segment = segment
        self.cue = cue
        self.statistic = statistic
        self.timepoint = timepoint
        self.event = event
        self.grade = grade
        self.ci = ci
        self.count_value = count_value
        self.extra = {} if extra is None else extra


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[Cue, ...], tuple[Cue, ...]]:
    cues = all_cues()
    return (
        tuple(c for c in cues if c.scope == "text"),
        # a label's cues, and the blocks that stop one ("Partial response rate" is no ORR)
        tuple(c for c in cues if c.metric is not None or c.id.startswith("block.")),
    )


@lru_cache(maxsize=1)
def _cue_order() -> dict[str, int]:
    return {cue.id: i for i, cue in enumerate(all_cues())}


def resolve_overlaps(matches: list[CueMatch]) -> list[CueMatch]:
    """Keep the longest of overlapping cue matches (earlier table rows win ties)."""
    order = _cue_order()
    ranked = sorted(matches, key=lambda m: (-(m.end - m.start), order[m.cue.id], m.start))
    kept: list[CueMatch] = []
    taken: list[tuple[int, int]] = []
    for match in ranked:
        index = bisect.bisect_left(taken, (match.start, match.start))
        neighbours = taken[max(0, index - 1) : index + 1]
        if any(s < match.end and match.start < e for s, e in neighbours):
            continue
        bisect.insort(taken, (match.start, match.end))
        kept.append(match)
    return sorted(kept, key=lambda m: (m.start, m.end))


CUE_REACH_BEFORE = 2 * MAX_BEFORE + 80  # a cue, and a specific cue before a generic one
CUE_REACH_AFTER = 250


def cue_windows(mentions: Sequence[Mention], length: int) -> list[tuple[int, int]]:
    """Merged stretches of text within reach of a number: only there can a cue matter."""
    windows: list[tuple[int, int]] = []
    for mention in mentions:
        start = max(0, mention.start - CUE_REACH_BEFORE)
        end = min(length, mention.end + CUE_REACH_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


@lru_cache(maxsize=1)
def cue_patterns() -> multiscan.PatternSet:
    """The running-text cues, scanned for in each window of a document."""
    return multiscan.PatternSet(c.regex for c in _cues()[0])


def find_cues(
    text: str,
    cues: Sequence[Cue] | None = None,
    windows: Sequence[tuple[int, int]] | None = None,
    folded: str | None = None,
    data: bytes | None = None,
) -> list[CueMatch]:
    """Every cue match, overlaps resolved; only inside `windows` when given (a crawl page is mostly
    text far from any number, and ~70 patterns over all of it would dominate the run time).
    `folded` is `fastre.filter_text(text)` and `data` `multiscan.shadow(text)`, when the caller
    has them already: one Hyperscan pass over each window tells where each cue can match (the
    same matches as `re` over every position, see `multiscan.Found.finditer`)."""
    cues = _cues()[0] if cues is None else cues
    spans = [(0, len(text))] if windows is None else windows
    folded = fastre.filter_text(text) if folded is None else folded
    aligned = len(folded) == len(text)  # folding kept every offset (it nearly always does)
    regexes = [cue.regex for cue in cues]
    cue_of = {id(cue.regex): cue for cue in cues}  # by id(): a Pattern's hash is not cached
    matches: list[CueMatch] = []
    scanned = None
    for start, end in spans:
        scanned = cue_patterns().find(text, data, start, end)
        for regex in scanned.reported(regexes):  # the order matters not: resolve_overlaps ranks them
            cue = cue_of[id(regex)]
            matches.extend(CueMatch(m.start(), m.end(), cue) for m in scanned.finditer(regex, start, end))
    for cue in cues:
        if scanned is not None and scanned.indexed(cue.regex):
            continue
        literals = cue.literals
        if not fastre.may_match(literals, folded):
            continue  # none of the words it needs is on the page
        for start, end in spans:
            if aligned and literals is not None and all(folded.find(s, start, end) < 0 for s in literals):
                continue  # ...or in this stretch
            matches.extend(
                CueMatch(m.start(), m.end(), cue)
                for m in cue.regex.finditer(text, start, end)
                if m.end() > m.start()
            )
    return [m for m in resolve_overlaps(matches) if not m.cue.id.startswith(MASK)]


def label_cues(text: str, start: int, end: int) -> list[CueMatch]:
    """Cues in a header, row label or "Label:" prefix, where bare words like "trials" count."""
    piece = text[start:end]
    matches = [
        CueMatch(start + m.start(), start + m.end(), cue)
        for cue in _cues()[1]
        for m in cue.regex.finditer(piece)
        if m.end() > m.start()
    ]
    return [m for m in resolve_overlaps(matches) if m.cue.metric is not None]


def _iso_duration(number: str, unit: str) -> str | None:
    value = parse_number(number)
    if value is None:
        return None
    lowered = unit.lower()
    monthly = lowered.startswith(("mo", "mth")) or lowered == "m"
    letter = "M" if monthly else "W" if lowered.startswith("week") else "Y"
    if letter == "Y" and value != int(value):
        return f"P{round(value * 12)}M"  # "2.5 years" is 30 months, not two years
    return f"P{int(value)}{letter}"


def _time_point_of(found: re.Match[str]) -> str | None:
    """The ISO duration a _TIME_SPAN match names."""
    return _iso_duration(found.group("n") or found.group("n2"), found.group("u") or found.group("u2"))


def _timepoint(text: str, cue: CueMatch, mention: Mention, segment_start: int = 0) -> str | None:
    own = _TIMEPOINT_AFTER_FIGURE.match(text[mention.end : mention.end + 80])
    if own:
        return _time_point_of(own)
    if cue.start >= mention.end and (own_after := _TIMEPOINT_AFTER_CUE.match(text[cue.end : cue.end + 30])):
        # "an 82% remission rate within 3 months and a 62% relapse-free survival after 2 years": the
        # second figure's endpoint names its own time point, which outranks the clause's first
        return _time_point_of(own_after)
    named = _TIMEPOINT_ESTIMATE_BEFORE_FIGURE.search(
        text, max(segment_start, mention.start - 50), mention.start
    )
    if named:
        return _iso_duration(named.group("n"), named.group("u"))
    opening = _TIMEPOINT_OPENS_CLAUSE.search(text, max(segment_start, mention.start - 90), mention.start)
    if opening:
        return _iso_duration(opening.group("n"), opening.group("u"))
    if mention.kind == "percent":
        across = _TIMEPOINT_OPENS_COMPARISON.search(
            text, max(segment_start, mention.start - 240), mention.start
        )
        if across and (
            across.group("word").lower() != "and"
            or _ARM_RIGHT_AFTER.match(text, mention.end, mention.end + 80)
            # "At 1 year, PFS was 58.3% for all cohorts and 79.1% for the patients without
            # extramedullary myeloma": a subgroup's figure at the same time point
            or _SUBGROUP_RIGHT_AFTER.match(text, mention.end, mention.end + 80)
            # "At one year, 69% were alive and 47% were alive without disease": the second
            # survival endpoint of the clause, named after its own share
            or (cue.cue.metric in TIMED_METRICS and cue.start >= mention.end)
        ):
            return _iso_duration(across.group("n"), across.group("u"))
    window_start = max(0, cue.start - 36)
    window = text[window_start : cue.start]
    before = _TIMEPOINT_BEFORE_CUE.search_window(window) or _SHORT_TIMEPOINT_BEFORE_CUE.search(window)
    if before and (
        _TIMEPOINT_ADJECTIVE.match(before.group(0))  # "Durable responses: 12-month EFS of 49.5%"
        or not _LABELLED_VALUE_BEFORE.search(
            text, max(0, window_start + before.start() - 4), window_start + before.start()
        )
    ):
        # (not "Median PFS: 6 months ORR: 80%": a label's value run on into the next label)
        return _iso_duration(before.group("n"), before.group("u"))
    after = _TIMEPOINT_AFTER_CUE.match(text[cue.end : cue.end + 30])
    return _time_point_of(after) if after else None


# "…; grade ≥3 in 4%", "(grade ≥3 in 9%)": a grade stated right before the figure is its own
# "(grade ≥3, 4%)", "grade 3-4: 22%", "…, including grade 3 or higher in 23%"; and each one's of a
# list after it ("including grade 3 or higher in 48% and 23%, respectively")
_GRADE_RIGHT_BEFORE = fastre.compile(
    r"(?:^|[;,(]|\.\s)\s*(?:including\s+|with\s+)?(?P<grade>grade[^;,()]{1,30}?)"
    r"(?:\s*[,:=]\s+|\s+in\s+(?:\d[\d.]*\s*(?:%|percent)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)){0,4})$",
    re.IGNORECASE,
)
# a grade of the events a list goes on to name: "grade ≥3 adverse events were …", "grade 3-4 AEs:"
_GRADED_EVENTS = fastre.compile(
    rf"\b{_GRADE_NUMBER}\s+(?:treatment[- ](?:emergent|related)\s+)?(?:adverse\s+(?:events?|reactions?)|AEs?"
    r"|TEAEs?|toxicit(?:y|ies))\b",
    re.IGNORECASE,
)
# "(35.4% grade 3/4)", "7% grade ≥3": a grade right after the figure is that figure's own; so is
# the grade of the events the share had ("CRS was low grade, with 3% of patients experiencing
# grade 3 events")
_GRADE_RIGHT_AFTER = fastre.compile(
    r"\s*(?:of\s+)?(?:(?:the\s+)?(?:patients|participants|subjects|people)\s+)?"
    rf"(?:(?:experiencing|experienced|developing|developed|having|had|facing)\s+)?{_GRADE_NUMBER}",
    re.IGNORECASE,
)
# "…(35.4% grade 3/4); neurotoxicity in 10%": a grade that follows another figure is that figure's
_FIGURE_RIGHT_BEFORE = fastre.compile(r"\d\s*(?:%|percent)\s*(?:of\s+)?$", re.IGNORECASE)
# "ICANS in 3% (no grade ≥3)", "without grade 3 events": a grade nobody had
_NONE_OF_GRADE_BEFORE = fastre.compile(r"\b(?:no|without|nor)\s+$", re.IGNORECASE)
# a bracketed aside right before an event's name ("(Lee grading system) CRS")
_ASIDE_RIGHT_BEFORE = fastre.compile(r"\([^()\d%]{1,40}\)\s*$")
# what follows a grade that labels the next figure: "grade ≥3, 4%", "grade ≥3 in 9%"
_GRADE_LABELS_NEXT = fastre.compile(r"\s*(?:,|:|=|\s+in)\s*[<>≤≥~]?\s*\d")


def _grade(text: str, cue: CueMatch, segment: Segment, mention: Mention | None = None) -> str | None:
    own = None
    if mention is not None:
        after = _GRADE_RIGHT_AFTER.match(text, mention.end, min(segment.end, mention.end + 60))
        if after is not None:
            return _grade_value(_GRADE.search(after.group(0)))  # type: ignore[arg-type]
        own = _GRADE_RIGHT_BEFORE.search(text, max(segment.start, mention.start - 80), mention.start)
    if own:
        match = _GRADE.search(own.group("grade"))
    else:
        match = None
        # (far enough after the cue for "ICANS of grade 3 or higher": a grade read whole; and
        # before an aside between grade and cue, "Grade 3 (Lee grading system) CRS")
        aside = _ASIDE_RIGHT_BEFORE.search(text, max(segment.start, cue.start - 45), cue.start)
        before = aside.start() if aside is not None else cue.start
        start, end = max(segment.start, before - 25), min(segment.end, cue.end + 32)
        for found in _GRADE.finditer(text, start, end):
            if _FIGURE_RIGHT_BEFORE.search(text, max(segment.start, found.start() - 12), found.start()):
                continue  # another figure's own grade
            if _MOSTLY_BEFORE.search(text, max(segment.start, found.start() - 16), found.start()):
                continue  # "95% CRS incidence, mostly grade 1-2": how the events spread, not what was counted
            if _NONE_OF_GRADE_BEFORE.search(text, max(segment.start, found.start() - 10), found.start()):
                continue  # "ICANS in 3% (no grade ≥3)": the grade none had, not the figure's
            labels = _GRADE_LABELS_NEXT.match(text, found.end())
            if mention is not None and labels and not mention.start <= labels.end() - 1 < mention.end:
                continue  # "CRS in 95% (grade ≥3, 4%); neurotoxicity in 21%": the 4%'s grade
            match = found
            break
    if not match:  # "the most common grade ≥3 adverse events were neutropenia (89.8%), anemia (37.3%)"
        for graded in _GRADED_EVENTS.finditer(text, segment.start, cue.start):
            match = _GRADE.search(graded.group(0))
    if not match and segment.table is not None:  # "| CRS | 3 (7.3) |" under "Grade ≥3, n (%)"
        for span in (segment.header_cell(), segment.row_label()):
            match = _GRADE.search(text, *span) if span is not None else None
            if match:
                break
    if not match:
        return None
    return _grade_value(match)


def _grade_value(match: re.Match[str]) -> str:
    """The grade a _GRADE match names: "any", "3", "3-4" or "≥3"."""
    if match.group("any"):
        return "any"
    a = _ROMAN.get(match.group("a").upper(), match.group("a"))
    if match.group("b"):
        return f"{a}-{_ROMAN.get(match.group('b').upper(), match.group('b'))}"
    if match.group("op") or match.group("plus") or match.group("lost") or match.group("pre"):
        return f"≥{a}"
    return a


class _SegmentLinker:
    def __init__(
        self,
        text: str,
        segment: Segment,
        mentions: list[Mention],
        cues: list[CueMatch],
        earlier_cues: list[CueMatch] | None = None,
    ):
        self.text = text
        self.earlier_cues: list[CueMatch] = earlier_cues or []  # the sentence before's, same paragraph
        self.segment = segment
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.cue_ends = [c.end for c in cues]  # cues do not overlap, so ends are sorted too
        self.seg_text = text[segment.start : segment.end]
        self.links: list[Link] = []  # the segment's claims so far, in the order of their figures

    def index_of(self, cue: CueMatch) -> int:
        return bisect.bisect_left(self.cue_starts, cue.start)

    def context(self, mention: Mention) -> str:
        """The text a rule's `requires`/`excludes` look at: the number's neighbourhood in its
        segment (a whole 10 MB "sentence" per number would cost quadratic time)."""
        start = max(self.segment.start, mention.start - RULE_CONTEXT)
        return self.text[start : min(self.segment.end, mention.end + RULE_CONTEXT)]

    def _requires_ok(self, cue: Cue, mention: Mention) -> bool:
        return cue.requires_regex is None or bool(cue.requires_regex.search(self.context(mention)))

    def _next_cue(self, mention: Mention) -> CueMatch | None:
        """The cue right after the figure, when what stands between them lets it name the
        figure (a blocking cue too: "12% of patients reached a partial response")."""
        gap_re = _AFTER_GAP.get(mention.kind)
        if gap_re is None:
            return None
        first = bisect.bisect_left(self.cue_starts, mention.end)
        for cue in self.cues[first : first + 1]:
            gap = self.text[mention.end : cue.start]
            if _LABEL_GAP.fullmatch(gap) and (
                _OWN_LABEL_AFTER.match(self.text, cue.end)
                or (_FIGURE_RIGHT_AFTER_CUE.match(self.text, cue.end) and self._label_right_before(mention))
            ):
                # "… 82 percent (9/11) Complete Response rate: 64 percent", "ORR 82% CR 64%": the
                # next figure's label
                return None
            if mention.kind in ("percent", "fraction") and _WHO_THEN_CUE_GAP.fullmatch(gap):
                # "30% of patients who relapse after transplant achieve a CR": the relative
                # clause's verb says who; the main clause's cue, if any, what
                return self.verb_after_qualifier(cue, mention)
            if "(" in gap and _OWN_FIGURE_AFTER.match(self.text, cue.end):
                return None  # "ORR was 73% (CR 53%)": the bracket's cue has a figure of its own
            if (
                (" who " in gap or " that " in gap)
                and _WHO_HAD_OUTCOME_GAP.match(gap)
                and _IN_BEFORE_FIGURE.search(self.text, max(0, mention.start - 8), mention.start)
            ):
                return None  # the outcome of the relative clause names who, not the figure
            with_cue = (
                mention.kind in ("percent", "fraction")
                and _WITH_GAP.match(gap)
                and not _OWN_FIGURE_AFTER.match(self.text, cue.end)
            )
            # "40% of patients who received the product had grade 3 CRS": who they are, cut
            plain = _WHO_RECEIVED.sub(" ", gap) if " who " in gap or " that " in gap else gap
            if "CI" in plain or "onfidence" in plain:
                plain = _CI_AFTER_FIGURE.sub("", plain, count=1)
            opening_share = (
                mention.kind in ("percent", "fraction")
                and _OPENING_SHARE_GAP.match(gap) is not None
                and _IN_BEFORE_FIGURE.search(self.text, max(0, mention.start - 8), mention.start) is not None
                and _ACHIEVED_AFTER_CUE.match(self.text, cue.end) is not None
            )
            # "45 to 67% of complete remission rates": the rates themselves, said in the plural
            of_rates = (
                mention.kind == "percent"
                and _OF_GAP.fullmatch(gap) is not None
                and _RATES_FROM_CUE.match(self.text, cue.start) is not None
            )
            if (
                not gap_re.match(plain)
                and not with_cue
                and not opening_share
                and not of_rates
                and not (cue.cue.verb and _OF_POPULATION_GAP.match(plain))
            ):
                return self._coordinated_cue(mention, cue)
            return cue
        return None

    def _label_right_before(self, mention: Mention) -> bool:
        """Whether a cue stands right before the figure as its label ("ORR 82%", "CR: 64%")."""
        last = bisect.bisect_right(self.cue_ends, mention.start) - 1
        return (
            last >= 0
            and _LABEL_TO_FIGURE.fullmatch(self.text, self.cues[last].end, mention.start) is not None
        )

    def _coordinated_cue(self, mention: Mention, cue: CueMatch) -> CueMatch | None:
        """The cue of the next figure, when this one is joined to it and names no endpoint of
        its own before it: "90% (children) and 70% (adults) achieved complete remission"."""
        i = bisect.bisect_right(self.mention_starts, mention.start)
        while i < len(self.mentions) and self.mentions[i].kind in ("ci", "timepoint"):
            i += 1
        if i == len(self.mentions):
            return None
        joined = self.mentions[i]
        if (
            joined.kind != mention.kind
            or joined.start >= cue.start
            or not _COORDINATED_GAP.match(self.text, mention.end, joined.start)
            or self.cue_before(mention) is not None
        ):
            return None
        return cue if self._next_cue(joined) is cue else None

    def cue_after(self, mention: Mention) -> CueMatch | None:
        cue = self._next_cue(mention)
        if (
            cue is not None
            and cue.cue.metric is not None
            and cue.cue.position != "before"
            and cue.cue.accepts(mention.kind)
            and self._requires_ok(cue.cue, mention)
        ):
            return cue
        return None

    def blocked_after(self, mention: Mention) -> bool:
        """Whether a blocking cue right after the figure names it ("12% of patients reached a
        partial response"): it is no rate of the metric named before."""
        cue = self._next_cue(mention)
        return cue is not None and cue.cue.metric is None and mention.kind in ("percent", "fraction")

    def cue_before(self, mention: Mention) -> CueMatch | None:
        last = bisect.bisect_right(self.cue_ends, mention.start)
        for cue in reversed(self.cues[:last]):
            if mention.start - cue.end > MAX_BEFORE:
                return None
            if cue.cue.metric is None:
                return None
            if cue.cue.position == "after" or not self._requires_ok(cue.cue, mention):
                continue
            if cue.cue.accepts(mention.kind):
                if cue.cue.generic:
                    return self._earlier_instead(cue, mention, lambda c: not c.cue.generic)
                if self.labels_compared_group(cue):
                    return self._earlier_instead(
                        cue,
                        mention,
                        lambda c: c.cue.metric not in RESPONSE_METRICS and not self.is_qualifier(c),
                        across_parallel=True,
                    )
                if self.is_qualifier(cue):
                    return self._earlier_instead(
                        cue, mention, lambda c: not self.is_qualifier(c), across_parallel=True
                    )
                return cue
        return None

    def figure_between(self, cue: CueMatch, mention: Mention) -> bool:
        """Whether another number stands between a cue and a later mention."""
        lo = bisect.bisect_left(self.mention_starts, cue.end)
        hi = bisect.bisect_left(self.mention_starts, mention.start)
        return any(m is not mention and m.kind not in ("ci", "timepoint") for m in self.mentions[lo:hi])

    def names_figure_before(self, cue: CueMatch) -> bool:
        """Whether a cue is the endpoint of a figure right before it ("a 73% response rate")."""
        i = bisect.bisect_left(self.mention_starts, cue.start) - 1
        return i >= 0 and self.mentions[i].end <= cue.start and self.cue_after(self.mentions[i]) is cue

    def labels_compared_group(self, cue: CueMatch) -> bool:
        """Whether a response cue labels the group of the figure right before it, compared with
        the next ("relapse was 29% for CR vs 61% for nonresponse"), rather than naming a rate."""
        return (
            cue.cue.metric in RESPONSE_METRICS
            and RESPONSE_LABEL_BEFORE.search(self.text, max(self.segment.start, cue.start - 60), cue.start)
            is not None
            and COMPARED_FIGURE_AFTER.match(self.text, cue.end) is not None
        )

    def is_qualifier(self, cue: CueMatch, after_number: bool = False) -> bool:
        """Whether a cue names who a rate counts rather than what ("among MRD-negative patients",
        "patients who had a complete response"). After the number only a relative clause does:
        "83% of patients achieving a CR" is a CR rate."""
        before = self.text[max(self.segment.start, cue.start - 60) : cue.start]
        if (QUALIFIER_RELATIVE if after_number else QUALIFIER_AFTER_POPULATION).search(before):
            return True
        return bool(QUALIFIER_PREPOSITION.search(before) and POPULATION_AFTER.match(self.text, cue.end))

    def _figure_before(self, mention: Mention) -> Mention | None:
        """The figure before `mention`, past confidence intervals and time points."""
        i = bisect.bisect_left(self.mention_starts, mention.start) - 1
        while i >= 0 and self.mentions[i].kind in ("ci", "timepoint"):
            i -= 1
        return self.mentions[i] if i >= 0 else None

    def share_took(self, cue: CueMatch, mention: Mention) -> bool:
        """Whether a share right before `cue` took it as its outcome ("20% survived beyond two
        years"): the duration after the cue is then that share's time point."""
        share = self._figure_before(mention)
        return (
            share is not None
            and share.kind in ("percent", "fraction")
            and share.end <= cue.start
            and self.cue_after(share) is cue
        )

    def share_took_cue(self, cue: CueMatch, mention: Mention) -> bool:
        """Whether the share before `mention` stands before `cue` too, and so is the one the cue
        names ("77% … entered remission, with over half of those …")."""
        share = self._figure_before(mention)
        return share is not None and share.kind in ("percent", "fraction") and share.end <= cue.start

    def share_just_before(self, cue: CueMatch, mention: Mention) -> bool:
        """Whether a share or a count of patients stands right before `cue`, with only words
        between (its verb: "5 of 7 patients remained progression-free >12 months")."""
        share = self._figure_before(mention)
        return (
            share is not None
            and share.kind in ("percent", "fraction", "number")
            and share.end <= cue.start
            and _WORDS_ONLY_GAP.fullmatch(self.text, share.end, cue.start) is not None
        )

    def verb_after_qualifier(self, qualifier: CueMatch, mention: Mention) -> CueMatch | None:
        """The verb cue right after a qualifying relative clause's cue ("of those who have
        relapses survive"), when nothing but white space stands between them; or the main clause's
        cue after the rest of the relative clause and its main verb ("of patients who relapse after
        transplant achieve a complete response")."""
        index = self.index_of(qualifier)
        if index + 1 >= len(self.cues):
            return None
        nxt = self.cues[index + 1]
        if (
            nxt.cue.verb
            and nxt.cue.metric is not None
            and nxt.cue.position != "before"
            and nxt.cue.accepts(mention.kind)
            and self.text[qualifier.end : nxt.start].isspace()
        ):
            return nxt
        if (
            nxt.cue.metric is not None
            and nxt.cue.metric != qualifier.cue.metric
            and nxt.cue.position != "before"
            and nxt.cue.accepts(mention.kind)
            and (
                _MAIN_VERB_BEFORE_CUE.fullmatch(self.text, qualifier.end, nxt.start)
                or (nxt.cue.verb and _REST_OF_RELATIVE_CLAUSE.fullmatch(self.text, qualifier.end, nxt.start))
            )
        ):
            return nxt  # "… of patients who relapse after transplant achieve a complete response"
        return None

    def _earlier_instead(
        self,
        cue: CueMatch,
        mention: Mention,
        better: Callable[[CueMatch], bool],
        across_parallel: bool = False,
    ) -> CueMatch:
        """An earlier cue of the same clause (no other number between) that is `better` and can
        name the mention, else `cue`: a specific cue beats a generic one ("Cytokine release
        syndrome, the most common side effect, affected 47%"), the subject beats a qualifier
        ("the complete response rate among MRD-negative patients was 90%"). `across_parallel`:
        the subject may also stand before a figure of the same kind that this one is compared
        with ("OS was 60% for patients in CR and 13% for those who were not")."""
        index = self.index_of(cue)
        for earlier in reversed(self.cues[:index]):
            if cue.start - earlier.end > MAX_BEFORE or earlier.cue.metric is None:
                break
            lo = bisect.bisect_left(self.mention_starts, earlier.end)
            hi = bisect.bisect_left(self.mention_starts, cue.start)
            between = [m for m in self.mentions[lo:hi] if m is not mention]
            if between and not (across_parallel and self._parallel_figure(between, cue, mention)):
                break
            if (
                better(earlier)
                and earlier.cue.accepts(mention.kind)
                and earlier.cue.position != "after"
                and self._requires_ok(earlier.cue, mention)
            ):
                return earlier
        return cue

    def _parallel_figure(self, between: list[Mention], qualifier: CueMatch, mention: Mention) -> bool:
        """Whether the figures `between` a subject and a qualifier are one figure of the
        mention's kind (with its CI or time points) that the mention is compared with: the
        qualifier follows it and a joining word stands between it and the mention."""
        figures = [m for m in between if m.kind == mention.kind]
        if (
            len(figures) != 1
            or figures[0].end > qualifier.start
            or any(m.kind not in ("ci", "timepoint", "duration") for m in between if m is not figures[0])
        ):
            return False
        return _PARALLEL_JOIN.search(self.text, figures[0].end, mention.start) is not None

    def partners(self, cue: CueMatch, kind: str) -> list[CueMatch]:
        """Cues joined to `cue` by "/" or "and": "PFS/OS 19.7 months" names two metrics."""
        found = []
        index = self.index_of(cue)
        for step in (-1, 1):
            j = index + step
            current = cue
            while 0 <= j < len(self.cues):
                other = self.cues[j]
                left, right = (other, current) if step < 0 else (current, other)
                joint = self.text[left.end : right.start]
                if not _CONJUNCTION.match(joint):
                    break
                if "," in joint and _OPENING_SUBGROUP.match(self.text, self.segment.start, left.start):
                    break  # "In patients with CRS, ICANS occurred in 30%": the comma ends who
                if (
                    other.cue.metric
                    and other.cue.metric != cue.cue.metric
                    and other.cue.accepts(kind)
                    # a cue that only follows its figure ("… of the price") names no metric of a list
                    # ("more than half of recipients go into remission, the treatment costs …")
                    and other.cue.position != "after"
                    and (
                        other.cue.requires_regex is None
                        or other.cue.requires_regex.search(self.text, self.segment.start, self.segment.end)
                    )
                ):
                    found.append(other)
                current = other
                j += step
        return found


# "So far, ten products have been approved": the verb after the noun says what they are (for
# "products" and "therapies", not "two treatments were approved", which may be any drugs)
_APPROVED_AFTER_NOUN = fastre.compile(
    r"\s+(?:have|has|had|are|were|is)\s+(?:now\s+|already\s+|so\s+far\s+|currently\s+)?(?:been\s+)?"
    r"(?:approved|licen[cs]ed|authori[sz]ed|marketed|on\s+the\s+market)\b",
    re.IGNORECASE,
)


# "854 CAR-T trials, up from 600 in 2022", "4,000 patients …, compared with 1,500 in 2021": the
# earlier figure of a count, its noun left out
_EARLIER_FIGURE_BEFORE = fastre.compile(
    r",?\s*(?:(?:up|down|rising|risen|climbing|growing|increasing)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+$",
    re.IGNORECASE,
)
# ...or a part of it, or its counterpart elsewhere: "12 approved CAR-T products globally, including 7
# in China", "seven … approved by the FDA and six by the NMPA" (a place or a body after the figure)
_PART_FIGURE_BEFORE = fastre.compile(r"(?:,?\s*including|\s+and)\s+$", re.IGNORECASE)
_PLACE_AFTER_FIGURE = fastre.compile(r"\s+(?:by|in|at|from|for)\s+(?:the\s+)?[A-Z]")
EARLIER_FIGURE_REACH = 80  # characters between a count and its earlier figure


def _earlier_count(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    """The count claim of a bare number that is the earlier figure of the count just before it
    ("854 CAR-T trials, up from 600 in 2022"): the same noun, and metric."""
    if mention.low is None:
        return None
    if not _EARLIER_FIGURE_BEFORE.search(
        text, max(linker.segment.start, mention.start - 30), mention.start
    ) and not (
        _PART_FIGURE_BEFORE.search(text, max(linker.segment.start, mention.start - 16), mention.start)
        and _PLACE_AFTER_FIGURE.match(text, mention.end)
    ):
        return None
    index = bisect.bisect_left(linker.mention_starts, mention.start) - 1
    if index < 0:
        return None
    before = linker.mentions[index]
    if before.kind != "number" or mention.start - before.end > EARLIER_FIGURE_REACH:
        return None
    noun = _count_noun(text, before, linker.context(before))
    if noun is None or noun[0] not in COUNT_METRICS:
        return None
    if not any(link.mention is before and link.metric == noun[0] for link in linker.links):
        return None  # "six cases have been submitted by A and two by B": the first is no claim either
    return Link(mention, noun[0], f"{noun[0]}.earlier_figure", linker.segment)


COUNT_NOUN_BEFORE_REACH = 80  # characters before a figure where a noun's `before` pattern is looked for


# "• 7 — CAR-T therapies approved by the FDA": a fact list's dash between a count and its noun
_LABEL_DASH = fastre.compile(r"[^\S\r\n]+[—–](?=[^\S\r\n])")


_LABEL_COLON_AFTER = fastre.compile(r"(?:[ \t]+[\w-]+){0,2}[ \t]*(?:\([^()]{0,20}\)[ \t]*)?:[ \t]*\S")


def _count_noun(text: str, mention: Mention, seg_text: str) -> tuple[str, str, int] | None:
    shift = 0
    if (dash := _LABEL_DASH.match(text, mention.end)) is not None:
        shift = dash.end() - mention.end
    tail = text[mention.end + shift : mention.end + shift + 80]
    folded = fastre.fold(tail)  # a noun none of whose words is there is not tried (most are not)
    # a share, in figures or in words ("70% of all CAR-T trials", "more than half of all trials")
    share = mention.kind == "percent" or (mention.kind == "fraction" and mention.numerator is None)
    nouns = (
        (PERCENT_OF_TRIALS, SHARE_OF_COUNTED_TRIALS, SHARE_OF_OPENING_TRIALS, SHARE_OF_TOTAL_TRIALS)
        if share
        else NOUNS
    )
    for noun in nouns:
        if not fastre.may_match(noun.literals, folded):
            continue
        match = noun.regex.match(tail)
        if not match:
            continue
        if (
            noun.phrase_requires_regex is not None
            and not noun.phrase_requires_regex.search(match.group())
            and not (
                noun.metric == "product_count"
                and match.group().rstrip().lower().endswith(("products", "therapies"))
                and _APPROVED_AFTER_NOUN.match(tail, match.end())
                and not _OTHER_DRUG.search_window(seg_text)
            )
        ):
            continue
        if noun.before_regex is not None and not noun.before_regex.search(
            text, max(0, mention.start - COUNT_NOUN_BEFORE_REACH), mention.start
        ):
            continue
        if noun.requires_regex is not None and not noun.requires_regex.search(seg_text):
            continue
        if _LABEL_COLON_AFTER.match(tail, match.end()) and _LABELLED_VALUE_BEFORE.search(
            text, max(0, mention.start - 3), mention.start
        ):
            return None  # "Trials: 854 Approved products: 6": the next label, run on, no noun of 854
        if (
            noun.excludes_regex is not None
            and noun.excludes_regex.search(seg_text)
            and noun.excludes_regex.search(text, *_own_clause(text, mention))
        ):
            return None
        return noun.metric, noun.id, mention.end + shift + match.end()
    return None


def _own_clause(text: str, mention: Mention) -> tuple[int, int]:
    """The clause a count stands in (RULE_CONTEXT at most each way): what excludes a count is
    said of it ("4,000 patients are diagnosed each year"), not of another clause ("About 300
    patients have been treated, and one lymphoma was diagnosed 5 months later")."""
    start = max(0, mention.start - RULE_CONTEXT)
    for edge in CLAUSE_EDGE.finditer(text, start, mention.start):
        start = edge.end()
    end = min(len(text), mention.end + RULE_CONTEXT)
    after = CLAUSE_EDGE.search(text, mention.end, end)
    return start, after.start() if after is not None else end


def _number_of(text: str, segment: Segment, mention: Mention, seg_text: str) -> str | None:
    """The count metric of a figure whose noun came before it: "the number of CAR-T trials in
    China has reached 854" (NUMBER_OF_BEFORE)."""
    start = max(segment.start, mention.start - NUMBER_OF_REACH)
    if text.find("umber of", start, mention.start) < 0:  # nearly always: no such phrase
        return None
    for metric, regex, requires in NUMBER_OF_BEFORE:
        if regex.search(text, start, mention.start) and (requires is None or requires.search(seg_text)):
            return metric
    return None


def link_segment(
    text: str,
    segment: Segment,
    mentions: list[Mention],
    cues: list[CueMatch],
    has_product: bool,
    earlier_cues: list[CueMatch] | None = None,
) -> list[Link]:
    """Claims (before attribution) for the mentions of one segment. `earlier_cues` are the cues
    of the sentence right before it in the same paragraph, which a "…, respectively" list with
    no endpoint of its own refers to ("The ORR and CR rate … . Among 95 patients, the rates
    were 98.9% and 88.4%, respectively")."""
    if segment.kind == "header":
        return _header_cohort_sizes(text, segment, mentions)
    cues = outside_definitions(text, segment, cues)
    linker = _SegmentLinker(text, segment, mentions, cues, earlier_cues)
    links = linker.links
    ci_by_start = {m.start: m.ci for m in mentions if m.kind == "ci"}

    listed = _respectively(text, linker, mentions, earlier_cues or [])
    for mention in mentions:
        if mention.kind in ("ci", "timepoint"):
            continue
        if id(mention) in listed:
            link = listed[id(mention)]
            link.ci = next(
                (ci_by_start[p] for p in range(mention.end, mention.end + 4) if p in ci_by_start), None
            )
            links.append(link)
            continue
        if (
            mention.kind == "duration"
            and _TIME_QUALIFIER.search(
                text[max(0, mention.start - 24) : mention.start]
            )  # "within the first 2 years"
            and not _MEDIAN_AT.search(text, max(segment.start, mention.start - 100), mention.start)
        ):
            continue
        if (
            mention.kind == "duration"
            and TIME_SINCE_AFTER.match(text, mention.end)
            and not _ENDPOINT_IS_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start)
        ):
            continue  # "remained progression-free 2.5 years after a single infusion": a time point
        if (
            mention.kind == "duration"
            and _SURVIVING_TO_BEFORE.search(text, max(segment.start, mention.start - 30), mention.start)
            and any(
                m.kind in ("percent", "fraction") and segment.start <= m.start < mention.start
                for m in mentions
            )
        ):
            continue  # "with approximately 60% of patients surviving to 5 years": when the share is read
        if (
            mention.kind == "duration"
            and _ENDPOINT_THEN_BRACKET.search(text, max(segment.start, mention.start - 48), mention.start)
            and _RATE_AFTER_BRACKET.match(text, mention.end)
            and not _MEDIAN.search(text, max(segment.start, mention.start - 48), mention.start)
            and not _MEAN.search(text, max(segment.start, mention.start - 48), mention.start)
        ):
            continue  # "PFS (12 months) | 62%", "Overall survival (24 months) was 54%": a time point
        if mention.kind == "duration" and _restates_duration(text, linker, mention):
            continue  # "median PFS of 60.1 months (5 years)": the same figure in another unit
        if _spread_of_figure_before(text, linker, mention):
            continue  # "median OS of 17.1 months (range, 12.9–28.8 months)": the spread, no claim
        made = _elliptical_count(text, linker, mention, links[-1]) if links else []
        if not made:
            made = _link_mention(text, linker, mention, has_product)
        if mention.kind == "fraction" and _SHARE_IN.search(text, mention.start, mention.end):
            # "one in five patients …" is a share; with no outcome named it is no cohort's size
            made = [link for link in made if link.metric not in COUNT_METRICS]
        if mention.kind == "fraction" and mention.numerator is not None and mention.denominator is None:
            # "138 (95%) were recommended with a price reduction": things counted, no saving
            made = [link for link in made if link.metric != "cost_reduction"]
        ci = next((ci_by_start[p] for p in range(mention.end, mention.end + 4) if p in ci_by_start), None)
        for link in made:
            link.ci = ci
            links.append(link)
    return links


_DEFINITION_WORDS = ("defined", "measured", "assessed", "calculated", "determined", "(", "i.e.")
_RIGHT_AFTER_CUE = fastre.compile(r"[\s\w-]{0,15}")


def outside_definitions(text: str, segment: Segment, cues: list[CueMatch]) -> list[CueMatch]:
    """The cues of a segment but those inside the definition of an endpoint named right before
    it (DEFINITION_ASIDE): "the ORR, defined as the proportion with CR or PR, was 82%" is an ORR."""
    piece = text[segment.start : segment.end]
    if not any(word in piece for word in _DEFINITION_WORDS):
        return cues
    asides = [
        (found.start(), found.end())
        for found in DEFINITION_ASIDE.finditer(text, segment.start, segment.end)
        if any(
            cue.cue.metric is not None
            and cue.end <= found.start()
            and _RIGHT_AFTER_CUE.fullmatch(text, cue.end, found.start())
            for cue in cues
        )
    ]
    if not asides:
        return cues
    return [cue for cue in cues if not any(start < cue.start < end for start, end in asides)]


# "5 deaths in the CR group, 5 in the PR group and 8 in the non-responder group": the bare
# numbers of a list take the outcome and unit of its first, counted, member.
_ELLIPTICAL_JOIN = fastre.compile(r"^[^.;:()]{0,60}?(?:,|\band)\s*$", re.IGNORECASE)
_IN_SUBGROUP = fastre.compile(r"[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){0,2}?in[^\S\r\n]+\S", re.IGNORECASE)
_BARE_IN_SUBGROUP = fastre.compile(r"[^\S\r\n]+in[^\S\r\n]+(?:the[^\S\r\n]+)?\w", re.IGNORECASE)


def _elliptical_count(text: str, linker: _SegmentLinker, mention: Mention, previous: Link) -> list[Link]:
    """A bare number "… in <subgroup>" right after an outcome counted "N <noun> in <subgroup>"
    is another count of that outcome; "…, and ICANS in 3" after "CRS occurred in 12 patients"
    is a count of the outcome named right before it (CLAIMS.md 3)."""
    segment = linker.segment
    if mention.kind != "number" or mention.low is None or mention.bound != "eq":
        return []
    first = previous.mention
    if previous.metric in COUNT_METRICS or first.unit != "count" or previous.count_value is not None:
        return []
    first_end = int(previous.extra.get("span_end", first.end))  # type: ignore[call-overload]
    if first_end > mention.start:
        return []
    named = _cue_right_before(text, linker, mention)
    if named is not None and _ELLIPTICAL_JOIN.match(text[first_end : named.start]):
        metric = named.cue.metric
        return [Link(with_value(mention, unit="count"), metric, f"{metric}.elliptical", segment, named)]  # type: ignore[arg-type]
    if not _BARE_IN_SUBGROUP.match(text, mention.end):
        return []
    if not (_IN_SUBGROUP.match(text, first.end) or previous.rule.endswith(".elliptical")):
        return []
    if not _ELLIPTICAL_JOIN.match(text[first_end : mention.start]):
        return []
    return [
        Link(with_value(mention, unit="count"), previous.metric, f"{previous.metric}.elliptical", segment)
    ]


_CUE_IN_GAP = fastre.compile(r"^\s+(?:in|among)\s+(?:only\s+|another\s+)?$", re.IGNORECASE)


def _cue_right_before(text: str, linker: _SegmentLinker, mention: Mention) -> CueMatch | None:
    """The outcome cue of "…, and ICANS in 3": a rate's cue right before "in" and the number."""
    last = bisect.bisect_right(linker.cue_ends, mention.start)
    if last == 0:
        return None
    cue = linker.cues[last - 1]
    if cue.cue.metric is None or cue.cue.metric in COUNT_METRICS or not cue.cue.accepts("percent"):
        return None
    if not _CUE_IN_GAP.match(text[cue.end : mention.start]):
        return None
    noun = _count_noun(text, mention, linker.context(mention))
    return cue if noun is None or noun[0] == "patient_count" else None  # "ICANS in 3 (patients)"


# Between the figures of a list: "38.8% and 69.3%", "83.2% (95% CI, …) and 58.4% (95% CI, …)"
_FIGURE_JOIN = fastre.compile(r"^\s*(?:,|;|/)?\s*(?:and|or)?\s*$", re.IGNORECASE)
# Between two groups of one list: "95% and 21% (any grade) and 4% and 10% (grade ≥3), respectively"
_GROUP_JOIN = fastre.compile(r"\s*\((?P<label>[^()]{1,40})\)\s*(?:,|;)?\s*(?:and|or|vs\.?|versus)?\s*", re.I)
# "PFS and OS of 40.6% and 50.5%, respectively, at 2 years (previously 44.1% and 57.9%, …": the
# same endpoints at an earlier look, in brackets after the list
_EARLIER_LOOK_JOIN = fastre.compile(
    r",?\s*respectively,?\s*(?:(?:at|in|after)\s+[\w\s-]{1,25}?\s*)?[(\[]\s*"
    r"(?:previously|earlier|vs\.?|versus|compared\s+(?:with|to)|against|up\s+from|down\s+from|from)\s*:?\s*",
    re.I,
)
_RESPECTIVELY_AT = fastre.compile(
    rf",?\s*respectively,?\s*(?:at|after)\s+(?P<n>{NUM})[- ](?P<u>month|year)s?\b", re.I
)
_AT_TIME_BEFORE = fastre.compile(r"\b(?:at|after)\s+$", re.I)
_GROUP_LABEL_AFTER = fastre.compile(r"\s*\((?P<label>[^()]{1,40})\)")
# Between a list of endpoints and its figures: "… rates were", "reached", "with 5-year rates of"
_LIST_BRIDGE = fastre.compile(
    r"^[^%;]{0,60}?\b(?:was|were|is|are|being|reached|of|at|to|be|in"
    # "CRS and ICANS affected 42% and 20%", "… were seen among 5% and 11%", "… reported for 12%
    # and 31% of patients, respectively": a verb that takes the shares, or a report's "for"
    r"|among|affect(?:ed|ing|s)?|(?:reported|seen|observed|noted|recorded|documented)\s+for)\s*[:,]?\s*$"
    r"|^\s*[:,]?\s*$"
    # "… rates were as follows: all patients (N = 236), 89% and 70%; …": the first group's label
    r"|^[^%;]{0,60}?\b(?:was|were|is|are)\s+as\s+follows\s*:(?:[^%;:.]{0,60}[,:])?\s*$"
    # "CRS and ICANS are rare after 2 weeks (0% and 0.7% of patients, respectively)"
    r"|^[^%;()]{0,80}\(\s*$",
    re.IGNORECASE,
)
# "(vs 12.1 and 30.2 months, respectively, with standard care)": a comparator's list in brackets
_COMPARATOR_BRACKET_BEFORE = fastre.compile(
    r"[(\[]\s*(?:vs\.?|versus|compared\s+(?:with|to)|against|previously)\s*:?\s*$", re.IGNORECASE
)
_LIST_TIMEPOINT = fastre.compile(rf"(?P<n>{NUM})[- ](?P<u>month|year)s?\b", re.IGNORECASE)
LIST_KINDS = frozenset({"percent", "fraction", "duration"})


def _respectively(
    text: str, linker: _SegmentLinker, mentions: list[Mention], earlier_cues: Sequence[CueMatch] = ()
) -> dict[int, Link]:
    """Parallel lists (CLAIMS.md section 1): "PFS and OS rates were 38.8% and 69.3%, respectively"
    gives the i-th figure the i-th endpoint; one endpoint and several figures "…, respectively"
    gives each figure that endpoint. Keyed by id(mention)."""
    made: dict[int, Link] = _compared_pairs(text, linker, mentions)
    cis = [m for m in mentions if m.kind == "ci"]
    ci_starts = [m.start for m in cis]
    glosses = _ci_glosses(text, cis)
    figures = [
        m
        for m in mentions
        if m.kind != "ci"
        and id(m) not in made
        and not _within(glosses, m)
        and not (m.kind == "number" and _NAMED_BY_NUMBER_BEFORE.search(text, max(0, m.start - 12), m.start))
    ]
    previous_run: tuple[list[Mention], list[CueMatch]] | None = None  # the group before, and its cues
    i = 0
    while i < len(figures):
        leading = figures[i]
        run = [leading]
        while i + len(run) < len(figures):
            nxt, last = figures[i + len(run)], run[-1]
            gap = _strip_ci(text, cis, ci_starts, last.end, nxt.start)
            if glosses:
                gap = _blank(text, glosses, last.end, nxt.start)
            if len(gap.strip()) > MAX_LIST_GAP:
                break
            # "8.3 and 21.1 months": a bare number may lead, taking the unit of the figure after it
            kinds_ok = nxt.kind in LIST_KINDS | {"number"} and last.kind in LIST_KINDS | {"number"}
            if not kinds_ok or not _FIGURE_JOIN.match(gap):
                break
            if ";" in gap and "respectively" not in text[nxt.end : linker.segment.end]:
                break  # "… PFS rate was 85.5%; 94.2% of patients achieved MRD negativity": a new clause
            run.append(nxt)
        i += len(run)
        while run and run[-1].kind == "number":
            i -= 1  # a trailing bare number is no figure of the list: it is read on its own
            run.pop()
        if len(run) < 2:
            # "…, respectively, at 2 years (previously …": a time point keeps the group before;
            # so does a figure of another kind in the next group's label ("…; those with prior
            # BCMA therapy (n = 31), 81% and 58%; those aged 70 years or older, …")
            if previous_run is not None and not (
                leading.kind not in {m.kind for m in previous_run[0]}
                or (run and run[0].kind == "duration" and _AT_TIME_BEFORE.search(text, 0, run[0].start))
            ):
                previous_run = None
            if not run:
                i += 1
            continue
        if run[0].kind == "duration" and _AT_TIME_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
            previous_run = None
            continue  # "OS at 12 months and 24 months was 81% and 62%": the time points, no figures
        if LAB_FINDING_SHARE_BEFORE.search(
            text, max(linker.segment.start, run[0].start - LAB_FINDING_REACH), run[0].start
        ):
            previous_run = None
            continue  # the shares of a lab finding ("detectable in 50% and 40% respectively of …")
        shaped = [_with_unit_of(m, run[-1]) if m.kind == "number" else m for m in run]
        tail = text[run[-1].end : min(linker.segment.end, run[-1].end + 80)]
        respectively = bool(_RESPECTIVELY_NEXT.match(_strip_all_ci(tail))) or _groups_then_respectively(
            text, figures, i, run, linker.segment.end
        )
        cues = _cue_list_before(text, linker, run[0])
        if (
            cues is None
            and previous_run is not None
            and len(previous_run[0]) == len(run)
            and (
                (
                    respectively
                    and (
                        _GROUP_JOIN.fullmatch(text, previous_run[0][-1].end, run[0].start)
                        or _NEXT_GROUP_JOIN.fullmatch(text, previous_run[0][-1].end, run[0].start)
                    )
                )
                # "… were 12.1 and 24.3 months, respectively (versus 4.5 and 10.2 months with …)":
                # the bracket's list takes the endpoints the "respectively" before it gave out
                or _EARLIER_LOOK_JOIN.fullmatch(text, previous_run[0][-1].end, run[0].start)
                # "DOR and PFS were 36.5 and 25.3 months in cohort 1; and 57.5 and 29.5 months in
                # cohort 2": each group labelled after its figures, the same way
                or _labelled_groups(text, glosses, previous_run[0][-1], run)
                # "CRS and NEs were observed in 83% and 46% of patients respectively, grade 3 or
                # higher occurrences in 9% and 21% respectively": the same endpoints, none named between
                or (
                    respectively
                    and not any(
                        c.cue.metric is not None and previous_run[0][-1].end <= c.start < run[0].start
                        for c in linker.cues
                    )
                )
            )
        ):
            cues = previous_run[1]  # "95% and 21% (any grade) and 4% and 10% (grade ≥3), respectively"
            respectively = True
        if (respectively or cues is None) and (cues is None or len(cues) != len(run)):
            timed = _timed_cues_before(text, linker, run[0])
            # ("The 1-year PFS and 2-year PFS were 60% and 45%": one time point each pairs them
            # without "respectively")
            if (
                timed is not None
                and len(timed) == len(run)
                and (respectively or len({point for _, point in timed}) == len(timed) > 1)
            ):
                for original, mention, (cue, point) in zip(run, shaped, timed, strict=True):
                    if not cue.cue.accepts(mention.kind):
                        break
                    link = _make(text, linker, mention, cue, "respectively")
                    if link.metric in TIMED_METRICS and mention.kind != "duration":
                        link.timepoint = point
                    made[id(original)] = link
                previous_run = None
                continue
        if (
            cues is None
            and respectively
            and _COMPARATOR_BRACKET_BEFORE.search(
                text, max(linker.segment.start, run[0].start - 30), run[0].start
            )
        ):
            # "PFS and OS were 34.9 months and not reached (vs 12.1 and 30.2 months, respectively,
            # with standard care)": the bracket's list takes the endpoints of the figures before it
            before = [m for m in figures[: i - len(run)] if m.start >= linker.segment.start]
            named = _cue_list_before(text, linker, before[0]) if before else None
            if named is not None and len(named) == len(run):
                cues = named
        if cues is None and respectively:
            # "12% and 18% for CRS and ICANS", "71% and 60% for OS": the endpoints after the list
            cues = _cue_list_after(text, linker, run[-1], len(run)) or _cue_list_after(
                text, linker, run[-1], 1
            )
        if (
            cues is None
            and respectively
            and not any(c.cue.metric is not None and c.start < run[0].start for c in linker.cues)
        ):
            cues = _last_cue_list(text, earlier_cues, len(run))
        previous_run = (run, cues) if cues is not None else None
        if cues is None:
            continue
        points_pair = False  # the figures pair up with a list of time points, one each
        if (
            len(cues) == 1
            and not respectively
            and cues[0].cue.metric in ("pfs", "efs", "os", "dor")
            and any(
                points is not None and len(points) == len(run)
                for points in (_timepoint_list(text, cues[0].start), _timepoint_list(text, run[0].start))
            )
        ):
            # "The 12-, 24- and 36-month OS rates were 81%, 62% and 50%" (CLAIMS.md 1): as many time
            # points as figures pair up without "respectively" (bare numbers too: "… were 80, 70 and
            # 60%")
            respectively = points_pair = True
        if len(cues) == len(run) or (len(cues) == 1 and respectively):
            # the words between the endpoints and the list, or before the list when they follow it
            after = cues[0].start > run[-1].end
            bridge = (
                text[max(linker.segment.start, run[0].start - 60) : run[0].start]
                if after
                else text[cues[-1].end : run[0].start]
            )
            timepoint = _LIST_TIMEPOINT.search(bridge)
            label = _GROUP_LABEL_AFTER.match(text, run[-1].end)
            group_grade = _grade_of(label.group("label")) if label else None
            if len(cues) != len(run) and any(m.kind == "number" for m in run) and not points_pair:
                continue  # a bare number takes a list's unit only when the endpoints pair up with it
            for k, (original, mention) in enumerate(zip(run, shaped, strict=True)):
                cue = cues[k] if len(cues) == len(run) else cues[0]
                if not cue.cue.accepts(mention.kind):
                    break
                link = _make(text, linker, mention, cue, "respectively")
                if group_grade is not None and link.metric in ("crs", "neurotoxicity", "adverse_event"):
                    link.grade = group_grade  # "(grade ≥3)" after the group
                if (
                    link.timepoint is None
                    and link.metric in ("pfs", "efs", "os", "dor")
                    and mention.kind != "duration"
                ):
                    first = _timepoint(text, cues[0], mention)
                    link.timepoint = first or (
                        _iso_duration(timepoint.group("n"), timepoint.group("u")) if timepoint else None
                    )
                made[id(original)] = link
            said_after = _RESPECTIVELY_AT.match(text, run[-1].end)
            if said_after:  # "PFS and OS of 40.6% and 50.5%, respectively, at 2 years"
                for mention in run:
                    listed_link = made.get(id(mention))
                    if (
                        listed_link is not None
                        and listed_link.metric in ("pfs", "efs", "os", "dor")
                        and mention.kind != "duration"
                    ):
                        listed_link.timepoint = _iso_duration(said_after.group("n"), said_after.group("u"))
            points = (
                (
                    _timepoint_list(text, run[0].start if after else cues[0].start)
                    or _timepoint_list(text, run[0].start)
                )
                if len(cues) == 1
                else None
            )
            if points is not None and len(points) == len(run) and all(id(m) in made for m in run):
                for mention, point in zip(run, points, strict=True):  # "12-, 24- and 36-month rates"
                    made[id(mention)].timepoint = point
    return made


_RESPECTIVELY_NEXT = re.compile(r"^[^.;]{0,60}?\brespectively\b")
# Between two groups of a list split by semicolons, each group's label before or after its figures:
# "82% and 54% in cohort A; 75% and 40% in cohort B, respectively",
# "…: all patients, 89% and 70%; those aged 70 or older (n = 41), 91% and 71%; …, respectively"
_NEXT_GROUP_JOIN = fastre.compile(
    r"[^;%.]{0,60};[^;%.]{0,120}"
    # "ORR and CR were 82% and 54% in LBCL and 90% and 70% in FL, respectively": the group's label
    # after its figures, then "and" and the next group
    r"|\s+(?:of\s+(?:the\s+)?(?:patients|children|adults)\s+)?(?:in|for|among|with)\s+[^;%.,()]{1,40}?"
    r"\s*,?\s*(?:and|vs\.?|versus)\s+",
    re.IGNORECASE,
)
MAX_GROUPS = 8


# Two groups compared endpoint by endpoint: "PFS and OS were comparable (35% vs 36% and 51% vs
# 52%)": each endpoint's pair of figures in turn. Between a pair's figures (after its group's label);
# the first pair is joined by a comparison, a later one may be by "and".
_PAIR_COMPARED = fastre.compile(r"[^%;]{0,60}?\b(?:vs\.?|versus|compared\s+(?:with|to))\s*$", re.IGNORECASE)
_PAIR_AND = fastre.compile(r"\s*,?\s*and\s*$", re.IGNORECASE)
# Between one endpoint's pair and the next's (a P value or a label may close the first)
_NEXT_PAIR = fastre.compile(r"[^%;]{0,60}?(?:;|,|\band\b)\s*$", re.IGNORECASE)


def _compared_pairs(text: str, linker: _SegmentLinker, mentions: list[Mention]) -> dict[int, Link]:
    """Links of figures that compare two groups for each of a list of endpoints, in the list's
    order ("12-month PFS and OS were 35.2% vs 35.9% and 51.1% and 52.1%"); keyed by id(mention).
    Without this, each figure took both endpoints (as "PFS/OS 19.7 months" does) or the nearer."""
    shares = [m for m in mentions if m.kind in ("percent", "fraction")]
    made: dict[int, Link] = {}
    i = 0
    while i < len(shares):
        cues = _cue_list_before(text, linker, shares[i])
        if (
            cues
            and len(cues) > 1
            and (
                at_points := _endpoints_at_time_points(
                    text, linker, cues, shares[i : i + len(cues) * MAX_TIME_POINTS]
                )
            )
        ):
            for mention, link in at_points:
                made[id(mention)] = link
            i += len(at_points)
            continue
        pairs = shares[i : i + 2 * len(cues)] if cues and len(cues) > 1 else []
        if not pairs or len(pairs) != 2 * len(cues or ()):
            i += 1
            continue
        assert cues is not None  # (pairs is empty without them)
        size = len(cues)
        by_endpoint = all(
            (
                _PAIR_COMPARED.fullmatch(text, pairs[2 * k].end, pairs[2 * k + 1].start)
                or (k > 0 and _PAIR_AND.fullmatch(text, pairs[2 * k].end, pairs[2 * k + 1].start))
            )
            and (k == 0 or _NEXT_PAIR.fullmatch(text, pairs[2 * k - 1].end, pairs[2 * k].start))
            for k in range(size)
        )
        # or group by group: "PFS and OS were 45% and 62% vs 30% and 50%"
        by_group = not by_endpoint and (
            _PAIR_COMPARED.fullmatch(text, pairs[size - 1].end, pairs[size].start) is not None
            and all(
                _PAIR_AND.fullmatch(text, a.end, b.start) or _FIGURE_JOIN.match(text[a.end : b.start])
                for group in (pairs[:size], pairs[size:])
                for a, b in itertools.pairwise(group)
            )
        )
        if not (by_endpoint or by_group):
            i += 1
            continue
        for k, mention in enumerate(pairs):
            cue = cues[k // 2] if by_endpoint else cues[k % size]
            if not cue.cue.accepts(mention.kind):
                break
            link = _make(text, linker, mention, cue, "compared_pairs")
            if link.timepoint is None and link.metric in ("pfs", "efs", "os", "dor"):
                link.timepoint = _timepoint(text, cues[0], mention)
            made[id(mention)] = link
        i += len(pairs)
    return made


MAX_TIME_POINTS = 12  # time points one list may give each endpoint ("6-, 12-, …-month")
# Between the groups of a list that gives each endpoint its figures at each time point:
# "6- and 12-month PFS and OS were 39% and 32%, and 74% and 69%"
_NEXT_ENDPOINT_GROUP = fastre.compile(r"\s*[,;]\s*(?:and\s+)?", re.IGNORECASE)


def _endpoints_at_time_points(
    text: str, linker: _SegmentLinker, cues: list[CueMatch], shares: list[Mention]
) -> list[tuple[Mention, Link]] | None:
    """Links for "6- and 12-month PFS and OS were 39% and 32%, and 74% and 69%": as many time
    points as each endpoint's group of figures, the groups in the endpoints' order; or None."""
    points = _timepoint_list(text, cues[0].start)
    if points is None or len(points) < 2 or len(shares) < len(points) * len(cues):
        return None
    size = len(points)
    figures = shares[: size * len(cues)]
    for k, (a, b) in enumerate(itertools.pairwise(figures)):
        join = _NEXT_ENDPOINT_GROUP if (k + 1) % size == 0 else _PAIR_AND
        if not join.fullmatch(text, a.end, b.start):
            return None
    if not all(cues[k // size].cue.accepts(m.kind) for k, m in enumerate(figures)):
        return None
    made = []
    for k, mention in enumerate(figures):
        link = _make(text, linker, mention, cues[k // size], "endpoints_at_time_points")
        link.timepoint = points[k % size]
        made.append((mention, link))
    return made


def _groups_then_respectively(
    text: str, figures: list[Mention], after: int, run: list[Mention], end: int
) -> bool:
    """Whether the figures after the list `run` (`figures[after:]`, of its kinds: not the counts
    or ages in the groups' labels) are further groups of its size, each after a semicolon
    (`_NEXT_GROUP_JOIN`), the last one followed by "respectively": then the list pairs with its
    endpoints as the last group does, although its own "respectively" is out of reach."""
    at = run[-1].end
    window = text[at : min(end, at + 180)]
    if ";" not in window and " and " not in window:
        return False  # no next group in reach (the common case: no scan of the figures after)
    kinds = {m.kind for m in run}
    size = len(run)
    listed = list(
        itertools.islice(
            (m for m in itertools.islice(figures, after, None) if m.end <= end and m.kind in kinds),
            size * MAX_GROUPS,
        )
    )
    for k in range(0, min(len(listed), size * MAX_GROUPS) - size + 1, size):
        group = listed[k : k + size]
        joins = (text[a.end : b.start] for a, b in zip(group, group[1:], strict=False))
        if not _NEXT_GROUP_JOIN.fullmatch(text, at, group[0].start) or not all(
            _FIGURE_JOIN.match(_strip_all_ci(join)) for join in joins
        ):
            return False
        at = group[-1].end
        if _RESPECTIVELY_NEXT.match(_strip_all_ci(text[at : min(end, at + 80)])):
            return True
    return False


def _with_unit_of(bare: Mention, last: Mention) -> Mention:
    """A bare number of a list in the unit of the list's last figure ("8.3 and 21.1 months")."""
    return with_value(bare, kind=last.kind, unit=last.unit)


def _grade_of(label: str) -> str | None:
    """The grade a group's label names ("any grade", "grade ≥3"), or None."""
    match = _GRADE.search(label)
    if not match:
        return None
    return _grade_value(match)


# "The 12-, 24- and 36-month OS rates were 81%, 62% and 50%": one time point per figure
# (a time point in words too: "six- and 12-month OS rates", "EFS rates at six and 12 months")
_TIMEPOINT_NUMBER = (
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four"
    r"|thirty-six)\b|\d+)"
)
_TIMEPOINT_LIST = fastre.compile(
    rf"(?P<list>{_TIMEPOINT_NUMBER}(?:\s*-)?(?:\s*(?:,\s*and|,|and|&)\s*{_TIMEPOINT_NUMBER}(?:\s*-)?)+)"
    r"[- ](?P<u>month|year|mo|yr|y)s?\b[^\d%]{0,25}$",  # ("1-yr and 2-yr PFS": abstracts' units)
    re.IGNORECASE,
)


# "The 1-year and 2-year OS were 80% and 70%", "at 6 weeks, 3 months and 6 months": time points
# each with its own unit
_TIMEPOINT_UNIT_LIST = fastre.compile(
    rf"(?P<list>{_TIMEPOINT_NUMBER}[- ](?:week|month|year|mo|yr|y)s?"
    rf"(?:\s*(?:,\s*and|,|and|&)\s*{_TIMEPOINT_NUMBER}[- ](?:week|month|year|mo|yr|y)s?)+)\b"
    r"[^\d%]{0,25}$",
    re.IGNORECASE,
)
_NUMBER_AND_UNIT = re.compile(rf"({_TIMEPOINT_NUMBER})[- ](week|month|year|mo|yr|y)s?\b", re.IGNORECASE)
_TIMEPOINT_NUMBER_RE = re.compile(_TIMEPOINT_NUMBER, re.IGNORECASE)


def _timepoint_list(text: str, at: int) -> list[str | None] | None:
    """The time points listed in the 60 characters before `at` ("12-, 24- and 36-month", "1-year
    and 2-year", "at 6 weeks, 3 months and 6 months")."""
    found = _TIMEPOINT_LIST.search(text, max(0, at - 60), at)
    if found is not None:
        return [_iso_duration(n, found.group("u")) for n in _TIMEPOINT_NUMBER_RE.findall(found.group("list"))]
    found = _TIMEPOINT_UNIT_LIST.search(text, max(0, at - 60), at)
    if found is not None:
        return [_iso_duration(n, unit) for n, unit in _NUMBER_AND_UNIT.findall(found.group("list"))]
    return None


MAX_LIST_GAP = 80  # characters between two figures of one list (a confidence interval fits)


def _in_figure_list(text: str, linker: _SegmentLinker, mention: Mention) -> bool:
    """Whether `mention` is joined to a figure of a list kind next to it ("40%, 60% and 80%"; a
    bare number before it takes its unit: "8.1, 12.5 and 20.3 months")."""
    if mention.kind not in LIST_KINDS:
        return False
    i = bisect.bisect_left(linker.mention_starts, mention.start)
    for j, kinds in ((i - 1, LIST_KINDS | {"number"}), (i + 1, LIST_KINDS)):
        if 0 <= j < len(linker.mentions) and linker.mentions[j].kind in kinds:
            first, second = (linker.mentions[j], mention) if j < i else (mention, linker.mentions[j])
            gap = text[first.end : second.start]
            if len(gap) <= MAX_LIST_GAP and _FIGURE_JOIN.match(gap):
                return True
    return False


def _strip_ci(text: str, cis: list[Mention], ci_starts: list[int], start: int, end: int) -> str:
    """The gap between two figures with any confidence interval inside it blanked out."""
    gap = text[start:end]
    for m in cis[bisect.bisect_left(ci_starts, start) : bisect.bisect_left(ci_starts, end)]:
        if m.end <= end:
            gap = gap.replace(text[m.start : m.end], " ")
    return gap


# How far before a confidence interval the bracket it opens may start ("(95% CI = 17.7–48.9")
_GLOSS_OPENING = fastre.compile(
    r"[(\[]\s*(?:(?:95|90|99)\s*%\s*)?(?:CI|confidence\s+interval)?[\s,:=]*$", re.I
)
MAX_GLOSS = 200  # characters in a figure's bracket that opens with its confidence interval


def _ci_glosses(text: str, cis: list[Mention]) -> list[tuple[int, int]]:
    """The brackets that open with a confidence interval ("36.5 months (95% CI = 17.7–48.9 months;
    n = 60; with 17 patients in ongoing response) and 25.3 months (…)"): a figure's gloss, whose
    counts join no list of figures and which stands between two figures of one."""
    spans: list[tuple[int, int]] = []
    for ci in cis:
        if text[ci.start] in "([":  # the interval's own bracket: "(95% CI = 17.7–48.9 months"
            opens = ci.start
        else:
            opening = _GLOSS_OPENING.search(text, max(0, ci.start - 24), ci.start)
            if opening is None:
                continue
            opens = opening.start()
        if spans and opens < spans[-1][1]:
            continue
        close = text.find(")" if text[opens] == "(" else "]", ci.end, opens + MAX_GLOSS)
        if close < 0 or "(" in text[ci.end : close] or "[" in text[ci.end : close]:
            continue
        spans.append((opens, close + 1))
    return spans


def _within(spans: list[tuple[int, int]], mention: Mention) -> bool:
    i = bisect.bisect_right(spans, (mention.start, len(spans) and 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= mention.start and mention.end <= spans[i][1]


def _blank(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with the parts inside `spans` left out."""
    kept, at = [], start
    for lo, hi in spans:
        if hi <= start or lo >= end:
            continue
        kept.append(text[at : max(at, lo)])
        at = max(at, min(hi, end))
    kept.append(text[at:end])
    return " ".join(kept)


# "in cohort 1; and 57.5 and 29.5 months in cohort 2": a group's number names it, no figure
_NAMED_BY_NUMBER_BEFORE = fastre.compile(r"\b(?:cohort|arm|group|part|level|cycle|phase|stage)\s+$", re.I)
_LABEL_THEN_NEXT_GROUP = re.compile(r"\s+(?:in|for|among)\s+[^;%.,()]{1,40}?\s*[;,]?\s*and\s+", re.I)
_GROUP_LABEL_AFTER_RUN = re.compile(r"\s+(?:in|for|among)\s+[^;%.,()]{1,40}?\s*(?:[;,.]|$)", re.I)


def _labelled_groups(
    text: str, glosses: list[tuple[int, int]], previous: Mention, run: list[Mention]
) -> bool:
    """Whether the group before ends in its label and "and" ("… in cohort 1; and") and `run` is
    labelled after its figures the same way ("… in cohort 2."), glosses left out."""
    if not _LABEL_THEN_NEXT_GROUP.fullmatch(_blank(text, glosses, previous.end, run[0].start)):
        return False
    after = run[-1].end
    for lo, hi in glosses:
        if after <= lo <= after + 2:
            after = hi
    return _GROUP_LABEL_AFTER_RUN.match(text, after) is not None


def _strip_all_ci(piece: str) -> str:
    return re.sub(r"\([^()]*\bCI\b[^()]*\)", " ", piece)


def _cue_closing_list(text: str, linker: _SegmentLinker, first: Mention) -> tuple[int, CueMatch] | None:
    """The endpoint named last before a list of figures, bridged to its first figure ("the ORR
    was"), with its index among the linker's cues plus one; None when there is none."""
    last = bisect.bisect_right(linker.cue_ends, first.start)
    if last == 0:
        return None
    cue = linker.cues[last - 1]
    if cue.cue.metric is None or not _LIST_BRIDGE.match(text[cue.end : first.start]):
        return None
    return last, cue


def _cue_list_before(text: str, linker: _SegmentLinker, first: Mention) -> list[CueMatch] | None:
    """The endpoints named, joined by "and", "/" or commas, right before a list of figures."""
    closing = _cue_closing_list(text, linker, first)
    if closing is None:
        return None
    last, cue = closing
    found = [cue]
    j = last - 2
    while j >= 0:
        other = linker.cues[j]
        between = text[other.end : found[0].start]
        if _names_again(text, other, found[0], between):
            found[0] = other  # "overall survival (OS)": one endpoint, named and abbreviated
            j -= 1
            continue
        if other.cue.metric is None or other.cue.generic or other.cue.position == "after":
            break  # (a cue that only names a figure before it names none of this list)
        if not _CUE_JOIN.match(between):
            break
        found.insert(0, other)
        j -= 1
    if len({c.cue.metric for c in found}) < len(found) or (
        len(found) > 1 and any(c.cue.generic for c in found)
    ):
        return None  # "durable response, overall response rate": one endpoint named twice
    return found


# Endpoints listed with their own time points: "The ORR, 6-month and 1-year PFS rates were 67%,
# 65% and 44%, respectively", "CR rate, 12-month OS and 24-month OS": each time point before an
# endpoint is one member of the list
_ONE_POINT = rf"{_TIMEPOINT_NUMBER}(?:[- ]?(?:week|month|year|mo|yr|y)s?\b|\s*-)"  # ("1-y", "2-yr")
_POINTS_BEFORE_CUE = fastre.compile(
    rf"(?:{_ONE_POINT})(?:\s*(?:,\s*and|,|and|&)\s*(?:{_ONE_POINT}))*\s*$", re.IGNORECASE
)
_POINT_PARTS = re.compile(rf"({_TIMEPOINT_NUMBER})(?:[- ]?(week|month|year|mo|yr|y)s?\b)?", re.IGNORECASE)
_TIMED_CUE_JOIN = fastre.compile(
    r"^\s*\)?\s*(?:rates?\s+)?(?:,|/|and|&|,\s*and)\s*(?:the\s+)?", re.IGNORECASE
)
TIMED_METRICS = frozenset(("pfs", "efs", "os", "dor"))


def _points_before(text: str, lo: int, at: int) -> tuple[int, list[str | None]] | None:
    """Where a list of time points right before `at` (from `lo` on) begins, and its ISO points;
    a number without its unit takes the next one's ("12- and 24-month")."""
    found = _POINTS_BEFORE_CUE.search(text, lo, at)
    if found is None:
        return None
    parts = _POINT_PARTS.findall(found.group())
    units = [u for _, u in parts]
    if not units or not units[-1]:
        return None
    points: list[str | None] = []
    for k, (number, unit) in enumerate(parts):
        unit = unit or next(u for u in units[k:] if u)
        points.append(_iso_duration(number, unit))
    return found.start(), points


def _timed_cues_before(
    text: str, linker: _SegmentLinker, first: Mention
) -> list[tuple[CueMatch, str | None]] | None:
    """The endpoints named right before a list of figures, each with the time points said before
    it, one member per time point ("the ORR, 6-month and 1-year PFS" is ORR, PFS at 6 months and
    PFS at 1 year); None unless some endpoint has a time point, two endpoints are named and no
    member is said twice."""
    closing = _cue_closing_list(text, linker, first)
    if closing is None:
        return None
    last, cue = closing
    members: list[tuple[CueMatch, str | None]] = []
    floor = linker.segment.start
    j = last - 1
    while True:
        timed = _points_before(text, max(floor, cue.start - 40), cue.start)
        points: list[str | None] = (
            timed[1] if timed is not None and cue.cue.metric in TIMED_METRICS else [None]
        )
        members[:0] = [(cue, point) for point in points]
        left = timed[0] if timed is not None and points != [None] else cue.start
        j -= 1
        if j < 0:
            break
        other = linker.cues[j]
        join = _TIMED_CUE_JOIN.match(text[other.end : left])
        if join is None or join.end() != left - other.end:
            if _names_again(text, other, cue, text[other.end : cue.start]):
                cue = other
                continue
            break
        if other.cue.metric is None or other.cue.generic or other.cue.position == "after":
            break
        cue = other
    keys = [(c.cue.metric, point) for c, point in members]
    if (
        len(set(keys)) < len(keys)
        or all(p is None for _, p in keys)
        or (len({m for m, _ in keys}) < 2 and len({id(c) for c, _ in members}) < 2)
    ):
        # (one endpoint at several time points is the plain list's: "12-, 24-month OS"; but "1-year
        # PFS and 2-year PFS" names it twice, each with its point)
        return None
    return members


# "12% and 18% for CRS and ICANS, respectively": what stands between a list and its endpoints after it
_LIST_BRIDGE_AFTER = fastre.compile(
    r"\s*,?\s*(?:of\s+(?:all\s+)?patients\s+)?(?:(?:were|was)\s+(?:seen|observed|reported|noted)\s+)?"
    r"(?:for|of|in|with)\s+(?:the\s+)?(?:(?:any[- ]grade|grade\s*(?:≥|>=)?\s*\d(?:\s*(?:or|-|–)\s*\d)?"
    r"|severe|serious)\s+)?$",
    re.IGNORECASE,
)


def _cue_list_after(text: str, linker: _SegmentLinker, last: Mention, size: int) -> list[CueMatch] | None:
    """The `size` endpoints named right after a list of figures that ends in "respectively",
    joined by "and", "/" or commas, each a different metric; or None."""
    first = bisect.bisect_left(linker.cue_starts, last.end)
    found = list(linker.cues[first : first + size])
    if len(found) < size or not _LIST_BRIDGE_AFTER.match(text, last.end, found[0].start):
        return None
    if any(c.cue.metric is None or c.cue.generic for c in found) or len({c.cue.metric for c in found}) < size:
        return None
    if not all(_CUE_JOIN.match(text[a.end : b.start]) for a, b in zip(found, found[1:], strict=False)):
        return None
    return found


def _last_cue_list(text: str, cues: Sequence[CueMatch], size: int) -> list[CueMatch] | None:
    """The last run of `size` endpoints joined by "and", "/" or commas among `cues` (another
    sentence's), each a different metric, or None."""
    for end in range(len(cues), size - 1, -1):
        found = list(cues[end - size : end])
        if any(c.cue.metric is None or c.cue.generic for c in found):
            continue
        if len({c.cue.metric for c in found}) < size:
            continue
        if all(_CUE_JOIN.match(text[a.end : b.start]) for a, b in zip(found, found[1:], strict=False)):
            return found
    # "the ORR was 96.3%, with 83.2% achieving a CR. Among 95 …, the rates were 98.9% and 88.4%,
    # respectively": endpoints named apart, in order, when the sentence names exactly `size` of them
    first_of_metric: dict[str, CueMatch] = {}
    for cue in cues:
        if cue.cue.metric is not None and not cue.cue.generic:
            first_of_metric.setdefault(cue.cue.metric, cue)
    if len(first_of_metric) == size:
        return list(first_of_metric.values())
    return None


_CUE_JOIN = fastre.compile(
    # "duration of response (DOR), event-free survival, and …": after an abbreviation's bracket too
    # ("Grade ≥3 cytokine release syndrome and Grade ≥3 neurologic toxicities": each with its grade)
    # ("the overall (OR) and complete response (CR) rates": the first one's abbreviation in brackets)
    r"^(?:\s*\([^()]{1,12}\))?\s*\)?\s*(?:rates?\s+)?(?:,|/|and|&|,\s*and)\s*(?:the\s+)?(?:\d+-(?:month|year)\s+)?"
    rf"(?:{_GRADE_NUMBER}\s+)?$",
    re.IGNORECASE,
)
_ABBREVIATION_OPEN = fastre.compile(r"\s*\(\s*")


def _names_again(text: str, first: CueMatch, second: CueMatch, between: str) -> bool:
    """Whether `second` is `first`'s abbreviation in brackets right after it ("overall survival
    (OS)", "duration of response (DOR)"): the same endpoint, named once."""
    return (
        first.cue.metric is not None
        and first.cue.metric == second.cue.metric
        and _ABBREVIATION_OPEN.fullmatch(between) is not None
        and text[second.end : second.end + 1] == ")"
    )


# metrics a modelled figure is still a claim of ("the modelled cost"); a set, since mypyc cannot
# compile a starred tuple inside `in`
# characters after a sum where a threshold may name it ("per quality-adjusted life year threshold")
CEILING_REACH = 60
# ("67.3% of those in the physician's choice group": another arm's people, named)
_OF_THOSE_AFTER = re.compile(
    r"\s+of\s+(?:those|them|these)\b(?!\s+(?:in|on|with|receiving|treated|given|who|aged|patients"
    r"|participants|randomi[sz]ed|assigned|allocated)\b)",
    re.IGNORECASE,
)
DISCOUNTING_REACH = 80  # characters before a figure where a model's discounting is looked for
PAYWALL_REACH = 120  # characters around a sum, across lines, where a journal's paywall is looked for
_NOT_MODELLED = frozenset(("cost", "cost_reduction", *COUNT_METRICS))


@lru_cache(maxsize=4)
def _yen_article(text: str) -> bool:
    """Whether an article speaks of Japan and never of China (YUAN_CONTEXT): its "¥" is the yen."""
    return YEN_CONTEXT.search(text) is not None and YUAN_CONTEXT.search(text) is None


# A job posting ("Role Definition", "Career Path", "Compensation", "Apply now"): its sums are pay,
# unless their clause says what something costs
_JOB_PAGE_WORDS = (
    "job description",
    "role definition",
    "career path",
    "salary",
    "compensation",
    "apply now",
    "apply today",
    "equal opportunity employer",
    "job type",
    "pay range",
)
_PRICE_WORD = re.compile(r"\b(?:costs?|costing|price[ds]?|pricing|charges?|charged|fees?|pays?|paid)\b", re.I)


def _after_comparison(text: str, mention: Mention) -> int:
    """Where a mention's words go on after the comparison they open with ("under 3 years")."""
    head = COMPARISON_HEAD.match(text, mention.start)
    return head.end() if head else mention.start


@lru_cache(maxsize=4)
def _job_page(text: str) -> bool:
    """Whether the text is a job posting: two of its kinds of heading or more (plain substring
    tests of the lowered text: a regex over the whole page cost 3% of a crawl)."""
    lowered = text.lower()
    return sum(word in lowered for word in _JOB_PAGE_WORDS) >= 2


def _before_converted(before_text: str) -> str:
    """The text before a sum, or before the sum it converts ("5 million yen ($45,000)")."""
    converted = CONVERTED_SUM_BEFORE.search(before_text)
    return before_text[: converted.start()] if converted is not None else before_text


def _link_mention(text: str, linker: _SegmentLinker, mention: Mention, has_product: bool) -> list[Link]:
    segment, seg_text = linker.segment, linker.context(mention)
    kind = mention.kind

    if (
        kind in ("percent", "fraction", "number")
        and _names_baseline(linker.seg_text)
        and AT_BASELINE_BEFORE.search(text, max(segment.start, mention.start - 200), mention.start)
    ):
        return []  # "At baseline, hypogammaglobulinemia was reported in six patients": who they were
    if kind == "percent" and LAB_FINDING_SHARE_BEFORE.search(
        text, max(segment.start, mention.start - LAB_FINDING_REACH), mention.start
    ):
        return []  # "CAR-T cells were detectable in 50% of patients": a lab finding, no outcome
    if kind == "percent" and (
        TUMOUR_SIZE_AFTER.match(text, mention.end)
        or TUMOUR_SIZE_BEFORE.search(
            text, max(segment.start, mention.start - TUMOUR_SIZE_REACH), mention.start
        )
        or SHRINKAGE_AGAIN_BEFORE.search(
            text, max(segment.start, mention.start - SHRINKAGE_AGAIN_REACH), mention.start
        )
    ):
        return []  # "tumours shrank by at least 60%": how much, not in how many
    if kind == "number" and (
        NOT_TREATED_COUNT_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start)
        or NOT_TREATED_DEATHS_AFTER.match(text, mention.end)
    ):
        return []  # "Infusions were not given in 18 pts due to death": who dropped out, no outcome
    if kind in ("percent", "fraction") and CROSSOVER_SHARE_AFTER.match(text, mention.end):
        return []  # "confounded by 56% crossover": how many of the control arm switched, no outcome
    if kind in ("percent", "fraction") and NOT_TREATED_DEATHS_SHARE_AFTER.match(text, mention.end):
        return []  # "About 25% of patients die while waiting for a slot": dropouts, no survival
    if kind == "money":
        if (
            mention.unit == "CNY"
            and "¥" in text[mention.start : mention.end]
            and (YEN_CONTEXT.search(seg_text) or (not YUAN_CONTEXT.search(seg_text) and _yen_article(text)))
        ):
            mention = with_value(mention, unit="JPY")  # "the NHI price in Japan was ¥32.6 million"
        before_text = text[max(segment.start, mention.start - NOT_A_PRICE_REACH) : mention.start]
        after_text = text[mention.end : min(segment.end, mention.end + NOT_A_PRICE_REACH // 2)]
        if beyond_any_price(max(mention.low or 0, mention.high or 0), mention.unit):
            return []  # a market, a revenue or a deal, not what a treatment costs
        if STOCK_QUOTE_AFTER.match(text, mention.end):
            return []  # "Earnings Report $33.96 -0.99 (-2.83%)": a share's price and its move
        if PER_PACK_AFTER.match(text, mention.end):
            return []  # "tocilizumab costs about $1,200 per vial": a pack of another drug
        if PER_PERIOD_AFTER.match(text, mention.end) and RESTATED_BEFORE.search(
            text, max(segment.start, mention.start - 30), mention.start
        ):
            return []  # "…, equivalent to less than $50 a day": the price restated, not another
        lead = text[max(segment.start, mention.start - RULE_CONTEXT) : mention.end].rsplit(";", 1)[-1]
        if _CLASS_PRICE_THRESHOLD.search_window(lead):
            return []  # "drugs priced above ¥500,000 are excluded, while those over …": a rule's threshold
        if CEILING_AFTER.match(text, mention.end, min(segment.end, mention.end + CEILING_REACH)):
            return []  # "the usual £50,000 NHS ceiling", "a $50,000 per QALY threshold": a threshold
        if PREMIUM_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start):
            return []  # "the policy costs 69 yuan a year": a premium
        clause = _clause(text, segment, mention)
        if OTHER_GENE_THERAPY.search(clause):
            return []  # a gene therapy's price as a yardstick ("Zolgensma … a price tag of $2.1 million")
        if _named_price(text, segment, mention):
            return [Link(mention, "cost", "cost.money", segment)]
        if _NOT_A_PRICE.search_window(_last_clause(before_text)) or _NOT_A_PRICE.search_window(
            _first_clause(after_text)
        ):
            return []
        if FUNDING_AFTER.search(after_text):
            return []  # "a $15-million partnership", "an additional $5M to the initiative"
        if (
            PROJECTED_SERIES_AFTER.search(after_text) or PROJECTED_SERIES_BEFORE.search(before_text)
        ) and above_usd(max(mention.low or 0, mention.high or 0), mention.unit, SERIES_MIN_USD):
            return []  # "CHF 2.5 million in 2023, increasing to CHF 2.7 million by 2027": a payer's spending
        before_sum = _before_converted(
            text[max(segment.start, mention.start - GROUP_SUM_REACH) : mention.start]
        )
        if EARNED_BEFORE.search(before_sum):
            return []  # "a patient earning 5 million yen a year", "a salary of 5 million yen ($45,000)"
        if INCOME_BOUND_BEFORE.search(before_text, max(0, len(before_text) - 50)) or INCOME_BOUND_AFTER.match(
            text, mention.end
        ):
            return []  # "$0 ≤ PCHI ≤ $3,300": an income bracket of a means test, no price
        if SAVED_BEFORE.search(before_sum) or LOSS_OR_DIFFERENCE_AFTER.match(text, mention.end):
            return []  # "it saved us over $8,000", "hospitals lose up to $300,000": no price
        if AGGREGATE_AFTER.match(text, mention.end) or FUNDING_ANNOUNCED_BEFORE.search(
            text, max(segment.start, mention.start - 80), mention.start
        ):
            return []  # "about $2.4M for 29 courses", "announced $5M to plan a facility": spending
        if GRANT_AMOUNT_BEFORE.search(text, max(0, mention.start - 30), mention.start) and GRANT_NAMED.search(
            text, max(0, mention.start - GRANT_NAMED_REACH), mention.start
        ):
            return []  # "Grant Number: 03194 … Amount: $4,000": a grant's sum, no price
        if CHANGED_BY_BEFORE.search(before_sum):
            return []  # "an increase of $7,025 from FY 2021": what a payment changed by
        if SPENDING_THRESHOLD_BEFORE.search(before_sum):
            return []  # "patients whose monthly bills exceeded 10 million yen": a group, not a price
        if NET_BENEFIT_BEFORE.search(before_text, max(0, len(before_text) - 40)):
            return []  # "the iNMB was −$107,642": a model's net benefit, not a price
        if WTP_BEFORE.search(before_text, max(0, len(before_text) - 60)) or (
            THRESHOLD_BEFORE.search(before_text, max(0, len(before_text) - 30))
            and PER_QALY_AFTER.match(after_text)
        ):
            return []  # "cost-effective at a WTP of $150 000 per QALY": a payer's threshold
        if _PAYWALL_NEAR.search_window(
            text, max(0, mention.start - PAYWALL_REACH), mention.end + PAYWALL_REACH
        ):
            return []  # "Buy this article / USD 39.95": what reading the paper costs
        if _about_finances(clause):
            return []
        if _job_page(text) and _PRICE_WORD.search(clause) is None:
            return []  # "💰 $80,000 - $140,000" atop a job posting: its pay
        return [Link(mention, "cost", "cost.money", segment)]

    if kind in ("date", "year"):
        return _link_date(text, linker, mention, has_product)

    if (
        kind == "duration"
        and mention.bound in ("ge", "gt")
        and DURATION_REACHED_BEFORE.search(text, max(segment.start, mention.start - 80), mention.start)
    ):
        return []  # "33% achieved PFS of five years or more": what the share counts, not a median
    if kind == "number" and NOT_A_COUNT.search(text[max(0, mention.start - 20) : mention.start]):
        return []
    if (
        kind == "number"
        and HISTORY_EVENTS_AFTER.match(text, mention.end)
        and HISTORY_EVENTS_BEFORE.search(text, max(segment.start, mention.start - 60), mention.start)
    ):
        return []  # "after two relapses": one patient's history
    if kind == "number" and (priced := _priced_by_heading(text, segment, mention)) is not None:
        return [Link(priced, "cost", "cost.heading", segment)]
    if kind == "number" and AGE_AFTER.match(text, mention.end):
        return []  # "a 4-year-old patient": an age
    if kind == "duration" and (
        AGE_AFTER_DURATION.match(text, mention.end)
        or AGE_BEFORE_DURATION.search(
            text, max(segment.start, mention.start - 40), _after_comparison(text, mention)
        )
    ):
        return []  # "patients ≥65 years old", "patients younger than 25 years": an age
    if kind == "percent" and (
        BLAST_SHARE_AFTER.match(text, mention.end)
        or BLAST_SHARE_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start)
    ):
        return []  # "relapsed with 80% of malignant blast cells in the bone marrow": a lab measure
    if kind == "percent" and GRADE_SPREAD_BEFORE.search(
        text, max(segment.start, mention.start - 40), mention.start
    ):
        return []  # "which were predominantly grade ≤2 (77.2%)": how the events spread over grades
    if kind == "percent" and _stock_move(text, segment, mention):
        return []  # "causing shares in the company to fall 13%": a stock's move
    if kind == "percent" and (
        (
            mention.bound in ("gt", "ge")
            and AE_LISTING_THRESHOLD_BEFORE.search(
                text, max(segment.start, mention.start - 60), mention.start
            )
        )
        or _AE_LISTING_THRESHOLD_AFTER.match_window(text, mention.end, min(segment.end, mention.end + 90))
        or (
            mention.bound in ("gt", "ge")
            and AE_SET_THRESHOLD_BEFORE.search(text, max(segment.start, mention.start - 60), mention.start)
            and AE_SET_THRESHOLD_AFTER.match(text, mention.end)
        )
    ):
        return []  # "the most common adverse reactions (> 20%) were …": which ones are listed
    if kind in ("percent", "fraction") and _BASELINE_IN_BEFORE.search_window(
        text, max(segment.start, mention.start - 60), mention.start
    ):
        return []  # "…, with prior transplant in a third of patients": who the cohort were
    if kind in ("percent", "fraction") and (
        BASELINE_SHARE_AFTER.match(text, mention.end) or BASELINE_LABEL_AFTER.match(text, mention.end)
    ):
        return []  # "…, and 60% of patients were male", "(45% primary refractory)": who the patients are
    if (
        kind == "percent"
        and TREATED_SHARE_BEFORE.search(text, max(segment.start, mention.start - 70), mention.start)
        # (not "were treated with CAR-T (90% success)": the bracket names its own endpoint)
        and not (
            (after := linker.cue_after(mention)) is not None and ")" not in text[mention.end : after.start]
        )
    ):
        return []  # "… and were treated with axi-cel (69%)": how much of the cohort had it
    if kind == "number" and COHORT_SIZE_BEFORE.search(text[max(0, mention.start - 6) : mention.start]):
        if NUMERATOR_N_BEFORE.search(text[max(0, mention.start - 16) : mention.start]):
            return []  # "CRS occurred in 90% (n = 18)": the claim's numerator, not a cohort
        if NON_PEOPLE_N_BEFORE.search(text, max(segment.start, mention.start - 60), mention.start):
            return []  # "63% of reports (n = 112)": documents counted, not patients
        if DOCUMENTS_COUNTED.search(text, segment.start, segment.end) and not PEOPLE_NAMED.search(
            text, segment.start, segment.end
        ):
            return []  # "Positive decisions were given by HAS (n=3)": decisions counted
        if RESPONDERS_N_BEFORE.search(
            text[max(segment.start, mention.start - 120) : mention.start]
        ) or RESPONDERS_N_AFTER.match(text, mention.end):
            return []  # "100% of patients who achieved a CR (n = 89)", "(n=60 patients with CR)"
        if _restates_count(text, linker, mention):
            return []  # "59 patients (n=59)": the cohort is claimed once
        if BASELINE_TRAIT_BEFORE_N.search(text, max(segment.start, mention.start - 30), mention.start):
            return []  # "Most patients were males (n=12, 67%)": how many had a trait
        if NOT_TREATED_REASONS.search(
            text, max(segment.start, mention.start - NOT_TREATED_REACH), mention.start
        ):
            return []  # "reasons for not administering CAR-T were progression (N = 27)": who dropped out
        if (named := _outcome_named_before_n(text, linker, mention)) is not None:
            had_it = _count_or_share(text, linker, mention, named, mention.end)
            return [had_it] if had_it is not None else []
        return [Link(mention, "patient_count", "patient_count.n_equals", segment)]
    if kind == "number" and SUBGROUP_BEFORE.search(
        text[max(segment.start, mention.start - 80) : mention.start]
    ):
        # "62 patients (including 46 with ALL and 16 with LBL)": the sizes of its subgroups
        return [Link(mention, "patient_count", "patient_count.subgroup", segment)]
    if (
        kind == "number"
        and mention.bound == "eq"
        and ARM_SPLIT_BRACKET_BEFORE.search(text, max(segment.start, mention.start - 120), mention.start)
        and ARM_SPLIT_BRACKET_AFTER.match(text, mention.end)
        and _splits_into_arms(text, segment, mention)
    ):
        # "852 patients (208 CAR T; 595 auto-SCT; 49 allo-SCT)": the sizes of its arms
        return [Link(mention, "patient_count", "patient_count.arm_in_bracket", segment)]

    if kind == "number" and (cases := _cases_of(text, linker, mention)) is not None:
        return [cases]
    if kind == "number" and (responses := _response_events(text, linker, mention)) is not None:
        return [responses]
    if (
        kind == "fraction"
        and mention.numerator is not None
        and mention.denominator is None
        and PATIENTS_NOUN.search(text, mention.start, mention.end)
        and ELLIPTICAL_COHORT_AFTER.match(text, mention.end)
    ):
        # "Forty-one elderly patients (87%) received CAR-T cell infusion": a cohort stated with its
        # share of those who set out (CLAIMS.md 3: a count metric keeps the count)
        cohort = Link(mention, "patient_count", "patient_count.stated_with_share", segment)
        cohort.count_value = mention.numerator
        return [cohort]
    if kind in ("number", "fraction", "percent"):
        noun = _count_noun(text, mention, seg_text)
        if (
            noun
            and kind == "fraction"
            and mention.denominator is None
            and noun[0] == "patient_count"
            and (stated := _occurred_in(text, linker, mention, noun[2])) is not None
        ):
            return [stated]  # "CRS occurred in 45 (94%) patients": a share stated with its count
        if kind in ("number", "fraction") and (
            noun is None or (noun[0] == "patient_count" and not _sizes_a_study(text, mention, noun[2]))
        ):
            outcome = _outcome_count(text, linker, mention, noun[2] if noun else mention.end)
            if outcome is not None:
                return outcome
        if kind == "fraction" and mention.denominator and noun and noun[0] == "patient_count":
            # "CRS occurred in 12 of 20 patients", "CR was achieved in 38 of 59 (64.4%) patients":
            # a share of the patients, of the metric named before it (CLAIMS.md 3)
            cue = linker.cue_before(mention)
            if cue is not None and cue.cue.metric not in COUNT_METRICS:
                return [_make(text, linker, mention, cue, "fraction")]
        if noun and noun[0] == "patient_count" and (occurred := _occurred_in(text, linker, mention, noun[2])):
            return [occurred]
        if noun and noun[0] == "patient_count" and (in_all := _in_all(text, linker, mention, noun[2])):
            return [in_all]
        if (
            noun
            and noun[0] == "patient_count"
            and kind in ("number", "fraction")
            and OCCURRED_IN_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start)
        ):
            return []  # "partial responses were seen in 8 patients": an outcome no metric counts
        if noun and noun[0] == "patient_count" and _NO_METRIC_RESPONSE_AFTER.match(text, noun[2]):
            return []  # "Best response: 6/15 patients with SD": so many had a response no metric counts
        if (
            noun
            and noun[0] == "patient_count"
            and LAB_FINDING_IN_BEFORE.search(
                text, max(segment.start, mention.start - LAB_FINDING_REACH), mention.start
            )
        ):
            return []  # "CAR T cells were detectable in 26 of 27 patients": a lab finding's patients
        if (
            noun
            and noun[0] == "patient_count"
            and FORECAST_BEFORE.search(text, max(segment.start, mention.start - 80), mention.start)
        ):
            return []  # "NICE projecting benefits for more than 150 patients": a forecast
        if (
            noun
            and noun[0] == "patient_count"
            and RECRUITING_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start)
        ):
            return []  # "We are looking for 30 participants": whom a trial still seeks
        if (
            noun
            and noun[0] == "patient_count"
            and CONDITION_BEFORE.search(text, max(segment.start, mention.start - 80), mention.start)
        ):
            return []  # "When 1 DLT occurs in 3 subjects in a dose group, …": a protocol's rule
        if noun and noun[0] == "patient_count" and _MINIMUM_OF.match(text, mention.start):
            return []  # "centres authorized with a minimum of 20 patients treated": a requirement
        if (
            noun
            and noun[0] in ("patient_count", "trial_count")
            and mention.bound in ("lt", "le", "gt", "ge")
            and STUDY_SIZE_CRITERION_BEFORE.search(
                text, max(segment.start, mention.start - 60), mention.start
            )
        ):
            # "we excluded studies involving fewer than 10 participants": a review's criterion (not
            # "16 studies with 195 patients", the patients they hold)
            return []
        if (
            noun
            and noun[0] == "trial_count"
            and (mention.low or 0) >= MAX_CAR_T_TRIALS
            and not CELL_THERAPY_WORD.search(text, mention.end, noun[2])
        ):
            return []  # "The register currently displays 44334 clinical trials": a register's size
        if noun and noun[0] == "patient_count" and not _is_cohort(text, segment, mention, noun[2]):
            observed = _observed_count(text, linker, mention, noun[2])
            return [observed] if observed else []
        if noun:
            metric, noun_id, noun_end = noun
            link = Link(mention, metric, f"{metric}.noun_{noun_id}", segment)
            link.extra["span_end"] = noun_end
            if kind == "fraction" and metric in COUNT_METRICS:
                link.count_value = mention.numerator
            return [link]

    if kind == "number" and (earlier := _earlier_count(text, linker, mention)) is not None:
        return [earlier]
    if kind == "number" and (counted := _number_of(text, segment, mention, seg_text)) is not None:
        return [Link(mention, counted, f"{counted}.number_of", segment)]
    if (
        kind == "number"
        and (mention.low or 0) >= 2  # "one randomized, open-label study": a study, no cohort of one
        and (
            ELLIPTICAL_COHORT_AFTER.match(text, mention.end)
            or (
                PARALLEL_COHORT_AFTER.match(text, mention.end)
                and PARALLEL_COHORT_BEFORE.search(
                    text, max(segment.start, mention.start - PARALLEL_COHORT_REACH), mention.start
                )
            )
        )
        and PATIENTS_NOUN.search(text, segment.start, mention.start)
        and not AGE_BEFORE.search(text, max(segment.start, mention.start - 24), mention.start)
        # "52 patients over 65 were treated": an age after people, not a second count
        and not AGE_BEFORE_DURATION.search(
            text, max(segment.start, mention.start - 40), _after_comparison(text, mention)
        )
        and _count_noun(text, mention, seg_text) is None
    ):
        return [Link(mention, "patient_count", "patient_count.elliptical", segment)]
    if kind == "number" and (mention.low or 0) >= 2 and _record_size_field(text, mention):
        return [Link(mention, "patient_count", "patient_count.record_field", segment)]
    if (
        kind == "number"
        and (mention.low or 0) >= 2
        and not 1900 <= (mention.low or 0) <= 2099  # "the cohort of 2019": a year's intake
        and SIZE_OF_COHORT_BEFORE.search(text, max(segment.start, mention.start - 60), mention.start)
        and SIZE_OF_COHORT_AFTER.match(text, mention.end)
    ):
        return [Link(mention, "patient_count", "patient_count.cohort_size", segment)]
    if (
        kind == "number"
        and (mention.low or 0) >= 2
        and mention.bound == "eq"
        and ARM_SPLIT_BEFORE.search(text, max(segment.start, mention.start - 8), mention.start)
        and ARM_SPLIT_AFTER.match(text, mention.end)
        and ARMS_MADE.search(text, segment.start, segment.end)
        and PATIENTS_NOUN.search(text, segment.start, mention.start)
    ):
        return [Link(mention, "patient_count", "patient_count.arm_size", segment)]
    elided = _elided_count(text, linker, mention) if kind == "number" else None
    if elided is not None:
        return [elided]
    if (
        kind == "number"
        and (mention.low or 0) >= 2
        and (answered := _answered_count(text, segment, mention)) is not None
        and _count_noun(text, mention, seg_text) is None
    ):
        return [Link(mention, answered, f"{answered}.answer", segment)]  # "How many …? More than 5,000."
    if kind == "number" and ELIDED_WITH_BEFORE.search(
        text, max(segment.start, mention.start - 12), mention.start
    ):
        for metric, rule, said_after, noun_before in ELIDED_COUNTS:
            if said_after.match(text, mention.end) and noun_before.search(text, segment.start, mention.start):
                return [Link(mention, metric, rule, segment)]  # "…, with six now approved in the US"

    if kind in ("percent", "fraction") and (subgroup := _including_subgroup(text, linker, mention)):
        return [subgroup]
    if kind == "percent" and (graded := _share_of_events_by_grade(text, linker, mention)) is not None:
        return [graded]
    after = linker.cue_after(mention)
    if after is not None and linker.is_qualifier(after, after_number=True):
        # "MRD negativity was achieved in 75% of patients who had a complete response": the
        # cue after names the patients counted; the one before names the rate (unless it
        # has a figure of its own: "a 73% response rate, with 33% of patients in CR")
        before = linker.cue_before(mention)
        if (
            before is not None
            and not linker.is_qualifier(before)
            and not linker.figure_between(before, mention)
            and not linker.names_figure_before(before)
        ):
            after = None
        else:
            # "30 to 50 percent of those who have relapses survive for five years": the verb
            # right after the relative clause is what the share did
            after = linker.verb_after_qualifier(after, mention) or after
    if after is None and linker.blocked_after(mention):
        return []
    chosen, how = (after, "after") if after else (linker.cue_before(mention), "before")
    if how == "before" and chosen is not None and kind == "percent":
        item = _listed_item(text, linker, mention, chosen)
        if item is not None:
            return item
    if (
        how == "before"
        and chosen is not None
        and kind in ("percent", "fraction")
        and _OF_THOSE_AFTER.match(text, mention.end)
        and (linker.figure_between(chosen, mention) or linker.share_took_cue(chosen, mention))
    ):
        # "77% entered remission, with over half of those later showing no detectable disease":
        # a share of the earlier figure's patients, whose outcome no cue after it names
        return []
    if kind == "duration" and how == "before" and chosen is not None and linker.share_took(chosen, mention):
        return []  # "20% survived beyond two years": the share's time point, not a median
    if (
        kind == "duration"
        and how == "before"
        and chosen is not None
        and mention.bound in ("gt", "ge")
        and linker.share_just_before(chosen, mention)
    ):
        # "5 of 7 patients remained progression-free >12 months", "Five patients remained in
        # remission beyond 24 months": how long the share's patients did, no median
        return []
    if (
        chosen is not None
        and chosen.cue.metric == "cost_reduction"
        and _COMPANY_FINANCES.search_window(seg_text)
    ):
        return []  # "sales expenses … a decrease of 40.7% YOY": company finances, not a saving
    if (
        chosen is not None
        and chosen.cue.metric == "cost_reduction"
        and _DISCOUNTING.search_window(
            text, max(segment.start, mention.start - DISCOUNTING_REACH), min(segment.end, mention.end + 40)
        )
    ):
        return []  # "costs were discounted at 3.5% a year": how a model weighs the future
    if (
        chosen is not None
        and chosen.cue.metric != "cost_reduction"
        and kind in ("percent", "fraction", "duration")
        and _RELATIVE_CHANGE_BEFORE.search_window(text, max(segment.start, mention.start - 80), mention.start)
    ):
        return []  # "reduced the risk of relapse by 45%": a relative change, not a relapse rate
    if (
        chosen is not None
        and chosen.cue.metric != "cost_reduction"
        and kind in ("percent", "fraction")
        and RELATIVE_CHANGE_AFTER.match(text, mention.end)
    ):
        return []  # "a 74% (HR 0.26) reduction in the risk of progression or death"
    if (
        chosen is not None
        and chosen.cue.metric != "cost_reduction"  # "prices 30% lower than in the US"
        and kind in DIFFERENCE_AFTER
        and DIFFERENCE_AFTER[kind].match(text, mention.end)
    ):
        return []  # "a 33% higher objective response rate": a difference between arms
    if (
        chosen is not None
        and chosen.cue.metric != "cost_reduction"  # "aiming to reduce patient costs by up to 50%"
        and kind in ("percent", "fraction", "duration")
        and _ASPIRATION_BEFORE.search_window(text, max(segment.start, mention.start - 80), mention.start)
    ):
        return []  # "researchers hope to reach a cure rate of 90%": an aim, not a result
    if (
        chosen is not None
        and chosen.cue.metric not in _NOT_MODELLED
        and kind in ("percent", "fraction", "duration")
        and MODELLED_BEFORE.search(text, max(segment.start, mention.start - 120), mention.start)
    ):
        return []  # "in the modelled analysis, 5-year survival was 45%": a model's figure
    if chosen is not None:
        # "PFS/OS 19.7 months" names two metrics; but a figure of a list that did not pair up with
        # its endpoints ("CR and ORR were 40%, 60% and 80%") is no figure of both
        partners = [] if _in_figure_list(text, linker, mention) else linker.partners(chosen, kind)
        if len(partners) == 1 and kind == "duration":
            # "median PFS and OS were 34.9 months and not reached": the figure is the first
            # endpoint's, the other one's median was not reached ("not reached and 34.9 months":
            # the second's)
            first, second = sorted((chosen, partners[0]), key=lambda c: c.start)
            if _NOT_REACHED_NEXT.match(text, mention.end):
                return [_make(text, linker, mention, first, how)]
            if _NOT_REACHED_BEFORE.search(text, max(segment.start, mention.start - 40), mention.start):
                return [_make(text, linker, mention, second, how)]
        return [_make(text, linker, mention, cue, how) for cue in [chosen, *partners]]
    if kind in ("percent", "fraction") and _PUT_THAT_AT.fullmatch(text, segment.start, mention.start):
        # "84 percent of patients had severe adverse reactions. More recent data put that at 73
        # percent.": the same share, updated, of the one endpoint the sentence before named
        pointed = _earlier_endpoint(linker, kind)
        if pointed is not None:
            return [_make(text, linker, mention, pointed, "restated")]
    if kind in ("percent", "fraction") and _THIS_REPORTED_IN.fullmatch(text, segment.start, mention.start):
        # "Toxicity to the nervous system, including confusion. This has been reported in 40
        # percent of patients.": the one event the sentence before named (not one whose own
        # figure followed it)
        pointed = _earlier_endpoint(linker, kind)
        if pointed is not None and not any(ch.isdigit() for ch in text[pointed.end : segment.start]):
            return [_make(text, linker, mention, pointed, "anaphora")]

    return _link_by_label(text, linker, mention)


_NOT_REACHED_NEXT = fastre.compile(r"\s*,?\s*and\s+(?:(?:was|were)\s+)?(?:not\s+(?:yet\s+)?reached\b|NR\b)")
_NOT_REACHED_BEFORE = fastre.compile(r"\b(?:not\s+(?:yet\s+)?reached|NR)\s*,?\s*and\s+$")


def _earlier_endpoint(linker: _SegmentLinker, kind: str) -> CueMatch | None:
    """The one endpoint the sentence before named, for a sentence that points back to it; a
    catch-all "side effect" yields to the event it describes. None when it named none, or two."""
    cues = [c for c in linker.earlier_cues if c.cue.metric is not None and c.cue.accepts(kind)]
    cues = [c for c in cues if not c.cue.generic] or cues
    return cues[-1] if cues and len({c.cue.metric for c in cues}) == 1 else None


# A sentence that updates the figure before: "More recent data put that at 73 percent", "Later
# studies placed the figure at 60%"
_PUT_THAT_AT = fastre.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:put|puts|place|places|placed|peg|pegs|pegged)\s+(?:that|this|it"
    r"|the\s+(?:figure|rate|number|share|proportion))\s+(?:closer\s+to|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|just\s+)?",
    re.IGNORECASE,
)
# A sentence that opens by pointing back and tells only where the thing was seen: "This has been
# reported in 40 percent of patients", "It occurs in about 30% of people"
_THIS_REPORTED_IN = fastre.compile(
    r"\s*(?:This|It|That)\s+(?:(?:has|have)\s+been|was|is|were|are)?\s*(?:reported|seen|observed|noted"
    r"|documented|found)?\s*(?:occurs?|occurred|happens?|happened)?\s+in\s+"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|up\s+to\s+|over\s+|more\s+than\s+)?",
    re.IGNORECASE,
)


# "90% (children) and 70%", "85%, 80% and": figures joined in a list before one verb and cue
_COORDINATED_GAP = fastre.compile(
    r"\s*(?:\([^()\d]{1,40}\)\s*)?"
    # "80% of those with leukemia and 50% of those with lymphoma saw …": each share's population
    rf"(?:\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?{_POPULATION}(?:\s+{_WITH_DISEASE}(?:\s+[\w-]+){{1,4}}?)?)?"
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)
# What joins two figures compared subgroup by subgroup ("60% for patients in CR and 13% for
# those who were not", "71% among responders, compared with 12% …", "80% … versus 35% …")
_PARALLEL_JOIN = fastre.compile(
    r"\b(?:and|versus|vs\.?|compared\s+(?:with|to)|against|while|whereas|but)\b", re.IGNORECASE
)


# "from the perspective of R&D costs, the price of 1.2 million is …": the figure a price word
# introduces is a price, though the sentence is about company finances too
PRICE_RIGHT_BEFORE = fastre.compile(
    r"\b(?:the|its|a|list|retail|launch|official)\s+price\s+(?:of|is|was|at|tag\s+of)\s+"
    r"(?:about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+|just\s+|only\s+|over\s+)?$"
    r"|\bpriced\s+at\s+(?:about\s+|around\s+|approximately\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)


def _named_price(text: str, segment: Segment, mention: Mention) -> bool:
    """Whether a price word introduces the figure, in a phrase whose own subject is no premium,
    revenue or fund ("the premium is priced at RMB 129" is no treatment price)."""
    named = PRICE_RIGHT_BEFORE.search(text, max(segment.start, mention.start - 30), mention.start)
    if named is None:
        return False
    head = text[max(segment.start, named.start() - 80) : named.start()]
    head = re.split(r"[,;:]", head)[-1]
    return not _about_finances(head) and not _NOT_A_PRICE.search_window(head)


_FINANCES = fastre.WordFiltered(NOT_A_PRICE_SENTENCE)


def _about_finances(piece: str) -> bool:
    """Whether `piece` speaks of company finances, funds or premiums (NOT_A_PRICE_SENTENCE). The
    pattern's required words are looked for first: the pattern itself tries some thirty
    alternatives at every word (20 us a clause), and most clauses hold none of them."""
    return _FINANCES.search(piece, fastre.fold(piece)) is not None


_RESTATED_N = fastre.compile(r"\s*[(\[]\s*[nN]\s*=\s*$")


_SHARE_IN = fastre.compile(r"\w\s+in\s+\w", re.IGNORECASE)
_GLOSS_OPEN = fastre.compile(r"\s*[(\[]\s*(?:about\s+|approximately\s+|~\s*|nearly\s+|over\s+)?$", re.I)


# "(range, 12.9–28.8)", "(range 3-40 months)", "(IQR: 3.2-15.0)": how the figure before it spreads
_SPREAD_OPEN = fastre.compile(
    r"\s*[(\[]\s*(?:full\s+)?(?:range|IQR|interquartile\s+range)\s*[,:;=]?\s*(?:from\s+)?", re.I
)


def _spread_of_figure_before(text: str, linker: _SegmentLinker, mention: Mention) -> bool:
    """Whether the figure is the range or interquartile range given in brackets right after
    another figure (a median's spread across patients, which restates no outcome)."""
    i = bisect.bisect_left(linker.mention_starts, mention.start) - 1
    return i >= 0 and _SPREAD_OPEN.fullmatch(text, linker.mentions[i].end, mention.start) is not None


def _restates_duration(text: str, linker: _SegmentLinker, mention: Mention) -> bool:
    """Whether a duration in brackets restates the duration right before it in another unit."""
    i = bisect.bisect_left(linker.mention_starts, mention.start) - 1
    if i < 0:
        return False
    before = linker.mentions[i]
    return (
        before.kind == "duration"
        and before.unit != mention.unit
        and _GLOSS_OPEN.fullmatch(text, before.end, mention.start) is not None
    )


def _restates_count(text: str, linker: _SegmentLinker, mention: Mention) -> bool:
    """Whether an "(n = N)" repeats the patient count right before it ("59 patients (n=59)")."""
    i = bisect.bisect_left(linker.mention_starts, mention.start) - 1
    if i < 0:
        return False
    before = linker.mentions[i]
    noun = _count_noun(text, before, linker.context(before))
    end = noun[2] if noun and noun[0] == "patient_count" else None
    return (
        end is not None
        and before.low == mention.low
        and _RESTATED_N.fullmatch(text, end, mention.start) is not None
    )


def _last_clause(piece: str) -> str:
    breaks = list(CLAUSE_BREAK.finditer(piece))
    return piece[breaks[-1].end() :] if breaks else piece


def _first_clause(piece: str) -> str:
    found = CLAUSE_BREAK.search(piece)
    return piece[: found.start()] if found else piece


def _clause(text: str, segment: Segment, mention: Mention) -> str:
    """The clause of the segment that holds the mention ("…, while Kymriah lists at $475,000")."""
    start = max(segment.start, mention.start - RULE_CONTEXT)
    end = min(segment.end, mention.end + RULE_CONTEXT)
    return (
        _last_clause(text[start : mention.start])
        + text[mention.start : mention.end]
        + _first_clause(text[mention.end : end])
    )


def _sizes_a_study(text: str, mention: Mention, noun_end: int) -> bool:
    """ "The 25-patient study showed …": a count joined to its people by a hyphen, before the study
    it sizes, is that study's cohort (not the patients with the outcome the sentence goes on to)."""
    return text.startswith("-", mention.end) and SIZED_STUDY_AFTER.match(text, noun_end) is not None


# "73% of the first 64 patients", "Sixty percent of the 120 patients were men", "Nearly half (44%)
# of 1,916 recipients were aged 65 or older": the count a share is taken of is the cohort (neither
# those with the outcome nor a trait's count), whatever the share says of it
_SHARE_OF_BEFORE = fastre.compile(
    r"(?:%|\bpercent|\bper\s?cent|\b(?:half|third|quarter|majority|most|two-thirds|three-quarters))"
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:of|out\s+of)\s+(?:the\s+|all\s+|these\s+)?(?:first\s+|initial\s+)?$",
    re.IGNORECASE,
)


# a relative clause the count stands in: ", which has already treated"
_IN_RELATIVE_CLAUSE = fastre.compile(r",\s*(?:which|who)\s[^,;.()]*$", re.IGNORECASE)


def _is_cohort(text: str, segment: Segment, mention: Mention, noun_end: int) -> bool:
    """Whether "N patients" is the size of a cohort, arm or subgroup (treated, enrolled, evaluable,
    "among N patients"), not an anecdote, a baseline characteristic or a plan (CLAIMS.md 3)."""
    if mention.kind == "fraction" and mention.denominator is None:
        # "25 (24.8%) patients were ≥65 years": a share of the cohort, told as a count; but "88 (85%)
        # patients in the satri-cel group … received study drug" is the arm that was treated
        return bool(COHORT_AFTER.match(text[noun_end : min(segment.end, noun_end + 60)]))
    if mention.low is not None and mention.low < 2 and mention.kind == "number":
        return False  # "one patient who …": an anecdote
    before = text[max(segment.start, mention.start - 60) : mention.start]
    after = text[noun_end : min(segment.end, noun_end + 60)]
    if mention.kind == "number" and _SHARE_OF_BEFORE.search(before):
        return not COHORT_BEFORE_NOT.search(before) and not EPIDEMIOLOGY_SENTENCE.search(
            text,
            max(segment.start, mention.start - EPIDEMIOLOGY_REACH),
            min(segment.end, noun_end + EPIDEMIOLOGY_REACH),
        )
    after_end = min(segment.end, noun_end + 160)
    if _IN_RELATIVE_CLAUSE.search(before):
        # "Carvykti, which has already treated more than 2,000 patients, is expected to …": the
        # main clause after the relative one says nothing of the count
        comma = text.find(",", noun_end, after_end)
        after_end = after_end if comma == -1 else comma
    if _COHORT_AFTER_NOT.match_window(text[noun_end:after_end]) or COHORT_BEFORE_NOT.search(before):
        return False
    if _restated_cohort(text, mention, before):
        return False
    if EPIDEMIOLOGY_SENTENCE.search(
        text,
        max(segment.start, mention.start - EPIDEMIOLOGY_REACH),
        min(segment.end, noun_end + EPIDEMIOLOGY_REACH),
    ):
        return False  # "Nearly 3,100 patients under 21 will be diagnosed with ALL this year": a toll
    return bool(
        COHORT_BEFORE.search(before)
        or COHORT_AFTER.match(after)
        or segment.start >= mention.start - 2
        or COHORT_ADJECTIVE.search(text, mention.end, noun_end)  # "11 evaluable patients"
        or _sizes_a_study(text, mention, noun_end)
        or _listed_after_cohort(text, segment, mention)
        or _arm_named_before(text, segment, mention, before)
        or (
            before.endswith("(")  # "… to axi-cel (180 patients) or SOC (179 patients)"
            and ARM_SIZE_BEFORE.search(
                text[max(segment.start, mention.start - ARM_SIZE_REACH) : mention.start]
            )
            is not None
        )
    )


def _arm_named_before(text: str, segment: Segment, mention: Mention, before: str) -> bool:
    """Whether "N patients" is an arm's size, its arm named right before it in a list of arms
    ("(satri-cel 88 patients vs TPC 48 patients)") of a sentence that compares or assigns arms."""
    return ARM_NAMED_BEFORE.search(before) is not None and (
        ARMS_MADE.search(text, segment.start, segment.end) is not None
        or _ARM_NAME.search(text, segment.start, segment.end) is not None
    )


# "Unit costs (mean values) in €" over " Tisagenlecleucel 345,485 [ref]": a heading that prices
# the short lines under it, each a name and its first figure
_COST_HEADING = fastre.compile(r"\b(?:costs?|prices?|fees?|charges?|tariffs?)\b", re.IGNORECASE)
_NAME_THEN_FIGURE = fastre.compile(r"\s*[A-Za-z][A-Za-z ,()/'’-]{1,60}?\s+$")
PRICED_LINE_CHARS = 100
PRICED_ITEMS_ABOVE = 12  # lines of the same list between an item and its heading
_PRICED_ITEM = fastre.compile(r"\s*[A-Za-z][A-Za-z ,()/'’-]{1,60}?\s+\d[\d,.]*\b.*")


def _priced_by_heading(text: str, segment: Segment, mention: Mention) -> Mention | None:
    """A bare number on a short "name figure" line under a heading line that names a cost and
    its currency (the lines between being items of the same list), read as that money; None
    otherwise."""
    if segment.table is not None or mention.low is None or mention.low < 100:
        return None
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    if (line_end if line_end >= 0 else len(text)) - line_start > PRICED_LINE_CHARS:
        return None
    if not _NAME_THEN_FIGURE.fullmatch(text, line_start, mention.start):
        return None
    end = line_start - 1
    for _ in range(PRICED_ITEMS_ABOVE):  # up past the list's earlier items to its heading
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if not _PRICED_ITEM.fullmatch(text, start, end):
            heading = text[start:end]
            if len(heading) > PRICED_LINE_CHARS or not _COST_HEADING.search(heading):
                return None
            unit = label_unit(heading)
            if unit is None or unit[0] != "money":
                return None
            return with_label_unit(text, mention, heading, line_end if line_end >= 0 else len(text))
        end = start - 1
    return None


def _listed_after_cohort(text: str, segment: Segment, mention: Mention) -> bool:
    """ "treated 186 leukemia patients, 191 myeloma patients and 125 lymphoma patients": a later
    member of a list of counts whose first member is a cohort by the words before it."""
    start = max(segment.start, mention.start - COUNT_LIST_REACH)
    run = COUNT_LIST_RUN.search(text, start, mention.start)
    if run is None:
        return False
    return COHORT_BEFORE.search(text, max(segment.start, run.start() - 60), run.start()) is not None


def _restated_cohort(text: str, mention: Mention, before: str) -> bool:
    """ "Among the 47 patients, …" after "47 patients were treated": the cohort said again, as
    "the", not a second claim."""
    if (
        mention.low is None
        or text[mention.end : mention.end + 1] == "-"
        or not DEFINITE_COHORT_BEFORE.search(before)
    ):
        return False  # "in the 39-patient cohort study" names the study, and is its claim
    number = text[mention.start : mention.end]
    earlier = text[max(0, mention.start - RESTATED_COHORT_REACH) : mention.start - len(before)]
    return (
        re.search(rf"(?<![\w.,]){re.escape(number)}\s+(?:[\w-]+\s+){{0,4}}?{PEOPLE_WORDS}", earlier)
        is not None
    )


# "92% of CRS was of grade 1/2", "85% of the ICANS events were low grade": the share of the events
# that were of a grade, claimed as a rate of that event at that grade (a share "of" something is
# otherwise no rate of it: "92% of CRS events resolved")
_EVENTS_BY_GRADE_GAP = fastre.compile(r"\s+of\s+(?:the\s+|all\s+)?", re.IGNORECASE)
_EVENTS_BY_GRADE_AFTER = fastre.compile(
    r"(?:\s*\([A-Za-z]{2,6}\))?(?:\s+(?:events?|cases?|episodes?|reactions?))?\s+(?:was|were)\s+"
    r"(?:of\s+)?(?:grade|low[- ]grade|high[- ]grade|mild|moderate|severe)\b",
    re.IGNORECASE,
)
_GRADED_EVENT_METRICS = frozenset({"crs", "neurotoxicity"})


def _share_of_events_by_grade(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    first = bisect.bisect_left(linker.cue_starts, mention.end)
    for cue in linker.cues[first : first + 1]:
        if (
            cue.cue.metric in _GRADED_EVENT_METRICS
            and _EVENTS_BY_GRADE_GAP.fullmatch(text, mention.end, cue.start)
            and (said := _EVENTS_BY_GRADE_AFTER.match(text, cue.end)) is not None
        ):
            link = _make(text, linker, mention, cue, "after")
            grade = _GRADE.match(text, said.end() - len("grade"), min(linker.segment.end, said.end() + 20))
            if grade is not None:  # "… were grade 1 or 2": the grade the share is of
                link.grade = _grade_value(grade)
            return link
    return None


# "… were cytokine release syndrome (79%), pyrexia (40%)", "manifestations of CRS include fever
# (78%), hypotension (41%)": in a list of named figures each is its own name's, not the last cue's.
# A later item follows the bracketed figure of the one before; the first, the words that open the
# list right after the cue.
_LATER_ITEM_BEFORE = fastre.compile(
    r"%\s*\)\s*(?:,\s*(?:and\s+|or\s+)?|;\s*|\s+(?:and|or)\s+)(?P<name>(?:[A-Za-z][\w/-]*\s+){0,3}?[A-Za-z][\w/-]*)"
    r"\s*\(\s*$"
)
_FIRST_ITEM_BEFORE = fastre.compile(
    r"\s*(?:events?\s+|cases?\s+)?(?:include[sd]?|including|were|are|such\s+as)\s*:?\s*"
    r"(?P<name>(?:[A-Za-z][\w/-]*\s+){0,3}?[A-Za-z][\w/-]*)\s*\(\s*",
    re.IGNORECASE,
)
# ...and such a list of adverse reactions names an adverse event by each name
_ADVERSE_LIST_BEFORE = fastre.compile(
    r"\b(?:adverse\s+(?:drug\s+)?(?:reactions?|events?)|AEs?|TEAEs?|side[- ]effects|toxicit(?:y|ies)"
    r"|manifestations|symptoms|complications)\b",
    re.IGNORECASE,
)


def _listed_item(text: str, linker: _SegmentLinker, mention: Mention, cue: CueMatch) -> list[Link] | None:
    """The claim of a bracketed figure after a name that is no cue, in a list of such figures:
    an adverse event of that name in a list of adverse reactions, else none. None when the
    figure is not such a list's."""
    segment = linker.segment
    later = _LATER_ITEM_BEFORE.search(text, max(segment.start, mention.start - 70), mention.start)
    if later is not None and later.start("name") >= cue.end:
        name, name_start, first_item = later.group("name"), later.start("name"), False
    else:
        first = _FIRST_ITEM_BEFORE.fullmatch(text, cue.end, mention.start)
        if first is None:
            return None
        name, name_start, first_item = first.group("name"), first.start("name"), True
    if _ADVERSE_LIST_BEFORE.search(text, segment.start, name_start) is None:
        # ("complete responses were more frequent (58% vs 40%)": no list opens there)
        return None if first_item else []
    link = Link(mention, "adverse_event", "adverse_event.listed", segment, event=name.lower())
    link.grade = _grade(text, cue, segment, mention)
    return [link]


def _including_subgroup(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    """A share of a subgroup listed after "including" takes the metric of the figure before it."""
    if not SUBGROUP_FIGURE_AFTER.match(text, mention.end):
        return None
    i = bisect.bisect_left(linker.mention_starts, mention.start)
    for j in range(i - 1, -1, -1):
        head = linker.mentions[j]
        if head.kind not in ("percent", "fraction"):
            continue
        found = INCLUDING.match(text, head.end)
        if found is None:
            continue  # another subgroup's figure of the list ("… and 98.9% of those …")
        between = text[head.end : mention.start]
        if ";" in between or ". " in between or len(between) > 160:
            return None
        cue = linker.cue_before(head)
        if cue is None or cue.cue.metric is None or not cue.cue.accepts(mention.kind):
            return None
        link = _make(text, linker, mention, cue, "including")
        return link
    return None


def _elided_count(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    """ "six CAR-T products are approved, and four were made in Shanghai": a bare number after
    "and" whose noun is the count noun of an earlier number in the sentence."""
    subset = _subset_count(text, linker, mention)
    if subset is not None:
        return subset
    if not ELIDED_BEFORE.search(text, max(linker.segment.start, mention.start - 8), mention.start):
        return None
    if not ELIDED_AFTER.match(text, mention.end) or _count_noun(text, mention, linker.context(mention)):
        return None
    for other in reversed(linker.mentions):
        if other.end > mention.start or other.kind != "number":
            continue
        noun = _count_noun(text, other, linker.context(other))
        if noun is not None and noun[0] in ("product_count", "trial_count"):
            return Link(mention, noun[0], f"{noun[0]}.elided", linker.segment)
    return None


def _subset_count(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    """ "6 CAR-T agents are available. Among them, 2 are indicated for myeloma": a part of the
    products or trials counted just before, its noun left out."""
    opened = SUBSET_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if opened is None or not SUBSET_AFTER.match(text, mention.end):
        return None
    if _count_noun(text, mention, linker.context(mention)) is not None:
        return None
    window = text[max(0, opened.start() - SUBSET_REACH) : opened.start()]
    last = next(reversed(list(_ANY_NUMBER.finditer(window))), None)
    if last is None:
        return None
    for metric, whole in SUBSET_WHOLES:
        # the whole is the nearest number before ("12 394 reports, of which 2225 …" is no product's)
        if whole.match(window, last.start()) is not None:
            return Link(mention, metric, f"{metric}.subset", linker.segment)
    return None


_ANY_NUMBER = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![,.]\d)", re.IGNORECASE
)


def _observed_count(text: str, linker: _SegmentLinker, mention: Mention, end: int) -> Link | None:
    """ "ICANS: only 2 cases were observed": an outcome count whose metric is named before."""
    if not OBSERVED_AFTER.match(text[end : end + 40]) or mention.kind != "number":
        return None
    cue = linker.cue_before(mention)
    link = None
    if cue is not None and cue.cue.metric not in COUNT_METRICS:
        link = _make(text, linker, with_value(mention, unit="count"), cue, "observed")
    else:
        made = _link_by_label(text, linker, with_value(mention, unit="count"), accept_as="percent")
        link = made[0] if made and made[0].metric not in COUNT_METRICS else None
    if link is not None and end > mention.end:
        link.extra["span_end"] = end
    return link


_GRADE_NUMBER_BEFORE = fastre.compile(
    r"\bgrades?\s*(?:[≥>≤<]/?=?\s*|\d\s*(?:or|and|to|-|–|/)\s*)?$|[≥>≤<]/?=?\s*$", re.IGNORECASE
)
_ENROLLING_BEFORE = fastre.compile(
    r"\b(?:enrol(?:l)?(?:s|ed|ing)?|treat(?:s|ed|ing)|recruit(?:s|ed|ing)|randomi[sz]ed|included|infused)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OF_WHOM_AFTER = fastre.compile(r"\s+of\s+(?:whom|them)\b", re.IGNORECASE)
# "10 responded (83%)": the count's share is stated right after its outcome
_SHARE_STATED_AFTER = fastre.compile(r"\s*[(\[]\s*[<>≤≥~]?\s*\d[\d.,]*\s?(?:%|percent\b)")


# "grade ≥3 cytokine release syndrome (n = 6)": the bracket that opens right after an outcome's name
_N_BRACKET_AFTER_CUE = fastre.compile(r"\s*[(\[]\s*[nN]\s*=\s*")


def _outcome_named_before_n(text: str, linker: _SegmentLinker, mention: Mention) -> CueMatch | None:
    """The outcome whose name the "(n = N)" follows ("grade ≥3 CRS (n = 6) or neurotoxicity
    (n = 1)"): N patients had it, not a cohort of N."""
    index = bisect.bisect_right(linker.cue_ends, mention.start) - 1
    if index < 0:
        return None
    cue = linker.cues[index]
    if (
        cue.cue.metric is None
        or cue.cue.metric in COUNT_METRICS
        or not cue.cue.accepts("percent")
        or not _N_BRACKET_AFTER_CUE.fullmatch(text, cue.end, mention.start)
    ):
        return None
    return cue


# ... or the endpoint with its own share right after it: "had a total overall response rate of 100%"
_RATE_STATED_AFTER_CUE = fastre.compile(
    r"\s*(?:(?:of|was|were|is|at)\s+)?(?:about\s+|approximately\s+|nearly\s+|~\s*)?\d[\d.,]*\s*(?:%|percent\b|per\s?cent\b)",
    re.IGNORECASE,
)
# ... or a share of the same outcome given later in the clause ("…, with a 3-month ORR of 70.8%")
_SHARE_GIVEN_AFTER = fastre.compile(
    r"[^.;:]{0,40}?,?\s+(?:with|giving|yielding|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ORR|CRR?|(?:response|remission|CR)\s+rate)\s+(?:of\s+|was\s+|=\s*)?\d[\d.]*\s*%",
)
# Between "N patients had" and the endpoint, a statistic of the group: "had a median PFS of …",
# "had a 12-month OS of 60%"
_STATISTIC_BEFORE_CUE = fastre.compile(r"\b(?:median|mean|estimated|\d+[- ](?:month|year))\b", re.IGNORECASE)


# "6/15 patients with SD", "three patients with a partial response": so many had a response no
# metric counts (the block cue's words), not a cohort
_NO_METRIC_RESPONSE_AFTER = fastre.compile(
    r"[^\S\r\n]+(?:with|in)\s+(?:an?\s+|a\s+best\s+response\s+of\s+)?(?:stable\s+disease|progressive\s+disease"
    r"|partial\s+(?:response|remission)s?|very\s+good\s+partial\s+response|(?-i:SD|PD|PR|VGPR))\b",
    re.IGNORECASE,
)


def _outcome_count(text: str, linker: _SegmentLinker, mention: Mention, end: int) -> list[Link] | None:
    """An outcome stated as a number of patients; a share when the cohort size is in reach.
    None when the count states no outcome; no link when the outcome's share is stated right
    after it ("10 responded (83%)": the 83% is the claim)."""
    if _SHARE_OF_BEFORE.search(text, max(linker.segment.start, mention.start - 24), mention.start):
        return None  # "73% of the first 64 patients responded": the share's cohort, not responders
    if EXCEPTED.search(text, max(linker.segment.start, mention.start - EXCEPTED_REACH), mention.start):
        return None  # "All patients except two responded": the ones without the outcome
    verb = _OUTCOME_VERB.match_window(text[end : end + OUTCOME_VERB_WINDOW])
    if verb is None and mention.kind == "fraction" and _SHARE_IN.search(text, mention.start, mention.end):
        verb = _RATIO_OUTCOME_VERB.match(text[end : end + OUTCOME_VERB_WINDOW])
    if (
        verb is not None
        and verb.groupdict().get("kept")
        and _ENROLLING_BEFORE.search(text, max(linker.segment.start, mention.start - 30), mention.start)
    ):
        return None  # "The trial enrolled 40 patients who had maintained a response to …": a cohort
    # a count needs an exact figure; "More than 9 out of 10 patients went into remission" is a share
    exact = mention.low is not None and mention.bound in ("eq", "approx")
    if verb is None or (mention.kind != "fraction" and not exact):
        return None
    if COHORT_ADJECTIVE.search(text, mention.end, end) or COHORT_VERB_AFTER.match(text, end):
        # "11 evaluable patients experienced an ORR of 100%", "104 patients were treated, and the
        # ORR was 35%": the cohort, not responders
        return None
    # past a "who had …" clause its words are no cue ("who had relapsed … responded")
    verb_start = end + (verb.start("verb") if verb.groupdict().get("clause") else verb.start())
    cue = next(
        (
            c
            for c in linker.cues
            if verb_start <= c.start <= verb_start + OUTCOME_VERB_REACH
            and c.cue.metric is not None
            and (c.cue.accepts("percent") or c.cue.metric == "dor")
            and c.cue.metric not in COUNT_METRICS
            and c.cue.position != "before"
        ),
        None,
    )
    if any(
        c.cue.id == "block.partial_response" and verb_start <= c.start <= verb_start + OUTCOME_VERB_REACH
        for c in linker.cues
        if cue is None or c.start < cue.start
    ):
        # "Four patients had stable disease", "three achieved a partial remission": a response no
        # metric counts, had by so many; neither a rate nor a cohort
        return []
    if cue is None or (
        # "14 achieved PR": a blocking cue (partial response, no response) comes first
        any(c.cue.metric is None and verb_start <= c.start < cue.start for c in linker.cues)
    ):
        return None
    if ";" in text[verb_start : cue.start]:
        return None  # "104 patients were treated; the ORR was 35%": another clause's endpoint
    if any(
        # ("eight were not bridged to transplant, and six (75%) remained in remission": a count
        # with its share too)
        m.kind in ("number", "fraction")
        and verb_start <= m.start < cue.start
        # (not a grade: "One patient experienced grade 1 … toxicity", "grade 1 to grade 2 ICANS")
        and not _GRADE_NUMBER_BEFORE.search(text, max(0, m.start - 12), m.start)
        for m in linker.mentions[bisect.bisect_left(linker.mention_starts, verb_start) :]
        if m.start < cue.start
    ):
        # "12 remain alive and 2 remain in CR", "…, including 2 patients who had maintained CR":
        # another count comes between, and the outcome is its
        return None
    if _OF_WHOM_AFTER.match(text, mention.end) and "," in text[verb_start : cue.start]:
        return None  # "Twelve patients, 8 of whom had prior transplant, achieved CR": a trait
    if _STATISTIC_BEFORE_CUE.search(text, verb_start, cue.start):
        return None  # "52 patients had a median PFS of 2 months": the cohort's statistic, not an event
    if _RATE_STATED_AFTER_CUE.match(text, cue.end):
        return None  # "The 11 patients … had a total overall response rate of 100%": the cohort's rate
    if _SHARE_GIVEN_AFTER.match(text, cue.end):
        # "34 patients achieved and maintained remission beyond 3 months, with a 3-month ORR of
        # 70.8%": the count the share right after it states (the share is the claim)
        return []
    if mention.kind == "fraction":  # "9 out of 10 children achieve remission": the share
        link = _make(text, linker, mention, cue, "fraction")
        link.extra["span_end"] = end
        return [link]
    if _SHARE_STATED_AFTER.match(text, cue.end):
        return []
    counted = _count_or_share(text, linker, mention, cue, end)
    return [counted] if counted is not None else []


def _share_of_all(
    text: str, linker: _SegmentLinker, mention: Mention, cue: CueMatch, how: str, end: int
) -> Link:
    """ "All 20 patients achieved CR" is a 100% share of 20; "… MRD negative in 18 of them" is 18/20.
    `end` is where the counted noun ends ("20 patients")."""
    cohort = mention.low or 0.0
    count, span_end = cohort, end
    of_them = OF_THEM_AFTER.match(text, cue.end)
    if of_them and (n := parse_number(of_them.group("n"))) is not None and n <= cohort:
        count, span_end = n, of_them.end()
    share = round(count / cohort * 100, 1)
    as_share = with_value(
        mention, kind="fraction", low=share, high=share, unit="%", numerator=count, denominator=cohort
    )
    link = _make(text, linker, as_share, cue, how)
    if span_end > mention.end:
        link.extra["span_end"] = span_end
    return link


def _in_all(text: str, linker: _SegmentLinker, mention: Mention, end: int) -> Link | None:
    """ "CR was achieved in all 12 patients", "… CR or CRi in all 64 patients": a 100% share of the
    metric named before it in the clause."""
    if mention.kind != "number" or not mention.low or mention.bound != "eq":
        return None
    if not IN_ALL_BEFORE.search(text, max(linker.segment.start, mention.start - 12), mention.start):
        return None
    cue = linker.cue_before(with_value(mention, kind="percent"))
    if (
        cue is None
        or cue.cue.metric is None
        or cue.cue.metric in COUNT_METRICS
        or not cue.cue.accepts("percent")
    ):
        return None
    return _share_of_all(text, linker, mention, cue, "all", end)


def _cases_of(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    """The count of an event told as a number of cases of it ("three cases of ICANS occurred",
    "there were two cases of grade 3 CRS"), or None."""
    if mention.low is None or mention.bound not in ("eq", "approx"):
        return None
    match = CASES_OF.match(text, mention.end)
    if match is None:
        return None
    i = bisect.bisect_left(linker.cue_starts, match.end())
    if i == len(linker.cues) or linker.cues[i].start != match.end():
        return None
    cue = linker.cues[i]
    if cue.cue.metric not in CASE_METRICS:
        return None
    return _count_or_share(text, linker, mention, cue, match.end("noun"))


MONEY_METRICS = frozenset({"cost", "cost_reduction"})


def _response_events(text: str, linker: _SegmentLinker, mention: Mention) -> Link | None:
    """Responses counted as events ("There were six complete responses among 12 patients"), or
    None."""
    if mention.low is None or mention.bound not in ("eq", "approx"):
        return None
    match = RESPONSE_EVENTS.match(text, mention.end)
    if match is None:
        return None
    i = bisect.bisect_left(linker.cue_starts, mention.end)
    cue = linker.cues[i] if i < len(linker.cues) else None
    if cue is None or cue.start >= match.end() or cue.cue.metric not in RESPONSE_EVENT_METRICS:
        return None
    return _count_or_share(text, linker, mention, cue, mention.end)


# A group a patients' page imagines, as the denominator of the count after it: "If 100 people
# receive CAR-T, about 80 of them will respond", "For every 10 patients, 9 respond", "Out of 100
# people who have CAR-T, about 40 …"
_PER_GROUP_BEFORE = fastre.compile(
    r"\b(?:if|of\s+every|for\s+every|out\s+of(?:\s+every)?|in\s+every|imagine)\s+$", re.IGNORECASE
)
_PEOPLE_AFTER = fastre.compile(
    r"\s+(?:[\w-]+\s+)?(?:people|patients|adults|children|persons)\b", re.IGNORECASE
)


def _count_or_share(
    text: str, linker: _SegmentLinker, mention: Mention, cue: CueMatch, end: int
) -> Link | None:
    """An outcome told as a number of patients: a share of the cohort named before it in the
    sentence ("Of 40 patients treated, 12 relapsed"), else a count (CLAIMS.md 3). None for a
    disease's toll ("9.7 million cancer-related deaths globally")."""
    if EPIDEMIOLOGY_AFTER.match(text, mention.end):
        return None
    if cue.cue.metric in MONEY_METRICS:
        return None  # "of 130 patients treated, 99 were eligible for a refund": people, not money
    if EPIDEMIOLOGY_SENTENCE.search(text, linker.segment.start, linker.segment.end):
        return None  # "… new cases are diagnosed annually, with around 3,000 patients relapsed"
    if (
        mention.bound == "eq"
        and mention.low
        and cue.cue.accepts("percent")
        and ALL_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    ):
        return _share_of_all(text, linker, mention, cue, "all", end)
    count = mention.low if mention.bound in ("eq", "approx") else None  # "over 20" is no share
    cohort = None
    lo = bisect.bisect_left(linker.mention_starts, mention.start - MAX_BEFORE)
    for other in linker.mentions[lo:]:
        if other.end > mention.start:
            break
        if other.kind == "number" and other.low is not None and count is not None and other.low > count:
            before = text[max(0, other.start - 16) : other.start]
            if COHORT_SIZE_BEFORE.search(before) and not NUMERATOR_N_BEFORE.search(before):
                if _outcome_named_before_n(text, linker, other) is None:  # not "CRS (n = 6)"
                    cohort = other.low  # "Of the enrolled patients (n = 40), 30 responded"
                continue
            noun = _count_noun(text, other, linker.context(other))
            if noun and noun[0] == "patient_count" and _is_cohort(text, linker.segment, other, noun[2]):
                cohort = other.low  # "31 patients were still alive, 12 had died": 31 is no cohort
            elif _PER_GROUP_BEFORE.search(
                text, max(0, other.start - 16), other.start
            ) and _PEOPLE_AFTER.match(text, other.end):
                cohort = other.low  # "If 100 people receive CAR-T, about 80 of them will respond"
    if cohort and count is not None:
        share = round(count / cohort * 100, 1)
        as_share = with_value(
            mention,
            kind="fraction",
            low=share,
            high=share,
            unit="%",
            numerator=count,
            denominator=cohort,
        )
        link = _make(text, linker, as_share, cue, "count_of_cohort")
    else:
        link = _make(text, linker, with_value(mention, unit="count"), cue, "count")
    if end > mention.end:
        link.extra["span_end"] = end
    return link


def _occurred_in(text: str, linker: _SegmentLinker, mention: Mention, end: int) -> Link | None:
    """ "Grade 3 CRS occurred in 4 patients", "ICANS was reported in two patients": an outcome
    count whose metric is named before its verb (not the size of a cohort); "CRS occurred in 45
    (94%) patients": the share stated with that count ("88 (85%) patients in the satri-cel group
    received study drug" stays a count of patients)."""
    stated = mention.kind == "fraction" and mention.numerator is not None and mention.denominator is None
    if not stated and (mention.kind != "number" or (mention.low is None and mention.high is None)):
        return None
    occurred = OCCURRED_IN_BEFORE.search(text, max(linker.segment.start, mention.start - 40), mention.start)
    if occurred is None:
        return None
    cue = linker.cue_before(mention if stated else with_value(mention, kind="percent"))
    if cue is None or cue.cue.metric in COUNT_METRICS:
        return None
    link = (
        _make(text, linker, mention, cue, "occurred_in")
        if stated
        else _count_or_share(text, linker, mention, cue, end)
    )
    if link is not None and link.metric in ("orr", "cr") and _SUSTAINED.search(occurred.group(0)):
        # "three achieved a complete response that was sustained in two patients": those whose
        # response lasted, the response's duration told as a count
        link.rule = "dor" + link.rule[len(link.metric) :]
        link.metric = "dor"
    return link


_SUSTAINED = fastre.compile(rf"\b(?:{SUSTAINED_VERBS})\b", re.IGNORECASE)


_RESPONSE_METRICS = frozenset({"orr", "cr", "mrd_negative", "dcr"})  # a rate at a time point, too


def _make(
    text: str,
    linker: _SegmentLinker,
    mention: Mention,
    cue: CueMatch,
    how: str,
    label: tuple[int, int] | None = None,
) -> Link:
    """The claim `cue` makes of `mention`; `label`: a label line outside the segment that names
    it (a stacked label), read like a table's labels for what the figure is ("Median ...")."""
    metric = cue.cue.metric
    assert metric is not None
    link = Link(mention, metric, f"{metric}.{cue.cue.id}.{how}", linker.segment, cue)
    if metric in ("pfs", "efs", "os", "dor"):
        if mention.kind == "duration":
            upto = text[linker.segment.start : min(linker.segment.end, mention.end + 40)]
            if (
                linker.segment.table is not None
            ):  # "| Median PFS | 34.9 months |": the row's or column's label
                labels = (linker.segment.row_label(), linker.segment.header_cell())
                upto = " ".join([upto, *(text[s:e] for s, e in filter(None, labels))])
            if label is not None:  # "Median overall survival\n25.4 months"
                upto = " ".join([upto, text[label[0] : label[1]]])
            if _MEDIAN.search(upto):
                link.statistic = "median"
            elif _MEAN.search(upto):
                link.statistic = "mean"
        else:
            link.timepoint = _timepoint(text, cue, mention, linker.segment.start)
    elif metric in _RESPONSE_METRICS and mention.kind in ("percent", "fraction"):
        link.timepoint = _timepoint(text, cue, mention, linker.segment.start)  # "CR within three months"
    if metric in ("crs", "neurotoxicity", "adverse_event"):
        link.grade = _grade(text, cue, linker.segment, mention)
    if metric == "adverse_event":
        link.event = cue.cue.event
    return link


# "… 854 Approved products: 6": a label of its own between the figure before and this one's colon
# (the figure before is a label's value too: not "Results in 12 evaluable patients: one …")
_INLINE_LABEL = fastre.compile(
    r"[:=]\s*[<>≤≥~]?\s*[$€£¥]?\d[\d.,]*\s*(?:%|\+|[kKmM]\b)?(?:\s*\([^()]{0,20}\))?"
    r"(?:\s+(?:months?|years?|weeks?|days?))?\s+(?P<label>[A-Za-z][^:\d.;|()]{1,40}?)\s*:\s*$"
)


def _inline_label(text: str, segment: Segment, mention: Mention) -> tuple[int, int] | None:
    """The span of a label that a figure before it ends ("Trials: 854 Approved products: 6"), when
    the line runs several labels and figures on."""
    start = max(segment.start, mention.start - 60)
    found = _INLINE_LABEL.search(text, start, mention.start)
    return (found.start("label"), found.end("label")) if found is not None else None


# (a bracket that splits a cohort holds two counts or more, no share: "(173 axi-cel, 183 tisa-cel)")
_ARM_SPLIT_TWO_COUNTS = fastre.compile(r"\(\s*[^()%]*?\d[^()%]*?[;,][^()%]*?\d[^()%]*\)")


def _splits_into_arms(text: str, segment: Segment, mention: Mention) -> bool:
    """Whether the bracket `mention` stands in holds two counts or more and no share, and does not
    split the patients by sex or race (ARM_SPLIT_BRACKET_BEFORE)."""
    opened = text.rfind("(", segment.start, mention.start)
    closed = text.find(")", mention.end, segment.end)
    if opened < 0 or closed < 0:
        return False
    bracket = text[opened : closed + 1]
    return bool(_ARM_SPLIT_TWO_COUNTS.fullmatch(bracket)) and not TRAIT_SPLIT.search(bracket)


_HEADER_N_BEFORE = fastre.compile(r"\b[nN][^\S\n]*=[^\S\n]*$")


def _header_cohort_sizes(text: str, segment: Segment, mentions: list[Mention]) -> list[Link]:
    """A table header's "N = 389", "Axi-cel, n = 344": the size of the group its column counts
    (not "Centers (n = 11)": places counted)."""
    if _PLACES_COUNTED_HEADER.search(text, segment.start, segment.end):
        return []
    return [
        Link(m, "patient_count", "patient_count.header_n", segment)
        for m in mentions
        if m.kind == "number"
        and (m.low or 0) >= 2
        and _HEADER_N_BEFORE.search(text, max(segment.start, m.start - 8), m.start)
    ]


_PLACES_COUNTED_HEADER = fastre.compile(
    r"\b(?:centers|centres|sites|hospitals|institutions|countries|facilities|programs|programmes)\b",
    re.IGNORECASE,
)


def _link_by_label(
    text: str, linker: _SegmentLinker, mention: Mention, accept_as: str | None = None
) -> list[Link]:
    """Table column header, then row label; or the "Label:" prefix of the line. `accept_as`: the
    kind of quantity the label's metric must take (an outcome count is read as a share's)."""
    segment = linker.segment
    sources: list[tuple[str, tuple[int, int] | None]] = []
    if (
        segment.table is not None
        and mention.kind == "number"
        and _COUNT_BRACKET_BEFORE.search(text, max(segment.start, mention.start - 16), mention.start)
        and any("%" in text[s:e] for s, e in segment.table.header)
    ):
        return []  # "59 (58)" under "n (%)": the count's share, no figure of its own
    if segment.table is not None:
        header = segment.header_cell()
        sources.append(("column", header))
        header_text = text[header[0] : header[1]] if header else ""
        # (a column that counts places, "Centers, n(%)", counts them whatever its rows name)
        if not is_notes_header(header_text) and not _PLACES_COUNTED_HEADER.search(header_text):
            sources.append(("row", segment.row_label()))
            # "| Grade ≥3 | 88 (18.7) |" under "| Severity of CRS, n (%) | |": the section's event
            sources.append(("row", section_label(text, segment)))
    elif (inline := _inline_label(text, segment, mention)) is not None:
        # "Trials: 854 Approved products: 6": the label right before the figure, in a run-on line
        sources.append(("label", inline))
    elif segment.label is not None and 0 <= mention.start - segment.label[1] <= MAX_AFTER_LABEL:
        # a label names the values after it; "The 5 CAR-T products … include:" is no value of its own
        sources.append(("label", segment.label))
    elif (accept_as or mention.kind) in STACKED_KINDS:
        sources.append(("stacked", _stacked_label(text, mention)))
        sources.append(("lead", _lead_line(text, mention)))
        sources.append(("answer", _question_before(text, segment)))
    for how, span in sources:
        if span is None:
            continue
        found = label_cues(text, *span)
        kind = accept_as or mention.kind
        if (
            how in ("lead", "answer")
            and len({c.cue.metric for c in found if c.cue.metric and c.cue.accepts(kind)}) != 1
        ):
            continue  # a lead line or a question names one endpoint for its figures, or none
        paired = _slash_paired_cue(text, linker, mention, found, kind)
        if paired is not None:  # "Best ORR/CR | 92%/68%": each figure the endpoint in its place
            return [_make(text, linker, mention, paired, how, span if how == "stacked" else None)]
        for cue in found:
            if how == "label" and _counted_in_label(text, span, cue):
                continue
            if cue.cue.metric in ("trial_count", "product_count") and _SHARE_OF_PEOPLE_AFTER.match(
                text, mention.end
            ):
                continue  # "Early results from the trial are promising:\n• 57% of patients …": people's share
            if cue.cue.accepts(accept_as or mention.kind) and cue.cue.metric != "approval":
                link = _make(text, linker, mention, cue, how, span if how == "stacked" else None)
                if mention.kind == "fraction" and link.metric in COUNT_METRICS:
                    link.count_value = mention.numerator
                return [link]
    return []


_SLASH = fastre.compile(r"\s*/\s*")


def _slash_paired_cue(
    text: str, linker: _SegmentLinker, mention: Mention, found: list[CueMatch], kind: str
) -> CueMatch | None:
    """The endpoint in the figure's place when a label joins endpoints by slashes and the figures
    are joined the same way ("ORR/CR" over "92%/68%", "PFS at 12 months/median: 62%/25 months"),
    as many of each; None otherwise."""
    named = [c for c in found if c.cue.metric is not None]
    start = next(
        (k for k in range(len(named) - 1) if _SLASH.fullmatch(text, named[k].end, named[k + 1].start)), None
    )
    if start is None:
        return None
    slashed = [named[start]]
    for cue in named[start + 1 :]:
        if not _SLASH.fullmatch(text, slashed[-1].end, cue.start):
            break
        slashed.append(cue)
    if len({c.cue.metric for c in slashed}) < len(slashed):
        return None
    figures = [m for m in linker.mentions if m.kind not in ("ci", "timepoint")]
    at = next((k for k, m in enumerate(figures) if m is mention), None)
    if at is None:
        return None
    first = at
    while first > 0 and _SLASH.fullmatch(text, figures[first - 1].end, figures[first].start):
        first -= 1
    last = at
    while last + 1 < len(figures) and _SLASH.fullmatch(text, figures[last].end, figures[last + 1].start):
        last += 1
    if last - first + 1 != len(slashed):
        return None
    cue = slashed[at - first]
    return cue if cue.cue.accepts(kind) else None


_COUNT_BRACKET_BEFORE = fastre.compile(r"\d[\d,.]*[^\S\n]*[(\[][^\S\n]*$")
# a share of people right after the figure ("57% of patients"): no share of trials or products
_SHARE_OF_PEOPLE_AFTER = fastre.compile(
    r"\s*(?:%|percent\b|per\s?cent\b)?\s+of\s+(?:the\s+|all\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_POPULATION}\b",
    re.IGNORECASE,
)


# A question and its answer, as FAQs and interviews set them ("What is the success rate? Around
# 80-90% for ALL and 50-60% for lymphoma."; "How many patients have been treated?\nMore than 5,000
# worldwide."): the answer's figures that no word of their own names are what the question asks
MAX_QUESTION_CHARS = 200
MAX_ANSWER_GAP_BREAKS = 2  # line breaks between a question and its answer (one blank line)
_SENTENCE_OPENERS = (". ", "! ", "? ", "\n")
# "How many patients …?", "How many CAR-T products are approved?": the count the answer gives
_HOW_MANY = fastre.compile(
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?:(?P<patients>patients|people|children|adults|cases)"
    r"|(?P<products>products|therapies|treatments|drugs)|(?P<trials>(?:clinical\s+)?trials|studies))\b",
    re.IGNORECASE,
)
_HOW_MANY_METRIC = {"patients": "patient_count", "products": "product_count", "trials": "trial_count"}


def _question_before(text: str, segment: Segment) -> tuple[int, int] | None:
    """The question that the sentence `segment` answers: the sentence right before it, when it
    ends with a question mark (on the same line or a line or two above), or None."""
    if segment.table is not None:
        return None
    end = segment.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "?" or text.count("\n", end, segment.start) > MAX_ANSWER_GAP_BREAKS:
        return None
    floor = max(0, end - MAX_QUESTION_CHARS)
    start = max(
        [floor]
        + [
            found + len(opener)
            for opener in _SENTENCE_OPENERS
            if (found := text.rfind(opener, floor, end - 1)) >= 0
        ]
    )
    return (start, end) if start < end - 1 else None


def _answered_count(text: str, segment: Segment, mention: Mention) -> str | None:
    """The count metric of a "How many …?" question that a bare number answers, or None."""
    question = _question_before(text, segment)
    if question is None:
        return None
    asked = _HOW_MANY.search(text, *question)
    if asked is None:
        return None
    return next(_HOW_MANY_METRIC[name] for name, value in asked.groupdict().items() if value)


# A trial record's field that sizes the study, set over its figure or before it on its line, with
# no colon: "Enrollment 307", "Study Participants\n\n307", "Target Recruitment\n307"
_RECORD_SIZE_FIELD = fastre.compile(
    r"[^\S\n]*(?:[-•*·▪◦–][^\S\n]+)?(?:(?:estimated|actual|anticipated|target(?:ed)?|planned)[^\S\n]+)?"
    r"(?:enrol(?:l)?ment|recruitment|study[^\S\n]+participants|number[^\S\n]+of[^\S\n]+(?:participants|patients)"
    r"|sample[^\S\n]+size"
    # a table's rows set one cell a line: "Patients Enrolled, n" over "2134"
    r"|patients[^\S\n]+(?:enrolled|infused|treated|included|dosed)(?:,[^\S\n]*[nN])?)[^\S\n]*:?[^\S\n]*",
    re.IGNORECASE,
)
_RECORD_SIZE_AFTER = fastre.compile(
    r"[^\S\n]*(?:participants|patients|subjects)?[^\S\n]*(?:\((?:actual|estimated|anticipated)\))?[^\S\n]*(?:\n|$)",
    re.IGNORECASE,
)


def _record_size_field(text: str, mention: Mention) -> bool:
    """Whether `mention` is the figure of a trial record's study-size field (_RECORD_SIZE_FIELD),
    on the field's line or on the line under it."""
    if mention.kind != "number" or not _RECORD_SIZE_AFTER.match(text, mention.end):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    if _RECORD_SIZE_FIELD.fullmatch(text, line_start, mention.start):
        return True
    stacked = _stacked_label(text, mention)
    return stacked is not None and _RECORD_SIZE_FIELD.fullmatch(text, *stacked) is not None


_SLASHED_FIGURES_LINE = fastre.compile(
    r"[^\S\n]*\d[\d.,]*[^\S\n]*(?:%|mo|months?|years?)?(?:[^\S\n]*/[^\S\n]*\d[\d.,]*[^\S\n]*(?:%|mo|months?|years?)?)+"
    r"[^\S\n]*[*†‡abc]?[^\S\n]*",
    re.IGNORECASE,
)


def _stacked_label(text: str, mention: Mention) -> tuple[int, int] | None:
    """The label line stacked right over the line that `mention` is the figure of (at most one
    blank line between them), or None."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    if _SLASHED_FIGURES_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        pass  # "92%/68%" under "Best ORR/CR": the figures joined as their endpoints are
    elif not _BEFORE_STACKED_FIGURE.fullmatch(text, line_start, mention.start):
        return None
    elif not _AFTER_STACKED_FIGURE.match(text, mention.end):
        return None
    end = line_start - 1  # the newline before the figure's line
    for _ in range(2):  # the line above, or the one above a blank line
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return (start, end) if _STACKED_LABEL.fullmatch(text, start, end) else None
        end = start - 1
    return None


# A list whose items start with a figure, under a lead line that ends with a colon and names the
# endpoint: "Progression-free survival … was longer with satri-cel:\n- 3.25 months with satri-cel\n
# - 1.77 months with standard treatment"
_LIST_ITEM_START = fastre.compile(r"[^\S\n]*[-•*·▪◦–][^\S\n]+(?:about[^\S\n]+|around[^\S\n]+|~[^\S\n]*)?")
_LIST_ITEM_WITH_FIGURE = fastre.compile(r"[^\S\n]*[-•*·▪◦–][^\S\n]+(?:about\s+|around\s+|~\s*)?\d")
MAX_LEAD_CHARS = 240  # a lead line is one sentence
MAX_LIST_ITEMS = 8  # siblings between a list item and its lead line


def _lead_line(text: str, mention: Mention) -> tuple[int, int] | None:
    """The lead line of the list item that `mention` opens: the line above it, or above sibling
    items that also open with a figure (no blank line between), when it ends with a colon."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not _LIST_ITEM_START.fullmatch(text, line_start, mention.start):
        return None
    end = line_start - 1
    for _ in range(MAX_LIST_ITEMS + 1):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if not line:
            return None
        if line.endswith(":"):
            return (start, start + len(line)) if len(line) <= MAX_LEAD_CHARS else None
        if not _LIST_ITEM_WITH_FIGURE.match(line):
            return None
        end = start - 1
    return None


# "This trial included 21 patients: 19 with mesothelioma, one with …": a clause that counts
# something itself before a colon, not a heading over counts of its nouns
_LABEL_OWN_COUNT = fastre.compile(
    rf"(?:{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:patients|participants|subjects|children|adults|people|cases"
    r"|trials|studies|products|therapies)\b",
    re.IGNORECASE,
)


def _counted_in_label(text: str, label: tuple[int, int], cue: CueMatch) -> bool:
    """Whether a "Label:" counts the noun of a count cue itself ("Among 10 patients:"), or
    counts something of its own ("This trial included 21 patients:")."""
    return cue.cue.metric in COUNT_METRICS and bool(
        COUNTED_IN_LABEL.search(text, label[0], cue.start) or _LABEL_OWN_COUNT.search(text, *label)
    )


# "The drug received its second indication … in October 2022": a sentence about the product the
# article is about, named before; its approval dates are that product's.
_PRODUCT_ANAPHORA = fastre.compile(
    # "the CAR-T treatment Emily received was approved in August 2017", "the first CAR-T therapy was
    # approved in China in June 2021", "CAR T-cell therapies were approved by the TGA in December 2018"
    r"\b(?:the|this|its|\w+['’]s)\s+(?:(?:first|second|third|new|latest|only|novel)\s+)?"
    r"(?:drug|product|therapy|treatment|CAR[- ]?T(?:[- ]cells?)?\s+(?:therapy|product|treatment))\b"
    # "the first CAR-T was approved in Japan in 2019": the first one, the product unnamed
    r"|\bthe\s+(?:first|second|third)\s+(?:commercial\s+|domestic\s+|home-?grown\s+)?CAR[- ]?T\b(?![- ]cell)"
    r"|\bCAR[- ]?T(?:[- ]cells?)?\s+(?:therapies|products|treatments)"
    r"\s+(?:were|have\s+been|had\s+been|received)\b",
    re.I,
)
# "NexCAR19 … got approval. With this go-ahead in October 2023, …": the approval just told of,
# dated right after its word
_THIS_APPROVAL_DATED = fastre.compile(
    r"\b(?:this|that)\s+(?:go-?ahead|approval|authori[sz]ation|nod|green[- ]light|clearance)\s*,?\s*"
    r"(?:(?:granted|given|issued|won|received)\s+)?(?:in|on)\s+(?:(?:early|late)\s+|mid-?)?$",
    re.I,
)
THIS_APPROVAL_REACH = 60  # characters before a date searched for "this go-ahead in"


# "The EMA granted marketing authorisation on 21 June 2021": a regulator's decision is an approval
# whose product the sentences before name; so is a regulator's act named by what it is ("The initial
# EU marketing authorization was in August 2018", "Its Japanese approval followed in 2019")
_REGULATOR = fastre.compile(
    r"\b(?i:marketing)\s+authori[sz]ations?\b(?!\s+applications?\b)"
    r"|\b(?:EU|US|U\.S\.|UK|European|American|Chinese|Japanese|Canadian|Australian|British|Indian|Korean"
    r"|Swiss|Brazilian)\s+(?:(?:regulatory|marketing|market)\s+)?(?:approvals?|authori[sz]ations?)\b"
    r"|\b(?:FDA|EMA|NMPA|MHRA|PMDA|TGA|CDSCO|ANVISA|Anvisa|Swissmedic|European\s+Commission|Health\s+Canada"
    # (Latin American, Gulf and other regulators: "approved by Anvisa", "COFEPRIS granted")
    r"|COFEPRIS|Cofepris|ANMAT|INVIMA|SFDA|Saudi\s+Food\s+and\s+Drug\s+Authority|Medsafe|DCGI"
    # (Europe's national agencies: "Approval was granted by the AEMPS", "the Paul-Ehrlich-Institut")
    r"|AEMPS|BfArM|Paul[- ]Ehrlich[- ]Institut[e]?|ANSM|AIFA|HPRA"
    r"|Spanish\s+(?:Agency\s+(?:of|for)\s+Medicines|Medicines\s+Agency)"
    r"|(?:European|National)\s+Medicines?\s+Agency|Food\s+(?:and|&)\s+Drug\s+Administration"
    r"|National\s+Medical\s+Products\s+Administration|Therapeutic\s+Goods\s+Administration"
    r"|Health\s+Sciences\s+Authority|Pharmaceuticals\s+and\s+Medical\s+Devices\s+Agency"
    r"|Ministry\s+of\s+Food\s+and\s+Drug\s+Safety|MFDS"
    r"|Medicines\s+and\s+Healthcare\s+products\s+Regulatory\s+Agency)\b"
)


APPROVAL_REACH = 120  # characters between an approval word and its date, either way
# characters before a date searched (back to the last comma) for an approval still to come: "…
# submissions for marketing approval to the NMPA in the first half of 2022 and the U.S. FDA in
# the first half of 2023" reaches the second date
PROSPECT_REACH = 160
APPROVAL_CLAUSE_REACH = 260  # after the approval word, when no comma or semicolon comes between
_BRACKETED = fastre.compile(r"\([^()]*\)")  # "(Kymriah; Novartis)": an aside, no clause break
_COMMA_OR_SEMICOLON = fastre.compile(r"[,;]")


_SINCE_LAST_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "…; and belantamab mafodotin-blmf, which the FDA approved in August 2020": a date in a clause (up
# to a semicolon or a line break) that names another kind of drug and no CAR-T product is that
# drug's approval, whatever the sentence's other clauses name
_CLAUSE_OPENING = re.compile(r"[;\n]")
CLAUSE_REACH = 200  # characters before a date searched for its clause's opening


@lru_cache(maxsize=1)
def _product_name() -> re.Pattern[str]:
    """Any English name of a registered product (its INN, brands, codes), or a name of an INN's or
    a short name's shape ("…cabtagene …leucel", "obe-cel")."""
    names = {n for p in PRODUCTS for n in (p.inn, *p.aliases) if n.isascii() and len(n) >= 3}
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b|\b[a-z]{{2,8}}-cel\b", re.IGNORECASE)


def _other_drug_clause(text: str, segment: Segment, mention: Mention) -> bool:
    """Whether the clause a date stands in names another kind of drug and no CAR-T product."""
    start = max(segment.start, mention.start - CLAUSE_REACH)
    openings = list(_CLAUSE_OPENING.finditer(text, start, mention.start))
    if openings:
        start = openings[-1].end()
    if not _OTHER_DRUG.search_window(text, start, mention.start):
        return False
    return not (
        _product_name().search(text, start, mention.start) or INN_SHAPE.search(text, start, mention.start)
    )


OTHER_DRUG_DATE_REACH = 60  # characters before a date searched for the drug it dates


def _other_drug_dated(text: str, segment: Segment, mention: Mention) -> bool:
    """Whether the drug named right before a date, after any CAR-T name and with no comma between,
    is another kind of drug ("…, and two BiTEs, starting with Lunsumio (mosunetuzumab) in 2022")."""
    start = max(segment.start, mention.start - OTHER_DRUG_DATE_REACH)
    last = None
    for found in OTHER_DRUG.finditer(text, start, mention.start):
        last = found
    if last is None or "," in text[last.end() : mention.start]:
        return False
    return not (
        _product_name().search(text, last.end(), mention.start)
        or INN_SHAPE.search(text, last.end(), mention.start)
    )


# A word that makes a comma-set chunk more than a name or a short description of the subject
# (a verb, a clause of its own) or puts the verb after the dated event ("later approved")
_NOT_APPOSITION = fastre.compile(
    r"\b(?:is|are|was|were|has|have|had|been|and|but|or|while|which|who|whom|when|where)\b", re.IGNORECASE
)
_LATER = fastre.compile(
    r"\b(?:then|later|subsequently|eventually|would|will|since|afterwards)\b", re.IGNORECASE
)
APPOSITION_WORDS = 8  # words at most in a name or description set between commas


def _subject_only(between: str) -> bool:
    """Whether what lies between a fronted date's comma and an approval word is the subject alone,
    perhaps with a name or short description set off by commas ("In 2017, the first CAR-T,
    tisagenlecleucel, was approved"), not a clause of its own."""
    if ";" in between:
        return False
    chunks = between.split(",")
    if len(chunks) == 1:
        return True
    if len(chunks) > 3:
        return False
    return (
        all(len(chunk.split()) <= APPOSITION_WORDS for chunk in chunks[:-1])
        and not any(_NOT_APPOSITION.search(chunk) for chunk in chunks[:-1])
        and not _LATER.search(chunks[-1])
    )


def _names_baseline(seg_text: str) -> bool:
    """Whether a segment may open a clause "At baseline," (a cheap test before the regex, which
    would otherwise run at every figure)."""
    return "aseline" in seg_text or "nrol" in seg_text or "ntry" in seg_text or "creening" in seg_text


def _link_date(text: str, linker: _SegmentLinker, mention: Mention, has_product: bool) -> list[Link]:
    segment = linker.segment
    year = int((mention.date or "0")[:4])
    if not 2000 <= year <= 2040:
        return []
    if NOT_AN_APPROVAL_DATE.search(text[max(0, mention.start - 30) : mention.start]) and not (
        APPROVED_SINCE.search(text, max(segment.start, mention.start - APPROVED_SINCE_REACH), mention.start)
    ):
        return []
    if SALES_PERIOD.search(text, max(segment.start, mention.start - 160), mention.start):
        return []
    if MEETING_PURPOSE_AFTER_DATE.match(text, mention.end, segment.end) and MEETING_BEFORE_DATE.search(
        text, max(segment.start, mention.start - 80), mention.start
    ):
        return []  # "the committee met on July 12, 2017, to consider the application": a meeting
    if DATELINE_AFTER.match(text, mention.end) and DATELINE_BEFORE.search(
        text, max(0, mention.start - DATELINE_REACH), mention.start
    ):
        return []  # "NEW YORK, June 5, 2023 /PRNewswire/ -- …": the article's date
    if mention.kind == "year" and _in_year_span(text, mention):
        return []  # "FDA approvals of CAR-T products, 2017-2022": a period
    since_comma = text[max(segment.start, mention.start - PROSPECT_REACH) : mention.start]
    since_comma = since_comma[since_comma.rfind(",") + 1 :]
    if _PROSPECTIVE_APPROVAL.search_window(since_comma):
        return []  # "slated for potential approval in 2025": still to come
    since_date = _SINCE_LAST_YEAR.split(since_comma)[-1]  # "approved in March 2019 and listed in …"
    if PRICED_OR_LISTED_BEFORE_DATE.search(since_date) and not APPROVAL_WORD.search(since_date):
        return []  # "and the NHI price was set in May 2019": priced or covered then
    if PAYER_APPROVAL_BEFORE_DATE.search(since_date):
        return []  # "AIFA approved reimbursement of Kymriah in August 2019": a payer's yes
    other_event = OTHER_EVENT_BEFORE_DATE.search(since_comma)
    if other_event and not APPROVAL_WORD.search(other_event.group("rest")):
        return []  # "first given to a child in 2012": the date of another event
    if not has_product and _OTHER_DRUG.search_window(text, segment.start, segment.end):
        return []  # "belantamab, which the FDA approved in August 2020": another kind of drug
    if has_product and (
        _other_drug_clause(text, segment, mention) or _other_drug_dated(text, segment, mention)
    ):
        return []  # "…; and belantamab, which the FDA approved in August 2020": that drug's
    clause = _clause(text, segment, mention)
    if SITE_APPROVAL.search(clause):
        return []  # "the FDA approved commercial production at its new facility": a plant's licence
    if HTA_BODY.search(clause) and not _REGULATOR.search(clause):
        return []  # "July 2019: NICE approval and routine NHS funding": an HTA body's yes
    if _SUBMISSION.search_window(clause) and not APPROVAL_WORD.search(APPLICATION_NAME.sub(" ", clause)):
        return []  # "a BLA was submitted to the FDA in December 2020": asked for, not granted
    if segment.table is not None:
        for how, label in (("column", segment.header_cell()), ("row", segment.row_label())):
            if label and any(c.cue.metric == "approval" for c in label_cues(text, *label)):
                return [Link(mention, "approval", f"approval.{how}", segment)]
    if (
        not has_product
        and not _PRODUCT_ANAPHORA.search(text, segment.start, mention.start)
        and not _THIS_APPROVAL_DATED.search(
            text, max(segment.start, mention.start - THIS_APPROVAL_REACH), mention.start
        )
        and not _REGULATOR.search(text, segment.start, segment.end)
    ):
        return []
    # a note number glued to the full stop after the date, then the next sentence ("in 2021.4
    # Ide-cel …"), which the sentence splitter, reading "2021.4" as one token, does not see
    note_ends_sentence = GLUED_NOTE_AFTER.match(text, mention.end) is not None
    for cue in linker.cues:
        if note_ends_sentence and cue.start >= mention.end:
            continue  # "… in the US in 2021.4 Ide-cel is the first … to be approved": the next sentence's
        if cue.cue.metric == "approval" and _RECOMMENDED_BETWEEN.search(
            text, min(cue.end, mention.end), max(cue.start, mention.start)
        ):
            continue  # "On 28 January 2022, the CHMP recommended granting a marketing authorisation"
        if cue.cue.metric == "approval" and _PRICE_AFTER_APPROVED.match(text, cue.end):
            continue  # "In May 2019, Kymriah was approved at a price of JPY 33,493,407": a price set
        if (
            cue.cue.metric == "approval"
            and cue.start > mention.end
            and (
                _DEFERRED_BEFORE_CUE.search(text, max(mention.end, cue.start - DEFERRED_REACH), cue.start)
                or _DEFERRED_AFTER_CUE.match(text, cue.end)
            )
        ):
            continue  # "In 2012, she was the first child given the therapy later approved": not its date
        if (
            cue.cue.metric == "approval"
            and cue.start > mention.end
            and ";" in text[mention.end : cue.start]
            and _SINCE_LAST_YEAR.search(text, text.rfind(";", mention.end, cue.start), cue.start + 80)
        ):
            continue  # "In 2012, she was treated in a trial; Kymriah was approved in 2017": the clause's
        if cue.cue.metric == "approval" and (
            abs(cue.start - mention.start) <= APPROVAL_REACH
            or (
                # "Approval of the drug tisagenlecleucel (Kymriah; Novartis) by the US FDA for the
                # treatment of … (ALL) in August 2017": one long clause, no comma between
                cue.end <= mention.start <= cue.start + APPROVAL_CLAUSE_REACH
                and not _COMMA_OR_SEMICOLON.search(_BRACKETED.sub("", text[cue.end : mention.start]))
            )
            or (
                # "In February 2021, the medicinal product ARI-0001 (an anti-CD19 CAR …) received
                # authorisation from the AEMPS": the date that opens the sentence dates its verb
                mention.end < cue.start <= mention.start + APPROVAL_CLAUSE_REACH
                and _FRONTED_DATE.fullmatch(text, segment.start, mention.start) is not None
                and (after := _DATE_COMMA.match(text, mention.end)) is not None
                and _subject_only(_BRACKETED.sub("", text[after.end() : cue.start]))
            )
        ):
            return [Link(mention, "approval", f"approval.{cue.cue.id}", segment, cue)]
    if (
        has_product
        and _LIST_OF_THE_APPROVED.match(text, segment.start)
        and any(cue.cue.metric == "approval" for cue in linker.earlier_cues)
    ):
        # "… ten products have been approved. These include Tecartus in 2020, followed by
        # Breyanzi and Abecma in 2021": the dates of the approvals the sentence before counted
        return [Link(mention, "approval", "approval.listed", segment)]
    return []


# A committee's recommendation between a date and the approval word it governs is not the
# approval ("the CHMP recommended granting a marketing authorisation", "a positive opinion
# recommending the granting of …")
_RECOMMENDED_BETWEEN = fastre.compile(
    r"\brecommend(?:s|ed|ing|ation)?\b|\bpositive\s+opinion\b", re.IGNORECASE
)
# An approval word that a price follows: the price a payer agreed ("was approved at a price of JPY
# 33,493,407", "approved for reimbursement at a net price of €320,000"), not a regulator's approval
# (not "approved with a list price of $373,000 in October 2017")
_PRICE_AFTER_APPROVED = fastre.compile(
    r"\s+(?:for\s+(?:reimbursement|coverage|listing|funding)\s+)?at\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:NHI|official|list|net|public)\s+)?(?:price|cost|tariff)\b",
    re.IGNORECASE,
)
# An approval told as coming after a dated event or only as a prospect ("In 2012, Emily became the
# first child treated with the therapy later approved as Kymriah", "the trial showed that it could
# be approved", "was approved five years on"): the date is the event's, not the approval's
_DEFERRED_BEFORE_CUE = fastre.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bhas\s)(?<!\bhad\s)"
    r"\b(?:later|subsequently|eventually|ultimately|since|would|could|might|may|will)\s+"
    r"(?:(?:be|have|been|go\s+on\s+to|win|gain|receive|get)\s+){0,3}$",
    re.IGNORECASE,
)
_DEFERRED_AFTER_CUE = fastre.compile(
    r"\s+(?:(?:some|about|nearly|almost|only)\s+)?(?:\w+|\d+)\s+(?:years?|months?)\s+(?:later|on|afterwards)\b",
    re.IGNORECASE,
)
DEFERRED_REACH = 40  # characters before an approval word searched for "later", "could be"
# A date that opens its sentence ("In February 2021, …", "On 23 August 2017, …"), perhaps after an
# abstract's or a digest's heading ("Introduction: On April 5, 2024, …")
_FRONTED_DATE = fastre.compile(
    r"\s*(?:[A-Za-z][\w&/-]*(?:[^\S\r\n]+[\w&/-]+){0,3}[^\S\r\n]*:[^\S\r\n]*)?(?:In|On|By|Since)\s+(?:early\s+|mid-?|late\s+)?",
    re.IGNORECASE,
)
_DATE_COMMA = fastre.compile(r"\s*,\s*")


def _in_year_span(text: str, mention: Mention) -> bool:
    """Whether a year is one end of a span of years ("2017–2019", "from 2017 to 2021", "between
    2017 and 2021")."""
    before = max(0, mention.start - 20)
    if YEAR_SPAN_AFTER.match(text, mention.end) or YEAR_SPAN_BEFORE.search(text, before, mention.start):
        return True
    between = BETWEEN_YEARS.search(text, before, mention.start)
    if between is None:
        return False
    # the second year ("between 2017 and …"), or the first with "and 2021" after it
    return " and" in between.group(0).lower() or BETWEEN_YEARS_AFTER.match(text, mention.end) is not None


# a sentence that lists the members of what the sentence before named
_LIST_OF_THE_APPROVED = fastre.compile(
    r"\s*(?:These|Those|They|This|Others?)\s+(?:include|includes|included|are|were|comprise)\b"
    r"|\s*(?:Among\s+(?:them|these)|Of\s+these|They\s+were)\b",
    re.IGNORECASE,
)


# "a minimum of 20 patients", "minimum of 10 cases": what a rule requires, not how many there were
_MINIMUM_OF = fastre.compile(r"(?:an?\s+|the\s+)?minimum\s+(?:of\s+)?", re.IGNORECASE)


def _stock_move(text: str, segment: Segment, mention: Mention) -> bool:
    """Whether the percentage is a company's stock moving ("sending shares into a 13% dive")."""
    return STOCK_MOVE_BEFORE.search(text, max(segment.start, mention.start - 130), mention.start) is not None


# a share of a group, which no outcome named before it restates ("90% of them live in …")
_SHARE_OF_AFTER = fastre.compile(r"\s+of\s", re.IGNORECASE)


# a share whose own words name a response no metric counts ("95% achieving ≥VGPR", "20% had a
# partial response", "10% with stable disease"): no restatement of an earlier rate of that value
_OTHER_RESPONSE_AFTER = fastre.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:patients|pts|participants|subjects)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:achiev\w*|attain\w*|reach\w*|obtain\w*|had|have|has|with|showed|showing)\s+"
    r"(?:an?\s+|(?:≥|>=|>/=|≧)\s*)?(?:(?:very\s+good\s+)?partial\s+(?:response|remission)"
    r"|stable\s+disease|(?-i:VGPR|PR|SD)\b)",
    re.IGNORECASE,
)
# what joins the members of a run of figures: "10%/30%/60%", "10%, 30%, and 60%", "10% or 20%"
_RUN_JOIN = fastre.compile(r"\s*(?:[/,;]\s*)?(?:(?:and|or)\s+)?", re.IGNORECASE)


def _runs_not_all_stated(
    text: str, unlinked: list[tuple[Mention, Segment]], first_stated: dict[float, Link]
) -> set[int]:
    """The ids of unlinked percentages in a run of figures one of which no earlier claim stated: a
    run repeats earlier claims only as a whole ("82.1%, 85.4%, 92.0% cited"), a dose split
    ("10%/30%/60%") shares one member with an earlier rate by chance."""
    percents = sorted((m for m, _ in unlinked if m.kind == "percent"), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for mention in percents:
        if runs and _RUN_JOIN.fullmatch(text, runs[-1][-1].end, mention.start):
            runs[-1].append(mention)
        else:
            runs.append([mention])

    return {
        id(mention)
        for run in runs
        if len(run) > 1 and not all(_stated_before(first_stated, m) is not None for m in run)
        for mention in run
    }


def _stated_before(first_stated: dict[float, Link], mention: Mention) -> Link | None:
    """The earlier claim that first stated the percentage's value, if one did before it."""
    value = mention.high if mention.high is not None else mention.low
    stated = first_stated.get(round(value, 1)) if value is not None else None
    return stated if stated is not None and stated.mention.start < mention.start else None


def restatements(text: str, links: list[Link], unlinked: list[tuple[Mention, Segment]]) -> list[Link]:
    """An unlinked single percentage that repeats a figure claimed earlier takes its metric:
    "You'll see 82.1%, 85.4%, 92.0% cited" after each was stated with its endpoint (but not "the
    product, developed 100% by Thai researchers": how much of it they made)."""
    first_stated: dict[float, Link] = {}  # a percentage value -> the first claim that stated it
    for link in sorted(links, key=lambda item: item.mention.start):
        prior = link.mention
        value = prior.high if prior.high is not None else prior.low
        if prior.unit == "%" and prior.bound != "range" and value is not None and link.metric in METRIC_KINDS:
            first_stated.setdefault(round(value, 1), link)
    made = []
    unstated_runs = _runs_not_all_stated(text, unlinked, first_stated)
    for mention, segment in unlinked:
        if mention.kind != "percent" or mention.bound == "range":
            continue
        if segment.table is not None:
            continue  # "| ORR (%) | CR (%) | PR (%) |" over "| 100 | 0 | 100 |": the PR cell's, no ORR
        if id(mention) in unstated_runs:
            continue  # "administered in a fractionated manner (10%/30%/60%)": a split, not 10% again
        if MADE_OR_OWNED_SHARE_AFTER.match(text, mention.end) or MADE_OR_OWNED_SHARE_BEFORE.search(
            text, max(0, mention.start - 24), mention.start
        ):
            continue
        if _OTHER_RESPONSE_AFTER.match(text, mention.end):
            continue  # "… and 95% achieving ≥very good partial response": a response no metric counts
        if _SHARE_OF_AFTER.match(text, mention.end):
            continue  # "roughly ninety percent of the world's lupus patients live in …": a share of a group
        if _stock_move(text, segment, mention):
            continue  # "… though it has dropped more than 40% since": a stock's move restates no outcome
        stated = _stated_before(first_stated, mention)
        if stated is not None:
            made.append(
                Link(
                    mention,
                    stated.metric,
                    f"{stated.metric}.restated",
                    segment,
                    statistic=stated.statistic,
                    timepoint=stated.timepoint,
                    event=stated.event,
                )
            )
    return made
