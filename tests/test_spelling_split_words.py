"""A word the speech recognition splits is joined when the join is a known word (round 32):
two pieces that are no word alone ("tribu nen"), a name and a piece that make a known place
("Svend borg"), a bare noun with its linking s and a definite noun after a lead of a noun phrase
("med eftermiddags færgen"); genitives of a person or a definite noun stay apart."""

from __future__ import annotations

import pytest
from test_spelling_noun_pairs import spelled


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("jeg vil op ad trapperne på tribu nen ikk", "tribunen"),
        ("øh han sidder altid oppe paa tribu nen til kampene", "tribunen"),
        ("vi tager færgen over til Svend borg om torsdagen", "svendborg"),
        ("min far vil gerne ind til Svend borg og handle", "svendborg"),
        ("og hjem igen med eftermiddags færgen altså", "eftermiddagsfærgen"),
        ("min nabo tager med torsdags færgen alligevel", "torsdagsfærgen"),
        ("kaffe med de gamle fra sømands foreningen ikk", "sømandsforeningen"),
        ("hun har ondt i skulder bladet, når hun løfter", "skulderbladet"),
        ("vi vil ud til sommer huset med ham igen", "sommerhuset"),
        ("hun vil gerne med formiddags bussen ind til byen", "formiddagsbussen"),
        ("øh jeg vil ned i forenings lokalet og spille kort", "foreningslokalet"),
        ("han vil gerne hen til aftens gudstjenesten i kirken", "aftensgudstjenesten"),
    ],
)
def test_a_word_split_by_the_recogniser_is_joined(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("jeg vil over til min søsters huset", ["søsters", "huset"]),
        ("han vil lukke bilens dør selv", ["bilens", "dør"]),
        ("vi skal ned til Lis borg", ["lis", "borg"]),
        ("han kommer om morgens bussen", ["morgens", "bussen"]),
        ("en dags tur med bussen", ["dags", "tur"]),
    ],
)
def test_a_genitive_or_a_name_stays_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart)


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("øh jeg vil gerne ud paa el cyklen igen ikk", "elcyklen"),
        ("min far kører til brugsen på sin el scooter", "elscooter"),
        ("hun vil selv ud i haven med el kørestolen altså", "elkørestolen"),
        ("han vil gerne kunne koge vand i en el kedel selv", "elkedel"),
        ("min mor skal kunne køre på el scooteren til frisøren", "elscooteren"),
        ("og så få en for middags kaffe med naboen bagefter", "formiddagskaffe"),
        ("vi kommer til for middags kaffen om lørdagen ikke også", "formiddagskaffen"),
        ("han vil selv cykle ned til havnen på el cyklen du ved", "elcyklen"),
        ("jeg vil gerne ud og købe ind på min el cykel", "elcykel"),
        ("hun drikker altid en for middags kaffe med søsteren", "formiddagskaffe"),
    ],
)
def test_a_prefix_said_apart_joins_its_noun(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("det er for sent at cykle i dag", ["for", "sent"]),
        ("han tænder for el kedlen om morgenen", ["for", "el"]),
        ("tak for middagen siger hun altid", ["for", "middagen"]),
        ("han er for træt til at gå ud", ["for", "træt"]),
    ],
)
def test_a_prefix_word_without_a_compound_stays(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart)
