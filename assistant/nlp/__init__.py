"""Danish understanding: `analyze(text, today)` returns the goal facts of one utterance."""

from __future__ import annotations

from datetime import date

from assistant.nlp.facts import Facts, Frequency, Measure
from assistant.nlp.startup import gc_frozen, gc_paused, import_spacy

__all__ = ["Facts", "Frequency", "Measure", "analyze", "analyzer_for", "get_analyzer"]


def analyzer_for(content):
    """Return the analyzer built from this Content (once per process); `.analyze(text, today)`."""
    with gc_paused():
        import_spacy()
        from assistant.nlp.extract import analyzer_for as build  # noqa: PLC0415  (lazy spaCy)

        return build(content)


def get_analyzer(lang: str = "da"):
    """Return the process-wide analyzer for `lang`, built from content on first use."""
    with gc_paused():
        import_spacy()
        from assistant.nlp.extract import cached_analyzer  # noqa: PLC0415  (lazy spaCy)

        built = cached_analyzer.cache_info().misses
        found = cached_analyzer(lang)
        if cached_analyzer.cache_info().misses > built:
            gc_frozen()  # just built: what it holds lives as long as the process
        return found


def analyze(text: str, today: date | None = None, lang: str = "da") -> Facts:
    """Return the facts in one Danish utterance, resolving dates against `today`."""
    return get_analyzer(lang).analyze(text, today or date.today())
