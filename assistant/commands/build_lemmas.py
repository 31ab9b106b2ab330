"""`assistant build-lemmas`: regenerate the trimmed lemma table from the content words."""

from __future__ import annotations

import argparse

from assistant.commands.common import add_lang_option, write_table

NAME = "build-lemmas"
HELP = "Regenerate content/<lang>/nlp/lemmas.json from spacy-lookups-data (dev dependency)."
register = add_lang_option


def run(args: argparse.Namespace) -> int:
    """Write the table and report its size."""
    from assistant.nlp.lemmas import build  # noqa: PLC0415

    return write_table(build, args.lang)
