"""Fix round 43 (fA, blind145 Kim about Else): when the wish's own words choose its activity
("male porcelæn igen, kopper og tallerkener med blå blomster"), the word counts of the answer's
other sentences ("Hele familien drikker kaffe af hendes kopper.") do not overrule it: the
counts' second opinion is read from the wish's own sentence alone. A wish to eat or drink
itself stays eating beside another's hobby."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Hun vil så gerne tilbage på porcelænsholdet i aftenskolen og male porcelæn igen, kopper"
        " og tallerkener med blå blomster, som hun har gjort hver torsdag i over 30 år. Hele"
        " familien drikker kaffe af hendes kopper.",
        "øh min svigermor vil gerne male porcelaen igen, kopper og tallerkener. Hele familien"
        " drikker kaffe af hendes kopper.",
        "jeg vil gerne kunne male mine akvareller igen. børnebørnene spiser altid kage hos mig"
        " om søndagen",
        "min mor vil gerne strikke igen, sokker og huer til oldebørnene. De går med dem hele"
        " vinteren og drikker kakao.",
    ],
)
def test_the_wish_sentences_own_task_wins(said):
    assert analyze(said, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil gerne kunne drikke min kaffe selv af en kop igen. Min mand maler billeder hele"
        " dagen.",
        "jeg vil gerne kunne spise selv med kniv og gabel. familien maler påskeæg",
        "hun kan ikke drikke af sin kop mere fordi hun ryster",
    ],
)
def test_a_wish_to_eat_or_drink_stays_eating(said):
    assert analyze(said, TODAY).activity == "spise_og_drikke"
