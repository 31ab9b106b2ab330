"""Three mends of fix round 41's fD branch (fG):

- a sign whose steps are told again after ", altså" ends before them ("lave en hel middag selv
  fra start til slut, altså skrælle kartoflerne …": the stop verb "lave" now opens a sign);
- a sign read through the reason frame that opens with a whole thing ("hele gulvet …") keeps its
  words without fillers, though a reason so typed gets no "så jeg kan";
- an answer on how that opens with the first of several known aids keeps each as said ("med en
  sadelstol så jeg …, og mine albuestokke"), not the lexicon's names ("min albuestok")."""

from __future__ import annotations

import pytest
from conftest import understand
from test_engine import TODAY, wished_until

from assistant.content import get_content
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer
from assistant.nlp import analyze
from assistant.nlp.compose import first_person, reason_frame

CONTENT = get_content("da")


def _sign(said: str) -> str | None:
    return (analyze(said, TODAY).extras or {}).get("criterion")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("øh at jeg kan lave en hel middag selv fra start til slut, altså skrælle kartoflerne og "
         "stege frikadellerne og vaske op bagefter", "lave en hel middag selv fra start til slut"),
        ("at hun kan bage en hel plade boller, altsaa roere dejen og forme dem og saette dem ind",
         "bage en hel plade boller"),
        ("jeg kan lave aftensmad til os to, dvs skrælle kartofler og stege kødet",
         "lave aftensmad til os to"),
    ],
)  # fmt: skip
def test_the_steps_told_again_after_altsaa_are_no_part_of_the_sign(said, sign):
    assert _sign(said) == sign


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # no verb after "altså": how it is done, kept
        ("at jeg kan gå ned til postkassen og hjem, altså uden at stoppe", "uden at stoppe"),
        # "altså" with no comma before it stays a filler inside the sign
        ("at jeg kan laese forsiden altså hele artiklen", "hele artiklen"),
    ],
)
def test_altsaa_before_no_step_keeps_the_rest(said, kept):
    assert kept in (_sign(said) or "")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("øh hele gulvet og toilettet og håndvasken sådan",
         "hele gulvet og toilettet og håndvasken"),
        ("hele køkkenet og komfuret", "hele køkkenet og komfuret"),
    ],
)  # fmt: skip
def test_a_sign_of_a_whole_thing_keeps_its_words(said, sign):
    assert first_person(said, CONTENT.goals) == sign


@pytest.mark.parametrize("said", ["hele livet", "træ. hele livet. skåle."])
def test_a_reason_of_a_whole_thing_still_gets_no_modal(said):
    assert reason_frame(said, CONTENT.goals)[0] == ""


def _aid_said(wish: str, said: str) -> tuple[str, list]:
    turn = wished_until(CONTENT, wish, "independence")
    turn = advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)
    return str(turn.state.slots.get("aid_said") or ""), turn.state.slots.get("aids") or []


@pytest.mark.parametrize(
    ("wish", "said", "kept"),
    [
        ("jeg vil gerne dreje skåle på holdet igen",
         "med en sadelstol saa jeg sidder hojt nok, og mine albuestokke fra bussen og ind",
         "mine albuestokke"),
        ("jeg vil gerne gå ned og handle selv igen",
         "med en rollator så jeg kan hvile mig, og mine to stokke på trappen", "mine to stokke"),
    ],
)  # fmt: skip
def test_several_known_aids_are_kept_as_said(wish, said, kept):
    aid_said, _aids = _aid_said(wish, said)
    assert kept in aid_said


def test_one_plain_known_aid_keeps_the_lexicons_phrase():
    aid_said, aids = _aid_said("jeg vil gerne gå ned og handle selv igen", "med en rollator")
    assert "rollator" in aids and not aid_said
