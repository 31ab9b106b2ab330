"""Round 31 (story31): in a long answer a past "ville" of the story ("han ville vende sig i
graven, hvis …") is no wish when another wish is told; the wish is the later one."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from test_compose_blind import _play

TODAY = date(2026, 12, 5)


def _action(said: str) -> str:
    return (understand(said, TODAY).extras or {}).get("action") or ""


@pytest.mark.parametrize(
    ("said", "phrase", "story"),
    [
        ("Min mand sagde altid, at han ville vende sig i graven, hvis jeg solgte huset. Men det "
         "jeg ønsker mig, det er at kunne gå ned til stranden igen med min stok.",
         "gå ned til stranden", "graven"),
        ("far ville altid have at vi gik i kirke hver søndag men det jeg ønsker mig det er at "
         "kunne cykle ud til kolonihaven igen", "cykle ud til kolonihaven", "kirke"),
        ("øh altså mor hun ville aldrig ha en rollator for hun syntes det var for gamle folk men "
         "hun vil gerne kunne gaa ned og hente avisen selv", "hente avisen", "rollator"),
        ("Kirsten ville altid bestemme over køkkenet, det var dengang. Nu vil jeg gerne selv "
         "lave mad til mig selv igen", "lave mad", "køkkenet"),
        ("han ville spille kort hver fredag med de gamle kolleger men det gider han ikke mere "
         "han vil gerne kunne bage boller til børnebørnene", "bage boller", "kort"),
        ("Aksel ville vende sig i graven hvis han så mig i sådan en elcykel, men jeg vil gerne "
         "kunne køre på elcykel ud til min søster i Ry", "køre på elcykel", "graven"),
        ("jeg ville egentlig være blevet frisør dengang men så kom ungerne, nu vil jeg bare gerne "
         "kunne vaske mit eget hår selv igen", "vaske mit eget hår", "frisør"),
        ("min kone ville aldrig have hund i huset. Men det vigtigste er at jeg kan gå en tur i "
         "skoven hver dag med vores nye hund", "gå en tur i skoven", "aldrig"),
        ("Svend ville aldrig sætte sig i en bus. men jeg vil gerne selv kunne tage bussen til "
         "byen igen", "tage bussen", "aldrig"),
    ],
)  # fmt: skip
def test_a_past_ville_of_the_story_gives_way_to_the_wish_told_later(said, phrase, story):
    action = _action(said)
    assert phrase in action, action
    assert story not in action, action


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # a past "ville" with a word of longing is a wish; told alone it stays the wish
        ("hun ville så gerne kunne strikke igen til sine oldebørn", "strikke"),
        ("han ville gerne på fisketur med sine venner igen", "fisketur"),
        ("min mor ville rigtig gerne kunne gå i kirke igen om søndagen", "gå i kirke"),
    ],
)
def test_a_ville_with_a_word_of_longing_stays_the_wish(said, phrase):
    assert phrase in _action(said), _action(said)


@pytest.mark.parametrize(
    ("measure", "clause"),
    [
        ("at jeg selv er kommet ned til Netto og hjem igen, med stokken, uden at nogen har "
         "hjulpet mig", "uden at nogen har hjulpet mig"),
        ("at jeg er gaaet hen til kirken og hjem igen, med rollatoren og min taske, uden at "
         "stoppe", "uden at stoppe"),
        ("at jeg har taget bussen til byen og hjem igen, med mit rejsekort, uden at min søn er "
         "med", "uden at min søn er med"),
        ("at jeg kan gå ned til postkassen og hjem igen, med min stok, uden at hvile mig",
         "uden at hvile mig"),
    ],
)  # fmt: skip
def test_a_sign_keeps_its_whole_clause_past_a_way_told_apart(measure, clause):
    goal = _play({"wish": "jeg vil gerne selv kunne komme rundt igen", "measure": measure})
    assert clause in goal, goal
