"""Every "no" honoured: yes/no wordings, consent (refusal, one repair, unclear twice), the summary's
no, the change step and its stop; all through the real engine and content."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.content.yesno import NO, UNCLEAR, YES, compile_pattern
from assistant.dialogs.engine import advance, closing_status, keeps_answer, new_state, start
from assistant.dialogs.models import Answer, Turn

TODAY = date(2026, 11, 22)
CONTENT = get_content("da")

NO_WORDINGS = [
    "nej",
    "Nej tak, det vil jeg ikke.",
    "næ",
    "naeh",
    "næh",
    "naa",
    "nix",
    "nope",
    "øh nej",
    "nej nej",
    "det har jeg ikke lyst til",
    "har jeg ikke lyst til",
    "det vil jeg helst ikke",
    "det vil jeg ikke",
    "helst ikke",
    "det gider jeg ikke",
    "det gider jeg ik",
    "ikke nu",
    "ikke lige nu",
    "lad være",
    "lad vaere",
    "det skal du ikke",
    "jeg vil ikke have det gemt",
    "det syns jeg ikke",
    "det tror jeg ikke",
    "ja men ikke nu",
    "stop",
    "min mor hun vil ikke",
    "nej det er ikke mit eget mål",
    "det er ikke mit eget mål, det er min datters",
]
YES_WORDINGS = [
    "ja",
    "Ja!",
    "øh ja",
    "nåh. ja",  # a "nåh" first, as one catches up
    "ja tak",
    "jo da",
    "jo",
    "ok",
    "okay",
    "det er fint",
    "det er i orden",
    "i orden",
    "fint nok",
    "selvfølgelig",
    "selvfoelgelig",
    "gerne",
    "ja det er fint ik",
    "ja det har jeg ikke noget imod",
    "det har jeg ikke noget imod",
    "det er ikke noget problem",
    "hvorfor ikke",
    "det må du godt",
    "det maa i gerne",
    "altså ja",
    "det skal du ikke tænke på",  # "don't worry": a yes with a "skal du ikke" in it
    "nej nej det skal I ikke bekymre jer om",
    # the summary's question answered in its own words, then a "vil ikke" about something else
    "ja. det er mit eget mål. jeg vil ikke være til besvær",
    "det er da mit eget mål jeg vil ikke falde igen",
    "ja mit eget mål",
    # a spoken "nå" before a yes in words is a filler, not the Jutlandic no
    "nå det må I godt",
    "nå det er i orden",
    "naa det maa i gerne",
]
UNCLEAR_WORDINGS = [
    "hvad betyder det",
    "ved ikke",
    "det ved jeg ikke",
    "jeg ved ikke helt",
    "måske",
    "hvad",
    "jeg forstår ikke rigtig",
    "hvem kan se det",
    "",
    # "nå det" / "nå jeg …" alone may be a Jutlandic no or a filler: asked again, never refused
    "nå det",
    "nå jeg vil gerne være med",
]


@pytest.mark.parametrize("wording", NO_WORDINGS)
def test_every_wording_of_no_is_no(wording):
    assert CONTENT.dialogue.yes_no.classify(wording) == NO


@pytest.mark.parametrize("wording", YES_WORDINGS)
def test_yes_wordings_with_a_no_word_are_still_yes(wording):
    assert CONTENT.dialogue.yes_no.classify(wording) == YES


@pytest.mark.parametrize("wording", UNCLEAR_WORDINGS)
def test_questions_and_dont_know_are_unclear(wording):
    assert CONTENT.dialogue.yes_no.classify(wording) == UNCLEAR


def test_pattern_syntax_anchors_options_and_gaps():
    assert compile_pattern("^nej|nix").search("nix tak ")
    assert not compile_pattern("^nej|nix").search("jeg siger nej ")
    assert compile_pattern("vil (helst) ikke").search("det vil helst ikke ")
    assert compile_pattern("vil (helst) ikke").search("jeg vil ikke ")
    assert compile_pattern("ja ... imod").search("ja det har jeg ikke noget imod ")
    assert compile_pattern("^ingenting $").search("ingenting ")
    assert not compile_pattern("^ingenting $").search("ingenting at rette ")
    assert compile_pattern("næh").search("naeh ")  # æ in a pattern is also ae
    with pytest.raises(ValueError):
        compile_pattern("nej, tak")


def answer(turn: Turn, value: str | Answer) -> Turn:
    if isinstance(value, str):
        value = Answer("text", value)
    turn = advance(turn.state, value, CONTENT, TODAY, understand=understand)
    json.dumps(turn.state.to_json())
    return turn


def at_consent(mode: str = "text") -> Turn:
    turn = start(CONTENT, new_state(CONTENT, today=TODAY, mode=mode))
    return answer(turn, Answer("card", "borger"))


@pytest.mark.parametrize(
    "wording", ["nej", "det har jeg ikke lyst til", "det vil jeg helst ikke", "ikke nu", "næh"]
)
def test_consent_refusal_in_any_wording_keeps_only_the_refusal(wording):
    turn = answer(at_consent(), wording)
    assert turn.refused and turn.slot == "refused" and turn.draft is None
    assert turn.state["reason"] == "refused" and "transcript" not in turn.state
    assert closing_status(turn) == "refused" and keeps_answer(turn)


def test_unclear_consent_is_asked_once_more_with_ja_nej_and_why():
    turn = answer(at_consent(), "hvad betyder det")
    assert turn.slot == "consent" and turn.reprompt and not turn.refused
    assert [c.id for c in turn.cards] == ["ja", "nej"]
    assert turn.notice.startswith(CONTENT.dialogue.text("consent_again"))
    assert "text" in turn.accepts  # still possible to write the answer
    assert turn.state["slots"] == {"who": "citizen"}  # nothing but who and the consent answer
    turn = answer(turn, "jo da")
    assert turn.slot == "everyday" and turn.state["slots"]["consent"] is True


def test_facts_in_an_unclear_consent_answer_are_not_kept_before_a_clear_yes():
    turn = answer(at_consent(), "hvad med min datter hun skal hjaelpe mig paa trapperne")
    assert turn.slot == "consent" and turn.state["slots"] == {"who": "citizen"}
    assert not turn.state["people_answered"] and turn.notice == CONTENT.dialogue.text(
        "consent_again"
    )


def test_unclear_consent_twice_ends_with_nothing_stored():
    turn = answer(answer(at_consent(), "hvad betyder det"), Answer("card", "ved_ikke"))
    assert turn.refused and turn.slot == "refused" and turn.draft is None
    assert turn.state["reason"] == "consent_unclear"
    assert turn.prompt == CONTENT.dialogue.text("consent_unclear")
    assert "transcript" not in turn.state and "slots" not in turn.state
    assert not keeps_answer(turn)  # not even the unclear words are stored
    again = answer(turn, "ja")
    assert again.refused and again.state["reason"] == "consent_unclear"


def test_unclear_then_no_refuses():
    turn = answer(answer(at_consent(), "hmm"), Answer("card", "nej"))
    assert turn.refused and turn.state["reason"] == "refused"


def until_confirm(turn: Turn) -> Turn:
    turn = answer(turn, "ja")
    for _ in range(40):
        if turn.slot == "confirm":
            return turn
        if turn.slot == "wish":
            turn = answer(turn, "Jeg vil gerne kunne handle ind igen to gange om ugen inden jul")
        else:
            turn = answer(turn, Answer("card", "ja" if turn.slot == "subgoals" else "ved_ikke"))
    raise AssertionError(turn.slot)


@pytest.mark.parametrize("no", [Answer("card", "nej"), "nej", "næ det er det ikke", "nej tak"])
def test_no_on_the_summary_asks_what_to_change(no):
    turn = answer(until_confirm(at_consent()), no)
    assert turn.slot == "change" and not turn.done and turn.draft is None
    ids = [c.id for c in turn.cards]
    assert ids[-1] == "stop" and {"ret_hvor_tit", "ret_hvornaar", "ret_maal"} <= set(ids)
    assert turn.state["confirmed"] is not True


def test_change_then_summary_again_then_yes():
    turn = answer(answer(until_confirm(at_consent()), "nej"), Answer("card", "ret_hvor_tit"))
    assert turn.slot == "frequency"
    turn = answer(turn, Answer("card", "en_gang_om_ugen"))
    assert turn.slot == "confirm" and "en gang om ugen" in turn.goal_text.lower()
    turn = answer(turn, "ja")
    assert turn.done and turn.draft["citizen_confirmed"] is True


@pytest.mark.parametrize(
    ("words", "step"),
    [
        ("det er for tit", "frequency"),
        ("datoen er forkert", "deadline"),
        ("jeg vil hellere noget andet", "activity"),
        ("hvem der hjælper er forkert", "people"),
    ],
)
def test_a_typed_change_names_the_step(words, step):
    turn = answer(answer(until_confirm(at_consent()), "nej"), words)
    assert turn.slot == step


def test_no_naming_the_change_on_the_summary_asks_for_that_value_or_stop():
    turn = answer(until_confirm(at_consent()), "nej datoen er forkert")
    assert turn.slot == "change"
    assert turn.prompt == CONTENT.dialogue.text("change_hint_deadline")
    turn = answer(turn, "om 12 uger")
    assert turn.slot == "confirm" and turn.state["slots"]["deadline"] == "2027-02-14"


def test_a_tap_on_the_named_change_asks_its_question_with_its_cards():
    turn = answer(answer(until_confirm(at_consent()), "nej datoen er forkert"), "ved ikke")
    assert turn.slot == "deadline"
    turn = answer(turn, Answer("card", "om_12_uger"))
    assert turn.slot == "confirm" and turn.state["slots"]["deadline"] == "2027-02-14"


def test_a_new_value_on_change_is_noted_and_the_summary_shown_again():
    turn = answer(answer(until_confirm(at_consent()), "nej"), "en gang om ugen er nok")
    assert turn.slot == "confirm"
    assert turn.state["slots"]["frequency"]["times"] == 1
    turn = answer(turn, "nej en gang om ugen er nok")  # a no with a value: noted, shown again
    assert turn.slot == "confirm" and turn.state["confirmed"] is not True


@pytest.mark.parametrize(
    "stop", [Answer("card", "stop"), "stop", "nej", "jeg vil ikke", "glem det", "naeh"]
)
def test_stop_on_change_sends_nothing_and_keeps_the_answers(stop):
    turn = answer(answer(until_confirm(at_consent()), "nej"), stop)
    assert turn.rejected and not turn.done and not turn.refused and turn.draft is None
    assert turn.slot == "rejected" and turn.prompt == CONTENT.dialogue.text("not_confirmed")
    assert turn.state["status"] == "rejected" and turn.state["confirmed"] is False
    assert closing_status(turn) == "rejected"
    assert [e["slot"] for e in turn.state["transcript"]][-2:] == ["confirm", "change"]
    assert turn.state["slots"]["activity"] == "indkoeb"  # consent was given: answers stay
    assert answer(turn, "ja").rejected  # nothing more happens


def test_unclear_on_change_asks_again_in_text_mode_wording():
    turn = answer(answer(until_confirm(at_consent()), "nej"), "hmm tja")
    assert turn.slot == "change" and turn.reprompt
    assert turn.prompt == CONTENT.dialogue.step("change").simple_text


@pytest.mark.parametrize(
    "asked",
    [
        "nej. hvorfor skal I gemme det?",
        "nej hvorfor skal i gemme det",  # spoken: no question mark
        "næh, hvem skal se det?",
        "nej altså hvad skal kommunen med det",
    ],
)
def test_a_no_that_asks_why_is_asked_again_with_the_reason(asked):
    turn = answer(at_consent(), asked)
    assert turn.slot == "consent" and not turn.refused and turn.reprompt
    assert turn.notice.startswith(CONTENT.dialogue.text("consent_again"))
    assert turn.state["slots"] == {"who": "citizen"}
    turn = answer(turn, "nå, ja ja, så er det i orden")
    assert turn.slot == "everyday" and turn.state["slots"]["consent"] is True


@pytest.mark.parametrize(
    "said, consent",
    [
        ("hvad siger du? nåh. ja", True),
        ("hvad sagde du. nå jo det er fint", True),
        ("undskyld hvad? jo jo det er i orden", True),
        ("hvem ser det? nej så vil jeg ikke", False),
        ("hvorfor det? nej tak", False),
    ],
)
def test_a_question_then_an_answer_is_read_by_the_answer(said, consent):
    turn = answer(at_consent(), said)
    if consent:
        assert turn.slot == "everyday" and turn.state["slots"]["consent"] is True
    else:
        assert turn.refused and turn.state["reason"] == "refused"


def test_a_no_that_asks_then_no_again_refuses():
    turn = answer(answer(at_consent(), "nej. hvorfor skal I gemme det?"), "nej")
    assert turn.refused and turn.state["reason"] == "refused"


# A clear yes said first, then who types, why or on what terms: the yes stands, however long the
# answer and whatever "ikke" says what the person cannot do; a refusal in it still says no.
YES_EXPLAINED = [
    "ja det er i orden, det er min svigersøn der taster for mig fordi mine fingre ryster og jeg "
    "kan ikke ramme tasterne",
    "jo det maa i gerne min datter skriver det hele for mig jeg kan ikke se bogstaverne paa "
    "skaermen mere",
    "ja ok. jeg tror ikke jeg kan finde ud af at trykke selv saa min nabo goer det",
    "ja fint nok, hun vil helst ikke selv skrive min mor, så det gør jeg",
    "øh ja det er fint, hænderne vil ikke rigtig mere, så mit barnebarn skriver",
    "ja. hvis det kun er kommunen der ser det. min søn trykker for mig",
    "selvfølgelig, jeg kan ikke sende noget selv, så det er min kone der skriver",
    "ja ja det er ok for hende hun kan ikke laese det selv min mor",
    "okay, det er min hjemmehjælper der holder telefonen, jeg kunne ikke selv",
    # spoken without a break: the yes is the opening words that say yes
    "det er helt i orden min datter skriver for mig fordi jeg kan ikke se skaermen saa godt",
    "ja ja det skal i ikke taenke paa min soen skriver for mig",
    "ja det er fint min mor kan ikke se skaermen og hun vil helst ikke selv skrive",
]
REFUSED_EXPLAINED = [
    "ja men ikke i dag, min datter er her ikke til at skrive",
    "jo men jeg vil helst ikke have det sendt til kommunen, jeg kan ikke lide det",
    "ja min søn skriver for mig men jeg vil ikke have at i gemmer det",
    "nej tak, min datter skriver for mig og jeg kan ikke se skaermen",
    "nej det vil hun ikke min mor hun kan ikke se hvad der står",
    "det er ikke i orden for mig, min nabo skriver bare for mig",
    "ja hvorfor ikke, men det skal ikke sendes nogen steder",
    # a "kan ikke" about the answers, not about what the person can do, still refuses
    "ja men det kan ikke sendes til kommunen",
    "jo okay men det kan du ikke sende videre til nogen",
]
UNCLEAR_EXPLAINED = [
    "ja. nej. min søn skriver for mig",
    "tja min datter skriver for mig jeg kan ikke se skaermen",
]


@pytest.mark.parametrize("wording", YES_EXPLAINED)
def test_a_yes_said_first_stands_past_who_types_and_why(wording):
    turn = answer(at_consent(), wording)
    assert turn.slot == "everyday" and turn.state["slots"]["consent"] is True


@pytest.mark.parametrize("wording", REFUSED_EXPLAINED)
def test_a_refusal_with_an_explanation_still_refuses(wording):
    turn = answer(at_consent(), wording)
    assert turn.refused and turn.state["reason"] == "refused" and "transcript" not in turn.state


@pytest.mark.parametrize("wording", UNCLEAR_EXPLAINED)
def test_an_unclear_answer_with_an_explanation_is_asked_again_with_ja_nej(wording):
    turn = answer(at_consent(), wording)
    assert turn.slot == "consent" and turn.reprompt and not turn.refused
    assert [c.id for c in turn.cards] == ["ja", "nej"]
    assert turn.state["slots"] == {"who": "citizen"}


def test_blanked_words_are_read_no_more():
    yes_no = CONTENT.dialogue.yes_no
    plain = yes_no.blanked("Ja, jeg kan ikke se skærmen", ("consent_explains",))
    assert plain.split()[0] == "ja" and "ikke" not in plain.split()
    assert len(plain.split()) == 6 and yes_no.found(plain, "affirm")
