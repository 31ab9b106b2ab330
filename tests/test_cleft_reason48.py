"""Fix round 48 (fG, blind159 Karen): a cleft's relative clause belongs to it. "fordi det altid
har været mig, der var der for dem alle sammen" was cut at the relative "der" as if a story of
the past ran on after the comma; a past verb in the relative clause of a cleft in the present
or perfect, or after "fra" and a subject (since when), tells no past of the reason. A past
run on after a comma ("…, det var der min kone og jeg havde det bedst"), "der" as "there" after
an adjective ("det er hyggeligt, der var …") and a cleft in the past stay as before."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal

from assistant.content import get_content
from assistant.nlp.cleft_relative import cleft_relative_at

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("Fordi det altid har været mig, der var der for dem alle sammen, lige fra de blev født.",
         ", fordi det altid har været mig, der var der for dem alle sammen, fra de blev født."),
        ("fordi det er mig der altid har lavet maden til dem",
         ", fordi det er mig, der altid har lavet maden til dem."),
        ("fordi det har altid været mig, der holdt sammen på familien",
         ", fordi det altid har været mig, der holdt sammen på familien."),
        ("fordi det er min søster, der lærte mig det, og hun kommer stadig",
         ", fordi det er min søster, der lærte mig det, og hun kommer stadig."),
        ("fordi jeg har passet dem, lige fra de var små",
         ", fordi jeg har passet dem, fra de var små."),
    ],
)  # fmt: skip
def test_a_clefts_relative_clause_stays_with_it(told, kept):
    assert reason_in_goal(told, "citizen") == kept


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("fordi det er mit frirum, det var der min kone og jeg havde det bedst",
         ", fordi det er mit frirum."),
        ("fordi det er hyggeligt, der var altid mange mennesker", ", fordi det er hyggeligt."),
        ("fordi det var min mand, der altid gjorde det", "."),
    ],
)  # fmt: skip
def test_a_past_told_beside_the_reason_still_goes(told, kept):
    assert reason_in_goal(told, "citizen") == kept


@pytest.mark.parametrize(
    ("said", "k", "cleft"),
    [
        ("det har altid været mig , der var der".replace(" ,", ","), 5, True),
        ("det er Else, der passer haven", 3, True),
        ("det er hyggeligt, der var mange", 3, False),
        ("jeg er glad, der er mange", 3, False),
        ("det er mig der laver mad", 3, False),  # no comma: no relative after it to mend
    ],
)
def test_cleft_relative_at(said, k, cleft):
    assert cleft_relative_at(said.split(), k, G) is cleft


@pytest.mark.parametrize(
    "goal",
    [
        "Jeg ved, at jeg har nået det, når jeg kan have en have dem fra fredag til søndag.",
        "Jeg vil kunne hente en hente den selv.",
        "Jeg ved, at jeg har nået det, når jeg kan bage et bage dem til jul.",
    ],
)
def test_the_lint_finds_a_verb_doubled_round_a_stray_word(goal):
    from persona_expect import grammar_problems

    assert any("doubled round a stray word" in p for p in grammar_problems(goal))


@pytest.mark.parametrize(
    "goal",
    [
        "Jeg vil kunne have en have med roser.",  # a garden
        "Jeg vil kunne gå en tur og gå hjem igen.",
        "Jeg vil kunne køre bil.",
        "Jeg vil kunne gå og gå til stranden.",  # an idiom
        "Jeg ved, at jeg har nået det, når jeg kan lakere ti negle.",
    ],
)
def test_the_lint_leaves_a_noun_after_the_verb(goal):
    from persona_expect import grammar_problems

    assert not any("doubled round a stray word" in p for p in grammar_problems(goal))
