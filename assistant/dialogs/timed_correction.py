"""A correction on the summary that names a time and no deed of its own (pure).

"Nej, det passer ikke helt. Vi har også træning lørdag formiddag, og der vil jeg også med.
Skriv to gange om ugen, onsdag aften og lørdag formiddag." corrects how often: the activity a
noun in it names ("træning") is when the goal's own activity happens, no new wish; the goal's
wish, sign and aids stay as confirmed. A new wish is said with its verb ("nej, jeg vil hellere
gå til svømning to gange om ugen") and changes the activity as before. So does "Klubmesterskabet
er den 6. marts, der vil jeg være med. Skriv den 6. marts.": a verb of taking part or getting
there (`timed_light_verbs`: "være med", "nå det", "komme med") with no noun of its own, or
only the occasion after "til" ("være med til stævnet den 1. maj"), says when, not what; "hellere
være med i koret hver torsdag" names a new deed.
"""

from __future__ import annotations


def timed_without_deed(data: dict, facts, grammar, words=None) -> bool:
    """True when the facts of a summary answer give a frequency or a deadline and no deed led
    by a verb (their action missing, or a particle or noun alone: "med"), or only a light verb
    ("være med til stævnet", "nå det")."""
    if grammar is None or not (data.get("frequency") or data.get("deadline")):
        return False
    action = _action(facts)
    if not action or not grammar.is_infinitive(action[0]):
        return True
    if action[0].lower() not in _light(words):
        return False
    # "være med til stævnet den 1. maj": the occasion of the date; "være med i koret": a deed
    leads = (words or {}).get("timed_light_occasion", ())
    ahead = next((i for i, w in enumerate(action) if w.lower() in leads), len(action))
    return not _noun_in(action[1:ahead], grammar)


def light_without_deed(facts, grammar, words=None) -> bool:
    """True when a summary answer's only deed is a light verb with only a particle or pronoun
    after it ("han vil gerne være med", "så kan jeg nå det"): no new wish, whoever says it;
    "komme ud og gå", "gøre rent selv" are new wishes."""
    action = _action(facts)
    if grammar is None or not action or action[0].lower() not in _light(words):
        return False
    rest = (words or {}).get("light_only_rest", ())
    return all(w.lower() in rest for w in action[1:])


def _noun_in(words: list[str], grammar) -> bool:
    return any(grammar.is_noun_form(w.lower()) for w in words)


def _action(facts) -> list[str]:
    return str((getattr(facts, "extras", None) or {}).get("action") or "").split()


def _light(words) -> tuple[str, ...]:
    return tuple((words or {}).get("timed_light_verbs", ()))
