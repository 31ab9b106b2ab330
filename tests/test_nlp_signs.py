"""Spoken signs and wishes written as Danish (issue 8, the sign sentence): a verb after "og"
under the modal, a state said after "når", a way told with its distance, a spoken range, a
degree said late, an apposition marked by a filler, a list of things without commas."""

from __future__ import annotations

import re

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose
from assistant.nlp.grammar import polish
from assistant.nlp.phrase import without_comment
from assistant.nlp.signs import (
    degrees_before,
    infinitives_after_and,
    motion_after_and,
    present_of_perfect,
    spoken_appositions,
    state_clause,
    told_route,
    without_restatement,
    written_ranges,
)

GOALS = get_content("da").goals
G = GOALS.grammar


def _goal(**facts) -> str:
    base = {"activity": "fritid", "speaker": "citizen", "frequency": None, "deadline": None}
    return compose({**base, **facts}, GOALS)[0]


def _sign(sentence: str) -> str:
    """The sentence after "Jeg ved, at jeg har nået det, " up to its full stop (an abbreviation's
    stop, "kl. 19", ends no sentence)."""
    return re.split(r"\.(?= [A-ZÆØÅ]|$)", sentence.split("nået det, ", 1)[1])[0]


# --- a present verb after "og" under the modal is an infinitive ---------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("være med til hele korprøven om torsdagen og synger med",
         "være med til hele korprøven om torsdagen og synge med"),
        ("gå ned til bænken og sætter mig", "gå ned til bænken og sætte mig"),
        ("hente avisen og læser den ved bordet", "hente avisen og læse den ved bordet"),
        ("folde tøjet og lægger det op", "folde tøjet og lægge det op"),
    ],
)  # fmt: skip
def test_a_present_verb_after_og_becomes_an_infinitive(said, written):
    assert " ".join(infinitives_after_and(said.split(), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "købe æbler og pærer med hjem",  # things, no verbs
        "gå ud når hun kommer og henter mig",  # a clause with its own subject
        "spise morgenmad og drikker",  # nothing after it says a verb
    ],
)
def test_og_between_things_or_in_a_clause_of_its_own_stays(said):
    assert infinitives_after_and(said.split(), G) == said.split()


def test_the_sign_sentence_has_an_infinitive_after_og():
    sentence = _goal(
        own_action="synge i kirkekoret igen",
        criterion="være med til hele korprøven og synger med",
        speaker="relative",
    )
    assert "og synge med" in sentence and "synger" not in sentence


# --- a state said without a lead is said after "når" --------------------------------------------


@pytest.mark.parametrize(
    ("criterion", "clause"),
    [
        ("pillerne er væk fra æsken", "når pillerne er væk fra æsken"),
        ("min kurv er tom", "når min kurv er tom"),
        ("vasketøjet er lagt sammen i skabet", "når vasketøjet er lagt sammen i skabet"),
        # a quantifier first, and two places of the subject before its "er"
        ("at alle planterne i stuen og i altankasserne er vandet",
         "når alle planterne i stuen og i altankasserne er vandet"),
        ("alle potterne i vindueskarmen er vandet", "når alle potterne i vindueskarmen er vandet"),
        ("begge kasserne paa altanen og i koekkenet er toemt",
         "når begge kasserne paa altanen og i koekkenet er toemt"),
    ],
)  # fmt: skip
def test_a_state_is_said_after_naar(criterion, clause):
    for speaker in ("citizen", "relative"):
        if speaker == "relative" and criterion.startswith("min"):
            continue
        sentence = _goal(own_action="passe min medicin", criterion=criterion, speaker=speaker)
        assert _sign(sentence) == clause, sentence
        assert "kan " + criterion.split()[0] not in sentence


@pytest.mark.parametrize(
    ("criterion", "clause"),
    [
        # a clause of its own after the state takes its comma
        ("at dosisæsken er tom når det bliver søndag",
         "når dosisæsken er tom, når det bliver søndag"),
        ("pilleæsken er tom hvis jeg kigger i den om aftenen",
         "når pilleæsken er tom, hvis jeg kigger i den om aftenen"),
        ("opvasken er klaret, når vi kommer hjem", "når opvasken er klaret, når vi kommer hjem"),
    ],
)  # fmt: skip
def test_a_clause_after_a_state_takes_its_comma(criterion, clause):
    sentence = _goal(own_action="passe min medicin", criterion=criterion)
    assert f"nået det, {clause}." in sentence, sentence


@pytest.mark.parametrize(
    ("criterion", "clause"),
    [
        # a state said in fragments without its verb: "er" goes in, the fragments join
        ("kurven tom. alt lagt sammen", "når kurven er tom og alt er lagt sammen"),
        ("sengen redt og puderne paa plads", "når sengen er redt og puderne er paa plads"),
        ("opvasken klaret inden kl 19", "når opvasken er klaret inden kl. 19"),
        ("ingen piller glemt en hel uge", "når ingen piller er glemt en hel uge"),
        ("hvert rum tomt om aftenen", "når hvert rum er tomt om aftenen"),
        # typed with a capital at each fragment (a phone's keyboard), or after a lead
        ("Kurven tom. Alt lagt sammen", "når kurven er tom og alt er lagt sammen"),
        ("at vasken tom om aftenen", "når vasken er tom om aftenen"),
        # round 25 (fragments6): "glat" is a state, and a particle ending its fragment too
        ("gulvet glat. maatten af", "når gulvet er glat og maatten er af"),
        ("lagnet glat. laaget paa", "når lagnet er glat og laaget er paa"),
        # … and states said with it, in fragments, are one clause too
        ("pilleglasset er tomt. intet er tabt på gulvet",
         "når pilleglasset er tomt og intet er tabt på gulvet"),
    ],
)  # fmt: skip
def test_a_state_said_without_its_verb_or_in_fragments_is_one_clause(criterion, clause):
    sentence = _goal(own_action="passe min medicin", criterion=criterion)
    assert _sign(sentence) == clause, sentence


@pytest.mark.parametrize(
    ("criterion", "kept"),
    [
        ("gå ned til postkassen og hjem igen", "gå ned til postkassen og hjem igen"),
        ("hele vejen op uden at stoppe", "hele vejen op uden at stoppe"),
        # a state and a sentence of another kind: the other sentence is no state
        ("kurven er tom. det er dejligt", "når kurven er tom"),
        # a particle before more words is no state of its own
        ("duggen på bordet hver morgen", "duggen på bordet hver morgen"),
        # … nor alone ("put on") or beside a verb
        # (round 43: "selv" typed last goes first and the thing put on takes "få":
        # "når jeg selv kan få begge handsker på", no scrap "…, selv")
        ("begge handsker på. selv", "selv kan få begge handsker på"),
        ("at jeg kan faa frakken og huen paa", "jeg kan faa frakken og huen paa"),
    ],
)  # fmt: skip
def test_a_sign_of_no_verbless_state_gets_no_er(criterion, kept):
    sentence = _goal(own_action="passe min medicin", criterion=criterion)
    assert kept in _sign(sentence) and "er dejligt" not in sentence, sentence
    assert " er hele" not in sentence and "postkassen er" not in sentence


@pytest.mark.parametrize(
    "said", ["jeg er oppe klokken ni", "det er nok", "hun er glad", "gå er svært", "at"]
)
def test_no_state_without_a_thing_as_its_subject(said):
    assert state_clause(said.split(), G) == []


# --- a way told with its distance is walked -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "verb", "walked"),
    [
        ("fra stoppestedet og op til graven er det en to hundrede meter og så tilbage igen",
         "tage",
         "gå en to hundrede meter fra stoppestedet og op til graven og så tilbage igen"),
        ("ned til havnen er der en 500 meter", "komme", "gå en 500 meter ned til havnen"),
        ("ud til stranden er det 3 km", "cykle", "cykle 3 km ud til stranden"),
        ("hen til Brugsen er det vel 800 meter frem og tilbage", "handle",
         "gå vel 800 meter hen til Brugsen frem og tilbage"),
    ],
)  # fmt: skip
def test_a_way_told_with_its_distance_is_walked(said, verb, walked):
    assert " ".join(told_route(said.split(), G, verb)) == walked


@pytest.mark.parametrize(
    "said",
    [
        "ned til havnen og sidde på bænken",  # no distance told
        "fra huset er det langt",  # no unit
        "det er 3 km derned",  # no way before it
        "fra køkkenet er det to kilo",  # no distance
    ],
)
def test_no_way_without_a_distance_told(said):
    assert told_route(said.split(), G, "gå") == []


def test_the_sign_sentence_walks_the_way_and_says_the_distance_once():
    sentence = _goal(
        activity="transport",
        own_action="tage bussen ud på kirkegården",
        criterion="fra stoppestedet og op til graven er det en to hundrede meter og så tilbage",
        measures=[{"value": 200, "unit": "meter"}],
    )
    assert "når jeg kan gå ca. to hundrede meter fra stoppestedet" in sentence, sentence
    assert "er det" not in sentence and sentence.count("meter") == 1


# --- a spoken range, a late degree, an apposition, a list ---------------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("tre fire sider om dagen", "3-4 sider om dagen"),
        ("en tre fire sider om dagen", "3-4 sider om dagen"),
        ("to tre gange om ugen", "2-3 gange om ugen"),
        ("gå en fem seks hundrede meter", "gå 5-6 hundrede meter"),
        ("to gange om ugen", "to gange om ugen"),
        ("tre fem sider", "tre fem sider"),
    ],
)
def test_a_spoken_range_is_written_with_a_dash(said, written):
    assert " ".join(written_ranges(said.split(), G)) == written


def test_a_range_told_as_how_often_is_set_off_from_the_wish():
    sentence = _goal(
        activity="kommunikation",
        own_action="læse en hel bog igen fra start til slut",
        frequency={"times": 1, "per": "day", "every": 1},
        frequency_said="tre fire sider om dagen",
    )
    assert "fra start til slut, 3-4 sider om dagen" in sentence, sentence


@pytest.mark.parametrize("said", ["fire fem gange om ugen", "4-5 gange om ugen"])
def test_a_range_of_times_follows_the_wish(said):
    sentence = _goal(
        own_action="åbne glas og dåser igen",
        frequency={"times": 4, "per": "week", "every": 1},
        frequency_said=said,
    )
    assert "dåser igen 4-5 gange om ugen" in sentence, sentence


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("barbere mig færdig helt", "barbere mig helt færdig"),
        ("strikke trøjen færdig helt i år", "strikke trøjen helt færdig i år"),
        ("gøre det helt færdigt", "gøre det helt færdigt"),
    ],
)
def test_a_degree_said_late_is_written_before(said, written):
    assert " ".join(degrees_before(said.split(), G)) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("hente mine ting øh syltetøjet og kartoflerne og holde fast i gelænderet",
         "hente mine ting, syltetøjet og kartoflerne, og holde fast i gelænderet"),
        ("vande mine blomster på altanen altså pelargonierne og tomaterne",
         "vande mine blomster på altanen, pelargonierne og tomaterne"),
        ("pudse vinduerne øhm stuevinduerne og køkkenvinduet",
         "pudse vinduerne, stuevinduerne og køkkenvinduet"),
        ("gå ned øh til bageren", "gå ned øh til bageren"),
        ("lave mad altså selv", "lave mad altså selv"),
    ],
)  # fmt: skip
def test_a_filler_before_the_things_meant_marks_an_apposition(said, written):
    assert " ".join(spoken_appositions(said.split(), G)) == written


def test_the_apposition_is_closed_before_the_rest_of_the_goal():
    sentence = _goal(
        own_action="vande mine blomster på altanen altså pelargonierne og tomaterne",
        frequency={"times": 1, "per": "day", "every": 1},
        independence="hjaelpemiddel",
        aids=["rollator"],
    )
    assert "på altanen, pelargonierne og tomaterne, hver dag" in sentence, sentence
    assert polish("mine ting øh syltetøjet", G) == "mine ting, syltetøjet"


@pytest.mark.parametrize(
    ("sign", "listed"),
    [
        ("bukser sokker og sko", "tage bukser, sokker og sko på"),
        ("skjorte bukser og strømper", "tage skjorte, bukser og strømper på"),
        ("bukser og sko", "tage bukser og sko på"),
    ],
)
def test_things_said_in_a_row_are_a_written_list(sign, listed):
    sentence = _goal(
        activity="paaklaedning",
        own_action="klæde mig på om morgenen",
        criterion=sign,
        speaker="relative",
    )
    assert listed in sentence, sentence


# --- a restatement after a filler, a clause with its own subject ---------------------------------


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("læse avisen igen om morgenen ved kaffen altså selv læse den ikke at Hanne skal læse",
         "læse avisen igen om morgenen ved kaffen"),
        ("gå en tur i parken øh gå derhen selv", "gå en tur i parken"),
        ("bage boller til børnebørnene altså bage dem selv", "bage boller til børnebørnene"),
        ("gå en tur i parken altså med hunden", "gå en tur i parken altså med hunden"),
    ],
)  # fmt: skip
def test_a_restatement_after_a_filler_goes(said, kept):
    assert " ".join(without_restatement(said.split(), G)) == kept


@pytest.mark.parametrize(
    ("wish", "frequency", "written"),
    [
        ("få en siddeplads inden bussen kører", {"times": 1, "per": "week", "every": 2},
         "få en siddeplads hver anden uge inden bussen kører"),
        ("være klar ved stoppestedet før bussen kommer", {"times": 1, "per": "day"},
         "være klar ved stoppestedet hver dag før bussen kommer"),
        ("handle ind inden jul", {"times": 1, "per": "week"},
         "handle ind inden jul en gang om ugen"),
    ],
)  # fmt: skip
def test_how_often_goes_before_a_clause_with_its_own_subject(wish, frequency, written):
    sentence = _goal(own_action=wish, frequency=frequency)
    assert written in sentence, sentence


# --- a sign said in the perfect after its modal is written in the present -----------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("have fået tøjet på", "få tøjet på"),
        ("have faaet toejet paa", "få toejet paa"),
        ("være gået derned selv", "gå derned selv"),
        ("have selv lavet en varm ret", "lave en varm ret"),
        ("have vasket mig over det hele og håret", "vaske mig over det hele og håret"),
        ("have redt håret og sat det op", "rede håret og sætte det op"),
        ("være kommet hjem fra Netto og har pakket varerne ud",
         "komme hjem fra Netto og pakke varerne ud"),
        ("være stået op og har tøj på og har spist morgenmad",
         "stå op og have tøj på og spise morgenmad"),
        ("være cyklet ud til kolonihaven", "cykle ud til kolonihaven"),
    ],
)  # fmt: skip
def test_a_perfect_after_the_modal_becomes_the_present(said, written):
    assert " ".join(present_of_perfect(said.split(), G)) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("være kommet over med færgen og kun har sat mig på bænken to gange",
         "komme over med færgen og kun sætte mig på bænken to gange"),
        ("være gået ned til Brugsen og bare har hvilet mig en gang på vejen",
         "gå ned til Brugsen og bare hvile mig en gang på vejen"),
        ("have handlet ind og ikke har glemt noget på listen",
         "handle ind og ikke glemme noget på listen"),
        ("være cyklet til stranden og kun har holdt pause en gang",
         "cykle til stranden og kun holde pause en gang"),
        ("have lavet maden og selv har dækket bord", "lave maden og selv dække bord"),
        ("være gaaet rundt om søen og kun har brugt stokken på bakken",
         "gå rundt om søen og kun bruge stokken på bakken"),
        ("have stået op og selv har taget tøj på", "stå op og selv tage tøj på"),
        ("være kommet hjem og aldrig har mistet pusten", "komme hjem og aldrig miste pusten"),
        ("have spist morgenmad og også har taget mine piller",
         "spise morgenmad og også tage mine piller"),
        ("være gået til bageren og kun har stoppet en gang",
         "gå til bageren og kun stoppe en gang"),
    ],
)  # fmt: skip
def test_a_later_perfect_after_an_adverb_becomes_the_present(said, written):
    """ "… og kun har sat mig på bænken": the adverb between "og" and the auxiliary stays, the
    perfect goes as the first one does."""
    assert " ".join(present_of_perfect(said.split(), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "være klædt på inden hjemmeplejen kommer",  # a state: "være" with no verb of motion
        "have det godt bagefter",  # no participle
        "have ondt i benene",
        "have tøj på",
        "være oppe klokken ni",
        "gå hele vejen",  # no perfect at all
    ],
)
def test_a_state_or_no_perfect_stays(said):
    assert present_of_perfect(said.split(), G) == said.split()


@pytest.mark.parametrize(
    ("criterion", "speaker", "sign"),
    [
        ("have fået tøjet på", "citizen", "når jeg kan få tøjet på"),
        ("være gået derned og hjem igen", "citizen", "når jeg kan gå derned og hjem igen"),
        ("have vasket mig over det hele og håret i brusebadet", "relative",
         "når jeg kan vaske mig over det hele og håret i brusebadet"),
        ("have lavet en rigtig varm ret selv frikadeller og kartofler", "citizen",
         "når jeg kan lave en rigtig varm ret selv frikadeller og kartofler"),
        ("når han kan have redt håret og sat det op", "relative",
         "når jeg kan rede håret og sætte det op"),
        ("være cyklet ud til kolonihaven og hjem igen", "citizen",
         "når jeg kan cykle ud til kolonihaven og hjem igen"),
    ],
)  # fmt: skip
def test_the_sign_sentence_says_the_perfect_in_the_present(criterion, speaker, sign):
    wish = "sætte mit hår op igen" if "håret" in criterion else "klare mig selv om morgenen"
    sentence = _goal(own_action=wish, criterion=criterion, speaker=speaker)
    assert _sign(sentence) == sign, sentence


# --- a clause of someone else keeps its verb's particle -----------------------------------------


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("gå hele vejen derned med min stok uden at nogen går med, det er ca 300 meter",
         "gå hele vejen derned med min stok uden at nogen går med"),
        ("tage bussen derind uden at nogen skal med det er en 3 km",
         "tage bussen derind uden at nogen skal med"),
        ("gå til kirken uden at min søn kører med, det tager en halv time",
         "gå til kirken uden at min søn kører med"),
        ("gå ned til havnen med, det er 300 meter", "gå ned til havnen"),  # a dangling "med"
    ],
)  # fmt: skip
def test_a_clause_of_someone_else_keeps_its_particle_before_a_comment(said, kept):
    assert " ".join(without_comment(said.split(), G)) == kept


@pytest.mark.parametrize(
    "said",
    [
        # a pronoun object before "ved" and a place is no comment "den ved …" (round 30)
        "putte flaskerne i automaten og få bonen og bruge den ved kassen",
        "hente avisen og læse den ved bordet",
        "tage kaffen og drikke den ved vinduet",
        "hente posten og lægge den ved døren",
        "stille rollatoren og sætte den ved siden af sengen",
        "hente mit tøj og lægge det ved sengen",
        "købe en is og spise den ved havnen",
        "tage stokken og stille den ved hoveddøren",
        "vaske koppen og sætte den ved vasken",
        "finde bogen og læse den ved lampen",
    ],
)
def test_a_pronoun_object_before_a_place_with_ved_is_no_comment(said):
    assert " ".join(without_comment(said.split(), G)) == said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # "det ved jeg ikke": a comment still goes
        ("gå ned til bageren det ved jeg ikke", "gå ned til bageren"),
        ("gå hele vejen uden at stoppe det er ca 300 meter", "gå hele vejen uden at stoppe"),
    ],
)
def test_a_comment_with_ved_and_a_subject_still_goes(said, kept):
    assert " ".join(without_comment(said.split(), G)) == kept


def test_the_sign_sentence_keeps_uden_at_nogen_gaar_med():
    sentence = _goal(
        activity="gang",
        own_action="finde vej til busstoppestedet",
        criterion="gå hele vejen med min stok og finde det uden at nogen går med, det er ca 300 "
        "meter",
        measures=[{"value": 300, "unit": "meter"}],
        speaker="relative",
    )
    assert "uden at nogen går med." in sentence, sentence


def test_a_middle_part_of_the_sign_the_wish_says_goes_from_the_sign():
    sentence = _goal(
        own_action="være oppe og have tøj på inden klokken ti",
        criterion="være stået op og har tøj på og har spist morgenmad inden klokken ti",
    )
    assert _sign(sentence) == "når jeg kan stå op og spise morgenmad inden klokken ti", sentence


@pytest.mark.parametrize(
    ("own", "criterion", "sign"),
    [
        # an amount said between commas is the sign's own: what comes after it stays
        ("gå til foreningen ved moskeen",
         "gå hele vejen derhen, 600 meter, og hjem igen, med kun én pause på bænken",
         "når jeg kan gå hele vejen derhen, 600 meter, og hjem igen, med kun én pause på "
         "bænken"),
        ("gå ned til kirken", "gå hele vejen, en 400 meter, og tilbage uden at sætte mig",
         "når jeg kan gå hele vejen, ca. 400 meter, og tilbage uden at sætte mig"),
        ("cykle til stranden", "cykle derud, to kilometer, og hjem igen uden at stoppe",
         "når jeg kan cykle derud, to kilometer, og hjem igen uden at stoppe"),
    ],
)  # fmt: skip
def test_an_amount_between_commas_keeps_the_rest_of_the_sign(own, criterion, sign):
    sentence = _goal(activity="gang", own_action=own, criterion=criterion)
    assert f"nået det, {sign}." in sentence, sentence


# --- a way after "og" gets its verb; a relative's sign of a thing is said after "når" -----------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("sidde op paa sengekanten og over i koerestolen",
         "sidde op paa sengekanten og komme over i koerestolen"),
        ("sætte mig på sengekanten og ind under dynen uden at min datter hjælper",
         "sætte mig på sengekanten og komme ind under dynen uden at min datter hjælper"),
        ("rejse mig fra stolen og hen til vinduet",
         "rejse mig fra stolen og komme hen til vinduet"),
        ("tage tøjet af og ud i brusebadet", "tage tøjet af og komme ud i brusebadet"),
    ],
)  # fmt: skip
def test_a_way_after_og_without_a_verb_gets_one(said, written):
    assert " ".join(motion_after_and(said.split(), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "gå op ad trappen og ned i kælderen",  # the verb moves: it says the way too
        "cykle ud til stranden og hjem igen",
        "gå ned til bænken og hjem igen",  # no preposition after the way
        "købe æbler og pærer med hjem",
        "vente til hun kommer og over i stolen",  # a subject of its own ends the reach
    ],
)
def test_no_verb_before_a_way_the_verb_says(said):
    assert motion_after_and(said.split(), G) == said.split()


def test_the_sign_sentence_says_a_way_after_og_with_its_verb():
    sentence = _goal(
        activity="forflytning",
        own_action="komme ud af sengen om natten",
        criterion="sidde op på sengekanten og over i kørestolen uden at kalde på min mand",
    )
    assert _sign(sentence) == (
        "når jeg kan sidde op på sengekanten og komme over i kørestolen uden at kalde på min mand"
    ), sentence


@pytest.mark.parametrize(
    ("criterion", "sign"),
    [
        ("At der står en kop kaffe og to stykker rugbrød på bordet når hjemmeplejen kommer",
         "når der står en kop kaffe og to stykker rugbrød på bordet, når hjemmeplejen kommer"),
        ("at kurven er tom og tøjet hænger på stativet",
         "når kurven er tom og tøjet hænger på stativet"),
        ("at der er dækket bord til os to", "når der er dækket bord til os to"),
    ],
)  # fmt: skip
def test_a_relatives_sign_of_a_thing_is_said_after_naar(criterion, sign):
    sentence = _goal(
        activity="madlavning", own_action="lave min morgenmad", criterion=criterion,
        speaker="relative",
    )  # fmt: skip
    assert _sign(sentence) == sign, sentence


def test_a_relatives_sign_of_the_citizen_is_no_clause_of_theirs():
    sentence = _goal(
        activity="madlavning", own_action="lave min morgenmad",
        criterion="at han har spist", speaker="relative",
    )  # fmt: skip
    assert "når han" not in sentence, sentence  # the citizen's own doing, no clause of "han"


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "sign"),
    [
        # a sign typed as one-word fragments, a quantifier and how far, no verb (round 30):
        # said as a clause with the wish's verb and thing, "selv" before the modal
        ("paaklaedning", "tage støttestrømper på", "begge. helt op. selv.",
         "når jeg selv kan få begge støttestrømper helt op"),
        ("paaklaedning", "tage strømper på", "begge. helt op.",
         "når jeg kan få begge strømper helt op"),
        ("paaklaedning", "tage sko på", "begge. selv.", "når jeg selv kan tage begge sko på"),
        ("paaklaedning", "tage mine sko på", "begge. selv",
         "når jeg selv kan tage begge mine sko på"),
        ("fritid", "vande blomsterne", "alle. selv.", "når jeg selv kan vande alle blomsterne"),
        ("fritid", "vande planterne på altanen", "alle.",
         "når jeg kan vande alle planterne på altanen"),
        ("indkoeb", "bære poserne op", "begge. helt op. selv.",
         "når jeg selv kan bære begge poserne helt op"),
        ("indkoeb", "bære varerne ind", "alle. selv", "når jeg selv kan bære alle varerne ind"),
        ("paaklaedning", "knappe knapperne", "alle. helt op.",
         "når jeg kan knappe alle knapperne helt op"),
        ("rengoering", "tømme skraldespandene", "alle. selv.",
         "når jeg selv kan tømme alle skraldespandene"),
        ("paaklaedning", "tage handskerne på", "begge. helt ned. selv.",
         "når jeg selv kan få begge handskerne helt ned"),
    ],
)  # fmt: skip
def test_a_quantifier_typed_as_a_fragment_is_said_with_the_wish(activity, own, criterion, sign):
    sentence = _goal(activity=activity, own_action=own, criterion=criterion)
    assert _sign(sentence) == sign, sentence


# --- a spoken sign goes on after a comment on its distance --------------------------------------


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("gå derhen og hjem igen, det er en tre hundrede meter med højst to pauser på rollatoren "
         "uden at ilten slipper op",
         "gå derhen og hjem igen med højst to pauser på rollatoren uden at ilten slipper op"),
        ("gå ned til søen det er vel en kilometer uden at sætte mig",
         "gå ned til søen uden at sætte mig"),
        ("gå hen til Brugsen det er sådan en 400 meter med stokken og uden pauser",
         "gå hen til Brugsen med stokken og uden pauser"),
        ("cykle ud til kolonihaven det er tre km uden at stå af",
         "cykle ud til kolonihaven uden at stå af"),
        ("gå op ad bakken det er nok 200 m med en enkelt pause på bænken",
         "gå op ad bakken med en enkelt pause på bænken"),
        ("han skal gå hen til bageren det er en halv kilometer uden at stoppe",
         "han skal gå hen til bageren uden at stoppe"),
        ("gå turen rundt om søen det tager en time med højst tre hvil",
         "gå turen rundt om søen med højst tre hvil"),
        ("køre på cyklen til torvet det er 2 km uden at min kone cykler med",
         "køre på cyklen til torvet uden at min kone cykler med"),
        # a comment with no way after it still goes
        ("gå ned til havnen det er 300 meter", "gå ned til havnen"),
        ("gå hen til kirken det er vel en kilometer og det er langt", "gå hen til kirken"),
    ],
)  # fmt: skip
def test_a_way_said_after_a_comment_on_the_distance_stays_in_the_sign(said, kept):
    assert " ".join(without_comment(said.split(), G)) == kept
