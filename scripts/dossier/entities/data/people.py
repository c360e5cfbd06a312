"""People international news names often, with their transliterations and short names.

Spellings that only differ in diacritics, hyphens, case or Slavic endings (-yy/-iy/-ii) need no
alias: they share a key (see ``keys``). ``short`` surnames stand alone ("Putin"); every other
surname only counts in an article that names the person in full or with a title (see ``Seed``).
Descriptions stay short and dated so that they do not go stale silently.
"""

from __future__ import annotations

from . import Seed

PEOPLE: tuple[Seed, ...] = (
    # Russia
    Seed(
        "Vladimir Putin",
        ("Vladimir Vladimirovich Putin", "Wladimir Putin"),
        "President of Russia",
        "Q7747",
        short=("Putin",),
    ),
    Seed("Dmitry Peskov", ("Dmitri Peskov",), "Kremlin spokesman", short=("Peskov",)),
    Seed(
        "Sergei Lavrov",
        ("Sergey Lavrov",),
        "Russian foreign minister since 2004",
        short=("Lavrov",),
    ),
    Seed(
        "Sergei Shoigu",
        ("Sergey Shoigu",),
        "Russian defence minister 2012–2024, then secretary of the Security Council",
        short=("Shoigu",),
    ),
    Seed(
        "Andrei Belousov",
        ("Andrey Belousov",),
        "Russian defence minister since 2024",
        short=("Belousov",),
    ),
    Seed(
        "Valery Gerasimov",
        ("Valeriy Gerasimov",),
        "Chief of the Russian General Staff",
        short=("Gerasimov",),
    ),
    Seed("Maria Zakharova", (), "Russian foreign ministry spokeswoman", short=("Zakharova",)),
    Seed(
        "Dmitry Medvedev",
        ("Dmitri Medvedev",),
        "Former Russian president (2008–2012), deputy chairman of the Security Council",
        short=("Medvedev",),
    ),
    Seed(
        "Alexei Navalny",
        ("Alexey Navalny",),
        "Russian opposition leader (1976–2024)",
        short=("Navalny",),
    ),
    Seed(
        "Yevgeny Prigozhin",
        ("Evgeny Prigozhin",),
        "Founder of the Wagner Group (1961–2023)",
        short=("Prigozhin",),
    ),
    Seed("Ramzan Kadyrov", (), "Head of the Chechen Republic", short=("Kadyrov",)),
    Seed(
        "Vasily Nebenzya",
        ("Vassily Nebenzia", "Vasily Nebenzia"),
        "Russia's ambassador to the United Nations",
        short=("Nebenzya", "Nebenzia"),
    ),
    Seed("Yuri Ushakov", ("Yury Ushakov",), "Kremlin foreign-policy aide"),
    Seed("Kirill Dmitriev", (), "Head of the Russian Direct Investment Fund"),
    # Ukraine
    Seed(
        "Volodymyr Zelenskyy",
        (
            "Volodymyr Zelensky",
            "Vladimir Zelensky",
            "Volodymyr Oleksandrovych Zelenskyy",
            "Wolodymyr Selenskyj",
        ),
        "President of Ukraine",
        "Q3874799",
        short=("Zelenskyy", "Zelensky", "Zelenskiy", "Selenskyj"),
    ),
    Seed(
        "Andriy Yermak",
        ("Andrii Yermak", "Andrei Yermak", "Andriy Iermak"),
        "Head of the Office of the President of Ukraine (2020–2025)",
        short=("Yermak",),
    ),
    Seed(
        "Dmytro Kuleba",
        ("Dmitry Kuleba",),
        "Ukrainian foreign minister 2020–2024",
        short=("Kuleba",),
    ),
    Seed(
        "Andrii Sybiha",
        ("Andriy Sybiha",),
        "Ukrainian foreign minister since 2024",
        short=("Sybiha",),
    ),
    Seed(
        "Oleksandr Syrskyi",
        ("Oleksandr Syrsky", "Alexander Syrsky"),
        "Commander-in-chief of Ukraine's armed forces since 2024",
        short=("Syrskyi", "Syrsky"),
    ),
    Seed(
        "Valerii Zaluzhnyi",
        ("Valery Zaluzhny", "Valeriy Zaluzhnyi"),
        "Commander-in-chief of Ukraine's armed forces 2021–2024",
        short=("Zaluzhnyi", "Zaluzhny"),
    ),
    Seed(
        "Kyrylo Budanov",
        ("Kirill Budanov",),
        "Head of Ukraine's military intelligence",
        short=("Budanov",),
    ),
    Seed("Rustem Umerov", (), "Ukrainian defence minister 2023–2025", short=("Umerov",)),
    Seed(
        "Denys Shmyhal",
        ("Denis Shmyhal",),
        "Ukrainian prime minister 2020–2025",
        short=("Shmyhal",),
    ),
    Seed(
        "Mykhailo Podolyak",
        ("Mykhailo Podolyak", "Mikhail Podolyak"),
        "Adviser to the head of Ukraine's presidential office",
        short=("Podolyak",),
    ),
    Seed("Vitali Klitschko", ("Vitaliy Klitschko",), "Mayor of Kyiv", short=("Klitschko",)),
    # North and South Korea
    Seed(
        "Kim Jong Un",
        ("Kim Jong-un", "Kim Jong-Un", "Kim Jongun"),
        "Supreme leader of North Korea",
        "Q56226",
        context_short=("Kim",),
    ),
    Seed("Kim Yo Jong", ("Kim Yo-jong",), "Senior North Korean official, sister of Kim Jong Un"),
    Seed(
        "Choe Son Hui",
        ("Choe Son-hui", "Choe Son-Hui"),
        "North Korean foreign minister",
        context_short=("Choe",),
    ),
    Seed("Kim Jong Il", ("Kim Jong-il",), "Leader of North Korea 1994–2011"),
    Seed("Kim Il Sung", ("Kim Il-sung",), "Founder of North Korea (1912–1994)"),
    Seed(
        "Yoon Suk Yeol", ("Yoon Suk-yeol",), "President of South Korea 2022–2025", short=("Yoon",)
    ),
    Seed(
        "Lee Jae-myung",
        ("Lee Jae Myung",),
        "President of South Korea since 2025",
        context_short=("Lee",),
    ),
    Seed(
        "Moon Jae-in",
        ("Moon Jae In",),
        "President of South Korea 2017–2022",
        context_short=("Moon",),
    ),
    Seed("Han Duck-soo", ("Han Duck Soo",), "South Korean prime minister", context_short=("Han",)),
    # China, Japan, India and Asia
    Seed(
        "Xi Jinping",
        (),
        "President of China and general secretary of the Chinese Communist Party",
        "Q15031",
        short=("Xi",),
    ),
    Seed("Li Qiang", (), "Premier of China since 2023", context_short=("Li",)),
    Seed("Wang Yi", (), "Chinese foreign minister", context_short=("Wang",)),
    Seed("Lai Ching-te", ("William Lai",), "President of Taiwan since 2024", short=("Lai",)),
    Seed("Tsai Ing-wen", (), "President of Taiwan 2016–2024", context_short=("Tsai",)),
    Seed("Fumio Kishida", (), "Prime minister of Japan 2021–2024", short=("Kishida",)),
    Seed("Shigeru Ishiba", (), "Prime minister of Japan 2024–2025", short=("Ishiba",)),
    Seed("Sanae Takaichi", (), "Prime minister of Japan since 2025", short=("Takaichi",)),
    Seed("Shinzo Abe", (), "Prime minister of Japan 2006–2007 and 2012–2020"),
    Seed("Narendra Modi", (), "Prime minister of India since 2014", "Q1058", short=("Modi",)),
    Seed("Shehbaz Sharif", (), "Prime minister of Pakistan"),
    Seed("Imran Khan", (), "Prime minister of Pakistan 2018–2022"),
    # Europe
    Seed(
        "Mark Rutte",
        (),
        "NATO secretary general since 2024; Dutch prime minister 2010–2024",
        "Q57792",
        short=("Rutte",),
    ),
    Seed("Jens Stoltenberg", (), "NATO secretary general 2014–2024", short=("Stoltenberg",)),
    Seed(
        "Ursula von der Leyen",
        (),
        "President of the European Commission since 2019",
        short=("von der Leyen",),
    ),
    Seed("Josep Borrell", (), "EU foreign-policy chief 2019–2024", short=("Borrell",)),
    Seed(
        "Kaja Kallas",
        (),
        "EU foreign-policy chief since 2024; Estonian prime minister 2021–2024",
        short=("Kallas",),
    ),
    Seed("Charles Michel", (), "President of the European Council 2019–2024"),
    Seed("António Costa", (), "President of the European Council since 2024"),
    Seed("Emmanuel Macron", (), "President of France since 2017", "Q3052772", short=("Macron",)),
    Seed("Olaf Scholz", (), "Chancellor of Germany 2021–2025", "Q61053", short=("Scholz",)),
    Seed("Friedrich Merz", (), "Chancellor of Germany since 2025", short=("Merz",)),
    Seed("Angela Merkel", (), "Chancellor of Germany 2005–2021", short=("Merkel",)),
    Seed("Annalena Baerbock", (), "German foreign minister 2021–2025", short=("Baerbock",)),
    Seed("Keir Starmer", (), "Prime minister of the United Kingdom since 2024", short=("Starmer",)),
    Seed("Rishi Sunak", (), "Prime minister of the United Kingdom 2022–2024", short=("Sunak",)),
    Seed("Boris Johnson", (), "Prime minister of the United Kingdom 2019–2022"),
    Seed("Theresa May", (), "Prime minister of the United Kingdom 2016–2019"),
    Seed("David Lammy", (), "British foreign secretary 2024–2025", short=("Lammy",)),
    Seed("Giorgia Meloni", (), "Prime minister of Italy since 2022", short=("Meloni",)),
    Seed("Pedro Sánchez", (), "Prime minister of Spain since 2018"),
    Seed("Donald Tusk", (), "Prime minister of Poland since 2023", short=("Tusk",)),
    Seed("Andrzej Duda", (), "President of Poland 2015–2025", short=("Duda",)),
    Seed("Viktor Orbán", (), "Prime minister of Hungary since 2010", short=("Orbán",)),
    Seed("Robert Fico", (), "Prime minister of Slovakia", short=("Fico",)),
    Seed(
        "Alexander Lukashenko",
        ("Aliaksandr Lukashenka", "Alyaksandr Lukashenka"),
        "President of Belarus",
        short=("Lukashenko", "Lukashenka"),
    ),
    Seed(
        "Recep Tayyip Erdoğan",
        ("Tayyip Erdoğan",),
        "President of Turkey",
        "Q39259",
        short=("Erdoğan",),
    ),
    Seed(
        "Gabrielius Landsbergis",
        (),
        "Lithuanian foreign minister 2020–2024",
        short=("Landsbergis",),
    ),
    Seed("Pope Francis", ("Jorge Mario Bergoglio",), "Head of the Catholic Church 2013–2025"),
    Seed("Pope Leo XIV", ("Robert Francis Prevost",), "Head of the Catholic Church since 2025"),
    Seed("King Charles III", ("King Charles",), "King of the United Kingdom since 2022"),
    # United Nations and international bodies
    Seed("António Guterres", (), "UN secretary-general since 2017", "Q311440", short=("Guterres",)),
    Seed(
        "Rafael Grossi",
        ("Rafael Mariano Grossi",),
        "Director general of the IAEA",
        short=("Grossi",),
    ),
    Seed("Tedros Adhanom Ghebreyesus", ("Tedros Adhanom",), "WHO director-general"),
    Seed("Volker Türk", (), "UN high commissioner for human rights"),
    # United States
    Seed(
        "Donald Trump",
        ("Donald J. Trump", "Donald John Trump"),
        "President of the United States (2017–2021 and since 2025)",
        "Q22686",
        short=("Trump",),
    ),
    Seed(
        "Joe Biden",
        ("Joseph Biden", "Joseph R. Biden", "Joe R. Biden"),
        "President of the United States 2021–2025",
        "Q6279",
        short=("Biden",),
    ),
    Seed(
        "Kamala Harris",
        (),
        "Vice president of the United States 2021–2025",
        "Q10853588",
        context_short=("Harris",),
    ),
    Seed("Barack Obama", (), "President of the United States 2009–2017", short=("Obama",)),
    Seed(
        "Hillary Clinton",
        ("Hillary Rodham Clinton",),
        "US secretary of state 2009–2013",
        context_short=("Clinton",),
    ),
    Seed(
        "Bill Clinton", (), "President of the United States 1993–2001", context_short=("Clinton",)
    ),
    Seed("George W. Bush", (), "President of the United States 2001–2009", context_short=("Bush",)),
    Seed("Mike Pence", (), "Vice president of the United States 2017–2021", short=("Pence",)),
    Seed(
        "JD Vance",
        ("J.D. Vance", "James David Vance"),
        "Vice president of the United States since 2025",
        short=("Vance",),
    ),
    Seed("Marco Rubio", (), "US secretary of state since 2025", short=("Rubio",)),
    Seed("Pete Hegseth", (), "US secretary of defense since 2025", short=("Hegseth",)),
    Seed("Mike Waltz", (), "US national security adviser in 2025", short=("Waltz",)),
    Seed(
        "Tulsi Gabbard", (), "US director of national intelligence since 2025", short=("Gabbard",)
    ),
    Seed("Steve Witkoff", ("Steven Witkoff",), "US special envoy", short=("Witkoff",)),
    Seed(
        "Keith Kellogg", (), "US special envoy for Ukraine and Russia", context_short=("Kellogg",)
    ),
    Seed("Elon Musk", (), "Businessman, owner of SpaceX, Tesla and X", short=("Musk",)),
    Seed(
        "Antony Blinken", ("Tony Blinken",), "US secretary of state 2021–2025", short=("Blinken",)
    ),
    Seed("Lloyd Austin", (), "US secretary of defense 2021–2025", context_short=("Austin",)),
    Seed(
        "Jake Sullivan", (), "US national security adviser 2021–2025", context_short=("Sullivan",)
    ),
    Seed(
        "John Kirby",
        (),
        "White House national security spokesman 2022–2025",
        context_short=("Kirby",),
    ),
    Seed("Mike Pompeo", (), "US secretary of state 2018–2021", short=("Pompeo",)),
    Seed(
        "Nancy Pelosi",
        (),
        "Speaker of the US House of Representatives 2007–2011 and 2019–2023",
        short=("Pelosi",),
    ),
    Seed("Mitch McConnell", (), "US Senate Republican leader 2007–2025", short=("McConnell",)),
    Seed("Chuck Schumer", (), "US Senate Democratic leader", short=("Schumer",)),
    Seed("Mike Johnson", (), "Speaker of the US House of Representatives since 2023"),
    Seed("Bernie Sanders", (), "US senator from Vermont", context_short=("Sanders",)),
    Seed("Tim Kaine", (), "US senator from Virginia", short=("Kaine",)),
    Seed("James Comey", (), "FBI director 2013–2017", short=("Comey",)),
    # Middle East
    Seed(
        "Benjamin Netanyahu",
        ("Bibi Netanyahu",),
        "Prime minister of Israel",
        "Q43723",
        short=("Netanyahu",),
    ),
    Seed("Isaac Herzog", (), "President of Israel since 2021", short=("Herzog",)),
    Seed(
        "Ali Khamenei",
        ("Ayatollah Ali Khamenei", "Ali Hosseini Khamenei"),
        "Supreme leader of Iran",
        short=("Khamenei",),
    ),
    Seed("Ebrahim Raisi", ("Ebrahim Raeesi",), "President of Iran 2021–2024", short=("Raisi",)),
    Seed("Masoud Pezeshkian", (), "President of Iran since 2024", short=("Pezeshkian",)),
    Seed("Abbas Araghchi", (), "Iranian foreign minister since 2024", short=("Araghchi",)),
    Seed("Hassan Nasrallah", (), "Leader of Hezbollah 1992–2024", short=("Nasrallah",)),
    Seed("Yahya Sinwar", (), "Hamas leader (1962–2024)", short=("Sinwar",)),
    Seed("Ismail Haniyeh", (), "Hamas political leader (1962–2024)", short=("Haniyeh",)),
    Seed("Mahmoud Abbas", (), "President of the Palestinian Authority", context_short=("Abbas",)),
    Seed(
        "Mohammed bin Salman",
        ("Mohammad bin Salman", "MBS"),
        "Crown prince and prime minister of Saudi Arabia",
    ),
    Seed(
        "Bashar al-Assad",
        ("Bashar Assad",),
        "President of Syria 2000–2024",
        short=("Assad", "al-Assad"),
    ),
    Seed(
        "Ahmed al-Sharaa",
        ("Ahmad al-Sharaa",),
        "President of Syria since 2025",
        short=("al-Sharaa", "Sharaa"),
    ),
    Seed(
        "Abdel Fattah el-Sisi",
        ("Abdel Fattah al-Sisi",),
        "President of Egypt",
        short=("Sisi", "el-Sisi"),
    ),
    # The Americas, Africa, Oceania
    Seed(
        "Luiz Inácio Lula da Silva",
        ("Lula da Silva", "Lula"),
        "President of Brazil",
        short=("Lula",),
    ),
    Seed("Javier Milei", (), "President of Argentina since 2023", short=("Milei",)),
    Seed("Nicolás Maduro", (), "President of Venezuela", short=("Maduro",)),
    Seed("Justin Trudeau", (), "Prime minister of Canada 2015–2025", short=("Trudeau",)),
    Seed("Mark Carney", (), "Prime minister of Canada since 2025", context_short=("Carney",)),
    Seed(
        "Anthony Albanese",
        (),
        "Prime minister of Australia since 2022",
        context_short=("Albanese",),
    ),
    Seed("Cyril Ramaphosa", (), "President of South Africa", short=("Ramaphosa",)),
)
