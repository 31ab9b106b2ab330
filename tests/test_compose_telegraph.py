"""Goal sentences from telegraphic answers: single words and short fragments typed with a capital
and a full stop ("Strømper. Selv.", "Begge strømper. Trukket op.") written as Danish sentences."""

from __future__ import annotations

import pytest
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp.compose import compose
from assistant.nlp.grammar import polish
from assistant.nlp.phrase import own_possessive_of
from assistant.nlp.states import with_state_verb
from assistant.nlp.telegraph import (
    articles_at_clause_end,
    described_thing,
    direction_before_names,
    listed_things,
    listed_verbs,
    signs_as_verbs,
    wish_of_things,
    wish_verb_from_sign,
)

CONTENT = get_content("da")
GOALS = CONTENT.goals
G = GOALS.grammar
DRESSING = {"activity": "paaklaedning", "speaker": "citizen", "frequency": None, "deadline": None}


def _wish(sentence: str) -> str:
    return sentence.split(". Jeg ved", 1)[0].rstrip(".")


# --- a thing said alone: its typed capital lowered, the citizen's own possessive before it -----


@pytest.mark.parametrize(
    ("own", "speaker", "phrase"),
    [
        ("Strømper. Selv.", "citizen", "tage mine strømper på"),
        ("Jakke. Selv", "citizen", "tage min jakke på"),
        ("øh Frakke. selv", "citizen", "tage min frakke på"),
        # a relative's words: the goal is the citizen's own, "mine"
        ("Stroemper. Selv.", "relative", "tage mine stroemper på"),
        ("Sko. Selv.", "relative", "tage mine sko på"),
        # a definite form is the citizen's thing already: no possessive before it
        ("Skoene. Selv.", "citizen", "tage skoene på"),
        ("mine sko selv", "citizen", "tage mine sko på"),
    ],
)  # fmt: skip
def test_a_thing_said_alone_is_the_citizens_own_in_small_letters(own, speaker, phrase):
    sentence = compose({**DRESSING, "speaker": speaker, "own_action": own}, GOALS)[0]
    assert _wish(sentence) == f"Jeg vil kunne {phrase}"


@pytest.mark.parametrize(
    ("own", "phrase"),
    [("Sutsko. Selv.", "tage mine sutsko på"), ("øh hjemmesko selv", "tage mine hjemmesko på")],
)
def test_a_compound_thing_said_alone_takes_the_verb_of_its_last_part(own, phrase):
    assert _wish(compose({**DRESSING, "own_action": own}, GOALS)[0]) == f"Jeg vil kunne {phrase}"


@pytest.mark.parametrize(
    ("words", "verb"),
    [(["Sutsko."], "tage … på"), (["mine", "hjemmesko"], "tage … på"), (["sko"], "tage … på"),
     # a thing of no count ("legetøj") or an unknown word keeps its short last part unread:
     # "legetøj" is made (grammar made_things, fix round 47), never put on
     (["legetøj"], "lave"), (["xyzsko"], None), (["spille"], None)],
)  # fmt: skip
def test_a_short_last_part_tells_the_verb_of_a_counted_compound_only(words, verb):
    assert G.noun_verb(words) == verb


def test_a_thing_said_alone_with_a_verb_of_no_particle_gets_no_possessive():
    facts = {**DRESSING, "activity": "medicin", "own_action": "Piller. Selv."}
    assert _wish(compose(facts, GOALS)[0]) == "Jeg vil kunne tage piller"


@pytest.mark.parametrize(
    ("noun", "owner"),
    [("sko", "mine"), ("hjemmesko", "mine"), ("strømper", "mine"), ("briller", "mine"),
     ("jakke", "min"), ("tøj", "mit"), ("skoene", None), ("jakken", None), ("xyzzy", None)],
)  # fmt: skip
def test_the_own_possessive_agrees_with_a_bare_noun(noun, owner):
    assert own_possessive_of(noun, G) == owner


@pytest.mark.parametrize(
    ("kin", "owner"),
    [("tante", "min"), ("fætter", "min"), ("faetter", "min"), ("nevø", "min"), ("svoger", "min"),
     ("oldebarn", "mit"), ("barnebarn", "mit"), ("oldebørn", "mine"), ("søstre", "mine"),
     ("soestre", "mine"), ("Moster", "min")],
)  # fmt: skip
def test_the_own_possessive_agrees_with_a_kin_word(kin, owner):
    # one possessive for things and kin (kin_reason says "min tante", "mine oldebørn" by it)
    assert own_possessive_of(kin, G) == owner


# --- a subject and its state typed as two fragments: one state, said after "når" -------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Begge strømper. Trukket op.", "begge strømper er trukket op."),
        ("Lynlåsen. Lukket.", "lynlåsen er lukket."),
        ("Alle vinduer. Lukket", "alle vinduer er lukket"),
        ("Kurven. Tom.", "kurven er tom."),
        # a bare plural typed alone is the subject too, one like its singular as well
        ("Vinduer. Lukket.", "vinduer er lukket."),
        ("Gardiner. Trukket for", "gardiner er trukket for"),
        ("Snørebånd. Bundet.", "snørebånd er bundet."),
        ("Bord. Ryddet.", "Bord. Ryddet."),  # a singular: no subject without its article
        # a particle typed alone after its subject is its state
        ("Alle strømper. På.", "alle strømper er på."),
        ("Hjelmen. Af", "hjelmen er af"),
        ("Ud. På.", "Ud. På."),
        # a fragment that is no subject, or no state after one, stays as said
        ("Ud. Gå tur.", "Ud. Gå tur."),
        ("Hele vejen. Uden pause.", "Hele vejen. Uden pause."),
        ("Lynlåsen. Den er svær.", "Lynlåsen. Den er svær."),
    ],
)  # fmt: skip
def test_a_subject_and_its_state_typed_as_fragments_are_one_state(said, written):
    assert " ".join(with_state_verb(said.split(), G)) == written


@pytest.mark.parametrize(
    ("word", "plural"),
    [("strømper", True), ("Vinduer", True), ("snørebånd", True), ("lys", True),
     ("bord", False), ("strømpe", False), ("vinduet", False), ("og", False)],
)  # fmt: skip
def test_an_indefinite_plural_is_known_by_the_lemma_table(word, plural):
    assert G.is_indefinite_plural(word) is plural


def test_a_thing_and_a_particle_typed_as_fragments_are_the_sign_not_the_wishs_object():
    facts = {**DRESSING, "own_action": "Jakke. Selv.", "criterion": "Begge handsker. På"}
    sentence = compose(facts, GOALS)[0]
    assert "når begge handsker er på." in sentence
    assert "Begge" not in sentence and "handsker, på" not in sentence


def test_a_bare_plural_and_its_state_typed_as_fragments_are_the_sign():
    facts = {**DRESSING, "own_action": "Sko. Selv.", "criterion": "Snørebånd. Bundet."}
    assert "når snørebånd er bundet." in compose(facts, GOALS)[0]


def test_the_sign_of_fragments_is_a_state_after_naar_never_the_wishs_verb_around_it():
    facts = {**DRESSING, "own_action": "Strømper. Selv.", "criterion": "Begge strømper. Trukket op"}
    sentence = compose(facts, GOALS)[0]
    assert "når begge strømper er trukket op." in sentence
    assert "Trukket" not in sentence and "tage Begge" not in sentence


# --- a thing and its quality typed as two fragments: one noun phrase, the adjective first ------


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("Skohorn. Langt.", "et langt skohorn"),
        ("Gribetang. Lang.", "en lang gribetang"),
        ("rollator. ny", "en ny rollator"),
        ("Stok. Langt.", "en lang stok"),  # the adjective agrees with the noun, not as typed
        ("Bord. Hoej.", "et højt bord"),
        ("Rollator ny", "en ny rollator"),
        # an adjective typed without æøå is written with them, as the speller writes other words
        ("Taburet. Hoej.", "en høj taburet"),
        ("Stol. hoej", "en høj stol"),
        ("Taske. lille.", "en lille taske"),
        # no quality after the thing, or more than one word in a fragment: no phrase
        ("Skohorn.", None),
        ("Strømper. Selv.", None),
        ("Rollator. Den nye.", None),
        ("Ud. Gå tur.", None),
    ],
)  # fmt: skip
def test_a_thing_and_its_quality_typed_as_fragments_are_one_noun_phrase(said, phrase):
    assert described_thing(said, G) == phrase


def test_an_aid_and_its_quality_typed_as_fragments_are_named_so_in_the_goal():
    turn = at_summary({"wish": "Strømper. Selv.", "independence": "gribetang. lang"})
    assert turn.state.slots["aid_said"] == "med en lang gribetang"
    assert "tage mine strømper på med en lang gribetang" in turn.prompt


# --- a noun said bare after a verb at its clause's end takes its article ----------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("så jeg kan gå tur.", "så jeg kan gå en tur."),
        ("Gaa tur", "Gaa en tur"),
        ("så jeg kan tage lur, når jeg kommer hjem", "så jeg kan tage en lur, når jeg kommer hjem"),
        # more after the noun says whose walk, or it is no verb's: as said
        ("gå tur med hunden", "gå tur med hunden"),
        ("det er min tur", "det er min tur"),
        ("gå en tur", "gå en tur"),
    ],
)  # fmt: skip
def test_a_noun_said_bare_at_a_clauses_end_takes_its_article(said, written):
    assert " ".join(articles_at_clause_end(said.split(), G)) == written


def test_a_reason_typed_in_fragments_walks_a_whole_walk():
    turn = at_summary({"wish": "Jakke. Selv.", "motivation": "Ud. Gaa tur."})
    assert "tage min jakke på" in turn.prompt
    assert "gå en tur" in turn.prompt or "gaa en tur" in turn.prompt
    assert "komme ud at gå en tur" in turn.prompt  # the direction kept, its verb before it


# --- a reason typed as one capitalised noun: a common noun in small letters, a name as said ----


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("Haven. Blomster.", "for havens skyld"),
        ("Stranden. Om sommeren", "for strandens skyld"),
        ("øh Naboen. Snak.", "for naboens skyld"),
        # a name, or a word of no counted noun, keeps its capital
        ("Karen. Søndag.", "for Karens skyld"),
        ("Helen.", "for Helens skyld"),
    ],
)  # fmt: skip
def test_a_reason_typed_as_one_capitalised_noun_keeps_a_names_capital_only(reason, said):
    turn = at_summary({"wish": "Jakke. Selv.", "motivation": reason})
    assert f"tage min jakke på, {said}." in turn.prompt


# --- a reason that opens with a direction and no verb: "komme" before it -----------------------


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("ud at gå en tur", "så jeg kan komme ud at gå en tur"),
        ("øh ud og gaa tur", "så jeg kan komme ud og gå en tur"),
        ("Ud. Handle.", "så jeg kan komme ud at handle"),
        ("ned at bade", "så jeg kan komme ned at bade"),
    ],
)  # fmt: skip
def test_a_reason_that_opens_with_a_direction_gets_the_motion_verb(reason, said):
    turn = at_summary({"wish": "Jakke. Selv.", "motivation": reason})
    assert f"tage min jakke på, {said}." in turn.prompt


@pytest.mark.parametrize(
    "reason", ["med min datter", "ud. Det er dejligt", "op at cykle, fordi det er sjovt"]
)
def test_a_direction_before_no_infinitive_gets_no_motion_verb(reason):
    from assistant.nlp.reason import reason_parts  # noqa: PLC0415

    assert "komme" not in reason_parts(reason, G, "citizen")[1]


# --- round 28 (telegraph3): verbs typed one by one are one sign; things typed one by one an aid -


def _sign(activity: str, own: str, criterion: str) -> str:
    facts = {**DRESSING, "activity": activity, "own_action": own, "criterion": criterion}
    return compose(facts, GOALS)[0].split(". Jeg ved, at jeg har nået det, ", 1)[1]


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "sign"),
    [
        ("trapper", "gå på trapper", "selv gaa op. hente posten. gaa ned",
         "når jeg selv kan gaa op, hente posten og gaa ned."),
        ("indkoeb", "handle i Brugsen", "finde maelk. betale. baere posen hjem.",
         "når jeg kan finde maelk, betale og baere posen hjem."),
        ("kommunikation", "ringe til min datter", "selv ringe. høre hende. svare.",
         "når jeg selv kan ringe, høre hende og svare."),
        ("paaklaedning", "tage mine sko på", "Tage sko. Binde snørebånd.",
         "når jeg kan tage sko og binde snørebånd."),
        ("egen_sundhed", "tage min medicin", "selv aabne aesken. tage pillerne",
         "når jeg selv kan aabne aesken og tage pillerne."),
    ],
)  # fmt: skip
def test_verbs_typed_as_fragments_are_one_sign(activity, own, criterion, sign):
    assert _sign(activity, own, criterion) == sign


@pytest.mark.parametrize(
    "said",
    [
        ["kaffe.", "kage."],
        ["Sko.", "Selv."],
        ["æsken", "tom.", "ingen", "glemt."],
        ["hele.", "halve"],
    ],
)
def test_fragments_that_are_no_verbs_are_no_list_of_verbs(said):
    assert listed_verbs(said, G) == said


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("holder. lille gizmo.", []),  # "gizmo": its gender is not known, no article guessed
        ("holder. lille lampe.", ["en holder", "en lille lampe"]),  # known since round 31
        ("telefon. stor skærm. holder", ["en telefon", "en stor skærm", "en holder"]),
        ("taske. vogn", ["en taske", "en vogn"]),
        ("taburet. hoej stol", ["en taburet", "en høj stol"]),
        ("spejl. stort ur", ["et spejl", "et stort ur"]),
        ("stol", []),  # one thing alone: described_thing's or the aid table's
        # round 31 (left31): a plural with its adjectives ("store kort"), a fragment opened
        # with "og"
        ("kortholder. store kort.", ["en kortholder", "store kort"]),
        ("stok. og lange pinde", ["en stok", "lange pinde"]),
        ("lup. og en lampe", []),  # "en lampe": an article typed, no fragment of a thing
        ("vogn. og store hjul", ["en vogn", "store hjul"]),
        ("rollator. og taske", ["en rollator", "en taske"]),
        ("holder. nye knapper", ["en holder", "nye knapper"]),  # "knapper" of "knap"
        ("holder. nye briller", []),  # "briller": its gender is not known
        ("store kort", []),  # one thing alone
    ],
)
def test_things_typed_as_fragments_are_noun_phrases_with_their_articles(said, things):
    assert listed_things(said, G) == things


@pytest.mark.parametrize(
    ("wish", "said", "aid", "aids"),
    [
        ("ringe. telefon", "telefon. stor skærm. holder", "med en stor skærm og en holder",
         ["telefon"]),
        ("Mette. ringe til hende. mobil", "mobil. holder. stor knap",
         "med en holder og en stor knap", ["mobil"]),
        ("handle. Brugsen", "taske. vogn", "med en taske og en vogn", []),
        # round 31 (left31): a plural beside a known aid is named with it
        ("kabale. hver dag", "kortholder. store kort.", "med en kortholder og store kort",
         ["kortholder"]),
        ("strikke. sokker", "rollator. og lange pinde", "med en rollator og lange pinde",
         ["rollator"]),
        ("handle. Netto", "rollator. og taske.", "med en rollator og en taske", ["rollator"]),
    ],
)  # fmt: skip
def test_things_typed_one_by_one_to_how_are_the_aid(wish, said, aid, aids):
    turn = at_summary({"wish": wish, "independence": said})
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert turn.state.slots["aid_said"] == aid
    assert aid in turn.prompt
    assert [a for a in turn.state.slots.get("aids") or [] if a in aids] == aids


def test_people_typed_one_by_one_to_how_are_no_aid():
    turn = at_summary({"wish": "Strømper. Selv.", "independence": "datter. nabo."})
    assert not turn.state.slots.get("aid_said")


# --- round 28 (r117b): a verb of going straight before a place's name takes its direction -----
@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("gå Bazar Vest, købe kød", "gå til Bazar Vest, købe kød"),
        ("gå 800 meter Bazar Vest", "gå 800 meter til Bazar Vest"),
        ("cykle Brugsen og købe mælk", "cykle til Brugsen og købe mælk"),
        ("gaa Netto hver dag", "gaa til Netto hver dag"),
        ("komme Moskeen om fredagen", "komme til Moskeen om fredagen"),
        ("spadsere 500 meter Føtex", "spadsere 500 meter til Føtex"),
    ],
)
def test_a_verb_of_going_before_a_places_name_takes_its_direction(said, written):
    assert " ".join(direction_before_names(said.split(), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "gå til Bazar Vest",  # the direction said
        "gå i Netto",
        "gå ned i brugsen",  # speech in lower case: as said
        "gå tur med Hans",  # no name straight after the verb
        "gå. Netto.",  # fragments of their own
        "køre Flextrafik",  # a ride, no verb of going
    ],
)
def test_a_place_said_otherwise_stays_as_said(said):
    assert direction_before_names(said.split(), G) == said.split()


def test_the_goal_sentence_says_the_direction_to_the_places_name():
    text = polish("Jeg vil selv kunne gå 800 meter Bazar Vest, købe kød og grøntsag", G)
    assert "gå 800 meter til Bazar Vest" in text


@pytest.mark.parametrize(
    ("own", "sign", "wish", "phrase"),
    [
        # a wish of nouns only takes the verb said alone in the sign's fragments
        ("hønsene", "fodre. æg ind. selv.", "fodre hønsene", "selv tage æg med ind"),
        ("brød", "bage. dej ud. selv", "bage brød", "selv tage dej med ud"),
        ("posten", "hente. selv.", "hente posten", None),
        ("min have", "vande. selv. affald ud", "vande min have", "selv tage affald med ud"),
        ("katten", "fodre. slikke op", "fodre katten", "slikke op"),
    ],
)
def test_a_wish_of_nouns_takes_the_verb_said_alone_in_the_sign(own, sign, wish, phrase):
    found = wish_verb_from_sign(own, sign, G)
    assert found is not None and found[0] == wish and found[1] == phrase


@pytest.mark.parametrize(
    ("own", "sign"),
    [("gå tur", "fodre. æg ind"), ("hønsene", "fodre. hente. selv"), ("posten", "hente posten")],
)
def test_a_wish_with_its_verb_or_a_sign_of_no_single_verb_is_kept(own, sign):
    assert wish_verb_from_sign(own, sign, G) is None


@pytest.mark.parametrize(
    ("sign", "fed", "phrase"),
    [
        # things an animal eats are given to it; a thing and a quality is made so
        ("frø. vand. bur rent. selv.", "den", "selv give den frø og vand og gøre buret rent"),
        ("stald ren. hø. selv", "den", "selv gøre stalden ren og give den hø"),
        ("kattebakke ren. mad. vand", "den", "gøre kattebakken ren og give den mad og vand"),
        ("foder. vand. selv", "dem", "selv give dem foder og vand"),
        # a thing and its way is carried; a verb typed beside it stays
        ("hente. skraldet ud. selv", "", "selv hente og tage skraldet med ud"),
        ("gulv rent. støvsuge", "", "gøre gulvet rent og støvsuge"),
    ],
)
def test_a_sign_of_single_words_is_said_with_verbs(sign, fed, phrase):
    assert signs_as_verbs(sign, G, fed) == phrase


@pytest.mark.parametrize(
    ("sign", "fed"),
    [
        ("frø. vand. selv", ""),  # no animal in the wish: nothing is given to it
        ("vande. selv", "den"),  # verbs only: listed_verbs says them
        ("naboen. datteren", "den"),  # people, no sign of what is done
        ("hver dag", "den"),
    ],
)
def test_a_sign_with_a_fragment_of_no_verb_nor_known_shape_is_kept(sign, fed):
    assert signs_as_verbs(sign, G, fed) is None


@pytest.mark.parametrize(
    ("wish", "thing"),
    [
        # a wish typed as a thing alone is the object of the verb said later
        ("posten. selv.", "posten"),
        ("geden. Frida. selv.", "geden Frida"),
        ("oeh haven. selv", "haven"),
        ("min cykel. selv.", "min cykel"),
        ("selv. Bella. hunden", "hunden Bella"),
        # a verb, more things or no thing: none
        ("gaa. selv", None),
        ("kaffe. aften. selv", None),
        ("Jens. Kurt. selv", None),
    ],
)
def test_a_wish_of_a_thing_alone_is_the_object_waiting_for_its_verb(wish, thing):
    assert wish_of_things(wish, G) == thing
