"""Read-aloud of personal text: a WAV cache per citizen session, deleted with the session.

Fixed content texts (prompts, cards, labels) are the same for everyone and stay in the shared,
publicly cached folder. Anything else (a goal sentence, a staff return message, a resume code)
is personal: it lives under <tts>/private/<owner>/ and is served only to its session.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from assistant.speech.tts import DEFAULT_RATE, DEFAULT_VOICE, TtsCache, clean_text

PRIVATE_DIR = "private"
OWNER_RE = re.compile(r"^[0-9a-f]{32}$")


def owner_of(session_id: object) -> str:
    """Return the folder name (32 hex digits) of a citizen session's personal audio."""
    return hashlib.sha256(f"hverdagsmaal-audio\n{session_id}".encode()).hexdigest()[:32]


def private_cache(
    tts_dir: Path | str, owner: str, voice: str = DEFAULT_VOICE, rate: int = DEFAULT_RATE
) -> TtsCache:
    """Return the read-aloud cache of one owner folder; raises ValueError on a bad owner."""
    if not OWNER_RE.match(owner):
        raise ValueError(f"not an audio owner: {owner!r}")
    return TtsCache(Path(tts_dir) / PRIVATE_DIR / owner, voice, rate)


def forget_session_audio(tts_dir: Path | str, session_id: object) -> bool:
    """Delete every personal read-aloud file of a session; True if there was a folder."""
    folder = Path(tts_dir) / PRIVATE_DIR / owner_of(session_id)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


class FixedTexts:
    """Decides whether a text is fixed content: one fixed text, or several joined together.

    Only pieces of two words or more join (a page reads a title and an intro as one text);
    a one-word card label counts only as the whole text, so that a personal sentence never
    passes as "fixed" just because each of its words is also some card's label.
    """

    def __init__(self, texts: Iterable[str]):
        pieces = {clean_text(t) for t in texts} - {""}
        self._whole = pieces
        joinable = sorted((p for p in pieces if len(p.split()) > 1), key=len, reverse=True)
        self._joined = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, joinable)) + r")(?!\w)")
            if joinable
            else None
        )
        self._seen: dict[str, bool] = {}

    def __contains__(self, text: object) -> bool:
        spoken = clean_text(str(text))
        known = self._seen.get(spoken)
        if known is None:
            known = spoken in self._whole
            if not known and spoken and self._joined is not None:
                rest = self._joined.sub(" ", spoken)
                known = not any(ch.isalnum() for ch in rest)
            if len(self._seen) < 10_000:
                self._seen[spoken] = known
        return known
