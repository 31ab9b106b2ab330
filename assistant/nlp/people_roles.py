"""The role of each person an utterance names: said as a helper, or as someone else.

Roles: helper, companion (takes part), beneficiary (cooked for, visited, the reason), deceased,
missed, unwanted (help the person wants to be free of, or who cannot or should not help),
afraid (worried for the citizen), complaint (complained of: "naboen snakker for meget"), away
(living or staying elsewhere: "min datter er i Aalborg"), advisor
(quoted for what to do: "lægen siger jeg skal …"), aside (said only as having or doing the same
thing: "min nabo har også sådan en", or named inside another's advice: "min søn synes, jeg skal
lade den unge præst klare det"), and other (nothing tells). Only helpers and companions
belong in a goal's network (`people`).
The patterns live in content/<lang>/nlp/people.yaml (`roles`), in the notation of content/lexicon.py
with one extra item, `<person>`: the mention itself, after up to two determiners ("min").
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import PLACEHOLDER, ROLES, RoleCues
from assistant.nlp.declined_offer import no_before, offer_declined, ruled_after_offer
from assistant.nlp.memo import LastCall, Memo
from assistant.nlp.role_marks import (
    FRAMER_REACH,
    advised_mentions,
    corrected_mentions,
    framed_mentions,
    small_names_after,
)
from assistant.nlp.rules import Item, Rule, RuleSet, compile_pattern

HELPING = frozenset({"helper", "companion"})
_PERSON, _DET, _NAME = "p:person", "p:det", "p:name"
_WINDOW = 14  # tokens either side of a mention that a role pattern may reach
_PRONOUN_REACH = 10  # words after a mention in which "han"/"hun" may still be that person
# a veto ("men det her skal de ikke …") may come a whole clause after the mention
_VETO_REACH = 30
# … and after a story of long ago, which takes words of its own ("min bror gik med mig i skole
# da vi var små, han går med mig til købmanden")
_STORY_REACH = 16
_NOT_REACH = 4  # words after that "han"/"hun" a negation denies the help: "han vil ikke gå med"
_DECEASED = "deceased"
_UNWANTED = "unwanted"
_AWAY = "away"
_ADVISOR = "advisor"
_ASIDE = "aside"
_AFRAID = "afraid"  # afraid or worried for the citizen: no helper by that alone
_COMPLAINT = "complaint"  # complained of ("naboen snakker for meget"): no helper, none refused
_PAST = "past"  # company of a story long ago ("da jeg var dreng fiskede jeg med min far")
_FRAMERS = frozenset({_ADVISOR, _UNWANTED})  # whose view frames advice, no help of theirs
_END, _END_KEYS = ".", frozenset({"l:."})  # the mark the end of an utterance stands for
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
# no help told of them (only a worry: "min søster er bange for at køre, så hun kan ikke hente
# mig"): a later refusal or help decides
_OPEN = frozenset({"other", _AWAY, _AFRAID, _COMPLAINT})
# told of them with no help and no refusal: help told of them later wins, whatever joins the
# clauses ("min kone styrer alt med pengene, og hun kører mig derned")
_WEAK = frozenset({_AWAY, _ADVISOR, _AFRAID, _COMPLAINT})


def _said(base: Sequence[frozenset[str]]) -> frozenset[str]:
    """Every key of an utterance's tokens (as roles() marks them), with the person's."""
    return frozenset().union(*base, (_PERSON,))


_LAST_SAID = LastCall()  # the keys of the utterance roles() last read (one base, many windows)


class RoleFinder:
    """Compiled role patterns of one Lexicon; `roles()` reads one utterance's mentions."""

    def __init__(self, lex, grammar=None):
        cues: RoleCues = lex.people_roles or RoleCues()
        self.grammar = grammar  # "hun hjælper mig": a present verb of a later "han"/"hun"
        self.cues = cues
        rules = [Rule(role, _items(pattern, lex)) for role, pattern in cues.patterns]
        self.rules = RuleSet(rules)
        # "… men det her skal de ikke have noget med at gøre": ruled out by the speaker, said
        # of the person or a later "han"/"hun"/"de", even one told as help with something else
        self.vetoes = RuleSet([Rule(_UNWANTED, _items(p, lex)) for p in cues.vetoes])
        self.deaths = RuleSet([r for r in rules if r.label == _DECEASED])
        # "han vil ikke have, at jeg falder", "hun skal ikke bekymre sig": a concern of theirs,
        # no refusal of them
        self.concerns = RuleSet([Rule("other", _items(p, lex)) for p in cues.concerns])
        # "min datter ringer … men hun bor i Aalborg så hun kan ikke være med": a refusal said
        # of the person by "han"/"hun" later, by the patterns that start with the person
        self.refusals = RuleSet(_said_of(rules, cues.patterns, {_UNWANTED}, inverted=True))
        # "min datter kørte mig … men hun er flyttet til Aalborg": away, said by "han"/"hun";
        # "min søn bor i Aarhus men han kommer og hjælper mig": help said by them wins
        self.aways = RuleSet(_said_of(rules, cues.patterns, {_AWAY}))
        self.helping = RuleSet(_said_of(rules, cues.patterns, HELPING, inverted=True))
        # "da jeg var dreng fiskede jeg med min far": read again for where each match starts
        self.past = RuleSet([r for r in rules if r.label == _PAST])
        self.pronouns = lex.third_person_subjects
        self.negations = lex.negations
        self.place_leads = lex.home_leads  # "i", "på": where a person lives, said after them
        # "min mand hans skal ikke med": a possessive can stand before no modal, so one typed
        # small between the person and a modal is the person's name
        self.owners = frozenset(lex.owners)
        self.modals = frozenset(lex.classes.get("modal", ()))
        self.objects = frozenset(cues.object_of.values())
        # a person of either gender ("naboen") is "ham"/"hende", never a service's "dem" (which
        # may be anything: "… nogle øvelser af fysioterapeuten men dem gider jeg ikke lave")
        self.either = frozenset(o for g, o in cues.object_of.items() if g in self.pronouns)
        order = [*cues.priority, *(r for r in ROLES if r not in cues.priority)]
        self.rank = {role: k for k, role in enumerate(order)}
        # a token's keys with the determiner's or the person's key added, one set per word
        # (the rule sets' memos then meet the same set again, not an equal new one)
        self.as_det = Memo()
        self.as_person = Memo()

    def roles(
        self,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        punct: Sequence[bool],
        mentions: Sequence[tuple[str, int]],
        texts: Sequence[str] | None = None,
    ) -> list[tuple[str, int, str]]:
        """Return (name, token index, role) for every mention (name, index), in order.

        `texts` (the tokens as said) lets a name after the mention ("præsten Holm") stand for
        the person later on ("… men Holm døde sidste år")."""
        if not mentions:
            return []
        if words and not punct[-1]:
            # the end of what was said is a mark too: "min svigersøn, nej" as "… nej."
            words, keys, punct = [*words, _END], [*keys, _END_KEYS], [*punct, True]
            texts = None if texts is None else [*texts, _END]
        dets = self.cues.determiners
        as_det = self.as_det
        base = [
            as_det.get_or(k, k.union, (_DET,)) if w in dets else k
            for k, w in zip(keys, words, strict=True)
        ]
        # "min søn Jan skal ikke …", "min datter Bodil i Odense skal ikke regnes med": the name
        # and the place between
        for j in _names_after(texts, mentions, self.place_leads):
            base[j] = base[j] | {_NAME}
        for j in small_names_after(
            words, mentions, self.owners, self.modals
        ):  # "min mand hans skal ikke med"
            base[j] = base[j] | {_NAME}
        contrast = [w in self.cues.contrast for w in words]
        framed = framed_mentions(words, punct, mentions, self.cues)
        found = []
        for name, i in mentions:
            labels = self._labels(self.rules, base, punct, i, contrast, self.as_person)
            if _COMPLAINT in labels and self._reported(words, punct, mentions, i):
                labels.discard(_COMPLAINT)  # "min datter siger at naboen snakker for meget"
            if _PAST in labels and not self._story_of_past(words, base, punct, i):
                labels.discard(_PAST)  # "da jeg var lille …, nu vil jeg gerne … med min søn"
            concern = _UNWANTED in labels and self._labels(self.concerns, base, punct, i)
            if concern:
                labels.discard(_UNWANTED)  # "min søn vil ikke have, at jeg falder"
            role = min(labels, key=self.rank.__getitem__) if labels else "other"
            if role == _UNWANTED or (concern and role == "other"):
                # "min søn skal ikke gøre det for mig, men han må gerne køre mig": turned down
                # for one thing, help with another
                role = (
                    self._helping_after_contrast(words, base, punct, mentions, name, i)
                    or self._helping_unasked(words, base, punct, mentions, name, i)
                    or role
                )
            if role != _DECEASED and any(
                self._labels(self.deaths, base, punct, j)
                for j in self._same_person(words, texts, mentions, name, i)
            ):
                role = _DECEASED  # "min bror cyklede altid med men han døde i fjor"
            elif role != _DECEASED and any(
                self._labels(self.vetoes, base, punct, j)
                for j in (i, *self._pronouns(words, mentions, name, i, _VETO_REACH))
            ):
                role = _UNWANTED  # "hjemmeplejen … men det her skal de ikke have noget med"
            elif (role in _OPEN or role in HELPING or role == _ADVISOR) and self._turned_down(
                words, base, punct, mentions, name, i, role, (contrast, framed)
            ):
                role = _UNWANTED
            if role == _PAST:
                # "da jeg var ung dansede jeg med min mand, og nu vil jeg gerne danse med ham
                # igen": the story's person said again as today's company
                role = self._again_in_company(words, base, punct, mentions, name, i) or role
            if role in _WEAK or (role == "other" and not labels):
                # "min søn synes, jeg skal have hjemmeplejen, men han hjælper mig med indkøb":
                # advice, then help told of them by their "han"/"hun", makes a helper (and so
                # after a worry: "min datter er bange for at jeg falder, så hun følger mig")
                role = self._away_or_helping(words, base, punct, mentions, name, i, role, contrast)
            found.append((name, i, role))
        return self._advised(words, base, punct, self._coordinated(words, found))

    def _advised(self, words, base, punct, found):
        """A person named inside another's advice ("min søn synes, at jeg skal lade den unge
        præst klare det") is no answer to who helps: aside, when no role is told of them, and
        also when told as help or company if the speaker turns the advice down after it
        ("vores nevø synes, han kan drikke kaffe med hjemmeplejen, så ham skal I ikke regne
        med"); a limit of theirs ("…, men han kan ikke altid") turns nothing down."""

        def limit_at(k: int) -> bool:
            return bool(self._labels(self.concerns, base, punct, k))

        advised = advised_mentions(words, found, self.cues, self.negations, _FRAMERS, limit_at)
        if not advised:
            return found
        return [
            (n, i, _ASIDE if r == "other" or (r in HELPING and advised[i]) else r)
            if i in advised
            else (n, i, r)
            for n, i, r in found
        ]

    def _turned_down(self, words, base, punct, mentions, name, i, role, marks) -> bool:
        """True when the person at i is refused later: "min datter … hun bor i Aalborg så hun
        kan ikke være med" of one with no help told; the speaker's "men ham gider jeg ikke
        spørge" (also after advice quoted of them: "…, så hende spørger jeg ikke") even of a
        helper, and so the speaker's "nej" before a refusal ("men nej, han skal ikke sidde og
        vente"), a refusal ruled after their offer and a "men" ("min mand vil gerne køre mig,
        men han skal ikke …") and an offer the speaker says no to ("…, men nej, han vil bare
        have mig til at sidde i bilen"), unless help is told of them after it ("nej, hun kan
        ikke altid, men hun hjælper"). A helper's own "men hun kan ikke om søndagen" is none."""
        contrast, framed = marks
        refused = [
            j
            for j in self._refusing(words, mentions, name, i, framed)
            if self._labels(self.refusals, base, punct, j, contrast)
            and not self._labels(self.concerns, base, punct, j)
        ]
        if any(role in _OPEN or words[j] in self.objects for j in refused):
            return True
        later = self._pronouns(words, mentions, name, i)

        def helped_after(k: int) -> bool:
            return any(
                self._labels(self.helping, base, punct, h, contrast) for h in later if h >= k
            )

        if any(
            (no_before(words, j, self.cues) or ruled_after_offer(words, i, j, self.cues))
            and not helped_after(j + 1)
            for j in refused
        ):
            return True
        stop = min((j for _n, j in mentions if j > i), default=len(words))
        declined = offer_declined(words, i, stop, self.cues)
        return declined is not None and not helped_after(declined)

    def _helping_after_contrast(self, words, base, punct, mentions, name, i) -> str | None:
        """The helping role a later "han"/"hun" of the person takes after a contrast ("…, men
        han må gerne køre mig"), else None; one of either gender by a subject "han"/"hun", no one
        else named between ("naboen snakker for meget, men hun kører mig"), and the person named
        again by the same word ("…, men naboen kører mig altid")."""
        either = None if self.cues.pronoun_of.get(name) else self.pronouns
        later = [
            j
            for j in self._pronouns(words, mentions, name, i, forms=either)
            if words[j] in self.pronouns
        ]
        again = next((j for n, j in mentions if j > i and n == name), None)
        helping = {
            r
            for j in (*later, *(() if again is None else (again,)))
            if any(w in self.cues.contrast for w in words[i:j])
            for r in self._labels(self.helping, base, punct, j)
        }
        return min(helping, key=self.rank.__getitem__) if helping else None

    def _again_in_company(self, words, base, punct, mentions, name, i) -> str | None:
        """The helping role a later "han"/"hun"/"ham"/"hende" of the person takes after a wish
        or today is said (role_story_breaks: "…, og nu vil jeg gerne danse med ham igen"),
        or by a subject "han"/"hun" with a present verb, itself today whatever joins the
        clauses ("… da jeg var lille, og hun hjælper mig også i dag"), not denied ("…, han vil
        ikke gå med mig nu"), else None."""
        helping = {
            r
            for j in self._pronouns(words, mentions, name, i, _STORY_REACH)
            if any(w in self.cues.story_breaks for w in words[i:j]) or self._now_said(words, j)
            if not self.negations.intersection(words[j + 1 : j + 1 + _NOT_REACH])
            for r in self._labels(self.rules, base, punct, j) & HELPING
        }
        return min(helping, key=self.rank.__getitem__) if helping else None

    def _now_said(self, words, j: int) -> bool:
        """True for a subject "han"/"hun" at j with a present verb after it ("hun hjælper")."""
        g = self.grammar
        if g is None or words[j] not in self.pronouns or j + 1 >= len(words):
            return False
        verb = words[j + 1]
        return g.is_present(verb) and not g.is_past(verb)

    def _reported(self, words, punct, mentions, i: int) -> bool:
        """True when the person at i is named inside what another says or thinks ("min datter
        siger at naboen …", "hun synes naboen …"): a framing verb (role_framing) right before
        them, maybe with "at" and a determiner between, its subject another person or their
        "han"/"hun" (not "jeg synes naboen …": the citizen's own view)."""
        k = i - 1
        while k >= 0 and (
            words[k] in self.cues.determiners or words[k] in self.cues.complementizers
        ):
            k -= 1
        if k < 1 or words[k] not in self.cues.framing:
            return False
        named = {j for _n, j in mentions}
        for j in range(k - 1, max(-1, k - 4), -1):
            if punct[j]:
                return False
            if j in named or words[j] in self.pronouns:
                return True
        return False

    def _story_of_past(self, words, base, punct, i: int) -> bool:
        """True when a story of the past (roles.past) is told of the person at i with no wish
        or today between its cue and them (role_story_breaks): "da jeg var dreng fiskede jeg med
        min far", not "da jeg var lille elskede jeg at bage, og nu vil jeg gerne bage med mit
        barnebarn"."""
        lo, hi = max(0, i - _WINDOW), min(len(base), i + _WINDOW + 1)
        window = base[lo:hi]
        window[i - lo] = window[i - lo] | {_PERSON}
        # the person's own clause before them too: "jeg vil gerne fiske med min far, som da jeg
        # var dreng" is today's wish
        opens = next(
            (k + 1 for k in range(i - 1, lo - 1, -1) if punct[k] or words[k].endswith(".")), lo
        )  # "… med min mand Jun. Før jeg arbejde …": a stop typed onto the word
        return any(
            not any(w in self.cues.story_breaks for w in words[min(lo + s, opens) : lo + e])
            for _label, s, e in self.past.find(window, punct[lo:hi], last=i - lo)
        )

    def _helping_unasked(self, words, base, punct, mentions, name, i) -> str | None:
        """The helping role of the person's "han"/"hun" opening the next clause, no refusal
        said of it ("Min søn jeg aldrig bede, han kommer selv hver dag og hjælper mig": one who
        need not be asked, a verb of asking between: role_unasked_verbs), else None."""
        helping = {
            r
            for j in self._pronouns(words, mentions, name, i)
            if words[j] in self.pronouns
            and punct[j - 1]
            and not self.cues.unasked.isdisjoint(words[i + 1 : j])
            and not self._labels(self.refusals, base, punct, j)
            for r in self._labels(self.helping, base, punct, j)
        }
        return min(helping, key=self.rank.__getitem__) if helping else None

    def _away_or_helping(self, words, base, punct, mentions, name, i, role, contrast) -> str:
        """A person with no role told (no cue at all) away by a later "han"/"hun" ("… men hun er
        flyttet til Aalborg"); one told away or quoted for advice, helping by a later "han"/"hun"
        ("min søn bor i Aarhus men han kommer og hjælper mig", "naboen synes …, og hun hjælper")."""
        either = None if self.cues.pronoun_of.get(name) or role == "other" else self.pronouns
        later = [
            j
            for j in self._pronouns(words, mentions, name, i, forms=either)
            if words[j] in self.pronouns
        ]
        if role == "other":
            if any(self._labels(self.aways, base, punct, j, contrast) for j in later):
                return _AWAY
            return role
        # not a "han"/"hun" that refuses: "min svigerdatter hun siger jeg skal hvile, hun skal
        # ikke hjælpe" tells no help (the help verb is under the refusal)
        helping = {
            r
            for j in later
            if not self._labels(self.refusals, base, punct, j, contrast)
            for r in self._labels(self.helping, base, punct, j, contrast)
        }
        return min(helping, key=self.rank.__getitem__) if helping else role

    @staticmethod
    def _labels(rules: RuleSet, base, punct, i: int, contrast=None, as_person=None) -> set[str]:
        """The labels of `rules` that match around token i, read as the person; a match that
        starts before the person with a contrast word ("men") in between is not theirs
        (`as_person`: a memo of the person's keys, per token keys)."""
        if not rules.may_match(_LAST_SAID.get_or((base,), _said)):
            return set()  # the utterance's words (and the person) match no rule anywhere
        lo, hi = max(0, i - _WINDOW), min(len(base), i + _WINDOW + 1)
        window = base[lo:hi]
        k = window[i - lo]
        window[i - lo] = (
            k | {_PERSON} if as_person is None else as_person.get_or(k, k.union, (_PERSON,))
        )
        at = i - lo
        cut = contrast[lo:hi] if contrast is not None else [False] * len(window)
        # every rule holds the person, so no match starts after it
        found = rules.find(window, punct[lo:hi], last=at)
        return {label for label, start, _e in found if not any(cut[start:at])}

    def _same_person(self, words, texts, mentions, name: str, i: int) -> list[int]:
        """Later tokens that name the person mentioned at i: the next "han"/"hun" before anyone
        else is named (each one of their gender, in a chain: "min veninde Inger hun hentede mig
        altid men hun døde i foråret"), and their name said after the mention again."""
        others = [j for _n, j in mentions if j > i]
        stop = min(others, default=len(words))
        gender = self.cues.pronoun_of.get(name)
        out = [
            next(
                (
                    j
                    for j in range(i + 1, min(stop, i + 1 + _PRONOUN_REACH))
                    if words[j] in self.pronouns and (gender is None or words[j] == gender)
                ),
                None,
            )
        ]
        if gender is not None:
            out += [j for j in self._pronouns(words, mentions, name, i) if words[j] == gender]
        said = texts[i + 1] if texts is not None and i + 1 < len(texts) else ""
        if said[:1].isupper() and said.isalpha() and i + 1 not in others:
            out += [j for j in range(i + 2, len(words)) if words[j] == words[i + 1]]
        return [j for j in out if j is not None]

    def _refusing(self, words, mentions, name: str, i: int, framed=None) -> list[int]:
        """The pronouns after the mention at i that may carry a refusal of the person: each
        "han"/"hun" within reach, and an object put first ("ham"/"hende") or the person's own
        "han"/"hun" a whole clause later ("min datter har sagt, jeg skal tage det med ro, så
        hende spørger jeg ikke", "hans datter synes, han er for gammel til at gå med gevær, så
        hun skal ikke spørges"; the caller takes a subject's refusal only of one not told as
        help). A person framed by another ("min søster synes, at mor skal …") does not stop the
        framer's pronouns, nor takes one said after the consequence ("…, så hun skal ikke …")."""
        framed = framed or {}
        mentions = [(n, j) for n, j in mentions if framed.get(j, (None,))[0] != i]
        near = self._pronouns(words, mentions, name, i)
        own = self.cues.pronoun_of.get(name)
        # not past a contrast ("min søn Jens … og så er der viceværten Kurt men ham vil jeg
        # nu ikke spørge": the one after "men"), unless the person's own pronoun said after the
        # contrast carries on ("min svigerdatter Lone vil gerne hjælpe, men hun er vegetar …,
        # så hende skal I ikke regne med"), or the person frames advice the "men" turns down
        # ("min svigerdatter Susanne synes, jeg skal på dagcentret, men hende skal I ikke …")
        frames = any(w in self.cues.framing for w in words[i + 1 : i + FRAMER_REACH])
        # one of either gender ("naboen") is carried past a contrast by a subject "han"/"hun"
        # of the object's gender, no one else named between: "min nabo … men han kører som en
        # tosse så ham vil jeg sgu ikke have med"
        stop = min((j for _n, j in mentions if j > i), default=len(words))
        subject_of = {o: s for s, o in self.cues.object_of.items()} if own is None else {}
        far = [
            j
            for j in self._pronouns(words, mentions, name, i, _VETO_REACH)
            if (words[j] in self.objects or words[j] == own)
            and j not in near
            and (
                (frames and words[j] in self.objects)
                or not any(
                    w in self.cues.contrast
                    for w in words[_carried(words, near, subject_of, i, j, stop) : j]
                )
            )
        ]
        if i in framed:
            return sorted(j for j in (*near, *far) if j < framed[i][1])
        return sorted((*near, *far))

    def _pronouns(
        self, words, mentions, name: str, i: int, reach: int = _PRONOUN_REACH, forms=None
    ) -> list[int]:
        """Every "han"/"hun" (or "ham"/"hende") of the person's gender after the mention at i,
        before anyone else is named, within `reach` words of the mention or of the previous
        such pronoun (`forms` instead when given)."""
        gender = self.cues.pronoun_of.get(name)
        # a person of either gender ("naboen") only by an object put first: "… men ham/hende
        # gider jeg ikke spørge"
        own = {gender, self.cues.object_of.get(gender, gender)} if gender else self.either
        forms = forms or own
        stop = self._next_named(words, mentions, i, forms)
        out, last = [], i
        for j in range(i + 1, stop):
            if j - last > reach:
                break
            if words[j] in forms and words[j - 1] not in self.cues.conditionals:
                out.append(j)  # not "… hvis hun ikke sover": a condition, no refusal
                last = j
        return out

    def _next_named(self, words, mentions, i: int, forms) -> int:
        """The index of the next one named after i who may be a pronoun of `forms`: a service
        ("hjemmeplejen", only "de"/"dem") in the same sentence is no "han"/"ham" ("vores nevø
        synes, han kan drikke kaffe med hjemmeplejen, så ham skal I ikke regne med": the
        nephew); one in a later sentence ends the reach ("… vores søn Peter, som kan sætte
        håndtaget op. Ikke hjemmeplejen, det vil han ikke.": "han" is the citizen)."""
        de = self.cues.plural_pronoun
        plural = {de, self.cues.object_of.get(de, de)}

        def stops(n: str, j: int) -> bool:
            if self.cues.pronoun_of.get(n) != de or plural & set(forms):
                return True
            return any(w in _SENTENCE_ENDS for w in words[i:j])

        return min((j for n, j in mentions if j > i and stops(n, j)), default=len(words))

    def _coordinated(self, words, found):
        """A mention with no role takes the role of a person joined to it ("søn og datter"),
        not one singled out by the words right after it ("min søn, hjemmeplejen nej dem …"), nor
        one told of by a "han"/"hun" of their own, maybe after their name ("grethe min nabo og
        min mand erik han er død": only he died)."""
        joins = self.cues.coordination | self.cues.determiners
        apart = self.cues.singled_out

        def alone(i: int) -> bool:
            after = words[i + 1 : i + 3]
            if after and after[0] in apart:
                return True
            own = after[:1] if after and after[0] in joins else after
            return any(w in self.pronouns for w in own)

        out = list(found)
        corrected = corrected_mentions(words, [i for _n, i, _r in found], self.cues)
        for _ in range(2):  # forwards, then backwards along each coordination chain
            for a, b in ((k, k + 1) for k in range(len(out) - 1)):
                (na, ia, ra), (nb, ib, rb) = out[a], out[b]
                if not all(w in joins for w in words[ia + 1 : ib]) or ib == ia:
                    continue
                if ib in corrected:
                    continue  # "ikke min datter, min nabo": the neighbour is the one meant
                if ra == "other" and rb != "other" and not alone(ib):
                    out[a] = (na, ia, rb)
                elif rb == "other" and ra != "other" and not alone(ia):
                    out[b] = (nb, ib, ra)
        return out


def _carried(words, near, subject_of, i: int, j: int, stop: int) -> int:
    """Where the person at i was last said before the object pronoun at j: their nearest
    pronoun before j, or a subject "han"/"hun" of the object's gender (`subject_of`, for one of
    either gender) said before anyone else is named; i when none is."""
    subject = subject_of.get(words[j])
    said = [k for k in near if k < j]
    said += [k for k in range(i + 1, min(j, stop)) if subject and words[k] == subject]
    return max(said, default=i)


def _said_of(rules: list[Rule], patterns, roles, inverted: bool = False) -> list[Rule]:
    """The rules of `roles` that start with the person, so also read from a later "han"/"hun";
    `inverted`: also those with one word before the person and more after it, a verb put first
    ("derfor kører hun mig", "så kører han mig aldrig")."""
    return [
        r
        for r, (role, pattern) in zip(rules, patterns, strict=True)
        if role in roles
        and (
            pattern.split()[0] == PLACEHOLDER
            or (inverted and pattern.split()[1:2] == [PLACEHOLDER] and len(pattern.split()) > 2)
        )
    ]


def _names_after(texts: Sequence[str] | None, mentions, leads=frozenset()) -> list[int]:
    """The tokens right after a mention that are its first name, as written ("min bror Jan",
    "naboen Kurt"): a capitalised word of letters that is no mention itself, nor one after a
    mention written short with its full stop ("søn. fys. Kone nej": the stop ends the part);
    then where they live, a lead of `leads` and a place's name ("min datter Bodil i Odense")."""
    if texts is None:
        return []
    at = {i for _n, i in mentions}

    def named(k: int) -> bool:
        return k < len(texts) and k not in at and texts[k][:1].isupper() and texts[k].isalpha()

    out = []
    for _n, i in mentions:
        if texts[i].endswith("."):
            continue
        k = i + 1
        if named(k):
            out.append(k)
            k += 1
        if k < len(texts) and texts[k].lower() in leads and named(k + 1):
            out += [k, k + 1]
    return out


def _items(pattern: str, lex) -> tuple[Item, ...]:
    """The rule items of a role pattern: the mention, with up to two determiners before it and
    maybe its first name and place after it ("min bror Jan i Aarhus skal ikke …")."""
    before, _sep, after = pattern.partition(PLACEHOLDER)
    return (
        *(compile_pattern(before, lex) if before.strip() else ()),
        Item(frozenset({_DET}), 0, 2),
        Item(frozenset({_PERSON})),
        *((Item(frozenset({_NAME}), 0, 3),) if after.strip() else ()),
        *(compile_pattern(after, lex) if after.strip() else ()),
    )


def role_by_name(found: Sequence[tuple[str, int, str]], rank: dict[str, int]) -> dict[str, str]:
    """Return one role per named person: the highest-ranked of its mentions' roles."""
    out: dict[str, str] = {}
    for name, _i, role in found:
        if name not in out or rank.get(role, 99) < rank.get(out[name], 99):
            out[name] = role
    return out
