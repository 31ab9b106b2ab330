"""Fix round 50 (review A4): the point ending a long sign is kept whole also when a modal is said
only in its degree's consequence ("uden at blive så træt, at jeg ikke kan cykle hjem"); the
point and its "ikke" are no longer lost. A modal in the clause itself still makes no point
(nlp/point_tail.py _point)."""

from __future__ import annotations

import pytest
from test_measure_whole50 import _goal

from assistant.content import get_content
from assistant.nlp.point_tail import _point

CUES = get_content("da").lexicon.criterion


@pytest.mark.parametrize(
    ("wish", "measure", "kept"),
    [
        ("jeg vil gerne til møderne i menighedsrådet igen",
         "at jeg selv kan komme hen til sognegården, sidde med til hele mødet, to timer, og sige "
         "min mening, når det er vigtigt, uden at blive så træt, at jeg ikke kan cykle hjem",
         "uden at blive så træt, at jeg ikke kan cykle hjem."),
        ("jeg vil gerne spille kort i klubben igen",
         "øh at jeg kan sidde ved bordet hele eftermiddagen, altså fra et til fire, og spille "
         "med på alle spillene, når det er min tur, uden at blive saa traet, at jeg ikke kan "
         "koncentrere mig",
         "at jeg ikke kan koncentrere mig."),
        ("jeg vil gerne til banko igen",
         "oeh at jeg kan tage bussen til forsamlingshuset, sidde med hele aftenen, tre timer, og "
         "holde styr paa pladerne, naar der er mange spil, uden at blive saa traet, at jeg ikke "
         "kan finde hjem",
         "at jeg ikke kan finde hjem."),
        ("jeg vil gerne til træning igen",
         "at jeg kan cykle hen til hallen, være med til hele træningen, en time, og lave alle "
         "øvelserne, når vi træner balance, uden at få så ondt, at jeg ikke kan sove om natten.",
         "at jeg ikke kan sove om natten."),
        ("jeg vil gerne gå i koret igen",
         "at jeg kan gå op til kirken, stå med til hele prøven, halvanden time, og synge med på "
         "salmerne, når vi øver til jul, uden at blive så forpustet, at jeg skal sætte mig",
         "at jeg skal sætte mig."),
    ],
)  # fmt: skip
def test_a_modal_in_the_consequence_keeps_the_point(wish, measure, kept):
    assert kept in _goal(wish, measure)


def test_a_relative_tells_the_consequence_with_its_modal():
    text = _goal(
        "min mand vil gerne til møderne i foreningen igen",
        "at han selv kan komme derhen, sidde med til hele mødet, to timer, og sige noget, når "
        "det er hans sag, uden at blive så træt, at han ikke kan cykle hjem.",
        relative=True,
    )
    assert "at jeg ikke kan cykle hjem." in text


@pytest.mark.parametrize(
    ("part", "point"),
    [
        ("uden at blive så træt , at jeg ikke kan cykle hjem", True),
        ("uden at blive så træt , at jeg mister tråden", True),
        ("uden pauser på vejen", True),
        # a modal in the clause itself: no point of its own
        ("uden at jeg skal hvile , at jeg mister tråden", False),
        ("uden at jeg kan sidde ned", False),
        # a comma with no degree before it
        ("uden at blive træt , at jeg ikke kan cykle hjem", False),
    ],
)
def test_only_the_clause_before_the_consequence_is_vetted_for_modals(part, point):
    assert _point(part.split(), CUES) is point
