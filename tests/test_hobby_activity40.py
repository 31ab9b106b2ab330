"""Fix round 40 (blind138 Vera, blind140 Uffe): a pastime with a thing of its own is fritid,
not the activity of a word beside it: photos put in albums with names written under them are
no writing to someone (kommunikation), a drone flown over the beach is no walk (gang); a wedding
("sølvbryllupper") names no magnifier. Real walks on the beach and real writing stay."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne saette billederne fra ferien ind i et album igen",
        "Så det jeg gerne vil, det er at sætte familiens billeder i albums til børnebørnene",
        "min mor vil gerne klistre de gamle fotos ind i fotoalbummet igen",
        "jeg vil gerne lave en scrapbog til mit oldebarn med billeder og navne",
        "drone. flyve. selv. igen. stranden.",
        "jeg vil gerne flyve min drone over stranden igen og filme havet",
        "han vil gerne selv flyve med dronen ude ved fjorden",
    ],
)
def test_a_pastime_with_a_thing_of_its_own_is_fritid(said):
    assert analyze(said, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne gå en tur på stranden igen hver dag", "gang"),
        ("jeg vil gerne kunne skrive julekort til mine børnebørn", "kommunikation"),
        ("jeg vil gerne kunne sende billeder på messenger til min søn", "kommunikation"),
    ],
)
def test_a_walk_or_a_message_keeps_its_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    "said",
    [
        "vi tog billeder af konfirmander, brudepar og sølvbryllupper i 37 år",
        "vi har været til mange bryllupper i familien",
        "guldbrylluppet var i sommer",
    ],
)
def test_a_wedding_names_no_magnifier(said):
    assert "lup" not in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said", ["jeg bruger en lup når jeg læser", "ergoterapeuten har givet mig en læselup"]
)
def test_a_magnifier_is_still_an_aid(said):
    assert "lup" in analyze(said, TODAY).aids
