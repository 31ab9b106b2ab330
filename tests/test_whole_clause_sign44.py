"""Fix round 44 (blind150 Bodil, speech): a long sign of success whose last clause is one kept
whole ("uden at stå og hive efter vejret") keeps it past max_words even when the clause has an
"og" of its own; the point of the sign is never cut off at that inner "og". A long sign that ends
in no such clause is cut as before. Real analyzer and content."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _criterion(said: str) -> str | None:
    return (analyze(said, TODAY).extras or {}).get("criterion")


@pytest.mark.parametrize(
    ("said", "end"),
    [
        ("at jeg kan gå hele ruten med de hundrede og tyve aviser på to timer og op i opgangene "
         "uden at stå og hive efter vejret", "uden at stå og hive efter vejret"),
        ("at jeg kan gå hele turen rundt om søen med rollatoren og hunden og hjem igen på en time "
         "og en kvart uden at sætte mig og puste ud", "uden at sætte mig og puste ud"),
        ("øh at jeg kan bære alle de tre poser med varer op ad trapperne til tredje sal og ind i "
         "køkkenet på en gang uden at stoppe og hvile mig", "uden at stoppe og hvile mig"),
        ("at min mor kan gå hele vejen ned til brugsen og hjem igen med rollatoren og tasken på en "
         "halv time uden at stå og støtte sig til hegnet", "uden at stå og støtte sig til hegnet"),
    ],
)  # fmt: skip
def test_a_whole_clause_with_its_own_og_ends_a_long_sign(said, end):
    assert (_criterion(said) or "").endswith(end)


def test_a_long_sign_with_no_whole_clause_is_cut_as_before():
    said = (
        "at jeg kan gå hele ruten med de mange aviser på to timer og op i opgangene og ud igen "
        "og så videre og ringe på og sige hej til folk og hjem"
    )
    assert _criterion(said) == (
        "gå hele ruten med de mange aviser på to timer og op i opgangene og ud igen og så videre"
    )
