"""Fix round 48 (fH): a "nej" on the summary that corrects one slot changes that slot only
(issue 8, "a nej always honoured"). "Vi har også træning lørdag formiddag, og der vil jeg også
med. Skriv to gange om ugen …" corrects how often: the activity its noun names is when the goal's
activity happens, no new wish, so the wish, sign, aids and helpers stay as confirmed and nothing
is asked again (blind159 Svend; dialogs/timed_correction.py). A trainer named beside a club the
wish names is the club's coach even when the physiotherapist is named as a person of her own in
another answer (dialogs/coach_told.py)."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary, go

CHOIR = {
    "wish": "jeg vil gerne synge i kirkekoret igen og staa sammen med de andre",
    "motivation": "fordi naar vi synger saa glemmer jeg smerterne",
    "measure": "at jeg kan staa op og synge hele korproeven paa halvanden time",
    "frequency": "hver torsdag aften",
    "deadline": "til julekoncerten den 20. december",
    "independence": "jeg har en hoej stol med armlaen som jeg kan laene mig op ad",
    "people": "min nabo Grethe koerer mig",
}
KEPT = ("activity", "own_action", "criterion", "measures", "independence", "aids", "people")


def _changed(correction: str) -> tuple[set[str], str]:
    """The slots a correction on the summary changed (their said words aside) and the next
    step asked."""
    summary = at_summary(CHOIR)
    before = summary.state.slots
    turn = go(summary, correction)
    after = turn.state.slots
    keys = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    return {k for k in keys if not k.endswith("_said")}, turn.slot


@pytest.mark.parametrize(
    "correction",
    [
        "Nej. Vi har ogsaa korproeve om tirsdagen, og der vil jeg ogsaa med. Skriv to gange om "
        "ugen.",
        "nej der er også sangtime om mandagen, så skriv to gange om ugen",
        "Nej, det passer ikke helt. Vi øver også tirsdag aften. Skriv to gange om ugen.",
    ],
)
def test_a_frequency_correction_changes_the_frequency_only(correction):
    changed, step = _changed(correction)
    assert changed == {"frequency"}, changed
    assert step == "confirm"


@pytest.mark.parametrize(
    ("correction", "slot"),
    [
        ("Nej, det passer ikke. Koncerten er flyttet, skriv til den 10. januar.", "deadline"),
        ("nej ikke Grethe, min datter kører mig", "people"),
    ],
)
def test_a_correction_of_another_slot_keeps_the_rest(correction, slot):
    changed, step = _changed(correction)
    assert changed == {slot}, changed
    assert step == "confirm"
    assert not set(KEPT) - {slot} & changed


def test_a_new_wish_with_its_verb_still_changes_the_deed():
    changed, _step = _changed("nej jeg vil hellere spille bridge hver torsdag")
    assert "own_action" in changed, changed


def _people(everyday: str, wish: str, people: str) -> list:
    answers = {"everyday": everyday, "wish": wish, "people": people}
    return answered_until(as_citizen(), answers, "confirm").state.slots.get("people") or []


@pytest.mark.parametrize(
    ("wish", "people"),
    [
        ("Fysioterapeuten har foreslaaet gymnastik. Nej tak. Jeg vil skyde med bue i klubben igen",
         "Træneren Jens laver et program til mig"),
        ("ergoterapeuten siger jeg skal tage det roligt, men jeg vil ro i roklubben igen",
         "traeneren hjaelper mig i baaden"),
    ],
)  # fmt: skip
def test_a_therapist_named_apart_leaves_the_trainer_the_clubs_coach(wish, people):
    found = _people("jeg bor med min kone", wish, people)
    assert "træner" in found and "terapeut" not in found, found


@pytest.mark.parametrize(
    ("everyday", "wish", "people"),
    [
        # a rehabilitation course or place told: the trainer may be the municipality's
        ("jeg går til genoptræning på centret om tirsdagen",
         "jeg vil gerne skyde med bue i klubben igen", "træneren hjælper mig"),
        ("fysioterapeuten på træningscentret har lavet øvelser til mig",
         "jeg vil gerne spille gåfodbold i boldklubben igen", "træneren hjælper mig"),
    ],
)  # fmt: skip
def test_a_trainer_beside_rehabilitation_stays_the_therapist(everyday, wish, people):
    found = _people(everyday, wish, people)
    assert "terapeut" in found and "træner" not in found, found
