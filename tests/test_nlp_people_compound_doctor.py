"""A doctor named by a compound ending in the doctor word ("hjertelægen siger okay") is the
doctor, unless gone to ("køre til hjertelægen"); a volunteer who is to help, said without the
article ("med hjælp fra frivillig"), is a person."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg vil gerne cykle igen to gange om ugen. Hjertelægen siger det er okay.",
        "mor vil gerne gaa ture igen, oejenlaegen har sagt hun maa",
        "øh han vil gerne svømme igen altså speciallægen siger han skal bevæge sig",
        "far vil gerne ud og fiske igen men lungelaegen vil se ham foerst",
    ],
)
def test_a_compound_doctor_word_is_the_doctor(text):
    assert "læge" in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne selv kunne køre til hjertelægen igen",
        "mor vil gerne selv tage bussen ned til oejenlaegen",
        "jeg vil selv gå til kontrol hos hjertelægen hver måned",
    ],
)
def test_a_compound_doctor_gone_to_is_a_place(text):
    assert "læge" not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "Jeg vil selv læse mine breve, med hjælp fra frivillig på biblioteket.",
        "Han vil lære computer en gang om ugen med hjælp fra frivillig fra Ældre Sagen.",
        "mor vil gerne ud at gå med hjælp fra frivillige fra kirken",
    ],
)
def test_a_volunteer_who_helps_without_an_article_is_a_person(text):
    assert "frivillig" in analyze(text, TODAY).people


def test_a_volunteer_job_names_no_one():
    assert "frivillig" not in analyze("han vil gerne væk fra frivillig arbejde", TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "hun vil gerne selv huske sine tider hos tandlaegen igen",
        "jeg vil gerne gå tur med min hund igen, dyrlægen siger den skal motioneres",
    ],
)
def test_the_dentist_and_the_vet_are_no_doctor(text):
    assert "læge" not in analyze(text, TODAY).people
