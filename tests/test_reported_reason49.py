"""A "når" clause fronted in a reason, told by the citizen or reported by a relative after "hun
siger, at …", keeps its subject and comes after its main clause, whose subject may be a noun
("så går fødderne af sig selv"): never "musikken når spiller" (issue 8, blind round 162)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_first_person, reason_frame

CONTENT = get_content("da")
ABOUT_HER = CONTENT.goals.for_citizen("hendes")
ABOUT_HIM = CONTENT.goals.for_citizen("hans")


@pytest.mark.parametrize(
    ("told", "templates", "speaker", "words"),
    [
        ("Hun siger, at når musikken spiller, så går fødderne af sig selv, og så fryser hun ikke.",
         ABOUT_HER, "relative",
         "fødderne går af sig selv, når musikken spiller, og så fryser jeg ikke"),
        ("Han siger, at når han er ude i haven, så forsvinder smerterne.", ABOUT_HIM, "relative",
         "smerterne forsvinder, når jeg er ude i haven"),
        ("han siger at naar han er ude i haven saa forsvinder smerterne", ABOUT_HIM, "relative",
         "smerterne forsvinder, naar jeg er ude i haven"),
        ("Hun siger, at når hun synger, så glemmer hun smerterne.", ABOUT_HER, "relative",
         "jeg glemmer smerterne, når jeg synger"),
        ("Når musikken spiller, så går fødderne af sig selv.", ABOUT_HER, "citizen",
         "fødderne går af sig selv, når musikken spiller"),
        ("når jeg går tur så får hunden motion", ABOUT_HER, "citizen",
         "hunden får motion, når jeg går tur"),
        ("øh når jeg er i vandet, så forsvinder smerterne i knæene", ABOUT_HER, "citizen",
         "smerterne forsvinder i knæene, når jeg er i vandet"),
    ],
)  # fmt: skip
def test_a_fronted_when_clause_keeps_its_subject(told, templates, speaker, words):
    frame, said = reason_frame(told, templates, speaker)
    assert frame == "because"
    assert said == words


@pytest.mark.parametrize(
    ("told", "speaker", "words"),
    [
        # counter-examples: a pronoun subject as before; one clause with no mark stays whole
        ("når jeg syr, så glemmer jeg tiden", "citizen", "jeg glemmer tiden, når jeg syr"),
        ("Når jeg spiser og drikker kaffen så er jeg glad", "citizen",
         "jeg er glad, når jeg spiser og drikker kaffen"),
    ],
)  # fmt: skip
def test_a_when_clause_told_as_before_is_unchanged(told, speaker, words):
    assert reason_frame(told, ABOUT_HER, speaker) == ("because", words)


@pytest.mark.parametrize(
    "told",
    [
        "Hun siger, at når musikken spiller, så går fødderne af sig selv.",
        "når jeg kommer ud så går mine ben bedre",
        "Han siger, at når han er ude i haven, så forsvinder smerterne.",
    ],
)
def test_never_the_when_word_after_its_subject(told):
    for templates in (ABOUT_HER, ABOUT_HIM):
        for speaker in ("citizen", "relative"):
            words = reason_frame(told, templates, speaker)[1].split()
            # "når" opens its clause: first, or after the main clause's comma
            assert all(k == 0 or words[k - 1].endswith(",") for k, w in enumerate(words)
                       if w in ("når", "naar")), words  # fmt: skip


# --- an adviser's word passed on as the citizen's reason (assistant.nlp.advice_reason) ---------


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("Lægen siger, svømning er godt for sukker og for knæ.",
         "svømning er godt for mit sukker og for mine knæ"),
        ("lægen siger at svømning er godt for sukker og knæ",
         "svømning er godt for mit sukker og mine knæ"),
        ("Fysioterapeuten siger, at det er godt for ryg.", "det er godt for min ryg"),
        ("min læge siger det er godt for blodtryk", "det er godt for mit blodtryk"),
        ("Lægen siger, cykling er sundt for hofte.", "cykling er sundt for min hofte"),
    ],
)  # fmt: skip
def test_what_an_adviser_says_a_thing_is_becomes_her_own_why(told, words):
    assert reason_frame(told, ABOUT_HER, "citizen") == ("because", words)


@pytest.mark.parametrize(
    ("told", "speaker", "words"),
    [
        # an order keeps who gave it, with its "at"
        ("Lægen siger jeg skal bevæge mig for ryg og knæ", "citizen",
         "lægen siger, at jeg skal bevæge mig for min ryg og mine knæ"),
        ("Lægen siger, at hun skal gå for at holde vægten.", "relative",
         "lægen siger, at jeg skal gå for at holde vægten"),
        # no bare body noun: the reported reason as said (test_learner_reason47)
        ("lægen siger det er godt for ryggen", "citizen", "lægen siger det er godt for ryggen"),
        ("Lægen siger jeg skal gå mere", "citizen", "lægen siger jeg skal gå mere"),
        # no adviser: as before
        ("svømning er godt for knæene", "citizen", "svømning er godt for knæene"),
    ],
)  # fmt: skip
def test_an_advisers_order_or_other_reason_is_unchanged(told, speaker, words):
    assert reason_frame(told, ABOUT_HER, speaker) == ("because", words)


# --- a relative's reason kept out of the goal is kept for staff in first person ----------------


@pytest.mark.parametrize(
    ("told", "record"),
    [
        ("Hun siger, at torsdag var ugens bedste dag, og at hun ellers ikke taler med nogen hele "
         "ugen.",
         "jeg siger, at torsdag var ugens bedste dag, og at jeg ellers ikke taler med nogen hele "
         "ugen."),
        ("Det var hendes bedste tid.", "Det var min bedste tid."),
    ],
)  # fmt: skip
def test_a_relatives_reason_out_of_the_goal_is_recorded_in_first_person(told, record):
    assert reason_frame(told, ABOUT_HER, "relative")[0] == ""
    assert reason_first_person(told, ABOUT_HER, "relative") == record


@pytest.mark.parametrize(
    "told",
    [
        "Jeg har ikke tid til at køre hende.",  # the relative's own "jeg": as said
        "Vi var der altid om torsdagen.",
    ],
)
def test_a_relatives_own_words_are_recorded_as_said(told):
    assert reason_first_person(told, ABOUT_HER, "relative") == told
