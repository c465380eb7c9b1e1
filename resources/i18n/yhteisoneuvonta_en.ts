<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdviserFields</name>
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
</context>
<context>
    <name>AdviserReferenceBox</name>
    <message>
        <source>The coordinator's file</source>
        <translation>The coordinator's file</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Remove them</translation>
    </message>
    <message>
        <source>Remove the confirmed old records</source>
        <translation>Remove the confirmed old records</translation>
    </message>
    <message>
        <source>The coordinator gives you a coordinator card once, and sends back a file that updates the sites and lists and says which of your bundles arrived. Both are taken here.</source>
        <translation>The coordinator gives you a coordinator card once, and sends back a file that updates the sites and lists and says which of your bundles arrived. Both are taken here.</translation>
    </message>
    <message>
        <source>&amp;Import the coordinator's card or file…</source>
        <translation>&amp;Import the coordinator's card or file…</translation>
    </message>
    <message>
        <source>Choose the coordinator's card or file</source>
        <translation>Choose the coordinator's card or file</translation>
    </message>
    <message>
        <source>Reading the coordinator's file…</source>
        <translation>Reading the coordinator's file…</translation>
    </message>
    <message>
        <source>This file is not newer than the one already read (%1); nothing changed.</source>
        <translation>This file is not newer than the one already read (%1); nothing changed.</translation>
    </message>
    <message>
        <source>The coordinator's file %1 was read.</source>
        <translation>The coordinator's file %1 was read.</translation>
    </message>
    <message>
        <source>Sites and lists were updated.</source>
        <translation>Sites and lists were updated.</translation>
    </message>
    <message>
        <source>Bundles that arrived: %1.</source>
        <translation>Bundles that arrived: %1.</translation>
    </message>
    <message>
        <source>No bundle of this computer has arrived yet.</source>
        <translation>No bundle of this computer has arrived yet.</translation>
    </message>
    <message>
        <source>Not arrived: %1. Send them again above.</source>
        <translation>Not arrived: %1. Send them again above.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the coordinator has confirmed are older than %1 days. They can be removed from this computer.</source>
        <translation>
            <numerusform>%n record the coordinator has confirmed is older than %1 days. It can be removed from this computer.</numerusform>
            <numerusform>%n records the coordinator has confirmed are older than %1 days. They can be removed from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s).</source>
        <translation>
            <numerusform>Removed %n record.</numerusform>
            <numerusform>Removed %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove confirmed records?</source>
        <translation>Remove confirmed records?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
</context>
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
    <message>
        <source>Restore the newest backup</source>
        <translation>Restore the newest backup</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The program copies your data here automatically when it closes and every half hour while you work. Restoring puts a copy back; the current data is kept aside first.</source>
        <translation>The program copies your data here automatically when it closes and every half hour while you work. Restoring puts a copy back; the current data is kept aside first.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Backup made.</translation>
    </message>
    <message>
        <source>No backup could be made: the data fails its check. Restore a backup.</source>
        <translation>No backup could be made: the data fails its check. Restore a backup.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Put back the data as it was at %1? Records saved after that are not in it; the current data is kept aside in the data folder. The program opens the data again.</source>
        <translation>Put back the data as it was at %1? Records saved after that are not in it; the current data is kept aside in the data folder. The program opens the data again.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Every figure of this view is hidden: the counts are small (under 5), so no chart is drawn. Choose a longer period or a larger area, or the internal view.</source>
        <translation>Every figure of this view is hidden: the counts are small (under 5), so no chart is drawn. Choose a longer period or a larger area, or the internal view.</translation>
    </message>
</context>
<context>
    <name>CoordinatorFile</name>
    <message>
        <source>Another coordinator key is trusted on this computer:

%1

Replace it with the key in this card only if the coordinator told you the key changed and gave you this fingerprint:

%2</source>
        <translation>Another coordinator key is trusted on this computer:

%1

Replace it with the key in this card only if the coordinator told you the key changed and gave you this fingerprint:

%2</translation>
    </message>
    <message>
        <source>Replace the coordinator's key?</source>
        <translation>Replace the coordinator's key?</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet. Trust the key in this coordinator card only if its fingerprint is the one the coordinator gave you:

%1</source>
        <translation>This computer does not know the coordinator's key yet. Trust the key in this coordinator card only if its fingerprint is the one the coordinator gave you:

%1</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet. Trust the key in this file only if its fingerprint is the one the coordinator gave you:

%1</source>
        <translation>This computer does not know the coordinator's key yet. Trust the key in this file only if its fingerprint is the one the coordinator gave you:

%1</translation>
    </message>
    <message>
        <source>Trust the coordinator's key?</source>
        <translation>Trust the coordinator's key?</translation>
    </message>
    <message>
        <source>This coordinator card is trusted already (%1).</source>
        <translation>This coordinator card is trusted already (%1).</translation>
    </message>
    <message>
        <source>The coordinator's key is now trusted: %1. Bundles you send can be read by the coordinator only.</source>
        <translation>The coordinator's key is now trusted: %1. Bundles you send can be read by the coordinator only.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved form: %1? The program was closed before it was saved.</source>
        <translation>Restore the unsaved form: %1? The program was closed before it was saved.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Identifying details were removed from it: %1.</source>
        <translation>Identifying details were removed from it: %1.</translation>
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
    <message>
        <source>For the visit just saved:</source>
        <translation>For the visit just saved:</translation>
    </message>
    <message>
        <source>Form help for this visit (%1)</source>
        <translation>Form help for this visit (%1)</translation>
    </message>
    <message>
        <source>Record form-filling help for the visit just saved</source>
        <translation>Record form-filling help for the visit just saved</translation>
    </message>
    <message>
        <source>Questionnaire for this visit (%1)</source>
        <translation>Questionnaire for this visit (%1)</translation>
    </message>
    <message>
        <source>Record questionnaire answers for the visit just saved</source>
        <translation>Record questionnaire answers for the visit just saved</translation>
    </message>
</context>
<context>
    <name>EncounterLink</name>
    <message>
        <source>Not linked to a visit. To link one, choose the visit in today's list on the Quick log page.</source>
        <translation>Not linked to a visit. To link one, choose the visit in today's list on the Quick log page.</translation>
    </message>
    <message>
        <source>Not linked to a visit.</source>
        <translation>Not linked to a visit.</translation>
    </message>
    <message>
        <source>Linked to a visit that has been deleted: unlink it before saving.</source>
        <translation>Linked to a visit that has been deleted: unlink it before saving.</translation>
    </message>
    <message>
        <source>Linked to the visit on %1 at %2 (%3).</source>
        <translation>Linked to the visit on %1 at %2 (%3).</translation>
    </message>
    <message>
        <source>Linked to the visit at %1 (%2).</source>
        <translation>Linked to the visit at %1 (%2).</translation>
    </message>
    <message>
        <source>This visit is no longer saved (it was deleted). Unlink it, or link another visit.</source>
        <translation>This visit is no longer saved (it was deleted). Unlink it, or link another visit.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Unlink from the visit</source>
        <translation>Unlink from the visit</translation>
    </message>
    <message>
        <source>Link again</source>
        <translation>Link again</translation>
    </message>
    <message>
        <source>Link to the visit again</source>
        <translation>Link to the visit again</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visit:</translation>
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
        <source>Choose the form</source>
        <translation>Choose the form</translation>
    </message>
    <message>
        <source>Choose how far it got</source>
        <translation>Choose how far it got</translation>
    </message>
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
    <message>
        <source>Name guard: Voikko is not available (%1); names are checked against the built-in name lists only, which miss more inflected names.</source>
        <translation>Name guard: Voikko is not available (%1); names are checked against the built-in name lists only, which miss more inflected names.</translation>
    </message>
    <message>
        <source>Name guard: Voikko (%1).</source>
        <translation>Name guard: Voikko (%1).</translation>
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
        <source>Print summary…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <source>Print the summary of the chosen session</source>
        <translation>Print the summary of the chosen session</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
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
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>PREVIEW — nothing has been written yet.</source>
        <translation>PREVIEW — nothing has been written yet.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2</source>
        <translation>Bundle %1 of %2</translation>
    </message>
    <message>
        <source>✗ %1 (%2) was refused: %3</source>
        <translation>✗ %1 (%2) was refused: %3</translation>
    </message>
    <message>
        <source>A copy and the reason are kept in %1</source>
        <translation>A copy and the reason are kept in %1</translation>
    </message>
    <message>
        <source>= %1 was imported already; nothing changes.</source>
        <translation>= %1 was imported already; nothing changes.</translation>
    </message>
    <message>
        <source>✓ %1: %2 new, %3 changed, %4 deleted, %5 unchanged.</source>
        <translation>✓ %1: %2 new, %3 changed, %4 deleted, %5 unchanged.</translation>
    </message>
    <message>
        <source>(sent again)</source>
        <translation>(sent again)</translation>
    </message>
    <message>
        <source>It differs from the bundle with the same number imported earlier.</source>
        <translation>It differs from the bundle with the same number imported earlier.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: bundles received %2</source>
        <translation>%1: bundles received %2</translation>
    </message>
    <message>
        <source>bundle %1 of %2 is missing</source>
        <translation>bundle %1 of %2 is missing</translation>
    </message>
    <message>
        <source>bundle %1 of %2: two different bundles with this number</source>
        <translation>bundle %1 of %2: two different bundles with this number</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Drop the week's bundle files or folders here</source>
        <translation>Drop the week's bundle files or folders here</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choose a f&amp;older…</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>C&amp;lear the list</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Choose bundle files</source>
        <translation>Choose bundle files</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Choose a folder of bundles</translation>
    </message>
    <message>
        <source>Unlock the coordinator key</source>
        <translation>Unlock the coordinator key</translation>
    </message>
    <message>
        <source>The passphrase of the coordinator key:</source>
        <translation>The passphrase of the coordinator key:</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <source>Press Import to write this.</source>
        <translation>Press Import to write this.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>There is nothing new to import.</translation>
    </message>
    <message>
        <source>Imported. Remember to send the reference file back to the advisers.</source>
        <translation>Imported. Remember to send the reference file back to the advisers.</translation>
    </message>
    <message>
        <source>Skipped, not bundles: %1</source>
        <translation>Skipped, not bundles: %1</translation>
    </message>
    <message>
        <source>Set the inbo&amp;x folder…</source>
        <translation>Set the inbo&amp;x folder…</translation>
    </message>
    <message>
        <source>Set the inbox folder</source>
        <translation>Set the inbox folder</translation>
    </message>
    <message>
        <source>Inbox: %1. New bundles in it appear here by themselves.</source>
        <translation>Inbox: %1. New bundles in it appear here by themselves.</translation>
    </message>
    <message>
        <source>Inbox: none. Set the folder where bundles arrive (a synced folder or a USB stick) and new ones appear here by themselves.</source>
        <translation>Inbox: none. Set the folder where bundles arrive (a synced folder or a USB stick) and new ones appear here by themselves.</translation>
    </message>
    <message>
        <source>Choose the folder where bundles arrive</source>
        <translation>Choose the folder where bundles arrive</translation>
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
        <source>Answers</source>
        <translation>Answers</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
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
    <message>
        <source>No visits logged here today yet. Choose a topic, a kind of help and the time spent, then press Save.</source>
        <translation>No visits logged here today yet. Choose a topic, a kind of help and the time spent, then press Save.</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Nothing found. Change the search words or the choices above, or tick "Show deleted".</source>
        <translation>Nothing found. Change the search words or the choices above, or tick "Show deleted".</translation>
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
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Session summaries</source>
        <translation>Session summaries</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Reference file</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Send the week</source>
        <translation>Send the week</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>Status board</translation>
    </message>
</context>
<context>
    <name>PersonalWarning</name>
    <message>
        <source>These words may name a person or a home: %1. Visitors are never identified.</source>
        <translation>These words may name a person or a home: %1. Visitors are never identified.</translation>
    </message>
    <message>
        <source>Replace with a neutral word</source>
        <translation>Replace with a neutral word</translation>
    </message>
    <message>
        <source>They name no one: save</source>
        <translation>They name no one: save</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[name]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[address]</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>The pages as they will print</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print a session summary…</source>
        <translation>Print a session summary…</translation>
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
        <source>Each button keeps its key. Right-click a button (or press the Menu key) to put another choice on it or to move it.</source>
        <translation>Each button keeps its key. Right-click a button (or press the Menu key) to put another choice on it or to move it.</translation>
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
        <source>Note for the visitor…</source>
        <translation>Note for the visitor…</translation>
    </message>
    <message>
        <source>What was done, next steps and where to turn, in the visitor's language. No names, no notes.</source>
        <translation>What was done, next steps and where to turn, in the visitor's language. No names, no notes.</translation>
    </message>
    <message>
        <source>Form help for this visit (%1)</source>
        <translation>Form help for this visit (%1)</translation>
    </message>
    <message>
        <source>Record form-filling help for the chosen visit</source>
        <translation>Record form-filling help for the chosen visit</translation>
    </message>
    <message>
        <source>Opens the form-filling help page linked to the chosen visit.</source>
        <translation>Opens the form-filling help page linked to the chosen visit.</translation>
    </message>
    <message>
        <source>Questionnaire for this visit (%1)</source>
        <translation>Questionnaire for this visit (%1)</translation>
    </message>
    <message>
        <source>Record questionnaire answers for the chosen visit</source>
        <translation>Record questionnaire answers for the chosen visit</translation>
    </message>
    <message>
        <source>Opens the questionnaire (PEI) linked to the chosen visit: the visitor answers after the visit.</source>
        <translation>Opens the questionnaire (PEI) linked to the chosen visit: the visitor answers after the visit.</translation>
    </message>
    <message>
        <source>Put another choice on this button…</source>
        <translation>Put another choice on this button…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Choose for the button</source>
        <translation>Choose for the button</translation>
    </message>
    <message>
        <source>What does button %1 record?</source>
        <translation>What does button %1 record?</translation>
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
        <source>Choose a visit in today's list first.</source>
        <translation>Choose a visit in today's list first.</translation>
    </message>
    <message>
        <source>Deleted. Press Undo to bring it back.</source>
        <translation>Deleted. Press Undo to bring it back.</translation>
    </message>
    <message>
        <source>Open the desk now: the visit joins it</source>
        <translation>Open the desk now: the visit joins it</translation>
    </message>
    <message>
        <source>Undone: the visit (%1, %2 min) was removed.</source>
        <translation>Undone: the visit (%1, %2 min) was removed.</translation>
    </message>
    <message>
        <source>The desk is not open, so the visit belongs to no desk session.</source>
        <translation>The desk is not open, so the visit belongs to no desk session.</translation>
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
    <message>
        <source>Not saved yet: check the highlighted words.</source>
        <translation>Not saved yet: check the highlighted words.</translation>
    </message>
    <message>
        <source>Restored draft: identifying details were removed from it (%1). Check the text before saving.</source>
        <translation>Restored draft: identifying details were removed from it (%1). Check the text before saving.</translation>
    </message>
    <message>
        <source>Undone: the record just saved (%1) was removed.</source>
        <translation>Undone: the record just saved (%1) was removed.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Undo deleting</source>
        <translation>Undo deleting</translation>
    </message>
    <message>
        <source>Undo restoring</source>
        <translation>Undo restoring</translation>
    </message>
    <message>
        <source>Undone: the deleted record is back.</source>
        <translation>Undone: the deleted record is back.</translation>
    </message>
    <message>
        <source>Undone: the restored record is deleted again.</source>
        <translation>Undone: the restored record is deleted again.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reference file</source>
        <translation>Reference file</translation>
    </message>
    <message>
        <source>Back to the advisers</source>
        <translation>Back to the advisers</translation>
    </message>
    <message>
        <source>One file for every adviser: sites, schedules and lists, the enrolled devices, and which bundles arrived. Send it after each import.</source>
        <translation>One file for every adviser: sites, schedules and lists, the enrolled devices, and which bundles arrived. Send it after each import.</translation>
    </message>
    <message>
        <source>Advisers may remove confirmed records after (&amp;days):</source>
        <translation>Advisers may remove confirmed records after (&amp;days):</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Retention in days</translation>
    </message>
    <message>
        <source>The file is valid for (d&amp;ays):</source>
        <translation>The file is valid for (d&amp;ays):</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Validity in days</translation>
    </message>
    <message>
        <source>E&amp;xport the reference file…</source>
        <translation>E&amp;xport the reference file…</translation>
    </message>
    <message>
        <source>Coordinator card</source>
        <translation>Coordinator card</translation>
    </message>
    <message>
        <source>A new adviser computer pins the coordinator's key from this card (or from the first reference file). Tell advisers this fingerprint:</source>
        <translation>A new adviser computer pins the coordinator's key from this card (or from the first reference file). Tell advisers this fingerprint:</translation>
    </message>
    <message>
        <source>Export the &amp;coordinator card…</source>
        <translation>Export the &amp;coordinator card…</translation>
    </message>
    <message>
        <source>Last exported: version %1</source>
        <translation>Last exported: version %1</translation>
    </message>
    <message>
        <source>No reference file exported yet.</source>
        <translation>No reference file exported yet.</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>file name</comment>
        <translation>reference</translation>
    </message>
    <message>
        <source>Save the reference file</source>
        <translation>Save the reference file</translation>
    </message>
    <message>
        <source>Writing the reference file…</source>
        <translation>Writing the reference file…</translation>
    </message>
    <message>
        <source>Reference file %1 saved as %2. Valid until %3; %4 devices.</source>
        <translation>Reference file %1 saved as %2. Valid until %3; %4 devices.</translation>
    </message>
    <message>
        <source>Save the coordinator card</source>
        <translation>Save the coordinator card</translation>
    </message>
    <message>
        <source>coordinator-card</source>
        <comment>file name</comment>
        <translation>coordinator-card</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Check this computer's date and time: the times of new records may be wrong.</source>
        <translation>Check this computer's date and time: the times of new records may be wrong.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Weekly statistics of the region</source>
        <translation>Weekly statistics of the region</translation>
    </message>
    <message>
        <source>Municipality page</source>
        <translation>Municipality page</translation>
    </message>
    <message>
        <source>Social report (for decision makers)</source>
        <translation>Social report (for decision makers)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Municipality facts</source>
        <translation>Municipality facts</translation>
    </message>
    <message>
        <source>Printed on the municipality page. Visitors are never named here.</source>
        <translation>Printed on the municipality page. Visitors are never named here.</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <source>Follow-up and &amp;evaluation:</source>
        <translation>Follow-up and &amp;evaluation:</translation>
    </message>
    <message>
        <source>Agreed sc&amp;hedule:</source>
        <translation>Agreed sc&amp;hedule:</translation>
    </message>
    <message>
        <source>Person res&amp;ponsible (HOPPU):</source>
        <translation>Person res&amp;ponsible (HOPPU):</translation>
    </message>
    <message>
        <source>Save the facts</source>
        <translation>Save the facts</translation>
    </message>
    <message>
        <source>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</source>
        <translation>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</translation>
    </message>
    <message>
        <source>weekly-report</source>
        <comment>file name</comment>
        <translation>weekly-report</translation>
    </message>
    <message>
        <source>municipality-report</source>
        <comment>file name</comment>
        <translation>municipality-report</translation>
    </message>
    <message>
        <source>social-report</source>
        <comment>file name</comment>
        <translation>social-report</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel workbook)</translation>
    </message>
    <message>
        <source>CSV for scripts</source>
        <translation>CSV for scripts</translation>
    </message>
    <message>
        <source>CSV for Excel (Finnish/Swedish)</source>
        <translation>CSV for Excel (Finnish/Swedish)</translation>
    </message>
    <message>
        <source>Comma-separated UTF-8 with column keys and point decimals, the same every month: for scripts and other programs.</source>
        <translation>Comma-separated UTF-8 with column keys and point decimals, the same every month: for scripts and other programs.</translation>
    </message>
    <message>
        <source>Opens in Finnish or Swedish Excel by a double click: semicolons, decimal comma, headings in the report's language.</source>
        <translation>Opens in Finnish or Swedish Excel by a double click: semicolons, decimal comma, headings in the report's language.</translation>
    </message>
    <message>
        <source>An ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4 or a year 2026; a range 2026-10-01..2026-12-31 only for an internal report</source>
        <translation>An ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4 or a year 2026; a range 2026-10-01..2026-12-31 only for an internal report</translation>
    </message>
    <message>
        <source>Internal: exact numbers, any period (marked INTERNAL on every page)</source>
        <translation>Internal: exact numbers, any period (marked INTERNAL on every page)</translation>
    </message>
    <message>
        <source>An outgoing report covers a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range is only for an internal report.</source>
        <translation>An outgoing report covers a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range is only for an internal report.</translation>
    </message>
</context>
<context>
    <name>SendWeek</name>
    <message>
        <source>desk session</source>
        <translation>desk session</translation>
    </message>
    <message>
        <source>desk sessions</source>
        <translation>desk sessions</translation>
    </message>
    <message>
        <source>encounter</source>
        <translation>encounter</translation>
    </message>
    <message>
        <source>encounters</source>
        <translation>encounters</translation>
    </message>
    <message>
        <source>form-filling help</source>
        <translation>form-filling help</translation>
    </message>
    <message>
        <source>form-filling helps</source>
        <translation>form-filling helps</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>questionnaires</translation>
    </message>
    <message>
        <source>group session</source>
        <translation>group session</translation>
    </message>
    <message>
        <source>group sessions</source>
        <translation>group sessions</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>observations</translation>
    </message>
</context>
<context>
    <name>SendWeekPage</name>
    <message>
        <source>Send the week</source>
        <translation>Send the week</translation>
    </message>
    <message>
        <source>Next bundle</source>
        <translation>Next bundle</translation>
    </message>
    <message>
        <source>&amp;Send the week…</source>
        <translation>&amp;Send the week…</translation>
    </message>
    <message>
        <source>Bundles sent earlier</source>
        <translation>Bundles sent earlier</translation>
    </message>
    <message>
        <source>A bundle is confirmed when the coordinator's file says it arrived. If a stick was lost, send the bundle again.</source>
        <translation>A bundle is confirmed when the coordinator's file says it arrived. If a stick was lost, send the bundle again.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Arrived?</source>
        <translation>Arrived?</translation>
    </message>
    <message>
        <source>Send the chosen &amp;again…</source>
        <translation>Send the chosen &amp;again…</translation>
    </message>
    <message>
        <source>Send the chosen bundles again</source>
        <translation>Send the chosen bundles again</translation>
    </message>
    <message>
        <source>Send all &amp;unconfirmed again…</source>
        <translation>Send all &amp;unconfirmed again…</translation>
    </message>
    <message>
        <source>Send all unconfirmed bundles again</source>
        <translation>Send all unconfirmed bundles again</translation>
    </message>
    <message>
        <source>The next bundle holds: %1.</source>
        <translation>The next bundle holds: %1.</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle. You can still send one: it tells the coordinator you had no visitors.</source>
        <translation>Nothing new since the last bundle. You can still send one: it tells the coordinator you had no visitors.</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Yes, confirmed</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>No reply from the coordinator yet</source>
        <translation>No reply from the coordinator yet</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet: import the coordinator's file below first (ask the coordinator for it).</source>
        <translation>This computer does not know the coordinator's key yet: import the coordinator's file below first (ask the coordinator for it).</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Bundle %1 is saved as %2. Take the stick to the coordinator, or attach the file to an e-mail to the coordinator. It is encrypted: only the coordinator can open it.</source>
        <translation>Bundle %1 is saved as %2. Take the stick to the coordinator, or attach the file to an e-mail to the coordinator. It is encrypted: only the coordinator can open it.</translation>
    </message>
    <message>
        <source>Bundle %1 saved.</source>
        <translation>Bundle %1 saved.</translation>
    </message>
    <message>
        <source>Choose the bundles to send again in the list first.</source>
        <translation>Choose the bundles to send again in the list first.</translation>
    </message>
    <message>
        <source>Writing the bundles again…</source>
        <translation>Writing the bundles again…</translation>
    </message>
    <message>
        <source>Bundles %1 were written again into %2.</source>
        <translation>Bundles %1 were written again into %2.</translation>
    </message>
    <message>
        <source>Not delivered: the next “Send the week” writes it too</source>
        <translation>Not delivered: the next “Send the week” writes it too</translation>
    </message>
    <message>
        <source>Bundles %1 had not reached their place earlier: they were written there now too.</source>
        <translation>Bundles %1 had not reached their place earlier: they were written there now too.</translation>
    </message>
    <message>
        <source>Change the send &amp;folder…</source>
        <translation>Change the send &amp;folder…</translation>
    </message>
    <message>
        <source>Change the send folder</source>
        <translation>Change the send folder</translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n removed record</numerusform>
            <numerusform>%n removed records</numerusform>
        </translation>
    </message>
    <message>
        <source>Send folder: not chosen yet. The first Send asks for it (a USB stick, or a folder that Teams or OneDrive syncs) and remembers it.</source>
        <translation>Send folder: not chosen yet. The first Send asks for it (a USB stick, or a folder that Teams or OneDrive syncs) and remembers it.</translation>
    </message>
    <message>
        <source>Send folder: %1</source>
        <translation>Send folder: %1</translation>
    </message>
    <message>
        <source>Send folder: %1 is not there now. Plug in the USB stick, or change the folder.</source>
        <translation>Send folder: %1 is not there now. Plug in the USB stick, or change the folder.</translation>
    </message>
    <message>
        <source>Choose the USB stick or a folder to send the file from</source>
        <translation>Choose the USB stick or a folder to send the file from</translation>
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
    <message numerus="yes">
        <source>Desk open since %1 · %n visitor(s)</source>
        <translation>
            <numerusform>Desk open since %1 · %n visitor</numerusform>
            <numerusform>Desk open since %1 · %n visitors</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Close the desk</translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Open the desk</translation>
    </message>
    <message>
        <source>These words may name a person: %1. Partners are recorded as organisations, never by a person's name.</source>
        <translation>These words may name a person: %1. Partners are recorded as organisations, never by a person's name.</translation>
    </message>
    <message>
        <source>It is an organisation: open the desk</source>
        <translation>It is an organisation: open the desk</translation>
    </message>
    <message>
        <source>Close the desk?</source>
        <translation>Close the desk?</translation>
    </message>
    <message numerus="yes">
        <source>Close the desk session at %1? It has %n visitor(s); after closing, new visits no longer join it.</source>
        <translation>
            <numerusform>Close the desk session at %1? It has %n visitor; after closing, new visits no longer join it.</numerusform>
            <numerusform>Close the desk session at %1? It has %n visitors; after closing, new visits no longer join it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
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
        <source>Save code and sites</source>
        <translation>Save code and sites</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Hi&amp;gh contrast (black text on white)</source>
        <translation>Hi&amp;gh contrast (black text on white)</translation>
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
        <source>Coordinator's &amp;card (optional)…</source>
        <translation>Coordinator's &amp;card (optional)…</translation>
    </message>
    <message>
        <source>You can also take it later on the Send the week page.</source>
        <translation>You can also take it later on the Send the week page.</translation>
    </message>
    <message>
        <source>Trusted after setup: %1</source>
        <translation>Trusted after setup: %1</translation>
    </message>
    <message>
        <source>Choose the coordinator's card or file</source>
        <translation>Choose the coordinator's card or file</translation>
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
    <name>ShiftEndDialog</name>
    <message>
        <source>The desk is closed</source>
        <translation>The desk is closed</translation>
    </message>
    <message numerus="yes">
        <source>The desk is closed: %1, %2–%3, %n visitor(s). Print the summary of the shift now? It holds no visitor details.</source>
        <translation>
            <numerusform>The desk is closed: %1, %2–%3, %n visitor. Print the summary of the shift now? It holds no visitor details.</numerusform>
            <numerusform>The desk is closed: %1, %2–%3, %n visitors. Print the summary of the shift now? It holds no visitor details.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <source>An ISO week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31</source>
        <translation>An ISO week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <source>Internal view: small numbers not hidden</source>
        <translation>Internal view: small numbers not hidden</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>Show the statistics</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>INTERNAL VIEW — small numbers are shown. Do not pass these figures on.</source>
        <translation>INTERNAL VIEW — small numbers are shown. Do not pass these figures on.</translation>
    </message>
    <message>
        <source>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</source>
        <translation>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>As in outgoing reports: every count is slightly perturbed (cell key method), numbers 1–4 never show as they are, and totals may not add up. Calendar periods only.</source>
        <translation>As in outgoing reports: every count is slightly perturbed (cell key method), numbers 1–4 never show as they are, and totals may not add up. Calendar periods only.</translation>
    </message>
    <message>
        <source>Outgoing figures only for a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range needs the internal view.</source>
        <translation>Outgoing figures only for a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range needs the internal view.</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <source>Status board</source>
        <translation>Status board</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Details of the chosen device</source>
        <translation>Details of the chosen device</translation>
    </message>
    <message>
        <source>Enrol from an &amp;enrolment file…</source>
        <translation>Enrol from an &amp;enrolment file…</translation>
    </message>
    <message>
        <source>Enrol the &amp;chosen device…</source>
        <translation>Enrol the &amp;chosen device…</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen device…</source>
        <translation>&amp;Revoke the chosen device…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Nothing received yet</source>
        <translation>Nothing received yet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled</source>
        <translation>
            <numerusform>%n device enrolled</numerusform>
            <numerusform>%n devices enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late or silent</source>
        <translation>
            <numerusform>%n late or silent</numerusform>
            <numerusform>%n late or silent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) missing</source>
        <translation>
            <numerusform>%n bundle missing</numerusform>
            <numerusform>%n bundles missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s)</source>
        <translation>
            <numerusform>%n refused file</numerusform>
            <numerusform>%n refused files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) sent bundles</source>
        <translation>
            <numerusform>%n unknown device sent bundles</numerusform>
            <numerusform>%n unknown devices sent bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · device %2 · fingerprint %3</source>
        <translation>%1 · device %2 · fingerprint %3</translation>
    </message>
    <message>
        <source>Last imported %1</source>
        <translation>Last imported %1</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 is missing</source>
        <translation>Bundle %1 of %2 is missing</translation>
    </message>
    <message>
        <source>Refused files from no known device:</source>
        <translation>Refused files from no known device:</translation>
    </message>
    <message>
        <source>Refused %1 (%2): %3</source>
        <translation>Refused %1 (%2): %3</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Kept in %1</translation>
    </message>
    <message>
        <source>Choose the adviser's enrolment file</source>
        <translation>Choose the adviser's enrolment file</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Compare the fingerprint</translation>
    </message>
    <message>
        <source>The fingerprint the adviser read out to you (leave empty to skip the check):</source>
        <translation>The fingerprint the adviser read out to you (leave empty to skip the check):</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>Enrolled %1.</translation>
    </message>
    <message>
        <source>Enrol the device %1 with the fingerprint

%2

Compare it with the fingerprint shown on the adviser's computer first.</source>
        <translation>Enrol the device %1 with the fingerprint

%2

Compare it with the fingerprint shown on the adviser's computer first.</translation>
    </message>
    <message>
        <source>Enrol the device?</source>
        <translation>Enrol the device?</translation>
    </message>
    <message>
        <source>Enrolled %1. Import its refused bundles again.</source>
        <translation>Enrolled %1. Import its refused bundles again.</translation>
    </message>
    <message>
        <source>Revoke %1? Its later bundles will be refused; what arrived earlier is kept.</source>
        <translation>Revoke %1? Its later bundles will be refused; what arrived earlier is kept.</translation>
    </message>
    <message>
        <source>Revoke the device?</source>
        <translation>Revoke the device?</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Revoked.</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Clock ahead</source>
        <translation>Clock ahead</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: two different bundles with this number (fork). Two computers may be sending as %2 (a copied laptop?): find out which one is %2's, revoke this device and enrol each computer on its own.</source>
        <translation>Bundle %1 of %2: two different bundles with this number (fork). Two computers may be sending as %2 (a copied laptop?): find out which one is %2's, revoke this device and enrol each computer on its own.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 arrived again with other content after later bundles (rollback): %2's computer went back to an older backup. Ask the adviser to check what was recorded since and send it again.</source>
        <translation>Bundle %1 of %2 arrived again with other content after later bundles (rollback): %2's computer went back to an older backup. Ask the adviser to check what was recorded since and send it again.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 does not follow the bundle before it (the chain is broken). Ask the adviser whether the program was reinstalled or restored from a backup.</source>
        <translation>Bundle %1 of %2 does not follow the bundle before it (the chain is broken). Ask the adviser whether the program was reinstalled or restored from a backup.</translation>
    </message>
    <message>
        <source>%1 records of %2 arrived in two versions with the same number; the version not applied is kept for review in %3.</source>
        <translation>%1 records of %2 arrived in two versions with the same number; the version not applied is kept for review in %3.</translation>
    </message>
    <message>
        <source>The clock of %1's computer is about %2 days ahead. Ask the adviser to correct its date and time; this computer's clock is not affected.</source>
        <translation>The clock of %1's computer is about %2 days ahead. Ask the adviser to correct its date and time; this computer's clock is not affected.</translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message>
        <source>Session summaries</source>
        <translation>Session summaries</translation>
    </message>
    <message>
        <source>Print the summary of a desk session at the end of the shift, or of a group session. It holds no visitor details.</source>
        <translation>Print the summary of a desk session at the end of the shift, or of a group session. It holds no visitor details.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Desk sessions</source>
        <translation>Desk sessions</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>No desk sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</source>
        <translation>No desk sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</translation>
    </message>
    <message>
        <source>No group sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</source>
        <translation>No group sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</translation>
    </message>
    <message>
        <source>No desk sessions yet. Open the desk with "Open the desk…" at the top of the Quick log page when your shift starts; its summary is printed here at the end.</source>
        <translation>No desk sessions yet. Open the desk with "Open the desk…" at the top of the Quick log page when your shift starts; its summary is printed here at the end.</translation>
    </message>
    <message>
        <source>No group sessions yet. Log one on the Group session page; its summary is printed here.</source>
        <translation>No group sessions yet. Log one on the Group session page; its summary is printed here.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <source>Choose a session first.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Making the summary…</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <source>Printed %1 page(s).</source>
        <translation>Printed %1 page(s).</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>TakeHomeMaker</name>
    <message>
        <source>Take-home sheet</source>
        <translation>Take-home sheet</translation>
    </message>
    <message>
        <source>In which language does the visitor want the sheet?</source>
        <translation>In which language does the visitor want the sheet?</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>Choose a visit first.</translation>
    </message>
    <message>
        <source>visitor-note</source>
        <translation>visitor-note</translation>
    </message>
    <message>
        <source>Save the note for the visitor as PDF</source>
        <translation>Save the note for the visitor as PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ThisComputerBox</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The coordinator enrols this computer once, from the enrolment file. Read this fingerprint to the coordinator, who compares it:</source>
        <translation>The coordinator enrols this computer once, from the enrolment file. Read this fingerprint to the coordinator, who compares it:</translation>
    </message>
    <message>
        <source>Export &amp;enrolment file…</source>
        <translation>Export &amp;enrolment file…</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>file name</comment>
        <translation>enrolment</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <source>Saved as %1. Give it to the coordinator.</source>
        <translation>Saved as %1. Give it to the coordinator.</translation>
    </message>
</context>
</TS>