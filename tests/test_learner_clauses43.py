"""Second-language clauses written as Danish (round 43, blind147 Mahmoud): a fronted "når"
clause right after "fordi" puts the main clause's verb first ("fordi når jeg spiller, jeg er
hjemme" → "…, er jeg hjemme"); "uden" before a clause of its own subject takes its "at" ("uden
venstre hånd stopper" → "uden at venstre hånd stopper"); a bare adjective of origin after a place
preposition is written definite ("i syrisk forening" → "i den syriske forening")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil spille oud igen, fordi når jeg spiller, jeg er hjemme i Aleppo igen.",
         "fordi når jeg spiller, er jeg hjemme i Aleppo igen."),
        ("jeg vil cykle igen, fordi når jeg cykler, jeg føler mig fri",
         "fordi når jeg cykler, føler jeg mig fri"),
        ("jeg vil gå i kirke, fordi når jeg synger, jeg glemmer smerterne",
         "fordi når jeg synger, glemmer jeg smerterne"),
        # already written so, and "fordi" with its own clause: as said
        ("jeg vil svømme, fordi når jeg svømmer, har jeg ikke ondt",
         "fordi når jeg svømmer, har jeg ikke ondt"),
        ("jeg vil gå ture, fordi hvis jeg ikke går, bliver jeg stiv",
         "fordi hvis jeg ikke går, bliver jeg stiv"),
    ],
)  # fmt: skip
def test_a_fronted_clause_after_fordi_puts_the_verb_first(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("når jeg kan spille tre sange helt til ende, uden venstre hånd stopper",
         "uden at venstre hånd stopper"),
        ("gå hele vejen uden benet gør ondt", "uden at benet gør ondt"),
        ("gå hele vejen uden min ryg driller", "uden at min ryg driller"),
        ("klare trapperne uden Anna hjælper", "uden at Anna hjælper"),
    ],
)  # fmt: skip
def test_uden_before_a_clause_takes_at(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    "said",
    [
        "gå hele vejen uden hjælp",
        "gå hele vejen uden min stok",
        "gå hele vejen uden at stoppe",
        "gå hele vejen uden pause går jeg",
        "gå til bussen uden stokken og hjem igen",
        "komme op uden hjælp fra hjemmeplejen",
        "Grethe kan ikke klare sig uden mig men hun bliver tryg",
        "jeg klarer mig ikke uden dem og min kone bliver træt",
    ],
)
def test_uden_before_a_thing_stays(said):
    assert polish(said, GRAMMAR) == said


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("spille oud igen til fest i syrisk forening", "til fest i den syriske forening"),
        ("gå i polsk kirke hver søndag", "gå i den polske kirke hver søndag"),
        ("handle i tyrkisk butik", "handle i den tyrkiske butik"),
    ],
)
def test_an_origin_adjective_after_a_place_preposition_is_definite(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    "said",
    [
        "snakke arabisk med min nabo",
        "spise syrisk mad med familien",
        "læse arabisk avis",
        "mødes i den syriske forening",
        "gå i syriske foreninger",
    ],
)
def test_an_origin_adjective_elsewhere_stays(said):
    assert polish(said, GRAMMAR) == said
