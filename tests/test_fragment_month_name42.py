"""Single-word answers (fix round 42, blind145 Inger): a month's part and its month typed as two
fragments ("slut. marts.") is the month's end; a first name typed as a fragment of its own in a
lower-case answer is no thing the verb takes ("gravsted. Aksel. passe." → "passe gravsted")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("slut. marts.", "2027-03-31"),
        ("midt. april.", "2027-04-15"),
        ("Slut. Januar", "2027-01-31"),
        ("nej. slut. maj.", "2027-05-31"),
    ],
)
def test_a_month_part_typed_apart_is_read_with_its_month(said, day):
    assert analyze(said, TODAY).deadline == day


def test_a_part_inside_its_own_fragment_is_no_month_part():
    assert analyze("det er slut. marts er fin", TODAY).deadline is None


def _joined(said: str) -> str | None:
    analyzer = get_analyzer()
    _keys, toks = analyzer._columns(said)
    return analyzer._fragments(toks)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("gravsted. Aksel. passe. selv. igen.", "passe gravsted"),
        ("bil. Peter. vaske. selv", "vaske bil"),
        ("kaffe. Grethe. drikke.", "drikke kaffe"),
    ],
)
def test_a_name_fragment_is_no_thing_of_the_verb(said, phrase):
    assert (_joined(said) or "").startswith(phrase)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("broed. skaere. selv", "skære brød"),
        ("Pippi. kanariefugl. passe selv", "passe min kanariefugl Pippi"),
    ],
)
def test_bare_things_and_named_pets_stay(said, phrase):
    assert (_joined(said) or "").startswith(phrase)


def _reason(text: str) -> tuple[str, str]:
    from assistant.content import load_content
    from assistant.nlp.reason import reason_parts

    return reason_parts(text, load_content("da").goals.grammar, "citizen")


@pytest.mark.parametrize(
    "said",
    [
        "gift. 61 år. pænt. skal. det. være.",
        "Bent. 40 år. venner. altid.",
        "søster. 90 år. tæt. altid.",
    ],
)
def test_a_story_in_fragments_gives_no_clause(said):
    assert _reason(said) == ("", "")


@pytest.mark.parametrize(
    "said",
    [
        "fordi jeg elsker min have",
        "altid. søndag. snakke. 86 år.",
        "haven er mit liv, den har jeg passet i 40 år",
    ],
)
def test_a_reason_told_in_a_clause_stays(said):
    assert _reason(said) != ("", "")
