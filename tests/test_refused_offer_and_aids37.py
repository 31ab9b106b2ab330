"""Fix round 37 (f37a, blind134 Thorvald): help offered and then turned down ("Naboen har tilbudt
at hjælpe, men Thorvald vil ikke have nogen til at rode i sit værksted") is no helper; a second
aid after a relative clause said without "som" ("Med de tommelskinner, ergoterapeuten har lavet
til ham, og en høj sadelstol …") is still named, without what it replaces ("… i stedet for
skamlen") and with the pointing "de" said as the citizen's own ("med mine tommelskinner"); a
wished verb after a lead ending on "at" ("i gang med at flette igen") takes the object told with
that verb before it ("… flette pilekurve igen")."""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import BATHING, goal_of

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


# --- help offered, then turned down -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Naboen har tilbudt at hjælpe, men far vil ikke have nogen til at rode i hans ting.",
            "nabo",
        ),
        ("min svigersøn tilbød at køre mig men det vil jeg ikke", "svigersøn"),
        ("hjemmeplejen har tilbudt hjælp, men han siger nej tak", "hjemmepleje"),
        ("genboen har tilbudt at handle for mig men det gider jeg ikke", "nabo"),
        ("min nevø har tilbudt at hente mig, men mor sagde nej", "nevø"),
    ],
)
def test_help_offered_and_turned_down_is_unwanted(text, person):
    assert analyze(text, TODAY).extras["people_roles"][person] == "unwanted"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # counter-examples: an offer taken, or only a limit said
        ("naboen har tilbudt at hjælpe, og det vil jeg gerne tage imod", "nabo"),
        ("min søn har tilbudt at køre mig, men han kan først om fredagen", "søn"),
        ("min nabo har tilbudt at handle for mig og det siger jeg ja tak til", "nabo"),
    ],
)
def test_an_offer_taken_keeps_its_helper(text, person):
    assert analyze(text, TODAY).extras["people_roles"][person] == "helper"


# --- a second aid after a relative clause without "som" -------------------------------------

KNIT = "min mor vil gerne kunne strikke igen"
BREAD = "jeg vil gerne selv smore smorrebrod igen"


@pytest.mark.parametrize(
    ("wish", "said", "phrase"),
    [
        (
            KNIT,
            "Med de tykke pinde, min datter har købt til hende, og en god lampe ved stolen.",
            "Med de tykke pinde og en god lampe ved stolen",
        ),
        (
            BREAD,
            "med en smorekniv, ergoterapeuten har lavet til mig, og en hoej stol ved koekkenbordet",
            "med en smørekniv og en høj stol ved køkkenbordet",
        ),
        (
            BREAD,
            "med en høj stol ved køkkenbordet i stedet for taburetten",
            "med en høj stol ved køkkenbordet",
        ),
    ],
)
def test_a_second_aid_after_a_bare_relative_clause_is_named(content, wish, said, phrase):
    from test_engine_hedge import at_step, go, text  # noqa: PLC0415

    turn = go(at_step(content, wish, "independence"), content, text(said))
    assert turn.state["slots"]["aid_said"] == phrase


def test_a_list_after_a_comma_with_no_clause_is_no_relative(content):
    # counter-example: ", men kun …" holds no subject and verb: the phrase ends at its comma
    from test_engine_hedge import at_step, go, text  # noqa: PLC0415

    turn = go(at_step(content, BREAD, "independence"), content, text("med min stok, men kun ude"))
    assert "kun" not in turn.state["slots"].get("aid_said", "")


@pytest.mark.parametrize(
    ("aid_said", "kept"),
    [
        ("Med de tommelskinner og en høj sadelstol", "med mine tommelskinner og en høj sadelstol"),
        ("med den stok og et greb", "med min stok og et greb"),
        ("med de gåstave", "med mine gåstave"),
    ],
)
def test_a_pointing_word_before_the_first_aid_is_the_citizens_own(aid_said, kept):
    facts = {"independence": "hjaelpemiddel", "aid_said": aid_said, "aids": []}
    assert kept in goal_of(BATHING, **facts)


def test_a_pointing_word_inside_a_longer_phrase_stays():
    # counter-example: "de" before a described thing ("de tykke pinde") is left as said
    facts = {"independence": "hjaelpemiddel", "aid_said": "med de tykke pinde", "aids": []}
    assert "med de tykke pinde" in goal_of(BATHING, **facts)


# --- the object told with the wished verb before a lead on "at" ------------------------------


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Han har flettet pilekurve i mange år, og han vil så gerne i gang med at flette igen.",
            "i gang med at flette pilekurve igen",
        ),
        (
            "jeg har strikket sokker hele mit liv og nu vil jeg gerne begynde at strikke igen",
            "begynde at strikke sokker igen",
        ),
        (
            "jeg har malet akvareller i mange aar, jeg vil gerne komme i gang med at male igen",
            "komme i gang med at male akvareller igen",
        ),
    ],
)
def test_a_wished_verb_after_a_lead_takes_its_told_object(text, action):
    assert analyze(text, TODAY).extras["action"] == action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # counter-examples: another verb wished, or an object of its own
        ("jeg har strikket meget men nu vil jeg lære at hækle igen", "lære at hækle igen"),
        ("jeg har altid bagt boller og vil gerne i gang med at bage brød igen", "bage brød igen"),
    ],
)
def test_a_wished_verb_with_its_own_or_another_verb_stays(text, action):
    assert action in analyze(text, TODAY).extras["action"]


# --- an aid said again by the last part of its compound is no second aid ----------------------


@pytest.mark.parametrize(
    ("how", "people", "aids"),
    [
        ("med mine tommelskinner", "ergoterapeuten kommer og ser til skinnerne", []),
        # counter-example: another aid named later joins the goal's aids
        ("med min rollator", "min datter hjælper mig og så bruger jeg også min stok", ["stok"]),
    ],
)
def test_an_aid_said_again_by_its_compounds_head_is_no_new_aid(how, people, aids):
    from engine_support import answered_until, as_citizen, go  # noqa: PLC0415

    answers = {"wish": "jeg vil gerne kunne strikke igen", "independence": how}
    turn = go(answered_until(as_citizen(), answers, "people"), people)
    assert [a for a in turn.state.slots["aids"] if a != "rollator"] == aids
