"""The words the portfolio generator builds fictional names and notes from, in many scripts.

Every name here is made up. Each "culture" has given names, family names, cities with a
country, and a few phrases for notes, so a generated dossier reads like one a department
really keeps: Polish next to Filipino, Russian, Vietnamese, Greek, German, Czech and Serbian.
"""

from __future__ import annotations

CULTURES = {
    "pl": {
        "given": ["Łucja", "Zdzisław", "Katarzyna", "Grzegorz", "Małgorzata", "Wojciech",
                  "Agnieszka", "Przemysław", "Żaneta", "Bożena", "Tomasz", "Jadwiga"],
        "family": ["Złotowska", "Wróblewski", "Kowalczyk", "Szczepańska", "Dąbrowski",
                   "Jabłońska", "Grabowski", "Pietrzak", "Wiśniewska", "Sikorski", "Żak"],
        "cities": [("Gdańsk", "PL", "Pomorskie"), ("Poznań", "PL", "Wielkopolskie"),
                   ("Łódź", "PL", "Łódzkie"), ("Kraków", "PL", "Małopolskie")],
        "legal": "Sp. z o.o.",
        "notes": ["Woli rozmowy rano, przed odprawą.", "Pyta zawsze o terminy dostaw.",
                  "Syn studiuje w Gdańsku.", "Lubi konkretne liczby w ofercie."],
    },
    "ph": {
        "given": ["Maria Luisa", "Jose Mari", "Rowena", "Bayani", "Lualhati", "Dakila",
                  "Ligaya", "Marites", "Joselito", "Analyn", "Rommel", "Maricel"],
        "family": ["Dela Cruz", "Santos", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan",
                   "Panganiban", "Soriano", "Magbanua", "Lacson", "Tolentino"],
        "cities": [("Cebu City", "PH", "Central Visayas"), ("Davao City", "PH", "Davao Region"),
                   ("Quezon City", "PH", "Metro Manila"), ("Iloilo City", "PH", "Western Visayas")],
        "legal": "Corporation",
        "notes": ["Mas gusto niya ang maikling e-mail.", "Mahilig sa basketball ang anak niya.",
                  "Tumatawag lamang pagkatapos ng tanghalian.", "Gusto ng malinaw na iskedyul."],
    },
    "ru": {
        "given": ["Иван", "Светлана", "Алексей", "Екатерина", "Дмитрий", "Ольга", "Юрий",
                  "Наталья", "Всеволод", "Людмила", "Фёдор", "Анастасия"],
        "family": ["Петров", "Соколова", "Кузнецов", "Воробьёва", "Морозов", "Лебедева",
                   "Ефимов", "Жукова", "Щербаков", "Белоусова", "Ершов"],
        "cities": [("Екатеринбург", "RU", "Свердловская область"),
                   ("Новосибирск", "RU", "Новосибирская область"),
                   ("Казань", "RU", "Татарстан"), ("Самара", "RU", "Самарская область")],
        "legal": "ООО",
        "notes": ["Предпочитает встречи в офисе.", "Просит цифры по экономии.",
                  "Дочь занимается фигурным катанием.", "Не любит длинные презентации."],
    },
    "vn": {
        "given": ["Hồng Nhung", "Văn Đức", "Thị Mai", "Quốc Bảo", "Minh Tuấn", "Thu Hằng",
                  "Ngọc Ánh", "Đức Anh", "Bích Ngọc", "Hữu Phước", "Thanh Tâm", "Khánh Linh"],
        "family": ["Trần", "Nguyễn", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng",
                   "Bùi", "Đỗ"],
        "cities": [("Hà Nội", "VN", "Hà Nội"), ("Đà Nẵng", "VN", "Đà Nẵng"),
                   ("Hải Phòng", "VN", "Hải Phòng"), ("Cần Thơ", "VN", "Cần Thơ")],
        "legal": "JSC",
        "notes": ["Thích gặp vào buổi sáng.", "Hỏi nhiều về bảo hành.",
                  "Con trai học ở Đà Nẵng.", "Cần báo giá bằng tiếng Việt."],
    },
    "gr": {
        "given": ["Γιώργος", "Ευαγγελία", "Δημήτρης", "Αικατερίνη", "Νικόλαος", "Σοφία",
                  "Παναγιώτης", "Ελένη", "Κωνσταντίνος", "Χριστίνα", "Σπύρος", "Αθηνά"],
        "family": ["Αντωνίου", "Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Καραγιάννης",
                   "Βασιλείου", "Μαυρίδης", "Ζαχαρίου", "Λαμπράκη", "Σταματόπουλος"],
        "cities": [("Πειραιάς", "GR", "Αττική"), ("Θεσσαλονίκη", "GR", "Κεντρική Μακεδονία"),
                   ("Πάτρα", "GR", "Δυτική Ελλάδα"), ("Ηράκλειο", "GR", "Κρήτη")],
        "legal": "Α.Ε.",
        "notes": ["Προτιμά τηλεφωνήματα μετά τις 11.", "Ρωτά πάντα για τις εγγυήσεις.",
                  "Η κόρη της σπουδάζει στην Αθήνα.", "Θέλει σύντομες προσφορές."],
    },
    "de": {
        "given": ["Jürgen", "Anneliese", "Björn", "Käthe", "Wolfgang", "Hannelore", "Günther",
                  "Sabine", "Matthias", "Ursula", "Detlef", "Franziska"],
        "family": ["Weiß", "Schäfer", "Müller", "Groß", "Köhler", "Brückner", "Hoffmann",
                   "Lößner", "Zimmermann", "Krüger", "Voß"],
        "cities": [("Duisburg", "DE", "Nordrhein-Westfalen"), ("Leipzig", "DE", "Sachsen"),
                   ("Bremen", "DE", "Bremen"), ("Nürnberg", "DE", "Bayern")],
        "legal": "GmbH",
        "notes": ["Termine nur dienstags.", "Will jede Zahl schriftlich.",
                  "Segelt am Wochenende auf der Weser.", "Mag keine Überraschungen im Angebot."],
    },
    "cz": {
        "given": ["Kateřina", "Jiří", "Zdeňka", "Přemysl", "Radka", "Bořivoj", "Jitka",
                  "Vojtěch", "Šárka", "Ondřej"],
        "family": ["Dvořáková", "Černý", "Procházková", "Kučera", "Horáková", "Novotný",
                   "Růžičková", "Štěpánek", "Šimková"],
        "cities": [("Brno", "CZ", "Jihomoravský kraj"), ("Ostrava", "CZ", "Moravskoslezský kraj")],
        "legal": "s.r.o.",
        "notes": ["Chce nabídku vždy v češtině.", "Rád mluví o hokeji."],
    },
    "rs": {
        "given": ["Ђорђе", "Драгана", "Милош", "Јелена", "Небојша", "Снежана", "Đorđe",
                  "Dragana", "Miloš"],
        "family": ["Марковић", "Јовановић", "Петровић", "Николић", "Marković", "Đukić",
                   "Stojanović"],
        "cities": [("Београд", "RS", "Београд"), ("Novi Sad", "RS", "Vojvodina")],
        "legal": "d.o.o.",
        "notes": ["Воли кратке састанке.", "Pita za rokove isporuke."],
    },
}

COMPANY_STEMS = [
    "Baltic", "Mindanao", "Ruhr", "Mekong", "Aegean", "Ural", "Vistula", "Danube", "Visayas",
    "Nordlys", "Sava", "Carpathian", "Pomeranian", "Hellenic", "Saigon", "Luzon", "Volga",
    "Elbe", "Moravian", "Adriatic", "Silesian", "Tatra", "Olympus", "Red River", "Taal",
    "Weser", "Kama", "Thessaly", "Mazurian", "Bohemian",
]
COMPANY_TRADES = [
    ("Freight", "Port logistics and freight forwarding"), ("Foods", "Food processing"),
    ("Kabelwerk", "Cables and wiring"), ("Power", "Energy distribution"),
    ("Shipping", "Shipping and ship management"), ("Steel", "Steel and metalworking"),
    ("Pharma", "Pharmaceutical wholesale"), ("Retail", "Grocery retail chain"),
    ("Logistics", "Contract logistics"), ("Textiles", "Textile manufacturing"),
    ("Agro", "Agricultural machinery"), ("Telecom", "Telecommunications"),
    ("Hospitals", "Private hospitals"), ("Glassworks", "Glass and packaging"),
    ("Timber", "Timber and furniture"), ("Brewery", "Breweries and beverages"),
]

POSITIONS = [
    ("Chief Executive Officer", "Management"), ("Chief Financial Officer", "Finance"),
    ("Head of Purchasing", "Purchasing"), ("Purchasing Specialist", "Purchasing"),
    ("HR Director", "Human Resources"), ("Plant Manager", "Operations"),
    ("Maintenance Engineer", "Operations"), ("IT Manager", "IT"), ("Controller", "Finance"),
    ("Logistics Coordinator", "Logistics"), ("Quality Manager", "Quality"),
    ("Executive Assistant", "Management"), ("Project Engineer", "Engineering"),
    ("Safety Officer", "Operations"), ("Category Manager", "Purchasing"),
]

HOBBIES = [
    "sailing", "chess", "marathon running", "jazz records", "mountain hiking", "basketball",
    "orchids", "fly fishing", "amateur astronomy", "vintage cars", "choir singing",
    "cooking Vietnamese food", "cycling", "photography", "tango", "bonsai",
]

VALUES = [
    "reliability", "punctuality", "family first", "clear numbers", "loyalty", "innovation",
    "safety of the crew", "fair prices", "long-term partnership", "quality over speed",
]

NOTE_SENTENCES = [
    "Prefers a short agenda sent the day before.", "Asked for references from the port sector.",
    "Very sensitive to delivery dates after last year's delay.",
    "Champion of the automation project inside the board.",
    "Compares our offer with two competitors every year.",
    "Wants the financial result of cooperation in figures.",
    "Met at the Poznań fair; follow up in spring.", "Do not call on Fridays.",
]

SUMMARIES = [
    "Call about the spare-parts SLA", "Quarterly review of the framework contract",
    "Visit to the plant, walk through the new line", "E-mail with the revised price list",
    "Objection: price 8 % above the competitor", "Feedback on the last delivery",
    "Cold call, reached the assistant", "Letter with the reference list",
    "Lunch after the exhibition", "Звонок по поводу продления договора",
    "Cuộc gọi về tiến độ giao hàng", "Τηλεφώνημα για την προσφορά", "Tawag tungkol sa iskedyul",
    "Rozmowa o drugim etapie projektu", "Besuch im Werk, Abnahme der Anlage",
]

DETAIL_SENTENCES = [
    "They want the second phase to start before the summer shutdown.",
    "The CFO asked for the payback calculation again, with the energy savings separate.",
    "Delivery of the last batch was two days late; they noticed but were calm about it.",
    "Next step: send the draft schedule and agree a call for the week after.",
    "Они просят скидку за объём и гарантию на три года.",
    "Khách hàng muốn thêm đào tạo cho đội bảo trì.",
    "Ζήτησαν επίσκεψη στο εργοστάσιο πριν από την απόφαση.",
    "Gusto nilang makita ang resulta ng pilot bago pumirma.",
    "Sie erwarten ein Angebot mit drei Varianten bis Monatsende.",
    "Trzeba przygotować porównanie kosztów eksploatacji.",
]

PROPOSAL_TOPICS = [
    "Automated yard, phase 2", "Spare-parts SLA renewal", "Operator training programme",
    "Cold-chain monitoring", "Energy audit and retrofit", "Framework contract 2027",
    "Maintenance outsourcing", "Warehouse management system", "Fleet telematics",
]

RELATIONS = ["spouse", "son", "daughter", "partner", "mother", "father"]
