"""A son speaking of his mother (round 43, blind147 Karin): a refusal said after a framed clause
("Min søster Lone synes, at mor skal stoppe med yoga, så hun skal ikke blandes ind i det") is the
framer's, not the framed person's; an infinitive joined on ("vil ikke gå og være bange for at
bevæge sig") shares the citizen's subject, so its reflexive is "mig"; a bare noun subject ("yoga
får hende til at føle sig stærk") makes a reason of its own; an amount said again between commas
before more deeds ("være med i hele timen, halvanden time, og lave øvelserne …") leaves the sign
its deeds."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals
ABOUT_HER = GOALS.for_citizen("hendes")
ABOUT_HIM = GOALS.for_citizen("hans")


def _roles(said: str) -> dict:
    return dict((understand(said, TODAY).extras or {}).get("people_roles") or {})


# --- 1. a refusal after a framed clause is the framer's ----------------------------------------


@pytest.mark.parametrize(
    ("said", "framer", "framed"),
    [
        ("Min søster Lone synes, at mor skal stoppe med yoga, så hun skal ikke blandes ind i det.",
         "søster", "mor"),
        ("min soester synes at mor skal stoppe saa hun skal ikke blandes ind", "søster", "mor"),
        ("min bror mener at far skal på plejehjem, så han skal ikke spørges", "bror", "far"),
        ("hendes datter Bente siger at mor ikke skal cykle mere, saa hun skal ikke have noget med"
         " det at gøre", "datter", "mor"),
        ("Min svigerdatter tror, at min mand skal stoppe, så hun skal ikke blandes ind i det",
         "svigerdatter", "mand"),
    ],
)  # fmt: skip
def test_a_refusal_after_a_framed_clause_is_the_framers(said, framer, framed):
    roles = _roles(said)
    assert roles.get(framer) == "unwanted", roles
    assert roles.get(framed) != "unwanted", roles


@pytest.mark.parametrize(
    ("said", "person", "role"),
    [
        # no consequence word: the "hun" after "men" stays the neighbour's
        ("Min datter synes, at min nabo skal hjælpe mig, men hun har ikke tid.", "datter", "other"),
        # help said after the consequence is no refusal of anyone
        ("min søster synes at mor skal passe på, så hun kan godt hjælpe", "søster", "other"),
        ("min datter hjælper mig, og min søn synes at jeg skal gå mere", "datter", "helper"),
        ("Min søster Lone synes, at mor skal stoppe, hun har ret", "søster", "other"),
    ],
)
def test_no_refusal_is_made_where_none_is_said(said, person, role):
    assert _roles(said).get(person) == role, _roles(said)


# --- 2. an infinitive joined on shares the citizen's subject -----------------------------------


@pytest.mark.parametrize(
    ("told", "goals", "kept"),
    [
        ("Hun vil ikke gå og være bange for at bevæge sig.", ABOUT_HER, "bange for at bevæge mig"),
        ("hun vil ikke gaa og vaere bange for at bevaege sig", ABOUT_HER, "bevaege mig"),
        ("han vil ikke sidde og kede sig", ABOUT_HIM, "sidde og kede mig"),
        ("hun vil ikke blive ved med at gå og skamme sig", ABOUT_HER, "gå og skamme mig"),
        ("hun skal ud og røre sig, og vennerne savner hende", ABOUT_HER, "ud og røre mig"),
    ],
)
def test_a_joined_infinitives_reflexive_is_the_citizens(told, goals, kept):
    _frame, said = reason_frame(told, goals, "relative")
    assert kept in said, said
    assert " sig" not in f" {said} ", said


@pytest.mark.parametrize(
    "told",
    [
        "hun vil ud og have det sjovt og børnene keder sig",
        "hun vil ud og have det sjovt og barnebørnene keder sig",
        "hun vil ud og have det sjovt og pigerne morer sig",
        "hun vil ikke gå og være bange og børnene skal ikke bekymre sig",
    ],
)
def test_another_subject_after_og_keeps_its_reflexive(told):
    _frame, said = reason_frame(told, ABOUT_HER, "relative")
    assert said.endswith(" sig"), said


# --- 3. a bare noun subject makes a reason ------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "speaker", "words"),
    [
        ("yoga får hende til at føle sig stærk", "relative", "yoga får mig til at føle mig stærk"),
        ("yoga er det eneste, der får hende til at føle sig stærk.", "relative",
         "yoga er det eneste, der får mig til at føle mig stærk"),
        ("musik gør mig glad", "citizen", "musik gør mig glad"),
        ("svømning er godt for min ryg", "citizen", "svømning er godt for min ryg"),
        ("gymnastik holder mig i gang", "citizen", "gymnastik holder mig i gang"),
    ],
)  # fmt: skip
def test_a_bare_noun_subject_is_a_reason(told, speaker, words):
    assert reason_frame(told, ABOUT_HER, speaker) == ("because", words)


def test_an_infinitive_reason_is_still_a_purpose():
    assert reason_frame("hjælpe min datter med børnene", ABOUT_HER, "citizen")[0] == "so_that"


def test_a_relatives_two_reasons_are_both_kept():
    told = (
        "Hun siger, at yoga er det eneste, der får hende til at føle sig stærk, og at holdet er"
        " hendes faste holdepunkt i ugen. Hun vil ikke gå og være bange for at bevæge sig."
    )
    _frame, said = reason_frame(told, ABOUT_HER, "relative")
    assert said.startswith("yoga er det eneste, der får mig til at føle mig stærk"), said
    assert "holdet er" in said and "bevæge mig" in said, said


# --- 4. an amount said again before more deeds leaves the sign its deeds ------------------------


def _criterion(said: str):
    return (understand(said, TODAY).extras or {}).get("criterion")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("At hun kan være med i hele timen, halvanden time, og lave øvelserne stående ved stolen"
         " og på måtten, og komme op fra gulvet selv uden at blive svimmel.",
         "være med i hele timen og lave øvelserne stående ved stolen og på måtten, og komme op fra"
         " gulvet selv uden at blive svimmel"),
        ("at han kan være med til hele korprøven, to timer, og synge med på alle sangene",
         "være med til hele korprøven og synge med på alle sangene"),
        ("At han kan være med til hele træningen, en time, og spille med i kampen bagefter",
         "være med til hele træningen og spille med i kampen bagefter"),
    ],
)  # fmt: skip
def test_the_deeds_after_a_restated_amount_are_the_sign(said, sign):
    assert _criterion(said) == sign


@pytest.mark.parametrize(
    "said",
    [
        "at jeg kan være med hele mødet, det er halvanden time",
        "at jeg kan være med hele mødet, to timer, og så går jeg hjem",
    ],
)
def test_an_amount_after_taking_part_alone_is_the_measure(said):
    assert _criterion(said) is None
