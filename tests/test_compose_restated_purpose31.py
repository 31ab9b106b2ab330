"""The answer to why that opens with the wish's own purpose again and goes on after a comma
(fix round 31, blind122: "så hun kan se ham og den lille" and then "hun vil se ham, ikke bare
høre ham") says the shared opening once: "så jeg kan se ham og den lille, ikke bare høre ham"."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal

_CALL = {"activity": "kommunikation", "own_action": "ringe op til mit barnebarn Mikkel",
         "independence": "selv"}  # fmt: skip


@pytest.mark.parametrize(
    ("speaker", "purpose", "why", "kept", "once"),
    [
        ("relative", "så hun kan se ham og den lille", "se ham, ikke bare høre ham",
         "så jeg kan se ham og den lille, ikke bare høre ham", "se ham"),
        ("citizen", "så jeg kan se dem og høre om skolen", "se dem, ikke kun på billeder",
         "så jeg kan se dem og høre om skolen, ikke kun på billeder", "se dem"),
        ("citizen", "så jeg kan tale med hende og høre hvordan børnene har det",
         "tale med hende, ikke bare skrive",
         "så jeg kan tale med hende og høre hvordan børnene har det, ikke bare skrive",
         "tale med hende"),
        ("relative", "så han kan gå ned til havnen og kigge på bådene",
         "gå ned til havnen, ikke bare sidde inde",
         "så jeg kan gå ned til havnen og kigge på bådene, ikke bare sidde inde", "gå ned"),
        ("citizen", "så jeg kan lave mad til min mand og bage til børnebørnene søndag",
         "lave mad til min mand, han spiser ikke ellers",
         "så jeg kan lave mad til min mand og bage til børnebørnene søndag, han spiser ikke ellers",
         "lave mad"),
    ],
)  # fmt: skip
def test_a_reason_restarting_with_the_wishs_purpose_says_it_once(speaker, purpose, why, kept, once):
    facts = {**_CALL, "speaker": speaker, "purpose_said": purpose, "motivation": why}
    sentence = compose_goal(facts, GOALS)
    assert kept in sentence, sentence
    assert sentence.count(f" {once}") == 1, sentence


def test_a_reason_of_its_own_after_the_purpose_is_kept_whole():
    facts = {**_CALL, "speaker": "citizen", "purpose_said": "så jeg kan se ham og den lille",
             "motivation": "høre hans stemme, ikke kun læse"}  # fmt: skip
    sentence = compose_goal(facts, GOALS)
    assert "se ham og den lille og høre hans stemme, ikke kun læse" in sentence, sentence
