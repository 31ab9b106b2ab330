"""A refusal said in the next sentence or as a consequence (blind162 Bjarne, Bent; blind163
Kirsten): a no that opens the sentence after an aid and points back at it ("Nej, dem kan jeg
ikke bruge", "Nej tak, med den kan jeg ikke …") turns the aid down; an offer of help followed by
"men … så det går ikke" turns the helper down. Counter-examples: no aid named before the no, an
aid one cannot do without ("den kan jeg ikke undvære", "uden den kan jeg ikke gå"), another
sentence after the no, and an offer with a good consequence keep theirs. Through the real
analyzer."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (
            "Jeg har faaet en rollator. Terapeuten ville også give mig en badebænk. Nej tak, den "
            "kan jeg ikke bruge i mit lille bad.",
            "badebænk",
        ),
        (
            "øh kommunen ville give mig en stok. nej tak den kan jeg ikke bruge, jeg har min "
            "rollator",
            "stok",
        ),
        (
            "Jeg bruger min rollator. Datteren ville skaffe en kørestol. Nej, sådan en vil jeg "
            "altså ikke sidde i.",
            "kørestol",
        ),
        (
            "Han har sin rollator. Ergoterapeuten ville give ham albuestokke. Nej, dem vil han "
            "ikke bruge.",
            "albuestok",
        ),
        (
            "jeg har min rollator og ergoterapeuten ville give mig en badebænk. nej altså med den "
            "kan jeg ikke komme ind i bruseren",
            "badebænk",
        ),
    ],
)
def test_an_aid_pointed_back_at_by_a_no_is_refused(text, refused):
    aids = analyze(text, TODAY).aids
    assert refused not in aids
    assert "rollator" in aids or refused == "stok"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # counter-examples: no aid named before the no; one that cannot be done without
        ("Jeg går med rollator. Nej, den kan jeg ikke undvære.", "rollator"),
        ("Jeg går med min rollator. Nej, den kan jeg ikke leve uden.", "rollator"),
        ("jeg har min rollator. nej den vil jeg ikke af med", "rollator"),
        ("Nej tak til hjemmehjælpen. Min rollator bruger jeg hver dag.", "rollator"),
        # the no is about something else: no pointing word after it
        ("Jeg har en rollator. Nej, jeg kan ikke gå til bussen endnu.", "rollator"),
        # the no in the same sentence, with its own aid: the one before stays
        ("Jeg har min rollator, men nej tak, den vil jeg ikke bytte med en kørestol.", "rollator"),
    ],
)
def test_a_no_that_does_not_point_back_keeps_the_aid(text, kept):
    assert kept in analyze(text, TODAY).aids


def test_a_no_with_no_aid_before_it_refuses_nothing_later():
    said = "Nej, jeg har ikke nogen rollator endnu, men den kommer. Jeg bruger min stok."
    assert "stok" in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "min nabo Erik han vil gerne køre men han ryger i bilen så det går ikke med mine "
            "lunger",
            "nabo",
        ),
        (
            "Min svoger vil gerne hente mig, men han kører så stærkt, saa det tør jeg ikke.",
            "svoger",
        ),
        (
            "øh min søn har tilbudt at køre mig men han har altid hunden med så det går altså ikke "
            "med min astma",
            "søn",
        ),
        ("min datter tilbyder at hjælpe men hun bor i Odense saa det gaar ikke", "datter"),
    ],
)
def test_an_offer_with_a_consequence_that_cannot_be_is_turned_down(text, person):
    assert analyze(text, TODAY).extras["people_roles"][person] == "unwanted"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # counter-examples: a good consequence, a limit without "så", help told as done
        ("min nabo Erik vil gerne køre mig, så det går fint", "nabo"),
        ("Min søn vil gerne køre mig, men det går ikke altid om fredagen.", "søn"),
        ("min datter kører mig, og så går det ikke så stærkt", "datter"),
    ],
)
def test_an_offer_with_a_good_consequence_keeps_the_helper(text, person):
    assert analyze(text, TODAY).extras["people_roles"][person] != "unwanted"
