"""Fix round 47 (fB): a sign told whole with a duration in it is kept whole, not cut to the
duration ("i en time").

"slå" and its kin are short infinitives of a sign ("at jeg kan slå hele plænen …, på en time med
en pause, uden at få ondt i lænden bagefter": blind155 Bent kept only "i en time"); an amount said
again between commas before deeds listed on without "og" ("være med på hele holdtimen, en time,
gå rundt på banen …") is the measure, the deeds the sign; a list of deeds whose last item closes
with an "uden at" clause of its own subject ("…, uden at hun trækker mig omkuld") is kept to its
end (blind154 Kirsten); "i snor" stays bare in the goal."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals


def criterion(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("criterion")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        (
            "At jeg kan slå hele plænen, både for og bag huset, på en time med en pause, uden at få"
            " ondt i lænden bagefter.",
            "slå hele plænen, både for og bag huset, på en time med en pause, uden at få ondt i"
            " lænden bagefter",
        ),
        (
            "at jeg kan slå græsset i forhaven på en halv time uden at holde pause",
            "slå græsset i forhaven på en halv time uden at holde pause",
        ),
        (
            "øh at jeg selv kan slaa hele plaenen paa en time med en pause",
            "slå hele plænen på en time med en pause",
        ),
        (
            "at han kan slå græsset for og bag huset uden at få ondt i ryggen",
            "slå græsset for og bag huset uden at få ondt i ryggen",
        ),
        (
            "at jeg kan strø salt på hele indkørslen uden at falde",
            "strø salt på hele indkørslen uden at falde",
        ),
    ],
)
def test_a_sign_with_a_short_infinitive_is_kept_whole(said, sign):
    assert criterion(said) == sign


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        (
            "At jeg kan være med på hele holdtimen, en time, gå rundt på banen med Molly i snor og"
            " få hende til at sidde og dække, uden at hun trækker mig omkuld.",
            "være med på hele holdtimen, gå rundt på banen med Molly i snor og få hende til at"
            " sidde og dække, uden at hun trækker mig omkuld",
        ),
        (
            "at jeg kan være med til hele træningen, halvanden time, kaste bolden og samle den op"
            " igen",
            "være med til hele træningen, kaste bolden og samle den op igen",
        ),
        (
            "at hun kan være med i hele timen, en time, lave øvelserne og gå hjem selv, uden at hun"
            " skal hvile sig",
            "være med i hele timen, lave øvelserne og gå hjem selv, uden at hun skal hvile sig",
        ),
        (
            "at jeg kan være med hele gudstjenesten, en time, synge med på salmerne og rejse mig"
            " selv",
            "være med hele gudstjenesten, synge med på salmerne og rejse mig selv",
        ),
        # with its join, as before
        (
            "at jeg kan være med i hele timen, halvanden time, og lave øvelserne",
            "være med i hele timen og lave øvelserne",
        ),
    ],
)
def test_an_amount_said_again_before_deeds_listed_on_is_the_measure(said, sign):
    assert criterion(said) == sign
    assert analyze(said, TODAY).measures


@pytest.mark.parametrize(
    "said",
    [
        # the amount said again with nothing done after it: the measure, no sign
        "at jeg kan være med hele mødet, det er halvanden time",
        "at jeg kan være med hele aftenen, tre timer, fordi det er hyggeligt",
    ],
)
def test_an_amount_said_again_with_no_deed_after_it_is_only_the_measure(said):
    assert criterion(said) is None


def test_a_new_clause_in_a_lists_last_item_still_ends_it():
    # "og så sidder hun …" opens a clause of its own before the "uden at" clause: the list is not
    # kept through to it
    said = (
        "at jeg kan gå ned til bageren på hjørnet, købe rundstykker og wienerbrød, gå hjem igen"
        " forbi kirken, og så sidder hun og venter på mig, uden at hun bliver urolig"
    )
    assert "uden at hun bliver urolig" not in (criterion(said) or "")


def test_a_dog_on_the_lead_stays_bare_in_the_goal():
    facts = {
        "activity": "fritid",
        "own_action": "gå til hvalpetræning med min hvalp",
        "speaker": "citizen",
        "criterion": "gå rundt på banen med hvalpen i snor",
    }
    assert "i snor" in compose_goal(facts, GOALS)
