"""Fix round 48 (fA): everyday words and idioms for walking, stairs, transfers, transport and
training, written from how people say them (lunte, halte, a hill, the upper floor, down to lie,
a change of bus, a raised pulse, a stronger grip), each activity with counter-examples that
keep their neighbour's activity."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _activity(said: str) -> str | None:
    return analyze(said, TODAY).activity


CASES = [
    # gang
    ("mor vil gerne kunne lunte en tur rundt om søen igen", "gang"),
    ("øh far vil gerne kunne lunte selv efter frokost", "gang"),
    ("jeg vil gerne kunne gaa uden at halte efter operationen", "gang"),
    ("jeg vil gerne kunne gå op ad bakken til kirken uden at stoppe", "gang"),
    ("han vil gerne kunne gå ned ad bakken til havnen selv", "gang"),
    ("jeg vil gerne kunne gå på skovstierne igen med min nabo", "gang"),
    ("hun vil gerne kunne gå på ujævnt underlag uden at vælte", "gang"),
    ("jeg vil gerne kunne trisse en tur i kvarteret om aftenen", "gang"),
    ("jeg vil gerne kunne gå på glat føre om vinteren", "gang"),
    # trapper
    ("jeg vil gerne kunne komme ovenpå selv om aftenen", "trapper"),
    ("mor vil gerne kunne gå op i soveværelset ovenpå uden hjælp", "trapper"),
    ("øh far vil gerne kunne komme ned fra ovenpå om morgenen", "trapper"),
    ("jeg vil gerne kunne komme op ad stentrappen til haven", "trapper"),
    ("han vil gerne kunne gå ned ad bagtrappen til gården selv", "trapper"),
    ("jeg vil gerne kunne gaa ned ad kældertrappen igen", "trapper"),
    ("hun vil gerne kunne klare vindeltrappen op til loftsværelset", "trapper"),
    ("jeg vil gerne kunne gå op ad loftstrappen selv", "trapper"),
    # forflytning
    ("jeg vil gerne kunne komme ned at ligge selv om aftenen", "forflytning"),
    ("far vil gerne kunne komme ned og sidde på bænken", "forflytning"),
    ("jeg vil gerne kunne flytte mig over i kørestolen selv", "forflytning"),
    ("mor vil gerne kunne trække sig op i sengen uden min hjælp", "forflytning"),
    ("øh han vil gerne kunne hive sig op fra lænestolen", "forflytning"),
    ("jeg vil gerne kunne sænke mig ned i stolen uden at dumpe", "forflytning"),
    ("jeg vil gerne kunne skifte stilling i sengen om natten", "forflytning"),
    ("hun vil gerne kunne flytte sig fra sengen over på toiletstolen", "forflytning"),
    # transport
    ("jeg vil gerne kunne tage bybussen ind til centrum", "transport"),
    ("far vil gerne kunne skifte bus på banegården selv", "transport"),
    ("øh mor vil gerne kunne bruge sit klippekort igen", "transport"),
    ("jeg vil gerne kunne tage regionaltoget til Odense", "transport"),
    ("han vil gerne kunne tanke bilen selv", "transport"),
    ("jeg vil gerne kunne stige af ved den rigtige station", "transport"),
    ("jeg vil gerne kunne finde ud af buslinjen til sygehuset", "transport"),
    ("hun vil gerne kunne finde busruten selv", "transport"),
    # styrke_og_motion
    ("jeg vil gerne få mere muskelmasse i benene", "styrke_og_motion"),
    ("far vil gerne have bedre greb i hænderne", "styrke_og_motion"),
    ("jeg vil gerne kunne få pulsen op tre gange om ugen", "styrke_og_motion"),
    ("øh mor vil gerne bevæge sig mere i løbet af dagen", "styrke_og_motion"),
    ("jeg vil gerne lave mine benøvelser hver morgen", "styrke_og_motion"),
    ("han vil gerne komme på faldholdet i aktivitetscentret", "styrke_og_motion"),
    ("jeg vil gerne kunne dyrke lidt sport igen", "styrke_og_motion"),
    ("jeg vil gerne få sved på panden en gang om dagen", "styrke_og_motion"),
    ("hun vil gerne kunne lave sin hjemmetræning selv", "styrke_og_motion"),
    ("jeg vil gerne få kræfterne tilbage i armene", "styrke_og_motion"),
    ("far vil gerne komme i bedre form til foråret", "styrke_og_motion"),
    ("han vil gerne kunne tage handicapbilen til sin søster", "transport"),
    ("jeg vil gerne kunne bruge sengegalgen selv om morgenen", "forflytning"),
    ("mor vil gerne have en bedre gangart uden at slæbe benet", "gang"),
    ("jeg vil gerne kunne komme op og ned i huset selv", "trapper"),
    ("far vil gerne kunne komme op og stå selv uden at min mor løfter", "forflytning"),
    ("jeg vil gerne holde mig fysisk aktiv efter jeg er gået på pension", "styrke_og_motion"),
    ("mor vil gerne have mere fysisk aktivitet i hverdagen", "styrke_og_motion"),
    ("jeg vil gerne blive mere udholdende så jeg kan klare en hel dag", "styrke_og_motion"),
]


@pytest.mark.parametrize(("said", "expected"), CASES, ids=[c[0] for c in CASES])
def test_everyday_words_name_their_activity(said, expected):
    assert _activity(said) == expected


# counter-examples: the same words in a neighbour's sense keep the neighbour's activity
KEPT = [
    ("jeg vil gerne kunne gå en tur i skoven", "gang"),
    ("jeg vil gerne kunne bære en bakke med kaffe ind i stuen", "not gang"),
    ("jeg vil gerne kunne gå op ad trappen selv", "trapper"),
    ("jeg vil gerne kunne flytte over til min datter i Aarhus", "not forflytning"),
    ("jeg vil gerne kunne skifte sengetøj selv", "not forflytning"),
    ("jeg vil gerne kunne trække mine strømper op selv", "paaklaedning"),
    ("jeg vil gerne kunne rejse mig fra stolen selv", "forflytning"),
    ("jeg vil gerne kunne skifte pære i lampen", "not transport"),
    ("jeg vil gerne kunne tage bussen til byen", "transport"),
    ("jeg vil gerne kunne gå til stolegymnastik", "styrke_og_motion"),
    ("jeg vil gerne kunne bevæge mig rundt i huset", "gang"),
    ("jeg vil gerne kunne lave mad ovenpå hos min datter", "madlavning"),
    ("jeg vil gerne kunne komme ned i kælderen igen", "trapper"),
    ("på dårlige dage kan jeg ikke gå længere end til postkassen", "gang"),
    ("jeg vil gerne kunne komme op og ned ad trapperne selv", "trapper"),
]


@pytest.mark.parametrize(("said", "expected"), KEPT, ids=[c[0] for c in KEPT])
def test_neighbour_sense_keeps_its_activity(said, expected):
    got = _activity(said)
    if expected.startswith("not "):
        assert got != expected[4:]
    else:
        assert got == expected
