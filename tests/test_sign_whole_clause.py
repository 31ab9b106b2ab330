"""A sign's last clause kept whole ("…, uden at jeg er faldet eller har måttet ringe efter ham"):
the point of the sign, not cut with a long answer, and said in its own tenses (round 30)."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said
from test_nlp_rules import facts

from assistant.content import get_content
from assistant.nlp.signs import present_of_perfect

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("at hun har gaaet ned til brugsen og kobt maelk og brod og er kommet hjem igen med sin "
         "rollator uden at hun er faldet eller har ringet til os",
         "have gået ned til Brugsen og købt mælk og brod og være kommet hjem igen med sin "
         "rollator uden at hun er faldet eller har ringet til os"),
        ("at han selv har vasket sig og taget toejet paa og barberet sig og spist morgenmad ved "
         "bordet inden ni uden at nogen fra hjemmeplejen har staaet og ventet paa ham",
         "have vasket sig og taget tøjet på og barberet sig og spist morgenmad ved bordet inden "
         "ni uden at nogen fra hjemmeplejen har stået og ventet på ham"),
        ("at jeg har hængt vasketøjet op på stativet og lagt det sammen og båret det ind i "
         "skabet i soveværelset, uden at min datter skal hjælpe mig med det",
         "have hængt vasketøjet op på stativet og lagt det sammen og båret det ind i skabet i "
         "soveværelset, uden at min datter skal hjælpe mig med det"),
        ("øh at jeg kan gå fra sengen ud på badeværelset og tilbage igen om natten og lægge mig "
         "til rette uden at jeg er faldet eller har trykket på nødkaldet",
         "gå fra sengen ud på badeværelset og tilbage igen om natten og lægge mig til rette "
         "uden at jeg er faldet eller har trykket på nødkaldet"),
        ("altså at jeg har lavet maden og dækket bord og spist sammen med Kaj og vasket op "
         "bagefter uden at jeg har været nødt til at sætte mig",
         "have lavet maden og dækket bord og spist sammen med Kaj og vasket op bagefter uden at "
         "jeg har været nødt til at sætte mig"),
        ("at han kan gå ned i kælderen og hente kartofler og løg op og sætte dem i køkkenet "
         "uden at nogen venter på ham nede ved trappen",
         "gå ned i kælderen og hente kartofler og løg op og sætte dem i køkkenet uden at nogen "
         "venter på ham nede ved trappen"),
    ],
)  # fmt: skip
def test_a_long_signs_last_clause_with_its_own_subject_is_kept_whole(text, criterion):
    assert facts(text).extras.get("criterion") == criterion


@pytest.mark.parametrize(
    ("wish", "said", "end"),
    [
        ("jeg vil gerne selv kunne gaa ned til bageren igen",
         "At jeg selv er gået derned med rollatoren og har købt rundstykker og er kommet hjem "
         "igen, uden at jeg er faldet eller har måttet sætte mig.",
         "komme hjem igen, uden at jeg er faldet eller har måttet sætte mig."),
        ("jeg vil gerne kunne tage bussen ind til byen",
         "øh at jeg er kommet ind til byen med bussen og har været i Føtex og er kommet hjem "
         "igen, uden at min søn har skullet hente mig",
         "komme hjem igen, uden at min søn har skullet hente mig."),
        ("jeg vil gerne kunne komme i bad selv",
         "at jeg er kommet ind i badet og har vasket mig og håret og er kommet ud igen og har "
         "tørret mig, uden at nogen har stået og holdt mig",
         "tørre mig, uden at nogen har stået og holdt mig."),
        ("jeg vil gerne kunne lave aftensmad igen",
         "at jeg har skrællet kartoflerne og stegt frikadellerne og har dækket bord til os to, "
         "uden at jeg har været nødt til at sidde ned undervejs",
         "dække bord til os to, uden at jeg har været nødt til at sidde ned undervejs."),
        ("jeg vil gerne kunne gå en tur i skoven igen",
         "altså at jeg er gået hele runden om søen med min stok og er kommet hjem igen, uden at "
         "jeg er faldet eller er blevet helt udmattet",
         "komme hjem igen, uden at jeg er faldet eller er blevet helt udmattet."),
        ("jeg vil gerne kunne handle selv igen",
         "at jeg har været nede i Netto og har fyldt kurven og har båret poserne hjem til "
         "lejligheden, uden at jeg har skullet ringe efter min datter",
         "uden at jeg har skullet ringe efter min datter."),
        ("jeg vil gerne kunne gaa paa biblioteket",
         "at jeg er gaaet derhen med stokken og har lånt to bøger og er gaaet hjem igen, uden at "
         "jeg har mistet pusten eller er faldet",
         "gå hjem igen, uden at jeg har mistet pusten eller er faldet."),
    ],
)  # fmt: skip
def test_the_goal_keeps_the_clause_kept_whole_after_a_long_signs_first_clause(
    content, wish, said, end
):
    goal = _goal(_said(_at(content, wish, "measure"), content, said), content)
    assert end.rstrip(".") in goal


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("have vasket mig og er kommet ud igen, uden at nogen har stået og holdt mig",
         "vaske mig og komme ud igen, uden at nogen har stået og holdt mig"),
        ("have ryddet op i køkkenet og vasket op uden at min datter har stået og tørret af",
         "rydde op i køkkenet og vaske op uden at min datter har stået og tørret af"),
        ("være kommet ud af sengen og har taget tøj på, uden at han har hjulpet og trukket i mig",
         "komme ud af sengen og tage tøj på, uden at han har hjulpet og trukket i mig"),
        ("være gået ned i haven og har luget bedet, når min søn har hentet mig og kørt mig hjem",
         "gå ned i haven og luge bedet, når min søn har hentet mig og kørt mig hjem"),
    ],
)  # fmt: skip
def test_a_clause_of_its_own_in_a_perfect_sign_keeps_its_tenses(said, written):
    assert " ".join(present_of_perfect(said.split(), G)) == written
