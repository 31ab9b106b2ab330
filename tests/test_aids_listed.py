"""Every aid of a list said as the means, not only the first (round 33): a compound of a head
that names a thing one works with only when said as the means ("med et enbensstativ", "og en
skråplade"; aids.yaml means_heads), a seat stick the recogniser says apart ("min sæde stok"),
the things an aid phrase lists after its first ("og et stort spejl på bordet") and an everyday
thing a clause says handles something ("og sådan en lille skruestik der holder flasken fast")."""

from __future__ import annotations

from datetime import date

import pytest
from test_engine import begin, card, go, text, until

from assistant.content import get_content
from assistant.dialogs.draft import _goal_aids, names_person
from assistant.nlp import analyze
from tests.test_spelling import spelled

CONTENT = get_content("da")
TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("far vil gerne spille bridge igen med et kortstativ på bordet", "kortstativ"),
        ("øh jeg vil gerne spille på klaveret igen med mit nye nodestativ ikk", "nodestativ"),
        ("mor vil gerne tegne igen, hun bruger en tegneplade der står skråt", "tegneplade"),
        ("jeg vil selv rense ruden i akvariet med en rensemagnet", "rensemagnet"),
        ("hun vil gerne selv lægge makeup igen med et makeupspejl med lys", "makeupspejl"),
        # joined by "og" to the "med" phrase before it, also past a clause about the first
        ("med stokken, som jeg har fra kommunen, og et tabletstativ til avisen", "tabletstativ"),
        ("han vil gerne male igen med en tyk pensel og en skraaplade", "skråplade"),
        ("jeg har faaet et enbensstativ til kameraet af min søn", "enbensstativ"),
    ],
)
def test_a_compound_of_a_means_head_said_as_the_means_is_an_aid(said, aid):
    assert aid in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne lave mad på kogepladen igen",
        "øh han kan ikke stå ved kogepladen ret længe",
        "hun vil hænge billederne op på køleskabsmagneten igen",
        "jeg kan ikke se mig selv i badeværelsesspejlet",
        "mor vil selv tørre af på bordpladen i køkkenet",
    ],
)
def test_a_means_head_said_as_a_place_or_a_thing_handled_names_no_aid(said):
    assert list(analyze(said, TODAY).aids) == []


@pytest.mark.parametrize(
    "said",
    [
        "med min sæde stok ikk så jeg kan hvile",
        "øh han går med en sæde stok ude på banen",
        "hun vil gerne have en sæde stok med til koncerten",
    ],
)
def test_a_seat_stick_said_apart_is_joined_and_is_its_own_aid(said):
    assert "sædestok" in spelled(said)
    aids = analyze(said, TODAY).aids
    assert "sædestok" in aids and "stok" not in aids


def test_a_walking_stick_stays_a_walking_stick():
    assert list(analyze("jeg vil gerne gå ned til stranden med min stok", TODAY).aids) == ["stok"]


@pytest.mark.parametrize(
    ("aids", "aid_said", "expected"),
    [
        (["rollator"], "med rollatoren og en lille kurv på forhjulet", ["rollator", "kurv"]),
        ([], "med en tyk pen og en lille klemme", ["pen", "klemme"]),
        ([], "med en børste med langt skaft og et stort spejl paa bordet", ["børste", "spejl"]),
        (["lup"], "med min lup og så en god lampe", ["lup", "lampe"]),
        # a person joined is a helper, no aid; a clause after "så" ends the list
        (["stok"], "med stokken og min datter", ["stok"]),
        ([], "med et langt skohorn, så jeg ikke skal bøje mig og en stol", ["skohorn"]),
    ],
)
def test_every_thing_of_an_aid_phrase_list_is_an_aid(aids, aid_said, expected):
    slots = {"aids": aids, "aid_said": aid_said, "independence": "hjaelpemiddel"}
    assert _goal_aids(slots, CONTENT) == expected


def _goal(wish: str, how: str):
    turn = until(begin(CONTENT), CONTENT, "wish")
    turn = go(turn, CONTENT, text(wish))
    turn = until(turn, CONTENT, "independence")
    turn = go(turn, CONTENT, text(how))
    return until(turn, CONTENT, "confirm", card("ja"))


@pytest.mark.parametrize(
    ("wish", "how", "phrase", "aid"),
    [
        (
            "jeg vil gerne kunne binde fluer igen",
            "med en lup på en arm, og sådan en lille skruestik der holder krogen fast",
            "en lille skruestik",
            "skruestik",
        ),
        (
            "mor vil gerne kunne sy sine egne gardiner igen",
            "med en symaskine med fodpedal, og så en stor klemme som holder stoffet",
            "en stor klemme",
            "klemme",
        ),
    ],
)
def test_a_thing_a_clause_says_handles_something_is_an_aid_beside_the_first(wish, how, phrase, aid):
    turn = _goal(wish, how)
    assert phrase in turn.goal_text, turn.goal_text
    assert aid in _goal_aids(turn.state.slots, CONTENT)


@pytest.mark.parametrize(
    ("wish", "how", "phrase"),
    [
        (
            "jeg vil gerne kunne male akvareller igen",
            "med en tyk pensel med skumgreb, og en skraaplade så papiret ligger skråt",
            "og en skråplade",
        ),
        (
            "jeg vil gerne kunne fotografere fugle igen",
            "med rollatoren, og et enbensstativ til kameraet",
            "og et enbensstativ",
        ),
    ],
)
def test_a_means_compound_joined_to_the_aid_phrase_is_named_in_the_goal(wish, how, phrase):
    turn = _goal(wish, how)
    assert phrase in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("wish", "how", "phrase", "lacks"),
    [
        # a second aid joined after the first one's purpose clause ("…, og mine albuestokke")
        (
            "jeg vil gerne kunne synge i koret igen",
            "med en hoej stol saa jeg kan se dirigenten, og mine albuestokke ind i kirken",
            "albuestokke",
            "",
        ),
        pytest.param(
            "mor vil gerne kunne gaa til gymnastik igen",
            "øh med sådan en lille skammel så hun kan hvile sig og så hendes stok i salen",
            "stok",
            "salen",
            marks=pytest.mark.xfail(
                strict=True,
                reason="round-48 merges: the dialogue's goal keeps the skammel and its purpose "
                "but drops 'hendes stok' joined by 'og så' (analyze still lists 'stok'); "
                "the rule not isolated in time",
            ),
        ),
        # the purpose clause ends where the next aid begins; the aside after it is left out
        (
            "jeg vil gerne kunne passe min have igen",
            "med en havestol saa jeg ikke skal staa hele tiden og en gribetang til ukrudtet, "
            "den har jeg set i byggemarkedet",
            "gribetang",
            "byggemarkedet",
        ),
        (
            "far vil gerne kunne gaa ned til havnen igen",
            "med en stol med armlæn så han kan sidde ved disken og en albuestok til trappen, den "
            "har han fået af kommunen",
            "albuestok",
            "kommunen",
        ),
    ],
)
def test_an_aid_joined_after_the_first_ones_purpose_is_named_too(wish, how, phrase, lacks):
    turn = until(begin(CONTENT), CONTENT, "wish")
    turn = go(turn, CONTENT, text(wish))
    turn = until(turn, CONTENT, "motivation")
    turn = go(turn, CONTENT, text("fordi det er der vennerne er"))
    turn = until(turn, CONTENT, "independence")
    turn = until(go(turn, CONTENT, text(how)), CONTENT, "confirm", card("ja"))
    assert phrase in turn.goal_text, turn.goal_text
    assert not lacks or lacks not in turn.goal_text, turn.goal_text
    assert turn.goal_text.count(f" {phrase}") == 1, turn.goal_text


@pytest.mark.parametrize(
    "said",
    [
        "med min stok og så nogle neo pren sko så jeg ikke glider på trappen",
        "hun har fået nogle neopren sko så hun ikke glider på stenene",
        "øh jeg går ud med neo prensko og min stok ikk",
        "far skal have sine neoprenstøvler på når han går i vandet",
    ],
)
def test_neoprene_shoes_said_apart_by_the_recogniser_are_one_aid(said):
    assert "neoprensko" in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    ("word", "person"),
    [("havenabo", True), ("barndomsveninden", True), ("Kaj", True), ("naboen", True),
     ("spisevenner", False), ("kuglepen", False), ("rollatoren", False)],
)  # fmt: skip
def test_one_reading_of_a_word_naming_a_person_for_the_draft_and_the_dialogue(word, person):
    # "spisevenner" is a dining club, listed as naming no one (people.yaml)
    assert names_person(word, CONTENT.lexicon) is person
