"""Whom a relative answers for: a name or a relation, read into words the prompts use (pure)."""

from __future__ import annotations

import re

from assistant.content.grammar import fold, genitive
from assistant.content.yesno import UNCLEAR

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PARTS = re.compile(r"[,.;:!?]")  # "min far Holger, jeg er hans søn": the name is in one part
_MAX_NAME_WORDS = 2
_MAX_WORD = 20
_MAX_ANSWER_WORDS = 12


def about_words(state: dict, dialogue) -> dict[str, str]:
    """Return the placeholders a prompt may use: name, names (genitive), Name, Names.

    The name or relation a relative gave, else the name of a personal link, else "borgeren".
    """
    about = state.about if isinstance(state.about, dict) else {}
    link_name = str(state.citizen_name or "").strip()  # a personal link names the citizen
    if not about.get("name") and link_name:
        about = {"name": link_name, "of": genitive(link_name)}
    name = str(about.get("name") or dialogue.text("about_default"))
    of = str(about.get("of") or dialogue.text("about_default_of"))
    return {"name": name, "names": of, "Name": name[:1].upper() + name[1:],
            "Names": of[:1].upper() + of[1:]}  # fmt: skip


def _relation(tokens: list[str], dialogue) -> dict[str, str] | None:
    for value in _relation_values(dialogue):
        if set(tokens) & {str(w) for w in value.get("words") or ()}:
            return _about(value)
    return None


def _relation_values(dialogue) -> list[dict]:
    """The relation cards' values ("Min mor"), then the typed-only relations ("min mand")."""
    cards = [dialogue.cards[c].value for c in dialogue.card_sets.get("about", ())]
    return [v for v in [*cards, *dialogue.relations] if isinstance(v, dict) and v.get("words")]


def _about(value: dict) -> dict[str, str]:
    """{name, of} of a relation, with `pos` ("hendes"), `kin` ("child") when it says how the
    helper is related to the citizen, `speaker` ("mand") when it says who the helper is, and
    `called` ("mor"): the relation's word for the citizen."""
    about = {"name": str(value["name"]), "of": str(value["of"])}
    for key in ("pos", "kin", "speaker"):
        if value.get(key):
            about[key] = str(value[key])
    if value.get("words"):  # what the relative calls the citizen ("mor"): never a helper
        about["called"] = str(value["words"][0])
    return about


def as_parent_sees_it(text: str, about: dict, dialogue) -> str:
    """A helper's words for family turned into the citizen's: a son's "min søster" is his
    mother's "hendes datter", a wife's "vores barnebarn" her husband's "hans barnebarn", so the
    goal says "min datter", "mit barnebarn"; unchanged when it is not known how they are related."""
    about = about if isinstance(about, dict) else {}
    kin = about.get("kin") or "child"
    pos, table = about.get("pos"), dialogue.kin.get(kin)
    if not pos or not table:
        return text
    # a daughter answering for "mor" says "far" of her father: the mother's husband
    parent = dialogue.kin.get(f"{kin}_{fold(str(about.get('called') or ''))}") or {}
    for words in (table, parent) if parent else (table,):
        text = _kin_pattern(words).sub(
            lambda m, w=words: w[" ".join(m.group(0).lower().split())].format(pos=pos), text
        )
    return _citizen_as_object(text, about, dialogue)


def _citizen_as_object(text: str, about: dict, dialogue) -> str:
    """The relative's word for the citizen after a preposition ("tager værktøjet fra far") as
    the citizen's object pronoun ("fra ham"): no other person named between a helper and their
    later "ham" ("…, så ham skal I ikke regne med")."""
    words = dialogue.words
    called = str(about.get("called") or "")
    objects = dict(w.split(maxsplit=1) for w in words.get("citizen_objects") or ())
    pronoun = objects.get(str(about.get("pos") or ""))
    leads = words.get("citizen_object_leads") or ()
    if not called or not pronoun or not leads:
        return text
    lead = "|".join(map(re.escape, leads))
    own = "|".join(map(re.escape, words.get("citizen_own_words") or ())) or "(?!)"
    at = re.compile(rf"(?<!\w)({lead})\s+(?:(?:{own})\s+)?{re.escape(called)}(?!\w)", re.I)
    return at.sub(lambda m: f"{m.group(1)} {pronoun}", text)


_PATTERNS: dict[int, tuple[dict, re.Pattern[str]]] = {}


def _kin_pattern(table: dict[str, str]) -> re.Pattern[str]:
    """One pattern for every phrase of the table (built once per table)."""
    cached = _PATTERNS.get(id(table))
    if cached is None or cached[0] is not table:
        alts = sorted(table, key=len, reverse=True)
        words = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts)
        cached = (table, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE))
        _PATTERNS[id(table)] = cached
    return cached[1]


def read_about(card: str | None, text: str, dialogue) -> dict[str, str] | None:
    """Return {name, of} from a relation card or a short typed answer ("min mor hun hedder Inge").

    None when the answer gives neither (a "ved ikke", a no, or no name we can be sure of).
    """
    if card is not None:
        value = dialogue.cards[card].value if card in dialogue.cards else None
        if isinstance(value, dict) and "name" in value:
            return _about(value)
        return None
    words = _TOKEN.findall(text)
    tokens = [w.lower() for w in words]
    if not tokens or len(tokens) > _MAX_ANSWER_WORDS:
        return None
    if dialogue.yes_no.classify(text) != UNCLEAR:  # "nej", "ja": no name given
        return None
    skip = set(dialogue.words.get("not_names", ())) | set(dialogue.words.get("who_relative", ()))
    skip |= set(dialogue.yes_no.fillers) | _relation_words(dialogue)
    skip |= set(dialogue.words.get("name_adjectives", ()))  # "min gamle ven Mogens"
    relation = _relation(tokens, dialogue)
    after, name_words = _name_words(text, skip, dialogue)
    fits = name_words and (after or len(name_words) <= _MAX_NAME_WORDS)
    if not fits or any(len(w) > _MAX_WORD for w in name_words[:_MAX_NAME_WORDS]):
        return relation
    name = " ".join(w[:1].upper() + w[1:] for w in _first_and_surname(name_words))
    named = {"name": name, "of": genitive(name)}
    for key in ("pos", "kin", "speaker", "called"):  # "min far Svend": his name, a child speaks
        if relation and key in relation:
            named[key] = relation[key]
    speakers = {fold(w): w for w in dialogue.words.get("speaker_roles", ())}  # typed "soen"
    leads = set(dialogue.words.get("speaker_role_leads", ()))
    said_as = (
        speakers[fold(t)]
        for i, t in enumerate(tokens)
        if fold(t) in speakers and leads & set(tokens[max(0, i - 3) : i])
    )
    if speaker := next(said_as, None):
        named["speaker"] = speaker  # "jeg er nabo til Gudrun": the one answering is a neighbour
    elif mutual := _mutual_role(tokens, dialogue):
        named["speaker"] = mutual  # "min nabo Kaj": Kaj's neighbour answers
    return named


def _first_and_surname(name_words: list[str]) -> list[str]:
    """The first name, and a surname only when written with a capital: "hun er nittito" after
    "Grethe" tells her age, a lower-case word is never taken as her surname."""
    first, *rest = name_words[:_MAX_NAME_WORDS]
    return [first, *(w for w in rest if w[:1].isupper())]


def _name_words(text: str, skip: set[str], dialogue) -> tuple[bool, list[str]]:
    """(after a lead such as "hedder", the words that may be the name) from the first part of
    the answer that has any: "min far Holger, jeg er hans søn" names Holger, not "Holger Hans";
    a word between "er" and the speaker's role ("er hans søn") is no name either."""
    leads = set(dialogue.words.get("name_leads", ()))
    roles = set(dialogue.words.get("speaker_roles", ()))
    role_leads = set(dialogue.words.get("speaker_role_leads", ()))
    for part in _PARTS.split(text):
        words = _TOKEN.findall(part)
        tokens = [w.lower() for w in words]
        after = next((i + 1 for i, t in enumerate(tokens) if t in leads), None)
        found = [
            w
            for i, w in enumerate(words)
            if i >= (after or 0)
            and tokens[i] not in skip
            and not (
                0 < i < len(tokens) - 1 and tokens[i - 1] in role_leads and tokens[i + 1] in roles
            )
        ]
        if found:
            return after is not None, found
    return False, []


def _mutual_role(tokens: list[str], dialogue) -> str | None:
    """A role that goes both ways, said as "min nabo", "min veninde", "min gamle ven": the
    speaker's, too."""
    mutual = set(dialogue.words.get("mutual_roles", ()))
    owners = set(dialogue.words.get("possessives", ()))
    fond = set(dialogue.words.get("name_adjectives", ()))

    def owned(i: int) -> bool:
        k = i - 1 if i > 1 and tokens[i - 1] in fond else i
        return k > 0 and tokens[k - 1] in owners

    return next((t for i, t in enumerate(tokens) if t in mutual and owned(i)), None)


def _relation_words(dialogue) -> set[str]:
    return {str(w) for value in _relation_values(dialogue) for w in value.get("words") or ()}


def role_told(transcript, dialogue) -> str | None:
    """The role a relative gave themself in any answer ("jeg er hendes nabo", typed "jeg er
    hans soen"), as the person word; None when none was said."""
    told = _role_and_owner(transcript, dialogue)
    return told[0] if told else None


def speaker_role(about, transcript, dialogue) -> str | None:
    """Who the relative answering is to the citizen, as a person word: the role they told of
    themself in any answer ("jeg vil gerne være hans mand"), else the one their answer to whom
    they answer for implies ("min mand Torben": most often his wife); None when neither."""
    about = about if isinstance(about, dict) else {}
    return role_told(transcript, dialogue) or about.get("speaker") or None


def owner_told(transcript, dialogue) -> str | None:
    """The citizen's possessive in the role a relative gave themself ("jeg er hendes nabo":
    "hendes"), which tells whether the citizen is "han" or "hun"; None when none was said."""
    told = _role_and_owner(transcript, dialogue)
    return told[1] if told else None


def _role_and_owner(transcript, dialogue) -> tuple[str, str | None] | None:
    """(role, the possessive said before it or None) of the first role a relative told."""
    roles = _speaker_roles(dialogue)
    leads = {fold(w) for w in dialogue.words.get("speaker_role_leads", ())}
    selves = {fold(w) for w in dialogue.words.get("speaker_self", ())}
    apposed = {fold(w): w for w in dialogue.words.get("speaker_role_apposed", ())}
    gap = {fold(w) for w in dialogue.words.get("speaker_role_gap", ())}
    joined = _joined_self(dialogue)
    between = {fold(w) for w in dialogue.words.get("speaker_role_between", ())}
    definite = {fold(w) for w in dialogue.words.get("speaker_role_definite", ())}
    married = _married_roles(dialogue)
    for entry in transcript or []:
        if not isinstance(entry, dict) or entry.get("said_by") != "relative":
            continue
        raw = re.findall(r"\w+", str(entry.get("answer") or ""))
        words = [fold(w) for w in raw]
        for i, w in enumerate(words):  # "jeg er (jo) (hendes) nabo"
            owner = apposed.get(words[i - 1]) if i else None
            if w in roles and any(
                words[k] in leads
                and (_self_before(words, k, selves, gap) or joined(words, k))
                # not "jeg er ikke gammel mand"; a name's genitive may stand: "jeg er Ellens søn",
                # and the relative's own name before the owner: "jeg er Jesper, hendes søn",
                # "jeg er Camilla, Fredes svigerdatter"
                and all(
                    words[j] in between
                    or _genitive_name(raw[j])
                    or (_name(raw[j]) and (words[j + 1] in apposed or _genitive_name(raw[j + 1])))
                    for j in range(k + 1, i)
                )
                for k in range(max(0, i - _ROLE_REACH), i)
            ):
                return roles[w], owner
            if w in roles and i > 1 and owner and words[i - 2] in selves:
                return roles[w], owner  # "mig hans datter", "mig, hendes søn"
            if w in definite and i and words[i - 1] in selves:
                return roles[w], None  # "mig, sønnen"
            if w in married and (m := _married_at(words, raw, i, dialogue)) is not None:
                # "jeg hedder Thomas og er gift med Werners datter Pia": the son-in-law
                k = m - 1
                while k > 0 and words[k] in between:
                    k -= 1  # "jeg er jo gift med …"
                if (
                    k >= 0
                    and words[k] in leads
                    and (_self_before(words, k, selves, gap) or joined(words, k))
                ):
                    return married[w], owner
    return None


def _married_roles(dialogue) -> dict[str, str]:
    """The citizen's kin a relative may say they are married to, folded, each to the role
    that makes the relative ("datter": "svigersøn"): the first word of each entry of
    speaker_role_married is the role, the others the kin's forms."""
    entries = dialogue.words.get("speaker_role_married", ())
    return {fold(form): role for role, *forms in (e.split() for e in entries) for form in forms}


def _married_at(words: list[str], raw: list[str], i: int, dialogue) -> int | None:
    """Where the phrase of marriage ("gift med") begins that words[i], the citizen's kin, ends
    ("gift med hans datter", "gift med Werners datter"); None when none does."""
    between = {fold(w) for w in dialogue.words.get("speaker_role_between", ())}
    for lead in (fold(p).split() for p in dialogue.words.get("speaker_role_married_leads", ())):
        for m in range(max(0, i - len(lead) - _ROLE_REACH), i - len(lead) + 1):
            if words[m : m + len(lead)] != lead:
                continue
            if all(words[j] in between or _genitive_name(raw[j]) for j in range(m + len(lead), i)):
                return m
    return None


def _speaker_roles(dialogue) -> dict[str, str]:
    """The roles a relative may give themself, folded, each to its person word: the plain
    role ("søn"), its definite form ("sønnen": the longest role it begins with) and the
    compound that spells out the kin ("søsterdatter": "niece")."""
    roles = {fold(w): w for w in dialogue.words.get("speaker_roles", ())}
    for form in dialogue.words.get("speaker_role_definite", ()):
        stem = max((r for r in roles if fold(form).startswith(r)), key=len, default=None)
        if stem is not None:
            roles.setdefault(fold(form), roles[stem])
    for role, *forms in (entry.split() for entry in dialogue.words.get("speaker_role_forms", ())):
        roles.update({fold(form): role for form in forms})  # "søsterdatter": the niece
    return roles


def _name(word: str) -> bool:
    """True for a first name said inside a sentence ("Jesper", "Lone")."""
    return len(word) > 1 and word[:1].isupper() and word.isalpha()


def _genitive_name(word: str) -> bool:
    """True for a name said in the genitive inside a sentence ("Ellens", "Bents")."""
    return len(word) > 2 and word[:1].isupper() and word[-1:] in ("s", "S")


_ROLE_REACH = 4  # words from the lead to the role: "er jo hans ældste søn"
_ROLE_GAP = 2  # words of speaker_role_gap that may stand between "jeg" and "er"/"være"


def _self_before(words: list[str], k: int, selves: set[str], gap: set[str]) -> bool:
    """True when the speaker's "jeg" comes before words[k], with at most two words of `gap`
    between ("jeg er", "vil jeg gerne være"; not "jeg vil ikke være")."""
    j = k - 1
    while j >= 0 and k - j <= _ROLE_GAP and words[j] in gap:
        j -= 1
    return j >= 0 and words[j] in selves


_JOINED_REACH = 5  # words from the speaker's "jeg" to "og": "jeg bor ved siden af og er"


def _joined_self(dialogue):
    """A test: is words[k] a lead right after "og" in a clause whose subject is the speaker's
    "jeg" ("jeg hedder Malene og er Pouls bonusdatter"), no other subject or negation between."""
    ands = {fold(w) for w in dialogue.words.get("speaker_role_and", ())}
    subjects = {fold(w) for w in dialogue.words.get("speaker_role_and_subjects", ())}
    stops = {fold(w) for w in dialogue.words.get("speaker_role_and_stops", ())}

    def joined(words: list[str], k: int) -> bool:
        if k < 2 or words[k - 1] not in ands:
            return False
        for j in range(k - 2, max(-1, k - 2 - _JOINED_REACH), -1):
            if words[j] in subjects:
                return True
            if words[j] in stops:
                return False
        return False

    return joined


_QUOTE_LEAD_MAX = 10  # words before a colon that may still be a lead, not a told sentence
_COLON = re.compile(r":\s*")
_TOLD = re.compile(r"[.,;!?]")  # a lead is one short phrase, no sentence told before it


def citizens_quote(text: str, about: dict, dialogue) -> str | None:
    """The citizen's own words when a relative's answer opens by handing them over ("nu er det
    mormor selv der siger det: jeg vil …", "hun siger selv: …", "mor: jeg vil …", spoken "hun
    siger selv jeg vil …"); None when it does not ("hun siger at hun vil …" is told about). The
    citizen is named by a pronoun, a relation's word ("mormor"), or the name or word given."""
    words = dialogue.words
    about = about if isinstance(about, dict) else {}
    who = {fold(w) for w in {*words.get("quote_who", ()), *_relation_words(dialogue)}}
    for key in ("name", "called"):
        who |= {fold(w) for w in _TOKEN.findall(str(about.get(key) or "").lower())}
    says = [tuple(fold(p).split()) for p in words.get("quote_says", ())]
    selves = {fold(w) for w in words.get("quote_self", ())}
    opens = {fold(w) for w in words.get("quote_opens", ())}
    that = {fold(w) for w in words.get("quote_that", ())}
    fillers = {fold(w) for w in dialogue.yes_no.fillers}
    colon = _COLON.search(text)
    if colon:
        if _TOLD.search(text[: colon.start()]):
            return None  # "Ingen. Jeg har tilbudt …, men hun siger: …": a story before it
        lead = [fold(w) for w in _TOKEN.findall(text[: colon.start()].lower())]
        rest = text[colon.end() :].strip()
        bare = [w for w in lead if w not in fillers]
        ok = rest and len(lead) <= _QUOTE_LEAD_MAX and who & set(lead) and bare
        return rest if ok and (len(bare) == 1 or _has_phrase(lead, says)) else None
    tokens = text.split()
    low = [fold(w) for w in _TOKEN.findall(text.lower())]
    if len(low) != len(tokens):
        return None  # a number or a sign among the words: no lead to read
    for end in range(1, min(_QUOTE_LEAD_MAX, len(low) - 1)):
        lead = low[:end]
        if not (who & set(lead) and selves & set(lead) and _has_phrase(lead, says)):
            continue
        if low[end] in that:
            return None
        if low[end] in opens and low[end - 1] not in who:
            return " ".join(tokens[end:])
    return None


def _has_phrase(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    return any(tuple(words[i : i + len(p)]) == p for p in phrases if p for i in range(len(words)))
