"""A place of an outing (an amusement park, a zoo, a museum, a concert, a circus) is a pastime
by its own cue words, and a way in to it ("årskort til Tivoli", "billetter til cirkus") names it
whatever is hard about getting round inside ("kan ikke gå rundt derinde"): fritid without the
activity model (blind70 samfund, round 33)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 5)


@pytest.fixture
def rules_only(monkeypatch):
    """The cue rules alone: the golden corpus's word counts give no second opinion."""
    monkeypatch.setattr(get_analyzer(), "model", None)


@pytest.mark.parametrize(
    "text",
    [
        "far han vil så gerne i Tivoli med børnebørnene igen ik men han kan ikke gå langt på sine"
        " dårlige ben så han vil prøve med en kørestol",
        "øh vi har købt billetter til cirkus til jul ik men far kan ikke sidde på de hårde bænke så"
        " længe for ryggen, han vil så gerne med",
        "min kone og jeg har aarskort til dyreparken og hun vil saa gerne derud igen med"
        " barnebarnet men hun kan ikke gaa rundt derinde uden sin rollator",
        "mor har sæsonkort til Legoland med sit barnebarn men hun kan ikke gaa rundt derinde en hel"
        " dag, hun vil gerne klare en halv dag i sommerferien",
        "jeg har haft aarskort til museet i mange aar men nu kan jeg ikke gaa rundt derinde uden at"
        " hvile, jeg vil gerne kunne se en hel udstilling igen til paaske",
    ],
)
def test_an_outing_with_its_way_in_is_a_pastime(text, rules_only):
    assert analyze(text, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # walking round inside a shop is the shopping, as before
        ("jeg går rundt derinde i brugsen og kan ikke finde varerne", "indkoeb"),
        # a walk to the zoo's gate with the rollator is still the walk that is hard
        ("jeg vil gerne gå en tur i parken med min rollator hver dag", "gang"),
    ],
)
def test_other_walks_round_keep_their_activity(text, activity, rules_only):
    assert analyze(text, TODAY).activity == activity
