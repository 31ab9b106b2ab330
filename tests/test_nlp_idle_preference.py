"""A refusal's excuse (fix round 35, blind73): after a refusal or a trouble, a preference for
doing nothing much ("… og vil hellere se fodbold", "hun siger hun hellere vil blive hjemme") is
no wish; the refused doing stays the activity. A preference for a doing of one's own after a
refusal ("jeg vil hellere passe min have selv") stays the wish."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        (
            "min svigerfar gider ikke lave de ovelser fysioterapeuten har givet ham efter"
            " knaeoperationen, han siger det er spild af tid og vil hellere se fodbold",
            "styrke_og_motion",
        ),
        ("mor vil ikke gaa sine ture mere hun siger hun hellere vil sidde og se fjernsyn", "gang"),
        ("hun gider ikke gå med rollatoren ud, hun vil hellere blive hjemme og se tv", "gang"),
        (
            "far gider altså ikke lave de der øvelser med elastikken ikk han vil bare hellere ligge"
            " på sofaen",
            "styrke_og_motion",
        ),
        ("min mand vil ikke i bad mere, han siger han helst vil være i fred", "vask_og_hygiejne"),
    ],
)
def test_an_idle_preference_after_a_refusal_is_no_wish(text, activity):
    facts = analyze(text, TODAY)
    assert facts.stance != "wish"
    assert facts.activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        (
            "nej jeg vil ikke i dagcentret og spille banko jeg vil hellere passe min have selv",
            "fritid",
        ),
        (
            "far han vil ikke have flextrafik han siger det er for gamle mennesker han vil hellere"
            " cykle på sin elcykel til kirken",
            "transport",
        ),
        (
            "jeg gider ikke det hold paa centret, jeg vil hellere gaa en tur hver dag med hunden",
            "gang",
        ),
    ],
)
def test_a_preference_for_a_doing_stays_the_wish(text, activity):
    facts = analyze(text, TODAY)
    assert (facts.stance, facts.activity) == ("wish", activity)
