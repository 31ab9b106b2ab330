"""Review of fix round 51: a spoken self-repair "…, men nej, <new value>" is honoured.

fE's rule for ", men nej, han vil bare selv styre båden" (a no to another's offer, no repair of the
helper named before) had put "men" among the words after which a "nej" is never a self-repair, so
"hver dag, men nej, tre gange om ugen" kept "hver dag": the citizen's "nej" ignored. Now only a
"men nej" followed by another person as subject (stance.yaml value_correction_offer_subjects)
turns down an offer; every other "men nej" repairs the value before it.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "times", "per"),
    [
        ("jeg vil gerne gå en tur hver dag, men nej, det er for meget, 3 gange om ugen", 3, "week"),
        ("jeg vil gerne i svømmehallen to gange om ugen men nej en gang om ugen er nok", 1, "week"),
        ("jeg vil gerne bage boller hver dag, men nej, hver søndag", 1, "week"),
        ("øh hun vil gerne ud og gå hver dag men nej to gange om ugen tror jeg", 2, "week"),
        ("jeg vil gerne cykle tre gange om ugen, men, nej, hver anden dag", 1, "day"),
        ("ja altsaa hver mandag men nej hver dag vil jeg gerne gaa", 1, "day"),
    ],
)
def test_a_value_taken_back_after_men_nej_is_replaced(text, times, per):
    freq = understand(text, TODAY).frequency
    assert freq is not None and (freq.times, freq.per) == (times, per), text


def test_a_deadline_taken_back_after_men_nej_is_replaced():
    assert str(understand("Til 1. marts, men nej, til 1. april.", TODAY).deadline) == "2027-04-01"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil sejle med min kammerat hver lørdag, min svoger har tilbudt at tage med, men nej,"
        " han vil bare selv styre båden",
        "jeg vil gå tur med min veninde hver lørdag, min datter ville gerne køre mig, men nej,"
        " hun har travlt nok",
    ],
)
def test_men_nej_before_another_subject_still_turns_down_an_offer(text):
    facts = understand(text, TODAY)
    # the helper and the frequency said before the offer stay: nothing was repaired
    assert facts.frequency is not None and (facts.frequency.times, facts.frequency.per) == (
        1,
        "week",
    )
    assert {"kammerat", "veninde"} & set(facts.people), (text, facts.people)
