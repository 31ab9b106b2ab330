"""A reason's negation said with a spoken companion ("ikke også", "heller ikke", "ikke engang",
"ikke mere") or typed short ("ik", "ikk") survives into the goal (fix round 49, blind163
Torben: "og lis skal ikke ogsaa have det paa sig" was written "og lis skal have det på sig");
a tag said at a clause's end ("det er godt for mig, ikke også") stays out. Names typed small
after "min kone" are names, and cased product names keep their capitals ("mitid": MitID)."""

from __future__ import annotations

import pytest
from compose_support import GOALS, goal_for_motivation, spelled
from persona_expect import negations_lost

_FACTS = {"activity": "fritid", "own_action": "gå i svømmehallen igen", "independence": "selv"}


def goal(why: str, speaker: str = "citizen") -> str:
    return goal_for_motivation(_FACTS, why, speaker)


@pytest.mark.parametrize(
    ("why", "kept"),
    [
        ("fordi min mand skal ikke ogsaa passe mig hele tiden", "ikke også skal passe mig"),
        ("øh fordi min kone skal ikke også have det hele på sig", "ikke også skal have"),
        ("saa min datter ikke ogsaa skal hjaelpe mig med det", "ikke også skal hjælpe"),
        ("fordi min kone skal ikk have det hele paa sig", "ikke skal have det hele"),
        ("fordi min soen skal ik slaebe paa mig hver uge", "ikke skal slæbe"),
        ("fordi min datter skal heller ikke baere det hele", "heller ikke skal bære"),
        ("fordi jeg kan ikke engang gaa til koebmanden nu", "ikke engang kan gå"),
        ("fordi jeg vil ikke mere sidde derhjemme hele dagen", "ikke mere vil sidde"),
        ("fordi han skal aldrig mere sidde alene", "aldrig mere skal sidde"),
    ],
)  # fmt: skip
def test_a_reasons_negation_survives(why, kept):
    sentence = goal(why)
    assert kept in sentence, sentence
    assert negations_lost(sentence, [why]) == [], sentence


@pytest.mark.parametrize(
    ("why", "kept", "dropped"),
    [
        ("det er godt for mig, ikke også", "fordi det er godt for mig", "ikke"),
        ("fordi jeg savner vennerne ikk", "fordi jeg savner vennerne", "ikk"),
        ("jeg kan mærke det hjælper ikke også", "hjælper", "ikke"),
        ("fordi det er frihed ikke også når jeg sidder på landevejen", "det er frihed når", "ikke"),
    ],
)  # fmt: skip
def test_a_tag_at_a_clauses_end_stays_out(why, kept, dropped):
    sentence = goal(why)
    assert kept in sentence and f" {dropped}" not in sentence.split(",", 1)[1], sentence


def test_the_lint_finds_a_lost_negation_and_passes_a_tag():
    said = ["fordi jeg vil ikke vaere afhaengig, og lis skal ikke ogsaa have det paa sig"]
    lost = "Jeg vil klare netbanken, fordi min kone skal have det på sig."
    kept = "Jeg vil klare netbanken, fordi min kone ikke også skal have det på sig."
    assert negations_lost(lost, said) and not negations_lost(kept, said)
    assert not negations_lost("Jeg vil synge, fordi jeg savner at synge med de andre.",
                              ["jeg savner at synge med de andre ik"])  # fmt: skip
    assert not negations_lost("Jeg vil i zoo, fordi det er vores ting mig og ungerne.",
                              ["det er vores ting ikke ogsaa mig og ungerne"])  # fmt: skip


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("bor med min kone lis i hedensted", "Lis"),
        ("min mand anker er doed", "Anker"),
        ("jeg kan logge paa med mitid", "MitID"),
        ("hun betaler med mobilepay i netto", "MobilePay"),
        ("vi ser youtube sammen", "YouTube"),
    ],
)  # fmt: skip
def test_names_typed_small_keep_their_capitals(said, written):
    assert written in spelled(said).split()


def test_a_word_after_min_kone_that_is_no_name_stays():
    assert spelled("min kone siger at jeg skal").split()[2] == "siger"


def test_a_name_typed_small_after_min_kone_is_said_by_the_tie():
    from assistant.content import get_content
    from assistant.dialogs.named_kin import named_kin, with_kin

    content = get_content("da")
    people, g = content.lexicon.people, GOALS.grammar
    kin = named_kin(["bor med min kone lis"], people, ["min"], g.person_names)
    assert kin == {"Lis": "min kone"}
    told = with_kin("og lis skal ikke også have det på sig", kin, people)
    assert told == "og min kone Lis skal ikke også have det på sig"
    # a word after the tie that is no name, and a name said with no tie, stay as said
    assert named_kin(["min kone siger det"], people, ["min"], g.person_names) == {}
    assert with_kin("og lis skal", {}, people) == "og lis skal"
