"""Second-language wishes and reasons (fix round 32, l2r32): a plural of people said bare after
"med" in the citizen's wish is the citizen's own ("spille tavla med venner" → "med mine
venner"), and a reason that is a relative's words typed with no verb ("Kone sige jeg sur mand
nu") stays out of the goal sentence (goal.motivation keeps it for staff)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil spille tavla med venner tirsdag og torsdag", "tavla med mine venner tirsdag"),
        ("jeg vil gå i svømmehallen med veninder hver onsdag", "med mine veninder hver onsdag"),
        ("jeg vil snakke med naboer igen i gården", "snakke med mine naboer igen"),
        ("Jeg vil kunne spille kort med kolleger fra fabrik", "med mine kolleger fra"),
        ("jeg vil lave mad med børnebørn om søndagen", "med mine børnebørn om søndagen"),
        ("jeg vil selv køre til havnen og fiske med kammerater", "fiske med mine kammerater"),
        ("gå til kaffehuset igen og spille tavla med venner", "tavla med mine venner"),
        ("spise med veninder i beboerhuset", "spise med mine veninder"),
    ],
)
def test_a_bare_plural_of_people_after_med_in_the_wish_is_the_citizens_own(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg snakker med venner i tempel.", "snakker med venner"),  # no wish
        ("jeg vil ud, fordi jeg spiller kort med venner", "spiller kort med venner"),
        ("jeg vil spille kort med venner Ali og Hasan", "med venner Ali"),  # names after
        ("jeg vil lege med børn i børnehaven", "lege med børn"),  # anyone's children
        ("jeg vil ud med mine venner", "ud med mine venner"),
    ],
)
def test_people_outside_the_wish_or_already_owned_stay(said, kept):
    assert kept in polish(said, G)


@pytest.mark.parametrize(
    "told",
    [
        "Hjemme hele dag, kedelig. Kone sige jeg sur mand nu. I kaffehus venner.",
        "Datter sige jeg for meget alene.",
        "min søn siger at jeg altid sur",
        "Min mand sagde jeg doven nu",
        "Nabo sige jeg tynd, spise mere",
        "Veninde sige jeg ikke glad mere",
    ],
)
def test_a_relatives_words_typed_with_no_verb_are_no_reason(told):
    assert reason_parts(told, G, "citizen") == ("", "")


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("fordi min datter bliver glad", "min datter bliver glad"),
        ("Min kone er syg, jeg vil hjælpe hende", "kone er syg"),
        ("fordi min datter siger jeg er for meget alene", "min datter siger jeg er"),
        ("Søn sige jeg skal gå mere", "min søn siger jeg skal gå mere"),
    ],
)
def test_a_relative_as_a_subject_of_the_citizens_own_reason_stays(told, said):
    assert said in reason_parts(told, G, "citizen")[1]
