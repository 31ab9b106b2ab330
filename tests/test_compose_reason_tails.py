"""A told reason and a sign cut and written as clean Danish (round 23): a feeling run on after
the reason ("… det er flovt"), a clause of anyone's doing run on with "og så" ("… og så møder
man nogen dernede"), a relative's own clause spliced on with a comma, an answer the citizen
takes over, and "og vi kan … hinanden" after the citizen's sign are no part of the goal."""

from __future__ import annotations

import pytest
from compose_support import BATHING, GOALS, goal_of, reason_of
from test_engine import begin, card, go, text, until

from assistant.nlp.asides import taken_over, without_asides

G = GOALS.grammar
WISH = "jeg vil gerne selv kunne gå i bad igen"


def _goal(**facts) -> str:
    return goal_of(BATHING, **facts)


# --- a feeling run on after the reason ----------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("jeg vil være fri for at blive vasket af fremmede mennesker det er flovt",
         "jeg vil være fri for at blive vasket af fremmede mennesker"),
        ("så jeg ikke skal vaskes af fremmede øh det er så pinligt",
         "så jeg ikke skal vaskes af fremmede"),
        ("saa jeg ikke skal have hjemmeplejen til at vaske mig det er lidt flovt, og saa min "
         "datter kan slappe af",
         "saa jeg ikke skal have hjemmeplejen til at vaske mig, og saa min datter kan slappe af"),
        # the reason itself, after "fordi", stays
        ("fordi det er flovt at blive vasket af fremmede",
         "fordi det er flovt at blive vasket af fremmede"),
        # a feeling that goes on with what is ("det er svært at …") is no aside at the end
        ("så jeg kan klare mig det er svært at bede om hjælp",
         "så jeg kan klare mig det er svært at bede om hjælp"),
    ],
)  # fmt: skip
def test_a_feeling_run_on_after_the_reason_goes(told, kept):
    assert without_asides(told, G) == kept


def test_a_reason_that_ends_on_fremmede_is_kept_in_the_goal():
    goal = _goal(reason_said="så jeg ikke skal vaskes af fremmede det er så pinligt")
    assert reason_of(goal) == ", så jeg ikke skal vaskes af fremmede", goal
    goal = _goal(reason_said="fordi det er flovt at blive vasket af fremmede")
    assert "fremmede" in reason_of(goal), goal


# --- a clause of anyone's doing run on with "og så" ---------------------------------------------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("så jeg selv kan vælge mine varer og så møder man jo nogen dernede ikk",
         ", så jeg selv kan vælge mine varer."),
        ("øh så min kone ikke skal gå med hunden i al slags vejr og så møder man de andre "
         "hundefolk derude det savner jeg",
         ", så min kone ikke skal gå med hunden i al slags vejr."),
        ("så jeg kan se mine børnebørn og så kommer de jo også",
         ", så jeg kan se mine børnebørn."),
        # people named after "de", and what the goal spares them, stay
        ("fordi jeg har været glatbarberet i halvfjerds år og så skal de piger fra hjemmeplejen "
         "ikke rode med mit skæg", ", fordi jeg har været glatbarberet i halvfjerds år, og så "
         "skal de piger fra hjemmeplejen ikke rode med mit skæg."),
        # the citizen's generic "man" is said as "jeg" (round 24)
        ("så jeg kan komme ud og så skal man ikke sidde alene hele dagen",
         ", så jeg kan komme ud, og så skal jeg ikke sidde alene hele dagen."),
        # the citizen's own act and a purpose with its own subject stay
        ("så min datter ikke skal komme hver dag og så kan jeg selv bestemme",
         ", så min datter ikke skal komme hver dag, og så kan jeg selv bestemme."),
        ("så min datter ikke skal komme hver dag og så de andre ikke skal vente på mig",
         ", så min datter ikke skal komme hver dag, og så de andre ikke skal vente på mig."),
    ],
)  # fmt: skip
def test_a_clause_of_anyones_doing_after_the_reason_goes(told, reason):
    assert reason_of(_goal(reason_said=told)) == reason.rstrip(".")


@pytest.mark.parametrize(
    ("criterion", "sign"),
    [
        ("gå ned til caféen og så møder man jo nogen dernede", "når jeg kan gå ned til caféen"),
        ("gå derned og hjem igen, og så kommer de andre og henter mig",
         "når jeg kan gå derned og hjem igen"),
        ("gå derned og så kan jeg sidde på bænken", "når jeg kan gå derned og så kan jeg sidde på "
         "bænken"),  # the citizen's own: no cut here
    ],
)  # fmt: skip
def test_a_sign_without_a_clause_of_anyones_doing(criterion, sign):
    goal = _goal(activity="gang", own_action="komme ud igen", criterion=criterion)
    assert goal.split("nået det, ", 1)[1].split(".")[0] == sign, goal


# --- "og vi kan … hinanden" after the sign ------------------------------------------------------


@pytest.mark.parametrize(
    ("criterion", "sign"),
    [
        ("starte et videoopkald til Alma og Frej, og vi kan se og høre hinanden, uden at Lis skal "
         "hjælpe mig", "når jeg kan starte et videoopkald til Alma og Frej uden at Lis skal hjælpe "
         "mig"),
        ("ringe til min søster og vi kan snakke sammen en halv time",
         "når jeg kan ringe til min søster og snakke sammen en halv time"),
        ("ringe Inger op og vi snakker sammen", "når jeg kan ringe Inger op og snakke sammen"),
    ],
)  # fmt: skip
def test_a_doing_of_several_after_the_sign(criterion, sign):
    goal = _goal(activity="socialt_samvaer", own_action="bruge min telefon", criterion=criterion)
    assert goal.split("nået det, ", 1)[1].split(".")[0] == sign, goal


# --- a relative's own clause spliced on with a comma --------------------------------------------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("så han ikke sidder alene derhjemme hele weekenden, han er blevet så stille",
         ", så jeg ikke sidder alene derhjemme hele weekenden"),
        ("saa hun kan komme ud blandt andre, hun er saa ensom",
         ", så jeg kan komme ud blandt andre"),
        ("fordi han ikke vil have fremmede til at vaske ham, han er en stolt mand",
         ", fordi jeg ikke vil have fremmede til at vaske mig"),
        # a reason joined on after the spliced clause stays
        ("fordi det er hans venner, han er blevet saa stille, og han keder sig derhjemme",
         ", fordi det er mine venner, og jeg keder mig derhjemme"),
        # a feeling about something and a doing of the citizen's stay
        ("så han kan komme ud, han er træt af at sidde inde",
         ", så jeg kan komme ud, jeg er træt af at sidde inde"),
        ("fordi han altid har holdt af fuglene, han kender dem alle sammen",
         ", fordi jeg altid har holdt af fuglene, jeg kender dem alle sammen"),
        # an object clause, and the citizen's own will, go on with the reason
        ("så Solveig ikke tror, hun har glemt hende",
         ", så Solveig ikke tror, jeg har glemt hende"),
        ("fordi han er stolt, han vil ikke sidde som et barn",
         ", fordi jeg er stolt, jeg vil ikke sidde som et barn"),
    ],
)  # fmt: skip
def test_a_relatives_spliced_clause_is_no_part_of_the_reason(told, reason):
    assert reason_of(_goal(reason_said=told, speaker="relative", reason_by="relative")) == reason


def test_a_citizens_spliced_clause_stays():
    told = "så jeg kan komme ud blandt andre, jeg sidder bare inde hele dagen"
    assert "jeg sidder inde hele dagen" in reason_of(_goal(reason_said=told))


# --- an answer the citizen takes over -----------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "rest"),
    [
        ("det er mig der skriver nu, ikke min datter. jeg vil kunne se mig selv i spejlet",
         "jeg vil kunne se mig selv i spejlet"),
        ("øh nu er det mig selv der skriver. saa jeg kan klare mig selv",
         "saa jeg kan klare mig selv"),
        ("Det er mig der svarer nu.", ""),
        ("det er mig der hjælper ham hver dag", None),  # a relative's own word, no takeover
    ],
)  # fmt: skip
def test_an_answer_taken_over_by_the_citizen(told, rest):
    assert taken_over(told, G) == rest


def test_the_citizens_reason_after_a_takeover_is_in_the_goal(content):
    turn = until(begin(content, "paaroerende"), content, "wish")
    turn = until(go(turn, content, text("han vil gerne selv kunne barbere sig igen")), content,
                 "motivation")  # fmt: skip
    told = "det er mig der skriver nu, ikke min søn. jeg vil kunne se mig selv i spejlet hver dag"
    turn = until(go(turn, content, text(told)), content, "confirm", card("ja"))
    goal = turn.goal_text
    assert "så jeg kan se mig selv i spejlet hver dag" in goal, goal
    assert "skriver" not in goal and "søn" not in goal, goal
