"""Sub-goals that fit the goal and the person: no step on foot for one on wheels, no step with an
aid for a goal done alone, no step that repeats the goal, steps from the goal's own deed."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 11, 22)
CONTENT = get_content("da")
GOALS = CONTENT.goals
ACTIVITIES = sorted(CONTENT.activities)
# Activities whose own verb is on foot (walking, stairs, standing up): a card goal there has no
# step without feet.
ON_FOOT_ACTIVITIES = {"gang", "trapper", "forflytning"}
# "gå i bad", "gå på toilettet" say what is done, not a walk
ON_FOOT = re.compile(
    r"\b(gå|går|gåtur|trappen|trapper|rejse mig|stå ved)\b(?! i bad| (ud )?på toilettet)",
    re.IGNORECASE,
)
WHEELS = ["kørestol", "el-kørestol", "elkørestol", "elscooter"]


def _texts(goal: dict, level: int = 2) -> list[str]:
    return [s["text"] for s in suggest_subgoals({**goal, "current_level": level}, GOALS, TODAY)]


@pytest.mark.parametrize("aid", WHEELS)
@pytest.mark.parametrize("activity", sorted(set(ACTIVITIES) - ON_FOOT_ACTIVITIES))
def test_no_step_on_foot_for_one_on_wheels(activity, aid):
    """A card goal with a wheelchair or scooter as its aid gets no walking or standing step."""
    for level in (1, 3, 5):
        goal = {"activity": activity, "aids": [aid], "independence": "hjaelpemiddel"}
        texts = _texts(goal, level)
        assert not [t for t in texts if ON_FOOT.search(t)], texts
        assert len(texts) >= 2 and len(set(texts)) == len(texts), texts


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        # shopping in an electric wheelchair: no "gå i butikken og bære to kilo hjem"
        (
            {
                "activity": "indkoeb",
                "own_action": "handle ind i Netto igen i min kørestol",
                "aids": ["kørestol"],
                "independence": "hjaelpemiddel",
                "people": ["datter"],
            },
            "Netto",
        ),
        # the bus in an el-kørestol: no "gå ud til stoppestedet"
        (
            {
                "activity": "transport",
                "own_action": "komme til svømmehallen med bussen",
                "aids": ["el-kørestol", "rampe"],
                "independence": "selv",
            },
            "svømmehallen",
        ),
        # a transfer from the wheelchair: no "rejse mig fra en høj stol" (own words name the chair)
        (
            {
                "activity": "forflytning",
                "own_action": "komme fra kørestolen over på toilettet",
                "aids": ["glidebræt"],
                "independence": "selv",
            },
            "toilettet",
        ),
        # a scooter said in the own words only, typed without æøå
        (
            {
                "activity": "indkoeb",
                "own_action": "koere paa min scooter ned til brugsen og handle",
                "independence": "hjaelpemiddel",
            },
            "scooter",
        ),
    ],
)
def test_steps_for_one_on_wheels_keep_the_goal_and_leave_out_walking(goal, kept):
    texts = _texts(goal)
    assert not [t for t in texts if ON_FOOT.search(t)], texts
    assert kept in texts[-1], texts
    assert len(texts) >= 2


@pytest.mark.parametrize("activity", ACTIVITIES)
def test_no_step_with_an_unchosen_aid_for_a_goal_done_alone(activity):
    for level in (1, 3):
        texts = _texts({"activity": activity, "independence": "selv"}, level)
        assert not [t for t in texts if "hjælpemiddel" in t], texts


@pytest.mark.parametrize(
    "own",
    ["være oppe og have tøj på inden klokken ti", "klæde mig på selv om morgenen", "tage tøj på"],
)
def test_dressing_alone_gets_no_aid_step(own):
    texts = _texts({"activity": "paaklaedning", "own_action": own, "independence": "selv"}, 1)
    assert not [t for t in texts if "hjælpemiddel" in t], texts
    assert len(texts) >= 2


@pytest.mark.parametrize(
    "goal",
    [
        {
            "activity": "forflytning",
            "own_action": "komme op af sengen om morgenen uden liften",
            "aids": ["sengebøjle", "forhøjer"],
            "independence": "hjaelpemiddel",
            "criterion": "sidde på sengekanten og rejse mig selv",
        },
        {
            "activity": "gang",
            "own_action": "gå ned i spisesalen",
            "aids": ["rollator"],
            "independence": "hjaelpemiddel",
            "criterion": "gå hele vejen uden pause",
        },
        {
            "activity": "madlavning",
            "own_action": "dække bord om søndagen",
            "independence": "med_hjaelp",
            "people": ["mand"],
            "criterion": "lægge tallerkener og bestik frem",
        },
    ],
)
def test_no_step_repeats_the_goal_without_its_measure(goal):
    """A goal with a sign of success gets no step that says its wish word for word and so
    leaves the sign out: the last step is a step on the way ("… på en god dag")."""
    sentence = " ".join(compose_goal(goal, GOALS).lower().replace(",", "").split())
    for text in _texts(goal, 4):
        body = text.lower().rstrip(".").replace(",", "").removeprefix("jeg kan ")
        assert f" {body} " not in f" {sentence} ", (text, sentence)


@pytest.mark.parametrize(
    ("goal", "deed"),
    [
        # a specific deed or place of a broad activity: its steps name it, no phoning or visits
        (
            {"activity": "socialt_samvaer", "own_action": "komme med til sangeftermiddagene"},
            "sangeftermiddagene",
        ),
        (
            {"activity": "socialt_samvaer", "own_action": "hjælpe til når børnebørnene kommer"},
            "hjælpe til",
        ),
        ({"activity": "socialt_samvaer", "own_action": "gaa i kirke om soendagen"}, "kirke"),
        # a sign of success that names the family is no visit either
        (
            {
                "activity": "socialt_samvaer",
                "own_action": "hjælpe til når børnebørnene kommer",
                "criterion": "lægge tallerkener og bestik frem til hele familien",
            },
            "hjælpe til",
        ),
        (
            {"activity": "arbejde_og_frivillig", "own_action": "komme til gudstjeneste i kirken"},
            "gudstjeneste",
        ),
        (
            {"activity": "arbejde_og_frivillig", "own_action": "hjælpe til i genbrugsbutikken"},
            "genbrugsbutikken",
        ),
    ],
)
def test_steps_of_a_broad_activity_keep_the_goals_own_deed(goal, deed):
    texts = _texts(goal)
    generic = ("ringe til en", "besøg af en ven", "finde et sted")
    assert not [t for t in texts if any(g in t for g in generic)], texts
    assert deed in texts[0], texts


@pytest.mark.parametrize(
    ("goal", "first"),
    [
        # the broad activity's own ladder still fits words of phoning and visits, and its card
        ({"activity": "socialt_samvaer", "own_action": "ringe til min søster"}, "ringe"),
        ({"activity": "socialt_samvaer", "criterion": "besøge min familie"}, "ringe"),
        (
            {"activity": "arbejde_og_frivillig", "own_action": "være frivillig igen"},
            "finde et sted",
        ),
    ],
)
def test_a_broad_activitys_own_ladder_still_fits_its_own_words(goal, first):
    assert first in _texts(goal)[0]


@pytest.mark.parametrize(
    "own", ["læse min post selv igen", "laese mine breve", "åbne og læse posten", "klare min post"]
)
def test_reading_post_is_no_paying_of_bills(own):
    texts = _texts({"activity": "daglige_rutiner", "own_action": own, "aids": ["lup"]})
    assert not [t for t in texts if "regning" in t], texts


def test_paying_bills_keeps_its_ladder():
    texts = _texts({"activity": "daglige_rutiner", "own_action": "betale mine regninger"})
    assert any("regning" in t for t in texts), texts


@pytest.mark.parametrize(
    ("own", "aids"),
    [
        ("komme ud og fotografere fuglene ved Grenen igen med mit kamera", ["rollator"]),
        ("tage billeder af fuglene ved fjorden igen", []),
        ("gaa ud og fotografere fuglene i mosen", ["stok"]),
        ("se på fuglene fra fugletårnet ved søen igen", ["rollator"]),
        ("køre ud til fuglestationen og kigge på fuglene", ["el-scooter"]),
        ("kigge på fuglene igen", ["kikkert"]),
    ],
)
def test_birds_watched_or_photographed_are_no_bird_table(own, aids):
    """Birds photographed or watched out in nature get steps from the own deed, no bird table."""
    goal = {"activity": "fritid", "own_action": own, "aids": aids, "independence": "selv"}
    texts = _texts(goal)
    assert not [t for t in texts if "foder" in t], texts


@pytest.mark.parametrize("own", ["fodre fuglene i haven igen", "fylde foderbrættet selv"])
def test_birds_fed_keep_the_bird_table(own):
    texts = _texts({"activity": "fritid", "own_action": own})
    assert any("foder" in t for t in texts), texts


@pytest.mark.parametrize(
    ("own", "value", "less"),
    [
        ("gå 200 meter ned til postkassen og hjem igen hver dag", 200, "100 meter"),
        ("gaa 300 meter over til min datter paa Kirkevej", 300, "150 meter"),
        ("knappe min skjorte om morgenen i 15 minutter", 15, "otte minutter"),
    ],
)
def test_a_last_step_that_repeats_the_goal_asks_for_less_of_its_measure(own, value, less):
    """The goal's wish with its measure in it, done with its aid: the last step halves the
    measure rather than saying the goal again ("hver dag … på en god dag" says nothing)."""
    unit = "minut" if "minutter" in own else "meter"
    goal = {
        "activity": "gang",
        "own_action": own,
        "aids": ["rollator"],
        "independence": "hjaelpemiddel",
        "measures": [{"value": value, "unit": unit}],
    }
    last = _texts(goal, 4)[-1]
    assert less in last and "god dag" not in last, last


@pytest.mark.parametrize(
    ("own", "said", "value", "unit", "less"),
    [
        ("gaa 3 km ned til stranden og hjem igen", "3 km", 3, "kilometer", "1,5 km"),
        ("gå hen til kirken igen", "800 m", 800, "meter", "400 meter"),
    ],
)
def test_a_step_halves_a_typed_measure_in_its_typed_way(own, said, value, unit, less):
    """ "3 km" typed: the goal says "3 km" and the last step, halved, "1,5 km" (not "halvanden
    kilometer"); a scaled distance still fits the ladder."""
    goal = {
        "activity": "gang",
        "own_action": own,
        "aids": ["rollator"],
        "independence": "hjaelpemiddel",
        "measures": [{"value": value, "unit": unit}],
        "measures_said": {f"{value:g} {unit}": said},
    }
    goal_text = compose_goal(goal, GOALS)
    assert said.replace("800 m", "800 meter") in goal_text, goal_text
    last = _texts(goal, 4)[-1]
    assert less in last and "god dag" not in last, last


@pytest.mark.parametrize(
    ("goal", "deed", "added"),
    [
        (
            {
                "activity": "arbejde_og_frivillig",
                "own_action": "hjaelpe til i genbrugen igen, saette toej paa boejler og den slags",
                "independence": "med_hjaelp",
                "people": ["veninde"],
            },
            "genbrugen",
            "boejler",
        ),
        (
            {
                "activity": "socialt_samvaer",
                "own_action": "komme med i sykredsen igen, strikke og snakke med de andre damer",
                "independence": "med_hjaelp",
                "people": ["datter"],
            },
            "sykredsen",
            "strikke",
        ),
    ],
)
def test_steps_on_the_way_say_the_deed_without_what_its_comma_adds(goal, deed, added):
    """ "hjælpe til i genbrugsbutikken igen, sætte tøj på bøjler og den slags": the steps on
    the way say the deed and one easier condition, not the whole wish clause each time."""
    texts = _texts(goal)
    assert all(deed in t for t in texts), texts
    assert not [t for t in texts[:-1] if added in t], texts


def test_what_the_comma_adds_stays_when_it_holds_the_measure():
    """ "…, lime stole i 20 minutter": the measure is in what is added; the step halves it."""
    goal = {
        "activity": "arbejde_og_frivillig",
        "own_action": "hjaelpe til paa vaerkstedet igen, lime stole i 20 minutter",
        "independence": "med_hjaelp",
        "people": ["ven"],
        "measures": [{"value": 20, "unit": "minut"}],
    }
    assert any("ti minutter" in t or "10 minutter" in t for t in _texts(goal)), _texts(goal)


UNSAID_RUNGS = ("bære", "gå i butikken", "gå til butikken", "nettet")


@pytest.mark.parametrize(
    "goal",
    [
        # the hands are the trouble, someone drives her: no walking, carrying or online rung
        {
            "activity": "indkoeb",
            "own_action": "handle i fakta selv og finde varerne og betale ved kassen",
            "aids": ["gribetang"],
            "independence": "hjaelpemiddel",
            "people": ["søn"],
        },
        # fear in the shop: the shop itself is the step, not the way there or the internet
        {
            "activity": "indkoeb",
            "own_action": "koebe ind i Lidl igen uden at faa panik",
            "independence": "selv",
        },
        {
            "activity": "indkoeb",
            "own_action": "handle ind i Spar i min korestol",
            "aids": ["kørestol"],
            "independence": "hjaelpemiddel",
            "people": ["datter"],
        },
    ],
)
def test_no_rung_asks_a_deed_the_persons_own_words_never_name(goal):
    """ "handle i fakta selv og finde varerne og betale": the shopping ladder's carrying,
    walking and online rungs ask what the person never named; the steps keep the own deed."""
    texts = _texts(goal)
    assert not [t for t in texts if any(r in t for r in UNSAID_RUNGS)], texts
    assert len(texts) >= 2 and len(set(texts)) == len(texts), texts


@pytest.mark.parametrize(
    ("goal", "rung"),
    [
        (
            {"activity": "indkoeb", "own_action": "bestille mine varer paa nettet paa ipad'en"},
            "nettet",
        ),
        (
            {
                "activity": "indkoeb",
                "own_action": "baere mine varer hjem fra Spar igen",
                "measures": [{"value": 3, "unit": "kilo"}],
            },
            "bære",
        ),
        ({"activity": "indkoeb"}, "nettet"),  # a card's goal: the activity's own ladder
        ({"activity": "indkoeb", "own_action": "handle ind"}, "nettet"),  # the verb only
    ],
)
def test_a_rung_whose_deed_is_said_stays(goal, rung):
    assert any(rung in t for t in _texts(goal)), _texts(goal)


@pytest.mark.parametrize(
    "goal",
    [
        # the pills from the dosette box, no phone or alarm named anywhere
        {
            "activity": "egen_sundhed",
            "own_action": "tage mine piller selv fra doseringsaesken",
            "criterion": "rummet tomt hver aften",
            "aids": ["doseringsæske"],
            "independence": "hjaelpemiddel",
        },
        {"activity": "egen_sundhed", "own_action": "huske min medicin uden at min søn ringer"},
    ],
)
def test_no_medicine_rung_brings_in_an_alarm_never_named(goal):
    """ "tage mine piller selv fra doseringsæsken": no "… med en alarm på telefonen" step."""
    texts = _texts(goal)
    assert not [t for t in texts if "alarm" in t or "telefon" in t], texts
    assert len(texts) >= 2 and len(set(texts)) == len(texts), texts


@pytest.mark.parametrize(
    "own_action",
    [
        "huske mine piller med en paamindelse paa mobilen",
        "tage min medicin naar alarmen ringer",
    ],
)
def test_a_medicine_rung_with_an_alarm_stays_when_a_reminder_is_said(own_action):
    texts = _texts({"activity": "egen_sundhed", "own_action": own_action})
    assert any("alarm" in t for t in texts), texts


@pytest.mark.parametrize(
    "goal",
    [
        # a shower chair said, no bench: no "på en badebænk" step
        {
            "activity": "vask_og_hygiejne",
            "own_action": "selv gaa i bad igen paa en stol i brusenichen",
            "aids": ["badestol"],
            "independence": "hjaelpemiddel",
        },
        # a relative, no aid named at all
        {"activity": "vask_og_hygiejne", "own_action": "tage brusebad uden at min datter hjælper"},
    ],
)
def test_no_bath_rung_brings_in_a_bench_never_named(goal):
    texts = _texts(goal)
    assert not [t for t in texts if "bænk" in t], texts
    assert len(texts) >= 2 and len(set(texts)) == len(texts), texts


@pytest.mark.parametrize(
    "goal",
    [
        {"activity": "vask_og_hygiejne", "own_action": "øh gaa i bad paa badebaenken selv"},
        {"activity": "vask_og_hygiejne", "own_action": "vaske mig", "aids": ["badebænk"]},
        {"activity": "vask_og_hygiejne"},  # a card's goal: the activity's own ladder
    ],
)
def test_a_bath_rung_with_a_bench_stays_when_a_bench_is_said(goal):
    assert any("badebænk" in t for t in _texts(goal)), _texts(goal)


@pytest.mark.parametrize(
    ("goal", "today", "least"),
    [
        # "2. jeg kan gaa 300 meter, så stop" for a 900 metre goal
        ({"value": 900, "unit": "meter"}, {"value": 300, "unit": "meter"}, 300),
        # "han kan gå til købmanden, det er måske 500 meter" for the 1,5 km to the beach
        ({"value": 1.5, "unit": "kilometer"}, {"value": 500, "unit": "meter"}, 500),
        # "lige nu kun et kvarter, så må jeg sidde" for a walk of an hour
        ({"value": 1, "unit": "time"}, {"value": 15, "unit": "minut"}, 15),
    ],
)
def test_a_ladder_starts_near_what_the_citizen_manages_today(goal, today, least):
    """Today's amount told with the current level: no step at home, none below it."""
    sizes = {"meter": 1, "kilometer": 1000, "minut": 1, "time": 60}
    fields = {"activity": "gang", "measures": [goal], "level_measures": [today]}
    steps = suggest_subgoals({**fields, "current_level": 2}, GOALS, TODAY)
    assert not any("inde i" in s["text"] for s in steps)
    first = steps[0]["measures"][0]
    assert first["value"] * sizes[first["unit"]] >= least


@pytest.mark.parametrize(
    ("own", "deed"),
    [
        # a place alone is no cleaning: the ladder of dusting and hoovering does not fit
        ("stille bøger op på hylden i stuen igen", "bøger"),
        ("tage tallerkner ned fra øverste hylde i køkkenet", "tallerkner"),
    ],
)
def test_a_room_alone_does_not_make_a_household_task_cleaning(own, deed):
    texts = _texts({"activity": "rengoering", "own_action": own, "independence": "selv"})
    assert not [t for t in texts if "støv" in t or "støvsuge" in t], texts
    assert deed in texts[0], texts


@pytest.mark.parametrize(
    "own", ["gøre rent i køkkenet igen", "gore rent i badevaerelset", "støvsuge stuen selv"]
)
def test_cleaning_said_in_a_room_keeps_the_cleaning_ladder(own):
    texts = _texts({"activity": "rengoering", "own_action": own, "independence": "selv"})
    assert any("støv" in t for t in texts), texts


def test_a_bare_room_before_sammen_is_written_definite():
    texts = _texts(
        {"activity": "rengoering", "own_action": "tage ting ned fra skab i køkken"}, level=1
    )
    assert any("i køkkenet sammen med" in t for t in texts), texts


@pytest.mark.parametrize(
    ("own", "criterion"),
    [
        # "rent" of the linen is no cleaning (round 34): no dusting or hoovering steps
        ("skifte mit sengetøj selv igen", "at jeg har lagt rent lagen på og fået dynen i betræk"),
        ("selv skifte sengetøjet hver anden uge", "at hun kan få rent betræk på dynen"),
        ("lægge rene lagner på sengen igen", "at jeg har lagt rent lagen på på en formiddag"),
        ("komme dynebetrækket på selv", "at dynen er i rent betræk inden frokost"),
    ],
)
def test_bed_linen_with_a_clean_sign_is_stepped_down_in_its_own_words(own, criterion):
    goal = {"activity": "rengoering", "own_action": own, "criterion": criterion}
    texts = _texts({**goal, "independence": "selv"})
    assert not [t for t in texts if "støv" in t or "opvask" in t], texts


@pytest.mark.parametrize(
    ("goal", "unit"),
    [
        ({"activity": "madlavning", "own_action": "smøre smørrebrød til klubben"}, "stykke"),
        (
            {"activity": "madlavning", "own_action": "lave frikadeller til børnebørnene"},
            "frikadelle",
        ),
        ({"activity": "rengoering", "own_action": "gøre rent i stuen"}, "rum"),
        ({"activity": "styrke_og_motion", "own_action": "træne i hallen"}, "bane"),
    ],
)
def test_a_count_of_things_is_no_measure_of_a_timed_step(goal, unit):
    """A measure of things counted ("12 stykker") never fills a step's time ("lave mad i
    {measure}"): the template's own measure does ("lave mad i ti minutter")."""
    goal = {**goal, "measures": [{"value": 12, "unit": unit}], "current_level": 2}
    steps = suggest_subgoals(goal, GOALS, TODAY)
    assert not any(re.search(rf"\b{unit}\b", s["text"]) for s in steps), steps
    assert all(m["unit"] != unit for s in steps for m in s["measures"])


@pytest.mark.parametrize(
    ("goal", "measure", "said"),
    [
        ({"activity": "madlavning"}, {"value": 40, "unit": "minut"}, "minutter"),
        ({"activity": "gang"}, {"value": 800, "unit": "meter"}, "meter"),
        ({"activity": "forflytning"}, {"value": 10, "unit": "gang"}, "gange"),
    ],
)
def test_a_measure_of_the_steps_own_kind_stays(goal, measure, said):
    goal = {**goal, "measures": [measure], "current_level": 2}
    assert any(said in s["text"] for s in suggest_subgoals(goal, GOALS, TODAY))
