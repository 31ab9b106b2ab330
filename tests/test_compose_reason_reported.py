"""A reason passed on in speech: a place or time phrase said before the verb ("i vandet der
ryster han ikke så meget", "om morgenen så er hun frisk") is written subject first, the phrase
after its clause; a relative quoting the citizen by pronoun ("han siger, at Else …") keeps the
other gender's pronouns as the third person they are, and a name before its negation and
modal stays the subject of its own clause."""

from __future__ import annotations

import pytest
from compose_support import GOALS
from test_engine import begin, card, go, text, until

from assistant.nlp.compose import compose_goal

_HEAD = "Jeg vil kunne gå ned til havnen"


def _reason_in_goal(told: str, speaker: str) -> str:
    """The goal sentence's reason part (after the wish) for a told reason."""
    facts = {"activity": "fritid", "own_action": "gå ned til havnen", "speaker": speaker}
    sentence = compose_goal({**facts, "reason_said": told}, GOALS)
    assert sentence.startswith(_HEAD), sentence
    return sentence[len(_HEAD) :]


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        # round 28 (reasons16): a fronted phrase said again by "der"/"så", spoken
        ("hun siger at om morgenen der har hun mest energi", "relative",
         ", fordi jeg har mest energi om morgenen."),
        ("han siger at i haven der glemmer han smerterne ikk", "relative",
         ", fordi jeg glemmer smerterne i haven."),
        ("om morgenen så er hun mest frisk altså", "relative",
         ", fordi jeg er mest frisk om morgenen."),
        ("paa holdet der snakker han med de andre maend", "relative",
         ", fordi jeg snakker med de andre maend paa holdet."),
        ("han siger i skoven så kan han slappe af", "relative",
         ", fordi jeg kan slappe af i skoven."),
        ("hun siger at efter traeningen der sover hun bedre om natten", "relative",
         ", fordi jeg sover bedre om natten efter traeningen."),
        ("øh i haven der kan hun sidde i fred ikk", "relative",
         ", fordi jeg kan sidde i fred i haven."),
        # the negation before the verb, as written after "fordi"
        ("i vandet ryster han ikke så meget", "relative",
         ", fordi jeg ikke ryster så meget i vandet."),
        ("i vandet der ryster jeg ikke så meget", "citizen",
         ", fordi jeg ikke ryster så meget i vandet."),
        ("efter træningen så sover jeg bedre", "citizen",
         ", fordi jeg sover bedre efter træningen."),
        # what the doctor says, the fronted phrase inside it
        ("lægen siger at i vandet så bliver hun ikke så stiv", "relative",
         ", fordi lægen siger, at jeg ikke bliver så stiv i vandet."),
        ("fysioterapeuten siger at om morgenen er han staerkest", "relative",
         ", fordi fysioterapeuten siger, at jeg er staerkest om morgenen."),
    ],
)  # fmt: skip
def test_a_fronted_phrase_is_written_after_its_clause(told, speaker, reason):
    assert _reason_in_goal(told, speaker) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # round 28 (reasons16): the quote lead says who the citizen is; the other gender is
        # the person named, and stays so
        ("Hun siger, at Poul ikke altid kan huske hende, men han smiler, når hun synger for ham.",
         ", fordi Poul ikke altid kan huske mig, men han smiler, når jeg synger for ham."),
        ("han siger at Inge ikke kan tale mere men hun klemmer hans hånd når han kommer",
         ", fordi Inge ikke kan tale mere men hun klemmer min hånd når jeg kommer."),
        ("hun siger at Aage bliver glad naar hun kommer og han spoerger efter hende hver dag",
         ", fordi Aage bliver glad naar jeg kommer og han spoerger efter mig hver dag."),
        ("han siger at Grethe ikke kan klare sig uden ham men hun bliver tryg naar han er der",
         ", fordi Grethe ikke kan klare sig uden mig men hun bliver tryg naar jeg er der."),
        # a name that ends like an infinitive, its negation and modal after it: its own clause
        ("Han siger at Lise ikke altid ved hvem han er men hun smiler naar han kommer",
         ", fordi Lise ikke altid ved hvem jeg er men hun smiler naar jeg kommer."),
        ("saa Else ikke altid skal vente paa ham",
         ", så Else ikke altid skal vente paa mig."),
    ],
)  # fmt: skip
def test_a_third_person_told_by_a_relative_stays_third_person(told, reason):
    assert _reason_in_goal(told, "relative") == reason


def test_a_daughters_reported_reason_about_her_father_in_the_goal(content):
    turn = until(begin(content, "paaroerende"), content, "wish")
    turn = go(turn, content, text("han vil gerne ned og svømme i svømmehallen igen"))
    turn = until(turn, content, "motivation")
    told = "han siger at i vandet der har han ikke så ondt i hofterne altså ikk"
    turn = until(go(turn, content, text(told)), content, "confirm", card("ja"))
    goal = turn.goal_text
    assert "fordi jeg ikke har så ondt i hofterne i vandet" in goal, goal
    assert not {"han", "siger", "ikk", "altså"} & set(goal.replace(",", " ").split()), goal


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # round 29 (people14): the quote's later "og at" clause is led as the first one, also
        # after an infinitive's "at" ("nogen at snakke med") and spoken without a comma
        ("hun siger at hun kan snakke med pigerne og at hun kommer lidt ud af lejligheden",
         ", fordi jeg kan snakke med pigerne og fordi jeg kommer lidt ud af lejligheden."),
        ("han siger at det er rart at komme ud og at han sover bedre bagefter",
         ", fordi det er rart at komme ud og fordi jeg sover bedre bagefter."),
        ("Hun siger, at der er nogen at spille kort med, og at hun får varm mad.",
         ", fordi der er nogen at spille kort med, og fordi jeg får varm mad."),
        ("han siger, at der er plads til at gå en tur, og at hans humør bliver bedre",
         ", fordi der er plads til at gå en tur, og fordi mit humør bliver bedre."),
        ("hun siger at det er sjovt at synge og at hun glemmer smerterne imens",
         ", fordi det er sjovt at synge og fordi jeg glemmer smerterne imens."),
    ],
)  # fmt: skip
def test_a_quotes_second_that_clause_is_led_as_the_first(told, reason):
    assert _reason_in_goal(told, "relative") == reason
