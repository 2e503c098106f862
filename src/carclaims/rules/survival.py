"""Survival and durability: PFS, EFS, OS (medians or rates at a time point) and DOR."""

from . import Cue

_RATE = r"(?:\s+rates?)?"
# right after the subject of a present-tense verb: a share or a group ("15% of patients die")
_SUBJECTS = ("%", "percent", "patients", "children", "adults", "people", "them", "those")
_AFTER_ITS_SUBJECT = "(?:" + "|".join(rf"(?<={subject}\s)" for subject in _SUBJECTS) + ")"
# lasting responses: the rate still in response (CLAIMS.md: `dor`)
_DURABLE = r"(?:durable|(?:long[- ])?lasting)\s+(?:complete\s+)?(?:responses?|remissions?)"
CUES: tuple[Cue, ...] = (
    Cue("pfs", "pfs", r"progression[- ]free\s+survival" + _RATE + r"(?:\s+\(PFS\))?"),
    Cue("pfs_acronym", "pfs", r"\bm?PFS\b", case_sensitive=True),
    Cue("progression_free", "pfs", r"progression[- ]free\b(?!\s+survival)", verb=True),
    Cue("efs", "efs", r"event[- ]free\s+survival" + _RATE + r"(?:\s+\(EFS\))?"),
    Cue("efs_acronym", "efs", r"\bm?EFS\b", case_sensitive=True),
    # v1.1: relapse-, leukaemia- and disease-free survival are event-free survival
    Cue(
        "efs_other",
        "efs",
        # ("tumour-free", "lymphoma-free survival": free of the disease, as the others)
        r"(?:relapse|leuka?emia|disease|recurrence|cancer|tumou?r|lymphoma|myeloma)[- ]free\s+survival"
        + _RATE
        + r"(?:\s+\((?:RFS|LFS|DFS)\))?",
    ),
    Cue("efs_other_acronym", "efs", r"\bm?(?:RFS|LFS|DFS)\b", case_sensitive=True),
    # "event-free and overall survival were 50% and 66%": the first adjective shares the "survival"
    # of the endpoints after it (as "overall" does below)
    Cue(
        "event_free_shared",
        "efs",
        r"\b(?:event|relapse|leuka?emia|disease|recurrence)[- ]free"
        r"(?=(?:\s*(?:,|and|or|/|&)\s*(?:overall|progression[- ]free))+\s+survival\b)",
    ),
    Cue(
        "remained_free",
        "efs",
        r"\b(?:remained|remaining|remains|remain|stayed|were|was|are)\s+(?:alive\s+and\s+)?"
        r"(?:relapse|leuka?emia|disease|event)[- ]free\b"
        # "Seven remain free of the disease months to years later"
        r"|\b(?:remained|remaining|remains|remain|stayed|stay|stays)\s+free\s+(?:of|from)\s+(?:the\s+|their\s+)?"
        r"(?:disease|cancer|leuka?emia|lymphoma|relapse)\b",
        verb=True,
    ),
    Cue(
        "alive_without_progression",
        "pfs",
        # "39% of patients were alive and free of progression at five years", "the proportion of
        # patients alive without progression at 12 months was 45%"
        r"\b(?:(?:were|was|are|remained)\s+)?alive\s+(?:and\s+progression[- ]free|and\s+free\s+(?:of|from)\s+"
        r"(?:disease\s+)?progression|without\s+(?:their\s+|any\s+)?(?:\w+\s+)?(?:progress\w*|progression))",
        verb=True,
    ),
    # "the likelihood of being alive and relapse-free at one year was 52%": relapse-free survival
    Cue(
        "alive_and_event_free",
        "efs",
        r"(?:\b(?:chances?|odds|likelihood|probability)\s+of\s+)?(?:being\s+|remaining\s+|staying\s+)?alive\s+"
        r"(?:and\s+(?:relapse|leuka?emia|disease|event|recurrence)[- ]free\b"
        # "47% were alive without disease", "50% were alive and free of relapse"
        r"|without\s+(?:the\s+|any\s+|their\s+)?(?:disease|relapse|leuka?emia|recurrence|cancer)\b"
        r"|and\s+free\s+(?:of|from)\s+(?:the\s+|any\s+|their\s+)?(?:disease|relapse|leuka?emia|recurrence|cancer)\b)",
        verb=True,
    ),
    # "69% were still alive after one year and 47% without the disease": the second share of a
    # pair, its "alive" left out
    Cue(
        "without_disease_after_share",
        "efs",
        r"(?<=%\s)without\s+(?:the\s+|any\s+|their\s+)?(?:disease|relapse|leuka?emia|recurrence)\b",
    ),
    Cue("os", "os", r"overall\s+survival" + _RATE + r"(?:\s+\(OS\))?"),
    # "2-year overall and progression-free survival were 42% and 29%", "overall, event-free and
    # relapse-free survival": "overall" shares the "survival" of the endpoints after it
    Cue(
        "overall_shared",
        "os",
        r"\boverall(?=(?:\s*(?:,|and|or|/|&)\s*(?:progression|event|relapse|leuka?emia|disease|recurrence)"
        r"[- ]free)+\s+survival\b)",
    ),
    Cue("os_acronym", "os", r"\bm?OS\b", case_sensitive=True),
    Cue(
        "survival",
        "os",
        # not a trial's entry criterion or a prognosis: "expected survival ≥3 months", "an estimated
        # survival of more than 3 months" (but "estimated survival at 2 years was 60%" is a result)
        r"(?:(?<!expected\s)(?<!anticipated\s)(?<!predicted\s)(?<!estimated\s)\bsurvival"
        r"|(?<=estimated\s)survival(?!\s+(?:of\s+)?(?:≥|>|at\s+least|more\s+than|over|greater\s+than"
        r"|longer\s+than)))" + _RATE + r"\b|\bsurviv(?:ed|e|es)\b"
        # ("Only 3% to 5% of people diagnosed will be alive three years later": a prognosis told)
        r"|\b(?:were|remained|are|(?:will|would|may|might)\s+(?:still\s+)?be)\s+(?:still\s+)?alive\b"
        # (the cue ends at "lived": "beyond five years" is the figure's, or a share's time point)
        r"|\blived(?=\s+(?:(?:for\s+)?a\s+median|for|longer|beyond|past|more\s+than)\b)"
        # "On average, patients live about 14 months after diagnosis": a survival time, told with the
        # event it counts from (not "live for four weeks near the centre")
        r"|\blives?(?=\s+(?:(?:about|around|roughly|approximately|only|just|an\s+average\s+of|a\s+median\s+of"
        r"|on\s+average)\s+){0,2}(?:\d[\d.]*|\w+)(?:\s+to\s+(?:\d[\d.]*|\w+))?\s+(?:months?|years?)\s+"
        r"(?:after|from|following|since|beyond)\s+(?:(?:their|the|a|his|her)\s+)?(?:diagnosis|treatment|infusion"
        r"|relapse|progression|recurrence|surgery|transplant))",
        verb=True,
        generic=True,
    ),
    # "the chance of surviving five years rose to 40%", "the probability of being alive at two years
    # was 61%": a survival rate (the years after it are its time point, not a survival time)
    Cue(
        "chance_of_surviving",
        "os",
        r"\b(?:chances?|odds|likelihood|probability)\s+of\s+(?:long[- ]term\s+)?"
        r"(?:surviving|being\s+alive)\b",
        kinds=frozenset({"percent", "fraction"}),
        verb=True,
    ),
    # "25 patients were still alive, 18 died": outcomes told as counts
    # ...and in the present tense, as the verb of a share or a group ("10% to 15% of patients die",
    # "a third of them die within a year"): only after its subject, since "die" alone is also
    # the German article
    Cue(
        "died",
        "os",
        r"\b(?:were\s+)?died\b|\bdeaths?\b|"
        + _AFTER_ITS_SUBJECT
        + r"(?:(?:will|may|might|still|eventually|ultimately|usually|often|later)\s+){0,2}die\b",
        verb=True,
        generic=True,
    ),
    Cue(
        "still_in_response",
        "dor",
        # "the probability of remaining in remission was 54%", "stayed in remission"
        r"\b(?:remained|remains|remain|remaining|stayed|staying|stays|stay|(?:were|was|are|is)\s+still|still|continued\s+to\s+be"
        # ("about 40 will still be in remission after 5 years")
        r"|continue\s+to\s+be|(?:will|would|may|might|could)\s+(?:still\s+)?be)\s+in\s+"
        # ("stay in long-term remission", "remained in continuous complete remission")
        r"(?:(?:complete|long[- ]term|lasting|durable|continuous|continued|sustained|deep"
        r"|(?:drug|treatment|medication|therapy)[- ]free)\s+){0,2}"
        # ("66% of complete responders remained in CR at 12 months")
        r"(?:remission|response|(?-i:s?CRi?|CR/CRi|MRD-negative\s+CR)\b)"
        # "65% of the 28 patients who achieved sCR maintained their response for at least 12 months"
        # ("5 patients had maintained CR for a period exceeding 1 year")
        r"|\b(?:maintained|sustained|kept)\s+(?:(?:their|a|the|its)\s+)?(?:complete\s+)?(?:response|remission"
        r"|(?-i:s?CR)\b)"
        # "a sustained response of 60% at 5 years", "ongoing responses in 40%": still responding
        r"|\b(?:sustained|ongoing)\s+(?:complete\s+)?(?:responses?|remissions?)\b(?:\s+rates?)?"
        # "complete response was maintained in five of nine patients", "responses were ongoing in 40%",
        # "remissions proved durable in 5 of 8"
        r"|\b(?:complete\s+)?(?:responses?|remissions?)\s+(?:was|were|had\s+been|has\s+been|have\s+been|proved)\s+"
        r"(?:maintained|sustained|ongoing|durable)\b",
        verb=True,
    ),
    # "a durable remission rate of about 40% at 3 years"; after its figure, without "rate" too:
    # "'40% Durable Remission at 3 years'", "30% of patients achieve long-lasting remissions".
    # (Before a figure without "rate" it is a quality, not the figure's endpoint: "demonstrated
    # high durable response, overall response rate (ORR) of 82.1%".)
    Cue("durable_rate", "dor", r"\b" + _DURABLE + r"\s+rates?\b"),
    # ...and as the subject of "were observed in": "Durable responses (≥6 months) were observed in
    # 46% of patients"
    Cue(
        "durable_observed",
        "dor",
        r"\b(?:durable|(?:long[- ])?lasting)\s+(?:complete\s+)?(?:responses|remissions)\b"
        r"(?=(?:\s*\([^()]{1,30}\))?\s+(?:were|was|have\s+been|has\s+been)\s+(?:observed|seen|reported|noted|achieved)"
        r"\s+in\b)",
        position="before",
    ),
    Cue("durable_after", "dor", r"\b" + _DURABLE + r"\b", position="after", verb=True),
    # "65% had remission lasting at least 6 months", "responses that lasted more than a year in 40%":
    # the rate still in response at that time (a label's or a regulator's summary)
    Cue(
        "lasting_at_least",
        "dor",
        r"\b(?:complete\s+)?(?:remissions?|responses?)\s+(?:that\s+|which\s+)?(?:lasting|lasted|last(?:s|ed)?)\s+"
        r"(?:for\s+)?(?=at\s+least\b|more\s+than\b|over\b|longer\s+than\b|beyond\b|≥|>)"
        # ...and the median of how long they lasted: "the median response lasted 11 months"
        r"|\bmedian\s+(?:complete\s+)?(?:remission|response)\s+(?:lasted|lasts|was\s+sustained\s+for)\b",
        verb=True,
    ),
    Cue(
        "duration_of_response",
        "dor",
        r"duration\s+of\s+(?:the\s+)?(?:complete\s+|overall\s+)?(?:response|remission)"
        # "the median duration of CR was 18.4 months"
        r"|duration\s+of\s+(?-i:s?CRi?|CR/CRi|PR)\b"
        r"|duration\s+of\s+MRD[- ]?(?:negativity|negative\s+(?:status|remission|response))"
        # (the medians of slides and posts: "mDOR 33.9 mo", as "mPFS", "mEFS")
        r"|(?:response|remission)\s+duration|\bm?DoR\b|\bm?DOR\b",
    ),
)
