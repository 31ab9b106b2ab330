"""A spoken or dialect form the speller rewrites ("ku" → kunne, "int" → ikke, "mæ" → mig) must
not be a form of the lemma table: a content phrase that names one ("=kan|=ku") makes it a content
word, the trimmed lemma table gives it a lemma of its own ("ku" → "kue"), and it silently stops
being respelled (fix round 41 lost West Jutland readings that way). Phrases keep standard forms."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent / "content" / "da" / "nlp"

# spelling.yaml's maps whose keys are never standard written Danish ("typos" holds real words
# such as "længer"; "dialect_negations" the article "et": both are left out)
SPOKEN_MAPS = (
    "contractions",
    "after_verb",
    "dialect_pronouns",
    "dialect_words",
    "dialect_objects",
    "dialect_prepositions",
    "dialect_possessives",
    "dialect_periods",
)


def test_no_spoken_form_is_a_lemma_table_form():
    spelling = yaml.safe_load((ROOT / "spelling.yaml").read_text(encoding="utf-8"))
    forms = json.loads((ROOT / "lemmas.json").read_text(encoding="utf-8"))["forms"]
    spoken = {str(k).lower() for name in SPOKEN_MAPS for k in spelling[name]}
    assert len(spoken) > 20
    assert sorted(spoken & set(forms)) == []
