"""Fix round 46 (fC): a long reason is never cut between a subordinate clause and the time clause
after it ("… at jeg kan se på en hest, om den vinder, før den er startet" is not cut to "… om den
vinder": its point is the time), nor at the comma before an indirect question ("se på en hest, om
den vinder"); the cut falls before the clause they make up, or after it (nlp/compose.py
_whole_clauses, _grammar.yaml time_tail_leads / subordinate_tail_heads / question_if_leads).
Mends Viggo's reason (blind152_genbo_jonna_om_viggo)."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal


@pytest.mark.parametrize(
    ("told", "speaker", "said", "not_said"),
    [
        ("Han siger, at det er der, han hører til, og at han kan se på en hest, om den vinder, "
         "før den er startet. Han siger også, at han hellere vil dø på tribunen end i lænestolen.",
         "relative", "om den vinder, før den er startet", "vinder."),
        ("altså fordi det er der jeg hører til, og at jeg kan se på en hest, om den vinder, før "
         "den er startet, og jeg vil hellere dø på tribunen end i stolen derhjemme", "citizen",
         "før den er startet", "vinder."),
        ("øh fordi det er mit hjem, og at jeg kan høre på vejret, om det bliver regn, inden det "
         "kommer, det kan de unge ikke, og så vil jeg ikke sidde inde hele dagen og glo",
         "citizen", "inden det kommer", "regn."),
    ],
)  # fmt: skip
def test_a_time_clause_stays_with_the_clause_it_times(told, speaker, said, not_said):
    reason = reason_in_goal(told, speaker)
    assert said in reason and not_said not in reason, reason


@pytest.mark.parametrize(
    ("told", "speaker", "said"),
    [
        # a time clause after a main clause may still be where a long reason ends
        ("fordi jeg gerne vil hjem og lave mad til min mand, før han kommer hjem fra arbejde om "
         "aftenen, og så vil jeg også gerne kunne gå i haven og passe mine roser om sommeren",
         "citizen", "lave mad til min mand"),
        # "om" as a preposition after a comma opens no question
        ("fordi jeg har gået til kor hele mit liv, om onsdagen i kirken og om fredagen i "
         "forsamlingshuset, og fordi jeg savner at synge sammen med de andre i koret", "citizen",
         "gået til kor"),
    ],
)  # fmt: skip
def test_other_cuts_stay(told, speaker, said):
    assert said in reason_in_goal(told, speaker)
