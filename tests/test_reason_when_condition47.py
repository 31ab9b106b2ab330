"""Fix round 47 (fH; blind156 Leo, blind157 Hjørdis): a reason "Når X, (så) er jeg (ikke) Y, så
er jeg Z" keeps its "når" clause with the first main clause ("… og jeg ikke er patient, når jeg
står der med tangen"), never a bare flat claim: the "når" clause goes right after the first main
clause, before one run on after a comma ("så er jeg far", "jeg glemmer …"), which a later
sentence's reason then leaves out (reason._when_clause_last, _run_on_clause_at). A relative
clause after the comma ("dem, der betyder mest") is no run-on."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal


@pytest.mark.parametrize(
    ("speaker", "told", "kept", "left_out"),
    [
        (
            "citizen",
            "Fordi tal har været mit liv. Når jeg sidder med regnskabet, er jeg ikke "
            "Parkinson-patient, så er jeg Hjørdis fra sparekassen.",
            "jeg ikke er Parkinson-patient, når jeg sidder med regnskabet",
            "Hjørdis",
        ),
        (
            "relative",
            "Fordi grillen er hans job. Når han står der med tangen, så er han ikke patient, så "
            "er han far.",
            "jeg ikke er patient, når jeg står der med tangen",
            "han",
        ),
        (
            "citizen",
            "Fordi jeg elsker havet. Når jeg sidder i båden, er jeg fri, så tænker jeg ikke på "
            "benet.",
            "jeg er fri, når jeg sidder i båden",
            "benet",
        ),
        (
            "relative",
            "Når hun maler, så glemmer hun smerterne, så er hun sig selv igen.",
            "jeg glemmer smerterne, når jeg maler",
            "hun",
        ),
        (
            "citizen",
            "øh når jeg spiller kort, så er jeg ikke enke, så er jeg bare Grethe",
            "jeg ikke er enke, når jeg spiller kort",
            "Grethe",
        ),
        (
            "citizen",
            "Når jeg er i koret, er jeg ikke syg, så er jeg bare Else.",
            "jeg ikke er syg, når jeg er i koret",
            "Else",
        ),
    ],
)
def test_a_when_reason_keeps_its_condition(speaker, told, kept, left_out):
    reason = reason_in_goal(told, speaker)
    assert kept in reason, reason
    assert f" {left_out} " not in f" {reason.strip(',.')} ", reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Når jeg sidder ved symaskinen, er jeg ikke syg.", "jeg ikke er syg, når jeg sidder"),
        ("Når jeg synger, glemmer jeg, at jeg er syg.", "jeg glemmer, at jeg er syg, når jeg"),
        (
            "Når jeg er i haven, er jeg sammen med dem, der betyder mest.",
            "jeg er sammen med dem, der betyder mest, når jeg er i haven",
        ),
    ],
)
def test_a_when_reason_without_a_run_on_stays_as_before(told, reason):
    assert reason in reason_in_goal(told, "citizen")
