"""A wish no rule reads still names an activity: the golden corpus's word counts guess it, each
word they never saw backed off to a counted one (a clipped dialect form, a compound's last or
first part), when a telling word makes the guess clear; the guess is marked, and the dialogue
still asks for the activity rather than take it (nlp/activity_model.py, dialogs/wish_guess.py)."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen

from assistant.nlp import activity_model, get_analyzer

TODAY = date(2026, 12, 7)
ENDINGS = ("e", "er", "en", "et")


def _model(labelled):
    return activity_model.from_counts(activity_model.count_table(labelled, "da"))


def _corpus():
    """Ten sentences each: drinking coffee, taking pills, cordial made in the kitchen."""
    drink = [(frozenset({"drikke", "kaffe", "kop"}), "spise_og_drikke")] * 10
    pills = [(frozenset({"pille", "medicin", "mælk"}), "egen_sundhed")] * 10
    cook = [(frozenset({"saft", "koge", "gryde"}), "madlavning")] * 10
    return drink + pills + cook


@pytest.mark.parametrize(
    ("word", "near"),
    [
        ("drikk", "drikke"),  # Vestjysk "drikk": the ending said away
        ("kaff", "kaffe"),
        ("pill", "pille"),
        ("hyldeblomstsaft", "saft"),  # a compound's last part
        ("solbærsaften", "saft"),  # … with its ending
        ("mælkekartonen", "mælk"),  # … or, when no last part is counted, its first part
        ("kaffe", "kaffe"),  # a counted word stays itself
    ],
)
def test_a_word_never_counted_backs_off_to_a_counted_one(word, near):
    assert _model(_corpus()).backed_off({word}, ENDINGS) == {near}


@pytest.mark.parametrize("word", ["xyz", "bil", "flimflam", "ko"])
def test_a_word_with_no_counted_neighbour_is_left_out(word):
    assert _model(_corpus()).backed_off({word}, ENDINGS) == frozenset()


def test_the_guess_reads_the_backed_off_words():
    model = _model(_corpus())
    assert model.best({"drikk", "kaff"}) is None  # no word of them counted as said
    assert model.guess({"drikk", "kaff"}, ENDINGS)[0] == "spise_og_drikke"
    assert model.guess({"hyldeblomstsaft"}, ENDINGS)[0] == "madlavning"
    assert model.guess({"xyz"}, ENDINGS) == (None, 0.0)


def test_a_guess_without_a_telling_word_leads_by_little():
    model = _model(_corpus() + [(frozenset({"klare"}), a) for a in ("toilet", "gang")] * 5)
    found, lead = model.guess({"klare"}, ENDINGS)
    assert found is not None and lead < activity_model.GUESS_LEAD  # best() always names one
    found, lead = model.guess({"pill"}, ENDINGS)
    assert found == "egen_sundhed" and lead >= activity_model.GUESS_LEAD


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # dialect and typed forms no rule reads, backed off to the counted word
        ("mor vil gerne selv kunne tage sine pill morgen og aften", "egen_sundhed"),
        ("far vil gerne selv kunne tage sine blodtrykspill igen", "egen_sundhed"),
        ("min far vil gerne selv kunne tage sine pill om aftenen", "egen_sundhed"),
        ("hun vil gerne selv kunne klare sit insulinstik", "egen_sundhed"),
        # an idiom of keeping order no cue names
        ("øh jeg vil gerne kunne holde orden i mine skabe", "rengoering"),
        pytest.param(
            "jeg vil gerne kunne holde orden i mine skabe og skuffer",
            "rengoering",
            marks=pytest.mark.xfail(
                strict=True,
                reason="fix round 53: the activity-model rebuild with blind corpus 91 (b8d50df8) "
                "moved the counts' guess for 'skabe og skuffer' below its bar (no activity); the "
                "same wish without 'og skuffer' is still read",
            ),
        ),
        # reporting a move
        ("han vil gerne selv kunne melde flytning", "daglige_rutiner"),
    ],
)
def test_a_wish_no_rule_reads_gets_the_counts_guess(said, expected):
    facts = get_analyzer().analyze(said, TODAY)
    assert (facts.activity, facts.stance) == (expected, "wish")
    assert facts.area and facts.extras["activity_guessed"] is True


@pytest.mark.parametrize(
    "said",
    [
        # a bare wish names nothing to guess from
        "jeg vil gerne kunne klare mig selv igen",
        "hun vil bare gerne være sig selv igen",
        "han vil gerne kunne det hele selv igen",
        "jeg vil gerne have det som før",
        "jeg vil gerne kunne det igen",
    ],
)
def test_a_bare_wish_gets_no_guess(said):
    facts = get_analyzer().analyze(said, TODAY)
    assert facts.stance == "wish"
    assert facts.activity is None and not facts.extras["activity_guessed"]


@pytest.mark.parametrize(
    "said",
    [
        "min datter bor i Aarhus",  # no wish: nothing is guessed as the activity
        "det ved jeg ikke",
        "hvad mener du",
        "han kan ikke finde ud af det",
        "jeg har en kat der hedder Mis",
        # a confirmation or an answer about when is no wish told with its own doing
        "Ja, det er mit eget mål.",
        "ja det er vel mit mål",
        "til påske ville være godt",
        "nej tak jeg vil helst klare det selv men tak for tilbuddet",
    ],
)
def test_no_told_wish_no_guessed_activity(said):
    facts = get_analyzer().analyze(said, TODAY)
    assert facts.activity is None and not facts.extras["activity_guessed"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("jeg vil gerne kunne gå på trapper igen", "trapper"),  # the rules name it: no guess
        ("mor vil gerne kunne sortere sine piller i æsken", "egen_sundhed"),
        ("jeg vil gerne kunne rydde op i mine skuffer og skabe", "rengoering"),
        ("hun vil gerne kunne klare sin egen opvask igen", "rengoering"),
    ],
)
def test_a_wish_the_rules_read_is_not_marked_guessed(said, expected):
    facts = get_analyzer().analyze(said, TODAY)
    assert facts.activity == expected and not facts.extras["activity_guessed"]


def test_the_dialogue_still_asks_for_a_guessed_activity():
    """The batch reading names the guess; the dialogue asks the person instead."""
    said = "han vil gerne selv kunne melde flytning"
    assert get_analyzer().analyze(said, TODAY).extras["activity_guessed"]
    turn = answered_until(as_citizen(), {"wish": said}, "wish")
    turn = answered_until(turn, {"wish": said}, "activity")
    assert turn.slot == "activity"


def test_the_dialogue_takes_an_activity_the_rules_read():
    turn = answered_until(as_citizen(), {}, "wish")
    turn = answered_until(turn, {"wish": "jeg vil gerne kunne gå på trapper igen"}, "motivation")
    assert "activity" not in [e.get("slot") for e in turn.state.transcript]
