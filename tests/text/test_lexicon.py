"""The word lists: one loader for every format, one table of countries."""

from report.text import fold_text, lexicon, load


def test_word_lists_are_data_files():
    lex = lexicon()
    assert lex.abbreviations["Dr."] == "prefix"
    assert lex.abbreviations["Inc."] == "any"
    assert "The" in lex.sentence_starters
    assert lex.metadata_keys["sitename"] == "outlet"


def test_one_loader_reads_lines_sections_rows_and_toml():
    assert "The" in load("sentence_starters.txt")
    assert set(load("summary_words.txt")) >= {"stop", "attribution"}
    assert all(len(row) >= 2 for row in load("titles.tsv"))
    assert "EUR" in load("currencies.toml")


def test_one_country_table_serves_actors_and_titles():
    lex = lexicon()
    assert lex.country_of["greek"] == "Greece" and "athens" in lex.places
    assert lex.country_words["hellenic"] == "greece"  # a title's adjective
    assert lex.country_words["greeks"] == "greece"  # a demonym the title list lacked
    assert lex.country_words[fold_text("European Union")] == "european union"
    assert "european union" not in lex.country_of  # a union is no country actor
    assert len(lex.countries) == 197
