"""Fix round 46 (fH, blind154 Tove): "egen/eget/egne" said in the singular before a noun that is
the same word in the plural ("vores helt egen ting") keeps its number: "ting" is one or many,
"egen" says one (nlp/grammar.agree). A plural said ("mine egne ting") and a possessive alone
("min ting", owned many at a time) agree as before."""

from __future__ import annotations

import pytest
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp.grammar import agree

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("det er vores helt egen ting , kun os to", "det er vores helt egen ting , kun os to"),
        ("det er min egen ting", "det er min egen ting"),
        ("det er hans helt egen ting", "det er hans helt egen ting"),
        ("en helt egen ting", "en helt egen ting"),
        ("deres egen år", "deres eget år"),
        # counter-examples: the plural said, a possessive alone, a noun of one number
        ("vores egne ting", "vores egne ting"),
        ("mine egne ting", "mine egne ting"),
        ("min egne ting", "mine egne ting"),
        ("min ting", "mine ting"),
        ("min eget kort", "mit eget kort"),
        ("vores egen have", "vores egen have"),
    ],
)  # fmt: skip
def test_own_keeps_its_number_before_a_noun_of_both(said, written):
    assert " ".join(agree(said.split(), GRAMMAR)) == written


@pytest.mark.parametrize(
    ("motivation", "shown"),
    [
        ("fordi det er vores helt egen ting, kun os to, og han fortaeller mig alt",
         "vores helt egen ting"),
        ("øh det er min helt egen ting, det med haven, der bestemmer jeg selv",
         "min helt egen ting"),
        ("det er vores egen lille ting, mig og min veninde", "vores egen lille ting"),
    ],
)  # fmt: skip
def test_a_reason_with_own_in_the_singular_keeps_it(motivation, shown):
    turn = at_summary(
        {
            "wish": "jeg vil gerne kunne gaa tur i skoven med mit barnebarn igen",
            "motivation": motivation,
            "frequency": "hver anden søndag",
            "deadline": "til foråret",
        }
    )
    assert shown in turn.goal_text and "egne" not in turn.goal_text, turn.goal_text
