"""Round 30 (split30): speech splits after a noun phrase's lead, the dialect article 'æ', a
spoken remark after the wish."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze, get_analyzer
from assistant.nlp.phrase import own_phrase


def spelled(text: str) -> str:
    """The words of `text` as the lemma step reads them."""
    return " ".join(w for w in get_analyzer().nlp(text)._.hm_spelling if w)


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        (
            "øh jeg vil gerne selv gå ned ad ind kørslen ikk",
            "øh jeg vil gerne selv gå ned ad indkørslen ikk",
        ),
        (
            "hun vil gerne stå i ind gangen og tage imod",
            "hun vil gerne stå i indgangen og tage imod",
        ),
        ("han vil selv gaa ud gennem ud gangen", "han vil selv gå ud gennem udgangen"),
        ("min far vil selv lave et ind køb", "min far vil selv lave et indkøb"),
        ("min far vil gerne ned til æ ind kørsel", "min far vil gerne ned til indkørslen"),
        # a particle of the verb stays: no lead before it, or no word joined
        ("jeg vil gerne gå ind i stuen igen", "jeg vil gerne gå ind i stuen igen"),
        ("altså hun vil gå op ad trappen selv", "altså hun vil gå op ad trappen selv"),
        ("jeg vil feje ind gangen", "jeg vil feje ind gangen"),
        ("jeg kan gå med ind i butikken", "jeg kan gå med ind i butikken"),
    ],
)
def test_a_particle_said_apart_from_its_noun_after_a_lead_joins(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        (
            "jeg var frivillig ude på hunde internatet i tolv år",
            "jeg var frivillig ude på hundeinternatet i tolv år",
        ),
        ("en lille træk vogn til foder spanden", "en lille trækvogn til foderspanden"),
        ("han vil gerne selv ned i vaske kælderen", "han vil gerne selv ned i vaskekælderen"),
        ("øh hun vil gerne ud i køkken haven igen", "øh hun vil gerne ud i køkkenhaven igen"),
        ("min mor vil ud til fodbold banen", "min mor vil ud til fodboldbanen"),
        ("hun vil gerne ned i vaske rummet", "hun vil gerne ned i vaskerummet"),
        # a count noun bare in the singular, a person, a period: a phrase of its own
        ("jeg vil på tur skoven", "jeg vil på tur skoven"),
        ("jeg vil gå med rollator turen", "jeg vil gå med rollator turen"),
        ("jeg vil gerne med min søster huset", "jeg vil gerne med min søster huset"),
        ("jeg vil gå på hele dagen", "jeg vil gå på hele dagen"),
        # a common word or a person after the noun: no compound
        ("jeg vil op med trappelift inden nytår", "jeg vil op med trappelift inden nytår"),
        (
            "hun vil cykle igen efter sit knæ lægen har lovet det",
            "hun vil cykle igen efter sit knæ lægen har lovet det",
        ),
        (
            "han vil i haven efter sin blodprop sygeplejersken siger ok",
            "han vil i haven efter sin blodprop sygeplejersken siger ok",
        ),
    ],
)
def test_a_noun_said_apart_from_a_definite_noun_after_a_lead_joins(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        (
            "øh at jeg selv kan hente foder spanden i æ skur ikk",
            "øh at jeg selv kan hente foderspanden i skuret ikk",
        ),
        ("a ka it bær vaske kurven mæ æ tøj", "jeg kan ikke bære vaskekurven med tøjet"),
        ("a vil gern vask hunde skålen", "jeg vil gerne vaske hundeskålen"),
        # said in standard Danish, a learner may leave the preposition out: no join
        ("jeg vil hente foder spanden i skuret", "jeg vil hente foder spanden i skuret"),
        ("jeg vil lave mad køkkenet", "jeg vil lave mad køkkenet"),
    ],
)
def test_a_noun_said_apart_in_a_dialect_sentence_joins_after_a_verb_too(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        (
            "hente avisen ved æ postkassen ude ved landevejen",
            "hente avisen ved postkassen ude ved landevejen",
        ),
        ("altså jeg går ned til æ post kassen", "altså jeg går ned til postkassen"),
        ("a vil gern ud af æ huset", "jeg vil gerne ud af huset"),
        ("han vil gerne ned i æ kælderen igen", "han vil gerne ned i kælderen igen"),
        ("hun vil gerne selv gå ned til æ havnen", "hun vil gerne selv gå ned til havnen"),
        ("a vil ud og fodre æ hundene", "jeg vil ud og fodre hundene"),
        ("a vil gern hen i æ hallen", "jeg vil gerne hen i hallen"),
        ("a ka godt gå mæ æ cykel", "jeg kan godt gå med cyklen"),
        ("a vil gern ind i æ kirke igen", "jeg vil gerne ind i kirken igen"),
    ],
)
def test_the_dialect_article_before_a_definite_noun_is_left_out(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    ("activity", "said", "phrase"),
    [
        (
            "gang",
            "gå ned til postkassen ikk posten kommer jo næsten ikke mere",
            "gå ned til postkassen",
        ),
        ("transport", "tage bussen til byen ikk bussen kører hver time", "tage bussen til byen"),
        ("gang", "gå ned til stranden altså vejret er jo ikke altid godt", "gå ned til stranden"),
        (
            "fritid",
            "se mit barnebarn spille fodbold igen ikk klubben ligger lige ned ad vejen",
            "se mit barnebarn spille fodbold igen",
        ),
        # a definite noun after a lead or as the infinitive's object is no remark
        ("gang", "gå en tur når vejret er godt", "gå en tur når vejret er godt"),
        ("fritid", "høre fjernsynet kører", "høre fjernsynet kører"),
        # a definite noun right after a pronoun names it: no remark of its own
        (
            "fritid",
            "bruge den rollator som han fysioterapeuten har fundet",
            "bruge den rollator som han fysioterapeuten har fundet",
        ),
    ],
)
def test_a_remark_with_a_definite_noun_subject_after_the_wish_is_cut(activity, said, phrase):
    goals = get_content("da").goals
    assert own_phrase(said, goals.get(activity), goals) == phrase


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        (
            "altså jeg var frivillig ude på hunde internatet i tolv år ikk og jeg vil gerne derud"
            " igen og fodre hundene om onsdagen øh det har jeg ikke kunnet siden sidste forår",
            "arbejde_og_frivillig",
        ),
        ("min mor vil gerne hjælpe til på dyreinternatet igen om lørdagen", "arbejde_og_frivillig"),
        ("han vil gerne ud på hundeinternatet og lufte hundene igen", "arbejde_og_frivillig"),
        ("hun savner kattehjemmet hvor hun hjalp til hver tirsdag", "arbejde_og_frivillig"),
        # a dog from the shelter that sheds: the cleaning, as before
        (
            "vi har faaet en hund fra internatet og den fælder helt vildt og jeg har svaert ved"
            " at holde gulvene rene for jeg kan ikke bukke mig med den gamle støvsuger",
            "rengoering",
        ),
    ],
)
def test_an_animal_shelter_is_a_volunteers_workplace(said, activity):
    assert analyze(said, date(2026, 12, 4)).activity == activity
