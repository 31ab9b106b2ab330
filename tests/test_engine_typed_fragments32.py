"""Answers typed as one or two words with full stops (round 32): a collection said alone is
collected or put in the place said beside it, a hand tool named alone is an aid, a reason of a
thing and how it is, or of a deed and how long, is a clause, and a sign of a thing and its deed
in the past participle is one verb phrase."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import CONTENT, at_summary, card

from assistant.nlp.telegraph import listed_things


def _goal(answers: dict) -> str:
    """The goal sentence of the summary after these answers (the pastime card when no other)."""
    turn = at_summary({"activity": card("fritid"), **answers})
    return turn.prompt


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("frimærker. igen.", "samle på frimærker"),
        ("mønter. selv", "samle på mønter"),
        ("øh postkort igen", "samle på postkort"),
        ("ølkapsler", "samle på ølkapsler"),
        ("julemærker. selv.", "samle på julemærker"),
        ("mine frimærker. albummet", "sætte mine frimærker i albummet"),
        ("julemærker. albummet. igen.", "sætte julemærker i albummet"),
        ("billeder. fotoalbummet", "sætte billeder i fotoalbummet"),
        ("servietter. mappen. selv.", "sætte servietter i mappen"),
        ("postkort. æsken", "sætte postkort i æsken"),
    ],
)  # fmt: skip
def test_a_collection_said_alone_is_collected_or_put_in_its_place(wish, doing):
    """ "frimærker. albummet. igen.": the stamps put in the album, never "dyrke min hobby"."""
    text = _goal({"wish": wish})
    assert doing in text, text
    assert "hobby" not in text, text


@pytest.mark.parametrize(
    ("said", "aids"),
    [
        ("luplampe. pincet.", {"luplampe", "pincet"}),
        ("med en pincet og en lup", {"pincet", "lup"}),
        ("hun bruger frimærkepincetten", {"pincet"}),
        ("pincet. selv", {"pincet"}),
        ("han kan ikke holde pincetten mere fordi han ryster", set()),
        ("mor taber luppen hele tiden", set()),
        ("far kan ikke holde forstørrelsesglasset stille", set()),
    ],
)  # fmt: skip
def test_a_hand_tool_named_alone_is_an_aid_but_not_one_handled(said, aids):
    """ "luplampe. pincet.": the tweezers are an aid; "kan ikke holde pincetten" names the thing
    he cannot hold, no means."""
    assert set(understand(said, date(2026, 12, 5)).aids) == aids


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("luplampe. store brikker.", ["en luplampe", "store brikker"]),
        ("kortholder. store kort.", ["en kortholder", "store kort"]),
        ("lup. store brikker", ["en lup", "store brikker"]),
    ],
)  # fmt: skip
def test_a_plural_thing_with_adjectives_is_listed_beside_an_aid(said, things):
    """ "store brikker": a plural the lemma table lacks is known by its singular ("brik")."""
    assert listed_things(said, CONTENT.goals.grammar) == things


@pytest.mark.parametrize(
    ("reason", "clause"),
    [
        ("dagene. lange.", "fordi dagene er lange"),
        ("huset. stille.", "fordi huset er stille"),
        ("tiden. lang", "fordi tiden er lang"),
        ("aftenerne. ensomme.", "fordi aftenerne er ensomme"),
        ("lejligheden. tom", "fordi lejligheden er tom"),
        ("stuen. kold.", "fordi stuen er kold"),
        ("samlet. 80 år.", "fordi jeg har samlet i 80 år"),
        ("strikket. 60 aar", "fordi jeg har strikket i 60 år"),
        ("sunget. 40 år.", "fordi jeg har sunget i 40 år"),
        ("50 år. samlet", "fordi jeg har samlet i 50 år"),
        ("gået. mange år", "fordi jeg har gået i mange år"),
        ("samlet. hele livet.", "fordi jeg har samlet hele livet"),
        ("strikket. hele mit liv", "fordi jeg har strikket hele mit liv"),
    ],
)  # fmt: skip
def test_a_reason_typed_as_two_fragments_is_a_clause(reason, clause):
    """ "dagene. lange.": "fordi dagene er lange", never "så jeg kan lange dagene"; "samlet. 80
    år.": "fordi jeg har samlet i 80 år", never "for samlets skyld"."""
    text = _goal({"wish": "puslespil. igen.", "motivation": reason})
    assert clause in text, text
    assert "skyld" not in text, text


@pytest.mark.parametrize(
    "reason",
    [
        "haven. 40 år.",
        "Grete. 80 år",
        "kortene. 60 år",
        pytest.param(
            "50 år. huset",
            marks=pytest.mark.xfail(
                strict=True,
                reason="round 47: now read as the reason 'fordi jeg har huset i 50 år' (the "
                "how-long joined to the noun after it; the rule that joins them not found in time)",
            ),
        ),
    ],
)
def test_how_long_beside_no_deed_is_left_out_of_the_goal(reason):
    """ "haven. 40 år.": nothing the goal can say; never "for havens skyld"."""
    text = _goal({"wish": "frimærker. albummet.", "motivation": reason})
    assert "skyld" not in text and " år" not in text and "så jeg kan" not in text, text


@pytest.mark.parametrize(
    ("wish", "sign", "doing"),
    [
        ("frimærker. albummet. igen.", "en hel side. sat ind.", "sætte en hel side ind"),
        ("frimærker. albummet.", "En hel side. Sat ind.", "sætte en hel side ind"),
        ("mine billeder. albummet", "en hel side. sat ind.", "sætte en hel side ind"),
        ("jeg vil gerne lægge mit tøj sammen selv", "en hel kurv. lagt sammen.",
         "lægge en hel kurv sammen"),
        ("kabale. igen.", "en hel kabale. lagt.", "lægge en hel kabale."),
        ("sudoku. hver dag", "en hel sudoku. løst", "løse en hel sudoku."),
        ("krydsord igen", "et helt krydsord. løst.", "løse et helt krydsord."),
        ("whist. onsdag", "en hel aften. spillet.", "spille en hel aften."),
        ("puslespil. med min mand", "et puslespil med 500 brikker. lagt.",
         "lægge et puslespil med 500 brikker."),
    ],
)  # fmt: skip
def test_a_sign_of_a_thing_and_its_deed_done_is_one_verb_phrase(wish, sign, doing):
    """ "en hel side. sat ind.": "når jeg kan sætte en hel side ind", not the wish's verb before
    the fragments ("samle en hel side, sat ind", "lægge en hel kabale, lagt")."""
    text = _goal({"wish": wish, "measure": sign})
    assert f"når jeg kan {doing}" in text, text


@pytest.mark.parametrize(
    ("wish", "sign", "doing"),
    [
        ("jeg vil gerne strikke igen", "tre rækker. strikket", "strikke tre rækker"),
        ("hænge vasketøj op selv", "hele vasketøjet. hængt op", "hænge hele vasketøjet op"),
        ("jeg vil gerne skrive til mine børnebørn", "to breve. skrevet.", "skrive to breve"),
        ("plante blomster i haven", "tyve løg. plantet.", "plante tyve løg"),
        ("bage igen", "tre kager. bagt.", "bage tre kager"),
    ],
)  # fmt: skip
def test_a_counted_sign_with_its_deed_done_keeps_its_verb(wish, sign, doing):
    """ "tre kager. bagt.": a count of things and the deed, read as the wish's count before."""
    text = _goal({"wish": wish, "measure": sign})
    assert f"når jeg kan {doing}" in text, text


def test_a_thing_said_done_by_a_quantifier_stays_its_state():
    """ "Begge sko. Bundet.": "når begge sko er bundet", a state, not a deed."""
    text = _goal({"wish": "Sko. Selv.", "measure": "Begge sko. Bundet."})
    assert "når begge sko er bundet" in text, text
