<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="176"/>
        <source>About KAMDesk</source>
        <translation>Tungkol sa KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="182"/>
        <source>Dossiers and meeting briefs for key account managers.</source>
        <translation>Mga dossier at brief bago ang pulong para sa mga key account manager.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="183"/>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="185"/>
        <source>Where your data lives</source>
        <translation>Kung saan nakatago ang iyong datos</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="186"/>
        <source>Settings: %1</source>
        <translation>Mga setting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="198"/>
        <source>Shipped with KAMDesk, under their own licences:</source>
        <translation>Kasama ng KAMDesk, sa ilalim ng kani-kanilang lisensya:</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="68"/>
        <source>New account</source>
        <translation>Bagong account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="69"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="71"/>
        <source>Tier</source>
        <translation>Antas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="74"/>
        <source>Industry</source>
        <translation>Industriya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="76"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="77"/>
        <source>City</source>
        <translation>Lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="79"/>
        <source>Country (2 letters)</source>
        <translation>Bansa (2 titik)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="83"/>
        <source>Lead source</source>
        <translation>Pinagmulan ng lead</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="84"/>
        <source>not known</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="87"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="89"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="97"/>
        <source>Add period</source>
        <translation>Magdagdag ng panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="97"/>
        <source>Remove period</source>
        <translation>Alisin ang panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="99"/>
        <source>Period: 2026 or 2026-Q3</source>
        <translation>Panahon: 2026 o 2026-Q3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="101"/>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="111"/>
        <source>row %1: </source>
        <translation>hanay %1: </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="27"/>
        <source>Filter accounts…</source>
        <translation>Salain ang mga account…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="31"/>
        <source>New…</source>
        <translation>Bago…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="35"/>
        <source>All accounts</source>
        <translation>Lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="36"/>
        <source>My accounts</source>
        <translation>Aking mga account</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message numerus="yes">
        <location filename="../../ui/sentences.py" line="40"/>
        <source>Birthday: %1 (%2 of %3), turns %n</source>
        <translation>
            <numerusform>Kaarawan: %1 (%2 ni %3), magiging %n taong gulang</numerusform>
            <numerusform>Kaarawan: %1 (%2 ni %3), magiging %n taong gulang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="42"/>
        <source>Birthday: %1 (%2 of %3)</source>
        <translation>Kaarawan: %1 (%2 ni %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sentences.py" line="46"/>
        <source>Birthday: %1, turns %n</source>
        <translation>
            <numerusform>Kaarawan: %1, magiging %n taong gulang</numerusform>
            <numerusform>Kaarawan: %1, magiging %n taong gulang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="48"/>
        <source>Birthday: %1</source>
        <translation>Kaarawan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="52"/>
        <source>Proposal “%1” expires in 1 day</source>
        <translation>Ang proposal na “%1” ay mawawalang-bisa sa loob ng 1 araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sentences.py" line="54"/>
        <source>Proposal “%1” expires in %n days</source>
        <translation>
            <numerusform>Ang proposal na “%1” ay mawawalang-bisa sa loob ng %n araw</numerusform>
            <numerusform>Ang proposal na “%1” ay mawawalang-bisa sa loob ng %n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="59"/>
        <source>Start preparing for tender “%1”</source>
        <translation>Simulan ang paghahanda para sa bidding na “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="62"/>
        <source>Tender “%1”</source>
        <translation>Bidding na “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sentences.py" line="64"/>
        <source>%1 “%2” open for %n days</source>
        <translation>
            <numerusform>%1 na “%2”, bukas nang %n araw</numerusform>
            <numerusform>%1 na “%2”, bukas nang %n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="67"/>
        <source>Record the outcome of the meeting “%1”</source>
        <translation>Itala ang kinalabasan ng pulong na “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="71"/>
        <source>Meeting “%1” at %2, %3</source>
        <translation>Pulong na “%1” sa %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="73"/>
        <source>Meeting “%1” at %2</source>
        <translation>Pulong na “%1” sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="76"/>
        <source>Review the data kept on %1</source>
        <translation>Suriin ang datos na itinatago tungkol kay %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="24"/>
        <source>Overdue</source>
        <translation>Lampas na sa takdang araw</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="25"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="26"/>
        <source>This week</source>
        <translation>Ngayong linggo</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="27"/>
        <source>Later</source>
        <translation>Sa susunod</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="45"/>
        <source>▸ click to show</source>
        <translation>▸ i-click para ipakita</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="128"/>
        <source>Click to read this group&apos;s lines</source>
        <translation>I-click para basahin ang mga linya ng pangkat na ito</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="157"/>
        <source>KAMDesk cannot open your dossiers</source>
        <translation>Hindi mabuksan ng KAMDesk ang iyong mga dossier</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <location filename="../../ui/menu_actions.py" line="178"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="13"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="14"/>
        <source>Export</source>
        <translation>Pag-export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="15"/>
        <source>A person&apos;s data</source>
        <translation>Datos ng isang tao</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="39"/>
        <source>What left the app</source>
        <translation>Ano ang lumabas sa app</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="42"/>
        <source>Every brief saved or printed and every export, newest first. People are not named here, only accounts and files.</source>
        <translation>Bawat brief na na-save o na-print at bawat export, pinakabago muna. Hindi pinapangalanan dito ang mga tao, mga account at file lamang.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="56"/>
        <source>Nothing has left the app yet.</source>
        <translation>Wala pang lumabas sa app.</translation>
    </message>
</context>
<context>
    <name>BackgroundPage</name>
    <message>
        <location filename="../../ui/import_background.py" line="33"/>
        <source>Working…</source>
        <translation>Ginagawa…</translation>
    </message>
    <message>
        <location filename="../../ui/import_background.py" line="48"/>
        <source>Cannot go on: {0}</source>
        <translation>Hindi makapagpatuloy: {0}</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../ui/status_line.py" line="26"/>
        <source>Last backup: never</source>
        <translation>Huling backup: wala pa</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="28"/>
        <source>Last backup: %1</source>
        <translation>Huling backup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="32"/>
        <source>File ▸ Back up now… copies the database next to it.</source>
        <translation>Kinokopya ng File ▸ Mag-backup ngayon… ang database sa tabi nito.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="86"/>
        <source>The backup was not restored</source>
        <translation>Hindi naibalik ang backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="89"/>
        <source>Restored from %1</source>
        <translation>Naibalik mula sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="91"/>
        <source>; the database it replaced was kept as %1</source>
        <translation>; itinago ang pinalitang database bilang %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="109"/>
        <source>Your dossiers are damaged</source>
        <translation>Sira ang iyong mga dossier</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="111"/>
        <source>The database file is damaged, so KAMDesk put it aside (it was not changed or deleted) instead of opening it.</source>
        <translation>Sira ang database file, kaya itinabi ito ng KAMDesk (hindi ito binago o binura) sa halip na buksan.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="119"/>
        <source>Restore the newest good backup</source>
        <translation>Ibalik ang pinakabagong maayos na backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="123"/>
        <source>Choose a backup…</source>
        <translation>Pumili ng backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="29"/>
        <source>made by you</source>
        <translation>ginawa mo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="30"/>
        <source>automatic, while idle</source>
        <translation>kusa, habang walang ginagawa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="31"/>
        <source>automatic, on closing</source>
        <translation>kusa, sa pagsasara</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="32"/>
        <source>before an import</source>
        <translation>bago ang pag-import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="33"/>
        <source>before a restore</source>
        <translation>bago ang pagbabalik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="34"/>
        <source>before emptying the trash</source>
        <translation>bago alisan ng laman ang basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="40"/>
        <source>before a program upgrade</source>
        <translation>bago ang pag-upgrade ng programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="47"/>
        <source>cannot be read</source>
        <translation>hindi mabasa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="49"/>
        <source>%1 accounts, %2 people</source>
        <translation>%1 account, %2 tao</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="63"/>
        <source>day?</source>
        <translation>araw?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="64"/>
        <source>month?</source>
        <translation>buwan?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="65"/>
        <source>year unknown</source>
        <translation>hindi alam ang taon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="67"/>
        <source>or type 21.06. or 1979-06-21</source>
        <translation>o i-type ang 21.06. o 1979-06-21</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="99"/>
        <source>give both the day and the month</source>
        <translation>ibigay ang araw at ang buwan</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/brief_preview.py" line="67"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="76"/>
        <location filename="../../ui/brief_preview.py" line="181"/>
        <source>Preparing the brief…</source>
        <translation>Inihahanda ang brief…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="80"/>
        <source>Shareable (no personal data)</source>
        <translation>Maibabahagi (walang personal na datos)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="83"/>
        <source>The language of the brief</source>
        <translation>Ang wika ng brief</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="91"/>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="93"/>
        <source>Save as PDF…</source>
        <translation>I-save bilang PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="95"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="160"/>
        <source>Brief: %1</source>
        <translation>Brief: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="162"/>
        <source>1 page</source>
        <translation>1 pahina</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="163"/>
        <source>%1 pages</source>
        <translation>%1 pahina</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="170"/>
        <source>The brief could not be made: %1</source>
        <translation>Hindi nagawa ang brief: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="187"/>
        <source>Save the brief as PDF</source>
        <translation>I-save ang brief bilang PDF</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="188"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="193"/>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="206"/>
        <source>Saved to %1</source>
        <translation>Na-save sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="219"/>
        <source>The printer could not be started.</source>
        <translation>Hindi mapaandar ang printer.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="124"/>
        <source>Change the passphrase</source>
        <translation>Palitan ang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="125"/>
        <source>The recovery key stays the same, and backups stay readable.</source>
        <translation>Hindi magbabago ang recovery key, at mababasa pa rin ang mga backup.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="128"/>
        <source>Unlock with the recovery key instead</source>
        <translation>Buksan gamit ang recovery key sa halip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="130"/>
        <source>Current passphrase</source>
        <translation>Kasalukuyang passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="132"/>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="133"/>
        <source>Repeat it</source>
        <translation>Ulitin ito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="137"/>
        <source>The new passphrase is empty, or the two differ.</source>
        <translation>Walang laman ang bagong passphrase, o magkaiba ang dalawa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="143"/>
        <source>The current passphrase (or recovery key) is wrong.</source>
        <translation>Mali ang kasalukuyang passphrase (o recovery key).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="28"/>
        <location filename="../../ui/models/editable.py" line="83"/>
        <location filename="../../ui/models/lists.py" line="66"/>
        <location filename="../../ui/models/lists.py" line="164"/>
        <location filename="../../ui/models/lists.py" line="244"/>
        <location filename="../../ui/models/person_models.py" line="20"/>
        <location filename="../../ui/models/search_model.py" line="67"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="31"/>
        <source>Written to</source>
        <translation>Isinulat sa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="32"/>
        <source>By</source>
        <translation>Ni</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="84"/>
        <source>Label</source>
        <translation>Tatak</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="85"/>
        <source>E-mail, phone, address…</source>
        <translation>E-mail, telepono, address…</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="93"/>
        <location filename="../../ui/models/lists.py" line="47"/>
        <location filename="../../ui/models/search_model.py" line="66"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="94"/>
        <source>Relation</source>
        <translation>Kaugnayan</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="95"/>
        <source>Birthday</source>
        <translation>Kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="96"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="104"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="105"/>
        <source>Planned</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="24"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="26"/>
        <location filename="../../ui/models/editable.py" line="106"/>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="28"/>
        <source>Of plan</source>
        <translation>Ng plano</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="32"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="34"/>
        <source>Overdue</source>
        <translation>Lampas na</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="36"/>
        <source>Roles uncovered</source>
        <translation>Mga papel na walang may hawak</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="39"/>
        <source>Expiring</source>
        <translation>Malapit nang mawalan ng bisa</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="47"/>
        <source>KAM</source>
        <translation>KAM</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="48"/>
        <source>Accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="60"/>
        <source>Deputy</source>
        <translation>Kahalili</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="107"/>
        <source>Currency</source>
        <translation>Pera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="30"/>
        <location filename="../../ui/models/agenda_model.py" line="81"/>
        <location filename="../../ui/models/department.py" line="57"/>
        <location filename="../../ui/models/lists.py" line="28"/>
        <location filename="../../ui/models/search_model.py" line="70"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="58"/>
        <location filename="../../ui/models/lists.py" line="30"/>
        <source>Tier</source>
        <translation>Antas</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="34"/>
        <source>City</source>
        <translation>Lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="30"/>
        <location filename="../../ui/models/lists.py" line="36"/>
        <source>Share</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="48"/>
        <source>Position</source>
        <translation>Posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="49"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="50"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="51"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="53"/>
        <source>Influence</source>
        <translation>Impluwensya</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="54"/>
        <source>Next birthday</source>
        <translation>Susunod na kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="76"/>
        <location filename="../../ui/models/tasks_model.py" line="18"/>
        <source>Done</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="77"/>
        <location filename="../../ui/models/lists.py" line="140"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="29"/>
        <location filename="../../ui/models/agenda_model.py" line="79"/>
        <location filename="../../ui/models/lists.py" line="243"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="26"/>
        <location filename="../../ui/models/lists.py" line="62"/>
        <location filename="../../ui/models/lists.py" line="83"/>
        <location filename="../../ui/models/person_models.py" line="18"/>
        <location filename="../../ui/models/person_models.py" line="42"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="67"/>
        <location filename="../../ui/models/person_models.py" line="21"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="68"/>
        <source>With</source>
        <translation>Kasama</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="76"/>
        <source>recorded</source>
        <translation>naitala</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="87"/>
        <location filename="../../ui/models/person_models.py" line="44"/>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="88"/>
        <location filename="../../ui/models/person_models.py" line="45"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="90"/>
        <source>Attendees</source>
        <translation>Mga dadalo</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="106"/>
        <source>1 day</source>
        <translation>1 araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/lists.py" line="106"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="113"/>
        <source>expired %1 ago</source>
        <translation>lumipas ang bisa %1 na ang nakaraan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="120"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="121"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="123"/>
        <location filename="../../ui/models/lists.py" line="191"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="124"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="125"/>
        <source>Expires in</source>
        <translation>Mawawalang-bisa sa</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="127"/>
        <source>Current step</source>
        <translation>Kasalukuyang hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="139"/>
        <source>Tender</source>
        <translation>Bidding</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="142"/>
        <source>Preparation from</source>
        <translation>Paghahanda mula</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="144"/>
        <source>Countdown</source>
        <translation>Natitirang araw</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="146"/>
        <location filename="../../ui/models/lists.py" line="156"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="165"/>
        <source>Case</source>
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="167"/>
        <source>Opened</source>
        <translation>Binuksan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="172"/>
        <source>Days</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="178"/>
        <source>Resolution</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="179"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="190"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="193"/>
        <source>Asked</source>
        <translation>Hiniling</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="196"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="206"/>
        <source>Recommended by</source>
        <translation>Inirekomenda ni</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="207"/>
        <source>To</source>
        <translation>Kay</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="209"/>
        <source>On</source>
        <translation>Noong</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="93"/>
        <location filename="../../ui/models/lists.py" line="213"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="246"/>
        <source>Deleted</source>
        <translation>Binura</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="251"/>
        <source>Entries</source>
        <translation>Mga entry</translation>
    </message>
    <message>
        <location filename="../../ui/models/tasks_model.py" line="20"/>
        <source>Due</source>
        <translation>Takdang araw</translation>
    </message>
    <message>
        <location filename="../../ui/models/tasks_model.py" line="22"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../ui/models/tasks_model.py" line="23"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="vanished">Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="62"/>
        <source>Made</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="63"/>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="64"/>
        <source>Holds</source>
        <translation>Laman</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="65"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_models.py" line="22"/>
        <source>Also there</source>
        <translation>Kasama rin</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_models.py" line="32"/>
        <source>planned</source>
        <translation>nakaplano</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_models.py" line="33"/>
        <source>outcome recorded</source>
        <translation>naitala ang kinalabasan</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_models.py" line="34"/>
        <source>outcome to record</source>
        <translation>itatala pa ang kinalabasan</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_models.py" line="46"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="68"/>
        <source>Matched in</source>
        <translation>Tumugma sa</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="69"/>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../ui/sentences.py" line="88"/>
        <source>nobody in the key roles: %1</source>
        <translation>walang tao sa mga pangunahing papel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="93"/>
        <source>%1 missing for 1 person</source>
        <translation>walang %1 para sa 1 tao</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sentences.py" line="96"/>
        <source>%1 missing for %n people</source>
        <translation>
            <numerusform>walang %1 para sa %n tao</numerusform>
            <numerusform>walang %1 para sa %n tao</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Concentration</name>
    <message>
        <location filename="../../ui/sentences.py" line="107"/>
        <source>Mono-dependence: %1 brings %2 of sales (limit %3)</source>
        <translation>Mono-dependence: %2 ng benta ay mula sa %1 (hangganan %3)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="112"/>
        <source>Key accounts bring %1 of sales, below the %2–%3 band</source>
        <translation>%1 ng benta ang mula sa mga key account, mas mababa sa saklaw na %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="116"/>
        <source>Key accounts bring %1 of sales, above the %2–%3 band</source>
        <translation>%1 ng benta ang mula sa mga key account, lampas sa saklaw na %2–%3</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="21"/>
        <source>Owner</source>
        <translation>May-ari</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="22"/>
        <source>Deputy</source>
        <translation>Kahalili</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="23"/>
        <source>Reports to</source>
        <translation>Nag-uulat kay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="29"/>
        <source>(empty)</source>
        <translation>(walang laman)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="56"/>
        <source>Reapply mine</source>
        <translation>Ilapat muli ang akin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="58"/>
        <source>Save your changes on top of theirs; fields you did not touch keep theirs</source>
        <translation>I-save ang iyong mga pagbabago sa ibabaw ng sa kanila; mananatili ang sa kanila sa mga field na hindi mo ginalaw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="61"/>
        <source>Keep theirs</source>
        <translation>Panatilihin ang sa kanila</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="62"/>
        <source>Drop your changes and keep what they saved</source>
        <translation>Itapon ang iyong mga pagbabago at panatilihin ang na-save nila</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="77"/>
        <source>Someone else saved “%1” after you opened it. Nothing of yours is saved yet; this is what they changed:</source>
        <translation>May ibang nag-save ng “%1” matapos mo itong buksan. Wala pang na-save sa iyo; ito ang binago nila:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="89"/>
        <source>yours: %1</source>
        <translation>sa iyo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_panel.py" line="97"/>
        <source>(only details this form does not show)</source>
        <translation>(mga detalye lamang na hindi ipinapakita ng form na ito)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="37"/>
        <source>Connect to the team server</source>
        <translation>Kumonekta sa team server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="41"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="43"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="46"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="47"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="48"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="50"/>
        <source>off (disable)</source>
        <translation>naka-off (disable)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="50"/>
        <source>if the server offers it (prefer)</source>
        <translation>kung iniaalok ng server (prefer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="51"/>
        <source>always (require)</source>
        <translation>palagi (require)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="51"/>
        <source>always, certificate checked (verify-ca)</source>
        <translation>palagi, sinusuri ang certificate (verify-ca)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="52"/>
        <source>always, certificate and name checked (verify-full)</source>
        <translation>palagi, sinusuri ang certificate at pangalan (verify-full)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="56"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="58"/>
        <source>Remember in the system keychain</source>
        <translation>Tandaan sa keychain ng system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="62"/>
        <source>No system keychain here: the password is asked each time</source>
        <translation>Walang keychain ng system dito: itatanong ang password sa bawat pagkakataon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="67"/>
        <source>kept in the system keychain</source>
        <translation>nakatago sa keychain ng system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="73"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="78"/>
        <source>Connect</source>
        <translation>Kumonekta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connection_dialog.py" line="102"/>
        <source>Cannot connect: %1.</source>
        <translation>Hindi makakonekta: %1.</translation>
    </message>
</context>
<context>
    <name>ContactKinds</name>
    <message>
        <location filename="../../ui/dialogs/choice_delegate.py" line="9"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choice_delegate.py" line="10"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choice_delegate.py" line="11"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choice_delegate.py" line="12"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>CrossSellTab</name>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="100"/>
        <source>Client division</source>
        <translation>Dibisyon ng kliyente</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="101"/>
        <source>Our offering</source>
        <translation>Ating alok</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="105"/>
        <source>Set</source>
        <translation>Itakda</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="110"/>
        <source>Which of our offerings could each division of the client use? Name a division and an offering below.</source>
        <translation>Alin sa ating mga alok ang magagamit ng bawat dibisyon ng kliyente? Maglagay ng dibisyon at alok sa ibaba.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/dialogs/date_field.py" line="53"/>
        <source>21.06. or 2026-06-21</source>
        <translation>21.06. o 2026-06-21</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/date_field.py" line="56"/>
        <source>Pick the day from a calendar</source>
        <translation>Pumili ng araw sa kalendaryo</translation>
    </message>
</context>
<context>
    <name>DepartmentPage</name>
    <message>
        <location filename="../../ui/models/department.py" line="14"/>
        <source>(nobody)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <location filename="../../ui/models/department.py" line="66"/>
        <source>Double-click to open the dossier</source>
        <translation>I-double-click para buksan ang dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_page.py" line="57"/>
        <source>The department, %1</source>
        <translation>Ang departamento, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_page.py" line="59"/>
        <source>Actual against plan for the year; dossier completeness on average; follow-ups past their date; key DMU roles nobody covers; sent proposals expiring within %1 days.</source>
        <translation>Aktwal laban sa plano ngayong taon; karaniwang pagkakumpleto ng dossier; mga follow-up na lampas na sa petsa; mga pangunahing papel sa DMU na walang may hawak; mga naipadalang proposal na mawawalan ng bisa sa loob ng %1 araw.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_page.py" line="78"/>
        <source>Accounts nobody owns</source>
        <translation>Mga account na walang may-ari</translation>
    </message>
    <message>
        <location filename="../../ui/pages/department_page.py" line="80"/>
        <source>Accounts of %1</source>
        <translation>Mga account ni %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="55"/>
        <source>Brief…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="56"/>
        <source>The briefing PDF for this account (Ctrl+B)</source>
        <translation>Ang briefing PDF para sa account na ito (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="58"/>
        <source>Log contact…</source>
        <translation>Itala ang contact…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="60"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="62"/>
        <source>New task…</source>
        <translation>Bagong gawain…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="64"/>
        <source>A task on this account (Ctrl+T)</source>
        <translation>Isang gawain sa account na ito (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="66"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="68"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="90"/>
        <source>Overview</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="91"/>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="92"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="93"/>
        <source>Contacts</source>
        <translation>Mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="94"/>
        <source>Meetings</source>
        <translation>Mga pulong</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="95"/>
        <source>Tasks</source>
        <translation>Mga gawain</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="96"/>
        <source>Proposals</source>
        <translation>Mga proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="97"/>
        <source>Tenders</source>
        <translation>Mga bidding</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="98"/>
        <source>Service</source>
        <translation>Serbisyo</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="99"/>
        <source>Cross-sell</source>
        <translation>Cross-sell</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="100"/>
        <source>Referrals</source>
        <translation>Mga referral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="108"/>
        <source>Choose an account on the left.</source>
        <translation>Pumili ng account sa kaliwa.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="231"/>
        <source>Delete account</source>
        <translation>Burahin ang account</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossier/dossier_view.py" line="232"/>
        <source>Move “%1” and its %n entries to the trash?</source>
        <translation>
            <numerusform>Ilipat sa basurahan ang “%1” at ang %n entry nito?</numerusform>
            <numerusform>Ilipat sa basurahan ang “%1” at ang %n entry nito?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="233"/>
        <source>Move “%1” to the trash?</source>
        <translation>Ilipat sa basurahan ang “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="237"/>
        <source>You can bring it all back from the Trash page.</source>
        <translation>Maibabalik mo ang lahat mula sa pahina ng Basurahan.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="238"/>
        <source>Move to the trash</source>
        <translation>Ilipat sa basurahan</translation>
    </message>
</context>
<context>
    <name>EncodingBox</name>
    <message>
        <location filename="../../ui/import_encoding.py" line="31"/>
        <source>The character encoding the file was read in. If names look garbled, choose another and the file is read again.</source>
        <translation>Ang character encoding na ginamit sa pagbasa ng file. Kung magulo ang mga pangalan, pumili ng iba at babasahin muli ang file.</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../ui/encryption_actions.py" line="49"/>
        <source>E&amp;ncryption</source>
        <translation>E&amp;ncryption</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="50"/>
        <source>&amp;Encrypt the database…</source>
        <translation>I-&amp;encrypt ang database…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="51"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Palitan ang passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="52"/>
        <source>&amp;Decrypt the database…</source>
        <translation>I-&amp;decrypt ang database…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="84"/>
        <source>The database is encrypted.</source>
        <translation>Naka-encrypt na ang database.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="93"/>
        <source>Decrypt the database?</source>
        <translation>I-decrypt ang database?</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="94"/>
        <source>The database and its backups will be stored without encryption: anyone with the files can read them.</source>
        <translation>Itatago nang walang encryption ang database at ang mga backup nito: mababasa ito ng sinumang may hawak ng mga file.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="99"/>
        <source>Decrypt</source>
        <translation>I-decrypt</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="112"/>
        <source>The database is no longer encrypted.</source>
        <translation>Hindi na naka-encrypt ang database.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="120"/>
        <source>The passphrase is changed.</source>
        <translation>Napalitan na ang passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_actions.py" line="134"/>
        <source>Nothing was changed</source>
        <translation>Walang binago</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="17"/>
        <source>%1 contact details and %2 family members</source>
        <translation>%1 detalye ng contact at %2 kapamilya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="19"/>
        <source>%1 interactions and %2 meetings with nobody else in them</source>
        <translation>%1 interaksyon at %2 pulong na walang ibang kasama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="21"/>
        <source>%1 tasks about them</source>
        <translation>%1 gawain tungkol sa kanila</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="23"/>
        <source>This removes for good, with no undo and from the trash too:</source>
        <translation>Tuluyan nitong aalisin, nang walang pagbawi at pati sa basurahan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="26"/>
        <source>%1 interactions and %2 meetings shared with others stay for them, with this person&apos;s name removed.</source>
        <translation>Mananatili para sa iba ang %1 interaksyon at %2 pulong na kasama sila, pero aalisin ang pangalan ng taong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="30"/>
        <source>Backups made before now still hold the person; restoring one erases them again.</source>
        <translation>Nasa mga backup na ginawa bago ngayon pa rin ang taong ito; kapag ibinalik ang isa, buburahin ulit sila.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="40"/>
        <source>Erase %1 for good?</source>
        <translation>Tuluyang burahin si %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="46"/>
        <source>Erase for good</source>
        <translation>Tuluyang burahin</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../ui/error_report.py" line="20"/>
        <source>KAMDesk could not save or read your dossiers</source>
        <translation>Hindi ma-save o mabasa ng KAMDesk ang iyong mga dossier</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="22"/>
        <source>A file could not be used</source>
        <translation>Hindi magamit ang isang file</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="27"/>
        <source>Your dossiers could not be read</source>
        <translation>Hindi mabasa ang iyong mga dossier</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="28"/>
        <source>The database may be damaged. Nothing half-done was saved. File ▸ Restore… goes back to a backup; `kamdesk check` tells more.</source>
        <translation>Maaaring sira ang database. Walang na-save na kalahating gawa. Ibinabalik ng File ▸ Ibalik… ang isang backup; may higit pang sinasabi ang `kamdesk check`.</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="35"/>
        <source>Something went wrong</source>
        <translation>May nangyaring mali</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="36"/>
        <source>The last action did not complete and nothing half-done was saved.

%1</source>
        <translation>Hindi natapos ang huling ginawa at walang na-save na kalahating gawa.

%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_actions.py" line="42"/>
        <location filename="../../ui/export_actions.py" line="69"/>
        <source>Export</source>
        <translation>Mag-export</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="44"/>
        <source>Contacts as vCard 4.0 (phones, Outlook, Apple)</source>
        <translation>Mga contact bilang vCard 4.0 (telepono, Outlook, Apple)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="45"/>
        <source>Contacts as CSV (Google Contacts layout)</source>
        <translation>Mga contact bilang CSV (ayos ng Google Contacts)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="46"/>
        <source>Calendar (iCalendar): birthdays, tasks, expiries, tenders, meetings</source>
        <translation>Kalendaryo (iCalendar): kaarawan, gawain, pagtatapos ng bisa, bidding, pulong</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="49"/>
        <source>Archive of everything (JSON, to move to another machine)</source>
        <translation>Archive ng lahat (JSON, para ilipat sa ibang computer)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="54"/>
        <source>This account</source>
        <translation>Ang account na ito</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="55"/>
        <source>All accounts</source>
        <translation>Lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="57"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="73"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="74"/>
        <source>Of</source>
        <translation>Ng</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="75"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="89"/>
        <source>Export to</source>
        <translation>I-export sa</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="102"/>
        <source>Exporting…</source>
        <translation>Nag-e-export…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="112"/>
        <source>Wrote {0} to {1}.</source>
        <translation>Naisulat ang {0} sa {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="119"/>
        <source>Nothing was written: {0}</source>
        <translation>Walang naisulat: {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="43"/>
        <location filename="../../ui/import_wizard.py" line="96"/>
        <source>detect</source>
        <translation>alamin nang kusa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="44"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="80"/>
        <source>Which file?</source>
        <translation>Aling file?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>A vCard file (.vcf) from a phone, Apple or Outlook, or a CSV file from Outlook, Google, LinkedIn or Salesforce.</source>
        <translation>Isang vCard file (.vcf) mula sa telepono, Apple o Outlook, o isang CSV file mula sa Outlook, Google, LinkedIn o Salesforce.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="85"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>CSV spreadsheet</source>
        <translation>CSV na spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="102"/>
        <source>empty: the organisation in the file decides</source>
        <translation>walang laman: ang organisasyon sa file ang magpapasya</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="108"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="110"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>CSV delimiter</source>
        <translation>Panghiwalay ng CSV</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="112"/>
        <source>Put everyone in account</source>
        <translation>Ilagay ang lahat sa account</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="116"/>
        <source>Import contacts</source>
        <translation>Mag-import ng mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="117"/>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Mga contact (*.vcf *.vcard *.csv *.txt);;Lahat ng file (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="42"/>
        <source>Welcome to KAMDesk</source>
        <translation>Maligayang pagdating sa KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="45"/>
        <source>Your dossiers are empty. Load a fictional sample portfolio to look around — a dozen accounts with their decision makers, families, proposals and tenders — or create your first account.</source>
        <translation>Wala pang laman ang iyong mga dossier. Mag-load ng kathang-isip na halimbawang portfolio para makapagsiyasat — isang dosenang account kasama ang kanilang mga tagapagpasya, pamilya, proposal at bidding — o gumawa ng iyong unang account.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="51"/>
        <source>You can also bring in a spreadsheet later: File ▸ Import…</source>
        <translation>Puwede ka ring magpasok ng spreadsheet mamaya: File ▸ Mag-import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="54"/>
        <source>Load the sample portfolio</source>
        <translation>I-load ang halimbawang portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="58"/>
        <source>Create my first account…</source>
        <translation>Gawin ang aking unang account…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="118"/>
        <source>The sample could not be loaded: %1</source>
        <translation>Hindi ma-load ang halimbawa: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="152"/>
        <source>The database is busy: another program is writing to it. Your changes are kept here: save again in a moment.</source>
        <translation>Abala ang database: may ibang programang sumusulat dito. Nakatago rito ang mga binago mo: i-save muli maya-maya.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="156"/>
        <source>The connection to the database server is lost. Your changes are kept here: save again once it is back.</source>
        <translation>Naputol ang koneksyon sa database server. Nakatago rito ang iyong mga pagbabago: i-save ulit kapag bumalik na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="211"/>
        <source>Unsaved changes</source>
        <translation>May mga pagbabagong hindi pa na-save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="212"/>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>May mga pagbabago kang hindi pa na-save. Itapon na ba ang mga ito?</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="121"/>
        <source>Getting started</source>
        <translation>Pagsisimula</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="124"/>
        <source>&lt;b&gt;Your key accounts.&lt;/b&gt; Account ▸ New account (Ctrl+N), with its tier and revenue by quarter: the Portfolio then shows how much of your sales each brings, and warns when one client brings too much.</source>
        <translation>&lt;b&gt;Ang iyong mga key account.&lt;/b&gt; Account ▸ Bagong account (Ctrl+N), kasama ang antas at kita nito bawat quarter: ipapakita ng Portfolio kung gaano kalaki ang bahagi ng bawat isa sa iyong benta, at magbababala kapag sobra ang sa iisang kliyente.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="127"/>
        <source>&lt;b&gt;The people who decide.&lt;/b&gt; For each account, New person (Ctrl+Shift+P): their role in the decision, type, stance toward us, and what widens the conversation: birthday, hobbies, family, values.</source>
        <translation>&lt;b&gt;Ang mga nagpapasya.&lt;/b&gt; Sa bawat account, Bagong tao (Ctrl+Shift+P): ang papel nila sa pagpapasya, uri, pagtingin sa atin, at ang nagpapalawak ng usapan: kaarawan, libangan, pamilya, pinahahalagahan.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="130"/>
        <source>&lt;b&gt;Start the day on Today&lt;/b&gt; (Ctrl+1): birthdays, follow-ups due and overdue, proposals about to expire, tenders to start preparing.</source>
        <translation>&lt;b&gt;Simulan ang araw sa Ngayon&lt;/b&gt; (Ctrl+1): mga kaarawan, mga follow-up na dapat na at lampas na, mga proposal na malapit nang mawalan ng bisa, mga bidding na dapat nang paghandaan.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="132"/>
        <source>&lt;b&gt;Log every contact&lt;/b&gt; (Ctrl+L) and every proposal you send: the follow-up calls (received? next steps? timeline?) are put in your agenda.</source>
        <translation>&lt;b&gt;Itala ang bawat contact&lt;/b&gt; (Ctrl+L) at bawat proposal na ipinapadala mo: ilalagay sa iyong agenda ang mga follow-up na tawag (natanggap ba? ano ang susunod? kailan ang desisyon?).</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="134"/>
        <source>&lt;b&gt;Before each meeting, the brief&lt;/b&gt; (Ctrl+B): who will be in the room, what each one cares about, our history and the next steps, on paper or as a PDF.</source>
        <translation>&lt;b&gt;Bago ang bawat pulong, ang brief&lt;/b&gt; (Ctrl+B): sino ang naroroon, ano ang mahalaga sa bawat isa, ang ating kasaysayan at ang mga susunod na hakbang, sa papel o bilang PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="139"/>
        <source>The key account manager&apos;s loop, in five steps:</source>
        <translation>Ang siklo ng key account manager, sa limang hakbang:</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>No data yet? The first page loads a fictional sample portfolio to try everything on.</source>
        <translation>Wala pang datos? Naglo-load ang unang pahina ng kathang-isip na halimbawang portfolio para masubukan ang lahat.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="57"/>
        <source>Import contacts</source>
        <translation>Mag-import ng mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Import</source>
        <translation>Mag-import</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="67"/>
        <source>Log a contact</source>
        <translation>Magtala ng contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="68"/>
        <source>Contact logged</source>
        <translation>Naitalang contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="75"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="80"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="81"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="83"/>
        <source>What happened, in a few words</source>
        <translation>Ano ang nangyari, sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="85"/>
        <source>With</source>
        <translation>Kasama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="88"/>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="92"/>
        <source>Private note: on a team server, only I can read it</source>
        <translation>Pribadong tala: sa team server, ako lamang ang makakabasa nito</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="24"/>
        <source>Filter the history…</source>
        <translation>Salain ang kasaysayan…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="29"/>
        <source>Log contact… (Ctrl+L)</source>
        <translation>Itala ang contact… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="30"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="31"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="33"/>
        <source>Log a contact…</source>
        <translation>Magtala ng contact…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="48"/>
        <source>No contacts logged yet.</source>
        <translation>Wala pang naitalang contact.</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../ui/list_view.py" line="80"/>
        <source>Filter…</source>
        <translation>Salain…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>KAMDesk</source>
        <translation>KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Trash</source>
        <translation>Basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Opening your dossiers…</source>
        <translation>Binubuksan ang iyong mga dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Search everything…  (Ctrl+K)</source>
        <translation>Hanapin sa lahat…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="31"/>
        <source>&amp;Import…</source>
        <translation>&amp;Mag-import…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="32"/>
        <source>&amp;Export…</source>
        <translation>Mag-e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="34"/>
        <source>&amp;Back up now…</source>
        <translation>Mag-&amp;backup ngayon…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="37"/>
        <source>&amp;Restore…</source>
        <translation>I&amp;balik mula sa backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="44"/>
        <source>What &amp;left the app…</source>
        <translation>Ano ang &amp;lumabas sa app…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="46"/>
        <source>&amp;Team server…</source>
        <translation>&amp;Team server…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="82"/>
        <location filename="../../ui/window_menus.py" line="51"/>
        <source>&amp;Edit</source>
        <translation>&amp;Baguhin</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="86"/>
        <source>&amp;Delete account…</source>
        <translation>Burahin ang acco&amp;unt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Undone.</source>
        <translation>Naibalik na.</translation>
    </message>
    <message>
        <source>KAMDesk opens %1 from its next start.</source>
        <translation type="vanished">Bubuksan ng KAMDesk ang %1 sa susunod na pagbukas nito.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>The backup on closing failed</source>
        <translation>Nabigo ang backup sa pagsasara</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="vanished">&amp;Ibalik ang binura</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="56"/>
        <source>&amp;Find…</source>
        <translation>&amp;Hanapin…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="58"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="67"/>
        <source>&amp;New account…</source>
        <translation>Ba&amp;gong account…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="74"/>
        <source>New &amp;person…</source>
        <translation>Bagong &amp;tao…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="76"/>
        <source>&amp;Log a contact…</source>
        <translation>Magta&amp;la ng contact…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="78"/>
        <source>New &amp;task…</source>
        <translation>Bagong &amp;gawain…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="80"/>
        <source>Plan a &amp;meeting…</source>
        <translation>Magplano ng &amp;pulong…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="82"/>
        <source>New p&amp;roposal…</source>
        <translation>Bagong p&amp;roposal…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="84"/>
        <source>&amp;Brief…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation type="vanished">Burahin ang acco&amp;unt</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="95"/>
        <source>&amp;Trip brief for a city…</source>
        <translation>Brief para sa &amp;biyahe sa isang lungsod…</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="59"/>
        <source>&amp;Go</source>
        <translation>&amp;Pumunta</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="61"/>
        <location filename="../../ui/menu_actions.py" line="65"/>
        <source>Trip brief</source>
        <translation>Brief para sa biyahe</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="62"/>
        <source>No account has a city yet.</source>
        <translation>Wala pang account na may lungsod.</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="66"/>
        <source>Briefs for every account in:</source>
        <translation>Mga brief para sa bawat account sa:</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="179"/>
        <source>Connected to %1.</source>
        <translation>Nakakonekta sa %1.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="vanished">Naibalik na.</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="92"/>
        <source>Backing up…</source>
        <translation>Nagba-backup…</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="99"/>
        <source>Backed up to %1</source>
        <translation>Na-backup sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/menu_actions.py" line="107"/>
        <source>The backup failed</source>
        <translation>Nabigo ang backup</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="55"/>
        <source>Daily actions</source>
        <translation>Pang-araw-araw na gawain</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="86"/>
        <source>&amp;Settings…</source>
        <translation>Mga &amp;setting…</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="91"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="93"/>
        <source>&amp;Getting started</source>
        <translation>Pag&amp;sisimula</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="98"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga shortcut sa &amp;keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="102"/>
        <source>&amp;About KAMDesk</source>
        <translation>Tungkol sa KAM&amp;Desk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>Which column is what?</source>
        <translation>Aling column ang ano?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>Check where each column goes; double-click a field to change it.</source>
        <translation>Tingnan kung saan napupunta ang bawat column; i-double-click ang isang field para baguhin ito.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>recognise the program</source>
        <translation>kilalanin ang programa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189"/>
        <source>Exported by</source>
        <translation>In-export ng</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="191"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>no known program</source>
        <translation>walang kilalang programa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Read as {0}, {1}, header on line {2}.</source>
        <translation>Binasa bilang {0}, {1}, header sa linya {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="228"/>
        <source>No known program has these columns; they are kept as lines in the notes unless you choose a field for them: {0}</source>
        <translation>Walang kilalang programa na may ganitong mga column; itatago ang mga ito bilang mga linya sa tala maliban kung pipili ka ng field para sa kanila: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="160"/>
        <source>Plan a meeting</source>
        <translation>Magplano ng pulong</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="160"/>
        <source>Meeting</source>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="172"/>
        <source>When (local time there)</source>
        <translation>Kailan (lokal na oras doon)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="174"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="175"/>
        <source>Empty: the time zone of the account&apos;s city</source>
        <translation>Walang laman: ang time zone ng lungsod ng account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="176"/>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="178"/>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="182"/>
        <source>Attendees</source>
        <translation>Mga dadalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="185"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="79"/>
        <source>Plan meeting…</source>
        <translation>Magplano ng pulong…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="80"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="81"/>
        <source>Record outcome…</source>
        <translation>Itala ang kinalabasan…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="85"/>
        <source>Brief for this meeting…</source>
        <translation>Brief para sa pulong na ito…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="87"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="89"/>
        <source>Plan a meeting…</source>
        <translation>Magplano ng pulong…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="95"/>
        <source>No meetings planned.</source>
        <translation>Walang nakaplanong pulong.</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../../ui/navigation.py" line="99"/>
        <source>Nothing urgent this week.</source>
        <translation>Walang apurahan ngayong linggo.</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="148"/>
        <source>1 task overdue</source>
        <translation>1 gawaing lampas na sa takdang araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="149"/>
        <source>%n tasks overdue</source>
        <translation>
            <numerusform>%n gawaing lampas na sa takdang araw</numerusform>
            <numerusform>%n gawaing lampas na sa takdang araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="151"/>
        <source>1 task due today</source>
        <translation>1 gawaing dapat matapos ngayon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="152"/>
        <source>%n tasks due today</source>
        <translation>
            <numerusform>%n gawaing dapat matapos ngayon</numerusform>
            <numerusform>%n gawaing dapat matapos ngayon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="154"/>
        <source>1 meeting this week</source>
        <translation>1 pulong ngayong linggo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="155"/>
        <source>%n meetings this week</source>
        <translation>
            <numerusform>%n pulong ngayong linggo</numerusform>
            <numerusform>%n pulong ngayong linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="157"/>
        <source>1 meeting outcome to record</source>
        <translation>1 kinalabasan ng pulong na itatala</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="158"/>
        <source>%n meeting outcomes to record</source>
        <translation>
            <numerusform>%n kinalabasan ng pulong na itatala</numerusform>
            <numerusform>%n kinalabasan ng pulong na itatala</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="160"/>
        <source>1 birthday this week</source>
        <translation>1 kaarawan ngayong linggo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="161"/>
        <source>%n birthdays this week</source>
        <translation>
            <numerusform>%n kaarawan ngayong linggo</numerusform>
            <numerusform>%n kaarawan ngayong linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="163"/>
        <source>1 proposal expiring</source>
        <translation>1 proposal na mawawalan ng bisa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="164"/>
        <source>%n proposals expiring</source>
        <translation>
            <numerusform>%n proposal na mawawalan ng bisa</numerusform>
            <numerusform>%n proposal na mawawalan ng bisa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="166"/>
        <source>1 tender to start preparing</source>
        <translation>1 bidding na dapat nang paghandaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="167"/>
        <source>%n tenders to start preparing</source>
        <translation>
            <numerusform>%n bidding na dapat nang paghandaan</numerusform>
            <numerusform>%n bidding na dapat nang paghandaan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="169"/>
        <source>1 tender this week</source>
        <translation>1 bidding ngayong linggo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="170"/>
        <source>%n tenders this week</source>
        <translation>
            <numerusform>%n bidding ngayong linggo</numerusform>
            <numerusform>%n bidding ngayong linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="172"/>
        <source>1 service case open too long</source>
        <translation>1 service case na matagal nang bukas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="173"/>
        <source>%n service cases open too long</source>
        <translation>
            <numerusform>%n service case na matagal nang bukas</numerusform>
            <numerusform>%n service case na matagal nang bukas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="100"/>
        <source>Encrypt the database</source>
        <translation>I-encrypt ang database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="101"/>
        <source>Choose a passphrase. The database and its backups are encrypted with it; you will also get a recovery key. Without both, nobody can read the data again.</source>
        <translation>Pumili ng passphrase. Ie-encrypt nito ang database at ang mga backup nito; makakatanggap ka rin ng recovery key. Kung wala ang dalawa, wala nang makakabasa ng datos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="106"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="107"/>
        <source>Repeat it</source>
        <translation>Ulitin ito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="111"/>
        <source>The passphrase is empty.</source>
        <translation>Walang laman ang passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="114"/>
        <source>The two passphrases differ.</source>
        <translation>Magkaiba ang dalawang passphrase.</translation>
    </message>
</context>
<context>
    <name>OpenArchive</name>
    <message>
        <location filename="../../ui/open_archive.py" line="33"/>
        <source>Import this archive?</source>
        <translation>I-import ang archive na ito?</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="34"/>
        <source>Add the accounts, people and history in %1 to your dossiers? Rows you already have are left as they are.</source>
        <translation>Idagdag sa iyong mga dossier ang mga account, tao at kasaysayan sa %1? Hindi gagalawin ang mga hanay na mayroon ka na.</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="43"/>
        <source>Imported %1 rows from %2.</source>
        <translation>Na-import ang %1 hanay mula sa %2.</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="46"/>
        <source>Nothing was imported from %2: %1 rows were rejected (kamdesk import json lists them).</source>
        <translation>Walang na-import mula sa %2: %1 hanay ang tinanggihan (nakalista ang mga ito sa kamdesk import json).</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="54"/>
        <source>Archive not imported</source>
        <translation>Hindi na-import ang archive</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="30"/>
        <source>Record outcome</source>
        <translation>Itala ang kinalabasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="43"/>
        <source>Who was there</source>
        <translation>Sino ang naroon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="46"/>
        <source>What came of it</source>
        <translation>Ano ang kinalabasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="48"/>
        <source>The outcome in a few words</source>
        <translation>Ang kinalabasan sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="49"/>
        <source>What was said</source>
        <translation>Ano ang napag-usapan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="52"/>
        <source>Who said what, objections, promises, what they care about now</source>
        <translation>Sino ang nagsabi ng ano, mga pagtutol, mga pangako, ano ang mahalaga sa kanila ngayon</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="77"/>
        <source>Numbers</source>
        <translation>Mga numero</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="81"/>
        <source>Dossier %1 % complete</source>
        <translation>%1 % kumpleto ang dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="98"/>
        <source>Decision-making unit</source>
        <translation>Grupong nagpapasya (DMU)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="101"/>
        <source>Roles nobody covers: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mga papel na walang may hawak: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="102"/>
        <source>Every DMU role is covered.</source>
        <translation>May may hawak sa bawat papel sa DMU.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="108"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="121"/>
        <source>Tier</source>
        <translation>Antas</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="121"/>
        <source>Industry</source>
        <translation>Industriya</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="122"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="122"/>
        <source>City</source>
        <translation>Lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="123"/>
        <source>Lead source</source>
        <translation>Pinagmulan ng lead</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="123"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="136"/>
        <source>No revenue figures yet.</source>
        <translation>Wala pang datos ng kita.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="142"/>
        <source>Plan %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="143"/>
        <source>Actual %1</source>
        <translation>Aktwal %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="144"/>
        <source>Plan met</source>
        <translation>Naabot ang plano</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="145"/>
        <source>Share of our sales</source>
        <translation>Bahagi sa ating benta</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="156"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="156"/>
        <source>Planned</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="156"/>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="157"/>
        <source>Actual against plan</source>
        <translation>Aktwal laban sa plano</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="25"/>
        <source>Filter people…</source>
        <translation>Salain ang mga tao…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="30"/>
        <source>New person…</source>
        <translation>Bagong tao…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="31"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="32"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="34"/>
        <source>Export data…</source>
        <translation>I-export ang datos…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="35"/>
        <source>Erase for good…</source>
        <translation>Tuluyang burahin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="36"/>
        <source>Add the first person…</source>
        <translation>Idagdag ang unang tao…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="43"/>
        <source>Nobody in this DMU yet: add the people who decide.</source>
        <translation>Wala pang tao sa DMU na ito: idagdag ang mga nagpapasya.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="73"/>
        <source>%1 was erased for good.</source>
        <translation>Tuluyan nang nabura si %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="78"/>
        <source>Not erased</source>
        <translation>Hindi nabura</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="86"/>
        <source>Export everything about %1</source>
        <translation>I-export ang lahat tungkol kay %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="88"/>
        <source>PDF files (*.pdf);;JSON files (*.json)</source>
        <translation>Mga PDF file (*.pdf);;Mga JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="101"/>
        <source>Written to %1</source>
        <translation>Naisulat sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="107"/>
        <source>Not exported</source>
        <translation>Hindi na-export</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="160"/>
        <source>New person</source>
        <translation>Bagong tao</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="165"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="165"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="165"/>
        <location filename="../../ui/dialogs/person_editor.py" line="267"/>
        <source>Contacts</source>
        <translation>Mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="165"/>
        <location filename="../../ui/dialogs/person_editor.py" line="269"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="166"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="174"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="177"/>
        <source>Given name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="180"/>
        <source>Family name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="184"/>
        <location filename="../../ui/dialogs/person_editor.py" line="185"/>
        <source>taken from the full name</source>
        <translation>kinuha mula sa buong pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="192"/>
        <source>Position</source>
        <translation>Posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="195"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="198"/>
        <source>nobody in the DMU</source>
        <translation>walang tao sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="204"/>
        <source>Reports to</source>
        <translation>Nag-uulat kay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="205"/>
        <source>not known</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="208"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="214"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="219"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="225"/>
        <source>Influence (1–5)</source>
        <translation>Impluwensya (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="228"/>
        <source>Birthday</source>
        <translation>Kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="233"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="235"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="244"/>
        <source>Add family member</source>
        <translation>Magdagdag ng kapamilya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="245"/>
        <location filename="../../ui/dialogs/person_editor.py" line="262"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="247"/>
        <source>Birthday: 02.05.1979, 1979-05-02, or 02.05. without the year</source>
        <translation>Kaarawan: 02.05.1979, 1979-05-02, o 02.05. kung walang taon</translation>
    </message>
    <message>
        <source>Birthday: 1979-05-02, or --05-02 without the year</source>
        <translation type="vanished">Kaarawan: 1979-05-02, o --05-02 kung walang taon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="252"/>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="261"/>
        <source>Add contact</source>
        <translation>Magdagdag ng contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="303"/>
        <source>the kind must be one of: </source>
        <translation>ang uri ay dapat isa sa: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="42"/>
        <source>not set</source>
        <translation>hindi nakatakda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="44"/>
        <source>not recorded</source>
        <translation>hindi naitala</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="46"/>
        <source>Legal basis</source>
        <translation>Legal na batayan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="49"/>
        <source>Where the data came from</source>
        <translation>Saan nanggaling ang datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="53"/>
        <source>e.g. business card at a trade fair, LinkedIn</source>
        <translation>hal. business card sa isang trade fair, LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="56"/>
        <source>Collected on</source>
        <translation>Kinuha noong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_fields.py" line="60"/>
        <source>Review on</source>
        <translation>Susuriin sa</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="33"/>
        <source>%1 (next on %2)</source>
        <translation>%1 (susunod sa %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="35"/>
        <source>%1 (turns %2 on %3)</source>
        <translation>%1 (magiging %2 taong gulang sa %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="78"/>
        <source>%1 of 5</source>
        <translation>%1 sa 5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="88"/>
        <source>In the buying decision</source>
        <translation>Sa desisyon ng pagbili</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="90"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="91"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="92"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="93"/>
        <source>Influence</source>
        <translation>Impluwensya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="94"/>
        <source>Reports to</source>
        <translation>Nag-uulat kay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="96"/>
        <source>Last time we spoke</source>
        <translation>Huling pag-uusap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="98"/>
        <source>never logged</source>
        <translation>hindi pa naitala</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="100"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="102"/>
        <source>Birthday</source>
        <translation>Kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="104"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="105"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="108"/>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="115"/>
        <source>Reach them</source>
        <translation>Paano sila makakausap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="122"/>
        <source>Open service cases</source>
        <translation>Mga bukas na service case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_facts.py" line="126"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="63"/>
        <source>Back to the account</source>
        <translation>Bumalik sa account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="65"/>
        <source>Log contact…</source>
        <translation>Itala ang contact…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="67"/>
        <source>New task…</source>
        <translation>Bagong gawain…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="69"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="82"/>
        <source>Snooze a day</source>
        <translation>Ipagpaliban nang isang araw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="85"/>
        <source>Snooze a week</source>
        <translation>Ipagpaliban nang isang linggo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="95"/>
        <source>Open tasks</source>
        <translation>Mga bukas na gawain</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="96"/>
        <source>Meetings</source>
        <translation>Mga pulong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="97"/>
        <source>Contacts, newest first</source>
        <translation>Mga contact, pinakabago muna</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="131"/>
        <source>Nothing open with them.</source>
        <translation>Walang bukas na usapin sa kanila.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="132"/>
        <source>No meetings with them yet.</source>
        <translation>Wala pang pulong sa kanila.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="133"/>
        <source>No contact with them logged yet.</source>
        <translation>Wala pang naitalang contact sa kanila.</translation>
    </message>
</context>
<context>
    <name>PlanBar</name>
    <message>
        <location filename="../../ui/dossier/plan_bar.py" line="37"/>
        <source>%1 % of plan</source>
        <translation>%1 % ng plano</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../ui/pages/portfolio_page.py" line="61"/>
        <source>Share of our sales, %1</source>
        <translation>Bahagi sa ating benta, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portfolio_page.py" line="65"/>
        <source>Key accounts bring &lt;b&gt;%1&lt;/b&gt; of sales; healthy: %2–%3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ng benta ang mula sa mga key account; malusog: %2–%3.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="241"/>
        <source>What will happen</source>
        <translation>Ano ang mangyayari</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="242"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Walang isusulat hangga&apos;t hindi mo pinipindot ang Mag-import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>merge into the person already known</source>
        <translation>isanib sa taong kilala na</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="260"/>
        <source>skip them</source>
        <translation>laktawan sila</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="261"/>
        <source>import them as separate people</source>
        <translation>i-import bilang hiwalay na tao</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>Import the valid records and leave the rejected out</source>
        <translation>I-import ang mga wastong record at iwan ang mga tinanggihan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272"/>
        <source>Encoding of the file</source>
        <translation>Encoding ng file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="273"/>
        <source>Someone already known</source>
        <translation>Taong kilala na</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="325"/>
        <source>… and {0} more</source>
        <translation>… at {0} pa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="330"/>
        <source>{0} to create, {1} to merge, {2} to skip, {3} rejected.</source>
        <translation>{0} gagawin, {1} isasanib, {2} lalaktawan, {3} tinanggihan.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="336"/>
        <source>New prospect accounts: {0}</source>
        <translation>Mga bagong prospect na account: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="340"/>
        <source>Rejected records block the import: fix the file, or leave them out.</source>
        <translation>Pinipigilan ng mga tinanggihang record ang pag-import: ayusin ang file, o iwan ang mga ito.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="152"/>
        <source>New proposal</source>
        <translation>Bagong proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="154"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="155"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="156"/>
        <source>Currency</source>
        <translation>Pera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="158"/>
        <source>Valid until</source>
        <translation>May bisa hanggang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="161"/>
        <source>Prepared by (one per line: name, role)</source>
        <translation>Inihanda ni (isa bawat linya: pangalan, papel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="164"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="29"/>
        <source>New proposal…</source>
        <translation>Bagong proposal…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="30"/>
        <source>Mark as sent</source>
        <translation>Markahang naipadala</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="33"/>
        <source>Won</source>
        <translation>Nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="35"/>
        <source>Lost</source>
        <translation>Hindi nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="37"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="39"/>
        <source>Write the first proposal…</source>
        <translation>Isulat ang unang proposal…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="44"/>
        <source>No proposals yet.</source>
        <translation>Wala pang proposal.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="13"/>
        <source>OK</source>
        <translation>Sige</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="14"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="15"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="16"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="17"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="18"/>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="19"/>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bumalik</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="25"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Susunod &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="26"/>
        <source>&amp;Finish</source>
        <translation>&amp;Tapusin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="27"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="156"/>
        <source>Your recovery key</source>
        <translation>Ang iyong recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="159"/>
        <source>If you forget the passphrase, this key unlocks the database. It is shown only now: print it or keep it somewhere safe, away from this computer. Without the passphrase and this key the data cannot be recovered by anyone.</source>
        <translation>Kapag nakalimutan mo ang passphrase, bubuksan ng key na ito ang database. Ngayon lang ito ipapakita: i-print ito o itago sa ligtas na lugar, malayo sa computer na ito. Kung wala ang passphrase at ang key na ito, walang makakabawi ng datos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="169"/>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="173"/>
        <source>I have stored it</source>
        <translation>Naitago ko na</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="157"/>
        <source>Ask for a letter…</source>
        <translation>Humingi ng liham…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="158"/>
        <source>Mark received</source>
        <translation>Markahang natanggap</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="159"/>
        <source>Ask a satisfied client for a letter…</source>
        <translation>Humingi ng liham sa isang nasiyahang kliyente…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="163"/>
        <source>Recommended us to… (company, person)</source>
        <translation>Inirekomenda tayo kay… (kompanya, tao)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="166"/>
        <source>Add referral</source>
        <translation>Magdagdag ng referral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="168"/>
        <source>Led to a meeting</source>
        <translation>Humantong sa pulong</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="173"/>
        <source>Became a client</source>
        <translation>Naging kliyente</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="180"/>
        <source>Recommendation letters</source>
        <translation>Mga liham ng rekomendasyon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="181"/>
        <source>Referrals</source>
        <translation>Mga referral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="191"/>
        <source>No letters asked for yet.</source>
        <translation>Wala pang hininging liham.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="193"/>
        <source>Nobody has recommended us from here yet.</source>
        <translation>Wala pang nagrekomenda sa atin mula rito.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="199"/>
        <source>Add the people of this account first.</source>
        <translation>Idagdag muna ang mga tao ng account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="204"/>
        <source>Ask for a letter</source>
        <translation>Humingi ng liham</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="204"/>
        <source>Who will write it?</source>
        <translation>Sino ang susulat nito?</translation>
    </message>
</context>
<context>
    <name>RelationshipMapTab</name>
    <message>
        <location filename="../../ui/dossier/relationship_map_view.py" line="83"/>
        <source>Export PNG…</source>
        <translation>I-export bilang PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/relationship_map_view.py" line="117"/>
        <source>Add people and who reports to whom to see the map.</source>
        <translation>Magdagdag ng mga tao at kung sino ang nag-uulat kanino para makita ang mapa.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/relationship_map_view.py" line="154"/>
        <source>Export the map</source>
        <translation>I-export ang mapa</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/relationship_map_view.py" line="155"/>
        <source>PNG images (*.png)</source>
        <translation>Mga PNG na larawan (*.png)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="75"/>
        <source>Restore a backup</source>
        <translation>Ibalik ang isang backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="80"/>
        <source>The database is replaced by the backup you choose. The current one is kept as a backup first, so this can be undone by restoring it.</source>
        <translation>Papalitan ang database ng backup na pipiliin mo. Itatago muna bilang backup ang kasalukuyan, kaya maaaring bawiin ito sa pagbabalik nito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="94"/>
        <source>No backups yet. Choose a file instead.</source>
        <translation>Wala pang backup. Pumili na lang ng file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="96"/>
        <source>From a file…</source>
        <translation>Mula sa file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="100"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="125"/>
        <source>Restore from a file</source>
        <translation>Ibalik mula sa file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="126"/>
        <source>KAMDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Mga database ng KAMDesk (*.sqlite3 *.db);;Lahat ng file (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="356"/>
        <source>Importing</source>
        <translation>Nag-i-import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="375"/>
        <source>Imported: {0} created, {1} merged, {2} skipped, {3} left out.</source>
        <translation>Na-import: {0} ginawa, {1} isinanib, {2} nilaktawan, {3} iniwan.</translation>
    </message>
</context>
<context>
    <name>SearchFields</name>
    <message>
        <location filename="../../ui/models/search_model.py" line="25"/>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="26"/>
        <source>industry</source>
        <translation>industriya</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="27"/>
        <source>region</source>
        <translation>rehiyon</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="28"/>
        <source>city</source>
        <translation>lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="29"/>
        <source>notes</source>
        <translation>tala</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="30"/>
        <source>position</source>
        <translation>posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="31"/>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="32"/>
        <source>hobbies</source>
        <translation>libangan</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="33"/>
        <source>values</source>
        <translation>pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="34"/>
        <source>family</source>
        <translation>pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="35"/>
        <source>family notes</source>
        <translation>tala sa pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="36"/>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="37"/>
        <source>proposal notes</source>
        <translation>tala sa proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="38"/>
        <source>meeting objective</source>
        <translation>layunin ng pulong</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="39"/>
        <source>meeting place</source>
        <translation>lugar ng pulong</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="40"/>
        <source>meeting notes</source>
        <translation>tala ng pulong</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="41"/>
        <source>contact history</source>
        <translation>kasaysayan ng contact</translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <location filename="../../ui/models/search_model.py" line="17"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="18"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="19"/>
        <source>Family member</source>
        <translation>Kapamilya</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="20"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="21"/>
        <source>Meeting</source>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_model.py" line="22"/>
        <source>Contact logged</source>
        <translation>Naitalang contact</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/pages/search_page.py" line="45"/>
        <source>More…</source>
        <translation>Higit pa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="61"/>
        <source>Searching “%1”…</source>
        <translation>Hinahanap ang “%1”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/search_page.py" line="78"/>
        <source>The first %n results for “%1”: type more to narrow them</source>
        <translation>
            <numerusform>Ang unang %n resulta para sa “%1”: mag-type pa para paliitin ang mga ito</numerusform>
            <numerusform>Ang unang %n resulta para sa “%1”: mag-type pa para paliitin ang mga ito</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="81"/>
        <source>1 result for “%1”</source>
        <translation>1 resulta para sa “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/search_page.py" line="83"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n resulta para sa “%1”</numerusform>
            <numerusform>%n resulta para sa “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="86"/>
        <source>Type three letters or more to search the contact history too.</source>
        <translation>Mag-type ng tatlong titik o higit pa para mahanap din sa kasaysayan ng contact.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="89"/>
        <source>Nothing matches. Search looks through names, positions, notes, hobbies, values, family, proposals, meetings and the contact history.</source>
        <translation>Walang tumugma. Hinahanap ang mga pangalan, posisyon, tala, libangan, pinahahalagahan, pamilya, proposal, pulong at kasaysayan ng contact.</translation>
    </message>
    <message>
        <source>Nothing matches. Search looks through names, positions, notes, hobbies and values.</source>
        <translation type="vanished">Walang tumugma. Hinahanap ang mga pangalan, posisyon, tala, libangan at pinahahalagahan.</translation>
    </message>
</context>
<context>
    <name>ServiceCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="206"/>
        <source>New service case</source>
        <translation>Bagong service case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="209"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="212"/>
        <source>Case</source>
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="213"/>
        <source>Opened</source>
        <translation>Binuksan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="214"/>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
</context>
<context>
    <name>ServiceCasesTab</name>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="47"/>
        <source>New case…</source>
        <translation>Bagong kaso…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="48"/>
        <source>Resolve…</source>
        <translation>Lutasin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="49"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="51"/>
        <source>Record a case…</source>
        <translation>Magtala ng kaso…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="56"/>
        <source>No complaints, wishes or misunderstandings on file.</source>
        <translation>Walang nakatalang reklamo, kahilingan o hindi pagkakaunawaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="66"/>
        <source>Resolve</source>
        <translation>Lutasin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="66"/>
        <source>How was it resolved?</source>
        <translation>Paano ito nalutas?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Birthdays</source>
        <translation>Mga kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>Personal notes</source>
        <translation>Mga personal na tala</translation>
    </message>
    <message>
        <source>Stance toward us</source>
        <translation type="vanished">Pagtingin sa atin</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>Mga setting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>The system&apos;s language</source>
        <translation>Wika ng system</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="vanished">Letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Phone and e-mail</source>
        <translation>Telepono at e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Stance and influence</source>
        <translation>Pagtingin at impluwensya</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Letter (8½ × 11 in)</source>
        <translation>Letter (8½ × 11 pulgada)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>beside the database</source>
        <translation>sa tabi ng database</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>A new language shows when KAMDesk starts again.</source>
        <translation>Lalabas ang bagong wika sa susunod na pagbukas ng KAMDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Agenda looks ahead</source>
        <translation>Tinitingnan ng agenda ang susunod na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Healthy share of key accounts</source>
        <translation>Malusog na bahagi ng mga key account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Mono-dependence above</source>
        <translation>Mono-dependence kapag lampas sa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>A shareable brief leaves out</source>
        <translation>Hindi isinasama sa maibabahaging brief</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>latest</source>
        <translation>pinakabago</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>daily</source>
        <translation>araw-araw</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>weekly</source>
        <translation>lingguhan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>monthly</source>
        <translation>buwanan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>Copies kept</source>
        <translation>Bilang ng kopyang itinatago</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Folder for backups</source>
        <translation>Folder para sa mga backup</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../ui/share_chart.py" line="64"/>
        <source>mono-dependence</source>
        <translation>mono-dependence</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="54"/>
        <source>Anywhere in the window</source>
        <translation>Kahit saan sa window</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="97"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga shortcut sa keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="100"/>
        <source>Action</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="100"/>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="39"/>
        <location filename="../../ui/dialogs/task_dialog.py" line="40"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="39"/>
        <source>New task</source>
        <translation>Bagong gawain</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="41"/>
        <source>What to do, in a few words</source>
        <translation>Ang gagawin, sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="43"/>
        <source>Due</source>
        <translation>Takdang araw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="44"/>
        <source>Empty: no due date</source>
        <translation>Walang laman: walang takdang araw</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="vanished">walang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="47"/>
        <source>On</source>
        <translation>Noong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="49"/>
        <source>the whole account</source>
        <translation>ang buong account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/task_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="23"/>
        <source>Filter tasks…</source>
        <translation>Salain ang mga gawain…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="31"/>
        <source>New task… (Ctrl+T)</source>
        <translation>Bagong gawain… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="32"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="33"/>
        <source>Snooze a day</source>
        <translation>Ipagpaliban nang isang araw</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="35"/>
        <source>Snooze a week</source>
        <translation>Ipagpaliban nang isang linggo</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="37"/>
        <source>Add a task…</source>
        <translation>Magdagdag ng gawain…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/tasks_tab.py" line="43"/>
        <source>No tasks on this account.</source>
        <translation>Walang gawain sa account na ito.</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="186"/>
        <source>New tender</source>
        <translation>Bagong bidding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="188"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="190"/>
        <source>Tender date</source>
        <translation>Petsa ng bidding</translation>
    </message>
</context>
<context>
    <name>TendersTab</name>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="79"/>
        <source>New tender…</source>
        <translation>Bagong bidding…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="80"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="82"/>
        <source>Add a tender…</source>
        <translation>Magdagdag ng bidding…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="99"/>
        <source>No tenders. Large clients buy through tenders: start preparing nine months ahead.</source>
        <translation>Walang bidding. Sa bidding bumibili ang malalaking kliyente: maghanda siyam na buwan bago nito.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="29"/>
        <source>Everything</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="30"/>
        <source>Birthdays</source>
        <translation>Mga kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="31"/>
        <source>Tasks</source>
        <translation>Mga gawain</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="32"/>
        <source>Proposals expiring</source>
        <translation>Mga proposal na mawawalan ng bisa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="33"/>
        <source>Tenders</source>
        <translation>Mga bidding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="35"/>
        <source>Service cases</source>
        <translation>Mga service case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="38"/>
        <source>Birthdays: %1</source>
        <translation>Mga kaarawan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="39"/>
        <source>Tasks: %1</source>
        <translation>Mga gawain: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="40"/>
        <source>Proposals expiring: %1</source>
        <translation>Mga proposal na mawawalan ng bisa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="41"/>
        <source>Tender preparations: %1</source>
        <translation>Paghahanda sa bidding: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="42"/>
        <source>Tenders: %1</source>
        <translation>Mga bidding: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="43"/>
        <source>Service cases: %1</source>
        <translation>Mga service case: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="44"/>
        <source>Meetings: %1</source>
        <translation>Mga pulong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="45"/>
        <source>Data reviews due: %1</source>
        <translation>Mga dapat suriing datos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="54"/>
        <source>Filter the agenda…</source>
        <translation>Salain ang agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="63"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="66"/>
        <source>Brief…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="67"/>
        <source>The briefing PDF for the account or meeting</source>
        <translation>Ang briefing PDF para sa account o pulong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="68"/>
        <source>Record outcome…</source>
        <translation>Itala ang kinalabasan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="70"/>
        <source>Snooze a day</source>
        <translation>Ipagpaliban nang isang araw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="71"/>
        <source>Snooze a week</source>
        <translation>Ipagpaliban nang isang linggo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="72"/>
        <source>Edit task…</source>
        <translation>Baguhin ang gawain…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="182"/>
        <source>(%1 overdue)</source>
        <translation>(%1 lampas na)</translation>
    </message>
    <message>
        <source>The briefing PDF for the account of this item</source>
        <translation type="vanished">Ang briefing PDF para sa account ng item na ito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="88"/>
        <source> days ahead</source>
        <translation> araw pasulong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="146"/>
        <source>Nothing needs you in the next day.</source>
        <translation>Walang naghihintay sa iyo sa susunod na araw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/today_page.py" line="147"/>
        <source>Nothing needs you in the next %n days.</source>
        <translation>
            <numerusform>Walang naghihintay sa iyo sa susunod na %n araw.</numerusform>
            <numerusform>Walang naghihintay sa iyo sa susunod na %n araw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashKinds</name>
    <message>
        <location filename="../../ui/models/lists.py" line="218"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="219"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="220"/>
        <source>Family member</source>
        <translation>Kapamilya</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="221"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="222"/>
        <source>Contact logged</source>
        <translation>Naitalang contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="223"/>
        <source>Meeting</source>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="224"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="225"/>
        <source>Tender</source>
        <translation>Bidding</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="226"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="227"/>
        <source>Service case</source>
        <translation>Service case</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="228"/>
        <source>Cross-sell idea</source>
        <translation>Ideya sa cross-sell</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="229"/>
        <source>Recommendation letter</source>
        <translation>Liham ng rekomendasyon</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="230"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="231"/>
        <source>Revenue figure</source>
        <translation>Datos ng kita</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="22"/>
        <source>Trash</source>
        <translation>Basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="25"/>
        <source>Deleted entries wait here until you empty the trash.</source>
        <translation>Naghihintay dito ang mga binurang entry hanggang sa alisan mo ng laman ang basurahan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="28"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="29"/>
        <source>Empty the trash</source>
        <translation>Alisan ng laman ang basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="35"/>
        <source>The trash is empty. Whatever you delete waits here, ready to restore.</source>
        <translation>Walang laman ang basurahan. Ang anumang burahin mo ay naghihintay rito, handang ibalik.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/task_actions.py" line="41"/>
        <source>Snoozed “%1” to %2</source>
        <translation>Ipinagpaliban ang “%1” sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/task_actions.py" line="53"/>
        <source>Moved “%1” to %2</source>
        <translation>Inilipat ang “%1” sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/task_actions.py" line="54"/>
        <source>Took the date off “%1”</source>
        <translation>Inalis ang petsa ng “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="38"/>
        <source>Moved “%1” to the trash</source>
        <translation>Inilipat ang “%1” sa basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="64"/>
        <source>Ticked off “%1”</source>
        <translation>Natapos ang “%1”</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../ui/status_line.py" line="52"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ibalik (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash</source>
        <translation type="vanished">Inilipat ang “%1” sa basurahan</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="67"/>
        <source>Unlock your dossiers</source>
        <translation>Buksan ang iyong mga dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="68"/>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>Naka-encrypt ang %1. Ilagay ang passphrase nito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="72"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="73"/>
        <source>I lost it: use the recovery key instead</source>
        <translation>Nawala ko ito: gamitin ang recovery key sa halip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="84"/>
        <source>That recovery key does not fit. Check it and try again.</source>
        <translation>Hindi tugma ang recovery key na iyan. Suriin ito at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/encryption_dialogs.py" line="86"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Maling passphrase. Subukan ulit.</translation>
    </message>
</context>
<context>
    <name>_BackgroundPage</name>
    <message>
        <source>Working…</source>
        <translation type="vanished">Ginagawa…</translation>
    </message>
    <message>
        <source>Cannot go on: {0}</source>
        <translation type="vanished">Hindi makapagpatuloy: {0}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="122"/>
        <source>Next step</source>
        <translation>Susunod na hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="123"/>
        <source>Optional: what to do next, becomes a task</source>
        <translation>Opsyonal: ang susunod na gagawin, magiging gawain</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialogs.py" line="124"/>
        <source>Next step due</source>
        <translation>Takdang araw ng susunod na hakbang</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../domain/follow_up.py" line="16"/>
        <source>Send the proposal by e-mail or letter</source>
        <translation>Ipadala ang proposal sa e-mail o sulat</translation>
    </message>
    <message>
        <location filename="../../domain/follow_up.py" line="17"/>
        <source>Call to confirm the proposal was received</source>
        <translation>Tumawag para kumpirmahing natanggap ang proposal</translation>
    </message>
    <message>
        <location filename="../../domain/follow_up.py" line="20"/>
        <source>Ask about the next steps</source>
        <translation>Itanong ang mga susunod na hakbang</translation>
    </message>
    <message>
        <location filename="../../domain/follow_up.py" line="21"/>
        <source>Ask about the timeline for considering the proposal</source>
        <translation>Itanong kung kailan pag-aaralan ang proposal</translation>
    </message>
    <message>
        <location filename="../../domain/follow_up.py" line="24"/>
        <source>Agree on a call or meeting about intermediate results</source>
        <translation>Magkasundo sa isang tawag o pulong tungkol sa pansamantalang resulta</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../ui/import_models.py" line="34"/>
        <source>(ignore)</source>
        <translation>(huwag pansinin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="36"/>
        <source>Notes line “{0}”</source>
        <translation>Linya ng tala “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="46"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="47"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="48"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="49"/>
        <source>Relation</source>
        <translation>Kaugnayan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="50"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="55"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="56"/>
        <source>Given name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="57"/>
        <source>Middle name</source>
        <translation>Gitnang pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="58"/>
        <source>Family name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="59"/>
        <source>Name prefix</source>
        <translation>Unlapi ng pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="60"/>
        <source>Name suffix</source>
        <translation>Hulapi ng pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="62"/>
        <source>Position</source>
        <translation>Posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="63"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="64"/>
        <source>Birthday</source>
        <translation>Kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="65"/>
        <source>Anniversary</source>
        <translation>Anibersaryo</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="66"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="67"/>
        <source>Categories</source>
        <translation>Mga kategorya</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="68"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="69"/>
        <source>Spouse</source>
        <translation>Asawa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="70"/>
        <source>Children</source>
        <translation>Mga anak</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="71"/>
        <source>Year of birth</source>
        <translation>Taon ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="72"/>
        <source>Month of birth</source>
        <translation>Buwan ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="73"/>
        <source>Day of birth</source>
        <translation>Araw ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="74"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="75"/>
        <source>DMU type</source>
        <translation>Uri sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="76"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="77"/>
        <source>Influence</source>
        <translation>Impluwensya</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="78"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="121"/>
        <source>Column</source>
        <translation>Kolum</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="122"/>
        <source>Example</source>
        <translation>Halimbawa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="123"/>
        <source>Goes to</source>
        <translation>Pupunta sa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="174"/>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="175"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="176"/>
        <source>What happens</source>
        <translation>Ano ang mangyayari</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="177"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="178"/>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="161"/>
        <source>create</source>
        <translation>gawin</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="162"/>
        <source>merge</source>
        <translation>isanib</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="163"/>
        <source>skip</source>
        <translation>laktawan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="164"/>
        <source>rejected</source>
        <translation>tinanggihan</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../domain/completeness.py" line="117"/>
        <source>position</source>
        <translation>posisyon</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="118"/>
        <source>DMU role</source>
        <translation>papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="119"/>
        <source>DMU type</source>
        <translation>uri sa DMU</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="120"/>
        <source>stance</source>
        <translation>pagtingin</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="121"/>
        <source>influence rating</source>
        <translation>marka ng impluwensya</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="122"/>
        <source>contact details</source>
        <translation>detalye ng contact</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="123"/>
        <source>birthday</source>
        <translation>kaarawan</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="124"/>
        <source>hobbies</source>
        <translation>libangan</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="125"/>
        <source>family</source>
        <translation>pamilya</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="126"/>
        <source>values</source>
        <translation>pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="127"/>
        <source>contact history</source>
        <translation>kasaysayan ng contact</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="128"/>
        <source>DMU members</source>
        <translation>mga miyembro ng DMU</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="129"/>
        <source>someone in every key DMU role</source>
        <translation>may tao sa bawat pangunahing papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="37"/>
        <source>Decision maker</source>
        <translation>Tagapagpasya</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="38"/>
        <source>Economic buyer</source>
        <translation>May hawak ng badyet</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="39"/>
        <source>Technical evaluator</source>
        <translation>Tagasuring teknikal</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="40"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="41"/>
        <source>User</source>
        <translation>Gumagamit</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="42"/>
        <source>Gatekeeper</source>
        <translation>Tagabantay</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="43"/>
        <source>Champion</source>
        <translation>Tagapagtaguyod</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="44"/>
        <source>Influencer</source>
        <translation>Maimpluwensya</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="48"/>
        <source>Top manager</source>
        <translation>Nangungunang manager</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="49"/>
        <source>HR director</source>
        <translation>Direktor ng HR</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="50"/>
        <source>Financier</source>
        <translation>Taga-pananalapi</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="51"/>
        <source>Technical specialist</source>
        <translation>Teknikal na espesyalista</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="52"/>
        <location filename="../../domain/labels.py" line="133"/>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="56"/>
        <source>Supporter</source>
        <translation>Tagasuporta</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="57"/>
        <source>Favourable</source>
        <translation>Paborable</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="58"/>
        <source>Neutral</source>
        <translation>Walang kinikilingan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="59"/>
        <source>Sceptic</source>
        <translation>Nagdududa</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="60"/>
        <source>Opponent</source>
        <translation>Tumututol</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="64"/>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="65"/>
        <source>Image client</source>
        <translation>Prestihiyosong kliyente</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="66"/>
        <source>Regular</source>
        <translation>Karaniwan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="67"/>
        <source>Prospect</source>
        <translation>Posibleng kliyente</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="72"/>
        <source>Call</source>
        <translation>Tawag</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="73"/>
        <location filename="../../domain/labels.py" line="121"/>
        <source>Meeting</source>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="74"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="75"/>
        <location filename="../../domain/labels.py" line="130"/>
        <source>Letter</source>
        <translation>Sulat</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="76"/>
        <source>Visit</source>
        <translation>Pagbisita</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="77"/>
        <source>Event</source>
        <translation>Kaganapan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="78"/>
        <source>Feedback</source>
        <translation>Puna</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="79"/>
        <source>Attempt</source>
        <translation>Pagtatangka</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="80"/>
        <source>Objection</source>
        <translation>Pagtutol</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="84"/>
        <source>Draft</source>
        <translation>Burador</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="85"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="86"/>
        <location filename="../../domain/labels.py" line="109"/>
        <source>Won</source>
        <translation>Nakuha</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="87"/>
        <location filename="../../domain/labels.py" line="110"/>
        <source>Lost</source>
        <translation>Hindi nakuha</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="88"/>
        <source>Withdrawn</source>
        <translation>Binawi</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="92"/>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="93"/>
        <source>Confirm receipt</source>
        <translation>Kumpirmahin ang pagtanggap</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="94"/>
        <source>Ask next steps</source>
        <translation>Itanong ang susunod</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="95"/>
        <source>Ask timeline</source>
        <translation>Itanong ang takdang panahon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="96"/>
        <source>Agree checkpoint</source>
        <translation>Magtakda ng checkpoint</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="100"/>
        <source>Complaint</source>
        <translation>Reklamo</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="101"/>
        <source>Wish</source>
        <translation>Kahilingan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="102"/>
        <source>Misunderstanding</source>
        <translation>Hindi pagkakaunawaan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="106"/>
        <source>Idea</source>
        <translation>Ideya</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="107"/>
        <source>Qualified</source>
        <translation>Kwalipikado</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="108"/>
        <source>Proposed</source>
        <translation>Naialok</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="114"/>
        <source>Asked</source>
        <translation>Hiniling</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="115"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="116"/>
        <source>Declined</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="120"/>
        <source>Pending</source>
        <translation>Hinihintay</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="122"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="123"/>
        <source>Nothing</source>
        <translation>Wala</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="127"/>
        <source>Cold call</source>
        <translation>Cold call</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="128"/>
        <source>Recommendation</source>
        <translation>Rekomendasyon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="129"/>
        <source>Exhibition</source>
        <translation>Eksibisyon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="131"/>
        <source>Tender</source>
        <translation>Bidding</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="132"/>
        <source>Inbound</source>
        <translation>Kusang lumapit</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="137"/>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="138"/>
        <source>Contract</source>
        <translation>Kontrata</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="139"/>
        <source>Legitimate interest</source>
        <translation>Lehitimong interes</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="140"/>
        <source>Legal obligation</source>
        <translation>Legal na obligasyon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="141"/>
        <source>Vital interest</source>
        <translation>Mahalagang interes</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="142"/>
        <source>Public task</source>
        <translation>Pampublikong tungkulin</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="38"/>
        <source>Won</source>
        <comment>proposal status</comment>
        <translation>Nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="39"/>
        <source>Won</source>
        <comment>cross-sell status</comment>
        <translation>Nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="40"/>
        <source>Lost</source>
        <comment>proposal status</comment>
        <translation>Hindi nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="41"/>
        <source>Lost</source>
        <comment>cross-sell status</comment>
        <translation>Hindi nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="42"/>
        <source>Other</source>
        <comment>type of person</comment>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="43"/>
        <source>Other</source>
        <comment>lead source</comment>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="44"/>
        <source>Meeting</source>
        <comment>kind of contact</comment>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="45"/>
        <source>Meeting</source>
        <comment>referral outcome</comment>
        <translation>Nauwi sa pulong</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="46"/>
        <source>Letter</source>
        <comment>kind of contact</comment>
        <translation>Sulat</translation>
    </message>
    <message>
        <location filename="../../ui/display_labels.py" line="47"/>
        <source>Letter</source>
        <comment>lead source</comment>
        <translation>Sulat</translation>
    </message>
</context>
</TS>
