"""Fix round 46 (fB): a reason or a measure is kept to its point. "de" before a noun plural the
lemma table knows with its definite plural and no participle ("de ruter", "de busser") is an
article, no clause of someone else's; "de glæder sig", "de spiser" still are."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

GOALS = get_content("da").goals
GRAMMAR = GOALS.grammar


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("fordi der er ikke mange tilbage, der har kørt de ruter", "kørt de ruter"),
        ("fordi der er ikke mange tilbage der har kørt de busser", "kørt de busser"),
        ("øh fordi jeg kender jo de ruter", "de ruter"),
        ("fordi han har jo kørt de busser i tyve år", "de busser"),
        ("for jeg savner de ture med de busser", "de busser"),
        ("fordi hun kender de ruter udenad", "de ruter"),
    ],
)
def test_de_before_a_table_plural_is_its_article(told, words):
    _frame, said = reason_frame(told, GOALS, "citizen")
    assert words in said, said


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("fordi jeg vil hjælpe min søster, de glæder sig altid", "de glæder"),
        ("fordi jeg vil ud at gå med hunden, de spiser jo ikke selv", "de spiser"),
        ("fordi jeg vil se børnebørnene, de kører jo ikke herud", "de kører"),
        ("fordi jeg vil hjælpe min søster, de følger aldrig med", "de følger"),
    ],
)
def test_de_before_a_verb_still_opens_someone_elses_clause(told, words):
    _frame, said = reason_frame(told, GOALS, "citizen")
    assert words not in said, said


@pytest.mark.parametrize("word", ["ruter", "busser", "strækninger", "boliger"])
def test_a_noun_plural_is_a_dictionary_plural(word):
    assert GRAMMAR.is_dictionary_plural(word)


@pytest.mark.parametrize("word", ["ringer", "spiser", "glæder", "kører", "venter", "minder"])
def test_a_verbs_present_is_no_dictionary_plural(word):
    assert not GRAMMAR.is_dictionary_plural(word)
