"""Round 28 (r117a): aids joined to the answer's own aid phrase are named beside it ("med
protesen, en albuestok og en høj barstol"); a bare "det er …" reason keeps the citizen's "vi"
clause after its tag; a name in the reason is said with who the person is when another answer
said so ("min datter Karin"); a sign's comma list of participles after "kan" is said in the
infinitive ("køre …, vaske det, få det op igen og hænge det …")."""

from __future__ import annotations

import pytest
from compose_support import BATHING, GOALS, goal_of, reason_of
from engine_support import CONTENT, at_summary

from assistant.dialogs.draft import named_aid
from assistant.dialogs.more_aids import aids_beside
from assistant.dialogs.named_kin import named_kin, with_kin
from assistant.nlp.signs import present_of_perfect

G = GOALS.grammar
PEOPLE = CONTENT.lexicon.people
OWNERS = ("min", "mit", "mine")


def _goal_text(wish: str, **answers) -> tuple[str, dict]:
    turn = at_summary({"wish": wish, **answers})
    return turn.prompt.split("\n")[0], turn.state.slots


# --- the aids joined to the answer's own "med …" phrase ---------------------------------------


@pytest.mark.parametrize(
    ("wish", "how", "named"),
    [
        ("jeg vil gerne i svømmehallen om fredagen igen",
         "med protesen selvfølgelig og så en albue stok ned til bassinet og en badetaburet jeg "
         "kan sidde på når jeg ikke kan staa mere ikk",
         "med protesen, en albuestok og en badetaburet"),
        ("jeg vil gerne kunne komme op af sengen selv om morgenen",
         "Med en bøjle over sengen, som jeg kan tage fat i, og en sengehest.",
         "med en bøjle over sengen og en sengehest"),
        ("han vil gerne kunne komme i seng selv om aftenen",
         "Med en bøjle over sengen, som han kan trække sig op i, og en benløfter.",
         "med en bøjle over sengen og en benløfter"),
        ("jeg vil gerne lave min egen mad igen",
         "med en høj stol jeg kan sidde på ved komfuret, og en griber til de øverste skabe",
         "med en høj stol og en griber"),
        ("jeg vil gerne vaske mit toej selv",
         "med en vasketøjskurv på hjul som jeg kan trække efter mig, og en griber",
         "med en vasketøjskurv på hjul og en griber"),
    ],
)  # fmt: skip
def test_aids_joined_to_the_own_aid_phrase_are_named_beside_it(wish, how, named):
    goal, _ = _goal_text(wish, independence=how)
    assert named in goal.lower(), goal


def test_an_aid_said_in_no_joined_noun_phrase_is_not_added():
    said = "med rollatoren, den har kommunen givet mig, stokken bruger jeg ikke"
    aids = ["rollator", "stok"]
    kept = aids_beside(said, "med rollatoren", aids, lambda w: named_aid(w, CONTENT), G)
    assert kept == "med rollatoren"


def test_at_most_three_things_are_named():
    said = "med protesen og en albuestok og en rollator og en badetaburet"
    aids = ["protese", "albuestok", "rollator", "badetaburet"]
    kept = aids_beside(
        said, "med protesen", aids, lambda w: named_aid(w, CONTENT), G, frozenset({"så"})
    )
    assert kept == "med protesen, en albuestok og en rollator"


# --- a bare "det er …" and the citizen's "vi" clause after the tag ----------------------------


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # round 30 (reason121): people named so are the "vi" clause's subject with the citizen
        ("jamen det er pigerne ikk vi hygger os og drikker kaffe sammen",
         ", fordi pigerne og jeg hygger os og drikker kaffe sammen"),
        ("øh det er koret ikk vi synger sammen hver onsdag",
         ", fordi det er koret, og vi synger sammen hver onsdag"),
        ("det er fællesskabet altså vi hjælper hinanden",
         ", fordi det er fællesskabet, og vi hjælper hinanden"),
    ],
)  # fmt: skip
def test_a_bare_det_er_keeps_the_we_clause_after_its_tag(told, reason):
    assert reason_of(goal_of(BATHING, reason_said=told)) == reason


def test_a_whole_reason_does_not_take_a_we_clause_run_on():
    told = "fordi jeg hører til dernede ikk vi kender hinanden"
    assert reason_of(goal_of(BATHING, reason_said=told)) == ", fordi jeg hører til dernede"


# --- a name said with who the person is ------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "told", "said"),
    [
        (["Min datter Karin kommer hver aften og lægger mig i seng."],
         "Så Karin ikke skal køre herud hver aften.",
         "Så min datter Karin ikke skal køre herud hver aften."),
        (["øh min søn Peter han handler for mig om fredagen"],
         "saa Peter ikke skal tage fri fra arbejdet",
         "saa min søn Peter ikke skal tage fri fra arbejdet"),
        (["jeg har min nabo Grete hun kigger ind"],
         "fordi Grete har nok at se til",
         "fordi min nabo Grete har nok at se til"),
        # said so already: stays
        (["min datter Lone"], "så min datter Lone kan slappe af",
         "så min datter Lone kan slappe af"),
    ],
)  # fmt: skip
def test_a_name_in_the_reason_is_said_with_who_the_person_is(answers, told, said):
    assert with_kin(told, named_kin(answers, PEOPLE, OWNERS), PEOPLE) == said


def test_a_name_no_answer_tells_who_is_stays_bare():
    kin = named_kin(["Karin kommer hver aften", "min gamle Karin"], PEOPLE, OWNERS)
    assert kin == {}


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("så min søn Peter ikke skal tage fri fra arbejdet",
         ", så min søn ikke skal tage fri fra arbejdet"),  # no name (round 47)
        ("saa min nabo Grete ikke skal handle for mig",
         ", så min nabo ikke skal handle for mig"),
    ],
)  # fmt: skip
def test_a_subject_with_its_name_keeps_the_negation_after_the_name(told, reason):
    assert reason_of(goal_of(BATHING, reason_said=told)) == reason


# --- a comma list of participles after the modal ---------------------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("have kørt vasketøjet ned i vaskeriet, vasket det, fået det op igen og hængt det op",
         "køre vasketøjet ned i vaskeriet, vaske det, få det op igen og hænge det op"),
        ("have redt sengen, ryddet op i køkkenet, vasket op og tørret af",
         "rede sengen, rydde op i køkkenet, vaske op og tørre af"),
        ("være gået ned til postkassen, hentet avisen og kommet op igen",
         "gå ned til postkassen, hente avisen og komme op igen"),
        ("have handlet ind, lagt varerne på plads og sat kaffe over",
         "handle ind, lægge varerne på plads og sætte kaffe over"),
    ],
)  # fmt: skip
def test_a_comma_list_of_participles_after_the_modal_is_infinitives(said, written):
    assert " ".join(present_of_perfect(said.split(), G)) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("have gået derned, helst uden at stoppe", "gå derned, helst uden at stoppe"),
        ("have fået tøjet på, lidt langsomt", "få tøjet på, lidt langsomt"),
    ],
)  # fmt: skip
def test_a_word_after_a_comma_that_only_ends_like_a_participle_stays(said, written):
    assert " ".join(present_of_perfect(said.split(), G)) == written


def test_a_thing_the_sign_says_with_med_leaves_the_aid_phrase_of_several():
    watering = {**BATHING, "activity": "fritid", "own_action": "vande mine blomster på altanen"}
    goal = goal_of(
        watering,
        independence="hjaelpemiddel",
        aid_said="med en vandkande med lang tud og en skammel",
        criterion="vande alle krukkerne med en vandkande med lang tud",
    )
    assert goal.count("vandkande") == 1, goal
    assert "altanen med en skammel" in goal, goal
