"""Fix round 51 (fB): measure answers kept whole and written as Danish.

"En portion. Trække selv." (blind166 Agnes, typing in fragments) is an amount of one thing and a
deed done to it: "koge en portion og trække den selv", the thing's pronoun by its gender (nlp/
fragment_sign.py); the goal had copied "en portion. Trække selv.". A spoken sign with an
amount said as a comment in the middle, "gå helt ud for enden af molen det er vel tre hundrede
meter og sidde der en time og fange krabber og gå hjem igen uden at skulle stoppe og puste …"
(blind167 Kaj), goes on after the comment when a deed is joined to it ("og sidde"): the sign had
ended at "enden af molen" (nlp/phrase.py `without_comment`).
"""

from __future__ import annotations

import pytest
from compose_support import goal_for_motivation
from engine_support import CONTENT, answered_until, as_citizen, go
from persona_expect import grammar_problems

from assistant.nlp.fragment_sign import amount_of_fragments
from assistant.nlp.grammar import polish
from assistant.nlp.phrase import without_comment

G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("typed", "verb", "sign"),
    [
        ("En portion. Trække selv.", "koge", "en portion og trække den selv"),
        ("en portion. trække selv", "koge", "en portion og trække den selv"),
        ("En hel portion. Trække selv.", "koge", "en hel portion og trække den selv"),
        ("Et brød. Skære det selv.", "bage", "et brød og skære det selv"),
        ("En plade. Trække den selv.", "koge", "en plade og trække den selv"),
    ],
)
def test_an_amount_and_a_deed_in_fragments_make_one_phrase(typed, verb, sign):
    assert amount_of_fragments(typed, G, verb) == sign


@pytest.mark.parametrize(
    ("typed", "verb"),
    [
        ("Et kilo. En time.", "pille"),  # two amounts, no deed
        ("12 gaver. Pakke selv.", "pakke"),  # several things: no "den" / "det"
        ("En portion. Koge selv.", "koge"),  # the wish's own verb again
        ("En portion. Selv.", "koge"),  # no deed
    ],
)
def test_fragments_of_no_deed_on_one_thing_stay_as_before(typed, verb):
    assert amount_of_fragments(typed, G, verb) is None


BOLSJER = {
    "wish": "Bolsjer. Koge selv.",
    "motivation": "Oldebørnene. Gammel tradition.",
    "frequency": "Hver anden lørdag.",
    "deadline": "Påske.",
}


@pytest.mark.parametrize(
    ("measure", "written"),
    [
        ("En portion. Trække selv.", "koge en portion og trække den selv"),
        ("en portion. trække selv", "koge en portion og trække den selv"),
    ],
)
def test_the_goal_writes_the_fragments_as_one_sign(measure, written):
    turn = go(answered_until(as_citizen(), BOLSJER, "measure"), measure)
    turn = answered_until(turn, BOLSJER, "confirm")
    assert f"når jeg kan {written}." in turn.goal_text, turn.goal_text
    assert "Trække" not in turn.goal_text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("gå helt ud for enden af molen det er vel tre hundrede meter og sidde der en time og "
         "fange krabber", "gå helt ud for enden af molen og sidde der en time og fange krabber"),
        ("ga helt ud for enden af molen det er vel 300 meter og sidde der en time",
         "ga helt ud for enden af molen og sidde der en time"),
        ("gå ned til stranden det er jo en kilometer og bade og gå hjem igen",
         "gå ned til stranden og bade og gå hjem igen"),
        # counter-examples: a comment with no deed joined after its amount still goes
        ("gå ned til postkassen og hjem igen det er en km", "gå ned til postkassen og hjem igen"),
        ("gå hen til bageren det er vel 400 meter og det klarer jeg ikke i dag",
         "gå hen til bageren"),
        ("gå ned til havnen det er 300 meter og så er jeg træt", "gå ned til havnen"),
        ("gå ned til havnen det er 300 meter og sa er jeg traet", "gå ned til havnen"),
    ],
)  # fmt: skip
def test_a_deed_joined_after_a_comments_amount_goes_on_with_the_sign(said, kept):
    assert " ".join(without_comment(said.split(), G)) == kept


MOLEN = {
    "wish": "jeg vil gerne fange krabber med mit barnebarn ude på molen igen",
    "motivation": "fordi det er hyggeligt",
    "frequency": "hver lørdag",
    "deadline": "til sommer",
}


def test_a_long_spoken_sign_keeps_its_deeds_after_the_distance():
    said = (
        "at jeg kan gå helt ud for enden af molen det er vel tre hundrede meter og sidde der en "
        "time og fange krabber og gå hjem igen uden at skulle stoppe og puste mere end en gang"
    )
    turn = answered_until(
        go(answered_until(as_citizen(), MOLEN, "measure"), said), MOLEN, "confirm"
    )
    text = turn.goal_text
    assert "sidde der en time" in text and "uden at skulle stoppe og puste" in text, text
    assert "det er vel" not in text


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # blind159 Hoa: a learner's "uden" with no "at" before a bare body part's clause
        ("hænge tøj på stang, med pause, uden knæ gør ondt", "uden at knæet gør ondt"),
        ("gå til bussen uden ryg gør ondt", "uden at ryggen gør ondt"),
        ("stå ved bord hele vagt uden hofte gør for ondt", "uden at hoften gør for ondt"),
        ("hænge tøj på stang", "hænge tøj på stangen"),
        ("haenge frakke paa krog", "paa krogen"),  # spelling is mended before
    ],
)
def test_a_learners_sign_is_written_as_danish(said, written):
    assert written in polish(said, G), polish(said, G)


@pytest.mark.parametrize(
    "said",
    ["gå en tur uden stok", "uden min stok", "gå uden hjælp til bussen", "uden knæ og ryg"],
)
def test_without_before_no_clause_stays(said):
    assert polish(said, G) == said


# --- review 51 finding 11: a fronted "uden <part>" before an inverted main clause -------------


@pytest.mark.parametrize(
    "said",
    [
        "fordi uden ben kan man ikke komme nogen steder",
        "fordi uden hænder kan jeg ikke lave noget",
        "uden ben går jeg ikke ret langt",
        "øh uden hænder kan man jo ingenting",
        "uden knæ skal jeg ikke gå på trapper",
    ],
)
def test_without_a_part_before_an_inverted_clause_stays(said):
    assert polish(said, G) == said


def test_without_legs_as_the_reason_keeps_the_citizens_words():
    sentence = goal_for_motivation(
        {"activity": "fritid", "own_action": "gå ned til havnen igen", "independence": "selv"},
        "fordi uden ben kan man ikke komme nogen steder",
    )
    assert "uden ben kan jeg ikke komme nogen steder" in sentence, sentence
    assert grammar_problems(sentence) == [], sentence
