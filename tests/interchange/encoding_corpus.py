"""Fictional contact files in the legacy encodings of many scripts: the text of each, and
the bytes in `fixtures/encodings/`, written by `python -m tests.interchange.encoding_corpus`.

Every file holds what a real export of that region holds: a few people of one or two
client companies, names, positions and e-mail addresses; no BOM, no declaration.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent / "fixtures" / "encodings"

# encoding -> (header, rows of family name, given name, company, position, e-mail)
PEOPLE: dict[str, tuple[str, list[tuple[str, str, str, str, str]]]] = {
    "shift_jis": ("姓,名,会社,役職,電子メール", [
        ("佐藤", "美咲", "株式会社ミナト物流", "購買部長", "misaki.sato@minato.example"),
        ("高橋", "健太", "北斗精機株式会社", "技術課長", "kenta.takahashi@hokuto.example"),
        ("渡辺", "さくら", "株式会社ミナト物流", "経理担当", "sakura.watanabe@minato.example"),
    ]),
    "euc_jp": ("姓,名,会社,役職,電子メール", [
        ("小林", "大輔", "東雲化学工業株式会社", "資材部次長", "daisuke@shinonome.example"),
        ("山本", "陽菜", "東雲化学工業株式会社", "品質保証課長", "hina@shinonome.example"),
        ("中村", "翔太", "北斗精機株式会社", "営業部", "shota@hokuto.example"),
    ]),
    "cp949": ("성,이름,회사,직책,이메일", [
        ("김", "민준", "한빛물산 주식회사", "구매팀장", "minjun.kim@hanbit.example"),
        ("이", "서연", "한빛물산 주식회사", "재무담당 이사", "seoyeon.lee@hanbit.example"),
        ("박", "지호", "대한정밀 주식회사", "기술이사", "jiho.park@daehan.example"),
    ]),
    "gb18030": ("姓,名,公司,职位,电子邮件", [
        ("王", "秀英", "华东重工有限公司", "采购经理", "xiuying.wang@huadong.example"),
        ("李", "建国", "华东重工有限公司", "财务总监", "jianguo.li@huadong.example"),
        ("张", "伟", "长江物流集团", "技术主管", "wei.zhang@changjiang.example"),
    ]),
    "big5": ("姓,名,公司,職位,電子郵件", [
        ("陳", "志明", "台灣精密工業股份有限公司", "採購經理", "zhiming@twprecision.example"),
        ("林", "淑芬", "台灣精密工業股份有限公司", "財務長", "shufen@twprecision.example"),
        ("黃", "家豪", "高雄港務物流", "技術總監", "jiahao@kaohsiung.example"),
    ]),
    "cp1251": ("Фамилия,Имя,Организация,Должность,Эл. почта", [
        ("Петрова", "Ирина", "ООО «ТрансУрал Логистика»", "Начальник отдела закупок",
         "irina.petrova@transural.example"),
        ("Смирнов", "Алексей", "ООО «ТрансУрал Логистика»", "Главный инженер",
         "aleksey.smirnov@transural.example"),
    ]),
    "koi8_r": ("Фамилия,Имя,Организация,Должность,Эл. почта", [
        ("Кузнецова", "Ольга", "АО Северсталь-Сервис", "Финансовый директор",
         "olga@severs.example"),
        ("Волков", "Дмитрий", "АО Северсталь-Сервис", "Руководитель проекта",
         "dmitry@severs.example"),
    ]),
    "cp1253": ("Επώνυμο,Όνομα,Εταιρεία,Θέση,Email", [
        ("Παπαδοπούλου", "Ελένη", "Αιγαίο Ναυτιλιακή Α.Ε.", "Διευθύντρια Προμηθειών",
         "eleni@aigaio.example"),
        ("Γεωργίου", "Νίκος", "Αιγαίο Ναυτιλιακή Α.Ε.", "Οικονομικός Διευθυντής",
         "nikos@aigaio.example"),
    ]),
    "cp1250": ("Nazwisko,Imię,Firma,Stanowisko,E-mail", [
        ("Wróblewska", "Katarzyna", "Bałtyk Spedycja Sp. z o.o.", "Kierownik zakupów",
         "kasia@baltyk.example"),
        ("Złotowski", "Bogusław", "Bałtyk Spedycja Sp. z o.o.", "Główny księgowy",
         "boguslaw@baltyk.example"),
        ("Šťastný", "Jiří", "Říčany Stroj s.r.o.", "Technický ředitel", "jiri@ricany.example"),
    ]),
    "latin_1": ("Nachname,Vorname,Firma,Position,E-Mail", [
        ("Müller", "Jürgen", "Ruhr Kabelwerk GmbH", "Einkaufsleiter", "juergen@ruhr.example"),
        ("Ibáñez", "Ana", "Ibérica Logística S.A.", "Directora financiera",
         "ana@iberica.example"),
        ("Gonçalves", "João", "Lusitânia Têxteis Lda.", "Gerente técnico",
         "joao@lusitania.example"),
    ]),
}


def csv_text(encoding: str) -> str:
    header, rows = PEOPLE[encoding]
    return "\r\n".join([header, *(",".join(row) for row in rows)]) + "\r\n"


def vcard_text(encoding: str) -> str:
    """vCard 3.0 as an older phone or mail program writes it: no CHARSET anywhere."""
    cards = []
    for family, given, company, position, email in PEOPLE[encoding][1]:
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\n"
            f"ORG:{company}\r\nTITLE:{position}\r\nEMAIL;TYPE=WORK:{email}\r\nEND:VCARD\r\n"
        )
    return "".join(cards)


def names_csv_text(encoding: str) -> str:
    """A phone list: one name column and the e-mail, the names in the local order."""
    rows = [f"{family} {given},{email}" for family, given, *_, email in PEOPLE[encoding][1]]
    return "\r\n".join(["Name,E-mail", *rows]) + "\r\n"


def cards_text(encoding: str) -> str:
    """Cards with only a formatted name and an e-mail: little text to judge the encoding."""
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{given} {family}\r\nEMAIL:{email}\r\n"
                   f"END:VCARD\r\n" for family, given, *_, email in PEOPLE[encoding][1])


def one_card_text(encoding: str) -> str:
    """One vCard 2.1 of the first person, as a single contact sent by mail."""
    family, given, company, position, _ = PEOPLE[encoding][1][0]
    return (f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:{given} {family}\r\nORG:{company}\r\n"
            f"TITLE:{position}\r\nEND:VCARD\r\n")


# file name suffix -> the text it holds
SHAPES = {".csv": csv_text, ".vcf": vcard_text, "_names.csv": names_csv_text,
          "_cards.vcf": cards_text, "_one.vcf": one_card_text}


def full_names(encoding: str) -> set[str]:
    return {f"{given} {family}" for family, given, *_ in PEOPLE[encoding][1]}


def write_corpus(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for encoding in PEOPLE:
        for suffix, text in SHAPES.items():
            (folder / f"{encoding}{suffix}").write_bytes(text(encoding).encode(encoding))


if __name__ == "__main__":
    write_corpus()
