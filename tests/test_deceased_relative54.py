"""Fix round 54, review #2: a death told in a relative clause (people.yaml deceased) is a death
only when said as one: "min mand, der desværre døde sidste år", "min kone, som jeg mistede i
foråret"; not "som næsten døde" (death_gap of _common.yaml holds no "næsten") nor "som jeg
mistede kontakten med" (a thing lost, not the person)."""

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _roles(text: str) -> dict:
    return (understand(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "Min veninde Inge, som jeg mistede kontakten med, vil jeg gerne have med igen.",
            "veninde",
        ),
        ("Min datter, som næsten døde sidste år, går med mig nu.", "datter"),
        ("min soen, der naesten doede af corona, han kører mig", "søn"),
        ("min nabo, som jeg mistede forbindelsen til, hun hjælper mig nu igen", "nabo"),
        ("min mand, som ikke døde af det, går tur med mig", "mand"),
    ],
)
def test_the_living_in_a_relative_clause_are_not_deceased(said, who):
    assert _roles(said).get(who) != "deceased", _roles(said)


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("min mand, der desværre døde sidste år, hjalp mig altid", "mand"),
        ("min bror, som er død nu, cyklede med mig", "bror"),
        ("min kone, som jeg mistede i foråret, gik altid med", "kone"),
        ("min veninde, som jeg mistede", "veninde"),
        ("min søster, der jo døde i fjor, bagte med mig", "søster"),
    ],
)
def test_a_death_in_a_relative_clause_is_still_one(said, who):
    assert _roles(said).get(who) == "deceased", _roles(said)
