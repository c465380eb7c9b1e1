<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AdviserFields</name>
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
</context>
<context>
    <name>AdviserReferenceBox</name>
    <message>
        <source>The coordinator's file</source>
        <translation>Koordinatorns fil</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Ta bort dem</translation>
    </message>
    <message>
        <source>Remove the confirmed old records</source>
        <translation>Ta bort de bekräftade gamla registreringarna</translation>
    </message>
    <message>
        <source>The coordinator gives you a coordinator card once, and sends back a file that updates the sites and lists and says which of your bundles arrived. Both are taken here.</source>
        <translation>Koordinatorn ger dig ett koordinatorskort en gång och skickar tillbaka en fil som uppdaterar verksamhetsställena och listorna och berättar vilka av dina paket som kommit fram. Båda tas emot här.</translation>
    </message>
    <message>
        <source>&amp;Import the coordinator's card or file…</source>
        <translation>&amp;Importera koordinatorns kort eller fil…</translation>
    </message>
    <message>
        <source>Choose the coordinator's card or file</source>
        <translation>Välj koordinatorns kort eller fil</translation>
    </message>
    <message>
        <source>Reading the coordinator's file…</source>
        <translation>Läser koordinatorns fil…</translation>
    </message>
    <message>
        <source>This file is not newer than the one already read (%1); nothing changed.</source>
        <translation>Den här filen är inte nyare än den som redan lästs (%1); inget ändrades.</translation>
    </message>
    <message>
        <source>The coordinator's file %1 was read.</source>
        <translation>Koordinatorns fil %1 lästes.</translation>
    </message>
    <message>
        <source>Sites and lists were updated.</source>
        <translation>Verksamhetsställena och listorna uppdaterades.</translation>
    </message>
    <message>
        <source>Bundles that arrived: %1.</source>
        <translation>Paket som kommit fram: %1.</translation>
    </message>
    <message>
        <source>No bundle of this computer has arrived yet.</source>
        <translation>Inget paket från den här datorn har kommit fram ännu.</translation>
    </message>
    <message>
        <source>Not arrived: %1. Send them again above.</source>
        <translation>Inte framme: %1. Skicka dem på nytt ovan.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the coordinator has confirmed are older than %1 days. They can be removed from this computer.</source>
        <translation>
            <numerusform>%n post som koordinatorn har bekräftat är äldre än %1 dagar. Den kan tas bort från den här datorn.</numerusform>
            <numerusform>%n poster som koordinatorn har bekräftat är äldre än %1 dagar. De kan tas bort från den här datorn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s).</source>
        <translation>
            <numerusform>%n registrering togs bort.</numerusform>
            <numerusform>%n registreringar togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove confirmed records?</source>
        <translation>Ta bort bekräftade registreringar?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Tar bort…</translation>
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
        <translation>Programmets data kan inte öppnas.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Återställ den senaste säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>The program copies your data here automatically when it closes and every half hour while you work. Restoring puts a copy back; the current data is kept aside first.</source>
        <translation>Programmet kopierar dina uppgifter hit automatiskt när det stängs och varje halvtimme medan du arbetar. En återställning tar tillbaka en kopia; de nuvarande uppgifterna sparas först undan.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Säkerhetskopian är gjord.</translation>
    </message>
    <message>
        <source>No backup could be made: the data fails its check. Restore a backup.</source>
        <translation>Ingen säkerhetskopia kunde göras: uppgifterna klarar inte kontrollen. Återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Put back the data as it was at %1? Records saved after that are not in it; the current data is kept aside in the data folder. The program opens the data again.</source>
        <translation>Återställa uppgifterna så som de var %1? Poster som sparats efter det finns inte med; de nuvarande uppgifterna sparas undan i datamappen. Programmet öppnar uppgifterna på nytt.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (dold)</translation>
    </message>
    <message>
        <source>Every figure of this view is hidden: the counts are small (under 5), so no chart is drawn. Choose a longer period or a larger area, or the internal view.</source>
        <translation>Alla tal i den här vyn är dolda: antalen är små (under 5), så inget diagram ritas. Välj en längre period, ett större område eller den interna vyn.</translation>
    </message>
</context>
<context>
    <name>CoordinatorFile</name>
    <message>
        <source>Another coordinator key is trusted on this computer:

%1

Replace it with the key in this card only if the coordinator told you the key changed and gave you this fingerprint:

%2</source>
        <translation>Den här datorn litar redan på en annan koordinatorsnyckel:

%1

Ersätt den med nyckeln i det här kortet endast om koordinatorn har sagt att nyckeln har bytts och gett dig detta fingeravtryck:

%2</translation>
    </message>
    <message>
        <source>Replace the coordinator's key?</source>
        <translation>Ersätta koordinatorns nyckel?</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet. Trust the key in this coordinator card only if its fingerprint is the one the coordinator gave you:

%1</source>
        <translation>Den här datorn känner ännu inte till koordinatorns nyckel. Lita på nyckeln i det här koordinatorskortet endast om dess fingeravtryck är det som koordinatorn gav dig:

%1</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet. Trust the key in this file only if its fingerprint is the one the coordinator gave you:

%1</source>
        <translation>Den här datorn känner ännu inte till koordinatorns nyckel. Lita på nyckeln i filen endast om dess fingeravtryck är det som koordinatorn gav dig:

%1</translation>
    </message>
    <message>
        <source>Trust the coordinator's key?</source>
        <translation>Lita på koordinatorns nyckel?</translation>
    </message>
    <message>
        <source>This coordinator card is trusted already (%1).</source>
        <translation>Det här koordinatorskortet är redan betrott (%1).</translation>
    </message>
    <message>
        <source>The coordinator's key is now trusted: %1. Bundles you send can be read by the coordinator only.</source>
        <translation>Koordinatorns nyckel är nu betrodd: %1. Paket som du skickar kan endast läsas av koordinatorn.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved form: %1? The program was closed before it was saved.</source>
        <translation>Återställa det osparade formuläret: %1? Programmet stängdes innan det sparades.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Identifying details were removed from it: %1.</source>
        <translation>Identifierande uppgifter togs bort: %1.</translation>
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
    <message>
        <source>For the visit just saved:</source>
        <translation>För besöket som just sparades:</translation>
    </message>
    <message>
        <source>Form help for this visit (%1)</source>
        <translation>Blanketthjälp till besöket (%1)</translation>
    </message>
    <message>
        <source>Record form-filling help for the visit just saved</source>
        <translation>Registrera blanketthjälp för besöket som just sparades</translation>
    </message>
    <message>
        <source>Questionnaire for this visit (%1)</source>
        <translation>Enkät till besöket (%1)</translation>
    </message>
    <message>
        <source>Record questionnaire answers for the visit just saved</source>
        <translation>Registrera enkätsvar för besöket som just sparades</translation>
    </message>
</context>
<context>
    <name>EncounterLink</name>
    <message>
        <source>Not linked to a visit. To link one, choose the visit in today's list on the Quick log page.</source>
        <translation>Inte kopplad till något besök. Koppla genom att välja besöket i dagens lista på sidan Snabbregistrering.</translation>
    </message>
    <message>
        <source>Not linked to a visit.</source>
        <translation>Inte kopplad till något besök.</translation>
    </message>
    <message>
        <source>Linked to a visit that has been deleted: unlink it before saving.</source>
        <translation>Kopplad till ett besök som har tagits bort: ta bort kopplingen innan du sparar.</translation>
    </message>
    <message>
        <source>Linked to the visit on %1 at %2 (%3).</source>
        <translation>Kopplad till besöket %1 kl. %2 (%3).</translation>
    </message>
    <message>
        <source>Linked to the visit at %1 (%2).</source>
        <translation>Kopplad till besöket kl. %1 (%2).</translation>
    </message>
    <message>
        <source>This visit is no longer saved (it was deleted). Unlink it, or link another visit.</source>
        <translation>Besöket finns inte längre sparat (det har tagits bort). Ta bort kopplingen eller koppla ett annat besök.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ta bort kopplingen</translation>
    </message>
    <message>
        <source>Unlink from the visit</source>
        <translation>Ta bort kopplingen till besöket</translation>
    </message>
    <message>
        <source>Link again</source>
        <translation>Koppla igen</translation>
    </message>
    <message>
        <source>Link to the visit again</source>
        <translation>Koppla till besöket igen</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Besök:</translation>
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
        <source>Choose the form</source>
        <translation>Välj blankett</translation>
    </message>
    <message>
        <source>Choose how far it got</source>
        <translation>Välj hur långt det kom</translation>
    </message>
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
    <message>
        <source>Name guard: Voikko is not available (%1); names are checked against the built-in name lists only, which miss more inflected names.</source>
        <translation>Namnkontroll: Voikko är inte tillgängligt (%1); namn kontrolleras bara mot de inbyggda namnlistorna, som missar fler böjda namn.</translation>
    </message>
    <message>
        <source>Name guard: Voikko (%1).</source>
        <translation>Namnkontroll: Voikko (%1).</translation>
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
        <source>Print summary…</source>
        <translation>Skriv ut sammanfattning…</translation>
    </message>
    <message>
        <source>Print the summary of the chosen session</source>
        <translation>Skriv ut sammanfattningen av det valda tillfället</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
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
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Raderad. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Återställd.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>PREVIEW — nothing has been written yet.</source>
        <translation>FÖRHANDSVISNING — inget har sparats ännu.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2</source>
        <translation>Paket %1 från %2</translation>
    </message>
    <message>
        <source>✗ %1 (%2) was refused: %3</source>
        <translation>✗ %1 (%2) avvisades: %3</translation>
    </message>
    <message>
        <source>A copy and the reason are kept in %1</source>
        <translation>En kopia och orsaken sparas i %1</translation>
    </message>
    <message>
        <source>= %1 was imported already; nothing changes.</source>
        <translation>= %1 har redan importerats; inget ändras.</translation>
    </message>
    <message>
        <source>✓ %1: %2 new, %3 changed, %4 deleted, %5 unchanged.</source>
        <translation>✓ %1: %2 nya, %3 ändrade, %4 raderade, %5 oförändrade.</translation>
    </message>
    <message>
        <source>(sent again)</source>
        <translation>(skickat på nytt)</translation>
    </message>
    <message>
        <source>It differs from the bundle with the same number imported earlier.</source>
        <translation>Det skiljer sig från paketet med samma nummer som importerats tidigare.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>%1: bundles received %2</source>
        <translation>%1: mottagna paket %2</translation>
    </message>
    <message>
        <source>bundle %1 of %2 is missing</source>
        <translation>paket %1 från %2 saknas</translation>
    </message>
    <message>
        <source>bundle %1 of %2: two different bundles with this number</source>
        <translation>paket %1 från %2: två olika paket med samma nummer</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import av paket</translation>
    </message>
    <message>
        <source>Drop the week's bundle files or folders here</source>
        <translation>Släpp veckans paketfiler eller mappar här</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Välj &amp;filer…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Välj en &amp;mapp…</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisa</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importens förlopp</translation>
    </message>
    <message>
        <source>Choose bundle files</source>
        <translation>Välj paketfiler</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Välj en mapp med paket</translation>
    </message>
    <message>
        <source>Unlock the coordinator key</source>
        <translation>Lås upp koordinatorns nyckel</translation>
    </message>
    <message>
        <source>The passphrase of the coordinator key:</source>
        <translation>Lösenfrasen för koordinatorns nyckel:</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Kontrollerar filerna…</translation>
    </message>
    <message>
        <source>Press Import to write this.</source>
        <translation>Tryck på Importera för att spara detta.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Det finns inget nytt att importera.</translation>
    </message>
    <message>
        <source>Imported. Remember to send the reference file back to the advisers.</source>
        <translation>Importerat. Kom ihåg att skicka referensfilen tillbaka till rådgivarna.</translation>
    </message>
    <message>
        <source>Skipped, not bundles: %1</source>
        <translation>Hoppades över, inte paket: %1</translation>
    </message>
    <message>
        <source>Set the inbo&amp;x folder…</source>
        <translation>Ange inkorgs&amp;mappen…</translation>
    </message>
    <message>
        <source>Set the inbox folder</source>
        <translation>Ange inkorgsmappen</translation>
    </message>
    <message>
        <source>Inbox: %1. New bundles in it appear here by themselves.</source>
        <translation>Inkorg: %1. Nya paket i den visas här av sig själva.</translation>
    </message>
    <message>
        <source>Inbox: none. Set the folder where bundles arrive (a synced folder or a USB stick) and new ones appear here by themselves.</source>
        <translation>Inkorg: ingen. Ange mappen dit paketen kommer (en synkroniserad mapp eller ett USB-minne), så visas nya här av sig själva.</translation>
    </message>
    <message>
        <source>Choose the folder where bundles arrive</source>
        <translation>Välj mappen dit paketen kommer</translation>
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
        <source>Answers</source>
        <translation>Svar</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
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
    <message>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
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
            <numerusform>%n personer</numerusform>
        </translation>
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
    <message>
        <source>No visits logged here today yet. Choose a topic, a kind of help and the time spent, then press Save.</source>
        <translation>Inga besök har registrerats här i dag. Välj ämne, typ av hjälp och använd tid och tryck sedan på Spara.</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rådgivare</translation>
    </message>
    <message>
        <source>Nothing found. Change the search words or the choices above, or tick "Show deleted".</source>
        <translation>Inget hittades. Ändra sökorden eller valen ovan, eller kryssa för "Visa raderade".</translation>
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
    <message>
        <source>Import bundles</source>
        <translation>Import av paket</translation>
    </message>
    <message>
        <source>Session summaries</source>
        <translation>Sammanfattningar</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Referensfil</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Send the week</source>
        <translation>Skicka veckan</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>Statustavla</translation>
    </message>
</context>
<context>
    <name>PersonalWarning</name>
    <message>
        <source>These words may name a person or a home: %1. Visitors are never identified.</source>
        <translation>De här orden kan vara en persons namn eller hemadress: %1. Besökare identifieras aldrig.</translation>
    </message>
    <message>
        <source>Replace with a neutral word</source>
        <translation>Ersätt med ett neutralt ord</translation>
    </message>
    <message>
        <source>They name no one: save</source>
        <translation>De namnger ingen: spara</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[namn]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adress]</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Sidorna som de skrivs ut</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print a session summary…</source>
        <translation>Skriv ut en sammanfattning…</translation>
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
        <source>Each button keeps its key. Right-click a button (or press the Menu key) to put another choice on it or to move it.</source>
        <translation>Varje knapp behåller sitt kortkommando. Högerklicka på en knapp (eller tryck på menytangenten) för att byta dess val eller flytta den.</translation>
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
        <source>Note for the visitor…</source>
        <translation>Lapp till besökaren…</translation>
    </message>
    <message>
        <source>What was done, next steps and where to turn, in the visitor's language. No names, no notes.</source>
        <translation>Vad som gjordes, nästa steg och vart man kan vända sig, på besökarens språk. Inga namn, inga anteckningar.</translation>
    </message>
    <message>
        <source>Form help for this visit (%1)</source>
        <translation>Blanketthjälp till besöket (%1)</translation>
    </message>
    <message>
        <source>Record form-filling help for the chosen visit</source>
        <translation>Registrera blanketthjälp för det valda besöket</translation>
    </message>
    <message>
        <source>Opens the form-filling help page linked to the chosen visit.</source>
        <translation>Öppnar sidan för blanketthjälp kopplad till det valda besöket.</translation>
    </message>
    <message>
        <source>Questionnaire for this visit (%1)</source>
        <translation>Enkät till besöket (%1)</translation>
    </message>
    <message>
        <source>Record questionnaire answers for the chosen visit</source>
        <translation>Registrera enkätsvar för det valda besöket</translation>
    </message>
    <message>
        <source>Opens the questionnaire (PEI) linked to the chosen visit: the visitor answers after the visit.</source>
        <translation>Öppnar enkäten (PEI) kopplad till det valda besöket: besökaren svarar efter besöket.</translation>
    </message>
    <message>
        <source>Put another choice on this button…</source>
        <translation>Byt val på den här knappen…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Flytta tidigare</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Flytta senare</translation>
    </message>
    <message>
        <source>Choose for the button</source>
        <translation>Välj för knappen</translation>
    </message>
    <message>
        <source>What does button %1 record?</source>
        <translation>Vad registrerar knapp %1?</translation>
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
        <source>Choose a visit in today's list first.</source>
        <translation>Välj först ett besök i dagens lista.</translation>
    </message>
    <message>
        <source>Deleted. Press Undo to bring it back.</source>
        <translation>Raderat. Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>Open the desk now: the visit joins it</source>
        <translation>Öppna mottagningen nu: besöket förs till den</translation>
    </message>
    <message>
        <source>Undone: the visit (%1, %2 min) was removed.</source>
        <translation>Ångrat: besöket (%1, %2 min) togs bort.</translation>
    </message>
    <message>
        <source>The desk is not open, so the visit belongs to no desk session.</source>
        <translation>Mottagningen är inte öppen, så besöket hör inte till någon mottagning.</translation>
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
    <message>
        <source>Not saved yet: check the highlighted words.</source>
        <translation>Inte sparat ännu: kontrollera de markerade orden.</translation>
    </message>
    <message>
        <source>Restored draft: identifying details were removed from it (%1). Check the text before saving.</source>
        <translation>Återställt utkast: identifierande uppgifter togs bort (%1). Kontrollera texten innan du sparar.</translation>
    </message>
    <message>
        <source>Undone: the record just saved (%1) was removed.</source>
        <translation>Ångrat: posten som just sparades (%1) togs bort.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Undo deleting</source>
        <translation>Ångra raderingen</translation>
    </message>
    <message>
        <source>Undo restoring</source>
        <translation>Ångra återställningen</translation>
    </message>
    <message>
        <source>Undone: the deleted record is back.</source>
        <translation>Ångrat: den borttagna posten är tillbaka.</translation>
    </message>
    <message>
        <source>Undone: the restored record is deleted again.</source>
        <translation>Ångrat: den återställda posten togs bort igen.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reference file</source>
        <translation>Referensfil</translation>
    </message>
    <message>
        <source>Back to the advisers</source>
        <translation>Tillbaka till rådgivarna</translation>
    </message>
    <message>
        <source>One file for every adviser: sites, schedules and lists, the enrolled devices, and which bundles arrived. Send it after each import.</source>
        <translation>En fil för alla rådgivare: verksamhetsställen, tider och listor, de registrerade enheterna och vilka paket som kommit fram. Skicka den efter varje import.</translation>
    </message>
    <message>
        <source>Advisers may remove confirmed records after (&amp;days):</source>
        <translation>Rådgivarna får ta bort bekräftade registreringar efter (&amp;dagar):</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Lagringstid i dagar</translation>
    </message>
    <message>
        <source>The file is valid for (d&amp;ays):</source>
        <translation>Filen gäller i (d&amp;agar):</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Giltighet i dagar</translation>
    </message>
    <message>
        <source>E&amp;xport the reference file…</source>
        <translation>E&amp;xportera referensfilen…</translation>
    </message>
    <message>
        <source>Coordinator card</source>
        <translation>Koordinatorskort</translation>
    </message>
    <message>
        <source>A new adviser computer pins the coordinator's key from this card (or from the first reference file). Tell advisers this fingerprint:</source>
        <translation>En ny rådgivardator tar koordinatorns nyckel i bruk från det här kortet (eller från den första referensfilen). Berätta detta fingeravtryck för rådgivarna:</translation>
    </message>
    <message>
        <source>Export the &amp;coordinator card…</source>
        <translation>Exportera &amp;koordinatorskortet…</translation>
    </message>
    <message>
        <source>Last exported: version %1</source>
        <translation>Senast exporterad: version %1</translation>
    </message>
    <message>
        <source>No reference file exported yet.</source>
        <translation>Ingen referensfil har exporterats ännu.</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>file name</comment>
        <translation>referensfil</translation>
    </message>
    <message>
        <source>Save the reference file</source>
        <translation>Spara referensfilen</translation>
    </message>
    <message>
        <source>Writing the reference file…</source>
        <translation>Skriver referensfilen…</translation>
    </message>
    <message>
        <source>Reference file %1 saved as %2. Valid until %3; %4 devices.</source>
        <translation>Referensfil %1 sparad som %2. Giltig till %3; %4 enheter.</translation>
    </message>
    <message>
        <source>Save the coordinator card</source>
        <translation>Spara koordinatorskortet</translation>
    </message>
    <message>
        <source>coordinator-card</source>
        <comment>file name</comment>
        <translation>koordinatorskort</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>Check this computer's date and time: the times of new records may be wrong.</source>
        <translation>Kontrollera datorns datum och tid: tiderna för nya poster kan vara fel.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Weekly statistics of the region</source>
        <translation>Regionens veckostatistik</translation>
    </message>
    <message>
        <source>Municipality page</source>
        <translation>Kommunsida</translation>
    </message>
    <message>
        <source>Social report (for decision makers)</source>
        <translation>Social rapport (för beslutsfattare)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <source>Municipality facts</source>
        <translation>Kommunens uppgifter</translation>
    </message>
    <message>
        <source>Printed on the municipality page. Visitors are never named here.</source>
        <translation>Skrivs ut på kommunsidan. Besökare namnges aldrig här.</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;ommun:</translation>
    </message>
    <message>
        <source>Follow-up and &amp;evaluation:</source>
        <translation>Uppföljning och &amp;utvärdering:</translation>
    </message>
    <message>
        <source>Agreed sc&amp;hedule:</source>
        <translation>Överenskommen t&amp;idtabell:</translation>
    </message>
    <message>
        <source>Person res&amp;ponsible (HOPPU):</source>
        <translation>&amp;Ansvarsperson (HOPPU):</translation>
    </message>
    <message>
        <source>Save the facts</source>
        <translation>Spara uppgifterna</translation>
    </message>
    <message>
        <source>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</source>
        <translation>Skriv en vecka 2026-W47, en månad 2026-11, ett år 2026 eller ett intervall 2026-10-01..2026-12-31.</translation>
    </message>
    <message>
        <source>weekly-report</source>
        <comment>file name</comment>
        <translation>veckorapport</translation>
    </message>
    <message>
        <source>municipality-report</source>
        <comment>file name</comment>
        <translation>kommunrapport</translation>
    </message>
    <message>
        <source>social-report</source>
        <comment>file name</comment>
        <translation>social-rapport</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Gör rapporten…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-arbetsbok)</translation>
    </message>
    <message>
        <source>CSV for scripts</source>
        <translation>CSV för program</translation>
    </message>
    <message>
        <source>CSV for Excel (Finnish/Swedish)</source>
        <translation>CSV för Excel (finska/svenska)</translation>
    </message>
    <message>
        <source>Comma-separated UTF-8 with column keys and point decimals, the same every month: for scripts and other programs.</source>
        <translation>Kommaseparerad UTF-8 med kolumnnycklar och decimalpunkt, likadan varje månad: för skript och andra program.</translation>
    </message>
    <message>
        <source>Opens in Finnish or Swedish Excel by a double click: semicolons, decimal comma, headings in the report's language.</source>
        <translation>Öppnas i finsk eller svensk Excel med ett dubbelklick: semikolon, decimalkomma, rubriker på rapportens språk.</translation>
    </message>
    <message>
        <source>An ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4 or a year 2026; a range 2026-10-01..2026-12-31 only for an internal report</source>
        <translation>En ISO-vecka 2026-W47, en månad 2026-11, ett kvartal 2026-Q4 eller ett år 2026; ett intervall 2026-10-01..2026-12-31 endast i en intern rapport</translation>
    </message>
    <message>
        <source>Internal: exact numbers, any period (marked INTERNAL on every page)</source>
        <translation>Intern: exakta tal, vilken period som helst (märkt INTERN på varje sida)</translation>
    </message>
    <message>
        <source>An outgoing report covers a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range is only for an internal report.</source>
        <translation>En utgående rapport gäller en vecka, månad, kvartal eller ett år (2026-W47, 2026-11, 2026-Q4, 2026). Ett datumintervall endast i en intern rapport.</translation>
    </message>
</context>
<context>
    <name>SendWeek</name>
    <message>
        <source>desk session</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>desk sessions</source>
        <translation>jourer</translation>
    </message>
    <message>
        <source>encounter</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>encounters</source>
        <translation>möten</translation>
    </message>
    <message>
        <source>form-filling help</source>
        <translation>blanketthjälp</translation>
    </message>
    <message>
        <source>form-filling helps</source>
        <translation>blanketthjälper</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>enkät</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>enkäter</translation>
    </message>
    <message>
        <source>group session</source>
        <translation>gruppverksamhet</translation>
    </message>
    <message>
        <source>group sessions</source>
        <translation>gruppverksamheter</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>iakttagelse</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>iakttagelser</translation>
    </message>
</context>
<context>
    <name>SendWeekPage</name>
    <message>
        <source>Send the week</source>
        <translation>Skicka veckan</translation>
    </message>
    <message>
        <source>Next bundle</source>
        <translation>Nästa paket</translation>
    </message>
    <message>
        <source>&amp;Send the week…</source>
        <translation>&amp;Skicka veckan…</translation>
    </message>
    <message>
        <source>Bundles sent earlier</source>
        <translation>Tidigare skickade paket</translation>
    </message>
    <message>
        <source>A bundle is confirmed when the coordinator's file says it arrived. If a stick was lost, send the bundle again.</source>
        <translation>Ett paket är bekräftat när koordinatorns fil säger att det kommit fram. Om ett minne försvann, skicka paketet på nytt.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Arrived?</source>
        <translation>Framme?</translation>
    </message>
    <message>
        <source>Send the chosen &amp;again…</source>
        <translation>Skicka de valda &amp;på nytt…</translation>
    </message>
    <message>
        <source>Send the chosen bundles again</source>
        <translation>Skicka de valda paketen på nytt</translation>
    </message>
    <message>
        <source>Send all &amp;unconfirmed again…</source>
        <translation>Skicka alla &amp;obekräftade på nytt…</translation>
    </message>
    <message>
        <source>Send all unconfirmed bundles again</source>
        <translation>Skicka alla obekräftade paket på nytt</translation>
    </message>
    <message>
        <source>The next bundle holds: %1.</source>
        <translation>Nästa paket innehåller: %1.</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle. You can still send one: it tells the coordinator you had no visitors.</source>
        <translation>Inget nytt sedan förra paketet. Du kan ändå skicka ett: det berättar för koordinatorn att du inte hade besökare.</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Ja, bekräftat</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisat: %1</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Inte skrivet</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Inte bekräftat ännu</translation>
    </message>
    <message>
        <source>No reply from the coordinator yet</source>
        <translation>Inget svar från koordinatorn ännu</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>inget nytt</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet: import the coordinator's file below first (ask the coordinator for it).</source>
        <translation>Den här datorn känner inte till koordinatorns nyckel ännu: importera först koordinatorns fil nedan (be koordinatorn om den).</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Skriver paketet…</translation>
    </message>
    <message>
        <source>Bundle %1 is saved as %2. Take the stick to the coordinator, or attach the file to an e-mail to the coordinator. It is encrypted: only the coordinator can open it.</source>
        <translation>Paket %1 är sparat som %2. Ta minnet till koordinatorn eller bifoga filen i ett e-postmeddelande till koordinatorn. Det är krypterat: bara koordinatorn kan öppna det.</translation>
    </message>
    <message>
        <source>Bundle %1 saved.</source>
        <translation>Paket %1 sparat.</translation>
    </message>
    <message>
        <source>Choose the bundles to send again in the list first.</source>
        <translation>Välj först i listan de paket som ska skickas på nytt.</translation>
    </message>
    <message>
        <source>Writing the bundles again…</source>
        <translation>Skriver paketen på nytt…</translation>
    </message>
    <message>
        <source>Bundles %1 were written again into %2.</source>
        <translation>Paketen %1 skrevs på nytt till %2.</translation>
    </message>
    <message>
        <source>Not delivered: the next “Send the week” writes it too</source>
        <translation>Inte levererad: nästa ”Skicka veckan” skriver också den</translation>
    </message>
    <message>
        <source>Bundles %1 had not reached their place earlier: they were written there now too.</source>
        <translation>Paketen %1 hade inte kommit fram tidigare: de skrevs nu också dit.</translation>
    </message>
    <message>
        <source>Change the send &amp;folder…</source>
        <translation>Byt sändnings&amp;mapp…</translation>
    </message>
    <message>
        <source>Change the send folder</source>
        <translation>Byt sändningsmapp</translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n borttagen post</numerusform>
            <numerusform>%n borttagna poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Send folder: not chosen yet. The first Send asks for it (a USB stick, or a folder that Teams or OneDrive syncs) and remembers it.</source>
        <translation>Sändningsmapp: inte vald ännu. Den första sändningen frågar efter den (ett USB-minne eller en mapp som Teams eller OneDrive synkroniserar) och kommer ihåg den.</translation>
    </message>
    <message>
        <source>Send folder: %1</source>
        <translation>Sändningsmapp: %1</translation>
    </message>
    <message>
        <source>Send folder: %1 is not there now. Plug in the USB stick, or change the folder.</source>
        <translation>Sändningsmapp: %1 finns inte nu. Sätt i USB-minnet eller byt mapp.</translation>
    </message>
    <message>
        <source>Choose the USB stick or a folder to send the file from</source>
        <translation>Välj USB-minnet eller en mapp som filen skickas från</translation>
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
    <message numerus="yes">
        <source>Desk open since %1 · %n visitor(s)</source>
        <translation>
            <numerusform>Mottagningen öppen sedan %1 · %n besökare</numerusform>
            <numerusform>Mottagningen öppen sedan %1 · %n besökare</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Stäng jouren</translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Öppna jouren</translation>
    </message>
    <message>
        <source>These words may name a person: %1. Partners are recorded as organisations, never by a person's name.</source>
        <translation>De här orden kan vara en persons namn: %1. Partner registreras som organisationer, aldrig med en persons namn.</translation>
    </message>
    <message>
        <source>It is an organisation: open the desk</source>
        <translation>Det är en organisation: öppna jouren</translation>
    </message>
    <message>
        <source>Close the desk?</source>
        <translation>Stänga mottagningen?</translation>
    </message>
    <message numerus="yes">
        <source>Close the desk session at %1? It has %n visitor(s); after closing, new visits no longer join it.</source>
        <translation>
            <numerusform>Stänga mottagningen vid %1? Den har %n besökare; efter stängningen förs nya besök inte längre till den.</numerusform>
            <numerusform>Stänga mottagningen vid %1? Den har %n besökare; efter stängningen förs nya besök inte längre till den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Håll öppen</translation>
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
        <source>Save code and sites</source>
        <translation>Spara kod och platser</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Hi&amp;gh contrast (black text on white)</source>
        <translation>Hög ko&amp;ntrast (svart text på vitt)</translation>
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
        <source>Coordinator's &amp;card (optional)…</source>
        <translation>Koordinatorns &amp;kort (frivilligt)…</translation>
    </message>
    <message>
        <source>You can also take it later on the Send the week page.</source>
        <translation>Du kan också ta emot det senare på sidan Skicka veckan.</translation>
    </message>
    <message>
        <source>Trusted after setup: %1</source>
        <translation>Betros efter installationen: %1</translation>
    </message>
    <message>
        <source>Choose the coordinator's card or file</source>
        <translation>Välj koordinatorns kort eller fil</translation>
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
    <name>ShiftEndDialog</name>
    <message>
        <source>The desk is closed</source>
        <translation>Jouren är stängd</translation>
    </message>
    <message numerus="yes">
        <source>The desk is closed: %1, %2–%3, %n visitor(s). Print the summary of the shift now? It holds no visitor details.</source>
        <translation>
            <numerusform>Mottagningen är stängd: %1, %2–%3, %n besökare. Skriva ut sammanfattningen av passet nu? Den innehåller inga uppgifter om besökare.</numerusform>
            <numerusform>Mottagningen är stängd: %1, %2–%3, %n besökare. Skriva ut sammanfattningen av passet nu? Den innehåller inga uppgifter om besökare.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
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
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Rådgivare:</translation>
    </message>
    <message>
        <source>An ISO week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31</source>
        <translation>En ISO-vecka 2026-W47, en månad 2026-11, ett år 2026 eller ett intervall 2026-10-01..2026-12-31</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alla verksamhetsställen</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Alla rådgivare</translation>
    </message>
    <message>
        <source>Internal view: small numbers not hidden</source>
        <translation>Intern vy: små tal döljs inte</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>Visa statistiken</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>INTERNAL VIEW — small numbers are shown. Do not pass these figures on.</source>
        <translation>INTERN VY — små tal visas. För inte dessa siffror vidare.</translation>
    </message>
    <message>
        <source>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</source>
        <translation>Skriv en vecka 2026-W47, en månad 2026-11, ett år 2026 eller ett intervall 2026-10-01..2026-12-31.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>As in outgoing reports: every count is slightly perturbed (cell key method), numbers 1–4 never show as they are, and totals may not add up. Calendar periods only.</source>
        <translation>Som i utgående rapporter: varje tal är lätt stört (cellnyckelmetoden), talen 1–4 visas aldrig som de är och summorna stämmer inte alltid. Endast kalenderperioder.</translation>
    </message>
    <message>
        <source>Outgoing figures only for a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range needs the internal view.</source>
        <translation>Utgående tal endast för en vecka, månad, kvartal eller ett år (2026-W47, 2026-11, 2026-Q4, 2026). Ett datumintervall kräver den interna vyn.</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <source>Status board</source>
        <translation>Statustavla</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rådgivare</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Senaste paket</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Details of the chosen device</source>
        <translation>Uppgifter om den valda enheten</translation>
    </message>
    <message>
        <source>Enrol from an &amp;enrolment file…</source>
        <translation>Registrera från en &amp;registreringsfil…</translation>
    </message>
    <message>
        <source>Enrol the &amp;chosen device…</source>
        <translation>Registrera den &amp;valda enheten…</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen device…</source>
        <translation>&amp;Spärra den valda enheten…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>för %1 dagar sedan</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Spärrad %1</translation>
    </message>
    <message>
        <source>Nothing received yet</source>
        <translation>Inget mottaget ännu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled</source>
        <translation>
            <numerusform>%n enhet registrerad</numerusform>
            <numerusform>%n enheter registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late or silent</source>
        <translation>
            <numerusform>%n försenad eller tyst</numerusform>
            <numerusform>%n försenade eller tysta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) missing</source>
        <translation>
            <numerusform>%n paket saknas</numerusform>
            <numerusform>%n paket saknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s)</source>
        <translation>
            <numerusform>%n avvisad fil</numerusform>
            <numerusform>%n avvisade filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) sent bundles</source>
        <translation>
            <numerusform>%n okänd enhet skickade paket</numerusform>
            <numerusform>%n okända enheter skickade paket</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · device %2 · fingerprint %3</source>
        <translation>%1 · enhet %2 · fingeravtryck %3</translation>
    </message>
    <message>
        <source>Last imported %1</source>
        <translation>Senast importerat %1</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 is missing</source>
        <translation>Paket %1 från %2 saknas</translation>
    </message>
    <message>
        <source>Refused files from no known device:</source>
        <translation>Avvisade filer från okänd enhet:</translation>
    </message>
    <message>
        <source>Refused %1 (%2): %3</source>
        <translation>Avvisad %1 (%2): %3</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Sparas i %1</translation>
    </message>
    <message>
        <source>Choose the adviser's enrolment file</source>
        <translation>Välj rådgivarens registreringsfil</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Jämför fingeravtrycket</translation>
    </message>
    <message>
        <source>The fingerprint the adviser read out to you (leave empty to skip the check):</source>
        <translation>Fingeravtrycket som rådgivaren läste upp för dig (lämna tomt för att hoppa över kontrollen):</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>%1 registrerad.</translation>
    </message>
    <message>
        <source>Enrol the device %1 with the fingerprint

%2

Compare it with the fingerprint shown on the adviser's computer first.</source>
        <translation>Registrera enheten %1 med fingeravtrycket

%2

Jämför det först med fingeravtrycket som visas på rådgivarens dator.</translation>
    </message>
    <message>
        <source>Enrol the device?</source>
        <translation>Registrera enheten?</translation>
    </message>
    <message>
        <source>Enrolled %1. Import its refused bundles again.</source>
        <translation>%1 registrerad. Importera dess avvisade paket på nytt.</translation>
    </message>
    <message>
        <source>Revoke %1? Its later bundles will be refused; what arrived earlier is kept.</source>
        <translation>Spärra %1? Dess senare paket avvisas; det som kommit tidigare behålls.</translation>
    </message>
    <message>
        <source>Revoke the device?</source>
        <translation>Spärra enheten?</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Spärrad.</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Clock ahead</source>
        <translation>Klockan går före</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: two different bundles with this number (fork). Two computers may be sending as %2 (a copied laptop?): find out which one is %2's, revoke this device and enrol each computer on its own.</source>
        <translation>Paket %1 från %2: två olika paket med samma nummer (förgrening). Två datorer kan skicka som %2 (en kopierad bärbar dator?): ta reda på vilken som är %2:s, återkalla enheten och registrera varje dator för sig.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 arrived again with other content after later bundles (rollback): %2's computer went back to an older backup. Ask the adviser to check what was recorded since and send it again.</source>
        <translation>Paket %1 från %2 kom igen med annat innehåll efter senare paket (återställning): %2:s dator gick tillbaka till en äldre säkerhetskopia. Be rådgivaren kontrollera det som registrerats sedan dess och skicka det igen.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 does not follow the bundle before it (the chain is broken). Ask the adviser whether the program was reinstalled or restored from a backup.</source>
        <translation>Paket %1 från %2 följer inte paketet före det (kedjan är bruten). Fråga rådgivaren om programmet har installerats om eller återställts från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>%1 records of %2 arrived in two versions with the same number; the version not applied is kept for review in %3.</source>
        <translation>%1 poster från %2 kom i två versioner med samma nummer; den version som inte tillämpades sparas för granskning i %3.</translation>
    </message>
    <message>
        <source>The clock of %1's computer is about %2 days ahead. Ask the adviser to correct its date and time; this computer's clock is not affected.</source>
        <translation>Klockan i %1:s dator går ungefär %2 dagar före. Be rådgivaren rätta datorns datum och tid; den här datorns klocka påverkas inte.</translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message>
        <source>Session summaries</source>
        <translation>Sammanfattningar</translation>
    </message>
    <message>
        <source>Print the summary of a desk session at the end of the shift, or of a group session. It holds no visitor details.</source>
        <translation>Skriv ut sammanfattningen av en jour i slutet av passet, eller av en gruppverksamhet. Den innehåller inga uppgifter om besökare.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Desk sessions</source>
        <translation>Jourer</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Gruppverksamheter</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Typ av tillfälle</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>No desk sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</source>
        <translation>Inga jourer ännu. De kommer med rådgivarnas veckopaket (Import av paket).</translation>
    </message>
    <message>
        <source>No group sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</source>
        <translation>Ingen gruppverksamhet ännu. Den kommer med rådgivarnas veckopaket (Import av paket).</translation>
    </message>
    <message>
        <source>No desk sessions yet. Open the desk with "Open the desk…" at the top of the Quick log page when your shift starts; its summary is printed here at the end.</source>
        <translation>Inga jourer ännu. När ditt skift börjar, öppna jouren med knappen "Öppna jouren…" högst upp på sidan Snabbregistrering. I slutet av skiftet skriver du ut sammanfattningen här.</translation>
    </message>
    <message>
        <source>No group sessions yet. Log one on the Group session page; its summary is printed here.</source>
        <translation>Ingen gruppverksamhet ännu. Registrera den på sidan Gruppverksamhet. Sammanfattningen skrivs ut här.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <source>Choose a session first.</source>
        <translation>Välj först ett tillfälle.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Spara sammanfattningen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Gör sammanfattningen…</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Inte utskrivet.</translation>
    </message>
    <message>
        <source>Printed %1 page(s).</source>
        <translation>%1 sida/sidor utskrivna.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>TakeHomeMaker</name>
    <message>
        <source>Take-home sheet</source>
        <translation>Papper att ta med hem</translation>
    </message>
    <message>
        <source>In which language does the visitor want the sheet?</source>
        <translation>På vilket språk vill besökaren ha pappret?</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>Välj först ett besök.</translation>
    </message>
    <message>
        <source>visitor-note</source>
        <translation>lapp</translation>
    </message>
    <message>
        <source>Save the note for the visitor as PDF</source>
        <translation>Spara lappen till besökaren som PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>ThisComputerBox</name>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>The coordinator enrols this computer once, from the enrolment file. Read this fingerprint to the coordinator, who compares it:</source>
        <translation>Koordinatorn registrerar den här datorn en gång, från registreringsfilen. Läs upp detta fingeravtryck för koordinatorn, som jämför det:</translation>
    </message>
    <message>
        <source>Export &amp;enrolment file…</source>
        <translation>Exportera &amp;registreringsfil…</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>file name</comment>
        <translation>registrering</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Spara registreringsfilen</translation>
    </message>
    <message>
        <source>Saved as %1. Give it to the coordinator.</source>
        <translation>Sparad som %1. Ge den till koordinatorn.</translation>
    </message>
</context>
</TS>