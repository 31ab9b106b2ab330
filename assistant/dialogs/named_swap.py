"""A name of the goal's own words turned down on the summary with the one meant said after it
("Nej, det er ikke Askov. Det er Rødding Højskole, den med foredragene …", "nej ikke Brugsen
men Netto", "nej ikke askov det er rødding"): the one meant takes its place in the wish, not in
the sign. Only a name said with its capital in the wish: a noun turned down ("ikke haven,
altanen") may need another preposition, and a word of the sign is the sign's readers' (blind178
Karen: the school's correction was written over her sign)."""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.reply import Ctx
from assistant.dialogs.wordlists import word_set

#: Words after a negation searched for the name it turns down ("ikke altså Askov").
_DENIED_REACH = 2
#: Most words of the name said instead ("Rødding Frie Højskole").
_NAME_WORDS = 4
_MARKS = frozenset(".,!?;:")


def name_swapped(s, spelled: str, ctx: Ctx) -> bool:
    """Put the name said instead in the place of the one the answer turns down in the goal's
    own words; True when it did. `spelled` is the answer as the analyzer spelled it (towns with
    their capital, marks apart)."""
    own = str(s.slots.get("own_action") or "").split()
    sign = {normalise(w) for w in str(s.slots.get("criterion") or "").split()}
    tokens = _tokens(spelled)
    negations = word_set(ctx.dialogue, "negations")
    for k, token in enumerate(tokens):
        if normalise(token) not in negations:
            continue
        for j in range(k + 1, min(k + 1 + _DENIED_REACH, len(tokens))):
            if tokens[j] in _MARKS:
                break
            at = _own_name_at(own, tokens[j], sign)
            if at is None:
                continue
            said_end = _name_end(tokens, j)  # "ikke Fitness World, …": the whole name turned down
            before = frozenset({normalise(own[at - 1])})  # "ikke på Vestergade, på Søndergade"
            new = _name_after(tokens, said_end, ctx, before)
            if not new:
                return False
            whole = len(new) > 1 or said_end - j > 1
            old_end = _name_end(own, at) if whole else at + 1
            if [normalise(w) for w in own[at:old_end]] == [normalise(w) for w in new]:
                return False
            s.slots["own_action"] = " ".join([*own[:at], *new, *own[old_end:]])
            return True
    return False


def _tokens(text: str) -> list[str]:
    """The words of `text` with each mark a token of its own ("Askov." → "Askov", ".")."""
    out = []
    for word in text.split():
        core = word.strip(EDGE)
        lead = word[: len(word) - len(word.lstrip(EDGE))]
        tail = word[len(word.rstrip(EDGE)) :]
        out += [c for c in lead if c in _MARKS]
        if core:
            out.append(core)
        out += [c for c in tail if c in _MARKS]
    return out


def _own_name_at(own: list[str], word: str, sign: set[str]) -> int | None:
    """Where a name of the goal's own words (said with its capital there) is `word`, when the
    sign does not name it too; None otherwise."""
    key = normalise(word)
    if not key.isalpha() or key in sign:
        return None
    return next(
        (k for k, w in enumerate(own) if k and w[:1].isupper() and normalise(w) == key), None
    )


def _name_end(words: list[str], at: int) -> int:
    """The end of the run of capitalised words from `at` ("Askov Højskole")."""
    end = at + 1
    while end < len(words) and words[end][:1].isupper() and words[end].isalpha():
        end += 1
    return end


def _name_after(tokens: list[str], start: int, ctx: Ctx, before: frozenset[str]) -> list[str]:
    """The name said after the one turned down, past the words that lead it ("men", "det er",
    a sentence's end, the preposition `before` the old name), a run of capitalised words that are
    no small word ("Det", "Jeg"); [] when
    the words after it say something else ("… der er problemet", "det er for langt") or the
    name does something ("Lise siger …": a person, not the name meant)."""
    # "ikke Askov men Rødding" is read as "… men hellere Rødding" (correct.as_instead)
    leads = word_set(ctx.dialogue, "name_swap_leads") | word_set(ctx.dialogue, "correction_instead")
    leads |= before
    grammar = ctx.content.goals.grammar
    small = grammar.function_words
    fillers = ctx.dialogue.yes_no.fillers
    k = start
    while k < len(tokens) and (
        tokens[k] in _MARKS or normalise(tokens[k]) in leads or not normalise(tokens[k], fillers)
    ):
        k += 1
    out = []
    while k < len(tokens) and len(out) < _NAME_WORDS:
        word = tokens[k]
        if not (word[:1].isupper() and word.isalpha()) or normalise(word) in small | leads:
            break
        out.append(word)
        k += 1
    return [] if k < len(tokens) and grammar.is_finite(tokens[k]) else out
