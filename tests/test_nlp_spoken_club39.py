"""Fix round 39 (fB, blind138 Rita, spoken without marks): a place said after the wish ends
before a new clause's subject and verb ("… henne i aktivitetscentret jeg har spillet på holdet
…": no dangling "jeg"); a sign told in the present tense opens with any verb the grammar knows,
listed or not ("at jeg kaster mine bolde …", "at jeg er med hele eftermiddagen …"); taking part
in a game played together is the pastime, the club named beside it no other activity ("komme
med til boccia i pensionistforeningen": fritid)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "jeg vil gerne komme med til boccia igen om torsdagen henne i aktivitetscentret "
            "jeg har spillet der i tolv år",
            "komme med til boccia igen henne i aktivitetscentret",
        ),
        (
            "jeg vil gerne spille kort igen om fredagen nede i klubben "
            "vi har spillet der i mange aar",
            "spille kort igen nede i klubben",
        ),
        (
            "hun vil gerne synge i koret igen om onsdagen oppe i kirken hun har sunget der i 40 år",
            "synge i koret igen oppe i kirken",
        ),
    ],
)
def test_a_place_ends_before_a_new_clause(text, action):
    assert analyze(text, TODAY).extras["action"] == action


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("naar han maler et helt billede færdigt", "male et helt billede færdigt"),
        ("at jeg er med hele mødet uden at gå før", "være med hele mødet uden at gå før"),
    ],
)
def test_a_sign_in_the_present_tense(text, sign):
    assert analyze(text, TODAY).extras["criterion"] == sign


@pytest.mark.parametrize(
    "text",
    ["jeg er med i koret hver onsdag", "jeg strikker hver dag", "jeg kaster tit op om morgenen"],
)
def test_a_present_tense_told_is_no_sign(text):
    assert analyze(text, TODAY).extras["criterion"] is None


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne komme med til boccia igen i pensionistforeningen", "fritid"),
        ("øh jeg vil gerne være med til petanque i klubben igen ik", "fritid"),
        ("min kone vil gerne med til bowling med pensionistforeningen", "fritid"),
        ("jeg vil gerne spille kroket med børnebørnene i haven", "fritid"),
        # the club with its company, no game: being together
        ("jeg vil gerne i pensionistforeningen og snakke med de andre igen", "socialt_samvaer"),
        ("jeg savner pensionistforeningen og de andre damer", "socialt_samvaer"),
    ],
)
def test_a_game_taken_part_in_is_the_pastime(text, activity):
    assert analyze(text, TODAY).activity == activity
