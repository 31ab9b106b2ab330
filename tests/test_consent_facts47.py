"""Fix round 47 (fB): facts told with the consent are the record's, never the goal's.

"Ja, det må De gerne. Jeg har jo selv skrevet mange elevplaner i sin tid, så jeg ved godt, hvad
det går ud på." (blind155 Frida): who types and what they know belong to the record; the
consent's "så jeg ved godt …" is no purpose of the wish, nor is a time said there its
frequency. A wish told with the consent still counts, as one told in the everyday story does.
Through the real engine and content."""

from __future__ import annotations

import pytest
from test_engine_consent import answer, at_consent


@pytest.mark.parametrize(
    "said",
    [
        "Ja, det må De gerne. Jeg har jo selv skrevet mange elevplaner i sin tid, så jeg ved godt,"
        " hvad det går ud på.",
        "Ja, det må I gerne. Min søn har været her, så jeg ved, hvad det handler om.",
        "ja det maa i gerne, jeg var sygeplejerske i 30 aar saa jeg kender det",
        "ja det er fint, jeg har tid hver mandag til jul",
        "Ja, oldefar sidder lige her og siger ja. Han har ikke sine høreapparater i, så jeg skriver"
        " for ham.",
    ],
)
def test_facts_told_with_the_consent_are_no_goal_facts(said):
    slots = answer(at_consent(), said).state.slots
    for key in ("motivation", "reason_said", "frequency", "deadline", "activity"):
        assert not slots.get(key), (key, slots.get(key))


def test_a_wish_told_with_the_consent_still_counts():
    said = "Ja. Jeg vil gerne kunne gå i Netto igen, så jeg kan se folk."
    slots = answer(at_consent(), said).state.slots
    assert slots.get("activity") == "indkoeb"
    assert slots.get("motivation") == "se folk"
