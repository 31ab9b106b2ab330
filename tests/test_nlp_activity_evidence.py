"""Activity evidence: growing things on a balcony or a terrace is a pastime, fear after an
assault or a robbery is the mood (not the walk it stops), and declining company one does not
know is being with others (not the mood said beside it)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg vil dyrke grøntsager på altan. Min søn kan bære sækkene.",
        "øh jeg vil gerne dyrke lidt salat og radiser på altanen ikk",
        "far vil gerne kunne vande sine krydderurter på terrassen selv",
        "jeg vil gerne have nogle urtepotter med persille og purløg på altanen",
        "min mand vil gerne sår kartofler og gulerødder i højbedet igen",
        "Jeg vil så frø i potter på altan. Jeg kan ikke bære pottemuld.",
        "han vil gerne kunne dyrke sine chilier i vindueskarmen igen",
        "mor vil gerne plante krydderurter i krukker paa terrassen til foraaret",
        "hun savner at dyrke tomater og agurker, nu har hun kun en lille altan",
        "jeg vil gerne passe mit højbed med jordbær igen selv om jeg sidder i kørestol",
    ],
)
def test_growing_things_at_home_is_a_pastime(text):
    assert analyze(text, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne dyrke motion igen", "styrke_og_motion"),
        ("jeg vil gerne kunne skrælle kartofler og lave mad igen", "madlavning"),
        ("jeg vil gerne kunne gå ud på altanen igen med rollatoren", "gang"),
    ],
)
def test_other_doings_with_the_same_words_keep_their_activity(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        "far faar hjertebanken naar han skal ud og handle efter han blev roevet",
        "min mand har det svært med at gå ud efter overfaldet, han ryster bare han tænker på det",
        "jeg kan ikke gaa ud af doeren mere efter jeg blev slaaet ned, jeg faar hjertebanken",
        "siden røveriet får hun hjertebank når hun skal gå ned med skraldet",
        "Jeg blev overfaldet i sommer. Nu jeg går ikke ud. Mit hjerte banker meget.",
        "hun er blevet bange for at gå ud alene efter hun blev overfaldet sidste år",
        "efter indbruddet tør mor ikke gå ud om aftenen, hun får hjertebanken",
        "siden indbruddet har mor det svaert med at gaa ud af huset, hun faar hjertebank",
        "øh morfar han får hjertebanken bare han skal ud ad døren efter han blev slået ned ikk",
        "hun kan ikke gå ud af huset mere, hendes hjerte hamrer efter hun blev røvet",
    ],
)
def test_fear_after_an_assault_is_the_mood(text):
    assert analyze(text, TODAY).activity == "humoer_og_energi"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne kunne gå ud af huset igen med rollatoren", "gang"),
        ("efter min hofteoperation har jeg svært ved at gå ud af huset", "gang"),
        ("far får hjertebanken når han går op ad trappen til tredje sal", "trapper"),
        ("han tør ikke gaa ned i netto mere efter han faldt paa isen", "indkoeb"),
    ],
)
def test_a_doing_without_fear_after_an_assault_keeps_its_activity(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        "mor gider ikke komme med i seniorklubben hun siger hun ikke kender nogen",
        "far vil ikke med til fællesfrokosten i foreningen, han kender ingen der mere",
        "jeg har ikke lyst til at gå ned til spisning i fælleshuset når jeg ikke kender nogen",
        "min mand vil ikke med til kaffe i beboerhuset han siger han ikke kender nogle af dem",
        "hun melder altid fra til seniorfrokosten, hun kender ikke nogen og har ikke lyst",
        "han siger nej tak til ældreklubben han kender ikke en eneste der",
        "far gider ikke komme til fødselsdag hos min søster han siger han ikke kender nogen der",
        "Jeg vil ikke med til fest i foreningen. Jeg kender ingen der.",
        "mor vil ikke med til søndagsfrokost i kirken hun har ikke lyst når hun ikke kender nogen",
        "svigermor gider ikke gaa til seniorfrokost hun kender ikke nogen af dem der kommer der",
    ],
)
def test_declining_company_one_does_not_know_is_being_with_others(text):
    assert analyze(text, TODAY).activity == "socialt_samvaer"


@pytest.mark.parametrize(
    "text",
    [
        "har ik lyst til noget mere efter min kone døde i foråret, sider bare i stolen hele dagen",
        "jeg kender ikke mig selv mere, jeg er så trist hele tiden",
    ],
)
def test_no_drive_without_company_declined_stays_the_mood(text):
    assert analyze(text, TODAY).activity == "humoer_og_energi"
