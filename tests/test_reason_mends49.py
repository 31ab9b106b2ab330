"""Mends of review 49: reasons that today's reason filters lost whole.

Swearing is one table (content/da/nlp/swearing.yaml): an intensifier ("fandens svært", "helvedes
trapper", "pisse hårdt") is only left out, its clause kept; an outburst ("lort", "helvede") drops
its clause, and after a comma the join goes with it ("…, og jeg vil ud"); a body word ("røven")
is no swearing. Names joined with the citizen and a finite verb ("Anne Marie og jeg har …",
"Inge og jeg går …") are the citizen's own clause, not others' deed nor "så jeg kan Inge …".
A time said first keeps the negation's focus word with the negation ("jeg nu ikke længere kan
gå"). A named person's past drops the rest of the sentence only when
the rest points back to them as subject or owner, not for an object pronoun in the citizen's own
purpose ("så jeg vil passe dem for ham").
"""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_frame

GOALS = get_content("da").goals


def _frame(told: str, speaker: str = "citizen") -> tuple[str, str]:
    return reason_frame(told, GOALS, speaker)


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        ("Fordi det er fandens svært at komme ned ad trappen, og jeg savner mine veninder.",
         "citizen", "det er svært at komme ned ad trappen, og jeg savner mine veninder"),
        ("Fordi helvedes trapper gør at jeg ikke kommer ud, og jeg vil gerne ud.",
         "citizen", "trapper gør at jeg ikke kommer ud, og jeg vil ud"),
        ("øh fordi det er satans svaert at komme op ad trappen, og jeg savner min søster",
         "citizen", "det er svaert at komme op ad trappen, og jeg savner min søster"),
        ("fordi det er pisse hårdt at gå med stokken og jeg vil gerne ud igen",
         "citizen", "det er hårdt at gå med stokken og jeg vil ud igen"),
        ("fordi det er fandme svært for hende at komme ud, og hun savner sine veninder",
         "relative", "det er svært for mig at komme ud, og jeg savner mine veninder"),
        ("fordi de helvedes trapper gør at jeg ikke kommer ned",
         "citizen", "de trapper gør at jeg ikke kommer ned"),
        ("fordi naar jeg sidder inde bliver jeg sur og det er fandens kedeligt",
         "citizen", "jeg bliver sur, naar jeg sidder inde, og det er kedeligt"),
    ],
)  # fmt: skip
def test_an_intensifier_is_left_out_and_its_clause_kept(told, speaker, reason):
    assert _frame(told, speaker) == ("because", reason)


def test_an_intensifier_never_reaches_the_goal():
    told = "Fordi det er fandens svært at komme ned ad trappen, og jeg savner mine veninder."
    facts = {"activity": "fritid", "own_action": "gå ture", "speaker": "citizen"}
    goal = compose_goal({**facts, "reason_said": told}, GOALS)
    assert goal == (
        "Jeg vil kunne gå ture, fordi det er svært at komme ned ad trappen, og jeg savner mine"
        " veninder."
    )


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg ikke kan nå at pisse inden jeg skal ud",
         "jeg ikke kan nå at pisse inden jeg skal ud"),
        ("fordi jeg vil kunne skide selv uden hjemmeplejen", "skide selv uden hjemmeplejen"),
    ],
)  # fmt: skip
def test_a_verb_spelled_as_an_intensifier_stays(told, reason):
    assert _frame(told)[1] == reason


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        ("Fordi jeg ikke kan tørre mig i røven selv og det er flovt at spørge hjemmeplejen.",
         "citizen", "jeg ikke kan tørre mig i røven selv og det er flovt at spørge hjemmeplejen"),
        ("fordi jeg kan ikke selv tørre mig i røven og det er pinligt",
         "citizen", "jeg ikke selv kan tørre mig i røven og det er pinligt"),
        ("fordi hun ikke kan tørre sig i røven selv, og det er flovt for hende",
         "relative", "jeg ikke kan tørre mig i røven selv, og det er flovt for mig"),
    ],
)  # fmt: skip
def test_a_body_word_is_no_swearing(told, speaker, reason):
    assert _frame(told, speaker) == ("because", reason)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi det er noget lort at sidde inde, og jeg vil ud", "jeg vil ud"),
        ("fordi det ligner lort derude, og jeg vil selv rydde op", "jeg selv vil rydde op"),
        ("fordi det er noget lort at sidde inde hele dagen, men jeg vil ud", "jeg vil ud"),
    ],
)
def test_after_an_outburst_and_a_comma_the_join_goes_too(told, reason):
    assert _frame(told) == ("because", reason)


@pytest.mark.parametrize(
    "told",
    ["fordi det er noget lort at sidde inde, og hun gider ikke",
     "fordi det er noget lort at sidde inde hele dagen"],
)  # fmt: skip
def test_an_outburst_with_no_own_clause_after_it_stays_out(told):
    assert _frame(told) == ("", "")


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        ("Anne Marie og jeg har altid gået tur sammen.",
         "citizen", "Anne Marie og jeg altid har gået tur sammen"),
        ("Inge Lise og jeg har altid gaaet tur sammen om soendagen.",
         "citizen", "Inge Lise og jeg altid har gaaet tur sammen om soendagen"),
        ("øh Anne Marie og jeg har altid gået til banko sammen",
         "citizen", "Anne Marie og jeg altid har gået til banko sammen"),
        ("Karl Erik og jeg har altid gået tur sammen.",
         "citizen", "Karl Erik og jeg altid har gået tur sammen"),
        ("Inge Lise og hun har altid gaaet tur sammen",
         "relative", "Inge Lise og jeg altid har gaaet tur sammen"),
        ("Inge og jeg har altid gået tur sammen.",
         "citizen", "Inge og jeg altid har gået tur sammen"),
        ("Bente og jeg går til banko hver tirsdag",
         "citizen", "Bente og jeg går til banko hver tirsdag"),
        ("Maja og Ole og jeg har altid gået tur sammen.",
         "citizen", "Maja og Ole og jeg altid har gået tur sammen"),
    ],
)  # fmt: skip
def test_names_joined_with_the_citizen_are_the_citizens_clause(told, speaker, reason):
    assert _frame(told, speaker) == ("because", reason)


@pytest.mark.parametrize(
    "told", ["Røde Kors give os tøj", "Dansk Folkehjælp hente mig hver fredag", "Røde Kors og jeg"]
)
def test_an_organisations_deed_stays_out(told):
    assert _frame(told) == ("", "")


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        ("Nu kan jeg ikke længere gå i kirke.", "citizen", "jeg nu ikke længere kan gå i kirke"),
        ("nu kan jeg ikke mere gaa til banko", "citizen", "jeg nu ikke mere kan gaa til banko"),
        ("nu kan hun ikke længere komme i kirke",
         "relative", "jeg nu ikke længere kan komme i kirke"),
        ("nu kan jeg ikke engang gå på toilettet selv",
         "citizen", "jeg nu ikke engang kan gå på toilettet selv"),
        ("fordi jeg kan ikke mere gå til fodbold", "citizen", "jeg ikke mere kan gå til fodbold"),
    ],
)  # fmt: skip
def test_the_negations_focus_word_stays_with_it(told, speaker, reason):
    assert _frame(told, speaker) == ("because", reason)


def test_more_without_a_negation_stays_after_the_verb():
    assert _frame("nu kan jeg mere end før") == ("because", "jeg nu kan mere end før")


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Jeg savner haven og Jens plantede alle roserne, så jeg vil passe dem for ham.",
         "jeg savner haven, så jeg vil passe dem for ham"),
        ("fordi jeg savner kolonihaven og Ib byggede skuret, så jeg vil holde det for ham",
         "jeg savner kolonihaven, så jeg vil holde det for ham"),
        ("fordi jeg er alene og Else passede altid haven, og jeg vil gerne ud",
         "jeg er alene, og jeg vil ud"),
    ],
)  # fmt: skip
def test_the_citizens_own_purpose_after_a_named_past_stays(told, reason):
    assert _frame(told) == ("because", reason)


@pytest.mark.parametrize(
    "told",
    ["fordi jeg savner at have det pænt og Else holdt altid haven så fin, så det er min måde at"
     " holde hendes have på",
     "fordi jeg savner haven og Jens plantede roserne, så han ville have de blev passet"],
)  # fmt: skip
def test_a_rest_about_the_named_person_goes_with_the_story(told):
    assert _frame(told)[1] in ("jeg savner at have det pænt", "jeg savner haven")
