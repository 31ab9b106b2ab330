"""Compose the goal sentence (first person, easy Danish) from facts and per-activity templates.

The templates (content/<lang>/goals/) are parsed by assistant.content.goals.
"""

from __future__ import annotations

import os
import re
from datetime import date

from assistant.content.goals import GoalTemplates
from assistant.content.grammar import bare as _b
from assistant.content.grammar import fold
from assistant.nlp.abbreviation_join import hyphened_abbreviations
from assistant.nlp.abbreviation_stop import abbreviations_stopped
from assistant.nlp.advice_reason import advice_written
from assistant.nlp.aid_agreement import articles_agreeing
from assistant.nlp.aid_in_action import aid_into_action
from assistant.nlp.amount_apposition import amount_kept_with_deed
from assistant.nlp.and_will import will_after_and
from assistant.nlp.asides import others_tail, without_asides
from assistant.nlp.bare_count import bare_count, count_verb, unsure_verb
from assistant.nlp.clause_time import clause_without_time
from assistant.nlp.facts import measure_key
from assistant.nlp.fragment_sign import self_first
from assistant.nlp.fronted_clause import condition_after, fronted_before_main
from assistant.nlp.fronted_led import fronted_clause_at
from assistant.nlp.glued_restated import without_clause_in_reason, without_glued_restated
from assistant.nlp.grammar import (
    agree,
    definite_noun,
    own_reflexives_after_self,
    polish,
    write_kin_names,
)
from assistant.nlp.helper_said import helper_in_phrase
from assistant.nlp.kin_unnamed import kin_without_names
from assistant.nlp.learner_phrases import particle_objects_definite
from assistant.nlp.learner_reflexive import particle_reflexives
from assistant.nlp.learner_self import self_before_deed
from assistant.nlp.length_said import length_with_thing
from assistant.nlp.own_deed_join import own_deed_after_and
from assistant.nlp.own_name import without_own_name
from assistant.nlp.perspective import (
    citizens_kin,
    households,
    speakers_company,
    things_in_citizens_words,
)
from assistant.nlp.phrase import (
    as_verb_phrase,
    carers_by_place,
    citizen_in_clause,
    close_apposition,
    own_phrase,
    place_measures,
    result_clause,
    split_clause,
    together_goes_on,
    without_aid_source,
    without_comment,
    without_count,
    without_loose_end,
    without_others_way,
    without_told_clause,
)
from assistant.nlp.plural_days import every_month_day, every_plural_day
from assistant.nlp.quote_lead import plain_quote_leads
from assistant.nlp.reason import (
    _clause_after,
    _clause_at,
    _joins_verbs,
    _object_clause_at,
    _subject,
    ends_inside_clause,
    named_reason_parts,
    quoted_citizen,
    reason_parts,
    sentences,
    without_trailing_joins,
)
from assistant.nlp.reason_commas import relative_commas, run_on_commas
from assistant.nlp.reason_gate import body_parts_mended, gated_reason
from assistant.nlp.relative_close import closed_relative, closes_relative
from assistant.nlp.relative_reason_record import relatives_words_first_person
from assistant.nlp.relative_us_kin import relative_us_as_kin
from assistant.nlp.scene_plurals import scene_plurals
from assistant.nlp.second_language import possessed_plurals
from assistant.nlp.sign_parts import one_thing_sign
from assistant.nlp.signs import (
    clause_marks,
    infinitives_after_and,
    infinitives_after_comma,
    motion_after_and,
    present_of_perfect,
    state_clause,
    subject_clause_at,
    told_route,
    without_broken_marks,
    without_spoken_list,
    written_ranges,
)
from assistant.nlp.spoken import comment_starts
from assistant.nlp.states import states_joined, with_state_verb, without_fragments
from assistant.nlp.swapped_object import object_swapped
from assistant.nlp.telegraph import deed_of_thing, listed_verbs, quantified_sign
from assistant.nlp.typed_capitals import common_words_small
from assistant.nlp.typed_measure import typed_measure
from assistant.nlp.typed_name import without_typed_names
from assistant.nlp.unit_spelled import units_written_out
from assistant.nlp.way_back import way_back_said
from assistant.nlp.weekday_list import weekdays_listed
from assistant.nlp.weighed_object import weighed_sign
from assistant.nlp.word_forms import kept_forms, said_words, without_doubled_place
from assistant.nlp.yearly_event import before_yearly_event
from assistant.nlp.zero_plural import same_in_plural

_BODY_REACH = 3  # words of a sign said as a body part ("begge mine øjne")
_PLURAL_ENDS = ("er", "erne")  # a plural thing said without a known kind ("strømperne")
MAX_REASON = 120  # characters of the reason quoted in the goal sentence


# --- phrases -----------------------------------------------------------------------------------


def number_words(n: float, templates: GoalTemplates, neuter: bool = False) -> str:
    """Return a small whole number as a Danish word ("to"), otherwise as digits ("2,5")."""
    words = templates.common.get("numbers") or []
    fractions = templates.common.get("fractions") or {}
    if n in fractions and not neuter:  # "en halv time", "halvanden kilometer"
        return str(fractions[n])
    if float(n).is_integer():
        i = int(n)
        if i == 1 and neuter:
            return str(templates.common.get("one_neuter", "et"))
        if 0 <= i < len(words):
            return str(words[i])
        return str(i)
    return f"{n:g}".replace(".", ",")


def measure_phrase(measure: dict, templates: GoalTemplates) -> str:
    """Return "to etager", "et minut", "500 meter" for {"value": ..., "unit": ...}."""
    unit = (templates.common.get("units") or {}).get(measure.get("unit"), {})
    try:
        value = float(measure.get("value"))
    except (TypeError, ValueError):
        return ""
    neuter = unit.get("gender") == "n"
    fraction = value in (templates.common.get("fractions") or {}) and not neuter
    noun = unit.get("one" if value == 1 or fraction else "many", measure.get("unit") or "")
    return f"{number_words(value, templates, neuter)} {noun}".strip()


def goal_measure_phrase(measure: dict, facts: dict, templates: GoalTemplates) -> str:
    """The measure as the goal writes it: as the citizen typed it ("3 km"), else in words."""
    return typed_measure(measure, facts.get("measures_said"), templates) or measure_phrase(
        measure, templates
    )


def frequency_phrase(freq: dict | None, templates: GoalTemplates) -> str:
    """Return "to gange om ugen", "hver dag", "hver anden dag" for a frequency dict."""
    if not freq:
        return ""
    per = str(freq.get("per", "week"))
    try:
        times = float(freq.get("times", 1))
        every = int(freq.get("every", 1) or 1)
    except (TypeError, ValueError):
        return ""
    if times == 1 and every == 1:
        return templates.text(f"frequency.every_one.{per}")
    if times == 1:
        ordinal = (templates.common.get("ordinals") or {}).get(every, str(every))
        return templates.text(f"frequency.every_n.{per}", ordinal=ordinal)
    return templates.text(f"frequency.times.{per}", n=number_words(times, templates))


def date_phrase(iso: str | None, templates: GoalTemplates) -> str:
    """Return "den 24. december 2026" for an ISO date."""
    try:
        day = date.fromisoformat(str(iso))
    except ValueError:
        return ""
    months = templates.common.get("months") or []
    month = months[day.month - 1] if len(months) == 12 else str(day.month)
    return templates.text("date", day=day.day, month=month, year=day.year)


def _helper_phrase(facts: dict, templates: GoalTemplates, action: str = "") -> str:
    """Return "med min rollator" / "med hjælp fra min datter"; an aid the action names is not
    named again ("gå i bad på badebænken", "fra kørestolen over i sengen"). A ride one gets
    there with goes first ("med Flextrafik og min rollator")."""
    phrase = _aids_or_help(facts, templates, action)
    means = _means_phrase(facts, templates, action)
    if not means or facts.get("independence") == "med_hjaelp":
        return phrase
    with_means = templates.text("with_aid", aid=means)
    if not phrase:
        return with_means
    lead = with_means.removesuffix(means)  # "med "
    if not phrase.startswith(lead):
        return f"{with_means} {phrase}"  # "selv men med pauser"
    return f"{with_means} {templates.text('and')} {phrase.removeprefix(lead)}"


def _means_phrase(facts: dict, templates: GoalTemplates, action: str) -> str:
    """The ride one gets there with ("Flextrafik"), unless the action names it already
    ("bestille flextrafik til lægen")."""
    means = facts.get("travel_means")
    phrase = str((templates.common.get("means_phrases") or {}).get(means) or "")
    if not phrase or fold(str(means)).lower() in fold(action).lower():
        return ""
    return phrase


def _aids_or_help(facts: dict, templates: GoalTemplates, action: str = "") -> str:
    """ "med min rollator" / "med hjælp fra min datter" (see _helper_phrase)."""
    independence = facts.get("independence")
    if independence == "selv" and facts.get("manner_said"):
        return str(facts["manner_said"])  # "selv men med pauser": how, in one's own words
    if independence == "hjaelpemiddel":
        aids = facts.get("aids") or []
        said = fold(action).lower()
        own = _whole_aid(str(facts.get("aid_said") or ""), templates)
        if own:  # "med kandeholderen": the aid named to how one manages, in one's own words
            more = _more_tools(aids, own, said, facts, templates)  # "og en skærehandske"
            own = f"{own} {templates.text('and')} {more}" if more else own
            return _unnamed_things(own, said, facts.get("speaker"), templates)
        words = set(said.replace(",", " ").split())
        forms = templates.aid_forms  # "et greb på væggen" names the støttehåndtag
        g = templates.grammar
        unnamed = [
            a
            for a in aids
            if fold(str(a)) not in said
            and not forms.get(a, set()) & words
            # "med vinkelgaflen": its definite form, a syncope the lemma's letters do not hold
            and fold(g.definite_singular(str(a)) or "").lower() not in words
            # "med en speciel badedragt": the word said for the aid is in the phrase already
            and fold(str((facts.get("aid_words") or {}).get(a) or "-").split()[-1]) not in words
        ]
        if aids and not unnamed:
            return ""
        phrases = templates.common.get("aid_phrases") or {}
        own_words = facts.get("aid_words") or {}
        whole = facts.get("aids_whole") or {}  # "en stok med sæde": the aid with what it has
        one = set(facts.get("aids_one") or ())
        named = [
            _aid_phrase(a, own_words.get(a) or whole.get(a), phrases, templates, a in one)
            for a in unnamed[:_MAX_AIDS]
        ]
        if len(named) > 1:  # "med gelænderet og min stok"
            named = [", ".join(named[:-1]) + " " + templates.text("and") + " " + named[-1]]
        if not named and facts.get("aids_others"):
            return ""  # "der er gelænder ved trappen": things named, none the citizen's own
        aid = named[0] if named else templates.text("no_aid")
        return templates.text("with_aid", aid=aid)
    if independence == "med_hjaelp":
        said = fold(action).split()
        if any(w in said for w in templates.grammar.help_words):  # folded by the loader
            return ""  # "gå i bad med lidt hjælp fra min mand til ryggen" says it already
        if _names_company(action, templates) or _names_speaker(action, facts, templates):
            return ""  # "fiske med Bjarne igen": who comes along is said by name already
        people = [p for p in facts.get("people") or [] if p != "ingen"]
        who = person_phrase(people[0], templates) if people else templates.text("someone")
        aid = _aids_with_help(facts, templates, action)
        if people and helper_in_phrase(people[0], who, action, templates.grammar):
            # "… sammen med mit barnebarn": the helper is named in the wish already
            whole = {**facts, "independence": "hjaelpemiddel"}
            return _aids_or_help(whole, templates, action) if aid else ""
        if aid:  # "med et glidebræt og hjælp fra hjemmeplejen": the aid stays named
            return templates.text("aid_and_help", aid=aid, who=who)
        if people and people[0] in (facts.get("companions") or ()):
            # "gå rundt om blokken sammen med grethe min nabo": company, as they meant it
            together = templates.text("together_with", who=who)
            return "" if fold(together.split()[0]).lower() in said else together
        return templates.text("with_help", who=who)
    return ""


def _more_tools(aids, own: str, said: str, facts: dict, templates: GoalTemplates) -> str:
    """The tools named as the means beside the thing said in one's own words, by a compound
    the aid table does not know ("med en skruetvinge, så træet sidder fast, og en
    skærehandske"): "en skærehandske", joined for the goal; "" when there is none. An aid of
    the table said after the thing is what it stands on or one rests on (_opening_thing)."""
    told = fold(own).lower()
    words = facts.get("aid_words") or {}
    more = [
        " ".join(_with_article(str(words.get(a) or a), templates.grammar))
        for a in aids
        if a not in templates.aid_forms
        and fold(str(a)).lower() not in told
        and fold(str(a)).lower() not in said
        and not _head_told(str(words.get(a) or ""), told)
    ]
    return f" {templates.text('and')} ".join(more[: _MAX_AIDS - 1])


def _head_told(word: str, told: str) -> bool:
    """True when a tool said apart from what it is for ("holder til brikker") has its head word
    in the phrase already ("med en skrå holder"): named there in the person's words."""
    said = word.split()
    return len(said) > 1 and fold(said[0]).lower() in told.replace(",", " ").split()


def _names_company(action: str, templates: GoalTemplates) -> bool:
    """True when the own phrase names someone by name after "med" ("fiske med Bjarne igen",
    "gå en tur med Else"): the helper is said in the person's words; "med hjælp fra en ven"
    would name them twice."""
    with_word = fold(templates.text("together_with", who="").split()[-1]).lower()
    said = action.split()
    return any(
        fold(said[k]).lower() == with_word
        and said[k + 1][:1].isupper()
        and said[k + 1].strip(",.;:").isalpha()
        for k in range(1, len(said) - 1)
    )


def _names_speaker(action: str, facts: dict, templates: GoalTemplates) -> bool:
    """True when the own phrase has the relative answering along as the citizen says them
    ("gå en tur sammen med min datter", "… med familien": perspective.speakers_company)."""
    g = templates.grammar
    if facts.get("speaker") != "relative":
        return False
    who = fold(str(facts.get("speaker_as") or g.speaker_company_said)).lower().split()
    said = fold(action).lower().replace(",", " ").split()
    return bool(who) and any(
        said[k] in g.speaker_company_leads and said[k + 1 : k + 1 + len(who)] == who
        for k in range(len(said) - len(who))
    )


def _aids_with_help(facts: dict, templates: GoalTemplates, action: str) -> str:
    """The aid phrase of a goal done with help and an aid said beside the helper
    (aid_with_help: "med min kørestol, et glidebræt"), its last "og" made a comma for the help
    to join; "" without one."""
    if not facts.get("aid_with_help") or not (facts.get("aids") or facts.get("aid_said")):
        return ""
    aid = _aids_or_help({**facts, "independence": "hjaelpemiddel"}, templates, action)
    if not aid or aid == templates.text("with_aid", aid=templates.text("no_aid")):
        return ""
    joined = f" {templates.text('and')} "
    head, sep, last = aid.rpartition(joined)
    return f"{head}, {last}" if sep else aid


def _own_thing(lemma: str, phrases: dict, templates: GoalTemplates) -> str:
    """The phrase content gives a person or aid ("hjemmeplejen"), else "min <lemma>"."""
    if lemma in phrases:
        return str(phrases[lemma])
    return templates.text("own_thing", thing=lemma)


def _aid_phrase(
    lemma: str, word: str | None, phrases: dict, templates: GoalTemplates, one: bool = False
) -> str:
    """The aid's phrase ("en doseringsæske") with the word said for it instead of its name ("en
    dosisæske"), when the phrase has an article or possessive before the name; a name said bare
    (a mass noun) gives way to the word said in its definite singular ("rokkekniven"). A phrase
    that is the bare plural ("vægtmanchetter") of an aid said as one is its name with an
    article ("en vægtmanchet"); a definite name said as the part of a thing ("gelænderet" said
    "trappe med gelænder") is the thing made definite with its part ("trappen med gelænder")."""
    phrase = _own_thing(lemma, phrases, templates)
    parts = phrase.split()
    g = templates.grammar
    if word and word.split()[0] in g.article_genders:
        return word  # "en stok med sæde", "en varm siddepude": with its article, as said
    if (
        one
        and len(parts) == 1
        and parts[0] not in (lemma, g.definite_singular(lemma))  # "røremaskinen" is one already
        and parts[0].startswith(lemma[:-1])
    ):
        return " ".join(_with_article(lemma, g))
    if word and len(parts) > 1 and parts[-1] == lemma:
        if parts[:-1] == [g.indefinite_article(lemma)] and (
            article := g.indefinite_article(word.split()[0])
        ):
            return f"{article} {word}"  # "et broderistativ" said "ramme på stativ": "en ramme …"
        # "mit iltapparat" said "min bærbare ilt": the possessive agrees with the word said
        return " ".join(agree([*parts[:-1], *word.split()], g))
    if word and parts == [lemma] and same_in_plural(word, g) and len(word.split()) == 1:
        return word  # "saaleindlaeg til mine sko": things said bare, no "med såleindlægget"
    if word and parts == [lemma] and (one := templates.grammar.definite_singular(word)):
        return one  # "specialbestik" is a mass noun: "rokkekniv" said is "med rokkekniven"
    told = (word or "").split()
    if len(told) > 2 and parts == [g.definite_singular(lemma)] and told[-1] == lemma:
        head = g.definite_singular(told[0])  # "gelænderet" said "trappe med gelænder"
        return " ".join([head, *told[1:]]) if head else phrase
    return phrase


def _joined(saids: list[str], g) -> str:
    """ "tre etager og 20 minutter": measures of one kind joined with the grammar's "og"."""
    return f" {g.and_word} ".join(saids)


_MAX_AIDS = 3  # aids named in the goal sentence ("med gelænderet og min stok")


def _whole_aid(said: str, templates: GoalTemplates) -> str:
    """The aid as said, without a cut-off clause's last words ("med hvad" of "med hvad jeg skal
    trykke på") and without where it came from ("med rollatoren fra kommunen"); "" when no word
    naming a thing is left."""
    g = templates.grammar
    words = without_aid_source(said.split(), templates.aid_forms, g)
    last = lambda: fold(words[-1].strip(",.;:")).lower()  # noqa: E731
    while words and last() in g.question_words | g.cut_ends:
        words.pop()  # the clause cut off ("med hvad") and the words it leaves dangling
        while words and last() in g.dangling:
            words.pop()  # but "med en kande med streger på" ends on its particle: it stays
    content = [w for w in words if fold(w).lower() not in g.function_words | g.help_leads]
    alone = len(words) == 3 or (len(words) > 4 and fold(words[3]).lower() == g.and_word)
    if alone and (own := g.aid_pointers.get(fold(words[1]).lower())):
        # "med de gåstave" of "med de gåstave, fysioterapeuten har vist mig": "med mine gåstave",
        # also as the first of two things ("med de tommelskinner, …, og en høj sadelstol")
        words = [words[0], own, *words[2:]]
    return " ".join(words) if content else ""


def _unnamed_things(own: str, said: str, speaker: str | None, templates: GoalTemplates) -> str:
    """The aid phrase said ("med de tykke pinde og en gigthandske") without the things joined
    by "og" that the action names already ("strikke sokker med de tykke pinde"): "med en
    gigthandske"; "" when it names them all. A relative's "hendes telefon" is the citizen's
    "min telefon"."""
    g = templates.grammar
    words = own.split()
    if speaker not in (None, "citizen"):
        own_word = lambda w: fold(w.strip(",.;:")).lower() in g.citizen_possessives  # noqa: E731
        words = agree([g.own_possessive if own_word(w) else w for w in words], g)
    lead, joined = words[0], f" {g.and_word} "
    parts = " ".join(words[1:]).split(joined)
    named = lambda p: fold(p).lower() in said or _named_in(p, said, templates)  # noqa: E731
    new = [p for p in parts if not named(p)]
    if len(new) == 1 and (detail := _told_more_of_named(new[0], said, g)):
        return detail  # "på elcyklen med hjælpemotoren" after "cykle … på min elcykel"
    # "med min tablet med stor skrift og en seddel" after "… på min tablet": "med stor skrift
    # og en seddel", the thing the action names not said twice
    new = [_more_of_named_part(p, lead, said, g) for p in new]
    return " ".join([lead, joined.join(new)]) if new else ""


def _more_of_named_part(part: str, lead: str, said: str, g) -> str:
    """One of several joined aid parts: only what it tells more of a thing the action names
    ("min tablet med stor skrift" → "stor skrift" after "på min tablet"), when that is said
    with the phrase's own lead ("med"); else the part as it is."""
    detail = _told_more_of_named(part, said, g).split()
    if len(detail) > 1 and fold(detail[0]).lower() == fold(lead).lower():
        return " ".join(detail[1:])
    return part


#: Words before a noun of the action that make it a thing named ("på min elcykel"), not the
#: verb ("børste mit hår" names no "børste med langt skaft").
_DETERMINER_REACH = 2


def _told_more_of_named(part: str, said: str, g) -> str:
    """The "med …" that tells more of a thing the action names already as a noun
    ("elcyklen med hjælpemotoren på laveste trin" after "på min elcykel": "med hjælpemotoren
    på laveste trin"); "" when the part's thing is not named so or nothing more is told."""
    words = part.split()
    at = next((k for k, w in enumerate(words) if k and fold(w).lower() in g.help_leads), None)
    head = [fold(w.strip(",.;:")).lower() for w in words[:at] if at]
    head = [w for w in head if w not in g.function_words]
    if at is None or at + 1 >= len(words) or not head:
        return ""
    owners = g.articles | {f for row in g.possessives for f in row} | g.citizen_possessives
    action = said.replace(",", " ").split()
    nouns = [
        w
        for j, w in enumerate(action)
        if any(a in owners for a in action[max(0, j - _DETERMINER_REACH) : j])
    ]
    return " ".join(words[at:]) if any(_one_noun(head[-1], w) for w in nouns) else ""


def _one_noun(a: str, b: str) -> bool:
    """True for two forms of one noun ("elcyklen", "elcykel"; "luppen", "lup"): they share
    all but the last two letters of the shorter, and at least _STEM, and the longer goes on
    by an ending at most (_ENDING letters); "kanovogn" is a compound of its own, no "kano"."""
    shared = len(os.path.commonprefix([a, b]))
    ended = max(len(a), len(b)) - shared <= _ENDING
    return shared >= _STEM and shared >= min(len(a), len(b)) - 2 and ended


_STEM = 3  # letters two words share to be one thing said twice ("luppen", "lup")
_ENDING = 3  # letters an inflected form adds ("luppen": "pen"; "elcyklen": "len")


def _named_in(phrase: str, said: str, templates: GoalTemplates) -> bool:
    """True when the action already names the aid phrase's thing: every word of it that is no
    function word begins like a word of the action ("med luppen med lys" after "læse avisen med
    den store lup med lys")."""
    g = templates.grammar
    # "sådan en telefon", "den der telefon": a filler or pointing word names no thing
    vague = g.function_words | g.fillers | g.relative_leads
    own = [w for w in fold(phrase).lower().split() if w not in vague and len(w) > 2]
    words = said.replace(",", " ").split()
    # a short adjective grows its ending: "en ny let plæneklipper" names "den nye lette …"
    short = [a for a in words if len(a) < _STEM and a not in g.function_words]
    opens = frozenset(e[:1] for _kind, ends in g.noun_endings for e in ends)  # "-erne": "e"
    long = frozenset(
        x for _kind, ends in g.noun_endings for e in ends for x in (e, e[1:]) if len(x) >= _ENDING
    )  # "erne", "rne", "ene"
    return bool(own) and all(
        any(_one_word(a, w, opens, long) for a in words)
        or any(w.startswith(a) for a in short)
        or any(_compound_tail(a, w) for a in words)
        for w in own
    )


_TAIL_STEM = 4  # letters of a word said short for a compound of the action ("æsken": "æske")


def _compound_tail(a: str, w: str) -> bool:
    """True when `w` is the last part of the compound `a`, said short in its definite form
    ("æsken" after "doseringsæske", "kanden" after "vandkande")."""
    for cut in range(0, 3):
        stem = w[: len(w) - cut] if cut else w
        if len(stem) >= _TAIL_STEM and len(a) > len(stem) + 2 and a.endswith(stem):
            return True
    return False


_ENDING = 3  # letters of an inflection after a shared stem ("luppen", "lup")


def _one_word(a: str, b: str, opens: frozenset[str], long: frozenset[str] = frozenset()) -> bool:
    """True for two forms of one word ("luppen", "lup"; "høreapparaterne", "høreapparat"):
    they share at least _STEM letters and what is left of each is an ending: up to _ENDING
    letters, one more when it begins as a noun ending does (`opens`), two more after the stem's
    doubled consonant ("kopperne"); a rest of _ENDING letters or more only when it is one of the
    `long` endings ("erne", "rne"). A compound on a word is another thing ("strygebræt",
    "stryge"; "badetaburet", "bad"; "ukulelerem", "ukulele")."""
    shared = len(os.path.commonprefix([a, b]))
    if shared < _STEM:
        return False
    for rest in (a[shared:], b[shared:]):
        doubled = rest[:1] == a[shared - 1 : shared]
        if len(rest) > _ENDING + (rest[:1] in opens) + 2 * doubled:
            return False
        core = rest[1:] if doubled else rest
        if long and len(core) >= _ENDING and core not in long:
            return False
    return True


def person_phrase(person: str, templates: GoalTemplates) -> str:
    """Return "min datter", "hjemmeplejen" for a person lemma; a first name ("Svend") as is."""
    if person[:1].isupper():
        return person
    phrases = templates.common.get("people_phrases") or {}
    return _own_thing(person, phrases, templates)


def reason_frame(
    text: str, templates: GoalTemplates, speaker: str | None = None, speaker_as: str | None = None
) -> tuple[str, str]:
    """Return (frame, reason without its lead) for a told reason (see assistant.nlp.reason).

    frame is "so_that" (", så jeg kan …"), "so_i" (", så jeg …"), "so" (", så min kone kan …"),
    "because" (", fordi …"), or "" when the reason stays out of the goal sentence. speaker_as
    is who a relative is to the citizen ("min datter"), when known.
    """
    if speaker in ("relative", "staff"):  # "hun siger altid, at …": "hun siger, at …"
        text = plain_quote_leads(text, templates.grammar)
    # "Han siger, at Else …, men hun bliver rolig": "hun" is Else, not the citizen
    templates = templates.for_citizen(quoted_citizen(text, templates.grammar, speaker))
    if speaker == "relative":  # "… venter på at vi ringer": "… at min familie ringer"
        text = households(text, templates.grammar, speaker_as)
    frame, said = reason_parts(text, templates.grammar, speaker, speaker_as)
    if speaker in ("relative", "staff"):  # a neighbour's "hos sønnen": "hos min søn"
        said = citizens_kin(said, templates.grammar)
    if speaker == "relative":  # a son's "det skal ikke være os børn, der …": "mine børn"
        said = relative_us_as_kin(said, templates.grammar)
    said = without_own_name(said, templates.grammar)  # "…, der er jeg bare Bjarne, …"
    # "lægen siger, svømning er godt for knæ": "lægen siger, at … for mine knæ"
    said = " ".join(advice_written(said.split(), templates.grammar))
    return (frame, said) if said else ("", "")


def third_person(phrase: str, templates: GoalTemplates) -> str:
    """Return a first-person verb phrase about someone else ("vaske mig" → "vaske sig")."""
    table = templates.common.get("third_person") or {}
    return " ".join(table.get(w, w) for w in phrase.split())


def first_person(
    text: str, templates: GoalTemplates, speaker: str | None = None, speaker_as: str | None = None
) -> str:
    """Return a told reason without its lead, the citizen in first person ("besøge min søster")."""
    frame, words = reason_frame(text, templates, speaker, speaker_as)
    if frame == "so" or (frame == "" and text.strip()):
        words = words or " ".join(text.split())
    # a relative's "hendes hår" became "min hår": the possessive agrees ("mit hår")
    return " ".join(agree(words.split(), templates.grammar))


def reason_first_person(
    text: str, templates: GoalTemplates, speaker: str | None = None, speaker_as: str | None = None
) -> str:
    """first_person for the answer to why, as in the goal sentence: its asides (a joke, a
    concession, a comment) left out (assistant.nlp.asides), bare nouns made a doing."""
    if named := named_reason_parts(text, templates.grammar, speaker):
        return named[1]  # "kammeraterne. kaffe": "drikke kaffe med kammeraterne"
    text = without_asides(text, templates.grammar)
    if speaker == "relative" and not reason_frame(text, templates, speaker, speaker_as)[0]:
        # out of the goal, kept for staff: "Hun siger, at torsdag var …": "Torsdag var …"
        mine = relatives_words_first_person(text, templates.grammar)
        if mine:
            return " ".join(agree(mine.split(), templates.grammar))
    return first_person(text, templates, speaker, speaker_as)


def action_phrase(facts: dict, templates: GoalTemplates) -> tuple[str, list[str]]:
    """Return (verb phrase of the goal with its measures, measure words that did not fit).

    The citizen's own phrase (facts["own_action"]) wins; the template's verb is the fallback, and
    its `with_measure` places a measure of the template's own kind of unit.
    """
    template = templates.get(facts.get("activity"))
    g = templates.grammar
    measures = [(m, _measure_said(m, facts, templates)) for m in facts.get("measures") or []]
    measures = [(m, said) for m, said in measures if said]
    own = own_phrase(
        relatives_wish(facts, g), template, templates, facts.get("speaker"), bool(measures)
    )
    criterion = criterion_phrase(facts, templates)
    said_sign = criterion and not facts.get("criterion_card")  # a card's sign is no wish
    if said_sign and own is not None and _counted_total(criterion, facts, templates):
        said_sign = False  # "mit navn og 10 julekort" is reached once, not done every day
    if said_sign and facts.get("criterion_nominal") and own is None:
        said_sign = False  # "kaffe på kanden": no doing after "kunne"; the activity's verb
    if said_sign and (own is None or _same_thing(criterion, own, g)):
        own = criterion  # "gå ned til postkassen og hjem igen uden at stoppe" says it all
    elif criterion and own is None and _card_task(facts, template):
        own = criterion  # the hair card, tapped: "vaske mit hår", not "vaske mig og gå i bad"
    elif criterion:  # "… når jeg kan stå hele koncerten en times tid" says its measure itself
        measures = [
            (m, said)
            for m, said in measures
            if not _in_sign(m, criterion, g)
            and not _count_in_sign(m, criterion, templates)
            and not _said_in_sign(m, facts, criterion)  # "…, seks trapper, …": 6 etager
        ]
    if criterion:  # "… uden at gå i stå det tager vel en 5 minutter": how long the sign takes,
        told = str(facts.get("criterion") or "")  # no duration of the goal
        measures = [
            (m, s) for m, s in measures if not (_is_duration(m, g) and _in_sign(m, told, g))
        ]
    if own is not None:
        # "lave ti armbøjninger mod væggen": the count of movements is said in the wish already
        measures = [x for x in measures if not _count_in_sign(x[0], own, templates)]
        if template.with_measure and template.with_measure.startswith(template.verb + " "):
            suffix = template.with_measure[len(template.verb) :]
            first = own.split()[0]
            kind = g.kind_of_unit((template.default_measure or {}).get("unit"))
            same = [x for x in measures if kind and g.kind_of_unit(x[0].get("unit")) == kind]
            if same and first == template.verb.split()[0]:
                own += suffix.format(measure=_joined([said for _m, said in same], g))
                measures = [x for x in measures if x not in same]
        head, clause = _before_subject_clause(own, g)
        if clause and measures:
            # "male vores stue selv inden familien kommer": the measure is the wish's, said
            # before the clause with its own subject ("… i en time ad gangen inden familien
            # kommer"), not after it as if the family came for an hour
            placed, unplaced = place_measures(head, measures, g)
            return f"{placed} {clause}", unplaced
        placed, unplaced = place_measures(own, measures, g)
        if placed != own and placed.startswith(own + " "):
            # "… oldebarn, der kommer til maj, i en halv time ad gangen": the measure after the
            # wish's relative clause is no part of it
            placed = f"{closed_relative(own, g)} {placed[len(own) + 1 :]}"
        return placed, unplaced
    kind = g.kind_of_unit((template.default_measure or {}).get("unit"))
    same = [x for x in measures if kind and g.kind_of_unit(x[0].get("unit")) == kind]
    if same and template.with_measure:
        phrase = template.with_measure.format(measure=_joined([s for _m, s in same], g))
        return place_measures(phrase, [x for x in measures if x not in same], g)
    # a wish chosen by its card alone says the card's deed, no more ("vaske mig", no bath)
    verb = (facts.get("activity_card") and template.verb_card) or template.verb
    return place_measures(verb, measures, g)


def relatives_wish(facts: dict, g) -> str | None:
    """The wish as told, another's words for the citizen's family as the citizen's ("hjem til
    sønnen": "hjem til min søn") and a relative's own things as the citizen says them ("komme
    ind i min bil igen", the son's car: "komme ind i bilen igen")."""
    wish = facts.get("own_action")
    if not wish or facts.get("speaker") not in ("relative", "staff"):
        return wish
    said_as = facts.get("speaker_as")
    if facts.get("speaker") == "relative":
        wish = things_in_citizens_words(str(wish), g, said_as)
        wish = speakers_company(wish, g, said_as)  # "sammen med mig": "… med min datter"
    return citizens_kin(str(wish), g)  # "hjem til sønnen": "hjem til min søn"


def _counted_total(sign: str, facts: dict, templates: GoalTemplates) -> bool:
    """True when a goal done how often names in its sign a count of things no measure holds ("mit
    navn og 10 julekort" every day till Christmas): a total reached by the deadline, not an
    amount each time ("gå 500 meter" is the measure 500 meter, said each time)."""
    if not facts.get("frequency"):
        return False
    values = set()
    for m in facts.get("measures") or []:
        try:
            values.add(float(m.get("value")))
        except (TypeError, ValueError):
            continue
    words = [w.strip(".,!?") for w in sign.lower().split()]
    for word, thing in zip(words, words[1:], strict=False):
        value = float(word) if word.isdigit() else templates.number_values.get(word)
        counted = thing.isalpha() and fold(thing) not in templates.grammar.function_words
        if value is not None and value > 1 and value not in values and counted:
            return True  # "klokken ti om formiddagen": no thing counted after the number
    return False


def _card_task(facts: dict, template) -> bool:
    """True when the goal's sign is a measure card naming a task of its own (MeasureOption.task),
    or one that names the wish said without a verb ("bil. ind. ud.": facts["criterion_task"])."""
    if not facts.get("criterion_card"):
        return False
    if facts.get("criterion_task"):  # the card names the wish said without a verb
        return True
    told = facts.get("criterion")
    return any(m.task and m.criterion == told for m in template.measures)


def _measure_said(measure: dict, facts: dict, templates: GoalTemplates) -> str:
    """ "20 minutter", or "20 minutter ad gangen" for a duration said to be each time."""
    said = goal_measure_phrase(measure, facts, templates)
    if said and facts.get("measure_each_time") and _is_duration(measure, templates.grammar):
        return templates.text("each_time", measure=said)
    way = _way_of(measure, facts, templates.grammar)
    return f"{said} {way}" if said and way else said


def _way_of(measure: dict, facts: dict, g) -> str:
    """The destination said after a distance ("ned til stoppestedet"), unless the wish or the
    sign names that place already (it is said once) or the wish walks to a place of its own
    ("gå ned til frisøren": the distance is the way there, "derned til torvet" a stop on it)."""
    way = str(facts.get("measure_way") or "")
    kind = g.kind_of_unit(measure.get("unit"))
    if not way or kind is None or not kind.way_leads:
        return ""
    own = [fold(w) for w in str(facts.get("own_action") or "").split()]
    if own and own[0] in kind.after_verbs and set(own[1:]) & kind.way_places:
        return ""
    named = {fold(w) for w in way.split()} - kind.way_leads - kind.way_places
    said = {*own, *(fold(w) for w in str(facts.get("criterion") or "").split())}
    return "" if named & said else way


def _is_duration(measure: dict, g) -> bool:
    kind = g.kind_of_unit(measure.get("unit"))
    return kind is not None and kind.name == "time"


def _durations_apart(facts: dict, templates: GoalTemplates) -> list[dict]:
    """The durations that cannot follow the citizen's phrase: after "strikke en trøje færdig …"
    "i 20 minutter" would read as the time to finish it; they get a sentence of their own."""
    g = templates.grammar
    own = str(facts.get("own_action") or "")
    if facts.get("criterion") or not any(fold(w).lower() in g.finished_words for w in own.split()):
        return []
    durations = []
    for m in facts.get("measures") or []:
        kind = g.kind_of_unit(m.get("unit"))
        if kind is not None and kind.name == "time" and kind.append:
            durations.append(m)
    return durations


def _duration_sign(action: str, durations: list[dict], facts: dict, t: GoalTemplates) -> str:
    """ "Jeg ved, at jeg har nået det, når jeg kan strikke i 20 minutter ad gangen." """
    kind = t.grammar.kind_of_unit(durations[0].get("unit")) if durations else None
    saids = [_measure_said(m, facts, t) for m in durations]
    if kind is None or not action.split() or not all(saids):
        return ""
    measure = kind.append.format(measure=_joined(saids, t.grammar))
    return t.text("criterion", criterion=f"{action.split()[0]} {measure}")


def _sign_words(facts: dict, g) -> list[str]:
    """The citizen's sign, comments, others' clauses and counts off, a clause of their own
    doing made a verb phrase (see criterion_phrase)."""
    words = without_broken_marks(str(facts.get("criterion") or "").split(), g)
    if with_state_verb(words, g) == words:  # "alle tolv. færdige. selv.": the frame's "selv"
        words = self_first(words, g)  # "begge fødder. mellem tæerne. selv.": "selv" first
    words = length_with_thing(words, g)  # "hele korprøven, den varer to timer": "… på to timer"
    # "… og padle en time, det er cirka fem kilometer, med en pause": the deed's own amount
    words = amount_kept_with_deed(words, g)
    words = own_deed_after_and(words, g)  # "…, og at jeg selv husker": "…, og selv huske"
    words = without_comment(words, g)
    words = without_fragments(words, g)  # "hel kabale. kort ikke på gulvet": "… uden kort …"
    words = one_thing_sign(words, g)  # "et skib. færdigt. i flasken.": "et skib færdigt i …"
    # "æsken tom om aftenen. ingen glemt": "æsken er tom om aftenen og ingen er glemt"
    words = states_joined(with_state_verb(words, g), g)
    words = deed_of_thing(words, g)  # "en hel side. sat ind.": "sætte en hel side ind"
    words = listed_verbs(words, g)  # "selv trykke. svare. se Oliver": one list of verbs
    words = without_told_clause(words, g)  # "…, udvendig tager vinduespudseren"
    words = without_others_way(words, g)  # "…, som fysioterapeuten viste mig"
    words = without_count(words, g)  # "… krukkerne der er seks af dem"
    words = without_spoken_list(words, g)  # "… fra start til slut kartofler og kød og sovs"
    # "… og så møder man nogen dernede": anyone's doing; "… og så skal vi også ud at handle":
    # what several do next, which "når jeg kan …" cannot say
    tail = others_tail(words, g, frozenset({fold(g.we_word)}))
    if tail is not None:
        words = [*words[: tail - 1], words[tail - 1].rstrip(",;:")]
    words = without_loose_end(words, g)  # "… ud til fuglestationen og har": no "og har"
    words = scene_plurals(words, g)  # "gå rundt mellem borde og hjælpe børn": "… bordene …"
    # "at jeg har fået tøjet på", "kunne være gået derned": "få tøjet på", "gå derned"
    return present_of_perfect(as_verb_phrase(words, g, facts.get("speaker")), g)


_STATE_START = 2  # words of a state's subject and verb, before any clause of its own


def _thing_subject(words: list[str], g) -> bool:
    """True for a that-clause whose subject is no person a relative speaks of ("at der står en
    kop kaffe på bordet", "at kurven er tom"): the citizen's sign as a relative tells it, said
    after "når" as it is; "at han …", "at hans kurv …", "at Bent …" are not."""
    if len(words) < 3 or fold(words[0]).lower() not in g.infinitive_markers | g.when_leads:
        return False
    subject = words[1].strip(",.;:")
    people = g.citizen_pronouns | g.possessive_words | g.subject_pronouns - g.run_on_there
    # "at den står færdig": the thing the wish makes, said with the wish's verb (criterion_phrase)
    said = people | set(g.pointing_articles) | {g.self_subject, g.we_word}
    return subject.islower() and fold(subject) not in said


def result_sign(facts: dict, templates: GoalTemplates) -> str:
    """The sign told as what is done ("at den står færdig"), said after "når" ("den står
    færdig"); "" when the sign is a verb phrase of the citizen's own doing."""
    if facts.get("criterion_card"):
        return ""
    g = templates.grammar
    words = _sign_words(facts, g)
    count = bare_count(words, templates)
    template = templates.get(facts.get("activity"))
    # "seks glas": the activity's verb for the thing ("drikke"), when it names one
    unsure = count and unsure_verb(facts.get("own_action"), template)
    if unsure and not _object_frame(count, template):
        return templates.text("count_had", count=" ".join(count))  # "når jeg har tolv æg"
    relative = facts.get("speaker") not in (None, "citizen")
    done = [] if relative and not _thing_subject(words, g) else result_clause(words, g)
    # "pillerne er væk fra æsken": a state said without a lead, a relative's too; a clause of
    # its own after it takes its comma ("når dosisæsken er tom, når det bliver søndag")
    done = done or state_clause(words, g, relative) or _self_state(words, g)
    return " ".join(clause_marks(_without_own_tail(done, g), _STATE_START, g))


def _without_own_tail(words: list[str], g) -> list[str]:
    """A state sign without a last part of "selv" or "alene" said apart ("alle tolv. færdige.
    selv."): the goal's frame says whose doing it is; after a thing's state it would be the
    thing's own ("når alle tolv er færdige, selv")."""
    k = len(words)
    while k > 1 and _b(words[k - 1]) in g.independence_words:
        k -= 1
    if k == len(words) or k < 1 or not words[k - 1].endswith((".", "!", ",")):
        return words
    return [*words[: k - 1], words[k - 1].rstrip(".!,")]


def _self_state(words: list[str], g) -> list[str]:
    """A sign told as the citizen's own state, its "jeg er" left out ("helt påklædt med bh …",
    "vasket og barberet inden kl 8"): the clause "jeg er …" to say after "når"; [] else."""
    k = 1 if len(words) > 1 and fold(words[0]).lower() in g.degree_words else 0
    said = [fold(w).lower().strip(",.;:") for w in words[k : k + 2]]
    if not said or not (said[0] in g.self_states or " ".join(said) in g.self_states):
        return []
    return [g.self_subject, g.be_word, *words]


def criterion_phrase(facts: dict, templates: GoalTemplates) -> str:
    """The citizen's sign the goal is reached, as a verb phrase: "hele vejen op uden at stoppe"
    gets the activity's verb ("gå på trapper hele vejen op …"); "gå ned til postkassen" is one."""
    g = templates.grammar
    words = _sign_words(facts, g)
    if facts.get("speaker") not in (None, "citizen"):
        words = citizen_in_clause(words, g)  # "… uden at hans datter skal løfte ham"
    words = carers_by_place(words, g)  # "uden at damerne fra hjemmeplejen står ved siden af"
    words = together_goes_on(words, g)  # "ringe Inger op og vi snakker sammen"
    if not words:
        return ""
    told = str(facts.get("own_action") or "").split()  # the wish whole, all its deeds
    count = bare_count(words, templates)
    if count and told and (verb := count_verb(told, count, templates)):
        return " ".join([verb, *count])  # "tage sokker på og stoppe dem" + "Tre par."
    words = count or words  # "Tolv æg." with the wish's one verb: "lave tolv æg", no capital
    wish_verb = (told or [""])[0]
    route = told_route(words, g, wish_verb)
    if route:  # "fra stoppestedet og op til graven er det en to hundrede meter …": walked
        return " ".join(route)
    template = templates.get(facts.get("activity"))
    frame = _object_frame(words, template)
    lead = words[1:] if fold(words[0]).lower() in g.possessive_words else words  # "mine sko"
    thing = frame and _names_object(lead[0] if lead else "", frame[1])  # "skjorte og bukser"
    own = _verb_small(
        own_phrase(facts.get("own_action"), template, templates, facts.get("speaker")), g
    )
    on_body = _sign_on_body((own or "").split(), words, templates)
    if on_body:  # "øjendråber" + "begge øjne": "tage dem i begge øjne", no verb "øjnene"
        return on_body
    if own and (counted := quantified_sign(words, own.split(), _sign_verb(own.split(), g)[0], g)):
        return counted  # "begge. helt op. selv.": "selv få begge støttestrømper helt op"
    nominal = facts.get("criterion_nominal")
    if (
        len(words) > 1
        and _b(words[0]) in g.pre_modal_adverbs
        and g.is_infinitive(words[1])
        and _b(words[1]) not in g.not_verbs  # "selv alle 12 gaver": an amount, no verb
    ):
        return " ".join(words)  # "selv trykke, svare og se Oliver": "jeg selv kan trykke, …"
    if own and not thing and _thing_said_first(words, g):
        # "Hue til lille Zofia færdig": the thing made, no verb "hue": "strikke en hue …"
        words = _first_sentence([*_with_article(words[0].lower(), g), *words[1:]])
        nominal = True
    if (
        g.is_infinitive(words[0])
        and words[0].lower() not in g.not_verbs
        and not thing
        and not nominal
    ):
        return " ".join(_first_sentence([words[0].lower(), *words[1:]]))
    if fold(words[0]) in g.motion_adverbs and g.motion_verb:
        # "ned til Brugsen og hjem igen": "komme ned …"; after a wish that goes somewhere
        # ("gå ned til havnen", "cykle ud til stranden") its own verb: "gå til enden af vejen"
        verb = own.split()[:2] if own else []
        moves = len(verb) == 2 and fold(verb[1]).lower() in g.motion_adverbs
        return " ".join([verb[0] if moves else g.motion_verb, *words])
    if not own and frame:  # "seks glas": "drikke seks glas", not the label "spise og drikke"
        return frame[0].format(object=_listed(words, frame[1], g))
    if not own and nominal:  # "kaffe på kanden": the thing in the place of the verb's object
        return " ".join([template.verb.split()[0], *words])
    if not own:
        return " ".join([template.verb, *words])  # "hele stuen": "støvsuge hele stuen"
    if len(words) > 1 and _b(words[0]) in g.independence_words and not thing:
        # "selv et skib færdigt i flasken": "selv bygge et skib …", "når jeg selv kan …"
        return " ".join(
            [words[0], criterion_phrase({**facts, "criterion": " ".join(words[1:])}, templates)]
        )
    verb, particle = _sign_verb(own.split(), g)
    low = [fold(w).lower() for w in words[:3]]
    if (
        len(words) > 3
        and low[0] in g.infinitive_markers
        and low[1] in g.pointing_articles
        and g.is_present(words[2])
    ):  # "at den står færdig": "lave den, så den står færdig"
        state = " ".join(words[1:])
        return templates.text("thing_state", verb=verb, thing=words[1], state=state)
    if thing and _has_object(own.split(), verb, g):
        # "klæde mig på" + "bukser sokker og sko": "tage bukser, sokker og sko på"
        return frame[0].format(object=_listed(words, frame[1], g))
    if not particle and _put_on(words, verb, g):  # "rede sengen" + "tæppet på": "få tæppet på"
        return " ".join([g.particle_get_verb, *words])
    said = {fold(w.strip(",.;:")).lower() for w in words}
    if said & (g.sign_particles | g.motion_adverbs) or (
        particle and fold(particle[0]).lower() in said  # "begge strømper på, selv"
    ):
        # folded, as the grammar's word lists are ("væk": "vaek")
        particle = []  # "tage bus 3 fra hjørnet og hjem igen": the sign says its own way
    elif particle and (said := _particle_next(own.split(), verb, particle[0], g)):
        # "komme op fra toilettet" + "hver gang, også om natten": "komme op hver gang, …"
        return " ".join([verb, *said, *words])
    elif len(words) > _PARTICLE_REACH or (
        particle
        and fold(particle[0]).lower() not in g.sign_particles
        and fold(words[0]).lower() in g.dangling
    ):  # "uden hjælp": no thing for "tage … på" to put on
        particle = []  # an object between: its particle would stand after a long sign
    if not particle:  # "strigle og fodre ponyerne" + "alle tre ponyer": both verbs
        verb = " ".join(_verbs_listed(own.split(), verb, g))
    return " ".join([verb, *words, *particle])


def _verbs_listed(own: list[str], verb: str, g) -> list[str]:
    """The wish's verb with the verbs listed right after it by the and-word ("strigle og fodre
    ponyerne": "strigle og fodre"); the verb alone when none is."""
    i = own.index(verb) if verb in own else len(own)
    out = [verb]
    while i + 2 < len(own) and own[i + 1] == g.and_word and g.is_bare_infinitive(own[i + 2]):
        out += own[i + 1 : i + 3]
        i += 2
    return out


_PUT_ON_MAX = 3  # words of a thing put on and its particle ("min dyne på", "tæppet på")


def _put_on(words: list[str], verb: str, g) -> bool:
    """True for a sign of a thing and an end particle alone ("tæppet på", "låget af") beside a
    wish whose verb ends on no such particle ("rede sengen"): it takes particle_get_verb."""
    if not g.particle_get_verb or not 1 < len(words) <= _PUT_ON_MAX:
        return False
    if fold(verb).lower() in g.particle_verbs or fold(words[-1]).lower() not in g.end_particles:
        return False
    thing = words[-2].strip(",.;:").lower()
    if not thing.isalpha() or g.is_bare_infinitive(thing):
        return False
    # "tæppet", "dynen", "min dyne": a noun of the tables, bare or definite
    stems = [thing, *(thing[: -len(e)] for e in _DEFINITE_ENDS if thing.endswith(e))]
    return any(g.noun_classes.get(w, "-") != "-" or g.lemma_forms.get(w) for w in stems)


_DEFINITE_ENDS = ("t", "n", "et", "en", "ne", "ene")


def _criterion_sentence(criterion: str, templates: GoalTemplates) -> str:
    """ "Jeg ved, … når jeg kan {criterion}."; a sign that opens with an adverb of the citizen
    before a verb ("selv trykke, svare …") has it before "kan" ("når jeg selv kan trykke")."""
    first, _, rest = criterion.partition(" ")
    g = templates.grammar
    if rest and _b(first) in g.pre_modal_adverbs and g.is_infinitive(rest.split()[0]):
        return templates.text("criterion_adverb", adverb=first, criterion=rest)
    return templates.text("criterion", criterion=criterion)


def _thing_said_first(words: list[str], g) -> bool:
    """True for a sign that opens with a thing of the noun table that has a definite plural,
    not a verb with its object ("Hue til lille Zofia færdig", "trøje færdig til jul"; "børste
    tænder", "rede seng" are verbs): a word that is no verb's infinitive by the lemma table, or
    one that is both with a preposition or an end point after it."""
    first = words[0].strip(",.;:")
    if not first.isalpha() or not (first.islower() or first.istitle()):
        return False
    low = first.lower()
    said = g.not_verbs | g.motion_adverbs | g.function_words | g.dangling | g.degree_words
    if not g.has_definite_plural(low) or fold(low) in said:
        return False
    nxt = fold(words[1].strip(",.;:")).lower() if len(words) > 1 else ""
    if g.is_infinitive(low) and _object_opens(words[1] if len(words) > 1 else "", g):
        return False  # "have dem fra fredag til søndag", "have haven i orden": verb and object
    if not g.is_bare_infinitive(low):
        return True
    return bool(nxt) and nxt in g.place_leads | g.finished_words | g.attribute_leads


def _object_opens(word: str, g) -> bool:
    """True for a word that opens a verb's object: a pronoun ("dem", "ham"), an article or
    possessive ("mine", "en") or a definite noun ("haven")."""
    w = fold(word.strip(",.;:")).lower()
    said = g.object_pronouns | g.pronoun_objects | g.possessive_words | g.articles
    return bool(w) and (w in said or definite_noun(word, g))


def _with_article(noun: str, g) -> list[str]:
    """The noun with its indefinite article when the grammar's noun list or the noun table
    knows its gender ("hue" → "en hue": the list before the table, whose "huet" is a verb's),
    else as said."""
    kind = g.noun_kind(noun)
    article = g.indefinite_articles.get(kind) if kind in ("c", "n") else None
    article = article or g.indefinite_article(noun)
    return [article, noun] if article else [noun]


def _verb_small(own: str | None, g) -> str | None:
    """The own phrase with its verb in lower case: "Rede seng", typed as an answer's first word,
    is "rede" after "når jeg kan"."""
    first = (own or "").split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and g.is_infinitive(first):
        return first.lower() + own[len(first) :]
    return own


def _first_sentence(words: list[str]) -> list[str]:
    """A sign said as a verb, up to the full stop before a new sentence's capital ("Lave hele
    middag selv. Ris, kylling, salat. Til 10 person.": "lave hele middag selv"): the goal quotes
    one sentence; a part typed on in lower case goes on with the sign ("være der hele
    formiddagen. ni til tolv"). The answer's capital is no name's once the verb is read (the
    caller lowers it)."""
    for k, w in enumerate(words[:-1]):
        if w[-1:] in _SENTENCE_STOPS and words[k + 1][:1].isupper():
            return [*words[:k], w.rstrip("".join(_SENTENCE_STOPS))]
    return words


def _sign_on_body(own: list[str], words: list[str], templates: GoalTemplates) -> str:
    """The sign said as the body part the wish's thing goes on ("begge øjne" after "tage
    øjendråber"): "tage dem i begge øjne"; "" for any other sign."""
    g = templates.grammar
    if len(own) > 2 and _b(own[-1]) in g.end_particles and _b(own[0]) in g.particle_verbs:
        own = own[:-1]  # "tage mine støttestrømper på" + "begge ben": "tage dem på begge ben"
    if len(own) == 3 and _b(own[1]) in g.possessive_words:
        own = [own[0], own[2]]  # "tage mine øjendråber"
    if len(own) != 2 or not words or len(words) > _BODY_REACH:
        return ""  # the wish a verb and its thing ("tage øjendråber"), the sign a short phrase
    preposition = g.body_parts.get(fold(words[-1]).lower())
    thing = own[1]
    if not preposition or fold(thing).lower() in g.dangling or not thing.isalpha():
        return ""
    plural = fold(thing).lower().endswith(_PLURAL_ENDS)  # "dråber", "strømperne"
    kind = g.noun_kind(thing) or ("pl" if plural else "c")
    pronoun = g.object_said_again.get(kind, "")
    leads = g.amount_words | g.possessive_words | g.function_words | g.not_verbs
    if not pronoun or any(_b(w) not in leads for w in words[:-1]):
        return ""  # "begge øjne", "mine ben": the body part with an amount or an owner only
    return templates.text(
        "sign_on_body", verb=own[0], thing=pronoun, preposition=preposition, place=" ".join(words)
    )


def _listed(words: list[str], objects: tuple[str, ...], g) -> str:
    """Things said one after another without commas, as a written list when each is one of
    the frame's objects ("bukser sokker og sko" → "bukser, sokker og sko")."""
    things = [w for w in words if _b(w) != g.and_word]
    ands = [k for k, w in enumerate(words) if _b(w) == g.and_word]
    if (
        len(things) < 3
        or ands != [len(words) - 2]
        or any(w[-1:] in ",.;:" for w in words)
        or not all(_names_object(w, objects) for w in things)
    ):
        return " ".join(words)
    return ", ".join(things[:-1]) + f" {words[-2]} {things[-1]}"


def _object_frame(words: list[str], template) -> tuple[str, tuple[str, ...]] | None:
    """The template's frame for a sign that names one of its objects ("skjorte og bukser":
    "tage {object} på"), or None."""
    frames = getattr(template, "object_frames", ()) or ()
    return next((f for f in frames if any(_names_object(w, f[1]) for w in words)), None)


_INFLECTIONS = ("", "n", "en", "r", "er", "ne", "erne", "et", "ene", "s")


def _names_object(word: str, objects: tuple[str, ...]) -> bool:
    """True when the word is one of the objects, in any of its usual noun forms."""
    w = fold(word.strip(",.;:!?")).lower()
    return any(w == o + end for o in objects for end in _INFLECTIONS)


def _sign_verb(own: list[str], g) -> tuple[str, list[str]]:
    """The wish's own verb for a sign said without one, past "lære at" and the like, and its
    particle ("hænge vasketøj op på snoren": "hænge", ["op"])."""
    i = 0
    while i + 1 < len(own) and fold(own[i]).lower() in g.sign_lead_verbs:
        i += 2 if own[i + 1].lower() == "at" and i + 2 < len(own) else 1
    after = [fold(w).lower() for w in own[i + 1 : i + 1 + _PARTICLE_REACH]]
    particle = next((w for w in after if w in g.sign_particles), None)
    last = fold(own[-1]).lower()
    if not particle and last in g.end_particles and fold(own[i]).lower() in g.particle_verbs:
        # "tage skoene på" + "begge sko": "tage begge sko på", the particle at its end
        particle = own[-1].strip(",.;:") if 1 < len(own) - i <= _PARTICLE_REACH else None
    return own[i], [particle] if particle else []


def _particle_next(own: list[str], verb: str, particle: str, g) -> list[str]:
    """The particle as the wish says it right after its verb, a reflexive object between
    ("komme op fra …", "rejse mig op fra …"), else []."""
    i = own.index(verb) + 1
    k = i + 1 if i < len(own) and fold(own[i]).lower() in g.reflexive_objects else i
    return own[i : k + 1] if k < len(own) and fold(own[k]).lower() == particle else []


def _has_object(own: list[str], verb: str, g) -> bool:
    """True when the wish's verb is followed by a reflexive object ("klæde mig på"), so it
    cannot take the things a sign names."""
    i = own.index(verb)
    return i + 1 < len(own) and fold(own[i + 1]).lower() in g.reflexive_objects


_SENTENCE_STOPS = ".!?"  # a sign's sentence ends here (_first_sentence)
_PARTICLE_REACH = 4  # words after the verb searched for its particle ("hænge vasketøj op")


def _in_sign(measure: dict, sign: str, g) -> bool:
    """True when the citizen's sign names the measure's unit ("en times tid": time), also
    written short ("et helt sæt på 45 min")."""
    unit = str(measure.get("unit") or "")
    short = g.unit_short.get(unit, frozenset())
    start = fold(unit)[:4]
    words = [w.strip(".,") for w in fold(sign).lower().split()]
    return bool(start) and any(w.startswith(start) or w in short for w in words)


def _said_in_sign(measure: dict, facts: dict, sign: str) -> bool:
    """True when the sign holds the words the measure was said with ("seks trapper" for six
    floors): it is said there, as the citizen said it."""
    key = measure_key(measure.get("value"), measure.get("unit"))
    said = str((facts.get("measures_said") or {}).get(key) or "").lower().split()
    words = [w.strip(".,;:") for w in sign.lower().split()]
    n = len(said)
    return n > 1 and any(words[k : k + n] == said for k in range(len(words) - n + 1))


def _count_in_sign(measure: dict, sign: str, templates: GoalTemplates) -> bool:
    """True when the sign names a count's number ("syv aftener i træk": 7 gange) of a kind said
    by its number (`said_by_number` in the grammar's measure kinds)."""
    kind = templates.grammar.kind_of_unit(measure.get("unit"))
    if kind is None or not kind.said_by_number:
        return False
    try:
        value = float(measure.get("value"))
    except (TypeError, ValueError):
        return False
    said = {number_words(value, templates), f"{value:g}".replace(".", ",")}
    words = sign.lower().split()
    # "fjorten dage i træk": a number word the goal itself writes with digits
    return bool(said.intersection(words)) or any(
        templates.number_values.get(w) == value for w in words
    )


def said_in(how_often: str, head: str, g) -> bool:
    """True when the phrase already names the once-a-period ("hver morgen" in "… om morgenen"),
    each of its joined parts ("hver morgen og hver aften" in "… om morgenen og … om aftenen"),
    or stands in it as said ("barbere mig hver morgen med min barbermaskine")."""
    if _said_as_run(how_often, head):
        return True
    parts: list[list[str]] = [[]]
    for w in how_often.lower().split():
        if w in g.time_of_day_joins:
            parts.append([])
        else:
            parts[-1].append(w)
    if any(len(p) != 2 for p in parts):
        return False
    said = head.lower().split()
    leads = g.time_of_day_leads
    pairs = list(zip(said, said[1:], strict=False))
    # "hver morgen" is said by "om morgenen" and "om morgnen"
    return all(any(a in leads and b.startswith(p[1][:4]) for a, b in pairs) for p in parts)


def _every_time_in_place(how_often: str, head: str, g) -> str:
    """The head with its "om morgenen" said as "hver morgen" when that is how often the person
    said it is done ("klæde mig på om morgenen" + "hver morgen": "klæde mig på hver morgen"),
    and so a bare weekday ("tage bus til moske fredag igen" + "hver fredag"); the days said on
    after it go along ("følge barnebarn til skole om morgen" + "hver morgen mandag til fredag")."""
    every = how_often.split()
    days_on = len(every) > 2 and not any(fold(w).lower() in g.time_of_day_joins for w in every)
    if (len(every) != 2 and not days_on) or fold(every[0]).lower() not in g.time_of_day_every:
        return head
    time = fold(every[1]).lower()
    if time in g.time_of_day_spans:
        return head  # "om natten": during the night, as often as needed
    words = head.split()
    for k in range(len(words) - 1):
        said = fold(words[k + 1]).lower()
        counted = k > 0 and fold(words[k - 1]).lower() in g.time_of_day_counted
        if fold(words[k]).lower() in g.time_of_day_leads and said.startswith(time[:4]):
            # "om morgenen, høreapparatet …": the comma after it stays
            mark = words[k + 1][len(words[k + 1].rstrip(",;:")) :]
            written = [*every[:-1], every[-1] + mark]
            return head if counted else " ".join([*words[:k], *written, *words[k + 2 :]])
    if time not in g.time_of_day_bare or days_on:
        return head
    for k in range(1, len(words)):
        # "tage bus til moske fredag igen" (a second language's bare day): said once, as often
        before = fold(words[k - 1]).lower()
        if fold(words[k]).lower() == time and before.isalpha() and before not in g.function_words:
            pointed = g.time_of_day_pointed | g.time_of_day_every | g.time_of_day_counted
            if before not in pointed and before not in g.time_of_day_leads:
                return " ".join([*words[:k], *every, *words[k + 1 :]])
    return head


def _said_as_run(phrase: str, head: str) -> bool:
    """True when the phrase's words stand together in the head, in its order."""
    words = fold(phrase).lower().replace(",", " ").split()
    said = fold(head).lower().replace(",", " ").split()
    n = len(words)
    return bool(words) and any(said[k : k + n] == words for k in range(len(said) - n + 1))


def _practice(how_often: str, head: str, templates: GoalTemplates) -> str:
    """A frequency of practice ("øve det tre gange om ugen") joined with "og" to the goal it
    practises; the frequency alone when the goal already is that practice ("træne …")."""
    g = templates.grammar
    words = how_often.split()
    verb = fold(words[0]).lower() if words else ""
    if verb in g.practice_deed_verbs - g.practice_verbs:
        # "gå en tur hver dag" (a deed of training, nlp/extract.py _training_deed): joined with
        # "og" to a goal it trains for; the frequency alone when the goal is that deed
        own = [fold(w).lower() for w in head.split()]
        if own and own[0] == verb:  # "gå på trapper igen" + "gå på trapperne tre gange …"
            return " ".join(words[_after_deed(words, g) :])
        return templates.text("practice", how_often=how_often)
    if verb not in g.practice_verbs:
        return how_often
    if any(fold(w).lower().startswith(verb[:-1]) for w in head.split()):
        k = 2 if len(words) > 2 and fold(words[1]).lower() in g.practice_objects else 1
        return " ".join(words[k:])
    # a relative's "han skal øve sig hver dag": the practice is the citizen's, "øve mig"
    how_often = " ".join(own_reflexives_after_self(words, g))
    return templates.text("practice", how_often=how_often)


def _after_deed(words: list[str], g) -> int:
    """Where the frequency starts after a training deed's verb, its object ("en tur") and
    where it is done ("på trapperne"): "gå på trapperne tre gange om dagen" → 3."""
    k = 1
    while k < len(words):
        w = fold(words[k]).lower()
        if w in g.practice_deed_objects:
            k += 1
        elif w in g.place_leads and k + 1 < len(words):
            k += 2
        else:
            break
    return k


def _said_in_order(phrase: str, sentence: str, g=None) -> bool:
    """True when every word of the phrase stands in the sentence in its order ("gå ned til
    postkassen to gange om ugen uden at stoppe" says "gå ned til postkassen uden at stoppe");
    a spoken pointing word polish() may have left out ("sådan") need not, nor a "selv" it
    said once in the wish ("Jeg vil selv kunne gå i bad" says "gå i bad selv")."""
    told = fold(sentence).replace(",", " ").replace(".", " ").split()
    said = iter(told)
    skip = set(g.spoken_pointers) | (g.once_in_wish & set(told)) if g is not None else set()
    words = fold(phrase).replace(",", " ").replace(".", " ").split()  # "ca. tredive meter"
    return all(w in said for w in words if w not in skip)


def _doing_after_and(rest: list[str], said: list[str], g) -> bool:
    """True when the wish goes on with "og" and a verb of a doing the sign does not say ("… og
    fodre mine brevduer", "… og hente min avis"); "og hjem igen" is the way back, no doing."""
    return any(
        fold(a) == g.and_word and g.is_bare_infinitive(w) and fold(w) not in said
        for a, w in zip(rest, rest[1:], strict=False)
    )


def _same_thing(sign: str, own: str, g) -> bool:
    """True when the sign begins with the own phrase's verb and what it is about ("gå ned til
    postkassen og hjem igen …" after "gå ned til postkassen sammen med …"): two words that are
    not function words in common, and the same place or no person of the wish left out. A card's
    "besøge min familie" never replaces "besøge min veninde", though both begin "besøge min"."""
    shared = []
    for a, b in zip(fold(sign).split(), fold(own).split(), strict=False):
        if a != b:
            break
        shared.append(a)
    if len([w for w in shared if w not in g.function_words]) < 2:  # folded by the loader
        return False
    if _doing_after_and(own.split()[len(shared) :], fold(sign).split(), g):
        return False  # "gå ned i dueslaget og fodre mine brevduer": more than the way there
    ways = g.motion_adverbs | g.attribute_leads
    if any(w in ways for w in shared[1:-1]) and shared[-1] not in g.function_words:
        return True  # the same place: "gå ned til postkassen …" says it all
    # "tage bussen ud til min søster Inger" is more than "tage bussen hele vejen til Korsør": a
    # person or name of the wish the sign does not say keeps the wish its own, and so does a
    # place or occasion ("dække bord til aftensmaden" is more than "dække bord til os to")
    rest, said = own.split()[len(shared) :], set(fold(sign).split())
    before = [shared[-1], *(fold(w) for w in rest)]
    # "barbere mig ved håndvasken": where the deed is done, as an attribute's lead says it
    places = g.place_leads | set(g.place_prepositions.values()) | g.attribute_leads
    return not any(
        fold(w) not in said
        and (
            w[:1].isupper()
            or (k and fold(rest[k - 1]) in g.possessive_words)
            or (before[k] in places and fold(w) not in g.function_words)
        )
        for k, w in enumerate(rest)
    )


def compose(facts: dict, templates: GoalTemplates) -> tuple[str, list[str]]:
    """Return (the goal sentence, measure words it could not place) for the goal's facts.

    `facts` keys: activity, measures, criterion, own_action, frequency, independence, aids,
    people, reason_said (the reason as told, lead kept) or motivation, speaker, deadline.
    """
    result = result_sign(facts, templates)
    if result:  # "at den står færdig": no verb phrase for "når jeg kan …"; said on its own
        facts = {**facts, "criterion": None}
    durations = _durations_apart(facts, templates)
    if durations:  # "strikke en trøje færdig …": the duration in a sentence of its own
        rest = [m for m in facts.get("measures") or [] if m not in durations]
        facts = {**facts, "measures": rest}
    action, unplaced = action_phrase(facts, templates)
    action = _without_inverted_aside(action, templates.grammar)  # "… og det vil jeg gerne"
    # "være med til korprøven og synger med" (the sign, or the wish made of it): "og synge med"
    action = " ".join(infinitives_after_and(action.split(), templates.grammar))
    action = " ".join(will_after_and(action.split(), templates.grammar))  # "og vil træne"
    sign = criterion_phrase(facts, templates)
    if sign:
        sign = " ".join(infinitives_after_and(sign.split(), templates.grammar))
        # "gå ud i stalden, giver begge heste hø og vand og strigle dem": "…, give begge heste"
        sign = " ".join(infinitives_after_comma(sign.split(), templates.grammar))
    if sign:  # "…, vande dem og binde dem op" beside the sign "… og binde dem op selv"
        action = _without_listed_in_sign(action, sign, templates.grammar)
        # "… søndagsmiddagen igen skrælle kartoflerne og røre i sovsen": glued on, said again
        action = without_glued_restated(action, sign, templates.grammar)
    if sign:  # "åbne glasset og koge kartoflerne … uden at spilde": "gøre det uden at spilde"
        sign = _same_doings_again(action, sign, templates.grammar)
    if sign and not _said_in_order(sign, action, templates.grammar):
        action, sign = _unrepeated(action, sign, templates.grammar)
    if unplaced:  # "komme ud og fodre fuglene … når jeg kan gå 30 meter ned til foderbrættet"
        action, sign, unplaced = _measures_apart(action, sign, unplaced, facts, templates)
    if sign:  # "sidde op på sengekanten og over i kørestolen": "og komme over i …", once the
        # parts the wish says are gone from the sign
        sign = " ".join(motion_after_and(sign.split(), templates.grammar))
    head, clause = split_clause(action, templates.grammar)
    subject_clause = False
    if not clause:  # "… og få en siddeplads inden bussen kører": how often goes before it
        head, clause = _before_subject_clause(head, templates.grammar)
        subject_clause = bool(clause)
    parts = [head]
    # "i kirke om søndagen": a lone day, no frequency, keeps its words where they were said
    said = facts.get("frequency_said") if facts.get("frequency") or facts.get("day_said") else None
    if said and str(said)[1:2].islower():
        said = str(said)[:1].lower() + str(said)[1:]  # "Dagligt." typed alone: no capital
    if said:  # "Mandage.": "hver mandag"
        said = every_plural_day(str(said), templates.grammar)
        said = every_month_day(said, templates.grammar)  # "hver første torsdag i måneden"
    # "tirsdag fredag formiddag": the days said side by side, written as a list
    how_often = (
        weekdays_listed(str(said), templates.grammar)
        if said
        else frequency_phrase(facts.get("frequency"), templates)
    )
    how_often = _practice(how_often, head, templates)
    told = str(facts.get("reason_said") or facts.get("motivation") or "")
    frame, motivation = _quoted_reason(
        told, templates, facts.get("reason_by") or facts.get("speaker"), facts.get("speaker_as")
    )
    if facts.get("reason_unwritten"):  # "så jeg kan klaa …": no non-word in a verb's place
        frame, motivation = "", ""
    # "så jeg selv kan handle to gange om ugen" says how often the wish is done, once; "fordi
    # jeg har barberet mig hver morgen i tres år" tells a habit: the goal says its own frequency
    in_reason = (
        bool(said and frame)
        and frame != _TOLD_AS_CAUSE
        and fold(str(said)).lower() in fold(motivation).lower()
    )
    if said and frame and not in_reason:  # "en gang om ugen om torsdagen … kaffe om torsdagen"
        how_often = _time_told_in_reason(how_often, facts.get("frequency"), motivation, templates)
    if facts.get("every_time_in_place", True):  # "klæde mig på hver morgen"
        head = parts[0] = _every_time_in_place(how_often, head, templates.grammar)
    if _frequency_in_sign(head, how_often, sign, templates.grammar):
        how_often = ""  # "dryppe mine øjne" beside "… dryppe begge øjne morgen og aften …"
    if how_often and not said_in(how_often, head, templates.grammar) and not in_reason:
        # "… om morgenen": no "hver morgen"; "så han kan handle to gange om ugen" says it in
        # the reason; "3-4 sider om dagen" after "fra start til slut" is an amount, set off
        amount = _amount_first(how_often, templates.grammar)
        # "… føre regnskabet tre gange om ugen og aflægge det på generalforsamlingen"
        moved = None if amount else before_yearly_event(head, how_often, templates.grammar)
        if moved:
            head = parts[0] = moved
        else:
            parts.append(f", {how_often}" if amount else how_often)
        clause = clause_without_time(clause, how_often, templates.grammar)  # "når han sover her"
    helper = _helper_phrase(facts, templates, action)
    if helper and fold(helper).lower() in fold(sign or "").lower():
        helper = ""  # "… når jeg kan vande dem med en kande med lang tud": said once, there
    helper = _without_things_in_sign(helper, sign or "", templates)
    # "cykle på cyklen" beside "med den trehjulede cykel …": the bike said once, as told
    placed, helper = aid_into_action(parts[0], helper, templates.grammar)
    if placed != parts[0]:
        head = parts[0] = placed
    if helper and subject_clause:
        helper += ","  # "med … og en lille skammel, inden familien kommer": set off the aids
    parts.append(helper)
    parts.append(clause)
    if any(parts[1:]):  # "…, kaffe og to stykker rugbrød, hver morgen": the list closes
        if not closes_relative(head, templates.grammar):  # "…, der kommer til maj, i en …"
            parts[0] = close_apposition(head, templates.grammar)
        if parts[0] == head:  # "… søn, der fylder 50 til sommer, hver søndag": it closes
            parts[0] = closed_relative(head, templates.grammar)
    core = " ".join(p for p in parts if p)
    when = facts.get("frequency_when") if not facts.get("frequency") else None
    if when and fold(str(when)).lower() not in fold(core).lower():
        core = f"{core}, {when}"  # "… natposen på, når posen er fuld": done when needed
    # "selv" as said with the wish stays with an aid too ("Jeg vil selv kunne gå … med min
    # stok"); a goal done with help is not "selv"
    independence = facts.get("independence")
    said_selv = facts.get("selv_said") and independence != "med_hjaelp"
    selv = templates.text("selv") if independence == "selv" or said_selv else ""
    if templates.grammar.says_alone(core.split()):
        selv = ""  # "tage toget alene til min søster" says it in her word: no "selv" beside it
    sentence = templates.text("sentence", selv=selv, core=core)
    purpose_frame, purpose = _quoted_reason(
        str(facts.get("purpose_said") or ""),
        templates,
        facts.get("speaker"),
        facts.get("speaker_as"),
    )
    # "så jeg kan komme ud af døren uden at ringe til Nanna" beside the sign's "… uden at ringe
    # til nogen": the clause is said once, in the sign
    purpose = _without_clause_in_sign(purpose, sign, templates.grammar)
    if _helpers_purpose(purpose_frame, frame, motivation, facts, templates.grammar):
        purpose_frame = purpose = ""  # "så besøgene kan ophøre": the citizen's own reason wins
    lead = ""  # the first word of a purpose set before the reason ("så", "fordi")
    if purpose and purpose_frame and not _same_reason(purpose, motivation):
        # the wish's own "så jeg kan have noget med til julebasaren" beside the answer to why
        if purpose_frame == frame:
            restated = _purpose_restated(purpose, motivation)  # "se ham, ikke bare høre ham"
            motivation = restated or f"{purpose} {templates.text('and')} {motivation}"
        else:
            told_purpose = templates.text(purpose_frame, motivation=purpose)
            sentence += told_purpose
            lead = told_purpose.lstrip(" ,").split(" ", 1)[0]
    if motivation and frame:
        motivation = _without_told_when(motivation, sentence, templates.grammar)
        motivation = _without_purpose_in_sign(motivation, sign, templates.grammar)
        motivation = _without_clause_in_sign(motivation, sign, templates.grammar)
        if frame == "so_that" and _sign_does_it(motivation, sign, sentence, templates.grammar):
            frame = "will"  # "…, fordi jeg vil væve et tæppe til …", no "så jeg kan væve et"
        motivation = _goal_modals_once(motivation, head, sentence, templates.grammar)
        # "… uden at min kone skal gøre det" beside "… når min kone skal gøre det for mig"
        sentence = without_clause_in_reason(sentence, motivation, templates.grammar)
        sign = without_clause_in_reason(sign or "", motivation, templates.grammar) or sign
        reason = templates.text(frame, motivation=motivation)
        if lead and reason.lstrip(" ,").split(" ", 1)[0] == lead:
            # "…, så jeg kan sidde ned, og så haven ikke går til i ukrudt": a second purpose
            # after the aid's (or the wish's) own is joined with "og", not set beside it
            reason = reason.replace(f"{lead} ", f"{templates.text('and')} {lead} ", 1)
        sentence += reason
    sentence = polish(sentence.rstrip(" .,"), templates.grammar) + "."
    # "… når jeg kan sætte sig ind": the sign's subject is "jeg", its reflexives are "mig"
    # "… og bøje ned og plukke svampe": "bøje mig ned" (a second language's reflexive left out)
    sign = particle_reflexives(sign.split(), templates.grammar) if sign else []
    sign = self_before_deed(sign, templates.grammar)  # "og komme op selv": "og selv komme op"
    sign = particle_objects_definite(sign, templates.grammar)  # "rulle snor ind": "snoren"
    sign = " ".join(own_reflexives_after_self(sign, templates.grammar))
    criterion = polish(sign, templates.grammar).rstrip(" .,")
    if criterion and not _said_in_order(criterion, sentence, templates.grammar):
        # the citizen's own sign that the goal is reached: "… når jeg kan gå ned til postkassen"
        sentence += " " + _criterion_sentence(criterion, templates)
    elif result:
        sentence += " " + templates.text("criterion_done", clause=polish(result, templates.grammar))
    elif durations:
        sentence += " " + _duration_sign(action, durations, facts, templates)
    when = date_phrase(facts.get("deadline"), templates)
    if when:
        sentence += " " + templates.text("by_when", date=when)
    sentence = _second_clause_led(sentence, templates)  # "fordi …, og at jeg …"
    # "lægge min pille i boksen … alle piller": the plural the sign names; "min søster birthe …
    # trykke på birthes billede": the name with a capital in every part
    words = possessed_plurals(sentence.split(), templates.grammar)
    words = without_typed_names(words, templates.grammar)  # "ud i Skaarupoer sundet": "i sundet"
    words = write_kin_names(words, templates.grammar)
    words = common_words_small(words, templates.grammar)  # "pudse Sølvtøjet": "sølvtøjet"
    words = articles_agreeing(words, templates.grammar)  # "et bærbare ilt": "en bærbar ilt"
    sentence = " ".join(kin_without_names(words, templates.grammar))  # by relation, no name
    sentence = units_written_out(sentence, templates.grammar)  # "45 min": "45 minutter"
    sentence = abbreviations_stopped(sentence, templates.grammar)  # "kl 19": "kl. 19"
    sentence = hyphened_abbreviations(sentence, templates.grammar)  # "MC-klubben"
    # every word not the person's own is a form the lexicon knows: "træe" made of "træer", a
    # form no Dane writes, is given back as said
    sentence = without_doubled_place(sentence, templates.grammar)  # "… vævestue igen i vævestuen"
    return kept_forms(sentence, said_words(facts.values()), templates), unplaced


def _sign_does_it(purpose: str, sign: str | None, sentence: str, g) -> bool:
    """True when a purpose said as "så jeg kan …" opens with the sign's own verb and the word
    after it ("væve et tæppe til Freja" beside "væve et helt kludetæppe færdigt"): with the
    sign's "når jeg kan" the goal would say "jeg kan væve et" twice. A sign the wish's
    `sentence` says already gets no sentence of its own."""
    if not sign or _said_in_order(polish(sign, g).rstrip(" .,"), sentence, g):
        return False
    bare = lambda text: [fold(w.strip(",.;:")).lower() for w in text.split()]  # noqa: E731
    said, done = bare(purpose), bare(sign)
    opening = _REPEAT - 2  # "jeg kan" stands before both
    return len(said) > opening and said[:opening] == done[:opening]


def _without_things_in_sign(helper: str, sign: str, templates: GoalTemplates) -> str:
    """The aid phrase of several things without one the sign says with "med" ("med en kande
    med lang tud og en rampe" beside "… vande … med en kande med lang tud": "med en rampe")."""
    lead = templates.text("with_aid", aid="")  # "med "
    joined = f" {templates.text('and')} "
    if not helper.startswith(lead) or joined not in helper:
        return helper
    head, _, last = helper[len(lead) :].rpartition(joined)
    things = [*head.split(", "), last]
    said = fold(sign).lower()
    kept = [t for t in things if fold(lead + t).lower() not in said]
    if not kept or len(kept) == len(things):
        return helper
    return lead + (", ".join(kept[:-1]) + joined + kept[-1] if len(kept) > 1 else kept[0])


def _without_inverted_aside(action: str, g) -> str:
    """The wish's verb phrase up to a spoken aside with its object first ("være frivillig i
    foreningen og det vil jeg gerne", "spørge om jeg vil med og det vil jeg egentlig …"): a
    join, "det", a modal and "jeg" with no verb of their own after end what was wished; the
    aside says it again."""
    words = action.split()
    for k in range(1, len(words) - 3):
        if (
            _b(words[k]) in g.main_joins
            and _b(words[k + 1]) in g.pointing_articles
            and _b(words[k + 2]) in g.modals
            and _b(words[k + 3]) == g.self_subject
            and not any(_own_verb(w, g) for w in words[k + 4 :])
        ):
            return " ".join(words[:k]).rstrip(",")
    return action


def _own_verb(word: str, g) -> bool:
    """An infinitive that is no adverb ("og den kan jeg godt bestille selv" says a doing of
    its own; "og det vil jeg bare så gerne" none)."""
    b = _b(word)
    adverbs = g.not_verbs | g.clause_adverbs | g.pre_modal_adverbs | g.degree_words
    return g.is_infinitive(word) and b not in adverbs


def _second_clause_led(sentence: str, templates: GoalTemplates) -> str:
    """ "…, fordi det er min kaffe, og at jeg ikke vil sidde og vente": a second clause told
    after "og at" (its first "at" went with "hun siger at") is led as the clause before it is:
    "…, og fordi jeg ikke vil …", "når jeg kan …, og når der står en kande kaffe", also one that
    fronts a phrase ("og at uden kortene bliver jeg …": "og fordi uden kortene …"); after an
    "at" clause, and before an infinitive ("og at få en kop"), "og at" stays."""
    g = templates.grammar
    words = sentence.split()
    and_word = templates.text("and")
    for k in range(1, len(words) - 2):
        if not (
            words[k] == and_word
            and _b(words[k + 1]) in g.infinitive_markers
            and (
                _b(words[k + 2]) in g.subject_pronouns | g.possessive_words
                or _noun_subject_at(words, k + 2, g)
                or fronted_clause_at(words, k + 2, g)  # "og at uden kortene bliver jeg"
                or _b(words[k + 2]) in g.when_leads | g.condition_leads  # "og at når jeg …"
            )
        ):
            continue
        lead = ""
        for j in range(k - 1, -1, -1):
            w = words[j]
            if w.endswith(".") and w != words[k - 1]:
                break  # the sentence before
            if _infinitive_at(words, j, g):
                continue  # "der er nogen at snakke med": no clause of its own
            if _b(w) in g.subordinators:
                lead = _outer_lead(words, j, g)
                break
        if lead and _b(lead) == _b(g.so_word) and g.fact_lead and _fact_clause(words, k + 2, g):
            lead = g.fact_lead  # "…, så jeg kan være til nytte, og at symaskinen er …": a fact
        if lead and _b(lead) not in g.infinitive_markers:
            words[k + 1] = lead
    return " ".join(words)


def _fact_clause(words: list[str], k: int, g) -> bool:
    """True when the clause from k to its comma or full stop holds no modal ("symaskinen er min
    gamle veninde"): a fact, no purpose ("min kone kan få fri")."""
    for w in words[k:]:
        if _b(w) in g.modals:
            return False
        if w[-1:] in ",.;:!?":
            break
    return True


def _outer_lead(words: list[str], j: int, g) -> str:
    """The subordinator at j, or the one of the clause it is set in after a comma ("fordi jeg
    har haft en hammer i hånden, siden jeg var fjorten, og at …": "fordi", whose clause the
    "siden" one belongs to); an "at" clause before it holds none ("at jeg har nået det, når
    jeg kan …": "når")."""
    while j > 1 and words[j - 1].endswith(",") and _b(words[j]) not in g.infinitive_markers:
        start = j - 1
        while start > 0 and words[start - 1][-1:] not in ",.;:":
            start -= 1
        first = _b(words[start])
        if first in g.main_joins and start + 1 < j - 1:
            start, first = start + 1, _b(words[start + 1])  # "…, og fordi …"
        if first not in g.subordinators or first in g.infinitive_markers:
            break
        j = start
    return words[j].strip(",")


def _noun_subject_at(words: list[str], j: int, g) -> bool:
    """True for a noun standing as the subject of its finite verb ("og at dagene er så lange",
    "og at huset var tomt"); no infinitive ("og at gå er sundt") nor function word."""
    if j + 1 >= len(words):
        return False
    word, verb = words[j], words[j + 1].strip(",.")
    return (
        word.isalpha()
        and _b(word) not in g.function_words
        and not g.is_bare_infinitive(word)
        and (g.is_present(verb) or g.is_past(verb))
    )


def _infinitive_at(words: list[str], j: int, g) -> bool:
    """True for an infinitive marker before its verb ("nogen at snakke med"), no "at" that
    opens a clause."""
    return (
        _b(words[j]) in g.infinitive_markers
        and j + 1 < len(words)
        and g.is_infinitive(words[j + 1])
        and _b(words[j + 1]) not in g.subject_pronouns | g.possessive_words
    )


def _before_subject_clause(action: str, g) -> tuple[str, str]:
    """The wish split before a clause with its own subject that one of subject_clause_leads
    opens ("få en siddeplads" / "inden bussen kører"); (action, "") when it has none."""
    words = action.split()
    i = next((i for i in range(1, len(words)) if subject_clause_at(words, i, g)), None)
    if i is None:
        return action, ""
    return " ".join(words[:i]).rstrip(","), " ".join(words[i:])


def _amount_first(how_often: str, g) -> bool:
    """True when how often opens with a spoken range of an amount done each time ("tre fire
    sider om dagen", written "3-4 sider om dagen"): set off from the wish, not glued to it; "to
    gange om ugen", "fem dage om ugen" count the times and follow the wish."""
    words = written_ranges(how_often.split(), g)
    if len(words) < 2 or _RANGE.fullmatch(words[0]) is None:
        return False
    counts = {u for kind in g.measure_kinds if kind.name == _COUNT_KIND for u in kind.units}
    return not any(_b(words[1]).startswith(fold(u)) for u in counts)  # "4-5 gange om ugen"


_RANGE = re.compile(r"\d+-\d+")  # "3-4"
_COUNT_KIND = "count"  # the measure kind whose unit counts the times ("gang")
_TOLD_AS_CAUSE = "because"  # the reason frame of a whole clause ("fordi …")


def _without_told_when(reason: str, sentence: str, g) -> str:
    """The reason without a "når" clause at its end that the goal sentence already says ("…
    til børnebørnene hver lørdag, når de kommer, så de har noget at glæde sig til når de
    kommer"): said once."""
    words = reason.split()
    plain = lambda text: " ".join(fold(text.strip(",.;:")).lower() for text in text.split())  # noqa: E731
    said = f" {plain(sentence)} "
    for k in range(1, len(words) - 1):
        if fold(words[k]).lower() in g.when_leads and f" {plain(' '.join(words[k:]))} " in said:
            return " ".join(words[:k]).rstrip(",;:")
    return reason


_SIGN_RUN = 3  # words in a row a reason's "for at" tail shares with the sign to be said once


def _without_purpose_in_sign(reason: str, sign: str | None, g) -> str:
    """The reason without a "for at" clause at its end that tells what the sign says ("så jeg
    ikke skal vente i 14 dage for at vide hvad der står i brevene fra kommunen" beside "når jeg
    kan læse brevene fra kommunen og banken"): said once, in the sign."""
    if not sign:
        return reason
    words = reason.split()
    plain = [fold(w.strip(",.;:")).lower() for w in words]
    told = fold(sign).lower().replace(",", " ").split()
    runs = {tuple(told[i : i + _SIGN_RUN]) for i in range(len(told) - _SIGN_RUN + 1)}
    leads = [lead for lead, kind in g.reason_leads if kind in ("purpose", "purpose_not")]
    for k in range(2, len(words) - _SIGN_RUN):
        if not any(tuple(plain[k : k + len(lead)]) == lead for lead in leads):
            continue
        tail = plain[k:]
        if any(tuple(tail[i : i + _SIGN_RUN]) in runs for i in range(len(tail))):
            return " ".join(words[:k]).rstrip(",;:")
    return reason


def _without_clause_in_sign(reason: str, sign: str | None, g) -> str:
    """The reason without a clause at its end ("uden at …", "når …") that opens with words the
    sign says too ("så jeg kan komme ud af døren uden at ringe til Nanna" beside "… uden at ringe
    til nogen"): the sign tells it, once; what the reason says before the clause stays."""
    if not sign or not reason:
        return reason
    words = reason.split()
    plain = [fold(w.strip(",.;:")).lower() for w in words]
    told = f" {' '.join(fold(sign).lower().replace(',', ' ').split())} "
    for k in range(2, len(words) - _REPEAT + 1):
        if not any(tuple(plain[k : k + len(lead)]) == lead for lead, _mark in g.clause_leads):
            continue
        if f" {' '.join(plain[k : k + _REPEAT])} " in told:
            return " ".join(words[:k]).rstrip(",;:")
    return reason


def _goal_modals_once(reason: str, head: str, sentence: str, g) -> str:
    """The reason without the goal's last modal where it says the goal's modals again before
    the goal's own verb ("…, og jeg vil kunne spille for familien" in "Jeg vil kunne spille på mit
    klaver …"): "og jeg vil spille for familien", the four words said once; "Jeg vil selv kunne
    gå …" does not say them in a row, and the reason keeps its own."""
    run = g.goal_modal_run.split()
    verb = fold(head.split()[0]).lower() if head.split() else ""
    said = " ".join(fold(w.strip(",.;:")).lower() for w in sentence.split())
    if len(run) < 2 or not verb or f" {' '.join([*run, verb])} " not in f" {said} ":
        return reason
    words = reason.split()
    plain = [fold(w.strip(",.;:")).lower() for w in words]
    n = len(run)
    for k in range(len(words) - n):
        if plain[k : k + n] == [fold(w) for w in run] and plain[k + n] == verb:
            return " ".join(words[: k + n - 1] + words[k + n :])
    return reason


def _time_told_in_reason(how_often: str, freq, motivation: str, templates: GoalTemplates) -> str:
    """The frequency said without the time of day or week the reason says too ("en gang om
    ugen om torsdagen" beside "… kaffe på bageriet om torsdagen"): the time is said once."""
    plain = frequency_phrase(freq, templates)
    bare = lambda text: " ".join(fold(text).lower().split())  # noqa: E731
    if not plain or not bare(how_often).startswith(bare(plain) + " "):
        return how_often
    rest = how_often[len(plain) :].strip()
    return plain if rest and bare(rest) in bare(motivation) else how_often


def _measures_apart(
    action: str, sign: str, unplaced: list[str], facts: dict, templates: GoalTemplates
) -> tuple[str, str, list[str]]:
    """Place the measures the wish's verb could not take: in the sign when its verb takes them
    ("gå 30 meter ned til foderbrættet"), after "komme" and its way ("komme de 800 meter ned i
    klubben"), else as a sign of their own ("klare 200 meter") or after the sign ("…, ca. 10
    meter"). Return (action, sign, measure words still unplaced: a unit of no kind)."""
    g = templates.grammar
    said = [(m, _measure_said(m, facts, templates)) for m in facts.get("measures") or []]
    left = [(m, s) for m, s in said if s in unplaced]
    if sign and _said_in_order(sign, action, g):
        sign = ""  # the wish says the sign: a measure's sign of its own, not the wish twice
    if sign:
        sign, rest = place_measures(sign, left, g)
        left = [(m, s) for m, s in left if s in rest]
    if left:
        action, rest = place_measures(action, left, g, motion=True)
        left = [(m, s) for m, s in left if s in rest]
    if left and sign:
        sign, rest = place_measures(sign, left, g, motion=True)
        left = [(m, s) for m, s in left if s in rest]
    frames: dict[str, list[str]] = {}
    for m, s in left:
        kind = g.kind_of_unit(m.get("unit"))
        if kind is not None and kind.sign:
            frames.setdefault(kind.sign, []).append(s)
    if not frames:
        return action, sign, [s for _m, s in left]
    weighed = _weighed(action, frames, sign, g)
    if weighed:  # "pille rejer" + "et kilo": "pille et kilo rejer", no "bære et kilo"
        frames, sign = weighed
    if not frames:
        placed = {s for _m, s in left if s in sign}
        return action, sign, [s for _m, s in left if s not in placed]
    if sign:
        measure = _joined([s for saids in frames.values() for s in saids], g)
        sign = templates.text("measure_apart", sign=sign.rstrip(" .,"), measure=measure)
    else:
        signs = [frame.format(measure=_joined(saids, g)) for frame, saids in frames.items()]
        sign = f" {g.and_word} ".join(signs)
    placed = {s for saids in frames.values() for s in saids}
    return action, sign, [s for _m, s in left if s not in placed]


def _weighed(action: str, frames: dict, sign: str, g) -> tuple[dict, str] | None:
    """(frames left, the sign) when a weight's frame gives way to the wish's verb and the thing
    it weighs (nlp/weighed_object.py); None otherwise or when the sign is told already."""
    if sign:
        return None
    for kind in g.measure_kinds:
        said = frames.get(kind.sign) if kind.sign else None
        own = weighed_sign(action, kind, _joined(said, g), g) if said else None
        if own:
            return {f: s for f, s in frames.items() if f != kind.sign}, own
    return None


_REPEAT = 4  # words in a row a sign and the wish share to say one thing twice


def _shared_run(a: list[str], b: list[str]) -> tuple[int, int, int]:
    """(start in a, start in b, length) of the longest run of words a and b share."""
    best = (0, 0, 0)
    for i in range(len(a)):
        for j in range(len(b)):
            n = 0
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            if n > best[2]:
                best = (i, j, n)
    return best


def _clause_join(run: list[str], g) -> int | None:
    """Where in a shared run "og" joins two verb phrases ("børnebørn og høre"), or None."""
    return next(
        (
            k
            for k in range(len(run) - 1)
            if run[k] in g.main_joins
            and g.is_infinitive(run[k + 1])
            and run[k + 1] not in g.not_verbs
        ),
        None,
    )


def _adverbs_joined(run: list[str], g) -> bool:
    """True when each "og" of the run joins two adverbs of way ("komme ind og ud")."""
    return all(
        0 < k < len(run) - 1 and run[k - 1] in g.motion_adverbs and run[k + 1] in g.motion_adverbs
        for k, w in enumerate(run)
        if w in g.main_joins
    )


def _joined_way(run: list[str], j: int, g) -> int | None:
    """Where in a shared run one way joined by "og" begins inside the sign ("og ud på
    toilettet", "på | og ud i køkkenet"): its "og", a motion adverb, and no other "og" after,
    four words at least; None when the run is no such way."""
    k = next((k for k, w in enumerate(run) if w in g.main_joins), None)
    if k is None or j + k == 0 or len(run) - k < _REPEAT or k > 1:
        return None
    if run[k + 1] not in g.motion_adverbs or set(run[k + 1 :]) & g.main_joins:
        return None
    return k


def _unrepeated_clauses(
    wish: list[str], said: list[str], i: int, j: int, n: int, join: int, g
) -> tuple[str, str]:
    """The wish and the sign when the words they share run over "og" and a verb. What the sign
    says before the join that opens with a place or a person ("til mine børnebørn") goes from
    the sign ("sende en besked og høre …"); else the wish's verb phrase after "og" ("komme med
    til sangtimen og synge med igen" beside "… sidde med hele sangtimen og synge med på …")
    goes from the wish: the sign says it with more."""
    bare = lambda w: fold(w.strip(",.;:")).lower()  # noqa: E731
    before = [bare(w) for w in said[j : j + join]]
    if len(before) >= 2 and before[0] in g.attribute_leads | g.motion_adverbs | g.help_leads:
        rest = said[:j] + said[j + join :]
        if j > 0:
            return " ".join(wish), " ".join(rest)
    next_in_sign = bare(said[j + n]) if j + n < len(said) else ""
    if join == 0 and j > 0 and next_in_sign in g.main_joins:
        # "stå op og have tøj på og spise morgenmad" beside "være oppe og have tøj på …": the
        # sign's middle part the wish says goes from the sign
        return " ".join(wish), " ".join(said[:j] + said[j + n :])
    tail = wish[i + join : i + n]
    after = bare(wish[i + n]) if i + n < len(wish) else ""
    ends = not after or after in g.main_joins or after in g.phrase_end_adverbs
    # "…, klippe dem og vikle tråd om grenene" beside "klippe og vikle tråd om et helt træ …":
    # the doing ends the wish with an object of its own the sign says with a whole or amount
    swapped = not ends and object_swapped(
        [bare(w) for w in wish[i + n :]], j + n < len(said), g, next_in_sign
    )  # "… og sælge popcorn i biografen" beside "… og sælge popcorn hele aftenen": the place stays
    if i + join > 1 and len(tail) >= _LIST_REPEAT and (ends or swapped):
        rest = [] if swapped else wish[i + n :]
        return " ".join(_list_closed(wish[: i + join], g) + rest), " ".join(said)
    own_object = next_in_sign in g.articles or next_in_sign[:1].isdigit()  # "… en hel opvask"
    if i == 0 and j > 0 and g.do_it and after in g.place_leads and not swapped and not own_object:
        # "rive billetter af og sælge popcorn i biografen" beside "stå i billetten og rive
        # billetter af og sælge popcorn hele aftenen": the wish's doings said once, with their
        # place; the sign "gøre det" after its own doing
        return " ".join(wish), " ".join([*said[:j], g.do_it, *said[j + n :]])
    return " ".join(wish), " ".join(said)


_LIST_REPEAT = 3  # words in a row a list after the wish's comma shares with the sign


def _list_closed(kept: list[str], g) -> list[str]:
    """The wish's words left when the last doing of its list went to the sign, the list closed
    with "og" again ("passe mit akvarie igen, skifte vandet" → "… igen og skifte vandet")."""
    comma = max((k for k, w in enumerate(kept) if w.endswith(",")), default=None)
    if comma is None or g.and_word in kept[comma + 1 :]:
        return kept
    return [*kept[:comma], kept[comma].rstrip(","), g.and_word, *kept[comma + 1 :]]


def _without_listed_in_sign(action: str, sign: str, g) -> str:
    """The wish without the list said after its comma ("lave min morgenmad igen, kaffe og
    havregryn og et stykke rugbrød") when the sign says it again ("… når jeg kan lave kaffe og
    havregryn og smøre mit brød"): the sign tells it, once. A list of doings the sign says with
    more before its shared words ("skifte en tredjedel af vandet og rense ruden") stays."""
    head, _clause = split_clause(action, g)
    parts = head.split(", ")
    if len(parts) < 2 or len(parts[0].split()) < 3 or parts[-1].split()[0] == g.and_word:
        return action  # "gå i bad, vaske mig …, og komme trygt ud igen": one phrase of tasks
    bare = lambda text: [fold(w.strip(",.;:")).lower() for w in text.split()]  # noqa: E731
    listed = bare(parts[-1])
    i, _j, n = _shared_run(listed, bare(sign))
    if n < _LIST_REPEAT:
        return action
    if i > 0 and g.is_infinitive(listed[0]):
        # "passe mit akvarie igen, skifte vandet og rense ruden" beside "skifte en tredjedel af
        # vandet og rense ruden": the sign says the listed doings with an amount, not again
        return action
    # "finde mine ting, høreapparatet, brillerne og nøglerne" beside "finde høreapparatet,
    # brillerne og nøglerne …": the list's parts before its last go with it when the sign says
    # them too; a part the sign leaves out ("pungen") keeps the whole list, the wish's own
    told = " " + " ".join(bare(sign)) + " "
    middle = parts[1:-1]
    if any(f" {' '.join(bare(part))} " not in told for part in middle):
        return action
    return action.replace("".join(", " + part for part in parts[1:]), "", 1)


def _way_again(run: list[str], g) -> bool:
    """True for a shared run one word short of _REPEAT that is a way said again, a motion adverb,
    a preposition and its place ("ud til containeren" in the wish "bære posen ud til
    containeren og smide den ud" and the sign "bære to poser ud til containeren og …")."""
    return (
        len(run) == _REPEAT - 1
        and run[0] in g.motion_adverbs
        and run[1] in g.way_prepositions
        and run[2] not in g.function_words  # "op til min | dør": no place shared
    )


def _run_before_clause(run: list[str], g) -> int:
    """How much of a shared run is said before a clause of its own begins ("hælde vandet fra
    uden at …": "uden at spilde" in the sign is no place said again, and stays)."""
    for m in range(1, len(run)):
        if any(tuple(run[m : m + len(lead)]) == lead for lead, _mark in g.clause_leads):
            return m
    return len(run)


def _frequency_in_sign(head: str, how_often: str, sign: str, g) -> bool:
    """True when the sign says how often right after words of the wish ("… når jeg kan dryppe
    begge øjne morgen og aften en hel uge" for "dryppe mine øjne" and "morgen og aften"): the
    sign tells it, once; the wish said with it would say the same words twice."""
    bare = lambda text: [fold(w.strip(",.;:")).lower() for w in text.split()]  # noqa: E731
    often = bare(how_often)
    if not often or not sign:
        return False
    wish = bare(head)
    _i, j, n = _shared_run([*wish, *often], bare(sign))
    run = bare(sign)[j : j + n]
    return n >= _REPEAT and len(run) > len(often) and run[-len(often) :] == often


def _same_doings_again(action: str, sign: str, g) -> str:
    """The sign said short when it names the wish's doings again, verb for verb, and adds only
    how ("åbne glasset og koge kartoflerne og hælde vandet fra uden at spilde" after "åbne
    syltetøjsglas og koge kartofler og hælde vandet fra"): "gøre det uden at spilde"."""
    bare = lambda text: [fold(w.strip(",.;:")).lower() for w in text.split()]  # noqa: E731
    said = bare(sign)
    end = _run_before_clause(said, g)
    wish = bare(action)
    if not g.do_it or end >= len(said) or " ".join(said[end:]) in " ".join(wish):
        return sign  # no how, or the wish says the how too (a wish made of the sign)
    # a doing opens the phrase or follows "og" or a comma ("bade hende, føne hende tør og
    # klippe …": three doings, not the wish's two)
    doings = lambda words, raw: [  # noqa: E731
        w
        for k, w in enumerate(words)
        if (k == 0 or words[k - 1] == g.and_word or raw[k - 1].endswith(",")) and g.is_infinitive(w)
    ]
    verbs = doings(said[:end], sign.split())
    wished = doings(wish[: _run_before_clause(wish, g)], action.split())
    if len(verbs) < _DOINGS_AGAIN or verbs != wished:
        return sign
    if said[:end].count(g.and_word) >= len(verbs):
        return sign  # "… og bestille pillerne og ved hvornår …": a doing of its own goes on
    if _words_of_its_own(said[:end], wish, g):
        # "skrive et læserbrev på en halv side færdigt og sende det med mailen på en formiddag"
        # after "skrive mine læserbreve … og sende dem med mailen": how much is the sign's own
        return sign
    return " ".join([g.do_it, *sign.split()[end:]])


#: Letters a sign's word may differ in at its end and still be the wish's word ("kartoflerne").
_OWN_ENDING = 3
_OWN_STEM = 4  # fewest letters compared


def _words_of_its_own(said: list[str], wish: list[str], g) -> bool:
    """True when the sign's doings name a thing, amount or time the wish does not ("en halv
    side", "på en formiddag"): a content word that is no doing and whose stem ("kartofle",
    "glas") is in none of the wish's words; inflections and compounds of them are the wish's."""
    for word in said:
        if word in g.function_words or g.is_infinitive(word) or not word.isalpha():
            continue
        stem = word[: max(_OWN_STEM, len(word) - _OWN_ENDING)]
        if not any(stem in w for w in wish):
            return True
    return False


_DOINGS_AGAIN = 2  # doings a sign names again before it is said as "gøre det"


def _unrepeated(action: str, sign: str, g) -> tuple[str, str]:
    """The wish and the sign without saying the same words twice ("komme fra kørestolen over i
    sengen … når jeg kan flytte mig fra kørestolen over i sengen med glidebrættet"). The sign
    keeps what it adds: a place it repeats goes ("flytte mig med glidebrættet"), its opening
    verb phrase becomes "gøre det"; an object it shares with the wish's tail ("støvsuge min
    lejlighed i bidder et rum ad gangen" / "tage et rum ad gangen og …") goes from the wish."""
    back = way_back_said(action, sign, g)
    if back is not None:  # "tage bussen til Flensborg og hjem igen": "tage bussen derhen og …"
        return action, back
    bare = lambda text: [fold(w.strip(",.;:")).lower() for w in text.split()]  # noqa: E731
    wish, said = action.split(), sign.split()
    again = _wish_said_first(bare(action), bare(sign), g)
    if again is not None and g.do_it and not said[again - 1].endswith(","):
        # (not "lave tre retter, frikadeller, kartofler og sovs": a list the wish cut short)
        # "veje mig og skrive vægten i hæftet hver morgen i to uger i træk" after the wish
        # "veje mig og skrive vægten ind i hæftet": "gøre det hver morgen i to uger i træk"
        return action, " ".join([g.do_it, *said[again:]])
    i, j, n = _shared_run(bare(action), bare(sign))
    n = _run_before_clause(bare(sign)[j : j + n], g)  # "… vandet fra | uden at spilde"
    while n and bare(sign)[j + n - 1] in g.main_joins:
        n -= 1  # "brænde ind fra skuret | og": the join opens the next doing, no word shared
    if n < _REPEAT and not _way_again(bare(sign)[j : j + n], g):
        return action, sign
    run = bare(sign)[j : j + n]
    join = _clause_join(run, g)
    if join is not None:  # "til mine børnebørn og høre …": two clauses, each said once
        return _unrepeated_clauses(wish, said, i, j, n, join, g)
    way = _joined_way(run, j, g)
    if way is not None:
        # "… og ud på toilettet om natten" beside "komme over i stolen med brættet og ud på
        # toilettet og tilbage i seng": the way the wish says goes from the sign's middle
        rest = said[: j + way] + said[j + n :]
        return action, " ".join(rest).replace(" ,", ",")
    if set(run) & g.main_joins and not _adverbs_joined(run, g):
        return action, sign
    after = fold(said[n].strip(",.;:")).lower() if len(said) > n else ""
    whole = i == 0 or i + n == len(wish)  # the wish's verb phrase, or its end ("lære at …")
    if run[-1] in g.way_prepositions and j + n < len(said):
        # "sætte mig ned på | tæppet": the sign's own place, its preposition kept with it
        own = j == 0 and whole and g.do_it
        return action, " ".join([g.do_it, *said[n - 1 :]]) if own else sign
    content = lambda words: [w for w in bare(" ".join(words)) if w not in g.function_words]  # noqa: E731
    listed = said[n - 1].endswith(",") and g.is_infinitive(after) and g.noun_kind(after) is None
    if j == 0 and whole and listed and content(said[n + 1 :]):
        # "gå ud i stalden, give begge heste hø og vand og strigle dem" after the wish "gå ud i
        # stalden …": the wish's doing opens a list of the sign's; the sign says the rest
        return action, " ".join(said[n:])
    if j == 0 and whole and g.do_it and after and after not in g.main_joins | g.motion_adverbs:
        # "komme ind og ud af bilen 5 gange i træk": "gøre det 5 gange i træk"; after "lære at
        # komme op fra gulvet": "komme op fra gulvet selv ved at …" → "gøre det selv ved at …"
        return action, " ".join([g.do_it, *said[n:]])
    if j > 0 and len(run) > 2 and run[1] in g.attribute_leads | g.motion_adverbs:
        # "klippe hele hækken ud mod vejen, 25 meter" after "klippe hækken ud mod vejen": the
        # sign names the thing and leaves the place the wish says
        return action, " ".join(said[: j + 1] + said[j + n :]).replace(" ,", ",")
    if run[0] in g.attribute_leads | g.motion_adverbs | g.help_leads:
        rest = said[:j] + said[j + n :]
        if content(rest[1:]):  # "flytte mig med glidebrættet": the sign still adds something
            return action, " ".join(rest)
        return action, sign
    rest = wish[:i] + wish[i + n :]
    while i >= 2 and rest and fold(rest[-1].strip(",.;:")).lower() in g.dangling:
        rest.pop()  # "gå ned til Brugsen, …": no "til" left hanging
    if i >= 2 and rest and content(rest[1:]):  # the wish keeps its verb and what it is about
        rest[-1] = rest[-1].rstrip(",;:")  # "gå ned til Brugsen," never ends the wish
        if j > i and said[:i] == wish[:i]:
            # "gå ned til Brugsen, …, uden pauser": the shared tail gone, the wish's doing opens
            # the sign's list again, said once (the sign says the rest)
            return _unrepeated(" ".join(rest), sign, g)
        return " ".join(rest), sign
    return action, sign


def _wish_said_first(wish: list[str], sign: list[str], g) -> int | None:
    """Where the sign goes on after saying the whole wish again, its words in order with at
    most an adverb of way left out or put in ("skrive vægten ind i hæftet" / "skrive vægten i
    hæftet"), or None: a wish of fewer than _REPEAT words, a sign that says no more after it, or
    goes on with a join ("… og hjem igen": a way of its own)."""
    if len(wish) < _REPEAT:
        return None
    a = b = 0
    while a < len(wish) and b < len(sign):
        if wish[a] == sign[b]:
            a, b = a + 1, b + 1
        elif wish[a] in g.motion_adverbs:
            a += 1
        elif sign[b] in g.motion_adverbs:
            b += 1
        else:
            return None
    if a < len(wish) or b >= len(sign) or sign[b] in g.main_joins | g.motion_adverbs:
        return None
    return b


def _quoted_reason(
    told: str, templates: GoalTemplates, speaker, speaker_as=None
) -> tuple[str, str]:
    """Return (frame, reason words) of a told reason, cut to what the goal sentence quotes.

    A reason that judges the person ("fordi jeg ikke duer til noget mere", "og så vil jeg ikke
    ligne en heks") is never written into the goal: a second reason that does is left out, else
    a later sentence of the answer that gives a reason is taken instead, else none (staff
    still read it in `goal.motivation`)."""
    said, told = told, body_parts_mended(told, templates.grammar)  # "når hænder er": "hænderne"
    learner = " ".join(said.split()) != told
    frame, words = _told_frame(told, templates, speaker, speaker_as)
    words = _without_judging_clause(words, templates.grammar)
    first, second = _two_reasons(words, templates.grammar)
    if second and _judges_the_person(second, templates.grammar):
        # "… og så vil jeg ikke gå rundt og ligne en heks": the first reason alone
        words = first if not _judges_the_person(first, templates.grammar) else words
    if words and _judges_the_person(words, templates.grammar):
        later = [p for p in sentences(told)[1:] if p.strip()]
        frame, words = "", ""
        for k in range(len(later)):
            f, w = _told_frame(" ".join(later[k:]), templates, speaker, speaker_as)
            if w and not _judges_the_person(w, templates.grammar):
                frame, words = f, w
                break
    words = _without_attribution(words, templates.grammar)
    if speaker not in (None, "citizen"):
        # "så han ikke sidder alene derhjemme, han er blevet så stille": the relative's own
        # word on how the citizen is, spliced on with a comma, is no part of the reason
        words = _without_relatives_splice(words, templates.grammar)
    first, second = _two_reasons(words, templates.grammar)
    if second and _says_a_norm(second, templates.grammar):
        words, second = first, ""  # "… og så er det noget en morfar skal kunne": no why of his
    if second:  # "så Inger ikke skal … og så jeg ikke føler mig …": both, each cut alone
        first = _without_spliced_clause(first, templates.grammar)
        if len(words) > MAX_REASON:  # the second cut first; the first keeps what is left
            second = _whole_clauses(second, templates.grammar, MAX_EACH)
            room = max(MAX_EACH, MAX_BOTH - len(second))
            first = _whole_clauses(first, templates.grammar, room)
        first = _commas(_main_clause_run_on(first, templates.grammar), templates.grammar)
        second = _commas(second, templates.grammar)  # "den sidste, der kommer"
        first = gated_reason(first, templates.grammar, learner)
        second = gated_reason(second, templates.grammar, learner)
        if first is None:
            return "", ""  # kept for staff in goal.motivation (nlp/reason_gate.py)
        return (frame, first) if second is None else (frame, f"{first}, {second}")
    if len(words) > MAX_REASON:  # a long story stays in the transcript, not in the goal
        words = _whole_clauses(words, templates.grammar)
    words = _commas(_main_clause_run_on(words, templates.grammar), templates.grammar)
    gated = gated_reason(words, templates.grammar, learner)  # "når hænder er i jord": "hænderne"
    if gated is None:
        return "", ""  # "hænder er kolde, så …": still bare, for staff
    return frame, gated


def _commas(words: str, g) -> str:
    """A reason with the commas speech left out: around a relative clause, before a main
    clause run on without a join (nlp/reason_commas.py)."""
    return run_on_commas(relative_commas(words, g), g)


def _without_judging_clause(words: str, g) -> str:
    """A reason without a clause of its own after a comma that judges the person ("fordi jeg
    savner Kaj og roen ved vandet, jeg sidder og rådner op herinde"): the reason before it
    stays; a reason that only judges is handled by _quoted_reason."""
    said = words.split()
    for i in range(2, len(said)):
        if not said[i - 1].endswith(","):
            continue
        end = next((j + 1 for j in range(i, len(said)) if said[j][-1:] in ",;"), len(said))
        clause = " ".join(said[i:end])
        if _judges_the_person(clause, g) and not _judges_the_person(" ".join(said[:i]), g):
            kept = [*said[:i], *said[end:]]
            return " ".join(kept).rstrip(" ,;")
    return words


def _without_spliced_clause(first: str, g) -> str:
    """The first of two reasons without a clause of its own after a comma ("… læser op for mig,
    jeg hader at være afhængig af andre, og så …"): a third reason, left out as a third is."""
    words = first.split()
    for i in range(2, len(words)):
        subject = fold(words[i]).lower() in g.run_on_subjects  # not "i vandet, der kan jeg"
        if words[i - 1].endswith(",") and subject and _clause_at(words, i, g):
            return " ".join(words[:i]).rstrip(",")
    return first


def _without_relatives_splice(words: str, g) -> str:
    """A relative's reason without their word on how the citizen is, spliced on with a comma
    ("så han ikke sidder alene derhjemme, han er blevet så stille", "…, hun er en stolt
    kvinde"): "er"/"bliver" and a state with nothing it is about, no part of the citizen's
    reason. A reason joined on after it stays ("…, og jeg sidder alene …"), and so does a
    feeling about something ("…, han er træt af at sidde inde") or a doing ("…, han kender dem
    alle sammen"). The words are already the citizen's first person."""
    said = words.split()
    low = [fold(w.strip(",.;:")).lower() for w in said]
    states = {fold(g.be_word), *(fold(v) for v in g.state_verbs)}
    for i in range(2, len(said) - 1):
        if not said[i - 1].endswith(",") or low[i] != fold(g.self_subject):
            continue
        if low[i - 1] in g.object_clause_verbs or low[i + 1] not in states:
            continue
        end = next((j for j in range(i + 1, len(said)) if said[j - 1][-1:] in ",.;"), len(said))
        about = g.dangling - g.articles - g.possessive_words
        if any(w in about for w in low[i + 2 : end]):
            continue  # "…, jeg er træt af at sidde inde": what the feeling is about
        if end < len(said) and low[end] in g.main_joins:  # "…, og jeg sidder alene …"
            return " ".join([*said[:i], *said[end:]])
        return " ".join([*said[: i - 1], said[i - 1].rstrip(","), *said[end:]])
    return words


MAX_EACH = 72  # characters of the second of two reasons quoted in the goal sentence
MAX_BOTH = 150  # characters of two reasons together; the first keeps at least MAX_EACH


def _two_reasons(words: str, g) -> tuple[str, str]:
    """A reason and the second one joined to it by "og så" and a clause of its own ("… hver
    morgen og så jeg ikke føler mig …", "…, og så vi kan komme ud …"): (first, "og så …"),
    a third one left out; (words, "") when the reason gives one."""
    said = words.split()
    low = [fold(w.strip(",.;:")).lower() for w in said]
    so = fold(g.so_word).lower()
    starts = [
        i
        for i in range(2, len(said) - 2)
        if low[i] in g.main_joins
        and low[i + 1] == so
        and said[i][-1:] not in ",.;:"
        and (_clause_after(said, i + 2, g) or low[i + 2] in g.subject_pronouns)
        # "… om mormor kommer, så min datter ikke skal køre …": a purpose after the first
        # comma (after a second one it would be a third reason)
        or low[i] == so
        and said[i - 1][-1:] == ","
        and not any(w[-1:] in ",;" for w in said[: i - 1])
        and _purpose_clause_at(said, i + 1, g)
    ]
    if not starts:
        return words, ""
    end = starts[1] if len(starts) > 1 else len(said)
    first = " ".join(said[: starts[0]]).rstrip(",;:")
    return first, " ".join(without_trailing_joins(said[starts[0] : end], g))


def _purpose_clause_at(said: list[str], k: int, g) -> bool:
    """True when a purpose's own subject and a negation or a modal begin at k ("min datter
    ikke skal …", "jeg kan …"); "så er det …", "så jeg har ondt" are no purpose."""
    n = _subject(said[k:], g)
    if not n or k + n >= len(said):
        return False
    nxt = fold(said[k + n].strip(",.;:")).lower()
    return nxt in g.negations or nxt in g.modals


_LEAD_REACH = 9  # words back from a run-on "så skal vi" searched for its "når"/"hvis"


def _main_clause_run_on(words: str, g) -> str:
    """A reason that runs on into a main clause of its own, "så" and its verb before its subject
    ("… gøre rent hos mig når hun kommer så skal vi hygge os"), punctuated with "og": "… hos mig,
    og når hun kommer, skal vi hygge os"; without a "når"/"hvis" clause: "…, og så kan hun …"."""
    said = words.split()
    low = [fold(w.strip(",.;:")).lower() for w in said]
    so = fold(g.so_word).lower()
    for i in range(2, len(said) - 2):
        if low[i] != so or said[i - 1][-1:] in ",.;:" or low[i - 1] in g.main_joins:
            continue  # "… og så får jeg lidt frisk luft" is joined already
        verb = said[i + 1]
        if not (low[i + 1] in g.modals or g.is_present(verb)) or low[i + 2] not in (
            g.subject_pronouns
        ):
            continue
        leads = g.when_leads | g.condition_leads
        lead = next((k for k in range(i - 1, max(0, i - _LEAD_REACH), -1) if low[k] in leads), 0)
        if lead > 1 and not any(w[-1:] in ",.;:" for w in said[lead:i]):
            head, clause = said[:lead], said[lead:i]
            if lead > 2 and low[lead - 1] in g.main_joins:
                # "… født herude og når jeg finder et stykke rav så er jeg …": joined already
                head, clause = said[: lead - 1], said[lead - 1 : i]
                return " ".join(
                    [*head[:-1], head[-1] + ",", *clause[:-1], clause[-1] + ","] + said[i + 1 :]
                )
            return " ".join(
                [*head[:-1], head[-1] + ",", g.and_word, *clause[:-1], clause[-1] + ","]
                + said[i + 1 :]
            )
        return " ".join([*said[: i - 1], said[i - 1] + ",", g.and_word, *said[i:]])
    return words


def _without_attribution(words: str, g) -> str:
    """The reason without who said it tagged on at its end ("… og bliver sur siger Inger",
    "… det sagde hun selv i går", ", siger lægen"): the verb with its subject after it."""
    said = words.split()
    low = [fold(w.strip(",.;:")).lower() for w in said]
    for j in range(len(said) - 1, 0, -1):
        if low[j] not in g.attribution_verbs:
            continue
        tail = said[j + 1 :]
        if not tail:
            break
        named = tail[0][:1].isupper()  # "siger Inger"
        told_by = named or low[j + 1] in g.possessive_words | g.attribution_subjects
        before = low[j - 1]
        fronted = before in g.attribution_objects  # "det sagde hun selv"
        owned = j > 1 and low[j - 2] in g.possessive_words  # "min datter siger …": its subject
        subject = before in g.subject_pronouns | g.attribution_subjects or owned
        inverted = fronted or not (subject or said[j - 1][:1].isupper())
        if told_by and inverted and len(tail) <= g.attribution_tail:
            cut = j - 1 if fronted else j
            return " ".join(said[:cut]).rstrip(" ,;:")
        break
    return words


def _told_frame(told: str, templates: GoalTemplates, speaker, speaker_as) -> tuple[str, str]:
    """reason_frame, or the outcome of a reason told as a condition (_conditional_outcome)."""
    told = without_asides(told, templates.grammar)  # "… derhjemme haha", "…, selv om hun …"
    if named := named_reason_parts(told, templates.grammar, speaker):
        return named  # "kammeraterne. kaffe": "drikke kaffe med kammeraterne"
    frame, words = reason_frame(told, templates, speaker, speaker_as)
    if not words and (outcome := _conditional_outcome(told, templates.grammar)):
        frame, words = reason_frame(outcome, templates, speaker, speaker_as)
    return frame, words


def _conditional_outcome(told: str, g) -> str:
    """ "hvis hun kan lave maden er hun noget værd igen": the outcome after the condition, as a
    "så" reason ("så hun er noget værd igen"): the main clause opens with its verb and then
    its subject. "" when the answer opens with no condition or no such clause follows."""
    words = told.split(".")[0].split()
    if len(words) < 4 or fold(words[0]).lower() not in g.condition_leads:
        return ""
    for i in range(2, len(words) - 1):
        verb, subject = words[i].strip(","), words[i + 1].strip(",")
        if fold(subject).lower() in g.subject_pronouns and fold(verb).lower() not in (
            g.subject_pronouns | g.condition_leads
        ):
            return " ".join([g.so_word, subject, verb, *words[i + 2 :]])
    return ""


def _says_a_norm(words: str, g) -> bool:
    """True for a clause that says what anyone of a kind should do ("og så er det noget en
    morfar skal kunne", "og det er noget man bør"): a thing of norm_things, then "man" or an
    indefinite article and its noun, then a modal of obligation (norm_modals: "noget man kan
    glæde sig til" is her own why); the norm, not the citizen's own why."""
    low = [fold(w.strip(",.;:")).lower() for w in words.split()]
    for i, w in enumerate(low[:-2]):
        if w not in g.norm_things:
            continue
        k = i + 2 if low[i + 1] in g.generic_subjects else i + 3
        if low[i + 1] in g.generic_subjects or low[i + 1] in g.articles - g.pronoun_objects:
            return k < len(low) and low[k] in g.norm_modals
    return False


def _judges_the_person(words: str, g) -> bool:
    """True when the reason holds a judgement of the person's worth ("ikke duer til noget")."""
    said = " " + " ".join(fold(w.strip(",.!?")).lower() for w in words.split()) + " "
    return any(f" {phrase} " in said for phrase in g.self_judgements)


MIN_REASON = 20  # characters a shortened reason keeps at least


def _whole_clauses(reason: str, g, limit: int = MAX_REASON, conditions: bool = True) -> str:
    """The reason cut to at most `limit` characters at the end of a clause: at a comma or before
    "og"/"men", a "når" clause kept with its main clause ("…, og jeg bliver så ked af det når
    hjemmeplejen …" ends before "og"; "…, og jeg stadig er sømand, når jeg sidder …" too, when
    a main clause ends before it: `conditions`); else before a word that begins a clause ("… og
    jeg bliver så glad når de kommer": "… og jeg bliver så glad"), never in the middle of one
    ("når de")."""
    if len(reason) <= limit:
        return reason
    words = reason[: limit + 1].split()[:-1]
    # the words past the limit are read too: "…, når jeg ikke må smede, og jeg vil …" may end
    # right at the limit, before a main clause the limit cuts through
    full = reason.split()
    owner = None  # where the clause begins whose condition a cut would leave off
    for joins in (g.main_joins, g.clause_joins):  # a main clause's end first
        if joins is g.clause_joins and owner is not None:
            # no main clause ends before the one the condition belongs to: rather than cut
            # inside that clause ("og fordi jeg er glad"), it ends before its condition
            return _whole_clauses(reason, g, limit, conditions=False)
        for k in range(len(words), 0, -1):  # the last clause end: a comma or a join
            look = full if k == len(words) else words  # the word after the limit read alone
            after = fold(look[k]).lower()
            # "vil ikke have, at min søn skal ringe": the comma before an object clause ends
            # none; "komme ud og spise med vennerne": the verb after a motion tells what it is
            # for, so no clause ends there ("ringe hver morgen og spørge …" may end after it)
            before = fold(words[k - 1].strip(",;:")).lower()
            motion = before in g.motion_adverbs | g.progressive_verbs  # "gå og være bange"
            ends = (words[k - 1].endswith(",") and not _object_clause_at(look, k, g)) or (
                after in joins and not (motion and _joins_verbs(look, k, g))
            )
            if joins is g.main_joins and after in joins:  # "og jeg bliver …", not "og snakke"
                ends = ends and _clause_after_join(look, full, k + 1, g)
            # "… i dødsannoncerne haha det er det første jeg læser": a comment of its own
            ends = ends or (joins is g.clause_joins and comment_starts(look, k, g))
            kept = without_trailing_joins(words[:k], g)  # "… med køerne og så kan jeg": no "og"
            # "… i huset, hvor jeg og min kone har boet": the cut never ends inside a clause
            ends = ends and not ends_inside_clause(kept, g)
            # "…, og når jeg står i køkkenet dernede, er jeg …": no end between the two
            ends = ends and not fronted_before_main(look, k, g)
            # "… og jeg stadig er sømand, når jeg sidder med et tov …": its condition's own
            main = ends and conditions and joins is g.main_joins and owner is None
            if main and condition_after(full, k, g):
                if len(reason) <= limit + WHEN_SLACK:
                    return reason  # "…, men hun bliver rolig, når jeg sidder …": a little over
                owner = next((j for j in range(k - 1, 0, -1) if words[j - 1][-1:] in ",;"), 0)
                ends = False
            ends = ends and (owner is None or k <= owner)  # never inside the condition's clause
            # "… ikke bare en gammel mand, der sidder og glor …": the negation's own clause
            ends = ends and not _negated_head(look, k, g)
            # "… og ikke noget, en maskine laver": no end before a relative clause with no "som"
            # (kept whole when the reason runs only a little over: _last_relative_clause)
            if ends and _bare_relative_at(look, k, g):
                if _last_relative_clause(reason, look, k, g, limit):
                    return reason
                # "…, en maskine laver, og jeg er glad …": cut after it when that is near
                whole = " ".join(full[: _bare_relative_end(full, k)]).rstrip(",;:.!?")
                if len(whole) <= limit + WHEN_SLACK and _bare_relative_at(full, k, g):
                    return whole
                ends = False
            # "…, om den vinder, før den er startet": the time of the clause before it, and
            # "se på en hest, om den vinder": the verb's object
            ends = ends and not _time_of_clause_before(look, k, g)
            ends = ends and not _question_if(look, k, g)
            if ends and len(" ".join(kept)) >= MIN_REASON:
                if _last_relative_clause(reason, look, k, g, limit):
                    return reason  # "… i mit hus, hvor jeg og mine børn har haft jul …": whole
                if joins is g.main_joins and _when_clause_ends(reason, k, g, limit):
                    return reason  # "…, og jeg bliver så glad når de kommer": whole, not cut
                if joins is g.main_joins and (spliced := _spliced_will(words, k, g)):
                    # "…, jeg vil kunne gå til banko … og komme hjem når …": the clause spliced
                    # on, up to its second verb, joined with "og"
                    return spliced
                return " ".join(kept)
    # one long clause with a relative one run on, cut inside it ("… hver søndag hvor jeg og
    # min veninde altid sidder på anden"): the relative clause goes whole
    leads = g.relative_leads | g.clause_only_leads
    for k in range(len(words) - 1, 0, -1):
        if fold(words[k].strip(",;:")).lower() in leads and not _negated_head(words, k, g):
            kept = without_trailing_joins(words[:k], g)
            if len(" ".join(kept)) >= MIN_REASON:
                return " ".join(kept)
            break
    while len(words) > 1 and fold(words[-1].strip(",;:")).lower() in g.dangling:
        words = words[:-1]  # one long clause: not ending on "med min"
    return " ".join(words).rstrip(",;:")


def _question_if(words: list[str], k: int, g) -> bool:
    """True when words[k], after a comma, opens an indirect question ("…, om den vinder"): a
    lead of question_if_leads with a subject pronoun after it."""
    if not 0 < k < len(words) - 1 or not words[k - 1].endswith(","):
        return False
    lead = fold(words[k].strip(",;:")).lower()
    return lead in g.question_if_leads and _b(words[k + 1]) in g.subject_pronouns


def _time_of_clause_before(words: list[str], k: int, g) -> bool:
    """True when words[k] opens a time clause after a comma ("før", "inden") and the clause
    before that comma is a subordinate one ("…, om den vinder, før den er startet"): the time
    is that clause's, so no clause ends between them."""
    if not 0 < k < len(words) or not words[k - 1].endswith(","):
        return False
    if fold(words[k].strip(",;:")).lower() not in g.time_tail_leads:
        return False
    j = k - 1
    while j > 0 and not words[j - 1].endswith((",", ";", ":")):
        j -= 1  # the first word of the clause before the comma
    return j > 0 and fold(words[j].strip(",;:")).lower() in g.subordinate_tail_heads


def _clause_after_join(look: list[str], full: list[str], k: int, g) -> bool:
    """_clause_after at k of the words up to the limit; a subject there is read on past the
    limit ("…, og jeg ikke vil være den …": a clause, though the limit falls after "jeg")."""
    if _clause_after(look, k, g):
        return True
    return k < len(full) and _b(full[k]) in g.subject_pronouns and _clause_after(full, k, g)


def _negated_head(words: list[str], k: int, g) -> bool:
    """True when words[k] opens a relative clause ("der", "som") after a comma whose head is
    said in a negated clause ("jeg er ikke bare en gammel mand, der sidder og glor …"): the
    relative clause is what is denied, so the reason never ends before it."""
    if not 0 < k < len(words) or not words[k - 1].endswith(","):
        return False
    lead = fold(words[k].strip(",;:")).lower()
    return lead in g.relative_leads and _negated_before(words, k, g)


def _negated_before(words: list[str], r: int, g) -> bool:
    """True when the clause that ends right before words[r] holds a negation."""
    for j in range(r - 1, -1, -1):
        b = fold(words[j].strip(",;:")).lower()
        if b in g.negations:
            return True
        if (j < r - 1 and words[j][-1:] in ",;:") or b in g.main_joins | g.subordinators:
            return False
    return False


def _spliced_will(words: list[str], k: int, g) -> str:
    """A long reason cut at the comma before a clause of the citizen's own spliced on ("… hver
    aften, jeg vil kunne gå til banko i beboerhuset og komme hjem når …"): that clause up to
    where a second verb is joined on ("og komme"), led by "og" ("…, og jeg vil kunne gå til
    banko i beboerhuset"); "" when the clause after the comma is no such clause of "jeg" and a
    modal, or no verb is joined on inside the cut."""
    if not words[k - 1].endswith(",") or k + 3 >= len(words):
        return ""
    if _b(words[k]) != g.self_subject or _b(words[k + 1]) not in g.modals:
        return ""
    for m in range(k + 4, len(words) - 1):
        if words[m - 1][-1:] in ",;:.":
            return ""
        before = _b(words[m - 1])
        if _joins_verbs(words, m, g) and before not in g.motion_adverbs | g.progressive_verbs:
            head = [*words[: k - 1], words[k - 1]]
            return " ".join([*head, g.and_word, *without_trailing_joins(words[k:m], g)])
    return ""


WHEN_SLACK = 12  # characters a reason may run over its limit to end its "når" clause


def _last_relative_clause(reason: str, words: list[str], k: int, g, limit: int) -> bool:
    """True when the cut at word k comes at the comma before a clause that runs to the reason's
    end with no comma of its own ("… i mit hus, hvor jeg og mine børn har haft jul …") and the
    reason runs only a little over its limit: that clause is kept whole, as its "når" one is."""
    if len(reason) > limit + WHEN_SLACK or not words[k - 1].endswith(","):
        return False
    lead = fold(words[k].strip(",;:")).lower()
    rest = reason.split()[k:]
    if any(w[-1:] in ",;:" for w in rest):
        return False
    return lead in g.relative_leads | g.clause_only_leads or _bare_relative_at(words, k, g)


#: Words of a relative clause said with no "som" after its pronoun ("noget, en maskine laver").
BARE_RELATIVE_WORDS = 4


def _bare_relative_at(words: list[str], k: int, g) -> bool:
    """True when words[k] opens a relative clause a shortened reason may not be cut before: one
    said with no "som" after a comma and a pronoun of bare_relative_heads ("og ikke noget, en
    maskine laver", "alt, jeg har lært"; a clause of a few words, no join or lead opening it,
    that ends the reason, its sentence or comes before a main clause joined on), or one of
    relative_leads after an indefinite noun said as what one is (_predicate_relative)."""
    if not 0 < k < len(words) or not words[k - 1].endswith(","):
        return False
    if _predicate_relative(words, k, g):
        return True
    if fold(words[k - 1].strip(",;:")).lower() not in g.bare_relative_heads:
        return False
    first = fold(words[k].strip(",;:")).lower()
    if first in g.main_joins | g.clause_joins | g.relative_leads | g.negations:
        return False
    end = _bare_relative_end(words, k)
    # it ends the reason, its sentence, or a comma before a main clause joined on ("…, og jeg")
    ends = end == len(words) or words[end - 1][-1:] in ".!?"
    ends = ends or (words[end - 1][-1:] == "," and fold(words[end]).lower() in g.main_joins)
    return end - k <= BARE_RELATIVE_WORDS and ends


#: Words from the verb of being to the noun a relative clause tells which one is ("være en
#: rigtig god morfar").
PREDICATE_REACH = 4


def _predicate_relative(words: list[str], k: int, g) -> bool:
    """True when words[k] is a relative lead after a comma and an indefinite noun said after a
    verb of being ("jeg vil være en morfar, der kan noget sammen med ham"); not after a definite
    one ("være sammen med Oscar, der er fjorten") nor a noun of no such verb."""
    if fold(words[k].strip(",;:")).lower() not in g.relative_leads or k < 3:
        return False
    noun = fold(words[k - 1].strip(",;:")).lower()
    if not noun.isalpha() or words[k - 1][:1].isupper():
        return False
    for j in range(k - 2, max(k - 2 - PREDICATE_REACH, -1), -1):
        said = fold(words[j].strip(",;:")).lower()
        if words[j][-1:] in ",;:.!?":
            return False
        if said in g.article_genders:
            return j > 0 and fold(words[j - 1].strip(",;:")).lower() in g.predicate_verbs
    return False


def _bare_relative_end(words: list[str], k: int) -> int:
    """The index after the last word of the clause that opens at k (its first mark)."""
    return next((j + 1 for j in range(k, len(words)) if words[j][-1:] in ",;:.!?"), len(words))


def _when_clause_ends(reason: str, k: int, g, limit: int) -> bool:
    """True when the last main clause (from word k) ends in a clause of its lead ("… og jeg
    bliver så glad når de kommer") and the reason runs only a little over its limit: that
    clause belongs to its main clause, so the reason is kept whole."""
    if len(reason) > limit + WHEN_SLACK:
        return False
    said = reason.split()[k + 1 :]
    rest = [fold(w.strip(",;:")).lower() for w in said]
    subordinate = g.clause_joins - g.main_joins
    one = not any(w in g.main_joins for w in rest) and not any(w[-1:] in ",;" for w in said)
    return one and any(w in subordinate for w in rest)


SAME_REASON_SHARE = 0.5  # share of an earlier reason's long words the answer to why repeats


#: The frames of a reason whose subject is the citizen ("så jeg kan …", "så jeg ikke …").
_CITIZENS_FRAMES = frozenset({"so_that", "so_i"})


def _helpers_purpose(purpose_frame: str, frame: str, motivation: str, facts: dict, g) -> bool:
    """True when a helper (staff, a relative) told the wish with a purpose of someone else's
    ("så besøgene kan ophøre", "så hjemmeplejen ikke skal komme mere": the help's side) and the
    answer to why gives the citizen's own reason ("hun vil ikke vente på os hver aften", "så hun
    kan komme til banko"): that one is the goal's reason; the helper's purpose stays in the
    transcript. The citizen's own purpose of someone else ("så min kone kan sove") is kept."""
    if facts.get("speaker") in (None, "citizen") or purpose_frame != "so" or not motivation:
        return False
    first = fold(motivation.split()[0]).lower() if motivation.split() else ""
    return frame in _CITIZENS_FRAMES or (frame == "because" and first == g.self_subject)


#: Fewest words the answer to why opens with the wish's purpose again ("se ham, …").
RESTATED_MIN = 2


def _purpose_restated(purpose: str, reason: str) -> str | None:
    """The wish's purpose with the rest of an answer to why that opens with the purpose's first
    words again and goes on after a comma ("se ham og den lille" beside "se ham, ikke bare høre
    ham": "se ham og den lille, ikke bare høre ham"), the opening said once; else None."""
    said, told = purpose.split(), reason.split()
    key = lambda word: fold(word.rstrip(",")).lower()  # noqa: E731
    k = 0
    while k < min(len(said), len(told)) and key(said[k]) == key(told[k]):
        k += 1
        if told[k - 1].endswith(","):
            break
    if k < RESTATED_MIN or k >= len(said) or k >= len(told) or not told[k - 1].endswith(","):
        return None
    return f"{purpose}, {' '.join(told[k:])}"


def _same_reason(earlier: str, reason: str) -> bool:
    """True when the answer to why repeats the reason told before ("for at se mine børnebørn")."""
    long_words = lambda text: {w for w in fold(text).lower().split() if len(w) > 3}  # noqa: E731
    before = long_words(earlier)
    return not before or len(before & long_words(reason)) >= SAME_REASON_SHARE * len(before)


#: (id of the templates, repr of the facts) → (those templates, the goal sentence): the steps
#: that show the goal compose the same sentence for every page and answer. Pure, so kept; the
#: templates are held and compared, so an id reused by other templates never matches.
_COMPOSED: dict[tuple[int, str], tuple[GoalTemplates, str]] = {}
_COMPOSED_LIMIT = 512


def compose_goal(facts: dict, templates: GoalTemplates) -> str:
    """Return the goal as first-person Danish: "Jeg vil selv kunne … , så jeg kan …. Det vil …"."""
    key = (id(templates), repr(facts))
    known = _COMPOSED.get(key)
    if known is not None and known[0] is templates:
        return known[1]
    sentence = compose(facts, templates)[0]
    if repr(facts) == key[1]:  # facts unchanged by composing: the same facts give this again
        if len(_COMPOSED) >= _COMPOSED_LIMIT:
            _COMPOSED.clear()
        _COMPOSED[key] = (templates, sentence)
    return sentence
