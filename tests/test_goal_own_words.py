"""The goal keeps the citizen's own words: classes found by the goal corpus (benchmarks/goals.py).

Each test uses new sentences of its own, said the way people talk and type (fillers, no æøå,
relatives in the third person).
"""

from __future__ import annotations

import pytest
from goal_corpus import check
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp.compose import compose
from assistant.nlp.grammar import polish

CONTENT = get_content("da")
GOALS = CONTENT.goals
GRAMMAR = GOALS.grammar
WEEKLY = {"times": 1, "per": "week", "every": 1}


@pytest.mark.parametrize(
    ("activity", "own", "kept"),
    [
        ("rengoering", "støvsuge stuen og køkkenet", "stuen og køkkenet en gang om ugen"),
        ("rengoering", "vaske gulv i gangen og badeværelset", "badeværelset en gang om ugen"),
        ("rengoering", "tørre støv af i stuen og soveværelset", "soveværelset en gang om ugen"),
        ("rengoering", "gøre rent i køkkenet og toilettet", "toilettet en gang om ugen"),
        ("rengoering", "støvsuge huset og gulvet", "gulvet en gang om ugen"),
        ("fritid", "vande blomsterne i vinduet og tæppet", "tæppet en gang om ugen"),
    ],
)
def test_a_definite_noun_after_og_before_the_frequency_is_no_participle(activity, own, kept):
    """'… stuen og køkkenet en gang om ugen': 'køkkenet' is the kitchen, no participle made an
    infinitive ('køkkene')."""
    goal = compose({"activity": activity, "own_action": own, "frequency": WEEKLY}, GOALS)[0]
    assert kept in goal, goal


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("kan rulle håret op og taget dem ud", "kan rulle håret op og tage dem ud"),
        (
            "kan tage strømperne på og taget dem af igen",
            "kan tage strømperne på og tage dem af igen",
        ),
    ],
)
def test_a_joined_participle_with_its_object_is_still_the_infinitive(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("activity", "own", "kept"),
    [
        ("madlavning", "lave aftensmad til os begge to", "til os begge to"),
        ("indkoeb", "handle ind for os begge to i brugsen", "for os begge to"),
        ("madlavning", "smøre madpakker til dem begge to om morgenen", "til dem begge to"),
        ("socialt_samvaer", "drikke kaffe med dem begge to om søndagen", "med dem begge to"),
        ("rengoering", "vaske tøj for os begge to", "for os begge to"),
    ],
)
def test_begge_to_after_an_object_pronoun_is_the_objects(activity, own, kept):
    """'lave noget nemt til os begge to': both of them are whom it is for, no spoken filler."""
    goal = compose({"activity": activity, "own_action": own, "speaker": "citizen"}, GOALS)[0]
    assert kept in goal, goal
    assert not grammar_problems(goal), goal


@pytest.mark.parametrize(
    "own",
    [
        "begge to gå til seniorgymnastik i hallen",
        "begge to komme med på busturen",
    ],
)
def test_begge_to_said_of_the_subject_stays_out_of_the_phrase(own):
    """'vi vil gerne begge to gå til …': the two are the subject, the goal's phrase starts at
    the verb."""
    goal = compose({"activity": "fritid", "own_action": own, "speaker": "citizen"}, GOALS)[0]
    assert "begge" not in goal, goal


@pytest.mark.parametrize(
    ("said", "relative", "kept"),
    [
        (
            "jeg vil gerne kunne støvsuge selv igen altså bare stuen og gangen en gang om ugen",
            False,
            "støvsuge igen, bare stuen og gangen",
        ),
        (
            "mor vil gerne selv kunne vaske op igen altsaa bare kopperne og tallerknerne efter "
            "morgenmaden",
            True,
            "vaske op igen, bare kopperne og tallerknerne",
        ),
        (
            "øh jeg vil gerne lave mad igen altså kun morgenmad og frokost",
            False,
            "lave mad igen, kun morgenmad og frokost",
        ),
        (
            "far vil gerne ordne haven igen altså bare det lette sådan luge og vande blomsterne",
            True,
            "ordne haven igen, bare det lette: luge og vande blomsterne",
        ),
        (
            "jeg vil gerne handle selv igen altså bare de små ting sådan mælk og brød",
            False,
            "handle igen, bare de små ting: mælk og brød",
        ),
        (
            "jeg vil gerne kunne gå ud at gå igen altså bare en tur rundt om blokken",
            False,
            "igen, bare en tur rundt om blokken",
        ),
    ],
)
def test_a_wish_narrowed_after_altsaa_bare_keeps_its_narrowing(said, relative, kept):
    """'gøre rent selv igen altså bare det lette sådan støve af og vaske op': how much of it the
    citizen wants is theirs; it stays after a comma, its examples after a colon."""
    found = check(said, relative, CONTENT)
    assert kept in found.goal, found.goal
    assert not found.problems, found


@pytest.mark.parametrize(
    ("own", "kept"),
    [
        ("gå i bad selv øh tage et brusebad", "tage et brusebad"),  # a self-repair
        ("komme ud altså bare gå en tur", "komme ud"),  # the wish said again, a verb
    ],
)
def test_a_filler_before_a_verb_is_no_narrowing(own, kept):
    goal = compose({"activity": "gang", "own_action": own, "speaker": "citizen"}, GOALS)[0]
    assert kept in goal and "bare" not in goal, goal


@pytest.mark.parametrize(
    ("said", "relative", "kept"),
    [
        (
            "far har faaet en rollator men han vil gerne kunne gaa ud til postkassen uden den",
            True,
            "uden rollatoren",
        ),
        (
            "jeg bruger et gangstativ inde men jeg vil gerne kunne gå ud i køkkenet uden det",
            False,
            "uden gangstativet",
        ),
        (
            "mor har en badestol men hun vil gerne kunne tage et brusebad uden den igen",
            True,
            "uden badestolen",
        ),
        (
            "øh jeg har sådan en sengegalge nu men jeg vil gerne kunne komme op af sengen uden "
            "den om en måned",
            False,
            "uden sengegalgen",
        ),
        (
            "han går med stok derhjemme men han vil gerne gå op på første sal uden den",
            True,
            "uden stokken",
        ),
        (
            "jeg har en rollator men jeg vil gerne kunne gå over til naboen uden den igen",
            False,
            "uden rollatoren",
        ),
    ],
)
def test_uden_den_says_the_aid_named_before(said, relative, kept):
    """'… har fået en kørestol men han vil gerne kunne gå … uden den': without which is the
    wish's own point; the goal names the aid ('uden kørestolen'), no bare 'uden den' dropped."""
    found = check(said, relative, CONTENT)
    assert kept in found.goal, found.goal
    assert not found.problems, found


@pytest.mark.parametrize(
    ("said", "lacks"),
    [
        ("jeg har en rollator og jeg vil gerne kunne gå uden den store rollator", "rollatoren"),
        ("jeg vil gerne kunne klare mig uden den hjælp fra kommunen", "uden rollatoren"),
    ],
)
def test_uden_den_before_a_word_of_its_noun_stays(said, lacks):
    found = check(said, False, CONTENT)
    assert lacks not in found.goal, found.goal


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("min kone og jeg vil gerne gå til dans igen om tirsdagen", "sammen med min kone"),
        (
            "vi vil gerne begge to gaa til senior gymnastik i hallen hver onsdag min mand og jeg",
            "seniorgymnastik i hallen sammen med min mand",
        ),
        (
            "min mand og jeg vil saa gerne kunne tage paa ferie til Skagen igen til sommer",
            "Skagen igen sammen med min mand",
        ),
        ("øh vi vil gerne kunne gå en tur sammen igen min kone og jeg", "tur sammen med min kone"),
        ("min søster og jeg vil gerne på højskole en uge til sommer", "sammen med min søster"),
        (
            "altså vi vil gerne kunne spille kort hos naboen om torsdagen igen min mand og jeg ikk",
            "sammen med min mand",
        ),
    ],
)
def test_a_wish_two_make_together_names_the_other_as_company(said, kept):
    """'min kone og jeg vil gerne …', 'vi vil gerne begge to … min mand og jeg': the citizen's
    wish is to do it with the other; the goal says so in their words ('sammen med min kone')."""
    found = check(said, False, CONTENT)
    assert kept in found.goal, found.goal
    assert not found.problems, found


@pytest.mark.parametrize(
    "said",
    [
        "min søn og jeg bor sammen og jeg vil gerne selv kunne lave noget nemt til os",
        "min datter og jeg har talt om det og jeg vil gerne kunne gå i svømmehallen igen",
    ],
)
def test_a_pair_that_is_no_subject_of_the_wish_names_no_company(said):
    found = check(said, False, CONTENT)
    assert "sammen med" not in found.goal, found.goal
