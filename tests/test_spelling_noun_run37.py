"""Compounds no table knows whole, said in parts by the speech recogniser ("en ny skulder
støtte", "en kul fiber bue", "i spille mands lauget", "de andre spille mænd"), are joined;
nouns that count or measure ("en kop kaffe"), persons, adjectives and two objects stay apart
(round 135, Tove). A compound's first part typed with b for p ("teleskobskaft") is respelled."""

from __future__ import annotations

import pytest
from test_spelling_noun_pairs import spelled

from assistant.content import get_content


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("øh jeg har fået en ny skulder støtte til violinen ik", "skulderstøtte"),
        ("hun bruger en kul fiber bue nu den er lettere", "kulfiberbue"),
        ("min kone vil have en kaffe kande der ikke er så tung", "kaffekande"),
        ("jeg har fået et hus tag der ikke drypper", "hustag"),
        ("han spiller i spille mands lauget om torsdagen", "spillemandslauget"),
        ("de andre spille mænd venter på mig", "spillemænd"),
        ("så sidder hun på sin rollator sæde og hviler", "rollatorsæde"),
    ],
)
def test_a_compound_said_in_parts_is_joined(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("jeg drikker en kop kaffe med naboen", ["kop", "kaffe"]),
        ("han vil bare have et glas vand", ["glas", "vand"]),
        ("min mand kone og børn kommer", ["mand", "kone"]),
        ("det var for et år siden", ["år", "siden"]),
        ("jeg giver min hund mad om morgenen", ["hund", "mad"]),
        ("de andre spille kort om aftenen", ["spille", "kort"]),
        ("de er mine bedste venner", ["bedste", "venner"]),
        ("vi går en lang tur", ["lang", "tur"]),
        ("jeg vil min mad lave selv", ["mad", "lave"]),
        ("det har været et godt liv herude", ["godt", "liv"]),
        ("hun vil gerne have et rent hus igen", ["rent", "hus"]),
        ("han går med sin stok inde i huset", ["stok", "inde"]),
        ("jeg skal måle min iltmætning hverdag", ["iltmætning", "hverdag"]),
        ("med sådan en knappe hjælpe ting", ["knappe", "hjælpe", "ting"]),
        ("han går så skævt med sin krumme ryg", ["krumme", "ryg"]),
        ("jeg vil passe min mors grav igen", ["mors", "grav"]),
        ("hun laver en gryde fiskesuppe til os", ["gryde", "fiskesuppe"]),
        ("min lille sorte bog med numre", ["sorte", "bog"]),
        ("jeg har en symaskine bare den er gammel", ["symaskine", "bare"]),
    ],
)
def test_nouns_that_are_no_compound_stay_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart)


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("en grensaks med teleskobskaft", "teleskopskaft"),
        ("jeg har en teleskobstang til vinduerne", "teleskopstang"),
    ],
)
def test_a_voiced_stop_in_a_compound_head_is_respelled(typed, word):
    assert word in spelled(typed)


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("jeg skærer med en brødkniv", "brødkniv"),
        ("hun bruger diktering på telefonen", "diktering"),
        ("vandet er rendende koldt", "rendende"),
    ],
)
def test_a_word_with_no_voiced_slip_keeps_its_stops(typed, word):
    assert word in spelled(typed)


@pytest.mark.parametrize(
    ("participle", "verb"),
    [
        ("beskåret", "beskære"),
        ("beskaaret", "beskære"),
        ("afskåret", "afskære"),
        ("opgivet", "opgive"),
        ("lavet", "lave"),
        ("skåret", "skære"),
    ],
)
def test_a_participle_of_the_table_behind_a_prefix(participle, verb):
    g = get_content("da").goals.grammar
    assert g.infinitive_of_participle(participle) == verb


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("og jeg vil ha aebler til boernebornene i efteraaret ligesom altid", "ligesom altid"),
        ("fordi vi plejer at spise sammen om søndagen ligesom sædvanlig", "ligesom sædvanlig"),
    ],
)
def test_ligesom_before_altid_says_as_always(told, kept):
    from assistant.nlp.compose import reason_frame

    assert reason_frame(told, get_content("da").goals, "citizen")[1].endswith(kept)


def test_bare_before_altid_is_still_a_filler():
    from assistant.nlp.compose import reason_frame

    words = reason_frame("fordi jeg bare altid har elsket at bage", get_content("da").goals)[1]
    assert "bare" not in words.split()
