"""The activity question left unanswered: the draft still names an activity (spec: always an
id), guessed from what the person said, else the most general one, and staff are asked to
check it (SMART specific). Through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, card, go
from staff_support import add_users, db_at, login, make_app, make_draft

from assistant.dialogs.engine import new_state, start

GUESSED = "Aktiviteten er gættet ud fra samtalen. Tjek den med borgeren."  # the staff's reason


def to_the_end(answers: dict[str, str], fallback: str = "ved ikke"):
    """Play a text dialogue: each asked slot from `answers`, else `fallback`; yes at the end."""
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    asked = []
    for _ in range(60):
        if turn.done:
            return turn, asked
        asked.append(turn.slot)
        said = answers.get(turn.slot, "ja" if turn.slot in ("subgoals", "confirm") else fallback)
        turn = go(turn, said)
    raise AssertionError(f"no end; stuck at {turn.slot}")


def specific(turn) -> dict:
    return turn.draft["goal"]["smart"]["specific"]


def test_ved_ikke_to_everything_gives_the_most_general_activity_flagged_for_staff():
    turn, asked = to_the_end({})
    assert asked.count("activity") == 3
    goal = turn.draft["goal"]
    assert goal["activity"] == "daglige_rutiner" and goal["area"]
    assert specific(turn)["ok"] is False
    assert specific(turn)["reason"] == GUESSED
    assert "activity_guessed" not in goal


@pytest.mark.parametrize(
    "answers",
    [
        # the activity is in the story, the wish is vague, the activity question not answered
        {"everyday": "jeg kan ikke længere lave mad, jeg står ikke ret længe ved komfuret",
         "wish": "øh det ved jeg ikke rigtig", "activity": "aner det ikke"},
        {"everyday": "min datter handler ind for mig i Netto, jeg kan ikke bære poserne",
         "wish": "ved ikke", "activity": "det må du bestemme"},
        # a relative's words
        {"everyday": "far kan ikke komme i bad selv mere, hjemmeplejen kommer og vasker ham",
         "wish": "det ved jeg ikke", "activity": "hm"},
    ],
)  # fmt: skip
def test_an_unanswered_activity_question_is_guessed_from_the_story(answers):
    turn, asked = to_the_end(answers)
    goal = turn.draft["goal"]
    assert goal["activity"] in CONTENT.activities and goal["activity"] != "daglige_rutiner"
    assert specific(turn)["ok"] is False


def test_an_activity_named_by_the_wish_is_not_flagged():
    turn, asked = to_the_end({"wish": "jeg vil gerne kunne gå en tur i parken igen"})
    assert "activity" not in asked
    assert turn.draft["goal"]["activity"] == "gang" and specific(turn)["ok"] is True


def test_the_guessed_activity_is_shown_to_staff_as_a_smart_warning(tmp_path):
    turn, _asked = to_the_end({})
    path = tmp_path / "staff.db"
    db = db_at(path)
    add_users(db)
    stored = make_draft(db, turn.draft)
    db.close()
    client = make_app(path).test_client()
    assert login(client).status_code == 302
    page = client.get(f"/staff/draft/{stored.draft_id}").get_data(as_text=True)
    assert 'class="warn" data-smart="S"' in page and GUESSED in page


@pytest.mark.parametrize(
    ("answers", "activity"),
    [
        # the story names other things; the measure says what the person will do
        ({"everyday": "jeg bor alene og hører radio og læser avisen det meste af dagen",
          "wish": "øh det ved jeg ikke", "activity": "aner det ikke",
          "measure": "at jeg selv kan smøre to stykker rugbrød til frokosten"}, "madlavning"),
        # a relative's words, typed without æøå
        ({"everyday": "far sidder mest i stolen og ser fjernsyn, han er stadig glad for sin kaffe",
          "wish": "det ved jeg ikke", "activity": "hm",
          "measure": "at han selv kan tage sine sokker og bukser paa om morgenen"}, "paaklaedning"),
    ],
)  # fmt: skip
def test_a_guessed_activity_gives_way_to_the_one_the_measure_names(answers, activity):
    turn, asked = to_the_end(answers)
    assert asked.count("activity") == 3
    assert turn.draft["goal"]["activity"] == activity
    assert specific(turn)["ok"] is True  # the person's own words name it now


def test_a_chosen_activity_card_is_not_replaced_by_the_measure():
    turn, _asked = to_the_end(
        {"wish": "det ved jeg ikke", "activity": card("gang"),
         "measure": "at jeg kan gaa ned i netto uden at stoppe"}
    )  # fmt: skip
    assert turn.draft["goal"]["activity"] == "gang"
