"""Fix round 55 (f1): who a person is to the citizen.

- A complaint ("snakker for meget", "styrer alt med pengene", "bestemmer over det hele") is a
  weak role of its own, `complaint`, ranked below helper and companion like `afraid`: no helper
  by that alone, none refused; only an explicit refusal is `unwanted` (people.yaml
  roles.complaint, role_priority).
- Help told later of the same person wins over a worry or a complaint whatever joins the
  clauses ("og", a comma, "derfor", "så", a new sentence, "men"), by "han"/"hun" (also with the
  verb put first: "derfor kører hun mig") or by the same noun ("men naboen kører mig altid").
- Hearing is no refusal: "kan ikke høre på min søn, hvad han siger" (a capacity); "vil/gider
  ikke høre på ham" is (a will).
- A complaint inside another's report ("min datter siger at naboen snakker for meget") is that
  speaker's view, no complaint of the citizen's.
- Company of a story long ago ("da jeg var dreng fiskede jeg med min far", "siden jeg var knægt
  … først med min far") is `past`, neither help nor company of the goal; said again as today's
  company after a wish it is company ("…, og nu vil jeg gerne danse med ham igen").
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary

TODAY = date(2026, 12, 7)
SHOP = "jeg vil gerne gå ned til købmanden og handle selv igen"


def _roles(text: str) -> dict:
    return (understand(text, TODAY).extras or {}).get("people_roles") or {}


def _goal_people(people: str) -> list:
    turn = at_summary(
        {
            "wish": SHOP,
            "people": people,
            "measure": "ved ikke",
            "frequency": "en gang om ugen",
            "deadline": "til jul",
        }
    )
    return list(turn.state.slots.get("people") or [])


# --- the review's inputs, in the dialogue ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "person"),
    [
        (
            "min datter er saa bekymret for mig, hun ringer hver dag og hun handler med mig",
            "datter",
        ),
        ("Naboen snakker for meget, men hun er sød og går med mig.", "nabo"),
        ("Min kone styrer alt med pengene, og hun kører mig derned.", "kone"),
        (
            "Min datter bestemmer over det hele, hun er god til det, og hun handler med mig.",
            "datter",
        ),
        ("Min datter frygter at jeg falder, derfor kører hun mig.", "datter"),
        (
            "Jeg kan ikke høre på min søn, hvad han siger i telefonen, så han kommer bare og "
            "kører mig.",
            "søn",
        ),
        ("min datter siger at naboen snakker for meget, men naboen kører mig altid", "nabo"),
    ],
)
def test_a_helper_told_after_a_worry_or_complaint_is_in_the_goal(said, person):
    assert person in _goal_people(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Naboen snakker for meget.", "nabo"),
        ("min søn snakker for meget, ham gider jeg ikke have med, min datter kører mig", "søn"),
        ("min datter er meget bekymret for mig, min søn kører mig", "datter"),
    ],
)
def test_a_complained_of_refused_or_only_worried_person_stays_out(said, person):
    assert person not in _goal_people(said)


# --- roles: help told later wins, whatever joins the clauses ---------------------------------


@pytest.mark.parametrize(
    ("said", "person", "role"),
    [
        ("min datter er saa bekymret for mig, hun ringer hver dag og hun handler med mig",
         "datter", "companion"),
        ("øh min søn han er så bange for at jeg falder og han kører mig altid derned",
         "søn", "helper"),
        ("min kone er nervøs, derfor går hun med mig", "kone", "helper"),
        ("Min mand bekymrer sig meget. Men han kører mig.", "mand", "helper"),
        ("min datter er bange for at jeg falder, saa henter hun mig", "datter", "helper"),
        ("naboen snakker altid for meget, men naboen kører mig hver fredag", "nabo", "helper"),
        ("min svigerdatter blander sig i alt, og hun hjælper mig med indkøbene",
         "svigerdatter", "helper"),
        ("Min kone bestemmer over det hele. Hun kører mig til købmanden.", "kone", "helper"),
        ("min soen bestemmer alt med pengene, men han er soed og han gaar med mig",
         "søn", "companion"),
        ("mor hun styrer det hele men hun tager mig med", "mor", "helper"),
        ("Min kone styrer alt med pengene, og hun kører mig derned.", "kone", "helper"),
        ("Naboen snakker for meget, men hun er sød og går med mig.", "nabo", "companion"),
    ],
)  # fmt: skip
def test_help_told_after_a_worry_or_complaint_wins(said, person, role):
    assert _roles(said)[person] == role


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Naboen snakker for meget.", "nabo"),
        ("naboen snakker altid for meget", "nabo"),
        ("min svigermor blander sig hele tiden", "svigermor"),
        ("min søn bestemmer over det hele", "søn"),
        ("min svigerdatter bestemmer for meget", "svigerdatter"),
        ("Min kone styrer alt med pengene.", "kone"),
        ("jeg synes naboen snakker for meget", "nabo"),  # the citizen's own view
        ("min svigersøn kører som en tosse", "svigersøn"),
    ],
)
def test_a_complaint_alone_is_weak(said, person):
    assert _roles(said)[person] == "complaint"


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # a refusal said after the complaint or worry still refuses
        ("min søn snakker for meget, ham gider jeg ikke have med", "søn"),
        ("naboen snakker for meget, hende vil jeg ikke spørge", "nabo"),
        ("min datter er bange, men hende vil jeg ikke belaste", "datter"),
        # … also with the verb put first
        ("min datter er bange, så kører hun mig ikke", "datter"),
        ("min søn bestemmer alt, derfor hjælper han mig aldrig", "søn"),
        # not listened to: a will, not hearing
        ("min søn vil jeg ikke høre på", "søn"),
        ("jeg gider ikke høre på min svigerdatter, hun bestemmer alt", "svigerdatter"),
        ("jeg vil ikke høre mere på naboen", "nabo"),
        ("jeg lytter aldrig til min svoger", "svoger"),
    ],
)
def test_a_real_refusal_is_still_unwanted(said, person):
    assert _roles(said)[person] == "unwanted"


@pytest.mark.parametrize(
    ("said", "person", "role"),
    [
        # a worried relative who does not help stays afraid (no helper)
        ("min datter er meget bekymret for mig", "datter", "afraid"),
        ("min søn er bange for at jeg falder, han bor i Aarhus", "søn", "afraid"),
        # hearing is no refusal
        ("jeg kan ikke høre på min søn hvad han siger, så han kører mig bare", "søn", "other"),
        ("jeg kan ikke høre hvad min datter siger i telefonen, men hun henter mig",
         "datter", "other"),
        # another's complaint is theirs
        ("min søn synes at min svigerdatter bestemmer for meget", "svigerdatter", "other"),
        ("hun siger naboen blander sig hele tiden", "nabo", "other"),
    ],
)  # fmt: skip
def test_a_worry_hearing_or_anothers_complaint_refuses_no_one(said, person, role):
    assert _roles(said)[person] == role


def test_a_complaint_in_anothers_report_leaves_the_reporter_alone():
    roles = _roles("min datter siger at naboen snakker for meget, men naboen kører mig altid")
    assert roles == {"datter": "other", "nabo": "helper"}


# --- company of a story long ago ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "person"),
    [
        (
            "hver eneste forår siden jeg var knægt har jeg været på Bakken på åbningsdagen ik "
            "først med min far og så med mine unger",
            "far",
        ),
        ("da jeg var dreng fiskede jeg med min far, nu vil jeg gerne fiske med mit barnebarn",
         "far"),
        ("som barn sejlede jeg tit med min morfar", "morfar"),
        ("jeg gik altid på jagt med min far da jeg var ung", "far"),
        ("da jeg var en lille pige bagte jeg med min mormor", "mormor"),
        ("dengang jeg var ung cyklede vi med min bror til stranden", "bror"),
        ("min far tog mig altid med på fisketur da jeg var knægt", "far"),
        ("min mor lærte mig at strikke da jeg var pige, nu vil jeg gerne strikke med min datter",
         "mor"),
    ],
)  # fmt: skip
def test_company_of_a_childhood_story_is_past(said, person):
    assert _roles(said)[person] == "past"


@pytest.mark.parametrize(
    ("said", "person", "role"),
    [
        ("da jeg var dreng fiskede jeg med min far, nu vil jeg gerne fiske med mit barnebarn",
         "barnebarn", "companion"),
        ("jeg vil gerne fiske med min far som da jeg var dreng", "far", "companion"),
        ("siden jeg var lille har jeg elsket at bage og jeg vil gerne bage med mit barnebarn",
         "barnebarn", "companion"),
        ("da jeg var ung dansede jeg med min mand og nu vil jeg gerne danse med ham igen",
         "mand", "companion"),
        ("jeg vil gerne fiske igen med min søn", "søn", "companion"),
        ("min far hjælper mig nu, ligesom da jeg var lille", "far", "helper"),
        ("min søn kører mig, han gjorde det også da jeg var ung", "søn", "helper"),
        ("Før jeg arbejde på restaurant med min mand.", "mand", "past"),
    ],
)  # fmt: skip
def test_company_of_today_is_no_story(said, person, role):
    assert _roles(said)[person] == role


# --- a person said beside how often is no help of the goal -----------------------------------


def _walk(**answers: str):
    return at_summary(
        {
            "wish": "jeg vil gerne på Bakken med mit barnebarn igen",
            "measure": "ved ikke",
            "deadline": "til påske",
            **answers,
        }
    ).state.slots


@pytest.mark.parametrize(
    "often",
    [
        "jeg går en tur hver tirsdag med fysioterapeuten for at få luft til det",
        "to gange om ugen med min datter",
        "øh hver fredag sammen med naboen",
    ],
)
def test_company_told_with_the_frequency_leaves_independence_asked(often):
    slots = _walk(frequency=often, independence="med min rollator")
    assert slots.get("independence") == "hjaelpemiddel"
    assert "rollator" in (slots.get("aids") or [])


def test_help_told_to_the_independence_question_is_still_help():
    slots = _walk(frequency="en gang om ugen", independence="min søn hjælper mig")
    assert slots.get("independence") == "med_hjaelp"
