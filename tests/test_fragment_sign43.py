"""A sign typed in one-word fragments (round 43, blind145 Inger "rive. grus. plante. vande. hele.
gravstedet. selv.", blind146 Erna "alle. 12. gaver. pakket. selv. sløjfe. på."): written as verb
phrases when its verbs take the things after them, as an amount for the wish's own verb when it
opens with one, and else kept out of the goal sentence (the SMART verdict keeps it for staff); a
verb's particle typed as a fragment of its own joins the verb of a wish ("pakke. ind."). Signs
in fragments of more words are left to the goal's own rules ("Begge sko. Bundet.").
Unit rules and the real engine with the real content."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft
from assistant.nlp.compose import criterion_phrase
from assistant.nlp.fragment_sign import (
    amount_of_fragments,
    self_first,
    sign_of_fragments,
    telegram,
    unread,
)

G = CONTENT.goals.grammar
CUES = CONTENT.lexicon.action


def _joined(said: str) -> str | None:
    return sign_of_fragments(said, G, CUES.fragment_particles, CUES.fragment_motion_verbs)


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("feje. fortovet. selv.", "selv feje fortovet"),
        ("vande. blomsterne. igen.", "vande blomsterne igen"),
        ("luge. ukrudt. selv. vande. tomaterne.", "selv luge ukrudt og vande tomaterne"),
        ("Selv. Rive. Grus. Plante.", "selv rive grus og plante"),
        ("gå. hele. vejen. selv.", "selv gå hele vejen"),
        ("hænge. vasketøj. op. selv.", "selv hænge vasketøj op"),
        ("tømme. opvaskemaskinen. selv.", "selv tømme opvaskemaskinen"),
        ("pakke. gaverne. ind. selv.", "selv pakke gaverne ind"),
    ],
)
def test_verbs_take_the_things_typed_after_them(said, joined):
    assert _joined(said) == joined


@pytest.mark.parametrize(
    "said",
    [
        "alle. 12. gaver. pakket. selv. sløjfe. på.",  # no verb first
        "gå. posten. selv.",  # a place for a verb of going, its preposition unknown
        "bage. boller. 20.",  # a number with nothing counted after it
        "pudse. vinduer. alle.",
        "passe. Aksel. selv.",  # a name among small letters
        "ukrudt. væk. græs. slået. pænt.",
        "kaffe. kage.",
    ],
)
def test_fragments_that_make_no_verb_phrase_are_not_joined(said):
    assert _joined(said) is None


@pytest.mark.parametrize(
    ("said", "verb", "amount"),
    [
        ("alle. 20. julekort. skrevet. selv.", "skrive", "selv alle 20 julekort"),
        ("begge. vinduer. pudset.", "pudse", "begge vinduer"),
        ("hele. stuen. støvsuget. selv.", "støvsuge", "selv hele stuen"),
        ("10. boller. bagt.", "bage", "10 boller"),
        ("Alle. Tre. Kager. Bagt. Selv.", "bage", "selv alle tre kager"),
        ("alle. gaver. sløjfe. på.", "pakke", "alle gaver med sløjfe på"),
    ],
)
def test_an_amount_typed_in_fragments_is_one_for_the_wishs_verb(said, verb, amount):
    assert amount_of_fragments(said, G, verb) == amount


@pytest.mark.parametrize(
    ("said", "verb"),
    [
        ("gaver. pakket.", "pakke"),  # no amount
        ("alle. 12. gaver. malet.", "pakke"),  # another verb's participle: something else
        ("alle. 12. gaver. pakket. selv. sløjfe.", "pakke"),  # a thing left over
        ("alle. 12.", "pakke"),  # nothing counted
        ("alle. 12. gaver.", ""),  # no wish verb to take it
    ],
)
def test_no_amount_without_a_counted_thing_and_the_wishs_verb(said, verb):
    assert amount_of_fragments(said, G, verb) is None


@pytest.mark.parametrize(
    ("said", "read", "kept_out"),
    [
        ("rive. grus. selv.", True, True),
        ("10. boller.", True, False),
        ("Begge sko. Bundet.", False, False),
        ("frisør. læge. ingen glemt.", False, False),
        ("jeg vil gerne kunne gå helt ned til havnen.", False, False),
    ],
)
def test_only_one_word_fragments_are_this_rules(said, read, kept_out):
    assert telegram(said) is read
    assert unread(said) is kept_out


def _goal(answers: dict) -> tuple[str, str]:
    """(the goal sentence of the summary, the SMART measurable reason staff read)."""
    turn = at_summary(answers)
    draft = build_draft(turn.state, CONTENT, TODAY)
    return turn.prompt.split("\n")[0], draft["goal"]["smart"]["measurable"]["reason"]


@pytest.mark.parametrize(
    ("answers", "sign"),
    [
        (
            {"wish": "haven. passe. selv. igen.", "measure": "luge. ukrudt. vande. blomsterne."},
            "når jeg kan luge ukrudt og vande blomsterne",
        ),
        (
            {"wish": "julekort. skrive. selv. igen.", "measure": "alle. 20. julekort. skrevet."},
            "når jeg kan skrive alle 20 julekort",
        ),
        (
            {"wish": "stuen. støvsuge. selv.", "measure": "hele. stuen. støvsuget. selv."},
            "når jeg selv kan støvsuge hele stuen",
        ),
        (
            {"wish": "boller. bage. selv. igen.", "measure": "10. boller. bagt. selv."},
            "når jeg selv kan bage 10 boller",
        ),
        (
            {"wish": "gaver. pakke. ind. selv.", "measure": "alle. gaver. pakket. sløjfe. på."},
            "når jeg kan pakke alle gaver med sløjfe på",
        ),
    ],
)
def test_the_goal_says_the_sign_as_verb_phrases(answers, sign):
    text, _ = _goal(answers)
    assert sign in text, text
    assert ". " not in text.split("når jeg", 1)[1].split(". Er det")[0], text


@pytest.mark.parametrize(
    "answers",
    [
        {"wish": "haven. passe. selv. igen.", "measure": "alle. bede. pæne. selv."},
        {"wish": "min have. passe. igen.", "measure": "ukrudt. væk. græs. slået. pænt."},
        {"wish": "gaver. pakke. ind. selv.", "measure": "alle. gaver. pakket. sløjfe."},
    ],
)
def test_fragments_that_make_no_phrase_stay_out_of_the_goal_for_staff(answers):
    text, measurable = _goal(answers)
    said = answers["measure"].rstrip(".")
    assert "når jeg" not in text, text
    assert said.split(". ")[0] + "," not in text, text  # no fragments joined by commas
    assert said in measurable, measurable  # staff read it as typed


def test_a_sign_in_fragments_of_more_words_keeps_its_own_reading():
    text, _ = _goal({"wish": "gaver. pakke. ind. selv.", "measure": "Begge sko. Bundet."})
    assert "begge sko er bundet" in text, text


TODAY_WISH = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("julegaver. pakke. ind. selv. igen.", "pakke julegaver ind igen"),
        ("gaver. pakke. ind.", "pakke gaver ind"),
        ("øh julegaverne. pakke. ind. selv.", "pakke julegaverne ind"),
        ("knapper. sy. i. selv.", "sy knapper i"),
    ],
)
def test_a_particle_typed_apart_joins_the_wishs_verb(wish, action):
    facts = understand(wish, TODAY_WISH)
    assert (facts.extras or {}).get("action") == action
    assert facts.activity == "fritid"


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("fortov. feje. selv. igen.", "feje fortovet igen"),  # no particle: unchanged
        ("hente. avisen. ind.", "hente avisen"),  # the particle not right after the verb
    ],
)
def test_no_particle_apart_leaves_the_wish_as_before(wish, action):
    assert (understand(wish, TODAY_WISH).extras or {}).get("action") == action


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne pakke julegaverne ind til børnebørnene",
        "min datter siger hun vil pakke gaverne ind selv igen",
        "pakke gaver ind",
    ],
)
def test_wrapping_presents_is_a_pastime(said):
    assert understand(said, TODAY_WISH).activity == "fritid"


@pytest.mark.parametrize("said", ["pakke kufferten", "jeg vil pakke min taske selv"])
def test_packing_a_bag_is_no_present(said):
    assert understand(said, TODAY_WISH).activity != "fritid"


@pytest.mark.parametrize(
    ("said", "moved"),
    [
        ("begge fødder. mellem tæerne. selv.", "selv begge fødder. mellem tæerne"),
        ("hele vejen. uden pause. selv", "selv hele vejen. uden pause"),
        ("Alle vinduer. indvendig. Selv.", "selv alle vinduer. indvendig"),
        ("to kurve. ned i kælderen. selv.", "selv to kurve. ned i kælderen"),
    ],
)
def test_selv_typed_last_goes_before_the_sign(said, moved):
    assert " ".join(self_first(said.split(), G)) == moved


@pytest.mark.parametrize(
    "said",
    [
        "gå til Brugsen. alene.",  # alone is no "selv" before the verb
        "selv trykke. svare. se Oliver.",  # said first already
        "hele stuen selv",  # no fragment of its own
        "stuen. selv.",  # too short to move
        "Kage til min søn fødselsdag. Selv.",  # the thing made, no amount: its own rule
    ],
)
def test_a_sign_without_a_last_selv_fragment_stays(said):
    assert self_first(said.split(), G) == said.split()


@pytest.mark.parametrize(
    ("sign", "wish", "phrase"),
    [
        ("tæppet på", "rede sengen", "få tæppet på"),
        ("min dyne på", "rede sengen", "få min dyne på"),
        ("låget af", "åbne glasset", "få låget af"),
    ],
)
def test_a_thing_and_an_end_particle_take_the_get_verb(sign, wish, phrase):
    """ "sengen. rede den." then "tæppet på": no "rede tæppet på" (a verb that ends on no "på")."""
    facts = {"criterion": sign, "own_action": wish, "activity": "daglige_rutiner"}
    assert criterion_phrase(facts, CONTENT.goals) == phrase


@pytest.mark.parametrize(
    ("sign", "wish", "phrase"),
    [
        ("begge sko på", "tage mine sko på", "tage begge sko på"),  # the wish's own particle
        ("hele vejen", "gå til Brugsen", "gå hele vejen"),  # no particle
    ],
)
def test_a_sign_the_wishs_verb_takes_keeps_it(sign, wish, phrase):
    facts = {"criterion": sign, "own_action": wish, "activity": "daglige_rutiner"}
    assert criterion_phrase(facts, CONTENT.goals) == phrase
