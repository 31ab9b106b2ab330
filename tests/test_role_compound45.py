"""Fix round 45 (fB): a role's name the speech recogniser writes apart ("kirke vært", "klub
formand", "hold leder", "forenings kasserer") is one compound in the goal's own words
(nlp/role_compound.py); a head that is also a verb ("leder", "træner", "hjælper") joins only
where a role is said, and "vært" as a slip of "hver", a person's word, an adjective or a verb's
subject stay apart. An aid's "med …" joined by "og" to someone who set a thing up ("og min søn
har sat et håndtag op") is no help in the doing (dialogs/handlers.py _helper_joined)."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary
from test_spelling_noun_pairs import spelled


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("øh jeg var kirke vært i mange år og det vil jeg gerne igen", "kirkevært"),
        ("ja altsaa jeg vil vaere kirke vaert igen", "kirkevært"),  # typed without æøå
        ("vi skiftes tre kirke værter om søndagen", "kirkeværter"),  # the plural
        ("min mand var klub formand i bowling klubben", "klubformand"),  # a relative
        ("hun vil gerne være hold leder for de gamle damer igen", "holdleder"),
        ("han har vaeret fodbold traener for drengeholdet i tyve aar", "fodboldtræner"),
        ("mor var kor leder i kirke koret", "korleder"),
        ("jeg vil gerne være forenings kasserer igen altså", "foreningskasserer"),  # linking s
        ("han var landsby pedel i tredive år", "landsbypedel"),
        ("jeg er bestyrelses medlem i grundejer foreningen", "bestyrelsesmedlem"),
    ],
)
def test_a_role_said_apart_is_one_compound(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("jeg går i kirke vært søndag", ["kirke", "vært"]),  # "vært" typed for "hver"
        ("jeg vil i kirke vært anden søndag", ["kirke", "vært"]),
        ("til klub leder hun os", ["klub", "leder"]),  # the verb before its subject
        ("hold leder efter en ny spiller", ["hold", "leder"]),  # "lede efter"
        ("min søn træner fodbold med drengene", ["søn", "træner"]),  # a person and a verb
        ("datter hjælper mig med indkøb", ["datter", "hjælper"]),  # a learner's bare subject
        ("hjemmepleje hjælper mig om morgenen", ["hjemmepleje", "hjælper"]),
        ("personale hjælper med bad", ["personale", "hjælper"]),
        ("hun er god træner", ["god", "træner"]),  # an adjective
        ("naboen er en rar hjælper", ["rar", "hjælper"]),
        ("min mand har spillet orgel frivilligt", ["orgel", "frivilligt"]),
    ],
)
def test_a_verb_a_person_an_adjective_or_a_slip_of_hver_stays_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart), words


@pytest.mark.parametrize(
    ("wish", "role"),
    [
        ("jeg vil gerne være klub formand igen", "klubformand"),
        ("altsaa jeg vil vaere hold leder for gaa holdet igen", "holdleder"),
        ("øh jeg vil sgu gerne være kirke vært igen ikk", "kirkevært"),
    ],
)
def test_the_goal_keeps_the_role_whole(wish, role):
    goal = at_summary({"wish": wish}).goal_text
    assert role in goal, goal


WISH = "jeg vil gerne gå i kirke igen om søndagen"


@pytest.mark.parametrize(
    "how",
    [
        "øh med stokken og min søn har sat et håndtag op ved kirkedøren",
        "med min rollator og svigersønnen har lavet en rampe ved trappen",
        "med stokken og min søn Kim lavede et gelænder ved trappen",
    ],
)
def test_someone_who_set_the_aid_up_is_no_help(how):
    turn = answered_until(as_citizen(), {"wish": WISH, "independence": how}, "confirm")
    assert turn.state.slots.get("independence") == "hjaelpemiddel"


@pytest.mark.parametrize(
    "how",
    [
        "med glidebrættet og en fra hjemmeplejen ved siden af",
        "med stokken og min kone under armen",
        "med rollatoren og min datter har lovet at gå med",  # a promise to come: help
    ],
)
def test_someone_joined_to_the_aid_in_the_doing_is_help(how):
    turn = answered_until(as_citizen(), {"wish": WISH, "independence": how}, "confirm")
    assert turn.state.slots.get("independence") == "med_hjaelp"
