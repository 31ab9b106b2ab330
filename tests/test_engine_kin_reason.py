"""A reason typed as single words around a person or an occasion (round 34): a kin word with a
deed done to that person ("barnebarn. Australien. se hende."), with the wish's own verb when it is
done for a person ("oldebørn. jul." to "bage æbleskiver"), or an occasion and how one wants to be
("fødselsdag. 95. pæn.") is a short clause; a kin word beside a wish that names the person by
first name says who that is ("ringe til min søster"; since round 47 without the name); nothing
else is put in raw."""

from __future__ import annotations

import pytest
from engine_support import at_summary, card


def _goal(answers: dict) -> str:
    """The goal sentence of the summary after these answers."""
    return at_summary(answers).prompt


@pytest.mark.parametrize(
    ("wish", "reason", "clause"),
    [
        ("jeg vil selv kunne ringe paa min telefon", "soster. Odense. besøge hende.",
         "så jeg kan besøge min søster i Odense"),
        ("ipad. selv.", "barnebarn. Canada. se ham", "så jeg kan se mit barnebarn i Canada"),
        ("jeg vil gerne bruge min tablet igen", "datter. Aarhus. snakke med hende.",
         "så jeg kan snakke med min datter i Aarhus"),
        ("æbleskiver. bage. selv.", "børnebørn. jul.",
         "så jeg kan bage til mine børnebørn til jul"),
        ("jeg vil gerne strikke igen", "oldebarn. barnedåb.",
         "så jeg kan strikke til mit oldebarn til barnedåben"),
        ("jeg vil selv kunne bage boller", "barnebarn. konfirmation",
         "så jeg kan bage til mit barnebarn til konfirmationen"),
        ("hun vil gerne skrive breve igen", "søster. jul.",
         "så jeg kan skrive til min søster til jul"),
        ("negle. lakere. selv.", "fødselsdag. 90. pæn.", "så jeg er pæn til min 90-års fødselsdag"),
        ("jeg vil selv kunne sætte mit hår", "bryllup. pæn", "så jeg er pæn til brylluppet"),
        ("jeg vil kunne barbere mig selv", "jul. glad.", "så jeg er glad til jul"),
    ],
)  # fmt: skip
def test_a_reason_of_single_words_around_a_person_is_a_clause(wish, reason, clause):
    """ "oldebørn. jul.": "så jeg kan bage til mine oldebørn til jul", never the raw words."""
    text = _goal({"wish": wish, "motivation": reason})
    assert clause in text, text
    assert ". ".join(reason.split(". ")[:2]) not in text, text  # the fragments, raw


@pytest.mark.parametrize(
    ("wish", "reason"),
    [
        ("jeg vil gerne gå tur igen", "barnebarn. jul."),  # "gå til mit barnebarn": no deed
        ("negle. lakere. selv.", "oldebørn. jul."),
        ("jeg vil selv kunne bage", "søster. glad."),
        ("jeg vil gerne strikke igen", "barnebarn. fødselsdag."),  # whose birthday: unsaid
        ("jeg vil selv kunne bage", "søster. træt af det. jul."),
    ],
)  # fmt: skip
def test_a_reason_of_single_words_the_goal_cannot_say_stays_out(wish, reason):
    """ "barnebarn. jul." beside a walk: nothing the goal can say; never "for … skyld" nor raw."""
    text = _goal({"wish": wish, "motivation": reason})
    assert "så jeg" not in text and "skyld" not in text, text
    assert ". ".join(reason.split(". ")[:2]) not in text, text  # the fragments, raw


@pytest.mark.parametrize(
    ("wish", "reason", "phrase"),
    [
        ("telefon. ringe. Edith.", "søster. 96. kun hende tilbage.", "ringe til min søster"),
        ("jeg vil selv kunne ringe til Inger", "veninde. 50 år.", "ringe til min veninde"),
        ("jeg vil gerne besøge Poul igen", "bror. 88 år.", "besøge min bror"),
        ("skrive. Hanne. selv", "datter. 60. kun hende.", "skrive til min datter"),
    ],
)  # fmt: skip
def test_a_kin_word_beside_a_named_wish_says_who_the_person_is(wish, reason, phrase):
    """ "søster. 96." to "ringe til Edith": "ringe til min søster" (no first name, round 47)."""
    text = _goal({"activity": card("kommunikation"), "wish": wish, "motivation": reason})
    assert phrase in text, text
    assert "så jeg kan ringe" not in text, text
