"""Build the noun table (content/<lang>/nlp/nouns.json) from hunspell-da's expanded forms.

A noun's class for the grammar of generated text: a bare singular noun a second-language or
spoken answer says without its ending ("til bager", "i hånd", "være byrde") gets its definite
form or article from here. For each lower-case form W of the dictionary whose definite singular
is a form too (W + "en" / "et", W + "n" / "t" after an e, a short stem's consonant doubled:
"stokken", "glasset"), the table maps W to that ending, with "+" when a definite plural is a
form as well ("trapperne": a count noun; "aftensmad" has none: a mass noun). Of a short stem,
a plain form that is a noun of its own is no definite ("briket", with "briketten": "brik" is
"brikken"). A compound whose
last part (four letters or more, after three or more) has the same ending is left out: the
grammar reads it by that part ("vaskekælder" by "kælder").

Written by `assistant build-spelling` beside spelling.json; a test checks it is current.
"""

from __future__ import annotations

from pathlib import Path

from assistant.content import Problems, read_yaml
from assistant.content.grammar import NOUN_LAST_PART, NOUN_PART, SYNCOPE
from assistant.nlp import hunspell, shipped_table

_VOWELS = frozenset("aeiouyæøå")


def _stems(word: str) -> list[tuple[str, str]]:
    """The word, and with its last consonant doubled after a short vowel ("stok" → "stokk")."""
    out = [(word, "")]
    short = len(word) > 2 and word[-2] in _VOWELS
    if short and word[-1] not in _VOWELS and word[-3] not in _VOWELS:
        out.append((word + word[-1], word[-1]))
    return out


def noun_class(word: str, forms: frozenset[str] | set[str]) -> str | None:
    """The definite ending of a bare noun ("en", "et", "n", "t", "ken", …), "+" added for a
    count noun, or None when the dictionary knows no definite form of it. A word with both
    genders' forms ("borden", "bordet": the dictionary's flags are merged) gets both, "en|et":
    the grammar reads the lemma table to choose, or leaves the word as said."""
    e_end = word.endswith("e")
    found: list[str] = []
    counted = False
    stems = _stems(word)
    for stem, doubled in stems:
        for end in ("en", "et"):
            ending = end[1:] if e_end else end
            if stem + ending not in forms or any(f[-1:] == ending[-1:] for f in found):
                continue
            if len(stems) > 1 and not doubled and _own_definite(stem + ending, forms):
                continue  # "briket" (briketten), "planet": a noun of its own, no "brik" + "et"
            plurals = ("ne", "rne") if e_end else ("ene", "erne", "ne", "rne")
            counted = counted or any(stem + p in forms for p in plurals)
            found.append(doubled + ending)
    if not found:
        return _syncope_class(word, forms)
    return "|".join(found) + ("+" if counted else "") if found else None


def _own_definite(form: str, forms: frozenset[str] | set[str]) -> bool:
    """True when the form has a definite singular of its own ("briket": "briketten"): it is
    a noun itself, not another word's definite form. "buretten" is no such sign for "buret"
    (bur's definite): "burette" + "n" makes it too."""
    if form.endswith("e"):
        return form + "n" in forms or form + "t" in forms
    return any(
        s + e in forms and s + "e" not in forms
        for s in (form, form + form[-1])
        for e in ("en", "et")
    )


def _syncope_class(word: str, forms: frozenset[str] | set[str]) -> str | None:
    """The ending of a noun in -el that drops its "e" before the ending ("cykel" → "cyklen",
    "gaffel" → "gaflen", "himmel" → "himlen": a doubled consonant said once), written with one
    SYNCOPE mark per letter dropped before the word's last letter ("~en", "~~en"); None when the
    dictionary has no such form. Only -el: an -er or -en noun keeps its "e" ("søsteren"), and a
    form such as "aborren" is another noun's ("aborre"), no "aborrer" said short."""
    if len(word) < 4 or not word.endswith("el") or word[-3] in _VOWELS:
        return None
    stems = [(word[:-2] + word[-1], SYNCOPE)]
    if word[-3] == word[-4]:
        stems.append((word[:-3] + word[-1], SYNCOPE * 2))
    for stem, mark in stems:
        for end in ("en", "et"):
            if stem + end in forms:
                counted = any(stem + p in forms for p in ("ene", "erne"))
                return mark + end + ("+" if counted else "")
    return None


def noun_table(
    forms: frozenset[str] | set[str],
    places: frozenset[str] = frozenset(),
    verbal: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> dict[str, str]:
    """Every lower-case alphabetic form with a definite singular form → its class, compounds
    read by their last part left out; a place's name said small ("vejle", "danmark") → "-":
    no noun, nor read by its last part ("mark"). A class of both genders keeps one when the
    other's definite is only a verb's form (`verbal`, from verbal_forms: "stolet" of stole,
    "spejlen" of spejle): "stol" is "en+", "spejl" "et+"; only a word entered as a noun only
    is mended ("sadle" of the verb, "med" of the preposition keep their class)."""
    words = {f for f in forms if f.isalpha() and f.islower() and len(f) > 1} - places
    table = {w: c for w in words if (c := noun_class(w, forms)) is not None}
    table = {w: c for w, c in table.items() if _by_last_part(w, table) != c}
    only_verbs, entered = verbal
    if only_verbs:
        nominal = frozenset(forms) - only_verbs
        table = {w: _one_gender(w, c, nominal) if w in entered else c for w, c in table.items()}
    named = {p for p in places if p.isalpha() and (p in forms or _by_last_part(p, table))}
    return table | dict.fromkeys(named, "-")


def _one_gender(word: str, cls: str, nominal: frozenset[str]) -> str:
    """The class of a noun read from the forms no verb alone makes, when that gives it fewer
    genders than `cls` ("en|et+" → "et+" for "spejl"); else `cls` as it is."""
    if "|" not in cls:
        return cls
    found = noun_class(word, nominal)
    return found if found is not None and found.count("|") < cls.count("|") else cls


def _by_last_part(word: str, table: dict[str, str]) -> str | None:
    for k in range(NOUN_PART, len(word) - NOUN_LAST_PART + 1):
        if word[k:] in table:
            return table[word[k:]]
    return None


def places(lang_root: Path) -> frozenset[str]:
    """The dictionary's place names (`place_flag` of nlp/spelling.yaml), lower-cased."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    flag = str(extra.get("place_flag") or "")
    if not flag or not (hunspell.DICT_DIR / "da_DK.dic").is_file():
        return frozenset()
    return frozenset(p.lower() for p in hunspell.flagged(flag))


def verbal_forms(lang_root: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(the forms only hunspell-da's verbs make, the words it enters as nouns only), lower-cased;
    `verb_tags` and `noun_tags` of nlp/spelling.yaml name the morphological fields of a verb's
    and a noun's suffix rules. A
    participle or verbal noun ("stolet" of stole, "spejlen" of spejle) is no noun's definite,
    so "stol" is "en" only and "spejl" "et" only; ((), ()) when no tags or dictionary."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    tags = frozenset(f"+{t}" for t in extra.get("verb_tags") or ())
    noun_tags = frozenset(f"+{t}" for t in extra.get("noun_tags") or ())
    if not tags or not noun_tags or not (hunspell.DICT_DIR / "da_DK.dic").is_file():
        return frozenset(), frozenset()
    flags = hunspell.tagged_flags(tags)
    return hunspell.split_by_flags(flags, hunspell.tagged_flags(noun_tags) - flags)


def build(lang_root: Path, forms: frozenset[str] | set[str]) -> Path:
    """Write lang_root/nlp/nouns.json and return its path."""
    out = lang_root / "nlp" / "nouns.json"
    table = {
        "language": lang_root.name,
        "source": "hunspell-da da_DK (definite endings); assistant build-spelling",
        "nouns": noun_table(forms, places(lang_root), verbal_forms(lang_root)),
    }
    return shipped_table.write(out, table)
