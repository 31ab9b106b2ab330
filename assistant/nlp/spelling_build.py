"""Build the trimmed spelling table (content/<lang>/nlp/spelling.json) from hunspell-da.

The table holds what the analyzer's spelling step needs and nothing more:
- `restore`: ASCII typings (ae/oe/aa) of Danish forms with æ/ø/å → the real form, for the
  forms the NLP can use (content words, the lemma table, spaCy's Danish stop words), everyday
  words (nlp/common_words.txt, so a quoted "laere" reads "lære") and their inflections; a
  typing that is itself a known word ("for", "bo") is left out;
- `domain`: the content words long enough to have their near-misses fixed;
- `guard`: real words, their ASCII typings and names one edit away from a domain word,
  never "corrected";
- `names`: typings that are also names ("Paaske"), left alone when capitalised;
- `join`: the words two split parts may be joined into ("hjemme plejen");
- `slip_guard`: real words one slip from an everyday word ("snurrer"), never "fixed";
- `places`: the everyday words that are hunspell-da's place names only ("vejle", "aarhus"),
  lower case → the name, written with its capital when typed small;
- `person_names`: the everyday words that are hunspell-da's other names only ("birthe", "poul")
  and their genitives, lower case → the name: written with its capital after a word for a
  person ("min søster birthe");
- `noun_names`: the nouns of the noun table that hunspell-da also gives as names of people
  ("bo", "rose", "sten"): written with a capital mid-sentence, they stay a name.
Run `assistant build-spelling` after changing content words; a test checks it is current.

What the build reads from hunspell-da alone (its 700,000 expanded forms, lower-cased and folded)
is kept in the user's cache folder, keyed on the dictionary's bytes and this code, so a second
build (and the test that the shipped table is current) derives only the content's part again.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import marshal
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.content import Problems, read_yaml
from assistant.content.built import cache_dir
from assistant.nlp import hunspell, shipped_table, spelling
from assistant.nlp.head_forms import head_form_table, typed_heads
from assistant.nlp.hunspell import expand
from assistant.nlp.lemmas import content_words
from assistant.nlp.spelling import (
    FUNCTION_RANK,
    MIN_GLUED,
    MIN_JOIN,
    MIN_LONG_SLIP,
    MIN_NEAR,
    MIN_PART,
    MIN_SLIP,
    MIN_TAIL,
    RARER,
    common_ranks,
    dropped,
    fold,
    glued_parts,
    plain_compound,
    shapes,
    slips,
)


@dataclass(frozen=True)
class Dictionary:
    """What the table needs from the expanded dictionary, independent of the content."""

    forms: frozenset[str]  # every stand-alone form
    accented: tuple[tuple[str, str, str, bool], ...]  # (form, stem, typing, typing is a word)
    names: frozenset[str]  # forms written with a capital, lower-cased
    lows: frozenset[str]  # forms and their typings, lower-cased, long enough for a near-miss


def digest(forms: dict[str, str]) -> Dictionary:
    """Return the content-independent parts of the table's work on the expanded forms."""
    known = {f for f in forms if f.islower()}  # names ("Paaske", "Aars") are kept apart
    accented = tuple(
        (form, stem, fold(form), fold(form) in known)
        for form, stem in forms.items()
        if form.islower() and any(c in form for c in "æøå")
    )
    lows = {low for form in forms for low in (form.lower(), fold(form.lower()))}
    lows = {low for low in lows if len(low) >= MIN_NEAR - 1}
    return Dictionary(
        forms=frozenset(forms),
        accented=accented,
        names=frozenset(f.lower() for f in forms if not f.islower()),
        lows=frozenset(lows),
    )


def _key(dic: Path, aff: Path) -> str:
    """The cache key: the dictionary's bytes, the code that reads it (the expansion, this
    module, fold and MIN_NEAR of the spelling step) and the Python that wrote the file."""
    used = (inspect.getsource(fold), sorted(spelling._FOLD.items()), MIN_NEAR)
    key = hashlib.sha256(f"{sys.implementation.cache_tag} {used!r}".encode())
    for path in (dic, aff, Path(__file__), Path(hunspell.__file__)):
        key.update(path.read_bytes())
    return key.hexdigest()[:32]


def cached_dictionary(dic: Path | None = None) -> Dictionary:
    """Return digest(expand(dic)), from the cache when this dictionary and code made it before.

    A missing, unreadable or foreign cache file is built again and replaced (and the files of
    older dictionaries or code removed); a cache folder that cannot be written only costs the
    next build the time again."""
    dic = dic or hunspell.DICT_DIR / "da_DK.dic"
    aff = dic.with_suffix(".aff")
    path = cache_dir() / f"spelling-{dic.stem}-{_key(dic, aff)}.marshal"
    try:
        forms, accented, names, lows = marshal.loads(path.read_bytes())
        return Dictionary(frozenset(forms), accented, frozenset(names), frozenset(lows))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    found = digest(expand(dic, aff))
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # the sets as tuples: marshal sorts a set's items (reproducible output), 6 s here
        blob = (tuple(found.forms), found.accented, tuple(found.names), tuple(found.lows))
        partial.write_bytes(marshal.dumps(blob))
        partial.replace(path)  # whole or not at all, also with builds running side by side
        for stale in path.parent.glob(f"spelling-{dic.stem}-*.marshal"):
            if stale != path:  # made from an older dictionary or build code
                stale.unlink(missing_ok=True)
    except OSError:
        partial.unlink(missing_ok=True)
    return found


def _stop_words(lang: str) -> set[str]:
    from spacy.util import get_lang_class  # noqa: PLC0415

    return set(get_lang_class(lang).Defaults.stop_words)


def common_words(lang_root: Path) -> set[str]:
    """Everyday words (nlp/common_words.txt): restored when typed without æ/ø/å ("laere"),
    and never "corrected" into a domain word one letter away ("pennen")."""
    path = lang_root / "nlp" / "common_words.txt"
    if not path.is_file():
        return set()
    lines = path.read_text("utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def domain_words(lang_root: Path) -> set[str]:
    """Content words long enough for near-miss repair."""
    return {w for w in content_words(lang_root) if len(w) >= MIN_NEAR and w.isalpha()}


def _unclashed(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Each typing → the word it types, sorted by typing; a typing of two different words is
    left out (it cannot be told which was meant)."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for key, form in pairs:
        if key in out and out[key] != form:
            clash.add(key)
        out[key] = form
    return {k: v for k, v in sorted(out.items()) if k not in clash}


def restore_table(words: Dictionary, own: set[str], wanted: set[str]) -> dict[str, str]:
    """Map the typing of each wanted æ/ø/å form to it; drop typings that are words or ambiguous.

    own: words of the content the dictionary lacks, restored too."""
    own_low = {w for w in own if w.islower()}
    extra = [(w, w, fold(w), fold(w) in words.forms) for w in own_low if any(c in w for c in "æøå")]
    pairs: list[tuple[str, str]] = []
    for form, stem, key, is_word in (*words.accented, *extra):
        if form not in wanted and stem not in wanted:
            continue
        if is_word or key in own_low:  # a typing that is itself a word ("for", "bo")
            continue
        pairs.append((key, form))
    return _unclashed(pairs)


_AE, _OE, _AA = "æøå"
SHORT_HEAD = 2  # a two-letter first part typed in three letters ("tå": "taa")


def short_head_table(words: Dictionary, wanted: set[str], taken: dict[str, str]) -> dict[str, str]:
    """Map the typing of a dictionary compound whose first part is a two-letter word with æ, ø
    or å ("tå", "gå", "sø": typed in three letters, too short a head for the spelling step's
    own compounds) and whose rest is a wanted word of at least MIN_TAIL letters to it
    ("taaneglene" → "tåneglene", "gaaturen" → "gåturen"); not where the typing is a word
    itself, taken already or two words' typing. Only the dictionary's compounds: "toenegle"
    is no "tø" + "negle"."""
    pairs: list[tuple[str, str]] = []
    for form, _stem, key, is_word in words.accented:
        head, rest = form[:SHORT_HEAD], form[SHORT_HEAD:]
        if is_word or key in taken or fold(head) == head or len(rest) < MIN_TAIL:
            continue
        if rest not in wanted or head not in words.forms or not form.isalpha():
            continue
        pairs.append((key, form))
    return _unclashed(pairs)


def single_letter_table(
    words: Dictionary, common: set[str], taken: dict[str, str], rank: dict[str, int] | None = None
) -> dict[str, str]:
    """Map an everyday word's typing with one plain letter for its one å or ø ("maned" →
    "måned", "gore" → "gøre") to it; not where that typing is a word itself ("far" for "får")
    or is two words' typing. An ø typing the everyday list holds too (wordfreq lists names and
    English: "gore", "born"; "son", also a rare form of "sone") is restored when the word is
    RARER times as common (`rank`), a dictionary word or not."""
    pairs: list[tuple[str, str]] = []
    rank = rank or {}
    for form in common:
        letters = [c for c in form if c in "æøå"]
        if len(letters) != 1 or letters[0] == _AE or not form.isalpha():
            continue
        key = form.replace(_AA, "a").replace(_OE, "o")
        listed = key in common
        rarer = False  # "son" (a rare form of "sone", and English) beside "søn"
        if listed and letters[0] == _OE and key in rank and form in rank:
            rarer = rank[key] >= RARER * (rank[form] + 1)
            listed = not rarer
        if (key in words.forms or key in words.lows) and not rarer:
            continue
        if listed or key in taken:
            continue
        pairs.append((key, form))
    return _unclashed(pairs)


def undoubled_table(
    words: Dictionary, common: set[str], taken: dict[str, str], rank: dict[str, int]
) -> dict[str, str]:
    """Map an everyday word the dictionary lacks (English or Swedish in the list: "snake",
    "minuter") that is an everyday word RARER times as common with its double letter typed once
    to that word ("snakke", "minutter"); not where two words are typed so."""
    pairs: list[tuple[str, str]] = []
    for form in common:
        if not form.isalpha() or form not in rank:
            continue
        for key in spelling.undoubled(form):
            if key not in rank or key in words.forms or key in words.lows or key in taken:
                continue
            if rank[key] < RARER * (rank[form] + 1):
                continue
            pairs.append((key, form))
    return _unclashed(pairs)


def left_out_table(
    words: Dictionary, common: set[str], taken: dict[str, str], rank: dict[str, int]
) -> dict[str, str]:
    """Map a long everyday word the dictionary lacks, a misspelling the everyday list counts
    ("ordenligt"), that is a dictionary word RARER times as common with one letter after its
    first and before its last left out to that word ("ordentligt"); not where two words are
    typed so. English in the list has a letter too many ("february") or its last left out
    ("material")."""
    pairs: list[tuple[str, str]] = []
    for form in common:
        if not form.isalpha() or form not in rank or form not in words.forms:
            continue
        for i in range(1, len(form) - 1):
            key = form[:i] + form[i + 1 :]
            if len(key) < MIN_LONG_SLIP or key == form or key not in rank:
                continue
            if key in words.forms or key in words.lows or key in taken:
                continue
            if rank[key] < RARER * (rank[form] + 1):
                continue
            pairs.append((key, form))
    return _unclashed(pairs)


def merged_e_table(
    words: Dictionary, common: set[str], taken: dict[str, str], heads: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Map the typing of a restored word whose æ or ø is followed by an e with the two e's typed
    as one ("knaet" for knæet's "knaeet", "traet" for træet's "traeet") to it; not where that
    typing is a word itself, a compound's first part typed as it is (`heads`: "laende", lænde-,
    is no "læende"), two words' typing or shorter than MIN_NEAR - 1 letters."""
    pairs: list[tuple[str, str]] = []
    for typed, form in taken.items():
        key = typed
        for pair in ("aee", "oee"):
            key = key.replace(pair, pair[:2])
        if key == typed or len(key) < MIN_NEAR - 1:
            continue  # a short one ("moer", "doen") is too near other words
        if key in words.lows or key in words.forms or key in common or key in heads:
            continue
        if key not in taken:  # a typing another table took is left out
            pairs.append((key, form))
    return _unclashed(pairs)


def slip_guard(words: Dictionary, rank: dict[str, int], known: set[str]) -> list[str]:
    """Real words and names (hunspell-da forms, lower-cased) one slip (spelling.slips) from an
    everyday word and not everyday words themselves ("snurrer" next to "snurre", "parkinson"
    next to "parkinsons"), and their typings without æøå one slip from an everyday word's
    ("grundloen", grundløn, next to "grundloven"; "ombudsmaend" next to "ombudsmand"): never
    "fixed"."""
    real = {f.lower() for f in words.forms if len(f) >= MIN_SLIP}
    real |= {key for _form, _stem, key, _is_word in words.accented if len(key) >= MIN_SLIP}
    real -= set(rank) | known
    letters = "".join(sorted(set("".join(rank))))
    found: set[str] = set()
    for word in rank:
        if len(word) >= MIN_SLIP - 1:
            found |= real.intersection(slips(word, letters))
        if (typed := fold(word)) != word:
            found |= real.intersection(slips(typed, letters))
    # A name only (no lower-case form) that is one of the most common words with a letter
    # inside it left out ("Efer", "Dres": efter, deres) is that word typed in haste, not a name.
    lower = {f for f in words.forms if f.islower()}
    hasty = {
        word[:i] + word[i + 1 :]
        for word, place in rank.items()
        if place < FUNCTION_RANK
        for i in range(1, len(word) - 1)
    }
    return sorted(found - (hasty - lower))


def guard_words(words: Dictionary, common: set[str], domain: set[str]) -> list[str]:
    """Real words and names (lower-cased) one edit away from a domain word or another of its
    shapes (spelling.shapes: "farligt" is one letter from "aarligt", the typing of "årligt"),
    or a long one with two letters in a row left out (spelling.dropped)."""
    # The ASCII typing of a real word ("baenken" for "bænken") is no near-miss either.
    # Everyday words hunspell-da lacks ("pennen" next to "vennen") are real words too.
    extra = {low for w in common - words.forms for low in (w.lower(), fold(w.lower()))}
    extra = {low for low in extra if len(low) >= MIN_NEAR - 1} - words.lows
    forms = words.lows | extra if extra else words.lows
    letters = sorted(set("".join(forms - domain)))  # the letters of the forms (one C loop)
    # Every string one insertion, deletion, substitution or swap (damerau1) from a domain word,
    # with the letters the forms use, looked up among the forms: a set lookup per string
    # instead of a search per form.
    found: set[str] = set()
    for word in {shape for w in domain for shape in shapes(w)}:
        near: list[str] = []
        for i in range(len(word) + 1):
            head, tail = word[:i], word[i:]
            near += [head + c + tail for c in letters]
            if tail:
                near.append(head + tail[1:])
                near += [head + c + tail[1:] for c in letters]
            if len(tail) > 1:
                near.append(head + tail[1] + tail[0] + tail[2:])
        found |= forms.intersection(near)
    # and a long domain word with two letters in a row left out ("trappegang" is no
    # "trappeopgang" typed in haste; spelling.dropped)
    for word in {shape for w in domain for shape in (w, fold(w))}:
        found |= forms.intersection(dropped(word))
    return sorted(found - domain - {fold(w) for w in domain})  # a typing is restored instead


def place_names(lang_root: Path, words: Dictionary, common: set[str]) -> dict[str, str]:
    """The everyday words that are place names of the dictionary (its `place_flag` of
    spelling.yaml) and no lower-case word: lower case and ASCII typing → the name ("vejle" →
    "Vejle", "koege" → "Køge"); "aarhus" stays "Aarhus", a name of its own."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    flag = str(extra.get("place_flag") or "")
    if not flag or not (hunspell.DICT_DIR / "da_DK.dic").is_file():
        return {}
    names = {n for n in hunspell.flagged(flag) if n[:1].isupper() and n.isalpha()}
    names = {n for n in names if n.lower() in common and n.lower() not in words.forms}
    out = {n.lower(): n for n in names}
    typed: dict[str, set[str]] = {}
    for name in names:
        if fold(name.lower()) not in words.lows | set(out):
            typed.setdefault(fold(name.lower()), set()).add(name)
    out |= {k: v.pop() for k, v in typed.items() if len(v) == 1}
    return dict(sorted(out.items()))


def person_names(lang_root: Path, words: Dictionary, common: set[str]) -> dict[str, str]:
    """The everyday words that are names of the dictionary other than places (entries with a
    name's genitive, `name_flag` of spelling.yaml, and no `place_flag`) and no lower-case word,
    with their genitives: lower case → the name ("birthe" → "Birthe", "birthes" → "Birthes");
    "kaj" (a quay) and "hans" (his) are words and stay out, the names of
    `names_over_rare_words` ("ellen": also the alder's definite form) stay in."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    flag, place = str(extra.get("name_flag") or ""), str(extra.get("place_flag") or "")
    if not flag or not (hunspell.DICT_DIR / "da_DK.dic").is_file():
        return {}
    places = set(hunspell.flagged(place)) if place else set()
    names = {
        n
        for n in hunspell.flagged(flag)
        if n[:1].isupper() and n[1:].islower() and n.isalpha() and n not in places
    }
    kept = {str(n) for n in extra.get("names_over_rare_words") or ()} & names
    names = {n for n in names if n.lower() in common and n.lower() not in words.forms}
    out: dict[str, str] = {}
    for name in names | kept:
        out[name.lower()] = name
        genitive = f"{name}s"
        if genitive in words.forms and (name in kept or genitive.lower() not in words.forms):
            out[genitive.lower()] = genitive
    return dict(sorted(out.items()))


def joined_words(lang_root: Path) -> set[str]:
    """The words of spelling.yaml `joined_words` ("gammeldans"): compounds that two typed parts
    are joined into though neither the content nor the lemma table holds them."""
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, Problems()) or {}
    return {str(t).lower() for t in extra.get("joined_words") or ()}


def kept_apart(lang_root: Path) -> set[str]:
    """The words of spelling.yaml `kept_apart` ("tai chi") joined as one ("taichi"): a term
    written in two words that two typed words are never joined into."""
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, Problems()) or {}
    return {"".join(str(t).lower().split()) for t in extra.get("kept_apart") or ()}


def noun_names(lang_root: Path) -> list[str]:
    """The nouns of the noun table (nlp/nouns.json, written first) that are names of the
    dictionary other than places too, lower-cased: "fordi Bo er min ven" keeps its capital,
    "fordi Høns er mit arbejde" does not."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    flag, place = str(extra.get("name_flag") or ""), str(extra.get("place_flag") or "")
    table = lang_root / "nlp" / "nouns.json"
    if not flag or not table.is_file() or not (hunspell.DICT_DIR / "da_DK.dic").is_file():
        return []
    nouns = json.loads(table.read_text(encoding="utf-8"))["nouns"]
    places = set(hunspell.flagged(place)) if place else set()
    names = {n for n in hunspell.flagged(flag) if n[:1].isupper() and n not in places}
    return sorted(n.lower() for n in names if nouns.get(n.lower(), "-") != "-")


def build_table(lang_root: Path, forms: dict[str, str] | None = None) -> dict:
    """Return the spelling table for the content in lang_root (forms: expanded hunspell-da,
    else the cached digest of Debian's da_DK)."""
    words = digest(forms) if forms is not None else cached_dictionary()
    lemmas = json.loads((lang_root / "nlp" / "lemmas.json").read_text("utf-8"))["forms"]
    vocab = content_words(lang_root) | set(lemmas) | set(lemmas.values())
    # Content words hunspell-da lacks (compounds: "badebænken") are restored too.
    # (Only those with æ/ø/å: content ids such as "med_hjaelp" are no Danish words.)
    common = common_words(lang_root)
    wanted = vocab | _stop_words(lang_root.name) | common
    own = {w for w in wanted if w.isalpha() and w not in words.forms and fold(w) != w}
    restore = restore_table(words, own, wanted)
    rank = common_ranks(lang_root / "nlp" / "common_words.txt")
    restore |= single_letter_table(words, common, restore, rank)  # "maned", "gore": å, ø
    heads = head_form_table(words.forms, restore)  # "laende-": lænde-
    restore |= merged_e_table(words, common, restore, typed_heads(heads))  # "knaet": knæet
    restore |= heads
    restore |= undoubled_table(words, common, restore, rank)  # "snake": snakke
    restore |= left_out_table(words, common, restore, rank)  # "ordenligt": ordentligt
    restore |= short_head_table(words, wanted, restore)  # "taaneglene": tåneglene
    # ASCII ids in content ("med_hjaelp") are typings to restore, not words to keep.
    domain = domain_words(lang_root) - set(restore)
    join = {w for w in vocab if len(w) >= 2 * MIN_JOIN and w.isalpha()} - set(restore)
    join |= joined_words(lang_root)  # "gammel dans": gammeldans, a word of no table
    join -= kept_apart(lang_root)  # "tai chi": written apart, though a cue spells it as one
    guard = guard_words(words, common, domain)
    places = place_names(lang_root, words, common)
    # a place's typing that is a word's too ("aars": års) is that word; "aarhus" stays a name
    places = {k: v for k, v in places.items() if restore.get(k, k) == k or restore[k] in places}
    return {
        "language": lang_root.name,
        "source": "hunspell-da da_DK (trimmed); assistant build-spelling",
        "restore": restore,
        "domain": sorted(domain),
        "guard": guard,
        "names": sorted(words.names & set(restore)),
        "join": sorted(join),
        "unglue_guard": unglue_guard(lang_root, words, vocab, restore, domain, set(guard)),
        "compound_guard": compound_guard(lang_root, words, vocab, restore, domain, set(guard)),
        "slip_guard": slip_guard(words, rank, vocab | set(restore) | set(guard)),
        "places": places,
        "person_names": person_names(lang_root, words, common),
        "noun_names": noun_names(lang_root),
    }


def unglue_guard(lang_root: Path, words: Dictionary, vocab, restore, domain, guard) -> list[str]:
    """Real words (and their ASCII typings) that look glued ("fremmed" = "frem" + "med"): the
    spelling step must not split them. Known as the analyzer's speller knows words."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    glue = frozenset(str(w).lower() for w in extra.get("glue") or ())
    known = vocab | _stop_words(lang_root.name) | set(restore.values()) | domain | guard
    is_word = lambda w: w in known or w in restore or fold(w) in restore  # noqa: E731
    ends = tuple(glue)
    # the alphabetic forms and their typings (lows holds every one long enough)
    looks = {
        w
        for w in words.lows
        if (w.startswith(ends) or w.endswith(ends)) and len(w) >= MIN_GLUED and w.isalpha()
    }
    return sorted(w for w in looks if glued_parts(w, glue, is_word))


def compound_guard(lang_root: Path, words: Dictionary, vocab, restore, domain, guard) -> list[str]:
    """Real words typed as they are spelled that look like a compound with a plain letter for
    an ø or å ("andefugl": "ånde" + "fugl", "forhandlingen"): the spelling step must not
    restore them (spelling.plain_compound), known as the analyzer's speller knows words."""
    known = vocab | _stop_words(lang_root.name) | common_words(lang_root)
    known |= set(restore.values()) | domain | guard
    plain = lambda w: w in known and not any(p in w for p in spelling._TYPED)  # noqa: E731
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, Problems()) or {}
    ends = sorted(
        (str(e).lower() for e in extra.get("compound_noun_endings") or ()), key=len, reverse=True
    )
    shortest = MIN_NEAR + MIN_PART
    return sorted(
        w
        for w in words.lows
        if len(w) >= shortest
        and w.isalpha()
        and w.isascii()
        and w not in known
        and w not in restore
        and plain_compound(w, restore, plain, tuple(ends))
    )


def build(lang_root: Path) -> Path:
    """Write lang_root/nlp/spelling.json (and the noun table beside it, nouns.json) and return
    its path."""
    from assistant.nlp import nouns_build  # noqa: PLC0415

    nouns_build.build(lang_root, cached_dictionary().forms)
    out = lang_root / "nlp" / "spelling.json"
    return shipped_table.write(out, build_table(lang_root))
