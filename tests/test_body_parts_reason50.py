"""A second language's bare body part as a clause's subject is mended in the reason as in the
measure ("fordi når hænder er i jord er jeg glad" → "fordi jeg er glad, når hænderne er i
jord"), from one table (_grammar.yaml learner_body_parts, content/body_parts.py) read by the
mends and the reason's gate; the gate keeps out only what is still bare, a fronted clause left
alone or a mended reason with a main clause spliced on. The gate has no run-on branch: the
composer commas every run-on before it (review 50 A9, D2)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal
from assistant.nlp.reason_commas import run_on_at, run_on_commas

GOALS = get_content("da").goals
G = GOALS.grammar
FACTS = {"activity": "fritid", "own_action": "gå ned til havnen", "speaker": "citizen"}
ALONE = "Jeg vil kunne gå ned til havnen."


def _goal(told: str) -> str:
    return compose_goal({**FACTS, "reason_said": told}, GOALS)


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("fordi når hænder er i jord er jeg glad", "fordi jeg er glad, når hænderne er i jord"),
        ("fordi hænder er kolde om vinteren", "fordi hænderne er kolde om vinteren"),
        ("øh fordi når fingre er varme, så kan jeg strikke", "fingrene"),
        ("fordi ben gør ondt når jeg sidder stille", "fordi benene gør ondt"),
        ("fordi naar hofter er stive bliver jeg sur", "hofterne"),
        ("fordi når hånd ryster kan jeg ikke skrive", "når hånden ryster"),
        ("fordi når det er sommer er jeg glad", "fordi jeg er glad, når det er sommer"),
    ],
)  # fmt: skip
def test_a_bare_body_part_is_mended_in_the_reason(told, written):
    assert written in _goal(told)


@pytest.mark.parametrize(
    "told",
    [
        "fordi mine hænder er glade i jorden",  # a possessive: as said
        "fordi jeg har ondt i ryg og jeg vil ud",  # after a preposition: no subject
        "fordi jeg kan holde hånd med mit barnebarn",  # an idiom: no "hånden"
    ],
)
def test_a_body_part_that_is_no_bare_subject_stays(told):
    text = _goal(told)
    assert "hænderne" not in text and "hånden" not in text


@pytest.mark.parametrize(
    "told",
    [
        "fordi når fingre er varme jeg kan strikke",  # its main clause cut away
        "Min mor siger: når ryg gør ondt hun bliver sur.",  # the quote's clause alone
        "fordi når jeg går tur jeg får det godt",  # no body part: a fragment all the same
        # mended, but a main clause spliced on after a comma: more second language than mended
        "Fordi ben gør ondt når jeg sidder stille, jeg skal bevæge mig.",
        "Når hænder er i jord, jeg er glad, jeg glemmer smerter.",
    ],
)
def test_what_is_still_bare_or_alone_stays_out(told):
    assert _goal(told) == ALONE


def test_one_table_gives_every_part_its_definite():
    assert set(G.learner_body_objects) <= set(G.learner_body_definites)
    assert G.learner_body_definites["haender"] == "hænderne"
    assert "haand" not in G.learner_body_objects  # "holde hånd": no object mend


@pytest.mark.parametrize(
    "words",
    [
        "de gamle ikke kan komme nogen steder og så er det hyggeligt vi snakker hele vejen",
        "blomsterne ikke skal gå ud de er Aages og mine",
    ],
)
def test_the_composer_leaves_no_run_on_for_the_gate(words):
    """D2: run_on_commas leaves no run_on_at place, so a gate branch on it would be dead."""
    commaed = run_on_commas(words, G).split()
    assert commaed != words.split()
    assert not any(run_on_at(commaed, i, G) for i in range(len(commaed)))
