"""No Python file under assistant/ holds Danish text: it lives in content/da/ (STYLE rule 1).

A string literal is Danish when it has one of the letters æ, ø, å or one of a few common Danish
words (as a whole word: the id `ved_ikke` is one word, the text "ved ikke" two). Docstrings,
comments and the route paths of decorators are not text shown to anyone and are not read. What
is left is in ALLOWED, each with the reason it may stay.
"""

from __future__ import annotations

import ast
import re

import pytest

from assistant import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "assistant"
DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
WORD = re.compile(r"\w+")
COMMON_WORDS = frozenset(
    [
        "ikke",
        "gemt",
        "er",
        "og",
        "skal",
        "kan",
        "du",
        "din",
        "dit",
        "har",
        "findes",
        "skriv",
        "igen",
        "slettet",
        "oprettet",
        "godkendt",
        "borgeren",
        "udkastet",
        "brugeren",
        "eller",
        "der",
        "mangler",
        "gyldig",
        "venligst",
        "min",
        "mit",
        "mine",
        "jeg",
        "med",
        "fra",
    ]
)
NLP_GRAMMAR = (
    "Danish function words the rule-based NLP keys on (issue 13: to move to content/da/nlp/)"
)
#: path under assistant/ → (the literals it may hold, why).
ALLOWED: dict[str, tuple[frozenset[str], str]] = {
    "cli.py": (frozenset({"Hverdagsmål command line."}), "the product's name in English CLI help"),
    "commands/serve.py": (
        frozenset(
            {
                "Run the Hverdagsmål web app (waitress) on the given host and port.",
                "Hverdagsmål: database ",
            }
        ),
        "the product's name in English CLI output",
    ),
    "nlp/semantic_verbs.py": (
        frozenset({r"\s*\((underbegreb|daglig tale|fagudtryk|vulgær)\)"}),
        "the sense marks of Debian's thesaurus file (mythes-da), parsed when the table is built",
    ),
    "commands/chat.py": (
        frozenset({"ved ikke"}),
        "a persona's default answer: simulated citizen input, not output",
    ),
    "content/grammar.py": (
        frozenset("æøåÆØÅ"),
        "the parser folds æ/ø/å to ae/oe/aa when it checks ASCII ids",
    ),
    "content/yesno.py": (frozenset("æøå"), "the letters a yes/no pattern may use"),
    "nlp/spelling.py": (frozenset("æøå"), "the letters of the spelling alphabet"),
    "nlp/spelling_build.py": (frozenset({"æøå"}), "the letters of the spelling alphabet"),
    "nlp/nouns_build.py": (frozenset({"aeiouyæøå"}), "the vowels of the noun table's build"),
    "nlp/lemmas.py": (
        frozenset({"[a-zæøåéü'\\-]+"}),
        "the word pattern of the lemma-table build tool",
    ),
    "exports/fhir_resources.py": (frozenset({"min"}), "the UCUM code of minutes, not Danish"),
    "web/staff_case.py": (frozenset({"staff/mine.html"}), "a template file name, not shown"),
    "content/lexicon.py": (frozenset({"og"}), NLP_GRAMMAR),
    "nlp/activity.py": (frozenset({"'er", "er"}), NLP_GRAMMAR),
    "nlp/compose.py": (frozenset({"er"}), NLP_GRAMMAR),
    "nlp/clauses.py": (
        frozenset({"og", "eller", "kan", "skal", "må", "jeg"}),
        NLP_GRAMMAR,
    ),
    "nlp/extract.py": (frozenset({"der"}), NLP_GRAMMAR),
    "nlp/numbers.py": (frozenset({"og"}), NLP_GRAMMAR),
}


DOTTED_ID = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")  # an endpoint or key ("staff.mine"): an id


def is_danish(text: str) -> bool:
    """True when a literal has æ/ø/å or a common Danish word (a dotted id has none)."""
    if DOTTED_ID.fullmatch(text):
        return False
    return bool(DANISH_LETTERS.search(text)) or any(
        w.lower() in COMMON_WORDS for w in WORD.findall(text)
    )


def _not_text(tree: ast.AST) -> set[int]:
    """The ids of constants that are docstrings, bare string statements or decorator arguments."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))
        for decorator in getattr(node, "decorator_list", ()):
            skip.update(id(n) for n in ast.walk(decorator) if isinstance(n, ast.Constant))
    return skip


def danish_literals(source: str) -> list[tuple[int, str]]:
    """Return (line, literal) for every Danish string literal of a Python source."""
    tree = ast.parse(source)
    skip = _not_text(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and is_danish(node.value)
    ]


def test_no_python_file_holds_danish_text_outside_the_allow_list():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        allowed = ALLOWED.get(name, (frozenset(), ""))[0]
        found += [
            f"assistant/{name}:{line}: {text!r}"
            for line, text in danish_literals(path.read_text("utf-8"))
            if text not in allowed
        ]
    assert not found, "Danish text belongs in content/da/ (t('key')):\n" + "\n".join(found)


def test_every_allowed_literal_is_still_there():
    stale = []
    for name, (literals, _why) in ALLOWED.items():
        held = {text for _, text in danish_literals((PACKAGE / name).read_text("utf-8"))}
        stale += [f"{name}: {text!r}" for text in sorted(literals - held)]
    assert not stale, "remove these from ALLOWED:\n" + "\n".join(stale)


@pytest.mark.parametrize(
    "source",
    [
        'flash("Gemt")',
        'flash(f"Brugeren {name} er gemt.", "info")',
        'error = "Skriv igen"',
        'LABELS = {"new": "Ny", "done": "Færdig"}',
        'answer = "ved ikke"',
        'said = " og ".join(parts)',
        'phrase = f"min {aid}"',
        'help = f"med hjælp fra {who}"',
    ],
)
def test_a_reintroduced_danish_literal_is_caught(source):
    assert danish_literals(source)


@pytest.mark.parametrize(
    "source",
    [
        'def f():\n    """Hvad borgeren har sagt (a docstring)."""\n',
        '@bp.route("/draft/<draft_id>/opfoelgning")\ndef view(): pass\n',
        'card = "ved_ikke"',
        'flash(t("staff_saved_version", version=2))',
        "# Udkastet er gemt\nx = 1",
    ],
)
def test_docstrings_comments_routes_ids_and_keys_pass(source):
    assert not danish_literals(source)
