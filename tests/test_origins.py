"""Where each attributed field came from (issue 24): the ledger records, per field with a value,
the context that gave it and the words there, so a reviewer can tell a stated field from an
inferred one. Sentences of our own, several genres: press release, clinic page, table, abstract."""

import pytest

from carclaims.extract import extract_text


def origins(text: str, claim_text: str, metric: str | None = None) -> dict[str, tuple[str, str]]:
    """{field: (level, the words)} for the claim whose text is `claim_text`."""
    ledger = extract_text(text)
    found = [c for c in ledger.claims if c.text == claim_text and (metric is None or c.metric == metric)]
    assert found, [c.text for c in ledger.claims]
    claim = found[0]
    assert set(claim.attributed_from) == {
        f for f in ("product", "indication", "region", "population", "study") if getattr(claim, f)
    }
    return {f: (o.level, text[o.start : o.end]) for f, o in claim.attributed_from.items()}


def test_fields_stated_in_the_sentence_point_at_their_words():
    text = (
        "In the ZUMA-1 study, axi-cel achieved an ORR of 83% in adults with large B-cell lymphoma "
        "in the US.\n"
    )
    got = origins(text, "83%")
    assert got["product"] == ("sentence", "axi-cel")
    assert got["indication"] == ("sentence", "large B-cell lymphoma")
    assert got["population"] == ("sentence", "adults")
    assert got["region"] == ("sentence", "US")
    assert got["study"] == ("sentence", "ZUMA-1")


@pytest.mark.parametrize(
    "text, claim_text, level, words",
    [
        # a heading over a clinic page's price list
        (
            "Treatment costs\n\n## Prices in China\n\n"
            "A course of treatment costs about $45,000 at our partner hospital.\n",
            "about $45,000",
            "heading",
            "China",
        ),
        # the paragraph's earlier sentence of a news story
        (
            "Doctors in Germany reported the results on Monday. Of the patients treated, 71% responded to "
            "the therapy within three months.\n",
            "71%",
            "paragraph",
            "Germany",
        ),
        # a yuan price with no place named: the currency
        (
            "The hospital charges 1.2 million yuan for one infusion of the cell product.\n",
            "1.2 million yuan",
            "currency",
            "1.2 million yuan",
        ),
    ],
)
def test_inferred_regions_say_which_context_gave_them(text, claim_text, level, words):
    assert origins(text, claim_text)["region"] == (level, words)


def test_a_named_study_gives_its_product():
    text = (
        "Long-term results were presented at the meeting.\n\n"
        "In ELIANA, the overall remission rate was 81% at three months.\n"
    )
    got = origins(text, "81%")
    assert got["study"] == ("sentence", "ELIANA")
    assert got["product"] == ("study", "ELIANA")


def test_the_article_topic_is_its_opening_words():
    text = (
        "Cell therapy update\n\n"
        "This guide explains Carvykti, a CAR-T therapy for multiple myeloma, and what patients and "
        "families should know before the first visit, during the infusion and in the weeks after it.\n\n"
        "## Results\n\n"
        "Patients often ask how long the process takes from the first consultation to the infusion day.\n"
        "Across the pivotal study, 98% of patients responded.\n"
    )
    got = origins(text, "98%")
    assert got["product"] == ("topic", "Carvykti")
    assert got["indication"] == ("topic", "multiple myeloma")


def test_a_respectively_list_gives_each_figure_its_name():
    text = "Kymriah and Yescarta are listed at $475,000 and $373,000, respectively.\n"
    assert origins(text, "$475,000")["product"] == ("respectively", "Kymriah")
    assert origins(text, "$373,000")["product"] == ("respectively", "Yescarta")


def test_a_table_row_label_names_the_product():
    text = (
        "Approved products and list prices in the US:\n\n"
        "| Product | Price |\n|---|---|\n| Breyanzi | $410,300 |\n| Abecma | $419,500 |\n"
    )
    got = origins(text, "$410,300")
    assert got["product"] == ("row_label", "Breyanzi")


def test_no_origin_without_a_value():
    ledger = extract_text("Some 250 patients were treated at the centre last year.\n")
    for claim in ledger.claims:
        assert all(getattr(claim, f) is not None for f in claim.attributed_from)


def test_an_origin_for_a_field_with_no_value_is_invalid():
    from pydantic import ValidationError

    ledger = extract_text("In China, 71% of patients responded to the therapy.\n")
    claim = ledger.claims[0]
    data = claim.model_dump()
    data["attributed_from"]["product"] = {"level": "heading", "start": 0, "end": 5}
    with pytest.raises(ValidationError, match="attributed_from.product"):
        type(claim).model_validate(data)


def _table_studies() -> list[tuple[str, str]]:
    from carclaims.attribute import PRODUCTS

    return [(study, product.inn) for product in PRODUCTS for study in product.studies]


@pytest.mark.parametrize(("study", "product"), _table_studies())
@pytest.mark.parametrize(
    "sentence",
    ["In the {} trial, the ORR was 50%.", "Updated {} data showed a CR rate of 62%.", "{}: ORR 71%"],
)
def test_every_study_of_the_product_table_is_named_and_gives_its_product(sentence, study, product):
    """Whatever its shape ("iMMagine-1" is not NAME-N), a study the product table lists (each
    with its source) is a study, and a figure credited to it is its product's."""
    [claim] = extract_text("CAR-T news\n\n" + sentence.format(study)).claims
    assert (claim.study, claim.product) == (study, product)
    assert claim.attributed_from["study"].level == "sentence"
