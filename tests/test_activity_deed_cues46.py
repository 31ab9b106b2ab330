"""Fix round 46 (fI, blind84): sleeping in one's clothes is dressing (not sleep), fruit peeled
and eaten is eating (not cooking), breathing exercises and restlessness are mood (not
training)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("far sover i sit toej fordi han ikke kan faa det af", "paaklaedning"),
        ("øh mor sov i tøjet i nat hun kunne ikke få det af selv", "paaklaedning"),
        ("min mand sover i sine bukser, han kan ikke få dem af", "paaklaedning"),
        ("jeg vil gerne selv skrælle og spise en appelsin", "spise_og_drikke"),
        ("øh far vil gerne kunne skraelle og spise sit aeble selv igen", "spise_og_drikke"),
        ("jeg vil lære at slappe af med vejrtrækningsøvelser om aftenen", "humoer_og_energi"),
        ("han vil gerne lave sine åndedrætsøvelser når han bliver urolig", "humoer_og_energi"),
        ("min datter får panikanfald i butikker og vil lære at styre dem", "humoer_og_energi"),
    ],
)
def test_the_deed_names_the_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne sove bedre om natten", "humoer_og_energi"),
        ("jeg vil gerne kunne skrælle kartofler til aftensmaden selv", "madlavning"),
        ("jeg vil gerne selv kunne tage mit tøj på om morgenen", "paaklaedning"),
    ],
)
def test_look_alikes_keep_their_reading(said, activity):
    assert analyze(said, TODAY).activity == activity
