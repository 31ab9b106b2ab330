"""Fix round 54 (f6): Vestjysk "avten" and a friend's compound genitive (blind corpus 92).

- "avten", "avtenen" are aften, aftenen (spelling.yaml typos): "morgen å avten" is twice a
  day, as "morgen og aften" is.
- A compound ending in a friend's genitive names the friend ("sin barndomsvenindes
  fødselsdag": veninde, as "sin venindes" does; people.yaml lists the genitive forms of the
  friend words); a compound of another kind ("fodboldklubbens"), a listed exception
  ("tandlæges") and a friend not said name no one.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)
TWICE_A_DAY = {"times": 2, "per": "day", "every": 1}


@pytest.mark.parametrize(
    "text",
    [
        "a vil gjen ku tag mine hjertepiller sjel morgen å avten nu a er kommen hjem",
        "a vil gjen ku tag mine piller sjel morgen å avten",
        "far vil gerne selv kunne tage sine piller morgen og avten",
        "a vil gjen ku dryp mine øjne sjel morgen å avten",
    ],
)
def test_dialect_evening(text: str) -> None:
    assert analyze(text, TODAY).to_json()["frequency"] == TWICE_A_DAY


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "mor vil gerne med til sin barndomsvenindes halvfemsaars foedselsdag i januar",
            ["veninde"],
        ),
        ("jeg vil gerne med til min gamle skolekammerats begravelse", ["skolekammerat"]),
        ("far vil gerne kunne gå tur med sin jagtkammerats hund igen", ["kammerat"]),
        ("øh jeg vil gerne med til min fiskemakkers runde fødselsdag ik", ["makker"]),
        # counter-examples: a club's genitive, a listed exception, no friend said
        ("jeg vil gerne med til fodboldklubbens julefrokost", []),
        ("jeg vil gerne hen til tandlæges klinik selv", []),
        ("a vil gjen ku tag mine piller sjel morgen å avten", []),
    ],
)
def test_compound_genitive_friend(text: str, people: list[str]) -> None:
    assert analyze(text, TODAY).to_json()["people"] == people
