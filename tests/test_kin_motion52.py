"""Fix round 52 (fF, blind corpus 90). Three general causes mended:

1. A kin subject of a modal followed by where to, no infinitive ("vores soen vil gerne i praktik",
   "min datter vil gerne tilbage i skole") is the relative's wish for the citizen: perspective
   other, the kin no person of the goal (people.yaml kin_motion_words, clauses._kin_motion); not
   with the speaker in that clause ("… over til os", "… hjem og hjælpe mig"), nor "med" (comes
   along), nor someone else's son.
2. Going out in company is company, not a walk ("nogen at gå i byen med", "gå ud med
   veninderne"; activities.yaml socialt_samvaer); the subject put after its verb before "alene"
   ("siden skilsmissen sidder jeg bare alene") is how one lives, no independence
   (independence.yaml alone_skip).
3. An "uden" clause said without its "at", a subject and a modal after "uden" ("uden jeg skal
   tage en sovepille hver aften", Østjysk "uden æ ska ta …"), holds a habit to drop: no goal
   frequency (extract._in_without_clause)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _facts(text: str):
    return understand(text, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "vores soen vil gerne i praktik paa et gartneri efter hjerneskaden inden sommer",
        "vores søn vil gerne i praktik på et gartneri",
        "min søn vil gerne i praktik",
        "min datter vil gerne i praktik",
        "min søn vil gerne tilbage i skole",
        "min søn vil gerne i gang med at cykle igen",
        "øh min datter vil så gerne tilbage på arbejde efter blodproppen",
        "min soen vil rigtig gerne ud at fiske igen",
        "vores datter vil gerne på højskole til foråret",
        "min søn skal i praktik igen efter ulykken",
    ],
)
def test_kin_going_somewhere_is_the_citizen(text):
    facts = _facts(text)
    assert facts.perspective == "other"
    assert not {"søn", "datter"} & set(facts.people)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker in the kin's clause: the kin helps or comes
        "min datter vil gerne hjem og hjælpe mig med haven",
        "min søn vil gerne over til os og hjælpe",
        # "med": the kin comes along
        "min søn vil gerne med til lægen",
        # someone else's son, the speaker's own wish after
        "min nabos søn vil gerne i praktik, jeg vil gerne gå tur igen",
        # the kin's no, then the speaker's own wish
        "min søn vil ikke i praktik men jeg vil gerne lære at lave mad",
        # a relative clause: the speaker's son told of inside the speaker's sentence
        "jeg har en søn der vil gerne i praktik og jeg vil gerne hjælpe ham",
    ],
)
def test_kin_going_somewhere_with_the_speaker_stays_self(text):
    assert _facts(text).perspective == "self"


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        # review 52 #1: the speaker's own wish in a later clause or sentence keeps the matter
        # theirs, the kin a person of it
        ("Min søn vil gerne hjem til jul, og jeg vil gerne kunne lave julemad til ham.", "søn"),
        ("min datter vil gerne ud at rejse, jeg vil gerne kunne gå tur med hunden igen", "datter"),
        ("Mit barnebarn vil gerne i zoo. Jeg vil gerne kunne gå med derud.", "barnebarn"),
        ("min soen vil gerne hjem til jul og jeg vil gerne kunne bage til ham", "søn"),
        ("øh min datter vil så gerne op til os, så jeg vil gerne kunne gå på trappen", "datter"),
        # the ability path: the speaker's own wish after the kin's
        ("min søn vil gerne kunne cykle igen, og jeg vil gerne cykle med ham", "søn"),
        # a negated "vil ikke ud" is no wish to go out
        ("Min datter vil ikke ud, så jeg vil gerne selv kunne gå ned til købmanden", "datter"),
    ],
)
def test_kin_going_somewhere_then_the_speakers_wish_stays_self(text, kin):
    facts = _facts(text)
    assert facts.perspective == "self"
    assert kin in facts.people


@pytest.mark.parametrize(
    "text",
    [
        # the speaker only in a side clause, or only introduced: the kin's matter
        "min søn vil gerne i praktik, men han tør ikke når jeg ikke er med",
        "min søn vil så gerne kunne løbe fem kilometer igen. Jeg er hans mor.",
        "vores datter vil gerne tilbage i skole, fordi jeg har sagt det er godt for hende",
        # review 52 #1b: the relative's own comment or help after the kin's wish is no wish of
        # the speaker's own
        "vores søn vil gerne i praktik på et gartneri. jeg håber det kan lade sig gøre",
        "min søn vil gerne tilbage i skole efter ulykken, jeg tror han kan klare det",
        "min datter vil saa gerne tilbage paa arbejde, og jeg vil gerne hjaelpe hende",
        "øh min søn vil gerne i gang med at cykle igen, jeg kører ham til træning",
    ],
)
def test_kin_going_somewhere_with_the_speaker_in_a_side_clause_stays_other(text):
    assert _facts(text).perspective == "other"


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg vil gerne have nogen at gå i byen med om lørdagen ik siden skilsmissen sidder jeg",
        "jeg vil gerne have nogen at gaa i byen med",
        "jeg vil gerne gå ud med veninderne igen om fredagen",
        "jeg savner at gå i byen med drengene",
        "vil gerne igen tage i byen med mine kammerater",
    ],
)
def test_going_out_in_company_is_company(text):
    assert _facts(text).activity == "socialt_samvaer"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gå i byen",  # into town, no company said
        "jeg vil gerne gå i byen med min rollator",  # an aid, no company
        "jeg vil gerne have nogen at gå tur med",  # a walk
        "jeg vil gerne gå ud med hunden hver dag",
    ],
)
def test_going_about_town_stays_a_walk(text):
    assert _facts(text).activity == "gang"


@pytest.mark.parametrize(
    ("text", "independence"),
    [
        ("øh jeg vil gerne have nogen at gå i byen med siden skilsmissen sidder jeg alene", None),
        ("siden skilsmissen sidder jeg bare alene, vil gerne have nogen at gå i byen med", None),
        ("efter min kone døde bor jeg alene og jeg vil gerne lære at lave mad", None),
        # "alene" of how one manages stays selv
        ("jeg vil gerne kunne gå alene ned til Netto", "selv"),
        ("nu kan jeg gå alene til bageren og det vil jeg gerne blive ved med", "selv"),
        ("jeg vil gerne klare indkøbene alene", "selv"),
    ],
)
def test_alone_after_an_inverted_subject_is_how_one_lives(text, independence):
    assert _facts(text).independence == independence


@pytest.mark.parametrize(
    "text",
    [
        "æ vil gjerne ku fald i søvn igen uden æ ska ta en sovepille hver aften",
        "jeg vil gerne kunne falde i søvn igen uden jeg skal tage en sovepille hver aften",
        "a vil gjan ku sov uden a ska ha en pille hver aften",
        "jeg vil gerne falde i søvn uden at tage en sovepille hver aften",
        # another person's habit, "at" left out: hers, no goal rhythm
        "jeg vil gerne i bad selv uden hun skal komme hver morgen",
    ],
)
def test_habit_in_an_uden_clause_is_no_goal_rhythm(text):
    assert _facts(text).frequency is None


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gå en tur uden hjælp hver dag",  # no clause after "uden"
        "jeg vil gerne gå en tur hver dag uden jeg skal stoppe",  # the rhythm before "uden"
        "jeg vil gerne cykle hver dag, uden jeg skal have ondt",
    ],
)
def test_rhythm_outside_the_uden_clause_stays(text):
    frequency = _facts(text).frequency
    assert (frequency.times, frequency.per, frequency.every) == (1, "day", 1)
