"""Fix round 41 (fA): an answer's first word keeps no capital inside the goal sentence when the
sentence writes it small elsewhere ("lave buna …, fordi Buna …", "ved cricketkampene …, fordi
Cricket …") or when it is a known noun's form after "med" ("med Protesen"); names stay. In a
reason a negation's focus word goes with it before the finite verb ("fordi buna ikke kun er
kaffe", "fordi jeg ikke længere kan gå"), not left behind ("ikke er kun"). A role said of a
named person ("mette som er gruppe leder") names her; the phrase of a verb joined by "og" to
the way there ("komme ud til spejderhytten og lære ulvene …") is the wish's task the word counts
keep."""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import SINGING, goal_of, reason_of

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar
TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil kunne lave buna for mine venner hver søndag, fordi Buna er hjem for mig.",
         "fordi buna er hjem"),
        ("Jeg vil stå som dommer ved cricketkampene hver lørdag, fordi Cricket er alt for mig.",
         "fordi cricket er alt"),
        ("Jeg vil kunne spille bingo i forsamlingshuset igen, fordi Bingo er hyggeligt.",
         "fordi bingo er"),
        ("Jeg vil kunne stå ved min bod hver søndag med Protesen, fordi jeg elsker det.",
         "med protesen,"),
        ("Jeg vil kunne gå til Brugsen med Rollatoren igen.", "med rollatoren igen"),
    ],
)  # fmt: skip
def test_an_answers_first_capital_is_written_small_inside(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jeg vil kunne spille kort med Karen hver onsdag, fordi Karen er sjov.", "fordi Karen er"),
        ("Jeg vil kunne gå tur med Bella hver dag, fordi Bella er min hund.", "med Bella hver"),
        ("Jeg vil kunne spille petanque med Jonas igen, fordi Jonas savner mig.", "fordi Jonas"),
        ("Jeg vil kunne spille kort med Bo og Rose igen.", "med Bo og Rose"),
    ],
)  # fmt: skip
def test_a_name_keeps_its_capital(said, kept):
    assert kept in polish(said, GRAMMAR)


def _reason(told: str) -> str:
    return reason_of(goal_of({**SINGING, "own_action": "spille petanque igen"}, motivation=told))


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Petanque er ikke kun et spil.", "fordi petanque ikke kun er et spil"),
        ("klubben er ikke kun sport det er mit andet hjem", "fordi klubben ikke kun er sport"),
        ("jeg kan ikke længere gå derhen alene", "fordi jeg ikke længere kan gå derhen"),
        ("fordi min kone er ikke engang glad for at køre", "ikke engang er glad"),
        ("Kaffen er ikke kun for mig, ogsaa for naboerne", "fordi kaffen ikke kun er for mig"),
    ],
)
def test_a_negations_focus_word_goes_with_it(told, reason):
    assert reason in _reason(told)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Det er ikke mere end en time", "fordi det ikke er mere end en time"),
        ("Banen er ikke langt væk", "fordi banen ikke er langt væk"),
    ],
)
def test_a_negation_alone_moves_alone(told, reason):
    assert reason in _reason(told)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min kone kører mig og mette som er gruppe leder hun går med mig ned ad stien",
         "gruppeleder"),
        ("Mette, som er fysioterapeut, går med mig til træningen", "fysioterapeut"),
        ("og så hjælper birthe der er hjemmehjælper mig med strømperne", "hjemmehjælper"),
    ],
)  # fmt: skip
def test_a_role_said_of_a_named_person_names_her(said, person):
    assert person in analyze(said, TODAY).people


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min datter som er sygeplejerske hjælper mig", "sygeplejerske"),
        ("mette som var sygeplejerske engang kommer på besøg", "sygeplejerske"),
        ("mor var besøgsven i mange år", "besøgsven"),
    ],
)
def test_a_role_of_a_person_word_or_of_the_past_names_no_one(said, person):
    assert person not in analyze(said, TODAY).people


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("altså det jeg gerne vil det er at komme ud til spejder hytten igen om tirsdagen og lære "
         "ulvene at tænde bål og snitte ik det har jeg gjort siden halvfjerdserne og nu sidder jeg "
         "bare hjemme og hører om det bagefter", "arbejde_og_frivillig"),
        ("jeg vil gerne ud til spejderhuset igen og lære spejderne at binde knob ik nu sidder jeg "
         "bare derhjemme og hører om det", "arbejde_og_frivillig"),
    ],
)  # fmt: skip
def test_a_task_joined_to_the_way_there_keeps_its_activity(said, activity):
    assert analyze(said, TODAY).activity == activity
