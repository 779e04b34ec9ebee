<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="139"/>
        <source>About KAMDesk</source>
        <translation>Tungkol sa KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="145"/>
        <source>Dossiers and meeting briefs for key account managers.</source>
        <translation>Mga dossier at brief bago ang pulong para sa mga key account manager.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="146"/>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="148"/>
        <source>Where your data lives</source>
        <translation>Kung saan nakatago ang iyong datos</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="149"/>
        <source>Settings: %1</source>
        <translation>Mga setting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="162"/>
        <source>Shipped with KAMDesk, under their own licences:</source>
        <translation>Kasama ng KAMDesk, sa ilalim ng kani-kanilang lisensya:</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="93"/>
        <source>New account</source>
        <translation>Bagong account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="94"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="96"/>
        <source>Tier</source>
        <translation>Antas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="99"/>
        <source>Industry</source>
        <translation>Industriya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="101"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="102"/>
        <source>City</source>
        <translation>Lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="104"/>
        <source>Country (2 letters)</source>
        <translation>Bansa (2 titik)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="108"/>
        <source>Lead source</source>
        <translation>Pinagmulan ng lead</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="109"/>
        <source>not known</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="112"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="114"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="122"/>
        <source>Add period</source>
        <translation>Magdagdag ng panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="122"/>
        <source>Remove period</source>
        <translation>Alisin ang panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="124"/>
        <source>Period: 2026 or 2026-Q3</source>
        <translation>Panahon: 2026 o 2026-Q3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="126"/>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="136"/>
        <source>row %1: </source>
        <translation>hanay %1: </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="21"/>
        <source>Filter accounts…</source>
        <translation>Salain ang mga account…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="25"/>
        <source>New…</source>
        <translation>Bago…</translation>
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
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>KAMDesk cannot open your dossiers</source>
        <translation>Hindi mabuksan ng KAMDesk ang iyong mga dossier</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../ui/status_line.py" line="25"/>
        <source>Last backup: never</source>
        <translation>Huling backup: wala pa</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="27"/>
        <source>Last backup: %1</source>
        <translation>Huling backup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="31"/>
        <source>File ▸ Back up now… copies the database next to it.</source>
        <translation>Kinokopya ng File ▸ Mag-backup ngayon… ang database sa tabi nito.</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="55"/>
        <source>day?</source>
        <translation>araw?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="56"/>
        <source>month?</source>
        <translation>buwan?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="57"/>
        <source>year unknown</source>
        <translation>hindi alam ang taon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="71"/>
        <source>give both the day and the month</source>
        <translation>ibigay ang araw at ang buwan</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/brief_preview.py" line="62"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="71"/>
        <location filename="../../ui/brief_preview.py" line="173"/>
        <source>Preparing the brief…</source>
        <translation>Inihahanda ang brief…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="75"/>
        <source>Shareable (no personal data)</source>
        <translation>Maibabahagi (walang personal na datos)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="78"/>
        <source>The language of the brief</source>
        <translation>Ang wika ng brief</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="86"/>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="88"/>
        <source>Save as PDF…</source>
        <translation>I-save bilang PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="90"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="152"/>
        <source>Brief: %1</source>
        <translation>Brief: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="154"/>
        <source>1 page</source>
        <translation>1 pahina</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="155"/>
        <source>%1 pages</source>
        <translation>%1 pahina</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="162"/>
        <source>The brief could not be made: %1</source>
        <translation>Hindi nagawa ang brief: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="179"/>
        <source>Save the brief as PDF</source>
        <translation>I-save ang brief bilang PDF</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="180"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="185"/>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="197"/>
        <source>Saved to %1</source>
        <translation>Na-save sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_preview.py" line="210"/>
        <source>The printer could not be started.</source>
        <translation>Hindi mapaandar ang printer.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models/editable.py" line="83"/>
        <location filename="../../ui/models/lists.py" line="99"/>
        <location filename="../../ui/models/lists.py" line="192"/>
        <location filename="../../ui/models/lists.py" line="272"/>
        <location filename="../../ui/models/lists.py" line="289"/>
        <source>Kind</source>
        <translation>Uri</translation>
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
        <location filename="../../ui/models/lists.py" line="49"/>
        <location filename="../../ui/models/lists.py" line="287"/>
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
        <location filename="../../ui/models/editable.py" line="106"/>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <location filename="../../ui/models/editable.py" line="107"/>
        <source>Currency</source>
        <translation>Pera</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="30"/>
        <location filename="../../ui/models/lists.py" line="71"/>
        <location filename="../../ui/models/lists.py" line="291"/>
        <location filename="../../ui/models/lists.py" line="298"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="32"/>
        <source>Tier</source>
        <translation>Antas</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="36"/>
        <source>City</source>
        <translation>Lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="38"/>
        <source>Share</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="50"/>
        <source>Position</source>
        <translation>Posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="51"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="52"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="53"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="55"/>
        <source>Influence</source>
        <translation>Impluwensya</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="56"/>
        <source>Next birthday</source>
        <translation>Susunod na kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="64"/>
        <source>Done</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="69"/>
        <location filename="../../ui/models/lists.py" line="168"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="70"/>
        <location filename="../../ui/models/lists.py" line="271"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="95"/>
        <location filename="../../ui/models/lists.py" line="112"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="100"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="101"/>
        <source>With</source>
        <translation>Kasama</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="116"/>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="117"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="119"/>
        <source>Attendees</source>
        <translation>Mga dadalo</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="134"/>
        <source>1 day</source>
        <translation>1 araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/lists.py" line="134"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="141"/>
        <source>expired %1 ago</source>
        <translation>lumipas ang bisa %1 na ang nakaraan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="148"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="149"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="151"/>
        <location filename="../../ui/models/lists.py" line="219"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="152"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="153"/>
        <source>Expires in</source>
        <translation>Mawawalang-bisa sa</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="155"/>
        <source>Current step</source>
        <translation>Kasalukuyang hakbang</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="167"/>
        <source>Tender</source>
        <translation>Bidding</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="170"/>
        <source>Preparation from</source>
        <translation>Paghahanda mula</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="172"/>
        <source>Countdown</source>
        <translation>Natitirang araw</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="174"/>
        <location filename="../../ui/models/lists.py" line="184"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="193"/>
        <source>Case</source>
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="195"/>
        <source>Opened</source>
        <translation>Binuksan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="200"/>
        <source>Days</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="206"/>
        <source>Resolution</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="207"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="218"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="221"/>
        <source>Asked</source>
        <translation>Hiniling</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="224"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="234"/>
        <source>Recommended by</source>
        <translation>Inirekomenda ni</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="235"/>
        <source>To</source>
        <translation>Kay</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="237"/>
        <source>On</source>
        <translation>Noong</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="241"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="274"/>
        <source>Deleted</source>
        <translation>Binura</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="279"/>
        <source>Entries</source>
        <translation>Mga entry</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="293"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="296"/>
        <source>Detail</source>
        <translation>Detalye</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../ui/sentences.py" line="77"/>
        <source>%1 missing for 1 person</source>
        <translation>walang %1 para sa 1 tao</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sentences.py" line="80"/>
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
        <location filename="../../ui/sentences.py" line="91"/>
        <source>Mono-dependence: %1 brings %2 of sales (limit %3)</source>
        <translation>Mono-dependence: %2 ng benta ay mula sa %1 (hangganan %3)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="96"/>
        <source>Key accounts bring %1 of sales, below the %2–%3 band</source>
        <translation>%1 ng benta ang mula sa mga key account, mas mababa sa saklaw na %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/sentences.py" line="100"/>
        <source>Key accounts bring %1 of sales, above the %2–%3 band</source>
        <translation>%1 ng benta ang mula sa mga key account, lampas sa saklaw na %2–%3</translation>
    </message>
</context>
<context>
    <name>CrossSellTab</name>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="90"/>
        <source>Client division</source>
        <translation>Dibisyon ng kliyente</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="91"/>
        <source>Our offering</source>
        <translation>Ating alok</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="95"/>
        <source>Set</source>
        <translation>Itakda</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="100"/>
        <source>Which of our offerings could each division of the client use? Name a division and an offering below.</source>
        <translation>Alin sa ating mga alok ang magagamit ng bawat dibisyon ng kliyente? Maglagay ng dibisyon at alok sa ibaba.</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="45"/>
        <source>Brief…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="46"/>
        <source>The briefing PDF for this account (Ctrl+B)</source>
        <translation>Ang briefing PDF para sa account na ito (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="48"/>
        <source>Log contact</source>
        <translation>Itala ang contact</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="50"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="52"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="54"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="74"/>
        <source>Overview</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="75"/>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="76"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="77"/>
        <source>Contacts</source>
        <translation>Mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="78"/>
        <source>Meetings</source>
        <translation>Mga pulong</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="79"/>
        <source>Proposals</source>
        <translation>Mga proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="80"/>
        <source>Tenders</source>
        <translation>Mga bidding</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="81"/>
        <source>Service</source>
        <translation>Serbisyo</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="82"/>
        <source>Cross-sell</source>
        <translation>Cross-sell</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="83"/>
        <source>Referrals</source>
        <translation>Mga referral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/dossier_view.py" line="91"/>
        <source>Choose an account on the left.</source>
        <translation>Pumili ng account sa kaliwa.</translation>
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
        <location filename="../../ui/error_report.py" line="24"/>
        <source>Something went wrong</source>
        <translation>May nangyaring mali</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="25"/>
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
        <location filename="../../ui/import_wizard.py" line="38"/>
        <location filename="../../ui/import_wizard.py" line="138"/>
        <source>detect</source>
        <translation>alamin nang kusa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="39"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="122"/>
        <source>Which file?</source>
        <translation>Aling file?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="123"/>
        <source>A vCard file (.vcf) from a phone, Apple or Outlook, or a CSV file from Outlook, Google, LinkedIn or Salesforce.</source>
        <translation>Isang vCard file (.vcf) mula sa telepono, Apple o Outlook, o isang CSV file mula sa Outlook, Google, LinkedIn o Salesforce.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="127"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="133"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="134"/>
        <source>CSV spreadsheet</source>
        <translation>CSV na spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143"/>
        <source>empty: the organisation in the file decides</source>
        <translation>walang laman: ang organisasyon sa file ang magpapasya</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="150"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>CSV delimiter</source>
        <translation>Panghiwalay ng CSV</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="153"/>
        <source>Put everyone in account</source>
        <translation>Ilagay ang lahat sa account</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157"/>
        <source>Import contacts</source>
        <translation>Mag-import ng mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Mga contact (*.vcf *.vcard *.csv *.txt);;Lahat ng file (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="38"/>
        <source>Welcome to KAMDesk</source>
        <translation>Maligayang pagdating sa KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="41"/>
        <source>Your dossiers are empty. Load a fictional sample portfolio to look around — a dozen accounts with their decision makers, families, proposals and tenders — or create your first account.</source>
        <translation>Wala pang laman ang iyong mga dossier. Mag-load ng kathang-isip na halimbawang portfolio para makapagsiyasat — isang dosenang account kasama ang kanilang mga tagapagpasya, pamilya, proposal at bidding — o gumawa ng iyong unang account.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="47"/>
        <source>You can also bring in a spreadsheet later: File ▸ Import…</source>
        <translation>Puwede ka ring magpasok ng spreadsheet mamaya: File ▸ Mag-import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="50"/>
        <source>Load the sample portfolio</source>
        <translation>I-load ang halimbawang portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="54"/>
        <source>Create my first account…</source>
        <translation>Gawin ang aking unang account…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_run_page.py" line="114"/>
        <source>The sample could not be loaded: %1</source>
        <translation>Hindi ma-load ang halimbawa: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="154"/>
        <source>Unsaved changes</source>
        <translation>May mga pagbabagong hindi pa na-save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="155"/>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>May mga pagbabago kang hindi pa na-save. Itapon na ba ang mga ito?</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="86"/>
        <source>Getting started</source>
        <translation>Pagsisimula</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="89"/>
        <source>&lt;b&gt;Your key accounts.&lt;/b&gt; Account ▸ New account (Ctrl+N), with its tier and revenue by quarter: the Portfolio then shows how much of your sales each brings, and warns when one client brings too much.</source>
        <translation>&lt;b&gt;Ang iyong mga key account.&lt;/b&gt; Account ▸ Bagong account (Ctrl+N), kasama ang antas at kita nito bawat quarter: ipapakita ng Portfolio kung gaano kalaki ang bahagi ng bawat isa sa iyong benta, at magbababala kapag sobra ang sa iisang kliyente.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="92"/>
        <source>&lt;b&gt;The people who decide.&lt;/b&gt; For each account, New person (Ctrl+Shift+P): their role in the decision, type, stance toward us, and what widens the conversation: birthday, hobbies, family, values.</source>
        <translation>&lt;b&gt;Ang mga nagpapasya.&lt;/b&gt; Sa bawat account, Bagong tao (Ctrl+Shift+P): ang papel nila sa pagpapasya, uri, pagtingin sa atin, at ang nagpapalawak ng usapan: kaarawan, libangan, pamilya, pinahahalagahan.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="95"/>
        <source>&lt;b&gt;Start the day on Today&lt;/b&gt; (Ctrl+1): birthdays, follow-ups due and overdue, proposals about to expire, tenders to start preparing.</source>
        <translation>&lt;b&gt;Simulan ang araw sa Ngayon&lt;/b&gt; (Ctrl+1): mga kaarawan, mga follow-up na dapat na at lampas na, mga proposal na malapit nang mawalan ng bisa, mga bidding na dapat nang paghandaan.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="97"/>
        <source>&lt;b&gt;Log every contact&lt;/b&gt; (Ctrl+L) and every proposal you send: the follow-up calls (received? next steps? timeline?) are put in your agenda.</source>
        <translation>&lt;b&gt;Itala ang bawat contact&lt;/b&gt; (Ctrl+L) at bawat proposal na ipinapadala mo: ilalagay sa iyong agenda ang mga follow-up na tawag (natanggap ba? ano ang susunod? kailan ang desisyon?).</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="99"/>
        <source>&lt;b&gt;Before each meeting, the brief&lt;/b&gt; (Ctrl+B): who will be in the room, what each one cares about, our history and the next steps, on paper or as a PDF.</source>
        <translation>&lt;b&gt;Bago ang bawat pulong, ang brief&lt;/b&gt; (Ctrl+B): sino ang naroroon, ano ang mahalaga sa bawat isa, ang ating kasaysayan at ang mga susunod na hakbang, sa papel o bilang PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="104"/>
        <source>The key account manager&apos;s loop, in five steps:</source>
        <translation>Ang siklo ng key account manager, sa limang hakbang:</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="112"/>
        <source>No data yet? The first page loads a fictional sample portfolio to try everything on.</source>
        <translation>Wala pang datos? Naglo-load ang unang pahina ng kathang-isip na halimbawang portfolio para masubukan ang lahat.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>Import contacts</source>
        <translation>Mag-import ng mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="108"/>
        <source>Import</source>
        <translation>Mag-import</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="179"/>
        <source>Log a contact</source>
        <translation>Magtala ng contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="183"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="187"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="189"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="190"/>
        <source>What happened, in a few words</source>
        <translation>Ano ang nangyari, sa ilang salita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="192"/>
        <source>With</source>
        <translation>Kasama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="195"/>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="14"/>
        <source>Filter the history…</source>
        <translation>Salain ang kasaysayan…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="19"/>
        <source>Log contact… (Ctrl+L)</source>
        <translation>Itala ang contact… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="20"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="21"/>
        <source>Log a contact…</source>
        <translation>Magtala ng contact…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="26"/>
        <source>No contacts logged yet.</source>
        <translation>Wala pang naitalang contact.</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../ui/list_view.py" line="73"/>
        <source>Filter…</source>
        <translation>Salain…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>KAMDesk</source>
        <translation>KAMDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Trash</source>
        <translation>Basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Opening your dossiers…</source>
        <translation>Binubuksan ang iyong mga dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Search everything…  (Ctrl+K)</source>
        <translation>Hanapin sa lahat…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Import…</source>
        <translation>&amp;Mag-import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Export…</source>
        <translation>Mag-e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Back up now…</source>
        <translation>Mag-&amp;backup ngayon…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <location filename="../../ui/window_extras.py" line="70"/>
        <source>&amp;Edit</source>
        <translation>&amp;Baguhin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ibalik ang binura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Find…</source>
        <translation>&amp;Hanapin…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;New account…</source>
        <translation>Ba&amp;gong account…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>New &amp;person…</source>
        <translation>Bagong &amp;tao…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Log a contact…</source>
        <translation>Magta&amp;la ng contact…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Brief…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Delete account</source>
        <translation>Burahin ang acco&amp;unt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Trip brief for a city…</source>
        <translation>Brief para sa &amp;biyahe sa isang lungsod…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Go</source>
        <translation>&amp;Pumunta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Trip brief</source>
        <translation>Brief para sa biyahe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>No account has a city yet.</source>
        <translation>Wala pang account na may lungsod.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Briefs for every account in:</source>
        <translation>Mga brief para sa bawat account sa:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Restored.</source>
        <translation>Naibalik na.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Backing up…</source>
        <translation>Nagba-backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Backed up to %1</source>
        <translation>Na-backup sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>The backup failed</source>
        <translation>Nabigo ang backup</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="43"/>
        <source>Daily actions</source>
        <translation>Pang-araw-araw na gawain</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="74"/>
        <source>&amp;Settings…</source>
        <translation>Mga &amp;setting…</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="78"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="80"/>
        <source>&amp;Getting started</source>
        <translation>Pag&amp;sisimula</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="85"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga shortcut sa &amp;keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="89"/>
        <source>&amp;About KAMDesk</source>
        <translation>Tungkol sa KAM&amp;Desk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>Which column is what?</source>
        <translation>Aling column ang ano?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>Check where each column goes; double-click a field to change it.</source>
        <translation>Tingnan kung saan napupunta ang bawat column; i-double-click ang isang field para baguhin ito.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>recognise the program</source>
        <translation>kilalanin ang programa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>Exported by</source>
        <translation>In-export ng</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>no known program</source>
        <translation>walang kilalang programa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="245"/>
        <source>Read as {0}, {1}, header on line {2}.</source>
        <translation>Binasa bilang {0}, {1}, header sa linya {2}.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="214"/>
        <source>Plan a meeting</source>
        <translation>Magplano ng pulong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="219"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="220"/>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="221"/>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="223"/>
        <source>Attendees</source>
        <translation>Mga dadalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="226"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="46"/>
        <source>Plan meeting…</source>
        <translation>Magplano ng pulong…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="47"/>
        <source>Brief for this meeting…</source>
        <translation>Brief para sa pulong na ito…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="49"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="50"/>
        <source>Plan a meeting…</source>
        <translation>Magplano ng pulong…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/activity_tabs.py" line="56"/>
        <source>No meetings planned.</source>
        <translation>Walang nakaplanong pulong.</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../../ui/navigation.py" line="78"/>
        <source>Nothing urgent this week.</source>
        <translation>Walang apurahan ngayong linggo.</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="102"/>
        <source>1 task overdue</source>
        <translation>1 gawaing lampas na sa takdang araw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="103"/>
        <source>%n tasks overdue</source>
        <translation>
            <numerusform>%n gawaing lampas na sa takdang araw</numerusform>
            <numerusform>%n gawaing lampas na sa takdang araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="105"/>
        <source>1 task due today</source>
        <translation>1 gawaing dapat matapos ngayon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="106"/>
        <source>%n tasks due today</source>
        <translation>
            <numerusform>%n gawaing dapat matapos ngayon</numerusform>
            <numerusform>%n gawaing dapat matapos ngayon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="108"/>
        <source>1 birthday this week</source>
        <translation>1 kaarawan ngayong linggo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="109"/>
        <source>%n birthdays this week</source>
        <translation>
            <numerusform>%n kaarawan ngayong linggo</numerusform>
            <numerusform>%n kaarawan ngayong linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="111"/>
        <source>1 proposal expiring</source>
        <translation>1 proposal na mawawalan ng bisa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="112"/>
        <source>%n proposals expiring</source>
        <translation>
            <numerusform>%n proposal na mawawalan ng bisa</numerusform>
            <numerusform>%n proposal na mawawalan ng bisa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="114"/>
        <source>1 tender to start preparing</source>
        <translation>1 bidding na dapat nang paghandaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="115"/>
        <source>%n tenders to start preparing</source>
        <translation>
            <numerusform>%n bidding na dapat nang paghandaan</numerusform>
            <numerusform>%n bidding na dapat nang paghandaan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="117"/>
        <source>1 tender this week</source>
        <translation>1 bidding ngayong linggo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="118"/>
        <source>%n tenders this week</source>
        <translation>
            <numerusform>%n bidding ngayong linggo</numerusform>
            <numerusform>%n bidding ngayong linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="120"/>
        <source>1 service case open too long</source>
        <translation>1 service case na matagal nang bukas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigation.py" line="121"/>
        <source>%n service cases open too long</source>
        <translation>
            <numerusform>%n service case na matagal nang bukas</numerusform>
            <numerusform>%n service case na matagal nang bukas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenArchive</name>
    <message>
        <location filename="../../ui/open_archive.py" line="34"/>
        <source>Import this archive?</source>
        <translation>I-import ang archive na ito?</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="35"/>
        <source>Add the accounts, people and history in %1 to your dossiers? Rows you already have are left as they are.</source>
        <translation>Idagdag sa iyong mga dossier ang mga account, tao at kasaysayan sa %1? Hindi gagalawin ang mga hanay na mayroon ka na.</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="44"/>
        <source>Imported %1 rows from %2.</source>
        <translation>Na-import ang %1 hanay mula sa %2.</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="47"/>
        <source>Nothing was imported from %2: %1 rows were rejected (kamdesk import json lists them).</source>
        <translation>Walang na-import mula sa %2: %1 hanay ang tinanggihan (nakalista ang mga ito sa kamdesk import json).</translation>
    </message>
    <message>
        <location filename="../../ui/open_archive.py" line="55"/>
        <source>Archive not imported</source>
        <translation>Hindi na-import ang archive</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="71"/>
        <source>Numbers</source>
        <translation>Mga numero</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="75"/>
        <source>Dossier %1 % complete</source>
        <translation>%1 % kumpleto ang dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="89"/>
        <source>Decision-making unit</source>
        <translation>Grupong nagpapasya (DMU)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="92"/>
        <source>Roles nobody covers: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mga papel na walang may hawak: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="93"/>
        <source>Every DMU role is covered.</source>
        <translation>May may hawak sa bawat papel sa DMU.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="99"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="112"/>
        <source>Tier</source>
        <translation>Antas</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="112"/>
        <source>Industry</source>
        <translation>Industriya</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="113"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="113"/>
        <source>City</source>
        <translation>Lungsod</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="114"/>
        <source>Lead source</source>
        <translation>Pinagmulan ng lead</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="114"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="127"/>
        <source>No revenue figures yet.</source>
        <translation>Wala pang datos ng kita.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="133"/>
        <source>Plan %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="134"/>
        <source>Actual %1</source>
        <translation>Aktwal %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="135"/>
        <source>Plan met</source>
        <translation>Naabot ang plano</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="136"/>
        <source>Share of our sales</source>
        <translation>Bahagi sa ating benta</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="147"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="147"/>
        <source>Planned</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="147"/>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="148"/>
        <source>Actual against plan</source>
        <translation>Aktwal laban sa plano</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="15"/>
        <source>Filter people…</source>
        <translation>Salain ang mga tao…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="20"/>
        <source>New person…</source>
        <translation>Bagong tao…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="21"/>
        <source>Edit…</source>
        <translation>Baguhin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="22"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="23"/>
        <source>Add the first person…</source>
        <translation>Idagdag ang unang tao…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="29"/>
        <source>Nobody in this DMU yet: add the people who decide.</source>
        <translation>Wala pang tao sa DMU na ito: idagdag ang mga nagpapasya.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="87"/>
        <source>New person</source>
        <translation>Bagong tao</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="92"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="92"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="92"/>
        <location filename="../../ui/dialogs/person_editor.py" line="177"/>
        <source>Contacts</source>
        <translation>Mga contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="92"/>
        <location filename="../../ui/dialogs/person_editor.py" line="179"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="100"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="103"/>
        <source>Given name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="106"/>
        <source>Family name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="109"/>
        <source>Position</source>
        <translation>Posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="112"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="115"/>
        <source>nobody in the DMU</source>
        <translation>walang tao sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="121"/>
        <source>Reports to</source>
        <translation>Nag-uulat kay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="122"/>
        <source>not known</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="125"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="131"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="136"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="142"/>
        <source>Influence (1–5)</source>
        <translation>Impluwensya (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="145"/>
        <source>Birthday</source>
        <translation>Kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="149"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="151"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="159"/>
        <source>Add family member</source>
        <translation>Magdagdag ng kapamilya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="160"/>
        <location filename="../../ui/dialogs/person_editor.py" line="174"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="162"/>
        <source>Birthday: 1979-05-02, or --05-02 without the year</source>
        <translation>Kaarawan: 1979-05-02, o --05-02 kung walang taon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="164"/>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="173"/>
        <source>Add contact</source>
        <translation>Magdagdag ng contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_editor.py" line="206"/>
        <source>the kind must be one of: </source>
        <translation>ang uri ay dapat isa sa: </translation>
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
        <location filename="../../ui/pages/portfolio_page.py" line="57"/>
        <source>Share of our sales, %1</source>
        <translation>Bahagi sa ating benta, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portfolio_page.py" line="61"/>
        <source>Key accounts bring &lt;b&gt;%1&lt;/b&gt; of sales; healthy: %2–%3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ng benta ang mula sa mga key account; malusog: %2–%3.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="256"/>
        <source>What will happen</source>
        <translation>Ano ang mangyayari</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="257"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Walang isusulat hangga&apos;t hindi mo pinipindot ang Mag-import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="269"/>
        <source>merge into the person already known</source>
        <translation>isanib sa taong kilala na</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>skip them</source>
        <translation>laktawan sila</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272"/>
        <source>import them as separate people</source>
        <translation>i-import bilang hiwalay na tao</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="275"/>
        <source>Import the valid records and leave the rejected out</source>
        <translation>I-import ang mga wastong record at iwan ang mga tinanggihan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="282"/>
        <source>Someone already known</source>
        <translation>Taong kilala na</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="323"/>
        <source>{0} to create, {1} to merge, {2} to skip, {3} rejected.</source>
        <translation>{0} gagawin, {1} isasanib, {2} lalaktawan, {3} tinanggihan.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="329"/>
        <source>New prospect accounts: {0}</source>
        <translation>Mga bagong prospect na account: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="333"/>
        <source>Rejected records block the import: fix the file, or leave them out.</source>
        <translation>Pinipigilan ng mga tinanggihang record ang pag-import: ayusin ang file, o iwan ang mga ito.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="241"/>
        <source>New proposal</source>
        <translation>Bagong proposal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="243"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="244"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="245"/>
        <source>Currency</source>
        <translation>Pera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="247"/>
        <source>Valid until</source>
        <translation>May bisa hanggang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="250"/>
        <source>Prepared by (one per line: name, role)</source>
        <translation>Inihanda ni (isa bawat linya: pangalan, papel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="253"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="23"/>
        <source>New proposal…</source>
        <translation>Bagong proposal…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="24"/>
        <source>Mark as sent</source>
        <translation>Markahang naipadala</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="27"/>
        <source>Won</source>
        <translation>Nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="29"/>
        <source>Lost</source>
        <translation>Hindi nakuha</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="31"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="32"/>
        <source>Write the first proposal…</source>
        <translation>Isulat ang unang proposal…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="37"/>
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
    <name>ReferralsTab</name>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="144"/>
        <source>Ask for a letter…</source>
        <translation>Humingi ng liham…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="145"/>
        <source>Mark received</source>
        <translation>Markahang natanggap</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="146"/>
        <source>Ask a satisfied client for a letter…</source>
        <translation>Humingi ng liham sa isang nasiyahang kliyente…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="150"/>
        <source>Recommended us to… (company, person)</source>
        <translation>Inirekomenda tayo kay… (kompanya, tao)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="153"/>
        <source>Add referral</source>
        <translation>Magdagdag ng referral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="155"/>
        <source>Led to a meeting</source>
        <translation>Humantong sa pulong</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="160"/>
        <source>Became a client</source>
        <translation>Naging kliyente</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="167"/>
        <source>Recommendation letters</source>
        <translation>Mga liham ng rekomendasyon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="168"/>
        <source>Referrals</source>
        <translation>Mga referral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="178"/>
        <source>No letters asked for yet.</source>
        <translation>Wala pang hininging liham.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="180"/>
        <source>Nobody has recommended us from here yet.</source>
        <translation>Wala pang nagrekomenda sa atin mula rito.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="186"/>
        <source>Add the people of this account first.</source>
        <translation>Idagdag muna ang mga tao ng account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="191"/>
        <source>Ask for a letter</source>
        <translation>Humingi ng liham</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="191"/>
        <source>Who will write it?</source>
        <translation>Sino ang susulat nito?</translation>
    </message>
</context>
<context>
    <name>RelationshipMapTab</name>
    <message>
        <location filename="../../ui/dossier/relationship_map.py" line="80"/>
        <source>Export PNG…</source>
        <translation>I-export bilang PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/relationship_map.py" line="114"/>
        <source>Add people and who reports to whom to see the map.</source>
        <translation>Magdagdag ng mga tao at kung sino ang nag-uulat kanino para makita ang mapa.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/relationship_map.py" line="151"/>
        <source>Export the map</source>
        <translation>I-export ang mapa</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/relationship_map.py" line="152"/>
        <source>PNG images (*.png)</source>
        <translation>Mga PNG na larawan (*.png)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>Importing</source>
        <translation>Nag-i-import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="368"/>
        <source>Imported: {0} created, {1} merged, {2} skipped, {3} left out.</source>
        <translation>Na-import: {0} ginawa, {1} isinanib, {2} nilaktawan, {3} iniwan.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/pages/search_page.py" line="44"/>
        <source>Searching “%1”…</source>
        <translation>Hinahanap ang “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="55"/>
        <source>1 result for “%1”</source>
        <translation>1 resulta para sa “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="56"/>
        <source>%n results for “%1”</source>
        <translation>%n resulta para sa “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_page.py" line="59"/>
        <source>Nothing matches. Search looks through names, positions, notes, hobbies and values.</source>
        <translation>Walang tumugma. Hinahanap ang mga pangalan, posisyon, tala, libangan at pinahahalagahan.</translation>
    </message>
</context>
<context>
    <name>ServiceCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="295"/>
        <source>New service case</source>
        <translation>Bagong service case</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="298"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="301"/>
        <source>Case</source>
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="302"/>
        <source>Opened</source>
        <translation>Binuksan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="303"/>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
</context>
<context>
    <name>ServiceCasesTab</name>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="41"/>
        <source>New case…</source>
        <translation>Bagong kaso…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="42"/>
        <source>Resolve…</source>
        <translation>Lutasin…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="43"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="44"/>
        <source>Record a case…</source>
        <translation>Magtala ng kaso…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="49"/>
        <source>No complaints, wishes or misunderstandings on file.</source>
        <translation>Walang nakatalang reklamo, kahilingan o hindi pagkakaunawaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="59"/>
        <source>Resolve</source>
        <translation>Lutasin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/after_sale_tabs.py" line="59"/>
        <source>How was it resolved?</source>
        <translation>Paano ito nalutas?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source>Birthdays</source>
        <translation>Mga kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Personal notes</source>
        <translation>Mga personal na tala</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Stance toward us</source>
        <translation>Pagtingin sa atin</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Settings</source>
        <translation>Mga setting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>The system&apos;s language</source>
        <translation>Wika ng system</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="vanished">Letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>Letter (8½ × 11 in)</source>
        <translation>Letter (8½ × 11 pulgada)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>beside the database</source>
        <translation>sa tabi ng database</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>A new language shows when KAMDesk starts again.</source>
        <translation>Lalabas ang bagong wika sa susunod na pagbukas ng KAMDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Agenda looks ahead</source>
        <translation>Tinitingnan ng agenda ang susunod na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Healthy share of key accounts</source>
        <translation>Malusog na bahagi ng mga key account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Mono-dependence above</source>
        <translation>Mono-dependence kapag lampas sa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>A shareable brief leaves out</source>
        <translation>Hindi isinasama sa maibabahaging brief</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Copies kept</source>
        <translation>Bilang ng kopyang itinatago</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
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
        <location filename="../../ui/help_dialogs.py" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga shortcut sa keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="65"/>
        <source>Action</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="65"/>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="275"/>
        <source>New tender</source>
        <translation>Bagong bidding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="277"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entries.py" line="279"/>
        <source>Tender date</source>
        <translation>Petsa ng bidding</translation>
    </message>
</context>
<context>
    <name>TendersTab</name>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="69"/>
        <source>New tender…</source>
        <translation>Bagong bidding…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="70"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="71"/>
        <source>Add a tender…</source>
        <translation>Magdagdag ng bidding…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/deals_tabs.py" line="88"/>
        <source>No tenders. Large clients buy through tenders: start preparing nine months ahead.</source>
        <translation>Walang bidding. Sa bidding bumibili ang malalaking kliyente: maghanda siyam na buwan bago nito.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="18"/>
        <source>Filter the agenda…</source>
        <translation>Salain ang agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="24"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="27"/>
        <source>Brief…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="28"/>
        <source>The briefing PDF for the account of this item</source>
        <translation>Ang briefing PDF para sa account ng item na ito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="35"/>
        <source> days ahead</source>
        <translation> araw pasulong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="55"/>
        <source>Nothing needs you in the next day.</source>
        <translation>Walang naghihintay sa iyo sa susunod na araw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/today_page.py" line="56"/>
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
        <location filename="../../ui/models/lists.py" line="246"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="247"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="248"/>
        <source>Family member</source>
        <translation>Kapamilya</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="249"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="250"/>
        <source>Contact logged</source>
        <translation>Naitalang contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="251"/>
        <source>Meeting</source>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="252"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="253"/>
        <source>Tender</source>
        <translation>Bidding</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="254"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="255"/>
        <source>Service case</source>
        <translation>Service case</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="256"/>
        <source>Cross-sell idea</source>
        <translation>Ideya sa cross-sell</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="257"/>
        <source>Recommendation letter</source>
        <translation>Liham ng rekomendasyon</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="258"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/models/lists.py" line="259"/>
        <source>Revenue figure</source>
        <translation>Datos ng kita</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="18"/>
        <source>Trash</source>
        <translation>Basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="21"/>
        <source>Deleted entries wait here until you empty the trash.</source>
        <translation>Naghihintay dito ang mga binurang entry hanggang sa alisan mo ng laman ang basurahan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="24"/>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="25"/>
        <source>Empty the trash</source>
        <translation>Alisan ng laman ang basurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash_page.py" line="31"/>
        <source>The trash is empty. Whatever you delete waits here, ready to restore.</source>
        <translation>Walang laman ang basurahan. Ang anumang burahin mo ay naghihintay rito, handang ibalik.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../ui/status_line.py" line="44"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ibalik (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="55"/>
        <source>Moved “%1” to the trash</source>
        <translation>Inilipat ang “%1” sa basurahan</translation>
    </message>
</context>
<context>
    <name>_BackgroundPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Working…</source>
        <translation>Ginagawa…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="79"/>
        <source>Cannot go on: {0}</source>
        <translation>Hindi makapagpatuloy: {0}</translation>
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
        <location filename="../../ui/import_models.py" line="32"/>
        <source>(ignore)</source>
        <translation>(huwag pansinin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="34"/>
        <source>Notes line “{0}”</source>
        <translation>Linya ng tala “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="44"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="45"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="46"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="47"/>
        <source>Relation</source>
        <translation>Kaugnayan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="48"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="53"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="54"/>
        <source>Given name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="55"/>
        <source>Middle name</source>
        <translation>Gitnang pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="56"/>
        <source>Family name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="57"/>
        <source>Name prefix</source>
        <translation>Unlapi ng pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="58"/>
        <source>Name suffix</source>
        <translation>Hulapi ng pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="59"/>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="60"/>
        <source>Position</source>
        <translation>Posisyon</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="61"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="62"/>
        <source>Birthday</source>
        <translation>Kaarawan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="63"/>
        <source>Anniversary</source>
        <translation>Anibersaryo</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="64"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="65"/>
        <source>Categories</source>
        <translation>Mga kategorya</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="66"/>
        <source>Hobbies</source>
        <translation>Mga libangan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="67"/>
        <source>Spouse</source>
        <translation>Asawa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="68"/>
        <source>Children</source>
        <translation>Mga anak</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="69"/>
        <source>DMU role</source>
        <translation>Papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="70"/>
        <source>DMU type</source>
        <translation>Uri sa DMU</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="71"/>
        <source>Stance</source>
        <translation>Pagtingin</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="72"/>
        <source>Influence</source>
        <translation>Impluwensya</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="73"/>
        <source>Values</source>
        <translation>Mga pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="116"/>
        <source>Column</source>
        <translation>Kolum</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="117"/>
        <source>Example</source>
        <translation>Halimbawa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="118"/>
        <source>Goes to</source>
        <translation>Pupunta sa</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="181"/>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="182"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="183"/>
        <source>What happens</source>
        <translation>Ano ang mangyayari</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="184"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="185"/>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="195"/>
        <source>create</source>
        <translation>gawin</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="196"/>
        <source>merge</source>
        <translation>isanib</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="197"/>
        <source>skip</source>
        <translation>laktawan</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="198"/>
        <source>rejected</source>
        <translation>tinanggihan</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../domain/completeness.py" line="72"/>
        <source>position</source>
        <translation>posisyon</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="73"/>
        <source>DMU role</source>
        <translation>papel sa DMU</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="74"/>
        <source>DMU type</source>
        <translation>uri sa DMU</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="75"/>
        <source>stance</source>
        <translation>pagtingin</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="76"/>
        <source>influence rating</source>
        <translation>marka ng impluwensya</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="77"/>
        <source>contact details</source>
        <translation>detalye ng contact</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="78"/>
        <source>birthday</source>
        <translation>kaarawan</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="79"/>
        <source>hobbies</source>
        <translation>libangan</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="80"/>
        <source>family</source>
        <translation>pamilya</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="81"/>
        <source>values</source>
        <translation>pinahahalagahan</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="82"/>
        <source>contact history</source>
        <translation>kasaysayan ng contact</translation>
    </message>
    <message>
        <location filename="../../domain/completeness.py" line="83"/>
        <source>DMU members</source>
        <translation>mga miyembro ng DMU</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="34"/>
        <source>Decision maker</source>
        <translation>Tagapagpasya</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="35"/>
        <source>Economic buyer</source>
        <translation>May hawak ng badyet</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="36"/>
        <source>Technical evaluator</source>
        <translation>Tagasuring teknikal</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="37"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="38"/>
        <source>User</source>
        <translation>Gumagamit</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="39"/>
        <source>Gatekeeper</source>
        <translation>Tagabantay</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="40"/>
        <source>Champion</source>
        <translation>Tagapagtaguyod</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="41"/>
        <source>Influencer</source>
        <translation>Maimpluwensya</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="45"/>
        <source>Top manager</source>
        <translation>Nangungunang manager</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="46"/>
        <source>HR director</source>
        <translation>Direktor ng HR</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="47"/>
        <source>Financier</source>
        <translation>Taga-pananalapi</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="48"/>
        <source>Technical specialist</source>
        <translation>Teknikal na espesyalista</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="49"/>
        <location filename="../../domain/labels.py" line="130"/>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="53"/>
        <source>Supporter</source>
        <translation>Tagasuporta</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="54"/>
        <source>Favourable</source>
        <translation>Paborable</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="55"/>
        <source>Neutral</source>
        <translation>Walang kinikilingan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="56"/>
        <source>Sceptic</source>
        <translation>Nagdududa</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="57"/>
        <source>Opponent</source>
        <translation>Tumututol</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="61"/>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="62"/>
        <source>Image client</source>
        <translation>Prestihiyosong kliyente</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="63"/>
        <source>Regular</source>
        <translation>Karaniwan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="64"/>
        <source>Prospect</source>
        <translation>Posibleng kliyente</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="69"/>
        <source>Call</source>
        <translation>Tawag</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="70"/>
        <location filename="../../domain/labels.py" line="118"/>
        <source>Meeting</source>
        <translation>Pulong</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="71"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="72"/>
        <location filename="../../domain/labels.py" line="127"/>
        <source>Letter</source>
        <translation>Sulat</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="73"/>
        <source>Visit</source>
        <translation>Pagbisita</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="74"/>
        <source>Event</source>
        <translation>Kaganapan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="75"/>
        <source>Feedback</source>
        <translation>Puna</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="76"/>
        <source>Attempt</source>
        <translation>Pagtatangka</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="77"/>
        <source>Objection</source>
        <translation>Pagtutol</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="81"/>
        <source>Draft</source>
        <translation>Burador</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="82"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="83"/>
        <location filename="../../domain/labels.py" line="106"/>
        <source>Won</source>
        <translation>Nakuha</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="84"/>
        <location filename="../../domain/labels.py" line="107"/>
        <source>Lost</source>
        <translation>Hindi nakuha</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="85"/>
        <source>Withdrawn</source>
        <translation>Binawi</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="89"/>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="90"/>
        <source>Confirm receipt</source>
        <translation>Kumpirmahin ang pagtanggap</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="91"/>
        <source>Ask next steps</source>
        <translation>Itanong ang susunod</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="92"/>
        <source>Ask timeline</source>
        <translation>Itanong ang takdang panahon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="93"/>
        <source>Agree checkpoint</source>
        <translation>Magtakda ng checkpoint</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="97"/>
        <source>Complaint</source>
        <translation>Reklamo</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="98"/>
        <source>Wish</source>
        <translation>Kahilingan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="99"/>
        <source>Misunderstanding</source>
        <translation>Hindi pagkakaunawaan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="103"/>
        <source>Idea</source>
        <translation>Ideya</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="104"/>
        <source>Qualified</source>
        <translation>Kwalipikado</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="105"/>
        <source>Proposed</source>
        <translation>Naialok</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="111"/>
        <source>Asked</source>
        <translation>Hiniling</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="112"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="113"/>
        <source>Declined</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="117"/>
        <source>Pending</source>
        <translation>Hinihintay</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="119"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="120"/>
        <source>Nothing</source>
        <translation>Wala</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="124"/>
        <source>Cold call</source>
        <translation>Cold call</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="125"/>
        <source>Recommendation</source>
        <translation>Rekomendasyon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="126"/>
        <source>Exhibition</source>
        <translation>Eksibisyon</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="128"/>
        <source>Tender</source>
        <translation>Bidding</translation>
    </message>
    <message>
        <location filename="../../domain/labels.py" line="129"/>
        <source>Inbound</source>
        <translation>Kusang lumapit</translation>
    </message>
</context>
</TS>
