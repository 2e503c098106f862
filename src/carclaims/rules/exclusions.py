"""Not claims (CLAIMS.md section 1): phrases that stop a number from linking to a metric cue
further away. A process duration next to "follow-up" is not a survival figure."""

import re

from .. import fastre
from . import Cue

# "reduced the risk of death by 38%", "relapse fell by 45%", "PFS improved by 5 months": a relative
# change, not a rate or a median. Only a saving is told this way (a cost_reduction, whose cue
# asks for a price word in the sentence).
RELATIVE_CHANGE_BEFORE = fastre.compile(
    r"\b(?:reduc|lower|cut|decreas|drop|fell|fall|declin|increas|improv|rais|rose|rise|rising|grew|grow"
    r"|boost|extend|prolong|shorten)\w*\s+(?:[\w'’-]+\s+){0,9}?by\s+(?:about\s+|approximately\s+"
    r"|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|roughly\s+|around\s+|~\s*)?$"
    # "the increase in median overall survival was 4 months", "a gain in PFS of 5 months": the
    # change told as a noun
    r"|\b(?:increases?|improvements?|gains?|extensions?|prolongations?|differences?)\s+in\s+(?:the\s+)?"
    r"(?:[\w'’/-]+\s+){1,4}?(?:was|were|is|of|amounted\s+to|:)\s*"
    # (and the next member of its list: "was 4 months for axi-cel and 1 month for liso-cel")
    r"(?:\d(?:[^.;]|\.\d){0,40}?\s(?:and|or)\s+)?"
    r"(?:about\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|only\s+|just\s+|~\s*)?$",
    re.IGNORECASE,
)
# "a 74% (HR 0.26; 95% CI …) reduction in the risk of progression", "a 45 percent lower risk of
# death", "a 38% relative risk reduction": a relative change told after the figure
# "9.7 million cancer-related deaths globally", "250,000 deaths worldwide each year", "35 million
# new cancer cases": how many people a disease kills or strikes, not a cohort's outcome (read
# right after the number)
EPIDEMIOLOGY_AFTER = fastre.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:cancer(?:-related)?\s+deaths|deaths\s+(?:from|due\s+to)\s+cancer"
    r"|deaths\s+(?:(?:globally|worldwide|in\s+the\s+world)\s+)?(?:(?:each|every|a|per)\s+year|annually)"
    # "12,410 deaths in the US in 2021": a country's toll in a year
    r"|deaths\s+in\s+(?:the\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2}\s+(?:in|during)\s+(?:19|20)\d{2}"
    r"|new\s+(?:[\w-]+\s+){0,2}?(?:cases|diagnoses))\b",
    re.IGNORECASE,
)
# "8,400 new cases of adult ALL are diagnosed annually …, with around 3,000 patients in the relapsed
# refractory setting": a sentence about how many people a disease strikes; its counts are no
# cohort's outcome either
EPIDEMIOLOGY_SENTENCE = fastre.compile(
    r"\bnew\s+(?:[\w-]+\s+){0,2}?(?:cases|diagnoses)\b|\bdiagnosed\s+(?:annually|(?:each|every|per|a)\s+year)\b"
    # "Nearly 3,100 patients under 21 in the U.S. will be diagnosed with ALL this year"
    r"|\b(?:will\s+be|are|get)\s+diagnosed\b[^.;]{0,60}?\b(?:this|each|every|per|a|next)\s+year\b"
    # "an occurrence of 1000 or higher cases of NHL in Singapore", "the incidence of 12,000 cases"
    r"|\b(?:occurrence|incidence|prevalence)\s+of\s+(?:about\s+|around\s+|over\s+|some\s+)?\d[\d,.]*"
    r"(?:\s+or\s+(?:more|higher|greater))?\s+(?:new\s+)?cases\b",
    re.IGNORECASE,
)
# "after two relapses", "Emily had experienced two relapses": one patient's history told as a
# number of events, no outcome of a cohort. A trial counts the patients ("Two patients relapsed")
# or the events it saw ("there were three relapses among the 20 responders").
HISTORY_EVENTS_BEFORE = fastre.compile(
    r"\b(?:after|following|despite|through|experienced|suffered|had|having|survived|endured)\s+"
    r"(?:her\s+|his\s+)?$"
    # "following her second transplant and two relapses"
    r"|\b(?:after|following|despite)\s+[^.;,]{1,40}?\sand\s+$",
    re.IGNORECASE,
)
HISTORY_EVENTS_AFTER = fastre.compile(
    r"\s+(?:prior\s+|previous\s+|earlier\s+|separate\s+)?(?:relapses|recurrences)\b", re.IGNORECASE
)
# "a 4-year-old patient", "the 67-year-old patient achieved CR": an age, not a number of patients
AGE_AFTER = fastre.compile(r"[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old\b", re.IGNORECASE)
# "Adults aged 18-70 were enrolled", "patients between the ages of 1 and 25": an age, no count
AGE_BEFORE = fastre.compile(r"\b(?:aged?|ages(?:\s+of)?)[^\S\r\n]+(?:between[^\S\r\n]+)?$", re.IGNORECASE)
# "patients ≥65 years old", "those 65 years or older", "70 years of age and over": a duration that
# is an age (the number with its unit, then this)
AGE_AFTER_DURATION = fastre.compile(
    r"[- ]old\b|\s+of\s+age\b|\s+(?:or|and)\s+(?:older|over|above|younger|under|below)\b", re.IGNORECASE
)
# "patients younger than 25 years", "children under 3 years", "those over 60 years": a duration
# after people and a comparison is their age ("under"/"over" open the duration's own words)
AGE_BEFORE_DURATION = fastre.compile(
    r"\b(?:younger|older)\s+than\s+$"
    r"|\b(?:patients|pts|participants|subjects|children|kids|adults|adolescents|infants|people|persons"
    r"|individuals|men|women|those|recipients)\s+(?:aged\s+)?(?:under|over|below|above|at\s+least|[<>≤≥])\s*$",
    re.IGNORECASE,
)
# the comparison a duration's own words open with ("under 3 years")
COMPARISON_HEAD = fastre.compile(r"(?:under|over|below|above|at\s+least|[<>≤≥])\s*", re.IGNORECASE)
# "relapsed with 80% of malignant blast cells in the bone marrow", "blasts made up 45% of the
# marrow": a laboratory measure of one patient's disease, not a rate of patients
BLAST_SHARE_AFTER = fastre.compile(
    r"\s*(?:of\s+)?(?:the\s+)?(?:(?:malignant|leuka?emic|abnormal|residual|bone\s+marrow)\s+)*"
    r"(?:lympho|myelo)?blasts?(?:\s+cells)?\b"
    r"|\s+of\s+(?:the\s+|his\s+|her\s+)?(?:bone\s+)?marrow(?:\s+cells)?\b",
    re.IGNORECASE,
)
# A label's or a paper's threshold for which adverse reactions it lists, not a rate: "the most
# common adverse reactions (> 20%) were …", "(incidence ≥ 20%)", "Selected Adverse Reactions
# (≥ 10%)", and "adverse reactions with greater or equal to 10% incidence … are summarized in
# Table 2", "occurring in at least 10% of patients are listed"
AE_LISTING_THRESHOLD_BEFORE = fastre.compile(
    r"\b(?:adverse\s+(?:drug\s+)?(?:reactions?|events?)|ARs?|AEs?|TEAEs?|toxicities)\s*\(\s*"
    r"(?:incidence\s*|in\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
AE_LISTING_THRESHOLD_AFTER = fastre.compile(
    r"\s*(?:incidence|of\s+(?:the\s+)?(?:patients|subjects|participants))?\b[^.;]{0,60}?"
    # ("… were shown to have achieved a CR" is what a share reached, not where a table lists it)
    r"\b(?:are|were|is)\s+(?:summari[sz]ed|listed|shown|presented|tabulated|included|described)\b(?!\s+to\b)"
    r"|\s*(?:incidence|of\s+(?:the\s+)?(?:patients|subjects|participants))?\s*(?:are|were)?\s*(?:in|see)\s+Table\b",
    re.IGNORECASE,
)
# The same threshold told as a reduced relative clause whose set a verb then lists: "Adverse events
# occurring in at least 20% included CRS, …", "Side effects seen in more than 10% of patients
# were …", "The most common side effects, reported in at least 30% of patients, were …"; "grade 3
# events occurred in more than 30% of patients" (a finite verb) stays a rate
AE_SET_THRESHOLD_BEFORE = fastre.compile(
    r"\b(?:adverse\s+(?:drug\s+)?(?:reactions?|events?)|side[\s-]+effects?|ARs?|AEs?|TEAEs?|toxicities)"
    r"\s*,?\s+(?:(?:that|which)\s+(?:were\s+)?)?(?:occurring|reported|seen|observed|noted|experienced)"
    r"\s+in\s+(?:(?:≥|>=|>)\s*)?$",
    re.IGNORECASE,
)
AE_SET_THRESHOLD_AFTER = fastre.compile(
    r"\s*(?:(?:of\s+)?(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:patients|subjects|participants|recipients))?"
    r"\s*,?\s*(?:included|include|were|are|comprised|consisted\s+of|:)",
    re.IGNORECASE,
)
# "… and 60% of patients were male", "40% of patients had bulky disease", "90% of lupus patients live
# in countries without …": a share whose own clause names who the patients are (a baseline
# characteristic, where they live), not an outcome; it takes no endpoint from an earlier clause
BASELINE_SHARE_AFTER = fastre.compile(
    r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,4}?(?:patients|participants|subjects"
    r"|children|adults|people|individuals|those|them)\s+(?:(?:in\s+the\s+[\w-]+\s+(?:arm|group|cohort)\s+)?)"
    r"(?:(?:were|was|are|is)\s+(?:male|female|men|women|boys|girls|aged|older|younger|over\s+\d|under\s+\d"
    r"|≥|>|<|≤|white|black|Asian|Hispanic|Caucasian|heavily\s+pretreated|primary\s+refractory|from"
    r"|(?:triple|quad|penta)[- ]?(?:class[- ])?(?:refractory|exposed))\b"
    r"|(?:had|have|has)\s+(?:a\s+)?(?:history|prior|previous(?:ly)?|high[- ]risk|IPI|ECOG|bulky"
    r"|extramedullary|received\s+(?:a\s+)?prior|undergone|(?:an?\s+)?(?:prior|previous)\s+(?:auto|allo|stem|transplant))\b"
    # (where they live; "… lived beyond five years" is survival)
    r"|(?:live|lived|living)\s+(?:in|on|at|near|outside|abroad|far|rurally|alone)\b|(?:reside|resided|came|come)\b)",
    re.IGNORECASE,
)
# "Most of the patients were males (n=12, 67%) and Caucasian (n=16, 89%)": the count in brackets
# after a baseline trait says how many had it, not how many were treated
BASELINE_TRAIT_BEFORE_N = fastre.compile(
    r"\b(?:males?|men|females?|women|boys|girls|white|black|asian|hispanic|latino|caucasian"
    r"|non-hispanic|smokers?|never[- ]smokers?)\s*\(\s*[nN]\s*=\s*$",
    re.IGNORECASE,
)
# "(45% primary refractory)", "67% male", "(30% double-hit)", "(52% triple-class refractory)": a
# share labelled, right after it, by who the patients are (a baseline characteristic)
BASELINE_LABEL_AFTER = fastre.compile(
    # ("60% were pentaexposed", "(90% triple-class exposed)")
    r"\s*(?:were\s+|was\s+)?(?:primary\s+refractory"
    r"|(?:triple|quad|penta)[- ]?(?:class[- ])?(?:refractory|exposed)"
    r"|refractory\s+to\b|male\b|female\b|double[- ]hit|triple[- ]hit|double[- ]expressors?\b)",
    re.IGNORECASE,
)
# "33% of patients achieved progression-free survival of five years or more", "a third had
# remissions lasting two years or longer": how long the counted patients' survival or remission
# lasted at least (what the share counts), not a median
DURATION_REACHED_BEFORE = fastre.compile(
    r"\b(?:achieved|achieves?|achieving|had|have|has|having|reached|attained|experienced|enjoyed|with)\s+"
    r"(?:an?\s+)?(?:(?!(?:median|mean|average)\b)[\w-]+\s+){0,2}?(?:survival|remissions?|responses?)"
    r"(?:\s*\([A-Za-z]+\))?\s+"
    r"(?:of|lasting|for)\s+$"
    # "responses lasting more than 12 months were seen in 40%", "durable responses (≥6 months)"
    r"|\b(?:remissions?|responses?)\s+(?:that\s+|which\s+)?(?:lasting|lasted|last(?:s|ed)?)\s+(?:for\s+)?$"
    r"|\b(?:durable|(?:long[- ])?lasting)\s+(?:complete\s+)?(?:responses?|remissions?)\s*\(\s*$"
    # "there were minimal events happening beyond 2 years", "no relapses occurred beyond 3 years":
    # when events happened, not how long anyone lived without them
    r"|\b(?:events?|relapses?|progressions?|deaths?|recurrences?)\s+(?:(?:were|was|have\s+been)\s+)?"
    r"(?:(?:happening|occurring|occurred|seen|observed|reported|noted|recorded)\s+)?$",
    re.IGNORECASE,
)
# "… and were treated with axicabtagene ciloleucel (69%)", "most received bridging therapy (60%)":
# the share of the cohort given a product or a treatment, in brackets after it (the clause's verb;
# "the CR rate in patients treated with axi-cel (58%)" is an outcome by arm)
TREATED_SHARE_BEFORE = fastre.compile(
    r"(?:\b(?:were|was|been)\s+(?:treated|infused|bridged)\s+with|(?<!who\s)(?<!that\s)\breceived)"
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*\(\s*$",
    re.IGNORECASE,
)
# "the ORR was 73%, with prior transplant in a third of patients", "bulky disease in 40%": a
# baseline characteristic of the cohort named right before the share (CLAIMS.md 1)
BASELINE_IN_BEFORE = fastre.compile(
    r"\b(?:(?:a\s+)?(?:prior|previous)\s+(?:[\w-]+\s+){0,2}?(?:transplant\w*|ASCT|SCT|lines?|therap(?:y|ies)"
    r"|treatments?|regimens?|CAR[- ]?T\w*)|bulky\s+disease|extramedullary\s+(?:disease|involvement)"
    r"|high[- ]risk\s+(?:cytogenetics|features|disease)|TP53\s+(?:mutations?|alterations?)|del\(17p\)"
    r"|CNS\s+involvement)\s+in\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
# "At baseline, hypogammaglobulinemia was reported in six patients", "At enrollment, 30% had
# extramedullary disease": a clause that opens at baseline tells who the patients were, not an outcome
AT_BASELINE_BEFORE = fastre.compile(
    r"\b(?:at|on)\s+(?:(?:study\s+)?baseline|enrol+ment|study\s+entry|screening|the\s+time\s+of\s+enrol+ment)\s*,"
    r"[^.;:]{0,160}$",
    re.IGNORECASE,
)
# "the product, developed 100% by Thai researchers", "a 100% locally made drug": how much of a
# thing someone made or owns, no restated outcome (even when an outcome of the same value came before)
MADE_OR_OWNED_SHARE_BEFORE = fastre.compile(
    r"\b(?:developed|made|owned|funded|financed|produced|manufactured|built|designed|sourced|held)\s+$", re.I
)
MADE_OR_OWNED_SHARE_AFTER = fastre.compile(
    r"\s+(?:by\b|(?:locally|domestically|in-house)\b|(?:made|owned|funded|produced|manufactured|developed)\b)",
    re.I,
)
# How the events spread over grades, not how many patients had them: "CRS and NEs, which were
# predominantly grade ≤2 (77.2%)", "CRS in 94%, mostly grade 1 or 2 (80%)"
GRADE_SPREAD_BEFORE = fastre.compile(
    r"\b(?:predominantly|mostly|mainly|primarily|largely|chiefly)\s+(?:of\s+)?"
    r"(?:low[- ]grade|grades?\s*[^()\[\]\n]{0,14}?)\s*(?:[(\[]|,)\s*$",
    re.IGNORECASE,
)
# A company's stock moving, in trade and financial news: "sending shares into a sudden 13% dive",
# "causing shares in the company to fall 13%", "its stock $XYZ had been trading up around 30%",
# "the stock has dropped more than 40% since the IPO": a market's verdict, no outcome or saving (not
# "shares of patients", a payer's "share of the cost")
STOCK_MOVE_BEFORE = fastre.compile(
    r"\b(?:shares\b(?!\s+of\s+(?:the\s+)?(?:patients|participants|costs?|treatment))|stocks?\b"
    r"|share\s+price|premarket|pre-market|after-hours|market\s+(?:cap|value)\w*|trading\s+(?:up|down)\b"
    r"|\$[A-Z]{3,5}\b)"
    r"[^.;!?]{0,80}?\b(?:rose|fell|fall|falls|falling|dropped|drop|drops|dive|dived|plunged?|plummet\w*|slid|slump\w*"
    r"|sank|sunk|jumped|jump|soared|surged?|climbed|gained|lost|down|up|higher|lower|tumbled?|trading|traded|into)\b"
    r"[^.;!?]{0,40}$",
    re.IGNORECASE,
)
BLAST_SHARE_BEFORE = fastre.compile(
    r"\bblasts?(?:\s+cells)?\s+(?:made\s+up|accounted\s+for|comprised|constituted|of|at|were|was|reached)\s+"
    r"(?:about\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# "a 33% higher objective response rate", "a 26% greater CR rate than …", "median OS was 8 months
# longer with cilta-cel": how far one arm is from another, not either arm's figure ("60% or higher"
# is a bound, read with its figure)
_SHARE_DIFFERENCE_AFTER = fastre.compile(
    r"\s+(?:higher|greater|lower|better|worse|more|less|fewer)\b", re.IGNORECASE
)
DIFFERENCE_AFTER = {
    "percent": _SHARE_DIFFERENCE_AFTER,
    "fraction": _SHARE_DIFFERENCE_AFTER,
    "duration": fastre.compile(r"\s+(?:longer|shorter|more|less|fewer)\b", re.IGNORECASE),
}
RELATIVE_CHANGE_AFTER = fastre.compile(
    r"\s*(?:\([^()]{0,120}\)\s*)?(?:relative\s+)?(?:risk\s+reduction|(?:reduction|decrease|increase|improvement"
    r"|lower|higher|lowering)\s+(?:in\s+(?:the\s+)?)?"
    # "a 30% reduction in mortality risk", "a 40% reduction in mortality"
    r"(?:(?:(?:mortality|death|progression|relapse|recurrence)\s+)?(?:risk|hazard|odds)|mortality\b))\b",
    re.IGNORECASE,
)
# "remained progression-free 2.5 years after a single infusion": when, not how long anyone lived
# without progression
TIME_SINCE_AFTER = fastre.compile(
    r"\s+(?:after|post|following|since)\s+(?:a\s+|the\s+|one\s+|their\s+)?(?:single\s+|first\s+|last\s+)?"
    r"(?:infusion|treatment|dosing|dose|randomi[sz]ation|therapy|transplant)"
    # "remain in remission five years later": when, not how long
    r"|\s+later\b",
    re.IGNORECASE,
)
# "in the modelled analysis … a 5-year survival of 45%", "a cure fraction of 35% was assumed": a
# model's input or output, not an observed outcome (an ICER or a price is still money: not asked)
MODELLED_BEFORE = fastre.compile(
    r"\b(?:model(?:led|ed|ling|ing)?|modell?ed|assum(?:ed|es|ing|ption)|extrapolat\w+|projected|simulat\w+"
    r"|base[- ]case|scenario\s+analys\w+|cure\s+fraction|partitioned\s+survival|Markov)\b[^.;!?]*$"
    # a condition's threshold: "no longer cost-effective if its 5-year EFS was ≤26.4%", "if the
    # response rate falls below 30%" (a hypothesis, not a result)
    r"|\bif\s+(?:its|the|their|a|an)\s+[^.;!?,]{0,60}?\b(?:was|were|is|are|fell|falls|drops?|dropped"
    r"|exceeds?|exceeded|reache[sd]|reach)\s+(?:below\s+|above\s+|under\s+|over\s+)?$"
    # a definition's threshold: "relapse is defined by greater than 5% lymphoblasts", "response
    # was defined as ≥50% reduction" (not "the ORR, defined as the share with CR or PR, was 82%")
    # (the figure right after "defined by/as", its comparator read with it)
    r"|\bdefined\s+(?:by|as)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# An endpoint's definition between the endpoint and its figure: "the ORR, defined as the
# proportion of patients with CR or PR, was 82%", "event-free survival, defined as the time to
# relapse or death, was 61%", "the ORR (the proportion of patients with CR or PR) was 82%". The
# endpoints it names define the figure's; they do not claim it (`link.outside_definitions`).
DEFINITION_ASIDE = fastre.compile(
    r",\s*(?:which\s+(?:is|was)\s+)?(?:defined|measured|assessed|calculated|determined)\s+(?:as|by)\b[^;]{0,200}?,"
    r"(?=\s*(?:was|were|is|are|reached|stood|came\s+to|amounted\s+to|of|at)\b)"
    r"|\(\s*(?:defined\s+as|i\.\s?e\.,?|the\s+(?:proportion|percentage|share)\s+of|the\s+time\s+(?:from|to|until))"
    r"\b[^()]{0,200}\)",
    re.IGNORECASE,
)
# "researchers hope to reach a cure rate of 90%", "the trial aims to show a 60% response rate":
# an aim or a design, not a result (a price "patients can expect to pay" is still a price: money
# is not asked about this)
ASPIRATION_BEFORE = fastre.compile(
    r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|aspir(?:e|es|ed|ing)|intend(?:s|ed)?|seek(?:s|ing)?"
    r"|designed|powered|(?:is|are|was|were)\s+expected|goal\s+is|target\s+is)\s+to\b[^.;:!?]*$"
    # "we're looking for a response rate over 30%", "we'd like to see 40%": a bar set, not a result
    r"|\b(?:(?:are|is|were|was|'re|’re)\s+look(?:ing)?\s+for|would\s+(?:like|want)\s+to\s+see"
    r"|(?:'d|’d)\s+(?:like|want)\s+to\s+see)\b[^.;:!?]*$",
    re.IGNORECASE,
)
# Who a rate counts, not what it counts: "among MRD-negative patients", "in CR patients",
# "patients with a complete response", "those who achieved CR". A cue there qualifies the
# population; the metric is the cue before it in the clause, when there is one.
QUALIFIER_PREPOSITION = fastre.compile(r"\b(?:among|in|for|of)\s+(?:the\s+|all\s+|those\s+)?$", re.IGNORECASE)
POPULATION_AFTER = fastre.compile(
    r"[\s-]*(?:patients|participants|subjects|cases|responders|children|adults|population|group|cohort)\b",
    re.IGNORECASE,
)
_POPULATION = r"\b(?:patients|participants|subjects|those|children|adults|responders|cases)\s+"
_RELATIVE = r"(?:with|in|(?:who|that)\s+(?:had|have|achieved|attained|reached|were\s+in|are\s+in|showed))"
QUALIFIER_AFTER_POPULATION = fastre.compile(
    rf"{_POPULATION}(?:{_RELATIVE}|achieving|attaining)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE
)
# "relapse was 29% at 24 months for CR vs 61% for nonresponse", "2-year OS was 80% for CR versus
# 35% for PR": a response named after "for" right after one figure, with the figure it is compared
# with next, labels the group that figure is of; the figures' metric is the subject before them
RESPONSE_LABEL_BEFORE = fastre.compile(
    r"\d\s*(?:%|percent|months?|years?)?(?:\s*\([^()]{0,40}\))?(?:\s+at\s+[\w-]+(?:\s+(?:months?|years?))?)?"
    r"\s+(?:for|in)\s+(?:(?:patients|those|children|adults)\s+(?:in|with|achieving|who\s+achieved)\s+)?"
    r"(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
COMPARED_FIGURE_AFTER = fastre.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:vs\.?|versus|compared\s+(?:with|to)|and|but|while|whereas)\s+"
    r"(?:about\s+|only\s+|just\s+)?\d",
    re.IGNORECASE,
)
RESPONSE_METRICS = frozenset({"cr", "orr", "mrd_negative"})
# After the number, only a relative clause qualifies: "75% of patients who had a CR" counts
# patients with a CR, but "83% of patients achieving a CR" is a CR rate.
QUALIFIER_RELATIVE = fastre.compile(
    rf"{_POPULATION}{_RELATIVE}\s+(?:at\s+least\s+)?(?:an?\s+|the\s+)?$"
    # "… of patients who relapse (after …)", "of people who experience recurrence": the relative
    # clause's own verb or event says who they are
    r"|\b(?:patients|participants|subjects|those|children|adults|responders|cases|people|individuals)\s+"
    r"(?:who|that)\s+(?:(?:experience[sd]?|develop(?:s|ed)?|suffer(?:s|ed)?)\s+(?:an?\s+)?)?$",
    re.IGNORECASE,
)

CUES: tuple[Cue, ...] = (
    # "median follow-up for survival of 29.3 months": the endpoint names the follow-up, not the figure
    Cue(
        "block.follow_up",
        None,
        r"follow[- ]?up(?:\s+(?:time\s+)?(?:for|of)\s+(?:overall\s+|progression[- ]free\s+|event[- ]free\s+)?"
        r"survival|\s+for\s+(?:OS|PFS|EFS))?",
    ),
    Cue("block.confidence", None, r"\bCI\b|confidence\s+interval|p\s*[<=>]"),
    Cue(
        "block.process",
        None,
        r"manufactur\w*|vein[- ]to[- ]vein|turnaround|lead\s+times?|production|hospital\s+stays?"
        # a dose, not "12 months after dosing" (a time point of the figures that follow)
        # nor a trial's part or cohort named for its doses ("71% in the dose-expansion cohort")
        r"|hospitali[sz]ation|\bstay\b|\bvisas?\b|(?<!after\s)(?<!since\s)(?<!post-)(?<!post\s)\bdos(?:e|es|ing)\b"
        r"(?![- ](?:expansion|escalation|finding|levels?|cohorts?|groups?|arms?|optimi[sz]ation)\b)"
        r"|observation\s+window|monitoring",
    ),
    Cue(
        "block.age",
        None,
        # (not the groups a rate is compared across: "similar across age groups (78% vs 80%)")
        r"(?<!\bby\s)(?<!\bacross\s)\baged?\b(?!\s+(?:groups?|subgroups?|categor(?:y|ies)|strata|bands?))"
        r"|years?\s+old|-year-old|\bage\s*[<>≤≥]",
    ),
    Cue("block.eligibility", None, r"prior\s+lines?|lines\s+of\s+(?:prior\s+)?therapy"),
    # "52 were evaluable for response": who could be assessed, not who responded
    Cue(
        "block.evaluable",
        None,
        r"\b(?:evaluable|assessable|evaluated|eligible|available)\s+for\s+(?:the\s+)?(?:\w+\s+){0,2}?"
        r"(?:response|responses|efficacy|safety|toxicity|survival|remission)\b",
    ),
    Cue("block.other_survival", None, r"metastasis[- ]free\s+survival|\bMFS\b"),
    Cue(
        "block.threshold",
        None,
        r"(?:incidence|frequency|reported\s+in|occurring\s+in)(?=\s*(?:≥|>=|>|≤|<|of\s+at\s+least))",
    ),
    Cue("block.expression", None, r"expression|heterogeneity|variability|sensitivity|specificity"),
    # a baseline trait, not an outcome: "Never achieved CR with previous therapy, n (%) | 122 (45)",
    # "38% had never achieved a complete response to any prior therapy"
    Cue(
        "block.never_responded",
        None,
        r"\bnever\s+(?:achieved|attained|reached|had|obtained)\s+(?:an?\s+|any\s+)?(?:s?CR|complete\s+(?:response|remission)"
        r"|(?:objective\s+|overall\s+)?response|remission)\b",
    ),
)

# How much a tumour shrank, not how many patients responded: "remission of at least 60% of the
# tumours", "tumours shrank by at least 60%", "a 50% reduction in tumour burden"
TUMOUR_SIZE_AFTER = fastre.compile(
    r"\s*(?:of\s+(?:the\s+|their\s+|its\s+)?(?:tumou?rs?|lesions?|tumou?r\s+(?:burden|size|mass|volume))\b"
    r"|(?:reduction|shrinkage|decrease)\s+(?:in|of)\s+(?:the\s+|their\s+)?tumou?r)",
    re.IGNORECASE,
)
TUMOUR_SIZE_BEFORE = fastre.compile(
    r"\btumou?rs?\b[^.;%]{0,40}?\b(?:shr[ua]nk|shrinking|reduced|decreased|regressed)\s+(?:in\s+size\s+)?by\s+"
    r"(?:at\s+least\s+|over\s+|more\s+than\s+|up\s+to\s+|about\s+|nearly\s+|an\s+average\s+of\s+)?$",
    re.IGNORECASE,
)
TUMOUR_SIZE_REACH = 80
# "one patient's tumor shrank by 18.5% within two days, and by day 69 the reduction had reached
# 60.7%": the same shrinkage told again, the tumour named earlier in the sentence
SHRINKAGE_AGAIN_BEFORE = fastre.compile(
    r"\btumou?rs?\b(?:[^.;]|\.(?=\d)){0,160}?\b(?<!price\s)(?<!cost\s)(?:reduction|shrinkage|regression|decrease)\s+"
    r"(?:had\s+|has\s+|then\s+)?(?:reached|was|grew\s+to|rose\s+to|amounted\s+to)\s+"
    r"(?:about\s+|nearly\s+|over\s+)?$",
    re.IGNORECASE,
)
SHRINKAGE_AGAIN_REACH = 200

# "the MRD negativity rate was 95.3%, including 100% of patients who achieved a CR and 98.9% of
# those not previously treated": the subgroups' figures of the rate before "including"
INCLUDING = fastre.compile(r",?\s*including\s+", re.IGNORECASE)
SUBGROUP_FIGURE_AFTER = fastre.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:patients|participants|subjects|those|children|adults|responders)\b", re.I
)


# Where one clause of a sentence ends and the next begins: "…; …", "…, and …", "… while …"
# ("His aunt, who set up a fundraising page, wrote: treatment will cost …": a quote opens one)
_CLAUSE_BREAK = (
    r";|,\s+(?:while|whereas|but|and)\b|\s+(?:while|whereas)\s+"
    r"|\b(?:wrote|writes|said|says|added|adds|explained|stated|posted|told\s+\w+)\s*:\s"
)
CLAUSE_BREAK = fastre.compile(_CLAUSE_BREAK, re.IGNORECASE)
# ...and where a sentence or line ends, for a window cut from running text
CLAUSE_EDGE = fastre.compile(_CLAUSE_BREAK + r"|[.!?](?=\s)|\n", re.IGNORECASE)
