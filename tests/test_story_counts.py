"""A count in the story of the trouble is no measure to reach (round 30, measure30): the stops
taken on the way ("sidde på bænken to gange undervejs") and occasions in a row told in the
perfect ("har stået klar … tre dage i træk"); repetitions wished stay measures."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 4)


def _measures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in understand(text, TODAY).measures]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # stops on the way: how the way goes today, no repetitions
        ("jeg vil gerne gå til købmanden, det er 500 meter, men jeg må sætte mig tre gange "
         "undervejs", [(500.0, "meter")]),
        ("min mand vil gerne gå tur ved stranden men han skal sidde ned to gange på vejen", []),
        ("jeg vil kunne cykle ud til kolonihaven men jeg skal stige af to gange undervejs", []),
        ("hun vil gerne gå op til kirken ikk men hun må sidde på bænken tre gange på vejen", []),
        ("jeg vil gerne kunne gå hen til Netto men jeg skal stå stille to gange på turen", []),
        ("jeg vil gerne kunne gaa ned til posten men jeg skal sidde paa rollatoren to gange "
         "undervejs", []),
        # occasions in a row told in the perfect: the trouble's story
        ("far har siddet inde i stuen hele dagen fem dage i træk", []),
        ("jeg har glemt at tage min medicin tre dage i træk", []),
        ("hun har ligget i sengen til middag fire dage i træk", []),
        ("mor har taget bussen forkert til lægen to dage i træk", []),
        ("han har siddet alene hjemme og ventet på hjemmeplejen tre dage i træk", []),
    ],
)  # fmt: skip
def test_a_count_of_the_story_is_no_measure(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("jeg vil gerne kunne gå ud syv aftener i træk", [(7.0, "gang")]),
        ("jeg har været ude en gang, jeg vil gerne kunne gå ud tre dage i træk", [(3.0, "gang")]),
        ("jeg vil gerne kunne gå op ad trappen fem gange i træk", [(5.0, "gang")]),
        ("hun vil gerne kunne rejse sig fra stolen ti gange i træk", [(10.0, "gang")]),
    ],
)
def test_repetitions_wished_stay_measures(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # the floors one lives up, said in the trouble's story, are the height a wish to walk
        # the stairs climbs
        ("jeg bor tre etager oppe uden elevator og kan kun klare trapperne en gang om dagen, jeg "
         "vil gerne kunne gå op og ned", [(3.0, "etage")]),
        ("jeg bor 2 etager oppe og har svært ved trappen, jeg vil gerne kunne gaa op og ned igen",
         [(2.0, "etage")]),
        ("vi bor tre etager oppe og min mand har svært ved trapperne, han vil gerne kunne gå op "
         "og ned selv", [(3.0, "etage")]),
        ("jeg bor tre etager oppe og det er hårdt, jeg vil gerne kunne gå på trappen hver dag",
         [(3.0, "etage")]),
        ("min mor bor fire etager oppe og hun kan ikke klare trapperne mere, hun vil gerne kunne "
         "gå op selv", [(4.0, "etage")]),
        ("hun bor fire etager oppe uden elevator og kommer ikke ud mere, hun vil gerne kunne gå "
         "ned ad trapperne selv", [(4.0, "etage")]),
        # a wish that walks nowhere: where one lives is only the scene
        ("jeg bor tre etager oppe og kan ikke gå ud, jeg vil gerne kunne strikke igen", []),
    ],
)  # fmt: skip
def test_the_floors_one_lives_up_are_the_height_of_a_wish_to_climb(text, measures):
    assert _measures(text) == measures
