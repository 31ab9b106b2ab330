"""Cue words of the people roles (people.yaml `roles`) and of criteria (criterion.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.content.files import Problems, as_str_list

ROLES = (
    "helper", "companion", "beneficiary", "deceased", "missed", "unwanted", "advisor", "aside",
    "away", "other", "past", "afraid", "complaint",
)  # fmt: skip
PLACEHOLDER = "<person>"


@dataclass(frozen=True)
class RoleCues:
    """The role patterns of people.yaml, as pattern strings, and the words around mentions."""

    patterns: tuple[tuple[str, str], ...] = ()  # (role, pattern)
    priority: tuple[str, ...] = ()
    determiners: frozenset[str] = frozenset()
    coordination: frozenset[str] = frozenset()
    contrast: frozenset[str] = frozenset()  # "men": a cue before it is not of a person after it
    conditionals: frozenset[str] = frozenset()  # "hvis": "hvis hun ikke sover" is no refusal
    framing: frozenset[str] = frozenset()  # "synes": "min søster synes, at mor skal …"
    consequence: frozenset[str] = frozenset()  # "så": "…, så hun skal ikke blandes ind"
    # "…, så ham skal I ikke regne med": who or what a refusal after advice opens with
    advice_refusals: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()  # "at" in "synes, at mor skal …"
    unasked: frozenset[str] = frozenset()  # "bede" in "min søn jeg aldrig bede, han kommer selv"
    pronoun_of: dict[str, str] = field(default_factory=dict)  # "bror" → "han"
    object_of: dict[str, str] = field(default_factory=dict)  # "han" → "ham"
    plural_pronoun: str = ""  # "de": a service's or a group's pronoun (role_plural_pronoun)
    possessive_of: dict[str, str] = field(default_factory=dict)  # "han" → "hans"
    vetoes: tuple[str, ...] = ()  # "det her skal de ikke …": ruled out, helper or not
    singled_out: frozenset[str] = frozenset()  # "min søn, hjemmeplejen nej …": not the son's
    corrected: frozenset[str] = frozenset()  # "ikke min datter, min nabo": the second is meant
    together: tuple[tuple[str, ...], ...] = ()  # "sammen med": company said as such
    speaker_no: frozenset[str] = frozenset()  # "men nej, han skal ikke …": the speaker's no
    speaker_no_skip: frozenset[str] = frozenset()  # ",", "tak" between the no and "han"
    offers: frozenset[str] = frozenset()  # "tilbyder": help offered, may be declined
    willing: frozenset[str] = frozenset()  # "gerne": an offer only after a modal of will
    will_modals: frozenset[str] = frozenset()  # "vil": "vil gerne køre mig" offers
    rulings: frozenset[str] = frozenset()  # "skal": "men han skal ikke …" is the speaker's
    # "…, men han ryger i bilen, så det går ikke": the offer turned down by its consequence
    offer_consequences: tuple[tuple[str, ...], ...] = ()
    no_limits: frozenset[str] = frozenset()  # "kun": "men nej, hun kan kun om lørdagen"
    no_limit_modals: frozenset[str] = frozenset()  # "kan" before the limit
    no_accepts: tuple[tuple[str, ...], ...] = ()  # "så det er fint": the no declines nothing
    concerns: tuple[str, ...] = ()  # "han vil ikke have, at jeg falder": no refusal of him
    # "vil", "nu" between a story's cue and the person: the wish of today, no past company
    story_breaks: frozenset[str] = frozenset()


def load_role_cues(data: dict, path: Path, problems: Problems) -> RoleCues:
    """Read `roles`, `role_priority`, `role_determiners`, `role_coordination`, `role_contrast`,
    `role_singled_out`, `role_corrected`; record problems."""
    raw = data.get("roles") or {}
    if not isinstance(raw, dict):
        problems.add(path, "'roles' must be a mapping of role → patterns")
        raw = {}
    patterns = []
    for role, plist in raw.items():
        if role not in ROLES:
            problems.add(path, f"roles: unknown role '{role}' (known: {', '.join(ROLES)})")
            continue
        for p in as_str_list(plist, path, f"roles.{role}", problems):
            if p.split().count(PLACEHOLDER) != 1:
                problems.add(path, f"roles.{role} {p!r}: needs {PLACEHOLDER} exactly once")
                continue
            patterns.append((str(role), p))
    priority = as_str_list(data.get("role_priority"), path, "role_priority", problems)
    for role in priority:
        if role not in ROLES:
            problems.add(path, f"role_priority: unknown role '{role}'")
    words = lambda key: frozenset(  # noqa: E731
        w.lower() for w in as_str_list(data.get(key), path, key, problems)
    )
    pronoun_of = {}
    raw_pronouns = data.get("role_pronouns") or {}
    if not isinstance(raw_pronouns, dict):
        problems.add(path, "'role_pronouns' must be a mapping of pronoun → people")
        raw_pronouns = {}
    for pronoun, names in raw_pronouns.items():
        for name in as_str_list(names, path, f"role_pronouns.{pronoun}", problems):
            if name not in (data.get("people") or {}):
                problems.add(path, f"role_pronouns.{pronoun}: unknown person '{name}'")
            pronoun_of[name] = str(pronoun).lower()
    raw_objects = data.get("role_object_pronouns") or {}
    if not isinstance(raw_objects, dict):
        problems.add(path, "'role_object_pronouns' must be a mapping of pronoun → object form")
        raw_objects = {}
    for pronoun in raw_objects:
        if pronoun not in raw_pronouns:
            problems.add(path, f"role_object_pronouns: '{pronoun}' is none of role_pronouns")
    plural = str(data.get("role_plural_pronoun") or "").lower()
    if plural and plural not in raw_pronouns:
        problems.add(path, f"role_plural_pronoun: '{plural}' is none of role_pronouns")
    raw_possessives = data.get("role_possessive_pronouns") or {}
    if not isinstance(raw_possessives, dict):
        problems.add(path, "'role_possessive_pronouns' must be a mapping of pronoun → possessive")
        raw_possessives = {}
    for pronoun in raw_possessives:
        if pronoun not in raw_pronouns:
            problems.add(path, f"role_possessive_pronouns: '{pronoun}' is none of role_pronouns")
    vetoes = []
    for p in as_str_list(data.get("role_ruled_out"), path, "role_ruled_out", problems):
        if p.split().count(PLACEHOLDER) != 1:
            problems.add(path, f"role_ruled_out {p!r}: needs {PLACEHOLDER} exactly once")
            continue
        vetoes.append(p)
    concerns = []
    for p in as_str_list(data.get("role_concerns"), path, "role_concerns", problems):
        if p.split().count(PLACEHOLDER) != 1:
            problems.add(path, f"role_concerns {p!r}: needs {PLACEHOLDER} exactly once")
            continue
        concerns.append(p)
    return RoleCues(
        vetoes=tuple(vetoes),
        patterns=tuple(patterns),
        priority=tuple(r for r in priority if r in ROLES),
        determiners=words("role_determiners"),
        coordination=words("role_coordination"),
        contrast=words("role_contrast"),
        conditionals=words("role_conditionals"),
        framing=words("role_framing"),
        consequence=words("role_consequence"),
        advice_refusals=words("role_advice_refusals"),
        complementizers=words("role_framed_leads"),
        unasked=words("role_unasked_verbs"),
        singled_out=words("role_singled_out"),
        corrected=words("role_corrected"),
        speaker_no=words("role_speaker_no"),
        speaker_no_skip=words("role_speaker_no_skip"),
        offers=words("role_offers"),
        willing=words("role_offer_willing"),
        will_modals=words("role_offer_modals"),
        rulings=words("role_rulings"),
        offer_consequences=tuple(
            tuple(str(p).lower().split()) for p in data.get("role_offer_consequences") or ()
        ),
        no_limits=words("role_no_limits"),
        no_limit_modals=words("role_no_limit_modals"),
        no_accepts=tuple(
            tuple(p.lower().split())
            for p in as_str_list(data.get("role_no_accepts"), path, "role_no_accepts", problems)
            if p.split()
        ),
        concerns=tuple(concerns),
        story_breaks=words("role_story_breaks"),
        together=tuple(
            tuple(p.lower().split())
            for p in as_str_list(data.get("role_together"), path, "role_together", problems)
            if p.split()
        ),
        pronoun_of=pronoun_of,
        object_of={str(k).lower(): str(v).lower() for k, v in raw_objects.items()},
        plural_pronoun=plural,
        possessive_of={str(k).lower(): str(v).lower() for k, v in raw_possessives.items()},
    )


@dataclass(frozen=True)
class CriterionCues:
    """The words criterion.yaml names."""

    modals: frozenset[str] = frozenset()
    between: frozenset[str] = frozenset()
    present_after: frozenset[str] = frozenset()
    present_self: frozenset[str] = frozenset()  # "jeg selv får …": a learner's sign, no modal
    short_infinitives: frozenset[str] = frozenset()
    stop_verbs: frozenset[str] = frozenset()  # "lave": a verb the stop-word list holds
    restating: frozenset[str] = frozenset()  # ", altså skrælle …": the steps told again
    vague: frozenset[str] = frozenset()
    trailing: frozenset[str] = frozenset()
    trailing_kept: frozenset[str] = frozenset()  # "hjem igen": its "igen" stays
    max_words: int = 14
    directions: frozenset[str] = frozenset()  # "ned til postkassen og hjem igen": no verb
    ways_back: frozenset[str] = frozenset()  # "og hjem igen": a present tense told as a sign
    clause_objects: frozenset[str] = frozenset()  # "at" in "savner at gå …": no doing
    clause_cuts: frozenset[str] = frozenset()  # where a criterion too long may end ("uden")
    # "det er" of "…, det er 300 meter": an amount aside ending a list of deeds
    amount_aside_leads: tuple[tuple[str, ...], ...] = ()
    whole_clauses: frozenset[str] = frozenset()  # "uden at stå og hvile" is never cut at "og"
    joins: frozenset[str] = frozenset()  # "og" before a second verb ("gå ud og fylder …")
    amount_leads: frozenset[str] = frozenset()  # "alle" in "alle tre etager … uden at …"
    amount_manners: frozenset[str] = frozenset()  # "uden": how an amount is done, a sign
    clause_subjects: frozenset[str] = frozenset()  # "og jeg vil gerne …": a new clause
    own_subjects: frozenset[str] = frozenset()  # "jeg" in "så jeg og min datter kan …"
    thing_subjects: frozenset[str] = frozenset()  # "og at den kan stå": the thing's sign
    thing_leads: frozenset[str] = frozenset()
    infinitive_modals: frozenset[str] = frozenset()  # "og kunne følge med": "og følge med"
    additions: frozenset[str] = frozenset()  # ". også under hagen": the sign goes on
    shown_subjects: frozenset[str] = frozenset()  # "så man kan læse det": anyone at all
    shown_verbs: frozenset[str] = frozenset()  # "læse", "se": the result as others find it
    state_verbs: frozenset[str] = frozenset()  # "er", "holder": a thing's state as the result
    state_endings: tuple[str, ...] = ()  # "-ne" of "maskerne": a thing said definite
    state_feelings: frozenset[str] = frozenset()  # "glade": a person's state, a reason
    fragment_leads: frozenset[str] = frozenset()  # "på" in "hele vejen. på bænken"
    fragment_counts: frozenset[str] = frozenset()  # "en" in "hele vejen. en pause"
    fragment_count_join: str = ""  # "med": "hele vejen med en pause"
    fragment_count_things: frozenset[str] = frozenset()  # "pause": a rest counted
    span_units: frozenset[str] = frozenset()  # "uge", "dage": a span of days ending a sign
    span_leads: frozenset[str] = frozenset()  # "i" in "i en uge", "i fjorten dage"
    span_ends: frozenset[tuple[str, ...]] = frozenset()  # "i træk" in "tre dage i træk"
    span_each: frozenset[str] = frozenset()  # "hver" in "hver morgen i en uge"
    span_fillers: frozenset[str] = frozenset()  # "hel" in "en hel uge i træk"
    tail_past: frozenset[str] = frozenset()  # "…, med rollatoren, uden at …": the way passed
    stop_doings: frozenset[tuple[str, ...]] = frozenset()  # "være med": taking part, a deed
    relative_heads: frozenset[str] = frozenset()  # "den" in "end den, jeg går med"
    relative_subjects: frozenset[str] = frozenset()  # "jeg" opening that relative clause
    parallel_leads: frozenset[str] = frozenset()  # "at" in "…, og at jeg kan høre, …"
    consequence_leads: frozenset[str] = frozenset()  # "at" in "uden at blive så træt, at …"
    degree_words: frozenset[str] = frozenset()  # "så" in "uden at blive så træt, at …"
    paired_particles: frozenset[str] = frozenset()  # "i", "ud" in "komme i og ud af kajakken"
    object_openers: frozenset[str] = frozenset()  # "mine" in "og kaster mine bolde": a verb
    unknown_present_endings: tuple[str, ...] = ()  # "-er" of "kaster", unknown to the table
    plural_endings: frozenset[str] = frozenset()  # "r" of "håndklæder" after its lemma
    join_adverbs: frozenset[str] = frozenset()  # "selv" in "og selv kommer op": the verb next
    adjective_forms: frozenset[str] = frozenset()  # "første", "gamle": no verb, though in -e


def load_criterion_cues(data: dict, path: Path, problems: Problems) -> CriterionCues:
    """Read criterion.yaml's word lists; record problems."""
    words = lambda key: frozenset(  # noqa: E731
        w.lower() for w in as_str_list(data.get(key), path, key, problems)
    )
    try:
        max_words = int(data.get("max_words", 14))
    except (TypeError, ValueError):
        problems.add(path, "max_words must be a whole number")
        max_words = 14
    return CriterionCues(
        modals=words("modals"),
        between=words("between"),
        present_after=words("present_after"),
        present_self=words("present_self"),
        short_infinitives=words("short_infinitives"),
        stop_verbs=words("stop_verbs"),
        restating=words("restating"),
        vague=words("vague"),
        trailing=words("trailing"),
        trailing_kept=words("trailing_kept"),
        max_words=max_words,
        clause_cuts=words("clause_cuts"),
        amount_aside_leads=tuple(
            sorted((tuple(p.split()) for p in words("amount_aside_leads")), key=len, reverse=True)
        ),
        whole_clauses=words("whole_clauses"),
        joins=words("joins"),
        directions=words("directions"),
        ways_back=words("ways_back"),
        clause_objects=words("clause_objects"),
        amount_leads=words("amount_leads"),
        amount_manners=words("amount_manners"),
        clause_subjects=words("clause_subjects"),
        own_subjects=words("own_subjects"),
        thing_subjects=words("thing_subjects"),
        thing_leads=words("thing_leads"),
        infinitive_modals=words("modals_out"),
        additions=words("sign_goes_on"),
        span_units=words("span_units"),
        span_leads=words("span_leads"),
        span_each=words("span_each"),
        span_fillers=words("span_fillers"),
        tail_past=words("tail_past"),
        relative_heads=words("relative_heads"),
        relative_subjects=words("relative_subjects"),
        parallel_leads=words("parallel_leads"),
        consequence_leads=words("consequence_leads"),
        degree_words=words("degree_words"),
        paired_particles=words("paired_particles"),
        object_openers=words("object_openers"),
        unknown_present_endings=tuple(sorted(words("unknown_present_endings"))),
        plural_endings=words("plural_endings"),
        join_adverbs=words("join_adverbs"),
        adjective_forms=words("adjective_forms"),
        span_ends=frozenset(tuple(p.split()) for p in words("span_ends") if p.split()),
        stop_doings=frozenset(tuple(p.split()) for p in words("stop_doings") if p.split()),
        shown_subjects=words("shown_subjects"),
        shown_verbs=words("shown_verbs"),
        state_verbs=words("state_verbs"),
        state_endings=tuple(sorted(words("state_endings"))),
        state_feelings=words("state_feelings"),
        fragment_leads=words("fragment_leads"),
        fragment_counts=words("fragment_counts"),
        fragment_count_join=str(data.get("fragment_count_join") or ""),
        fragment_count_things=words("fragment_count_things"),
    )
