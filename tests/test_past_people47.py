"""Fix round 47 (fJ), blind155 Mirsad: people of a past story are no helpers. (1) A person said
as company of a move, a flight or a life then ("jeg kom til Danmark i 1994 med min familie",
"da jeg var ung flyttede jeg til Aarhus med familien", "dengang sejlede jeg med min bror") has
the role past (people.yaml roles), not companion; company of the goal ("sammen med min
datter", "med min søn til fodbold") and help said today stay. (2) A capital opening the next
sentence is no first name of the relation before it ("… med min familie. I Bosnien …", later
"kører mig i bil": no "familie" by the name "I"; dialogs/people.names_told)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.dialogs.people import named_before
from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
CONTENT = get_content("da")


def _roles(text: str) -> dict:
    return (analyze(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jeg kommer fra Bosnien, jeg kom til Danmark i 1994 med min familie.", "familie"),
        ("jeg kom hertil i 1989 med familien og har boet her siden", "familie"),
        ("da jeg var ung flyttede jeg til Aarhus med min familie", "familie"),
        ("vi flygtede fra Irak med børnene i 2001", "barn"),
        ("øh jeg boede i mange aar i Tyskland med min mand", "mand"),
        ("dengang sejlede jeg meget med min bror", "bror"),
        ("Min far kom til Danmark fra Tyrkiet med sin bror i halvfjerdserne", "bror"),
    ],
)
def test_company_of_a_past_story_is_no_helper(text, person):
    assert _roles(text).get(person) == "past"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Min familie hjælper mig med at handle.", "familie", "helper"),
        ("min familie kan køre mig derhen", "familie", "helper"),
        ("jeg vil gerne gå tur sammen med min datter", "datter", "companion"),
        ("jeg vil gerne komme med min søn til fodbold", "søn", "companion"),
        ("jeg kan tage bussen med min nabo hun kommer hver tirsdag", "nabo", "companion"),
    ],
)
def test_company_and_help_of_today_stay(text, person, role):
    assert _roles(text).get(person) == role


def _named(text: str, earlier: list[str]) -> list[str]:
    g = CONTENT.goals.grammar
    negations = frozenset(CONTENT.dialogue.words.get("negations", ()))
    return named_before(text, earlier, CONTENT.lexicon, negations, g.death_words, frozenset(), g)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (
            "jeg kom til Danmark i 1994 med min familie. I Bosnien jeg var ingeniør",
            "han kører mig i bil",
        ),
        ("Jeg bor med min datter. Hun arbejder meget.", "hun kan hjælpe mig"),
        ("Vi flyttede hertil med vores søn! Han var lille dengang.", "han henter mig"),
    ],
)
def test_a_capital_opening_the_next_sentence_is_no_name(earlier, text):
    assert _named(text, [earlier]) == []


@pytest.mark.parametrize(
    ("earlier", "text", "person"),
    [
        ("Jeg bor i Vollsmose med min kone Azra.", "Azra kan køre mig", "kone"),
        ("min datter, Lis, bor i Odense", "Lis hjælper mig om lørdagen", "datter"),
        ("min gamle ven Svend og jeg spillede kort", "Svend kan hente mig", "ven"),
    ],
)
def test_a_name_told_with_its_relation_still_counts(earlier, text, person):
    assert _named(text, [earlier]) == [person]
