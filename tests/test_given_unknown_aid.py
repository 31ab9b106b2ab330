"""The aid answer that opens with who got the aid (fix round 38, blind137 Gerda and Frede): a
thing the lexicon knows no aid by, said as got ("har skaffet en stærk lampe med klemme"), is
read as the means, also beside an aid it knows ("… et tastatur med store taster …, og en
kuglemus"); writing one's memoirs down is writing, not memory; a second reason told "og at"
with a noun subject is led again by "fordi"."""

from __future__ import annotations

import pytest
from conftest import understand
from test_engine import TODAY, wished_until

from assistant.content import get_content
from assistant.dialogs.cards import scale_value
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

CONTENT = get_content("da")
GOALS = CONTENT.goals


@pytest.mark.parametrize(
    ("said", "aid_said"),
    [
        ("synskonsulenten har skaffet en stor lampe med klemme der sidder paa bordet",
         "med en stor lampe med klemme"),
        ("øh terapeuten fra kommunen har skaffet et bræt med kant så jeg kan smøre",
         "med et bræt med kant"),
        ("min datter har skaffet hende en lille vogn med hjul", "med en lille vogn med hjul"),
    ],
)  # fmt: skip
def test_a_thing_got_for_one_is_the_aid_at_once(said, aid_said):
    turn = wished_until(CONTENT, "jeg vil gerne kunne lave mad igen", "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert turn.state.slots["aid_said"] == aid_said
    assert turn.state.step != "independence"


def test_a_thing_got_beside_a_known_aid_is_named_first():
    said = ("Ergoterapeuten har skaffet et tastatur med store taster, saa jeg ikke rammer "
            "forkert, og en kuglemus")  # fmt: skip
    turn = wished_until(CONTENT, "jeg vil gerne skrive på computeren igen", "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert turn.state.slots["aid_said"] == "med et tastatur med store taster og en kuglemus"
    assert "kuglemus" in turn.state.slots["aids"]


def test_a_known_aid_given_keeps_the_lexicons_phrase():
    turn = wished_until(CONTENT, "jeg vil gerne kunne gå til købmanden", "independence")
    said = "kommunen har givet mig en rollator"
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert "rollator" in turn.state.slots["aids"]
    assert turn.state.slots.get("aid_said") in (None, "med en rollator")


@pytest.mark.parametrize(
    "said",
    ["Jeg bruger en kuglemus til computeren", "han har faaet en rullekugle i stedet for musen"],
)
def test_a_trackball_is_an_aid(said):
    assert "kuglemus" in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil skrive mine erindringer ned på computeren", "kommunikation"),
        ("far vil gerne skrive sin livshistorie ned til børnebørnene", "kommunikation"),
        ("øh jeg vil gerne kunne skrive mine digte igen", "kommunikation"),
        ("hun vil skrive historier om gården så de unge ved hvordan det var", "kommunikation"),
        # a note put down to remember stays memory's
        ("jeg skriver alt ned i en lille bog så jeg kan huske det", "hukommelse"),
        ("jeg vil skrive det ned på en seddel", "hukommelse"),
        ("skrive aftalerne ned i kalenderen så jeg ikke glemmer dem", "hukommelse"),
    ],
)  # fmt: skip
def test_writing_ones_memoirs_down_is_writing(said, activity):
    assert analyze(said, TODAY).activity == activity


def test_og_at_before_an_infinitive_stays():
    goal = compose_goal(
        {"activity": "fritid", "speaker": "citizen", "own_action": "passe min have",
         "reason_said": "fordi jeg elsker blomster, og at gå i haven er godt for mig"},
        GOALS,
    )  # fmt: skip
    assert "og fordi gå" not in goal, goal


@pytest.mark.parametrize(
    ("purpose", "said"),
    [
        ("så børnene har det, når jeg er væk", "så børnene har det, når jeg er væk"),
        ("saa mine barnebarn har det naar jeg er dod", "har det"),
        ("så min søn kan læse det når han kommer hjem", "kan læse det"),
    ],
)  # fmt: skip
def test_naar_after_det_opens_a_clause_no_run_on(purpose, said):
    goal = compose_goal(
        {"activity": "kommunikation", "speaker": "citizen",
         "own_action": "skrive mine erindringer ned", "purpose_said": purpose},
        GOALS,
    )  # fmt: skip
    assert said in goal and ", det," not in goal, goal


def test_a_fronted_det_run_on_is_still_its_own_clause():
    goal = compose_goal(
        {"activity": "fritid", "speaker": "citizen", "own_action": "gå i haven",
         "reason_said": "fordi jeg kan lide at være derude det gør mig glad"},
        GOALS,
    )  # fmt: skip
    assert "derude, det gør mig glad" in goal, goal


@pytest.mark.parametrize(
    ("said", "phrase", "aid"),
    [
        ("kommunen har givet mig en vasketøjsvogn på hjul, så jeg ikke skal bukke mig, og en "
         "lille skammel at sidde på", "med en vasketøjsvogn på hjul og en lille skammel",
         "skammel"),
        ("ergo terapeuten har skaffet et bræt med kant og en lang kniv",
         "med et bræt med kant og en lang kniv", "kniv"),
        ("Ergoterapeuten har skaffet et tastatur med store taster, saa jeg ikke rammer forkert, "
         "og en kuglemus", "med et tastatur med store taster og en kuglemus", "kuglemus"),
    ],
)  # fmt: skip
def test_a_second_aid_joined_to_a_given_one_is_named_beside_it(said, phrase, aid):
    turn = wished_until(CONTENT, "jeg vil gerne kunne lave mad igen", "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert turn.state.slots["aid_said"] == phrase


def test_a_thing_not_joined_to_the_aid_is_left_out():
    said = "jeg har fået en rollator fra kommunen, min datter drikker en kop kaffe imens"
    turn = wished_until(CONTENT, "jeg vil gerne kunne gå til købmanden", "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert "kop" not in str(turn.state.slots.get("aid_said") or "")


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("4 nej 5 faktisk", 5),
        ("fire nej fem faktisk", 5),
        ("øh tre, nej to egentlig", 2),
        ("tre faktisk", 3),
        ("faktisk ved jeg det ikke", None),  # no number: no value
    ],
)
def test_a_scale_number_taken_back_with_faktisk_is_the_later_one(said, value):
    assert scale_value(said, CONTENT.dialogue) == value


@pytest.mark.parametrize(
    ("said", "kept", "gone"),
    [
        ("min veninde henter mig i bil. min mand hans skal ikke med han hader det", "veninde",
         "mand"),
        ("min datter kører mig derhen. min søn hans vil ikke hjælpe", "datter", "søn"),
        ("naboen kan hjælpe. min kone hendes kan ikke komme med", "nabo", "kone"),
    ],
)  # fmt: skip
def test_a_name_typed_small_before_a_modal_is_no_possessive(said, kept, gone):
    turn = wished_until(CONTENT, "jeg vil gerne til bowling igen", "people")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    people = turn.state.slots.get("people") or []
    assert kept in people and gone not in people, people


def test_a_name_said_before_a_helping_modal_stays_a_helper():
    said = "min veninde henter mig. min mand hans vil gerne køre mig hjem"
    turn = wished_until(CONTENT, "jeg vil gerne til bowling igen", "people")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert "mand" in (turn.state.slots.get("people") or [])


@pytest.mark.parametrize(
    ("said", "aids"),
    [
        ("jeg har faaet en knaeskinne fra sygehuset", ["knæskinne"]),
        ("hun går med skinne på hånden om natten", ["skinne"]),
        ("min håndledsskinne", ["håndledsskinne"]),
    ],
)
def test_a_knee_brace_is_its_own_aid(said, aids):
    assert list(analyze(said, TODAY).aids) == aids


def test_a_thing_needed_beside_a_known_aid_is_named_first():
    said = "fysen siger jeg skal bruge en lettere kugle paa 8 pund, og en knaeskinne"
    turn = wished_until(CONTENT, "jeg vil gerne til bowling igen", "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert turn.state.slots["aid_said"].startswith("med en lettere kugle")
    assert "knæskinne" in turn.state.slots["aid_said"]


@pytest.mark.parametrize(
    ("wish", "said", "aids"),
    [
        ("jeg vil gerne brodere igen", "terapeuten har skaffet mig en ramme med fod. og en "
         "lampe med forstørrelse", {"broderistativ", "luplampe"}),
        ("jeg vil gerne kunne rydde op selv", "kommunen har givet mig en tang med kløer saa jeg "
         "ikke skal boeje mig. og en stol der vipper en op", {"gribetang", "løftestol"}),
    ],
)  # fmt: skip
def test_a_described_aid_given_is_no_unknown_thing(wish, said, aids):
    # (the lead, merging fD and fE: "Ergoterapeut har givet mig ramme på stativ … Og lampe med
    # lup" lost the lamp when the described frame was taken as a thing the lexicon knows not)
    turn = wished_until(CONTENT, wish, "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert aids <= set(turn.state.slots["aids"])
    assert turn.state.slots.get("aid_said") is None
