"""People words (fix round 31): kin compounds ("lillesøster", "storebror", "halvbror") and kin
typed with a slip after an owner ("min dater", "mit baarnebarn") are the kin word; a doctor one
goes to for a check ("til kontrol hos lægen") is the practice; a relative said in short
second-language Danish as far away and not helping ("Søn i Tyskland, ikke hjælpe") is no
helper."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


def _roles(text: str) -> dict[str, str]:
    return (analyze(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("øh jeg vil gerne kunne ringe til min lillesøster i odense selv", "søster"),
        ("min storebror han kommer og hjælper mig med haven om lørdagen", "bror"),
        ("far vil gerne besøge sin lillebror på plejehjemmet en gang om ugen", "bror"),
        ("jeg vil selv kunne skrive til min halvsøster i Sverige paa mobilen", "søster"),
        ("hun vil gerne kunne gaa tur med sin storesøster igen ikk", "søster"),
        ("min halvbror kan køre mig til svømning om tirsdagen", "bror"),
        ("mor vil så gerne med til brylluppet hos min lillebror i maj", "bror"),
        ("storesøsteren har lovet at gå med ham de første gange", "søster"),
        # step and bonus kin are their own people words (people.yaml), not the kin itself
        ("min bonusdatter hjælper mig med indkøbene", "bonusdatter"),
        ("vil gerne kunne sende billeder til mine bonusbørnebørn paa messenger", "bonusbarnebarn"),
    ],
)
def test_a_kin_compound_is_the_kin_word(text, person):
    assert person in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("min dater kommer og handler for mig om fredagen", "datter"),
        ("jeg vil gerne selv kunne ringe til mit baarnebarn i aarhus", "barnebarn"),
        ("min svigerdater hun kører mig til fysioterapi", "svigerdatter"),
        ("øh min sønen hjælper mig med at tage strømperne på", "søn"),
        ("far vil gerne kunne gå ud og spise med sin sviigersøn igen", "svigersøn"),
        ("vil gerne lære at bage boller med mine børnebørnn", "barnebarn"),
        ("hun vil gerne kunne hente sit barnebarnn i børnehaven igen", "barnebarn"),
        ("min dateren skal ikke hjælpe mig mere med badet", "datter"),
        ("jeg vil gerne kunne gå med mine døtree i byen til jul", "datter"),
        ("min soster kommer hver tirsdag og gaar en tur med mig", "søster"),
    ],
)
def test_a_kin_word_typed_with_a_slip_after_an_owner_is_the_kin_word(text, person):
    assert person in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        # a word one slip from a kin word that is an everyday word of its own stays itself
        "jeg vil gerne kunne lave min mad selv igen",
        "han vil selv kunne cykle på sin cykel til byen med mine varer",
        "jeg vil gerne kunne klare min mands have igen nu han er syg",
    ],
)
def test_an_owned_everyday_word_is_no_kin_word(text):
    people = analyze(text, TODAY).people
    assert "mand" not in people or "mands" in text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jeg vil selv gå til kontrol hos lægen hver tredje måned.", "læge"),
        ("øh mor vil gerne kunne komme til kontrol hos laegen uden at jeg skal med", "læge"),
        ("jeg vil gerne selv kunne cykle til tjek hos tandlægen", "læge"),
        ("far vil gerne selv tage bussen til blodprøve hos lægen hver måned", "læge"),
        (
            "han skal til undersøgelse hos øjenlægen i januar og vil gerne kunne finde vej selv",
            "læge",
        ),
        ("jeg vil klare at komme til en kontrol hos lægen med rollatoren", "læge"),
        ("hun vil gerne selv kunne gå til sin kontrol hos lægen ikk", "læge"),
        ("jeg går til kontrol hos lægen hver tredje måned og vil gerne kunne tage bussen", "læge"),
        ("vil gerne kunne køre selv til tjek hos laegen og til frisøren", "læge"),
        ("mor vil selv på kontrol hos lægen uden hjemmeplejen", "læge"),
    ],
)
def test_a_doctor_gone_to_for_a_check_is_the_practice(text, person):
    people = analyze(text, TODAY).people
    assert person not in people and "tandlæge" not in people and "øjenlæge" not in people


@pytest.mark.parametrize(
    "text",
    [
        # the doctor who checks, speaks or is met stays named
        "lægen har sagt at jeg skal til kontrol hver måned",
        "jeg sidder og venter hos lægen i en time hver gang",
        "til kontrollen sagde lægen at jeg skulle gå mere",
        "jeg vil skrive tallene ned så jeg har dem med til kontrol hos lægen",
        "hun vil gerne selv tage sine målinger med til tjek hos laegen hver måned",
    ],
)
def test_a_doctor_who_acts_at_a_check_stays_named(text):
    assert "læge" in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Datter hjælpe søndag. Søn i Tyskland, ikke hjælpe.", "søn"),
        ("Min søn i København, ikke kan hjælpe.", "søn"),
        ("Bror bor Tyrkiet, ikke komme.", "bror"),
        ("Svigersøn på arbejde, ikke hjælpe.", "svigersøn"),
        ("Datter i Aalborg, ikke tid.", "datter"),
        ("min datter i Norge, ikke hjælpe mig", "datter"),
        ("Nabo gammel, ikke kan.", "nabo"),
        ("Min søster i Polen, ikke komme her.", "søster"),
        ("Søn bor langt væk, ikke hjælpe mor.", "søn"),
        ("Barnebarn i skole, ikke hjælpe.", "barnebarn"),
    ],
)
def test_a_relative_said_short_as_away_and_not_helping_is_no_helper(text, person):
    assert _roles(text).get(person) == "unwanted"


@pytest.mark.parametrize(
    "text",
    [
        "hun har været dagplejemor i tredive år ikk og hun savner børnene så hun vil gerne være "
        "frivillig i børnehaven",
        "jeg var pædagog hele mit liv og jeg savner børnene, jeg vil gerne læse højt for nogen",
        "far har været lærer i 40 år og savner eleverne og børnene, han vil gerne give lektiehjælp",
        "mor var dagplejer og hun savner ungerne og børnene så meget at hun vil være bedstemor i "
        "vuggestuen",
        "øh jeg arbejdede som pædagog og jeg savner børnene, jeg vil gerne hjælpe i SFO'en en dag "
        "om ugen",
        "jeg har været børnehavelærer og savner at lege med børnene, jeg vil gerne være frivillig",
        "min kone har været dagplejemor og hun savner at passe børnene hun vil gerne igen",
        "han var lærer på skolen og savner børnene der så han vil være lektiehjælper",
        "jeg var dagplejemor ikk og børnene var mit et og alt, nu vil jeg gerne være læsevenner",
        "hun har været pædagogmedhjælper og savner børnene hun vil gerne hjælpe til i klubben",
    ],
)
def test_the_children_of_a_care_job_told_are_no_person(text):
    assert "barn" not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        # the own children, owned or with no job told, stay named
        "hun har været dagplejemor og hun savner sine børn der bor i Jylland",
        "jeg savner børnene, de bor så langt væk, og jeg vil gerne kunne ringe til dem",
        "jeg var pædagog, og mine børn hjælper mig nu med indkøbene",
    ],
)
def test_ones_own_children_beside_a_care_job_stay_named(text):
    assert "barn" in analyze(text, TODAY).people
