"""A second aid said after the first's clause of what for (fix round 37: blind135 Ove's "Med en
høj taburet ved røgovnen, så jeg kan sidde og passe ilden, og en lang ildrager, så jeg ikke skal
bukke mig"): the clause is left out and the list goes on after its comma and "og"; a clause
with no "og" after it still ends the list."""

from __future__ import annotations

import pytest
from engine_support import CONTENT
from test_engine_hedge import at_step, go, text

from assistant.dialogs.aid_things import shape_words, shaped_things

SMOKE = "jeg vil selv ryge sild i min røgovn igen"
SNOW = "jeg vil selv rydde sne foran huset"
WORDS = shape_words(CONTENT.dialogue)


def _things(said: str) -> list[str]:
    return [w for _p, w in shaped_things(said, CONTENT.goals.grammar, WORDS, lambda _w: False)]


@pytest.mark.parametrize(
    ("wish", "said", "aids"),
    [
        (SMOKE, "Med en høj taburet ved røgovnen, så jeg kan sidde og passe ilden, og en lang "
         "ildrager, så jeg ikke skal bukke mig.", ["taburet", "ildrager"]),
        (SMOKE, "en hoej taburet saa jeg kan sidde ned, og en lang ildrager", ["taburet"]),
        (SNOW, "en sneskovl paa hjul, saa jeg kan skubbe den, og en lang isskraber, saa jeg "
         "ikke skal boeje mig", ["sneskovl", "isskraber"]),
        (SNOW, "Min stok, fordi glat er det jo, og et par lange handsker", ["stok", "handsker"]),
    ],
)  # fmt: skip
def test_a_second_aid_after_the_firsts_clause_is_kept(content, wish, said, aids):
    turn = go(at_step(content, wish, "independence"), content, text(said))
    slots = turn.state["slots"]
    assert slots["independence"] == "hjaelpemiddel"
    assert all(a in slots["aids"] for a in aids), slots["aids"]


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("en kurv paa hjul, saa jeg kan koere den, og en lang kost", ["kurv", "kost"]),
        # counter-examples: a clause with no comma and "og" after it ends the list
        ("en kurv paa hjul, saa jeg ikke skal boeje mig ned til en lang stang", ["kurv"]),
        ("en kurv paa hjul, saa jeg kan tage en lang tur og en kort", ["kurv"]),
    ],
)
def test_the_list_goes_on_only_past_a_clause_closed_by_a_comma_and_og(said, things):
    assert _things(said) == things
