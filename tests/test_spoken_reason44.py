"""Fix round 44 (blind150 Bodil, speech): a reason said as a spoken run-on is written as Danish:
after "fordi" an adverb, a finite verb and a subject pronoun in spoken main-clause order are
written subject first ("fordi så er jeg oppe" → "fordi jeg så er oppe"); main clauses joined by
"og" keep the house style without a comma. Real grammar from the content."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil gå med aviser, fordi så er jeg oppe før alle og jeg kender hver postkasse.",
         "Jeg vil gå med aviser, fordi jeg så er oppe før alle og jeg kender hver postkasse."),
        ("Jeg vil gå ture, fordi så kan jeg se havet og min hund elsker det.",
         "Jeg vil gå ture, fordi jeg så kan se havet og min hund elsker det."),
        ("Jeg vil bage igen, fordi så bliver jeg glad.",
         "Jeg vil bage igen, fordi jeg så bliver glad."),
        ("Jeg vil cykle igen, fordi nu har jeg tid og folk hilser på mig.",
         "Jeg vil cykle igen, fordi jeg nu har tid og folk hilser på mig."),
        ("Jeg vil køre bus, fordi så kommer jeg ud og de venter på mig.",
         "Jeg vil køre bus, fordi jeg så kommer ud og de venter på mig."),
    ],
)  # fmt: skip
def test_a_spoken_reason_is_written_in_order_with_commas(said, written):
    assert polish(said, G) == written


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil handle, fordi jeg og min mand spiser sammen.",  # one subject of two people
        "Jeg vil gå, fordi jeg kan lide at gå og handle.",  # one clause, two verbs
        "Jeg vil cykle, fordi så er det let.",  # "det": no inversion of a pronoun subject
        "Jeg vil bage, fordi jeg elsker kager og boller.",  # no clause after "og"
        "Jeg vil synge, fordi jeg elsker det og koret er mine venner.",  # no comma: house style
        "Jeg vil gå og handle og lave mad igen.",  # no reason
        "Jeg vil spise med min mand og mine børn vil komme.",  # no "fordi": left as said
    ],
)
def test_no_spoken_reason_stays_as_said(said):
    assert polish(said, G) == said
