"""Fix round 54 (f2): fragment answers read by slot roles (blind rounds 174-176).

A wish typed as fragments in any order ("Rav. Slibe igen. Smykker.", "Ponyerne. Strigle.
Fodre.", "Gokart. Køre igen. Barnebarnet.") is read part by part into roles (verbs, a thing,
things, people, "igen", "selv") and said in one fixed order: "slibe rav til smykker igen",
"strigle og fodre ponyerne", "køre gokart med barnebarnet igen" (nlp/fragment_slots.py). A
measure of an amount and the wish's own participles ("Alle tre. Striglet. Fodret.") counts the
wish's things with both its verbs; a scale number searched for ("øh en en ja en") is said once;
a person typed alone beside a wish's pieces is its company, no activity of its own; "en håndgas",
"nabopigen". Each with counter-examples: a refused deed, another's clause, a longer part, a
person who may be company or the one done to, a verb that is a noun too.
"""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import dialogue_goal
from engine_support import answered_until, as_citizen

from assistant.content import get_content
from assistant.dialogs.cards import scale_value
from assistant.nlp import get_analyzer
from assistant.nlp.telegraph import listed_things

CONTENT = get_content("da")
TODAY = date(2026, 12, 7)


def _joined(said: str) -> str | None:
    """The wish typed in fragments as the analyzer joins it, in small letters."""
    analyzer = get_analyzer()
    joined = analyzer._fragments(analyzer._columns(said)[1])
    return joined.lower() if joined else None


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        # blind174 Erik: the noun first, the verb with "igen", what it is made into last
        ("Rav. Slibe igen. Smykker.", "slibe rav til smykker igen"),
        ("rav. slibe igen. smykker.", "slibe rav til smykker igen"),
        ("øh rav. øh slibe igen. smykker.", "slibe rav til smykker igen"),
        ("Rav. Slibe. Smykker. Igen.", "slibe rav til smykker igen"),
        ("Smykker. Rav. Slibe igen.", "slibe rav til smykker igen"),  # the nearest the verb
        # blind175 Inger: the noun first, two verbs after
        ("Ponyerne. Strigle. Fodre.", "strigle og fodre ponyerne"),
        ("ponyerne. strigle. fodre.", "strigle og fodre ponyerne"),
        ("Ponyerne, strigle, fodre", "strigle og fodre ponyerne"),
        ("ponyerne. strigle. fodre. igen.", "strigle og fodre ponyerne igen"),
        ("Hendes ponyer. Strigle. Fodre.", "strigle og fodre hendes ponyer"),  # a relative's
        ("Kaninerne. Passe. Fodre. Igen.", "passe og fodre kaninerne igen"),
        ("Gulvet. Vaske. Feje.", "vaske og feje gulvet"),
        ("Brød. Bage. Ælte.", "bage og ælte brød"),
        ("Hunden. Børste. Fodre.", "børste og fodre hunden"),
        # a verb with its particle: the thing after the first verb
        ("Hønsene. Fodre. Muge ud.", "fodre hønsene og muge ud"),
        ("Kaniner. Passe. Fodre. Muge ud.", "passe kaniner, fodre og muge ud"),
        # a verb that is a noun too ("vande": waters), typed right after the verb
        ("Blomster. Plante. Vande.", "plante og vande blomster"),
        # blind176 Helge: a word no table knows, the verb with "igen", the grandchild as company
        ("Gokart. Køre igen. Barnebarnet.", "køre gokart med barnebarnet igen"),
        ("gokart. kore igen. barnebarnet.", "køre gokart med barnebarnet igen"),  # no æøå
        ("Gokart. Køre igen. Mit barnebarn.", "køre gokart med mit barnebarn igen"),
        ("Barnebarnet. Gokart. Køre igen.", "køre gokart med barnebarnet igen"),
        ("Gokart. Køre. Barnebarnet. Igen.", "køre gokart med barnebarnet igen"),
        ("Rav. Slibe. Smykker. Naboen.", "slibe rav til smykker med naboen"),
        # a person done to, by the verb's lead
        ("Datteren. Ringe. Selv.", "ringe til datteren. selv"),
        ("Mormor. Ringe. Igen.", "ringe til mormor igen"),
        ("Naboen. Snakke. Haven.", "snakke med naboen i haven"),
    ],
)
def test_a_wish_typed_in_pieces_is_read_by_role(said, joined):
    """Blind174 Erik, blind175 Inger, blind176 Helge: noun-first fragment wishes were lost."""
    assert _joined(said) == joined


@pytest.mark.parametrize(
    "said",
    [
        "Rav. Ikke slibe. Smykker.",  # a deed refused
        "Ikke. Ponyerne. Strigle.",  # "ikke" alone: no slot
        "Gokart. Ikke køre. Barnebarnet.",
        "Sønnen. Strigle. Fodre.",  # the son with two verbs: his deed or company?
        "Sønnen vil. Strigle. Fodre.",  # another's clause
        "Gokart. Køre igen. Datteren bange.",  # a part with a clause of its own
        "Frisør. Læge.",  # things listed, no verb
        "Spille. Barnebarnet.",  # with the grandchild, or the grandchild's game?
        "Barnebarnet. Lege. Igen.",
    ],
)
def test_pieces_the_reader_leaves_alone(said):
    """A refusal, another's clause, a person of no known role: no phrase by role."""
    assert _joined(said) is None


def test_a_part_with_a_clause_is_no_thing():
    """ "Ponyerne hun har.": a relative clause in a part; the part is no thing the verbs take."""
    assert "strigle og fodre ponyerne" not in (_joined("Ponyerne hun har. Strigle. Fodre.") or "")


def test_a_word_no_table_knows_is_a_thing_beside_one_verb_only():
    """ "øjne. makula. læse.": with two verbs (one a noun too), the unknown word is no object."""
    assert "læse makula" not in (_joined("øjne. makula. læse.") or "")


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("Rav. Slibe igen. Smykker.", "fritid"),
        ("Ponyerne. Strigle. Fodre.", "fritid"),
        ("jeg vil gerne slibe rav igen", "fritid"),
        ("hun laver smykker", "fritid"),
    ],
)
def test_amber_and_jewellery_ground_are_a_pastime(said, activity):
    """Blind174 Erik: the wish named no activity, so it was asked three times."""
    assert get_analyzer().analyze(said, TODAY).activity == activity


def test_jewellery_put_on_stays_dressing():
    """Counter-example: putting one's jewellery on is dressing, no craft."""
    facts = get_analyzer().analyze("jeg kan ikke tage mine smykker på", TODAY)
    assert facts.activity == "paaklaedning"


def _asked(answers: dict, slot: str) -> int:
    """How often `slot` was asked in a citizen's dialogue walked to the confirm question."""
    turn = answered_until(as_citizen(), answers, "confirm")
    return sum(1 for e in turn.state.transcript if e.get("slot") == slot)


def test_a_person_typed_alone_is_the_wish_s_company_no_activity_of_its_own():
    """Blind176 Helge: 'Barnebarnet.' as a piece named a visit, the pieces disagreed and the
    activity was asked three times; now asked never."""
    answers = {"wish": "Gokart. Køre igen. Barnebarnet.", "people": "ingen"}
    assert _asked(answers, "activity") == 0


def test_pieces_that_name_two_deeds_still_ask():
    """Counter-example: "posten. selv hente. ude ved vejen" names the mail and a walk."""
    assert _asked({"wish": "posten. selv hente. ude ved vejen"}, "activity") >= 1


def test_an_amount_of_the_wish_s_things_done_by_both_its_verbs():
    """Blind175 Inger: 'Alle tre. Striglet. Fodret.' was kept as 'alle tre er striglet. Fodret.'."""
    goal = dialogue_goal(wish="Ponyerne. Strigle. Fodre.", measure="Alle tre. Striglet. Fodret.")
    assert "strigle og fodre ponyerne" in goal
    assert "når jeg kan strigle og fodre alle tre ponyer" in goal
    assert "Fodret" not in goal


def test_an_amount_without_the_wish_s_participle_counts_nothing_more():
    """Counter-example: a participle of another verb ('Malet.') is no deed of the wish."""
    goal = dialogue_goal(wish="Ponyerne. Strigle. Fodre.", measure="Alle tre. Malet.")
    assert "alle tre ponyer" not in goal


def test_one_verb_wish_keeps_its_one_verb():
    """Counter-example: a wish of one verb with 'og' after its object keeps the verb alone."""
    goal = dialogue_goal(wish="jeg vil gerne bage boller og kage", measure="12 boller")
    assert "bage og" not in goal


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("øh en en ja en", 1),  # blind176 Kaj
        ("en en", 1),
        ("to øh to", 2),
        ("tre tre", 3),
        ("fire fire ja fire", 4),
        ("fem fem helt sikkert", 5),
        ("et et ja et", 1),
        # counter-examples: other numbers said after it stay
        ("en to", 2),
        ("en en to", 2),
        ("to måske en og en halv nej to", 2),
        ("to, nej tre", 3),
        ("en gang om ugen", None),
        ("to to børn", None),
    ],
)
def test_a_scale_number_searched_for_is_said_once(said, value):
    """Blind176 Kaj (aphasia): 'øh en en ja en' was asked three times."""
    assert scale_value(said, CONTENT.dialogue) == value


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("Håndgas. Ryghynde.", ["en håndgas", "en ryghynde"]),
        ("håndgas. ryghynde", ["en håndgas", "en ryghynde"]),
        ("Ryghynde. Håndgas. Pude.", ["en ryghynde", "en håndgas", "en pude"]),
    ],
)
def test_a_hand_throttle_and_a_back_cushion_are_things(said, things):
    """Blind176 Helge: 'Håndgas. Ryghynde.' was no answer to how (asked three times)."""
    assert listed_things(said, CONTENT.goals.grammar) == things


def test_the_aids_typed_as_fragments_answer_how():
    """Blind176 Helge: the aids are said after 'med' in the goal."""
    goal = dialogue_goal(wish="Gokart. Køre igen. Barnebarnet.", independence="Håndgas. Ryghynde.")
    assert "med en håndgas og en ryghynde" in goal


@pytest.mark.parametrize(
    ("said", "people"),
    [
        ("Nabopigen Laura. Ikke sønnen.", ["nabo", "søn"]),
        ("nabodrengen slår græsset for mig", ["nabo"]),
    ],
)
def test_the_neighbours_child_is_the_neighbour(said, people):
    """Blind175 Inger: 'Nabopigen Laura.' was not read (goal.people empty)."""
    assert sorted(get_analyzer().analyze(said, TODAY).people) == people
