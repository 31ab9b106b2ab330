"""A correction on the summary that names a time and no deed of its own (pure).

"Nej, det passer ikke helt. Vi har også træning lørdag formiddag, og der vil jeg også med.
Skriv to gange om ugen, onsdag aften og lørdag formiddag." corrects how often: the activity a
noun in it names ("træning") is when the goal's own activity happens, no new wish; the goal's
wish, sign and aids stay as confirmed. A new wish is said with its verb ("nej, jeg vil hellere
gå til svømning to gange om ugen") and changes the activity as before.
"""

from __future__ import annotations


def timed_without_deed(data: dict, facts, grammar) -> bool:
    """True when the facts of a summary answer give a frequency or a deadline and no deed led
    by a verb (their action missing, or a particle or noun alone: "med")."""
    if grammar is None or not (data.get("frequency") or data.get("deadline")):
        return False
    action = str((getattr(facts, "extras", None) or {}).get("action") or "").split()
    return not action or not grammar.is_infinitive(action[0])
