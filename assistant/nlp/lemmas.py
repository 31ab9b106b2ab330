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
from assistant.content.files import REFERENCE
from assistant.nlp import shipped_table

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
    the build input of semantic_cues.json (thesaurus_build.py), whose `never` words match nothing,
    and refusals_apart.yaml, a test's allow-list of content keys with English reasons.
    """
    words: set[str] = set()
    build_only = ("spelling.yaml", "thesaurus.yaml", "refusals_apart.yaml")
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
    elif isinstance(node, str) and not REFERENCE.match(node):  # "<refusals.negations>": a name
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


def lemma_apart_words(lang_root: Path) -> set[str]:
    """Return the forms activities.yaml keeps apart from a cue's lemma (`lemma_apart`)."""
    data = yaml.safe_load((lang_root / "activities.yaml").read_text(encoding="utf-8"))
    return set(_walk(data.get("lemma_apart") or []))


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
    keep |= lemma_apart_words(lang_root)  # "redet", "rid": homographs kept themselves
    forms = trimmed_table(content_words(lang_root), table, keep, verbs)
    # … and one the table reads as a verb's is its noun's: "grebet" is "greb", "gaflen" "gaffel"
    heads = tool_head_forms(lang_root)
    for form in aids - present - forms.keys():
        noun = heads.get(form) or _aid_stem(form, aids)
        if form in table and noun and noun != form:
            forms[form] = noun
    return dict(sorted(forms.items()))


def tool_head_forms(lang_root: Path) -> dict[str, str]:
    """Return each form of a tool's head in nlp/aids.yaml with its head ("gaflen": gaffel)."""
    data = yaml.safe_load((lang_root / "nlp" / "aids.yaml").read_text(encoding="utf-8"))
    return {
        nfc(str(form)).lower(): nfc(str(head)).lower()
        for head, forms in (data.get("tool_heads") or {}).items()
        for form in forms or ()
    }


_STEM_MIN = 3  # letters of an aid's bare form a longer form of it begins with ("lup|pen")


_ENDING_MAX = 4  # letters of an inflection's ending after a stem ("erne")
_VOWELS = "aeiouy"  # an inflection's ending begins with one, after a doubled consonant at most


def _aid_stem(form: str, aids: set[str]) -> str | None:
    """The longest aid form a form inflects ("grebet": greb, "luppen": lup): the rest a short
    ending that opens with a vowel, after the stem's last letter doubled at most; never a
    compound's first part ("skohorn", "iltflaske"); None for none."""
    stems = []
    for a in aids:
        if len(a) < _STEM_MIN or a == form or not form.startswith(a):
            continue
        rest = form[len(a) :]
        rest = rest[1:] if rest[:1] == a[-1:] else rest
        if 0 < len(rest) <= _ENDING_MAX and rest[0] in _VOWELS:
            stems.append(a)
    return max(stems, key=len, default=None)


def build(lang_root: Path) -> Path:
    """Write lang_root/nlp/lemmas.json and return its path."""
    forms = table_for(lang_root)
    out = lang_root / "nlp" / "lemmas.json"
    doc = {
        "language": lang_root.name,
        "source": "spacy-lookups-data da_lemma_lookup (trimmed)",
        "forms": forms,
    }
    return shipped_table.write(out, doc)
