"""The `assistant` command line: every command is registered, named by its module, documented."""

from __future__ import annotations

import importlib

import pytest

from assistant import PROJECT_ROOT
from assistant.cli import COMMAND_MODULES, build_parser, command_name, main


def test_every_command_module_is_named_after_its_file():
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        assert command_name(name) == module.NAME
        assert module.HELP and module.run.__doc__ and module.register.__doc__


def test_every_command_is_documented_in_the_readme():
    readme = (PROJECT_ROOT / "README.md").read_text("utf-8")
    for name in COMMAND_MODULES:
        assert f"assistant {command_name(name)}" in readme, command_name(name)


def test_help_lists_every_command():
    text = build_parser().format_help()
    for name in COMMAND_MODULES:
        assert command_name(name) in text


def test_unknown_command_is_a_clear_error(capsys):
    # In this process (`python -m assistant` exits with cli.main's code): argparse's own
    # exit, not an exception; a process of its own only paid the imports again.
    with pytest.raises(SystemExit) as stopped:
        main(["frobnicate"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "Traceback" not in err
