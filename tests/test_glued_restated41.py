"""A clause said twice in the goal is said once (fix round 41, blind66 and blind81): a doing
glued on after the wish that the sign opens with ("… søndagsmiddagen igen skrælle kartoflerne og
røre i sovsen" beside the sign "skrælle kartoflerne og røre sovsen …"), and a "uden at" clause
of the sign that the reason says again ("uden at min kone skal gøre det" beside "… når min kone
skal gøre det for mig")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.glued_restated import without_clause_in_reason, without_glued_restated

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("action", "sign", "kept"),
    [
        ("være med til at lave søndagsmiddagen igen skrælle kartoflerne og røre i sovsen",
         "skrælle kartoflerne og røre sovsen mens min mand står ved siden af",
         "være med til at lave søndagsmiddagen igen"),
        ("hjælpe til i haven igen luge bedene og vande tomaterne",
         "luge bedene og vande tomaterne selv", "hjælpe til i haven igen"),
        ("lave aftensmad selv igen skrælle kartofler og stege kødet",
         "skrælle kartofler og stege kødet uden at sætte mig", "lave aftensmad selv igen"),
    ],
)  # fmt: skip
def test_a_doing_glued_on_that_the_sign_says_goes(action, sign, kept):
    assert without_glued_restated(action, sign, G) == kept


@pytest.mark.parametrize(
    ("action", "sign"),
    [
        ("gå en tur og købe ind i Brugsen", "købe ind i Brugsen to gange om ugen"),  # joined on
        ("lære at strikke sokker til børnebørnene", "strikke sokker til børnebørnene færdige"),
        ("lave søndagsmiddagen igen skrælle kartoflerne", "stege kødet og lave sovsen"),
        ("være med til at kunne skrælle kartoflerne og røre", "skrælle kartoflerne og røre sovsen"),
    ],
)
def test_other_wishes_stay(action, sign):
    assert without_glued_restated(action, sign, G) == action


@pytest.mark.parametrize(
    ("sentence", "reason", "kept"),
    [
        ("Jeg vil selv kunne barbere mig hver morgen uden at min kone skal gøre det",
         "jeg bliver så flov når min kone skal gøre det for mig",
         "Jeg vil selv kunne barbere mig hver morgen"),
        ("Jeg vil selv kunne gå i bad uden at min datter skal hjælpe mig, to gange om ugen",
         "jeg har det dårligt med at min datter skal hjælpe mig",
         "Jeg vil selv kunne gå i bad to gange om ugen"),
    ],
)  # fmt: skip
def test_a_without_clause_the_reason_says_goes(sentence, reason, kept):
    assert without_clause_in_reason(sentence, reason, G) == kept


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Jeg vil selv kunne barbere mig uden at min kone skal gøre det", "det er min frihed"),
        ("Jeg vil gå til bageren uden at stoppe", "jeg kan lide at stoppe ved bageren"),
    ],
)
def test_a_without_clause_the_reason_does_not_say_stays(sentence, reason):
    assert without_clause_in_reason(sentence, reason, G) == sentence
