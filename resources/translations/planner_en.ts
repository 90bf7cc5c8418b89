<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</TS>
