"""A relative said only to phone, write or call by video ("Søster i Polen, kun telefon.", "min
bror i Canada ringer kun om søndagen") is far away and no helper; help said beside it wins."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _roles(text: str) -> dict[str, str]:
    return (analyze(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Datter hjælpe lørdag. Bror i Tyrkiet, kun telefon.", "bror"),
        ("Min søster i Sverige, kun på telefon.", "søster"),
        ("Søn i London, bare ringe.", "søn"),
        ("min bror i canada han ringer kun om søndagen", "bror"),
        ("øh min datter hun ringer bare en gang om ugen fra Spanien", "datter"),
        ("Barnebarn i Australien, kun skype.", "barnebarn"),
        ("min søster i esbjerg vi snakker bare i telefon ikk", "søster"),
        ("hendes veninde i Odense ringer kun engang imellem", "veninde"),
        ("Svigerdatter kun facetime, bor Norge.", "svigerdatter"),
        ("min nevø i Tyskland skriver bare på messenger", "nevø"),
    ],
)
def test_a_relative_who_only_phones_is_no_helper(text, person):
    assert _roles(text).get(person) == "away"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # help said of them wins; a wish to phone them keeps them
        ("min datter ringer kun og tjekker at jeg har taget pillerne", "datter"),
        ("min søn hjælper mig kun om lørdagen med haven", "søn"),
        ("min nabo kommer og hjælper mig, hun ringer bare først", "nabo"),
    ],
)
def test_help_said_beside_only_phoning_stays_help(text, person):
    assert _roles(text).get(person) == "helper"
