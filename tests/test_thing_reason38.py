"""What befalls a thing is never the citizen's: a reason said as a bare "ikke forfalde" / "ikke
rådne" is the thing's, with the subject of the object pronoun said before it ("far plantede dem.
ikke forfalde." → "så de ikke forfalder"), never "så jeg ikke skal forfalde". A bare negated
doing of one's own ("ikke falde", "ikke sidde alene") stays the citizen's. And a sign told as a
thing's state with a "selv" said apart after it ("alle tolv. færdige. selv.") leaves the "selv"
to the goal's frame: "når alle tolv er færdige", never "færdige, selv"."""

from __future__ import annotations

import pytest

from assistant.nlp.compose import reason_first_person, reason_frame, result_sign
from assistant.nlp.thing_reason import thing_subject_said


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("far plantede dem. ikke forfalde. æbler. oldebørn.", "de ikke forfalder"),
        ("min mand byggede den selv. ikke raadne.", "den ikke raadner"),  # as typed
        ("ikke forfalde", "det ikke forfalder"),
        ("Vi plantede dem i 1970. Ikke visne.", "de ikke visner"),
        (
            "øh mor har passet dem i tredive år. ikke ruste væk i skuret.",
            "de ikke ruster væk i skuret",
        ),
    ],
)
def test_a_bare_negated_thing_verb_is_the_things(content, told, said):
    frame, words = reason_frame(told, content.goals, "citizen")
    assert (frame, words) == ("so", said)
    assert "jeg" not in reason_first_person(told, content.goals, "citizen").split()


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("ikke falde", "ikke skal falde"),
        ("ikke sidde alene hele dagen", "ikke skal sidde alene hele dagen"),
        ("så jeg ikke skal forfalde helt", "ikke skal forfalde helt"),  # a subject said: his own
    ],
)
def test_a_bare_negated_doing_of_ones_own_stays_the_citizens(content, told, said):
    assert reason_frame(told, content.goals, "citizen") == ("so_i", said)


@pytest.mark.parametrize(
    ("sign", "clause"),
    [
        ("alle tolv. færdige. selv.", "alle tolv er færdige"),
        ("alle ti. klippet. selv.", "alle ti er klippet"),
        ("alle tolv. færdige. alene.", "alle tolv er færdige"),
    ],
)
def test_a_selv_said_apart_after_a_things_state_is_left_to_the_frame(content, sign, clause):
    facts = {"criterion": sign, "own_action": "beskære æbletræerne", "speaker": "citizen"}
    assert result_sign(facts, content.goals).rstrip(".") == clause


def test_a_state_without_selv_is_kept_as_said(content):
    facts = {"criterion": "alle tolv. færdige.", "own_action": "beskære æbletræerne"}
    assert result_sign(facts, content.goals).rstrip(".") == "alle tolv er færdige"


def test_a_reason_without_such_a_verb_is_returned_as_said(content):
    told = "fordi jeg savner dem\nikke falde igen"
    assert thing_subject_said(told, content.goals.grammar) == told
