"""The story kept out of the goal, the wish's own words kept in (fix round 42, blind144 Karoline
and Rahim): a thing said as not needed is no aid ("så jeg ikke skal have en spand"); a story's
venue is not put into a wish that names its own room; a list of places after the wish is kept
whole; someone else's time told before the wish is no measure ("så er de gået igen efter et
kvarter"); whom the wish is done for, a part or two after it, is kept ("…, afghansk tøj, til
mine børnebørn"); a sign told as done in the present ("Jeg syr et helt sæt færdig selv") is a
sign at the first asking."""

from __future__ import annotations

import pytest
from conftest import understand
from test_aid_bought_after39 import aid_answer
from test_engine import TODAY, wished_until

from assistant.content import get_content
from assistant.dialogs.aid_unneeded import without_unneeded
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer
from assistant.nlp import analyze

CONTENT = get_content("da")


def _action(text: str) -> str:
    return str(analyze(text, TODAY).extras.get("action") or "")


# --- a thing said as not needed is no aid ---------------------------------------------------


@pytest.mark.parametrize(
    ("wish", "said", "aid", "not_aid"),
    [
        ("jeg vil selv kunne vaske gulv igen",
         "min datter har købt en moppe med lang stang, så jeg ikke skal have en spand, og jeg "
         "har min rollator", "rollator", "spand"),
        ("jeg vil gerne selv gå ned efter posten",
         "kommunen har givet mig en rollator saa jeg ikk skal bruge en stok mere", "rollator",
         "stok"),
        ("hun vil gerne selv lave kaffe igen",
         "ergoterapeuten har skaffet hende en kande med tud, så hun aldrig skal have en "
         "gribetang frem, og så har hun sin rollator", "rollator", "gribetang"),
    ],
)  # fmt: skip
def test_a_thing_not_needed_is_no_aid(wish, said, aid, not_aid):
    slots = aid_answer(wish, said).state.slots
    means = set(slots.get("aids") or []) - set(slots.get("story_aids") or [])
    assert slots["independence"] == "hjaelpemiddel"
    assert aid in means
    assert not_aid not in means
    assert not_aid not in str(slots.get("aid_said") or "")


def test_a_thing_needed_without_negation_is_still_an_aid():
    said = "jeg skal have en høj stol at sidde på ved komfuret"
    slots = aid_answer("jeg vil selv kunne lave mad igen", said).state.slots
    assert slots["independence"] == "hjaelpemiddel"
    assert "stol" in str(slots.get("aid_said") or "")


def test_the_negated_lead_is_cut_to_its_clause_end():
    said = "en moppe med spray, så jeg ikke skal have en spand, og jeg holder i rollatoren"
    assert without_unneeded(said, CONTENT.dialogue) == (
        "en moppe med spray, så jeg ikke, og jeg holder i rollatoren"
    )
    plain = "jeg skal have en spand med hjul"  # no negation: as said
    assert without_unneeded(plain, CONTENT.dialogue) == plain


# --- a story's venue is not put into a wish with a room of its own ------------------------------


def test_a_story_venue_stays_out_of_a_wish_with_its_own_room():
    said = (
        "i præstegården skulle gulvene skures hver fredag. så det, jeg gerne vil, det er, at "
        "jeg selv kan vaske mine gulve igen, i køkkenet, i gangen og på badeværelset"
    )
    action = _action(said)
    assert "præstegården" not in action
    assert "badeværelset" in action
    said = (
        "i forsamlingshuset dansede vi altid hver lørdag. det, jeg gerne vil, det er at "
        "danse i stuen igen"
    )
    assert "forsamlingshuset" not in _action(said)


# --- a list of places after the wish is kept whole --------------------------------------------


@pytest.mark.parametrize(
    ("said", "places"),
    [
        ("jeg vil gerne selv støvsuge igen, i stuen, i soveværelset og på badeværelset",
         ["stuen", "soveværelset", "badeværelset"]),
        ("jeg vil gerne selv kunne tørre støv af igen i stuen, i soveværelset og i køkkenet",
         ["stuen", "soveværelset", "køkkenet"]),
        ("øh jeg vil gerne spille kort igen, i klubben, i hallen og på biblioteket",
         ["klubben", "hallen", "biblioteket"]),
    ],
)  # fmt: skip
def test_a_list_of_places_after_the_wish_is_kept_whole(said, places):
    action = _action(said)
    assert all(p in action for p in places), action


def test_a_place_and_a_new_deed_are_no_list():
    assert _action("jeg vil gerne lave mad i køkkenet og gå en tur") == (
        "lave mad i køkkenet og gå en tur"
    )
    assert "aften" not in _action("øh jeg vil gerne male igen, i haven, i aften")


# --- someone else's time told before the wish is no measure ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "hjemmeplejen kommer hver morgen og så er de væk efter ti minutter. jeg vil gerne selv "
        "kunne tage tøj på",
        "min søn han går en time hver dag med hunden, jeg vil gerne kunne gå igen",
        "min mand gik altid en halv time efter maden, nu vil jeg gerne selv gå tur",
    ],
)
def test_someone_elses_time_before_the_wish_is_no_measure(said):
    assert analyze(said, TODAY).measures == ()


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("jeg kan kun gå ti minutter, jeg vil gerne gå en halv time igen", 0.5),
        ("fysioterapeuten siger tyve minutter om dagen, og jeg vil gerne cykle på "
         "motionscyklen", 20),
    ],
)  # fmt: skip
def test_ones_own_or_a_prescribed_time_stays(said, minutes):
    assert [m.value for m in analyze(said, TODAY).measures] == [minutes]


def test_a_distance_to_someone_stays_the_way():
    said = "min datter bor 3 km væk og jeg vil gerne cykle derud igen"
    assert [(m.value, m.unit) for m in analyze(said, TODAY).measures] == [(3, "kilometer")]


# --- whom the wish is done for is kept ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jeg vil sy tøj igen på min symaskine, afghansk tøj, perahan tunban, til mine "
         "børnebørn til Eid.", "til mine børnebørn"),
        ("jeg vil gerne strikke igen, sokker og huer, til mine oldebørn", "til mine oldebørn"),
        ("jeg vil gerne sy igen, afghansk toej, til mine boerneboern", "til mine børnebørn"),
    ],
)  # fmt: skip
def test_whom_the_wish_is_for_is_kept(said, kept):
    assert kept in _action(said)


def test_someone_elses_clause_gives_no_one_to_do_it_for():
    assert _action("jeg vil gerne bage igen, det gjorde jeg altid til min mand") == "bage igen"


# --- a sign told as done in the present ---------------------------------------------------------


@pytest.mark.parametrize(
    ("wish", "said", "sign"),
    [
        ("jeg vil gerne sy tøj igen",
         "Jeg syr et helt sæt færdig selv, skjorte og bukser, fra jeg klipper stof til sidste "
         "søm.", "sy et helt sæt"),
        ("jeg vil gerne gå ned til købmanden igen", "jeg går hele vejen derned selv",
         "gå hele vejen"),
        ("jeg vil gerne bage til jul", "jeg selv bager alle småkagerne", "bage alle småkagerne"),
    ],
)  # fmt: skip
def test_a_sign_told_as_done_is_taken_at_once(wish, said, sign):
    turn = wished_until(CONTENT, wish, "measure")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    assert turn.state.step != "measure"
    assert sign in str(turn.state.slots.get("criterion") or "")


def test_a_story_in_the_present_is_no_sign():
    turn = wished_until(CONTENT, "jeg vil gerne sy tøj igen", "measure")
    turn = advance(turn.state, Answer("text", "jeg syr tit for naboerne"), CONTENT, TODAY,
                   understand=understand)  # fmt: skip
    assert turn.state.step == "measure"
