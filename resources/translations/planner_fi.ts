<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Prepare for public criticism in calm time, handle it calmly when it happens, and learn from it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app works offline and makes no network requests: your data stays on this computer or on your own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated from schema %1; a copy was kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken links between records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1, contact attempts: %2, praise entries: %3, action items: %4, drills: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ran into an unexpected error. Your saved data is safe; the last action may not have been completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” is not a database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-memory database cannot keep data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database “%1”: use a file or a PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Crisis Planner database (it is not a SQLite file). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only: the app needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSchema</name>
    <message>
        <source>Cannot connect to the database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not Crisis Planner&apos;s. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is another program&apos;s database, not Crisis Planner&apos;s. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Crisis Planner (schema %2). Update the app to open it; the database was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration would break %1 links between records; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database failed; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer criticises you in public: log it, answer against the clock in your own words, and keep track of every call, visit and message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Positive-feedback journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the praise you receive and read it again when times are hard. Ask happy customers to leave a review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated to the new version; a copy of the old one is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Response plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide in calm time how you will act when someone criticises your business in public: where you listen, how fast you answer, which words you use, who helps you and what you can offer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse a crisis alone, against the clock and with your own plan, so that the first real one is not the first time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>Enter the name of the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reply language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both ends of the waking hours, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking hours must be times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking hours must not start and end at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the heat: what happened, why, what changes, and whether the promises you made in public were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opening…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs your attention today. Prepare in calm time, act calmly when it counts, and remember the good work you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents handled in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind words in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons still to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice drills done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Start by preparing your response plan in calm time: the Plan page guides you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app closed unexpectedly last time. The details were saved in the log folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
