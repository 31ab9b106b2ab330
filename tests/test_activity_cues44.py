"""Activity cues of fix round 44 (blind82): training equipment (a kettlebell, a cross-trainer, a
barbell, elastic bands) is training; one's own body measured (oxygen saturation, pulse, weight)
is one's own health; flying is transport, the way with its means ("flyve til Tyrkiet og besøge
min familie", as "tage bussen ind og besøge min søster"); back at a place in a role ("tilbage på
sygehuset som sekretær") is work; a flea market is a pastime; South and West Jutland short
infinitives after a modal ("a ka int tyg kødet", "hun ka it kog kartoflerne") are their verbs,
and a dish made ("lave æ brunkål") is cooking."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("øh jeg vil gerne kunne bruge min kettlebell igen to gange om ugen", "styrke_og_motion"),
        ("far vil gerne træne med kettlebells nede i kælderen igen", "styrke_og_motion"),
        ("jeg vil gerne kunne løfte vægtstangen igen", "styrke_og_motion"),
        ("jeg vil gerne bruge crosstraineren i fitness igen", "styrke_og_motion"),
        ("han laver øvelser med elastikbåndet hver dag", "styrke_og_motion"),
        ("jeg vil gerne selv kunne maale min iltmætning hver morgen", "egen_sundhed"),
        ("mor vil gerne lære at måle pulsen og blodtrykket selv", "egen_sundhed"),
        ("far skal have målt vægten hver uge, det vil han gerne selv kunne", "egen_sundhed"),
        ("a vil gjan tjekke min saturation sjæl med æ apparat", "egen_sundhed"),
        ("min mand vil gerne kunne bruge sin iltmåler selv", "egen_sundhed"),
        ("jeg vil gerne kunne flyve til Polen alene og besøge mine børnebørn", "transport"),
        ("oeh far vil gerne flyve ned til min soester i Spanien til paaske men han er bange for"
         " lufthavnen", "transport"),
        ("min kone vil gerne selv klare lufthavnen naar vi skal paa ferie", "transport"),
        ("jeg vil gerne tage en flyrejse til Thailand igen", "transport"),
        ("jeg vil gerne tilbage paa plejehjemmet som sosu-assistent", "arbejde_og_frivillig"),
        ("min mand vil tilbage på lageret som lagermedarbejder efter sommer",
         "arbejde_og_frivillig"),
        ("øh hun vil gerne tilbage paa kommunen som sagsbehandler", "arbejde_og_frivillig"),
        ("jeg vil gerne på loppemarked med min datter om lørdagen", "fritid"),
        ("far elsker kræmmermarkeder, han vil gerne komme ud til dem igen til sommer", "fritid"),
        ("mor går på loppemarkedet i hallen hver søndag", "fritid"),
        ("far ka it tyg æ kød mer, han har fået nye tænder", "spise_og_drikke"),
        ("a ka int synk ordentlig mer når a spiser", "spise_og_drikke"),
        ("hun ka it kog kartoflerne sjæl mer", "madlavning"),
        ("jeg vil gerne lave brunkål selv til jul igen", "madlavning"),
        ("mor vil gerne kunne lave rødkål til juleaften som hun plejer", "madlavning"),
    ],
)  # fmt: skip
def test_the_new_cues_name_the_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg var sekretær på sygehuset i 30 år, nu vil jeg gerne gå ture igen", "gang"),
        ("han vil gerne tilbage paa hospitalet og besøge sin kone", "socialt_samvaer"),
        ("jeg vil gerne køre ud til min datter og spise middag", "spise_og_drikke"),
        ("jeg vil gerne cykle hen til klubben og spille kort med de andre", "fritid"),
        ("Jeg vil gerne flyve med min drone over stranden igen", "fritid"),
        ("jeg vil gerne sidde i haven og se fuglene flyve over fjorden", "fritid"),
        ("jeg vil gerne have overskud til at komme på loppemarkedet", "humoer_og_energi"),
        ("jeg vil gerne tage toget til Aarhus og besøge mit barnebarn", "transport"),
        ("hun vil gerne gå til gymnastik og løfte vægte", "styrke_og_motion"),
        ("jeg vil gerne tilbage på benene som før", None),
    ],
)  # fmt: skip
def test_the_neighbouring_readings_stay(said, activity):
    assert _ruled(analyze(said, TODAY)) == activity


def _ruled(facts):
    """The rules' own activity: since fix round 51 a wish the rules leave empty may carry the
    word counts' guess, marked `activity_guessed` (the dialogue asks instead of taking it)."""
    return None if (facts.extras or {}).get("activity_guessed") else facts.activity


@pytest.mark.parametrize(
    "said",
    [
        "oeh far vil gerne naa op paa 4000 skridt om dagen igen, lægen siger det er godt for ham",
        "jeg vil gerne op på 5000 skridt igen",
        "mor vil gerne gaa 2000 skridt hver dag for sit sukkers skyld",
    ],
)
def test_a_step_count_is_the_walk(said):
    assert analyze(said, TODAY).activity == "gang"


def test_a_single_step_at_a_time_is_no_walk():
    assert _ruled(analyze("jeg vil gerne tage et skridt ad gangen", TODAY)) is None
