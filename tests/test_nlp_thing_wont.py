"""A negated wish verb after a relative tells what a thing will not do ("et sår der ikke vil
hele"), no wish: the person's own wish said later is the phrase (clauses._thing_wont)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "far har en skulder der ikke vil som han vil og han vil gerne selv kunne tage sin "
            "jakke paa",
            "tage sin jakke på",
        ),
        (
            "øh hoveddøren som ikke vil lukke ordentligt og så vil jeg gerne kunne låse den selv",
            "låse den",
        ),
        (
            "hun har et saar paa benet der ikke vil heele men hun vil gerne laere at smoere "
            "det selv",
            "lære at smøre det",
        ),
    ],
)
def test_what_a_thing_will_not_do_is_no_wish(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # a person said with a relative who wishes: the wish is theirs
        ("min mor der gerne vil ud at gå hver dag", "ud at gå"),
        # no negation: the relative's own wish verb stays one
        ("min mand som vil kunne cykle igen til sommer", "cykle igen"),
    ],
)
def test_a_relative_clause_of_a_person_keeps_the_wish(said, phrase):
    assert action(said) == phrase
