"""Checks on a played persona's output beyond plain fields: the goal sentence's words and grammar.

`check(out, expect)` takes the stdout JSON of `assistant chat` and the persona's expect dict and
returns a list of problems (empty when all is well). It handles the keys `goal_has`, `goal_lacks`,
`lacks`, `steps_lack` and `no_draft`, and runs `grammar_problems` on every goal sentence and
`step_problems` on every goal's sub-goals, whatever the persona.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import yaml

from assistant.nlp.learner_phrases import person_owns
from assistant.nlp.word_forms import no_verb_of, said_words, unknown_forms

KEYS = frozenset({"goal_has", "goal_lacks", "lacks", "no_draft", "steps_lack"})

# Aids on wheels: one who gets about with them is offered no step on foot.
WHEELED_AIDS = ("kørestol", "rullestol", "scooter")
# A step on foot ("gå i butikken", "ad trappen", "rejse mig fra en stol"); "gå i bad" and "gå
# (ud) på toilettet" say what is done, not a walk.
ON_FOOT = re.compile(
    r"\b(gå|går|gåtur|trappen|trapper|rejse mig|stå ved)\b(?! i bad| (ud )?på toilettet)"
)

# Neuter (et-) nouns a goal sentence is likely to hold after a possessive: "mit barnebarn".
NEUTER_NOUNS = frozenset({
    "barn", "barnebarn", "oldebarn", "hus", "hjem", "køkken", "badeværelse", "værelse", "tøj",
    "liv", "kor", "sommerhus", "rækkehus", "toilet", "bad", "helbred", "ur", "fjernsyn",
    "kørekort", "cykelhjul", "haveanlæg", "drivhus", "bibliotek", "spil", "postbud",
    # neuter aids ("min støttehåndtag" was once written after a synonym "et greb")
    "støttehåndtag", "gelænder", "gangstativ", "bruseklapsæde", "glidebræt", "skohorn",
    "nødkald", "høreapparat", "hjælpemiddel", "glidestykke", "forflytningsbræt", "klapsæde",
    "brusesæde",
})  # fmt: skip
POSSESSIVES_COMMON = ("min", "din", "sin")

# Danish words written with ae/oe/aa for æ/ø/å, as people type them without a Danish keyboard.
ASCII_SPELLINGS = frozenset({
    "saa", "paa", "naar", "hvornaar", "gaa", "gaar", "gaaet", "faa", "faar", "faaet", "staa",
    "staar", "maa", "baade", "aaret", "vaere", "vaek", "hjaelp", "hjaelpe", "hjaelpemiddel",
    "kaere", "laere", "foer", "koebe", "koeber", "koere", "koerer", "loebe", "soen", "doer",
    "doeren", "oenske", "oensker", "foedselsdag", "foedselsdagen", "koekken", "koekkenet",
    "koekkenhaven", "hoere", "boern", "boernebarn", "boernebørn", "naeste", "aeldre", "soendag",
    "toej", "doed", "traet", "svaer", "svaert", "laengere", "koebmand", "kloe", "saadan", "naa",
    "faerdig", "vaerelse", "badevaerelse", "selvfoelgelig", "haand",
    "haender", "soendagen", "boernehaven", "genoptraening", "genoptraeningen", "foraaret",
    "maaned", "loerdag", "aeldreklubben", "oeve", "oever", "moede", "moeder", "proeve", "hoej",
    "graense",
})  # fmt: skip
# Words ending in -er that may follow a modal verb without being a present tense verb.
NOT_PRESENT_TENSE = frozenset({
    "hver", "heller", "over", "under", "efter", "atter", "der", "her", "aldrig", "mer", "sommer",
    "vinter", "senere", "andre", "ender",
})  # fmt: skip
# Words a clause cut short ends on ("... med køerne og."): never before a full stop.
CUT_ENDS = frozenset({"og", "men", "så", "eller", "fordi", "når", "hvis", "at"})
# Spoken fillers that never belong in a written goal ("med elcyklen altså,").
FILLERS = frozenset({
    "øh", "øhm", "øhh", "æh", "ehm", "hmm", "altså", "ik", "ikk",
    "haha", "hahaha", "hehe", "hihi",  # laughter typed into an answer
})  # fmt: skip
# A question word ending a clause is a scrap of a cut-off clause ("om ugen med hvad,").
QUESTION_ENDS = frozenset({"hvad", "hvem", "hvilken", "hvilket", "hvilke"})
# Where someone is, said without a verb: after a modal a "være" is missing ("kan oppe og …").
STATIC_ADVERBS = frozenset({"oppe", "nede", "ude", "inde", "hjemme", "henne", "ovre"})
# A third-person reflexive (possessive) in a clause whose subject is "jeg": "jeg … i sit eget hjem".
REFLEXIVES = frozenset({"sin", "sit", "sine", "sig"})
# What ends the reach of a clause's subject: subordinators and other subjects.
SUBJECT_RESETS = frozenset({
    "at", "når", "fordi", "hvis", "mens", "da", "han", "hun", "de", "den", "det", "man", "vi",
    "du", "der",
})  # fmt: skip
# Abbreviations whose full stop is no sentence end.
ABBREVIATIONS = frozenset({"kl", "ca", "fx", "bl.a", "mv", "osv", "nr"})
SHORT_PRESENT = frozenset({"ser", "gør", "går", "får", "tør", "bor", "dør", "tror", "ler"})
MODALS = ("kan", "kunne", "vil", "skal", "må")
# Every form of a modal verb: none stands right after "kunne" ("kunne skulle vel komme ud").
# "kunne turde gå en tur" is Danish (to be able to dare): "turde" is not among them
MODAL_FORMS = frozenset({
    "kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte", "bør", "burde", "tør",
})  # fmt: skip
WORD = re.compile(r"\w+(?:'\w+)*")  # "ipad'en" is one word


def norm(text) -> str:
    """Return text NFC-normalised, lower-cased, with runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", str(text or "")).lower().split())


def has_phrase(text: str, phrase: str, *, whole: bool) -> bool:
    """Whether phrase occurs in text from a word start (and, when `whole`, to a word end)."""
    end = r"(?!\w)" if whole else ""
    return re.search(r"(?<!\w)" + re.escape(norm(phrase)) + end, norm(text)) is not None


def grammar_problems(text: str) -> list[str]:
    """Return what is ungrammatical or mistyped in a Danish goal sentence (empty when fine)."""
    problems = []
    words = WORD.findall(norm(text))
    # Word pairs only within a clause: "... savner det. Det vil jeg ..." is no doubled word.
    clauses = [WORD.findall(part) for part in re.split(r"[.,;:!?]", norm(text))]
    pairs = [pair for c in clauses for pair in zip(c, c[1:], strict=False)]
    names = _names(text)
    for first, second in pairs:
        if first == second and not first.isdigit():
            problems.append(f"doubled word {first!r} {second!r}")
        if first in ("kan", "kunne") and second == "kunne":
            problems.append(f"double modal {first!r} {second!r}")
        elif first == "kunne" and second in MODAL_FORMS:
            problems.append(f"modal after 'kunne' {first!r} {second!r}")
        if first in MODALS and _present_tense(second) and second not in names:
            problems.append(f"present tense after a modal {first!r} {second!r}")
        if first in MODALS and _finite_past(second) and second not in names:
            problems.append(f"finite past verb after a modal {first!r} {second!r}")
        if _own_other_form(first, second):
            problems.append(f"a verb followed by its own other form {first!r} {second!r}")
        if first in POSSESSIVES_COMMON and second.removesuffix("s") in NEUTER_NOUNS:
            problems.append(f"common-gender possessive before a neuter noun {first!r} {second!r}")
        if first in POSSESSIVES_COMMON and second in ("egne", "eget"):
            problems.append(f"common-gender possessive before {second!r} {first!r} {second!r}")
    problems += [f"ASCII spelling of a Danish word {w!r}" for w in words if w in ASCII_SPELLINGS]
    problems += _plain_letter_words(text)
    problems += _cut_and_scraps(text)
    problems += _compound_neuters(clauses)
    problems += _reflexives_of_jeg(text)
    problems += _run_on_in_the_wish(text)
    problems += _spoken_clause_run_on(clauses)
    problems += _selv_twice_in_the_wish(text)
    problems += _verbless_modal(clauses)
    problems += _finite_joined_after_modal(clauses)
    problems += _second_language_noun_phrases(clauses, names)
    problems += _infinitive_clause_without_preposition(clauses)
    problems += _finite_inside_modal_phrase(clauses)
    problems += _spoken_ranges(clauses)
    problems += _late_degrees(pairs)
    problems += _determiner_without_noun(pairs)
    problems += _plural_adjective_after_a_or_an(pairs)
    problems += _apposition_without_comma(pairs)
    problems += _verb_phrases_side_by_side(clauses, names)
    problems += _restated_after_igen(clauses)
    problems += _stray_marks(text)
    problems += _lower_case_kin_names(text)
    problems += _lower_case_first_names(text)
    problems += _second_reason_as_that_clause(text)
    problems += _reason_left_as_said(text)
    problems += _that_clause_after_a_thing_verb(clauses)
    problems += _capital_inside_a_sentence(text)
    problems += _mishap_without_uden_at(clauses)
    problems += _spoken_pieces_in_a_clause(clauses)
    problems += _clause_cut_after_its_lead(clauses)
    problems += _verb_doubled_round_a_stray_word(clauses)
    triples = [t for c in clauses for t in zip(c, c[1:], c[2:], strict=False)]
    if ("vil", "kunne", "ikke") in triples:
        problems.append("'vil kunne ikke': the negation belongs before 'kunne'")
    grams = [" ".join(words[i : i + 4]) for i in range(len(words) - 3)]
    doubled = sorted({g for g in grams if grams.count(g) > 1})
    problems += [f"doubled clause {g!r}" for g in doubled]
    return problems


OBJECT_PRONOUNS = frozenset({"dem", "den", "det", "ham", "hende", "mig", "os", "sig"})
ARTICLES = frozenset({"en", "et", "den", "det"})


def _verb_doubled_round_a_stray_word(clauses: list[list[str]]) -> list[str]:
    """ "kan have en have dem": the verb after a modal said again after a stray article, its
    object pronoun after the second ("kunne have en have" is a garden; "gå og gå" an idiom;
    "kan negle ti negle" a count of the noun)."""
    out = []
    for c in clauses:
        for k in range(1, len(c) - 3):
            verb, stray, again, after = c[k], c[k + 1], c[k + 2], c[k + 3]
            if c[k - 1] not in MODAL_FORMS or verb != again:
                continue
            if stray in ARTICLES and after in OBJECT_PRONOUNS:
                out.append(f"a verb doubled round a stray word {verb!r} {stray!r} {again!r}")
    return out


# Words that may stand between "jeg vil kunne" / "jeg kan" and the verb ("kunne selv gå").
BEFORE_THE_VERB = frozenset({
    "selv", "igen", "også", "stadig", "godt", "ikke", "bedre", "altid", "snart", "nu", "fortsat",
})  # fmt: skip


# Multiword adverbials that may stand between the modal and its verb ("kan i det mindste give").
ADVERBIALS_BEFORE_THE_VERB = (
    ("i", "det", "mindste"), ("i", "hvert", "fald"), ("i", "dag"), ("nu", "og", "da"),
    ("af", "og", "til"), ("i", "morgen"), ("for", "det", "meste"), ("til", "sidst"),
)  # fmt: skip


def _skip_adverbials(words: list[str]) -> list[str]:
    """The words after a modal without the adverbs and multiword adverbials before its verb."""
    rest = list(words)
    moved = True
    while moved and rest:
        moved = False
        for phrase in ADVERBIALS_BEFORE_THE_VERB:
            if tuple(rest[: len(phrase)]) == phrase:
                rest, moved = rest[len(phrase) :], True
                break
        else:
            if rest[0] in BEFORE_THE_VERB:
                rest, moved = rest[1:], True
    return rest


# What "kan" may take without a verb: "jeg føler jeg kan noget", "jeg kan det".
MODAL_OBJECTS = frozenset({"noget", "det", "alt", "meget", "mere", "lidt", "dansk"})
# Verbs spelt like a function word, which the goal grammar knows only as the latter, and what
# opens their object: "kunne så mine kartofler" is "to sow", not "so".
FUNCTION_WORD_VERBS = frozenset({"så"})
OBJECT_OPENERS = frozenset({"min", "mit", "mine", "en", "et", "nogle"})


# What may end a relative clause "det jeg kan" said without commas.
RELATIVE_ENDS = frozenset({"og", "eller", "men", "så", "når", "fordi"})


def _relative_kan(clause: list[str], i: int, rest: list[str]) -> bool:
    """ "det er det jeg kan og er god til": "jeg kan" at `i` a relative clause said without its
    commas, its object the antecedent after a copula ("er det", "var noget"), ended by what
    follows it (`rest`); "fordi det jeg kan og så …" has no antecedent and stays a slip."""
    antecedent = i >= 3 and clause[i - 2] in MODAL_OBJECTS and clause[i - 3] in COPULAS
    return antecedent and (not rest or rest[0] in RELATIVE_ENDS)


def _verbless_modal(clauses: list[list[str]]) -> list[str]:
    """ "Jeg vil selv kunne skjorte og bukser", "Jeg kan seks glas": no verb after the modal.
    Looks only after "jeg vil (selv) kunne" and "jeg kan": "Det vil jeg kunne inden …" ends."""
    problems = []
    for before, clause in zip([[], *clauses], clauses, strict=False):
        for i, word in enumerate(clause):
            lead = clause[max(0, i - 3) : i]
            if not (
                (word == "kunne" and "vil" in lead and "jeg" in lead and lead[-1] != "jeg")
                or (word == "kan" and i and clause[i - 1] == "jeg")
            ):
                continue
            if i == 1 and before[-1:] and before[-1] in MODAL_OBJECTS:
                continue  # "alt det, jeg kan med hænderne": the object is the clause's antecedent
            rest = [w for w in _skip_adverbials(clause[i + 1 :]) if w not in BEFORE_THE_VERB]
            if word == "kan" and _relative_kan(clause, i, rest):
                continue
            sown = len(rest) > 1 and rest[0] in FUNCTION_WORD_VERBS and rest[1] in OBJECT_OPENERS
            if (
                rest
                and rest[0] not in MODAL_OBJECTS
                and not sown
                and (not _looks_like_a_verb(rest[0]) or _definite_noun(rest[0]))
            ):  # "kunne blomsterne på altanen": a definite noun that ends in -e
                problems.append(f"no verb after the modal {word!r} {rest[0]!r}")
    return problems


# What ends a verb phrase's reach in a clause: a subordinator or a subject of its own.
CLAUSE_OPENERS = frozenset({
    "at", "når", "fordi", "hvis", "mens", "der", "som", "jeg", "han", "hun", "vi", "de", "man",
    "så",
})  # fmt: skip
# What follows a verb, not a noun, after "og": an object pronoun ("og lægger dem i skabet") or a
# particle ("og synger med"); "trøje og bukser på" is a list of things.
AFTER_A_VERB = frozenset({
    "dem", "den", "det", "mig", "sig", "os", "med", "op", "ned", "ud", "ind", "hjem", "væk",
    "sammen",
})  # fmt: skip
# The particles among them: after plural things listed ("flasker og dåser med") they end the
# verb's phrase; an object pronoun ("og lægger dem") follows only a verb.
PARTICLES = AFTER_A_VERB - frozenset({"dem", "den", "det", "mig", "sig", "os"})


def _finite_joined_after_modal(clauses: list[list[str]]) -> list[str]:
    """ "kan folde en kurv … og lægger dem i skabet": after "kan" and an infinitive, a verb
    joined by "og" is an infinitive too. A list of things ("trøje og bukser på") is no verb:
    flagged only before an object pronoun."""
    problems = []
    for clause in clauses:
        for i, word in enumerate(clause):
            if word not in MODALS:
                continue
            rest = [w for w in clause[i + 1 :] if w not in BEFORE_THE_VERB]
            if not rest or not _looks_like_a_verb(rest[0]):
                continue
            k0 = clause.index(rest[0], i + 1)
            for k in range(k0 + 1, len(clause) - 1):
                if clause[k] in CLAUSE_OPENERS or clause[k] in MODAL_FORMS:
                    break
                verb = clause[k + 1]
                adverb = verb in JOINED_ADVERBS and k + 2 < len(clause)
                if clause[k] == "og" and adverb and _present_tense(clause[k + 2]):
                    if _looks_like_a_verb(clause[k + 2][:-1]):  # "og selv melder", "og ikke sidder"
                        problems.append(f"a present tense joined to an infinitive after a modal "
                                        f"{word!r} … 'og' {verb!r} {clause[k + 2]!r}")  # fmt: skip
                    continue
                if clause[k] == "og" and _joined_participle(clause, k0, k):
                    problems.append(f"a participle joined to an infinitive after a modal "
                                    f"{word!r} … 'og' {verb!r}")  # fmt: skip
                    continue
                if clause[k] != "og" or not _present_tense(verb):
                    continue
                if not _looks_like_a_verb(verb[:-1]) or _goal_words()[0].is_own_plural(verb):
                    continue  # "med en termokande og kopper med en stor hank": things listed
                if no_verb_of(verb, verb[:-1], _goal_words()[0]):
                    continue  # "fugle og hænder ud": a noun's plural, no verb "hænde" or "træe"
                after = clause[k + 2] if k + 2 < len(clause) else ""
                if after in PARTICLES and k - 1 > k0 and _present_tense(clause[k - 1]):
                    continue  # "tage mine tomme flasker og dåser med": plural things listed
                if after in AFTER_A_VERB:
                    problems.append(f"a present tense joined to an infinitive after a modal "
                                    f"{word!r} … 'og' {verb!r}")  # fmt: skip
    return problems


# Object pronouns after a participle that make it a verb's ("og taget dem ud"; "og taget" alone
# may be the roof).
PARTICIPLE_OBJECTS = frozenset({"dem", "den", "det", "mig", "sig", "os"})


def _joined_participle(clause: list[str], k0: int, k: int) -> bool:
    """ "kan rulle håret op i curlerne og taget dem ud igen": a participle with its object
    after "og", joined to the modal's infinitive at k0, is said as the infinitive; after a
    participle of the same clause ("kan få håret vasket og redt det") it is one of a pair."""
    grammar, _ = _goal_words()
    verb, after = clause[k + 1], clause[k + 2] if k + 2 < len(clause) else ""
    infinitive = grammar.infinitive_of_participle(verb)
    if after not in PARTICIPLE_OBJECTS or not infinitive or infinitive == verb:
        return False
    if not grammar.is_infinitive(infinitive) or grammar.is_infinitive(verb):
        return False
    if grammar.lemma_forms.get(verb) is not None and not grammar.has_participle(infinitive):
        return False  # "stuen og køkkenet en gang om ugen": a noun's definite form
    return not any(_participle_form(w, grammar) for w in clause[k0 + 1 : k])


def _participle_form(word: str, grammar) -> bool:
    infinitive = grammar.infinitive_of_participle(word)
    return infinitive not in (None, word) and grammar.lemma_forms.get(word) == infinitive


# Adverbs between "og" and a verb joined to a modal's infinitive ("kan spille … og selv melder").
JOINED_ADVERBS = frozenset({"selv", "ikke", "også"})


# Second-language shapes of a noun phrase (assistant/nlp/grammar.py bare_nouns_written).
WEEKDAYS = frozenset({"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"})
WAY_NOUNS = ("trappe", "trapper", "vej", "bakke", "gade", "sti")
BURDEN_NOUNS = frozenset({"byrde", "belastning", "plage"})
BE_FORMS = frozenset({"være", "er", "var", "blive", "bliver", "blev"})
BEFORE_HEL = frozenset({
    "en", "et", "den", "det", "min", "mit", "din", "dit", "sin", "sit", "hans", "hendes", "vores",
    "jeres", "deres", "så", "ret",
})  # fmt: skip
NAME_ADJECTIVES = frozenset({"lille", "søde", "gamle", "unge", "store", "kære"})


def _second_language_noun_phrases(clauses: list[list[str]], names: set[str]) -> list[str]:
    """ "ned af trappe", "om søndag", "lave hel aftensmad", "være byrde", "til mit oldebarn igen
    lille Asta": a second-language or spoken noun phrase copied as said."""
    problems = []
    for clause in clauses:
        for i, (a, b) in enumerate(zip(clause, clause[1:], strict=False)):
            nxt = clause[i + 2] if i + 2 < len(clause) else ""
            if a in ("ned", "op") and b == "af" and nxt.startswith(WAY_NOUNS):
                problems.append(f"'{a} af' before a way, for '{a} ad' {nxt!r}")
            if a == "om" and b in WEEKDAYS and not (nxt.isdigit() or nxt == "den"):
                problems.append(f"a bare weekday after 'om' {b!r}")
            if a == "hel" and (i == 0 or clause[i - 1] not in BEFORE_HEL):
                problems.append(f"'hel' with no article before it {a!r} {b!r}")
            if a in BE_FORMS and b in BURDEN_NOUNS:
                problems.append(f"a noun of a burden with no article {a!r} {b!r}")
            named = b in names or (b in NAME_ADJECTIVES and nxt in names)
            if a == "igen" and i > 0 and named and clause[i - 1] not in names:
                problems.append(f"a name after 'igen', away from its noun {a!r} {b!r}")
    return problems


# What ends a modal's verb phrase besides a clause opener: a question word ("se hvad klokken er")
# or a lead that may open a clause ("sidde med til quizzen er slut", "inden bussen kører").
PHRASE_ENDS = CLAUSE_OPENERS | frozenset({
    "hvad", "hvor", "hvem", "hvilken", "hvordan", "om", "til", "indtil", "inden", "før", "efter",
    "mens", "hvis", "fordi", "selvom", "end",
})  # fmt: skip


def _finite_inside_modal_phrase(clauses: list[list[str]]) -> list[str]:
    """ "når jeg kan pillerne er væk", "når jeg kan tage fra stoppestedet og op til graven er det
    …": after "jeg kan" a copula with no clause lead of its own pastes a spoken clause in."""
    problems = []
    for clause in clauses:
        for i in range(1, len(clause)):
            if clause[i] != "kan" or clause[i - 1] != "jeg":
                continue
            rest = clause[i + 1 :]
            if _relative_kan(clause, i, rest):
                continue  # "det jeg kan og er god til": "er" is the relative's second verb
            ended = False  # "til quizzen er slut": a lead that may open a clause of its own
            for k, word in enumerate(rest):
                if word in CLAUSE_OPENERS:
                    break
                ended = ended or word in PHRASE_ENDS
                inverted = k + 1 < len(rest) and rest[k + 1] in ("det", "der")
                if word in COPULAS and (inverted or not ended):  # "… til graven er det …"
                    problems.append(f"a finite verb inside the modal's phrase 'kan' … {word!r}")
                    break
    return problems


# Numbers said in a row as a spoken range ("tre fire sider"): written "3-4 sider".
RANGE_NUMBERS = ("to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti")


def _spoken_ranges(clauses: list[list[str]]) -> list[str]:
    """ "tre fire sider om dagen": a spoken range, two numbers in a row, not written as one."""
    order = {w: k for k, w in enumerate(RANGE_NUMBERS)}
    return [
        f"a spoken range {a!r} {b!r}"
        for c in clauses
        for a, b in zip(c, c[1:], strict=False)
        if a in order and order.get(b) == order[a] + 1
    ]


# A degree said after the end point it measures ("færdig helt"): written before it.
LATE_DEGREES = frozenset({("færdig", "helt"), ("færdigt", "helt"), ("færdige", "helt")})


def _late_degrees(pairs: list[tuple[str, str]]) -> list[str]:
    """ "barbere mig færdig helt": the degree stands after the word it measures."""
    return [f"a degree after its word {a!r} {b!r}" for a, b in pairs if (a, b) in LATE_DEGREES]


def _determiner_without_noun(pairs: list[tuple[str, str]]) -> list[str]:
    """ "være sammen med anden en gang om ugen": the singular of "andre" where no noun follows
    (after a preposition, or before an article that opens another phrase)."""
    return [
        f"a singular determiner with no noun {a!r} {b!r}"
        for a, b in pairs
        if (a in LONE_DETERMINERS and b in ARTICLES)
        or (a in AFTER_NO_NOUN and b in LONE_DETERMINERS)
    ]


def _plural_adjective_after_a_or_an(pairs: list[tuple[str, str]]) -> list[str]:
    """ "med en lange pincetter", "en store puder": "en"/"et" before an adjective in its -e form
    (plural or definite) of the grammar's bare adjectives; "en lille", "en lang", "et langt"
    are right."""
    grammar, _ = _goal_words()
    return [
        f"a singular article before an adjective's plural {a!r} {b!r}"
        for a, b in pairs
        if a in ARTICLES and _e_form_of_adjective(b, grammar)
    ]


def _e_form_of_adjective(word: str, grammar) -> bool:
    """True for the -e form of a bare adjective that differs from its bare forms ("lange",
    "tykke", "store"; not "lille", "kort")."""
    from assistant.content.grammar import fold  # noqa: PLC0415

    stem = word.removesuffix("e")
    if stem == word or len(stem) < 2:
        return False
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "tykke": tyk
    neuter = grammar.bare_adjectives.get(fold(stem))
    return neuter is not None and word not in (stem, neuter)


# The singular of "andre", which needs a noun or an article before it ("en anden", "anden sal").
LONE_DETERMINERS = frozenset({"anden", "andet"})
ARTICLES = frozenset({"en", "et"})
AFTER_NO_NOUN = frozenset({"med", "fra", "af", "hos", "sammen"})


def _apposition_without_comma(pairs: list[tuple[str, str]]) -> list[str]:
    """ "på altanen pelargonierne og tomaterne": a definite noun right after another, with no
    comma (a spoken apposition run in)."""
    return [
        f"an apposition without a comma {a!r} {b!r}"
        for a, b in pairs
        if len(a) > 4
        and a.endswith("en")  # "har taget pillerne": a participle in -et
        and a not in NOT_DEFINITE
        and len(b) > 6
        and b.endswith("erne")
    ]


# Words ending in -en or -et that are no definite noun ("igen", "sammen", "meget"), and the
# prepositions and adverbs in -en a plural may follow ("siden halvfjerdserne", "hverken
# børnene eller ...").
NOT_DEFINITE = frozenset(
    {"igen", "sammen", "meget", "nogen", "ingen", "hinanden", "hjemmet"}
    | {"siden", "forleden", "derhen", "herhen", "hvorhen", "hverken", "ovenpå", "nedenunder"}
)


# Reflexive objects an infinitive clause of a thing may end on before its preposition.
REFLEXIVE_OBJECTS = frozenset({"mig", "sig", "dig", "os"})
# Words before "at" that make it a clause of their own ("for at støtte mig", "lære at …").
AT_LEADS = frozenset({"for", "uden", "ved", "til", "om", "i", "på", "efter", "med", "af"})


def _infinitive_clause_without_preposition(clauses: list[list[str]]) -> list[str]:
    """ "med min rollator at støtte mig,": a thing's infinitive clause that ends on its object
    lacks the preposition it ends on ("at støtte mig til")."""
    problems = []
    for clause in clauses:
        if "med" not in clause or len(clause) < 4:
            continue
        *_, before, at, verb, obj = clause
        if (
            at == "at"
            and obj in REFLEXIVE_OBJECTS
            and before not in AT_LEADS
            and not _looks_like_a_verb(before)
            and _looks_like_a_verb(verb)
            and clause.index("med") < len(clause) - 4
        ):
            problems.append(f"an infinitive clause without its preposition 'at {verb} {obj}'")
    return problems


# A verb's short form that is also a noun after the infinitive: "tage tag i gelænderet".
VERB_AND_NOUN = frozenset({"tag"})


def _own_other_form(first: str, second: str) -> bool:
    """An infinitive followed by its own present or imperative ("barbere barber mig", "gå går")."""
    if second == first or second in VERB_AND_NOUN or not _looks_like_a_verb(first):
        return False
    return second == first + "r" or (first.endswith("e") and second == first[:-1])


def _finite_past(word: str) -> bool:
    """A finite past verb by the lemma table ("vaskede", "gik"): no verb after a modal."""
    grammar, _nouns = _goal_words()
    return grammar.infinitive_of_preterite(word) is not None


def _looks_like_a_verb(word: str) -> bool:
    """An infinitive by its form that is no noun the goal content names ("skjorte"); a
    deponent's "-es" too ("kan nøjes med", "kan mødes")."""
    grammar, nouns = _goal_words()
    if word.endswith("es") and grammar.is_infinitive(word[:-1]):
        word = word[:-1]
    return grammar.is_infinitive(word) and word not in grammar.not_verbs and word not in nouns


@functools.cache
def _goal_words():
    """The goal grammar and every object noun of the goal templates' object frames."""
    from assistant.content import get_content  # noqa: PLC0415

    goals = get_content("da").goals
    nouns = {fold for t in goals.by_activity.values() for _f, o in t.object_frames for fold in o}
    nouns |= {n + end for n in set(nouns) for end in ("n", "en", "r", "er", "ne", "erne")}
    return goals.grammar, frozenset(nouns | NEUTER_NOUNS)


# The lint's own words (no product code): body parts Danish never says bare as a subject, and
# words that close a clause before a run-on main clause ("hyggeligt", "derude").
_BODY_BARE = "hænder|fingre|fødder|tæer|arme|ben|knæ|øjne|ører|skuldre|hofter|ryg|hoved|hånd|fod"
_BODY_LEADS = "når|fordi|hvis|at|mens|da|og"
_BODY_SUBJECT = rf"(?:^|[,:] |\b(?:{_BODY_LEADS}) )(?:{_BODY_BARE}) (?:er|var|gør|\w{{2,}}er)\b"
_RUN_ON_CLOSERS = r"\w+igt|godt|sjovt|rart|derude|derhjemme|hjemme|derinde|derovre"
_PRONOUN_FINITE = r"(?:jeg|han|hun|vi|de|man) (?:er|var|kan|vil|skal|må|har|\w{2,}er)\b"
_FRONTED_NO_COMMA = (
    r"^(?:når|hvis) [^,]*?\b(?:er|var|\w{2,}er)\b [^,]*?\b(?:er|var|kan|vil|skal|har|bliver|"
    r"\w{2,}er) (?:jeg|han|hun|vi|de|man)\b"
)


def _reason_left_as_said(text: str) -> list[str]:
    """ ", fordi når hænder er i jord, er jeg glad", "…, og så er det hyggeligt vi snakker",
    ", fordi når det er sommer er jeg glad": the goal's reason still as said: a bare body part as
    a clause's subject, a main clause run on after a closing word with no comma or join, a
    fronted "når"/"hvis" clause with no comma before its main clause. Its own patterns: the
    product's gate (nlp/reason_gate.py) is no oracle here."""
    first = unicodedata.normalize("NFC", str(text or "")).split(". ", 1)[0]
    lead = re.search(r", (?:fordi|så) ", first)
    if not lead:
        return []
    reason = first[lead.end() :].rstrip(".")
    low = reason.lower()
    said = []
    if re.search(_BODY_SUBJECT, low):
        said.append("a bare body part as a subject")
    if re.search(rf"\b(?:{_RUN_ON_CLOSERS}) {_PRONOUN_FINITE}", low):
        said.append("a main clause run on with no comma")
    if re.search(_FRONTED_NO_COMMA, low):
        said.append("a fronted clause with no comma before its main clause")
    return [f"the reason left as said ({', '.join(said)}) {reason!r}"] if said else []


def _cut_and_scraps(text: str) -> list[str]:
    """A clause cut short, a sentence that runs on in lower case, a filler or a scrap."""
    problems = []
    low = norm(text)
    for m in re.finditer(r"(\w+)\s*(?:\.|$)", low):
        if m.group(1) in CUT_ENDS:
            problems.append(f"clause cut short on {m.group(1)!r}")
    for m in re.finditer(r"([\w.]+)\.\s+([a-zæøå]\w*)", unicodedata.normalize("NFC", text)):
        if not m.group(1)[-1:].isdigit() and m.group(1).lower() not in ABBREVIATIONS:
            problems.append(f"full stop followed by lower case {m.group(2)!r}")
    for m in re.finditer(r"(\w+)\s*[,.;:!?]", low):
        if m.group(1) in QUESTION_ENDS:
            problems.append(f"a scrap ending on the question word {m.group(1)!r}")
    words = WORD.findall(low)
    problems += [f"filler word {w!r} in the goal" for w in words if w in FILLERS]
    for first, second in zip(words, words[1:], strict=False):
        if first in MODALS and second in STATIC_ADVERBS:
            problems.append(f"verb missing after a modal {first!r} {second!r}")
    return problems


RUN_ON_SUBJECTS = frozenset({"han", "hun", "vi"})  # "de" is an article too ("med de elastikker")
#: Words after which "hun bliver" is a clause of its own lead ("når hun kommer", "som de har").
CLAUSE_LEADS = frozenset({
    "når", "som", "at", "hvor", "hvis", "fordi", "mens", "da", "der", "og", "men", "eller", "så",
    "til", "fra", "hvad", "hvem", "hvordan", "hvornår", "om", "end", "før", "efter", "indtil",
    "inden", "siden", "selvom", "uden",
    "den", "det", "de", "dem", "noget", "alt",
})  # fmt: skip
PAST_FORMS = frozenset({"var", "havde", "blev", "kom", "gik", "fik", "sad", "stod", "boede"})


def _run_on_in_the_wish(text: str) -> list[str]:
    """ "bage en lagkage til Ellas fødselsdag hun bliver fire …": a new sentence run on inside
    the wish (from "kunne" to its first comma or stop), a pronoun subject and a finite verb with
    no clause lead before them."""
    low = norm(text)
    start = low.find(" kunne ")
    if start < 0:
        return []
    wish = WORD.findall(re.split(r"[.,;:!?]", low[start:])[0])
    return [
        f"a sentence run on inside the wish {a!r} {b!r}"
        for prev, a, b in zip(wish, wish[1:], wish[2:], strict=False)
        if a in RUN_ON_SUBJECTS
        and prev not in CLAUSE_LEADS
        and (_present_tense(b) or b in PAST_FORMS or b in MODALS)
    ]


#: "den er", "det er": a pointing subject and its verb that open a spoken sentence of their own.
POINTING_SUBJECTS = frozenset({"den", "det"})
COPULAS = frozenset({"er", "var"})
#: Verbs whose object clause may go without "at" ("jeg synes det er", "han ved det er").
SAYING_VERBS = frozenset({"synes", "tror", "ved", "føler", "mener", "siger", "håber", "syntes"})
QUESTION_WORDS = QUESTION_ENDS | {"hvor", "hvornår", "hvordan"}
#: Finite verbs that make the words before them a clause ("jeg kan", "min datter kommer").
FINITE = frozenset({"er", "var", "har", "havde", "kan", "vil", "skal", "må", "bliver", "kommer"})


def _spoken_clause_run_on(clauses: list[list[str]]) -> list[str]:
    """ "… på biblioteket igen den er hver anden onsdag", "… for mig det er noget": a finite
    clause goes on into a spoken sentence of its own ("den er", "det er") with no join between,
    no comma, no stop and no clause lead."""
    problems = []
    for clause in clauses:
        for i in range(2, len(clause) - 1):
            prev, subject, verb = clause[i - 1], clause[i], clause[i + 1]
            if subject not in POINTING_SUBJECTS or verb not in COPULAS:
                continue
            if prev in CLAUSE_LEADS or prev in SAYING_VERBS or prev in FINITE:
                continue
            if any(w in QUESTION_WORDS for w in clause[max(0, i - 3) : i - 1]):
                continue  # "hvilken dag det er", "hvad klokken det er"
            if any(w in FINITE or _present_tense(w) for w in clause[: i - 1]):
                problems.append(f"a spoken sentence run on without a join {prev!r} {subject!r}")
    return problems


def _selv_twice_in_the_wish(text: str) -> list[str]:
    """ "Jeg vil selv kunne gå i bad selv, …": "selv" twice in the wish clause (its first
    sentence up to the first comma or stop), next to each other or not."""
    wish = WORD.findall(re.split(r"[.,;:!?]", norm(text))[0])
    return ["'selv' twice in the wish clause"] if wish.count("selv") > 1 else []


def _neuter_head(word: str) -> bool:
    """Whether a noun is neuter by itself or by its last part ("undertøj": "tøj")."""
    word = word.removesuffix("s") if word.removesuffix("s") in NEUTER_NOUNS else word
    return word in NEUTER_NOUNS or any(
        word.endswith(n) and len(word) - len(n) >= 3 and len(n) >= 3 for n in NEUTER_NOUNS
    )


def _compound_neuters(clauses: list[list[str]]) -> list[str]:
    """ "min undertøj", "min beskidte undertøj": a common-gender possessive before a neuter
    compound, with an adjective (ending in -e) between or not."""
    problems = []
    for c in clauses:
        for i, word in enumerate(c[:-1]):
            if word not in POSSESSIVES_COMMON:
                continue
            j = i + 1
            if j + 1 < len(c) and c[j].endswith("e") and not _neuter_head(c[j]):
                j += 1  # "min beskidte undertøj"
            if (j > i + 1 or c[j] not in NEUTER_NOUNS) and _neuter_head(c[j]):
                problems.append(
                    f"common-gender possessive before a compound neuter {word!r} {c[j]!r}"
                )
    return problems


def _reflexives_of_jeg(text: str) -> list[str]:
    """ "så jeg ikke føler mig som en patient i sit eget hjem": in a clause whose subject is
    "jeg", a reflexive is the first person's ("mit"), not the third's."""
    problems = []
    for part in re.split(r"[.,;:!?]", unicodedata.normalize("NFC", text)):
        subject = None
        words = WORD.findall(part)
        for k, word in enumerate(words):
            low = word.lower()
            if low == "jeg":
                subject = "jeg"
            elif low in SUBJECT_RESETS or (k and word[:1].isupper()):
                subject = None
            elif person_owns(words, k, _goal_words()[0]):
                continue  # "give mit barnebarn sin julegave": the grandchild's, its gender unsaid
            elif low in REFLEXIVES and subject == "jeg":
                problems.append(f"third-person reflexive {low!r} in a clause of 'jeg'")
    return problems


def _names(text: str) -> set[str]:
    """Lower-cased words written with a capital inside a sentence: names ("så skal Jesper ikke
    …" has no present tense after a modal)."""
    out = set()
    for sentence in re.split(r"[.!?]\s+", unicodedata.normalize("NFC", str(text or ""))):
        words = WORD.findall(sentence)
        out |= {w.lower() for w in words[1:] if w[:1].isupper()}
    return out


def _present_tense(word: str) -> bool:
    if word in SHORT_PRESENT:
        return True
    return len(word) > 3 and word.endswith("er") and word not in NOT_PRESENT_TENSE


def _get(data, path: str):
    for part in path.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def _holds(items, item) -> bool:
    """Whether a list holds item, or (for strings) an element naming it as a whole word."""
    if isinstance(item, str):
        return any(isinstance(x, str) and has_phrase(x, item, whole=True) for x in items)
    return item in items


def step_problems(out: dict) -> list[str]:
    """Return the sub-goals that do not fit the goal: a step on foot for one whose aid is on
    wheels, a step with an unchosen aid ("hjælpemiddel") for a goal done alone ("selv"), a step
    that says the goal's wish word for word."""
    goal = out.get("goal") or {}
    steps = [norm(s.get("text")) for s in out.get("subgoals") or [] if isinstance(s, dict)]
    aids = norm(" ".join(str(a) for a in goal.get("aids") or []))
    problems = []
    if any(w in aids for w in WHEELED_AIDS):
        problems += [
            f"a step on foot for one on wheels ({aids}): {s!r}" for s in steps if ON_FOOT.search(s)
        ]
    if goal.get("independence") == "selv":
        problems += [
            f"a step with an aid for a goal done alone: {s!r}" for s in steps if "hjælpemiddel" in s
        ]
    wish = re.match(r"jeg vil (?:selv )?kunne ([^.,]+)[.,]", norm(goal.get("text")))
    if wish:
        problems += [
            f"a step is the goal's wish: {s!r}" for s in steps if s == f"jeg kan {wish[1]}."
        ]
    return problems


#: Words that negate a clause, as said or typed ("ik", "ikk"), and the words said with one
#: ("ikke også", "heller ikke", "ikke engang", "ikke mere") that the goal may move or drop.
NEGATIONS = frozenset({"ikke", "ikk", "ik", "aldrig", "ingen", "intet"})
NEGATION_COMPANIONS = frozenset({"også", "ogsaa", "osse", "heller", "engang", "mere", "længere"})
#: Words right after a clause's negation compared with the goal's clauses.
NEGATED_TAIL = 4


def _ascii(text: str) -> str:
    """The text in small letters with æ, ø, å typed as "ae", "oe", "aa" (answers are typed so)."""
    low = unicodedata.normalize("NFC", str(text or "")).lower()
    return low.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def negations_lost(text: str, answers) -> list[str]:
    """ "og lis skal ikke også have det på sig" said, "og min kone skal have det på sig"
    written: the words a clause's negation denies, said again by the goal in a clause without
    one (its meaning reversed)."""
    drop = {_ascii(w) for w in NEGATIONS | NEGATION_COMPANIONS}
    goal = []
    for clause in re.split(r"[,.;:!?]", _ascii(text)):
        words = WORD.findall(clause)
        goal.append((" " + " ".join(w for w in words if w not in drop) + " ", drop & set(words)))
    problems = []
    for answer in answers or ():
        for clause in re.split(r"[,.;:!?]|\b(?:og|men|fordi|så|saa)\b", _ascii(answer)):
            words = WORD.findall(clause)
            negs = [k for k, w in enumerate(words) if w in {_ascii(n) for n in NEGATIONS}]
            for k in (k for k in negs if _negates(words, k, drop)):
                # what the negation denies: the words right after it ("have det paa sig")
                denied = [w for w in words[k + 1 :] if w not in drop][:NEGATED_TAIL]
                if len(denied) < NEGATED_TAIL:
                    continue
                tail = " " + " ".join(denied) + " "
                if any(tail in said and not negated for said, negated in goal):
                    problems.append(f"a negated clause said again without its negation: {clause!r}")
    return problems


#: Modals, folded as typed: "skal kunne ikk" is a modal's chain, its "ikk" a spoken tag.
CHAIN_MODALS = frozenset({"kan", "kunne", "vil", "ville", "skal", "skulle", "maa", "maatte"})
#: A spoken "ik"/"ikk" ending a clause of an answer, with the two words before it.
SPOKEN_TAG = re.compile(r"(\w+) (\w+) ikk?'?(?=\s*(?:[,.;:!?]|$)|\s+(?:og|men|saa)\b)")


def tags_made_negations(text: str, answers) -> list[str]:
    """ "… en morfar skal kunne ikk" said, "… skal kunne ikke." written: the spoken tag ending
    a clause turned into the negation "ikke" at a clause's end in the goal (its meaning
    changed); a negation right after a subject or a finite verb ("det kan jeg ikk") is none."""
    goal = _ascii(text)
    problems = []
    for answer in answers or ():
        for m in SPOKEN_TAG.finditer(_ascii(answer)):
            first, second = m.group(1), m.group(2)
            if second in NEGATED_AFTER and not (first in CHAIN_MODALS and second in CHAIN_MODALS):
                continue  # "det kan jeg ikk", "fordi jeg kunne ikk": the verb's negation
            if re.search(rf"\b{first} {second} ikke\s*[,.]", goal):
                problems.append(f"a spoken tag made a negation: {m.group(0)!r}")
    return problems


#: Words a clause's negation stands right after ("skal ikke", "jeg ikke"), folded as typed.
NEGATED_AFTER = frozenset({
    "kan", "kunne", "vil", "ville", "skal", "skulle", "maa", "maatte", "gider", "toer", "har",
    "er", "var", "havde", "jeg", "han", "hun", "vi", "de", "man",
})  # fmt: skip


def _negates(words: list[str], k: int, drop: set[str]) -> bool:
    """True when the negation at k is a clause's: after a modal, an auxiliary or a subject
    (companions like "heller" between), with more of the clause after it; not a tag."""
    j = k - 1
    while j >= 0 and words[j] in drop:
        j -= 1
    if j < 0 or words[j] not in NEGATED_AFTER or not set(words[k + 1 :]) - drop:
        return False
    # the citizen's own "jeg kan ikke komme ned i båden" (a relative's "hun kan ikke …") is the
    # trouble the goal turns round on purpose; another's "lis skal ikke …" must keep its no
    subject = words[j] if words[j] in CITIZEN_SUBJECTS else words[j - 1] if j > 0 else ""
    return subject not in CITIZEN_SUBJECTS


#: Subjects that may be the citizen: their negated clause is a trouble, not another's rule.
CITIZEN_SUBJECTS = frozenset({"jeg", "han", "hun", "vi", "man"})


def check(out: dict, expect: dict, answers=None) -> list[str]:
    """Return the problems of a played persona's stdout against the new expect keys and grammar;
    with the persona's `answers`, also the negations the goal lost."""
    has_draft = bool(out.get("draft_id")) and isinstance(out.get("goal"), dict)
    if expect.get("no_draft") or expect.get("refused"):
        return [] if out.get("draft", "") is None else [f"a draft was made: {str(out)[:300]}"]
    wanted = any(expect.get(key) for key in ("goal_has", "goal_lacks", "lacks"))
    if not has_draft:
        return ["no draft, but the persona expects one"] if wanted else []
    text = out["goal"].get("text") or ""
    problems = [f"goal.text: {p}: {text!r}" for p in grammar_problems(text)]
    problems += [f"goal.text: {p}: {text!r}" for p in negations_lost(text, answers)]
    problems += [f"goal.text: {p}: {text!r}" for p in tags_made_negations(text, answers)]
    problems += [f"goal.text: {p}: {text!r}" for p in forms_not_danish(text, answers)]
    problems += step_problems(out)
    steps = [norm(s.get("text")) for s in out.get("subgoals") or [] if isinstance(s, dict)]
    for phrase in expect.get("steps_lack") or []:
        problems += [f"a sub-goal holds {phrase!r}: {s!r}" for s in steps if norm(phrase) in s]
    for phrase in expect.get("goal_has") or []:
        if not has_phrase(text, phrase, whole=False):
            problems.append(f"goal.text lacks {phrase!r}: {text!r}")
    for phrase in expect.get("goal_lacks") or []:
        if has_phrase(text, phrase, whole=True):
            problems.append(f"goal.text holds {phrase!r}: {text!r}")
    for path, items in (expect.get("lacks") or {}).items():
        value = _get(out, path) or []
        for item in items:
            if _holds(value, item):
                problems.append(f"{path} holds {item!r}: {value!r}")
    return problems


def forms_not_danish(text: str, answers=None) -> list[str]:
    """The words of a goal the person never said (as typed, or as the speller writes it) that
    the lexicon knows as no Danish form ("træe" made of "træer", "dukkernen" of "dukkerne"):
    nlp/word_forms.py, the guard every composed goal passes through, should have kept none."""
    from conftest import spelled  # noqa: PLC0415

    from assistant.content import get_content  # noqa: PLC0415

    said = [str(a) for a in answers or () if a]
    said += [" ".join(spelled(a)) for a in said]
    return [
        f"a form no Dane writes {w!r}"
        for w in unknown_forms(text, said_words(said), get_content("da").goals)
    ]


#: Verbs that take an object and then an infinitive ("se børnene lege", "høre fuglene synge").
OBJECT_INFINITIVE_VERBS = frozenset({
    "se", "høre", "lade", "hjælpe", "mærke", "føle", "få", "bede", "lære", "lytte",
})  # fmt: skip
#: What opens a noun phrase: after a verb it makes the verb's object ("tage et brusebad").
OBJECT_OPENERS = frozenset({"en", "et", "min", "mit", "mine", "sin", "sit", "sine", "mig"})
#: What "en"/"et" opens after a noun when it tells how often or how long ("en gang", "en time").
COUNT_AFTER_ARTICLE = frozenset({"gang", "halv", "time", "kvarter", "uge", "måned", "dag"})
#: Words a second verb may follow in one verb phrase ("gå ud og handle", "lære at strikke").
VERB_JOINS = frozenset({
    "og", "eller", "at", "for", "til", "med", "uden", "kan", "kunne", "vil", "skal", "må",
    "selv", "igen", "også", "stadig", "godt", "ikke", "så",
})  # fmt: skip


#: What opens a relative clause: its subject and finite verb follow ("som ergoterapeuten viste").
RELATIVE_LEADS = frozenset({"som", "der"})


def _verb_phrases_side_by_side(clauses: list[list[str]], names: set[str]) -> list[str]:
    """ "kunne gå i bad tage et brusebad": a spoken self-repair kept, two infinitive phrases
    side by side in the wish with no join between them, the second with its object."""
    problems = []
    for clause in clauses:
        starts = [i + 1 for i, w in enumerate(clause) if w in ("kunne", "kan")]
        for s in starts:
            k = s
            while k < len(clause) and clause[k] in BEFORE_THE_VERB:
                k += 1
            if k >= len(clause) or not _looks_like_a_verb(clause[k]):
                continue
            if clause[k] in OBJECT_INFINITIVE_VERBS:
                continue
            for j in range(k + 2, len(clause) - 1):
                prev, verb, nxt = clause[j - 1], clause[j], clause[j + 1]
                if prev in VERB_JOINS | CLAUSE_LEADS | MODAL_FORMS or _small(prev):
                    continue  # "til en korprøve en halv time": an article, no verb before
                if verb in names or prev in AMOUNT_WORDS | ADVERBS or "'" in prev:
                    continue  # "mit oldebarn Sofie en …", "i halvanden time en …"
                if verb[-1:] in "æø" or prev in ("eget", "egen", "egne"):
                    continue  # "mit eget juletræ": a noun that folds to an -e ending
                if _looks_like_a_verb(prev) or _present_tense(verb):
                    continue
                if clause[j - 2] in RELATIVE_LEADS:
                    continue  # "den påtager som ergoterapeuten viste mig": a relative clause
                if clause[j + 2 : j + 3] and clause[j + 2] in COUNT_AFTER_ARTICLE:
                    continue  # "tage min sprøjte en gang om ugen": a frequency, no object
                if _looks_like_a_verb(verb) and nxt in OBJECT_OPENERS:
                    problems.append(f"two verb phrases side by side {prev!r} {verb!r}")
    return problems


def _restated_after_igen(clauses: list[list[str]]) -> list[str]:
    """ "lave rigtig mad igen varm mad": a noun said again after "igen", an afterthought that
    restates the object."""
    problems = []
    for clause in clauses:
        for i, w in enumerate(clause):
            if w != "igen":
                continue
            before = set(clause[:i])
            for nxt in clause[i + 1 : i + 4]:
                if _looks_like_a_verb(nxt) or _small(nxt) or nxt in AMOUNT_WORDS:
                    continue  # "læse … igen med et læse-tv": a verb, no noun said again
                if nxt in SUBJECT_PRONOUNS:
                    continue  # "igen uden at jeg skal …": a new clause's subject, no noun
                if len(nxt) > 2 and nxt in before:
                    problems.append(f"a noun restated after 'igen' {nxt!r}")
    return problems


def _stray_marks(text: str) -> list[str]:
    """ "smøre, to... rugbrød": an ellipsis typed by broken speech, or a comma between the
    wish's verb and its object ("kunne smøre, mad", "trykke på birthes, billede")."""
    problems = []
    low = unicodedata.normalize("NFC", text)
    if "..." in low or "…" in low:
        problems.append("an ellipsis inside the goal")
    for m in re.finditer(r"\b(?:kunne|kan)\s+(?:selv\s+)?(\w+),\s+(\w+)", norm(text)):
        verb, nxt = m.group(1), m.group(2)
        if verb in SET_PHRASE_VERBS or nxt in CLAUSE_LEADS | BEFORE_THE_VERB | TIME_OPENERS:
            continue  # "jeg kan lide, hver dag": a set phrase, then when
        if _looks_like_a_verb(verb) and not (_looks_like_a_verb(nxt) or _present_tense(nxt)):
            problems.append(f"a comma between a verb and its object {verb!r} {nxt!r}")
    for m in STRAY_COUNT.finditer(norm(text)):  # "… alle knapperne. 7 stk. Det vil jeg …"
        problems.append(f"a stray count as a sentence or after a comma {m.group(0).strip()!r}")
    for m in re.finditer(r"\b(?:på|til|med|hos)\s+(\w+s),\s+(\w+)", norm(text)):
        if m.group(2) not in CLAUSE_LEADS and _known(m.group(2)):
            problems.append(f"a comma after a genitive {m.group(1)!r} {m.group(2)!r}")
    return problems


#: Words that count things after a number ("7 stk").
COUNT_WORDS = ("stk", "styk", "styks", "stykker")
#: Number words up to twelve, as typed.
NUMBER_WORDS = ("en", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
                "elleve", "tolv")  # fmt: skip
#: A sentence (or a comma's tail) of only a number, perhaps a counting word: "knapperne. 7 stk."
_NUMBER = "|".join((r"\d+", *NUMBER_WORDS))
#: Abbreviations whose full stop ends no sentence ("kl. 9", "ca. 300 meter"): no stray count.
ABBREVIATIONS = ("kl", "ca", "nr")
_AFTER_NO_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
STRAY_COUNT = re.compile(
    rf"{_AFTER_NO_ABBREVIATION}[.,]\s+(?:{_NUMBER})(?:\s+(?:{'|'.join(COUNT_WORDS)}))?\s*(?:[.!?]|$)"
)
#: Verbs of a set phrase after "kan" ("kan lide"), a clause of its own after them.
SET_PHRASE_VERBS = frozenset({"lide"})
#: Words that open a time phrase after a comma ("…, hver dag").
TIME_OPENERS = frozenset({"hver", "hele", "alle", "om", "på", "i"})
#: Amounts before a unit ("i halvanden time"): the unit is no verb.
AMOUNT_WORDS = frozenset({
    "halvanden", "en", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
    "par", "halv",
})  # fmt: skip
#: Adverbs an infinitive may follow in one phrase ("kun stoppe en gang").
ADVERBS = frozenset({"kun", "bare", "lige", "helst", "hellere", "gerne", "helt", "altid"})


@functools.cache
def _small_words() -> frozenset[str]:
    """Function words and prepositions of the goal grammar ("med", "en", "paa"), folded as the
    grammar keeps them: compare a goal's word through `_small`."""
    from assistant.content.grammar import fold  # noqa: PLC0415

    grammar, _nouns = _goal_words()
    return frozenset(fold(w) for w in grammar.function_words | grammar.dangling | OBJECT_OPENERS)


def _small(word: str) -> bool:
    """True for a function word or preposition of the goal grammar, æ/ø/å or not ("på")."""
    from assistant.content.grammar import fold  # noqa: PLC0415

    return fold(word) in _small_words()


#: Subject pronouns: a new clause's subject, never a noun said again.
SUBJECT_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man"})


#: Kin and other people a name often follows ("min søster Birthe", "min nabo Karen").
KIN_WORDS = frozenset({
    "søster", "bror", "datter", "søn", "kone", "mand", "nabo", "veninde", "ven", "barnebarn",
    "svigerdatter", "svigersøn", "kusine", "fætter", "niece", "nevø", "moster", "faster",
    "onkel", "tante", "kæreste", "hustru",
})  # fmt: skip
OWNERS = frozenset({"min", "mit", "mine", "sin", "sit", "sine", "hans", "hendes"})


def _lower_case_kin_names(text: str) -> list[str]:
    """ "min søster birthe": a name in lower case after a kin word, a word no Danish lexicon
    holds."""
    words = WORD.findall(unicodedata.normalize("NFC", text))
    problems = []
    for owner, kin, name in zip(words, words[1:], words[2:], strict=False):
        if owner.lower() not in OWNERS or kin.lower() not in KIN_WORDS:
            continue
        low = name.lower()
        if low in AMOUNT_WORDS or _present_tense(low) or _known(low):
            continue  # "min datter fem gange", "min kone rører", "min bror på"
        if low in _everyday_words() and low not in _proper_names():
            continue  # "min søn ude på værkstedet": an everyday word that names no one
        if name[:1].islower() and name.isalpha():
            problems.append(f"a name in lower case after a kin word {kin!r} {name!r}")
    return problems


#: Words a person's name follows ("med ole", "til inger", "besøge inger").
NAME_LEADS = frozenset({
    "med", "til", "hos", "for", "fra", "besøge", "besøger", "hente", "henter", "hjælpe",
    "hjælper", "møde", "invitere", "passe", "kramme",
})  # fmt: skip
#: Words that may stand between a subject and its verb ("så ole ikke skal").
SUBJECT_ADVERBS = frozenset({"ikke", "også", "jo", "altid", "aldrig", "gerne", "godt", "nok"})


def _lower_case_first_names(text: str) -> list[str]:
    """ "fordi karen synger med", "med ole", "ellens fødselsdag": a first name of the names
    data (the spelling table's `person_names`, which holds no word of the lexicon) written in
    lower case where a person stands (the data's firms and words, "på messenger", "2 poser max",
    are let be); one after a kin word is told by _lower_case_kin_names."""
    words = WORD.findall(unicodedata.normalize("NFC", text))
    names = _first_names()

    def person_at(k: int) -> bool:
        word = words[k]
        j = k + 1
        while j < len(words) - 1 and words[j].lower() in SUBJECT_ADVERBS:
            j += 1
        after = words[j].lower() if j < len(words) else ""
        joined = k > 1 and words[k - 1] == "og" and words[k - 2].lower() in names
        return (
            (word.endswith("s") and word[:-1] in names)
            or (k > 0 and words[k - 1].lower() in NAME_LEADS)
            or joined
            or _present_tense(after)
            or after in MODAL_FORMS
        )

    return [
        f"a first name in lower case {word!r}"
        for k, word in enumerate(words)
        if word.islower()
        and word in names
        and not _known(word)
        and person_at(k)
        and not (k >= 2 and words[k - 2].lower() in OWNERS and words[k - 1].lower() in KIN_WORDS)
    ]


@functools.cache
def _first_names() -> frozenset[str]:
    """The first names of the spelling table (`person_names`), lower-cased, genitives too."""
    import json  # noqa: PLC0415

    from assistant import CONTENT_ROOT  # noqa: PLC0415

    path = CONTENT_ROOT / "da" / "nlp" / "spelling.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(unicodedata.normalize("NFC", n) for n in table.get("person_names") or {})


@functools.cache
def _everyday_words() -> frozenset[str]:
    """The everyday Danish words of the spelling build's word list (common_words.txt)."""
    from assistant import CONTENT_ROOT  # noqa: PLC0415

    path = CONTENT_ROOT / "da" / "nlp" / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


MIN_PLAIN_TYPED = 5  # shortest word read as typed with a plain o or a for its ø or å
MIN_UNDOUBLED_TYPED = 9  # shortest such word read with a doubled consonant for a single one


def _plain_letter_words(text: str) -> list[str]:
    """Words the lexicon and the everyday list do not know, typed small, that are a word of
    either with a plain o or a read as its ø or å, a doubled consonant made single or not
    ("smorrebroddet": smørrebrødet): a typing without æøå the goal kept (ASCII_SPELLINGS lists
    only the ae/oe/aa typings)."""
    from assistant.nlp.spelling import plain_letter_forms  # noqa: PLC0415

    words = _lexicon() | _everyday_words()
    out = []
    for word in dict.fromkeys(WORD.findall(unicodedata.normalize("NFC", text))):
        if len(word) < MIN_PLAIN_TYPED or not (word.isascii() and word.isalpha()):
            continue
        if not word.islower() or _known(word) or word in words or word in _first_names():
            continue
        # a doubled consonant only in a long word: "arret" (the scar) is no "året"
        long = len(word) >= MIN_UNDOUBLED_TYPED
        typed = {word} | {
            word[:i] + word[i + 1 :]
            for i in range(1, len(word))
            if long and word[i] == word[i - 1] and word[i] not in "aeiouy"
        }
        once = {f for t in typed for f in plain_letter_forms(t)}
        twice = {f for t in once for f in plain_letter_forms(t)}
        if (once | twice) & words:
            out.append(f"ASCII spelling of a Danish word {word!r}")
    return out


def _known(word: str) -> bool:
    """True for a word the lexicon knows, as written or folded ("på", "paa")."""
    from assistant.content.grammar import fold  # noqa: PLC0415

    return word in _lexicon() or fold(word) in _lexicon()


@functools.cache
def _lexicon() -> frozenset[str]:
    """Every Danish word form the lemma table and the goal grammar know."""
    import json  # noqa: PLC0415

    from assistant import CONTENT_ROOT  # noqa: PLC0415

    table = json.loads((CONTENT_ROOT / "da" / "nlp" / "lemmas.json").read_text(encoding="utf-8"))
    forms = table.get("forms") or {}
    grammar, nouns = _goal_words()
    known = set(forms) | set(forms.values()) | set(nouns) | set(_small_words()) | _aid_forms()
    return frozenset(known | CLAUSE_LEADS | VERB_JOINS | BEFORE_THE_VERB | OWNERS | KIN_WORDS)


def _aid_forms() -> set[str]:
    """Every form of an aid the aid lexicon names, as written ("malestok", the painter's stick:
    no "målestok" typed without å)."""
    from assistant import CONTENT_ROOT  # noqa: PLC0415

    path = CONTENT_ROOT / "da" / "nlp" / "aids.yaml"
    aids = yaml.safe_load(path.read_text(encoding="utf-8")).get("aids") or {}
    return {unicodedata.normalize("NFC", str(f)) for forms in aids.values() for f in forms}


def _definite_noun(word: str) -> bool:
    """A noun in its definite form by the lemma table ("blomsterne" → "blomst", "vandet" →
    "vand") or by a plural's definite ending ("krukkerne"): never an infinitive."""
    lemma = _lemma_forms().get(word)
    if lemma and lemma != word and word.endswith(("en", "et", "ne")):
        return True
    return len(word) > 6 and word.endswith("erne")


@functools.cache
def _lemma_forms() -> dict[str, str]:
    """The lemma table's word forms and their lemmas."""
    import json  # noqa: PLC0415

    from assistant import CONTENT_ROOT  # noqa: PLC0415

    table = json.loads((CONTENT_ROOT / "da" / "nlp" / "lemmas.json").read_text(encoding="utf-8"))
    return dict(table.get("forms") or {})


#: Subordinators whose clause a second one joined by ", og at" does not continue.
NOT_AT_LEADS = frozenset({"fordi", "så", "når", "hvis", "mens", "selvom", "da"})


def _second_reason_as_that_clause(text: str) -> list[str]:
    """ "fordi det er min kaffe, og at jeg ikke vil sidde og vente": a second clause joined with
    ", og at" to a clause that was no "at" clause ("og fordi", or "og" alone, is Danish)."""
    problems = []
    for sentence in re.split(r"[.!?](?:\s+|$)", norm(text)):
        for m in re.finditer(r",\s+og\s+at\b", sentence):
            leads = [w for w in WORD.findall(sentence[: m.start()]) if w in NOT_AT_LEADS | {"at"}]
            if leads and leads[-1] != "at":
                problems.append(f"a clause joined with ', og at' after {leads[-1]!r}")
    return problems


#: Verbs that may take an "at" clause ("se at alle knapperne er knappet", "mærke at jeg …").
THAT_CLAUSE_VERBS = frozenset({
    "se", "høre", "mærke", "føle", "vide", "huske", "sige", "fortælle", "tro", "tjekke",
    "sikre", "opdage", "vise", "forstå", "glemme", "tænke", "kontrollere", "love", "sørge",
    "skrive", "læse", "regne", "synes", "mene", "vente", "bestemme", "klare", "nå", "lære",
    "prøve", "turde", "orke", "gide", "nyde", "elske", "hade", "undgå", "begynde",
    "blive", "have", "få", "være",
})  # fmt: skip
#: Words that open the subject of an "at" clause ("at alle knapperne er …", "at min kaffe …").
THAT_SUBJECTS = frozenset({
    "alle", "min", "mit", "mine", "din", "den", "det", "de", "der", "hele", "begge", "ingen",
    "jeg", "du", "han", "hun", "vi", "man", "hans", "hendes", "vores",
})  # fmt: skip


def _that_clause_after_a_thing_verb(clauses: list[list[str]]) -> list[str]:
    """ "når jeg kan knappe at alle knapperne er knappet rigtigt": in the sign, a verb that
    takes a thing is followed by an "at" clause with a subject of its own (the state told as
    the sign pasted after the wish's verb)."""
    problems = []
    for clause in clauses:
        for i, word in enumerate(clause[:-3]):
            if word != "kan" or i < 2 or clause[i - 2 : i] != ["når", "jeg"]:
                continue  # the sign's verb: "når jeg kan …"
            k = i + 1
            while k < len(clause) and clause[k] in BEFORE_THE_VERB:
                k += 1
            if k + 2 >= len(clause) or clause[k + 1] != "at":
                continue
            verb, subject = clause[k], clause[k + 2]
            if verb in THAT_CLAUSE_VERBS or not _looks_like_a_verb(verb):
                continue
            if subject in THAT_SUBJECTS or _definite_noun(subject):
                problems.append(f"an 'at' clause after a verb of a thing {verb!r} 'at' {subject!r}")
    return problems


#: Names written with a hyphen and a capital after it, which the spelling table cannot hold
#: as one word ("e-Boks": the citizens' digital post box).
HYPHEN_NAMES = frozenset({"e-boks"})

#: Prepositions a place's name follows ("svømmehallen i Skive").
PLACE_LEADS = frozenset({"i", "fra", "til", "ved", "på", "mod", "over", "hos", "omkring"})


def _capital_inside_a_sentence(text: str) -> list[str]:
    """ "fordi Bøgerne er mit selskab": a word the lexicon knows, written with a capital inside
    a sentence, that is no name (of a person, a place or a shop the spelling table knows) and
    no part of a name of several words ("Røde Kors")."""
    problems = []
    for sentence in re.split(r"[.!?:]\s+", unicodedata.normalize("NFC", str(text or ""))):
        words = WORD.findall(sentence)
        for k in range(1, len(words)):
            word = words[k]
            if not word[:1].isupper() or word.isupper() or len(word) < 2:
                continue
            if (
                words[k - 1][:1].isupper()
                and k > 1
                or (k + 1 < len(words) and words[k + 1][:1].isupper())
            ):
                continue  # "Røde Kors", "Anne Marie"
            if f"{words[k - 1]}-{word}".lower() in HYPHEN_NAMES:
                continue  # "e-Boks": one name
            if words[k - 1].lower() in PLACE_LEADS | KIN_WORDS:
                continue  # "i Skive", "min søster Rose": a name may be a word too
            if _opens_title(words, k):
                continue  # "spille Den blå anemone": a title keeps its capital
            low = word.lower()
            if low in _proper_names() or low.removesuffix("s") in _proper_names():
                continue
            if any(_known(w) or _definite_noun(w) for w in (low, low.removesuffix("s"))):
                problems.append(f"a capital inside the sentence on no name {word!r}")
            elif _known_compound(low):
                problems.append(f"a capital inside the sentence on a compound noun {word!r}")
    return problems


#: Letters of a compound's known last part and of the part before it ("sølv|tøjet").
COMPOUND_HEAD, COMPOUND_LEAD = 4, 3


def _known_compound(word: str) -> bool:
    """ "pudse Sølvtøjet": a compound whose last part is a definite noun the lemma table knows
    ("tøjet"), as an answer's typed capital carried into the sentence."""
    return any(
        (head := word[j:]).endswith(("en", "et", "ne")) and _definite_noun(head)
        for j in range(COMPOUND_LEAD, len(word) - COMPOUND_HEAD + 1)
    )


def _opens_title(words: list[str], k: int) -> bool:
    """True for a title's first word after a verb of a song, a book or a film, as the goal
    grammar's data names them ("synge Det er hvidt herude"); an article before a unit ("spille
    En hel time uden pause") is an amount's, no title's."""
    from assistant.content.grammar import fold  # noqa: PLC0415

    grammar = _goal_words()[0]
    lead, word = fold(words[k - 1].lower()), fold(words[k].lower())
    counted = grammar.counts_units(words[k + 1 : k + 3])  # "spille En hel time": an amount
    return lead in grammar.title_verbs and word in grammar.title_openers and not counted


@functools.cache
def _proper_names() -> frozenset[str]:
    """Every name the spelling table knows, lower-cased: people, places, shops."""
    import json  # noqa: PLC0415

    from assistant import CONTENT_ROOT  # noqa: PLC0415

    nlp = CONTENT_ROOT / "da" / "nlp"
    table = json.loads((nlp / "spelling.json").read_text(encoding="utf-8"))
    extra = yaml.safe_load((nlp / "spelling.yaml").read_text(encoding="utf-8")) or {}
    names = set(table.get("person_names") or {}) | set(table.get("places") or {})
    names |= {str(n).lower() for n in table.get("names") or ()}
    names |= {str(n).lower() for n in extra.get("proper_names") or ()}
    return frozenset(unicodedata.normalize("NFC", n) for n in names)


#: What goes wrong while a thing is done ("uden at spilde", "uden at falde"): a sign ends on one
#: only after "uden at" (or "at", "ikke", a modal).
MISHAP_VERBS = frozenset({
    "spilde", "falde", "vælte", "snuble", "tabe", "hvile", "puste", "stoppe", "ryste", "miste",
    "brænde", "skolde",
})  # fmt: skip
#: Words a mishap verb may follow at the end of a clause ("uden at spilde", "ikke falde").
#: "går til spilde" is an idiom of its own.
MISHAP_LEADS = frozenset({"at", "ikke", "aldrig", "og", "eller", "selv", "mere", "igen", "til"})


def _mishap_without_uden_at(clauses: list[list[str]]) -> list[str]:
    """ "… og hældt vandet spilde.": a mishap verb ends a clause right after its object, its
    "uden at" lost."""
    problems = []
    for clause in clauses:
        if len(clause) < 3 or clause[-1] not in MISHAP_VERBS:
            continue
        prev = clause[-2]
        if prev in MISHAP_LEADS or prev in MODAL_FORMS or prev in BEFORE_THE_VERB:
            continue
        if prev in MISHAP_NOUN_LEADS or _verb_before_object(prev):
            continue  # "når jeg har kløvet brænde", "et brænde": the noun (firewood), no mishap
        problems.append(f"a mishap verb without 'uden at' {prev!r} {clause[-1]!r}")
    return problems


#: Words after which a mishap verb's form is a noun ("noget brænde", "mit brænde").
MISHAP_NOUN_LEADS = frozenset({
    "en", "et", "noget", "mit", "dit", "sit", "vores", "hans", "hendes",
})  # fmt: skip


def _verb_before_object(word: str) -> bool:
    """True for a verb's infinitive or participle ("hugge", "kløvet", "båret"): a word after it
    is its object; a noun's definite form that looks like one ("vandet": vand) is none."""
    grammar, _ = _goal_words()
    if grammar.is_infinitive(word) and grammar.lemma_forms.get(word) in (None, word):
        return True  # "hugge brænde"
    infinitive = grammar.infinitive_of_participle(word)
    if infinitive in (None, word) or not grammar.is_infinitive(infinitive):
        return False
    return grammar.lemma_forms.get(word) in (None, infinitive)


#: An inverted main clause said in passing ("og det vil jeg egentlig"): a pointing object, a
#: modal and "jeg" inside a clause.
_INVERTED = re.compile(r"\b(?:og|men)\s+det\s+(?:vil|kan|skal|må|gør)\s+jeg\b")


def _spoken_pieces_in_a_clause(clauses: list[list[str]]) -> list[str]:
    """ "spørge om jeg vil med og det vil jeg egentlig lægen siger": spoken pieces of a story
    pasted into the goal: an inverted "og det vil jeg" inside a clause, or a clause that ends
    on a saying verb after its definite subject with no lead ("lægen siger")."""
    problems = []
    for clause in clauses:
        joined = " ".join(clause)
        if _INVERTED.search(joined):
            problems.append(f"an inverted spoken clause inside a clause {joined!r}")
        if (
            len(clause) >= 3
            and clause[-1] in ATTRIBUTION_VERBS
            and _definite_noun(clause[-2])
            and clause[-3] not in CLAUSE_LEADS | SAYING_LEADS
        ):
            problems.append(f"a spoken attribution pasted in {clause[-2]!r} {clause[-1]!r}")
    return problems


#: Verbs of saying that end a pasted attribution ("… lægen siger"); "ved" is a particle too
#: ("holde hukommelsen ved lige").
ATTRIBUTION_VERBS = frozenset({"siger", "sagde", "mener", "mente", "synes", "syntes", "tror"})
#: Words after which "lægen siger" is a clause of its own lead ("som lægen siger").
SAYING_LEADS = frozenset({"som", "hvad", "hvis", "fordi", "når"})


#: Words that only ever open a clause ("hvor", not "før" or "til"): a clause ending on one, or
#: on one and no verb after it, was cut inside ("… i huset, hvor jeg og min kone.").
CLAUSE_ONLY_LEADS = frozenset({"hvor", "fordi", "når", "hvis", "mens", "selvom", "eftersom"})
#: Clause leads that are prepositions or adverbs too ("før", "efter", "så", "at"): a clause
#: ending on one and a subject pronoun was cut inside ("…, så jeg.", "… før han.").
SUBJECT_LEADS = frozenset({
    "at", "da", "der", "før", "efter", "indtil", "inden", "siden", "så", "om", "hvorfor",
})  # fmt: skip
#: Temporal leads that say "before/after" alone after a join only when a clause was cut off
#: ("…, og før.").
LONE_LEADS = frozenset({"før", "efter", "inden", "indtil", "når", "hvis", "fordi", "hvor"})
CLAUSE_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man"})


def _clause_cut_after_its_lead(clauses: list[list[str]]) -> list[str]:
    """ "… og jeg vil blive boende i huset, hvor jeg.", "…, så jeg.", "…, og før.": a
    subordinate clause cut right after its lead, or after its subject (one of two joined by
    "og": "hvor jeg og min kone."), before its finite verb."""
    problems = []
    for clause in clauses:
        if not clause:
            continue
        if clause[-1] in LONE_LEADS and (len(clause) == 1 or clause[-2] in ("og", "men")):
            problems.append(f"a clause cut right after its lead {clause[-1]!r}")
            continue
        # "jeg når", "hvad der ligger hvor": after a subject or a verb, no lead
        before = clause[-2] if len(clause) > 1 else ""
        verb = before in CLAUSE_SUBJECTS or _finite_form(before)
        if clause[-1] in CLAUSE_ONLY_LEADS and not verb:
            problems.append(f"a clause cut right after its lead {clause[-1]!r}")
            continue
        for i in range(len(clause) - 2, max(-1, len(clause) - 7), -1):
            if clause[i] not in CLAUSE_ONLY_LEADS | SUBJECT_LEADS:
                continue
            if i and clause[i - 1] in CLAUSE_SUBJECTS:
                continue  # "jeg når bussen": a verb after its subject, no lead
            rest = clause[i + 1 :]
            if rest[0] not in CLAUSE_SUBJECTS:
                continue
            tail = [w for w in rest[1:] if w not in BEFORE_THE_VERB]
            joined = tail[:1] in (["og"], ["eller"]) and len(tail) <= 4
            if not tail or (joined and not any(_finite_form(w) for w in tail)):
                problems.append(f"a clause cut before its verb {' '.join(clause[i:])!r}")
                break
    return problems


#: Short finite verbs a goal's clause may hold ("hvor jeg har boet", "når han står op").
SHORT_FINITE = frozenset({"har", "er", "var", "står", "går", "får", "gør", "ser", "bor", "tør"})


def _finite_form(word: str) -> bool:
    """A finite verb by its form ("har", "boede", "kommer"): a subordinate clause's subject
    needs one ("hvor jeg og min kone har boet")."""
    finite = SHORT_FINITE | MODAL_FORMS | PAST_FORMS
    return word in finite or _present_tense(word) or word.endswith("ede")
