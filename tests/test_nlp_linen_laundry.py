"""The linen washed is laundry (fix round 29, blind20's misheard "lag nerne"): the linen before a
passive "vaskes" or after "vaske", split by speech or typing and joined first ("lag nerne",
"dyne betrækket", "haand klaederne"); a later wish that only points back at it ("men jeg vil
gerne selv vaske dem") names no washing of oneself."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "efter badet skal haand klaederne vaskes og det vil jeg gerne selv kunne igen",
        "far har uheld om natten, sengetøjet skal vaskes hver dag, han vil gerne selv vaske det"
        " uden hjemmeplejen",
        "efter uheldene om natten skal lagnerne vaskes men min kone kan ikke mere, jeg vil gerne"
        " selv vaske dem så hun kan hvile",
        "skjorterne skal vaskes og strøges hver uge og det vil min mand gerne lære selv",
        "tøjet skal vaskes efter hvert bad og det vil jeg gerne selv klare igen",
        # already laundry: split linen joined and kept so
        "mor har lært at bruge bækken men lag nerne skal stadig vaskes tit og hun vil gerne selv"
        " vaske dem",
        "øh de der viske stykker skal jo vaskes hver uge ikk og det vil jeg gerne kunne selv igen",
        "jeg bader ved hjælp af hjemmeplejen, men pude betrækkene skal vaskes og dem vil jeg"
        " gerne selv vaske",
    ],
)
def test_linen_washed_is_laundry(text):
    assert analyze(text, TODAY).activity == "toejvask"


@pytest.mark.parametrize(
    "text",
    [
        # washing oneself stays washing oneself, the pronoun pointing at the body or none
        "jeg kan ikke nå mine fødder mere men jeg vil gerne selv vaske dem når jeg er i bad",
        "håret er blevet så langt og jeg vil gerne selv kunne vaske det igen",
        "jeg vil gerne kunne vaske mig selv om morgenen uden hjemmeplejen",
    ],
)
def test_washing_oneself_stays_washing_oneself(text):
    assert analyze(text, TODAY).activity == "vask_og_hygiejne"
