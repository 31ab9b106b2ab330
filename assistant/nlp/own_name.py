"""A reason's clause in which the citizen is their own name ("på banen er jeg ikke patient, der
er jeg bare Bjarne", "drengene de kalder mig pølse Bjarne"): it says who they are, not why, and
a name stays out of the goal sentence; the clause goes, and a contrast said right after it
("…, ikke en gammel dame") or a relative clause about the name ("Jeg er Ferenc, som ved alt om
ungarske mønter") with it."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_MARKS = ".,;:!?"


def _name(word: str, g: Grammar) -> bool:
    """True for a capitalised word that is a known first name or no known word ("Bjarne")."""
    said = word.rstrip(_MARKS)
    if not (said[:1].isupper() and said[1:].islower() and said.isalpha()):
        return False
    small = said.lower()
    return _b(said) in g.person_names or (g.noun_class(small) is None and small not in g.lemmas)


def _called_self(words: list[str], said: list[str], g: Grammar) -> bool:
    """True for a clause in which others call the citizen by a name ("de kalder mig pølse
    Bjarne", "der kalder de mig for Bjarne"): a verb of calling_verbs, its subject pronoun
    maybe, "mig", maybe a link, and a name within a nickname's first words."""
    for k in range(len(said) - 2):
        if said[k] not in g.calling_verbs:
            continue
        j = k + 2 if k + 2 < len(said) and said[k + 1] in g.subject_pronouns else k + 1
        if said[j] not in g.called_self_objects:  # "kalder (de) mig"
            continue
        j += 1
        while j < len(said) and said[j] in g.called_self_links:
            j += 1
        if any(_name(w, g) for w in words[j : j + _NICKNAME_WORDS]):
            return True
    return False


_NICKNAME_WORDS = 3  # words of a nickname up to its name ("pølse Bjarne")


def _names_self(words: list[str], g: Grammar) -> bool:
    """True for a clause whose subject "jeg" is, by a verb of named_self_verbs, a name, or in
    which others call the citizen by a name (_called_self)."""
    said = [_b(w) for w in words]
    if _called_self(words, said, g):
        return True
    for k, w in enumerate(said):
        if w != g.self_subject:
            continue
        verb = [j for j in (k - 1, k + 1) if 0 <= j < len(said) and said[j] in g.named_self_verbs]
        if not verb:
            continue
        j = max(k, verb[0]) + 1
        while j < len(said) and said[j] in g.named_self_adverbs:
            j += 1
        if j < len(words) and _name(words[j], g):
            return True
    return False


def _called_by_name(words: list[str], g: Grammar, head: bool) -> list[str] | None:
    """A relative clause that calls the citizen by a name ("der stadig kalder mig Evald", "det
    er de eneste der kalder mig Jens") with the name said as called_by_name ("… kalder mig ved
    mit navn"); None for any other clause, or a nickname before the name ("kalder mig pølse
    Bjarne"). `head`: a clause before it ends with a comma (the relative's head)."""
    said = [_b(w) for w in words]
    phrase = g.called_by_name.split()
    for k in range(len(said) - 2):
        if said[k] not in g.calling_verbs or said[k + 1] not in g.called_self_objects:
            continue
        r = next((i for i in range(k) if said[i] in g.relative_leads), None)
        if r is None or (r == 0 and not head):
            return None  # "de kalder mig Bjarne": who he is to them, no clause of a head
        j = k + 2
        while j < len(said) and said[j] in g.called_self_links:
            j += 1
        if not phrase or j >= len(words) or not _name(words[j], g):
            return None
        mark = words[j][len(words[j].rstrip(_MARKS)) :]
        return [*words[: k + 2], *phrase[:-1], phrase[-1] + mark, *words[j + 1 :]]
    return None


def _clauses(words: list[str], g: Grammar) -> list[list[str]]:
    """The words split before each "og" and after each comma, marks kept on their words."""
    out: list[list[str]] = [[]]
    for w in words:
        if _b(w) == g.and_word and out[-1]:
            out.append([])
        out[-1].append(w)
        if w[-1:] in _MARKS:
            out.append([])
    return [c for c in out if c]


def without_own_name(reason: str, g: Grammar) -> str:
    """The reason without its clauses naming the citizen (and a contrast right after one); ""
    when nothing else is told."""
    clauses = _clauses(reason.split(), g)
    if not any(_names_self(c, g) for c in clauses):
        return reason
    kept: list[list[str]] = []
    dropped = False
    for c in clauses:
        lead = c[1:] if _b(c[0]) == g.and_word else c  # "… og ikke den syge"
        told_of = dropped and lead and _b(lead[0]) in g.relative_leads  # "Ferenc, som ved …"
        if _names_self(c, g) or (dropped and lead and _b(lead[0]) == g.negation_word) or told_of:
            head = bool(kept) and kept[-1][-1][-1:] == ","
            if not dropped and (named := _called_by_name(c, g, head)):
                # "det er de eneste, der stadig kalder mig Evald": the head needs its clause,
                # no stump "det er de eneste"; "…, der stadig kalder mig ved mit navn"
                kept.append(named)
            dropped = True
            continue
        dropped = False
        if not kept and _b(c[0]) == g.and_word:
            c = c[1:]  # the first clause kept opens with no "og"
        if c:
            kept.append(c)
    if not kept:
        return ""
    if kept[-1][-1][-1:] in ",;:":
        kept[-1][-1] = kept[-1][-1][:-1]
    return " ".join(w for c in kept for w in c)
