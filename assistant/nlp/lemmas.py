"""Build the trimmed Danish lemma table (content/<lang>/nlp/lemmas.json) from spacy-lookups-data.

The full lookup table has ~550k forms and costs 1.5 s and ~170 MB to load. The NLP only
ever compares lemmas with words named in content, so the table keeps just the forms whose
lemma (or own form) is a word the content names. Run `assistant build-lemmas` after
changing cue words; a test checks that the shipped table is current.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from assistant.content import nfc

_WORD = re.compile(r"[a-zæøåéü'\-]+")
#: Lists matched by the form as said, never by lemma: their words add no forms to the table
#: (the group words of "Kim fra bandet" would make "band" a plural to the grammar); the
#: parts and ends a word is matched by ("genoptræn", "kommun") are no words at all.
_FORM_ONLY = frozenset(
    {"member_groups", "coach_rehab_parts", "coach_rehab_ends", "coach_not_groups"}
)


def content_words(lang_root: Path) -> set[str]:
    """Return every lower-case word of the content the NLP matches on (activities, nlp/).

    spelling.yaml is left out: it lists misspellings, not words to match; so is thesaurus.yaml,
    the build input of semantic_cues.json (thesaurus_build.py), whose `never` words match nothing.
    """
    words: set[str] = set()
    build_only = ("spelling.yaml", "thesaurus.yaml")
    nlp_files = [p for p in sorted((lang_root / "nlp").glob("*.yaml")) if p.name not in build_only]
    for path in [lang_root / "activities.yaml", *nlp_files]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        words.update(_walk(data))
    return words


def _walk(node) -> Iterable[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if "_" not in str(k):  # a snake_case key is an identifier, never a content word
                yield from _walk(k)
            if k not in _FORM_ONLY:
                yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)
    elif isinstance(node, str):
        for w in _WORD.findall(nfc(node).lower()):
            yield w.strip("-'")


def full_table() -> dict[str, str]:
    """Load spacy-lookups-data's Danish lemma lookup table (a dev dependency)."""
    import spacy_lookups_data  # noqa: PLC0415

    path = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def people_words(lang_root: Path) -> set[str]:
    """Return every word form of a person named in nlp/people.yaml."""
    data = yaml.safe_load((lang_root / "nlp" / "people.yaml").read_text(encoding="utf-8"))
    return set(_walk(data.get("people") or {})) | set(_walk(data.get("third_person_nouns") or []))


def verb_people_words(lang_root: Path) -> set[str]:
    """Return the person words of nlp/people.yaml that are also a verb's form (`verb_people`)."""
    data = yaml.safe_load((lang_root / "nlp" / "people.yaml").read_text(encoding="utf-8"))
    return set(_walk(data.get("verb_people") or []))


def aid_words(lang_root: Path) -> set[str]:
    """Return every form of an aid's name or a tool's head in nlp/aids.yaml ("greb", "bræt"):
    a noun, whose lemma is the noun ("greb" is no form of "gribe" there)."""
    data = yaml.safe_load((lang_root / "nlp" / "aids.yaml").read_text(encoding="utf-8"))
    return set(_walk(data.get("aids") or {})) | set(_walk(data.get("tool_heads") or {}))


def trimmed_table(
    words: set[str],
    table: dict[str, str],
    keep: set[str] = frozenset(),
    verbs: set[str] = frozenset(),
) -> dict[str, str]:
    """Keep the forms whose lemma is a content word, or that are content words themselves.

    A person's or an aid's form in `keep` stays itself: "moster" is not the plural of "most",
    "greb" no form of "gribe"; one in `verbs` keeps its verb's lemma too ("lærer" is "lære";
    the people table names the teacher).
    """
    wanted = {table.get(w, w) for w in words} | words
    return {
        form: lemma
        for form, lemma in sorted(table.items())
        if (lemma in wanted or form in words)
        and form != lemma
        and form.islower()
        and (form not in keep or lemma in keep or form in verbs)
    }


def table_for(lang_root: Path) -> dict[str, str]:
    """Return the trimmed lemma table the content in lang_root needs."""
    table = full_table()
    # an aid's form that is its verb's present ("holder", "sætter") stays the verb's too
    aids = aid_words(lang_root)
    present = {w for w in aids if table.get(w, "") + "r" == w}
    keep, verbs = people_words(lang_root) | aids, verb_people_words(lang_root) | present
    return trimmed_table(content_words(lang_root), table, keep, verbs)


def build(lang_root: Path) -> Path:
    """Write lang_root/nlp/lemmas.json and return its path."""
    forms = table_for(lang_root)
    out = lang_root / "nlp" / "lemmas.json"
    doc = {
        "language": lang_root.name,
        "source": "spacy-lookups-data da_lemma_lookup (trimmed)",
        "forms": forms,
    }
    out.write_text(
        json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return out
