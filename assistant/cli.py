"""The `assistant` command: one subcommand per module in assistant/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module defines NAME, HELP, register(parser) and run(args) -> int.
COMMAND_MODULES = (
    "assistant.commands.tts_cache",
    "assistant.commands.speech_model",
    "assistant.commands.analyze",
    "assistant.commands.build_lemmas",
    "assistant.commands.build_spelling",
    "assistant.commands.build_activity_model",
    "assistant.commands.build_semantic_cues",
    "assistant.commands.init_db",
    "assistant.commands.chat",
    "assistant.commands.create_user",
    "assistant.commands.purge",
    "assistant.commands.serve",
    "assistant.commands.invite",
    "assistant.commands.audit",
)


def command_name(module: str) -> str:
    """The subcommand a module provides: its last name part with "-" for "_"."""
    return module.rsplit(".", 1)[1].replace("_", "-")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand (or just `only`) registered.

    Importing only the chosen command keeps start-up fast: `analyze` must not pay for
    Flask, argon2 or speech libraries.
    """
    parser = argparse.ArgumentParser(prog="assistant", description="Hverdagsmål command line.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        if only is not None and command_name(name) != only:
            continue
        module = importlib.import_module(name)
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.register(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    argv = sys.argv[1:] if argv is None else argv
    names = {command_name(m) for m in COMMAND_MODULES}
    only = argv[0] if argv and argv[0] in names else None
    args = build_parser(only).parse_args(argv)
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
