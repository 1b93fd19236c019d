"""Skeleton patterns of the built-in rules: the regular expressions that run over a sentence's skeleton
(⟨P0⟩ person, ⟨O1⟩ organisation, ⟨E2⟩ other name, ⟨D3⟩ date), and the move record they fill.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from ..records import FOUND, JOIN, LEAVE, REJOIN, PartialDate
from .helpers import _rule_name

# Skeleton patterns. Symbols: ⟨P0⟩ person, ⟨O1⟩ organisation, ⟨E2⟩ other name, ⟨D3⟩ date.

P = r"⟨P\d+⟩"
ORG = r"⟨[OE]\d+⟩"
D = r"⟨D\d+⟩"
_ITEM = (
    rf"{P}(?:\s*\([^()]*\)|\s*,\s*(?:the|a|an|who|formerly|former|its|his|her)\b(?:[^,;⟨()]|⟨[OED]\d+⟩)*"
    rf"(?=\s*,\s*(?:and\s+)?{P}))?"
)
# A title before a later item of a list: "founder A, president B", "startup founder C, and former ⟨O4⟩ CEO D".
_NOT_TITLE = (
    r"(?:said|says|told|added|who|whom|which|whose|and|but|or|while|when|after|before|to|of|in|on|at|for|from|with|"
    r"by|as|is|are|was|were|has|have|had|will|would)\b"
)
_TITLE_PRE = rf"(?:(?!{_NOT_TITLE})(?:(?-i:[a-z][\w-]*|[A-Z]{{2,5}})|⟨[OE]\d+⟩(?:'s)?)\s+){{0,4}}?"
# "..., and other team members": a group closing a list of named people
_AND_OTHERS = (
    r"(?:\s*,?\s*(?:and|as\s+well\s+as)\s+(?:several\s+|some\s+|a\s+few\s+)?(?:other|more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:members|staff|staffers|employees|engineers|researchers|executives|colleagues|leaders))?"
)
PLIST = rf"{_ITEM}(?:\s*,\s*(?:and\s+)?{_TITLE_PRE}{_ITEM})*(?:\s*,?\s*(?:and|&)\s+{_TITLE_PRE}{_ITEM})?{_AND_OTHERS}"
_STOP = (
    r"to|as|at|in|on|for|from|with|by|of|and|or|but|that|which|who|whom|whose|after|before|since|when|"
    r"while|than|then|into|over|under|about|these|those|he|she|they|it|was|is|were|are|be|been|being|"
    r"has|have|had|will|would|could|should|may|might|can|not|no|never|said|says|if|whether|because|so|"
    r"where|how|what|also|only|just|where|its|his|her|their|this|said|told|including"
)
_DESC = rf"(?:the|a|an|its|his|her|their|rival|fellow|(?!(?:{_STOP})\b)[A-Za-z][\w-]*|\$[\d.,]+|{P}'s?)"
_AUX = (
    r"has|have|had|is|are|was|were|am|will|shall|be|been|being|also|now|then|just|recently|reportedly|"
    r"officially|formally|quietly|finally|eventually|ultimately|later|previously|already|since|first|"
    r"originally|initially|soon|once|subsequently|abruptly|suddenly|too|himself|herself|themselves|both|"
    r"all|each|together|currently|still|briefly|publicly|instead|itself|"
    r"ended up|went on to|went off and|go on to|decided to|agreed to|chose to|opted to|"
    r"(?:is|are|was|were) (?:set|expected|poised|slated|scheduled|due|about|going) to|plans? to|"
    r"planned to|would go on to|would later|would eventually|would then|would|helped|help|"
    r"'s|'ll|'d|'ve|'re|'m"
)
_GAP = rf"(?:\s*(?:,\s*)?(?:(?:{_AUX})(?![\w-])|{D}))*"
# "The pair had co-founded the startup": a group named in an earlier sentence
_GROUP_SUBJECT = r"the\s+(?:pair|duo|trio|two|three|couple|co-?founders|founders)"
_SUBJ = (
    rf"(?:{PLIST}|\b(?:he|she|they|who|I|we)\b|\b{_GROUP_SUBJECT}\b|"
    rf"(?:his|her|their|{P}'s)\s+(?:decision|move|choice)\s+to)"
)
_APPOS = r"(?:\s*,(?:[^;⟨]|⟨[OED]\d+⟩|⟨P\d+⟩'s?){1,160}?,|\s*\([^()]*\))?"
_SUBJ_LEFT = re.compile(rf"(?P<subj>{_SUBJ})(?P<appos>{_APPOS})(?P<gap>{_GAP})\s*,?\s*$", re.IGNORECASE)
# The first of two people named with their titles: "⟨P4⟩, and VP of research " before "⟨P5⟩".
_TITLED_PAIR = re.compile(
    r"(?P<p>⟨P\d+⟩)\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)(?:[A-Z][\w-]*|head|chief|vice|senior|former|research)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|unless|would|could|might|may|maybe|perhaps|potential(?:ly)?|possibl[ey]|rumou?r(?:ed|s)?|"
    r"speculat\w*|assum(?:e|ed|ing)|figured|guess(?:ed)?|imagined|in talks|considering|consider|hint\w*|hopes?|"
    r"want(?:s|ed)?|wish\w*|not|never|no longer|"
    r"denie[sd]|deny|how to|no plans|declined to say)\b",
    re.IGNORECASE,
)

_ANAPHOR = (
    rf"(?:the|{P}'s?)\s+(?:(?!(?:the|a|an|to|at|of|from|for|with|by|join\w*|left|leav\w*)\s)[\w–-]+\s+|{ORG}[\w–-]*\s+)"
    rf"{{0,4}}?(?:company|firm|startup|start-up|lab|laboratory|[\w-]*maker|giant|"
    rf"organi[sz]ation|outfit|employer|business|venture|institute|agency|university|nonprofit|non-profit|department|office|"
    rf"unicorn|decacorn|"
    rf"school|college|faculty|bank|lender|insurer|retailer|chain|carrier|operator|manufacturer|publisher|"
    rf"newspaper|paper|broadcaster|network|club|group|conglomerate|airline|brand|label|studio|fund)"
    rf"(?![\w-])(?!\s*,?\s*{ORG}(?!\s+(?:reported|said|says|told|announced|confirmed|wrote|added)\b))"
)
_OBJ = re.compile(
    rf"\s*(?:(?P<anaph>{_ANAPHOR})|(?:{_DESC}\s+){{0,6}}?(?P<org>{ORG}))(?P<poss>'s?)?(?![\w-])",
    re.IGNORECASE,
)
_AFTER_POSS = re.compile(
    rf"\s+(?:new\s+|own\s+)?(?P<org2>{ORG})(?P<unit>(?:\s+[\w-]+){{0,2}}?\s+(?:team|unit|division|group|lab|arm|"
    rf"organi[sz]ation|department|effort|project|business))?"
    rf"|\s+(?P<role>(?:(?!(?:{_STOP})\b)[a-z][\w-]*\s+){{0,4}}(?!(?:{_STOP})\b)[a-z][\w-]*)"
)
_ROLE_AS = re.compile(
    # "..., formerly head of perception at Waymo, as its chief technology officer"
    r"(?:\s*,(?:[^,;⟨]|⟨[OED]\d+⟩){1,120}?(?=,\s*as\b))?"
    r"\s*,?\s+as\s+(?:(?:its|the|a|an|their|his|her|our|new|interim|acting)\s+)*"
    r"(?P<role>(?:[\w-]+\s+){0,5}?[\w-]+)(?=\s*[,.;)]|\s+(?:and|on|in|at|after|to|from|where|when|effective)\b|"
    r"\s*⟨|\s*$)",
    re.IGNORECASE,
)

_V_JOIN = (
    rf"join(?:s|ed|ing)? (?:{P}|him|her|them|me|us) (?:at|in)(?= (?:the )?{ORG})|"
    rf"join(?:s|ed|ing)?|sign(?:s|ed|ing)? on (?:with|at|to)|"
    rf"(?:sign(?:s|ed|ing)? on|c(?:ame|omes?|oming) (?:aboard|on board)) as(?= (?:the )?{ORG}'s? )|"
    rf"(?:move[sd]?|moving) (?:over )?to(?: (?:a |an )?(?:new )?(?:role|job|position|post) (?:at|with))?|"
    rf"head(?:s|ed|ing)? to|jump(?:s|ed|ing)? (?:ship )?to|defect(?:s|ed|ing)? to|"
    rf"transition(?:s|ed|ing)? (?:over )?to|"
    rf"decamp(?:s|ed|ing)? (?:to|for)|went to|go(?:es)? to|going to|"
    rf"start(?:s|ed|ing)?(?:\s+{D})? (?:work(?:ing)? )?(?:at|with|on)|land(?:s|ed|ing)? at|"
    rf"(?:take|takes|took|taking) (?:over )?the (?:helm|reins) (?:at|of)|"
    rf"(?:take|takes|took|taking|accept(?:s|ed)?) (?:a |an |the )?(?:new )?(?:job|role|position|post) "
    rf"(?:at|with)|"
    rf"start(?:s|ed|ing)? (?:a |my |his |her |their )?new (?:job|role|position|post|chapter)"
    rf"(?: as(?: [\w-]+){{1,6}}?)? (?:at|with)|"
    rf"(?:was|were|been|is|are|being|get|gets|got) (?:hired|recruited|poached|lured|tapped|brought on|"
    rf"brought in|snapped up|acqui-?hired) (?:away )?(?:by|at)"
)
# "has been at Hugging Face since 2021" (the date symbol stands for the "since" phrase)
_V_TENURE = rf"(?:been|worked|served) (?:at|with|for)(?=\s+(?:the\s+)?{ORG}(?:'s\s+[\w\s-]+?)?\s+(?:since\b|{D}))"
_V_REJOIN = (
    r"re-?join(?:s|ed|ing)?|return(?:s|ed|ing)? to|(?:is|are|was|were|be) back (?:at|with)|"
    r"c[ao]me(?:s)? back to|coming back to|boomerang(?:s|ed|ing)? (?:back )?to|"
    r"(?:head|go|move)(?:s|ed|es|ing)? back to|went back to|(?:has|have|had) gone back to"
)
_V_LEAVE = (
    r"(?:left|quit|leaving|leaves) (?:his|her|their) (?:job|role|post|position|seat) (?:at|with)|"
    r"walk(?:s|ed|ing)? out (?:of|on)|"
    r"left|leav(?:es|ing)|leave|depart(?:s|ed|ing)?(?: from)?|quit(?:s|ting)?|"
    r"(?:gave|give|gives|giving|handed in|hand in|hands in) (?:(?:his|her|their) )?(?:notice|resignations?)|"
    r"resign(?:s|ed|ing)?(?: from)?|exit(?:s|ed|ing)?|part(?:s|ed|ing)? ways with|"
    r"(?:step(?:s|ped|ping)?|stood|stands|standing) (?:down|aside|away|back)(?: from)?|walk(?:s|ed|ing)? away from|"
    r"bow(?:s|ed|ing)? out of|retir(?:es|ed|ing)(?: from)?|(?:made|makes|making) (?:his|her|their) exit(?: from)?|"
    r"(?:said|announced|confirmed) (?:that )?(?:they|he|she) (?:were|was|are|is|would be) (?:leaving|departing)|"
    r"(?:was|were|been|is|are|being|got|get) (?:fired|ousted|pushed out|forced out|let go|dismissed|shown the door|"
    r"laid off)(?: from| by)?"
)
_V_FOUND = (
    r"co-?found(?:ed|s|ing)?|found(?:ed|s|ing)|(?<=to )found|(?<=and )found|start(?:ed|s|ing)?|"
    r"launch(?:ed|es|ing)?|set(?:s|ting)? up|establish(?:ed|es|ing)?|spun out|spin(?:s|ning)? out|"
    r"(?:was|is|were|became|becomes) (?:a |an |the |one of the )?(?:co-?)?founders? of|"
    r"(?:was|is|were|became) (?:a |an |one of the |the )?founding (?:member|team member|engineer|"
    r"researcher|employee|scientist|partner)s? (?:of|at)"
)
_V_ROLE_JOIN = (
    r"(?:will )?become(?:s)?|became|becoming|(?:was|were|is|has been|have been|been|being) "
    r"(?:named|appointed|tapped|picked|chosen|selected|hired|brought in|"
    r"brought on)(?: as| to be| to lead| to run)?|(?:take|takes|took|taking) over as|join(?:s|ed)? as"
)
_V_ROLE_LEAVE = (
    r"(?:step(?:s|ped|ping)?|stood|stands|standing) down as|resign(?:s|ed|ing)? as|"
    r"(?:was|were|been|is|being) (?:ousted|fired|removed|replaced|dismissed) as|"
    r"(?:quit|left|leav(?:es|ing)) (?:his|her|their) (?:role|job|post|position) as|"
    r"retir(?:es|ed|ing) as|(?:is|are|was|were|be) out as"
)
_ROLE_OBJ = re.compile(
    rf"\s+(?:(?P<org1>{ORG})'s?\s+(?:new\s+)?(?P<role1>(?:[\w-]+\s+){{0,5}}?[\w-]+?)(?=\s*[,.;]|\s+(?:on|in|at|"
    rf"after|and|effective|⟨)|\s*$)|(?:(?:the|a|an|its|new|interim|acting)\s+)*(?P<role2>(?:[\w-]+\s+){{0,6}}?)"
    rf"(?:of|at|with|for)\s+(?:(?P<anaph>{_ANAPHOR})|(?:the\s+)?(?P<org2>{ORG})))",
    re.IGNORECASE,
)
_VERBS = [(JOIN, f"{_V_JOIN}|{_V_TENURE}"), (REJOIN, _V_REJOIN), (LEAVE, _V_LEAVE), (FOUND, _V_FOUND)]
_VERB_RE = re.compile("|".join(rf"(?P<{kind}>(?<![\w-])(?:{v}))(?![\w-])" for kind, v in _VERBS), re.IGNORECASE)
# "will succeed Laila Ahmadi as chief executive of Fathom Health"
_V_SUCCEED = rf"succeed(?:s|ed|ing)? {P}(?:'s)? as|replac(?:e|es|ed|ing) {P} as"
_ROLE_VERB_RE = re.compile(
    rf"(?<![\w-])(?:(?P<join>{_V_ROLE_JOIN}|{_V_SUCCEED})|(?P<leave>{_V_ROLE_LEAVE}))(?![\w-])", re.IGNORECASE
)

# Roles that are not employment: joining a board, advising, investing.
_NOT_A_JOB = re.compile(
    r"(?:(?:its|the|a|an)\s+)?(?:board|advisory|adviser|advisor|investor|observer|limited partner)\b", re.IGNORECASE
)
_NOT_A_JOB_AFTER = re.compile(
    r"(?:'s?)?\s*(?:,\s*)?(?:as\s+(?:an?\s+|its\s+)?(?:adviser|advisor|investor|board|observer|strategic advis)|"
    r"(?:'s)?\s+board\b)",
    re.IGNORECASE,
)
_ARRIVAL = re.compile(
    rf"(?<![\w-])(?:comes?|came|coming|arriv(?:es|ed|ing)|join(?:s|ed|ing)?|mov(?:es|ed|ing)\s+over|"
    rf"(?:has|have|had)\s+(?:come|arrived|joined))\s+(?:(?:to|at)\s+(?:the\s+)?(?P<to>{ORG})\s+)?"
    rf"(?:over\s+)?from\s+(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_JOINING = re.compile(
    rf"\bjoining\s+(?:(?P<host>{P}|{ORG}|him|her|them|me|us)\s+(?:at|in)\s+)?(?:the\s+)?"
    rf"(?:(?P<org>{ORG})|(?P<anaph>{_ANAPHOR}|team))(?:\s+{D}|\s+this\s+(?:term|semester|fall|spring|year))?"
    rf"\s+(?:are|is|will\s+be|were|was)\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,4}}?(?:including|such as)\s+)?(?P<plist>{PLIST})"
    rf"(?:\s*,\s*(?:both|all|each)\s+(?:formerly\s+)?(?:of|from)\s+(?:the\s+)?(?P<from>{ORG}))?"
    rf"|\b(?:be|been|is|was|were|are|being)\s+joined\s+(?:at\s+(?:the\s+)?(?P<org2>{ORG})\s+)?by\s+"
    rf"(?P<plist2>{PLIST})",
    re.IGNORECASE,
)
# "Yuki Tanaka (formerly of Epic) now leads product at Ambience": a current job, read as a move
# only when the sentence also names an earlier one.
_NOW_AT = re.compile(
    rf"\b(?:now|currently)\s+(?P<v>leads|heads|runs|oversees|manages|works|serves)\b(?:[^⟨.;,]{{0,50}}?\s)?"
    rf"(?:at|for|with|of)\s+(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_NOW_POST = re.compile(
    rf"(?<![\w-])(?:is|are)\s+now\s+(?:the\s+)?(?P<org>{ORG})'s?\s+(?P<role>(?:[\w-]+\s+){{0,4}}?(?:officer|chief|"
    rf"ceo|cto|cfo|coo|president|scientist|head|lead|director|chair(?:man|woman)?)(?:\s+of\s+[\w-]+)?)\b",
    re.IGNORECASE,
)
# "left in January and is now an entrepreneur-in-residence at General Catalyst"
_NOW_ROLE_AT = re.compile(
    rf"(?<![\w-])(?:is|are)\s+now\s+(?:an?|the)\s+(?:(?!(?:{_STOP})\b)[\w-]+\s+){{1,5}}?(?:at|with)\s+(?:the\s+)?"
    rf"(?P<org>{ORG})(?!')",
    re.IGNORECASE,
)
_EARLIER_JOB = re.compile(r"\b(?:former|formerly|previously|ex-|after|from|who spent|left|until)\b", re.IGNORECASE)
# "was a research scientist at Google Brain from 2016 to 2020": both ends of a stint.
_TENURE_RANGE = re.compile(
    rf"\b(?:at|with|for|of|joined)\s+(?:the\s+)?(?P<org>{ORG})(?:'s)?(?:\s+[\w-]+){{0,3}}?\s+"
    rf"(?:(?P<d1>{D})\s*(?:to|until|till|through|and|[-–—])\s*(?P<d2>{D})|between\s+(?P<d3>{D})\s+and\s+(?P<d4>{D})|"
    rf"\(\s*(?P<d5>{D})\s*[-–—]\s*(?P<d6>{D})\s*\))",
    re.IGNORECASE,
)
# "from 2014 to 2020, Ms. Huang held various finance roles at Intuit": the range first.
_RANGE_FIRST = re.compile(
    rf"(?P<d1>{D})\s*(?:to|until|till|through|[-–—])\s*(?P<d2>{D})\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"(?P<p>{P}|\b(?:he|she)\b)\s+(?:held|was|worked|served|led|ran)\b[^⟨;.]{{0,60}}?\b(?:at|with|for)\s+"
    rf"(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
# "Lucas Ferreira decamped to Runway": verbs that say someone left somewhere, unnamed.
_DEFECT = re.compile(r"^(?:decamp|defect|jump)", re.IGNORECASE)
_DEFECT_HINT = re.compile(r"decamp|defect|jump", re.IGNORECASE)
_FORMER_ANAPH = re.compile(
    rf"(?P<anaph>{_ANAPHOR})'s?\s+former\s+(?P<role>(?:[\w-]+\s+){{0,4}}?[\w-]+)(?=\s*[,)]|\s+{P}|\s*$)",
    re.IGNORECASE,
)
# "Rebecca Stone, who led the institute's evaluations team, has been hired by Anthropic"
_WHO_LED_POSS = re.compile(
    rf"(?P<p>{P})\s*,\s*who\s+(?:led|ran|headed|oversaw|managed|built|co-led)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{1,3}}?(?:behind|at|for|of)\s+(?:the\s+)?)?(?:(?P<org>{ORG})|(?P<anaph>{_ANAPHOR}))'s?\s",
    re.IGNORECASE,
)
# "a longtime Microsoft executive who ...": the employer a description names before "who".
_EMPLOYER_BEFORE = re.compile(
    r"(?P<o>⟨O\d+⟩)\s+(?:[\w-]+\s+){0,2}?(?:executive|exec|engineer|researcher|scientist|leader|veteran|"
    r"manager|designer|staffer|employee)\s+$",
    re.IGNORECASE,
)
# "Harvey's previous revenue chief, Tobias Wren, exited": the organisation of the subject's title.
_TITLE_POSSESSOR = re.compile(
    rf"(?:^|[.:]\s+|\s)(?P<o>{ORG})'s\s+(?:(?:former|previous|outgoing|longtime|top|chief|head|vice|senior)\s+)?"
    rf"(?:(?!(?:who|which|and|said)\b)[\w-]+\s+|{ORG}\s*){{0,5}}?(?:[\w-]+|{ORG})\s*,\s*$",
    re.IGNORECASE,
)
# What may follow a leave verb that has no object: "left in 2021", "left to join Y", "left for Y".
_OWN_ORG = re.compile(
    rf"\bwho\s+(?:(?:also|had|later|first)\s+)*(?:co-?founded|founded|helped\s+(?:to\s+)?(?:found|start|launch)|"
    rf"joined|rejoined)\s+(?:the\s+)?(?P<o>{ORG})[^⟨;]*$",
    re.IGNORECASE,
)
_JOINED_BEFORE = re.compile(
    rf"\bwho\s+(?:had\s+|only\s+|just\s+|recently\s+)*joined\s+(?P<o>{ORG})(?:[^⟨;]|⟨D\d+⟩)*$", re.IGNORECASE
)
_WHERE_CLAUSE = re.compile(rf"(?P<o>{ORG})\s*,\s*where\s+(?:he|she|they|I)\b[^⟨;]*$", re.IGNORECASE)
# A subject's appositive naming the post they hold now: ", the head of robotics at Google,".
_CURRENT_POST = re.compile(
    rf"\s*,\s*(?:(?:the|a|an)\s+)?(?!(?:former|ex-|onetime|one-time)\b)(?:[\w-]+\s+){{1,5}}?(?:at|of|for)\s+"
    rf"(?:(?:the|[a-z][\w-]*|AI)\s+){{0,4}}?(?P<o>{ORG})(?:'s?\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s*,\s*$"
    rf"|\s*,\s*(?P<o2>{ORG})'s?\s+(?!(?:former|ex-|onetime|one-time|previous)\b)(?:[\w-]+\s+){{0,4}}?[\w-]+\s*,\s*$"
    rf"|\s*,\s*(?:a|an|the)\s+(?:(?:longtime|veteran|senior|top|key)\s+)?(?P<o3>{ORG})\s+(?:[\w-]+\s+){{0,8}}?[\w-]+\s*,\s*$"
)
_ITS_POST = re.compile(
    r"\s*,\s*(?:its|their)\s+(?!(?:former|ex-|onetime|one-time|previous)\b)(?:[\w-]+\s+){0,5}?[\w-]+\s*,\s*$"
)
_SAID_SUBJ = re.compile(
    rf"(?P<subj>{P})(?P<appos>{_APPOS})\s*(?:⟨D\d+⟩\s*)?(?:announced|said|says|confirmed|revealed|wrote|posted)\b"
    rf"\s*(?:⟨D\d+⟩\s*)?(?:that\s+)?$",
    re.IGNORECASE,
)
_ACADEMIC = re.compile(
    r"universit|college|school|institute|\b(?:MIT|Stanford|Harvard|Berkeley|Oxford|Cambridge|Caltech|Princeton|"
    r"Carnegie Mellon|ETH|Mila|EPFL)\b",
    re.IGNORECASE,
)
_FOUNDED_UNIT = re.compile(
    rf"\s+(?P<o>{ORG})'s?\s+(?:(?:⟨[OE]\d+⟩|[\w-]+)\s+){{0,4}}?(?:lab|laboratory|unit|team|division|group|"
    rf"department|program|practice|office)\b",
    re.IGNORECASE,
)
_OBJECTLESS_OK = re.compile(
    rf"\s*(?:(?:just|only|also|too|abruptly|quietly|suddenly|recently|reportedly|officially|soon|shortly)\s+)*"
    rf"(?:$|[,.;:—–)]|{D}|(?:to|for|after|later|earlier|the same|in|last|this|amid|"
    r"over|because|following|when|with|without|and|but|at the end)\b)",
    re.IGNORECASE,
)
# "X joined in March as head of sales", "Y joined as CISO": a join with no organisation named.
_OBJECTLESS_JOIN = re.compile(rf"(?:\s+{D})?\s+as\s+(?:(?:its|the|a|an|our)\s+)?[\w-]+|\s+{D}\s*(?:[.;]|$)")
# "Perplexity has made several hires", "SSI has been hiring quietly": whose hires the next joins are.
_HIRING_LEAD = re.compile(
    rf"(?P<o>{ORG})\s+(?:has|have|had)\s+(?:also\s+|quietly\s+|recently\s+)*(?:made|announced|added)\s+"
    rf"(?:several|a\s+(?:string|series|number|flurry|slew|handful|round|wave)\s+of|a\s+few|some|\w+)\s+"
    rf"(?:(?:new|senior|key|executive|leadership|high-profile|notable)\s+)*hires\b"
    rf"|(?P<o2>{ORG})\s+(?:has|have|had)\s+been\s+(?:quietly\s+|aggressively\s+)?(?:hiring|staffing\s+up)\b",
    re.IGNORECASE,
)
_ANAPHORIC_TIME = (
    r"(?:\s+(?:(?:later|earlier)\s+)?(?:that|the same|the following|the next)\s+"
    r"(?:day|week|month|year|spring|summer|fall|autumn|winter))"
)
_CHAIN = re.compile(
    rf"(?:\s+{D})?{_ANAPHORIC_TIME}?(?:\s+(?:after|following)\s+[^,;⟨]{{1,40}}?)?\s*,?\s*(?:(?P<inf>to\s+(?:(?P<found>co-?found|"
    rf"found|start|launch|set\s+up)|re-?join|join|work\s+(?:at|for|with)|lead|run|head|return\s+to|go\s+back\s+to|"
    rf"come\s+(?:over\s+)?to|move\s+(?:over\s+)?to)|"
    rf"to\s+become(?P<become>(?:\s+[\w-]+){{0,6}}?\s+(?:at|of|with)(?=\s+(?:the\s+)?(?:(?!(?:at|of|with|for|in)\s)[\w-]+\s+){{0,3}}?{ORG})|"
    rf"\s+(?={ORG}'s))|"
    rf"(?P<for>for)))(?![\w-])",
    re.IGNORECASE,
)
_FROM = re.compile(rf"(?:\s+{D})?(?:\s+away)?\s+from\s+(?:the\s+)?(?P<org>{ORG})", re.IGNORECASE)
# A sentence opening with the subject's title at an organisation: "Kestrel CEO ", "Acme's chief scientist ".
_TITLED_SUBJECT = re.compile(
    rf"\s*(?:[A-Z][\w'’]*(?:\s+[\w'’]+){{0,3}}:\s+)?(?P<o>{ORG})(?:'s)?\s+(?:(?:[\w-]+|&)\s+){{0,4}}?(?:ceo|cto|cfo|coo|chief|head|president|founder|"
    rf"co-?founder|director|officer|lead|vp|scientist|engineer|researcher)\s*,?\s*$",
    re.IGNORECASE,
)
# "joined OpenAI last year as part of the company's deal with Lumen": came from Lumen.
_DEAL_WITH = re.compile(
    rf"(?:\s+{D})?\s*,?\s+(?:as\s+(?:a\s+)?part\s+of|through|via|under|in|following|after)\s+"
    rf"(?:the\s+company's|its|their|the|a|an|{ORG}'s)\s+(?:[\w$.-]+\s+){{0,3}}?(?:deal|agreement|acquisition|"
    rf"acqui-?hire|purchase|takeover|licensing\s+deal)\s+(?:with|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<org>{ORG})",
    re.IGNORECASE,
)
_AGAIN = re.compile(r"\s*\(?again\b", re.IGNORECASE)
_PARTICIPLE = re.compile(
    r"(?:^|[,;]\s*|\b(?:since|after|before|upon|on|while|when|by)\s+)(?P<v>leaving|joining|departing|quitting|"
    r"rejoining|returning to|co-?founding|founding|exiting|stepping down (?:as|from))(?![\w-])",
    re.IGNORECASE,
)
_NOUN = re.compile(
    rf"(?P<owner>\b(?:his|her|their)\b|{P}'s)\s+(?:(?:recent|abrupt|sudden|surprise|planned|expected|upcoming|"
    r"eventual|high-profile|reported|formal|official|own|subsequent|earlier|latest|\w+-year)\s+){0,2}"
    r"(?P<noun>departure|exit|resignation|move|return|arrival|defection|jump|switch|ouster|firing|retirement)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(r"\b(?:announced|confirmed|disclosed|revealed)\s+$", re.IGNORECASE)
_NOUN_LIST = re.compile(
    rf"\bthe\s+(?:(?:recent|abrupt|sudden|high-profile)\s+)?(?:departures?|exits?|resignations?|exodus|losses|"
    rf"loss|ousters?|firings?)(?:\s+{D})?\s+of\s+(?:[^⟨:;.]{{0,60}}?(?:{D}\s*)?)?"
    rf"(?::\s*|\b(?:like|such as|including)\s+)?"
    rf"(?P<plist>{PLIST})",
    re.IGNORECASE,
)
# "the departure of X, who oversaw Apple's multimodal research and is now at Google DeepMind"
_DEPARTED_WHO = re.compile(
    rf"\s*,\s*who\s+(?:(?:led|ran|headed|oversaw|managed|co-led|built)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{1,3}}?(?:at|for|of)\s+(?:the\s+)?)?(?P<led>{ORG})(?:'s?\s|\s*[,.;]|\s+and\b))?"
    rf"(?:(?:[^⟨;.]|⟨[OED]\d+⟩){{0,120}}?\b(?:is|are)\s+now\s+(?:at|with|working\s+at)\s+(?:the\s+)?(?P<now>{ORG}))?",
    re.IGNORECASE,
)
_NOUN_HIRE = re.compile(
    rf"\bthe\s+(?:(?:recent|surprise|high-profile)\s+)?(?:hiring|hire|poaching|recruitment|recruiting)\s+of\s+"
    rf"(?P<plist>{PLIST})(?:\s*,[^⟨;]{{1,80}}?,)?(?:\s+{D})?\s+(?:away\s+)?from\s+(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_HIRE = re.compile(
    r"(?<![\w-])(?P<v>hir(?:ed|es|ing)|poach(?:ed|es|ing)|recruit(?:ed|s|ing)|lur(?:ed|es|ing)|"
    r"snag(?:ged|s|ging)|nab(?:bed|s|bing)|tap(?:ped|s|ping)|nam(?:ed|es|ing)|appoint(?:ed|s|ing)|"
    r"br(?:ought|ings|inging) (?:on|in|along)|(?:bring|bringing|brought|brings) back|picked up|acqui-?hir(?:ed|es|ing)|"
    r"snapped up|woo(?:ed|s)|install(?:ed|s|ing)|"
    r"promot(?:ed|es|ing)|add(?:ed|s|ing))(?:\s+away)?(?![\w-])",
    re.IGNORECASE,
)
_HIRE_OBJ = re.compile(
    rf"\s+(?:away\s+)?(?:from\s+(?P<from>{ORG})\s*,?\s*)?"
    rf"(?:(?P<its>its|their|the company's|{ORG}'s)\s+(?P<pre_role>(?:[\w-]+\s+){{0,5}}?[\w-]+)\s*,\s*|"
    rf"(?:(?:the|a|an)\s+)?(?P<former>former\s+|ex-)?(?:(?P<porg>{ORG})(?:'s)?\s+)?"
    rf"(?P<role>(?:(?!(?:{_STOP})\b)[\w-]+\s+(?:and\s+(?=[a-z][\w-]*\s+⟨P))?){{0,5}}?)|)"
    rf"(?:(?:[\w-]+\s+)?(?:researchers|engineers|executives|staff|employees|scientists|people|leaders|talent|"
    rf"investors|partners|staffers|members)"
    rf"(?:\s+from\s+(?P<from2>{ORG}))?(?:\s+[\w-]+){{0,3}}?\s*(?:,?\s*(?:including|such as|among them)\s+|:\s*))?"
    rf"(?P<plist>{PLIST})",
    re.IGNORECASE,
)
# A further hire with an origin of its own: "hired A from B and C from D".
_AND_FROM = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[\w-]+\s+){{0,4}}?)(?P<p>{P})\s+(?:away\s+)?from\s+(?:the\s+)?(?P<o>{ORG})",
    re.IGNORECASE,
)
# A further hire named with a title after the list: ", co-founder Douglas Chen".
_TITLED_ITEM = re.compile(
    rf"\s*,\s*(?:and\s+)?(?:(?:co-?founder|cofounder|founder|president|chief|head|vice|senior|lead|principal|"
    rf"[A-Z]{{2,4}})(?:\s+[\w-]+){{0,3}}?)\s+(?P<p>{P})(?!')"
    # "Gross and his longtime investing partner, former GitHub CEO Nat Friedman"
    rf"|\s*,?\s*and\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,\s*(?:(?:former\s+|ex-)(?:⟨[OE]\d+⟩\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?)?(?P<p2>{P})(?!')"
)
# "Brightwell parted ways with X", "It lost its CTO, X, to Cerebras": the organisation loses someone.
_DISMISS = re.compile(
    r"(?<![\w-])(?P<v>part(?:ed|s|ing) ways with|fir(?:ed|es|ing)|oust(?:ed|s|ing)|dismiss(?:ed|es|ing)|"
    r"let(?:s|ting)? go(?: of)?|sack(?:ed|s|ing)|push(?:ed|es|ing) out|forc(?:ed|es|ing) out|"
    r"lost|los(?:es|ing)|lose)(?![\w-])",
    re.IGNORECASE,
)
_LOST_TO = re.compile(
    # "lost X, a Siri engineering director, to OpenAI": the appositive between the person and "to"
    rf"(?:\s*,\s*(?:a|an|the|its|their|his|her|who)\s(?:[^,;⟨]|⟨[OE]\d+⟩){{1,80}}?,)?"
    rf"(?:\s+{D})?\s*,?\s+to\s+(?:(?:rival|fellow)\s+)?(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
# "W&B lost two senior engineers to Modal: A and B both joined ...": the group named after the colon.
_LOST_GROUP = re.compile(
    rf"\s+(?:(?:two|three|four|five|six|several|a\s+pair\s+of|a\s+trio\s+of|[\w-]+)\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:researchers|engineers|executives|staffers|employees|scientists|leaders|people|members|founders|"
    r"co-?founders|cofounders)"
    rf"(?:\s+{D})?\s+to\s+(?:(?:rival|fellow)\s+)?(?:the\s+)?(?P<org>{ORG})(?:\s+{D})?\s*(?::|,\s*(?:including|namely))"
    rf"\s*(?P<plist>{PLIST})",
    re.IGNORECASE,
)


def _lost_group_orgs(skel: str) -> set[str]:
    """Symbols of the organisations a group was lost to: "lost two engineers to ⟨E1⟩: ..."."""
    if "los" not in skel:
        return set()
    found = set()
    for d in _DISMISS.finditer(skel):
        group = _LOST_GROUP.match(skel, d.end())
        if group:
            found.add(group.group("org"))
    return found


_RETURN_BEFORE = re.compile(
    rf"(?<![\w-])(?:re-?join(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|(?:went|goes|came|comes)\s+back\s+to)\s+"
    rf"(?:the\s+)?(?P<back>{ORG})\s*,\s*where\s+(?:he|she|they)\s+(?:had\s+)?(?:worked|been|spent|served|"
    rf"led|was)\b[^⟨;]{{0,60}}?\bbefore\s+(?:joining|moving\s+to|leaving\s+for|decamping\s+to)\s+"
    rf"(?:the\s+)?(?P<mid>{ORG})",
    re.IGNORECASE,
)
_SAW_LEAVE = re.compile(
    rf"(?<![\w-])(?:saw|seen|sees|seeing|watched)\s+(?:(?:[\w-]+\s+){{0,4}}?)"
    rf"(?:(?P<plist>{PLIST})\s+(?:leave|depart|exit|quit)(?![\w-])(?!\s+(?:the|a|an|his|her|their|its)\b)"
    rf"(?:\s+(?:for|to\s+join)\s+(?:(?:rival|fellow)\s+)?(?:the\s+)?(?P<org>{ORG}))?"
    rf"|(?:[\w-]+\s+){{0,6}}?(?:leave|depart|exit|quit)(?![\w-])(?:\s+[\w-]+){{0,3}}?\s*,?\s*"
    rf"(?:including|among them|such as)\s+(?P<plist2>{PLIST}))",
    re.IGNORECASE,
)
_HIRER_LEFT = re.compile(
    rf"(?P<hirer>{ORG}|{P}|\b(?:it|which)\b|{_ANAPHOR}|\bthe\s+board(?:\s+of\s+directors)?)"
    rf"(?P<appos>{_APPOS})(?P<gap>{_GAP})\s*,?\s*$",
    re.IGNORECASE,
)
_DEAL_TO = re.compile(
    rf"(?P<o>{ORG})(?:\s+itself)?\s+(?:(?:has|had|also)\s+)*(?:struck|strikes|signed|signs|reached|inked|cut|agreed|"
    rf"made)\b[^⟨;]{{0,50}}\b(?:deal|agreement|pact|arrangement)\s+(?:worth\s+[^⟨;]{{0,20}}\s+)?to\s*$",
    re.IGNORECASE,
)
_POACH_TAIL = re.compile(
    rf"(?:\s+{D})?\s*,?\s+(?:so\s+that\s+(?:he|she|they)\s+could\s+(?:work|join)|to\s+(?:work|join)|"
    rf"to\s+become\s+(?:[\w-]+\s+){{0,5}}?|for)\s+(?:(?:at|for|with)\s+)?(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
# "has unveiled her new startup, Thinking Machines Lab": the subject founded it.
_OWN_STARTUP = re.compile(
    rf"(?<![\w-])(?:unveil|launch|announc|debut|reveal|start|found|open)(?:s|ed|ing)?\s+(?:her|his|their)\s+"
    rf"(?:(?:own|new|first|second|next|[\w-]+)\s+){{0,3}}?(?:startup|start-up|company|venture|lab|firm)\s*,?\s+"
    rf"(?:called\s+|named\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_BEFORE_FOUNDING = re.compile(
    rf"(?P<plist>{PLIST})\s+(?:(?:had|all|both|also)\s+)*(?:worked|were|was|served|met)\s+(?:together\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?(?:at|with)\s+(?:the\s+)?(?P<o1>{ORG})(?:'s\s+[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+"
    rf"(?P<b>before)\s+(?P<v>(?:co-?)?found(?:ing)?|launching|starting|creating|setting\s+up)\s+(?P<o2>{ORG})",
    re.IGNORECASE,
)
_NEW_VENTURE = re.compile(
    rf"\b(?P<pr>my|our|his|her|their)\s+(?:own\s+)?new\s+(?:[\w-]+\s+){{0,2}}?(?:firm|startup|start-up|company|"
    rf"venture|lab|fund)\s*,\s*(?:called\s+|named\s+)?(?P<new>{ORG})"
    rf"|\b(?P<pr2>my|our|his|her|their)\s+(?:last|final)\s+day\s+(?:at|with)\s+(?P<left>{ORG})",
    re.IGNORECASE,
)
_PASSIVE_FOUND = re.compile(
    # "founded by former Anthropic researcher Olivia Brandt"
    # "The company was started last fall by A and B"
    rf"(?<![\w-])(?:(?:co-?)?founded|(?<=\bwas\s)(?:started|launched|set\s+up|formed))\s+(?:{D}\s+)?by\s+"
    rf"(?:(?:former|ex-|the|a|an)\s*)?"
    rf"(?:(?:{ORG}|and|of|(?-i:[A-Z]{{2,5}}|[A-Z][a-z]+)|(?!(?:{_STOP})\b)[a-z][\w-]*)\s+){{0,6}}?(?P<plist>{PLIST})",
    re.IGNORECASE,
)
_COFOUNDERS = re.compile(
    rf"(?:[^;⟨]|⟨[OED]\d+⟩){{0,40}}?\b(?:alongside|with|together with|along with)\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{ORG}\s+)?(?:[\w-]+\s+){{0,2}}?)?"
    rf"(?:(?:at|of|from)\s+(?:the\s+)?{ORG}\s*,\s*)?(?P<plist>{PLIST})",
    re.IGNORECASE,
)
_FOLLOWED = re.compile(
    rf"(?<![\w-])followed\s+(?P<who>him|her|them|{P})\s+to\s+(?:(?:rival|fellow)\s+)?"
    rf"(?P<org>{ORG})",
    re.IGNORECASE,
)
_REL_OBJECT = re.compile(
    rf"(?P<org>{ORG})'?s?\.?,?\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,5}}?(?:startup|company|firm|lab|business|"
    rf"venture|nonprofit)\s+)?(?:which\s+|that\s+|where\s+)?(?P<subj>he|she|they|I|we|{PLIST})\s+(?:(?:had|has|later|"
    rf"first|eventually|ultimately|also)\s+)*(?P<v>co-?founded|founded|started|launched|set up|left|quit|"
    rf"departed|joined|rejoined|helped (?:to )?(?:start|found|launch|build|create))(?![\w-])"
    rf"(?=\s*(?:$|[,.;:]|{D}|in\b|and\b|after\b|to\b|before\b|with\b))",
    re.IGNORECASE,
)

_STINT = (
    r"(?:the\s+(?:past|last|previous)\s+)?"
    r"(?:(?:more than|nearly|almost|about|over|roughly|some|close to)\s+)?(?:(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a few|many|\d+)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:years?|decades?|months?)\s+"
)
# "former Tesla AI Director Andrej Karpathy", "a former executive at Mozilla", "OpenAI's
# former safety lead", "formerly head of perception at Waymo", "who previously led ... at Nvidia".
_ROLE_WORDS = rf"(?:(?!(?:{_STOP})\b)[\w-]+\s+){{0,5}}?"
_FORMER = re.compile(
    rf"(?:\bformer\s+|\bex-|\bone-?time\s+|\berstwhile\s+)(?:{_ROLE_WORDS}(?P<org>{ORG})(?:'s)?"
    rf"(?P<role>(?:\s+(?!(?:{_STOP})\b)[\w-]+){{0,5}})|(?P<role2>(?:[\w-]+\s+){{1,5}}?)(?:at|of|with)\s+"
    rf"(?:the\s+)?(?P<org2>{ORG}))"
    rf"|(?P<org3>{ORG})'s?\s+(?:former|previous|outgoing)\s+(?P<role3>(?:[\w-]+\s+){{0,6}}?[\w-]+)(?=\s*[,)]|\s+{P}|\s*$)"
    rf"|\b(?:formerly|previously|until recently)\s+(?P<org13>{ORG})'s?\s+(?P<role13>(?:[\w-]+\s+){{0,5}}?[\w-]+)"
    rf"(?=\s*[,.;)]|\s*$)"
    rf"|\b(?:formerly|previously|until recently)\s+(?:(?:the|a|an)\s+)?(?P<role4>(?:[\w-]+\s+){{0,6}}?)"
    rf"(?:at|of|with)\s+(?:the\s+)?"
    rf"(?P<org4>{ORG})"
    rf"|\b(?:previously|formerly|most recently|until recently|once)\s+"
    rf"(?:led|worked|was|ran|headed|served|managed|oversaw|held|spent)\b(?P<role5>[^.;,⟨]{{0,80}}?)\b(?:at|with|for|of)\s+(?:the\s+)?(?P<org5>{ORG})"
    rf"|\b(?:was|had been)\s+(?:previously|formerly|once|most recently)\s+(?:a|an|the)?\s*"
    rf"(?P<role6>(?:[\w-]+\s+){{0,5}}?)"
    rf"(?:at|with|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<org6>{ORG})"
    rf"|\bwho\s+(?:was|had been)\s+(?:my|his|her|our|their)\s+(?P<role12>(?:[\w-]+\s+){{0,3}}?)(?:at|with)\s+"
    rf"(?:the\s+)?(?P<org12>{ORG})(?=\s*,\s*(?:(?:had|has|then|later)\s+)*(?:moved|left|joined|went|quit))"
    rf"|\bwho\s+(?:was|had been)\s+(?P<org7>{ORG})'s\s+(?P<role7>(?:[\w-]+\s+){{0,4}}?[\w-]+)(?=\s*[,.;)])"
    rf"|\b(?:led|ran|headed|managed|worked|served|was|been)\b(?P<role8>[^.;,⟨]{{0,60}}?)\b(?:at|with|for|of)\s+(?:the\s+)?"
    rf"(?P<org8>{ORG})(?:\s+[\w-]+){{0,3}}?\s+(?:until\b|(?P<until8>{D}))"
    rf"|\bwho\s+(?:had\s+)?(?:led|ran|run|headed|managed|worked|oversaw|overseen)\b(?P<role9>[^.;,⟨]{{0,60}}?)\b"
    rf"(?:at|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?P<org9>{ORG})"
    # "spent seven years at Google", "after four wonderful years at DeepMind": a finished stint
    # ("has spent" is still going on)
    # "two alumni of Google's TPU team", "a veteran of Stripe"
    rf"|\b(?:alumn(?:i|us|a|ae)|veterans?)\s+of\s+(?:the\s+)?(?P<org11>{ORG})(?P<role11>)"
    rf"|(?<!has )(?<!have )(?:\bspent|\bspending|\bafter|\bfollowing)\s+{_STINT}(?P<role10>)(?:at|with|on|in|inside)\s+"
    rf"(?:the\s+)?(?P<org10>{ORG})",
    re.IGNORECASE,
)
# A sentence about someone's earlier career: every job in it is one they left.
# A past-job description that is the object of a verb or preposition describes someone other
# than the subject: "is stepping down, replaced by ex-Microsoft executive", "hired a former ...".
_OTHER_OBJECT = re.compile(
    r"\b(?:by|hir(?:es|ed|ing)|replac(?:es|ed|ing)|named|appointed|tapp(?:ed|ing)|poach(?:es|ed|ing)|"
    r"recruit(?:s|ed|ing))\s+(?:(?:a|an|the|another|one)\s+)?$",
    re.IGNORECASE,
)
_PROMOTED = re.compile(
    r"\b(?:was|is|has\s+been|will\s+be|were|have\s+been)\s+(?:named|promoted|appointed|elevated|made|tapped)\b",
    re.IGNORECASE,
)
_HISTORY_OPENING = re.compile(
    rf"\s*(?:before\s+(?:that|this|then|joining\s+{ORG}(?:\s+(?P<hd>{D}))?|{ORG})|previously|prior\s+to\s+(?:that|"
    rf"this|joining\s+{ORG}(?:\s+(?P<hd2>{D}))?|{ORG})|earlier\s+in\s+(?:his|her|their)\s+career)\s*,",
    re.IGNORECASE,
)
_PAST_JOB = re.compile(
    rf"\b(?:led|ran|headed|managed|worked|spent|was|served|held)\b[^.;⟨]{{0,60}}?\b(?:at|with|for)\s+(?:the\s+)?"
    rf"(?P<org>{ORG})",
    re.IGNORECASE,
)
_UNTIL = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:until\s*)?(?P<d>{D})", re.IGNORECASE)
_GROUP_BEFORE = re.compile(
    rf"(?P<plist>{PLIST})\s*,\s*(?:both|all|each|two|three|four|the two|fellow)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_THAT_YEAR_HINT = re.compile(r"\b(?:that|same|following|next) year\b", re.IGNORECASE)
_THAT_YEAR = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that|the same|(?P<next>the following|the next))\s+year\b", re.IGNORECASE
)
_SUCCEEDS = re.compile(rf"(?<![\w-])(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing))\s+(?P<p>{P})", re.IGNORECASE)
# An appositive after a hire's object, and one that names where the person was before.
_HIRE_APPOS = re.compile(r"\s*,\s*(?P<a>(?:[^,;⟨]|⟨[OED]\d+⟩){1,120}?)\s*,")
_EARLIER_APPOS = re.compile(
    r"(?:previously|formerly|former|ex-|most\s+recently|until\s+recently|late\s+of|who\s+(?:was|had\s+been|"
    r"previously|spent|led|ran|headed))\b",
    re.IGNORECASE,
)
_APPOS_ROLE = re.compile(
    r"^\s*(?:previously|formerly|former|ex-|most\s+recently|until\s+recently|late\s+of)?\s*(?:(?:a|an|the)\s+)?"
    r"|\s+(?:at|of|with|on|for)\s*(?:the\s*)?$",
    re.IGNORECASE,
)
_SUCCEEDED_BY = re.compile(
    rf"\b(?:succeeded|replaced)\s+(?:(?:on\s+an\s+interim\s+basis|in\s+the\s+role)\s+)?by\s+(?P<p>{P})", re.IGNORECASE
)
_SUCCESSOR_POST = re.compile(
    rf"\s*,\s*(?:(?:currently|now|most\s+recently)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,5}}?"
    rf"(?:at|of|with)\s+(?:the\s+)?(?P<o>{ORG})(?!'s?\s)",
    re.IGNORECASE,
)
_GROUP = re.compile(rf"{P}(?:\s*,\s*{P})*\s*,?\s*(?:and|&)\s+{P}")
_PERSON_RIGHT = re.compile(rf"\s*,?\s*(?P<p>{P})")

_DESTINATION = re.compile(
    r"(?:(?:re)?join(?:s|ed|ing)?|for|to|(?:co-?)?found(?:ed|ing)?|start(?:ed|ing)?|"
    r"launch(?:ed|ing)?|offers?\s+from|accept(?:s|ed|ing)?\s+(?:a\s+|an\s+)?(?:job|role|position)\s+(?:at|with))\s+"
    r"(?:the\s+)?(?:rival\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"'?s?\s*(?:,[^,]{1,80},\s*)?(?:also\s+|has\s+|had\s+)?(?:is|was|has|had|are|were|will|would|can|could|said|"
    r"says|announced|confirmed|hired|named|appointed|poached|recruited|raised|added|acquired|launched)\b",
    re.IGNORECASE,
)
_REPORTER = re.compile(
    rf"\s*(?:(?:separately|meanwhile|also|however|earlier|later|now|today|elsewhere|{D})\s*,?\s*)?"
    rf"(?P<o>{ORG})\s+(?:also\s+|today\s+|on\s+\w+\s+|{D}\s+)?(?:said|says|announced|announces|confirmed|confirms|"
    rf"told)\b",
    re.IGNORECASE,
)
_LABEL = r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s+)?"  # "Zoom out: ", "Driving the news: "
# An opening phrase before the subject: "In one of the latest personnel moves this year, ", "On Monday, ".
_OPENING_PHRASE = (
    rf"(?:(?:In|On|At|After|Before|During|With|As|Earlier|Later|Meanwhile|Separately|Last|This)\b"
    rf"(?:[^,;⟨]|{D}){{0,80}},\s*)?"
)
_OPENING_ORG = re.compile(rf"\s*{_LABEL}{_OPENING_PHRASE}(?:{D}\s*,?\s*)?(?P<o>{ORG})(?P<poss>')?")
_FIRST_PERSON = re.compile(r"\b(?:we|we're|we’re|we've|we’ve|our)\b", re.IGNORECASE)
_OUR_TEAM = re.compile(
    rf"\b(?:join(?:s|ed|ing)?\s+(?:the|our)\s+(?:[\w-]+\s+)?team|(?P<welcome>welcom(?:e|ed|ing))(?:\s+to\s+the\s+team)?)"
    rf"(?:\s+(?P<d>{D}))?",
    re.IGNORECASE,
)
_TEAM_LIST = re.compile(r"[^⟨:;.]{0,40}:")
_TEAM_ITEM = re.compile(rf"(?:^|(?<=:)|(?<=,)|(?<=\sand))\s*(?:and\s+)?(?P<p>{P})(?!')")
_GENERIC_UNITS = {"office", "department", "division", "unit", "bureau", "center", "centre", "directorate"}
_LAB_UNITS = {"labs", "lab", "research", "group", "division"}
_OWNED_ORG = re.compile(rf"'s?\s+(?P<o>{ORG})(?!')")
_OPENING_PERSON = re.compile(rf"\s*(?:{D}\s*,?\s*)?(?P<p>{P})(?!')")
_OPENING_DATE = re.compile(rf"\s*(?P<d>{D})\s*,")
_SUBJECT_MENTION = re.compile(rf"(?<![\w'])(?:(?P<p>{P})(?!'s)|(?P<pr>\b(?:he|she)\b))", re.IGNORECASE)
_PERSON_NOT_POSS = re.compile(rf"{P}(?!')")
_PLIST_ITEM = re.compile(rf"(?P<p>{P})(?:\s*\((?P<b>[^()]*)\))?")
_WHO_ANTECEDENT = re.compile(rf"(?P<plist>{PLIST})(?:[^⟨]|⟨[OED]\d+⟩){{0,60}}$")
_FOLLOWER = re.compile(
    rf"(?P<f>{P})\s*,?\s+(?:(?:later|soon|also|quickly)\s+)?followed\s+(?P<who>him|her|{P})(?!\s+to\b)",
    re.IGNORECASE,
)
_STARTS = re.compile(
    rf"(?P<s>{P}(?!')|\b(?:he|she)\b){_APPOS}"
    # "He will report to X and start on July 7", "Haddad joins from Microsoft, ..., and will start in November"
    rf"(?:\s+(?:will|would)\s+(?:[^.;⟨]|⟨[OEP]\d+⟩){{0,80}}?\s+and|\s+joins\s+(?:[^.;⟨]|⟨[OEP]\d+⟩){{0,80}}?,?\s+and)?"
    rf"\s+(?:will\s+)?(?:start(?:s|ed)?|begins?|began|joins|arrives|"
    rf"(?P<take>(?:take|takes|took|assume|assumes|assumed)\s+(?:up\s+)?(?:the|her|his|their|this)\s+"
    rf"(?:post|role|job|position)))"
    rf"(?:\s+work)?\s+(?P<d>{D})",
    re.IGNORECASE,
)
# "the appointment of Dr. Anika Sharma as chief technology officer"
_APPOINTMENT = re.compile(
    rf"\b(?:the\s+)?(?:appointment|hiring|addition|arrival)(?:\s+(?P<d>{D}))?\s+of\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    rf"(?P<plist>{PLIST})",
    re.IGNORECASE,
)
# "effective May 1": a date that explicitly dates the change it follows
_EFFECTIVE = re.compile(r"(?:effective|starting|beginning|as of)\s*$", re.IGNORECASE)
_FORMER_HINT = re.compile(
    r"former|before|prior to|earlier in|previously|previous|outgoing|most recently|once|ex-|erstwhile|one-?time|until|"
    r"who (?:was|had been)|"
    r"founding|who (?:had )?(?:led|ran|run|headed|managed|worked|oversaw)|spent|spending|after|following|"
    r"alumn|veteran|who (?:was|had been)",
    re.IGNORECASE,
)

# Verbs of other events that keep their own date ("Google acquired the lab in 2014").
_ABSORBERS = re.compile(
    r"(?<![\w-])(?:acquired|acquisition|bought|raised|valued|invested|released|published|"
    r"won|sold|ousted|oust|voted|unveiled|debuted)(?![\w-])",
    re.IGNORECASE,
)
# Between a verb and a date: another clause. A relative clause closed by a comma before the
# date ("founded Tessellate, which builds agents, in February 2024") does not separate them.
_HARD_BOUNDARY = re.compile(r";|\s[—–]\s|,\s+and\s|(?<!⟩)\.\s|,\s+(?:where|which|who|whose)\b[^,]*$")
_REACH = 300
_NOUN_HINT = re.compile(
    r"departure|exit|resignation|move|return|arrival|defection|jump|switch|ouster|firing|retirement|exodus|loss|"
    r"appointment|hiring|addition",
    re.IGNORECASE,
)
_FOUND_HINT = re.compile(
    r"found|start|launch|set up|left|quit|departed|joined|follow|unveil|debut|reveal|helped|"
    r"(?:last|final) day|new (?:[\w-]+ ){0,2}(?:firm|startup|start-up|company|venture|lab|fund)",
    re.IGNORECASE,
)


@dataclass
class _Move:
    person: str
    kind: str
    from_org: str | None = None
    to_org: str | None = None
    role: str = ""
    anchor: int | None = 0  # skeleton position of the verb whose clause gives the date; None: undated
    anchor_end: int = 0
    parent: int | None = None  # a chained verb ("left X to found Y") borrows its parent's date
    date: PartialDate = field(default_factory=PartialDate)
    rule: str = ""  # the rule that produced it: by default the method that built the move
    keep_date: bool = False  # its date is set; its anchor still claims its clause's date symbol
    date_borrowed: bool = False  # its date is the other half's of the transfer (a date of its own wins)
    undated: bool = False  # a rule said the text gives it no time: it borrows none
    news: bool = False  # reported as news in the lead: the publication date, if nothing else dates it

    def __post_init__(self):
        if not self.rule:
            self.rule = _rule_name(sys._getframe(2).f_code.co_name, self.kind)


_LEFT_BEFORE = re.compile(
    r"(?:\bformer|\bex-|\bformerly(?:\s+(?:of|at|with))?|\bformer\s+(?:[\w-]+\s+){1,5}?(?:at|of|with)(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
# "Tollbridge, the AI chip startup", "the startup Ledgerline": what "the startup" refers back to.
_DESCRIBED = re.compile(
    rf"(?P<o>{ORG})'?s?,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|by)\b)[\w$-]+\s+){{0,5}}?(?:startup|start-up)\b"
    rf"|\b(?:startup|start-up)\s*,?\s+(?:called\s+|named\s+)?(?P<o2>{ORG})",
    re.IGNORECASE,
)
# A line that introduces a bulleted list of hires: each item that opens with a name joined.
_LIST_INTRO = re.compile(
    rf"^\s*(?:(?P<o>{ORG})(?:'s\s+(?:new\s+)?(?:hires|team|leadership(?:\s+team)?))?|(?:its|their|the\s+"
    rf"(?:company|startup|firm|lab)'s)\s+(?:(?:founding|new|core|leadership|research)\s+)*team)\s+"
    rf"(?:(?:has|have|also|now|just|recently)\s+)*(?:hired|added|named|appointed|brought\s+on|recruited|poached|"
    rf"welcomed|includes?|(?:is|are)\s+joined\s+by)\b(?:[^⟨:]|⟨D\d+⟩)*?(?P<d>⟨D\d+⟩)?[^⟨:]*:\s*$"
    rf"|\b(?:describes|lists|names|introduces)\s+the\s+new\s+(?:hires|recruits)\s*:\s*$"
    rf"|^\s*(?:the\s+)?new\s+(?:hires|recruits)\s+(?:include|are)\s*:\s*$",
    re.IGNORECASE,
)
# A line that introduces a list of departures: "Here's who has left Meta (and where they went):".
_DEPARTURE_INTRO = re.compile(
    rf"\b(?:who(?:'s|\s+has|\s+have)?\s+(?:left|exited|departed)|(?:departures|exits|defections)\s+from|"
    rf"(?:people|researchers|engineers|executives|staffers|employees|leaders)\s+(?:who\s+)?(?:have\s+|has\s+)?"
    rf"(?:left|exited|departed|quit))\s+(?:the\s+)?(?P<o>{ORG})(?!'s)[^⟨:]*:\s*$",
    re.IGNORECASE,
)
_NOW_ITEM = re.compile(rf"(?:^|[.\s*_])Now\s*[:*_]+\s*[*_]*\s*(?P<o>{ORG})(?!'s)", re.IGNORECASE)
# A sentence about a group of hires that a following "Among them are ..." names.
_GROUP_WORDS = (
    r"(?:researchers|engineers|scientists|people|employees|staffers|staff|hires|recruits|executives|members|experts|"
    r"specialists|leaders|veterans)"
)
_GROUP_INTRO = re.compile(
    rf"\b{_GROUP_WORDS}\s+(?:(?:who\s+)?(?:are|were|have|had|has)\s+(?:(?:also|now|recently|since|reportedly)\s+)*)?"
    rf"(?:join(?:ing|ed)?|hired\s+by|poached\s+by|lured\s+(?:away\s+)?by|moving\s+to|going\s+to)\s+"
    rf"(?:the\s+)?(?P<o>{ORG})"
    rf"|(?:(?P<o2>{ORG})|\bthe\s+(?:startup|company|firm|lab))\s+(?:(?:has|have|had|also|now|recently|since)\s+)*"
    rf"(?:hired|poached|lured|recruited|added|"
    rf"brought\s+on)\b(?:[^.;⟨]|⟨[OED]\d+⟩){{0,60}}?\b{_GROUP_WORDS}\b"
    rf"|^\s*(?:the\s+(?:company|startup|firm|lab)|it)\s+(?:says|said)\b[^⟨]{{0,60}}\b(?:its|their)\s+team\b"
    rf"|(?:\b(?:its|their)|the\s+(?:company|startup|firm|lab)'s|(?P<o3>{ORG})'s?)\s+(?:[\w-]+\s+){{0,2}}?team\s+"
    rf"(?:of\s+(?:about\s+|some\s+|roughly\s+)?\d+\s+)?(?:includes|included|counts|is made up of)\b",
    re.IGNORECASE,
)
_GROUP_ORIGIN = re.compile(
    rf"(?P<f>⟨[OE]\d+⟩)\s+(?:[\w-]+\s+)?{_GROUP_WORDS}\b|\b{_GROUP_WORDS}\s+from\s+(?:the\s+)?(?P<f2>⟨[OE]\d+⟩)(?!\s*,)"
)
_GROUP_HINT = re.compile(
    r"researchers|engineers|scientists|people|employees|staff|hires|recruits|executives|members|team|experts|"
    r"specialists|leaders|veterans",
    re.IGNORECASE,
)
# "Among them are A (OpenAI) and B", "They include ...": the people of that group.
_GROUP_MEMBERS = re.compile(
    r"^\s*(?=⟨P\d+⟩(?:\s*\([^()]*\))?\s*(?:,|and\b))"  # a sentence that opens with a list of people
    r"|^\s*(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:experts|researchers|engineers|scientists|executives|hires|"
    r"recruits|trio|duo|pair|three|four|five)\s*[,:]\s*(?=⟨P)"  # "The three experts, A, B and C, will ..."
    r"|^\s*(?:(?:⟨E\d+⟩|among)\s+(?:them|those|the\s+(?:new\s+)?(?:hires|recruits|researchers|engineers))"
    r"\s*(?:are|were|:)|(?:they|those|the\s+(?:new\s+)?(?:hires|recruits))\s+(?:include|included)\b)",
    re.IGNORECASE,
)
# A list item: a name at the start of the list or after a comma, semicolon or "and".
_ITEM_START = re.compile(
    r"(?:^|[,;:]\s*(?:and\s+|as well as\s+)?|\s(?:and|as well as)\s+|\b(?:include[sd]?|are|were|counts))\s*$"
)
# "A, B and C, all of whom worked on OpenAI's models": where the group was before.
_ALL_OF_WHOM = re.compile(
    rf"(?P<plist>{PLIST})\s*,\s*(?:all|both|each)(?:\s+of\s+whom)?\s+(?:previously\s+|formerly\s+)?"
    rf"(?:worked|were|was)\s+(?:at|on|for|with)\s+(?:the\s+)?(?P<o>{ORG})",
    re.IGNORECASE,
)
_ORG_CONTEXT_BEFORE = re.compile(
    r"(?<!\bas )\b(?:at|from|(?<!looking )(?<!searching )(?<!waiting )(?<!praise )(?<!credit )(?<!calls )for|"
    r"(?:re)?join(?:s|ed|ing)?|left|leaving|leaves|quit|rival|"
    r"(?:startup|company|firm|lab|venture)(?:\s+(?:called|named))?|"
    # "joining broker Merrill Lynch", "at multinational beverage company Diageo": a kind of business before it
    r"(?:broker|brokerage|bank|lender|insurer|retailer|chipmaker|carmaker|automaker|publisher|consultancy|"
    r"conglomerate|giant|outfit|agency|network|fintech|manager|newspaper|broadcaster|studio|maker|operator))"
    r"\s+(?:the\s+)?$"
)
_ORG_CONTEXT_AFTER = re.compile(
    r"['’]?s?\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with)\b)[\w-]+\s+){0,4}?(?:startup|start-up|company|firm|"
    r"lab|maker|bank|fund|group|provider|developer|platform|unit|subsidiary)\b"
    # "hired ..., Jane Doe, the data company said": the hirer described before its speech verb
    r"(?!\s+(?:said|says|announced|confirmed|told|added|wrote)\b)"
)
_ORG_ROLE_AFTER = re.compile(
    r"['’]?s?\s+(?:new\s+|former\s+|longtime\s+|previous\s+|interim\s+)?(?:head|chief|ceo|cto|cfo|coo|president|"
    r"vice\s+president|vp|general\s+counsel)\b(?!\s+(?:of\s+staff))",
    re.IGNORECASE,
)
_PERSON_CONTEXT_BEFORE = re.compile(
    r"\b(?:ceo|chief|executive|founder|co-founder|cofounder|director|president|researcher|scientist|engineer|"
    r"professor|partner|analyst|mr\.?|ms\.?|mrs\.?|dr\.?|head|lead|officer|vp|manager|recruiter|investor|"
    r"reporter|by|with|alongside)\s+$"
)
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:models?|chatbots?|assistants?|apps?|products?|platforms?|systems?|projects?|chips?|"
    r"software|services?|tools?|features?|glasses|headsets?|devices?|papers?)\b",
    re.IGNORECASE,
)
_PERSON_CONTEXT_AFTER = re.compile(
    r"\s*(?:,\s*(?:who|himself|herself)\b|\s+(?:said|says|told|wrote|writes|added|thinks|believes)\b)"
)
