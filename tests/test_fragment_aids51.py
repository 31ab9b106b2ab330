"""Fragments and aids of the goal sentence (blind156/167): whom the wish is for typed as a
fragment of its own ("Trylle. For oldebørnene.": nlp/wish_beneficiary.py), aids typed as noun
phrases alone with the quality they are named by ("Store kort. Skridsikker dug."), a horse's
gait and breed typed without æøå ("islaender", "toelt", "i skridt") and the persona lint of a
singular article before an adjective's plural ("en lange pincetter")."""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import dialogue_goal
from persona_expect import grammar_problems

from assistant.nlp import get_analyzer

TODAY = date(2026, 12, 7)


def _goal(**answers: str) -> str:
    return dialogue_goal(**{"frequency": "hver søndag", **answers})


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        ("Trylle. For oldebørnene.", "trylle for oldebørnene"),
        ("Bage. Til mine børnebørn.", "bage til mine børnebørn"),
        ("øh strikke. til mit oldebarn", "strikke til mit oldebarn"),
    ],
)
def test_whom_the_wish_is_for_typed_as_a_fragment_stays(wish, said):
    assert said in _goal(wish=wish)


@pytest.mark.parametrize(
    "wish",
    [
        "Trylle. For min datter er syg.",  # "for" as a conjunction: a reason, no beneficiary
        "Trylle. For sjov.",  # no person after it
    ],
)
def test_a_clause_or_a_longer_part_after_the_wish_is_no_beneficiary(wish):
    goal = _goal(wish=wish)
    assert "trylle for" not in goal


def test_magic_tricks_are_a_pastime():
    for text in ("Trylle. For oldebørnene.", "jeg vil gerne trylle igen", "han vil gerne vise sine "
                 "tryllenumre til børnebørnene"):  # fmt: skip
        assert get_analyzer("da").analyze(text, TODAY).activity == "fritid", text


@pytest.mark.parametrize(
    ("aids", "said"),
    [
        ("Store kort. Skridsikker dug.", "med store kort og en skridsikker dug"),
        ("skridsikker maatte. hoej stol", "med en skridsikker måtte og en høj stol"),
        ("store kort. ergonomisk kniv.", "med store kort og en ergonomisk kniv"),
    ],
)
def test_aids_typed_as_noun_phrases_alone_are_named(aids, said):
    assert said in _goal(wish="jeg vil gerne trylle igen", independence=aids)


def test_a_horse_ridden_typed_without_aeoeaa_is_written_with_its_letters():
    goal = _goal(
        wish="jeg vil gerne ride paa min islaender igen, en tur i skoven i skridt og toelt",
        independence="jeg bruger en opstigningsskammel og en sikkerhedsvest",
    )
    assert "min islænder" in goal and "i skridt og tølt" in goal
    assert "skridtet" not in goal
    facts = get_analyzer("da").analyze("jeg vil gerne ride paa min islaender igen", TODAY)
    assert facts.activity == "fritid"


@pytest.mark.parametrize(
    "text",
    [
        "Jeg vil kunne gå op ad trappen et skridt ad gangen.",
        "Jeg vil kunne tage ti skridt uden min stok.",
    ],
)
def test_steps_counted_stay_steps(text):
    assert grammar_problems(text) == []


@pytest.mark.parametrize(
    ("goal", "flagged"),
    [
        ("Jeg vil kunne bygge skibe med en lange pincetter.", True),
        ("Jeg vil kunne sy med en store nål.", True),
        ("Jeg vil kunne gå hele dagen med et tykke greb.", True),
        ("Jeg vil kunne sy med en lille nål og et langt skaft.", False),
        ("Jeg vil kunne gå en hel dag med en kort stok.", False),
        ("Jeg vil kunne skænke kaffe med en termokande og kopper med en stor hank.", False),
        ("Jeg vil kunne bage med et par lange ovnhandsker.", False),
    ],
)
def test_the_lint_flags_a_singular_article_before_an_adjectives_plural(goal, flagged):
    assert bool(grammar_problems(goal)) == flagged, grammar_problems(goal)
