"""Boilerplate vocabularies and metadata signatures, kept as data apart from the rules.

Rules in :mod:`dossier.cleaning.rules` only say *how* a pattern is applied; the words
themselves live here so a curator or developer can extend a vocabulary (or add a language)
without touching the logic. Patterns are matched against one whitespace-normalised line.

The vocabularies cover English plus the phrases of French, German, Spanish, Italian,
Portuguese and Dutch news sites that a copied page typically carries.
"""

from __future__ import annotations

import re


def _anchored(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern that must match the whole line (trailing punctuation ok)."""
    body = "|".join(alternatives)
    return re.compile(rf"^(?:{body})[\s:.!?…›»>|·•\-–—]*$", re.IGNORECASE)


def _prefixed(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern that must match at the start of the line."""
    body = "|".join(alternatives)
    return re.compile(rf"^(?:{body})", re.IGNORECASE)


# A line that is one of these, and nothing else, is page furniture wherever it appears.
BOILERPLATE_LINE = _anchored(
    # sharing and following
    r"share(?: (?:this|the|on|via)(?: \w+){0,3})?",
    r"(?:share|tweet|pin|email|print|copy link|copy|facebook|twitter|x|linkedin|whatsapp|reddit"
    r"|pinterest|telegram|flipboard|messenger|threads|bluesky|mastodon|tumblr|instagram|youtube"
    r"|tiktok|rss|e-?mail|sms)(?:[\s,/|·•]+(?:share|tweet|pin|email|print|copy link|copy|facebook"
    r"|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|threads|bluesky"
    r"|mastodon|tumblr|instagram|youtube|tiktok|rss|e-?mail|sms))*",
    r"follow(?: us)?(?: on \w+)?",
    r"(?:partager|teilen|compartir|condividi|compartilhar|delen)(?: \w+){0,3}",
    # reading furniture
    r"(?:also read|read also|read more|read next|more to read|continue reading|keep reading"
    r"|read the full (?:article|story)|others are reading now|don'?t miss|see also|more"
    r"|show more|load more|view more|see more|view all|see all|back to top|back to blog"
    r"|scroll (?:to|for) (?:top|more)|skip to (?:main )?content|skip to navigation|jump to"
    r"|jump to section|table of contents|in this article|on this page|contents|listen"
    r"|listen to (?:this )?article|print this (?:page|article)|toggle navigation|menu|close"
    r"|search|search for|open search|previous|next|previous article|next article"
    r"|previous post|next post|advertisement|advertising|sponsored|ad|ads|publicité|anzeige"
    r"|werbung|publicidad|pubblicità|publicidade|advertentie|lire aussi|à lire aussi"
    r"|lire la suite|weiterlesen|mehr zum thema|auch interessant|lee también|leer más"
    r"|leggi anche|leia também|lees ook)",
    r"\d+\s*(?:min(?:ute)?s?|mins?) read",
    r"(?:\d+|no)\s*(?:comments?|responses?|replies|kommentare|commentaires|comentarios|commenti)",
    r"(?:leave a (?:comment|reply)|post a comment|add a comment|write a comment|reply|comments?"
    r"|view comments|show comments|join the (?:conversation|discussion))",
    r"(?:subscribe|sign up|sign in|log ?in|log out|register|create (?:an |your )?account"
    r"|my account|get the app|download the app|donate|support us|newsletter|newsletters"
    r"|s'abonner|abonnez-vous|abonnieren|suscríbete|iscriviti|assine)",
    r"(?:accept|reject|accept all|reject all|decline|manage (?:cookies|preferences|settings)"
    r"|cookie (?:settings|preferences|policy)|got it|ok|i agree|allow all)",
    r"thanks? (?:you )?for reading",
    r"(?:photo|image|video|foto|bild|source|credit|credits|getty images|shutterstock|reuters"
    r"|afp|ap|dpa|epa|istock)",
    r"(?:tags?|topics?|categories|category|filed under|related|related topics|keywords)",
    # shopping and call-to-action buttons
    r"(?:book now|learn more|get a quote|see it|see the rating|\+ ?more info|more info"
    r"|jump to review|previous next|track price|visit (?:the )?website|contact us|start course"
    r"|where to buy|best prices today|shop now|view deal|see deal|get (?:the )?deal|get it now)",
    r"(?:buy|shop|view|read|see|check)(?: it| the)?(?: price| prices| deal)? (?:on|at|from) [\w.]+"
    r"(?: \(on sale!\))?",
    r"\$[\d,.]+ (?:at|from|on) [\w.]+",
    r"price comparison from .{0,40}|view this post on instagram|a post shared by .{0,60}",
    r"< ?back to .{0,40}|read (?:our |the )?(?:full )?(?:\w+ )?review|\(image credit: .{1,40}\)",
    # the labels and button of a contact or newsletter form
    r"(?:your )?(?:e-?mail address|first name|last name|full name|(?:phone|mobile) number"
    r"|company name|job title|zip code|postal code|e-?mail ?\*)\s*\*?|submit",
)

# A line that starts like this is a call to action, consent banner or sharing prompt.
BOILERPLATE_PREFIX = _prefixed(
    r"share (?:this|the|on|via) ",
    r"share it here",
    r"did you (?:find|like|enjoy) (?:the|this) (?:article|story|post)",
    r"(?:subscribe|sign up|register) (?:to|for|now|today|and)\b",
    r"(?:get|receive) (?:the latest|our|the best|exclusive|breaking|free) \w+.{0,60}"
    r"(?:inbox|newsletter|email)",
    r"(?:join|follow) (?:us|our) (?:on|at|in)\b",
    r"we (?:use|value) cookies|this (?:site|website) uses cookies|by (?:clicking|continuing|using"
    r" this (?:site|website))",
    r"(?:we|this site) may (?:earn|receive) (?:a )?(?:commission|compensation)",
    r"(?:this|our) (?:post|article|page) (?:may )?contains? affiliate",
    r"your email address will not be published",
    r"(?:click|tap) here\b",
    r"advertisement\b",
    r"(?:also read|read also|read more|related|see also|recommended|more from|more:|watch:"
    r"|read:|lire aussi|lesen sie auch|lee también|leggi anche|leia também)\s*[:|»›>\-–—]",
    r"thanks? (?:you )?for reading",
    r"others are reading now",
    r"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados)",
    r"sign in to (?:view|read|continue|comment)",
    r"you (?:have|'ve) (?:read|reached) \d+",
    r"(?:enable|please enable) javascript",
    r"(?:this|the) (?:article|story|post) (?:is|was) (?:originally )?(?:published|featured)"
    r" (?:on|in|by) ",
    r"(?:originally|first) (?:published|appeared) (?:on|in|at) ",
    # form and newsletter boxes
    r"thank you! your submission has been received|oops! something went wrong",
    r"enter your email(?: address)?\b",
    r"join (?:over |more than )?[\d,.]+\+?\s*(?:k|m|million)? "
    r"(?:others|subscribers|readers|people)",
)

# Phrases that may appear anywhere in a short line and mark it as furniture.
BOILERPLATE_ANYWHERE = re.compile(
    r"«\|\|»|all rights reserved|cookie policy|privacy policy|terms of (?:use|service)"
    r"|newsletter sign-?up|sign up for (?:our|the) \w+|subscribe to (?:our|the) \w+"
    r"|©|\(c\) \d{4}|copyright \d{4}|follow us on|share on (?:facebook|twitter|x|linkedin)"
    r"|whatsapp|click here to|add to cart|buy now",
    re.IGNORECASE,
)
# Fragments that every BOILERPLATE_ANYWHERE phrase contains (lowercase): substring tests are
# ten times cheaper than the search, which then runs only on the few lines holding one.
BOILERPLATE_ANYWHERE_CUES = (
    "«||»",
    "rights reserved",
    "cookie policy",
    "privacy policy",
    "terms of ",
    "newsletter sign",
    "sign up for ",
    "subscribe to ",
    "©",
    "(c) ",
    "copyright ",
    "follow us on",
    "share on ",
    "whatsapp",
    "click here to",
    "add to cart",
    "buy now",
)

# Affiliate and review-policy disclosures, a little longer than other furniture ("We buy all
# the products we test ... If you purchase through our links, we may earn a commission").
# Searched only in lines holding one of DISCLOSURE_WORDS (see may_be_disclosure).
DISCLOSURE_WORDS = ("commission", "compensation")
DISCLOSURE = re.compile(
    r"(?:purchase|buy|click|shop)(?:s|ing)? (?:made )?through (?:our |the )?links"
    r"|through links on (?:our|this) (?:site|page)"
    r"|(?:\bwe|site) may (?:earn|receive|get) (?:a )?(?:small )?(?:affiliate )?"
    r"(?:commission|compensation)|may earn us (?:a )?(?:small )?commission"
    r"|we (?:independently|may) (?:test|evaluate|review|research|select|choose)\w* "
    r"(?:all |every|each )?(?:of our |the )?(?:products|recommendations|everything)",
    re.IGNORECASE,
)

# Headings that introduce lists of *other* pages; everything under one until the next real
# paragraph is a headline list, including its dates (which must never date the article).
HEADLINE_LIST_HEADING = _anchored(
    r"(?:the )?latest(?: (?:posts|news|articles|stories|headlines|updates|videos))?",
    r"(?:most|more) (?:read|popular|viewed|shared|commented|recent)(?: (?:posts|articles|stories"
    r"|news))?",
    r"recent(?:ly)? (?:posts|articles|news|stories|updates)",
    r"(?:related|similar|recommended|suggested|trending|featured|popular|top|more|other"
    r"|further)(?: (?:posts|articles|stories|news|reading|content|topics|links|videos|reads"
    r"|guides|resources|coverage|headlines))?",
    r"(?:you|we think you) (?:may|might|will|could|should) (?:also )?(?:like|enjoy|be interested"
    r"(?: in)?)(?: these)?(?: \w+){0,2}",
    r"(?:read|see|explore|discover|watch) (?:next|more|these|also)(?: \w+){0,3}",
    r"more (?:from|in|on|about|stories from|articles from|news from) .{1,40}",
    r"(?:also|more) (?:on|in) .{1,30}",
    r"(?:recommended|picked) for you",
    r"editor'?s? (?:picks?|choice)",
    r"what(?:'s| is) (?:new|hot|trending)",
    r"(?:don'?t|do not) miss",
    r"(?:latest|recent|popular|top) (?:in|from) .{1,40}",
    r"(?:archives?|categories|tags|topics|popular tags|blog categories|recent comments"
    r"|categories & tags)",
    r"(?:à lire aussi|les plus lus|dernières? (?:actualités|infos|articles)|sur le même sujet"
    r"|meistgelesen|das könnte sie auch interessieren|mehr zum thema|lo más leído"
    r"|noticias relacionadas|te puede interesar|i più letti|articoli correlati|mais lidas"
    r"|leia mais|meest gelezen|gerelateerde artikelen)",
)

# Headings after which the article is over: comment sections and author boxes. The main block
# never crosses one.
END_OF_ARTICLE = _anchored(
    r"(?:\d+ )?(?:comments?|responses?|replies|reactions?)(?: \(\d+\))?",
    r"(?:\d+|one|two|three) (?:thoughts?|responses?|comments?|replies) (?:on|to) .{1,200}",
    r"(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|review|response)",
    r"(?:discussion|conversation|join the discussion|comments are closed|show comments)",
    r"discussion about this (?:post|article|story)",
    r"about the (?:author|authors|writer|contributors?|editor)",
    r"(?:à propos de l'auteur|über den autor|sobre el autor|commentaires|kommentare|comentarios"
    r"|commenti|reacties)",
)

# Lines that only occur in a comment thread, under or beside each comment: a page with several
# of them has a comment section, which starts at the first comment.
COMMENT_MARKER = _anchored(
    r"(?:reply|reply to (?:this|this comment|comment)(?: share)?|like reply"
    r"|report(?: comment| abuse)?|flag as inappropriate"
    r"|log in to (?:comment|reply)|load (?:all|more) comments|(?:post )?load all comments)",
    r"(?:\d+|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) ago",
    # "March 3, 2021 at 8:28 am": a comment's time stamp, under its author's name
    r"\w+\.? \d{1,2},? \d{4},? at \d{1,2}:\d\d ?(?:[ap]\.?m\.?)?",
    r"\d{1,2} \w+\.? \d{4},? at \d{1,2}:\d\d ?(?:[ap]\.?m\.?)?",
)

# The head of one comment in a blog's thread, "Jane Doe says:": a comment marker that is also
# where that comment starts.
COMMENT_HEAD = _anchored(r"(?:\S+ ){0,3}\S+ says")

# Headings that usually close the article (sharing, related posts, newsletter boxes) but also
# appear inside long ones: the block crosses them only when prose follows in quantity.
USUALLY_END_OF_ARTICLE = _anchored(
    r"(?:author|writer)(?: bio| profile| details)?",
    r"(?:share (?:this|the) (?:article|post|story|page)|share this:?)",
    r"(?:related|similar|recommended|popular|recent|latest|more) (?:posts|articles|stories"
    r"|news|reading|content|resources|guides)",
    r"you (?:may|might) also (?:like|enjoy)",
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletters?",
    r"(?:quick|useful|helpful) links",
    r"(?:follow|connect with|find) us(?: on .{1,30})?",
    r"(?:site ?map|sitemap|footer)",
    # review-site and blog closers: sourcing notes, feedback prompts, reviewer boxes
    r"(?:article )?sources|how we reviewed this (?:article|page)",
    r"was this (?:page|article|post|guide) (?:helpful|useful)\??",
    r"why trust (?:us|our \w+)\??|about (?:our|the) (?:experts?|reviewers?)",
    r"from (?:our|the) archives?|rights (?:&|and) permissions",
    r"(?:what do you think|be the first to comment)\??",
)

# A link to another story between two paragraphs, "Read more: <its headline>": a short prompt,
# a colon or an arrow, and at least three words of headline. The article goes on after it.
INLINE_STORY_LINK = re.compile(r"^[^:|»›>]{1,25}[:|»›>]\s*\S+(?:\s+\S+){2,}")

# The opening of a contributor's biography, "Jane Doe is a freelance writer ...": the name
# (whose first word is captured) and a verb. Under a short line naming the same person it is
# an author box, which closes the article.
AUTHOR_BIO_OPENING = re.compile(
    r"(?P<first>[A-Z][\w'’\-]+)(?: [A-Z][\w'’.\-]+){0,2},?(?: [A-Z][\w.®]+,?)? (?:is|was|has been"
    r"|has|writes|covers|explores|specializes|specialises|leads|holds|joined|lives|loves|brings"
    r"|helps|works|founded)\b"
)

# What a contributor's biography says of them: a trade, a title, a personal pronoun. Keeps a
# listicle's "Memorial Park / Memorial Park is home to ..." from reading as an author box.
_TRADES = (
    r"writer|editor|journalist|author|reporter|contributor|columnist|blogger|copywriter"
    r"|founder|co-founder|ceo|cmo|director|marketer|consultant|specialist|expert"
    r"|photographer|freelance|professor|researcher|strategist|coach"
)
AUTHOR_BIO_ROLE = re.compile(rf"\b(?:{_TRADES}|owner|he|she|his|her)\b", re.IGNORECASE)
# The trade alone: in a biography in the first person, "he", "her" or "the owner" are someone
# else ("I'm so glad I found this shop, the owner was lovely" is a testimonial).
AUTHOR_TRADE = re.compile(rf"\b(?:{_TRADES})\b", re.IGNORECASE)

# Photo credits and captions: agencies, stock libraries, "Photo: X", "Image credit: Y".
PHOTO_CREDIT = re.compile(
    r"(?:^|[\s/(|,])(?:getty(?: images)?|shutterstock|istock(?:photo)?|wikimedia(?: commons)?"
    r"|unsplash|pexels|pixabay|alamy|reuters|associated press|ap photo|afp(?: via getty)?|epa"
    r"|dpa|anadolu|bloomberg via getty|imago|depositphotos|adobe stock|dreamstime"
    r"|flickr|creative commons|cc by(?:-sa)?(?: \d\.\d)?)(?:\b|$)"
    r"|^(?:photo|image|picture|foto|bild|crédit|credit|photograph|illustration|source)"
    r"(?: credit| courtesy| by)?\s*[:©]"
    r"|^(?:photo|image|picture|courtesy) (?:by|of|courtesy) "
    r"|^©\s*\S",
    re.IGNORECASE,
)

# A teaser or a contributor's blurb cut short by its link: "... Read more »". An article's own
# paragraph does not end on the words of a link: of the kept lines of the WCXB dev pages that
# ended so, none was article text.
LINK_ENDING = re.compile(
    r"\b(?:read more|continue reading|learn more|read full (?:article|story|bio))"
    r"\s*(?:»|›|→|>|\.\.\.|…)?\s*$",
    re.IGNORECASE,
)

# A caption that ends with its credit: "The tent at dawn. Credit: Jane Doe", "(Photo: X/Y)".
# Reporting attributes with "said", not with a trailing "Credit:"; on the WCXB dev pages no
# line of an article's text ended like this, while 163 kept captions did.
TRAILING_CREDIT = re.compile(
    r"\b(?:photo |image )?(?:credit|photo|photograph|image|courtesy)s?\s*[:©]\s*[^.:]{1,50}$",
    re.IGNORECASE,
)
# Lowercase fragments one of which every TRAILING_CREDIT match holds: a cheap test first.
TRAILING_CREDIT_CUES = ("credit", "photo", "image", "courtesy")

# Markers that start a list item in pasted text.
LIST_MARKER = re.compile(r"^(?:[-*•·▪◦●■►✓✔→]|\d{1,2}[.)]|[a-z][.)])\s+")

# ---------------------------------------------------------------------------------------------
# Metadata signatures
# ---------------------------------------------------------------------------------------------

_OUTLET = r"(?P<outlet>[A-Z0-9][\w&'’.\- ]{1,60}?)"

# Syndication notices name the outlet that republished the story.
SYNDICATION = (
    re.compile(rf"has not been edited by {_OUTLET} staff", re.IGNORECASE),
    re.compile(
        rf"(?:this|the) (?:article|story|post) (?:was|is) (?:originally |first )?"
        rf"(?:published|featured|posted) (?:on|in|by) {_OUTLET}(?:[.!,;]|$| and| on)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:originally|first) (?:published|appeared) (?:on|in|at|by) {_OUTLET}(?:[.!,;]|$| and"
        rf"| on)",
        re.IGNORECASE,
    ),
    re.compile(rf"published from a syndicated feed by {_OUTLET}", re.IGNORECASE),
)
# Every SYNDICATION and SYNDICATION_NOTICE pattern contains one of these words: testing a line's
# lower-cased words for them skips the few hundred lines of a page that have none before those
# regexes run (a case-insensitive regex alternation for the same test costs more than it saves).
SYNDICATION_WORDS = ("edited", "published", "featured", "posted", "appeared", "syndicated")


def may_be_boilerplate_anywhere(lowered_text: str) -> bool:
    """Cheap test that must pass before BOILERPLATE_ANYWHERE is searched."""
    return any(cue in lowered_text for cue in BOILERPLATE_ANYWHERE_CUES)


def may_be_disclosure(lowered_words: str) -> bool:
    """Cheap test that must pass before DISCLOSURE is searched: most lines fail it."""
    return DISCLOSURE_WORDS[0] in lowered_words or DISCLOSURE_WORDS[1] in lowered_words


def may_be_syndication(lowered_words: str) -> bool:
    """Cheap test that must pass before a syndication pattern can match the line: whether it
    holds one of SYNDICATION_WORDS, written out (twice as fast as ``any`` over the tuple on
    the half million lines of the evaluation pages; a test keeps the two in step)."""
    w = lowered_words
    return (
        "edited" in w
        or "published" in w
        or "featured" in w
        or "posted" in w
        or "appeared" in w
        or "syndicated" in w
    )


# A syndication notice is removed from the body even when no outlet can be read from it.
SYNDICATION_NOTICE = re.compile(
    r"syndicated feed|has not been edited by|(?:this|the) (?:article|story) (?:was|is) "
    r"(?:originally |first )?(?:published|featured) (?:on|in|by)|(?:originally|first) "
    r"(?:published|appeared) (?:on|in|at)|republished (?:with permission|from|under)",
    re.IGNORECASE,
)

# "© 2025 Hearst Magazines, Inc. All Rights Reserved." -> the outlet after the year.
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?P<outlet>[A-Z][\w&'’.\- ]{1,60}?)\s*(?:[.,|]|all rights|alle rechte|tous droits|$)",
    re.IGNORECASE,
)

# Bylines: "By Jane Doe", "Written by Jane Doe | May 19, 2024", "Von Max Muster".
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’.\-]*|de|da|van|von|der|del|la|le|di|bin|al)"
BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|posted by|published by|article (?:written )?by"
    r"|author|authors|contributors?|von|par|por|di"
    r"|door|escrito por|écrit par|geschrieben von)(?:\s*[:\-–]\s*|\s+)"
    rf"(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?:,? (?:{_NAME_WORD}|and|&|und|et|y|e)){{0,6}})",
    re.IGNORECASE,
)
# An author box under the article: "About the author: Jane Doe is a reporter at ...".
AUTHOR_BOX = re.compile(
    rf"^about the author:?\s+(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?: {_NAME_WORD}){{1,3}})"
    r"\s+(?:is|was|has)\b",
    re.IGNORECASE,
)
# "Last updated on April 8, 2024 by Amanda Brooks": a byline after a dateline.
BYLINE_INSIDE = re.compile(
    rf"\b(?:by|von|par|por)\s+(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?: {_NAME_WORD}){{1,4}})"
)
# Credentials that stay with a name after a comma: "Jillian Kubala, MS, RD".
CREDENTIAL = re.compile(
    r"^(?:[A-Z][A-Z.]{0,5}|[A-Z][a-z]?[A-Z][A-Z.]*|Ph\.?D\.?|M\.?Sc\.?|Jr\.?|Sr\.?|I{1,3})[®™]?$"
)

# Words that end a byline's name: dates, roles and separators glued to it by copy-paste.
BYLINE_STOP = re.compile(
    r"\s*(?:\||•|·|⋅|●|—|–|\s-\s|\(|,\s*(?:updated|published|posted)"
    # an outlet's initials before the role ("Jane Doe, WCI Columnist"), not a credential
    r"|,\s*(?-i:[A-Z]{2,5})\s+(?:(?:senior|staff|contributing|guest)\s+)?"
    r"(?:columnist|writer|editor|reporter|contributor|correspondent)\b"
    r"|\b(?:updated|published|posted"
    r"|on|in|at|for|and \d|last|reviewed|fact[- ]checked|edited|photos?|staff writer"
    r"|senior|contributor|contributing|editor|reporter|correspondent|columnist|writer|executive|founder|chief"
    r"|managing|director|manager|follow|view|former)\b|\d"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    # a month closing the line, not one that is also a surname ("Tom May", "Ann August")
    r"|(?<=\S)\s+(?:january|february|march|july|september|october|november|december)\s*$).*$",
    re.IGNORECASE,
)

# Words that never stand in a person's name: a "name line" holding one is a menu entry or a
# label ("Company Type", "Shop Today", "Written By").
NOT_A_NAME = re.compile(
    r"\b(?:by|written|posted|published|updated|home|news|blog|about|contact|menu|shop|company"
    r"|type|style|tips|design|search|subscribe|login|share|read|more|top|best|guide|privacy"
    r"|terms|policy|topics?|episodes?|sponsors?|services?|products?|solutions?|resources"
    r"|pricing|careers|help|support|faqs?|health|business|today|our|your|the|how|what|why"
    r"|posts|recent|category|categories)\b",
    re.IGNORECASE,
)

# Words of the short headings and buttons that sit under a headline and are shaped like a
# bare name ("Key Takeaways", "Show Caption", "All Articles"): a name line holding one is not
# the author. Collected from the even-numbered WCXB dev text pages.
NOT_A_BARE_NAME = re.compile(
    r"\b(?:key|insights?|takeaways?|points?|summary|caption|download|print|credits?|image"
    r"|articles?|content|all|access|calculator|questions?|answers?|reports?|industry|program"
    r"|education|list|journal|back|quick|view|show|conceptual|power|contributors?|words"
    r"|overview|introduction|table|video|photos?|gallery|resources?|related|latest|trending"
    r"|reading|time|submit|get|started|press|release|find|expand|collapse|close|reviewer"
    r"|marketing|director|manager|authors?|website|save|features?|opinion|analysis|sponsored"
    r"|advertisement|advertiser|disclosure|disclaimer|editorial|explainer|podcasts?|webinars?)\b",
    re.IGNORECASE,
)

# Lines about the article that are not its headline or byline: reviewers, editors, checkers.
SIGNPOST = re.compile(
    r"^(?:(?:medically |expert |fact[- ])?(?:reviewed|checked|edited|verified|fact[- ]checked"
    r"|updated|illustrated|photographed|produced) by\b|reviewers?:|editors?:|fact[- ]checkers?:)",
    re.IGNORECASE,
)

# Separators of a breadcrumb trail: "Home › News › Headline".
BREADCRUMB_SEPARATOR = re.compile(r"\s+[>»›/]\s+|\s*[»›]\s*")

# Date cues: a date on a line with one of these is the article's own date.
PUBLISHED_CUE = re.compile(
    r"\b(?:published|posted|posted on|date|dated|released|written|created|publié|veröffentlicht"
    r"|publicado|pubblicato|gepubliceerd|erschienen|le|am|el|il|op)\b",
    re.IGNORECASE,
)
# The unmistakable part of PUBLISHED_CUE: without the short words ("am", "le", "date") that
# also occur in clock times and running text.
STRONG_PUBLISHED_CUE = re.compile(
    r"\b(?:published|posted|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|erschienen)\b",
    re.IGNORECASE,
)
UPDATED_CUE = re.compile(
    r"\b(?:updated|last updated?|modified|last modified|edited|reviewed|revised|mis à jour"
    r"|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt)\b",
    re.IGNORECASE,
)
# A label alone on its line, with the date on the next line ("Updated on" / "May 3, 2025").
DATE_LABEL = re.compile(
    r"^(?:(?:last )?(?:published|updated?|posted|modified)(?: on)?|date|dated)\s*:?$",
    re.IGNORECASE,
)
# A dateline that also carries a byline or reading time is the article's own.
DATELINE_COMPANION = re.compile(
    r"\bby\s+@?[A-Z]|\bon behalf of\b|\b\d+\s*min(?:ute)?s?\.? read\b|\bread time\b",
    re.IGNORECASE,
)
# Dates written day first ("16 February 2026"), which tell how "03/10/2023" is meant.
DAY_FIRST_TEXT = re.compile(
    r"\b[0-3]?\d\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.? (?:19|20)\d\d\b",
    re.IGNORECASE,
)
MONTH_FIRST_TEXT = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
    r"[0-3]?\d(?:st|nd|rd|th)?,? (?:19|20)\d\d\b",
    re.IGNORECASE,
)

# Lines with these words talk about events, deadlines or other posts, not publication.
NON_PUBLICATION_DATE_CUE = re.compile(
    r"\b(?:deadline|event|webinar|expires?|valid|until|through|register|tickets?|starts?|ends?"
    r"|copyright|©|born|died|season|episode|opens?|closes?|due|crawled|retrieved|accessed"
    r"|fetched|saved|last (?:active|checked|seen|visited|login))\b",
    re.IGNORECASE,
)

# A line that is only a URL, or "Source: https://...".
URL_LINE = re.compile(
    r"^(?:(?:source|url|link|original|canonical|quelle|fuente)\s*:\s*)?(?P<url>https?://\S+)$",
    re.IGNORECASE,
)

# Separators between a headline and the site name: "Headline | Site", "Headline - Site".
TITLE_SITE_SEPARATOR = re.compile(r"\s+(?:[|–—•·»:]|-{1,2})\s+")
