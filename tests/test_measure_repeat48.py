"""Fix round 48 (fE; blind157 Jes): a measure that opens with the wish's verb phrase up to its
destination ("tage bussen til Flensborg igen og drikke min kaffe …" / "når jeg kan tage bussen
til Flensborg og hjem igen, gå …") says the destination once: the sign points to it with the way
it goes ("tage bussen derhen og hjem igen", "gå derned og hjem igen", "cykle derud og …") and
keeps what it adds (nlp/way_back.py, _grammar.yaml destination_preposition/destination_ways).
A verb's own particle without "til" ("stå op af sengen og …"), a place where one stays ("sidde
i haven og …") and a sign that goes elsewhere stay as they are."""

from __future__ import annotations

import pytest
from engine_support import at_summary


def _sign(wish: str, measure: str) -> str:
    goal = at_summary({"wish": wish, "measure": measure}).goal_text
    return goal.split("når jeg kan ", 1)[1] if "når jeg kan " in goal else goal


@pytest.mark.parametrize(
    ("wish", "measure", "sign"),
    [
        ("Jeg vil gerne selv tage bussen til Flensborg igen og drikke min kaffe på konditoriet.",
         "At jeg selv kan tage bussen til Flensborg og hjem igen, gå op ad gågaden til "
         "konditoriet og sidde der en time, uden at blive forpustet.",
         "tage bussen derhen og hjem igen, gå op ad gågaden"),
        ("hun vil gerne kunne gå ned til Brugsen igen og handle selv",
         "at hun kan gå ned til Brugsen og hjem igen med rollatoren, uden at hun skal hvile sig",
         "gå derned og hjem igen med rollatoren, uden at jeg skal hvile mig"),
        ("jeg vil gerne tage bussen til Aarhus igen og besoege min datter",
         "øh at jeg selv kan tage bussen til Aarhus og hjem igen, uden at blive svimmel",
         "tage bussen derhen og hjem igen, uden at blive svimmel"),
        ("jeg vil gerne cykle ud til kolonihaven igen og passe mine bede",
         "At jeg selv kan cykle ud til kolonihaven og luge bedene en time og cykle hjem igen.",
         "cykle derud og luge bedene en time og cykle hjem igen"),
        ("jeg vil gerne tage toget til København og besøge min søster",
         "At jeg selv kan tage toget til København og finde perronen og skifte på "
         "Hovedbanegården, uden at fare vild.",
         "tage toget derhen og finde perronen"),
    ],
)  # fmt: skip
def test_the_wishs_destination_is_said_once(wish, measure, sign):
    said = _sign(wish, measure)
    assert said.startswith(sign), said


@pytest.mark.parametrize(
    ("wish", "measure", "sign"),
    [
        # a verb's own particle, no destination
        ("jeg vil gerne selv stå op af sengen om morgenen",
         "at jeg selv kan stå op af sengen og tage tøj på uden hjælp", "stå op af sengen"),
        # a place where one stays
        ("jeg vil gerne sidde i haven og drikke kaffe",
         "at jeg kan sidde i haven og læse avisen en time", "sidde i haven og læse avisen"),
        # the sign goes elsewhere
        ("jeg vil gerne gå ned til havnen igen",
         "at jeg kan gå en tur på havnen og sidde på bænken en halv time",
         "gå en tur på havnen"),
    ],
)  # fmt: skip
def test_other_signs_keep_their_words(wish, measure, sign):
    said = _sign(wish, measure)
    assert sign in said, said
    assert not {"derhen", "derned", "derud"} & set(said.replace(",", " ").split()), said
