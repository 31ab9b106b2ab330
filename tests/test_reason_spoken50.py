"""Fix round 50 (fC, blind rounds 161–164: Bent, Susanne, Ebbe, Jens Ole): a reason said as
speech is written with the commas a therapist writes. A relative clause after a complete clause
gets its comma, and closes with one before "og" and a clause of its own
(nlp/reason_commas.py: "den sidste, der kommer i mål", "nogen derude, der ikke kan se, og de
venter"); a spoken list tail ("og det hele", "og så videre") where the list ends goes, a "så"
with its own subject after it getting the comma (nlp/list_tail.py); "ikke" said as a tag after
a place adverb ("mit job derovre ikke og …") goes (tag_after_words); "komme i mål" keeps its
idiom. Counter-examples: "der" as a place or the empty subject, a question word, "hver gang",
a comparison's "som", a relative clause whose end is not told, and a tail that is a subject.
A meal typed as a one-word answer ("Børnebørnene. Søndagsfrokost.") is an occasion, "til
søndagsfrokost", never a place "i Søndagsfrokost" (nlp/kin_reason.py; a town stays a place)."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal

from assistant.content import get_content
from assistant.nlp.grammar import polish
from assistant.nlp.kin_reason import kin_reason

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("fordi der sidder jo nogen derude der ikke kan se og de venter på den hver uge",
         ", fordi der sidder nogen derude, der ikke kan se, og de venter på den hver uge."),
        ("fordi der er så god stemning og alle klapper også af den sidste der kommer i mål",
         ", fordi der er så god stemning og alle klapper også af den sidste, der kommer i mål."),
        ("øh fordi det er min hobby og det er det der holder hovedet i gang",
         ", fordi det er min hobby og det er det, der holder hovedet i gang."),
        ("altså fordi det er noget der giver mig ro i hovedet",
         ", fordi det er noget, der giver mig ro i hovedet."),
        ("fordi jeg har en nabo som altid hjælper mig og hun er sød",
         ", fordi jeg har en nabo, som altid hjælper mig, og hun er sød."),
        ("fordi hun er den eneste der er tilbage af os søskende",
         ", fordi hun er den eneste, der er tilbage af os søskende."),
        ("fordi jeg vil ikke være den gamle dame der sidder derhjemme",
         ", fordi jeg ikke vil være den gamle dame, der sidder derhjemme."),
        ("så jeg kan hjælpe dem der ikke kan selv", ", så jeg kan hjælpe dem, der ikke kan selv."),
        ("fordi det er altid min mand der skal køre mig og det gider han ikke",
         ", fordi det altid er min mand, der skal køre mig, og det gider han ikke."),
    ],
)  # fmt: skip
def test_a_relative_clause_gets_its_commas(told, written):
    assert reason_in_goal(told, "citizen") == written


@pytest.mark.parametrize(
    ("told", "written"),
    [
        # "der" a place: its clause inverted, or said as a cleft's place
        ("fordi det er der jeg kan trække vejret", ", fordi det er der jeg kan trække vejret."),
        ("fordi jeg går til banko og der møder jeg mine veninder",
         ", fordi jeg går til banko og der møder jeg mine veninder."),
        ("fordi jeg har det godt der og Bente er min bedste veninde",
         ", fordi jeg har det godt der og Bente er min bedste veninde."),
        # the empty subject, after a conjunction, a question word or "hver gang"
        ("fordi der sidder nogen og venter på mig", ", fordi der sidder nogen og venter på mig."),
        ("fordi jeg selv vil bestemme hvornår der skal gøres rent",
         ", fordi jeg selv vil bestemme hvornår der skal gøres rent."),
        ("fordi jeg skal ikke ringe til min søn hver gang der kommer en regning",
         ", fordi jeg ikke skal ringe til min søn hver gang der kommer en regning."),
        # no clause said before it: where the relative clause ends is not told
        ("fordi min datter der bor i Aarhus kommer hver søndag",
         ", fordi min datter der bor i Aarhus kommer hver søndag."),
    ],
)  # fmt: skip
def test_no_relative_comma_where_der_is_no_relative(told, written):
    assert reason_in_goal(told, "citizen") == written


def test_a_comparisons_som_is_no_relative():
    assert polish("jeg vil være den samme som jeg var", G) == "jeg vil være den samme som jeg var"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg kan male tyve soldater færdige med uniform og ansigt og det hele så man kan se"
         " knapperne", "jeg kan male tyve soldater færdige med uniform og ansigt, så man kan se"
         " knapperne"),
        ("jeg kan lave en hel middag til fire, kartofler og sovs og det hele",
         "jeg kan lave en hel middag til fire, kartofler og sovs"),
        ("jeg kan støvsuge og tørre støv af og så videre når jeg har det godt",
         "jeg kan støvsuge og tørre støv af når jeg har det godt"),
        ("jeg kan bage boller og kringle og alt det der og jeg får ikke ondt",
         "jeg kan bage boller og kringle og jeg får ikke ondt"),
    ],
)  # fmt: skip
def test_a_spoken_list_tail_goes(said, written):
    assert polish(said, G) == written


@pytest.mark.parametrize(
    "said",
    ["jeg vil gøre rent og det hele skal skinne", "jeg vil klare det hele selv",
     "jeg kan rydde op og det hele bliver pænt"],
)  # fmt: skip
def test_a_tail_that_is_a_subject_or_an_object_stays(said):
    assert polish(said, G) == said


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("jamen det er mit job derovre ikke og ungerne skal have ordentlige baner",
         ", fordi det er mit job derovre og ungerne skal have ordentlige baner."),
        ("fordi vi hygger os herude ikke og jeg får frisk luft",
         ", fordi vi hygger os herude og jeg får frisk luft."),
        ("fordi der er ro derhenne ik og jeg kender alle", ", fordi der er ro derhenne og jeg"
         " kender alle."),
    ],
)  # fmt: skip
def test_a_tag_after_a_place_adverb_goes(told, written):
    assert reason_in_goal(told, "citizen") == written


def test_a_negation_after_a_verb_stays():
    assert reason_in_goal("fordi jeg kan ikke komme derovre", "citizen") == (
        ", fordi jeg ikke kan komme derovre."
    )


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi jeg gerne vil komme i mål", "fordi jeg gerne vil komme i mål"),
        ("så jeg kan nå i mål med de andre", "så jeg kan nå i mål med de andre"),
        ("så jeg kan gå hen til mål", "så jeg kan gå hen til målet"),
    ],
)
def test_i_maal_keeps_its_idiom(said, written):
    assert polish(said, G) == written


@pytest.mark.parametrize(
    ("told", "verb", "written"),
    [
        ("Børnebørnene. Søndagsfrokost.", "lave",
         "så jeg kan lave til mine børnebørn til søndagsfrokost"),
        ("oldebørnene. søndagskaffe.", "bage",
         "så jeg kan bage til mine oldebørn til søndagskaffe"),
        ("Børnene. Søndagsmiddag.", "lave", "så jeg kan lave til mine børn til søndagsmiddag"),
        ("Oldebørn. Middag.", "lave", "så jeg kan lave til mine oldebørn til middag"),
    ],
)  # fmt: skip
def test_a_typed_meal_is_an_occasion_not_a_place(told, verb, written):
    """blind163 Signe: the capital of a one-word answer made "Søndagsfrokost" a place."""
    assert kin_reason(told, G, verb) == written


@pytest.mark.parametrize(
    ("told", "verb", "written"),
    [
        ("Børnebørnene. Aarhus.", "besøge", "så jeg kan besøge mine børnebørn i Aarhus"),
        ("oldebørn. jul.", "bage", "så jeg kan bage til mine oldebørn til jul"),
    ],
)  # fmt: skip
def test_a_town_stays_a_place_and_a_feast_its_own_word(told, verb, written):
    assert kin_reason(told, G, verb) == written
