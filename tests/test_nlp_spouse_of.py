"""Who someone named is married to is no helper of the citizen's ("Kasper, han er gift med mit
barnebarn Sofie": Kasper helps, the grandchild is who he is married to; fix round 36, blind131
Marie)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "not_there"),
    [
        ("Kasper, han er gift med mit barnebarn Sofie, han går ved siden af mig.", "barnebarn"),
        ("Peter, som er gift med min datter, hjælper mig med haven.", "datter"),
        ("Min svigersøn hjælper. Han er gift med min datter Lene.", "datter"),
        ("ole der er kæreste med mit barnebarn korer mig til lægen", "barnebarn"),
    ],
)
def test_the_one_someone_is_married_to_is_no_helper(said, not_there):
    assert not_there not in analyze(said, TODAY).people


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jeg er gift med min kone Inge, hun hjælper mig.", "kone"),
        ("min datter og hendes mand hjælper mig med indkøb", "datter"),
        ("min datter er gift nu, hun kommer om søndagen", "datter"),
    ],
)
def test_the_speakers_own_spouse_or_a_kin_said_otherwise_stays(said, kept):
    assert kept in analyze(said, TODAY).people
