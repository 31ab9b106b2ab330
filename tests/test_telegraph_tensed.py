"""A sign typed in fragments whose verbs are said in the present or the past participle ("selv
ringet op. ser hende. hører hende.") is one list of verb phrases in the infinitive, as the goal
says it after "når jeg kan" (telegraph._tensed)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.telegraph import signs_as_verbs

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("sign", "phrase"),
    [
        ("selv ringet op. ser hende. hører hende.", "selv ringe op, se hende og høre hende"),
        ("selv gået derhen. købt brød. selv", "selv gå derhen og købe brød"),
        ("selv tændt. ser nyheder.", "selv tænde og se nyheder"),
        ("lagt tøjet sammen. selv", "selv lægge tøjet sammen"),
        ("selv ringet. snakker med hende.", "selv ringe og snakke med hende"),
    ],
)
def test_fragments_of_tensed_verbs_are_one_list_of_infinitives(sign, phrase):
    assert signs_as_verbs(sign, G) == phrase


@pytest.mark.parametrize(
    "sign",
    [
        "ser hende",  # one fragment: no list
        "kan ringe. selv",  # a modal is no deed of its own
        "Sofie. ringet.",  # a name is no verb phrase
        # a plural noun like a present ("brikker") beside a fragment of no verb: no list
        "helt puslespil. brikker ikke på gulvet.",
    ],
)
def test_fragments_that_are_no_tensed_verb_phrases_are_kept(sign):
    assert signs_as_verbs(sign, G) is None
