"""Fragments read, not glued (fix round 39, blind139 Holger): a noun said bare beside a verb
said alone is its object even when a place is said too ("buddelskibe. bygge. igen.
værkstedet." → "bygge buddelskibe på værkstedet"); "hele livet" is no verb "hele"; a deed and
its span among more fragments are the reason ("fordi jeg har sejlet hele livet"); a sign typed
as fragments around one thing is one phrase ("selv bygge et skib færdigt i flasken med masterne
rejst")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import criterion_phrase
from assistant.nlp.sign_parts import one_thing_sign
from assistant.nlp.telegraph import deed_span_reason

TODAY = date(2026, 12, 6)


def action(text: str) -> str:
    return (analyze(text, TODAY).extras or {}).get("action") or ""


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("buddelskibe. bygge. igen. værkstedet.", "bygge buddelskibe på værkstedet"),
        ("fuglekasser. lave. selv. værkstedet", "lave fuglekasser på værkstedet"),
        ("vaerkstedet. bygge. fuglehuse.", "bygge fuglehuse på værkstedet"),
        ("strikke. stuen. sokker", "strikke sokker i stuen"),
    ],
)
def test_a_bare_noun_is_the_object_and_the_place_stays_a_place(said, phrase):
    assert action(said).startswith(phrase)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("haven. sidde", "sidde i haven"),  # no noun to do: the place only
        ("gå. parken", "gå til parken"),  # a motion verb goes to the place
        ("sengen. rede den. selv", "rede sengen"),
    ],
)
def test_fragments_without_a_bare_object_stay_as_before(said, phrase):
    assert action(said).startswith(phrase)


def test_hele_before_a_definite_noun_is_no_verb():
    assert "ved" not in action("hele livet. sejlet. skibene. oldebørn. gave.")


def _is_span(words: list[str]) -> bool:
    return len(words) == 2 and words[0].isdigit() and words[1] == "år"


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("hele livet. sejlet. skibene. oldebørn. gave.", "fordi jeg har sejlet hele livet"),
        ("strikket. hele livet. børnebørn.", "fordi jeg har strikket hele livet"),
        ("samlet. 80 år.", "fordi jeg har samlet i 80 år"),
    ],
)
def test_a_deed_and_its_span_said_side_by_side_are_the_reason(said, reason):
    g = get_content("da").goals.grammar
    assert deed_span_reason(said, g, _is_span) == reason


def test_a_deed_and_a_span_apart_are_no_reason():
    g = get_content("da").goals.grammar
    assert deed_span_reason("samlet. frimærker. 80 år.", g, _is_span) is None


@pytest.mark.parametrize(
    ("sign", "phrase"),
    [
        (
            "et skib. færdigt. i flasken. selv. masterne rejst",
            "selv et skib færdigt i flasken med masterne rejst",
        ),
        ("en hue. færdig. selv", "selv en hue færdig"),
        ("Et fuglehus. færdigt. på min altan.", "et fuglehus færdigt på min altan"),
    ],
)
def test_a_sign_in_fragments_around_one_thing_is_one_phrase(sign, phrase):
    g = get_content("da").goals.grammar
    assert " ".join(one_thing_sign(sign.split(), g)).lower() == phrase


@pytest.mark.parametrize(
    "sign",
    [
        "hele vejen. en pause. på bænken",  # no thing with its article first
        "et skib. min søn hjælper",  # a clause of its own
        "en kop kaffe. uden spild",
    ],
)
def test_other_signs_in_fragments_stay_as_said(sign):
    g = get_content("da").goals.grammar
    assert one_thing_sign(sign.split(), g) == sign.split()


def test_the_citizens_own_doing_is_said_before_the_wishs_verb():
    content = get_content("da")
    facts = {
        "criterion": "et skib. færdigt. i flasken. selv. masterne rejst",
        "own_action": "bygge buddelskibe på værkstedet",
        "activity": "fritid",
        "speaker": "citizen",
    }
    phrase = criterion_phrase(facts, content.goals)
    assert phrase == "selv bygge et skib færdigt i flasken med masterne rejst"
