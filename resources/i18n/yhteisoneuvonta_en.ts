<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Yhteisöneuvonta</source>
        <translation>Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>The program's data cannot be opened.</source>
        <translation>The program's data cannot be opened.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved form? The program was closed before it was saved.</source>
        <translation>Restore the unsaved form? The program was closed before it was saved.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>Kinds of help:</source>
        <translation>Kinds of help:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Language used:</source>
        <translation>&amp;Language used:</translation>
    </message>
    <message>
        <source>&amp;Professional involved:</source>
        <translation>&amp;Professional involved:</translation>
    </message>
    <message>
        <source>Which professionals:</source>
        <translation>Which professionals:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Referred to:</translation>
    </message>
    <message>
        <source>Service barriers seen:</source>
        <translation>Service barriers seen:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Age band:</translation>
    </message>
    <message>
        <source>First &amp;visit?</source>
        <translation>First &amp;visit?</translation>
    </message>
    <message>
        <source>&amp;Note (no names or identity details):</source>
        <translation>&amp;Note (no names or identity details):</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Yhteisöneuvonta</source>
        <translation>Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. What you typed is kept as a draft.</source>
        <translation>Something went wrong inside the program. What you typed is kept as a draft.</translation>
    </message>
    <message>
        <source>Copy the report and send it to your coordinator.</source>
        <translation>Copy the report and send it to your coordinator.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>The program's log is in %1 — attach it too.</source>
        <translation>The program's log is in %1 — attach it too.</translation>
    </message>
    <message>
        <source>The program has no log file this time.</source>
        <translation>The program has no log file this time.</translation>
    </message>
</context>
<context>
    <name>FormHelpForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Paper or online:</source>
        <translation>&amp;Paper or online:</translation>
    </message>
    <message>
        <source>&amp;Where it got to:</source>
        <translation>&amp;Where it got to:</translation>
    </message>
    <message>
        <source>&amp;Note (no names or identity details):</source>
        <translation>&amp;Note (no names or identity details):</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Form-filling help</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <source>&amp;People present:</source>
        <translation>&amp;People present:</translation>
    </message>
    <message>
        <source>Of whom (optional):</source>
        <translation>Of whom (optional):</translation>
    </message>
    <message>
        <source>&amp;Organisers (comma between):</source>
        <translation>&amp;Organisers (comma between):</translation>
    </message>
    <message>
        <source>&amp;Facilitators (comma between):</source>
        <translation>&amp;Facilitators (comma between):</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>Su&amp;mmary (no names):</source>
        <translation>Su&amp;mmary (no names):</translation>
    </message>
    <message>
        <source>Proposals and decisions:</source>
        <translation>Proposals and decisions:</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About Yhteisöneuvonta</source>
        <translation>About Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Yhteisöneuvonta %1</source>
        <translation>Yhteisöneuvonta %1</translation>
    </message>
    <message>
        <source>Anonymous records for the community advisers of Pirkanmaa wellbeing services county and their coordinator. Works without a network.</source>
        <translation>Anonymous records for the community advisers of Pirkanmaa wellbeing services county and their coordinator. Works without a network.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Encounters</source>
        <translation>Encounters</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Form-filling help</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Desk sessions</source>
        <translation>Desk sessions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Words in notes, titles and summaries</source>
        <translation>Words in notes, titles and summaries</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Show deleted</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Records found</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <source>Edit the chosen record</source>
        <translation>Edit the chosen record</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Undo deleting</source>
        <translation>Undo deleting</translation>
    </message>
    <message>
        <source>Undo restoring</source>
        <translation>Undo restoring</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— not answered</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Yhteisöneuvonta</source>
        <translation>Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a personal identity code</source>
        <translation>a personal identity code</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>a bank account number (IBAN)</translation>
    </message>
    <message>
        <source>%1 (characters %2–%3)</source>
        <translation>%1 (characters %2–%3)</translation>
    </message>
    <message>
        <source>Contains %1. Remove it: visitors are never identified.</source>
        <translation>Contains %1. Remove it: visitors are never identified.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Choose at least one.</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>Choose a site.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Must be at most %1.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Must be after the start.</source>
        <translation>Must be after the start.</translation>
    </message>
    <message>
        <source>The same value is chosen twice.</source>
        <translation>The same value is chosen twice.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>Say which professional was consulted or worked in pair.</source>
        <translation>Say which professional was consulted or worked in pair.</translation>
    </message>
    <message>
        <source>The parts add up to %1, more than the total %2.</source>
        <translation>The parts add up to %1, more than the total %2.</translation>
    </message>
    <message>
        <source>Proposals are recorded for house meetings and community councils only.</source>
        <translation>Proposals are recorded for house meetings and community councils only.</translation>
    </message>
    <message>
        <source>Answer at least one item.</source>
        <translation>Answer at least one item.</translation>
    </message>
    <message>
        <source>Use a pseudonym of 2–20 letters, digits, - or _ (never your name).</source>
        <translation>Use a pseudonym of 2–20 letters, digits, - or _ (never your name).</translation>
    </message>
    <message>
        <source>Choose at least one home site.</source>
        <translation>Choose at least one home site.</translation>
    </message>
    <message>
        <source>A desk session is already open at this site. Close it first.</source>
        <translation>A desk session is already open at this site. Close it first.</translation>
    </message>
    <message>
        <source>Records made on another device cannot be edited here.</source>
        <translation>Records made on another device cannot be edited here.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>seen %1×</source>
        <translation>seen %1×</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Kinds of help</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;What keeps happening (no names):</source>
        <translation>&amp;What keeps happening (no names):</translation>
    </message>
    <message>
        <source>Service barriers:</source>
        <translation>Service barriers:</translation>
    </message>
    <message>
        <source>Times &amp;seen:</source>
        <translation>Times &amp;seen:</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open the desk</source>
        <translation>Open the desk</translation>
    </message>
    <message>
        <source>Open a desk session at %1. Who is here with you?</source>
        <translation>Open a desk session at %1. Who is here with you?</translation>
    </message>
    <message>
        <source>Partner organisations present</source>
        <translation>Partner organisations present</translation>
    </message>
    <message>
        <source>Another organisation (optional)</source>
        <translation>Another organisation (optional)</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Another organisation</translation>
    </message>
    <message>
        <source>Professionals present (by role, never by name)</source>
        <translation>Professionals present (by role, never by name)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Form-filling help</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Questionnaire (PEI)</source>
        <translation>Questionnaire (PEI)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Quick log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ProposalsEditor</name>
    <message>
        <source>Add a proposal</source>
        <translation>Add a proposal</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Proposal %1</translation>
    </message>
    <message>
        <source>Decision (optional)</source>
        <translation>Decision (optional)</translation>
    </message>
    <message>
        <source>Decision on proposal %1</source>
        <translation>Decision on proposal %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove proposal %1</source>
        <translation>Remove proposal %1</translation>
    </message>
</context>
<context>
    <name>QuickLogPage</name>
    <message>
        <source>Quick log</source>
        <translation>Quick log</translation>
    </message>
    <message>
        <source>Choose the topic, the kind of help and the time, then Save. No names.</source>
        <translation>Choose the topic, the kind of help and the time, then Save. No names.</translation>
    </message>
    <message>
        <source>Topic (Alt+1…6)</source>
        <translation>Topic (Alt+1…6)</translation>
    </message>
    <message>
        <source>Kind of help (Ctrl+1…6)</source>
        <translation>Kind of help (Ctrl+1…6)</translation>
    </message>
    <message>
        <source>Time used (F5…F9)</source>
        <translation>Time used (F5…F9)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the visit</source>
        <translation>Save the visit</translation>
    </message>
    <message>
        <source>More details…</source>
        <translation>More details…</translation>
    </message>
    <message>
        <source>Open the full form with these choices</source>
        <translation>Open the full form with these choices</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Today at %1</translation>
    </message>
    <message>
        <source>Today's visits</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <source>Edit the chosen visit</source>
        <translation>Edit the chosen visit</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Delete the chosen visit</source>
        <translation>Delete the chosen visit</translation>
    </message>
    <message>
        <source>Undo saving</source>
        <translation>Undo saving</translation>
    </message>
    <message>
        <source>Saved: %1, %2 min.</source>
        <translation>Saved: %1, %2 min.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Undo deleting</source>
        <translation>Undo deleting</translation>
    </message>
    <message>
        <source>Deleted. Press Undo to bring it back.</source>
        <translation>Deleted. Press Undo to bring it back.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Editing a saved record at %1.</source>
        <translation>Editing a saved record at %1.</translation>
    </message>
    <message>
        <source>New record at %1.</source>
        <translation>New record at %1.</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Not saved: see the messages in red.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Undo saving</source>
        <translation>Undo saving</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The desk is closed.</source>
        <translation>The desk is closed.</translation>
    </message>
    <message>
        <source>Open the desk…</source>
        <translation>Open the desk…</translation>
    </message>
    <message>
        <source>Desk open since %1 · %2 visitors</source>
        <translation>Desk open since %1 · %2 visitors</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Close the desk</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Adviser &amp;code:</source>
        <translation>Adviser &amp;code:</translation>
    </message>
    <message>
        <source>Adviser code</source>
        <translation>Adviser code</translation>
    </message>
    <message>
        <source>&amp;Home sites:</source>
        <translation>&amp;Home sites:</translation>
    </message>
    <message>
        <source>Save code and sites</source>
        <translation>Save code and sites</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to Yhteisöneuvonta</source>
        <translation>Welcome to Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Before you start, tell the program who uses it. You can change the language, your code and your sites later in Settings.</source>
        <translation>Before you start, tell the program who uses it. You can change the language, your code and your sites later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <source>&amp;Adviser at a desk</source>
        <translation>&amp;Adviser at a desk</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translation>C&amp;oordinator</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Adviser &amp;code:</source>
        <translation>Adviser &amp;code:</translation>
    </message>
    <message>
        <source>Adviser code</source>
        <translation>Adviser code</translation>
    </message>
    <message>
        <source>A pseudonym your coordinator gave you, e.g. N7. Never your name.</source>
        <translation>A pseudonym your coordinator gave you, e.g. N7. Never your name.</translation>
    </message>
    <message>
        <source>&amp;Home sites:</source>
        <translation>&amp;Home sites:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Choose a passphrase that protects the unit's keys. It cannot be recovered: write it down somewhere safe.</source>
        <translation>Choose a passphrase that protects the unit's keys. It cannot be recovered: write it down somewhere safe.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Passphrase &amp;again:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <source>Search by place or municipality</source>
        <translation>Search by place or municipality</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Search sites</translation>
    </message>
    <message>
        <source>Home sites</source>
        <translation>Home sites</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <source>Part, e.g. children</source>
        <translation>Part, e.g. children</translation>
    </message>
    <message>
        <source>Part %1 name</source>
        <translation>Part %1 name</translation>
    </message>
    <message>
        <source>Part %1 count</source>
        <translation>Part %1 count</translation>
    </message>
</context>
</TS>