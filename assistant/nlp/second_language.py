"""Second-language Danish written as Danish in a goal sentence: the small words and endings a
learner leaves out ("gå kaffehus", "snakke damerne", "vente på sygeplejerske", "alle pille"),
a possessed singular meant as the plural ("min pille" beside "alle piller"), a manner said
without its adverb ending ("lægge alle piller rigtig") and a weekday typed with a capital inside
a sentence."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b

_CLAUSE_ENDS = ".!?:"
COORDINATED_REACH = 2  # words of an object between a verb and "og" and a second verb


def _with_case(new: str, old: str) -> str:
    """`new` with the capital and trailing punctuation of `old`."""
    core = old.rstrip(EDGE)
    if core[:1].isupper():
        new = new[:1].upper() + new[1:]
    return new + old[len(core) :]


def weekdays_lowered(words: list[str], g: Grammar) -> list[str]:
    """A weekday typed with a capital inside a sentence, written small ("med venner Tirsdag og
    torsdag" → "tirsdag og torsdag"); one opening a sentence keeps it."""
    out = list(words)
    for i in range(1, len(out)):
        core = out[i].rstrip(EDGE)
        if not (core[:1].isupper() and core[1:].islower()) or out[i - 1][-1:] in _CLAUSE_ENDS:
            continue
        if _b(core) in g.time_of_day_bare:
            out[i] = out[i][:1].lower() + out[i][1:]
    return out


def _people(words: list[str], k: int, g: Grammar) -> bool:
    """True when the people start at k: a definite plural ("damerne"), a plural of people
    ("venner") or a possessive before one or a kin word ("mine venner", "min datter")."""
    word = words[k].rstrip(EDGE)
    if not word.isalpha() or not word.islower():
        return False
    b = _b(word)
    if b in g.possessive_words:
        after = _b(words[k + 1]) if k + 1 < len(words) else ""
        return after in g.reason_people_plurals | g.kin_before_names | g.citizen_words
    if b in g.reason_people_plurals:
        return True
    lemma = g.lemma_forms.get(word)  # "damerne": "dame", "vennerne": "ven"
    return bool(lemma and lemma != word and b.endswith(g.reason_people_ends))


def people_prepositions(words: list[str], g: Grammar) -> list[str]:
    """A verb of talking or being with someone said straight before the people takes its
    preposition ("så jeg kan snakke damerne" → "snakke med damerne", "tale min datter" → "tale
    med min datter"); a verb with its preposition or a fragment of its own stays as said."""
    if not g.people_verb_prepositions:
        return words
    out = list(words)
    for i in range(len(out) - 2, -1, -1):
        prep = g.people_verb_prepositions.get(_b(out[i]))
        if prep and out[i][-1:] not in EDGE and _people(out, i + 1, g):
            out.insert(i + 1, prep)
    return out


THING_REACH = 2  # words of the game or dance between the verb and "og" ("spille kort")


def company_after_thing(words: list[str], g: Grammar) -> list[str]:
    """A verb of company_verbs, its thing (a word or two of no people) and the people joined by
    "og" ("spille yatzy og damerne hver tirsdag" → "spille yatzy med damerne …"): the people are
    the company, after the verb's word for it; not people with a verb of their own after them."""
    if not g.company_verbs:
        return words
    out = list(words)
    for i in range(len(out) - 3):
        word = g.company_verbs.get(_b(out[i]))
        if not word or out[i][-1:] in EDGE:
            continue
        for k in range(i + 2, min(len(out) - 1, i + 2 + THING_REACH)):
            thing = out[i + 1 : k]
            if any(t[-1:] in EDGE or _people(out, j, g) for j, t in enumerate(thing, i + 1)):
                break
            # not "… og børnene spiller bold": the people's own clause
            own = k + 2 < len(out) and out[k + 1][-1:] not in EDGE and g.is_present(out[k + 2])
            if _b(out[k]) == _b(g.and_word) and not own and _people(out, k + 1, g):
                out[k] = word
                break
    return out


def _place_noun(word: str, g: Grammar, bare_noun) -> bool:
    """True for a bare singular noun (by `bare_noun(word, g)`) of a place one goes to
    ("kaffehus", "bibliotek"): no walk ("tur"), way ("trappe"), idiom said bare ("kirke") or
    weekday."""
    if not bare_noun(word, g):
        return False
    b = _b(word)
    if b in g.article_after_verb or b in g.bare_after_prepositions or b in g.time_of_day_bare:
        return False
    return not any(b == w or b.endswith(w) for w in g.way_nouns)


def places_after_going(words: list[str], g: Grammar, ends, bare_noun) -> list[str]:
    """A verb of going said straight before a common place, maybe "selv" between ("gå kaffehus
    igen", "gå selv kaffehus, 400 meter", "gå moské fredag"), takes its direction and the place
    its definite form ("gå til kaffehuset igen", "gå selv til kaffehuset", "gå til moskéen
    fredag"); `ends(words, k, g)` tells whether the noun at k ends its phrase, `bare_noun(word,
    g)` whether a word is a bare singular noun."""
    if not g.name_direction:
        return words
    out = list(words)
    for i in range(len(out) - 2, -1, -1):
        if _b(out[i]) not in g.name_direction_verbs or out[i][-1:] in EDGE:
            continue
        k = i + 1
        if _b(out[k]) in g.place_direction_between and out[k][-1:] not in EDGE:
            k += 1
        if k >= len(out) or not _place_noun(out[k], g, bare_noun):
            continue
        if ends(out, k, g) or _day_after(out, k, g):
            out[k] = _with_case(g.definite_singular(out[k]) or out[k], out[k])
            out.insert(k, g.name_direction)
    return out


def _day_after(words: list[str], k: int, g: Grammar) -> bool:
    """True when a lone weekday follows the place at k ("gå moské fredag med …"): when one goes
    there, no part of the place's name."""
    return (
        k + 1 < len(words) and words[k][-1:] not in EDGE and _b(words[k + 1]) in g.time_of_day_bare
    )


def roles_definite(words: list[str], g: Grammar, ends) -> list[str]:
    """A role said bare after a preposition of role_definite_after is the one who comes, in
    its definite form ("vente på sygeplejerske" → "vente på sygeplejersken", "træne med
    fysioterapeut" → "med fysioterapeuten"); "min sygeplejerske" or "en læge" stays."""
    out = list(words)
    for i in range(1, len(out)):
        lead, word = out[i - 1], out[i]
        if lead[-1:] in EDGE or _b(lead) not in g.role_definite_after:
            continue
        if word.rstrip(EDGE).islower() and _b(word) in g.role_nouns and ends(out, i, g):
            out[i] = _with_case(g.definite_singular(word) or word.rstrip(EDGE), word)
    return out


def _role(word: str, g: Grammar) -> bool:
    """True for a role of role_nouns or a compound ending in one ("buschauffør")."""
    b = _b(word)
    return any(b == r or (b.endswith(r) and len(b) - len(r) > 2) for r in g.role_nouns)


def role_subjects(words: list[str], g: Grammar) -> list[str]:
    """A role said bare as the subject of a reason after a lead of infinitive_subject_leads, its
    verb next (past a negation or an adverb), is the one known, in its definite form and small
    letters ("fordi Frisør er min ven" → "fordi frisøren er min ven", "da læge ikke vil …" → "da
    lægen ikke vil …"); "min frisør", "en læge" or a title before a name stays."""
    out = list(words)
    for i in range(1, len(out) - 1):
        lead, word = out[i - 1], out[i]
        if lead[-1:] in EDGE or _b(lead) not in g.infinitive_subject_leads:
            continue
        core = word.rstrip(EDGE)
        if core != word or not core.isalpha() or not (core.islower() or core.istitle()):
            continue
        if _b(core) in g.person_names or not _role(core, g):
            continue
        k = i + 1
        while k < len(out) - 1 and _b(out[k]) in g.negations | g.clause_adverbs:
            k += 1
        definite = g.definite_singular(core.lower())
        if definite and g.is_present(out[k]):
            out[i] = definite
    return out


def quantified_plurals(words: list[str], g: Grammar) -> list[str]:
    """A bare singular count noun after "alle", "mange" or "begge" in its plural ("lægge alle
    pille rigtigt" → "alle piller", "mange gang" → "mange gange")."""
    out = list(words)
    for i in range(1, len(out)):
        if out[i - 1][-1:] in EDGE or _b(out[i - 1]) not in g.plural_quantifiers:
            continue
        core = out[i].rstrip(EDGE)
        if not (core.isalpha() and core.islower()):
            continue
        if not (g.noun_class(core) or "").endswith("+"):
            continue
        plural = g.plural_of(core)
        if plural:
            out[i] = _with_case(plural, out[i])
    return out


def _bare_verb(word: str, g: Grammar, verb_lemma) -> bool:
    """True for an infinitive said as a finite verb ("spise", "lave", "hjælpe") of the verb
    table, no modal ("kunne"), past tense or noun."""
    if not word.isalpha() or not word.islower() or not g.is_infinitive(word):
        return False
    if _b(word) in g.modals or g.is_past(word) or _b(word) in g.not_verbs:
        return False
    if g.infinitive_of_preterite(word):
        return False  # "min mand døde", "de spiste": a past by the lemma table, not bare
    return verb_lemma(word, g)


def _feeling_plural(adjective: str, g: Grammar) -> str:
    """The plural of a feeling ("glad" → "glade", "træt" → "trætte"), as said when unknown."""
    for form in (adjective + "e", adjective + adjective[-1:] + "e"):
        if g.lemma_forms.get(fold(form)) == fold(adjective):
            return form
    return g.plural_adjectives.get(fold(adjective), adjective)


def bare_verbs_after_subjects(words: list[str], g: Grammar, verb_lemma) -> list[str]:
    """A verb left bare after its subject (bare_verb_subjects), maybe past a negation or an
    adverb, in the present tense ("de spise mit brød" → "de spiser", "jeg selv rulle ud" →
    "jeg selv ruller ud"), and a feeling said with no "er" given one ("de glad" → "de er
    glade"); an inverted subject after a verb ("kan jeg gå", not "når jeg") keeps its
    infinitive, and "de"
    before a plural noun is an article ("de lave stole")."""
    out = list(words)
    for i in range(len(out) - 1):
        subject = out[i]
        number = g.bare_verb_subjects.get(fold(subject.lower()))
        if number is None or subject[-1:] in EDGE:
            continue
        before = _b(out[i - 1]) if i and out[i - 1][-1:] not in EDGE else ""
        inverted = before in g.modals or g.is_present(before) or g.is_past(before)
        if before and inverted and before not in g.reason_cuts:
            continue  # "så kan jeg gå", "vil de spise": an inverted subject
        k = i + 1
        while (
            k < len(out) - 1
            and out[k - 1][-1:] not in EDGE
            and (_b(out[k]) in g.negations | g.clause_adverbs)
        ):
            k += 1
        if out[k - 1][-1:] in EDGE and k > i + 1:
            continue
        word = out[k].rstrip(EDGE)
        nxt = out[k + 1] if k + 1 < len(out) and out[k][-1:] not in EDGE else ""
        # "jeg alene hjemme hele dag": a state, unless a verb follows ("jeg alene gå", "når
        # jeg ude kan …")
        after = nxt.rstrip(EDGE)
        verb = _bare_verb(after, g, verb_lemma) or _b(after) in g.modals or g.is_present(after)
        state = _b(word) in g.be_states and not (verb or g.is_past(after))
        if (_b(word) in g.predicate_adjectives or state) and k == i + 1 and g.be_word:
            feeling = _feeling_plural(word, g) if number == "pl" else word
            out[k] = g.be_word + " " + feeling + out[k][len(word) :]
            continue
        if number == "pl" and nxt and g.noun_kind(nxt) == "pl":
            continue  # "de lave stole": an article and an adjective
        # a plural subject may be an article ("de lange klemmer"): only a plain verb after it
        if (_subject_verb if number == "sg" else _bare_verb)(word, g, verb_lemma):
            out[k] = g.present_of(word) + out[k][len(word) :]
            if (j := _joined_bare_verb(out, k, g, verb_lemma)) is not None:
                out[j] = g.present_of(out[j].rstrip(EDGE)) + out[j][len(out[j].rstrip(EDGE)) :]
    return out


def _joined_bare_verb(words: list[str], k: int, g: Grammar, verb_lemma) -> int | None:
    """Where a second bare verb stands that "og", "eller" or "men" joins to the finite verb at
    k, past at most COORDINATED_REACH words of its object in the same clause ("vi snakke og
    grine", "jeg drikke kaffe og læse avis"); None when none does, or an infinitive mark or a
    modal stands between ("de prøve at gå og handle": the infinitive's)."""
    for j in range(k + 1, min(k + 2 + COORDINATED_REACH, len(words) - 1)):
        if words[j - 1][-1:] in EDGE:
            return None
        said = _b(words[j])
        if said in g.infinitive_markers or said in g.modals:
            return None
        if said in g.main_joins:
            nxt = words[j + 1].rstrip(EDGE)
            return j + 1 if _joined_verb(nxt, g, verb_lemma) else None
    return None


def _joined_verb(word: str, g: Grammar, verb_lemma) -> bool:
    """True for a bare verb joined to a finite one: one of the verb table, or any infinitive
    of no noun the tables know ("grine" in "vi snakker og grine"; "og kage" is a noun)."""
    if _bare_verb(word, g, verb_lemma):
        return True
    if not word.isalpha() or not word.islower() or not g.is_infinitive(word):
        return False
    if _b(word) in g.modals | g.not_verbs or g.is_past(word):
        return False
    return g.noun_kind(word) is None and g.noun_class(word) is None


def kin_subjects(words: list[str], g: Grammar, verb_lemma) -> list[str]:
    """A kin word said bare as the subject at a sentence's or clause's start (bare_kin_subjects),
    its bare verb next (past a negation or an adverb), with the citizen's possessive and the verb
    in the present ("familie komme søndag" → "min familie kommer søndag", "fordi børnebørn elske
    …" → "fordi mine børnebørn elsker …"); "min datter", "han ringe datter" stay."""
    out = list(words)
    for i in range(len(out) - 1):
        core = out[i].rstrip(EDGE)
        written = g.bare_kin_subjects.get(fold(core.lower()))
        if written is None or core != out[i] or not core.isalpha():
            continue
        before = out[i - 1] if i else "."
        if before[-1:] not in EDGE and _b(before) not in g.reason_cuts | g.infinitive_subject_leads:
            continue
        k = i + 1
        while k < len(out) - 1 and out[k - 1][-1:] not in EDGE and _b(out[k]) in g.negations:
            k += 1
        word = out[k].rstrip(EDGE)
        if out[k - 1][-1:] in EDGE:
            continue
        finite = g.is_present(word) or _b(word) in g.modals
        if finite and _plural_owner(written, g):
            continue  # "fordi børn må ikke glemme …": a bare plural with its verb is generic
        if _bare_verb(word, g, verb_lemma):
            out[k] = g.present_of(word) + out[k][len(word) :]
        elif not finite:
            continue  # "Datter ikke skal …": its verb finite, the possessive still wanting
        # the noun as said ("boerneboern" typed without æøå stays so), its possessive before it
        out[i] = _with_case(" ".join([*written.split()[:-1], core.lower()]), out[i])
    return out


def _plural_owner(written: str, g: Grammar) -> bool:
    """True when a kin word's written form opens with a plural possessive ("mine børn")."""
    return len(written.split()) > 1 and _b(written.split()[0]) in {_b(p[2]) for p in g.possessives}


def owned_subjects(words: list[str], g: Grammar, verb_lemma) -> list[str]:
    """An owned noun as the subject at a sentence's or clause's start ("min mor", "hendes
    børn"), its verb said bare next (past a negation), in the present ("fordi min mor lave
    pierogi" → "min mor laver pierogi", "Min søn ikke komme" → "ikke kommer", "min far altid
    sige" → "altid siger"); "hjælpe min mor lave mad" (no clause's start) stays."""
    out = list(words)
    for i in range(len(out) - 2):
        if _b(out[i]) not in g.possessive_words or out[i][-1:] in EDGE:
            continue
        before = out[i - 1] if i else "."
        if before[-1:] not in EDGE and _b(before) not in g.reason_cuts | g.infinitive_subject_leads:
            continue
        noun = out[i + 1]
        if noun[-1:] in EDGE or not noun.isalpha() or g.is_infinitive(noun.lower()):
            continue
        k = i + 2
        skip = g.negations | g.clause_adverbs
        while k < len(out) - 1 and out[k - 1][-1:] not in EDGE and _b(out[k]) in skip:
            k += 1
        word = out[k].rstrip(EDGE)
        if out[k - 1][-1:] not in EDGE and _subject_verb(word, g, verb_lemma):
            out[k] = g.present_of(word) + out[k][len(word) :]
    return out


def _subject_verb(word: str, g: Grammar, verb_lemma) -> bool:
    """True for a bare verb right after an owned subject, also one that is a noun too or has a
    noun's plural ("min datter arbejde tidlig", "min søn bo i Aarhus"): no noun stands there."""
    if _bare_verb(word, g, verb_lemma):
        return True
    if not word.isalpha() or not word.islower() or not g.is_infinitive(word):
        return False
    if _b(word) in g.modals or g.is_past(word) or _b(word) in g.not_verbs:
        return False
    if g.infinitive_of_preterite(word):
        return False  # "min mand døde sidste år": a past (also a plural adjective), not bare
    return g.has_participle(word)


def possessed_plurals(words: list[str], g: Grammar) -> list[str]:
    """A possessive and a bare singular count noun whose plural the same text names ("lægge min
    pille i boksen …, når jeg kan lægge alle piller" → "mine piller"): a learner's singular for
    the things meant; "min pille hver morgen" alone stays."""
    plurals = {_b(w) for w in words}
    out = list(words)
    for i in range(len(out) - 1):
        own = _b(out[i])
        row = next((r for r in g.possessives if own in r[:2] and own in g.possessive_words), None)
        if row is None or out[i][-1:] in EDGE or row[2] == own:
            continue
        core = out[i + 1].rstrip(EDGE)
        if not (core.isalpha() and core.islower()):
            continue
        if not (g.noun_class(core) or "").endswith("+"):
            continue
        plural = g.plural_of(core)
        if plural and plural != core and plural in plurals:
            out[i] = _with_case(row[2], out[i])
            out[i + 1] = plural + out[i + 1][len(core) :]
    return out


def manners_written(words: list[str], g: Grammar) -> list[str]:
    """An adjective saying how a deed is done, said bare where its phrase ends, in its adverb
    form ("lægge alle piller rigtig i boksen" → "rigtigt", "barbere sig ordentlig om morgenen"
    → "ordentligt"); after a copula or a feeling ("være sikker på", "føle mig sikker i") and
    before another adjective ("rigtig godt") it stays."""
    out = list(words)
    for i in range(1, len(out)):
        core = out[i].rstrip(EDGE)
        adverb = g.manner_adverbs.get(fold(core))
        if not adverb or not core.islower() or out[i - 1][-1:] in EDGE:
            continue
        k = i - 1
        if _b(out[k]) in g.reflexive_objects and k > 0:
            k -= 1  # "barbere sig ordentlig", "føle mig sikker": the verb before the reflexive
        if _b(out[k]) in g.manner_not_after or not out[k].isalpha():
            continue
        ends = out[i][-1:] in EDGE or i + 1 == len(out) or _b(out[i + 1]) in g.manner_before
        if ends:
            out[i] = adverb + out[i][len(core) :]
    return out


def noun_subjects(words: list[str], g: Grammar, bare_noun, verb_lemma) -> list[str]:
    """A count noun said bare as the subject at a clause's start (after a mark or a lead of
    noun_subject_leads), its verb next past a negation, is the one known when the clause is
    a learner's: its verb a bare infinitive or the clause put after another with a comma. The
    noun is written in its definite form, the infinitive in the present ("sælger kender mig" →
    "sælgeren kender mig", "rispapir ikke gå i stykker" → "rispapiret går ikke i stykker");
    `bare_noun(word, g)` tells a bare singular noun. A kin word, a name, a time, a mass noun
    ("fordi mad smager godt") or a thing in general ("fordi brød smager godt") stays."""
    out = list(words)
    for i in range(len(out) - 1):
        core = out[i].rstrip(EDGE)
        if core != out[i] or not core.isalpha():
            continue
        before = out[i - 1] if i else "."
        if before[-1:] not in EDGE and _b(before) not in g.noun_subject_leads:
            continue
        if (
            i > 1
            and _b(before) in g.infinitive_markers
            and _b(out[i - 2]) in g.infinitive_marker_leads
        ):
            continue  # "øve mig i at slå kegler": the infinitive, no noun subject
        small = core.lower()
        if not (core.islower() or (core.istitle() and before[-1:] in _CLAUSE_ENDS)):
            continue
        b = _b(small)
        if b in g.person_names or b in g.time_of_day_bare or b in g.bare_kin_subjects:
            continue
        if b in g.modals:
            continue  # "kan spise min mad": the modal, never "kanen" (a can) as the subject
        if b in g.bare_after_prepositions:
            continue  # a mass noun or an idiom: "fordi mad smager godt", "tid går"
        if not bare_noun(small, g):
            continue
        if not ((g.noun_class(small) or "").endswith("+") or g.plural_of(small)):
            continue  # a mass noun: "mad", "kaffe"
        k = i + 1
        while k < len(out) - 1 and out[k - 1][-1:] not in EDGE and _b(out[k]) in g.negations:
            k += 1
        if out[k - 1][-1:] in EDGE:
            continue
        word = out[k].rstrip(EDGE)
        if g.is_present(small) and _b(word) in g.comparative_adverbs:
            continue  # "fordi fanger bedre": the verb and its comparative, no noun subject
        if _bare_verb(word, g, verb_lemma):
            out[k] = g.present_of(word) + out[k][len(word) :]
        elif (
            not (before.endswith(",") or _verb_looking(small, word, g, bare_noun))
            or g.nouns.get(_b(word)) == "pl"
            or g.is_own_plural(word)  # "lange pincetter": an adjective before a plural noun
        ):
            # "fordi brød smager godt": a thing in general, said so; "fordi gruppe er mine
            # venner": a count noun that looks like a verb is a learner's, its article dropped
            continue
        elif not (g.is_present(word) and word.islower()) and _b(word) not in g.modals:
            continue
        definite = g.definite_singular(small)
        if not definite:
            continue
        out[i] = _with_case(definite, out[i])
        if k > i + 1 and _without(out, i, g, verb_lemma):  # "rulle 30 stykker, rispapir ikke …"
            out[i] = g.negated_list_item + " " + out[i]
            del out[i + 1 : k]
        elif k > i + 1 and before[-1:] in EDGE:  # a main clause: "Stokken glider ikke"
            out[i + 1 : k + 1] = [out[k], *out[i + 1 : k]]
    return out


def _verb_looking(noun: str, verb: str, g: Grammar, bare_noun) -> bool:
    """True for a count noun that looks like an infinitive before a finite verb that is no noun
    itself ("gruppe er", "skole ligger"; not "børste tænder": brushing the teeth)."""
    return g.is_infinitive(noun) and not bare_noun(verb, g)


def _without(words: list[str], i: int, g: Grammar, verb_lemma) -> bool:
    """True when the negated clause opened by the subject at i follows a comma after the
    citizen's own deed with a modal ("når jeg kan rulle 30 stykker, …"): what must not happen
    while doing it, written "uden at …"."""
    if not g.negated_list_item or not i or not words[i - 1].endswith(","):
        return False
    start = max((k + 1 for k in range(i - 1) if words[k][-1:] in EDGE), default=0)
    said = [_b(w) for w in words[start:i]]
    first = words[0].rstrip(EDGE)
    verb = _bare_verb(first, g, verb_lemma) or g.is_present(g.present_of(first))  # "rulle"
    if start == 0 and first.islower() and g.is_infinitive(first) and verb:
        return True  # a sign's verb phrase of its own: "rulle 30 stykker, …"
    return g.self_subject in said and any(w in g.modals for w in said)


def own_people_written(words: list[str], g: Grammar) -> list[str]:
    """A plural of own_people_words said bare after a lead of own_people_after in the citizen's
    wish ("jeg vil spille tavla med venner", the wish's phrase alone "gå til kaffehuset og spille
    tavla med venner") is the citizen's own: own_people_possessive before it
    ("med mine venner"); a reason or a story ("fordi jeg spiller kort med venner"), a name or
    a number after it ("med venner Ali og Hasan") stays."""
    if not g.own_people_possessive:
        return words
    out = list(words)
    wish = False
    for i, word in enumerate(words):
        b = _b(word)
        if i == 0 or words[i - 1][-1:] in _CLAUSE_ENDS:
            nxt = _b(words[i + 1]) if i + 1 < len(words) else ""
            wish = b == g.self_subject and nxt in g.modals  # "Jeg vil spille …"
            wish |= i == 0 and word.islower() and g.is_infinitive(word)  # "spille tavla …"
        elif b in g.subordinators or words[i - 1].endswith(","):
            wish = False
        if not wish or i + 1 >= len(words) or word[-1:] in EDGE or b not in g.own_people_after:
            continue
        people = words[i + 1].rstrip(EDGE)
        if not people.islower() or _b(people) not in g.own_people_words:
            continue
        after = words[i + 2] if i + 2 < len(words) and words[i + 1][-1:] not in EDGE else ""
        if after[:1].isupper() or after[:1].isdigit():
            continue
        out[i + 1] = g.own_people_possessive + " " + out[i + 1]
    return out


def plural_adjective_nouns(words: list[str], g: Grammar, bare_noun, ends) -> list[str]:
    """A bare singular count noun after a lead of plural_adjective_leads and an adjective in its
    plural form, with no article or possessive, takes the number of the adjective ("med nye
    høreapparat" → "med nye høreapparater", "med store knap" → "med store knapper");
    `bare_noun(word, g)` tells a bare singular noun, `ends(words, k, g)` whether it ends its
    phrase. "med den nye stok" or "med ny stok" stays."""
    plurals = {fold(p): a for a, p in g.plural_adjectives.items() if fold(p) != a}
    out = list(words)
    for i in range(1, len(out) - 1):
        lead, adjective, noun = out[i - 1], out[i], out[i + 1]
        if lead[-1:] in EDGE or adjective[-1:] in EDGE or _b(lead) not in g.plural_adjective_leads:
            continue
        core = noun.rstrip(EDGE)
        if _b(adjective) not in plurals or not core.islower() or not bare_noun(core, g):
            continue
        if g.is_indefinite_plural(core):
            continue  # "med tykke garn": a plural like its singular
        plural = g.plural_of(core)
        if plural and plural != core and ends(out, i + 1, g):
            out[i + 1] = plural + noun[len(core) :]
    return out


def subjects_after_without(words: list[str], g: Grammar, verb_lemma) -> list[str]:
    """Someone said with a bare infinitive right after "uden", as a learner leaves out "at"
    and the modal: "uden Abdi trække mig op" → "uden at Abdi skal trække mig op", "uden min
    søn hjælpe" → "uden at min søn skal hjælpe"; "uden hjælp", "uden min stok" and "uden at
    …" stay."""
    lead, _, at = g.negated_list_item.partition(" ")
    if not at or not g.must_word:
        return words
    out = list(words)
    for i in range(len(out) - 3, -1, -1):
        if _b(out[i]) != fold(lead) or out[i][-1:] in EDGE or out[i + 1][-1:] in EDGE:
            continue
        person = out[i + 1]
        if person.istitle() and _name(person, g):
            k = i + 2  # "uden Abdi trække"
        elif _b(person) in g.possessive_words and _people(out, i + 1, g):
            k = i + 3  # "uden min søn hjælpe"
        else:
            continue
        if k >= len(out) or out[k - 1][-1:] in EDGE:
            continue
        if _bare_verb(out[k].rstrip(EDGE), g, verb_lemma):
            out[k:k] = [g.must_word]
            out[i + 1 : i + 1] = [at]
    return out


def _name(word: str, g: Grammar) -> bool:
    """True for a capitalised word inside a sentence that is a known first name or no known
    word ("Abdi", "Hanne")."""
    small = word.lower()
    return _b(word) in g.person_names or (g.noun_class(small) is None and small not in g.lemmas)


def kin_objects(words: list[str], g: Grammar, verb_lemma, other_subject) -> list[str]:
    """A kin word said bare as the object of a verb or after a lead of kin_object_leads, with
    the citizen's possessive ("følge barnebarn Abdi til skole" → "følge mit barnebarn Abdi",
    "lege med barnebarn" → "lege med mit barnebarn"); "mit barnebarn", "have familie" (a verb
    of kin_bare_verbs), "se min søde oldebarn" (an adjective, no verb) and one with another
    subject before it (`other_subject(words, k, g)`: "han vil hente datter") stay."""
    out = list(words)
    for i in range(len(out) - 1, 0, -1):
        core = out[i].rstrip(EDGE)
        written = g.kin_objects.get(fold(core))
        before = out[i - 1]
        if written is None or not core.isalpha() or not core.islower() or before[-1:] in EDGE:
            continue
        lead = _b(before)
        if lead in g.kin_bare_verbs or (i > 1 and _b(out[i - 2]) in _owners(g)):
            continue  # "have familie", "min søde oldebarn"
        led = lead in g.kin_object_leads or _subject_verb(before, g, verb_lemma)
        if led and not other_subject(out, i - 1, g):
            out[i : i + 1] = [*written.split()[:-1], out[i]]
    return out


def _owners(g: Grammar) -> frozenset[str]:
    """Words that open a noun phrase before an adjective ("min søde", "en lille")."""
    return g.possessive_words | g.articles


def reflexives_written(words: list[str], g: Grammar) -> list[str]:
    """A verb said only with a reflexive, its reflexive left out ("så hun ikke skal bekymre for
    Abdi" → "bekymre sig for Abdi", "jeg skal ikke skynde" → "skynde mig"), with the one of the
    clause's subject; "bekymre mig for", "det bekymrer hende" stay."""
    if not g.reflexive_default:
        return words
    out = list(words)
    for i in range(len(out) - 1, -1, -1):
        core = out[i].rstrip(EDGE)
        if _b(core) not in g.reflexive_only_verbs or not core.islower():
            continue
        if core == out[i] and i + 1 < len(out) and _b(out[i + 1]) not in g.reflexive_next:
            continue  # "bekymre mig", "det bekymrer hende": its object said
        subject = next(
            (_b(w) for w in reversed(out[:i]) if _b(w) in g.bare_verb_subjects or w[-1:] in EDGE),
            "",
        )
        reflexive = g.reflexive_by_subject.get(subject, g.reflexive_default)
        out[i : i + 1] = [core, reflexive + out[i][len(core) :]]
    return out
