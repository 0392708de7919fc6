<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Plans the cheapest or fastest pathway of stackable micro-credentials from the skills a learner holds to the role or degree they aim for.</source>
        <translation>Plant den günstigsten oder schnellsten Lernpfad aus stapelbaren Micro-Credentials – von den Kompetenzen, die jemand mitbringt, bis zum angestrebten Beruf oder Studienabschluss.</translation>
    </message>
    <message>
        <source>Working with %1.</source>
        <translation>Arbeitet mit %1.</translation>
    </message>
    <message>
        <source>Cairn is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Cairn ist freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>This product uses the &lt;a href="https://esco.ec.europa.eu"&gt;ESCO&lt;/a&gt; classification of the European Commission, under the &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt; licence. The ESCO data has been selected and modified.</source>
        <translation>Dieses Produkt verwendet die &lt;a href="https://esco.ec.europa.eu"&gt;ESCO&lt;/a&gt;-Klassifikation der Europäischen Kommission unter der Lizenz &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt;. Die ESCO-Daten wurden ausgewählt und verändert.</translation>
    </message>
    <message>
        <source>This product includes information from the &lt;a href="https://www.onetcenter.org"&gt;O*NET 30 Database&lt;/a&gt; by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt; license. O*NET® is a trademark of USDOL/ETA. The data has been selected and modified.</source>
        <translation>Dieses Produkt enthält Informationen aus der &lt;a href="https://www.onetcenter.org"&gt;O*NET 30 Database&lt;/a&gt; des U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), verwendet unter der Lizenz &lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt;. O*NET® ist eine Marke von USDOL/ETA. Die Daten wurden ausgewählt und verändert.</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search credentials, providers, skills…</source>
        <translation>Zertifikate, Anbieter, Kompetenzen suchen…</translation>
    </message>
    <message>
        <source>Only credentials that grant this skill</source>
        <translation>Nur Zertifikate, die diese Kompetenz vermitteln</translation>
    </message>
    <message>
        <source>Only credentials from this provider</source>
        <translation>Nur Zertifikate dieses Anbieters</translation>
    </message>
    <message>
        <source>Only credentials with this status</source>
        <translation>Nur Zertifikate mit diesem Status</translation>
    </message>
    <message>
        <source>Self-paced or cohort</source>
        <translation>Freies Tempo oder Kohorte</translation>
    </message>
    <message>
        <source>Only credentials costing at most this much</source>
        <translation>Nur Zertifikate, die höchstens so viel kosten</translation>
    </message>
    <message>
        <source>Any cost</source>
        <translation>Alle Kosten</translation>
    </message>
    <message>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <source>Only credentials taking at most this many hours</source>
        <translation>Nur Zertifikate mit höchstens so vielen Stunden</translation>
    </message>
    <message>
        <source>Any hours</source>
        <translation>Alle Stunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Select a credential to see its details.</source>
        <translation>Wählen Sie ein Zertifikat, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Mark the selected credential completed (Ctrl+M)</source>
        <translation>Das gewählte Zertifikat als abgeschlossen markieren (Strg+M)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Keep the selected credential in every plan (Ctrl+P)</source>
        <translation>Das gewählte Zertifikat in jeden Plan aufnehmen (Strg+P)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Keep the selected credential out of every plan (Ctrl+E)</source>
        <translation>Das gewählte Zertifikat aus jedem Plan heraushalten (Strg+E)</translation>
    </message>
</context>
<context>
    <name>CredentialDetails</name>
    <message>
        <source>Only through an offer</source>
        <translation>Nur über ein Angebot</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also sold through</source>
        <translation>Auch erhältlich über</translation>
    </message>
    <message>
        <source>Sold through</source>
        <translation>Erhältlich über</translation>
    </message>
    <message>
        <source>, pinned into the plan</source>
        <translation>, im Plan festgelegt</translation>
    </message>
    <message>
        <source>, excluded from plans</source>
        <translation>, von Plänen ausgeschlossen</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Es fehlt noch:</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %n weeks</source>
        <translation><numerusform>Kohorte von %n Woche</numerusform><numerusform>Kohorte von %n Wochen</numerusform></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>No start dates announced</source>
        <translation>Keine Starttermine angekündigt</translation>
    </message>
    <message>
        <source>Self-paced: start any day</source>
        <translation>Freies Tempo: Beginn jederzeit</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>No skills</source>
        <translation>Keine Kompetenzen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>%1 toward %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Anrechnung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>In the plan:</source>
        <translation>Im Plan:</translation>
    </message>
    <message>
        <source>Figures from %1, read %2</source>
        <translation>Angaben von %1, abgerufen am %2</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Credential</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>lower-case-words, unique in the catalog</source>
        <translation>kleingeschriebene-wörter, eindeutig im Katalog</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>&amp;Webseite</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;Hours of effort</source>
        <translation>Stunden A&amp;ufwand</translation>
    </message>
    <message>
        <source>P&amp;ace</source>
        <translation>T&amp;empo</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Cohort &amp;starts</source>
        <translation>Kohortenbe&amp;ginn</translation>
    </message>
    <message>
        <source>2027-01-11, 2027-04-05</source>
        <translation>2027-01-11, 2027-04-05</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Vermittelt</translation>
    </message>
    <message>
        <source>sql@2, data-visualization@1</source>
        <translation>sql@2, data-visualization@1</translation>
    </message>
    <message>
        <source>&amp;Requires</source>
        <translation>Vo&amp;raussetzungen</translation>
    </message>
    <message>
        <source>all(skill:spreadsheets@1, any(cred:intro-statistics, skill:statistics))</source>
        <translation>all(skill:spreadsheets@1, any(cred:intro-statistics, skill:statistics))</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>data, beginner</source>
        <translation>Daten, Einstieg</translation>
    </message>
</context>
<context>
    <name>FileDataSource</name>
    <message>
        <source>bundled sample catalog</source>
        <translation>mitgelieferter Beispielkatalog</translation>
    </message>
    <message>
        <source>bundled career catalog</source>
        <translation>mitgelieferter Berufskatalog</translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation>Unbenannter Klient</translation>
    </message>
    <message>
        <source>There is no client "%1".</source>
        <translation>Es gibt keinen Klienten „%1“.</translation>
    </message>
    <message>
        <source>%1 names skills, credentials or a goal that this catalog does not have, so it was not overwritten; use File → Save profile as… to keep the edits.</source>
        <translation>%1 nennt Kompetenzen, Zertifikate oder ein Ziel, die dieser Katalog nicht enthält, und wurde deshalb nicht überschrieben; sichern Sie die Änderungen mit Datei → Profil speichern unter….</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>Z&amp;iel</translation>
    </message>
    <message>
        <source>&amp;Optimise for</source>
        <translation>&amp;Optimieren nach</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Bud&amp;get</translation>
    </message>
    <message>
        <source>Limit what the plan may cost</source>
        <translation>Begrenzt, was der Plan kosten darf</translation>
    </message>
    <message>
        <source>Hours a &amp;week</source>
        <translation>Stunden pro &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>B&amp;eginn</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>Finish by this date</source>
        <translation>Bis zu diesem Datum fertig werden</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Einen Klienten anlegen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Years to hold</source>
        <translation>Jahre zu halten</translation>
    </message>
    <message>
        <source>Years the cost to hold counts each credential&apos;s renewal fees for</source>
        <translation>Jahre, für die die Haltekosten die Verlängerungsgebühren jedes Zertifikats zählen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect to team &amp;workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>Work in a team&apos;s shared workspace on a PostgreSQL server, or back in your own</source>
        <translation>Im gemeinsamen Arbeitsbereich eines Teams auf einem PostgreSQL-Server arbeiten oder wieder im eigenen</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Klient…</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Einen Klienten anlegen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open &amp;catalog…</source>
        <translation>&amp;Katalog öffnen…</translation>
    </message>
    <message>
        <source>Plan with a catalog file</source>
        <translation>Mit einer Katalogdatei planen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open &amp;profile…</source>
        <translation>&amp;Profil öffnen…</translation>
    </message>
    <message>
        <source>Add a client from a profile file</source>
        <translation>Einen Klienten aus einer Profildatei hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save profile as…</source>
        <translation>Profil &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Write the client's profile to a file</source>
        <translation>Das Profil des Klienten in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export catalog…</source>
        <translation>Katalog &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the catalog, with your edits, to a file</source>
        <translation>Den Katalog mit Ihren Änderungen in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find credential</source>
        <translation>Zertifikat &amp;suchen</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Im Katalog suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Choose &amp;goal</source>
        <translation>&amp;Ziel wählen</translation>
    </message>
    <message>
        <source>Search the goals</source>
        <translation>Die Ziele durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <source>Plan now with the current settings</source>
        <translation>Jetzt mit den aktuellen Einstellungen planen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Stop planning</source>
        <translation>Planung an&amp;halten</translation>
    </message>
    <message>
        <source>Stop the planner and keep its best plan so far</source>
        <translation>Die Planung anhalten und den bisher besten Plan behalten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Abgeschlossen</translation>
    </message>
    <message>
        <source>Mark the selected credential completed</source>
        <translation>Das gewählte Zertifikat als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Pin into plan</source>
        <translation>Im Plan &amp;festlegen</translation>
    </message>
    <message>
        <source>Keep the selected credential in every plan</source>
        <translation>Das gewählte Zertifikat in jeden Plan aufnehmen</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Exclude from plan</source>
        <translation>Vom Plan a&amp;usschließen</translation>
    </message>
    <message>
        <source>Keep the selected credential out of every plan</source>
        <translation>Das gewählte Zertifikat aus jedem Plan heraushalten</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Fit pathway</source>
        <translation>Ganzen Lernpfad &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the whole pathway</source>
        <translation>Den ganzen Lernpfad zeigen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Pat&amp;hway</source>
        <translation>&amp;Lernpfad</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zeit&amp;plan</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Add credential…</source>
        <translation>Zertifikat &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a credential to the catalog</source>
        <translation>Ein Zertifikat in den Katalog aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Edit credential…</source>
        <translation>Zertifikat &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected credential</source>
        <translation>Das gewählte Zertifikat bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete credential</source>
        <translation>Zertifikat &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected credential from the catalog</source>
        <translation>Das gewählte Zertifikat aus dem Katalog löschen</translation>
    </message>
    <message>
        <source>Add &amp;skill…</source>
        <translation>&amp;Kompetenz hinzufügen…</translation>
    </message>
    <message>
        <source>Add a skill to the catalog</source>
        <translation>Eine Kompetenz in den Katalog aufnehmen</translation>
    </message>
    <message>
        <source>Edit s&amp;kill…</source>
        <translation>Kompetenz be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Edit a skill of the catalog</source>
        <translation>Eine Kompetenz des Katalogs bearbeiten</translation>
    </message>
    <message>
        <source>Delete s&amp;kill…</source>
        <translation>Kompetenz lö&amp;schen…</translation>
    </message>
    <message>
        <source>Delete a skill no credential or goal uses</source>
        <translation>Eine Kompetenz löschen, die kein Zertifikat und kein Ziel verwendet</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Bericht expo&amp;rtieren (PDF)…</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report for the client</source>
        <translation>Den Plan als PDF-Bericht für den Klienten schreiben</translation>
    </message>
    <message>
        <source>Export CTDL pa&amp;thway…</source>
        <translation>CTDL-&amp;Lernpfad exportieren…</translation>
    </message>
    <message>
        <source>Write the goal and the plan as a Credential Engine CTDL pathway (JSON-LD)</source>
        <translation>Das Ziel und den Plan als CTDL-Lernpfad von Credential Engine schreiben (JSON-LD)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;Über Cairn</translation>
    </message>
    <message>
        <source>Import &amp;badges…</source>
        <translation>Badges &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the credentials of Open Badges and CLR files to the client's completed ones</source>
        <translation>Die Zertifikate aus Open-Badges- und CLR-Dateien zu den abgeschlossenen des Klienten hinzufügen</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>profile field %1</source>
        <translation>Profilfeld %1</translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>skill %1</source>
        <translation>Kompetenz %1</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>Programm %1</translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>funding %1</source>
        <translation>Finanzierung %1</translation>
    </message>
    <message>
        <source>occupation %1</source>
        <translation>Beruf %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Kompetenz %1</translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>Programm %1</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>above %1 and at most %2</source>
        <translation>über %1 und höchstens %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The id %1 is used by %2 skills; each skill needs an id of its own.</source>
        <translation>Die ID %1 wird von %2 Kompetenzen verwendet; jede Kompetenz braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>The id %1 is used by %2 credentials; each credential needs an id of its own.</source>
        <translation>Die ID %1 wird von %2 Zertifikaten verwendet; jedes Zertifikat braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>The id %1 is used by %2 programs; each program needs an id of its own.</source>
        <translation>Die ID %1 wird von %2 Programmen verwendet; jedes Programm braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>The id %1 is used by %2 goals; each goal needs an id of its own.</source>
        <translation>Die ID %1 wird von %2 Zielen verwendet; jedes Ziel braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>The id %1 is used by %2 offers; each offer needs an id of its own (id).</source>
        <translation>Die ID %1 wird von %2 Angeboten verwendet; jedes Angebot braucht eine eigene ID (id).</translation>
    </message>
    <message>
        <source>%1 is taught in cohorts but lists no start dates, so it can never be scheduled.</source>
        <translation>%1 wird in Kohorten unterrichtet, nennt aber keine Starttermine und kann daher nie eingeplant werden.</translation>
    </message>
    <message>
        <source>%1 lists its cohort start dates out of order or more than once; they must be ascending.</source>
        <translation>%1 nennt seine Kohortentermine ungeordnet oder mehrfach; sie müssen aufsteigend sein.</translation>
    </message>
    <message>
        <source>%1 grants skill %2, which the catalog does not define.</source>
        <translation>%1 vermittelt die Kompetenz %2, die der Katalog nicht definiert.</translation>
    </message>
    <message>
        <source>%1 grants skill %2 at level %3; levels run from 1 to 5.</source>
        <translation>%1 vermittelt die Kompetenz %2 auf Stufe %3; Stufen reichen von 1 bis 5.</translation>
    </message>
    <message>
        <source>%1 requires itself (%2), so it can never be taken.</source>
        <translation>%1 setzt sich selbst voraus (%2) und kann daher nie belegt werden.</translation>
    </message>
    <message>
        <source>%1 requires %2, but the catalog has no credential with id %3.</source>
        <translation>%1 setzt %2 voraus, aber der Katalog hat kein Zertifikat mit der ID %3.</translation>
    </message>
    <message>
        <source>%1 requires %2, but the catalog has no skill with id %3.</source>
        <translation>%1 setzt %2 voraus, aber der Katalog hat keine Kompetenz mit der ID %3.</translation>
    </message>
    <message>
        <source>%1 requires %2, but skill levels run from 1 to 5.</source>
        <translation>%1 setzt %2 voraus, aber Kompetenzstufen reichen von 1 bis 5.</translation>
    </message>
    <message>
        <source>%1 requires an empty %2 group; a group needs at least one member.</source>
        <translation>%1 setzt eine leere Gruppe %2 voraus; eine Gruppe braucht mindestens ein Element.</translation>
    </message>
    <message>
        <source>%1 requires at least %2 of a group with %3 distinct member; min must be between 1 and %3.</source>
        <translation>%1 setzt mindestens %2 aus einer Gruppe mit %3 verschiedenen Element voraus; min muss zwischen 1 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 requires at least %2 of a group with %3 distinct members; min must be between 1 and %3.</source>
        <translation>%1 setzt mindestens %2 aus einer Gruppe mit %3 verschiedenen Elementen voraus; min muss zwischen 1 und %3 liegen.</translation>
    </message>
    <message>
        <source>Program %1 lists category %2 more than once.</source>
        <translation>Programm %1 nennt die Kategorie %2 mehrfach.</translation>
    </message>
    <message>
        <source>%1 asks for credits but names no program.</source>
        <translation>%1 verlangt Credits, nennt aber kein Programm.</translation>
    </message>
    <message>
        <source>%1 asks for credits toward program %2, which the catalog does not define.</source>
        <translation>%1 verlangt Credits für das Programm %2, das der Katalog nicht definiert.</translation>
    </message>
    <message>
        <source>%1 has a rule for category %2, which program %3 does not have (its categories: %4).</source>
        <translation>%1 hat eine Regel für die Kategorie %2, die das Programm %3 nicht hat (seine Kategorien: %4).</translation>
    </message>
    <message>
        <source>%1 offers credits toward program %2, which the catalog does not define.</source>
        <translation>%1 bietet Credits für das Programm %2, das der Katalog nicht definiert.</translation>
    </message>
    <message>
        <source>%1 offers credits in category %2 of program %3, which is not one of its categories (%4).</source>
        <translation>%1 bietet Credits in der Kategorie %2 des Programms %3, die nicht zu seinen Kategorien gehört (%4).</translation>
    </message>
    <message>
        <source>%1 is neither granted nor required by anything in the catalog.</source>
        <translation>%1 wird von nichts im Katalog vermittelt oder vorausgesetzt.</translation>
    </message>
    <message>
        <source>%1 is a subscription without a billing period; period must be &quot;month&quot; or &quot;year&quot;.</source>
        <translation>%1 ist ein Abonnement ohne Abrechnungszeitraum; period muss &quot;month&quot; oder &quot;year&quot; sein.</translation>
    </message>
    <message>
        <source>%1 is a %2 offer but has a period; only a subscription is billed by the period.</source>
        <translation>%1 ist ein Angebot der Art %2, hat aber einen Zeitraum; nur ein Abonnement wird nach Zeitraum abgerechnet.</translation>
    </message>
    <message>
        <source>%1 has no cost, and no offer covers it, so it cannot be bought (cost).</source>
        <translation>%1 hat keine Kosten, und kein Angebot umfasst es, daher kann es nicht gekauft werden (cost).</translation>
    </message>
    <message>
        <source>%1 covers no credential; covers must name at least one.</source>
        <translation>%1 umfasst kein Zertifikat; covers muss mindestens eines nennen.</translation>
    </message>
    <message>
        <source>%1 covers %2; each item of covers is cred:ID or tag:TAG.</source>
        <translation>%1 umfasst %2; jeder Eintrag von covers ist cred:ID oder tag:TAG.</translation>
    </message>
    <message>
        <source>%1 covers %2, but the catalog has no credential with id %3 (covers).</source>
        <translation>%1 umfasst %2, aber der Katalog hat kein Zertifikat mit der ID %3 (covers).</translation>
    </message>
    <message>
        <source>%1 covers %2, but no credential has the tag %3 (covers).</source>
        <translation>%1 umfasst %2, aber kein Zertifikat hat das Schlagwort %3 (covers).</translation>
    </message>
    <message>
        <source>%1 has %2 %3; %2 must be %4.</source>
        <translation>%1 hat %2 %3; %2 muss %4 sein.</translation>
    </message>
    <message>
        <source>%1 has %2 %3; dates must be from %4 to %5.</source>
        <translation>%1 hat %2 %3; Daten müssen zwischen %4 und %5 liegen.</translation>
    </message>
    <message>
        <source>%1 is taught in cohorts of %2 weeks; a cohort runs from %3 to %4 weeks.</source>
        <translation>%1 wird in Kohorten von %2 Wochen unterrichtet; eine Kohorte dauert %3 bis %4 Wochen.</translation>
    </message>
    <message>
        <source>%1 has as_of %2, which is not a date written YYYY-MM-DD.</source>
        <translation>%1 hat as_of %2, kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 offers %2 credits toward program %3; credits must be %4.</source>
        <translation>%1 bietet %2 Credits für das Programm %3; credits muss %4 sein.</translation>
    </message>
    <message>
        <source>%1 asks for %2 credits (min_credits); min_credits must be %3.</source>
        <translation>%1 verlangt %2 Credits (min_credits); min_credits muss %3 sein.</translation>
    </message>
    <message>
        <source>%1&apos;s rule for category %2 has %3 %4; %3 must be %5.</source>
        <translation>Die Regel von %1 für die Kategorie %2 hat %3 %4; %3 muss %5 sein.</translation>
    </message>
    <message>
        <source>%1&apos;s rule for category %2 has min %3 above max %4, so it can never be met.</source>
        <translation>Die Regel von %1 für die Kategorie %2 hat min %3 über max %4 und kann daher nie erfüllt werden.</translation>
    </message>
    <message>
        <source>The budget is %1; it must be %2, or no budget at all.</source>
        <translation>Das Budget ist %1; es muss %2 sein, oder es gibt kein Budget.</translation>
    </message>
    <message>
        <source>The profile has %1 hours a week for learning; it must be %2.</source>
        <translation>Das Profil hat %1 Lernstunden pro Woche; es müssen %2 sein.</translation>
    </message>
    <message>
        <source>The value of an hour is %1; it must be %2.</source>
        <translation>Der Wert einer Stunde ist %1; er muss %2 sein.</translation>
    </message>
    <message>
        <source>The start date %1 is outside the dates Cairn plans with (from %2 to %3).</source>
        <translation>Das Startdatum %1 liegt außerhalb der Daten, mit denen Cairn plant (%2 bis %3).</translation>
    </message>
    <message>
        <source>The deadline %1 is outside the dates Cairn plans with (from %2 to %3).</source>
        <translation>Die Frist %1 liegt außerhalb der Daten, mit denen Cairn plant (%2 bis %3).</translation>
    </message>
    <message>
        <source>These credentials can only be taken after each other, so none of them can ever be taken: %1 (each needs something the next one provides).</source>
        <translation>Diese Zertifikate können nur nacheinander belegt werden, daher kann keines je belegt werden: %1 (jedes braucht etwas, das das nächste vermittelt).</translation>
    </message>
    <message>
        <source>Caught in the same loop: %1.</source>
        <translation>In derselben Schleife gefangen: %1.</translation>
    </message>
    <message>
        <source>%1 can only be taken by a learner who already holds what no credential here grants: %2.</source>
        <translation>%1 kann nur belegen, wer schon mitbringt, was kein Zertifikat hier vermittelt: %2.</translation>
    </message>
    <message>
        <source>%1 can never be taken: %2.</source>
        <translation>%1 kann nie belegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 can only be reached by a learner who already holds what no credential here grants: %2.</source>
        <translation>%1 kann nur erreichen, wer schon mitbringt, was kein Zertifikat hier vermittelt: %2.</translation>
    </message>
    <message>
        <source>%1 can never be reached, even taking every credential that can be taken: %2.</source>
        <translation>%1 kann nie erreicht werden, selbst mit jedem belegbaren Zertifikat: %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 credits toward program %3, but the credentials that can be taken supply at most %4 credits that count.</source>
        <translation>%1 braucht %2 Credits für das Programm %3, aber die belegbaren Zertifikate liefern höchstens %4 anrechenbare Credits.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 credits in category %3, but the credentials that can be taken offer only %4 there.</source>
        <translation>%1 braucht mindestens %2 Credits in der Kategorie %3, aber die belegbaren Zertifikate bieten dort nur %4.</translation>
    </message>
    <message>
        <source>it needs nothing</source>
        <translation>es braucht nichts</translation>
    </message>
    <message>
        <source>it needs %1, and not all of them can ever be met</source>
        <translation>es braucht %1, und nicht alle davon sind je erfüllbar</translation>
    </message>
    <message>
        <source>it needs %1, and none of them can ever be met</source>
        <translation>es braucht %1, und keines davon ist je erfüllbar</translation>
    </message>
    <message>
        <source>it needs %1, and only %2 of them can ever be met</source>
        <translation>es braucht %1, und nur %2 davon sind je erfüllbar</translation>
    </message>
    <message>
        <source>it needs itself (%1)</source>
        <translation>es braucht sich selbst (%1)</translation>
    </message>
    <message>
        <source>it needs %1, which the catalog does not define</source>
        <translation>es braucht %1, das der Katalog nicht definiert</translation>
    </message>
    <message>
        <source>it needs %1 (%2), which is excluded</source>
        <translation>es braucht %1 (%2), das ausgeschlossen ist</translation>
    </message>
    <message>
        <source>it needs %1 (%2), which can never be taken</source>
        <translation>es braucht %1 (%2), das nie belegt werden kann</translation>
    </message>
    <message>
        <source>it needs %1, but skill levels only go up to %2</source>
        <translation>es braucht %1, aber Kompetenzstufen reichen nur bis %2</translation>
    </message>
    <message>
        <source>it needs %1, which no credential grants at level %2 or above</source>
        <translation>es braucht %1, das kein Zertifikat auf Stufe %2 oder höher vermittelt</translation>
    </message>
    <message>
        <source>it needs %1, which no other credential grants at level %2 or above</source>
        <translation>es braucht %1, das kein anderes Zertifikat auf Stufe %2 oder höher vermittelt</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>it needs %1, and none of the credentials that grant it at level %2 or above (%3) can be taken</source>
        <translation>es braucht %1, und keines der Zertifikate, die es auf Stufe %2 oder höher vermitteln (%3), kann belegt werden</translation>
    </message>
    <message>
        <source>The profile aims at goal %1, which the catalog does not define.</source>
        <translation>Das Profil strebt das Ziel %1 an, das der Katalog nicht definiert.</translation>
    </message>
    <message>
        <source>The profile holds skill %1, which the catalog does not define.</source>
        <translation>Das Profil hat die Kompetenz %1, die der Katalog nicht definiert.</translation>
    </message>
    <message>
        <source>The profile holds skill %1 at level %2; levels run from 1 to 5.</source>
        <translation>Das Profil hat die Kompetenz %1 auf Stufe %2; Stufen reichen von 1 bis 5.</translation>
    </message>
    <message>
        <source>The profile lists %1 as completed, but the catalog has no credential with that id.</source>
        <translation>Das Profil führt %1 als abgeschlossen, aber der Katalog hat kein Zertifikat mit dieser ID.</translation>
    </message>
    <message>
        <source>The profile pins %1, but the catalog has no credential with that id.</source>
        <translation>Das Profil legt %1 fest, aber der Katalog hat kein Zertifikat mit dieser ID.</translation>
    </message>
    <message>
        <source>The profile excludes %1, but the catalog has no credential with that id.</source>
        <translation>Das Profil schließt %1 aus, aber der Katalog hat kein Zertifikat mit dieser ID.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the start date %2, so no plan can meet it.</source>
        <translation>Die Frist %1 liegt vor dem Startdatum %2, daher kann kein Plan sie einhalten.</translation>
    </message>
    <message>
        <source>%1 is both pinned and excluded; a plan cannot include and leave it out.</source>
        <translation>%1 ist zugleich festgelegt und ausgeschlossen; ein Plan kann es nicht zugleich enthalten und weglassen.</translation>
    </message>
    <message>
        <source>%1 expired on %2, before the plan starts on %3, so it no longer counts as held; a plan may include earning it again.</source>
        <translation>%1 ist am %2 abgelaufen, vor dem Planbeginn am %3, und zählt daher nicht mehr als erworben; ein Plan kann es erneut enthalten.</translation>
    </message>
    <message>
        <source>%1 is pinned but already completed, so the pin changes nothing.</source>
        <translation>%1 ist festgelegt, aber schon abgeschlossen; das Festlegen ändert nichts.</translation>
    </message>
    <message>
        <source>%1 is pinned but can never be taken from this profile because of problems in the catalog.</source>
        <translation>%1 ist festgelegt, kann von diesem Profil aus aber wegen Problemen im Katalog nie belegt werden.</translation>
    </message>
    <message>
        <source>%1 is pinned but can never be taken from this profile: %2.</source>
        <translation>%1 ist festgelegt, kann von diesem Profil aus aber nie belegt werden: %2.</translation>
    </message>
    <message>
        <source>No plan meets the constraints.</source>
        <translation>Kein Plan erfüllt die Vorgaben.</translation>
    </message>
    <message>
        <source>No combination of credentials you can take earns the credits &apos;%1&apos; needs within its category limits.</source>
        <translation>Keine Kombination belegbarer Zertifikate erbringt die Credits, die „%1“ innerhalb seiner Kategoriegrenzen braucht.</translation>
    </message>
    <message>
        <source>No combination of credentials you can take meets the requirements of &apos;%1&apos;.</source>
        <translation>Keine Kombination belegbarer Zertifikate erfüllt die Anforderungen von „%1“.</translation>
    </message>
    <message>
        <source>The budget is %1 but the cheapest plan costs %2.</source>
        <translation>Das Budget ist %1, aber der günstigste Plan kostet %2.</translation>
    </message>
    <message>
        <source>The budget is %1 but every plan costs more; the cheapest found costs %2.</source>
        <translation>Das Budget ist %1, aber jeder Plan kostet mehr; der günstigste gefundene kostet %2.</translation>
    </message>
    <message>
        <source>The budget is %1 but no plan costs less than %2; the cheapest found costs %3.</source>
        <translation>Das Budget ist %1, aber kein Plan kostet weniger als %2; der günstigste gefundene kostet %3.</translation>
    </message>
    <message>
        <source>No plan fits the budget of %1.</source>
        <translation>Kein Plan passt in das Budget von %1.</translation>
    </message>
    <message>
        <source>No plan fits the budget of %1: no plan costs less than %2.</source>
        <translation>Kein Plan passt in das Budget von %1: Kein Plan kostet weniger als %2.</translation>
    </message>
    <message>
        <source>No plan finishes by the deadline of %1.</source>
        <translation>Kein Plan ist bis zur Frist %1 fertig.</translation>
    </message>
    <message>
        <source>No plan meets both the budget of %1 and the deadline of %2.</source>
        <translation>Kein Plan hält zugleich das Budget von %1 und die Frist %2 ein.</translation>
    </message>
    <message>
        <source>No plan finishes by the deadline of %1; the earliest finishes on %2.</source>
        <translation>Kein Plan ist bis zur Frist %1 fertig; der früheste ist am %2 fertig.</translation>
    </message>
    <message>
        <source>No plan finishes by the deadline of %1; the earliest finishes after %2.</source>
        <translation>Kein Plan ist bis zur Frist %1 fertig; der früheste ist erst nach dem %2 fertig.</translation>
    </message>
    <message>
        <source>The budget is also too small: the cheapest plan costs %1.</source>
        <translation>Auch das Budget ist zu klein: Der günstigste Plan kostet %1.</translation>
    </message>
    <message>
        <source>No plan meets both the budget of %1 and the deadline of %2: the plans within budget finish later.</source>
        <translation>Kein Plan hält zugleich das Budget von %1 und die Frist %2 ein: Die Pläne im Budget sind später fertig.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the start date %2.</source>
        <translation>Die Frist %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <source>The learner has no hours per week to study.</source>
        <translation>Die lernende Person hat keine Stunden pro Woche zum Lernen.</translation>
    </message>
    <message>
        <source>The search stopped before it found a plan (cancelled); a plan may still exist.</source>
        <translation>Die Suche endete, bevor sie einen Plan fand (abgebrochen); ein Plan kann dennoch existieren.</translation>
    </message>
    <message>
        <source>The search stopped before it found a plan (time limit reached); a plan may still exist.</source>
        <translation>Die Suche endete, bevor sie einen Plan fand (Zeitlimit erreicht); ein Plan kann dennoch existieren.</translation>
    </message>
    <message>
        <source>The search stopped early; this is the best plan found.</source>
        <translation>Die Suche endete vorzeitig; dies ist der beste gefundene Plan.</translation>
    </message>
    <message>
        <source>A subscription or bundle is shared by credentials of this plan, and with cohort dates in play Cairn cannot prove the money minimal; each credential is priced on its own.</source>
        <translation>Zertifikate dieses Plans teilen sich ein Abonnement oder Paket, und mit Kohortenterminen kann Cairn die Kosten nicht als minimal beweisen; jedes Zertifikat wird einzeln berechnet.</translation>
    </message>
    <message>
        <source>A subscription or bundle is shared by credentials of this plan, and with cohort dates in play Cairn did not prove the money minimal; no plan that meets the dates costs less than %1.</source>
        <translation>Zertifikate dieses Plans teilen sich ein Abonnement oder Paket, und mit Kohortenterminen hat Cairn die Kosten nicht als minimal bewiesen; kein Plan, der die Termine einhält, kostet weniger als %1.</translation>
    </message>
    <message>
        <source>No plan was found that way.</source>
        <translation>Auf diese Weise wurde kein Plan gefunden.</translation>
    </message>
    <message>
        <source>(Cohort start dates were chosen greedily; a different choice might fit.)</source>
        <translation>(Die Kohortentermine wurden gierig gewählt; eine andere Wahl könnte passen.)</translation>
    </message>
    <message>
        <source>The set of credentials is optimal for the schedule found, but cohort start dates were chosen greedily, so an earlier completion is not ruled out.</source>
        <translation>Die Auswahl der Zertifikate ist für den gefundenen Zeitplan optimal, aber die Kohortentermine wurden gierig gewählt; ein früherer Abschluss ist nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>Credentials whose cohorts did not fit the start dates chosen greedily were set aside; with other dates they might make a better plan.</source>
        <translation>Zertifikate, deren Kohorten nicht zu den gierig gewählten Startterminen passten, wurden zurückgestellt; mit anderen Terminen könnten sie einen besseren Plan ergeben.</translation>
    </message>
    <message>
        <source>The plan found fits the budget only if its subscriptions&apos; credentials could be studied one after another, which their prerequisites prevent; its schedule costs %1.</source>
        <translation>Der gefundene Plan passt nur ins Budget, wenn die Zertifikate seiner Abonnements nacheinander belegt werden könnten, was ihre Voraussetzungen verhindern; sein Zeitplan kostet %1.</translation>
    </message>
    <message>
        <source>Its subscriptions are paid for %1 in this schedule, more than the %2 their hours alone need, because their credentials cannot be studied one after another at full pace; a cheaper plan is not ruled out.</source>
        <translation>Seine Abonnements kosten in diesem Zeitplan %1, mehr als die %2, die ihre Stunden allein bräuchten, weil ihre Zertifikate nicht in vollem Tempo nacheinander belegt werden können; ein günstigerer Plan ist nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>The plan whose subscriptions cost least by their hours alone (%1) is paid %2 in its own schedule, because its credentials cannot be studied one after another at full pace; this plan costs less, and a cheaper one is not ruled out.</source>
        <translation>Der Plan, dessen Abonnements nach ihren Stunden allein am wenigsten kosten (%1), kostet in seinem eigenen Zeitplan %2, weil seine Zertifikate nicht in vollem Tempo nacheinander belegt werden können; dieser Plan kostet weniger, und ein günstigerer ist nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>The plan would not be finished by %1, the last day Cairn schedules; it needs more hours than fit before then.</source>
        <translation>Der Plan wäre bis %1, dem letzten Tag, den Cairn plant, nicht fertig; er braucht mehr Stunden, als bis dahin passen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no cohort start date the schedule can make.</source>
        <translation>„%1“ hat keinen Kohortentermin, den der Zeitplan erreichen kann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no cohort start date after its prerequisites are done.</source>
        <translation>„%1“ hat keinen Kohortentermin nach Abschluss seiner Voraussetzungen.</translation>
    </message>
    <message>
        <source>The catalog has no goal &apos;%1&apos;.</source>
        <translation>Der Katalog hat kein Ziel „%1“.</translation>
    </message>
    <message>
        <source>The pinned credential &apos;%1&apos; is not in the catalog.</source>
        <translation>Das festgelegte Zertifikat „%1“ ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both pinned and excluded.</source>
        <translation>„%1“ ist zugleich festgelegt und ausgeschlossen.</translation>
    </message>
    <message>
        <source>The pinned credential &apos;%1&apos; can never be taken: it needs %2, which you excluded.</source>
        <translation>Das festgelegte Zertifikat „%1“ kann nie belegt werden: Es braucht %2, was Sie ausgeschlossen haben.</translation>
    </message>
    <message>
        <source>The pinned credential &apos;%1&apos; can never be taken: its prerequisites need %2, which nothing you can take provides.</source>
        <translation>Das festgelegte Zertifikat „%1“ kann nie belegt werden: Seine Voraussetzungen brauchen %2, was nichts Belegbares vermittelt.</translation>
    </message>
    <message>
        <source>No plan can reach &apos;%1&apos;: it needs %2, which no credential you can take provides.</source>
        <translation>Kein Plan kann „%1“ erreichen: Es braucht %2, was kein belegbares Zertifikat vermittelt.</translation>
    </message>
    <message>
        <source>%1 has a cost_range but no cost; a range is around the typical cost.</source>
        <translation>%1 hat eine cost_range, aber keine cost; eine Spanne liegt um die typischen Kosten.</translation>
    </message>
    <message>
        <source>%1 has %2 low %3 above high %4.</source>
        <translation>%1 hat in %2 den unteren Wert %3 über dem oberen Wert %4.</translation>
    </message>
    <message>
        <source>%1 has %2 %3 to %4, which does not hold its %5 %6; the typical figure lies between low and high.</source>
        <translation>%1 hat %2 %3 bis %4, was den Wert %5 %6 nicht einschließt; der typische Wert liegt zwischen unterem und oberem.</translation>
    </message>
    <message>
        <source>%1 has %2 %3; %2 must be from %4 to %5 months.</source>
        <translation>%1 hat %2 %3; %2 muss zwischen %4 und %5 Monaten liegen.</translation>
    </message>
    <message>
        <source>%1 has a renewal but no valid_months; say how long it is valid before it is renewed.</source>
        <translation>%1 hat eine renewal, aber keine valid_months; geben Sie an, wie lange der Zertifikat gilt, bevor es verlängert wird.</translation>
    </message>
    <message>
        <source>%1 has renewal.as_of %2, which is not a date written YYYY-MM-DD.</source>
        <translation>%1 hat renewal.as_of %2, was kein Datum in der Form JJJJ-MM-TT ist.</translation>
    </message>
    <message>
        <source>%1 names itself in renewal.renewed_by; list the other credentials that renew it.</source>
        <translation>%1 nennt sich selbst in renewal.renewed_by; führen Sie die anderen Zertifikate auf, die es verlängern.</translation>
    </message>
    <message>
        <source>%1 has renewal.renewed_by %2, which is not a credential of the catalog.</source>
        <translation>%1 hat renewal.renewed_by %2, was kein Zertifikat des Katalogs ist.</translation>
    </message>
    <message>
        <source>The years to hold must be from %2 to %3, not %1.</source>
        <translation>Die Jahre zu halten müssen zwischen %2 und %3 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Credential %1 costs more than %2 to hold for the years asked, beyond what Cairn can plan with.</source>
        <translation>Zertifikat %1 kostet für die angefragten Jahre mehr als %2 zu halten, mehr als Cairn verplanen kann.</translation>
    </message>
    <message>
        <source>The search stopped early; this is the plan cheapest to hold found.</source>
        <translation>Die Suche endete vorzeitig; dies ist der gefundene Plan mit den geringsten Haltekosten.</translation>
    </message>
    <message>
        <source>The plan cheapest to hold costs more than the budget to earn; this is the plan cheapest to earn within the budget, not proven the cheapest to hold.</source>
        <translation>Der Plan mit den geringsten Haltekosten kostet im Erwerb mehr als das Budget; dies ist der im Erwerb günstigste Plan innerhalb des Budgets, nicht nachweislich der mit den geringsten Haltekosten.</translation>
    </message>
    <message>
        <source>A credential of this catalog is renewed by another one or sold through an offer, so its fees to hold are not a weight of its own; this plan is not proven the cheapest to hold.</source>
        <translation>Ein Zertifikat dieses Katalogs wird durch ein anderes verlängert oder über ein Angebot verkauft, daher sind seine Haltegebühren kein eigenes Gewicht; dieser Plan hat nicht nachweislich die geringsten Haltekosten.</translation>
    </message>
    <message>
        <source>The profile lists %1 funding sources; at most %2 are read.</source>
        <translation>Das Profil nennt %1 Finanzierungsquellen; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>A funding source has a name of %1 characters; field name must have 1 to %2.</source>
        <translation>Eine Finanzierungsquelle hat einen Namen mit %1 Zeichen; das Feld name muss 1 bis %2 haben.</translation>
    </message>
    <message>
        <source>Two funding sources are named %1.</source>
        <translation>Zwei Finanzierungsquellen heißen %1.</translation>
    </message>
    <message>
        <source>Funding source %1 has share %2; field share must be %3 (percent).</source>
        <translation>Finanzierungsquelle %1 hat share %2; das Feld share muss %3 sein (Prozent).</translation>
    </message>
    <message>
        <source>Funding source %1 has cap %2; field cap must be %3, or no cap at all.</source>
        <translation>Finanzierungsquelle %1 hat cap %2; das Feld cap muss %3 sein, oder es gibt keine Obergrenze.</translation>
    </message>
    <message>
        <source>Funding source %1 covers %2; each item of field covers is provider:NAME, tag:TAG or cred:ID.</source>
        <translation>Finanzierungsquelle %1 deckt %2 ab; jeder Eintrag des Felds covers ist provider:NAME, tag:TAG oder cred:ID.</translation>
    </message>
    <message>
        <source>Funding source %1 covers %2 (field covers), but the catalog has no credential with that id.</source>
        <translation>Finanzierungsquelle %1 deckt %2 ab (Feld covers), aber der Katalog hat kein Zertifikat mit dieser ID.</translation>
    </message>
    <message>
        <source>Funding source %1 covers %2 (field covers), but no credential of the catalog has that provider.</source>
        <translation>Finanzierungsquelle %1 deckt %2 ab (Feld covers), aber kein Zertifikat des Katalogs hat diesen Anbieter.</translation>
    </message>
    <message>
        <source>Funding source %1 covers %2 (field covers), but no credential of the catalog has that tag.</source>
        <translation>Finanzierungsquelle %1 deckt %2 ab (Feld covers), aber kein Zertifikat des Katalogs hat dieses Schlagwort.</translation>
    </message>
    <message>
        <source>A budget on out-of-pocket money is planned with the out-of-pocket objective; this objective limits total money.</source>
        <translation>Ein Budget für den Eigenanteil wird mit dem Ziel „geringster Eigenanteil“ geplant; dieses Ziel begrenzt das gesamte Geld.</translation>
    </message>
    <message>
        <source>No plan keeps what you pay within the out-of-pocket budget of %1.</source>
        <translation>Kein Plan hält Ihren Eigenanteil innerhalb des Budgets von %1.</translation>
    </message>
    <message>
        <source>Not proven: %1.</source>
        <translation>Nicht bewiesen: %1.</translation>
    </message>
    <message>
        <source>The least you pay yourself is not proven: %1.</source>
        <translation>Der geringste Eigenanteil ist nicht bewiesen: %1.</translation>
    </message>
    <message>
        <source>more plans could cost you less than Cairn tried</source>
        <translation>es könnten mehr Pläne Sie weniger kosten, als Cairn versucht hat</translation>
    </message>
    <message>
        <source>the search stopped early</source>
        <translation>die Suche endete vorzeitig</translation>
    </message>
    <message>
        <source>for a credits goal, plans with spare credentials are not ruled out</source>
        <translation>bei einem Credit-Ziel sind Pläne mit überzähligen Zertifikaten nicht ausgeschlossen</translation>
    </message>
    <message>
        <source>cohort start dates were chosen greedily</source>
        <translation>Kohortenstarttermine wurden gierig gewählt</translation>
    </message>
    <message>
        <source>a plan has more orders and offers than Cairn tried</source>
        <translation>ein Plan hat mehr Reihenfolgen und Angebote, als Cairn versucht hat</translation>
    </message>
    <message>
        <source>The credential %1</source>
        <translation>Das Zertifikat %1</translation>
    </message>
    <message>
        <source>The goal %1</source>
        <translation>Das Ziel %1</translation>
    </message>
    <message>
        <source>The offer %1</source>
        <translation>Das Angebot %1</translation>
    </message>
    <message>
        <source>The catalog %1</source>
        <translation>Der Katalog %1</translation>
    </message>
    <message>
        <source>%1 is not a Cairn database or damaged.</source>
        <translation>%1 ist keine Cairn-Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The newest backup is %1; copy it over the damaged file to go back to it.</source>
        <translation>Die neueste Sicherung ist %1; kopieren Sie sie über die beschädigte Datei, um zu ihr zurückzukehren.</translation>
    </message>
    <message>
        <source>SQLite's check of the file found: %1.</source>
        <translation>Die Prüfung der Datei durch SQLite fand: %1.</translation>
    </message>
    <message>
        <source>(%1 could not be read back.)</source>
        <translation>(%1 konnte nicht zurückgelesen werden.)</translation>
    </message>
    <message>
        <source>The workspace %1 is busy: another program is writing to it. Could not %2; close the other program or try again in a moment.</source>
        <translation>Der Arbeitsbereich %1 ist belegt: ein anderes Programm schreibt gerade darin. Es war nicht möglich, %2; schließen Sie das andere Programm oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The workspace %1 is busy: another program keeps writing to it, so it could not be upgraded. Close the other program and try again.</source>
        <translation>Der Arbeitsbereich %1 ist belegt: ein anderes Programm schreibt ständig darin, daher konnte er nicht aktualisiert werden. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full: could not %1 (%2). Free some space and try again.</source>
        <translation>Der Datenträger ist voll: es war nicht möglich, %1 (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written (the file or its folder is read-only). Could not %2.</source>
        <translation>In den Arbeitsbereich %1 kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt). Es war nicht möglich, %2.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: the folder is missing or not writable. Could not %2.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: der Ordner fehlt oder ist schreibgeschützt. Es war nicht möglich, %2.</translation>
    </message>
    <message>
        <source>Could not %1 (%2): %3.</source>
        <translation>Es war nicht möglich, %1 (%2): %3.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Cairn (database version %2; this version reads up to %3). It was left untouched; update Cairn to open it.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Version von Cairn geschrieben (Datenbankversion %2; diese Version liest bis Version %3). Er wurde nicht verändert; aktualisieren Sie Cairn, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: the file is read-only.</source>
        <translation>In den Arbeitsbereich %1 kann nicht geschrieben werden: die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: its folder %2 cannot be created.</source>
        <translation>In den Arbeitsbereich %1 kann nicht geschrieben werden: sein Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: its folder %2 is read-only.</source>
        <translation>In den Arbeitsbereich %1 kann nicht geschrieben werden: sein Ordner %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The workspace %1 is a folder, not a file. Give the path of a workspace file, for example %2.</source>
        <translation>Der Arbeitsbereich %1 ist ein Ordner, keine Datei. Geben Sie den Pfad einer Arbeitsbereich-Datei an, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2 before upgrading it; nothing was changed. Check the free space and the folder's permissions.</source>
        <translation>%1 konnte vor der Aktualisierung nicht nach %2 kopiert werden; nichts wurde verändert. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a server address Cairn can use: &apos;%2&apos; is wrong there. Write it as postgresql://user@host:port/database.</source>
        <translation>%1 ist keine Serveradresse, die Cairn verwenden kann: „%2“ ist dort falsch. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The server address %1 contains a password. Leave it out: Cairn takes the password from PGPASSWORD or ~/.pgpass, so that it never shows on a command line or in a list of connections.</source>
        <translation>Die Serveradresse %1 enthält ein Passwort. Lassen Sie es weg: Cairn nimmt das Passwort aus PGPASSWORD oder ~/.pgpass, damit es nie in einer Befehlszeile oder einer Liste von Verbindungen erscheint.</translation>
    </message>
    <message>
        <source>The server address %1 has the parameter &apos;%2&apos;, which Cairn does not know. It passes on libpq&apos;s connection parameters, such as sslmode, sslrootcert, connect_timeout and application_name.</source>
        <translation>Die Serveradresse %1 hat den Parameter „%2“, den Cairn nicht kennt. Cairn gibt die Verbindungsparameter von libpq weiter, etwa sslmode, sslrootcert, connect_timeout und application_name.</translation>
    </message>
    <message>
        <source>The workspace on the server %1 cannot be opened: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der Arbeitsbereich auf dem Server %1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). Check the address, and that the server is running and accepts connections from this computer.</source>
        <translation>Der Server %1 ist nicht erreichbar (%2). Prüfen Sie die Adresse und ob der Server läuft und Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password. Set it in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Der Server %1 hat das Passwort nicht angenommen. Hinterlegen Sie es in PGPASSWORD oder in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of the user %2. Check the user&apos;s name, and set the password in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Der Server %1 hat das Passwort des Benutzers %2 nicht angenommen. Prüfen Sie den Benutzernamen und hinterlegen Sie das Passwort in PGPASSWORD oder in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server %1 has no database %2. Ask its administrator to create it; Cairn sets it up the first time it is opened.</source>
        <translation>Der Server %1 hat keine Datenbank %2. Bitten Sie die Administration, sie anzulegen; Cairn richtet sie beim ersten Öffnen ein.</translation>
    </message>
    <message>
        <source>The server %1 refused the secure (TLS) connection (%2). Check the sslmode in the address and the server&apos;s certificate.</source>
        <translation>Der Server %1 hat die sichere (TLS-)Verbindung abgelehnt (%2). Prüfen Sie den sslmode in der Adresse und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The server %1 runs PostgreSQL %2; Cairn needs PostgreSQL %3 or newer.</source>
        <translation>Auf dem Server %1 läuft PostgreSQL %2; Cairn braucht PostgreSQL %3 oder neuer.</translation>
    </message>
    <message>
        <source>There is no catalog %1 in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keinen Katalog %1.</translation>
    </message>
    <message>
        <source>There is no catalog %1 in the workspace to plan against.</source>
        <translation>Im Arbeitsbereich gibt es keinen Katalog %1, mit dem geplant werden könnte.</translation>
    </message>
    <message>
        <source>There is no catalog named '%1' in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keinen Katalog namens „%1“.</translation>
    </message>
    <message>
        <source>There is no catalog named '%1' in the workspace (there are: %2).</source>
        <translation>Im Arbeitsbereich gibt es keinen Katalog namens „%1“ (vorhanden sind: %2).</translation>
    </message>
    <message>
        <source>The catalog '%1' was not added because it has errors.</source>
        <translation>Der Katalog „%1“ wurde nicht hinzugefügt, weil er Fehler enthält.</translation>
    </message>
    <message>
        <source>A catalog named '%1' is already in the workspace; choose another name.</source>
        <translation>Ein Katalog namens „%1“ ist bereits im Arbeitsbereich; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A catalog needs a name.</source>
        <translation>Ein Katalog braucht einen Namen.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it has one problem.</source>
        <translation>Aus %1 wurde nichts importiert: die Datei hat ein Problem.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it has %2 problems.</source>
        <translation>Aus %1 wurde nichts importiert: die Datei hat %2 Probleme.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the catalog would have one error.</source>
        <translation>Aus %1 wurde nichts importiert: der Katalog hätte einen Fehler.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the catalog would have %2 errors.</source>
        <translation>Aus %1 wurde nichts importiert: der Katalog hätte %2 Fehler.</translation>
    </message>
    <message>
        <source>The change was not saved: the catalog would have one error.</source>
        <translation>Die Änderung wurde nicht gespeichert: der Katalog hätte einen Fehler.</translation>
    </message>
    <message>
        <source>The change was not saved: the catalog would have %1 errors.</source>
        <translation>Die Änderung wurde nicht gespeichert: der Katalog hätte %1 Fehler.</translation>
    </message>
    <message>
        <source>The credential was not saved: '%1' is not an id; an id is made of letters, digits, '.', '_' and '-'.</source>
        <translation>Das Zertifikat wurde nicht gespeichert: „%1“ ist keine ID; eine ID besteht aus Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>The credential %1 was not saved: its requirement nests groups %2 deep; at most %3 levels are allowed.</source>
        <translation>Das Zertifikat %1 wurde nicht gespeichert: seine Voraussetzung verschachtelt Gruppen %2 Ebenen tief; erlaubt sind höchstens %3 Ebenen.</translation>
    </message>
    <message>
        <source>The catalog has no credential '%1'.</source>
        <translation>Der Katalog hat kein Zertifikat „%1“.</translation>
    </message>
    <message>
        <source>The catalog has no skill '%1'.</source>
        <translation>Der Katalog hat keine Kompetenz „%1“.</translation>
    </message>
    <message>
        <source>The skill was not saved: the catalog would have errors.</source>
        <translation>Die Kompetenz wurde nicht gespeichert: der Katalog hätte Fehler.</translation>
    </message>
    <message>
        <source>The skill '%1' was not deleted: the catalog would have errors.</source>
        <translation>Die Kompetenz „%1“ wurde nicht gelöscht: der Katalog hätte Fehler.</translation>
    </message>
    <message>
        <source>There is no client %1 in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keinen Klienten %1.</translation>
    </message>
    <message>
        <source>There is no client named '%1' in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keinen Klienten namens „%1“.</translation>
    </message>
    <message>
        <source>Several clients are named '%1' (ids %2); use the id instead.</source>
        <translation>Mehrere Klienten heißen „%1“ (IDs %2); verwenden Sie stattdessen die ID.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Ein Klient braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no saved plan %1 in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keinen gespeicherten Plan %1.</translation>
    </message>
    <message>
        <source>The saved plan %1 belongs to another client, not to %2.</source>
        <translation>Der gespeicherte Plan %1 gehört zu einem anderen Klienten, nicht zu %2.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht einen Text.</translation>
    </message>
    <message>
        <source>There is no note %1 in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keine Notiz %1.</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>den Arbeitsbereich zu öffnen</translation>
    </message>
    <message>
        <source>check the workspace</source>
        <translation>den Arbeitsbereich zu prüfen</translation>
    </message>
    <message>
        <source>read the workspace's version</source>
        <translation>die Version des Arbeitsbereichs zu lesen</translation>
    </message>
    <message>
        <source>prepare the upgrade</source>
        <translation>die Aktualisierung vorzubereiten</translation>
    </message>
    <message>
        <source>upgrade it to version %1</source>
        <translation>ihn auf Version %1 zu aktualisieren</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>eine Änderung zu beginnen</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>die Änderung zu speichern</translation>
    </message>
    <message>
        <source>list the catalogs</source>
        <translation>die Kataloge aufzulisten</translation>
    </message>
    <message>
        <source>find the catalog</source>
        <translation>den Katalog zu finden</translation>
    </message>
    <message>
        <source>read the catalog</source>
        <translation>den Katalog zu lesen</translation>
    </message>
    <message>
        <source>add the catalog</source>
        <translation>den Katalog hinzuzufügen</translation>
    </message>
    <message>
        <source>change the catalog</source>
        <translation>den Katalog zu ändern</translation>
    </message>
    <message>
        <source>rename the catalog</source>
        <translation>den Katalog umzubenennen</translation>
    </message>
    <message>
        <source>delete the catalog</source>
        <translation>den Katalog zu löschen</translation>
    </message>
    <message>
        <source>prepare the catalog tables</source>
        <translation>die Katalogtabellen vorzubereiten</translation>
    </message>
    <message>
        <source>read the skills</source>
        <translation>die Kompetenzen zu lesen</translation>
    </message>
    <message>
        <source>read the credentials</source>
        <translation>die Zertifikate zu lesen</translation>
    </message>
    <message>
        <source>read the programs</source>
        <translation>die Programme zu lesen</translation>
    </message>
    <message>
        <source>read the goals</source>
        <translation>die Ziele zu lesen</translation>
    </message>
    <message>
        <source>read the offers</source>
        <translation>die Angebote zu lesen</translation>
    </message>
    <message>
        <source>save the skill</source>
        <translation>die Kompetenz zu speichern</translation>
    </message>
    <message>
        <source>save the skill %1</source>
        <translation>die Kompetenz %1 zu speichern</translation>
    </message>
    <message>
        <source>delete the skill</source>
        <translation>die Kompetenz zu löschen</translation>
    </message>
    <message>
        <source>save the credential %1</source>
        <translation>das Zertifikat %1 zu speichern</translation>
    </message>
    <message>
        <source>replace the credential %1</source>
        <translation>das Zertifikat %1 zu ersetzen</translation>
    </message>
    <message>
        <source>delete the credential %1</source>
        <translation>das Zertifikat %1 zu löschen</translation>
    </message>
    <message>
        <source>save the renewal and ranges of credential %1</source>
        <translation>die Erneuerung und die Spannen des Zertifikats %1 zu speichern</translation>
    </message>
    <message>
        <source>save the program %1</source>
        <translation>das Programm %1 zu speichern</translation>
    </message>
    <message>
        <source>save the goal %1</source>
        <translation>das Ziel %1 zu speichern</translation>
    </message>
    <message>
        <source>save the offer %1</source>
        <translation>das Angebot %1 zu speichern</translation>
    </message>
    <message>
        <source>list the clients</source>
        <translation>die Klienten aufzulisten</translation>
    </message>
    <message>
        <source>find the client</source>
        <translation>den Klienten zu finden</translation>
    </message>
    <message>
        <source>read the client</source>
        <translation>den Klienten zu lesen</translation>
    </message>
    <message>
        <source>add the client %1</source>
        <translation>den Klienten %1 hinzuzufügen</translation>
    </message>
    <message>
        <source>save the client %1</source>
        <translation>den Klienten %1 zu speichern</translation>
    </message>
    <message>
        <source>delete the client</source>
        <translation>den Klienten zu löschen</translation>
    </message>
    <message>
        <source>list the saved plans</source>
        <translation>die gespeicherten Pläne aufzulisten</translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation>den Plan zu speichern</translation>
    </message>
    <message>
        <source>read the saved plan</source>
        <translation>den gespeicherten Plan zu lesen</translation>
    </message>
    <message>
        <source>delete the plan</source>
        <translation>den Plan zu löschen</translation>
    </message>
    <message>
        <source>add a note for %1</source>
        <translation>eine Notiz für %1 hinzuzufügen</translation>
    </message>
    <message>
        <source>read the notes</source>
        <translation>die Notizen zu lesen</translation>
    </message>
    <message>
        <source>save the note</source>
        <translation>die Notiz zu speichern</translation>
    </message>
    <message>
        <source>delete the note</source>
        <translation>die Notiz zu löschen</translation>
    </message>
    <message>
        <source>The profile of %1</source>
        <translation>Das Profil von %1</translation>
    </message>
    <message>
        <source>The saved plan %1</source>
        <translation>Der gespeicherte Plan %1</translation>
    </message>
    <message>
        <source>%1 has no goal '%2' of their own.</source>
        <translation>%1 hat kein eigenes Ziel „%2“.</translation>
    </message>
    <message>
        <source>The goal was not saved for %1: it has one error.</source>
        <translation>Das Ziel wurde für %1 nicht gespeichert: es hat einen Fehler.</translation>
    </message>
    <message>
        <source>The goal was not saved for %1: it has %2 errors.</source>
        <translation>Das Ziel wurde für %1 nicht gespeichert: es hat %2 Fehler.</translation>
    </message>
    <message>
        <source>%1 is a workspace file, which is one person&apos;s: a team with roles and shared clients needs a workspace on a PostgreSQL server (postgresql://user@host:port/database).</source>
        <translation>%1 ist eine Arbeitsbereichsdatei und gehört einer Person: Ein Team mit Rollen und geteilten Klienten braucht einen Arbeitsbereich auf einem PostgreSQL-Server (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>The user %2 may not create roles on the server %1, so the team workspace was not set up. Connect as the server&apos;s administrator (a superuser or a role with CREATEROLE).</source>
        <translation>Der Benutzer %2 darf auf dem Server %1 keine Rollen anlegen, daher wurde der Team-Arbeitsbereich nicht eingerichtet. Verbinden Sie sich als Administrator des Servers (ein Superuser oder eine Rolle mit CREATEROLE).</translation>
    </message>
    <message>
        <source>The workspace on %1 has no team yet; set it up first with &apos;team init&apos;.</source>
        <translation>Der Arbeitsbereich auf %1 hat noch kein Team; richten Sie es zuerst mit „team init“ ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a team member&apos;s name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 63), and do not begin with pg_ or cairn_.</source>
        <translation>„%1“ kann nicht der Name eines Teammitglieds sein: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ und „-“ (höchstens 63) und beginnen Sie nicht mit pg_ oder cairn_.</translation>
    </message>
    <message>
        <source>The server %2 already has a user named %1; choose another name.</source>
        <translation>Der Server %2 hat bereits einen Benutzer namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 was not added: a team member needs a password.</source>
        <translation>%1 wurde nicht hinzugefügt: Ein Teammitglied braucht ein Passwort.</translation>
    </message>
    <message>
        <source>There is no advisor or manager named %1 on the server %2.</source>
        <translation>Auf dem Server %2 gibt es keinen Berater und keine Leitung namens %1.</translation>
    </message>
    <message>
        <source>You may not change catalogs: your role is %1.</source>
        <translation>Sie dürfen keine Kataloge ändern: Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>%1 is not one of your clients.</source>
        <translation>%1 gehört nicht zu Ihren Klienten.</translation>
    </message>
    <message>
        <source>Only a manager may reassign clients: your role is %1.</source>
        <translation>Nur eine Leitung darf Klienten neu zuweisen: Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>Could not %1 (%2): your role, %3, does not allow it.</source>
        <translation>Es war nicht möglich, %1 (%2): Ihre Rolle, %3, erlaubt es nicht.</translation>
    </message>
    <message>
        <source>advisor</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>catalog editor</source>
        <translation>Katalogpflege</translation>
    </message>
    <message>
        <source>none of Cairn&apos;s roles</source>
        <translation>keine der Rollen von Cairn</translation>
    </message>
    <message>
        <source>set up the team workspace</source>
        <translation>den Team-Arbeitsbereich einzurichten</translation>
    </message>
    <message>
        <source>add %1 to the team</source>
        <translation>%1 dem Team hinzuzufügen</translation>
    </message>
    <message>
        <source>list the team</source>
        <translation>das Team aufzulisten</translation>
    </message>
    <message>
        <source>share the client %1</source>
        <translation>den Klienten %1 zu teilen</translation>
    </message>
    <message>
        <source>reassign the client %1</source>
        <translation>den Klienten %1 neu zuzuweisen</translation>
    </message>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>Es gibt keine Arbeitsbereichsdatei %1.</translation>
    </message>
    <message>
        <source>%1 is both the workspace to copy from and the one to copy to; nothing was copied.</source>
        <translation>%1 ist zugleich der Arbeitsbereich, aus dem, und der, in den kopiert werden soll; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>its content differs from the target&apos;s (%1 credentials there, %2 here)</source>
        <translation>sein Inhalt weicht von dem im Ziel ab (%1 Nachweise dort, %2 hier)</translation>
    </message>
    <message>
        <source>the target has revision %1 with %3 credentials, this workspace revision %2 with %4</source>
        <translation>das Ziel hat Stand %1 mit %3 Nachweisen, dieser Arbeitsbereich Stand %2 mit %4</translation>
    </message>
    <message>
        <source>clients are matched by name, and this one is the name of %1 here and %2 on the target; give them names of their own first</source>
        <translation>Klienten werden über den Namen zugeordnet, und diesen Namen tragen %1 hier und %2 im Ziel; geben Sie ihnen zuerst eigene Namen</translation>
    </message>
    <message>
        <source>the target has 1 saved plan, this workspace %1</source>
        <translation>das Ziel hat 1 gespeicherten Plan, dieser Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>the target has %1 saved plans, this workspace %2</source>
        <translation>das Ziel hat %1 gespeicherte Pläne, dieser Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>the target has 1 note, this workspace %1</source>
        <translation>das Ziel hat 1 Notiz, dieser Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>the target has %1 notes, this workspace %2</source>
        <translation>das Ziel hat %1 Notizen, dieser Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>the target has 1 own goal, this workspace %1</source>
        <translation>das Ziel hat 1 eigenes Ziel, dieser Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>the target has %1 own goals, this workspace %2</source>
        <translation>das Ziel hat %1 eigene Ziele, dieser Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>saved plan version %1 differs</source>
        <translation>gespeicherter Plan Version %1 weicht ab</translation>
    </message>
    <message>
        <source>their own goal %1 differs</source>
        <translation>das eigene Ziel %1 weicht ab</translation>
    </message>
    <message>
        <source>their note of %1 differs</source>
        <translation>die Notiz vom %1 weicht ab</translation>
    </message>
    <message>
        <source>their details differ: %1</source>
        <translation>die Angaben weichen ab: %1</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>someone added a client of this name on the target while the copy ran</source>
        <translation>jemand hat im Ziel einen Klienten dieses Namens angelegt, während kopiert wurde</translation>
    </message>
    <message>
        <source>copy the workspace</source>
        <translation>den Arbeitsbereich zu kopieren</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened this client; nothing was saved.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie diese Person geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else since you opened this client; nothing was saved.</source>
        <translation>%1 wurde von jemand anderem gelöscht, seit Sie diese Person geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Version %1 of %2&apos;s saved plan was changed by someone else since you opened it; nothing was saved.</source>
        <translation>Version %1 des gespeicherten Plans von %2 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The saved plan %1 was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Der gespeicherte Plan %1 wurde von jemand anderem gelöscht, seit Sie ihn geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Someone else renamed the catalog to &apos;%1&apos; since you opened it; nothing was saved.</source>
        <translation>Jemand anderes hat den Katalog in „%1“ umbenannt, seit Sie ihn geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The catalog %1 was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Der Katalog %1 wurde von jemand anderem gelöscht, seit Sie ihn geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The credential %1 was changed by someone else since you opened it; nothing was saved.</source>
        <translation>Das Zertifikat %1 wurde von jemand anderem geändert, seit Sie es geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The credential %1 was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Das Zertifikat %1 wurde von jemand anderem gelöscht, seit Sie es geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The skill %1 was changed by someone else since you opened it; nothing was saved.</source>
        <translation>Die Kompetenz %1 wurde von jemand anderem geändert, seit Sie sie geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The skill %1 was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Die Kompetenz %1 wurde von jemand anderem gelöscht, seit Sie sie geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1&apos;s goal %2 was changed by someone else since you opened it; nothing was saved.</source>
        <translation>Das Ziel %2 von %1 wurde von jemand anderem geändert, seit Sie es geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1&apos;s goal %2 was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Das Ziel %2 von %1 wurde von jemand anderem gelöscht, seit Sie es geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlanChangeWords</name>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>No plan reached the goal.</source>
        <translation>Kein Plan hat das Ziel erreicht.</translation>
    </message>
    <message>
        <source>Reaches the goal, which the plan before did not.</source>
        <translation>Erreicht das Ziel, anders als der vorige Plan.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Fügt %1 hinzu.</translation>
    </message>
    <message>
        <source>Drops %1.</source>
        <translation>Streicht %1.</translation>
    </message>
    <message>
        <source>The same credentials.</source>
        <translation>Dieselben Zertifikate.</translation>
    </message>
    <message>
        <source>Costs %1 more.</source>
        <translation>Kostet %1 mehr.</translation>
    </message>
    <message>
        <source>Costs %1 less.</source>
        <translation>Kostet %1 weniger.</translation>
    </message>
    <message>
        <source>Counts 1 more credit.</source>
        <translation>Zählt 1 Credit mehr.</translation>
    </message>
    <message>
        <source>Counts %1 more credits.</source>
        <translation>Zählt %1 Credits mehr.</translation>
    </message>
    <message>
        <source>Counts 1 credit less.</source>
        <translation>Zählt 1 Credit weniger.</translation>
    </message>
    <message>
        <source>Counts %1 fewer credits.</source>
        <translation>Zählt %1 Credits weniger.</translation>
    </message>
    <message>
        <source>Takes 1 more hour.</source>
        <translation>Dauert 1 Stunde länger.</translation>
    </message>
    <message>
        <source>Takes %L1 more hours.</source>
        <translation>Dauert %L1 Stunden länger.</translation>
    </message>
    <message>
        <source>Takes 1 hour less.</source>
        <translation>Dauert 1 Stunde weniger.</translation>
    </message>
    <message>
        <source>Takes %L1 fewer hours.</source>
        <translation>Dauert %L1 Stunden weniger.</translation>
    </message>
    <message>
        <source>Done 1 week later, by %1.</source>
        <translation>Fertig 1 Woche später, bis %1.</translation>
    </message>
    <message>
        <source>Done %L1 weeks later, by %2.</source>
        <translation>Fertig %L1 Wochen später, bis %2.</translation>
    </message>
    <message>
        <source>Done 1 day later, by %1.</source>
        <translation>Fertig 1 Tag später, bis %1.</translation>
    </message>
    <message>
        <source>Done %L1 days later, by %2.</source>
        <translation>Fertig %L1 Tage später, bis %2.</translation>
    </message>
    <message>
        <source>Done 1 week sooner, by %1.</source>
        <translation>Fertig 1 Woche früher, bis %1.</translation>
    </message>
    <message>
        <source>Done %L1 weeks sooner, by %2.</source>
        <translation>Fertig %L1 Wochen früher, bis %2.</translation>
    </message>
    <message>
        <source>Done 1 day sooner, by %1.</source>
        <translation>Fertig 1 Tag früher, bis %1.</translation>
    </message>
    <message>
        <source>Done %L1 days sooner, by %2.</source>
        <translation>Fertig %L1 Tage früher, bis %2.</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Value of an hour</source>
        <translation>&amp;Wert einer Stunde</translation>
    </message>
    <message>
        <source>What an hour of the client's time is worth; the Balanced objective weighs hours by it</source>
        <translation>Was eine Stunde Zeit des Klienten wert ist; das Ziel „Ausgewogen“ gewichtet die Stunden damit</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>&amp;Hours a week</source>
        <translation>&amp;Stunden pro Woche</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>B&amp;eginn</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>Skills held</source>
        <translation>Vorhandene Kompetenzen</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Kompetenzen filtern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected skill from the profile</source>
        <translation>Die gewählte Kompetenz aus dem Profil entfernen</translation>
    </message>
    <message>
        <source>Type to find a skill in the catalog</source>
        <translation>Tippen, um eine Kompetenz im Katalog zu finden</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>Stufe </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Credentials completed</source>
        <translation>Abgeschlossene Zertifikate</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Remove the selected credential from the completed list</source>
        <translation>Das gewählte Zertifikat aus der Liste der abgeschlossenen entfernen</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Who pays part of the client&apos;s bills, in the order they pay</source>
        <translation>Wer einen Teil der Rechnungen des Klienten zahlt, in der Reihenfolge, in der gezahlt wird</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finanzierungsquellen</translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation>&amp;Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add a funding source after the others</source>
        <translation>Eine Finanzierungsquelle nach den anderen hinzufügen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove the selected funding source</source>
        <translation>Die ausgewählte Finanzierungsquelle entfernen</translation>
    </message>
    <message>
        <source>&amp;Import badges…</source>
        <translation>Badges i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Add the credentials of Open Badges and CLR files to the completed ones</source>
        <translation>Die Zertifikate aus Open-Badges- und CLR-Dateien zu den abgeschlossenen hinzufügen</translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message>
        <source>%1 a year</source>
        <translation>%1 im Jahr</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
    <message>
        <source>%1 for all it covers</source>
        <translation>%1 für alles, was es umfasst</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 je Zertifikat</translation>
    </message>
    <message>
        <source>Yearly subscription</source>
        <translation>Jahresabonnement</translation>
    </message>
    <message>
        <source>Monthly subscription</source>
        <translation>Monatsabonnement</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>one price for 1 credential</source>
        <translation>ein Preis für 1 Zertifikat</translation>
    </message>
    <message>
        <source>one price for %1 credentials</source>
        <translation>ein Preis für %1 Zertifikate</translation>
    </message>
    <message>
        <source>%1 at %2 h a week</source>
        <translation>%1 bei %2 Std. pro Woche</translation>
    </message>
    <message>
        <source>%1 at %2 h</source>
        <translation>%1 bei %2 Std.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Its %1 credentials would cost %2 bought one by one.</source>
        <translation>Einzeln gekauft würden seine %1 Zertifikate %2 kosten.</translation>
    </message>
    <message>
        <source>Its %1 credentials would cost %2 bought one by one, %3 more.</source>
        <translation>Einzeln gekauft würden seine %1 Zertifikate %2 kosten, %3 mehr.</translation>
    </message>
    <message>
        <source>The plan now pays through %1: %2 for %3 credentials that would cost %4 bought one by one.</source>
        <translation>Der Plan bezahlt jetzt über %1: %2 für %3 Zertifikate, die einzeln gekauft %4 kosten würden.</translation>
    </message>
    <message>
        <source>The plan now pays through %1: %2.</source>
        <translation>Der Plan bezahlt jetzt über %1: %2.</translation>
    </message>
    <message>
        <source>The plan no longer pays through %1; it costs %2 now.</source>
        <translation>Der Plan bezahlt nicht mehr über %1; er kostet jetzt %2.</translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message>
        <source>Essential</source>
        <translation>Unverzichtbar</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>%1: %2 — no credential here teaches it</source>
        <translation>%1: %2 — kein Zertifikat hier vermittelt sie</translation>
    </message>
    <message>
        <source>Essential, no credential here teaches them (%1):</source>
        <translation>Unverzichtbar, von keinem Zertifikat hier vermittelt (%1):</translation>
    </message>
    <message>
        <source>Optional, no credential here teaches them (%1):</source>
        <translation>Optional, von keinem Zertifikat hier vermittelt (%1):</translation>
    </message>
    <message>
        <source>%1: %2 — taught here up to level %3, not %4; planned to level %3</source>
        <translation>%1: %2 — hier bis Stufe %3 vermittelt, nicht %4; geplant bis Stufe %3</translation>
    </message>
    <message>
        <source>Left out of the plan, as no credential here teaches them: %1 of the goal&apos;s %2 skills. The plan is for the rest.</source>
        <translation>Nicht im Plan, weil kein Zertifikat hier sie vermittelt: %1 der %2 Kompetenzen des Ziels. Der Plan gilt dem Rest.</translation>
    </message>
    <message>
        <source>Planned to a lower level than the goal asks, as no credential here teaches more: %1 of its skills.</source>
        <translation>Bis zu einer niedrigeren Stufe geplant, als das Ziel verlangt, weil kein Zertifikat hier mehr vermittelt: %1 seiner Kompetenzen.</translation>
    </message>
    <message>
        <source>The goal asks for %1 optional skills; credentials here teach only %2 of them, so the plan needs %2.</source>
        <translation>Das Ziel verlangt %1 optionale Kompetenzen; Zertifikate hier vermitteln nur %2 davon, also braucht der Plan %2.</translation>
    </message>
</context>
<context>
    <name>TransferWords</name>
    <message>
        <source>catalog %1</source>
        <translation>Katalog %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>Would copy: %1</source>
        <translation>Würde kopieren: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Schon vorhanden: %1</translation>
    </message>
    <message>
        <source>Conflict: %1: %2</source>
        <translation>Konflikt: %1: %2</translation>
    </message>
    <message>
        <source>Nothing was copied to %1.</source>
        <translation>Nichts wurde nach %1 kopiert.</translation>
    </message>
    <message>
        <source>1 catalog</source>
        <translation>1 Katalog</translation>
    </message>
    <message>
        <source>%1 catalogs</source>
        <translation>%1 Kataloge</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Klient</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Klienten</translation>
    </message>
    <message>
        <source>1 saved plan</source>
        <translation>1 gespeichertem Plan</translation>
    </message>
    <message>
        <source>%1 saved plans</source>
        <translation>%1 gespeicherten Plänen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>1 own goal</source>
        <translation>1 eigenen Ziel</translation>
    </message>
    <message>
        <source>%1 own goals</source>
        <translation>%1 eigenen Zielen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <source>%1 and %2 already there</source>
        <translation>%1 und %2 schon vorhanden</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: 1 catalog or client differs from the one of the same name there. Rename it or bring the two together, then copy again.</source>
        <translation>Nichts wurde nach %1 kopiert: 1 Katalog oder Klient weicht von dem gleichen Namens dort ab. Benennen Sie ihn um oder führen Sie beide zusammen und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2 catalogs or clients differ from those of the same name there. Rename them or bring them together, then copy again.</source>
        <translation>Nichts wurde nach %1 kopiert: %2 Kataloge oder Klienten weichen von denen gleichen Namens dort ab. Benennen Sie sie um oder führen Sie sie zusammen und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Would copy %1 and %2%3 to %4; %5. Nothing was written (dry run).</source>
        <translation>Würde %1 und %2%3 nach %4 kopieren; %5. Nichts wurde geschrieben (Probelauf).</translation>
    </message>
    <message>
        <source>Nothing to copy to %1: %2.</source>
        <translation>Nichts nach %1 zu kopieren: %2.</translation>
    </message>
    <message>
        <source>Copied %1 and %2%3 to %4; %5.</source>
        <translation>%1 und %2%3 nach %4 kopiert; %5.</translation>
    </message>
</context>
<context>
    <name>FundingWords</name>
    <message>
        <source>employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>You pay %1 of %2 yourself.</source>
        <translation>Sie zahlen %1 von %2 selbst.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 im Jahr %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2 due, %3 funded, you pay %4</source>
        <translation>%1: %2 fällig, %3 gefördert, Sie zahlen %4</translation>
    </message>
    <message>
        <source>What the client pays</source>
        <translation>Was der Klient selbst zahlt</translation>
    </message>
    <message>
        <source>All costs</source>
        <translation>Alle Kosten</translation>
    </message>
    <message>
        <source>The budget limits what the client pays after the funding sources.</source>
        <translation>Das Budget begrenzt, was der Klient nach den Finanzierungsquellen selbst zahlt.</translation>
    </message>
    <message>
        <source>The budget limits all the plan&apos;s money, funded or not.</source>
        <translation>Das Budget begrenzt alle Kosten des Plans, ob finanziert oder nicht.</translation>
    </message>
</context>
<context>
    <name>cairn::app::FundingModel</name>
    <message>
        <source>a year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>provider:NAME, tag:TAG or cred:ID, separated by commas; empty covers everything</source>
        <translation>provider:NAME, tag:TAG oder cred:ID, durch Kommas getrennt; leer deckt alles ab</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Cap per</source>
        <translation>Obergrenze je</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Deckt ab</translation>
    </message>
    <message>
        <source>Edit funding source %1</source>
        <translation>Finanzierungsquelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Add funding source %1</source>
        <translation>Finanzierungsquelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove funding source %1</source>
        <translation>Finanzierungsquelle %1 entfernen</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>Imported %Ln credentials from %1.</source>
        <translation><numerusform>%Ln Zertifikat aus %1 importiert.</numerusform><numerusform>%Ln Zertifikate aus %1 importiert.</numerusform></translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>der Kontakt</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>der Katalog</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>the advisor</source>
        <translation>die Zuständigkeit</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>the cost</source>
        <translation>die Kosten</translation>
    </message>
    <message>
        <source>the hours</source>
        <translation>die Stunden</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <source>the web address</source>
        <translation>die Webadresse</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the prerequisites</source>
        <translation>die Voraussetzungen</translation>
    </message>
    <message>
        <source>the skills it grants</source>
        <translation>die vermittelten Kompetenzen</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>die Schlagwörter</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <source>the date checked</source>
        <translation>das Prüfdatum</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>der Preis</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>der Status</translation>
    </message>
    <message>
        <source>the name in the profile</source>
        <translation>der Name im Profil</translation>
    </message>
    <message>
        <source>the skills</source>
        <translation>die Kompetenzen</translation>
    </message>
    <message>
        <source>the credentials held</source>
        <translation>die vorhandenen Zertifikate</translation>
    </message>
    <message>
        <source>the dates credentials were earned</source>
        <translation>die Erwerbsdaten der Zertifikate</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>das Budget</translation>
    </message>
    <message>
        <source>the hours a week</source>
        <translation>die Stunden pro Woche</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>der Beginn</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>die Frist</translation>
    </message>
    <message>
        <source>the value of an hour</source>
        <translation>der Wert einer Stunde</translation>
    </message>
    <message>
        <source>the credentials kept in the plan</source>
        <translation>die fest eingeplanten Zertifikate</translation>
    </message>
    <message>
        <source>the credentials left out</source>
        <translation>die ausgeschlossenen Zertifikate</translation>
    </message>
    <message>
        <source>the field %1</source>
        <translation>das Feld %1</translation>
    </message>
    <message>
        <source>%1 at level %2</source>
        <translation>%1 auf Stufe %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>Katalog %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>der Klient</translation>
    </message>
    <message>
        <source>plan version %1</source>
        <translation>Planversion %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>the own goal %1</source>
        <translation>das eigene Ziel %1</translation>
    </message>
    <message>
        <source>the sharing with %1</source>
        <translation>die Freigabe für %1</translation>
    </message>
    <message>
        <source>the skill %1</source>
        <translation>die Kompetenz %1</translation>
    </message>
    <message>
        <source>the credential %1</source>
        <translation>das Zertifikat %1</translation>
    </message>
    <message>
        <source>the program %1</source>
        <translation>das Studienprogramm %1</translation>
    </message>
    <message>
        <source>the goal %1</source>
        <translation>das Ziel %1</translation>
    </message>
    <message>
        <source>the offer %1</source>
        <translation>das Angebot %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <source>Added a note: %1.</source>
        <translation>Notiz hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Shared the client with %1.</source>
        <translation>Für %1 freigegeben.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <source>Deleted a note: %1.</source>
        <translation>Notiz gelöscht: %1.</translation>
    </message>
    <message>
        <source>Stopped sharing the client with %1.</source>
        <translation>Freigabe für %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>Geändert – %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields</source>
        <translation><numerusform>%n weiteres Feld</numerusform><numerusform>%n weitere Felder</numerusform></translation>
    </message>
</context>
<context>
    <name>KeepingWords</name>
    <message>
        <source>%1–%2, typical %3</source>
        <translation>%1–%2, typisch %3</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>%1–%2 hours, typical %3</source>
        <translation>%1–%2 Stunden, typisch %3</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Cost to hold for %1: %2 (%3 to earn, %4 in renewal fees</source>
        <translation>Haltekosten für %1: %2 (%3 für den Erwerb, %4 an Verlängerungsgebühren</translation>
    </message>
    <message>
        <source>; %1 hours of continuing education</source>
        <translation>; %1 Stunden Weiterbildung</translation>
    </message>
    <message>
        <source>; some fees estimated).</source>
        <translation>; einige Gebühren geschätzt).</translation>
    </message>
    <message>
        <source>).</source>
        <translation>).</translation>
    </message>
    <message>
        <source>Renew %1 by passing the exam again: %2 and about %3 hours of study.</source>
        <translation>%1 durch erneutes Bestehen der Prüfung verlängern: %2 und etwa %3 Stunden Lernzeit.</translation>
    </message>
    <message>
        <source>Renew %1 by passing the exam again: %2.</source>
        <translation>%1 durch erneutes Bestehen der Prüfung verlängern: %2.</translation>
    </message>
    <message>
        <source>Renew %1: %2 hours of continuing education, no fee.</source>
        <translation>%1 verlängern: %2 Stunden Weiterbildung, keine Gebühr.</translation>
    </message>
    <message>
        <source>Renew %1: no fee.</source>
        <translation>%1 verlängern: keine Gebühr.</translation>
    </message>
    <message>
        <source>Renew %1: %2 and %3 hours of continuing education.</source>
        <translation>%1 verlängern: %2 und %3 Stunden Weiterbildung.</translation>
    </message>
    <message>
        <source>Renew %1: %2.</source>
        <translation>%1 verlängern: %2.</translation>
    </message>
    <message>
        <source>Yearly fee for %1: %2.</source>
        <translation>Jahresgebühr für %1: %2.</translation>
    </message>
    <message>
        <source>%1 expires; the catalog names no way to renew it.</source>
        <translation>%1 läuft ab; der Katalog nennt keinen Weg, das Zertifikat zu verlängern.</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>%1 verlängern</translation>
    </message>
    <message>
        <source>Yearly fee: %1</source>
        <translation>Jahresgebühr: %1</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>%1 läuft ab</translation>
    </message>
    <message>
        <source>With cohorts in the plan, Cairn cannot say when it would finish on the high estimates of hours.</source>
        <translation>Mit Kohorten im Plan kann Cairn nicht sagen, wann er bei den hohen Stundenschätzungen fertig wäre.</translation>
    </message>
    <message>
        <source>On the high estimates of hours the plan would run past the last date Cairn plans with.</source>
        <translation>Bei den hohen Stundenschätzungen liefe der Plan über das letzte Datum hinaus, mit dem Cairn plant.</translation>
    </message>
    <message>
        <source>Done by %1 on typical hours; by %2 on the high estimates, after the deadline of %3.</source>
        <translation>Fertig bis %1 bei typischen Stunden; bis %2 bei den hohen Schätzungen, nach der Frist %3.</translation>
    </message>
    <message>
        <source>Done by %1 on typical hours; by %2 on the high estimates, still within the deadline.</source>
        <translation>Fertig bis %1 bei typischen Stunden; bis %2 bei den hohen Schätzungen, noch innerhalb der Frist.</translation>
    </message>
    <message>
        <source>Done by %1 on typical hours; by %2 on the high estimates.</source>
        <translation>Fertig bis %1 bei typischen Stunden; bis %2 bei den hohen Schätzungen.</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
    <message>
        <source>Yearly fee due</source>
        <translation>Jahresgebühr fällig</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Held (cost to hold: 1 year)</source>
        <translation>Gehalten (Haltekosten: 1 Jahr)</translation>
    </message>
    <message>
        <source>Held (cost to hold: %1 years)</source>
        <translation>Gehalten (Haltekosten: %1 Jahre)</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 from this plan and %2 earned before it, of %3 needed</source>
        <translation>%1 aus diesem Plan und %2 bereits erworben, von %3 benötigten</translation>
    </message>
    <message>
        <source>The search stopped before it proved how close this plan is to the best possible.</source>
        <translation>Die Suche wurde beendet, bevor sie nachweisen konnte, wie nah dieser Plan am bestmöglichen liegt.</translation>
    </message>
    <message>
        <source>No plan costs you less than %1 yourself.</source>
        <translation>Bei keinem Plan zahlen Sie selbst weniger als %1.</translation>
    </message>
    <message>
        <source>No plan costs less than %1.</source>
        <translation>Kein Plan kostet weniger als %1.</translation>
    </message>
    <message>
        <source>No plan takes fewer than %1 hours.</source>
        <translation>Kein Plan braucht weniger als %1 Stunden.</translation>
    </message>
    <message>
        <source>No plan scores below %1 of money and time.</source>
        <translation>Kein Plan liegt unter %1 an Geld und Zeit.</translation>
    </message>
    <message>
        <source>No plan finishes by %1.</source>
        <translation>Kein Plan ist bis %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>No plan finishes before %1.</source>
        <translation>Kein Plan ist vor dem %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>This plan finishes at most %1 days after the earliest possible.</source>
        <translation>Dieser Plan endet höchstens %1 Tage nach dem frühestmöglichen Termin.</translation>
    </message>
    <message>
        <source>No plan costs less than this one; one of the same cost with fewer hours was not ruled out.</source>
        <translation>Kein Plan kostet weniger als dieser; einer mit denselben Kosten und weniger Stunden wurde nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>No plan takes fewer hours than this one; one of as few hours that costs less was not ruled out.</source>
        <translation>Kein Plan braucht weniger Stunden als dieser; einer mit ebenso wenigen Stunden, der weniger kostet, wurde nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>No plan scores better on money and time; one as good with fewer hours was not ruled out.</source>
        <translation>Kein Plan schneidet bei Geld und Zeit besser ab; einer, der ebenso gut ist und weniger Stunden braucht, wurde nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>No plan is better by this measure; a tie between equally good plans was not settled.</source>
        <translation>Kein Plan ist nach diesem Maß besser; der Gleichstand zwischen ebenso guten Plänen wurde nicht entschieden.</translation>
    </message>
    <message>
        <source>This plan is within %1 of the best possible.</source>
        <translation>Dieser Plan liegt höchstens %1 über dem bestmöglichen.</translation>
    </message>
    <message>
        <source>This plan is at most %1 above the cheapest possible.</source>
        <translation>Dieser Plan liegt höchstens %1 über dem günstigstmöglichen.</translation>
    </message>
    <message>
        <source>This plan takes at most %1 more hours than the fewest possible.</source>
        <translation>Dieser Plan braucht höchstens %1 mehr Stunden als der kürzestmögliche.</translation>
    </message>
    <message>
        <source>This plan is at most %1 above the best possible.</source>
        <translation>Dieser Plan liegt höchstens %1 über dem bestmöglichen.</translation>
    </message>
    <message>
        <source>No plan costs less than %1 to earn and hold.</source>
        <translation>Kein Plan kostet weniger als %1 für Erwerb und Halten.</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>You pinned it to the plan.</source>
        <translation>Sie haben es im Plan festgelegt.</translation>
    </message>
    <message>
        <source>Completes a combination that meets the goal's requirements at the least cost.</source>
        <translation>Vervollständigt eine Kombination, die die Anforderungen des Ziels am günstigsten erfüllt.</translation>
    </message>
    <message>
        <source>Gives %1, which the goal '%2' needs.</source>
        <translation>Vermittelt %1, wie vom Ziel „%2“ verlangt.</translation>
    </message>
    <message>
        <source>Gives %1, which the goal needs.</source>
        <translation>Vermittelt %1, wie vom Ziel verlangt.</translation>
    </message>
    <message>
        <source>A prerequisite of '%1'.</source>
        <translation>Eine Voraussetzung für „%1“.</translation>
    </message>
    <message>
        <source>Gives %1, a prerequisite of '%2'.</source>
        <translation>Vermittelt %1, eine Voraussetzung für „%2“.</translation>
    </message>
    <message>
        <source>Counts %1 toward %2 in %3.</source>
        <translation>Zählt %1 für %2 in %3.</translation>
    </message>
    <message>
        <source>Counts %1 toward %2.</source>
        <translation>Zählt %1 für %2.</translation>
    </message>
    <message>
        <source>Counts %1 in %2.</source>
        <translation>Zählt %1 in %2.</translation>
    </message>
    <message>
        <source>Counts %1.</source>
        <translation>Zählt %1.</translation>
    </message>
</context>
<context>
    <name>RequirementWords</name>
    <message>
        <source> and </source>
        <comment>what is missing: one option&apos;s parts</comment>
        <translation> und </translation>
    </message>
    <message>
        <source>; </source>
        <comment>what is missing: options</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 of: %2</source>
        <comment>what is missing: 2 of: A; B; C</comment>
        <translation>%1 von: %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <comment>what is missing</comment>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>No prerequisites</source>
        <translation>Keine Voraussetzungen</translation>
    </message>
    <message>
        <source>%1 at level %2</source>
        <translation>%1 auf Stufe %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>both %1</source>
        <translation>beide: %1</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>alle: %1</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>either %1</source>
        <translation>entweder %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>at least %1 of %2</source>
        <translation>mindestens %1 von: %2</translation>
    </message>
    <message numerus="yes">
        <source>All of these %n</source>
        <translation>
            <numerusform>Alle diese %n</numerusform>
            <numerusform>Alle diese %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of these %L2</source>
        <translation>%L1 von diesen %L2</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;ESCO URI</source>
        <translation>&amp;ESCO-URI</translation>
    </message>
    <message>
        <source>http://data.europa.eu/esco/skill/…</source>
        <translation>http://data.europa.eu/esco/skill/…</translation>
    </message>
    <message>
        <source>&amp;O*NET code</source>
        <translation>&amp;O*NET-Code</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>StoreDataSource</name>
    <message>
        <source>%1 The catalog now shows what they saved; save again to keep yours over it.</source>
        <translation>%1 Der Katalog zeigt jetzt, was die andere Person gespeichert hat; speichern Sie erneut, um Ihre Fassung darüber zu behalten.</translation>
    </message>
    <message>
        <source>The workspace %1 has no catalog yet. Open one with File → Open catalog, or add one to the workspace with cairn-cli import.</source>
        <translation>Der Arbeitsbereich %1 hat noch keinen Katalog. Öffnen Sie einen mit Datei → Katalog öffnen, oder fügen Sie mit cairn-cli import einen zum Arbeitsbereich hinzu.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>A skill's id cannot be changed once credentials may refer to it.</source>
        <translation>Die ID einer Kompetenz lässt sich nicht mehr ändern, sobald Zertifikate auf sie verweisen können.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
</context>
<context>
    <name>cairn::app</name>
    <message>
        <source>Cairn could not open the team workspace:
%1

Your local workspace is open instead. Try again with File → Connect to team workspace….</source>
        <translation>Cairn konnte den Team-Arbeitsbereich nicht öffnen:
%1

Stattdessen ist Ihr lokaler Arbeitsbereich geöffnet. Versuchen Sie es erneut mit Datei → Mit Team-Arbeitsbereich verbinden….</translation>
    </message>
    <message>
        <source>Cairn plans learning pathways of stackable micro-credentials.</source>
        <translation>Cairn plant Lernpfade aus stapelbaren Micro-Credentials.</translation>
    </message>
    <message>
        <source>Open the workspace database FILE, or a team&apos;s workspace on a PostgreSQL server given as postgresql://user@host:port/database.</source>
        <translation>Öffnet die Arbeitsbereich-Datenbank DATEI oder den Arbeitsbereich eines Teams auf einem PostgreSQL-Server, angegeben als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Plan with the catalog FILE (added to the workspace when one is open).</source>
        <translation>Plant mit dem Katalog DATEI (wird dem Arbeitsbereich hinzugefügt, wenn einer geöffnet ist).</translation>
    </message>
    <message>
        <source>Open the profile FILE as a client.</source>
        <translation>Öffnet das Profil DATEI als Klienten.</translation>
    </message>
    <message>
        <source>Work from catalog and profile files, without a workspace.</source>
        <translation>Arbeitet mit Katalog- und Profildateien, ohne Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open the client NAME (or id).</source>
        <translation>Öffnet den Klienten NAME (oder die ID).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Choose the goal ID.</source>
        <translation>Wählt das Ziel ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Select the credential ID.</source>
        <translation>Wählt das Zertifikat ID aus.</translation>
    </message>
    <message>
        <source>Show the pathway, the timeline, the charts, the caseload or the profile.</source>
        <translation>Zeigt den Lernpfad, den Zeitplan, die Diagramme, die Fallübersicht oder das Profil.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Verwendet dunkle Farben.</translation>
    </message>
    <message>
        <source>Keep settings in the INI FILE.</source>
        <translation>Speichert die Einstellungen in der INI-Datei DATEI.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once planned, then quit.</source>
        <translation>Speichert nach der Planung ein Bild des Fensters in DATEI und beendet das Programm.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1600x1000.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit.</source>
        <translation>Gibt aus, wie lange das Fenster zum Erscheinen brauchte, und beendet das Programm.</translation>
    </message>
    <message>
        <source>A catalog or profile file to open.</source>
        <translation>Eine Katalog- oder Profildatei, die geöffnet wird.</translation>
    </message>
    <message>
        <source>--size takes a width and height like 1600x1000.</source>
        <translation>--size erwartet Breite und Höhe wie 1600x1000.</translation>
    </message>
    <message>
        <source>--view is "pathway", "timeline", "charts", "caseload" or "profile".</source>
        <translation>--view ist „pathway“, „timeline“, „charts“, „caseload“ oder „profile“.</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>Cairn could not open its data:
%1

The bundled sample catalog is open instead.</source>
        <translation>Cairn konnte seine Daten nicht öffnen:
%1

Stattdessen ist der mitgelieferte Beispielkatalog geöffnet.</translation>
    </message>
    <message>
        <source>A credential needs an id.</source>
        <translation>Ein Zertifikat braucht eine ID.</translation>
    </message>
    <message>
        <source>A credential needs a title.</source>
        <translation>Ein Zertifikat braucht einen Titel.</translation>
    </message>
    <message>
        <source>Another credential already has the id "%1".</source>
        <translation>Ein anderes Zertifikat hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>There is no credential "%1".</source>
        <translation>Es gibt kein Zertifikat „%1“.</translation>
    </message>
    <message>
        <source>It cannot be deleted: %1</source>
        <translation>Es kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>There is no skill "%1".</source>
        <translation>Es gibt keine Kompetenz „%1“.</translation>
    </message>
    <message>
        <source>A skill needs an id.</source>
        <translation>Eine Kompetenz braucht eine ID.</translation>
    </message>
    <message>
        <source>A skill needs a name.</source>
        <translation>Eine Kompetenz braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another skill already has the id "%1".</source>
        <translation>Eine andere Kompetenz hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>A skill's id cannot be changed once credentials may refer to it.</source>
        <translation>Die ID einer Kompetenz lässt sich nicht mehr ändern, sobald Zertifikate auf sie verweisen können.</translation>
    </message>
    <message>
        <source>Charts are saved as PNG or SVG: choose a file name ending in .png or .svg.</source>
        <translation>Diagramme werden als PNG oder SVG gespeichert: Wählen Sie einen Dateinamen, der auf .png oder .svg endet.</translation>
    </message>
    <message>
        <source>A chart drawn by Cairn</source>
        <translation>Ein von Cairn gezeichnetes Diagramm</translation>
    </message>
    <message>
        <source>%1 could not be written: the drawing could not be started.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Zeichnung ließ sich nicht beginnen.</translation>
    </message>
    <message>
        <source>%1 could not be written: the image could not be encoded.</source>
        <translation>%1 konnte nicht geschrieben werden: Das Bild ließ sich nicht kodieren.</translation>
    </message>
    <message>
        <source>Print the version and the git revision, then quit.</source>
        <translation>Gibt Version und Git-Revision aus und beendet das Programm.</translation>
    </message>
</context>
<context>
    <name>cairn::app::CandidateSet</name>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Fewest hours</source>
        <translation>Wenigste Stunden</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Soonest</source>
        <translation>Am frühesten</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <source>%1, within %2</source>
        <translation>%1, höchstens %2</translation>
    </message>
    <message>
        <source>%1, without %2</source>
        <translation>%1, ohne %2</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, mit %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no plan that reaches the goal to keep as a candidate.</source>
        <translation>Es gibt keinen Plan, der das Ziel erreicht und als Variante behalten werden könnte.</translation>
    </message>
    <message>
        <source>Adopt candidate %1</source>
        <translation>Variante %1 übernehmen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fertig bis</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Vergleichsbasis)</translation>
    </message>
    <message>
        <source>The baseline: the other candidates are compared with this one.</source>
        <translation>Die Vergleichsbasis: Die anderen Varianten werden mit dieser verglichen.</translation>
    </message>
    <message>
        <source>%L1 weeks later</source>
        <translation>%L1 Wochen später</translation>
    </message>
    <message>
        <source>%L1 weeks sooner</source>
        <translation>%L1 Wochen früher</translation>
    </message>
    <message>
        <source>1 day later</source>
        <translation>1 Tag später</translation>
    </message>
    <message>
        <source>1 day sooner</source>
        <translation>1 Tag früher</translation>
    </message>
    <message>
        <source>%L1 days later</source>
        <translation>%L1 Tage später</translation>
    </message>
    <message>
        <source>%L1 days sooner</source>
        <translation>%L1 Tage früher</translation>
    </message>
    <message>
        <source>%1, without %L2 credentials</source>
        <translation>%1, ohne %L2 Zertifikate</translation>
    </message>
    <message>
        <source>%1, with %L2 pinned</source>
        <translation>%1, %L2 festgelegt</translation>
    </message>
    <message>
        <source>Least out of pocket</source>
        <translation>Geringster Eigenanteil</translation>
    </message>
    <message>
        <source>Cheapest to hold</source>
        <translation>Am günstigsten zu halten</translation>
    </message>
</context>
<context>
    <name>cairn::app::CandidatesPanel</name>
    <message>
        <source>&amp;Keep as candidate…</source>
        <translation>Als &amp;Variante behalten…</translation>
    </message>
    <message>
        <source>Keep the plan shown now as a candidate to compare with others (Ctrl+K)</source>
        <translation>Den angezeigten Plan als Variante behalten, um ihn mit anderen zu vergleichen (Strg+K)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Plan again with this candidate's goal, objective and limits (Enter)</source>
        <translation>Mit Ziel, Optimierung und Grenzen dieser Variante neu planen (Eingabe)</translation>
    </message>
    <message>
        <source>Make this candidate the baseline the others are compared with</source>
        <translation>Diese Variante zur Vergleichsbasis für die anderen machen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename this candidate (F2)</source>
        <translation>Diese Variante umbenennen (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this candidate (Delete)</source>
        <translation>Diese Variante entfernen (Entf)</translation>
    </message>
    <message>
        <source>Save to workspace…</source>
        <translation>Im Arbeitsbereich speichern…</translation>
    </message>
    <message>
        <source>Save this candidate as the client's next plan version</source>
        <translation>Diese Variante als nächste Planversion des Klienten speichern</translation>
    </message>
    <message>
        <source>No candidate plans yet. Keep the plan shown as a candidate (Ctrl+K), change the objective, budget, deadline, pins or excludes, and keep another to see them side by side.</source>
        <translation>Noch keine Planvarianten. Behalten Sie den angezeigten Plan als Variante (Strg+K), ändern Sie Optimierung, Budget, Frist, Festlegungen oder Ausschlüsse und behalten Sie eine weitere, um beide nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>There is no plan that reaches the goal to keep as a candidate.</source>
        <translation>Es gibt keinen Plan, der das Ziel erreicht und als Variante behalten werden könnte.</translation>
    </message>
    <message>
        <source>Keep as candidate</source>
        <translation>Als Variante behalten</translation>
    </message>
    <message>
        <source>Name of this candidate:</source>
        <translation>Name dieser Variante:</translation>
    </message>
    <message>
        <source>Kept "%1" as a candidate.</source>
        <translation>„%1“ als Variante behalten.</translation>
    </message>
    <message>
        <source>Planning with the inputs of "%1".</source>
        <translation>Wird mit den Vorgaben von „%1“ geplant.</translation>
    </message>
    <message>
        <source>Save to workspace</source>
        <translation>Im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Saved "%1" as the client's next plan version.</source>
        <translation>„%1“ als nächste Planversion des Klienten gespeichert.</translation>
    </message>
    <message>
        <source>Make baseline</source>
        <translation>Zur Vergleichsbasis machen</translation>
    </message>
</context>
<context>
    <name>cairn::app::CaseloadModel</name>
    <message>
        <source>Advisor</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>No plan found in time</source>
        <translation>Kein Plan im Zeitlimit gefunden</translation>
    </message>
    <message>
        <source>Use a saved plan as a template</source>
        <translation>Einen gespeicherten Plan als Vorlage verwenden</translation>
    </message>
    <message>
        <source>No goal chosen</source>
        <translation>Kein Ziel gewählt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Latest plan</source>
        <translation>Neuester Plan</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fertig bis</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>No saved plan</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Feasible, not proven best</source>
        <translation>Machbar, nicht als bester belegt</translation>
    </message>
    <message>
        <source>Goal out of reach</source>
        <translation>Ziel unerreichbar</translation>
    </message>
    <message>
        <source>One saved plan version, saved %1.</source>
        <translation>Eine gespeicherte Planversion, gespeichert am %1.</translation>
    </message>
    <message>
        <source>%L1 saved plan versions; the latest saved %2.</source>
        <translation>%L1 gespeicherte Planversionen; die neueste gespeichert am %2.</translation>
    </message>
</context>
<context>
    <name>cairn::app::CaseloadPanel</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Who changed what about the client, their plans and notes, and when.</source>
        <translation>Wer wann was am Klienten, an seinen Plänen und Notizen geändert hat.</translation>
    </message>
    <message>
        <source>No recorded changes yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Changes are recorded in a workspace; this window works from files.</source>
        <translation>Änderungen werden in einem Arbeitsbereich aufgezeichnet; dieses Fenster arbeitet mit Dateien.</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>no plan found in time</source>
        <translation>kein Plan im Zeitlimit gefunden</translation>
    </message>
    <message>
        <source>About the chosen plan version</source>
        <translation>Zur gewählten Planversion</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Klient öffnen</translation>
    </message>
    <message>
        <source>Use as template for…</source>
        <translation>Als Vorlage verwenden für…</translation>
    </message>
    <message>
        <source>Search clients, goals and plan status</source>
        <translation>Klienten, Ziele und Planstatus durchsuchen</translation>
    </message>
    <message>
        <source>Search clients by name</source>
        <translation>Klienten nach Namen suchen</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln clients, by name. Scroll down for more, or type a name to search.</source>
        <translation>
            <numerusform>%1 von %Ln Klienten, nach Namen. Für weitere nach unten scrollen oder einen Namen eingeben, um zu suchen.</numerusform>
            <numerusform>%1 von %Ln Klienten, nach Namen. Für weitere nach unten scrollen oder einen Namen eingeben, um zu suchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of the %Ln clients whose name holds “%2”. Scroll down for more.</source>
        <translation>
            <numerusform>%1 von %Ln Klienten, deren Name „%2“ enthält. Für weitere nach unten scrollen.</numerusform>
            <numerusform>%1 von %Ln Klienten, deren Name „%2“ enthält. Für weitere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients whose name holds “%1”: %Ln.</source>
        <translation>
            <numerusform>Klienten, deren Name „%1“ enthält: %Ln.</numerusform>
            <numerusform>Klienten, deren Name „%1“ enthält: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the window to this client (Enter or double-click)</source>
        <translation>Das Fenster auf diesen Klienten umschalten (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Give another client this plan's goal, objective, budget, deadline, pins and excludes; their own skills and dates stay theirs</source>
        <translation>Einem anderen Klienten Ziel, Optimierung, Budget, Frist, Festlegungen und Ausschlüsse dieses Plans geben; seine eigenen Kompetenzen und Termine bleiben erhalten</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Notiz schreiben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Planverlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Kein Klient gewählt</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>The first saved version.</source>
        <translation>Die erste gespeicherte Version.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Notes are kept in a workspace; this window works from files.</source>
        <translation>Notizen werden in einem Arbeitsbereich geführt; dieses Fenster arbeitet mit Dateien.</translation>
    </message>
    <message>
        <source>%1, about version %2: %3</source>
        <translation>%1, zu Version %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Use as template</source>
        <translation>Als Vorlage verwenden</translation>
    </message>
    <message>
        <source>Give this plan's goal, objective and limits to:</source>
        <translation>Ziel, Optimierung und Grenzen dieses Plans übertragen auf:</translation>
    </message>
    <message>
        <source>%1 now plans with the goal and limits of %2's plan.</source>
        <translation>%1 plant jetzt mit dem Ziel und den Grenzen aus dem Plan von %2.</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>machbar</translation>
    </message>
    <message>
        <source>goal out of reach</source>
        <translation>Ziel unerreichbar</translation>
    </message>
    <message>
        <source>Saved %1
%2</source>
        <translation>Gespeichert am %1
%2</translation>
    </message>
    <message>
        <source>Saved %1
%2: %3, done by %4</source>
        <translation>Gespeichert am %1
%2: %3, fertig bis %4</translation>
    </message>
    <message>
        <source>No saved plans yet.</source>
        <translation>Noch keine gespeicherten Pläne.</translation>
    </message>
    <message>
        <source>Keep a candidate, then save it to the workspace.</source>
        <translation>Variante behalten, dann im Arbeitsbereich speichern.</translation>
    </message>
    <message>
        <source>Plan history is kept in a workspace.</source>
        <translation>Der Planverlauf wird in einem Arbeitsbereich geführt.</translation>
    </message>
    <message>
        <source>This window works from files.</source>
        <translation>Dieses Fenster arbeitet mit Dateien.</translation>
    </message>
    <message>
        <source>Open version</source>
        <translation>Version öffnen</translation>
    </message>
    <message>
        <source>Show this saved version: its plan, timeline and report, to export it or compare it with the current plan (Enter or double-click)</source>
        <translation>Diese gespeicherte Fassung zeigen: Plan, Zeitplan und Bericht, um sie zu exportieren oder mit dem aktuellen Plan zu vergleichen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Enter or double-click shows this version.</source>
        <translation>Eingabetaste oder Doppelklick zeigt diese Fassung.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>cairn::app::CatalogPanel</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any pace</source>
        <translation>Jedes Tempo</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Freies Tempo</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Jede Kompetenz</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>1 credential</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <source>%L1 credentials</source>
        <translation>%L1 Zertifikate</translation>
    </message>
    <message>
        <source>%L1 of %L2 credentials</source>
        <translation>%L1 von %L2 Zertifikaten</translation>
    </message>
    <message>
        <source>No credentials match these filters.</source>
        <translation>Keine Zertifikate passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No credentials match “%1”.</source>
        <translation>Keine Zertifikate passen zu „%1“.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>cairn::app::ChartsPanel</name>
    <message>
        <source>Click a plan on the trade-off to show it.</source>
        <translation>Klicken Sie auf einen Plan der Abwägung, um ihn anzuzeigen.</translation>
    </message>
    <message>
        <source>Choose a goal to see its trade-off</source>
        <translation>Wählen Sie ein Ziel, um seine Abwägung zu sehen</translation>
    </message>
    <message>
        <source>Working out the trade-off…</source>
        <translation>Abwägung wird berechnet…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cost against time…</source>
        <translation>Kosten gegen Zeit…</translation>
    </message>
    <message>
        <source>Skills by area…</source>
        <translation>Kompetenzen nach Bereich…</translation>
    </message>
    <message>
        <source>Money spent…</source>
        <translation>Ausgaben…</translation>
    </message>
    <message>
        <source>Study hours…</source>
        <translation>Lernstunden…</translation>
    </message>
    <message>
        <source>Credits by category…</source>
        <translation>Credits nach Kategorie…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or an SVG drawing (%1)</source>
        <translation>Ein Diagramm als PNG-Bild oder SVG-Zeichnung speichern (%1)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
</context>
<context>
    <name>cairn::app::ClientController</name>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>Profiles are kept in the workspace; create a client instead.</source>
        <translation>Profile werden im Arbeitsbereich geführt; legen Sie stattdessen einen Klienten an.</translation>
    </message>
</context>
<context>
    <name>cairn::app::CredentialDialog</name>
    <message>
        <source>Edit credential</source>
        <translation>Zertifikat bearbeiten</translation>
    </message>
    <message>
        <source>Add credential</source>
        <translation>Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Freies Tempo</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Not understood at character %1: %2</source>
        <translation>Nicht verstanden bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>The id must be lower-case letters, digits, dots, dashes or underscores, e.g. "intro-sql".</source>
        <translation>Die ID besteht aus Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, z. B. „intro-sql“.</translation>
    </message>
    <message>
        <source>Give the credential a title.</source>
        <translation>Geben Sie dem Zertifikat einen Titel.</translation>
    </message>
    <message>
        <source>"%1" in the cohort starts is not a date; write dates as YYYY-MM-DD.</source>
        <translation>„%1“ bei den Kohortenbeginnen ist kein Datum; schreiben Sie Daten als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>A cohort credential needs at least one start date.</source>
        <translation>Ein Kohorten-Zertifikat braucht mindestens einen Starttermin.</translation>
    </message>
    <message>
        <source>"%1": a skill level is a whole number from 1 to 5.</source>
        <translation>„%1“: Eine Kompetenzstufe ist eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>"%1" is not a skill in this catalog; add the skill first.</source>
        <translation>„%1“ ist keine Kompetenz dieses Katalogs; fügen Sie die Kompetenz zuerst hinzu.</translation>
    </message>
    <message>
        <source>Requires: %1 (at character %2).</source>
        <translation>Voraussetzungen: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>None: sold through offers</source>
        <translation>Keiner: nur über Angebote erhältlich</translation>
    </message>
</context>
<context>
    <name>cairn::app::CredentialTableModel</name>
    <message>
        <source>Offer only</source>
        <translation>Nur Angebot</translation>
    </message>
    <message>
        <source>From %1, through %2</source>
        <translation>Ab %1, über %2</translation>
    </message>
    <message numerus="yes">
        <source>Cohort, %n weeks</source>
        <translation><numerusform>Kohorte, %n Woche</numerusform><numerusform>Kohorte, %n Wochen</numerusform></translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Freies Tempo</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Skills granted</source>
        <translation>Vermittelte Kompetenzen</translation>
    </message>
</context>
<context>
    <name>cairn::app::CredentialMarkCommand</name>
    <message>
        <source>Pin %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Festlegung von %1 aufheben</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <source>Include %1 again</source>
        <translation>%1 wieder einbeziehen</translation>
    </message>
    <message>
        <source>Mark %1 completed</source>
        <translation>%1 als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Mark %1 not completed</source>
        <translation>%1 als nicht abgeschlossen markieren</translation>
    </message>
</context>
<context>
    <name>cairn::app::CreditsChart</name>
    <message>
        <source>Credits: %L1 of %L2</source>
        <translation>Credits: %L1 von %L2</translation>
    </message>
    <message>
        <source>Earned before</source>
        <translation>Bereits erworben</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Credits by category</source>
        <translation>Credits nach Kategorie</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
</context>
<context>
    <name>cairn::app::CatalogConflict</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Skills granted</source>
        <translation>Vermittelte Kompetenzen</translation>
    </message>
    <message>
        <source>Degree credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>ESCO concept</source>
        <translation>ESCO-Konzept</translation>
    </message>
    <message>
        <source>O*NET element</source>
        <translation>O*NET-Element</translation>
    </message>
    <message numerus="yes">
        <source>cohort of %n weeks, starting %1</source>
        <translation><numerusform>Kohorte von %n Woche, Beginn %1</numerusform><numerusform>Kohorte von %n Wochen, Beginn %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation><numerusform>%n Monat</numerusform><numerusform>%n Monate</numerusform></translation>
    </message>
</context>
<context>
    <name>cairn::app::ClientConflict</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Value of an hour</source>
        <translation>Wert einer Stunde</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>Other profile details</source>
        <translation>Weitere Angaben des Profils</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>die der anderen Person</translation>
    </message>
</context>
<context>
    <name>cairn::app::ConflictDialog</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Die der anderen Person (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>What differs:</source>
        <translation>Was sich unterscheidet:</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your details over theirs, as a new version.</source>
        <translation>Ihre Angaben über die der anderen Person speichern, als neue Version.</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Andere Fassung übernehmen</translation>
    </message>
    <message>
        <source>Drop your changes and show the client as saved now.</source>
        <translation>Ihre Änderungen verwerfen und die Person so zeigen, wie sie jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Drop your changes and show the credential as saved now.</source>
        <translation>Ihre Änderungen verwerfen und das Zertifikat so zeigen, wie es jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Drop your changes and show the skill as saved now.</source>
        <translation>Ihre Änderungen verwerfen und die Kompetenz so zeigen, wie sie jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Keep your details, with both texts of each free-text field.</source>
        <translation>Ihre Angaben behalten, mit beiden Texten jedes Freitextfelds.</translation>
    </message>
</context>
<context>
    <name>cairn::app::DataSource</name>
    <message>
        <source>Catalogs are not kept here.</source>
        <translation>Kataloge werden hier nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved plans and notes are kept in a workspace; this window works from files. Open Cairn without --files to keep them.</source>
        <translation>Gespeicherte Pläne und Notizen werden in einem Arbeitsbereich geführt; dieses Fenster arbeitet mit Dateien. Öffnen Sie Cairn ohne --files, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>cairn::text::Credits</name>
    <message>
        <source>%1 credit</source>
        <comment>exactly one credit</comment>
        <translation>%1 Credit</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>0, 2, 1.5 credits</comment>
        <translation>%1 Credits</translation>
    </message>
</context>
<context>
    <name>cairn::text::Dates</name>
    <message>
        <source>d MMM yy</source>
        <comment>date pattern: 17 Jul 27</comment>
        <translation>d. MMM yy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: 17 Jul</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date pattern: July 2027</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: Jul 2027</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: 17 Jul 2027</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>cairn::app::GoalPanel</name>
    <message>
        <source>More clients (%L1 in all): find them in the caseload…</source>
        <translation>Weitere Klienten (%L1 insgesamt): in der Fallübersicht finden…</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Fewest hours</source>
        <translation>Wenigste Stunden</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Soonest</source>
        <translation>Am frühesten</translation>
    </message>
    <message>
        <source>Type to find a role or degree…</source>
        <translation>Tippen, um einen Beruf oder Studiengang zu finden…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Own goal</source>
        <translation>Eigenes Ziel</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Studiengang</translation>
    </message>
    <message>
        <source>Cheapest to hold</source>
        <translation>Am günstigsten zu halten</translation>
    </message>
    <message>
        <source>Least out of pocket</source>
        <translation>Geringster Eigenanteil</translation>
    </message>
    <message>
        <source>Cheapest: least money. Fewest hours: least effort. Balanced: money plus the value of the client&apos;s time. Soonest: earliest completion. Cheapest to hold: money to earn plus the renewal fees for the years to hold. Least out of pocket: what the client pays after the funding sources.</source>
        <translation>Am günstigsten: am wenigsten Geld. Wenigste Stunden: geringster Aufwand. Ausgewogen: Geld plus der Wert der Zeit des Klienten. Am schnellsten: frühester Abschluss. Am günstigsten zu halten: Geld für den Erwerb plus die Verlängerungsgebühren für die Jahre zu halten. Geringster Eigenanteil: was der Klient nach den Finanzierungsquellen zahlt.</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> J.</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Bud&amp;get</translation>
    </message>
    <message>
        <source>&amp;Budget: client pays</source>
        <translation>Bud&amp;get: Eigenanteil</translation>
    </message>
    <message>
        <source>Limit what the plan may cost. %1 Choose what it limits under Profile, Budget limits.</source>
        <translation>Begrenzt, was der Plan kosten darf. %1 Was es begrenzt, wählen Sie im Profil unter „Budget begrenzt“.</translation>
    </message>
</context>
<context>
    <name>cairn::app::GoalCommand</name>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Fewest hours</source>
        <translation>Wenigste Stunden</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Soonest</source>
        <translation>Am frühesten</translation>
    </message>
    <message>
        <source>Clear the goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Choose goal %1</source>
        <translation>Ziel %1 wählen</translation>
    </message>
    <message>
        <source>Objective “%1”</source>
        <translation>Optimierung „%1“</translation>
    </message>
    <message>
        <source>Cheapest to hold</source>
        <translation>Am günstigsten zu halten</translation>
    </message>
    <message>
        <source>Least out of pocket</source>
        <translation>Geringster Eigenanteil</translation>
    </message>
</context>
<context>
    <name>cairn::app::GoalComparisonDialog</name>
    <message>
        <source>Compare goals</source>
        <translation>Ziele vergleichen</translation>
    </message>
    <message>
        <source>Choose a goal…</source>
        <translation>Ziel wählen…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>&amp;Stop planning</source>
        <translation>Planung an&amp;halten</translation>
    </message>
    <message>
        <source>Stop and compare the best plans found so far</source>
        <translation>Anhalten und die bisher besten Pläne vergleichen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>Lernstunden</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fertig bis</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Choose the two goals to compare.</source>
        <translation>Wählen Sie die zwei Ziele, die verglichen werden sollen.</translation>
    </message>
    <message>
        <source>Choose a goal to compare with %1.</source>
        <translation>Wählen Sie ein Ziel zum Vergleich mit %1.</translation>
    </message>
    <message>
        <source>Choose two different goals.</source>
        <translation>Wählen Sie zwei verschiedene Ziele.</translation>
    </message>
    <message>
        <source>First goal</source>
        <translation>Erstes Ziel</translation>
    </message>
    <message>
        <source>Second goal</source>
        <translation>Zweites Ziel</translation>
    </message>
    <message>
        <source>Skills both goals name</source>
        <translation>Kompetenzen beider Ziele</translation>
    </message>
    <message>
        <source>Only the first goal</source>
        <translation>Nur das erste Ziel</translation>
    </message>
    <message>
        <source>Only the second goal</source>
        <translation>Nur das zweite Ziel</translation>
    </message>
    <message>
        <source>Credentials in both plans</source>
        <translation>Zertifikate in beiden Plänen</translation>
    </message>
    <message>
        <source>Planning %1… %L2 combinations explored</source>
        <translation>%1 wird geplant… %L2 Kombinationen geprüft</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>%1 wird geplant…</translation>
    </message>
    <message>
        <source>%1 (level %2), held</source>
        <translation>%1 (Stufe %2), vorhanden</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>the cheapest plan</source>
        <translation>der günstigste Plan</translation>
    </message>
    <message>
        <source>the fewest hours</source>
        <translation>die wenigsten Stunden</translation>
    </message>
    <message>
        <source>the best balance of money and time</source>
        <translation>das beste Verhältnis von Geld und Zeit</translation>
    </message>
    <message>
        <source>the soonest completion</source>
        <translation>der früheste Abschluss</translation>
    </message>
    <message>
        <source>Stopped early: these are the best plans found so far.</source>
        <translation>Vorzeitig angehalten: Dies sind die bisher besten Pläne.</translation>
    </message>
    <message>
        <source>Both goals planned for %1, within the client's budget, hours and dates.</source>
        <translation>Beide Ziele geplant – Kriterium: %1, im Rahmen von Budget, Stunden und Terminen des Klienten.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Feasible, not proven the best</source>
        <translation>Machbar, nicht als bester belegt</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 Std.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: the goal is already met</source>
        <translation>Keine: Das Ziel ist bereits erreicht</translation>
    </message>
    <message>
        <source>%1 (level %2 for %3, %4 for %5)</source>
        <translation>%1 (Stufe %2 für %3, %4 für %5)</translation>
    </message>
    <message>
        <source>Skills both goals name (%L1)</source>
        <translation>Kompetenzen beider Ziele (%L1)</translation>
    </message>
    <message>
        <source>Only %1 (%L2)</source>
        <translation>Nur %1 (%L2)</translation>
    </message>
    <message>
        <source>Credentials in both plans (%L1)</source>
        <translation>Zertifikate in beiden Plänen (%L1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 needs</source>
        <translation>%1 verlangt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>What the second goal's plan needs beside the first's</source>
        <translation>Was der Plan des zweiten Ziels neben dem des ersten verlangt</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mehr</translation>
    </message>
    <message>
        <source>%1 less</source>
        <translation>%1 weniger</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>%L1 h more</source>
        <translation>%L1 Std. mehr</translation>
    </message>
    <message>
        <source>%L1 h fewer</source>
        <translation>%L1 Std. weniger</translation>
    </message>
    <message>
        <source>%L1 more</source>
        <translation>%L1 mehr</translation>
    </message>
    <message>
        <source>%L1 fewer</source>
        <translation>%L1 weniger</translation>
    </message>
    <message>
        <source>%L1 days later</source>
        <translation>%L1 Tage später</translation>
    </message>
    <message>
        <source>%L1 days sooner</source>
        <translation>%L1 Tage früher</translation>
    </message>
    <message>
        <source>The same day</source>
        <translation>Am selben Tag</translation>
    </message>
    <message>
        <source>1 day later</source>
        <translation>1 Tag später</translation>
    </message>
    <message>
        <source>1 day sooner</source>
        <translation>1 Tag früher</translation>
    </message>
    <message>
        <source>Degree credits</source>
        <translation>Studien-Credits</translation>
    </message>
    <message>
        <source>the least money paid out of pocket</source>
        <translation>am wenigsten Geld aus eigener Tasche</translation>
    </message>
    <message>
        <source>the least money to earn and hold</source>
        <translation>das wenigste Geld für Erwerb und Halten</translation>
    </message>
</context>
<context>
    <name>cairn::app::IssuesPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No problems found in this catalog.</source>
        <translation>In diesem Katalog wurden keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>cairn::app::MainWindow</name>
    <message>
        <source>The connection to the team workspace was lost. Cairn tries again every %1 seconds.</source>
        <translation>Die Verbindung zum Team-Arbeitsbereich ist unterbrochen. Cairn versucht es alle %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Connected to the team workspace again (%1).</source>
        <translation>Wieder mit dem Team-Arbeitsbereich verbunden (%1).</translation>
    </message>
    <message>
        <source>Your team&apos;s latest changes are shown (%1).</source>
        <translation>Die neuesten Änderungen Ihres Teams werden angezeigt (%1).</translation>
    </message>
    <message>
        <source>A colleague changed the catalog: the window shows their edits and plans with them (%1).</source>
        <translation>Jemand aus Ihrem Team hat den Katalog geändert: Das Fenster zeigt die Änderungen und plant damit (%1).</translation>
    </message>
    <message>
        <source>Searching… best plan so far: %1, done by %2.</source>
        <translation>Suche läuft… bester Plan bisher: %1, fertig am %2.</translation>
    </message>
    <message>
        <source>The time limit ran out before a plan was found.</source>
        <translation>Das Zeitlimit lief ab, bevor ein Plan gefunden wurde.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1: %L2 credentials.</source>
        <translation>Geöffnet: %1 mit %L2 Zertifikaten.</translation>
    </message>
    <message>
        <source>The catalog %1 is in the workspace now; %2 plans with it.</source>
        <translation>Der Katalog %1 ist jetzt im Arbeitsbereich; %2 plant damit.</translation>
    </message>
    <message>
        <source>No single client is named “%1”, so %2 is open. Choose the client from the list.</source>
        <translation>Kein einzelner Klient heißt „%1“, daher ist %2 geöffnet. Wählen Sie den Klienten aus der Liste.</translation>
    </message>
    <message>
        <source>Client and goal</source>
        <translation>Klient und Ziel</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Planning… %L1 combinations explored</source>
        <translation>Wird geplant… %L1 Kombinationen geprüft</translation>
    </message>
    <message>
        <source>No plan meets the limits; working out why… %L1 combinations explored</source>
        <translation>Kein Plan hält die Grenzen ein; der Grund wird ermittelt… %L1 Kombinationen geprüft</translation>
    </message>
    <message>
        <source>No plan meets the limits; working out why…</source>
        <translation>Kein Plan hält die Grenzen ein; der Grund wird ermittelt…</translation>
    </message>
    <message>
        <source>planned in %L1 ms</source>
        <translation>geplant in %L1 ms</translation>
    </message>
    <message>
        <source>Planning stopped; showing the best plan found so far.</source>
        <translation>Planung angehalten; der bisher beste Plan wird gezeigt.</translation>
    </message>
    <message>
        <source>No plan reaches this goal under the current limits.</source>
        <translation>Unter den aktuellen Grenzen erreicht kein Plan dieses Ziel.</translation>
    </message>
    <message>
        <source>1 credential, %1, done by %2.</source>
        <translation>1 Zertifikat, %1, fertig bis %2.</translation>
    </message>
    <message>
        <source>%L3 credentials, %1, done by %2.</source>
        <translation>%L3 Zertifikate, %1, fertig bis %2.</translation>
    </message>
    <message>
        <source>Choose a goal to see a pathway</source>
        <translation>Wählen Sie ein Ziel, um einen Lernpfad zu sehen</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>%1 — Cairn</source>
        <translation>%1 — Cairn</translation>
    </message>
    <message>
        <source>The client could not be saved: %1

Close anyway?</source>
        <translation>Der Klient konnte nicht gespeichert werden: %1

Trotzdem schließen?</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Open catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Cairn catalogs (*.json)</source>
        <translation>Cairn-Kataloge (*.json)</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Geöffnet: %1.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Cairn profiles (*.json)</source>
        <translation>Cairn-Profile (*.json)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Export catalog</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export CTDL pathway</source>
        <translation>CTDL-Lernpfad exportieren</translation>
    </message>
    <message>
        <source>There is no pathway to export yet: choose a goal first.</source>
        <translation>Es gibt noch keinen Lernpfad zum Exportieren: Wählen Sie zuerst ein Ziel.</translation>
    </message>
    <message>
        <source>There is no pathway to export yet: Cairn is still planning.</source>
        <translation>Es gibt noch keinen Lernpfad zum Exportieren: Cairn plant noch.</translation>
    </message>
    <message>
        <source>This goal asks for credits alone, which a CTDL pathway cannot say.</source>
        <translation>Dieses Ziel verlangt nur Leistungspunkte, und das kann ein CTDL-Lernpfad nicht ausdrücken.</translation>
    </message>
    <message>
        <source>CTDL JSON-LD documents (*.jsonld *.json)</source>
        <translation>CTDL-JSON-LD-Dokumente (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Wrote %1. Before publishing it to the Credential Registry, add the publisher (ceterms:ownedBy) and web page (ceterms:subjectWebpage) the Registry requires; Cairn does not know them.</source>
        <translation>%1 geschrieben. Ergänzen Sie vor der Veröffentlichung in der Credential Registry den Herausgeber (ceterms:ownedBy) und die Webseite (ceterms:subjectWebpage), die die Registry verlangt; Cairn kennt sie nicht.</translation>
    </message>
    <message>
        <source>%1 plan.pdf</source>
        <translation>%1 Lernplan.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>This build of Cairn cannot write reports.</source>
        <translation>Diese Ausgabe von Cairn kann keine Berichte schreiben.</translation>
    </message>
    <message>
        <source>Saved in this window only; use File → Export catalog to keep the edit.</source>
        <translation>Nur in diesem Fenster gespeichert; behalten Sie die Änderung mit Datei → Katalog exportieren.</translation>
    </message>
    <message>
        <source>Delete credential</source>
        <translation>Zertifikat löschen</translation>
    </message>
    <message>
        <source>Delete "%1" from the catalog?</source>
        <translation>„%1“ aus dem Katalog löschen?</translation>
    </message>
    <message>
        <source>Edit skill</source>
        <translation>Kompetenz bearbeiten</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Kompetenz:</translation>
    </message>
    <message>
        <source>Delete skill</source>
        <translation>Kompetenz löschen</translation>
    </message>
    <message>
        <source>Deleted the skill %1.</source>
        <translation>Die Kompetenz %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>Über Cairn</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Fallübersicht</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>C&amp;ompare goals…</source>
        <translation>&amp;Ziele vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>unnamed catalog</source>
        <translation>unbenannter Katalog</translation>
    </message>
    <message>
        <source>1 credential</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <source>%L1 credentials</source>
        <translation>%L1 Zertifikate</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Plans are made from the catalog %1, %2.</source>
        <translation>Geplant wird mit dem Katalog %1, %2.</translation>
    </message>
    <message>
        <source>Now planning with the catalog %1 (%2), the one this client uses.</source>
        <translation>Jetzt wird mit dem Katalog %1 (%2) geplant, den dieser Klient verwendet.</translation>
    </message>
    <message>
        <source>Choose a goal for %1.</source>
        <translation>Wählen Sie ein Ziel für %1.</translation>
    </message>
    <message>
        <source>No plan yet for %1.</source>
        <translation>Noch kein Plan für %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate plan(s) are not saved to the workspace and will be lost.

Close anyway?</source>
        <translation>
            <numerusform>%n Variante ist nicht im Arbeitsbereich gespeichert und geht verloren.

Trotzdem schließen?</numerusform>
            <numerusform>%n Varianten sind nicht im Arbeitsbereich gespeichert und gehen verloren.

Trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no plan to report yet: choose a goal first.</source>
        <translation>Es gibt noch keinen Plan für einen Bericht: Wählen Sie zuerst ein Ziel.</translation>
    </message>
    <message>
        <source>There is no plan to report yet: Cairn is still planning.</source>
        <translation>Es gibt noch keinen Plan für einen Bericht: Cairn plant noch.</translation>
    </message>
    <message>
        <source>There is no plan to report: the search stopped before it found one.</source>
        <translation>Es gibt keinen Plan für einen Bericht: Die Suche endete, bevor sie einen fand.</translation>
    </message>
    <message>
        <source>There is no plan to report: no plan reaches this goal.</source>
        <translation>Es gibt keinen Plan für einen Bericht: Kein Plan erreicht dieses Ziel.</translation>
    </message>
    <message>
        <source>There is no plan to report: %1</source>
        <translation>Es gibt keinen Plan für einen Bericht: %1</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Read how to plan with Cairn</source>
        <translation>Lesen, wie man mit Cairn plant</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>What Cairn does, and three ways to start</source>
        <translation>Was Cairn tut, und drei Wege zum Anfang</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>Noch kein Plan: %1</translation>
    </message>
    <message>
        <source>Go&amp;al</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>From an &amp;occupation…</source>
        <translation>Aus einem &amp;Beruf…</translation>
    </message>
    <message>
        <source>Make the client's goal from an ESCO occupation's skills</source>
        <translation>Das Ziel des Klienten aus den Kompetenzen eines ESCO-Berufs bilden</translation>
    </message>
    <message>
        <source>From a &amp;job ad…</source>
        <translation>Aus einer &amp;Stellenanzeige…</translation>
    </message>
    <message>
        <source>Make the client's goal from the skills a job ad names</source>
        <translation>Das Ziel des Klienten aus den Kompetenzen bilden, die eine Stellenanzeige nennt</translation>
    </message>
    <message>
        <source>The goal “%1” is the client's own now.</source>
        <translation>Das Ziel „%1“ ist jetzt ein eigenes Ziel des Klienten.</translation>
    </message>
    <message>
        <source>&amp;Edit own goal…</source>
        <translation>Eigenes Ziel be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Rename the client's own goal chosen, or change its skills and levels</source>
        <translation>Das gewählte eigene Ziel des Klienten umbenennen oder seine Kompetenzen und Stufen ändern</translation>
    </message>
    <message>
        <source>&amp;Delete own goal…</source>
        <translation>Eigenes Ziel &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the client's own goal chosen; the saved plans for it keep it</source>
        <translation>Das gewählte eigene Ziel des Klienten löschen; die dafür gespeicherten Pläne behalten es</translation>
    </message>
    <message>
        <source>Delete the goal “%1” from the client's own goals?</source>
        <translation>Das Ziel „%1“ aus den eigenen Zielen des Klienten löschen?</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>The saved plans made for it keep the goal as it was when they were saved: %1.</source>
        <translation>Die dafür gespeicherten Pläne behalten das Ziel so, wie es beim Speichern war: %1.</translation>
    </message>
    <message>
        <source>It is the goal planned for now; no goal will be chosen.</source>
        <translation>Es ist das Ziel, für das gerade geplant wird; danach ist kein Ziel gewählt.</translation>
    </message>
    <message>
        <source>Undo brings it back.</source>
        <translation>Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Delete own goal</source>
        <translation>Eigenes Ziel löschen</translation>
    </message>
    <message>
        <source>The goal “%1” was deleted.</source>
        <translation>Das Ziel „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>cairn::app::ParetoChart</name>
    <message>
        <source>Cost against time</source>
        <translation>Kosten gegen Zeit</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Completion (weeks from start)</source>
        <translation>Abschluss (Wochen ab Beginn)</translation>
    </message>
    <message>
        <source>Cost against time: no plan reaches this goal</source>
        <translation>Kosten gegen Zeit: Kein Plan erreicht dieses Ziel</translation>
    </message>
    <message>
        <source>Cost against time: one plan is both cheapest and fastest</source>
        <translation>Kosten gegen Zeit: Ein Plan ist zugleich am günstigsten und am schnellsten</translation>
    </message>
    <message>
        <source>Cost against time: %L1 plans trade money for weeks</source>
        <translation>Kosten/Zeit: %L1 Pläne tauschen Geld gegen Wochen</translation>
    </message>
    <message>
        <source>Budget %1, above the chart</source>
        <translation>Budget %1, oberhalb des Diagramms</translation>
    </message>
    <message>
        <source>Deadline at week %L1, beyond the chart</source>
        <translation>Frist in Woche %L1, jenseits des Diagramms</translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation>Geld (%1)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Varianten</translation>
    </message>
</context>
<context>
    <name>cairn::app::PathwayView</name>
    <message>
        <source>Readable size</source>
        <translation>Lesbare Größe</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Draw the pathway at a readable size, from its first steps</source>
        <translation>Den Lernpfad in lesbarer Größe zeigen, ab den ersten Schritten</translation>
    </message>
    <message>
        <source>Show the whole pathway (Ctrl+0)</source>
        <translation>Den ganzen Lernpfad zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>No pathway found yet. %1</source>
        <translation>Noch kein Lernpfad gefunden. %1</translation>
    </message>
    <message>
        <source>goal · no plan found yet</source>
        <translation>Ziel · noch kein Plan gefunden</translation>
    </message>
    <message>
        <source>Choose a goal to see a pathway</source>
        <translation>Wählen Sie ein Ziel, um einen Lernpfad zu sehen</translation>
    </message>
    <message>
        <source>No pathway reaches this goal. %1</source>
        <translation>Kein Lernpfad erreicht dieses Ziel. %1</translation>
    </message>
    <message>
        <source>The goal is already met: nothing more to take.</source>
        <translation>Das Ziel ist bereits erreicht: Es ist nichts mehr zu belegen.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>goal · out of reach</source>
        <translation>Ziel · unerreichbar</translation>
    </message>
    <message>
        <source>goal · %1</source>
        <translation>Ziel · %1</translation>
    </message>
    <message>
        <source>Why it is in the plan:</source>
        <translation>Warum es im Plan ist:</translation>
    </message>
    <message>
        <source>Already completed; later credentials build on it.</source>
        <translation>Bereits abgeschlossen; spätere Zertifikate bauen darauf auf.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>cairn::app::SummaryPanel</name>
    <message>
        <source>Best plan so far: the search goes on to improve it or prove it best.</source>
        <translation>Bester Plan bisher: Die Suche läuft weiter, um ihn zu verbessern oder als besten zu beweisen.</translation>
    </message>
    <message>
        <source>Esc stops the search and keeps this plan.</source>
        <translation>Esc beendet die Suche und behält diesen Plan.</translation>
    </message>
    <message>
        <source>Unknown: the search stopped before it found a plan; one may still exist.</source>
        <translation>Unbekannt: Die Suche endete, bevor sie einen Plan fand; es kann dennoch einen geben.</translation>
    </message>
    <message>
        <source>Choose a goal to see a plan.</source>
        <translation>Wählen Sie ein Ziel, um einen Plan zu sehen.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <source>Optimal: no plan does better on this objective.</source>
        <translation>Optimal: Kein Plan schneidet bei diesem Kriterium besser ab.</translation>
    </message>
    <message>
        <source>Feasible: a good plan, not proven the best.</source>
        <translation>Machbar: ein guter Plan, nicht als bester belegt.</translation>
    </message>
    <message>
        <source>No plan reaches this goal.</source>
        <translation>Kein Plan erreicht dieses Ziel.</translation>
    </message>
    <message>
        <source>Planning was stopped; this is the best plan found so far.</source>
        <translation>Die Planung wurde angehalten; dies ist der bisher beste Plan.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%L1 weeks</source>
        <translation>%L1 Wochen</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fertig bis</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The goal is already met.</source>
        <translation>Das Ziel ist bereits erreicht.</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>✔ met</source>
        <translation>✔ erfüllt</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ fehlt</translation>
    </message>
    <message>
        <source>Skills gap</source>
        <translation>Kompetenzlücke</translation>
    </message>
    <message>
        <source>Goal needs</source>
        <translation>Ziel verlangt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After plan</source>
        <translation>Nach dem Plan</translation>
    </message>
    <message>
        <source>✘ level %1</source>
        <translation>✘ Stufe %1</translation>
    </message>
    <message>
        <source>By pace</source>
        <translation>Nach Tempo</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Aus eigener Tasche</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finanzierungsquellen</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>After completion</source>
        <translation>Nach dem Abschluss</translation>
    </message>
</context>
<context>
    <name>cairn::app::ProfilePanel</name>
    <message>
        <source>Skill to add…</source>
        <translation>Kompetenz hinzufügen…</translation>
    </message>
    <message>
        <source>%1 (not in this catalog)</source>
        <translation>%1 (nicht in diesem Katalog)</translation>
    </message>
    <message>
        <source>Credentials completed (%1)</source>
        <translation>Abgeschlossene Zertifikate (%1)</translation>
    </message>
    <message>
        <source>Skills held (%1)</source>
        <translation>Vorhandene Kompetenzen (%1)</translation>
    </message>
    <message>
        <source>Budget li&amp;mits</source>
        <translation>Budget beg&amp;renzt</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>erworben am %1</translation>
    </message>
    <message>
        <source>lapsed %1, before the plan starts</source>
        <translation>abgelaufen am %1, vor Beginn des Plans</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>Import badges</source>
        <translation>Badges importieren</translation>
    </message>
    <message>
        <source>Open Badges and CLR files (*.json)</source>
        <translation>Open-Badges- und CLR-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>cairn::app::ReportPreviewDialog</name>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
</context>
<context>
    <name>cairn::app::SavePlanDialog</name>
    <message>
        <source>Save to workspace</source>
        <translation>Im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Why this version, what was agreed, what to check next time (optional)</source>
        <translation>Warum diese Fassung, was vereinbart wurde, was beim nächsten Mal zu prüfen ist (freiwillig)</translation>
    </message>
    <message>
        <source>The plan is kept as the client&apos;s next version, with what it was asked for.</source>
        <translation>Der Plan wird als nächste Version des Klienten aufbewahrt, mit allem, wofür er erstellt wurde.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>cairn::app::SavedPlanWindow</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 (saved version) — Cairn</source>
        <translation>%1, %2 (gespeicherte Fassung) — Cairn</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Compared with the current plan</source>
        <translation>Verglichen mit dem aktuellen Plan</translation>
    </message>
    <message>
        <source>%1, saved %2 · &lt;b&gt;saved version — not the current plan&lt;/b&gt;</source>
        <translation>%1, gespeichert am %2 · &lt;b&gt;gespeicherte Fassung – nicht der aktuelle Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>&amp;Back to the current plan</source>
        <translation>&amp;Zurück zum aktuellen Plan</translation>
    </message>
    <message>
        <source>Close this saved version; the window behind shows the current plan</source>
        <translation>Diese gespeicherte Fassung schließen; das Fenster dahinter zeigt den aktuellen Plan</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>C&amp;ompare with the current plan</source>
        <translation>Mit dem aktuellen Plan &amp;vergleichen</translation>
    </message>
    <message>
        <source>%1 is not the client open in the window; open them to compare this version with their current plan.</source>
        <translation>%1 ist nicht der im Fenster geöffnete Klient; öffnen Sie ihn, um diese Fassung mit seinem aktuellen Plan zu vergleichen.</translation>
    </message>
    <message>
        <source>There is no current plan to compare with yet.</source>
        <translation>Es gibt noch keinen aktuellen Plan zum Vergleichen.</translation>
    </message>
    <message>
        <source>From this saved version to the current plan:</source>
        <translation>Von dieser gespeicherten Fassung zum aktuellen Plan:</translation>
    </message>
    <message>
        <source>No comparison:</source>
        <translation>Kein Vergleich:</translation>
    </message>
    <message>
        <source>This build of Cairn cannot write reports.</source>
        <translation>Diese Ausgabe von Cairn kann keine Berichte schreiben.</translation>
    </message>
    <message>
        <source>%1 plan version %2</source>
        <translation>%1 Plan Version %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>This report shows %1, saved %2.</source>
        <translation>Dieser Bericht zeigt %1, gespeichert am %2.</translation>
    </message>
</context>
<context>
    <name>cairn::app::SetProfileValueCommand</name>
    <message>
        <source>Rename client</source>
        <translation>Klient umbenennen</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>Budget ändern</translation>
    </message>
    <message>
        <source>Change hours per week</source>
        <translation>Stunden pro Woche ändern</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Beginn ändern</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Frist ändern</translation>
    </message>
    <message>
        <source>Change value of time</source>
        <translation>Wert der Zeit ändern</translation>
    </message>
    <message>
        <source>Change what the budget limits</source>
        <translation>Ändern, was das Budget begrenzt</translation>
    </message>
</context>
<context>
    <name>cairn::app::SetSkillLevelCommand</name>
    <message>
        <source>Remove skill %1</source>
        <translation>Kompetenz %1 entfernen</translation>
    </message>
    <message>
        <source>Set %1 to level %2</source>
        <translation>%1 auf Stufe %2 setzen</translation>
    </message>
</context>
<context>
    <name>cairn::app::SkillDialog</name>
    <message>
        <source>Edit skill</source>
        <translation>Kompetenz bearbeiten</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>The id must be lower-case letters, digits, dots, dashes or underscores, e.g. "sql".</source>
        <translation>Die ID besteht aus Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, z. B. „sql“.</translation>
    </message>
    <message>
        <source>Give the skill a name.</source>
        <translation>Geben Sie der Kompetenz einen Namen.</translation>
    </message>
    <message>
        <source>An ESCO concept is written as its URI, starting with http.</source>
        <translation>Ein ESCO-Konzept wird als seine URI geschrieben, beginnend mit http.</translation>
    </message>
</context>
<context>
    <name>cairn::app::SkillLevelModel</name>
    <message>
        <source>This skill is not in the catalog.</source>
        <translation>Diese Kompetenz ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>ESCO</source>
        <translation>ESCO</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
</context>
<context>
    <name>cairn::app::SkillsCoverageChart</name>
    <message>
        <source>Skills for %1&lt;br&gt;%L2 of %L3 held, no plan found in time</source>
        <translation>Kompetenzen für %1&lt;br&gt;%L2 von %L3 vorhanden, kein Plan im Zeitlimit gefunden</translation>
    </message>
    <message>
        <source>Choose a goal to see its skills</source>
        <translation>Wählen Sie ein Ziel, um seine Kompetenzen zu sehen</translation>
    </message>
    <message>
        <source>%1 asks for credits and credentials, not skills</source>
        <translation>%1 verlangt Credits und Zertifikate, keine Kompetenzen</translation>
    </message>
    <message>
        <source>%1 names no skills</source>
        <translation>%1 nennt keine Kompetenzen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>Held now in %1: %2</source>
        <translation>Jetzt vorhanden in %1: %2</translation>
    </message>
    <message>
        <source>Gained by the plan in %1: %2</source>
        <translation>Durch den Plan erworben in %1: %2</translation>
    </message>
    <message>
        <source>Not needed in %1, the plan meets an alternative: %2</source>
        <translation>Nicht nötig in %1, der Plan erfüllt eine Alternative: %2</translation>
    </message>
    <message>
        <source>Still missing in %1: %2</source>
        <translation>Fehlt noch in %1: %2</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Skills (count)</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Skills for %1&lt;br&gt;%L2 of %L3 held, no plan yet</source>
        <translation>Kompetenzen für %1&lt;br&gt;%L2 von %L3 vorhanden, noch kein Plan</translation>
    </message>
    <message>
        <source>Skills for %1&lt;br&gt;%L2 of %L3 held, no plan reaches the goal</source>
        <translation>Kompetenzen für %1&lt;br&gt;%L2 von %L3 vorhanden, kein Plan erreicht das Ziel</translation>
    </message>
    <message>
        <source>Skills for %1&lt;br&gt;%L2 of %L3 held, %L4 planned</source>
        <translation>Kompetenzen für %1&lt;br&gt;%L2 von %L3 vorhanden, %L4 geplant</translation>
    </message>
</context>
<context>
    <name>cairn::app::SpendingChart</name>
    <message>
        <source>Money spent</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Spent by the end of the month</source>
        <translation>Ausgegeben bis Monatsende</translation>
    </message>
    <message>
        <source>Months from the start</source>
        <translation>Monate ab Beginn</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>Lernstunden</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Hours available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Weeks from the start</source>
        <translation>Wochen ab Beginn</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Std./Woche</translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation>Geld (%1)</translation>
    </message>
    <message>
        <source>Money spent: %1 in all</source>
        <translation>Ausgaben: %1 insgesamt</translation>
    </message>
    <message>
        <source>Study hours: %L1 h over %L2 weeks</source>
        <translation>Lernstunden: %L1 Std. in %L2 Wochen</translation>
    </message>
</context>
<context>
    <name>cairn::app::TimelineChart</name>
    <message>
        <source>There is no schedule yet: the time limit ran out before a plan was found.</source>
        <translation>Noch gibt es keinen Zeitplan: Das Zeitlimit lief ab, bevor ein Plan gefunden wurde.</translation>
    </message>
    <message>
        <source>Choose a goal to see a schedule</source>
        <translation>Wählen Sie ein Ziel, um einen Zeitplan zu sehen</translation>
    </message>
    <message>
        <source>There is no schedule: no plan reaches this goal under the current limits.</source>
        <translation>Es gibt keinen Zeitplan: Unter den aktuellen Grenzen erreicht kein Plan dieses Ziel.</translation>
    </message>
    <message>
        <source>Nothing to schedule: the goal is already met.</source>
        <translation>Nichts zu planen: Das Ziel ist bereits erreicht.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden/Woche</translation>
    </message>
    <message>
        <source>%1 h available</source>
        <translation>%1 Std. verfügbar</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Fertig am %1</translation>
    </message>
    <message>
        <source>Cohort: fixed dates</source>
        <translation>Kohorte: feste Termine</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Freies Tempo</translation>
    </message>
    <message>
        <source>Through %1: %2</source>
        <translation>Über %1: %2</translation>
    </message>
    <message>
        <source>There is no schedule yet. %1</source>
        <translation>Noch kein Zeitplan. %1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Cohort start</source>
        <translation>Kohortenbeginn</translation>
    </message>
    <message>
        <source>Subscription period</source>
        <translation>Abo-Zeitraum</translation>
    </message>
    <message>
        <source>Over the hours available</source>
        <translation>Über den verfügbaren Stunden</translation>
    </message>
</context>
<context>
    <name>cairn::app::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>cairn::app::WelcomeDialog</name>
    <message>
        <source>Welcome to Cairn</source>
        <translation>Willkommen bei Cairn</translation>
    </message>
    <message>
        <source>Cairn plans the cheapest or the fastest set of micro-credentials, in order, that takes a person from what they hold today to a target role or to a number of degree credits, within their budget and weekly hours.

Every plan is either proven optimal or says plainly that it is not.</source>
        <translation>Cairn plant die günstigste oder die schnellste Folge von Micro-Credentials, die einen Menschen von dem, was er heute mitbringt, zu einem angestrebten Beruf oder zu einer Zahl von Leistungspunkten führt – im Rahmen seines Budgets und seiner Stunden pro Woche.

Jeder Plan ist entweder als optimal belegt oder sagt offen, dass er es nicht ist.</translation>
    </message>
    <message>
        <source>&amp;Plan for myself</source>
        <translation>Für &amp;mich planen</translation>
    </message>
    <message>
        <source>A new client for you: choose a goal, then add the skills and credentials you hold.</source>
        <translation>Ein neuer Klient für Sie: Wählen Sie ein Ziel und tragen Sie dann Ihre Kompetenzen und Zertifikate ein.</translation>
    </message>
    <message>
        <source>Open the &amp;demo caseload</source>
        <translation>&amp;Beispiel-Fallübersicht öffnen</translation>
    </message>
    <message>
        <source>Example clients to look around with: career changers with their goals, budgets and hours.</source>
        <translation>Beispielklienten zum Umsehen: Berufswechsler mit ihren Zielen, Budgets und Stunden.</translation>
    </message>
    <message>
        <source>&amp;Import a catalog…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>Plan with your own catalog file of credentials instead of the bundled one.</source>
        <translation>Mit einer eigenen Katalogdatei planen statt mit dem mitgelieferten Katalog.</translation>
    </message>
    <message>
        <source>Help → Welcome… brings this back; Help → User guide explains the window.</source>
        <translation>Hilfe → Willkommen… bringt dies zurück; Hilfe → Benutzerhandbuch erklärt das Fenster.</translation>
    </message>
</context>
<context>
    <name>cairn::report</name>
    <message>
        <source>Learning plan: %1</source>
        <translation>Lernplan: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Effort: %1 hours</source>
        <translation>Aufwand: %1 Stunden</translation>
    </message>
    <message>
        <source>Cost: %1 %2</source>
        <translation>Kosten: %1 %2</translation>
    </message>
    <message>
        <source>Cohort: starts on a fixed date with a group%1; join on the start day.</source>
        <translation>Kohorte: beginnt an einem festen Termin mit einer Gruppe%1; steigen Sie am ersten Tag ein.</translation>
    </message>
    <message>
        <source> and runs %1 weeks</source>
        <translation> und dauert %1 Wochen</translation>
    </message>
    <message>
        <source>Self-paced.</source>
        <translation>Freies Tempo.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Plan complete</source>
        <translation>Plan abgeschlossen</translation>
    </message>
    <message>
        <source>The plan's one credential is done.</source>
        <translation>Das eine Zertifikat des Plans ist geschafft.</translation>
    </message>
    <message>
        <source>All %1 credentials of the plan are done.</source>
        <translation>Alle %1 Zertifikate des Plans sind geschafft.</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>Ziel erreicht: %1</translation>
    </message>
    <message>
        <source>There is no plan to put in a calendar: %1</source>
        <translation>Es gibt keinen Plan für einen Kalender: %1</translation>
    </message>
    <message>
        <source>no plan reaches the goal.</source>
        <translation>Kein Plan erreicht das Ziel.</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cairn learning plan</source>
        <translation>Cairn-Lernplan</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Learning plan for %1: %2</source>
        <translation>Lernplan für %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: drawing a PDF needs the graphical application to be running.</source>
        <translation>%1 kann nicht geschrieben werden: Zum Zeichnen eines PDF muss die grafische Anwendung laufen.</translation>
    </message>
    <message>
        <source>Cannot write %1: the report could not be drawn.</source>
        <translation>%1 kann nicht geschrieben werden: Der Bericht ließ sich nicht zeichnen.</translation>
    </message>
    <message>
        <source>Cannot write %1: the plan has the date %2, and a calendar holds dates from the year %3 to %4 only.</source>
        <translation>%1 kann nicht geschrieben werden: Der Plan enthält das Datum %2, ein Kalender fasst aber nur Daten der Jahre %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>cairn::report::detail</name>
    <message>
        <source>%1 + %2 earned</source>
        <translation>%1 + %2 erworben</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>&lt;span style="color:#a86a0c; font-weight:bold;"&gt;No plan found yet.&lt;/span&gt; %1</source>
        <translation>&lt;span style="color:#a86a0c; font-weight:bold;"&gt;Noch kein Plan gefunden.&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>Spending, cumulative by month</source>
        <translation>Ausgaben, kumuliert nach Monat</translation>
    </message>
    <message>
        <source>Cost against completion date</source>
        <translation>Kosten gegen Abschlussdatum</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Dieser Plan</translation>
    </message>
    <message>
        <source>least money</source>
        <translation>am wenigsten Geld</translation>
    </message>
    <message>
        <source>fewest hours of study</source>
        <translation>die wenigsten Lernstunden</translation>
    </message>
    <message>
        <source>least money and time together</source>
        <translation>am wenigsten Geld und Zeit zusammen</translation>
    </message>
    <message>
        <source>earliest completion</source>
        <translation>frühester Abschluss</translation>
    </message>
    <message>
        <source>least money paid out of pocket</source>
        <translation>am wenigsten aus eigener Tasche</translation>
    </message>
    <message>
        <source>Reach the goal “%1”.</source>
        <translation>Das Ziel „%1“ erreichen.</translation>
    </message>
    <message>
        <source>Earn %1 credits toward &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1 Credits für &lt;b&gt;%2&lt;/b&gt; erwerben.</translation>
    </message>
    <message>
        <source>Qualify for the role of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sich für den Beruf &lt;b&gt;%1&lt;/b&gt; qualifizieren.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#2e7d4f; font-weight:bold;"&gt;Optimal.&lt;/span&gt; No other plan does better for the chosen objective (%1).</source>
        <translation>&lt;span style="color:#2e7d4f; font-weight:bold;"&gt;Optimal.&lt;/span&gt; Kein anderer Plan schneidet beim gewählten Kriterium (%1) besser ab.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#a86a0c; font-weight:bold;"&gt;Feasible.&lt;/span&gt; This plan reaches the goal; it is the best found for %1, not proven the best.</source>
        <translation>&lt;span style="color:#a86a0c; font-weight:bold;"&gt;Machbar.&lt;/span&gt; Dieser Plan erreicht das Ziel; er ist der beste gefundene für das Kriterium „%1“, aber nicht als bester belegt.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#a32d2d; font-weight:bold;"&gt;No plan reaches this goal.&lt;/span&gt; %1</source>
        <translation>&lt;span style="color:#a32d2d; font-weight:bold;"&gt;Kein Plan erreicht dieses Ziel.&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>The constraints cannot all be met.</source>
        <translation>Die Vorgaben lassen sich nicht alle einhalten.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Study time</source>
        <translation>Lernzeit</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Completes</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>at %1 hours a week</source>
        <translation>bei %1 Stunden pro Woche</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Skills gap</source>
        <translation>Kompetenzlücke</translation>
    </message>
    <message>
        <source>What the goal asks for, what the client holds today and after the plan.</source>
        <translation>Was das Ziel verlangt und was der Klient heute und nach dem Plan mitbringt.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Verlangt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>After plan</source>
        <translation>Nach dem Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Already met</source>
        <translation>Bereits erfüllt</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Credentials in order</source>
        <translation>Zertifikate in Reihenfolge</translation>
    </message>
    <message>
        <source>The plan has no credentials.</source>
        <translation>Der Plan enthält keine Zertifikate.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>cohort, 1 week</source>
        <translation>Kohorte, 1 Woche</translation>
    </message>
    <message>
        <source>cohort, %1 weeks</source>
        <translation>Kohorte, %1 Wochen</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>self-paced</source>
        <translation>freies Tempo</translation>
    </message>
    <message>
        <source>≈ marks figures the catalog records as estimates rather than published by the provider.</source>
        <translation>≈ kennzeichnet Angaben, die der Katalog als Schätzung führt und nicht vom Anbieter veröffentlicht wurden.</translation>
    </message>
    <message>
        <source>Credits toward %1</source>
        <translation>Credits für %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>In this plan</source>
        <translation>In diesem Plan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>unter dem Minimum</translation>
    </message>
    <message>
        <source>capped at maximum</source>
        <translation>auf das Maximum begrenzt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Advisor’s notes</source>
        <translation>Notizen der Beratung</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Costs, hours and dates are as published by the providers when the catalog was compiled; confirm them with the provider before enrolling.</source>
        <translation>Kosten, Stunden und Termine entsprechen den Angaben der Anbieter zum Zeitpunkt der Katalogerstellung; bestätigen Sie sie vor der Anmeldung beim Anbieter.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Lernplan</translation>
    </message>
    <message>
        <source>Prepared for %1 on %2</source>
        <translation>Erstellt für %1 am %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>What is paid</source>
        <translation>Was bezahlt wird</translation>
    </message>
    <message>
        <source>A subscription is paid for every billing period in which a credential it covers is studied; a bundle once for the credentials it covers.</source>
        <translation>Ein Abonnement wird für jeden Abrechnungszeitraum bezahlt, in dem ein Zertifikat gelernt wird, das es abdeckt; ein Paket einmal für die Zertifikate, die es abdeckt.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>How it is sold</source>
        <translation>Verkaufsart</translation>
    </message>
    <message>
        <source>Paid for</source>
        <translation>Bezahlt für</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Own prices</source>
        <translation>Eigene Preise</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>The same credentials and offers at other paces:</source>
        <translation>Dieselben Zertifikate und Angebote bei anderem Tempo:</translation>
    </message>
    <message>
        <source>Money by pace</source>
        <translation>Kosten nach Tempo</translation>
    </message>
    <message>
        <source>least money to earn and hold</source>
        <translation>am wenigsten Geld für Erwerb und Halten</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <source>Cost to hold</source>
        <translation>Haltekosten</translation>
    </message>
    <message>
        <source>On high estimates</source>
        <translation>Bei hohen Schätzungen</translation>
    </message>
    <message>
        <source>Not taught here</source>
        <translation>Hier nicht vermittelt</translation>
    </message>
</context>
<context>
    <name>cairn::report::detail::PathwayDrawing</name>
    <message>
        <source>STEP %1</source>
        <translation>SCHRITT %1</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>COMPLETED</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>GOAL</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Pathway, continued</source>
        <translation>Lernpfad, Fortsetzung</translation>
    </message>
    <message>
        <source>already completed</source>
        <translation>bereits abgeschlossen</translation>
    </message>
    <message>
        <source>in this plan</source>
        <translation>in diesem Plan</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>arrows lead from a prerequisite to what needs it</source>
        <translation>Pfeile führen von einer Voraussetzung zu dem, was sie braucht</translation>
    </message>
</context>
<context>
    <name>cairn::report::detail::TimelineDrawing</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Timeline, continued</source>
        <translation>Zeitplan, Fortsetzung</translation>
    </message>
    <message>
        <source>self-paced</source>
        <translation>freies Tempo</translation>
    </message>
    <message>
        <source>cohort (fixed dates)</source>
        <translation>Kohorte (feste Termine)</translation>
    </message>
    <message>
        <source>plan complete</source>
        <translation>Plan abgeschlossen</translation>
    </message>
    <message>
        <source>held (cost to hold: 1 year)</source>
        <translation>gehalten (Haltekosten: 1 Jahr)</translation>
    </message>
    <message>
        <source>held (cost to hold: %1 years)</source>
        <translation>gehalten (Haltekosten: %1 Jahre)</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
    <message>
        <source>yearly fee due</source>
        <translation>Jahresgebühr fällig</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
</context>
<context>
    <name>cairn::app::BudgetBasisCombo</name>
    <message>
        <source>Budget limits what the client pays</source>
        <translation>Budget begrenzt, was der Klient selbst zahlt</translation>
    </message>
    <message>
        <source>The client has no funding sources, so the budget limits all costs either way. Add a funding source under Funding to choose.</source>
        <translation>Der Klient hat keine Finanzierungsquellen; das Budget begrenzt also in jedem Fall alle Kosten. Fügen Sie unter Finanzierung eine Quelle hinzu, um zu wählen.</translation>
    </message>
</context>
<context>
    <name>BadgeImportDialog</name>
    <message>
        <source>Import badges</source>
        <translation>Badges importieren</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Skills the achievements name</source>
        <translation>Von den Leistungen genannte Kompetenzen</translation>
    </message>
</context>
<context>
    <name>cairn::app::BadgeImportCommand</name>
    <message>
        <source>Import badges</source>
        <translation>Badges importieren</translation>
    </message>
    <message>
        <source>This catalog cannot be changed here.</source>
        <translation>Dieser Katalog kann hier nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>cairn::app::BadgeImportDialog</name>
    <message>
        <source>Cairn does not verify signatures: a proof is shown as carried, not as checked. Untick an achievement to leave it out; where several credentials have its name, choose the one it is.</source>
        <translation>Cairn prüft keine Signaturen: Ein Nachweis wird als mitgeführt angezeigt, nicht als geprüft. Entfernen Sie das Häkchen einer Leistung, um sie auszulassen; wo mehrere Zertifikate ihren Namen tragen, wählen Sie das richtige.</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>In the catalog</source>
        <translation>Im Katalog</translation>
    </message>
    <message>
        <source>&amp;Add to profile</source>
        <translation>Zum Profil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>mitgeführt</translation>
    </message>
    <message>
        <source>The file carries a proof; Cairn does not verify it</source>
        <translation>Die Datei führt einen Nachweis mit; Cairn prüft ihn nicht</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>Kein Nachweis</translation>
    </message>
    <message>
        <source>Completed, by its alignment: “%1”</source>
        <translation>Abgeschlossen, über die Zuordnung: „%1“</translation>
    </message>
    <message>
        <source>Completed, by its name: “%1”</source>
        <translation>Abgeschlossen, über den Namen: „%1“</translation>
    </message>
    <message>
        <source>Already completed: “%1”</source>
        <translation>Bereits abgeschlossen: „%1“</translation>
    </message>
    <message>
        <source>Expired, does not count: “%1”</source>
        <translation>Abgelaufen, zählt nicht: „%1“</translation>
    </message>
    <message>
        <source>Revoked, does not count: “%1”</source>
        <translation>Widerrufen, zählt nicht: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n credentials have this name: choose the one it is</source>
        <translation><numerusform>%n Zertifikat hat diesen Namen: wählen Sie es</numerusform><numerusform>%n Zertifikate haben diesen Namen: wählen Sie das richtige</numerusform></translation>
    </message>
    <message>
        <source>No credential of the catalog</source>
        <translation>Kein Zertifikat des Katalogs</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n of this name</source>
        <translation><numerusform>Nicht das eine dieses Namens</numerusform><numerusform>Keines der %n dieses Namens</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Holds no achievement: %1</source>
        <translation>Enthält keine Leistung: %1</translation>
    </message>
    <message>
        <source>Completed, as the credential added from it: “%1”</source>
        <translation>Abgeschlossen, als das daraus hinzugefügte Zertifikat: „%1“</translation>
    </message>
    <message>
        <source>Adds “%1” to the catalog as a credential of %2, its cost and hours 0 and marked as estimates, and marks it completed</source>
        <translation>Fügt „%1“ als Zertifikat von %2 zum Katalog hinzu, mit Kosten und Stunden 0, als geschätzt markiert, und markiert es als abgeschlossen</translation>
    </message>
    <message>
        <source>Not in the catalog: left out</source>
        <translation>Nicht im Katalog: ausgelassen</translation>
    </message>
    <message>
        <source>Add to the catalog, completed</source>
        <translation>In den Katalog, abgeschlossen</translation>
    </message>
    <message>
        <source>Kept in this window only; use File → Export catalog to keep it.</source>
        <translation>Nur in diesem Fenster gespeichert; mit Datei → Katalog exportieren bleibt es erhalten.</translation>
    </message>
    <message>
        <source>The achievements&apos; alignments name these skills of the catalog. Tick those the learner holds, at the level they hold them (an alignment gives none); a skill held at a higher level keeps it.</source>
        <translation>Die Zuordnungen der Leistungen nennen diese Kompetenzen des Katalogs. Haken Sie jene an, die der Klient hat, auf der Stufe, auf der er sie hat (eine Zuordnung nennt keine); eine Kompetenz, die er auf höherer Stufe hat, behält diese Stufe.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Held now</source>
        <translation>Derzeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation>Stufe von %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>cairn::app::EscoLoader</name>
    <message>
        <source>The ESCO occupations and skills built into Cairn could not be read: %1</source>
        <translation>Die in Cairn eingebauten ESCO-Berufe und -Kompetenzen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The O*NET occupations and technologies built into Cairn could not be read: %1</source>
        <translation>Die in Cairn eingebauten O*NET-Berufe und -Technologien konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cairn::app::OwnGoalCommand</name>
    <message>
        <source>Goal “%1”</source>
        <translation>Ziel „%1“</translation>
    </message>
</context>
<context>
    <name>cairn::app::OwnGoalEditCommand</name>
    <message>
        <source>The client has no goal “%1” of their own.</source>
        <translation>Der Klient hat kein eigenes Ziel „%1“.</translation>
    </message>
    <message>
        <source>Edit goal “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete goal “%1”</source>
        <translation>Ziel „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>cairn::app::OwnGoalDialog</name>
    <message>
        <source>Edit own goal</source>
        <translation>Eigenes Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>wesentlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Goal &amp;title</source>
        <translation>&amp;Titel des Ziels</translation>
    </message>
    <message>
        <source>S&amp;kills the goal asks for (uncheck those it should leave out; F2 changes a level)</source>
        <translation>&amp;Kompetenzen, die das Ziel verlangt (abwählen, was es auslassen soll; F2 ändert eine Stufe)</translation>
    </message>
    <message>
        <source>Optional skills &amp;needed</source>
        <translation>&amp;Benötigte optionale Kompetenzen</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>Ziel &amp;speichern</translation>
    </message>
    <message>
        <source>of the optional skills checked: %1</source>
        <translation>von den gewählten optionalen Kompetenzen: %1</translation>
    </message>
    <message>
        <source>Type an ESCO skill's name, then Enter</source>
        <translation>ESCO-Kompetenz, dann Eingabetaste</translation>
    </message>
    <message>
        <source>&amp;Add a skill</source>
        <translation>Kompetenz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>added by name</source>
        <translation>nach Namen hinzugefügt</translation>
    </message>
</context>
<context>
    <name>GoalSkillsTable</name>
    <message>
        <source>ESCO has no skill named “%1”; choose one of the names offered.</source>
        <translation>ESCO hat keine Kompetenz namens „%1“; wählen Sie einen der angebotenen Namen.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>The goal needs a title.</source>
        <translation>Das Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <source>Check at least one skill for the goal to ask for.</source>
        <translation>Wählen Sie mindestens eine Kompetenz, die das Ziel verlangt.</translation>
    </message>
</context>
<context>
    <name>OccupationGoalDialog</name>
    <message>
        <source>Goal from an occupation</source>
        <translation>Ziel aus einem Beruf</translation>
    </message>
    <message>
        <source>Reading the ESCO occupations and skills…</source>
        <translation>ESCO-Berufe und -Kompetenzen werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Search occupations</source>
        <translation>Berufe &amp;suchen</translation>
    </message>
    <message>
        <source>e.g. data analyst, 2511.3</source>
        <translation>z. B. data analyst, 2511.3</translation>
    </message>
    <message>
        <source>Goal &amp;title</source>
        <translation>&amp;Titel des Ziels</translation>
    </message>
    <message>
        <source>S&amp;kills the occupation asks for (uncheck those the goal should leave out)</source>
        <translation>&amp;Kompetenzen, die der Beruf verlangt (abwählen, was das Ziel auslassen soll)</translation>
    </message>
    <message>
        <source>Optional skills &amp;needed</source>
        <translation>&amp;Benötigte optionale Kompetenzen</translation>
    </message>
</context>
<context>
    <name>cairn::app::OccupationGoalDialog</name>
    <message>
        <source>&amp;Use as goal</source>
        <translation>Als Ziel &amp;verwenden</translation>
    </message>
    <message>
        <source>In ESCO</source>
        <translation>In ESCO</translation>
    </message>
    <message>
        <source>In O*NET</source>
        <translation>In O*NET</translation>
    </message>
    <message>
        <source>in demand</source>
        <translation>gefragt</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>angesagt</translation>
    </message>
    <message>
        <source>O*NET marks no technology hot or in demand for this occupation, so a goal from it would ask for nothing. Choose another occupation.</source>
        <translation>O*NET nennt für diesen Beruf keine angesagte oder gefragte Technologie; ein Ziel daraus würde nichts verlangen. Wählen Sie einen anderen Beruf.</translation>
    </message>
    <message>
        <source>Type part of an occupation's name, as any of its ESCO labels or its O*NET title has it, or its ESCO or O*NET-SOC code: %1 occupations to choose from.</source>
        <translation>Geben Sie einen Teil des Berufsnamens ein, wie eine seiner ESCO-Bezeichnungen oder sein O*NET-Titel ihn nennt, oder seinen ESCO- oder O*NET-SOC-Code: %1 Berufe stehen zur Wahl. ESCO-Bezeichnungen und O*NET-Titel sind nur auf Englisch enthalten.</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>No ESCO or O*NET occupation has a label with all these words.</source>
        <translation>Kein ESCO- oder O*NET-Beruf hat eine Bezeichnung mit all diesen Wörtern.</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>wesentlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>of the optional skills checked: %1</source>
        <translation>von den gewählten optionalen Kompetenzen: %1</translation>
    </message>
</context>
<context>
    <name>JobAdGoalDialog</name>
    <message>
        <source>Goal from a job ad</source>
        <translation>Ziel aus einer Stellenanzeige</translation>
    </message>
    <message>
        <source>Reading the ESCO occupations and skills…</source>
        <translation>ESCO-Berufe und -Kompetenzen werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Job ad (paste its text)</source>
        <translation>&amp;Stellenanzeige (Text einfügen)</translation>
    </message>
    <message>
        <source>&amp;Find skills</source>
        <translation>Kompetenzen &amp;finden</translation>
    </message>
    <message>
        <source>Goal &amp;title</source>
        <translation>&amp;Titel des Ziels</translation>
    </message>
    <message>
        <source>S&amp;kills found (uncheck those the ad does not ask for)</source>
        <translation>Gefundene &amp;Kompetenzen (abwählen, was die Anzeige nicht verlangt)</translation>
    </message>
    <message>
        <source>&amp;Add a skill</source>
        <translation>Kompetenz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Type an ESCO skill's name, then Enter</source>
        <translation>ESCO-Kompetenz, dann Eingabetaste</translation>
    </message>
</context>
<context>
    <name>cairn::app::JobAdGoalDialog</name>
    <message>
        <source>&amp;Use as goal</source>
        <translation>Als Ziel &amp;verwenden</translation>
    </message>
    <message>
        <source>Job from an ad</source>
        <translation>Stelle aus einer Anzeige</translation>
    </message>
    <message>
        <source>Found as</source>
        <translation>Gefunden als</translation>
    </message>
    <message>
        <source>Paste the text of a job ad first.</source>
        <translation>Fügen Sie zuerst den Text einer Stellenanzeige ein.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; Cairn reads job ads of up to %2 characters. Paste the ad alone.</source>
        <translation>Der Text ist %1 Zeichen lang; Cairn liest Stellenanzeigen mit bis zu %2 Zeichen. Fügen Sie nur die Anzeige ein.</translation>
    </message>
    <message>
        <source>No skill Cairn knows was found in this text. Add skills by name below.</source>
        <translation>In diesem Text wurde keine Kompetenz gefunden, die Cairn kennt. Fügen Sie unten Kompetenzen nach Namen hinzu.</translation>
    </message>
    <message>
        <source>Found 1 skill, marked in the text. Uncheck it if the ad does not ask for it.</source>
        <translation>1 Kompetenz gefunden und im Text markiert. Wählen Sie sie ab, wenn die Anzeige sie nicht verlangt.</translation>
    </message>
    <message>
        <source>Found %1 skills, marked in the text. Uncheck any the ad does not ask for.</source>
        <translation>%1 Kompetenzen gefunden und im Text markiert. Wählen Sie ab, was die Anzeige nicht verlangt.</translation>
    </message>
    <message>
        <source>added by name</source>
        <translation>nach Namen hinzugefügt</translation>
    </message>
    <message>
        <source>From a job ad: %1</source>
        <translation>Aus einer Stellenanzeige: %1</translation>
    </message>
</context>
<context>
    <name>LoadWords</name>
    <message>
        <source>the disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>Das System nannte keinen Grund</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2.</source>
        <translation>%1 kann nicht fertig geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Für den Export wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is neither a file nor a device Cairn can write to; choose a file name.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist weder eine Datei noch ein Gerät, in das Cairn schreiben kann; bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>an endorsement, not an achievement of the learner</source>
        <translation>eine Empfehlung, keine Leistung der lernenden Person</translation>
    </message>
    <message>
        <source>a CLR without achievement credentials</source>
        <translation>ein CLR ohne Nachweise von Leistungen</translation>
    </message>
    <message>
        <source>goal &apos;%1&apos; requires no credential or skill (credits alone), which a CTDL pathway cannot say; nothing was written.</source>
        <translation>Ziel &apos;%1&apos; verlangt kein Zertifikat und keine Kompetenz (nur Leistungspunkte), was ein CTDL-Pfad nicht ausdrücken kann; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>ceterms:ownedBy of the pathway</source>
        <translation>ceterms:ownedBy des Pfads</translation>
    </message>
    <message>
        <source>ceterms:subjectWebpage of the pathway</source>
        <translation>ceterms:subjectWebpage des Pfads</translation>
    </message>
    <message>
        <source>ceterms:subjectWebpage of %1 component(s)</source>
        <translation>ceterms:subjectWebpage von %1 Bestandteil(en)</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the requirement</source>
        <translation>unerwartetes %1 nach dem Ende der Voraussetzung</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; but found %2</source>
        <translation>&apos;%1&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>the requirement is nested more than %1 groups deep</source>
        <translation>die Voraussetzung ist mehr als %1 Gruppen tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;cred:&apos;, &apos;skill:&apos;, &apos;all(&apos;, &apos;any(&apos; or &apos;min(&apos; but found %1</source>
        <translation>&apos;cred:&apos;, &apos;skill:&apos;, &apos;all(&apos;, &apos;any(&apos; oder &apos;min(&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1:&apos;; items are &apos;cred:ID&apos; or &apos;skill:ID@LEVEL&apos;</source>
        <translation>unbekannte Art von Element &apos;%1:&apos;; Elemente sind &apos;cred:ID&apos; oder &apos;skill:ID@STUFE&apos;</translation>
    </message>
    <message>
        <source>unknown group &apos;%1(&apos;; groups are &apos;all(...)&apos;, &apos;any(...)&apos; or &apos;min(K; ...)&apos;</source>
        <translation>unbekannte Gruppe &apos;%1(&apos;; Gruppen sind &apos;all(...)&apos;, &apos;any(...)&apos; oder &apos;min(K; ...)&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item or a group; write &apos;cred:%1&apos; or &apos;skill:%1&apos;</source>
        <translation>&apos;%1&apos; ist weder ein Element noch eine Gruppe; schreiben Sie &apos;cred:%1&apos; oder &apos;skill:%1&apos;</translation>
    </message>
    <message>
        <source>expected a credential id after &apos;cred:&apos; but found %1</source>
        <translation>nach &apos;cred:&apos; wird die ID eines Zertifikats erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected a skill id after &apos;skill:&apos; but found %1</source>
        <translation>nach &apos;skill:&apos; wird die ID einer Kompetenz erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected a level %1-%2 after &apos;skill:%3@&apos; but found %4</source>
        <translation>nach &apos;skill:%3@&apos; wird eine Stufe von %1 bis %2 erwartet, aber %4 gefunden</translation>
    </message>
    <message>
        <source>skill level must be %1 to %2, found %3</source>
        <translation>die Stufe einer Kompetenz muss zwischen %1 und %2 liegen, gefunden: %3</translation>
    </message>
    <message>
        <source>expected the number of members needed after &apos;min(&apos; but found %1</source>
        <translation>nach &apos;min(&apos; wird die Zahl der nötigen Mitglieder erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>&apos;min&apos; needs at least 1 member, found %1</source>
        <translation>&apos;min&apos; braucht mindestens 1 Mitglied, gefunden: %1</translation>
    </message>
    <message>
        <source>a group needs at least one member</source>
        <translation>eine Gruppe braucht mindestens ein Mitglied</translation>
    </message>
    <message>
        <source>a &apos;,&apos; must be followed by another member, not &apos;)&apos;</source>
        <translation>auf ein &apos;,&apos; muss ein weiteres Mitglied folgen, nicht &apos;)&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in &apos;%1(&apos; but found %2</source>
        <translation>in &apos;%1(&apos; wird &apos;,&apos; oder &apos;)&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>&apos;min(%1; ...)&apos; needs %1 members but lists only %2</source>
        <translation>&apos;min(%1; ...)&apos; braucht %1 Mitglieder, nennt aber nur %2</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>das Ende des Textes</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>das Byte 0x%1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON document</source>
        <translation>die Datei ist leer; erwartet wurde ein JSON-Dokument</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON document</source>
        <translation>unerwartetes %1 nach dem Ende des JSON-Dokuments</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Ende der Datei</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unexpected end of the file; expected a value</source>
        <translation>unerwartetes Ende der Datei; erwartet wurde ein Wert</translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep</source>
        <translation>das Dokument ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>strings must be in double quotes (&quot;), not single quotes</source>
        <translation>Zeichenketten müssen in doppelten Anführungszeichen (&quot;) stehen, nicht in einfachen</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>numbers cannot start with &apos;+&apos;</source>
        <translation>Zahlen können nicht mit &apos;+&apos; beginnen</translation>
    </message>
    <message>
        <source>numbers must start with a digit, as in 0.5</source>
        <translation>Zahlen müssen mit einer Ziffer beginnen, wie in 0.5</translation>
    </message>
    <message>
        <source>%1 is not a JSON number</source>
        <translation>%1 ist keine JSON-Zahl</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos;; text values need double quotes, and the literals are true, false and null</source>
        <translation>unerwartetes Wort &apos;%1&apos;; Textwerte brauchen doppelte Anführungszeichen, und die Literale sind true, false und null</translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation>erwartet wurde ein Wert, gefunden: %1</translation>
    </message>
    <message>
        <source>trailing comma: JSON does not allow a &apos;,&apos; after the last field of an object</source>
        <translation>überzähliges Komma: JSON erlaubt kein &apos;,&apos; nach dem letzten Feld eines Objekts</translation>
    </message>
    <message>
        <source>the object opened here is never closed with &apos;}&apos;</source>
        <translation>das hier geöffnete Objekt wird nie mit &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>field names must be in double quotes (&quot;), not single quotes</source>
        <translation>Feldnamen müssen in doppelten Anführungszeichen (&quot;) stehen, nicht in einfachen</translation>
    </message>
    <message>
        <source>expected a field name in double quotes but found %1</source>
        <translation>erwartet wurde ein Feldname in doppelten Anführungszeichen, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate field &apos;%1&apos; (first written at line %2, column %3)</source>
        <translation>doppeltes Feld &apos;%1&apos; (zuerst geschrieben in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the field name &quot;%1&quot; but found %2</source>
        <translation>erwartet wurde &apos;:&apos; nach dem Feldnamen &quot;%1&quot;, gefunden: %2</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; between fields</source>
        <translation>fehlendes &apos;,&apos; zwischen Feldern</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of &quot;%1&quot; but found %2</source>
        <translation>erwartet wurde &apos;,&apos; oder &apos;}&apos; nach dem Wert von &quot;%1&quot;, gefunden: %2</translation>
    </message>
    <message>
        <source>trailing comma: JSON does not allow a &apos;,&apos; after the last element of an array</source>
        <translation>überzähliges Komma: JSON erlaubt kein &apos;,&apos; nach dem letzten Element eines Arrays</translation>
    </message>
    <message>
        <source>the array opened here is never closed with &apos;]&apos;</source>
        <translation>das hier geöffnete Array wird nie mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element but found %1</source>
        <translation>erwartet wurde &apos;,&apos; oder &apos;]&apos; nach einem Array-Element, gefunden: %1</translation>
    </message>
    <message>
        <source>expected 4 hexadecimal digits after &apos;\u&apos; but found %1</source>
        <translation>erwartet wurden 4 Hexadezimalziffern nach &apos;\u&apos;, gefunden: %1</translation>
    </message>
    <message>
        <source>&apos;\u&apos; escape of a lone surrogate: a high surrogate must be followed by a low one</source>
        <translation>&apos;\u&apos;-Escape eines einzelnen Surrogats: auf ein hohes Surrogat muss ein niedriges folgen</translation>
    </message>
    <message>
        <source>&apos;\u&apos; escape of a lone low surrogate</source>
        <translation>&apos;\u&apos;-Escape eines einzelnen niedrigen Surrogats</translation>
    </message>
    <message>
        <source>unterminated string: the file ends inside it</source>
        <translation>nicht abgeschlossene Zeichenkette: die Datei endet darin</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string; JSON has \&quot; \\ \/ \b \f \n \r \t and \uXXXX</source>
        <translation>ungültiges Escape &apos;\%1&apos; in einer Zeichenkette; JSON kennt \&quot; \\ \/ \b \f \n \r \t und \uXXXX</translation>
    </message>
    <message>
        <source>unterminated string: the closing &apos;&quot;&apos; is missing</source>
        <translation>nicht abgeschlossene Zeichenkette: das schließende &apos;&quot;&apos; fehlt</translation>
    </message>
    <message>
        <source>unterminated string: the closing &apos;&quot;&apos; is missing before the end of the line</source>
        <translation>nicht abgeschlossene Zeichenkette: das schließende &apos;&quot;&apos; fehlt vor dem Zeilenende</translation>
    </message>
    <message>
        <source>%1 must be written as an escape such as \t or \u0001 inside a string</source>
        <translation>%1 muss in einer Zeichenkette als Escape wie \t oder \u0001 geschrieben werden</translation>
    </message>
    <message>
        <source>the string is not valid UTF-8 text; save the file in UTF-8</source>
        <translation>die Zeichenkette ist kein gültiger UTF-8-Text; speichern Sie die Datei in UTF-8</translation>
    </message>
    <message>
        <source>numbers cannot have leading zeros</source>
        <translation>Zahlen können keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos; but found %1</source>
        <translation>erwartet wurde eine Ziffer nach &apos;-&apos;, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point but found %1</source>
        <translation>erwartet wurde eine Ziffer nach dem Dezimalpunkt, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a digit in the exponent but found %1</source>
        <translation>erwartet wurde eine Ziffer im Exponenten, gefunden: %1</translation>
    </message>
    <message>
        <source>unexpected %1 in a number</source>
        <translation>unerwartetes %1 in einer Zahl</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <source>this program reads %1 version %2</source>
        <translation>dieses Programm liest %1 in Version %2</translation>
    </message>
    <message>
        <source>this program reads %1 versions %2 to %3</source>
        <translation>dieses Programm liest %1 in den Versionen %2 bis %3</translation>
    </message>
    <message>
        <source>a %1 file holds one JSON object {...}, found %2</source>
        <translation>eine %1-Datei enthält ein JSON-Objekt {...}, gefunden: %2</translation>
    </message>
    <message>
        <source>required field &apos;format&apos; is missing; %1</source>
        <translation>das Pflichtfeld &apos;format&apos; fehlt; %1</translation>
    </message>
    <message>
        <source>unknown format %1; %2</source>
        <translation>unbekanntes Format %1; %2</translation>
    </message>
    <message>
        <source>required field &apos;version&apos; is missing; %1</source>
        <translation>das Pflichtfeld &apos;version&apos; fehlt; %1</translation>
    </message>
    <message>
        <source>%1 version %2 is not supported; %3</source>
        <translation>%1 in Version %2 wird nicht unterstützt; %3</translation>
    </message>
    <message>
        <source>%1 must be an object {...}, found %2</source>
        <translation>%1 muss ein Objekt {...} sein, gefunden: %2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2; its fields are %3</source>
        <translation>%2 hat kein Feld &apos;%1&apos;; die Felder sind %3</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>%2 hat kein Feld &apos;%1&apos;; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing from %2</source>
        <translation>das Pflichtfeld &apos;%1&apos; fehlt in: %2</translation>
    </message>
    <message>
        <source>%1 must be a string, found %2</source>
        <translation>%1 muss eine Zeichenkette sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be an id of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, found %2</source>
        <translation>%1 muss eine ID aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a date &quot;YYYY-MM-DD&quot;, found %2</source>
        <translation>%1 muss ein Datum &quot;JJJJ-MM-TT&quot; sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a date &quot;YYYY-MM-DD&quot; or null, found %2</source>
        <translation>%1 muss ein Datum &quot;JJJJ-MM-TT&quot; oder null sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a date from %2 to %3, found %4</source>
        <translation>%1 muss ein Datum von %2 bis %3 sein, gefunden: %4</translation>
    </message>
    <message>
        <source>%1 must be a date from %2 to %3 or null, found %4</source>
        <translation>%1 muss ein Datum von %2 bis %3 oder null sein, gefunden: %4</translation>
    </message>
    <message>
        <source>%1 must be a number %2, found %3</source>
        <translation>%1 muss eine Zahl %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found %4</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, gefunden: %4</translation>
    </message>
    <message>
        <source>%1 must be a whole number ≥ %2, found %3</source>
        <translation>%1 muss eine ganze Zahl ≥ %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>%1 must be an array [...], found %2</source>
        <translation>%1 muss ein Array [...] sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, found %2</source>
        <translation>%1 muss true oder false sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be %2, found &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, gefunden: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>each of %1</source>
        <translation>jeder Eintrag von %1</translation>
    </message>
    <message>
        <source>each start</source>
        <translation>jeder Starttermin</translation>
    </message>
    <message>
        <source>a skill level</source>
        <translation>eine Kompetenzstufe</translation>
    </message>
    <message>
        <source>a skill</source>
        <translation>eine Kompetenz</translation>
    </message>
    <message>
        <source>a pace</source>
        <translation>ein Tempo</translation>
    </message>
    <message>
        <source>a credit offer</source>
        <translation>ein Credit-Angebot</translation>
    </message>
    <message>
        <source>a credential</source>
        <translation>ein Zertifikat</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>a category rule</source>
        <translation>eine Kategorieregel</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>ein Ziel</translation>
    </message>
    <message>
        <source>an offer</source>
        <translation>ein Angebot</translation>
    </message>
    <message>
        <source>a catalog</source>
        <translation>ein Katalog</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>eine Spanne</translation>
    </message>
    <message>
        <source>a renewal</source>
        <translation>eine Verlängerung</translation>
    </message>
    <message>
        <source>the keeping of a credential</source>
        <translation>das Halten eines Zertifikats</translation>
    </message>
    <message>
        <source>the dates of a completed credential</source>
        <translation>die Daten eines abgeschlossenen Zertifikats</translation>
    </message>
    <message>
        <source>a profile</source>
        <translation>ein Profil</translation>
    </message>
    <message>
        <source>a requirement group</source>
        <translation>eine Anforderungsgruppe</translation>
    </message>
    <message>
        <source>a funding source</source>
        <translation>eine Finanzierungsquelle</translation>
    </message>
    <message>
        <source>%1 applies only to a cohort pace (&quot;kind&quot;: &quot;cohort&quot;)</source>
        <translation>%1 gilt nur für ein Kohortentempo (&quot;kind&quot;: &quot;cohort&quot;)</translation>
    </message>
    <message>
        <source>%1 applies only to a credits goal (&quot;kind&quot;: &quot;credits&quot;)</source>
        <translation>%1 gilt nur für ein Credits-Ziel (&quot;kind&quot;: &quot;credits&quot;)</translation>
    </message>
    <message>
        <source>%1 applies only to a subscription (&quot;kind&quot;: &quot;subscription&quot;)</source>
        <translation>%1 gilt nur für ein Abonnement (&quot;kind&quot;: &quot;subscription&quot;)</translation>
    </message>
    <message>
        <source>starts must be in ascending order, but %1 follows %2</source>
        <translation>starts muss aufsteigend geordnet sein, aber %1 folgt auf %2</translation>
    </message>
    <message>
        <source>requires nests groups %1 deep; at most %2 levels are allowed</source>
        <translation>requires verschachtelt Gruppen %1 Ebenen tief; höchstens %2 Ebenen sind erlaubt</translation>
    </message>
    <message>
        <source>estimated may name %1, found %2</source>
        <translation>estimated darf %1 nennen, gefunden: %2</translation>
    </message>
    <message>
        <source>max must not be below min (%1), found %2</source>
        <translation>max darf nicht unter min (%1) liegen, gefunden: %2</translation>
    </message>
    <message>
        <source>each item of covers is &quot;cred:ID&quot; or &quot;tag:TAG&quot;, found %1</source>
        <translation>jeder Eintrag von covers ist &quot;cred:ID&quot; oder &quot;tag:TAG&quot;, gefunden: %1</translation>
    </message>
    <message>
        <source>covers must name at least one credential (&quot;cred:ID&quot;) or tag (&quot;tag:TAG&quot;)</source>
        <translation>covers muss mindestens ein Zertifikat (&quot;cred:ID&quot;) oder Schlagwort (&quot;tag:TAG&quot;) nennen</translation>
    </message>
    <message>
        <source>currency must be a three-letter ISO 4217 code such as &quot;USD&quot;, found &quot;%1&quot;</source>
        <translation>currency muss ein dreibuchstabiger ISO-4217-Code wie &quot;USD&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not one of the profile&apos;s completed credentials</source>
        <translation>%1 gehört nicht zu den abgeschlossenen Zertifikaten des Profils</translation>
    </message>
    <message>
        <source>the dates of %1 are given twice</source>
        <translation>die Daten von %1 sind zweimal angegeben</translation>
    </message>
    <message>
        <source>%1 expires on %2, before it was earned on %3</source>
        <translation>%1 läuft am %2 ab, bevor es am %3 erworben wurde</translation>
    </message>
    <message>
        <source>budget must be a number %1 or null (no limit), found %2</source>
        <translation>budget muss eine Zahl %1 oder null (keine Grenze) sein, gefunden: %2</translation>
    </message>
    <message>
        <source>requirement item %1 is invalid: %2</source>
        <translation>der Anforderungseintrag %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>a requirement item must be &quot;cred:ID&quot; or &quot;skill:ID@LEVEL&quot;, found &quot;&quot;</source>
        <translation>ein Anforderungseintrag muss &quot;cred:ID&quot; oder &quot;skill:ID@LEVEL&quot; sein, gefunden: &quot;&quot;</translation>
    </message>
    <message>
        <source>a group must be written as an object such as {&quot;all&quot;: [...]}, not as text, found %1</source>
        <translation>eine Gruppe muss als Objekt wie {&quot;all&quot;: [...]} geschrieben werden, nicht als Text, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 must be a non-empty array of requirements, found %2</source>
        <translation>%1 muss ein nicht leeres Array von Anforderungen sein, gefunden: %2</translation>
    </message>
    <message>
        <source>a requirement must be an item such as &quot;skill:sql@2&quot; or a group such as {&quot;all&quot;: [...]}, found %1</source>
        <translation>eine Anforderung muss ein Eintrag wie &quot;skill:sql@2&quot; oder eine Gruppe wie {&quot;all&quot;: [...]} sein, gefunden: %1</translation>
    </message>
    <message>
        <source>a requirement group has exactly one of &quot;all&quot;, &quot;any&quot; or &quot;min&quot; with &quot;of&quot;</source>
        <translation>eine Anforderungsgruppe hat genau eines von &quot;all&quot;, &quot;any&quot; oder &quot;min&quot; mit &quot;of&quot;</translation>
    </message>
    <message>
        <source>a requirement group needs &quot;all&quot;, &quot;any&quot; or &quot;min&quot; with &quot;of&quot;</source>
        <translation>eine Anforderungsgruppe braucht &quot;all&quot;, &quot;any&quot; oder &quot;min&quot; mit &quot;of&quot;</translation>
    </message>
    <message>
        <source>min is %1 but &quot;of&quot; lists only %2 requirements</source>
        <translation>min ist %1, aber &quot;of&quot; nennt nur %2 Anforderungen</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 characters</source>
        <translation>%1 muss 1 bis %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>a goal names at most %1 skills</source>
        <translation>ein Ziel nennt höchstens %1 Kompetenzen</translation>
    </message>
    <message>
        <source>a skill needs an ESCO URI (&apos;esco&apos;) or an O*NET technology (&apos;onet&apos;)</source>
        <translation>eine Kompetenz braucht eine ESCO-URI (&apos;esco&apos;) oder eine O*NET-Technologie (&apos;onet&apos;)</translation>
    </message>
    <message>
        <source>name must have 1 to %1 characters</source>
        <translation>name muss 1 bis %1 Zeichen haben</translation>
    </message>
    <message>
        <source>cap must be a number %1 or null (no cap), found %2</source>
        <translation>cap muss eine Zahl %1 oder null (keine Obergrenze) sein, gefunden: %2</translation>
    </message>
    <message>
        <source>each item of covers is &quot;provider:NAME&quot;, &quot;tag:TAG&quot; or &quot;cred:ID&quot;, found %1</source>
        <translation>jeder Eintrag von covers ist &quot;provider:NAME&quot;, &quot;tag:TAG&quot; oder &quot;cred:ID&quot;, gefunden: %1</translation>
    </message>
    <message>
        <source>funding lists %1 sources; at most %2 are read</source>
        <translation>funding nennt %1 Quellen; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large to be a Cairn file</source>
        <translation>die Datei ist größer als %1 MiB, zu groß für eine Cairn-Datei</translation>
    </message>
    <message>
        <source>not an Open Badges 2.0 assertion, an Open Badges 3.0 credential or a CLR 2.0 credential</source>
        <translation>weder eine Open-Badges-2.0-Assertion noch ein Open-Badges-3.0-Nachweis oder ein CLR-2.0-Nachweis</translation>
    </message>
    <message>
        <source>a CTDL document nests its wrappers no deeper than an envelope around an @graph</source>
        <translation>ein CTDL-Dokument verschachtelt seine Hüllen nicht tiefer als einen Umschlag um einen @graph</translation>
    </message>
    <message>
        <source>%1 is not a CTDL node: a document&apos;s array holds JSON objects</source>
        <translation>%1 ist kein CTDL-Knoten: das Array eines Dokuments enthält JSON-Objekte</translation>
    </message>
    <message>
        <source>a CTDL document is a JSON object or an array of objects</source>
        <translation>ein CTDL-Dokument ist ein JSON-Objekt oder ein Array von Objekten</translation>
    </message>
    <message>
        <source>%1@graph must be an array of nodes</source>
        <translation>%1@graph muss ein Array von Knoten sein</translation>
    </message>
    <message>
        <source>this Credential Registry envelope has no decoded_resource; Cairn reads the decoded document, not the signed one in &apos;resource&apos;</source>
        <translation>dieser Umschlag der Credential Registry hat keine decoded_resource; Cairn liest das entschlüsselte Dokument, nicht das signierte in &apos;resource&apos;</translation>
    </message>
    <message>
        <source>the document is not a CTDL node: it has no @type, @graph or decoded_resource</source>
        <translation>das Dokument ist kein CTDL-Knoten: es hat weder @type noch @graph noch decoded_resource</translation>
    </message>
    <message>
        <source>%1 is not a CTDL node: it has no @type, @graph or decoded_resource</source>
        <translation>%1 ist kein CTDL-Knoten: es hat weder @type noch @graph noch decoded_resource</translation>
    </message>
    <message>
        <source>the document holds no CTDL node</source>
        <translation>das Dokument enthält keinen CTDL-Knoten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands in for a value that is missing; give the real value or leave the field out</source>
        <translation>&quot;%1&quot; steht für einen fehlenden Wert; geben Sie den echten Wert an oder lassen Sie das Feld weg</translation>
    </message>
    <message>
        <source>the file is empty; it should begin with the line &quot;cairn-esco 1 VERSION&quot;</source>
        <translation>die Datei ist leer; sie sollte mit der Zeile &quot;cairn-esco 1 VERSION&quot; beginnen</translation>
    </message>
    <message>
        <source>not Cairn&apos;s ESCO data: the first line should be &quot;cairn-esco 1 VERSION&quot; (tab-separated)</source>
        <translation>keine ESCO-Daten von Cairn: die erste Zeile sollte &quot;cairn-esco 1 VERSION&quot; sein (durch Tabulatoren getrennt)</translation>
    </message>
    <message>
        <source>not Cairn&apos;s ESCO data: the file is not UTF-8 text</source>
        <translation>keine ESCO-Daten von Cairn: die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown record &quot;%1&quot;; expected S, O or L</source>
        <translation>unbekannter Datensatz &quot;%1&quot;; erwartet wurde S, O oder L</translation>
    </message>
    <message>
        <source>a %1 record has %2 fields, expected %3</source>
        <translation>ein %1-Datensatz hat %2 Felder, erwartet wurden %3</translation>
    </message>
    <message>
        <source>a skill id must be 1 to %1 characters</source>
        <translation>eine Kompetenz-ID muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>an occupation id must be 1 to %1 characters</source>
        <translation>eine Berufs-ID muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>more than %1 skills</source>
        <translation>mehr als %1 Kompetenzen</translation>
    </message>
    <message>
        <source>more than %1 occupations</source>
        <translation>mehr als %1 Berufe</translation>
    </message>
    <message>
        <source>skill type must be k or s</source>
        <translation>der Kompetenztyp muss k oder s sein</translation>
    </message>
    <message>
        <source>reuse level must be t, c, e or o</source>
        <translation>die Wiederverwendungsstufe muss t, c, e oder o sein</translation>
    </message>
    <message>
        <source>skills must be numbers of skill records, found &quot;%1&quot;</source>
        <translation>Kompetenzen müssen Nummern von Kompetenz-Datensätzen sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>labels come before any skill or occupation</source>
        <translation>Bezeichnungen stehen vor jeder Kompetenz und jedem Beruf</translation>
    </message>
    <message>
        <source>a language must be a code such as en or de</source>
        <translation>eine Sprache muss ein Code wie en oder de sein</translation>
    </message>
    <message>
        <source>a preferred label must be 1 to %1 bytes</source>
        <translation>eine bevorzugte Bezeichnung muss 1 bis %1 Bytes lang sein</translation>
    </message>
    <message>
        <source>an alternative label must be 1 to %1 bytes</source>
        <translation>eine alternative Bezeichnung muss 1 bis %1 Bytes lang sein</translation>
    </message>
    <message>
        <source>more than %1 alternative labels</source>
        <translation>mehr als %1 alternative Bezeichnungen</translation>
    </message>
    <message>
        <source>skill number %1 is not one of the %2 skills</source>
        <translation>die Kompetenznummer %1 gehört nicht zu den %2 Kompetenzen</translation>
    </message>
    <message>
        <source>occupation %1 has no labels</source>
        <translation>der Beruf %1 hat keine Bezeichnungen</translation>
    </message>
    <message>
        <source>skill %1 has no labels</source>
        <translation>die Kompetenz %1 hat keine Bezeichnungen</translation>
    </message>
    <message>
        <source>the file is empty; it should begin with the line &quot;cairn-onet 1 VERSION&quot;</source>
        <translation>die Datei ist leer; sie sollte mit der Zeile &quot;cairn-onet 1 VERSION&quot; beginnen</translation>
    </message>
    <message>
        <source>not Cairn&apos;s O*NET data: the first line should be &quot;cairn-onet 1 VERSION&quot; (tab-separated)</source>
        <translation>keine O*NET-Daten von Cairn: die erste Zeile sollte &quot;cairn-onet 1 VERSION&quot; lauten (durch Tabulatoren getrennt)</translation>
    </message>
    <message>
        <source>not Cairn&apos;s O*NET data: the file is not UTF-8 text</source>
        <translation>keine O*NET-Daten von Cairn: die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown record &quot;%1&quot;; expected T or O</source>
        <translation>unbekannter Datensatz &quot;%1&quot;; erwartet wird T oder O</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 bytes</source>
        <translation>%1 muss 1 bis %2 Bytes lang sein</translation>
    </message>
    <message>
        <source>an O*NET-SOC code is written like 15-2051.01, found &quot;%1&quot;</source>
        <translation>ein O*NET-SOC-Code wird wie 15-2051.01 geschrieben, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>occupation %1 is listed twice</source>
        <translation>der Beruf %1 steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>technologies must be numbers of T records, each followed by h, d, hd or nothing, found &quot;%1&quot;</source>
        <translation>Technologien müssen Nummern von T-Datensätzen sein, jeweils gefolgt von h, d, hd oder nichts, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>technology number %1 is not one of the %2 technologies</source>
        <translation>die Technologie Nummer %1 ist keine der %2 Technologien</translation>
    </message>
    <message>
        <source>The file holds a NUL byte, which no text has; it is not a CSV text file.</source>
        <translation>Die Datei enthält ein NUL-Byte, das kein Text enthält; sie ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <source>The byte 0x%1 here is not UTF-8 text; save the file as UTF-8.</source>
        <translation>Das Byte 0x%1 an dieser Stelle ist kein UTF-8-Text; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The quoted field opened here is never closed; add the closing double quote.</source>
        <translation>Das hier geöffnete Feld in Anführungszeichen wird nie geschlossen; ergänzen Sie das schließende doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>A double quote appears inside a field that does not start with one; enclose the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ein doppeltes Anführungszeichen steht in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a field; a quoted field must be followed by a comma or the end of the line.</source>
        <translation>Unerwarteter Text nach dem schließenden Anführungszeichen eines Felds; auf ein Feld in Anführungszeichen muss ein Komma oder das Zeilenende folgen.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns, e.g. id,title,provider,cost,hours.</source>
        <translation>Die Datei ist leer; die erste Zeile muss die Spalten nennen, z. B. id,title,provider,cost,hours.</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos;; the columns are %2.</source>
        <translation>Unbekannte Spalte &apos;%1&apos;; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation>Die Spalte &apos;%1&apos; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The header has no &apos;%1&apos; column; it is required.</source>
        <translation>Die Kopfzeile hat keine Spalte &apos;%1&apos;; sie ist erforderlich.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2; check for a missing or extra comma, or a field with a comma that is not in quotes.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2; prüfen Sie, ob ein Komma fehlt oder überzählig ist oder ein Feld mit Komma nicht in Anführungszeichen steht.</translation>
    </message>
    <message>
        <source>The credential &apos;%1&apos; already appears on line %2.</source>
        <translation>Das Zertifikat &apos;%1&apos; steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>Every credential needs an id.</source>
        <translation>Jedes Zertifikat braucht eine ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id; an id is made of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. sql-basics.</source>
        <translation>&apos;%1&apos; ist keine ID; eine ID besteht aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, z. B. sql-basics.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a figure that can be estimated; write %2.</source>
        <translation>&apos;%1&apos; ist keine Angabe, die geschätzt sein kann; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of zero or more.</source>
        <translation>&apos;%1&apos; ist keine Zahl von null oder mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of zero or more (or none, for a credential sold only through an offer).</source>
        <translation>&apos;%1&apos; ist keine Zahl von null oder mehr (oder none, für ein Zertifikat, das nur über ein Angebot verkauft wird).</translation>
    </message>
    <message>
        <source>The pace is &apos;%1&apos;; write self (or self-paced) or cohort.</source>
        <translation>Das Tempo ist &apos;%1&apos;; schreiben Sie self (oder self-paced) oder cohort.</translation>
    </message>
    <message>
        <source>Weeks apply only to a cohort; write cohort in the pace column.</source>
        <translation>Wochen gelten nur für eine Kohorte; schreiben Sie cohort in die Spalte pace.</translation>
    </message>
    <message>
        <source>Start dates apply only to a cohort; write cohort in the pace column.</source>
        <translation>Starttermine gelten nur für eine Kohorte; schreiben Sie cohort in die Spalte pace.</translation>
    </message>
    <message>
        <source>A cohort needs its length in weeks; write a whole number of weeks from 1 to %1.</source>
        <translation>Eine Kohorte braucht ihre Dauer in Wochen; schreiben Sie eine ganze Zahl von Wochen von 1 bis %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cohort length; write a whole number of weeks from 1 to %2.</source>
        <translation>&apos;%1&apos; ist keine Kohortendauer; schreiben Sie eine ganze Zahl von Wochen von 1 bis %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write start dates as YYYY-MM-DD separated by semicolons.</source>
        <translation>&apos;%1&apos; ist kein Datum; schreiben Sie Starttermine als JJJJ-MM-TT, getrennt durch Semikolons.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a skill at a level; write SKILL@LEVEL with a level from %2 to %3, e.g. sql@2.</source>
        <translation>&apos;%1&apos; ist keine Kompetenz auf einer Stufe; schreiben Sie KOMPETENZ@STUFE mit einer Stufe von %2 bis %3, z. B. sql@2.</translation>
    </message>
    <message>
        <source>The groups nest %1 deep; at most %2 levels are allowed.</source>
        <translation>Die Gruppen sind %1 Ebenen tief verschachtelt; höchstens %2 Ebenen sind erlaubt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a credit offer; write PROGRAM:CREDITS or PROGRAM:CREDITS:CATEGORY|CATEGORY with ids and more than 0 credits, e.g. bs-data:12:core|elective.</source>
        <translation>&apos;%1&apos; ist kein Credit-Angebot; schreiben Sie PROGRAMM:CREDITS oder PROGRAMM:CREDITS:KATEGORIE|KATEGORIE mit IDs und mehr als 0 Credits, z. B. bs-data:12:core|elective.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>A team shares its catalogs and caseload in a workspace on a PostgreSQL server. Your team&apos;s administrator gives you its address and your user name. The password is asked each time and never saved.</source>
        <translation>Ein Team teilt seine Kataloge und Klienten in einem Arbeitsbereich auf einem PostgreSQL-Server. Die Adresse und Ihren Benutzernamen erhalten Sie von der Administration Ihres Teams. Das Passwort wird jedes Mal abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, with parameters such as ?sslmode=require</source>
        <translation>postgresql://benutzer@host:port/datenbank, mit Parametern wie ?sslmode=require</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>leer: aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>cairn::app::ConnectDialog</name>
    <message>
        <source>Use the &amp;local workspace</source>
        <translation>&amp;Lokalen Arbeitsbereich verwenden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A team workspace&apos;s address starts with postgresql://, for example postgresql://advisor@server.example.org/cairn.</source>
        <translation>Die Adresse eines Team-Arbeitsbereichs beginnt mit postgresql://, zum Beispiel postgresql://beratung@server.example.org/cairn.</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org/cairn</source>
        <translation>postgresql://sie@server.example.org/cairn</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The server did not accept this password for this user. Check both and try again.</source>
        <translation>Der Server hat dieses Passwort für diesen Benutzer nicht angenommen. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::app::WorkspaceSwitch</name>
    <message>
        <source>Cairn could not open the workspace:
%1</source>
        <translation>Cairn konnte den Arbeitsbereich nicht öffnen:
%1</translation>
    </message>
</context>
</TS>
