"""Response and remission outcomes: ORR, CR, MRD-negativity, disease control, success, relapse."""

from . import Cue

# A comparator arm named right after its figure ("52% with standard care", "30% on chemotherapy"):
# attribution gives such a figure no product, and linking lets it share its first side's time point
COMPARATOR_ARM_NAME = (
    r"(?:standard[- ]of[- ]care|standard[\s-]+(?:care|therap(?:y|ies)|treatments?|regimens?)|SOC\b"
    r"|chemotherap(?:y|ies)\b(?!-)|chemo\b(?!-)|placebo|control\s+(?:arm|group|cohort)|controls\b"
    r"|salvage\s+(?:therap(?:y|ies)|chemotherapy|treatments?|regimens?)|conventional\s+(?:therap|treatment)"
    # what patients had before the new therapy: "will relapse on currently available treatments"
    r"|(?:currently\s+available|existing|current|conventional)\s+(?:therap(?:y|ies)|treatments?|regimens?)\b"
    r"|best\s+available\s+therapy|(?:physician|investigator)(?:['’]s|s['’]?)?\s+choice|TPC\b"
    r"|comparator\s+(?:arm|group)"
    # another class of T-cell redirecting drug compared with CAR-T ("… or a BsAb (n=241)")
    r"|bispecific(?:s|\s+(?:antibod(?:y|ies)|T-cell\s+engagers?))?\b|BsAbs?\b|BiAbs?\b)"
)
# ... and the words from the figure to that arm: "with", "for the", "of those on", "among patients given"
COMPARATOR_ARM_AFTER = (
    # ("5 (2%) patients in the standard-of-care group": the noun said first)
    r"\s*(?:(?:patients|participants|subjects|pts)\s+)?"
    # ("211 to standard of care": an arm's size, the randomisation said before)
    r"(?:(?:with|for|in|on|among|to)\s+|of\s+(?=(?:those|patients|participants)\b)"
    # ("of the 52 patients instead given physician's choice", "52 assigned to standard care")
    r"|(?:(?:instead|who\s+were|were)\s+)?(?:given|receiving|assigned\s+to|randomi[sz]ed\s+to|allocated\s+to"
    r"|treated\s+with)\s+)(?:the\s+)?"
    r"(?:(?:those|patients|participants)\s+(?:on|in|receiving|given|treated\s+with)\s+(?:the\s+)?)?"
    + COMPARATOR_ARM_NAME
)

_RATE = r"(?:\s+rates?)?"
# "ORR (CR or CR with incomplete hematologic recovery)", "overall remission rate (CR + CRi)": the
# endpoint's definition in brackets, whose response words name no endpoint of their own
_DEFINED_AS = r"(?:\s*\((?=[^()]{0,80}\b(?:CR|[Cc]omplete)\b)[^()]{0,80}\))?"
# complete remission with incomplete or partial count recovery: "CRi", "CR with incomplete
# hematologic recovery", "complete response with partial haematological recovery (CRh)"
_CR_INCOMPLETE = (
    r"(?:\bCR[ih]\b|(?:(?i:complete\s+(?:remission|response)s?)|\bCR)\s+(?i:with\s+(?:incomplete|partial)"
    r"\s+(?:[\w-]+\s+){0,3}?recovery)(?:\s*\(CR[ih]\))?)"
)
# The disease by the names patients' pages give it, and who watched it go ("saw their leukemia
# disappear", "saw their tumors shrink"): fragments of the lay-outcome cues below
_DISEASE = r"(?:cancer|disease|leuka?emia|lymphoma|myeloma|tumou?rs?)"
_SAW_THEIR = r"\b(?:saw|see|sees|had|have)\s+(?:their|its)\s+"
# No disease left, in lay words (a complete remission): "cancer-free", "free of disease", "no
# evidence of cancer"; said after its share or count, or before it (the cues "cancer_free" and
# "cancer_free_in")
_DISEASE_GONE = (
    r"(?:\bcancer[- ]free\b(?!\s+survival)|\bfree\s+(?:of|from)\s+(?:cancer|(?:the\s+)?disease)\b"
    r"|\bno\s+(?:evidence|signs?|trace)\s+of\s+(?:cancer|(?:the\s+)?disease)\b)"
)
CUES: tuple[Cue, ...] = (
    # MRD-negative remission beats plain CR/ORR when both are said in one phrase.
    Cue(
        "mrd_negative",
        "mrd_negative",
        r"MRD[- ]?neg(?:ative|ativity)(?:[\s-]+(?:complete|overall|CR|CRi|remissions?|responses?"
        r"|rates?|status|bone\s+marrow|\(?CR\)?))*",
    ),
    # "MRD-negative CR" said the other way round: "minimal residual disease complete remission
    # (MRD-CR)", "MRD- CR", "MRD-negative complete response"
    Cue(
        "mrd_cr",
        "mrd_negative",
        r"(?:minimal|measurable)\s+residual\s+disease(?:[\s-]+negative)?\s+complete\s+(?:remission|response)s?"
        r"(?:\s*\(\s*MRD\s*-?\s*CR\s*\))?|\bMRD\s*[-−]\s*CR\b|\bMRD\s*\(-\)\s*CR\b",
    ),
    # "64 (98%) were MRD(–) ≤3 mo", "MRD– in 20 patients": the minus sign for negative
    Cue(
        "mrd_minus",
        "mrd_negative",
        r"\bMRD\s*(?:\(\s*[–−-]\s*\)|[–−](?=[\s,.;:)]|$))(?!\s*CR\b)",
        case_sensitive=True,
    ),
    Cue(
        "cr_with_mrd_negative",
        "mrd_negative",
        r"(?:CR|complete\s+(?:remission|response))\s+with\s+(?:an?\s+)?MRD[- ]?negative(?:\s+status)?",
    ),
    Cue(
        "mrd_spelled_out",
        "mrd_negative",
        r"(?:minimal|measurable)\s+residual\s+disease[- ](?:negative|negativity)"
        r"|(?:minimal|measurable)\s+residual\s+disease\s*\(MRD\)\s*[- ]?(?:negative|negativity)"
        r"|negative\s+(?:for\s+)?(?:minimal|measurable)\s+residual\s+disease",
    ),
    # "92% of patients had no detectable residual disease", "no measurable residual disease (MRD)"
    Cue(
        "no_residual_disease",
        "mrd_negative",
        r"\bno\s+(?:detectable|measurable|evidence\s+of)\s+(?:minimal\s+|measurable\s+)?residual\s+disease\b"
        r"|\bundetectable\s+(?:minimal|measurable)\s+residual\s+disease\b"
        # the abbreviation too: "undetectable MRD", "MRD was undetectable in 95%", "no MRD was
        # detected among all responding patients (95% [58/61])", "no detectable MRD"
        r"|\b(?:undetectable|no\s+detectable)\s+MRD\b|\bMRD[- ]undetectable\b"
        r"|\bMRD\s+(?:was|were|became|remained|is|being)\s+undetectable\b"
        r"|\bno\s+(?:(?:minimal|measurable)\s+residual\s+disease\s*\(MRD\)|MRD)\s+(?:was\s+|were\s+)?detected\b",
        verb=True,
    ),
    Cue(
        "complete_remission",
        "cr",
        # ("complete metabolic responses" on PET: the lymphoma CR of the Lugano criteria)
        # ("the rate of complete response/remission (CR) and CR with incomplete marrow recovery")
        r"(?:overall\s+)?(?:complete|full|total)\s+(?:metabolic\s+)?(?:remission|response)s?"
        r"(?:/(?:remission|response)s?)?(?:\s+\((?:CRi?|CMR)\))?"
        + _RATE
        + r"(?:\s+\(CR\))?(?:\s*(?:or|and|/|\+|plus)\s*"
        + _CR_INCOMPLETE
        + r")?",
    ),
    Cue(
        "cr_acronym",
        "cr",
        r"\bCRs?\b(?:\s*(?:/|\+|or|and|plus)\s*CR[ih]\b)?(?:\s+rates?)?|\bCR[ih]\s*(?:/|\+)\s*CR\b(?:\s+rates?)?",
        case_sensitive=True,
    ),
    # CR with incomplete (CRi) or partial (CRh) blood count recovery, said alone, is neither a CR
    # rate nor CR+CRi together (CLAIMS.md 2): "55% CR and 21% CRi" has one CR rate
    Cue("block.cr_incomplete", None, _CR_INCOMPLETE + r"(?:\s+rates?)?", case_sensitive=True),
    # "CRR 53.45%", "bCR" (best CR), "sCR/CR", "(s)CR or better"
    # "OCR rate=70%": overall complete remission (CR + CRi), as ZUMA-3's reports abbreviate it
    Cue("cr_variant", "cr", r"\b(?:CRR|bCR|OCR|sCR(?:\s*/\s*CR)?)\b(?:\s+rates?)?", case_sensitive=True),
    Cue(
        "cr_or_better",
        "cr",
        r"(?:stringent\s+)?complete\s+(?:response|remission)\s+or\s+(?:better|(?:a\s+)?complete\s+(?:response|remission))"
        r"(?:\s+rates?)?|at\s+least\s+(?:a\s+)?(?:CR|complete\s+(?:response|remission))"
        r"|stringent\s+complete\s+(?:response|remission)(?:\s+rates?)?",
    ),
    Cue("completely_cured", "cr", r"\b(?:completely\s+cured|complete(?:ly)?\s+cured?)\b", verb=True),
    # "7 of 11 patients appear to be cancer-free", "60% were free of disease at one year": no sign of
    # the disease left, a complete remission in lay words (said after the share or count)
    Cue(
        "cancer_free",
        "cr",
        _DISEASE_GONE,
        position="after",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    # ...and before it: "cancer-free in 7/11 patients", "no evidence of disease was found in 40%"
    Cue(
        "cancer_free_in",
        "cr",
        _DISEASE_GONE + r"['’\"”]?"
        r"(?:\s+(?:was|were|has\s+been|have\s+been)\s+(?:found|seen|reported|observed|achieved))?\s+in\b",
        position="before",
        kinds=frozenset({"percent", "fraction"}),
    ),
    # "eliminated the cancer in 70% of patients", "cleared their leukaemia in half of the cases": the
    # disease gone, as patients' pages say a complete remission
    Cue(
        "disease_eliminated",
        "cr",
        r"\b(?:eliminat(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing)|clear(?:s|ed|ing)?|wip(?:e|es|ed|ing)\s+out)\s+"
        r"(?:the\s+|their\s+|all\s+)?" + _DISEASE + r"\b(?!\s+cells?\b)"
        # "81% of children saw their leukemia disappear", "the cancer vanished in 60% of patients"
        r"|" + _SAW_THEIR + _DISEASE + r"\s+(?:completely\s+)?(?:disappear|vanish|go\s+away)\b"
        r"|\b"
        + _DISEASE
        + r"\s+(?:completely\s+)?(?:disappeared|vanished|went\s+away)(?:\s+completely)?\s+in\b",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    # "in 60% of them the cancer disappeared in just 30 days", "In 60% of patients, the tumours
    # vanished": the share said first, the disease going after it
    Cue(
        "disease_gone_after",
        "cr",
        r"\bof\s+(?:them|those|these|(?:the\s+)?(?:patients|cases|children|adults|participants))\s*,?\s+"
        r"(?:the\s+|their\s+)?" + _DISEASE + r"\s+(?:completely\s+)?(?:disappeared|vanished|went\s+away)\b",
        position="after",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    # "respond completely to existing treatments": a complete response, said with the verb
    Cue(
        "responded_completely",
        "cr",
        r"\brespond(?:s|ed|ing)?\s+completely\b|\bcompletely\s+respond(?:s|ed|ing)?\b",
        verb=True,
    ),
    Cue(
        "overall_response",
        "orr",
        r"(?:overall|objective|best\s+overall)\s+(?:response|remission)s?"
        + _RATE
        + r"(?:\s+\(ORR\))?"
        + _DEFINED_AS,
    ),
    # "Overall and complete response rates were 89% and 70%": the first adjective stands for the
    # overall response rate, its noun said once with the second ("the response and complete
    # remission rates": the first noun, likewise)
    Cue(
        "overall_elliptic",
        "orr",
        r"(?:\b(?:overall|objective)|(?<!overall\s)(?<!objective\s)\bresponse)"
        # ("The overall and complete response (CR) rates were 58% and 42%", "the overall (OR) and
        # complete response (CR) rates at day 28 were 74% and 52%": each with its abbreviation)
        r"(?=(?:\s*\([^()]{1,12}\))?\s+(?:and|or|/)\s+complete\s+(?:response|remission)s?(?:\s*\([^()]{1,12}\))?"
        r"\s+rates?\b)",
    ),
    # "bORR" (best), "cORR" (confirmed: trial releases)
    Cue("orr_acronym", "orr", r"\b[bc]?ORRs?\b" + _DEFINED_AS, case_sensitive=True),
    # "success rates for achieving remission" name the remission endpoint, not a vague success
    Cue(
        "success_of_remission",
        "orr",
        r"success\s+rates?\s+(?:for|of|in)\s+(?:achieving\s+)?(?:a\s+)?(?:remission|response)",
    ),
    Cue("response_rate", "orr", r"(?:response|remission)\s+rates?"),
    # "experienced either a complete or partial response", "a partial or complete remission": both
    # responses together, the overall response (patient pages, news)
    Cue(
        "complete_or_partial",
        "orr",
        r"\b(?:either\s+(?:an?\s+)?)?(?:complete\s+or\s+(?:a\s+)?partial|partial\s+or\s+(?:a\s+)?complete)\s+"
        r"(?:response|remission)s?\b",
        verb=True,
    ),
    # "tumours shrank in 72% of patients", "48% saw their tumors shrink": a response told by what
    # the tumour did (news and patient pages)
    # "77% of patients saw their cancer enter remission", "half saw their leukaemia go into
    # remission": a response told by what the disease did
    Cue(
        "saw_remission",
        "orr",
        # ("8 in 10 people saw their disease respond to Yescarta")
        _SAW_THEIR
        + _DISEASE
        + r"\s+(?:(?:enter|go\s+into|went\s+into|going\s+into|move\s+into)\s+remission|respond|responded)\b",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    Cue(
        "tumours_shrank",
        "orr",
        r"\btumou?rs?\s+(?:shrank|shrunk|shrink|shrinks|got\s+smaller)\b"
        r"|" + _SAW_THEIR + r"tumou?rs?\s+(?:shrink|shrunk|get\s+smaller)\b",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    Cue(
        "responded",
        "orr",
        # ("81 percent of patients achieved disease remission": the disease's remission, one cue)
        r"\b(?:disease\s+)?(?:respond(?:ed|ing)?|remissions?|responses?)\b",
        verb=True,
        generic=True,
    ),
    # A partial response is neither an overall nor a complete response: stop linking across it.
    Cue(
        "block.partial_response",
        None,
        r"(?:partial\s+(?:response|remission)s?(?:\s+rates?)?|\bPRs?\b|"
        r"very\s+good\s+partial\s+response|\bVGPR\b|stable\s+disease|progressive\s+disease)"
        # ("Stable disease was the best response in 10%": that response, not a response rate)
        r"(?:\s+(?:was|as)\s+(?:the\s+|their\s+)?best\s+(?:overall\s+)?response)?",
    ),
    Cue("disease_control", "dcr", r"disease\s+control" + _RATE + r"(?:\s+\(DCR\))?|\bDCR\b"),
    Cue(
        "success",
        "success_rate",
        # not the success of making the cells ("manufacturing success rate", "production success")
        r"(?<!manufacturing\s)(?<!production\s)(?<!transduction\s)(?<!apheresis\s)(?<!collection\s)"
        # (nor "the success of CAR-T therapy", "success stories": no rate)
        # ("a greater than 95% success rate of producing its product": making the cells, again)
        r"\bsuccess(?:\s+rates?\b(?!\s+(?:of|in|for|at)\s+(?:producing|manufacturing|making|generating|production"
        r"|manufacture|collection|apheresis)\b)|\b(?!\s+(?:of|stor(?:y|ies)|rates?)\b))"
        r"|\b(?:efficacy|effective(?:ness)?|recovery|cure)\s+rates?"
        # "shown to be 80% effective": a vague efficacy told by the adjective after the share
        r"|(?:(?<=%\s)|(?<=%)|(?<=percent\s))effective\b",
    ),
    # "80 percent of those with leukemia saw significant improvements in symptoms", "about 70% of
    # patients showed marked improvement", "nine showed benefits": a vague efficacy told by the verb
    # after the share (not "an improvement in PFS", an endpoint's own change)
    Cue(
        "improvement",
        "success_rate",
        r"\b(?:saw|see|sees|showed|show|shows|experienced|experience|had|achieved|reported)\s+"
        r"(?:(?:a|an|some)\s+)?(?:(?:significant|marked|substantial|clear|major|dramatic|meaningful)\s+)?"
        r"improvements?\b(?!\s+in\s+(?:[\w-]+\s+){0,2}?(?:survival|PFS|OS|EFS|DFS|response))"
        # "nine showed benefits", "70% of patients derived clinical benefit" (not "benefited from
        # the programme": who was served)
        r"|\b(?:saw|showed|experienced|derived|gained)\s+(?:(?:a|some)\s+)?(?:(?:clinical|significant|meaningful)\s+)?"
        r"benefits?\b"
        # "8 of 10 patients with myasthenia gravis improved": the verb alone, ending its clause
        r"|\b(?:(?:significantly|markedly|substantially|clinically|dramatically)\s+)?improved\b"
        r"(?=\s*(?:[.;,)]|$|\s+(?:significantly|markedly|substantially|clinically|after|within|following)\b))"
        # "only about half of patients benefit from CAR-T in the long term" (what they were given)
        r"|\bbenefit(?:s|ed|ted)?\s+(?:(?:durably|lastingly)\s+)?from\s+(?:the\s+|this\s+|it\b)?"
        r"(?:CAR[- ]?T|treatment|therapy|infusion|it\b)",
        position="after",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    # "it is working in 90 to 100 percent of patients", "effective in 80% of cases": a vague
    # efficacy told by the verb before the share
    Cue(
        "works_in",
        "success_rate",
        # ("their efficacy is limited to about half of the patients treated")
        r"\b(?:(?:work(?:s|ed|ing)?|effective)\s+(?:in|for)"
        r"|(?:efficacy|benefit|effectiveness)\s+(?:is|was|are|were|remains?)\s+(?:limited|restricted|confined)\s+to)"
        r"\b(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+"
        # ("works for about two out of three patients", "effective in half of them")
        r"|over\s+|more\s+than\s+|up\s+to\s+|roughly\s+|approximately\s+|~\s*)?"
        r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b))",
        position="before",
        kinds=frozenset({"percent", "fraction"}),
    ),
    # "could cure around 40 per cent of patients", "cured 27% of patients in the trial": a cure
    # rate told by its verb, before the share
    Cue(
        "cures",
        "success_rate",
        r"\bcur(?:e|es|ed)\b(?!\s+rates?\b)",
        position="before",
        kinds=frozenset({"percent", "fraction"}),
    ),
    # "About 40 percent of lymphoma patients are cured": the cure said after the share
    Cue(
        "are_cured",
        "success_rate",
        r"\b(?:are|were|is|was|be|been|get|got|gets|being)\s+(?:now\s+|effectively\s+|probably\s+|likely\s+"
        r"|functionally\s+|potentially\s+)?cured\b"
        # "(40% chance that he's cured)": a family's blog, a doctor's odds
        r"|\bchance\s+(?:that\s+)?(?:he|she|they|you|the\s+patient)(?:['’]s|['’]re|['’]ll\s+be|\s+is|\s+are"
        r"|\s+will\s+be|\s+would\s+be)\s+(?:now\s+|already\s+)?cured\b",
        position="after",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    # "the responses were transient in two of the three participants": so many lost their
    # response, not a response rate (a response that lasted is `dor`: "ongoing in 40%")
    Cue(
        "block.response_lost",
        None,
        r"\b(?:responses?|remissions?)\s+(?:were|was|proved|have\s+been|has\s+been)\s+(?:only\s+)?"
        r"(?:transient|short-lived|temporary|brief|not\s+durable)\b",
    ),
    # "13 had no response": not a responder count
    Cue(
        "block.no_response",
        None,
        r"\bno\s+(?:response|remission)\b|\bnon-?respon\w*|\b(?:not|never)\s+respond\w*"
        r"|\bfail(?:s|ed)?\s+to\s+respond\b",
    ),
    # "63 reinfusions for relapse prevention", "given to prevent relapse": no relapse had ("the
    # 2-year relapse risk was 35%" is a rate)
    Cue(
        "block.relapse_prevention",
        None,
        r"\brelapse\s+(?:prevention|prophylaxis)\b|\bprevent(?:s|ed|ing)?\s+(?:a\s+)?relapses?\b"
        r"|\bprevention\s+of\s+relapses?\b",
    ),
    # "salvage therapy for second or greater BM relapse", "patients in second or later marrow
    # relapse", "in first remission": which relapse (or remission) the patients are treated in, no
    # outcome of the therapy
    Cue(
        "mask.relapse_setting",
        None,
        r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|later|subsequent|multiple)"
        r"\s+(?:or\s+(?:greater|later|subsequent|higher|more|further)\s+)?"
        r"(?:(?:BM|bone\s+marrow|marrow|CNS|isolated|combined|medullary|extramedullary|early|late)\s+)+relapses?\b"
        r"|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+or\s+(?:greater|later|subsequent|higher|more|further)"
        r"\s+relapses?\b"
        # ("40% of patients in first remission relapse": the remission they were in, no response)
        r"|\bin\s+(?:their\s+|a\s+)?(?:first|second|third|1st|2nd|3rd)\s+(?:complete\s+)?remission\b",
    ),
    Cue(
        "relapse",
        "relapse",
        # not "children with relapsed B-ALL": who the patients are, not an outcome
        r"\b(?!(?:(?<=with\s)|(?<=for\s)|(?<=of\s)|(?<=in\s)|(?<=and\s))relapsed\s+(?:B[- ]|T[- ]|ALL\b|CLL\b"
        r"|LBCL\b|DLBCL\b|NHL\b|MM\b|FL\b|MCL\b|acute\b|chronic\b|large\b|diffuse\b|multiple\b|follicular\b"
        r"|mantle\b|lymphomas?\b|leuka?emias?\b|myelomas?\b))"
        # nor "patients in second or later relapse": which relapse they are treated in
        # (but "A third relapsed": a share)
        r"(?:(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!fifth\s)(?<!later\s)(?<!subsequent\s)"
        r"(?=relapses?\b)|(?=relapsed\b))"
        r"relapse(?:s|d)?\b(?!\s*(?:/|or|and)\s*refractory)"
        # "the cumulative incidence of relapse/progression": one endpoint
        r"(?:\s*(?:/|or)\s*(?:disease\s+)?progression\b)?" + _RATE + r"|\brecurrences?" + _RATE + r"\b"
        # "a 60% chance of relapsing within the next two years" (not "relapsing-remitting")
        r"|(?<=of\s)relapsing\b(?![- ]remitting)(?!\s*(?:/|or|and)\s*refractory)",
        verb=True,
    ),
    # "60% of patients develop relapsed or refractory disease" is a relapse rate, but "44 (91.7%) had
    # relapsed or refractory disease" (or "with" it) a baseline characteristic
    Cue(
        "block.had_relapsed_disease",
        None,
        r"(?:had|have|has|with)\s+relapsed\s+(?:or|/|and)\s+refractory\s+disease",
    ),
    Cue("relapsed_disease", "relapse", r"relapsed\s+(?:or|/|and)\s+refractory\s+disease"),
    Cue(
        "progressed",
        "relapse",
        r"(?:suffered|had|developed|experienced)\s+(?:progressive\s+disease|disease\s+progression)",
        position="after",
    ),
)
