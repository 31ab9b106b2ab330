"""Fix round 48 (fG, blind159 Rigmor, blind160 Esther): a wish typed as a verbal noun is its
verb ("Strygning." → "stryge", "Vinduespudsning." → "pudse vinduer", "Opvask." → "vaske op"),
a short noun part after it the verb's object, a person's genitive there the citizen's own
("Mandens skjorter" → "min mands skjorter"); weekdays said in their plural alone as how often
are every one of them ("Mandage." → "hver mandag"). A verbal noun inside a sentence, a part of
time or a number after it, and a word no verb's noun stay as said."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.plural_days import every_plural_day

TODAY = date(2026, 12, 7)
G = get_content("da").goals.grammar


def _action(text: str) -> str | None:
    return (get_analyzer("da").analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("Strygning. Konens bluser.", "stryge min kones bluser"),
        ("Strygning.", "stryge"),
        ("Opvask.", "vaske op"),
        ("Gaatur.", "gå en tur"),
        ("Sølvpudsning.", "pudse sølv"),
        ("Kagebagning.", "bage kager"),
        ("Vinduespudsning. Selv.", "pudse vinduer"),
        ("Madlavning.", "lave mad"),
        ("Skopudsning.", "pudse sko"),
        ("Rengøring.", "gøre rent"),
    ],
)
def test_a_verbal_noun_wish_is_its_verb(said, action):
    assert _action(said) == action


def test_a_genitive_object_is_the_citizens_own():
    assert _action("Strygning. Mandens skjorter.") == "stryge min mands skjorter"
    assert _action("Strygning. Datterens kjoler.") == "stryge min datters kjoler"


@pytest.mark.parametrize(
    "said",
    [
        "Strygning. Mandage.",  # a part of time is no object
        "Strygning. 5 skjorter.",  # a number is the measure
        "Strygning er svært for mig nu.",  # a sentence, no fragment
        "Ryggen. Ondt.",  # no verbal noun
        "Nej.",
    ],
)
def test_no_object_or_no_verbal_noun_stays(said):
    action = _action(said) or ""
    assert "mandage" not in action.split()[1:2] and "5" not in action
    assert "stryge mandage" not in action


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("mandage", "hver mandag"),
        ("tirsdage og fredage", "hver tirsdag og fredag"),
        ("lørdage", "hver lørdag"),
        ("onsdage, torsdage og fredage", "hver onsdag, torsdag og fredag"),
    ],
)
def test_plural_weekdays_alone_are_every_day(said, written):
    assert every_plural_day(said, G) == written


@pytest.mark.parametrize(
    "said", ["om mandagen", "mandag", "mandage og weekender", "hver mandag", "to gange om ugen"]
)
def test_other_frequencies_stay(said):
    assert every_plural_day(said, G) == said
