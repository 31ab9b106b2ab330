"""Fix round 39 (fB, blind138 Ulrikke): a thing found with an indefinite article is a new one
come by, no lost one sought ("ergoterapeuten har fundet en brikholder"): an aid, as one given or
got; a tool compound the lexicon does not know is read after "fundet", "givet", "skaffet",
"lånt", "købt" as after "fået". A lost thing looked for stays none ("kan ikke finde brillerne",
"fandt stokken under sengen")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("ergoterapeuten har fundet en kortholder til mig saa jeg kan spille kort", "kortholder"),
        ("min datter fandt et skærebræt med pigge i genbrugen", "skærebræt"),
        ("hun har skaffet mig en kopholder", "kopholder"),
        ("øh terapeuten har givet mig en brikholder", "brikholder"),
        ("Ergoterapeut har fundet en rollator til mig", "rollator"),
        ("svigerdatter købte en dyneklemme til mig i byen", "dyneklemme"),
    ],
)
def test_a_thing_found_or_given_is_an_aid(text, aid):
    facts = analyze(text, TODAY)
    assert aid in facts.aids
    assert facts.independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke finde brillerne om morgenen",
        "jeg fandt stokken under sengen",
        "jeg kan ikke finde min rollator",
        "han leder altid efter sin stok",
        "hun forlagde høreapparatet igen i går",
    ],
)
def test_a_lost_thing_sought_is_none(text):
    assert analyze(text, TODAY).aids == ()
