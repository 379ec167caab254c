"""Folding: one form for names, one for running text."""

from report.text import fold_name, fold_text, name_key


def test_names_fold_letters_nfkd_leaves_whole():
    assert fold_name("Søren Kjærgård") == "soren kjaergard"
    assert fold_name("ÆBLE") == fold_text("ÆBLE") == "aeble"


def test_text_folds_typography_and_spaces():
    assert fold_text("“Turning  point” — a\u00a0deal’s") == "\"turning point\" - a deal's"


def test_transliteration_variants_share_a_key():
    assert len({name_key(n) for n in ("Petrovsky", "Petrovskyj", "Petrovskiy", "Petrovskyy")}) == 1
