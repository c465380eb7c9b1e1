<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved form? The program was closed before it was saved.</source>
        <translation>Palauta tallentamaton lomake? Ohjelma suljettiin ennen kuin lomake tallennettiin.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
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
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 kirjausta</translation>
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
        <source>Undo deleting</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>Undo restoring</source>
        <translation>Kumoa palautus</translation>
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
        <source>Answers:</source>
        <translation>Vastaukset:</translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>pankkitilin numero (IBAN)</translation>
    </message>
    <message>
        <source>%1 (characters %2–%3)</source>
        <translation>%1 (merkit %2–%3)</translation>
    </message>
    <message>
        <source>Contains %1. Remove it: visitors are never identified.</source>
        <translation>Tekstissä on %1. Poista se: kävijöitä ei koskaan tunnisteta.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Valitse vähintään yksi.</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>Valitse paikka.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Pitää olla vähintään %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Saa olla enintään %1.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Pitää olla kokonaisluku.</translation>
    </message>
    <message>
        <source>Must be after the start.</source>
        <translation>Pitää olla alun jälkeen.</translation>
    </message>
    <message>
        <source>The same value is chosen twice.</source>
        <translation>Sama arvo on valittu kahdesti.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Liian pitkä: %1 merkkiä, enintään %2.</translation>
    </message>
    <message>
        <source>Say which professional was consulted or worked in pair.</source>
        <translation>Kerro, mitä ammattilaista konsultoitiin tai kenen kanssa tehtiin työparina.</translation>
    </message>
    <message>
        <source>The parts add up to %1, more than the total %2.</source>
        <translation>Osat ovat yhteensä %1, enemmän kuin kokonaismäärä %2.</translation>
    </message>
    <message>
        <source>Proposals are recorded for house meetings and community councils only.</source>
        <translation>Ehdotukset kirjataan vain talokokouksista ja yhteisöraadeista.</translation>
    </message>
    <message>
        <source>Answer at least one item.</source>
        <translation>Vastaa vähintään yhteen kohtaan.</translation>
    </message>
    <message>
        <source>Use a pseudonym of 2–20 letters, digits, - or _ (never your name).</source>
        <translation>Käytä 2–20 merkin nimimerkkiä: kirjaimia, numeroita, - tai _ (ei koskaan omaa nimeäsi).</translation>
    </message>
    <message>
        <source>Choose at least one home site.</source>
        <translation>Valitse vähintään yksi oma toimipaikka.</translation>
    </message>
    <message>
        <source>A desk session is already open at this site. Close it first.</source>
        <translation>Tässä paikassa on jo päivystys auki. Sulje se ensin.</translation>
    </message>
    <message>
        <source>Records made on another device cannot be edited here.</source>
        <translation>Toisella laitteella tehtyjä kirjauksia ei voi muokata tässä.</translation>
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
        <translation>%1 henkeä</translation>
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
        <source>Undo saving</source>
        <translation>Kumoa tallennus</translation>
    </message>
    <message>
        <source>Saved: %1, %2 min.</source>
        <translation>Tallennettu: %1, %2 min.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Kumottu.</translation>
    </message>
    <message>
        <source>Undo deleting</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>Deleted. Press Undo to bring it back.</source>
        <translation>Poistettu. Kumoa palauttaa sen.</translation>
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
    <message>
        <source>Desk open since %1 · %2 visitors</source>
        <translation>Päivystys auki klo %1 alkaen · %2 kävijää</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Sulje päivystys</translation>
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
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
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
        <source>&amp;Home sites:</source>
        <translation>&amp;Omat toimipaikat:</translation>
    </message>
    <message>
        <source>Save code and sites</source>
        <translation>Tallenna tunnus ja toimipaikat</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
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
        <source>Language</source>
        <translation>Kieli</translation>
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
        <source>Use at least %1 characters.</source>
        <translation>Käytä vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Tunnuslauseet eroavat toisistaan. Kirjoita ne uudelleen.</translation>
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
</TS>