"""The dictionary's first parts of compounds, typed without æøå, for the spelling table.

hunspell-da lists the form a word takes as the first part of a compound with a hyphen ("lænde-",
"børne-"), also of words it has no stand-alone form of the same spelling for ("lænde-" of
"lænd"). The spelling step restores a typed compound from a restored head and a restored rest
(spelling.restored_head); without the head's own form "laendestoette" read "laende" as the
typing of another word ("læende", the two e's of "laeende" typed as one) and wrote the non-word
"læendestøtte". Every such head form with æ, ø or å is in the table, not only the wanted ones:
a head is read only before a known rest, so the table needs no guard against the whole word.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.nlp.spelling import fold

HEAD_MARK = "-"  # how hunspell-da writes a compound's first part ("lænde-")


def head_form_table(forms: Iterable[str], taken: dict[str, str]) -> dict[str, str]:
    """Map the typing of each dictionary head form with æ, ø or å ("laende-") to it ("lænde-");
    not where two head forms are typed alike or the table has the typing already."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for form in forms:
        head = form[: -len(HEAD_MARK)]
        if not form.endswith(HEAD_MARK) or not head.isalpha() or not head.islower():
            continue
        key = fold(form)
        if key == form or key in taken:
            continue
        if key in out and out[key] != form:
            clash.add(key)
        out[key] = form
    return {k: v for k, v in sorted(out.items()) if k not in clash}


def typed_heads(table: dict[str, str]) -> frozenset[str]:
    """The typings of the head forms of `table` without their mark ("laende"): a whole word
    typed so is no other word's typing with a letter merged (spelling_build.merged_e_table)."""
    return frozenset(k[: -len(HEAD_MARK)] for k in table if k.endswith(HEAD_MARK))
