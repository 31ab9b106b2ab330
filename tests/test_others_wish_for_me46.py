"""Fix round 46 (fG, blind153 Arne): another person's wish for the one speaking ("min datter vil
have mig med i mandeklubben …") is no wish of the speaker's: the speaker's own later "jeg vil …"
is the wish's phrase; and the ones another person looks after ("pædagogen sørger for, at
børnene sidder stille") are no helpers."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "own"),
    [
        ("Min datter vil have mig med i mandeklubben og spille kort. Nej tak, det er ikke mig. "
         "Jeg vil læse højt for børnene i børnehaven igen.", "læse højt for børnene"),
        ("øh min søn vil gerne have mig med på krydstogt, nej tak altså, jeg vil hellere passe "
         "min have igen", "passe min have"),
        ("min kone vil ha mig med til seniordans men det gider jeg ikke, jeg vil gerne cykle "
         "ud til stranden igen", "cykle ud til stranden"),
        ("datteren vil have mig med i svømmehallen, det er ikke mig, jeg vil spille billard "
         "med de andre i klubben", "spille billard"),
        ("Min svigersøn vil så gerne have mig med paa fisketur. Nej tak. Jeg vil kunne gaa "
         "til koret om tirsdagen igen", "til koret"),
        ("min bror vil have mig med i kirke hver søndag, men det gider jeg ikke, jeg vil hellere "
         "selv handle ind i Netto", "handle ind"),
    ],
)  # fmt: skip
def test_a_wish_for_the_speaker_gives_way_to_the_speakers_own(said, own):
    action = str(analyze(said, TODAY).extras.get("action") or "")
    assert own in action, action
    assert "mig med" not in action, action


@pytest.mark.parametrize(
    ("said", "own"),
    [
        # the speaker's own wish to have someone along stays the wish
        ("jeg vil have min kone med i teatret igen", "min kone med"),
        # no later wish of the speaker's: the one said stays
        ("min datter vil have mig med i svømmehallen og det vil jeg gerne", "svømmehallen"),
        # a wish for someone else's doing is no wish for the speaker
        ("jeg vil gerne kunne gå med til håndbold igen", "håndbold"),
    ],
)
def test_other_wishes_keep_their_phrase(said, own):
    action = str(analyze(said, TODAY).extras.get("action") or "")
    assert own in action, action


@pytest.mark.parametrize(
    ("said", "not_named", "named"),
    [
        ("pædagogen Mette sørger for, at børnene sidder stille, og min kone kører mig",
         "barn", "kone"),
        ("min søn passer på at de små ikke løber ud mens jeg læser", "barn", "søn"),
        ("min kone kører mig, og pædagogen holder øje med at børnene ikke larmer", "barn",
         "kone"),
        ("min søn kører mig og ser efter at de to børn har spist", "barn", "søn"),
    ],
)  # fmt: skip
def test_the_ones_looked_after_are_no_helpers(said, not_named, named):
    people = analyze(said, TODAY).people
    assert not_named not in people and named in people, people


@pytest.mark.parametrize(
    ("said", "named"),
    [
        # owned: the one the clause names is said as a person
        ("min datter sørger for at min kone kommer med", "kone"),
        # the children as helpers, no looking after
        ("børnene hjælper mig med at bære bøgerne", "barn"),
    ],
)
def test_people_said_otherwise_stay(said, named):
    assert named in analyze(said, TODAY).people
