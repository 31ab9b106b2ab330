"""Cue forms that swallow other words (fix round 49, fA): every activity cue and phrase word
becomes a spelling target (the domain, an activity's context) and a lemma match, so a cue one
slip from another word turns that word into the cue ("natpotten" turned the catheter's
"natposen" into it). Two guards, each over a deletion-neighbour index (seconds):

- no real word (hunspell-da's forms, the everyday list) within the speller's reach of a cue
  (one edit from it or from its shape with a double letter typed once) is read as the cue;
- no cue or phrase word that no dictionary knows lies one edit from a frequent everyday word:
  such a cue is a slip written into the content ("ordenligt" beside "ordentligt"), and the
  everyday word's own typings would become it.

Pairs a person checked and kept are listed in content/da/nlp/cue_neighbours.yaml, each with
its reason. What no word list can tell (a compound no dictionary holds, like "natposen", two
edits from a cue through its double letter) stays for review by hand."""

from __future__ import annotations

from functools import cache

import yaml

from assistant import CONTENT_ROOT
from assistant.nlp import get_analyzer
from assistant.nlp.spelling import (
    MIN_NEAR,
    _schwa_forms,
    damerau1,
    fold,
    shapes,
    undoubled,
    vowel_letter_forms,
)
from assistant.nlp.spelling_build import cached_dictionary

MIN_SLIP_CUE = 5  # shortest cue checked for being a slip of an everyday word
EVERYDAY_TOP = 30000  # the everyday words a cue may look like a slip of (by frequency rank)


def _speller():
    return get_analyzer().nlp.get_pipe("hm_spelling").speller


@cache
def _reviewed() -> dict[str, frozenset[str]]:
    """cue → the neighbours a person checked (content/da/nlp/cue_neighbours.yaml)."""
    path = CONTENT_ROOT / "da" / "nlp" / "cue_neighbours.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    assert data["language"] == "da"
    out: dict[str, set[str]] = {}
    for row in data["reviewed"] or ():
        assert str(row.get("reason", "")).strip(), f"{path}: {row} needs a reason"
        out.setdefault(str(row["cue"]), set()).add(str(row["word"]))
    return {k: frozenset(v) for k, v in out.items()}


def _deletes(word: str) -> set[str]:
    """The word and every string with one letter left out."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _typing_rule(word: str, fixed: str) -> bool:
    """True when the speller's own typing rules read `word` as `fixed`: a double letter typed
    twice or once ("billens": bilens), a plain vowel for æ, ø, å ("lobbende": løbende), an e
    speech drops ("gnistr": gnister). They prefer the everyday cue form over a rare dictionary
    form by design; the guard is for the cue one plain slip from a real word."""
    return (
        fixed in undoubled(word)
        or word in undoubled(fixed)
        or fixed in _schwa_forms(word)
        or fixed in vowel_letter_forms(word)
        or any(fixed in vowel_letter_forms(w) for w in undoubled(word) | undoubled(fixed))
        or fold(fixed) == word
    )


def _cue_forms() -> set[str]:
    """The forms the activity cues make spelling targets of: each activity's context."""
    return {w for group in _speller().contexts for w in group if w.isalpha()}


def _content_words() -> dict[str, str]:
    """Every word activities.yaml writes as a cue or an exact phrase word → its activity."""
    out = {}
    for act in get_analyzer().content.activities.values():
        for cue in (*act.cues, *act.weak_cues, *act.word_cues, *act.compound_cues):
            out[cue.split("^")[0].strip().lower()] = act.id
        for pattern in (*act.phrases, *act.motion_phrases):
            for item in pattern.split():
                for alt in item.rstrip("?").split("|"):
                    if alt.startswith("="):
                        out.setdefault(alt[1:].lower(), act.id)
    return {w: a for w, a in out.items() if w.isalpha()}


def test_no_real_word_within_a_slip_of_a_cue_is_read_as_the_cue():
    """ "kupér" (the verb) is no slip of a cue "kupéer"; "natposen" was read as "natpotten".
    Every dictionary form and everyday word one edit from a cue's shape stays as typed."""
    sp = _speller()
    cues = {c for c in _cue_forms() if len(c) >= MIN_NEAR}
    index: dict[str, set[str]] = {}
    for cue in cues:
        for shape in shapes(cue):
            for key in _deletes(shape):
                index.setdefault(key, set()).add(cue)
    words = {w for w in cached_dictionary().forms if w.islower() and w.isalpha()}
    words |= {w for w in sp.common if w.isalpha()}
    reviewed = _reviewed()
    swallowed, checked = {}, 0
    for word in words:
        if len(word) < MIN_NEAR - 1 or word in cues or sp.is_word(word) or word in sp.common:
            continue  # the known and everyday words are never changed (test_spelling)
        near = {c for key in _deletes(word) for c in index.get(key, ())}
        if not near:
            continue
        checked += 1
        fixed = sp.word(word)
        if fixed == word or fixed not in near or _typing_rule(word, fixed):
            continue
        if word not in reviewed.get(fixed, ()):
            swallowed[word] = fixed
    assert checked > 1000  # the guard reads the cues' neighbours
    assert swallowed == {}


def test_no_cue_or_phrase_word_is_a_slip_of_an_everyday_word():
    """A cue no dictionary knows, one edit from a frequent everyday word, is a slip written
    into the content ("ordenligt" for "ordentligt"): the typing "ordenlig" of "ordentlig"
    would be read as it. Real words the dictionary lacks are reviewed in cue_neighbours.yaml."""
    sp = _speller()
    forms = cached_dictionary().forms
    index: dict[str, list[str]] = {}
    for word, rank in sp.common.items():
        if rank < EVERYDAY_TOP and word.isalpha():
            for key in _deletes(word):
                index.setdefault(key, []).append(word)
    lemma = get_analyzer().lex.lemma
    reviewed = _reviewed()
    slips = {}
    for word, act in sorted(_content_words().items()):
        if len(word) < MIN_SLIP_CUE or word in forms or word in sp.common:
            continue
        if sp.word(word) != word:
            continue  # a typing the speller reads as another word ("haaret": håret) first
        near = {w for key in _deletes(word) for w in index.get(key, ())}
        near = {w for w in near if damerau1(word, w) and lemma(w) != lemma(word)}
        near -= reviewed.get(word, frozenset())
        if near:
            slips[word] = (act, sorted(near))
    assert slips == {}


def test_the_reviewed_pairs_still_name_a_cue():
    """Each reviewed pair names a word the speller still targets (a cue, a phrase word or a
    domain word): a stale row is taken out."""
    targets = set(_content_words()) | _cue_forms() | set(_speller().domain)
    assert sorted(set(_reviewed()) - targets) == []
