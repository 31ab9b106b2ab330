"""A help no longer needed is no trouble (nlp/help_ended.py): a helper named by a person noun
who no longer does something for the citizen, beside what the citizen manages, tells a
resource; a helper who refuses, a helper said by a pronoun and the citizen's own "kan ikke mere"
stay a difficulty."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg klarer selv mit bad nu. Hjemmeplejen skal ikke komme mere for det.",
        "jeg handler selv ind igen og min datter skal ikke handle for mig mere",
        "min søn skriver ikke mine breve mere for mig, jeg gør det selv nu",
        "jeg tar selv mine piller hjemmesygeplejersken kommer ikke længere",
        "far klarer selv sin medicin nu, sygeplejersken behøver ikke komme mere",
        # no æøå, a filler, second-language word order
        "oeh jeg laver selv min mad nu, min datter laver ikke mere mad for mig",
        # the speaker's own help not to be had
        "jeg gaar selv i bad hver dag og det gaar fint jeg skal ikke ha hjaelp til det",
    ],
)
def test_help_no_longer_needed_is_a_resource(said: str) -> None:
    assert analyze(said, TODAY).stance == "resource"


@pytest.mark.parametrize(
    "said",
    [
        "jeg kan ikke mere",
        "hun vil ikke hjælpe mere, og jeg kan ikke selv komme i bad",
        "min datter vil ikke handle for mig mere, jeg kan ikke selv bære varerne",
        # a pronoun may be the citizen: no helper named
        "hun skriver ikke sine breve mere, hun glemmer det",
        # nothing the citizen manages beside it
        "hjemmeplejen kommer ikke mere og jeg kan ikke komme ud af sengen",
        "min søn kan ikke komme mere for mig, han er flyttet til Aarhus, så jeg kan ikke handle",
    ],
)
def test_refused_or_lacked_help_stays_a_difficulty(said: str) -> None:
    assert analyze(said, TODAY).stance == "difficulty"
