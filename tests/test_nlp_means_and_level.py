"""Rules from blind corpus 65 (round 29, c65): writing things in a book to remember them is
memory, training with a professional is the means while the purpose says "selv", help wished
for with "have at <helper> hjælper", a starting or present level is no goal measure, and a swivel
disc is its own aid (tests/test_nlp_aids.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg glemmer navne. Jeg vil skrive dem i min bog.",
        "øh han vil gerne lære at skrive det i kalenderen når han har en tid ikk",
        "mor glemmer tit hvad hun skal saa hun vil gerne skrive det hele i et haefte og laese det"
        " om morgenen",
        "jeg glemmer hvor jeg har lagt tingene saa jeg vil gerne skrive paa en seddel hvor de er",
        "altså jeg vil gerne skrive alt ind i en lille bog ikk for ellers glemmer jeg det",
        "far vil gerne notere sine tider hos frisøren i en notesbog",
    ],
)
def test_writing_things_in_a_book_to_look_in_is_memory(text):
    assert analyze(text, TODAY).activity == "hukommelse"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne skrive breve til mit barnebarn igen",
        "jeg vil gerne skrive en bog om mit liv",
        "hun vil gerne skrive sms til sine børn",
        "jeg vil gerne kunne skrive på computeren igen",
    ],
)
def test_writing_a_letter_or_on_a_device_stays_writing(text):
    assert analyze(text, TODAY).activity == "kommunikation"


@pytest.mark.parametrize(
    "text",
    [
        "mor vil gerne træne med fysioterapeuten så hun selv kan gå op ad trappen igen",
        "han vil gerne øve med ergoterapeuten saa han selv kan tage stroemperne paa",
        "øh jeg vil gerne genoptræne med fysen så jeg selv kan komme op af sengen",
        "min mand vil gerne øve sammen med mig så han selv kan klare badet igen",
        "hun vil gerne træne med terapeuten hver uge så hun kan rejse sig selv fra stolen",
    ],
)
def test_practising_with_someone_is_the_means_when_the_purpose_says_selv(text):
    assert analyze(text, TODAY).independence == "selv"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne træne med fysioterapeuten to gange om ugen",
        "hun vil gerne gå i bad sammen med mig",
        "far vil gerne have hjælp fra hjemmeplejen så han selv kan bo hjemme",
    ],
)
def test_help_without_a_purpose_selv_stays_help(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "mor vil gerne have at hjemmeplejen hjælper med badet to gange om ugen",
        "jeg vil gerne ha at min datter hjælper med indkøbene om fredagen",
        "far vil gerne at hjemmehjælperen hjælper med at skifte sengetøjet",
        "hun ønsker at hjemmeplejen hjælper med støvsugningen hver anden uge",
        "jeg vil gerne have at der kommer en og hjælper med rengøringen",
        "han vil helst have at naboen hjælper til med at bære poserne op",
        "jeg vil gerne have, at min søn kommer og hjælper med at slå græsset",
    ],
)
def test_help_wished_for_from_someone_is_help(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil ikke have at hjemmeplejen hjælper med badet, jeg vil gerne klare det selv",
        "hun vil gerne selv gøre rent uden at hjemmeplejen skal hjælpe",
    ],
)
def test_help_refused_is_no_help(text):
    assert analyze(text, TODAY).independence == "selv"


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "mor vil gerne kunne gå 500 meter med rollatoren inden sommer, fysioterapeuten siger"
            " hun skal starte med 100 meter",
            [(500, "meter")],
        ),
        (
            "han vil gerne kunne cykle en halv time på motionscyklen, han startede med 5 minutter",
            [(0.5, "time")],
        ),
        (
            "jeg vil gerne kunne gå 2 km hver dag men lige nu kan jeg kun gå 300 meter",
            [(2, "kilometer")],
        ),
        (
            "far vil gerne stå ved køkkenbordet i 20 minutter, nu kan han kun 5 minutter",
            [(20, "minut")],
        ),
        (
            "øh hun vil gerne gå op ad alle 30 trin til sin lejlighed ikk til at begynde med tager"
            " hun 10 trin",
            [(30, "trin")],
        ),
        (
            "jeg vil gerne kunne svømme 20 minutter, i starten kun 10 minutter ad gangen",
            [(20, "minut")],
        ),
    ],
)
def test_a_starting_or_present_level_after_the_wish_is_no_goal_measure(text, measures):
    found = analyze(text, TODAY).measures
    assert [(m.value, m.unit) for m in found] == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # a starting level with no goal level of its kind beside it is the measure said
        ("hun vil gerne starte med at gå 10 minutter hver dag", [(10, "minut")]),
        # two measures of different kinds are both the goal's
        ("jeg vil gerne gå 2 km på en halv time", [(2, "kilometer"), (0.5, "time")]),
    ],
)
def test_a_starting_level_alone_or_another_kind_stays(text, measures):
    found = analyze(text, TODAY).measures
    assert [(m.value, m.unit) for m in found] == measures
