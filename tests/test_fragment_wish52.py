"""Fix round 52 (blind171_enkeltord_ellen): a wish typed in fragments whose verb part carries
"igen" ("Cello. Spille igen. Kvartetten.") takes the bare noun as the verb's object, as the verb
alone does ("Cello. Spille."), the group played in as its place ("i kvartetten"), and "igen"
last; the label of the activity ("dyrke min hobby") never replaces her words. A part's capital
typed as a sentence start is no name's. Through the real engine and content."""

from __future__ import annotations

import pytest
from compose_support import dialogue_goal


def _wish(said: str) -> str:
    goal = dialogue_goal(wish=said)
    head = "Jeg vil kunne "
    assert goal.startswith(head), goal
    return goal[len(head) :].split(" hver dag")[0]


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("Cello. Spille igen. Kvartetten.", "spille cello i kvartetten igen"),
        ("cello. spille igen. kvartetten", "spille cello i kvartetten igen"),  # no capitals
        ("Cello. Kvartetten. Spille igen.", "spille cello i kvartetten igen"),
        ("Cello. Spille igen.", "spille cello igen"),
        ("Violin. Spille igen. Trioen.", "spille violin i trioen igen"),
        ("Vafler. Bage igen.", "bage vafler igen"),
        ("Strikke igen. Sokker.", "strikke sokker igen"),
        ("Klaver. Spille igen. Ensemblet.", "spille klaver i ensemblet igen"),
        ("Guitar. Spille igen. Jazzbandet.", "spille guitar i jazzbandet igen"),
    ],
)
def test_a_fragment_verb_with_igen_takes_its_bare_object(said, wish):
    """Blind171: "Cello. Spille igen. Kvartetten." became "dyrke min hobby"."""
    assert _wish(said) == wish


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("Cello. Spille.", "spille cello"),  # as before
        ("Synge. Koret. Igen.", "synge i koret igen"),  # a place, no object; no capital
        # a motion verb takes no object; "igen" last since fix round 54 (f2)
        ("Haven. Gå igen.", "gå til haven igen"),
        ("Avisen. Hente. Postkassen.", "hente avisen ved postkassen"),
        ("Svømme. Hallen.", "svømme i hallen"),
    ],
)
def test_other_fragment_wishes_stay_as_before(said, wish):
    """Counter-examples: a place alone, a motion verb and a definite object are read as they
    were; a place typed as a sentence loses its capital."""
    assert _wish(said) == wish


@pytest.mark.parametrize(
    "said",
    [
        "Cello. Spille igen. Kvartetten.",
        "Cello. Spille igen.",
    ],
)
def test_the_label_never_replaces_the_fragment_wish(said):
    assert "hobby" not in dialogue_goal(wish=said)
