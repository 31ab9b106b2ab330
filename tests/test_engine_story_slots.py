"""A fact told in a story fills a slot only when it is said as the goal's; else it is asked.

The everyday answer and a wish answer told as a long story name many things: a vague wish ("jeg
vil gerne klare det selv"), how far a place lies ("stoppestedet ligger 200 meter henne"), help
the person has or was offered today. None of them is the goal's wish, measure or helper, so the
wish, measure and people questions are still asked (round 23).
"""

from __future__ import annotations

import pytest
from test_engine import begin, card, go, text, until


def _asked(turn, content, stop: str) -> list[str]:
    """The steps asked from `turn` on (each answered "ved ikke") until `stop` is asked."""
    asked = []
    for _ in range(40):
        asked.append(turn.slot)
        if turn.slot == stop:
            return asked
        turn = go(turn, content, card("ved_ikke"))
    raise AssertionError(f"never reached {stop}: {asked}")


def _relative(content):
    turn = begin(content, who="paaroerende")
    return go(until(turn, content, "about"), content, text("min far"))


@pytest.mark.parametrize(
    ("who", "story"),
    [
        (
            "borger",
            "jeg bor alene og om natten skal jeg ud paa toilettet to gange og saa maa jeg "
            "ringe efter hjemmeplejen. jeg vil gerne kunne klare det selv",
        ),
        (
            "borger",
            "øh ja altså jeg har haft en blodprop ikk og nu sidder jeg mest i stolen og "
            "ser fjernsyn og min kone hun gør det hele men jeg vil så gerne gøre det selv igen",
        ),
        (
            "paaroerende",
            "Far er 91 og ser dårligt. Hjemmeplejen kommer to gange om dagen. Han er "
            "stædig og vil helst klare det hele selv",
        ),
        (
            "paaroerende",
            "han har det svaert efter mor doede, han sidder meget inde, han vil gerne "
            "klare sig selv igen",
        ),
    ],
)
def test_a_wish_that_names_nothing_to_do_in_the_story_asks_the_wish(content, who, story):
    """ "… jeg vil gerne kunne klare det selv": a wish verb with only "det", "det hele" or "mig
    selv" after it tells no goal; the wish question is asked, not skipped."""
    turn = _relative(content) if who == "paaroerende" else begin(content)
    turn = go(until(turn, content, "everyday"), content, text(story))
    assert "wish" in _asked(turn, content, "motivation")


@pytest.mark.parametrize(
    "story",
    [
        "jeg bor alene i et hus, og jeg vil så gerne kunne gå i svømmehallen igen",
        "øh jeg sidder mest inde ikk men jeg vil gerne klare trapperne selv igen",
    ],
)
def test_a_wish_that_names_a_thing_to_do_in_the_story_is_the_wish(content, story):
    turn = go(until(begin(content), content, "everyday"), content, text(story))
    assert "wish" not in _asked(turn, content, "motivation")


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("øh det med at komme ud i haven selv", "komme ud i haven"),
        ("det der med at handle i netto igen", "handle i netto"),
        ("altsaa noget med at gaa til frisoeren", "gå til frisøren"),
    ],
)
def test_a_wish_said_as_its_topic_keeps_its_own_words(content, said, action):
    """ "øh det med at komme ud på badeværelset om natten": the phrase after "det med at" is the
    wish's own words, not lost to the measure answer."""
    turn = go(until(begin(content), content, "wish"), content, text(said))
    assert action in turn.state["slots"].get("own_action", "").lower()


@pytest.mark.parametrize(
    "wish",
    [
        "Butikken ligger en 400 meter væk. Jeg vil gerne selv kunne handle igen.",
        "øh stoppestedet ligger 300 m herfra ikk og jeg vil gerne kunne tage bussen til byen",
        "Min søster bor 2 km væk og før i tiden tog jeg bussen derhen. Jeg vil gerne kunne "
        "besøge hende igen.",
    ],
)
def test_how_far_a_place_lies_before_a_wish_going_nowhere_is_no_measure(content, wish):
    """ "Stoppestedet ligger 200 meter henne ad vejen … jeg vil gerne tage bussen": the distance
    describes the place; the wish is no walk there, so it is no measure and the measure question
    is asked."""
    turn = go(until(begin(content), content, "wish"), content, text(wish))
    assert not turn.state["slots"].get("measures")
    assert "measure" in _asked(turn, content, "measure")


@pytest.mark.parametrize(
    "wish",
    [
        "min datter bor 3 km væk og jeg vil gerne cykle derud igen",
        "bageren er 500 meter herfra ikk og jeg vil gerne kunne gaa derhen selv",
    ],
)
def test_how_far_a_place_lies_before_a_wish_going_there_is_the_way(content, wish):
    """A wish that goes there keeps the distance as the way, and the sign is still asked."""
    turn = go(until(begin(content), content, "wish"), content, text(wish))
    assert turn.state["slots"].get("measures")
    assert "measure" in _asked(turn, content, "measure")


@pytest.mark.parametrize(
    "wish",
    [
        "jeg vil gerne kunne gå 200 meter væk fra huset",
        "hun vil gerne kunne gaa 300 meter hen ad vejen igen",
    ],
)
def test_a_distance_in_the_wish_itself_is_the_measure(content, wish):
    turn = go(until(begin(content), content, "wish"), content, text(wish))
    assert turn.state["slots"].get("measures")
    assert "measure" not in _asked(turn, content, "frequency")


@pytest.mark.parametrize(
    "wish",
    [
        "Før kørte min søn mig til frisøren hver fredag. Men han er flyttet. Jeg vil gerne selv "
        "kunne tage bussen derhen igen.",
        "Hjemmeplejen har tilbudt at gå med mig. Men det vil jeg ikke. Jeg vil så gerne selv "
        "kunne gå ned til kiosken igen.",
        "Min nabo handler for mig om fredagen. Jeg vil gerne kunne handle selv igen.",
        "Min søn kører mig til lægen hver uge. Jeg vil så gerne selv kunne tage bussen ind til "
        "byen igen.",
        "Hjemmeplejen hjælper ham i bad om morgenen. Han vil gerne kunne gå en tur i parken "
        "igen, det savner han.",
        "oeh min datter hun hjaelper mig med indkoebene. jeg vil gerne kunne bage boller igen",
    ],
)
def test_help_told_in_the_story_around_a_wish_asks_who_helps(content, wish):
    """Help the person has or was offered, told in a sentence of its own around the wish, is
    today's; "Hvem kan hjælpe dig?" is still asked and its answer decides."""
    turn = go(until(begin(content), content, "wish"), content, text(wish))
    turn = until(turn, content, "people")
    turn = go(turn, content, text("min datter kan tage med de første gange"))
    assert turn.state["slots"]["people"] == ["datter"]


def test_help_said_in_the_wish_sentence_itself_answers_who_helps(content):
    wish = (
        "Jeg har altid elsket at svømme. Jeg vil gerne i svømmehallen igen med hjælp fra min "
        "datter."
    )
    turn = go(until(begin(content), content, "wish"), content, text(wish))
    assert "datter" in turn.state["slots"]["people"]
    assert "people" not in _asked(turn, content, "subgoals")
