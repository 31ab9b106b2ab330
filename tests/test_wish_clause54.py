"""Fix round 54 (f5): the wish clause's own doing before an occasion or a trouble (blind88, 91).

"mor vil gerne kunne gaa i sandet nede ved vandet naar vi er i sommerhuset til sommer": the
family's stay ("når vi …", told of a relative, clauses.occasion_spans) is an occasion, and after
a wish its words weigh as side words also when what is left is a capacity such as walking
(nlp/extract.py `_wish_before`); before, only a task left over was kept.

"Jeg vil gerne selv lave gullasch …, men jeg kan ikke skære kødet": when no rule reads the wish's
own words and the rules' activity is named only in the part that tells a difficulty, the
thesaurus's reading of the wish's own words (semantic_cues) wins (`_trouble_named`).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)

CASES = [
    # the walk wished, the family's stay only when
    (
        "mor vil gerne kunne gaa i sandet nede ved vandet naar vi er i sommerhuset til sommer",
        "gang",
    ),
    ("øh mor hun vil så gerne kunne gå på stranden igen når vi kommer op i sommerhuset", "gang"),
    ("min far vil gerne kunne gå ned til stranden når vi er i sommerhuset", "gang"),
    ("far vil gerne kunne gå en tur i skoven når vi er på ferie", "gang"),
    # the wish's own task after the occasion stays the task
    ("min mor vil gerne kunne bade selv når vi er i sommerhuset", "vask_og_hygiejne"),
    ("jeg vil gerne kunne lave mad når mine børnebørn kommer", "madlavning"),
    # the summer house is the wish's own, no occasion: a pastime
    ("mor vil gerne med i sommerhuset når vi tager derop", "fritid"),
    # no wish before the occasion: the company or the place still tells
    ("jeg bliver så glad når mine børnebørn kommer på besøg", "socialt_samvaer"),
    ("min far kan ikke gå på stranden når vi er i sommerhuset", "fritid"),
    # a refusal is no wish
    ("mor vil ikke med i sommerhuset når vi kører derop", "transport"),
]


@pytest.mark.parametrize(("text", "activity"), CASES)
def test_occasion_after_the_wish(text, activity):
    assert analyze(text, TODAY).activity == activity


TROUBLE_BESIDE = [
    # the dish wished, which no cue names, before the trouble's eating words
    ("Jeg vil gerne selv lave gullasch til min mand, som jeg gjorde i Ungarn, men jeg kan ikke "
     "skære kødet med min hånd.", "madlavning"),
    ("jeg vil gerne selv lave lasagne igen men jeg kan ikke skære løget", "madlavning"),
    ("jeg vil gerne lave pita til familien men jeg kan ikke holde kniven", "madlavning"),
    # the wish's own words read by a rule keep it; a story beside a wish is no trouble
    ("jeg vil gerne kunne spise min frokost selv men jeg kan ikke skære kødet", "spise_og_drikke"),
    ("jeg vil gerne se mine børnebørn men jeg kan ikke gå ned ad trappen", "socialt_samvaer"),
    ("Inden min fødselsdag den 3. marts. Den vil jeg fejre på konditoriet.", "socialt_samvaer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "activity"), TROUBLE_BESIDE)
def test_the_wishs_own_words_before_the_troubles(text, activity):
    assert analyze(text, TODAY).activity == activity
