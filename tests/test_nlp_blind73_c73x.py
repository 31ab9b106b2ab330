"""Round 35 (c73x), blind73's misses by class: a dialect "gång"/"gånga" counts times, Bornholmsk
kin words and an ended tie name people, a week's number ends a sentence or is said in words, the
date of an event the goal starts after is no deadline, and the only help needed ("hun skal bare
have en der …") names no activity."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _freq(text: str):
    found = analyze(text, TODAY).frequency
    return None if found is None else (found.times, found.per, found.every)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("a vil gjerne ku gå ud mæ æ hund sjæl tre gång om æ dag", (3, "day", 1)),
        ("min far han vil gerne sjæl kunne handle i Brugsen to gång om ugen", (2, "week", 1)),
        ("ja vil gjarna ku gå te kirken sjæl to gånga om måneden", (2, "month", 1)),
        ("han vil gerne kunne cykle til havnen selv fire gaang om ugen", (4, "week", 1)),
        ("mor vil gerne kunne gå i svømmehallen 2 gånga om ugen", (2, "week", 1)),
        ("a vil gjen ku gå en tur sjel en gång om æ dag", (1, "day", 1)),
    ],
)
def test_a_dialect_gang_counts_times(text, times):
    assert _freq(text) == times


def test_a_dialect_gang_after_hver_stays_one_time():
    assert analyze("hver gång a ska i bad ka a et kom op", TODAY).frequency is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ja vil gjarna ku bage sjæl igen så min dotter ente ska komma hver dag", "datter"),
        ("mor vil gerne kunne læse højt for barnebørnen når de kommer på besøg", "barnebarn"),
        ("far vil gerne kunne besøge sin fraskilte kone på plejehjemmet hver søndag", "ekskone"),
        ("min eksmand henter mig om lørdagen men jeg vil gerne selv kunne tage bussen", "eksmand"),
        ("jeg vil gerne kunne ringe til min eks kone på hendes fødselsdag", "ekskone"),
        ("mor vil gerne selv kunne køre ud til sin ex kæreste i Brande", "ekskæreste"),
        ("han vil gerne kunne spise middag med sin tidligere svigermor igen", "ekssvigermor"),
    ],
)
def test_kin_words_of_dialects_and_ended_ties_are_people(text, person):
    assert person in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "jeg er jo bare hans ekskone men han vil gerne kunne lave mad selv igen",
        "jeg er kun hendes nabo men hun vil gerne selv kunne handle om fredagen",
        "jeg er ogsaa hans datter og han vil gerne kunne gaa i bad selv",
    ],
)
def test_who_the_speaker_is_names_nobody(text):
    assert not analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Min kone skal opereres i uge 7. Hun vil gerne kunne lave mad selv før det.",
            "2027-02-21",
        ),
        (
            "vi skal paa ferie i uge 30. far vil gerne kunne gaa til bageren selv inden da",
            "2027-08-01",
        ),
        ("mor vil gerne kunne gå på trapperne selv igen i uge syv", "2027-02-21"),
        ("jeg vil gerne kunne gå en tur på en kilometer inden uge ti", "2027-03-08"),
    ],
)
def test_a_week_number_at_a_sentence_end_or_in_words_is_a_date(text, deadline):
    assert analyze(text, TODAY).deadline == deadline


def test_a_week_before_a_count_of_times_is_no_date():
    assert analyze("jeg vil gerne svømme i uge to gange", TODAY).deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "far skal flytte paa plejehjem den 15. januar og naar han er flyttet vil han gerne selv "
        "kunne gaa ned i spisesalen",
        "når jeg er flyttet den 1. maj vil jeg gerne kunne handle selv i det nye kvarter",
        "min mand skal have ny hofte den 10. februar, og når han er kommet hjem vil han gerne "
        "kunne gå på toilettet selv",
        "mor kommer hjem fra sygehuset på fredag. efter at hun er kommet hjem vil hun gerne "
        "selv kunne lave sin morgenmad",
    ],
)
def test_the_date_of_what_the_goal_starts_after_is_no_deadline(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # the start's date set aside, the wish's own date stands
        (
            "far skal opereres den 3. marts og når han er kommet hjem vil han gerne kunne gå på "
            "toilettet selv inden påske",
            "2027-03-28",
        ),
        # before the move is a date to reach; a wish's date before "når" too
        (
            "hun vil gerne kunne huske sine aftaler selv inden hun flytter i aeldrebolig den 1. "
            "april",
            "2027-04-01",
        ),
        ("jeg vil gerne kunne handle selv den 1. maj når jeg er flyttet", "2027-05-01"),
    ],
)
def test_a_date_to_reach_beside_a_start_stays(text, deadline):
    assert analyze(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "far har et depotplaster der skal skiftes hver fjerde dag og han vil gerne kunne "
            "gøre det selv, han skal bare have en der skriver det op i kalenderen",
            "egen_sundhed",
        ),
        (
            "far vil gerne selv kunne tage sin insulin om morgenen, han mangler bare nogen der "
            "minder ham om det",
            "egen_sundhed",
        ),
        (
            "mor vil gerne kunne skifte sit smerteplaster selv igen hun har bare brug for en som "
            "husker hende på hvilken dag det er",
            "egen_sundhed",
        ),
        (
            "jeg vil gerne selv kunne gaa i bad igen jeg har bare brug for en der hjaelper mig op "
            "af badekarret",
            "vask_og_hygiejne",
        ),
    ],
)
def test_the_only_help_needed_names_no_activity(text, act):
    assert analyze(text, TODAY).activity == act


@pytest.mark.parametrize(
    "text",
    [
        "min datter hjaelper mig med indkoebene, ikke min eksmand",
        "jeg vil gerne kunne gå til koret igen, min fraskilte kone vil jeg ikke se",
        "min ekskone hende skal vi ikke snakke om, jeg vil gerne selv kunne lave mad",
    ],
)
def test_a_refused_ended_tie_names_nobody(text):
    people = analyze(text, TODAY).people
    assert not {"ekskone", "eksmand", "kone", "mand"} & set(people)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("jeg vil bare gerne have en der kan hjælpe mig med at gå i bad", "vask_og_hygiejne"),
        ("min mor vil bare have nogen der kan følge hende til banko om torsdagen", "fritid"),
    ],
)
def test_a_wish_for_a_helper_still_names_its_activity(text, act):
    assert analyze(text, TODAY).activity == act


@pytest.mark.parametrize(
    "text",
    [
        # second-language Danish without the article's -n: no week number follows
        "Jeg vil selv tage bad tre gange i uge",
        "min far vil gerne gå til fodbold med vennerne en gang i uge",
    ],
)
def test_a_week_word_at_the_end_is_no_date(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("til sommer når hun har fået kræfterne igen", "2027-06-01"),
        ("inden jul når han er kommet sig over operationen", "2026-12-24"),
    ],
)
def test_a_by_date_with_its_condition_stays(text, deadline):
    assert analyze(text, TODAY).deadline == deadline
