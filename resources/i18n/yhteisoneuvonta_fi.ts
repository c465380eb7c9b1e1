<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AdviserFields</name>
    <message>
        <source>Adviser</source>
        <translation>Yhteisöneuvoja</translation>
    </message>
    <message>
        <source>Adviser &amp;code:</source>
        <translation>Neuvojan &amp;tunnus:</translation>
    </message>
    <message>
        <source>Adviser code</source>
        <translation>Neuvojan tunnus</translation>
    </message>
    <message>
        <source>A pseudonym your coordinator gave you, e.g. N7. Never your name.</source>
        <translation>Koordinaattorin antama nimimerkki, esim. N7. Ei koskaan omaa nimeäsi.</translation>
    </message>
    <message>
        <source>&amp;Home sites:</source>
        <translation>&amp;Omat toimipaikat:</translation>
    </message>
</context>
<context>
    <name>AdviserReferenceBox</name>
    <message>
        <source>The coordinator's file</source>
        <translation>Koordinaattorin tiedosto</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Poista ne</translation>
    </message>
    <message>
        <source>Remove the confirmed old records</source>
        <translation>Poista vahvistetut vanhat kirjaukset</translation>
    </message>
    <message>
        <source>The coordinator gives you a coordinator card once, and sends back a file that updates the sites and lists and says which of your bundles arrived. Both are taken here.</source>
        <translation>Koordinaattori antaa sinulle kerran koordinaattorikortin ja lähettää takaisin tiedoston, joka päivittää toimipisteet ja luettelot ja kertoo, mitkä nippusi ovat perillä. Molemmat tuodaan tästä.</translation>
    </message>
    <message>
        <source>&amp;Import the coordinator's card or file…</source>
        <translation>&amp;Tuo koordinaattorin kortti tai tiedosto…</translation>
    </message>
    <message>
        <source>Choose the coordinator's card or file</source>
        <translation>Valitse koordinaattorin kortti tai tiedosto</translation>
    </message>
    <message>
        <source>Reading the coordinator's file…</source>
        <translation>Luetaan koordinaattorin tiedostoa…</translation>
    </message>
    <message>
        <source>This file is not newer than the one already read (%1); nothing changed.</source>
        <translation>Tämä tiedosto ei ole uudempi kuin jo luettu (%1); mikään ei muuttunut.</translation>
    </message>
    <message>
        <source>The coordinator's file %1 was read.</source>
        <translation>Koordinaattorin tiedosto %1 luettiin.</translation>
    </message>
    <message>
        <source>Sites and lists were updated.</source>
        <translation>Toimipisteet ja luettelot päivitettiin.</translation>
    </message>
    <message>
        <source>Bundles that arrived: %1.</source>
        <translation>Perillä olevat niput: %1.</translation>
    </message>
    <message>
        <source>No bundle of this computer has arrived yet.</source>
        <translation>Tämän tietokoneen nippuja ei ole vielä perillä.</translation>
    </message>
    <message>
        <source>Not arrived: %1. Send them again above.</source>
        <translation>Ei perillä: %1. Lähetä ne uudelleen yllä.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the coordinator has confirmed are older than %1 days. They can be removed from this computer.</source>
        <translation>
            <numerusform>%n kirjaus, jonka koordinaattori on vahvistanut, on vanhempi kuin %1 päivää. Sen voi poistaa tältä tietokoneelta.</numerusform>
            <numerusform>%n kirjausta, jotka koordinaattori on vahvistanut, on vanhempia kuin %1 päivää. Ne voi poistaa tältä tietokoneelta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s).</source>
        <translation>
            <numerusform>Poistettiin %n kirjaus.</numerusform>
            <numerusform>Poistettiin %n kirjausta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove confirmed records?</source>
        <translation>Poistetaanko vahvistetut kirjaukset?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Poistetaan…</translation>
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
        <translation>Ohjelman tietoja ei voi avata.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Palauta uusin varmuuskopio</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Undone: %1</source>
        <translation>Kumottu: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>The program copies your data here automatically when it closes and every half hour while you work. Restoring puts a copy back; the current data is kept aside first.</source>
        <translation>Ohjelma kopioi tietosi tänne automaattisesti, kun se suljetaan, ja puolen tunnin välein työn aikana. Palautus ottaa kopion takaisin käyttöön; nykyiset tiedot pannaan ensin talteen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kirjauksia</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ei voi lukea</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Varmuuskopioita ei ole vielä.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Varmuuskopio tehty.</translation>
    </message>
    <message>
        <source>No backup could be made: the data fails its check. Restore a backup.</source>
        <translation>Varmuuskopiota ei voitu tehdä: tiedot eivät läpäise tarkistusta. Palauta varmuuskopio.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Put back the data as it was at %1? Records saved after that are not in it; the current data is kept aside in the data folder. The program opens the data again.</source>
        <translation>Palautetaanko tiedot sellaisiksi kuin ne olivat %1? Sen jälkeen tallennetut kirjaukset eivät ole mukana; nykyiset tiedot pannaan talteen tietokansioon. Ohjelma avaa tiedot uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Varmuuskopiot…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (piilotettu)</translation>
    </message>
    <message>
        <source>Every figure of this view is hidden: the counts are small (under 5), so no chart is drawn. Choose a longer period or a larger area, or the internal view.</source>
        <translation>Tämän näkymän kaikki luvut on piilotettu: määrät ovat pieniä (alle 5), joten kaaviota ei piirretä. Valitse pidempi ajanjakso, laajempi alue tai sisäinen näkymä.</translation>
    </message>
</context>
<context>
    <name>CoordinatorFile</name>
    <message>
        <source>Another coordinator key is trusted on this computer:

%1

Replace it with the key in this card only if the coordinator told you the key changed and gave you this fingerprint:

%2</source>
        <translation>Tällä tietokoneella luotetaan jo toiseen koordinaattorin avaimeen:

%1

Korvaa se tämän kortin avaimella vain, jos koordinaattori kertoi avaimen vaihtuneen ja antoi sinulle tämän sormenjäljen:

%2</translation>
    </message>
    <message>
        <source>Replace the coordinator's key?</source>
        <translation>Korvataanko koordinaattorin avain?</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet. Trust the key in this coordinator card only if its fingerprint is the one the coordinator gave you:

%1</source>
        <translation>Tämä tietokone ei vielä tunne koordinaattorin avainta. Luota tämän koordinaattorikortin avaimeen vain, jos sen sormenjälki on sama, jonka koordinaattori antoi sinulle:

%1</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet. Trust the key in this file only if its fingerprint is the one the coordinator gave you:

%1</source>
        <translation>Tämä tietokone ei vielä tunne koordinaattorin avainta. Luota tiedoston avaimeen vain, jos sen sormenjälki on sama, jonka koordinaattori antoi sinulle:

%1</translation>
    </message>
    <message>
        <source>Trust the coordinator's key?</source>
        <translation>Luotetaanko koordinaattorin avaimeen?</translation>
    </message>
    <message>
        <source>This coordinator card is trusted already (%1).</source>
        <translation>Tähän koordinaattorikorttiin luotetaan jo (%1).</translation>
    </message>
    <message>
        <source>The coordinator's key is now trusted: %1. Bundles you send can be read by the coordinator only.</source>
        <translation>Koordinaattorin avaimeen luotetaan nyt: %1. Lähettämiäsi nippuja voi lukea vain koordinaattori.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved form: %1? The program was closed before it was saved.</source>
        <translation>Palauta tallentamaton lomake: %1? Ohjelma suljettiin ennen kuin se tallennettiin.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Identifying details were removed from it: %1.</source>
        <translation>Siitä poistettiin tunnistetietoja: %1.</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Aika:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Kesto:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Aiheet:</translation>
    </message>
    <message>
        <source>Kinds of help:</source>
        <translation>Avun muodot:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Yhteystapa:</translation>
    </message>
    <message>
        <source>&amp;Language used:</source>
        <translation>Asiointi&amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Professional involved:</source>
        <translation>Ammattilainen &amp;mukana:</translation>
    </message>
    <message>
        <source>Which professionals:</source>
        <translation>Mitkä ammattilaiset:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Ohjattu palveluun:</translation>
    </message>
    <message>
        <source>Service barriers seen:</source>
        <translation>Havaitut palveluiden esteet:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Ikäryhmä:</translation>
    </message>
    <message>
        <source>First &amp;visit?</source>
        <translation>&amp;Ensimmäinen käynti?</translation>
    </message>
    <message>
        <source>&amp;Note (no names or identity details):</source>
        <translation>&amp;Huomio (ei nimiä eikä tunnistetietoja):</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Kohtaaminen</translation>
    </message>
    <message>
        <source>For the visit just saved:</source>
        <translation>Juuri tallennetulle käynnille:</translation>
    </message>
    <message>
        <source>Form help for this visit (%1)</source>
        <translation>Lomakeapu tähän käyntiin (%1)</translation>
    </message>
    <message>
        <source>Record form-filling help for the visit just saved</source>
        <translation>Kirjaa lomakeapu juuri tallennettuun käyntiin</translation>
    </message>
    <message>
        <source>Questionnaire for this visit (%1)</source>
        <translation>Kysely tähän käyntiin (%1)</translation>
    </message>
    <message>
        <source>Record questionnaire answers for the visit just saved</source>
        <translation>Kirjaa kyselyn vastaukset juuri tallennettuun käyntiin</translation>
    </message>
</context>
<context>
    <name>EncounterLink</name>
    <message>
        <source>Not linked to a visit. To link one, choose the visit in today's list on the Quick log page.</source>
        <translation>Ei liitetty käyntiin. Liitä valitsemalla käynti Pikakirjaus-sivun tämän päivän listasta.</translation>
    </message>
    <message>
        <source>Not linked to a visit.</source>
        <translation>Ei liitetty käyntiin.</translation>
    </message>
    <message>
        <source>Linked to a visit that has been deleted: unlink it before saving.</source>
        <translation>Liitetty käyntiin, joka on poistettu: poista liitos ennen tallentamista.</translation>
    </message>
    <message>
        <source>Linked to the visit on %1 at %2 (%3).</source>
        <translation>Liitetty käyntiin %1 klo %2 (%3).</translation>
    </message>
    <message>
        <source>Linked to the visit at %1 (%2).</source>
        <translation>Liitetty käyntiin klo %1 (%2).</translation>
    </message>
    <message>
        <source>This visit is no longer saved (it was deleted). Unlink it, or link another visit.</source>
        <translation>Tätä käyntiä ei enää ole tallennettuna (se on poistettu). Poista liitos tai liitä toinen käynti.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Poista liitos</translation>
    </message>
    <message>
        <source>Unlink from the visit</source>
        <translation>Poista liitos käyntiin</translation>
    </message>
    <message>
        <source>Link again</source>
        <translation>Liitä uudelleen</translation>
    </message>
    <message>
        <source>Link to the visit again</source>
        <translation>Liitä uudelleen käyntiin</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Käynti:</translation>
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
        <translation>Ohjelmassa tapahtui virhe. Kirjoittamasi teksti on tallessa luonnoksena.</translation>
    </message>
    <message>
        <source>Copy the report and send it to your coordinator.</source>
        <translation>Kopioi raportti ja lähetä se koordinaattorillesi.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Virheraportti</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopioi raportti</translation>
    </message>
    <message>
        <source>The program's log is in %1 — attach it too.</source>
        <translation>Ohjelman loki on tiedostossa %1 — liitä sekin mukaan.</translation>
    </message>
    <message>
        <source>The program has no log file this time.</source>
        <translation>Ohjelmalla ei ole tällä kertaa lokitiedostoa.</translation>
    </message>
</context>
<context>
    <name>FormHelpForm</name>
    <message>
        <source>Choose the form</source>
        <translation>Valitse lomake</translation>
    </message>
    <message>
        <source>Choose how far it got</source>
        <translation>Valitse tila</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Aika:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Lomake:</translation>
    </message>
    <message>
        <source>&amp;Paper or online:</source>
        <translation>&amp;Paperilla vai verkossa:</translation>
    </message>
    <message>
        <source>&amp;Where it got to:</source>
        <translation>&amp;Mihin asti päästiin:</translation>
    </message>
    <message>
        <source>&amp;Note (no names or identity details):</source>
        <translation>&amp;Huomio (ei nimiä eikä tunnistetietoja):</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Lomakeapu</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>&amp;People present:</source>
        <translation>&amp;Osallistujia:</translation>
    </message>
    <message>
        <source>Of whom (optional):</source>
        <translation>Joista (valinnainen):</translation>
    </message>
    <message>
        <source>&amp;Organisers (comma between):</source>
        <translation>&amp;Järjestäjät (pilkulla erotettuina):</translation>
    </message>
    <message>
        <source>&amp;Facilitators (comma between):</source>
        <translation>&amp;Vetäjät (pilkulla erotettuina):</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Aiheet:</translation>
    </message>
    <message>
        <source>Su&amp;mmary (no names):</source>
        <translation>&amp;Yhteenveto (ei nimiä):</translation>
    </message>
    <message>
        <source>Proposals and decisions:</source>
        <translation>Ehdotukset ja päätökset:</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Ryhmätoiminta</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About Yhteisöneuvonta</source>
        <translation>Tietoja Yhteisöneuvonnasta</translation>
    </message>
    <message>
        <source>Yhteisöneuvonta %1</source>
        <translation>Yhteisöneuvonta %1</translation>
    </message>
    <message>
        <source>Anonymous records for the community advisers of Pirkanmaa wellbeing services county and their coordinator. Works without a network.</source>
        <translation>Nimettömät kirjaukset Pirkanmaan hyvinvointialueen yhteisöneuvojille ja heidän koordinaattorilleen. Toimii ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Avaa &amp;tietokansio</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Avaa &amp;lokikansio</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>T&amp;ietoja ohjelmasta</translation>
    </message>
    <message>
        <source>Name guard: Voikko is not available (%1); names are checked against the built-in name lists only, which miss more inflected names.</source>
        <translation>Nimivahti: Voikko ei ole käytettävissä (%1); nimet tarkistetaan vain sisäänrakennetuista nimilistoista, jotka tunnistavat taivutetut nimet huonommin.</translation>
    </message>
    <message>
        <source>Name guard: Voikko (%1).</source>
        <translation>Nimivahti: Voikko (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Encounters</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Lomakeapu</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Ryhmätoiminnat</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kyselyt</translation>
    </message>
    <message>
        <source>Desk sessions</source>
        <translation>Päivystykset</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Kirjaukset:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Asti:</translation>
    </message>
    <message>
        <source>Words in notes, titles and summaries</source>
        <translation>Sanoja huomioista, otsikoista ja yhteenvedoista</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Kaikki paikat</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>mikä tahansa päivä</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Näytä poistetut</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Löytyneet kirjaukset</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Muokkaa (Enter)</translation>
    </message>
    <message>
        <source>Edit the chosen record</source>
        <translation>Muokkaa valittua kirjausta</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Tulosta yhteenveto…</translation>
    </message>
    <message>
        <source>Print the summary of the chosen session</source>
        <translation>Tulosta valitun tilaisuuden yhteenveto</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kirjaus</numerusform>
            <numerusform>%n kirjausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Poista (Del)</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Poistettu. Ctrl+Z palauttaa sen.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Palautettu.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>PREVIEW — nothing has been written yet.</source>
        <translation>ESIKATSELU — mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2</source>
        <translation>Nippu %1 / %2</translation>
    </message>
    <message>
        <source>✗ %1 (%2) was refused: %3</source>
        <translation>✗ %1 (%2) hylättiin: %3</translation>
    </message>
    <message>
        <source>A copy and the reason are kept in %1</source>
        <translation>Kopio ja syy säilytetään kansiossa %1</translation>
    </message>
    <message>
        <source>= %1 was imported already; nothing changes.</source>
        <translation>= %1 on jo tuotu; mikään ei muutu.</translation>
    </message>
    <message>
        <source>✓ %1: %2 new, %3 changed, %4 deleted, %5 unchanged.</source>
        <translation>✓ %1: %2 uutta, %3 muuttunutta, %4 poistettua, %5 ennallaan.</translation>
    </message>
    <message>
        <source>(sent again)</source>
        <translation>(lähetetty uudelleen)</translation>
    </message>
    <message>
        <source>It differs from the bundle with the same number imported earlier.</source>
        <translation>Se eroaa aiemmin tuodusta samannumeroisesta nipusta.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>%1: bundles received %2</source>
        <translation>%1: vastaanotetut niput %2</translation>
    </message>
    <message>
        <source>bundle %1 of %2 is missing</source>
        <translation>nippu %1 / %2 puuttuu</translation>
    </message>
    <message>
        <source>bundle %1 of %2: two different bundles with this number</source>
        <translation>nippu %1 / %2: kaksi eri nippua samalla numerolla</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Nippujen tuonti</translation>
    </message>
    <message>
        <source>Drop the week's bundle files or folders here</source>
        <translation>Pudota viikon nipputiedostot tai kansiot tähän</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Valitse &amp;tiedostot…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Valitse &amp;kansio…</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Tuotavat tiedostot</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Tuonnin raportti</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin eteneminen</translation>
    </message>
    <message>
        <source>Choose bundle files</source>
        <translation>Valitse nipputiedostot</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Valitse nippujen kansio</translation>
    </message>
    <message>
        <source>Unlock the coordinator key</source>
        <translation>Avaa koordinaattorin avain</translation>
    </message>
    <message>
        <source>The passphrase of the coordinator key:</source>
        <translation>Koordinaattorin avaimen tunnuslause:</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Tarkistetaan tiedostoja…</translation>
    </message>
    <message>
        <source>Press Import to write this.</source>
        <translation>Tallenna tämä painamalla Tuo.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Ei mitään uutta tuotavaa.</translation>
    </message>
    <message>
        <source>Imported. Remember to send the reference file back to the advisers.</source>
        <translation>Tuotu. Muista lähettää viitetiedosto takaisin neuvojille.</translation>
    </message>
    <message>
        <source>Skipped, not bundles: %1</source>
        <translation>Ohitettiin, eivät ole nippuja: %1</translation>
    </message>
    <message>
        <source>Set the inbo&amp;x folder…</source>
        <translation>Aseta saapuvien &amp;kansio…</translation>
    </message>
    <message>
        <source>Set the inbox folder</source>
        <translation>Aseta saapuvien kansio</translation>
    </message>
    <message>
        <source>Inbox: %1. New bundles in it appear here by themselves.</source>
        <translation>Saapuvat: %1. Uudet niput tulevat tähän itsestään.</translation>
    </message>
    <message>
        <source>Inbox: none. Set the folder where bundles arrive (a synced folder or a USB stick) and new ones appear here by themselves.</source>
        <translation>Saapuvat: ei asetettu. Aseta kansio, johon niput saapuvat (synkronoitu kansio tai USB-tikku), niin uudet tulevat tähän itsestään.</translation>
    </message>
    <message>
        <source>Choose the folder where bundles arrive</source>
        <translation>Valitse kansio, johon niput saapuvat</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Kysely:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Aika:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— ei vastattu</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Kirjaukset</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Yhteisöneuvonta</source>
        <translation>Yhteisöneuvonta</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Kumottu.</translation>
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
            <numerusform>%n henki</numerusform>
            <numerusform>%n henkeä</numerusform>
        </translation>
    </message>
    <message>
        <source>seen %1×</source>
        <translation>nähty %1×</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (poistettu)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Avun muodot</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>No visits logged here today yet. Choose a topic, a kind of help and the time spent, then press Save.</source>
        <translation>Tänään ei ole vielä kirjattu käyntejä tässä paikassa. Valitse aihe, avun muoto ja käytetty aika ja paina Tallenna.</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Neuvoja</translation>
    </message>
    <message>
        <source>Nothing found. Change the search words or the choices above, or tick "Show deleted".</source>
        <translation>Ei löytynyt mitään. Muuta hakusanoja tai yllä olevia valintoja tai valitse "Näytä poistetut".</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Aika:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Teema:</translation>
    </message>
    <message>
        <source>&amp;What keeps happening (no names):</source>
        <translation>&amp;Mikä toistuu (ei nimiä):</translation>
    </message>
    <message>
        <source>Service barriers:</source>
        <translation>Palveluiden esteet:</translation>
    </message>
    <message>
        <source>Times &amp;seen:</source>
        <translation>&amp;Kuinka monesti havaittu:</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Rakenteellinen havainto</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open the desk</source>
        <translation>Avaa päivystys</translation>
    </message>
    <message>
        <source>Open a desk session at %1. Who is here with you?</source>
        <translation>Avaa päivystys paikassa %1. Kuka on mukanasi?</translation>
    </message>
    <message>
        <source>Partner organisations present</source>
        <translation>Paikalla olevat kumppanit</translation>
    </message>
    <message>
        <source>Another organisation (optional)</source>
        <translation>Muu organisaatio (valinnainen)</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Muu organisaatio</translation>
    </message>
    <message>
        <source>Professionals present (by role, never by name)</source>
        <translation>Paikalla olevat ammattilaiset (rooli, ei koskaan nimeä)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Encounter</source>
        <translation>Kohtaaminen</translation>
    </message>
    <message>
        <source>Form-filling help</source>
        <translation>Lomakeapu</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Ryhmätoiminta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Questionnaire (PEI)</source>
        <translation>Kysely (PEI)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Nippujen tuonti</translation>
    </message>
    <message>
        <source>Session summaries</source>
        <translation>Yhteenvedot</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Viitetiedosto</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Send the week</source>
        <translation>Lähetä viikko</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>Tilannetaulu</translation>
    </message>
</context>
<context>
    <name>PersonalWarning</name>
    <message>
        <source>These words may name a person or a home: %1. Visitors are never identified.</source>
        <translation>Nämä sanat voivat olla henkilön nimi tai kotiosoite: %1. Kävijöitä ei koskaan tunnisteta.</translation>
    </message>
    <message>
        <source>Replace with a neutral word</source>
        <translation>Korvaa neutraalilla sanalla</translation>
    </message>
    <message>
        <source>They name no one: save</source>
        <translation>Eivät ole kenenkään nimiä: tallenna</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[nimi]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[osoite]</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Tulostuksen esikatselu</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Sivut sellaisina kuin ne tulostuvat</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print a session summary…</source>
        <translation>Tulosta yhteenveto…</translation>
    </message>
</context>
<context>
    <name>ProposalsEditor</name>
    <message>
        <source>Add a proposal</source>
        <translation>Lisää ehdotus</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Ehdotus %1</translation>
    </message>
    <message>
        <source>Decision (optional)</source>
        <translation>Päätös (valinnainen)</translation>
    </message>
    <message>
        <source>Decision on proposal %1</source>
        <translation>Päätös ehdotuksesta %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove proposal %1</source>
        <translation>Poista ehdotus %1</translation>
    </message>
</context>
<context>
    <name>QuickLogPage</name>
    <message>
        <source>Quick log</source>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <source>Choose the topic, the kind of help and the time, then Save. No names.</source>
        <translation>Valitse aihe, avun muoto ja aika, sitten Tallenna. Ei nimiä.</translation>
    </message>
    <message>
        <source>Topic (Alt+1…6)</source>
        <translation>Aihe (Alt+1…6)</translation>
    </message>
    <message>
        <source>Each button keeps its key. Right-click a button (or press the Menu key) to put another choice on it or to move it.</source>
        <translation>Jokainen painike pitää pikanäppäimensä. Napsauta painiketta hiiren oikealla (tai paina valikkonäppäintä), niin voit vaihtaa sen valinnan tai siirtää sitä.</translation>
    </message>
    <message>
        <source>Kind of help (Ctrl+1…6)</source>
        <translation>Avun muoto (Ctrl+1…6)</translation>
    </message>
    <message>
        <source>Time used (F5…F9)</source>
        <translation>Käytetty aika (F5…F9)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Tallenna (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the visit</source>
        <translation>Tallenna käynti</translation>
    </message>
    <message>
        <source>More details…</source>
        <translation>Lisätietoja…</translation>
    </message>
    <message>
        <source>Open the full form with these choices</source>
        <translation>Avaa koko lomake näillä valinnoilla</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Kumoa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Tänään: %1</translation>
    </message>
    <message>
        <source>Today's visits</source>
        <translation>Tämän päivän käynnit</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Muokkaa (Enter)</translation>
    </message>
    <message>
        <source>Edit the chosen visit</source>
        <translation>Muokkaa valittua käyntiä</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Poista (Del)</translation>
    </message>
    <message>
        <source>Delete the chosen visit</source>
        <translation>Poista valittu käynti</translation>
    </message>
    <message>
        <source>Note for the visitor…</source>
        <translation>Muistilappu kävijälle…</translation>
    </message>
    <message>
        <source>What was done, next steps and where to turn, in the visitor's language. No names, no notes.</source>
        <translation>Mitä tehtiin, seuraavat askeleet ja mihin kääntyä, kävijän kielellä. Ei nimiä, ei muistiinpanoja.</translation>
    </message>
    <message>
        <source>Form help for this visit (%1)</source>
        <translation>Lomakeapu tähän käyntiin (%1)</translation>
    </message>
    <message>
        <source>Record form-filling help for the chosen visit</source>
        <translation>Kirjaa lomakeapu valittuun käyntiin</translation>
    </message>
    <message>
        <source>Opens the form-filling help page linked to the chosen visit.</source>
        <translation>Avaa lomakeavun sivun valittuun käyntiin liitettynä.</translation>
    </message>
    <message>
        <source>Questionnaire for this visit (%1)</source>
        <translation>Kysely tähän käyntiin (%1)</translation>
    </message>
    <message>
        <source>Record questionnaire answers for the chosen visit</source>
        <translation>Kirjaa kyselyn vastaukset valittuun käyntiin</translation>
    </message>
    <message>
        <source>Opens the questionnaire (PEI) linked to the chosen visit: the visitor answers after the visit.</source>
        <translation>Avaa kyselyn (PEI) valittuun käyntiin liitettynä: kävijä vastaa käynnin jälkeen.</translation>
    </message>
    <message>
        <source>Put another choice on this button…</source>
        <translation>Vaihda tämän painikkeen valinta…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Siirrä aiemmaksi</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Siirrä myöhemmäksi</translation>
    </message>
    <message>
        <source>Choose for the button</source>
        <translation>Valitse painikkeelle</translation>
    </message>
    <message>
        <source>What does button %1 record?</source>
        <translation>Mitä painike %1 kirjaa?</translation>
    </message>
    <message>
        <source>Undo saving</source>
        <translation>Kumoa tallennus</translation>
    </message>
    <message>
        <source>Saved: %1, %2 min.</source>
        <translation>Tallennettu: %1, %2 min.</translation>
    </message>
    <message>
        <source>Choose a visit in today's list first.</source>
        <translation>Valitse ensin käynti tämän päivän listasta.</translation>
    </message>
    <message>
        <source>Deleted. Press Undo to bring it back.</source>
        <translation>Poistettu. Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <source>Open the desk now: the visit joins it</source>
        <translation>Avaa päivystys nyt: käynti liitetään siihen</translation>
    </message>
    <message>
        <source>Undone: the visit (%1, %2 min) was removed.</source>
        <translation>Kumottu: käynti (%1, %2 min) poistettiin.</translation>
    </message>
    <message>
        <source>The desk is not open, so the visit belongs to no desk session.</source>
        <translation>Päivystys ei ole auki, joten käynti ei kuulu mihinkään päivystykseen.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Tallenna muutokset (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Peru muokkaus</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Editing a saved record at %1.</source>
        <translation>Muokkaat tallennettua kirjausta: %1.</translation>
    </message>
    <message>
        <source>New record at %1.</source>
        <translation>Uusi kirjaus: %1.</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>Ei tallennettu: katso punaiset viestit.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Muutokset tallennettu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Undo saving</source>
        <translation>Kumoa tallennus</translation>
    </message>
    <message>
        <source>Not saved yet: check the highlighted words.</source>
        <translation>Ei vielä tallennettu: tarkista korostetut sanat.</translation>
    </message>
    <message>
        <source>Restored draft: identifying details were removed from it (%1). Check the text before saving.</source>
        <translation>Palautettu luonnos: siitä poistettiin tunnistetietoja (%1). Tarkista teksti ennen tallennusta.</translation>
    </message>
    <message>
        <source>Undone: the record just saved (%1) was removed.</source>
        <translation>Kumottu: juuri tallennettu kirjaus (%1) poistettiin.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Undo deleting</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>Undo restoring</source>
        <translation>Kumoa palautus</translation>
    </message>
    <message>
        <source>Undone: the deleted record is back.</source>
        <translation>Kumottu: poistettu kirjaus palautettiin.</translation>
    </message>
    <message>
        <source>Undone: the restored record is deleted again.</source>
        <translation>Kumottu: palautettu kirjaus poistettiin uudelleen.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reference file</source>
        <translation>Viitetiedosto</translation>
    </message>
    <message>
        <source>Back to the advisers</source>
        <translation>Takaisin neuvojille</translation>
    </message>
    <message>
        <source>One file for every adviser: sites, schedules and lists, the enrolled devices, and which bundles arrived. Send it after each import.</source>
        <translation>Yksi tiedosto kaikille neuvojille: toimipisteet, aukioloajat ja luettelot, rekisteröidyt laitteet ja tieto perille tulleista nipuista. Lähetä se jokaisen tuonnin jälkeen.</translation>
    </message>
    <message>
        <source>Advisers may remove confirmed records after (&amp;days):</source>
        <translation>Neuvojat voivat poistaa vahvistetut kirjaukset (&amp;päivän kuluttua):</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Säilytysaika päivinä</translation>
    </message>
    <message>
        <source>The file is valid for (d&amp;ays):</source>
        <translation>Tiedosto on voimassa (pä&amp;iviä):</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Voimassaolo päivinä</translation>
    </message>
    <message>
        <source>E&amp;xport the reference file…</source>
        <translation>&amp;Vie viitetiedosto…</translation>
    </message>
    <message>
        <source>Coordinator card</source>
        <translation>Koordinaattorikortti</translation>
    </message>
    <message>
        <source>A new adviser computer pins the coordinator's key from this card (or from the first reference file). Tell advisers this fingerprint:</source>
        <translation>Uusi neuvojan tietokone ottaa koordinaattorin avaimen käyttöön tästä kortista (tai ensimmäisestä viitetiedostosta). Kerro neuvojille tämä sormenjälki:</translation>
    </message>
    <message>
        <source>Export the &amp;coordinator card…</source>
        <translation>Vie &amp;koordinaattorikortti…</translation>
    </message>
    <message>
        <source>Last exported: version %1</source>
        <translation>Viimeksi viety: versio %1</translation>
    </message>
    <message>
        <source>No reference file exported yet.</source>
        <translation>Viitetiedostoa ei ole vielä viety.</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>file name</comment>
        <translation>viitetiedosto</translation>
    </message>
    <message>
        <source>Save the reference file</source>
        <translation>Tallenna viitetiedosto</translation>
    </message>
    <message>
        <source>Writing the reference file…</source>
        <translation>Kirjoitetaan viitetiedostoa…</translation>
    </message>
    <message>
        <source>Reference file %1 saved as %2. Valid until %3; %4 devices.</source>
        <translation>Viitetiedosto %1 tallennettu: %2. Voimassa %3 asti; %4 laitetta.</translation>
    </message>
    <message>
        <source>Save the coordinator card</source>
        <translation>Tallenna koordinaattorikortti</translation>
    </message>
    <message>
        <source>coordinator-card</source>
        <comment>file name</comment>
        <translation>koordinaattorikortti</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Check this computer's date and time: the times of new records may be wrong.</source>
        <translation>Tarkista tämän tietokoneen päivämäärä ja kellonaika: uusien kirjausten ajat voivat olla väärin.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Weekly statistics of the region</source>
        <translation>Alueen viikkotilastot</translation>
    </message>
    <message>
        <source>Municipality page</source>
        <translation>Kuntakohtainen sivu</translation>
    </message>
    <message>
        <source>Social report (for decision makers)</source>
        <translation>Sosiaalinen raportti (päättäjille)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raportti:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Ajanjakso:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Tallenna raportti nimellä</translation>
    </message>
    <message>
        <source>Municipality facts</source>
        <translation>Kunnan tiedot</translation>
    </message>
    <message>
        <source>Printed on the municipality page. Visitors are never named here.</source>
        <translation>Tulostuvat kuntakohtaiselle sivulle. Kävijöitä ei koskaan nimetä tässä.</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;unta:</translation>
    </message>
    <message>
        <source>Follow-up and &amp;evaluation:</source>
        <translation>Seuranta ja &amp;arviointi:</translation>
    </message>
    <message>
        <source>Agreed sc&amp;hedule:</source>
        <translation>Sovittu a&amp;ikataulu:</translation>
    </message>
    <message>
        <source>Person res&amp;ponsible (HOPPU):</source>
        <translation>&amp;Vastuuhenkilö (HOPPU):</translation>
    </message>
    <message>
        <source>Save the facts</source>
        <translation>Tallenna tiedot</translation>
    </message>
    <message>
        <source>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</source>
        <translation>Kirjoita viikko 2026-W47, kuukausi 2026-11, vuosi 2026 tai väli 2026-10-01..2026-12-31.</translation>
    </message>
    <message>
        <source>weekly-report</source>
        <comment>file name</comment>
        <translation>viikkoraportti</translation>
    </message>
    <message>
        <source>municipality-report</source>
        <comment>file name</comment>
        <translation>kuntaraportti</translation>
    </message>
    <message>
        <source>social-report</source>
        <comment>file name</comment>
        <translation>sosiaalinen-raportti</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Tehdään raporttia…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-työkirja)</translation>
    </message>
    <message>
        <source>CSV for scripts</source>
        <translation>CSV ohjelmille</translation>
    </message>
    <message>
        <source>CSV for Excel (Finnish/Swedish)</source>
        <translation>CSV Exceliin (suomi/ruotsi)</translation>
    </message>
    <message>
        <source>Comma-separated UTF-8 with column keys and point decimals, the same every month: for scripts and other programs.</source>
        <translation>Pilkuin eroteltu UTF-8, sarakkeiden tunnukset ja desimaalipiste, joka kuukausi samanlainen: skripteille ja muille ohjelmille.</translation>
    </message>
    <message>
        <source>Opens in Finnish or Swedish Excel by a double click: semicolons, decimal comma, headings in the report's language.</source>
        <translation>Aukeaa suomen- tai ruotsinkieliseen Exceliin kaksoisnapsautuksella: puolipisteet, desimaalipilkku, otsikot raportin kielellä.</translation>
    </message>
    <message>
        <source>An ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4 or a year 2026; a range 2026-10-01..2026-12-31 only for an internal report</source>
        <translation>ISO-viikko 2026-W47, kuukausi 2026-11, vuosineljännes 2026-Q4 tai vuosi 2026; väli 2026-10-01..2026-12-31 vain sisäiseen raporttiin</translation>
    </message>
    <message>
        <source>Internal: exact numbers, any period (marked INTERNAL on every page)</source>
        <translation>Sisäinen: tarkat luvut, mikä tahansa ajanjakso (jokaisella sivulla merkintä SISÄINEN)</translation>
    </message>
    <message>
        <source>An outgoing report covers a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range is only for an internal report.</source>
        <translation>Ulos lähtevä raportti kattaa viikon, kuukauden, vuosineljänneksen tai vuoden (2026-W47, 2026-11, 2026-Q4, 2026). Päiväväli vain sisäiseen raporttiin.</translation>
    </message>
</context>
<context>
    <name>SendWeek</name>
    <message>
        <source>desk session</source>
        <translation>päivystys</translation>
    </message>
    <message>
        <source>desk sessions</source>
        <translation>päivystystä</translation>
    </message>
    <message>
        <source>encounter</source>
        <translation>kohtaaminen</translation>
    </message>
    <message>
        <source>encounters</source>
        <translation>kohtaamista</translation>
    </message>
    <message>
        <source>form-filling help</source>
        <translation>lomakeapu</translation>
    </message>
    <message>
        <source>form-filling helps</source>
        <translation>lomakeapua</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>kysely</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>kyselyä</translation>
    </message>
    <message>
        <source>group session</source>
        <translation>ryhmätoiminta</translation>
    </message>
    <message>
        <source>group sessions</source>
        <translation>ryhmätoimintaa</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>havainto</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>havaintoa</translation>
    </message>
</context>
<context>
    <name>SendWeekPage</name>
    <message>
        <source>Send the week</source>
        <translation>Lähetä viikko</translation>
    </message>
    <message>
        <source>Next bundle</source>
        <translation>Seuraava nippu</translation>
    </message>
    <message>
        <source>&amp;Send the week…</source>
        <translation>&amp;Lähetä viikko…</translation>
    </message>
    <message>
        <source>Bundles sent earlier</source>
        <translation>Aiemmin lähetetyt niput</translation>
    </message>
    <message>
        <source>A bundle is confirmed when the coordinator's file says it arrived. If a stick was lost, send the bundle again.</source>
        <translation>Nippu on vahvistettu, kun koordinaattorin tiedosto kertoo sen tulleen perille. Jos muistitikku katosi, lähetä nippu uudelleen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Arrived?</source>
        <translation>Perillä?</translation>
    </message>
    <message>
        <source>Send the chosen &amp;again…</source>
        <translation>Lähetä valitut &amp;uudelleen…</translation>
    </message>
    <message>
        <source>Send the chosen bundles again</source>
        <translation>Lähetä valitut niput uudelleen</translation>
    </message>
    <message>
        <source>Send all &amp;unconfirmed again…</source>
        <translation>Lähetä kaikki &amp;vahvistamattomat uudelleen…</translation>
    </message>
    <message>
        <source>Send all unconfirmed bundles again</source>
        <translation>Lähetä kaikki vahvistamattomat niput uudelleen</translation>
    </message>
    <message>
        <source>The next bundle holds: %1.</source>
        <translation>Seuraavassa nipussa on: %1.</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle. You can still send one: it tells the coordinator you had no visitors.</source>
        <translation>Ei mitään uutta edellisen nipun jälkeen. Voit silti lähettää nipun: se kertoo koordinaattorille, ettei kävijöitä ollut.</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Kyllä, vahvistettu</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Hylätty: %1</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Ei kirjoitettu</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ei vielä vahvistettu</translation>
    </message>
    <message>
        <source>No reply from the coordinator yet</source>
        <translation>Koordinaattorilta ei vielä vastausta</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ei mitään uutta</translation>
    </message>
    <message>
        <source>This computer does not know the coordinator's key yet: import the coordinator's file below first (ask the coordinator for it).</source>
        <translation>Tämä tietokone ei vielä tunne koordinaattorin avainta: tuo ensin koordinaattorin tiedosto alla (pyydä sitä koordinaattorilta).</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Kirjoitetaan nippua…</translation>
    </message>
    <message>
        <source>Bundle %1 is saved as %2. Take the stick to the coordinator, or attach the file to an e-mail to the coordinator. It is encrypted: only the coordinator can open it.</source>
        <translation>Nippu %1 on tallennettu: %2. Vie muistitikku koordinaattorille tai liitä tiedosto sähköpostiin koordinaattorille. Se on salattu: vain koordinaattori voi avata sen.</translation>
    </message>
    <message>
        <source>Bundle %1 saved.</source>
        <translation>Nippu %1 tallennettu.</translation>
    </message>
    <message>
        <source>Choose the bundles to send again in the list first.</source>
        <translation>Valitse ensin luettelosta uudelleen lähetettävät niput.</translation>
    </message>
    <message>
        <source>Writing the bundles again…</source>
        <translation>Kirjoitetaan nippuja uudelleen…</translation>
    </message>
    <message>
        <source>Bundles %1 were written again into %2.</source>
        <translation>Niput %1 kirjoitettiin uudelleen kansioon %2.</translation>
    </message>
    <message>
        <source>Not delivered: the next “Send the week” writes it too</source>
        <translation>Ei perillä: seuraava ”Lähetä viikko” kirjoittaa myös sen</translation>
    </message>
    <message>
        <source>Bundles %1 had not reached their place earlier: they were written there now too.</source>
        <translation>Paketit %1 eivät olleet aiemmin menneet perille: ne kirjoitettiin nyt myös sinne.</translation>
    </message>
    <message>
        <source>Change the send &amp;folder…</source>
        <translation>Vaihda lähetys&amp;kansio…</translation>
    </message>
    <message>
        <source>Change the send folder</source>
        <translation>Vaihda lähetyskansio</translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n poistettu kirjaus</numerusform>
            <numerusform>%n poistettua kirjausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Send folder: not chosen yet. The first Send asks for it (a USB stick, or a folder that Teams or OneDrive syncs) and remembers it.</source>
        <translation>Lähetyskansio: ei ole vielä valittu. Ensimmäinen lähetys kysyy sen (USB-tikku tai kansio, jonka Teams tai OneDrive synkronoi) ja muistaa sen.</translation>
    </message>
    <message>
        <source>Send folder: %1</source>
        <translation>Lähetyskansio: %1</translation>
    </message>
    <message>
        <source>Send folder: %1 is not there now. Plug in the USB stick, or change the folder.</source>
        <translation>Lähetyskansio: %1 ei ole nyt saatavilla. Kytke USB-tikku tai vaihda kansio.</translation>
    </message>
    <message>
        <source>Choose the USB stick or a folder to send the file from</source>
        <translation>Valitse USB-tikku tai kansio, josta tiedosto lähetetään</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>The desk is closed.</source>
        <translation>Päivystys on suljettu.</translation>
    </message>
    <message>
        <source>Open the desk…</source>
        <translation>Avaa päivystys…</translation>
    </message>
    <message numerus="yes">
        <source>Desk open since %1 · %n visitor(s)</source>
        <translation>
            <numerusform>Päivystys auki klo %1 alkaen · %n kävijä</numerusform>
            <numerusform>Päivystys auki klo %1 alkaen · %n kävijää</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Sulje päivystys</translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Avaa päivystys</translation>
    </message>
    <message>
        <source>These words may name a person: %1. Partners are recorded as organisations, never by a person's name.</source>
        <translation>Nämä sanat voivat olla henkilön nimi: %1. Kumppanit kirjataan organisaatioina, ei koskaan henkilön nimellä.</translation>
    </message>
    <message>
        <source>It is an organisation: open the desk</source>
        <translation>Se on organisaatio: avaa päivystys</translation>
    </message>
    <message>
        <source>Close the desk?</source>
        <translation>Suljetaanko päivystys?</translation>
    </message>
    <message numerus="yes">
        <source>Close the desk session at %1? It has %n visitor(s); after closing, new visits no longer join it.</source>
        <translation>
            <numerusform>Suljetaanko päivystys: %1? Siinä on %n kävijä; sulkemisen jälkeen uudet käynnit eivät enää liity siihen.</numerusform>
            <numerusform>Suljetaanko päivystys: %1? Siinä on %n kävijää; sulkemisen jälkeen uudet käynnit eivät enää liity siihen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Pidä auki</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Save code and sites</source>
        <translation>Tallenna tunnus ja toimipaikat</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Hi&amp;gh contrast (black text on white)</source>
        <translation>Suuri ko&amp;ntrasti (musta teksti valkoisella)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to Yhteisöneuvonta</source>
        <translation>Tervetuloa Yhteisöneuvontaan</translation>
    </message>
    <message>
        <source>Before you start, tell the program who uses it. You can change the language, your code and your sites later in Settings.</source>
        <translation>Kerro ennen aloittamista, kuka ohjelmaa käyttää. Voit muuttaa kielen, tunnuksesi ja toimipaikkasi myöhemmin Asetuksissa.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>Kuka käyttää tätä tietokonetta?</translation>
    </message>
    <message>
        <source>&amp;Adviser at a desk</source>
        <translation>&amp;Yhteisöneuvoja päivystyksessä</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translation>Koo&amp;rdinaattori</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Choose a passphrase that protects the unit's keys. It cannot be recovered: write it down somewhere safe.</source>
        <translation>Valitse tunnuslause, joka suojaa yksikön avaimet. Sitä ei voi palauttaa: kirjoita se muistiin turvalliseen paikkaan.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Tunnuslause &amp;uudelleen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Coordinator's &amp;card (optional)…</source>
        <translation>Koordinaattorin &amp;kortti (vapaaehtoinen)…</translation>
    </message>
    <message>
        <source>You can also take it later on the Send the week page.</source>
        <translation>Voit ottaa sen myös myöhemmin Lähetä viikko -sivulla.</translation>
    </message>
    <message>
        <source>Trusted after setup: %1</source>
        <translation>Luotetaan käyttöönoton jälkeen: %1</translation>
    </message>
    <message>
        <source>Choose the coordinator's card or file</source>
        <translation>Valitse koordinaattorin kortti tai tiedosto</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Käytä vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Tunnuslauseet eroavat toisistaan. Kirjoita ne uudelleen.</translation>
    </message>
</context>
<context>
    <name>ShiftEndDialog</name>
    <message>
        <source>The desk is closed</source>
        <translation>Päivystys on suljettu</translation>
    </message>
    <message numerus="yes">
        <source>The desk is closed: %1, %2–%3, %n visitor(s). Print the summary of the shift now? It holds no visitor details.</source>
        <translation>
            <numerusform>Päivystys on suljettu: %1, %2–%3, %n kävijä. Tulostetaanko vuoron yhteenveto nyt? Siinä ei ole kävijöiden tietoja.</numerusform>
            <numerusform>Päivystys on suljettu: %1, %2–%3, %n kävijää. Tulostetaanko vuoron yhteenveto nyt? Siinä ei ole kävijöiden tietoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF:ksi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <source>Search by place or municipality</source>
        <translation>Hae paikan tai kunnan nimellä</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Hae toimipaikkoja</translation>
    </message>
    <message>
        <source>Home sites</source>
        <translation>Omat toimipaikat</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <source>Part, e.g. children</source>
        <translation>Osa, esim. lapset</translation>
    </message>
    <message>
        <source>Part %1 name</source>
        <translation>Osan %1 nimi</translation>
    </message>
    <message>
        <source>Part %1 count</source>
        <translation>Osan %1 määrä</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Ajanjakso:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Toimipiste:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Neuvoja:</translation>
    </message>
    <message>
        <source>An ISO week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31</source>
        <translation>ISO-viikko 2026-W47, kuukausi 2026-11, vuosi 2026 tai väli 2026-10-01..2026-12-31</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tämä viikko</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Kaikki neuvojat</translation>
    </message>
    <message>
        <source>Internal view: small numbers not hidden</source>
        <translation>Sisäinen näkymä: pieniä lukuja ei piiloteta</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>Näytä tilastot</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Taulukot</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>INTERNAL VIEW — small numbers are shown. Do not pass these figures on.</source>
        <translation>SISÄINEN NÄKYMÄ — pienet luvut näytetään. Älä välitä näitä lukuja eteenpäin.</translation>
    </message>
    <message>
        <source>Write a week 2026-W47, a month 2026-11, a year 2026 or a range 2026-10-01..2026-12-31.</source>
        <translation>Kirjoita viikko 2026-W47, kuukausi 2026-11, vuosi 2026 tai väli 2026-10-01..2026-12-31.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <source>As in outgoing reports: every count is slightly perturbed (cell key method), numbers 1–4 never show as they are, and totals may not add up. Calendar periods only.</source>
        <translation>Kuten lähtevissä raporteissa: jokaista lukua on hieman satunnaistettu (solun avain -menetelmä), lukuja 1–4 ei näytetä todellisina, eivätkä summat välttämättä täsmää. Vain kalenterijaksot.</translation>
    </message>
    <message>
        <source>Outgoing figures only for a week, month, quarter or year (2026-W47, 2026-11, 2026-Q4, 2026). A day range needs the internal view.</source>
        <translation>Ulos lähtevät luvut vain viikolle, kuukaudelle, vuosineljännekselle tai vuodelle (2026-W47, 2026-11, 2026-Q4, 2026). Päiväväli vaatii sisäisen näkymän.</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <source>Status board</source>
        <translation>Tilannetaulu</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Neuvoja</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Viimeisin nippu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>Details of the chosen device</source>
        <translation>Valitun laitteen tiedot</translation>
    </message>
    <message>
        <source>Enrol from an &amp;enrolment file…</source>
        <translation>Rekisteröi &amp;rekisteröintitiedostosta…</translation>
    </message>
    <message>
        <source>Enrol the &amp;chosen device…</source>
        <translation>Rekisteröi &amp;valittu laite…</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen device…</source>
        <translation>&amp;Peru valitun laitteen oikeus…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 päivää sitten</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>eilen</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Ei rekisteröity</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Oikeus peruttu %1</translation>
    </message>
    <message>
        <source>Nothing received yet</source>
        <translation>Ei vielä mitään saapunut</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled</source>
        <translation>
            <numerusform>%n laite rekisteröity</numerusform>
            <numerusform>%n laitetta rekisteröity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late or silent</source>
        <translation>
            <numerusform>%n myöhässä tai hiljaa</numerusform>
            <numerusform>%n myöhässä tai hiljaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) missing</source>
        <translation>
            <numerusform>%n nippu puuttuu</numerusform>
            <numerusform>%n nippua puuttuu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s)</source>
        <translation>
            <numerusform>%n hylätty tiedosto</numerusform>
            <numerusform>%n hylättyä tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) sent bundles</source>
        <translation>
            <numerusform>%n tuntematon laite lähetti nippuja</numerusform>
            <numerusform>%n tuntematonta laitetta lähetti nippuja</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · device %2 · fingerprint %3</source>
        <translation>%1 · laite %2 · sormenjälki %3</translation>
    </message>
    <message>
        <source>Last imported %1</source>
        <translation>Viimeksi tuotu %1</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 is missing</source>
        <translation>Nippu %1 / %2 puuttuu</translation>
    </message>
    <message>
        <source>Refused files from no known device:</source>
        <translation>Hylätyt tiedostot, joiden laitetta ei tunneta:</translation>
    </message>
    <message>
        <source>Refused %1 (%2): %3</source>
        <translation>Hylätty %1 (%2): %3</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Säilytetään: %1</translation>
    </message>
    <message>
        <source>Choose the adviser's enrolment file</source>
        <translation>Valitse neuvojan rekisteröintitiedosto</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Vertaa sormenjälkeä</translation>
    </message>
    <message>
        <source>The fingerprint the adviser read out to you (leave empty to skip the check):</source>
        <translation>Sormenjälki, jonka neuvoja luki sinulle (jätä tyhjäksi, jos et tarkista):</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>%1 rekisteröity.</translation>
    </message>
    <message>
        <source>Enrol the device %1 with the fingerprint

%2

Compare it with the fingerprint shown on the adviser's computer first.</source>
        <translation>Rekisteröidäänkö laite %1, jonka sormenjälki on

%2

Vertaa sitä ensin neuvojan tietokoneella näkyvään sormenjälkeen.</translation>
    </message>
    <message>
        <source>Enrol the device?</source>
        <translation>Rekisteröidäänkö laite?</translation>
    </message>
    <message>
        <source>Enrolled %1. Import its refused bundles again.</source>
        <translation>%1 rekisteröity. Tuo sen hylätyt niput uudelleen.</translation>
    </message>
    <message>
        <source>Revoke %1? Its later bundles will be refused; what arrived earlier is kept.</source>
        <translation>Perutaanko laitteen %1 oikeus? Sen myöhemmät niput hylätään; aiemmin saapunut säilyy.</translation>
    </message>
    <message>
        <source>Revoke the device?</source>
        <translation>Perutaanko laitteen oikeus?</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Oikeus peruttu.</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <source>Clock ahead</source>
        <translation>Kello edellä</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: two different bundles with this number (fork). Two computers may be sending as %2 (a copied laptop?): find out which one is %2's, revoke this device and enrol each computer on its own.</source>
        <translation>Nippu %1 / %2: kaksi eri nippua samalla numerolla (haara). Kaksi tietokonetta saattaa lähettää nippuja nimellä %2 (kopioitu kannettava?): selvitä, kumpi on %2:n kone, peru tämän laitteen rekisteröinti ja rekisteröi kumpikin tietokone erikseen.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 arrived again with other content after later bundles (rollback): %2's computer went back to an older backup. Ask the adviser to check what was recorded since and send it again.</source>
        <translation>Nippu %1 / %2 saapui uudelleen eri sisällöllä myöhempien nippujen jälkeen (palautus): %2:n tietokone palasi vanhempaan varmuuskopioon. Pyydä neuvojaa tarkistamaan sen jälkeen kirjatut tiedot ja lähettämään ne uudelleen.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 does not follow the bundle before it (the chain is broken). Ask the adviser whether the program was reinstalled or restored from a backup.</source>
        <translation>Nippu %1 / %2 ei jatka edellistä nippua (ketju on katkennut). Kysy neuvojalta, onko ohjelma asennettu uudelleen tai palautettu varmuuskopiosta.</translation>
    </message>
    <message>
        <source>%1 records of %2 arrived in two versions with the same number; the version not applied is kept for review in %3.</source>
        <translation>%1 kirjausta (%2) saapui kahtena versiona samalla numerolla; käyttämättä jäänyt versio on tallessa tarkistettavaksi kansiossa %3.</translation>
    </message>
    <message>
        <source>The clock of %1's computer is about %2 days ahead. Ask the adviser to correct its date and time; this computer's clock is not affected.</source>
        <translation>Neuvojan %1 tietokoneen kello on noin %2 päivää edellä. Pyydä neuvojaa korjaamaan koneen päivämäärä ja kellonaika; tämän tietokoneen kelloon asia ei vaikuta.</translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message>
        <source>Session summaries</source>
        <translation>Yhteenvedot</translation>
    </message>
    <message>
        <source>Print the summary of a desk session at the end of the shift, or of a group session. It holds no visitor details.</source>
        <translation>Tulosta päivystyksen yhteenveto vuoron lopussa tai ryhmätoiminnan yhteenveto. Siinä ei ole kävijöiden tietoja.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>Desk sessions</source>
        <translation>Päivystykset</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Ryhmätoiminnat</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Tilaisuuden laji</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tilaisuudet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF:ksi…</translation>
    </message>
    <message>
        <source>No desk sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</source>
        <translation>Päivystyksiä ei ole vielä. Ne tulevat neuvojien viikkonipuissa (Nippujen tuonti).</translation>
    </message>
    <message>
        <source>No group sessions yet. They arrive with the advisers' weekly bundles (Import bundles).</source>
        <translation>Ryhmätoimintoja ei ole vielä. Ne tulevat neuvojien viikkonipuissa (Nippujen tuonti).</translation>
    </message>
    <message>
        <source>No desk sessions yet. Open the desk with "Open the desk…" at the top of the Quick log page when your shift starts; its summary is printed here at the end.</source>
        <translation>Päivystyksiä ei ole vielä. Kun vuorosi alkaa, avaa päivystys Pikakirjaus-sivun yläreunan painikkeella "Avaa päivystys…". Vuoron lopussa tulostat sen yhteenvedon tästä.</translation>
    </message>
    <message>
        <source>No group sessions yet. Log one on the Group session page; its summary is printed here.</source>
        <translation>Ryhmätoimintoja ei ole vielä. Kirjaa ryhmätoiminta Ryhmätoiminta-sivulla. Sen yhteenveto tulostetaan tästä.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>auki</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <source>Choose a session first.</source>
        <translation>Valitse ensin tilaisuus.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>yhteenveto</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Tallenna yhteenveto PDF:ksi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Tehdään yhteenvetoa…</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Ei tulostettu.</translation>
    </message>
    <message>
        <source>Printed %1 page(s).</source>
        <translation>Tulostettu %1 sivu(a).</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>TakeHomeMaker</name>
    <message>
        <source>Take-home sheet</source>
        <translation>Kotiin vietävä paperi</translation>
    </message>
    <message>
        <source>In which language does the visitor want the sheet?</source>
        <translation>Millä kielellä kävijä haluaa paperin?</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>Valitse ensin käynti.</translation>
    </message>
    <message>
        <source>visitor-note</source>
        <translation>muistilappu</translation>
    </message>
    <message>
        <source>Save the note for the visitor as PDF</source>
        <translation>Tallenna kävijän muistilappu PDF:ksi</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>ThisComputerBox</name>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>The coordinator enrols this computer once, from the enrolment file. Read this fingerprint to the coordinator, who compares it:</source>
        <translation>Koordinaattori rekisteröi tämän tietokoneen kerran rekisteröintitiedostosta. Lue tämä sormenjälki koordinaattorille, joka vertaa sitä:</translation>
    </message>
    <message>
        <source>Export &amp;enrolment file…</source>
        <translation>Vie &amp;rekisteröintitiedosto…</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>file name</comment>
        <translation>rekisteröinti</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Tallenna rekisteröintitiedosto</translation>
    </message>
    <message>
        <source>Saved as %1. Give it to the coordinator.</source>
        <translation>Tallennettu: %1. Anna se koordinaattorille.</translation>
    </message>
</context>
</TS>