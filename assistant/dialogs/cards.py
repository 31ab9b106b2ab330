"""The cards a step offers, in a fixed order (so `choose_index` is deterministic), and text cues."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from assistant.content import nfc
from assistant.content.dialogue import Card, Dialogue, Step
from assistant.content.engine_cards import holiday_rule
from assistant.content.grammar import fold
from assistant.dialogs import conditions
from assistant.dialogs.scale_names import grade_said, named_numbers
from assistant.dialogs.scale_waver import past_waver
from assistant.nlp.dates import easter_sunday
from assistant.nlp.wordscan import skip_back

_TAGS = re.compile(r"<[^>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTERS = re.compile(r"[^\w\s]")
_APOSTROPHES = "'’´`"

#: How far ahead a holiday deadline card may lie (weeks).
_HOLIDAY_HORIZON_WEEKS = 26


def clean_text(text: object, keep_markup: bool = False) -> str:
    """Return user text NFC-normalised, without control characters (and HTML tags), one-spaced."""
    value = unicodedata.normalize("NFC", str(text or ""))
    value = _CONTROL.sub(" ", value if keep_markup else _TAGS.sub(" ", value))
    return " ".join(value.split())


def has_words(text: str) -> bool:
    """True when the text holds at least one word of two or more letters."""
    return bool(_WORD.search(text))


def _normal(text: str) -> str:
    """Lower-cased words without punctuation, æøå folded ("hjaelp" is "hjælp")."""
    return " ".join(_LETTERS.sub(" ", fold(text)).split())


def _typed_words(text: str) -> list[str]:
    """The words of an answer as `_normal` gives them, but a word typed with æ, ø or å kept so
    ("tør" folds to "toer", a grade): the letters typed tell the word, only plain letters may
    stand for them ("jeg toer ikke" may be either)."""
    return _LETTERS.sub(" ", nfc(text).lower()).split()  # the word lists are folded


def said(
    text: str, dialogue: Dialogue, key: str, max_words: int = 6, anywhere: bool = False
) -> bool:
    """True when a short text is, or starts with (or, `anywhere`, contains) a word under `key`."""
    norm = _normal(text)
    if not norm or len(norm.split()) > max_words:
        return False
    for phrase in dialogue.words.get(key, ()):
        p = _normal(phrase)
        if not p:
            continue
        if norm == p or norm.startswith(p + " ") or (anywhere and f" {p} " in f" {norm} "):
            return True
    return False


def after_said(text: str, dialogue: Dialogue, key: str) -> str:
    """The words after the last phrase under `key` in a text ("… for hurtigt skriv til påske":
    "skriv til påske"), folded as `said` reads them; "" when no phrase is in it."""
    return around_said(text, dialogue, key)[1]


def around_said(text: str, dialogue: Dialogue, key: str) -> tuple[str, str]:
    """The words before and after the last phrase under `key` in a text, folded as `said`
    reads them ("nej hellere hver anden for meget hver søndag": "nej hellere hver anden",
    "hver soendag"); ("", "") when no phrase is in it."""
    norm = f" {_normal(text)} "
    cut, at_cut = -1, -1
    for phrase in dialogue.words.get(key, ()):
        p = _normal(phrase)
        at = norm.rfind(f" {p} ") if p else -1
        if at >= 0 and at + len(p) + 1 > cut:
            cut, at_cut = at + len(p) + 1, at
    return (norm[:at_cut].strip(), norm[cut:].strip()) if cut >= 0 else ("", "")


def phrase_from(text: str, dialogue: Dialogue, key: str, max_words: int) -> str | None:
    """The words of `text` from the first phrase under `key` on ("selv med kandeholderen":
    "med kandeholderen"), up to a clause break, a word under `<key>_ends` or max_words; None
    when no phrase is in it."""
    words = text.replace(",", " , ").split()
    low = [_normal(w) for w in words]
    ends = (*dialogue.words.get("clause_breaks", ()), *dialogue.words.get(f"{key}_ends", ()))
    breaks = {",", *(_normal(w) for w in ends)}  # folded as the words are ("så" is "saa")
    # the earliest phrase said, not the first listed: "med de tykke pinde med det bløde greb"
    # opens at "med de", though "med det" stands before it in the list
    starts = [
        i
        for p in (_normal(phrase).split() for phrase in dialogue.words.get(key, ()))
        for i in range(len(low) - len(p) + 1)
        if p and low[i : i + len(p)] == p
    ]
    if not starts:
        return None
    i = min(starts)
    end = next((k for k in range(i, len(low)) if low[k] in breaks or words[k] == ","), len(low))
    # "med rollatoren. posen kan hænge på krogen": the sentence ends the phrase
    stop = next((k + 1 for k in range(i, end) if words[k][-1:] in ".!?;:"), end)
    kept = words[i : min(stop, i + max_words)]
    return " ".join(kept).rstrip(".!?;:") or None


def rest_after_opening(text: str, dialogue: Dialogue, key: str) -> str | None:
    """The words of `text` after a phrase under `key` it opens with ("nu tager jeg selv over
    det er Inger. jeg vil …": "det er Inger. jeg vil …"); None when it opens with none."""
    words = text.split()
    low = [_normal(w) for w in words]
    for phrase in dialogue.words.get(key, ()):
        p = _normal(phrase).split()
        if p and low[: len(p)] == p:
            return " ".join(words[len(p) :]).lstrip(" ,.")
    return None


def said_exactly(text: str, dialogue: Dialogue, key: str) -> bool:
    """True when the whole answer is one of the phrases under `key` (fillers aside)."""
    norm = _normal(text)
    return any(norm == _normal(p) for p in dialogue.words.get(key, ()))


_ORDINAL = "\x1f"  # stands for an ordinal's point while an answer is split into sentences


def clauses(text: str, dialogue: Dialogue) -> list[str]:
    """Split an answer into its sentences and clauses ("…, men …"), each with words."""
    breaks = sorted((re.escape(w) for w in dialogue.words.get("clause_breaks", ())), key=len)
    months = "|".join(re.escape(w) for w in dialogue.words.get("ordinal_followers", ()))
    if months:  # "hellere til min fødselsdag den 8. februar": one clause
        text = re.sub(rf"(\d)\.(?=\s*(?:{months})\b)", "\\1" + _ORDINAL, text, flags=re.I)
    parts = [p.replace(_ORDINAL, ".") for p in re.split(r"[.!?;]+\s*", text)]
    if breaks:
        pattern = re.compile(r",?\s*\b(?:" + "|".join(reversed(breaks)) + r")\b", re.IGNORECASE)
        parts = [p for part in parts for p in pattern.split(part)]
    return [p.strip(" ,") for p in parts if has_words(p)]


def past_heard_again(text: str, dialogue: Dialogue, answers: Callable[[str, bool], bool]) -> str:
    """The answer past what opens it before its point: a hard-of-hearing request to hear the
    question again (`heard_again`: "hvad", "hva siger du", "undskyld") and the fillers around it
    (`answer_openers`: "nå", "tja", "jamen"): "hvad nå ja en to" → "ja en to". Only when what
    follows is an answer (`answers(rest, asked)`, `asked` when a `heard_again` request was
    skipped: a yes, a no, a number); else, or when nothing follows ("hva siger du"), the text
    as said ("hvad skal I bruge det til")."""
    words = dialogue.words
    asks = sorted((_normal(p).split() for p in words.get("heard_again", ())), key=len)
    openers = {_normal(w) for w in words.get("answer_openers", ())} | dialogue.yes_no.fillers
    said_words = text.split()
    low = [_normal(w) for w in said_words]
    k, asked = 0, False
    while k < len(low):
        if not low[k] or low[k] in openers:
            k += 1
            continue
        at = [low[j] for j in range(k, len(low)) if low[j]]
        ask = next((a for a in reversed(asks) if a and at[: len(a)] == a), None)
        if ask is None:
            break
        asked = True
        for _ in ask:  # past the request's words (and any empty mark between them)
            while not low[k]:
                k += 1
            k += 1
    rest = " ".join(said_words[k:])
    return text if k == 0 or k >= len(low) or not answers(rest, asked) else rest


def scale_value(text: str, dialogue: Dialogue) -> int | None:
    """Return 1-5 from "3", "tre" or a listed scale phrase (the longest match wins), else None.

    A number said first (fillers and hedges before it aside) is the answer and the talk after
    it a comment ("øh to vil jeg sige jeg har prøvet …"), unless the talk corrects it ("to, nej
    tre"). Else the first clause may say it alone: "ja det er vel en to", "slet ikke, trinnet er
    for højt".
    """
    text = _apostrophe_joined(text, dialogue)  # "sådan en tre'er": "treer"
    heard = past_heard_again(text, dialogue, lambda rest, asked: True)  # "hva to vel jeg når …"
    if heard != text and (value := _scale_read(heard, dialogue)) is not None:
        return value
    return _scale_read(text, dialogue)


def _apostrophe_joined(text: str, dialogue: Dialogue) -> str:
    """The text with a grade written with an apostrophe after its number word joined into one
    word ("en tre'er", "to'eren" → "treer", "toeren"; `scale_digit_endings`); "2'er" stays."""
    endings = "|".join(re.escape(e) for e in dialogue.words.get("scale_digit_endings", ()))
    if not endings:
        return text
    joined = rf"([^\W\d_])[{_APOSTROPHES}]({endings})\b"
    return re.sub(joined, r"\1\2", text, flags=re.IGNORECASE)


def _scale_read(text: str, dialogue: Dialogue) -> int | None:
    """The 1-5 value of a scale answer as said (see `scale_value`), else None."""
    value = _number_first(text, dialogue)
    if value is None:  # "ikke endnu, nej. armen kommer ikke op. sæt to.", "… skriv en to'er"
        value = _number_written(text, dialogue)
    if value is None:  # "meget vigtig. fem.", "… det vigtigste i verden. men fire."
        value = _number_said_apart(text, dialogue)
    if value is None:  # "åh, en toer. jeg kan kun et par rækker": a grade said anywhere
        value = grade_said(_typed_words(text), dialogue)
    if value is None:  # "meget vigtigt altså fem": the number after the words
        value = _number_after_rating(text, dialogue)
    if value is None:
        value = _scale_in(text, dialogue)
    if value is None:
        first = re.split(r"[,.;:!?]", text, maxsplit=1)[0]
        value = _scale_in(_without_hedges(first, dialogue), dialogue)
    if value is None:  # "øh tja, en to vil jeg sige": the number after the hedged opening
        value = _scale_in(_without_hedges(text.replace(",", " "), dialogue), dialogue)
    return value


def _past_hedges(said: list[str], k: int, hedges: list[list[str]], numbers: set[str]) -> int:
    """The index after the hedges said from said[k] on ("vil jeg sige", "tror jeg", "nok"); a
    number word is never taken as a hedge ("en", "et" count as one there)."""
    moved = True
    while moved and k < len(said) and said[k] not in numbers:
        moved = False
        for hedge in hedges:  # the longest first
            if said[k : k + len(hedge)] == hedge:
                k, moved = k + len(hedge), True
                break
    return k


def _hedge_words(dialogue: Dialogue) -> list[list[str]]:
    """The scale hedges as word lists, each with the speaker "jeg" also said in dialect
    (`scale_hedge_speakers`: "vil a sige", "tror æ")."""
    hedges = [_normal(h).split() for h in dialogue.words.get("scale_hedges", ())]
    me = {_normal(w) for w in dialogue.words.get("scale_hedge_self", ())}
    speakers = [_normal(w) for w in dialogue.words.get("scale_hedge_speakers", ())]
    said = [[who if w in me else w for w in h] for h in hedges if me & set(h) for who in speakers]
    return hedges + said


def _articles(dialogue: Dialogue) -> set[str]:
    """The number words that are also articles ("en", "et"): a scale number only said first."""
    return {_normal(w) for w in dialogue.words.get("scale_article_numbers", ())}


def _past_range(
    said: list[str],
    j: int,
    joins: list[list[str]],
    numbers: set[str],
    hedges: list[list[str]],
    articles: set[str],
) -> int:
    """The index after the upper number of a range said after a scale number ("to tre", "to
    eller tre", "3 til 4"; its hedges after it too), else j: the lower number is the answer."""
    for join in sorted(joins, key=len, reverse=True) + [[]]:
        at = j + len(join)
        if said[j:at] == join and at < len(said) and said[at] in numbers - articles:
            return _past_hedges(said, at + 1, hedges, numbers)
    return j


def _number_first(text: str, dialogue: Dialogue) -> int | None:
    """A scale number said first (fillers and hedges before it aside), with nothing after it or
    talk that begins anew ("en jeg har ikke prøvet det", "øh to vil jeg sige jeg har prøvet …",
    "jamen en jeg har ikke været derude", "to vel jeg kan ikke …", "ved ikke, tre hvis jeg skal
    sige noget"); a correction after it
    ("to, nej tre", "fire eller nej fem", also after other numbers said aloud: "to måske en og
    en halv nej to") gives the number it names instead. "en gang om ugen",
    "en anden", "to børn" are no scale: the number belongs to the words after it. A number named
    as a number or a place ("nummer et", "et-tallet", "den første") counts as the number."""
    words = dialogue.words
    numbers = {_normal(w) for w in words.get("scale_numbers", ())} | set("12345")
    then = {_normal(w) for w in words.get("scale_number_then", ())}
    corrections = [_normal(w).split() for w in words.get("scale_corrections", ())]
    joins = [_normal(w).split() for w in words.get("scale_range_joins", ())]
    # "det ved jeg sgu ikke tre hvis jeg skal sige noget": a "ved ikke" before it is a hedge too
    hedged = _hedge_words(dialogue) + [_normal(h).split() for h in words.get("dont_know", ())]
    hedges = sorted(hedged, key=len, reverse=True)
    said = [w for w in _normal(text).split() if w not in dialogue.yes_no.fillers]
    said = named_numbers(said, numbers, dialogue)  # "nummer et", "et-tallet", "den første"
    said = _stutter_once(said, numbers, hedges)  # "øh en en ja en": one "en"
    k = _past_hedges(said, 0, hedges, numbers)  # "ja", "jamen", "øh", "det er vel" before it
    articles = _articles(dialogue)
    if k + 1 < len(said) and said[k] in articles and said[k + 1] in numbers:
        k += 1  # "en to": about two
    if k >= len(said) or said[k] not in numbers:
        return None
    j = _past_hedges(said, k + 1, hedges, numbers)  # "to vil jeg sige jeg …", "en tror jeg"
    # "en tre-fire stykker": the lower one
    j = _past_range(said, j, joins, numbers, hedges, articles)
    # "to måske en og en halv nej to": other numbers said aloud before the correction
    halves = {_normal(w) for w in words.get("scale_waver_words", ())}
    wavered = past_waver(said, j, numbers | halves, hedges)
    for correction in sorted(corrections, key=len, reverse=True):
        if said[j : j + len(correction)] == correction:
            # "to, nej tre": the number after the correction, if it is one said alone
            again = _number_first(" ".join(said[j + len(correction) :]), dialogue)
            return again if again is not None else _scale_in(said[k], dialogue)
        if wavered > j and said[wavered : wavered + len(correction)] == correction:
            again = _number_first(" ".join(said[wavered + len(correction) :]), dialogue)
            if again is not None:
                return again
    # "fem det er meget vigtigt": talk begun anew right after the number, though a hedge
    # ("det er") would take its first words
    anew = k + 1 < len(said) and said[k + 1] in then
    if j < len(said) and said[j] not in then and not anew:
        return None
    return _scale_in(said[k], dialogue)


def _stutter_once(said: list[str], numbers: set[str], hedges: list[list[str]]) -> list[str]:
    """The words with a number said again right after itself said once, one-word hedges that
    are no numbers between them aside ("en en ja en", "to øh to": a word searched for, as in
    aphasia); other numbers said after it stay ("to måske en og en halv nej to")."""
    between = {h[0] for h in hedges if len(h) == 1} - numbers
    out: list[str] = []
    for w in said:
        back = len(out)
        while back and out[back - 1] in between:
            back -= 1
        if w in numbers and back and out[back - 1] == w:
            del out[back:]  # "en ja en": the "ja" between the two goes with the second
            continue
        out.append(w)
    return out


def _number_said_apart(text: str, dialogue: Dialogue) -> int | None:
    """The scale number said first in a sentence or clause of its own after other talk ("meget
    vigtig. fem.", "det skal du ikke skrive som det vigtigste. men fire.", "før var det en
    femmer. nu tre."), read as `_number_first` reads an answer; None when no clause says one,
    or clauses say different numbers."""
    values = {_number_first(part, dialogue) for part in clauses(text, dialogue)[1:]}
    values.discard(None)
    return values.pop() if len(values) == 1 else None


def _number_written(text: str, dialogue: Dialogue) -> int | None:
    """The scale number handed to the one who writes ("sæt to", "skriv bare en ener", "du kan
    skrive en to'er", "sæt det til tre"; `scale_write_leads`) after other talk, read as
    `_number_first` reads an answer from the words after the lead; the last such lead said
    counts. "sæt to kopper frem", "skriv to linjer" give none: the number counts something."""
    said = _normal(text).split()
    leads = sorted(
        (_normal(w).split() for w in dialogue.words.get("scale_write_leads", ())),
        key=len,
        reverse=True,
    )
    for k in range(len(said) - 1, -1, -1):
        lead = next((w for w in leads if w and said[k : k + len(w)] == w), None)
        if lead is not None:
            return _number_first(" ".join(said[k + len(lead) :]), dialogue)
    return None


def _number_after_rating(text: str, dialogue: Dialogue) -> int | None:
    """A scale number said last (hedges after it aside) right after a rating in words, as
    speech says it without a point ("meget vigtigt altså fem", "ikke så godt to vil jeg
    sige"): the number, not the words, is the answer. "en" and "et" count only said first."""
    words = dialogue.words
    numbers = {_normal(w) for w in words.get("scale_numbers", ())} | set("12345")
    hedges = sorted(_hedge_words(dialogue), key=len, reverse=True)
    said = [w for w in _normal(text).split() if w not in dialogue.yes_no.fillers]
    said = named_numbers(said, numbers, dialogue)
    at = next((k for k in range(len(said) - 1, 0, -1) if said[k] in numbers), None)
    if at is None or said[at] in _articles(dialogue):
        return None
    if _past_hedges(said, at + 1, hedges, numbers) != len(said):
        return None
    rating = _without_hedges(" ".join(said[:at]), dialogue)
    if not rating or any(w in numbers for w in rating.split()):
        return None
    return _scale_in(said[at], dialogue) if _scale_in(rating, dialogue) else None


def _without_hedges(text: str, dialogue: Dialogue) -> str:
    """The words of a scale answer without fillers and hedges ("vel", "vil jeg sige", "en to")."""
    words = [w for w in _normal(text).split() if w not in dialogue.yes_no.fillers]
    hedges = sorted(_hedge_words(dialogue), key=len)
    for hedge in reversed(hedges):  # the longest first
        n = len(hedge)
        i = 0
        while n and i + n <= len(words):
            if words[i : i + n] == hedge:
                del words[i : i + n]
            else:
                i += 1
    return " ".join(words)


def _scale_in(text: str, dialogue: Dialogue) -> int | None:
    norm = _normal(text)
    digits = [int(w) for w in norm.split() if w in ("1", "2", "3", "4", "5")]
    if len(set(digits)) == 1:
        return digits[0]
    if not norm or len(norm.split()) > 6:
        return None
    best: tuple[int, int] | None = None
    for value in range(1, 6):
        for phrase in (str(value), *dialogue.words.get(f"scale_{value}", ())):
            p = _normal(phrase)
            if not p or (len(p) <= 3 and norm not in (p, f"{p} ud af 5", f"{p} ud af fem")):
                continue  # "en", "to", "tre" count only on their own ("to børn" is no scale)
            if _rated(norm, p, dialogue) and (best is None or len(p) > best[0]):
                best = (len(p), value)
    return best[1] if best else None


def _rated(norm: str, phrase: str, dialogue: Dialogue) -> bool:
    """True when the phrase stands in the words as a rating: not "godt" right after a modal
    ("jeg kan jo godt gå" says one can, not how well it goes; fillers between aside)."""
    words, size = norm.split(), len(phrase.split())
    modals = {_normal(w) for w in dialogue.words.get("scale_not_after", ())}
    fillers = {_normal(w) for w in dialogue.words.get("scale_not_after_fillers", ())}
    for k in range(len(words) - size + 1):
        if " ".join(words[k : k + size]) != phrase:
            continue
        j = skip_back(words, k - 1, fillers)
        if j < 0 or words[j] not in modals:
            return True
    return False


def _day_in(year: int, kind: str, word: str, time) -> date:
    """The day a holiday (nlp/time.yaml rule) or season (its first day) falls on in a year."""
    if kind == "season":
        return date(year, time.seasons[word].first, 1)
    rule = holiday_rule(time, word)
    if rule.kind == "easter":
        return easter_sunday(year) + timedelta(days=rule.value)
    return date(year, rule.month, rule.day)


def deadline_dates(content, today: date, course_weeks: int = 12) -> dict[str, date]:
    """Return the deadline cards' dates (cards.yaml `deadline_cards`): so many weeks ahead,
    and holidays / season starts of nlp/time.yaml 1-26 weeks ahead."""
    specs = content.dialogue.engine_cards.deadlines
    out = {c: today + timedelta(weeks=v) for c, (kind, v) in specs.items() if kind == "weeks"}
    holidays = {}
    for year in (today.year, today.year + 1):
        for card_id, (kind, word) in specs.items():
            if kind != "weeks":
                day = _day_in(year, kind, word, content.lexicon.time)
                holidays.setdefault(card_id, []).append(day)
    for card_id, days in holidays.items():
        for day in days:
            if timedelta(weeks=1) <= day - today <= timedelta(weeks=_HOLIDAY_HORIZON_WEEKS):
                out[card_id] = day
                break
    return dict(sorted(out.items(), key=lambda kv: (kv[1], kv[0])))


def activity_cards(content) -> list[Card]:
    """Return one card per activity, grouped by area in content order."""
    return [
        Card(id=a.id, label=a.label, openmoji=tuple(a.openmoji), group=a.area)
        for a in content.activities.values()
    ]


def wish_said(state) -> str:
    """The wish in the person's own words: its verb phrase and the answers typed or spoken to
    the wish question (a card's label tells nothing of one's own words)."""
    return " ".join(
        [str(state.slots.get("own_action") or "")]
        + [
            str(e.get("answer") or "")
            for e in state.transcript or ()
            if isinstance(e, dict) and e.get("slot") == "wish" and e.get("input") != "picture"
        ]
    )


def names_wish(option, wish: str) -> bool:
    """True when a measure card's label or sign names a word of the wish ("bil. ind. ud.":
    "Ind og ud af bilen")."""
    said = _word_set(wish)
    return any(
        _same_word(w, s)
        for w in _word_set(f"{option.label} {option.criterion or ''}")
        for s in said
    )


def measure_cards(content, activity: str | None, wish: str = "") -> list[Card]:
    """Return the measure cards of the activity's goal template, those that name more of the
    wish's own words first ("bil. ind. ud.": "Ind og ud af bilen" before "5 gange fra stolen"),
    else in content order."""
    if content.goals is None:
        return []
    template = content.goals.get(activity)
    said = _word_set(wish)
    cards = [
        Card(id=m.id, label=m.label, openmoji=m.openmoji, group="measure", badge=m.badge)
        for m in template.measures
    ]
    if not said:
        return cards
    shared = {
        m.id: sum(
            any(_same_word(w, s) for s in said) for w in _word_set(f"{m.label} {m.criterion or ''}")
        )
        for m in template.measures
    }
    return sorted(cards, key=lambda c: -shared[c.id])  # stable: content order within a score


def _word_set(text: str) -> set[str]:
    """The words of `text` of three letters or more, folded to lower case."""
    return {w for w in re.findall(r"\w+", fold(text or "").lower()) if len(w) >= 3}


def _same_word(a: str, b: str) -> bool:
    """True when one word is the other with a short ending ("bil", "bilen"; "seng", "sengen")."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 3


KNOWN_SET = "known"  # the card set that keeps a value another answer told


def step_cards(step: Step, state: dict, content, today: date) -> list[Card]:
    """Return the cards `step` offers in `state`, in display order (no duplicates)."""
    dialogue: Dialogue = content.dialogue
    out: list[Card] = []
    sources = step.cards
    if step.simple_cards and (state.failures or {}).get(step.id):
        sources = step.simple_cards  # the re-prompt offers fewer cards (consent: ja / nej)
    if step.proxy_cards and state.proxy:
        sources = step.proxy_cards  # a helper approves a proposal, not "mit mål"
    told = step.id in (state.inferred or ()) and not (state.failures or {}).get(step.id)
    if step.confirm and told:
        sources = (*sources, KNOWN_SET)  # "Du sagde: hver lørdag. Passer det?" [Ja, det passer]
    for source in sources:
        if source == "activities":
            out.extend(activity_cards(content))
        elif source == "measure":
            out.extend(measure_cards(content, state.slots.get("activity"), wish_said(state)))
        elif source == "deadline":
            weeks = int(state.course_weeks or 12)
            out.extend(
                dialogue.cards[c]
                for c in deadline_dates(content, today, weeks)
                if c in dialogue.cards
            )
        elif source == "subgoals":
            count = len(state.subgoals or [])
            if count > 2:
                prefix = dialogue.engine_cards.prefixes["remove_subgoal"]
                out.extend(
                    dialogue.cards[f"{prefix}{i}"]
                    for i in range(1, count + 1)
                    if f"{prefix}{i}" in dialogue.cards
                )
        elif source == "subgoal_edits":
            count = len(state.subgoals or [])
            prefix = dialogue.engine_cards.prefixes["change_subgoal"]
            out.extend(
                dialogue.cards[f"{prefix}{i}"]
                for i in range(1, count + 1)
                if f"{prefix}{i}" in dialogue.cards
            )
        elif source == "offer":
            if conditions.check("offer_difficulty", state, content):
                ids = dialogue.engine_cards.ids
                out.extend(dialogue.cards[ids[r]] for r in ("answer_yes", "answer_no"))
        else:
            labels = dialogue.set_labels.get(source, {})
            out.extend(
                replace(dialogue.cards[c], label=labels[c]) if c in labels else dialogue.cards[c]
                for c in dialogue.card_sets.get(source, ())
            )
    seen: set[str] = set()
    unique = []
    for card in out:
        if card.id not in seen:
            seen.add(card.id)
            unique.append(card)
    return unique


def looks(card) -> tuple[tuple[str, ...], str | None]:
    """Return what a card shows above its label: its pictures (at most two) and its badge."""
    codes = card.openmoji
    if isinstance(codes, str):
        codes = (codes,)
    return tuple(c.upper() for c in codes or ())[:2], getattr(card, "badge", None)


def look_alikes(cards) -> list[tuple[str, str]]:
    """Return the pairs of cards (ids) on one screen with the same pictures and the same badge."""
    first_with: dict[tuple, str] = {}
    pairs = []
    for card in cards:
        key = looks(card)
        if key in first_with:
            pairs.append((first_with[key], card.id))
        else:
            first_with[key] = card.id
    return pairs
