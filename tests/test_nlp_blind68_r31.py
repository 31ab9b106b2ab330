"""Fix round 31 (blind corpora 66 and 68): number words for a score and a dozen, a figure
corrected by the speaker, a service's rhythm beside a difficulty, a wish kept through a
corrected value, and a check-up after the wish as its deadline."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


def measures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in analyze(text, TODAY).measures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "snes" (20) and "dusin" (12), alone, halved with their article ("en halv snes", "et
        # halvt dusin") or multiplied ("to snes", "halvanden snes", "tre dusin")
        ("jeg vil gerne kunne gaa en snes skridt uden rollatoren", [(20, "skridt")]),
        ("mor hun vil gerne kunne gå op ad de en snes trin til kirken selv igen", [(20, "trin")]),
        ("øh han vil gerne kunne rejse sig fra stolen en halv snes gange i træk", [(10, "gang")]),
        ("jeg vil gerne kunne gå på trappen en halv snes minutter hver dag", [(10, "minut")]),
        ("far vil gerne kunne lave armbøjninger et dusin gange i træk", [(12, "gang")]),
        (
            "hun skal lave sine knæbøjninger et halvt dusin gange hver morgen og det vil hun "
            "gerne kunne selv",
            [(6, "gang")],
        ),
        ("jeg vil gerne kunne cykle en snes minutter paa motionscyklen", [(20, "minut")]),
        ("han vil gerne kunne gå to snes meter med stokken", [(40, "meter")]),
        ("min kone vil gerne kunne gaa halvanden snes skridt uden at stoppe", [(30, "skridt")]),
        (
            "jeg vil kunne gå op ad tre dusin trin til mit kolonihavehus inden sommer",
            [(36, "trin")],
        ),
        ("vil gerne kunne løfte armen en halv snes gange uden at det gør ondt", [(10, "gang")]),
        ("jeg er 83 år og vil gerne kunne gaa et dusin skridt", [(12, "skridt")]),
    ],
)
def test_a_score_and_a_dozen_are_numbers(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an article alone is still no count ("en gang" is how often, not a measure)
        "Fysioterapeut siger jeg skal øve en gang hver dag.",
        "jeg vil gerne ud at gå en gang om dagen",
    ],
)
def test_one_time_with_its_article_is_still_no_measure(text):
    assert measures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure said bare after the speaker's self-correction replaces the measure before
        # it, in that measure's unit
        (
            "far han vil gerne kunne gå rundt om søen ikk det er vel tre kilometer nej det er nok "
            "nærmere halvanden",
            [(1.5, "kilometer")],
        ),
        (
            "mor vil gerne kunne cykle tyve minutter på motionscyklen nej undskyld femten",
            [(15, "minut")],
        ),
        (
            "han vil gerne kunne gå 500 meter med rollatoren nej det er nærmere 300 ikk",
            [(300, "meter")],
        ),
        (
            "øh jeg vil gerne kunne rejse mig ti gange i træk eller nej lad os sige fem",
            [(5, "gang")],
        ),
        ("jeg vil kunne gå op ad 40 trin nej vent det er vist 30 til loftet", [(30, "trin")]),
        ("far vil gerne kunne bære fem kilo nej tre er nok", [(3, "kilo")]),
        (
            "jeg vil gerne kunne gaa 2 km nej altsaa det er nok nærmere halvanden",
            [(1.5, "kilometer")],
        ),
        ("vil gerne kunne gå tre kilometer nej jeg mener to hver dag", [(2, "kilometer")]),
        (
            "jeg vil gerne kunne gå tur med hunden to kilometer nej undskyld tre og jeg vil ikke "
            "give den væk",
            [(3, "kilometer")],
        ),
        ("hun vil gerne kunne gå en snes skridt nej vent en halv snes", [(10, "skridt")]),
        # no bare figure, or one too far from the first to share its unit: the first stays
        ("han vil gerne kunne gå 200 meter nej han kan ikke", [(200, "meter")]),
        ("hun vil gerne gå en halv time hver dag nej jeg mener tyve", [(0.5, "time")]),
        # said with its own unit: the later one counts, as before
        (
            "min mand vil gerne kunne stå ved komfuret en time nej sig hellere et kvarter",
            [(15, "minut")],
        ),
    ],
)
def test_a_bare_figure_after_a_self_correction_takes_the_unit(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a self-repair of a value (a date, a person, a frequency, an aid, a figure) leaves the
        # wish; a "vil ikke" said after the repaired value is the reason, no refusal
        "far han vil så gerne kunne gå i bad selv igen inden min datters konfirmation nej "
        "undskyld det er min nieces konfirmation i april ikk han skal holde tale og vil ikke "
        "lugte af gammel mand",
        "mor vil gerne kunne gå til frisøren selv inden jul nej vent inden nytår for hun vil ikke "
        "se sjusket ud til festen",
        "jeg vil gerne kunne tage bussen til min søn hver søndag nej undskyld hver lørdag og jeg "
        "vil ikke være afhængig af flextrafik",
        "han vil gerne kunne gå ned til bageren med stokken nej jeg mener rollatoren han vil ikke "
        "sidde inde hele dagen",
        "hun vil så gerne kunne klæde sig på selv inden hendes barnebarns bryllup nej undskyld det "
        "er barnebarnets dåb i marts og hun vil ikke have hjælp foran hele familien",
        "jeg vil gerne kunne lave mad selv tre gange om ugen nej vent fire gange for jeg vil ikke "
        "leve af færdigretter",
        "øh far vil gerne kunne køre på cykel igen til sommer nej jeg mener til påske han vil ikke "
        "bare sidde i stolen",
        "vil gerne kunne gaa i svoemmehallen hver tirsdag nej undskyld hver onsdag jeg vil ikke "
        "miste formen",
        "min kone vil gerne selv kunne handle i netto nej vent det er rema hun vil ikke sende mig "
        "ud med en seddel",
        "jeg vil gerne kunne gå tur med hunden to kilometer nej undskyld tre og jeg vil ikke give "
        "den væk",
    ],
)
def test_a_refusal_after_a_repaired_value_leaves_the_wish(text):
    assert analyze(text, TODAY).stance == "wish"


@pytest.mark.parametrize(
    "text",
    [
        # the correction takes the wish itself back: only who is said before the refusal
        "han vil gerne gå til fodbold om lørdagen nej undskyld han vil ikke",
        "hun vil gerne i svømmehallen nej vent det vil hun ikke hun er bange for vandet",
        "jeg kan godt selv tørre støv af nej vent det kan jeg jo ikke jeg kan ikke naa op paa "
        "reolerne mere",
    ],
)
def test_a_correction_that_takes_the_wish_back_still_does(text):
    assert analyze(text, TODAY).stance == "difficulty"


def frequency(text: str) -> tuple | None:
    f = analyze(text, TODAY).frequency
    return f and (f.times, f.per, f.every)


@pytest.mark.parametrize(
    "text",
    [
        # beside a difficulty, a service's visits after "når" are its rhythm, no goal frequency
        "jeg kan ikke laengere vride gulvkluden op, saa gulvene bliver kun vasket naar "
        "hjemmehjaelpen kommer hver 3. uge",
        "jeg kan ikke lave øvelserne rigtigt alene, kun når fysioterapeuten kommer en gang om ugen",
        "vinduerne bliver aldrig pudset, jeg kan ikke selv, kun naar hjemmehjaelpen kommer hver "
        "tredje maaned",
        "kan ikke selv skifte mit sengetøj, sengen bliver kun redt når hjemmehjælperen kommer "
        "hver fredag",
        "har svaert ved at smoere ryggen ind, kun naar sygeplejersken kommer to gange om ugen",
        "jeg kan ikke komme i bad alene, badet bliver kun til noget når hjemmeplejen kommer en "
        "gang om ugen",
        "far kan ikke selv tage sine piller ud af pakningen, medicinen bliver kun doseret naar "
        "sygeplejersken kommer hver 14. dag",
        "min kone kan ikke vaske gulv mere, gulvene bliver kun vasket naar hjemmehjaelperen "
        "kommer hver anden uge",
        "jeg kan ikke naa mine tæer, neglene bliver kun klippet naar fodterapeuten kommer hver "
        "6. uge",
        "øh mor hun kan ikke selv smøre fødderne ind ikk det sker kun når hjemmesygeplejersken "
        "kommer to gange om ugen",
    ],
)
def test_a_services_visits_beside_a_difficulty_are_no_frequency(text):
    assert frequency(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the citizen's own rhythm, and one said when someone else (no service) comes, stay
        ("mor vil gerne i kirke om søndagen når præsten kommer hver onsdag", (1, "week", 1)),
        (
            "jeg vil gerne selv kunne gå i bad to gange om ugen i stedet for kun når hjemmeplejen "
            "kommer",
            (2, "week", 1),
        ),
    ],
)
def test_a_rhythm_beside_a_service_otherwise_stays(text, expected):
    assert frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone testing the citizen after the wish: the check-up's date is the wish's deadline
        (
            "vil gerene kunne rejse mig fra sofan 10 gange i træk uden at bruge armene, "
            "fysioterapeuten tester mig igen om 6 uger",
            date(2027, 1, 15),
        ),
        (
            "jeg vil gerne kunne gå 500 meter uden at hvile, fysioterapeuten tester mig igen om 8 "
            "uger",
            date(2027, 1, 29),
        ),
        (
            "mor vil gerne kunne rejse sig fra stolen uden armene, ergoterapeuten vurderer hende "
            "igen i februar",
            date(2027, 2, 28),
        ),
        (
            "jeg vil gerne klare gangtesten, terapeuten måler mig igen om fire uger",
            date(2027, 1, 1),
        ),
        (
            "vil gerne kunne stå på et ben i 10 sekunder, fysioterapeuten tjekker mig om 3 uger",
            date(2026, 12, 25),
        ),
        (
            "far vil gerne kunne gå uden rollator, lægen skal undersøge ham igen i marts",
            date(2027, 3, 31),
        ),
        (
            "jeg vil gerne kunne løfte armen over hovedet igen. fysioterapeuten tester mig om 14 "
            "dage",
            date(2026, 12, 18),
        ),
        (
            "hun vil gerne kunne cykle 20 minutter, ergoterapeuten evaluerer hende i januar",
            date(2027, 1, 31),
        ),
        (
            "øh jeg vil gerne kunne gaa op ad trappen uden gelaender, fysioterapeuten maaler mig "
            "igen om en maaned",
            date(2027, 1, 4),
        ),
        (
            "min mand vil gerne kunne rejse sig fra gulvet selv, terapeuten skal teste ham igen "
            "om fem uger",
            date(2027, 1, 8),
        ),
    ],
)
def test_a_check_up_after_the_wish_is_its_deadline(text, expected):
    assert analyze(text, TODAY).deadline == expected.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        # when someone else helps after the wish stays no deadline
        "jeg vil gerne lære at gå med stok, min datter hun viser mig det i weekenden",
        "jeg vil gerne kunne bade selv, hjemmeplejen hjælper mig i januar",
    ],
)
def test_when_someone_helps_after_the_wish_is_still_no_deadline(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things counted in the trouble, pointed back to by the wish ("klare dem"): its measure
        (
            "ham nedenunder han kan ikke komme op ad en snes trin til sin lejlighed uden at "
            "stoppe og han vil gerne kunne klare dem i et stræk inden sommer",
            [(20, "trin")],
        ),
        (
            "jeg kan ikke gaa de 300 meter ned til bussen uden at hvile men jeg vil gerne kunne "
            "klare dem igen",
            [(300, "meter")],
        ),
        (
            "mor kan ikke gå op ad de 40 trin til sin lejlighed, hun vil gerne kunne gå dem selv "
            "igen",
            [(40, "trin")],
        ),
        (
            "øh jeg kan ikke gå de to kilometer til kirken mere ikk jeg vil gerne kunne gå dem til "
            "påske",
            [(2, "kilometer")],
        ),
        (
            "hun kan ikke klare de 17 trappetrin op til loftet men hun vil gerne kunne klare dem "
            "med gelænder",
            [(17, "trin")],
        ),
        (
            "far kommer ikke op ad de tre etager uden pause og han vil gerne kunne tage dem i et "
            "hug",
            [(3, "etage")],
        ),
        # no things counted, or none pointed back to: nothing
        ("han kan ikke tage sine 12 piller og han vil gerne kunne klare dem selv", []),
        (
            "jeg kan kun gå ti minutter og jeg vil gerne kunne gå en tur med mine hunde og lufte "
            "dem",
            [],
        ),
    ],
)
def test_things_counted_in_the_trouble_and_pointed_back_to(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the rollator brand Topro said for the rollator
        "jeg vil gerne kunne gaa til brugsen med min topro",
        "mor har faaet en ny topro fra kommunen men hun tør ikke gå ud med den",
        "øh far han vil gerne ud at gå med toproen hver dag ikk",
    ],
)
def test_a_topro_is_a_rollator(text):
    assert analyze(text, TODAY).aids == ("rollator",)
