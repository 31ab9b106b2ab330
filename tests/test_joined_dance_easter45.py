"""Fix round 45 (blind151 Inge, Inga Marie): a compound said apart as an adjective or a verb's
stem before a noun ("danse gammel dans", "nogle danse sko", "gammel dags") is joined into the
word of spelling.yaml `joined_words`, as parts are joined into any word of the tables;
"påskelørdag" (and "påskeaften") is the Saturday before Easter Sunday. Counter-examples stay."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 6)


def _action(said: str) -> str:
    return (understand(said, TODAY).extras or {}).get("action") or ""


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("jeg vil så gerne danse gammel dans med min mand igen", "gammeldans"),
        ("øh altså jeg vil gerne kunne danse gammel dans i forsamlingshuset igen", "gammeldans"),
        ("hun vil gerne til gammel dans igen om fredagen", "gammeldans"),
        ("jeg vil gerne danse gammeldans igen", "gammeldans"),
    ],
)
def test_a_dance_said_apart_is_joined(said, joined):
    action = _action(said)
    assert joined in action, action
    assert "gammel dans" not in action, action


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("jeg har fået nogle danse sko med glat sål", "dansesko"),
        ("med mine nye danse sko", "dansesko"),
    ],
)
def test_dance_shoes_said_apart_are_the_aid(said, aid):
    assert aid in understand(said, TODAY).aids


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil gerne besøge en gammel ven igen", "gammel ven"),
        ("jeg vil gerne kunne gå tur med min gamle hund igen", "gamle hund"),
        ("jeg vil gerne danse en vals med min mand igen", "en vals"),
    ],
)
def test_other_adjectives_stay_apart(said, kept):
    assert kept in _action(said), _action(said)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Til påskefrokosten, den er påskelørdag.", "2027-03-27"),
        ("inden paaskeloerdag", "2027-03-27"),
        ("øh til påskeaften", "2027-03-27"),
        ("til påskelørdag næste år", "2027-03-27"),
    ],
)
def test_easter_saturday_is_the_day_before_easter_sunday(said, deadline):
    assert understand(said, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("til påske", "2027-03-28"),
        ("til skærtorsdag", "2027-03-25"),
        ("inden langfredag", "2027-03-26"),
        ("til 2. påskedag", "2027-03-29"),
    ],
)
def test_the_other_easter_days_stay(said, deadline):
    assert understand(said, TODAY).deadline == deadline
