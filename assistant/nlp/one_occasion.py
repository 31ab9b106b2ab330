"""A frequency answer that counts one occasion before its every-phrase ("en tur hver søndag",
"en gåtur hver morgen"): the every-phrase alone says how often ("hver søndag")."""

from __future__ import annotations

from assistant.nlp.quantities import _occasion

ONE_OCCASION = 2  # the words of the count and its occasion: "en tur"


def without_one_occasion(span: list[str], words, start: int, times: float, lex) -> list[str]:
    """The frequency's words as said without a leading count of one occasion when an
    every-phrase follows it ("en tur hver søndag": "hver søndag"); "to ture hver søndag" and
    "tre ture om ugen" stay, the count there is how often."""
    k = start + ONE_OCCASION
    if times != 1 or len(span) <= ONE_OCCASION or k >= len(words):
        return span
    if words[start] in lex.every_words or not _occasion(words[start + 1], lex):
        return span
    return span[ONE_OCCASION:] if words[k] in lex.every_words else span
