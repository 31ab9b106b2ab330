"""Fix round 52, review finding 2: another's advice before or after the wish drops its purpose
only when the advice is set against the wish (motivation.yaml advice_against, advice_own_words,
advice_agrees; nlp/refused_consequence.py advised_before).

Advice that supports the wish ("Lægen siger jeg skal træne, så jeg kan komme af med
rollatoren. Jeg vil gerne cykle igen.") is told with the citizen's own why; the adviser's why
is only the one of advice the citizen sets aside ("bare synge med i koret … Jeg vil dirigere").
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 7)


def _facts(text: str):
    return understand(text, TODAY)


def _reason(text: str) -> str | None:
    return (_facts(text).extras or {}).get("reason")


# --- advice that supports the wish: the citizen's own why stays ------------------------------


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        # the review's four: the wedding named again by the wish
        (
            "Fysioterapeuten siger, jeg skal øve mig hver dag, så jeg kan gå til min datters "
            "bryllup. Jeg vil gerne gå uden stok til brylluppet.",
            "så jeg kan gå til min datters bryllup",
        ),
        # the husband agrees ("også")
        (
            "Jeg vil gerne gå ture igen. Min mand synes også jeg skal, så jeg kan se mine venner "
            "igen.",
            "så jeg kan se mine venner igen",
        ),
        # no contrast at all
        (
            "Lægen siger jeg skal træne, så jeg kan komme af med rollatoren. Jeg vil gerne cykle "
            "igen.",
            "så jeg kan komme af med rollatoren",
        ),
        (
            "Jeg vil gerne gå til bageren. Min kone siger jeg skal gå med stok, så jeg ikke "
            "falder.",
            "så jeg ikke falder",
        ),
        # typed without æøå, spoken fillers, "osse"
        (
            "fysioterapeuten siger jeg skal oeve mig hver dag saa jeg kan ga til min datters "
            "bryllup. jeg vil gerne ga uden stok til brylluppet",
            "så jeg kan ga til min datters bryllup",
        ),
        (
            "oeh min mand han synes osse jeg skal, saa jeg kan se mine veninder igen. jeg vil "
            "gerne gaa ture igen",
            "så jeg kan se mine veninder igen",
        ),
        # a relative of the citizen, the doctor's advice agreeing
        (
            "min mor vil gerne ud at gå. lægen siger hun skal træne, så hun kan komme af med "
            "rollatoren.",
            "så hun kan komme af med rollatoren",
        ),
        # "klare mig selv": a reflexive "selv", no contrast with the advice
        (
            "Jeg vil gerne klare mig selv igen. Lægen siger jeg skal træne, så jeg kan komme af "
            "med rollatoren.",
            "så jeg kan komme af med rollatoren",
        ),
        # the advice set against the wish ("bare"), yet its purpose names the wish's own thing
        (
            "Fysioterapeuten siger, jeg bare skal øve mig, så jeg kan gå til brylluppet. Jeg vil "
            "gerne gå uden stok til brylluppet.",
            "så jeg kan gå til brylluppet",
        ),
    ],
)
def test_advice_that_supports_the_wish_keeps_the_why(said, reason):
    assert _reason(said) == reason


def test_supporting_advice_keeps_the_aid_in_use():
    """The review's side effect: the aid named in the advice stays the way (aids [stok] and
    independence hjaelpemiddel agree)."""
    facts = _facts(
        "Jeg vil gerne gå til bageren. Min kone siger jeg skal gå med stok, så jeg ikke falder."
    )
    assert "stok" in facts.aids
    assert facts.independence == "hjaelpemiddel"


# --- advice set against the wish: the adviser's why, no reason of the goal -------------------


@pytest.mark.parametrize(
    "said",
    [
        # a refusal right after the advice
        "Jeg vil gerne gå til bageren. Min kone siger jeg skal gå med stok, så jeg ikke falder. "
        "Det gider jeg ikke.",
        # "bare" in the advice
        "Jeg vil gerne gå til bageren. Min kone siger jeg bare skal køre med hende, så jeg ikke "
        "falder.",
        # "hellere", second-language order, no æøå
        "laegen siger jeg hellere skal tage bussen saa jeg ikke falder. jeg vil gerne cykle igen",
        # "Men …" opening the next sentence
        "Min datter siger jeg skal blive hjemme, så jeg ikke bliver træt. Men jeg vil gerne i "
        "kirke om søndagen.",
        # the wish said as one's own doing
        "Min søn siger jeg skal have en rengøringshjælp, så jeg ikke får ondt i ryggen. Jeg vil "
        "selv støvsuge igen.",
    ],
)
def test_advice_set_against_the_wish_drops_its_why(said):
    assert _reason(said) is None
