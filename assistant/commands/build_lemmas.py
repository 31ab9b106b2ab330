"""`assistant build-lemmas`: regenerate the trimmed lemma table from the content words."""

from __future__ import annotations

import argparse

from assistant import CONTENT_ROOT

NAME = "build-lemmas"
HELP = "Regenerate content/<lang>/nlp/lemmas.json from spacy-lookups-data (dev dependency)."


def register(parser: argparse.ArgumentParser) -> None:
    """Add the command's options."""
    parser.add_argument("--lang", default="da", help="content language (default: da)")


def run(args: argparse.Namespace) -> int:
    """Write the table and report its size."""
    from assistant.nlp.lemmas import build  # noqa: PLC0415

    path = build(CONTENT_ROOT / args.lang)
    print(f"wrote {path}")
    return 0
