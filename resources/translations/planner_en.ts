<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>Actions</name>
    <message numerus="yes">
      <source>…and %n more, the oldest first above.</source>
      <translation>
        <numerusform>…and %n more, the oldest first above.</numerusform>
        <numerusform>…and %n more, the oldest first above.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Composer</name>
    <message numerus="yes">
      <source>%n placeholder(s) still to fill in (marked yellow).</source>
      <translation>
        <numerusform>%n placeholder still to fill in (marked yellow).</numerusform>
        <numerusform>%n placeholders still to fill in (marked yellow).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Interchange</name>
    <message numerus="yes">
      <source>Nothing was imported: the document has %n problem(s).</source>
      <translation>
        <numerusform>Nothing was imported: the document has %n problem.</numerusform>
        <numerusform>Nothing was imported: the document has %n problems.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JournalCli</name>
    <message numerus="yes">
      <source>%n row(s) have problems: nothing was imported. Correct them, or use --skip-bad to import the other rows.</source>
      <translation>
        <numerusform>%n row has problems: nothing was imported. Correct it, or use --skip-bad to import the other rows.</numerusform>
        <numerusform>%n rows have problems: nothing was imported. Correct them, or use --skip-bad to import the other rows.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <source>%n entry(ies)</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kind word(s) in the journal, and no complaints.</source>
      <translation>
        <numerusform>%n kind word in the journal, and no complaints.</numerusform>
        <numerusform>%n kind words in the journal, and no complaints.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kind word(s) since the last complaint.</source>
      <translation>
        <numerusform>%n kind word since the last complaint.</numerusform>
        <numerusform>%n kind words since the last complaint.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message numerus="yes">
      <source>%1: the customers' details were removed from %n case(s) closed before %2.</source>
      <translation>
        <numerusform>%1: the customer's details were removed from %n case closed before %2.</numerusform>
        <numerusform>%1: the customers' details were removed from %n cases closed before %2.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanExport</name>
    <message numerus="yes">
      <source>next step after %n unanswered attempt(s)</source>
      <translation>
        <numerusform>next step after %n unanswered attempt</numerusform>
        <numerusform>next step after %n unanswered attempts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>next step after %n unanswered attempt(s) within %1</source>
      <translation>
        <numerusform>next step after %n unanswered attempt within %1</numerusform>
        <numerusform>next step after %n unanswered attempts within %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanRules</name>
    <message numerus="yes">
      <source>This is too long (%n characters at most).</source>
      <translation>
        <numerusform>This is too long (%n character at most).</numerusform>
        <numerusform>This is too long (%n characters at most).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PostCard</name>
    <message numerus="yes">
      <source>%n star(s) out of 5</source>
      <translation>
        <numerusform>%n star out of 5</numerusform>
        <numerusform>%n stars out of 5</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PraiseImport</name>
    <message numerus="yes">
      <source>%n row(s) cannot be imported, so nothing was imported. Correct them, or skip them.</source>
      <translation>
        <numerusform>%n row cannot be imported, so nothing was imported. Correct it, or skip it.</numerusform>
        <numerusform>%n rows cannot be imported, so nothing was imported. Correct them, or skip them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message numerus="yes">
      <source>  %n praise entr(y/ies), to be deleted</source>
      <translation>
        <numerusform>  %n praise entry, to be deleted</numerusform>
        <numerusform>  %n praise entries, to be deleted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>  %n review request(s), to be deleted</source>
      <translation>
        <numerusform>  %n review request, to be deleted</numerusform>
        <numerusform>  %n review requests, to be deleted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contact attempt(s)</source>
      <translation>
        <numerusform>%n contact attempt</numerusform>
        <numerusform>%n contact attempts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n draft(s)</source>
      <translation>
        <numerusform>%n draft</numerusform>
        <numerusform>%n drafts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n timeline event(s)</source>
      <translation>
        <numerusform>%n timeline event</numerusform>
        <numerusform>%n timeline events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Personal data anonymised by the retention rule (closed more than %n month(s) ago).</source>
      <translation>
        <numerusform>Personal data anonymised by the retention rule (closed more than %n month ago).</numerusform>
        <numerusform>Personal data anonymised by the retention rule (closed more than %n months ago).</numerusform>
      </translation>
    </message>
  </context>
</TS>
