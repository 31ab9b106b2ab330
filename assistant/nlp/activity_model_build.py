"""Build content/<lang>/nlp/activity_model.json: the golden corpus counted through the pipeline.

Apart from activity_model.py, which the analyzer imports: building needs the analyzer itself.
"""

from __future__ import annotations

from pathlib import Path

from assistant.content import load_content
from assistant.nlp import shipped_table
from assistant.nlp.activity_model import FILE_NAME, count_table, golden_cases
from assistant.nlp.extract import Analyzer


def table_for(lang_root: Path) -> dict:
    """The table the golden corpus of lang_root's language gives, through today's pipeline."""
    lang = lang_root.name
    corpus = lang_root.parent.parent / "tests" / lang / "analyze"
    analyzer = Analyzer(load_content(lang, lang_root.parent), second_opinion=False)
    labelled = [(analyzer.model_features(text), aid) for _f, text, aid in golden_cases(corpus)]
    return count_table(labelled, lang)


def build(lang_root: Path) -> Path:
    """Write lang_root/nlp/activity_model.json and return its path."""
    out = lang_root / "nlp" / FILE_NAME
    return shipped_table.write(out, table_for(lang_root))
