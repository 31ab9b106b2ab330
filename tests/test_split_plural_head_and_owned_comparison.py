"""A compound said apart whose first part is a count noun's plural in -e ("havne fronten") is
joined, though the part looks like an adjective ("havnet" is a word); and "ligesom" before an
owned noun and its verb ("ligesom min morfar lærte mig det") compares, no filler."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.compose import reason_first_person

GOALS = get_content("da").goals


def joined(text: str) -> list[str]:
    """The words the spelling step joins into compounds."""
    speller = get_analyzer().nlp.get_pipe("hm_spelling").speller
    out, joins = speller.fix_words(text.split())
    return ["".join(out[i : i + n]) for i, n in joins]


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("vi gaar en tur ved havne fronten om soendagen", "havnefronten"),
        ("jeg sidder helst ude på bade broen når det er varmt", "badebroen"),
        ("hun skal ned til havne kontoret og betale", "havnekontoret"),
        ("øh vi mødes ved havne kiosken hver morgen", "havnekiosken"),
    ],
)
def test_a_count_nouns_plural_and_a_definite_noun_said_apart_are_one_compound(text, compound):
    assert compound in joined(text)


@pytest.mark.parametrize(
    "text",
    [
        "han sidder på høje stolen ved bordet",  # "højt": an adjective
        "vi gik rundt i hele huset",
        "jeg sad på store stenen ved vandet",
        "hun gik ned i lange gangen",
    ],
)
def test_an_adjective_before_a_definite_noun_stays_apart(text):
    assert joined(text) == []


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            "og så vil jeg lære Lucas at fiske ligesom min morfar lærte mig det",
            "ligesom min morfar lærte mig det",
        ),
        (
            "jeg vil laere dem at sy ligesom hans mor viste ham det",
            "ligesom hans mor viste ham det",
        ),
        (
            "fordi jeg vil strikke sokker til børnebørnene ligesom min mormor strikkede til mig",
            "ligesom min mormor strikkede til mig",
        ),
    ],
)
def test_ligesom_before_an_owned_noun_and_its_verb_compares(said, kept):
    assert kept in reason_first_person(said, GOALS, "citizen")


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("så jeg ligesom kan komme ud", "komme ud"),  # a filler
        ("fordi det er ligesom min egen have ikk", "det er min egen have"),  # no verb after
    ],
)
def test_ligesom_as_a_filler_is_left_out(said, left):
    assert reason_first_person(said, GOALS, "citizen") == left
