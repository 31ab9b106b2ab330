"""Fix round 54 (f6): a place or a vehicle weighs less than the activity done there (blind 92).

- The place a way leads into before its "og" and an errand ("gå ned i parken og fodre
  ænderne") is where the errand is done (activity_errand_place), not a walk of its own; the
  way alone ("gå ned i parken igen") stays a walk.
- The thing a named part belongs to ("ind på bagsædet af en taxa") tells whose part, not what
  is done (activity.part_owner_tokens); a verb before "af" ("stige af bussen") keeps the ride.
Each with counter-examples: another's clause, a negation, a relative clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the place a way leads into before the errand
        ("jeg vil sgu gerne kunne gå ned i parken og fodre ænderne igen", "fritid"),
        ("mor vil gerne kunne gaa ned i parken og fodre aenderne", "fritid"),
        ("øh far vil gerne gå ned på havnen og fiske igen ik", "fritid"),
        ("a vil gjen ku gå ned i æ park å fodre æ ænder", "fritid"),
        ("far vil gerne gå ned i byen og handle selv", "indkoeb"),
        # a part and what it belongs to
        (
            "min kone vil gerne selv kunne komme ind paa bagsaedet af en taxa og ud igen",
            "forflytning",
        ),
        ("jeg vil gerne kunne komme ind på forsædet af bilen og ud igen selv", "forflytning"),
        ("øh mor vil gerne kunne sætte sig ind på bagsædet af min bil ik", "forflytning"),
    ],
)
def test_place_outweighed(text: str, activity: str) -> None:
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the way alone, or the errand another's, or refused: the walk stays
        ("jeg vil gerne kunne gå ned i parken igen", "gang"),
        ("mit barnebarn fodrer ænderne, jeg vil gerne kunne gå ned i parken med ham", "gang"),
        ("jeg vil gerne kunne gå ned i parken hvor min kone fodrer ænderne", "gang"),
        ("jeg vil gerne kunne gå ned i parken, men jeg vil ikke fodre ænderne", "gang"),
        # a ride: the vehicle said with a verb, no part
        ("far vil gerne kunne stige af bussen selv igen", "transport"),
        ("jeg vil gerne kunne køre i taxa til lægen selv", "transport"),
        ("mor vil gerne kunne tage en taxa ind til byen alene", "transport"),
    ],
)
def test_place_kept(text: str, activity: str) -> None:
    assert analyze(text, TODAY).activity == activity
