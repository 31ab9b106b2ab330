"""Aids named as said, never lost or replaced by a generic word (blind162–164): a tool said by its
material ("tykke pinde af træ": træpind, nlp/aid_said_apart.py, aids.yaml apart_material_joins)
and the aids beside a tool named in the order said, each with its own words
(dialogs/aid_tool_order.py; blind162 Ljiljana)."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen

from assistant.nlp import get_analyzer

TODAY = date(2026, 12, 7)
REST = {
    "motivation": "glad",
    "frequency": "hver dag",
    "deadline": "8 uger",
    "people": "ingen",
    "measure": "ved ikke",
}


def _aids(text: str) -> list[str]:
    return list(get_analyzer("da").analyze(text, TODAY).aids)


def _goal(wish: str, aids: str) -> str:
    answers = {**REST, "wish": wish, "independence": aids}
    return answered_until(as_citizen(), answers, "confirm").goal_text


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Ergoterapeut har givet mig tykke pinde af træ med godt greb, og gigthandsker.",
         "træpind"),
        ("jeg har faaet nogle tykke pinde af bambus og en lup", "bambuspind"),
        ("øh hun har fået nogle lange pinde af plastik af ergoterapeuten", "plastikpind"),
        ("jeg har fået en holder af plastik til kortene", "plastikholder"),
    ],
)  # fmt: skip
def test_a_tool_said_with_its_material_is_an_aid(text, aid):
    assert aid in _aids(text)


@pytest.mark.parametrize(
    "text",
    [
        "jeg holder af træ og blomster",
        "han holder af plastik legetøj",
        "vi fik kaffe af min datter",
    ],
)
def test_liking_and_giving_name_no_material_tool(text):
    assert not {a for a in _aids(text) if a.endswith(("pind", "holder"))}


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("Ergoterapeuten har givet mig tykke pinde af træ med godt greb, og så gigthandsker.",
         "med tykke pinde af træ med godt greb og gigthandsker"),
        ("Jeg bruger gigthandsker, og så har jeg fået tykke pinde af træ.",
         "med gigthandsker og tykke pinde af træ"),
        ("Ergoterapeut har givet mig tykke pinde af træ med godt greb, og gigthandsker til om "
         "morgen. Og min mand har købt lampe med lup.",
         "med tykke pinde af træ med godt greb, gigthandsker og en lampe med lup"),
    ],
)  # fmt: skip
def test_the_aids_beside_a_tool_are_named_in_the_order_said(aids, said):
    text = _goal("jeg vil gerne strikke igen", aids)
    assert said in text
    assert "med godt greb og" not in text.split(said)[0]  # no scrap left without its head
    assert "en gigthandsker" not in text


def test_a_bare_tool_still_gets_its_article_beside_the_others():
    text = _goal(
        "jeg vil gerne lave mad igen",
        "jeg har fået et skærebræt med pigge, og så en vinkelkniv",
    )
    assert "et skærebræt med pigge" in text


# Second-language aid phrases (blind163 Faadumo): shoes said with a denied slip ("sko som ikke
# glider": described_aids "denied", nlp/described_aid.py), a float belt; a rail that is the pool's
# own leaves the sentence without the generic "et hjælpemiddel" (compose._aids_or_help).


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Fysioterapeut siger, jeg skal have sko som ikke glider.", "skridsikker sko"),
        ("min mor har faaet sko der ikke skrider og saa en stok", "skridsikker sko"),
        ("hun bruger tøfler som ikke glider paa badevaerelset", "skridsikker sko"),
        ("Jeg har også svømmebælte, så jeg ikke synker.", "svømmebælte"),
        ("jeg har fået skridsikre sko til svømmehallen", "skridsikker sko"),
    ],
)  # fmt: skip
def test_second_language_aid_phrases_are_aids(text, aid):
    assert aid in _aids(text)


@pytest.mark.parametrize(
    "text",
    ["mine sko glider på isen", "jeg har sko som glider", "han har nye sko på"],
)
def test_shoes_that_slip_or_shoes_alone_are_no_aid(text):
    assert "skridsikker sko" not in _aids(text)


def test_the_goal_names_the_second_language_aids_not_a_generic_word():
    text = _goal(
        "jeg vil gerne svømme igen",
        "Fysioterapeut siger, jeg skal have sko som ikke glider. Og der er gelænder ved trappe "
        "i bassin. Jeg har også svømmebælte, så jeg ikke synker.",
    )
    assert "med skridsikre sko og et svømmebælte" in text
    assert "hjælpemiddel" not in text


def test_only_the_places_own_rail_leaves_no_generic_aid():
    text = _goal("jeg vil gerne svømme igen", "Der er gelænder ved trappen i svømmehallen.")
    assert "hjælpemiddel" not in text


def test_a_tapped_aid_card_without_words_keeps_the_generic_aid():
    from engine_support import card  # noqa: PLC0415

    answers = {**REST, "wish": "jeg vil gerne svømme igen", "independence": card("hjaelpemiddel")}
    text = answered_until(as_citizen(), answers, "confirm").goal_text
    assert "hjælpemiddel" in text


# A raised bed or a hose made or got for the task (aids.yaml tool_heads "bed", "slange"; a
# second language's bare "højbed" gets its article), what a thing given is for kept with it
# ("et kort til bussen": dialogs/aid_purpose_kept.py), one's own aid said before it named too
# (handlers._owned_said) (blind164 Gülten, blind163 Ejnar).


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("Kommune har lavet højbed til mig, så jeg ikke skal ned på knæ. Jeg har også havestol "
         "med hjul, og vandslange i stedet for kande.", "med et højbed, en vandslange"),
        ("min søn har bygget et højbed til mig ved terrassen", "et højbed"),
        ("Jeg har min rollator med sæde. Og jeg har fået et kort til bussen, så chaufføren "
         "venter.", "med min rollator med sæde og et kort til bussen"),
        ("øh jeg har faaet en stol til koekkenet af kommunen", "en stol til køkkenet"),
    ],
)  # fmt: skip
def test_aids_made_given_or_owned_are_named_whole(aids, said):
    text = _goal("jeg vil gerne passe min have og tage bussen", aids)
    assert said in text
    assert "med et kort," not in text and "med et kort." not in text


@pytest.mark.parametrize(
    ("aids", "left_out"),
    [
        ("jeg har fået en stol til julen", "til julen"),
        ("min datter har fået en rollator til mig", "til mig"),
    ],
)  # fmt: skip
def test_a_time_or_a_person_after_the_thing_given_is_no_purpose(aids, left_out):
    assert left_out not in _goal("jeg vil gerne gå tur igen", aids)


def test_a_bed_one_sleeps_in_is_no_aid():
    assert not _aids("jeg går i seng klokken ti og sover i min egen bed")
    assert not _aids("jeg vil gerne passe mine højbede igen")


def test_the_second_languages_self_goes_before_the_verb():
    text = answered_until(
        as_citizen(),
        {**REST, "wish": "jeg vil gerne dyrke grøntsager igen",
         "measure": "At jeg kan passe selv mit bed, så frø, vande og høste, en time."},
        "confirm",
    ).goal_text  # fmt: skip
    assert "selv kan passe mit bed" in text
    assert "passe selv" not in text


def test_a_relatives_own_aid_is_the_citizens_in_the_goal():
    from engine_support import CONTENT, TODAY, card, go  # noqa: PLC0415

    from assistant.dialogs.engine import new_state, start  # noqa: PLC0415

    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), card("ja"))
    answers = {
        **REST,
        "about": "min far",
        "handover": card("ikke_selv"),
        "wish": "far vil gerne tage bussen til byen igen",
        "independence": "Han har sin rollator med sæde, og han har fået et kort til bussen.",
    }
    text = answered_until(turn, answers, "confirm").goal_text
    assert "med min rollator med sæde og et kort til bussen" in text
    assert " sin " not in text
