"""A reason opened by "så" before a word of time or degree ("så længe de blomstrer, er han lidt
hos mig", "saa snart jeg kan cykle …") is no purpose: it is said whole after "fordi", never
"så jeg kan længe …" (fix round 34, blind129 Herdis). A relative who quotes the citizen in a
later sentence ("… Hun siger, at så længe …, er han lidt hos hende") tells her gender: "han" is
someone else and "hende" is the citizen."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal

_FACTS = {"activity": "fritid", "own_action": "passe min have igen", "independence": "selv"}


@pytest.mark.parametrize(
    ("speaker", "why", "kept"),
    [
        ("citizen", "så længe jeg kan passe haven, er jeg mig selv",
         ", fordi så længe jeg kan passe haven, er jeg mig selv"),
        ("citizen", "saa laenge jeg kan komme derud er jeg glad",
         ", fordi saa laenge jeg kan komme derud er jeg glad"),
        ("citizen", "så snart jeg kan gå derud igen, kan jeg plukke mine egne æbler",
         ", fordi så snart jeg kan gå derud igen, kan jeg plukke mine egne æbler"),
        ("citizen", "øh så tit jeg kan, vil jeg ud og mærke jorden",
         ", fordi så tit jeg kan, vil jeg ud og mærke jorden"),
        ("relative", "så længe hun kan være derude, har hun det godt",
         ", fordi så længe jeg kan være derude, har jeg det godt"),
        ("relative",
         "Haven var Eriks, han plantede roserne i 1975. Hun siger, at så længe de blomstrer, er "
         "han lidt hos hende.",
         ", fordi så længe de blomstrer, er han lidt hos mig"),
        ("relative",
         "Det var hans fars have. Han siger, at så længe den står, er hun lidt hos ham.",
         ", fordi så længe den står, er hun lidt hos mig"),
    ],
)  # fmt: skip
def test_so_before_a_word_of_time_is_no_purpose(speaker, why, kept):
    sentence = compose_goal({**_FACTS, "speaker": speaker, "motivation": why}, GOALS)
    assert kept in sentence, sentence
    assert "kan længe" not in sentence and "kan snart" not in sentence, sentence


@pytest.mark.parametrize(
    ("why", "kept"),
    [
        ("så jeg kan sidde derude om sommeren", ", så jeg kan sidde derude om sommeren"),
        ("saa min datter ikke skal slaa graesset", ", så min datter ikke skal slaa graesset"),
    ],
)
def test_a_purpose_so_stays_a_purpose(why, kept):
    sentence = compose_goal({**_FACTS, "speaker": "citizen", "motivation": why}, GOALS)
    assert kept in sentence, sentence
