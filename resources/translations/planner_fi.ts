<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Prepare for public criticism in calm time, handle it calmly when it happens, and learn from it afterwards.</source>
      <translation>Valmistaudu julkiseen kritiikkiin rauhallisena aikana, hoida se rauhallisesti kun se osuu kohdalle, ja opi siitä jälkeenpäin.</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Versio %1</translation>
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
      <source>About %1</source>
      <translation>Tietoja: %1</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>Tietoja &amp;Qt:sta</translation>
    </message>
  </context>
  <context>
    <name>CheckCommand</name>
    <message>
      <source>Database: %1 (%2)</source>
      <translation>Tietokanta: %1 (%2)</translation>
    </message>
    <message>
      <source>Schema version: %1</source>
      <translation>Rakenneversio: %1</translation>
    </message>
    <message>
      <source>A new database was created.</source>
      <translation>Uusi tietokanta luotiin.</translation>
    </message>
    <message>
      <source>Migrated from schema %1; a copy was kept at %2.</source>
      <translation>Päivitetty rakenneversiosta %1; kopio vanhasta on tallessa: %2.</translation>
    </message>
    <message>
      <source>Integrity: ok</source>
      <translation>Eheys: kunnossa</translation>
    </message>
    <message>
      <source>Integrity problems: %1</source>
      <translation>Eheysongelmia: %1</translation>
    </message>
    <message>
      <source>Broken links between records: %1</source>
      <translation>Rikkinäisiä viittauksia tietueiden välillä: %1</translation>
    </message>
    <message>
      <source>Incidents: %1, contact attempts: %2, praise entries: %3, action items: %4, drills: %5</source>
      <translation>Tapauksia: %1, yhteydenottoja: %2, kiitoksia: %3, toimenpiteitä: %4, harjoituksia: %5</translation>
    </message>
    <message>
      <source>The database has problems (see above).</source>
      <translation>Tietokannassa on ongelmia (katso yllä).</translation>
    </message>
    <message>
      <source>Healthy.</source>
      <translation>Kunnossa.</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <source>Something went wrong</source>
      <translation>Jokin meni vikaan</translation>
    </message>
    <message>
      <source>The app ran into an unexpected error. Your saved data is safe; the last action may not have been completed.</source>
      <translation>Sovelluksessa tapahtui odottamaton virhe. Tallennetut tietosi ovat tallessa; viimeisin toiminto ei ehkä ehtinyt valmistua.</translation>
    </message>
    <message>
      <source>Details were written to %1.</source>
      <translation>Tarkemmat tiedot kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
      <source>Cannot do that</source>
      <translation>Toiminto ei onnistu</translation>
    </message>
  </context>
  <context>
    <name>DatabaseLocation</name>
    <message>
      <source>“%1” is not a database address.</source>
      <translation>”%1” ei ole tietokannan osoite.</translation>
    </message>
    <message>
      <source>An in-memory database cannot keep data.</source>
      <translation>Muistiin luotu tietokanta ei säilytä tietoja.</translation>
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
      <source>The folder “%1” does not exist.</source>
      <translation>Kansiota ”%1” ei ole olemassa.</translation>
    </message>
    <message>
      <source>Cannot read “%1”: %2</source>
      <translation>Tiedostoa ”%1” ei voi lukea: %2</translation>
    </message>
    <message>
      <source>“%1” is not a Crisis Planner database (it is not a SQLite file). It was left as it is.</source>
      <translation>”%1” ei ole Crisis Plannerin tietokanta (se ei ole SQLite-tiedosto). Tiedostoon ei koskettu.</translation>
    </message>
    <message>
      <source>“%1” is read-only: the app needs to write to it.</source>
      <translation>”%1” on vain luettavissa, mutta sovelluksen täytyy voida kirjoittaa siihen.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseSchema</name>
    <message>
      <source>Cannot connect to the database at %1: %2</source>
      <translation>Tietokantaan %1 ei saada yhteyttä: %2</translation>
    </message>
    <message>
      <source>%1 holds another program's data, not Crisis Planner's. It was left as it is.</source>
      <translation>%1 sisältää jonkin toisen ohjelman tietoja, ei Crisis Plannerin. Siihen ei koskettu.</translation>
    </message>
    <message>
      <source>“%1” is another program's database, not Crisis Planner's. It was left as it is.</source>
      <translation>”%1” on jonkin toisen ohjelman tietokanta, ei Crisis Plannerin. Siihen ei koskettu.</translation>
    </message>
    <message>
      <source>“%1” cannot be read as a database: %2</source>
      <translation>Tiedostoa ”%1” ei voi lukea tietokantana: %2</translation>
    </message>
    <message>
      <source>%1 was written by a newer version of Crisis Planner (schema %2). Update the app to open it; the database was left as it is.</source>
      <translation>%1 on tallennettu Crisis Plannerin uudemmalla versiolla (rakenneversio %2). Päivitä sovellus avataksesi sen; tietokantaan ei koskettu.</translation>
    </message>
    <message>
      <source>The migration would break %1 links between records; nothing was changed.</source>
      <translation>Päivitys rikkoisi %1 viittausta tietueiden välillä, joten mitään ei muutettu.</translation>
    </message>
    <message>
      <source>Updating the database failed; nothing was changed: %1</source>
      <translation>Tietokannan päivitys epäonnistui, eikä mitään muutettu: %1</translation>
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
    <name>JournalPage</name>
    <message>
      <source>Positive-feedback journal</source>
      <translation>Kiitospäiväkirja</translation>
    </message>
    <message>
      <source>Keep the praise you receive and read it again when times are hard. Ask happy customers to leave a review.</source>
      <translation>Tallenna saamasi kiitokset ja lue ne uudelleen, kun on raskasta. Pyydä tyytyväisiä asiakkaita jättämään arvostelu.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Pages</source>
      <translation>Sivut</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tiedosto</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Asetukset…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Lopeta</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Näytä</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>O&amp;hje</translation>
    </message>
    <message>
      <source>&amp;About %1</source>
      <translation>&amp;Tietoja: %1</translation>
    </message>
    <message>
      <source>Database in use: %1</source>
      <translation>Käytössä oleva tietokanta: %1</translation>
    </message>
    <message>
      <source>Ready.</source>
      <translation>Valmis.</translation>
    </message>
    <message>
      <source>The database was updated to the new version; a copy of the old one is in %1.</source>
      <translation>Tietokanta päivitettiin uuteen versioon; kopio vanhasta on kansiossa %1.</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>Start</source>
      <translation>Aloitus</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Suunnitelma</translation>
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
      <source>Review</source>
      <translation>Opit</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Harjoittelu</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Response plan</source>
      <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
      <source>Decide in calm time how you will act when someone criticises your business in public: where you listen, how fast you answer, which words you use, who helps you and what you can offer.</source>
      <translation>Päätä rauhallisena aikana, miten toimit, kun joku arvostelee yritystäsi julkisesti: mitä seuraat, kuinka nopeasti vastaat, millä sanoilla, kuka auttaa sinua ja mitä voit tarjota hyvitykseksi.</translation>
    </message>
  </context>
  <context>
    <name>PracticePage</name>
    <message>
      <source>Practice</source>
      <translation>Harjoittelu</translation>
    </message>
    <message>
      <source>Rehearse a crisis alone, against the clock and with your own plan, so that the first real one is not the first time.</source>
      <translation>Harjoittele kriisiä yksin, kelloa vastaan ja omalla suunnitelmallasi, jotta ensimmäinen todellinen tilanne ei ole ensimmäinen kerta.</translation>
    </message>
  </context>
  <context>
    <name>ProfileService</name>
    <message>
      <source>Enter the name of the business.</source>
      <translation>Kirjoita yrityksen nimi.</translation>
    </message>
    <message>
      <source>The name is too long (200 characters at most).</source>
      <translation>Nimi on liian pitkä (enintään 200 merkkiä).</translation>
    </message>
    <message>
      <source>Choose at least one reply language.</source>
      <translation>Valitse vähintään yksi vastauskieli.</translation>
    </message>
    <message>
      <source>Give both ends of the waking hours, or neither.</source>
      <translation>Anna valveillaoloajalle sekä alku että loppu, tai jätä molemmat tyhjiksi.</translation>
    </message>
    <message>
      <source>Waking hours must be times of day.</source>
      <translation>Valveillaoloajan on oltava kellonaikoja.</translation>
    </message>
    <message>
      <source>Waking hours must not start and end at the same time.</source>
      <translation>Valveillaoloaika ei voi alkaa ja päättyä samaan aikaan.</translation>
    </message>
    <message>
      <source>Unknown time zone.</source>
      <translation>Tuntematon aikavyöhyke.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Lessons learned</source>
      <translation>Opit</translation>
    </message>
    <message>
      <source>After the heat: what happened, why, what changes, and whether the promises you made in public were kept.</source>
      <translation>Kun tilanne on ohi: mitä tapahtui, miksi, mikä muuttuu ja pidettiinkö julkisesti annetut lupaukset.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Asetukset</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
      <source>A new language is used from the next start of the app.</source>
      <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
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
      <source>Data folder:</source>
      <translation>Tietokansio:</translation>
    </message>
    <message>
      <source>(opening…)</source>
      <translation>(avataan…)</translation>
    </message>
    <message>
      <source>Database in use:</source>
      <translation>Käytössä oleva tietokanta:</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Start</source>
      <translation>Aloitus</translation>
    </message>
    <message>
      <source>What needs your attention today. Prepare in calm time, act calmly when it counts, and remember the good work you do.</source>
      <translation>Mikä kaipaa huomiotasi tänään. Valmistaudu rauhassa, toimi rauhallisesti kun on tarpeen, ja muista, että teet hyvää työtä.</translation>
    </message>
    <message>
      <source>Opening your data…</source>
      <translation>Avataan tietojasi…</translation>
    </message>
    <message>
      <source>Open incidents</source>
      <translation>Avoimet tapaukset</translation>
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
      <source>Practice drills done</source>
      <translation>Tehdyt harjoitukset</translation>
    </message>
    <message>
      <source>Welcome back to %1.</source>
      <translation>Tervetuloa takaisin, %1.</translation>
    </message>
    <message>
      <source>Welcome. Start by preparing your response plan in calm time: the Plan page guides you.</source>
      <translation>Tervetuloa. Aloita laatimalla toimintasuunnitelma rauhallisena aikana: Suunnitelma-sivu opastaa sinua.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Cannot open the data</source>
      <translation>Tietoja ei voi avata</translation>
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
    <name>ToneChecker</name>
    <message>
      <source>A “but” after an apology cancels it. End the apology there and leave out the justification.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proving the customer wrong adds fuel to the fire. Acknowledge how they feel and offer to talk it through.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Putting the fault on the customer looks bad to everyone reading. Take responsibility and focus on the fix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your own hardships give the critic power and can be used against you later. Keep private matters out and talk about the customer's problem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passive, company-style wording sounds like nobody is responsible. Write as yourself, for example “I will call you”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Readers look for regret first. Say you are sorry for what happened, without a “but”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The reply does not say what happens next. Offer to call or meet, or name a concrete fix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without the customer's name the reply reads like a form letter. Address them by name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A template placeholder is still in the text. Fill it in before posting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is almost the same as an earlier reply, and a canned answer to an upset customer is worse than none. Write to this person about this case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explaining why the reply is late sounds like an excuse. Thank them and apologise for the delay, nothing more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking to delete or change the post looks like hiding the problem. Fix the issue and let the customer decide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A threat escalates the conflict in front of everyone. Stay calm; the customer is free to say what they think.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capitals and repeated exclamation marks read as shouting. Use normal case and at most one exclamation mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A long public reply invites argument. Keep it short and move the details to a phone call.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
