"""Word lists the quote rules read: cue verbs, pronouns, titles, organisation words.

Kept as plain data, apart from the rules, so a curator or a new language can extend them
without touching the logic. Everything is lower case; the rules lower-case before looking up.
"""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """A word list written as a block of text, one or more words a line."""
    return frozenset(block.split())


# Verbs (and verb-like phrases) that introduce or follow reported speech. Past, present and
# -ing forms are listed explicitly: a generated inflection would also create words that are
# not cues ("states", "claims" as nouns are excluded on purpose).
SPEECH_CUES: frozenset[str] = words(
    """
    said says say saying told tells telling added adds adding stated stating warned warns
    warning urged urges urging asked asks asking wrote writes writing explained explains
    explaining noted notes noting argued argues arguing claimed claiming insisted insists
    insisting declared declares declaring announced announces announcing acknowledged
    acknowledges acknowledging admitted admits admitting recalled recalls recalling replied
    replies replying responded responds responding answered answers answering continued
    continues cautioned cautions cautioning complained complains complaining conceded
    concedes confirmed confirms confirming contended contends countered counters countering
    emphasized emphasizes emphasizing emphasised emphasises emphasising stressed stresses
    stressing suggested suggests suggesting predicted predicts predicting tweeted tweets
    tweeting posted posting joked jokes joking quipped quips remarked remarks remarking
    observed observes boasted boasts boasting lamented laments lamenting pledged pledges
    promised promises promising vowed vows vowing alleged alleges alleging reiterated
    reiterates testified testifies shouted shouts yelled yells mused muses wondered wonders
    conceded acknowledged announced insisted explained told texted emailed e-mailed messaged
    exclaimed implored pleaded begged demanded demands demanding charged charges asserted
    asserts asserting maintained maintains maintaining concluded concludes summed reported
    reports reporting informed advised advises thundered fumed scoffed sniped retorted
    snapped chided declared proclaimed proclaims recounted recounts described describes
    describing gushed sighed shrugged laughed cried sneered groused grumbled griped hedged
    whispered murmured muttered barked chimed offered interjected elaborated clarified
    agreed disagreed objected protested
    found finds concluded revealed reveals showed shows show
    tweet write tell ask
    """
)

# Cues that frame a quoted *phrase* rather than a statement ("called the plan a 'disaster'").
# They attribute mixed quotes but are too weak on their own to turn a short phrase into a quote.
FRAMING_CUES: frozenset[str] = words(
    """
    called calls calling dubbed dubs dubbing labeled labelled labels labeling labelling
    branded brands branding denounced denounces criticized criticised criticizes slammed
    slams blasted blasts mocked mocks praised praises hailed hails accused accuses accusing
    decried decries derided derides termed terms termed dismissed dismisses dismissing
    condemned condemns referred refers referring characterized characterised
    """
)

ALL_CUES: frozenset[str] = SPEECH_CUES | FRAMING_CUES

# Verbs a written text "speaks" with ("The email began, “…”", "a sign that read, “…”",
# "“…,” the letter reads"). Too common in other senses ("read the report", "began to cry") to
# be cues anywhere: they count only when they touch the quotation.
DOCUMENT_CUES: frozenset[str] = words("began begins read reads")

# Words that may sit between a subject and its cue verb ("Putin also said", "she later told").
CUE_ADVERBS: frozenset[str] = words(
    """
    also later then again has had have once previously recently reportedly simply further
    flatly bluntly repeatedly publicly privately quickly firmly angrily would will could
    might may did does do not never had earlier frequently often
    """
)

PERSON_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "him": "m", "her": "f"}
GROUP_PRONOUNS: frozenset[str] = frozenset({"it", "they", "we", "i", "you", "who"})
# Words that stand alone for one unnamed member of a group just described ("“…,” one said",
# "said another"): a speaker of its own, kept as written, so the quotation is neither left
# without a cue nor taken as the previous speaker's next words.
INDEFINITE_SPEAKERS: frozenset[str] = frozenset({"one", "another"})

# Titles and honorifics before a name. The value is the gender they imply, or "" if none.
HONORIFICS: dict[str, str] = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "dr": "",
    "dr.": "",
    "prof": "",
    "prof.": "",
    "sen": "",
    "sen.": "",
    "rep": "",
    "rep.": "",
    "gov": "",
    "gov.": "",
    "gen": "",
    "gen.": "",
    "lt.": "",
    "col.": "",
    "capt.": "",
    "sgt.": "",
    "adm.": "",
    "rev.": "",
    "president": "",
    "senator": "",
    "representative": "",
    "governor": "",
    "congressman": "m",
    "congresswoman": "f",
    "mayor": "",
    "minister": "",
    "secretary": "",
    "general": "",
    "chancellor": "",
    "chairman": "m",
    "chairwoman": "f",
    "chair": "",
    "speaker": "",
    "leader": "",
    "director": "",
    "ambassador": "",
    "judge": "",
    "justice": "",
    "commissioner": "",
    "chief": "",
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": "",
    "pope": "m",
    "premier": "",
    "attorney": "",
    "candidate": "",
    "nominee": "",
    "vice": "",
    "deputy": "",
    "former": "",
    "foreign": "",
    "defense": "",
    "defence": "",
    "prime": "",
    "state": "",
    "press": "",
    "coach": "",
    "officer": "",
    "colonel": "",
    "captain": "",
    "sergeant": "",
    "admiral": "",
    "pastor": "",
    "coordinator": "",
    "manager": "",
    "adviser": "",
    "advisor": "",
    "strategist": "",
    "counsel": "",
    "editor": "",
    "correspondent": "",
    "executive": "",
}

# Role nouns that, after "the", stand for a person already named ("the president said").
PERSON_ROLES: frozenset[str] = words(
    """
    president senator governor candidate nominee congressman congresswoman mayor minister
    chancellor secretary spokesman spokeswoman spokesperson leader ambassador official
    businessman businesswoman billionaire prosecutor judge director chairman chairwoman
    general commander premier king queen pope former man woman speaker strategist
    """
)

# Gender carried by role nouns in a description ("his wife", "the spokeswoman").
GENDERED_NOUNS: dict[str, str] = {
    "wife": "f",
    "husband": "m",
    "mother": "f",
    "father": "m",
    "son": "m",
    "daughter": "f",
    "woman": "f",
    "man": "m",
    "spokeswoman": "f",
    "spokesman": "m",
    "businesswoman": "f",
    "businessman": "m",
    "congresswoman": "f",
    "congressman": "m",
    "chairwoman": "f",
    "chairman": "m",
    "sister": "f",
    "brother": "m",
    "girl": "f",
    "boy": "m",
}

# A capitalised word sequence containing one of these is an organisation, not a person.
ORG_WORDS: frozenset[str] = words(
    """
    party ministry department committee council agency office house kremlin pentagon
    government administration campaign commission bureau service services court senate
    congress parliament assembly army navy police university college institute foundation
    association union company corp corp. inc inc. ltd ltd. group bank fund times post news
    journal press network tv television radio reuters afp ap tass board federation
    organization organisation alliance coalition church center centre club league network
    staff embassy command forces guard intelligence cabinet duma rada nato fbi cia nsa un eu
    gop dnc rnc cnn bbc nbc abc cbs msnbc fox
    """
)

# Common nouns that head a speaker description ("the company", "a spokesman for X").
DESCRIPTION_HEADS: frozenset[str] = words(
    """
    company firm newspaper paper daily report statement study survey spokesman spokeswoman
    spokesperson official officials aide aides adviser advisers advisor source sources
    campaign committee group agency ministry department administration government lawmaker
    lawmakers senator president candidate nominee governor analyst analysts economist
    economists expert experts strategist strategists pollster researchers researcher memo
    letter email e-mail complaint lawsuit ruling filing poll narrator ad video book magazine
    editorial board website site network channel organization organisation union party
    spokesmen representative representatives voter voters supporter supporters critic
    critics lawyer lawyers attorney attorneys prosecutors prosecutor judge court police
    officer officers soldier soldiers resident residents official director executive
    executives leader leaders chairman chairwoman member members person people man woman
    friend friends student students professor teacher son daughter wife husband mother
    father brother sister agreement treaty resolution declaration law kremlin white house
    host anchor reporter correspondent columnist writer author commentator editor team
    investigator investigators agency authorities official spokesperson statement post tweet
    message note account memo document documents documents analysis survey release founder
    chief ceo manager coach pastor bishop disclosures records filings emails transcript
    """
)

# Capitalised words that start sentences or name dates, never part of a speaker's name.
NOT_NAME_WORDS: frozenset[str] = words(
    """
    the a an and but or if when while after before as at in on of for to by with from this
    that these those there here it its he she they we i you his her their our my your what
    who whom which where why how yes no not so then than though although because since until
    unless also still yet just even only meanwhile however instead some many most more all
    any each every both another other such one two three monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october
    november december jan feb mar apr aug sept sep oct nov dec today yesterday tomorrow
    tonight last next earlier later asked according despite during over under into about
    against between among without within through across like unlike says said told read
    reads update updated photo image video watch editor editors note related follow share
    advertisement already indeed perhaps maybe now soon never always often sometimes again
    together nor first second third finally ultimately currently recently previously
    separately similarly likewise besides moreover furthermore nevertheless nonetheless
    otherwise thus hence therefore overall still rather ok okay well oh please thanks thank
    forty fifty sixty seventy eighty ninety hundred thousand million billion
    four five six seven eight nine ten eleven twelve twenty thirty dozen dozens hundreds
    thousands millions billions
    """
)

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = words(
    """
    mr mrs ms dr prof sen rep gov gen lt col capt sgt adm rev st jr sr inc corp ltd co vs no
    u.s u.k u.n e.g i.e etc jan feb mar apr aug sep sept oct nov dec mt ft ave
    """
)

# Capitalised adjectives of nations, parties and faiths: "North Korean soldiers" is not a
# person called "North Korean". A capitalised run ending in one of these is never a name.
ADJECTIVAL_NAMES: frozenset[str] = words(
    """
    american russian ukrainian korean chinese british english french german european western
    eastern republican democratic democrat iranian israeli palestinian syrian turkish
    japanese indian pakistani afghan iraqi saudi canadian mexican italian spanish polish
    belarusian georgian muslim christian jewish catholic arab arabic african asian latino
    hispanic soviet communist conservative liberal labour atlantic pacific nordic baltic
    swedish finnish danish dutch belgian swiss austrian hungarian romanian czech slovak
    greek brazilian argentine australian egyptian lebanese yemeni libyan nigerian kenyan
    taiwanese vietnamese filipino indonesian thai burmese mongolian kazakh uzbek armenian
    azerbaijani moldovan lithuanian latvian estonian serbian croatian bosnian scottish irish
    welsh south north west east
    """
)

# Words that may stand between "the" and a role noun in a description that names one person
# already introduced ("the Republican nominee", "the former president"). Party, rank and
# office words only: "the Ohio senator" or "the company's spokesman" are left as written.
ROLE_MODIFIERS: frozenset[str] = ADJECTIVAL_NAMES | words(
    """
    former current then new acting top senior deputy vice presidential chief foreign defense
    defence prime press campaign state party incumbent outgoing longtime veteran gop
    democratic republican independent
    """
)

# Adverbs that may open a sentence before its subject ("Even Anna Berg, …, admits …", "Now
# Holm says …"): skipped when reading who a sentence is about.
SENTENCE_ADVERBS: frozenset[str] = words(
    """
    even now still meanwhile indeed instead later earlier today yesterday recently
    previously already finally separately similarly likewise only also then
    """
)

# Words that open an introductory phrase rather than a subject ("With its small budget,",
# "Between spring and autumn,", "Two weeks later,"): the subject follows the comma.
INTRODUCTORY_WORDS: frozenset[str] = words(
    """
    with between among amid amidst for by from under over throughout within without across
    near like unlike beyond upon toward towards
    """
)
# A phrase ending in one of these is a time adverbial ("Two months later,", "A year ago,").
TIME_PHRASE_ENDS: frozenset[str] = words("later ago earlier afterward afterwards")

# Words of a time phrase that may stand between a subject and its cue ("Berg on Tuesday
# accused", "Holm last week said"); read past when looking for the subject.
TIME_WORDS: frozenset[str] = words(
    """
    on last this monday tuesday wednesday thursday friday saturday sunday today yesterday
    tonight morning afternoon evening night week weekend month year
    """
)

# AP-style abbreviations of US states, as written after a city ("Bristol, Va.,"): the
# segment is a place, never the subject of a cue. Lower case, without the full stop.
STATE_ABBREVIATIONS: frozenset[str] = words(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va
    wis wyo d.c
    """
)

# Words a Title Case headline leaves in lower case ("Putin on the Brink of a Deal"): they do not
# count when deciding whether a line's words are all capitalised.
TITLE_SMALL_WORDS = words("a an the of and or in on for to at by with from as is vs")
