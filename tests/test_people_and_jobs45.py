"""Fix round 45 (fG, blind83 Maya, Sanne, Louise, Kurt, Inge): a practice that moved ("Min læge er
flyttet op på anden sal") is a place, no person; the relative's bare "far"/"mor" wishing is the
citizen over a possessed relative told of first ("Min bror har overtaget gården, og far vil
…"); strangers behind one in a queue ("folk står bag ham") are no help; driving a taxi or a bus
back at work, for hours or as the driver is the job; guests sleeping over are company."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Min læge er flyttet op på anden sal. Jeg vil selv kunne gå op til ham igen",
        "tandlægen er jo flyttet til Vejle så jeg vil gerne kunne tage bussen derud selv",
        "hjertelægen er rykket ud på sygehuset og jeg vil gerne kunne køre derud selv",
        "min laege er flyttet ind til byen og far vil gerne kunne tage bussen selv",
    ],
)
def test_a_practice_that_moved_names_no_person(said):
    people = analyze(said, TODAY).people
    assert not {"læge", "tandlæge"} & set(people)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min læge siger jeg skal gå mere hver dag", "læge"),
        ("min fys er flyttet til en anden by og jeg savner hende", "fysioterapeut"),
    ],
)
def test_a_professional_who_acts_or_is_missed_stays_named(said, person):
    assert person in analyze(said, TODAY).people


@pytest.mark.parametrize(
    ("said", "people"),
    [
        (
            "Min bror har overtaget gården, og far vil så gerne hjælpe ham med at malke igen",
            ["bror"],
        ),
        (
            "min søster er flyttet til Aarhus og mor vil gerne kunne tage toget derover selv",
            ["søster"],
        ),
        ("min bror vil gerne have at far kommer med ud at fiske", ["far"]),
        ("min mor vil gerne have at far kommer med til banko", ["far"]),
    ],
)
def test_the_bare_kin_word_wishing_is_the_citizen(said, people):
    assert list(analyze(said, TODAY).people) == people


@pytest.mark.parametrize(
    ("said", "independence"),
    [
        ("han bliver helt stresset ved kassen naar den bipper og folk staar bag ham", None),
        ("jeg bliver nervøs ved kassen når kunderne står bag mig", None),
        ("jeg kan kun gå på trappen hvis min søn står bag mig", "med_hjaelp"),
    ],
)
def test_strangers_behind_are_no_help(said, independence):
    assert analyze(said, TODAY).independence == independence


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil sgu gerne tilbage og køre taxa 25 timer om ugen", "arbejde_og_frivillig"),
        ("min mand vil gerne tilbage som chauffør til foråret", "arbejde_og_frivillig"),
        ("han vil gerne køre skolebus 15 timer om ugen igen", "arbejde_og_frivillig"),
        ("øh jeg vil gerne tilbage og koere bus selvom det kun er lidt", "arbejde_og_frivillig"),
        ("jeg vil gerne have børnebørnene til at sove her en weekend igen", "socialt_samvaer"),
        ("mor vil så gerne have sit barnebarn til at overnatte hos sig igen", "socialt_samvaer"),
        ("a vil gjan ha æ børnebørn te å sov her igen", "socialt_samvaer"),
        # riding a taxi or a bus stays transport, sleep of one's own stays sleep
        ("jeg vil gerne kunne køre i taxa til lægen selv", "transport"),
        ("mor vil gerne kunne køre med bussen to gange om ugen", "transport"),
        ("jeg kan ikke sove her om natten fordi jeg er bange", "humoer_og_energi"),
    ],
)
def test_the_job_and_the_guests_name_their_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        (
            "ja ka ente skriva mit navn mer efter blodproppen, å banken vil ha min underskrift",
            "kommunikation",
        ),
        ("far kan ikke skrive under mere, banken vil have hans underskrift", "kommunikation"),
        ("jeg kan ikke skrive mit navn længere og kommunen vil have det på papiret", None),
    ],
)
def test_an_institutions_demand_after_a_lack_is_no_wish(said, activity):
    facts = analyze(said, TODAY)
    assert facts.stance == "difficulty"
    if activity:
        assert facts.activity == activity


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne kunne gå i banken selv igen",
        "jeg kan ikke gå langt, men jeg vil gerne kunne gå i banken selv",
    ],
)
def test_the_citizens_own_wish_about_the_bank_stays(said):
    assert analyze(said, TODAY).stance == "wish"
