"""A long reason cut at a clause's end, never inside a subordinate clause (round 29, clause4):
"… i huset, hvor jeg og min kone har boet …" is never cut to "… i huset, hvor jeg" (the "og" of
a subject of two is no clause join): the relative clause stays whole when the reason runs only a
little over its limit, else it goes whole. A reason said as people alone ("Børnene.") is no
"så jeg kan børnene"; a compound nurse is her own person; the lint sees such cuts."""

from __future__ import annotations

import pytest
from compose_support import SINGING, goal_of, reason_of
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp import analyzer_for


def _reason(told: str, speaker: str = "citizen") -> str:
    return reason_of(goal_of(SINGING, speaker=speaker, motivation=told))


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        # a relative clause whose subject is two people: it goes whole, no "hvor jeg"
        ("jeg vil ikke på plejehjem, og jeg vil blive boende i lejligheden, hvor jeg og min mand "
         "har boet siden vi blev gift i 1970, og passe mine blomster", "citizen",
         ", fordi jeg ikke vil på plejehjem, og jeg vil blive boende i lejligheden"),
        # a relative, typed without æøå
        ("hun vil ikke flytte, og hun vil gerne blive i huset, hvor hun og morfar har boet i over "
         "40 aar, og passe sin have og sine hoens", "relative",
         ", fordi jeg ikke vil flytte, og jeg vil blive i huset"),
        # "hvor" after an adverb ("igen, hvor"): a relative clause, no object of a verb
        ("han vil ikke sidde alene derhjemme hele dagen, og han vil ned i klubben igen, hvor han "
         "og hans gamle venner spiller kort om torsdagen og drikker kaffe", "relative",
         ", fordi jeg ikke vil sidde alene derhjemme hele dagen, og jeg vil ned i klubben igen"),
        # spoken, no commas: the run-on relative clause goes whole
        ("hun savner kirken og hun vil gerne synge med i koret igen hver søndag hvor hun og "
         "hendes veninde Karen altid sidder på anden række og synger", "relative",
         ", fordi jeg savner kirken og jeg vil synge med i koret igen hver søndag"),
        # "fordi" and "så" with a subject of two: never "fordi min datter", "så min søn"
        ("jeg vil ikke ligge min familie til last, og jeg vil gerne kunne klare mig selv, fordi "
         "min datter og hendes mand har travlt med deres egne børn og arbejde", "citizen",
         ", fordi jeg ikke vil ligge min familie til last, og jeg vil kunne klare mig selv"),
        ("jeg er så glad for min have, og jeg vil gerne passe den selv igen, så min søn og hans "
         "kone ikke skal køre herud hver weekend for at slå græsset for mig", "citizen",
         ", fordi jeg er så glad for min have, og jeg vil passe den selv igen"),
    ],
)  # fmt: skip
def test_a_long_reason_is_never_cut_inside_its_subordinate_clause(told, speaker, reason):
    assert _reason(told, speaker) == reason


@pytest.mark.parametrize(
    ("told", "speaker", "reason"),
    [
        # a little over the limit, the last clause a relative one: kept whole
        ("han vil gerne ud at fiske igen, og han savner havnen, hvor han og de andre gamle "
         "fiskere sidder og snakker om morgenen og drikker kaffe", "relative",
         ", fordi jeg vil ud at fiske igen, og jeg savner havnen, hvor jeg og de andre gamle "
         "fiskere sidder og snakker om morgenen og drikker kaffe"),
        ("øh fordi jeg savner dem og jeg vil gerne ned i den klub igen, hvor min bror og jeg har "
         "spillet billard hver tirsdag i mange mange år ikk", "citizen",
         ", fordi jeg savner dem og jeg vil ned i den klub igen, hvor min bror og jeg har spillet "
         "billard hver tirsdag i mange år"),
    ],
)  # fmt: skip
def test_a_relative_clause_a_little_over_the_limit_is_kept_whole(told, speaker, reason):
    assert _reason(told, speaker) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # people said alone, then a sentence that gives the reason: that one
        ("Børnene. Der er en lille pige, som lige var begyndt at læse, da jeg blev syg. Og jeg "
         "har brug for at gøre noget nyttigt.", ", fordi jeg har brug for at gøre noget nyttigt"),
        ("Kollegerne. Jeg savner at have noget at stå op til",
         ", fordi jeg savner at have noget at stå op til"),
        # alone: no reason in the goal rather than a modal without its verb
        ("Børnene.", ""),
        ("Pigerne", ""),
    ],
)  # fmt: skip
def test_people_said_alone_are_no_so_i_can_clause(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hjertesygeplejersken på sygehuset har lovet at ringe til ham de første uger",
         "hjertesygeplejerske"),
        ("øh kraeftsygeplejersken hjaelper hende med det", "kræftsygeplejerske"),
        ("og stomisygeplejersken kommer hver fredag", "stomisygeplejerske"),
        ("min nabo og hjemmesygeplejersken", "hjemmesygeplejerske"),
    ],
)  # fmt: skip
def test_a_compound_nurse_is_her_own_person(text, person):
    from datetime import date  # noqa: PLC0415

    analyze = analyzer_for(get_content("da")).analyze
    assert person in analyze(text, date(2026, 12, 4)).people


@pytest.mark.parametrize(
    "goal",
    [
        "Jeg vil selv kunne veje mig, fordi jeg ikke vil indlægges igen, og jeg vil blive boende "
        "i huset, hvor jeg.",
        "Jeg vil kunne bo i huset, hvor jeg og min kone.",
        "Jeg vil kunne gå en tur, så jeg.",
        "Jeg vil kunne gå i kirke, fordi jeg ikke.",
        "Jeg vil kunne gå i haven, og før.",
        "Jeg vil kunne cykle, hvor.",
    ],
)
def test_the_lint_sees_a_clause_cut_after_its_lead(goal):
    assert any(p.startswith("a clause cut") for p in grammar_problems(goal)), goal


@pytest.mark.parametrize(
    "goal",
    [
        "Jeg vil kunne gå ned i klubben, hvor han og vennerne spiller kort.",
        "Jeg vil kunne gå ud, hvor jeg og min hund gik.",
        "Jeg vil kunne nå bussen, når jeg skal.",
        "Jeg vil gå ud, når jeg når bussen.",
        "Jeg vil kunne gå lige så langt som jeg.",
        "Jeg vil kunne gå en tur, før min mand står op.",
    ],
)
def test_the_lint_leaves_a_whole_clause_alone(goal):
    assert not [p for p in grammar_problems(goal) if p.startswith("a clause cut")], goal
