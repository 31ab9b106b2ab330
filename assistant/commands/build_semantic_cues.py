"""`assistant build-semantic-cues`: regenerate the activity table from the Danish thesaurus."""

from __future__ import annotations

import argparse

from assistant.commands.common import add_lang_option, write_table

NAME = "build-semantic-cues"
HELP = "Regenerate content/<lang>/nlp/semantic_cues.json from mythes-da (Debian)."
register = add_lang_option


def run(args: argparse.Namespace) -> int:
    """Write the table and report its size."""
    from assistant.nlp.thesaurus_build import build  # noqa: PLC0415

    return write_table(build, args.lang)
