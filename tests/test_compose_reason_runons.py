"""The citizen's reason as one clean clause (round 24): a story run on after a spoken tag ("…
de andre damer ikk jeg har vundet …") is cut, a comment "det er (ikke) noget …" run on after
the reason goes, a later sentence joins with its first clause only (at most two clauses), a
bare plural of people is the citizen's own ("mine børnebørn") and the citizen's generic "man"
is said as "jeg"."""

from __future__ import annotations

import pytest
from compose_support import BATHING, GOALS, goal_of, reason_of

from assistant.nlp.asides import without_asides

G = GOALS.grammar


def _reason(told: str, speaker: str = "citizen") -> str:
    """The goal's reason, from ", så"/", fordi" to the end of its sentence."""
    facts = {"speaker": speaker, "reason_said": told}
    if speaker == "relative":
        facts["reason_by"] = "relative"
    return reason_of(goal_of(BATHING, **facts))


# --- a listed plural of people is no verb: the story after it is a sentence of its own -------


@pytest.mark.parametrize("word", ["damer", "koner", "kvinder", "naboer", "veninder"])
def test_a_plural_of_people_is_no_present_verb(word):
    assert not G.is_present(word)


@pytest.mark.parametrize("word", ["kommer", "snakker", "spiller", "er"])
def test_a_present_verb_stays_one(word):
    assert G.is_present(word)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("så jeg kan komme ned og spille kort med de andre damer ik jeg har vundet to gange",
         ", så jeg kan komme ned og spille kort med de andre damer"),
        ("saa jeg kan hygge mig med de andre koner ikk vi har spillet sammen i mange år",
         ", så jeg kan hygge mig med de andre koner"),
    ],
)  # fmt: skip
def test_a_story_run_on_after_people_in_the_plural_is_cut(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # no tag: the participle has its own object, so no relative clause without "som"
        ("så jeg kan snakke med de andre damer jeg har vundet en rulle pølse en gang",
         ", så jeg kan snakke med de andre damer"),
        ("saa jeg kan sidde med de andre koner jeg har faaet et stykke kage der mange gange",
         ", så jeg kan sidde med de andre koner"),
        # a relative clause without "som" keeps its gap and stays
        ("så jeg kan lave den mad jeg har lavet i mange år",
         ", så jeg kan lave den mad jeg har lavet i mange år"),
        ("fordi det er dem jeg har spillet kort med i mange år",
         ", fordi det er dem jeg har spillet kort med i mange år"),
    ],
)  # fmt: skip
def test_a_perfect_story_with_its_own_object_is_cut(told, reason):
    assert _reason(told) == reason


# --- a comment "det er (ikke) noget …" run on after the reason ----------------------------------


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("så min søn ikke skal komme og gøre det hver uge det er ikke noget han skal",
         "så min søn ikke skal komme og gøre det hver uge"),
        ("saa jeg kan klare det selv øh det er sådan noget man kan selv",
         "saa jeg kan klare det selv"),
        # a reason that opens with it is the reason itself
        ("det er noget jeg altid har gjort selv", "det er noget jeg altid har gjort selv"),
        # "det. er ikke et barn": a sentence ends inside, no comment
        ("vil ikke ha at konen skal gøre det. er ikke et barn",
         "vil ikke ha at konen skal gøre det. er ikke et barn"),
    ],
)  # fmt: skip
def test_a_comment_on_noget_after_the_reason_goes(told, kept):
    assert without_asides(told, G) == kept


def test_the_goal_keeps_the_purpose_without_the_comment():
    told = "så min søn ikke skal komme og gøre det hver uge det er ikke noget han skal"
    assert _reason(told) == ", så min søn ikke skal komme og gøre det hver uge"


# --- a later sentence joins with its first clause only ------------------------------------------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("børnene skal have ordentlig mad. jeg er mormor, det har jeg altid været",
         ", fordi børnene skal have ordentlig mad, og jeg er mormor"),
        ("konen skal ikke slæbe på det hele. jeg er manden i huset, sådan har det altid været",
         ", fordi konen ikke skal slæbe på det hele, og jeg er manden i huset"),
    ],
)  # fmt: skip
def test_at_most_two_clauses_joined_with_og(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg savner dem og jeg keder mig herhjemme, det er så stille",
         ", fordi jeg savner dem og jeg keder mig herhjemme"),
        ("øh fordi jeg har altid gjort det selv og jeg vil ikke have hjælp, jeg er ikke et barn",
         ", fordi jeg altid har gjort det selv og jeg ikke vil have hjælp"),
        ("saa jeg kan komme ud, jeg sidder inde hele dagen, det er trist",
         ", så jeg kan komme ud, jeg sidder inde hele dagen"),
        # a relative clause and a "når" clause open no clause of their own
        ("fordi jeg er den, der altid melder afbud, og jeg er træt af det",
         ", fordi jeg er den, der altid melder afbud, og jeg er træt af det"),
        ("jeg savner de andre. når jeg synger er jeg ikke så ked af det",
         ", fordi jeg savner de andre, og jeg ikke er så ked af det, når jeg synger"),
    ],
)  # fmt: skip
def test_a_third_clause_in_one_sentence_is_cut(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("jeg er født ved vandet. jeg bliver helt trist, når jeg ikke ser havet",
         ", fordi jeg er født ved vandet, og jeg bliver helt trist, når jeg ikke ser havet"),
        ("det er mine venner. og jeg keder mig, hvis jeg bare sidder derhjemme",
         ", fordi det er mine venner, og jeg keder mig, hvis jeg sidder derhjemme"),
    ],
)  # fmt: skip
def test_the_later_clause_keeps_its_when_clause(told, reason):
    assert _reason(told) == reason


def test_a_later_sentence_whose_when_clause_points_at_no_one_stays_out():
    told = "jeg vil selv bestemme hvornår jeg spiser. jeg gider ikke vente, til de kommer"
    assert "vente" not in _reason(told)


# --- a bare plural of people is the citizen's own -----------------------------------------------


@pytest.mark.parametrize(
    ("told", "owned"),
    [
        ("naboer skal ikke handle for mig hele tiden", "fordi mine naboer ikke skal handle"),
        ("boerneboern skal kunne komme paa besoeg", "fordi mine boerneboern skal kunne"),
        ("børnebørn skal have farmors mad ikke pizza", "fordi mine børnebørn skal have"),
    ],
)  # fmt: skip
def test_a_bare_plural_of_people_as_subject_is_the_citizens(told, owned):
    assert owned in _reason(told)


def test_a_definite_plural_of_people_stays_as_told():
    assert _reason("børnebørnene skal have ordentlig mad") == (
        ", fordi børnebørnene skal have ordentlig mad"
    )


# --- the citizen's generic "man" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi man skal kunne klare sig selv", ", fordi jeg skal kunne klare mig selv"),
        ("saa man ikke sidder alene hele dagen ik", ", så jeg ikke sidder alene hele dagen"),
        ("øh det er jo sådan noget man gør selv", ", fordi det er noget jeg gør selv"),
        ("ja øh det er jo det første man gør om morgenen ik og så skal pigerne ikke stå og "
         "lave den for mig det er sådan noget man kan selv",
         ", fordi det er det første jeg gør om morgenen, og så skal pigerne ikke stå og lave "
         "den for mig"),
    ],
)  # fmt: skip
def test_the_citizens_generic_man_is_said_as_jeg(told, reason):
    assert _reason(told) == reason


def test_a_relatives_generic_man_stays():
    assert "så man ikke skal bekymre sig" in _reason(
        "så man ikke skal bekymre sig om hende", "relative"
    )


# --- a because-reason goes on past a spoken tag with the citizen's own clause of today ---------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg har det godt derude ikk jeg kender de fleste og så får jeg snakket lidt",
         ", fordi jeg har det godt derude, og jeg kender de fleste, og så får jeg snakket lidt"),
        ("øh fordi jeg hører til i koret ik jeg synger med og så glemmer jeg smerterne",
         ", fordi jeg hører til i koret, og jeg synger med, og så glemmer jeg smerterne"),
    ],
)  # fmt: skip
def test_a_reason_goes_on_past_a_spoken_tag(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # someone else's clause after the tag is no more of the citizen's reason
        ("fordi det er hyggeligt ikk hun kommer også", ", fordi det er hyggeligt"),
        # "kan ikke" negates its verb: no tag, nothing run on
        ("fordi jeg kan ikke jeg vil", ", fordi jeg kan ikke"),
    ],
)  # fmt: skip
def test_a_reason_stops_at_a_tag_before_no_clause_of_the_citizens(told, reason):
    assert _reason(told) == reason
