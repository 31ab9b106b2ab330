"""Lead, session 35 (corpus 79, Aage): the participle said short ("a har fåt en
påklædningsstok", "hun har faat en ny rollator") is "fået", so an aid got reads as one, and a
"selv" right after it is done with the aid (hjaelpemiddel), as with "fået"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("a har fåt en påklædningsstok fra æ ergoterapeut, nu ka a sjæl få æ bukser op",
         "påklædningsstok"),
        ("hun har faat en ny rollator og nu kan hun selv gaa til brugsen", "rollator"),
        ("han har fåt sådan en gribetang, nu kan han selv samle avisen op", "gribetang"),
    ],
)  # fmt: skip
def test_an_aid_got_said_short_is_used(text, aid):
    facts = analyze(text, TODAY)
    assert facts.independence == "hjaelpemiddel"
    assert aid in facts.aids


def test_without_an_aid_selv_stays():
    facts = analyze("a har fåt det meste tilbage, nu ka a sjæl få æ bukser op", TODAY)
    assert facts.independence == "selv"
