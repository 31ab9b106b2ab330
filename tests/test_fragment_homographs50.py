"""Fix round 50 (fA, blind164 Magda "Rejer. Pille selv.", blind162 Asger "Havemøblerne. Olie
selv."): in a wish said in fragments, a word that is a noun as well as a verb ("pille", "olie",
"male") said with "selv", "alene" or a pronoun for the thing is the deed done to the noun said
beside it ("pille rejer", "olie havemøblerne"); a compound the tables lack is a thing by its
last part ("have|møblerne"); "olie" is a verb of the lemma table. Counter-examples: nouns
listed alone ("Frisør. Læge.") stay a list, pills not remembered stay medicine, the oil in the
car stays the car."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.nlp.fragment_homograph import compound_thing, definite_plural_of

TODAY = date(2026, 12, 6)


def _action(wish: str) -> str | None:
    found = (understand(wish, TODAY).extras or {}).get("action")
    return found.lower() if found else None


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("Rejer. Pille selv.", "pille rejer"),
        ("rejer. pille selv. igen", "pille rejer igen"),
        ("Rejer. Pille dem.", "pille rejerne"),
        ("Havemøblerne. Olie selv.", "olie havemøblerne"),
        ("havemoeblerne. olie selv", "olie havemøblerne"),
        ("Møblerne. Olie selv.", "olie møblerne"),
        ("Terrassen. Olie selv.", "olie terrassen"),
        ("Havebænken. Olie selv.", "olie havebænken"),
        ("Stolene. Male selv.", "male stolene"),
    ],
)  # fmt: skip
def test_a_noun_verb_said_with_selv_is_the_deed_on_the_noun(wish, action):
    assert _action(wish) == action


@pytest.mark.parametrize(
    ("wish", "activity"),
    [
        ("Rejer. Pille selv.", "spise_og_drikke"),  # peeling food to eat it (as "pille rejer")
        ("Havemøblerne. Olie selv.", "fritid"),  # upkeep by hand, as painting them is
        ("Terrassen. Olie selv.", "fritid"),
    ],
)
def test_the_deed_is_read_from_its_object(wish, activity):
    assert understand(wish, TODAY).activity == activity


@pytest.mark.parametrize(
    ("wish", "activity"),
    [
        ("Piller. Husker dem ikke.", "egen_sundhed"),
        ("Piller. Glemmer dem.", "egen_sundhed"),
        ("Olie i bilen.", "transport"),
    ],
)
def test_the_noun_stays_a_thing(wish, activity):
    assert understand(wish, TODAY).activity == activity


def test_nouns_listed_alone_stay_a_list():
    assert _action("Frisør. Læge.") is None


def test_a_compound_thing_by_its_last_part():
    lex = get_content("da").lexicon
    ends = lex.action.fragment_plural_definite
    assert definite_plural_of("møblerne", "møbel", ends)
    assert not definite_plural_of("møbler", "møblere", ends)
    thing = lambda w, lemma: definite_plural_of(w, lemma, ends)  # noqa: E731
    assert compound_thing("havemøblerne", lex, thing)
    assert not compound_thing("møblerne", lex, thing)  # a word of the table: no compound
