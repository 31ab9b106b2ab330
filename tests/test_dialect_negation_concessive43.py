"""Three readings of fix round 43 (blind81): the Vestjysk/Sønderjysk negation "it" right after a
modal whatever follows ("a ka it få mine gummistøvler på"); the second-language "selv" for
"selvom" opening a clause after a comma (", selv hun har sagt det to gange"): no independence;
and a parent's bare genitive before the thing owned ("passe fars grav") naming that parent when
the other parent, said bare, is the citizen ("mor vil gerne …")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _spelled(text: str) -> str:
    return analyze(text, TODAY).extras["spelled"]


@pytest.mark.parametrize(
    ("said", "spelled"),
    [
        ("a ka it få mine gummistøvler på no", "jeg kan ikke få mine gummistøvler"),
        ("a ka it bøj mæ ned te æ fødder", "jeg kan ikke bøje mig ned"),
        ("øh a ska it ha hjælp te æ bad", "jeg skal ikke ha hjælp"),
        ("a vil it ha æ hjemmepleje ind", "jeg vil ikke ha"),
        ("han ka it finde æ nøgler", "han kan ikke finde"),
    ],
)  # fmt: skip
def test_dialect_it_after_a_modal_is_the_negation(said, spelled):
    assert spelled in _spelled(said)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("a ska et par ting i byen", "skal et par ting"),  # "et" before a noun: the article
        ("vi har et it-kursus om tirsdagen", "it-kursus"),
        ("jeg kan ikke finde ud af it", "ud af it"),
    ],
)  # fmt: skip
def test_it_elsewhere_stays(said, kept):
    assert kept in _spelled(said)


def test_dialect_it_makes_a_difficulty():
    facts = analyze("a ka it få mine gummistøvler på no, a ka it bøj mæ ned te æ fødder", TODAY)
    assert facts.stance == "difficulty" and facts.activity == "paaklaedning"


@pytest.mark.parametrize(
    "said",
    [
        "Jeg glemmer hvilken dag min barnebarn kommer, selv hun har sagt det to gange",
        "jeg glemmer mine piller, selv jeg har en æske til dem",
        "min mor glemmer sine aftaler, selv vi har skrevet dem på en seddel",
        "han kan ikke huske at spise, selv han har mad i køleskabet",
        "Jeg kan ikke sove om natten, selv jeg tager pillerne",
    ],
)  # fmt: skip
def test_second_language_selv_for_selvom_is_no_independence(said):
    facts = analyze(said, TODAY)
    assert "selvom" in facts.extras["spelled"] and facts.independence is None


@pytest.mark.parametrize(
    ("said", "independence"),
    [
        ("det klarer jeg selv, han kommer kun om fredagen", "selv"),
        ("jeg vil gerne selv kunne handle, min søn har travlt", "selv"),
        ("jeg vil gerne handle selv, min datter siger det er for langt", "selv"),
    ],
)  # fmt: skip
def test_selv_elsewhere_is_still_independence(said, independence):
    facts = analyze(said, TODAY)
    assert "selvom" not in facts.extras["spelled"] and facts.independence == independence


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("mor vil gerne kunne gaa ned til kirkegaarden og passe fars grav inden paaske", "far"),
        ("far vil gerne kunne sidde i mors gamle stol i stuen igen", "mor"),
        ("øh mor vil gerne ud og se til fars grav hver søndag", "far"),
        ("mor kan ikke selv vande fars roser mere", "far"),
    ],
)  # fmt: skip
def test_a_bare_parent_genitive_names_the_other_parent(said, person):
    assert person in analyze(said, TODAY).people


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne lave fars til frikadeller igen",
        "mor vil gerne købe blomster til mors dag",
        "jeg kan ikke blive ved med at vaske mors tøj hun vil gerne selv",
        "mor vil gerne lave fars og kartofler",
    ],
)  # fmt: skip
def test_a_bare_genitive_elsewhere_names_no_one(said):
    assert not {"far", "mor"} & set(analyze(said, TODAY).people)
