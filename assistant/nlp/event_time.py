"""A time told by an event after the point: "… tage et styrtebad i svømmehallen efter
vandgymnastikken", "skylle munden efter maden", "trimme skægget inden barnebarnets
konfirmation". The event says when the deed is done, not what it is: its words weigh as side
words beside the deed the rest names (stance.yaml when_event_leads). A lead after a verb that
takes it ("lede efter nøglerne", "vente på", "rydde op efter") is no time (when_event_not_after).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon

Span = tuple[int, int]
GENITIVE_END = "s"  # "barnebarnets konfirmation": the owner before the event


def event_time_spans(words: Sequence[str], stops: Sequence[bool], lex: Lexicon) -> tuple[Span, ...]:
    """(lead, end) of each "efter/inden/før" + a noun phrase after something told; the noun
    phrase's determiners, possessives and one genitive, then its noun."""
    leads = lex.when_event_leads
    if leads.isdisjoint(words):
        return ()  # no such lead (most utterances)
    poss = frozenset(lex.classes.get("poss", ()))
    out: list[Span] = []
    for i, w in enumerate(words):
        if w not in leads or i == 0 or not _told_before(words, i, lex):
            continue
        if words[i - 1] in lex.when_event_not_after:
            continue  # "lede efter nøglerne": the thing looked for
        k = i + 1
        while k < len(words) and words[k] in poss:
            k += 1
        if k + 1 < len(words) and _genitive(words, k, stops, lex):
            k += 1  # "barnebarnets konfirmation"
        if k < len(words) and _noun(words, k, stops, lex):
            out.append((i, k + 1))
    return tuple(out)


def _told_before(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when a word other than a filler is said before token i in its clause."""
    for k in range(i - 1, -1, -1):
        if words[k] in lex.clause_breaks:
            return False
        if words[k] not in lex.fillers and words[k] != ",":
            return True
    return False


def _content_word(words: Sequence[str], k: int, stops: Sequence[bool], lex: Lexicon) -> bool:
    w = words[k]
    return (
        w.isalpha()
        and not (stops and stops[k])
        and w not in lex.run_on_subjects
        and w not in lex.fillers
    )


def _genitive(words: Sequence[str], k: int, stops: Sequence[bool], lex: Lexicon) -> bool:
    return words[k].endswith(GENITIVE_END) and _content_word(words, k, stops, lex)


def _noun(words: Sequence[str], k: int, stops: Sequence[bool], lex: Lexicon) -> bool:
    """True for a content word that is no verb after "at" and starts no clause of its own."""
    return _content_word(words, k, stops, lex) and words[k] not in lex.modifier_leads
