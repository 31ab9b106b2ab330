"""Fix round 54 (f5): a rhythm that is not the goal's is no goal frequency (blind rounds 86-91).

- A wish to manage a habit of the past on one's own again ("I Nepal jeg gav altid olie i mit
  hår hver fredag. … jeg vil gerne gøre det selv igen") goes back to the doing, not to the old
  rhythm; a wish to take the habit itself up again ("før gik jeg til banko hver tirsdag og det
  vil jeg gerne igen") and a habit still kept keep it (nlp/extract.py `_stance_part_frequency`).
- A turned-down plan ("jeg vil ikke ned til lægen hver uge, jeg vil hellere …") is no plan, and
  the rhythm of what is turned down is not the wish's (`_planned`, `_refused`).
- Another person's doing in an "uden at" clause runs on past the scope's six words to the
  clause's end ("uden at min kone skal lægge dem op hver søndag": `_others_clause_runs_on`).
- Time lost to a rest or to waking told after the wish, its clause opened by a comma or "nu"
  ("… nu må jeg hvile mig hver eftermiddag", "nu skal jeg lægge mig hver middag", ", jeg vågner
  hver nat") is today's trouble (`_idle_habit`, units.yaml `idle_words`, `idle_reflexive_verbs`).
- West and South Jutland "a" is the speaker before a subordinate clause's adverb and its finite
  verb ("så a it ska ind te æ frisør", "ligesom a altid har gjort"), and "it" there is the
  negation (spelling.yaml `speaker_adverbs`): the avoided hairdresser is a reason, not a rhythm.
"""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import spelled

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


def _rate(text: str) -> tuple[float, str] | None:
    """The frequency analyze reads in text as (times, per), or None."""
    found = analyze(text, TODAY).frequency
    return None if found is None else (float(found.times), found.per)


NO_RHYTHM = [
    # a habit of the past, then a wish to manage it on one's own again
    "I Nepal jeg gav altid olie i mit hår hver fredag. Nu min skulder gør ondt, men jeg vil gerne "
    "gøre det selv igen.",
    "Før jeg selv farvede mit hår med henna hver måned. Nu min datter gør det. Jeg vil gerne gøre "
    "det selv igen.",
    "i Polen jeg bagte altid brød hver lørdag. nu jeg har ondt i hænderne. jeg vil gerne bage selv "
    "igen",
    "før gik jeg til svømning hver tirsdag, nu er min hofte dårlig men jeg vil gerne selv kunne gå "
    "derhen igen",
    "min mor hun strikkede altid hver aften men nu kan hun ikke se maskerne, hun vil gerne kunne "
    "strikke selv igen",
    # a visit turned down, then the wish said instead
    "nej jeg vil ikke op til lægen hver uge jeg vil hellere lære at skifte forbindingen paa "
    "stumpen selv",
    "jeg vil ikke ned til lægen hver uge for at faa tjekket blodtrykket jeg vil hellere selv maale "
    "det herhjemme med den maaler jeg har faaet",
    "jeg vil ik ned til laegen hver 14. dag for at faa taget blodprove jeg vil hellere laere at "
    "stikke mig selv",
    "han vil ikke med i svømmehallen hver uge men han vil gerne gå ture med mig",
    # a rest the trouble forces today, told after the wish
    "jeg vil gerne have mere energi om dagen, nu må jeg hvile mig hver eftermiddag",
    "øh jeg vil gerne kunne holde en hel dag ud igen nu skal jeg lægge mig hver middag",
    "min far vil gerne have kræfter til at være oppe hele dagen nu skal han lægge sig hver "
    "eftermiddag",
    "a vil gjen ha kræfter te en hel dag nu ska a lig mæ hver middag",
    # another's doing in an "uden at" clause, past the scope's six words
    "jeg vil gerne kunne gå til brugsen selv igen uden at min datter skal køre mig hver uge",
    "efter blodpropen i hjertet faar jeg 7 forskellige piler, vil gerne selv kunne holde styr paa "
    "dem uden at min kone skal laegge dem op hver soendag",
    "jeg vil gerne kunne klippe mine negle selv uden at fodterapeuten skal komme hver sjette uge",
    # waking at night, told after the wish to sleep
    "vil gerne kunne sove igennem om natten igen, jeg vaagner hver nat kl tre og ligger og "
    "spekulerer",
    "øh jeg vil gerne sove bedre, jeg vågner hver nat klokken tre",
    "jeg vil gerne sove igennem, nu vågner jeg tre gange hver nat",
    # a service avoided, said in dialect
    "a vil gjen ku klip mæ hår sjel mæ æ maskin ligesom a altid har gjort så a it skal ind te æ "
    "frisør hver måned",
    "a vil gjerne ku gå te æ brugs sjæl så a it skal ha min søn te å kør mæ hver uge",
]


@pytest.mark.parametrize("text", NO_RHYTHM)
def test_a_rhythm_that_is_not_the_goals_gives_no_frequency(text):
    assert _rate(text) is None


KEPT = [
    # taking the habit itself up again, or a habit still kept: its rhythm is the wish's
    ("før gik jeg til banko hver tirsdag og det vil jeg gerne igen", (1.0, "week")),
    ("vi spillede kort hver tirsdag i klubben. nu kan jeg ikke komme derhen for mine ben. vil "
     "gerne tilbage.", (1.0, "week")),
    ("jeg går til svømning hver tirsdag men nu kan jeg ikke klæde om selv, jeg vil gerne gøre det "
     "selv igen", (1.0, "week")),
    # the plan that must be kept is no refusal
    ("jeg skal til lægen hver uge og jeg vil gerne kunne køre derhen selv", (1.0, "week")),
    # the wish's own rhythm after the refusal
    ("jeg vil ikke ned til lægen hver uge, jeg vil hellere selv måle det en gang om ugen",
     (1.0, "week")),
    # a rest wished, or a training planned after "nu", is no time lost
    ("jeg vil gerne kunne lægge mig selv i seng hver aften", (1.0, "day")),
    ("jeg vil gerne kunne gå en tur nu skal jeg træne hver dag", (1.0, "day")),
    ("jeg vil gerne lære at lægge tøjet sammen selv nu skal jeg lægge tøjet sammen hver dag",
     (1.0, "day")),
    # the wish's own rhythm beside an "uden at" clause, and a waking wished
    ("jeg vil gerne kunne gå i bad uden at min datter skal hjælpe mig, to gange om ugen",
     (2.0, "week")),
    ("jeg vil gerne gå i svømmehallen uden at min mand skal med og så vil jeg svømme to gange om "
     "ugen", (2.0, "week")),
    ("jeg vil gerne kunne handle selv uden at skulle vente på min søn, en gang om ugen",
     (1.0, "week")),
    ("jeg vil gerne kunne vågne udhvilet hver morgen", (1.0, "day")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rate"), KEPT)
def test_the_goals_own_rhythm_is_kept(text, rate):
    assert _rate(text) == rate


SPOKEN = [
    # the speaker before a subordinate clause's adverb and its verb, and "it" its negation
    ("så a it ska ind te æ frisør", "så jeg ikke skal ind til frisøren"),
    ("ligesom a altid har gjort mæ æ maskin", "ligesom jeg altid har gjort med maskinen"),
    ("a er blevet så trist siden a int må køre bil mer", "siden jeg ikke må køre bil mere"),
    ("når a kigger op så bliver a svimmel", "så bliver jeg svimmel"),
]


@pytest.mark.parametrize(("said", "written"), SPOKEN)
def test_dialect_speaker_before_an_adverb(said, written):
    assert written in spelled(said)


NOT_THE_SPEAKER = [
    # a letter or an article before an adverb stays as said; "et" before a noun is the article
    ("han vil gerne have et skab som han et par gange har set", "han et par gange"),
    ("jeg tager vitamin a hver dag", "vitamin a hver dag"),
    ("mit barnebarn kan it, og hun hjælper mig", "kan it"),
]


@pytest.mark.parametrize(("said", "kept"), NOT_THE_SPEAKER)
def test_no_speaker_outside_a_clause_of_the_speaker(said, kept):
    assert kept in spelled(said)
