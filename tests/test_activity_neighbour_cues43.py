"""Activity from the wish's own phrase, not a neighbouring cue (fix round 43, blind81):
"overskud til at se/lege/besøge …" is the energy for it (humoer_og_energi); a walk measured
with a word of how before the number ("går selv 5000 skridt") or steps counted is the walk,
whatever counts them; a walk to a shop with the buying said after it ("… ned til
fiskehandleren og købe fisk") is the errand; the rubbish bag carried down is the rubbish."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("Jeg vil gerne have overskud til at se mit barnebarns håndboldkampe hver lørdag igen",
         "humoer_og_energi"),
        ("mor vil gerne have mere overskud til at lege med sine oldebørn", "humoer_og_energi"),
        ("jeg vil have overskud til at besøge min søster i Odense", "humoer_og_energi"),
        ("Jeg går selv 5000 skridt hver dag, jeg tæller dem på min telefon", "gang"),
        ("jeg gaar stadig 3 km hver morgen med hunden, jeg tjekker det på mobilen", "gang"),
        ("han går mindst 4000 skridt om dagen", "gang"),
        ("jeg tæller mine skridt på telefonen", "gang"),
        ("Jeg vil gerne selv kunne gå de 600 meter ned til fiskehandleren og købe fisk hver fredag",
         "indkoeb"),
        ("jeg vil gerne gaa de 400 meter hen til bageren og købe rundstykker om søndagen",
         "indkoeb"),
        ("mor vil gerne kunne gå 500 meter ned i netto og handle selv", "indkoeb"),
        ("jeg vil gerne selv kunne tage affaldsposerne med ud til containeren", "rengoering"),
        ("han kan ikke bære skraldeposen ned ad trappen mere", "rengoering"),
    ],
)  # fmt: skip
def test_the_wish_own_phrase_names_the_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne se mit barnebarn spille håndbold", "socialt_samvaer"),
        ("jeg vil gerne besøge min søster i Odense", "socialt_samvaer"),
        ("jeg kan ikke finde ud af at bruge min telefon", "kommunikation"),
        ("jeg vil gerne gå 500 meter ned til netto", "gang"),
        ("jeg vil gerne kunne gå de 600 meter ned til havnen og se på bådene", "gang"),
        ("jeg vil gerne selv kunne bære mine indkøbsposer op", "indkoeb"),
        ("øh jeg vil gerne kunne køre på min scooter ned til brugsen og handle, men jeg tør ikke"
         " køre på den mere efter jeg væltede", "transport"),  # a ride to the shop: the way
    ],
)  # fmt: skip
def test_the_neighbouring_readings_stay(said, activity):
    assert analyze(said, TODAY).activity == activity
