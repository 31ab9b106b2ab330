"""God- and foster kin (fix round 37): a relative who says "jeg er Holgers gudsøn" or "hans
plejedatter" is the godson or foster daughter in the people, not a bare relative; a godparent,
step or foster parent typed before the name ("min gudfar Holger") is no part of the name the
prompts use; a person "who is not to be asked" ("så hun skal ikke spørges") is no helper."""

from __future__ import annotations

import pytest
from engine_support import go
from test_engine_people_told31 import _to_people
from test_engine_relatives import relative_at_about


@pytest.mark.parametrize(
    ("about", "everyday", "said", "person"),
    [
        ("min gudfar Holger", "Jeg hedder Rasmus og er Holgers gudsøn, han bor i Haderslev.",
         "jeg henter ham hver onsdag", "gudsøn"),
        ("min gudmor", "jeg er hendes guddatter ikk, hun bor alene i Vejle",
         "det kan jeg godt", "guddatter"),
        ("min plejemor Karen", "Jeg er Sara, Karens plejedatter. Hun er 81.",
         "mig om lørdagen", "plejedatter"),
        ("Bent", "jeg er jo Bents plejesøn, han har boet paa gaarden altid",
         "jeg kan køre ham", "plejesøn"),
    ],
)  # fmt: skip
def test_a_god_or_foster_kin_told_is_the_relatives_role(about, everyday, said, person):
    turn = _to_people(about, everyday, "han vil gerne kunne tage bussen igen")
    assert turn.slot == "people"
    turn = go(turn, said)
    people = turn.state["slots"]["people"]
    assert person in people and "pårørende" not in people, people


@pytest.mark.parametrize(
    ("about", "name"),
    [
        ("min gudfar Holger", "Holger"),
        ("min gudmor inger", "Inger"),
        ("det er min stedfar Bent", "Bent"),
        ("min plejemor Karen hun er 80", "Karen"),
        ("min bonusfar Jørgen", "Jørgen"),
    ],
)
def test_a_god_step_or_foster_parent_before_the_name_is_no_part_of_it(about, name):
    turn = go(relative_at_about(), about)
    assert turn.slot == "everyday"
    assert name in turn.prompt
    kin = about.split()[-2] if about.split()[-1] != "80" else "plejemor"
    assert kin.capitalize() not in turn.prompt, turn.prompt


def _people_of(said: str) -> list[str]:
    turn = _to_people("min far", "jeg er hans søn", "han vil gerne kunne tage bussen igen")
    return go(turn, said).state["slots"]["people"]


@pytest.mark.parametrize(
    ("said", "refused"),
    [
        ("Fysioterapeuten træner med ham. Hans datter i Odense synes, han er for gammel til at "
         "gå med gevær, så hun skal ikke spørges.", "datter"),
        ("fysioterapeuten. hans datter mener altid at han skal blive hjemme og passe på sig selv "
         "saa hun skal ikke have besked", "datter"),
        ("Naboen Kaj hjælper ham. Hans søster i Sønderborg siger, at han er for gammel til den "
         "slags, så hun skal ikke blandes ind i det.", "søster"),
        ("fysioterapeut ja. svigerdatter siger han er for gammel til det der, og saa videre, saa "
         "hun skal ikke spørges", "svigerdatter"),
    ],
)  # fmt: skip
def test_one_who_is_not_to_be_asked_a_clause_later_is_no_helper(said, refused):
    people = _people_of(said)
    assert refused not in people, people


@pytest.mark.parametrize(
    ("said", "helper"),
    [
        # counter-examples: a helper's own "kan ikke" later leaves them a helper
        ("Hans datter kører ham derhen hver onsdag når hun har fri fra arbejde, men hun kan ikke "
         "om fredagen.", "datter"),
        ("Hans datter i Odense henter ham hver onsdag, og selvom han er lidt træt bagefter, så "
         "skal hun nok klare det.", "datter"),
    ],
)  # fmt: skip
def test_a_helper_said_to_be_unable_some_day_stays_a_helper(said, helper):
    assert helper in _people_of(said)
