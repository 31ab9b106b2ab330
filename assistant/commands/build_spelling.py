"""`assistant build-spelling`: regenerate the trimmed spelling table from hunspell-da."""

from __future__ import annotations

import argparse

from assistant.commands.common import add_lang_option, write_table

NAME = "build-spelling"
HELP = "Regenerate content/<lang>/nlp/spelling.json and nouns.json from hunspell-da (Debian)."
register = add_lang_option


def run(args: argparse.Namespace) -> int:
    """Write the table and report its size."""
    from assistant.nlp.spelling_build import build  # noqa: PLC0415

    return write_table(build, args.lang)
