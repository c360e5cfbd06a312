"""Word lists the person and organisation rules rely on, kept as data so they can grow.

All entries are folded keys (see ``keys.fold_word``): lower case, no accents.
"""

from __future__ import annotations

from ..keys import fold_word


def _keys(text: str) -> frozenset[str]:
    return frozenset(fold_word(word) for word in text.split())


# Titles that, right before a capitalised name, show it is a person: "President Lee".
PERSON_TITLES = _keys(
    """
    president minister chancellor secretary general gen sen senator rep representative gov
    governor mayor mr mrs ms miss dr prof professor judge justice ambassador commander colonel
    col lt lieutenant major maj captain capt sgt sergeant admiral adm marshal king queen prince
    princess sheikh emir pope cardinal archbishop bishop rev reverend chairman chairwoman
    director envoy spokesman spokeswoman spokesperson commissioner premier speaker lord lady sir
    dame comrade congressman congresswoman councillor councilman councilwoman mp mep sultan
    ayatollah imam rabbi president-elect leader
    """
)

# Capitalised words that come before a person's name and are not part of it: the titles and
# the words that qualify them ("Deputy Foreign Minister", "Former President").
TITLES = PERSON_TITLES | _keys(
    """
    vice prime field crown father chief deputy foreign defence defense interior finance economy
    health trade energy attorney chair supreme high former acting interim senior state first
    gentleman opposition special
    """
)

# Lower-case role nouns that introduce a name: "Kremlin spokesman Dmitry Peskov".
ROLE_NOUNS = _keys(
    """
    president minister secretary spokesman spokeswoman spokesperson leader analyst expert
    professor researcher fellow director chief head envoy ambassador commander general senator
    lawmaker official adviser advisor aide deputy chairman chairwoman founder ceo author
    journalist correspondent reporter editor lawyer attorney judge prosecutor candidate nominee
    governor mayor rapporteur diplomat dictator strongman counterpart sister brother wife husband
    son daughter mother father colleague chancellor premier monarch king queen pundit economist
    historian scholar scientist activist blogger commentator strategist pollster manager
    secretary-general successor predecessor rival opponent challenger negotiator representative
    officer soldier commentator host presenter writer columnist campaigner actor actress singer
    rapper coordinator comedian star anchor moderator billionaire businessman businesswoman
    tycoon magnate investor donor entrepreneur executive producer director
    """
)

# Verbs of saying next to a name: "Yermak said", "said Lankov", "according to Howell".
SPEECH_VERBS = _keys(
    """
    said says told added stated wrote noted argued explained warned urged claimed insisted
    tweeted posted asked replied responded announced declared confirmed denied stressed
    suggested believes thinks called described acknowledged admitted according emphasized
    emphasised reiterated commented remarked observed pointed predicted vowed pledged promised
    accused criticised criticized praised met visited signed spoke speaks dismissed rejected
    """
)

# Words that introduce a place, not a state: "an attack on Kyiv", "a visit to Pyongyang".
PLACE_PREPOSITIONS = _keys(
    "in at near outside from to into around across toward towards via over on inside through"
)

# Words after a capital that make it a place: "the Kyiv region", "Washington state".
PLACE_FOLLOWERS = _keys(
    "region oblast city state province airport mayor district suburbs outskirts based metro"
)

# Name particles that may sit inside a person's name in lower case.
PARTICLES = _keys("de da do dos das del della di du van von der den ter le la al el bin ibn bint")

# Capitalised words that end an organisation's name.
ORG_HEADS = _keys(
    """
    ministry party council agency university institute commission committee department bank
    corporation corp company inc ltd plc group foundation association union court parliament
    assembly army navy service services office organisation organization centre center network
    news times post journal herald tribune gazette telegraph media press house fund guard
    command corps league alliance front movement bureau authority administration secretariat
    directorate cabinet club society church school college academy hospital airlines airways
    exchange board forum coalition caucus tribunal institution laboratory holdings trust
    initiative federation brigade battalion regiment endowment observatory
    """
)

# Words that start an organisation's name when an "of"-phrase follows: "Ministry of Defence".
ORG_OF_HEADS = _keys(
    """
    ministry university institute department bank council commission committee court office
    organisation organization federation league union association academy party school college
    centre center bureau agency
    """
)

# Capitalised words that end an organisation's name on the left: "The", "In", "Meanwhile".
ORG_STOP = _keys(
    """
    the a an and or but if when while after before since as at by for from in into of on to
    with about against between during under over this that these those there here it its his
    her their our meanwhile however although also still yet so then now today according despite
    amid following speaking asked said says mr mrs ms dr
    """
)

# Organisation words that name no one organisation on their own: "the Foreign Ministry".
GENERIC_ORG_WORDS = _keys(
    """
    the foreign defence defense interior finance security central national state federal
    ministry party council agency department bank office army navy court service services
    committee commission house parliament assembly government general supreme high military
    intelligence press news media union group public health economic economy justice trade
    energy education emergency emergencies special joint armed air naval border police
    administration presidential executive international world global regional city
    """
)

# Last words that make a capitalised phrase a place: "Wall Street", "Kursk Oblast".
PLACE_HEADS = _keys(
    """
    street st avenue road square city valley sea ocean oblast region island islands peninsula
    mountains mountain county province district bay gulf strait river lake park bridge airport
    station port harbour harbor hills desert coast plain plains basin canal heights border
    """
)

MONTHS_DAYS = _keys(
    """
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday
    """
)

# Capitalised words that are never part of a person's name in news text.
NOT_NAME = (
    _keys(
        """
        the a an and or but if when while after before since as at by for from in into of on
        to with without about against between during under over this that these those there
        here it its he she they we you i his her their our my your who what where why how
        which meanwhile however although though also still yet so then now today yesterday
        tomorrow tonight last next new north south east west northern southern eastern western
        central middle upper lower great united greater holy saint san santa st
        according despite amid following earlier later speaking asked responding reacting
        is are was were be been has have had do does did will would could should may might
        must can not no yes all some many most more much several other others another each
        every both either neither nor such only just even already again never always often
        homepage home news article articles latest posts post share read also more comments
        breaking live update updates video photo photos image images source sources related
        top world politics business opinion analysis editorial subscribe newsletter advertisement
        sponsored follow click log sign menu search contact about privacy terms cookie cookies
        copyright rights reserved published updated minutes hours day days week weeks month
        months year years government war military troops forces army conflict peace talks deal
        summit treaty agreement security defence defense intelligence ministry republic
        kingdom federation empire democratic people peoples islamic socialist federal state
        states union european western eastern allied alliance international global national
        regional local foreign domestic internet online web email ai tv covid coronavirus
        mr mrs ms dr god lord allah christ jesus bible quran democrat democrats republican
        republicans conservative conservatives liberal liberals independent senate house
        congress white black
        """
    )
    | MONTHS_DAYS
    | TITLES
)

# Common given names across the languages of international news. A capitalised pair starting
# with one of these is a person even without a title or a verb of saying nearby.
GIVEN_NAMES = _keys(
    """
    aaron abdul abdullah abu adam adrian ahmed ahmad aleksandr aleksei alex alexander alexandra
    alexandre alexei alexey ali alice alicia alison amanda amy ana anatoly andre andrea andreas
    andrei andrew andriy andrii andrzej angela angelina ann anna anne annalena anthony antonio
    antony anton antonin arnold arsen artem arthur ashley barack barbara benjamin bernard bernie
    beth betty bill bob boris brad brandon brian bruce bruno carl carlos carol caroline catherine
    cathy charles charlie charlotte chris christian christina christine christopher claire
    claudia colin craig cynthia dan daniel daniela danielle david dean deborah denis denys dennis
    diana diane dimitri dmitri dmitry dmytro donald donna doug douglas edward elena elizabeth
    elon emily emma emmanuel eric erik eugene evgeny fabio farah fatima felix fernando francesca
    francis francisco frank franz friedrich gabriel gabrielius gary george georg gerhard giorgia
    giovanni giuseppe gordon grace greg gregory hans harold harry hassan heather heinrich helen
    helmut henry herbert hillary howard hugh hugo hussein ian igor ilya ingrid irina isabel
    isabella ivan jack jacob jacques jake james jan jane janet jared jason javier jean jeff
    jeffrey jennifer jens jeremy jerome jessica jill jim jimmy joan joe joel johann john johnny
    jonathan jordan jorge jose josef joseph josep joshua juan judith julia julian julie justin
    kamala karen karim karl kate katherine kathleen kathryn keir keith kelly ken kenneth kevin
    kirill klaus kristi kurt kyle larry laura lauren lawrence leo leon leonid liam linda lindsey
    lisa liz lloyd louis luis luiz lucas lucy luke lyudmila magdalena marco margaret maria
    marie marina mario mark marta martin mary matt matthew maurice max maxim melania michael
    michel michelle miguel mike mikhail mohammed mohammad muhammad nancy naomi natalia natalie
    nathan neil nicholas nick nicola nicolas nikita nikolai nikki nina noah oleg oleksandr
    oleksii oliver olga olaf omar oscar pablo pamela patricia patrick paul paula pavel pedro
    peter petro philip philippe pierre rachel rafael ralph ramzan raymond rebecca richard rick
    rishi rob robert roberto roger roman ron ronald rose ruslan ruth ryan sam samantha samuel
    sandra sara sarah scott sean sebastian serge sergei sergey sergiy serhiy sharon simon sofia
    sophie stanislav stefan stephanie stephen steve steven susan svetlana tamara ted teresa
    thomas tim timothy tina todd tom tony tulsi ulrich ursula valentina valery valerii vasily
    vera victor viktor vincent vitali vitaly vladimir vladislav volodymyr walter wang wendy
    william wolfgang xavier yana yaroslav yevgeny yulia yuri yury zachary zoe
    """
)
