"""Fix round 40 (blind140 Thomas): a relative married to the citizen's child is their
child-in-law by sex ("jeg er gift med hans datter": 'svigersøn'); a relation told with the
citizen's name in the genitive ("Werners datter Pia") names that person for later answers; a
sign that lists its doings with commas ("gå ud i stalden, giver begge heste hø …") says each as
an infinitive, and after a wish that opens it the sign says only the rest."""

from __future__ import annotations

import pytest
from engine_support import go
from test_engine_people_told31 import _to_people

from assistant.content import get_content
from assistant.dialogs.about import role_told
from assistant.dialogs.people import names_told
from assistant.nlp.compose import compose
from assistant.nlp.signs import infinitives_after_and, infinitives_after_comma

CONTENT = get_content("da")
G = CONTENT.goals.grammar


def _told(*answers: str) -> str | None:
    return role_told([{"said_by": "relative", "answer": a} for a in answers], CONTENT.dialogue)


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("Jeg hedder Thomas og er gift med Werners datter Pia.", "svigersøn"),
        ("jeg er gift med hans datter, vi bor i Holstebro", "svigersøn"),
        ("jeg er jo gift med hendes ældste søn", "svigerdatter"),
        ("Jeg hedder Lene og er gift med Gunnars søn Kim", "svigerdatter"),
        ("jeg er gift med datteren", "svigersøn"),
    ],
)
def test_married_to_the_citizens_child_is_the_child_in_law(said, role):
    assert _told(said) == role


@pytest.mark.parametrize(
    "said",
    [
        "han er gift med sin datter Pia's mor",  # the citizen's own marriage, not the speaker's
        "hans datter er gift med en fra Norge",  # the daughter married, not "jeg"
        "jeg er ikke gift med hans datter mere",  # a negation between
        "min søn er gift med hendes datter",  # someone else's marriage
    ],
)
def test_a_marriage_not_of_the_speaker_tells_no_role(said):
    assert _told(said) is None


def test_the_citizens_genitive_names_a_relation_only_when_given():
    story = "Jeg hedder Thomas og er gift med Werners datter Pia. Werner er 86."
    lex, death = CONTENT.lexicon, G.death_words
    told = frozenset({story})
    assert names_told([story], lex, death, told, G, frozenset({"werners"})) == (
        {"pia": "datter"},
        set(),
    )
    # another person's genitive ("Pias søn Mads" is a grandchild) names no relation
    assert names_told([story], lex, death, told, G, frozenset({"pias"}))[0] == {}
    assert names_told([story], lex, death, told, G)[0] == {}


@pytest.mark.parametrize(
    ("about", "everyday", "said", "people"),
    [
        ("min svigerfar Werner",
         "Jeg hedder Thomas og er gift med Werners datter Pia. Werner bor alene på landet.",
         "Pia og jeg hjaelper ham", ["datter", "svigersøn"]),
        ("min svigermor Ruth",
         "jeg er Jonas og er gift med Ruths datter Mette, Ruth er 88",
         "Mette kan køre hende om onsdagen", ["datter"]),
    ],
)  # fmt: skip
def test_the_people_answer_knows_the_daughter_and_the_son_in_law(about, everyday, said, people):
    turn = _to_people(about, everyday, "hun vil gerne selv kunne handle ind igen")
    assert turn.slot == "people"
    turn = go(turn, said)
    assert sorted(turn.state["slots"]["people"]) == sorted(people)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("gå ud i stalden, giver begge heste hø og vand og strigler dem",
         "gå ud i stalden, give begge heste hø og vand og strigle dem"),
        ("gå ned til bageren, køber et rugbrød og går hjem igen",
         "gå ned til bageren, købe et rugbrød og gå hjem igen"),
        ("tage bussen, stiger af ved torvet og går hen til banken",
         "tage bussen, stige af ved torvet og gå hen til banken"),
        ("lave kaffen, henter kopperne, og saetter mig ned",
         "lave kaffen, hente kopperne, og saette mig ned"),
    ],
)  # fmt: skip
def test_a_present_verb_after_a_comma_in_a_list_of_doings_is_an_infinitive(said, written):
    # as compose says a sign: the verb after "og" first, then those after a comma
    assert " ".join(infinitives_after_comma(infinitives_after_and(said.split(), G), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "tage jakken, handsker og hue på",  # things after the comma
        "gå ned til bænken, sidder jeg og ser på ænderne",  # a subject after the verb
        "gå en tur, når solen skinner og fuglene synger",  # a clause lead ends the reach
        "gå ud i haven, køber blomster",  # no list closed with "og" and a doing
        "dække bord, når børnene kommer og sætter sig",  # a clause lead after the comma
    ],
)
def test_a_comma_before_things_or_a_clause_changes_nothing(said):
    assert " ".join(infinitives_after_comma(infinitives_after_and(said.split(), G), G)) == said


def _sign(facts: dict) -> str:
    base = {"activity": "fritid", "speaker": "citizen", "frequency": None, "deadline": None}
    text = compose({**base, **facts}, CONTENT.goals)[0]
    return text.split("nået det, ", 1)[1].split(".")[0]


def test_a_sign_that_opens_with_the_wish_says_the_rest_of_its_list():
    sign = _sign({
        "own_action": "gå ud i stalden og fodre mine heste",
        "criterion": "gå ud i stalden, giver begge heste hø og vand og strigler dem begge to",
    })  # fmt: skip
    assert sign == "når jeg kan give begge heste hø og vand og strigle dem begge to"


@pytest.mark.parametrize(
    ("wish", "said", "sign"),
    [
        ("gå ned til bageren", "gå ned til bageren, købe et rugbrød og gå hjem igen",
         "når jeg kan købe et rugbrød og gå hjem igen"),
        ("lave mad", "lave mad, kaffe og kage", "når jeg kan lave mad, kaffe og kage"),
    ],
)  # fmt: skip
def test_a_sign_after_the_wish_with_things_listed_stays(wish, said, sign):
    assert _sign({"own_action": wish, "criterion": said}) == sign


@pytest.mark.parametrize(
    ("about", "everyday", "said"),
    [
        ("min svigermor Gerda",
         "Jeg hedder Anders og er gift med Gerdas datter Lone. Gerda bor i Tønder.",
         "jeg handler ind til hende. Lone er lige blevet opereret, så hun kan ikke hjælpe nu"),
        ("min svigerfar Werner",
         "jeg er gift med Werners datter Pia og vi bor i Skive",
         "mig om lørdagen. Pia kan ikke, hun arbejder hele tiden"),
    ],
)  # fmt: skip
def test_the_daughter_told_by_the_genitive_and_turned_down_by_name_is_no_helper(
    about, everyday, said
):
    turn = _to_people(about, everyday, "hun vil gerne selv kunne lave mad igen")
    assert turn.slot == "people"
    turn = go(turn, said)
    assert "datter" not in (turn.state["slots"].get("people") or [])
