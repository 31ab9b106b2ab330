"""Hverdagsmål: a conversational goal-setting assistant for municipal rehabilitation."""

from pathlib import Path

__version__ = "0.1.0"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONTENT_ROOT = PROJECT_ROOT / "content"
