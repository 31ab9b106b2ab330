"""A wish that points back at a deed told as done: "… har altid solgt lodsedler i teltet og det
vil jeg gerne igen" wishes "sælge lodsedler i teltet".

The deed is the participle after a perfect auxiliary ("har altid lavet frikadeller til ham på hans
fødselsdag") up to where the told clause ends (a mark, "og det …", a new subject); its
participles become infinitives ("stået og solgt" → "stå og sælge"). A wish with a verb of its own
("det vil jeg gerne, men jeg vil hellere bage") keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar

_AUX_REACH = 3  # words between the auxiliary and its participle ("har jeg altid stået")
_DEED_MAX = 10  # words of a told deed kept


def told_again(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase as the deed it points back at, with what the wish adds after it (a
    place or an occasion: "til byfesten"); `action` as it is when the wish has its own verb or
    no told deed comes before it."""
    if action and g.is_infinitive(action.split()[0]) and not g.place_preposition(action.split()[0]):
        return action
    back = next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k] in lex.pointing_back
            and words[k + 1] in lex.wish_verbs
            and words[k - 1] in lex.action.joins | {","}
        ),
        None,
    )  # "… og det vil jeg gerne igen"
    if back is None:
        return action
    deed = _deed(words, back, punct, {s for s, _e in spans}, lex, g)
    if not deed:
        return action
    verbs = [g.infinitive_of_participle(said[deed[0]]) or said[deed[0]]]
    for k in deed[1:]:
        after_join = words[k - 1] in lex.action.joins and _participle(words, k, lex, g)
        verbs.append(g.infinitive_of_participle(said[k]) if after_join else said[k])
    phrase = " ".join(v for v in verbs if v)
    return f"{phrase} {action}" if action else phrase


def _participle(words: Sequence[str], k: int, lex, g: Grammar) -> bool:
    """True for a word read as a past participle ("lavet", "solgt"), not "noget" or "godt"."""
    w = words[k]
    return (
        w not in lex.motivation.not_participles
        and w.isalpha()
        and g.infinitive_of_participle(w) is not None
        and (w.endswith(tuple(lex.participle_endings)) or w in g.participle_infinitives)
    )


def _deed(
    words: Sequence[str], back: int, punct: Sequence[bool], dated: set[int], lex, g: Grammar
) -> list[int]:
    """The token indices of the last deed told as done before word `back`, up to a date or a
    frequency (`dated`: "… i mange år", "… hver søndag"); empty when none."""
    start = None
    for k in range(back - 1, 0, -1):
        if not _participle(words, k, lex, g):
            continue
        before = words[max(0, k - _AUX_REACH - 1) : k]
        aux = [j for j, w in enumerate(before) if w in lex.perfect_aux]
        between = before[aux[-1] + 1 :] if aux else []
        if aux and not any(w in lex.action.joins or w in (",", ".") for w in between):
            start = k
            break
    if start is None:
        return []
    kept = [start]
    for k in range(start + 1, min(back, start + _DEED_MAX)):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if punct[k] or k in dated or words[k] in lex.fillers:
            break
        if words[k] in lex.action.joins and (
            nxt in lex.pointing_back or nxt in lex.run_on_subjects or k + 1 >= back
        ):
            break  # "… i teltet og det var …"
        kept.append(k)
    while kept and words[kept[-1]] in lex.action.joins | lex.action.trailing:
        kept.pop()
    return kept
