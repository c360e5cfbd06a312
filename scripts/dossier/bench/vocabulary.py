"""Words the corpus generator builds news articles from (data, kept apart from the logic).

Common nouns, verbs and adjectives of wire copy, real organisations and countries that the
gazetteers know, and syllables for made-up surnames and places, so the vocabulary (and with it
the search index) grows with the corpus as real coverage does.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


NOUNS = _words(
    "talks ceasefire offensive sanctions troops border summit minister election parliament "
    "budget agreement deal strike drones missiles convoy aid shipment corridor port pipeline "
    "refinery harbour region province capital villages frontline brigade battalion officials "
    "diplomats envoy negotiators delegation proposal treaty clause resolution vote coalition "
    "opposition protesters courts prosecutors investigation inquiry report evidence satellite "
    "images casualties civilians refugees hospitals schools power grid shelling artillery "
    "airspace fleet exercises reserves mobilisation conscripts veterans markets currency "
    "inflation exports imports grain fertiliser gas oil prices loans reconstruction donors "
    "pledges framework roadmap deadline statement briefing interview spokesman adviser"
)
VERBS = _words(
    "warned rejected accused welcomed confirmed denied announced signed approved blocked "
    "condemned urged promised delayed expanded halted resumed reported estimated demanded "
    "questioned dismissed defended criticised proposed considered discussed backed opposed "
    "suspended extended doubled tripled reduced"
)
ADJECTIVES = _words(
    "new fresh heavy limited broad renewed fragile tense prolonged decisive strategic military "
    "economic diplomatic humanitarian regional western eastern northern southern bilateral "
    "unprecedented significant modest sharp gradual urgent final initial"
)
ORGANISATIONS = (
    "NATO",
    "the United Nations",
    "the European Union",
    "the International Atomic Energy Agency",
    "the World Bank",
    "the International Monetary Fund",
    "the Kremlin",
    "the Pentagon",
    "the Red Cross",
    "the African Union",
    "the G7",
    "the OSCE",
)
COUNTRIES = _words(
    "Ukraine Russia France Germany Poland China Japan India Brazil Turkey Iran Israel Egypt "
    "Kenya Nigeria Mexico Canada Italy Spain Sweden Finland Norway Estonia Latvia Lithuania "
    "Romania Hungary Serbia Georgia Armenia Azerbaijan Kazakhstan Indonesia Vietnam Australia"
)
ROLES = (
    "the foreign minister",
    "the defence minister",
    "the president",
    "the prime minister",
    "a senior adviser",
    "the army chief",
    "the spokesperson",
    "the central bank governor",
    "the opposition leader",
    "the UN envoy",
)
FIRST_NAMES = _words(
    "Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Katya Luis Marta Nikolai Olga "
    "Pavel Rosa Sergei Tamar Viktor Yasmin Zoran Amira Bjorn Chen Daria Emil Fatima Goran Hana"
)
SYLLABLES = _words(
    "ka lo ve ran to mi sel dor bak un ter vis ko len sha ril mar po den gra vo lin es ta bor "
    "nek si dra mon tul fa"
)
OUTLET_WORDS = _words(
    "Daily Herald Courier Post Times Tribune Gazette Observer Chronicle Monitor Wire Dispatch "
    "Ledger Record Journal Express Standard Sentinel Review Bulletin"
)
OUTLET_PLACES = _words(
    "Baltic Danube Atlantic Northern Capital Metro Eastern Global Continental Harbour Valley "
    "Coastal Central Union Federal"
)
TOPICS = (
    "ceasefire talks",
    "grain corridor",
    "border clashes",
    "sanctions package",
    "energy crisis",
    "election dispute",
    "drone strikes",
    "peace summit",
    "refugee flows",
    "nuclear plant safety",
)
SECTIONS = _words("World Europe Politics Business Asia Defence Analysis")
UNRELATED_HEADLINES = (
    "Local council approves new cycling lanes after long debate",
    "Heatwave expected to break records across the south this weekend",
    "Football club names new coach after disappointing season",
    "Ten recipes for quick weeknight dinners",
    "Tech company unveils foldable phone at annual event",
    "Museum reopens after two-year renovation",
    "Stock markets close higher as investors weigh rate cut",
    "Train strike to disrupt commuters on Monday",
    "Scientists discover new species of frog in rainforest",
    "Celebrity couple announce engagement on social media",
)
