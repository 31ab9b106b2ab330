"""Parse content/<lang>/nlp/*.yaml once into a frozen Lexicon, and check pattern strings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.content.cues import load_criterion_cues, load_role_cues
from assistant.content.files import Problems, as_str_list, longest_first, nfc, read_yaml
from assistant.content.time import load_time_lexicon


@dataclass(frozen=True)
class NumberWords:
    """Number words: cardinals (with generated compounds), ordinals, fractions, phrases."""

    cardinals: dict[str, float]
    ordinals: dict[str, int]
    fractions: dict[str, float]
    phrases: dict[tuple[str, ...], float]
    articles: frozenset[str]
    multipliers: dict[str, int]
    phrase_starts: frozenset[str] = frozenset()
    vague: frozenset[str] = frozenset()  # "mange", "flere": how often, never an exact measure


@dataclass(frozen=True)
class MotivationCues:
    """Purpose clauses ("så jeg kan …", "for at …"): lead-in words and where a clause ends."""

    so_words: frozenset[str]
    so_subjects: frozenset[str]
    so_adverbs: frozenset[str]
    so_modals: frozenset[str]
    so_modals_inverted: frozenset[str]
    then_openers: frozenset[str]
    negations: frozenset[str]
    purpose_words: frozenset[str]
    purpose_marker: str
    not_purpose_after: frozenset[str]
    because_words: frozenset[str]
    stops: frozenset[str]
    so_possessives: frozenset[str] = frozenset()  # "så mine knæ …": possessive + noun
    then_before: frozenset[str] = frozenset()  # "og" in "… og så bliver hun inde": what follows
    definite_endings: tuple[str, ...] = ()  # "så knæet bliver bedre": a definite noun as subject
    not_definite: frozenset[str] = frozenset()  # words with such an ending that are no noun
    not_because_after: frozenset[str] = frozenset()  # "ligesom da …": a comparison, no reason
    purpose_inside: frozenset[str] = frozenset()  # "uden at stoppe for at få luft": its own
    # "… da den bremsede": "da" before a past verb tells when, not why
    when_words: frozenset[str] = frozenset()
    past_verbs: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    # "siden jeg stoppede på arbejdet har jeg …": a fronted clause of the past tells when
    time_leads: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()  # "efter faldet i badet": an event tells when
    so_none: frozenset[str] = frozenset()  # "så jeg får ingen søvn": a consequence, no purpose
    so_degree: frozenset[str] = frozenset()  # "næsten" in "så jeg får næsten ingen …"
    clause_joins: frozenset[str] = frozenset()  # "og", ",": where "efter faldet …" ends
    quote_leads: tuple[tuple[str, ...], ...] = ()  # "han siger": the citizen's words follow
    # "fordi jeg ikke har kræfterne": a because-clause of inability is a cause, no reason
    cause_verbs: frozenset[str] = frozenset()
    cause_not_before: tuple[tuple[str, ...], ...] = ()  # "lide" in "fordi jeg ikke kan lide …"
    cause_perfect_aux: frozenset[str] = frozenset()  # "har" in "fordi jeg ikke har set dem"
    cause_particles: frozenset[str] = frozenset()  # "jo" in "for jeg kan jo ikke gå …"
    cause_lacks: tuple[tuple[str, ...], ...] = ()  # "svært ved": "fordi jeg har svært ved …"
    participle_endings: tuple[str, ...] = ()  # "set", "været": a perfect, no lack
    laughter: frozenset[str] = frozenset()  # "haha" after a joke: no part of a reason
    rejoin_joins: frozenset[str] = frozenset()  # "og" after a date cut out of a purpose
    # "så jeg har en lup med": before any wish, a "så" clause on these verbs is a consequence
    so_fact_verbs: frozenset[str] = frozenset()
    so_perfect_aux: frozenset[str] = frozenset()  # "så vi har fået …": what was done
    so_perfect_adverbs: frozenset[str] = frozenset()  # "har nu fået"
    not_participles: frozenset[str] = frozenset()  # "noget", "godt": no participle
    so_motion_verbs: frozenset[str] = frozenset()  # "så jeg kommer ud …"
    so_motion_particles: frozenset[str] = frozenset()  # "ud", "op": where one comes
    so_limits: frozenset[str] = frozenset()  # "så de kun skal …": kept in the text
    so_subject_places: frozenset[str] = frozenset()  # "i" in "så min søster i Aarhus får …"
    so_fronted: frozenset[str] = frozenset()  # "der" in "så der har jeg …": an adverb, no subject
    so_wish_marks: frozenset[str] = frozenset()  # "gerne" in "…, så jeg vil gerne …": a new wish
    thing_place_leads: frozenset[str] = frozenset()  # "i" in "… og mobilen i lommen": at hand
    sake_word: str = ""  # "for hjertets skyld"
    sake_reach: int = 0
    sake_oaths: frozenset[str] = frozenset()  # "for guds skyld": an oath, no reason
    # after a wish: "så den smager af noget", "for det hjælper": a thing as the subject
    wish_subjects: frozenset[str] = frozenset()
    present_endings: tuple[str, ...] = ()  # "husker", "smager": a verb of the present
    not_present: frozenset[str] = frozenset()  # "heller", "derfor": no verb
    so_result_verbs: frozenset[str] = frozenset()  # "ændre så …": the wished state, no reason
    so_trouble_denied: frozenset[str] = frozenset()  # "uden" in "uden at have ondt, så …"
    so_trouble_lacks: frozenset[str] = frozenset()  # "kan" in "…, så jeg ikke kan sove"
    # "så kunne jeg lige så godt flytte": what one might as well do, no purpose
    might_as_well: tuple[tuple[str, ...], ...] = ()
    might_as_well_before: frozenset[str] = frozenset()  # "jo" in "så kan jeg jo lige så godt"
    might_as_well_compared: frozenset[str] = frozenset()  # "som" in "lige så godt som før"
    refusal_words: frozenset[str] = frozenset()  # "nej": a refusal said
    refusal_verbs: frozenset[str] = frozenset()  # "gider" in "det gider jeg ikke"
    # "min datter synes, jeg bare skal …, så …": the adviser's verb, whom it is said of and
    # what they should (refused_consequence.py advised_before)
    advice_verbs: frozenset[str] = frozenset()
    advice_subjects: frozenset[str] = frozenset()
    advice_modals: frozenset[str] = frozenset()
    advice_ends: frozenset[str] = frozenset()  # "men": the advice's clause ends
    # the advice set against the wish: "bare"/"hellere" in it, or the wish said as one's own
    # doing ("selv", not after a reflexive "klare mig selv"); "også": the adviser agrees
    advice_against: frozenset[str] = frozenset()
    advice_own_words: frozenset[str] = frozenset()
    advice_own_not_after: frozenset[str] = frozenset()
    advice_agrees: frozenset[str] = frozenset()
    refusal_phrases: tuple[tuple[str, ...], ...] = ()  # "det kan de glemme"
    story_purpose_subjects: frozenset[str] = frozenset()  # "de" in "…, så de ikke glemmer."


@dataclass(frozen=True)
class IndependenceCues:
    """When "selv" is reflexive, and how far an "uden …" scope reaches."""

    selv_not_after: frozenset[str]
    said_verbs: frozenset[str]  # "det siger hun selv": "selv" of the one who says it
    reflexive_pronouns: frozenset[str]
    reflexive_after: frozenset[str]
    selv_not_before_subject: frozenset[str]
    subjects: frozenset[str]
    without_words: frozenset[str]
    without_scope: int
    without_person_gap: int
    # "uden at de skal hente mig i kørestol": a clause after "uden" reaches its end, up to
    # without_clause_scope words; "slippe for kørestolen" opens a without scope too
    without_clause_leads: frozenset[str] = frozenset()
    without_clause_scope: int = 0
    without_phrases: tuple[tuple[str, ...], ...] = ()
    # "uden at bøje hoften og så min stok": "og så" opens the next thing said, the clause ends
    without_clause_ends: tuple[tuple[str, ...], ...] = ()
    # "uden at sætte mig hver tirsdag": a rest left out, how the wish is done (its rhythm kept)
    pause_verbs: frozenset[str] = frozenset()
    pause_verb_gap: frozenset[str] = frozenset()
    # "ikke i kørestol", "ikke på en badebænk": a negation right before the aid's preposition
    negated_aid_leads: frozenset[str] = frozenset()
    negated_aid_gap: frozenset[str] = frozenset()  # an article or possessive between
    negated_aid_verbs: frozenset[str] = frozenset()  # "bruger ikke ilt"
    negated_aid_modals: frozenset[str] = frozenset()  # "så jeg ikke skal bruge stokken"
    negated_aid_modal_verbs: frozenset[str] = frozenset()  # "… ikke skal have en spand"
    alone_words: frozenset[str] = frozenset()  # "alene"
    absent_before: frozenset[str] = frozenset()  # "intet" in "har intet gelænder": not in use
    lost_before: frozenset[str] = frozenset()  # "hvor han har stillet rollatoren": an object
    put_words: frozenset[str] = frozenset()  # "lagt" in "hvor jeg har lagt mine briller"
    put_lead: frozenset[str] = frozenset()  # "hvor"
    lost_window: int = 4
    pending_before: frozenset[str] = frozenset()  # "venter på en ny rollator": not had yet
    pending_get: frozenset[str] = frozenset()  # "når jeg har fået protesen": not had yet
    pending_lead: frozenset[str] = frozenset()  # "når", "hvis" before pending_get
    alone_not_after: frozenset[str] = frozenset()  # "bor alene" is how one lives, not how
    alone_skip: frozenset[str] = frozenset()  # "sidder mest alene"
    # "det er kedeligt uden ham": a without after how it feels is company missed, no "selv"
    missed_company_words: frozenset[str] = frozenset()
    missed_company_skip: frozenset[str] = frozenset()  # "så", "ikke" in "ikke så sjovt uden"
    negated_selv_window: int = 0  # "kan ikke selv komme op": no "selv" within this after "ikke"
    refused_window: int = 0  # "en trappelift vil jeg ikke have": words after the aid
    rejected_next_gap: frozenset[str] = frozenset()  # "stokken, nej, slet ikke": between
    declined_keeps: frozenset[str] = frozenset()  # "ikke kun stokken": the aid kept
    absent_until_now: frozenset[str] = frozenset()  # "aldrig haft en rollator før": had now
    absent_now: frozenset[str] = frozenset()  # "… før, men nu har jeg": the turn to now
    absent_now_reach: int = 0  # words after "før" searched for absent_now
    alternative_leads: frozenset[str] = frozenset()  # "ellers … nødkaldet": a fallback
    alternative_window: int = 0  # words after "ellers" in which an aid is the fallback
    # "min svigersøn snakker om en elmotor. Nej, …": an aid proposed, then turned down
    proposal_leads: tuple[tuple[str, ...], ...] = ()
    proposal_refusals: tuple[tuple[str, ...], ...] = ()
    proposal_skip: frozenset[str] = frozenset()
    proposal_reach: int = 0
    # "Nej tak, jeg kan ikke holde døre med en rollator": an aid under a decline's negation
    scope_refusals: tuple[tuple[str, ...], ...] = ()
    scope_keeps: frozenset[str] = frozenset()  # "nej tak, ikke uden min rollator": kept
    # "… en skinne. Nej tak, med den kan jeg ikke …": a no, then a word pointing back
    pointer_refusals: tuple[tuple[str, ...], ...] = ()
    pointer_words: tuple[tuple[str, ...], ...] = ()
    pointer_preps: frozenset[str] = frozenset()
    not_without_reach: int = 0  # "kan ikke gå uden min stok": the negation this near "uden"
    need_after_without_verbs: frozenset[str] = frozenset()  # "uden stokken kan jeg ikke"
    thing_subjects: frozenset[str] = frozenset()  # "det" in "det hjælper mig": no helper
    crowd_subjects: frozenset[str] = frozenset()  # "folk står bag ham": a queue, no helper
    said_selv_words: frozenset[str] = frozenset()  # "selv", "alene": said, not read from "uden"
    thing_help_verbs: frozenset[str] = frozenset()  # "hjælper" after a thing_subject
    hard_words: frozenset[str] = frozenset()  # "har svært ved at … selv": no "selv"
    help_now_words: frozenset[str] = frozenset()  # "min mand hjælper ham nu": today's help
    # "med de andre lægen siger …": a saying verb after the person opens a clause of theirs
    help_saying_verbs: frozenset[str] = frozenset()
    told_help_verbs: frozenset[str] = frozenset()  # "jeg hjælper ham": today's help
    told_help_not_after: frozenset[str] = frozenset()  # "… til at hjemmehjælpen hjælper"
    aid_now_leads: frozenset[str] = frozenset()  # "…selv, lige nu holder han i gelænderet"
    aid_now_breaks: frozenset[str] = frozenset()  # "," or "og" before an aid_now_lead
    # "ergoterapeuten viser mig med knappekrogen": an aid one is shown or taught to use, told
    # in a sentence of its own after a wish to manage "selv", is the wish's means
    taught_verbs: frozenset[str] = frozenset()
    # "øve med fysioterapeuten så han selv kan komme op": company one practises with is the
    # means of learning; the purpose's "selv" is how the goal is managed
    practice_verbs: frozenset[str] = frozenset()
    practice_skip: frozenset[str] = frozenset()  # "sig", "lidt" in "øve sig lidt med …"
    # "når jeg hjælper ham": the speaker's help in a clause of habit is today's help
    habit_help_leads: frozenset[str] = frozenset()
    # "ham/hende/dem selv" is reflexive only after their own subject ("hun … hende selv")
    reflexive_owner: dict[str, str] = field(default_factory=dict)
    owner_window: int = 0
    negated_selv_breaks: frozenset[str] = frozenset()  # "… ikke X, men godt selv": a new claim
    concessive_leads: frozenset[str] = frozenset()  # "om" in "selv om …" (although)
    company_unspecific: frozenset[str] = frozenset()  # "de andre" in "sammen med de andre"
    company_specific_after: frozenset[str] = frozenset()  # "fra" in "sammen med en fra …"
    company_help_roles: frozenset[str] = frozenset()  # "frivillig" in "sammen med en frivillig"
    company_peers: frozenset[str] = frozenset()  # "veninde" in "sammen med min veninde Grethe"
    company_peer_leads: frozenset[str] = frozenset()  # "min", "gamle" before the peer
    help_not_after: frozenset[str] = frozenset()  # "være sammen med", "af med hjemmeplejen"
    genitive_help_nouns: frozenset[str] = frozenset()  # "hjælp" in "med logopædens hjælp"
    company_words: frozenset[str] = frozenset()  # "sammen": help only when "selv" is not said
    handled_verbs: frozenset[str] = frozenset()  # "skifte iltflasken": the aid is the object
    aid_parts: frozenset[str] = frozenset()  # "batterierne i høreapparatet": the aid's part
    aid_features: frozenset[str] = frozenset()  # "en skræller med tykt håndtag": a thing's part
    feature_leads: frozenset[str] = frozenset()  # "med"
    even_leads: frozenset[str] = frozenset()  # "selv" in "kan ikke høre … selv med høreapparatet"
    even_skip: frozenset[str] = frozenset()  # "sin" in "… selv med sin rollator"
    even_reach: int = 0  # words before "selv" searched for the clause's negation
    even_stops: frozenset[str] = frozenset()  # "vil" in "… han vil gerne selv med stokken"
    only_when_leads: frozenset[str] = frozenset()  # "kun" in "kan ikke …, kun når min søn …"
    only_when_conditions: frozenset[str] = frozenset()  # "når" in "kun når min søn går bag mig"
    only_when_reach: int = 0
    feature_owners: frozenset[str] = frozenset()  # "en", "min": a thing named before the lead
    feature_joins: frozenset[str] = frozenset()  # "på" in "en spand på hjul med håndtag"
    feature_pointers: frozenset[str] = frozenset()  # "den" in "…, den med alarm"
    aid_handles: frozenset[str] = frozenset()  # "håndtag": a grab rail only where put up
    aid_handles_definite: frozenset[str] = frozenset()  # "håndtaget": the handle of a thing named
    handle_practised: frozenset[str] = frozenset()  # "træner" in "træner greb": a hand's grip
    handle_shapes: frozenset[str] = frozenset()  # "tykke" in "bestik med tykke håndtag"
    rail_places: frozenset[str] = frozenset()  # "væggen": where a grab rail is put up
    rail_place_window: int = 4
    rail_mounts: frozenset[str] = frozenset()  # "sat" in "et håndtag sat op": a rail put up
    worn_verbs: frozenset[str] = frozenset()  # "få" in "få protesen på"
    worn_particles: frozenset[str] = frozenset()  # "på" in "få protesen på"
    handled_window: int = 3
    moved_from_leads: frozenset[str] = frozenset()  # "fra" in "fra kørestolen over i sengen"
    moved_on_words: frozenset[str] = frozenset()  # "over" in "fra kørestolen over i sengen"
    moved_skip: frozenset[str] = frozenset()  # "og" in "fra kørestolen og over på forsædet"
    moved_into_leads: frozenset[str] = frozenset()  # "i" in "over i kørestolen": where one ends
    moved_into_on: frozenset[str] = frozenset()  # "over" in "over i kørestolen"
    one_go_words: frozenset[str] = frozenset()  # "hug" in "rejse mig i et hug"
    one_motion_activities: frozenset[str] = frozenset()  # a single movement's activities
    one_motion_reach: int = 0  # words from the movement's phrase to its "i et hug"
    comparison_leads: frozenset[str] = frozenset()  # "end" in "værre end ham selv"
    said_clause_leads: frozenset[str] = frozenset()  # "at" in "mor siger selv at …"
    selv_ailment_skip: frozenset[str] = frozenset()  # "med min dårlige" in "selv med min … ryg"
    selv_ailments: frozenset[str] = frozenset()  # "ondt", "gigt": "han har selv ondt i ryggen"
    selv_ailment_reach: int = 0
    selv_age_leads: frozenset[str] = frozenset()  # "er" in "hun er selv 91": her own age
    selv_age_skip: frozenset[str] = frozenset()  # "jo", "over" in "er jo selv over 80"


@dataclass(frozen=True)
class ActionCues:
    """Where a wish's own verb phrase starts and ends ("vil gerne synge i kor igen")."""

    wish_verbs: frozenset[str]
    after: frozenset[str]
    short_infinitives: frozenset[str]
    trailing: frozenset[str]
    max_words: int
    motion: frozenset[str] = frozenset()  # "vil gerne ud at danse": a phrase may start here
    # "… søndagsturene ikke også": a spoken tag of several words, cut from the phrase's end
    trailing_tags: tuple[tuple[str, ...], ...] = ()
    # "kunne så mine kartofler": a word passed after the wish verb ("vil så gerne") that is the
    # verb itself before one of `verb_after_objects`
    verb_afters: frozenset[str] = frozenset()
    verb_after_objects: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()  # a new clause: the phrase ends before it
    joins: frozenset[str] = frozenset()  # "og" after a date: "… om søndagen og synge i kor"
    # "," in "gå Bazar Vest, købe kød": a second deed listed without "og" (the way to an errand)
    list_joins: frozenset[str] = frozenset()
    corrections: tuple[tuple[str, ...], ...] = ()  # "nej vent": what comes after counts
    correction_firsts: frozenset[str] = frozenset()  # their first words ("nej", "eller")
    obliged: frozenset[str] = frozenset()  # "skal" in "hun skal drikke mere": no wish verb said
    # "hver dag nej ikke hver dag tre gange": a correction that refuses what it repeats; it ends
    # after its first word, so the repeated value reads as refused
    refusing_corrections: tuple[tuple[str, ...], ...] = ()
    # "hver lørdag. nej den første lørdag i måneden", "med stokken, nej rollatoren": a bare
    # self-repair word inside an answer; the value said after it replaces the one before, for
    # the values only (frequency, date, measure, aid, person), not the wish or its stance
    value_corrections: frozenset[str] = frozenset()
    # … but not a "nej" said or answered ("hun siger nej", "sige nej til"), nor "nej tak"
    value_correction_not_after: frozenset[str] = frozenset()
    value_correction_not_before: frozenset[str] = frozenset()
    # "…, men nej, han vil bare selv styre båden": after a contrast, a "nej" followed by another
    # person as subject turns down an offer; any other "men nej" is a self-repair
    value_correction_contrasts: frozenset[str] = frozenset()
    value_correction_offer_subjects: frozenset[str] = frozenset()
    # "det jeg gerne vil, det er at kunne stå op …": a pseudo-cleft opens with one of
    # `cleft_opens` a few words before the wish verb; `cleft_links` after it are skipped
    cleft_opens: frozenset[str] = frozenset()
    # "savner": a wish verb whose object is a thing or a person ("savner drengene"); a verb
    # phrase follows it only after one of `object_verb_markers` ("savner at synge i kor")
    object_wish_verbs: frozenset[str] = frozenset()
    object_verb_markers: frozenset[str] = frozenset()
    span_goes_on: frozenset[str] = frozenset()  # "med" in "… hver aften med et spejl"
    after_phrases: tuple[tuple[str, ...], ...] = ()  # "vil i hvert fald gerne kunne gå …"
    span_clause_leads: tuple[tuple[str, ...], ...] = ()  # "uden at" in "… hver dag uden at …"
    span_again: frozenset[str] = frozenset()  # "igen" in "… om lørdagen igen og købe …"
    cut_leads: frozenset[str] = frozenset()  # "som" in a phrase cut short: "… som hun kan"
    # "et sår der ikke vil hele": a negated wish verb after one of these tells what a thing
    # will not do, no wish
    thing_relatives: frozenset[str] = frozenset()
    # "for pensionister som gerne vil øve deres engelsk": adverbs between a relative and its
    # wish verb; such a wish is the others' (nlp/relative_wish.py)
    relative_adverbs: frozenset[str] = frozenset()
    # "høre, hvad folk siger": a verb of these before a comma and a question word of
    # asked_clause_leads takes that clause as its object; the phrase goes on with it
    asked_clause_verbs: frozenset[str] = frozenset()
    asked_clause_leads: frozenset[str] = frozenset()
    # "uden at" in a phrase cut short inside its clause: the whole clause goes
    cut_clause_leads: tuple[tuple[str, ...], ...] = ()
    bare_directions: frozenset[str] = frozenset()  # "ned" in the short answer "ned paa havnen"
    # "svømme igen. i svømmehallen": a sentence opening with these goes on with the phrase
    fragment_leads: frozenset[str] = frozenset()
    # "sengen. rede den. selv", "hente avisen. postkassen": a wish in parts of at most
    # `fragment_max` words is one phrase (nlp/fragments.py); 0: never joined
    fragment_max: int = 0
    fragment_pronouns: frozenset[str] = frozenset()  # "den" in "rede den": the thing said
    fragment_plural_pronouns: frozenset[str] = frozenset()  # "dem" of "sokker. stoppe dem"
    fragment_neuter_pronouns: frozenset[str] = frozenset()  # "det" of "tæppe. banke det"
    fragment_endings: tuple[str, ...] = ()  # a thing's definite endings ("-en", "-et", "-ne")
    fragment_e_endings: frozenset[str] = frozenset()  # … these only after an e ("kirke-n")
    fragment_verb_endings: tuple[str, ...] = ()  # a verb's present participle ("-ende")
    # "Strygning.": a verbal noun's endings after the verb's stem, and the nouns of a verb said
    # otherwise ("opvask": "vaske op"), for a wish typed as a noun (nlp/verbal_noun.py)
    verbal_noun_endings: tuple[str, ...] = ()
    verbal_nouns: dict[str, str] = field(default_factory=dict)
    fragment_motion_verbs: frozenset[str] = frozenset()  # "gå. parken": a place, no object
    fragment_motion_lead: str = ""  # "gå til postkassen"
    fragment_occasion_lead: str = ""  # "kro. middag.": "komme på kroen til middag"
    fragment_place_lead: str = ""  # "hente avisen ved postkassen"
    fragment_tool_lead: str = ""  # "drejebænk. skåle. dreje": "dreje skåle på drejebænken"
    # "Modelbiler. Bygge igen. Samlingen.": a thing beside the bare thing a verb of these makes
    # is what it is made for ("bygge modelbiler til samlingen igen")
    fragment_made_verbs: frozenset[str] = frozenset()
    fragment_made_lead: str = ""
    fragment_company_lead: str = ""  # "Småkager. Oldebørnene.": "… med oldebørnene"
    # "søen. rundt": a direction said alone beside a thing → its preposition ("rundt om søen")
    fragment_directions: dict[str, str] = field(default_factory=dict)
    # "kirken. komme derhen": a place pointed at → the way there ("hen", then the motion lead)
    fragment_there: dict[str, str] = field(default_factory=dict)
    # "stå med min bod derude": a pointing word of where one is → the place named before it
    fragment_there_at: frozenset[str] = frozenset()
    # "bilen. ind. ud": a way in or out said alone beside a thing one sits or lies in → its
    # preposition ("ind og ud af bilen": getting in and out, no way to a place)
    fragment_transfers: dict[str, str] = field(default_factory=dict)
    fragment_transfer_things: frozenset[str] = frozenset()
    # "kød. skære": a noun said bare is the object when a definite ending makes a known form
    fragment_bare_endings: tuple[str, ...] = ()
    fragment_noun_plurals: tuple[str, ...] = ()
    fragment_not_things: frozenset[str] = frozenset()
    fragment_particles: frozenset[str] = frozenset()  # "knapper. sy i": "sy knapper i"
    fragment_after: frozenset[str] = frozenset()  # "vafler. bage. igen": "bage vafler igen"
    # "dukkehus. færdig.": "gøre dukkehuset færdigt" (common, neuter, plural; the verb)
    fragment_finished: tuple[str, ...] = ()
    fragment_finish_verb: str = ""
    fragment_return: frozenset[str] = frozenset()  # "gå. kroen. hjem.": "og hjem"
    fragment_ride_verbs: dict[str, str] = field(default_factory=dict)  # "køre" → "med"
    fragment_rides: frozenset[str] = frozenset()  # "bus. tage.": "tage bussen"
    fragment_ride_places: frozenset[str] = frozenset()  # "by": "til byen"
    fragment_no: frozenset[str] = frozenset()  # "ingen" of "ingen. fald."
    fragment_without: str = ""  # "uden at": "ingen. fald." → "uden at falde"
    # "spild" → "spilde": "ingen. spild." → "uden at spilde" (nlp/fragment_result.py)
    fragment_without_deeds: dict[str, str] = field(default_factory=dict)
    fragment_plural_definite: frozenset[str] = frozenset()  # "knapper" + "ne": "knap"
    fragment_person_pronouns: frozenset[str] = frozenset()  # "ham": the name said beside it
    fragment_person_leads: dict[str, str] = field(default_factory=dict)  # "ringe": "til"
    fragment_name_place_lead: str = ""  # "i": "Oliver i Australien"
    fragment_name_place_on: frozenset[str] = frozenset()  # "fyn": "Kurt på Fyn"
    fragment_device_lead: str = ""  # "på": "på min tablet"
    fragment_devices: dict[str, str] = field(default_factory=dict)  # "tablet": "min"
    fragment_device_verbs: frozenset[str] = frozenset()  # "ringe. telefon": done on it
    fragment_name_bearers: tuple[str, ...] = ()  # "kanariefugl. Pippi": "min kanariefugl Pippi"
    # "det med at komme ud …": a short answer's phrase starts after these
    topic_leads: tuple[tuple[str, ...], ...] = ()
    # "være så ensom", "gå så langt": after these stops ("så") a degree word goes on
    degree_after: dict[str, frozenset[str]] = field(default_factory=dict)
    cleft_links: tuple[tuple[str, ...], ...] = ()
    # "… igen, i caféen": a place said beside the phrase opens with one of `place_leads`, after
    # `place_skip` words ("jo", "bare"); `place_not` after its lead is no place ("i hvert fald");
    # "maskinen står ude i bryggerset": a thing (not one of `place_not_subjects`) with one of
    # `position_verbs` tells where
    place_leads: frozenset[str] = frozenset()
    place_skip: frozenset[str] = frozenset()
    place_joined_firsts: frozenset[str] = frozenset()  # "bag" of "bag ved": "ved" no verb
    place_not: frozenset[str] = frozenset()
    place_not_subjects: frozenset[str] = frozenset()
    place_amounts: frozenset[str] = frozenset()  # "nogle" in "bare nogle timer på kontoret"
    place_clause_subjects: frozenset[str] = frozenset()  # "i haven faldt jeg": a clause
    position_verbs: frozenset[str] = frozenset()
    # "mine garn hængende ude i skuret": a thing's place after one of `kept_forms`, opening
    # with one of `kept_leads` (nlp/fronted_pointer.py)
    kept_forms: frozenset[str] = frozenset()
    kept_leads: frozenset[str] = frozenset()
    stranded_leads: frozenset[str] = frozenset()  # "den vil jeg gerne køre på": its object
    # "besøge min veninde Ruth hun bor på plejehjemmet": where the visited person lives
    visit_verbs: frozenset[str] = frozenset()
    dwelling_verbs: frozenset[str] = frozenset()
    # "se mine gamle kolleger igen vi var en flok der mødtes på cafeen": where the company met
    meeting_verbs: frozenset[str] = frozenset()
    # "men så skal jeg kunne … i mit eget køkken": what the wish requires, and where
    requirement_leads: frozenset[str] = frozenset()
    requirement_modals: frozenset[str] = frozenset()
    # "bage … jeg har bagt rugbrød til kirkecaféen": endings of the wish's verb told again
    retold_endings: frozenset[str] = frozenset()
    # "vil gerne i svømmehallen igen", "vil gerne i gang med …": a place said without its verb
    verbless_place_leads: frozenset[str] = frozenset()
    place_not_before: frozenset[str] = frozenset()  # "i dag", "i hvert fald": no place
    # "at hun igen kan finde vej …" answering "Hvad vil hun gerne kunne?": with no wish verb, a
    # modal among the first words after one of `answer_leads` opens the phrase
    answer_leads: frozenset[str] = frozenset()
    answer_modals: frozenset[str] = frozenset()
    # "skolen har tilbudt at jeg kan starte op igen": another's offer; its clause after
    # "at jeg kan" is the deed, not the offer
    offer_participles: frozenset[str] = frozenset()
    offer_leads: frozenset[str] = frozenset()
    offer_modals: frozenset[str] = frozenset()
    answer_reach: int = 0
    # "kan man lære at ringe …?": a sentence opening with one of `question_modals` (after one of
    # `question_openers` at most) and one of `question_subjects` asks for its phrase
    question_modals: frozenset[str] = frozenset()
    question_subjects: frozenset[str] = frozenset()
    question_openers: frozenset[str] = frozenset()
    reported_question_leads: frozenset[str] = frozenset()  # "om" in "spurgt, om jeg vil …"
    promise_verbs: frozenset[str] = frozenset()  # "lovet" in "har lovet ham, at jeg vil …"
    promise_leads: frozenset[str] = frozenset()  # "at" after it
    promise_ends: frozenset[str] = frozenset()  # "men", ".": a later wish said outside it
    promise_self: frozenset[str] = frozenset()  # "selv" in "har lovet mig selv, at jeg vil …"
    promise_back: frozenset[str] = frozenset()  # "det" in "jeg vil gerne kunne klare det"
    promise_back_after: frozenset[str] = frozenset()  # "selv" in "… klare det selv"
    # "hun vil så gerne snakke med mig …, så jeg vil gerne selv kunne ringe til hende": someone
    # else's wish (one of `others_subjects` before or after the wish verb) gives way to a later
    # one of the speaker's own (one of `own_subjects`) when the speaker talks of themself
    own_subjects: frozenset[str] = frozenset()
    others_subjects: frozenset[str] = frozenset()
    # "min kone vil have en robot": an owner word before the wish verb's noun subject
    others_owners: frozenset[str] = frozenset()
    # "hans barnebarn Oliver vil så gerne …" told of the citizen: the citizen's own person
    citizens_owners: frozenset[str] = frozenset()
    # "hendes" → {hun, hende}: the citizen's pronouns after a person owned by the citizen
    owner_pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # "min datter vil have mig med i mandeklubben": a wish for the speaker (past `for_fillers`,
    # one of `for_verbs`, maybe `for_links`, one of `for_targets`) has someone else as subject
    for_fillers: frozenset[str] = frozenset()
    for_verbs: frozenset[str] = frozenset()
    for_links: frozenset[str] = frozenset()
    for_targets: frozenset[str] = frozenset()
    # "han ville vende sig i graven, hvis …": a past modal of `story_modals` with none of
    # `story_marks` in the next `story_reach` words tells the story; another wish told counts
    story_modals: frozenset[str] = frozenset()
    story_marks: frozenset[str] = frozenset()
    story_reach: int = 0
    # "han har sagt, at han vil spille for os …": a wish verb right after a verb of saying
    # (`report_verbs`, ", at" and a subject between) with none of `story_marks` near is told
    # speech; it gives way to another wish told plainly ("han vil gerne kunne spille …")
    report_verbs: frozenset[str] = frozenset()
    report_leads: frozenset[str] = frozenset()
    present_endings: tuple[str, ...] = ()  # "der kommer til maj": a relative clause's verb
    # "jeg kan jo ikke komme op …, det er det jeg vil kunne igen": the lack pointed back at
    lack_modals: frozenset[str] = frozenset()
    lack_skip: frozenset[str] = frozenset()  # "kan ikke længere gå …": passed after the negation
    restate: frozenset[str] = frozenset()  # "i svømmehallen igen altså svømme …"
    # "…, især tomaterne", "…, med min datter": a verbless part after the phrase that opens with
    # one of these (or lists things with a join) says what or whom the wish is about
    object_focus: frozenset[str] = frozenset()
    object_company: frozenset[str] = frozenset()
    object_for: frozenset[str] = frozenset()  # "til" in "…, afghansk tøj, til mine børnebørn"
    object_vague_ends: frozenset[str] = frozenset()  # "… og sådan": no thing
    object_determiners: frozenset[str] = frozenset()  # "et par stykker": "stykker" is a thing
    # "komme op fra gulvet hvis jeg falder": a condition lead, a subject and one of these verbs
    condition_leads: frozenset[str] = frozenset()
    condition_verbs: frozenset[str] = frozenset()
    condition_subjects: frozenset[str] = frozenset()  # the citizen's own "jeg"
    # "hjælpe til når børnebørnene kommer": the occasion told after a bare verb and particle
    occasion_leads: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ClockSpan:
    """ "fra 13 til 16" said as a measure: the words of a span of the clock and its unit."""

    leads: frozenset[str] = frozenset()
    joins: frozenset[str] = frozenset()
    hour_words: frozenset[str] = frozenset()
    unit: str = ""
    max_hours: int = 0


def _clock_span(data: dict, path: Path, problems: Problems) -> ClockSpan:
    raw = data.get("clock_span") or {}
    if not isinstance(raw, dict):
        problems.add(path, "'clock_span' must be a mapping")
        return ClockSpan()
    return ClockSpan(
        leads=_words(raw, "leads", path, problems),
        joins=_words(raw, "joins", path, problems),
        hour_words=_words(raw, "hour_words", path, problems),
        unit=str(raw.get("unit") or ""),
        max_hours=int(raw.get("max_hours") or 0),
    )


@dataclass(frozen=True)
class Lexicon:
    """Every word list and pattern the NLP uses, from content/<lang>/nlp/."""

    lemmas: dict[str, str]
    classes: dict[str, tuple[str, ...]]
    numbers: NumberWords
    units: dict[str, str]
    unit_words: dict[str, tuple[float, str]]
    floor_words: frozenset[str]
    floor_lead: frozenset[str]
    unit_fillers: frozenset[str]  # "en hel time", "et godt kvarter": between number and unit
    periods: dict[str, str]
    period_preps: frozenset[str]
    freq_adverbs: dict[str, tuple[float, str, int]]
    freq_phrases: dict[tuple[str, ...], tuple[float, str, int]]
    every_words: frozenset[str]
    every_intensifiers: frozenset[str]  # "hver eneste dag": the day, every one
    aids: dict[str, str]
    aid_use_words: frozenset[str]
    not_aids: frozenset[str]  # "hofteprotese": ends in an aid's name but names none
    people: dict[str, str]
    third_person_subjects: frozenset[str]
    third_person_nouns: frozenset[str]
    possessives: frozenset[str]
    self_words: frozenset[str]
    framing_words: frozenset[str]
    independence: IndependenceCues
    motivation: MotivationCues
    patterns: dict[str, tuple[str, ...]]  # label → pattern strings (stance, independence)
    time: Any  # assistant.nlp.dates.TimeLexicon
    light_heads: frozenset[str] = frozenset()
    # a part or control of a thing ("knap", "håndtag"): the first part names the activity
    part_heads: frozenset[str] = frozenset()
    errand_deeds: frozenset[str] = frozenset()  # "… med min rollator og hente rundstykker"
    compound_links: tuple[str, ...] = ()
    definite_part_endings: tuple[str, ...] = ()  # "en", "et": "kurv|en" is no "kur|ven"
    adjective_tails: frozenset[str] = frozenset()  # "grønland|ske" is the adjective, no spoon
    plural_definite_endings: tuple[str, ...] = ()  # "ene": "fingr|ene" is no "fing|rene"
    compound_min_part: int = 3
    compound_min_head: int = 3
    # the aid forms read as a compound's last part: not "greb" ("gummigreb" is a pen's grip)
    aid_tails: dict[str, str] = field(default_factory=dict)
    whole_aid_heads: frozenset[str] = frozenset()  # "kørestol": "foldekørestolen" is its own
    # "skærebræt", "malerskamlen": the last parts of compounds naming a tool (form → its lemma),
    # an aid when said after one of tool_leads within tool_lead_reach words (aids.yaml)
    tool_heads: dict[str, str] = field(default_factory=dict)
    # the forms of tool_heads read only after one of means_leads ("med et enbensstativ"; not
    # "på kogepladen"), or joined to a "med" phrase (aids.yaml means_heads)
    means_heads: frozenset[str] = frozenset()
    means_leads: frozenset[str] = frozenset()
    tool_leads: frozenset[str] = frozenset()
    tool_lead_reach: int = 0
    tool_handled: frozenset[str] = frozenset()  # "holde på kaffekoppen": the thing handled
    sought_verbs: frozenset[str] = frozenset()  # "finde" in "finde brillerne": no aid used
    sought_search_verbs: frozenset[str] = frozenset()  # "leder" in "leder efter brillerne"
    sought_search_particles: frozenset[str] = frozenset()  # "efter" there
    sought_stops: frozenset[str] = frozenset()  # "med" in "finde vej med rollatoren"
    sought_kept_after: frozenset[str] = frozenset()  # "frem" in "finde rollatoren frem"
    sought_new_articles: frozenset[str] = frozenset()  # "en" in "har fundet en brikholder"
    sought_reach: int = 0
    homograph_aids: frozenset[str] = frozenset()  # "skinner": also the verb's present
    homograph_noun_leads: frozenset[str] = frozenset()  # "med" in "med skinner": the aid
    fastening_words: frozenset[str] = frozenset()  # "fast" in "sidder fast med sugekopper"
    fastening_parts: frozenset[str] = frozenset()  # "sugekopper" there: the aid's part
    tool_put_verbs: frozenset[str] = frozenset()  # "lægge puslespil på brættet": the place
    tool_self_words: frozenset[str] = frozenset()  # "sig" in "skåret sig på brødkniven"
    # "med klodser …, og nogle store dyneklemmer": a tool joined to a "med" phrase before it
    tool_at_verbs: frozenset[str] = frozenset()  # "stå ved strygebrættet": where one stands
    tool_at_leads: frozenset[str] = frozenset()
    tool_and_words: frozenset[str] = frozenset()
    tool_and_skip: frozenset[str] = frozenset()
    tool_and_articles: frozenset[str] = frozenset()
    tool_and_leads: frozenset[str] = frozenset()
    tool_and_reach: int = 0
    # "den strømpe ting", "strømpetingen": a thing word (loose_things) with what it is for
    # (loose_purposes: form → the aid), said after one of tool_leads (aids.yaml)
    loose_things: frozenset[str] = frozenset()
    loose_joins: frozenset[str] = frozenset()  # "til" in "tingen til strømperne"
    # "op på tørrestativet": an aid that is also where things go (aids.yaml target_aids …)
    target_aids: frozenset[str] = frozenset()
    hand_tools: frozenset[str] = frozenset()  # "holde pincetten": the thing handled, no means
    # "se på hans greb": a person's grip, no grab rail (aids.yaml body_grips …)
    body_grips: frozenset[str] = frozenset()
    grip_owners: frozenset[str] = frozenset()
    # "søsteren sidder i kørestol", "Inga …, hun sidder i kørestol": another's aid (aid_owner.py)
    owner_verbs: frozenset[str] = frozenset()
    owner_edges: frozenset[str] = frozenset()
    owner_not_between: frozenset[str] = frozenset()
    owner_sentence_ends: frozenset[str] = frozenset()
    owner_relatives: frozenset[str] = frozenset()
    owner_others: frozenset[str] = frozenset()
    place_fixtures: frozenset[str] = frozenset()  # "gelænder" in "der er et gelænder"
    fixture_subjects: frozenset[str] = frozenset()  # "der"
    fixture_verbs: frozenset[str] = frozenset()  # "er"
    fixture_between: frozenset[str] = frozenset()  # "et", "også"
    owner_have_verbs: frozenset[str] = frozenset()
    owner_have_next: frozenset[str] = frozenset()
    owner_have_gap: frozenset[str] = frozenset()  # "fået", "også": "naboen har også fået en …"
    owner_for_leads: frozenset[str] = frozenset()  # "til" in "har fået en rollator til mig"
    owner_placed: frozenset[str] = frozenset()  # "sat" in "fået en trappelift sat op"
    owner_place_leads: frozenset[str] = frozenset()  # "på" in "sat ind på mit badeværelse"
    owner_home_possessives: frozenset[str] = frozenset()  # "mit" there
    owner_not_home: frozenset[str] = frozenset()  # "sit" in "sat op i sit hus"
    owner_citizen_kin: frozenset[str] = frozenset()  # "mor": maybe the citizen, said by kin
    owner_skipped: frozenset[str] = frozenset()
    load_verbs: frozenset[str] = frozenset()  # "løfte" in "løfte en rollator op i bagagerummet"
    load_ways: frozenset[str] = frozenset()  # "op", "i"
    load_places: frozenset[str] = frozenset()  # "bagagerummet"
    load_not_after: frozenset[str] = frozenset()  # "min", "med": the citizen's own, used
    load_articles: frozenset[str] = frozenset()  # "en" in "løfte en rollator": skipped back
    grip_gap: frozenset[str] = frozenset()
    grip_verbs: frozenset[str] = frozenset()
    grip_hands: frozenset[str] = frozenset()
    grip_places: frozenset[str] = frozenset()
    grip_strengths: frozenset[str] = frozenset()
    grip_state_links: frozenset[str] = frozenset()  # "grebet er dårligt", "greb. dårligt."
    # "badedragt special": a garment made for the body, an aid (aids.yaml special_garments …)
    special_marks: frozenset[str] = frozenset()
    special_garments: frozenset[str] = frozenset()
    special_prefix: str = ""
    special_written: str = ""  # "specielle" in "min specielle badedragt"
    # "vist mig nogle greb": a way of holding taught, no grab rail (aids.yaml grip_ways …)
    grip_ways: frozenset[str] = frozenset()
    grip_teachers: frozenset[str] = frozenset()
    grip_taught: frozenset[str] = frozenset()
    grip_way_not_before: frozenset[str] = frozenset()
    aid_target_leads: frozenset[str] = frozenset()
    aid_target_gap: frozenset[str] = frozenset()
    adapted_words: frozenset[str] = frozenset()  # "lavt" in "på et lavt tørrestativ"
    # "skrå holder til brikker": a tool said apart from what it is for (aids.yaml apart_*)
    apart_heads: dict[str, str] = field(default_factory=dict)
    apart_joins: frozenset[str] = frozenset()
    tool_made_leads: frozenset[str] = frozenset()  # "lavet" in "lavet et højbed til mig"
    tool_made_for: frozenset[str] = frozenset()  # "til mig": made for the person
    tool_made_only: frozenset[str] = frozenset()  # "bed": a tool only when made for one
    # "pinde af træ": a head said with its material (apart_material_joins, apart_materials)
    apart_material_joins: frozenset[str] = frozenset()
    apart_materials: frozenset[str] = frozenset()
    apart_gap: frozenset[str] = frozenset()
    apart_subjects: frozenset[str] = frozenset()
    apart_not_things: frozenset[str] = frozenset()
    # "man" in "den ting man sætter strømpen på": a clause after the thing telling its purpose
    loose_clause_leads: frozenset[str] = frozenset()
    loose_clause_reach: int = 0  # words of that clause searched for the purpose
    loose_lead_reach: int = 0  # words between a lead and a loose thing ("med den der plastik ting")
    loose_purposes: dict[str, str] = field(default_factory=dict)
    # "et bræt man lægger hen over badekarret": a plain thing word (described_things) with a
    # clause after it naming what it is used on (described_purposes: form → the aid), within
    # described_reach words of the clause (aids.yaml)
    described_things: frozenset[str] = frozenset()
    described_words: dict[str, str] = field(default_factory=dict)  # form → the word kept
    described_purposes: dict[str, str] = field(default_factory=dict)
    described_reach: int = 0
    # "et bræt hen over æ kar": a place said right after the thing (described_place_leads);
    # "glide over selv på sådan et bræt": a verb before its lead (described_verbs: form → aid)
    described_place_leads: frozenset[str] = frozenset()
    described_verbs: dict[str, str] = field(default_factory=dict)
    # "sådan en stol med en spand under", "den der med hjul": a tool not named but described by
    # a part it has, after a describing lead (described_tool_leads; bare_leads may stand right
    # before the part's "med"), within described_tool_reach words; the part is no person or
    # pronoun (described_tool_not_parts) (aids.yaml)
    described_tool_leads: frozenset[str] = frozenset()
    described_tool_bare_leads: frozenset[str] = frozenset()
    described_tool_joins: frozenset[str] = frozenset()
    described_tool_reach: int = 0
    described_tool_part_reach: int = 0
    described_tool_part_skip: frozenset[str] = frozenset()
    described_tool_not_parts: frozenset[str] = frozenset()
    described_tool_not_things: frozenset[str] = frozenset()
    # "med sådan en lang børste", "med den lange saks": a tool not named but said by its shape
    # (shaped_tool_shapes; shaped_tool_kind_shapes only after a kind lead, "sådan en lille
    # vogn"), right after "med" and a lead (shaped_tool_leads / shaped_tool_kind_leads) (aids.yaml)
    shaped_tool_joins: frozenset[str] = frozenset()
    shaped_tool_leads: frozenset[str] = frozenset()
    shaped_tool_kind_leads: frozenset[str] = frozenset()
    shaped_tool_shapes: frozenset[str] = frozenset()
    shaped_tool_kind_shapes: frozenset[str] = frozenset()
    # "bestik med tykke håndtag": a thing said with a shaped grip is an aid (shaped_things:
    # form → the aid, aids.yaml)
    shaped_things: dict[str, str] = field(default_factory=dict)
    # "en lang pind med krog", "et ur der viser ugedagen": an aid named by a thing (lemma → the
    # aids it may be) and a feature (aid → the features' lemmas) within described_aid_reach
    # words after a join right after the thing; not right after a word of not_after (aids.yaml)
    described_aid_things: dict[str, tuple[str, ...]] = field(default_factory=dict)
    described_aid_features: dict[str, frozenset[str]] = field(default_factory=dict)
    # "sko som ikke glider": a feature of an aid said only right after a negation ("denied")
    described_aid_denied: dict[str, frozenset[str]] = field(default_factory=dict)
    # the features that are the aid's own parts or doings ("krog", "tud", "klappe"), not where
    # it is used ("bruseren", "toilettet"): an action saying one names the aid in the goal
    described_aid_parts: dict[str, frozenset[str]] = field(default_factory=dict)
    described_aid_joins: frozenset[str] = frozenset()
    described_aid_reach: int = 0
    described_aid_not_after: frozenset[str] = frozenset()
    described_aid_stops: frozenset[str] = frozenset()  # "og": "en pind med snor og krog"
    described_aid_subjects: frozenset[str] = frozenset()  # "man": "en kant som man sætter på"
    # "et ur på væggen som viser dag og dato": a place between the thing and its join
    described_aid_place_leads: frozenset[str] = frozenset()
    described_aid_place_reach: int = 0
    # "sådan en ramme med håndtag man stiller rundt om toilettet": a clause join (clause_joins)
    # carries the description on past "og"; words of light are not counted in the reach; a
    # feature of times ("dag") is when, not what, after a word of not_after; a thing may be
    # the last part of a compound (tails: "en plastikstol man ka sid på under æ bruser")
    described_aid_clause_joins: frozenset[str] = frozenset()
    described_aid_bare_joins: frozenset[str] = frozenset()  # "på" only after "en svamp"
    described_aid_kept_joins: frozenset[str] = frozenset()  # "en ramme på stativ": as said
    described_aid_light: frozenset[str] = frozenset()
    described_aid_times: frozenset[str] = frozenset()
    described_aid_tails: frozenset[str] = frozenset()
    # "pedaler med stropper", "en tallerken med kant": aids said feature first, then the thing
    described_aid_turned: frozenset[str] = frozenset()
    # "bussens rampe", "en indkøbsvogn fra Netto": an aid of place_aids said as a thing of a
    # place or vehicle (place_owners, with the shops of the class "shop") is no aid
    # (assistant/nlp/place_thing.py)
    place_aids: frozenset[str] = frozenset()
    hall_aids: frozenset[str] = frozenset()  # "… til foreningen. … mikrofonen": the hall's
    place_owners: frozenset[str] = frozenset()
    place_aid_leads: frozenset[str] = frozenset()
    place_aid_skip: frozenset[str] = frozenset()
    place_aid_own_words: frozenset[str] = frozenset()
    # "Jeg har fået en Shoprider. Jeg vil selv køre med den": an aid pointed back to in use
    aid_pointer_leads: frozenset[str] = frozenset()
    aid_pointers: frozenset[str] = frozenset()
    aid_pointer_next: frozenset[str] = frozenset()
    aid_pointer_blocks: frozenset[str] = frozenset()
    # "to Widex … jeg vil lære at bruge dem": a pronoun (aid_use_pointers) pointing back to an
    # aid only after a verb of using (aid_use_pointer_leads), never after "med" (people)
    aid_use_pointer_leads: frozenset[str] = frozenset()
    aid_use_pointers: frozenset[str] = frozenset()
    aid_use_pointer_next: frozenset[str] = frozenset()
    # "vinkelske", "forstørrelsesspejlet": a first part that makes a thing an aid → the lemmas
    # of those things (aids.yaml aid_makers)
    aid_makers: dict[str, frozenset[str]] = field(default_factory=dict)
    # "dreje skåle på drejeskiven": an aid's name that is also a craft's own tool → the words
    # that name the craft in the same utterance (aids.yaml craft_tools)
    craft_tools: dict[str, frozenset[str]] = field(default_factory=dict)
    # "en forhøjer under sengen": a bare raiser word (placed_words) said under or on furniture
    # (placed_leads, within placed_reach words) is that furniture's (placed_aids: form → aid)
    placed_words: frozenset[str] = frozenset()
    placed_leads: frozenset[str] = frozenset()
    placed_reach: int = 0
    placed_aids: dict[str, str] = field(default_factory=dict)
    means_activities: frozenset[str] = frozenset()  # "gang": on a tie the errand wins
    weekdays: dict[str, int] = field(default_factory=dict)  # every form -> 0 (Monday) … 6
    weekday_joins: frozenset[str] = frozenset()  # "," and "og" in "mandag, onsdag og fredag"
    weekday_aside_leads: frozenset[str] = frozenset()  # "hvor" in "søndag, hvor …, og onsdag"
    weekday_aside_reach: int = 0
    weekday_ranges: frozenset[str] = frozenset()  # "til" in "mandag til fredag"
    weekday_habits: frozenset[str] = frozenset()  # "om onsdagen": every Wednesday
    weekday_whens: frozenset[str] = frozenset()  # "om onsdagen" alone: when, not how often
    negation_focus: frozenset[str] = frozenset()  # "både" in "ikke både lørdag og søndag"
    not_counted: frozenset[str] = frozenset()  # "en på om morgenen": no thing counted
    repetition_min: int = 5  # "fem gange hver morgen": so many times each time are repetitions
    repetition_activities: frozenset[str] = frozenset()  # exercises counted so; else how often
    times_words: dict[str, float] = field(default_factory=dict)  # "engang" (om ugen): 1 time
    times_not_before: frozenset[str] = frozenset()  # "to gange eller slet ikke": no measure
    past_count_leads: frozenset[str] = frozenset()  # "sidste" in "de sidste par gange"
    limit_leads: frozenset[str] = frozenset()  # "kun" in "kan kun gå 100 meter, så skal jeg …"
    lack_limit_skips: frozenset[str] = frozenset()  # "længere" in "kan ikke længere stå"
    lack_struggle_verbs: frozenset[str] = frozenset()  # "sidder" in "…, han sidder en time …"
    limit_modals: frozenset[str] = frozenset()  # "kan" right before "kun"
    whole_thing_leads: frozenset[str] = frozenset()  # "hele" in "hele messen, en time"
    lack_duty_modals: frozenset[str] = frozenset()  # "skal" in "skal gå på sprogskole, men …"
    lack_duty_contrasts: frozenset[str] = frozenset()  # "men" between that duty and the limit
    # "vil have mig" in "Jobcentret vil have mig i praktik, men …": another's demand, a duty
    lack_duty_demands: tuple[tuple[str, ...], ...] = ()
    limit_then: frozenset[str] = frozenset()  # "så" after today's limit
    limit_musts: frozenset[str] = frozenset()  # "skal", "må" in "så skal jeg stoppe"
    limit_not_after: frozenset[str] = frozenset()  # "og" in "… og så må jeg sætte mig"
    repetition_after: frozenset[tuple[str, ...]] = frozenset()  # "i træk" after "fem gange"
    occasion_nouns: frozenset[str] = frozenset()  # "aftener" in "syv aftener i træk"
    occasion_in_a_row: frozenset[tuple[str, ...]] = frozenset()  # "i træk" after it: gang
    pause_words: frozenset[str] = frozenset()  # "puste" in "stå og puste to gange": pauses told
    idle_words: frozenset[str] = frozenset()  # "ligge" in "må ligge en time bagefter": time lost
    wake_words: frozenset[str] = frozenset()  # "jeg vågner hver nat": idle, not in a "når" clause
    wake_occasion_leads: frozenset[str] = frozenset()  # "så snart" in "så snart jeg vågner"
    # "lægge" in "nu skal jeg lægge mig hver middag": a rest with a reflexive after it
    idle_reflexive_verbs: frozenset[str] = frozenset()
    idle_after_joins: frozenset[str] = frozenset()  # "og" in "går rundt en time og leder"
    # "efter" in "…, lige nu er han forpustet efter ti minutter": when today's trouble starts
    onset_leads: frozenset[str] = frozenset()
    onset_fillers: frozenset[str] = frozenset()  # "en" in "efter en fem minutter"
    # "… selv til tredje sal. nu tager det tyve minutter": the time a task takes today, said
    # after the wish in a clause of its own with a now-word and a verb of taking (units.yaml)
    now_cost_leads: frozenset[str] = frozenset()
    now_cost_verbs: frozenset[str] = frozenset()
    cost_concessions: tuple[tuple[str, ...], ...] = ()  # "selvom det tager ham en time"
    one_at_a_time_units: frozenset[str] = frozenset()  # "trin" in "et trin ad gangen"
    pointed_units: frozenset[str] = frozenset()  # "en snes trin … klare dem": the wish's measure
    measure_pointers: frozenset[str] = frozenset()  # "dem" in "klare dem"
    # "bage ti boller": the wish's counted object is its measure (nlp/counted_object.py)
    counted_object_leads: frozenset[str] = frozenset()  # "alle" in "hækle alle 30 firkanter"
    counted_object_not: frozenset[str] = frozenset()  # "ting" in "klare to ting": no object
    counted_object_plural_endings: tuple[str, ...] = ()  # "firkanter" → "firkant"
    counted_object_kept: frozenset[str] = frozenset()  # "par" in "to par sokker": as said
    repetition_unit: str = ""  # "gang": the unit of counted movements ("ti armbøjninger")
    repetition_nouns: frozenset[str] = frozenset()  # "armbøjning": counted as repetitions
    counted_sign_modals: frozenset[str] = frozenset()  # "kan" in "at jeg kan bage 20 boller"
    counted_sign_gap: frozenset[str] = frozenset()  # "selv" in "kan selv bage 20 boller"
    # "stå og skyde 30 pile": a posture verb joined by "og" before the verb that counts
    counted_posture: frozenset[str] = frozenset()
    counted_posture_joins: frozenset[str] = frozenset()  # "og" between the two verbs
    counted_sign_not_verbs: frozenset[str] = frozenset()  # "hele" in "Hele 20 boller"
    sum_joins: frozenset[str] = frozenset()  # "og" in "en time og 20 minutter": a sum
    one_at_a_time: frozenset[tuple[str, ...]] = frozenset()  # "ad gangen" after it
    times_on_the_way: frozenset[tuple[str, ...]] = frozenset()  # "to gange undervejs": stops
    rounds_after: frozenset[tuple[str, ...]] = frozenset()  # "to gange rundt om": rounds
    clock_span: ClockSpan = ClockSpan()  # "fra 13 til 16" at the measure step: 3 timer
    distance_scene_leads: frozenset[tuple[str, ...]] = frozenset()  # "det er" in "det er 400 m"
    distance_scene_fillers: frozenset[str] = frozenset()  # "jo kun" in "det er jo kun 400 m"
    unit_kinds: dict[str, str] = field(default_factory=dict)  # "kilometer" -> "distance"
    occasion_words: frozenset[str] = frozenset()  # "måltider" in "tre måltider om dagen"
    amount_words: frozenset[str] = frozenset()  # "liter" in "halvanden liter om dagen"
    day_parts: frozenset[str] = frozenset()  # "formiddagen" in "fire timer om formiddagen"
    day_part_leads: frozenset[str] = frozenset()  # "om" in "fire timer om formiddagen"
    day_time_leads: frozenset[str] = frozenset()  # "sidst på" in "om fredagen sidst på dagen"
    day_part_not_after: frozenset[str] = frozenset()  # "i" in "i morgen og i aften"
    freq_return_words: frozenset[str] = frozenset()  # "igen" in "… vil gerne med igen"
    freq_back_to_words: frozenset[str] = frozenset()  # "tilbage" in "… vil tilbage til praktik"
    routine_back_ends: frozenset[str] = frozenset()  # "og" in "vil gerne klare det og …"
    resource_back_leads: frozenset[str] = frozenset()  # "det" in "… det kan jeg selv"
    afterword_frame: frozenset[str] = frozenset()  # "jeg vil" in "Jeg vil mødes hver uge."
    freq_there_words: frozenset[str] = frozenset()  # "derud" in "… og tage den derud"
    freq_trip_activities: frozenset[str] = frozenset()  # a wish to get to a told habit
    freq_trip_leads: frozenset[str] = frozenset()  # "til" in "skal til dialyse tre gange …"
    freq_trip_verbs: frozenset[str] = frozenset()  # "skal" in "skal til dialyse tre gange …"
    month_day_leads: frozenset[str] = frozenset()  # "den" in "den første i måneden"
    month_day_last: frozenset[str] = frozenset()  # "sidste" in "den sidste i måneden"
    month_day_preps: frozenset[str] = frozenset()  # "i" in "den første i måneden"
    story_clause_joins: frozenset[str] = frozenset()  # "og" in "… og han spørger …"
    # "ligesom hvert år": a frequency after one compares with how it has been, no goal rhythm
    comparison_leads: frozenset[str] = frozenset()
    comparison_next: frozenset[str] = frozenset()  # "som hvert år": only right before it
    comparison_gap: frozenset[str] = frozenset()  # "vi plejer": words between lead and it
    story_subjects: frozenset[str] = frozenset()  # "han" in "… og han spørger …"
    timetable_subjects: frozenset[str] = frozenset()  # "bussen" in "… og bussen kører …"
    # "jeg", "man" in "lægen siger jeg skal drikke 6 glas hver dag": the one a prescription is for
    prescribed_subjects: frozenset[str] = frozenset()
    # "natten" in "tre fire gange hver nat pga prostataen": a night's count, forced by a cause
    night_periods: frozenset[str] = frozenset()
    cause_leads: tuple[tuple[str, ...], ...] = ()  # "pga", "på grund af" right after it
    trouble_verbs: frozenset[str] = frozenset()  # "falder" in "far falder to gange om ugen"
    trouble_states: frozenset[str] = frozenset()  # "alene" in "sidder alene hver dag"
    # "vi" in "selvom vi spørger hende hver dag": told by a relative, the speaker's side
    speaker_group: frozenset[str] = frozenset()
    service_people: frozenset[str] = frozenset()  # "hjemmehjælp": never the citizen
    service_had_verbs: frozenset[str] = frozenset()  # "har hjemmepleje tre gange …"
    stay_verbs: frozenset[str] = frozenset()  # "er" in "vi er der kun ti minutter"
    others_time_subjects: frozenset[str] = frozenset()  # "de" in "så er de gået efter …"
    stay_gap: frozenset[str] = frozenset()  # "der", "kun" in "vi er der kun ti minutter"
    # "mig" in "nu er det mig der gør det hver morgen": the speaker as the doer of a cleft
    cleft_self: frozenset[str] = frozenset()
    cleft_verbs: frozenset[str] = frozenset()  # "er" before that "mig"
    cleft_pronouns: frozenset[str] = frozenset()  # "det" in "er det mig der"
    cleft_relatives: frozenset[str] = frozenset()  # "der" after it
    practice_verbs: frozenset[str] = frozenset()  # lemmas: "øve det tre gange om ugen"
    practice_gap: frozenset[str] = frozenset()  # "det", "en" between the verb and the frequency
    practice_objects: frozenset[str] = frozenset()  # "det": said on with the verb
    practice_place_leads: frozenset[str] = frozenset()  # "i" in "træner i fitnesscentret …"
    practice_group_subjects: frozenset[str] = frozenset()  # "vi" in "vi øver …": a schedule
    practice_deed_verbs: frozenset[str] = frozenset()  # "går jeg en tur … for at få kondition"
    practice_deed_objects: frozenset[str] = frozenset()  # "en tur"
    practice_purposes: tuple[tuple[str, ...], ...] = ()  # "få kondition" after "for at"
    joined_every: frozenset[str] = frozenset()  # "hverdag" typed for "hver dag"
    joined_every_not_after: frozenset[str] = frozenset()  # "min" in "min hverdag": a noun
    visit_verbs: frozenset[str] = frozenset()  # "kommer" in "og min datter kommer hver søndag"
    company_activities: frozenset[str] = frozenset()  # a visit's habit is the citizen's own
    negations: frozenset[str] = frozenset()
    clause_breaks: frozenset[str] = frozenset()
    soft_clause_breaks: frozenset[str] = frozenset()  # "og" before "jeg vil …"
    soft_break_subjects: frozenset[str] = frozenset()
    run_on_subjects: frozenset[str] = frozenset()  # "… mere jeg vil gerne …": a new part
    run_on_now_leads: tuple[tuple[str, ...], ...] = ()  # ", lige nu kan jeg …": a new part
    run_on_not_after: frozenset[str] = frozenset()  # "at jeg vil", "hvis jeg kan": no new part
    scene_starts: frozenset[str] = frozenset()  # "og" before "til barnedåben vil jeg …"
    scene_leads: frozenset[str] = frozenset()  # "til" in "til barnedåben vil jeg": kept
    fronted_leads: frozenset[str] = frozenset()  # "til brylluppet vil jeg …": a scene first
    pointing_back: frozenset[str] = frozenset()  # "det" in "… og det vil jeg gerne igen"
    told_habit_words: frozenset[str] = frozenset()  # "altid" in "vaskede altid …": the story's
    instead_leads: frozenset[str] = frozenset()  # "bare" in "…, ikke bare sidde og …"
    instead_marks: frozenset[str] = frozenset()  # "at" in "ikke bare at sidde"
    # "gå til købmanden end (at) bage", "… i stedet for at bage": what the wish is set against
    rather_than_leads: tuple[tuple[str, ...], ...] = ()
    instead_adds: str = ""  # "men" in "ikke bare …, men også …": no tail to leave out
    alternative_leads: frozenset[str] = frozenset()  # "de" in "de ni huller ikke de atten"
    pointed_object_ends: frozenset[str] = frozenset()  # "så" in "vaske dem så hun ikke …"
    # "kom jo altid i kirken … det kunne jeg godt tænke mig igen": a venue told as a habit
    venue_habit_words: frozenset[str] = frozenset()
    object_back_after: frozenset[str] = frozenset()  # "med" in "spille med igen": no object
    object_place_after: frozenset[str] = frozenset()  # "spille violin med i lauget igen"
    # "spille på det igen": a pronoun after one of these points at a thing told (story_thing.py)
    thing_back_leads: frozenset[str] = frozenset()
    thing_back_not_after: frozenset[str] = frozenset()  # "i" in "nede i fælleshuset": a place
    thing_back_ends: frozenset[str] = frozenset()  # "." : the sentences searched end so
    # "om fredagen er der bingo nede i fællesstuen": an event held in a room (event_place.py)
    event_words: frozenset[str] = frozenset()
    event_compound_only: frozenset[str] = frozenset()
    event_there: frozenset[str] = frozenset()
    event_be: frozenset[str] = frozenset()
    event_room_leads: frozenset[str] = frozenset()
    event_along: frozenset[str] = frozenset()
    story_wish_modals: frozenset[str] = frozenset()  # "jeg vil selv vælge …": a will alone
    story_wish_marks: frozenset[str] = frozenset()  # "vil gerne", "vil selv kunne": a dream
    story_wish_empty_verbs: frozenset[str] = frozenset()  # "klare" in "vil klare det selv"
    story_wish_empty_words: frozenset[str] = frozenset()  # "det", "hele": no thing to do
    # "min kone og jeg", "vi": a couple told about (perspective.yaml)
    couple_words: frozenset[str] = frozenset()
    neighbour_places: frozenset[str] = frozenset()  # "nedenunder" in "aksel nedenunder vil …"
    couple_joins: frozenset[str] = frozenset()
    couple_self: frozenset[str] = frozenset()
    couple_verbs: frozenset[str] = frozenset()
    wish_for_leads: frozenset[str] = frozenset()  # "have" in "vi vil gerne have at hun …"
    # "mit barnebarn Laura skal konfirmeres": a verb form → the person's occasion
    person_occasions: dict[str, str] = field(default_factory=dict)
    person_occasion_lead: str = ""  # "til" in "til mit barnebarn Lauras konfirmation"
    home_verbs: frozenset[str] = frozenset()  # "mit barnebarn hun bor i Australien"
    home_leads: frozenset[str] = frozenset()  # "i", "på": the home's place lead
    home_skip: frozenset[str] = frozenset()  # "hun", "nu", "jo": between person and verb
    # "vandkanden hun fik af sit barnebarn": a thing's giver, said "fra sit barnebarn"
    gift_verbs: frozenset[str] = frozenset()
    gift_leads: frozenset[str] = frozenset()
    gift_clause_words: frozenset[str] = frozenset()  # "som hun har" between thing and verb
    gift_from: str = ""
    needs_owner: frozenset[str] = frozenset()  # "kone": a wife only as "min kone" / "konen"
    placed_spouse_words: frozenset[str] = frozenset()  # "manden" in "manden i butikken"
    spouse_place_leads: frozenset[str] = frozenset()  # "i" in "manden i butikken": a place follows
    spouse_home_words: frozenset[str] = frozenset()  # "hjemme": "manden derhjemme" is the husband
    # "passe fars grav": a parent's bare genitive before the thing owned names the parent
    bare_genitive_kin: dict[str, str] = field(default_factory=dict)  # "fars" → "mor" said
    # "jeg kan jo ikke tvinge ham": the speaker's urging of the one told of, about them
    urging_verbs: frozenset[str] = frozenset()
    bare_genitive_not_before: frozenset[str] = frozenset()  # "mors dag", "fars til frikadeller"
    # "frivillig": a person only after a determiner ("en frivillig"), never "som frivillig"
    needs_determiner: frozenset[str] = frozenset()
    person_determiners: frozenset[str] = frozenset()  # "en", "de", "min" before such a word
    lacked_leads: frozenset[str] = frozenset()  # "mangler" in "de mangler en frivillig"
    determined_followers: frozenset[str] = frozenset()  # "fra" in "en frivillig fra kirken"
    existential_subjects: frozenset[str] = frozenset()  # "der" in "der er en nabo som …"
    existential_articles: frozenset[str] = frozenset()  # "en" in "der er en nabo som …"
    subject_leads: frozenset[str] = frozenset()  # "at" in "have at mormor …": her clause
    self_kin_words: frozenset[str] = frozenset()  # "farmor": the citizen, as grandchildren say
    ended_tie_leads: frozenset[str] = frozenset()  # "eks" in "min eks kone": no wife of today
    ended_ties: frozenset[str] = frozenset()  # "kone": a tie that "eks" says is over
    ended_tie_names: dict[str, str] = field(default_factory=dict)  # "kone" → "ekskone"
    spouse_of_leads: tuple[tuple[str, ...], ...] = ()  # "gift med" in "han er gift med min …"
    ended_tie_refusal_before: int = 0  # "ikke min eks kone": a negation this near before
    ended_tie_refusal_after: int = 0  # "min tidligere mand vil jeg ikke …": … or after
    ended_tie_negations: frozenset[str] = frozenset()  # "ikke", "IKK" as typed
    people_tails: dict[str, str] = field(default_factory=dict)  # "havenabo" is a nabo
    # "hjertesygeplejersken" is a hjertesygeplejerske: a head whose compounds are their own
    whole_people_heads: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()  # "min", "mine", "hans", …
    kind_name_leads: frozenset[str] = frozenset()  # "som" in "tyrkisk brød som yufka"
    # "sin", "sine": the person belongs to a third-person subject ("Birthe … med sin mand")
    reflexive_owners: frozenset[str] = frozenset()
    kin_ability_words: frozenset[str] = frozenset()  # "min søn vil gerne kunne løbe"
    kin_motion_words: frozenset[str] = frozenset()  # "min søn vil gerne i praktik"
    kin_motion_speaker: frozenset[str] = frozenset()  # "os" in "… over til os"
    kin_motion_skip: frozenset[str] = frozenset()  # "så gerne" in "vil så gerne i …"
    kin_speaker_wish_leads: frozenset[str] = frozenset()  # "vil" in "…, jeg vil gerne …"
    kin_speaker_with_preps: frozenset[str] = frozenset()  # "til" in "… til ham"
    third_person_owners: frozenset[str] = frozenset()  # "hans" in "han … Hans datter har …"
    # ("datter", "barn") → "barnebarn": "min datter og hendes børn" are the citizen's grandchildren
    joined_kin: dict[tuple[str, str], str] = field(default_factory=dict)
    # "vores" in "vores datter mette hun bor i …": the one speaking's own relative put first
    speaker_owners: frozenset[str] = frozenset()
    focus_words: frozenset[str] = frozenset()  # "mest" in "…, men det er mest badet": the point
    # "fordi …", "selvom …": background clauses, their cues count for the stance only alone
    background_leads: tuple[tuple[str, ...], ...] = ()
    background_subjects: frozenset[str] = frozenset()  # "selv om jeg …", not "selv om natten"
    contrast_words: frozenset[str] = frozenset()  # "men": the part after it is the point
    cost_leads: frozenset[str] = frozenset()  # "men så er jeg så træt": the cost of doing it
    overcome_now: frozenset[str] = frozenset()  # "nu" in "kunne ikke …, nu spiser han selv"
    overcome_past: frozenset[str] = frozenset()  # "kunne", "var": the trouble told as past
    overcome_reach: int = 0  # words after the now-word the present resource may stand
    overcome_got: frozenset[str] = frozenset()  # "fået" in "nu har jeg fået en seniortelefon"
    workaround_leads: frozenset[str] = frozenset()  # "så" in "… så han sidder på en stol"
    workaround_verbs: frozenset[str] = frozenset()  # "sidder": the difficulty worked round
    workaround_reach: int = 0  # words after the lead a workaround verb may stand
    past_cleft_leads: tuple[tuple[str, ...], ...] = ()  # "det var far der klarede …": the past
    knowing_verbs: frozenset[str] = frozenset()  # "ved" in "hun ved hvad hun vil sige"
    knowing_adverbs: frozenset[str] = frozenset()  # "godt" in "ved godt hvad"
    telling_verbs: frozenset[str] = frozenset()  # "vise" in "kan selv vise hvad han vil have"
    telling_skips: frozenset[str] = frozenset()  # "selv på" in "peger selv på hvad han vil"
    question_words: frozenset[str] = frozenset()  # "hvad", "hvor": an indirect question
    other_things: tuple[tuple[str, ...], ...] = ()  # "hjælp til resten": not what one manages
    other_things_leads: frozenset[str] = frozenset()  # "til", "med" before other_things
    # "det hjælper mig til ikke at tænke på en øl", "har ikke rørt en øl": a negation in a
    # purpose ("til/for ikke at") or on a bad habit given up says no difficulty
    purpose_negation_leads: frozenset[str] = frozenset()  # "til", "for" before "ikke at"
    purpose_negation_markers: frozenset[str] = frozenset()  # "at" after "ikke"
    given_up_things: frozenset[str] = frozenset()  # "øl", "alkohol": a bad habit's thing
    given_up_reach: int = 4  # words from the negation to such a thing
    # Clauses that only modify the point told before them (activity side words): a condition or
    # time after it ("… hvis jeg husker høreapparatet"), a consequence ("… og så kan han ikke
    # høre …") and a reaction ("… hun bliver så ked af det")
    modifier_leads: frozenset[str] = frozenset()
    occasion_leads: frozenset[str] = frozenset()  # a modifier lead only before an owner
    # "… efter vandgymnastikken", "… inden barnebarnets konfirmation": an event that tells when
    when_event_leads: frozenset[str] = frozenset()
    when_event_not_after: frozenset[str] = frozenset()  # "lede efter …": the lead is the verb's
    nested_place_leads: frozenset[str] = frozenset()  # "i bruseren i svømmehallen": "i", "på"
    # "hun skal bare have en der skriver det op": the only help needed, someone doing a part
    helper_only: frozenset[str] = frozenset()  # "bare"
    helper_leads: frozenset[str] = frozenset()  # "have", "mangler", "for" (brug for)
    helper_someone: frozenset[str] = frozenset()  # "en", "nogen"
    helper_gap: int = 0  # words between "bare" and "have" ("bare lige have")
    consequence_leads: frozenset[str] = frozenset()
    reaction_verbs: frozenset[str] = frozenset()
    # "… de andre er så sure": how the others are, side words (others_state.py)
    others_state_subjects: tuple[tuple[str, ...], ...] = ()
    others_state_verbs: frozenset[str] = frozenset()
    # "… Hele familien drikker kaffe af hendes kopper.": another's sentence (others_sentence.py)
    others_sentence_leads: frozenset[str] = frozenset()
    others_sentence_quantifiers: frozenset[str] = frozenset()
    others_sentence_owners: frozenset[str] = frozenset()
    others_sentence_breaks: frozenset[str] = frozenset()
    others_sentence_selves: frozenset[str] = frozenset()
    drive_object_ends: frozenset[str] = frozenset()  # "gider ikke mere petanque"
    # "min søn skriver dem ikke mere for mig": a help no longer needed (help_ended.py)
    help_ended_ends: frozenset[str] = frozenset()
    help_ended_refusing: frozenset[str] = frozenset()
    help_ended_for: frozenset[str] = frozenset()
    help_ended_beneficiaries: frozenset[str] = frozenset()
    # someone's advice reported outside a wish ("… præsten har sagt jeg skulle prøve en
    # sorggruppe"): a verb of saying with a modal of duty close after it
    advice_verbs: frozenset[str] = frozenset()
    advice_modals: frozenset[str] = frozenset()
    advice_ends: frozenset[str] = frozenset()  # "men": the advice's clause ends
    advice_reach: int = 3
    view_verbs: frozenset[str] = frozenset()  # "min datter synes …": another's view
    # "min datter vil have at jeg skal …, men det vil jeg ikke": another's wish (others_wish.py)
    others_wish_verbs: frozenset[str] = frozenset()
    demand_institutions: frozenset[str] = frozenset()  # "banken vil ha …": its demand
    demand_links: frozenset[str] = frozenset()  # "…, og banken vil ha …"
    worry_verbs: frozenset[str] = frozenset()  # "tænker på penge": what the worry is about
    worry_reflexives: frozenset[str] = frozenset()
    worry_preps: frozenset[str] = frozenset()
    worry_object_stops: frozenset[str] = frozenset()
    worry_object_joins: frozenset[str] = frozenset()
    worry_states: frozenset[str] = frozenset()
    others_wish_fillers: frozenset[str] = frozenset()
    others_wish_links: frozenset[str] = frozenset()
    others_wish_targets: frozenset[str] = frozenset()
    others_wish_own_subjects: frozenset[str] = frozenset()
    # a refusal's excuse ("… og vil hellere se fodbold"): no wish
    preference_words: frozenset[str] = frozenset()
    idle_preference_skips: frozenset[str] = frozenset()
    idle_preferences: tuple[tuple[str, ...], ...] = ()
    # "fysioterapeuten tester mig igen om 6 uger": a check-up of the citizen, its date the wish's
    checkup_verbs: frozenset[str] = frozenset()
    checkup_objects: frozenset[str] = frozenset()
    refusal_states: frozenset[str] = frozenset()  # activity ids: "er blevet så angst … vil ikke"
    # a fear said with what it is of ("bange for at falde"): the fear word and its lead
    fear_words: frozenset[str] = frozenset()
    fear_leads: frozenset[str] = frozenset()
    # activity ids that tell why something else was lost ("… men nu tør jeg ikke gå ud alene")
    capacity_activities: frozenset[str] = frozenset()
    done_for_leads: frozenset[str] = frozenset()  # "handler for far, men han …": the citizen
    focus_window: int = 4
    topic_max_words: int = 3  # "det er vasketøjet." opens the answer with its topic
    perfect_aux: frozenset[str] = frozenset()  # "har tabt otte kilo": a told event
    perfect_adverbs: frozenset[str] = frozenset()  # "har kun set …": passed to the participle
    short_participles: frozenset[str] = frozenset()  # "set", "sat": participles of 3 letters
    event_measure_reach: int = 5
    event_count_reach: int = 5  # "har fået rykker fra elselskabet to gange": a count told
    event_clause_stops: frozenset[str] = frozenset()  # "for" in "… for jeg har tabt otte kilo"
    event_conditions: frozenset[str] = frozenset()  # "når" in "når køleskabet er tomt"
    participle_endings: tuple[str, ...] = ()  # "tabt", "faldet": a perfect after perfect_aux
    side_clause_starts: frozenset[tuple[str, ...]] = frozenset()  # "det er" in a run-on wish
    side_clause_not_after: frozenset[str] = frozenset()  # "hvilken dag det er": a question
    motion_activity: str = ""  # getting somewhere said without a verb: walking
    walk_verbs: frozenset[str] = frozenset()  # "gå" with a distance: walking
    distance_units: frozenset[str] = frozenset()  # "meter": a distance walked
    # "det er vel en 400 meter": a distance told as how far the place is, no sign of the goal
    distance_told_leads: frozenset[tuple[str, ...]] = frozenset()
    distance_told_skip: frozenset[str] = frozenset()
    distance_place_verbs: frozenset[str] = frozenset()  # "ligger" in "ligger 200 m henne"
    distance_away_words: frozenset[str] = frozenset()  # "væk" in "en 400 meter væk"
    # "vi kører sådan en ti kilometer": the group's way told, no sign of the goal
    distance_habit_subjects: frozenset[str] = frozenset()
    distance_habit_not_between: frozenset[str] = frozenset()
    distance_habit_reach: int = 3
    wish_span_min: float = 2.0  # the wish's own words decide the activity from this score
    wish_span_share: float = 1.0  # … and from this share of the whole answer's best score
    fillers: frozenset[str] = frozenset()
    model_stops: frozenset[str] = frozenset()  # "å" (og/at said): no word the counts keep
    recipient_leads: frozenset[str] = frozenset()  # "til": "lave mad til mine børnebørn"
    origin_leads: frozenset[str] = frozenset()  # "fra": "veninderne fra syklubben"
    where_leads: frozenset[str] = frozenset()  # "nede", "i": "binde fluer nede i kælderen"
    where_ends: frozenset[str] = frozenset()  # "," and "og" end that place
    origin_fillers: frozenset[str] = frozenset()  # "den gamle" in "fra den gamle klub"
    recipient_ends: frozenset[str] = frozenset()  # "," and "og" end that phrase
    travel_verbs: frozenset[str] = frozenset()  # "cykle": "cykle ned til havnen" is the ride
    vehicle_verbs: frozenset[str] = frozenset()  # "flyve": the verb names its own means
    travel_activity: str = ""  # … whose own cues keep their weight where it goes to
    destination_leads: frozenset[str] = frozenset()  # "til", "på": where the ride goes
    ridden_activities: frozenset[str] = frozenset()  # "på motionscyklen": what is ridden
    # "tage bussen ind og besøge min søster", "gå ned med rollatoren til bingo": purposes at the
    # end of a way said with its means, where the way is what the goal trains
    way_purposes: frozenset[str] = frozenset()
    object_led_verbs: frozenset[str] = frozenset()  # "glemme": what is forgotten is the point
    object_task_verbs: frozenset[str] = frozenset()  # "lave": "lave pita" is the dish's task
    object_leads: frozenset[str] = frozenset()  # "at" in "glemmer at drikke"
    memory_question_leads: frozenset[str] = frozenset()  # "hvornår" in "glemmer hvornår …"
    # "at han selv tænder radioen": after one of these subjects (and present_between), a plural
    # noun that is also a present tense ("tænder", "strikker") is the verb (nlp/present_verb.py)
    present_subjects: frozenset[str] = frozenset()
    present_between: frozenset[str] = frozenset()
    present_unknown_endings: tuple[str, ...] = ()  # "-er": "skiller", a word the table lacks
    model_backoff_endings: tuple[str, ...] = ()  # "-e": "drikk", a clipped form of "drikke"
    # activity id → the things it is done with ("opvasken" … "tallerknerne")
    tools_of: dict[str, frozenset[str]] = field(default_factory=dict)
    cleft_leads: tuple[str, ...] = ()  # "det er" in "det er min far, der …"
    cleft_not_named: frozenset[str] = frozenset()  # "at", "og" after it: no thing is named
    relative_pronouns: frozenset[str] = frozenset()  # "der", "som"
    freq_phrase_starts: frozenset[str] = frozenset()  # first words of freq_phrases
    action: ActionCues | None = None  # the wish's own verb phrase (stance.yaml action_*)
    people_roles: Any = None  # assistant.nlp.people_roles.RoleCues (people.yaml roles)
    criterion: Any = None  # assistant.nlp.criterion.CriterionCues (criterion.yaml)
    third_person_objects: frozenset[str] = frozenset()  # "svært for hende at …"
    kin_help_verbs: frozenset[str] = frozenset()  # "hjælpe" in "min mand må hjælpe mig"
    kin_help_objects: frozenset[str] = frozenset()  # "mig" there: the speaker is helped
    kin_help_gap: frozenset[str] = frozenset()  # "jo", "altid" between the modal and the verb
    speaker_leads: tuple[tuple[str, ...], ...] = ()  # "jeg er" in "jeg er hans nabo"
    speaker_gap: frozenset[str] = frozenset()  # "hans", "fra" between that lead and the person
    intro_tail_preps: frozenset[str] = frozenset()  # "jeg er hjemmehjælper hos hende."
    person_titles: frozenset[str] = frozenset()  # "Hr. Jensen", "fru Hansen": someone told of
    # "fru" → "en dame", "hende" → "en dame": a titled person a wish's pronoun points at
    titled_people: dict[str, str] = field(default_factory=dict)
    titled_pointed: dict[str, str] = field(default_factory=dict)
    # "jeg er nattevagt i hjemmeplejen", "jeg arbejder på plejecentret": the speaker's workplace
    workplace_preps: frozenset[str] = frozenset()
    speaker_work_leads: tuple[tuple[str, ...], ...] = ()
    # "min kone har nattevagter": a shift worked, nobody (work_shift.py)
    shift_words: frozenset[str] = frozenset()
    shift_verbs: frozenset[str] = frozenset()
    shift_gap: frozenset[str] = frozenset()
    role_copulas: frozenset[str] = frozenset()  # "var" in "mor var besøgsven": a role, no person
    role_gap: frozenset[str] = frozenset()  # "frivillig" in "være frivillig besøgsven"
    # "gå til lægen": a person word that is only where one goes (people.yaml)
    destination_people: frozenset[str] = frozenset()
    practice_moved_verbs: frozenset[str] = frozenset()  # "Min læge er flyttet": a place
    practice_moved_gap: frozenset[str] = frozenset()
    practice_people: frozenset[str] = frozenset()
    destination_person_leads: frozenset[str] = frozenset()
    # "aftaler hos frisøren og fodterapeuten": a person word that is only where one goes
    visited_people: frozenset[str] = frozenset()
    child_words: frozenset[str] = frozenset()  # "drengen" in "hente drengen og gå hjem med ham"
    visited_leads: frozenset[str] = frozenset()
    visited_list_joins: frozenset[str] = frozenset()
    visited_places: frozenset[str] = frozenset()
    destination_addressed: frozenset[str] = frozenset()  # "ringe" in "ringe til lægen"
    booking_verbs: frozenset[str] = frozenset()  # "bestille" in "ringe til lægen og bestille tid"
    booking_things: frozenset[str] = frozenset()  # "tid" in "ringe til lægen og bestille tid"
    visit_errands: frozenset[str] = frozenset()  # "kontrol" in "gå til kontrol hos lægen"
    errand_leads: frozenset[str] = frozenset()  # "til" in "gå til kontrol hos lægen"
    errand_gap: frozenset[str] = frozenset()  # "sin" in "gå til sin kontrol hos lægen"
    errand_brought: frozenset[str] = frozenset()  # "med" in "tallene med til kontrollen hos …"
    course_verbs: frozenset[str] = frozenset()  # "startet" in "hun er startet hos psykologen"
    course_gap: frozenset[str] = frozenset()  # "en" in "startet hos en psykolog"
    job_charges: frozenset[str] = frozenset()  # "børnene" a childminder "savner"
    care_jobs: frozenset[str] = frozenset()  # "dagplejemor" in "hun har været dagplejemor"
    job_leads: frozenset[str] = frozenset()  # "været" in "hun har været dagplejemor"
    within_kinds: frozenset[str] = frozenset()  # "familie" in "den eneste i familien"
    within_leads: frozenset[str] = frozenset()  # "i" in "den eneste i familien"
    audience_leads: frozenset[str] = frozenset()  # "for" in "en samtalegruppe for pårørende"
    audience_groups: tuple[str, ...] = ()  # "gruppe" in "en samtalegruppe for pårørende"
    care_leads: tuple[tuple[str, ...], ...] = ()  # "sørger for" in "… sørger for, at børnene …"
    care_gap: frozenset[str] = frozenset()  # "de" in "passer på at de små ikke løber ud"
    none_leads: frozenset[str] = frozenset()  # "ingen" in "hun har ingen familie": no one
    none_verbs: frozenset[str] = frozenset()  # "har" in "hun har ingen familie"
    none_kinds: frozenset[str] = frozenset()  # "familie" in the answer "ingen familie"
    none_gap: frozenset[str] = frozenset()  # "jo" in "jeg har jo ingen børn"
    addressed_by: frozenset[str] = frozenset()  # "du" in "nej far du skal hvile": spoken to
    # "bryllupper": a word whose end spells an aid's form ("lupper") but is another word; a
    # compound ending in one ("sølvbryllupper") names no aid either
    not_aid_tails: tuple[str, ...] = ()
    # ":" and "," around "far" in "han siger: far, køb bare Nescafé": the one spoken to, quoted
    addressed_openers: frozenset[str] = frozenset()
    addressed_closers: frozenset[str] = frozenset()
    addressed_say_verbs: frozenset[str] = frozenset()  # "siger" before the quote
    named_kin_gap: frozenset[str] = frozenset()  # "gamle" in "min gamle ven Svend"
    restated_person_leads: frozenset[str] = frozenset()  # "altså" in "min morfar, altså hans søn"
    kin_of_leads: frozenset[str] = frozenset()  # "til" in "han er far til Mads": Henrik's kin
    # "lagen" → "lægen": a person word typed without æøå that is another word too (plain_person)
    plain_people: dict[str, str] = field(default_factory=dict)
    plain_person_leads: frozenset[str] = frozenset()  # "hos" in "hos lagen"
    plain_person_verbs: frozenset[str] = frozenset()  # "siger" in "lagen siger"
    relative_person_verbs: frozenset[str] = frozenset()  # "viste" in "som ergoterapeut viste"
    played_role_copulas: frozenset[str] = frozenset()  # "være" in "være hans kone": a role
    named_role_copulas: frozenset[str] = frozenset()  # "er" in "Mette som er gruppeleder"
    played_role_links: frozenset[str] = frozenset()  # "og ikke kun" before a second role
    played_role_not_after: frozenset[str] = frozenset()  # "det" in "skal det være min datter"
    verb_people: frozenset[str] = frozenset()  # "lærer": a person word that is also a verb
    verb_person_subjects: frozenset[str] = frozenset()  # "jeg" in "jeg lærer at gå"
    member_leads: frozenset[str] = frozenset()  # "fra" in "Kim fra bandet"
    member_gap: frozenset[str] = frozenset()  # "vores" in "Poul fra vores orkester"
    member_groups: frozenset[str] = frozenset()  # "bandet", "koret": a group one is in
    member_person: str = ""  # the person a named member of a group is ("ven")
    fellow_words: frozenset[str] = frozenset()  # "andre" in "de andre i lauget hjælper mig"
    fellow_help_verbs: frozenset[str] = frozenset()  # "hjælper", "henter": the others help
    fellow_help_objects: frozenset[str] = frozenset()  # "mig": whom they help
    fellow_negations: frozenset[str] = frozenset()  # "ikke": no help said then
    coach_words: frozenset[str] = frozenset()  # "træneren" in "træneren i klubben"
    coach_person: str = ""  # the person a club's or team's trainer is ("træner")
    instructor_person: str = ""  # … and an instructor outside rehabilitation ("instruktør")
    coach_alone_words: frozenset[str] = frozenset()  # "instruktøren": a coach unless in rehab
    coach_rehab_parts: frozenset[str] = frozenset()  # "genoptræn": a trainer of rehabilitation
    coach_rehab_ends: frozenset[str] = frozenset()  # "centret": a centre's trainer
    coach_not_groups: frozenset[str] = frozenset()  # "forhold": ends in "hold", names no group
    passive_endings: tuple[str, ...] = ()  # "-es" in "lagen skal skiftes": the thing
    owner_help_words: frozenset[str] = frozenset()  # "hjælp" in "med min søns hjælp"
    subordinators: frozenset[str] = frozenset()  # "hvis" in "hvis jeg ikke trækker ham op"
    gone_words: tuple[tuple[str, ...], ...] = ()  # "hun døde": someone gone, not the citizen
    elided_self_verbs: frozenset[str] = frozenset()  # "har" in "har svært ved trapper"
    sentence_ends: frozenset[str] = frozenset()  # "." before a sentence of its own
    target_leads: frozenset[tuple[str, ...]] = frozenset()  # "op på" in "op på ti minutter"
    # "… 10 minutter, fysioterapeuten siger han skal starte med 3 minutter", "… nu kan han kun 3
    # minutter": a level to start from or had today, beside the goal's (units.yaml)
    level_leads: frozenset[tuple[str, ...]] = frozenset()
    level_reach: int = 0
    ordinal_floor_words: frozenset[str] = frozenset()  # "sal" in "bor på 2 sal": an ordinal
    freq_rejections: tuple[str, ...] = ()  # "det kan jeg ikke" after a frequency: turned down
    freq_denials: tuple[str, ...] = ()  # "men det gør hun ikke" after a habit: denied
    freq_judged_off: tuple[tuple[str, ...], ...] = ()  # "hver dag passer ikke.": not the value
    this_time: frozenset[str] = frozenset()  # "i år", "i dag": this year, today (no "per")
    session_max: dict[str, float] = field(default_factory=dict)  # unit → most in one sitting
    article_count_preps: frozenset[str] = frozenset()  # "om" in "en maskine vasketøj om ugen"
    habit_years_leads: frozenset[str] = frozenset()  # "i" in "hver onsdag i ti år"
    habit_years_units: frozenset[str] = frozenset()  # "år" in "hver onsdag i ti år"
    habit_years_bounds: frozenset[str] = frozenset()  # "over" in "i over tyve år"
    stopped_tails: frozenset[str] = frozenset()  # "mere" in "vil ikke … om søndagen mere"
    trouble_fragment_words: frozenset[str] = frozenset()  # "det sker" in "… . det sker hver dag"
    bygone_after: tuple[str, ...] = ()  # "før jeg blev syg" after a habit: it ended
    life_habit_marks: frozenset[str] = frozenset()  # "altid" in "har altid gået … hver onsdag"
    life_habit_aux: frozenset[str] = frozenset()  # "har" in "har altid gået … hver onsdag"
    life_habit_ends: frozenset[str] = frozenset()  # "men" after "har altid gået … hver onsdag"
    existential_others: frozenset[str] = frozenset()  # "en" in "der kommer en ny hver uge"
    treatment_nouns: frozenset[str] = frozenset()  # "dialysen tre gange om ugen": its rhythm
    existential_opens: frozenset[str] = frozenset()  # "for" in "… for der kommer nye folk …"
    fronted_state_subjects: frozenset[str] = frozenset()  # "vi" in "hver dag vi er nye for ham"
    state_copulas: frozenset[str] = frozenset()  # "er" in "hver nat er hun urolig"
    freq_restating: tuple[str, ...] = ()  # "altså" before a frequency that sums the times up
    freq_preferred_before: tuple[str, ...] = ()  # "hellere" before a frequency: the one chosen
    freq_preferred_after: tuple[str, ...] = ()  # "i stedet" after a frequency: the one chosen

    def lemma(self, lower: str) -> str:
        """Return the lemma of a lower-cased word form (the form itself when unknown)."""
        return self.lemmas.get(lower, lower)

    @cached_property
    def fillers_and_adverbs(self) -> frozenset[str]:
        """Fillers and adverbs ("øh", "selv", "nu"): the words passed over before a verb or after
        a motion verb, made once per lexicon (read for every wish part)."""
        return frozenset(self.fillers | set(self.classes.get("adv", ())))

    @property
    def wish_verbs(self) -> frozenset[str]:
        """The verbs a wish is said with ("vil", "drømmer"); none without action cues."""
        return self.action.wish_verbs if self.action else frozenset()


def _words(data: dict, key: str, path: Path, problems: Problems) -> frozenset[str]:
    return frozenset(w.lower() for w in as_str_list(data.get(key), path, key, problems))


def _joined_kin(data: dict, path: Path, problems: Problems) -> dict[tuple[str, str], str]:
    """(the one named, their kin) → what that kin is to the citizen (people.yaml joined_kin)."""
    out: dict[tuple[str, str], str] = {}
    for entry in _words(data, "joined_kin", path, problems):
        parts = entry.split()
        if len(parts) != 3:  # noqa: PLR2004 - named, kin, the citizen's
            problems.add(path, f"joined_kin {entry!r} must be three words")
            continue
        out[(parts[0], parts[1])] = parts[2]
    return out


def _tools_of(data: dict, path: Path, problems: Problems) -> dict[str, frozenset[str]]:
    """Activity id → the words of the things it is done with (_common.yaml tools_of)."""
    raw = data.get("tools_of") or {}
    if not isinstance(raw, dict):
        problems.add(path, "'tools_of' must be a mapping of activity → words")
        return {}
    return {str(a): _words(raw, a, path, problems) for a in raw}


def _forms_map(data: dict, key: str, path: Path, problems: Problems) -> dict[str, str]:
    """Map every listed form (and the canonical name itself) to its canonical name."""
    out: dict[str, str] = {}
    raw = data.get(key) or {}
    if not isinstance(raw, dict):
        problems.add(path, f"'{key}' must be a mapping of name → forms")
        return out
    for name, forms in raw.items():
        canon = nfc(str(name))
        out[canon.lower()] = canon
        for form in as_str_list(forms, path, f"{key}.{name}", problems):
            out[form.lower()] = canon
    return out


def _prefixed_kin(
    people: dict[str, str], data: dict, path: Path, problems: Problems
) -> dict[str, str]:
    """`people` with every form of a kin word of `prefixed_kin` also said behind one of
    `kin_prefixes` ("lillesøster", "storebroren", "halvbror"): the same person (people.yaml)."""
    prefixes = as_str_list(data.get("kin_prefixes"), path, "kin_prefixes", problems)
    kin = set(as_str_list(data.get("prefixed_kin"), path, "prefixed_kin", problems))
    for name in kin - set(people.values()):
        problems.add(path, f"prefixed_kin: unknown person '{name}'")
    out = dict(people)
    for form, name in people.items():
        if name in kin and " " not in form:
            out.update({f"{p.lower()}{form}": name for p in prefixes})
    return out


def _ended_tie_people(
    people: dict[str, str], data: dict, path: Path, problems: Problems
) -> dict[str, str]:
    """`people` with every form of a tie of `ended_ties` glued behind one of
    `ended_tie_prefixes` ("ekskone", "exmanden"): a person of their own, named by the first
    prefix and the tie ("ekskone", people.yaml; said apart, see `_ended_tie_names`)."""
    ties = set(as_str_list(data.get("ended_ties"), path, "ended_ties", problems))
    for name in ties - set(people.values()):
        problems.add(path, f"ended_ties: unknown person '{name}'")
    names = _ended_tie_names(data, path, problems)
    prefixes = as_str_list(data.get("ended_tie_prefixes"), path, "ended_tie_prefixes", problems)
    out = dict(people)
    for form, name in people.items():
        if name in names and " " not in form:
            out.update({f"{p.lower()}{form}": names[name] for p in prefixes})
    return out


def _ended_tie_names(data: dict, path: Path, problems: Problems) -> dict[str, str]:
    """Each tie of `ended_ties` → the person of the tie ended: the first of
    `ended_tie_prefixes` and the tie ("kone" → "ekskone"); none without a prefix."""
    prefixes = as_str_list(data.get("ended_tie_prefixes"), path, "ended_tie_prefixes", problems)
    ties = as_str_list(data.get("ended_ties"), path, "ended_ties", problems)
    return {tie: f"{prefixes[0].lower()}{tie}" for tie in ties} if prefixes else {}


def _feature_phrases(aids: dict[str, str], lemmas: dict[str, str], leads) -> dict[str, str]:
    """An aid whose name is another aid's before a word ("luplampe": lup + lampe, with a
    linking s: "nødkald-s-telefon") said as that word "med" the other ("en lampe med lup",
    "lampen med luppen"): the phrase → the compound aid, one aid and not the part it is named
    by. Each word in the forms listed for the aids ("luplampen" gives "lampen")."""
    forms: dict[str, set[str]] = {}
    for form, name in aids.items():
        if " " not in form:
            forms.setdefault(name, set()).add(form)
    known = set(lemmas) | set(lemmas.values())
    out = {}
    for name, own in forms.items():
        for part, part_forms in forms.items():
            if part == name or not name.startswith(part):
                continue
            for form in own:
                rest = form[len(part) :] if form.startswith(part) else ""
                linked = rest[:1] in "se" and rest not in known and rest[1:] in known
                head = rest[1:] if linked else rest
                if len(head) >= 4 and head.isalpha():
                    out |= {f"{head} {lead} {said}": name for said in part_forms for lead in leads}
    return out


def _described_aids(data: dict, aids: dict[str, str], path: Path, problems: Problems):
    """(thing lemma → the aids it may be, aid → its features' lemmas, aid → the features that
    are its own parts, not where it is used: "places") of described_aids; every aid named must
    be one of the lexicon's."""
    raw = data.get("described_aids") or {}
    if not isinstance(raw, dict):
        problems.add(path, "'described_aids' must map aids to their things and features")
        return {}, {}, {}, {}
    things: dict[str, tuple[str, ...]] = {}
    features, parts, denied = {}, {}, {}
    for aid, spec in raw.items():
        aid = nfc(str(aid))
        if aid not in aids.values() or not isinstance(spec, dict):
            problems.add(path, f"described_aids: '{aid}' is no aid of 'aids' with things")
            continue
        where = f"described_aids.{aid}"
        for thing in _words(spec, "things", path, problems):
            things[thing] = (*things.get(thing, ()), aid)
        parts[aid] = _words(spec, "features", path, problems)
        features[aid] = parts[aid] | _words(spec, "places", path, problems)
        denied[aid] = _words(spec, "denied", path, problems)
        if not features[aid] and not denied[aid]:
            problems.add(path, f"{where}: no features")
    return things, features, parts, denied


def _aid_makers(
    data: dict, path: Path, problems: Problems, key: str = "aid_makers"
) -> dict[str, frozenset[str]]:
    """A first part that makes a thing an aid (aids.yaml aid_makers) → the things' lemmas; with
    `key`, another map of words to word lists (craft_tools)."""
    raw = data.get(key) or {}
    if not isinstance(raw, dict):
        problems.add(path, f"'{key}' must map words to lists of words")
        return {}
    return {str(k).lower(): _words(raw, k, path, problems) for k in raw}


def _brands(data: dict, aids: dict[str, str], path: Path, problems: Problems) -> dict[str, str]:
    """Map each brand's form (aids.yaml brands) to its aid, one of the lexicon's."""
    out = {}
    for form, aid in _forms_map(data, "brands", path, problems).items():
        if aid not in aids.values():
            problems.add(path, f"brands: '{aid}' is no aid of 'aids'")
        elif form != aid.lower():
            out[form] = aid
    return out


def _loose_purposes(
    data: dict, aids: dict[str, str], path: Path, problems: Problems, key: str = "loose_purposes"
):
    """Map each word for what an aid is for ("strømper") to the aid (loose_purposes, or the
    things a shaped grip makes an aid: shaped_things); every aid named must be one of the
    lexicon's."""
    out = {}
    for form, aid in _forms_map(data, key, path, problems).items():
        if aid not in aids.values():
            problems.add(path, f"{key}: '{aid}' is no aid of 'aids'")
        elif form != aid.lower():
            out[form] = aid
    return out


def _weekday_forms(data: dict, path: Path, problems: Problems) -> dict[str, int]:
    """Map every form of a weekday name to its place in the week (Monday 0)."""
    raw = data.get("weekdays")
    if not isinstance(raw, dict) or len(raw) != 7:
        problems.add(path, "'weekdays' must map the seven weekdays to their other forms")
        return {}
    forms: dict[str, int] = {}
    for index, (name, others) in enumerate(raw.items()):
        for form in [name, *as_str_list(others, path, f"weekdays.{name}", problems)]:
            forms[form] = index
    return forms


def _freq(value: Any, path: Path, where: str, problems: Problems):
    if not isinstance(value, dict) or value.get("per") not in {"day", "week", "month", "year"}:
        problems.add(path, f"{where} must be {{times, per: day|week|month|year, every}}")
        return (1.0, "day", 1)
    return (float(value.get("times", 1)), value["per"], int(value.get("every", 1)))


def _load_numbers(path: Path, lang: str, problems: Problems) -> NumberWords:
    data = read_yaml(path, lang, problems)
    phrases = {tuple(str(k).split()): float(v) for k, v in (data.get("phrases") or {}).items()}
    cardinals = {str(k): float(v) for k, v in (data.get("cardinals") or {}).items()}
    for unit, uval in (data.get("compound_units") or {}).items():
        for ten, tval in (data.get("compound_tens") or {}).items():
            cardinals[f"{unit}og{ten}"] = float(uval) + float(tval)
    return NumberWords(
        cardinals=cardinals,
        ordinals={str(k): int(v) for k, v in (data.get("ordinals") or {}).items()},
        fractions={str(k): float(v) for k, v in (data.get("fractions") or {}).items()},
        phrases=phrases,
        articles=_words(data, "articles", path, problems),
        vague=_words(data, "vague", path, problems),
        multipliers={str(k): int(v) for k, v in (data.get("multipliers") or {}).items()},
        phrase_starts=frozenset(p[0] for p in phrases),
    )


def _load_lemmas(folder: Path, common: dict, problems: Problems) -> dict[str, str]:
    lemmas: dict[str, str] = {}
    table = folder / "lemmas.json"
    if table.exists():
        try:
            data = json.loads(table.read_text(encoding="utf-8"))
            if data.get("language") != folder.parent.name:
                problems.add(table, f'must have "language": "{folder.parent.name}"')
            lemmas.update(data.get("forms") or {})
        except (OSError, ValueError) as exc:
            problems.add(table, f"cannot be read: {exc}")
    overrides = common.get("lemma_overrides") or {}
    if not isinstance(overrides, dict):
        problems.add(folder / "_common.yaml", "lemma_overrides must be a mapping")
        overrides = {}
    lemmas.update({nfc(str(k)).lower(): nfc(str(v)).lower() for k, v in overrides.items()})
    return lemmas


def _motivation_cues(data: dict, path: Path, problems: Problems) -> MotivationCues:
    w = lambda key: _words(data, key, path, problems)  # noqa: E731
    return MotivationCues(
        so_words=w("so_words"),
        so_subjects=w("so_subjects"),
        story_purpose_subjects=w("story_purpose_subjects"),
        so_possessives=w("so_possessives"),
        so_adverbs=w("so_adverbs"),
        so_modals=w("so_modals"),
        so_modals_inverted=w("so_modals_inverted"),
        then_openers=w("then_openers"),
        then_before=w("then_before"),
        definite_endings=tuple(
            as_str_list(data.get("definite_endings"), path, "definite_endings", problems)
        ),
        not_definite=w("not_definite"),
        negations=w("negations"),
        purpose_words=w("purpose_words"),
        purpose_marker=str(data.get("purpose_marker", "at")),
        not_purpose_after=w("not_purpose_after"),
        purpose_inside=w("purpose_inside"),
        because_words=w("because_words"),
        not_because_after=w("not_because_after"),
        when_words=w("when_words"),
        past_verbs=w("past_verbs"),
        past_endings=tuple(as_str_list(data.get("past_endings"), path, "past_endings", problems)),
        time_leads=w("time_leads"),
        event_nouns=w("event_nouns"),
        so_none=w("so_none"),
        so_degree=w("so_degree"),
        clause_joins=w("clause_joins"),
        quote_leads=longest_first(w("quote_leads")),
        cause_verbs=w("cause_verbs"),
        cause_not_before=longest_first(w("cause_not_before")),
        cause_perfect_aux=w("cause_perfect_aux"),
        cause_particles=w("cause_particles"),
        cause_lacks=longest_first(w("cause_lacks")),
        participle_endings=tuple(
            as_str_list(data.get("participle_endings"), path, "participle_endings", problems)
        ),
        laughter=w("laughter"),
        rejoin_joins=w("rejoin_joins"),
        so_fact_verbs=w("so_fact_verbs"),
        so_perfect_aux=w("so_perfect_aux"),
        so_perfect_adverbs=w("so_perfect_adverbs"),
        not_participles=w("not_participles"),
        so_motion_verbs=w("so_motion_verbs"),
        so_motion_particles=w("so_motion_particles"),
        so_limits=w("so_limits"),
        so_subject_places=w("so_subject_places"),
        so_fronted=w("so_fronted"),
        so_wish_marks=w("so_wish_marks"),
        thing_place_leads=w("thing_place_leads"),
        sake_word=str(data.get("sake_word", "")),
        sake_reach=int(data.get("sake_reach", 0)),
        sake_oaths=w("sake_oaths"),
        wish_subjects=w("wish_subjects"),
        present_endings=tuple(
            as_str_list(data.get("present_endings"), path, "present_endings", problems)
        ),
        not_present=w("not_present"),
        so_result_verbs=w("so_result_verbs"),
        so_trouble_denied=w("so_trouble_denied"),
        so_trouble_lacks=w("so_trouble_lacks"),
        might_as_well=longest_first(w("might_as_well")),
        might_as_well_before=w("might_as_well_before"),
        might_as_well_compared=w("might_as_well_compared"),
        refusal_words=w("refusal_words"),
        refusal_verbs=w("refusal_verbs"),
        advice_verbs=w("advice_verbs"),
        advice_subjects=w("advice_subjects"),
        advice_modals=w("advice_modals"),
        advice_ends=w("advice_ends"),
        advice_against=w("advice_against"),
        advice_own_words=w("advice_own_words"),
        advice_own_not_after=w("advice_own_not_after"),
        advice_agrees=w("advice_agrees"),
        refusal_phrases=longest_first(w("refusal_phrases")),
        stops=w("stops") | {"."},
    )


def _action_cues(data: dict, path: Path, problems: Problems) -> ActionCues:
    w = lambda key: _words(data, key, path, problems)  # noqa: E731
    return ActionCues(
        wish_verbs=w("action_wish_verbs"),
        obliged=w("action_obliged"),
        after=w("action_after"),
        verb_afters=w("action_verb_afters"),
        verb_after_objects=w("action_verb_after_objects"),
        short_infinitives=w("action_short_infinitives"),
        trailing=w("action_trailing"),
        trailing_tags=longest_first(w("action_trailing_tags")),
        max_words=int(data.get("action_max_words", 6)),
        motion=w("action_motion"),
        stops=w("action_stops"),
        joins=w("action_joins"),
        list_joins=w("action_list_joins"),
        corrections=longest_first(w("action_corrections")),
        correction_firsts=frozenset(
            p.split()[0] for p in (*w("action_corrections"), *w("action_refusing_corrections"))
        ),
        refusing_corrections=longest_first(w("action_refusing_corrections")),
        value_corrections=w("value_corrections"),
        value_correction_not_after=w("value_correction_not_after"),
        value_correction_not_before=w("value_correction_not_before"),
        value_correction_contrasts=w("value_correction_contrasts"),
        value_correction_offer_subjects=w("value_correction_offer_subjects"),
        cleft_opens=w("action_cleft_opens"),
        object_wish_verbs=w("action_object_wish_verbs"),
        object_verb_markers=w("action_object_verb_markers"),
        bare_directions=w("motion_words"),
        fragment_leads=w("action_fragment_leads"),
        fragment_max=int(data.get("action_fragment_max", 0)),
        fragment_pronouns=w("action_fragment_pronouns"),
        fragment_plural_pronouns=w("action_fragment_plural_pronouns"),
        fragment_neuter_pronouns=w("action_fragment_neuter_pronouns"),
        fragment_endings=tuple(sorted(w("action_fragment_endings"), key=len, reverse=True)),
        fragment_e_endings=w("action_fragment_e_endings"),
        fragment_verb_endings=tuple(sorted(w("action_fragment_verb_endings"))),
        verbal_noun_endings=tuple(sorted(w("action_verbal_noun_endings"), key=len, reverse=True)),
        verbal_nouns={str(k): str(v) for k, v in (data.get("action_verbal_nouns") or {}).items()},
        fragment_motion_verbs=w("action_fragment_motion_verbs"),
        fragment_motion_lead=str(data.get("action_fragment_motion_lead", "")),
        fragment_occasion_lead=str(data.get("action_fragment_occasion_lead", "")),
        fragment_place_lead=str(data.get("action_fragment_place_lead", "")),
        fragment_tool_lead=str(data.get("action_fragment_tool_lead", "")),
        fragment_made_verbs=w("action_fragment_made_verbs"),
        fragment_made_lead=str(data.get("action_fragment_made_lead", "")),
        fragment_company_lead=str(data.get("action_fragment_company_lead", "")),
        fragment_directions={
            str(k): str(v) for k, v in (data.get("action_fragment_directions") or {}).items()
        },
        fragment_there={
            str(k): str(v) for k, v in (data.get("action_fragment_there") or {}).items()
        },
        fragment_there_at=w("action_fragment_there_at"),
        fragment_transfers={
            str(k): str(v) for k, v in (data.get("action_fragment_transfers") or {}).items()
        },
        fragment_transfer_things=w("action_fragment_transfer_things"),
        fragment_bare_endings=tuple(w("action_fragment_bare_endings")),
        fragment_noun_plurals=tuple(w("action_fragment_noun_plurals")),
        fragment_not_things=w("action_fragment_not_things"),
        fragment_particles=w("action_fragment_particles"),
        fragment_after=w("action_fragment_after"),
        fragment_finished=tuple(str(x) for x in data.get("action_fragment_finished") or ()),
        fragment_finish_verb=str(data.get("action_fragment_finish_verb", "")),
        fragment_return=w("action_fragment_return"),
        fragment_ride_verbs={
            str(k): str(v or "") for k, v in (data.get("action_fragment_ride_verbs") or {}).items()
        },
        fragment_rides=w("action_fragment_rides"),
        fragment_ride_places=w("action_fragment_ride_places"),
        fragment_no=w("action_fragment_no"),
        fragment_without=str(data.get("action_fragment_without", "")),
        fragment_without_deeds={
            str(k).lower(): str(v)
            for k, v in (data.get("action_fragment_without_deeds") or {}).items()
        },
        fragment_plural_definite=w("action_fragment_plural_definite"),
        fragment_person_pronouns=w("action_fragment_person_pronouns"),
        fragment_person_leads={
            str(k): str(v or "")
            for k, v in (data.get("action_fragment_person_leads") or {}).items()
        },
        fragment_name_place_lead=str(data.get("action_fragment_name_place_lead", "")),
        fragment_name_place_on=w("action_fragment_name_place_on"),
        fragment_device_lead=str(data.get("action_fragment_device_lead", "")),
        fragment_device_verbs=w("action_fragment_device_verbs"),
        fragment_name_bearers=tuple(w("action_fragment_name_bearers")),
        fragment_devices={
            str(k): str(v or "") for k, v in (data.get("action_fragment_devices") or {}).items()
        },
        topic_leads=tuple(tuple(p.split()) for p in w("action_topic_leads")),
        cut_leads=w("action_cut_leads"),
        thing_relatives=w("action_thing_relatives"),
        relative_adverbs=w("action_relative_adverbs"),
        asked_clause_verbs=w("action_asked_clause_verbs"),
        asked_clause_leads=w("action_asked_clause_leads"),
        cut_clause_leads=tuple(tuple(p.split()) for p in w("action_cut_clause_leads")),
        place_leads=w("action_place_leads"),
        place_skip=w("action_place_skip"),
        place_joined_firsts=w("action_place_joined_firsts"),
        place_not=w("action_place_not"),
        place_not_subjects=w("action_place_not_subjects"),
        place_amounts=w("action_place_amounts"),
        place_clause_subjects=w("action_place_clause_subjects"),
        position_verbs=w("action_position_verbs"),
        kept_forms=w("action_kept_forms"),
        kept_leads=w("action_kept_leads"),
        stranded_leads=w("action_stranded_leads"),
        visit_verbs=w("action_visit_verbs"),
        dwelling_verbs=w("action_dwelling_verbs"),
        meeting_verbs=w("action_meeting_verbs"),
        requirement_leads=w("action_requirement_leads"),
        requirement_modals=w("action_requirement_modals"),
        retold_endings=w("action_retold_endings"),
        span_goes_on=w("action_span_goes_on"),
        after_phrases=tuple(tuple(p.split()) for p in w("action_after_phrases")),
        span_clause_leads=tuple(tuple(p.split()) for p in w("action_span_clause_leads")),
        span_again=w("action_span_again"),
        degree_after={stop: w("action_degree_words") for stop in w("action_degree_stops")},
        cleft_links=longest_first(w("action_cleft_links")),
        verbless_place_leads=w("action_verbless_place_leads"),
        place_not_before=w("action_place_not_before"),
        answer_leads=w("action_answer_leads"),
        answer_modals=w("action_answer_modals"),
        offer_participles=w("action_offer_participles"),
        offer_leads=w("action_offer_leads"),
        offer_modals=w("action_offer_modals"),
        answer_reach=int(data.get("action_answer_reach", 0)),
        question_modals=w("action_question_modals"),
        question_subjects=w("action_question_subjects"),
        question_openers=w("action_question_openers"),
        reported_question_leads=w("action_reported_question_leads"),
        promise_verbs=w("action_promise_verbs"),
        promise_leads=w("action_promise_leads"),
        promise_ends=w("action_promise_ends"),
        promise_self=w("action_promise_self"),
        promise_back=w("action_promise_back"),
        promise_back_after=w("action_promise_back_after"),
        own_subjects=w("action_own_subjects"),
        others_subjects=w("action_others_subjects"),
        others_owners=w("action_others_owners"),
        citizens_owners=w("action_citizens_owners"),
        owner_pronouns={
            owner: frozenset(forms)
            for owner, forms in (data.get("action_owner_pronouns") or {}).items()
        },
        for_fillers=w("others_wish_fillers"),
        for_verbs=w("others_wish_verbs"),
        for_links=w("others_wish_links"),
        for_targets=w("others_wish_targets"),
        story_modals=w("action_story_modals"),
        story_marks=w("action_story_marks"),
        story_reach=int(data.get("action_story_reach", 0)),
        report_verbs=w("action_report_verbs"),
        report_leads=w("action_report_leads"),
        present_endings=tuple(w("action_present_endings")),
        lack_modals=w("action_lack_modals"),
        lack_skip=w("action_lack_skip"),
        restate=w("action_restate"),
        object_focus=w("action_object_focus"),
        object_company=w("action_object_company"),
        object_for=w("action_object_for"),
        object_determiners=w("action_object_determiners"),
        object_vague_ends=w("action_object_vague_ends"),
        condition_leads=w("action_condition_leads"),
        condition_verbs=w("action_condition_verbs"),
        condition_subjects=w("action_condition_subjects"),
        occasion_leads=w("action_occasion_leads"),
    )


def _independence_cues(data: dict, path: Path, problems: Problems) -> IndependenceCues:
    w = lambda key: _words(data, key, path, problems)  # noqa: E731
    return IndependenceCues(
        selv_not_after=w("selv_not_after"),
        said_verbs=w("said_verbs"),
        reflexive_pronouns=w("reflexive_pronouns"),
        reflexive_after=w("reflexive_after"),
        selv_not_before_subject=w("selv_not_before_subject"),
        concessive_leads=w("concessive_leads"),
        comparison_leads=w("comparison_leads"),
        said_clause_leads=w("said_clause_leads"),
        selv_ailment_skip=w("selv_ailment_skip"),
        selv_ailments=w("selv_ailments"),
        selv_ailment_reach=int(data.get("selv_ailment_reach", 0)),
        selv_age_leads=w("selv_age_leads"),
        selv_age_skip=w("selv_age_skip"),
        company_unspecific=w("company_unspecific"),
        company_specific_after=w("company_specific_after"),
        company_help_roles=w("company_help_roles"),
        company_peers=w("company_peers"),
        company_peer_leads=w("company_peer_leads"),
        help_not_after=w("help_not_after"),
        genitive_help_nouns=w("genitive_help_nouns"),
        subjects=w("subjects"),
        without_words=w("without_words"),
        without_scope=int(data.get("without_scope", 6)),
        without_clause_leads=w("without_clause_leads"),
        without_clause_scope=int(data.get("without_clause_scope", 0)),
        without_phrases=tuple(tuple(str(p).split()) for p in data.get("without_phrases") or ()),
        without_clause_ends=tuple(
            tuple(str(p).split()) for p in data.get("without_clause_ends") or ()
        ),
        pause_verbs=w("pause_verbs"),
        pause_verb_gap=w("pause_verb_gap"),
        negated_aid_leads=w("negated_aid_leads"),
        negated_aid_gap=w("negated_aid_gap"),
        negated_aid_verbs=w("negated_aid_verbs"),
        negated_aid_modals=w("negated_aid_modals"),
        negated_aid_modal_verbs=w("negated_aid_modal_verbs"),
        without_person_gap=int(data.get("without_person_gap", 2)),
        alone_words=w("alone_words"),
        alone_not_after=w("alone_not_after"),
        alone_skip=w("alone_skip"),
        missed_company_words=w("missed_company_words"),
        missed_company_skip=w("missed_company_skip"),
        absent_before=w("absent_before"),
        lost_before=w("lost_before"),
        put_words=w("put_words"),
        put_lead=w("put_lead"),
        lost_window=int(data.get("lost_window", 4)),
        pending_before=w("pending_before"),
        pending_get=w("pending_get"),
        pending_lead=w("pending_lead"),
        negated_selv_window=int(data.get("negated_selv_window", 0)),
        refused_window=int(data.get("refused_window", 0)),
        rejected_next_gap=w("rejected_next_gap"),
        declined_keeps=w("declined_keeps"),
        absent_until_now=w("absent_until_now"),
        absent_now=w("absent_now"),
        absent_now_reach=int(data.get("absent_now_reach", 0)),
        alternative_leads=w("alternative_leads"),
        alternative_window=int(data.get("alternative_window", 0)),
        proposal_leads=tuple(tuple(str(p).split()) for p in data.get("proposal_leads") or ()),
        proposal_refusals=tuple(tuple(str(p).split()) for p in data.get("proposal_refusals") or ()),
        proposal_skip=w("proposal_skip"),
        proposal_reach=int(data.get("proposal_reach", 0)),
        scope_refusals=tuple(tuple(str(p).split()) for p in data.get("scope_refusals") or ()),
        scope_keeps=w("scope_keeps"),
        pointer_refusals=tuple(tuple(str(p).split()) for p in data.get("pointer_refusals") or ()),
        pointer_words=tuple(tuple(str(p).split()) for p in data.get("pointer_words") or ()),
        pointer_preps=w("pointer_preps"),
        not_without_reach=int(data.get("not_without_reach", 0)),
        need_after_without_verbs=w("need_after_without_verbs"),
        thing_subjects=w("thing_subjects"),
        crowd_subjects=w("crowd_subjects"),
        said_selv_words=w("said_selv_words"),
        thing_help_verbs=w("thing_help_verbs"),
        hard_words=w("hard_words"),
        help_now_words=w("help_now_words"),
        help_saying_verbs=w("help_saying_verbs"),
        told_help_verbs=w("told_help_verbs"),
        told_help_not_after=w("told_help_not_after"),
        aid_now_leads=w("aid_now_leads"),
        aid_now_breaks=w("aid_now_breaks"),
        taught_verbs=w("taught_verbs"),
        practice_verbs=w("practice_verbs"),
        practice_skip=w("practice_skip"),
        habit_help_leads=w("habit_help_leads"),
        reflexive_owner={str(k): str(v) for k, v in (data.get("reflexive_owner") or {}).items()},
        owner_window=int(data.get("owner_window", 0)),
        negated_selv_breaks=w("negated_selv_breaks"),
        company_words=w("company_words"),
        handled_verbs=w("handled_verbs"),
        aid_parts=w("aid_parts"),
        aid_features=w("aid_features"),
        feature_leads=w("feature_leads"),
        even_leads=w("even_leads"),
        even_skip=w("even_skip"),
        even_reach=int(data.get("even_reach", 0)),
        even_stops=w("even_stops"),
        only_when_leads=w("only_when_leads"),
        only_when_conditions=w("only_when_conditions"),
        only_when_reach=int(data.get("only_when_reach", 0)),
        feature_owners=w("feature_owners"),
        feature_joins=w("feature_joins"),
        feature_pointers=w("feature_pointers"),
        aid_handles=w("aid_handles"),
        aid_handles_definite=w("aid_handles_definite"),
        handle_practised=w("handle_practised"),
        handle_shapes=w("handle_shapes"),
        rail_places=w("rail_places"),
        rail_place_window=int(data.get("rail_place_window", 4)),
        rail_mounts=w("rail_mounts"),
        worn_verbs=w("worn_verbs"),
        worn_particles=w("worn_particles"),
        handled_window=int(data.get("handled_window", 3)),
        moved_from_leads=w("moved_from_leads"),
        moved_on_words=w("moved_on_words"),
        moved_skip=w("moved_skip"),
        moved_into_leads=w("moved_into_leads"),
        moved_into_on=w("moved_into_on"),
        one_go_words=w("one_go_words"),
        one_motion_activities=w("one_motion_activities"),
        one_motion_reach=int(data.get("one_motion_reach", 0)),
    )


def load_lexicon(folder: Path, lang: str, problems: Problems) -> Lexicon | None:
    """Parse every file of content/<lang>/nlp/; problems are recorded, not raised."""
    if not folder.is_dir():
        problems.add(folder, "NLP content folder does not exist")
        return None
    y = {name: read_yaml(folder / f"{name}.yaml", lang, problems) for name in _FILES}
    common, units, freq = y["_common"], y["units"], y["frequency"]
    classes = {
        str(k): tuple(w.lower() for w in as_str_list(v, folder / "_common.yaml", k, problems))
        for k, v in (common.get("classes") or {}).items()
    }
    periods = {}
    for per, forms in (freq.get("periods") or {}).items():
        for f in as_str_list(forms, folder / "frequency.yaml", f"periods.{per}", problems):
            periods[f.lower()] = per
    fpath = folder / "frequency.yaml"
    aids = _forms_map(y["aids"], "aids", folder / "aids.yaml", problems)
    aw = lambda key: _words(y["aids"], key, folder / "aids.yaml", problems)  # noqa: E731
    lemmas = _load_lemmas(folder, common, problems)
    with_leads = aw("feature_leads")
    aids = {**_feature_phrases(aids, lemmas, with_leads), **aids}
    brands = _brands(y["aids"], aids, folder / "aids.yaml", problems)
    aids = {**brands, **aids}
    aid_whole = aw("whole_words") | set(brands)
    means_heads = _forms_map(y["aids"], "means_heads", folder / "aids.yaml", problems)
    described_things, described_features, described_parts, described_denied = _described_aids(
        y["aids"], aids, folder / "aids.yaml", problems
    )
    for turned in sorted(aw("described_aid_turned") - set(described_features)):
        problems.add(folder / "aids.yaml", f"described_aid_turned: no described aid '{turned}'")
    people_path, persp = folder / "people.yaml", y["perspective"]
    stance, stance_path = y["stance"], folder / "stance.yaml"
    sw = lambda key: _words(stance, key, stance_path, problems)  # noqa: E731
    patterns: dict[str, tuple[str, ...]] = {}
    for name in ("stance", "independence"):
        for label, plist in (y[name].get("patterns") or {}).items():
            where = f"patterns.{label}"
            patterns[label] = as_str_list(plist, folder / f"{name}.yaml", where, problems)
    lex = Lexicon(
        lemmas=lemmas,
        classes=classes,
        numbers=_load_numbers(folder / "numbers.yaml", lang, problems),
        units=_forms_map(units, "units", folder / "units.yaml", problems),
        unit_words={
            str(k): (float(v["value"]), str(v["unit"]))
            for k, v in (units.get("unit_words") or {}).items()
        },
        floor_words=_words(units, "floor_words", folder / "units.yaml", problems),
        floor_lead=_words(units, "floor_lead", folder / "units.yaml", problems),
        unit_fillers=_words(units, "unit_fillers", folder / "units.yaml", problems),
        past_count_leads=_words(units, "past_count_leads", folder / "units.yaml", problems),
        limit_leads=_words(units, "limit_leads", folder / "units.yaml", problems),
        lack_limit_skips=_words(units, "lack_limit_skips", folder / "units.yaml", problems),
        lack_struggle_verbs=_words(units, "lack_struggle_verbs", folder / "units.yaml", problems),
        limit_modals=_words(units, "limit_modals", folder / "units.yaml", problems),
        whole_thing_leads=_words(units, "whole_thing_leads", folder / "units.yaml", problems),
        lack_duty_modals=_words(units, "lack_duty_modals", folder / "units.yaml", problems),
        lack_duty_contrasts=_words(units, "lack_duty_contrasts", folder / "units.yaml", problems),
        lack_duty_demands=tuple(
            tuple(p.split())
            for p in as_str_list(
                units.get("lack_duty_demands"), folder / "units.yaml", "lack_duty_demands", problems
            )
        ),
        limit_then=_words(units, "limit_then", folder / "units.yaml", problems),
        limit_musts=_words(units, "limit_musts", folder / "units.yaml", problems),
        limit_not_after=_words(units, "limit_not_after", folder / "units.yaml", problems),
        repetition_after=frozenset(
            tuple(w.split())
            for w in _words(units, "repetition_after", folder / "units.yaml", problems)
        ),
        occasion_nouns=_words(units, "occasion_nouns", folder / "units.yaml", problems),
        occasion_in_a_row=frozenset(
            tuple(w.split())
            for w in _words(units, "occasion_in_a_row", folder / "units.yaml", problems)
        ),
        pause_words=_words(units, "pause_words", folder / "units.yaml", problems),
        idle_words=_words(units, "idle_words", folder / "units.yaml", problems),
        wake_words=_words(units, "wake_words", folder / "units.yaml", problems),
        wake_occasion_leads=_words(units, "wake_occasion_leads", folder / "units.yaml", problems),
        idle_reflexive_verbs=_words(units, "idle_reflexive_verbs", folder / "units.yaml", problems),
        idle_after_joins=_words(units, "idle_after_joins", folder / "units.yaml", problems),
        onset_leads=_words(units, "onset_leads", folder / "units.yaml", problems),
        onset_fillers=_words(units, "onset_fillers", folder / "units.yaml", problems),
        now_cost_leads=_words(units, "now_cost_leads", folder / "units.yaml", problems),
        now_cost_verbs=_words(units, "now_cost_verbs", folder / "units.yaml", problems),
        cost_concessions=tuple(
            tuple(p.split())
            for p in sorted(_words(units, "cost_concessions", folder / "units.yaml", problems))
        ),
        one_at_a_time_units=_words(units, "one_at_a_time_units", folder / "units.yaml", problems),
        pointed_units=_words(units, "pointed_units", folder / "units.yaml", problems),
        measure_pointers=_words(units, "measure_pointers", folder / "units.yaml", problems),
        counted_object_leads=_words(units, "counted_object_leads", folder / "units.yaml", problems),
        counted_object_not=_words(units, "counted_object_not", folder / "units.yaml", problems),
        counted_object_kept=_words(units, "counted_object_kept", folder / "units.yaml", problems),
        repetition_unit=str(units.get("repetition_unit") or ""),
        repetition_nouns=_words(units, "repetition_nouns", folder / "units.yaml", problems),
        counted_sign_modals=_words(units, "counted_sign_modals", folder / "units.yaml", problems),
        counted_sign_gap=_words(units, "counted_sign_gap", folder / "units.yaml", problems),
        counted_posture=_words(units, "counted_posture", folder / "units.yaml", problems),
        counted_posture_joins=_words(
            units, "counted_posture_joins", folder / "units.yaml", problems
        ),
        counted_sign_not_verbs=_words(
            units, "counted_sign_not_verbs", folder / "units.yaml", problems
        ),
        counted_object_plural_endings=tuple(
            _words(units, "counted_object_plural_endings", folder / "units.yaml", problems)
        ),
        sum_joins=_words(units, "sum_joins", folder / "units.yaml", problems),
        one_at_a_time=frozenset(
            tuple(w.split())
            for w in _words(units, "one_at_a_time", folder / "units.yaml", problems)
        ),
        times_on_the_way=frozenset(
            tuple(w.split())
            for w in _words(units, "times_on_the_way", folder / "units.yaml", problems)
        ),
        rounds_after=frozenset(
            tuple(w.split()) for w in _words(units, "rounds_after", folder / "units.yaml", problems)
        ),
        clock_span=_clock_span(units, folder / "units.yaml", problems),
        distance_scene_leads=frozenset(
            tuple(w.split())
            for w in _words(units, "distance_scene_leads", folder / "units.yaml", problems)
        ),
        distance_scene_fillers=_words(
            units, "distance_scene_fillers", folder / "units.yaml", problems
        ),
        unit_kinds=_forms_map(units, "unit_kinds", folder / "units.yaml", problems),
        ordinal_floor_words=_words(units, "ordinal_floor_words", folder / "units.yaml", problems),
        target_leads=frozenset(
            tuple(w.split()) for w in _words(units, "target_leads", folder / "units.yaml", problems)
        ),
        level_leads=frozenset(
            tuple(w.split()) for w in _words(units, "level_leads", folder / "units.yaml", problems)
        ),
        level_reach=int(units.get("level_reach", 0)),
        periods=periods,
        period_preps=_words(freq, "period_preps", fpath, problems),
        this_time=_words(freq, "this_time", fpath, problems),
        article_count_preps=_words(freq, "article_count_preps", fpath, problems),
        habit_years_leads=_words(freq, "habit_years_leads", fpath, problems),
        habit_years_units=_words(freq, "habit_years_units", fpath, problems),
        habit_years_bounds=_words(freq, "habit_years_bounds", fpath, problems),
        stopped_tails=_words(freq, "stopped_tails", fpath, problems),
        trouble_fragment_words=_words(freq, "trouble_fragment_words", fpath, problems),
        bygone_after=tuple(
            nfc(w).lower()
            for w in as_str_list(freq.get("bygone_after"), fpath, "bygone_after", problems)
        ),
        life_habit_marks=_words(freq, "life_habit_marks", fpath, problems),
        life_habit_aux=_words(freq, "life_habit_aux", fpath, problems),
        life_habit_ends=_words(freq, "life_habit_ends", fpath, problems),
        existential_others=_words(freq, "existential_others", fpath, problems),
        treatment_nouns=_words(freq, "treatment_nouns", fpath, problems),
        existential_opens=_words(freq, "existential_opens", fpath, problems),
        fronted_state_subjects=_words(freq, "fronted_state_subjects", fpath, problems),
        state_copulas=_words(freq, "state_copulas", fpath, problems),
        freq_restating=tuple(
            nfc(w).lower() for w in as_str_list(freq.get("restating"), fpath, "restating", problems)
        ),
        session_max={str(k): float(v) for k, v in (freq.get("session_max") or {}).items()},
        freq_adverbs={
            str(k): _freq(v, fpath, f"adverbs.{k}", problems)
            for k, v in (freq.get("adverbs") or {}).items()
        },
        freq_phrases={
            tuple(str(k).split()): _freq(v, fpath, f"phrases.{k}", problems)
            for k, v in (freq.get("phrases") or {}).items()
        },
        every_words=_words(freq, "every_words", fpath, problems),
        every_intensifiers=_words(freq, "every_intensifiers", fpath, problems),
        joined_every=_words(freq, "joined_every", fpath, problems),
        joined_every_not_after=_words(freq, "joined_every_not_after", fpath, problems),
        aids=aids,
        aid_tails={f: a for f, a in aids.items() if f not in aid_whole},
        whole_aid_heads=aw("whole_compound_heads"),
        aid_use_words=aw("use_words"),
        not_aids=frozenset(map(nfc, aw("not_aids"))),
        not_aid_tails=tuple(sorted(map(nfc, aw("not_aid_tails")))),
        tool_heads={
            **_forms_map(y["aids"], "tool_heads", folder / "aids.yaml", problems),
            **means_heads,
        },
        means_heads=frozenset(means_heads),
        means_leads=aw("means_leads"),
        tool_leads=aw("tool_leads"),
        tool_lead_reach=int(y["aids"].get("tool_lead_reach", 0)),
        tool_handled=aw("tool_handled"),
        sought_verbs=aw("sought_verbs"),
        sought_search_verbs=aw("sought_search_verbs"),
        sought_search_particles=aw("sought_search_particles"),
        sought_stops=aw("sought_stops"),
        sought_kept_after=aw("sought_kept_after"),
        sought_new_articles=aw("sought_new_articles"),
        sought_reach=int(y["aids"].get("sought_reach", 0)),
        homograph_aids=aw("homograph_aids"),
        homograph_noun_leads=aw("homograph_noun_leads"),
        fastening_words=aw("fastening_words"),
        fastening_parts=aw("fastening_parts"),
        tool_put_verbs=aw("tool_put_verbs"),
        tool_self_words=aw("tool_self_words"),
        tool_at_verbs=aw("tool_at_verbs"),
        tool_at_leads=aw("tool_at_leads"),
        tool_and_words=aw("tool_and_words"),
        tool_and_skip=aw("tool_and_skip"),
        tool_and_articles=aw("tool_and_articles"),
        tool_and_leads=aw("tool_and_leads"),
        tool_and_reach=int(y["aids"].get("tool_and_reach", 0)),
        loose_things=aw("loose_things"),
        loose_joins=aw("loose_joins"),
        target_aids=aw("target_aids"),
        hand_tools=aw("hand_tools"),
        body_grips=aw("body_grips"),
        grip_owners=aw("grip_owners"),
        owner_verbs=aw("owner_verbs"),
        owner_edges=aw("owner_edges"),
        owner_not_between=aw("owner_not_between"),
        owner_sentence_ends=aw("owner_sentence_ends"),
        owner_relatives=aw("owner_relatives"),
        owner_others=aw("owner_others"),
        place_fixtures=aw("place_fixtures"),
        fixture_subjects=aw("fixture_subjects"),
        fixture_verbs=aw("fixture_verbs"),
        fixture_between=aw("fixture_between"),
        owner_have_verbs=aw("owner_have_verbs"),
        owner_have_next=aw("owner_have_next"),
        owner_have_gap=aw("owner_have_gap"),
        owner_for_leads=aw("owner_for_leads"),
        owner_placed=aw("owner_placed"),
        owner_place_leads=aw("owner_place_leads"),
        owner_home_possessives=aw("owner_home_possessives"),
        owner_not_home=aw("owner_not_home"),
        owner_citizen_kin=aw("owner_citizen_kin"),
        owner_skipped=aw("owner_skipped"),
        load_verbs=aw("load_verbs"),
        load_ways=aw("load_ways"),
        load_places=aw("load_places"),
        load_not_after=aw("load_not_after"),
        load_articles=aw("load_articles"),
        grip_gap=aw("grip_gap"),
        grip_verbs=aw("grip_verbs"),
        grip_hands=aw("grip_hands"),
        grip_places=aw("grip_places"),
        grip_strengths=aw("grip_strengths"),
        grip_state_links=aw("grip_state_links"),
        special_marks=aw("special_marks"),
        special_garments=aw("special_garments"),
        special_prefix=str(y["aids"].get("special_prefix") or ""),
        special_written=str(y["aids"].get("special_written") or ""),
        grip_ways=aw("grip_ways"),
        grip_teachers=aw("grip_teachers"),
        grip_taught=aw("grip_taught"),
        grip_way_not_before=aw("grip_way_not_before"),
        aid_target_leads=aw("target_leads"),
        aid_target_gap=aw("target_gap"),
        adapted_words=aw("adapted_words"),
        apart_heads=_forms_map(y["aids"], "apart_heads", folder / "aids.yaml", problems),
        apart_joins=aw("apart_joins"),
        tool_made_leads=aw("tool_made_leads"),
        tool_made_for=aw("tool_made_for"),
        tool_made_only=aw("tool_made_only"),
        apart_material_joins=aw("apart_material_joins"),
        apart_materials=aw("apart_materials"),
        apart_gap=aw("apart_gap"),
        apart_subjects=aw("apart_subjects"),
        apart_not_things=aw("apart_not_things"),
        loose_clause_leads=aw("loose_clause_leads"),
        loose_clause_reach=int(y["aids"].get("loose_clause_reach", 0)),
        loose_lead_reach=int(y["aids"].get("loose_lead_reach", 0)),
        loose_purposes=_loose_purposes(y["aids"], aids, folder / "aids.yaml", problems),
        shaped_things=_loose_purposes(
            y["aids"], aids, folder / "aids.yaml", problems, "shaped_things"
        ),
        described_aid_things=described_things,
        described_aid_parts=described_parts,
        described_aid_features=described_features,
        described_aid_denied=described_denied,
        described_aid_joins=aw("described_aid_joins"),
        described_aid_reach=int(y["aids"].get("described_aid_reach", 0)),
        described_aid_not_after=aw("described_aid_not_after"),
        described_aid_stops=aw("described_aid_stops"),
        described_aid_subjects=aw("described_aid_subjects"),
        described_aid_place_leads=aw("described_aid_place_leads"),
        described_aid_place_reach=int(y["aids"].get("described_aid_place_reach", 0)),
        **{
            f"described_aid_{key}": _words(
                y["aids"], f"described_aid_{key}", folder / "aids.yaml", problems
            )
            for key in (
                "clause_joins",
                "bare_joins",
                "kept_joins",
                "light",
                "times",
                "tails",
                "turned",
            )
        },
        aid_pointer_leads=aw("aid_pointer_leads"),
        aid_pointers=aw("aid_pointers"),
        aid_pointer_next=aw("aid_pointer_next"),
        aid_pointer_blocks=aw("aid_pointer_blocks"),
        aid_use_pointer_leads=aw("aid_use_pointer_leads"),
        aid_use_pointers=aw("aid_use_pointers"),
        place_owners=aw("place_owners") | frozenset(classes.get("shop", ())),
        **{
            key: aw(key)
            for key in (
                "place_aids",
                "hall_aids",
                "place_aid_leads",
                "place_aid_skip",
                "place_aid_own_words",
            )
        },
        aid_use_pointer_next=aw("aid_use_pointer_next"),
        aid_makers=_aid_makers(y["aids"], folder / "aids.yaml", problems),
        craft_tools=_aid_makers(y["aids"], folder / "aids.yaml", problems, "craft_tools"),
        described_things=aw("described_things"),
        described_words=_forms_map(y["aids"], "described_words", folder / "aids.yaml", problems),
        described_purposes=_loose_purposes(
            y["aids"], aids, folder / "aids.yaml", problems, "described_purposes"
        ),
        described_reach=int(y["aids"].get("described_reach", 0)),
        described_place_leads=aw("described_place_leads"),
        described_verbs=_loose_purposes(
            y["aids"], aids, folder / "aids.yaml", problems, "described_verbs"
        ),
        described_tool_leads=aw("described_tool_leads"),
        described_tool_bare_leads=aw("described_tool_bare_leads"),
        described_tool_joins=aw("described_tool_joins"),
        described_tool_reach=int(y["aids"].get("described_tool_reach", 0)),
        described_tool_part_reach=int(y["aids"].get("described_tool_part_reach", 0)),
        described_tool_part_skip=aw("described_tool_part_skip"),
        described_tool_not_parts=aw("described_tool_not_parts"),
        described_tool_not_things=aw("described_tool_not_things"),
        shaped_tool_joins=aw("shaped_tool_joins"),
        shaped_tool_leads=aw("shaped_tool_leads"),
        shaped_tool_kind_leads=aw("shaped_tool_kind_leads"),
        shaped_tool_shapes=aw("shaped_tool_shapes"),
        shaped_tool_kind_shapes=aw("shaped_tool_kind_shapes"),
        placed_words=aw("placed_words"),
        placed_leads=aw("placed_leads"),
        placed_reach=int(y["aids"].get("placed_reach", 0)),
        placed_aids=_loose_purposes(y["aids"], aids, folder / "aids.yaml", problems, "placed_aids"),
        people=_ended_tie_people(
            _prefixed_kin(
                _forms_map(y["people"], "people", people_path, problems),
                y["people"],
                people_path,
                problems,
            ),
            y["people"],
            people_path,
            problems,
        ),
        third_person_subjects=_words(y["people"], "third_person_subjects", people_path, problems),
        third_person_objects=_words(y["people"], "third_person_objects", people_path, problems),
        kin_help_verbs=_words(y["people"], "kin_help_verbs", people_path, problems),
        kin_help_objects=_words(y["people"], "kin_help_objects", people_path, problems),
        kin_help_gap=_words(y["people"], "kin_help_gap", people_path, problems),
        third_person_nouns=_words(y["people"], "third_person_nouns", people_path, problems),
        done_for_leads=_words(y["people"], "done_for_leads", people_path, problems),
        possessives=_words(y["people"], "possessives", people_path, problems),
        needs_owner=_words(y["people"], "needs_owner", people_path, problems),
        placed_spouse_words=_words(y["people"], "placed_spouse_words", people_path, problems),
        spouse_place_leads=_words(y["people"], "spouse_place_leads", people_path, problems),
        spouse_home_words=_words(y["people"], "spouse_home_words", people_path, problems),
        bare_genitive_kin={
            str(k).lower(): str(v).lower()
            for k, v in (y["people"].get("bare_genitive_kin") or {}).items()
        },
        urging_verbs=_words(y["people"], "urging_verbs", people_path, problems),
        bare_genitive_not_before=_words(
            y["people"], "bare_genitive_not_before", people_path, problems
        ),
        needs_determiner=_words(y["people"], "needs_determiner", people_path, problems),
        person_determiners=_words(y["people"], "person_determiners", people_path, problems),
        existential_subjects=_words(y["people"], "existential_subjects", people_path, problems),
        lacked_leads=_words(y["people"], "lacked_leads", people_path, problems),
        determined_followers=_words(y["people"], "determined_followers", people_path, problems),
        existential_articles=_words(y["people"], "existential_articles", people_path, problems),
        subject_leads=_words(y["people"], "subject_leads", people_path, problems),
        self_kin_words=_words(y["people"], "self_kin_words", people_path, problems),
        ended_tie_leads=_words(y["people"], "ended_tie_leads", people_path, problems),
        ended_ties=_words(y["people"], "ended_ties", people_path, problems),
        ended_tie_names=_ended_tie_names(y["people"], people_path, problems),
        spouse_of_leads=tuple(
            tuple(p.split())
            for p in sorted(_words(y["people"], "spouse_of_leads", people_path, problems))
        ),
        ended_tie_refusal_before=int(y["people"].get("ended_tie_refusal_before", 0)),
        ended_tie_refusal_after=int(y["people"].get("ended_tie_refusal_after", 0)),
        ended_tie_negations=_words(y["people"], "ended_tie_negations", people_path, problems),
        people_tails=_compound_heads(y["people"], people_path, problems),
        whole_people_heads=_words(y["people"], "whole_compound_heads", people_path, problems),
        speaker_leads=tuple(
            tuple(p.split())
            for p in as_str_list(
                y["people"].get("speaker_leads"), people_path, "speaker_leads", problems
            )
        ),
        speaker_gap=_words(y["people"], "speaker_gap", people_path, problems),
        intro_tail_preps=_words(y["people"], "intro_tail_preps", people_path, problems),
        person_titles=_words(y["people"], "person_titles", people_path, problems),
        titled_people=_forms_map(y["people"], "titled_people", people_path, problems),
        titled_pointed=_forms_map(y["people"], "titled_pointed", people_path, problems),
        workplace_preps=_words(y["people"], "workplace_preps", people_path, problems),
        speaker_work_leads=tuple(
            tuple(p.split())
            for p in as_str_list(
                y["people"].get("speaker_work_leads"), people_path, "speaker_work_leads", problems
            )
        ),
        shift_words=_words(y["people"], "shift_words", people_path, problems),
        shift_verbs=_words(y["people"], "shift_verbs", people_path, problems),
        shift_gap=_words(y["people"], "shift_gap", people_path, problems),
        role_copulas=_words(y["people"], "role_copulas", people_path, problems),
        role_gap=_words(y["people"], "role_gap", people_path, problems),
        none_leads=_words(y["people"], "none_leads", people_path, problems),
        destination_people=_words(y["people"], "destination_people", people_path, problems),
        practice_moved_verbs=_words(y["people"], "practice_moved_verbs", people_path, problems),
        practice_moved_gap=_words(y["people"], "practice_moved_gap", people_path, problems),
        practice_people=_words(y["people"], "practice_people", people_path, problems),
        destination_person_leads=_words(
            y["people"], "destination_person_leads", people_path, problems
        ),
        visited_people=_words(y["people"], "visited_people", people_path, problems),
        child_words=_words(y["people"], "child_words", people_path, problems),
        visited_leads=_words(y["people"], "visited_leads", people_path, problems),
        visited_list_joins=_words(y["people"], "visited_list_joins", people_path, problems),
        visited_places=_words(y["people"], "visited_places", people_path, problems),
        destination_addressed=_words(y["people"], "destination_addressed", people_path, problems),
        booking_verbs=_words(y["people"], "booking_verbs", people_path, problems),
        booking_things=_words(y["people"], "booking_things", people_path, problems),
        visit_errands=_words(y["people"], "visit_errands", people_path, problems),
        errand_leads=_words(y["people"], "errand_leads", people_path, problems),
        errand_gap=_words(y["people"], "errand_gap", people_path, problems),
        errand_brought=_words(y["people"], "errand_brought", people_path, problems),
        course_verbs=_words(y["people"], "course_verbs", people_path, problems),
        course_gap=_words(y["people"], "course_gap", people_path, problems),
        job_charges=_words(y["people"], "job_charges", people_path, problems),
        care_jobs=_words(y["people"], "care_jobs", people_path, problems),
        job_leads=_words(y["people"], "job_leads", people_path, problems),
        within_kinds=_words(y["people"], "within_kinds", people_path, problems),
        within_leads=_words(y["people"], "within_leads", people_path, problems),
        audience_leads=_words(y["people"], "audience_leads", people_path, problems),
        audience_groups=tuple(_words(y["people"], "audience_groups", people_path, problems)),
        care_leads=longest_first(_words(y["people"], "care_leads", people_path, problems)),
        care_gap=_words(y["people"], "care_gap", people_path, problems),
        none_verbs=_words(y["people"], "none_verbs", people_path, problems),
        none_kinds=_words(y["people"], "none_kinds", people_path, problems),
        none_gap=_words(y["people"], "none_gap", people_path, problems),
        addressed_by=_words(y["people"], "addressed_by", people_path, problems),
        addressed_openers=_words(y["people"], "addressed_openers", people_path, problems),
        addressed_closers=_words(y["people"], "addressed_closers", people_path, problems),
        addressed_say_verbs=_words(y["people"], "addressed_say_verbs", people_path, problems),
        named_kin_gap=_words(y["people"], "named_kin_gap", people_path, problems),
        restated_person_leads=_words(y["people"], "restated_person_leads", people_path, problems),
        kin_of_leads=_words(y["people"], "kin_of_leads", people_path, problems),
        plain_people={str(k): str(v) for k, v in (y["people"].get("plain_people") or {}).items()},
        plain_person_leads=_words(y["people"], "plain_person_leads", people_path, problems),
        plain_person_verbs=_words(y["people"], "plain_person_verbs", people_path, problems),
        relative_person_verbs=_words(y["people"], "relative_person_verbs", people_path, problems),
        played_role_copulas=_words(y["people"], "played_role_copulas", people_path, problems),
        named_role_copulas=_words(y["people"], "named_role_copulas", people_path, problems),
        played_role_links=_words(y["people"], "played_role_links", people_path, problems),
        played_role_not_after=_words(y["people"], "played_role_not_after", people_path, problems),
        verb_people=_words(y["people"], "verb_people", people_path, problems),
        verb_person_subjects=_words(y["people"], "verb_person_subjects", people_path, problems),
        member_leads=_words(y["people"], "member_leads", people_path, problems),
        member_gap=_words(y["people"], "member_gap", people_path, problems),
        member_groups=_words(y["people"], "member_groups", people_path, problems),
        member_person=str(y["people"].get("member_person") or ""),
        fellow_words=_words(y["people"], "fellow_words", people_path, problems),
        fellow_help_verbs=_words(y["people"], "fellow_help_verbs", people_path, problems),
        fellow_help_objects=_words(y["people"], "fellow_help_objects", people_path, problems),
        fellow_negations=_words(y["people"], "fellow_negations", people_path, problems),
        coach_words=_words(y["people"], "coach_words", people_path, problems),
        coach_person=str(y["people"].get("coach_person") or ""),
        instructor_person=str(y["people"].get("instructor_person") or ""),
        coach_alone_words=_words(y["people"], "coach_alone_words", people_path, problems),
        coach_rehab_parts=_words(y["people"], "coach_rehab_parts", people_path, problems),
        coach_rehab_ends=_words(y["people"], "coach_rehab_ends", people_path, problems),
        coach_not_groups=_words(y["people"], "coach_not_groups", people_path, problems),
        passive_endings=tuple(_words(y["people"], "passive_endings", people_path, problems)),
        owner_help_words=_words(y["people"], "owner_help_words", people_path, problems),
        wish_for_leads=_words(y["people"], "wish_for_leads", people_path, problems),
        person_occasions={
            form: noun
            for form, noun in _forms_map(
                y["people"], "person_occasions", people_path, problems
            ).items()
            if form != noun.lower()
        },
        person_occasion_lead=str(y["people"].get("person_occasion_lead") or ""),
        home_verbs=_words(y["people"], "home_verbs", people_path, problems),
        home_leads=_words(y["people"], "home_leads", people_path, problems),
        home_skip=_words(y["people"], "home_skip", people_path, problems),
        gift_verbs=_words(y["people"], "gift_verbs", people_path, problems),
        gift_leads=_words(y["people"], "gift_leads", people_path, problems),
        gift_clause_words=_words(y["people"], "gift_clause_words", people_path, problems),
        gift_from=str(y["people"].get("gift_from") or ""),
        owners=_words(y["people"], "owners", people_path, problems),
        reflexive_owners=_words(y["people"], "reflexive_owners", people_path, problems),
        kin_ability_words=_words(y["people"], "kin_ability_words", people_path, problems),
        kin_motion_words=_words(y["people"], "kin_motion_words", people_path, problems),
        kin_motion_speaker=_words(y["people"], "kin_motion_speaker", people_path, problems),
        kin_motion_skip=_words(y["people"], "kin_motion_skip", people_path, problems),
        kin_speaker_wish_leads=_words(y["people"], "kin_speaker_wish_leads", people_path, problems),
        kin_speaker_with_preps=_words(y["people"], "kin_speaker_with_preps", people_path, problems),
        third_person_owners=_words(y["people"], "third_person_owners", people_path, problems),
        joined_kin=_joined_kin(y["people"], people_path, problems),
        self_words=_words(persp, "self_words", folder / "perspective.yaml", problems),
        speaker_owners=_words(persp, "speaker_owners", folder / "perspective.yaml", problems),
        couple_words=_words(persp, "couple_words", folder / "perspective.yaml", problems),
        neighbour_places=_words(persp, "neighbour_places", folder / "perspective.yaml", problems),
        couple_joins=_words(persp, "couple_joins", folder / "perspective.yaml", problems),
        couple_self=_words(persp, "couple_self", folder / "perspective.yaml", problems),
        couple_verbs=_words(persp, "couple_verbs", folder / "perspective.yaml", problems),
        framing_words=_words(persp, "framing_words", folder / "perspective.yaml", problems),
        independence=_independence_cues(y["independence"], folder / "independence.yaml", problems),
        motivation=_motivation_cues(y["motivation"], folder / "motivation.yaml", problems),
        patterns=patterns,
        time=load_time_lexicon(folder / "time.yaml", lang, problems),
        light_heads=_words(common, "compound_light_heads", folder / "_common.yaml", problems),
        part_heads=_words(common, "compound_part_heads", folder / "_common.yaml", problems),
        errand_deeds=_words(common, "errand_deeds", folder / "_common.yaml", problems),
        model_stops=_words(common, "model_stops", folder / "_common.yaml", problems),
        compound_links=as_str_list(
            common.get("compound_links"), folder / "_common.yaml", "compound_links", problems
        ),
        adjective_tails=_words(common, "adjective_tails", folder / "_common.yaml", problems),
        definite_part_endings=tuple(
            as_str_list(
                common.get("definite_part_endings"),
                folder / "_common.yaml",
                "definite_part_endings",
                problems,
            )
        ),
        plural_definite_endings=tuple(
            as_str_list(
                common.get("plural_definite_endings"),
                folder / "_common.yaml",
                "plural_definite_endings",
                problems,
            )
        ),
        compound_min_part=int(common.get("compound_min_part", 3)),
        compound_min_head=int(common.get("compound_min_head", 3)),
        means_activities=_words(common, "means_activities", folder / "_common.yaml", problems),
        weekdays=_weekday_forms(freq, fpath, problems),
        weekday_joins=_words(freq, "weekday_joins", fpath, problems),
        weekday_aside_leads=_words(freq, "weekday_aside_leads", fpath, problems),
        weekday_aside_reach=int(freq.get("weekday_aside_reach", 0)),
        weekday_ranges=_words(freq, "weekday_ranges", fpath, problems),
        weekday_habits=_words(freq, "weekday_habits", fpath, problems),
        weekday_whens=_words(freq, "weekday_whens", fpath, problems),
        negation_focus=_words(freq, "negation_focus", fpath, problems),
        not_counted=_words(freq, "not_counted", fpath, problems),
        freq_rejections=tuple(
            nfc(w).lower()
            for w in as_str_list(freq.get("rejections"), fpath, "rejections", problems)
        ),
        freq_denials=tuple(
            nfc(w).lower() for w in as_str_list(freq.get("denials"), fpath, "denials", problems)
        ),
        freq_judged_off=tuple(
            tuple(nfc(w).lower().split())
            for w in as_str_list(freq.get("judged_off"), fpath, "judged_off", problems)
        ),
        freq_preferred_before=tuple(
            nfc(w).lower()
            for w in as_str_list(freq.get("preferred_before"), fpath, "preferred_before", problems)
        ),
        freq_preferred_after=tuple(
            nfc(w).lower()
            for w in as_str_list(freq.get("preferred_after"), fpath, "preferred_after", problems)
        ),
        repetition_min=int(freq.get("repetition_min", 5)),
        repetition_activities=_words(freq, "repetition_activities", fpath, problems),
        times_words={
            nfc(str(k)).lower(): float(v) for k, v in (freq.get("times_words") or {}).items()
        },
        times_not_before=_words(freq, "times_not_before", fpath, problems),
        occasion_words=_words(freq, "occasion_words", fpath, problems),
        amount_words=_words(freq, "amount_words", fpath, problems),
        day_parts=_words(freq, "day_parts", fpath, problems),
        day_part_leads=_words(freq, "day_part_leads", fpath, problems),
        day_time_leads=_words(freq, "day_time_leads", fpath, problems),
        day_part_not_after=_words(freq, "day_part_not_after", fpath, problems),
        freq_return_words=_words(freq, "back_words", fpath, problems),
        freq_back_to_words=_words(freq, "back_to_words", fpath, problems),
        routine_back_ends=_words(freq, "routine_back_ends", fpath, problems),
        resource_back_leads=_words(freq, "resource_back_leads", fpath, problems),
        afterword_frame=_words(freq, "afterword_frame", fpath, problems),
        freq_there_words=_words(freq, "there_words", fpath, problems),
        freq_trip_activities=_words(freq, "trip_activities", fpath, problems),
        freq_trip_leads=_words(freq, "trip_leads", fpath, problems),
        freq_trip_verbs=_words(freq, "trip_verbs", fpath, problems),
        month_day_leads=_words(freq, "month_day_leads", fpath, problems),
        month_day_last=_words(freq, "month_day_last", fpath, problems),
        month_day_preps=_words(freq, "month_day_preps", fpath, problems),
        story_clause_joins=_words(freq, "story_clause_joins", fpath, problems),
        comparison_leads=_words(freq, "comparison_leads", fpath, problems),
        comparison_next=_words(freq, "comparison_next", fpath, problems),
        comparison_gap=_words(freq, "comparison_gap", fpath, problems),
        story_subjects=_words(freq, "story_subjects", fpath, problems),
        timetable_subjects=_words(freq, "timetable_subjects", fpath, problems),
        prescribed_subjects=_words(freq, "prescribed_subjects", fpath, problems),
        night_periods=_words(freq, "night_periods", fpath, problems),
        cause_leads=tuple(
            tuple(c.split()) for c in sorted(_words(freq, "cause_leads", fpath, problems))
        ),
        speaker_group=_words(freq, "speaker_group", fpath, problems),
        service_people=_words(freq, "service_people", fpath, problems),
        service_had_verbs=_words(freq, "service_had_verbs", fpath, problems),
        stay_verbs=_words(freq, "stay_verbs", fpath, problems),
        others_time_subjects=_words(freq, "others_time_subjects", fpath, problems),
        stay_gap=_words(freq, "stay_gap", fpath, problems),
        trouble_verbs=_words(freq, "trouble_verbs", fpath, problems),
        trouble_states=_words(freq, "trouble_states", fpath, problems),
        cleft_self=_words(freq, "cleft_self", fpath, problems),
        cleft_verbs=_words(freq, "cleft_verbs", fpath, problems),
        cleft_pronouns=_words(freq, "cleft_pronouns", fpath, problems),
        cleft_relatives=_words(freq, "cleft_relatives", fpath, problems),
        practice_verbs=_words(freq, "practice_verbs", fpath, problems),
        practice_gap=_words(freq, "practice_gap", fpath, problems),
        practice_objects=_words(freq, "practice_objects", fpath, problems),
        practice_place_leads=_words(freq, "practice_place_leads", fpath, problems),
        practice_group_subjects=_words(freq, "practice_group_subjects", fpath, problems),
        practice_deed_verbs=_words(freq, "practice_deed_verbs", fpath, problems),
        practice_deed_objects=_words(freq, "practice_deed_objects", fpath, problems),
        practice_purposes=tuple(
            tuple(c.split()) for c in sorted(_words(freq, "practice_purposes", fpath, problems))
        ),
        visit_verbs=_words(freq, "visit_verbs", fpath, problems),
        company_activities=_words(freq, "company_activities", fpath, problems),
        negations=frozenset(classes.get("neg", ())),
        clause_breaks=sw("clause_breaks"),
        soft_clause_breaks=sw("soft_clause_breaks"),
        soft_break_subjects=sw("soft_break_subjects"),
        run_on_subjects=sw("run_on_subjects"),
        run_on_now_leads=tuple(sorted((tuple(p.split()) for p in sw("run_on_now_leads")), key=len)),
        fronted_leads=sw("fronted_leads"),
        scene_starts=sw("scene_starts"),
        scene_leads=sw("scene_leads"),
        pointing_back=sw("pointing_back"),
        told_habit_words=sw("told_habit_words"),
        instead_leads=sw("instead_leads"),
        instead_marks=sw("instead_marks"),
        rather_than_leads=tuple(
            sorted((tuple(p.split()) for p in sw("rather_than_leads")), key=len, reverse=True)
        ),
        instead_adds=str(stance.get("instead_adds") or ""),
        alternative_leads=sw("alternative_leads"),
        pointed_object_ends=sw("pointed_object_ends"),
        venue_habit_words=sw("venue_habit_words"),
        object_back_after=sw("object_back_after"),
        object_place_after=sw("object_place_after"),
        thing_back_leads=sw("thing_back_leads"),
        thing_back_not_after=sw("thing_back_not_after"),
        thing_back_ends=sw("thing_back_ends"),
        event_words=sw("event_words"),
        event_compound_only=sw("event_compound_only"),
        event_there=sw("event_there"),
        event_be=sw("event_be"),
        event_room_leads=sw("event_room_leads"),
        event_along=sw("event_along"),
        story_wish_modals=sw("story_wish_modals"),
        story_wish_marks=sw("story_wish_marks"),
        story_wish_empty_verbs=sw("story_wish_empty_verbs"),
        story_wish_empty_words=sw("story_wish_empty_words"),
        focus_words=sw("focus_words"),
        background_leads=tuple(tuple(p.split()) for p in sw("background_leads")),
        background_subjects=sw("background_subjects"),
        contrast_words=sw("contrast_words"),
        cost_leads=sw("cost_leads"),
        overcome_now=sw("overcome_now"),
        overcome_past=sw("overcome_past"),
        overcome_reach=int(stance.get("overcome_reach", 0)),
        overcome_got=sw("overcome_got"),
        workaround_leads=sw("workaround_leads"),
        workaround_verbs=sw("workaround_verbs"),
        workaround_reach=int(stance.get("workaround_reach", 0)),
        past_cleft_leads=tuple(tuple(p.split()) for p in sw("past_cleft_leads")),
        knowing_verbs=sw("knowing_verbs"),
        knowing_adverbs=sw("knowing_adverbs"),
        telling_verbs=sw("telling_verbs"),
        telling_skips=sw("telling_skips"),
        question_words=sw("question_words"),
        other_things=tuple(tuple(p.split()) for p in sw("other_things")),
        other_things_leads=sw("other_things_leads"),
        purpose_negation_leads=sw("purpose_negation_leads"),
        purpose_negation_markers=sw("purpose_negation_markers"),
        given_up_things=sw("given_up_things"),
        given_up_reach=int(stance.get("given_up_reach", 4)),
        modifier_leads=sw("modifier_leads"),
        occasion_leads=sw("occasion_leads"),
        when_event_leads=sw("when_event_leads"),
        when_event_not_after=sw("when_event_not_after"),
        nested_place_leads=sw("nested_place_leads"),
        helper_only=sw("helper_only"),
        helper_leads=sw("helper_leads"),
        helper_someone=sw("helper_someone"),
        helper_gap=int(stance.get("helper_gap", 0)),
        consequence_leads=sw("consequence_leads"),
        reaction_verbs=sw("reaction_verbs"),
        others_state_subjects=tuple(tuple(p.split()) for p in sw("others_state_subjects")),
        others_state_verbs=sw("others_state_verbs"),
        others_sentence_leads=sw("others_sentence_leads"),
        others_sentence_quantifiers=sw("others_sentence_quantifiers"),
        others_sentence_owners=sw("others_sentence_owners"),
        others_sentence_breaks=sw("others_sentence_breaks"),
        others_sentence_selves=sw("others_sentence_selves"),
        drive_object_ends=sw("drive_object_ends"),
        help_ended_ends=sw("help_ended_ends"),
        help_ended_refusing=sw("help_ended_refusing"),
        help_ended_for=sw("help_ended_for"),
        help_ended_beneficiaries=sw("help_ended_beneficiaries"),
        advice_verbs=sw("advice_verbs"),
        advice_modals=sw("advice_modals"),
        advice_reach=int(stance.get("advice_reach", 3)),
        view_verbs=sw("view_verbs"),
        others_wish_verbs=sw("others_wish_verbs"),
        demand_institutions=sw("demand_institutions"),
        demand_links=sw("demand_links"),
        worry_verbs=sw("worry_verbs"),
        worry_reflexives=sw("worry_reflexives"),
        worry_preps=sw("worry_preps"),
        worry_object_stops=sw("worry_object_stops"),
        worry_object_joins=sw("worry_object_joins"),
        worry_states=sw("worry_states"),
        others_wish_fillers=sw("others_wish_fillers"),
        others_wish_links=sw("others_wish_links"),
        others_wish_targets=sw("others_wish_targets"),
        others_wish_own_subjects=sw("others_wish_own_subjects"),
        preference_words=sw("preference_words"),
        idle_preference_skips=sw("idle_preference_skips"),
        idle_preferences=tuple(tuple(p.split()) for p in sw("idle_preferences")),
        checkup_verbs=sw("checkup_verbs"),
        checkup_objects=sw("checkup_objects"),
        refusal_states=sw("refusal_states"),
        fear_words=sw("fear_words"),
        fear_leads=sw("fear_leads"),
        capacity_activities=sw("capacity_activities"),
        focus_window=int(stance.get("focus_window", 4)),
        topic_max_words=int(stance.get("topic_max_words", 3)),
        perfect_aux=sw("perfect_aux"),
        perfect_adverbs=sw("perfect_adverbs"),
        short_participles=sw("short_participles"),
        event_measure_reach=int(stance.get("event_measure_reach", 5)),
        event_count_reach=int(stance.get("event_count_reach", 5)),
        event_clause_stops=sw("event_clause_stops"),
        event_conditions=sw("event_conditions"),
        participle_endings=tuple(
            as_str_list(stance.get("participle_endings"), stance_path, "endings", problems)
        ),
        side_clause_not_after=sw("side_clause_not_after"),
        side_clause_starts=frozenset(tuple(p.split()) for p in sw("side_clause_starts")),
        motion_activity=str(stance.get("motion_activity") or ""),
        walk_verbs=_words(stance, "walk_verbs", stance_path, problems),
        kind_name_leads=sw("kind_name_leads"),
        distance_units=_words(stance, "distance_units", stance_path, problems),
        distance_told_leads=frozenset(
            tuple(p.split()) for p in _words(stance, "distance_told_leads", stance_path, problems)
        ),
        distance_told_skip=_words(stance, "distance_told_skip", stance_path, problems),
        distance_place_verbs=_words(stance, "distance_place_verbs", stance_path, problems),
        distance_away_words=_words(stance, "distance_away_words", stance_path, problems),
        distance_habit_subjects=_words(stance, "distance_habit_subjects", stance_path, problems),
        distance_habit_not_between=_words(
            stance, "distance_habit_not_between", stance_path, problems
        ),
        distance_habit_reach=int(stance.get("distance_habit_reach", 3)),
        wish_span_min=float(stance.get("wish_span_min", 2.0)),
        wish_span_share=float(stance.get("wish_span_share", 1.0)),
        run_on_not_after=sw("run_on_not_after"),
        fillers=_words(persp, "fillers", folder / "perspective.yaml", problems),
        recipient_leads=_words(common, "recipient_leads", folder / "_common.yaml", problems),
        origin_leads=_words(common, "origin_leads", folder / "_common.yaml", problems),
        where_leads=_words(common, "where_leads", folder / "_common.yaml", problems),
        where_ends=_words(common, "where_ends", folder / "_common.yaml", problems),
        origin_fillers=_words(common, "origin_fillers", folder / "_common.yaml", problems),
        recipient_ends=_words(common, "recipient_ends", folder / "_common.yaml", problems),
        travel_verbs=_words(common, "travel_verbs", folder / "_common.yaml", problems),
        vehicle_verbs=_words(common, "vehicle_verbs", folder / "_common.yaml", problems),
        travel_activity=str(common.get("travel_activity") or ""),
        destination_leads=_words(common, "destination_leads", folder / "_common.yaml", problems),
        ridden_activities=_words(common, "ridden_activities", folder / "_common.yaml", problems),
        way_purposes=_words(common, "way_purposes", folder / "_common.yaml", problems),
        object_led_verbs=_words(common, "object_led_verbs", folder / "_common.yaml", problems),
        object_task_verbs=_words(common, "object_task_verbs", folder / "_common.yaml", problems),
        object_leads=_words(common, "object_leads", folder / "_common.yaml", problems),
        memory_question_leads=_words(
            common, "memory_question_leads", folder / "_common.yaml", problems
        ),
        present_subjects=_words(common, "present_subjects", folder / "_common.yaml", problems),
        present_between=_words(common, "present_between", folder / "_common.yaml", problems),
        present_unknown_endings=tuple(
            sorted(_words(common, "present_unknown_endings", folder / "_common.yaml", problems))
        ),
        model_backoff_endings=as_str_list(
            common.get("model_backoff_endings"),
            folder / "_common.yaml",
            "model_backoff_endings",
            problems,
        ),
        tools_of=_tools_of(common, folder / "_common.yaml", problems),
        cleft_leads=as_str_list(
            persp.get("cleft_leads"), folder / "perspective.yaml", "cleft_leads", problems
        ),
        cleft_not_named=_words(persp, "cleft_not_named", folder / "perspective.yaml", problems),
        relative_pronouns=_words(persp, "relative_pronouns", folder / "perspective.yaml", problems),
        subordinators=_words(persp, "subordinators", folder / "perspective.yaml", problems),
        gone_words=tuple(
            tuple(p.split())
            for p in sorted(_words(persp, "gone_words", folder / "perspective.yaml", problems))
        ),
        elided_self_verbs=_words(persp, "elided_self_verbs", folder / "perspective.yaml", problems),
        sentence_ends=_words(persp, "sentence_ends", folder / "perspective.yaml", problems),
        freq_phrase_starts=frozenset(str(k).split()[0] for k in freq.get("phrases") or {}),
        action=_action_cues(stance, stance_path, problems),
        people_roles=load_role_cues(y["people"], people_path, problems),
        criterion=load_criterion_cues(y["criterion"], folder / "criterion.yaml", problems),
    )
    for label, plist in patterns.items():
        for p in plist:
            for problem in pattern_problems(p, classes):
                problems.add(folder, f"pattern {label} {p!r}: {problem}")
    return lex


_FILES = (
    "_common",
    "numbers",
    "units",
    "frequency",
    "aids",
    "people",
    "stance",
    "independence",
    "perspective",
    "motivation",
    "criterion",
)

# ----------------------------------------------------------------------------------------
# Pattern notation (content/<lang>/nlp/README.md): space-separated items, each
#   word        the token's lemma equals the word's lemma (forms of one word all match)
#   =word       the token's lower-case form equals word exactly
#   a|b|=c      any of the alternatives
#   @class      any word of a class in _common.yaml (matched on lemma)
#   #num        a number (digits or a number word)
#   #line       a route's number with its letter ("5A", "150S": _common.yaml line_letters)
#   *N          up to N tokens of anything but punctuation
#   item?       the item is optional
# ----------------------------------------------------------------------------------------

NUM_NORM = "#num"
LINE_NORM = "#line"
LINE_MAX_DIGITS = 3  # "150S": a bus route's number is at most three digits before its letter


def pattern_problems(pattern: str, classes: dict[str, tuple[str, ...]]) -> list[str]:
    """Return what is wrong with one pattern string (empty when it compiles)."""
    problems = []
    if not pattern.strip():
        problems.append("is empty")
    for item in pattern.split():
        for alt in item.rstrip("?").split("|"):
            if alt.startswith("@") and alt[1:] not in classes:
                problems.append(f"unknown class {alt}")
            if alt.startswith("*") and not alt[1:].isdigit():
                problems.append(f"wildcard {alt} needs a number, e.g. *3")
    return problems


def _compound_heads(people: dict, path: Path, problems: Problems) -> dict[str, str]:
    """form → person for the people whose compounds name them too (people.yaml
    `compound_heads`: "havenabo", "barndomsveninden"); a word of `compound_head_exceptions`
    maps to "" (no one)."""
    forms = people.get("people") or {}
    out = {}
    for name in as_str_list(people.get("compound_heads"), path, "compound_heads", problems):
        if name not in forms:
            problems.add(path, f"compound_heads: unknown person '{name}'")
            continue
        out.update({str(f).lower(): name for f in forms[name] or ()})
    # a whole word listed so names no one (clauses.named): "spisevenner" is a dining club
    exceptions = as_str_list(
        people.get("compound_head_exceptions"), path, "compound_head_exceptions", problems
    )
    out.update({str(w).lower(): "" for w in exceptions})
    return out
