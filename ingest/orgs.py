"""Well-known organisations and organisation-name normalisation.

The list only helps: it tells "Google DeepMind" from a person called "Google DeepMind"
and gives one spelling per organisation. Organisations that are not listed are still
found from context by the extractor (the object of "joined", "at X", a name ending in
"Labs", "Inc." ...).
"""

from __future__ import annotations

import re

# Canonical name -> other spellings. Units keep their own name ("Google Brain" is not "Google").
# Acronyms are not folded into full names ("FAIR", "AWS"): an article's reader, and its
# gold annotation, use the name the article uses.
KNOWN: dict[str, tuple[str, ...]] = {
    "OpenAI": (),
    "Anthropic": (),
    "Google": ("Google LLC",),
    "Google DeepMind": (),
    "DeepMind": (),
    "Google Brain": (),
    "Google Research": (),
    "Alphabet": (),
    "Waymo": (),
    "YouTube": (),
    "Meta": ("Meta Platforms", "Meta Platforms Inc"),
    "Meta AI": (),
    "FAIR": (),
    "Facebook AI Research": (),
    "Meta Superintelligence Labs": (),
    "Facebook": (),
    "Instagram": (),
    "WhatsApp": (),
    "Microsoft": ("Microsoft Corp",),
    "Microsoft AI": (),
    "Microsoft Research": (),
    "GitHub": (),
    "LinkedIn": (),
    "Apple": ("Apple Inc",),
    "Amazon": ("Amazon.com",),
    "Amazon Web Services": (),
    "AWS": (),
    "Tesla": ("Tesla Inc", "Tesla Motors"),
    "SpaceX": (),
    "xAI": ("X.AI", "X.ai"),
    "Neuralink": (),
    "Twitter": (),
    "Nvidia": ("NVIDIA",),
    "Intel": (),
    "AMD": (),
    "Qualcomm": (),
    "IBM": (),
    "Oracle": (),
    "Salesforce": (),
    "Adobe": (),
    "Samsung": (),
    "Baidu": (),
    "Alibaba": (),
    "Tencent": (),
    "ByteDance": (),
    "DeepSeek": (),
    "Moonshot AI": (),
    "Uber": (),
    "Airbnb": (),
    "Stripe": (),
    "Netflix": (),
    "Spotify": (),
    "Snap": (),
    "Pinterest": (),
    "Dropbox": (),
    "Palantir": (),
    "Anduril": (),
    "Databricks": (),
    "Snowflake": (),
    "Mozilla": (),
    "Mistral AI": ("Mistral",),
    "Perplexity": ("Perplexity AI",),
    "Inflection AI": ("Inflection",),
    "Character.AI": ("Character AI", "Character.ai", "Character Technologies"),
    "Cohere": (),
    "Hugging Face": ("HuggingFace",),
    "Stability AI": (),
    "Scale AI": (),
    "Safe Superintelligence": ("Safe Superintelligence Inc",),
    "Thinking Machines Lab": ("Thinking Machines",),
    "Adept": ("Adept AI",),
    "Reka": (),
    "Runway": (),
    "Midjourney": (),
    "Glean": (),
    "Cursor": (),
    "Anysphere": (),
    "Cognition": ("Cognition AI", "Cognition Labs"),
    "Replit": (),
    "Figure AI": (),
    "Covariant": (),
    "Boston Dynamics": (),
    "Cruise": (),
    "Aurora": (),
    "Zoox": (),
    "Together AI": (),
    "AI21 Labs": (),
    "EleutherAI": (),
    "Allen Institute for AI": (),
    "Y Combinator": (),
    "Andreessen Horowitz": (),
    "a16z": (),
    "Sequoia Capital": ("Sequoia",),
    "Greylock": ("Greylock Partners",),
    "Khosla Ventures": (),
    "Menlo Ventures": (),
    "Thrive Capital": (),
    "Lux Capital": (),
    "General Catalyst": (),
    "Kleiner Perkins": (),
    "Lightspeed Venture Partners": ("Lightspeed",),
    "Index Ventures": (),
    "Accel": (),
    "Founders Fund": (),
    "SoftBank": (),
    "Stanford": ("Stanford University",),
    "MIT": (),
    "Harvard": ("Harvard University",),
    "UC Berkeley": ("Berkeley",),
    "Carnegie Mellon": ("Carnegie Mellon University",),
    "Princeton": ("Princeton University",),
    "Caltech": (),
    "Oxford": ("University of Oxford", "Oxford University"),
    "Cambridge": ("University of Cambridge", "Cambridge University"),
    "University of Toronto": (),
    "Mila": (),
    "Vector Institute": (),
}

# Units and the organisation they belong to: a parent's page can include its units, and a
# move between a unit and its parent is internal there. Only units (labs, divisions), not
# companies owned by another (Instagram, GitHub, Waymo keep their own pages).
PARENTS: dict[str, str] = {
    "Google DeepMind": "Google",
    "DeepMind": "Google",
    "Google Brain": "Google",
    "Google Research": "Google",
    "Google Cloud": "Google",
    "Meta AI": "Meta",
    "FAIR": "Meta",
    "Facebook AI Research": "Meta",
    "Meta Superintelligence Labs": "Meta",
    "Microsoft AI": "Microsoft",
    "Microsoft Research": "Microsoft",
    "AWS": "Amazon",
    "Amazon Web Services": "Amazon",
}

# Last words that make an unknown capitalised name an organisation ("Fernwood Labs").
SUFFIXES = set(
    """
ai labs lab laboratories inc corp corporation co llc ltd plc gmbh technologies systems robotics
dynamics ventures capital partners group holdings intelligence superintelligence computing compute
networks software analytics health therapeutics bio biosciences motors media studios games cloud
security foundation institute university college academy fund bank search platforms industries
energy aerospace semiconductor instruments clinic hospital agency council commission ministry
automation data laboratory airlines airways alliance worldwide brands foods entertainment pharmaceuticals
insurance telecom mining logistics electronics
""".split()
)
# Legal forms dropped from names: "Safe Superintelligence Inc." is "Safe Superintelligence".
LEGAL = {"inc", "corp", "co", "llc", "ltd", "plc", "gmbh", "sa", "ag"}

# Capitalised names that are products, not employers ("launched ChatGPT" founds nothing).
PRODUCTS = set(
    """
chatgpt gpt gpt-2 gpt-3 gpt-4 gpt-4o gpt-5 claude gemini bard llama copilot autopilot siri alexa pi
grok sora dall-e alphago alphafold tensorflow pytorch android iphone windows chrome bing meena lamda
palm optimus
""".split()
)

# Countries, regions and cities: where someone went, never an employer ("returned to India",
# "left for the U.S."). Names that are also organisations ("Cambridge", "Berkeley") stay out.
PLACES = {
    place.strip()
    for place in """
india, china, japan, korea, south korea, taiwan, singapore, vietnam, indonesia, thailand, malaysia, philippines,
pakistan, bangladesh, israel, uae, dubai, saudi arabia, qatar, turkey, egypt, nigeria, kenya, ghana, south africa,
rwanda, ethiopia, morocco, tanzania, uganda, zambia, zimbabwe, botswana, namibia, mozambique, angola, cameroon,
benin, congo, guinea, senegal, ivory coast, côte d'ivoire, cote d'ivoire, sudan, tunisia, algeria, liberia, malawi,
sri lanka, nepal, myanmar, cambodia, kazakhstan, iran, iraq, jordan, lebanon, kuwait, oman, bahrain,
brazil, mexico, argentina, chile, colombia, peru, canada, u.s, u.s., usa, america,
united states, uk, u.k., britain, united kingdom, england, scotland, ireland, france, germany, italy, spain, portugal,
netherlands, belgium, switzerland, austria, sweden, norway, denmark, finland, iceland, poland, ukraine, russia,
estonia, romania, greece, hungary, australia, new zealand, europe, asia, africa, latin america, silicon valley,
bay area, london, paris, berlin, munich, hamburg, cologne, amsterdam, stockholm, zurich, geneva, madrid, barcelona,
milan, rome, lisbon, dublin, warsaw, tallinn, helsinki, oslo, copenhagen, vienna, prague, tel aviv, bengaluru,
bangalore, mumbai, delhi, new delhi, hyderabad, chennai, pune, beijing, shanghai, shenzhen, hangzhou, hong kong,
tokyo, osaka, seoul, taipei, jakarta, lagos, nairobi, accra, cairo, kigali, cape town, johannesburg, sao paulo,
são paulo, buenos aires, mexico city, bogota, bogotá, toronto, montreal, vancouver, seattle, san francisco,
new york, boston, austin, los angeles, palo alto, menlo park, mountain view, sydney, melbourne, auckland,
san jose, san diego, santa clara, sunnyvale, cupertino, redmond, oakland,
brisbane, perth, adelaide, wellington, singapore city, kuala lumpur, manila, bangkok, hanoi, karachi, lahore, dhaka,
riyadh, abu dhabi, doha, istanbul, athens, brussels, luxembourg
""".split(",")
}

_ALIASES: dict[str, str] = {}
for _name, _others in KNOWN.items():
    for _spelling in (_name, *_others):
        _ALIASES[_spelling.lower()] = _name

# Token tuples of every spelling, for longest-match lookup over capitalised word runs.
KNOWN_TOKENS: dict[tuple[str, ...], str] = {
    tuple(re.findall(r"[\w.&-]+", spelling.lower())): name for spelling, name in _ALIASES.items()
}
MAX_KNOWN_TOKENS = max(len(t) for t in KNOWN_TOKENS)


def canonical_org(name: str) -> str:
    """One spelling per organisation: aliases mapped, possessive and legal form dropped."""
    name = re.sub(r"(?:['’]s?|\s+)$", "", name.strip())
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in LEGAL:
        words.pop()
    if words and words[0].lower() == "the" and len(words) > 1:
        words.pop(0)
    name = " ".join(words).rstrip(",")
    return _ALIASES.get(name.lower(), name)
