"""Blind corpus 72's independence and people classes (fix round 34, c72x): the dialect "uden å"
as "uden at" and a rest left out keeping the wish's rhythm, the wider family and "vi sammen" as
help, a plan the citizen agreed to after a difficulty, "selv med" as "even with" far from its
negation, a bare professional in a relative clause, and roles played for someone."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "jæ vil gjerne ku gå te bageren uden å sku hvile mæ på vejen",
        "min mor vil gerne gå over til kirken uden å sætte sig",
        "han vil gjerne ku gå hele vejen rundt om søen mæ hunden uden å stoppe",
        "jæ vil gjerne ku gå op ad trappen te første sal uden å sku holde pause",
        "a vil gjan ku cykle te æ købmand uden å stå af",
        "far vil gerne ku gå med hunden uden å sku sætte sig på bænken",
        "jæ vil gjerne ku stå ve komfuret å lave mad uden å sku sidde ned",
    ],
)
def test_dialect_without_mark_is_without_at(text):
    assert analyze(text, TODAY).independence == "selv"


@pytest.mark.parametrize(
    ("text", "times", "per"),
    [
        ("jeg vil gerne gå en tur uden at stoppe hver dag", 1, "day"),
        ("jæ vil gjerne ku gå te kirkegården uden å sætte mæ hver søndag", 1, "week"),
        ("mor vil gerne kunne gå til brugsen uden at skulle hvile sig to gange om ugen", 2, "week"),
        ("han vil gerne cykle på motionscyklen uden at stoppe tre gange om ugen", 3, "week"),
    ],
)
def test_rhythm_after_a_rest_left_out_is_the_wishs(text, times, per):
    freq = analyze(text, TODAY).frequency
    assert freq is not None and (freq.times, freq.per) == (times, per)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("jeg vil gerne bage småkager til jul sammen med min niece", "niece"),
        (
            "mor vil gerne gå en tur i parken om søndagen sammen med sin svigerdatter",
            "svigerdatter",
        ),
        ("far vil gerne ordne haven i weekenden sammen med min fætter Bo", "fætter"),
        ("øh jeg vil gerne gå til genoptræning sammen med min moster", "moster"),
        ("min mand vil gerne kunne handle ind igen hvis hans svigersøn hjælper", "svigersøn"),
        ("han vil gerne male stakittet sammen med sin stedsøn til sommer", "stedsøn"),
        ("hun vil gerne gå i svømmehallen sammen med min onkel hver onsdag", "onkel"),
    ],
)
def test_wider_family_together_is_help(text, person):
    facts = analyze(text, TODAY)
    assert facts.independence == "med_hjaelp"
    assert person in facts.people


@pytest.mark.parametrize(
    "text",
    [
        "mor vil gerne bage til jul igen og hun vil gerne have at vi sammen laver småkagerne",
        "far har sagt ja til at vi sammen gaar en tur rundt om soen hver soendag",
        "han vil gerne lære at bruge vaskemaskinen og vi vil gerne sammen øve det hver onsdag",
        "øh vi sammen laver maden om lørdagen det vil hun gerne blive ved med",
        # a plan agreed after a difficulty says how
        "hun kan ikke selv lave mad mere men hun har sagt ja til at hjemmehjælpen hjælper hende om"
        " aftenen",
    ],
)
def test_done_together_with_the_speaker_is_help(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


def test_aid_in_an_agreed_plan_after_a_difficulty():
    text = "han kan ikke gå på trappen men han har sagt ja til at prøve med rollatoren hver dag"
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "vi handler altid sammen om lørdagen men nu kan han ikke gå rundt i butikken mere",
        "hun kan ikke komme i bad men hjemmeplejen hjælper hende om onsdagen",
    ],
)
def test_help_of_today_beside_a_difficulty_stays_out(text):
    assert analyze(text, TODAY).independence is None


@pytest.mark.parametrize(
    "text",
    [
        "mor kan ikke høre hvad præsten siger oppe fra prædikestolen i kirken selv med begge"
        " høreapparater",
        "han kan ikke gå ret langt hen ad stien ned til vandet mere selv med sin nye rollator",
        "a ka int hør hwad æ børnebørn sejer når de snakker i munden på hinanden selv mæ to"
        " høreapparater",
    ],
)
def test_even_with_an_aid_far_from_the_negation(text):
    facts = analyze(text, TODAY)
    assert facts.independence is None
    assert facts.aids


@pytest.mark.parametrize(
    "text",
    [
        "han kan ikke gå så langt mere han vil gerne selv med rollatoren ned til købmanden",
        "hun kan ikke komme ud af sengen om morgenen men hun vil gerne selv med sengehåndtaget",
    ],
)
def test_selv_with_aid_in_a_wish_after_a_negation_stays_the_means(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("naboens søn Mads kan køre mig derind om tirsdagen", ["søn"]),
        ("oeh naboes son kan koere mig til genoptraeningen", ["søn"]),
        ("mor vil gerne handle selv igen, genboens datter tager hende med i Netto om torsdagen",
         ["datter"]),
        ("jeg vil gerne ud at fiske igen med min brors barnebarn", ["barnebarn"]),
        ("han vil gerne i haven igen, hans kones nevø kommer og hjælper ham hver lørdag", ["nevø"]),
        ("jæ ka ikk slå græsset mer men min nabos søn ka hjælpe mæ om lørdagen", ["søn"]),
    ],
)  # fmt: skip
def test_person_owned_by_a_genitive_is_the_head(text, people):
    assert list(analyze(text, TODAY).people) == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hun vil gerne gå til Netto selv med rollator som fysioterapeut har lånt hende.",
         "fysioterapeut"),
        ("Jeg vil tage strømper på selv med strømpepåtager som sygeplejerske viste mig.",
         "sygeplejerske"),
        ("Min far vil gerne lave øvelser hver dag som fysioterapeut gav ham på papir.",
         "fysioterapeut"),
        ("Jeg vil gå i bad selv på badebænk som hjemmehjælper satte op i badeværelset.",
         "hjemmehjælper"),
        ("Jeg vil bruge gribetang som ergoterapeut har bragt, så jeg selv kan samle ting op.",
         "ergoterapeut"),
    ],
)  # fmt: skip
def test_bare_professional_in_a_relative_clause_is_named(text, person):
    assert person in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "Min mor hun arbejdede som sygeplejerske i 40 år og nu vil hun gerne gå selv til lægen",
        "han var som sygeplejerske altid den der hjalp andre",
    ],
)
def test_a_job_said_with_som_names_nobody(text):
    assert list(analyze(text, TODAY).people) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("jeg vil gerne have kræfter til at være hendes datter igen og ikke hendes hjemmehjælper",
         []),
        ("min kone har fået alzheimer og jeg vil gerne kunne være hendes mand og ikke bare hendes"
         " plejer", ["kone"]),
        ("jeg passer min mor hver dag men jeg vil gerne bare være hendes datter en gang imellem",
         ["mor"]),
        ("det skal være min søn der hjælper mig i bad", ["søn"]),
        ("hvis nogen skal hjælpe mig i bad skal det være min datter", ["datter"]),
        ("jeg vil gerne være sammen med min mand om aftenen", ["mand"]),
    ],
)  # fmt: skip
def test_role_played_for_someone_names_nobody(text, people):
    assert list(analyze(text, TODAY).people) == people


@pytest.mark.parametrize(
    "text",
    [
        "mor kommer ikke ud af lejligheden mere kun når min bror går ved siden af hende",
        "far kan ikke komme i bad mere, bare hvis hjemmeplejen hjælper ham",
        "jeg kan ikke gå i bad alene mere kun når min datter står ved siden af",
    ],
)
def test_help_only_when_beside_a_difficulty_stays_out(text):
    assert analyze(text, TODAY).independence is None


@pytest.mark.parametrize(
    ("text", "perspective"),
    [
        ("Vi bor i stueetagen. Jeg kan ikke gå ud alene, kun når min søn går med, men han bor i"
         " Odense.", "self"),
        ("vi har boet her i 40 år og min datter hun bor i Aarhus. jeg kan ikke gå ned til"
         " købmanden mere", "self"),
        ("min kone og jeg har boet her i mange år og hun står og puster på trappen", "other"),
    ],
)  # fmt: skip
def test_han_hun_of_a_named_person_is_no_couples(text, perspective):
    assert analyze(text, TODAY).perspective == perspective


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("mor ser ingen hele ugen vi kommer kun en halv time om søndagen men hun vil gerne i"
         " dagcentret to gange om ugen", []),
        ("hjemmeplejen er her kun et kvarter om morgenen men far vil gerne selv kunne smøre sin"
         " mad", []),
        ("hjemmehjælpen er her bare en halv time men jeg vil gerne selv støvsuge stuen", []),
        ("min datter kommer en time om søndagen men jeg vil gerne selv kunne gå ti minutter hver"
         " dag", [(10, "minut")]),
        ("han vil gerne kunne være der en time uden at sætte sig", [(1, "time")]),
    ],
)  # fmt: skip
def test_a_helpers_visit_length_is_no_measure(text, measures):
    found = analyze(text, TODAY).measures
    assert [(m.value, m.unit) for m in found] == measures
