"""A compound noun said in parts that no table knows whole ("en ny skulder støtte", "en kul fiber
bue", "i spille mands lauget", "de andre spille mænd"): the speech recogniser writes the parts
of a compound apart, and the parts stand where Danish has one noun only. Read by the speller
(spelling.Speller.fix_words) after its own joins; the tables are the speller's."""

from __future__ import annotations

_LINK = "s"  # a compound's linking s ("spille mands lauget")
_MIN_PART = 3  # fewest letters of each part ("kul")
_FUNCTION_RANK = 200  # the most common words ("bare", "nej"): never a compound's part here
_COMPARED = ("ere", "est")  # an adjective's comparative and superlative ("finere", "lettest")
_NEUTER = "t"  # an adjective's neuter ("langt")


def noun_run(sp, outs: list[str], i: int, texts: list[str]) -> int:
    """How many words from i (3 or 2; 0 for none) are one compound noun said apart: bare nouns
    of the noun table right after a lead of a noun phrase (run_leads, one adjective may stand
    between: "en ny skulder støtte", "en kul fiber bue"), the last one agreeing with the
    article; or a known compound with its linking s and a noun after it ("i spille mands
    lauget"); or a known compound's plural after a plural lead ("de andre spille mænd"). Two
    nouns of which the first counts or measures the second ("en kop kaffe", "et glas vand"),
    a person's word ("min mand kone"), a period, an adjective ("en fin kaffe"), a verb after
    a modal ("vil min mad lave") and two objects of a verb of run_not_after ("giver min hund
    mad") stay apart."""
    if i == 0:
        return 0
    before = outs[i - 1]
    if (
        before not in sp.particle_leads
        and before not in sp.run_plural_leads
        and before not in sp.run_leads
        and (i == 1 or outs[i - 2] not in sp.run_leads)
    ):
        return 0  # no lead of any of the three right before (most pairs: "gå på", "min søn")
    if _linked_three(sp, outs, i, texts):
        return 3
    if _plural_pair(sp, outs, i, texts):
        return 2
    lead = _lead_at(sp, outs, i)
    if lead is None:
        return 0
    for count in (3, 2):
        if _run(sp, outs, i, count, texts, lead):
            return count
    return 0


def _lead_at(sp, outs: list[str], i: int) -> int | None:
    """The index of the lead of a noun phrase before i, one adjective between allowed ("en ny
    …", not one the noun table knows too: "en knappe hjælpe ting"); None for none."""
    if outs[i - 1] in sp.run_leads:
        return i - 1
    between = outs[i - 1]
    if between not in sp.tool_compound_adjectives and between in sp.nouns:
        return None  # "en knappe hjælpe ting": maybe a part of the compound too
    if i > 1 and outs[i - 2] in sp.run_leads and _adjective(sp, between):
        return i - 2
    return None


def _run(sp, outs: list[str], i: int, count: int, texts: list[str], lead: int) -> bool:
    """True when the count words from i are bare nouns of one compound (see noun_run)."""
    parts = outs[i : i + count]
    if len(parts) < count or not all(texts[k].islower() for k in range(i, i + count)):
        return False
    if not all(_part(sp, p) for p in parts) or parts[0] in sp.run_measures:
        return False
    if any(_adjective(sp, p) for p in parts[:-1]) or parts[-1] in sp.run_adjectives:
        return False  # "min krumme ryg", "min hukommelse helt"
    if _genitive(sp, parts[0]):
        return False  # "min mors grav"
    if any(sp.lemma_of.get(p, p) != p for p in parts):
        return False  # "min lille sorte bog": an inflected form, no bare compound's part
    if "".join(parts) in sp.no_join:
        return False
    last = parts[-1]
    gender = sp.run_lead_genders.get(outs[lead])
    if gender and gender not in sp._genders(last):
        return False  # "et ur kande": the article is not the last part's
    before = outs[lead - 1] if lead else ""
    if before in sp.run_not_after:
        return False  # "giver min hund mad": a verb of two objects
    return not (_verb_like(sp, last) and (before in sp.modals or before in sp.subjects))


def _part(sp, word: str) -> bool:
    """True for a bare noun of the noun table that may be a part of a compound said apart: no
    word for a person, period or time (run_not_parts), adverb of place, function word or
    name."""
    if len(word) < _MIN_PART or not word.isalpha() or word not in sp.nouns:
        return False
    if word in sp.no_join or word in sp.name_leads or word in sp.person_names:
        return False
    if word in sp.verb_particles or word in sp.run_not_parts:
        return False  # "min stok inde i huset", "min iltmætning hverdag"
    if sp.common.get(word, _FUNCTION_RANK) < _FUNCTION_RANK:
        return False  # "symaskine bare", "sengebord nej": a function word the table has
    return word not in sp.periods and word not in sp.proper and word not in sp.verbs


def _adjective(sp, word: str) -> bool:
    """True for a word said as an adjective: one of tool_compound_adjectives or run_adjectives,
    a definite form ("hvide": hvidt), a neuter of one with a comparative ("rent"), one with a
    comparative or superlative ("fin": finere, "let": lettere) or a neuter in -t that is no
    noun of its own ("lang": langt; "kul" with its noun "kult" is none)."""
    if word in sp.tool_compound_adjectives or word in sp.run_adjectives:
        return True  # "lille", "godt"
    if sp._weak_adjective(word):
        return True  # "hvide" (hvidt)
    stem = word[:-1]
    stems = (stem, stem[:-1]) if stem[-1:] == stem[-2:-1] else (stem,)  # "krumm": krum
    # "stemme" of "stem": the stem is the word's own imperative, no adjective's ("krum")
    stems = tuple(s for s in stems if sp.lemma_of.get(s) != word)
    if word.endswith("e") and any(sp._any_word(s) or s in sp.common for s in stems):
        return True  # "krumme" of krum, "sorte" of sort: maybe an adjective's definite form
    if word.endswith(_NEUTER) and len(word) > _MIN_PART and _compared(sp, word[: -len(_NEUTER)]):
        return True  # "rent" of "ren" (renere)
    if word.endswith("e"):
        # a word in -e takes no neuter in -t: "hjertet", "stemmet" are a definite, a participle
        return _compared(sp, word)
    return _compared(sp, word) or (sp._any_word(word + _NEUTER) and word + _NEUTER not in sp.nouns)


def _genitive(sp, word: str) -> bool:
    """True for a noun's genitive ("mors", "husets"): an owner, no compound's first part."""
    return word.endswith(_LINK) and sp.lemma_of.get(word[:-1], word[:-1]) in sp.nouns


def _compared(sp, word: str) -> bool:
    """True for a word with a comparative or superlative ("fin": finere, "let": lettere)."""
    stems = (word, word + word[-1:])
    return any(sp._any_word(s + end) for s in stems for end in _COMPARED)


def _verb_like(sp, word: str) -> bool:
    """True for a word in -e whose present in -r the lemma table reads as its form ("lave":
    laver): a verb's infinitive, maybe."""
    ends = sp.present_endings
    return word.endswith("e") and any(sp.lemma_of.get(word + e[-1:]) == word for e in ends)


def _linked_three(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True for "i spille mands lauget": after a lead of a noun phrase (particle_leads), a word
    and one with a linking s that make a compound of the noun table ("spillemand"), then a noun
    of the table in any form ("lauget" of laug)."""
    if i + 2 >= len(outs) or outs[i - 1] not in sp.particle_leads:
        return False
    a, b, c = outs[i : i + 3]
    if not all(texts[k].islower() and outs[k].isalpha() for k in range(i, i + 3)):
        return False
    if len(a) < _MIN_PART or not b.endswith(_LINK) or len(b) <= _MIN_PART:
        return False
    head = a + sp.lemma_of.get(b[: -len(_LINK)], b[: -len(_LINK)])
    if head not in sp.nouns or a in sp.no_join or c in sp.no_join:
        return False
    return _noun_form(sp, c)


def _plural_pair(sp, outs: list[str], i: int, texts: list[str]) -> bool:
    """True for "de andre spille mænd": after a plural lead (run_plural_leads), a word and a
    plural whose lemma makes a compound of the noun table with it ("spillemand"), the first
    an infinitive's form ("spille"); "de andre spille kort" (kort is its own plural) and "mine
    bedste venner" stay."""
    if i + 1 >= len(outs) or outs[i - 1] not in sp.run_plural_leads:
        return False
    a, b = outs[i], outs[i + 1]
    if not (texts[i].islower() and texts[i + 1].islower() and a.isalpha() and b.isalpha()):
        return False
    lemma = sp.lemma_of.get(b, b)
    if len(a) < _MIN_PART or lemma == b or sp.is_definite(b) or a in sp.no_join:
        return False
    if not _verb_like(sp, a):
        return False  # "mine bedste venner": an adjective; the rule is for a verb's stem
    return a + lemma in sp.nouns and lemma in sp.nouns


def _noun_form(sp, word: str) -> bool:
    """True for a noun of the noun table in its bare, plural or definite form ("lauget")."""
    if len(word) < _MIN_PART:
        return False
    if word in sp.nouns or sp.lemma_of.get(word, word) in sp.nouns:
        return True
    for end in (e for e in sp.definite_endings if word.endswith(e)):
        classes = (sp.nouns.get(word[: -len(end)]) or "").replace("+", "").split("|")
        if end in classes:
            return True  # "lauget" of "laug" ("et+")
    return False


def noun_form(sp, word: str) -> bool:
    """True for a noun of the speller's noun table in its bare, plural or definite form."""
    return _noun_form(sp, word)


def verb_like(sp, word: str) -> bool:
    """True for a word the lemma table reads as a verb's infinitive ("luge": luger)."""
    return _verb_like(sp, word)
