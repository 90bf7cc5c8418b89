"""Labelled replies for the reply checker (``planner.core.tone``).

Each example is a reply a small-business owner might write to a public complaint, with
the exact set of codes the checker should report for it. Whole-text codes (no-apology,
no-next-step, no-name, too-long) are labelled too. The set mixes good replies, bad ones
and tricky negatives (quotes, "not only ... but also", an unrelated later "but",
apologising for a delay without an excuse, acronyms, inflected Finnish names).

Labelling conventions:
- An apology or regret ("sorry", "unfortunately", "pahoittelen", "valitettavasti",
  "harmittaa") is enough to avoid ``no-apology``, even when a "but" then takes it back.
- A next step is an offer of contact, a remedy (refund, replacement, redo, something on
  the house), an invitation to come by, a question about what would help, or a
  first-person commitment to act ("I'll look into it", "korjaan").
- ``defensive`` argues that the business is right or the customer should have known;
  ``blames-customer`` says the customer caused the problem.
- Explaining why the *reply* is late is ``late-excuse``; if the reason is a personal
  hardship (illness) it is ``victim`` too, but being busy or away is not.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    text: str
    language: str
    expected: frozenset[str]
    customer_name: str | None = None
    earlier_replies: tuple[str, ...] = ()


def ex(
    text: str,
    language: str,
    *codes: str,
    name: str | None = None,
    earlier: tuple[str, ...] = (),
) -> Example:
    return Example(text, language, frozenset(codes), name, earlier)


# --------------------------------------------------------------------------- English
_EN_TEMPLATE_BAKERY = (
    "Hi Anna, thank you for your feedback and I'm sorry the order was not what you "
    "expected. I will contact you today to make it right. Best wishes, Lotta / Sunrise Bakery"
)
_EN_TEMPLATE_SALON = (
    "Hi Sam, I'm sorry your haircut didn't turn out the way you wanted. Please call me and "
    "I'll fix it for free. – Jenni"
)
_EN_TEMPLATE_SHOP = (
    "Thank you for letting us know. We are sorry for the trouble and will look into the "
    "matter straight away. Kind regards, the team at Nordic Home"
)
_EN_TEMPLATE_CORPORATE = (
    "Dear customer, we apologise for any inconvenience caused. Please contact our customer "
    "service at info@nordichome.example and quote your order number."
)
_EN_TEMPLATE_PLUMBER = (
    "Hello Mike, sorry to hear the radiator is still making noise. I'll come back this week "
    "to bleed it and check the valve at no extra cost. Call me on 040 765 4321 to book a "
    "time. – Pete"
)

EN_EXAMPLES: list[Example] = [
    # ---- good replies
    ex(
        "Hi Laura, I'm really sorry your birthday cake arrived with smudged icing. That is "
        "not how I want our cakes to look. I'll bake you a new one this week free of charge. "
        "Could I call you this afternoon to agree on a time? – Mark, Sunrise Bakery",
        "en",
        name="Laura Mills",
    ),
    ex(
        "I'm so sorry the haircut wasn't what you asked for. I'd like to put it right at no "
        "cost: could you send me a message or call me on 040 123 4567 so we can book a time? "
        "– Jenni, Studio Jenni",
        "en",
    ),
    ex(
        "Hi Daniel, thank you for telling me about the dripping tap, and I'm sorry it started "
        "again so soon after my visit. I'll come back on Wednesday morning to replace the "
        "washer at no charge. Does 9 am suit you? – Pete, Pete's Plumbing",
        "en",
        name="Daniel Berg",
    ),
    ex(
        "Thank you for being honest with us, Priya. I apologise for the long queue on "
        "Saturday; nobody should wait forty minutes for a coffee. Next time your drinks are "
        "on me, and I'd love to hear how we could make the mornings smoother. – Ola",
        "en",
        name="Priya",
    ),
    # ---- apology-but
    ex(
        "I'm sorry, but you should have read the size chart before ordering.",
        "en",
        "apology-but",
        "defensive",
        "no-next-step",
    ),
    ex(
        "Tom, I apologise for the wait, but we serve everyone in the order they arrive.",
        "en",
        "apology-but",
        "no-next-step",
        name="Tom",
    ),
    ex(
        "Sorry to hear about the leak. However, the pipe was installed correctly, so the "
        "warranty does not apply here.",
        "en",
        "apology-but",
        "defensive",
        "no-next-step",
    ),
    ex(
        "We regret that your order was delayed, but the courier is responsible for "
        "deliveries once the parcel leaves us.",
        "en",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "I'm sorry you didn't like the scones, but they are made to my grandmother's recipe "
        "and most customers love them.",
        "en",
        "apology-but",
        "defensive",
        "no-next-step",
    ),
    ex(
        "I'm sorry about the noise from the renovation. But the building work next door is "
        "not something I can control.",
        "en",
        "apology-but",
        "no-next-step",
    ),
    # ---- apology-but: tricky negatives
    ex(
        "I'm sorry the coffee was cold, but I'm glad you told me. I'll make you a fresh one "
        "on the house next time you come in. – Sanna",
        "en",
    ),
    ex(
        "I'm sorry that we not only sent the wrong colour but also charged you twice. I've "
        "refunded the double charge today and the right jumper is on its way. – Petra, Knit "
        "& Purl",
        "en",
    ),
    ex(
        "I'm sorry the bread was stale on Tuesday. Our oven is being serviced this week, but "
        "we bake fresh every morning again from Friday. Please come by and pick any loaf you "
        "like on me. – Ari",
        "en",
    ),
    # ---- quotes and quoted lines are the customer's words, not the reply's
    ex(
        'Hi Mia, you wrote that the staff were "RUDE and LAZY!!" and I\'m sorry you were '
        "treated that way. I'd like to hear what happened; may I call you tomorrow? – Kati",
        "en",
        name="Mia",
    ),
    ex(
        "> You should have read the terms, the salon said to me.\n"
        "Maria, I'm so sorry anyone on my team said that to you. That was wrong. I'll call "
        "you today to sort this out. – Eeva",
        "en",
        name="Maria",
    ),
    ex(
        "You wrote that you would “get a lawyer involved”. That is of course your right, and "
        "I'm sorry it has come to this. I would still like to talk: may I call you tomorrow? "
        "– Anne",
        "en",
    ),
    # ---- late replies: apologising is fine, explaining is not
    ex(
        "Hi Sam, thank you for your patience and sorry for the slow reply. I'm sorry the "
        "sofa delivery went wrong. I'll phone you today to arrange a new delivery slot. – Olli",
        "en",
        name="Sam Green",
    ),
    ex(
        "Sorry for the slow reply, I was on holiday last week. About the broken mug: I'll "
        "send you a new one.",
        "en",
        "late-excuse",
    ),
    ex(
        "Apologies for the late response, we have been swamped with Christmas orders. Please "
        "email me your order number and I'll check it.",
        "en",
        "late-excuse",
    ),
    ex(
        "Sorry it took me so long to answer. I was at a trade fair all week and only saw "
        "your message now. I'm sorry the lamp arrived broken; I'll send a replacement "
        "tomorrow. – Heidi",
        "en",
        "late-excuse",
    ),
    ex(
        "Sorry for not replying sooner, I have been ill with the flu. I'm sorry the "
        "cupcakes were dry. Could you call me so I can make it up to you? – Nina",
        "en",
        "late-excuse",
        "victim",
    ),
    ex(
        "Apologies for the delayed reply as our computer broke down. Thank you for letting "
        "me know about the mix-up, I'll refund the missing item today.",
        "en",
        "late-excuse",
    ),
    # ---- victim
    ex(
        "I'm sorry the order was late. It has been a really tough year for us and my husband "
        "has been in hospital, so I'm running the shop alone.",
        "en",
        "victim",
        "no-next-step",
    ),
    ex(
        "Sorry about the long wait. Money is tight and I can't afford more staff right now, "
        "so please be patient with us.",
        "en",
        "victim",
        "no-next-step",
    ),
    ex(
        "I apologise for the mistake with your booking. My kids were sick all week and I "
        "have been working 14-hour days to keep up. I'll call you to rebook. – Hanna",
        "en",
        "victim",
    ),
    ex(
        "Jake, I'm sorry. Do you have any idea how hard it is to run a small cafe these "
        "days? I'll refund the coffee.",
        "en",
        "victim",
        name="Jake",
    ),
    ex(
        "I'm sorry, but I'm exhausted and burnt out after the summer season. I'll fix your "
        "shelf next week.",
        "en",
        "apology-but",
        "victim",
    ),
    # ---- impersonal
    ex(
        "Your complaint has been forwarded to the appropriate department and will be handled "
        "in due course.",
        "en",
        "impersonal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Mistakes were made and the company regrets any inconvenience caused. The matter has "
        "been dealt with.",
        "en",
        "impersonal",
        "no-next-step",
    ),
    ex(
        "We apologise for any inconvenience caused. Your feedback has been noted.",
        "en",
        "impersonal",
        "no-next-step",
    ),
    ex(
        "Sunrise Bakery regrets the incident. You will be contacted by our staff within two "
        "working days.",
        "en",
        "impersonal",
    ),
    ex(
        "Dear Ella, it is regretted that the delivery failed. A refund will be issued to "
        "your card.",
        "en",
        "impersonal",
        name="Ella",
    ),
    ex(
        "I have handled your refund myself and it should reach you in two days. I'm sorry "
        "for the trouble. – Leo",
        "en",
    ),
    # ---- defensive
    ex(
        "As clearly stated on our website, custom orders cannot be returned.",
        "en",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Ben, that is simply not true. Our staff greeted you and you were served within "
        "five minutes.",
        "en",
        "defensive",
        "no-apology",
        "no-next-step",
        name="Ben",
    ),
    ex(
        "I'm sorry you're disappointed. If you had read the product description, you would "
        "have known the shoes run small. I can exchange them for a bigger size.",
        "en",
        "defensive",
    ),
    ex(
        "Sorry for the confusion. The opening hours are clearly marked on the door and on "
        "Google. You're welcome to come by any time we're open and I'll make you that latte. "
        "– Sanna",
        "en",
        "defensive",
    ),
    ex(
        "With all due respect, you were told the price before we started, and you chose the "
        "colour yourself.",
        "en",
        "defensive",
        "blames-customer",
        "no-apology",
        "no-next-step",
    ),
    # ---- blames-customer
    ex(
        "The tap leaks because you overtightened it after our visit. It is not our fault.",
        "en",
        "blames-customer",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Olivia, I'm sorry you're unhappy, but the cake melted because you left it in a hot car.",
        "en",
        "apology-but",
        "blames-customer",
        "no-next-step",
        name="Olivia",
    ),
    ex(
        "Sorry about the trouble. Unfortunately this is user error: the machine was used "
        "with the wrong capsules. Send me a message and I'll show you how to descale it.",
        "en",
        "blames-customer",
    ),
    ex(
        "You arrived 25 minutes late for your appointment, so the treatment had to be "
        "shortened. That was your responsibility.",
        "en",
        "blames-customer",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "I'm sorry the parcel came back to us. It was returned because you gave us the wrong "
        "address. I'll resend it today at our cost. – Veera",
        "en",
        "blames-customer",
    ),
    ex(
        "You didn't follow the care instructions, which is why the leather cracked. I'm "
        "sorry it happened, and I can recommend a good repair shop.",
        "en",
        "blames-customer",
    ),
    # ---- threatens
    ex(
        "If you don't remove this review I will contact my lawyer.",
        "en",
        "threatens",
        "asks-removal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "These lies are defamation and we will take legal action if they are not taken down.",
        "en",
        "threatens",
        "asks-removal",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "I have reported your comment to the police.",
        "en",
        "threatens",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Rick, I'm sorry you were unhappy with the paint job. Spreading false claims about my "
        "business can end in a lawsuit, so think carefully. I'm happy to come and look at the "
        "wall again.",
        "en",
        "threatens",
        "defensive",
        name="Rick Hale",
    ),
    ex(
        "We will sue you for the damage this post has caused to our business.",
        "en",
        "threatens",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "You'll be hearing from our solicitor.",
        "en",
        "threatens",
        "no-apology",
        "no-next-step",
    ),
    # ---- asks-removal
    ex(
        "I'm sorry about your experience. I've called you and refunded the order, so could "
        "you please delete your review now?",
        "en",
        "asks-removal",
    ),
    ex(
        "Emma, I'm sorry the flowers wilted so quickly. I'll deliver a fresh bouquet "
        "tomorrow. Once you're happy, would you consider updating your rating?",
        "en",
        "asks-removal",
        name="Emma",
    ),
    ex(
        "Please take this post down and call me instead, we'll sort it out.",
        "en",
        "asks-removal",
        "no-apology",
    ),
    ex(
        "I won't delete your comment; everyone should see how I handle this. I'm sorry the "
        "repair failed and I'll come back on Thursday to redo it. – Jari",
        "en",
    ),
    ex(
        "Sorry for the mix-up. We have sent the missing item, so kindly edit your review to "
        "reflect that.",
        "en",
        "asks-removal",
    ),
    ex(
        "I'm sorry the repair took longer than promised, and I'll refund the call-out fee. "
        "I'd appreciate it if you deleted your post after that.",
        "en",
        "asks-removal",
    ),
    # ---- shouting and acronyms
    ex(
        "Your parcel left us on Monday!! Check with the post office.",
        "en",
        "shouting",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Lisa, I am sorry, I really am. I will personally call you TODAY to fix this.",
        "en",
        "shouting",
        name="Lisa",
    ),
    ex(
        "Hi Ken, I'm sorry the invoice showed the wrong VAT amount. I'll send a corrected PDF "
        "by email today and refund the EU shipping fee too. OK? – Tiina",
        "en",
        name="Ken",
    ),
    ex(
        "Sorry!!! We are doing our best!!!",
        "en",
        "shouting",
        "no-next-step",
    ),
    ex(
        "I'm sorry you feel that way, but the menu CLEARLY says the soup contains nuts.",
        "en",
        "apology-but",
        "shouting",
        "defensive",
        "no-next-step",
    ),
    ex(
        "THANK YOU for the feedback. I'm sorry the room was cold; I'll come and bleed the "
        "radiators tomorrow.",
        "en",
        "shouting",
    ),
    # ---- unfilled placeholders
    ex(
        "Hi {name}, I'm sorry about your experience with {product}. I'll call you today. "
        "– [signature]",
        "en",
        "unfilled-placeholder",
    ),
    ex(
        "Hi [customer name], I'm really sorry your order was late. I'll refund the shipping. "
        "– Paula",
        "en",
        "unfilled-placeholder",
        "no-name",
        name="Grace",
    ),
    ex(
        "Dear <customer>, sorry for the trouble with the blender. Please send me your order "
        "number and I'll arrange a replacement.",
        "en",
        "unfilled-placeholder",
    ),
    ex(
        "Hi Jo, I'm sorry the repair on {date} went badly. I'll come back and redo it.",
        "en",
        "unfilled-placeholder",
        name="Jo",
    ),
    ex(
        "Hi Anna, I'm sorry about the delay. Your new delivery date is [DATE]. Call me if "
        "that doesn't suit you. – Kim",
        "en",
        "unfilled-placeholder",
        name="Anna",
    ),
    # ---- customer name
    ex(
        "I'm sorry the paint is peeling already. I'll come and look at it this week and "
        "repaint for free. – Timo",
        "en",
        "no-name",
        name="Daniel Moore",
    ),
    ex(
        "Hello, I'm so sorry your nails chipped after two days. Please come back and I'll "
        "redo them at no cost.",
        "en",
        "no-name",
        name="Chloe",
    ),
    ex(
        "Mr Moore, I'm sorry the paint is peeling. I'll repaint the wall for free; may I call "
        "you tomorrow?",
        "en",
        name="Daniel Moore",
    ),
    ex(
        "Thanks for the review. Send me your order number and I'll check what happened.",
        "en",
        "no-apology",
        "no-name",
        name="Henry",
    ),
    ex(
        "Dear customer, I'm sorry the cake was dry. I'll bake you a fresh one on Friday.",
        "en",
        "no-name",
        name="Oscar Lind",
    ),
    ex(
        "Thank you for the feedback. The new opening hours are on our page.",
        "en",
        "no-apology",
        "no-next-step",
        "no-name",
        name="Ruth",
    ),
    # ---- copy-paste
    ex(
        "Hi Maria, thank you for your feedback and I'm sorry the order was not what you "
        "expected. I will contact you today to make it right. Best wishes, Lotta / Sunrise "
        "Bakery",
        "en",
        "copy-paste",
        name="Maria",
        earlier=(_EN_TEMPLATE_BAKERY,),
    ),
    ex(
        "Thank you for letting us know! We are sorry for the trouble and will look into the "
        "matter straight away. Kind regards, the team at Nordic Home",
        "en",
        "copy-paste",
        earlier=(_EN_TEMPLATE_BAKERY, _EN_TEMPLATE_SHOP),
    ),
    ex(
        "Dear customer, we apologise for any inconvenience caused. Please contact our "
        "customer service at info@nordichome.example and quote your order number",
        "en",
        "copy-paste",
        "impersonal",
        earlier=(_EN_TEMPLATE_CORPORATE,),
    ),
    ex(
        "Hi Joe, I'm sorry your haircut didn't turn out the way you wanted. Please call me "
        "and I'll fix it for free. – Jenni",
        "en",
        "copy-paste",
        name="Joe",
        earlier=(_EN_TEMPLATE_SALON,),
    ),
    ex(
        "Hello Mike, sorry to hear the radiator is still making a noise. I'll come back this "
        "week to bleed it and check the valve at no extra cost. Call me on 040 765 4321 to "
        "book a time. – Pete",
        "en",
        "copy-paste",
        name="Mike",
        earlier=(_EN_TEMPLATE_SALON, _EN_TEMPLATE_PLUMBER),
    ),
    ex(
        "Hi Joe, I'm sorry the colour came out so much darker than the photo you showed me. "
        "I'd like to tone it down for free this week; please call me on 040 555 0101. – Jenni",
        "en",
        name="Joe",
        earlier=(_EN_TEMPLATE_SALON,),
    ),
    ex(
        "Hello Mike, I'm sorry the new tap is dripping. That part was faulty from the "
        "factory, so I'll swap it for a new one on Friday morning. – Pete",
        "en",
        name="Mike",
        earlier=(_EN_TEMPLATE_PLUMBER,),
    ),
    # ---- too long
    ex(
        "Hi Helen, thank you for taking the time to write such a detailed review, and I'm "
        "truly sorry that your wedding cake did not look like the sketch we agreed on. I have "
        "gone through the order with my decorator, and I can see that the colour of the "
        "flowers and the shape of the top tier were both different from what you asked for. "
        "That is our mistake. I would like to refund the decoration part of the price in "
        "full, and if you wish, I will bake you an anniversary cake free of charge next year "
        "so that you get the cake you planned. I know nothing can change how the day felt. "
        "Could I call you on Thursday afternoon to talk it through? From now on every wedding "
        "order will be checked against the sketch twice before it leaves the bakery. Once "
        "again, I'm sorry. – Mark, Sunrise Bakery",
        "en",
        "too-long",
        name="Helen",
    ),
    ex(
        "Thank you for your review. I want to explain what happened with the boiler, because "
        "I think there has been a misunderstanding. When we came on Monday, we checked the "
        "pressure, replaced the valve and tested the system for an hour. Everything worked "
        "when we left. The invoice lists every part and every hour, and as clearly stated in "
        "our quote, call-outs after 6 pm cost extra. The noise you describe is common in "
        "older radiators and usually goes away once the air is bled out. We also left written "
        "instructions on the kitchen table showing how to do this. Our team has been in this "
        "trade for twenty years and we take pride in doing things properly. We have hundreds "
        "of satisfied customers in the area and a spotless record with the trade "
        "association. Any further work would be a new job.",
        "en",
        "too-long",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "I'm sorry the sandwich order for your office was incomplete on Friday. To be honest, "
        "this spring has been really hard for us. My mother has been ill since February and "
        "I have been driving to the hospital every evening after closing. Our second cook "
        "left in March and I have not found anyone to replace her, so most days I open the "
        "cafe at six and close at eight. The price of butter and flour has gone up by a "
        "third, and the rent went up too. I know none of this is your problem, and I am not "
        "asking for pity. I only wanted you to understand that we are not careless. I will "
        "refund the missing sandwiches today and I will call you next week about the next "
        "order.",
        "en",
        "too-long",
        "victim",
    ),
    ex(
        "Hello Greta, I'm sorry your jacket came back from the alteration with uneven "
        "sleeves, but I have to point out that linen often looks a little uneven for a day "
        "or two after pressing. I have been a tailor for twenty-two years and I measure "
        "every sleeve twice. "
        "That said, I understand it looked wrong when you got home, and I want you to be "
        "happy with the result. Please bring the jacket back any day this week. I will "
        "check both sleeves with you in the fitting room, press it properly while you wait "
        "and, if anything is still off, redo the hems at no cost. I would also like to offer "
        "you a free repair on another garment of your choice. If it is easier for you, I can "
        "also collect the jacket from your home and bring it back when it is done. – Aino, "
        "Aino's Alterations",
        "en",
        "too-long",
        "apology-but",
        "defensive",
        name="Greta",
    ),
    ex(
        "Dear customer, thank you for contacting Nordic Home regarding order 10442. We "
        "regret to hear that the delivery did not meet your expectations. Your complaint has "
        "been registered and forwarded to the logistics department, which handles all "
        "questions related to transport damage. Customers are kindly asked to keep the "
        "original packaging until the case has been processed. Please note that processing "
        "times may vary depending on the season and the number of open cases. Once the "
        "investigation is complete, you will be contacted with a decision regarding "
        "possible compensation. The company values all feedback, as it helps to develop our "
        "services further. More information about our complaints process can be found in "
        "the customer service section of our website. We appreciate your patience and "
        "understanding in this matter and "
        "hope to serve you again in the future. Kind regards, Nordic Home customer service "
        "team.",
        "en",
        "too-long",
        "impersonal",
    ),
    # ---- the customer's hardship is not the owner's victim role; "right away" is no excuse
    ex(
        "Hi Marja, I'm so sorry you're going through such a difficult time, and that our "
        "mix-up made it worse. I'll call you this afternoon to sort out the refund. – Leo",
        "en",
        name="Marja",
    ),
    ex(
        "Sorry for the slow reply, and I'll send the missing cushion covers right away. I'm "
        "sorry they were left out of your parcel. – Aila",
        "en",
    ),
    ex(
        "Hi Ben, I'm sorry your dog was sick after the grooming. I'd like to hear what "
        "happened; may I call you tonight? – Ella, Happy Paws",
        "en",
        name="Ben Ross",
    ),
    # ---- varied phrasing, written as a held-out check after the first rules
    ex(
        "Hi Noora, I'm gutted the macarons were broken when you opened the box. I'll pack a "
        "new box myself and drop it at your door on Saturday. – Ilona",
        "en",
        name="Noora Salo",
    ),
    ex(
        "I do apologise, though I'd point out that our delivery window is clearly listed at "
        "checkout.",
        "en",
        "defensive",
        "no-next-step",
    ),
    ex(
        "Apologies for any confusion. Nevertheless our staff followed the booking rules to "
        "the letter.",
        "en",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "We're sorry you feel this way, but we stand by our product.",
        "en",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "I'm sorry the dog grooming took so long. My assistant quit last month and I am on "
        "my own with a newborn at home, so things are chaotic. I'll give you 20% off next "
        "time.",
        "en",
        "victim",
    ),
    ex(
        "Sorry for the silence, our whole team had covid. I'm sorry your order was late; "
        "I'll refund the delivery.",
        "en",
        "victim",
        "late-excuse",
    ),
    ex(
        "Thanks for waiting, and apologies that I didn't answer yesterday. I'm sorry the "
        "fridge repair didn't hold. I'll be there at 8 tomorrow to replace the compressor "
        "relay. – Jussi",
        "en",
    ),
    ex(
        "Your review contains several inaccuracies. The receipt shows you paid for a small "
        "pizza, not a large one.",
        "en",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Had you bothered to ask, we would have told you the cake contained gluten.",
        "en",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "The issue will be investigated by management and appropriate measures will be taken.",
        "en",
        "impersonal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "PLEASE stop posting this everywhere. I'm sorry, ok? Call me.",
        "en",
        "asks-removal",
        "shouting",
    ),
    ex(
        "Sorry, Greg. You really should take that post down, it's not fair on my staff.",
        "en",
        "no-next-step",
        "asks-removal",
        name="Greg",
    ),
    ex(
        "Hi Amy, sorry again about the cold pasta! I'd like to offer you dinner for two on "
        "us; let me know which evening works. – Carla",
        "en",
        name="Amy",
    ),
    ex(
        "I'm so sorry, Mr Smith. It was my mistake and I'll put it right: may I phone you "
        "this afternoon?",
        "en",
        name="John Smith",
    ),
    ex(
        "Hello, thanks for the feedback. Our lawyers have advised us not to comment further.",
        "en",
        "no-apology",
        "no-next-step",
        "no-name",
        "threatens",
        name="Paul",
    ),
    ex(
        "I'm sorry the beard trim went wrong. To be fair, you kept moving your head during "
        "the cut.",
        "en",
        "blames-customer",
        "no-next-step",
    ),
    ex(
        "Dear Sofia, I'm sorry the frame arrived scratched. I'll send a new one today and "
        "you can keep the old one. – Mikael",
        "en",
        name="Sofia",
    ),
    ex(
        "Sorry for the late answer, and sorry the curtains were the wrong length. I'll "
        "shorten them for free this week.",
        "en",
    ),
    ex(
        "That's not how it happened and you know it.",
        "en",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Regards, [Your Name]. Sorry for the problems, I'll call you.",
        "en",
        "unfilled-placeholder",
    ),
    ex(
        "Hi Tanya, I clearly got your order wrong and I'm sorry. It wasn't your fault at "
        "all. I'll remake the cake tonight and deliver it tomorrow morning. – Rosa",
        "en",
        name="Tanya",
    ),
    ex(
        "I'm sorry you had such a hard time finding our stall in the food court. I'll put up "
        "a bigger sign, and your next coffee is on me. – Elias",
        "en",
    ),
    ex(
        "Sorry to hear the fitting is loose, Harri. My daughter and I run the shop together "
        "and we'd both like to make this right: can I call you tonight?",
        "en",
        name="Harri",
    ),
    ex(
        "I'm so sorry the delivery man was rude to you. That is not true to who we are. I'll "
        "talk to the courier company today and call you back. – Lena",
        "en",
    ),
    ex(
        "You're right, and I'm sorry. We did not check the booking properly. I'll refund "
        "your deposit today. – Mona",
        "en",
    ),
    ex(
        "I'm sorry your parcel was lost. I've opened a claim with DHL and I'll send a new "
        "vase today. – Kalle",
        "en",
    ),
    ex(
        "I'm really sorry. Thank you for being so patient with us, and for telling me "
        "directly. I'll call you this afternoon to agree on a fix.",
        "en",
    ),
    ex(
        "Hi Omar, I apologise for the mix-up with your booking. Last but not least, I'll add "
        "a free hand massage to your next visit. – Sini",
        "en",
        name="Omar",
    ),
    ex(
        "Sorry, Leena! The bread ran out early today. I'll save you a loaf tomorrow if you "
        "send me a message.",
        "en",
        name="Leena",
    ),
    ex(
        "Hi Paul, I'm sorry for the late reply. I've read your message carefully and I'm "
        "sorry the boiler still isn't working. I'll be there at 9 tomorrow. – Pete",
        "en",
        name="Paul",
    ),
    ex(
        "I am sorry the logo print was blurry. ASAP is how I'd like to fix it: I'll reprint "
        "the 50 T-shirts this week at no cost and post them to you.",
        "en",
    ),
    ex(
        "Dear Mr Ahmed, I'm sorry the table was not ready when you arrived. Next time please "
        "ask for me, Tom, at the door, and dessert is on us.",
        "en",
        name="Ali Ahmed",
    ),
    ex(
        "I'm sorry we got it wrong. Please don't delete your review; it helps us improve. "
        "I'll call you tomorrow to make it right.",
        "en",
    ),
    ex(
        "Thank you for your honest review, and sorry that the sauna was cold. Our heater "
        "broke that morning; I have now replaced it, and I'd like to offer you a free "
        "evening.",
        "en",
    ),
    ex(
        "My apologies, but the sale price was only valid until Sunday.",
        "en",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "Sorry that happened. That said, we can't be held responsible for what the bus driver did.",
        "en",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "It is regrettable that you chose to post this instead of calling us.",
        "en",
        "impersonal",
        "no-next-step",
    ),
    ex(
        "We are a family business going through a very difficult period, and reviews like "
        "this hurt.",
        "en",
        "victim",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Sorry for taking a few days to get back to you. We had a burst pipe in the kitchen. "
        "I'm sorry the cake was late and I'll refund it.",
        "en",
        "late-excuse",
    ),
    ex(
        "This review is defamatory and has been passed on to our legal advisers.",
        "en",
        "no-apology",
        "no-next-step",
        "threatens",
    ),
    ex(
        "Could you kindly remove the one-star rating now that the issue is solved? Sorry "
        "again for the trouble.",
        "en",
        "no-next-step",
        "asks-removal",
    ),
    ex(
        "I'm sorry, Ilkka. I'll phone you at noon to hear what went wrong with the wiring.",
        "en",
        name="Ilkka Koski",
    ),
    ex(
        "Hello {first_name}, sorry for the wait! I'll call you soon.",
        "en",
        "unfilled-placeholder",
    ),
    ex(
        "I'M VERY SORRY. I will fix it tomorrow.",
        "en",
        "shouting",
    ),
    ex(
        "Anyone who reads the menu can see the dish is spicy.",
        "en",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "The shoes were worn outside, which voids the return policy. Sorry, nothing I can do.",
        "en",
        "blames-customer",
        "no-next-step",
    ),
    ex(
        "Hi Sara, thank you for the kind words about the bread, and I'm sorry the cinnamon "
        "buns were gone by noon. I'll bake a double batch on Saturdays from now on and set "
        "two aside for you if you message me. – Otto",
        "en",
        name="Sara",
    ),
    ex(
        "Apologies for the inconvenience. We will review our processes.",
        "en",
    ),
    # ---- good replies from more trades (none of these should get a finding)
    ex(
        "Hi Jenny, thanks for flagging this and I'm sorry the hem came undone after one "
        "wash. That shouldn't happen. Bring the dress in any weekday and I'll re-sew it "
        "while you wait. – Aune",
        "en",
        name="Jenny",
    ),
    ex(
        "I'm sorry we let you down on your anniversary dinner, Mark. The table mix-up was "
        "our mistake. I'd like to invite you both back as our guests; could you email me a "
        "date that suits?",
        "en",
        name="Mark Evans",
    ),
    ex(
        "Thanks for your patience, Kirsi. I'm sorry the bathroom tiles cracked within a "
        "month. I'll come by Tuesday to see what went wrong, and if it's the adhesive, I'll "
        "redo the wall at my cost.",
        "en",
        name="Kirsi",
    ),
    ex(
        "I'm really sorry about the wrong prescription lenses, Ahmed. I've already ordered a "
        "new pair and I'll ring you the moment they arrive.",
        "en",
        name="Ahmed",
    ),
    ex(
        "Hello Maija, I'm sorry your bike wasn't ready on Friday as promised. It's ready "
        "now, the service is free this time, and I'll stay open until 7 today if that helps. "
        "– Timo",
        "en",
        name="Maija",
    ),
    ex(
        "Sorry, Dan, you're absolutely right that the price list was confusing. I've "
        "rewritten it today, and I'll refund the difference. Thanks for pointing it out.",
        "en",
        name="Dan",
    ),
    ex(
        "Hi Laura, I'm sorry the photos from your wedding took so long to arrive. I'll send "
        "the full gallery by Friday and add a printed album as a small thank-you for "
        "waiting. – Emil",
        "en",
        name="Laura",
    ),
    ex(
        "I'm sorry that the yoga class was cancelled without notice, Petra. That was my "
        "failure to update the calendar. Your next five classes are free, and I'll text "
        "everyone directly from now on.",
        "en",
        name="Petra",
    ),
    ex(
        "Hi Ville, I'm sorry our cleaner missed the kitchen. I'll send her back tomorrow "
        "morning at no charge, and I'll call you afterwards to check you're happy.",
        "en",
        name="Ville",
    ),
    ex(
        "Dear Anna, I'm sorry the gluten-free cake was mixed up with a regular one. That is "
        "serious and I'm glad you noticed before anyone ate it. I'll call you today.",
        "en",
        name="Anna",
    ),
]

# --------------------------------------------------------------------------- Finnish
_FI_TEMPLATE_BAKERY = (
    "Hei Anna, kiitos palautteestasi, ja olen pahoillani, ettei tilaus vastannut "
    "odotuksiasi. Otan sinuun yhteyttä vielä tänään, jotta saadaan asia kuntoon. "
    "Terveisin Lotta / Aamun Leipomo"
)
_FI_TEMPLATE_SALON = (
    "Hei Sanna, olen pahoillani, ettei leikkaus onnistunut toivomallasi tavalla. Soita "
    "minulle, niin korjaan sen veloituksetta. – Jenni"
)
_FI_TEMPLATE_SHOP = (
    "Kiitos, että kerroit tästä. Olemme pahoillamme harmista ja selvitämme asian heti. "
    "Ystävällisin terveisin, Pohjolan Kodin tiimi"
)
_FI_TEMPLATE_CORPORATE = (
    "Hyvä asiakas, pahoittelemme aiheutunutta haittaa. Reklamaationne on vastaanotettu ja "
    "asiakaspalvelumme käsittelee sen mahdollisimman pian."
)
_FI_TEMPLATE_PLUMBER = (
    "Hei Mikko, harmi kuulla, että patteri pitää yhä ääntä. Tulen tällä viikolla "
    "ilmaamaan sen ja tarkistamaan venttiilin ilman lisämaksua. Soita numeroon 040 765 4321, "
    "niin sovitaan aika. – Pekka"
)

FI_EXAMPLES: list[Example] = [
    # ---- good replies
    ex(
        "Hei Sari, olen todella pahoillani, että kakun kuorrutus oli sotkeutunut. Leivon "
        "sinulle uuden kakun tällä viikolla veloituksetta. Soitanko sinulle iltapäivällä, "
        "niin sovitaan aika? – Markku, Aamun Leipomo",
        "fi",
        name="Sari Virtanen",
    ),
    ex(
        "Olen pahoillani, ettei leikkaus ollut sellainen kuin toivoit. Haluaisin korjata sen "
        "maksutta: laitatko minulle viestiä tai soitat numeroon 040 123 4567, niin sovitaan "
        "aika? – Jenni, Studio Jenni",
        "fi",
    ),
    ex(
        "Hei Juha, kiitos, että kerroit tippuvasta hanasta, ja pahoittelen, että vika palasi "
        "näin pian käyntini jälkeen. Tulen keskiviikkoaamuna vaihtamaan tiivisteen "
        "veloituksetta. Sopiiko kello 9? – Pekka, Pekan LVI-palvelu",
        "fi",
        name="Juha Nieminen",
    ),
    ex(
        "Kiitos rehellisestä palautteesta, Aino. Pyydän anteeksi lauantain pitkää jonoa, "
        "kenenkään ei pitäisi odottaa kahvia 40 minuuttia. Seuraavalla kerralla juomat ovat "
        "minun piikkiini, ja kuulisin mielelläni, miten aamuja voisi sujuvoittaa. – Ola",
        "fi",
        name="Aino",
    ),
    # ---- apology-but
    ex(
        "Pahoittelen, mutta tuotekuvauksessa kerrotaan selvästi, että koko on pieni.",
        "fi",
        "apology-but",
        "defensive",
        "no-next-step",
    ),
    ex(
        "Olen pahoillani, mutta olisit voinut lukea toimitusehdot ennen tilaamista.",
        "fi",
        "apology-but",
        "defensive",
        "no-next-step",
    ),
    ex(
        "Valitettavasti näin pääsi käymään, mutta meillä on ollut tänä keväänä todella rankkaa.",
        "fi",
        "apology-but",
        "victim",
        "no-next-step",
    ),
    ex(
        "Pahoittelemme viivästystä. Kuriiri on kuitenkin vastuussa paketista sen lähdettyä meiltä.",
        "fi",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "Tomi, pahoittelen odotusta, mutta palvelemme kaikkia saapumisjärjestyksessä.",
        "fi",
        "apology-but",
        "no-next-step",
        name="Tomi",
    ),
    ex(
        "Pahoittelut, ettei pulla maistunut, mutta se on leivottu isoäitini reseptillä ja "
        "useimmat asiakkaat pitävät siitä kovasti.",
        "fi",
        "apology-but",
        "defensive",
        "no-next-step",
    ),
    # ---- apology-but: tricky negatives
    ex(
        "Pahoittelen, että jouduit odottamaan. Otimme juuri käyttöön uuden "
        "ajanvarausjärjestelmän, ja jonot ovat lyhentyneet, mutta haluan silti hyvittää "
        "käyntisi: tarjoan seuraavan leikkauksen puoleen hintaan. – Jenni",
        "fi",
    ),
    ex(
        "Olen pahoillani, että paketista puuttui ei vain lasku vaan myös yksi tuote. "
        "Lähetän puuttuvan tuotteen huomenna.",
        "fi",
    ),
    ex(
        "Pahoittelen, että tilauksesi ei ainoastaan myöhästynyt mutta myös saapui "
        "rikkinäisenä. Lähetän uuden tilalle heti huomenna. – Petra",
        "fi",
    ),
    ex(
        "Olen pahoillani, että kahvi oli kylmää, mutta kiitos, että kerroit siitä. Ensi "
        "kerralla keitän sinulle tuoreen kupin talon piikkiin. – Sanna",
        "fi",
    ),
    # ---- quotes
    ex(
        "Hei Liisa, kirjoitit, että ”henkilökunta oli TÖYKEÄÄ!!!” ja olen todella pahoillani, "
        "että koit niin. Soitanko sinulle huomenna? – Kati",
        "fi",
        name="Liisa",
    ),
    ex(
        "> Teidän olisi pitänyt lukea ehdot, sanoi myyjä minulle.\n"
        "Olen pahoillani, että myyjämme sanoi noin. Se ei ollut oikein. Soitan sinulle "
        "tänään. – Eeva",
        "fi",
    ),
    ex(
        "Kirjoitit, että aiot ”viedä asian lakimiehelle”. Se on tietysti oikeutesi, ja olen "
        "pahoillani, että tilanne on mennyt tähän. Haluaisin silti jutella: voinko soittaa "
        "huomenna? – Anne",
        "fi",
    ),
    # ---- late replies
    ex(
        "Hei Antti, kiitos kärsivällisyydestäsi ja pahoittelen hidasta vastaustani. Olen "
        "pahoillani, että sohvan toimitus epäonnistui. Soitan sinulle tänään ja sovitaan uusi "
        "toimitusaika. – Olli",
        "fi",
        name="Antti",
    ),
    ex(
        "Pahoittelen myöhäistä vastausta, olin lomalla viime viikon. Lähetän sinulle uuden "
        "mukin rikkoutuneen tilalle.",
        "fi",
        "late-excuse",
    ),
    ex(
        "Pahoittelut hitaasta vastauksesta, meillä on ollut hirveä kiire joulutilausten "
        "kanssa. Laita minulle tilausnumerosi, niin tarkistan asian.",
        "fi",
        "late-excuse",
    ),
    ex(
        "Anteeksi, että vastaukseni viipyi. Olin messuilla koko viikon enkä nähnyt viestiäsi. "
        "Olen pahoillani lampun rikkoutumisesta ja lähetän uuden huomenna. – Heidi",
        "fi",
        "late-excuse",
    ),
    ex(
        "Pahoittelen, etten vastannut aiemmin, olen ollut sairaana. Olen pahoillani, että "
        "leivokset olivat kuivia. Soitatko minulle, niin hyvitän ne? – Nina",
        "fi",
        "late-excuse",
        "victim",
    ),
    ex(
        "Pahoittelen viivästynyttä vastausta, koska tietokoneemme hajosi. Hyvitän puuttuvan "
        "tuotteen tänään.",
        "fi",
        "late-excuse",
    ),
    ex(
        "Pahoittelen, että vastaan vasta nyt. Olen todella pahoillani, että tilaus oli "
        "puutteellinen, ja lähetän puuttuvat tuotteet huomenna. – Veera",
        "fi",
    ),
    # ---- victim
    ex(
        "Pahoittelen, että tilaus myöhästyi. Tämä vuosi on ollut meille todella raskas, ja "
        "mieheni on ollut sairaalassa, joten pyöritän kauppaa yksin.",
        "fi",
        "victim",
        "no-next-step",
    ),
    ex(
        "Anteeksi pitkä odotus. Rahat ovat tiukalla, enkä pysty palkkaamaan lisää työntekijöitä.",
        "fi",
        "victim",
        "no-next-step",
    ),
    ex(
        "Pahoittelen varauksesi sekaannusta. Lapseni olivat koko viikon kipeinä ja olen "
        "tehnyt 14-tuntisia päiviä. Soitan sinulle ja sovitaan uusi aika. – Hanna",
        "fi",
        "victim",
    ),
    ex(
        "Jukka, olen pahoillani. Tiedätkö, kuinka vaikeaa on pyörittää pientä kahvilaa "
        "näinä aikoina? Hyvitän kahvin.",
        "fi",
        "victim",
        name="Jukka",
    ),
    ex(
        "Olen pahoillani, mutta olen aivan uupunut kesäsesongin jälkeen. Korjaan hyllysi "
        "ensi viikolla.",
        "fi",
        "apology-but",
        "victim",
    ),
    # ---- impersonal
    ex(
        "Reklamaationne on vastaanotettu ja asia käsitellään mahdollisimman pian.",
        "fi",
        "impersonal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Tapahtunutta pahoitellaan. Asia on käsitelty henkilökunnan kanssa.",
        "fi",
        "impersonal",
        "no-next-step",
    ),
    ex(
        "Aamun Leipomo pahoittelee aiheutunutta haittaa. Teihin otetaan yhteyttä kahden "
        "arkipäivän kuluessa.",
        "fi",
        "impersonal",
    ),
    ex(
        "Hyvä asiakas Elina, toimituksen epäonnistumista pahoitellaan. Rahat palautetaan "
        "tilillenne.",
        "fi",
        "impersonal",
        name="Elina",
    ),
    ex(
        "Virheitä sattuu. Palautteenne on kirjattu ja välitetty eteenpäin.",
        "fi",
        "impersonal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Hoidin palautuksesi itse, ja rahat ovat tililläsi parin päivän päästä. Pahoittelen "
        "vaivaa. – Leo",
        "fi",
    ),
    ex(
        "Me soitetaan sulle huomenna ja sovitaan uusi aika. Sori tosi paljon sotkusta! "
        "– Tiina ja Jussi",
        "fi",
    ),
    # ---- defensive
    ex(
        "Kuten verkkosivuillamme selvästi lukee, mittatilaustuotteita ei voi palauttaa.",
        "fi",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Mikko, tuo ei pidä paikkaansa. Henkilökuntamme tervehti sinua ja sait palvelua "
        "viidessä minuutissa.",
        "fi",
        "defensive",
        "no-apology",
        "no-next-step",
        name="Mikko",
    ),
    ex(
        "Olen pahoillani pettymyksestäsi. Jos olisit lukenut tuotekuvauksen, olisit tiennyt, "
        "että kengät ovat pienikokoisia. Voin vaihtaa ne isompaan kokoon.",
        "fi",
        "defensive",
    ),
    ex(
        "Pahoittelen sekaannusta. Aukioloajat on merkitty selvästi oveen ja Googleen. "
        "Tervetuloa milloin vain aukioloaikana, niin keitän sinulle sen lattesi. – Sanna",
        "fi",
        "defensive",
    ),
    ex(
        "Kaikella kunnioituksella, hinta kerrottiin sinulle ennen työn aloittamista, ja "
        "valitsit värin itse.",
        "fi",
        "defensive",
        "blames-customer",
        "no-apology",
        "no-next-step",
    ),
    # ---- blames-customer
    ex(
        "Hana vuotaa, koska kiristit sitä liikaa käyntimme jälkeen. Se ei ole meidän vikamme.",
        "fi",
        "blames-customer",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Outi, olen pahoillani, että olet pettynyt, mutta kakku suli, koska jätit sen "
        "kuumaan autoon.",
        "fi",
        "apology-but",
        "blames-customer",
        "no-next-step",
        name="Outi",
    ),
    ex(
        "Pahoittelen harmia. Kyseessä on valitettavasti käyttäjän virhe: keitintä on käytetty "
        "väärillä kapseleilla. Laita viestiä, niin neuvon kalkinpoistossa.",
        "fi",
        "blames-customer",
    ),
    ex(
        "Saavuit ajanvaraukseesi 25 minuuttia myöhässä, joten käsittelyä oli pakko lyhentää. "
        "Se oli sinun vastuullasi.",
        "fi",
        "blames-customer",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Pahoittelen, että paketti palautui meille. Se palautui, koska annoit väärän "
        "osoitteen. Lähetän sen uudelleen tänään meidän kustannuksellamme. – Veera",
        "fi",
        "blames-customer",
    ),
    ex(
        "Et noudattanut hoito-ohjeita, ja siksi nahka halkesi. Olen pahoillani, että näin "
        "kävi, ja voin suositella hyvää korjaamoa.",
        "fi",
        "blames-customer",
    ),
    # ---- threatens
    ex(
        "Jos et poista arvosteluasi, otan yhteyttä lakimieheeni.",
        "fi",
        "threatens",
        "asks-removal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Nämä valheet ovat kunnianloukkaus, ja ryhdymme oikeustoimiin, jos kirjoitusta ei "
        "poisteta.",
        "fi",
        "threatens",
        "asks-removal",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Olen tehnyt kommentistasi rikosilmoituksen.",
        "fi",
        "threatens",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Raimo, olen pahoillani, ettet ollut tyytyväinen maalaustyöhön. Perättömien "
        "väitteiden levittäminen voi johtaa oikeudenkäyntiin, joten mieti tarkkaan. Tulen "
        "mielelläni katsomaan seinää uudelleen.",
        "fi",
        "threatens",
        "defensive",
        name="Raimo",
    ),
    ex(
        "Haastamme sinut oikeuteen vahingoista, joita kirjoituksesi on aiheuttanut.",
        "fi",
        "threatens",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Asianajajamme on jo tietoinen tästä kirjoituksesta.",
        "fi",
        "threatens",
        "no-apology",
        "no-next-step",
    ),
    # ---- asks-removal
    ex(
        "Pahoittelen kokemustasi. Soitin sinulle ja hyvitin tilauksen, joten voisitko nyt "
        "poistaa arvostelusi?",
        "fi",
        "asks-removal",
    ),
    ex(
        "Emmi, olen pahoillani, että kukat nuutuivat niin nopeasti. Tuon sinulle uuden "
        "kimpun huomenna. Kun olet tyytyväinen, päivittäisitkö arviosi?",
        "fi",
        "asks-removal",
        name="Emmi",
    ),
    ex(
        "Ota tämä julkaisu pois ja soita minulle, niin selvitetään asia.",
        "fi",
        "asks-removal",
        "no-apology",
    ),
    ex(
        "En poista kommenttiasi, koska kaikkien kuuluu nähdä, miten hoidan asian. Olen "
        "pahoillani, että korjaus epäonnistui, ja tulen torstaina tekemään sen uudelleen. "
        "– Jari",
        "fi",
    ),
    ex(
        "Pahoittelen sekaannusta. Lähetimme puuttuvan tuotteen, joten muokkaisitteko "
        "arvosteluanne sen mukaisesti.",
        "fi",
        "asks-removal",
    ),
    ex(
        "Pyydän sinua poistamaan kirjoituksesi, koska asia on jo hoidettu. Pahoittelen "
        "tapahtunutta.",
        "fi",
        "asks-removal",
        "impersonal",
        "no-next-step",
    ),
    # ---- shouting and acronyms
    ex(
        "Paketti lähti meiltä maanantaina!! Kysy postista.",
        "fi",
        "shouting",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Laura, olen todella pahoillani. Soitan sinulle TÄNÄÄN ja korjataan tilanne.",
        "fi",
        "shouting",
        name="Laura",
    ),
    ex(
        "Hei Kalle, pahoittelen, että laskussa oli väärä ALV-summa. Lähetän korjatun laskun "
        "PDF-muodossa sähköpostiin tänään ja hyvitän myös EU-toimituksen kulut. OK? – Tiina",
        "fi",
        name="Kalle",
    ),
    ex(
        "Anteeksi!!! Teemme parhaamme!!!",
        "fi",
        "shouting",
        "no-next-step",
    ),
    ex(
        "Olen pahoillani, että olet pettynyt, mutta ruokalistassa LUKEE SELVÄSTI, että "
        "keitossa on pähkinää.",
        "fi",
        "apology-but",
        "shouting",
        "defensive",
        "no-next-step",
    ),
    ex(
        "KIITOS palautteesta. Pahoittelen, että huoneessa oli kylmä; tulen huomenna "
        "ilmaamaan patterit.",
        "fi",
        "shouting",
    ),
    # ---- unfilled placeholders
    ex(
        "Hei {nimi}, pahoittelen kokemustasi tuotteen {tuote} kanssa. Soitan sinulle tänään. "
        "– [allekirjoitus]",
        "fi",
        "unfilled-placeholder",
    ),
    ex(
        "Hei [asiakkaan nimi], olen todella pahoillani, että tilauksesi myöhästyi. Hyvitän "
        "postikulut. – Paula",
        "fi",
        "unfilled-placeholder",
        "no-name",
        name="Kaisa",
    ),
    ex(
        "Hyvä <asiakas>, pahoittelen tehosekoittimen ongelmia. Lähetä minulle tilausnumerosi, "
        "niin järjestän uuden laitteen tilalle.",
        "fi",
        "unfilled-placeholder",
    ),
    ex(
        "Hei Jonna, pahoittelen, että {päivämäärä} tehty korjaus epäonnistui. Tulen tekemään "
        "sen uudelleen.",
        "fi",
        "unfilled-placeholder",
        name="Jonna",
    ),
    ex(
        "Hei NN, olen pahoillani viivästyksestä. Uusi toimituspäivä on [PVM]. Soita minulle, "
        "jos se ei sovi. – Kim",
        "fi",
        "unfilled-placeholder",
    ),
    # ---- customer name (Finnish names inflect)
    ex(
        "Olen pahoillani, että maali hilseilee jo. Tulen katsomaan sitä tällä viikolla ja "
        "maalaan uudelleen veloituksetta. – Timo",
        "fi",
        "no-name",
        name="Tuomas Laine",
    ),
    ex(
        "Hei, olen tosi pahoillani, että kyntesi lohkeilivat kahdessa päivässä. Tule käymään, "
        "niin teen ne uudelleen ilmaiseksi.",
        "fi",
        "no-name",
        name="Sanni",
    ),
    ex(
        "Hyvä herra Laine, pahoittelen hilseilevää maalia. Maalaan seinän uudelleen "
        "veloituksetta; voinko soittaa huomenna?",
        "fi",
        name="Tuomas Laine",
    ),
    ex(
        "Iso kiitos Virtaselle palautteesta, ja olen pahoillani, että tilaus viivästyi. "
        "Hyvitän postikulut tänään.",
        "fi",
        name="Sari Virtanen",
    ),
    ex(
        "Matille suuri anteeksipyyntö: kahvi oli eilen kylmää. Ensi kerralla kahvi on talon "
        "piikkiin.",
        "fi",
        name="Matti",
    ),
    ex(
        "Kiitos palautteesta. Lähetä minulle tilausnumerosi, niin tarkistan, mitä tapahtui.",
        "fi",
        "no-apology",
        "no-name",
        name="Heikki",
    ),
    ex(
        "Hyvä asiakas, pahoittelen kuivaa kakkua. Leivon sinulle uuden perjantaina.",
        "fi",
        "no-name",
        name="Oskari Lindholm",
    ),
    ex(
        "Kiitos palautteesta. Uudet aukioloajat löytyvät sivuiltamme.",
        "fi",
        "no-apology",
        "no-next-step",
        "no-name",
        name="Ritva",
    ),
    # ---- copy-paste
    ex(
        "Hei Maria, kiitos palautteestasi, ja olen pahoillani, ettei tilaus vastannut "
        "odotuksiasi. Otan sinuun yhteyttä vielä tänään, jotta saadaan asia kuntoon. "
        "Terveisin Lotta / Aamun Leipomo",
        "fi",
        "copy-paste",
        name="Maria",
        earlier=(_FI_TEMPLATE_BAKERY,),
    ),
    ex(
        "Kiitos, että kerroit tästä! Olemme pahoillamme harmista ja selvitämme asian heti. "
        "Ystävällisin terveisin, Pohjolan Kodin tiimi",
        "fi",
        "copy-paste",
        earlier=(_FI_TEMPLATE_BAKERY, _FI_TEMPLATE_SHOP),
    ),
    ex(
        "Hyvä asiakas, pahoittelemme aiheutunutta haittaa. Reklamaationne on vastaanotettu "
        "ja asiakaspalvelumme käsittelee sen mahdollisimman pian",
        "fi",
        "copy-paste",
        "impersonal",
        "no-next-step",
        earlier=(_FI_TEMPLATE_CORPORATE,),
    ),
    ex(
        "Hei Jussi, olen pahoillani, ettei leikkaus onnistunut toivomallasi tavalla. Soita "
        "minulle, niin korjaan sen veloituksetta. – Jenni",
        "fi",
        "copy-paste",
        name="Jussi",
        earlier=(_FI_TEMPLATE_SALON,),
    ),
    ex(
        "Hei Mikko, harmi kuulla, että patteri pitää edelleen ääntä. Tulen tällä viikolla "
        "ilmaamaan sen ja tarkistamaan venttiilin ilman lisämaksua. Soita numeroon 040 765 "
        "4321, niin sovitaan aika. – Pekka",
        "fi",
        "copy-paste",
        name="Mikko",
        earlier=(_FI_TEMPLATE_SALON, _FI_TEMPLATE_PLUMBER),
    ),
    ex(
        "Hei Jussi, olen pahoillani, että väri tuli niin paljon tummempi kuin näyttämäsi "
        "kuva. Haluaisin vaalentaa sitä maksutta tällä viikolla; soita minulle numeroon "
        "040 555 0101. – Jenni",
        "fi",
        name="Jussi",
        earlier=(_FI_TEMPLATE_SALON,),
    ),
    ex(
        "Hei Mikko, pahoittelen, että uusi hana tiputtaa. Osa oli viallinen jo tehtaalta, "
        "joten vaihdan sen uuteen perjantaiaamuna. – Pekka",
        "fi",
        name="Mikko",
        earlier=(_FI_TEMPLATE_PLUMBER,),
    ),
    # ---- too long
    ex(
        "Hei Helena, kiitos, että jaksoit kirjoittaa näin tarkan arvion, ja olen todella "
        "pahoillani, että hääkakkunne ei näyttänyt sovitulta luonnokselta. Kävin tilauksen "
        "läpi koristelijani kanssa ja näen, että sekä kukkien väri että ylimmän kerroksen "
        "muoto poikkesivat siitä, mitä pyysitte. Virhe on meidän. Haluan hyvittää "
        "koristelun osuuden hinnasta kokonaan, ja jos haluatte, leivon teille ensi vuonna "
        "hääpäiväkakun veloituksetta, jotta saatte sen kakun, jota suunnittelitte. Tiedän, "
        "ettei mikään muuta sitä, miltä päivä tuntui. Voisinko soittaa torstaina "
        "iltapäivällä, niin jutellaan asiasta rauhassa? Tästä lähtien jokainen hääkakku "
        "tarkistetaan luonnosta vasten kahteen kertaan ennen kuin se lähtee leipomosta. "
        "Vielä kerran, olen todella pahoillani siitä, että tärkeä päivänne sai tällaisen "
        "särön. Toivon, että saan vielä mahdollisuuden korjata asian teille. – Markku, "
        "Aamun Leipomo",
        "fi",
        "too-long",
        name="Helena",
    ),
    ex(
        "Kiitos arviostasi. Haluan kertoa, mitä kattilan kanssa tapahtui, koska mielestäni "
        "kyse on väärinkäsityksestä. Kun tulimme maanantaina, tarkistimme paineen, vaihdoimme "
        "venttiilin ja testasimme järjestelmää tunnin ajan. Kaikki toimi, kun lähdimme. "
        "Laskussa on eritelty jokainen osa ja jokainen tunti, ja kuten tarjouksessa "
        "selvästi mainitaan, kello 18 jälkeen tehdyistä käynneistä veloitetaan lisämaksu. "
        "Kuvailemasi ääni on tavallinen vanhoissa pattereissa, ja se yleensä häviää, kun "
        "ilma on saatu pois. Jätimme myös keittiön pöydälle kirjalliset ohjeet ilmaamisesta. "
        "Yrityksemme on toiminut alalla kaksikymmentä vuotta, ja teemme työmme huolella ja "
        "ylpeydellä. Meillä on satoja tyytyväisiä asiakkaita tällä alueella ja moitteeton "
        "maine alan järjestössä. Mahdolliset lisätyöt olisivat kokonaan uusi toimeksianto, "
        "joka hinnoitellaan normaalin hinnaston mukaan eikä kuulu tämän käynnin takuuseen.",
        "fi",
        "too-long",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Olen pahoillani, että toimistonne voileipätilaus oli perjantaina puutteellinen. "
        "Rehellisesti sanottuna tämä kevät on ollut meille todella raskas. Äitini on ollut "
        "sairaana helmikuusta asti, ja olen ajanut sairaalaan joka ilta sulkemisen jälkeen. "
        "Toinen kokkimme lähti maaliskuussa, enkä ole löytänyt ketään tilalle, joten useimpina "
        "päivinä avaan kahvilan kuudelta ja suljen kahdeksalta. Voin ja jauhojen hinta on "
        "noussut kolmanneksella, ja vuokrakin nousi. Tiedän, ettei tämä ole teidän "
        "ongelmanne, enkä pyydä sääliä. Halusin vain, että ymmärrätte, ettemme ole "
        "huolimattomia vaan tosissamme tämän työn kanssa. Hyvitän puuttuvat voileivät "
        "tänään, ja soitan teille ensi viikolla seuraavasta tilauksesta, jotta voimme "
        "sopia sen yksityiskohdat huolellisesti etukäteen ja varmistaa, että kaikki menee "
        "tällä kertaa juuri niin kuin toivotte.",
        "fi",
        "too-long",
        "victim",
    ),
    ex(
        "Hei Kerttu, olen pahoillani, että takkisi hihat näyttivät korjauksen jälkeen "
        "epätasaisilta, mutta minun on huomautettava, että pellava näyttää usein hieman "
        "epätasaiselta päivän tai kaksi prässäyksen jälkeen. Olen ollut räätäli "
        "kaksikymmentäkaksi vuotta ja "
        "mittaan jokaisen hihan kahdesti. Ymmärrän silti, että se näytti kotona väärältä, "
        "ja haluan, että olet tyytyväinen lopputulokseen. Tuo takki takaisin mihin tahansa "
        "päivään tällä viikolla. Tarkistan molemmat hihat kanssasi sovituskopissa, prässään "
        "takin kunnolla odottaessasi ja teen helmat tarvittaessa uudelleen veloituksetta. "
        "Haluaisin myös tarjota sinulle yhden ilmaisen korjauksen valitsemaasi vaatteeseen "
        "kiitokseksi kärsivällisyydestäsi. Jos sinulle sopii paremmin, voin myös tulla "
        "hakemaan takin kotoasi ja tuoda sen takaisin valmiina, jolloin sinun ei tarvitse "
        "nähdä vaivaa. Toivottavasti nähdään pian. – Aino, Ainon "
        "Ompelimo",
        "fi",
        "too-long",
        "apology-but",
        "defensive",
        name="Kerttu",
    ),
    ex(
        "Hyvä asiakas, kiitos yhteydenotostanne koskien tilausta 10442. Pahoittelemme, "
        "ettei toimitus vastannut odotuksianne. Reklamaationne on kirjattu ja välitetty "
        "logistiikkaosastolle, joka käsittelee kaikki kuljetusvaurioihin liittyvät "
        "kysymykset. Asiakasta pyydetään säilyttämään alkuperäinen pakkaus, kunnes asia on "
        "käsitelty. Huomioittehan, että käsittelyajat voivat vaihdella sesongin ja avoimien "
        "tapausten määrän mukaan. Kun selvitys on valmis, teihin otetaan yhteyttä ja "
        "mahdollisesta hyvityksestä ilmoitetaan erikseen. Yritys arvostaa kaikkea "
        "palautetta, sillä se auttaa kehittämään palveluitamme edelleen. Kiitämme "
        "kärsivällisyydestänne ja ymmärryksestänne tässä asiassa ja toivomme voivamme "
        "palvella teitä jatkossakin entistä paremmin. Lisätietoja reklamaatioiden "
        "käsittelystä löytyy verkkosivujemme asiakaspalveluosiosta sekä tilausvahvistuksen "
        "liitteenä olevista yleisistä toimitusehdoista. Ystävällisin terveisin, Pohjolan Kodin "
        "asiakaspalvelutiimi.",
        "fi",
        "too-long",
        "impersonal",
    ),
    # ---- the customer's hardship is not the owner's victim role
    ex(
        "Hei Marja, ymmärrän, että sinulla on vaikeaa aikaa, ja olen todella pahoillani, että "
        "sekaannuksemme pahensi sitä. Soitan sinulle iltapäivällä ja hoidan hyvityksen. – Leo",
        "fi",
        name="Marja",
    ),
    ex(
        "Olen pahoillani, että koirasi oli sairaana trimmauksen jälkeen. Haluaisin kuulla, "
        "mitä tapahtui: voinko soittaa illalla? – Ella, Iloiset Tassut",
        "fi",
        "no-name",
        name="Pertti",
    ),
    ex(
        "Pahoittelen hidasta vastausta ja kiitos, että kerroit kiireisestä aamustasi. Lähetän "
        "puuttuvat tyynynpäälliset heti. – Aila",
        "fi",
    ),
    # ---- varied phrasing, written as a held-out check after the first rules
    ex(
        "Hei Noora, harmittaa kovasti, että macaronit olivat rikki laatikossa. Pakkaan uuden "
        "laatikon itse ja tuon sen ovellesi lauantaina. – Ilona",
        "fi",
        name="Noora Salo",
    ),
    ex(
        "Pyydän anteeksi, vaikka toimitusaika kyllä lukee selkeästi kassalla.",
        "fi",
        "defensive",
        "no-next-step",
    ),
    ex(
        "Pahoittelut sekaannuksesta. Henkilökuntamme toimi kuitenkin täysin varaussääntöjen "
        "mukaan.",
        "fi",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "Olemme pahoillamme, että koet näin, mutta seisomme tuotteemme takana.",
        "fi",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "Pahoittelen, että trimmaus kesti. Apulaiseni irtisanoutui viime kuussa ja olen "
        "yksin vastasyntyneen kanssa, joten kaikki on kaaoksessa. Annan sinulle 20 % "
        "alennuksen ensi kerralla.",
        "fi",
        "victim",
    ),
    ex(
        "Sori hiljaisuus, koko tiimimme sairasti koronan. Olen pahoillani, että tilauksesi "
        "myöhästyi; hyvitän toimituskulut.",
        "fi",
        "victim",
        "late-excuse",
    ),
    ex(
        "Kiitos odottamisesta, ja anteeksi, etten vastannut eilen. Olen pahoillani, ettei "
        "jääkaapin korjaus kestänyt. Tulen huomenna kahdeksalta vaihtamaan releen. – Jussi",
        "fi",
    ),
    ex(
        "Arvostelussasi on useita virheitä. Kuitista näkyy, että maksoit pienestä pizzasta "
        "etkä isosta.",
        "fi",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Jos olisit vaivautunut kysymään, olisimme kertoneet, että kakussa on gluteenia.",
        "fi",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Johto tutkii asian ja tarvittaviin toimenpiteisiin ryhdytään.",
        "fi",
        "impersonal",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "LOPETA tämän postaaminen joka paikkaan. Anteeksi, okei? Soita minulle.",
        "fi",
        "asks-removal",
        "shouting",
    ),
    ex(
        "Sori, Kimmo. Sinun pitäisi oikeasti poistaa tuo kirjoitus, se ei ole reilua "
        "henkilökunnalleni.",
        "fi",
        "no-next-step",
        "asks-removal",
        name="Kimmo",
    ),
    ex(
        "Hei Aili, vielä kerran anteeksi kylmästä pastasta! Haluaisin tarjota teille "
        "illallisen kahdelle, kerro vain mikä ilta sopii. – Carla",
        "fi",
        name="Aili",
    ),
    ex(
        "Olen todella pahoillani, herra Mäkinen. Virhe oli minun, ja korjaan sen: voinko "
        "soittaa iltapäivällä?",
        "fi",
        name="Jari Mäkinen",
    ),
    ex(
        "Hei, kiitos palautteesta. Lakimiehemme on neuvonut meitä olemaan kommentoimatta enempää.",
        "fi",
        "no-apology",
        "no-next-step",
        "no-name",
        "threatens",
        name="Pauli",
    ),
    ex(
        "Olen pahoillani, että parran trimmaus meni pieleen. Rehellisyyden nimissä "
        "liikuttelit päätäsi koko ajan.",
        "fi",
        "blames-customer",
        "no-next-step",
    ),
    ex(
        "Hei Sofia, olen pahoillani, että kehys tuli naarmuuntuneena. Lähetän uuden tänään, "
        "ja voit pitää vanhan. – Mikael",
        "fi",
        name="Sofia",
    ),
    ex(
        "Anteeksi myöhäinen vastaus, ja anteeksi, että verhot olivat väärän mittaisia. "
        "Lyhennän ne ilmaiseksi tällä viikolla.",
        "fi",
    ),
    ex(
        "Noin asiat eivät menneet, ja tiedät sen itsekin.",
        "fi",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Terveisin [Oma nimi]. Pahoittelen ongelmia, soitan sinulle.",
        "fi",
        "unfilled-placeholder",
    ),
    ex(
        "Hei Pirjo! Olen pahoillani, että jouduit odottamaan pöytää. Meillä oli ruuhkaa, "
        "mutta se ei ole syy. Tarjoan jälkiruoan ensi kerralla. – Sami",
        "fi",
        name="Pirjo",
    ),
    ex(
        "Hei Tanja, sain tilauksesi selvästi väärin, ja olen siitä pahoillani. Vika ei ollut "
        "sinun. Leivon kakun uudelleen tänä iltana ja tuon sen huomenna aamulla. – Rosa",
        "fi",
        name="Tanja",
    ),
    ex(
        "Olen pahoillani, että kojumme löytäminen ruokatorilla oli vaikeaa. Laitan isomman "
        "kyltin, ja seuraava kahvisi on talon piikkiin. – Elias",
        "fi",
    ),
    ex(
        "Ikävä kuulla, että liitos on löysällä, Harri. Pyöritän liikettä yhdessä tyttäreni "
        "kanssa, ja haluamme molemmat korjata asian: voinko soittaa illalla?",
        "fi",
        name="Harri",
    ),
    ex(
        "Olet oikeassa, ja olen pahoillani. Emme tarkistaneet varausta kunnolla. Palautan "
        "varausmaksusi tänään. – Mona",
        "fi",
    ),
    ex(
        "Olen todella pahoillani. Kiitos, että jaksoit odottaa ja kerroit asiasta suoraan "
        "minulle. Soitan sinulle iltapäivällä, niin sovitaan korjauksesta.",
        "fi",
    ),
    ex(
        "Hei Omar, pahoittelen varauksesi sekaannusta. Lisään seuraavaan käyntiisi ilmaisen "
        "käsihieronnan. – Sini",
        "fi",
        name="Omar",
    ),
    ex(
        "Sori, Leena! Leipä loppui tänään aikaisin. Säästän sinulle huomenna leivän, jos "
        "laitat viestiä.",
        "fi",
        name="Leena",
    ),
    ex(
        "Hei Pauli, pahoittelen myöhäistä vastausta. Luin viestisi huolella ja olen "
        "pahoillani, ettei kattila vieläkään toimi. Olen paikalla huomenna yhdeksältä. – "
        "Pekka",
        "fi",
        name="Pauli",
    ),
    ex(
        "Olen pahoillani, että logopainatus oli sumea. Painan 50 T-paitaa uudelleen tällä "
        "viikolla veloituksetta ja postitan ne sinulle. Valitettavasti se vie pari päivää.",
        "fi",
    ),
    ex(
        "Hyvä herra Ahmed, olen pahoillani, ettei pöytänne ollut valmiina. Kysykää ensi "
        "kerralla minua ovella, niin jälkiruoka on meidän piikkiimme.",
        "fi",
        name="Ali Ahmed",
    ),
    ex(
        "Olen pahoillani, että mokasimme. Älä poista arvosteluasi, se auttaa meitä "
        "kehittymään. Soitan huomenna ja korjataan asia.",
        "fi",
    ),
    ex(
        "Kiitos rehellisestä arviosta ja anteeksi, että sauna oli kylmä. Kiuas hajosi sinä "
        "aamuna; olen nyt vaihtanut sen, ja haluaisin tarjota sinulle ilmaisen illan.",
        "fi",
    ),
    ex(
        "Hei Kirsi, olen pahoillani, että kampaus ei kestänyt juhlien loppuun. Laitatko "
        "minulle viestiä, niin sovitaan uusi aika? Teen sen veloituksetta. Ja kiitos, että "
        "kerroit – palaute on meille tärkeää, mutta vielä tärkeämpää on, että olet "
        "tyytyväinen.",
        "fi",
        name="Kirsi",
    ),
    ex(
        "Hei Ville, kiitos viestistä. Tuotteen ohjeet olivat valitettavasti puutteelliset, "
        "ja se on meidän vikamme. Lähetän sinulle selkeämmät ohjeet ja soitan perään.",
        "fi",
        name="Ville",
    ),
    ex(
        "Pahoittelen, mutta alennus oli voimassa vain sunnuntaihin asti.",
        "fi",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "Ikävää, että näin kävi. Emme kuitenkaan voi vastata bussikuskin toiminnasta.",
        "fi",
        "apology-but",
        "no-next-step",
    ),
    ex(
        "On valitettavaa, että päätit kirjoittaa tämän julkisesti soittamisen sijaan.",
        "fi",
        "defensive",
        "no-next-step",
    ),
    ex(
        "Olemme perheyritys, jolla on juuri nyt todella vaikea tilanne, ja tällaiset arviot "
        "satuttavat.",
        "fi",
        "victim",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Anteeksi, että vastaamisessa kesti muutama päivä. Keittiössämme oli putkivuoto. "
        "Olen pahoillani kakun myöhästymisestä ja hyvitän sen.",
        "fi",
        "late-excuse",
    ),
    ex(
        "Tämä arvio on herjaava, ja se on toimitettu juristeillemme.",
        "fi",
        "no-apology",
        "no-next-step",
        "threatens",
    ),
    ex(
        "Voisitko ystävällisesti poistaa yhden tähden arvion nyt, kun asia on ratkaistu? "
        "Anteeksi vielä vaiva.",
        "fi",
        "no-next-step",
        "asks-removal",
    ),
    ex(
        "Olen pahoillani, Ilkka. Soitan sinulle puoliltapäivin ja kuulen, mikä sähkötöissä "
        "meni vikaan.",
        "fi",
        name="Ilkka Koski",
    ),
    ex(
        "Hei {etunimi}, anteeksi odotus! Soitan pian.",
        "fi",
        "unfilled-placeholder",
    ),
    ex(
        "OLEN TODELLA PAHOILLANI. Korjaan sen huomenna.",
        "fi",
        "shouting",
    ),
    ex(
        "Jokainen ruokalistan lukenut näkee, että annos on tulinen.",
        "fi",
        "defensive",
        "no-apology",
        "no-next-step",
    ),
    ex(
        "Kenkiä oli käytetty ulkona, joten palautusoikeutta ei ole. Sori, en voi asialle mitään.",
        "fi",
        "blames-customer",
        "no-next-step",
    ),
    ex(
        "Hei Saara, kiitos kehuista leivästä, ja harmi, että korvapuustit loppuivat jo "
        "puoleenpäivään. Leivon lauantaisin tästä lähtien tuplaerän ja jätän sinulle kaksi "
        "sivuun, jos laitat viestiä. – Otto",
        "fi",
        name="Saara",
    ),
    ex(
        "Pahoittelemme aiheutunutta vaivaa. Käymme prosessimme läpi.",
        "fi",
        "impersonal",
    ),
    # ---- good replies from more trades (none of these should get a finding)
    ex(
        "Hei Jenni, kiitos, että kerroit, ja pahoittelen, että helma purkautui ensimmäisessä "
        "pesussa. Niin ei pitäisi käydä. Tuo mekko mihin tahansa arkipäivään, niin ompelen "
        "sen odottaessasi. – Aune",
        "fi",
        name="Jenni",
    ),
    ex(
        "Olen pahoillani, että pilasimme hääpäiväillallisenne, Markku. Pöytäsekaannus oli "
        "meidän virheemme. Haluaisin kutsua teidät takaisin vieraiksemme; laittaisitteko "
        "sähköpostia sopivasta päivästä?",
        "fi",
        name="Markku Evä",
    ),
    ex(
        "Kiitos kärsivällisyydestäsi, Kirsi. Olen pahoillani, että kylpyhuoneen laatat "
        "halkesivat kuukaudessa. Tulen tiistaina katsomaan, mikä meni vikaan, ja jos syy on "
        "laastissa, teen seinän uudelleen omalla kustannuksellani.",
        "fi",
        name="Kirsi",
    ),
    ex(
        "Olen todella pahoillani vääristä linsseistä, Ahmed. Tilasin jo uudet, ja soitan "
        "heti, kun ne saapuvat.",
        "fi",
        name="Ahmed",
    ),
    ex(
        "Hei Maija, pahoittelen, ettei pyöräsi ollut valmis perjantaina, kuten lupasin. Se "
        "on nyt valmis, huolto on tällä kertaa ilmainen, ja pidän liikkeen auki tänään "
        "seitsemään, jos se auttaa. – Timo",
        "fi",
        name="Maija",
    ),
    ex(
        "Anteeksi, Tapio, olet aivan oikeassa siinä, että hinnasto oli sekava. Kirjoitin sen "
        "tänään uudelleen, ja palautan erotuksen. Kiitos, että huomautit.",
        "fi",
        name="Tapio",
    ),
    ex(
        "Hei Laura, olen pahoillani, että hääkuviesi toimitus kesti näin kauan. Lähetän koko "
        "galleria perjantaihin mennessä ja lisään painetun albumin pieneksi kiitokseksi "
        "odottamisesta. – Emil",
        "fi",
        name="Laura",
    ),
    ex(
        "Olen pahoillani, että joogatunti peruttiin ilman ilmoitusta, Petra. Unohdin "
        "päivittää kalenterin. Seuraavat viisi tuntiasi ovat ilmaisia, ja tästä lähtien "
        "tekstaan kaikille suoraan.",
        "fi",
        name="Petra",
    ),
    ex(
        "Hei Ville, olen pahoillani, että siivoojamme unohti keittiön. Lähetän hänet "
        "takaisin huomenna aamulla veloituksetta ja soitan sinulle jälkeenpäin "
        "varmistaakseni, että olet tyytyväinen.",
        "fi",
        name="Ville",
    ),
    ex(
        "Hyvä Anna, olen pahoillani, että gluteeniton kakku sekoittui tavalliseen. Asia on "
        "vakava, ja olen iloinen, että huomasit sen ennen kuin kukaan söi sitä. Soitan "
        "sinulle tänään.",
        "fi",
        name="Anna",
    ),
]

EXAMPLES: list[Example] = EN_EXAMPLES + FI_EXAMPLES

ALL_CODES: tuple[str, ...] = (
    "apology-but",
    "defensive",
    "blames-customer",
    "victim",
    "impersonal",
    "no-apology",
    "no-next-step",
    "no-name",
    "unfilled-placeholder",
    "copy-paste",
    "late-excuse",
    "asks-removal",
    "threatens",
    "shouting",
    "too-long",
)
