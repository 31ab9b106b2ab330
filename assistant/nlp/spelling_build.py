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
- `join`: the words two split parts may be joined into ("hjemme plejen").
Run `assistant build-spelling` after changing content words; a test checks it is current.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.content import Problems, read_yaml
from assistant.nlp.hunspell import expand
from assistant.nlp.lemmas import content_words
from assistant.nlp.spelling import MIN_GLUED, MIN_JOIN, MIN_NEAR, fold, glued_parts


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


def restore_table(forms: dict[str, str], wanted: set[str]) -> dict[str, str]:
    """Map the typing of each wanted æ/ø/å form to it; drop typings that are words or ambiguous."""
    known = {f for f in forms if f.islower()}  # names ("Paaske", "Aars") are kept apart
    out: dict[str, str] = {}
    clash: set[str] = set()
    for form, stem in forms.items():
        if not form.islower() or not any(c in form for c in "æøå"):
            continue
        if form not in wanted and stem not in wanted:
            continue
        key = fold(form)
        if key in known:
            continue
        if key in out and out[key] != form:
            clash.add(key)
        out[key] = form
    return {k: v for k, v in sorted(out.items()) if k not in clash}


def name_keys(forms: dict[str, str], restore: dict[str, str]) -> list[str]:
    """Typings in the table that are also names: left alone when written with a capital."""
    return sorted({f.lower() for f in forms if not f.islower()} & set(restore))


def guard_words(forms: dict[str, str], domain: set[str]) -> list[str]:
    """Real words and names (lower-cased) one edit away from a domain word."""
    # The ASCII typing of a real word ("baenken" for "bænken") is no near-miss either.
    lows = {low for form in forms for low in (form.lower(), fold(form.lower()))}
    lows = {low for low in lows if len(low) >= MIN_NEAR - 1 and low not in domain}
    letters = sorted({c for low in lows for c in low})
    # Every string one insertion, deletion, substitution or swap (damerau1) from a domain word,
    # with the letters the forms use: a set lookup per form instead of a search per form.
    near: set[str] = set()
    for word in domain:
        for i in range(len(word) + 1):
            head, tail = word[:i], word[i:]
            near.update(head + c + tail for c in letters)
            if tail:
                near.add(head + tail[1:])
                near.update(head + c + tail[1:] for c in letters)
            if len(tail) > 1:
                near.add(head + tail[1] + tail[0] + tail[2:])
    return sorted(lows & near)


def build_table(lang_root: Path, forms: dict[str, str] | None = None) -> dict:
    """Return the spelling table for the content in lang_root (forms: expanded hunspell-da)."""
    forms = forms if forms is not None else expand()
    lemmas = json.loads((lang_root / "nlp" / "lemmas.json").read_text("utf-8"))["forms"]
    vocab = content_words(lang_root) | set(lemmas) | set(lemmas.values())
    # Content words hunspell-da lacks (compounds: "badebænken") are restored too.
    # (Only those with æ/ø/å: content ids such as "med_hjaelp" are no Danish words.)
    common = common_words(lang_root)
    wanted = vocab | _stop_words(lang_root.name) | common
    own = {w: w for w in wanted if w.isalpha() and w not in forms and fold(w) != w}
    restore = restore_table({**forms, **own}, wanted)
    # ASCII ids in content ("med_hjaelp") are typings to restore, not words to keep.
    domain = domain_words(lang_root) - set(restore)
    join = {w for w in vocab if len(w) >= 2 * MIN_JOIN and w.isalpha()} - set(restore)
    # everyday words hunspell-da lacks ("pennen" next to "vennen") are real words too
    guard = guard_words({**forms, **{w: w for w in common if w not in forms}}, domain)
    return {
        "language": lang_root.name,
        "source": "hunspell-da da_DK (trimmed); assistant build-spelling",
        "restore": restore,
        "domain": sorted(domain),
        "guard": guard,
        "names": name_keys(forms, restore),
        "join": sorted(join),
        "unglue_guard": unglue_guard(lang_root, forms, vocab, restore, domain, set(guard)),
    }


def unglue_guard(lang_root: Path, forms, vocab, restore, domain, guard) -> list[str]:
    """Real words (and their ASCII typings) that look glued ("fremmed" = "frem" + "med"): the
    spelling step must not split them. Known as the analyzer's speller knows words."""
    problems = Problems()
    extra = read_yaml(lang_root / "nlp" / "spelling.yaml", lang_root.name, problems) or {}
    glue = frozenset(str(w).lower() for w in extra.get("glue") or ())
    known = vocab | _stop_words(lang_root.name) | set(restore.values()) | domain | guard
    is_word = lambda w: w in known or w in restore or fold(w) in restore  # noqa: E731
    ends = tuple(glue)
    lows = {f.lower() for f in forms if f.isalpha()}
    looks = {
        w
        for low in lows
        for w in (low, fold(low))
        if len(w) >= MIN_GLUED and (w.startswith(ends) or w.endswith(ends))
    }
    return sorted(w for w in looks if glued_parts(w, glue, is_word))


def build(lang_root: Path) -> Path:
    """Write lang_root/nlp/spelling.json and return its path."""
    out = lang_root / "nlp" / "spelling.json"
    text = json.dumps(build_table(lang_root), ensure_ascii=False, indent=0, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    return out
