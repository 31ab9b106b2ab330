"""Fix round 48 (fB, activity vocabulary by domain, samfundsliv): everyday words, shops, tools and
verb idioms for company (not being alone, playing with the great-grandchild, keeping in touch,
cosy afternoons), pastimes (the news and series, collecting, something creative, one's own
garden, instruments, the trotting track) and work (earning money, reporting for duty, one's
post, flexjob, Danish lessons, an association's accounts), written from knowledge of Danish
everyday life rather than from failing sentences, each with counter-examples that keep their own
activity."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _activity(said: str) -> str | None:
    return analyze(said, TODAY).activity


# new sentences naming the activity by a word or idiom the cue data lacked (fillers, no æøå,
# relatives in the third person)
CASES = [
    ("øh jeg vil bare ikke være så alene hele tiden", "socialt_samvaer"),
    ("mor vil gerne ikke sidde så meget alene derhjemme", "socialt_samvaer"),
    ("jeg vil gerne kunne lege med mit oldebarn paa gulvet igen", "socialt_samvaer"),
    (
        "far vil gerne kunne holde kontakten med sine gamle kammerater fra værftet",
        "socialt_samvaer",
    ),
    ("jeg vil gerne have mere kontakt til min familie i Jylland", "socialt_samvaer"),
    ("jeg vil gerne have en veninde at gå med og snakke med", "socialt_samvaer"),
    ("hun vil gerne kunne komme til hyggeeftermiddagene i beboerhuset", "socialt_samvaer"),
    (
        "jeg vil gerne kunne tage med til familiearrangementer uden at blive udmattet",
        "socialt_samvaer",
    ),
    ("jeg vil gerne kunne finde nogle nye venner her i byen", "socialt_samvaer"),
    ("han vil gerne kunne deltage i kirkekaffen efter gudstjenesten", "socialt_samvaer"),
    ("jeg vil gerne kunne holde vejfest med naboerne til sommer", "socialt_samvaer"),
    ("jeg vil gerne kunne se tv-avisen og følge med i mine serier", "fritid"),
    ("far vil gerne kunne samle paa frimaerker og moenter igen", "fritid"),
    ("jeg vil gerne kunne lave noget kreativt om eftermiddagen", "fritid"),
    ("mor vil gerne kunne lave noget med garn igen", "fritid"),
    ("jeg vil gerne kunne nyde min have om sommeren", "fritid"),
    ("han vil gerne kunne dyrke sine interesser selv om han sidder i kørestol", "fritid"),
    ("jeg vil gerne kunne spille på min trompet i orkestret igen", "fritid"),
    ("jeg vil gerne kunne tage på travbanen med min søn", "fritid"),
    ("jeg vil gerne kunne rive blade i haven om efteråret", "fritid"),
    ("jeg vil gerne kunne lytte til podcasts når jeg ikke kan sove", "fritid"),
    ("hun vil gerne kunne stå ved staffeliet og male med oliemaling", "fritid"),
    ("jeg vil gerne kunne tjene mine egne penge igen", "arbejde_og_frivillig"),
    ("han vil gerne kunne møde ind på lageret kl 7 igen", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne vende tilbage til min stilling på kontoret", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne komme i flexjob", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne gå til danskundervisning på sprogcentret", "arbejde_og_frivillig"),
    ("mor vil gerne kunne gøre en forskel for andre igen", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne være hjælpetræner for de små", "arbejde_og_frivillig"),
    ("far vil gerne kunne klare regnskabet for grundejerforeningen igen", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne give en hånd med i foreningen", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne søge et job igen når jeg er rask", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne holde kontakten med mine kusiner i Sverige", "socialt_samvaer"),
    ("jeg vil gerne kunne hilse på naboerne når jeg går forbi", "socialt_samvaer"),
    ("far vil gerne kunne høre sine gamle plader på pladespilleren", "fritid"),
    ("jeg vil gerne kunne spille på computeren om aftenen", "fritid"),
    ("mor vil gerne kunne gå til seniordans i forsamlingshuset", "fritid"),
    ("jeg vil gerne kunne vande med vandkanden og trille trillebøren i haven", "fritid"),
    ("jeg vil gerne kunne hjælpe til i suppekøkkenet om vinteren", "arbejde_og_frivillig"),
    ("han vil gerne kunne gå med indsamlingsbøssen til landsindsamlingen", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne læse korrektur for foreningens blad", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne passe min stilling som sekretær", "arbejde_og_frivillig"),
    ("jeg vil gerne kunne holde åbent hus til min fødselsdag", "socialt_samvaer"),
    ("jeg vil gerne kunne være sammen med ligesindede", "socialt_samvaer"),
    ("jeg vil gerne kunne komme ud og møde nogle andre", "socialt_samvaer"),
    ("jeg vil gerne kunne samle på gamle postkort", "fritid"),
    ("mor vil gerne have nogen omkring sig om aftenen", "socialt_samvaer"),
    ("jeg vil gerne kunne komme ud og opleve noget", "fritid"),
    ("jeg vil gerne kunne være noget for andre igen", "arbejde_og_frivillig"),
]


@pytest.mark.parametrize(("said", "expected"), CASES, ids=[c[0] for c in CASES])
def test_everyday_words_name_their_activity(said, expected):
    assert _activity(said) == expected


# counter-examples: the same words or frames in a neighbour's sense keep the neighbour
KEPT = [
    ("jeg vil gerne kunne være alene hjemme uden at blive bange", "humoer_og_energi"),
    ("jeg vil gerne kunne huske mine aftaler med familien", "hukommelse"),
    ("jeg vil gerne kunne tage med min familie i sommerhuset", "fritid"),
    ("jeg vil gerne kunne lave noget godt mad om aftenen", "madlavning"),
    ("jeg vil gerne lave noget varmt til aftensmad", "madlavning"),
    ("jeg vil gerne kunne betale regningerne i netbanken", "daglige_rutiner"),
    ("jeg vil gerne kunne tage en taxa til byen selv", "transport"),
    ("jeg vil gerne kunne skrive til min søn på mobilen", "kommunikation"),
    ("jeg vil gerne kunne lave perleplader med mit barnebarn", "fritid"),
    ("jeg vil gerne selv kunne bestille tid hos lægen", "egen_sundhed"),
    ("jeg vil gerne kunne samle kræfter så jeg ikke er så træt", "humoer_og_energi"),
    ("jeg vil gerne kunne skifte stilling i sengen selv", "forflytning"),
    ("jeg vil gerne kunne gå alene ned til stranden", "gang"),
    ("jeg vil gerne kunne ringe på telefonen til min søn", "kommunikation"),
    ("jeg vil gerne kunne ligge i en god stilling i sengen", "forflytning"),
    ("jeg vil gerne selv kunne tage kontakt til kommunen på telefonen", "kommunikation"),
    ("jeg vil gerne kunne spille kort med mine venner i klubben", "fritid"),
    ("jeg vil gerne kunne gå forbi naboerne på fortovet uden at vakle", "gang"),
    ("jeg vil gerne selv kunne møde ind til kontrol hos lægen", "egen_sundhed"),
    ("jeg vil gerne kunne spise noget jeg kan lide", "spise_og_drikke"),
]


@pytest.mark.parametrize(("said", "expected"), KEPT, ids=[c[0] for c in KEPT])
def test_neighbours_keep_their_activity(said, expected):
    assert _activity(said) == expected
