"""The reason keeps the citizen's own purpose, whole and joined right (round 24, reason15): a
cleft "det er mig han skal gå tur med" keeps its clause, an "og så vil jeg …" said after a
reason is a second will joined with "og" (no "så" purpose), a "når … så …" reason keeps its
"når" with the main clause it belongs to, and after a reason turned down in the answer to the
plain question ("nej det er ikke fordi lægen siger det …") the rest is the own reason."""

from __future__ import annotations

import pytest
from compose_support import SINGING, goal_of, reason_of
from engine_support import answered_until, as_citizen
from engine_support import go as answer


def _goal(motivation: str, speaker: str = "citizen") -> str:
    return goal_of(SINGING, speaker=speaker, motivation=motivation)


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        # typed: the cleft's clause has no "der"; it is no other person's story
        ("fordi hun er jo mit barnebarn og det er mig hun ringer til om søndagen",
         "det er mig hun ringer til om søndagen"),
        # without æøå, a filler first
        ("altsaa han er min kat og det er mig han kommer hen til om aftenen",
         "det er mig han kommer hen til om aftenen"),
        # spoken, a second reason after it
        ("øh fordi de er jo mine høns ikk og det er mig de venter på om morgenen og så kommer "
         "jeg ud i luften", "det er mig de venter på om morgenen"),
    ],
)  # fmt: skip
def test_a_cleft_keeps_its_clause(told, kept):
    assert kept in reason_of(_goal(told))


@pytest.mark.parametrize(
    ("told", "speaker", "kept"),
    [
        # spoken, a filler and a particle in the cleft: the time is the focus, the clause its own
        ("øh jamen det er jo nu de er små ikk", "citizen", "det er nu de er små"),
        ("altsaa det er nu hun er lille og gerne vil lege med mig", "citizen",
         "det er nu hun er lille"),
        ("det er jo nu de bor her i byen, om et år flytter de til Aarhus", "citizen",
         "det er nu de bor her i byen"),
        # a relative in the third person: the cleft is about the grandchildren, kept whole
        ("han siger det er nu de gider at sidde på gulvet med ham", "relative",
         "det er nu de gider at sidde på gulvet"),
        ("det er nok nu hun har brug for mig, hun bliver stor så hurtigt", "citizen",
         "nu hun har brug for mig"),
        ("fordi det er nu han er hjemme fra Australien", "citizen",
         "det er nu han er hjemme fra Australien"),
    ],
)  # fmt: skip
def test_a_cleft_on_now_keeps_its_clause(told, speaker, kept):
    """ "det er jo nu de er små": "nu" is the cleft's focus and "de er små" its clause, the
    core of the reason; never cut to a dangling "det er nu"."""
    assert kept in reason_of(_goal(told, speaker))


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        # typed in two sentences: how things are, then "og så vil jeg …" (also, no purpose)
        ("jeg gider ikke være en byrde for min datter. og saa vil jeg gerne selv bestemme "
         "hvornår jeg skal handle", "citizen",
         ", fordi jeg ikke gider være en byrde for min datter, og jeg selv vil bestemme hvornår "
         "jeg skal handle"),
        ("Jeg vil ikke ligge nogen til last. Og så vil jeg selv vælge hvornår jeg går i bad.",
         "citizen",
         ", fordi jeg ikke vil ligge nogen til last, og jeg selv vil vælge hvornår jeg går i bad"),
        # a relative tells it in the third person
        ("hun vil ikke være til besvær for nogen. og så vil hun selv bestemme hvornår hun skal "
         "i bad", "relative",
         ", fordi jeg ikke vil være til besvær for nogen, og jeg selv vil bestemme hvornår jeg "
         "skal i bad"),
    ],
)  # fmt: skip
def test_og_saa_vil_jeg_after_a_reason_is_a_second_will_not_a_purpose(told, speaker, reason):
    got = reason_of(_goal(told, speaker))
    assert got == reason
    assert ", så jeg" not in got


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # spoken: "når …" then "så" and the main clause, a second clause joined on
        ("øh når jeg er ude i haven så har jeg det bare bedst og så kan jeg snakke med naboen "
         "over hækken",
         ", fordi jeg har det bedst, når jeg er ude i haven, og så kan jeg snakke med naboen "
         "over hækken"),
        # typed with a comma and a capital, one clause
        ("Når jeg sidder ved symaskinen, så glemmer jeg alt det andet.",
         ", fordi jeg glemmer alt det andet, når jeg sidder ved symaskinen"),
        ("når jeg går ned i klubben, møder jeg nogen at snakke med",
         ", fordi jeg møder nogen at snakke med, når jeg går ned i klubben"),
        ("Når jeg strikker, så glemmer jeg smerterne, og så får børnebørnene sokker.",
         ", fordi jeg glemmer smerterne, når jeg strikker, og så får børnebørnene sokker"),
        # a verb joined on without a subject of its own stays in the main clause
        ("når jeg ikke kommer ud så sidder jeg alene og bliver trist",
         ", fordi jeg sidder alene og bliver trist, når jeg ikke kommer ud"),
        ("når jeg står ved drejebænken så er jeg mig selv og så har jeg noget at give væk",
         ", fordi jeg er mig selv, når jeg står ved drejebænken, og så har jeg noget at give "
         "væk"),
    ],
)  # fmt: skip
def test_a_naar_clause_stays_with_its_main_clause_and_no_resuming_saa(told, reason):
    assert reason_of(_goal(told)) == reason


PLAIN = {
    "wish": "jeg vil gerne ned i kortklubben om torsdagen igen",
    "measure": "at jeg spiller hele eftermiddagen",
    "frequency": "hver torsdag",
    "deadline": "til påske",
    "independence": "selv",
    "people": "min nabo",
}


@pytest.mark.parametrize(
    ("said", "own"),
    [
        # spoken: the reason turned down, then "når …" and his own
        ("nej det er ikke fordi min datter siger det altså når jeg sidder med kortene så glemmer "
         "jeg det hele og så er der nogen at grine med ikk", "når jeg sidder med kortene"),
        # typed without æøå
        ("nej det er ikke fordi laegen siger det. naar jeg spiller kort har jeg det godt",
         "har jeg det godt"),
    ],
)  # fmt: skip
def test_after_a_reason_turned_down_to_the_plain_question_the_rest_is_the_own_reason(said, own):
    _own_after_turned_down(said, own)


@pytest.mark.parametrize(
    ("said", "own"),
    [
        # round 34 (blind128 Aksel): a purpose after a cleft ("Det er, så …") is his own too
        ("Det er ikke for min egen skyld. Det er, så min datter ikke skal sidde med papirerne, "
         "når jeg er væk.", "min datter ikke skal sidde med papirerne, når jeg er væk"),
        ("det er ikke for min skyld altså. det er så min søn ikke skal rydde op efter mig",
         "min søn ikke skal rydde op efter mig"),
        ("nej det er ikke fordi lægen siger det, det er saa mine børnebørn har noget at lege "
         "med", "mine børnebørn har noget at lege med"),
    ],
)  # fmt: skip
def test_a_purpose_after_a_reason_turned_down_is_the_own_reason(said, own):
    _own_after_turned_down(said, own)


def _own_after_turned_down(said, own):
    turn = answered_until(as_citizen(), PLAIN, "motivation")
    assert "Hvorfor" in turn.prompt
    turn = answer(turn, said)
    motivation = turn.state["slots"]["motivation"]
    assert own in motivation
    assert "nej" not in motivation.split() and "siger" not in motivation


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        # a daughter types; his will quoted after her history of him
        ("Han har altid gået med slips, han var skoleinspektør. Han siger at han vil kunne se "
         "ordentlig ud og være sig selv.", "og jeg vil kunne se ordentlig ud og være mig selv"),
        # "mor siger:" and her own words in first person
        ("Hun er stolt. Mor siger: jeg vil kunne bage mine egne boller igen",
         "og jeg vil kunne bage mine egne boller igen"),
        # spoken, no "at", "gerne" said
        ("hun har altid lavet maden til os alle sammen. hun siger hun vil gerne kunne lave "
         "sin egen mad igen", "og jeg vil kunne lave min egen mad igen"),
    ],
)  # fmt: skip
def test_a_relatives_quote_of_the_citizens_will_is_his_own_reason(told, kept):
    assert kept in reason_of(_goal(told, "relative"))


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("så hun kan klæde sig på og vaske sig selv",
         ", så jeg kan klæde mig på og vaske mig selv"),
        ("så han kan barbere sig og være sig selv igen",
         ", så jeg kan barbere mig og være mig selv igen"),
    ],
)  # fmt: skip
def test_an_infinitive_joined_on_keeps_the_citizen_as_its_subject(told, reason):
    assert reason_of(_goal(told, "relative")) == reason


@pytest.mark.parametrize(
    ("told", "kept", "cut"),
    [
        # typed: a habit told in the perfect after a comma, then a second purpose
        ("så mine børnebørn får en julekage fra farmor, det har jeg altid gjort, og så har jeg "
         "noget at glæde mig til", "og så har jeg noget at glæde mig til", "altid gjort"),
        # spoken, a span after it
        ("så min nabo får en kage hver fredag det har jeg gjort i mange år",
         "så min nabo får en kage hver fredag", "gjort"),
        # spoken with a tag, the habit to a group of people
        ("så han har en trøje fra farmor ikk det har jeg gjort til alle mine børnebørn og så har "
         "jeg noget at lave om aftenen", "og så har jeg noget at lave om aftenen", "børnebørn"),
    ],
)  # fmt: skip
def test_a_past_habit_run_on_is_story_and_is_cut(told, kept, cut):
    reason = reason_of(_goal(told))
    assert kept in reason
    assert cut not in reason


@pytest.mark.parametrize(
    ("told", "second"),
    [
        # spoken: a purpose, a tag, then his own will run on
        ("altså så jeg ikke skal spise den der færdigmad hver dag ikk jeg vil selv bestemme hvad "
         "jeg skal spise", ", og så jeg selv kan bestemme hvad jeg skal spise"),
        ("øh så min kone kan få en pause ikk jeg vil gerne selv klare det",
         ", og så jeg selv kan klare det"),
    ],
)  # fmt: skip
def test_a_will_run_on_after_a_purpose_is_a_second_purpose(told, second):
    assert reason_of(_goal(told)).endswith(second)
