"""What every step handler shares: the Outcome of an answer, the Reply, yes / no / don't know."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from assistant.content.yesno import NO, UNCLEAR, YES, normalise
from assistant.dialogs.cards import clauses, past_heard_again, said, said_exactly
from assistant.dialogs.foreign_yes import foreign_trimmed, lead_trimmed
from assistant.dialogs.wordlists import word_set

YES_RUN = 6  # longest run of words after a yes word read as its own yes ("det er mit eget mål")
DONT_KNOW_WORDS = 14  # longest answer read for a "ved ikke" said as a clause of its own
MAX_KEPT = 1000  # characters of one answer kept in resources/dreams/motivation (all in transcript)


class Outcome(StrEnum):
    """What a handler made of an answer; the engine turns it into the next step."""

    OK = "ok"  # answered: go on to the next due step
    UNUSABLE = "unusable"  # not understood: ask again (simpler), skip after a few tries
    STAY = "stay"  # understood, but the same step comes again (e.g. the changed summary)
    REFUSE = "refuse"  # no to consent: only the refusal is kept
    FINISH = "finish"  # the goal is confirmed: the dialogue is done
    REJECT = "reject"  # the citizen said no to the goal and chose to send nothing


# The short names the handlers return (one place, so handlers.py and summary.py agree).
OK, UNUSABLE, STAY, REFUSE, FINISH, REJECT = (
    Outcome.OK,
    Outcome.UNUSABLE,
    Outcome.STAY,
    Outcome.REFUSE,
    Outcome.FINISH,
    Outcome.REJECT,
)


@dataclass(frozen=True)
class Reply:
    """One answer, read: its input kind, its text (card label for cards), card id, facts."""

    input: str  # "text" | "speech" | "picture"
    text: str
    card: str | None
    facts: Any  # assistant.nlp.Facts | None
    said_by: str
    raw: str = ""  # the answer as given (NFC, no control characters), kept in the transcript
    parts: tuple = ()  # ((clause, facts), ...) when an everyday answer tells several things


@dataclass(frozen=True)
class Ctx:
    """What a handler may read besides the state: the content and the date."""

    content: Any
    today: date

    @property
    def dialogue(self):
        """The dialogue of the content."""
        return self.content.dialogue


def kept(text: str) -> str:
    """Return the part of an answer kept in the state (the transcript keeps all of it)."""
    return text[:MAX_KEPT]


def spelled(r: Reply) -> str:
    """The answer as the goal sentence may quote it: æøå restored ("paa" → "på")."""
    extras = getattr(r.facts, "extras", None) or {}
    return str(extras.get("spelled") or r.text)


def card(ctx: Ctx, role: str) -> str:
    """The id of the card with this engine role (cards.yaml `engine_cards`)."""
    return ctx.dialogue.engine_cards.ids[role]


def numbered(ctx: Ctx, role: str, card_id: str | None) -> int | None:
    """N for a numbered card of this role (`fjern_N`, `skift_N`), else None."""
    return ctx.dialogue.engine_cards.numbered(role, card_id)


def is_yes(r: Reply, ctx: Ctx) -> bool:
    """True when the answer is the yes card or a typed yes (dialogue.yaml `yes_no`)."""
    return r.card == card(ctx, "answer_yes") or (
        r.card is None and ctx.dialogue.yes_no.classify(heard(r.text, ctx)) == YES
    )


def heard(text: str, ctx: Ctx) -> str:
    """A typed or spoken yes / no answer past a "hvad?" or "undskyld" asking to hear the question
    again and the fillers around it ("hvad nå ja ja det er mit eget" → "ja ja det er mit eget"),
    when a yes or a no word follows, or, after such a request, words that say yes or no ("hvad?
    jamen det er fint"); else the answer as said ("nå det", "tja min datter skriver")."""
    yes_no = ctx.dialogue.yes_no

    def answers(rest: str, asked: bool) -> bool:
        first = normalise(rest, yes_no.fillers).split()[:1]
        return yes_no.classify(" ".join(first)) != UNCLEAR or (
            asked and yes_no.classify(rest) != UNCLEAR
        )

    return past_heard_again(text, ctx.dialogue, answers)


#: Words before a question word in a part that still asks ("nej altså hvorfor …").
ASK_LEAD = 3


def consent_reading(r: Reply, ctx: Ctx) -> str:
    """Return YES, NO or UNCLEAR for an answer to the consent question, reading past a question
    the person asks first: "hvad siger du? nåh. ja" is a yes; an answer that ends asking ("nej.
    hvorfor skal I gemme det?", "hvad skal kommunen bruge det til? og hvem læser det") is
    unclear (asked again, with the reason) unless a part before the question says yes ("ja.
    hvem ser det?"); a typed answer with no question is read whole, as `is_yes` / `is_no`."""
    if r.card is None and (text := heard(r.text, ctx)) != r.text:
        r = replace(r, text=text)  # "hvad siger du nå jo ja det må de godt"
    if r.card is None and (explained := _yes_explained(r.text, ctx)) is not None:
        return explained
    if is_yes(r, ctx) and not (r.card is None and r.text.rstrip().endswith("?")):
        return YES  # "jamen hvad skal I bruge det til?" asks, though "jamen" may say yes
    if r.card is not None or not (asked := _asked_at(r.text, ctx)):
        return YES if is_yes(r, ctx) else NO if is_no(r, ctx) else UNCLEAR
    before, after = asked
    yes_no = ctx.dialogue.yes_no
    if normalise(after, yes_no.fillers):
        return yes_no.classify(after)
    return YES if yes_no.classify(before) == YES else UNCLEAR


def said_parts(text: str, fillers, *, marked: bool = False) -> list[str]:
    """The parts of an answer between its punctuation marks that say more than fillers ("ja. øh.
    nej" → "ja", " nej"); when `marked`, each part keeps the mark that ends it ("Ja,", " nej?"),
    so a question can be told and the parts joined back as typed."""
    pattern = r"(?<=[.!?;:,])" if marked else r"[.!?;:,]+"
    return [p for p in re.split(pattern, text) if normalise(p, fillers)]


def _yes_explained(text: str, ctx: Ctx) -> str | None:
    """YES, NO or UNCLEAR for a typed consent answer that opens with a clear yes and goes on to
    say who types, why or on what terms ("ja, det er i orden. min nabo skriver for mig, jeg kan
    ikke se skærmen", "jo da det må I gerne jeg kan bare ikke se så godt"); None for any other
    answer (a yes that is not said first, a "ved ikke", a question: read as before).

    The yes stands, however long the answer, unless a refusal is said in it in any wording
    ("ja men ikke nu", "ja, men jeg vil ikke have det sendt"): NO. A "nej" or "ikke" that says
    what the person cannot do or who does it for them (`yes_no: consent_explains`) refuses
    nothing; a later part that opens with a bare no ("ja. nej") leaves it UNCLEAR (asked again
    with Ja/Nej)."""
    yes_no = ctx.dialogue.yes_no
    parts = said_parts(text, yes_no.fillers)
    lead = _yes_lead(parts[0], yes_no) if parts else None
    if lead is None or _asked_at(text, ctx) is not None:
        return None
    if said(parts[0], ctx.dialogue, "dont_know", DONT_KNOW_WORDS, anywhere=True):
        return None  # "ja altså jeg ved ikke helt": no clear yes
    explains = ("affirm_anyway", "consent_explains")
    if yes_no.found(yes_no.blanked(text, explains), "deny"):
        return NO
    later = [lead, *parts[1:]]  # "ja. nej", "det er fint nej …": a bare no after the yes
    return UNCLEAR if any(yes_no.found(yes_no.blanked(p, explains), "deny") for p in later) else YES


def _yes_lead(part: str, yes_no) -> str | None:
    """The words after the clear yes that opens the first part of an answer ("" when the part
    says yes as a whole: "ja det er i orden"; "min datter skriver …" after "det er helt i orden"
    said without a break), or None when no yes opens it."""
    if yes_no.classify(part) == YES:
        return ""
    words = normalise(part, yes_no.fillers, yes_no.spellings).split()
    runs = range(1, min(len(words), YES_RUN + 1) + 1)
    end = next((k for k in runs if yes_no.classify(" ".join(words[:k])) == YES), None)
    return None if end is None else " ".join(words[end:])


def _asked_at(text: str, ctx: Ctx) -> tuple[str, str] | None:
    """(the parts of an answer before its last question that ask nothing, the words after that
    question), or None when no part asks: a part ending in "?" or opening (within ASK_LEAD
    words, after fillers) with a `consent_asks` word, unless it says yes in its own words
    ("hvorfor ikke")."""
    yes_no, dialogue = ctx.dialogue.yes_no, ctx.dialogue
    parts = said_parts(text, yes_no.fillers, marked=True)
    asking = []
    for part in parts:
        words = normalise(part, yes_no.fillers).split()
        leads = (" ".join(words[i:]) for i in range(min(ASK_LEAD, len(words))))
        asking.append(
            not yes_no.matches(part, "affirm_anyway")
            and (
                part.rstrip().endswith("?")
                or any(
                    said(lead, dialogue, "consent_asks", len(lead.split()))
                    and not _told_clause(lead.split(), dialogue)
                    for lead in leads
                )
            )
        )
    if not any(asking):
        return None
    last = max(k for k, a in enumerate(asking) if a)
    before = " ".join(p for p, a in zip(parts[:last], asking, strict=False) if not a)
    return before, " ".join(parts[last + 1 :])


def _told_clause(words: list[str], dialogue) -> bool:
    """True for a part opening with a question word and its subject ("hvad det går ud på",
    "hvem der skal læse det"): a clause told after "jeg ved godt", no question of its own."""
    told = dialogue.words.get("consent_told_subjects", ())
    return len(words) >= 3 and words[1] in told


def confirms_goal(r: Reply, ctx: Ctx) -> bool:
    """True for a yes to the shown goal: the yes card, or a typed yes said first whatever
    follows it, unless a part says no to the goal, asks to change it or doubts it (dialogue.yaml
    `yes_no: goal_no`): "ja. det vil jeg gerne. jeg gider ikke sidde og vente i pyjamas" and
    "Ja, det er mit mål. Og Lone skal ikke hjælpe mig" are yes, "ja, men til påske" is not."""
    if r.card is not None:
        return is_yes(r, ctx)
    return _goal_yes(r, ctx) is True


def yes_but(r: Reply, ctx: Ctx) -> bool:
    """True for a typed yes said first that a later part turns down ("ja, men det er for tit",
    "ja. men ret datoen"): a no that names what to change."""
    return r.card is None and _goal_yes(r, ctx) is False


def _goal_yes(r: Reply, ctx: Ctx) -> bool | None:
    """_typed_yes_stands of the typed answer to the goal; when no yes opens it, of the answer
    without the words of another language around its Danish ("Bale, det er mit mål"), then
    past leading parts that say nothing ("Igen, ja, det er mit mål", foreign_yes.lead_trimmed)."""
    yes_no = ctx.dialogue.yes_no
    answer = _goal_answer(r, ctx)
    found = _typed_yes_stands(answer, yes_no)
    if found is None:
        found = _typed_yes_stands(_foreign_read(answer, ctx), yes_no)
    if found is None:  # "Igen, ja, det er mit mål. Köszönöm.": a lead that says nothing
        parts = said_parts(answer, yes_no.fillers, marked=True)
        rest = lead_trimmed(parts, ctx, lambda word: turns_down(word, yes_no))
        if rest is not None:
            found = _typed_yes_stands(rest, yes_no)
    return found


def _foreign_read(answer: str, ctx: Ctx) -> str:
    """The typed answer to the goal (`_goal_answer`) without the foreign words around its Danish
    (foreign_yes)."""
    yes_no = ctx.dialogue.yes_no
    parts = said_parts(answer, yes_no.fillers, marked=True)
    return foreign_trimmed(parts, ctx, lambda word: turns_down(word, yes_no))


def no_to_goal(r: Reply, ctx: Ctx) -> bool:
    """True for a no to the shown goal (`is_no`), also said with thanks or a greeting around it
    ("tak. nej", "qujanaq, nej det er ikke mit mål")."""
    if is_no(r, ctx) or r.card is not None:
        return is_no(r, ctx)
    classify, answer = ctx.dialogue.yes_no.classify, _goal_answer(r, ctx)
    return classify(answer) == NO or classify(_foreign_read(answer, ctx)) == NO


def _goal_answer(r: Reply, ctx: Ctx) -> str:
    """A typed answer to the goal as heard (`heard`), without its parts made only of courtesy
    words (`courtesy_words`: thanks, greetings, a yes in another language): "Aap, det er mit
    mål. Qujanaq." is read as "det er mit mål"; "Qujanaq. Nej" stays a no."""
    text = heard(r.text, ctx)
    yes_no = ctx.dialogue.yes_no
    courtesy = word_set(ctx.dialogue, "courtesy_words")
    parts = said_parts(text, yes_no.fillers, marked=True)
    danish = [p for p in parts if not _courtesy_only(normalise(p, yes_no.fillers), courtesy)]
    return "".join(danish).strip() if danish and len(danish) < len(parts) else text


def _courtesy_only(part: str, courtesy: frozenset[str]) -> bool:
    """True when a normalised part is made only of courtesy words, or is one courtesy phrase of
    more words ("hao de", "xie xie")."""
    return part in courtesy or set(part.split()) <= courtesy


def only_courtesy(r: Reply, ctx: Ctx) -> bool:
    """True for a typed answer made only of courtesy words ("hao", "xie xie. tak"): it says
    neither yes nor no, nor anything else."""
    yes_no = ctx.dialogue.yes_no
    courtesy = word_set(ctx.dialogue, "courtesy_words")
    parts = [normalise(p, yes_no.fillers) for p in said_parts(r.text or "", yes_no.fillers)]
    return r.card is None and bool(parts) and all(_courtesy_only(p, courtesy) for p in parts)


def courteous_yes(r: Reply, ctx: Ctx) -> bool:
    """True for a yes (`is_yes`), also said with thanks or a yes in another language around it
    ("Hao. Godt.", "hao de, det er fint"): the Danish parts are read; a lone foreign yes is not
    a yes."""
    if r.card is not None:
        return is_yes(r, ctx)
    if is_yes(r, ctx):
        return True
    classify, answer = ctx.dialogue.yes_no.classify, _goal_answer(r, ctx)
    read = classify(answer)
    return read == YES or (read == UNCLEAR and classify(_foreign_read(answer, ctx)) == YES)


def _typed_yes_stands(text: str, yes_no) -> bool | None:
    """None when no yes opens the typed answer; else True when no part of it turns the goal
    down (turns_down), False when one does."""
    parts = said_parts(text, yes_no.fillers)
    opening = normalise(parts[0], yes_no.fillers).split()[:1] if parts else []
    if opening and yes_no.classify(opening[0]) == NO and yes_no.classify(text) == YES:
        # "nej nej, det er fint", "nej da, det er rigtigt": a no word that only opens a yes
        return not any(turns_down(p, yes_no) for p in parts[1:])
    head = yes_first(parts[0], yes_no) if parts else None
    if head is None:
        return None
    return not any(turns_down(p, yes_no) for p in [head, *parts[1:]])


def turns_down(part: str, yes_no) -> bool:
    """True when a part of an answer to the goal says no to it, changes or doubts it ("men til
    påske", "ikke om søndagen"); "ikke noget problem" says yes."""
    return yes_no.found(part, "goal_no") and not yes_no.matches(part, "affirm_anyway")


def yes_first(text: str, yes_no) -> str | None:
    """The words of `text` to read for a no after its yes, when a yes opens it, else None: all of
    it when it reads as a yes ("ja det er fint"); in unpunctuated speech the words after a yes
    word and the shortest run of words that says yes again ("ja det vil jeg gerne jeg gider
    ikke vente": "jeg gider ikke vente")."""
    if yes_no.classify(text) == YES:
        return text
    words = normalise(text, yes_no.fillers, yes_no.spellings).split()
    if not words or yes_no.classify(words[0]) != YES:
        return None
    runs = range(2, min(len(words), YES_RUN + 1) + 1)
    end = min((k for k in runs if yes_no.classify(" ".join(words[1:k])) == YES), default=None)
    return None if end is None else " ".join(words[end:])


def is_no(r: Reply, ctx: Ctx) -> bool:
    """True when the answer is the no card or a typed no in any wording."""
    return r.card == card(ctx, "answer_no") or (
        r.card is None and ctx.dialogue.yes_no.classify(heard(r.text, ctx)) == NO
    )


def dont_know(r: Reply, ctx: Ctx) -> bool:
    """True when the answer is the don't-know card or a typed "ved ikke" in any wording."""
    return r.card == card(ctx, "dont_know") or (
        r.card is None and said(r.text, ctx.dialogue, "dont_know", anywhere=True)
    )


def only_unknown(r: Reply, ctx: Ctx) -> bool:
    """True for a "ved ikke" that says nothing else: the don't-know card, or typed words that
    are still a "ved ikke" without the lone hedge words (`hedge_leads`: "måske") that may close
    an answer ("hele vejen derhen måske" tells the sign)."""
    if not dont_know(r, ctx):
        return False
    if r.card is not None:
        return True
    dialogue = ctx.dialogue
    fillers, spellings = dialogue.yes_no.fillers, dialogue.yes_no.spellings
    lone = {normalise(p, frozenset(), spellings) for p in dialogue.words.get("hedge_leads", ())}
    told = [w for w in r.text.split() if normalise(w, fillers, spellings) not in lone]
    return not normalise(" ".join(told), fillers) or dont_know(replace(r, text=" ".join(told)), ctx)


def dont_know_said(r: Reply, ctx: Ctx) -> bool:
    """True for a short typed answer whose first or last clause is a "ved ikke" in any wording,
    with a word of why ("ved ikke, har aldrig prøvet det selv", "har ikke tænkt over det, ved
    ikke"); read where the rest gave no value, so the "ved ikke" is its point."""
    if r.card is not None or len(r.text.split()) > DONT_KNOW_WORDS:
        return False
    dialogue = ctx.dialogue
    fillers = dialogue.yes_no.fillers
    parts = [p for c in clauses(r.text, dialogue) for p in c.split(",") if p.strip()]
    if not parts:
        return False
    # "øh det ved jeg ikke altså det kommer an på dagen": said without a comma, a filler may
    # part the clauses too (the words before one, in the first part; after one, in the last)
    first, last = parts[0].split(), parts[-1].split()
    cut = [k for k, w in enumerate(first) if not normalise(w, fillers)]
    candidates = [parts[0], parts[-1], *(" ".join(first[:k]) for k in cut)]
    cut = [k for k, w in enumerate(last) if not normalise(w, fillers)]
    candidates += [" ".join(last[k + 1 :]) for k in cut]
    # "øh ved ikke det må lungesygeplejersken sige": said without a break, an answer that opens
    # with its "ved ikke" (and gave no value) says it did not know
    if said(_unfilled(parts[0], fillers), dialogue, "dont_know", DONT_KNOW_WORDS):
        return True
    return any(
        said_exactly(_unasked(_unfilled(p, fillers), dialogue), dialogue, "dont_know")
        for p in candidates
        if p
    )


def _unasked(text: str, dialogue) -> str:
    """The words of a clause before the indirect question that follows its "ved ikke" ("det
    ved jeg sgu ikke hvem skulle det være" → "det ved jeg sgu ikke"); else the clause."""
    asked = set(dialogue.words.get("dont_know_asked", ()))
    words = text.split()
    at = next((k for k, w in enumerate(words) if k and normalise(w) in asked), None)
    return " ".join(words[:at]) if at is not None else text


def _unfilled(text: str, fillers) -> str:
    """The words of a clause without its fillers ("øh det ved jeg ikke" → "det ved jeg ikke")."""
    return " ".join(w for w in text.split() if normalise(w, fillers))


def hedged_rest(r: Reply, ctx: Ctx) -> str | None:
    """The words after the hedge a typed or spoken answer opens with ("øh ved ikke altså med
    sådan en telefon …": "med sådan en telefon …"; "tja måske to gange om ugen": "to gange om
    ugen"), fillers between read past; None when it opens with no hedge or says nothing after it
    but an indirect question or another "ved ikke" ("ved ikke altså", "ved ikke hvad"): then the
    hedge is the answer."""
    if r.card is not None:
        return None
    dialogue = ctx.dialogue
    fillers, spellings = dialogue.yes_no.fillers, dialogue.yes_no.spellings
    leads = sorted(
        {
            tuple(normalise(p, frozenset(), spellings).split())
            for key in ("dont_know", "hedge_leads")
            for p in dialogue.words.get(key, ())
        }
        - {()},
        key=len,
        reverse=True,
    )
    words = r.text.split()
    folded = [normalise(w, fillers, spellings) for w in words]
    at, hedged = 0, False
    while at < len(words):
        if not folded[at]:
            at += 1  # a filler or a lone mark
            continue
        lead = next((p for p in leads if tuple(folded[at : at + len(p)]) == p), None)
        if lead is None:
            break
        at, hedged = at + len(lead), True
    rest = " ".join(words[at:]).lstrip(" ,.;:-!?")
    if not hedged or not normalise(rest, fillers):
        return None
    asked = {normalise(w) for w in dialogue.words.get("dont_know_asked", ())}
    # "øh ved ikke inden jul måske": a hedge word that closes the answer hedges what it says
    lone = {p[0] for p in leads if len(p) == 1}
    told = " ".join(w for w in rest.split() if normalise(w, fillers, spellings) not in lone)
    if (
        folded[at] in asked
        or not normalise(told, fillers)
        or said(told, dialogue, "dont_know", DONT_KNOW_WORDS, anywhere=True)
    ):
        return None  # "ved ikke hvad", "måske, jeg ved det ikke": no more than a "ved ikke"
    return rest
