"""Things the lexicon knows no aid by, said to the aid question with a tool's part ("på hjul",
"med langt skaft", or typed as a fragment of its own: "påsmører. langt skaft."), a tool's shape
("en lang lighter", "et par lange ovnhandsker") or restated as a tool ("altså sådan en kø
holder"), are aids of the answer, named by the word said (dialogs/aid_things.py; blind133 Aage,
Jytte, Kurt, Gerda). A thing said plainly, a person or a ride is none. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import CONTENT
from test_engine_hedge import at_step, go, text

from assistant.dialogs.aid_things import shape_words, shaped_things

NAILS = "jeg vil selv klippe mine negle igen"
SNOW = "jeg vil selv rydde sne foran huset"
GARDEN = "hun vil gerne passe sin have selv igen"


@pytest.mark.parametrize(
    ("wish", "said", "aids", "phrase"),
    [
        (NAILS, "negleklipper. langt skaft.", ["negleklipper"],
         "med en negleklipper med langt skaft"),
        (NAILS, "Negleklipper. Langt skaft", ["negleklipper"],
         "med en negleklipper med langt skaft"),
        (NAILS, "øh en neglesaks med lange haandtag", ["neglesaks"],
         "med en neglesaks med lange håndtag"),
        (SNOW, "en sneskovl paa hjul og saa en lang kost", ["sneskovl"],
         "med en sneskovl på hjul"),
        (GARDEN, "En lugejern med langt skaft og en knæpude, så hun ikke skal ligge på knæ",
         ["lugejern"], None),
        (GARDEN, "et par lange haveskaerer", ["haveskærer"], "med et par lange haveskærer"),
    ],
)  # fmt: skip
def test_a_thing_said_with_a_tools_part_or_shape_is_the_aid(content, wish, said, aids, phrase):
    turn = go(at_step(content, wish, "independence"), content, text(said))
    slots = turn.state["slots"]
    assert turn.slot != "independence"  # understood at once, not asked again
    assert slots["independence"] == "hjaelpemiddel"
    assert all(a in slots["aids"] for a in aids)
    if phrase:
        assert slots["aid_said"] == phrase


@pytest.mark.parametrize(
    ("said", "aids", "phrase"),
    [
        ("Rollatoren, som jeg har fået af kommunen, og en forlænget skovl, saa jeg ikke skal "
         "bukke mig", ["rollator", "skovl"], "med rollatoren og en forlænget skovl"),
        ("min stok og så en spand altså sådan en kost holder jeg kan have på rollatoren",
         ["stok", "spand"], None),
        ("En badebænk, der står i bruseren, og et par lange handsker",
         ["badebænk", "handsker"], "med en badebænk og et par lange handsker"),
    ],
)  # fmt: skip
def test_a_shaped_thing_beside_a_known_aid_past_its_clause_is_an_aid_too(
    content, said, aids, phrase
):
    turn = go(at_step(content, SNOW, "independence"), content, text(said))
    slots = turn.state["slots"]
    assert slots["independence"] == "hjaelpemiddel"
    assert all(a in slots["aids"] for a in aids)
    if phrase:
        assert slots["aid_said"] == phrase


@pytest.mark.parametrize(
    "said",
    [
        "min kop kaffe og min telefon",
        "min datter. lang tur.",
        "en taxa med hjul",
        "min veninde med langt hår",
        "Poul. langt skaft.",
        "bare en almindelig skovl og min kone",
    ],
)
def test_plain_things_people_and_rides_are_no_shaped_aids(content, said):
    turn = go(at_step(content, NAILS, "independence"), content, text(said))
    slots = turn.state["slots"]
    assert not (slots.get("aids") or [])
    assert slots.get("independence") != "hjaelpemiddel"


def test_the_list_ends_at_a_clause_of_what_for():
    """ "…, så jeg ikke skal bøje mig ned til en lang stang": the clause is no list."""
    said = "en kurv paa hjul, saa jeg ikke skal boeje mig ned til en lang stang"
    words = shape_words(CONTENT.dialogue)
    found = shaped_things(said, CONTENT.goals.grammar, words, lambda _w: False)
    assert found == [("en kurv paa hjul", "kurv")]
