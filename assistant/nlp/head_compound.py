"""A compound said apart whose second part is a definite noun ("ringe med kirke klokkerne", "op
ad tårn trappen", "tilbage i modeljernbane klubben", "ud til Svendborgsund broen", "ved cricket
kampene"): the speech
recogniser or a hasty typist writes the parts apart where Danish has one noun. Read by the
speller (spelling.Speller) after its own joins; the tables are the speller's."""

from __future__ import annotations

import bisect

_MIN_PART = 3  # fewest letters of each part ("tårn")


def head_compound(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True when a bare noun at i and a definite noun after it, right after a preposition of
    head_compound_leads, are one compound said apart, though the first is a count noun in the
    singular ("med kirke klokkerne": kirkeklokkerne): the first a noun of the noun table or a
    compound ending in one, no verb, adjective, period, aid ("med rollator turen") nor a noun
    the lead takes bare as a phrase of its own (bare_phrases: "på tur skoven", "i seng klokken
    ti"); the second the definite form of a noun of the noun table ("min vinterjakke lukket"
    has a participle) and no day ("i kirke søndagen"), no count after it ("i kirke klokken
    ti": an hour)."""
    if i == 0 or not texts[i].islower():
        return False
    return _joins(sp, outs[i - 1], outs[i], outs, i + 1, texts)


def head_after(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True when the two words at i, just joined ("i model jernbane klubben": modeljernbane),
    and a definite noun after them are one compound said apart, as head_compound reads two."""
    if i == 0 or i + 2 >= len(outs) or not texts[i].islower():
        return False
    return _joins(sp, outs[i - 1], outs[i] + outs[i + 1], outs, i + 2, texts)


def _joins(sp, lead: str, a: str, outs: list[str], k: int, texts: list[str]) -> bool:
    """True when `a` after `lead` and the definite noun at k are one compound (head_compound)."""
    if lead not in sp.head_compound_leads or not texts[k].islower():
        return False
    if (lead, a) in sp.bare_phrases or a in sp.aids or a in sp.no_join:
        return False
    if a in sp.verbs or a in sp.bare_infinitives or a in sp.periods or sp._adjective(a):
        return False
    b = outs[k]
    if b in sp.periods or b in sp.no_join or sp.is_definite(a):
        return False  # "holde på kaffe koppen uden at spilde": a definite noun ends it
    head = head_lemma(sp, b)
    if head is None or head in sp.periods or not _noun_like(sp, a):
        return False  # "gå i kirke søndagen": a day, no compound's head
    return not _count_next(sp, outs, k + 1)


def place_compound(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True for a place's name written with its capital and a definite noun of place_heads
    after it, typed small ("ud til Svendborgsund broen", "over Limfjords broen"): the name
    of a bridge or a church written apart; no name of a person ("hos Peter broen" stays) and
    none at the start of a sentence."""
    if i == 0 or texts[i][:1].islower() or not texts[i + 1].islower():
        return False
    a, b = outs[i], outs[i + 1]
    if b not in sp.place_heads or not a.isalpha() or len(a) < _MIN_PART:
        return False
    return a not in sp.person_names and a not in sp.name_leads and a not in sp.no_join


def first_part_compound(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True for a word the tables know only as a compound's first part (a loan word: "cricket"
    of cricketmatch) or as a noun of the noun table alone ("ukulele"), and a definite noun after
    it, right after a preposition of head_compound_leads ("stå som dommer ved cricket kampene":
    cricketkampene, "med ukulele holdet": ukuleleholdet); a word the
    tables know alone is head_compound's to read, a name or a count after it ends it."""
    if i == 0 or i + 1 >= len(outs) or not (texts[i].islower() and texts[i + 1].islower()):
        return False
    a = outs[i]
    if outs[i - 1] not in sp.head_compound_leads or len(a) < _MIN_PART or not a.isalpha():
        return False
    loan = a in sp.nouns  # "ukulele": a noun of the noun table the word list lacks
    if sp.is_word(a) or not (loan or a in sp.common) or a in sp.no_join or a in sp.person_names:
        return False
    if a in sp.proper or sp.is_definite(a) or (outs[i - 1], a) in sp.bare_phrases:
        return False  # "i Salling sammen", "på isen siden august": a place, a definite noun
    b = outs[i + 1]
    head = sp.lemma_of.get(b)  # "kampene": kamp; "uden", "alene" are no noun's forms
    if head is None or head != head_lemma(sp, b) or head in sp.periods or b in sp.no_join:
        return False
    return not _count_next(sp, outs, i + 2) and (loan or _first_part(sp, a))


def _first_part(sp, word: str) -> bool:
    """True when a noun of the noun table is `word` and another noun of it ("cricketmatch")."""
    nouns = _sorted_nouns(sp.nouns)
    k = bisect.bisect_left(nouns, word)
    while k < len(nouns) and nouns[k].startswith(word):
        tail = nouns[k][len(word) :]
        if len(tail) >= _MIN_PART and tail in sp.nouns:
            return True
        k += 1
    return False


_SORTED: dict[int, tuple[dict[str, str], list[str]]] = {}  # by the noun table's id


def _sorted_nouns(nouns: dict[str, str]) -> list[str]:
    """The noun table's words sorted, once per table."""
    found = _SORTED.get(id(nouns))
    if found is None or found[0] is not nouns:
        found = _SORTED[id(nouns)] = (nouns, sorted(nouns))
    return found[1]


def _noun_like(sp, word: str) -> bool:
    """True for a noun of the noun table or a compound whose last part is one ("modeljernbane":
    jernbane), its first part a known word and no adjective's definite form ("rødekors" is an
    organisation's name, written "Røde Kors-butikken" by the goal's grammar)."""
    if word in sp.nouns:
        return True
    return any(
        word[k:] in sp.nouns and sp._known_part(word[:k]) and not sp._weak_adjective(word[:k])
        for k in range(_MIN_PART, len(word) - _MIN_PART + 1)
    )


def head_lemma(sp, word: str) -> str | None:
    """The noun of the noun table a definite form is of ("trappen": trappe, "klubben": klub,
    "klokkerne": klokke), or None ("lukket" is no noun's)."""
    if not sp.is_definite(word):
        return None
    for ending in sp.definite_endings:
        if not word.endswith(ending) or len(word) - len(ending) < _MIN_PART:
            continue
        stem = word[: -len(ending)]
        stems = [stem, stem[:-1]] if stem[-1] == stem[-2] else [stem]
        stems += [stem[: 1 - len(shape)] for shape in sp.plural_shapes if stem.endswith(shape)]
        for s in stems:
            lemma = sp.lemma_of.get(s, s)
            if lemma in sp.nouns:
                return lemma
    return None


def _count_next(sp, outs: list[str], k: int) -> bool:
    """True when the word at k is a count ("ti", "10")."""
    return k < len(outs) and (outs[k].isdigit() or outs[k] in sp.counts)
