"""A told reason written whole as clean Danish (round 23, reason13): a clause that tells how or
which in the past ("… som vi gjorde derhjemme") leaves the reason in the present, a spoken
"det …" run on after it is a clause of its own, a perfect story of how long ("jeg har gået der
i 50 år") is left out, a fixed particle phrase ("ved lige") keeps its last word, a filler
elsewhere, and "så" after the wish verb before a thing to sow is the verb."""

from __future__ import annotations

import pytest
from compose_support import SINGING, goal_of, reason_of
from test_engine import begin, card, go, text, until


def _goal(motivation: str, speaker: str = "citizen") -> str:
    return goal_of(SINGING, speaker=speaker, motivation=motivation)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # spoken, a past "som" clause and then how it feels
        ("øh jeg vil synge alle de gamle salmer igen som vi gjorde dengang det gør mig glad",
         ", så jeg kan synge alle de gamle salmer igen som vi gjorde dengang, det gør mig glad"),
        # typed without æøå, "ligesom jeg gjorde før"
        ("saa jeg kan bage boller til boernene igen ligesom jeg gjorde foer",
         ", så jeg kan bage boller til boernene igen ligesom jeg gjorde foer"),
        # "hvor vi boede": which place, not a past reason
        ("så jeg kan gå ned til havnen hvor vi boede før",
         ", så jeg kan gå ned til havnen hvor vi boede før"),
    ],
)  # fmt: skip
def test_a_past_clause_of_how_or_which_keeps_the_reason(told, reason):
    assert reason_of(_goal(told)) == reason


@pytest.mark.parametrize(
    "told",
    [
        # the reason itself in the past stays out
        "jeg gik altid til sang med min mand",
        "vi gjorde det altid derhjemme",
    ],
)
def test_a_reason_told_in_the_past_stays_out(told):
    assert reason_of(_goal(told)) == ""


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("jeg vil synge de gamle sange igen det gør mig så glad",
         ", så jeg kan synge de gamle sange igen, det gør mig så glad"),
        ("så jeg kan komme ud blandt folk igen det betyder meget for mig",
         ", så jeg kan komme ud blandt folk igen, det betyder meget for mig"),
    ],
)  # fmt: skip
def test_a_spoken_det_clause_after_the_reason_is_its_own_clause(told, reason):
    assert reason_of(_goal(told)) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("for at holde hukommelsen ved lige", ", så jeg kan holde hukommelsen ved lige"),
        ("øh så jeg kan holde mig selv ved lige ikk", ", så jeg kan holde mig selv ved lige"),
        ("for at hun kan holde hovedet ved lige", ", så jeg kan holde hovedet ved lige"),
        # "lige" elsewhere is a filler
        ("så jeg lige kan komme ud", ", så jeg kan komme ud"),
    ],
)  # fmt: skip
def test_ved_lige_keeps_its_particle(told, reason):
    speaker = "relative" if " hun " in told else "citizen"
    assert reason_of(_goal(told, speaker)) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # typed, commas, without æøå: the span in years
        ("kirken betyder meget for mig, jeg har gaaet der hver sondag i 40 aar, og jeg vil vaere "
         "klar naar min datter kommer",
         ", fordi kirken betyder meget for mig, og jeg vil vaere klar naar min datter kommer"),
        # spoken, no commas: "altid"
        ("øh så jeg kan spille kort med gutterne jeg har altid spillet med dem",
         ", så jeg kan spille kort med gutterne"),
        # at the end
        ("så jeg kan klare mig selv, jeg har boet alene i mange år",
         ", så jeg kan klare mig selv"),
        # a relative: "hun har gået der i årevis"
        ("fordi koret betyder meget for hende hun har sunget der i årevis",
         ", fordi koret betyder meget for mig"),
    ],
)  # fmt: skip
def test_a_perfect_story_of_how_long_run_on_after_the_reason_goes(told, reason):
    speaker = "relative" if "hende" in told else "citizen"
    assert reason_of(_goal(told, speaker)) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("det er dem jeg har spillet kort med i 30 år og jeg savner dem",
         ", fordi det er dem jeg har spillet kort med i 30 år og jeg savner dem"),
        ("saa jeg ikke foeler mig glemt af dem jeg har sunget med i mange aar",
         ", så jeg ikke foeler mig glemt af dem jeg har sunget med i mange aar"),
        ("så vi kan holde kontakten ligesom vi har gjort i mange år",
         ", så vi kan holde kontakten ligesom vi har gjort i mange år"),
    ],
)  # fmt: skip
def test_a_relative_or_comparing_perfect_clause_stays(told, reason):
    """ "dem jeg har spillet med i 30 år": a relative clause without "som" tells who."""
    assert reason_of(_goal(told)) == reason


def test_a_perfect_reason_of_its_own_stays():
    assert reason_of(_goal("jeg har gået til sang i mange år")) == (
        ", fordi jeg har gået til sang i mange år"
    )


def _wish_goal(content, wish: str, who: str = "borger") -> str:
    turn = until(begin(content, who), content, "wish")
    turn = until(go(turn, content, text(wish)), content, "confirm", card("ja"))
    return turn.goal_text


@pytest.mark.parametrize(
    ("wish", "who", "phrase"),
    [
        ("jeg vil gerne kunne så mine kartofler i haven igen", "borger",
         "kunne så mine kartofler i haven igen"),
        ("øh jeg vil saa gerne kunne saa froe i drivhuset igen", "borger",
         "kunne så frø i drivhuset igen"),
        ("min mand vil gerne så kartofler i kolonihaven igen", "paaroerende",
         "kunne så kartofler i kolonihaven igen"),
        # "så" of degree before "gerne" is no verb
        ("jeg vil så gerne ud at gå", "borger", "kunne komme ud at gå"),
        # "ved lige" in the wish itself
        ("jeg vil gerne holde min have ved lige", "borger", "kunne holde min have ved lige"),
        ("øh jeg vil selv kunne holde huset ved lige ikk", "borger",
         "kunne holde huset ved lige"),
    ],
)  # fmt: skip
def test_the_wish_keeps_its_own_verb(content, wish, who, phrase):
    assert phrase in _wish_goal(content, wish, who)
