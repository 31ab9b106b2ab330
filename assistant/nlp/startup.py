"""What makes the analyzer start fast: spaCy imported without its CLI, no GC while building
(and none over what was built afterwards)."""

from __future__ import annotations

import contextlib
import gc
import sys
import types
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block without the cyclic garbage collector (then restore it as it was).

    Importing spaCy and building the analyzer create about a million long-lived objects; the
    collector walks them again and again while they are made (~0.25 s of a ~1.6 s start) and
    frees next to nothing. Reference counting still frees everything else at once.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def gc_frozen() -> None:
    """Move every object alive now out of the collector's reach (gc.freeze).

    Called once the process-wide analyzer is built: its million objects (spaCy, the content's
    tables) live as long as the process, yet every full collection would walk them again
    (~60 ms each, a spike in one utterance's time); the web workers freeze them the same way.
    """
    gc.freeze()


def import_spacy() -> None:
    """Import spaCy without loading its command-line package.

    `spacy/__init__.py` imports `spacy.cli.info` only to offer `spacy.info()`; that pulls in
    typer, weasel, httpx, requests, jinja2 … (~360 modules, ~0.2 s CPU) that a blank pipeline
    never uses. While spaCy imports, stand-ins answer for `spacy.cli` and `spacy.cli.info`;
    they are removed afterwards, so a later `import spacy.cli` loads the real package and
    `spacy.info()` calls the real function. Should spaCy's import need more from `spacy.cli`,
    it is imported the ordinary way.
    """
    if "spacy" in sys.modules:
        return
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _real_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy  # noqa: F401, PLC0415
    except ImportError:
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]  # a half import; start again without the stand-ins
    finally:
        for name, stub in (("spacy.cli", cli), ("spacy.cli.info", info)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is cli:
            del spacy_module.cli
    import spacy  # noqa: F401, F811, PLC0415


def _real_info(*args, **kwargs):
    """`spacy.info`: the CLI's function, imported on the first call."""
    from spacy.cli.info import info  # noqa: PLC0415

    return info(*args, **kwargs)
