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


class LinkGone(NotFound):
    """A personal link that existed but no longer works: reason is revoked, expired or used."""

    def __init__(self, reason: str):
        super().__init__(f"the link is {reason}")
        self.reason = reason


class RateLimited(StorageError):
    """Too many failed guesses of codes or passwords from one source."""

    def __init__(self, message: str = "", seconds: int | None = None):
        super().__init__(message)
        self.seconds = seconds


class Conflict(StorageError):
    """A staff edit was based on an older version than the stored one."""


class ReasonRequired(StorageError):
    """An action (approving a draft the citizen did not confirm) needs a stated reason."""


class SpeechError(AssistantError):
    """Read-aloud or speech recognition failed."""


class CodedError(AssistantError):
    """An error whose `code` (one of the subclass's CODES) picks the Danish text staff see."""

    CODES: tuple[str, ...] = ()

    def __init__(self, code: str, message: str = "", **values: object):
        if code not in self.CODES:
            raise ValueError(f"unknown {type(self).__name__} code {code!r}")
        super().__init__(message or code)
        self.code = code
        self.values = values


class ExportError(CodedError):
    """A draft cannot be exported; `code` (one of CODES) says why.

    The web layer shows the staff text `staff_export_error_<code>` (content/da/staff.yaml),
    filled in with `values`; the English message is for logs and the command line.
    """

    CODES = (
        "activity_unknown",
        "code_system_broken",
        "draft_id_missing",
        "fsiii_unknown",
        "goal_text_missing",
        "organisation_invalid",
        "picture_missing",
        "rating_invalid",
        "source_unknown",
        "status_not_exportable",
        "subgoal_text_missing",
    )


class AccountError(CodedError):
    """A user name, role or password was refused; `code` (one of CODES) says which rule.

    The web layer shows the staff text `staff_account_error_<code>` (content/da/staff.yaml),
    filled in with `values`; the English message is for logs and the command line.
    """

    CODES = (
        "password_short",
        "password_weak",
        "password_wrong",
        "password_same",
        "username_invalid",
        "username_taken",
        "role_unknown",
        "sso_no_subject",
        "sso_no_totp",
    )


class AuthenticationFailed(AssistantError):
    """A sign-in failed; the message never says whether the user exists."""


class AudioUnreadable(SpeechError):
    """An uploaded recording is empty or cannot be decoded as audio."""


class AudioTooLong(SpeechError):
    """An uploaded recording is longer or larger than the speech input accepts."""
