"""Build content/<lang>/nlp/semantic_cues.json from the Danish thesaurus (Debian's mythes-da).

MyThes format: a line `word|n`, then n lines `|syn|syn…`; a word marked " (underbegreb)" is a
hyponym of the entry ("tøj" → "børnetøj (underbegreb)"). From each activity's starting nouns
(thesaurus.yaml `roots`: its own cues, specific to it) the hyponyms are walked down, one link
or as many as the root asks (at most MAX_DEPTH); a word over MIN_CUE_KIDS cues of one activity
is added too (cue_parents: "tilberede" over "bage", "stege", "koge"). Left out: a word reached
from two activities, a cue, a spelling or dialect map's word, another word's form ("sender" of
"sende"), a stop word, a short or multi-word entry, and thesaurus.yaml's `never`. The analyzer
reads the table as a last resort (semantic_cues.semantic_activity): a word only it knows
decides the activity when no cue of the content does. The table's `verbs` come from
thesaurus.yaml's `verb_roots` through the sense filter of semantic_verbs.py.

Run `assistant build-semantic-cues` after changing the cues or thesaurus.yaml; a test checks
that the shipped table is current.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from assistant.content import Problems, load_content, read_yaml
from assistant.nlp import semantic_verbs, shipped_table
from assistant.nlp.activity import content_stop_words
from assistant.nlp.lemmas import aid_words

THESAURUS = Path("/usr/share/mythes/th_da_DK.dat")
FILE_NAME = "semantic_cues.json"
HYPONYM_MARK = " (underbegreb)"
MAX_DEPTH = 3  # the deepest a root may ask for ("root^2"); one link unless it asks
MIN_LEN = 4
MIN_CUE_KIDS = 3  # a word over this many cues of one activity (cue_parents) names it too


def hyponym_graph(lines: Iterable[str]) -> dict[str, set[str]]:
    """Entry word → its single-word hyponyms (lower case), read from MyThes lines."""
    graph: dict[str, set[str]] = {}
    it = iter(lines)
    next(it, None)  # the encoding line
    for head in it:
        word, _, count = head.rstrip("\n").rpartition("|")
        if not count.isdigit():
            continue
        kids = graph.setdefault(word.lower(), set())
        for _ in range(int(count)):
            for syn in next(it, "").rstrip("\n").split("|"):
                if syn.endswith(HYPONYM_MARK):
                    kid = syn[: -len(HYPONYM_MARK)].strip().lower()
                    if kid.isalpha():
                        kids.add(kid)
    return graph


def walk_down(graph: dict[str, set[str]], root: str, depth: int = MAX_DEPTH) -> set[str]:
    """Every hyponym of root, transitively, up to `depth` links down (root left out)."""
    seen: set[str] = set()
    level = {root}
    for _ in range(depth):
        level = {k for w in level for k in graph.get(w, ())} - seen - {root}
        seen |= level
    return seen


def cue_parents(
    graph: dict[str, set[str]], owners: dict[str, set[str]], least: int = MIN_CUE_KIDS
) -> dict[str, set[str]]:
    """Words at least `least` of whose hyponyms are cues of one activity and none of another's
    ("tilberede" over "bage", "stege", "koge"; "fodtøj" over "sko", "støvle", "sandal"):
    word → {that activity}. `owners`: a cue word → the activities it is a full cue of."""
    out: dict[str, set[str]] = {}
    for word, kids in graph.items():
        named = [owners[k] for k in kids if k in owners]
        if len(named) >= least and len(set().union(*named)) == 1:
            out[word] = set(named[0])
    return out


def _map_words(spelling_yaml: dict) -> set[str]:
    """The words any map of spelling.yaml rewrites (typos, dialect, old spellings …)."""
    out: set[str] = set()
    for value in spelling_yaml.values():
        if isinstance(value, dict):
            out |= {str(k).lower() for k in value}
            out |= {str(v).lower() for v in value.values() if isinstance(v, str)}
    return out


def table_for(lang_root: Path, thesaurus: Path = THESAURUS) -> dict:
    """The table the thesaurus gives for lang_root's activities and thesaurus.yaml."""
    lang = lang_root.name
    problems = Problems()
    conf = read_yaml(lang_root / "nlp" / "thesaurus.yaml", lang, problems) or {}
    spell = read_yaml(lang_root / "nlp" / "spelling.yaml", lang, problems) or {}
    problems.raise_if_any()
    content = load_content(lang, lang_root.parent)
    lex = content.lexicon
    roots: dict[str, list[str]] = conf.get("roots") or {}
    unknown = sorted(set(roots) - set(content.activities))
    if unknown:
        problems.add(lang_root / "nlp" / "thesaurus.yaml", f"unknown activities: {unknown}")
        problems.raise_if_any()
    cued: set[str] = set()
    owners: dict[str, set[str]] = {}  # a full cue (weight 2 or more) → its activities
    cue_acts: dict[str, set[str]] = {}  # any cue → its activities
    for act in content.activities.values():
        for cue in (*act.cues, *act.weak_cues, *act.word_cues, *act.compound_cues):
            word = cue.partition("^")[0].strip().lower()
            cued |= {word, lex.lemma(word)}
            cue_acts.setdefault(lex.lemma(word), set()).add(act.id)
        for cue in act.cues:
            word, _, weight = cue.partition("^")
            if float(weight or 2) >= 2:
                owners.setdefault(word.strip().lower(), set()).add(act.id)
    spelled = json.loads((lang_root / "nlp" / "spelling.json").read_text(encoding="utf-8"))
    skip = cued | _map_words(spell) | set(spelled["restore"]) | set(conf.get("never") or ())
    graph = hyponym_graph(thesaurus.read_text(encoding="utf-8").splitlines())
    reached: dict[str, set[str]] = {}
    for aid, words in roots.items():
        for root in words:
            word0, _, depth = str(root).partition("^")
            for word in walk_down(graph, word0.strip(), min(int(depth or 1), MAX_DEPTH)):
                reached.setdefault(word, set()).add(aid)
    for word, aids in cue_parents(graph, owners).items():
        reached.setdefault(word, set()).update(aids)
    stops = content_stop_words(content)  # "lave", "sige": too common to name anything
    skip |= stops
    cues = {
        word: next(iter(aids))
        for word, aids in reached.items()
        if len(aids) == 1 and len(word) >= MIN_LEN and word.isalpha()
        if word not in skip and lex.lemma(word) == word
    }
    verbs = _verbs(conf, content, cue_acts, thesaurus, skip, lang_root)
    return {
        "language": lang,
        "source": f"{thesaurus} (mythes-da, Stavekontrolden): hyponyms of nlp/thesaurus.yaml"
        " and words over the cues; verbs: their sense-filtered synonyms and hyponyms, forms"
        f" from {semantic_verbs.HUNSPELL_DIC}",
        "max_depth": MAX_DEPTH,
        "cues": dict(sorted(cues.items())),
        "verbs": dict(sorted(verbs.items())),
    }


def _verbs(conf, content, cue_acts, thesaurus, skip, lang_root) -> dict[str, str]:
    """semantic_verbs.verb_table for thesaurus.yaml's `verb_roots`."""
    roots: dict[str, list[str]] = conf.get("verb_roots") or {}
    unknown = sorted(set(roots) - set(content.activities))
    if unknown:
        problems = Problems()
        problems.add(lang_root / "nlp" / "thesaurus.yaml", f"unknown activities: {unknown}")
        problems.raise_if_any()
    dic = semantic_verbs.HUNSPELL_DIC.read_text(encoding="utf-8").splitlines()[1:]
    verbs = semantic_verbs.hunspell_verbs(dic)
    senses = semantic_verbs.thesaurus_senses(thesaurus.read_text(encoding="utf-8").splitlines())
    common = (lang_root / "nlp" / "common_words.txt").read_text(encoding="utf-8").splitlines()
    words = [w.strip() for w in common if w.strip() and not w.startswith("#")]
    rank = {w: i for i, w in reversed(list(enumerate(words)))}
    cue_verbs = {w: a for w, a in cue_acts.items() if w in verbs}
    taken = dict(content.lexicon.lemmas)
    taken.update({w: w for w in semantic_verbs.other_words(dic) if w not in taken})
    # an aid's own word is no verb's form ("tøfler": slippers, not "tøfle")
    taken.update({w: w for w in aid_words(lang_root) if w not in taken})
    return semantic_verbs.verb_table(roots, cue_verbs, senses, verbs, skip, rank, taken)


def build(lang_root: Path) -> Path:
    """Write lang_root/nlp/semantic_cues.json and return its path."""
    out = lang_root / "nlp" / FILE_NAME
    return shipped_table.write(out, table_for(lang_root))
