"""Phrasing rules for the reply checker (:mod:`planner.core.tone`), kept apart from the code.

Each rule group is a list of regular expressions, one phrasing per line with a comment.
They are matched case-insensitively against the reply after quoted customer text has been
blanked out. One shorthand keeps them readable:
``{w}`` is one word and the spaces or commas after it, so ``{w}{0,2}`` allows up to two
words in between ("I'm *really* sorry", "olen *todella* pahoillani").

Finnish words inflect, so patterns match stems plus endings (``pahoittel\\w*`` covers
pahoittelen, pahoittelemme, pahoitteluni, pahoittelut). Precision matters more than
recall: a phrasing belongs here only if it is nearly always a problem in a reply to a
customer. To extend a rule, add a line to the right list; the patterns are compiled once
at import.
"""

from __future__ import annotations

import re
from typing import Final

WORD: Final = r"(?:[\w'’-]+[\s,;:]+)"

# --------------------------------------------------------------------------- English
EN: Final[dict[str, list[str]]] = {
    # An apology or regret. Also what keeps `no-apology` quiet.
    "apology": [
        r"\bsorry\b",
        r"\bapologi[sz](?:e|es|ed|ing)\b",
        r"\bapolog(?:y|ies)\b",
        r"\bregret(?:s|ted|table)?\b",
        r"\bforgive (?:me|us)\b",
        r"\bunfortunately\b",  # weaker regret, but it reads as one
        r"\b(?:sad|upset|gutted) to (?:hear|read|learn)\b",
        r"\bI feel (?:terrible|awful|bad)\b",
        r"\b(?:I'm|I am|we're|we are) {w}{0,1}(?:gutted|devastated|mortified)\b",
        r"\b(?:what a|such a) (?:shame|pity)\b",
    ],
    # Looks like an apology but is not one.
    "apology_negated": [
        r"\b(?:not|never|n't) {w}{0,1}(?:sorry|apologi[sz]e)",
        r"\bnothing to (?:be sorry|apologi[sz]e) for\b",
        r"\bno (?:need|reason) to apologi[sz]e\b",
        r"\byou(?:'ll| will) (?:regret|be sorry)\b",  # a threat, not regret
        r"\b(?:don't|do not|never) regret\b",
    ],
    # Words that can take an apology back when they follow it.
    "but": [
        r"\bbut\b",
        r"\bhowever\b",
        r"\bnevertheless\b",
        r"\bnonetheless\b",
        r"\bthat said\b",
    ],
    # Earlier in the same sentence: the "but" belongs to another construction.
    "but_context": [
        r"\bnot (?:only|just|merely|simply)\b",  # not only ... but also
        r"\b(?:nothing|anything|all)\s*$",  # nothing but, all but
        r"\blast\s*$",  # last but not least
    ],
    # Right after the apology these modify it instead of taking it back (none in English).
    "but_attached": [],
    # Right after the "but": continues with thanks or an offer, not a take-back (or the
    # word is used in another sense: "however you feel about it").
    "but_keeps_apology": [
        r"however (?:much|many|long|hard|little|you (?:feel|look at|see))\b",
        r"but (?:I'm|I am|we're|we are) {w}{0,1}(?:glad|happy|grateful|thankful|pleased)\b",
        r"but (?:thank you|thanks)\b",
        r"but (?:I|we)(?:'ll| will|'d like to| would like to| want to) {w}{0,1}"
        r"(?:make|put|fix|call|phone|refund|replace|send|redo|bake|come|sort|cover|give)\b",
    ],
    # A sentence that opens with the owner's own wish or offer does not take an earlier
    # apology back, even with "still" or "however" in it.
    "own_offer_start": [
        r"(?:I|we)(?:'d|'ll| would| will| want| still| can| could)\b",
        r"let me\b",
    ],
    # `defensive`: the business is right, the customer should have known.
    "defensive": [
        r"\bas (?:is )?(?:clearly |plainly |already )?(?:stated|written|indicated|displayed|"
        r"advertised|shown|explained) (?:on|in|at|under) (?:our|the)\b",
        r"\bas clearly (?:stated|mentioned|written|explained|shown|marked|indicated)\b",
        r"\b(?:clearly|plainly|explicitly) (?:states?|stated|says|said|marked|written|"
        r"mentioned|shown|displayed|labell?ed|indicated|described|listed)\b",
        r"\byou (?:should|could) have (?:read|checked|looked|asked|known|noticed|"
        r"seen|told|mentioned)\b",
        r"\b(?:if you had|had you) (?:read|checked|looked at|asked|bothered)\b",
        r"\byou (?:didn't|did not|failed to|never) (?:read|check)\b",
        r"\b(?:that|this|it) (?:is|'s|was) (?:simply |just |completely |absolutely )?"
        r"(?:not true(?! to)|untrue|false|a lie|incorrect|not what happened|not accurate)\b",
        r"\byou(?:'re| are) (?:wrong|mistaken|lying)\b",
        r"\b(?:these|your|such|the) (?:lies|untruths)\b",
        r"\bfalse (?:claims|accusations|statements|information)\b",
        r"\bwith all due respect\b",
        r"\bnot (?:our|my) (?:fault|problem|responsibility)\b",
        r"\b(?:we|I) (?:did|have done) nothing wrong\b",
        r"\b(?:no one|nobody|none of our (?:other )?customers) (?:else )?(?:has|have|had) "
        r"(?:ever )?complained\b",
        r"\b(?:all|most|other) (?:of )?(?:our )?(?:other )?(?:customers|people|guests) "
        r"(?:love|like|enjoy|are happy with|have been happy|were happy)\b",
        r"\b(?:hundreds|thousands) of (?:satisfied|happy) customers\b",
        r"\beveryone else (?:is|was|has been) (?:happy|satisfied)\b",
        r"\b(?:was|were|is|are|has been) (?:installed|fitted|done|made|packed|prepared|"
        r"delivered|cut|baked|described|priced|labell?ed) (?:correctly|properly|as agreed|"
        r"as ordered|as requested|as described)\b",
        r"\byou(?<!sorry you)(?<!sorry that you) were (?:told|informed|warned|advised)\b"
        r"(?! {w}{0,1}(?:wrong|the wrong|incorrect))",
        r"\b(?:I|we) (?:have to|must|need to|would|'d|should) point out\b",
        r"\blet me point out\b",
        r"\b(?:review|post|comment|claims?|story) (?:contains|has|is full of) {w}{0,1}"
        r"(?:inaccuracies|errors|mistakes|untruths|falsehoods)\b",
        r"\bnot how it (?:happened|went)\b",
        r"\banyone (?:who|that) {w}{0,4}(?:can|could|would|will) (?:see|tell)\b",
        r"\bit (?:says|said|states|stated) (?:so )?(?:clearly |right |plainly )?(?:on|in) "
        r"(?:our|the)\b",
    ],
    # `blames-customer`: the customer caused the problem.
    "blames": [
        r"\b(?<!none of )(?:it|this|that) (?:was|is|'s) (?:entirely |completely |all |totally )?"
        r"your (?:own )?(?:fault|mistake|error|responsibility|doing)\b",
        r"\b(?:due to|caused by|because of) your (?:own )?(?:mistake|error|carelessness|"
        r"negligence|choice)\b",
        r"\bbecause you {w}{0,2}?(?:didn't|did not|failed|forgot|never|arrived|came|chose|"
        r"ordered|left|used|gave|put|dropped|broke|overtightened|washed|ignored|missed|booked|"
        r"picked|typed|entered|selected)\b",
        r"\byou (?:arrived|came|were|showed up|turned up) {w}{0,3}late\b",
        r"\byou (?:broke|damaged|misused|dropped|overloaded|overtightened|mishandled)\b",
        r"\byou (?:gave|entered|typed|wrote|chose|selected|ordered|booked) (?:us )?"
        r"(?:the |a )?wrong\b",
        r"\b(?:user|customer|operator) error\b",
        r"\b(?:was|were|has been|had been) (?:used|handled|washed|stored|installed) "
        r"(?:incorrectly|wrongly|improperly|with the wrong|the wrong way)\b",
        r"\bmisuse\b",
        r"\byou (?:chose|picked|ordered|wanted) {w}{0,3}yourself\b",
        r"\byou (?:only )?have yourself to blame\b",
        r"\byou (?:didn't|did not|failed to|forgot to|never) (?:follow|tell|mention|inform|"
        r"pick up|collect|answer|specify|show up)\b",
        r"\bif you had (?:followed|arrived|come|told|booked|listened|been on time)\b",
        r"\bthat was your (?:responsibility|job|call)\b",
        r"\bto be fair,? you\b",
        r"\bvoid(?:s|ed)? (?:the |your )?(?:warranty|guarantee|return)",
    ],
    # `victim`: own hardships offered as the reason, or private matters shared.
    "victim": [
        r"\b(?:I|we) (?:have been|had been|was|were|'ve been|am|'m|are|'re) {w}{0,1}"
        r"(?:ill|sick|in hospital|in the hospital|unwell|on sick leave|hospitali[sz]ed)\b",
        r"\b(?:my|our) (?:wife|husband|partner|mother|mum|mom|father|dad|son|daughter|kids|"
        r"children|child|baby|family|grandmother|grandfather) {w}{0,4}(?:ill|sick|in hospital|"
        r"unwell|hospitali[sz]ed|diagnosed|passed away|died)\b",
        r"\b(?:my|our) {w}{0,2}(?:was|were|has been|have been|is|are|got) {w}{0,1}(?:ill|sick|"
        r"in hospital|on sick leave)\b",  # "our chef was ill"
        r"\b(?:family|personal|health) (?:reasons|issues|problems|emergency|matters|crisis)\b",
        r"\b(?:has|have|'s) been (?:a )?(?:really |very |so |an incredibly )?(?:tough|hard|"
        r"difficult|rough) (?:year|time|few months|month|season|spring|autumn|winter|summer|"
        r"for us|for me)\b",
        r"\bin these (?:tough|hard|difficult) times\b",
        r"\b(?:tough|hard|difficult|rough) (?:year|time|times) for (?:us|me|the shop|the "
        r"business|small businesses)\b",
        r"\b(?:money|cash|finances|budget)(?: is| are| has been| have been| was)? "
        r"(?:very |really |so )?tight\b",
        r"\b(?:I|we) (?:can't|cannot|can not) afford\b",
        r"\b(?:struggling|struggle) to (?:pay|survive|keep|make ends)\b",
        r"\bmake ends meet\b",
        r"\b(?:rent|costs|prices|price of \w+(?: and \w+)?|electricity|energy bills?) "
        r"(?:has|have) (?:gone up|risen|doubled|tripled)\b",
        r"\b(?:rent|costs|prices) went up\b",
        r"\b(?:I|we)(?:'m| am|'re| are| was| were|'ve been| have been) {w}{0,1}(?:exhausted|"
        r"burnt out|burned out|overworked|overwhelmed|drowning|worn out)\b",
        r"\bburn-?out\b",
        r"\b\d+-hour (?:days|shifts|weeks)\b",
        r"\bworking (?:day and night|around the clock|seven days a week|7 days a week)\b",
        r"\b(?:running|run|doing) (?:the |this |my |our )?{w}{0,1}(?:shop|business|cafe|"
        r"salon|bakery|everything|it) (?:all )?(?:alone|on my own|by myself|"
        r"single-handedly)\b",
        r"\bidea how (?:hard|difficult|tough) it is\b",
        r"\b(?<!you're )(?<!you are )(?:going through|facing|in the middle of) (?:a |an )?"
        r"(?:very |really |extremely )?(?:difficult|tough|hard|rough) (?:period|time|patch|"
        r"situation|year)\b",  # but not "you're going through a hard time"
        r"\b(?:I'm|I am|I've been|I have been) (?:all )?(?:alone|on my own|by myself)\b",
        r"\b(?:had|got|caught|has|have) (?:covid|the flu|flu|corona)\b",
        r"\bhow (?:hard|difficult|tough) it is to run\b",
        r"\b(?:my|our) (?:divorce|surgery|operation|diagnosis|illness|burnout)\b",
    ],
    # `impersonal`: passive or corporate voice where a person should speak.
    "impersonal": [
        r"\b(?:mistakes|errors) (?:were|have been|are) made\b",
        r"\b(?:regrets|apologi[sz]es)\b",  # third person: "the company regrets"
        r"\b(?:company|business|management|team|staff|shop|store|firm) (?:is|are) "
        r"{w}{0,1}sorry\b",
        r"\b(?:it is|it's|is) regrett(?:ed|able)\b",
        r"\bfor any inconvenience\b",
        r"\binconvenience (?:this |that )?(?:may have |might have |has )?caused\b",
        r"\b(?:matter|issue|case|complaint|feedback|incident|problem|situation|concern|query|"
        r"request|refund|comment)s? (?:has|have|will|is being|are being) (?:been |be )?"
        r"(?:now )?(?:handled|dealt with|processed|noted|forwarded|passed on|looked into|"
        r"investigated|escalated|recorded|registered|logged|received|addressed|taken care of|"
        r"resolved|reviewed|issued)\b",
        r"\b(?:you|the customer|customers) (?:will be|shall be|are being) (?:contacted|called|"
        r"refunded|compensated|informed|notified)\b",
        r"\b(?:the customer is|customers are) (?:kindly )?(?:advised|asked|requested|"
        r"reminded)\b",
        r"\b(?:action|actions|measures|steps) (?:has|have|will) (?:been |be )?taken\b",
        r"\bappropriate (?:action|measures|department)\b",
    ],
    "impersonal_exempt": [],
    # Something concrete happens next. Its absence is `no-next-step`.
    "next_step": [
        r"\b(?:call|phone|ring|text|email|e-mail|message|contact|reach|DM) (?:me|us|you)\b",
        r"\bplease contact\b",
        r"\b(?:get|be|keep) in touch\b",
        r"\b(?:give|send|drop) (?:me|us) (?:a |an )?(?:call|ring|line|message|email|e-mail|"
        r"note|DM|your)\b",
        r"\b(?:my|our) (?:phone|mobile|number|email|e-mail|direct line)\b",
        r"\b0\d{1,2}[ -]?\d{3}[ -]?\d{3,4}\b",  # a phone number
        r"\w@[\w-]+\.\w",  # an e-mail address
        r"\b(?:come|drop|pop|stop) (?:by|in|back|over|round)\b",
        r"\bvisit (?:us|me|the shop)\b",
        r"\b(?:may|can|could) I (?:call|phone|ring|contact|visit|come)\b",
        r"\blet me know\b",
        r"\bwhat would (?:help|make)\b",
        r"\bhow (?:can|could) (?:I|we) (?:make|put|fix|help)\b",
        r"\brefund\w*",
        r"\breplace(?:ment)?s?\b",
        r"\bre-?(?:do|make|send|paint|bake)\b",
        r"\b(?:on the house|on me|on us|at no (?:extra )?(?:cost|charge)|no charge|free of charge|"
        r"for free)\b",
        r"\b(?:voucher|gift card|money back|compensat\w+)\b",
        r"\b(?:will be|shall be) (?:contacted|called|refunded|compensated)\b",
        r"\b(?:I|we)(?:'ll| will| would like to|'d like to| want to| am going to|'m going to|"
        r" can| could| am happy to|'m happy to| are happy to|'re happy to| would be happy to|"
        r"'d be happy to|'d love to| would love to) {w}{0,1}(?:call|phone|ring|contact you|send|"
        r"refund|replace|fix|repair|redo|bake|make|look|check|sort|arrange|come|visit|"
        r"deliver|book|offer|give|pay|cover|return|reply|email|message|be in touch|get back|"
        r"investigate|talk|speak|find|put|repaint|clean|resend|show|help|take care|swap|"
        r"exchange|recommend|suggest|hear|tone)\b",
        r"\b(?:I|we)(?:'ll| will) (?!not\b|never\b|be honest|say\b|have you know|admit)\w+",
        r"\b(?:a|\d+ ?%) discount\b|\bdiscount (?:on|off|for) your\b|\d+ ?% off\b",
        r"\bwill (?:personally |gladly )?(?:look into|sort out|fix|check|call you|refund|replace|"
        r"repair|redo)\b",
        r"\b(?:sent|send|posted|sending) (?:you )?(?:a|the) (?:new|replacement|missing|fresh|"
        r"correct|right)\b",
        r"\blet me {w}{0,1}(?:make|fix|call|know|put|sort|help)\b",
    ],
    # A delay in replying (the reply's own lateness).
    "delay": [
        r"\b(?:slow|late|delayed|belated) (?:reply|response|answer)\b",
        r"\bthe delay in (?:replying|responding|getting back|answering)\b",
        r"\bnot (?:replying|responding|answering|getting back(?: to you)?) (?:sooner|earlier|"
        r"straight away|right away)\b",
        r"\b(?:taking|took|has taken) (?:me |us )?(?:so long|a while|some time|this long|a few "
        r"days|days|a week|\w+ days) to (?:reply|respond|answer|get back)\b",
        r"\bgetting back to you (?:so )?late\b",
        r"\b(?:the|my|our) silence\b",
    ],
    # The reason for the delay, later in the same sentence.
    "delay_reason": [
        r"\b(?:because|since|as) (?:I|we|my|our|the)\b",
        r"\bdue to\b",
        r"[,;:–-] ?(?:I|we) (?:was|were|have been|'ve been|had been|had)\b",
        r"\b(?:I|we|team|staff|everyone)(?: was| were| have been|'ve been| had been| am|'m| are|"
        r"'re| had| have| has) {w}{0,1}(?:busy|swamped|on holiday|on vacation|away|travelling|"
        r"traveling|ill|sick|the flu|flu|covid|closed)\b",
    ],
    # A next sentence that starts by giving the reason for the delay.
    "delay_reason_start": [
        r"(?:I was|we were|I've been|I have been|we've been|we have been|I had|we had)"
        r"(?! {w}{0,1}(?:sorry|sad|upset|glad|happy|pleased|shocked))\b",
        r"(?:the reason|this was because|it was because|that was because)\b",
    ],
    # `asks-removal`: asks the customer to delete or change their post.
    "removal": [
        r"\b(?:delete|remove|take down|edit|change|update|amend|retract|withdraw|revise) "
        r"{w}{0,1}(?:your|the|this|that) (?:[\w-]+ )?(?:post|review|comment|rating|complaint|"
        r"message|tweet|words|stars|feedback|photo|picture)s?\b",
        r"\btake {w}{0,2}down\b",
        r"\bstop (?:posting|spreading|sharing|writing)\b",
        r"\b(?:are|is) not taken down\b",
        r"\b(?:be|get) (?:removed|deleted|taken down)\b",
        r"\b(?:please|kindly|could you|would you|can you|will you|I ask you to|I'd ask you to|"
        r"we ask you to) {w}{0,1}(?:delete|remove|edit|change|update|amend|retract|withdraw|"
        r"revise) (?:it|this|that|them)\b",
        r"\bconsider (?:deleting|removing|editing|updating|changing|amending|revising|"
        r"taking down)\b",
        r"\bif you (?:deleted|removed|edited|updated|changed|amended|took down|would delete|"
        r"would remove|could delete|could remove|could update|could edit) {w}{0,2}(?:your|"
        r"the|this|that|it)\b",
    ],
    # A removal phrase that the owner negates or says of their own post.
    "removal_negated": [
        r"\b(?:I|we) (?:will not|won't|would never|'d never|never|do not|don't|am not going "
        r"to|'m not going to|are not going to|'re not going to|will never) {w}{0,2}(?:delete|"
        r"remove|hide|ask you to|edit|change|update)\b",
        r"\b(?:I|we)(?:'ll| will| shall| am going to|'m going to|'ve| have) {w}{0,1}"
        r"(?:delete|remove|edit|update|change|amend|correct)\b",
        r"\b(?:no need|there's no need|you don't need|you do not need|you don't have|you do "
        r"not have) to (?:delete|remove|edit|change|update)\b",
        r"\bplease (?:don't|do not) (?:delete|remove)\b",
    ],
    # `threatens`: legal or other threats.
    "threat": [
        r"\b(?:lawyers?|attorneys?|solicitors?|legal team)\b",
        r"\blegal (?:action|steps|proceedings|measures|consequences)\b",
        r"\b(?:lawsuit|sue|suing|sued)\b",
        r"\b(?:to|in) court\b",
        r"\bcourt (?:case|action|order)\b",
        r"\bpolice\b",
        r"\b(?:defamat\w*|libel\w*|slander\w*)",
        r"\bcease and desist\b",
        r"\byou(?:'ll| will) (?:regret|be sorry)\b",
        r"\bdebt collect\w*",
        r"\breport (?:you|this|your \w+) to\b",
    ],
}

# --------------------------------------------------------------------------- Finnish
FI: Final[dict[str, list[str]]] = {
    "apology": [
        r"\bpahoit\w*",  # pahoittelen, pahoittelemme, pahoitteluni, pahoittelut
        r"\bpahoill(?:ani|amme|aan|asi|anne)\b",  # olen pahoillani, olemme pahoillamme
        r"\banteeksi\w*",  # anteeksi, pyydän anteeksi, anteeksipyyntö
        r"\b(?:sori|sorry|soz)\b",
        r"\bvalitettav\w*",  # valitettavasti, valitettavaa (weaker regret)
        r"\bharmi(?:ttaa|tti|llista|llinen|kseni)?\b",
        r"\b(?:ikävä|ikävää|kurja|kurjaa|surullista) (?:kuulla|lukea)\b",
        r"\b(?:ikävää|kurjaa|harmillista|surullista),? että\b",
        r"\bolen {w}{0,1}(?:surullinen|harmissani|murheissani)\b",
    ],
    "apology_negated": [
        r"\b(?:en|emme|ei) {w}{0,1}(?:pahoittel\w*|pyydä anteeksi)",
        r"\bei (?:ole )?(?:mitään )?pahoiteltavaa\b",
        r"\bei {w}{0,1}tarvitse pyytää anteeksi\b",
    ],
    "but": [
        r"\bmutta\b",
        r"\bmut\b",
        r"\bkuitenkin\b",
        r"\bkuitenkaan\b",  # "emme kuitenkaan voi ..."
        r"\bsilti\b",
        r"\bkylläkin\b",
    ],
    "but_context": [
        r"\b(?:ei|eikä) (?:vain|ainoastaan|pelkästään|yksin)\b",  # ei vain ... mutta myös
        r"\bpaitsi\b",
    ],
    # "Pahoittelen kuitenkin" / "pahoittelen silti": the adverb modifies the apology itself.
    "but_attached": [r"kuitenkin", r"kuitenkaan", r"silti"],
    "but_keeps_apology": [
        r"(?:mutta|mut|kuitenkin|silti) {w}{0,1}(?:kiitos|kiitän|kiitämme|olen iloinen|"
        r"olemme iloisia|ilahduin|haluan (?:korjata|hyvittää|soittaa|tarjota|auttaa)|"
        r"korjaan|korjaamme|soitan|soitamme|hyvitän|hyvitämme|lähetän|lähetämme|tarjoan|"
        r"tarjoamme|leivon)\b",
    ],
    "own_offer_start": [
        r"(?:haluaisin|haluan|haluamme|haluaisimme|voin|voisin|voimme|voisimme|soitan|soitamme|"
        r"korjaan|korjaamme|hyvitän|hyvitämme|lähetän|lähetämme|tarjoan|tarjoamme|toivon|"
        r"toivoisin|tulen)\b",
    ],
    "defensive": [
        r"\b(?:ei|eivät) pidä paikkaansa\b",
        r"\bei (?:ole|ollut) (?:totta|tottakaan|paikkansapitävä\w*)\b",
        r"\b(?:valhe\w*|valehtel\w*|perättö\w+|paikkansapitämät\w*)",
        r"\bkuten {w}{0,4}?(?:selvästi |selkeästi )?(?:lukee|kerrotaan|mainitaan|kerroimme|"
        r"mainitsimme|kerrottiin|on kerrottu|on mainittu|ilmoitetaan|todetaan)\b",
        r"\b(?:selvästi|selkeästi|yksiselitteisesti) {w}{0,1}(?:lukee|kerrotaan|kerrottu|"
        r"mainitaan|mainittu|merkitty|merkittynä|ilmoitettu|ilmoitetaan|kuvattu|todetaan)\b",
        r"\b(?:lukee|kerrotaan|kerrottu|mainitaan|mainittu|merkitty|ilmoitettu|kuvattu) "
        r"{w}{0,1}(?:selvästi|selkeästi|yksiselitteisesti)\b",
        r"\b(?:olisit|olisitte|olisi) (?:voinut|voineet|pitänyt|kannattanut) {w}{0,1}(?:lukea|"
        r"tarkistaa|katsoa|kysyä|ilmoittaa|kertoa|huomata|tietää|soittaa)\b",
        r"\bjos (?:olisit|olisitte) (?:lukenut|lukeneet|tarkistanut|tarkistaneet|katsonut|"
        r"katsoneet|kysynyt|kysyneet|vaivautunut|vaivautuneet|viitsinyt|viitsineet)\b",
        r"\b(?:arvostelu|kirjoitu|kommenti|julkaisu|väittee)\w* on {w}{0,1}(?:virheitä|"
        r"virheellistä|paikkansapitämätöntä|väärää tietoa|valheita)\b",
        r"\b(?:noin|näin|niin) (?:asiat |se )?(?:ei|eivät) (?:mennyt|menneet|tapahtunut)\b",
        r"\b(?:jokainen|kuka tahansa|kaikki) {w}{0,3}(?:lukenut|lukeneet|katsonut|katsoneet|"
        r"lukeva) (?:näkee|näkevät|huomaa|huomaavat|tietää|tietävät)\b",
        r"\b(?:et|ette) (?:lukenut|lukeneet|tarkistanut|tarkistaneet)\b",
        r"\bolet(?:te)? väärässä\b",
        r"\bkaikella kunnioituksella\b",
        r"\bei (?:ole|ollut) (?:meidän|minun) (?:vikamme|vikani|syymme|syyni|virheemme|"
        r"virheeni|vika|syy|virhe)\b",
        r"\b(?:emme|en) ole tehneet? mitään väärää\b",
        r"\bkukaan muu ei ole (?:valittanut|moittinut|huomauttanut)\b",
        r"\b(?:kaikki muut|muut|useimmat|kaikki) (?:asiakkaat|asiakkaamme|ihmiset) "
        r"(?:ovat (?:olleet )?tyytyväisiä|pitävät|tykkäävät|kehuvat)\b",
        r"\b(?:satoja|tuhansia) tyytyväisiä asiakkaita\b",
        r"\b(?:on|oli) (?:tehty|asennettu|pakattu|leikattu|leivottu|toimitettu|kuvattu|"
        r"hinnoiteltu|merkitty) {w}{0,1}(?:oikein|asianmukaisesti|ohjeiden mukaan|sovitusti|"
        r"tilauksen mukaisesti)\b",
        r"\b(?:kerrottiin|ilmoitettiin|sanottiin) {w}{0,1}(?:sinulle|teille)\b"
        r"(?! {w}{0,1}(?:väär|virheellis))",
        r"\b(?:minun|meidän) (?:on|täytyy) {w}{0,1}(?:huomautettava|huomauttaa)\b",
    ],
    "blames": [
        r"\b(?:sinun|teidän) (?:oma )?(?:vikasi|vikanne|syysi|syynne|virheesi|virheenne|"
        r"mokasi|vastuullasi|vastuullanne)\b",
        r"\boma (?:vikasi|vikanne|vika|moka|virhe|virheesi)\b",
        r"\bomaa syytäsi\b",
        r"\b(?:sinun|teidän) takia(?:si|nne)?\b",
        r"\b(?:aiheutit|aiheutitte) (?:sen |tämän )?itse\b",
        r"\b(?:käyttäjän|asiakkaan) (?:virhe\w*|vastuulla)\b",
        r"\b(?:on|oli) käytetty (?:väärin|väärällä|väärillä|ohjeiden vastaisesti|"
        r"virheellisesti)\b",
        r"\bväärinkäytö\w+",
        r"\bohjeiden vastaisesti\b",
        r"\bkoska (?:sinä |te )?(?:et|ette|jätit|jätitte|unohdit|unohditte|valitsit|"
        r"valitsitte|tilasit|tilasitte|annoit|annoitte|käytit|käytitte|kiristit|kiristitte|"
        r"pesit|pesitte|laitoit|laitoitte|pudotit|pudotitte|rikoit|rikoitte|ilmoitit|"
        r"ilmoititte|varasit|varasitte)\b",
        r"\b(?:saavuit|saavuitte|tulit|tulitte|olit|olitte) {w}{0,3}myöhässä\b",
        r"\b(?:valitsit|valitsitte|tilasit|tilasitte|päätit|päätitte) {w}{0,3}itse\b",
        r"\bitse (?:valitsit|tilasit|päätit|rikoit|aiheutit|unohdit|jätit)\b",
        r"\b(?:annoit|annoitte|kirjoitit|kirjoititte|valitsit|valitsitte|tilasit|tilasitte|"
        r"ilmoitit|ilmoititte) {w}{0,1}(?:väärän|väärät|väärää|virheellisen)\b",
        r"\b(?:et|ette) (?:noudattanut|noudattaneet|hakenut|hakeneet|ilmoittanut|"
        r"ilmoittaneet|kertonut|kertoneet|saapunut|saapuneet)\b",
        r"\b(?:rikoit|rikoitte|kiristit|kiristitte|pudotit|pudotitte)\b",
    ],
    "victim": [
        r"\b(?:olen|olin|olemme|olimme|\w+(?:ni|mme) (?:on|oli|ovat|olivat)) (?:ollut |olleet )?"
        r"{w}{0,1}(?:sairaana|sairaalassa|sairaslomalla|kipeänä|kipeinä|sairastunut|"
        r"sairastuneet)\b",  # I / we, or "kokkimme oli sairaana"; not the customer's dog
        r"\b(?:vaimoni|mieheni|puolisoni|lapseni|lapsemme|lapsillani|äitini|isäni|perheeni|"
        r"perheemme|poikani|tyttäreni|isoäitini|mummoni|vaarini|pappani) {w}{0,4}"
        r"(?:sairas\w*|kipe\w*|sairaala\w*|kuol\w*|menehty\w*|leikkau\w*|hautajai\w*)",
        r"\bnäinä (?:vaikeina|rankkoina|tiukkoina|haastavina) aikoina\b",
        r"\b(?:meillä|minulla|mulla|meille|minulle) {w}{0,2}(?:on|oli) ollut {w}{0,3}"
        r"(?:rankkaa|raskasta|vaikeaa|tiukkaa|kovaa)\b",
        r"\b(?:tämä|viime|kulunut|tämän) {w}{0,1}(?:vuosi|kevät|syksy|kesä|talvi|kuukausi) "
        r"on ollut {w}{0,3}(?:rankka|raskas|vaikea|tiukka|kova)\b",
        r"\b(?:rahat|raha|talous|taloustilanne|kassa) {w}{0,1}(?:on|ovat|oli|olivat) "
        r"{w}{0,1}(?:tiukalla|tiukoilla|tiukka|kireällä|loppu)\b",
        r"\b(?:emme|en|enkä|emmekä) {w}{0,1}(?:pysty|voi) {w}{0,1}(?:palkkaamaan|maksamaan)\b",
        r"\bvarat eivät riitä\b",
        r"\b(?:vuokra|vuokrakin|sähkö|hinnat|hinta) {w}{0,3}(?:on )?(?:nous\w+)",
        r"\b(?:uupun\w*|uupumu\w*|loppuunpala\w*|loppuun palanut|burnout|ylikuormittu\w*)",
        r"\b(?:olen|olemme) {w}{0,1}(?:väsynyt|väsyneitä|ylityöllistetty)\b",
        r"\b\d+-tuntisia (?:päiviä|työpäiviä)\b",
        r"\b(?:teen|tein|teemme) {w}{0,1}(?:töitä )?(?:yötä päivää|seitsemänä päivänä "
        r"viikossa)\b",
        r"\b(?:pyöritän|pyöritin|olen|olin|teen|tein) {w}{0,2}(?:yksin|yksinäni|ypöyksin)\b",
        r"\b(?:tiedätkö|tiedättekö|et tiedä|ette tiedä|et voi kuvitella|ette voi kuvitella)"
        r"[\s,]+{w}{0,1}(?:kuinka|miten) (?:vaikeaa|raskasta|rankkaa|kovaa|haastavaa)\b",
        r"\bkukaan ei ymmärrä\b",
        r"\b(?:meillä|meille|minulla|minulle|jolla|yrityksellämme) {w}{0,4}(?:vaikea|rankka|"
        r"raskas|tiukka) (?:tilanne|aika|vaihe)\b",
        r"\b(?:sairast(?:i|in|imme|ivat)|koronaan|koronan|koronassa)\b",
    ],
    "impersonal": [
        r"\bpahoitellaan\b",  # passive apology
        r"\bpahoittelee\b",  # third person: "Leipomo pahoittelee"
        r"\b(?:yritys|yrityksemme|liike|liikkeemme|yhtiö|yhtiömme|johto|henkilökunta|"
        r"henkilökuntamme|firma|firmamme) {w}{0,1}(?:on pahoillaan|ovat pahoillaan|pyytää "
        r"anteeksi|pyytävät anteeksi)\b",
        r"\baiheutunutta (?:haittaa|harmia|vaivaa|mielipahaa)\b",  # stock phrase
        r"\b(?:asia|asianne|asiasi|palaute|palautteesi|palautteenne|reklamaatio|reklamaatiosi|"
        r"reklamaationne|valitus|valituksesi|valituksenne|tapaus|ongelma|vika|virhe) "
        r"(?:(?:on|oli|ovat|olivat) )?(?:nyt |jo )?(?:käsitelty|kirjattu|välitetty|"
        r"vastaanotettu|huomioitu|tutkittu|selvitetty|hoidettu|korjattu|otettu käsittelyyn|"
        r"siirretty|käsitellään|kirjataan|välitetään|tutkitaan|selvitetään|hoidetaan|"
        r"korjataan|huomioidaan|otetaan käsittelyyn)\b",
        r"\b(?:teihin|sinuun|asiakkaaseen) {w}{0,1}otetaan {w}{0,1}yhteyttä\b",
        r"\botetaan (?:teihin|sinuun) yhteyttä\b",
        r"\bvirheitä (?:on )?(?:sattuu|tapahtuu|tehtiin|tehty|sattui|sattunut)\b",
        r"\b(?:sinulle|teille|sulle) {w}{0,1}(?:soitetaan|ilmoitetaan|palautetaan|hyvitetään|"
        r"lähetetään|toimitetaan)\b",
        r"\b(?:soitetaan|ilmoitetaan|palautetaan|hyvitetään|lähetetään|toimitetaan) "
        r"{w}{0,1}(?:sinulle|teille|sulle|tilillenne|tilillesi)\b",
        r"\b(?:asiakasta|asiakkaita|asiakkaan) (?:pyydetään|kehotetaan|neuvotaan)\b",
        r"\btoimenpiteisiin (?:on )?ryhdy(?:tään|tty)\b",
    ],
    # Colloquial Finnish uses the passive for "we": "me soitetaan sulle" is first person.
    "impersonal_exempt": [
        r"\bme {w}{0,2}\w+(?:taan|tään)\b",
    ],
    "next_step": [
        r"\bsoit\w*",  # soitan, soitamme, soita, soitatko, soittaa
        r"\bpuhel\w*",  # puhelin, puhelimitse, puhelu
        r"\bnumero\w*",
        r"\b(?:ota|otathan|ottakaa|otatko|ottaisitko|ottaisitteko) {w}{0,1}yhteyttä\b",
        r"\b(?:otan|otamme|olen|olemme|ollaan) {w}{0,1}(?:yhteyttä|yhteydessä) {w}{0,1}"
        r"(?:sinuun|teihin)\b",
        r"\b(?:sinuun|teihin) {w}{0,1}(?:yhteyttä|yhteydessä)\b",
        r"\b(?:sähköpost\w*|s-post\w*|yksityisviest\w*|viestiä|viestillä|tekstiviest\w*|DM)",
        r"\w@[\w-]+\.\w",  # sähköpostiosoite
        r"\b(?:laita|laitatko|lähetä|lähetätkö) {w}{0,1}(?:minulle|meille|viestiä)\b",
        r"\btervetuloa\b",
        r"\b(?:tule|tulkaa|tuletko|tulisitko|poikkea|poiketkaa|pistäydy) \w+",
        r"\btuo(?:kaa)? {w}{0,2}(?:takaisin|liikkeeseen|meille)\b",
        r"\bkäy(?:kää)? {w}{0,1}(?:liikkeessä|kaupassa|meillä|hakemassa|vaihtamassa|"
        r"kahvilla)\b",
        r"\bhyvit\w*",  # hyvitän, hyvitys
        r"\bkorvaa(?:n|mme)\b|\bkorvau\w*",
        r"\bpalaut(?:an|amme|etaan|ettu)\b|\bpalautuks\w*",
        r"\brahat takaisin\b|\brahanpalautu\w*|\btilillesi\b|\btililläsi\b",
        r"\bvaihd(?:an|amme|etaan)\b|\bvaihto\w*",
        r"\btilalle\b",
        r"\b(?:uudelleen|uudestaan)\b",
        r"\blahjakort\w*",
        r"\bilmai(?:nen|sen|seksi|sia)\b",
        r"\b(?:veloituksetta|maksutta)\b",
        r"\b(?:talon|minun|meidän) (?:piikkiin|piikkiini|piikkiimme|tarjoama\w*)\b",
        r"\bkaupan päälle\b",
        r"\b(?:korjaan|korjaamme|lähetän|lähetämme|laitan|laitamme|toimitan|toimitamme|"
        r"tarkistan|tarkistamme|selvitän|selvitämme|hoidan|hoidamme|leivon|leivomme|"
        r"tarjoan|tarjoamme|tulen|tulemme|käyn|käymme|asennan|asennamme|vien|"
        r"viemme|maalaan|maalaamme|järjestän|järjestämme|neuvon|neuvomme|autan|autamme|katson|"
        r"katsomme|kysyn|kysymme|varmistan|varmistamme|huolehdin|huolehdimme|keitän|"
        r"valmistan|valmistamme|ompelen|prässään|vaihdan)\b",
        r"\b(?:teen|teemme|tuon|tuomme) (?:sinulle|teille|sen|ne|uuden|uudet|helmat)\b",
        r"\b(?:otan|otamme) selvää\b",
        r"\b(?:olen|olemme) (?:paikalla|luonasi|luonanne)\b",
        r"\b(?:alennuksen|alennusta)\b|\b(?:annan|annamme) (?:sinulle|teille)\b",
        r"\b(?:lähetin|lähetimme) (?:sinulle |teille )?(?:uuden|puuttuvan|oikean|korvaavan)\b",
        r"\b(?:voin|voisin|haluan|haluaisin|voimme|voisimme|haluamme|haluaisimme) {w}{0,2}"
        r"(?:korjata|hyvittää|soittaa|tarjota|lähettää|vaihtaa|tehdä|leipoa|tulla|käydä|"
        r"palauttaa|korvata|auttaa|selvittää|tarkistaa|keskustella|kuulla|jutella|sopia|"
        r"suositella|vaalentaa)\b",
        r"\b(?:kuulisin|kuulisimme) {w}{0,1}mielelläni\b",
        r"\bmikä {w}{0,1}(?:auttaisi|olisi sinulle|olisi teille)\b",
        r"\bmiten (?:voisin|voin|voisimme|voimme) {w}{0,1}(?:hyvittää|korjata|auttaa)\b",
        r"\b(?:kerrothan|kerrotko|kertoisitko|kertoisitteko|voisitko kertoa)\b",
    ],
    "delay": [
        r"\b(?:myöhäi\w*|hita\w*|hidas\w*|viivästyn\w*|viipyn\w*) (?:vastau\w*|vastaami\w*|"
        r"reagoin\w*|reaktio\w*)",
        r"\b(?:vastau\w*|vastaami\w*) {w}{0,1}(?:viivästy\w*|viipy\w*|myöhästy\w*|kesti|"
        r"on kestänyt|venyi)",
        r"\b(?:etten|ettemme|en|emme) {w}{0,1}(?:vastannut|vastanneet|reagoinut|reagoineet) "
        r"(?:aiemmin|aikaisemmin|nopeammin|heti|ajoissa|ennen)\b",
        r"\b(?:vastaan|vastaamme|palaan|palaamme) {w}{0,1}vasta nyt\b",
        r"\bkesti (?:näin |niin )?(?:kauan|pitkään) vastata\b",
        r"\bvastausviive\w*",
        r"\bhiljaisuu\w*",
    ],
    "delay_reason": [
        r"\b(?:koska|sillä|johtuen|johtui|takia|vuoksi|syynä)\b",
        r"\bkun (?:olin|olimme|oli|on ollut)\b",
        r"[,;:–-] ?(?:olin|olimme|olen ollut|olemme olleet|meillä oli|meillä on ollut|"
        r"minulla oli|minulla on ollut)\b",
        r"\b(?:olin|olimme|olen ollut|olemme olleet|oli|on ollut|ollut) {w}{0,2}(?:lomalla|"
        r"matkoilla|reissussa|messuilla|kiire\w*|sairaana|kipeänä|poissa)\b",
        r"\bsairast(?:in|imme|ui|uin|uimme|i|ivat)\b|\bkorona\w*",
    ],
    "delay_reason_start": [
        r"(?:olin|olimme|olen ollut|olemme olleet|meillä (?:oli|on ollut)|minulla "
        r"(?:oli|on ollut)|syy(?:nä)? (?:oli|on)|tämä johtui|se johtui|viive johtui)\b",
    ],
    "removal": [
        r"\b(?:poista|poistakaa|poistaisit|poistaisitko|poistaisitte|poistaisitteko|poistatko|"
        r"poistatteko|poistaa|poistamaan|poistathan|muokkaa|muokatkaa|muokkaisit|muokkaisitko|"
        r"muokkaisitte|muokkaisitteko|muokkaatko|muokata|muokkaamaan|muokkaathan|muuta|"
        r"muuttakaa|muuttaisit|muuttaisitko|muuttaisitte|muuttaisitteko|muutatko|muuttaa|"
        r"muuttamaan|päivitä|päivittäkää|päivittäisit|päivittäisitkö|päivittäisitte|"
        r"päivittäisittekö|päivitätkö|päivittää|päivittämään) {w}{0,2}(?:kommentti\w*|"
        r"kommentin|arvostelu\w*|arvio(?:si|nne|tasi|tanne|n)?|julkaisu\w*|postaus\w*|"
        r"päivitykse\w*|kirjoitus\w*|kirjoitukse\w*|tekstisi|tekstinne|viestisi|viestinne|"
        r"tähti\w*|tähdet|arvosana\w*|kuva(?:si|nne)?)\b",
        r"\bota(?:kaa)? {w}{0,2}pois\b",
        r"\blopet(?:a|takaa|tako|taisit|taisitko) {w}{0,2}(?:postaami\w*|kirjoittami\w*|"
        r"levittämi\w*|jakami\w*)",
        r"\bjos {w}{0,3}(?:ei|et|ette) {w}{0,1}(?:poisteta|poista|muokata|muokkaa|muuteta|"
        r"muuta|oteta pois)\b",
        r"\b(?:pyydän|pyydämme|toivon|toivoisin|toivomme|toivoisimme) {w}{0,2}(?:poistamaan|"
        r"poistavan|poistaisit|muokkaamaan|muokkaavan|muuttamaan|päivittämään|poistatte)\b",
        r"\b(?:kommentti|kirjoitus|julkaisu|arvostelu)\w* (?:olisi syytä|pitää|täytyy|tulee|"
        r"kannattaisi) (?:poistaa|muokata)\b",
    ],
    "removal_negated": [
        r"\b(?:en|emme|enkä|emmekä|älä|älkää) {w}{0,2}(?:poista|poistaa|poisteta|muokkaa|"
        r"muokata|muuta|muuttaa|päivitä|päivittää)\b",
        r"\bei (?:tarvitse|kannata|tarvitsee) {w}{0,1}(?:poistaa|muokata|muuttaa|päivittää)\b",
        r"\b(?:voin|voimme|haluan|haluamme|aion|aiomme|joudun|joudumme) {w}{0,1}(?:poistaa|"
        r"muokata|muuttaa|päivittää)\b",
    ],
    "threat": [
        r"\blakimie\w*",
        r"\basianaja\w*",
        r"\bjuristi\w*",
        r"\boikeu(?:teen|dessa|denkäyn\w*|stoim\w*|dellis\w*)",
        r"\brikosilmoitu\w*",
        r"\bpoliisi\w*",
        r"\bkunnianloukkau\w*",
        r"\bherjaa\w*|\bherjau\w*",
        r"\bjuridis\w*",
        r"\btulet {w}{0,1}katumaan\b",
        r"\bperintään\b",
    ],
}

# --------------------------------------------------------------------------- both languages
# Template placeholders left unfilled. Case-sensitive: "NN" is the Finnish "name here".
PLACEHOLDERS: Final[list[str]] = [
    r"\{\{?\s*[^\W\d][\w .-]{0,30}\}\}?",  # {name}, {{name}}
    r"\[[^\W\d][\w .-]{0,30}\]",  # [nimi], [customer name]
    r"<[^\W\d][\w .-]{0,30}>",  # <asiakas>
    r"%[^\W\d]\w{0,30}%",  # %name%
    r"\bNN\b",
    r"\bXXX+\b",
    r"_{3,}",  # a blank to fill in
]

# Quoted text (the customer's own words) is blanked out before checking.
QUOTES: Final[list[str]] = [
    r'"(?:[^"\n]|\n(?!\s*\n)){1,800}?"',  # "..."
    r"“(?:[^“”\n]|\n(?!\s*\n)){1,800}?[”“]",  # “...” (and „...“)
    r"„(?:[^“”\n]|\n(?!\s*\n)){1,800}?[”“]",
    r"”(?:[^”\n]|\n(?!\s*\n)){1,800}?”",  # ”...” (Finnish)
    r"«[^»]{1,800}?»",
    r"»[^»]{1,800}?»",
    r"^[ \t]*>.*$",  # a quoted line (">" at the start)
]

# All-caps words that are not shouting. Words of two or three letters are never shouting on
# their own unless listed in EMPHASIS.
ACRONYMS: Final[frozenset[str]] = frozenset(
    """
    EU OK ALV VAT PDF USA UK DHL UPS GLS DPD TNT SMS FAQ ATM DIY CEO HR IT TV PS PPS EUR USD
    GDPR IKEA HSL VR KELA YLE HTML URL WWW ID PIN ASAP LVI OY AB LTD NB XS XL XXL XXXL
    LED USB WC ISO EAN QR NFC PTS DNA SEO CV HSY ELY AVI OP POP UNICEF NOKIA LEGO MOBILEPAY
    """.split()
)
# Short all-caps words that are emphasis, not acronyms.
EMPHASIS: Final[frozenset[str]] = frozenset(
    """
    NOT NO YES DID ALL NEVER EVER WAS ARE YOU WE OUR AND THE
    EI EN ET ON OLE OLI MYÖS AINA EIKÄ SE ME TE SINÄ ETTÄ JO NYT
    """.split()
)
# Two or more "!" in a row (with any "?" mixed in).
EXCLAMATIONS: Final = r"[!?]*![!?]*![!?]*"
CAPS_WORD: Final = r"\b[A-ZÅÄÖ]{2,}\b"
WORDS: Final = r"[^\W_]+(?:['’-][^\W_]+)*"
# Sentence ends: ., !, ? or … before a space, or a line break.
SENTENCE_END: Final = r"[.!?…]+(?=\s|$)|\n"

# Finnish consonant gradation in name stems: Matti -> Matille, Pekka -> Pekalle.
FI_GRADATION: Final[tuple[tuple[str, str], ...]] = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nt", "nn"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("ht", "hd"),
)
FI_VOWELS: Final = "aeiouyäö"

# A public reply longer than this belongs on the phone. Finnish says the same in about a
# quarter fewer (longer) words, so its limit is lower.
LONG_REPLY_WORDS: Final[dict[str, int]] = {"en": 120, "fi": 90}
COPY_PASTE_RATIO: Final = 0.9
COPY_PASTE_MIN_WORDS: Final = 6  # shorter drafts are not compared yet
NEXT_SENTENCE_WORDS: Final = 3  # "Sorry. The courier, however, ..." still takes it back


def expand(pattern: str) -> str:
    """Replace the ``{w}`` shorthand with its regular expression."""
    return pattern.replace("{w}", WORD)


def _compile(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("|".join(f"(?:{expand(p)})" for p in patterns), flags)


COMPILED: Final[dict[str, dict[str, re.Pattern[str]]]] = {
    language: {key: _compile(patterns) for key, patterns in rules.items()}
    for language, rules in (("en", EN), ("fi", FI))
}
PLACEHOLDER_RE: Final = _compile(PLACEHOLDERS, 0)
QUOTE_RE: Final = re.compile("|".join(f"(?:{p})" for p in QUOTES), re.MULTILINE)
EXCLAMATION_RE: Final = re.compile(EXCLAMATIONS)
CAPS_WORD_RE: Final = re.compile(CAPS_WORD)
WORD_RE: Final = re.compile(WORDS)
SENTENCE_END_RE: Final = re.compile(SENTENCE_END)
