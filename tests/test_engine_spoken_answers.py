"""Spoken answers with fillers are read: a "hvad?" asking to hear the question again and the
fillers around it are skipped before the yes, the no or the number; a scale answer reads the
first number said (the lower of a range), never a number in a story. Through the real engine."""

from __future__ import annotations

import pytest
from test_engine_change import answer as answer_goal
from test_engine_change import at_summary
from test_engine_confirm import DRESS
from test_engine_consent import CONTENT, answer, at_consent

from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    "said, value",
    [
        # a hard-of-hearing "hvad" / "undskyld" first, then the number, then talk
        ("hva tre vel jeg kommer kun ud til postkassen så skal min datter hjælpe", 3),
        ("hvad siger du nå ja en fire", 4),
        ("undskyld hvad en to", 2),
        ("hvabehar. en tre vel", 3),
        ("hvad nåh tja en to vil jeg sige", 2),
        ("Hvad? 4", 4),
        # a range: the lower number
        ("to tre", 2),
        ("sådan en to-tre stykker", 2),
        ("øh tre eller fire", 3),
        ("3-4", 3),
        ("tja en tre til fire vel", 3),
        ("hva fire fem", 4),
    ],
)
def test_a_spoken_scale_answer_reads_the_first_number_said(said, value):
    assert scale_value(said, CONTENT.dialogue) == value


@pytest.mark.parametrize(
    "said, value",
    [
        # the number named as a number: "nummer", "nr.", "tallet" before it
        ("oeh nummer to hun kan ikke gaa derhen selv", 2),
        ("nr. 4 vil jeg sige", 4),
        ("tallet fem", 5),
        ("ja nummer et altså det går slet ikke", 1),
        # as a grade with its ending: "et-tallet", "en 2'er", "4'eren", the definite grade noun
        ("tre-tallet tror jeg", 3),
        ("en 2'er", 2),
        ("4'eren vel", 4),
        ("toeren men det går op og ned", 2),
        # as the place on the row of cards: "den første", "den anden"
        ("det er nok den første", 1),
        ("den foerste vel han kommer ikke ud", 1),
        ("øh den anden", 2),
        ("nummer tre eller fire", 3),
    ],
)
def test_a_scale_number_named_as_a_number_or_a_place_is_read(said, value):
    assert scale_value(said, CONTENT.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "den anden dag faldt jeg på trappen",
        "det første jeg gør er at ringe til min datter",
        "hun har nummer to i køen",
        "en anden hjælper mig",
    ],
)
def test_an_ordinal_or_a_number_in_a_story_is_no_scale_value(said):
    assert scale_value(said, CONTENT.dialogue) is None


@pytest.mark.parametrize(
    "said",
    [
        "hvad",
        "hva siger du",
        "hvad skal jeg svare",
        "hun er 91 og bor alene",
        "undskyld jeg hørte ikke hvad du sagde",
    ],
)
def test_a_request_to_hear_again_or_a_story_gives_no_scale_value(said):
    assert scale_value(said, CONTENT.dialogue) is None


@pytest.mark.parametrize(
    "said",
    [
        "hvad nå jo jo det er mit eget",
        "hva ja ja det er rigtigt",
        "undskyld hvad? ja det er det",
        "hva siger du jo da det er mit",
        "hvad jah",
        "det tror jeg nok",
        "øh altså det tror jeg da",
        "det vil jeg da sige",
        # after the request, words that say yes without a yes word
        "hva det er mit eget",
        "hvad? jamen det er fint",
    ],
)
def test_a_yes_after_a_request_to_hear_again_confirms_the_goal(said):
    turn = answer_goal(at_summary(DRESS), said)
    assert turn.done and turn.draft["citizen_confirmed"] is True


@pytest.mark.parametrize(
    "said",
    [
        "hvad nej det er ikke mit",
        "hva ja men hellere hver anden dag",
        "hvad skal det bruges til",
        "det tror jeg nok ikke",
        "hva siger du",
    ],
)
def test_a_no_or_a_question_after_hvad_does_not_confirm_the_goal(said):
    turn = answer_goal(at_summary(DRESS), said)
    assert not turn.done and turn.state["confirmed"] is not True


@pytest.mark.parametrize(
    "said", ["hvad nå ja det må I godt", "undskyld hva? jo jo", "hvad siger du jamen ja da"]
)
def test_a_yes_after_a_request_to_hear_again_is_consent(said):
    turn = answer(at_consent(), said)
    assert turn.slot == "everyday" and turn.state["slots"]["consent"] is True


@pytest.mark.parametrize("said", ["hvad nej", "hva siger du? nej tak", "jamen nej", "tja nej"])
def test_a_no_after_a_request_to_hear_again_or_a_filler_refuses(said):
    turn = answer(at_consent(), said)
    assert turn.refused and turn.state["reason"] == "refused"


@pytest.mark.parametrize("said", ["hva siger du", "hvad skal I bruge det til"])
def test_only_a_request_to_hear_again_is_asked_again_with_ja_nej(said):
    turn = answer(at_consent(), said)
    assert turn.slot == "consent" and turn.reprompt and not turn.refused
