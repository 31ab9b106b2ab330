"""A person said together with the speaker ("min kone og jeg", "jeg og min mand", fix round
28): the citizen when the wish is then told of han/hun alone, named when "vi" wish together or
when the two of them do something for a kin word who is the citizen."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "spouse"),
    [
        (
            "vi har altid danset sammen min mand og jeg men nu efter faldet tør han ikke og han "
            "vil så gerne med til dans i forsamlingshuset igen",
            "mand",
        ),
        (
            "øh vi gik altid i svømmehallen om tirsdagen min kone og jeg men hun kan ikke "
            "komme op af bassinet mere og hun vil gerne kunne svømme igen",
            "kone",
        ),
        (
            "vi har boet her i tredive aar min mand og jeg og nu kan han ikke gaa paa trappen "
            "han vil gerne kunne gaa op til lejligheden selv",
            "mand",
        ),
        (
            "jeg og min kone har altid spillet kort med naboerne men hun kan ikke holde kortene "
            "mere og hun vil gerne kunne spille igen",
            "kone",
        ),
    ],
)
def test_the_one_said_with_the_speaker_is_the_citizen_of_a_wish_told_as_hers(text, spouse):
    facts = analyze(text, TODAY)
    assert facts.perspective == "other"
    assert spouse not in facts.people


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "min kone og jeg har begge daarlige knae men vi vil gerne kunne gaa tur ved "
            "stranden sammen hver soendag",
            "kone",
        ),
        (
            "min mand og jeg handler ind for mor hver lørdag men hun vil gerne selv kunne gå "
            "i Netto med rollatoren",
            "mand",
        ),
        (
            "min søster og jeg gør rent for far hver anden uge men han vil selv kunne støvsuge",
            "søster",
        ),
    ],
)
def test_the_one_said_with_the_speaker_is_named_beside_a_joint_wish_or_a_kin_word_done_for(
    text, named
):
    assert named in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "citizen"),
    [
        (
            "jeg bor hos min mor i weekenderne og hun kan ikke selv komme op af badekarret men "
            "hun vil gerne kunne tage et bad selv",
            "mor",
        ),
        (
            "jeg har flyttet ind hos far efter hans blodprop og han vil gerne kunne smoere sin "
            "egen mad igen",
            "far",
        ),
        (
            "øh jeg besøger min svigermor hver dag og hun vil så gerne kunne gå ned i haven "
            "selv med rollatoren",
            "svigermor",
        ),
    ],
)
def test_a_kin_word_told_of_before_the_pronoun_of_the_wish_is_the_citizen(text, citizen):
    facts = analyze(text, TODAY)
    assert facts.perspective == "other"
    assert citizen not in facts.people


@pytest.mark.parametrize(
    ("text", "helper"),
    [
        (
            "han vil gerne selv kunne komme i bad uden at min søster skal staa og hjaelpe ham",
            "søster",
        ),
        ("hun vil gerne kunne handle selv igen, nu kører min bror hende til Netto", "bror"),
    ],
)
def test_a_kin_word_after_the_pronoun_is_still_a_helper_named(text, helper):
    assert helper in analyze(text, TODAY).people
