"""Words for the synthetic dataset: complaints and praise in Finnish and English, names.

Kept apart from the generator so that the search benchmarks can name the words they look
for: ``FILTER_WORD`` is in about a quarter of the complaints (also inside longer Finnish
words, as LIKE finds it), and both words of ``SEARCH_QUERY`` are common in the Finnish
praise, so their AND is the slow case an earlier measurement found (two common prefixes)."""

from __future__ import annotations

FILTER_WORD = "kakku"
SEARCH_QUERY = "kiitos ystaval"

FIRST_NAMES = (
    "Aino Eero Helmi Juha Kaisa Laura Mikko Niina Olli Päivi Riikka Sami Tiina Ville "
    "Äijö Jenni Markku Sari Tuomas Anne Emma Liam Olivia Noah Sophie James Grace Henry"
).split()
LAST_NAMES = (
    "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen "
    "Lehtonen Smith Brown Taylor Wilson Evans Öhman Salo Räsänen"
).split()

COMPLAINT_FI = (
    "Tilasin syntymäpäiväkakku ja se oli aivan väärän makuinen.",
    "Henkilökunta oli töykeää ja palvelu hidasta koko illan.",
    "Odotin pöytää yli tunnin vaikka olin varannut etukäteen.",
    "Kakku oli kuiva ja koristeet olivat irronneet matkalla.",
    "Laskussa oli väärä summa eikä kukaan vastannut puhelimeen.",
    "Allergiani kerrottiin keittiöön mutta annoksessa oli silti pähkinää.",
    "Toimitus myöhästyi kaksi päivää ilman mitään ilmoitusta.",
    "En suosittele tätä paikkaa kenellekään, täysi pettymys.",
    "Hääkakku ei ollut sellainen kuin sovimme, kuvassa se näytti paremmalta.",
    "Pyysin hyvitystä sähköpostilla mutta vastausta ei ole kuulunut.",
    "Kahvi oli kylmää ja pulla eilistä.",
    "Myyjä ei osannut kertoa tuotteen ainesosista mitään.",
)
COMPLAINT_EN = (
    "I ordered a birthday cake and it was the wrong flavour entirely.",
    "The staff were rude and the service was slow all evening.",
    "We waited over an hour for a table although we had booked ahead.",
    "The invoice showed the wrong amount and nobody answered the phone.",
    "I told them about my allergy and there were still nuts in the dish.",
    "The delivery was two days late without any notice.",
    "Would not recommend this place to anyone, a total disappointment.",
    "The wedding cake was nothing like the picture we agreed on.",
    "I asked for a refund by email and have heard nothing since.",
    "Cold coffee and a stale bun, for that price!",
)
PRAISE_FI = (
    "Kiitos ihanasta palvelusta, henkilökunta oli todella ystävällistä.",
    "Kiitos, kakku oli juuri sellainen kuin toivoimme!",
    "Ystävällinen myyjä auttoi valitsemaan sopivan lahjan.",
    "Paras leipomo koko kaupungissa, tulemme varmasti uudelleen.",
    "Kiitos nopeasta toimituksesta ja huolellisesta pakkauksesta.",
    "Hääkakku oli upea ja vieraat kehuivat sitä koko illan.",
    "Myöhässä tilattu täytekakku valmistui silti ajoissa, kiitos joustavuudesta.",
    "Lämmin tunnelma ja ystävällistä palvelua, kiitos!",
    "Gluteeniton vaihtoehto oli herkullinen.",
    "Suosittelen lämpimästi kaikille ystäville.",
)
PRAISE_EN = (
    "Thank you for the lovely service, the staff were so friendly.",
    "The cake was exactly what we hoped for, thank you!",
    "A friendly shop assistant helped me pick the right gift.",
    "Best bakery in town, we will certainly come back.",
    "Thanks for the quick delivery and careful packing.",
    "The wedding cake was stunning and our guests loved it.",
    "Warm atmosphere and kind service, kiitos!",
    "The gluten-free option was delicious.",
)
PRAISE_TAGS = (
    "palvelu",
    "kakku",
    "toimitus",
    "henkilökunta",
    "häät",
    "service",
    "cake",
    "delivery",
    "staff",
    "gluteeniton",
)
NOTES = (
    "Soitin, ei vastannut.",
    "Jätin viestin vastaajaan.",
    "Sovimme tapaamisen ensi viikolle.",
    "Customer accepted the apology and a voucher.",
    "Sent a private message with my phone number.",
    "",
)
ACTIONS = (
    "Tarkista tilauslomakkeen maut ennen leipomista",
    "Lisää allergiatiedot keittiön tilauslappuun",
    "Vastaa arvosteluihin vuorokauden sisällä",
    "Train the weekend staff on handling complaints",
    "Add a delivery tracking message to every order",
    "Päivitä hinnasto verkkosivuille",
)
