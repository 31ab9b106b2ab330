"""`assistant build-activity-model`: recount the golden corpus's words per activity."""

from __future__ import annotations

import argparse

from assistant.commands.common import add_lang_option, write_table

NAME = "build-activity-model"
HELP = (
    "Regenerate content/<lang>/nlp/activity_model.json from the golden sentences in "
    "tests/<lang>/analyze/ (the activity rules' second opinion)."
)
register = add_lang_option


def run(args: argparse.Namespace) -> int:
    """Write the table and report its size."""
    from assistant.nlp.activity_model_build import build  # noqa: PLC0415

    return write_table(build, args.lang)
