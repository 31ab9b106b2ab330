"""Fix round 47 (fB): every "nej" honoured, a refused idea never the goal or its purpose.

What one might as well do if a refused idea came true ("Nej, det gider jeg ikke, så kunne jeg
lige så godt flytte i lejlighed") and a verb-first "så kan jeg …" in the sentence of a refusal
before the wish are no purpose of the goal (blind155 Bent: "så jeg kan så godt flytte i
lejlighed"); a "så jeg kan …" after the wish, or "lige så godt som før", still is. A wish said
without its verb after a refusal said alone ("Det vil jeg ikke. Hellere selv gå ned og handle.")
is the wish, not a lack (a relative's idea refused, the citizen's own wish after it)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def facts(text: str):
    return analyze(text, TODAY)


@pytest.mark.parametrize(
    "said",
    [
        "Min søn siger vi skal have rengøringshjælp. Nej det gider jeg ikke, så kan jeg jo lige så"
        " godt ligge i sengen. Jeg vil selv støvsuge stuen.",
        "øh nej det vil jeg ikke, saa kunne jeg ligesaa godt flytte paa plejehjem. jeg vil gerne"
        " selv lave min mad igen",
        "Hun siger jeg skal ha en rollator. Nej tak, så kunne jeg lige så godt blive siddende i"
        " stolen. Jeg vil gå ned til postkassen med min stok.",
        "Datteren mener vi skal få madservice. Det gider han ikke, så kunne han lige så godt ligge"
        " på plejehjem. Han vil selv lave mad igen.",
        "Nej nej, det orker jeg ikke, så kan jeg sgu lige så godt sælge båden. Jeg vil ud og sejle"
        " igen til sommer.",
        "Jeg gider ikke sidde inde hele dagen, så kan jeg lige så godt være død. Jeg vil ud at gå"
        " med hunden.",
        "Sønnen siger, at jeg skal have en trappelift, men det gider jeg ikke, så kunne jeg lige så"
        " godt flytte. Jeg vil gå op ad trappen selv.",
        "Min svigersøn siger, at vi skal have en havemand. Nej, det gider jeg ikke, så kunne jeg"
        " lige så godt flytte i lejlighed. Jeg vil selv slå græsplænen igen.",
    ],
)
def test_what_one_might_as_well_do_is_no_purpose(said):
    assert facts(said).motivation is None


@pytest.mark.parametrize(
    "said",
    [
        "Nej tak, det vil jeg ikke, så bliver jeg bare doven. Jeg vil selv gå ned i Netto.",
        "Datteren vil ha mig på dagcenter. Nej det gider jeg ikke, så får jeg bare ingen ro. Jeg"
        " vil gerne gå til svømning igen.",
        "Nej, hjemmeplejen gider jeg ikke, så kan de komme og gå som de vil. Jeg vil selv komme i"
        " bad.",
        "Det vil hun ikke, så bliver hun bare sur. Hun vil gerne selv lave maden.",
    ],
)
def test_what_a_refusal_brings_before_the_wish_is_no_purpose(said):
    assert facts(said).motivation is None


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        # a purpose after the wish, after a no, stays
        (
            "Nej, ikke hjemmehjælp, det gider jeg ikke. Jeg vil selv gøre rent, så jeg kan bestemme"
            " selv.",
            "bestemme selv",
        ),
        (
            "Nej, det gider jeg ikke. Jeg vil selv slå græsset, så kan jeg mærke at jeg kan noget.",
            "mærke at jeg kan noget",
        ),
        (
            "Nej, jeg vil ikke have en havemand, jeg vil selv slå græsset så jeg kan være ude i"
            " haven.",
            "være ude i haven",
        ),
        ("Jeg vil gerne selv handle igen, så kan jeg selv vælge mine varer.", "selv vælge"),
        (
            "Nej, ikke rollator. Jeg vil gå med min stok, så kan jeg komme op i bussen.",
            "komme op i bussen",
        ),
        # "lige så godt som før" compares: a purpose all the same
        (
            "Jeg vil gerne cykle igen, så kan jeg lige så godt som før komme ned til havnen.",
            "komme ned til havnen",
        ),
    ],
)
def test_a_purpose_of_the_wish_after_a_no_stays(said, reason):
    assert reason in (facts(said).motivation or "")


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("det vil jeg ikke. selv gå ned og handle.", "gå ned og handle"),
        (
            "hun mener jeg burde komme på dagcenter. det vil jeg ikke. hellere selv gå ned og"
            " handle.",
            "gå ned og handle",
        ),
        ("nej det gider jeg ikke. hellere ud at fiske", "ud at fiske"),
        ("Nej. Gå ned til havnen.", "gå ned til havnen"),
        # another person's will taken back ("min kone vil …", "de vil have at jeg skal …"), an
        # idiom that refuses ("det kan de glemme", "det er ikke noget for mig")
        (
            "Min kone vil have en robotplæneklipper. Nej. Hellere selv slå græsset med den gamle.",
            "slå græsset med den gamle",
        ),
        (
            "De vil have at jeg skal på dagcenter. Det kan de glemme. Selv gå i Brugsen.",
            "gå i Brugsen",
        ),
        (
            "Min datter vil gerne have mig med til banko. Det er ikke noget for mig. Hellere ud at"
            " gå med hunden.",
            "ud at gå med hunden",
        ),
        (
            "min datter siger jeg skal gå til banko. det gider jeg ikke. hellere ud at fiske",
            "ud at fiske",
        ),
    ],
)
def test_a_verbless_wish_after_a_refusal_said_alone_is_the_wish(said, action):
    assert facts(said).extras["action"] == action


@pytest.mark.parametrize(
    ("said", "action"),
    [
        # the wish with its verb after a refusal: as before
        ("det vil jeg ikke. jeg vil selv gå ned og handle.", "gå ned og handle"),
        ("hellere selv gå ned og handle.", "gå ned og handle"),
    ],
)
def test_a_wish_with_its_verb_after_a_refusal_is_unchanged(said, action):
    assert facts(said).extras["action"] == action
