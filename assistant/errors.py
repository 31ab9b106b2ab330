"""Error classes: every failure the product reports has its own type."""


class AssistantError(Exception):
    """Base class of every error Hverdagsmål raises on purpose."""


class ContentError(AssistantError):
    """Content in content/<lang>/ is broken; lists every problem with its file."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("content errors:\n  " + "\n  ".join(self.problems))


class DialogueError(AssistantError):
    """The dialogue was asked to do something its state does not allow."""


class StorageError(AssistantError):
    """A storage operation failed or a row was missing."""


class NotFound(StorageError):
    """The session, draft, code or token asked for does not exist (or has expired)."""


class RateLimited(StorageError):
    """Too many failed guesses of codes or passwords from one source."""


class Conflict(StorageError):
    """A staff edit was based on an older version than the stored one."""


class SpeechError(AssistantError):
    """Read-aloud or speech recognition failed."""
