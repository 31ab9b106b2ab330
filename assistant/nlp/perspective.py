"""A relative's words in the citizen's own voice: one converter for every slot they fill.

When a relative answers, their "jeg"/"mig" is the relative and "han"/"hun"/"hans"/"hendes"/
"sin"/"sig" is the citizen. The goal is the citizen's, so the relative becomes who they are to
the citizen ("min kone", "min søn", a name) and the citizen becomes "jeg"/"mig"/"min":
"uden at jeg løfter på ham" → "uden at min kone løfter på mig"; "at han kan læse overskrifterne
og fortælle mig hvad der står" → "at jeg kan læse overskrifterne og fortælle min kone hvad der
står". The reason's own reading (assistant.nlp.reason) uses the same word rules.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.nlp.peer_group import household_words
from assistant.nlp.phrase import split_clause
from assistant.nlp.reason import (
    _EDGE,
    _as_citizen,
    _b,
    _described_thing,
    _named_speaker,
    _person,
    _speaks_as_speaker,
    _we_together,
    relatives_thing,
    sentences,
    without_trailing_joins,
)

RELATIVE = "relative"
_MIN_KEPT = 3  # words before a relative's own main clause for the phrase to stand without it


def speaks_of_self(text: str, g: Grammar) -> bool:
    """True when a relative's words name the relative ("jeg", "mig")."""
    return _speaks_as_speaker(text.split(), g, RELATIVE)


def in_citizens_words(text: str, g: Grammar, speaker_as: str | None) -> str | None:
    """A relative's phrase with the citizen in first person and the relative named by their
    role to the citizen (`speaker_as`, "min kone"); in the relative's own clause "ham"/"hende"
    is the citizen ("jeg hjælper ham" → "min kone hjælper mig"). None when the relative speaks
    of themself and their role is unknown: a "jeg" that cannot be named is never guessed."""
    words = _without_own_main_clause(households(text, g, speaker_as, doing=True).split(), g)
    if not words:
        return None
    if _speaks_as_speaker(words, g, RELATIVE):
        if not speaker_as:
            return None
        words = _named_speaker(words, g, speaker_as)
    head = _opening_phrase(words, g)  # "flytte sig fra kørestolen …": the citizen's doing
    words = [*_person(words[:head], g, True), *words[head:]]
    return " ".join(_as_citizen(_we_together(words, g), g))


def things_in_citizens_words(text: str, g: Grammar, speaker_as: str | None) -> str:
    """A relative's sign with their own things as the citizen says them: "sætte sig ind på
    forsædet i min bil" (the sister's car) is "… i bilen", or "… i min søsters bil" when her role
    is known. A clause whose subject is the relative ("når jeg henter ham i min bil") is theirs
    and keeps its words; so do the relative's people ("min søster") and what the citizen owns."""
    words = text.split()
    out: list[str] = []
    theirs = False  # in a clause whose subject is the relative
    skip = 0  # words of the relative's thing said already
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if i > 0 and (words[i - 1][-1:] in _EDGE or _b(w) in g.clause_joins | g.subordinators):
            theirs = False
        theirs = theirs or _b(w) == g.self_subject
        thing = None if theirs else relatives_thing(words, i, g, speaker_as)
        if thing:
            out.extend(thing)
            skip = 2 if _described_thing(words, i, g) else 1  # "min gamle bil": three words
        else:
            out.append(w)
    return " ".join(out)


def speakers_company(text: str, g: Grammar, speaker_as: str | None) -> str:
    """A relative's wish with their "mig" as company or help named as the citizen says it:
    "gå en tur sammen med mig" → "… sammen med min datter" (`speaker_as`), or "… sammen med
    familien" when their role is unknown; their "os" so too ("… med os" → "… med familien", a
    friend's "… med veninderne"). Only the wish's own phrase turns; a clause after it
    ("… uden at jeg skal hjælpe") stays the relative's, and so does "mig selv"."""
    head, clause = split_clause(text, g)
    words = head.split()
    said = (speaker_as or g.speaker_company_said).split()
    if not said:
        return text
    # "spille canasta med os igen": a friend's group ("… med veninderne igen"), a daughter's
    # household ("… med familien"); a spouse's "os" is the couple and stays
    spouse = bool(speaker_as) and _b(str(speaker_as).split()[-1]) in g.spouse_roles
    group = household_words(g, speaker_as) if not spouse else {}
    out: list[str] = []
    for i, w in enumerate(words):
        after = _b(words[i + 1]) if i + 1 < len(words) else ""
        lead = _b(words[i - 1]) if i else ""
        company = lead in g.speaker_company_leads and after not in g.independence_words
        us = group.get(_b(w), "").split() if _b(w) in g.relative_us else []
        if company and _b(w) in g.speaker_self - {g.self_subject}:
            out.extend([*said[:-1], w[: len(w) - len(w.lstrip(_EDGE))] + said[-1]
                        + w[len(w.rstrip(_EDGE)) :]])  # fmt: skip
        elif lead in g.relative_us_leads and us:
            out.extend([*us[:-1], w[: len(w) - len(w.lstrip(_EDGE))] + us[-1]
                        + w[len(w.rstrip(_EDGE)) :]])  # fmt: skip
        else:
            out.append(w)
    return " ".join([*out, clause]).strip() if clause else " ".join(out)


def citizens_kin(text: str, g: Grammar) -> str:
    """Someone of the citizen's family told by another in the definite form, as the citizen
    says them: a neighbour's "så hun kan være fin til juleaften hos sønnen" is "… hos min søn",
    "til datterens bryllup" is "til min datters bryllup" (citizens_kin_definite); a son's "til
    deres guldbryllup" (his parents') is "til vores guldbryllup" (couple_days)."""
    out: list[str] = []
    words = text.split()
    for i, w in enumerate(words):
        said = g.citizens_kin_definite.get(_b(w))
        nxt = _b(words[i + 1]) if i + 1 < len(words) else ""
        if _b(w) in g.couple_possessive and any(nxt.endswith(d) for d in g.couple_days):
            said = g.couple_possessive[_b(w)]
        if said is None:
            out.append(w)
            continue
        core = w.strip(_EDGE)
        said = said[:1].upper() + said[1:] if core[:1].isupper() else said
        out.append(w[: len(w) - len(w.lstrip(_EDGE))] + said + w[len(w.rstrip(_EDGE)) :])
    return " ".join(out)


def households(text: str, g: Grammar, speaker_as: str | None, doing: bool = False) -> str:
    """A relative's "vi"/"vores" as the citizen says it: in a sentence that also names the
    citizen apart (han/hun/ham/hende/hans/hendes) they are the relative's household, "familien"
    ("så han ikke sidder alene og venter på at vi ringer" → "… at familien ringer"). A spouse's
    "vi" is the couple and a "vi" with "sammen"/"hinanden" has the citizen in it: both stay,
    and so does one in a sentence that says "familien" itself ("vi er de sidste af familien"),
    unless the citizen looks on ("sidde og se på at vi gør det": "… at de andre gør det").
    With `doing` (a sign or a wish: the citizen's doing, said or not) every sentence counts and
    "os" too ("ringe op til os" → "ringe op til familien"); a reason reads "os" itself."""
    if speaker_as and _b(speaker_as.split()[-1]) in g.spouse_roles:
        return _we_apart(text, g)
    citizen = g.citizen_pronouns | g.object_pronouns | g.citizen_possessives
    table = household_words(g, speaker_as)  # a friend's "os": "veninderne"
    out = []
    for sentence in sentences(text):
        words = sentence.split()
        folded = {_b(w) for w in words}
        # "vi er de eneste to tilbage af familien og …": the family is said; "vi" stays
        named = folded & {_b(x) for x in g.relative_household.values()}
        if (doing or folded & citizen) and not _together(words, g) and not named:
            words = [
                w if _counted_us(words, k, g) else _household(w, g, doing, table)
                for k, w in enumerate(words)
            ]
        out.append(" ".join(words))
    return " ".join(out)


def _counted_us(words: list[str], k: int, g: Grammar) -> bool:
    """True for "os"/"vi" counted right after ("grille til os otte", "vi fire"): all of them,
    the citizen too, so the word stays."""
    after = _b(words[k + 1]) if k + 1 < len(words) else ""
    us = g.relative_us | {g.we_word}
    return _b(words[k]) in us and (after in g.range_numbers or after.isdigit())


def _together(words: list[str], g: Grammar) -> bool:
    """True when the words say the citizen is one of "vi" ("vi spiller sammen", "vi går tur
    sammen med hunden", "hinanden"); "sammen med os" is company the citizen joins, not one of
    them."""
    folded = [_b(w) for w in words]
    return any(
        w in g.together_words
        and not (
            k + 2 < len(folded)
            and folded[k + 1] in g.speaker_company_leads
            and folded[k + 2] in g.relative_us
        )
        for k, w in enumerate(folded)
    )


def _we_apart(text: str, g: Grammar) -> str:
    """A spouse's "vi" right after a lead of looking on ("se på at vi gør det", "kigge på mens
    vi dækker bord") as the citizen says it: "de andre"; every other "vi" stays."""
    words = text.split()
    folded = [_b(w) for w in words]
    for i, w in enumerate(words):
        if folded[i] != g.we_word or not g.we_apart_said:
            continue
        if any(tuple(folded[max(0, i - len(q)) : i]) == q for q in g.we_apart_leads):
            core = w.strip(_EDGE)
            said = (
                g.we_apart_said[:1].upper() + g.we_apart_said[1:]
                if core[:1].isupper()
                else (g.we_apart_said)
            )
            words[i] = w[: len(w) - len(w.lstrip(_EDGE))] + said + w[len(w.rstrip(_EDGE)) :]
    return " ".join(words)


def _household(word: str, g: Grammar, doing: bool, table: dict[str, str]) -> str:
    b = _b(word)
    said = table.get(b) if doing or b not in g.relative_us else None
    if said is None:
        return word
    core = word.strip(_EDGE)
    said = said[:1].upper() + said[1:] if core[:1].isupper() else said
    return word[: len(word) - len(word.lstrip(_EDGE))] + said + word[len(word.rstrip(_EDGE)) :]


def _without_own_main_clause(words: list[str], g: Grammar) -> list[str]:
    """A relative's phrase without a main clause of their own after it ("lave aftensmaden fra
    start til slut, jeg må gerne skrælle kartoflerne": what the relative does, no part of the
    citizen's doing); "uden at jeg …", "når jeg …" are kept. [] when it opens with one."""
    for i, w in enumerate(words):
        if _b(w) != g.self_subject:
            continue
        if i == 0:
            return []
        if words[i - 1][-1:] in ",;" or _b(words[i - 1]) in g.main_joins:
            kept = without_trailing_joins(words[:i], g)
            return kept if len(kept) >= _MIN_KEPT else []
    return words


def _opening_phrase(words: list[str], g: Grammar) -> int:
    """Number of words of an opening verb phrase without a subject ("flytte sig fra kørestolen
    …") up to the first clause with a subject of its own; 0 when the phrase opens with one."""
    if not words or not g.is_infinitive(words[0]):
        return 0
    folded = [_b(w) for w in words]
    for i in range(1, len(words)):
        lead = any(tuple(folded[i : i + len(k)]) == k for k, _mark in g.clause_leads)
        if lead or words[i - 1][-1:] in ",;":
            return i
    return len(words)
