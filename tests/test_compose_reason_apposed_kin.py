"""A reason that names someone with who they are said between commas ("så Bodil, min datter,
ikke skal køre herned"): the apposition is left out, the clause read whole (round 31, r123)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

CONTENT = get_content("da")
GOALS = CONTENT.goals


@pytest.mark.parametrize(
    ("told", "kept", "lost"),
    [
        ("Så Bodil, min datter, ikke skal køre herned fra Aabenraa hver søndag.",
         "Bodil ikke skal køre herned", "min datter,"),
        ("saa Jens, min soen, ikke skal tage fri fra arbejde hver gang",
         "Jens ikke skal tage fri", "min søn,"),
        ("så Lis, min nabo, ikke skal handle for mig hele tiden",
         "Lis ikke skal handle for mig", "min nabo,"),
        ("fordi Anna, mit barnebarn, bliver student til sommer og jeg vil være med",
         "Anna bliver student", "mit barnebarn,"),
        ("så Karl, min mand, kan få fri fra mig en gang imellem",
         "Karl kan få fri", "min mand,"),
        ("øh så Birgit, min søster, ikke skal bekymre sig",
         "Birgit ikke skal bekymre sig", "min søster,"),
    ],
)  # fmt: skip
def test_a_name_with_its_kin_apposed_is_read_as_the_name(told, kept, lost):
    frame, words = reason_frame(told, GOALS, "citizen")
    assert kept in words and lost not in words, (frame, words)


def test_a_later_sentence_does_not_replace_the_apposed_reason():
    told = "Så Bodil, min datter, ikke skal køre herned hver søndag. Og så er det jo mine breve."
    frame, words = reason_frame(told, GOALS, "citizen")
    assert "Bodil ikke skal køre herned" in words, (frame, words)
