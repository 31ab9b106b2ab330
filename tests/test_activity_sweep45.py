"""Activity sweep of fix round 45: everyday words the cues lacked (garments such as seler,
strømpebukser and a hijab; body care such as parfume, a straightening iron and a beard; dishes,
household tools, devices, jobs); an event after the point that only says when ("gå i bad efter
træningen", "barbere skægget af inden sølvbrylluppet"); a place that only locates the place or
thing before it ("under æ bruser i æ hal"); drying oneself as no housework; "gøre X og Y rent"
with two things between; bread buttered as cooking; "rense" + a kitchen or bathroom thing as
cleaning; getting up after a fall; nordic walking; a reminder alarm; "gå rundt og være sur" as
a mood. With readings that must not move: a lead that belongs to its verb ("lede efter",
"kigge efter"), an event that is the point itself ("julefrokosten efter gudstjenesten"), a
second place of the same activity, a manner after a place ("på værkstedet på deltid")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze
from assistant.nlp.event_time import event_time_spans
from assistant.nlp.nested_place import nested_place_spans

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("øh far vil gerne selv kunne barbere skægget af inden sølvbrylluppet", "vask_og_hygiejne"),
        ("jeg vil gerne kunne tage lidt parfume og læbestift på selv igen", "vask_og_hygiejne"),
        ("mor vil gerne kunne bruge glattejernet selv om morgenen", "vask_og_hygiejne"),
        (
            "han vil gerne kunne tørre sig selv med håndklædet når han har været i bad",
            "vask_og_hygiejne",
        ),
        (
            "jeg vil gerne kunne gaa i bad efter træningen uden at min datter skal med",
            "vask_og_hygiejne",
        ),
        ("a vil gjen ku klar mæ sjel under æ bruser i æ hal efter æ gymnastik", "vask_og_hygiejne"),
        ("mor vil gerne kunne ordne sine negle i stuen inden fødselsdagen", "vask_og_hygiejne"),
        ("far vil gerne kunne knappe sine seler selv igen", "paaklaedning"),
        ("jeg vil gerne selv kunne få strømpebukserne af om aftenen", "paaklaedning"),
        ("hun vil gerne kunne tage sin hijab på uden at hendes datter skal hjælpe", "paaklaedning"),
        ("jeg vil gerne selv kunne tage tøj på efter badet", "paaklaedning"),
        ("han vil gerne kunne tage sine tøfler og sin kittel på selv", "paaklaedning"),
        ("jeg vil gerne kunne komme paa dasset selv om natten", "toilet"),
        ("far vil gerne selv kunne skifte sine indlæg", "toilet"),
        ("mor vil gerne kunne holde krusset selv og drikke sin te", "spise_og_drikke"),
        ("han skal drikke mere saftevand siger hans datter", "spise_og_drikke"),
        ("jeg vil gerne kunne spise med spisepinde igen", "spise_og_drikke"),
        ("far vil gerne selv kunne tage sin astmaspray om morgenen", "egen_sundhed"),
        ("jeg vil gerne tage mine tabletter selv uden hjemmeplejen", "egen_sundhed"),
        ("mor vil gerne selv holde øje med sin Marevan", "egen_sundhed"),
        ("jeg vil gerne kunne lave pizza med mit barnebarn igen", "madlavning"),
        ("far vil gerne selv kunne koge marmelade af blommerne fra haven", "madlavning"),
        ("min kone vil gerne kunne smøre rundstykker til os om søndagen", "madlavning"),
        ("hun vil gerne kunne stege en hakkebøf selv", "madlavning"),
        ("jeg vil gerne selv kunne handle i Fakta igen", "indkoeb"),
        ("far vil gerne kunne aflevere sine pantflasker selv", "indkoeb"),
        ("hun vil gerne selv kunne gøre badeværelset og køkkenet rent", "rengoering"),
        ("jeg vil gerne kunne fjerne spindelvæv med fjerkosten igen", "rengoering"),
        ("far vil gerne spule fliserne med højtryksrenseren", "rengoering"),
        ("mor vil gerne kunne betale sin husleje selv", "daglige_rutiner"),
        ("jeg vil gerne lave et budget for måneden", "daglige_rutiner"),
        ("jeg vil gerne kunne falde til ro om aftenen", "humoer_og_energi"),
        ("far er så sløv, han vil gerne have mere energi", "humoer_og_energi"),
        ("jeg vil gerne kunne sende en lydbesked til min søster", "kommunikation"),
        ("mor vil gerne lære at bruge Snapchat", "kommunikation"),
        ("jeg vil gerne med til grillaften hos naboerne", "socialt_samvaer"),
        ("far vil gerne køre på sin motorcykel igen", "transport"),
        ("mor vil gerne selv kunne tage rutebilen til byen", "transport"),
        ("jeg vil gerne lave mine sit-ups hver morgen", "styrke_og_motion"),
        ("han vil gerne blive mere smidig i ryggen", "styrke_og_motion"),
        ("jeg vil gerne tilbage som chauffør igen", "arbejde_og_frivillig"),
        ("hun vil gerne være frivillig på varmestuen", "arbejde_og_frivillig"),
        ("far vil gerne tilbage som pedel", "arbejde_og_frivillig"),
        ("mor vil ikke forlægge sine nøgler hele tiden", "hukommelse"),
        ("jeg vil gerne kunne rejse mig fra divanen selv", "forflytning"),
        ("far vil ikke tisse i sengen mere om natten", "toilet"),
        ("jeg vil gerne kunne komme op selv når jeg er faldet i stuen", "forflytning"),
        ("mor vil gerne starte på nordic walking med sin veninde", "styrke_og_motion"),
        ("mor skal lære at sætte alarmer på sin iPad", "hukommelse"),
        ("jeg vil ikke gå rundt og være sur hele dagen", "humoer_og_energi"),
        ("jeg vil gerne selv kunne rense afløbet i badeværelset", "rengoering"),
        ("far vil gerne selv kunne knappe uniformen til mindehøjtideligheden", "paaklaedning"),
        ("mor vil gerne selv holde øje med sit kolesteroltal og sine statiner", "egen_sundhed"),
    ],
)  # fmt: skip
def test_the_everyday_words_name_the_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne kunne lede efter mine briller uden at blive forvirret", "hukommelse"),
        ("jeg vil gerne med til julefrokosten efter gudstjenesten", "socialt_samvaer"),
        ("jeg vil gerne lave mad efter opskriften igen", "madlavning"),
        ("han vil gerne kigge efter fugle i skoven igen", "fritid"),
        ("jeg vil gerne besøge min søster efter jul", "socialt_samvaer"),
        ("jeg vil gerne træne i træningscentret i byen", "styrke_og_motion"),
        ("jeg vil gerne handle i Netto i byen igen", "indkoeb"),
        ("jeg vil gerne kunne klare min vask i vaskeriet selv", "toejvask"),
        ("jeg vil gerne tørre støv af selv", "rengoering"),
        ("hun vil gerne kunne tørre køkkenbordet af", "rengoering"),
        ("mor vil gerne kunne tørre sig selv bagi", "toilet"),
        ("a vil gjen vær i godt humør", "humoer_og_energi"),
        ("far skal have 4000 skridt om dagen, det er godt for blodtrykket", "gang"),
        ("jeg vil gerne cykle ned til havnen efter aftensmaden", "transport"),
        ("jeg vil gerne gå en tur efter middagen", "gang"),
        ("jeg vil gerne kunne gå i bad i svømmehallen", "vask_og_hygiejne"),
        ("jeg vil gerne kunne gå rundt og handle i Netto", "indkoeb"),
        ("jeg vil gerne kunne gå rundt i byen igen", "gang"),
        ("jeg vil gerne kunne komme op af sengen om morgenen", "forflytning"),
    ],
)  # fmt: skip
def test_the_neighbouring_readings_stay(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.fixture
def lex(content):
    return content.lexicon


def _words(said: str) -> list[str]:
    return said.lower().split()


@pytest.mark.parametrize(
    ("said", "event"),
    [
        ("jeg vil gerne i bad efter træningen", "efter træningen"),
        (
            "far vil trimme skægget inden barnebarnets konfirmation",
            "inden barnebarnets konfirmation",
        ),
        ("hun vil skylle munden efter maden", "efter maden"),
        ("jeg vil tage tøj på før min gåtur", "før min gåtur"),
    ],
)  # fmt: skip
def test_an_event_after_the_point_is_when(lex, said, event):
    words = _words(said)
    spans = event_time_spans(words, [False] * len(words), lex)
    assert [" ".join(words[lo:hi]) for lo, hi in spans] == [event]


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne lede efter mine briller",
        "han vil kigge efter fuglene",
        "efter operationen vil jeg gerne gå igen",
        "jeg vil gerne i bad efter jeg har trænet",
    ],
)
def test_no_event_after_its_verb_first_or_before_a_subject(lex, said):
    words = _words(said)
    assert event_time_spans(words, [False] * len(words), lex) == ()


def test_a_place_after_a_named_place_only_locates_it(lex):
    words = _words("klare mig selv i bruseren i svømmehallen")
    cues = [(("vask_og_hygiejne", 3.0),) if w == "bruseren" else () for w in words]
    assert nested_place_spans(words, cues, lex) == ((5, 7),)  # "i svømmehallen"


def test_a_place_after_a_word_without_a_cue_stays(lex):
    words = _words("gå i bad i svømmehallen")
    cues = [(("gang", 1.0),) if w == "gå" else () for w in words]
    assert nested_place_spans(words, cues, lex) == ()


def test_a_manner_after_a_place_is_no_place(lex):
    words = _words("tilbage på værkstedet på deltid")
    cues = [
        (("fritid", 3.0),)
        if w == "værkstedet"
        else (("arbejde_og_frivillig", 3.0),)
        if w == "deltid"
        else ()
        for w in words
    ]
    assert nested_place_spans(words, cues, lex) == ()
