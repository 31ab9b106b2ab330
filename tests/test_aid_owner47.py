"""Fix round 47 (fD), blind155 Else: an aid told as another person's is never the citizen's
means ("Inga kan ikke selv rejse, hun sidder i kørestol" gave Else "min kørestol"). The analyzer
reads the aid's owner (nlp/aid_owner.py: the clause's subject that is a person word or a name
before a verb of aids.yaml owner_verbs, "hun" pointing back to one, a person's genitive, "hans"
said by the citizen); the dialogue keeps such aids out unless the owner is the citizen as the
relative calls them (dialogs/aid_owners.py)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import CONTENT, TODAY, answered_until, card, go

from assistant.dialogs.engine import new_state, start

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "aid", "owner"),
    [
        ("Inga kan ikke selv rejse, hun sidder i kørestol.", "kørestol", "Inga"),
        ("søsteren sidder i kørestol", "kørestol", "søsteren"),
        ("min søster, som sidder i kørestol, vil gerne med", "kørestol", "søster"),
        ("hans rollator står i gangen", "rollator", "hans"),
        ("min mands rollator står ude i gangen", "rollator", "mand"),
        ("min mand har en rollator", "rollator", "mand"),
        ("oeh min nabo bruger rollator", "rollator", "nabo"),
        ("Ingas kørestol kan ikke komme ind i toget", "kørestol", "Inga"),
    ],
)
def test_another_persons_aid_has_its_owner(said, aid, owner):
    facts = understand(said, DAY)
    assert aid in facts.aids
    assert facts.extras["aid_owners"].get(aid) == owner, facts.extras["aid_owners"]


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne gå med min rollator",
        "min datter hjælper mig med rollatoren",
        "min datter har købt en hjelm til mig, og så bruger jeg knæskinnen",
        "Heldigvis har jeg en rollator",
        "Hun har en rollator, der kan klappes sammen",  # a relative of the citizen
        "mor går med rollator og vil gerne i byen",  # owned by "mor": the dialogue decides
        "jeg har en rollator, som jeg bruger hver dag",
        "Med de gåstave, fysioterapeuten har vist mig.",  # "de": the article, no owner
    ],
)
def test_the_citizens_aid_has_no_other_owner(said):
    owners = understand(said, DAY).extras["aid_owners"]
    assert not (set(owners) - {"rollator"} if "mor" in said.split() else owners), owners


_RELATIVE = {
    "wish": "Mor vil så gerne tage toget til Kolding igen og besøge sin søster. Inga kan ikke "
    "selv rejse, hun sidder i kørestol.",
    "measure": "at hun kan komme op og ned af toget",
    "frequency": "en gang om måneden",
    "deadline": "til marts",
    "motivation": "fordi de er de sidste søskende",
    "independence": "Hun har en rollator og en lup.",
}


def test_the_sisters_wheelchair_is_not_the_citizens():
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    turn = answered_until(turn, {**_RELATIVE, "handover": card("ikke_selv")}, "confirm")
    assert "kørestol" not in turn.goal_text and "rollator" in turn.goal_text, turn.goal_text
