"""A reason told as a promise to a grandchild or child (fix round 34, r127x): "jeg har lovet mit
barnebarn at lære ham at bøde garn" is how things are now, no past story ("bøde", to mend,
typed with its ø is no "boede", lived); a kin topic said first and then again as "ham"/"hende"
("barnebarnet … og jeg har lovet ham …") is the promise's object; a spoken "ser du" opening the
answer is no part of it; "lige" before a size ("lige store") is no filler; West Jutland "å"
after "lære ham" is "at"."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of

from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.compose import first_person

GOALS = get_content("da").goals


def _reason(told: str) -> str:
    return reason_of(goal_of(BATHING, speaker="citizen", reason_said=told))


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("jeg har lovet mit barnebarn at lære ham at bøde garn", "lovet mit barnebarn at lære"),
        ("fordi jeg har lovet min datter at jeg selv kan bøde hendes net", "lovet min datter"),
        ("jeg har lovet drengene at vise dem hvordan man bøder et net", "lovet drengene"),
    ],
)
def test_a_promise_with_a_verb_written_with_oe_is_a_reason(told, kept):
    assert kept in _reason(told)


@pytest.mark.parametrize(
    ("told", "kept", "wrong"),
    [
        (
            "jo ser du barnebarnet Jens Peter han har købt sin egen båd i sommer og jeg har "
            "lovet ham at jeg skal lære ham at bøde garn",
            "fordi jeg har lovet mit barnebarn at",
            "ser du",
        ),
        (
            "øh min datter hun arbejder så meget og jeg har lovet hende at klare mig selv",
            "fordi jeg har lovet min datter at klare mig selv",
            "hun arbejder",
        ),
        (
            "ser du min søn Henrik han har købt sit eget hus og jeg har lovet ham at male stuen "
            "med ham",
            "fordi jeg har lovet min søn at male stuen",  # no name (round 47)
            "ser du",
        ),
    ],
)
def test_a_kin_topic_said_again_as_the_object_is_the_object(told, kept, wrong):
    reason = _reason(told)
    assert kept in reason and wrong not in reason, reason


@pytest.mark.parametrize(
    "sign",
    [
        "at jeg selv kan bøde et hul i garnet så maskerne er lige store",
        "at jeg kan strikke to ærmer der er lige lange",
        "at hun kan klippe hækken så den er lige høj hele vejen",
    ],
)
def test_lige_before_a_size_is_no_filler(sign):
    # the measure step reads a sign told as a clause through first_person
    said = first_person(sign, GOALS)
    assert "lige " + sign.split("lige ")[1].split()[0] in said, said


@pytest.mark.parametrize(
    ("said", "marked"),
    [
        ("a har lovet ham at a ska lære ham å bøde garn", "lære ham at bøde"),
        ("a ka godt lære dem å bøde æ garn igen", "lære dem at bøde"),
    ],
)
def test_west_jutland_mark_after_a_lead_and_its_object_is_at(said, marked):
    words = " ".join(get_analyzer().nlp(said)._.hm_spelling)
    assert marked in words, words
