"""The goal's verb phrase in the citizen's own words, with its measures joined by unit kind.

"vil gerne ud at danse igen" gives "komme ud at danse igen"; "bage en kage til min søns
fødselsdag" stays as said. A measure joins by the kind of its unit ("gå 500 meter", "… i 20
minutter", "bære 2 kilo", "rejse mig fem gange", "gå op ad to etager"); a measure that cannot be
placed grammatically is returned as unplaced, never forced in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.content.grammar import NOUN_PART, Grammar, fold, nfc
from assistant.content.grammar import bare as _b
from assistant.nlp.grammar import definite_noun
from assistant.nlp.learner_phrases import person_owns
from assistant.nlp.narrowing import narrowed_at, spoken_narrowing
from assistant.nlp.negation_kept import negation_in_place
from assistant.nlp.signs import (
    definite_plural,
    spoken_appositions,
    spoken_examples,
    spoken_object_list,
    without_broken_marks,
    without_restatement,
    without_self_repair,
)
from assistant.nlp.visits import wished_visit

if TYPE_CHECKING:
    from assistant.content.goals import GoalTemplate, GoalTemplates

_EDGE = ",.;:!?"
_STEM_MIN = 3  # letters before a definite ending ("post|en"; "l|et" is an adjective)
THING_SLOT = "…"  # where the thing goes in a particle verb of noun_verbs ("tage … på")


def own_phrase(
    raw: str | None,
    template: GoalTemplate,
    templates: GoalTemplates,
    speaker: str | None = None,
    measured: bool = False,
) -> str | None:
    """Return the citizen's verb phrase ready for "Jeg vil kunne …", or None when unusable.

    None also when the phrase says no more than the activity's own verb (the template, which
    knows where a measure goes, is then better). An aid or helper said in the phrase stays in
    the person's words ("… med min rollator om natten uden at vække min kone"); the sentence
    then does not name it again.
    """
    g = templates.grammar
    if not raw:
        return None
    words = without_filler_phrases(without_broken_marks(str(raw).split(), g), g)
    words = spoken_narrowing(words, g)  # "gøre rent igen altså bare det lette": ", bare …"
    words = spoken_appositions(words, g)  # "mine ting øh syltetøjet og …": "ting, syltetøjet"
    words = spoken_object_list(words, g)  # "… til frokost igen rugbrød med …": "igen, rugbrød"
    words = spoken_examples(words, g)  # "… varm mad ikk sådan nogle frikadeller": "mad, nogle"
    words = without_restatement(words, g)  # "… ved kaffen altså selv læse den …"
    words = without_self_repair(words, g)  # "gå i bad selv øh tage et brusebad"
    words = [
        w
        for k, w in enumerate(words)
        if _b(w)
        and (
            _b(w) not in g.fillers  # "kunne nå bussen": after a modal the verb, no filler "nå"
            or (k and _b(words[k - 1]) in g.modals and _b(w) in g.short_infinitives)
            or ends_particle_phrase(words, k, g)  # "holde haven ved lige"
            or narrowed_at(words, k, g)  # "støvsuge igen, bare stuen"
        )
    ]
    words = [
        w
        for k, w in enumerate(words)
        if (_b(w) not in g.independence_words or _kept_alone(words, k, g))
        and not (  # "helt selv": the degree word goes with it ("helt alene" stays)
            _b(w) in g.independence_degrees
            and (
                k + 1 == len(words)
                or (_b(words[k + 1]) in g.independence_words and not _kept_alone(words, k + 1, g))
            )
        )
    ]  # ("… sådan helt" when the analyzer already left "selv" out)
    words = without_comment(words, g, measured_only=True)  # "… rundt om søen det er 3 km"
    words = without_run_on(words, g)  # "… til Ellas fødselsdag hun bliver fire"
    words = without_quote_tag(words, g)  # "… med Bjarne igen min datter siger …"
    words = without_others_story(words, g, speaker)  # "… frikadeller som Inger lavede dem"
    words = carers_by_place(words, g)  # "uden at de unge piger fra hjemmeplejen skal …"
    words = without_aid_source(words, templates.aid_forms, g)  # "… rokkekniv fra ergoterapeuten"
    while words and _b(words[0]) in g.can_forms | g.infinitive_markers:
        words = words[1:]
    words = _without_modal_hedge(words, g)  # "skulle vel komme ud at gå en tur"
    if len(words) > 1 and _b(words[0]) in g.generic_verbs and _b(words[1]) in g.pronoun_objects:
        # "klare det selv med en urinflaske" points back at the activity: its verb says what,
        # the rest stays ("gå på toilettet med en urinflaske"); nothing else: the template.
        rest = [w for w in words[2:] if _b(w) not in g.dangling or w is not words[-1]]
        if not rest or _says_only_the_template(rest, template, g, measured):
            return None
        words = [*template.verb.split(), *words[2:]]
    if tuple(_b(w) for w in words[:2]) in g.wish_for_others:
        visit = wished_visit(words[2:], g)  # "have at min veninde kommer": "få besøg af …"
        if visit:
            words = visit
        elif speaker == "citizen":
            return None  # "have at hjemmeplejen gør rent": someone else's doing, not the citizen's
        else:
            words = _what_they_wish_for(words[2:], g)  # "have at mor kan handle i kiosken"
        if not words:
            return None
    if speaker == "staff":
        words = _team_in_clause(words, g)  # "uden at vi skal komme": "uden at hjemmeplejen …"
    if speaker not in (None, "citizen"):
        words = _without_speakers_clause(words, g)  # before "sig" becomes "mig"
        if not words:
            return None
    # "sin" after a person is that person's only when "jeg" speaks ("give min søn sin gave"):
    # a relative's "mor vil give min datter sine smykker" binds it to the subject, the citizen
    cited = speaker in (None, "citizen")
    words = [g.first_person.get(_b(w), w)
             if _b(w) in g.reflexive_third and not (cited and person_owns(words, k, g)) else w
             for k, w in enumerate(words)]  # fmt: skip
    if speaker not in (None, "citizen"):  # a relative's "hendes barnebarn" is the citizen's
        words = [g.own_possessive if _b(w) in g.citizen_possessives else w for w in words]
        words = _citizen_after_relative_lead(words, g)
        words = citizen_in_clause(words, g)  # "… uden at nogen skal trække i hende": "i mig"

    while words and (words[-1].strip(_EDGE) == "" or _b(words[-1]) in g.dangling):
        if _stranded(words, g):
            break  # "… en kalender som jeg kan skrive i": the relative clause's own preposition
        if _particle_end(words, g):
            break  # "tage mine støttestrømper på": the verb's particle, no preposition cut short
        if len(words) > 2 and _b(words[-2]) in g.modals and words[-1].isalpha():
            break  # "uden at min nabo skal med": the modal's own particle ("skal med")
        if (
            len(words) > 2
            and _b(words[-1]) in g.pronoun_objects
            and g.is_infinitive(words[-2])
            and _b(words[-3]) in g.main_joins
        ):
            break  # "… og passe den", "… og tage den": the task's object, no article cut short
        words.pop()  # a phrase cut short ends on a whole word, not on "min" or "til"
    if not words:
        return None
    words[-1] = words[-1].rstrip(_EDGE)
    words = pointed_noun_definite(words, g)  # "skrive vægten ind i det hæfte": "i hæftet"
    if _b(words[0]) in g.negations:
        rest = [w for w in words[1:] if _b(w) not in g.negated_drop]
        if not rest or not g.is_infinitive(rest[0]):
            return None
        head, clause = split_clause(" ".join(rest), g)
        doing = _doing_of(clause, g)  # "ikke falde når jeg går rundt i huset"
        if doing:
            return g.without.format(verb=doing, phrase=head)
        verb = template.verb_without or g.without_verb
        return g.without.format(verb=verb, phrase=" ".join(rest))
    thing_verb = g.noun_verb(words)
    if thing_verb:  # "mine piller", "styr på mine piller": the thing said alone gets its verb
        words = _with_thing_verb(words, thing_verb, g)
    elif g.dish_verb and g.dish_at(words, 0):
        words = [g.dish_verb, *words]  # "kogte kartofler til aftensmaden": the dish made
    elif _b(words[0]) in g.motion_adverbs | g.place_leads and g.motion_verb:
        words = [g.motion_verb, *words]  # "ud at danse", "i torsdagscaféen igen"
    elif g.motion_verb and not g.is_infinitive(words[0]) and g.place_preposition(words[0]):
        # "svømmehallen igen": "komme i svømmehallen"; the walking card's "gå til spisesalen"
        lead = template.to_place.split() or [g.motion_verb, g.place_preposition(words[0])]
        # "Drivhuset.": a common noun's typed capital goes ("komme i drivhuset"); a name the
        # lemma table does not know keeps it ("Søndermarken")
        known = g.lemma_forms.get(nfc(words[0].strip(_EDGE)).lower())
        words = [*lead, _small(words[0]) if known else words[0], *words[1:]]
    words[0] = g.spoken_infinitives.get(_b(words[0]), words[0])  # "ha en fast plan"
    head = len(words) > 1 and _b(words[0]) in g.head_infinitives  # "så mine kartofler"
    if not (head or g.is_infinitive(words[0])):
        return None
    if _says_only_the_template(words, template, g, measured):
        return None
    return " ".join(words)


def _with_thing_verb(words: list[str], verb: str, g: Grammar) -> list[str]:
    """The thing said alone after the verb it goes with ("mine piller" → "tage mine piller");
    a particle verb ("tage … på") keeps its particle after the thing: "skoene" → "tage skoene
    på", "mine sko hver morgen" → "tage mine sko på hver morgen"."""
    before, _, after = verb.partition(THING_SLOT)
    k = 1 if len(words) > 1 and _b(words[0]) in g.possessive_words else 0
    # the thing is a word of the noun table, no name: an answer's typed capital goes ("Sko.")
    words = [_small(w) if i <= k else w for i, w in enumerate(words)]
    if not after.strip():
        return [*verb.replace(THING_SLOT, "").split(), *words]
    thing = words[: k + 1]
    thing[-1] = thing[-1].rstrip(_EDGE)
    owner = own_possessive_of(thing[-1], g) if k == 0 else None
    if owner:  # "sko selv": what one puts on is one's own ("tage mine sko på")
        thing = [owner, *thing]
    return [*before.split(), *thing, *after.split(), *words[k + 1 :]]


def _small(word: str) -> str:
    """The word with an answer's typed capital lowered ("Sko." → "sko.")."""
    core = word.rstrip(_EDGE)
    return word.lower() if core[:1].isupper() and core[1:] == core[1:].lower() else word


def own_possessive_of(noun: str, g: Grammar) -> str | None:
    """The citizen's own possessive agreeing with a bare noun ("sko" → "mine", "jakke" →
    "min", "tøj" → "mit") or a kin word ("oldebørn" → "mine", "barnebarn" → "mit", "tante" →
    "min"); None for a definite form ("skoene") or a word of no known gender."""
    row = next((r for r in g.possessives if r[0] == g.own_possessive), None)
    b = _b(noun)
    if row is None or not b.isalpha():
        return None
    kind = _kin_kind(b, g) or (g.noun_kind(b) if b in g.nouns else None)
    if b in g.unchanged_plurals or any(
        b.endswith(w) and len(b) - len(w) >= NOUN_PART for w in g.unchanged_plurals
    ):
        kind = "pl"  # "sko", "hjemmesko": a pair, the plural is the same word
    elif kind is None and b not in g.nouns:
        ends = sorted((e for kind, es in g.noun_endings if kind == "pl" for e in es
                       if not e.endswith("ne")), key=len, reverse=True)  # fmt: skip
        stem = next((b[: -len(e)] for e in ends if b.endswith(e)), "")
        if stem and (stem + "e" in g.nouns or stem in g.nouns):
            kind = "pl"  # "strømper": the plural of a known noun ("strømpe")
    return {"c": row[0], "n": row[1], "pl": row[2]}.get(kind or "")


def _kin_kind(b: str, g: Grammar) -> str | None:
    """pl for a kin word said in the plural ("oldeboern"), else n or c by its article for a kin
    word ("barnebarn", "tante": common unless the article says neuter); None for other words."""
    if b in g.reason_people_plurals:
        return "pl"
    if b not in g.kin_before_names:
        return None
    return "n" if g.is_neuter(b) else "c"


def _without_modal_hedge(words: list[str], g: Grammar) -> list[str]:
    """The phrase from its verb when it opens with a modal and a hedge ("skulle vel komme ud",
    "må nok gå"): the frame says the modal ("Jeg vil kunne komme ud")."""
    if len(words) < 3 or _b(words[0]) not in g.modals or _b(words[1]) not in g.modal_hedges:
        return words
    k = 1
    while k < len(words) and _b(words[k]) in g.modal_hedges:
        k += 1
    verb = words[k] if k < len(words) else ""
    if g.is_infinitive(verb) or _b(verb) in g.motion_adverbs:
        return words[k:]
    return words


def _citizen_after_relative_lead(words: list[str], g: Grammar) -> list[str]:
    """A relative's "… hver onsdag, som han gjorde før": the citizen in the citizen's goal is
    "jeg" ("som jeg gjorde før"); so in a relative clause without "som" ("på den gamle maskine
    hun kender", "lave den mad han kan lide": "… jeg kender", "… jeg kan lide")."""
    out = list(words)
    for i in range(1, len(out)):
        if _b(out[i]) in g.citizen_pronouns and (
            _b(out[i - 1]) in g.relative_leads or _bare_relative_subject(out, i, g)
        ):
            out[i] = g.self_subject
    return out


_RELATIVE_HEAD_REACH = 3  # words from the head to the clause's subject ("den gamle maskine hun")


def _bare_relative_subject(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] is the subject of a relative clause without "som": a relative head
    ("den", "de", "det") at most three words before, no lead or mark between, and a finite verb
    right after it or after one adverb ("den butik hun altid har brugt")."""
    before = words[max(0, i - _RELATIVE_HEAD_REACH) : i]
    if not any(_b(w) in g.run_on_relative_heads for w in before):
        return False
    if any(w[-1:] in _EDGE for w in before) or _b(words[i - 1]) in _leads(g):
        return False
    return any(_finite(w, g) for w in words[i + 1 : i + 3])


def _verbs_particle(words: list[str], g) -> bool:
    """True when the last word is a particle right after its verb ("uden at stå af", "gå ud"),
    or after the finite verb of a clause with its own subject ("uden at nogen går med", "…
    skal med"): the clause's verb phrase, no preposition left dangling."""
    if len(words) < 2 or _b(words[-2]) in g.dangling | g.function_words:
        return False
    if _b(words[-1]) in g.sign_particles | g.end_particles and g.is_infinitive(words[-2]):
        return True
    return _b(words[-1]) in g.motion_adverbs and _subject_clause_verb(words, len(words) - 2, g)


_CLAUSE_REACH = 3  # words from a clause's lead to its finite verb ("at min søn går")


def _subject_clause_verb(words: list[str], k: int, g) -> bool:
    """True when words[k] is a finite verb after its own subject in a clause opened by "at" or
    a when-lead just before ("uden at nogen går", "når de andre kører"), no mark between."""
    if not (g.is_present(words[k]) or _b(words[k]) in g.modals) or k < 2:
        return False
    leads = g.infinitive_markers | g.when_leads | g.condition_leads
    for j in range(k - 2, max(-1, k - 2 - _CLAUSE_REACH), -1):
        if words[j][-1:] in _EDGE:
            return False
        if _b(words[j]) in leads:
            return True
    return False


def _particle_end(words: list[str], g) -> bool:
    """True when the last word is the particle of the phrase's verb ("tage strømperne på",
    "… og klæde mig på"): a verb of particle_verbs first in its part, an object between."""
    if len(words) < 3 or _b(words[-1]) not in g.end_particles:
        return False
    starts = [k + 1 for k, w in enumerate(words[:-2]) if _b(w) in g.main_joins]
    # "… og klæde mig på": the last verb; an "og" between two objects starts no part ("få
    # mine sko og min frakke på": the particle is få's)
    verb = next((words[k] for k in reversed(starts) if g.is_infinitive(words[k])), words[0])
    return _b(verb) in g.particle_verbs


def _stranded(words: list[str], g: Grammar) -> bool:
    """True when the last word is a preposition a relative clause ends on ("som jeg kan
    skrive i", "der er til"): a relative lead earlier, a verb just before it."""
    if len(words) <= 3 or _b(words[-1]) in g.possessive_words | g.infinitive_markers:
        return False
    if g.is_infinitive(words[-2]):
        return any(_b(w) in g.relative_leads for w in words[1:-2])
    # "… skrubbe som ergoterapeuten kom med": a relative clause of three words, any verb form
    return _b(words[-4]) in g.relative_leads and _b(words[-2]) not in g.dangling


def _without_speakers_clause(words: list[str], g: Grammar) -> list[str]:
    """A relative's own "jeg"/"mig" in the phrase ("gå på toilettet uden at jeg skal stå op"):
    the clause with it is dropped; [] when the main phrase itself is about the relative. So is
    a clause with the family's "vi" ("… fra doseringsæsken uden at vi skal ringe"); one that
    says "sammen" has the citizen in it and stays."""
    head, clause = split_clause(" ".join(words), g)
    if any(_b(w) in g.speaker_self for w in head.split()):
        return _before_speakers_sentence(head.split(), g)
    said = {_b(w) for w in clause.split()}
    if said & g.speaker_self or (g.we_word in said and not said & g.together_words):
        return head.split()
    return words


def _team_in_clause(words: list[str], g: Grammar) -> list[str]:
    """A staff member's "vi" as the subject of a clause inside the wish ("skifte bind uden at vi
    skal komme hver gang"): the team by its name (staff_we_said), the clause the citizen's own
    way ("uden at hjemmeplejen skal komme …"). A phrase that says "sammen" has the citizen in
    it, and a clause with "os" too is the team's own: both stay as said."""
    head, clause = split_clause(" ".join(words), g)
    said = {_b(w) for w in clause.split()}
    if not g.staff_we_said or g.we_word not in said or said & g.staff_us:
        return words  # "uden at vi skal skynde os": the team's own clause, left to the rule after
    if {_b(w) for w in words} & g.together_words:
        return words
    team = [g.staff_we_said if _b(w) == g.we_word else w for w in clause.split()]
    return [*head.split(), *team]


def _before_speakers_sentence(words: list[str], g: Grammar) -> list[str]:
    """The phrase before a sentence of the relative's own run on after it, with no mark ("vaske
    sit hår selv igen nu er det mig der gør det", "hjælpe til i huset og det vil jeg også gerne
    have"): it opens with a finite verb after its first word ("nu er", "det vil"), no lead
    before them; [] when the relative is in the phrase itself ("ringe til mig")."""
    m = next(k for k, w in enumerate(words) if _b(w) in g.speaker_self)
    for k in range(m, 2, -1):
        finite = g.is_present(words[k]) or _b(words[k]) in g.modals
        # "og det vil jeg": a main clause of its own; "… når de kommer" is the wish's clause
        if finite and _b(words[k - 2]) not in _leads(g) - g.main_joins:
            head = words[: k - 1]
            while head and _b(head[-1]) in g.main_joins | g.dangling:
                head = head[:-1]
            return head if len(head) > 1 else []
    return []


def relative_of_noun(words: list[str], i: int, g: Grammar) -> bool:
    """True when the subject at i and its verb are a relative clause of the noun before it, its
    "som" left out: an article (maybe an adjective) and a noun, a comma, then the verb with no
    object before its own comma or the end, only a stranded preposition ("sidde ved ovnen den
    time, det tager, uden at gå ind", "finde det sted, hun kom til, og skrue op")."""
    if i < 2 or i + 1 >= len(words) or not words[i - 1].endswith(","):
        return False
    if words[i - 2][-1:] in ",.;:!?":
        return False
    # "den time,", "den halve dag,": an article, maybe an adjective, and the noun
    if not any(_b(w) in g.articles for w in words[max(0, i - 3) : i - 1]):
        return False
    if _b(words[i]) not in g.subject_pronouns or not g.is_finite(words[i + 1]):
        return False
    end = i + 2 if i + 2 < len(words) and _b(words[i + 2]) in g.stranded_prepositions else i + 1
    return words[end].endswith(",") or end + 1 == len(words)


def without_comment(words: list[str], g: Grammar, measured_only: bool = False) -> list[str]:
    """A sign or a wish without a comment said after it ("… og hjem igen det er en km", "… uden
    at gå i stå det tager vel en 5 minutter"); "uden at det gør ondt", "hvilken dag det er" are
    part of it. `measured_only`: only a comment that names an amount ("det er 3 km") goes."""
    for i in range(1, len(words) - 1):
        prev = _b(words[i - 1])
        if (
            _b(words[i]) in g.comment_subjects
            and g.is_present(words[i + 1])
            and not _is_unit(words[i + 1], g)  # "gå den kilometer fra skolen": a measure
            and (prev not in g.clause_joins | g.infinitive_markers or prev in g.main_joins)
            # "…, til den er sortlakeret": the sign's ("gå ned til det er …" a comment)
            and not (prev in g.comment_kept_after and i > 1 and words[i - 2].endswith(","))
            and not any(_b(w) in g.question_words for w in words[max(0, i - 3) : i])
            and not (measured_only and not _names_an_amount(words[i + 2 :], g))
            and not _counts_things(words[i + 2 :], g)
            and not _object_at_place(words, i, g)
            and not relative_of_noun(words, i, g)  # "den time, det tager, uden at …"
        ):
            head = words[: i - 1] if prev in g.main_joins else words[:i]
            # "… uden at nogen går med, det er ca 300 meter": a clause ended with a comma is
            # said whole; its last word ("med": along) stays
            ended = bool(head) and head[-1].endswith(",") and len(head) > 1
            while head and _b(head[-1]) in g.dangling and not _verbs_particle(head, g):
                if ended and (g.is_present(head[-2]) or g.is_infinitive(head[-2])):
                    break
                head = head[:-1]  # but "… uden at stå af det er tre km": "stå af" stays
            if head:
                head = [*head[:-1], head[-1].rstrip(",;:")]
            # "… og hjem igen det er en tre hundrede meter med højst to pauser": spoken on, the
            # way the sign is done after the comment's amount stays
            unit = _amount_end(words, i + 2, g)
            if head and unit is not None and _b(words[unit + 1]) in g.comment_way_leads:
                return [*head, *without_comment(words[unit + 1 :], g, measured_only)]
            # "… enden af molen det er vel tre hundrede meter og sidde der en time og …": a
            # deed joined after the amount goes on with the sign
            if head and unit is not None and _deed_joined(words, unit + 1, g):
                return [*head, *without_comment(words[unit + 1 :], g, measured_only)]
            # "… bådebroen, det er vel en 200 meter, og sidde og fiske en time": a comment
            # between commas; the sign goes on after it
            end = next((j for j in range(i, len(words) - 2) if words[j].endswith(",")), None)
            if head and end is not None and _b(words[end + 1]) in g.main_joins:
                return [*head, *without_comment(words[end + 1 :], g, measured_only)]
            if head and end is not None and _b(words[end + 1]) in g.comment_resume_leads:
                amount = words[i + 2 : end + 1]
                # "…, det er seks trapper, på en formiddag, uden at …": the sign goes on after
                # the amount, which stays beside it as said ("…, seks trapper, på en …")
                kept = amount if _plain_count(amount, words[i + 1], g) else []
                rest = without_comment(words[end + 1 :], g, measured_only)
                return [*head[:-1], head[-1] + ",", *kept, *rest] if kept else [*head, *rest]
            return head
    return words


def _deed_joined(words: list[str], k: int, g: Grammar) -> bool:
    """True when words[k] is a main join with an infinitive right after it ("og sidde"), no
    function word that looks like one ("og så")."""
    if k + 1 >= len(words) or _b(words[k]) not in g.main_joins:
        return False
    after = words[k + 1]  # "og så er jeg træt": "så" is no verb here
    return g.is_bare_infinitive(after) and _b(after) not in g.function_words | g.not_verbs


def _object_at_place(words: list[str], i: int, g: Grammar) -> bool:
    """True when the pronoun at i is the object of the verb before it and its "present" is a
    preposition before a place ("bruge den ved kassen", "læse den ved bordet"); "det ved jeg
    ikke" has a subject after it and is a comment."""
    verb, after = words[i - 1], words[i + 2] if i + 2 < len(words) else ""
    return (
        _b(words[i + 1]) in g.stranded_prepositions
        and bool(after)
        and _b(after) not in g.subject_pronouns
        and (g.is_infinitive(verb) or g.is_present(verb) or _participle(verb, g))
    )


def _participle(word: str, g: Grammar) -> bool:
    """True for a past participle the lemma table gives as a form of its verb ("brugt")."""
    verb = g.infinitive_of_participle(word)
    return bool(verb) and g.lemma_forms.get(nfc(word.strip(_EDGE)).lower()) == verb


def pointed_noun_definite(words: list[str], g: Grammar) -> list[str]:
    """A phrase that ends on a pointing article and its noun ("skrive vægten ind i det hæfte",
    its relative clause "…, han har fået fra hjerteambulatoriet" left out) says the noun in the
    definite ("ind i hæftet"): "det hæfte" alone points at nothing. The form is one the lemma
    table knows for the noun with the article's ending (grammar pointing_articles: "det" → "et",
    "spil" → "spillet"); with none, or a clause after the noun ("den mad jeg kan lide"), the
    phrase stays as said, and so does a fixed phrase of grammar pointing_fixed ("den slags")."""
    if len(words) < 3 or not words[-1].isalpha() or not words[-1].islower():
        return words
    ending = g.pointing_articles.get(_b(words[-2]))
    if not ending or f"{_b(words[-2])} {_b(words[-1])}" in g.pointing_fixed:
        return words  # "lysestager og den slags": a fixed phrase, no pointed thing
    noun = words[-1]
    forms = (noun + ending, noun + ending[1:], noun + noun[-1] + ending)
    said = next((f for f in forms if g.lemma_forms.get(f) == noun), None)
    return [*words[:-2], said] if said else words


def without_run_on(words: list[str], g: Grammar) -> list[str]:
    """The phrase before a spoken run-on (see starts_run_on): "se mine gamle kolleger igen vi
    var en flok …" → "se mine gamle kolleger igen"."""
    k = next((k for k in range(2, len(words) - 1) if starts_run_on(words, k, g)), len(words))
    return words[:k]


def without_quote_tag(words: list[str], g: Grammar) -> list[str]:
    """The phrase before who says it ("fiske med Bjarne igen min datter siger også …", "… igen
    siger hun", "… sagde lægen"): a verb of attribution_verbs with its subject before it (a
    possessive and a noun, a name, one of attribution_subjects) or right after it; what follows
    is the speaker's remark, not the wish. "gøre som lægen siger" (a lead before) stays."""
    said = [_b(w) for w in words]
    for j in range(2, len(words)):
        if said[j] not in g.attribution_verbs or words[j - 1][-1:] in ".!?":
            continue
        before = None
        if said[j - 1] in g.attribution_subjects | g.subject_pronouns:
            before = j - 1
        elif j > 2 and said[j - 2] in g.possessive_words:
            before = j - 2  # "min datter siger"
        elif words[j - 1][:1].isupper() and said[j - 1] not in g.function_words:
            before = j - 1  # "Lone siger"
        after = j + 1 < len(words) and (
            said[j + 1] in g.attribution_subjects | g.subject_pronouns | g.possessive_words
            or words[j + 1][:1].isupper()
        )  # "… siger hun", "… sagde min søn"
        start = next(
            (k for k in (before, j if after else None) if k and said[k - 1] not in _leads(g)),
            None,
        )
        if start is None or said[start - 1] in g.modals:
            continue
        head = words[:start]
        head[-1] = head[-1].rstrip(",;:")
        return head
    return words


def starts_run_on(words: Sequence[str], k: int, g: Grammar) -> bool:
    """True when a spoken run-on begins at words[k] (run_on_at), its subject told first
    included ("… hjem igen min nabo han går der": from "min")."""
    if run_on_at(words, k, g):
        return not (_b(words[k - 2]) in g.possessive_words and _b(words[k - 3]) not in _leads(g))
    return (
        k > 1
        and _b(words[k]) in g.possessive_words
        and _b(words[k - 1]) not in _leads(g)
        and run_on_at(words, k + 2, g)
    )


# id of a grammar → (that grammar, kept so the id is not reused; its leads): asked per word
_LEADS: dict[int, tuple[Grammar, frozenset[str]]] = {}


def _leads(g: Grammar) -> frozenset[str]:
    """The words after which no run-on begins: joins, "at", question words, relative leads, and
    the leads of a clause with its own subject ("før Bent ringer", "inden Karen kommer hjem")."""
    known = _LEADS.get(id(g))
    if known is None or known[0] is not g:
        leads = (
            g.clause_joins
            | g.infinitive_markers
            | g.question_words
            | g.relative_leads
            | g.dangling
            | g.subject_clause_leads
        )
        known = _LEADS[id(g)] = (g, leads)
    return known[1]


def run_on_leads(g: Grammar) -> frozenset[str]:
    """The words after which no spoken run-on begins ("til han døde", "når de kommer")."""
    return _leads(g)


def run_on_at(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True when a new sentence begins at words[i] without punctuation: a subject and its finite
    verb ("… igen vi var en flok", "… fodre fuglene igen der kommer mejser", "… min bror Poul han
    bor i Aalborg", a name: "… hilse på folk Bamse savner det"). A clause after a lead ("når de
    kommer", "hvor hun bor") or a relative clause without "som" ("den mad jeg kan lide") is
    none."""
    if i < 2 or i + 1 >= len(words):
        return False
    b, prev = _b(words[i]), _b(words[i - 1])
    subject = (
        b in g.run_on_subjects
        or (b in g.run_on_there and prev in g.run_on_there_after)
        or (words[i][:1].isupper() and words[i].isalpha() and b not in g.function_words)
        or _definite_subject(words, i, g)
    )
    if subject and words[i][:1].isupper() and g.is_bare_infinitive(words[i]):
        return False  # "… på torvet. Købe grøntsager, frugt, ost": a verb opens it, no name
    if not subject or prev in _leads(g) or prev in g.modals:
        return False
    if _genitive_object(words, i, g):
        return False  # "passe Aages roser": whose roses, no new subject
    if _named_subject_after_lead(words, i, g):
        return False  # "have at min gamle ven Bent kommer forbi": one subject, kin and name

    if _b(words[i - 2]) == fold(g.so_word) and _finite(words[i - 1], g):
        return False  # "… og så står de ved døren": the subject after its verb, no new sentence
    if any(_b(w) in g.run_on_relative_heads for w in words[max(0, i - 3) : i]):
        return False  # "lave den mad jeg kan lide": the relative clause without "som"
    return _finite(words[i + 1], g)


def _definite_subject(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True for a definite noun that opens a remark of its own ("… ved postkassen ikk posten
    kommer næsten ikke mere", "… i kirken igen præsten er ny"): not right after an infinitive,
    whose object it is ("høre fjernsynet kører"), nor after a pronoun it names ("som hun
    ergoterapeuten kom med"), nor a participle after its auxiliary ("har taget billeder")."""
    w, prev = words[i], words[i - 1].strip(_EDGE)
    if not (w.isalpha() and w.islower()) or g.is_infinitive(prev):
        return False
    if _b(prev) in g.run_on_subjects:
        return False  # "den lampe som hun ergoterapeuten kom med": the pronoun's apposition
    if (
        _b(prev) in g.perfect_auxiliaries
        and g.infinitive_of_participle(w)
        and not g.is_noun_form(w)
    ):
        return False  # "… og har taget billeder": the perfect's participle, no roof ("taget")
    # a definite singular's ending ("posten", "vejret"), no infinitive ("have") or adjective
    ends = g.singular_noun_endings
    stem = any(w.endswith(e) and len(w) - len(e) >= _STEM_MIN for e in ends)  # not "let"
    return stem and not g.is_infinitive(w) and definite_noun(w, g)


_NAMED_REACH = 2  # words from the possessive to the name's noun ("min gamle ven Bent")


def _named_subject_after_lead(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True for a name right after a word that a possessive after a clause lead opens ("at min
    gamle ven Bent kommer", "når hans bror Poul kommer"): the name is that subject's, said as
    kin and name, not a new sentence ("hilse på folk Bamse savner det", "… og hans chef Bent
    siger …" are one)."""
    if not words[i][:1].isupper() or _b(words[i - 1]) in g.function_words:
        return False
    for k in range(i - 2, max(0, i - 2 - _NAMED_REACH), -1):
        if words[k][-1:] in _EDGE:
            return False
        if _b(words[k]) in g.possessive_words:
            # "og hans gamle chef Bent siger …" after a main join may start a new sentence
            return k > 0 and _b(words[k - 1]) in _leads(g) - g.main_joins
    return False


def _genitive_object(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True for a name in the genitive right after an infinitive ("passe Aages roser", "vande
    Ingers blomster"): the owner of the verb's object, not the subject of a new sentence; a
    subject never follows an infinitive directly."""
    w = words[i].strip(_EDGE)
    return (
        w[:1].isupper()
        and len(w) > 2
        and w[-1:] in ("s", "'")
        and not g.is_noun_form(w)
        and g.is_infinitive(words[i - 1].strip(_EDGE))
    )


def without_told_clause(words: list[str], g: Grammar) -> list[str]:
    """A sign without the next sentence told after a comma ("pudse alle 8 vinduer, indvendig,
    udvendig tager vinduespudseren"): a part after a comma with its finite verb second is a main
    clause of its own ("…, når jeg er færdig", "…, fra jeg rører dejen" stay); run-ons go too."""
    leads = g.clause_joins | g.infinitive_markers | g.question_words | g.relative_leads
    for i in range(1, len(words)):
        if not words[i - 1].endswith((",", ".", ";", "!", "?")):
            continue  # "…, udvendig tager …" and "… indvendig. udvendig tager …" alike
        if any(_b(w) in g.run_on_relative_heads for w in words[max(0, i - 3) : i]):
            continue  # "gøre noget, jeg glæder mig til": a relative clause without "som"
        part = words[i : i + 2]
        if len(part) < 2 or part[0].endswith(",") or _b(part[0]) in leads | g.negations:
            continue  # "…, fra jeg rører dejen": a clause with its lead belongs to the sign
        if _b(part[0]) in g.joined_adverbs and _b(part[1]) in leads:
            continue  # "…, også når det er mørkt": an adverb before the lead ("når" no verb)
        if g.sign_without and _b(part[0]) == fold(g.sign_without):
            continue  # "…, uden pauser på vejen": the sign's point, "pauser" no finite verb
        if _b(part[1]) == g.be_word and _counts_things(words[i + 2 :], g):
            continue  # "spille en hel eftermiddag, det er 24 spil, …": the sign's own count
        digits = part[0].strip(_EDGE).isdigit()
        number = digits or _b(part[0]) in g.amount_words
        counted = _names_an_amount(part[1:], g) or _counted_noun(part[1], g)
        if number and (digits or counted):
            # "gå hele vejen derhen, 600 meter, og hjem igen", "stegt et helt fad sild, 12
            # stykker, og lagt dem i lage", "et helt sæt double, seks partier, uden at …": the
            # sign's amount, a count no subject
            continue
        if number and _b(part[1]) not in g.modals | g.perfect_auxiliaries | {g.be_word}:
            continue  # "med præludium, fem salmer og postludium": a counted noun the tables
            # lack ("salmer" read as a verb), no main clause of "fem"
        if part[1][:1].isupper():
            continue  # "…, finde Jupiter eller Saturn": a name in the sign, no finite verb
        if g.is_bare_infinitive(part[0]) and g.is_bare_infinitive(words[0]):
            continue  # "gå ned til volieren, fylde foder og vand …": the sign's list of doings
        if _finite(part[1], g):  # a main clause: its finite verb second ("udvendig tager …")
            head = words[:i]
            head[-1] = head[-1].rstrip(",.;!?")
            return without_run_on(head, g)
    return without_run_on(words, g)


def without_loose_end(words: list[str], g: Grammar) -> list[str]:
    """A sign cut inside its last clause never ends on the join, or the lone auxiliary after
    it, that led to the part cut ("… ud til fuglestationen og har" → "… ud til
    fuglestationen")."""
    out = list(words)
    joins = g.main_joins
    if len(out) > 2 and _b(out[-2]) in joins and _b(out[-1]) in g.perfect_auxiliaries | g.modals:
        out.pop()
    while len(out) > 1 and _b(out[-1]) in joins:
        out.pop()
    if out and len(out) < len(words):
        out[-1] = out[-1].rstrip(",;:")
    return out


def without_count(words: list[str], g: Grammar) -> list[str]:
    """A sign without a count said after it ("vande alle krukkerne der er seks af dem", "…
    der er 6"): "der", the verb "være" and an amount, then at most "af dem", tell how many
    there are, not what is done; "en stol der er to meter høj" says more and stays."""
    tail_words = g.function_words | g.object_pronouns | g.referring_pronouns
    for i in range(2, len(words) - 2):
        if _b(words[i]) not in g.run_on_there or _b(words[i + 1]) != g.be_word:
            continue
        amount = words[i + 2]
        if not (_b(amount) in g.amount_words or amount.strip(_EDGE).isdigit()):
            continue
        if all(_b(w) in tail_words for w in words[i + 3 :]):
            head = list(words[:i])
            head[-1] = head[-1].rstrip(",;:")
            return head
    return words


def without_others_way(words: list[str], g: Grammar) -> list[str]:
    """A sign without a clause after a comma that tells how someone else showed or did it
    ("…, som fysioterapeuten viste mig på sygehuset", "…, ligesom hun gjorde"): a story, not
    the sign. "…, som jeg plejer", "en stol, som kan hæves" (no other subject) stay."""
    for i in range(1, len(words) - 2):
        if not words[i - 1].endswith(",") or _b(words[i]) not in g.others_way_leads:
            continue
        who = words[i + 1]
        if _b(who) in g.own_words or _finite(who, g) or _b(who) in g.negations:
            continue
        head = list(words[:i])
        head[-1] = head[-1].rstrip(",")
        return head
    return words


def without_others_story(words: list[str], g: Grammar, speaker: str | None = None) -> list[str]:
    """A wish without a relative clause that tells what someone else did with its thing
    ("frikadeller som Inger lavede dem", "den lup lampe som hun ergoterapeuten kom med den står
    …"): another subject and a past verb after "som" are a story, not the goal; the wish's own
    "og <verb> …" after it goes on. "…, som jeg plejer", "som de andre gør" (no past) and
    "en stol som kan hæves" (no subject) stay, and so do "som han gjorde før" (a way, by
    grammar.way_past_verbs) and a relative's "som han …" (the citizen said in the third person)."""
    for i in range(2, len(words) - 2):
        if _b(words[i]) not in g.others_way_leads:
            continue
        own = g.own_words - g.possessive_words  # "som min kone lavede dem" is someone else
        who = words[i + 1]
        named = who[:1].isupper()  # "Inger": a name, whatever its ending
        if _b(who) in own or (_finite(who, g) and not named) or _b(who) in g.negations:
            continue
        if speaker not in (None, "citizen") and _b(who) in g.citizen_pronouns:
            continue
        verb = next((k for k in range(i + 2, min(len(words), i + 5)) if _finite(words[k], g)), None)
        if verb is None or not g.is_past(words[verb].strip(_EDGE)):
            continue
        if _b(words[verb]) in g.way_past_verbs:  # "som han gjorde før": how, no story
            continue
        if any(_b(w) in own for w in words[i + 1 : verb]):
            continue  # "som min kone og jeg gjorde": the citizen's own way
        rest = next(
            (
                k
                for k in range(verb + 1, len(words) - 1)
                if _b(words[k]) in g.main_joins and g.is_infinitive(words[k + 1])
            ),
            None,
        )  # "… som mor bagte dem og give dem til børnene": the wish goes on
        head = list(words[:i])
        head[-1] = head[-1].rstrip(",")
        definite = g.definite_singular(head[-1]) if len(head) > 2 else None
        if definite and _b(head[-2]) in g.pointing_articles:
            head[-2:] = [definite]  # "med den skrubbe som …": "med skrubben"
        return head + (list(words[rest:]) if rest is not None else [])
    return words


def finite_verb(word: str, g: Grammar) -> bool:
    """True for a finite verb ("kommer", "var", "kan"); "tallerkener", a known noun, is none."""
    return _finite(word, g)


def _finite(word: str, g: Grammar) -> bool:
    """True for a finite verb ("kommer", "var", "kan"); "tallerkener", a known noun, is none."""
    if _b(word) in g.modals or g.is_past(word):
        return True
    return g.is_present(word) and g.noun_kind(word) is None


def _counted_noun(word: str, g: Grammar) -> bool:
    """True for a noun's plural after a number word ("seks partier", "tre runder"): the lemma
    table knows its definite plural ("runderne"), which no finite verb ("er", "kører") has, or
    the dictionary knows it as a noun's plural only."""
    w = nfc(word.strip(_EDGE)).lower()
    lemma = g.lemma_forms.get(w, w)
    if fold(w) in g.counted_spans or fold(lemma) in g.counted_spans:
        return True  # "to nætter": spans of time, whatever the table says of "nætter"
    return w.isalpha() and (g.has_definite_plural(lemma) or g.is_dictionary_plural(w))


def _plain_count(amount: list[str], verb: str, g: Grammar) -> bool:
    """True for a comment "det er" + a number and its noun alone ("seks trapper,", "600
    meter,"): an amount the sign may keep beside it as said."""
    if _b(verb) != g.be_word or len(amount) != 2 or not amount[1].strip(_EDGE).isalpha():
        return False
    number = _b(amount[0]).strip(",.;:")
    return number.isdigit() or number in g.amount_words


def _counts_things(words: list[str], g: Grammar) -> bool:
    """True when a comment counts things of no measure unit in digits ("det er 24 spil", "det
    er 4 stoppesteder"): the sign's own count, which no measure holds; "det er 3 km" is not."""
    said = [_b(w).strip(",.;:") for w in words[:2]]
    if len(said) < 2 or not said[0].isdigit() or not said[1].isalpha():
        return False
    return not _names_an_amount(said[1:], g)


#: Words of a comment's amount read for its unit ("det er sådan en tre hundrede meter").
_AMOUNT_REACH = 6


def _amount_end(words: list[str], start: int, g: Grammar) -> int | None:
    """The index of the unit that ends a comment's amount starting at `start` ("vel en
    kilometer", "sådan en 400 meter"), with a word after it; None for none within reach or past
    a mark."""
    for j in range(start, min(len(words) - 1, start + _AMOUNT_REACH)):
        if _names_an_amount([words[j]], g) and not words[j].strip(_EDGE).isdigit():
            return None if words[j][-1:] in _EDGE else j
        if words[j][-1:] in _EDGE:
            return None
    return None


def _is_unit(word: str, g: Grammar) -> bool:
    """True for a unit of a measure kind ("kilometer", "meter"), which reads like a present
    verb in -er but is none."""
    return any(_b(word) in {fold(u) for u in k.units} for k in g.measure_kinds)


def _names_an_amount(words: list[str], g: Grammar) -> bool:
    """True when the words hold a number in digits or a unit ("3 km", "en halv time")."""
    units = {u for k in g.measure_kinds for u in k.units} | set().union(*g.unit_short.values())
    return any(
        any(c.isdigit() for c in w)
        or any(_b(w).startswith(fold(u)) for u in units if len(u) > 2)
        or _b(w) in units
        for w in words
    )


def ends_particle_phrase(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True when words[i] ends a fixed particle phrase whose last word is a filler elsewhere
    ("holde haven ved lige"): the word belongs to the verb."""
    for phrase in g.filler_particle_phrases:
        start = i + 1 - len(phrase)
        if start < 0 or any(w[-1:] in _EDGE for w in words[start:i]):
            continue
        if tuple(_b(w) for w in words[start : i + 1]) == phrase:
            return True
    return False


def without_filler_phrases(words: list[str], g: Grammar) -> list[str]:
    """Drop spoken fillers of several words ("støvsuge i hvert fald stuen"); one right after
    an object pronoun is its quantifier and stays ("til os begge to"), and so does one that
    says "at least" before an amount ("i hvert fald 20 minutter"). One that ends a sentence
    takes the comma before it along ("i Danmark, you know." → "i Danmark.")."""
    out, i = [], 0
    folded = [_b(w) for w in words]
    while i < len(words):
        hit = next((p for p in g.filler_phrases if tuple(folded[i : i + len(p)]) == p), None)
        after = folded[i + len(hit)] if hit and i + len(hit) < len(words) else ""
        amount = after.isdigit() or after in g.amount_words
        if hit and hit in g.amount_hedges and amount:
            hit = None
        if hit and _hedge_governs(words, folded, i + len(hit), g):
            hit = None  # "tænker jeg ikke på smerterne": the clause's verb, no hedge
        if hit and i and folded[i - 1] in g.tag_fronts and words[i - 1][-1:] not in _EDGE:
            hit = None  # "det ved du godt", "hvad tror jeg": the clause's own verb
        if hit and negation_in_place(words, i, len(hit), g):
            hit = None  # "lis skal ikke også have det på sig": the clause's negation
        if hit and not (
            hit in g.object_quantifiers and i and folded[i - 1] in g.quantified_objects
        ):
            i += len(hit)
            tail = words[i - 1][len(words[i - 1].rstrip(_EDGE)) :]
            if out and out[-1][-1:] == "," and (i == len(words) or tail[-1:] in tuple(".!?")):
                out[-1] = out[-1][:-1] + tail.lstrip(",")  # "i Danmark, you know." → "i Danmark."
            continue
        out.append(words[i])
        i += 1
    return out


def _hedge_governs(words: list[str], folded: list[str], k: int, g: Grammar) -> bool:
    """True when the words from k are what the hedge's verb governs ("… ikke på smerterne"),
    the hedge said on without a comma: the verb is the clause's own."""
    if k == 0 or words[k - 1][-1:] in _EDGE:
        return False
    if k < len(folded) and folded[k] in g.hedge_verb_negations:
        k += 1
    return k < len(folded) and folded[k] in g.hedge_verb_objects


def _what_they_wish_for(words: list[str], g: Grammar) -> list[str]:
    """A relative's "(have at) mor kan handle i kiosken", "han lærer at vaske sit tøj": the
    citizen's own verb phrase ("handle i kiosken", "lære at vaske sit tøj"), or [] when the
    clause is about someone else or has no verb."""
    k = 2 if words and _b(words[0]) in g.possessive_words else 1  # "mor", "han", "min mand"
    if len(words) <= k or (k == 1 and _b(words[0]) not in g.citizen_pronouns | g.citizen_words):
        return []  # "have at hjemmeplejen kommer" is no wish the citizen does
    while k < len(words) and _b(words[k]) in g.independence_words | g.negated_drop:
        k += 1  # "han selv kan …"
    if k >= len(words):
        return []
    if _b(words[k]) in g.can_forms:
        return words[k + 1 :]
    verb = g.infinitive_of(words[k])
    if not verb:
        return []
    rest = words[k + 1 :]  # "kommer ud og handler": "komme ud og handle"
    return [verb, *(_infinitive_after_og(rest, i, g) for i in range(len(rest)))]


def as_verb_phrase(words: list[str], g: Grammar, speaker: str | None = None) -> list[str]:
    """A sign told as a clause, as a verb phrase for "når jeg kan …": "at han er med hele
    gudstjenesten og deler salmebøgerne ud" → "være med … og dele salmebøgerne ud" (a relative's
    "han"/"hun" is the citizen); "oppe og har tøj på" (cut from "jeg er oppe") → "være oppe og
    have tøj på". Other words come back as they were."""
    relative = speaker not in (None, "citizen")
    # "at vi har lavet den færdig": the citizen with someone, the sign still the citizen's
    subjects = {g.self_subject, g.we_word} | (g.citizen_pronouns if relative else set())
    k = 1 if words and _b(words[0]) in g.infinitive_markers | g.when_leads else 0
    # "at han selv barberer sig", told back as "jeg selv barberer mig" (its "at" gone): the
    # subject's own "selv" says no more than the frame's
    selv = not k and len(words) > 1 and _b(words[0]) in g.independence_words
    if selv and g.is_present(words[1]):  # "selv barberer mig …": the subject cut off before it
        words = [g.self_subject, *words]
    told = not k and len(words) > 2 and _b(words[0]) == g.self_subject
    if (k or told) and len(words) > k + 1 and _b(words[k]) in subjects:
        rest = words[k + 1 :]
        while len(rest) > 1 and _b(rest[0]) in g.independence_words | g.stance_adverbs:
            rest = rest[1:]  # "at jeg rent faktisk går derned": "gå derned"
        if _b(rest[0]) in g.can_forms:
            return rest[1:] or words
        verb = g.infinitive_of(rest[0]) if g.is_present(rest[0]) else None
        if verb is None:
            return words
        words = [verb, *rest[1:]]
    elif words and _b(words[0]) in g.static_adverbs and g.be_word:
        be = g.infinitive_of(g.be_word)
        words = [be, *words] if be else words
    else:
        return words
    return [words[0], *(_infinitive_after_og(words[1:], i, g) for i in range(len(words) - 1))]


def result_clause(words: list[str], g: Grammar) -> list[str]:
    """A sign told as what is done, its subject a thing or someone else ("at den står færdig",
    "at sweateren er færdig", "når min sweater er færdig"): the clause after its lead, said
    after "når" ("den står færdig"); [] for any other sign. Run after as_verb_phrase, which
    makes the citizen's own clauses ("at jeg går …") verb phrases."""
    if len(words) < 3 or _b(words[0]) not in g.infinitive_markers | g.when_leads:
        return []
    k = 2 if _b(words[1]) in g.possessive_words else 1  # "at min sweater er færdig"
    if k + 1 >= len(words):
        return []
    if _b(words[k]) in {g.self_subject, g.we_word}:
        # "at jeg ikke glemmer den en eneste gang": a negated doing of one's own, left a clause
        said = [_b(w) for w in words[k + 1 : k + 3]]
        negated = len(said) == 2 and said[0] in g.negations and g.is_present(words[k + 2])
        return words[1:] if negated else []
    if g.is_present(words[k]) or not g.is_present(words[k + 1]):
        return _that_clause(words, g)
    return words[1:]


#: How far into a that-clause its finite verb may stand ("at alle knapperne er …", "at jeg ikke
#: glemmer …").
_THAT_SUBJECT_REACH = 3
_THAT_PLACE_REACH = 5  # more words when places follow the subject ("at rummet i æsken er …",
# "at alle planterne i stuen og på altanen er …")


def _that_clause(words: list[str], g: Grammar) -> list[str]:
    """A sign told as a that-clause with a subject of its own and a finite verb ("at alle
    knapperne er knappet rigtigt", "at jeg ikke glemmer den en eneste gang"): the clause after
    its lead, said after "når" ("når alle knapperne er knappet rigtigt"), never after a verb of
    a thing ("når jeg kan knappe at alle …"). [] when a verb phrase or modal comes first."""
    first = _b(words[1])
    if first in g.modals or (g.is_infinitive(words[1]) and first not in g.not_verbs):
        return []  # "at gå ned til bageren": a verb phrase, the wish's doing
    # "at rummet i pilleæsken er tomt": a place of the subject between it and its verb
    placed = len(words) > 4 and not g.is_infinitive(words[1])
    placed = placed and (_b(words[2]) in g.dangling or _b(words[3]) in g.dangling)
    reach = _THAT_SUBJECT_REACH + (_THAT_PLACE_REACH if placed else 0)
    if _b(words[1]) in g.articles:
        reach += 1  # "at det første album er færdigt": an article before the adjective
    j, counted = 2, 2
    while j < len(words) - 1 and counted <= reach:
        if _b(words[j]) in g.modals | g.infinitive_markers:
            return []
        if g.is_present(words[j]) or g.is_past(words[j]):
            return words[1:]
        j = after_apposition(words, j, g)  # "at det første album, det til Mathilde, er …"
        counted += 1
    return []


#: Words of an apposition set off by commas inside a that-clause's subject, at most.
_APPOSITION_MOST = 5  # "det til mit barnebarn Mathilde,"


def after_apposition(words: list[str], j: int, g: Grammar) -> int:
    """The next word to read after words[j]: past an apposition set off by commas that ends the
    subject ("album, det til Mathilde, er"), its finite verb right after it; else j + 1."""
    if not words[j].endswith(","):
        return j + 1
    for k in range(j + 1, min(len(words) - 1, j + 1 + _APPOSITION_MOST)):
        if words[k].endswith((".", "!", "?")):
            break
        if words[k].endswith(","):
            verb = words[k + 1]
            return k + 1 if g.is_present(verb) or g.is_past(verb) else j + 1
    return j + 1


def _kept_alone(words: list[str], k: int, g: Grammar) -> bool:
    """True for an "alene" the phrase keeps as said: of doing it on one's own ("tage toget
    alene", standing for the frame's "selv") or of being alone ("ikke sidde alene")."""
    return _b(words[k]) in g.alone_words


def together_goes_on(words: list[str], g: Grammar) -> list[str]:
    """A verb phrase that goes on with "og vi" and a present verb ("ringe Inger op og vi snakker
    sammen") goes on as a verb phrase: "vi" holds the citizen ("… og snakke sammen")."""
    if not words or not g.is_infinitive(words[0]):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        out.append(words[i])
        after = words[i + 2] if i + 2 < len(words) else ""
        if (
            _b(words[i]) == g.and_word
            and i + 2 < len(words)
            and _b(words[i + 1]) == fold(g.we_word)
            and g.is_present(after)
            and (verb := g.infinitive_of(after))
        ):
            end = next((j + 1 for j in range(i + 2, len(words)) if words[j][-1:] in _EDGE), None)
            end = end or len(words)
            if any(_b(w) in g.reciprocal_words for w in words[i + 3 : end]):
                # "…, og vi kan se og høre hinanden, uden at …": a doing of several, which
                # "når jeg kan …" cannot say; the clause goes
                out.pop()
                if out:
                    out[-1] = out[-1].rstrip(",;") + words[end - 1][
                        len(words[end - 1].rstrip(_EDGE)) :
                    ].replace(",", "")
                i = end
                continue
            if _b(after) in g.modals and i + 3 < len(words) and g.is_infinitive(words[i + 3]):
                i += 3  # "og vi kan snakke sammen": "og snakke sammen"
                continue
            out.append(verb + after[len(after.rstrip(_EDGE)) :])
            i += 3
            continue
        i += 1
    return out


def citizen_in_clause(words: list[str], g: Grammar) -> list[str]:
    """A relative's sign with a clause of someone else's doing: the citizen in it is the
    goal's "jeg" ("… uden at hans datter skal løfte ham" → "uden at min datter skal løfte mig",
    "…, som fysioterapeuten viste hende" → "…, som fysioterapeuten viste mig").
    Only when the clause names the citizen by one gender's possessive or object pronoun and not
    as its subject ("uden at hun skal hjælpe" may be anyone)."""
    folded = [_b(w) for w in words]
    start = next(
        (
            i
            for i in range(1, len(words))
            if any(tuple(folded[i : i + len(lead)]) == lead for lead, _mark in g.clause_leads)
            or (folded[i] in g.relative_leads and words[i - 1].endswith(","))  # ", som …"
        ),
        None,
    )
    if start is not None:  # "…, uden at hun skal have hjælp": the citizen, known as "hun"
        words = _citizen_subject(words, folded, start, g)
        folded = [_b(w) for w in words]
    if start is None or any(w in g.citizen_pronouns for w in folded[start:]):
        return words
    genders = [
        {possessive, *forms}
        for possessive, forms in g.citizen_by_possessive.items()
        if {possessive, *forms} & set(folded[start:])
    ]
    if len(genders) != 1:
        return words
    out = list(words)
    for i in range(start, len(words)):
        b, tail = folded[i], words[i][len(words[i].rstrip(_EDGE)) :]
        if b in genders[0] and b in g.citizen_possessives:
            out[i] = g.own_possessive + tail
        elif b in genders[0] and b in g.object_pronouns:
            out[i] = g.first_person.get(b, words[i]) + tail
    return out


_SUBJECT_REACH = 3  # words from a clause's lead to its subject ("uden at hun", "som hun")
_DEFINITE_PERSON = ("", "en", "n", "nen", "et")  # "datteren", "konen": a person word's forms


def _citizen_subject(words: list[str], folded: list[str], start: int, g: Grammar) -> list[str]:
    """A relative's sign whose clause at `start` has the citizen's own pronoun as its subject
    ("…, uden at hun skal have hjælp til at tælle brikkerne", the citizen known as "hun"): the
    goal's "jeg". Only when the citizen's gender is known, the clause does not also name them
    as an object ("uden at hun skal løfte hende": another does it) and no person of that gender
    is named before it ("… med min datter, uden at hun …")."""
    owned = [p for p in g.citizen_by_possessive if p in g.citizen_possessives]
    if len(owned) != 1:
        return words  # "han" or "hun": not known whose goal it is
    own = g.citizen_by_possessive[owned[0]]
    subjects = own & g.citizen_pronouns
    j = next(
        (k for k in range(start, min(len(words), start + _SUBJECT_REACH)) if folded[k] in subjects),
        None,
    )
    if j is None or any(w in own - subjects for w in folded[j + 1 :]):
        return words
    kin = g.others_by_possessive.get(owned[0], frozenset())
    if any(
        any(b.endswith(e) and b[: len(b) - len(e)] in kin for e in _DEFINITE_PERSON)
        or (k and words[k][:1].isupper())
        for k, b in enumerate(folded[:start])
    ):
        return words  # "sammen med min datter, uden at hun …": the daughter may be meant
    out = list(words)
    out[j] = g.first_person.get(folded[j], words[j]) + words[j][len(words[j].rstrip(_EDGE)) :]
    return out


_CARER_REACH = 3  # words of a carer told by who they are ("de unge piger") before "fra"
_DEFINITE = ("en", "et", "ene", "rne")  # "hjemmeplejen", "plejehjemmet": a place said definite


def carers_by_place(words: list[str], g: Grammar) -> list[str]:
    """Carers told by who they are and where they come from, as a clause's subject ("uden at
    de unge piger fra hjemmeplejen skal vaske mig", "når Lone fra kommunen kommer"): said by
    the place ("uden at hjemmeplejen skal vaske mig"); the goal names no carer."""
    out = list(words)
    i = 1
    while i < len(out) - 3:
        lead = _b(out[i - 1]) in g.infinitive_markers | g.when_leads | g.condition_leads
        j = next(
            (j for j in range(i + 1, min(len(out) - 2, i + 1 + _CARER_REACH))
             if _b(out[j]) in g.name_role_leads),
            None,
        )  # fmt: skip
        if not lead or j is None or any(w[-1:] in _EDGE for w in out[i:j]):
            i += 1
            continue
        who, place, verb = out[j - 1], out[j + 1], out[j + 2]
        named = who[:1].isupper() and who.isalpha()
        carer = _b(who) in g.carer_words or named
        there = place.isalpha() and place[:1].islower() and _b(place).endswith(_DEFINITE)
        if carer and there and (_b(verb) in g.modals or g.is_present(verb)):
            if _b(place) in g.neighbour_places and g.neighbour_written:
                # "når Ruth fra opgangen kommer": a neighbour, never "når opgangen kommer"
                out[i : j + 2] = g.neighbour_written.split()
            else:
                del out[i : j + 1]
        i += 1
    return out


def _names_aid(word: str, aid_forms: dict[str, frozenset[str]]) -> bool:
    """Whether a word names an aid, as a form or as the last part of a compound
    ("firehjulsrollatoren")."""
    said = _b(word)
    return any(
        said in forms or any(len(f) > 3 and said.endswith(f) for f in forms)
        for forms in aid_forms.values()
    )


def without_aid_source(
    words: list[str], aid_forms: dict[str, frozenset[str]], g: Grammar
) -> list[str]:
    """An aid told with where it came from ("med den rokkekniv fra ergoterapeuten", "med
    rollatoren fra kommunen"): the goal names the aid only ("med den rokkekniv"); the mark
    after the source stays ("… fra apoteket, så …" → "…, så …")."""
    out = list(words)
    i = 1
    while i < len(out) - 1:
        if _b(out[i]) not in g.name_role_leads or not _names_aid(out[i - 1], aid_forms):
            i += 1
            continue
        if out[i - 1][-1:] in _EDGE:
            i += 1
            continue  # "med stokken, fra kommunen kommer …": another clause
        j = i + 1
        if _b(out[j]) in g.articles and j + 1 < len(out):
            j += 1  # "fra den kommune"
        if _b(out[j]) not in g.aid_sources:
            i += 1
            continue
        end = out[j][len(out[j].rstrip(_EDGE)) :]
        out[i - 1] += end
        del out[i : j + 1]
    return out


def _infinitive_after_og(words: list[str], i: int, g: Grammar) -> str:
    """words[i], made infinitive when it is a present verb right after "og"."""
    if i == 0 or _b(words[i - 1]) != g.and_word:
        return words[i]
    return g.infinitive_of(words[i]) or words[i]


def _doing_of(clause: str, g: Grammar) -> str | None:
    """The doing a when-clause names ("når jeg går rundt i huset" → "gå rundt i huset")."""
    words = clause.lstrip(", ").split()
    if len(words) < 3 or _b(words[0]) not in g.when_leads:
        return None
    subject = _b(words[1])
    if subject != g.self_subject and subject not in g.citizen_pronouns:
        return None
    verb = g.infinitive_of(words[2])
    return " ".join([verb, *words[3:]]) if verb else None


def split_clause(action: str, g: Grammar) -> tuple[str, str]:
    """Split a verb phrase before a clause inside it ("gå i bad" / "uden at hjemmeplejen …")."""
    words = action.split()
    folded = [_b(w) for w in words]
    for i in range(1, len(words)):
        for lead, mark in g.clause_leads:
            if tuple(folded[i : i + len(lead)]) == lead and i + len(lead) < len(words):
                if i > 1 and folded[i - 1] in g.joined_adverbs and words[i - 2].endswith(","):
                    i -= 1  # "…, også når det er mørkt": the adverb opens the clause
                head = " ".join(words[:i]).rstrip(",")
                return head, " ".join([mark, *words[i:]]).strip()
    return action, ""


_APPOSITION_AFTER = 3  # words of a whole phrase before a list of its things ("lave min morgenmad")


def close_apposition(head: str, g: Grammar) -> str:
    """The head with a comma after a list of things said after its own comma, when more of the
    sentence follows ("lave min egen morgenmad igen, kaffe og et par stykker rugbrød, hver
    morgen"); a list of tasks ("…, give hende mad og gøre kattebakken ren") takes none."""
    return head + "," if apposition_of(head, g) else head


def apposition_of(head: str, g: Grammar) -> str:
    """The list of things said after the phrase's own comma ("kaffe og et par stykker rugbrød"
    in "lave min egen morgenmad igen, kaffe og …"), or "" when there is none."""
    added = said_after_comma(head, g)
    if not added:
        return ""
    words = [_b(w) for w in added.split()]
    tasks = (
        g.is_infinitive(words[0])
        and any(
            a == _b(g.and_word)
            and g.is_infinitive(b)
            and g.noun_kind(b) is None
            and not definite_plural(b)  # "pelargonierne og tomaterne": things
            for a, b in zip(words, words[1:], strict=False)
        )
    )
    return "" if tasks else added


def said_after_comma(head: str, g: Grammar) -> str:
    """What a phrase adds after its own comma, things or tasks ("kaffe og rugbrød" in "lave min
    egen morgenmad igen, kaffe og rugbrød", "give hende mad og …" in "passe min kat igen, give
    hende mad og …"), or "" when there is none."""
    parts = head.split(", ")
    if len(parts) < 2 or head.endswith(",") or len(parts[0].split()) < _APPOSITION_AFTER:
        return ""  # "få skjorte, bukser og strømper på": the list is the phrase's own object
    if _b(parts[-1].split()[0]) == _b(g.and_word):
        return ""  # "…, vaske mig over det hele og håret, og komme trygt ud igen"
    if _b(parts[-1].split()[0]) in g.question_words:
        return ""  # "… og høre, hvad folk siger": the question is the verb's object
    return parts[-1]


_INFLECTED = 4  # letters an inflection adds to a word at most ("vaske" → "vaskede")


def _says_only_the_template(
    words: list[str], template: GoalTemplate, g: Grammar, measured: bool = False
) -> bool:
    """True when the phrase says no more than the template (with a measure: its measure frame,
    "gå op ad to etager", whose words then count as the template's)."""
    frame = template.with_measure or "" if measured else ""
    known = [_b(w) for w in f"{template.verb} {frame}".split()]
    known = [k for k in known if k and k != "{measure}"]
    for w in words:
        b = _b(w)
        if (b in g.function_words or b in g.fillers) and b not in g.motion_adverbs | (
            g.comparative_amounts  # "have mere overskud" says more than "have overskud"
        ):
            continue  # "gå op ad trappen" says more than "gå på trapper": "op" counts
        # an inflection of a template's word ("tøjet", "vasker"), not a compound that opens
        # with one ("vaskemaskinen" says more than "vaske tøj")
        if not any(
            b[:4] == k[:4] and len(k) >= min(3, len(b)) and len(b) - len(k) <= _INFLECTED
            for k in known
        ):
            return False
    return True


def _has_measure(words: list[str], measure: dict, number: str, g: Grammar | None = None) -> bool:
    """True when the phrase already says the measure ("gå en tur på 500 meter", "gå 2 km")."""
    function_words = g.function_words if g else frozenset()
    short = g.unit_short.get(str(measure.get("unit")), frozenset()) if g else frozenset()
    whole = fold(str(measure.get("unit") or ""))
    unit = whole[:3]
    value = measure.get("value")
    said = {fold(number), f"{value:g}" if isinstance(value, (int, float)) else str(value)}
    if isinstance(value, float) and not value.is_integer():  # "1,5 km", "1½ kilometer"
        said |= {f"{value:g}".replace(".", ","), f"{int(value) or ''}½" if value % 1 == 0.5 else ""}
    for i, w in enumerate(words[:-1]):
        nxt = _b(words[i + 1])
        if _b(w) in said and (nxt.startswith(unit) or nxt in short):
            return True
        if whole and nxt.startswith(whole) and _b(w).isalpha() and _b(w) not in function_words:
            return True  # "gå de fjorten trin ned": the amount said in words, the same unit
    return False


def _later_deed(words: list[str], kind, g: Grammar) -> int:
    """The place of a later deed's verb in a list of deeds that takes the measure's kind ("…, og
    selv gå fra stationen hen til lejligheden"): after a comma or the join, "selv" maybe
    between, and a way after it; 0 when none is, or the first verb takes no way of its own."""
    for k in range(2, len(words) - 1):
        before = _b(words[k - 1])
        if before in g.pre_modal_adverbs and k > 2:
            before = _b(words[k - 2]) if not words[k - 2].endswith(",") else ","
        joined = words[k - 1].endswith(",") or before in (g.and_word, ",")
        if not joined or _b(words[k]) not in kind.after_verbs:
            continue
        if _b(words[k + 1]) in kind.way_leads or _b(words[k + 1]) in g.way_prepositions:
            return k
    return 0


def place_measures(
    phrase: str, measures: list[tuple[dict, str]], g: Grammar, motion: bool = False
) -> tuple[str, list[str]]:
    """Join each (measure, its words) into the phrase by unit kind; return (phrase, unplaced).

    With `motion` a distance also follows "komme" and its way ("komme de 800 meter ned i
    klubben"), a last resort when no phrase has a verb the measure goes with."""
    words = phrase.split()
    ones = {said for measure, said in measures if measure.get("value") == 1}
    unplaced: list[str] = []
    by_kind: dict[str, list[str]] = {}
    kinds = {}
    for measure, said in measures:
        if _has_measure(words, measure, said.split()[0] if said else "", g):
            continue
        kind = g.kind_of_unit(measure.get("unit"))
        if kind is None:
            unplaced.append(said)
            continue
        kinds[kind.name] = kind
        by_kind.setdefault(kind.name, []).append(said)
    for name, saids in by_kind.items():
        kind, said = kinds[name], f" {g.and_word} ".join(saids)
        verb = _b(words[0]) if words else ""
        nxt = _b(words[1]) if len(words) > 1 else ""
        # "gå en tur", "gå tur", "gå min tur": the walk's noun in the first words after the verb
        tur = next((k for k in (1, 2, 3) if k < len(words) and _b(words[k]) in kind.tur_words), 0)
        # "køre min bil": an object of the verb's own, no walk, takes no measure before it
        fits = (bool(tur) or nxt not in kind.not_before) and (
            not nxt or not kind.only_before or nxt in kind.only_before
        )
        rest = {_b(w) for w in words[2:]}
        own_way = nxt not in kind.not_before and not rest.isdisjoint(kind.not_before)
        if kind.own_way and own_way and not rest.isdisjoint(kind.own_way):
            unplaced.extend(saids)  # "gå hele trappen op til første sal": its way is said
        elif kind.after_verbs and verb in kind.after_verbs and fits:
            if kind.after_tur and tur:
                words[tur + 1 : tur + 1] = kind.after_tur.format(measure=said).split()
            else:
                inserted = kind.insert.format(measure=said).split()
                if nxt in kind.way_leads and nxt in {_b(w) for w in inserted}:
                    del words[1]  # "gå ud med skraldet" + "20 meter ud til containeren": one "ud"
                words[1:1] = inserted
        elif kind.insert_not_before and verb in kind.after_verbs and nxt in kind.not_before:
            words[1:1] = kind.insert_not_before.format(measure=said).split()  # "gå tre etager
            # ned ad trapperne og op igen"
        elif kind.append and (not kind.append_verbs or verb in kind.append_verbs):
            words.extend(kind.append.format(measure=said).split())
        elif not motion and (later := _later_deed(words, kind, g)):
            # "komme op og ned af toget, …, og selv gå fra stationen hen til …" + "300 meter":
            # the distance is the walk's, a later deed of the list ("selv gå 300 meter fra …")
            words[later + 1 : later + 1] = kind.insert.format(measure=said).split()
        elif motion and verb in kind.motion_verbs and nxt in kind.motion_before:
            one = len(saids) == 1 and saids[0] in ones and kind.insert_motion_one
            words[1:1] = (one or kind.insert_motion).format(measure=said).split()
        else:
            unplaced.extend(saids)
    return " ".join(words), unplaced
