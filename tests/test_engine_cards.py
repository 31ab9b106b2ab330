"""The card ids the engine relies on and the deadline cards' dates are declared in cards.yaml;
a card tapped for what the wish already said adds no label to the goal."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from conftest import understand
from test_engine import DONT_KNOW, TODAY, begin, card, text

from assistant import CONTENT_ROOT
from assistant.content import load_content
from assistant.content.engine_cards import PREFIXES, ROLES
from assistant.dialogs.cards import deadline_dates
from assistant.dialogs.engine import advance
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


def _goal_with(content, wish: str, **answers) -> tuple[str, dict]:
    """The goal of a dialogue with `wish` told at the wish step, the `answers` given by step
    (a card or a text), every other question "ja" or "ved ikke"; and the slots."""
    told = {"wish": text(wish), **answers}
    turn = begin(content)
    for _ in range(40):
        if turn.state.step == "confirm":
            return turn.prompt, turn.state.slots
        ids = [c.id for c in turn.cards]
        answer = told.get(turn.state.step) or (card("ja") if "ja" in ids else DONT_KNOW)
        turn = advance(turn.state, answer, content, TODAY, understand=understand)
    raise AssertionError(f"never reached confirm; stuck at {turn.state.step}")


@pytest.mark.parametrize(
    ("wish", "frequency", "said"),
    [
        # blind86: "Du sagde: hver morgen. Passer det?" and the card "Hver dag"
        ("barbere mig hver morgen med min elektriske barbermaskine", "hver_dag", "hver morgen"),
        ("jeg vil gerne kunne spise min aftensmad selv hver aften", "hver_dag", "hver aften"),
        ("jeg vil gerne vande blomsterne hver mandag", "en_gang_om_ugen", "hver mandag"),
    ],
)
def test_a_frequency_card_that_says_yes_to_the_words_said_keeps_them(
    content, wish, frequency, said
):
    goal, slots = _goal_with(content, wish, frequency=card(frequency))
    assert slots["frequency_said"] == said
    assert goal.count(said) == 1, goal
    label = content.dialogue.cards[frequency].label.lower()
    assert label == said or label not in goal.lower(), goal  # no "hver morgen … hver dag"


def test_a_frequency_card_that_says_another_frequency_replaces_the_words(content):
    goal, slots = _goal_with(content, "jeg vil gerne cykle en tur hver dag", frequency=card(
        "to_gange_om_ugen"))  # fmt: skip
    assert slots["frequency"]["times"] == 2 and slots.get("frequency_said") is None
    assert "to gange om ugen" in goal and "hver dag" not in goal


@pytest.mark.parametrize(
    ("wish", "means"),
    [
        ("barbere mig selv hver morgen med min elektriske barbermaskine",
         "med min elektriske barbermaskine"),
        ("jeg vil gerne vande blomsterne på altanen med min lille vandkande",
         "med min lille vandkande"),
        ("jeg vil gerne kunne skrive julekort med den tykke kuglepen", "med den tykke kuglepen"),
    ],
)  # fmt: skip
def test_the_aid_card_after_a_wish_naming_its_means_adds_no_label(content, wish, means):
    goal, slots = _goal_with(content, wish, independence=card("hjaelpemiddel"))
    assert slots["independence"] == "hjaelpemiddel"
    assert goal.count(means) == 1, goal
    no_aid = content.goals.text("no_aid")
    assert no_aid not in goal, goal  # "… med min barbermaskine med et hjælpemiddel"


@pytest.mark.parametrize(
    ("wish", "means"),
    [
        # blind83: the wish itself sets the aid level ("tykke håndtag"); no card is asked
        ("jeg vil gerne kunne spise selv igen med noget bestik med tykke håndtag",
         "med noget bestik med tykke håndtag"),
        ("min far vil gerne kunne spise sin aftensmad med noget bestik med tykke håndtag",
         "med noget bestik med tykke håndtag"),
    ],
)  # fmt: skip
def test_a_wish_that_sets_the_aid_level_by_its_means_adds_no_label(content, wish, means):
    goal, slots = _goal_with(content, wish)
    assert slots["independence"] == "hjaelpemiddel"
    assert goal.count(means) == 1, goal
    assert content.goals.text("no_aid") not in goal, goal  # "… håndtag med et hjælpemiddel"


def test_the_aid_card_after_a_wish_with_a_person_keeps_the_label(content):
    """ "med min datter" names no thing: the card's aid is still unnamed."""
    goal, slots = _goal_with(
        content, "jeg vil gerne kunne gå en tur med min datter", independence=card("hjaelpemiddel")
    )
    assert slots.get("aid_said") is None
    assert content.goals.text("no_aid") in goal


@pytest.mark.parametrize(
    ("said", "means"),
    [
        ("selv, med min lille malerskammel", "med min lille malerskammel"),
        ("selv. jeg sidder paa min lille malerskammel", "med min lille malerskammel"),
        ("helt selv men med en lang pensel", "med en lang pensel"),
        ("øh selv med min stok", "min stok"),
    ],
)
def test_an_independence_answer_opening_with_selv_keeps_selv_beside_the_aid(content, said, means):
    goal, slots = _goal_with(content, "male plankeværket", independence=text(said))
    assert slots["independence"] == "hjaelpemiddel"
    assert goal.startswith("Dit mål er: Jeg vil selv kunne male plankeværket"), goal
    assert means in goal, goal


def test_an_aid_answer_without_selv_says_no_selv(content):
    goal, _slots = _goal_with(
        content, "male plankeværket", independence=text("med min lille malerskammel")
    )
    assert "Jeg vil kunne male plankeværket med min lille malerskammel" in goal, goal


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("Selv, bare med en flaske vand ved siden af.", "flaske"),
        ("selv, men med telefonen lige ved siden af", "telefon"),
        ("selv altsaa med en kop kaffe ved haanden", "kop"),
    ],
)
def test_a_thing_said_to_stand_beside_is_no_aid(content, said, thing):
    """ "med en flaske vand ved siden af": at hand, not what one manages with: "selv" stays."""
    goal, slots = _goal_with(content, "synge i koret", independence=text(said))
    assert slots["independence"] == "selv"
    assert slots.get("aid_said") is None
    assert thing not in goal, goal


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("altså med en skammel ved siden af så jeg kan tage fat og komme op", "skammel"),
        ("med en stol lige ved siden af som jeg kan holde fast i", "stol"),
        ("oeh med en taburet ved siden af mig til at stoette mig til", "taburet"),
        ("med en kasse ved siden af at tage fat i ikk", "kasse"),
        ("med sofaen lige ved siden af saa jeg kan trække mig op", "sofa"),
        ("med en lav skammel ved siden af så hun kan hive sig op på den", "skammel"),
        ("med en stol ved siden af så jeg kan læne mig til den", "stol"),
    ],
)
def test_a_thing_beside_to_hold_on_to_is_the_aid(content, said, thing):
    """ "med en skammel ved siden af så jeg kan tage fat": beside to hold on to, the means one
    gets up with; it is the goal's aid, never the everyday story's rollator."""
    goal, slots = _goal_with(
        content,
        "jeg vil gerne kunne sætte mig ned på gulvet og lege med barnebarnet og komme op igen selv",
        everyday=text("jeg går med rollatoren ned til købmanden om morgenen"),
        independence=text(said),
    )
    assert slots["independence"] == "hjaelpemiddel"
    assert thing in str(slots.get("aid_said")) or thing in slots["aids"], slots
    assert thing in goal, goal
    assert "rollator" not in goal, goal
