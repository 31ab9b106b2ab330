"""Every reason the person gave, whole and in order: two reasons in one answer to "why" are
both in the goal sentence ("…, så Inger ikke skal …, og så jeg ikke føler mig …"), at most two,
and a comment told after a reason ("hver gang hun er sød nok") is no part of it."""

from __future__ import annotations

import pytest
from test_engine import begin, card, go, text, until

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_frame

GOALS = get_content("da").goals
WISH = "jeg vil gerne selv kunne tage mine strømper og sko på om morgenen"


def _goal_after_why(content, answer: str, who: str = "borger") -> str:
    turn = until(begin(content, who), content, "wish")
    turn = until(go(turn, content, text(WISH)), content, "motivation")
    turn = until(go(turn, content, text(answer)), content, "confirm", card("ja"))
    return turn.goal_text


@pytest.mark.parametrize(
    ("answer", "reasons"),
    [
        # spoken: a name after "så", then "og så" and the second purpose
        ("så Inger ikke skal ligge på knæ foran mig hver morgen og så jeg ikke føler mig som "
         "et lille barn",
         ", så Inger ikke skal ligge på knæ foran mig hver morgen, og så jeg ikke føler mig som "
         "et lille barn."),
        ("øh så Hanne ikke skal hjælpe mig hver eneste morgen og så jeg kan bestemme selv",
         ", så Hanne ikke skal hjælpe mig hver eneste morgen, og så jeg kan bestemme selv."),
        # without æøå, typed fast
        ("saa min kone ikke skal baere det hele og saa jeg kan komme ud om formiddagen",
         ", så min kone ikke skal bære det hele, og så jeg kan komme ud om formiddagen."),
        # typed in two sentences: a wish first, then "Og så …"
        ("Jeg vil have kræfterne tilbage. Og så Grete ikke skal svømme alene.",
         ", så jeg kan have kræfterne tilbage, og så Grete ikke skal svømme alene."),
        # … and the friend's story after a comma is no part of the second reason
        ("Jeg vil gerne have kræfterne tilbage. Og så Grete ikke skal svømme alene, hun er holdt "
         "op med at tage derud uden mig.",
         ", så jeg kan have kræfterne tilbage, og så Grete ikke skal svømme alene."),
        # how things are, then what she wants: one because-clause, both in order
        ("købebrød smager ikke af noget. og jeg vil gerne kunne give et brød med til mine børn",
         ", fordi købebrød ikke smager af noget, og jeg vil kunne give et brød med til mine "
         "børn."),
        # "ligesom jeg …" compares: no filler, and no run-on about the past
        ("så Oliver kan lære at bruge værktøj ligesom jeg lærte det af min far og så jeg har "
         "noget at stå op til",
         ", så Oliver kan lære at bruge værktøj ligesom jeg lærte det af min far, og så jeg har "
         "noget at stå op til."),
        # both long: each kept whole rather than the second dropped
        ("så min kone ikke skal sidde og skære maden ud for mig som for et lille barn og så vi "
         "kan komme ud og spise med vennerne igen uden at jeg skammer mig",
         ", så min kone ikke skal sidde og skære maden ud for mig som for et lille barn, og så "
         "vi kan komme ud og spise med vennerne igen uden at jeg skammer mig."),
    ],
)  # fmt: skip
def test_two_reasons_in_one_answer_are_both_in_the_goal_in_the_order_said(content, answer, reasons):
    assert reasons in _goal_after_why(content, answer)


def test_a_third_reason_is_left_out_the_goal_keeps_two(content):
    goal = _goal_after_why(
        content,
        "så min datter ikke skal komme hver morgen og så jeg kan bestemme selv og så jeg ikke "
        "keder mig så meget",
    )
    assert ", så min datter ikke skal komme hver morgen, og så jeg kan bestemme selv." in goal
    assert "keder" not in goal


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # "hun er sød nok, men …": a comment on the neighbour, no condition of the reason
        ("så jeg ikke skal bede naboen ovenpå om det hver gang hun er sød nok men jeg vil ikke "
         "ligge nogen til last", "ikke skal bede naboen ovenpå om det hver gang"),
        ("så jeg ikke skal bede naboen ovenpå om det hver gang hun er sød nok",
         "ikke skal bede naboen ovenpå om det hver gang"),
        ("så jeg ikke skal ringe til min søn hver gang han er flink nok men han har travlt",
         "ikke skal ringe til min søn hver gang"),
        # a real condition stays: "hver gang de kommer"
        ("så jeg kan lege med børnebørnene hver gang de kommer",
         "lege med børnebørnene hver gang de kommer"),
    ],
)  # fmt: skip
def test_a_comment_on_another_person_after_the_reason_is_cut(told, reason):
    assert reason_frame(told, GOALS, "citizen")[1] == reason


@pytest.mark.parametrize(
    ("told", "speaker", "frame", "words"),
    [
        # a name ending in -e is no infinitive when a verb follows it
        ("Grethe er min bedste veninde", "citizen", "because", "Grethe er min bedste veninde"),
        ("Grethe er hendes bedste veninde, og hun savner at grine med hende.", "relative",
         "because", "Grethe er min bedste veninde, og jeg savner at grine med hende"),
        ("Hanne kommer kun om søndagen", "citizen", "because", "Hanne kommer kun om søndagen"),
    ],
)  # fmt: skip
def test_a_reason_that_opens_with_a_name_keeps_it_as_its_subject(told, speaker, frame, words):
    assert reason_frame(told, GOALS, speaker) == (frame, words)


def test_two_reasons_told_as_facts_are_joined_with_a_comma_in_the_goal():
    facts = {"activity": "madlavning", "own_action": "lave varm mad", "speaker": "citizen"}
    facts["reason_said"] = (
        "så min søn ikke skal køre herud hver dag med mad og så jeg selv kan bestemme hvad jeg "
        "spiser"
    )
    sentence = compose_goal(facts, GOALS)
    assert sentence == (
        "Jeg vil kunne lave varm mad, så min søn ikke skal køre herud hver dag med mad, og så "
        "jeg selv kan bestemme hvad jeg spiser."
    )
