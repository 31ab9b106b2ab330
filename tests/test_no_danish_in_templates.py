"""No template shows Danish text of its own: words a person sees come from content/da/ via t().

What a page shows from its template is the HTML text outside `{{ }}`/`{% %}`, the attributes
people see or hear (title, alt, aria-label, placeholder, a button's value) and the string
literals a `{{ }}` prints (`{{ x or '(ingen)' }}`, `{{ 'ja' if ok else 'nej' }}`). Every word of
two or more letters there fails, unless it is a name or acronym in WORDS (each with its reason)
or its template's entry in ALLOWED. Any other string literal inside `{{ }}`/`{% %}` fails when it
is Danish by the rule of tests/test_no_danish_in_python.py (a t() key or a route is an id).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from jinja2 import Environment, nodes

from assistant import PROJECT_ROOT
from tests.test_no_danish_in_python import is_danish

TEMPLATES = PROJECT_ROOT / "assistant" / "web" / "templates"
JINJA = re.compile(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", re.S)
WORD = re.compile(r"[^\W\d_]{2,}")
#: Attributes a person sees or hears.
SHOWN_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "placeholder", "aria-description"})
BUTTON_INPUTS = frozenset({"submit", "button", "reset"})
#: Words that are no Danish text to translate: names and acronyms, the same in every language.
WORDS: dict[str, str] = {
    "SMART": "the goal method's name (Specific, Measurable, ...)",
    "FSIII": "the name of the municipal care classification",
    "GAS": "Goal Attainment Scaling, the name of the scale",
    "JSON": "a file format's name",
    "FHIR": "a standard's name",
    "achievementStatus": "the name of a FHIR field",
    "PDF": "a file format's name",
    "GDPR": "the regulation's name",
    "OpenMoji": "the picture library's name",
}
#: template (under templates/) → (words it may still show, why).
ALLOWED: dict[str, tuple[frozenset[str], str]] = {
    "citizen/about.html": (
        frozenset({"CC", "BY", "SA", "openmoji", "org"}),
        "the pictures' licence (CC BY-SA) and web address, the same in every language",
    ),
}


class _Shown(HTMLParser):
    """Collect the text and the shown attribute values of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shown: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        values = dict(attrs)
        self.shown += [v for k, v in attrs if k in SHOWN_ATTRIBUTES and v]
        if tag == "input" and values.get("type") in BUTTON_INPUTS and values.get("value"):
            self.shown.append(values["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.shown.append(data)


def _printed(node: nodes.Node) -> list[str]:
    """The string constants an expression prints as they are (not keys, arguments or tests)."""
    if isinstance(node, nodes.Const):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, nodes.CondExpr):
        return _printed(node.expr1) + (_printed(node.expr2) if node.expr2 else [])
    if isinstance(node, (nodes.Or, nodes.And, nodes.Concat, nodes.Add)):
        parts = node.nodes if isinstance(node, nodes.Concat) else [node.left, node.right]
        return [text for part in parts for text in _printed(part)]
    if isinstance(node, nodes.Filter) and node.node is not None:
        return _printed(node.node)
    return []


def _block_literals(env: Environment, block: str) -> tuple[str, list[str]]:
    """Return (what a Jinja block prints, every string literal in it)."""
    if block.startswith("{#"):
        return " ", []
    inner = block[2:-2].strip("-+ \n")
    if block.startswith("{{"):
        tree = env.parse("{{ " + inner + " }}")
        expr = tree.find(nodes.Output).nodes[0]
        consts = [c.value for c in tree.find_all(nodes.Const) if isinstance(c.value, str)]
        return " " + " ".join(_printed(expr)) + " ", consts
    consts = re.findall(r"""'([^'\\]*)'|"([^"\\]*)\"""", inner)
    return " ", [a or b for a, b in consts]


def shown_words(source: str) -> list[str]:
    """Every word a template shows of its own, and every Danish literal inside its Jinja."""
    env = Environment()
    literals: list[str] = []

    def replace(match: re.Match[str]) -> str:
        printed, consts = _block_literals(env, match.group(0))
        literals.extend(consts)
        return printed

    parser = _Shown()
    parser.feed(JINJA.sub(replace, source))
    parser.close()
    words = [w for text in parser.shown for w in WORD.findall(text) if w not in WORDS]
    return words + [f"'{text}'" for text in literals if is_danish(text)]


def _templates() -> list[str]:
    return sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html"))


@pytest.mark.parametrize("name", _templates())
def test_a_template_shows_no_danish_of_its_own(name):
    allowed = ALLOWED.get(name, (frozenset(), ""))[0]
    found = [w for w in shown_words((TEMPLATES / name).read_text("utf-8")) if w not in allowed]
    assert not found, f"{name}: move to content/da/ (t('key')): {' '.join(found)}"


def test_every_allowed_word_is_still_there():
    stale = []
    for name, (words, _why) in ALLOWED.items():
        stale += [
            f"{name}: {w}"
            for w in sorted(words - set(shown_words((TEMPLATES / name).read_text("utf-8"))))
        ]
    assert not stale, "remove these from ALLOWED:\n" + "\n".join(stale)


@pytest.mark.parametrize(
    "source",
    [
        "<h2>Handlinger</h2>",
        '<button type="submit">Log ud ({{ user }})</button>',
        '<nav aria-label="Hovedmenu"></nav>',
        '<input type="submit" value="Gem">',
        "<p>{{ goal.text or '(intet mål)' }}</p>",
        "<p>{{ 'opfyldt' if ok else 'bør drøftes' }}</p>",
        "{% set title = 'Udkastet er gemt' %}",
        "<p>{{ said_by.get(x, 'ukendt')|lower }} {{ 'svaret af' }}</p>",
    ],
)
def test_a_danish_word_in_a_template_is_caught(source):
    assert shown_words(source)


@pytest.mark.parametrize(
    "source",
    [
        '<h2>{{ t("staff_case_heading") }}</h2>',
        "<li class=\"{{ 'ok' if ok else 'warn' }}\">{{ '✓' if ok else '⚠' }}</li>",
        "{% if row.status == 'returned' %}<a href=\"{{ url_for('staff.edit') }}\">x</a>{% endif %}",
        "<script>var a = 'tekst';</script><p>SMART · FSIII</p>",
        "{# Udkastet er gemt #}<p>{{ row.version }} – {{ n }}</p>",
    ],
)
def test_keys_ids_names_and_comments_pass(source):
    assert not shown_words(source)
