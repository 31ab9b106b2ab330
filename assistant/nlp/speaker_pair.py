"""A person said together with the speaker ("min kone og jeg", "jeg og min mand"): one of the
two who did things together, the citizen only when the wish or trouble is then told of "han" or
"hun" alone ("min mand og jeg har gået tur hver morgen … og han vil så gerne …"); with "vi
vil …" both are citizens and the other one is named, and with a kin word done for ("min kone og
jeg handler for far, men han vil …") the one done for is the citizen. So also the kin word a
relative lives with ("jeg bor hos min far og han vil gerne …"): told of, no helper."""

from __future__ import annotations

from collections.abc import Sequence


def with_speaker(words: Sequence[str], i: int, lex) -> bool:
    """True for the person at i joined to the speaker by one of couple_joins: "min kone og jeg"
    (couple_self right after the join) or "jeg og min kone" (before it, an owner between)."""
    if i + 2 < len(words) and words[i + 1] in lex.couple_joins and words[i + 2] in lex.couple_self:
        return True
    k = i - 1 if i > 0 and words[i - 1] in lex.owners else i
    return k > 1 and words[k - 1] in lex.couple_joins and words[k - 2] in lex.couple_self


def told_of(words: Sequence[str], people, cl, lex, third_only: bool) -> tuple[str, int] | None:
    """The person the relative tells of when no subject names them, when every wish or trouble
    has han/hun as its subject (third_only): the first one said with the speaker, else the
    first kin word of third_person_nouns said before the first "han"/"hun" that fits it ("jeg
    bor sammen med min far og … han vil gerne …"); None otherwise (outside reasons only)."""
    if not third_only:
        return None
    named = [(p, i) for p, i in people if not cl.in_motivation(i)]
    paired = next(((p, i) for p, i in named if with_speaker(words, i, lex)), None)
    if paired is not None:
        return paired
    pronoun = next(
        (
            k
            for k, w in enumerate(words)
            if w in lex.third_person_subjects and not cl.in_motivation(k)
        ),
        None,
    )
    cues = lex.people_roles
    if pronoun is None or cues is None:
        return None
    return next(
        (
            (p, i)
            for p, i in named
            if i < pronoun
            and words[i] in lex.third_person_nouns
            and cues.pronoun_of.get(p) == words[pronoun]
        ),
        None,
    )
