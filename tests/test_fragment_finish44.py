"""Fix round 44 (blind150 Ib, aphasia, typed in one-word fragments): a made thing typed alone
beside "færdig" is finishing it, the thing definite and "færdig" agreeing with it
("dukkehus. færdig." → "gøre dukkehuset færdigt", never "dyrke min hobby"); a verb typed alone
beside them is the deed ("trøje. strikke. færdig." → "strikke trøjen færdig"). A doll's house is
a pastime (fritid). Real analyzer, real engine and content."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _action(said: str) -> str | None:
    return (analyze(said, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("dukkehus. færdig.", "gøre dukkehuset færdigt"),
        ("Dukkehus. Færdig.", "gøre dukkehuset færdigt"),
        ("øh dukkehus. faerdig. igen.", "gøre dukkehuset færdigt igen"),
        ("modelskib. færdigt. selv.", "gøre modelskibet færdigt"),
        ("puslespil. færdigt.", "gøre puslespillet færdigt"),
        ("dukkehuse. færdige.", "gøre dukkehusene færdige"),
        ("trøje. strikke. færdig. selv.", "strikke trøjen færdig"),
        ("strikke. trøje. færdig.", "strikke trøjen færdig"),
        ("tæppe. hækle. færdigt.", "hækle tæppet færdigt"),
        ("kjole. sy. færdig.", "sy kjolen færdig"),
    ],
)
def test_a_thing_and_faerdig_is_finishing_it(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    "said", ["dukkehus. færdig.", "dukkehuset. faerdigt. selv.", "Han siger: dukkehus. færdig."]
)
def test_a_dolls_house_is_a_pastime(said):
    assert analyze(said, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("strikke. trøje.", "strikke trøje"),  # no "færdig": as before
        ("hente. avisen", "hente avisen"),
        ("haven. færdig.", "haven"),  # a place is not made
        ("Kurt. færdig.", None),  # a person is not made
        ("færdig. selv.", None),  # nothing to finish
        ("dukkehus. tag. færdig.", None),  # two things: which one is unclear
    ],
)
def test_no_single_made_thing_stays_as_before(said, action):
    assert _action(said) == action
