"""Fix round 50 (review A1): one who "kommer og … med mig" helps only with a chore (_common.yaml
chore_with: "renser filteret med mig", "gør rent med mig"), not with company ("drikker kaffe med
mig", "snakker med mig", "spiller kort med mig"); "for mig" is help with any verb (people.yaml
roles helper). A spouse at a place of care or a grave is still the spouse ("besøge konen på
plejehjemmet", people.yaml spouse_home_words; nlp/placed_stranger.py)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _roles(text: str) -> dict:
    return (understand(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min søn kommer og drikker kaffe med mig om søndagen", "søn"),
        ("øh min datter kommer og snakker med mig i telefonen", "datter"),
        ("barnebarnet kommer og spiller kort med mig", "barnebarn"),
        ("min datter kommer og hygger med mig om fredagen", "datter"),
        ("min soen kommer og spiser med mig", "søn"),
        ("naboen kommer og ser fjernsyn med mig", "nabo"),
    ],
)
def test_company_is_no_help(said, person):
    assert _roles(said).get(person) != "helper"


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min søn kommer og gør rent med mig", "søn"),
        ("min datter kommer og laver mad med mig om tirsdagen", "datter"),
        ("altså naboen kommer og bærer posen med mig", "nabo"),
        ("min datter kom og hjaelper med mig", "datter"),
        ("min søn kommer og drikker kaffe og handler for mig", "søn"),
    ],
)
def test_a_chore_with_me_or_anything_for_me_is_help(said, person):
    assert _roles(said).get(person) == "helper"


@pytest.mark.parametrize(
    ("said", "spouse", "role"),
    [
        ("jeg vil gerne besøge konen på plejehjemmet", "kone", "beneficiary"),
        ("konen på plejehjemmet kan ikke hjælpe mig mere", "kone", "unwanted"),
        ("jeg vil besoege manden paa plejecentret hver dag", "mand", "beneficiary"),
        ("øh manden ligger på sygehuset så han kan ikke køre mig", "mand", "unwanted"),
    ],
)
def test_a_spouse_at_a_place_of_care_stays_the_spouse(said, spouse, role):
    assert _roles(said).get(spouse) == role


@pytest.mark.parametrize(
    "said",
    [
        "konen fra kiosken hjælper mig med at bære varerne",
        "manden nede i brugsen bærer posen ud til bilen for mig",
    ],
)
def test_a_spouse_word_at_a_shop_is_still_no_spouse(said):
    roles = _roles(said)
    assert "mand" not in roles and "kone" not in roles, roles
