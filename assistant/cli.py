"""The `assistant` command: one subcommand per module in assistant/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module defines NAME, HELP, register(parser) and run(args) -> int.
COMMAND_MODULES = (
    "assistant.commands.tts_cache",
    "assistant.commands.analyze",
    "assistant.commands.build_lemmas",
    "assistant.commands.init_db",
    "assistant.commands.chat",
    "assistant.commands.create_user",
    "assistant.commands.purge",
    "assistant.commands.serve",
    "assistant.commands.invite",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(prog="assistant", description="Hverdagsmål command line.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.register(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
