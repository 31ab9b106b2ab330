"""axe-core in the browser tests: injected once per document, only the violations sent back.

axe_playwright_python's `Axe().run` evaluated the whole 570 KB axe script before every check
(sent through Playwright's pipe and compiled again, even on a document that had it) and sent
back every result type (passes, incomplete, inapplicable: ~50 KB of JSON a check). Here the
script is evaluated only when the document lacks it, and axe runs with the same options (all
its default rules, or the options a test names) but returns its violations alone.
"""

from __future__ import annotations

from axe_playwright_python.base import AXE_SCRIPT

# The options axe_playwright_python passes by default.
DEFAULT_OPTIONS = {"resultTypes": ["violations"]}


def axe_violations(page, options: dict | None = None) -> list[dict]:
    """Run axe-core on the page's document; return its violations (axe's own dicts)."""
    if not page.evaluate("() => typeof window.axe === 'object' && !!window.axe.run"):
        page.evaluate(AXE_SCRIPT)
    return page.evaluate(
        "options => axe.run(document, options).then(results => results.violations)",
        {**DEFAULT_OPTIONS, **(options or {})},
    )


def snapshot(violations: list[dict]) -> str:
    """One line a violation: `<id> (<impact>) : <number of nodes>` (as generate_snapshot)."""
    return "\n".join(f"{v['id']} ({v['impact']}) : {len(v['nodes'])}" for v in violations)


def assert_no_violations(page, name: str, options: dict | None = None) -> None:
    """Assert axe-core finds no violation on the page; name the page state when it does."""
    violations = axe_violations(page, options)
    assert violations == [], f"{name}:\n{snapshot(violations)}"
