"""The card ids the engine relies on and the deadline cards' dates are declared in cards.yaml."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from assistant import CONTENT_ROOT
from assistant.content import load_content
from assistant.content.engine_cards import PREFIXES, ROLES
from assistant.dialogs.cards import deadline_dates
from assistant.errors import ContentError


def test_every_engine_role_names_a_card(content):
    engine = content.dialogue.engine_cards
    assert set(engine.ids) == set(ROLES) and set(engine.prefixes) == set(PREFIXES)
    assert all(card in content.dialogue.cards for card in engine.ids.values())
    assert engine.numbered("remove_subgoal", engine.prefixes["remove_subgoal"] + "3") == 3
    assert engine.numbered("remove_subgoal", engine.prefixes["change_subgoal"] + "3") is None
    assert engine.numbered("change_subgoal", engine.prefixes["change_subgoal"] + "x") is None


def test_holiday_dates_come_from_the_time_content(content):
    dates = deadline_dates(content, date(2026, 11, 20))
    assert dates["inden_jul"] == date(2026, 12, 24)  # nlp/time.yaml: jul [12, 24]
    assert dates["til_paaske"] == date(2027, 3, 28)  # Easter Sunday 2027
    assert "til_sommer" not in dates  # 1 June 2027 is more than 26 weeks ahead
    assert dates["om_4_uger"] == date(2026, 12, 18)


def _broken(tmp_path, old: str, new: str, file: str = "cards.yaml"):
    root = tmp_path / "content"
    shutil.copytree(CONTENT_ROOT / "da", root / "da")
    path = root / "da" / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(ContentError) as err:
        load_content("da", root)
    return path, err.value.problems


def test_a_missing_or_unknown_engine_card_stops_loading_with_the_file_name(tmp_path):
    path, problems = _broken(
        tmp_path, "  answer_yes: ja\n  answer_no: nej\n", "  answer_no: nejtak\n  maybe: ja\n"
    )
    assert problems == [
        f"{path}: engine_cards: lacks the role 'answer_yes'",
        f"{path}: engine_cards: answer_no: unknown card 'nejtak'",
        f"{path}: engine_cards: unknown role 'maybe'",
    ]


def test_a_deadline_card_must_count_to_a_holiday_the_time_content_knows(tmp_path):
    path, problems = _broken(tmp_path, "inden_jul: {holiday: jul}", "inden_jul: {holiday: julx}")
    assert problems == [f"{path}: deadline_cards: inden_jul: 'julx' is no holiday in nlp/time.yaml"]


def test_moving_a_holiday_in_the_time_content_moves_the_card(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(CONTENT_ROOT / "da", root / "da")
    time = root / "da" / "nlp" / "time.yaml"
    text = time.read_text("utf-8")
    assert "    date: [12, 24]\n" in text
    time.write_text(text.replace("    date: [12, 24]\n", "    date: [12, 23]\n", 1), "utf-8")
    assert deadline_dates(load_content("da", root), date(2026, 11, 20))["inden_jul"] == date(
        2026, 12, 23
    )
