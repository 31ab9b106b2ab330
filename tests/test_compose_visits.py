"""A visit wished for ("jeg vil gerne have at min veninde kommer her til kaffe") is the citizen's
own doing in the goal: "få besøg af min veninde til kaffe", not the activity's label."""

from __future__ import annotations

import pytest
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp.compose import compose

CONTENT = get_content("da")


def _goal(wish: str, speaker: str = "citizen", activity: str = "socialt_samvaer") -> str:
    facts = {"activity": activity, "own_action": wish, "speaker": speaker,
             "frequency": {"times": 1, "per": "week", "every": 1}}  # fmt: skip
    return compose(facts, CONTENT.goals)[0]


@pytest.mark.parametrize(
    ("wish", "speaker", "said"),
    [
        ("have at min nabo kommer forbi til en kop kaffe", "citizen",
         "få besøg af min nabo til en kop kaffe"),
        ("have at mine børnebørn kommer og spiller kort", "citizen",
         "få besøg af mine børnebørn og spille kort"),
        ("have at nogen kommer og snakker med mig", "citizen",
         "få besøg af nogen og snakke sammen"),
        ("have at præsten kigger forbi", "citizen", "få besøg af præsten"),
        ("have at min gamle kollega besøger mig", "citizen", "få besøg af min gamle kollega"),
        # a relative's wish of a visit for the citizen: the citizen's own people
        ("have at hans søn kommer på besøg", "relative", "få besøg af min søn"),
        ("have at hendes veninder kommer og drikker kaffe med hende", "relative",
         "få besøg af mine veninder og drikke kaffe sammen"),
    ],
)  # fmt: skip
def test_a_visit_wished_for_is_the_citizens_own_doing(wish, speaker, said):
    text = _goal(wish, speaker)
    assert said in text, text
    assert not grammar_problems(text), (text, grammar_problems(text))


def test_a_wish_that_someone_else_does_a_thing_is_still_no_own_doing():
    """ "have at hjemmeplejen gør rent": no visit, nothing the citizen does: the label."""
    assert "hjemmeplejen" not in _goal("have at hjemmeplejen gør rent", activity="rengoering")
