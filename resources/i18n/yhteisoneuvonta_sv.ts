<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>App</name>
    <message>
        <source>Yhteisöneuvonta</source>
        <translation>Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>The program's data cannot be opened.</source>
        <translation>Programmets data kan inte öppnas.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved form? The program was closed before it was saved.</source>
        <translation>Återställa det osparade formuläret? Programmet stängdes innan formuläret sparades.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Ämnen:</translation>
    </message>
    <message>
        <source>Kinds of help:</source>
        <translation>Typ av hjälp:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Language used:</source>
        <translation>&amp;Språk som användes:</translation>
    </message>
    <message>
        <source>&amp;Professional involved:</source>
        <translation>&amp;Yrkesperson med:</translation>
    </message>
    <message>
        <source>Which professionals:</source>
        <translation>Vilka yrkespersoner:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Hänvisad till:</translation>
    </message>
    <message>
        <source>Service barriers seen:</source>
        <translation>Observerade hinder för tjänster:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>Å&amp;ldersgrupp:</translation>
    </message>
    <message>
        <source>First &amp;visit?</source>
        <translation>&amp;Första besöket?</translation>
    </message>
    <message>
        <source>&amp;Note (no names or identity details):</source>
        <translation>&amp;Anteckning (inga namn eller identitetsuppgifter):</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Möte</translation>
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
        <translation>Något gick fel i programmet. Det du skrev finns kvar som utkast.</translation>
    </message>
    <message>
        <source>Copy the report and send it to your coordinator.</source>
        <translation>Kopiera rapporten och skicka den till din koordinator.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Felrapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
    <message>
        <source>The program's log is in %1 — attach it too.</source>
        <translation>Programmets logg finns i %1 — bifoga den också.</translation>
    </message>
    <message>
        <source>The program has no log file this time.</source>
        <translation>Programmet har ingen loggfil den här gången.</translation>
    </message>
</context>
<context>
    <name>FormHelpForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Blankett:</translation>
    </message>
    <message>
        <source>&amp;Paper or online:</source>
        <translation>&amp;På papper eller på nätet:</translation>
    </message>
    <message>
        <source>&amp;Where it got to:</source>
        <translation>&amp;Hur långt det kom:</translation>
    </message>
    <message>
        <source>&amp;Note (no names or identity details):</source>
        <translation>&amp;Anteckning (inga namn eller identitetsuppgifter):</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Hjälp med blanketter</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>&amp;People present:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>Of whom (optional):</source>
        <translation>Varav (frivilligt):</translation>
    </message>
    <message>
        <source>&amp;Organisers (comma between):</source>
        <translation>&amp;Arrangörer (kommatecken emellan):</translation>
    </message>
    <message>
        <source>&amp;Facilitators (comma between):</source>
        <translation>&amp;Ledare (kommatecken emellan):</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Ämnen:</translation>
    </message>
    <message>
        <source>Su&amp;mmary (no names):</source>
        <translation>Sa&amp;mmanfattning (inga namn):</translation>
    </message>
    <message>
        <source>Proposals and decisions:</source>
        <translation>Förslag och beslut:</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppverksamhet</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About Yhteisöneuvonta</source>
        <translation>Om Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Yhteisöneuvonta %1</source>
        <translation>Yhteisöneuvonta %1</translation>
    </message>
    <message>
        <source>Anonymous records for the community advisers of Pirkanmaa wellbeing services county and their coordinator. Works without a network.</source>
        <translation>Anonyma anteckningar för Birkalands välfärdsområdes samhällsrådgivare och deras koordinator. Fungerar utan nätverk.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Öppna &amp;datamappen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Encounters</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Hjälp med blanketter</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Gruppverksamheter</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>Desk sessions</source>
        <translation>Jourpass</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Poster:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Words in notes, titles and summaries</source>
        <translation>Ord i anteckningar, rubriker och sammanfattningar</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>vilken dag som helst</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Visa raderade</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Hittade poster</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Redigera (Enter)</translation>
    </message>
    <message>
        <source>Edit the chosen record</source>
        <translation>Redigera den valda posten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Radera (Del)</translation>
    </message>
    <message>
        <source>Undo deleting</source>
        <translation>Ångra raderingen</translation>
    </message>
    <message>
        <source>Undo restoring</source>
        <translation>Ångra återställningen</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Raderad. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Återställd.</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Enkät:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— inte besvarad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Poster</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Yhteisöneuvonta</source>
        <translation>Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a personal identity code</source>
        <translation>en personbeteckning</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>ett telefonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>en e-postadress</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>ett bankkontonummer (IBAN)</translation>
    </message>
    <message>
        <source>%1 (characters %2–%3)</source>
        <translation>%1 (tecken %2–%3)</translation>
    </message>
    <message>
        <source>Contains %1. Remove it: visitors are never identified.</source>
        <translation>Innehåller %1. Ta bort det: besökare identifieras aldrig.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Välj minst en.</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>Välj en plats.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Måste vara minst %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Får vara högst %1.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Must be after the start.</source>
        <translation>Måste vara efter början.</translation>
    </message>
    <message>
        <source>The same value is chosen twice.</source>
        <translation>Samma värde är valt två gånger.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>För lång: %1 tecken, högst %2.</translation>
    </message>
    <message>
        <source>Say which professional was consulted or worked in pair.</source>
        <translation>Ange vilken yrkesperson som konsulterades eller arbetade i par.</translation>
    </message>
    <message>
        <source>The parts add up to %1, more than the total %2.</source>
        <translation>Delarna blir sammanlagt %1, mer än totalen %2.</translation>
    </message>
    <message>
        <source>Proposals are recorded for house meetings and community councils only.</source>
        <translation>Förslag antecknas bara för husmöten och gemenskapsråd.</translation>
    </message>
    <message>
        <source>Answer at least one item.</source>
        <translation>Besvara minst en fråga.</translation>
    </message>
    <message>
        <source>Use a pseudonym of 2–20 letters, digits, - or _ (never your name).</source>
        <translation>Använd en pseudonym på 2–20 bokstäver, siffror, - eller _ (aldrig ditt namn).</translation>
    </message>
    <message>
        <source>Choose at least one home site.</source>
        <translation>Välj minst en hemmaplats.</translation>
    </message>
    <message>
        <source>A desk session is already open at this site. Close it first.</source>
        <translation>En jour är redan öppen på den här platsen. Stäng den först.</translation>
    </message>
    <message>
        <source>Records made on another device cannot be edited here.</source>
        <translation>Poster gjorda på en annan enhet kan inte redigeras här.</translation>
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
        <translation>%1 personer</translation>
    </message>
    <message>
        <source>seen %1×</source>
        <translation>sedd %1×</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (raderad)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Typ av hjälp</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;What keeps happening (no names):</source>
        <translation>&amp;Vad som upprepas (inga namn):</translation>
    </message>
    <message>
        <source>Service barriers:</source>
        <translation>Hinder för tjänster:</translation>
    </message>
    <message>
        <source>Times &amp;seen:</source>
        <translation>&amp;Antal gånger sett:</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Strukturell observation</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open the desk</source>
        <translation>Öppna jouren</translation>
    </message>
    <message>
        <source>Open a desk session at %1. Who is here with you?</source>
        <translation>Öppna en jour på %1. Vem är här med dig?</translation>
    </message>
    <message>
        <source>Partner organisations present</source>
        <translation>Närvarande partnerorganisationer</translation>
    </message>
    <message>
        <source>Another organisation (optional)</source>
        <translation>Annan organisation (frivilligt)</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Annan organisation</translation>
    </message>
    <message>
        <source>Professionals present (by role, never by name)</source>
        <translation>Närvarande yrkespersoner (roll, aldrig namn)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Encounter</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Blanketthjälp</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppverksamhet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Questionnaire (PEI)</source>
        <translation>Enkät (PEI)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Snabbregistrering</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>ProposalsEditor</name>
    <message>
        <source>Add a proposal</source>
        <translation>Lägg till ett förslag</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Förslag %1</translation>
    </message>
    <message>
        <source>Decision (optional)</source>
        <translation>Beslut (frivilligt)</translation>
    </message>
    <message>
        <source>Decision on proposal %1</source>
        <translation>Beslut om förslag %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove proposal %1</source>
        <translation>Ta bort förslag %1</translation>
    </message>
</context>
<context>
    <name>QuickLogPage</name>
    <message>
        <source>Quick log</source>
        <translation>Snabbregistrering</translation>
    </message>
    <message>
        <source>Choose the topic, the kind of help and the time, then Save. No names.</source>
        <translation>Välj ämne, typ av hjälp och tid, sedan Spara. Inga namn.</translation>
    </message>
    <message>
        <source>Topic (Alt+1…6)</source>
        <translation>Ämne (Alt+1…6)</translation>
    </message>
    <message>
        <source>Kind of help (Ctrl+1…6)</source>
        <translation>Typ av hjälp (Ctrl+1…6)</translation>
    </message>
    <message>
        <source>Time used (F5…F9)</source>
        <translation>Använd tid (F5…F9)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Spara (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the visit</source>
        <translation>Spara besöket</translation>
    </message>
    <message>
        <source>More details…</source>
        <translation>Fler uppgifter…</translation>
    </message>
    <message>
        <source>Open the full form with these choices</source>
        <translation>Öppna hela formuläret med dessa val</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>I dag: %1</translation>
    </message>
    <message>
        <source>Today's visits</source>
        <translation>Dagens besök</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Redigera (Enter)</translation>
    </message>
    <message>
        <source>Edit the chosen visit</source>
        <translation>Redigera det valda besöket</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Radera (Del)</translation>
    </message>
    <message>
        <source>Delete the chosen visit</source>
        <translation>Radera det valda besöket</translation>
    </message>
    <message>
        <source>Undo saving</source>
        <translation>Ångra sparandet</translation>
    </message>
    <message>
        <source>Saved: %1, %2 min.</source>
        <translation>Sparat: %1, %2 min.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
    <message>
        <source>Undo deleting</source>
        <translation>Ångra raderingen</translation>
    </message>
    <message>
        <source>Deleted. Press Undo to bring it back.</source>
        <translation>Raderat. Ångra tar tillbaka det.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Spara ändringarna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Editing a saved record at %1.</source>
        <translation>Du redigerar en sparad post: %1.</translation>
    </message>
    <message>
        <source>New record at %1.</source>
        <translation>Ny post: %1.</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Inte sparat: se meddelandena i rött.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Ändringarna sparade.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Undo saving</source>
        <translation>Ångra sparandet</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>The desk is closed.</source>
        <translation>Jouren är stängd.</translation>
    </message>
    <message>
        <source>Open the desk…</source>
        <translation>Öppna jouren…</translation>
    </message>
    <message>
        <source>Desk open since %1 · %2 visitors</source>
        <translation>Jouren öppen sedan %1 · %2 besökare</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Stäng jouren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Samhällsrådgivare</translation>
    </message>
    <message>
        <source>Adviser &amp;code:</source>
        <translation>Rådgivarens &amp;kod:</translation>
    </message>
    <message>
        <source>Adviser code</source>
        <translation>Rådgivarens kod</translation>
    </message>
    <message>
        <source>&amp;Home sites:</source>
        <translation>&amp;Hemmaplatser:</translation>
    </message>
    <message>
        <source>Save code and sites</source>
        <translation>Spara kod och platser</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to Yhteisöneuvonta</source>
        <translation>Välkommen till Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Before you start, tell the program who uses it. You can change the language, your code and your sites later in Settings.</source>
        <translation>Berätta innan du börjar vem som använder programmet. Du kan ändra språk, din kod och dina platser senare under Inställningar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>Vem använder den här datorn?</translation>
    </message>
    <message>
        <source>&amp;Adviser at a desk</source>
        <translation>Samhällsrådgivare på en &amp;jour</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translation>K&amp;oordinator</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Samhällsrådgivare</translation>
    </message>
    <message>
        <source>Adviser &amp;code:</source>
        <translation>Rådgivarens &amp;kod:</translation>
    </message>
    <message>
        <source>Adviser code</source>
        <translation>Rådgivarens kod</translation>
    </message>
    <message>
        <source>A pseudonym your coordinator gave you, e.g. N7. Never your name.</source>
        <translation>En pseudonym som din koordinator gav dig, t.ex. N7. Aldrig ditt namn.</translation>
    </message>
    <message>
        <source>&amp;Home sites:</source>
        <translation>&amp;Hemmaplatser:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Choose a passphrase that protects the unit's keys. It cannot be recovered: write it down somewhere safe.</source>
        <translation>Välj en lösenfras som skyddar enhetens nycklar. Den kan inte återställas: skriv ner den på ett säkert ställe.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Lösenfras &amp;igen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfras igen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Använd minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Lösenfraserna skiljer sig åt. Skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <source>Search by place or municipality</source>
        <translation>Sök på plats eller kommun</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Sök platser</translation>
    </message>
    <message>
        <source>Home sites</source>
        <translation>Hemmaplatser</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <source>Part, e.g. children</source>
        <translation>Del, t.ex. barn</translation>
    </message>
    <message>
        <source>Part %1 name</source>
        <translation>Del %1 namn</translation>
    </message>
    <message>
        <source>Part %1 count</source>
        <translation>Del %1 antal</translation>
    </message>
</context>
</TS>