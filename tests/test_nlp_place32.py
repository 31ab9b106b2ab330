"""Where a wish is done is no evidence of what is done (round 32): a place said with its adverb
after the wish's own verb phrase ("binde mine egne fluer nede i kælderen"), a hobby thing cared
for ("vaske og polere sin gamle Volvo"), a list of things told without a verb after a bare verb
sentence ("… på torvet. Købe grøntsager, frugt, ost."), and an errand said again after its way."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from assistant.content import load_content
from assistant.nlp import analyze
from assistant.nlp.extract import Analyzer

TODAY = date(2026, 12, 5)


@functools.cache
def _rules() -> Analyzer:
    return Analyzer(load_content("da"), second_opinion=False)


PLACED = [
    ("jeg vil gerne selv kunne binde mine egne fluer igen nede i kaelderen", "fritid"),
    ("øh far vil gerne kunne binde et par fluer igen oppe på loftet", "fritid"),
    ("hun vil gerne selv kunne sy sine egne gardiner igen oppe på første sal", "fritid"),
    ("min mand vil gerne kunne pudse sin gamle motorcykel ude i garagen igen", "fritid"),
    ("mor vil gerne kunne støve sit modeltog af igen nede i kælderen", "fritid"),
    (
        "Jeg vil ikke have, at de andre i klubben skal binde mine fluer for mig. Jeg vil selv "
        "kunne binde mine egne fluer til havørred igen, ved bindebordet nede i kælderen.",
        "fritid",
    ),
    ("altså jeg vil bare gerne kunne binde mine egne kranse igen ude i udestuen", "fritid"),
]


@pytest.mark.parametrize(("text", "act"), PLACED)
def test_a_place_with_its_adverb_is_where_not_what(text, act):
    assert analyze(text, TODAY).activity == act


@pytest.mark.parametrize(("text", "act"), PLACED[:5])
def test_a_place_with_its_adverb_is_where_by_the_rules_alone(text, act):
    assert _rules().analyze(text, TODAY).activity == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a bare "i" leads no place: the kitchen helped out in is the cooking
        (
            "hun vil gerne kunne hjælpe til i køkkenet igen hun kan stadig skrælle kartofler",
            "madlavning",
        ),
        # … and going down to the basement is the stairs' own phrase
        ("jeg vil gerne kunne gå ned i kælderen igen uden at holde fast", "trapper"),
    ],
)
def test_a_place_that_is_the_point_still_counts(text, act):
    assert analyze(text, TODAY).activity == act


@pytest.mark.parametrize(
    "text",
    [
        "Han vil gerne selv kunne vaske og polere sin gamle Volvo Amazon ude i garagen igen. "
        "Den er fra 1966. Nu står den bare og samler støv under et lagen.",
        "far vil gerne selv kunne vaske og polere sin gamle Volvo igen ude i garagen",
        "han vil gerne selv vaske sin Ford Mustang igen ude i indkørslen",
        "jeg vil gerne kunne pudse mine mønter igen oppe paa loftet",
        "jeg vil gerne kunne polere min gamle traktor igen ude i laden",
        "altså jeg vil bare gerne kunne vaske min bil selv igen",
        "min mand vil gerne kunne vaske sin båd igen inden sæsonen",
    ],
)
def test_the_care_of_a_hobby_thing_is_the_pastime(text):
    assert analyze(text, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    "text",
    [
        "nu står den bare og samler støv under et lagen",
        "den har samlet støv i fem år",
        "det hele ligger under et lagen",
        "nu står den bare under en lagen i garagen",
        "den gamle knallert står og samler støv under et lagen i laden",
    ],
)
def test_a_thing_gathering_dust_under_a_sheet_is_no_cleaning_nor_laundry(text):
    assert _rules().analyze(text, TODAY).activity not in ("rengoering", "toejvask")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Jeg vil selv gå på torvet lørdag. Købe grøntsager, frugt, ost. Før jeg altid gå "
            "torvet.",
            "gå på torvet lørdag og købe grøntsager, frugt og ost",
        ),
        (
            "Jeg vil gå Netto selv. Købe brød, mælk, kaffe.",
            "gå Netto selv og købe brød, mælk og kaffe",
        ),
        (
            "Mor vil selv gå på apoteket. Hente piller, plaster, vitaminer.",
            "gå på apoteket og hente piller, plaster og vitaminer",
        ),
        (
            "Jeg vil selv gå i Lidl fredag. Købe kød, ris, grøntsager.",
            "gå i Lidl fredag og købe kød, ris og grøntsager",
        ),
        (
            "jeg vil gerne kunne købe mælk, brød og ost selv igen",
            "købe mælk, brød og ost selv igen",
        ),
    ],
)
def test_a_verb_sentence_with_its_list_of_things_goes_on_the_wish(text, action):
    """… its last comma said as "og" in the goal's phrase."""
    facts = analyze(text, TODAY)
    assert facts.extras["action"] == action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("jeg vil gerne kunne gå en tur, alene, ikke med hjemmeplejen.", "gå en tur"),
        # a verb after the comma is a task list of its own, not things
        ("Jeg vil selv gå Bazar Vest, købe kød og grøntsag. Det 800 meter.", None),
    ],
)
def test_no_list_of_things(text, action):
    facts = analyze(text, TODAY)
    if action is None:
        assert facts.activity == "indkoeb"
    else:
        assert facts.extras["action"] == action


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "jeg vil gerne gå på torvet lørdag og købe grøntsager, frugt, ost Gå selv til torvet "
            "og hjem, 1 kilometer. Købe for hel uge. Ikke stoppe for ryg.",
            "indkoeb",
        ),
        (
            "jeg vil gerne gå ned i Netto og købe brød. gå selv derhen og hjem, 500 meter. "
            "købe for hele ugen.",
            "indkoeb",
        ),
    ],
)
def test_the_errand_said_again_after_the_way_stays_the_errand(text, act):
    assert analyze(text, TODAY).activity == act


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Før han blev syg, var jeg med i bogklubben på biblioteket, vi er otte damer. Jeg vil "
            "gerne komme med i bogklubben igen.",
            "komme med i bogklubben på biblioteket igen",
        ),
        (
            "før spillede jeg badminton i hallen hver tirsdag. jeg vil gerne spille badminton igen",
            "spille badminton i hallen igen",
        ),
        (
            "mor sang i koret i kirken i mange aar. hun vil gerne synge i koret igen",
            "synge i koret i kirken igen",
        ),
        (
            "jeg var med i strikkeklubben på biblioteket. jeg vil gerne med i strikkeklubben igen",
            "med i strikkeklubben på biblioteket igen",
        ),
        (
            "jeg gik til gymnastik i hallen før. jeg vil gerne til gymnastik igen",
            "til gymnastik i hallen igen",
        ),
        (
            "øh jeg gik til svømning i svømmehallen om fredagen ik. og jeg vil gerne til svømning "
            "igen",
            "til svømning i svømmehallen igen",
        ),
        (
            "hun har altid været med til fællessang i kirken. hun vil gerne synge med til "
            "fællessang igen",
            "synge med til fællessang i kirken igen",
        ),
        (
            "min mor gik til banko i forsamlingshuset hver torsdag. nu vil hun gerne til banko "
            "igen",
            "til banko i forsamlingshuset igen",
        ),
        # told at two places, the story does not say which: the phrase stays as said
        (
            "jeg sang i koret i kirken og senere i koret i hallen. jeg vil gerne synge i koret "
            "igen",
            "synge i koret igen",
        ),
        # a place said in the wish already stays the only one
        (
            "jeg spillede kort med drengene i klubben. jeg vil gerne spille kort med drengene igen",
            "spille kort med drengene igen i klubben",
        ),
    ],
)
def test_a_wish_that_names_a_thing_the_story_placed_takes_the_place(text, action):
    assert analyze(text, TODAY).extras["action"] == action
