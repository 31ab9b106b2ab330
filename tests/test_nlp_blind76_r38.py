"""Blind corpus 76, fix round 38: a spoken verb variant is no aid ("slokke"), an ordinal before
a holiday is no date ("min første jul"), a helper said run on is the subject of the rhythm
("… min datter gør det hver fredag"), crying is a trouble's event, and a mishap's count
("skar sig to gange", "to gange er gryden brændt på") is the story's, no goal's measure."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _rate(text: str) -> tuple[float, str, int] | None:
    freq = analyze(text, TODAY).frequency
    return None if freq is None else (freq.times, freq.per, freq.every or 1)


def _measures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in analyze(text, TODAY).measures]


@pytest.mark.parametrize(
    "text",
    [
        "jeg glemmer tit at slokke komfuret",
        "mor kan ikke huske at slokke lyset naar hun gaar i seng",
        "han slokker aldrig for kaffemaskinen og det er farligt",
        "øh min far han har slokket for fjernsynet to gange i nat uden at vide det",
    ],
)
def test_a_spoken_variant_of_a_verb_is_no_aid(text):
    facts = analyze(text, TODAY)
    assert facts.aids == ()
    assert facts.activity != "paaklaedning"  # "slokker" is no "sokker"


@pytest.mark.parametrize(
    "text",
    ["jeg går med to stokke nu", "jeg vil gerne kunne gå til bageren med mine stokke"],
)
def test_the_plural_of_stok_is_still_an_aid(text):
    assert analyze(text, TODAY).aids == ("stok",)


@pytest.mark.parametrize(
    "text",
    [
        "det bliver vores første påske uden far og mor er så ked af det",
        "det er min anden jul på plejehjemmet, jeg savner mit hjem",
        "Det er hans foerste jul alene og han vil ikke ud af sengen",
    ],
)
def test_an_ordinal_before_a_holiday_is_no_date(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("jeg vil gerne kunne gå i kirke selv til jul", date(2026, 12, 24)),
        ("jeg vil gerne kunne gå selv inden den første juli", date(2027, 7, 1)),
        ("jeg vil gerne kunne gå til min søster anden påskedag", date(2027, 3, 29)),
        ("jeg vil gerne kunne gå selv til den 1. jul.", date(2027, 7, 1)),
    ],
)
def test_a_holiday_with_its_lead_and_a_day_before_a_month_keep_their_date(text, deadline):
    assert analyze(text, TODAY).deadline == deadline.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke selv handle mere min søn kører mig hver lørdag",
        "jeg kan ikke støvsuge mere min datter gør det hver anden uge",
        "far kan ikke gå i bad selv hans kone hjælper ham hver aften",
        "a ka int slå æ græs mer min nabo gør det hver 14 dag",
    ],
)
def test_a_helper_said_run_on_owns_the_rhythm(text):
    assert _rate(text) is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("jeg vil gerne kunne gå en tur hver dag med min hund", (1, "day", 1)),
        ("jeg laver de øvelser min fysioterapeut viser mig hver dag", (1, "day", 1)),
        ("jeg vil gerne besøge min datter hver søndag hun bor i Vejle", (1, "week", 1)),
    ],
)
def test_the_citizens_own_rhythm_stays(text, rate):
    assert _rate(text) == rate


@pytest.mark.parametrize(
    "text",
    [
        "min mor græder hver nat og hun spiser ikke",
        "jeg tuder hver aften og kan ikke sove",
        "Jeg graeder hver dag efter min kone døde, jeg orker ikke noget",
    ],
)
def test_crying_is_the_troubles_event(text):
    assert _rate(text) is None


def test_a_wished_rhythm_beside_crying_stays():
    assert _rate("jeg vil gerne ud at gå hver dag selvom jeg græder meget") == (1, "day", 1)


@pytest.mark.parametrize(
    "text",
    [
        "hun skar sig to gange i sidste uge da hun skrællede kartofler",
        "tre gange har han glemt at slukke for komfuret",
        "to gange er mor faldet på badeværelset",
        "far braendte sig to gange paa komfuret i oktober",
    ],
)
def test_a_mishaps_count_is_the_storys(text):
    assert _measures(text) == []


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("jeg vil gerne kunne rejse mig fra stolen ti gange", [(10, "gang")]),
        ("jeg vil gerne kunne gå op og ned ad trappen tre gange uden pause", [(3, "gang")]),
    ],
)
def test_a_wished_count_stays(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    "text",
    [
        "Jeg kunne ikke gå på trappen efter operationen, men nu kan jeg gå op selv",
        "far kunne ikke knappe sin skjorte i sommer, nu han klarer det selv igen",
        "mor kunne ikke komme i bad uden hjaelp, men nu har hun faaet en badebænk og nu klarer "
        "hun det selv",
        "det var for svært at lave mad efter blodproppen men nu kan jeg godt selv",
    ],
)
def test_a_trouble_told_in_the_past_before_what_one_manages_now_is_a_resource(text):
    assert analyze(text, TODAY).stance == "resource"


@pytest.mark.parametrize(
    "text",
    [
        "jeg kunne ikke sove i nat og nu er jeg træt hele dagen",
        "før kunne hun selv lave mad, nu kan hun ikke",
        "jeg kan ikke gå på trappen og nu kan jeg heller ikke komme ud",
        "far kunne ikke komme op af sengen, nu han kan ikke heller",
    ],
)
def test_a_trouble_still_told_now_stays_a_difficulty(text):
    assert analyze(text, TODAY).stance == "difficulty"


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har fået en seniortelefon med store knapper. Nu jeg kan ringe til mine børn selv.",
        "mor fik en badebænk i sommer, nu kan hun selv gå i bad igen",
    ],
)
def test_selv_now_after_an_aid_got_is_with_the_aid(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


def test_selv_after_an_aid_got_without_now_stays_selv():
    assert analyze("Jeg har fået en rollator. Jeg går selv til Brugsen.", TODAY).independence == (
        "selv"
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Min mor vil gerne gå ned til min fars grav hver søndag med rollatoren", ("far",)),
        ("jeg vil gerne besøge min mors grav selv til jul", ("mor",)),
        ("far vil gerne passe haven selv igen, det var hans fars have", ("far",)),
        ("jeg vil gerne kunne lave fars til frikadeller selv igen", ()),
        ("jeg vil gerne kunne bage en kage selv til mors dag", ()),
    ],
)
def test_an_owned_parents_genitive_names_the_parent(text, people):
    assert analyze(text, TODAY).people == people
