"""Fix round 47 (fC), Else (blind155_soen_torben, her son types): a relative's "de to" is the
citizen and the one person another answer pairs her with ("Mor og hendes søster Inga …"), so the
goal says "min søster og jeg …" and a later "de har" of that reason "vi har"
(dialogs/paired_pronoun.py, nlp/reason.py _we_together); an amount said as an aside after a
list of deeds ("…, det er 300 meter") keeps the list whole (nlp/deed_list.py amount_aside_at)
and the distance goes with the later deed that walks it (nlp/phrase.py _later_deed); the town
the citizen lives in is "her i byen" in the goal (dialogs/home_town.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.content.grammar import fold
from assistant.dialogs.home_town import home_towns, without_home_town
from assistant.dialogs.paired_pronoun import pair_of_citizen
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

CONTENT = get_content("da")
GOALS = CONTENT.goals
G = GOALS.grammar
PEOPLE = frozenset(fold(p) for p in CONTENT.lexicon.people)
PAIRS = {tuple(fold(p).split()) for p in CONTENT.dialogue.words["citizen_pair_words"]}
TODAY = date(2026, 12, 6)


def _paired(told: str, answers: list[str], called: str = "mor") -> str:
    citizen = frozenset({called, "hun"})
    return pair_of_citizen(told, answers, citizen, "hendes", G, PEOPLE, PAIRS)


@pytest.mark.parametrize(
    ("answers", "told", "said"),
    [
        (["Mor og hendes søster Inga har drukket kaffe sammen i 50 år"],
         "Hun siger, at de to er de sidste tilbage", "at hun og hendes søster er de sidste"),
        (["mor og hendes veninde har gaaet til banko hver tirsdag"],
         "fordi de begge to elsker at vinde", "fordi hun og hendes veninde elsker"),
        (["Hun og Grethe har kendt hinanden siden skolen"],
         "og så har begge to ikke så mange tilbage", "og så har hun og Grethe ikke"),
    ],
)  # fmt: skip
def test_a_relatives_de_to_is_the_citizens_pair(answers, told, said):
    assert said in _paired(told, answers)


@pytest.mark.parametrize(
    ("answers", "told"),
    [
        # no pair told in the answers
        (["Mor bor alene i sit hus"], "fordi de to er de sidste"),
        # two partners: whose "de to" is unknown
        (["mor og hendes søster kommer", "mor og hendes nabo går tur"], "fordi de to er glade"),
        # no "de to" in the reason
        (["mor og hendes søster drikker kaffe"], "fordi hun savner det"),
    ],
)
def test_other_reasons_stay(answers, told):
    assert _paired(told, answers) == told


def _reason(told: str, speaker: str = "relative") -> str:
    facts = {"activity": "fritid", "own_action": "tage toget til Kolding", "speaker": speaker}
    return compose_goal({**facts, "reason_said": told}, GOALS)


@pytest.mark.parametrize(
    ("told", "part"),
    [
        ("Hun siger, at hun og hendes søster er de sidste tilbage af syv søskende, og man ved "
         "aldrig, hvor lang tid de har.", "hvor lang tid vi har"),
        ("fordi hun og hendes veninde går derhen, og de har det sjovt", "og vi har det sjovt"),
        ("fordi hun og hendes søster snakker hver dag, og de griner meget", "og vi griner"),
    ],
)  # fmt: skip
def test_a_later_de_after_the_citizens_pair_is_vi(told, part):
    goal = _reason(told)
    assert part in goal, goal


@pytest.mark.parametrize(
    ("told", "part"),
    [
        # no pair of the citizen: "de" is the others
        ("fordi børnene kommer, og de har det sjovt", "de har det sjovt"),
        ("fordi hun savner naboerne, og de savner hende", "de savner"),
    ],
)
def test_de_of_others_stays(told, part):
    goal = _reason(told)
    assert part in goal, goal


@pytest.mark.parametrize(
    ("said", "end"),
    [
        ("At hun selv kan komme op og ned af toget, finde sin plads og sidde de 20 minutter, og "
         "selv gå fra stationen hen til sin søsters lejlighed, det er 300 meter.",
         "hen til sin søsters lejlighed"),
        ("at jeg kan komme ind i bussen, finde en plads og sidde de 20 minutter og gaa hjem fra "
         "stoppestedet, det er cirka 500 meter", "hjem fra stoppestedet"),
    ],
)  # fmt: skip
def test_an_amount_aside_keeps_the_list_of_deeds_whole(said, end):
    criterion = str(analyze(said, TODAY).extras.get("criterion") or "")
    assert criterion.endswith(end), criterion


def test_an_aside_without_a_number_is_no_amount():
    said = "at jeg kan hente posen, bære den op og sætte den i køkkenet, det er rigtig dejligt"
    criterion = str(analyze(said, TODAY).extras.get("criterion") or "")
    assert "sætte den i køkkenet" in criterion, criterion


def _sign(criterion: str, value: int = 300) -> str:
    facts = {"activity": "transport", "own_action": "tage toget til Kolding",
             "criterion": criterion, "measures": [{"value": value, "unit": "meter"}]}  # fmt: skip
    return compose_goal(facts, GOALS)


@pytest.mark.parametrize(
    ("criterion", "part"),
    [
        (
            "komme op og ned af toget, finde min plads og selv gå fra stationen hen til huset",
            "selv gå 300 meter fra stationen",
        ),
        ("komme ind i bussen og gå hjem fra stoppestedet", "gå 300 meter hjem fra stoppestedet"),
    ],
)
def test_a_distance_goes_with_the_later_deed_that_walks_it(criterion, part):
    goal = _sign(criterion)
    assert part in goal and "komme de 300 meter" not in goal, goal


def test_a_first_verb_that_walks_keeps_the_distance():
    goal = _sign("gå ned til postkassen og hjem igen", 200)
    assert "gå 200 meter ned til postkassen" in goal, goal


LEADS = frozenset({"i", "paa"})
VERBS = frozenset({"bor", "boede"})
SAID = {"i": "her i byen", "til": "hjem"}


@pytest.mark.parametrize(
    ("answers", "towns"),
    [
        (["Mor er 89 og bor alene i sit rækkehus i Vejen"], {"Vejen"}),
        (["øh jeg bor i Frederikssund med min mand"], {"Frederikssund"}),
        (["jeg bor paa Fanø og har altid gjort det"], {"Fanø"}),
        # another person lives there: no town of the citizen's
        (["min datter bor i Aarhus"], set()),
        (["Inga bor i Kolding"], set()),
    ],
)
def test_the_citizens_own_town(answers, towns):
    others = PEOPLE - {"mor"}
    assert home_towns(answers, VERBS, LEADS, others, frozenset({"mor", "jeg"})) == towns


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        (
            "komme op og ned af toget i Vejen og i Kolding",
            "komme op og ned af toget her i byen og i Kolding",
        ),
        ("tage toget til Vejen igen", "tage toget hjem igen"),
        # another town stays
        ("tage toget til Kolding", "tage toget til Kolding"),
    ],
)
def test_the_citizens_town_is_said_here_in_town(phrase, said):
    assert without_home_town(phrase, frozenset({"Vejen"}), SAID) == said
