"""Pictures that carry the meaning: no two look-alike cards on one screen, badges the label says,
a staircase for stairs, "how often" and "by when" in different picture families."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from citizen_support import SCRIPT_CARDS

from assistant.dialogs.cards import look_alikes, looks, measure_cards, names_wish, step_cards
from assistant.dialogs.state import DialogueState
from assistant.web.screens import area_cards

LADDER = "1FA9C"  # OpenMoji "ladder": what stairs must not look like
FIRST_DAY = date(2026, 1, 5)


def _states(step, content):
    """The states that change which cards a step shows (activity, sub-goals, offer, re-prompt)."""
    yield "plain", {"slots": {}}
    yield "re-prompt", {"slots": {}, "failures": {step.id: 1}}
    yield "helper", {"slots": {}, "proxy": True}
    yield "offer", {"slots": {}, "difficulty_activity": "trapper"}
    for activity in content.activities:
        yield f"activity {activity}", {"slots": {"activity": activity}}
    for count in range(1, 6):
        yield f"{count} steps", {"slots": {}, "subgoals": [{"text": "x"}] * count}


def _screens(cards, content):
    """Split a step's cards into the screens a person sees: areas first, then one area's cards."""
    others = [c for c in cards if c.id not in content.activities]
    groups: dict[str, list] = {}
    for card in cards:
        if card.id in content.activities:
            groups.setdefault(content.activities[card.id].area, []).append(card)
    if not groups:
        yield "cards", others
        return
    yield "areas", others + area_cards([(content.areas[a], c) for a, c in groups.items()])
    for area, shown in groups.items():
        yield f"area {area}", others + shown


def _every_screen(content):
    """Yield (where, cards) for every screen of every step that shows cards."""
    for step in content.dialogue.steps:
        if not (step.cards or step.simple_cards or step.proxy_cards):
            continue
        days = [FIRST_DAY + timedelta(weeks=w) for w in range(53)]
        for name, raw in _states(step, content):
            state = DialogueState.from_json(raw)
            for today in days if "deadline" in step.cards else days[:1]:
                for screen, cards in _screens(step_cards(step, state, content, today), content):
                    yield f"{step.id}, {name}, {today}, {screen}", cards


def test_no_two_cards_on_one_screen_look_alike(content):
    clashes = {}
    screens = 0
    for where, cards in _every_screen(content):
        screens += 1
        if pairs := look_alikes(cards):
            clashes[where] = pairs
    assert screens > 100  # the walk really reached the dynamic screens
    assert not clashes, "\n".join(f"{w}: {p}" for w, p in list(clashes.items())[:20])


def test_the_check_fails_when_a_badge_goes(content):
    frequency = [content.dialogue.cards[c] for c in content.dialogue.card_sets["frequency"]]
    assert look_alikes(frequency) == []
    stripped = [replace(c, badge=None) for c in frequency]
    assert look_alikes(stripped), "cards that differ only by their badge must be caught"


def _all_cards(content):
    yield from content.dialogue.cards.values()
    for activity in content.activities:
        yield from measure_cards(content, activity)


def _numbers_said(label: str, words: list[str]) -> set[int]:
    said = {int(n) for n in re.findall(r"\d+", label)}
    tokens = re.findall(r"\w+", label.lower())
    said |= {value for value, word in enumerate(words) if word in tokens}
    return said


def test_every_badge_is_said_by_its_label(content):
    words = list(content.goals.common["numbers"])
    unsaid = []
    badges = 0
    for card in _all_cards(content):
        if not card.badge:
            continue
        badges += 1
        shown = {int(n) for n in re.findall(r"\d+", card.badge)}
        if not shown or not shown <= _numbers_said(card.label, words):
            unsaid.append((card.id, card.badge, card.label))
    assert badges >= 20
    assert not unsaid, f"badge numbers the label does not say (it is hidden from readers): {unsaid}"


def test_stairs_are_a_staircase_not_a_ladder(content):
    stairs = [m for m in content.goals.get("trapper").measures if m.unit in ("trin", "etage")]
    assert stairs
    for card in [*stairs, content.activities["trapper"]]:
        assert LADDER not in looks(card)[0], card.id


def test_how_often_and_by_when_are_different_picture_families(content):
    cards = content.dialogue.cards
    often = {code for c in content.dialogue.card_sets["frequency"] for code in looks(cards[c])[0]}
    when = {code for c in ("om_4_uger", "om_8_uger", "om_12_uger") for code in looks(cards[c])[0]}
    assert often and when and not (often & when), often & when


def test_the_face_scale_has_five_different_faces(content):
    faces = [looks(content.dialogue.cards[str(n)])[0] for n in range(1, 6)]
    assert len(set(faces)) == 5


def test_the_page_draws_badges_hidden_from_screen_readers(citizen):
    citizen.start(pictures=True)
    for _ in range(30):
        if citizen.slot in ("frequency", None):
            break
        citizen.pick(SCRIPT_CARDS.get(citizen.slot))
    assert citizen.slot == "frequency"
    badges = re.findall(
        r'<span class="badge" aria-hidden="true" data-badge>([^<]+)</span>', citizen.page
    )
    assert badges == ["3×", "2×", "1×"]
    # the face scale: the five faces in one list, "Ved ikke" in a list of its own
    while citizen.slot not in ("current_level", None):
        citizen.act("back")
    assert citizen.slot == "current_level"
    scale = re.search(r'<ul class="cards scale".*?</ul>', citizen.page, re.S).group(0)
    assert re.findall(r'name="card" value="([^"]+)"', scale) == ["1", "2", "3", "4", "5"]


def test_the_measure_cards_that_name_the_wishs_words_come_first(content):
    """ "bil. ind. ud.": the car card leads the transfer cards; with no words told (or only a
    card's label) the content order stays, so a picture answer keeps its place."""
    plain = [c.id for c in measure_cards(content, "forflytning")]
    car = [c.id for c in measure_cards(content, "forflytning", "bil. ind. ud.")]
    assert car[0] == "bil" and plain[0] != "bil" and sorted(car) == sorted(plain)
    bed = [c.id for c in measure_cards(content, "forflytning", "komme ud af sengen om morgenen")]
    assert bed[0] == "seng"
    assert [c.id for c in measure_cards(content, "forflytning", "øh ja")] == plain


def test_a_measure_card_names_the_wish_by_its_words(content):
    """ "bil. ind. ud." names the car card, not the chair cards; "øh ja" names none."""
    by_id = {m.id: m for m in content.goals.get("forflytning").measures}
    assert names_wish(by_id["bil"], "bil. ind. ud.")
    assert names_wish(by_id["seng"], "ud af sengen om morgenen")
    assert not names_wish(by_id["rejse_5"], "bil. ind. ud.")
    assert not any(names_wish(m, "øh ja") for m in by_id.values())
