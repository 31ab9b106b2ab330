"""A reason told as the citizen's will whose verb the sign says again (fix round 34, blind128
Ole for Grete: "hun vil væve et tæppe til vores barnebarn" beside "… har vævet et helt
kludetæppe færdigt") is said as the will, "fordi jeg vil væve et tæppe …", not as a purpose
"så jeg kan væve et …" the sign's "når jeg kan væve et …" says twice."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal


@pytest.mark.parametrize(
    ("speaker", "wish", "why", "sign", "kept"),
    [
        ("relative", "væve kludetæpper på sin væv igen",
         "Hun vil væve et tæppe til vores barnebarn Freja, der flytter hjemmefra til sommer.",
         "væve et helt kludetæppe færdigt, to meter langt",
         "fordi jeg vil væve et tæppe til"),
        ("citizen", "strikke igen",
         "jeg vil strikke en trøje til mit barnebarn inden jul",
         "strikke en hel trøje færdig uden at få ondt i hænderne",
         "fordi jeg vil strikke en trøje til mit barnebarn inden jul"),
        ("citizen", "bage i mit køkken igen",
         "øh jeg vil gerne bage en kage til min datters fødselsdag",
         "bage en kage fra start til slut uden at sætte mig",
         "fordi jeg vil bage en kage til min datters fødselsdag"),
        ("relative", "male akvareller igen",
         "han vil male et billede af huset til sin søster",
         "male et billede færdigt på en eftermiddag",
         "fordi jeg vil male et billede af huset til min søster"),
    ],
)  # fmt: skip
def test_a_will_beside_a_sign_of_the_same_doing_is_said_as_the_will(speaker, wish, why, sign, kept):
    facts = {"activity": "fritid", "own_action": wish, "independence": "selv",
             "speaker": speaker, "motivation": why, "criterion": sign}  # fmt: skip
    sentence = compose_goal(facts, GOALS)
    assert kept in sentence, sentence
    assert "så jeg kan" not in sentence, sentence


def test_a_purpose_of_another_doing_stays_a_purpose():
    facts = {"activity": "fritid", "own_action": "strikke igen", "independence": "selv",
             "speaker": "citizen", "motivation": "jeg vil give sokker til mine børnebørn",
             "criterion": "strikke et par sokker færdige på en uge"}  # fmt: skip
    sentence = compose_goal(facts, GOALS)
    assert "så jeg kan give sokker til mine børnebørn" in sentence, sentence
