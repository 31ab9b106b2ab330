"""A stoma belt ("stomibælte", said apart "stomi bælte") and wrist weights against a tremor
("vægtmanchetter", "håndledsvægte") are aids; "Nej, ikke den …" with a comma after the no is a
refusal, as without it (fix round 35, blind131 Sanela and Bent)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Med stomi bælte, stramt. Og badedragt special.", "stomibælte"),
        ("jeg vil i svømmehallen igen med mit stomibælte", "stomibælte"),
        ("hun bruger sit stomi bælte når hun svømmer", "stomibælte"),
        ("Med vægtmanchetter på håndleddene, det dæmper rysten.", "vægtmanchet"),
        ("far vil gerne spise selv igen med vægtmanchetten på", "vægtmanchet"),
        ("han har faaet haandledsvaegte mod rysten", "håndledsvægt"),
    ],
)  # fmt: skip
def test_a_stoma_belt_and_wrist_weights_are_aids(said, aid):
    facts = analyze(said, TODAY)
    assert aid in facts.aids and facts.independence == "hjaelpemiddel", (facts.aids, facts)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("nej, ikke en rollator, jeg vil hellere gå med min stok ned til købmanden", "stok"),
        ("Nej, ikke den rollator, fysioterapeuten snakkede om, jeg vil hellere gå med min stok",
         "stok"),
        ("nej, aldrig en kørestol, hun vil hellere gaa med sin rollator til kirken", "rollator"),
        ("Nej tak, ikke nogen badebænk, jeg vil gerne kunne vaske mig selv med et greb",
         "støttehåndtag"),
    ],
)  # fmt: skip
def test_a_no_with_a_comma_before_the_aid_refuses_it(said, kept):
    facts = analyze(said, TODAY)
    assert list(facts.aids) == [kept], facts.aids
