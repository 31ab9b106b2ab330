"""A person's help turned down by the speaker in the sentence that tells of it.

"Min svigersøn vil gerne køre mig, men nej, han vil bare have mig til at sidde i bilen": an
offer (people.yaml `role_offers`) and, after a contrast ("men"), the speaker's no (refusals.yaml
`spoken_no`) turn the offer down, whatever the clause after the no says. "Min mand vil gerne
køre mig, men han skal ikke sidde og vente": after an offer and a contrast, a refusal said of the
person by their "han"/"hun" with a modal of ruling (`role_rulings`) is the speaker's, even
without a no; their own "men hun kan ikke om søndagen" is a limit. A consequence after the
contrast that says it cannot be ("…, men han ryger i bilen, så det går ikke") turns it down
too. Help said of them after it ("…, men han må gerne køre mig") keeps them; the caller checks
that.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import RoleCues

_ENDS = frozenset({".", "!", "?", ";"})  # the marks that end a sentence


def no_before(words: Sequence[str], j: int, cues: RoleCues) -> bool:
    """True when the speaker's own no stands right before the word at j, marks and "tak"
    between ("men nej, han skal ikke …", "men nej tak, hun har nok at se til")."""
    k = j - 1
    while k >= 0 and words[k] in cues.speaker_no_skip:
        k -= 1
    return k >= 0 and words[k] in cues.speaker_no


def _offer_contrast(words: Sequence[str], i: int, stop: int, cues: RoleCues) -> int | None:
    """The first contrast word after an offer of the person at i, in i's sentence, before
    `stop`; None when there is none."""
    offered = False
    for k in range(i + 1, stop):
        if words[k] in _ENDS:
            return None
        if words[k] in cues.offers or _willing(words, k, i, cues):
            offered = True
        elif offered and words[k] in cues.contrast:
            return k
    return None


def _willing(words: Sequence[str], k: int, i: int, cues: RoleCues) -> bool:
    """True for a word of willingness at k ("gerne") right after a modal of will, a word or
    two between, after the person at i ("vil gerne køre mig", "ville så gerne hjælpe")."""
    return words[k] in cues.willing and any(
        words[m] in cues.will_modals for m in range(max(i + 1, k - 3), k)
    )


def ruled_after_offer(words: Sequence[str], i: int, j: int, cues: RoleCues) -> bool:
    """True when the person at i offered help, a contrast follows it and the pronoun at j says
    with a modal of ruling what they shall not do, all in one sentence ("min mand vil gerne køre
    mig, men han skal ikke …"; not their own "men hun kan ikke om søndagen")."""
    c = _offer_contrast(words, i, j, cues)
    return (
        c is not None
        and j + 1 < len(words)
        and words[j + 1] in cues.rulings
        and not any(w in _ENDS for w in words[c:j])
    )


def offer_declined(words: Sequence[str], i: int, stop: int, cues: RoleCues) -> int | None:
    """The index of the speaker's no right after the contrast that follows an offer of the
    person at i ("…, men nej, han vil bare …", "…, men nej altså, jeg tager bussen"), when no
    one else is named (at `stop`) before the sentence ends; else None."""
    c = _offer_contrast(words, i, stop, cues)
    if c is None:
        return None
    k = c + 1
    while k < len(words) and words[k] in cues.speaker_no_skip:
        k += 1
    end = next((e for e in range(c, len(words)) if words[e] in _ENDS), len(words))
    if k >= len(words) or words[k] not in cues.speaker_no:
        k = _consequence(words, c + 1, end, cues)
        if k is None:
            return None
        return k if stop >= end else None
    return k if stop >= end and not _corrects_speaker(words, k + 1, end, cues) else None


def _consequence(words: Sequence[str], s: int, end: int, cues: RoleCues) -> int | None:
    """The index of a consequence that says the offer cannot be ("så det går ikke") between s
    and end, commas passed; else None."""
    said = [(k, w) for k, w in enumerate(words[s:end], s) if w != ","]
    for n in range(len(said)):
        if any(tuple(w for _k, w in said[n : n + len(p)]) == p for p in cues.offer_consequences):
            return said[n][0]
    return None


def _corrects_speaker(words: Sequence[str], k: int, end: int, cues: RoleCues) -> bool:
    """True when the words from k to end after a no tell a limit of the person ("hun kan altså
    kun om lørdagen") or accept it ("…, så det er fint"): the no corrects the speaker."""
    for m in range(k, end):
        if (
            words[m] in cues.no_limits
            and any(words[x] in cues.no_limit_modals for x in range(max(k, m - 3), m))
            and (m + 1 >= end or words[m + 1] not in cues.corrected)
        ):
            return True
        if any(tuple(words[m : m + len(p)]) == p for p in cues.no_accepts):
            return True
    return False
