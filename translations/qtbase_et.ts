<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Estonian catalogue of its own: these are the standard strings Dialogue Desk shows (buttons, text menus, file dialogs). -->
<TS version="2.1" language="et_EE" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvesta</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salvesta kõik</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ava</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Jah</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Jah &amp;kõigile</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ei</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>E&amp;i kõigile</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Katkesta</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Proovi uuesti</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Eira</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulge</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Loobu</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Hülga</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Abi</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Rakenda</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Lähtesta</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Taasta vaikeväärtused</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Näita üksikasju…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Peida üksikasjad…</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Võta tagasi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Tee uuesti</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Lõika</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopeeri</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Aseta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Kustuta</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Vali kõik</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Võta tagasi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Tee uuesti</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Lõika</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopeeri</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Aseta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Kustuta</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Vali kõik</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopeeri &amp;lingi aadress</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ava</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvesta</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Failinimi:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Failitüüp:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Otsi kaustast:</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Salvesta nimega</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ava</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Kõik failid (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tagasi</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ülemkaust</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Loo uus kaust</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Loendivaade</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Üksikasjade vaade</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Suurus</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Muutmise aeg</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Uus kaust</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Vali</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
</TS>
