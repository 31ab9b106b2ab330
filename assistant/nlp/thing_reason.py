"""A reason said as a bare negated infinitive of what befalls a thing ("far plantede dem. ikke
forfalde.") is the thing's, not the citizen's: "så de ikke forfalder", never "så jeg ikke skal
forfalde". The subject is the last object pronoun said before it as its subject form
(grammar.thing_pronouns: "dem" → "de"), else grammar.thing_subject_default ("det")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_ENDS = ".!?"


def thing_subject_said(text: str, g: Grammar) -> str:
    """The text with each sentence that opens with a negation and a verb of
    grammar.thing_subject_verbs said as a purpose with the thing as its subject ("ikke forfalde."
    → "så de ikke forfalder."); the text as said when there is none."""
    if not g.thing_subject_verbs or not g.so_word:
        return text
    words = text.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        opens = k == 0 or words[k - 1][-1:] in _ENDS
        verb = words[k + 1] if k + 1 < len(words) else ""
        if opens and _b(word) in g.negations and _b(verb) in g.thing_subject_verbs:
            lead = g.so_word.capitalize() if word[:1].isupper() else g.so_word
            stem = verb.rstrip(EDGE)
            present = g.present_of(stem) + verb[len(stem) :]
            out += [lead, _subject_before(words[:k], g), word.lower(), present]
            k += 2
            continue
        out.append(word)
        k += 1
    return " ".join(out) if len(out) != len(words) else text  # else as said, line breaks kept


def _subject_before(words: list[str], g: Grammar) -> str:
    """The subject form of the last object pronoun of thing_pronouns said in words, else the
    default subject."""
    for word in reversed(words):
        if (subject := g.thing_pronouns.get(_b(word))) is not None:
            return subject
    return g.thing_subject_default
