"""A speech at a one-off occasion and the answers around it (fix round 44, blind149 Kristian).

- An offer turned down ("Min søn har tilbudt at holde den for mig, men nej, …", "… det har jeg
  sagt nej til") leaves that person out (people.yaml refused-person patterns): unwanted.
- A person's genitive before a thing ("med logopædens stemmeøvelser", "med fysioterapeutens
  program") owns the thing: no helper, the way is still asked ("med logopædens hjælp" is help).
- Practice said with a reflexive ("jeg øver mig hver formiddag") is how often one practises:
  the goal writes "og øve mig hver formiddag", not "holde talen … hver formiddag".
- A wish to give a speech (talen, skåltale, foredrag) gets steps of the voice before people,
  not of taking the telephone (goals/kommunikation.yaml).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals


def _roles(said: str) -> dict:
    return understand(said, TODAY).extras.get("people_roles") or {}


@pytest.mark.parametrize(
    ("said", "person"),
    [
        (
            "Min søn Peter har tilbudt at holde den for mig, men nej, det er Sofies ønske, at "
            "det er mig.",
            "søn",
        ),
        ("min datter tilbød at køre mig derud, men nej tak, jeg tager bussen", "datter"),
        ("Naboen har tilbudt at hjælpe mig med haven, det har jeg sagt nej til.", "nabo"),
        ("hans svigersøn har tilbudt at køre ham men nej han vil selv", "svigersøn"),
        ("øh min bror tilbyder at gå med, men det har jeg altså sagt nej til", "bror"),
    ],
)
def test_an_offer_turned_down_is_no_helper(said, person):
    assert _roles(said).get(person) == "unwanted", _roles(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min søn har tilbudt at køre mig, og det er dejligt", "søn"),
        ("min datter har tilbudt at hjælpe mig, hun kommer om lørdagen", "datter"),
    ],
)
def test_an_offer_taken_keeps_the_helper(said, person):
    # counter-examples: no "nej" after the offer
    assert _roles(said).get(person) != "unwanted", _roles(said)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg øver mig hver formiddag med logopædens stemmeøvelser og læser talen højt.",
        "jeg træner med fysioterapeutens program hver dag",
        "hun øver med ergoterapeutens øvelser to gange om ugen",
        "med logopædens oevelser hver morgen",
    ],
)
def test_a_professionals_exercises_are_no_helper(said):
    assert understand(said, TODAY).independence is None


@pytest.mark.parametrize(
    "said",
    ["jeg øver med logopæden hver formiddag", "jeg øver hver dag med logopædens hjælp"],
)
def test_practising_with_the_professional_is_still_help(said):
    # counter-examples: the person is beside one, or their help is named
    assert understand(said, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("Jeg øver mig hver formiddag med stemmeøvelserne.", "øve mig hver formiddag"),
        ("vi træner os hver dag", "træne os hver dag"),
        ("øh jeg øver det en tre gange om ugen", "øve det tre gange om ugen"),
    ],
)
def test_practice_keeps_its_verb_and_object(said, told):
    assert understand(said, TODAY).extras["frequency_said"] == told


SPEECH = {
    "wish": "Jeg vil så gerne kunne holde talen ved brylluppet stående.",
    "motivation": "fordi jeg har holdt taler hele mit liv",
    "measure": "at jeg kan holde en tale på fem minutter",
    "frequency": "Jeg øver mig hver formiddag med logopædens stemmeøvelser.",
    "deadline": "den 13. marts",
    "independence": "med en stemmeforstærker",
}


def test_the_practice_is_joined_to_the_one_off_speech():
    text = at_summary(SPEECH).state.slots.get("frequency_said")
    assert text == "øve mig hver formiddag", text


def _steps(own: str) -> list[str]:
    goal = {"activity": "kommunikation", "own_action": own, "aids": [], "current_level": 2}
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    "own",
    [
        "holde talen ved brylluppet stående",
        "holde en skåltale til min datters fødselsdag",
        "holde et foredrag i lokalhistorisk forening igen",
        "holde tale til min kones 80 aars fødselsdag",
    ],
)
def test_a_speech_gets_steps_of_the_voice(own):
    steps = _steps(own)
    assert not any("telefon" in s for s in steps), steps
    assert any("høre mig" in s for s in steps), steps


@pytest.mark.parametrize(
    "own", ["tale med min datter i telefonen", "ringe til min søster og tale med hende"]
)
def test_talking_on_the_phone_keeps_the_phone_steps(own):
    # counter-examples: "tale" of a call
    assert any("telefon" in s for s in _steps(own))
