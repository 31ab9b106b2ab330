"""A relative's sentence about the citizen stays theirs (fix round 43, blind81): the speaker's
urging ("og jeg kan jo ikke tvinge ham") is about him, as help given is; a bare "mor" after
fillers ("øh mor glemmer …") opens the sentence as "mor" does; an owned child with their own
"sin"/"sine" after a modal ("vores søn vil gerne tage sin svendeprøve") is the one told of. A
trouble told with no wish counts how often it happens, no repetitions ("får den mad to gange")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
CAT = "øh mor glemmer at fodre katten nogle dage faar den mad to gange og andre dage slet ikke"


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("øh ja altså min mand han gider ikke gå i bad mere han siger han lugter ikke og jeg kan jo"
         " ikke tvinge ham", "mand"),
        ("min far han spiser næsten ingenting og jeg kan ikke tvinge ham", "far"),
        ("min mor hun vil ikke bruge rollatoren og jeg kan ikke få hende til det", "mor"),
        (CAT, "mor"),
        ("øhm far kan ikke selv komme i bad mere", "far"),
        ("ja altså mor glemmer sine piller hele tiden", "mor"),
        ("Vores søn vil gerne tage sin svendeprøve som tømrer inden sommer", "søn"),
        ("Min søn vil gerne tage sin svendeprøve som tømrer", "søn"),
        ("øh vores datter vil gerne passe sit arbejde igen", "datter"),
    ],
)  # fmt: skip
def test_the_relative_speaks_of_the_citizen(said, named):
    facts = analyze(said, TODAY)
    assert facts.perspective == "other" and named not in facts.people, facts


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("min mand han falder tit og jeg kan ikke løfte ham", "mand"),
        ("min søn vil gerne køre mig til lægen", "søn"),
        ("min datter vil gerne komme hver dag", "datter"),
        ("øh jeg vil gerne hjælpe mor med indkøb", "mor"),
        ("ja konen hun døde for to år siden og a har aldrig lavet mad vil gerne lære selv at koge"
         " kartofler", None),
    ],
)  # fmt: skip
def test_the_speakers_own_matter_stays_self(said, named):
    facts = analyze(said, TODAY)
    assert facts.perspective == "self", facts
    assert named is None or named in facts.people


@pytest.mark.parametrize(
    ("said", "measures"),
    [
        (CAT, []),
        ("jeg kan ikke rejse mig fra stolen, jeg skal prøve tre gange", []),
        ("han skal lave ti knaebojninger hver morgen som fysen har sagt men han gider ikke",
         [(10, "gang")]),
    ],
)  # fmt: skip
def test_a_trouble_without_a_wish_counts_no_repetitions(said, measures):
    assert [(m.value, m.unit) for m in analyze(said, TODAY).measures] == measures
