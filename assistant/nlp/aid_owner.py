"""An aid told as another person's ("søsteren sidder i kørestol", "Inga kan ikke selv rejse,
hun sidder i kørestol", "min mands rollator"): its owner, for the dialogue to keep it out of
the citizen's means (dialogs/handlers.apply_facts).

The owner is the subject of the aid's clause (from the last of aids.yaml owner_edges before
it, past possessives and fillers) when it is a person word of the lexicon or a name and a verb
of owner_verbs follows it (or a relative and one: "min søster som sidder i …"), or one of
owner_have_verbs with an article, a possessive or the aid right after ("har en rollator").
"hun" or "han" there points back to the person subject of an earlier clause of the same
sentence; a person's genitive right before the aid is its owner too. An object of
owner_not_between after the subject ("min datter hjælper mig med rollatoren") leaves the aid
unowned. A name is a word said with its capital inside a sentence, or a first name the speller
knows at its start ("Inga").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.lexicon import Lexicon


def aid_owner(
    words: Sequence[str],
    said: Sequence[str],
    i: int,
    lex: Lexicon,
    is_name: Callable[[str], bool],
    own: bool = False,
) -> str | None:
    """The owner of the aid at `i` as said ("Inga", "søsteren", "mands" → "mand"), or None
    (see the module); `said`: the words as typed, `is_name`: a first name the speller knows,
    `own`: the citizen speaks ("hans rollator", "hun sidder i kørestol": another's)."""
    if i and _genitive(words, said, i - 1, lex, is_name):
        return said[i - 1][:-1]  # "min mands rollator", "Ingas kørestol"
    if own and i and words[i - 1] in lex.owner_others:
        return said[i - 1]  # "hans rollator"
    start = _clause_start(words, i, lex)
    if start < i and words[start] in lex.owner_relatives:  # "min søster, som sidder i …"
        before = _relative_head(words, start, lex)
        verb = start + 1 < i and words[start + 1] in lex.owner_verbs
        if verb and before is not None and _person(words, said, before, lex, is_name):
            return said[before]
    subject = _subject(words, start, i, lex)
    if subject is None or set(words[subject + 1 : i]) & lex.owner_not_between:
        return None  # "min datter hjælper mig med rollatoren": the citizen's
    if _got_for(words, i, lex):
        return None  # "min datter har fået en rollator til mig": got for the citizen
    if words[subject] in lex.third_person_subjects:
        found = _earlier_subject(words, said, start, lex, is_name)  # "Inga …, hun sidder …"
        if found is None:
            return said[subject] if own and words[subject] in lex.owner_others else None
        return said[found]
    return said[subject] if _person(words, said, subject, lex, is_name) else None


_PLACED_REACH = 6  # words of the next clause read for the citizen's home after a placing
_HAD_REACH = 3  # words from after a gap of owner_have_gap to the aid: "en ny lille stok"


def _got_for(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the aid at i is said got for one of owner_not_between in its clause ("min
    datter har fået en rollator til mig", "… en stok hjem til os", "… sat op hos mig"), or put
    in at the citizen's home: a participle of owner_placed with no possessive of
    owner_not_home after the aid and the citizen's home said in the next clause, or a place
    word and a possessive of owner_home_possessives ("… sat ind på mit badeværelse")."""
    placed = home = others = False
    k = i + 1
    while k < len(words) and words[k] not in lex.owner_edges:
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if words[k] in lex.owner_for_leads and nxt in lex.owner_not_between:
            return True
        placed = placed or words[k] in lex.owner_placed
        home = home or (words[k] in lex.owner_place_leads and nxt in lex.owner_home_possessives)
        others = others or words[k] in lex.owner_not_home
        k += 1
    if home or not placed or others:
        return home
    # placed with no place said in its clause: the citizen's only when the next clause puts it
    # in the citizen's home ("… installeret, den står på mit badeværelse"); a bare "sat op"
    # stays the other's ("Min søster har fået en trappelift sat op, men jeg har ingen trapper")
    ahead = words[k + 1 : k + 1 + _PLACED_REACH]
    return any(
        w in lex.owner_place_leads and nxt in lex.owner_home_possessives
        for w, nxt in zip(ahead, ahead[1:], strict=False)
    )


def _relative_head(words: Sequence[str], k: int, lex: Lexicon) -> int | None:
    """The word a relative at k points back to, past a comma ("søster, som"), or None."""
    j = k - 1
    while j >= 0 and not words[j].isalpha() and words[j] not in lex.owner_sentence_ends:
        j -= 1
    return j if j >= 0 and words[j].isalpha() else None


def _clause_start(words: Sequence[str], i: int, lex: Lexicon) -> int:
    """The first word of the clause the word at i stands in."""
    k = i - 1
    while k >= 0 and words[k] not in lex.owner_edges:
        k -= 1
    return k + 1


def _subject(words: Sequence[str], start: int, end: int, lex: Lexicon) -> int | None:
    """The subject of the clause from `start` (past possessives) when a verb of owner_verbs
    (or a relative and one) follows it before `end`; None for another clause."""
    k = start
    while k < end and (words[k] in lex.owners or words[k] in lex.owner_skipped):
        k += 1
    nxt = k + 1
    if nxt < end and words[nxt] in lex.owner_relatives:
        nxt += 1  # "min søster som sidder i kørestol"
    elif nxt < end and words[nxt] in lex.third_person_subjects and words[k] in lex.people:
        nxt += 1  # spoken, the subject said again: "min bror han har også fået en rollator"
    if nxt < end and words[nxt] in lex.owner_verbs:
        return k
    after = nxt + 1  # "har en rollator"; "har købt en hjelm til mig" is no having
    have = nxt < end and words[nxt] in lex.owner_have_verbs
    if have and after < end and words[after] in lex.owner_have_gap:
        while after < end and words[after] in lex.owner_have_gap:
            after += 1  # "har også fået en stok"
        # the thing had is the aid, an article and a word or two before it: not "han har selv
        # en dårlig ryg.. hun vil gerne ha sån en forhøjer"
        have = end - after <= _HAD_REACH
    said_next = after == end or (after < end and words[after] in lex.owner_have_next | lex.owners)
    return k if have and said_next else None


def _earlier_subject(
    words: Sequence[str], said: Sequence[str], start: int, lex: Lexicon, is_name
) -> int | None:
    """The person subject of a clause before `start` in the same sentence, the nearest first
    ("Inga kan ikke selv rejse, hun …"), or None."""
    k = start - 1
    while k > 0 and words[k - 1] not in lex.owner_sentence_ends:
        if words[k - 1] in lex.owner_edges:
            found = _first_person(words, said, k, lex, is_name)
            if found is not None:
                return found
        k -= 1
    return _first_person(words, said, max(k, 0), lex, is_name) if start else None


def _first_person(words, said, k: int, lex: Lexicon, is_name) -> int | None:
    """The word at k (past possessives) when it is a person, else None."""
    while k < len(words) and (words[k] in lex.owners or words[k] in lex.owner_skipped):
        k += 1
    return k if k < len(words) and _person(words, said, k, lex, is_name) else None


def _person(words, said, k: int, lex: Lexicon, is_name) -> bool:
    """True for a person word of the lexicon ("søsteren") or a name (see the module)."""
    if words[k] in lex.people:
        return True
    text = said[k]
    if not (text[:1].isupper() and text.isalpha()) or words[k] in lex.third_person_subjects:
        return False
    opening = k == 0 or words[k - 1] in lex.owner_sentence_ends
    return is_name(words[k]) if opening else True


def _genitive(words, said, k: int, lex: Lexicon, is_name) -> bool:
    """True for a person's genitive at k ("mands", "søsterens", "Ingas")."""
    w = words[k]
    if len(w) < 3 or not w.endswith("s") or not w.isalpha():
        return False
    stem = w[:-1]
    return stem in lex.people or (said[k][:1].isupper() and (k > 0 or is_name(stem)))
