"""A person word typed without æøå that is also another word ("lagen": the doctor typed
plainly, or a bed sheet): the person only where it is said as one.

"men lagen skal godkende det forst", "hos lagen", "ringe til lagen" name the doctor; "et rent
lagen", "lagen skal skiftes" are the sheet (content/<lang>/nlp/people.yaml `plain_people`).
So with a person word that is also a verb ("min lærer", "lærer Mette"; not "jeg lærer at gå").
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.group_member import member_group


def person_words(words: Sequence[str], lex) -> list[str]:
    """`words` with each word of `plain_people` said as a person put as the person word it
    stands for ("lagen" → "lægen"), for finding the people named; the rest as said."""
    out = list(words)
    for i, w in enumerate(words):
        person = lex.plain_people.get(w)
        if person is not None and _said_as_person(words, i, lex):
            out[i] = person
    return out


def _said_as_person(words: Sequence[str], i: int, lex) -> bool:
    """True for the word at i right after a lead ("hos lagen"), or before a verb a person does
    ("lagen siger"), with no determiner before it ("et lagen") and no passive after the verb
    ("lagen skal skiftes")."""
    before = words[i - 1] if i else ""
    # a lead may also determine a person ("hjælp fra frivillig"), never a thing here
    things = (lex.person_determiners | lex.owners) - lex.plain_person_leads
    if any(w in things for w in words[max(0, i - 2) : i]):
        return False  # "et rent lagen", "mit lagen"
    if before in lex.plain_person_leads:
        return True
    if i + 1 >= len(words) or words[i + 1] not in lex.plain_person_verbs:
        return False
    then = words[i + 2] if i + 2 < len(words) else ""
    return not any(then.endswith(e) and len(then) > len(e) + 2 for e in lex.passive_endings)


def verb_said(words: Sequence[str], texts: Sequence[str], i: int, lex) -> bool:
    """True for the word at i of `verb_people` said as the verb ("jeg lærer at gå", "hun lærer
    mig"): no determiner in the two words before ("min lærer", "en sød lærer"), no group's
    genitive right before ("holdets lærer") and no first name after without a subject before
    ("Lærer Mette på sprogskole"; not "jeg lærer Dansk")."""
    if words[i] not in lex.verb_people:
        return False
    if set(words[max(0, i - 2) : i]) & lex.person_determiners:
        return False
    before = words[i - 1] if i else ""
    if before.endswith("s") and member_group(before[:-1], lex):
        return False  # "klubbens træner", "holdets lærer": a group's genitive determines it
    subject = before in lex.verb_person_subjects or before in lex.people
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return subject or not (after[:1].isupper() and after.isalpha())


def relative_subject(words: Sequence[str], i: int, lex) -> bool:
    """True for a bare person word at i after the relative "som" and before a verb a person
    does ("med tørretang som ergoterapeut viste ham", "som ergoterapeut har givet ham"): the
    subject of a relative clause said without its article, not a role ("arbejdede som
    sygeplejerske"); not after a copula ("er som", "var som")."""
    # "som" is the one word both a relative pronoun and a role's copula ("der" leads no role)
    if i < 2 or words[i - 1] not in lex.relative_pronouns & lex.role_copulas:
        return False
    if words[i - 2] in lex.role_copulas:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return after in lex.plain_person_verbs or after in lex.relative_person_verbs
