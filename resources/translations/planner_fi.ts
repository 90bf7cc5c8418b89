<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About %1</source>
      <translation>Tietoja: %1</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
      <source>Prepare for public criticism in calm time, handle it calmly when it happens, and learn from it afterwards.</source>
      <translation>Valmistaudu julkiseen kritiikkiin rauhallisena aikana, hoida se rauhallisesti kun se osuu kohdalle, ja opi siitä jälkeenpäin.</translation>
    </message>
    <message>
      <source>Qt %1, PySide6 %2, Python %3</source>
      <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
      <source>The app works offline and makes no network requests: your data stays on this computer or on your own server.</source>
      <translation>Sovellus toimii ilman verkkoyhteyttä eikä ota yhteyttä mihinkään: tietosi pysyvät tällä tietokoneella tai omalla palvelimellasi.</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Versio %1</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>%1 · %2 days on: kept? did it happen again?</source>
      <translation>%1 · %2 päivää myöhemmin: pitikö lupaus? toistuiko?</translation>
    </message>
    <message>
      <source>%1 · due %2</source>
      <translation>%1 · viimeistään %2</translation>
    </message>
    <message>
      <source>&amp;Kept</source>
      <translation>&amp;Piti</translation>
    </message>
    <message>
      <source>&amp;Not kept</source>
      <translation>&amp;Ei pitänyt</translation>
    </message>
    <message>
      <source>A practice drill</source>
      <translation>Harjoitus</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Toimenpide</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Toimenpiteet</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Tehty</translation>
    </message>
    <message>
      <source>Done. The plan's “%1” section is open to change.</source>
      <translation>Tehty. Suunnitelman osio ”%1” on auki muokattavaksi.</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Määräpäivä</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Tapaus</translation>
    </message>
    <message>
      <source>It happened again</source>
      <translation>Se toistui</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>Merkitse &amp;tehdyksi</translation>
    </message>
    <message>
      <source>No actions yet. They come from the lessons of each closed case: open the case's Lessons tab.</source>
      <translation>Ei vielä toimenpiteitä. Ne syntyvät suljettujen tapausten opeista: avaa tapauksen Opit-välilehti.</translation>
    </message>
    <message>
      <source>Notes (optional)</source>
      <translation>Muistiinpanot (vapaaehtoinen)</translation>
    </message>
    <message>
      <source>Promise</source>
      <translation>Lupaus</translation>
    </message>
    <message>
      <source>Promises to check</source>
      <translation>Tarkistettavat lupaukset</translation>
    </message>
    <message>
      <source>Reviews to write</source>
      <translation>Kirjoitettavat jälkiarvioinnit</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kuka</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more, the oldest first above.</source>
      <translation>
        <numerusform>…ja %n muu, vanhimmat ensin yllä.</numerusform>
        <numerusform>…ja %n muuta, vanhimmat ensin yllä.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>%1 is a PostgreSQL database: back it up with the JSON export (“crisis-planner export FILE”) or the server's own tools such as pg_dump. Backup files are made only for a SQLite database.</source>
      <translation>%1 on PostgreSQL-tietokanta: varmuuskopioi se JSON-viennillä (”crisis-planner export TIEDOSTO”) tai palvelimen omilla työkaluilla, kuten pg_dump. Varmuuskopiotiedostoja tehdään vain SQLite-tietokannasta.</translation>
    </message>
    <message>
      <source>%1 is a PostgreSQL database: restore it from a JSON export (“crisis-planner import FILE”) or with the server's own tools. Backup files are restored only into a SQLite database.</source>
      <translation>%1 on PostgreSQL-tietokanta: palauta se JSON-viennistä (”crisis-planner import TIEDOSTO”) tai palvelimen omilla työkaluilla. Varmuuskopiotiedostoja palautetaan vain SQLite-tietokantaan.</translation>
    </message>
    <message>
      <source>Cannot move “%1” aside: %2</source>
      <translation>Tiedostoa ”%1” ei voi siirtää sivuun: %2</translation>
    </message>
    <message>
      <source>Cannot write to the folder “%1”: %2. No backup was made.</source>
      <translation>Kansioon ”%1” ei voi kirjoittaa: %2. Varmuuskopiota ei tehty.</translation>
    </message>
    <message>
      <source>Copying “%1” failed: %2. No backup was made.</source>
      <translation>Tiedoston ”%1” kopiointi epäonnistui: %2. Varmuuskopiota ei tehty.</translation>
    </message>
    <message>
      <source>Leftover database files were moved aside: %1</source>
      <translation>Ylimääräiset tietokantatiedostot siirrettiin sivuun: %1</translation>
    </message>
    <message>
      <source>Restored %1 (taken at %2) to %3.</source>
      <translation>Palautettiin %1 (otettu %2) kohteeseen %3.</translation>
    </message>
    <message>
      <source>Restored %1 to %2.</source>
      <translation>Palautettiin %1 kohteeseen %2.</translation>
    </message>
    <message>
      <source>Restoring “%1” failed: %2. Nothing was changed.</source>
      <translation>Varmuuskopion ”%1” palautus epäonnistui: %2. Mitään ei muutettu.</translation>
    </message>
    <message>
      <source>Restoring “%1” failed: %2. The previous database was moved to “%3”.</source>
      <translation>Varmuuskopion ”%1” palautus epäonnistui: %2. Aiempi tietokanta siirrettiin kohteeseen ”%3”.</translation>
    </message>
    <message>
      <source>The copy of “%1” failed its check (%2). No backup was made; run “crisis-planner check”.</source>
      <translation>Tiedoston ”%1” kopio ei läpäissyt tarkistusta (%2). Varmuuskopiota ei tehty; aja ”crisis-planner check”.</translation>
    </message>
    <message>
      <source>The folder “%1” does not exist.</source>
      <translation>Kansiota ”%1” ei ole.</translation>
    </message>
    <message>
      <source>The previous database was moved aside to %1 (kept).</source>
      <translation>Aiempi tietokanta siirrettiin sivuun kohteeseen %1 (säilytetään).</translation>
    </message>
    <message>
      <source>There is no backup “%1”.</source>
      <translation>Varmuuskopiota ”%1” ei ole.</translation>
    </message>
    <message>
      <source>There is no database at “%1” to back up.</source>
      <translation>Kohteessa ”%1” ei ole varmuuskopioitavaa tietokantaa.</translation>
    </message>
    <message>
      <source>There is no database at “%1”.</source>
      <translation>Kohteessa ”%1” ei ole tietokantaa.</translation>
    </message>
    <message>
      <source>There is no verified backup in “%1”.</source>
      <translation>Kansiossa ”%1” ei ole tarkistettua varmuuskopiota.</translation>
    </message>
    <message>
      <source>There was no database at %1; nothing was moved aside.</source>
      <translation>Kohteessa %1 ei ollut tietokantaa; mitään ei siirretty sivuun.</translation>
    </message>
    <message>
      <source>it is not a Crisis Planner database</source>
      <translation>se ei ole Crisis Plannerin tietokanta</translation>
    </message>
    <message>
      <source>“%1” already exists; choose another name.</source>
      <translation>”%1” on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
      <source>“%1” cannot be restored: it failed its check (%2). Nothing was changed.</source>
      <translation>Varmuuskopiota ”%1” ei voi palauttaa: se ei läpäissyt tarkistusta (%2). Mitään ei muutettu.</translation>
    </message>
    <message>
      <source>“%1” is the database itself, not a backup.</source>
      <translation>”%1” on itse tietokanta, ei varmuuskopio.</translation>
    </message>
    <message>
      <source>“crisis-planner restore --latest” would use %1, taken at %2.</source>
      <translation>”crisis-planner restore --latest” käyttäisi varmuuskopiota %1, otettu %2.</translation>
    </message>
  </context>
  <context>
    <name>BlogEditor</name>
    <message>
      <source>Anonymity check:</source>
      <translation>Tunnistettavuuden tarkistus:</translation>
    </message>
    <message>
      <source>Draft saved.</source>
      <translation>Luonnos tallennettu.</translation>
    </message>
    <message>
      <source>How it was given, e.g. by e-mail on 3 May</source>
      <translation>Miten lupa annettiin, esim. sähköpostilla 3.5.</translation>
    </message>
    <message>
      <source>Mark as p&amp;ublished</source>
      <translation>Merkitse &amp;julkaistuksi</translation>
    </message>
    <message>
      <source>No written permission recorded: the post must not identify the customer.</source>
      <translation>Kirjallista lupaa ei ole kirjattu: kirjoituksesta ei saa tunnistaa asiakasta.</translation>
    </message>
    <message>
      <source>Nothing identifies the customer.</source>
      <translation>Mikään ei paljasta asiakasta.</translation>
    </message>
    <message>
      <source>Permission to name the customer</source>
      <translation>Lupa mainita asiakkaan nimi</translation>
    </message>
    <message>
      <source>Published: it is in the timeline.</source>
      <translation>Julkaistu: merkintä on aikajanalla.</translation>
    </message>
    <message>
      <source>Record &amp;permission</source>
      <translation>Kirjaa &amp;lupa</translation>
    </message>
    <message>
      <source>Recorded on %1: %2</source>
      <translation>Kirjattu %1: %2</translation>
    </message>
    <message>
      <source>Remove what is marked red, or record written permission first.</source>
      <translation>Poista punaisella merkityt kohdat tai kirjaa ensin kirjallinen lupa.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Tallennetaan…</translation>
    </message>
    <message>
      <source>When the customer will not talk, tell the story on your own blog: about “a customer”, what you learned and what you changed. Never name them without their written permission.</source>
      <translation>Kun asiakas ei halua keskustella, kerro tapauksesta omassa blogissasi: ”eräästä asiakkaasta”, siitä mitä opit ja mitä muutit. Älä koskaan mainitse asiakasta nimeltä ilman hänen kirjallista lupaansa.</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>sähköpostiosoite</translation>
    </message>
    <message>
      <source>link to the original post</source>
      <translation>linkki alkuperäiseen kirjoitukseen</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nimi</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>puhelinnumero</translation>
    </message>
    <message>
      <source>profile link</source>
      <translation>profiililinkki</translation>
    </message>
    <message>
      <source>“%1”: the customer's %2</source>
      <translation>”%1”: asiakkaan %2</translation>
    </message>
  </context>
  <context>
    <name>BlogPost</name>
    <message>
      <source># What I learned from a customer case

## What happened

## What I learned

## What I changed
</source>
      <translation># Mitä opin eräästä asiakastapauksesta

## Mitä tapahtui

## Mitä opin

## Mitä muutin
</translation>
    </message>
    <message>
      <source>Blog post published.</source>
      <translation>Blogikirjoitus julkaistu.</translation>
    </message>
    <message>
      <source>The post could identify the customer (%1). Remove these, or record their written permission first.</source>
      <translation>Kirjoituksesta voi tunnistaa asiakkaan (%1). Poista nämä tai kirjaa ensin asiakkaan kirjallinen lupa.</translation>
    </message>
    <message>
      <source>There is no incident %1.</source>
      <translation>Tapausta %1 ei ole.</translation>
    </message>
  </context>
  <context>
    <name>CaseExport</name>
    <message>
      <source>About my customer service</source>
      <translation>Asiakaspalvelustani</translation>
    </message>
    <message>
      <source>About my customers</source>
      <translation>Asiakkaistani</translation>
    </message>
    <message>
      <source>About my ways of working</source>
      <translation>Työtavoistani</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Toimenpiteet</translation>
    </message>
    <message>
      <source>Blog post published</source>
      <translation>Blogikirjoitus julkaistu</translation>
    </message>
    <message>
      <source>Compensating for faulty work</source>
      <translation>Virheellisen työn hyvittäminen</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Valmistui</translation>
    </message>
    <message>
      <source>Contact attempt</source>
      <translation>Yhteydenottoyritys</translation>
    </message>
    <message>
      <source>Contact attempts</source>
      <translation>Yhteydenottoyritykset</translation>
    </message>
    <message>
      <source>Contact time</source>
      <translation>Yhteydenottoaika</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Tiedot</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Muokattu</translation>
    </message>
    <message>
      <source>First personal contact</source>
      <translation>Ensimmäinen henkilökohtainen yhteydenotto</translation>
    </message>
    <message>
      <source>First public reply</source>
      <translation>Ensimmäinen julkinen vastaus</translation>
    </message>
    <message>
      <source>How I reacted</source>
      <translation>Miten reagoin</translation>
    </message>
    <message>
      <source>Justified</source>
      <translation>Aiheellinen</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>Opit</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Linkki</translation>
    </message>
    <message>
      <source>Logged</source>
      <translation>Kirjattu</translation>
    </message>
    <message>
      <source>None yet.</source>
      <translation>Ei vielä yhtään.</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Muistiinpano</translation>
    </message>
    <message>
      <source>Permission to name recorded</source>
      <translation>Lupa nimetä kirjattu</translation>
    </message>
    <message>
      <source>Public reply posted</source>
      <translation>Julkinen vastaus julkaistu</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Julkaistu</translation>
    </message>
    <message>
      <source>Reply time</source>
      <translation>Vastausaika</translation>
    </message>
    <message>
      <source>Root cause</source>
      <translation>Perimmäinen syy</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Huomattu</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Status changed</source>
      <translation>Tila muuttui</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikajana</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mitä</translation>
    </message>
    <message>
      <source>What to change</source>
      <translation>Mitä muutan</translation>
    </message>
    <message>
      <source>What was written</source>
      <translation>Mitä kirjoitettiin</translation>
    </message>
    <message>
      <source>What went well</source>
      <translation>Mikä meni hyvin</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Milloin</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Missä</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Kirjoittaja</translation>
    </message>
    <message>
      <source>done</source>
      <translation>tehty</translation>
    </message>
    <message>
      <source>not decided</source>
      <translation>ei päätetty</translation>
    </message>
    <message>
      <source>promised in public</source>
      <translation>luvattu julkisesti</translation>
    </message>
  </context>
  <context>
    <name>CheckCommand</name>
    <message>
      <source>A new database was created.</source>
      <translation>Uusi tietokanta luotiin.</translation>
    </message>
    <message>
      <source>Broken links between records: %1</source>
      <translation>Rikkinäisiä viittauksia tietueiden välillä: %1</translation>
    </message>
    <message>
      <source>Database: %1 (%2)</source>
      <translation>Tietokanta: %1 (%2)</translation>
    </message>
    <message>
      <source>Healthy.</source>
      <translation>Kunnossa.</translation>
    </message>
    <message>
      <source>Incidents: %1, contact attempts: %2, praise entries: %3, action items: %4, drills: %5</source>
      <translation>Tapauksia: %1, yhteydenottoja: %2, kiitoksia: %3, toimenpiteitä: %4, harjoituksia: %5</translation>
    </message>
    <message>
      <source>Integrity problems: %1</source>
      <translation>Eheysongelmia: %1</translation>
    </message>
    <message>
      <source>Integrity: ok</source>
      <translation>Eheys: kunnossa</translation>
    </message>
    <message>
      <source>Migrated from schema %1; a copy was kept at %2.</source>
      <translation>Päivitetty rakenneversiosta %1; kopio vanhasta on tallessa: %2.</translation>
    </message>
    <message>
      <source>Schema version: %1</source>
      <translation>Rakenneversio: %1</translation>
    </message>
    <message>
      <source>The database has problems (see above).</source>
      <translation>Tietokannassa on ongelmia (katso yllä).</translation>
    </message>
  </context>
  <context>
    <name>ClockCard</name>
    <message>
      <source>%1 left</source>
      <translation>%1 jäljellä</translation>
    </message>
    <message>
      <source>%1 so far</source>
      <translation>%1 tähän mennessä</translation>
    </message>
    <message>
      <source>Done in %1</source>
      <translation>Tehty ajassa %1</translation>
    </message>
    <message>
      <source>Late by %1</source>
      <translation>Myöhässä %1</translation>
    </message>
    <message>
      <source>Late by %1 against the target of %2</source>
      <translation>Myöhässä %1, kun tavoite oli %2</translation>
    </message>
    <message>
      <source>On time: the target was %1</source>
      <translation>Ajallaan: tavoite oli %1</translation>
    </message>
    <message>
      <source>Only %1 left</source>
      <translation>Enää %1 jäljellä</translation>
    </message>
    <message>
      <source>Target %1, by %2</source>
      <translation>Tavoite %1, viimeistään %2</translation>
    </message>
    <message>
      <source>The plan sets no target for this</source>
      <translation>Suunnitelmassa ei ole tälle tavoitetta</translation>
    </message>
    <message>
      <source>The target was %1 (by %2)</source>
      <translation>Tavoite oli %1 (viimeistään %2)</translation>
    </message>
  </context>
  <context>
    <name>Composer</name>
    <message numerus="yes">
      <source>%n placeholder(s) still to fill in (marked yellow).</source>
      <translation>
        <numerusform>%n paikkamerkki täyttämättä (merkitty keltaisella).</numerusform>
        <numerusform>%n paikkamerkkiä täyttämättä (merkitty keltaisella).</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopioi</translation>
    </message>
    <message>
      <source>Copied. Paste it under the comment, then mark it posted.</source>
      <translation>Kopioitu. Liitä vastaus kommentin alle ja merkitse se sitten julkaistuksi.</translation>
    </message>
    <message>
      <source>Copy the reply to paste it where the comment is</source>
      <translation>Kopioi vastaus liittääksesi sen kommentin yhteyteen</translation>
    </message>
    <message>
      <source>Draft restored.</source>
      <translation>Luonnos palautettu.</translation>
    </message>
    <message>
      <source>Draft saved.</source>
      <translation>Luonnos tallennettu.</translation>
    </message>
    <message>
      <source>Fill in the yellow placeholders first.</source>
      <translation>Täytä ensin keltaiset paikkamerkit.</translation>
    </message>
    <message>
      <source>Mark as &amp;posted</source>
      <translation>Merkitse &amp;julkaistuksi</translation>
    </message>
    <message>
      <source>Nothing to point out. Read it once aloud before posting.</source>
      <translation>Ei huomautettavaa. Lue vastaus kerran ääneen ennen julkaisua.</translation>
    </message>
    <message>
      <source>Posted and in the timeline. Well done.</source>
      <translation>Julkaistu ja kirjattu aikajanalle. Hyvin tehty.</translation>
    </message>
    <message>
      <source>Replace the reply?</source>
      <translation>Korvataanko vastaus?</translation>
    </message>
    <message>
      <source>Replace what you have written with this template?</source>
      <translation>Korvataanko kirjoittamasi teksti tällä pohjalla?</translation>
    </message>
    <message>
      <source>Reply checker:</source>
      <translation>Vastauksen tarkistus:</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Tallennetaan…</translation>
    </message>
    <message>
      <source>Start from a template…</source>
      <translation>Aloita vastauspohjasta…</translation>
    </message>
    <message>
      <source>The language the checker reads the reply in</source>
      <translation>Kieli, jolla tarkistus lukee vastauksen</translation>
    </message>
    <message>
      <source>What the checker notices appears here as you type.</source>
      <translation>Tarkistuksen huomiot näkyvät tässä sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
      <source>Write as yourself: thank them, say you are sorry for what happened, and offer to talk it through. Pick a template above to start.</source>
      <translation>Kirjoita omana itsenäsi: kiitä, pahoittele tapahtunutta ja tarjoudu keskustelemaan asiasta. Aloita valitsemalla pohja yllä.</translation>
    </message>
    <message>
      <source>You posted this reply: it goes in the timeline and stops the clock</source>
      <translation>Julkaisit tämän vastauksen: se kirjataan aikajanalle ja kello pysähtyy</translation>
    </message>
    <message>
      <source>Your reply target has passed. Start by apologising for the wait: the late-reply template is first in the list.</source>
      <translation>Vastausaikatavoite on ylittynyt. Aloita pahoittelemalla viivettä: myöhäisen vastauksen pohja on listassa ensimmäisenä.</translation>
    </message>
  </context>
  <context>
    <name>Contacts</name>
    <message>
      <source>&amp;Record the attempt</source>
      <translation>&amp;Kirjaa yhteydenotto</translation>
    </message>
    <message>
      <source>Every attempt so far:</source>
      <translation>Kaikki yhteydenotot tähän mennessä:</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>Seuraava yhteydenotto</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Miten</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Tulos</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>Julkaistu</translation>
    </message>
    <message>
      <source>Remind me to follow up</source>
      <translation>Muistuta minua ottamaan uudelleen yhteyttä</translation>
    </message>
    <message>
      <source>What was said and agreed, in a few words</source>
      <translation>Mitä puhuttiin ja sovittiin, muutamalla sanalla</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Milloin</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <source>Cannot do that</source>
      <translation>Toiminto ei onnistu</translation>
    </message>
    <message>
      <source>Details were written to %1.</source>
      <translation>Tarkemmat tiedot kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Jokin meni vikaan</translation>
    </message>
    <message>
      <source>The app ran into an unexpected error. Your saved data is safe; the last action may not have been completed.</source>
      <translation>Sovelluksessa tapahtui odottamaton virhe. Tallennetut tietosi ovat tallessa; viimeisin toiminto ei ehkä ehtinyt valmistua.</translation>
    </message>
  </context>
  <context>
    <name>CustomerData</name>
    <message>
      <source>&amp;Export as JSON…</source>
      <translation>&amp;Vie JSON-tiedostona…</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Hae</translation>
    </message>
    <message>
      <source>A customer's data</source>
      <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
      <source>Also on these records: %1.</source>
      <translation>Näissä tiedoissa myös: %1.</translation>
    </message>
    <message>
      <source>E&amp;rase everywhere…</source>
      <translation>P&amp;oista kaikkialta…</translation>
    </message>
    <message>
      <source>Erase everything about “%1”? Their details are removed from the incidents (which stay, anonymised), and their kind words and review requests are deleted. This cannot be undone.</source>
      <translation>Poistetaanko kaikki tiedot henkilöstä ”%1”? Hänen tietonsa poistetaan tapauksista (jotka säilyvät anonymisoituina), ja hänen kiitoksensa ja arviopyyntönsä poistetaan. Tätä ei voi perua.</translation>
    </message>
    <message>
      <source>Erase the customer's data</source>
      <translation>Poista asiakkaan tiedot</translation>
    </message>
    <message>
      <source>Erased. Incidents anonymised: %1; kind words deleted: %2; review requests deleted: %3.</source>
      <translation>Poistettu. Anonymisoituja tapauksia: %1; poistettuja kiitoksia: %2; poistettuja arviopyyntöjä: %3.</translation>
    </message>
    <message>
      <source>Export the customer's data</source>
      <translation>Vie asiakkaan tiedot</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Nothing is stored about “%1”.</source>
      <translation>Henkilöstä ”%1” ei ole tallennettu mitään.</translation>
    </message>
    <message>
      <source>Older backups may still hold the data; they are replaced as they rotate.</source>
      <translation>Vanhemmissa varmuuskopioissa voi yhä olla tiedot; ne korvautuvat kierrätyksessä.</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>Tallennettu: %1.</translation>
    </message>
    <message>
      <source>Stored about “%1” — incidents: %2; kind words: %3; review requests: %4.</source>
      <translation>Henkilöstä ”%1” on tallennettu — tapauksia: %2; kiitoksia: %3; arviopyyntöjä: %4.</translation>
    </message>
    <message>
      <source>When a customer asks what you keep about them, or asks you to delete it: give their name or e-mail address exactly as it was recorded.</source>
      <translation>Kun asiakas kysyy, mitä hänestä on tallennettu, tai pyytää poistamaan tiedot: anna hänen nimensä tai sähköpostiosoitteensa täsmälleen niin kuin se on kirjattu.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>%1 complaints in %2 months.</source>
      <translation>%1 valitusta %2 kuukaudessa.</translation>
    </message>
    <message>
      <source>&amp;Export the report…</source>
      <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
      <source>&amp;Spreadsheets…</source>
      <translation>&amp;Taulukot…</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>Koko ajalta</translation>
    </message>
    <message>
      <source>By severity</source>
      <translation>Vakavuuden mukaan</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Kaaviot</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Valitukset</translation>
    </message>
    <message>
      <source>Complaints per month, by channel</source>
      <translation>Valitukset kuukausittain kanavan mukaan</translation>
    </message>
    <message>
      <source>Complaints: %1</source>
      <translation>Valitukset: %1</translation>
    </message>
    <message>
      <source>Ended: %1</source>
      <translation>Päättyi: %1</translation>
    </message>
    <message>
      <source>Export the figures</source>
      <translation>Vie luvut</translation>
    </message>
    <message>
      <source>Export the incidents</source>
      <translation>Vie tapaukset</translation>
    </message>
    <message>
      <source>Export the report</source>
      <translation>Vie raportti</translation>
    </message>
    <message>
      <source>Figures (CSV)…</source>
      <translation>Luvut (CSV)…</translation>
    </message>
    <message>
      <source>First replies on time</source>
      <translation>Ensimmäiset vastaukset ajallaan</translation>
    </message>
    <message>
      <source>How they ended</source>
      <translation>Miten ne päättyivät</translation>
    </message>
    <message>
      <source>Incidents (CSV)…</source>
      <translation>Tapaukset (CSV)…</translation>
    </message>
    <message>
      <source>Kind words</source>
      <translation>Kiitokset</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
      <source>Late actions</source>
      <translation>Myöhässä olevat toimenpiteet</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Median time to notice</source>
      <translation>Mediaaniaika huomaamiseen</translation>
    </message>
    <message>
      <source>Median time to personal contact</source>
      <translation>Mediaaniaika henkilökohtaiseen yhteydenottoon</translation>
    </message>
    <message>
      <source>Median time to the first reply</source>
      <translation>Mediaaniaika ensimmäiseen vastaukseen</translation>
    </message>
    <message>
      <source>Month %1: complaints, kind words</source>
      <translation>Kuukausi %1: valitukset, kiitokset</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>Avoimet toimenpiteet</translation>
    </message>
    <message>
      <source>Open actions (late)</source>
      <translation>Avoimet toimenpiteet (myöhässä)</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Jakso:</translation>
    </message>
    <message>
      <source>Promises kept</source>
      <translation>Pidetyt lupaukset</translation>
    </message>
    <message>
      <source>Root cause: %1</source>
      <translation>Perimmäinen syy: %1</translation>
    </message>
    <message>
      <source>Root causes</source>
      <translation>Perimmäiset syyt</translation>
    </message>
    <message>
      <source>Spreadsheet (*.csv)</source>
      <translation>Taulukko (*.csv)</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Taulukko</translation>
    </message>
    <message>
      <source>The period's incidents, or its figures, as CSV</source>
      <translation>Jakson tapaukset tai luvut CSV-tiedostona</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Tänä vuonna</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Arvo</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>ei tietoa</translation>
    </message>
  </context>
  <context>
    <name>DatabaseLocation</name>
    <message>
      <source>An in-memory database cannot keep data.</source>
      <translation>Muistiin luotu tietokanta ei säilytä tietoja.</translation>
    </message>
    <message>
      <source>Cannot read “%1”: %2</source>
      <translation>Tiedostoa ”%1” ei voi lukea: %2</translation>
    </message>
    <message>
      <source>The folder “%1” does not exist.</source>
      <translation>Kansiota ”%1” ei ole olemassa.</translation>
    </message>
    <message>
      <source>Unsupported database “%1”: use a file or a PostgreSQL URL.</source>
      <translation>Tietokantaa ”%1” ei tueta: käytä tiedostoa tai PostgreSQL-osoitetta.</translation>
    </message>
    <message>
      <source>“%1” is a folder, not a database file.</source>
      <translation>”%1” on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
      <source>“%1” is not a Crisis Planner database (it is not a SQLite file). It was left as it is.</source>
      <translation>”%1” ei ole Crisis Plannerin tietokanta (se ei ole SQLite-tiedosto). Tiedostoon ei koskettu.</translation>
    </message>
    <message>
      <source>“%1” is not a database address.</source>
      <translation>”%1” ei ole tietokannan osoite.</translation>
    </message>
    <message>
      <source>“%1” is read-only: the app needs to write to it.</source>
      <translation>”%1” on vain luettavissa, mutta sovelluksen täytyy voida kirjoittaa siihen.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseSchema</name>
    <message>
      <source>%1 holds another program's data, not Crisis Planner's. It was left as it is.</source>
      <translation>%1 sisältää jonkin toisen ohjelman tietoja, ei Crisis Plannerin. Siihen ei koskettu.</translation>
    </message>
    <message>
      <source>%1 was written by a newer version of Crisis Planner (schema %2). Update the app to open it; the database was left as it is.</source>
      <translation>%1 on tallennettu Crisis Plannerin uudemmalla versiolla (rakenneversio %2). Päivitä sovellus avataksesi sen; tietokantaan ei koskettu.</translation>
    </message>
    <message>
      <source>Cannot connect to the database at %1: %2</source>
      <translation>Tietokantaan %1 ei saada yhteyttä: %2</translation>
    </message>
    <message>
      <source>The migration would break %1 links between records; nothing was changed.</source>
      <translation>Päivitys rikkoisi %1 viittausta tietueiden välillä, joten mitään ei muutettu.</translation>
    </message>
    <message>
      <source>Updating the database failed; nothing was changed: %1</source>
      <translation>Tietokannan päivitys epäonnistui, eikä mitään muutettu: %1</translation>
    </message>
    <message>
      <source>“%1” cannot be read as a database: %2</source>
      <translation>Tiedostoa ”%1” ei voi lukea tietokantana: %2</translation>
    </message>
    <message>
      <source>“%1” is another program's database, not Crisis Planner's. It was left as it is.</source>
      <translation>”%1” on jonkin toisen ohjelman tietokanta, ei Crisis Plannerin. Siihen ei koskettu.</translation>
    </message>
  </context>
  <context>
    <name>DemoCommand</name>
    <message>
      <source>Built the example business “%1” in %2 (%3 s).</source>
      <translation>Esimerkkiyritys ”%1” rakennettiin kansioon %2 (%3 s).</translation>
    </message>
    <message>
      <source>Complaints: %1 (%2)</source>
      <translation>Valitukset: %1 (%2)</translation>
    </message>
    <message>
      <source>Contact attempts: %1, timeline events: %2, blog posts: %3</source>
      <translation>Yhteydenotot: %1, aikajanan tapahtumat: %2, blogikirjoitukset: %3</translation>
    </message>
    <message>
      <source>Kind words: %1 (%2 from customers whose complaint was handled), review requests: %3</source>
      <translation>Kiitokset: %1 (%2 asiakkailta, joiden valitus hoidettiin), arviopyynnöt: %3</translation>
    </message>
    <message>
      <source>Lessons: %1 reviews done, %2 unfinished; actions: %3 (%4 done, %5 late); promise checks done: %6</source>
      <translation>Opit: %1 arviota tehty, %2 kesken; toimenpiteet: %3 (%4 tehty, %5 myöhässä); lupausten tarkistuksia tehty: %6</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
      <source>Practice drills: %1, listening checks: %2</source>
      <translation>Harjoitukset: %1, seurantakäynnit: %2</translation>
    </message>
    <message>
      <source>Remove the example data in %1 and build it again? [y/N] </source>
      <translation>Poistetaanko esimerkkitiedot kansiosta %1 ja rakennetaanko ne uudelleen? [k/E] </translation>
    </message>
    <message>
      <source>The example data is in %1 (built earlier; --reset builds it again).</source>
      <translation>Esimerkkitiedot ovat kansiossa %1 (rakennettu aiemmin; --reset rakentaa ne uudelleen).</translation>
    </message>
    <message>
      <source>The example keeps its data in a folder of its own, so --database cannot be used with demo.</source>
      <translation>Esimerkki pitää tietonsa omassa kansiossaan, joten --database-valitsinta ei voi käyttää demon kanssa.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>kyllä</translation>
    </message>
    <message>
      <source>“%1” exists and is not an example data folder, so it was left as it is.</source>
      <translation>”%1” on jo olemassa eikä se ole esimerkkikansio, joten se jätettiin ennalleen.</translation>
    </message>
  </context>
  <context>
    <name>DemoService</name>
    <message>
      <source>The example business goes only into an empty database, and this one already holds data. Nothing was changed.</source>
      <translation>Esimerkkiyrityksen voi luoda vain tyhjään tietokantaan, ja tässä on jo tietoja. Mitään ei muutettu.</translation>
    </message>
    <message>
      <source>“%1” exists already; it was left as it is.</source>
      <translation>”%1” on jo olemassa; se jätettiin ennalleen.</translation>
    </message>
    <message>
      <source>“%1” is not an example data folder, so it was left as it is.</source>
      <translation>”%1” ei ole esimerkkikansio, joten se jätettiin ennalleen.</translation>
    </message>
  </context>
  <context>
    <name>DrillResult</name>
    <message>
      <source>%1 / 100</source>
      <translation>%1 / 100</translation>
    </message>
    <message>
      <source>&amp;Back to practice</source>
      <translation>&amp;Takaisin harjoitteluun</translation>
    </message>
    <message>
      <source>A good reply here:</source>
      <translation>Hyvä vastaus tässä tilanteessa:</translation>
    </message>
    <message>
      <source>Adds this lesson to Review › Follow-through</source>
      <translation>Lisää opin kohtaan Arviointi › Seuranta</translation>
    </message>
    <message>
      <source>After-action note</source>
      <translation>Jälkiarvio</translation>
    </message>
    <message>
      <source>For example:</source>
      <translation>Esimerkiksi:</translation>
    </message>
    <message>
      <source>In Follow-through ✓</source>
      <translation>Seurannassa ✓</translation>
    </message>
    <message>
      <source>Lessons to act on</source>
      <translation>Opit toimenpiteiksi</translation>
    </message>
    <message>
      <source>Make it an action</source>
      <translation>Tee toimenpide</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Seuraavat askeleet</translation>
    </message>
    <message>
      <source>No lessons this time: well done.</source>
      <translation>Ei opittavaa tällä kertaa: hyvin tehty.</translation>
    </message>
    <message>
      <source>Note saved.</source>
      <translation>Muistiinpano tallennettu.</translation>
    </message>
    <message>
      <source>Practise this &amp;again</source>
      <translation>Harjoittele &amp;uudelleen</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Tallennetaan…</translation>
    </message>
    <message>
      <source>The public reply</source>
      <translation>Julkinen vastaus</translation>
    </message>
    <message>
      <source>Time against your target</source>
      <translation>Aika tavoitteeseen nähden</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Mitä tapahtui</translation>
    </message>
    <message>
      <source>What you learned, and what you would do differently.</source>
      <translation>Mitä opit ja mitä tekisit toisin.</translation>
    </message>
    <message>
      <source>Why this score</source>
      <translation>Mistä pisteet tulivat</translation>
    </message>
    <message>
      <source>You wrote:</source>
      <translation>Kirjoitit:</translation>
    </message>
    <message>
      <source>Your reply and a good one</source>
      <translation>Sinun vastauksesi ja hyvä vastaus</translation>
    </message>
  </context>
  <context>
    <name>DrillScore</name>
    <message>
      <source>%1 is generous for this case (about %2 would be fair): do not bend over backwards.</source>
      <translation>%1 on tähän tapaukseen antelias (noin %2 olisi kohtuullinen): älä tee kuperkeikkoja.</translation>
    </message>
    <message>
      <source>%1 is small for what went wrong (about %2 would be fair): a token can read as not taking it seriously.</source>
      <translation>%1 on vähän siihen nähden, mikä meni pieleen (noin %2 olisi kohtuullinen): pelkkä ele voi näyttää siltä, ettet ota asiaa vakavasti.</translation>
    </message>
    <message>
      <source>Became an advocate</source>
      <translation>Muuttui puolestapuhujaksi</translation>
    </message>
    <message>
      <source>Check the compensation limit: %1 is low for a case like this (about %2 would be fair).</source>
      <translation>Tarkista hyvitysraja: %1 on pieni tällaiseen tapaukseen (noin %2 olisi kohtuullinen).</translation>
    </message>
    <message>
      <source>Decide in the plan what you may offer and up to what value.</source>
      <translation>Päätä suunnitelmassa, mitä voit tarjota ja mihin arvoon asti.</translation>
    </message>
    <message>
      <source>Drill: %1 (%2/100).</source>
      <translation>Harjoitus: %1 (%2/100).</translation>
    </message>
    <message>
      <source>Good practice: a few things to polish</source>
      <translation>Hyvää harjoitusta: muutama kohta hiottavaksi</translation>
    </message>
    <message>
      <source>Got worse</source>
      <translation>Paheni</translation>
    </message>
    <message>
      <source>It was left open.</source>
      <translation>Asia jäi auki.</translation>
    </message>
    <message>
      <source>It was settled.</source>
      <translation>Asia saatiin sovittua.</translation>
    </message>
    <message>
      <source>Left open</source>
      <translation>Jäi auki</translation>
    </message>
    <message>
      <source>Next time:</source>
      <translation>Ensi kerralla:</translation>
    </message>
    <message>
      <source>Parted politely</source>
      <translation>Erottiin kohteliaasti</translation>
    </message>
    <message>
      <source>Ready for the real thing</source>
      <translation>Valmis oikeaan tilanteeseen</translation>
    </message>
    <message>
      <source>Set a reply target for every severity in the plan.</source>
      <translation>Aseta suunnitelmaan vastausaikatavoite jokaiselle vakavuudelle.</translation>
    </message>
    <message>
      <source>Settled</source>
      <translation>Sovittu</translation>
    </message>
    <message>
      <source>The angry customer now speaks well of you: the best ending there is.</source>
      <translation>Vihainen asiakas puhuu nyt sinusta hyvää: paras mahdollinen loppu.</translation>
    </message>
    <message>
      <source>The checker found nothing to point out, and the reply says what this case needs.</source>
      <translation>Tarkistin ei löytänyt huomautettavaa, ja vastauksessa on se, mitä tämä tilanne vaatii.</translation>
    </message>
    <message>
      <source>The fire spread.</source>
      <translation>Palo levisi.</translation>
    </message>
    <message>
      <source>Went well:</source>
      <translation>Meni hyvin:</translation>
    </message>
    <message>
      <source>Worth practising again</source>
      <translation>Kannattaa harjoitella uudelleen</translation>
    </message>
    <message>
      <source>You offered %1, more than your plan's limit of %2. The limit was set in calm time for moments like this.</source>
      <translation>Tarjosit %1, enemmän kuin suunnitelmasi raja %2. Raja päätettiin rauhallisena aikana juuri tällaisia hetkiä varten.</translation>
    </message>
    <message>
      <source>You parted ways politely.</source>
      <translation>Erositte kohteliaasti.</translation>
    </message>
    <message>
      <source>Your plan turns to the blog post only when the customer refuses or does not answer; you had not got that far.</source>
      <translation>Suunnitelmasi siirtyy blogikirjoitukseen vasta, kun asiakas kieltäytyy tai ei vastaa; et ollut vielä siinä vaiheessa.</translation>
    </message>
    <message>
      <source>Your plan's ladder tries a phone call first: the voice calms what writing does not.</source>
      <translation>Suunnitelmasi portaissa soitetaan ensin: ääni rauhoittaa sen, mitä kirjoitus ei.</translation>
    </message>
    <message>
      <source>Your plan's rule for parting ways: %1</source>
      <translation>Suunnitelmasi sääntö eroamiselle: %1</translation>
    </message>
    <message>
      <source>Your reply was up %1 after the post, within your plan's target of %2.</source>
      <translation>Vastauksesi oli näkyvillä %1 julkaisun jälkeen, suunnitelmasi tavoitteen (%2) sisällä.</translation>
    </message>
    <message>
      <source>Your reply was up %1 after the post. Your plan sets no target for this kind of complaint, so the time was not judged.</source>
      <translation>Vastauksesi oli näkyvillä %1 julkaisun jälkeen. Suunnitelmassasi ei ole tavoitetta tällaiselle valitukselle, joten aikaa ei arvioitu.</translation>
    </message>
    <message>
      <source>Your reply was up %1 after the post: %2 late against your plan's target of %3. The longer a complaint stands unanswered, the more harm it does; acknowledge first, perfect later.</source>
      <translation>Vastauksesi oli näkyvillä %1 julkaisun jälkeen: %2 myöhässä suunnitelmasi tavoitteesta (%3). Mitä pidempään valitus on vastaamatta, sitä enemmän se vahingoittaa; kuittaa ensin, hio myöhemmin.</translation>
    </message>
    <message>
      <source>“%1”: %2</source>
      <translation>”%1”: %2</translation>
    </message>
  </context>
  <context>
    <name>DrillScreen</name>
    <message>
      <source>&amp;Offer</source>
      <translation>&amp;Tarjoa</translation>
    </message>
    <message>
      <source>&amp;Post the reply</source>
      <translation>&amp;Julkaise vastaus</translation>
    </message>
    <message>
      <source>An unfinished drill is not kept in your history. Stop anyway?</source>
      <translation>Keskeneräistä harjoitusta ei tallenneta historiaan. Lopetetaanko silti?</translation>
    </message>
    <message>
      <source>How much do you offer? Your plan allows up to %1.</source>
      <translation>Kuinka paljon tarjoat? Suunnitelmasi sallii enintään %1.</translation>
    </message>
    <message>
      <source>How much do you offer? Your plan sets no limit.</source>
      <translation>Kuinka paljon tarjoat? Suunnitelmassasi ei ole rajaa.</translation>
    </message>
    <message>
      <source>In the drill, the reply counts as posted now</source>
      <translation>Harjoituksessa vastaus katsotaan julkaistuksi nyt</translation>
    </message>
    <message>
      <source>Practice: nothing is posted anywhere</source>
      <translation>Harjoitus: mitään ei julkaista</translation>
    </message>
    <message>
      <source>Scoring the drill…</source>
      <translation>Pisteytetään harjoitusta…</translation>
    </message>
    <message>
      <source>Stop the drill</source>
      <translation>Lopeta harjoitus</translation>
    </message>
    <message>
      <source>Stop the drill?</source>
      <translation>Lopetetaanko harjoitus?</translation>
    </message>
    <message>
      <source>What do you do?</source>
      <translation>Mitä teet?</translation>
    </message>
    <message>
      <source>You saw it at %1, %2 after it was posted.</source>
      <translation>Huomasit sen klo %1, %2 julkaisun jälkeen.</translation>
    </message>
    <message>
      <source>You saw it at %1.</source>
      <translation>Huomasit sen klo %1.</translation>
    </message>
    <message>
      <source>Your public reply</source>
      <translation>Julkinen vastauksesi</translation>
    </message>
  </context>
  <context>
    <name>DrillService</name>
    <message>
      <source>The note is too long.</source>
      <translation>Muistiinpano on liian pitkä.</translation>
    </message>
    <message>
      <source>This drill is no longer in the history.</source>
      <translation>Tätä harjoitusta ei enää ole historiassa.</translation>
    </message>
    <message>
      <source>This practice scenario no longer exists.</source>
      <translation>Tätä harjoitustilannetta ei enää ole.</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n päivä</numerusform>
        <numerusform>%n päivää</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n tunti</numerusform>
        <numerusform>%n tuntia</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuutti</numerusform>
        <numerusform>%n minuuttia</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>Cannot write “%1”: %2.</source>
      <translation>Tiedostoon ”%1” ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
      <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
      <translation>Tiedostoon ”%1” ei voi kirjoittaa: %2. Valitse kansio, johon sinulla on kirjoitusoikeus.</translation>
    </message>
    <message>
      <source>Cannot write “%1”: %2. Free some disk space and try again.</source>
      <translation>Tiedostoon ”%1” ei voi kirjoittaa: %2. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
      <source>Cannot write “%1”: the folder does not exist. Choose another folder.</source>
      <translation>Tiedostoa ”%1” ei voi tallentaa, koska kansiota ei ole olemassa. Valitse toinen kansio.</translation>
    </message>
    <message>
      <source>Could not create the PDF “%1”. Try again.</source>
      <translation>PDF-tiedoston ”%1” luominen epäonnistui. Yritä uudelleen.</translation>
    </message>
    <message>
      <source>“%1” is a folder. Choose a file name to export to.</source>
      <translation>”%1” on kansio. Anna tallennettavalle tiedostolle nimi.</translation>
    </message>
  </context>
  <context>
    <name>FollowUps</name>
    <message>
      <source>%1 · %2 · due %3</source>
      <translation>%1 · %2 · määräaika %3</translation>
    </message>
    <message>
      <source>Follow-up due</source>
      <translation>Uusi yhteydenotto on ajankohtainen</translation>
    </message>
    <message>
      <source>Time to follow up: %1 (%2).</source>
      <translation>Aika ottaa uudelleen yhteyttä: %1 (%2).</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>%1 (up to %2 tries within %3)</source>
      <translation>%1 (enintään %2 yritystä %3 sisällä)</translation>
    </message>
    <message>
      <source>Before a hard reply, call</source>
      <translation>Ennen vaikeaa vastausta soita</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Muistilista</translation>
    </message>
    <message>
      <source>Every step of the ladder has been tried.</source>
      <translation>Kaikki porrastuksen vaiheet on kokeiltu.</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Seuraava askel</translation>
    </message>
    <message>
      <source>Nobody yet. Add a sparring partner to the plan's people: someone calm who reads your reply before you post it.</source>
      <translation>Ei ketään vielä. Lisää suunnitelman henkilöihin sparrauskumppani: joku rauhallinen, joka lukee vastauksesi ennen julkaisua.</translation>
    </message>
    <message>
      <source>Principles</source>
      <translation>Periaatteet</translation>
    </message>
    <message>
      <source>Remember</source>
      <translation>Muista</translation>
    </message>
    <message>
      <source>The customer has not answered. The plan's fallback: an anonymous blog post about the case, from a learning angle.</source>
      <translation>Asiakas ei ole vastannut. Suunnitelman varakeino: nimetön blogikirjoitus tapauksesta, oppimisen näkökulmasta.</translation>
    </message>
    <message>
      <source>You reached the customer. Keep your promises, and close the case once it is settled.</source>
      <translation>Tavoitit asiakkaan. Pidä lupauksesi ja sulje tapaus, kun asia on ratkaistu.</translation>
    </message>
    <message>
      <source>a customer</source>
      <translation>eräs asiakas</translation>
    </message>
    <message>
      <source>“%1”
— %2, %3</source>
      <translation>”%1”
— %2, %3</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>Guide</source>
      <translation>Opas</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>%1 rows to import, %2 already in the journal or repeated, %3 with problems. (Encoding %4.)</source>
      <translation>%1 tuotavaa riviä, %2 jo kiitoksissa tai toistuvaa, %3 virheellistä. (Merkistö %4.)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(ei tuoda)</translation>
    </message>
    <message>
      <source>Already in the journal: skipped.</source>
      <translation>Jo kiitoksissa: ohitetaan.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Päivä</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Tuo</translation>
    </message>
    <message>
      <source>Import praise from %1</source>
      <translation>Tuo kiitoksia tiedostosta %1</translation>
    </message>
    <message>
      <source>Import the other rows and skip those with problems</source>
      <translation>Tuo muut rivit ja ohita virheelliset</translation>
    </message>
    <message>
      <source>Kind words</source>
      <translation>Kiitos</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Rivi %1: %2</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Linkki</translation>
    </message>
    <message>
      <source>May be quoted</source>
      <translation>Saa lainata</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Ei yhtään.</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>Ongelmat:</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>Tähdet</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Tunnisteet</translation>
    </message>
    <message>
      <source>The first rows:</source>
      <translation>Ensimmäiset rivit:</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Missä</translation>
    </message>
    <message>
      <source>Which column is which:</source>
      <translation>Mikä sarake on mitäkin:</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kuka</translation>
    </message>
  </context>
  <context>
    <name>IncidentCommand</name>
    <message>
      <source>Say how the permission was given.</source>
      <translation>Kerro, miten lupa annettiin.</translation>
    </message>
    <message>
      <source>Wrote %1.</source>
      <translation>Kirjoitettu: %1.</translation>
    </message>
    <message>
      <source>line %1: “%2” could identify the customer (%3)</source>
      <translation>rivi %1: ”%2” voi paljastaa asiakkaan henkilöllisyyden (%3)</translation>
    </message>
    <message>
      <source>“%1” is not a date and time (use ISO 8601, e.g. 2026-11-22T14:05+02:00).</source>
      <translation>”%1” ei ole päivämäärä ja kellonaika (käytä ISO 8601 -muotoa, esim. 2026-11-22T14:05+02:00).</translation>
    </message>
  </context>
  <context>
    <name>IncidentDetails</name>
    <message>
      <source>&amp;Save the details</source>
      <translation>&amp;Tallenna tiedot</translation>
    </message>
    <message>
      <source>Customer's name</source>
      <translation>Asiakkaan nimi</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <source>How serious</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Linkki</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Puhelin</translation>
    </message>
    <message>
      <source>Profile link</source>
      <translation>Profiililinkki</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tallennettu.</translation>
    </message>
    <message>
      <source>What it is about</source>
      <translation>Mistä on kyse</translation>
    </message>
    <message>
      <source>What was written:</source>
      <translation>Mitä kirjoitettiin:</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Missä</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Kirjoittaja</translation>
    </message>
    <message>
      <source>“What it is about” fills {topic} in replies. The customer's details are personal data; the blog post's anonymity check looks for them.</source>
      <translation>”Mistä on kyse” täyttää vastauksiin kohdan {topic}. Asiakkaan tiedot ovat henkilötietoja; blogikirjoituksen tunnistettavuuden tarkistus etsii niitä.</translation>
    </message>
  </context>
  <context>
    <name>IncidentList</name>
    <message>
      <source>%1 shown</source>
      <translation>%1 näkyvissä</translation>
    </message>
    <message>
      <source>%1 shown · %2 late in all</source>
      <translation>%1 näkyvissä · yhteensä %2 myöhässä</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Tehty</translation>
    </message>
    <message>
      <source>&amp;Log a complaint…</source>
      <translation>&amp;Kirjaa valitus…</translation>
    </message>
    <message>
      <source>Any severity</source>
      <translation>Kaikki vakavuudet</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Kaikki tilat</translation>
    </message>
    <message>
      <source>Anywhere</source>
      <translation>Kaikki kanavat</translation>
    </message>
    <message>
      <source>Ctrl+N, from any page</source>
      <translation>Ctrl+N millä tahansa sivulla</translation>
    </message>
    <message>
      <source>First reply</source>
      <translation>Ensimmäinen vastaus</translation>
    </message>
    <message>
      <source>Follow-ups due</source>
      <translation>Ajankohtaiset uudet yhteydenotot</translation>
    </message>
    <message>
      <source>How serious</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>LATE</source>
      <translation>MYÖHÄSSÄ</translation>
    </message>
    <message>
      <source>Late: a response clock is past its target.</source>
      <translation>Myöhässä: vastausaika on ylittänyt tavoitteen.</translation>
    </message>
    <message>
      <source>Mark the selected follow-up done</source>
      <translation>Merkitse valittu yhteydenotto tehdyksi</translation>
    </message>
    <message>
      <source>No complaints logged. When you find one, press Ctrl+N and paste it: the clock starts and the app walks you through the rest.</source>
      <translation>Valituksia ei ole kirjattu. Kun löydät sellaisen, paina Ctrl+N ja liitä se: kello käynnistyy ja sovellus opastaa sinut loppuun.</translation>
    </message>
    <message>
      <source>Nothing matches these filters.</source>
      <translation>Mikään ei vastaa näitä rajauksia.</translation>
    </message>
    <message>
      <source>Only &amp;late</source>
      <translation>Vain &amp;myöhässä olevat</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Avoimet</translation>
    </message>
    <message>
      <source>Search the text, title or author…</source>
      <translation>Hae tekstistä, otsikosta tai kirjoittajasta…</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Huomattu</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>What it is about</source>
      <translation>Mistä on kyse</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Missä</translation>
    </message>
  </context>
  <context>
    <name>IncidentScreen</name>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Vie…</translation>
    </message>
    <message>
      <source>Add to the &amp;journal…</source>
      <translation>Lisää &amp;kiitoksiin…</translation>
    </message>
    <message>
      <source>Blog post</source>
      <translation>Blogikirjoitus</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Yhteydenotot</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Tiedot</translation>
    </message>
    <message>
      <source>Export the case</source>
      <translation>Vie tapaus</translation>
    </message>
    <message>
      <source>First personal contact</source>
      <translation>Ensimmäinen henkilökohtainen yhteydenotto</translation>
    </message>
    <message>
      <source>First public reply</source>
      <translation>Ensimmäinen julkinen vastaus</translation>
    </message>
    <message>
      <source>Found after</source>
      <translation>Huomattu ajassa</translation>
    </message>
    <message>
      <source>From posting to when you saw it: your listening routine at work.</source>
      <translation>Julkaisusta siihen, kun huomasit sen: kuuntelurutiinisi mittari.</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Opit</translation>
    </message>
    <message>
      <source>Lessons &amp;learned…</source>
      <translation>&amp;Opit…</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>Vastaus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Tila:</translation>
    </message>
    <message>
      <source>The case is closed. When you have a calm moment, look back on it: what caused it and what will you change?</source>
      <translation>Tapaus on suljettu. Kun sinulla on rauhallinen hetki, katso taaksepäin: mikä sen aiheutti ja mitä muutat?</translation>
    </message>
    <message>
      <source>The case was saved to %1.</source>
      <translation>Tapaus tallennettiin tiedostoon %1.</translation>
    </message>
    <message>
      <source>The customer ended up happy: keep their kind words in the journal</source>
      <translation>Asiakas päätyi tyytyväiseksi: tallenna hänen ystävälliset sanansa kiitoksiin</translation>
    </message>
    <message>
      <source>The customer has not answered, as your plan's fallback rule describes. Time for the blog post: tell the story of “a customer” and what you learned.</source>
      <translation>Asiakas ei ole vastannut, kuten suunnitelmasi varakeinon sääntö kuvaa. On blogikirjoituksen aika: kerro ”eräästä asiakkaasta” ja siitä, mitä opit.</translation>
    </message>
    <message>
      <source>The posting time is not known.</source>
      <translation>Julkaisuaikaa ei tiedetä.</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikajana</translation>
    </message>
    <message>
      <source>Write the &amp;blog post</source>
      <translation>Kirjoita &amp;blogikirjoitus</translation>
    </message>
    <message>
      <source>by %1</source>
      <translation>kirjoittaja %1</translation>
    </message>
    <message>
      <source>open the post</source>
      <translation>avaa kirjoitus</translation>
    </message>
    <message>
      <source>severity: %1</source>
      <translation>vakavuus: %1</translation>
    </message>
    <message>
      <source>← &amp;All incidents</source>
      <translation>← &amp;Kaikki tapaukset</translation>
    </message>
  </context>
  <context>
    <name>IncidentService</name>
    <message>
      <source>It cannot have been posted after you saw it.</source>
      <translation>Kommenttia ei ole voitu julkaista sen jälkeen, kun näit sen.</translation>
    </message>
    <message>
      <source>Paste the reply you posted.</source>
      <translation>Liitä julkaisemasi vastaus.</translation>
    </message>
    <message>
      <source>Paste the text of the comment.</source>
      <translation>Liitä kommentin teksti.</translation>
    </message>
    <message>
      <source>Say how the permission was given (e.g. by e-mail on 3 May).</source>
      <translation>Kerro, miten lupa annettiin (esim. sähköpostilla 3.5.).</translation>
    </message>
    <message>
      <source>Say in a few words what it is about.</source>
      <translation>Kerro muutamalla sanalla, mistä on kyse.</translation>
    </message>
    <message>
      <source>The contact attempt was removed.</source>
      <translation>Yhteydenotto on poistettu.</translation>
    </message>
    <message>
      <source>The follow-up must come after the attempt.</source>
      <translation>Uuden yhteydenoton on oltava tämän jälkeen.</translation>
    </message>
    <message>
      <source>The incident no longer exists.</source>
      <translation>Tapausta ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>The notes are too long.</source>
      <translation>Muistiinpanot ovat liian pitkät.</translation>
    </message>
    <message>
      <source>The reply is too long.</source>
      <translation>Vastaus on liian pitkä.</translation>
    </message>
    <message>
      <source>The text is too long (20,000 characters at most).</source>
      <translation>Teksti on liian pitkä (enintään 20 000 merkkiä).</translation>
    </message>
    <message>
      <source>There is no incident %1.</source>
      <translation>Tapausta %1 ei ole.</translation>
    </message>
    <message>
      <source>This checklist step was removed from the plan.</source>
      <translation>Tämä muistilistan kohta on poistettu suunnitelmasta.</translation>
    </message>
    <message>
      <source>This does not look like a phone number.</source>
      <translation>Tämä ei näytä puhelinnumerolta.</translation>
    </message>
    <message>
      <source>This does not look like an e-mail address.</source>
      <translation>Tämä ei näytä sähköpostiosoitteelta.</translation>
    </message>
    <message>
      <source>This is long before the incident was logged.</source>
      <translation>Tämä on kauan ennen kuin tapaus kirjattiin.</translation>
    </message>
    <message>
      <source>This is not a web address (it should start with https://).</source>
      <translation>Tämä ei ole verkko-osoite (sen pitäisi alkaa https://).</translation>
    </message>
    <message>
      <source>This time is in the future.</source>
      <translation>Tämä aika on tulevaisuudessa.</translation>
    </message>
    <message>
      <source>Write the note first.</source>
      <translation>Kirjoita ensin muistiinpano.</translation>
    </message>
    <message>
      <source>Write the reply first.</source>
      <translation>Kirjoita ensin vastaus.</translation>
    </message>
  </context>
  <context>
    <name>IncidentsPage</name>
    <message>
      <source>Incidents</source>
      <translation>Tapaukset</translation>
    </message>
    <message>
      <source>When a customer criticises you in public: log it, answer against the clock in your own words, and keep track of every call, visit and message.</source>
      <translation>Kun asiakas arvostelee sinua julkisesti: kirjaa tapaus, vastaa ajoissa omin sanoin ja pidä kirjaa jokaisesta puhelusta, käynnistä ja viestistä.</translation>
    </message>
  </context>
  <context>
    <name>Interchange</name>
    <message>
      <source>%1 %2 appears twice in %3 (first at %4[%5]).</source>
      <translation>%1 %2 esiintyy kahdesti kohteessa %3 (ensin kohdassa %4[%5]).</translation>
    </message>
    <message>
      <source>%1 is not a number JSON allows.</source>
      <translation>%1 ei ole JSONin sallima luku.</translation>
    </message>
    <message>
      <source>%1 is out of range (%2 to %3).</source>
      <translation>%1 on sallitun alueen ulkopuolella (%2–%3).</translation>
    </message>
    <message>
      <source>A number in the document is far too long.</source>
      <translation>Asiakirjassa on aivan liian pitkä luku.</translation>
    </message>
    <message>
      <source>A value is required here (null is not allowed).</source>
      <translation>Tähän tarvitaan arvo (null ei kelpaa).</translation>
    </message>
    <message>
      <source>Contains a NUL character, which cannot be stored.</source>
      <translation>Sisältää NUL-merkin, jota ei voi tallentaa.</translation>
    </message>
    <message>
      <source>Contains an unpaired surrogate, which is not valid Unicode.</source>
      <translation>Sisältää parittoman sijaismerkin, joka ei ole kelvollista Unicodea.</translation>
    </message>
    <message>
      <source>Expected %1, found %2.</source>
      <translation>Odotettiin: %1, löytyi: %2.</translation>
    </message>
    <message>
      <source>Must be %1 or less.</source>
      <translation>Enintään %1.</translation>
    </message>
    <message>
      <source>Must be %1 or more.</source>
      <translation>Vähintään %1.</translation>
    </message>
    <message>
      <source>Must be after %1.</source>
      <translation>Oltava %1 jälkeen.</translation>
    </message>
    <message>
      <source>Must be before %1.</source>
      <translation>Oltava ennen %1.</translation>
    </message>
    <message>
      <source>Must be from %1 to %2.</source>
      <translation>Oltava välillä %1–%2.</translation>
    </message>
    <message>
      <source>Must be less than %1.</source>
      <translation>Oltava alle %1.</translation>
    </message>
    <message>
      <source>Must be more than %1.</source>
      <translation>Oltava yli %1.</translation>
    </message>
    <message>
      <source>Must not be after %1.</source>
      <translation>Ei saa olla %1 jälkeen.</translation>
    </message>
    <message>
      <source>Must not be before %1.</source>
      <translation>Ei saa olla ennen %1.</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was imported: the document has %n problem(s).</source>
      <translation>
        <numerusform>Mitään ei tuotu: asiakirjassa on %n ongelma.</numerusform>
        <numerusform>Mitään ei tuotu: asiakirjassa on %n ongelmaa.</numerusform>
      </translation>
    </message>
    <message>
      <source>The database holds data already (%1 rows). Import into an empty database, or replace everything in it on purpose (--replace).</source>
      <translation>Tietokannassa on jo tietoja (%1 riviä). Tuo tyhjään tietokantaan tai korvaa kaikki sen tiedot tietoisesti (--replace).</translation>
    </message>
    <message>
      <source>The database refused the data: %1</source>
      <translation>Tietokanta ei hyväksynyt tietoja: %1</translation>
    </message>
    <message>
      <source>The document nests deeper than %1 levels.</source>
      <translation>Asiakirja on sisäkkäinen yli %1 tason syvyydeltä.</translation>
    </message>
    <message>
      <source>The file is not UTF-8 text (invalid byte at position %1). Save it as UTF-8 and try again.</source>
      <translation>Tiedosto ei ole UTF-8-tekstiä (virheellinen tavu kohdassa %1). Tallenna se UTF-8-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
      <source>The file is too large (%1 MB at most).</source>
      <translation>Tiedosto on liian suuri (enintään %1 Mt).</translation>
    </message>
    <message>
      <source>The key “%1” appears twice in one object.</source>
      <translation>Avain ”%1” esiintyy kahdesti samassa objektissa.</translation>
    </message>
    <message>
      <source>The year must be from %1 to %2.</source>
      <translation>Vuoden on oltava välillä %1–%2.</translation>
    </message>
    <message>
      <source>There is no %1 with id %2 in the document.</source>
      <translation>Asiakirjassa ei ole kohdetta %1, jonka tunniste on %2.</translation>
    </message>
    <message>
      <source>This is not a Crisis Planner document (expected “%1”).</source>
      <translation>Tämä ei ole Crisis Plannerin asiakirja (odotettiin ”%1”).</translation>
    </message>
    <message>
      <source>This is not valid JSON: %1 (line %2, column %3).</source>
      <translation>Tämä ei ole kelvollista JSONia: %1 (rivi %2, sarake %3).</translation>
    </message>
    <message>
      <source>This key is missing.</source>
      <translation>Tämä avain puuttuu.</translation>
    </message>
    <message>
      <source>This table is missing (give [] when empty).</source>
      <translation>Tämä taulu puuttuu (anna [], kun se on tyhjä).</translation>
    </message>
    <message>
      <source>This time has no UTC offset; add Z (UTC) or the offset, such as +02:00.</source>
      <translation>Ajasta puuttuu UTC-poikkeama; lisää Z (UTC) tai poikkeama, kuten +02:00.</translation>
    </message>
    <message>
      <source>This value is computed by the app; leave it out of the document.</source>
      <translation>Sovellus laskee tämän arvon itse; jätä se pois asiakirjasta.</translation>
    </message>
    <message>
      <source>Too long: %1 characters, %2 at most.</source>
      <translation>Liian pitkä: %1 merkkiä, enintään %2.</translation>
    </message>
    <message>
      <source>Too many problems; the first %1 are listed.</source>
      <translation>Liian monta ongelmaa; ensimmäiset %1 on lueteltu.</translation>
    </message>
    <message>
      <source>Unknown key.</source>
      <translation>Tuntematon avain.</translation>
    </message>
    <message>
      <source>Unknown table.</source>
      <translation>Tuntematon taulu.</translation>
    </message>
    <message>
      <source>Unknown value “%1”; use one of: %2.</source>
      <translation>Tuntematon arvo ”%1”; käytä jotakin näistä: %2.</translation>
    </message>
    <message>
      <source>Version %1 is not supported; this app reads version %2. A newer app may be needed.</source>
      <translation>Versiota %1 ei tueta; tämä sovellus lukee versiota %2. Uudempi sovellus voi olla tarpeen.</translation>
    </message>
    <message>
      <source>a date such as 2025-03-01</source>
      <translation>päivämäärä, kuten 2025-03-01</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>lista</translation>
    </message>
    <message>
      <source>a list of rows</source>
      <translation>rivien lista</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>luku</translation>
    </message>
    <message>
      <source>a time such as 2025-03-01T14:30:00Z</source>
      <translation>aika, kuten 2025-03-01T14:30:00Z</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>kokonaisluku</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>objekti</translation>
    </message>
    <message>
      <source>an object with format, version and data</source>
      <translation>objekti, jossa on format, version ja data</translation>
    </message>
    <message>
      <source>text</source>
      <translation>teksti</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true tai false</translation>
    </message>
    <message>
      <source>“%1” is not %2.</source>
      <translation>”%1” ei ole %2.</translation>
    </message>
    <message>
      <source>“%1” is not a real date.</source>
      <translation>”%1” ei ole todellinen päivämäärä.</translation>
    </message>
    <message>
      <source>“%1” is not a real time.</source>
      <translation>”%1” ei ole todellinen aika.</translation>
    </message>
  </context>
  <context>
    <name>InterchangeCommand</name>
    <message>
      <source>Cannot read “%1”: %2.</source>
      <translation>Tiedostoa ”%1” ei voi lukea: %2.</translation>
    </message>
    <message>
      <source>Deleted the %1 rows that were there.</source>
      <translation>Poistettiin aiemmat %1 riviä.</translation>
    </message>
    <message>
      <source>Imported %1 rows from %2.</source>
      <translation>Tuotiin %1 riviä tiedostosta %2.</translation>
    </message>
    <message>
      <source>Nothing was imported; the database is unchanged.</source>
      <translation>Mitään ei tuotu; tietokanta on ennallaan.</translation>
    </message>
    <message>
      <source>Wrote %1.</source>
      <translation>Kirjoitettiin %1.</translation>
    </message>
  </context>
  <context>
    <name>JournalCli</name>
    <message>
      <source>%1: %2 rows to import, %3 duplicates, %4 with problems (encoding %5, columns: %6).</source>
      <translation>%1: %2 tuotavaa riviä, %3 kaksoiskappaletta, %4 virheellistä (merkistö %5, sarakkeet: %6).</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) have problems: nothing was imported. Correct them, or use --skip-bad to import the other rows.</source>
      <translation>
        <numerusform>%n rivissä on virhe: mitään ei tuotu. Korjaa se, tai tuo muut rivit valitsimella --skip-bad.</numerusform>
        <numerusform>%n rivissä on virheitä: mitään ei tuotu. Korjaa ne, tai tuo muut rivit valitsimella --skip-bad.</numerusform>
      </translation>
    </message>
    <message>
      <source>--from is after --to: nothing can match.</source>
      <translation>--from on myöhemmin kuin --to: mikään ei voi osua.</translation>
    </message>
    <message>
      <source>Column “%1” is mapped twice.</source>
      <translation>Sarake ”%1” on yhdistetty kahdesti.</translation>
    </message>
    <message>
      <source>Dry run: nothing was imported.</source>
      <translation>Kokeiluajo: mitään ei tuotu.</translation>
    </message>
    <message>
      <source>Imported %1, skipped %2 duplicates and %3 rows with problems.</source>
      <translation>Tuotiin %1, ohitettiin %2 kaksoiskappaletta ja %3 virheellistä riviä.</translation>
    </message>
    <message>
      <source>Wrote %1.</source>
      <translation>Kirjoitettiin %1.</translation>
    </message>
    <message>
      <source>line %1: %2</source>
      <translation>rivi %1: %2</translation>
    </message>
    <message>
      <source>“%1” is not COLUMN=FIELD (e.g. Arvio=text).</source>
      <translation>”%1” ei ole muotoa SARAKE=KENTTÄ (esim. Arvio=text).</translation>
    </message>
    <message>
      <source>“%1” is not a date (use YYYY-MM-DD, e.g. 2025-03-01).</source>
      <translation>”%1” ei ole päivämäärä (käytä muotoa VVVV-KK-PP, esim. 2025-03-01).</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <source>%n entry(ies)</source>
      <translation>
        <numerusform>%n merkintä</numerusform>
        <numerusform>%n merkintää</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kind word(s) in the journal, and no complaints.</source>
      <translation>
        <numerusform>%n kiitos tallessa, eikä yhtään valitusta.</numerusform>
        <numerusform>%n kiitosta tallessa, eikä yhtään valitusta.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kind word(s) since the last complaint.</source>
      <translation>
        <numerusform>%n kiitos edellisen valituksen jälkeen.</numerusform>
        <numerusform>%n kiitosta edellisen valituksen jälkeen.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Päivä</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Tuo…</translation>
    </message>
    <message>
      <source>&amp;Kind words</source>
      <translation>&amp;Kiitos</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Linkki</translation>
    </message>
    <message>
      <source>&amp;New entry</source>
      <translation>&amp;Uusi merkintä</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Tallenna</translation>
    </message>
    <message>
      <source>&amp;Stars</source>
      <translation>T&amp;ähdet</translation>
    </message>
    <message>
      <source>&amp;Tags</source>
      <translation>&amp;Tunnisteet</translation>
    </message>
    <message>
      <source>&amp;Undo delete</source>
      <translation>&amp;Peru poisto</translation>
    </message>
    <message>
      <source>&amp;Who</source>
      <translation>&amp;Kuka</translation>
    </message>
    <message>
      <source>A happy customer: add them to the review requests</source>
      <translation>Tyytyväinen asiakas: lisää hänet arviopyyntöihin</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>Kaikki tunnisteet</translation>
    </message>
    <message>
      <source>Anywhere</source>
      <translation>Kaikki kanavat</translation>
    </message>
    <message>
      <source>As&amp;k for a review</source>
      <translation>Pyydä &amp;arviota</translation>
    </message>
    <message>
      <source>Bring in praise from a CSV file</source>
      <translation>Tuo kiitoksia CSV-tiedostosta</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>P&amp;oista</translation>
    </message>
    <message>
      <source>Deleted “%1”.</source>
      <translation>Poistettu ”%1”.</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>&amp;Vie…</translation>
    </message>
    <message>
      <source>Edit the entry</source>
      <translation>Muokkaa merkintää</translation>
    </message>
    <message>
      <source>Export the journal</source>
      <translation>Vie kiitokset</translation>
    </message>
    <message>
      <source>Import praise</source>
      <translation>Tuo kiitoksia</translation>
    </message>
    <message>
      <source>Imported %1; skipped %2 duplicates and %3 with problems.</source>
      <translation>Tuotiin %1; ohitettiin %2 kaksoiskappaletta ja %3 virheellistä.</translation>
    </message>
    <message>
      <source>In the last %1 months: %2 kind words, %3 complaints.</source>
      <translation>Viimeisten %1 kuukauden aikana: %2 kiitosta, %3 valitusta.</translation>
    </message>
    <message>
      <source>Keep the praise you receive and read it again when times are hard. Ask happy customers to leave a review.</source>
      <translation>Tallenna saamasi kiitokset ja lue ne uudelleen, kun on raskasta. Pyydä tyytyväisiä asiakkaita jättämään arvostelu.</translation>
    </message>
    <message>
      <source>Kind words</source>
      <translation>Kiitokset</translation>
    </message>
    <message>
      <source>Markdown text (*.md)</source>
      <translation>Markdown-teksti (*.md)</translation>
    </message>
    <message>
      <source>May be quoted publicly (as a testimonial)</source>
      <translation>Saa lainata julkisesti (suosituksena)</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>Uusi merkintä</translation>
    </message>
    <message>
      <source>New entry from a resolved complaint</source>
      <translation>Uusi merkintä ratkaistusta valituksesta</translation>
    </message>
    <message>
      <source>On this day:</source>
      <translation>Tänä päivänä aiemmin:</translation>
    </message>
    <message>
      <source>Positive-feedback journal</source>
      <translation>Kiitospäiväkirja</translation>
    </message>
    <message>
      <source>Review requests</source>
      <translation>Arviopyynnöt</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>Tallennettu: %1.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tallennettu.</translation>
    </message>
    <message>
      <source>Saved. Thank you for keeping it.</source>
      <translation>Tallennettu. Hyvä, että pidit sen tallessa.</translation>
    </message>
    <message>
      <source>Search the journal…</source>
      <translation>Hae kiitoksista…</translation>
    </message>
    <message>
      <source>Spreadsheet (*.csv)</source>
      <translation>Taulukko (*.csv)</translation>
    </message>
    <message>
      <source>The kind words, as they were said</source>
      <translation>Kiitos sellaisenaan</translation>
    </message>
    <message>
      <source>W&amp;here</source>
      <translation>M&amp;issä</translation>
    </message>
    <message>
      <source>Your journal is empty. Every thank-you, five-star review and kind word belongs here: on a hard day, reading them back helps.</source>
      <translation>Kiitoksia ei ole vielä tallessa. Jokainen kiitos, viiden tähden arvio ja ystävällinen sana kuuluu tänne: raskaana päivänä niiden lukeminen auttaa.</translation>
    </message>
    <message>
      <source>any time</source>
      <translation>milloin tahansa</translation>
    </message>
    <message>
      <source>complaints</source>
      <translation>valitukset</translation>
    </message>
    <message>
      <source>e.g. service, bread (comma between)</source>
      <translation>esim. palvelu, leipä (pilkku väliin)</translation>
    </message>
    <message>
      <source>from</source>
      <translation>alkaen</translation>
    </message>
    <message>
      <source>kind words</source>
      <translation>kiitokset</translation>
    </message>
    <message>
      <source>no stars</source>
      <translation>ei tähtiä</translation>
    </message>
    <message>
      <source>to</source>
      <translation>asti</translation>
    </message>
    <message>
      <source>“%1” — %2, %3</source>
      <translation>”%1” — %2, %3</translation>
    </message>
  </context>
  <context>
    <name>JournalService</name>
    <message>
      <source>A tag is too long (100 characters at most).</source>
      <translation>Tunniste on liian pitkä (enintään 100 merkkiä).</translation>
    </message>
    <message>
      <source>Stars go from 1 to 5.</source>
      <translation>Tähtiä voi olla 1–5.</translation>
    </message>
    <message>
      <source>The link is too long (2,000 characters at most).</source>
      <translation>Linkki on liian pitkä (enintään 2 000 merkkiä).</translation>
    </message>
    <message>
      <source>The name is too long (200 characters at most).</source>
      <translation>Nimi on liian pitkä (enintään 200 merkkiä).</translation>
    </message>
    <message>
      <source>The text is too long (10,000 characters at most).</source>
      <translation>Teksti on liian pitkä (enintään 10 000 merkkiä).</translation>
    </message>
    <message>
      <source>This date is in the future.</source>
      <translation>Päivämäärä on tulevaisuudessa.</translation>
    </message>
    <message>
      <source>This entry no longer exists.</source>
      <translation>Tätä merkintää ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>This is not a web address (it should start with https://).</source>
      <translation>Tämä ei ole verkko-osoite (sen pitäisi alkaa https://).</translation>
    </message>
    <message>
      <source>Write down the kind words.</source>
      <translation>Kirjoita kiitoksen sanat.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>A forum thread</source>
      <translation>Keskustelupalstan ketju</translation>
    </message>
    <message>
      <source>A justified complaint</source>
      <translation>Aiheellinen valitus</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>Kuitattu</translation>
    </message>
    <message>
      <source>An angry review</source>
      <translation>Vihainen arvostelu</translation>
    </message>
    <message>
      <source>An unfounded complaint</source>
      <translation>Aiheeton valitus</translation>
    </message>
    <message>
      <source>Arrives at night</source>
      <translation>Tulee yöllä</translation>
    </message>
    <message>
      <source>Basics</source>
      <translation>Perustiedot</translation>
    </message>
    <message>
      <source>Becomes an advocate</source>
      <translation>Muuttuu puolestapuhujaksi</translation>
    </message>
    <message>
      <source>Blog post</source>
      <translation>Blogikirjoitus</translation>
    </message>
    <message>
      <source>Blog-post outline</source>
      <translation>Blogikirjoituksen runko</translation>
    </message>
    <message>
      <source>Can fix</source>
      <translation>Korjaaja</translation>
    </message>
    <message>
      <source>Checklist step</source>
      <translation>Muistilistan vaihe</translation>
    </message>
    <message>
      <source>Closed without resolution</source>
      <translation>Suljettu ilman ratkaisua</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Hyvitykset</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>Kriittinen</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Kieltäytyi</translation>
    </message>
    <message>
      <source>Delay</source>
      <translation>Viivästys</translation>
    </message>
    <message>
      <source>Different expectations</source>
      <translation>Erilaiset odotukset</translation>
    </message>
    <message>
      <source>Direct message</source>
      <translation>Yksityisviesti</translation>
    </message>
    <message>
      <source>Do</source>
      <translation>Tee näin</translation>
    </message>
    <message>
      <source>Don't</source>
      <translation>Älä tee näin</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Englanti</translation>
    </message>
    <message>
      <source>Escalation ladder</source>
      <translation>Yhteydenottoportaat</translation>
    </message>
    <message>
      <source>Facebook</source>
      <translation>Facebook</translation>
    </message>
    <message>
      <source>Faulty work</source>
      <translation>Virheellinen työ</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>Suomi</translation>
    </message>
    <message>
      <source>Follow-up after a fix</source>
      <translation>Jatkoviesti korjauksen jälkeen</translation>
    </message>
    <message>
      <source>Forum</source>
      <translation>Keskustelupalsta</translation>
    </message>
    <message>
      <source>Google reviews</source>
      <translation>Google-arvostelut</translation>
    </message>
    <message>
      <source>In contact</source>
      <translation>Yhteydessä</translation>
    </message>
    <message>
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <source>Justified</source>
      <translation>Aiheellinen</translation>
    </message>
    <message>
      <source>Late-reply apology</source>
      <translation>Pahoittelu myöhäisestä vastauksesta</translation>
    </message>
    <message>
      <source>Left a message</source>
      <translation>Jätin viestin</translation>
    </message>
    <message>
      <source>Listening routine</source>
      <translation>Seurantarutiini</translation>
    </message>
    <message>
      <source>Media monitoring</source>
      <translation>Mediaseuranta</translation>
    </message>
    <message>
      <source>Mild</source>
      <translation>Lievä</translation>
    </message>
    <message>
      <source>Names you personally</source>
      <translation>Mainitsee sinut nimeltä</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Uusi</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>Ei vastausta</translation>
    </message>
    <message>
      <source>Not justified</source>
      <translation>Aiheeton</translation>
    </message>
    <message>
      <source>Offer to call</source>
      <translation>Soittotarjous</translation>
    </message>
    <message>
      <source>Only wants free things</source>
      <translation>Haluaa vain ilmaista</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Muu</translation>
    </message>
    <message>
      <source>Other cause</source>
      <translation>Muu syy</translation>
    </message>
    <message>
      <source>Other situation</source>
      <translation>Muu tilanne</translation>
    </message>
    <message>
      <source>Parted ways</source>
      <translation>Asiakkuus päätetty</translation>
    </message>
    <message>
      <source>Parting with a refund</source>
      <translation>Hyvitys ja asiakkuuden päättäminen</translation>
    </message>
    <message>
      <source>Partly justified</source>
      <translation>Osittain aiheellinen</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Ihmiset</translation>
    </message>
    <message>
      <source>Personal chemistry</source>
      <translation>Henkilökemia</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Puhelu</translation>
    </message>
    <message>
      <source>Principles</source>
      <translation>Periaatteet</translation>
    </message>
    <message>
      <source>Public acknowledgement</source>
      <translation>Julkinen kuittaus</translation>
    </message>
    <message>
      <source>Public reply</source>
      <translation>Julkinen vastaus</translation>
    </message>
    <message>
      <source>Reached: went badly</source>
      <translation>Tavoitettu: meni huonosti</translation>
    </message>
    <message>
      <source>Reached: went well</source>
      <translation>Tavoitettu: meni hyvin</translation>
    </message>
    <message>
      <source>Reply templates</source>
      <translation>Vastauspohjat</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Ratkaistu</translation>
    </message>
    <message>
      <source>Responder</source>
      <translation>Vastaaja</translation>
    </message>
    <message>
      <source>Response times</source>
      <translation>Vasteajat</translation>
    </message>
    <message>
      <source>Review and changes</source>
      <translation>Katselmointi ja muutokset</translation>
    </message>
    <message>
      <source>Review request</source>
      <translation>Arvostelupyyntö</translation>
    </message>
    <message>
      <source>Review site</source>
      <translation>Arvostelusivusto</translation>
    </message>
    <message>
      <source>Severe</source>
      <translation>Vakava</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Sosiaalinen media</translation>
    </message>
    <message>
      <source>Something else in the customer's life</source>
      <translation>Jokin muu asiakkaan elämässä</translation>
    </message>
    <message>
      <source>Sparring partner</source>
      <translation>Sparraaja</translation>
    </message>
    <message>
      <source>Threatens to expose you</source>
      <translation>Uhkaa paljastaa</translation>
    </message>
    <message>
      <source>TripAdvisor</source>
      <translation>TripAdvisor</translation>
    </message>
    <message>
      <source>Unclear offer or sales text</source>
      <translation>Epäselvä tarjous tai myyntiteksti</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Käynti</translation>
    </message>
    <message>
      <source>Web alert</source>
      <translation>Verkkohälytys</translation>
    </message>
    <message>
      <source>Web page</source>
      <translation>Verkkosivu</translation>
    </message>
    <message>
      <source>Will not answer</source>
      <translation>Ei vastaa</translation>
    </message>
    <message>
      <source>X (Twitter)</source>
      <translation>X (Twitter)</translation>
    </message>
  </context>
  <context>
    <name>Lessons</name>
    <message>
      <source>&amp;Add the action</source>
      <translation>&amp;Lisää toimenpide</translation>
    </message>
    <message>
      <source>&amp;Complete the review</source>
      <translation>&amp;Viimeistele arviointi</translation>
    </message>
    <message>
      <source>&amp;Start the review</source>
      <translation>&amp;Aloita arviointi</translation>
    </message>
    <message>
      <source>A change to make, e.g. clarify the delivery times on the site</source>
      <translation>Tehtävä muutos, esim. selkeytä toimitusajat verkkosivulla</translation>
    </message>
    <message>
      <source>Actions from this review:</source>
      <translation>Tämän arvioinnin toimenpiteet:</translation>
    </message>
    <message>
      <source>How did I react, and how would I like to react next time?</source>
      <translation>Miten reagoin, ja miten haluaisin reagoida ensi kerralla?</translation>
    </message>
    <message>
      <source>No plan section</source>
      <translation>Ei suunnitelman osiota</translation>
    </message>
    <message>
      <source>Not decided yet</source>
      <translation>Ei vielä päätetty</translation>
    </message>
    <message>
      <source>Once the heat is over, take half an hour to learn from the case: was the complaint justified, what caused it, and what will you change?</source>
      <translation>Kun tilanne on rauhoittunut, ota puoli tuntia ja opi tapauksesta: oliko valitus aiheellinen, mikä sen aiheutti ja mitä muutat?</translation>
    </message>
    <message>
      <source>Promised to the customer in public</source>
      <translation>Luvattu asiakkaalle julkisesti</translation>
    </message>
    <message>
      <source>Promises get checks at 30 and 90 days: kept? did it recur?</source>
      <translation>Lupaukset tarkistetaan 30 ja 90 päivän kuluttua: pitikö lupaus? toistuiko?</translation>
    </message>
    <message>
      <source>Review completed on %1.</source>
      <translation>Arviointi valmistui %1.</translation>
    </message>
    <message>
      <source>Review completed. Well done.</source>
      <translation>Arviointi valmis. Hyvin tehty.</translation>
    </message>
    <message>
      <source>Review due by %1.</source>
      <translation>Arvioinnin määräpäivä %1.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tallennettu.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Tallennetaan…</translation>
    </message>
    <message>
      <source>The review comes after the case is closed. You can start it now if you like.</source>
      <translation>Arviointi tehdään, kun tapaus on suljettu. Voit halutessasi aloittaa sen jo nyt.</translation>
    </message>
    <message>
      <source>Was the complaint justified?</source>
      <translation>Oliko valitus aiheellinen?</translation>
    </message>
    <message>
      <source>Was there faulty work to compensate, and was it made good?</source>
      <translation>Oliko virheellistä työtä hyvitettävänä, ja hyvitettiinkö se?</translation>
    </message>
    <message>
      <source>What did this teach me about my customers?</source>
      <translation>Mitä tämä opetti minulle asiakkaistani?</translation>
    </message>
    <message>
      <source>What should change in how I work?</source>
      <translation>Mitä työtavoissani pitäisi muuttaa?</translation>
    </message>
    <message>
      <source>What should change in my customer service?</source>
      <translation>Mitä asiakaspalvelussani pitäisi muuttaa?</translation>
    </message>
    <message>
      <source>What was the root cause?</source>
      <translation>Mikä oli perimmäinen syy?</translation>
    </message>
    <message>
      <source>What went well?</source>
      <translation>Mikä meni hyvin?</translation>
    </message>
    <message>
      <source>What will I change?</source>
      <translation>Mitä muutan?</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kuka</translation>
    </message>
    <message>
      <source>done</source>
      <translation>tehty</translation>
    </message>
  </context>
  <context>
    <name>LessonsService</name>
    <message>
      <source>Choose where it went wrong.</source>
      <translation>Valitse, missä meni vikaan.</translation>
    </message>
    <message>
      <source>Say what will change.</source>
      <translation>Kerro, mikä muuttuu.</translation>
    </message>
    <message>
      <source>Say whether the complaint was justified.</source>
      <translation>Kerro, oliko valitus aiheellinen.</translation>
    </message>
    <message>
      <source>The name is too long (200 characters at most).</source>
      <translation>Nimi on liian pitkä (enintään 200 merkkiä).</translation>
    </message>
    <message>
      <source>The notes are too long (20,000 characters at most).</source>
      <translation>Muistiinpanot ovat liian pitkät (enintään 20 000 merkkiä).</translation>
    </message>
    <message>
      <source>The text is too long (1,000 characters at most).</source>
      <translation>Teksti on liian pitkä (enintään 1 000 merkkiä).</translation>
    </message>
    <message>
      <source>The text is too long (20,000 characters at most).</source>
      <translation>Teksti on liian pitkä (enintään 20 000 merkkiä).</translation>
    </message>
    <message>
      <source>There is no incident %1.</source>
      <translation>Tapausta %1 ei ole.</translation>
    </message>
    <message>
      <source>This action no longer exists.</source>
      <translation>Tätä toimenpidettä ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>This check no longer exists.</source>
      <translation>Tätä tarkistusta ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>This drill no longer exists.</source>
      <translation>Tätä harjoitusta ei enää ole.</translation>
    </message>
    <message>
      <source>This review no longer exists.</source>
      <translation>Tätä arviointia ei ole enää olemassa.</translation>
    </message>
  </context>
  <context>
    <name>ListeningService</name>
    <message>
      <source>A check cannot be in the future.</source>
      <translation>Tarkistuksen ajankohta ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
      <source>That source no longer exists.</source>
      <translation>Lähdettä ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>The notes are too long.</source>
      <translation>Muistiinpanot ovat liian pitkät.</translation>
    </message>
  </context>
  <context>
    <name>LogIncident</name>
    <message>
      <source>&amp;How serious</source>
      <translation>&amp;Vakavuus</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Linkki</translation>
    </message>
    <message>
      <source>&amp;Posted</source>
      <translation>&amp;Julkaistu</translation>
    </message>
    <message>
      <source>&amp;Seen by you</source>
      <translation>&amp;Huomasit sen</translation>
    </message>
    <message>
      <source>&amp;What was written</source>
      <translation>&amp;Mitä kirjoitettiin</translation>
    </message>
    <message>
      <source>&amp;Where</source>
      <translation>M&amp;issä</translation>
    </message>
    <message>
      <source>&amp;Written by</source>
      <translation>&amp;Kirjoittaja</translation>
    </message>
    <message>
      <source>Log a complaint</source>
      <translation>Kirjaa valitus</translation>
    </message>
    <message>
      <source>Log it and start the clock</source>
      <translation>Kirjaa ja käynnistä kello</translation>
    </message>
    <message>
      <source>Name or nickname shown</source>
      <translation>Näkyvä nimi tai nimimerkki</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Ei tiedossa</translation>
    </message>
    <message>
      <source>Take a breath. Paste what was written and where; the clock starts from when it was posted. You can fill in the rest later.</source>
      <translation>Hengitä syvään. Liitä mitä kirjoitettiin ja missä; kello käy julkaisuhetkestä. Loput voit täydentää myöhemmin.</translation>
    </message>
    <message>
      <source>The comment or review, pasted</source>
      <translation>Kommentti tai arvio liitettynä</translation>
    </message>
    <message>
      <source>Your plan: the first public reply within %1.</source>
      <translation>Suunnitelmasi: ensimmäinen julkinen vastaus %1 kuluessa.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 reviews to write, %2 promises to check, %3 late actions.</source>
      <translation>%1 arviointia kirjoitettavana, %2 lupausta tarkistettavana, %3 toimenpidettä myöhässä.</translation>
    </message>
    <message>
      <source>%1 – example data</source>
      <translation>%1 – esimerkkitiedot</translation>
    </message>
    <message>
      <source>&amp;About %1</source>
      <translation>&amp;Tietoja: %1</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tiedosto</translation>
    </message>
    <message>
      <source>&amp;Guide</source>
      <translation>&amp;Opas</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>O&amp;hje</translation>
    </message>
    <message>
      <source>&amp;Log a complaint…</source>
      <translation>&amp;Kirjaa valitus…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Lopeta</translation>
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Asetukset…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Näytä</translation>
    </message>
    <message>
      <source>Database in use: %1</source>
      <translation>Käytössä oleva tietokanta: %1</translation>
    </message>
    <message>
      <source>Example business</source>
      <translation>Esimerkkiyritys</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>Opit</translation>
    </message>
    <message>
      <source>Logged as incident %1.</source>
      <translation>Kirjattu tapaukseksi %1.</translation>
    </message>
    <message>
      <source>Open the example bakery (Finnish)</source>
      <translation>Avaa esimerkkileipomo (suomeksi)</translation>
    </message>
    <message>
      <source>Open the example café (English)</source>
      <translation>Avaa esimerkkikahvila (englanniksi)</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
      <source>Opening the example in a window of its own…</source>
      <translation>Esimerkki avautuu omaan ikkunaansa…</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Sivut</translation>
    </message>
    <message>
      <source>Ready.</source>
      <translation>Valmis.</translation>
    </message>
    <message>
      <source>Some of what you typed in the plan has a problem and is not saved yet (it is marked in red). Close anyway and lose it?</source>
      <translation>Osassa suunnitelmaan kirjoittamistasi tiedoista on ongelma, eikä niitä ole vielä tallennettu (ne on merkitty punaisella). Suljetaanko silti? Tallentamattomat tiedot menetetään.</translation>
    </message>
    <message>
      <source>The database was updated to the new version; a copy of the old one is in %1.</source>
      <translation>Tietokanta päivitettiin uuteen versioon; kopio vanhasta on kansiossa %1.</translation>
    </message>
    <message>
      <source>The example could not be started.</source>
      <translation>Esimerkkiä ei voitu käynnistää.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Tallentamattomia muutoksia</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message numerus="yes">
      <source>%1: the customers' details were removed from %n case(s) closed before %2.</source>
      <translation>
        <numerusform>%1: asiakkaan tiedot poistettiin %n tapauksesta, joka suljettiin ennen %2.</numerusform>
        <numerusform>%1: asiakkaiden tiedot poistettiin %n tapauksesta, jotka suljettiin ennen %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Varmuuskopioi</translation>
    </message>
    <message>
      <source>Backup written to %1.</source>
      <translation>Varmuuskopio kirjoitettiin: %1.</translation>
    </message>
    <message>
      <source>Backups (*.sqlite3);;All files (*)</source>
      <translation>Varmuuskopiot (*.sqlite3);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
      <source>Checking the data after an unclean exit…</source>
      <translation>Tarkistetaan tiedot hallitsemattoman sulkemisen jälkeen…</translation>
    </message>
    <message>
      <source>Replace the data with the backup “%1”? The current data is moved to the backup folder, not deleted.</source>
      <translation>Korvataanko tiedot varmuuskopiolla ”%1”? Nykyiset tiedot siirretään varmuuskopiokansioon, niitä ei poisteta.</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Palautettu</translation>
    </message>
    <message>
      <source>The backup failed: %1</source>
      <translation>Varmuuskopiointi epäonnistui: %1</translation>
    </message>
    <message>
      <source>The backup “%1” is now your data. The previous file was kept as “%2”.</source>
      <translation>Varmuuskopio ”%1” on nyt tietosi. Aiempi tiedosto säilytettiin nimellä ”%2”.</translation>
    </message>
    <message>
      <source>The data file failed its check (%1) and there is no backup to restore. Keep working carefully and export your data (crisis-planner export FILE) as soon as you can.</source>
      <translation>Tietotiedosto ei läpäissyt tarkistusta (%1), eikä palautettavaa varmuuskopiota ole. Jatka varovasti ja vie tietosi (crisis-planner export TIEDOSTO) niin pian kuin voit.</translation>
    </message>
    <message>
      <source>The data file failed its check after the app closed unexpectedly (%1). It will be moved aside (kept, not deleted) and the latest verified backup, “%2”, restored. Restore it now?</source>
      <translation>Tietotiedosto ei läpäissyt tarkistusta sovelluksen odottamattoman sulkeutumisen jälkeen (%1). Se siirretään sivuun (säilytetään, ei poisteta) ja uusin tarkistettu varmuuskopio ”%2” palautetaan. Palautetaanko nyt?</translation>
    </message>
    <message>
      <source>The data file is damaged</source>
      <translation>Tietotiedosto on vioittunut</translation>
    </message>
    <message>
      <source>The data is on a PostgreSQL server: back it up with the full export (crisis-planner export FILE) or the server's own tools.</source>
      <translation>Tiedot ovat PostgreSQL-palvelimella: varmuuskopioi ne täydellä viennillä (crisis-planner export TIEDOSTO) tai palvelimen omilla työkaluilla.</translation>
    </message>
    <message>
      <source>The data was checked and is intact.</source>
      <translation>Tiedot tarkistettiin, ja ne ovat kunnossa.</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>%1 late</source>
      <translation>%1 myöhässä</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Tapaukset</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Kiitokset</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Suunnitelma</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Harjoittelu</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Opit</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Aloitus</translation>
    </message>
  </context>
  <context>
    <name>Onboarding</name>
    <message>
      <source>&amp;Business name:</source>
      <translation>&amp;Yrityksen nimi:</translation>
    </message>
    <message>
      <source>&amp;Language of the plan:</source>
      <translation>Suunnitelman &amp;kieli:</translation>
    </message>
    <message>
      <source>&amp;Signature in replies:</source>
      <translation>&amp;Allekirjoitus vastauksissa:</translation>
    </message>
    <message>
      <source>&amp;Your name:</source>
      <translation>&amp;Nimesi:</translation>
    </message>
    <message>
      <source>A few details, and you get a complete plan written from good practice: where to listen, how fast to answer, reply templates in your own voice, and what to do when a customer will not talk. You can change every part of it afterwards.</source>
      <translation>Muutamalla tiedolla saat valmiin, hyviin käytäntöihin perustuvan suunnitelman: mitä seurata, kuinka nopeasti vastata, vastauspohjat omalla äänelläsi ja mitä tehdä, kun asiakas ei suostu keskustelemaan. Voit muokata suunnitelman jokaista osaa myöhemmin.</translation>
    </message>
    <message>
      <source>Count response times only while I am awake</source>
      <translation>Laske vasteajat vain silloin, kun olen hereillä</translation>
    </message>
    <message>
      <source>Create the plan</source>
      <translation>Luo suunnitelma</translation>
    </message>
    <message>
      <source>Prepare your response plan</source>
      <translation>Laadi toimintasuunnitelmasi</translation>
    </message>
    <message>
      <source>Reply languages:</source>
      <translation>Vastauskielet:</translation>
    </message>
    <message>
      <source>Waking hours:</source>
      <translation>Valveillaoloaika:</translation>
    </message>
    <message>
      <source>e.g. Aino, Leipomo Lämmin</source>
      <translation>esim. Aino, Leipomo Lämmin</translation>
    </message>
  </context>
  <context>
    <name>Placeholders</name>
    <message>
      <source>A “{” is never closed.</source>
      <translation>Merkkiä ”{” ei ole suljettu.</translation>
    </message>
    <message>
      <source>A “{” is opened twice without closing.</source>
      <translation>Merkki ”{” avataan uudelleen, vaikka edellistä ei ole suljettu.</translation>
    </message>
    <message>
      <source>A “}” closes nothing.</source>
      <translation>Merkki ”}” ei sulje mitään.</translation>
    </message>
    <message>
      <source>Unknown placeholder {%1}. Use one of: %2.</source>
      <translation>Tuntematon paikkamerkki {%1}. Käytä jotakin näistä: %2.</translation>
    </message>
    <message>
      <source>the customer's name</source>
      <translation>asiakkaan nimi</translation>
    </message>
    <message>
      <source>the name of the business</source>
      <translation>yrityksen nimi</translation>
    </message>
    <message>
      <source>what the complaint is about</source>
      <translation>mitä valitus koskee</translation>
    </message>
    <message>
      <source>where the comment was written</source>
      <translation>missä kommentti kirjoitettiin</translation>
    </message>
    <message>
      <source>your name</source>
      <translation>oma nimesi</translation>
    </message>
    <message>
      <source>your phone number</source>
      <translation>puhelinnumerosi</translation>
    </message>
    <message>
      <source>your signature</source>
      <translation>allekirjoituksesi</translation>
    </message>
  </context>
  <context>
    <name>PlanBasics</name>
    <message>
      <source> days</source>
      <translation> päivän kuluessa</translation>
    </message>
    <message>
      <source> months</source>
      <translation> kuukauden välein</translation>
    </message>
    <message>
      <source>&amp;Business name:</source>
      <translation>&amp;Yrityksen nimi:</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Omistaja:</translation>
    </message>
    <message>
      <source>&amp;Signature:</source>
      <translation>&amp;Allekirjoitus:</translation>
    </message>
    <message>
      <source>Count response times only in my waking hours</source>
      <translation>Laske vasteajat vain valveillaoloaikanani</translation>
    </message>
    <message>
      <source>Plan &amp;title:</source>
      <translation>&amp;Suunnitelman otsikko:</translation>
    </message>
    <message>
      <source>Reply languages:</source>
      <translation>Vastauskielet:</translation>
    </message>
    <message>
      <source>Review an incident within:</source>
      <translation>Käy tapaus läpi:</translation>
    </message>
    <message>
      <source>Review the plan every:</source>
      <translation>Katselmoi suunnitelma:</translation>
    </message>
    <message>
      <source>Time &amp;zone:</source>
      <translation>Aika&amp;vyöhyke:</translation>
    </message>
    <message>
      <source>Waking hours:</source>
      <translation>Valveillaoloaika:</translation>
    </message>
    <message>
      <source>When to &amp;part ways:</source>
      <translation>Milloin asiakkuus &amp;päätetään:</translation>
    </message>
    <message>
      <source>e.g. Aino, Leipomo Lämmin</source>
      <translation>esim. Aino, Leipomo Lämmin</translation>
    </message>
    <message>
      <source>the computer's time zone</source>
      <translation>tietokoneen aikavyöhyke</translation>
    </message>
  </context>
  <context>
    <name>PlanCommand</name>
    <message>
      <source>Created the response plan (id %1) for %2.</source>
      <translation>Toimintasuunnitelma (tunnus %1) luotiin yritykselle %2.</translation>
    </message>
    <message>
      <source>Unknown reply language in “%1”: use fi, en or fi,en.</source>
      <translation>Tuntematon vastauskieli kohdassa ”%1”: käytä arvoa fi, en tai fi,en.</translation>
    </message>
    <message>
      <source>Wrote %1.</source>
      <translation>Tallennettu: %1.</translation>
    </message>
  </context>
  <context>
    <name>PlanExport</name>
    <message>
      <source>(not named yet)</source>
      <translation>(ei vielä nimetty)</translation>
    </message>
    <message>
      <source>A refusal to talk goes straight to the last step.</source>
      <translation>Jos asiakas kieltäytyy keskustelemasta, siirry suoraan viimeiseen vaiheeseen.</translation>
    </message>
    <message>
      <source>Address or search</source>
      <translation>Osoite tai haku</translation>
    </message>
    <message>
      <source>At most</source>
      <translation>Enintään</translation>
    </message>
    <message>
      <source>Business</source>
      <translation>Yritys</translation>
    </message>
    <message>
      <source>Can help with</source>
      <translation>Voi auttaa asioissa</translation>
    </message>
    <message>
      <source>Counted in waking hours</source>
      <translation>Lasketaan valveillaoloaikana</translation>
    </message>
    <message>
      <source>Do</source>
      <translation>Tee näin</translation>
    </message>
    <message>
      <source>Don't</source>
      <translation>Älä tee näin</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <source>First personal contact</source>
      <translation>Ensimmäinen henkilökohtainen yhteydenotto</translation>
    </message>
    <message>
      <source>First public reply</source>
      <translation>Ensimmäinen julkinen vastaus</translation>
    </message>
    <message>
      <source>How fast</source>
      <translation>Kuinka nopeasti</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>Kuinka usein</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Last reviewed</source>
      <translation>Katselmoitu viimeksi</translation>
    </message>
    <message>
      <source>Name a sparring partner: someone to read a hard reply before it goes out.</source>
      <translation>Nimeä sparraaja: joku, joka lukee vaikean vastauksen ennen kuin se julkaistaan.</translation>
    </message>
    <message>
      <source>Needs approval first</source>
      <translation>Vaatii ensin hyväksynnän</translation>
    </message>
    <message>
      <source>Next review due</source>
      <translation>Seuraava katselmointi</translation>
    </message>
    <message>
      <source>Nobody named yet.</source>
      <translation>Ketään ei ole vielä nimetty.</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Omistaja</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Puhelin</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Tulostettu</translation>
    </message>
    <message>
      <source>Response plan</source>
      <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Allekirjoitus</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Tilanne</translation>
    </message>
    <message>
      <source>Steps, in this order</source>
      <translation>Vaiheet tässä järjestyksessä</translation>
    </message>
    <message>
      <source>The five steps</source>
      <translation>Viisi vaihetta</translation>
    </message>
    <message>
      <source>The full plan</source>
      <translation>Koko suunnitelma</translation>
    </message>
    <message>
      <source>There is no plan to export yet: create one first (plan init).</source>
      <translation>Vietävää suunnitelmaa ei vielä ole: luo ensin suunnitelma (plan init).</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Milloin</translation>
    </message>
    <message>
      <source>When someone criticises us in public</source>
      <translation>Kun meitä arvostellaan julkisesti</translation>
    </message>
    <message>
      <source>When to part ways</source>
      <translation>Milloin asiakkuus päätetään</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Missä</translation>
    </message>
    <message>
      <source>Who to call</source>
      <translation>Kenelle soittaa</translation>
    </message>
    <message>
      <source>a refusal goes straight to the last step</source>
      <translation>kieltäytyminen vie suoraan viimeiseen vaiheeseen</translation>
    </message>
    <message numerus="yes">
      <source>next step after %n unanswered attempt(s)</source>
      <translation>
        <numerusform>seuraava vaihe %n vastaamattoman yrityksen jälkeen</numerusform>
        <numerusform>seuraava vaihe %n vastaamattoman yrityksen jälkeen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>next step after %n unanswered attempt(s) within %1</source>
      <translation>
        <numerusform>seuraava vaihe %n vastaamattoman yrityksen jälkeen (aikaraja %1)</numerusform>
        <numerusform>seuraava vaihe %n vastaamattoman yrityksen jälkeen (aikaraja %1)</numerusform>
      </translation>
    </message>
    <message>
      <source>when the customer will not talk</source>
      <translation>kun asiakas ei suostu keskustelemaan</translation>
    </message>
  </context>
  <context>
    <name>PlanFields</name>
    <message>
      <source>A refusal skips to the fallback</source>
      <translation>Kieltäytyminen vie suoraan viimeiseen keinoon</translation>
    </message>
    <message>
      <source>Address or search</source>
      <translation>Osoite tai haku</translation>
    </message>
    <message>
      <source>At most (€)</source>
      <translation>Enintään (€)</translation>
    </message>
    <message>
      <source>Can help with</source>
      <translation>Voi auttaa asioissa</translation>
    </message>
    <message>
      <source>Check every (days)</source>
      <translation>Tarkistusväli (päivää)</translation>
    </message>
    <message>
      <source>Count only my waking hours</source>
      <translation>Laske vain valveillaoloaikanani</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <source>Fallback when the customer will not talk</source>
      <translation>Viimeinen keino, kun asiakas ei suostu keskustelemaan</translation>
    </message>
    <message>
      <source>First personal contact within (minutes)</source>
      <translation>Ensimmäinen henkilökohtainen yhteydenotto viimeistään (minuuttia)</translation>
    </message>
    <message>
      <source>First public reply within (minutes)</source>
      <translation>Ensimmäinen julkinen vastaus viimeistään (minuuttia)</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Tapa</translation>
    </message>
    <message>
      <source>How soon you answer in public and how soon you try to reach the customer personally. The longer a complaint stands unanswered, the more harm it does.</source>
      <translation>Kuinka pian vastaat julkisesti ja kuinka pian yrität tavoittaa asiakkaan henkilökohtaisesti. Mitä pidempään valitus jää vaille vastausta, sitä enemmän se vahingoittaa.</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Käytössä</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Kieli</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Needs approval first</source>
      <translation>Vaatii ensin hyväksynnän</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Puhelin</translation>
    </message>
    <message>
      <source>Principle</source>
      <translation>Periaate</translation>
    </message>
    <message>
      <source>Replies prepared in calm time, in your own voice and in the first person. Placeholders in braces are filled in from the incident.</source>
      <translation>Rauhallisena aikana valmistellut vastaukset omalla äänelläsi ja minä-muodossa. Aaltosulkeissa olevat paikkamerkit täytetään tapauksen tiedoilla.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rooli</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Tilanne</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Teksti</translation>
    </message>
    <message>
      <source>The do's and don'ts you want in front of you during an incident, and the five-step checklist.</source>
      <translation>Mitä tehdä ja mitä välttää: ohjeet, jotka haluat nähdä silmiesi edessä tapauksen aikana, sekä viiden vaiheen muistilista.</translation>
    </message>
    <message>
      <source>The order in which you try to reach the customer. When they will not talk, the last step is an anonymous blog post. Drag to reorder, or use Alt+Up and Alt+Down.</source>
      <translation>Järjestys, jossa yrität tavoittaa asiakkaan. Jos asiakas ei suostu keskustelemaan, viimeinen vaihe on nimetön blogikirjoitus. Muuta järjestystä vetämällä tai näppäimillä Alt+Ylös ja Alt+Alas.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Otsikko</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Unanswered attempts before the next step</source>
      <translation>Vastaamattomia yrityksiä ennen seuraavaa vaihetta</translation>
    </message>
    <message>
      <source>What you can offer and up to what value, decided before anyone is angry. Trust your judgement with people who only want free things.</source>
      <translation>Mitä voit tarjota hyvitykseksi ja mihin arvoon asti, päätettynä jo ennen kuin kukaan on vihainen. Luota harkintaasi, kun joku tuntuu haluavan vain jotain ilmaiseksi.</translation>
    </message>
    <message>
      <source>When to offer</source>
      <translation>Milloin tarjotaan</translation>
    </message>
    <message>
      <source>Where people talk about your business, and how often you look. Weekly at least; daily where customers expect a quick answer.</source>
      <translation>Missä yrityksestäsi puhutaan ja kuinka usein katsot. Vähintään kerran viikossa, ja päivittäin siellä, missä asiakkaat odottavat nopeaa vastausta.</translation>
    </message>
    <message>
      <source>Who replies, who reads a hard reply before it goes out, and who can fix what.</source>
      <translation>Kuka vastaa, kuka lukee vaikean vastauksen ennen julkaisua ja kuka osaa korjata mitäkin.</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Miksi</translation>
    </message>
    <message>
      <source>Within (hours)</source>
      <translation>Aikaraja (tuntia)</translation>
    </message>
    <message>
      <source>no fixed limit</source>
      <translation>ei kiinteää rajaa</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>ei asetettu</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Lisää</translation>
    </message>
    <message>
      <source>&amp;Create my plan…</source>
      <translation>Luo &amp;suunnitelmani…</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Vie…</translation>
    </message>
    <message>
      <source>&amp;Print preview…</source>
      <translation>&amp;Tulostuksen esikatselu…</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Tee &amp;uudelleen</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Poista</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <source>(name missing)</source>
      <translation>(nimi puuttuu)</translation>
    </message>
    <message>
      <source>Add “%1”</source>
      <translation>Lisää ”%1”</translation>
    </message>
    <message>
      <source>Decide in calm time how you will act when someone criticises your business in public: where you listen, how fast you answer, which words you use, who helps you and what you can offer.</source>
      <translation>Päätä rauhallisena aikana, miten toimit, kun joku arvostelee yritystäsi julkisesti: mitä seuraat, kuinka nopeasti vastaat, millä sanoilla, kuka auttaa sinua ja mitä voit tarjota hyvitykseksi.</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>Muokkaa ”%1”</translation>
    </message>
    <message>
      <source>Export the plan</source>
      <translation>Vie suunnitelma</translation>
    </message>
    <message>
      <source>I &amp;looked now</source>
      <translation>&amp;Katsoin nyt</translation>
    </message>
    <message>
      <source>Last looked: %1. Due now.</source>
      <translation>Katsottu viimeksi: %1. Vuorossa nyt.</translation>
    </message>
    <message>
      <source>Last looked: %1. Next look due: %2.</source>
      <translation>Katsottu viimeksi: %1. Seuraavan kerran: %2.</translation>
    </message>
    <message>
      <source>Markdown text (*.md)</source>
      <translation>Markdown-teksti (*.md)</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Siirrä</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
      <source>New option</source>
      <translation>Uusi vaihtoehto</translation>
    </message>
    <message>
      <source>New principle</source>
      <translation>Uusi periaate</translation>
    </message>
    <message>
      <source>New source</source>
      <translation>Uusi lähde</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>Uusi vaihe</translation>
    </message>
    <message>
      <source>New template</source>
      <translation>Uusi vastauspohja</translation>
    </message>
    <message>
      <source>Not in use: it is not on the due list.</source>
      <translation>Ei käytössä: lähde ei ole vuorolistalla.</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
      <source>Print the plan</source>
      <translation>Tulosta suunnitelma</translation>
    </message>
    <message>
      <source>Remove “%1”</source>
      <translation>Poista ”%1”</translation>
    </message>
    <message>
      <source>Response plan</source>
      <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
      <source>The plan was saved to %1.</source>
      <translation>Suunnitelma tallennettiin tiedostoon %1.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Kumoa</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Verkkosivu (*.html)</translation>
    </message>
    <message>
      <source>You have no response plan yet. Start from a ready plan written from good practice, then make it yours.</source>
      <translation>Sinulla ei ole vielä toimintasuunnitelmaa. Aloita valmiista, hyviin käytäntöihin perustuvasta suunnitelmasta ja muokkaa siitä omasi.</translation>
    </message>
    <message>
      <source>Your plan was last reviewed on %1. Take a moment to read it through and mark it reviewed on the last tab.</source>
      <translation>Suunnitelmasi katselmoitiin viimeksi %1. Lue se hetki läpi ja merkitse se katselmoiduksi viimeisellä välilehdellä.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>ei koskaan</translation>
    </message>
  </context>
  <context>
    <name>PlanReview</name>
    <message>
      <source>&amp;Mark the plan as reviewed</source>
      <translation>&amp;Merkitse suunnitelma katselmoiduksi</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Lisätty</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Muutettu</translation>
    </message>
    <message>
      <source>Changes to the plan:</source>
      <translation>Muutokset suunnitelmaan:</translation>
    </message>
    <message>
      <source>It is time to read the plan through: are the people, numbers and templates still right?</source>
      <translation>On aika lukea suunnitelma läpi: ovatko ihmiset, luvut ja vastauspohjat yhä ajan tasalla?</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Kohta</translation>
    </message>
    <message>
      <source>Last reviewed: %1. Next review due: %2.</source>
      <translation>Katselmoitu viimeksi: %1. Seuraava katselmointi: %2.</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Siirretty</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Poistettu</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Katselmoitu</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Osio</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mitä</translation>
    </message>
    <message>
      <source>What did you change or check? (optional)</source>
      <translation>Mitä muutit tai tarkistit? (valinnainen)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Milloin</translation>
    </message>
    <message>
      <source>never</source>
      <translation>ei koskaan</translation>
    </message>
  </context>
  <context>
    <name>PlanRules</name>
    <message>
      <source>Another source already has this name.</source>
      <translation>Toisella lähteellä on jo tämä nimi.</translation>
    </message>
    <message>
      <source>Cannot be negative.</source>
      <translation>Ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>Choose one of the options.</source>
      <translation>Valitse jokin vaihtoehdoista.</translation>
    </message>
    <message>
      <source>Enter a number.</source>
      <translation>Kirjoita luku.</translation>
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation>Kirjoita kokonaisluku.</translation>
    </message>
    <message>
      <source>Enter text.</source>
      <translation>Kirjoita tekstiä.</translation>
    </message>
    <message>
      <source>Must be more than zero.</source>
      <translation>Täytyy olla suurempi kuin nolla.</translation>
    </message>
    <message>
      <source>Personal contact cannot be due before the first public reply.</source>
      <translation>Henkilökohtaisen yhteydenoton määräaika ei voi olla ennen ensimmäistä julkista vastausta.</translation>
    </message>
    <message>
      <source>This cannot be empty.</source>
      <translation>Tämä ei voi olla tyhjä.</translation>
    </message>
    <message>
      <source>This does not look like a phone number (7 to 15 digits, e.g. +358 40 123 4567).</source>
      <translation>Tämä ei näytä puhelinnumerolta (7–15 numeroa, esim. +358 40 123 4567).</translation>
    </message>
    <message>
      <source>This does not look like an e-mail address (name@example.fi).</source>
      <translation>Tämä ei näytä sähköpostiosoitteelta (nimi@esimerkki.fi).</translation>
    </message>
    <message numerus="yes">
      <source>This is too long (%n characters at most).</source>
      <translation>
        <numerusform>Tämä on liian pitkä (enintään %n merkki).</numerusform>
        <numerusform>Tämä on liian pitkä (enintään %n merkkiä).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanService</name>
    <message>
      <source>A response plan exists already. Replace it only on purpose (--force); its edits would be lost.</source>
      <translation>Toimintasuunnitelma on jo olemassa. Korvaa se vain tarkoituksella (--force): siihen tehdyt muutokset menetetään.</translation>
    </message>
    <message>
      <source>Enter the owner's name.</source>
      <translation>Kirjoita omistajan nimi.</translation>
    </message>
    <message>
      <source>Items cannot be added to this section.</source>
      <translation>Tähän osioon ei voi lisätä kohtia.</translation>
    </message>
    <message>
      <source>Items cannot be removed from this section.</source>
      <translation>Tästä osiosta ei voi poistaa kohtia.</translation>
    </message>
    <message>
      <source>That item no longer exists.</source>
      <translation>Kohtaa ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>The severity of a target is fixed.</source>
      <translation>Vasteaikatavoitteen vakavuutta ei voi muuttaa.</translation>
    </message>
    <message>
      <source>There is no response plan yet.</source>
      <translation>Toimintasuunnitelmaa ei ole vielä laadittu.</translation>
    </message>
  </context>
  <context>
    <name>PostCard</name>
    <message numerus="yes">
      <source>%n star(s) out of 5</source>
      <translation>
        <numerusform>%n tähti viidestä</numerusform>
        <numerusform>%n tähteä viidestä</numerusform>
      </translation>
    </message>
    <message>
      <source>Posted %1</source>
      <translation>Julkaistu %1</translation>
    </message>
  </context>
  <context>
    <name>PracticePage</name>
    <message>
      <source>&amp;Open result</source>
      <translation>&amp;Avaa tulos</translation>
    </message>
    <message>
      <source>&amp;Remove from history</source>
      <translation>&amp;Poista historiasta</translation>
    </message>
    <message>
      <source>&amp;Start the drill</source>
      <translation>&amp;Aloita harjoitus</translation>
    </message>
    <message>
      <source>About 15 minutes: the post appears, your plan's clock starts, you reply and choose what to do next</source>
      <translation>Noin 15 minuuttia: viesti ilmestyy, suunnitelmasi kello käynnistyy, vastaat ja valitset, mitä teet seuraavaksi</translation>
    </message>
    <message>
      <source>Best score</source>
      <translation>Paras tulos</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanava</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Päivä</translation>
    </message>
    <message>
      <source>Ending</source>
      <translation>Loppu</translation>
    </message>
    <message>
      <source>Last practised</source>
      <translation>Viimeksi harjoiteltu</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Harjoittelu</translation>
    </message>
    <message>
      <source>Rehearse a crisis alone, against the clock and with your own plan, so that the first real one is not the first time.</source>
      <translation>Harjoittele kriisiä yksin, kelloa vastaan ja omalla suunnitelmallasi, jotta ensimmäinen todellinen tilanne ei ole ensimmäinen kerta.</translation>
    </message>
    <message>
      <source>Remove the drill “%1” from your history? Action items made from it stay.</source>
      <translation>Poistetaanko harjoitus ”%1” historiasta? Siitä tehdyt toimenpiteet säilyvät.</translation>
    </message>
    <message>
      <source>Remove the drill?</source>
      <translation>Poistetaanko harjoitus?</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Tilanne</translation>
    </message>
    <message>
      <source>Scenarios</source>
      <translation>Harjoitustilanteet</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Pisteet</translation>
    </message>
    <message>
      <source>Scores of your last %1 drills, oldest first</source>
      <translation>Viimeisten %1 harjoituksen pisteet, vanhin ensin</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>You have not practised yet. Pick a scenario and give it 15 minutes: the first real crisis should not be the first time.</source>
      <translation>Et ole vielä harjoitellut. Valitse tilanne ja anna sille 15 minuuttia: ensimmäinen oikea kriisi ei saisi olla ensimmäinen kerta.</translation>
    </message>
    <message>
      <source>Your drills</source>
      <translation>Harjoituksesi</translation>
    </message>
    <message>
      <source>Your drills and their scores will appear here.</source>
      <translation>Harjoituksesi ja niiden pisteet näkyvät tässä.</translation>
    </message>
    <message>
      <source>Your last drill was on %1, over three months ago. A short drill now keeps the plan fresh in your mind.</source>
      <translation>Edellinen harjoituksesi oli %1, yli kolme kuukautta sitten. Lyhyt harjoitus nyt pitää suunnitelman tuoreena mielessä.</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>ei vielä</translation>
    </message>
  </context>
  <context>
    <name>PraiseImport</name>
    <message numerus="yes">
      <source>%n row(s) cannot be imported, so nothing was imported. Correct them, or skip them.</source>
      <translation>
        <numerusform>%n rivi ei kelpaa tuotavaksi, joten mitään ei tuotu. Korjaa se tai ohita se.</numerusform>
        <numerusform>%n riviä ei voi tuoda, joten mitään ei tuotu. Korjaa ne tai ohita ne.</numerusform>
      </translation>
    </message>
    <message>
      <source>Both “%1” and “%2” are mapped to %3: choose one.</source>
      <translation>Sekä ”%1” että ”%2” on yhdistetty kenttään %3: valitse toinen.</translation>
    </message>
    <message>
      <source>Cannot read “%1”: %2.</source>
      <translation>Tiedostoa ”%1” ei voi lukea: %2.</translation>
    </message>
    <message>
      <source>Column “%1” is empty: no text.</source>
      <translation>Sarake ”%1” on tyhjä: ei tekstiä.</translation>
    </message>
    <message>
      <source>Column “%1”: %2</source>
      <translation>Sarake ”%1”: %2</translation>
    </message>
    <message>
      <source>Column “%1”: “%2” is neither yes nor no.</source>
      <translation>Sarake ”%1”: ”%2” ei ole kyllä eikä ei.</translation>
    </message>
    <message>
      <source>Column “%1”: “%2” is not a date (use 2025-03-01 or 1.3.2025).</source>
      <translation>Sarake ”%1”: ”%2” ei ole päivämäärä (käytä muotoa 2025-03-01 tai 1.3.2025).</translation>
    </message>
    <message>
      <source>Column “%1”: “%2” is not a number of stars from 1 to 5.</source>
      <translation>Sarake ”%1”: ”%2” ei ole tähtimäärä väliltä 1–5.</translation>
    </message>
    <message>
      <source>Kind words</source>
      <translation>Kiitokset</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Rivi %1: %2</translation>
    </message>
    <message>
      <source>May be quoted publicly.</source>
      <translation>Saa lainata julkisesti.</translation>
    </message>
    <message>
      <source>No column holds the text of the praise. The file has these columns: %1. Say which of them is the text.</source>
      <translation>Mikään sarake ei sisällä kiitoksen tekstiä. Tiedoston sarakkeet ovat: %1. Kerro, mikä niistä on teksti.</translation>
    </message>
    <message>
      <source>Tags: %1</source>
      <translation>Tunnisteet: %1</translation>
    </message>
    <message>
      <source>The file has no column “%1”. Its columns are: %2.</source>
      <translation>Tiedostossa ei ole saraketta ”%1”. Sen sarakkeet ovat: %2.</translation>
    </message>
    <message>
      <source>The link is too long (2,000 characters at most).</source>
      <translation>Linkki on liian pitkä (enintään 2 000 merkkiä).</translation>
    </message>
    <message>
      <source>The row has %1 values but the header has %2 columns. Is a text with the delimiter missing its quotation marks?</source>
      <translation>Rivillä on %1 arvoa, mutta otsikkorivillä %2 saraketta. Puuttuvatko erotinmerkin sisältävästä tekstistä lainausmerkit?</translation>
    </message>
    <message>
      <source>“%1” cannot be read as CSV near line %2 (%3). Is a quotation mark left open?</source>
      <translation>Tiedostoa ”%1” ei voi lukea CSV-muodossa rivin %2 kohdalla (%3). Jäikö lainausmerkki auki?</translation>
    </message>
    <message>
      <source>“%1” cannot be read as text: %2.</source>
      <translation>Tiedostoa ”%1” ei voi lukea tekstinä: %2.</translation>
    </message>
    <message>
      <source>“%1” is empty: there is nothing to import.</source>
      <translation>”%1” on tyhjä: tuotavaa ei ole.</translation>
    </message>
    <message>
      <source>“%1” is not a field to import into. Use one of: %2.</source>
      <translation>”%1” ei ole kenttä, johon voi tuoda. Käytä jotakin näistä: %2.</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message numerus="yes">
      <source>  %n praise entr(y/ies), to be deleted</source>
      <translation>
        <numerusform>  %n kiitosmerkintä poistetaan</numerusform>
        <numerusform>  %n kiitosmerkintää poistetaan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>  %n review request(s), to be deleted</source>
      <translation>
        <numerusform>  %n arviopyyntö poistetaan</numerusform>
        <numerusform>  %n arviopyyntöä poistetaan</numerusform>
      </translation>
    </message>
    <message>
      <source>  The incidents are kept: their customer details and the complaint's text are removed, and the customer's names and contact details in their texts are replaced.</source>
      <translation>  Tapaukset säilytetään: niistä poistetaan asiakkaan tiedot ja valituksen teksti, ja asiakkaan nimet ja yhteystiedot korvataan teksteissä.</translation>
    </message>
    <message>
      <source>  incident %1: %2 (matched on %3)</source>
      <translation>  tapaus %1: %2 (löytyi kentästä %3)</translation>
    </message>
    <message numerus="yes">
      <source>%n contact attempt(s)</source>
      <translation>
        <numerusform>%n yhteydenotto</numerusform>
        <numerusform>%n yhteydenottoa</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n draft(s)</source>
      <translation>
        <numerusform>%n luonnos</numerusform>
        <numerusform>%n luonnosta</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n timeline event(s)</source>
      <translation>
        <numerusform>%n aikajanan tapahtuma</numerusform>
        <numerusform>%n aikajanan tapahtumaa</numerusform>
      </translation>
    </message>
    <message>
      <source>Also on these records: %1. Records stored only under those are not included; look them up separately.</source>
      <translation>Näissä tiedoissa myös: %1. Vain niillä tallennettuja tietoja ei ole mukana; hae ne erikseen.</translation>
    </message>
    <message>
      <source>Anonymised %1 incident(s) closed before %2: %3. %4 already anonymised.</source>
      <translation>Anonymisoitiin ennen %2 suljettuja tapauksia: %1 (%3). %4 oli jo anonymisoitu.</translation>
    </message>
    <message>
      <source>Dry run: %1 incident(s) closed before %2 would be anonymised: %3. %4 already anonymised. Nothing was changed.</source>
      <translation>Kokeiluajo: ennen %2 suljettuja tapauksia anonymisoitaisiin %1 (%3). %4 on jo anonymisoitu. Mitään ei muutettu.</translation>
    </message>
    <message>
      <source>Erased the personal data of “%1”: %2 incident(s) anonymised (%3 text(s) changed), %4 praise entr(y/ies) and %5 review request(s) deleted.</source>
      <translation>Henkilön ”%1” tiedot poistettiin: tapauksia anonymisoitiin %2 (tekstejä muutettiin %3), kiitosmerkintöjä poistettiin %4 ja arviopyyntöjä %5.</translation>
    </message>
    <message>
      <source>Give the customer's name or e-mail address.</source>
      <translation>Anna asiakkaan nimi tai sähköpostiosoite.</translation>
    </message>
    <message>
      <source>Give the retention time as 1 to 1,200 months.</source>
      <translation>Anna säilytysaika kuukausina (1–1 200).</translation>
    </message>
    <message>
      <source>Incident %1 (personal data removed)</source>
      <translation>Tapaus %1 (henkilötiedot poistettu)</translation>
    </message>
    <message>
      <source>Nothing is stored about “%1”.</source>
      <translation>Henkilöstä ”%1” ei ole tallennettu mitään.</translation>
    </message>
    <message>
      <source>Nothing to anonymise: no incident closed before %1 has personal data left. %2 already anonymised.</source>
      <translation>Ei anonymisoitavaa: yhdessäkään ennen %1 suljetussa tapauksessa ei ole henkilötietoja jäljellä. %2 on jo anonymisoitu.</translation>
    </message>
    <message>
      <source>Nothing was changed. Run again with --yes to erase.</source>
      <translation>Mitään ei muutettu. Aja uudelleen valitsimella --yes poistaaksesi.</translation>
    </message>
    <message numerus="yes">
      <source>Personal data anonymised by the retention rule (closed more than %n month(s) ago).</source>
      <translation>
        <numerusform>Henkilötiedot anonymisoitiin säilytyssäännön mukaan (suljettu yli %n kuukausi sitten).</numerusform>
        <numerusform>Henkilötiedot anonymisoitiin säilytyssäännön mukaan (suljettu yli %n kuukautta sitten).</numerusform>
      </translation>
    </message>
    <message>
      <source>Personal data erased at the customer's request.</source>
      <translation>Henkilötiedot poistettiin asiakkaan pyynnöstä.</translation>
    </message>
    <message>
      <source>Stored about “%1”:</source>
      <translation>Henkilöstä ”%1” on tallennettu:</translation>
    </message>
    <message>
      <source>These backups may still contain the erased data; delete them when you no longer need them: %1</source>
      <translation>Näissä varmuuskopioissa voi yhä olla poistetut tiedot; poista ne, kun et enää tarvitse niitä: %1</translation>
    </message>
    <message>
      <source>This is too long for a name or an e-mail address.</source>
      <translation>Tämä on liian pitkä nimeksi tai sähköpostiosoitteeksi.</translation>
    </message>
    <message>
      <source>Warning: the database's free space could not be wiped (another program is using it): the removed data is gone from the app but may remain in the database file until that space is reused.</source>
      <translation>Varoitus: tietokannan vapaata tilaa ei voitu tyhjentää (toinen ohjelma käyttää sitä): poistetut tiedot ovat poissa sovelluksesta, mutta ne voivat jäädä tietokantatiedostoon, kunnes tila käytetään uudelleen.</translation>
    </message>
    <message>
      <source>Wrote %1.</source>
      <translation>Kirjoitettiin %1.</translation>
    </message>
    <message>
      <source>[e-mail address removed]</source>
      <translation>[sähköpostiosoite poistettu]</translation>
    </message>
    <message>
      <source>[link removed]</source>
      <translation>[linkki poistettu]</translation>
    </message>
    <message>
      <source>[name removed]</source>
      <translation>[nimi poistettu]</translation>
    </message>
    <message>
      <source>[phone number removed]</source>
      <translation>[puhelinnumero poistettu]</translation>
    </message>
    <message>
      <source>[removed at the customer's request]</source>
      <translation>[poistettu asiakkaan pyynnöstä]</translation>
    </message>
    <message>
      <source>a lessons-learned review</source>
      <translation>jälkiarviointi</translation>
    </message>
  </context>
  <context>
    <name>ProfileService</name>
    <message>
      <source>Choose at least one reply language.</source>
      <translation>Valitse vähintään yksi vastauskieli.</translation>
    </message>
    <message>
      <source>Enter the name of the business.</source>
      <translation>Kirjoita yrityksen nimi.</translation>
    </message>
    <message>
      <source>Give both ends of the waking hours, or neither.</source>
      <translation>Anna valveillaoloajalle sekä alku että loppu, tai jätä molemmat tyhjiksi.</translation>
    </message>
    <message>
      <source>The name is too long (200 characters at most).</source>
      <translation>Nimi on liian pitkä (enintään 200 merkkiä).</translation>
    </message>
    <message>
      <source>Unknown time zone.</source>
      <translation>Tuntematon aikavyöhyke.</translation>
    </message>
    <message>
      <source>Waking hours must be times of day.</source>
      <translation>Valveillaoloajan on oltava kellonaikoja.</translation>
    </message>
    <message>
      <source>Waking hours must not start and end at the same time.</source>
      <translation>Valveillaoloaika ei voi alkaa ja päättyä samaan aikaan.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 pv %2 h</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1–%2</translation>
    </message>
    <message>
      <source>By channel</source>
      <translation>Kanavan mukaan</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>Kuukausittain</translation>
    </message>
    <message>
      <source>By severity</source>
      <translation>Vakavuuden mukaan</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanava</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Valitukset</translation>
    </message>
    <message>
      <source>First public replies within the target</source>
      <translation>Ensimmäiset julkiset vastaukset tavoiteajassa</translation>
    </message>
    <message>
      <source>How they ended</source>
      <translation>Miten ne päättyivät</translation>
    </message>
    <message>
      <source>Late actions (now)</source>
      <translation>Myöhässä olevat toimenpiteet (nyt)</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Median time from publication to noticing</source>
      <translation>Mediaaniaika julkaisusta huomaamiseen</translation>
    </message>
    <message>
      <source>Median time to the first personal contact</source>
      <translation>Mediaaniaika ensimmäiseen henkilökohtaiseen yhteydenottoon</translation>
    </message>
    <message>
      <source>Median time to the first public reply</source>
      <translation>Mediaaniaika ensimmäiseen julkiseen vastaukseen</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Kuukausi</translation>
    </message>
    <message>
      <source>Open actions (now)</source>
      <translation>Avoimet toimenpiteet (nyt)</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Praise</source>
      <translation>Kiitokset</translation>
    </message>
    <message>
      <source>Praise received</source>
      <translation>Saadut kiitokset</translation>
    </message>
    <message>
      <source>Public promises kept</source>
      <translation>Pidetyt julkiset lupaukset</translation>
    </message>
    <message>
      <source>Report on public complaints</source>
      <translation>Raportti julkisista valituksista</translation>
    </message>
    <message>
      <source>Root cause</source>
      <translation>Perimmäinen syy</translation>
    </message>
    <message>
      <source>Root causes</source>
      <translation>Perimmäiset syyt</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Yhteenveto</translation>
    </message>
    <message>
      <source>Times count from publication (or, when unknown, from noticing) and, where the plan says so, only the owner's waking hours.</source>
      <translation>Ajat lasketaan julkaisusta (tai, jos sitä ei tiedetä, huomaamisesta) ja, jos suunnitelma niin sanoo, vain omistajan valveillaoloajalta.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Arvo</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>ei tietoa</translation>
    </message>
    <message>
      <source>the beginning</source>
      <translation>alusta</translation>
    </message>
    <message>
      <source>today</source>
      <translation>tähän päivään</translation>
    </message>
  </context>
  <context>
    <name>ReportCommand</name>
    <message>
      <source>The period starts (%1) after it ends (%2).</source>
      <translation>Jakso alkaa (%1) vasta päättymisensä (%2) jälkeen.</translation>
    </message>
    <message>
      <source>Wrote %1.</source>
      <translation>Kirjoitettiin %1.</translation>
    </message>
    <message>
      <source>“%1” is not a date (use YYYY-MM-DD, e.g. 2026-03-01).</source>
      <translation>”%1” ei ole päivämäärä (käytä muotoa VVVV-KK-PP, esim. 2026-03-01).</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>After the heat: what happened, why, what changes, and whether the promises you made in public were kept.</source>
      <translation>Kun tilanne on ohi: mitä tapahtui, miksi, mikä muuttuu ja pidettiinkö julkisesti annetut lupaukset.</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Yleiskuva</translation>
    </message>
    <message>
      <source>Follow-through</source>
      <translation>Seuranta</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>Opit</translation>
    </message>
  </context>
  <context>
    <name>ReviewRequests</name>
    <message>
      <source>%1 asked, %2 reminded, %3 reviews appeared; %4 waiting, %5 not asked yet.</source>
      <translation>%1 pyydetty, %2 muistutettu, %3 arviota ilmestynyt; %4 odottaa, %5 pyytämättä.</translation>
    </message>
    <message>
      <source>&amp;Asked</source>
      <translation>&amp;Pyydetty</translation>
    </message>
    <message>
      <source>&amp;Copy the message</source>
      <translation>&amp;Kopioi viesti</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Uusi</translation>
    </message>
    <message>
      <source>&amp;Reminded</source>
      <translation>&amp;Muistutettu</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Tallenna</translation>
    </message>
    <message>
      <source>Ask for the review first; a reminder comes after.</source>
      <translation>Pyydä ensin arvio; muistutus tulee vasta sen jälkeen.</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Pyydetty</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Yhteystieto</translation>
    </message>
    <message>
      <source>Copied. Send it, then press “Asked”.</source>
      <translation>Kopioitu. Lähetä viesti ja paina sitten ”Pyydetty”.</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Asiakas</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Poista</translation>
    </message>
    <message>
      <source>E-mail, phone or a link (optional)</source>
      <translation>Sähköposti, puhelin tai linkki (vapaaehtoinen)</translation>
    </message>
    <message>
      <source>Enter an e-mail address, a phone number or a web address, or leave this empty.</source>
      <translation>Anna sähköpostiosoite, puhelinnumero tai verkko-osoite, tai jätä tyhjäksi.</translation>
    </message>
    <message>
      <source>Enter the customer's name.</source>
      <translation>Anna asiakkaan nimi.</translation>
    </message>
    <message>
      <source>Message to send:</source>
      <translation>Lähetettävä viesti:</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Reminded</source>
      <translation>Muistutettu</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Arvio</translation>
    </message>
    <message>
      <source>Review &amp;appeared</source>
      <translation>Arvio &amp;ilmestyi</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tallennettu.</translation>
    </message>
    <message>
      <source>The contact is too long (300 characters at most).</source>
      <translation>Yhteystieto on liian pitkä (enintään 300 merkkiä).</translation>
    </message>
    <message>
      <source>The entry does not say who wrote it. Add the name to the entry first.</source>
      <translation>Merkinnästä ei näy, kuka sen kirjoitti. Lisää ensin nimi merkintään.</translation>
    </message>
    <message>
      <source>The name is too long (200 characters at most).</source>
      <translation>Nimi on liian pitkä (enintään 200 merkkiä).</translation>
    </message>
    <message>
      <source>The notes are too long (10,000 characters at most).</source>
      <translation>Muistiinpanot ovat liian pitkät (enintään 10 000 merkkiä).</translation>
    </message>
    <message>
      <source>The reminder cannot be earlier than the request.</source>
      <translation>Muistutus ei voi olla aiemmin kuin pyyntö.</translation>
    </message>
    <message>
      <source>The request cannot be later than the reminder.</source>
      <translation>Pyyntö ei voi olla myöhemmin kuin muistutus.</translation>
    </message>
    <message>
      <source>This journal entry no longer exists.</source>
      <translation>Tätä kiitosmerkintää ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>This review request no longer exists.</source>
      <translation>Tätä arviopyyntöä ei ole enää olemassa.</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Missä</translation>
    </message>
    <message>
      <source>Where to review</source>
      <translation>Missä arvio</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>ei vielä</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source> months after the case closed</source>
      <translation> kuukautta tapauksen sulkemisesta</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Kieli:</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>&amp;Avaa kansio</translation>
    </message>
    <message>
      <source>(opening…)</source>
      <translation>(avataan…)</translation>
    </message>
    <message>
      <source>A &amp;customer's data…</source>
      <translation>&amp;Asiakkaan tiedot…</translation>
    </message>
    <message>
      <source>A checked backup is made when the app starts and, while you work, at most once an hour after changes. They are kept in the data folder's “backups”.</source>
      <translation>Tarkistettu varmuuskopio tehdään, kun sovellus käynnistyy, ja työn aikana enintään kerran tunnissa muutosten jälkeen. Ne säilytetään tietokansion kansiossa ”backups”.</translation>
    </message>
    <message>
      <source>A new language is used from the next start of the app.</source>
      <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
      <source>Backups to keep:</source>
      <translation>Säilytettävät varmuuskopiot:</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>Tietokansio:</translation>
    </message>
    <message>
      <source>Database in use:</source>
      <translation>Käytössä oleva tietokanta:</translation>
    </message>
    <message>
      <source>Keep customers' details:</source>
      <translation>Säilytä asiakkaiden tiedot:</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
      <source>See, export or erase what is stored about one customer</source>
      <translation>Katso, vie tai poista yhdestä asiakkaasta tallennetut tiedot</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Asetukset</translation>
    </message>
    <message>
      <source>The rule has not removed anything yet.</source>
      <translation>Sääntö ei ole vielä poistanut mitään.</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>päivittäistä</translation>
    </message>
    <message>
      <source>forever</source>
      <translation>aina</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>kuukausittaista</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>viikoittaista</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>&amp;Found something…</source>
      <translation>&amp;Löysin jotain…</translation>
    </message>
    <message>
      <source>&amp;Looked, nothing new</source>
      <translation>&amp;Katsoin, ei uutta</translation>
    </message>
    <message>
      <source>All incidents</source>
      <translation>Kaikki tapaukset</translation>
    </message>
    <message>
      <source>Kind words in the journal</source>
      <translation>Kiitokset päiväkirjassa</translation>
    </message>
    <message>
      <source>Lessons still to act on</source>
      <translation>Opit, joihin ei vielä ole tartuttu</translation>
    </message>
    <message>
      <source>Listening: due now</source>
      <translation>Seuranta: nyt vuorossa</translation>
    </message>
    <message>
      <source>No practice drill since %1: time for a 15-minute drill.</source>
      <translation>Ei harjoituksia %1 jälkeen: olisi aika 15 minuutin harjoitukselle.</translation>
    </message>
    <message>
      <source>Nothing is due: you have looked everywhere on time.</source>
      <translation>Mitään ei ole vuorossa: olet katsonut kaikki lähteet ajallaan.</translation>
    </message>
    <message>
      <source>Open Practice</source>
      <translation>Avaa Harjoittelu</translation>
    </message>
    <message>
      <source>Open incidents</source>
      <translation>Avoimet tapaukset</translation>
    </message>
    <message>
      <source>Opening your data…</source>
      <translation>Avataan tietojasi…</translation>
    </message>
    <message>
      <source>Practice drills done</source>
      <translation>Tehdyt harjoitukset</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Aloitus</translation>
    </message>
    <message>
      <source>Welcome back to %1.</source>
      <translation>Tervetuloa takaisin, %1.</translation>
    </message>
    <message>
      <source>Welcome. Start by preparing your response plan in calm time: the Plan page guides you.</source>
      <translation>Tervetuloa. Aloita laatimalla toimintasuunnitelma rauhallisena aikana: Suunnitelma-sivu opastaa sinua.</translation>
    </message>
    <message>
      <source>What needs your attention today. Prepare in calm time, act calmly when it counts, and remember the good work you do.</source>
      <translation>Mikä kaipaa huomiotasi tänään. Valmistaudu rauhassa, toimi rauhallisesti kun on tarpeen, ja muista, että teet hyvää työtä.</translation>
    </message>
    <message>
      <source>You have not rehearsed a crisis yet. A drill takes 15 minutes.</source>
      <translation>Et ole vielä harjoitellut kriisiä. Harjoitus vie 15 minuuttia.</translation>
    </message>
    <message>
      <source>Your response plan was due for a review on %1. Read it through on the Plan page.</source>
      <translation>Toimintasuunnitelmasi katselmointi erääntyi %1. Lue suunnitelma läpi Suunnitelma-sivulla.</translation>
    </message>
    <message>
      <source>last looked %1</source>
      <translation>katsottu viimeksi %1</translation>
    </message>
    <message>
      <source>never looked</source>
      <translation>ei vielä katsottu</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>%1

Move the damaged file aside (it is kept, not deleted) and restore the latest verified backup, “%2”?</source>
      <translation>%1

Siirretäänkö vioittunut tiedosto sivuun (se säilytetään, ei poisteta) ja palautetaanko uusin tarkistettu varmuuskopio ”%2”?</translation>
    </message>
    <message>
      <source>Cannot open the data</source>
      <translation>Tietoja ei voi avata</translation>
    </message>
    <message>
      <source>Crisis Planner is already open; its window was brought forward.</source>
      <translation>Crisis Planner on jo auki; sen ikkuna tuotiin esiin.</translation>
    </message>
    <message>
      <source>The app closed unexpectedly</source>
      <translation>Sovellus sulkeutui odottamatta</translation>
    </message>
    <message>
      <source>The app closed unexpectedly last time. The details were saved in the log folder: %1</source>
      <translation>Sovellus sulkeutui viime kerralla odottamatta. Tarkemmat tiedot tallennettiin lokikansioon: %1</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The database cannot be written to (the file or its folder is read-only), so nothing was saved.</source>
      <translation>Tietokantaan ei voi kirjoittaa (tiedosto tai sen kansio on vain luku -tilassa), joten mitään ei tallennettu.</translation>
    </message>
    <message>
      <source>The database is in use by another program, so nothing was saved. Close the other program (or wait a moment) and try again.</source>
      <translation>Tietokanta on toisen ohjelman käytössä, joten mitään ei tallennettu. Sulje toinen ohjelma (tai odota hetki) ja yritä uudelleen.</translation>
    </message>
    <message>
      <source>The disk is full, so nothing was saved. Free some space and try again; what you typed is still on the screen.</source>
      <translation>Levy on täynnä, joten mitään ei tallennettu. Vapauta tilaa ja yritä uudelleen; kirjoittamasi teksti on yhä näytöllä.</translation>
    </message>
  </context>
  <context>
    <name>TemplatePreview</name>
    <message>
      <source>Aino</source>
      <translation>Aino</translation>
    </message>
    <message>
      <source>Aino, Leipomo Lämmin</source>
      <translation>Aino, Leipomo Lämmin</translation>
    </message>
    <message>
      <source>Insert a placeholder…</source>
      <translation>Lisää paikkamerkki…</translation>
    </message>
    <message>
      <source>Leipomo Lämmin</source>
      <translation>Leipomo Lämmin</translation>
    </message>
    <message>
      <source>Maria</source>
      <translation>Maria</translation>
    </message>
    <message>
      <source>Preview with sample values:</source>
      <translation>Esikatselu esimerkkiarvoilla:</translation>
    </message>
    <message>
      <source>the late delivery</source>
      <translation>myöhästynyt toimitus</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Add &amp;note</source>
      <translation>Lisää &amp;muistiinpano</translation>
    </message>
    <message>
      <source>Add a note to the timeline…</source>
      <translation>Lisää muistiinpano aikajanalle…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Tiedot</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mitä</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Milloin</translation>
    </message>
  </context>
  <context>
    <name>ToneChecker</name>
    <message>
      <source>A long public reply invites argument. Keep it short and move the details to a phone call.</source>
      <translation>Pitkä julkinen vastaus houkuttelee väittelyyn. Pidä se lyhyenä ja siirrä yksityiskohdat puheluun.</translation>
    </message>
    <message>
      <source>A template placeholder is still in the text. Fill it in before posting.</source>
      <translation>Tekstissä on vielä vastauspohjan paikkamerkki. Täytä se ennen julkaisua.</translation>
    </message>
    <message>
      <source>A threat escalates the conflict in front of everyone. Stay calm; the customer is free to say what they think.</source>
      <translation>Uhkaus kärjistää riitaa kaikkien nähden. Pysy rauhallisena: asiakas saa vapaasti sanoa mielipiteensä.</translation>
    </message>
    <message>
      <source>A “but” after an apology cancels it. End the apology there and leave out the justification.</source>
      <translation>”Mutta” anteeksipyynnön perässä mitätöi sen. Päätä anteeksipyyntö siihen ja jätä selittely pois.</translation>
    </message>
    <message>
      <source>Asking to delete or change the post looks like hiding the problem. Fix the issue and let the customer decide.</source>
      <translation>Pyyntö poistaa tai muuttaa kirjoitusta näyttää ongelman peittelyltä. Korjaa asia ja anna asiakkaan päättää itse.</translation>
    </message>
    <message>
      <source>Capitals and repeated exclamation marks read as shouting. Use normal case and at most one exclamation mark.</source>
      <translation>Isot kirjaimet ja toistuvat huutomerkit luetaan huutamiseksi. Kirjoita tavallisin kirjaimin ja käytä enintään yhtä huutomerkkiä.</translation>
    </message>
    <message>
      <source>Explaining why the reply is late sounds like an excuse. Thank them and apologise for the delay, nothing more.</source>
      <translation>Myöhästymisen selittely kuulostaa tekosyyltä. Kiitä ja pahoittele viivettä, ei muuta.</translation>
    </message>
    <message>
      <source>Passive, company-style wording sounds like nobody is responsible. Write as yourself, for example “I will call you”.</source>
      <translation>Passiivi ja yrityskieli kuulostavat siltä, ettei kukaan ota vastuuta. Kirjoita omana itsenäsi, esimerkiksi ”Soitan sinulle”.</translation>
    </message>
    <message>
      <source>Proving the customer wrong adds fuel to the fire. Acknowledge how they feel and offer to talk it through.</source>
      <translation>Jos yrität todistaa asiakkaan olevan väärässä, lisäät vain löylyä. Osoita ymmärtäväsi, miltä hänestä tuntuu, ja tarjoudu keskustelemaan asiasta.</translation>
    </message>
    <message>
      <source>Putting the fault on the customer looks bad to everyone reading. Take responsibility and focus on the fix.</source>
      <translation>Syyn sälyttäminen asiakkaalle näyttää pahalta kaikkien lukijoiden silmissä. Ota vastuu ja keskity ratkaisuun.</translation>
    </message>
    <message>
      <source>Readers look for regret first. Say you are sorry for what happened, without a “but”.</source>
      <translation>Lukijat etsivät ensimmäiseksi pahoittelua. Sano, että olet pahoillasi tapahtuneesta – ilman ”mutta”-sanaa.</translation>
    </message>
    <message>
      <source>The reply does not say what happens next. Offer to call or meet, or name a concrete fix.</source>
      <translation>Vastauksesta ei käy ilmi, mitä seuraavaksi tapahtuu. Tarjoudu soittamaan tai tapaamaan, tai kerro konkreettinen korjaus.</translation>
    </message>
    <message>
      <source>This is almost the same as an earlier reply, and a canned answer to an upset customer is worse than none. Write to this person about this case.</source>
      <translation>Tämä on lähes sama kuin aiempi vastaus, ja valmisfraasi pahastuneelle asiakkaalle on huonompi kuin ei vastausta ollenkaan. Kirjoita juuri tälle ihmiselle juuri tästä tilanteesta.</translation>
    </message>
    <message>
      <source>Without the customer's name the reply reads like a form letter. Address them by name.</source>
      <translation>Ilman asiakkaan nimeä vastaus kuulostaa lomakekirjeeltä. Puhuttele häntä nimellä.</translation>
    </message>
    <message>
      <source>Your own hardships give the critic power and can be used against you later. Keep private matters out and talk about the customer's problem.</source>
      <translation>Omista vaikeuksista kertominen antaa arvostelijalle valtaa, ja niitä voidaan myöhemmin käyttää sinua vastaan. Jätä yksityisasiat pois ja puhu asiakkaan ongelmasta.</translation>
    </message>
  </context>
</TS>
