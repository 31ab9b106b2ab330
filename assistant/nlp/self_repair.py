"""Self-repairs of a said value ("tre kilometer nej det er nok nærmere halvanden", "min
datters konfirmation nej undskyld det er min nieces"): what they change and what they leave."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.nlp.numbers import number_at
from assistant.nlp.quantities import Found

CORRECTION_REACH = 5  # words after the mark in which the new figure is said ("det er nok nærmere")
# how many times larger or smaller than the measure it corrects a bare figure may be and still
# be said in its unit ("en halv time nej jeg mener tyve" means minutes: no correction read)
CORRECTION_RATIO = 5


def corrected_figure(
    words: Sequence[str], measures: list[Found], fixed: int | None, skip, lex
) -> list[Found]:
    """The measures with the last one before the self-correction ending at `fixed` replaced by
    a bare figure said right after the mark ("500 meter nej det er nærmere 300", "tyve minutter
    nej undskyld femten"); unchanged when a measure is said after the mark with its own unit
    (the later one counts already), or the figure is a date's, a frequency's or one of another
    unit ("nej to gange om ugen")."""
    if fixed is None or any(m.start >= fixed for m in measures):
        return measures
    before = [m for m in measures if m.start < fixed]
    if not before:
        return measures
    last = max(before, key=lambda m: m.start)
    taken = {k for s, e in skip for k in range(s, e)}
    nw = lex.numbers
    for i in range(fixed, min(len(words), fixed + CORRECTION_REACH)):
        if words[i] in lex.clause_breaks or i in taken:
            return measures
        num = number_at(words, i, nw, articles=False)
        if num is None or words[i] in nw.vague:
            continue
        value, used = num
        after = words[i + used].rstrip(".") if i + used < len(words) else ""
        if after in lex.units or after in lex.unit_words:
            return measures  # "nej tre gange": a value of its own kind
        old = last.value.value
        if not old / CORRECTION_RATIO <= value <= old * CORRECTION_RATIO:
            return measures
        new = Found(replace(last.value, value=value), i, i + used)
        return sorted([*(m for m in measures if m is not last), new], key=lambda m: m.start)
    return measures


_WISH = "wish"
_REFUSED = "wish_negated"


def reason_refusal_only(words: Sequence[str], matches, fixed: int, stance: str | None, lex) -> bool:
    """True when a wish said before the self-repair ending at `fixed` stands although the words
    after it read as a refusal: their only stance is a "vil ikke" said after a repaired value
    ("… konfirmation nej undskyld det er min nieces konfirmation i april ikk han skal holde tale
    og vil ikke lugte af gammel mand"), a reason, not the wish taken back ("nej undskyld han vil
    ikke", "nej vent det vil hun ikke": only who, said before the refusal)."""
    if stance != _WISH:
        return False
    after = [m for m in matches if m[1] >= fixed and m[0] in _STANCE_LABELS]
    refusals = [s for lab, s, _e in after if lab == _REFUSED]
    if not refusals or any(lab not in (_WISH, _REFUSED) for lab, _s, _e in after):
        return False
    if any(lab == _WISH and not any(a <= s < b for a, b in _spans(after)) for lab, s, _e in after):
        return False  # a wish of its own after the mark
    who = lex.fillers | lex.owners | lex.people.keys() | set(lex.classes.get("subj_any", ()))
    who |= lex.pointing_back
    return any(w not in who and w[:1].isalnum() for w in words[fixed : min(refusals)])


_STANCE_LABELS = frozenset({_WISH, _REFUSED, "difficulty", "difficulty_negated", "resource"})


def _spans(matches) -> list[tuple[int, int]]:
    return [(s, e) for lab, s, e in matches if lab == _REFUSED]
