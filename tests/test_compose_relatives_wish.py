"""A relative's wish keeps the citizen's own words (issue 8, § 83 a): the relative's own part in
it (their "jeg" in a clause, their "mig" as company or help) is turned or left out, never the
whole wish replaced by the activity's label."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose

CONTENT = get_content("da")


def _goal(activity: str, wish: str, speaker: str = "relative", speaker_as=None) -> str:
    facts = {"activity": activity, "own_action": wish, "speaker": speaker, "speaker_as": speaker_as}
    return compose(facts, CONTENT.goals)[0]


@pytest.mark.parametrize(
    ("activity", "wish", "said", "not_said"),
    [
        ("vask_og_hygiejne", "klippe sine negle selv i stedet for at jeg gør det hver søndag",
         "klippe mine negle", "i stedet"),
        ("madlavning", "lave sin egen kaffe om morgenen i stedet for at vi skal komme og lave den",
         "lave min egen kaffe om morgenen", "i stedet"),
        ("rengoering", "tage skraldet med ned selv i stedet for at lade det stå til jeg kommer",
         "tage skraldet med ned", "i stedet"),
        ("paaklaedning", "tage sine sko på i stedet for at jeg skal bukke mig ned hver morgen",
         "tage mine sko på", "bukke"),
    ],
)  # fmt: skip
def test_a_relatives_instead_clause_of_their_own_doing_leaves_the_wish(
    activity, wish, said, not_said
):
    """ "… i stedet for at jeg gør det": what the relative does now is no part of the goal; the
    citizen's doing before it is the goal, not the activity's label."""
    text = _goal(activity, wish)
    assert said in text, text
    assert not_said not in text, text


@pytest.mark.parametrize(
    ("activity", "wish", "said"),
    [
        ("gang", "gå til lægen selv i stedet for at tage en taxa",
         "gå til lægen i stedet for at tage en taxa"),
        ("madlavning", "lave varm mad selv igen i stedet for at få mad fra kommunen",
         "lave varm mad igen i stedet for at få mad fra kommunen"),
    ],
)  # fmt: skip
def test_the_citizens_own_instead_clause_stays(activity, wish, said):
    assert said in _goal(activity, wish, speaker="citizen"), _goal(activity, wish, "citizen")


@pytest.mark.parametrize(
    ("activity", "wish", "speaker_as", "said"),
    [
        ("fritid", "i teatret igen sammen med mig", "min datter",
         "i teatret igen sammen med min datter"),
        ("fritid", "spille kort med mig om aftenen", None, "spille kort med familien om aftenen"),
        ("indkoeb", "handle i netto igen med lidt hjælp fra mig", "min søn",
         "handle i netto igen med lidt hjælp fra min søn"),
        ("styrke_og_motion", "ud at cykle med mig igen", "min mand",
         "ud at cykle med min mand igen"),
        ("gang", "turde gå ned til havnen sammen med mig", None,
         "turde gå ned til havnen sammen med familien"),
        ("daglige_rutiner", "betale regningerne på netbank med hjælp fra mig i starten", None,
         "betale regningerne på netbank med hjælp fra familien i starten"),
        ("rengoering", "holde sit hus pænt selv med lidt hjælp fra mig", "min kone",
         "holde mit hus pænt"),
    ],
)  # fmt: skip
def test_a_relative_as_company_or_help_in_the_wish_is_named_as_the_citizen_sees_them(
    activity, wish, speaker_as, said
):
    """A relative's "med mig", "sammen med mig", "med hjælp fra mig": their role ("min datter")
    or, unknown, the family; the wish stays the citizen's own."""
    text = _goal(activity, wish, speaker_as=speaker_as)
    assert said in text, text
    assert " mig" not in text.replace("med mig selv", ""), text


def test_a_relatives_mig_as_the_object_of_the_doing_still_leaves_the_wish_out():
    """ "ringe til mig": the relative is what the doing is about; unknown, no guess is made."""
    text = _goal("kommunikation", "ringe til mig om søndagen")
    assert "ringe til mig" not in text, text


@pytest.mark.parametrize(
    ("wish", "speaker_as", "said"),
    [
        ("gå ned til stranden igen sammen med mig", "min søn", "sammen med min søn"),
        ("i svømmehallen om fredagen med mig", None, "med familien"),
    ],
)  # fmt: skip
def test_a_relative_said_as_company_is_no_second_helper(wish, speaker_as, said):
    """ "… sammen med min søn" says who helps: no "med hjælp fra andre" after it."""
    facts = {"activity": "fritid", "own_action": wish, "speaker": "relative",
             "speaker_as": speaker_as, "independence": "med_hjaelp"}  # fmt: skip
    text = compose(facts, CONTENT.goals)[0]
    assert said in text, text
    assert "hjælp fra" not in text, text


@pytest.mark.parametrize(
    ("activity", "wish", "said", "not_said"),
    [
        ("vask_og_hygiejne", "rede sit hår selv om morgenen nu er det mig der gør det",
         "rede mit hår om morgenen", "nu er"),
        ("rengoering", "vande blomsterne og det vil jeg også gerne have at hun gør",
         "vande blomsterne", "det vil"),
        ("madlavning", "smøre sine egne madder igen det er mig der smører dem nu",
         "smøre mine egne madder igen", "smører"),
    ],
)  # fmt: skip
def test_a_relatives_own_sentence_run_on_after_the_wish_leaves_it(activity, wish, said, not_said):
    """ "… nu er det mig der gør det": the relative's own sentence after the wish, no mark
    between, is no part of it; the wish before it is the goal, not the activity's label."""
    text = _goal(activity, wish)
    assert said in text, text
    assert not_said not in text, text
