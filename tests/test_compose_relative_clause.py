"""Round 31 (story31): a relative clause in the wish keeps its own time phrase ("… oldebarn der
kommer til maj") and is set off by commas when a measure, a frequency or an aid follows it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals
TODAY = date(2026, 12, 5)


def _action(said: str) -> str:
    return (understand(said, TODAY).extras or {}).get("action") or ""


@pytest.mark.parametrize(
    ("said", "clause"),
    [
        ("jeg vil gerne selv kunne strikke en hue igen til det lille barnebarn der kommer til "
         "sommer", "der kommer til sommer"),
        ("hun vil gerne bage en lagkage til sin søn som fylder 50 til august",
         "som fylder 50 til august"),
        ("øh jeg vil gerne sy en dåbskjole til oldebarnet der bliver født i marts",
         "der bliver født i marts"),
        ("jeg vil gerne kunne lave mad til min datter der flytter hjem til jul",
         "der flytter hjem til jul"),
        ("min mand vil gerne bygge et dukkehus til vores barnebarn som starter i skole til "
         "august", "som starter i skole til august"),
        ("jeg vil gerne kunne gaa med til brylluppet til min nevø der bliver gift i juni",
         "der bliver gift i juni"),
    ],
)  # fmt: skip
def test_a_relative_clause_in_the_wish_keeps_its_time(said, clause):
    assert _action(said).endswith(clause), _action(said)


@pytest.mark.parametrize(
    ("facts", "part"),
    [
        ({"activity": "fritid", "own_action": "hækle et tæppe til oldebarnet der kommer til maj",
          "frequency": {"times": 1, "per": "day", "every": 1}},
         "oldebarnet, der kommer til maj, hver dag"),
        ({"activity": "madlavning", "own_action": "bage en kage til min søn som fylder 60 i juni",
          "frequency": {"times": 1, "per": "week", "every": 1}},
         "min søn, som fylder 60 i juni, en gang om ugen"),
        ({"activity": "fritid", "own_action": "strikke en trøje til barnebarnet der bliver født i "
          "marts", "independence": "hjaelpemiddel", "aids": ["lup"]},
         "barnebarnet, der bliver født i marts, med"),
        ({"activity": "gang", "own_action": "gå ned til min veninde der bor på hjørnet",
          "frequency": {"times": 2, "per": "week", "every": 1}},
         "min veninde, der bor på hjørnet, to gange om ugen"),
        ({"activity": "fritid", "own_action": "sy en kjole til Maja der skal konfirmeres",
          "measures": [{"value": 30, "unit": "minut"}],
          "frequency": {"times": 1, "per": "day", "every": 1}},
         "til Maja, der skal konfirmeres"),
    ],
)  # fmt: skip
def test_a_relative_clause_ending_the_wish_is_set_off_by_commas(facts, part):
    sentence = compose_goal(facts, GOALS)
    assert part in sentence, sentence


@pytest.mark.parametrize(
    "facts",
    [
        {"activity": "fritid", "own_action": "strikke en trøje til barnebarnet der bliver født"},
        {"activity": "gang", "own_action": "gå en tur med hunden der er blevet gammel"},
    ],
)
def test_a_relative_clause_with_nothing_after_it_takes_no_comma(facts):
    sentence = compose_goal(facts, GOALS)
    assert "," not in sentence, sentence
