"""A yes to the goal said with thanks, greetings or a yes in another language around the Danish
words is a yes; those words never make a no a yes. Through the real engine."""

from __future__ import annotations

import pytest
from test_engine_change import answer, at_summary
from test_engine_confirm import DRESS


@pytest.mark.parametrize(
    "said",
    [
        "Aap, det er mit mål. Qujanaq.",
        "aap. ja det er rigtigt",
        "Tak, det er fint",
        "thank you. ja det er mit mål",
        "Tesekkurler, det er rigtigt!",
        "shukran shukran. ja det passer",
        "Takk. det er mit mål, takk",
        "mange tak. jo det er i orden",
    ],
)
def test_a_danish_yes_with_foreign_or_thankful_words_around_it_confirms(said):
    turn = answer(at_summary(DRESS), said)
    assert turn.done and turn.draft["citizen_confirmed"] is True


@pytest.mark.parametrize(
    "said",
    [
        "Qujanaq. Nej, det er ikke mit mål",
        "tak. nej",
        "thanks, men hellere hver anden dag",
        "aap",
        "qujanaq",
        "naamik, det er ikke rigtigt",
        "tak, det passer ikke",
    ],
)
def test_a_no_or_a_lone_foreign_word_with_courtesy_is_no_yes(said):
    turn = answer(at_summary(DRESS), said)
    assert not turn.done and turn.state["confirmed"] is not True


@pytest.mark.parametrize(
    "said", ["tak. nej", "Qujanaq. Nej, det er ikke mit mål", "thanks. nej tak"]
)
def test_a_no_with_thanks_around_it_asks_what_to_change(said):
    turn = answer(at_summary(DRESS), said)
    assert turn.slot == "change" and turn.state["confirmed"] is not True
