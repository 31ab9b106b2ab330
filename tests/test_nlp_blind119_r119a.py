"""Round 29 (r119a): the dialect article before a split compound, a double letter typed once."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, at_summary

from assistant.dialogs.draft import _goal_aids, goal_fields
from assistant.nlp import get_analyzer


def spelled(text: str) -> str:
    """The words of `text` as the lemma step reads them."""
    return " ".join(get_analyzer().nlp(text)._.hm_spelling)


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        ("øh a vil gerne ud mæ æ ilt apparat ikk", "øh jeg vil gerne ud med iltapparatet ikk"),
        ("hun sidder i æ bade stol om morgenen", "hun sidder i badestolen om morgenen"),
        (
            "han holder fast i æ gang stativ når han går",
            "han holder fast i gangstativet når han går",
        ),
        ("a ka godt gå mæ æ rolle ator", "jeg kan godt gå med rollatoren"),
        ("altså jeg går ned til æ post kasse", "altså jeg går ned til postkassen"),
    ],
)
def test_the_dialect_article_before_a_split_compound_is_its_definite_form(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        (
            "jeg vil gerne selv bestile tid hos frisøren",
            "jeg vil gerne selv bestille tid hos frisøren",
        ),
        (
            "min mor vil kunne bestile varer paa nettet",
            "min mor vil kunne bestille varer på nettet",
        ),
        ("han vil bestile taxa selv", "han vil bestille taxa selv"),
    ],
)
def test_a_double_letter_typed_once_is_the_commonest_word(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    ("wish", "how", "aid"),
    [
        (
            "jeg vil gerne selv ringe til min søster",
            "med mine hoereapparater koblet til telefonen saa jeg kan hoere hende",
            "høreapparat",
        ),
        (
            "øh jeg vil gerne selv handle i Netto",
            "med min rollator foldet sammen i bilen ikk",
            "rollator",
        ),
        (
            "min mor vil gerne selv gå i bad",
            "med badetaburetten stillet ind i bruseren",
            "badetaburet",
        ),
    ],
)
def test_a_participle_after_the_aid_is_no_aid_of_its_own(wish, how, aid):
    turn = at_summary({"wish": wish, "independence": how})
    goal = turn.state.to_json()["slots"]
    assert _goal_aids(goal, CONTENT) == [aid], goal
    said = str(goal.get("aid_said") or "").split()
    assert not said or said[-1] not in ("koblet", "foldet", "stillet")  # no phrase cut after it


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        (
            "øh jeg var frivillig derude i mange år ikk og jeg vil gerne derud igen og fodre "
            "hundene om onsdagen",
            "derud igen og fodre hundene",
        ),
        (
            "vi havde en kolonihave ude ved banen og jeg vil gerne derud igen og plukke bær",
            "ud til kolonihaven igen og plukke bær",
        ),
        (
            "min mor gik altid i kirken og hun vil gerne derhen igen og synge med",
            "hen til kirken igen og synge med",
        ),
        ("svømmehallen, der vil jeg gerne derhen igen", "hen til svømmehallen igen"),
    ],
)
def test_a_wish_to_go_there_said_without_its_verb_keeps_what_is_done_there(wish, action):
    turn = at_summary({"wish": wish})
    assert turn.state.to_json()["slots"].get("own_action") == action


@pytest.mark.parametrize(
    ("wish", "reason", "said"),
    [
        (
            "jeg vil gerne selv kunne handle ind igen. nu er det min søn der kører mig",
            "jeg vil ikke vaere afhaengig af ham hele tiden",
            "afhængig af min søn",
        ),
        (
            "øh jeg vil gerne selv gå i bad altså min mand hjælper mig nu",
            "jeg vil ikke bede ham om hjælp hver morgen ikk",
            "bede min mand om hjælp",
        ),
        (
            "jeg vil selv ringe til lægen. det er min søster der gør det nu",
            "fordi jeg ikke vil ligge hende til last",
            "ligge min søster til last",
        ),
    ],
)
def test_a_reasons_him_or_her_is_the_relative_the_wish_names(wish, reason, said):
    turn = at_summary({"wish": wish, "motivation": reason})
    assert said in goal_fields(turn.state, CONTENT)["motivation"]


@pytest.mark.parametrize(
    ("wish", "reason"),
    [
        # two of her gender named: whom "hende" is, is not told
        ("min datter og min svigerdatter handler for mig nu", "jeg vil ikke ligge hende til last"),
        # the reason names the person itself
        (
            "min datter handler for mig nu",
            "så min datter ikke skal bruge sin tid på at hjælpe hende",
        ),
    ],
)
def test_a_reasons_pronoun_stays_when_whom_is_not_clear(wish, reason):
    turn = at_summary({"wish": wish, "motivation": reason})
    assert "hende" in goal_fields(turn.state, CONTENT)["motivation"]
