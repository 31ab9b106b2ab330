"""Fix round 46 (fH, blind154 Villy): a sign said as a spoken list of verb phrases without
commas ("stå for hovedretten til tolv mand altså skrælle kartoflerne og skære kødet og have
maden klar"): a comma before an infinitive after a counted noun ("tolv mand, skrælle …": the
number's phrase ends at its noun), and the phrases after such a comma joined by "og" each, an
object before each join, written with commas but the last (nlp/grammar.comma_verb_lists). A
verb pair ("gå og handle"), two phrases and a list said with "og" only stay as said."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("når jeg kan lave frokost til seks mand skrælle kartoflerne og skære kødet og have "
         "maden klar", "når jeg kan lave frokost til seks mand, skrælle kartoflerne, skære "
         "kødet og have maden klar"),
        ("når jeg kan dække bord til seks mand lave sovsen og koge kartoflerne og vaske op",
         "når jeg kan dække bord til seks mand, lave sovsen, koge kartoflerne og vaske op"),
        ("når jeg kan lave suppe til ti mand øh hakke løgene og skære kødet og røre i gryden",
         "når jeg kan lave suppe til ti mand, hakke løgene, skære kødet og røre i gryden"),
        ("at jeg kan lave kaffe til fem damer dække bordet og skære kagen og vaske op",
         "at jeg kan lave kaffe til fem damer, dække bordet, skære kagen og vaske op"),
        ("når jeg kan bage boller til fire børnebørn røre dejen og forme dem og bage dem",
         "når jeg kan bage boller til fire børnebørn, røre dejen, forme dem og bage dem"),
        # counter-examples: a verb pair, two phrases, a counted thing, a list said with "og"
        ("når jeg kan vaske gulvene og tørre støv af og rede sengene",
         "når jeg kan vaske gulvene og tørre støv af og rede sengene"),
        ("Jeg vil kunne putte alle flaskerne og dåserne i automaten og få bonen",
         "Jeg vil kunne putte alle flaskerne og dåserne i automaten og få bonen"),
        ("så jeg kan gå og handle og lave mad", "så jeg kan gå og handle og lave mad"),
        ("så jeg kan sidde og snakke og drikke kaffe",
         "så jeg kan sidde og snakke og drikke kaffe"),
        ("når jeg kan købe to kilo kartofler og bære dem hjem",
         "når jeg kan købe to kilo kartofler og bære dem hjem"),
        ("når jeg kan hente en kop kaffe og drikke den",
         "når jeg kan hente en kop kaffe og drikke den"),
        ("når jeg kan lave mad til fire personer", "når jeg kan lave mad til fire personer"),
    ],
)  # fmt: skip
def test_a_spoken_list_of_deeds_gets_its_commas(said, written):
    assert polish(said, GRAMMAR) == written
