""" "selv med <aid>" after a negation in its clause is "even with": the aid fails too, so it is
no means of managing ("kan ikke høre hvad de siger selv med høreapparatet")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("han kan ikke hore hvad de siger selv med horeapparatet", "høreapparat"),
        ("hun kan ikke gå ret langt selv med sin rollator", "rollator"),
        ("jeg kan ikke komme op af stolen selv med støttehåndtaget", "støttehåndtag"),
        ("far kan ikke laese avisen selv med luppen", "lup"),
        ("øh mor hun kommer ikke op ad trappen selv med stokken altså", "stok"),
        ("a ka int hør æ præst selv mæ æ høreapparat", "høreapparat"),
        ("farmor hun naar ikke ned til bussen selv med rollatoren", "rollator"),
        ("min kone kan ikke få strømperne på selv med strømpepåtageren", "strømpepåtager"),
    ],
)
def test_an_aid_after_selv_med_in_a_negated_clause_is_no_means(text, aid):
    found = analyze(text, TODAY)
    assert aid in found.aids
    assert found.independence is None


@pytest.mark.parametrize(
    "text",
    [
        # a wish after the negated part: "selv med" is managing with the aid
        "han tør ikke gå ud men vil gerne selv med stokken",
        "hun kan ikke mere, hun vil gerne klare det selv med rollatoren",
        "jeg kan ikke gå langt og jeg vil gerne gå selv med rollatoren igen",
        "han vil ikke have hjælp, han vil selv med sin rollator",
    ],
)
def test_selv_med_outside_the_negated_clause_is_the_means(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    ("text", "independence"),
    [
        # the aid one would do instead of is no means: the wish itself says how
        ("hun vil gerne selv gå på toilettet i stedet for at bruge toiletstolen", "selv"),
        ("far vil gerne selv gaa op ad trappen i stedet for at tage trappeliften", "selv"),
        ("øh jeg vil gå selv ude i haven i stedet for at køre i kørestolen", "selv"),
        ("mor vil gerne klare badet selv frem for at sidde på badetaburetten", "selv"),
        ("han vil gerne kunne gå med stokken istedet for rollatoren", "hjaelpemiddel"),
    ],
)
def test_an_aid_one_would_do_instead_of_is_no_means(text, independence):
    assert analyze(text, TODAY).independence == independence


@pytest.mark.parametrize(
    "text",
    [
        # no one else has to be there: on one's own
        "min kone vil gerne have børnebørnene på besøg uden at jeg skal være hjemme hele tiden",
        "mor vil gerne kunne gå i bad uden at min søster skal være der",
        "far vil gerne lave sin egen mad igen uden at hjemmeplejen skal vaere til stede",
        "han vil gerne kunne klare sig om aftenen uden at jeg skal være hjemme",
        "farmor vil gerne have veninderne på besøg uden at vi skal være der hele tiden",
        "mor vil gerne gå til banko uden at jeg skal være med",
        "far vil gerne gå i haven uden at jeg behøver at være hos ham",
    ],
)
def test_no_one_having_to_be_there_is_on_ones_own(text):
    assert analyze(text, TODAY).independence == "selv"


def test_not_having_to_feel_something_is_no_help_left_out():
    said = "jeg vil gerne gå ned til stranden uden at jeg skal være bange hele tiden"
    assert analyze(said, TODAY).independence is None
