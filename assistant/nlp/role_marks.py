"""Where the people an utterance names stand to each other: framed by another's advice, or
corrected by the one said after them (helpers of assistant/nlp/people_roles.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.cues import RoleCues

FRAMER_REACH = 4  # "min søster Lone hun synes": the framing verb this near the person
_FRAMED_GAP = 4  # ", at min": marks, "at" and determiners between the verb and the one framed


def framed_mentions(words, punct, mentions, cues: RoleCues) -> dict[int, tuple[int, int]]:
    """Mention index → (the framer's mention index, the consequence word's index) for each
    person named in a clause another frames, when a consequence follows it ("min søster Lone
    synes, at mor skal stoppe med yoga, så hun skal ikke …": mor, framed by the sister)."""
    at = sorted(i for _n, i in mentions)
    out = {}
    for i, j in zip(at, at[1:], strict=False):
        verb = next(
            (f for f in range(i + 1, min(j, i + 1 + FRAMER_REACH)) if words[f] in cues.framing),
            None,
        )
        if verb is None or any(punct[k] for k in range(i + 1, verb)):
            continue
        between = range(verb + 1, j)
        if len(between) > _FRAMED_GAP or not all(
            punct[k] or words[k] in cues.determiners or words[k] in cues.complementizers
            for k in between
        ):
            continue
        stop = min((k for k in at if k > j), default=len(words))
        then = next((k for k in range(j + 1, stop) if words[k] in cues.consequence), None)
        if then is not None:
            out[j] = (i, then)
    return out


_ENDS = frozenset({".", "!", "?", ";"})  # the marks that end a sentence


def advised_mentions(
    words, found, cues: RoleCues, negations, framers, limit_at: Callable[[int], bool]
) -> dict[int, bool]:
    """Mention index → refused, for each person named inside the advice another gives ("min
    søn synes, at jeg skal lade den unge præst klare det"): the framer (a mention whose role is
    one of `framers`) with a framing verb right after them, the advice from the verb to the
    sentence's end, its consequence or its contrast. Refused when the clause after it opens with
    one of advice_refusals and a negation follows in the sentence (", så han er ikke med på den",
    ", så ham skal I ikke regne med"; not ", så jeg ikke er alene"), unless a limit of theirs
    holds it (`limit_at(k)`: one starts at token k): ", men han kan ikke altid" leaves them in."""
    out: dict[int, bool] = {}
    for _n, i, role in found:
        if role not in framers:
            continue
        reach = range(i + 1, min(len(words), i + FRAMER_REACH))
        verb = next((f for f in reach if words[f] in cues.framing), None)
        if verb is None or any(w in _ENDS or w == "," for w in words[i + 1 : verb]):
            continue
        stops = cues.consequence | cues.contrast
        end = next(
            (k for k in range(verb + 1, len(words)) if words[k] in _ENDS or words[k] in stops),
            len(words),
        )
        close = next((k for k in range(end, len(words)) if words[k] in _ENDS), len(words))
        opens = next((w for w in words[end + 1 : close] if w != "," and w not in stops), "")
        refused = opens in cues.advice_refusals and any(
            words[n] in negations and not any(limit_at(k) for k in _clause(words, end, n, cues))
            for n in range(end, close)
        )
        out.update({j: refused for _m, j, _r in found if verb < j < end})
    return out


def _clause(words, start: int, n: int, cues: RoleCues) -> range:
    """The tokens from the clause's start to token n: after the last comma or coordinating word
    from `start` on ("…, men han kan ikke altid, og han vil heller ikke": the second "han")."""
    cut = max(
        (k for k in range(start, n) if words[k] == "," or words[k] in cues.coordination),
        default=start - 1,
    )
    return range(cut + 1, n)


def corrected_mentions(words, at: list[int], cues: RoleCues) -> set[int]:
    """The mentions that correct the one before them: "ikke min datter, min nabo" (a word of
    `corrected` before the first, maybe determiners between, a bare comma between the two)
    and the list ends with the second (not "ikke min søn, min datter eller min nabo")."""
    joins = cues.coordination | cues.determiners
    out = set()
    for n in range(len(at) - 1):
        ia, ib = at[n], at[n + 1]
        k = ia - 1
        while k >= 0 and words[k] in cues.determiners:
            k -= 1
        if k < 0 or words[k] not in cues.corrected:
            continue
        if [w for w in words[ia + 1 : ib] if w not in cues.determiners] != [","]:
            continue
        ic = at[n + 2] if n + 2 < len(at) else None
        if ic is not None and all(w in joins for w in words[ib + 1 : ic]):
            continue  # the list goes on: every one of them is ruled out
        out.add(ib)
    return out


def small_names_after(words: Sequence[str], mentions, owners, modals) -> list[int]:
    """The tokens right after a mention that look like a possessive ("hans", "hendes") and
    stand before a modal ("min mand hans skal ikke med"): a name typed small, no owner."""
    at = {i for _n, i in mentions}
    return [
        i + 1
        for _n, i in mentions
        if i + 2 < len(words)
        and i + 1 not in at
        and words[i + 1] in owners
        and words[i + 2] in modals
    ]
