"""Fix round 46 (fC): people by name and refusals (Inga Marie, blind151_lang_historie_inga_marie).
A married name with no spouse word said, told by the pronoun after it ("i 1958 blev jeg gift med
Aksel, han var slagter"), is the husband: "Aksels opskrift" in the citizen's reason is "min mands
opskrift" (dialogs/named_tie.py spouse_by_pronoun; the reason takes the tie of a genitive before
a thing, or shared with the citizen's own since fix round 53 ("fuglene var Lis' og mine": "min
kones og mine"); a bare name stays). A refusal of a person carried
on past a contrast by their own pronoun ("min svigerdatter Lone vil gerne hjælpe, men hun er
vegetar …, så hende skal I ikke regne med") refuses them (nlp/people_roles.py _refusing). A
first name said on the summary instead of the helper turned down ("nej hellere Bente end min
datter") is the person another answer ties to it, "min veninde Bente" (dialogs/named_helper.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import at_summary, go

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
WISH = "jeg vil gerne lave rullepølse igen til påskefrokosten"


@pytest.mark.parametrize(
    ("everyday", "motivation", "said", "not_said"),
    [
        ("I 1958 blev jeg gift med Aksel, han var slagter. Aksel døde i 2018.",
         "Fordi det er Aksels opskrift, og det er mig, der har den i hænderne.",
         "min mands opskrift", "Aksel"),
        ("jeg blev gift med Grethe hun var syerske og vi fik tre børn",
         "fordi det er Grethes opskrift og børnene elsker den", "min kones opskrift", "Grethe"),
        ("øh jeg er gift med Poul, han er 80 nu",  # a filler, "gift med" in the present
         "fordi det er Pouls yndlingsret og han savner den", "min mands yndlingsret", "Poul"),
        # a genitive shared with the citizen's own (fix round 53: blind146_nej_ib, blind168)
        ("Min kone Lis døde i foråret.", "Fordi fuglene var Lis' og mine, og når jeg står derude "
         "og de sidder og snakker, så er hun der lidt endnu.", "fuglene var min kones og mine",
         "Lis'"),
    ],
)  # fmt: skip
def test_a_spouses_genitive_in_the_reason_is_said_by_the_tie(everyday, motivation, said, not_said):
    goal = at_summary({"everyday": everyday, "wish": WISH, "motivation": motivation}).goal_text
    assert said in goal and not_said not in goal, goal


@pytest.mark.parametrize(
    ("everyday", "motivation", "said"),
    [
        # two spouse pronouns told: whose is unknown
        ("jeg blev gift med Aksel, han var slagter, og gift med Inger, hun døde",
         "fordi det er Aksels opskrift", "Aksels opskrift"),
        # married, no pronoun after the name: no spouse word known
        ("jeg blev gift med Aksel i 1958", "fordi det er Aksels opskrift", "Aksels opskrift"),
        # a bare name in a reason is another rule's ("fordi Karen synger med")
        ("jeg blev gift med Karen, hun synger i koret", "fordi Karen synger med", "Karen synger"),
    ],
)  # fmt: skip
def test_a_name_with_no_single_tie_in_the_reason_stays(everyday, motivation, said):
    goal = at_summary({"everyday": everyday, "wish": WISH, "motivation": motivation}).goal_text
    assert said in goal, goal


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min svigerdatter Lone vil gerne hjælpe, men hun er vegetar og synes, det er ulækkert, "
         "så hende skal I ikke regne med.", "svigerdatter"),
        ("min datter vil gerne hjaelpe men hun har travlt paa arbejdet og boern og det hele, saa "
         "hende skal i ikke regne med", "datter"),
        ("øh min søn han vil godt køre mig, men han har ikke kørekort længere og bilen er solgt, "
         "så ham kan vi ikke regne med", "søn"),
    ],
)  # fmt: skip
def test_a_refusal_carried_past_a_contrast_by_the_persons_pronoun(said, person):
    assert analyze(said, TODAY).extras["people_roles"].get(person) == "unwanted"


@pytest.mark.parametrize(
    ("said", "person", "role"),
    [
        ("min datter kommer og hjælper, men hun kan ikke om søndagen", "datter", "helper"),
        ("min søn Jens hjælper mig og så er der viceværten Kurt men ham vil jeg nu ikke spørge",
         "søn", "helper"),
    ],
)  # fmt: skip
def test_a_helper_with_a_contrast_of_their_own_stays_a_helper(said, person, role):
    assert analyze(said, TODAY).extras["people_roles"].get(person) == role


def _corrected(everyday: str, reply: str) -> list:
    turn = at_summary(
        {"everyday": everyday, "wish": "jeg vil gerne gå en tur i parken igen",
         "people": "min datter kan hjælpe mig"}
    )  # fmt: skip
    assert turn.state.slots.get("people") == ["datter"]
    return go(turn, reply).state.slots.get("people")


@pytest.mark.parametrize(
    ("everyday", "reply", "people"),
    [
        ("min veninde Bente bor ved siden af", "nej hellere Bente end min datter", ["veninde"]),
        ("min veninde Bente bor ved siden af", "nej ikke min datter, det bliver Bente",
         ["veninde"]),
        ("jeg bor alene, min nabo Kurt kigger ind", "nej altså ikke datteren men Kurt", ["nabo"]),
        # no tie told: the change question asks, nobody is made up
        ("jeg bor alene", "nej hellere Bente end min datter", []),
        # "ikke Bente": no helper instead
        ("min veninde Bente bor ved siden af", "nej ikke min datter og ikke Bente", []),
    ],
)  # fmt: skip
def test_a_name_said_instead_on_the_summary_is_its_tied_person(everyday, reply, people):
    assert _corrected(everyday, reply) == people
