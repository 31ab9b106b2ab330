"""A relative's people (fix round 31): the role told with the relative's own name ("Jeg er
Jesper, hendes søn") tells who "jeg"/"mig" is; a person called by a first name told earlier
("sit barnebarn Mikkel i Australien") and said in the people answer not to be able to help
("Mikkel kan jo ikke hjælpe hende derfra") is no helper, also beside the relative's own "jeg"."""

from __future__ import annotations

import pytest
from engine_support import card, go
from test_engine_relatives import relative_at_about


def _to_people(about: str, everyday: str, wish: str):
    turn = go(relative_at_about(), about)
    for _ in range(30):
        if turn.slot == "people":
            return turn
        if turn.slot == "everyday":
            turn = go(turn, everyday)
        elif turn.slot == "wish":
            turn = go(turn, wish)
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    return turn


@pytest.mark.parametrize(
    ("about", "everyday", "said", "person"),
    [
        ("min mor Edith", "Jeg er Jesper, hendes søn. Mor bor alene i Næstved.",
         "Jeg kommer om søndagen og øver med hende", "søn"),
        ("min far", "jeg er Lone, hans datter, og far bor i et rækkehus",
         "det kan jeg godt", "datter"),
        ("min mor Inger", "Jeg er Karin hendes svigerdatter. Inger er 90.",
         "mig om lørdagen", "svigerdatter"),
        ("min far Henning", "jeg er altså Bo, hans søn, han bor alene paa landet",
         "jeg kan komme om tirsdagen", "søn"),
        ("Gerda", "Jeg er Anne, hendes nabo. Gerda er 84 og bor over for mig.",
         "mig, jeg kan gå med hende", "nabo"),
        ("min mor", "øh jeg er Mette hendes datter ikk og mor har haft en blodprop",
         "jeg kan hjælpe hende i starten", "datter"),
    ],
)  # fmt: skip
def test_the_role_told_with_the_relatives_own_name_tells_who_mig_is(about, everyday, said, person):
    turn = _to_people(about, everyday, "hun vil gerne kunne tage bussen igen")
    assert turn.slot == "people"
    turn = go(turn, said)
    assert person in turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("about", "wish", "said", "kept", "not_helper"),
    [
        ("min mor Edith",
         "Hun vil gerne selv kunne ringe til sit barnebarn Mikkel i Australien med video",
         "Jeg kommer de første søndage. Mikkel kan jo ikke hjælpe hende derfra.",
         "barn", "barnebarn"),
        ("min far",
         "han vil gerne kunne skrive mails til sin søster Birte i Canada igen",
         "mig om torsdagen, Birte kan ikke hjælpe ham, hun bor jo derovre",
         "barn", "søster"),
        ("min mor",
         "hun vil selv kunne sende billeder til sit barnebarn Sofie i London",
         "jeg kan vise hende det, Sofie bor i London så hun kan ikke",
         "barn", "barnebarn"),
        ("min kone Grete",
         "hun vil gerne kunne ringe til sin bror Ole i Thy selv",
         "det kan jeg hjælpe med. Ole han kan ikke hjælpe, han er selv syg",
         "mand", "bror"),
        ("min far",
         "far vil gerne selv kunne besøge sin ven Erik paa plejehjemmet",
         "jeg kører ham de første gange men Erik kan jo ikke hjælpe ham",
         "barn", "ven"),
    ],
)  # fmt: skip
def test_a_name_told_earlier_and_said_not_to_help_is_no_helper_beside_mig(
    about, wish, said, kept, not_helper
):
    turn = _to_people(about, "hun bor alene", wish)
    assert turn.slot == "people"
    turn = go(turn, said)
    people = turn.state["slots"]["people"]
    assert kept in people and not_helper not in people
