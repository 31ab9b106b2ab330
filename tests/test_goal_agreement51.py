"""Small grammar of the goal sentence (blind165/167): no singular article before a plural aid
("en lange pincetter"), a given-to pronoun kept out of the aid ("med mig kniv"), a learner's
"mine barnebarn" kept plural ("mine børnebørn", not "mit barnebarn"), a unit whose plural is the
word itself kept so ("100 gram", not "100 gramme") and an amusement park's name typed small
written as the name ("i Tivoli", not "i tivoliet")."""

from __future__ import annotations

import pytest
from compose_support import GOALS, dialogue_goal

CRAFT = "jeg vil gerne lave mit håndarbejde igen"


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("ergoterapuet har laant mig en luplampe, og jeg har faaet lange pincetter med tykt greb "
         "og en armstoette der spaendes fast paa bordet", "lange pincetter med tykt greb"),
        ("jeg har faaet lange pincetter med tykt greb og en lup", "med lange pincetter"),
        ("øh ergoterapeuten gav mig store puder og en høj stol", "med store puder og en høj stol"),
        ("min søn har givet mig tykke handsker", "med tykke handsker"),
    ],
)  # fmt: skip
def test_a_plural_aid_takes_no_singular_article(aids, said):
    goal = dialogue_goal(wish=CRAFT, independence=aids)
    assert said in goal
    for article in ("en", "et"):
        assert f"{article} {said.removeprefix('med ').split()[0]} " not in goal


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("jeg har fået en lang lighter og et par lange ovnhandsker",
         "med en lang lighter og et par lange ovnhandsker"),
        ("kommunen har givet mig høj stol med hjul", "med en høj stol med hjul"),
    ],
)  # fmt: skip
def test_a_singular_aid_keeps_its_article(aids, said):
    assert said in dialogue_goal(wish=CRAFT, independence=aids)


def test_the_one_given_the_aid_is_no_part_of_it():
    goal = dialogue_goal(
        wish="jeg vil gerne skære blomster af frugt igen",
        independence="Ergoterapeut har givet mig kniv med tyk håndtag, og et bræt med gummi "
        "under, så det ikke glider.",
    )
    assert "med en kniv med tykt håndtag" in goal
    assert "mig kniv" not in goal


@pytest.mark.parametrize(
    ("why", "said"),
    [
        ("Fordi det er min kultur, og jeg vil lære mine barnebarn.", "mine børnebørn"),
        ("jeg vil lære mine barnebarn at lave mad", "lære mine børnebørn at lave mad"),
        ("mine oldebarn elsker når jeg tryller", "mine oldebørn elsker"),
        ("fordi mine ven er der hver torsdag", "mine venner er der"),
    ],
)
def test_a_learners_plural_possessive_keeps_the_kin_plural(why, said):
    goal = dialogue_goal(wish="jeg vil gerne bage igen", motivation=why)
    assert said in goal
    assert "mit barnebarn" not in goal


@pytest.mark.parametrize(
    ("why", "said"),
    [
        ("fordi min barnebarn bor der", "mit barnebarn bor der"),  # one, the gender mended
        ("fordi mine mand er syg", "min mand er syg"),  # one husband: the possessive agrees
        ("fordi mine børnebørn kommer", "mine børnebørn kommer"),
    ],
)
def test_other_possessives_still_agree_with_their_noun(why, said):
    assert said in dialogue_goal(wish="jeg vil gerne bage igen", motivation=why)


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("At jeg kan spinde et fed på 100 gram fint, jævnt garn på en uge", "100 gram fint"),
        ("øh at jeg kan bære 2 kilogram kartofler hjem", "2 kilogram kartofler"),
        ("at jeg kan gå tre gang rundt om søen", "tre gange rundt"),  # a count still pluralises
    ],
)
def test_a_unit_like_its_plural_is_not_made_plural(measure, said):
    goal = dialogue_goal(wish="jeg vil gerne spinde garn igen", measure=measure)
    assert said in goal
    assert "gramme" not in goal


def test_the_grammar_gives_no_article_to_a_plural_of_its_own():
    g = GOALS.grammar
    assert g.indefinite_article("pincetter") is None
    assert g.indefinite_article("stole") is None
    assert g.indefinite_article("pincet") == "en"
    assert g.indefinite_article("kort") == "et"  # the plural is the word itself: one reads
    assert g.plural_of("gram") is None
    assert g.plural_of("dag") == "dage"


@pytest.mark.parametrize(
    ("wish", "measure"),
    [
        ("jeg vil gerne tage mit barnebarn med i tivoli igen",
         "at jeg kan vaere i tivoli fra kl 11 til kl 16 med pauser paa baenkene"),
        ("øh vi vil gerne i legoland med børnebørnene igen", "at jeg kan gå rundt hele dagen"),
    ],
)  # fmt: skip
def test_an_amusement_park_typed_small_is_its_name(wish, measure):
    goal = dialogue_goal(wish=wish, measure=measure)
    assert "Tivoli" in goal or "Legoland" in goal
    assert "tivoliet" not in goal.lower() and "legolandet" not in goal.lower()
