"""Checks on a played persona's output beyond plain fields: the goal sentence's words and grammar.

`check(out, expect)` takes the stdout JSON of `assistant chat` and the persona's expect dict and
returns a list of problems (empty when all is well). It handles the keys `goal_has`, `goal_lacks`,
`lacks` and `no_draft`, and runs `grammar_problems` on every goal sentence, whatever the persona.
"""

from __future__ import annotations

import re
import unicodedata

KEYS = frozenset({"goal_has", "goal_lacks", "lacks", "no_draft"})

# Neuter (et-) nouns a goal sentence is likely to hold after a possessive: "mit barnebarn".
NEUTER_NOUNS = frozenset({
    "barn", "barnebarn", "oldebarn", "hus", "hjem", "køkken", "badeværelse", "værelse", "tøj",
    "liv", "kor", "sommerhus", "rækkehus", "toilet", "bad", "helbred", "ur", "fjernsyn",
    "kørekort", "cykelhjul", "haveanlæg", "drivhus", "bibliotek", "spil", "postbud",
    # neuter aids ("min støttehåndtag" was once written after a synonym "et greb")
    "støttehåndtag", "gelænder", "gangstativ", "bruseklapsæde", "glidebræt", "skohorn",
    "nødkald", "høreapparat", "hjælpemiddel", "glidestykke", "forflytningsbræt",
})  # fmt: skip
POSSESSIVES_COMMON = ("min", "din", "sin")

# Danish words written with ae/oe/aa for æ/ø/å, as people type them without a Danish keyboard.
ASCII_SPELLINGS = frozenset({
    "saa", "paa", "naar", "hvornaar", "gaa", "gaar", "gaaet", "faa", "faar", "faaet", "staa",
    "staar", "maa", "baade", "aaret", "vaere", "vaek", "hjaelp", "hjaelpe", "hjaelpemiddel",
    "kaere", "laere", "foer", "koebe", "koeber", "koere", "koerer", "loebe", "soen", "doer",
    "doeren", "oenske", "oensker", "foedselsdag", "foedselsdagen", "koekken", "koekkenet",
    "koekkenhaven", "hoere", "boern", "boernebarn", "boernebørn", "naeste", "aeldre", "soendag",
    "toej", "doed", "traet", "svaer", "svaert", "laengere", "koebmand", "kloe", "saadan", "naa",
    "faerdig", "vaerelse", "badevaerelse", "selvfoelgelig", "haand",
    "haender", "soendagen", "boernehaven", "genoptraening", "genoptraeningen", "foraaret",
    "maaned", "loerdag", "aeldreklubben", "oeve", "oever", "moede", "moeder", "proeve", "hoej",
    "graense",
})  # fmt: skip
# Words ending in -er that may follow a modal verb without being a present tense verb.
NOT_PRESENT_TENSE = frozenset({
    "hver", "heller", "over", "under", "efter", "atter", "der", "her", "aldrig", "mer", "sommer",
    "vinter", "senere", "andre", "ender",
})  # fmt: skip
SHORT_PRESENT = frozenset({"ser", "gør", "går", "får", "tør", "bor", "dør", "tror", "ler"})
MODALS = ("kan", "kunne", "vil", "skal", "må")
WORD = re.compile(r"\w+")


def norm(text) -> str:
    """Return text NFC-normalised, lower-cased, with runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", str(text or "")).lower().split())


def has_phrase(text: str, phrase: str, *, whole: bool) -> bool:
    """Whether phrase occurs in text from a word start (and, when `whole`, to a word end)."""
    end = r"(?!\w)" if whole else ""
    return re.search(r"(?<!\w)" + re.escape(norm(phrase)) + end, norm(text)) is not None


def grammar_problems(text: str) -> list[str]:
    """Return what is ungrammatical or mistyped in a Danish goal sentence (empty when fine)."""
    problems = []
    words = WORD.findall(norm(text))
    # Word pairs only within a clause: "... savner det. Det vil jeg ..." is no doubled word.
    clauses = [WORD.findall(part) for part in re.split(r"[.,;:!?]", norm(text))]
    pairs = [pair for c in clauses for pair in zip(c, c[1:], strict=False)]
    for first, second in pairs:
        if first == second and not first.isdigit():
            problems.append(f"doubled word {first!r} {second!r}")
        if first in ("kan", "kunne") and second == "kunne":
            problems.append(f"double modal {first!r} {second!r}")
        if first in MODALS and _present_tense(second):
            problems.append(f"present tense after a modal {first!r} {second!r}")
        if first in POSSESSIVES_COMMON and second.removesuffix("s") in NEUTER_NOUNS:
            problems.append(f"common-gender possessive before a neuter noun {first!r} {second!r}")
    problems += [f"ASCII spelling of a Danish word {w!r}" for w in words if w in ASCII_SPELLINGS]
    triples = [t for c in clauses for t in zip(c, c[1:], c[2:], strict=False)]
    if ("vil", "kunne", "ikke") in triples:
        problems.append("'vil kunne ikke': the negation belongs before 'kunne'")
    grams = [" ".join(words[i : i + 4]) for i in range(len(words) - 3)]
    doubled = sorted({g for g in grams if grams.count(g) > 1})
    problems += [f"doubled clause {g!r}" for g in doubled]
    return problems


def _present_tense(word: str) -> bool:
    if word in SHORT_PRESENT:
        return True
    return len(word) > 3 and word.endswith("er") and word not in NOT_PRESENT_TENSE


def _get(data, path: str):
    for part in path.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def _holds(items, item) -> bool:
    """Whether a list holds item, or (for strings) an element naming it as a whole word."""
    if isinstance(item, str):
        return any(isinstance(x, str) and has_phrase(x, item, whole=True) for x in items)
    return item in items


def check(out: dict, expect: dict) -> list[str]:
    """Return the problems of a played persona's stdout against the new expect keys and grammar."""
    has_draft = bool(out.get("draft_id")) and isinstance(out.get("goal"), dict)
    if expect.get("no_draft") or expect.get("refused"):
        return [] if out.get("draft", "") is None else [f"a draft was made: {str(out)[:300]}"]
    wanted = any(expect.get(key) for key in ("goal_has", "goal_lacks", "lacks"))
    if not has_draft:
        return ["no draft, but the persona expects one"] if wanted else []
    text = out["goal"].get("text") or ""
    problems = [f"goal.text: {p}: {text!r}" for p in grammar_problems(text)]
    for phrase in expect.get("goal_has") or []:
        if not has_phrase(text, phrase, whole=False):
            problems.append(f"goal.text lacks {phrase!r}: {text!r}")
    for phrase in expect.get("goal_lacks") or []:
        if has_phrase(text, phrase, whole=True):
            problems.append(f"goal.text holds {phrase!r}: {text!r}")
    for path, items in (expect.get("lacks") or {}).items():
        value = _get(out, path) or []
        for item in items:
            if _holds(value, item):
                problems.append(f"{path} holds {item!r}: {value!r}")
    return problems
