"""Round 31 (story31): a stem's common misspelling (spelling.yaml variants) is mended also when
typed without æøå ("barneboernene" → "børnebørnene", never the non-word "barnebørnene")."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer


def _spelled(text: str) -> list[str]:
    return get_analyzer().nlp(text)._.hm_spelling


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("jeg har strikket sokker til alle barneboernene", "børnebørnene"),
        ("saa kan jeg ringe til mine barneboern paa ipad", "børnebørn"),
        ("hun vil gerne bage til barnebørnene naar de kommer", "børnebørnene"),
        ("øh han savner at lege med barneboernene i haven", "børnebørnene"),
        ("mor vil gerne se sine barnebørn oftere", "børnebørn"),
        ("jeg kan ikke gaa med rulatoren ned til bussen", "rollatoren"),
    ],
)
def test_a_stems_misspelling_is_mended_typed_without_aeoeaa(text, word):
    assert word in _spelled(text), _spelled(text)
