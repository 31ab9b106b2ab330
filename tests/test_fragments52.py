"""Fix round 52 (fA): what one-word and fragment speakers say is kept.

- A wish typed in pieces whose one piece names only whom it is done with or for ("Binde fluer.
  Til barnebarnet.") reads as one wish: that piece is no rival activity (engine._company_only),
  so the activity question is not asked; pieces naming two deeds still are ("Posten. Selv hente.
  Ude ved vejen.").
- A participle joined by "og" to a perfect told before it shares its auxiliary ("har taget æ ring
  … og været konge to gange"): its count is the story's, no measure of the goal
  (nlp/shared_perfect.py), unless a modal stands between ("jeg vil gerne have prøvet det og
  været konge to gange") or the perfect is a side clause's ("at jeg har været med på cafeen og
  siddet der i to timer": the sign).
- A span of time after things counted in a measure answer stays with them ("Fem fluer. En
  formiddag.": "binde fem fluer på en formiddag"; dialogs/counted_span.py).
- A reason's fragment that is only a prepositional phrase goes on with the clause before it
  ("Han fanger fisk. På mine fluer.": "fordi han fanger fisk på mine fluer"; nlp/reason_tail.py).
- A sentence adverb after a thing given or needed ends its name ("jeg har fået en sikkerhedsvest
  og en hjelm selvfølgelig": "med en sikkerhedsvest og en hjelm"; dialogue.yaml aid_*_ends).
- A compound whose first part is shorter than the noun table reads ("elstarter") takes the
  gender of its last part (_grammar.yaml short_noun_leads): "Elstarter. Lav skammel." names two
  aids ("med en elstarter og en lav skammel").
"""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import GOALS, dialogue_goal, reason_in_goal, spelled
from conftest import understand
from engine_support import at_summary

TODAY = date(2026, 12, 7)


def _asked(answers: dict, slot: str) -> int:
    """How often the dialogue asked `slot` on the way to the summary."""
    turn = at_summary({"motivation": "glad", "frequency": "hver dag", **answers})
    return sum(1 for e in turn.state.transcript if e.get("slot") == slot)


# --- a piece naming only whom the wish is done with or for ---------------------------------


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        ("Binde fluer. Til barnebarnet.", "binde fluer til barnebarnet"),
        ("binde fluer. til barnebarnet", "binde fluer til barnebarnet"),
        ("Bage. Med barnebarnet.", "bage med barnebarnet"),
        ("Strikke. Til oldebørnene.", "strikke til oldebørnene"),
        ("øh binde fluer. til min barnebarn", "binde fluer"),
        ("Spille kort. Sammen med naboen.", "spille kort sammen med naboen"),
    ],
)  # fmt: skip
def test_a_company_piece_leaves_the_wish_one_activity(wish, said):
    assert _asked({"wish": wish}, "activity") == 0
    assert said in dialogue_goal(wish=wish)


@pytest.mark.parametrize(
    "wish",
    [
        "Posten. Selv hente. Ude ved vejen.",  # two deeds, no company piece
        "Handle. Gå tur. Med min datter.",  # two deeds beside the company piece
    ],
)  # fmt: skip
def test_pieces_without_a_shared_deed_still_ask_the_activity(wish):
    assert _asked({"wish": wish}, "activity") >= 1


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Til barnebarnet", True),
        ("med min datter", True),
        ("for børnene", True),
        ("Besøge min søster", False),  # a deed of its own
        ("posten", False),  # no person
        ("Min datter hjælper", False),  # a helper, no company
    ],
)  # fmt: skip
def test_company_only(text, company):
    from assistant.dialogs.engine import _company_only

    assert _company_only(understand(text, TODAY)) is company


# --- a count after a participle that shares the perfect's auxiliary ------------------------


def _measures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in understand(text, TODAY).measures]


@pytest.mark.parametrize(
    "text",
    [
        "ja altså a har redet ringridning i Broager hvert år i halvtreds år og a har taget æ ring"
        " over tusind gange og været konge to gange og no står æ hest ude i æ stald og venter så"
        " jeg vil gerne ride ringridning igen",
        "jeg har taget ringen mange gange og været konge to gange og jeg vil ride igen",
        "a har taget æ ring og været konge to gange så jeg vil gerne ride igen",
        "jeg har spillet i klubben i tyve år og vundet mesterskabet tre gange, nu vil jeg igen",
        "jeg har altid sunget i koret og optraadt fire gange om aaret, det savner jeg",
        # another's story: no goal's count either
        "min bror har redet og vundet to gange, jeg vil gerne ride igen",
        "jeg vil gerne ride ligesom min far, der har redet og vundet to gange",
    ],
)  # fmt: skip
def test_a_count_told_with_a_shared_auxiliary_is_no_measure(text):
    assert _measures(text) == []


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the modal before: the participle is the wish's
        ("jeg vil gerne have prøvet det og været konge to gange", (2.0, "gang")),
        # no perfect before the and-word
        ("jeg vil gerne kunne tage ringen og vinde to gange", (2.0, "gang")),
        ("jeg har aldrig vundet, men jeg vil gerne op og ride og vinde to gange", (2.0, "gang")),
        ("jeg har det godt og vil gerne gå tre km", (3.0, "kilometer")),
        # a side clause's perfect: the sign reached by then, no story
        ("at jeg har vaeret med paa cafeen og siddet der i to timer", (2.0, "time")),
        ("når jeg har været ude at handle og gået 500 meter med rollatoren", (500.0, "meter")),
    ],
)  # fmt: skip
def test_a_count_of_the_wish_after_an_and_word_stays(text, measure):
    assert measure in _measures(text)


def test_a_side_clauses_shared_perfect_keeps_its_frequency():
    text = "At han selv har vejet sig og skrevet vægten i hæftet hver morgen i to uger i træk"
    assert understand(text, TODAY).frequency is not None


def test_a_story_count_no_longer_fills_the_measure_so_it_is_asked():
    wish = (
        "a har taget æ ring over tusind gange og været konge to gange og no står æ hest ude i"
        " æ stald så jeg vil gerne ride ringridning igen"
    )
    assert _asked({"wish": wish}, "measure") == 1
    goal = dialogue_goal(wish=wish, measure="ride ti ture uden at hoften gør ondt")
    assert "to gange" not in goal
    assert "ti ture" in goal


# --- a compound whose first part is short ---------------------------------------------------


@pytest.mark.parametrize(
    ("word", "article"),
    [("elstarter", "en"), ("elværktøj", "et"), ("elkedel", "en"), ("elsker", "en")],
)  # fmt: skip
def test_a_short_lead_compound_takes_its_last_parts_gender(word, article):
    assert GOALS.grammar.indefinite_article(word) == article


@pytest.mark.parametrize("word", ["else", "elever", "elendig", "elegant"])
def test_a_short_lead_reads_no_word_that_is_no_compound(word):
    assert GOALS.grammar.indefinite_article(word) is None


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("Elstarter. Lav skammel.", "med en elstarter og en lav skammel"),
        ("elstarter. lav skammel", "med en elstarter og en lav skammel"),
        ("Elværktøj. Høj stol.", "med et elværktøj og en høj stol"),
    ],
)  # fmt: skip
def test_noun_only_aids_with_a_short_lead_compound_are_named(aids, said):
    wish = "køre på motorcykel igen"
    assert _asked({"wish": wish, "independence": aids}, "independence") == 1
    assert said in dialogue_goal(wish=wish, independence=aids)


# --- a sentence adverb after a thing given or needed ---------------------------------------


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("jeg har fået en sikkerhedsvest og en hjelm selvfølgelig",
         "med en sikkerhedsvest og en hjelm."),
        ("jamen a har fået en skammel og en hjelm selvfølgelig", "og en hjelm."),
        ("kommunen har givet mig en høj stol heldigvis", "med en høj stol."),
        ("jeg har faaet en lang gribetang naturligvis", "med en lang gribetang."),
    ],
)  # fmt: skip
def test_a_sentence_adverb_ends_the_thing_given(aids, said):
    goal = dialogue_goal(wish="ride ringridning igen", independence=aids)
    assert said in goal
    for adverb in ("selvfølgelig", "heldigvis", "naturligvis"):
        assert adverb not in goal


def test_an_adjective_after_the_article_stays_with_the_thing():
    goal = dialogue_goal(wish="ride ringridning igen", independence="jeg har fået en bestemt pude")
    assert "med en bestemt pude" in goal


# --- a span of time after things counted -------------------------------------------------


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("Fem fluer. En formiddag.", "binde fem fluer på en formiddag."),
        ("fem fluer paa en formiddag", "binde fem fluer på en formiddag."),
        ("5 fluer. en hel formiddag", "binde 5 fluer på en hel formiddag."),
        ("øh fem fluer. en eftermiddag", "binde fem fluer på en eftermiddag."),
    ],
)  # fmt: skip
def test_a_span_after_counted_things_stays_with_them(measure, said):
    assert said in dialogue_goal(wish="Binde fluer. Til barnebarnet.", measure=measure)


@pytest.mark.parametrize(
    ("wish", "measure", "said", "lacks"),
    [
        # how often, not a span: no "på"
        ("Binde fluer. Til barnebarnet.", "fem fluer om ugen", "binde fem fluer", "på"),
        # things that go on past the count: no span
        ("skrive julekort", "12 kort til familien", "skrive 12 kort", "på"),
        # a fragment that is no span of time
        ("Binde fluer. Til barnebarnet.", "Fem fluer. Formiddag.", "binde fem fluer.", "på"),
    ],
)  # fmt: skip
def test_no_span_is_made_of_other_words(wish, measure, said, lacks):
    goal = dialogue_goal(wish=wish, measure=measure)
    assert said in goal
    assert f"fluer {lacks} " not in goal and f"kort {lacks} " not in goal


# --- a prepositional fragment after a reason's clause --------------------------------------


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("Han fanger fisk. På mine fluer.", "han fanger fisk på mine fluer"),
        ("han fanger fisk. paa mine fluer", "han fanger fisk på mine fluer"),
        ("Jeg hygger mig. Med damerne.", "jeg hygger mig med damerne"),
        ("Min mand fisker. Med mine fluer.", "min mand fisker med mine fluer"),
        ("Vi spiser sammen. Hos min datter.", "vi spiser sammen hos min datter"),
    ],
)  # fmt: skip
def test_a_prepositional_fragment_goes_on_with_the_reason(told, said):
    assert said in reason_in_goal(spelled(told), "citizen")  # as the dialogue spells it


@pytest.mark.parametrize(
    ("told", "lacks"),
    [
        # a clause of its own after the preposition-like word: no tail
        ("Han fanger fisk. Med damerne er det sjovt.", "fisk med damerne"),
        ("Han fanger fisk. For det er sjovt.", "fisk for det"),
        # no clause before it to go on
        ("Hyggeligt. Med damerne.", "hyggeligt med damerne"),
        # a longer sentence after it is no fragment
        ("Han fanger fisk. I søen bag huset ved skoven.", "fisk i søen"),
    ],
)  # fmt: skip
def test_no_tail_is_joined_to_what_is_no_clause_or_no_fragment(told, lacks):
    assert lacks not in reason_in_goal(spelled(told), "citizen").lower()
