<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only. Texts that count with %n are written once in the code, in the
     plural; this file gives English its singular. Every other text is read from the code as it is.
     The translation test checks that each counted text of cairn_de.ts is here too. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>Imported %Ln credentials from %1.</source>
        <translation><numerusform>Imported %Ln credential from %1.</numerusform><numerusform>Imported %Ln credentials from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other fields</source>
        <translation><numerusform>%n other field</numerusform><numerusform>%n other fields</numerusform></translation>
    </message>
</context>
<context>
    <name>CredentialDetails</name>
    <message numerus="yes">
        <source>Cohort of %n weeks</source>
        <translation><numerusform>Cohort of %n week</numerusform><numerusform>Cohort of %n weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>RequirementWords</name>
    <message numerus="yes">
        <source>All of these %n</source>
        <translation><numerusform>This one</numerusform><numerusform>All of these %n</numerusform></translation>
    </message>
</context>
<context>
    <name>cairn::app::CredentialTableModel</name>
    <message numerus="yes">
        <source>Cohort, %n weeks</source>
        <translation><numerusform>Cohort, %n week</numerusform><numerusform>Cohort, %n weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>cairn::app::MainWindow</name>
    <message numerus="yes">
        <source>%n candidate plan(s) are not saved to the workspace and will be lost.

Close anyway?</source>
        <translation><numerusform>%n candidate plan is not saved to the workspace and will be lost.

Close anyway?</numerusform><numerusform>%n candidate plans are not saved to the workspace and will be lost.

Close anyway?</numerusform></translation>
    </message>
</context>
<context>
    <name>cairn::app::BadgeImportDialog</name>
    <message numerus="yes">
        <source>%n credentials have this name: choose the one it is</source>
        <translation><numerusform>%n credential has this name: choose it</numerusform><numerusform>%n credentials have this name: choose the one it is</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n of this name</source>
        <translation><numerusform>Not the %n of this name</numerusform><numerusform>None of the %n of this name</numerusform></translation>
    </message>
</context>
<context>
    <name>cairn::app::CaseloadPanel</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln clients, by name. Scroll down for more, or type a name to search.</source>
        <translation><numerusform>Showing %1 of %Ln client, by name.</numerusform><numerusform>Showing %1 of %Ln clients, by name. Scroll down for more, or type a name to search.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of the %Ln clients whose name holds “%2”. Scroll down for more.</source>
        <translation><numerusform>Showing %1 of the %Ln client whose name holds “%2”.</numerusform><numerusform>Showing %1 of the %Ln clients whose name holds “%2”. Scroll down for more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clients whose name holds “%1”: %Ln.</source>
        <translation><numerusform>Clients whose name holds “%1”: %Ln.</numerusform><numerusform>Clients whose name holds “%1”: %Ln.</numerusform></translation>
    </message>
</context>
<context>
    <name>cairn::app::CatalogConflict</name>
    <message numerus="yes">
        <source>cohort of %n weeks, starting %1</source>
        <translation><numerusform>cohort of %n week, starting %1</numerusform><numerusform>cohort of %n weeks, starting %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
</context>
</TS>
