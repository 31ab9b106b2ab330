"""A role's name said apart ("jeg var kirke vært i tolv år": kirkevært, "hun er klub formand",
"som hold leder", "vores kor leder", "forenings kasserer"): the speech recogniser writes a noun and
a role's head (role_heads of nlp/spelling.yaml) as two words where Danish has one compound, which
the noun table rarely lists. Read by the speller (spelling.Speller) after its own joins; the
tables are the speller's."""

from __future__ import annotations

from assistant.nlp.memo import Memo

_MIN_PART = 3  # fewest letters of the first part ("kor")
# (speller, its words' role heads): swapped in whole, so a thread never reads another
# speller's memo (one speller per process in practice: the memo lives as long as it)
_HEADS: list[tuple[object, Memo] | None] = [None]


def role_compound(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True when the word at i, a bare noun (or one in its linking-s form: "forenings"), and a
    role's head after it in any form ("vært", "værter", "formanden") are one compound said apart.
    No word for a person, period, adjective or verb first ("min søn træner", "god træner", "hver
    dag hjælper"), no phrase of its own ("i kirke vært søndag": a typo of "hver"), no period
    after. A head that is a verb's present too ("leder", "træner", "hjælper") joins only after a
    copula or a lead of a noun phrase ("være hold leder", "vores kor leder") and never before a
    pronoun or a word its verb takes ("til klub leder hun", "hold leder efter")."""
    a, b = outs[i], outs[i + 1]
    if not (texts[i].islower() and texts[i + 1].islower() and a.isalpha() and b.isalpha()):
        return False
    head = _role_head(sp, b)
    if head is None or len(a) < _MIN_PART or a in sp.role_heads:
        return False
    known = a + head in sp.common or a + head in sp.nouns  # "holdleder"
    # "skole pedel": a noun that is a verb's infinitive too begins a head that is no verb
    if not _first_part(sp, a, known, nominal=not _verbal(sp, b)):
        return False
    before = outs[i - 1] if i else ""
    after = outs[i + 2] if i + 2 < len(outs) else ""
    if (before, a) in sp.bare_phrases or after in sp.periods or after in sp.role_not_next:
        return False
    if _verbal(sp, b):
        return before in sp.role_leads or before in sp.particle_leads or before in sp.run_leads
    return True


def role_apart(sp, outs: list[str], i: int) -> bool:
    """True when the word after i is a role's head ("vært", "leder") that a phrase of its own or
    the word after it keeps apart from the word at i ("i kirke vært søndag": a typo of "hver";
    "hold leder efter": the verb "lede efter"), a compound the tables know whole or not: no
    join of the speller makes it one ("kirkevært", "holdleder" as domain words)."""
    if i + 1 >= len(outs) or _role_head(sp, outs[i + 1]) is None:
        return False
    before = outs[i - 1] if i else ""
    after = outs[i + 2] if i + 2 < len(outs) else ""
    then = outs[i + 3] if i + 3 < len(outs) else ""
    if (before, outs[i]) in sp.bare_phrases or after in sp.periods or then in sp.periods:
        return True  # "i kirke vært søndag", "i kirke vært anden søndag"
    leads = before in sp.role_leads or before in sp.particle_leads or before in sp.run_leads
    return _verbal(sp, outs[i + 1]) and after in sp.role_not_next and not leads


def _first_part(sp, a: str, known: bool, nominal: bool = False) -> bool:
    """True for a bare noun that may begin a role's compound: a noun of the noun table or a
    known word with a definite form, or its linking-s form after one of role_link_ends
    ("bestyrelses", "forenings"); never a word for a person, period or verb, nor one read as an
    adjective ("god træner", "fin hjælper") unless the compound is `known` ("holdleder"). With
    `nominal` (a head that is no verb: "pedel") a noun of the noun table that is an infinitive
    too may begin it ("skole pedel"); a finite verb never ("hver dag hjælper")."""
    if a in sp.no_join or a in sp.name_leads or a in sp.person_names or a in sp.kin_subjects:
        return False
    if a in sp.periods or a in sp.proper or sp.is_definite(a):
        return False
    if known:
        return True  # "holdleder": "hold" reads as a verb's form or "holdt"'s adjective too
    infinitive = a in sp.bare_infinitives or sp.infinitive(a)
    if infinitive and nominal and a in sp.nouns and a not in sp.verbs and not sp._adjective(a):
        return True  # "skole pedel": "skole" a noun before a head that is no verb
    if a in sp.verbs or infinitive or sp._adjective(a):
        return False
    if a.endswith("s") and a[:-1].endswith(tuple(sp.role_link_ends)):
        return _first_part(sp, a[:-1], known)
    if a in sp.nouns:
        return True  # "hold", "kor": a noun, whatever verb it is a form of too
    if sp.lemma_of.get(a, a) != a:
        return False  # "drengene", "kirker": an inflected form, no compound's bare part
    return a in sp.nouns or sp._bare_noun(a)


def _role_head(sp, b: str) -> str | None:
    """The role's head a word is a form of ("vært", "værten", "værter", "formænd"), or None
    (read once per word and speller: the speller asks it of nearly every pair of words)."""
    kept = _HEADS[0]
    if kept is None or kept[0] is not sp:
        kept = _HEADS[0] = (sp, Memo())
    memo = kept[1]
    found = memo.get(b, memo)
    if found is memo:
        found = memo.get_or(b, _role_head_of, sp, b)
    return found


def _role_head_of(sp, b: str) -> str | None:
    """_role_head, computed."""
    if b in sp.role_heads:
        return b
    if (lemma := sp.lemma_of.get(b)) in sp.role_heads:
        return lemma
    # a plural or definite ending ("værter", "værterne"), longest first
    ends = sp.compound_endings
    return next(
        (b[: -len(e)] for e in ends if b.endswith(e) and b[: -len(e)] in sp.role_heads), None
    )


def _verbal(sp, b: str) -> bool:
    """True for a head that is also a verb's present ("leder" of lede, "hjælper" of hjælpe)."""
    if not b.endswith(sp.present_endings):
        return False
    return sp.infinitive(b[:-1]) or sp.is_word(b[:-1])
