"""Safety: CRS, neurotoxicity/ICANS and other adverse events (each named in `event`)."""

from . import Cue

CUES: tuple[Cue, ...] = (
    # "cytokine reverse syndrome", "cytokine-related syndrome": abstracts misspell the name, the
    # shape stays
    Cue("crs", "crs", r"cytokine[- ](?:release|re\w{3,8})\s+syndrome(?:\s+\(CRS\))?|\bCRS\b"),
    Cue(
        "neurotoxicity",
        "neurotoxicity",
        r"immune[- ]effector[- ]cell[- ]associated\s+neurotoxicity(?:\s+syndrome)?(?:\s+\(ICANS\))?"
        r"|neuro-?toxicit(?:y|ies)|\bICANS\b|(?:central\s+nervous\s+system|\bCNS)\s+(?:toxicit(?:y|ies)|events?)"
        r"|neurologic(?:al)?\s+(?:toxicit(?:y|ies)|events?|adverse\s+events?|side\s+effects?)"
        # a patients' page's words: "neurological problems affect about 4 in 10 people", "nervous
        # system side effects"
        r"|(?:neurologic(?:al)?|nervous\s+system)\s+(?:problems|complications|symptoms|reactions|side\s+effects?"
        r"|toxicit(?:y|ies))"
        # ("Toxicity to the nervous system, including confusion and seizures", "effects on the brain")
        r"|(?:toxicit(?:y|ies)|side\s+effects?|effects?|problems?|damage)\s+(?:to|on|of|affecting)\s+the\s+"
        r"(?:central\s+)?nervous\s+system"
        r"|parkinsonism|movement\s+and\s+neurocognitive\s+(?:toxicit(?:y|ies)|adverse\s+events?|TEAEs?)",
    ),
    # "nonrelapse mortality (NRM) at 12 months was 6%": deaths from anything but the disease
    Cue(
        "ae_nonrelapse_mortality",
        "adverse_event",
        r"\bnon-?\s?relapse\s+mortality\b(?:\s+\(NRM\))?|\bNRM\b",
        event="non-relapse mortality",
    ),
    Cue(
        "ae_infection",
        "adverse_event",
        r"(?:severe\s+|serious\s+)?infections?\b",
        event="infection",
    ),
    # "two patients died from infections", "except in one patient who died through pulmonary
    # hemorrhage": a death a toxicity caused is an adverse event, not a survival figure (a death
    # from the disease stays one: "died of disease progression")
    Cue(
        "ae_fatal",
        "adverse_event",
        r"\b(?:died|deaths?)\s+(?:of|from|due\s+to|through|following|after|because\s+of|caused\s+by"
        r"|as\s+a\s+result\s+of|attributed\s+to|related\s+to|(?:was|were)\s+(?:attributed|related|due)\s+to)"
        r"\s+(?:[\w-]+\s+){0,4}?(?:infections?|sepsis|septic|pneumonia|ha?emorrhage|bleeding|CRS|cytokine\s+release"
        r"|ICANS|neurotoxicity|(?:cerebral|brain)\s+(?:o?edema|swelling)|HLH|ha?emophagocytic|cytopenias?|GVHD|graft|toxicit(?:y|ies)"
        r"|adverse\s+events?"
        r"|(?:treatment|therapy)[- ]related|complications?)\b"
        # "four deaths (…) related to liso-cel", "two deaths were considered related to treatment"
        r"|\bdeaths?\s+(?:\([^()]{0,120}\)\s+)?(?:(?:was|were)\s+)?(?:considered\s+|deemed\s+|judged\s+)?"
        r"(?:related|attributed|attributable|due)\s+to\s+(?:the\s+)?(?:treatment|therapy|study\s+drug|infusion"
        r"|CAR[- ]?T(?:\s+cells?)?|[a-z]+-cel)\b",
        verb=True,
        event="death",
    ),
    Cue(
        "ae_icu",
        "adverse_event",
        # ("intensive care unit admission", "ICU transfer")
        r"(?:ICU|intensive\s+care(?:\s+unit)?)\s+(?:admissions?|transfers?)(?:\s+required)?"
        r"|admi(?:tted|ssion)\s+to\s+(?:the\s+)?(?:ICU|intensive\s+care)",
        event="ICU admission",
    ),
    # "A third of patients needed treatment in intensive care", "12% were moved to the ICU"
    Cue(
        "ae_icu_verb",
        "adverse_event",
        r"\b(?:needed|required|requiring|needing|need|require)\s+(?:treatment\s+in|care\s+in|admission\s+to"
        r"|transfer\s+to)?\s*(?:the\s+|an\s+)?(?:ICU|intensive\s+care)\b"
        r"|\b(?:were|was)\s+(?:moved|transferred|sent)\s+to\s+(?:the\s+)?(?:ICU|intensive\s+care)\b"
        # "43 (41%) spent at least one day in the intensive care unit (ICU)"
        r"|\b(?:spent|stayed)\s+(?:at\s+least\s+(?:one|a|1)\s+(?:day|night)\s+|time\s+)?in\s+(?:the\s+|an\s+)?"
        r"(?:ICU|intensive\s+care)\b",
        verb=True,
        event="ICU admission",
    ),
    Cue(
        "ae_hematologic",
        "adverse_event",
        r"(?:severe\s+)?ha?ematologic(?:al)?\s+toxicit(?:y|ies)",
        event="hematologic toxicity",
    ),
    Cue(
        "ae_cytopenia",
        "adverse_event",
        r"(?:prolonged\s+|febrile\s+)?(?:cytopenias?|neutropenia|thrombocytopenia|ana?emia|pancytopenia)"
        r"|(?:prolonged\s+)?low\s+blood(?:[- ]cell)?\s+counts",  # as patient pages say it
        event="cytopenia",
    ),
    Cue(
        "ae_secondary_malignancy",
        "adverse_event",
        # "second primary non-hematological malignancies", "subsequent malignancies of T-cell
        # origin", "secondary T-cell lymphoma", "T-cell lymphoma after Carvykti", "CAR-positive lymphoma"
        r"(?:second(?:ary)?|subsequent)\s+(?:primary\s+)?(?:[\w-]+\s+)?"
        r"(?:malignanc\w*|cancers?|neoplasms?|lymphomas?|leuka?emias?)"
        r"|T[- ]cell\s+(?:malignanc(?:y|ies)|neoplasms?|cancers?)"
        r"|T[- ]cell\s+(?:lymphomas?|leuka?emias?)(?=\s+(?:after|following|post)\b)"
        r"|CAR[- ]positive\s+(?:T[- ]cell\s+)?(?:lymphomas?|malignanc(?:y|ies)|leuka?emias?)",
        event="secondary malignancies",
    ),
    Cue("ae_b_cell_aplasia", "adverse_event", r"B[- ]cell\s+aplasia", event="B-cell aplasia"),
    Cue(
        "ae_hypogammaglobulinemia",
        "adverse_event",
        r"hypogammaglobulina?emia",
        event="hypogammaglobulinemia",
    ),
    Cue(
        "ae_hlh",
        "adverse_event",
        r"ha?emophagocytic\s+lymphohistiocytosis|\bHLH\b|macrophage\s+activation\s+syndrome",
        event="HLH/MAS",
    ),
    Cue(
        "ae_mortality",
        "adverse_event",
        # "procedure-related mortality was 7.9% at day +100", "transplant-related mortality (TRM)
        # was 12% in the allogeneic arm", "toxic deaths occurred in 2%"
        r"(?:treatment|therapy|procedure|transplant(?:ation)?|toxicity)[- ]related\s+(?:deaths?|mortality)"
        r"(?:\s+\(TRM\))?|non[- ]relapse\s+mortality|\bTRM\b|\btoxic\s+deaths?\b",
        event="treatment-related mortality",
    ),
    Cue("ae_tls", "adverse_event", r"tumou?r\s+lysis\s+syndrome", event="tumour lysis syndrome"),
    Cue(
        "ae_gvhd",
        "adverse_event",
        r"graft[- ](?:versus|vs\.?|v\.?)[- ]host\s+disease(?:\s+\(GVHD\))?|\bGVHD\b",
        event="graft-versus-host disease",
    ),
    Cue("ae_viral", "adverse_event", r"viral\s+(?:re)?activation", event="viral activation"),
    # "Two patients had infusion-related reactions", "infusion reactions occurred in 5%"
    Cue(
        "ae_infusion_reaction",
        "adverse_event",
        # (not a bare "IRR": epidemiology's incidence rate ratio too)
        r"infusion[- ](?:related\s+|associated\s+)?reactions?(?:\s+\(IRRs?\))?",
        event="infusion-related reaction",
    ),
    Cue(
        "ae_antidrug_antibodies",
        "adverse_event",
        r"anti-?drug\s+antibod(?:y|ies)|\bADAs?\b",
        event="antidrug antibodies",
    ),
    Cue(
        "ae_cytopenia_kinds",
        "adverse_event",
        r"lymphopenia|leukopenia",
        event="cytopenia",
    ),
    Cue(
        "ae_generic",
        "adverse_event",
        # ...not the reports a pharmacovigilance database counts ("in 4.3% of adverse event reports")
        r"(?:(?:serious\s+)?adverse\s+(?:events?|reactions?|effects?)|side[- ]effects?|\b(?:TE|S)?AEs?\b)"
        r"(?!\s+reports?\b)",
        event="adverse events",
        generic=True,
    ),
)
