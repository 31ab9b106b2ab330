"""Today's limit behind a lack (fix round 35, blind70): in a difficulty, "kan kun stå fem
minutter ad gangen" said after "kan ikke længere tage opvasken" tells why the activity is lost,
no level to reach: no measure. A limit said alone, or of the very verb lacked, is the difficulty
itself and stays its measure ("min mand kan kun sove to timer ad gangen")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "mor kan ikke lave mad mere, hun kan kun staa ti minutter ad gangen",
        "jeg kan ikke støvsuge selv længere, jeg kan kun gå tyve meter ad gangen",
        "far kan ikke klare haven mere for han kan kun staa et kvarter ad gangen",
        "øh hun kan jo ikke gaa i byen mere ikk hun kan højst staa ti minutter",
        "min mand kan ikke længere hænge vasketøj op han kan kun stå fem minutter",
        "jeg kan ikke gøre rent mere altså jeg kan kun holde til ti minutter ad gangen",
    ],
)
def test_a_limit_behind_a_lack_is_no_measure(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.measures == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("min mand kan kun sove to timer ad gangen han vågner hele tiden og er helt smadret", 2),
        ("jeg kan ikke sove om natten jeg kan kun sove to timer ad gangen", 2),
    ],
)
def test_a_limit_of_the_difficulty_itself_stays(text, value):
    assert [m.value for m in analyze(text, TODAY).measures] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "far kan ikke længere passe sin have, han kan ikke stå op i mere end ti minutter",
        "mor kan ikke lave mad mere hun kan jo ikke staa ved komfuret i en halv time",
        "jeg kan ikke gå til kor mere, jeg kan ikke sidde stille i to timer",
        "min mand kan ikke længere køre bil, han kan ikke sidde i bilen mere end en halv time",
        "øh hun kan ikke vaere med i strikkeklubben laengere ikk hun kan ikke sidde op i tre timer",
    ],
)
def test_a_negated_limit_behind_a_lack_is_no_measure(text):
    """Round 35 (c73y, blind73): "kan ikke stå op i fire timer" behind "kan ikke længere være
    frivillig" tells why, as "kan kun stå fem minutter" does."""
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.measures == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "min mor har altid lavet mad til hele huset men nu kan hun ikke stå ved komfuret"
            " mere end fem minutter så skal hun sidde ned",
            5,
        ),
        ("jeg kan ikke sove om natten, jeg kan ikke sove mere end to timer ad gangen", 2),
    ],
)
def test_a_negated_limit_alone_or_of_the_verb_lacked_stays(text, value):
    assert [m.value for m in analyze(text, TODAY).measures] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg skal gå på sprogskole, men jeg kan ikke sidde stille i tre timer med min ryg.",
        "hun skal til genoptræning hver uge men hun kan ikke staa op i en halv time",
        "jeg skal passe mit barnebarn om onsdagen men jeg kan jo ikke gå med hende i to timer",
        "far skulle til fødselsdag men han kan ikke sidde på en stol i fire timer",
    ],
)
def test_a_negated_limit_behind_a_duty_is_no_measure(text):
    """Fix round 36 (f36f, blind74): a duty said before "men" ("skal gå på sprogskole") stands
    before the limit as a lack does."""
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.measures == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jeg kan ikke sidde stille i tre timer", 3),
        ("jeg skal ikke noget særligt men jeg kan ikke gå 200 meter", 200),
        ("Jeg skal gå til lægen. Men jeg kan ikke gå 300 meter.", 300),
    ],
)
def test_a_negated_limit_without_a_duty_before_stays(text, value):
    assert [m.value for m in analyze(text, TODAY).measures] == [value]
