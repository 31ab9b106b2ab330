"""Fix round 53 (fG): riding a horse is a pastime (fritid), its "tur" no walk.

- "ride", "rider", "ridning", "ridetur", … are fritid cues; "ride en tur" is fritid's phrase, so the
  ride's "tur" no longer names a walk; the horse alone names nothing, so the bed rail "sengehest"
  and the horse rugs "hestedækkenerne" stay what they are.
- Riding told of another, refused, or in a relative clause leaves the citizen's own walk a walk.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("øh jeg vil gerne kunne komme op på hesten og ride en tur igen til foråret ik", "fritid"),
        ("jeg vil gerne kunne ride en tur i skoven hver lørdag", "fritid"),
        ("mor vil gerne ride igen paa sin hest", "fritid"),
        ("a vil gjen ku rid en tur på æ hest", "fritid"),
        ("jeg vil gerne igen til ridning på rideskolen", "fritid"),
        ("hun vil så gerne op paa hesten igen og ride en lille tur", "fritid"),
        ("min far ville gerne kunne ride på sin pony igen", "fritid"),
        ("jeg vil gerne ride med til handicapridning om tirsdagen", "fritid"),
        # counter-examples: another's riding, riding refused, a rider in a relative clause
        (
            "min datter rider hver dag, jeg vil gerne kunne gå en tur med hende ned til stalden",
            "gang",
        ),
        ("jeg vil ikke ride mere, jeg vil bare gerne kunne gå en tur i skoven", "gang"),
        ("jeg vil gerne kunne gå en tur ned til marken hvor mit barnebarn rider", "gang"),
        # … and horses in a compound, other rides and walks
        ("jeg vil gerne kunne komme ud af sengen selv, jeg har en sengehest", "forflytning"),
        (
            "min kone har to heste og hun vil gerne kunne vaske hestedækkenerne selv i vores store "
            "maskine igen",
            "toejvask",
        ),
        ("jeg vil gerne kunne køre en tur på min cykel", "transport"),
        ("jeg vil gerne kunne gå en tur med hunden hver dag", "gang"),
        # names ending in "rid" and the homographs "redet" (the bed made), "reden" (the nest)
        # are no riding (review53 #11: activities.yaml word_cues and lemma_apart)
        ("min veninde Astrid", "socialt_samvaer"),
        ("jeg vil gerne kunne gaa i svoemmehallen med min veninde ingrid", "styrke_og_motion"),
        ("sengen er redet hver morgen, jeg vil gerne selv kunne komme op af den", "forflytning"),
    ],
)
def test_riding_is_a_pastime(text, activity):
    assert analyze(text, TODAY).activity == activity
