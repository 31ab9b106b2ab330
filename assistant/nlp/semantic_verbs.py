"""The verbs of semantic_cues.json: the thesaurus's words for an activity's own verbs.

thesaurus.yaml `verb_roots` names per activity the verbs that say it and no other ("spadsere",
"strikke", "tilberede"). Their hyponyms ("gå" → "lunte", "trave") and synonyms ("spise" →
"gnaske") in mythes-da are verbs of the same activity only when the sense is the root's: a
SENSE FILTER keeps a word v reached from activity A when
- v is a verb (Hunspell da_DK: an entry with a present tense), no cue, stop word, everyday
  word (among the COMMON_RANK most frequent: "drive", "bede"), `never` word or look-alike;
- v's own thesaurus entry links to no root or cue verb of another activity ("flyde" → "løbe");
- a synonym links back to at least two roots or cue verbs of A in one sense line ("promenere":
  "slentre", "spadsere", "vandre"), a hyponym to one (or has no verb sense of its own);
- no other activity reaches v.
A root that is no cue yet is shipped too ("erindre").
Each kept verb is shipped with its forms (present, past, participle from the Hunspell flags),
each form no form of another word, and as typed without æøå ("svaelge"); the analyzer matches
them as said or by lemma, never as compound parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from assistant.content.grammar import fold

HUNSPELL_DIC = Path("/usr/share/hunspell/da_DK.dic")
MARKS = re.compile(r"\s*\((underbegreb|daglig tale|fagudtryk|vulgær)\)")
HYPONYM = "(underbegreb)"
COMMON_RANK = 2500  # a verb this frequent has too many senses to name one activity
MIN_LEN = 4
PRESENT_FLAG = "21"  # +r, +nde: a verb's present tense and participle
WEAK_E_FLAG = "1"  # +de, +t ("spadserede", "spadseret")
WEAK_TE_FLAG = "20"  # e → te, t ("købte", "købt")


def thesaurus_senses(lines: Iterable[str]) -> dict[str, list[tuple[set[str], set[str]]]]:
    """Entry → its sense lines as (synonyms, hyponyms), single words, lower case, marks cut."""
    out: dict[str, list[tuple[set[str], set[str]]]] = {}
    it = iter(lines)
    next(it, None)  # the encoding line
    for head in it:
        word, _, count = head.rstrip("\n").rpartition("|")
        if not count.isdigit():
            continue
        senses = out.setdefault(word.lower(), [])
        for _ in range(int(count)):
            syns: set[str] = set()
            kids: set[str] = set()
            for raw in next(it, "").rstrip("\n").split("|"):
                word1 = MARKS.sub("", raw).strip().lower()
                if word1.isalpha():
                    (kids if HYPONYM in raw else syns).add(word1)
            senses.append((syns, kids))
    return out


def hunspell_verbs(lines: Iterable[str]) -> dict[str, set[str]]:
    """Verb infinitive → its forms (itself, present, past, participle) from da_DK.dic lines."""
    out: dict[str, set[str]] = {}
    for line in lines:
        word, _, rest = line.strip().partition("/")
        flags, *morph = rest.split(" ")
        flagset = set(flags.split(","))
        if PRESENT_FLAG not in flagset or not word.isalpha() or not word.endswith("e"):
            continue
        forms = out.setdefault(word.lower(), {word, word + "r"})
        if WEAK_E_FLAG in flagset:
            forms |= {word + "de", word + "t"}
        if WEAK_TE_FLAG in flagset:
            forms |= {word[:-1] + "te", word[:-1] + "t"}
        forms |= {m[3:] for m in morph if m.startswith("al:") and m[3:].isalpha()}
    return out


def other_words(lines: Iterable[str]) -> set[str]:
    """Every headword of da_DK.dic that is no verb (nouns, adjectives …): forms to keep out."""
    out: set[str] = set()
    for line in lines:
        word, _, rest = line.strip().partition("/")
        if PRESENT_FLAG not in rest.split(" ")[0].split(","):
            out.add(word.lower())
    return out


def _links(senses: list[tuple[set[str], set[str]]]) -> set[str]:
    return set().union(*(s | k for s, k in senses)) if senses else set()


def verb_table(
    roots: Mapping[str, Iterable[str]],
    cue_verbs: Mapping[str, set[str]],
    senses: dict[str, list[tuple[set[str], set[str]]]],
    verbs: dict[str, set[str]],
    skip: set[str],
    rank: Mapping[str, int],
    taken: Mapping[str, str],
) -> dict[str, str]:
    """Verb form → activity for the sense-filtered synonyms and hyponyms of the roots.
    `cue_verbs`: a cue verb → its activities; `taken`: word → lemma of the lemma table and
    every other word form the table must not claim."""
    own: dict[str, set[str]] = {w: set(a) for w, a in cue_verbs.items()}
    for aid, words in roots.items():
        for word in words:
            own.setdefault(word, set()).add(aid)
    reached: dict[str, set[str]] = {}
    for aid, words in roots.items():
        for root in words:
            if root in verbs and root not in skip and not own[root] - {aid}:
                reached.setdefault(root, set()).add(aid)  # a root no cue says yet ("erindre")
            for syns, kids in senses.get(root, ()):
                for v in syns | kids:
                    if _kept(v, aid, v in kids, own, senses, verbs, skip, rank):
                        reached.setdefault(v, set()).add(aid)
    out: dict[str, str] = {}
    for v, aids in reached.items():
        if len(aids) != 1:
            continue
        (aid,) = aids
        for form in verbs[v]:
            if taken.get(form, v) == v:
                out[form] = aid
    for form, aid in list(out.items()):  # as typed without æøå: "svaelge", "toefler"
        typed = fold(form)
        if typed not in out and typed not in taken and typed not in rank:
            out[typed] = aid
    return out


def _kept(v, aid, hyponym, own, senses, verbs, skip, rank) -> bool:
    if v not in verbs or v in own or v in skip or len(v) < MIN_LEN:
        return False
    if rank.get(v, COMMON_RANK) < COMMON_RANK:
        return False
    links = _links(senses.get(v, []))
    if any(own.get(w, {aid}) - {aid} for w in links):
        return False  # a sense of another activity
    best = max(
        (len({w for w in s | k if aid in own.get(w, ())}) for s, k in senses.get(v, [])), default=0
    )
    if hyponym:
        return best >= 1 or not links or v not in rank  # a rare word has one sense
    return best >= 2
