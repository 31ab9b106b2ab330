"""Fix round 49 (fA): everyday words and idioms for washing, dressing, the toilet, eating and
one's own health, third pass, written from how people say them (a bath day and a bed bath,
combing and blow-drying, clothes by season, 'komme i tøjet', the toilet said in old or joking
words, swallowing trouble and appetite, medicine laid out and handled, a diabetic's 'føling',
check-ups), each activity with counter-examples that keep their neighbour's activity."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _activity(said: str) -> str | None:
    return analyze(said, TODAY).activity


CASES = [
    # vask_og_hygiejne
    (
        "øh jeg vil gerne klare badedagen selv uden at hjemmeplejen står og venter",
        "vask_og_hygiejne",
    ),
    ("mor vil gerne slippe for sengebadet om morgenen", "vask_og_hygiejne"),
    ("jeg vil gerne kunne kæmme mig selv om morgenen", "vask_og_hygiejne"),
    ("far vil gerne kunne føne sit hår selv efter han har været i bad", "vask_og_hygiejne"),
    ("jeg vil gerne kunne tørre mig selv efter badet uden at falde", "vask_og_hygiejne"),
    (
        "hun vil gerne kunne bruge vådservietter selv når hun ikke kan komme i bad",
        "vask_og_hygiejne",
    ),
    ("altså min mand vil gerne klippe sine negle selv med negleklipperen igen", "vask_og_hygiejne"),
    ("jeg vil gerne kunne sætte mit hår selv inden jeg skal ud", "vask_og_hygiejne"),
    ("øh min far vil gerne kunne vaske hele kroppen selv ved håndvasken", "vask_og_hygiejne"),
    ("jeg vil ikke lugte af sved mere, jeg vil gerne kunne passe det selv", "vask_og_hygiejne"),
    ("mor vil gerne være ren og pæn når hun skal i kirke om søndagen", "vask_og_hygiejne"),
    # paaklaedning
    ("jeg vil gerne selv kunne komme i tøjet om morgenen inden klokken ni", "paaklaedning"),
    ("far vil gerne kunne få vintertøjet på selv når han skal ud", "paaklaedning"),
    ("øh jeg vil gerne kunne skifte tøj selv efter frokosten", "paaklaedning"),
    ("mor vil gerne selv vælge sit tøj og bestemme hvad hun har på", "paaklaedning"),
    ("jeg vil gerne kunne tage brystholderen på uden hjælp", "paaklaedning"),
    ("han vil gerne kunne binde skosnørerne selv igen", "paaklaedning"),
    ("jeg vil gerne kunne bruge sokkepåtageren selv så jeg ikke skal vente", "paaklaedning"),
    ("hun vil gerne kunne få regntøjet på selv inden hun går ud i haven", "paaklaedning"),
    ("jeg vil gerne kunne komme i bukserne siddende på sengekanten", "paaklaedning"),
    ("min mor vil gerne kunne tage sin t-shirt af selv om aftenen", "paaklaedning"),
    # toilet
    ("far vil gerne kunne komme på tønden selv om natten", "toilet"),
    ("jeg vil gerne kunne sidde på toilettet uden at nogen står og holder mig", "toilet"),
    ("øh jeg vil gerne have styr på min hårde mave igen", "toilet"),
    ("mor vil gerne følge sin tisseplan så hun ikke får uheld", "toilet"),
    ("jeg vil gerne bruge handicaptoilettet selv nede i centret", "toilet"),
    ("han vil gerne holde fast i toiletstøtten og klare det selv", "toilet"),
    ("jeg vil gerne klare blæretræningen selv derhjemme", "toilet"),
    ("hun vil gerne kunne bruge gæstetoilettet selv når vi er på besøg", "toilet"),
    # spise_og_drikke
    ("mor fejlsynker tit og hun vil gerne kunne spise uden at være bange", "spise_og_drikke"),
    ("jeg vil gerne have min madglæde tilbage", "spise_og_drikke"),
    ("far er blevet så appetitløs, han vil gerne have lyst til at spise igen", "spise_og_drikke"),
    ("jeg vil gerne kunne drikke af en termokop selv uden at spilde", "spise_og_drikke"),
    ("øh hun vil gerne kunne spise op selv uden at nogen mader hende", "spise_og_drikke"),
    ("jeg vil gerne kunne bruge en teske selv til yoghurten", "spise_og_drikke"),
    ("han hoster når han drikker og vil gerne kunne drikke sikkert igen", "spise_og_drikke"),
    ("jeg vil gerne kunne holde mine spisetider selv", "spise_og_drikke"),
    ("mor skal have mere drikkevand i løbet af dagen, hun glemmer at drikke", "spise_og_drikke"),
    # egen_sundhed
    ("jeg vil gerne kunne passe min medicin selv igen", "egen_sundhed"),
    ("far vil gerne selv kunne lægge pillerne op i æsken hver søndag", "egen_sundhed"),
    ("jeg vil gerne kunne mærke når jeg får føling og selv tage noget sukker", "egen_sundhed"),
    ("mor vil gerne kunne bruge sin forstøver selv morgen og aften", "egen_sundhed"),
    ("øh jeg vil gerne kunne skifte iltbrillerne selv", "egen_sundhed"),
    ("han vil gerne selv kunne gå til årskontrol hos lægen", "egen_sundhed"),
    ("jeg vil gerne kunne veje mig på badevægten selv hver fredag", "egen_sundhed"),
    ("hun vil gerne kunne smøre sit eksem selv", "egen_sundhed"),
    ("jeg vil gerne have styr på bivirkningerne af mine piller", "egen_sundhed"),
    (
        "altså far vil gerne selv kunne bruge sin dosisrulle uden at blande dagene sammen",
        "egen_sundhed",
    ),
]


@pytest.mark.parametrize(("said", "activity"), CASES)
def test_everyday_words_of_self_care_name_the_activity(said, activity):
    assert _activity(said) == activity


COUNTER = [
    # vask_og_hygiejne's neighbours keep theirs
    ("jeg vil gerne kunne vaske tøjet selv i kælderen", "toejvask"),
    ("mor vil gerne kunne gøre badeværelset rent selv", "rengoering"),
    ("jeg vil gerne kunne gå i svømmehallen og svømme igen", "styrke_og_motion"),
    # paaklaedning's
    ("jeg vil gerne kunne hænge tøjet op selv efter vask", "toejvask"),
    ("han vil gerne kunne købe nye sko selv i byen", "indkoeb"),
    ("jeg vil gerne kunne tage bussen selv ind til byen", "transport"),
    # toilet's
    ("jeg vil gerne kunne gøre toilettet rent selv", "rengoering"),
    ("mor vil gerne kunne gå i bad selv om morgenen", "vask_og_hygiejne"),
    ("far vil gerne kunne rejse sig fra lænestolen selv", "forflytning"),
    # spise_og_drikke's
    ("jeg vil gerne kunne lave min egen aftensmad igen", "madlavning"),
    ("mor vil gerne kunne handle ind til frokosten selv", "indkoeb"),
    ("jeg vil gerne kunne drikke kaffe med mine veninder igen", "socialt_samvaer"),
    # egen_sundhed's
    ("jeg vil gerne kunne huske mine aftaler uden at skrive dem ned", "hukommelse"),
    ("jeg vil gerne kunne træne på motionscyklen hver dag", "styrke_og_motion"),
    ("han vil gerne kunne tage bussen til lægen selv", "transport"),
]


@pytest.mark.parametrize(("said", "activity"), COUNTER)
def test_neighbours_of_the_new_words_keep_their_activity(said, activity):
    assert _activity(said) == activity
