"""The key that matches a company written with or without its legal form."""

from __future__ import annotations

import pytest

from kamdesk.domain.company_names import company_key


@pytest.mark.parametrize(("name", "key"), [
    ("ООО «ТрансУрал Логистика»", "трансурал логистика"),
    ("ТрансУрал Логистика", "трансурал логистика"),
    ("Bałtyk Spedycja Sp. z o.o.", "baltyk spedycja"),
    ("BAŁTYK  SPEDYCJA", "baltyk spedycja"),
    ("Công ty TNHH Thực phẩm Mekong", "thuc pham mekong"),
    ("Công ty Cổ phần Sông Hồng", "song hong"),
    ("Αιγαίο Ναυτιλιακή Α.Ε.", "αιγαιο ναυτιλιακη"),
    ("Vltava Pharma a.s.", "vltava pharma"),
    ("Ruhr Kabelwerk GmbH & Co. KG", "ruhr kabelwerk"),
    ("Mindanao Foods Corporation", "mindanao foods"),
    ("Kansai Precision K.K.", "kansai precision"),
])
def test_the_legal_form_quotes_and_dots_are_left_out(name, key):
    assert company_key(name) == key


@pytest.mark.parametrize(("name", "key"), [
    ("Company", "company"),  # a name that is only a legal form keeps it
    ("Prairie Grain Co-operative", "prairie grain co operative"),  # "co" inside stays
    ("Ltd Ventures Holding", "ventures holding"),
    ("The Coca-Cola Company", "the coca cola"),
])
def test_only_a_legal_form_at_either_end_goes(name, key):
    assert company_key(name) == key
