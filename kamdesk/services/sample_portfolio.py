"""The fictional portfolio `kamdesk sample-data` loads: plain tables, no database code.

We play "Nordhaven Intralogistics", a supplier of warehouse and port automation and service.
Every company and person here is invented. Days are offsets from the day the sample is
loaded, so birthdays, meetings and follow-ups always sit where a demo needs them.

Birthdays: "1974-03-14", "--03-14" (year unknown), "" (unknown), or "+4" / "+4@1974": the
birthday falls 4 days after the load day (year unknown / born in 1974).
"""

from __future__ import annotations

from kamdesk.domain.enums import DmuRole, DmuType, Stance

# fmt: off

ROLES = {
    "DM": DmuRole.DECISION_MAKER, "EB": DmuRole.ECONOMIC_BUYER,
    "TE": DmuRole.TECHNICAL_EVALUATOR, "HR": DmuRole.HR, "US": DmuRole.USER,
    "GK": DmuRole.GATEKEEPER, "CH": DmuRole.CHAMPION, "IN": DmuRole.INFLUENCER,
}
TYPES = {
    "top": DmuType.TOP_MANAGER, "hr": DmuType.HR, "fin": DmuType.FINANCIER,
    "tech": DmuType.TECHNICAL, "oth": DmuType.OTHER,
}
STANCES = {
    "sup": Stance.SUPPORTER, "fav": Stance.FAVOURABLE, "neu": Stance.NEUTRAL,
    "sce": Stance.SCEPTIC, "opp": Stance.OPPONENT,
}

# Email styles: "g.f" given.family, "g1.f" initial.family, "vn" Vietnamese (nhungtth).
# Phones: "#" becomes a digit. UTC offset (standard time) turns local meeting hours into UTC.
# revenue: last year's sales in kEUR (None for prospects); growth: this year against last;
# "mono" marks the account whose project billing makes it ~72 % of this year's sales.
ACCOUNTS: tuple[dict, ...] = (
    dict(key="bf", name="Baltic Freight Sp. z o.o.", tier="key",
         industry="Port logistics and freight forwarding", region="Pomorskie",
         city="Gdańsk", country="PL", lead_source="exhibition", domain="balticfreight.pl",
         email="g.f", office="+48 58 3## ## ##", mobile="+48 6## ### ###", utc=1,
         revenue=1900, growth=1.0, mono=True,
         address="Baltic Freight HQ, ul. Nabrzeże Wiślane 14, Gdańsk",
         divisions=("Gdańsk container terminal", "Gdynia bonded warehouse",
                    "Poznań inland depot"),
         topics=("the automated container yard, phase 1", "reach-stacker interface",
                 "phase-2 scope", "the spare-parts SLA", "operator training for the yard"),
         notes="Flagship client. Phase 1 of the automated container yard is billed this "
               "year, which makes Baltic Freight about 72 % of our sales: close to "
               "mono-dependence. Grow the other accounts."),
    dict(key="mf", name="Mindanao Foods Corporation", tier="key",
         industry="Food processing and cold chain", region="Davao Region",
         city="Davao City", country="PH", lead_source="recommendation",
         domain="mindanaofoods.com.ph", email="g.f", office="(082) 2##-####",
         mobile="0917 ### ####", utc=8, revenue=700, growth=1.1,
         address="Mindanao Foods Plant 2, Km 12 Panacan, Davao City",
         divisions=("Davao processing plant", "General Santos cold store",
                    "Cagayan de Oro distribution"),
         topics=("the freezer-aisle pallet shuttle", "carrier faults at −25 °C",
                 "the Plant 2 expansion", "energy use of the cold store"),
         notes="Family-owned; decisions go through the President. Proud of HACCP record."),
    dict(key="tu", name="ООО «ТрансУрал Логистика»", tier="key",
         industry="Rail and road third-party logistics", region="Sverdlovsk Oblast",
         city="Yekaterinburg", country="RU", lead_source="cold_call", domain="transural.ru",
         email="g1.f", office="+7 (343) 3##-##-##", mobile="8 912 ###-##-##", utc=5,
         revenue=520, growth=0.9,
         address="ТрансУрал, Berezovsky hub, Yekaterinburg",
         divisions=("Berezovsky cross-dock hub", "Chelyabinsk rail terminal",
                    "Tyumen regional warehouse"),
         topics=("the WMS integration", "rail-yard scanning", "the Berezovsky pilot",
                 "payment terms"),
         notes="Pays reliably but negotiates hard on terms. Invoices in EUR by contract."),
    dict(key="sh", name="Công ty Cổ phần Sông Hồng Logistics", tier="key",
         industry="Contract logistics and cross-docking", region="Red River Delta",
         city="Hà Nội", country="VN", lead_source="exhibition", domain="songhonglogistics.vn",
         email="vn", office="024 38## ####", mobile="09## ### ###", utc=7, revenue=380,
         growth=1.3, name_order="eastern",
         address="Sông Hồng Logistics, Bắc Ninh hub, Từ Sơn",
         divisions=("Bắc Ninh hub", "Hải Phòng port warehouse", "Đà Nẵng branch"),
         topics=("the cross-dock sorter", "the Bắc Ninh hub layout", "HMI translation",
                 "growth of e-commerce volumes"),
         notes="Fast-growing; serves electronics plants around Bắc Ninh. Likes site visits."),
    dict(key="rk", name="Ruhr Kabelwerk GmbH", tier="key",
         industry="Cable manufacturing", region="Nordrhein-Westfalen", city="Essen",
         country="DE", lead_source="letter", domain="ruhr-kabelwerk.de", email="g1.f",
         office="+49 201 8##-####", mobile="0151 ########", utc=1, revenue=600,
         growth=1.05,
         address="Ruhr Kabelwerk, Werk Essen-Altenessen, Besprechungsraum 3",
         divisions=("Essen cable plant", "Bochum drum yard", "Dortmund distribution"),
         topics=("cable-drum storage", "the drum clamp", "the works council's concerns",
                 "ROI of the drum AS/RS"),
         notes="No champion yet: the Werkleiter is favourable but cautious. Works council "
               "must be won over."),
    dict(key="ae", name="Αιγαίο Ναυτιλιακή Α.Ε.", tier="image",
         industry="Container terminal operator", region="Attica", city="Piraeus",
         country="GR", lead_source="tender", domain="aigaio-naftiliaki.gr", email="g.f",
         office="210 4## ####", mobile="69# ### ####", utc=2, revenue=650, growth=1.0,
         address="Αιγαίο Ναυτιλιακή, Pier IV administration building, Piraeus",
         topics=("automated gate lanes", "yard-crane remote control",
                 "the Pier IV tender", "the maintenance window"),
         notes="Largest terminal operator in the region: a reference here opens the "
               "Mediterranean. Buys only through public tenders."),
    dict(key="vp", name="Vltava Pharma a.s.", tier="image",
         industry="Pharmaceutical manufacturing", region="Praha", city="Praha",
         country="CZ", lead_source="recommendation", domain="vltavapharma.cz", email="g.f",
         office="+420 22# ### ###", mobile="602 ### ###", utc=1, revenue=1200, growth=1.1,
         address="Vltava Pharma, distribution centre Praha-Zličín",
         topics=("the GDP-compliant AS/RS", "temperature mapping", "audit-trail export",
                 "validation documents"),
         notes="Name everyone in Czech pharma knows. QA signs off on everything."),
    dict(key="sp", name="Sava Power d.o.o.", tier="regular",
         industry="Power equipment service", region="Beograd", city="Beograd",
         country="RS", lead_source="cold_call", domain="savapower.rs", email="g.f",
         office="011 3## ####", mobile="+381 6# ### ####", utc=1, revenue=1100, growth=0.8,
         topics=("the spare-parts warehouse", "shelving retrofit", "price list"),
         notes="No economic buyer identified; the director signs everything himself."),
    dict(key="cb", name="Cebu Island Beverages Inc.", tier="regular",
         industry="Beverages bottling and distribution", region="Central Visayas",
         city="Cebu City", country="PH", lead_source="inbound", domain="cebubeverages.ph",
         email="g.f", office="(032) 2##-####", mobile="0918 ### ####", utc=8, revenue=950,
         growth=1.0,
         topics=("pallet racking in Mandaue", "conveyor spare parts", "the typhoon season"),
         notes=""),
    dict(key="da", name="ТОО «Дала Астық Терминал»", tier="regular",
         industry="Grain storage and handling", region="Akmola Region", city="Astana",
         country="KZ", lead_source="exhibition", domain="dala-astyk.kz", email="g.f",
         office="+7 7172 ##-##-##", mobile="8 701 ### ## ##", utc=5, revenue=1000,
         growth=0.95,
         topics=("bagged-grain palletising", "silo monitoring", "the harvest peak"),
         notes="Seasonal business: never call during the harvest peak (August–September)."),
    dict(key="ma", name="Moravia Auto Díly s.r.o.", tier="prospect",
         industry="Automotive parts distribution", region="Jihomoravský kraj", city="Brno",
         country="CZ", lead_source="exhibition", domain="moravia-autodily.cz", email="g.f",
         office="+420 54# ### ###", mobile="77# ### ###", utc=1, revenue=None,
         topics=("small-parts picking", "goods-to-person stations"),
         address="Moravia Auto Díly, Brno-Slatina",
         notes="Met at a trade fair stand. Current supplier is a local racking firm."),
    dict(key="mk", name="Công ty TNHH Thực phẩm Mê Kông", tier="prospect",
         industry="Seafood processing", region="Mekong Delta", city="Cần Thơ", country="VN",
         lead_source="recommendation", domain="mekongfood.vn", email="vn",
         office="0292 3## ####", mobile="09## ### ###", utc=7, revenue=None,
         name_order="eastern",
         topics=("the cold-store automation", "the Plant 2 tender"),
         notes="Recommended by Trần Thị Hồng Nhung (Sông Hồng Logistics)."),
)

# (key, given name, family name, position, department, reports to, role, type, stance,
#  influence, birthday). The first person of each account is at the top of its org chart.
PEOPLE: dict[str, tuple[tuple, ...]] = {
    "bf": (
        ("ceo", "Bogusław", "Żmudziński", "President of the Management Board (CEO)",
         "Management Board", None, "DM", "top", "fav", 5, "1963-06-11"),
        ("cfo", "Małgorzata", "Łęcka", "Chief Financial Officer", "Finance",
         "ceo", "EB", "fin", "neu", 5, "+4@1974"),
        ("coo", "Przemysław", "Gąsiorowski", "Operations Director", "Operations",
         "ceo", "CH", "top", "sup", 4, "--09-23"),
        ("eng", "Jędrzej", "Ściborek", "Head of Engineering and Automation", "Engineering",
         "coo", "TE", "tech", "sup", 4, "1981-02-14"),
        ("it", "Agnieszka", "Wróbel-Nowicka", "IT Director", "IT",
         "coo", "TE", "tech", "neu", 3, "1985-11-30"),
        ("hr", "Dorota", "Żak", "HR Director", "Human Resources",
         "ceo", "HR", "hr", "fav", 3, "--04-08"),
        ("pur", "Łukasz", "Miękina", "Procurement Manager", "Procurement",
         "cfo", "IN", "fin", "sce", 3, "1988-07-19"),
        ("asst", "Katarzyna", "Śliwińska", "Assistant to the Management Board",
         "Management Board", "ceo", "GK", "oth", "fav", 2, "--12-05"),
        ("shift", "Wojciech", "Kąkol", "Terminal Shift Manager", "Operations",
         "coo", "US", "tech", "neu", 2, ""),
        ("bhp", "Henryk", "Źrebiec", "Health and Safety Officer", "Operations",
         "coo", "US", "oth", "sce", 1, "1970-03-03"),
    ),
    "mf": (
        ("ceo", "Ramon", "Ybañez", "President and CEO", "Office of the President",
         None, "DM", "top", "sup", 5, "1958-10-02"),
        ("cfo", "Ma. Teresa", "Sarmiento-Uy", "Chief Financial Officer", "Finance",
         "ceo", "EB", "fin", "neu", 5, "--03-27"),
        ("ops", "Rodelio", "Magbanua", "Vice President, Operations", "Operations",
         "ceo", "CH", "top", "sup", 4, "+9@1972"),
        ("plant", "Jocelyn", "Manalastas", "Plant Manager, Davao", "Operations",
         "ops", "US", "tech", "fav", 3, "1983-05-15"),
        ("eng", "Arnel", "Sumalpong", "Engineering Manager (Refrigeration)", "Engineering",
         "ops", "TE", "tech", "sce", 4, "1980-02-29"),
        ("hr", "Liza", "Macaraeg", "HR and Admin Manager", "Human Resources",
         "ceo", "HR", "hr", "fav", 2, "--08-16"),
        ("pur", "Reynaldo", "Catapang", "Purchasing Head", "Purchasing",
         "cfo", "IN", "fin", "opp", 3, "1976-12-09"),
        ("sec", "Ma. Lourdes", "Dalisay", "Executive Secretary", "Office of the President",
         "ceo", "GK", "oth", "sup", 2, "--01-21"),
        ("qa", "Kristine Joy", "Abellanosa", "QA and Food Safety Lead", "Quality",
         "plant", "US", "tech", "neu", 2, ""),
    ),
    "tu": (
        ("ceo", "Андрей", "Сабуров", "Chief Executive Officer", "Management",
         None, "DM", "top", "neu", 5, "1969-08-29"),
        ("cfo", "Ольга", "Кречетова", "Finance Director", "Finance",
         "ceo", "EB", "fin", "sce", 4, "--11-02"),
        ("ops", "Дмитрий", "Зябликов", "Operations Director", "Operations",
         "ceo", "CH", "top", "sup", 4, "1978-04-21"),
        ("it", "Игорь", "Пастухов", "Head of IT", "IT",
         "ops", "TE", "tech", "neu", 3, "+13"),
        ("wh", "Наталья", "Ворожейкина", "Warehouse Manager, Berezovsky hub", "Operations",
         "ops", "US", "tech", "fav", 2, "1987-06-06"),
        ("sec", "Светлана", "Юдина", "Office Manager", "Management",
         "ceo", "GK", "oth", "neu", 2, "--03-08"),
        ("sb", "Виктор", "Тихомиров", "Head of Security", "Security",
         "ceo", "IN", "oth", "opp", 3, ""),
        ("hr", "Елена", "Шумилова", "HR Director", "Human Resources",
         "ceo", "HR", "hr", "neu", 2, "1975-01-17"),
    ),
    "sh": (
        ("ceo", "Văn Đức", "Nguyễn", "General Director", "Board of Directors",
         None, "DM", "top", "fav", 5, "1966-09-05"),
        ("dep", "Thị Hồng Nhung", "Trần", "Deputy General Director", "Board of Directors",
         "ceo", "CH", "top", "sup", 4, "1978-07-07"),
        ("cfo", "Minh Khôi", "Lê", "Chief Accountant", "Finance",
         "ceo", "EB", "fin", "neu", 4, "--10-10"),
        ("tech", "Quốc Hưng", "Phạm", "Technical Director", "Engineering",
         "dep", "TE", "tech", "fav", 4, "1980-12-24"),
        ("hr", "Thu Hà", "Đỗ", "HR Manager", "Administration and HR",
         "dep", "HR", "hr", "neu", 2, "--06-19"),
        ("hub", "Đình Tuấn", "Vũ", "Hub Manager, Bắc Ninh", "Operations",
         "dep", "US", "tech", "sup", 3, "1985-03-30"),
        ("pur", "Thị Mai Anh", "Hoàng", "Procurement Officer", "Procurement",
         "cfo", "GK", "fin", "sce", 2, ""),
        ("it", "Thanh Tùng", "Bùi", "IT Manager", "IT",
         "tech", "IN", "tech", "neu", 2, "1990-05-12"),
    ),
    "rk": (
        ("ceo", "Joachim", "Brüggemeier", "Geschäftsführer (Managing Director)", "Management",
         None, "DM", "top", "neu", 5, "1961-11-18"),
        ("cfo", "Sabine", "Großkurth", "Kaufmännische Leiterin (CFO)", "Finance",
         "ceo", "EB", "fin", "sce", 5, "--02-03"),
        ("plant", "Matthias", "Üffing", "Werkleiter (Plant Manager)", "Production",
         "ceo", "TE", "tech", "fav", 4, "1972-05-09"),
        ("log", "Jörg", "Weißenbach", "Head of Logistics", "Logistics",
         "plant", "IN", "tech", "sup", 3, "1977-10-14"),
        ("hr", "Anja", "Kößler", "HR Director", "Human Resources",
         "ceo", "HR", "hr", "neu", 2, "--07-25"),
        ("asst", "Birgit", "Hülsmann", "Executive Assistant", "Management",
         "ceo", "GK", "oth", "neu", 2, ""),
        ("br", "Uwe", "Dreßler", "Works Council Chair", "Works Council",
         "plant", "IN", "oth", "opp", 3, "1966-12-01"),
        ("shift", "Kevin", "Dąbrowski", "Shift Lead, Drum Storage", "Logistics",
         "log", "US", "tech", "fav", 1, "1993-08-08"),
    ),
    "ae": (
        ("ceo", "Σταύρος", "Καλογεράκης", "Chief Executive Officer", "Management",
         None, "DM", "top", "neu", 5, "+12@1960"),
        ("cfo", "Ιφιγένεια", "Σταματοπούλου", "Chief Financial Officer", "Finance",
         "ceo", "EB", "fin", "sce", 4, "--05-21"),
        ("tech", "Παναγιώτης", "Τσιρογιάννης", "Terminal Technical Director", "Engineering",
         "ceo", "TE", "tech", "fav", 4, "1974-09-12"),
        ("ops", "Αγγελική", "Μπουλμέτη", "Terminal Operations Manager", "Operations",
         "ceo", "CH", "tech", "sup", 3, "1982-01-30"),
        ("hr", "Μαρίνα", "Χατζηγεωργίου", "HR Director", "Human Resources",
         "ceo", "HR", "hr", "fav", 2, "--11-11"),
        ("cos", "Λευτέρης", "Ζαφειρίου", "Chief of Staff to the CEO", "Management",
         "ceo", "GK", "oth", "neu", 3, "1986-04-04"),
        ("pur", "Σπύρος", "Αντωνακάκης", "Procurement and Tenders Manager", "Procurement",
         "cfo", "IN", "fin", "opp", 3, ""),
        ("yard", "Θοδωρής", "Καραγκούνης", "Yard Planner", "Operations",
         "ops", "US", "tech", "sup", 1, "1991-07-01"),
    ),
    "vp": (
        ("ceo", "Radovan", "Křížek", "Chairman of the Board and CEO", "Management Board",
         None, "DM", "top", "fav", 5, "1965-03-19"),
        ("cfo", "Jitka", "Řeháková", "Chief Financial Officer", "Finance",
         "ceo", "EB", "fin", "neu", 4, "--09-09"),
        ("qa", "Ondřej", "Šťastný", "Head of Quality (Qualified Person)", "Quality",
         "ceo", "TE", "tech", "sce", 4, "1979-06-23"),
        ("sc", "Kateřina", "Dvořáková-Bártů", "Supply Chain Director", "Supply Chain",
         "ceo", "CH", "top", "sup", 4, "1983-10-29"),
        ("hr", "Zdeňka", "Hrubá", "HR Director", "Human Resources",
         "ceo", "HR", "hr", "neu", 2, ""),
        ("dc", "Tomáš", "Čermák", "Distribution Centre Manager", "Supply Chain",
         "sc", "US", "tech", "fav", 3, "--01-14"),
        ("sec", "Lucie", "Procházková", "Board Secretary", "Management Board",
         "ceo", "GK", "oth", "neu", 2, "1992-02-02"),
    ),
    "sp": (
        ("ceo", "Dragan", "Đorđević", "Managing Director", "Management",
         None, "DM", "top", "neu", 5, "--04-27"),
        ("tech", "Milica", "Živković", "Technical Manager", "Engineering",
         "ceo", "TE", "tech", "fav", 3, "1984-08-13"),
        ("wh", "Nemanja", "Bošnjak", "Spare-Parts Warehouse Lead", "Logistics",
         "tech", "US", "tech", "sup", 2, ""),
        ("pur", "Jelena", "Mićić", "Purchasing Officer", "Purchasing",
         "ceo", "GK", "fin", "sce", 2, "1989-11-05"),
        ("hr", "Snežana", "Radulović", "HR and Legal Officer", "Administration",
         "ceo", "HR", "hr", "neu", 1, ""),
        ("mnt", "Žarko", "Pešić", "Maintenance Supervisor", "Engineering",
         "tech", "CH", "tech", "sup", 2, "1975-06-30"),
    ),
    "cb": (
        ("ceo", "Antonio", "Tabanao", "President", "Management",
         None, "DM", "top", "fav", 5, "1962-07-04"),
        ("fin", "Grace", "Pagaduan", "Finance Manager", "Finance",
         "ceo", "EB", "fin", "neu", 4, "--12-18"),
        ("dist", "Jerome", "Villacorta", "Distribution Manager", "Logistics",
         "ceo", "CH", "tech", "sup", 3, "1986-03-09"),
        ("wh", "Ronalyn", "Abrenica", "Warehouse Supervisor, Mandaue", "Logistics",
         "dist", "US", "tech", "fav", 2, ""),
        ("eng", "Efren", "Cabahug", "Maintenance Engineer", "Engineering",
         "dist", "TE", "tech", "neu", 2, "1981-09-17"),
        ("asst", "Marites", "Yap", "Executive Assistant", "Management",
         "ceo", "GK", "oth", "neu", 1, ""),
    ),
    "da": (
        ("ceo", "Ерлан", "Жақсылықов", "General Director", "Management",
         None, "DM", "top", "neu", 5, "1970-05-25"),
        ("cfo", "Айгерім", "Сәрсенбаева", "Finance Director", "Finance",
         "ceo", "EB", "fin", "sce", 4, "--08-02"),
        ("ops", "Сергей", "Пак", "Operations Director", "Operations",
         "ceo", "US", "tech", "neu", 3, ""),
        ("eng", "Нұрлан", "Оспанов", "Chief Engineer, Elevators and Silos", "Engineering",
         "ops", "TE", "tech", "fav", 3, "1977-11-23"),
        ("hr", "Гүлнара", "Әбдірахманова", "HR Manager", "Human Resources",
         "ceo", "HR", "hr", "neu", 1, ""),
        ("off", "Динара", "Төлеуова", "Office Manager", "Management",
         "ceo", "GK", "oth", "fav", 2, "--03-22"),
    ),
    "ma": (
        ("ceo", "Vlastimil", "Kořínek", "Jednatel (Managing Director)", "Management",
         None, "DM", "top", "sce", 5, ""),
        ("log", "Petra", "Nováková-Jirásková", "Logistics Manager", "Logistics",
         "ceo", "TE", "tech", "neu", 3, "--06-12"),
        ("fin", "Miroslav", "Bednář", "Finance Manager", "Finance",
         "ceo", "EB", "fin", "opp", 4, ""),
        ("rec", "Šárka", "Vondráčková", "Reception and Office", "Management",
         "ceo", "GK", "oth", "neu", 1, ""),
    ),
    "mk": (
        ("ceo", "Văn Phước", "Lý", "Director", "Management",
         None, "DM", "top", "neu", 5, "1968-02-11"),
        ("ops", "Ngọc Diễm", "Châu", "Logistics Manager", "Operations",
         "ceo", "CH", "tech", "fav", 3, "--09-30"),
        ("fin", "Tấn Lợi", "Huỳnh", "Chief Accountant", "Finance",
         "ceo", "EB", "fin", "sce", 4, ""),
        ("cold", "Mỹ Linh", "Dương", "Cold Store Supervisor", "Operations",
         "ops", "US", "tech", "neu", 1, ""),
    ),
}

PERSON_NOTES: dict[str, str] = {
    "bf.ceo": "Sails every weekend from May to September; open to talk on Monday mornings.",
    "bf.cfo": "Wants cash-flow figures per quarter, not totals. Dislikes surprises on invoices.",
    "bf.coo": "Our champion: pushed phase 1 through the board. Keep him briefed first.",
    "bf.pur": "Benchmarks every price against two competitors; bring the breakdown.",
    "mf.ceo": "Founder's son. Decisions after lunch, never by e-mail alone.",
    "mf.eng": "Sceptical since the freezer-aisle faults; show fault statistics openly.",
    "mf.pur": "Prefers the cheaper Asian supplier; argue with total cost over ten years.",
    "tu.ceo": "Address as Андрей Викторович. Short agenda, morning meetings.",
    "tu.sb": "Blocks any remote access to site systems: security argument needed.",
    "sh.dep": "Referred us to Mê Kông Food. Studied in Leipzig, speaks some German.",
    "sh.cfo": "Wants VND equivalents next to EUR figures in every offer.",
    "rk.br": "Worried about jobs: argue with ergonomics and safety, not headcount savings.",
    "rk.cfo": "Approves only with a payback under three years.",
    "ae.ceo": "Keen on status: mention our Rotterdam-size references first.",
    "ae.pur": "Runs the tender process; strictly formal, all questions in writing.",
    "vp.qa": "Every change needs a validation plan; send documents a week before meetings.",
    "sp.ceo": "Signs everything himself; no economic buyer below him.",
    "ma.fin": "'Automation does not pay at our volumes' — bring a small-step offer.",
}

# Family members: (name, relation, birthday), keyed "account.person".
FAMILY: dict[str, tuple[tuple[str, str, str], ...]] = {
    "bf.ceo": (("Ewa Żmudzińska", "spouse", "--05-17"),
               ("Kacper Żmudziński", "son", "1996-09-02")),
    "bf.cfo": (("Tadeusz Łęcki", "spouse", ""), ("Zofia Łęcka", "daughter", "2008-03-15")),
    "bf.coo": (("Jolanta Gąsiorowska", "spouse", "1978-10-06"),),
    "bf.eng": (("Aleksandra Ściborek", "spouse", "--07-12"),
               ("Igor Ściborek", "son", "2016-04-01"), ("Maja Ściborek", "daughter", "2019-12-20")),
    "mf.ceo": (("Corazon Ybañez", "spouse", "--02-14"), ("Miguel Ybañez", "son", "1990-06-24")),
    "mf.ops": (("Analyn Magbanua", "spouse", "1975-11-29"),),
    "mf.eng": (("Cherry Sumalpong", "spouse", ""),),
    "tu.ceo": (("Ирина Сабурова", "spouse", "--12-03"), ("Михаил Сабуров", "son", "1995-02-10")),
    "tu.ops": (("Алиса Зябликова", "daughter", "2012-08-19"),),
    "sh.ceo": (("Lê Thị Thanh Vân", "spouse", "--04-30"),),
    "sh.dep": (("Phạm Minh Quang", "spouse", ""), ("Phạm Bảo Ngọc", "daughter", "+6@2014")),
    "rk.ceo": (("Gudrun Brüggemeier", "spouse", "--08-30"),
               ("Lukas Brüggemeier", "son", "1998-01-05")),
    "ae.ceo": (("Ελένη Καλογεράκη", "spouse", "--10-26"),
               ("Μιχάλης Καλογεράκης", "son", "1992-03-25")),
    "ae.ops": (("Νεφέλη Μπουλμέτη", "daughter", "2017-06-03"),),
    "vp.ceo": (("Hana Křížková", "spouse", "--11-21"),),
    "vp.sc": (("Matyáš Bártů", "son", "2015-09-28"),),
    "sp.ceo": (("Vesna Đorđević", "spouse", ""), ("Luka Đorđević", "son", "2005-05-05")),
    "cb.ceo": (("Lorna Tabanao", "spouse", "--09-14"),),
    "da.ceo": (("Әсел Жақсылықова", "spouse", "--07-06"),
               ("Арман Жақсылықов", "son", "1999-10-19")),
}

HOBBIES: tuple[str, ...] = (
    "road cycling", "chess", "jazz records", "mountain hiking", "photography", "tennis",
    "marathon running", "woodworking", "birdwatching", "history books", "cooking", "fishing",
)
COUNTRY_HOBBIES: dict[str, tuple[str, ...]] = {
    "PL": ("sailing on the Masurian lakes", "mushroom picking"),
    "PH": ("basketball", "karaoke", "scuba diving"),
    "RU": ("ice fishing", "the banya", "ice hockey"),
    "KZ": ("horse riding", "dombra music"),
    "VN": ("badminton", "bonsai", "football"),
    "DE": ("football (season ticket)", "allotment garden"),
    "GR": ("sailing", "rebetiko music"),
    "CZ": ("ice hockey", "weekends at the cottage"),
    "RS": ("water polo", "basketball"),
}
# What people value, by what their DMU type responds to (DOMAIN.md section 2).
VALUES: dict[str, tuple[str, ...]] = {
    "top": ("status and exclusivity", "being first in the industry", "long-term partnership"),
    "hr": ("people and their safety", "references from notable companies", "loyalty"),
    "fin": ("clear numbers and ROI", "no surprises on invoices", "payback under 3 years"),
    "tech": ("detailed specifications", "uptime statistics", "proven technology"),
    "oth": ("punctuality", "courtesy", "straight talk"),
}

OUR_TEAM: dict[str, tuple[str, str, str]] = {
    "kam": ("Ilona Brzezińska", "Key Account Manager",
            "ilona.brzezinska@nordhaven-intralogistics.eu, +48 601 220 314"),
    "arch": ("Rafael Dimaculangan", "Solutions Architect",
             "rafael.dimaculangan@nordhaven-intralogistics.eu, +63 917 555 0142"),
    "pm": ("Henrike Vossberg", "Project Director",
           "henrike.vossberg@nordhaven-intralogistics.eu, +49 151 5550 2287"),
    "fin": ("Petr Hrubeš", "Commercial Controller",
            "petr.hrubes@nordhaven-intralogistics.eu, +420 602 555 917"),
    "svc": ("Phạm Thu Trang", "Service Manager APAC",
            "trang.pham@nordhaven-intralogistics.eu, +84 912 555 308"),
}

OFFERINGS: tuple[str, ...] = (
    "Pallet shuttle AS/RS", "Conveyors and sortation", "WMS software",
    "24/7 service contract", "Operator training",
)

EVENTS: tuple[str, ...] = (
    "the Warehouse Automation Days in Hamburg", "our customer day in Poznań",
    "the regional logistics congress", "a cold-chain conference in Singapore",
)

# Interaction summaries: {p} a person, {t} one of the account's topics, {city}, {event}, {fb}.
SUMMARIES: dict[str, tuple[str, ...]] = {
    "call": ("Call with {p}: {t}", "Call with {p} to follow up on {t}",
             "{p} called about {t}"),
    "meeting": ("Meeting with {p} on {t}", "Working session with {p}: {t}"),
    "email": ("E-mail from {p} with questions on {t}", "Sent {p} a summary on {t}"),
    "letter": ("Letter to {p}: quarterly report on {t}",),
    "visit": ("Site visit in {city} with {p}: {t}",),
    "event": ("Met {p} at {event}",),
    "feedback": ("Feedback from {p}: {fb}",),
    "attempt": ("Cold call to {p}: asked for a short letter on the benefits",
                "Sent {p} a one-page letter on {t}", "Met {p} at our stand at {event}",
                "Called {p} again: five minutes on {t}, promised to read the letter"),
    "objection": ("{p}: \"We already have a supplier for {t}.\"",
                  "{p}: \"Too expensive for our volumes.\"",
                  "{p}: \"No budget before next year.\"",
                  "{p}: \"Send it by e-mail, we will call you.\""),
}
FEEDBACK: tuple[str, ...] = (
    "very satisfied with uptime since the retrofit", "operators want shorter training sessions",
    "service response was fast, spare parts slow", "invoices should show the project code",
    "would like a quarterly review with their board",
)

# (account, title, kEUR, status, sent days ago or None, expires in days from the load day,
#  follow-up steps done, our team)
PROPOSALS: tuple[tuple, ...] = (
    ("bf", "Automated container yard, phase 2", 9400, "draft", None, None, 0,
     ("kam", "pm", "arch", "fin")),
    ("rk", "Cable-drum AS/RS for the Essen plant", 1850, "draft", None, None, 0,
     ("kam", "arch")),
    ("mf", "Cold-store pallet shuttle, Plant 2", 2300, "sent", 0, 60, 0,
     ("kam", "arch", "svc")),
    ("tu", "WMS integration and rail-yard scanning", 640, "sent", 7, 38, 2,
     ("kam", "arch", "fin")),
    ("sh", "Cross-dock sorter for the Bắc Ninh hub", 1250, "sent", 21, 24, 4,
     ("kam", "pm", "svc")),
    ("vp", "GDP-compliant AS/RS with temperature mapping", 3100, "sent", 40, 5, 5,
     ("kam", "pm", "arch", "fin")),
    ("bf", "Automated container yard, phase 1", 16800, "won", 260, -230, 5,
     ("kam", "pm", "arch", "fin")),
    ("sp", "Spare-parts warehouse retrofit", 420, "lost", 120, -90, 5, ("kam", "fin")),
)
PROPOSAL_NOTES: dict[str, str] = {
    "won": "Signed after two rounds; exclusivity on yard software for 3 years was decisive.",
    "lost": "Lost on price to a local integrator; they kept us for service.",
}

# (account, starts in days, local hour, objective, attendees); negative days: past meetings.
MEETINGS: tuple[tuple, ...] = (
    ("bf", 3, 10, "Agree the phase-2 scope and budget for the automated container yard",
     ("ceo", "cfo", "coo", "eng")),
    ("mf", 8, 9, "Walk the freezer aisles; review the carrier fault log",
     ("ops", "eng", "plant")),
    ("rk", 10, 14, "Present the drum-storage concept to the management",
     ("ceo", "cfo", "plant", "br")),
    ("ma", 12, 11, "First personal meeting: understand the inbound parts flow", ("log",)),
    ("bf", -20, 10, "Quarterly business review", ("ceo", "coo", "cfo")),
    ("tu", -45, 11, "Pilot results review at the Berezovsky hub", ("ops", "it", "wh")),
    ("sh", -30, 9, "Sorter site survey at the Bắc Ninh hub", ("dep", "tech", "hub")),
    ("ae", -60, 12, "Tender pre-briefing with the terminal technical team", ("tech", "ops")),
)

# (account, kind, title, opened days ago, resolved days ago or None, person, resolution)
SERVICE_CASES: tuple[tuple, ...] = (
    ("mf", "complaint", "Shuttle carriers stop in the −25 °C freezer aisle", 19, None, "eng",
     ""),
    ("bf", "complaint", "Reach-stacker interface dropped container IDs", 120, 116, "it",
     "Patched the terminal OS interface; the root cause was a timeout after their update."),
    ("rk", "complaint", "Drum clamp scratched cable insulation", 75, 61, "log",
     "Replaced the clamp pads with PU-coated ones at our cost; credited two days."),
    ("sh", "wish", "Vietnamese-language screens on the sorter HMI", 40, None, "hub", ""),
    ("vp", "wish", "Audit-trail export in the format their QA uses", 100, 70, "qa",
     "Added a CSV export matching their SOP; validated together with QA."),
    ("tu", "misunderstanding", "Invoice currency: they expected roubles at a fixed rate", 90,
     86, "cfo", "Walked through the EUR clause of the contract; agreed a payment calendar."),
    ("ae", "misunderstanding", "Maintenance window: they understood 24/7 on-site presence", 9,
     3, "ops", "Clarified on-call versus on-site; offered an on-site week during peak."),
)

# (account, person, status, asked days ago, received days ago, may publish, notes)
LETTERS: tuple[tuple, ...] = (
    ("bf", "ceo", "received", 160, 140, True, "Framed copy in our Gdańsk office."),
    ("mf", "ops", "asked", 12, None, False, "Asked after the Plant 1 go-live."),
    ("rk", "plant", "received", 90, 70, False, "Internal use only, not for the website."),
    ("ae", "ceo", "declined", 45, None, False, "Group policy: no supplier endorsements."),
    ("sh", "dep", "received", 75, 50, True, "Bilingual letter, Vietnamese and English."),
)

# (account, referrer, referred to, referred account or None, days ago, outcome, notes)
REFERRALS: tuple[tuple, ...] = (
    ("sh", "dep", "Công ty TNHH Thực phẩm Mê Kông — Lý Văn Phước", "mk", 60, "meeting",
     "Called ahead for us; the first meeting came within a week."),
    ("bf", "coo", "Warnow Umschlag GmbH, Rostock", None, 150, "client",
     "Signed a service contract in the spring."),
    ("mf", "ceo", "Visayas Poultry Corp., Iloilo", None, 30, "pending", ""),
    ("vp", "sc", "Tatra Generics a.s., Martin", None, 200, "nothing",
     "They built their own warehouse instead."),
)

# (account or None, title, due in days, person or None, done)
TASKS: tuple[tuple, ...] = (
    ("bf", "Send the phase-2 cash-flow model by quarter", -3, "cfo", False),
    ("mf", "Book flights to Davao for the plant visit", -1, None, False),
    ("ae", "Order the Greek translation of the references brochure", -8, None, False),
    ("tu", "Call about the pilot results and the roll-out plan", 1, "ops", False),
    ("rk", "Prepare the payback sheet for the CFO", 2, "cfo", False),
    ("vp", "Ask for the GDP validation requirements", 4, "qa", False),
    ("sh", "Send the HMI translation plan", 5, "hub", False),
    (None, "Update the quarterly revenue figures", 6, None, False),
    ("cb", "Send the conveyor spare-parts price list", -10, "dist", True),
)

# (account, title, tender in days or None, preparation starts in days or None, started, notes).
# With only the preparation start given, the tender falls the usual nine months after it.
TENDERS: tuple[tuple, ...] = (
    ("ae", "Automated gate lanes and yard-crane control, Pier IV", 150, None, True,
     "Public tender. Pre-qualification documents are due a month before the tender."),
    ("mk", "Cold-store automation for Plant 2", None, 21, False,
     "Announced at the seafood association; start shaping their needs early."),
)
TENDER_TASK = "Submit the pre-qualification documents"
# fmt: on
