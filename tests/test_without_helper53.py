"""Fix round 53 (fG): another person's rhythm in an "uden" clause said without its "at".

- "uden sygeplejersken skal komme hver dag" (dialect "uden æ sygeplejerske ska kom hver dag",
  "uden min datter skal køre mig hver lørdag"): a person, then a modal, opens a clause of that
  person's own, as "uden at sygeplejersken skal komme" does; its rhythm is the helper's visits,
  never the goal's frequency.
- A person before an inverted subject ("uden min datter kan jeg ikke …"), an aid or "hjælp" after
  "uden" ("uden rollator kunne gå hver dag") and a rhythm said with the wish itself stay as read.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)
DAILY = {"times": 1, "per": "day", "every": 1}


@pytest.mark.parametrize(
    "text",
    [
        "a vil gjen ku styr min sukkersyge sjæl uden æ sygeplejerske ska kom hver dag",
        "jeg vil gerne selv klare min insulin uden sygeplejersken skal komme hver dag",
        "mor vil gern selv tag sin medicin uden sygeplejersken ska komme hver morgen",
        "far vil gerne selv lave mad uden hjemmehjaelpen skal komme hver dag",
        "jeg vil gerne selv klare mine oejendraaber uden sygeplejersken skal komme to gange "
        "om dagen",
        "mor vil gerne kunne tage sit bad selv uden hjemmeplejen skal komme to gange om ugen",
        "øh jeg vil gerne selv handle uden min datter skal køre mig hver lørdag",
        "jeg vil gern selv tage mine piller uden min søn skal ringe hver aften",
        "far vil gerne selv kunne gå tur uden mor skal gå med hver dag",
    ],
)
def test_a_helpers_rhythm_after_uden_is_no_goal_frequency(text):
    assert analyze(text, TODAY).frequency is None


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        # the rhythm said with the wish, before the "uden" clause
        ("jeg vil gerne gå tur hver dag uden at min datter skal med", DAILY),
        ("jeg vil gerne cykle hver dag uden min kone skal med", DAILY),
        (
            "jeg vil gerne selv kunne handle en gang om ugen uden naboen skal hjælpe",
            {"times": 1, "per": "week", "every": 1},
        ),
        # a person before an inverted subject: "uden min datter" is no clause of hers
        ("uden min datter kan jeg ikke gå tur men jeg vil gerne gå tur hver dag", DAILY),
        (
            "uden hjemmeplejen kan jeg ikke komme i bad, jeg vil gerne selv komme i bad to gange "
            "om ugen",
            {"times": 2, "per": "week", "every": 1},
        ),
        # an aid or help after "uden", then the citizen's own modal and verb
        ("jeg vil gerne uden rollator kunne gå tur hver dag", DAILY),
        ("jeg vil gerne uden hjælp kunne gå tur hver dag", DAILY),
        ("jeg vil gerne gå tur hver dag uden sygeplejersken", DAILY),
    ],
)
def test_the_wishs_own_rhythm_beside_uden_stays(text, frequency):
    freq = analyze(text, TODAY).frequency
    assert freq is not None
    assert {"times": freq.times, "per": freq.per, "every": freq.every} == frequency
