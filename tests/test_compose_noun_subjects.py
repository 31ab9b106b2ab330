"""A count noun said bare as the subject of a second-language clause (fix round 32, l2r32):
"sælger kender mig" is the one known, "sælgeren kender mig"; a bare infinitive after it is
written in the present ("rispapir ikke gå i stykker" → "rispapiret går ikke i stykker"), and
after the citizen's own deed with a comma as what must not happen ("uden at rispapiret går i
stykker")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi jeg snakker med folk, sælger kender mig", "sælgeren kender mig"),
        ("jeg vil gaa selv. Stok hjælpe mig meget", "Stokken hjælper mig meget"),
        ("fordi vogn være tung at bære", "fordi vognen er tung"),
        ("så jeg kan tage trappen, når elevator ikke køre", "når elevatoren ikke kører"),
        ("hvis sko ikke passe, falder jeg", "hvis skoen ikke passer"),
        ("jeg sover ikke, maskine larmer om natten", "maskinen larmer om natten"),
        ("jeg vil gå til torvet, fordi sælger kende mig og smile", "fordi sælgeren kender mig"),
        ("hun vil ud igen, fordi hund vente ved døren", "fordi hunden venter ved døren"),
    ],
)
def test_a_count_noun_said_bare_as_a_subject_is_the_one_known(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("rulle 30 stykker, rispapir ikke gå i stykker", "uden at rispapiret går i stykker"),
        ("når jeg kan gå til bageren, ben ikke gøre ondt", "uden at benet gør ondt"),
        ("bage 20 boller, ovn ikke brænde dem", "uden at ovnen brænder dem"),
        ("jeg vil kunne gå på trappen, knæ ikke give efter", "uden at knæet giver efter"),
        ("Stok ikke glide på gulvet", "Stokken glider ikke på gulvet"),
    ],
)
def test_a_negated_bare_noun_clause_after_a_deed_is_what_must_not_happen(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("fordi mad smager godt hos min datter", "fordi mad smager godt"),  # a mass noun
        ("fordi kaffe er godt med venner", "fordi kaffe er godt"),
        ("fordi min sælger kender mig", "min sælger kender mig"),  # its possessive said
        ("jeg vil købe brød og kaffe hver dag", "købe brød og kaffe"),  # an object
        ("fordi Sælger Hansen kender mig", "Sælger Hansen kender mig"),  # a title and a name
        ("fordi købebrød smager ikke af noget", "købebrød smager ikke"),  # a thing in general
        ("Sko. Selv. Snørebånd er bundet.", "Snørebånd er bundet"),
        ("børste tænder selv hver morgen", "børste tænder selv"),  # a verb, no noun
    ],
)
def test_a_mass_noun_or_a_noun_with_its_word_before_stays(said, kept):
    assert kept in polish(said, G)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Med nye høreapparat fra hørecentral.", "Med nye høreapparater"),
        ("jeg vil strikke med tykke pind igen", "med tykke pinde igen"),
        ("hun vil ud at gå på lange tur hver dag", "på lange ture hver dag"),
        ("jeg vil klare trappen uden nye knæ", "uden nye knæ"),  # a plural like its singular
        ("jeg vil spise selv med store ske", "med store skeer"),
        ("hun vil lave mad med lette gryde igen", "med lette gryder igen"),
        ("jeg vil gå med nye sko og stok", "med nye sko og"),
    ],
)
def test_a_bare_singular_after_a_plural_adjective_takes_its_number(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil gå med den nye stok", "med den nye stok"),  # an article said
        ("jeg vil gå med min nye rollator", "med min nye rollator"),
        ("jeg vil gå med ny stok", "med ny stok"),  # no plural said
        ("jeg vil lave mad med store kort", "med store kort"),
    ],
)
def test_a_noun_with_its_article_or_a_singular_adjective_stays(said, kept):
    assert kept in polish(said, G)
