"""The Danish texts staff pages show (content/<lang>/staff.yaml), read through the same t().

Every staff text is a flat key like the citizen texts in texts.yaml; the two files share one
key space, so a key may live in only one of them. Error codes are checked here: every code an
error class may carry (`AccountError.CODES`) needs its text `staff_account_error_<code>`.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.content.files import Problems, nfc, read_yaml
from assistant.errors import AccountError, ExportError

KEY = re.compile(r"^[a-z][a-z0-9_]*$")
#: Key prefix → the codes that must each have a text under it.
CODED_TEXTS = {
    "staff_account_error_": AccountError.CODES,
    "staff_export_error_": ExportError.CODES,
}


def read_staff_texts(
    path: Path, lang: str, problems: Problems, citizen_texts: dict[str, str] | None = None
) -> dict[str, str]:
    """Parse staff.yaml into {key: text}, recording every problem with the file name."""
    data = read_yaml(path, lang, problems)
    raw = data.get("texts") or {}
    if not isinstance(raw, dict):
        problems.add(path, "'texts' must be a mapping of key: text")
        return {}
    texts: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not KEY.match(key):
            problems.add(path, f"text key {key!r} must be lower-case ASCII (a-z, 0-9, _)")
        elif not isinstance(value, str) or not value.strip():
            problems.add(path, f"text '{key}' must be a non-empty string")
        elif citizen_texts and key in citizen_texts:
            problems.add(path, f"text '{key}' is also in texts.yaml (one key, one file)")
        else:
            texts[key] = nfc(value)
    for prefix, codes in CODED_TEXTS.items():
        for code in codes:
            if f"{prefix}{code}" not in texts:
                problems.add(
                    path, f"lacks '{prefix}{code}' (the staff text of error code {code!r})"
                )
    return texts
