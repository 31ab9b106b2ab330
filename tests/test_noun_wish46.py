"""A wish said as one noun (or two, with its kind) gets the verb the thing goes with (fix round
46, fD; blind152 Thyra "Julehjerter." had a goal invented from dressing, blind151 Niels
"marmelade. appelsin. selv." became "Jeg vil selv kunne marmelade"): grammar noun_verbs by the
word or its compound's last part ("julehjerter" → "flette", "kransekager" → "bage",
"appelsinmarmelade" → "koge"), a kind said beside it joined into one compound (thing_kinds:
"appelsin" + "marmelade"). Things put on, taken or collected keep their verbs."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary, card

from assistant.content import load_content
from assistant.nlp.kind_compound import kind_compound

TODAY = date(2026, 12, 6)


def _goal(answers: dict) -> str:
    """The goal sentence of the summary after these answers."""
    return at_summary(answers).prompt


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("Julehjerter.", "flette julehjerter"),
        ("julehjerter. igen", "flette julehjerter"),
        ("Kransekager.", "bage kransekager"),
        ("smaakager selv", "bage småkager"),  # no æøå
        ("æbleskiver. igen.", "bage æbleskiver"),
        ("Frikadeller.", "lave frikadeller"),
        ("juledekorationer. selv", "lave juledekorationer"),
        ("sylteagurker", "lave sylteagurker"),
        ("marmelade. selv.", "koge marmelade"),
        ("appelsinmarmelade selv", "koge appelsinmarmelade"),
        ("marmelade. appelsin. selv.", "koge appelsinmarmelade"),
        ("øh kage. æble.", "bage æblekage"),
        ("suppe. tomat", "koge tomatsuppe"),
        ("harmonika. igen", "spille harmonika"),
        ("Salmer.", "synge salmer"),
        ("julekort. selv", "skrive julekort"),
        ("juletræet. pynte. selv", "pynte juletræet"),  # the verb said: as before
    ],
)  # fmt: skip
def test_a_noun_wish_gets_its_verb(wish, doing):
    text = _goal({"wish": wish})
    assert doing in text, text


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("skoene. selv", "tage skoene på"),  # put on, as before
        ("mine piller selv", "tage mine piller"),
        ("frimærker. igen.", "samle på frimærker"),
        ("kabale. igen.", "lægge kabale"),
        ("jeg vil gerne bage boller til mine børnebørn", "bage boller til mine børnebørn"),
        ("jeg vil gerne lave julehjerter med mine oldebørn", "lave julehjerter med mine oldebørn"),
        ("flette julehjerter igen", "flette julehjerter"),
    ],
)  # fmt: skip
def test_a_wish_with_its_own_verb_or_another_thing_keeps_it(wish, doing):
    text = _goal({"activity": card("fritid"), "wish": wish})
    assert doing in text, text


def test_a_measure_of_the_noun_wish_takes_its_verb():
    """ "Ti hjerter.": "når jeg kan flette ti hjerter", never glued on as an object."""
    text = _goal({"wish": "Julehjerter.", "measure": "Ti hjerter."})
    assert "flette ti hjerter" in text and "hjerter Ti" not in text, text


@pytest.mark.parametrize(
    ("action", "said", "found"),
    [
        ("marmelade", "marmelade . appelsin . selv .", "appelsinmarmelade"),
        ("marmelade", "marmelade . glas .", "marmelade"),  # no kind of it
        ("marmelade", "marmelade . appelsin . jordbær .", "marmelade"),  # two kinds: unsaid
        ("appelsinmarmelade", "appelsinmarmelade . appelsin .", "appelsinmarmelade"),
        ("gå en tur", "gå en tur . æble .", "gå en tur"),  # no bare thing
    ],
)
def test_a_kind_joins_only_one_bare_thing(action, said, found):
    g = load_content("da").goals.grammar
    words = said.split()
    punct = [w in "." for w in words]
    assert kind_compound(action, [w.lower() for w in words], words, punct, g) == found


def test_understand_reads_the_kind_compound():
    facts = understand("marmelade. appelsin. selv.", TODAY)
    assert facts.extras["action"] == "appelsinmarmelade"


@pytest.mark.parametrize(
    ("wish", "sign", "doing"),
    [
        ("marmelade. appelsin. selv.", "tyve. glas. selv.", "selv kan koge tyve glas"),
        ("Kransekager.", "femten. kager.", "kan bage femten kager"),
        ("julekort. selv", "tredive. kort.", "kan skrive tredive kort"),
    ],
)  # fmt: skip
def test_a_number_word_and_a_thing_typed_apart_are_counted(wish, sign, doing):
    """ "tyve. glas. selv.": the number word counts the thing for the wish's verb (as "20. glas."
    did), never "når jeg kan tyve, glas"."""
    text = _goal({"wish": wish, "measure": sign})
    assert doing in text and "tyve, glas" not in text, text


@pytest.mark.parametrize("said", ["Dagligt.", "Hver dag.", "Tirsdag og torsdag."])
def test_a_frequency_typed_alone_loses_its_capital(said):
    text = _goal({"wish": "Julehjerter.", "frequency": said})
    lowered = said.rstrip(".")
    assert lowered[:1].lower() + lowered[1:] in text and lowered not in text, text


@pytest.mark.parametrize(
    ("wish", "reason", "clause"),
    [
        ("Julehjerter.", "Oldebørnene.", "så jeg kan flette til mine oldebørn"),
        ("Kransekager.", "børnebørnene", "så jeg kan bage til mine børnebørn"),
        ("jeg vil gerne strikke igen", "Børnene.", "så jeg kan strikke til mine børn"),
    ],
)  # fmt: skip
def test_a_reason_of_people_alone_is_done_for_them(wish, reason, clause):
    """ "Oldebørnene.": the wish's verb (a noun wish's by noun_verbs) done for them."""
    text = _goal({"wish": wish, "motivation": reason})
    assert clause in text and "Oldebørnene" not in text, text


@pytest.mark.parametrize(
    ("wish", "reason"),
    [
        ("jeg vil gerne gå en tur i skoven", "Oldebørnene."),  # no verb done for a person
        ("jeg vil gerne gå i svømmehallen", "børnebørnene"),
    ],
)
def test_a_one_word_reason_with_no_deed_for_people_stays_out(wish, reason):
    text = _goal({"wish": wish, "motivation": reason})
    assert "så jeg kan gå til mine" not in text and "kan gå en tur til" not in text, text
