"""A full name typed in one field is split into given and family name."""

from __future__ import annotations

import pytest

from kamdesk.domain.names import NameParts, split_full_name


@pytest.mark.parametrize(("full", "given", "family"), [
    ("Małgorzata Łęcka", "Małgorzata", "Łęcka"),
    ("Anna Kowalska-Nowak", "Anna", "Kowalska-Nowak"),
    ("Jan Maria Rokita", "Jan Maria", "Rokita"),
    ("Nguyễn Văn An", "Văn An", "Nguyễn"),
    ("Trần Thị Hồng Nhung", "Thị Hồng Nhung", "Trần"),
    ("Nguyen Van An", "Van An", "Nguyen"),  # typed without diacritics
    ("Juan dela Cruz", "Juan", "dela Cruz"),
    ("Ma. Teresa de los Santos", "Ma. Teresa", "de los Santos"),
    ("Ludwig van der Berg", "Ludwig", "van der Berg"),
    ("Karl-Heinz von Stetten", "Karl-Heinz", "von Stetten"),
    ("Андрей Викторович Сабуров", "Андрей Викторович", "Сабуров"),
    ("Сабуров Андрей Викторович", "Андрей Викторович", "Сабуров"),
    ("Ирина Сабурова", "Ирина", "Сабурова"),
    ("Σταύρος Καλογεράκης", "Σταύρος", "Καλογεράκης"),
    ("  Uwe   Dreßler ", "Uwe", "Dreßler"),
    ("Madonna", "Madonna", ""),
    ("", "", ""),
])
def test_names_split_sensibly(full, given, family):
    assert split_full_name(full) == NameParts(given, family)


def test_the_order_can_be_forced():
    assert split_full_name("Nagy Ilona", family_name_first=True) == NameParts("Ilona", "Nagy")
    assert split_full_name("Le Minh", family_name_first=False) == NameParts("Le", "Minh")


def test_a_western_name_that_starts_like_a_vietnamese_one_is_left_alone():
    assert split_full_name("Lam Jones") == NameParts("Lam", "Jones")
