"""plain_person.relative_subject: a bare person word after "som" (the one word that is both a
relative pronoun and a role's copula) and before a verb a person does is a relative clause's
subject; after "der", after a copula and before no such verb it is not."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.plain_person import relative_subject

LEX = get_content("da").lexicon


def _at(text: str, person: str) -> bool:
    words = text.split()
    return relative_subject(words, words.index(person), LEX)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("jeg vil bruge tørretang som ergoterapeut viste mig", "ergoterapeut"),
        ("øh den stok som fysioterapeut har givet ham", "fysioterapeut"),
        ("hun skal bruge gribetangen som ergoterapeut har bragt", "ergoterapeut"),
    ],
)
def test_a_bare_person_after_som_before_a_persons_verb_is_a_subject(text, person):
    assert _at(text, person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("hun arbejdede som sygeplejerske i mange år", "sygeplejerske"),
        ("jeg var som sygeplejerske vant til at gå", "sygeplejerske"),  # a copula before "som"
        ("tørretang der ergoterapeut viste mig", "ergoterapeut"),  # "der": no role's copula
        ("tørretang var ergoterapeut viste mig", "ergoterapeut"),  # a copula, no relative
        ("som ergoterapeut viste mig", "ergoterapeut"),  # nothing before "som"
    ],
)
def test_no_relative_subject_without_som_read_as_a_relative(text, person):
    assert not _at(text, person)
