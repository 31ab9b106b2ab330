"""Two slips the speller mends past its tables (spelling.Speller).

A compound said in two parts whose first part is typed with its last stop voiced or voiceless
("et teleskob skaft": teleskopskaft; blind150 Mona): after a lead of a noun phrase, an unknown
first part and a known last part are one word when voiced_head mends their compound. Read by
the speller's joins; the tables are the speller's.

A word typed without æøå whose restored form no table knows as a word ("vaegene": vægene) is
the everyday word one slip away when there is exactly one ("væggene"; Speller.slip)."""

from __future__ import annotations

from assistant.nlp.voiced_head import voiced_head


def voiced_join(sp, outs: list[str], i: int, texts: list[str]) -> str | None:
    """The mended first part ("teleskop") when words i and i+1 are one compound said apart with
    its first part's stop swapped (see the module); None otherwise."""
    if i == 0 or i + 1 >= len(outs) or not (texts[i].islower() and texts[i + 1].islower()):
        return None
    head, tail = outs[i], outs[i + 1]
    if not (head.isalpha() and tail.isalpha()) or sp._known_part(head):
        return None  # a known word as said is no slip ("et stort skaft")
    if outs[i - 1] not in sp.run_leads and outs[i - 1] not in sp.tool_compound_leads:
        return None
    whole = voiced_head(sp, head + tail)
    if whole is None or not whole.endswith(tail):
        return None
    return whole[: len(whole) - len(tail)]


def restored_slip(sp, restored: str) -> str:
    """The restored word, or the everyday word one slip from it when no table knows it as a
    word (see the module)."""
    if restored in sp.common or sp.is_word(restored) or sp.compound_of_words(restored):
        return restored
    return sp.slip(restored)
