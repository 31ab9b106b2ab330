"""Rules from blind corpus 63 (round 28, c63rest): a without said of how it feels is company
missed, no way of managing alone; a long domain word typed with two letters in a row left out."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "mor gider ikke gaa til banko mere hun siger at det er saa kedeligt uden hende",
        "far vil ikke i svømmehallen mere for det er så ensomt uden min mor",
        "øh jeg gider ikke spille kort mere altså det er mærkeligt uden dem",
        "min kone hun vil ikke med til dans mere hun siger det er så kedeligt uden hendes veninde",
        "han gider ikke gå ture mere, der er helt tomt uden hende",
        "jeg orker ikke at lave mad mere det er lidt trist uden ham",
    ],
)
def test_a_without_after_how_it_feels_is_company_missed_not_selv(text):
    assert analyze(text, TODAY).independence is None


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne gå ture uden hende",
        "mor vil gerne klare indkøbene uden hjemmeplejen",
        "jeg vil gerne kunne gå i bad uden dem",
        "han vil gerne kunne gaa til kirken uden sin datter, det ville være rart",
    ],
)
def test_a_without_of_the_deed_is_still_on_ones_own(text):
    assert analyze(text, TODAY).independence == "selv"


def spelled(text: str) -> list[str]:
    return get_analyzer().nlp(text)._.hm_spelling


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "min mor vil gerne kunne klare sin medicin selv uden at hjemmesygeplersken kommer",
            "hjemmesygeplejerske",
        ),
        ("øh sygeplejsken kommer hver morgen men jeg vil gerne selv", "sygeplejerske"),
        ("far vil gerne selv kunne tage tøj på, ergoterapten har vist ham det", "ergoterapeut"),
        (
            "jeg vil gerne kunne tage mine piller selv saa sygeplersken ikke skal komme",
            "sygeplejerske",
        ),
    ],
)
def test_a_long_word_with_two_letters_left_out_names_the_person(text, person):
    assert person in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("han vil gerne kunne høre hvad de siger med hoereappatet", "høreapparatet"),
        ("mor vil gerne selv kunne tage strømper på med strømpepåtaren", "strømpepåtageren"),
    ],
)
def test_a_long_aid_with_two_letters_left_out_is_read(text, word):
    assert word in spelled(text)


def test_a_real_word_two_letters_from_a_long_domain_word_stays():
    assert "trappegangen" in spelled("jeg gik i trappegangen med min nabo")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # an aunt is named as she is said, as a grandparent is
        ("jeg vil gerne besøge min moster i Odense en gang om måneden", "moster"),
        ("mor vil gerne kunne skrive julekort til sin faster igen", "faster"),
        ("min mor vil gerne kunne ringe til sin tante hver søndag", "tante"),
        ("øh han vil gerne kunne køre ud og besøge fasteren i Vejle igen", "faster"),
    ],
)
def test_an_aunt_is_named_by_her_own_word(text, person):
    assert analyze(text, TODAY).people == (person,)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the level after "op på"/"op til" beats today's level said after the wish
        (
            "jeg vil gerne kunne strikke igen, kan kun holde pindene et kvarter nu, vil gerne op "
            "på en time",
            1,
            "time",
        ),
        (
            "far vil gerne gå tur igen, han kan gå 5 min ad gangen men vil gerne op på en halv "
            "time",
            0.5,
            "time",
        ),
        (
            "jeg vil gerne kunne stå og lave mad, nu kan jeg stå i 5 minutter, vil gerne op paa et "
            "kvarter",
            15,
            "minut",
        ),
        (
            "øh hun vil gerne kunne sidde og se fjernsyn med os, hun kan kun sidde en halv time, "
            "vil gerne op til en time",
            1,
            "time",
        ),
    ],
)
def test_the_level_wished_after_a_target_lead_is_the_measure(text, value, unit):
    measures = analyze(text, TODAY).measures
    assert [(m.value, m.unit) for m in measures] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        # a day rhythm turned round, told as what one does, is the trouble
        "far har vendt op og ned paa doegnet, han sover hele dagen og gaar rundt i lejligheden "
        "om natten",
        "min mand hans døgnrytme er helt skredet han står op klokken to om natten og laver kaffe",
        "øh hun har byttet om på dag og nat hun sover til klokken to om eftermiddagen",
        "nat og dag er byttet om for ham, han ser fjernsyn hele natten",
    ],
)
def test_a_day_rhythm_turned_round_is_a_difficulty(text):
    assert analyze(text, TODAY).stance == "difficulty"
