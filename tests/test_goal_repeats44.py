"""Round 44, blind148 René: the goal says each thing once and only what it means. A when-clause
that says again the frequency's time ("hver fredag aften …, når han sover her fredag aften") keeps
its clause without the time; a clause that only tells someone's age ("og han er 13 nu") is no
reason; "uden" with a subject and its modal gets its "at" ("uden Magnus skal hjælpe mig" →
"uden at Magnus skal …"); another's occasion ("når han sover her") names no activity of the
citizen's. Through the real analyzer, composer and engine."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp.clause_time import clause_without_time
from assistant.nlp.compose import first_person, reason_frame
from assistant.nlp.grammar import polish

GOALS = get_content("da").goals
G = GOALS.grammar
TODAY = date(2026, 12, 6)


# --- 1. the frequency's time said once --------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "how_often", "left"),
    [
        (", når han sover her fredag aften", "hver fredag aften", ", når han sover her"),
        (", naar hun kommer om lørdagen", "hver lørdag", ", naar hun kommer"),
        (", når min datter er her søndag", "hver søndag", ", når min datter er her"),
        (", når de kommer hjem mandag, og", "hver mandag", ", når de kommer hjem, og"),
    ],
)
def test_a_when_clause_drops_the_time_the_frequency_says(clause, how_often, left):
    assert clause_without_time(clause, how_often, G) == left


@pytest.mark.parametrize(
    ("clause", "how_often"),
    [
        (", når han sover her fredag aften", "hver lørdag"),  # another time: both told
        (", når det er fredag", "hver fredag"),  # nothing but the time would be left
        (", når han sover her", "hver fredag aften"),
        (", når han sover her fredag aften", "to gange om ugen"),  # no "hver"
    ],
)
def test_a_clause_of_another_time_or_only_the_time_stays(clause, how_often):
    assert clause_without_time(clause, how_often, G) == clause


@pytest.mark.parametrize(
    ("wish", "frequency", "once"),
    [
        (
            "jeg vil gerne kunne spille fifa paa playstation med mit barnebarn igen naar han "
            "sover her fredag aften",
            "hver fredag aften naar han sover her",
            "fredag aften",
        ),
        (
            "øh jeg vil gerne spille kort med min søn igen når han kommer om søndagen",
            "hver søndag",
            "søndag",
        ),
    ],
)
def test_the_goal_says_the_weekly_time_once(wish, frequency, once):
    answers = {"wish": wish, "frequency": frequency, "measure": "en hel time"}
    goal = at_summary(answers).prompt.split("\n")[0]
    assert goal.lower().count(once) == 1, goal


# --- 2. an age is no reason -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        (
            "fordi det er vores ting, vi har spillet sammen siden han var 6 og han er 13 nu. og "
            "jeg vil ikke vaere den syge morfar",
            "det er vores ting, og jeg ikke vil",
        ),
        ("fordi jeg elsker at danse og hun er 80 nu", "jeg elsker at danse"),
        ("fordi han er 13 år og han vil gerne spille med mig", "han vil spille med mig"),
        ("fordi han er to år og han elsker at bade", "han elsker at bade"),
        ("fordi hun er 3 år, og hun elsker mine boller", "hun elsker mine boller"),
    ],
)
def test_a_clause_of_an_age_is_left_out_of_the_reason(told, reason):
    said = reason_frame(told, GOALS, "citizen")[1]
    assert said.startswith(reason), said
    assert not any(f" {n} " in f" {said} " for n in ("13", "80", "to år", "3 år")), said


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        # "ham" points back at the son: the clause that names him stays
        ("det er vigtigt fordi min søn er 50 og jeg vil gerne bage til ham", "min søn er 50"),
        ("fordi hun bliver 100 til maj og jeg vil holde fest for hende", "hun bliver 100 til maj"),
        ("fordi hun er min bedste ven", "hun er min bedste ven"),
        ("for han er 13 nu", "han er 13 nu"),  # nothing else told
        # the age and what he does share one subject: one clause, kept
        ("fordi han er 13 og gider stadig spille med mig", "han er 13 og gider"),
    ],
)
def test_other_clauses_and_a_lone_age_stay(told, kept):
    assert kept in reason_frame(told, GOALS, "citizen")[1]


# --- 3. "uden" with a subject and its modal ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("spille en hel kamp uden Magnus skal hjælpe mig", "uden at Magnus skal hjælpe mig"),
        ("gå på toilettet uden hun skal hjælpe mig", "uden at hun skal hjælpe mig"),
        ("komme op uden han skal hjaelpe mig", "uden at han skal"),
        ("spille kort uden min kone skal holde kortene", "uden at min kone skal holde kortene"),
        ("gå ned til stranden uden Karen skal holde mig", "uden at Karen skal holde mig"),
    ],
)
def test_without_a_subject_and_its_modal_gets_at(said, written):
    assert written in polish(first_person(said, GOALS), G)


@pytest.mark.parametrize(
    "said",
    [
        "gå en tur uden stokken kan jeg ikke",
        "gå ud uden min rollator skal med",
        "uden mig kan hun ikke",
        "gå i bad uden at min datter skal hjælpe",
    ],
)
def test_without_before_no_clause_of_its_own_stays(said):
    written = polish(first_person(said, GOALS), G)
    assert "uden at at" not in written
    assert written.count(" at ") == said.count(" at "), written


# --- 4. another's occasion names no activity --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne kunne spille fifa igen naar han sover her", "fritid"),
        (
            "jeg vil gerene kunne spille fifa paa playstation med mit barnbarn Magnus igen naar "
            "han sover her fredag aften",
            "fritid",
        ),
        ("jeg vil gerne spille computerspil med mit barnebarn når hun er på besøg", "fritid"),
        # counter-examples: the citizen's own sleep
        ("jeg vil gerne kunne sove igen", "humoer_og_energi"),
        ("jeg vil gerne kunne sove igen når han er gået i seng", "humoer_og_energi"),
    ],
)
def test_an_occasion_of_someone_else_names_no_activity(said, activity):
    assert understand(said, TODAY).activity == activity
