"""Another person's demand said against the speaker's lack is no wish of the citizen's (fix
round 44, blind81): "Jeg kan ikke arbejde mere end fire timer, …, men chefen vil have otte
timer" is a difficulty; the boss's hours and the limit said against them are no measure. The
citizen's own wish, a demand with no lack before it and the citizen named by a relative keep
their reading."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "people"),
    [
        ("Jeg kan ikke arbejde mere end fire timer, så jeg bliver meget træt, men chefen vil have "
         "otte timer", ["chef"]),
        ("altsaa jeg kan ikke holde til mere end tre timer om dagen men min chef vil have mig "
         "tilbage paa fuld tid", ["chef"]),
        ("Jeg kan ikke sidde mere end en time på skolen, men læreren vil have at jeg bliver hele "
         "dagen", ["lærer"]),
        ("jeg kan ikke gaa mere end 200 meter men min datter vil gerne have at jeg gaar en tur "
         "hver dag", ["datter"]),
        ("øh jeg kan ikke staa mere end ti minutter ved komfuret men min kone hun vil have at jeg "
         "laver maden igen", ["kone"]),
        ("jeg kan ikk sidde mere end en halv time men lægen vil ha at jeg går i praktik",
         ["læge"]),
        ("jeg kan ikke bære mere end to kilo men naboen vil gerne have at jeg handler selv",
         ["nabo"]),
        ("mor kan ikke gå mere end 200 meter men lægen vil have at hun går en tur hver dag",
         ["læge"]),
    ],
)  # fmt: skip
def test_anothers_demand_after_a_lack_is_a_difficulty(said, people):
    facts = analyze(said, TODAY)
    assert facts.stance == "difficulty"
    assert list(facts.measures) == []
    assert list(facts.people) == people


@pytest.mark.parametrize(
    ("said", "stance", "measures"),
    [
        # the speaker's own wish after the lack
        ("Jeg kan ikke arbejde mere end fire timer men jeg vil gerne op på otte timer", "wish",
         [(8, "time")]),
        ("Jeg kan ikke gå så langt mere men jeg vil gerne have en rollator så jeg kan gå 500 "
         "meter", "wish", [(500, "meter")]),
        # another's wish with no lack before: kept, as before
        ("min datter vil have at jeg skriver til hende hver dag", "wish", []),
        ("chefen vil have otte timer", "wish", [(8, "time")]),
        # the citizen named by a relative wants it
        ("min mor kan ikke gå mere end 100 meter, men mor vil gerne have en rollator", "wish", []),
        # a lack alone keeps its limit
        ("Jeg kan ikke arbejde mere end fire timer", "difficulty", [(4, "time")]),
    ],
)  # fmt: skip
def test_counter_examples_keep_their_reading(said, stance, measures):
    facts = analyze(said, TODAY)
    assert facts.stance == stance
    assert [(m.value, m.unit) for m in facts.measures] == measures
