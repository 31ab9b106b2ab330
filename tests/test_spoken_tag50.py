"""Fix round 50 (fF, blind166 Jørn, speech-recognised): a spoken tag "ik(k)?" after a modal's
chain ("… sådan noget en morfar skal kunne ikk") is no negation: the negation would stand after
the modal ("skal ikke kunne"), so the speller keeps "ikk" the tag (nlp/spelling.py with
nlp/chain_tag.py) and the reason drops it, typed "ikke" too after "kunne"/"gøre"/"klare"
(nlp/spoken_tag.py). "ikke osse"/"ik også" goes as "ikke også" does. Counter-examples: the
verb's own negation stays: a finite verb before it ("det kan jeg ikk", "det gider jeg ikk"),
a stranded modal after "fordi" (spoken main-clause order: "fordi jeg kunne ikk"), a learner's
"jeg kan gå ikke" (kept as said, never turned round); the persona lint flags a tag made
"ikke" in the goal (tests/persona_expect.py tags_made_negations)."""

from __future__ import annotations

import pytest
from compose_support import goal_for_motivation, spelled
from persona_expect import tags_made_negations

_FACTS = {"activity": "fritid", "own_action": "gå på legepladsen igen", "independence": "selv"}


def goal(why: str, speaker: str = "citizen") -> str:
    return goal_for_motivation(_FACTS, why, speaker)


@pytest.mark.parametrize(
    ("why", "kept"),
    [
        ("fordi det er sådan noget en morfar skal kunne ikk", "en morfar skal kunne."),
        ("øh fordi det er sådan noget en mormor skal kunne ik", "en mormor skal kunne."),
        ("fordi det er noget jeg gerne vil kunne ikke", "jeg vil kunne."),
        ("fordi det er sådan noget man skal kunne ikk og så er det hyggeligt", "skal kunne, og så"),
        ("fordi en farfar skal kunne det ikke", "en farfar skal kunne det."),
        ("fordi det skal en bedstefar jo kunne ik'", "en bedstefar kunne."),
        ("fordi det er noget man skal kunne klare ikk", "skal kunne klare."),
        ("fordi det vil jeg gerne gøre ik", "gøre."),
        ("fordi det er godt for mig ikke osse", "det er godt for mig."),
        ("fordi det er godt for mig ik også", "det er godt for mig."),
    ],
)  # fmt: skip
def test_a_tag_after_a_modals_chain_stays_out(why, kept):
    sentence = goal(why)
    assert kept in sentence, sentence
    assert " ikke" not in sentence.split("fordi", 1)[1], sentence
    assert tags_made_negations(sentence, [why]) == [], sentence


@pytest.mark.parametrize(
    ("why", "kept"),
    [
        ("fordi det kan jeg ikk", "det kan jeg ikke"),
        ("fordi det gider jeg ikk", "det gider jeg ikke"),
        ("fordi jeg kunne ikk", "jeg kunne ikke"),
        ("fordi min kone vil ikk", "min kone vil ikke"),
        ("fordi det kan jeg ikke", "det kan jeg ikke"),
        ("fordi jeg kan ikke", "jeg kan ikke"),
        ("fordi det er noget jeg ikke kan", "jeg ikke kan"),
        ("fordi hun vil ikke hjælpe mig", "ikke vil hjælpe mig"),
        ("fordi jeg kan gå ikke", "jeg kan gå ikke"),  # a learner's order: kept, never turned
    ],
)  # fmt: skip
def test_the_verbs_own_negation_stays(why, kept):
    assert kept in goal(why)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("det er sådan noget en morfar skal kunne ikk", "ikk"),
        ("det skal man kunne ik og så er det godt", "ik"),
        ("det vil jeg gerne klare ikk", "ikk"),
    ],
)
def test_the_speller_keeps_the_tag_after_a_chain(text, tag):
    assert spelled(text).split()[-1 if text.endswith(tag) else text.split().index(tag)] == tag


@pytest.mark.parametrize(
    ("text", "negation"),
    [
        ("det kan jeg ikk", "ikke"),
        ("fordi det kan jeg ikk", "ikke"),
        ("han kan ikk gå", "ikke"),
        ("jeg skal ik slæbe på det", "ikke"),
    ],
)
def test_the_speller_mends_a_negation(text, negation):
    assert negation in spelled(text).split()


def test_the_lint_flags_a_tag_made_a_negation():
    said = ["fordi det er sådan noget en morfar skal kunne ikk"]
    assert tags_made_negations("Jeg vil, fordi det er noget en morfar skal kunne ikke.", said)
    assert not tags_made_negations("Jeg vil, fordi det er noget en morfar skal kunne.", said)
    assert not tags_made_negations("Jeg vil, fordi det kan jeg ikke.", ["fordi det kan jeg ikk"])
