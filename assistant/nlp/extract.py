"""`Analyzer.analyze(text, today) -> Facts`: the whole NLP for one utterance."""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import replace
from datetime import date

from assistant.content import Content, get_content, nfc
from assistant.content.grammar import fold, genitive
from assistant.nlp import (
    activity,
    activity_model,
    analyzer_cache,
    clauses,
    quantities,
    semantic_cues,
)
from assistant.nlp.activity_model_margin import kept_reading, named_only_beside, reading_spans
from assistant.nlp.activity_precedence import agreeing_without
from assistant.nlp.afterword import wish_afterword
from assistant.nlp.aid_again import aids_said_again, compound_said_again
from assistant.nlp.aid_as_said import aids_as_said
from assistant.nlp.aid_homograph import verb_homograph
from assistant.nlp.aid_load import said_as_load
from assistant.nlp.aid_number import aids_said_one
from assistant.nlp.aid_owner import aid_owner
from assistant.nlp.aid_said_apart import aids_said_apart, apart_phrase, apart_words
from assistant.nlp.aid_selv import managed_with_aid, selv_restated_with_aid
from assistant.nlp.aid_without import aid_pointed_without, without_said_again
from assistant.nlp.at_least import hedged
from assistant.nlp.body_grip import persons_grip
from assistant.nlp.borrowed_task import borrowed_task_choice
from assistant.nlp.cared_for import cared_for
from assistant.nlp.club_coach import club_coaches
from assistant.nlp.comma_list import commas_as_fragments
from assistant.nlp.company_help import help_by_company
from assistant.nlp.compared_habit import compared_habit
from assistant.nlp.counted_object import counted_object, counted_sign, with_counted
from assistant.nlp.criterion import find_criterion, shown_to_others, state_shown
from assistant.nlp.dates import DeadlineMatch, find_deadline
from assistant.nlp.day_in_month import day_in_month
from assistant.nlp.day_time import with_day_time
from assistant.nlp.described_aid import (
    described_as_said,
    described_phrases,
    made_aids,
    named_again,
    said_apart,
)
from assistant.nlp.distance_verb import distance_of_other_doing
from assistant.nlp.drive_object import without_drive_objects
from assistant.nlp.ended_tie import ended_ties
from assistant.nlp.event_place import event_place, named_place
from assistant.nlp.event_time import event_time_spans
from assistant.nlp.facts import Facts, measure_key
from assistant.nlp.fastened_part import fastened_part
from assistant.nlp.floor_place import without_floor_places
from assistant.nlp.foreign_parts import without_foreign_parts
from assistant.nlp.fragment_company import with_company
from assistant.nlp.fragment_month import fragment_month
from assistant.nlp.fragment_roles import fragment_roles
from assistant.nlp.fragments import joined_fragments
from assistant.nlp.fronted_occasion import fronted_occasion_spans
from assistant.nlp.fronted_pointer import fronted_pointer
from assistant.nlp.genitive_kin import bare_parent_genitive, owners_for_kin
from assistant.nlp.group_member import definite_group, group_fellows, group_members
from assistant.nlp.habit_distance import habit_distance
from assistant.nlp.habits import (
    existential_habit,
    helper_habit,
    life_habit,
    prescribed,
    routine_taken_over,
    served_routine,
    service_taken_over,
    trip_told,
    visit_length,
)
from assistant.nlp.help_ended import HELP_ENDED, ended_help_spans
from assistant.nlp.helper_needed import helper_spans
from assistant.nlp.hours_per_day import hours_a_day
from assistant.nlp.idle_preference import excuse_spans, idle_preference
from assistant.nlp.joint_wish import joint_company
from assistant.nlp.kin_home import person_home, pointed_home, said_name
from assistant.nlp.kin_name import kin_named_after
from assistant.nlp.kind_compound import kind_compound
from assistant.nlp.lack_limit import (
    apposed_limit,
    limit_against,
    limit_behind_lack,
    struggle_behind_lack,
)
from assistant.nlp.level_said import without_levels
from assistant.nlp.listed_tail import listed_thing, without_listed_tail
from assistant.nlp.loose_handle import loose_handle
from assistant.nlp.made_thing import made_wish_activity
from assistant.nlp.memo import Memo
from assistant.nlp.moved_practice import moved_practice
from assistant.nlp.named_kind import named_kind
from assistant.nlp.named_role import named_role
from assistant.nlp.named_thing import named_thing
from assistant.nlp.nested_place import nested_place_spans
from assistant.nlp.not_just import without_alternative, without_instead, without_rather_than
from assistant.nlp.numbers import number_at, number_words, word_number
from assistant.nlp.one_occasion import without_one_occasion
from assistant.nlp.opinion_aside import opinion_aside_at
from assistant.nlp.others_demand import in_spans, others_demand_spans, without_demands
from assistant.nlp.others_measure import others_measure
from assistant.nlp.others_purpose import others_purpose
from assistant.nlp.others_sentence import others_sentence_tokens
from assistant.nlp.others_state import others_state_spans
from assistant.nlp.others_view import in_others_view
from assistant.nlp.others_wish import others_wish_spans, wisher_named, without_others_wish
from assistant.nlp.overcome import aid_got_before, overcome_stance
from assistant.nlp.people_roles import HELPING, RoleFinder, role_by_name
from assistant.nlp.person_place import (
    among,
    audience_of,
    booked_at,
    course_at,
    errand_at,
    gone_to,
    job_charges,
    visited_only,
)
from assistant.nlp.phrase import starts_run_on
from assistant.nlp.pipeline import build_pipeline, rebuilt
from assistant.nlp.place_fixture import said_as_there
from assistant.nlp.place_thing import of_a_place
from assistant.nlp.placed_stranger import placed_stranger
from assistant.nlp.plain_person import person_words, relative_subject, verb_said
from assistant.nlp.played_role import played_role
from assistant.nlp.pointed_cue import verb_points_back
from assistant.nlp.pointed_doing import pointed_doing
from assistant.nlp.pointed_measure import pointed_measure
from assistant.nlp.pointed_owner import pointed_owner
from assistant.nlp.pointed_people import pointed_group, pointed_people
from assistant.nlp.pointed_thing import pointed_thing
from assistant.nlp.pointed_title import titled_for_pronoun
from assistant.nlp.present_habit import consequence_habit
from assistant.nlp.quoted_address import quoted_address
from assistant.nlp.refusal_scope import not_without, turned_down_part
from assistant.nlp.refused_aid_reason import refused_aid_reasons
from assistant.nlp.relative_wish import WishPeople
from assistant.nlp.repetition_count import counted_repetitions
from assistant.nlp.restated_person import restated_person
from assistant.nlp.ride_errand import errand_of_ride
from assistant.nlp.routine_count import routine_rhythm
from assistant.nlp.self_repair import corrected_figure, reason_refusal_only
from assistant.nlp.service_had import service_had
from assistant.nlp.shared_perfect import shared_perfect
from assistant.nlp.sought_thing import sought_aid
from assistant.nlp.speaker_pair import told_of, with_speaker
from assistant.nlp.speaker_work import speaker_workplace
from assistant.nlp.special_garment import special_garments, special_words
from assistant.nlp.spouse_of import spouse_of_named
from assistant.nlp.story_duration import story_duration
from assistant.nlp.story_object import story_object
from assistant.nlp.story_place import story_place
from assistant.nlp.story_thing import story_thing
from assistant.nlp.story_venue import story_venue
from assistant.nlp.there_place import there_place
from assistant.nlp.thing_length import thing_length
from assistant.nlp.tokenize import ChunkTokenizer
from assistant.nlp.told_deed import before_years, required_place, told_again, told_place
from assistant.nlp.treatment_rhythm import treatment_rhythm
from assistant.nlp.trouble_counts import (
    forced_count,
    fronted_story_count,
    idle_after,
    night_need_before_wish,
    trouble_before_wish,
    trouble_event,
)
from assistant.nlp.unknown_reason import reason_verb_unknown
from assistant.nlp.unreached_time import unreached
from assistant.nlp.verbal_noun import verbal_noun_wish
from assistant.nlp.ways import agreed_way, brought_aid, one_motion_go, wished_way_round
from assistant.nlp.wish_beneficiary import beneficiary_tail
from assistant.nlp.wish_correction import corrected_wish
from assistant.nlp.wish_object import condition_tail, object_tail
from assistant.nlp.wish_over_trouble import trouble_gives_way
from assistant.nlp.wish_person import names_own_person
from assistant.nlp.wish_place import place_tail, retold_place, standing_place
from assistant.nlp.wishing_kin import wishing_kin
from assistant.nlp.wordscan import skip_ahead
from assistant.nlp.work_shift import shift_worked
from assistant.nlp.worry_object import worry_spans

MAX_CHARS = 5000  # longer answers are analysed on their first 5,000 characters


def _vague_head_pattern(heads: frozenset[str]) -> re.Pattern[str] | None:
    """A word joined by a hyphen to a thing word ("glasåbner-ting", "gribetang-dimsen"), the
    word before the hyphen its group; None when the lexicon names no thing word."""
    if not heads:
        return None
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"\b([^\W\d_]{{2,}})-({alternatives})\b", re.IGNORECASE)


CLEFT_AFTER = 3  # words of a statement before a cleft may start a new one
CLEFT_REACH = 3  # words of the named thing between "det er" and "der"
TOLD_HELP_LEAD = 3  # words before a helper's verb searched for "at" ("til at hjemmehjælpen")
SPEAKER_GAP = 3  # words between "jeg er" and the person the speaker says they are
CLAIM_REACH = 5  # words between a verb of saying and the resource it reports
DEFAULT_CUE = 2.0  # a cue word of full weight, no weak one ("læse^1")


class Analyzer:
    """The pipeline and indexes built from one Content, reused for every utterance."""

    def __init__(self, content: Content, second_opinion: bool = True):
        """`second_opinion`: let the golden corpus's word counts overrule the activity rules
        (activity_model.py) when they are shipped."""
        self.content = content
        self.lex = content.lexicon
        self.nlp = build_pipeline(content)
        # analyze() runs the pipeline's steps on plain lists: nlp(text) would build a Doc and
        # its `doc._` accessors only to be read back as strings (the same tokens, see tokenize)
        self.tokens = ChunkTokenizer(self.nlp.tokenizer)
        has_speller = self.nlp.has_pipe("hm_spelling")
        self.spelling = self.nlp.get_pipe("hm_spelling") if has_speller else None
        self.lemmatizer = self.nlp.get_pipe("hm_lemmatizer")
        self.rules = self.nlp.get_pipe("hm_rules").rules
        speller = self.spelling.speller if self.spelling else None
        self.index = activity.build_index(content, speller.is_word if speller else None)
        grammar = content.goals.grammar if content.goals is not None else None
        self.roles = RoleFinder(content.lexicon, grammar)
        self.unknown = Memo()  # a token as said → whether the speller's tables do not know it
        self.people_named = Memo()  # (word, lemma) → the person named (clauses.named)
        self.aids_named = Memo()  # (word, lemma) → the aid named
        # aids named by more than one word ("skridsikkert underlag"), matched by lemma
        self.aid_phrases = clauses.phrase_index(self.lex.aids, self.lex.lemma)
        # activities that are a task, not a capacity or state (walking, mood, strength)
        self.task_activities = frozenset(content.activities) - content.lexicon.capacity_activities
        # "en glasaabner-ting": the thing word after the hyphen names nothing more, unless the
        # word before it only says what the thing is for ("strømpe-tingen": clauses.loose_aids)
        self.vague_head = _vague_head_pattern(self.lex.loose_things)
        self.loose_purposes = frozenset(map(fold, self.lex.loose_purposes))
        self.model = (
            activity_model.load(content.root / "nlp", content.lang, content.activities)
            if second_opinion
            else None
        )
        self.model_skip = self.lex.fillers | self.lex.model_stops  # no word the counts keep
        # the thesaurus's hyponyms of the activities' nouns: a last resort (semantic_cues.py)
        self.semantic = semantic_cues.load(content.root / "nlp", content.lang, content.activities)

    def __getstate__(self) -> dict:
        """The analyzer for the built-content cache: spaCy's pipeline as its components."""
        return {**self.__dict__, "nlp": dict(self.nlp.pipeline)}

    def __setstate__(self, state: dict) -> None:
        """The analyzer read back: its components in a new blank pipeline of spaCy's (building
        the tokenizer and vocabulary costs less than reading them)."""
        self.__dict__.update(state)
        self.nlp = rebuilt(self.content.lang, state["nlp"])
        self.tokens.tokenizer = self.nlp.tokenizer

    def _span_activity(self, words, lemmas, matches, side, cues, span) -> tuple[str | None, float]:
        """The activity the words of span name most strongly, with its score (None, 0.0: none);
        `cues`: the utterance's activity.utterance_cues."""
        scores = activity.score_activities(
            words, lemmas, matches, self.index, self.content, side, span=span, cues=cues
        )
        found = activity.best_activity(scores, self.lex.means_activities)
        return found, scores[found][0] if found else 0.0

    def _is_name(self, word: str) -> bool:
        """True for a first name the speller knows ("inga")."""
        return bool(self.spelling) and word in self.spelling.speller.person_names

    def _cue_activity(self, word: str) -> str | None:
        """The one activity a word is a cue of at full weight ("synge": fritid), else None."""
        found = [a for a, weight in self.index.words.get(word) or () if weight >= DEFAULT_CUE]
        return found[0] if len(found) == 1 else None

    def _phrase_activity(self, phrase: str, thing: tuple[int, int]) -> str | None:
        """The activity a pattern of the content (activities.yaml `phrases`) names in a phrase
        from before the words at `thing` (a word span) to its noun, or None: cue words alone, or
        a pattern beside the thing ("se mit …"), tip no choice made from the whole answer."""
        keys, toks = self._columns(phrase)
        lo, hi = thing
        found = self.rules.find(keys, toks.punct)
        head = min(lo + 1, hi - 1)  # the thing's first word after its owner ("min Volvo")
        named = {lab[4:] for lab, s, e in found if lab.startswith("ACT:") and s <= lo and e > head}
        return next(iter(named)) if len(named) == 1 else None

    def _stance_part_activity(self, words, lemmas, matches, cl, side, cues, stance, parts):
        """With several parts, the activity of the first part that carries the stance (a later
        part that names itself the main thing, "men det er mest badet", first)."""
        if len(parts) < 2 or stance is None:
            return None
        lex = self.lex
        window = lex.focus_window
        focus = [p for p in parts[1:] if set(words[p[0] : p[0] + window]) & lex.focus_words]
        lo, hi = parts[0]
        lead = tuple(lex.cleft_leads)
        # "det er vasketøjet. maskinen står nede i kælderen og …": a short first part that
        # names the thing ("det er …") tells what the rest is about
        named = lead and tuple(words[lo : lo + len(lead)]) == lead
        topic = [parts[0]] if named and hi - lo - len(lead) <= lex.topic_max_words else []
        best = None  # among the plain parts that carry the stance, the strongest activity
        for lo, hi in topic + focus + parts:
            inside = [m for m in matches if lo <= m[1] < hi]
            if (lo, hi) not in topic and _stance(inside, cl) != stance:
                continue
            if (lo, hi) not in topic and _elided(words, inside, stance, lo, hi, lex):
                continue  # "… men han gider ikke, han sidder bare i sofaen": the walk before
            found, score = self._span_activity(words, lemmas, matches, side, cues, (lo, hi))
            if found and _bare_motion(words, range(lo, hi), cues, lex):
                continue  # "… 3 sal. vil gerne kunne gaa op": where to is told elsewhere
            if found and verb_points_back(words, cues, found, (lo, hi), lex):
                continue  # "… men jeg vil gerne selv vaske dem": the thing told before tells
            if found and ((lo, hi) in topic or (lo, hi) in focus):
                return found
            if found and (best is None or score > best[1]):
                best = (found, score)
        return best[0] if best else None

    def _way_trained(self, words, lemmas, matches, side, cues, wished, act) -> str | None:
        """The mobility activity when a wish's own verb goes somewhere and the way is what the
        goal trains, not the purpose at its end (`act`, the rules' choice): the verb said again
        later without the errand ("køre på min el-scooter ned til Rema og handle … jeg har ikke
        turdet køre på den"; "selv gå til foreningen og drikke kaffe … selv gå. ikke bil"), or
        the way said with its means (a walking aid, a bus, a scooter, a distance) to a purpose
        of lex.way_purposes ("tage bussen ind og besøge min søster", "bingo … gå ned med min
        rollator"), also with the verb of going left out ("vil gerne i kirke med kirkebilen":
        the ride, or with a walking aid the walk). An errand said with its means stays the
        errand ("gå ned i brugsen med rollatoren og handle"), and so does a way whose own words
        name the task ("køre minibussen for ældreklubben som frivillig"). None: the rules'
        activity stands."""
        lex = self.lex
        walk, travel = lex.motion_activity, lex.travel_activity
        ways = {walk, travel} - {""}
        if not ways or act in ways:
            return None
        skip = lex.fillers_and_adverbs
        verb = next((k for k in wished if words[k] not in skip), None)
        if verb is None:
            return None
        # "tage bussen", "tage flexbussen ud til …": the verb takes the ride as its object
        poss = set(lex.classes.get("poss", ()))
        ride = next((j for j in range(verb + 1, len(words)) if words[j] not in poss), len(words))
        # "flyve til Tyrkiet": a verb of lex.vehicle_verbs is its own means
        ridden = (
            any(lab == f"ACT:{travel}" and s == verb for lab, s, _e in matches)
            or (ride < len(words) and travel in dict(cues[ride]))
            or lemmas[verb] in lex.vehicle_verbs
        )
        # "vil gerne i kirke igen med kirkebilen", "vil ud til stranden med rollatoren": the
        # verb of going left out, the wish opens with where to; how is told by its means
        elided = words[verb] in lex.action.bare_directions | lex.destination_leads
        if not ridden and not elided and lemmas[verb] not in lex.walk_verbs | lex.travel_verbs:
            return None
        moving = walk if lemmas[verb] in lex.walk_verbs else travel
        marks = {w for w in lex.recipient_ends if not w.isalpha()}
        breaks = lex.clause_breaks | marks
        end = wished[-1] + 1
        # "køre … ned til Rema og handle": a way and an errand of its own after it ("køre for
        # den frivillige kørsel … må ikke køre bil" is no way to an errand)
        errand = any(words[j] in lex.soft_clause_breaks for j in range(verb + 1, end))
        for k in range(len(words) if elided else end if errand else len(words), len(words)):
            if lemmas[k] != lemmas[verb]:
                continue
            lo = max((j + 1 for j in range(end, k) if words[j] in breaks), default=None)
            if lo is None:
                continue  # "… og handle og gå hjem igen": the same clause as the errand
            hi = next((j for j in range(k, len(words)) if words[j] in breaks), len(words))
            found, _score = self._span_activity(words, lemmas, matches, side, cues, (lo, hi))
            # the way said again, without the errand: it is the point, unless the errand is
            # said again after it ("Gå selv til torvet og hjem, 1 kilometer. Købe for hel uge.")
            again = self._span_activity(words, lemmas, matches, side, cues, (hi, len(words)))[0]
            if (found is None or found in ways) and again != act:
                return moving
        if act not in lex.way_purposes:
            return None
        way_end = next(
            (j for j in range(verb + 1, len(words)) if words[j] in lex.recipient_ends), len(words)
        )
        aids = set(lex.classes.get("walk_aid", ()))
        means = ridden or any(
            words[j] in aids
            or any(a in lex.ridden_activities for a, _w in cues[j])
            or (words[j] in lex.distance_units and j > verb + 1)
            for j in range(verb + 1, way_end)
        )
        if not means:
            return None
        if elided:  # no verb to name a task: the place is where to, the means how
            ridden_on = any(
                any(a in lex.ridden_activities for a, _w in cues[j])
                for j in range(verb + 1, way_end)
            )
            return travel if ridden_on else walk
        # "køre minibussen for ældreklubben som frivillig": the way's own words name the task
        found, _score = self._span_activity(words, lemmas, matches, side, cues, (verb, way_end))
        return moving if found is None or found in ways else None

    def _lost_activity(self, words, lemmas, matches, cl, side, cues, stance, parts, act):
        """ "jeg var besøgsven i mange år men nu tør jeg ikke gå ud alene": a part before the
        difficulty that names an activity done (a story or a resource, "jeg har altid gået til
        linedance") is what the difficulty is about, when the difficulty names only a capacity
        (walking, mood, strength) that tells why it was lost."""
        lex = self.lex
        if stance != "difficulty" or act not in lex.capacity_activities or len(parts) < 2:
            return act
        for lo, hi in parts:
            if _part_stance(matches, lo, hi, cl) not in (None, "resource"):
                break  # only what was (or is) done, told before the difficulty
            found, _score = self._span_activity(words, lemmas, matches, side, cues, (lo, hi))
            if found and found not in lex.capacity_activities:
                return found
        return act

    def _stance_part_frequency(self, words, lemmas, matches, cl, stance, parts, names_activity):
        """The frequency of the part that carries the stance ("hjemmeplejen kommer to gange om
        dagen, men han vil gerne selv gøre rent" has none for the wish); one part: the first.

        A stance part after a clause break with no activity of its own keeps the frequency only
        when that was planned ("jeg skal træne … to gange om ugen men jeg er bange …").
        A run-on part ("… hvert år før påske … så jeg vil gerne bage …") counts only when it
        names an activity of its own (names_activity(lo, hi)); "… hver aften og hun vil gerne
        op på en halv time" goes on with the told activity and keeps its frequency."""
        lex = self.lex
        found = quantities.find_frequency(words, lex)
        if found is None or len(parts) < 2 or stance is None:
            return found
        for lo, hi in parts:
            if _part_stance(matches, lo, hi, cl) != stance:
                continue
            inside = quantities.find_frequency(words[lo:hi], lex)
            if inside is None and (
                same := self._same_part_frequency(
                    words, matches, cl, stance, parts, lo, hi, names_activity
                )
            ):
                # "Jeg glemmer ikke min medicin. Jeg tager selv pillerne hver morgen": a later
                # part of the same stance and activity says its habit
                return same
            if inside is None:
                hard = lo == 0 or words[lo - 1] in lex.clause_breaks
                own, planned = names_activity(lo, hi), _planned(words, found, parts, lex)
                told = next(((a, b) for a, b in parts if a <= found.start < b), None)
                if told and told[1] <= found.end:
                    # "hver fjerde dag jeg skal have nyt plaster": fronted before its clause
                    told = _fronted_frequency_clause(words, found, told, parts, lex)
                    planned = planned or _planned(words, found, [told], lex)
                if stance == "wish" and told and told[1] <= lo and _refused(matches, told, cl):
                    # "jeg vil ikke ned til lægen hver uge … jeg vil hellere selv måle det": the
                    # rhythm of what is turned down
                    return None
                if stance == "wish" and own and planned and told and names_activity(*told) == own:
                    # "skal have øjendråber 3 gange om dagen … vil gerne kunne dryppe selv": the
                    # plan's rhythm is the wished doing's (a difficulty keeps only the schedule)
                    return found
                if (
                    stance == "wish"
                    and told
                    and told[1] <= lo
                    and prescribed(words, told[0], found.start, lex)
                    and names_activity(*told) in (own, None)
                ):
                    # "min datter siger fem tusind skridt om dagen, jeg vil gerne gå mere": a
                    # prescription naming no other activity is the wished doing's rhythm
                    return found
                there = any(words[k] in lex.freq_there_words for k in range(lo, hi))
                # "skal til dialyse tre gange om ugen og han vil gerne selv bestille flextrafik"
                there = there or (
                    own in lex.freq_trip_activities
                    and told is not None
                    and trip_told(words, told[0], found.start, lex)
                )
                g = self.content.goals.grammar
                story = told and any(
                    g.is_past(words[k])
                    or (
                        words[k] in lex.perfect_aux
                        and any(
                            len(w) > 3 and w.endswith(tuple(lex.participle_endings))
                            for w in words[k + 1 : min(k + 3, found.start)]
                        )
                    )
                    for k in range(told[0], found.start)
                )  # "spillede kort hver fredag", "har altid gået til banko hver tirsdag"
                if there and told and told[0] < lo and not story:
                    # "jeg skal til genoptræning tirsdag og torsdag … tage den derud": the trip
                    # to a habit still kept ("har altid gået til banko hver tirsdag", "spillede
                    # kort hver fredag" are a story)
                    return found
                if stance == "wish" and told and told[0] >= hi and _verbless(words, found, g):
                    # "Jeg vil gå til træning … Lægen siger det er godt. To gange om ugen.": a
                    # sentence of its own with no verb says how often the wish is done
                    return found
                if (
                    stance == "wish"
                    and told
                    and wish_afterword(words, found, (lo, hi), parts, lex, g)
                ):
                    # "Jeg vil gerne finde en veninde. Jeg vil mødes en gang om ugen."
                    return found
                if (
                    stance == "wish"
                    and told
                    and told[0] >= hi
                    and _practice_told(words, lemmas, matches, cl, (lo, hi), told, lex)
                ):
                    # "jeg vil træne hukommelsen. jeg vil løse krydsord hver dag": a wish to
                    # train, and a later wish saying the practice and how often it is done
                    return found
                # "hjemmeplejen kommer tre gange om dagen og drypper …, vil gerne gøre det
                # selv": the service's routine for the citizen is one to take over too
                served = told is not None and served_routine(words, told[0], found.end, lex)
                if (
                    stance == "wish"
                    and (planned or served)
                    and routine_taken_over(words, lo, hi, lex)
                ):
                    return found  # "skal veje sig hver morgen, vil gerne selv holde øje med det"
                if (
                    stance == "wish"
                    and own is not None
                    and told
                    and told[1] <= lo
                    and not story
                    and names_activity(*told) == own
                    and any(words[k] in lex.freq_back_to_words for k in range(lo, hi))
                ):
                    # "nu er jeg i praktik i Netto, tre dage om ugen. … jeg vil tilbage til
                    # praktik": the wish goes back to the same doing, at the rhythm told
                    return found
                habit = next(((a, b) for a, b in parts if a <= found.start < b), None)
                if (
                    stance == "resource"
                    and habit is not None
                    and habit[1] <= lo
                    and not story
                    and _part_stance(matches, habit[0], habit[1], cl) is None
                    and own in (None, names_activity(*habit))
                ):
                    # "jeg går til stolegymnastik tre gange om ugen og jeg kan mærke at jeg er
                    # blevet stærkere": the resource tells what the habit before it does
                    return found
                if own and not (planned and own in lex.refusal_states):
                    return None  # a new activity; a state ("bange for …") is about the plan
                back = any(words[k] in lex.freq_return_words for k in range(lo, hi))
                # "… hver morgen. det kan jeg selv": the resource points back to the habit
                back = back or (stance == "resource" and words[lo] in lex.resource_back_leads)
                # "I Nepal jeg gav altid olie i mit hår hver fredag. … vil gerne gøre det selv
                # igen": a wish to manage a habit of the past on one's own again goes back to
                # the doing, not to its old rhythm ("før gik jeg til banko hver tirsdag og det
                # vil jeg gerne igen" goes back to the habit)
                back = back and not (
                    stance == "wish"
                    and _selv_in(words, matches, lo, hi, lex)
                    and _past_told(words, told, found.start, g, lex)
                )
                return None if hard and not planned and not back else found
            return quantities.Found(inside.value, inside.start + lo, inside.end + lo)
        return found

    def _same_part_frequency(self, words, matches, cl, stance, parts, lo, hi, names_activity):
        """The frequency inside the next part after (lo, hi) that carries the same stance and
        names the same activity or none of its own ("… jeg tager dem selv hver aften"), the
        first such part only; else None."""
        own = names_activity(lo, hi)
        if own is None:
            return None
        for a, b in parts:
            if a < hi or _part_stance(matches, a, b, cl) != stance:
                continue
            if names_activity(a, b) not in (own, None) and not wished_way_round(
                words, matches, a, b, self.lex
            ):
                # "… Jeg går en tur hver dag": a new activity's habit ("… men hun kan ikke stå
                # ved kassen så hun vil sortere tøj to formiddage om ugen" goes round a trouble)
                return None
            inside = quantities.find_frequency(words[a:b], self.lex)
            return inside and quantities.Found(inside.value, inside.start + a, inside.end + a)
        return None

    def _independence(self, words, matches, aids, people, cl, stance, parts):
        """Independence of the part that carries the stance, else of the whole utterance.

        "hjemmehjælpen hjælper mig med strømperne, men jeg vil gerne selv …" is a wish to
        manage on one's own: the help belongs to the other part.
        """
        lex = self.lex
        if stance == "difficulty" and not lex.independence.alone_words & set(words):
            # "… kan ikke vaske sine fødder. Jeg hjælper ham hver dag": a helper's help of today
            # told beside a difficulty is no way of managing to reach; beside "kan ikke komme i
            # bad alene" it is the help needed, as "har brug for hjælp fra …" is
            matches = [m for m in matches if not _told_help(words, m, lex)]
        if stance != "wish" and clauses.help_needed(words, matches, cl, lex):
            # "sammen med grethe hun går ved siden af mig jeg tør ikke alene endnu og så har jeg
            # min gåvogn": the help one cannot do without is the way, whatever aid is named too
            return clauses.HELP
        if len(parts) > 1 and stance is not None:
            # The parts that carry the stance decide, the first that says anything; the other
            # parts' aid or help is not theirs ("… en rampe, men jeg vil gerne gå på trappen").
            carried, first = False, len(parts)
            for n, (lo, hi) in enumerate(parts):
                inside = [m for m in matches if lo <= m[1] < hi]
                if _stance(inside, cl) != stance or turned_down_part(words, lo, hi, lex):
                    continue  # "Kommunen ville give mig albuestokke. Nej, dem …": a proposal
                carried, first = True, min(first, n)
                found = clauses.independence(
                    words,
                    inside,
                    [a for a in aids if lo <= a[1] < hi],
                    [p for p in people if lo <= p[1] < hi],
                    lex,
                    cl,
                )
                if found == "selv" and not any(lo <= i < hi for _a, i in aids):
                    if aid_got_before(words, aids, parts, n, lex):
                        return "hjaelpemiddel"  # "… fået en seniortelefon og nu … selv"
                    found = self._means_after(words, matches, aids, cl, parts[n + 1 :]) or found
                    found = (
                        _worked_round_with_aid(words, matches, aids, parts[n + 1 :], lex) or found
                    )
                    found = _taught_means(words, matches, aids, cl, parts[n + 1 :], lex) or found
                    # "Jeg vil vaske mig selv. … Jeg vil klare det selv med badestol"
                    found = selv_restated_with_aid(
                        words, matches, aids, cl, parts[n + 1 :], lex, stance,
                        lambda inside: _stance(inside, cl),
                    ) or found  # fmt: skip
                if found is None:
                    found = self._how_after(words, matches, aids, people, cl, parts[n + 1 :])
                if found in (None, "selv"):  # "… men jeg skal have rollatoren med"
                    found = brought_aid(words, matches, aids, parts[n + 1 :], lex) or found
                if found is not None:
                    return found
            if carried and stance == "difficulty":
                # "… i telefonen. med høreapparat kan jeg selv tale med …": how one manages
                later = parts[first + 1 :]
                found = managed_with_aid(
                    words, matches, aids, cl, later, lex, lambda inside: _stance(inside, cl)
                ) or agreed_way(  # "… men han har sagt ja til at vi sammen rydder op"
                    words, matches, aids, people, later,
                    lambda *said: clauses.independence(*said, lex, cl),
                )  # fmt: skip
                if found is not None:
                    return found
            if carried:
                # "selv. kan godt cykle derhen", "selv, jeg kan jo godt gå derhen": a short
                # fragment without a stance of its own may say how, when the stance says nothing
                for lo, hi in parts:
                    inside = [m for m in matches if lo <= m[1] < hi]
                    said_words = sum(w[:1].isalnum() for w in words[lo:hi])  # "," aside
                    if said_words > FRAGMENT_WORDS or _stance(inside, cl) is not None:
                        continue
                    how = clauses.independence(words, inside, [], [], lex, cl)
                    if how == "selv":
                        return how
                    # "med hjaelp fra mig, ..., resten kan han": a fragment opening with the
                    # help; "min datter hjælper mig. jeg vil …" tells how it is today
                    if how == "med_hjaelp" and any(m[1] == lo for m in inside):
                        return how
                return None
            # no part carries the stance alone (it comes from their contrast: "… en rollator men
            # den bruger hun ikke hun går hellere selv"): the whole utterance tells
        found = clauses.independence(words, matches, aids, people, lex, cl)
        if found is None and stance == "wish" and _selv_taken_up(words, matches, cl, lex):
            return "selv"
        return found

    def _how_after(self, words, matches, aids, people, cl, later) -> str | None:
        """How one manages, told in a run-on right after a wish that says nothing of it ("jeg
        vil hellere træne til jeg kan klare de fjorten trin selv"): the same statement goes on
        (no "men" or sentence end between) and does not say what one cannot do."""
        if not later:
            return None
        lo, hi = later[0]
        if words[lo - 1] in self.lex.clause_breaks and not _not_but(words, lo - 1, self.lex):
            return None
        inside = [m for m in matches if lo <= m[1] < hi]
        if _stance(inside, cl) == "difficulty":
            return None
        own = [a for a in aids if lo <= a[1] < hi]
        who = [p for p in people if lo <= p[1] < hi]
        return clauses.independence(words, inside, own, who, self.lex, cl)

    def _means_after(self, words, matches, aids, cl, later) -> str | None:
        """Return hjaelpemiddel when the part right after a wish to manage "selv" tells the aid
        it is done with ("… gå i bad selv uden hjemmeplejen, jeg kan jo sidde på badestolen"): a
        statement of what one can do, not a contrast ("men …")."""
        if not later:
            return None
        lo, hi = later[0]
        inside = [m for m in matches if lo <= m[1] < hi]
        if words[lo - 1] in self.lex.clause_breaks and words[lo - 1].isalpha():
            return None  # "…, men jeg har en rollator": the other side
        if _stance(inside, cl) != "resource":
            return None  # "… selv. jeg går med rollator nu": how it is today, not the means
        own = [a for a in aids if lo <= a[1] < hi]
        found = clauses.independence(words, inside, own, [], self.lex, cl) if own else None
        return found if found == "hjaelpemiddel" else None

    def _columns(self, text: str):
        """The rule keys and token columns of a cleaned text: split, spelling repaired, lemmas."""
        said, spaces = self.tokens.split(text)  # what nlp(text) does, on plain lists
        texts = said
        if self.spelling is not None:
            texts, said = self.spelling.repair(said, spaces)
        return self.lemmatizer.columns(texts, said)

    def _fragments(self, toks) -> str | None:
        """The answer as one phrase when it is a wish said in short parts (fragments.py)."""
        goals = self.content.goals
        if goals is None or self.lex.action is None or not self.lex.action.fragment_max:
            return None
        speller = self.spelling.speller if self.spelling is not None else None

        def definite(stem: str) -> str | None:
            found = speller.definite(stem) if speller is not None else None
            return found[0] if found else None

        names = speller.person_names if speller is not None else {}
        places = speller.proper if speller is not None else {}
        return joined_fragments(
            toks.lower, toks.text, toks.punct, toks.lemma, toks.stop, self.lex, goals.grammar,
            definite, names.__contains__, places.__contains__,
        )  # fmt: skip

    def _members(self, words, texts) -> list[tuple[str, int]]:
        """The first names said with their group ("Kim fra bandet") and the others of a group
        said helping ("de andre i lauget hjælper mig"): group_member.py."""
        speller = self.spelling.speller if self.spelling is not None else None
        if speller is None:
            return []
        named = group_members(
            words, texts, self.lex, speller.is_word, speller.person_names.__contains__
        )
        return [*named, *group_fellows(words, self.lex)]  # "de andre i lauget hjælper mig"

    def _unknown(self, texts: list[str]) -> list[str]:
        """The words of `texts` the speller's tables do not know, as said, once each."""
        speller = self.spelling.speller if self.spelling is not None else None
        if speller is None:
            return []
        unknown, out = self.unknown, []
        for t in dict.fromkeys(texts):
            found = unknown.get(t)
            if found is None:
                found = unknown.get_or(t, _is_unknown, t, speller)
            if found:
                out.append(t)
        return out

    def _danish(self, text: str) -> str:
        """text without the clauses of another language said between its marks
        (foreign_parts)."""
        speller = self.spelling.speller if self.spelling is not None else None
        if speller is None:
            return text
        saying = self.content.goals.grammar.reported_verbs  # "siger, you can do it": a quote
        return without_foreign_parts(text, speller.is_word, speller.foreign_function_words, saying)

    def _uncommon(self, unknown: list[str]) -> list[str]:
        """The unknown words that are no everyday word either (common_words.txt: "bestemme",
        "beholde" are known there though no dictionary table holds them): non-words."""
        speller = self.spelling.speller if self.spelling is not None else None
        common = getattr(speller, "common", None) or {}
        return [u for u in unknown if u.lower() not in common]

    def model_features(self, text: str) -> frozenset[str]:
        """The words of text the activity counts are kept for (activity_model.features)."""
        _keys, toks = self._columns(nfc(text or "")[:MAX_CHARS].strip())
        return self._model_features(toks.lower, toks.lemma, toks.stop)

    def _model_features(self, words, lemmas, stops) -> frozenset[str]:
        """activity_model.features without the place a person is named from ("min kollega fra
        busserne": whose colleague, not travel), as the rules weigh it (activity.origin_tokens),
        and without where a ride goes (activity.destination_tokens). Number words are left
        out as digits are ("to gange om ugen" says how often, not what)."""
        # … nor where a ride goes ("køre på den ned til Brugsen"), but for words of the ride
        cues = activity.utterance_cues(words, lemmas, self.index, self.content, stops)
        where_to, origin, _led, _strong = activity.utterance_places(words, lemmas, self.lex, cues)
        travel = self.lex.travel_activity
        origin = set(origin) | {i for i in where_to if travel not in dict(cues[i])}
        cardinals = self.lex.numbers.cardinals
        stops = [
            s or i in origin or w in cardinals
            for i, (s, w) in enumerate(zip(stops, words, strict=True))
        ]
        return activity_model.features(words, lemmas, stops, self.model_skip)

    def _company(self, words, lemmas, span: tuple[int, int]) -> frozenset[int]:
        """The people in span said as the company a task is done with or the ones it is done
        for: after "med", "sammen" or a recipient lead ("til") and only determiners ("med mit
        barnebarn", "sammen med mine venner", "skænke kaffe op til sine gamle kammerater")."""
        lead = self.lex.action.object_company if self.lex.action else frozenset()
        lead = lead | self.lex.recipient_leads
        dets = self.lex.action.object_determiners if self.lex.action else frozenset()
        lo, hi = span
        out = set()
        for _p, i in clauses.named(
            words, lemmas, self.lex.people, compounds=False, memo=self.people_named
        ):
            k = i - 1
            while lo <= k < i and words[k] in dets:
                k -= 1
            if lo <= i < hi and k >= lo and words[k] in lead:
                out.add(i)
        return frozenset(out)

    def _vague_head_dropped(self, match: re.Match[str]) -> str:
        """The word before a hyphen and a thing word ("glasaabner-ting": "glasaabner"), read
        through the aid words and spelling; when it says what the thing is for, the two said
        apart ("stroempe-tingen": "stroempe tingen", a strømpepåtager in clauses.loose_aids)."""
        said, thing = match.group(1), match.group(2)
        return f"{said} {thing}" if fold(said) in self.loose_purposes else said

    def analyze(self, text: str, today: date) -> Facts:
        """Return the facts of one Danish utterance (never raises on odd text)."""
        text = nfc(text or "")[:MAX_CHARS].strip()
        if not text:
            return Facts()
        text = commas_as_fragments(text)  # "orkidéerne, selv, igen": read as fragments
        if self.vague_head is not None and "-" in text:
            text = self.vague_head.sub(self._vague_head_dropped, text)
        keys, toks = self._columns(text)
        g = self.content.goals.grammar if self.content.goals is not None else None
        named = verbal_noun_wish(toks.lower, toks.text, toks.punct, self.lex, g) if g else None
        if named is not None:  # "Strygning. Mandens skjorter.": "stryge min mands skjorter."
            text = named
            keys, toks = self._columns(text)
        typed_last = _last_part(toks.lower)  # the company is read from the parts as typed
        joined = self._fragments(toks)
        if joined is not None:  # "sengen. rede den. selv": a wish in parts is one phrase
            text = joined
            keys, toks = self._columns(text)
        words, lemmas, stops = toks.lower, toks.lemma, toks.stop
        lex = self.lex
        found = self.rules.find(keys, toks.punct)
        excuses = excuse_spans(words, found, lex)  # "… og vil hellere se fodbold": side words
        matches = _without_idle_cues(words, found, lex)
        # "min datter vil ha a ska ha en komfurvagt men det vil a int": the daughter's wish
        others_wished = others_wish_spans(words, matches, lex)
        matches = without_others_wish(words, matches, others_wished)
        # "jeg kan ikke arbejde mere end fire timer, … men chefen vil have otte timer": the boss's
        demands = others_demand_spans(words, matches, lex)
        matches = without_demands(matches, demands)
        # "min søn skriver dem ikke mere for mig": a help no longer needed denies the trouble
        ended = ended_help_spans(words, matches, lex)
        matches += [(HELP_ENDED, s, e) for s, e in ended]
        labels = {lab for lab, _s, _e in matches}

        # "hun vil ikke ud … fordi folk kigger": a refusal's cause is no reason for a goal
        wishes = _wishes(matches)
        troubles = [s for lab, s, _e in matches if lab in _TROUBLE_LABELS]
        hard = [s for lab, s, _e in matches if lab == _DIFFICULTY]
        cl = clauses.find_clauses(words, lex, bool(wishes), wishes, troubles, lemmas, hard)
        stance = _contrast_stance(words, matches, cl, _stance(matches, cl), lex)
        stance = _conceded_stance(words, matches, cl, stance, self.content.goals.grammar, lex)
        stance = overcome_stance(words, matches, stance, lex)  # "kunne ikke …, nu spiser han selv"
        fixed = clauses.last_correction(words, lex.action) if lex.action else None
        if (
            fixed is not None
            and (later := _part_stance(matches, fixed, len(words), cl))
            and not reason_refusal_only(words, matches, fixed, stance, lex)  # "… og vil ikke …"
        ):
            # "jeg kan godt selv tørre støv af nej vent det kan jeg jo ikke …": what is said
            # after the correction stands; the stance and how one manages before it are taken back
            stance = later
            matches = [m for m in matches if m[1] >= fixed or m[0].startswith(_ACTIVITY_LABELS)]
        # "hver lørdag. nej den første lørdag i måneden": a value's own self-repair
        refixed = _value_correction(words, fixed, cl, lex)

        if stance == "wish":  # "hun skal bare have en der skriver det op": names no activity
            matches = [*matches, *((_NO_ACTIVITY, s, e) for s, e in helper_spans(words, lex))]
        fronted = _fronted(words, matches, lex)  # "til brylluppet i kirken vil jeg gerne …"
        side_at = _side_tokens(len(words), fronted, matches, cl, excuses)
        cues = activity.utterance_cues(words, lemmas, self.index, self.content, stops)
        # "drikke sin kaffe … uden at spilde": how the deed is to go names its own activity
        if stance == "wish":
            side_at = agreeing_without(
                words, side_at, cl.without, cues, lex, activity.DEFAULT_WEIGHT
            )
        side = side_at.__getitem__
        matches = without_drive_objects(words, matches, cues, lex)  # "gider ikke mere petanque"
        scores = activity.score_activities(
            words, lemmas, matches, self.index, self.content, side, cues=cues
        )
        mods = clauses.modifier_spans(words, lemmas, lex, stance == "wish")
        mods += _tools(words, matches, cues, side, lex)
        mods += refused_aid_reasons(words, matches, lex)  # "…, den er for gamle mennesker"
        mods += others_state_spans(words, lex)  # "… de andre er så sure": not the citizen
        mods += event_time_spans(words, stops, lex)  # "… efter vandgymnastikken": when
        mods += nested_place_spans(words, cues, lex)  # "i bruseren i svømmehallen": where
        # "…, å banken vil ha min underskrift på papirerne": what an institution wants
        mods += tuple((lo, hi) for lo, hi in demands if words[lo] in lex.demand_institutions)
        mods += clauses.fear_spans(
            words, lex, frozenset(s for lab, s, _e in matches if lab[:4] == "ACT:")
        )
        refused = _refusals(words, matches, cues, lex) if stance != "wish" else ()
        # … and one that opens a sentence ("Når jeg tager toget …, jeg tør ikke gå på toilettet")
        opened = fronted_occasion_spans(words, lex)
        occasions = clauses.occasion_spans(words, lex) + opened
        scene: tuple[tuple[int, int], ...] = ()  # the opening occasions weighed as side words
        tasks = self.task_activities
        worries = worry_spans(words, lemmas, lex)  # "tænker på penge og regninger"
        for spans, states in (
            (mods, None),
            (occasions, tasks),
            (refused, lex.refusal_states),
            (worries, lex.worry_states),
        ):
            if not spans:
                continue
            # "… hvis jeg husker høreapparatet", "… og så kan han ikke høre …": a clause that
            # only modifies the point weighs as side words, while the rest still names one;
            # "… vil ikke have besøg" only beside a state it comes from ("er blevet så angst")
            marked = list(side_at)
            for lo, hi in spans:
                marked[lo:hi] = [True] * len(marked[lo:hi])
            trial = activity.score_activities(
                words, lemmas, matches, self.index, self.content, marked.__getitem__, cues=cues
            )
            found = activity.best_activity(trial, self.lex.means_activities)
            # "… vil gerne kunne gå rundt om banen når mit barnebarn spiller kamp": after a
            # wish, the occasion gives way to the wish's own walk (a capacity) too
            wished_first = spans is occasions and _wish_before(matches, spans[0][0])
            if found is not None and (states is None or found in states or wished_first):
                side_at, scores = tuple(marked), trial
                side = side_at.__getitem__
                scene = opened if spans is occasions else scene
        act = activity.best_activity(scores, self.lex.means_activities)
        parts = _parts(words, lex, soft=False)  # split at "men" and sentence ends
        act = (
            self._stance_part_activity(words, lemmas, matches, cl, side, cues, stance, parts) or act
        )
        act = self._lost_activity(words, lemmas, matches, cl, side, cues, stance, parts, act)
        # "kører selv ned i Rema på min el-scooter … og handler ind": the errand, not the ride
        act = (
            errand_of_ride(
                words,
                lemmas,
                act,
                lex,
                lambda lo, hi: self._span_activity(words, lemmas, matches, side, cues, (lo, hi)),
            )
            or act
        )
        own_task = None  # the wish's span and the activities its own verb phrase names
        wish_span = None  # the span of the wish's own words
        span_act = None  # the span of the wish's own words, when they chose the activity
        wished = clauses.own_action_tokens(
            words,
            lex.action,
            cl,
            [],
            toks.punct,
            lambda i: _run_on(words, i, lex),
            lex.negations,
        )
        if stance == "wish" and wished:
            into = [s for lab, s, e in matches if lab[:4] == "ACT:" and s < wished[0] < e]
            span = (min([*into, wished[0]]), wished[-1] + 1)
            own_task = (span, _phrase_activities(words, lemmas, matches, cues, span, lex))
            wish_span = span
        if (
            stance == "wish"
            and wished
            and not set(words[k] for k in wished) & lex.pointing_back
            and not _bare_motion(words, wished, cues, lex)
        ):
            # "… bange for at gå ud i byen, og jeg vil gerne kunne nå på toilettet i tide": the
            # wish's own words name its activity (a thing, not only a verb such as "gå"); side
            # words elsewhere do not. "klare det selv" points back: the context tells, and so
            # does a bare "gå op" ("bor paa 3 sal … vil gerne kunne gaa op").
            # a phrase that runs into the wish's words is theirs ("selv kunne køre ud til …")
            found, score = self._span_activity(words, lemmas, matches, side, cues, span)
            walk = lex.motion_activity
            if found not in (None, walk) and _walk_with_aid(words, lemmas, own_task[0], lex):
                # a tie with the wish's own walk said with its aid and where to ("gå med min
                # stok ud i haven": the walking, not the garden) goes to the walk
                spanned = activity.score_activities(
                    words, lemmas, matches, self.index, self.content, side, span=span, cues=cues
                )
                found = walk if walk in spanned and spanned[walk][0] == score else found
            whole = scores[act][0] if act in scores else 0.0
            if found and score >= max(lex.wish_span_min, whole * lex.wish_span_share):
                act = found
            elif (
                found
                and act is not None
                and score >= lex.wish_span_min
                and trouble_gives_way(
                    act,
                    scores[act][1],
                    span,
                    parts,
                    activity.score_activities(
                        words, lemmas, matches, self.index, self.content, side, span=span, cues=cues
                    ),
                    lambda lo, hi: _part_stance(matches, lo, hi, cl),
                )
            ):
                act = found  # "… kvindegruppen … igen. Efter jeg faldt, jeg kan ikke gå derhen"
            # the wish's words agree, told after a story in sentences of its own
            told_after = any(w in _SENTENCE_ENDS for w in words[: span[0]])
            span_act = span if found and found == act and told_after else None
            if (
                found is None
                and act is not None
                and not own_task[1]
                and self.semantic
                and _trouble_named(matches, scores, act, parts, cl)
            ):
                # "Jeg vil gerne selv lave gullasch …, men jeg kan ikke skære kødet": no rule
                # reads the wish's own words, the thesaurus does; the cue of the trouble beside
                # them gives way to what the wish names
                lo, hi = span
                inside = [s or not lo <= i < hi for i, s in enumerate(stops)]
                act = (
                    semantic_cues.semantic_activity(
                        words,
                        lemmas,
                        inside,
                        self.semantic.cues,
                        self.model_skip,
                        self.semantic.verbs,
                    )
                    or act
                )
        if fixed is not None:
            # "… spise aftensmad sammen med de andre nej vent det er ikke det det er at jeg ikke
            # kan skære kødet": the correction names another activity and drops the first
            after = activity.score_activities(
                words, lemmas, matches, self.index, self.content, side, span=(fixed, len(words))
            )
            found = activity.best_activity(after, lex.means_activities)
            act = found if found and act not in after else act
        if act is None and (cl.motivation is not None or cl.without or cl.told):
            # "jeg har en gribetang, så jeg selv kan tage sokker på", "han kan ikke komme nogen
            # steder uden at vi kører ham": when the main clause names no activity, the purpose
            # or "uden …" clause tells which one the statement is about.
            scores = activity.score_activities(
                words, lemmas, matches, self.index, self.content, lambda _i: False, cues=cues
            )
            act = activity.best_activity(scores, self.lex.means_activities)
        if act is None and lex.motion_activity and lex.action:
            # "ned paa havnen igen", "jeg vil gerne ud til stranden": getting somewhere, said
            # without a verb or a thing; the goal says it with "gå"
            start = (
                wished[0]
                if wished
                else next((k for k, w in enumerate(words) if w not in lex.fillers), len(words))
            )
            somewhere = start + 2 < len(words) or (wished and start + 1 < len(words))
            directions = lex.action.bare_directions
            if somewhere and words[start] in directions and stance in ("wish", None):
                act = lex.motion_activity
        way = (
            self._way_trained(words, lemmas, matches, side, cues, wished, act)
            if stance == "wish" and wished and act is not None
            else None
        )
        if way is not None:
            act = way  # the rules pin it: the counts' near ties do not overrule the way
        elif act is not None and self.model is not None:
            # the rules chose one of the activities named; the golden corpus's word counts
            # overrule it when it is far less likely there ("… tør ikke gå ned og vaske tøj"),
            # but not the task the wish names with its own verb and object for one its words
            # do not name ("lave sin morgenkaffe … i den gamle kaffemaskine han kender" stays
            # cooking; "snakke med min søn … på ipaden" may become the tablet's); the company
            # it is done with names none ("ud og fiske … med mit barnebarn")
            # … nor a sentence beside the wish's about another's doing ("… Hele familien
            # drikker kaffe af hendes kopper.")
            others = (
                others_sentence_tokens(words, lex, _SENTENCE_ENDS, wished[0])
                if stance == "wish" and wished
                else frozenset()
            )
            own_stops = [s or i in others for i, s in enumerate(stops)] if others else stops
            feats = self._model_features(words, lemmas, own_stops)
            other = self.model.second_opinion(feats, act)
            if other != act and own_task is not None and act in own_task[1]:
                lo, hi = own_task[0]
                cuts = sorted(self._company(words, lemmas, own_task[0]))
                pieces = zip([lo, *(k + 1 for k in cuts)], [*cuts, hi], strict=True)
                named = set().union(
                    *(
                        activity.score_activities(
                            words, lemmas, matches, self.index, self.content, side, span=piece
                        )
                        for piece in pieces
                        if piece[0] < piece[1]
                    )
                )
                other = other if other in named else act
            if other != act and stance == "wish" and (own_task is None or not own_task[1]):
                # "min nabo bærer skraldeposen ned for mig men jeg vil gerne selv kunne igen den
                # vejer jo tit fem kilo": a bare wish borrows the task told before "men"
                other = borrowed_task_choice(
                    words,
                    matches,
                    parts,
                    act,
                    other,
                    lambda span: activity.score_activities(
                        words, lemmas, matches, self.index, self.content, side, span=span
                    ),
                    lex,
                )
            # an activity the rules set with no cue of its own (a direction of motion) has no
            # score: the counts then choose only among what the wish's words name
            faint = (
                other not in scores
                or act not in scores
                or scores[other][0] * _FAR_WEAKER <= scores[act][0]
            )
            if other != act and span_act is not None and faint:
                # "Da jeg lå på sygehuset … hjernen. Jeg vil gerne tilbage i kirkekoret og synge
                # med igen": the story told before the wish sways the counts to an activity no
                # word names, or names far less than the wish's ("… min nabo Ruth har haft
                # hans plads. Jeg vil … gå i teatret igen"); they choose only among the
                # activities the wish's own words name
                spanned = activity.score_activities(
                    words, lemmas, matches, self.index, self.content, side, span=span_act, cues=cues
                )
                other = other if other in spanned else act
            if other != act and ((stance == "wish" and wish_span is not None) or scene):
                # "far vil gerne ud og finde geocacher i skoven … men han kan ikke se skaermen
                # paa telefonen", "Når jeg kører med flextrafik …, kan jeg ikke nå at tisse": the
                # wish's own words (or the words after the opening occasion) name the rules'
                # activity and never the counts' (the trouble's phone, the occasion's ride): the
                # reading stands unless the counts are far more certain (activity_model_margin)
                part_scores = lambda lo, hi: activity.score_activities(  # noqa: E731
                    words,
                    lemmas,
                    matches,
                    self.index,
                    self.content,
                    side,
                    span=(lo, hi),
                    cues=cues,
                )
                own, beside = reading_spans(
                    wish_span if stance == "wish" else None,
                    scene,
                    parts,
                    len(words),
                    lambda lo, hi: (
                        _part_stance(matches, lo, hi, cl)
                        if not any(lab == "wish_negated" and lo <= s < hi for lab, s, _e in matches)
                        else None
                    ),  # "han vil ikke gå til holdtræning …": a refusal, no trouble
                )
                other = kept_reading(
                    act,
                    other,
                    part_scores(*own),
                    self.model.lead(feats, other, act),
                    named_only_beside(other, beside, own, len(words), part_scores),
                )
            act = other
        if act is None and self.semantic:
            # "jeg vil gerne selv kunne tage min cardigan på": no cue names it, the thesaurus
            # files the word under one activity's nouns
            act = semantic_cues.semantic_activity(
                words, lemmas, stops, self.semantic.cues, self.model_skip, self.semantic.verbs
            )
        # no activity named: the counts' guess, kept aside for a dialogue that must have one
        # (each word the counts never saw backed off to a counted one: "drikk", "insulin|stik")
        unread = self._model_features(words, lemmas, stops) if act is None else frozenset()
        guess, lead = (
            self.model.guess(unread, lex.model_backoff_endings)
            if act is None and self.model is not None
            else (None, 0.0)
        )
        # "min mand vil gerne selv kunne melde flytning": a wish is about some activity (the
        # goal's is always one); no rule read it, so the counts' guess when a telling word makes
        # it clear (GUESS_LEAD), marked as a guess; "jeg vil gerne kunne klare mig selv" has none
        told_guess = guess if stance == "wish" and lead >= activity_model.GUESS_LEAD else None
        plain = act is not None and stance is None
        if act is None and "no_answer" in labels:
            stance = None  # "det ved jeg ikke" is no statement about everyday life
        elif plain:
            # A plain statement about an activity ("jeg går ture hver morgen") tells what
            # the person does: a resource, or with a negation a difficulty.
            stance = "difficulty" if _plain_negation(words, lex, ended) else "resource"

        deadline = find_deadline(words, today, lex.time, cl.in_motivation)
        # "… i januar … inden den 12. januar": the day of the month said later is sharper
        deadline = day_in_month(words, deadline, today, lex.time, cl.in_motivation)
        deadline = fragment_month(words, deadline, today, lex.time)  # "slut. marts."
        # a part's activity is said by its words before its deadline, the first one said when
        # it was repaired ("… lære at stikke sig selv inden påske nej inden vinterferien": the
        # holiday is when, not what)
        timed_from = deadline.start if deadline is not None else None
        if refixed is not None and deadline is not None and deadline.start < refixed:
            deadline = _corrected_deadline(words, deadline, refixed, today, lex) or deadline
        names_activity = lambda lo, hi: self._span_activity(  # noqa: E731
            words,
            lemmas,
            matches,
            side,
            cues,
            (lo, timed_from if timed_from is not None and lo < timed_from < hi else hi),
        )[0]
        soft_parts = _parts(words, lex, soft=True)
        # "men lagen skal godkende det": the doctor typed plainly (a sheet elsewhere)
        as_people = person_words(words, lex)
        names = self.spelling.speller.person_names if self.spelling is not None else {}
        is_name = names.__contains__
        people = [
            (p, i)
            for p, i in club_coaches(  # "træneren i klubben": the club's coach
                as_people,
                ended_ties(  # "min fraskilte kone": ekskone, no wife of today
                    as_people,
                    clauses.named(
                        as_people,
                        lemmas,
                        lex.people,
                        compounds=False,
                        tails=lex.people_tails,
                        wholes=lex.whole_people_heads,
                        memo=self.people_named,
                    ),
                    lex,
                ),
                lex,
            )
            if _owned_or_known(as_people, i, lex)  # "en gammel kone", "som et barn": anyone
            and _determined(as_people, i, p, lex)  # "frivilligt arbejde", "som frivillig": no one
            and not _speaker_said(as_people, i, lex)  # "jeg er hans nabo": the one speaking
            # "jeg er nattevagt i hjemmeplejen": where the one speaking works
            and not speaker_workplace(as_people, i, lex)
            and not shift_worked(as_people, i, lex)  # "min kone har nattevagter": a shift
            and (  # "mor var besøgsven": what she was; "mette som er gruppeleder": her
                not _role_said(as_people, i, p, lex) or named_role(as_people, i, lex, is_name)
            )
            and not played_role(as_people, i, lex)  # "være hans kone og ikke kun …": a role
            and not _said_of_person(as_people, i, lex)  # "min svoger er min chef": one person
            and not restated_person(as_people, i, lex)  # "min morfar, altså hans søn": one
            and not _kin_of_other(as_people, i, lex)  # "hun er Almas mor": who she is to Alma
            and not spouse_of_named(as_people, i, lex)  # "han er gift med mit barnebarn"
            and not _owner_of_thing(as_people, i, p, lex)  # "min søns gamle cykel": its owner
            and not _addressed(as_people, i, p, lex)  # "nej far du skal hvile": spoken to
            and not gone_to(as_people, lemmas, i, lex)  # "gå til lægen": a place
            and not booked_at(as_people, i, lex)  # "bestille tid hos lægen": a place
            and not placed_stranger(as_people, i, lex)  # "manden i butikken": a man there
            and not errand_at(as_people, i, lex)  # "gå til kontrol hos lægen": a place
            and not course_at(as_people, i, lex)  # "er startet hos psykologen": a place
            and not moved_practice(as_people, lemmas, i, lex)  # "Min læge er flyttet"
            and not job_charges(as_people, i, lex)  # "har været dagplejemor og savner børnene"
            and not among(as_people, i, p, lex)  # "den eneste i familien": where
            and not audience_of(as_people, i, lex)  # "en samtalegruppe for pårørende": for whom
            and not cared_for(as_people, i, lex)  # "sørger for, at børnene sidder stille"
            and not visited_only(as_people, i, lex)  # "aftaler hos frisøren og fodterapeuten"
            and not verb_said(as_people, toks.text, i, lex)  # "jeg lærer at gå": no teacher
        ]
        people = sorted([*people, *self._members(words, toks.text)], key=lambda p: p[1])
        people = owners_for_kin(words, people, lex)  # "naboens søn": the neighbour's kin
        speller = self.spelling.speller if self.spelling is not None else None
        names = speller.person_names.__contains__ if speller is not None else None
        persp = clauses.perspective(words, lemmas, lex, cl, names)
        if persp == "self" and _only_third_person_stances(words, lemmas, matches, lex, cl):
            persp = "other"  # "jeg er hendes nabo og … hun kan ikke nå ud på toilettet"
        if persp != "self" and wisher_named(words, lemmas, others_wished, lex):
            persp = "self"  # "min kone vil gerne have at jeg går med …, men det gider jeg ikke"
        if persp == "self":  # "… så de får et kort fra farmor": the one speaking, so called
            # and "Birthe har nok at se til med sin mand": someone else's husband
            people = [
                (p, i)
                for p, i in people
                if not _own_kin_name(words, i, lex) and not _others_own(words, i, lex)
            ]
            # "min datter og hendes børn": the citizen's grandchildren; "Emil og hans
            # lillesøster": no sister of the citizen's
            people = _joined_ones_kin(words, toks.text, people, lex, names)
        # told by a relative, the person the utterance is about (the first subject named, and
        # every later mention of them) is the citizen; people in a reason or an "uden …" stay,
        # and so does another subject ("… men det er min søster der hænger det op")
        # one said with the speaker ("min kone og jeg …") is the citizen only when nobody else
        # is and the wish is hers alone (speaker_pair)
        about = (
            next(
                (
                    p
                    for p, i in people
                    if not cl.in_motivation(i)
                    and _is_about(words, i, lex)
                    and not with_speaker(words, i, lex)
                ),
                None,
            )
            if persp == "other"
            else None
        )
        if about is not None:  # "Min bror har overtaget gården, og far vil så gerne …": far
            about = (
                wishing_kin(
                    words,
                    people,
                    about,
                    lex,
                    lambda i: not cl.in_motivation(i) and _is_about(words, i, lex),
                )
                or about
            )
        done_for = _done_for(words, people, cl, lex) if persp == "other" and about is None else None
        told = None  # the one told of, no subject (speaker_pair)
        if done_for is not None:  # "nu er det mig der handler for far, men han vil …": the citizen
            about = done_for[0]
        elif persp == "other" and about is None:
            third = _only_third_person_stances(words, lemmas, matches, lex, cl)
            told = told_of(words, people, cl, lex, third)
            about = told[0] if told else None
        freq = self._stance_part_frequency(
            words, lemmas, matches, cl, stance, soft_parts, names_activity
        )
        if freq and cl.in_motivation(freq.start) and cl.motivation:
            # "…, så hun ikke skal vente på at jeg kommer om lørdagen": the reason's time; but
            # "… en indkøbsvogn, så han selv kan handle to gange om ugen" says how often the
            # wished thing is done, when nothing before the reason says it
            cut_at = cl.motivation[0]
            before = quantities.find_frequency(words[:cut_at], lex)
            weekday = (
                words[freq.end - 1] in lex.weekdays and words[freq.start] not in lex.every_words
            )
            # "… om onsdagen": the reason's day ("hver søndag" is how often)
            # a negation only after it ("så jeg står op … hver dag og ikke ligger …") keeps it
            avoided = _negated_reason(words, cl, lex, freq.start)
            freq = before if before or weekday or avoided else freq
        if freq and _in_without_clause(words, freq.start, cl, lex):
            # "… uden at min datter skal ringe hver morgen": that person's habit
            freq = quantities.find_frequency(words, lex, freq.end)
            freq = None if freq and _in_without_clause(words, freq.start, cl, lex) else freq
        freq = quantities.past_lone_day(words, freq, lex)  # "om søndagen og … hver dag"
        company = act in lex.company_activities  # "… og naboen kommer til kaffe hver søndag"
        # "æ hjemmepleje kommer tre gang om æ dag å drypper …, men a vil … gør det selv": the
        # service's routine taken over is the goal's
        served = stance == "wish" and service_taken_over(words, freq, parts, lex)
        while (
            freq is not None
            and not served
            and (
                helper_habit(
                    words,
                    freq.start,
                    people,
                    about,
                    persp,
                    lex,
                    company,
                    stance == "difficulty",
                    self.content.goals.grammar,
                )
                or service_had(words, freq.start, lex)  # "har hjemmepleje tre gange om dagen"
            )
        ):
            # "min nevø kommer en gang om måneden og hjælper mig": the helper's habit
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance != "wish" and freq and treatment_rhythm(words, freq.start, lex):
            # "træt efter dialysen tre gange om ugen": the treatment's rhythm, no goal's
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance != "wish" and freq and existential_habit(words, freq.start, lex):
            # "kan ikke huske hvad de hedder, der kommer en ny hver uge": the others' rhythm
            freq = quantities.find_frequency(words, lex, freq.end)
        if deadline and _others_time(words, deadline.start, matches, people, about, persp, lex):
            # "…, min datter hun viser mig det i weekenden": when she helps, no date to reach
            end = deadline.end
            later = find_deadline(words[end:], today, lex.time, lambda k: cl.in_motivation(k + end))
            deadline = later and DeadlineMatch(later.date, later.start + end, later.end + end)
        while deadline and _rest_time(words, lemmas, deadline.start, soft_parts, matches, cl, lex):
            # "alle hverdage. i weekenden må jeg godt ligge lidt": when the citizen rests or does
            # not do it, no date to reach; a later time may be one
            end = next(hi for lo, hi in soft_parts if lo <= deadline.start < hi)
            later = find_deadline(
                words[end:], today, lex.time, lambda k, end=end: cl.in_motivation(k + end)
            )
            deadline = later and DeadlineMatch(later.date, later.start + end, later.end + end)
        while stance == "difficulty" and freq and _trouble_count(words, matches, freq.start, lex):
            # "kan ikke huske … og han spørger om det samme tyve gange om dagen": today's story
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance == "difficulty" and freq and trouble_event(words, freq, lex):
            # "far falder to gange om ugen", "jeg glemmer mine piller hver dag": the trouble's
            freq = quantities.find_frequency(words, lex, freq.end)
        while freq and forced_count(words, freq, lex):
            # "… tre fire gange hver nat pga prostataen": what the trouble forces on the night
            freq = quantities.find_frequency(words, lex, freq.end)
        while (
            stance == "difficulty"
            and freq
            and freq.start
            and words[freq.start - 1] in lex.limit_leads
        ):
            # "hun får kun en kop kaffe om dagen": today's scant amount, no goal's rhythm
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance == "difficulty" and freq and consequence_habit(words, freq.start, lex):
            # "kødet vil ikke ned så jeg spiser bare suppe hver dag": the habit it leads to
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance == "difficulty" and freq and quantities.after_pause(words, freq.start, lex):
            # "er træt hele tiden og må hvile mig tre gange om dagen": the rests the trouble
            # forces, no goal's rhythm
            freq = quantities.find_frequency(words, lex, freq.end)
        freq = _corrected_frequency(words, freq, refixed, lex)  # "to gange … eller nej tre gange"
        freq = _rejected_frequency(words, freq, lex)  # "hver søndag det kan jeg ikke klare …"
        freq = _denied_frequency(words, freq, lex)  # "… hver dag men det gør hun altså ikke"
        freq = _preferred_frequency(words, freq, lex)  # "hellere hver anden … for meget …"
        freq = _summed_frequency(words, freq, lex)  # "hver aften og …, altså to gange om dagen"
        freq = routine_rhythm(words, freq, act, lex)  # "vaske fødder fem gange hver dag": 5 a day
        if (
            freq is not None
            and _told_event(words, freq.start, lex, how_often=True)
            and not _points_back(words, freq.end, lex)
            and not prescribed(words, 0, freq.start, lex)  # "lægen har sagt … hver dag"
        ):
            # "… ligesom han gjorde hver lørdag før operationen": a habit of the past
            freq = quantities.find_frequency(words, lex, freq.end)
        while freq is not None and compared_habit(words, freq.start, lex):
            # "… til påske ligesom hvert år": the habit the wish is like, no goal rhythm
            freq = quantities.find_frequency(words, lex, freq.end)
        while freq is not None and _bygone_habit(words, freq, lex):
            # "kørte deres bus hver onsdag i ti år", "vil ikke med ud om søndagen mere"
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance == "difficulty" and freq and _trouble_fragment(words, freq, matches, lex):
            # "jeg glemmer hvor jeg har lagt nøglerne. hver dag.": how often the trouble happens
            freq = quantities.find_frequency(words, lex, freq.end)
        if stance is not None and freq is not None and words[freq.start] in lex.numbers.vague:
            wished_before = any(lab == "wish" and st < freq.start for lab, st, _e in matches)
            if not wished_before:  # "det sker mange gange om dagen": a trouble's count, no goal
                freq = None
        if stance == "wish" and freq is not None:
            freq = _wished_frequency(words, freq, cl, lex)
        while stance == "wish" and freq and night_need_before_wish(words, freq, matches, lex):
            # "skal op og tisse tre fire gange hver nat … vil gå selv ud på toilettet": the need
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance == "wish" and freq and trouble_before_wish(words, freq, matches, lex):
            # "ligger vågen til klokken tre hver nat … så jeg vil prøve at …": today's trouble
            freq = quantities.find_frequency(words, lex, freq.end)
        while stance == "wish" and freq and _idle_habit(words, freq, matches, soft_parts, lex):
            # "vil gerne sove bedre, ligger vågen til klokken tre hver nat": the trouble's rhythm
            freq = quantities.find_frequency(words, lex, freq.end)
        if deadline and freq and freq.start <= deadline.start < freq.end:
            deadline = None  # "mandag til fredag" is a habit, not a date
        trouble_leads = lex.time.trouble_time_leads
        story = deadline and _habit_story(
            words, matches, cl, stance, soft_parts, deadline.start, names_activity, lex
        )
        if story:  # "basaren er hvert år før påske … så jeg vil gerne bage …": a later one counts
            end = story[1]
            later = find_deadline(words[end:], today, lex.time, lambda k: cl.in_motivation(k + end))
            deadline = later and DeadlineMatch(later.date, later.start + end, later.end + end)
        if (
            deadline
            and stance == "difficulty"
            and words[deadline.start] in trouble_leads
            and not _after_unreached(words, deadline.start, today, lex)
        ):
            deadline = None  # "tager sommerkjole på midt i december, hun kan ikke …": when
        skip = [(deadline.start, deadline.end)] if deadline else []
        if freq:
            skip.append((freq.start, freq.end))
        measures = [
            m
            for m in quantities.find_measures(words, lex, skip)
            # "er faldet to gange", "har tabt otte kilo", "har to gange glemt"
            if not _told_event(words, m.start, lex, end=m.end)
            and not fronted_story_count(words, m.start, m.end, lex)  # "to gange er gryden brændt"
            # "så jeg ikke skal vente i en time": an amount to avoid; "…, det er seksten trin"
            # after the negated clause is a clause of its own
            and not (cl.in_motivation(m.start) and _negated_clause(words, cl, lex, m.start))
            # "vi er der kun ti minutter om morgenen": the home care's visit, no goal's
            and not visit_length(words, m.start, people, about, persp, lex)
            # "…, men chefen vil have otte timer": the amount another demands, and the limit
            # said against it ("kan ikke arbejde mere end fire timer"), are no goal's
            and not in_spans(m.start, demands)
            and not any(limit_against(words, m.start, lo, lex) for lo, _hi in demands)
        ]
        while hours_a_day(words, freq, measures, lex):
            # "vil arbejde tre timer om dagen": how long each day's stint is, no goal frequency
            freq = quantities.find_frequency(words, lex, freq.end)
        wish_at = min((st for lab, st, _e in matches if lab == "wish"), default=None)
        if stance == "difficulty" and wish_at is None:
            # "nogle dage får den mad to gange og andre dage slet ikke": a trouble told with no
            # wish counts how often it happens, no goal's repetitions
            measures = [m for m in measures if lex.units.get(words[m.end - 1]) != _TIMES]
        # "må ligge på sengen en time bagefter", "leder en halv time": the time the trouble costs
        idle = [
            m
            for m in measures
            if _idle_duration(words, m, wish_at, lex)
            # "efter hun sad fast i den i to timer": how long a past event lasted
            or (
                _kind(m, lex) == lex.unit_kinds.get(_HOUR, _HOUR)
                and story_duration(words, m.start, lex)
            )
            or (stance == "wish" and _onset_after_wish(words, m, wish_at, cl, lex))
            or (stance == "wish" and _cost_now_after_wish(words, m, wish_at, cl, lex))
            # "… om søndagen. Hele messen, en time, og …": how long the thing lasts
            or (stance == "wish" and thing_length(words, m.start, m.value.unit, lex))
            # "hjemmehjælpen kommer …, og så er de gået igen efter et kvarter. … jeg vil gerne
            # selv kunne vaske mine gulve": someone else's time, told before the wish
            or (stance == "wish" and others_measure(words, m, wish_at, people, about, persp, lex))
        ]
        measures = [m for m in measures if m not in idle]
        if stance == "difficulty":  # "kan ikke tage opvasken …, kan kun stå fem minutter"
            measures = [
                m
                for m in measures
                if not limit_behind_lack(words, m.start, lex)
                and not apposed_limit(words, m.start, lex)  # "kan ikke stå længe, kun ti min"
                # "kan ikke bøje sig …, han sidder en halv time på sengekanten": the struggle
                and not struggle_behind_lack(words, m.start, lex)
            ]
        if freq and any(m.end == freq.start for m in idle):
            # "sover kun et par timer om natten": the period of that time, no goal frequency
            freq = quantities.find_frequency(words, lex, freq.end)
        walks = stance == "wish" and bool(wished) and lemmas[wished[0]] in lex.walk_verbs
        if stance == "wish" and measures:
            there = walks or any(words[k] in lex.freq_there_words for k in wished)
            said = measures
            measures = _wished_measures(words, measures, matches, cl, lex, soft_parts, walks, there)
            measures = measures or pointed_measure(words, wished, said, lex)  # "… klare dem"
        if stance == "wish":  # "vil gerne bage ti boller (på en time)": the things counted
            measures = with_counted(measures, counted_object(words, wished, lex))
        if stance == "wish" and wish_at is not None:  # "op på 15 knæbøjninger og 10 kilo"
            measures = [*measures, *counted_repetitions(words, measures, wish_at, lex)]
        elif stance != "wish" and self.content.goals is not None:
            # "Lave 40 pierogi selv", "at jeg kan stege 30 frikadeller (på en time)": the sign's
            measures = with_counted(measures, counted_sign(words, lex, self.content.goals.grammar))
        measures = _reached_level(words, measures, lex, wish_at if stance == "wish" else None)
        measures = without_levels(words, measures, matches, lex)  # "… starte med 3 minutter"
        if refixed is not None:  # "fire timer om ugen nej vent to timer": the later one counts
            later_kinds = {_kind(m, lex) for m in measures if m.start >= refixed}
            back = [m for m in measures if m.start < refixed and _kind(m, lex) in later_kinds]
            measures = [m for m in measures if m not in back]
            if freq and freq.start >= refixed:
                back += [_period_of(words, quantities.find_frequency(words[:refixed], lex), lex)]
            # a value taken back ends the wish's own words as a said value does ("gå en tur
            # hver dag nej ikke hver dag tre gange": "gå en tur")
            skip += [(m.start, m.end) for m in back if m is not None]
            # "tre kilometer nej det er nok nærmere halvanden": the bare figure in its unit
            measures = corrected_figure(words, measures, refixed, skip, lex)

        measures = _said_twice(words, measures, lex)  # "op til første sal … det er 17 trin"
        # "gå over i butikken … og handle, det er et par hundrede meter": the way to an errand
        walked = walks and not _errand_joined(words, wished, cues, lex)
        # "gå ud på toilettet … det er kun fem meter fra sengen": the wish's own phrase names
        # the place's activity, the metres are only the way there
        walked = walked and not _names_errand(matches, wished, lex)
        # "gå til svømning og svømme 200 meter": the distance is the swimming's
        walked = walked and not distance_of_other_doing(words, lemmas, measures, wished, cues, lex)
        if walked and any(m.value.unit in lex.distance_units for m in measures):
            act = lex.motion_activity or act  # "gå ned til drivhuset … det er vel 50 meter"
        elif (
            stance in ("resource", "difficulty")
            and (walk := _told_walk(words, lemmas, measures, lex))
            # "jeg kan godt gå ned til kolonihaven med stokken det er vel en fem hundrede
            # meter": a told walk somewhere with its distance is the walking, as in a wish
            and not _errand_joined(words, walk, cues, lex)
            and not _names_errand(matches, walk, lex)
        ):
            act = lex.motion_activity or act
        measures = without_floor_places(words, measures, act, lex)  # "trappen op til første sal"

        aids = clauses.named(
            words,
            lemmas,
            lex.aids,
            compounds=False,
            tails=lex.aid_tails,
            memo=self.aids_named,
            wholes=lex.whole_aid_heads,  # "foldekørestolen": foldekørestol
        )
        phrases = clauses.named_phrases(words, lemmas, self.aid_phrases)
        # "en lang pind med krog", "et ur der viser ugedagen": an aid named by what it is
        # A described aid refused or of no use names none: its name is unsure ("sådan en stol
        # der løfter en op vil hun ikke have")
        told_aids = [
            d
            for d in described_phrases(words, lemmas, lex)
            if not clauses.unused_aid(words, d[2] - 1, matches, lex)
        ]
        told_aids = named_again(told_aids, [*aids, *((a, i) for a, i, _e in phrases)], lemmas)
        aids = clauses.with_phrases(aids, [*phrases, *told_aids])
        aids += [a for a in made_aids(words, lemmas, lex) if a[1] not in {i for _a, i in aids}]
        # "badedragt special, høj": a garment made for the body
        aids += [
            a for a in special_garments(words, lemmas, lex) if a[1] not in {i for _a, i in aids}
        ]
        # "en forhøjer under sengen": a bare raiser is the furniture's it is said under
        aids = [(clauses.placed_aid(words, i, lex) or a, i) for a, i in aids]
        # "med sådan et skærebræt", "på min malerskammel": a tool the lexicon does not know
        tools = clauses.tool_compounds(words, lex)
        # "skrå holder til brikker", "pude til arm": a tool said apart from what it is for
        apart = [
            a
            for a in aids_said_apart(words, lemmas, lex, self.content.goals.grammar)
            if a[1] not in {i for _a, i in aids}
        ]
        # "med den strømpe ting fra kommunen": an aid named by what it is for
        loose = [(a, i) for a, i in clauses.loose_aids(words, lex) if (a, i) not in aids]
        aids = sorted([*aids, *tools, *apart, *loose], key=lambda a: a[1])
        aids = [(a, i) for a, i in aids if words[i] not in lex.not_aids]  # "hofteprotesen"
        aids = [(a, i) for a, i in aids if not words[i].endswith(lex.not_aid_tails)]  # "bryllupper"
        aids = [(a, i) for a, i in aids if not verb_homograph(words, i, lex)]  # "solen skinner"
        aids = [(a, i) for a, i in aids if not fastened_part(words, i, aids, lex)]  # "sugekopper"
        aids = [(a, i) for a, i in aids if not of_a_place(words, lemmas, i, a, lex)]  # "bussens"
        aids = [(a, i) for a, i in aids if not persons_grip(words, i, lex)]  # "hans greb"
        aids = [(a, i) for a, i in aids if not clauses.aid_as_target(words, i, a, lex)]
        aids = [(a, i) for a, i in aids if not sought_aid(words, i, lex)]  # "finde brillerne"
        aids = clauses.without_lost(words, aids, lex)
        # "en badekarslift … med liften": the bath lift named again by its last part, the same
        aids = compound_said_again(words, aids, _COMPOUND_FIRST)
        # "bestik med tykke håndtag", "en gaffel med tykt greb": the thing with the grip is
        # the aid (specialbestik), the grip a part of it
        shaped = {x: t for x in aids if (t := clauses.shaped_thing(words, x[1], lex))}
        shaped = {x: t for x, t in shaped.items() if t[0] not in {a for a, _i in aids}}
        aids = [(a, i) for a, i in aids if not clauses.thing_feature(words, i, lex)]
        aids = [x for x in aids if x not in shaped]
        handles = [(a, i) for a, i in aids if clauses.handle_of_a_thing(words, i, aids, lex)]
        # "med alle grebene", "med et tykt håndtag af kork": no place, nothing put up
        handles += [x for x in aids if x not in handles and loose_handle(words, x[1], lex)]
        aids = [x for x in aids if x not in handles]
        # "med det tykke greb": a thing's grip, no grab rail, yet the means of the task
        grips = [x for x in handles if clauses.shaped_grip(words, x[1], lex)]
        aids = sorted([*aids, *dict.fromkeys(shaped.values())], key=lambda a: a[1])
        aids = _after_repair(aids, refixed)  # "med stokken, nej rollatoren": the rollator
        if stance == "wish":
            # "nej jeg vil ikke ha en rollator jeg vil gå med min stok": beside a wish, the aid
            # said no to is not the goal's; a refusal alone is what is told (the aid named)
            aids = [(a, i) for a, i in aids if not clauses.unwanted_aid(words, i, matches, lex)]
        # "albuestokke … uden stokke": the crutches named before, done without
        aids = without_said_again(aids, lambda i: _not_means(words, i, cl, lex))
        used = [
            a
            for a in aids
            if not clauses.unused_aid(words, a[1], matches, lex)
            and not any(lo <= a[1] < hi for lo, hi in others_wished)  # "hun ville have, at jeg …"
        ]
        # "uden stokken", "ingen rollator": named, but done without (read once per mention)
        without = {(a, i) for a, i in aids if _not_means(words, i, cl, lex)}
        # Roles are read for every mention: "min kone er død" names no helper, though the
        # sentence reads as being about her and `people` leaves her out.
        most = lex.action.fragment_max if lex.action else 0  # "sønnen. kommer. ikke.": one clause
        roles = fragment_roles(self.roles, words, keys, toks.punct, people, toks.text, most)
        kept = _after_repair(people, refixed)  # "min søn, nej min datter": the daughter
        said = {i: r for _n, i, r in roles}
        if len(kept) < len(people) and any(said.get(i) != _UNWANTED for _p, i in kept):
            # "… nej min søn har ikke tid": one ruled out after the mark corrects no one
            # the one taken back is no helper here, though named as one just before
            # (not one of the same name: "min nabo nej min genbo Kurt")
            back = {i for p, i in people if (p, i) not in kept and p not in dict(kept)}
            # "sammen med min søn nej min svigersøn": the new one is said in the same role
            was = next((said[i] for i in sorted(back) if said.get(i) in HELPING), "other")
            roles = [
                (n, i, _UNWANTED if i in back else (was if r == "other" else r))
                for n, i, r in roles
            ]
            people = kept
        if persp == "other":
            people = [
                (p, i)
                for p, i in people
                if cl.in_motivation(i)
                or cl.in_without(i)
                or p != about
                or not (_is_subject(words, i, lex) or (p, i) == done_for or (p, i) == told)
            ]
        cut = cl.motivation[0] if cl.motivation else None
        body = lex.classes.get("body", ())
        thing_state = cut is not None and state_shown(
            words, cut, lex.criterion, lambda i: lemmas[i] in lex.people or words[i] in body
        )  # "så maskerne er lige store": the state of the thing made
        if cut is not None and (thing_state or shown_to_others(words, cut, lex.criterion)):
            # "12 kort, med en lille hilsen i hvert, så man kan læse det": how the result looks
            # to anyone is the sign's, up to the end of its sentence
            cut = next((k for k in range(cut, len(words)) if words[k] in lex.clause_breaks), None)
        timed = {k for s, e in skip for k in range(s, e)}
        numeric = number_words(lex.numbers)  # number_at's words, asked first: most are none
        counted = {
            k
            for k, w in enumerate(words)
            if (w in numeric or w[:1].isdigit() or w[:1] == "½")
            and number_at(words, k, lex.numbers, articles=False)
        }
        criterion = find_criterion(
            words,
            lemmas,
            stops,
            toks.text,
            lex.criterion,
            lex.negations,
            lex.clause_breaks,
            cut,
            frozenset(timed | counted),  # "til sommer", "fra tre til fem": no way to go
            # "alle tre etager … uden at …", "en hel time i vandet uden at …": an amount's sign
            frozenset((counted | {m.start for m in measures}) - timed),
            others_purpose(words, lemmas, cut, lex),  # "…, så min datter kan sy kraven på"
        )
        # "… så han selv kan handle to gange om ugen": the reason keeps its own frequency, and
        # its own occasion ("så hun kan komme derover juleaften")
        told_skip = [
            sp
            for sp in skip
            if not (freq and sp == (freq.start, freq.end) and cl.in_motivation(freq.start))
            and not (cl.in_motivation(sp[0]) and _occasion(words, sp, deadline, lex))
        ] + [(k, k + 1) for k, w in enumerate(words) if w in lex.motivation.laughter]  # "haha"
        grammar = self.content.goals.grammar  # the goal phrase's run-on rule
        # "med sådan en stol med en spand under": a tool described by a part, its name unsure
        known = {i for _a, i in aids} | {i for _a, i in grips}
        described = [
            x
            for x in [*clauses.described_tools(words, lex), *clauses.shaped_tools(words, lex)]
            if not any(abs(x[1] - i) <= lex.described_tool_reach for i in known)
        ]
        how_aids = sorted([*used, *grips, *described], key=lambda a: a[1])
        # "uden at de skal hente mig i kørestol", "ikke i kørestol": an aid avoided is no way
        how_aids = [
            (a, i)
            for a, i in how_aids
            if not (_negated_aid(words, i, lex) or clauses.avoided_aid(words, i, lex))
            and not any(lo <= i < hi for lo, hi in others_wished)  # the daughter's wish
        ]
        # "… en Shoprider. Jeg vil selv køre med den": the aid pointed back to is the way
        how_aids = sorted(
            [*how_aids, *aids_said_again(words, lemmas, how_aids, lex)], key=lambda a: a[1]
        )
        how = self._independence(words, matches, how_aids, people, cl, stance, soft_parts)
        later = refixed is not None and clauses.independence(
            words,
            [m for m in matches if m[1] >= refixed],
            [a for a in how_aids if a[1] >= refixed],
            [p for p in people if p[1] >= refixed],
            lex,
            cl,
        )
        if later:
            # "med min datter nej det klarer jeg selv", "med rollatoren, eller nej, helt selv":
            # the way said after the self-repair wins; an aid or a helper before it is taken back
            how, back = later, {i for _p, i in people if i < refixed}
            roles = [(n, i, _UNWANTED if i in back and r in HELPING else r) for n, i, r in roles]
            people = [x for x in people if x[1] >= refixed]
            aids = [x for x in aids if x[1] >= refixed]
        # "… igen sammen med mit barnebarn": company only; how one manages is still asked
        by_company = refixed is None and help_by_company(
            how,
            words,
            matches,
            lex.independence.company_words,
            lambda rest: self._independence(words, rest, how_aids, people, cl, stance, soft_parts),
        )
        # the wish's own phrase, then each part of it said elsewhere in the answer
        action = clauses.own_action(
            words,
            lex.action,
            cl,
            [sp for sp in skip if not _occasion(words, sp, deadline, lex)],
            toks.punct,
            toks.text,
            lambda i: (
                _run_on(words, i, lex)
                or _side_clause(words, i, lex)
                or starts_run_on(toks.text, i, grammar)
                or opinion_aside_at(words, i, lex, grammar)
            ),  # "… igen vi var en flok", "… igen lægen siger …"
            lex.negations,
            tail=lambda kept: _beside_wish(words, kept, lex, skip, toks, grammar),
            # "svømmehallen igen", "mine piller selv", "stegt flæsk": a short answer may open
            # with a place, a thing or a dish the goal gives a verb
            bare_start=lambda ws, k: (
                grammar.place_preposition(ws[k]) is not None
                or grammar.noun_verb(ws[k : k + 2]) is not None
                or grammar.dish_at(ws, k)
            ),
            sentence_join=grammar.and_word,
            own_first=persp == "self",
            who=WishPeople(
                lambda k: words[k] in lex.people or lemmas[k] in lex.people,
                # "… Far vil gerne bygge …": the citizen by the bare kin word a relative says
                lambda k: (
                    words[k] in lex.third_person_nouns
                    and (k == 0 or words[k - 1] not in lex.possessives | lex.third_person_owners)
                ),
                lex.fillers,
            ),
        )
        # "far. fodre dem. fuglene": the fragments put "far" last, but he was not typed last
        moved = joined is not None and _last_part(words) != typed_last
        if not moved:
            action = with_company(  # "Småkager. Oldebørnene.": "Småkager med oldebørnene"
                action,
                words,
                toks.text,
                lambda i: words[i] in lex.people or lemmas[i] in lex.people,
                grammar.fillers | lex.fillers,
                grammar.possessive_words,
                grammar.and_word,
                lex.action.fragment_company_lead,
                lex.action.fragment_max,
            )
        action = without_instead(action, lex, grammar)  # "…, ikke bare sidde og sige dem …"
        action = without_alternative(action, lex)  # "de ni huller ikke de atten"
        action = without_rather_than(action, lex, grammar)  # "… til købmanden end at bage"
        action = corrected_wish(action, grammar)  # "hele huset nej altså bare stuen": "stuen"
        action = told_again(action, words, toks.text, toks.punct, skip, lex, grammar)
        action = pointed_doing(action, words, toks.text, toks.punct, persp, lex, grammar)
        action = fronted_pointer(
            action,
            words,
            toks.text,
            toks.punct,
            lambda i: words[i] in lex.people or lemmas[i] in lex.people,
            lex,
            grammar,
        )
        action = told_place(action, words, toks.text, toks.punct, skip, lex, grammar)
        pointed = pointed_thing(
            action,
            words,
            toks.text,
            lambda i: words[i] in lex.people or lemmas[i] in lex.people,
            lex,
            grammar,
        )
        # "jeg har en kongepuddel der hedder Molly … bade og klippe Molly": "min kongepuddel Molly"
        pointed = named_thing(pointed, words, toks.text, grammar) if pointed else pointed
        if pointed != action:
            # "jeg har en Volvo … vaske og polere den": the thing the pronoun names may name the
            # activity by a phrase ("vaske … min Volvo": the pastime, no laundry)
            act = self._phrase_activity(pointed, _put_in(str(action), pointed)) or act
            action = pointed
        action = aid_pointed_without(action, words, aids, lex, grammar)  # "uden den"
        action = pointed_people(  # "… fra børnene. … læse højt for dem igen"
            action, words, toks.text, lambda i: words[i] in lex.people or lemmas[i] in lex.people,
            lemmas, grammar,
        )  # fmt: skip
        action = titled_for_pronoun(action, words, toks.text, lemmas, lex, grammar)  # "fru Jensen"
        action = joint_company(action, words, toks.text, persp == "self", lex, grammar)
        action = story_thing(
            action,
            words,
            lemmas,
            lambda i: words[i] in lex.people or lemmas[i] in lex.people,
            lex,
            grammar,
        )
        action = _named_people(
            action,
            words,
            toks.text,
            people,
            persp,
            about,
            lex,
            grammar.articles,
            self._is_name,
            grammar.name_adjectives,
        )
        action = kin_named_after(action, words, toks.text, people, lex, grammar)  # ". Abdi."
        if persp == "self":  # "… til hendes konfirmation": whose, told before
            action = pointed_owner(
                action, words, toks.text, lex.people.__contains__, lemmas, grammar
            )
        action = _named_thing(action, words, toks.text, lex)
        action = named_kind(action, words, toks.text, lex)  # "brød. Tyrkisk brød, yufka"
        # "I år kunne jeg ikke. Jeg vil gerne male …": a scene set before another sentence's
        # verb is that sentence's, not the wish's
        scene_at = fronted if _same_clause(words, fronted, wished, lex) else 0
        action = _with_scene(action, _scene(words, toks.text, scene_at, skip, lex))
        action = _with_person_occasion(
            action, words, toks.text, people if persp == "self" else [], lex
        )
        lemma_of = dict(zip(words, lemmas, strict=False))
        is_word = functools.partial(_known_word, lemma_of, speller, grammar)
        # "vores datter … bor i malaga … flyve derned igen": the way to her, where she lives
        action = pointed_home(action, words, toks.text, people, lex, grammar, is_word)
        action = person_home(action, words, toks.text, people, lex, is_word)
        action = required_place(action, words, toks.text, toks.punct, lex, grammar)
        action = story_venue(action, words, toks.text, toks.punct, lex, grammar)
        action = story_place(action, words, toks.text, lex, grammar)  # "… på biblioteket"
        action = story_object(action, words, toks.text, lemmas, stops, lex, grammar)
        action = event_place(action, words, toks.text, lex, grammar)
        action = there_place(action, words, toks.text, lex, grammar)  # "… bod derude"
        action = pointed_group(  # "en flok fra seniorklubben … spille kroket med dem igen"
            action, words, toks.text, lambda i: words[i] in lex.people or lemmas[i] in lex.people,
            lambda i: definite_group(words[i], lex), grammar,
        )  # fmt: skip
        action = _gift_giver(action, words, toks.text, toks.punct, lex)
        sp = self.spelling.speller if self.spelling else None
        action = without_listed_tail(action, grammar, listed_thing(sp, lex))  # "…, cykel og …"
        action = kind_compound(action, words, toks.text, toks.punct, grammar)  # "appelsin"
        act = made_wish_activity(action, act, grammar, self._cue_activity)  # "Smykker."
        # … a wish told with its own doing ("jeg vil gerne kunne …"), not a "ja, det er mit mål"
        guessed = act is None and stance == "wish" and told_guess is not None
        guessed = guessed and _told_wish(words, wished, cl, lex)
        act = told_guess if guessed else act
        unknown = self._unknown(toks.text)
        reason = clauses.reason_text(
            toks.text, cl, told_skip, lex.motivation.quote_leads, lex.motivation
        )
        return Facts(
            activity=act,
            area=self.content.activities[act].area if act else None,
            stance=stance,
            perspective=persp,
            # "i kirke om søndagen": a lone day is when, not how often; its words stay as said
            frequency=freq.value if freq and not quantities.lone_day(words, freq, lex) else None,
            deadline=deadline.date.isoformat() if deadline else None,
            measures=tuple(dict.fromkeys(m.value for m in measures)),
            independence=how,
            aids=tuple(dict.fromkeys(a for a, _i in aids)),
            # "hun har ingen familie": the role is kept (refused), no person is named
            people=tuple(dict.fromkeys(p for p, i in people if not _none_there(words, i, p, lex))),
            # the clause's own words as said (spec): "se baadene" stays as typed
            motivation=clauses.motivation_text(toks.said, cl, told_skip, lex.motivation),
            extras={
                "action": action,
                "reason": self._danish(reason) if reason else reason,
                # "så jeg kan klaa …": a non-word is never quoted as a verb in the goal
                "reason_unwritten": reason_verb_unknown(
                    reason, self._uncommon(unknown), lex.motivation
                ),
                # æøå restored, for quoting; a clause of another language left out ("it's in
                # my blood")
                "spelled": self._danish(clauses.spelled_text(text, toks.text)),
                # the stance read from no word of it, only from a plain statement (a question
                # that asks what is hard frames it)
                "stance_plain": plain,
                # "maskinen står nede i kælderen": where a chore told is done, as said
                "thing_place": " ".join(
                    toks.text[k]
                    for k in standing_place(
                        words,
                        lex.action,
                        toks.punct,
                        lambda k: _finite_verb(toks.text[k], grammar),
                    )
                )
                if lex.action
                else "",
                # "vi har haft kolonihave i 30 år": the first place named, for a wish told
                # later that points at it ("cykle derud igen")
                "place_named": named_place(words, toks.text, lex, grammar) or "",
                # "… hen til bageren … det er vel en fire hundrede meter": how far the place is
                "distance_told": stance == "wish"
                and bool(measures)
                and all(_told_distance(words, m, lex, wished) for m in measures),
                # "hver nat" is once a day, but the goal sentence says it as the person did
                "frequency_said": _practised(
                    toks.text,
                    words,
                    lemmas,
                    freq,
                    lex,
                    # "i hvert fald et par gange om ugen": at least, as said
                    hedged(
                        # "hver tirsdag aften": the part of the day after the weekday, too
                        with_day_time(
                            _said_whole(toks.text, words, freq, lex), toks.text, words, freq, lex
                        ),
                        words,
                        toks.text,
                        freq.start if freq else 0,
                        grammar,
                    ),
                ),
                "day_said": quantities.lone_day(words, freq, lex),  # "om søndagen" said: when
                # "3 km", "1,5 km": each measure in the person's words, keyed by value and unit
                "measures_said": _measures_said(measures, words, toks.text, grammar),
                # "til sommer": the deadline in the person's words, shown back beside its date
                "deadline_said": " ".join(toks.text[deadline.start : deadline.end])
                if deadline
                else None,
                "people_roles": role_by_name(roles, self.roles.rank),  # every mention's role
                # words no table knows, as said ("Hanne kører mig"): a name may open a sentence
                "unknown_words": unknown,
                # an observable sign in the person's words, or None; no clause of another
                # language ("…, it is not so far")
                "criterion": self._danish(criterion) if criterion else criterion,
                # "en dosisæske" is a doseringsæske: the goal sentence keeps the word said
                "aid_words": _aid_words(words, lemmas, aids, lex.aids)
                # "holder til brikker" said for brikholder: the head first, as said
                | apart_words(words, aids, lex)
                # "et bræt man lægger over badekarret": a described aid keeps its plain word
                | {
                    a: lex.described_words[words[i]]
                    for a, i in aids
                    if words[i] in lex.described_words
                }
                # "en ramme på stativ": a described aid's thing and part, as said
                | described_as_said([t for t in told_aids if t[:2] in aids], words, lemmas, lex)
                | special_words(aids, lemmas, lex),  # "min specielle badedragt"
                # "en vaegtmanchet": one, where the goal's phrase says them in the plural
                "aids_one": aids_said_one(words, aids, grammar),
                # "en stok med sæde", "en varm siddepude": an aid with what it has, as said
                "aids_whole": aids_as_said(words, aids, grammar, lex),
                # "på min lille malerskammel": a tool's noun phrase after its lead, as said
                "tool_words": {
                    name: " ".join(words[clauses.tool_phrase_start(words, i, lex) : i + 1])
                    for name, i in tools
                    if (name, i) in aids
                }
                # "skrå holder til brikker": the tool said apart, its phrase as said
                | {
                    name: " ".join(apart_phrase(words, i, lex, grammar))
                    for name, i in apart
                    if (name, i) in aids
                }
                | {  # "med bestik med tykke håndtag": the thing with its grip, as said
                    name: " ".join(words[clauses.phrase_after_lead(words, lead, i, lex) : g + 1])
                    for (_h, g), (name, i) in shaped.items()
                    if (name, i) in aids and (lead := clauses.tool_lead(words, i, lex)) is not None
                },
                # "jeg vil gerne kunne …" told as a wish, not "jeg vil selv vælge mine varer"
                "wish_told": stance == "wish" and _told_wish(words, wished, cl, lex),
                # "at hun selv kan dække bord": "selv" said, not only read from "uden at stoppe"
                "selv_said": not lex.independence.said_selv_words.isdisjoint(words),
                # "at kunne tage bussen selv … med min rollator": "selv" claimed for the wish
                # itself (no "selv om", "mig selv", "kan ikke selv"), beside an aid it stays
                "selv_claimed": _selv_claimed(words, matches, cl, lex),
                "help_by_company": by_company,
                # the word counts' activity where the rules name none (or None)
                "activity_guess": guess,
                # … and that guess is the activity (a wish no rule read): staff check it
                "activity_guessed": guessed,
                # "uden stokken", "den bruger hun ikke", "nej ingen rollator": named, but no
                # means of managing
                # "søsteren sidder i kørestol", "min mands rollator": another's aid, by owner
                "aid_owners": _aid_owners(aids, words, toks.text, lex, self._is_name, persp),
                "aids_not_used": sorted(
                    {a for a, i in aids if (a, i) in without or (a, i) not in used}
                    - {a for a, i in used if (a, i) not in without}
                ),
            },
        )


def _aid_owners(aids, words, said, lex, is_name, persp) -> dict[str, str]:
    """Each aid every mention of which is another person's, with that owner as said."""
    owners: dict[str, str] = {}
    mine: set[str] = set()
    for a, i in aids:
        owner = aid_owner(words, said, i, lex, is_name, own=persp == "self")
        owner = owner or said_as_there(words, i, a, lex)  # "der er et gelænder": the place's
        owner = owner or said_as_load(words, i, lex)  # "løfte en rollator op i bagagerummet"
        if owner is None:
            mine.add(a)
        else:
            owners.setdefault(a, owner)
    return {a: o for a, o in owners.items() if a not in mine}


def _after_unreached(words, start: int, today, lex) -> bool:
    """True when a time before word `start` is said out of reach ("inden jul er umuligt med
    mit knæ. sidst i februar"): the later time is the deadline meant, not when a trouble is."""
    earlier = find_deadline(words[:start], today, lex.time)
    return earlier is not None and unreached(words, earlier.start, earlier.end, lex.time)


def _measures_said(measures, words, said, grammar) -> dict[str, str]:
    """Each measure's words as said ("3 km" for 3 kilometer, "i hvert fald 20 minutter" with
    its hedge), keyed by `measure_key`; the first saying of a value counts, as in
    Facts.measures."""
    out: dict[str, str] = {}
    for m in measures:
        told = hedged(" ".join(said[m.start : m.end]), words, said, m.start, grammar)
        out.setdefault(measure_key(m.value.value, m.value.unit), told)
    return out


def _not_means(words, i: int, cl, lex) -> bool:
    """True for an aid done without ("uden stokken"), named as missing ("ingen rollator") or
    said no to ("ikke i kørestol")."""
    ind = lex.independence
    if cl.in_without(i) and not any(
        s <= i < e and not_without(words, s, i, lex) for s, e in cl.without
    ):
        return True  # not "nej, ikke uden min rollator": not without it is with it
    if i > 0 and words[i - 1] in ind.absent_before:
        return True
    return _negated_aid(words, i, lex) or clauses.avoided_aid(words, i, lex)


def _negated_aid(words, i: int, lex) -> bool:
    """True for an aid right after a negation and its preposition ("helst ikke i kørestol",
    "ikke på en badebænk"; independence.yaml negated_aid_leads), after a verb of using and a
    negation ("bruger ikke ilt"), or after a negation, a modal and a verb ("så jeg ikke skal
    bruge en stok"), an article of negated_aid_gap between."""
    ind = lex.independence
    k = i - 1
    if k >= 0 and words[k] in ind.negated_aid_gap:
        k -= 1
    if k >= 1 and words[k] in lex.negations and words[k - 1] in ind.negated_aid_verbs:
        return True
    if (
        k >= 2
        and words[k] in ind.negated_aid_modal_verbs
        and words[k - 1] in ind.negated_aid_modals
        and words[k - 2] in lex.negations
    ):
        return True  # "så jeg ikke skal bruge en stok", "så jeg ikke skal have en spand"
    return k >= 1 and words[k] in ind.negated_aid_leads and words[k - 1] in lex.negations


def _aid_words(words, lemmas, aids, table: dict[str, str]) -> dict[str, str]:
    """The word said for each aid named by another word of its lexicon entry, in its shortest
    form there ("dosisæsken" → "dosisæske" for doseringsæske, "håndtaget" → "håndtag" for
    støttehåndtag); an aid said by its own name ("hjælpemidler" is hjælpemiddel, "læse tv" is
    læse-tv), or only as a compound's tail, is left out."""
    out: dict[str, str] = {}
    for aid, i in aids:
        word = words[i]
        if lemmas[i] == aid or aid in out:
            continue
        if phrase := said_apart(words, lemmas, i, aid, table):
            out[aid] = phrase  # "specielle sko" said for specialsko: the two words said
            continue
        base = next((word[:k] for k in range(2, len(word) + 1) if table.get(word[:k]) == aid), "")
        if base and base.replace("-", "") != aid.replace("-", ""):
            out[aid] = base
    return out


_TIMES = "gang"  # the unit of "to gange" (units.yaml)
_HOUR = "time"  # a duration unit (units.yaml unit_kinds)
_COMMA = ","
_COMPOUND_FIRST = 3  # letters of a compound aid's first part ("badekars|lift")
# stance labels that tell a trouble ("kan ikke", "vil ikke"): a "så jeg har …" after one tells
# what follows from it
_TROUBLE_LABELS = frozenset({"difficulty", "wish_negated", "refusal"})
_DIFFICULTY = "difficulty"  # a trouble told ("har ondt", "bliver træt"): a "så" after is its fruit
_UNWANTED = "unwanted"  # the role of a person a self-repair takes back
_ACTIVITY_LABELS = ("ACT:", "MOV:", "NOT:")  # matcher labels of activity phrases (activity.py)
_NO_ACTIVITY = "NOT:"  # a span whose words name no activity (activity.py's not_phrases)
_RESOURCE_LABELS = frozenset({"resource", "resource_firm"})
_NEED_LABELS = frozenset({"difficulty", clauses.HELP, clauses.HELP_UNLESS_SELV})
_STANCE_LABELS = frozenset({"wish", "wish_negated", "difficulty", "difficulty_negated", "resource"})


# the rules' score of the wish's activity against the story's: this many times over, the
# counts may not turn the wish to the story's activity
_FAR_WEAKER = 2.0
TELLING_GAP = 3  # words ("han selv på") between a verb of telling and its question word
REJECTION_REACH = 7  # words after a frequency searched for "det kan jeg ikke klare"


def _planned(words, found, parts, lex) -> bool:
    """True when the frequency's own part says it is to be done ("lægen siger jeg skal træne
    … to gange om ugen", "jeg vil gerne gå to gange om ugen", "lægen siger 6 glas hver dag"): a
    stance part after it with no activity of its own ("men jeg er bange for at få det dårligt")
    is about that plan. A frequency that opens its part has its plan after it ("hver morgen
    skal jeg have øjendråber", "hver fjerde dag jeg skal have nyt plaster")."""
    lo, hi = next(((a, b) for a, b in parts if a <= found.start < b), (found.start, found.end))
    plan = lex.action.obliged | (lex.action.wish_verbs - lex.action.object_wish_verbs)
    # "nej jeg vil ikke op til lægen hver uge": a plan refused is none
    planned = lambda k: words[k] in plan and not _negated_after(words, k, lex)  # noqa: E731
    if lo == found.start:
        return any(planned(k) for k in range(found.end, hi))
    # "lægen siger 6 glas hver dag": a prescription is a plan as "skal" is
    return any(planned(k) for k in range(lo, found.start)) or prescribed(
        words, lo, found.start, lex
    )


def _trouble_named(matches, scores, act, parts, cl) -> bool:
    """True when the activity act is named where a difficulty is told ("…, men jeg kan ikke
    skære kødet"), a part of its own."""
    at = scores[act][1] if act in scores else None
    part = next(((lo, hi) for lo, hi in parts if at is not None and lo <= at < hi), None)
    return part is not None and _part_stance(matches, *part, cl) == "difficulty"


def _wish_before(matches, k: int) -> bool:
    """True when a wish cue stands before word k."""
    return any(lab == "wish" and st < k for lab, st, _e in matches)


def _refused(matches, part, cl) -> bool:
    """True for a part that turns a wish down ("jeg vil ikke ned til lægen hver uge") and
    wishes nothing."""
    lo, hi = part
    said = any(lab in ("wish_negated", "refusal") and lo <= st < hi for lab, st, _e in matches)
    return said and _part_stance(matches, lo, hi, cl) != "wish"


def _negated_after(words, k, lex) -> bool:
    """True when the verb at k is negated right after it, a subject between ("vil ikke", "vil
    jeg ikke")."""
    j = k + 1
    if j < len(words) and words[j] in lex.run_on_subjects:
        j += 1
    return j < len(words) and words[j] in lex.negations


def _fronted_frequency_clause(words, found, told, parts, lex) -> tuple[int, int]:
    """The part of a frequency said alone before its clause ("hver fjerde dag jeg skal have nyt
    smerte plaster."), joined with the clause right after it, up to a sentence end; else told."""
    nxt = next(((a, b) for a, b in parts if a >= told[1]), None)
    if nxt is None or any(w in lex.clause_breaks for w in words[told[1] : nxt[0]]):
        return told
    return (told[0], nxt[1])


def _value_correction(words, fixed: int | None, cl, lex) -> int | None:
    """Where the last self-repair of a value ends: `fixed` ("eller nej", "nej vent"), or
    after a bare "nej" inside the answer ("hver lørdag. nej den første lørdag i måneden", "til
    jul nej til påske"); not one said or quoted ("hun siger nej", "sige nej til kage"), "nej
    tak", one after a contrast with another person as subject after it (", men nej, han vil
    bare selv styre": a no to an offer, when the speaker talks of themself), nor one in the
    reason. Each value reads it only when
    one of its kind was said before it ("nej, ikke så tit" answers the question: no value
    before it)."""
    act = lex.action
    if act is None or not act.value_corrections:
        return fixed
    found = fixed
    # told of someone else with no word of the speaker's own ("hver dag, men nej, hun siger
    # selv tre gange om ugen"), "hun" after the no is the one told of, correcting the value; a
    # relative's "min mor" is no such word, only the speaker as a person ("jeg", "mig")
    offers = not (lex.self_words - lex.possessives).isdisjoint(words)
    for k in range(1, len(words) - 1):
        before = k - 1
        while before > 0 and not words[before][:1].isalnum():
            before -= 1  # "men, nej": the word before the comma
        if (
            words[k] in act.value_corrections
            and words[before] not in act.value_correction_not_after | act.value_corrections
            and words[k + 1] not in act.value_correction_not_before
            and not cl.in_motivation(k)
        ):
            end = k + 1
            while end < len(words) - 1 and not words[end][:1].isalnum():
                end += 1  # "nej, den første …"
            if (
                offers
                and words[before] in act.value_correction_contrasts
                and words[end] in act.value_correction_offer_subjects
            ):
                continue  # ", men nej, han vil bare selv styre båden": an offer turned down
            found = end if found is None else max(found, end)
    return found


def _told_distance(words, m, lex, wished=()) -> bool:
    """True for a distance told as how far the place is ("det er vel en fire hundrede meter",
    "bageren er 500 meter herfra"), not wished ("gå 400 meter", "gå 200 meter væk fra huset":
    inside the `wished` phrase)."""
    if m.value.unit not in lex.distance_units:
        return False
    k = m.start
    while k > 0 and words[k - 1] in lex.distance_told_skip:
        k -= 1
    told = any(tuple(words[max(0, k - len(p)) : k]) == p for p in lex.distance_told_leads)
    # "… vi går sådan en fem kilometer": the group's way, even run on in the wish's words
    told = told or habit_distance(words, m, lex)
    return told or (m.start not in wished and _place_distance(words, m, lex))


def _place_distance(words, m, lex) -> bool:
    """True for a distance said with where a place lies ("stoppestedet ligger 200 meter henne
    ad vejen", "min datter bor 3 km væk", "bageren er 500 meter herfra"): how far it is."""
    if m.value.unit not in lex.distance_units:
        return False
    if m.end < len(words) and words[m.end] in lex.distance_away_words:
        return True
    k = m.start
    while k > 0 and words[k - 1] in lex.distance_told_skip:
        k -= 1
    return k > 0 and words[k - 1] in lex.distance_place_verbs


_REPAIR_REACH = 3  # words after a self-repair mark in which the new aid or person is said


def _after_repair(named: list, fixed: int | None) -> list:
    """The (name, index) mentions without those a self-repair takes back: when another is
    said right after the mark ending at `fixed` ("med stokken, nej rollatoren"; "min søn nej
    min datter"), the ones said before it are gone."""
    if fixed is None or not any(fixed <= i <= fixed + _REPAIR_REACH for _n, i in named):
        return named
    return [(n, i) for n, i in named if i >= fixed]


def _corrected_frequency(words, freq, fixed: int | None, lex):
    """The frequency a self-correction (ending at `fixed`) gives after "eller nej" / "nej vent":
    a new one said in full, or a new number of times in the same period ("en gang om ugen eller
    nej to gange")."""
    if freq is None or fixed is None or freq.start >= fixed:
        return freq
    later = quantities.find_frequency(words, lex, fixed)
    for i in range(fixed, later.start if later is not None else len(words)):
        num = number_at(words, i, lex.numbers)
        if num and i + num[1] < len(words) and lex.units.get(words[i + num[1]]) == _TIMES:
            # "… nej tre gange … hjemmeplejen gør det hver fredag": the count said first is
            # the correction, another's later rhythm is not
            value = replace(freq.value, times=num[0])
            return quantities.Found(value, i, i + num[1] + 1)  # "… to gange": no measure
    return later or freq


def _trouble_count(words, matches, start: int, lex) -> bool:
    """True for a frequency in a clause of its own after the difficulty, with a new subject and
    no modal ("kan ikke huske … og han spørger om det samme tyve gange om dagen", "glemmer at
    drikke altså han får to kopper kaffe om dagen"): what happens now, not how often the goal
    is done. Before the difficulty ("skal op og tisse hver nat og så er jeg bange …") it stays."""
    ends = [e for lab, _s, e in matches if lab == "difficulty" and e <= start]
    if not ends:
        return False
    modals = lex.classes.get("modal", ())
    # "… og bussen kører kun to gange om dagen": a service's timetable is told as well
    told = lex.story_subjects | lex.timetable_subjects
    for k in range(max(ends), start - 2):
        if words[k] not in lex.story_clause_joins:
            continue
        # "og han spørger …", or inverted after "så": "og så ringer han …"
        subject = k + 1 if words[k + 1] in told else k + 2
        if words[subject] in told and subject < start:
            return not any(w in modals for w in words[k + 1 : start])
    return False


def _rejected_frequency(words, freq, lex):
    """The later frequency when the first is turned down right after it ("hver søndag det kan
    jeg ikke klare, hver anden søndag er nok"; "to gange om ugen er for meget, en gang …")."""
    if freq is None or not lex.freq_rejections:
        return freq
    after = " ".join(words[freq.end : freq.end + REJECTION_REACH])
    if not any(f" {r} " in f" {after} " for r in lex.freq_rejections):
        return freq
    later = quantities.find_frequency(words, lex, freq.end)
    return later or freq


DENIAL_REACH = 8  # words after a frequency searched for "det gør hun ikke"


def _denied_frequency(words, freq, lex):
    """The later frequency (or none) when the speaker denies the habit just told ("mor siger
    hun gør rent hver dag men det gør hun altså ikke"): a claim gainsaid is no goal's rhythm."""
    if freq is None or not lex.freq_denials:
        return freq
    after = [w for w in words[freq.end :] if w not in lex.fillers]
    ends = lex.clause_breaks | lex.story_clause_joins | {_COMMA}
    for k in range(min(len(after), DENIAL_REACH)):
        for denial in lex.freq_denials:
            said = denial.split()
            end = k + len(said)
            # the denial ends its clause: "det gør jeg ikke for sjov" denies nothing
            if after[k:end] == said and (end == len(after) or after[end] in ends):
                return quantities.find_frequency(words, lex, freq.end)
    return freq


def _rest_time(words, lemmas, start: int, parts, matches, cl, lex) -> bool:
    """True for a time said in a clause of its own that tells when the citizen rests or does not
    do it ("i weekenden må jeg godt ligge lidt", "men ikke om søndagen", "i weekenden sover jeg
    længe"): no wish in that clause, a word of rest (lex.idle_words) after the time outside a
    reason, or a negation right before it."""
    part = next(((lo, hi) for lo, hi in parts if lo <= start < hi), None)
    if part is None or cl.in_motivation(start):
        return False
    if any(lab == "wish" and part[0] <= st < part[1] for lab, st, _e in matches):
        return False  # "jeg vil gerne kunne sove igennem inden jul": the wish's own date
    lo, hi = part
    for k in range(start - 1, lo - 1, -1):  # "kan ikke holde den. til foråret": the sentence's
        if words[k] in _SENTENCE_ENDS:
            lo = k + 1
            break
    hi = next((k for k in range(start, hi) if words[k] in _SENTENCE_ENDS), hi)
    if start > lo and words[start - 1] in lex.negations:
        return True  # "men ikke om søndagen" ("til foråret når det ikke er glat" is a date)
    return any(
        (words[k] in lex.idle_words or lemmas[k] in lex.idle_words)
        and not cl.in_motivation(k)
        and not _in_without_clause(words, k, cl, lex)  # "… uden at skulle hvile inden …"
        for k in range(start + 1, hi)  # "… nej vent hellere om seks uger": a word before it
    )


#: Tokens that end a typed sentence (a time after one is no part of the sentence before).
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _others_time(words, start: int, matches, people, about, persp, lex) -> bool:
    """True for a time in a clause of its own after the wish (or, with no wish, anywhere),
    opened by someone else as its subject ("jeg vil gerne lære at …, min datter hun viser mig
    det i weekenden", "min søn handler ind for mig i weekenden, men …"): when that person
    helps, not a date by which the citizen wants to manage. The citizen speaking of
    themself, han/hun as the subject is a person named before ("… nu min søn kører mig men han
    flytter til polen i januar"): that person's story."""
    wish_at = min((st for lab, st, _e in matches if lab == "wish"), default=None)
    if wish_at is not None and wish_at >= start:
        return False
    opener = start
    for k in range(start - 1, -1 if wish_at is None else wish_at, -1):
        if words[k] in lex.clause_breaks or words[k] == _COMMA:
            opener = k + 1
            break
    else:
        if wish_at is not None:
            return False
        opener = 0  # no wish: "min søn handler ind for mig i weekenden, men …" opens it
    while opener < start and words[opener] in lex.owners:
        opener += 1  # "min datter"
    named = {i: p for p, i in people}
    if (
        persp == "self"
        and words[opener] in lex.third_person_subjects
        and any(i < opener for _p, i in people)
    ):
        named[opener] = ""  # "… min søn kører mig men han flytter …": the son
    if opener not in named or named[opener] == about:
        return False
    if set(words[opener:start]) & lex.couple_self:
        return False  # "lægen siger jeg skal lære det inden påske": the citizen's own time
    if any(
        words[k] in lex.checkup_verbs and words[k + 1] in lex.checkup_objects
        for k in range(opener, start - 1)
    ):
        return False  # "fysioterapeuten tester mig igen om 6 uger": the check-up aimed at
    nxt = opener + 1  # "min datter hun viser …", "min datter viser …"
    if nxt < start and words[nxt] in lex.third_person_subjects:
        nxt += 1
    return nxt < start and words[nxt] not in lex.wish_verbs and words[nxt] not in lex.negations


def _summed_frequency(words, freq, lex):
    """A later frequency of the same period said right after "altså", "det vil sige" sums up
    the times told ("hver aften og når han skal have sin middagslur, altså to gange om dagen")."""
    if freq is None or not lex.freq_restating:
        return freq
    start = freq.end
    while (later := quantities.find_frequency(words, lex, start)) is not None:
        before = f" {' '.join(w for w in words[: later.start] if w != _COMMA)}"
        restated = any(before.endswith(f" {r}") for r in lex.freq_restating)
        if restated and later.value.per == freq.value.per:
            # "hver lørdag, altså en gang om ugen": the same rhythm, said first with its day
            return freq if later.value == freq.value else later
        start = later.end
    return freq


def _selv_in(words, matches, lo, hi, lex) -> bool:
    """True when the part lo..hi says that one manages on one's own ("… gøre det selv igen")."""
    return any(
        lab == "selv" and lo <= st < hi and clauses.plain_selv(words, st, lex)
        for lab, st, _e in matches
    )


def _past_told(words, told, stop, g, lex) -> bool:
    """True when the told part holds a verb in the past tense before `stop` ("I Nepal jeg gav
    altid olie i mit hår hver fredag"), by either reader of the past."""
    return told is not None and any(
        g.is_past(words[k]) or clauses.is_past_verb(words[k], lex) for k in range(told[0], stop)
    )


def _bygone_habit(words, freq, lex) -> bool:
    """True for a habit of years told ("kørte deres bus hver onsdag i ti år") or one given up
    ("hun vil ikke med os ud at køre om søndagen mere"): a story's rhythm, not the goal's."""
    end, n = freq.end, len(words)
    if end + 2 < n and words[end] in lex.habit_years_leads:
        many = words[end + 1] in lex.numbers.vague or number_at(words, end + 1, lex.numbers)
        if many and words[end + 2] in lex.habit_years_units:
            return True
    after = f" {' '.join(words[end : end + REJECTION_REACH + 1])} "
    if any(after.startswith(f" {b} ") for b in lex.bygone_after):
        return True  # "hver onsdag før jeg blev syg", "om lørdagen indtil for et år siden"
    if not _wished_before(words, freq.start, lex) and any(
        f" {r} {t} " in after for r in lex.freq_rejections for t in lex.stopped_tails
    ):
        return True  # "to formiddage om ugen men det orker jeg ikke mere"
    if life_habit(words, freq.start, lex):
        return True  # "mor har altid gået til line dance hver onsdag men …"
    if end < n and words[end] in lex.stopped_tails:
        for k in range(freq.start - 1, -1, -1):
            if words[k] in lex.clause_breaks or words[k] == _COMMA:
                return False
            if words[k] in lex.negations:
                return True
    return False


def _verbless(words, freq, g) -> bool:
    """True for a frequency said as a sentence of its own with no finite verb ("… det er godt
    for mig. To gange hver uge, en time hver gang.")."""
    lo, hi = _sentence_around(words, freq)
    if lo == 0:
        return False
    return not any(_finite_verb(w, g) for w in (*words[lo : freq.start], *words[freq.end : hi]))


def _sentence_around(words, freq) -> tuple[int, int]:
    """The start and end of the sentence a frequency is said in (between ".", "!" or "?")."""
    lo, hi = freq.start, freq.end
    while lo > 0 and words[lo - 1] not in _SENTENCE_ENDS:
        lo -= 1
    while hi < len(words) and words[hi] not in _SENTENCE_ENDS:
        hi += 1
    return lo, hi


def _trouble_fragment(words, freq, matches, lex) -> bool:
    """True for a frequency said as a sentence of its own after a difficulty, with no wish
    anywhere ("jeg glemmer hvor jeg har lagt nøglerne. hver dag."; "han falder. det sker næsten
    hver uge"): how often the trouble happens, not how often a goal is done."""
    if any(lab == "wish" for lab, _s, _e in matches):
        return False
    lo, hi = _sentence_around(words, freq)
    skip = lex.fillers | lex.trouble_fragment_words
    if lo == 0 or any(w not in skip for w in (*words[lo : freq.start], *words[freq.end : hi])):
        return False
    return any(lab == "difficulty" and e <= lo for lab, _s, e in matches)


PREFERRED_REACH = 3  # words before a frequency searched for "hellere" ("hellere kun en gang")


def _preferred_frequency(words, freq, lex):
    """The frequency said with "hellere" or "i stedet" when there are more: the one the person
    chooses ("nej hellere hver anden søndag i starten det bliver for meget hver søndag"; "det
    bliver for meget hver søndag hellere hver anden søndag"); else `freq` as found."""
    if freq is None or not (lex.freq_preferred_before or lex.freq_preferred_after):
        return freq
    found, start = [], 0
    while (f := quantities.find_frequency(words, lex, start)) is not None and f.end > start:
        found.append(f)
        start = f.end
    if len(found) < 2:
        return freq
    for f in found:
        before = f" {' '.join(words[max(0, f.start - PREFERRED_REACH) : f.start])} "
        after = f" {' '.join(words[f.end : f.end + 2])} "
        if any(f" {w} " in before for w in lex.freq_preferred_before) or any(
            after.startswith(f" {w} ") for w in lex.freq_preferred_after
        ):
            return f
    return freq


def _corrected_deadline(words, deadline, fixed: int, today: date, lex):
    """The date said after a self-correction ("om 3 uger nej sig hellere 6 uger"): said in
    full, or a bare span that takes the first one's lead ("om")."""
    rest = list(words[fixed:])
    later = find_deadline(rest, today, lex.time)
    if later is not None:
        return DeadlineMatch(later.date, later.start + fixed, later.end + fixed)
    for n in range(1, min(4, deadline.end - deadline.start)):
        lead = list(words[deadline.start : deadline.start + n])  # "om", "i løbet af"
        later = find_deadline([*lead, *rest], today, lex.time)
        if later is not None and later.start == 0 and later.end > n:
            return DeadlineMatch(later.date, fixed, later.end - n + fixed)
    return None


def _idle_habit(words, freq, matches, parts, lex) -> bool:
    """True for a frequency in a part after the wish, with no wish of its own, that tells time
    lost to the trouble before it (one of idle_words: "vil gerne sove bedre, ligger vågen til
    klokken tre hver nat", "… nu sidder jeg og venter hver dag"): how it is today, no goal."""
    part = next(((lo, hi) for lo, hi in parts if lo <= freq.start < hi), None)
    if part is None:
        return False
    ends = (*lex.clause_breaks, _COMMA, *lex.sentence_ends)
    lo = next(
        (
            k + 1 if words[k] in ends else k
            for k in range(freq.start - 1, part[0] - 1, -1)
            if words[k] in ends or _now_run_on(words, k, lex)
        ),
        part[0],
    )  # the clause of the frequency: "…, nu ligger jeg vågen hver nat", "… nu må jeg hvile …"
    wished_before = any(lab == "wish" and st < lo for lab, st, _e in matches)
    own_wish = any(lab == "wish" and lo <= st < part[1] for lab, st, _e in matches)
    reflexives = lex.independence.reflexive_pronouns
    idle = any(
        words[k] in lex.idle_words
        or (words[k] in lex.idle_reflexive_verbs and words[k + 1] in reflexives)
        # "…, jeg vågner hver nat": the night's trouble; "…, når jeg vågner hver morgen": the
        # goal's own occasion, its rhythm the goal's
        or (words[k] in lex.wake_words and lex.wake_occasion_leads.isdisjoint(words[lo:k]))
        for k in range(lo, freq.start)
    )  # "nu skal jeg lægge mig hver middag": lying down to rest
    return wished_before and not own_wish and idle


def _wished_frequency(words, freq, cl, lex):
    """A frequency told before the wish ("hjemmehjælpen kommer kun hver anden uge … jeg vil
    gerne selv støvsuge en gang om dagen") gives way to one said with the wish itself."""
    wish = lex.wish_verbs
    verb = next((i for i, w in enumerate(words) if w in wish and not cl.in_motivation(i)), None)
    if verb is None or freq.start > verb:
        return freq
    later = quantities.find_frequency(words, lex, verb)
    return freq if later is None or cl.in_motivation(later.start) else later


def _beside_wish(words, kept, lex, skip, toks, grammar) -> list[int]:
    """The words said beside the wish's phrase that belong to it: a place, then the things or
    people of the next part ("…, især tomaterne i drivhuset") or a condition ("hvis jeg falder")."""
    spans = dict(skip)
    finite = lambda k: _finite_verb(toks.text[k], grammar)  # noqa: E731
    amount = lambda k: _amount_word(toks.text[k], grammar)  # noqa: E731
    place = place_tail(words, kept, lex.action, spans, toks.punct, finite, amount)
    retold = not place
    if retold:  # "bage mit rugbrød igen. jeg har bagt rugbrød til kirkecaféen"
        timed = {**_frequency_spans(words, lex), **spans}  # "… hver torsdag": the story's
        place = retold_place(words, toks.lemma, kept, lex.action, timed, toks.punct, finite)
        place = before_years(words, place, lex)  # "… i fodboldklubben i sytten år": the story's
        if _every_occasion(words, place, lex):
            place = []  # "har ringet til hver eneste gudstjeneste": the story's habit, no place
    # a place told again from another part brings no more of that part ("… i beboerhuset,
    # mænd fra Sri Lanka og mine børnebørn": who was there, no thing or company of the wish)
    said = kept if retold else kept + place
    number = lambda k: number_at(words, k, lex.numbers, articles=False) is not None  # noqa: E731
    unit = lambda k: amount(k) and not number(k) and words[k] not in grammar.amount_words  # noqa: E731
    more = object_tail(words, said, lex.action, spans, toks.punct, finite, number, unit)
    more = more or condition_tail(words, said, lex.action, toks.punct)
    # "sy tøj igen på min symaskine, afghansk tøj, til mine børnebørn": for whom
    more += beneficiary_tail(words, said + more, lex, spans, toks.punct, finite)
    return place + more


def _every_occasion(words, place: list[int], lex) -> bool:
    """True for a place told with "hver"/"alle" after its lead ("til hver eneste gudstjeneste",
    "til alle fødselsdage"): every occasion of a habit, no place; "til alle mine børnebørn" (an
    owner after it) names people."""
    if len(place) < 2 or words[place[1]] not in lex.every_words:  # noqa: PLR2004 - lead, "hver"
        return False
    return len(place) < 3 or words[place[2]] not in lex.owners  # noqa: PLR2004


def _frequency_spans(words, lex) -> dict[int, int]:
    """Every frequency said (start → end), a story's too ("… til kirkecaféen hver torsdag")."""
    out, k = {}, 0
    while (found := quantities.find_frequency(words, lex, k)) is not None:
        out[found.start] = found.end
        k = found.end
    return out


def _occasion(words, span, deadline, lex) -> bool:
    """True for a deadline said as a bare holiday inside the wish ("ringe til hende juleaften"):
    the occasion stays in the wish's own words; "inden jul", "i januar", "på tirsdag" do not."""
    start, end = span
    return (
        deadline is not None
        and (start, end) == (deadline.start, deadline.end)
        and end - start == 1
        and words[start].isalpha()
        and words[start] not in lex.time.months
        and words[start] not in lex.time.weekdays
    )


def _habit_story(words, matches, cl, stance, parts, i: int, names_activity, lex):
    """The told part (lo, hi) that holds token i when it tells a habit (it has a frequency)
    and a later part carries the stance and names its own activity ("vi har basaren hvert år
    før påske … så øh jeg vil gerne bage …"): its times are the story's; else None."""
    if stance is None or len(parts) < 2:
        return None
    at = next((k for k, (lo, hi) in enumerate(parts) if lo <= i < hi), None)
    if at is None or _part_stance(matches, *parts[at], cl) == stance:
        return None
    lo, hi = parts[at]
    if quantities.find_frequency(words[lo:hi], lex) is None:
        return None  # "vi skal til brylluppet til sommer og …": a coming event's date
    later = any(
        _part_stance(matches, a, b, cl) == stance and names_activity(a, b)
        for a, b in parts[at + 1 :]
    )
    return (lo, hi) if later else None


CONDITION_REACH = 2  # words before an auxiliary searched for "når" ("når køleskabet er")


def _told_event(words, start: int, lex, how_often: bool = False, end: int | None = None) -> bool:
    """True for a number in the story of what happened: a past verb ("faldt", "laa") or a
    perfect ("har tabt", "er blevet indlagt") shortly before it in the same clause, or (with the
    number's `end`) a count between the auxiliary and its participle ("har to gange glemt", "har
    han to gange misset"); a count of times may stand further after it ("har fået rykker fra
    elselskabet to gange"). A frequency (`how_often`) after a condition's perfect ("når
    køleskabet er tomt …") is no story."""
    if end is not None and end < len(words) and _count_in_perfect(words, start, end, lex):
        return True
    past, modals = lex.time.event_after, lex.classes.get("modal", ())
    conditions = lex.event_conditions
    counted = end is not None and lex.units.get(words[end - 1]) == _TIMES
    reach = lex.event_count_reach if counted else lex.event_measure_reach
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        w = words[k]
        if w in lex.clause_breaks or w in modals or w == _COMMA:
            # "har sagt jeg skal gå 20 minutter": a new clause with its own verb; "når
            # køleskabet er tomt, en to gange om ugen": the comma ends the clause before it
            return False
        p = k + 1
        if p < start and words[p] in lex.run_on_subjects and p + 1 < start:
            p += 1  # "det har jeg glemt to gange": the subject between
        while p + 1 < start and words[p] in lex.perfect_adverbs:
            p += 1  # "vi har kun set hinanden tre gange": an adverb between
        participle = words[p] if p < start else ""
        if shared_perfect(words, k, lex):  # "har taget ringen … og været konge to gange"
            return not _wished_before(words, k, lex)
        short = participle in lex.short_participles
        perfect = w in lex.perfect_aux and (len(participle) > 3 or short)
        if how_often and perfect and set(words[max(0, k - CONDITION_REACH) : k]) & conditions:
            return False  # "når køleskabet er tomt … to gange om ugen": each time, no story
        if w in past or (perfect and participle.endswith(lex.participle_endings)):
            return not _wished_before(words, k, lex)  # "… lave de øvelser hun har givet mig …"
    return False


def _count_in_perfect(words, start: int, end: int, lex) -> bool:
    """True for a number between a perfect's auxiliary (and its subject) and its participle
    ("har to gange glemt sin tid", "har han to gange misset besøget"): a count of the story."""
    after = words[end]
    if len(after) <= 3 or not after.endswith(lex.participle_endings):
        return False
    k = start - 1
    if k >= 0 and words[k] in lex.run_on_subjects:
        k -= 1
    return k >= 0 and words[k] in lex.perfect_aux and not _wished_before(words, k, lex)


def _wished_before(words, k: int, lex) -> bool:
    """True when a wish verb opens the clause that holds word k (the told part describes it)."""
    wish = lex.wish_verbs
    stops = lex.clause_breaks | lex.event_clause_stops
    for j in range(k - 1, -1, -1):
        if words[j] in stops:  # "… for jeg har tabt otte kilo": a reason of its own
            return False
        if words[j] in wish:
            return True
    return False


def _determined(words, i: int, person: str, lex) -> bool:
    """False for "frivillig" said as an adjective: another form ("frivilligt arbejde"), no
    "en"/"de" in the two words before ("som frivillig"), or a word after that is no
    determined_followers ("en frivillig besøgsven", "mit frivillige arbejde"); and for one
    lacked ("de mangler en frivillig"). One said from where she comes, opening the answer with
    at most a word before it ("it frivillig fra ældresagen", "frivillig fra kirken"), is one."""
    if person not in lex.needs_determiner:
        return True
    after = words[i + 1] if i + 1 < len(words) else ""
    before = set(words[max(0, i - 3) : i])
    opening = i <= 1 and after in lex.origin_leads and not before & lex.role_copulas
    return (
        words[i] in lex.people
        and (bool(before & lex.person_determiners) or opening)
        and not before & lex.lacked_leads  # "de mangler en frivillig": no one yet
        and (not after.isalpha() or after in lex.determined_followers)
    )


def _owned_or_known(words, i: int, lex) -> bool:
    """False for "kone", "barn" said of anyone: no "min"/"hans" in the two words before."""
    if words[i] not in lex.needs_owner or clauses.bare_subject(words, i, lex):
        return True  # "kone skærer": a note's "min kone"
    if bare_parent_genitive(words, i, lex):
        return True  # "passe fars grav": the father, as "min fars grav" names him
    return bool(set(words[max(0, i - 2) : i]) & lex.owners)


def _own_kin_name(words, i: int, lex) -> bool:
    """True for "farmor", "morfar" said without "min": what the grandchildren call the one
    speaking ("et kort fra farmor"), no other person."""
    return words[i] in lex.self_kin_words and not set(words[max(0, i - 2) : i]) & lex.owners


def _others_own(words, i: int, lex) -> bool:
    """True for a person owned by "sin"/"sine" in the citizen's own words: the subject's, who
    is someone else ("Birthe har nok at se til med sin mand"), not the citizen's; so is one
    joined to them by "og" with no owner of their own ("hun bor der med sin mand og børnene")."""
    if set(words[max(0, i - 2) : i]) & lex.reflexive_owners:
        return True
    joined = i > 1 and words[i - 1] in lex.couple_joins and words[i - 2] in lex.people
    return joined and _others_own(words, i - 2, lex)


def _joined_ones_kin(words, text, people, lex, is_name=None) -> list:
    """`people` with each person owned by "hans"/"hendes" right after one named and "og" in
    the citizen's own words said as the citizen's kin ("min datter og hendes børn":
    barnebarn, people.yaml joined_kin); a pair the table does not know keeps its lemma after a
    person word ("min nabo og hendes mand": mand, as the golden sentences name people) and is
    left out after a bare first name ("Emil og hans lillesøster"); `is_name`: a first name
    typed small."""
    at = dict((i, p) for p, i in people)
    out = []
    owners, joins = lex.third_person_owners, lex.couple_joins
    for p, i in people:
        if i < 3 or words[i - 1] not in owners or words[i - 2] not in joins:
            out.append((p, i))
            continue
        said, before = text[i - 3], words[i - 3]
        named = at.get(i - 3) or lex.people.get(before)
        pronoun = before in lex.self_words or before in lex.third_person_subjects
        name = not pronoun and (
            (is_name is not None and is_name(before)) or (said[:1].isupper() and said.isalpha())
        )
        # "… og hans kone": no one named right before; "hendes svigerdatter og hendes
        # barnebarn": both the citizen's (a relative's words turned to the citizen's)
        if (named is None and not name) or (i > 3 and words[i - 4] in owners):
            out.append((p, i))
            continue
        if named is None and name and i > 3:
            named = at.get(i - 4)  # "min nabo Inger og hendes mand": the relation before a name
        kin = lex.joined_kin.get((named or "", p))
        if kin is None and named is not None:
            kin = p  # "min nabo og hendes mand": a pair the table lacks is named by its lemma
        if kin is not None and (kin, i) not in out:
            out.append((kin, i))
    return out


def _period_of(words, found, lex):
    """A frequency's span without a leading count of the wish's own thing ("en tur hver dag":
    "hver dag"); "to gange om ugen" stays whole."""
    if found is None:
        return None
    used = number_at(words, found.start, lex.numbers)
    after = found.start + used[1] if used else found.end
    if after + 1 < found.end and lex.units.get(words[after]) != _TIMES:
        return quantities.Found(found.value, after + 1, found.end)
    return found


def _wished_measures(words, measures, matches, cl, lex, parts, walks: bool, there: bool):
    """With a story before the wish ("… må sidde ned efter fem minutter og jeg vil gerne kunne
    støvsuge stuen"), only the wish's part and its reason give measures. A distance stated as
    the scene ("det er jo kun 400 meter") is the way when the wish walks, and only the scene
    before a wish that walks nowhere ("der er 12 km til butikken så jeg vil gerne bage"); one
    said with where a place lies ("bor 3 km væk") is also the way when the wish goes `there`
    ("cykle derud"). A distance a group covers by habit ("vi kører sådan en ti kilometer") is the
    way when the wish walks, else only the scene."""
    wish_at = min((st for lab, st, _e in matches if lab == "wish"), default=len(words))
    measures = [
        m
        for m in measures
        if walks
        or (
            (m.start > wish_at or not _scene_distance(words, m, lex))
            and not habit_distance(words, m, lex)  # "… vi kører en ti kilometer": the club's
        )
        or (there and _place_distance(words, m, lex))
    ]
    if len(parts) < 2:
        return measures
    told = [  # parts with a stance of their own: a story ("der er sytten trin op" is a scene)
        (lo, hi) for lo, hi in parts if _part_stance(matches, lo, hi, cl) not in ("wish", None)
    ]
    return [
        m
        for m in measures
        if cl.in_motivation(m.start)
        or (walks and _scene_distance(words, m, lex))
        or (there and _place_distance(words, m, lex))
        or (walks and quantities.home_floors(words, m, lex))  # "bor tre etager oppe"
        or not any(lo <= m.start < hi for lo, hi in told)
    ]


SCENE_FILLER_REACH = 3  # filler words between "det er" and the distance ("det er jo kun 400")


def _scene_distance(words, m, lex) -> bool:
    """True for a distance stated as the scene: "det er (jo kun) 400 meter", "der er 12 km",
    "stoppestedet ligger 200 meter henne ad vejen" (_place_distance)."""
    if m.value.unit not in lex.distance_units:
        return False
    if _place_distance(words, m, lex):
        return True
    k = m.start
    while k > 0 and m.start - k < SCENE_FILLER_REACH and words[k - 1] in lex.distance_scene_fillers:
        k -= 1
    return any(tuple(words[max(0, k - len(t)) : k]) == t for t in lex.distance_scene_leads)


IDLE_REACH = 3  # words between an idle verb and the duration it lasts ("ligge på sengen en time")


def _idle_duration(words, m, wish_at: int | None, lex) -> bool:
    """True for a duration shortly after a verb of lying, resting, sleeping, waiting or searching
    in its own clause before any wish ("må ligge på sengen en time bagefter", "hvile en halv time
    imellem", "leder en halv time"): how long the trouble lasts today, no level to reach."""
    if _kind(m, lex) != lex.unit_kinds.get(_HOUR, _HOUR):
        return False
    if wish_at is not None and m.start > wish_at:
        return False
    if _said_after(words, m.end, lex.one_at_a_time):
        return False  # "kan kun sove to timer ad gangen": the level, a measure
    if idle_after(words, m.end, lex):
        return True  # "går rundt en time og leder"
    for k in range(m.start - 1, max(-1, m.start - 2 - IDLE_REACH), -1):
        if words[k] in lex.idle_words:
            return True
        if words[k] in lex.clause_breaks or words[k] == _COMMA:
            return False
    return False


def _onset_after_wish(words, m, wish_at: int | None, cl, lex) -> bool:
    """True for a duration after "efter" in a clause of its own after the wish ("…, lige nu er
    han forpustet efter ti minutter", "… men stemmen bliver hæs efter fem minutter"): when
    today's trouble starts, no level to reach."""
    if wish_at is None or m.start <= wish_at or cl.in_motivation(m.start):
        return False
    if _kind(m, lex) != lex.unit_kinds.get(_HOUR, _HOUR):
        return False
    k = m.start - 1
    while k > wish_at and words[k] in lex.onset_fillers:
        k -= 1
    if k <= wish_at or words[k] not in lex.onset_leads:
        return False
    return any(w in lex.clause_breaks or w == _COMMA for w in words[wish_at:k])


def _cost_now_after_wish(words, m, wish_at: int | None, cl, lex) -> bool:
    """True for a duration in a clause of its own after the wish that says, with a now-word and a
    verb of taking before it, what the task costs today ("… selv til tredje sal. nu det tager
    tyve minutter", "…, men lige nu bruger han en time"), or after a concession ("… også
    selvom det tager ham en time"): no level to reach."""
    if wish_at is None or m.start <= wish_at or cl.in_motivation(m.start):
        return False
    if _kind(m, lex) != lex.unit_kinds.get(_HOUR, _HOUR):
        return False
    for k in range(m.start - 1, wish_at, -1):
        if words[k] in lex.clause_breaks:
            break
        if _said_after(words, k, lex.cost_concessions):
            # "…, også selvom det tager ham en time": the cost accepted
            return any(w in lex.now_cost_verbs for w in words[k : m.start])
    lo = next(
        (
            k + 1
            for k in range(m.start - 1, wish_at, -1)
            if words[k] in lex.clause_breaks or words[k] == _COMMA
        ),
        None,
    )
    if lo is None:
        return False
    said = words[lo : m.start]
    now = any(" ".join(said[k : k + 2]) in lex.now_cost_leads for k in range(len(said))) or any(
        w in lex.now_cost_leads for w in said
    )
    return now and any(w in lex.now_cost_verbs for w in said)


def _said_after(words, k: int, phrases) -> bool:
    """True when one of the phrases (word tuples) is said from word k on."""
    return any(tuple(words[k : k + len(p)]) == p for p in phrases)


def _kind(found, lex) -> str:
    """What a measure measures: its unit's kind ("distance" for meter and kilometer), else its
    unit."""
    unit = found.value.unit
    return lex.unit_kinds.get(unit, unit)


def _said_twice(words, measures, lex):
    """Drop a measure that says an earlier one again in another unit of its kind ("hele trappen
    op til første sal … det er sytten trin", "2. sal, 34 trin", "en halv time, altså 30
    minutter"): one measure, as first said. Two said right after each other or joined by "og"
    are a sum ("en time tyve minutter", "en time og 20 minutter") and stay."""
    kept: list = []
    for m in measures:
        said = next((k for k in kept if _kind(k, lex) == _kind(m, lex)), None)
        between = list(words[said.end : m.start]) if said else []
        said_words = [w for w in between if w not in _SUM_MARKS]
        summed = not between or (len(said_words) == 1 and said_words[0] in lex.sum_joins)
        if said is None or said.value.unit == m.value.unit or summed:
            kept.append(m)
        elif _ordinal(words[said.start], lex) and not _ordinal(words[m.start], lex):
            # "op til første sal … det er sytten trin": the floor was where the way ends, the
            # count said after it is the measure
            kept[kept.index(said)] = m
    return kept


def _ordinal(word: str, lex) -> bool:
    """True for an ordinal said as a word ("første", "anden"), no cardinal."""
    cardinal, ordinal = word_number(word, lex.numbers)
    return cardinal is None and ordinal is not None


_SUM_MARKS = frozenset({","})  # "2 km, og 500 meter": still a sum


def _reached_level(words, measures, lex, wish_at: int | None = None):
    """Drop a measure that tells today's level when a later one of the same kind is the level
    to reach: after a target lead ("kun fem minutter ad gangen … op på ti minutter", "arbejder
    10 timer … op på 20") or in the wish after it ("går 200 m med krykker nu, vil gerne gå de 2
    km"; "det tager mig en time … vil gerne kunne gøre det på et kvarter")."""
    led = [
        m
        for m in measures
        if any(tuple(words[max(0, m.start - len(t)) : m.start]) == t for t in lex.target_leads)
    ]
    targets = led + [m for m in measures if wish_at is not None and m.start > wish_at]

    def later(m, found) -> bool:
        return any(_kind(t, lex) == _kind(m, lex) and t.start > m.start for t in found)

    # a level after a target lead beats one said earlier in the wish too ("vil gerne læse igen,
    # kan ikke mere end 10 min ad gangen, vil gerne op på en halv time")
    return [
        m
        for m in measures
        if m in led or (not later(m, led) and (m in targets or not later(m, targets)))
    ]


def _in_without_clause(words, k: int, cl, lex) -> bool:
    """True inside an "uden at …" clause (not "uden hjælp to gange om ugen"), or one said without
    its "at" with a subject and a modal ("uden jeg skal tage en sovepille hver aften", dialect
    "uden æ ska ta …"); one whose own subject is another person goes on through "og" and that
    person's next verb ("uden at min datter skal ringe og minde mig om det hver lørdag")."""
    at = lex.motivation.purpose_marker
    for s, e in cl.without:
        if s + 1 >= len(words) or not s < k:
            continue
        if words[s + 1] == at:
            subj = s + 2
            if _pause_left_out(words, subj, lex):
                continue  # "uden at sætte mig hver tirsdag"
        elif _subject_and_modal(words, s + 1, lex):
            subj = s + 1
        else:
            continue
        if k < e or _helper_goes_on(words, subj, e, k, lex):
            return True
        if _others_clause_runs_on(words, subj, e, k, lex):
            return True  # "uden at min kone skal lægge dem op hver søndag": past the scope
    return False


def _others_clause_runs_on(words, subj: int, e: int, k: int, lex) -> bool:
    """True when the "uden at" clause's subject at subj is another person ("min kone", "hun")
    and its words run on from the scope's end e to k with no comma, clause break, conjunction,
    reason or new subject between: the rest of that person's clause ("uden at min datter skal
    køre mig hver uge")."""
    classes = lex.classes
    others = set(classes.get("subj_other", ())) | set(classes.get("poss", ()))
    if subj >= len(words) or words[subj] not in others and words[subj] not in lex.people:
        return False
    stops = {",", *lex.clause_breaks, *lex.soft_clause_breaks, *lex.motivation.stops}
    subjects = set(classes.get("subj_any", ()))
    return not any(w in stops or w in subjects or w in _SENTENCE_ENDS for w in words[e:k])


def _subject_and_modal(words, k: int, lex) -> bool:
    """True for a subject and a modal right after "uden", its "at" left out ("uden jeg skal
    …", "uden hun skal ringe"), the subject a person too ("uden sygeplejersken skal komme", dialect
    "uden æ sygeplejerske ska kom"; "uden min datter skal ringe"); "uden min stok", "uden hjælp"
    are no clause, nor a person before an inverted subject ("uden min datter kan jeg ikke …")."""
    classes = lex.classes
    n, modal = len(words), classes.get("modal", ())
    if k + 1 < n and words[k] in classes.get("subj_any", ()) and words[k + 1] in modal:
        return True
    if k + 1 < n and words[k] in classes.get("det", ()) and words[k + 1] in lex.people:
        k += 1  # "uden min datter skal …"
    return (
        k + 2 < n
        and words[k] in lex.people
        and words[k + 1] in modal
        and words[k + 2] not in classes.get("subj_any", ())
    )


def _pause_left_out(words, k: int, lex) -> bool:
    """True when the "uden at" clause from k is a rest left out ("sætte mig", "skulle stoppe")."""
    ind = lex.independence
    k += k < len(words) and words[k] in ind.pause_verb_gap
    return k < len(words) and words[k] in ind.pause_verbs


def _helper_goes_on(words, subj: int, e: int, k: int, lex) -> bool:
    """True when the "uden at" clause's subject at subj is another person and its words run on
    from e to k on through "og", without a comma, a clause break or a new subject."""
    classes = lex.classes
    others = set(classes.get("subj_other", ())) | set(classes.get("poss", ()))
    if subj >= len(words) or words[subj] not in others and words[subj] not in lex.people:
        return False
    if not set(words[subj:k]) & lex.soft_clause_breaks:
        return False  # no "og" goes on: the scope of "uden at" stands
    subjects = set(classes.get("subj_any", ()))
    return not any(w == "," or w in lex.clause_breaks or w in subjects for w in words[e:k])


def _negated_reason(words, cl, lex, upto: int | None = None) -> bool:
    """True for a reason that says what is to be avoided ("så jeg ikke skal ligge og vente i en
    time"): its amounts are no goal to reach. With `upto`, only a negation before it counts."""
    lo, hi = cl.motivation
    return bool(set(words[lo : hi if upto is None else min(hi, upto)]) & lex.negations)


def _negated_clause(words, cl, lex, at: int) -> bool:
    """True when a negation stands in the reason's clause of the word at `at`, before it ("så
    jeg ikke skal ligge og vente i en time") or after it in the same clause ("så jeg kan gå de 200
    meter og ikke skal tage bussen"); a clause ends at a comma or a sentence's end."""
    lo, hi = cl.motivation
    start = next((k + 1 for k in range(at - 1, lo - 1, -1) if words[k] in _CLAUSE_MARKS), lo)
    end = next((k for k in range(at, hi) if words[k] in _CLAUSE_MARKS), hi)
    return bool(set(words[start:end]) & lex.negations)


_CLAUSE_MARKS = frozenset({",", ".", ";", "!", "?", ":"})


def _said_whole(texts, words, freq, lex) -> str | None:
    """The frequency's words as said, when they say it whole ("tre gange om ugen"); None for a
    correction that gave only the number ("… to gange om ugen eller nej tre gange")."""
    if freq is None or lex.units.get(words[freq.end - 1]) == _TIMES:
        return None
    if words[freq.start] in lex.times_words:  # "engang om ugen" is written "en gang om ugen"
        return None
    if (told := quantities.day_first_said(texts, words, freq, lex)) is not None:
        return told  # "fredag. hver uge.": "hver fredag"
    # "en gang om ugen, om søndagen": said on as one phrase, without its comma; a list after it
    # keeps its own ("tre gange om ugen, tirsdag, torsdag og søndag")
    # "Hver morgen. Mandag til fredag.": the days said after a stop join the phrase
    aside = quantities.asides_between_days(words, freq.start, freq.end, lex)  # ", hvor …,"
    span = [
        words[k] if k > freq.start and texts[k - 1] in _SENTENCE_ENDS else texts[k]
        for k in range(freq.start, freq.end)
        if texts[k] not in _SENTENCE_ENDS and k not in aside
    ]
    while span and span[-1] == _COMMA:
        span.pop()
    span = without_one_occasion(span, words, freq.start, freq.value.times, lex)  # "en tur hver"
    commas = [i for i, t in enumerate(span) if t == _COMMA]
    kept = [t for i, t in enumerate(span) if not commas or i != commas[0]]
    return " ".join(kept).replace(f" {_COMMA}", _COMMA)


PRACTICE_REACH = 4  # words between a practice verb and its frequency ("øve det en tre gange")


def _practised(texts, words, lemmas, freq, lex, said: str | None) -> str | None:
    """The frequency said of practice, with its verb as the infinitive and its object ("øh vi
    kunne øve det en tre gange om ugen": "øve det tre gange om ugen"): how often the citizen
    practises, not how often the goal happens (getting up from the floor three times a week),
    also with where between ("jeg træner i fitnesscentret 3 gange om ugen": "træne 3 gange om
    ugen"); a group's finite "vi øver …" tells its schedule and keeps no verb."""
    if said is None or freq is None:
        return said
    k = freq.start - 1
    while k >= 0 and freq.start - k <= PRACTICE_REACH and words[k] in lex.practice_gap:
        k -= 1
    if k > 0 and words[k - 1] in lex.practice_place_leads and words[k].isalpha():
        k -= 2  # "jeg træner i fitnesscentret 3 gange om ugen": where it is practised
    if k < 0 or freq.start - k > PRACTICE_REACH or lemmas[k] not in lex.practice_verbs:
        return _practised_after(words, lemmas, freq, lex, said)
    objects = [texts[i] for i in range(k + 1, freq.start) if words[i] in lex.practice_objects]
    group = k and words[k - 1] in lex.practice_group_subjects and words[k] != lemmas[k]
    if group and not objects:
        return said  # "vi øver tre gange om ugen": when the group practises, no verb of hers
    # "vi træner os hver dag": the group trains itself, the citizen among them
    return " ".join([lemmas[k], *objects[:1], said])


def _practised_after(words, lemmas, freq, lex, said: str) -> str:
    """The frequency with the practice verb said right after it, inverted before its own
    subject ("En gang om ugen øver jeg i stuen": "øve en gang om ugen"); a group's ("hver
    onsdag aften, der øver vi") tells when the group meets and keeps no verb."""
    k = freq.end
    if k + 1 >= len(words) or lemmas[k] not in lex.practice_verbs:
        return _training_deed(words, lemmas, freq, lex, said)
    subject = words[k + 1]
    if subject not in lex.run_on_subjects or subject in lex.practice_group_subjects:
        return said
    return f"{lemmas[k]} {said[:1].lower()}{said[1:]}"


TRAINING_REACH = 4  # words of the object between a training deed's subject and its frequency


def _training_deed(words, lemmas, freq, lex, said: str) -> str:
    """The frequency with the deed of training it is told of, its verb as the infinitive and
    its object ("Indtil da går jeg en tur hver dag for at få kondition": "gå en tur hver dag"):
    the deed's own subject stands beside its finite verb (not a group's "vi") and a training
    purpose follows in the same sentence. As said when not so ("jeg går til kor hver tirsdag")."""
    end = next((k for k in range(freq.end, len(words)) if words[k] in _SENTENCE_ENDS), len(words))
    rest = tuple(words[freq.end : end])
    trains = any(rest[k : k + len(p)] == p for p in lex.practice_purposes for k in range(len(rest)))
    if not trains:
        return said
    # "går en tur hver tirsdag": the span found may open at "en"; the frequency as said at "hver"
    first = said.split()[0].lower() if said.split() else ""
    start = next((j for j in range(freq.start, freq.end) if words[j] == first), freq.start)
    for k in range(max(0, start - TRAINING_REACH - 2), start):
        if lemmas[k] not in lex.practice_deed_verbs or words[k] == lemmas[k]:
            continue  # a finite verb of a training deed ("går"), not its infinitive
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        subject = k + 1 if after in lex.run_on_subjects else k - 1
        if subject < 0 or words[subject] not in lex.run_on_subjects - lex.practice_group_subjects:
            continue
        if before not in lex.run_on_subjects and after not in lex.run_on_subjects:
            continue
        obj = range(max(k, subject) + 1, start)
        if all(_training_object(words, j, lex) for j in obj):
            return " ".join([lemmas[k], *(words[j] for j in obj), said[:1].lower() + said[1:]])
    return said


def _training_object(words, j: int, lex) -> bool:
    """True for a word of a training deed's object ("en tur") or where it is done ("på
    motionscyklen": a place lead, or the one word after it)."""
    lead = words[j] in lex.practice_place_leads and j + 1 < len(words) and words[j + 1].isalpha()
    placed = j and words[j - 1] in lex.practice_place_leads and words[j].isalpha()
    return words[j] in lex.practice_deed_objects or lead or bool(placed)


def _speaker_said(words, i: int, lex) -> bool:
    """True for the person in "jeg er hans nabo", "jeg er fra hjemmeplejen", "som gammel
    sygeplejerske": the speaker, as they are or were."""
    k = i
    while k > 0 and i - k < SPEAKER_GAP and words[k - 1] in lex.speaker_gap:
        k -= 1
    return any(tuple(words[max(0, k - len(lead)) : k]) == lead for lead in lex.speaker_leads)


def _role_said(words, i: int, person: str, lex) -> bool:
    """True for a bare person word right after "er", "var", "være" ("mor var besøgsven", "hun
    har været sygeplejerske", "være frivillig besøgsven"): what someone is or becomes, no
    person ("det er hjemmesygeplejersken der …", definite, and the cleft "det var morfar der …"
    name her or him)."""
    k = i
    while k > 1 and i - k < ROLE_GAP and words[k - 1] in lex.role_gap:
        k -= 1  # "være en ordentlig far"
    cleft = i + 1 < len(words) and words[i + 1] in lex.relative_pronouns  # "det var morfar der …"
    bare = words[i] == person or (words[i] not in lex.people and words[i].endswith(person))
    return (
        k > 0
        and bare  # "være læsemakker": a compound's bare head too
        and words[k - 1] in lex.role_copulas
        and not cleft
        and not _there_is(words, k, i, lex)
        and not relative_subject(words, i, lex)  # "tørretang som ergoterapeut viste ham"
    )


def _there_is(words, k: int, i: int, lex) -> bool:
    """True for "der er en frivillig fra kirken …", "øh der er nogle naboer": someone there,
    said with an indefinite article after an existential subject that opens its clause (not a
    person's "mor der var en god sygeplejerske")."""
    if k < 2 or words[k - 2] not in lex.existential_subjects:
        return False
    if not set(words[k:i]) & lex.existential_articles:
        return False
    return k < 3 or words[k - 3] not in lex.people


#: Words of role_gap that may stand between a copula and a role ("være en ordentlig far").
ROLE_GAP = 2


def _none_there(words, i: int, person: str, lex) -> bool:
    """True for the person of "hun har ingen familie tilbage", "der er jo ingen naboer", and of
    an answer opening "ingen familie" (one of none_kinds): no one of that kind, no person."""
    if i == 0 or words[i - 1] not in lex.none_leads:
        return False
    k = i - 1
    while k > 0 and words[k - 1] in lex.none_gap:
        k -= 1
    return (k == 0 and person in lex.none_kinds) or (k > 0 and words[k - 1] in lex.none_verbs)


_SAY_REACH = 2  # words from a verb of saying to the quote it opens ("sagde altid:")


def _addressed(words, i: int, person: str, lex) -> bool:
    """True for a bare kin word right before "du" ("min søn siger nej far du skal hvile"), or
    opening quoted speech before a comma ("han siger: far, køb bare Nescafé"), or quoted right
    after a saying verb with a mark after it ("hun råber mor! pas på"): the one spoken to, as
    their child calls them, no person named."""
    if words[i] != person or i + 1 >= len(words):
        return False
    if i and words[i - 1] in lex.addressed_openers and words[i + 1] in lex.addressed_closers:
        return bool(set(words[max(0, i - _SAY_REACH - 1) : i - 1]) & lex.addressed_say_verbs)
    spoken = words[i + 1] in lex.addressed_by or quoted_address(words, i, lex)
    return spoken and not set(words[max(0, i - 2) : i]) & lex.owners


def _said_of_person(words, i: int, lex) -> bool:
    """True for the owned person word that says what a person named just before is to the
    speaker: "min svoger er min chef", "min datter er min bedste ven" name one person, the
    subject (its role and any refusal said after are the subject's)."""
    k = i - 1
    while k > 0 and words[k] in lex.named_kin_gap:
        k -= 1  # "min bedste ven"
    if k < 2 or words[k] not in lex.possessives or words[k - 1] not in lex.role_copulas:
        return False
    return words[k - 2] in lex.people


GENITIVE_MIN = 3  # letters of a name's genitive ("Ibs")


def _owner_of_thing(words, i: int, lemma: str, lex) -> bool:
    """True for a person word said in the genitive before an aid ("med min datters
    røremaskine", "min mands gamle rollator"): the aid's owner, no one of the goal; a genitive
    before anything else stays ("mit barnebarns konfirmationskjole", "min mands grav")."""
    word = words[i]
    base = word[:-2] if word.endswith("es") and lex.people.get(word[:-2]) == lemma else word[:-1]
    if not word.endswith("s") or lex.people.get(base) != lemma or base == word:
        return False
    k = skip_ahead(words, i + 1, lex.named_kin_gap)  # "min søns gamle …"
    return k < len(words) and words[k] in lex.aids


def _kin_of_other(words, i: int, lex) -> bool:
    """True for the person word that tells who someone just named is to another person, owned
    by a name's genitive after a copula ("mit barnebarn Lene hun er Almas mor", "han er Emils
    far"): that person's kin, no one of the citizen's network."""
    if i < 3 or words[i - 2] not in lex.role_copulas:
        return False
    owner, subject = words[i - 1], words[i - 3]
    genitive = len(owner) >= GENITIVE_MIN and owner.endswith("s") and owner.isalpha()
    if not genitive or owner in lex.owners or owner in lex.people:
        return False
    return subject in lex.third_person_subjects or subject in lex.people


def _run_on(words, i: int, lex) -> bool:
    """True at "jeg" in a run-on "… mere jeg vil gerne …": a new statement starts with it."""
    modals = lex.classes.get("modal", ())
    return (
        i > 1
        and words[i] in lex.run_on_subjects
        and words[i - 1] not in lex.run_on_not_after
        and words[i - 1] not in modals  # "om en måned vil jeg kunne …" is one clause
        and i + 1 < len(words)
        and words[i + 1] in modals
    )


def _now_run_on(words, i: int, lex) -> bool:
    """True at a time of now (`run_on_now_leads`) with a modal and a subject after it ("lige nu
    kan jeg", "i dag kan hun"): a new statement of what one manages today starts with it."""
    modals = lex.classes.get("modal", ())
    for lead in reversed(lex.run_on_now_leads):  # the longest first
        k = i + len(lead)
        if tuple(words[i:k]) == lead and k + 1 < len(words):
            return words[k] in modals and words[k + 1] in lex.run_on_subjects
    return False


def _points_back(words, start: int, lex) -> bool:
    """True when a later wish points back at what was told ("… og det vil jeg gerne igen")."""
    wish = lex.wish_verbs
    return any(
        words[k] in lex.pointing_back and words[k + 1] in wish for k in range(start, len(words) - 1)
    )


def _bare_motion(words, wished, cues, lex) -> bool:
    """True for words that only move in a direction ("gaa op", "vil gerne gå ned igen selv"): a
    verb of the motion activity before a direction word, and nothing else that names an
    activity; where to is told elsewhere."""
    # "går selv derhen": a word pointing back to a place told before is a direction too
    ways = lex.action.bare_directions | lex.freq_there_words
    directions = [k for k in wished if words[k] in ways]
    moving = [k for k in wished if {a for a, _w in cues[k]} == {lex.motion_activity}]
    adverbs = lex.fillers_and_adverbs
    after = lambda k: next((j for j in range(k + 1, len(words)) if words[j] not in adverbs), None)  # noqa: E731
    if not lex.motion_activity or not any(after(k) in directions for k in moving):
        return False  # "gå op", "gaa ned igen": a verb of motion right before a direction
    named = (k for k in wished if cues[k] and k not in moving)
    return next(named, None) is None  # no thing or place that names an activity


def _side_clause(words, i: int, lex) -> bool:
    """True at a told aside inside a run-on wish ("… gøre toilettet rent det har hun altid gjort",
    "… ud til sommerhuset det er min et og alt"): the wish's own phrase ends before it; not in
    an embedded question ("huske hvilken dag det er")."""
    if i < 2 or tuple(words[i : i + 2]) not in lex.side_clause_starts:
        return False
    return not set(words[max(0, i - 3) : i]) & lex.side_clause_not_after


def _soft_break(words, i: int, lex) -> bool:
    """True for "og" before "jeg vil …" / "så vil jeg …": a new statement starts."""
    modals = lex.classes.get("modal", ())
    return (
        words[i] in lex.soft_clause_breaks
        and i + 2 < len(words)
        and words[i + 1] in lex.soft_break_subjects
        and (words[i + 2] in modals or (i + 3 < len(words) and words[i + 3] in modals))
    )


def _parts(words, lex, soft: bool) -> list[tuple[int, int]]:
    """Split token indices at clause breaks ("men", sentence ends) and, with `soft`, at "og jeg
    vil …" (independence only: the activity keeps the context "bor på tredje sal og …")."""
    parts, start = [], 0
    # the words each test below needs first: the others are passed without a call
    subjects, breaks, soft_breaks = lex.run_on_subjects, lex.clause_breaks, lex.soft_clause_breaks
    cleft = lex.cleft_leads[0] if lex.cleft_leads else None
    for i, w in enumerate(words):
        if soft and i > start and words[i - 1] == "," and _now_run_on(words, i, lex):
            parts.append((start, i))  # "…, lige nu kan jeg kun gå 300 meter": today's level
            start = i
        elif soft and w in subjects and _run_on(words, i, lex):
            if i > start:
                parts.append((start, i))
            start = i
        elif w in breaks or (soft and w in soft_breaks and _soft_break(words, i, lex)):
            if i > start:
                parts.append((start, i))
            start = i + 1
        elif w == cleft and i - start >= CLEFT_AFTER and _cleft_at(words, i, lex):
            parts.append((start, i))  # "toilettet klarer jeg fint det er barberingen der …"
            start = i
    if start < len(words):
        parts.append((start, len(words)))
    return _with_bursts(words, parts, lex)


FRAGMENT_WORDS = 4  # "300 meter.", "med stokken.", "morgen og aften.": a typed burst's tail


def _with_bursts(words, parts, lex) -> list[tuple[int, int]]:
    """Join a short burst without subject or modal ("… igen. 300 meter. med stokken. hver
    morgen.") to the part before it: typed in bursts, it still tells about that statement."""
    modals = lex.classes.get("modal", ())
    out: list[tuple[int, int]] = []
    for lo, hi in parts:
        if out and not any(c.isalpha() for c in words[lo - 1]):  # after a full stop, not "men"
            said = [w for w in words[lo:hi] if any(c.isalnum() for c in w)]
            plain = not any(
                w in lex.run_on_subjects or w in modals or w in lex.negations for w in said
            )
            if 0 < len(said) <= FRAGMENT_WORDS and plain:
                out[-1] = (out[-1][0], hi)
                continue
        out.append((lo, hi))
    return out


def _elided(words, inside, stance: str, lo: int, hi: int, lex) -> bool:
    """True when every stance phrase of a part stands alone in its clause ("han gider ikke",
    then a new subject or the end; only a subject or "det" before it): what is not wanted or
    managed was named in the part before. "trapperne er svære" names its own thing."""
    found = [(s, e) for lab, s, e in inside if lab == stance]
    bare = lex.run_on_subjects | lex.fillers | lex.pointing_back
    return bool(found) and all(
        (e >= hi or words[e] in lex.run_on_subjects) and all(w in bare for w in words[lo:s])
        for s, e in found
    )


def _cleft_at(words, i: int, lex) -> bool:
    """True where a cleft ("det er barberingen der er svær") starts a new statement."""
    lead = lex.cleft_leads
    if not lead or words[i] != lead[0] or tuple(words[i : i + len(lead)]) != tuple(lead):
        return False
    after = i + len(lead)
    if after >= len(words) or not words[after].isalpha() or words[after] in lex.cleft_not_named:
        return False  # "hvilken dag det er og …", "det er at bære kurven der …": no thing named
    if words[i - 1] in lex.side_clause_not_after or words[i - 2] in lex.side_clause_not_after:
        return False
    return any(w in lex.relative_pronouns for w in words[after + 1 : after + 1 + CLEFT_REACH])


def _practice_told(words, lemmas, matches, cl, wish, told, lex) -> bool:
    """ "jeg vil træne hukommelsen. jeg vil løse krydsord hver dag": the wish's own verb is one
    of practice (lex.practice_verbs), and the part holding the frequency is a wish of its own
    after it (the way it is trained); "… min datter kommer hver søndag" is no wish."""
    lo, hi = wish
    if not any(
        lemmas[k] in lex.practice_verbs or words[k] in lex.practice_verbs for k in range(lo, hi)
    ):
        return False
    return _part_stance(matches, told[0], told[1], cl) == "wish"


def _part_stance(matches, lo: int, hi: int, cl: clauses.Clauses) -> str | None:
    """The stance of the words lo..hi (see _stance)."""
    return _stance([m for m in matches if lo <= m[1] < hi], cl)


def _wishes(matches) -> list[int]:
    """Where the wish cues start that no "vil ikke" / "ikke vil" negates."""
    negated = [(s, e) for lab, s, e in matches if lab == "wish_negated"]
    return [s for lab, s, e in matches if lab == "wish" and not _negated_wish(s, e, negated)]


POINT_BACK_REACH = 3  # words from a wish cue to its "det" ("vil gerne kunne det igen")


def _selv_taken_up(words, matches, cl, lex) -> bool:
    """True when a wish that only points back ("vil gerne kunne det igen") follows what one
    cannot do on one's own ("kan ikke vaske håret selv"): the wish is to manage it alone."""
    wish_at = min((s for lab, s, _e in matches if lab == "wish"), default=None)
    if wish_at is None:
        return False
    near = words[max(0, wish_at - 2) : wish_at + 1 + POINT_BACK_REACH]  # "det vil jeg gerne"
    if not set(near) & lex.pointing_back:
        return False
    return any(
        lab == "selv"
        and s < wish_at
        and words[s] in lex.independence.said_selv_words  # said, not read from "uden at hvile"
        and clauses.negated_selv(words, s, lex)
        for lab, s, _e in matches
        if not cl.in_motivation(s)
    )


def _selv_claimed(words, matches, cl, lex) -> bool:
    """True when the person says "selv" of what they will do ("tage bussen selv ned til
    kirken"): a "selv" cue at a word said, not negated, not in the reason."""
    return any(
        lab == "selv"
        and words[s] in lex.independence.said_selv_words
        and clauses.plain_selv(words, s, lex)  # no "selv om", "mig selv", "kan ikke selv"
        and not cl.in_motivation(s)
        for lab, s, _e in matches
    )


def _negated_wish(s: int, e: int, negated) -> bool:
    """True when a "vil ikke" span negates the wish cue at s..e; a wish cue that runs past the
    negation holds it ("vil ikke være bange … mere": no longer to be afraid)."""
    return any(a <= s < b and e <= b for a, b in negated)


def _tools(words, matches, cues, side, lex) -> tuple[clauses.Span, ...]:
    """A thing another activity named in the utterance is done with ("tage opvasken … sætte
    tallerknerne på plads", "vaskemaskinen … alle de knapper"): the thing, and an activity
    phrase around it ("holde på kniven"), modify that activity (_common.yaml tools_of); not
    when the thing's own activity is named too ("spilder suppen … spise"): then it is that one's.
    """
    if not lex.tools_of or _tool_users(lex).keys().isdisjoint(words):
        return ()  # no thing of tools_of said (most utterances): no tool to find
    named: dict[str, set[int]] = {}  # activity → where it is named, not by a tool, not aside
    for k, hits in enumerate(cues):
        for a, wt in hits:
            if (
                wt >= activity.DEFAULT_WEIGHT
                and not side(k)
                and words[k] not in lex.tools_of.get(a, ())
            ):
                named.setdefault(a, set()).add(k)
    if not named:
        return ()
    things_of = _tool_users(lex)
    # "tømme opvaskemaskinen … tallerknerne og glassene": things that are tools of an activity
    # named are no proof of their own activity, for each other either
    used = {
        i
        for i, w in enumerate(words)
        if (tools := things_of.get(w)) and any(named.get(a, set()) - {i} for a in tools)
    }
    out = []
    for i, w in enumerate(words):
        if w not in things_of:
            continue
        users = [a for a in things_of[w] if named.get(a, set()) - {i}]
        own = {a for a, _wt in cues[i]}
        if not users or own & set(users) or any(named.get(a, set()) - used for a in own):
            continue  # no other activity named, the thing names it, or its own is named too
        # … and the way it is done on, with it ("… på telefonen": a motion phrase)
        around = [(s, e) for lab, s, e in matches if lab.startswith(_TOOL_PHRASES) and s <= i < e]
        out.append(around[0] if around else (i, i + 1))
    return tuple(out)


_TOOL_PHRASES = ("ACT:", "MOV:")  # the activity phrases a tool's span takes in

# id of a lexicon's tools_of → (that tools_of, kept so the id is not reused; the table)
_TOOL_USERS: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _tool_users(lex) -> dict[str, tuple[str, ...]]:
    """tools_of turned round, once per lexicon: thing → the activities done with it."""
    key = id(lex.tools_of)
    if key not in _TOOL_USERS:
        users: dict[str, list[str]] = {}
        for a, things in lex.tools_of.items():
            for thing in things:
                users.setdefault(thing, []).append(a)
        _TOOL_USERS[key] = (lex.tools_of, {t: tuple(a) for t, a in users.items()})
    return _TOOL_USERS[key][1]


def _refusals(words, matches, cues, lex) -> tuple[clauses.Span, ...]:
    """What someone will not have or do ("… hun sidder inde hele dagen og vil ikke have besøg
    af nogen"): a behaviour that may come from the state told beside it (the caller weighs it
    as side words only when the rest names such a state). A refused helper ("vil ikke have
    hjemmeplejen til at hjælpe med strømperne") is refused help: the activity stays the point."""
    helpers = frozenset(lex.classes.get("helper", ()))
    out = []
    for lab, s, _e in matches:
        if lab != "wish_negated":
            continue
        end = clauses.modifier_end(words, s, lex)
        named = next((k for k in range(s, end) if cues[k] or words[k] in helpers), None)
        if named is not None and words[named] not in helpers:
            out.append((s, end))
    return tuple(out)


def _put_in(before: str, after: str) -> tuple[int, int]:
    """The word span of `after` that stands for words changed in `before` ("den" → "min
    Volvo Amazon": the name's words)."""
    a, b = before.split(), after.split()
    lo = next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    tail = next(
        (k for k in range(1, min(len(a), len(b)) - lo + 1) if a[-k] != b[-k]),
        min(len(a), len(b)) - lo + 1,
    )
    return lo, len(b) - tail + 1


def _without_idle_cues(words, matches, lex):
    """The matches less the cues that say nothing of the citizen: a resource on a "selv" of
    who says it or of an ailment ("mor siger selv …", "han har selv dårlig ryg"), a resource in
    a past cleft ("det var far der klarede …"), help or need for the other things ("… jeg
    skal have hjælp til resten") and a wish word in what someone knows ("hun ved godt hvad hun
    vil sige")."""
    out = []
    for lab, s, e in matches:
        if lab == "wish" and _in_known_question(words, s, lex):
            continue
        if lab == "wish" and idle_preference(words, matches, s, e, lex) is not None:
            continue  # "gider ikke lave øvelserne … og vil hellere se fodbold": an excuse
        if lab == "selv" and one_motion_go(words, matches, s, e, lex):
            continue  # "rejse mig i et hug": the movement in one go, no way of managing
        if lab in _RESOURCE_LABELS and (
            clauses.idle_selv(words, e - 1, lex)
            or _in_past_cleft(words, s, lex)
            or _contradicted_claim(words, s, e, lex)
        ):
            continue
        if lab in _NEED_LABELS and _other_things_after(words, e, lex):
            continue
        if lab == "difficulty" and in_others_view(words, matches, s, lex):
            continue  # "…, det er kun min datter der synes jeg er blevet glemsom"
        out.append((lab, s, e))
    return out


def _in_known_question(words, s: int, lex) -> bool:
    """True when the cue at s is in a question after a verb of knowing: "ved (godt) hvad hun"
    right before it, or of showing or telling ("kan selv vise hvad han vil have")."""
    k = s - 1
    while k >= 0 and s - k <= 2 and words[k] in lex.run_on_subjects:
        k -= 1
    if k < 1 or words[k] not in lex.question_words:
        return False
    k -= 1
    told = k
    skips = lex.telling_skips | lex.run_on_subjects
    while told > 0 and k - told < TELLING_GAP and words[told] in skips:
        told -= 1  # "peger selv på hvad han vil ha", "nu peger han selv på hvad …"
    if words[told] in lex.telling_verbs:
        return True
    while k > 0 and words[k] in lex.knowing_adverbs:
        k -= 1
    return words[k] in lex.knowing_verbs


def _contradicted_claim(words, s: int, e: int, lex) -> bool:
    """True for a resource told as what someone says, then contradicted after "men" ("hun siger
    jo hun klarer tøjet selv men altså hun tager tre trøjer på …")."""
    stops = lex.clause_breaks | lex.contrast_words
    said = False
    for k in range(s - 1, max(-1, s - 1 - CLAIM_REACH), -1):
        if words[k] in stops:
            break
        if words[k] in lex.independence.said_verbs:
            said = True
            break
    return said and any(w in lex.contrast_words for w in words[e:])


def _in_past_cleft(words, s: int, lex) -> bool:
    """True when the cue at s follows "det var <someone> der" ("det var far der klarede …")."""
    for r in range(max(0, s - 2), s):
        if words[r] not in lex.relative_pronouns:
            continue
        for lead in lex.past_cleft_leads:
            n = len(lead)
            for t in range(max(0, r - n - CLEFT_REACH), r - n):
                if tuple(words[t : t + n]) == lead:
                    return True
    return False


def _other_things_after(words, e: int, lex) -> bool:
    """True when "resten", "det andet" follows a cue ending at e, maybe after "til"/"med"."""
    k = e + 1 if e < len(words) and words[e] in lex.other_things_leads else e
    return any(tuple(words[k : k + len(o)]) == o for o in lex.other_things)


def _stance(matches, cl: clauses.Clauses) -> str | None:
    """A wish beats a difficulty, a difficulty beats a resource; "vil ikke" is a difficulty.
    Cues in a clause of cause or concession ("fordi …", "selvom …") count only when the rest
    of the utterance has none."""
    if not cl.background:  # no such clause (most utterances): every cue counts
        return _stance_of(matches, cl)
    return _stance_of([m for m in matches if not _backgrounded(m[1], matches, cl)], cl)


def _told_help(words, match, lex) -> bool:
    """True for a help cue said with a helper's verb of today ("jeg hjælper ham hver dag"), not
    in a clause led by one of told_help_not_after ("har sagt ja til at hjemmehjælpen hjælper
    hende": help agreed to, the way ahead)."""
    lab, s, _e = match
    ind = lex.independence
    if lab != clauses.HELP or words[s] not in ind.told_help_verbs:
        return False
    return not any(w in ind.told_help_not_after for w in words[max(0, s - TOLD_HELP_LEAD) : s])


def _side_tokens(
    n: int, fronted: int, matches, cl: clauses.Clauses, excuses=()
) -> tuple[bool, ...]:
    """Per token (read once: the scorers ask many times), whether it is a side word: in the
    purpose clause, an "uden …" scope, a clause that tells when or a refusal's excuse ("… og vil
    hellere se fodbold"), before what is put first, or in a backgrounded clause ("… fordi han
    ikke kan tale ordentligt")."""
    side = [i < fronted for i in range(n)]
    spans = [*cl.without, *cl.told, *excuses]
    if cl.motivation is not None:
        spans.append(cl.motivation)
    for lo, hi in spans:
        for i in range(max(lo, 0), min(hi, n)):
            side[i] = True
    if cl.background:
        for i in range(n):
            if not side[i] and _backgrounded(i, matches, cl):
                side[i] = True
    return tuple(side)


def _backgrounded(i: int, matches, cl: clauses.Clauses) -> bool:
    """True when token i lies in a clause of cause or concession whose own part (up to "men"
    or a sentence end) has a stance cue outside it ("jeg kan godt selv …, selvom …")."""
    host = cl.background_host(i)
    if host is None:
        return False
    lo, hi = host
    return any(
        lab in _STANCE_LABELS
        and lo <= s < hi
        and not cl.in_background(s)
        and not cl.in_motivation(s)
        for lab, s, _e in matches
    )


def _stance_of(matches, cl: clauses.Clauses) -> str | None:
    found: dict[str, list[tuple[int, int]]] = {}
    for lab, s, e in matches:
        if not cl.in_motivation(s):
            found.setdefault(lab, []).append((s, e))
    spans = found.get("wish_negated", [])
    negated = {s for s, _e in spans}
    wishes = [m for m in found.get("wish", []) if not _negated_wish(*m, spans)]
    if wishes:
        return "wish"
    denied = found.get("difficulty_negated", [])  # "det er ikke noget problem"
    # "min søn skriver dem ikke mere for mig": a help no longer needed denies its cues too
    undone = [*denied, *found.get(HELP_ENDED, [])]
    hard = [m for m in found.get("difficulty", []) if not any(s <= m[0] < e for s, e in undone)]
    limits = found.get("limit", [])
    inside = lambda s: any(a <= s < b for a, b in limits)  # noqa: E731
    if limits and any(not inside(s) for s, _e in found.get("resource_firm", [])):
        # "jeg kan godt selv gå i bad, det er kun ryggen jeg ikke kan nå": a limit of the resource
        hard = [m for m in hard if not inside(m[0])]
        negated = {s for s in negated if not inside(s)}
    refusals = found.get("refusal", [])
    refused = {s for r0, r1 in refusals for s in negated if r0 <= s < r1}
    # "jeg kan godt selv tage mine piller, jeg gider ikke have at hjemmeplejen kommer": the
    # "gider ikke" of a refusal is no difficulty beside a firm resource
    hard_left = [m for m in hard if not any(r0 <= m[0] < r1 for r0, r1 in refusals)]
    if not hard_left and (negated or hard) and negated <= refused and found.get("resource_firm"):
        return "resource"  # "jeg kan godt selv gøre rent, jeg vil ikke ha nogen fra kommunen"
    if negated or hard:
        return "difficulty"
    if found.get("resource") or denied:
        return "resource"
    return None


def _plain_negation(words, lex, ended=()) -> bool:
    """True when a negation says that something is not done: not one in a purpose ("det hjælper
    mig til ikke at tænke på en øl"), nor one on a bad habit given up ("har ikke rørt en øl"),
    nor one of a help no longer needed (the `ended` spans: "hjemmehjælpen skal ikke komme mere")."""
    for k, w in enumerate(words):
        if w not in lex.negations or any(lo <= k < hi for lo, hi in ended):
            continue
        purpose = (
            k > 0
            and words[k - 1] in lex.purpose_negation_leads
            and k + 1 < len(words)
            and words[k + 1] in lex.purpose_negation_markers
        )
        given_up = any(t in lex.given_up_things for t in words[k + 1 : k + 1 + lex.given_up_reach])
        if not purpose and not given_up:
            return True
    return False


CONCEDED_MIN_WORDS = 2  # words a statement needs outside its concession to stand on its own


def _conceded_stance(words, matches, cl: clauses.Clauses, stance, g, lex) -> str | None:
    """A statement whose only stance cues lie in its concession ("mor er altid glad selvom hun
    har ondt i ryggen"): what holds in spite of the trouble is the point, a resource (unless
    the statement itself is negated)."""
    if stance != "difficulty" or not cl.background:
        return stance
    spans = [
        (lo, hi)
        for lo, hi in cl.background
        if any(tuple(words[lo : lo + len(lead)]) == lead for lead in g.concessive_leads)
    ]
    if not spans:
        return stance
    conceded = lambda k: any(lo <= k < hi for lo, hi in spans)  # noqa: E731
    cues = [s for lab, s, _e in matches if lab in _STANCE_LABELS]
    if not cues or not all(conceded(s) for s in cues):
        return stance
    said = [w for k, w in enumerate(words) if not conceded(k) and w not in lex.fillers]
    if len([w for w in said if w != _COMMA]) < CONCEDED_MIN_WORDS:
        return stance
    return stance if _plain_negation(said, lex) else "resource"


def _contrast_stance(words, matches, cl: clauses.Clauses, stance, lex) -> str | None:
    """A difficulty told before "men" and a firm resource after it ("jeg kan ikke holde på
    koppen, men med den store kop kan jeg godt selv drikke"), or a firm resource and only what
    it costs after "men så …" ("… men så er jeg så træt"): the statement is the resource."""
    if stance != "difficulty" or not lex.contrast_words:
        return stance
    cuts = [k for k, w in enumerate(words) if w in lex.contrast_words]
    if not cuts:
        return stance
    bounds = [0, *cuts, len(words)]
    parts = [(bounds[n], bounds[n + 1]) for n in range(len(bounds) - 1)]
    said = [(lo, hi, _part_stance(matches, lo, hi, cl)) for lo, hi in parts]
    said = [p for p in said if p[2] is not None]
    if len(said) < 2:
        return stance
    firm = lambda lo, hi: any(  # noqa: E731
        lab == "resource_firm" and lo <= s < hi and not cl.in_motivation(s)
        for lab, s, _e in matches
    )
    lo, hi, last = said[-1]
    if last == "resource" and firm(lo, hi):
        return "resource"
    before_lo, before_hi, before = said[-2]
    costs = lo + 1 < len(words) and words[lo + 1] in lex.cost_leads
    resourced = last == "difficulty" and before == "resource" and firm(before_lo, before_hi)
    if resourced and (costs or _worked_round(words, matches, lo, hi, lex)):
        return "resource"  # "… men så er jeg så træt", "… men … så han sidder på en stol"
    return stance


def _taught_means(words, matches, aids, cl, later, lex) -> str | None:
    """Return hjaelpemiddel when a part after a wish to manage "selv" tells an aid one is shown
    or taught to use ("… tage tøj på selv. ergoterapeuten viser mig med knappekrogen"): the way
    the wish is learnt. A part with a difficulty or a contrast ("men …") is none."""
    taught = lex.independence.taught_verbs
    for lo, hi in later:
        inside = [m for m in matches if lo <= m[1] < hi]
        if _stance(inside, cl) == "difficulty" or words[lo - 1] in lex.contrast_words:
            continue
        if not any(words[k] in taught for k in range(lo, hi)):
            continue
        if any(lo <= i < hi and not cl.in_without(i) for _a, i in aids):
            return "hjaelpemiddel"
    return None


def _not_but(words, at: int, lex) -> bool:
    """True when the clause break at `at` ("men") closes a clause opened by a negation after a
    comma ("…, ikke det hele på en gang men bare en halv time ad gangen"): "not this but that"
    corrects how the same wish is done; no new statement begins."""
    k = at - 1
    while k > 0 and words[k - 1] != ",":
        k -= 1
    return 0 < k < at and words[k] in lex.negations


def _worked_round_with_aid(words, matches, aids, later, lex) -> str | None:
    """Return hjaelpemiddel when the part right after a firm resource works its difficulty round
    with an aid ("… men hun kan ikke stå så længe så hun sidder på en badestol")."""
    if not later:
        return None
    lo, hi = later[0]
    if not _worked_round(words, matches, lo, hi, lex):
        return None
    return "hjaelpemiddel" if any(lo <= i < hi for _a, i in aids) else None


def _worked_round(words, matches, lo: int, hi: int, lex) -> bool:
    """True for a "men" part whose difficulty is worked round after "så" ("men han kan ikke stå
    op så længe så han sidder på en køkkenstol", "… så min nevø har sat mærker på"), with no
    negation nor difficulty after the workaround."""
    troubles = [s for lab, s, _e in matches if lab == "difficulty" and lo <= s < hi]
    if not troubles or not lex.workaround_verbs:
        return False
    for k in range(min(troubles) + 1, hi):
        if words[k] not in lex.workaround_leads:
            continue
        window = words[k + 1 : min(hi, k + 1 + lex.workaround_reach)]
        if not any(w in lex.workaround_verbs for w in window):
            continue
        later = any(lab == "difficulty" and k <= s < hi for lab, s, _e in matches)
        return not later and not any(w in lex.negations for w in words[k:hi])
    return False


def _told_walk(words, lemmas, measures, lex) -> list[int]:
    """The words from a walk verb with a direction ("gå ned til …") to a distance said after it
    in the same part ("… det er vel 500 meter"); empty when there is none."""
    for m in measures:
        if m.value.unit not in lex.distance_units:
            continue
        for k in range(m.start - 1):
            walks = lemmas[k] in lex.walk_verbs and words[k + 1] in lex.action.bare_directions
            if walks and not set(words[k : m.start]) & lex.clause_breaks:
                return list(range(k, m.start))
    return []


def _told_wish(words, wished, cl, lex) -> bool:
    """True when the wish is said as one: a wish verb (not in a reason) with its own verb
    phrase, and after a bare "vil" a word of longing, ability or return ("jeg vil gerne …",
    "hun vil selv kunne børste sit hår", "vil ud og danse igen"). A bare "vil" tells a will or a
    preference ("jeg vil selv vælge mine varer", "sådan som jeg vil have det"); "hun går gerne
    en tur" (no wish verb) and "nu vil hun ikke tage telefonen" (no phrase) tell today."""
    if not wished:
        return False
    verbs = lex.action.wish_verbs if lex.action else frozenset()
    verb = next(
        (k for k in range(wished[0] - 1, -1, -1) if words[k] in verbs and not cl.in_motivation(k)),
        None,
    )
    if verb is None:
        return False  # "hun skal drikke mere": what she must do, no wish
    if _empty_wish(words, wished, lex):
        return False  # "jeg vil gerne kunne klare det selv": nothing named to do
    if words[verb] not in lex.story_wish_modals:
        return True  # "jeg drømmer om at …", "jeg savner at synge i koret"
    marks = lex.story_wish_marks
    return any(w in marks for w in words[verb : wished[0]]) or any(
        words[k] in marks for k in wished
    )


def _empty_wish(words, wished, lex) -> bool:
    """True when the wished verb phrase is a general verb with only words pointing back or at
    everything ("klare det hele", "gøre det igen", "klare mig selv"): it names nothing to do."""
    said = [words[k] for k in wished]
    if not said or said[0] not in lex.story_wish_empty_verbs:
        return False
    return all(w in lex.story_wish_empty_words or not w[:1].isalnum() for w in said[1:])


def _last_part(words: list[str]) -> tuple[str, ...]:
    """The words of the last part of an answer, after its last sentence mark but a closing one."""
    ends = [k for k, w in enumerate(words) if w in _SENTENCE_ENDS]
    stop = ends[-1] if ends and ends[-1] == len(words) - 1 else len(words)
    start = max((k + 1 for k in ends if k < stop), default=0)
    return tuple(words[start:stop])


def _errand_joined(words, wished, cues, lex) -> bool:
    """True when the wish goes on with "og" and a verb that strongly names an activity other
    than the way there ("gå over i butikken og handle"): the walk is the way to that errand.
    A verb listed right after the wish's words by a comma ("gå Bazar Vest, købe kød") is one."""
    listed = [k + 2 for k in wished[-1:] if k + 2 < len(words)]
    listed = [k for k in listed if words[k - 1] in lex.action.list_joins]
    return any(
        k > 0
        and (words[k - 1] in lex.action.joins or k in listed)
        and clauses.verb_like(words[k])
        and any(
            wt >= activity.DEFAULT_WEIGHT and a not in lex.means_activities for a, wt in cues[k]
        )
        for k in (*wished, *listed)
    )


def _names_errand(matches, wished, lex) -> bool:
    """True when an activity phrase other than getting somewhere starts in the wish's words."""
    return any(
        lab.startswith("ACT:") and lab[4:] != lex.motion_activity and wished[0] <= s <= wished[-1]
        for lab, s, _e in matches
    )


def _fronted(words, matches, lex) -> int:
    """Where the wish starts after a fronted time, place or occasion ("til mit barnebarns
    bryllup i kirken vil jeg gerne tage mit jakkesæt på"): the words before it set the scene and
    weigh as side words for the activity. 0 when the utterance does not open so."""
    modals = lex.classes.get("modal", ())
    for lab, s, _e in sorted(matches, key=lambda m: m[1]):
        if lab not in ("wish", "difficulty", "resource") or s == 0:
            continue
        inverted = s + 1 < len(words) and words[s] in modals and words[s + 1] in lex.run_on_subjects
        before = [w for w in words[_scene_start(words, s, lex) : s] if w not in lex.fillers]
        opens = bool(before) and before[0] in lex.fronted_leads  # "til …", "i …", "når …"
        opens = opens and before[-1] not in lex.pointing_back  # "… og det vil jeg gerne igen"
        if inverted and opens and not any(w in lex.clause_breaks for w in before):
            return s
        return 0
    return 0


def _scene_start(words, wish: int, lex) -> int:
    """Where the scene before the wish at `wish` starts: the answer's start, or after a story
    ("… og til barnedåben vil jeg")."""
    return max((k + 1 for k in range(wish) if words[k] in lex.scene_starts), default=0)


def _only_third_person_stances(words, lemmas, matches, lex, cl) -> bool:
    """True when every wish or difficulty said has han/hun as its subject and none has "jeg",
    said or dropped ("jeg bor ved siden af ham … han tør ikke gå på fortovet"; "kan ikke …")."""
    third = own = False
    for label, s, _e in matches:
        if label not in ("wish", "difficulty") or cl.in_motivation(s):
            continue
        around = {words[s - 1] if s > 0 else "", words[s + 1] if s + 1 < len(words) else ""}
        third = third or bool(around & lex.third_person_subjects)
        own = own or bool(around & lex.couple_self) or clauses.elided_self(words, lemmas, s, lex)
    return third and not own


def _scene(words, texts, fronted: int, skip, lex) -> str | None:
    """The occasion or place set before an inverted wish ("til barnedåben vil jeg …"), as
    said; None when there is none, or when it is a time (the deadline says that)."""
    if not fronted:
        return None
    cut = _scene_start(words, fronted, lex)
    while cut < fronted and words[cut] in lex.fillers:
        cut += 1
    if cut >= fronted or words[cut] not in lex.scene_leads:
        return None
    if any(a <= k < b for a, b in skip for k in range(cut, fronted)):
        return None  # "til jul vil jeg …": a date
    return " ".join(texts[cut:fronted])


def _named_object(
    action: str | None, words, said, people, lex, is_name=None, fond=frozenset()
) -> str | None:
    """The wish's phrase with "hende"/"ham" as the one person named before it who fits the
    pronoun, by the words said ("mit barnebarn Freja skal giftes … jeg vil gerne kunne danse med
    hende": "danse med mit barnebarn"), with the name said beside the relation ("mit barnebarn
    Oskar … til ham": "til mit barnebarn Oskar"); "hans"/"hendes" the same way when a name was
    said ("min kone Grethe … inden hendes fødselsdag": "inden min kone Grethes fødselsdag"). As
    it is when no one or several fit, or the phrase does not say the pronoun."""
    cues = lex.people_roles
    if not action or cues is None:
        return action
    pronouns = lex.third_person_objects | frozenset(cues.possessive_of.values())
    named = {i + 1 for _p, i in people}  # "min mand Hans": a name, not "hans"
    at = next((k for k, w in enumerate(words) if w in pronouns and k not in named), None)
    if at is None:
        return action
    gender = next((g for g, forms in _pronoun_forms(cues) if words[at] in forms), None)
    fits = {
        p: i
        for p, i in people
        if i < at
        and cues.pronoun_of.get(p) in (None, gender)
        and i > 0
        and words[i - 1] in lex.owners
    }
    if len(fits) != 1:
        return action
    ((_person, i),) = fits.items()
    name = said[i + 1] if i + 1 < len(said) and said_name(said[i + 1], words[i + 1], lex) else ""
    relation = " ".join(t for t in (said[i - 1], said[i], name) if t)
    tokens = action.split()
    k = next((n for n, t in enumerate(tokens) if t.lower() == words[at]), None)
    if k is None or said[i].lower() in (t.lower() for t in tokens[:k]):
        return action  # named in the phrase itself: "ringe til min søster og skrive til hende"
    persons = {*lex.people, *lex.child_words}  # "hente drengen … gå hjem med ham"
    if names_own_person(tokens, k, said, people, is_name, fond, persons):
        return action  # "tage Ida med … og være i vandet med hende": the wish's own person
    own = cues.possessive_of.get(gender or "", "")
    lead = tokens[k - 1 : k] == [lex.person_occasion_lead]
    if words[at] in lex.third_person_objects and lead and own and tokens[k + 2 : k + 3] == [own]:
        # "til ham på hans fødselsdag": "til min søn Henriks fødselsdag"; "med hende til hendes
        # bryllup" keeps both
        tokens[k : k + 3] = [genitive(relation)]
    elif words[at] in lex.third_person_objects:
        tokens[k] = relation
    elif name:
        tokens[k] = genitive(relation)
    else:
        return action
    return " ".join(tokens)


def _named_people(
    action: str | None, words, said, people, persp, about, lex, articles, is_name=None, fond=()
):
    """The wish's phrase with a pronoun as the person named before it: the citizen's own
    "ham"/"hende" (_named_object), a relative's "hun" of someone else (_named_subject)."""
    if persp == "self":
        return _named_object(action, words, said, people, lex, is_name, frozenset(fond))
    if persp == "other":
        return _named_subject(action, words, said, people, lex, articles, about)
    return action


def _named_subject(
    action: str | None, words, said, people, lex, articles, about: str | None = None
) -> str | None:
    """A relative's wish phrase with another person's "han"/"hun" in a clause on a thing ("på
    den tablet (som) hun har sendt", the citizen "han") as the one person of that gender named
    before it with an owner ("til sin datter …": "på den tablet sin datter har sendt", the
    citizen's "min datter" in the goal); as it is when no one or several fit, or the pronoun
    may be the citizen's own (by the kin word `about`, "far", else the first "han"/"hun")."""
    cues = lex.people_roles
    if not action or cues is None or not people:
        return action
    subjects = lex.third_person_subjects
    named = {i + 1 for _p, i in people}  # "min mand Hans": a name
    for k in range(2, len(words) - 1):
        w = words[k]
        noun = k - 2 if words[k - 1] in lex.relative_pronouns else k - 1  # "… som hun har sendt"
        if w not in subjects or k in named or noun < 1 or words[noun - 1] not in articles:
            continue
        citizen = cues.pronoun_of.get(about or "") or next(
            (x for x in words[:k] if x in subjects), None
        )
        if citizen is None or citizen == w:
            continue  # "den kage hun bager" said of her: she is the citizen
        fits = {
            p: i
            for p, i in people
            if 0 < i < k and cues.pronoun_of.get(p) == w and words[i - 1] in lex.owners
        }
        if len(fits) != 1:
            return action
        ((_person, i),) = fits.items()
        name = (
            said[i + 1] if i + 1 < len(said) and said_name(said[i + 1], words[i + 1], lex) else ""
        )
        relation = " ".join(t for t in (said[i - 1], said[i], name) if t)
        tokens = action.split()
        n = next(
            (
                n
                for n in range(1, len(tokens))
                if tokens[n].lower() == w and tokens[n - 1].lower().strip(",") == words[k - 1]
            ),
            None,
        )
        if n is None:
            return action
        tokens[n] = relation
        return " ".join(tokens)
    return action


OCCASION_REACH = 3  # words after an owned person searched for their occasion ("han skal døbes")


def _with_person_occasion(action: str | None, words, said, people, lex) -> str | None:
    """The wish's phrase with the family occasion told of the one owned person it follows
    ("mit barnebarn Laura skal konfirmeres i maj …": "… til mit barnebarn Lauras konfirmation";
    "… med min datter til hendes bryllup" when the phrase names her). As it is when no such
    occasion is told, several are, or the phrase says the occasion itself."""
    if not action or not lex.person_occasion_lead:
        return action
    found = set()
    for person, i in people:
        if i == 0 or words[i - 1] not in lex.owners:
            continue
        named = i + 1 < len(said) and said_name(said[i + 1], words[i + 1], lex)
        last = i + 1 if named else i
        for k in range(last + 1, min(len(words), last + 1 + OCCASION_REACH)):
            if words[k] in lex.person_occasions:
                found.add(
                    (lex.person_occasions[words[k]], " ".join(said[i - 1 : last + 1]), person)
                )
                break
    if len(found) != 1:
        return action
    ((occasion, relation, person),) = found
    if any(fold(w).startswith(fold(occasion)) for w in action.lower().split()):
        return action  # "… danse med hende til brylluppet": the wish says it
    whose = genitive(relation)
    if relation.lower() in action.lower():  # "… med min datter": "til hendes bryllup"
        cues = lex.people_roles
        gender = cues.pronoun_of.get(person) if cues is not None else None
        whose = cues.possessive_of.get(gender or "", "") if cues is not None else ""
        if not whose:
            return action
    return f"{action} {lex.person_occasion_lead} {whose} {occasion}"


def _pronoun_forms(cues) -> list[tuple[str, frozenset[str]]]:
    """Each gender's object and possessive pronoun ("han": {"ham", "hans"})."""
    genders = set(cues.object_of) | set(cues.possessive_of)
    return [
        (g, frozenset({cues.object_of.get(g, ""), cues.possessive_of.get(g, "")}) - {""})
        for g in sorted(genders)
    ]


_GIFT_REACH = 3  # words from the thing to the gift verb ("hun har fået", "som jeg fik")
_GIVER_MAX = 3  # words of the giver ("sit barnebarn", "min søn Henrik")


def _gift_giver(action: str | None, words, said, punct, lex) -> str | None:
    """The wish's phrase with a thing's giver told in the clause after it ("vande mine
    pelargonier med den lille grønne vandkande hun fik af sit barnebarn": "… vandkande fra sit
    barnebarn"): a subject (and "har"), one of `gift_verbs`, a lead, then an owner and a person
    or a name. As it is when the phrase ends before no such clause or says the giver."""
    if not action or not lex.gift_from or not lex.gift_verbs:
        return action
    tokens = action.split()
    for k in range(1, len(words) - 3):
        if words[k] not in lex.gift_verbs or words[k + 1] not in lex.gift_leads:
            continue
        thing = k - 1
        while thing > 0 and k - thing <= _GIFT_REACH and words[thing] in lex.gift_clause_words:
            thing -= 1  # "… vandkande (som) hun (har) fik"
        if (
            thing == k - 1
            or said[thing] not in tokens
            or words[thing] in lex.gift_clause_words | lex.action.place_skip | lex.action.trailing
            or any(punct[j] for j in range(thing, k))
        ):
            continue
        giver = []
        for j in range(k + 2, min(len(words), k + 2 + _GIVER_MAX)):
            if punct[j]:
                break
            if (
                words[j] in lex.owners
                or words[j] in lex.people
                or said_name(said[j], words[j], lex)
            ):
                giver.append(j)
                continue
            break
        if not giver or words[giver[-1]] in lex.owners:
            continue
        if lex.gift_from in tokens:
            return action  # the phrase says a giver
        at = len(tokens) - 1 - tokens[::-1].index(said[thing])
        told = [words[j] for j in range(thing + 1, giver[-1] + 1)]
        kept = [t.lower() for t in tokens[at + 1 : at + 1 + len(told)]] == told
        # "på den strikkemaskine jeg har fået af min datter": the clause said in the phrase goes
        tokens[at + 1 : at + 1 + (len(told) if kept else 0)] = [
            lex.gift_from,
            *(said[j] for j in giver),
        ]
        return " ".join(tokens)
    return action


_INFLECTION = 3  # letters a noun's ending adds ("hund" → "hunden", "kat" → "katten")


def _named_thing(action: str | None, words, said, lex) -> str | None:
    """The wish's phrase with a name said bare as what it was named with before ("han elsker
    sin hund Bobby … vil gå med Bobby i parken": "gå med sin hund Bobby"): an owner, a noun that
    is no person (an adjective may come between), then the name. As it is when the phrase says
    the noun or no such name."""
    if not action:
        return action
    tokens = action.split()
    owners = lex.owners
    for i in range(2, len(words)):
        if words[i - 2] in owners:
            owner = i - 2
        elif i >= 3 and words[i - 3] in owners:
            owner = i - 3
        else:
            continue  # "min (gamle) hest Lotus": an owner two or three words before
        if not said_name(said[i], words[i], lex):
            continue
        noun = words[i - 1]
        if not noun.isalpha() or any(
            w in lex.people or w in lex.owners for w in words[owner + 1 : i]
        ):
            continue  # "min datter Mette": a person (_named_object)
        if any(t.lower().startswith(noun) and len(t) <= len(noun) + _INFLECTION for t in tokens):
            return action  # "gå med hunden Bobby": the phrase says what it is (any form)
        k = next((n for n, t in enumerate(tokens) if t == said[i]), None)
        if k is not None:
            tokens[k : k + 1] = [said[owner].lower(), *said[owner + 1 : i + 1]]
            return " ".join(tokens)
    return action


_HEAD_MIN, _TAIL_MIN = 3, 5  # letters of a compound's first and last part ("pleje", "hjemmet")


def _known_word(lemma_of: dict[str, str], speller, g, word: str) -> bool:
    """True for a word the tables know ("plejehjemmet"), not a name said small ("malaga")."""
    if lemma_of.get(word, word) != word or g.noun_class(word) is not None or word in g.lemmas:
        return True
    if speller is None or speller.is_word(word):
        return True
    # "plejehjemmet", "rækkehuset": a compound whose last part is a word
    return any(speller.is_word(word[k:]) for k in range(_HEAD_MIN, len(word) - _TAIL_MIN + 1))


def _same_clause(words, fronted: int, wished: list[int], lex) -> bool:
    """True when no clause breaks ("men", a full stop, "og") between the fronted verb and the
    wish's own words (or the wish's words are unknown): the scene set before that verb is the
    wish's own ("til barnedåben vil jeg gerne bage …"), not one of a clause before it ("I år
    kunne jeg ikke, men jeg vil gerne male …")."""
    breaks = lex.clause_breaks | lex.soft_clause_breaks
    return not wished or not any(w in breaks for w in words[fronted : wished[0]])


def _with_scene(action: str | None, scene: str | None) -> str | None:
    """The wish's phrase with the scene set before it ("bage min kringle … til barnedåben")."""
    if not action or not scene or scene.lower() in action.lower():
        return action
    return f"{action} {scene}"


def _done_for(words, people, cl, lex) -> tuple[str, int] | None:
    """Told by a relative with no subject to be about: the first bare kin word done for ("nu er
    det mig der handler for far", "vi har købt en tablet til far", also "for min far"), when
    "han"/"hun" goes on after it ("…, men han vil gerne selv …"); the citizen, not a helper."""
    for p, i in people:
        if cl.in_motivation(i) or words[i] not in lex.third_person_nouns:
            continue
        k = i - 1 if i > 0 and words[i - 1] in lex.possessives else i
        if k > 0 and words[k - 1] in lex.done_for_leads:
            if any(w in lex.third_person_subjects for w in words[i + 1 :]):
                return p, i
            return None
    return None


def _is_about(words, i: int, lex) -> bool:
    """True for a subject that may be the citizen: not one who reports what the citizen says
    or needs ("lægen siger …", "personalet siger at mormor …"), unless a kin word names them."""
    if not _is_subject(words, i, lex):
        return False
    owned = i and words[i - 1] in lex.third_person_owners
    if owned and any(w in lex.third_person_subjects for w in words[: i - 1]):
        return False  # "han … Hans datter har lavet en bog": his daughter, not him
    if (
        i + 1 < len(words)
        and words[i + 1] in lex.relative_pronouns
        and any(w in lex.third_person_subjects for w in words[:i])
    ):
        return False  # "han kan ikke … så det er hjemmesygeplejersken der kigger efter": "han"
    reports = i + 1 < len(words) and words[i + 1] in lex.framing_words
    if _cleft_after_pronoun(words, i, lex):
        return False  # "han kan ikke … så det er hjemmesygeplejersken der kigger efter"
    return not reports or words[i] in lex.third_person_nouns


def _cleft_after_pronoun(words, i: int, lex) -> bool:
    """True for a person in a cleft ("det er X der …") after the citizen was already the
    subject as "han"/"hun": the one who does it instead, not the one spoken of."""
    cleft = i + 1 < len(words) and words[i + 1] in lex.relative_pronouns
    return cleft and any(w in lex.third_person_subjects for w in words[:i])


def _is_subject(words, i: int, lex) -> bool:
    """True for the person a third-person utterance is about ("min mor vil gerne…")."""
    if i == 0 or clauses.modal_next(words, i, lex):
        return True
    if i + 1 < len(words) and words[i + 1] in ("der", "som"):  # "det er min far, der vil …"
        return True
    if i + 1 < len(words) and words[i + 1] in lex.third_person_subjects:  # "min mor hun vil"
        return True
    clause_start = i < 2 or words[i - 2] in {".", ",", "!", "?"} or words[i - 2] in lex.fillers
    if words[i - 1] in lex.possessives and clause_start:
        return True
    if words[i] in lex.third_person_nouns and words[i - 1] in lex.fillers:
        return True  # "altså far nægter …": the kin word the relative calls the citizen by
    if words[i] in lex.third_person_nouns and words[i - 1] in lex.classes.get("modal", ()):
        return True  # "efter blodproppen kan far ikke …": the bare kin word after its verb
    # "have at (min) mor", "siger at mormor"; but in "han vil ikke have at hans bror kommer" he
    # is named first
    k = i - 1 if words[i - 1] in lex.owners else i
    named_first = any(w in lex.third_person_subjects for w in words[:k])
    return k > 0 and words[k - 1] in lex.subject_leads and not named_first


_BUILT: dict[int, tuple[Content, Analyzer]] = {}  # id(content) → (content kept alive, analyzer)


_BUILDING = threading.Lock()


def analyzer_for(content: Content) -> Analyzer:
    """Return the analyzer built from this Content object, built once per process.

    Threads that ask while it is being built wait for it: a server's first answers arrive
    together, and each thread building its own (~70 MB) made the process peak past 220 MB.
    """
    found = _BUILT.get(id(content))
    if found is None or found[0] is not content:
        with _BUILDING:
            found = _BUILT.get(id(content))
            if found is None or found[0] is not content:
                built = analyzer_cache.read_or_build(content, Analyzer)
                found = _BUILT[id(content)] = (content, built)
    return found[1]


@functools.lru_cache(maxsize=2)
def cached_analyzer(lang: str = "da") -> Analyzer:
    """Return the process-wide analyzer for the default content of `lang`."""
    return analyzer_for(get_content(lang))


def _is_unknown(text: str, speller) -> bool:
    """True for a word (letters only) the speller's tables do not know."""
    return text.isalpha() and not speller.is_word(text.lower())


def _amount_word(word: str, g) -> bool:
    """True for a number or a unit ("tre", "20", "timer", "km")."""
    w = fold(word.strip(",.;:!?"))
    return (
        any(c.isdigit() for c in w)
        or w in g.amount_words
        or any(w.startswith(fold(u)) for k in g.measure_kinds for u in k.units if len(u) > 2)
        or any(w in short for short in g.unit_short.values())
    )


def _finite_verb(word: str, g) -> bool:
    """True for a finite verb ("bor", "faldt", "kan"); "tallerkener", a known noun, is none."""
    if _amount_word(word, g):
        return False  # "nogle timer på kontoret": a unit, no verb
    w = fold(word.strip(",.;:!?"))
    if w in g.modals or g.is_past(word):
        return True
    return g.is_present(word) and g.noun_kind(word) is None


def _walk_with_aid(words, lemmas, span: tuple[int, int], lex) -> bool:
    """True when span opens with a walk verb said with its walking aid and where to, and no
    errand joined in its clause ("gå med min stok ud i haven"; not "gå ned til købmanden med
    stokken og købe kartofler"): the walking, as activity._aided reads "gå over i kirken med
    min stok"."""
    lo, hi = span
    skip = lex.fillers_and_adverbs
    while lo < hi and words[lo] in skip:
        lo += 1
    if lo >= hi or not lex.motion_activity or not lex.action or lemmas[lo] not in lex.walk_verbs:
        return False
    aids = set(lex.classes.get("walk_aid", ()))
    end = next((k for k in range(hi, len(words)) if words[k] in lex.clause_breaks), len(words))
    joined = lex.action.joins | lex.soft_clause_breaks | {_COMMA}
    said = set(words[lo + 1 : hi])
    where = lex.action.bare_directions | lex.destination_leads
    return not set(words[lo + 1 : end]) & joined and bool(said & aids) and bool(said & where)


_OBJECT_REACH = 3  # words after an object-led verb searched for its object ("lave en god pita")


def _object_activities(cues, lo: int, hi: int) -> set[str]:
    """The activities the first word in [lo, hi) with a cue stronger than an unmarked one
    names (the object of "lave", "lave pita": cooking); empty when none does."""
    for k in range(lo, hi):
        strong = {a for a, wt in cues[k] if wt > activity.DEFAULT_WEIGHT}
        if strong:
            return strong
    return set()


def _phrase_activities(words, lemmas, matches, cues, span: tuple[int, int], lex) -> frozenset[str]:
    """The activities an activity phrase that opens span names (after adverbs: "selv brygge
    …", and after a direction joined by "og": "ud og fiske"): the wish's own verb with its own
    object ("lave … morgenkaffe"), or its own verb alone when it is a cue stronger than an
    unmarked one ("fiske", "danse"; not a general "gå", "lave" or "spille juleaften", whose
    object tells), not a place or errand later in it ("… til genoptræningen"); the way there
    (a motion phrase) names none, nor a verb whose object is the point ("huske at tage dem")."""
    lo, hi = span
    skip = lex.fillers_and_adverbs
    led = lex.action.bare_directions if lex.action else frozenset()
    joins = lex.action.joins if lex.action else frozenset()
    while lo < hi:
        if words[lo] in skip:
            lo += 1
        elif words[lo] in led and lo + 2 < hi and words[lo + 1] in joins:
            lo += 2  # "ud og fiske": going out to do it (pseudo-coordination)
        else:
            break
    if lo >= hi:
        return frozenset()
    led_verbs = lex.object_led_verbs
    own_verb = (
        {a for a, wt in cues[lo] if wt > activity.DEFAULT_WEIGHT}
        if clauses.verb_like(words[lo]) and not {words[lo], lemmas[lo]} & led_verbs
        else set()
    )
    if _walk_with_aid(words, lemmas, (lo, hi), lex):
        own_verb.add(lex.motion_activity)
    if not own_verb and {words[lo], lemmas[lo]} & lex.object_task_verbs:
        # "lave pita …": the general verb's own object tells the task
        own_verb = _object_activities(cues, lo + 1, min(hi, lo + 1 + _OBJECT_REACH))
    named = _phrases_at(words, matches, lo, hi, skip, lex)
    if not own_verb and not named and lo + 1 < hi and words[lo + 1] in led:
        # "komme ud til spejderhytten igen og lære ulvene at tænde bål": the way there (a verb
        # and a direction) names none; the phrase of a verb joined to it by "og" names the task
        for k in range(lo + 2, hi):
            if words[k - 1] in joins and clauses.verb_like(words[k]):
                named = _phrases_at(words, matches, k, hi, skip, lex)
                if named:
                    break
    return frozenset(own_verb) | named


def _phrases_at(words, matches, lo: int, hi: int, skip, lex) -> frozenset[str]:
    """The activities of the activity phrases that begin at lo and end by hi (the adverbs of
    `skip` after it aside: "komme op selv"), none whose object points back ("vaske dem")."""
    return frozenset(
        lab[4:]
        for lab, s, e in matches
        if lab[:4] == "ACT:"
        and s == lo < e
        and all(words[k] in skip for k in range(hi, e))
        and not set(words[s:e]) & lex.pointing_back
    )
