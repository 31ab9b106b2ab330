"""Refused people are never helpers (blind161 Sabiha, Vagn, Herluf): an object put first in
second-language order ("så ham jeg spørger ikke"); an offer the speaker says no to after "men",
whatever follows the no ("…, men nej, han vil bare have mig til at sidde i bilen"); an offer
ruled out with "skal ikke" even without a no ("…, men han skal ikke sidde og vente"); advice
quoted after a comma ("min datter synes, jeg skal betale en maler") makes an advisor, no helper,
unless help is told of them too. Counter-examples: help with another thing after "men", a
worry ("hun skal ikke bekymre sig", "han vil ikke have, at jeg falder") and a helper's own
limit ("men hun kan ikke om lørdagen") keep the person. Through the real engine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from engine_support import answered_until, as_citizen
from engine_support import go as answer

from assistant.content.files import Problems, read_yaml

WALK = {
    "wish": "jeg vil gerne gaa med vandreklubben igen",
    "measure": "den korte rute paa 7 kilometer",
    "frequency": "hver søndag",
    "deadline": "til påske",
    "independence": "selv",
}


def _people(said: str) -> list:
    turn = answered_until(as_citizen(), WALK, "people")
    return answer(turn, said).state.slots.get("people") or []


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        # the object put first, the subject before the verb (second-language order)
        (
            "Min nabo Fatma hjælper mig med spanden. Min søn siger vi skal betale firma, saa ham "
            "jeg sporger ikke.",
            "nabo",
            "søn",
        ),
        (
            "min veninde kører mig. min datter hun har tre børn, hende jeg beder ikke",
            "veninde",
            "datter",
        ),
        (
            "Naboen hjælper. Min svigersøn, ham jeg vil ikke spørge, han arbejder hele tiden.",
            "nabo",
            "svigersøn",
        ),
        ("Naboen hjælper mig. Min søn Ali, nej, ham jeg sporger ikke.", "nabo", "søn"),
        ("Min kone hjælper. Min søn? Ham jeg spørger ikke.", "kone", "søn"),
        # … and in Danish order
        (
            "øh min bror kommer og hjælper, men min søster, hende gider jeg ikke bede",
            "bror",
            "søster",
        ),
        ("Min ven henter mig. Min søn vil jeg ikke belaste.", "ven", "søn"),
    ],
)
def test_an_object_put_first_refuses_the_person_named_before(said, kept, refused):
    people = _people(said)
    assert kept in people, people
    assert refused not in people, people


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Min makker fra klubben kører mig. Min søn vil gerne hente mig, men nej, han vil "
            "bare bestemme det hele.",
            "makker",
            "søn",
        ),
        (
            "min nabo går med mig. min svigerdatter tilbyder at køre, men nej altså, hun har jo "
            "småbørn",
            "nabo",
            "svigerdatter",
        ),
        (
            "Min veninde hjælper. Min datter vil gerne komme, men nej, jeg tager bussen.",
            "veninde",
            "datter",
        ),
        # a relative telling of the citizen in the third person
        (
            "Naboen hjælper hende. Svigersønnen vil gerne køre hende, men nej, han vil bare have "
            "hende til at sidde i bilen.",
            "nabo",
            "svigersøn",
        ),
        ("Naboen hjælper hende, men hun vil ikke have svigersønnen til det.", "nabo", "svigersøn"),
    ],
)
def test_an_offer_the_speaker_says_no_to_is_turned_down(said, kept, refused):
    people = _people(said)
    assert kept in people, people
    assert refused not in people, people


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Min veninde går med. Min kone vil gerne køre mig, men hun skal ikke sidde og vente "
            "hele formiddagen.",
            "veninde",
            "kone",
        ),
        (
            "naboen kører mig. min søn tilbyder at hente mig men han skal ikke tage fri fra "
            "arbejde for min skyld",
            "nabo",
            "søn",
        ),
    ],
)
def test_an_offer_ruled_out_with_skal_ikke_is_turned_down_without_a_no(said, kept, refused):
    people = _people(said)
    assert kept in people, people
    assert refused not in people, people


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Barnebarnet hjælper mig. Min søn mener, at jeg skal have en gartner, men jeg har "
            "været gartner i 40 år.",
            "barnebarn",
            "søn",
        ),
        (
            "min datter siger, jeg skal købe færdigretter, men jeg kan selv lave mad. naboen "
            "handler for mig",
            "nabo",
            "datter",
        ),
        (
            "Naboen hjælper. Svigerdatteren synes, at jeg skal have rengøringshjælp, men det vil "
            "jeg ikke.",
            "nabo",
            "svigerdatter",
        ),
    ],
)
def test_a_proposal_answered_by_a_contradiction_is_no_help(said, kept, refused):
    people = _people(said)
    assert kept in people, people
    assert refused not in people, people


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min søn skal ikke gøre det for mig, men han må gerne køre mig", "søn"),
        ("nej tak til hjemmeplejen, men min datter hjælper", "datter"),
        ("Min søn går med mig. Han vil ikke have, at jeg falder.", "søn"),
        ("min søn synes, jeg skal tage en taxa, men han kører mig gerne", "søn"),
        ("min datter hjælper mig, men hun skal ikke bære de tunge ting", "datter"),
        ("min kone vil gerne med, hun skal ikke bekymre sig", "kone"),
        ("min datter vil gerne hjaelpe, men hun kan ikke om lordagen", "datter"),
        ("min søn hjælper mig, ham spørger jeg altid", "søn"),
        # the review of fix round 49: help told as done with "gerne" is no offer, and a limit
        # set by others ("må ikke løfte") is no refusal of the speaker's
        ("Min datter hjælper mig gerne, men hun skal ikke bære de tunge ting.", "datter"),
        pytest.param(
            "min datter handler gerne for mig men hun skal ikke slæbe kartoflerne",
            "datter",
            marks=pytest.mark.xfail(
                strict=True,
                reason="older people.yaml refusal pattern ('<person> hun skal … ikke') turns an "
                "errand told as done ('handler for mig') plus a limit into a refusal (as before)",
            ),
        ),
        (
            "Min søn vil gerne hjælpe mig med indkøbene, men han må ikke løfte noget efter sin "
            "operation.",
            "søn",
        ),
        pytest.param(
            "min svigersøn vil gerne køre, men han maa ikke køre om natten for sine øjne",
            "svigersøn",
            marks=pytest.mark.xfail(
                strict=True,
                reason="older people.yaml refusal pattern ('<person> han må … ikke') refuses an "
                "open offer when the limit repeats the offered verb; so at a0538a52",
            ),
        ),
    ],
)
def test_help_with_another_thing_a_worry_or_a_limit_keeps_the_person(said, person):
    assert person in _people(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # the review of fix round 49 (4.5): a no that corrects the speaker's own words, a limit
        # of theirs ("kan kun", "ka bare om") or "så" and an acceptance after it
        (
            "Min datter vil gerne hjælpe, men nej, hun kan altså kun om lørdagen, så det er fint.",
            "datter",
        ),
        ("min svigersøn vil gerne køre mig, men nae, han ka bare om aftenen", "svigersøn"),
        ("Min søn vil gerne hente mig men nej altså han kan kun efter fire, det går fint", "søn"),
        ("hendes nabo vil gerne gå med hende, men nej, så det er fint om onsdagen", "nabo"),
    ],
)
def test_a_no_that_corrects_the_speaker_keeps_the_helper(said, person):
    assert person in _people(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # counter-examples: no limit after the no, a limit denied, an acceptance without "så"
        ("min søn vil gerne hjaelpe men nej han kan bare ikke finde ud af det", "søn"),
        ("Min datter vil gerne komme, men nej, det er fint, jeg tager bussen.", "datter"),
        ("min mand vil gerne køre, men nej, han vil bare bestemme det hele", "mand"),
    ],
)
def test_a_no_without_a_limit_still_turns_the_offer_down(said, person):
    assert person not in _people(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # the review of fix round 49 (4.6): advice, then help told by "og han/hun", of a person
        # of either gender ("naboen") as of one of known gender
        ("Min nabo synes, jeg skal have en rollator, og hun hjælper mig med at handle.", "nabo"),
        ("naboen siger jeg skal tage taxa og han kører mig til lægen", "nabo"),
        ("min veninde synes jeg skal have en stok, og hun handler for mig", "veninde"),
    ],
)
def test_advice_then_help_told_after_og_makes_a_helper(said, person):
    assert person in _people(said)


@pytest.mark.parametrize(
    "said",
    [
        # counter-examples: no help told after the advice
        "Min nabo synes, jeg skal have en rollator, og han har nok ret.",
        "naboen siger, jeg skal tage taxa, og hun er selv syg",
    ],
)
def test_advice_without_help_after_it_is_no_help(said):
    assert "nabo" not in _people(said)


# The one refusal table (content/da/nlp/refusals.yaml): its readers are found by the scan of
# tests/test_refusal_table49.py; here only the loader's splice.
CONTENT = Path(__file__).resolve().parents[1] / "content" / "da"


def _raw(rel: str) -> dict:
    return yaml.safe_load((CONTENT / rel).read_text("utf-8"))


def test_an_unknown_list_of_the_table_is_a_content_problem(tmp_path):
    root = tmp_path / "da"
    (root / "nlp").mkdir(parents=True)
    shutil.copy(CONTENT / "nlp" / "refusals.yaml", root / "nlp" / "refusals.yaml")
    path = root / "nlp" / "x.yaml"
    path.write_text('language: da\nwords: ["<refusals.spoken_no>", "<refusals.nothing>", ja]\n')
    problems = Problems()
    data = read_yaml(path, "da", problems)
    assert data["words"] == [*_raw("nlp/refusals.yaml")["spoken_no"], "ja"]
    assert any("x.yaml" in p and "<refusals.nothing>" in p for p in problems.items)
