"""Actors: people recognised from context, merged across spellings, never merged when different."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from report.corpus import Corpus, read_source
from report.extract.names import _spelled_out, find_actors, newsroom_left_out
from report.extract.views import find_views
from report.text import fold_name as fold

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
FIXTURES = sorted(path.stem for path in ARTICLES.glob("*.txt"))
ROBUST = Path(__file__).parent.parent / "fixtures" / "robust_people"
ROBUST_CASES = sorted(path.name for path in ROBUST.iterdir() if (path / "expected.yaml").exists())


def corpus_of(*texts: str, folder: Path) -> Corpus:
    """Return a corpus of one source per text, written to files in `folder`."""
    sources = []
    for number, text in enumerate(texts, 1):
        path = folder / f"{number:03d}.txt"
        path.write_text(text, encoding="utf-8")
        sources.append(read_source(path, f"S{number}"))
    return Corpus(tuple(sources))


def fixture(stem: str) -> tuple[Corpus, dict]:
    """Return a fixture article as a one-source corpus, and what it is expected to yield.

    `stem` names an article in fixtures/articles, or a folder in fixtures/robust_people whose
    *.txt files are the sources (in name order) and whose expected.yaml says what they yield.
    """
    if stem in ROBUST_CASES:
        paths = sorted((ROBUST / stem).glob("*.txt"))
        corpus = Corpus(tuple(read_source(path, f"S{n}") for n, path in enumerate(paths, 1)))
        return corpus, yaml.safe_load((ROBUST / stem / "expected.yaml").read_text(encoding="utf-8"))
    corpus = Corpus((read_source(ARTICLES / f"{stem}.txt", "S1"),))
    return corpus, yaml.safe_load((ARTICLES / f"{stem}.yaml").read_text(encoding="utf-8"))


def people(corpus: Corpus):
    actors, _ = find_actors(corpus)
    return {actor.name: actor for actor in actors if actor.kind == "person"}


def roles_of(corpus: Corpus) -> dict[str, str]:
    """Return the role of each person of a corpus, by name."""
    return {name: actor.role for name, actor in people(corpus).items()}


@pytest.mark.parametrize("stem", FIXTURES + ROBUST_CASES)
def test_fixture_people_are_exactly_the_expected_ones(stem):
    corpus, expected = fixture(stem)
    assert sorted(people(corpus)) == sorted(person["name"] for person in expected["people"])


@pytest.mark.parametrize("stem", FIXTURES + ROBUST_CASES)
def test_fixture_people_carry_the_role_and_affiliation_their_sentences_give(stem):
    corpus, expected = fixture(stem)
    found = people(corpus)
    for person in expected["people"]:
        actor = found[person["name"]]
        assert person["role"].lower() in actor.role.lower(), (actor.name, actor.role)
        if "affiliation" in person:
            assert actor.affiliation == person["affiliation"], (actor.name, actor.affiliation)


@pytest.mark.parametrize("stem", FIXTURES + ROBUST_CASES)
def test_capitalised_words_that_are_not_people_never_become_people(stem):
    corpus, expected = fixture(stem)
    named = {fold(name) for actor in people(corpus).values() for name in [actor.name, *actor.aliases]}
    for word in expected["not_people"]:
        assert fold(word) not in named


def test_people_are_cited_in_every_sentence_that_names_them():
    corpus, _ = fixture("release_ambulance_service")
    assert people(corpus)["Karin Kask"].cite == ["S1:2", "S1:3"]


def test_two_people_sharing_a_surname_stay_two_and_the_bare_surname_joins_neither():
    corpus, _ = fixture("wire_water_deal")
    found = people(corpus)
    assert {"Peter Otieno", "Ruth Otieno"} <= set(found)
    assert "S1:13" not in found["Peter Otieno"].cite + found["Ruth Otieno"].cite
    assert "Otieno" not in found["Peter Otieno"].aliases + found["Ruth Otieno"].aliases


def test_different_given_names_across_sources_are_different_people(tmp_path):
    corpus = corpus_of(
        "Finance Minister Anna Weber said the budget would balance by 2027.\n\nWeber said cuts were not planned.\n",
        "Opposition leader Thomas Weber said the budget was a fantasy.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert set(found) == {"Anna Weber", "Thomas Weber"}
    assert found["Anna Weber"].cite == ["S1:1", "S1:2"]
    assert found["Thomas Weber"].cite == ["S2:1"]


def test_a_short_form_or_a_given_name_a_letter_off_is_one_person(tmp_path):
    corpus = corpus_of(
        "Senator Tom Harrowgate said the bridge would open in May.\n\nMayor Dorinda Quell said the town was ready.\n",
        "Senator Thomas Harrowgate said the bridge was late.\n\nMayor Dorinda Quell said so too.\n",
        "Mayor Dorinda Quell said the bridge would carry trams.\n\nMayor Dorinta Quell said the vote was close.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert set(found) == {"Tom Harrowgate", "Dorinda Quell"} or set(found) == {"Thomas Harrowgate", "Dorinda Quell"}
    harrowgate = found.get("Tom Harrowgate") or found["Thomas Harrowgate"]
    assert {harrowgate.name, *harrowgate.aliases} == {"Tom Harrowgate", "Thomas Harrowgate"}
    assert "Dorinta Quell" in found["Dorinda Quell"].aliases


def test_a_surname_alone_a_letter_off_joins_the_one_person_it_misspells(tmp_path):
    corpus = corpus_of(
        "Treasury Secretary Garth Pellingham said the fund would grow.\n\nPellingham said the cost was known.\n",
        "Treasury Secretary Garth Pellingham spoke on Sunday.\n\nPellinghem stressed that the farms would wait.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert set(found) == {"Garth Pellingham"}
    assert "Pellinghem" in found["Garth Pellingham"].aliases and "S2:2" in found["Garth Pellingham"].cite


def test_a_name_where_a_page_breaks_off_is_nobody_unless_it_names_a_speaker(tmp_path):
    corpus = corpus_of(
        "Pier opens\n\nMayor Maria Costa said the pier would open.\n\nHarbour Trust chair, Ines Car",
        "Pier opens\n\nThe pier opened.\n\n“The ferries start in June,” said Vessia’s trade minister Ivo Bran",
        folder=tmp_path,
    )
    assert set(people(corpus)) == {"Maria Costa", "Ivo Bran"}


def test_a_full_name_another_source_writes_in_another_order_is_one_person(tmp_path):
    corpus = corpus_of(
        "Yard deal\n\n“It is a good day for the port,” said Min-Jun Seo, head of the shipyard.\n",
        "Yard deal\n\n“The cranes arrive in May,” said Seo Min-jun, chief of the shipyard.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert len(found) == 1
    [person] = found.values()
    assert {person.name, *person.aliases} == {"Min-Jun Seo", "Seo Min-jun"} and person.cite == ["S1:1", "S2:1"]


def test_a_surname_alone_written_with_b_for_p_joins_the_one_person_it_transliterates(tmp_path):
    corpus = corpus_of(
        "The forum heard Deputy Minister Rana Haddad and the trade envoy, Ada Perlando.\n\n"
        "Berlando told the forum on its last day that the tariffs would go by June.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert set(found) == {"Rana Haddad", "Ada Perlando"}
    assert "Berlando" in found["Ada Perlando"].aliases and "S1:2" in found["Ada Perlando"].cite


@pytest.mark.parametrize("short, full", [("Rudy", "Rudolph"), ("Bill", "William"), ("Kate", "Catherine")])
def test_a_given_name_and_its_short_form_in_two_sources_are_one_person(tmp_path, short, full):
    corpus = corpus_of(f"Verdict\n\nA jury ordered campaign lawyer {full} Harrowgate to pay $14 million.\n",
                       f"Verdict\n\nFormer mayor {short} Harrowgate said he would appeal.\n", folder=tmp_path)
    assert list(people(corpus)) == [f"{full} Harrowgate"]


def test_short_forms_in_one_source_or_alike_names_in_one_sentence_stay_two_people(tmp_path):
    corpus = corpus_of(
        "Senator Tom Harrowgate said the bridge would open.\n\nHis father, Judge Thomas Harrowgate, said it was late.\n",
        "Mayor Dorinda Quell and her sister, councillor Dorinta Quell, said the bridge would open.\n",
        "Mayor Dorinda Quell said the bridge would carry trams.\n",
        folder=tmp_path,
    )
    assert {"Tom Harrowgate", "Thomas Harrowgate", "Dorinda Quell", "Dorinta Quell"} <= set(people(corpus))


def test_transliterations_and_a_titled_surname_merge_into_one_person(tmp_path):
    corpus = corpus_of(
        "President Taras Petrovskyi arrived in the capital on Tuesday.\n",
        "President Petrovsky said talks would continue.\n",
        "The visit by Taras Petrovskiy was his first abroad, analyst Irina Sokol said.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert len(found) == 2
    (name,) = [name for name in found if name != "Irina Sokol"]
    assert {name, *found[name].aliases} >= {"Petrovsky"}
    assert found[name].cite == ["S1:1", "S2:1", "S3:1"]
    assert found[name].role == "President"


def test_a_particle_dashed_to_the_surname_stays_in_one_name_and_the_bare_surname_joins_it(tmp_path):
    corpus = corpus_of(
        "Interior Minister Karim Nadir al-Tariqi opened the new port on Sunday.\n",
        "Minister Karim Nadir el-Tariqi said the port would open.\n\nEl-Tariqi thanked the builders.\n",
        "Tariqi said more ports would follow, analyst Irina Sokol said.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert sorted(found) == ["Irina Sokol", "Karim Nadir al-Tariqi"]
    assert found["Karim Nadir al-Tariqi"].cite == ["S1:1", "S2:1", "S2:2", "S3:1"]


def test_a_capitalised_al_without_a_dash_is_still_a_given_name(tmp_path):
    corpus = corpus_of("Senator Al Brennick said the port would open.\n", folder=tmp_path)
    assert list(people(corpus)) == ["Al Brennick"]


def test_an_apostrophe_within_a_name_word_keeps_the_word_whole_but_a_possessive_does_not(tmp_path):
    corpus = corpus_of("House Majority Leader Amani Ng’ang’a said the plan was on course.\n\n"
                       "Senator Ivo Brennick’s aides said Brennick’ll vote for it.\n", folder=tmp_path)
    assert sorted(people(corpus)) == ["Amani Ng’ang’a", "Ivo Brennick"]


def test_the_diacritised_spelling_is_the_canonical_name(tmp_path):
    corpus = corpus_of(
        "Norwegian Climate Minister Soren Kjaergard said the plan was ready.\n",
        "Climate Minister Søren Kjærgård presented the plan on Friday.\n\nKjærgård said it would pass.\n",
        "Soren Kjaergard, the climate minister, said the vote was close.\n",
        folder=tmp_path,
    )
    (actor,) = people(corpus).values()
    assert actor.name == "Søren Kjærgård"
    assert "Soren Kjaergard" in actor.aliases
    assert actor.affiliation == "Norway"


def test_a_surname_alone_with_no_known_bearer_is_not_a_person(tmp_path):
    corpus = corpus_of("Hartmann said the talks had failed.\n\nThe Foreign Ministry said nothing.\n", folder=tmp_path)
    assert people(corpus) == {}


def test_a_name_only_a_reporting_verb_vouches_for_is_a_person_when_he_or_she_follows_the_quotation(tmp_path):
    quoted = (
        "Odhran Velsby, deputy convenor of the Harbour Guild, said: “This plan shuts the dry dock for good.\n\n"
        "“Nobody on the quay was asked about it.\n\n"
        "“We will fight it in every court we can,” he said.\n"
    )
    company = (
        "Drumlane Forge said: “The furnace closes in March.\n\n"
        "The town council met on Monday.\n\n"
        "He said the vote would come later.\n"
    )
    corpus = corpus_of(quoted, company, folder=tmp_path)
    assert set(people(corpus)) == {"Odhran Velsby"}
    views = find_views(corpus, *find_actors(corpus))
    assert [(view.speaker, view.cite) for view in views] == [
        ("Odhran Velsby", ["S1:1"]), ("Odhran Velsby", ["S1:2"]), ("Odhran Velsby", ["S1:3"])]


def test_a_long_title_with_a_portfolio_vouches_for_the_name_after_it_and_frames_its_quotation(tmp_path):
    corpus = corpus_of(
        "“The harbour stays open,” Under-Secretary-General for Rural Affairs and Flood Relief Coordinator "
        "Odile Varga wrote on her blog.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert set(found) == {"Odile Varga"}
    assert found["Odile Varga"].role == "Under-Secretary-General for Rural Affairs and Flood Relief Coordinator"
    [view] = find_views(corpus, *find_actors(corpus))
    assert (view.speaker, view.text) == ("Odile Varga", "The harbour stays open")


def test_the_place_after_a_title_and_of_is_no_item_of_the_list_of_people_that_follows(tmp_path):
    corpus = corpus_of(
        "Bridge deal signed\n\nAt the signing stood the president of the court, Teodor Vallin, the governor "
        "of Alta Serrano, Anselm Roque, two mayors, and the builders.\n",
        folder=tmp_path,
    )
    assert set(people(corpus)) == {"Teodor Vallin", "Anselm Roque"}


def test_a_long_name_written_with_its_first_word_a_letter_off_is_one_person_known_by_an_inner_word(tmp_path):
    corpus = corpus_of(
        "Bridge deal\n\nPresident Ruiz Inacio Quell da Costa opened the bridge in the capital.\n",
        "Bridge deal\n\nPresident Ruis Inacio Quell da Costa attended.\n\n"
        "“I hope the builders have kept their word,” Quell said on Friday at the opening.\n",
        folder=tmp_path,
    )
    [person] = people(corpus).values()
    assert person.name == "Ruiz Inacio Quell da Costa" and set(person.aliases) == {"Ruis Inacio Quell da Costa", "Quell"}
    [view] = find_views(corpus, *find_actors(corpus))
    assert (view.speaker, view.cite) == ("Ruiz Inacio Quell da Costa", ["S2:2"])


def test_short_given_names_a_letter_off_with_only_a_surname_in_common_stay_two_people(tmp_path):
    corpus = corpus_of("Councillor Ivan Dorsk voted for the plan.\n", "Councillor Ivar Dorsk voted against it.\n",
                       folder=tmp_path)
    assert set(people(corpus)) == {"Ivan Dorsk", "Ivar Dorsk"}


def test_a_portfolio_of_two_words_joined_by_and_is_all_of_the_role(tmp_path):
    corpus = corpus_of(
        "Scheme approved\n\nInformation and Broadcasting Minister Arjun Vellakar said the cabinet approved it.\n\n"
        "Talks\n\nTomas Lind and Health Minister Dana Krell met on Monday.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert found["Arjun Vellakar"].role == "Information and Broadcasting Minister"
    assert found["Dana Krell"].role == "Health Minister"


def test_a_site_named_after_someone_is_no_person(tmp_path):
    corpus = corpus_of(
        "Mill sale\n\nSenator Ivo Renk, whose house faces the Peter Arlen plant, criticised the sale.\n\n"
        "A picture shows the Peter Arlen Refinery at dusk.\n\nHe said the sale would hurt the town and its dockers.\n",
        folder=tmp_path,
    )
    assert set(people(corpus)) == {"Ivo Renk"}
    assert [(view.speaker, view.cite) for view in find_views(corpus, *find_actors(corpus))] == [("Ivo Renk", ["S1:3"])]


@pytest.mark.parametrize("title", ["relief coordinator", "chief negotiator", "Administrator", "Inspector",
                                   "Special Rapporteur", "campaigner"])
def test_more_posts_vouch_for_the_name_after_them(tmp_path, title):
    corpus = corpus_of(f"Harbour row\n\n“The quay stays shut,” {title} Odile Varga said.\n", folder=tmp_path)
    assert set(people(corpus)) == {"Odile Varga"}


def test_a_title_whose_portfolio_lists_three_parts_vouches_for_the_name_after_it(tmp_path):
    corpus = corpus_of("Harbour row\n\n“The quay is ready,” Velmora’s Minister for Health, Labour and Industry Tavu "
                       "Merengo said.\n", folder=tmp_path)
    assert people(corpus)["Tavu Merengo"].role == "Minister for Health, Labour and Industry"


def test_the_words_of_a_portfolio_joined_by_and_before_a_title_are_no_person(tmp_path):
    corpus = corpus_of("Harbour row\n\nThe premier was flanked by Rivers and Coastal Prosperity and Fisheries Minister Tavu "
                       "Merengo and Harbour Minister Ilse Varga.\n", folder=tmp_path)
    assert sorted(people(corpus)) == ["Ilse Varga", "Tavu Merengo"]


def test_a_reporter_of_the_sources_own_newsroom_is_no_actor_unless_they_speak_of_the_event(tmp_path):
    corpus = corpus_of("Harbour row\n\nHarbour master Ilse Varga said the port would reopen on Monday.\n\n"
                       "Coast Wire journalist Osgood Tannery has covered the port for a decade.\n\n"
                       "Veteran correspondent Mirela Vostok said the reopening came too late for the fleet.\n",
                       folder=tmp_path)
    actors, mentions = find_actors(corpus)
    kept = newsroom_left_out(actors, find_views(corpus, actors, mentions))
    assert [actor.name for actor in kept if actor.kind == "person"] == ["Ilse Varga", "Mirela Vostok"]


def test_a_counterpart_in_another_portfolio_is_a_post_that_vouches_for_the_name_after_it(tmp_path):
    corpus = corpus_of("Harbour row\n\nThe premier told Transport Secretary Ivo Brandt and his Energy counterpart "
                       "Tavu Merengo to cancel the deals.\n", folder=tmp_path)
    assert people(corpus)["Tavu Merengo"].role == "Energy counterpart"


def test_a_lone_word_under_a_lower_case_description_is_no_person_but_under_a_title_or_honorific_is(tmp_path):
    corpus = corpus_of(
        "New investors include heating supplier owner Varnica with 15 per cent and fund manager Birch "
        "Infrastructure with 7 per cent.\n\n"
        "Party leader Sir Aldous gave his backing on Friday, and Senator Quellby welcomed the deal.\n",
        folder=tmp_path,
    )
    assert set(people(corpus)) == {"Aldous", "Quellby"}


def test_every_name_of_a_list_with_a_person_in_it_is_a_person(tmp_path):
    corpus = corpus_of(
        "Brightwave was founded in 2019 by Varo Quintel, Odzer Malkin, Yaron Beltzky and Ruan Kessar.\n\n"
        "Chief executive Varo Quintel said the firm would stay independent.\n",
        "Its founders, Ilse Marrow, Tobin Vael and Petra Olsk, met at university.\n",
        folder=tmp_path,
    )
    assert {"Odzer Malkin", "Yaron Beltzky", "Ruan Kessar", "Ilse Marrow", "Tobin Vael", "Petra Olsk"} <= set(people(corpus))


def test_a_lone_given_name_in_a_list_vouches_for_no_other_name(tmp_path):
    corpus = corpus_of("Recorded votes: Members Brzowski Vanterpool, Flores, Horton, Paul, Shaw and Titus voted yes.\n",
                       folder=tmp_path)
    assert "Members Brzowski Vanterpool" not in people(corpus)


def test_a_name_set_off_after_a_role_with_a_lower_case_portfolio_is_a_person(tmp_path):
    corpus = corpus_of("The company’s head of product, Nekko Varlan, posted that the account was banned.\n\n"
                       "“We delivered,” said Ilse Marrow, head of the Lakemoor Basin Framework Convention.\n",
                       folder=tmp_path)
    assert people(corpus)["Nekko Varlan"].role == "head of product"
    assert set(people(corpus)) == {"Nekko Varlan", "Ilse Marrow"}  # "head of the" is no title of the convention


@pytest.mark.parametrize("text, roles", [
    # a title with its country or body after "to"
    ("The special envoy to Iceland Brisk Ovalund and Chile's ambassador to Peru Tarmo V. Quellig attended the signing.",
     {"Brisk Ovalund": "special envoy to Iceland", "Tarmo V. Quellig": "ambassador to Peru"}),
    # a role in lower case joining two titles, or naming two portfolios; initials need it to vouch for them
    ("The plan is sound, the deputy minister for ports and harbours, Brisk Ovalund, has said. Harbour Ltd’s chief "
     "engineer and managing director, KT Quellig, said the plan was late.",
     {"Brisk Ovalund": "deputy minister for ports and harbours", "KT Quellig": "chief engineer and managing director"}),
])
def test_a_title_vouches_for_a_name_no_known_given_name_vouches_for(text, roles, tmp_path):
    corpus = corpus_of(f"Talks end\n\n{text}\n", folder=tmp_path)
    assert roles_of(corpus) == roles


def test_a_given_name_that_is_also_a_month_is_a_name_when_a_role_vouches_for_it(tmp_path):
    corpus = corpus_of(
        "Talks end\n\nJan Quellig, chief engineer at the Harbour Trust, said the crane was too small.\n\n"
        "Fisheries Minister Jan Ovalund agreed.\n\nOn Jan Varlan Day the harbour closes.\n", folder=tmp_path)
    assert roles_of(corpus) == {
        "Jan Quellig": "chief engineer", "Jan Ovalund": "Fisheries Minister"}


def test_pm_before_a_name_is_the_prime_minister_and_pm_of_the_clock_is_no_title(tmp_path):
    corpus = corpus_of("Talks end\n\nPM Brisk Ovalund said the ferry was late. The talks ended at 5 PM Monday.\n",
                       folder=tmp_path)
    assert roles_of(corpus) == {"Brisk Ovalund": "Prime Minister"}


def test_titles_headlines_programs_and_holidays_are_not_people(tmp_path):
    corpus = corpus_of(
        "Defence Minister said on Friday that the Rapid Response Initiative would expand.\n\n"
        "Signing the accord on Independence Day, the two Prime Ministers pledged more aid.\n\n"
        "The Build-for-Peace program will run until May.\n",
        folder=tmp_path,
    )
    assert people(corpus) == {}


def test_mentions_give_each_sentence_its_own_surface_and_role(tmp_path):
    corpus = corpus_of(
        "Norwegian Fisheries Minister Lars Bakke signed the deal.\n\nThe Minister for Fisheries, Lars Bakke, said it was historic.\n\n"
        "Bakke said more would follow.\n",
        folder=tmp_path,
    )
    _, mentions = find_actors(corpus)
    person = [m for m in mentions if m.name == "Lars Bakke"]
    assert [(m.cite, m.surface) for m in person] == [("S1:1", "Lars Bakke"), ("S1:2", "Lars Bakke"), ("S1:3", "Bakke")]
    assert person[0].role == "Fisheries Minister" and person[0].affiliation == "Norway"
    assert person[1].role == "Minister for Fisheries"


def test_organizations_and_countries_are_actors_of_their_own_kind():
    corpus, _ = fixture("commentary_arctic_shipping")
    actors, _ = find_actors(corpus)
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds["Polar Policy Institute"] == "organization"
    assert kinds["Canada"] == "country"


def test_a_region_holding_a_countrys_short_name_names_no_country(tmp_path):
    corpus = corpus_of("Growers in South America and Central America export more, America's farmers say.\n",
                       folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert [(a.name, a.cite) for a in actors if a.kind == "country"] == [("United States", ["S1:1"])]
    assert [a.aliases for a in actors if a.kind == "country"] == [["America"]]


def test_a_currency_mark_names_no_country(tmp_path):
    corpus = corpus_of("The board approved a loan of US$7 billion for Lakemoor on Monday.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert [a.name for a in actors if a.kind == "country"] == []


def test_many_articles_keep_their_people_apart():
    sources = [read_source(ARTICLES / f"{stem}.txt", "S1") for stem in FIXTURES]
    many = []
    for number in range(1, 301):
        source = sources[number % len(sources)]
        sentences = tuple(type(s)(f"S{number}", s.number, s.text, s.start, s.end, s.paragraph) for s in source.sentences)
        many.append(type(source)(f"S{number}", source.path, source.text, source.sha256, sentences))
    actors, _ = find_actors(Corpus(tuple(many)))
    single, _ = find_actors(Corpus(tuple(sources)))
    people = lambda found: sorted(a.name for a in found if a.kind == "person")
    assert people(actors) == people(single)  # repetition adds citations, never new or merged people


def test_a_surname_that_is_also_a_title_word_still_names_a_person(tmp_path):
    corpus = corpus_of(
        "Harbour Deal Signed\nTrade Minister Rosalind King signed the accord on Monday.\n"
        "King said the port would open next year.\n\nKing Harald attended the ceremony.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert found["Rosalind King"].cite == ["S1:1", "S1:2"]  # "King said" is her too
    assert not any(name.startswith("King") for name in found)  # a monarch's title is not a surname


@pytest.mark.parametrize("name", ["Thiago Nogueira", "Maureen Hughes", "Siobhan Byrne", "Kwame Mensah",
                                  "Mehmet Yilmaz", "Priya Raman", "Chinedu Okafor", "Małgorzata Wójcik"])
def test_a_common_given_name_from_any_language_makes_a_name_a_person(tmp_path, name):
    corpus = corpus_of(f"The port will open in May.\n\nIt was late, {name} said.\n", folder=tmp_path)
    assert set(people(corpus)) == {name}


def test_everyday_roles_and_scientific_trades_are_roles(tmp_path):
    corpus = corpus_of(
        "Local resident Ines Duarte, 74, said the water came fast.\n\n"
        "Its chief meteorologist, Oskar Lind, said more rain was coming.\n",
        folder=tmp_path,
    )
    found = people(corpus)
    assert found["Ines Duarte"].role == "Local resident"
    assert found["Oskar Lind"].role == "chief meteorologist"


def test_an_initial_that_is_also_the_article_opens_a_name_with_a_stop_or_inside_a_sentence(tmp_path):
    corpus = corpus_of("Mill strike ends\n\nUnion president A Varadhan said the talks went well. Six workers met the "
                       "ministers along with A Varadhan. A. Kesavan, the union's state secretary, said the mill would reopen.",
                       "Mill reopens\n\nA Harlow spokesperson said the mill would reopen on Monday.", folder=tmp_path)
    found = people(corpus)
    assert found["A Varadhan"].role == "Union president"
    assert found["A Varadhan"].cite == ["S1:1", "S1:2"]
    assert found["A. Kesavan"].role == "union's state secretary"
    assert not any("Harlow" in name for name in found)  # the article at a sentence's start is no initial


def test_an_appositive_role_may_hold_five_words_before_its_title(tmp_path):
    corpus = corpus_of("“The mill reopens on Monday,” said S. Kesavan, MWU Tarrow Vale deputy general secretary, once the "
                       "vote closed.", folder=tmp_path)
    assert people(corpus)["S. Kesavan"].role == "MWU Tarrow Vale deputy general secretary"


def test_a_name_whose_parts_are_joined_another_way_is_one_person(tmp_path):
    corpus = corpus_of("Court rules\n\nPresident Pak Min-ho said the ruling was fair.",
                       "Court ruling\n\nPresident Pak Min Ho said he accepted the verdict.",
                       "Ruling\n\nPresident Pak-Min Ho thanked the court.", folder=tmp_path)
    found = people(corpus)
    assert len(found) == 1
    [person] = found.values()
    assert {person.name, *person.aliases} == {"Pak Min-ho", "Pak Min Ho", "Pak-Min Ho"}


def test_a_country_that_is_a_surname_names_the_person_not_the_country():
    corpus, _ = fixture("release_roles")
    actors, _ = find_actors(corpus)
    assert "Mark Holland" in {actor.name for actor in actors}
    assert {actor.name for actor in actors if actor.kind == "country"} == {"Canada"}


def test_initials_suffixes_and_dashes_are_part_of_one_name_never_its_surname():
    corpus, _ = fixture("name_forms")
    found = people(corpus)
    assert found["K.T. Ormsby"].aliases == ["KT Ormsby"]
    assert found["Arthur B Linwood Jr"].cite == ["S1:2", "S1:8", "S2:2"]  # "Linwood said" is him
    assert "Arthur Linwood Jnr" in found["Arthur B Linwood Jr"].aliases
    assert found["Quentin Halloway III"].cite == ["S1:3", "S1:9"]
    assert set(found["Lena Brandt-Okoro"].aliases) == {"Lena Brandt\u2011Okoro", "Lena Brandt\u2013Okoro"}


def test_bylines_and_photo_credits_name_no_actor(tmp_path):
    corpus = corpus_of(
        "Harbour reopens after storm\n\nby Mirela Vostok and the Coastline news desk May 3, 2024 2:46 PM\n\n"
        "Workers repair the pier in Saltmere on May 2, 2024. (Osgood P. Tannery/Coastline Images)\n\n"
        "Harbour master Ilse Varga said the port would reopen on Monday.\n",
        "Pier reopens after the storm\n\nupdated 2024-11-23 By Maria Marrow, Coastline News\n\nThe pier reopened on Monday, Ilse Varga said.\n",
        "Pier open\n\nThe pier reopened on Monday, Ilse Varga said.\n\nThe repairs paved the way for the season.\n\n"
        "-BY Lena Moss\n\nLatest news\n",
        folder=tmp_path,
    )
    assert set(people(corpus)) == {"Ilse Varga"}


# Small articles, each of one rule, and the people they name with the role each is given.
NAMED = {
    "honorifics of other languages are no part of a name, and 'Datuk Seri' is two of them": (
        "Truce agreed\n\nPremier Datuk Seri Ivo Brandtman brokered the truce on Monday.\n\n“We start "
        "rebuilding today,” Brandtman said after meeting Shri Ines Carrow.\n\nDato’ Maria Costa and Frau Dara "
        "Velloso welcomed it. Alhaji Karl Moen and Hajia Lena Brandt did too.\n",
        {"Ivo Brandtman": "Premier", "Ines Carrow": "", "Maria Costa": "", "Dara Velloso": "", "Karl Moen": "",
         "Lena Brandt": ""}),
    "common titles before a name are roles, never part of it": (
        "Rates cut\n\nTreasurer Ivo Brandt welcomed the cut on Tuesday, the bank said.\n\nComptroller Ines Carrow "
        "and Rabbi Dara Velloso spoke next. Coach Maria Costa did not.\n\n“It is a good day,” Brandt said.\n",
        {"Ivo Brandt": "Treasurer", "Ines Carrow": "Comptroller", "Dara Velloso": "Rabbi", "Maria Costa": "Coach"}),
    "photo credits after an agency in capitals, after 'Photo/' or 'Photograph:' name nobody": (
        "Harbour reopens after storm\n\nThis image shows the pier on March 4, 2025. THE COASTLINE POST/Osgood "
        "Tannery, Mirela Vostok and Ivo Brandt\n\nHarbour master Ilse Varga said the port would reopen on Monday. "
        "Workers cheered. (AP Photo/Kasimir Lode)\n\nThe pier was rebuilt in May. Photograph: Ines Marrow/Coast Wire\n",
        {"Ilse Varga": ""}),
    "an appositive role ends where the occasion of the remark begins": (
        "Strike ends\n\n“We won,” said Dara Velloso, president of the Harbour Workers' Association District 9 at a "
        "news conference after the vote.\n\n“It is over,” said Ivo Brandt, mayor of Saltmere during talks on "
        "Friday.\n\n“It holds,” said Ines Carrow, a professor of law at the University of Saltmere.\n",
        {"Dara Velloso": "president of the Harbour Workers' Association District 9", "Ivo Brandt": "mayor of Saltmere",
         "Ines Carrow": "professor of law"}),
    "a company named without its legal form is no person": (
        "Deal closes\n\nJohn Lowe Corp completed the purchase on Monday.\n\nThe plant stays open, according to "
        "John Lowe. John Lowe will invest more, chairman Ivo Brandt said.\n",
        {"Ivo Brandt": "chairman"}),
    "a second post joined to a role by 'and' is nobody": (
        "Forum ends\n\nDr. Ines Carrow, Secretary of the Ostland Board of Trade and Chairman of the next Port Forum, "
        "closed the session.\n",
        {"Ines Carrow": "Secretary of the Ostland Board of Trade and Chairman of the next Port Forum"}),
    "an abstract noun ends a portfolio, across 'and' too, and is nobody's name": (
        "Talks end\n\nIvo Brandt, Minister for Harbour Development Cooperation and Trade, spoke first. The talks were "
        "led by Minister for Ports Development Cooperation and Trade Ivo Brandt and Commissioner for Fisheries and "
        "Enlargement Ines Carrow.\n",
        {"Ivo Brandt": "Minister for Harbour Development Cooperation and Trade",
         "Ines Carrow": "Commissioner for Fisheries and Enlargement"}),
    "people in a photo caption are no actors": (
        "Vote counted\n\nThe photo shows Harbour Party Leader Ivo Brandt on March 2, 2025, beside Green Leader Ines "
        "Carrow on a boat.\n\nMayor Maria Costa said the count was over. Brandt said he had won.\n",
        {"Maria Costa": "Mayor"}),
    "a portfolio of two parts joined by 'and' is one role, a name and a role joined by it are not": (
        "Pay deal\n\nEnergy and climate secretary Ivo Brandt said the deal was fair. Tarn and former "
        "president Ines Carrow disagreed.\n",
        {"Ivo Brandt": "Energy and climate secretary", "Ines Carrow": "former president"}),
    "a firm or a site named for its trade ('Harlow Steel', 'Dale Works facility') is nobody": (
        "Mill sold\n\nThe new kilns will go to the firm’s Dale Works facility. The chairman and CEO of Harlow Steel "
        "met the buyers in Tarn on Tuesday. Mayor Maria Costa said the sale was done.\n",
        {"Maria Costa": "Mayor"}),
    "people in a paragraph a photographer's credit closes are no actors": (
        "Mill reopens\n\nPrime Minister Ivo Brandt walks along the Harlow mill's new quay in Tarn. The quay was rebuilt "
        "after the storm.Ines Carrow/The Harbour Press\n\nMayor Maria Costa said the mill would reopen.\n\n"
        "Premier Dara Velloso at the mill gate in 2023. File photo by The Harbour Press/Lena Moss\n",
        {"Maria Costa": "Mayor"}),
    "a role in apposition ending in a title or a field is nobody": (
        "Deal agreed\n\n“We are ready,” said Dr. Ivo Brandt, Harlow Chairman and Managing Director.\n\n“It fits,” "
        "said Ines Carrow, Chief Medical Officer Cardiology and Rare Disease at Harlow.\n",
        {"Ivo Brandt": "Harlow Chairman and Managing Director", "Ines Carrow": ""}),
    "'Comrade' is a courtesy title, 'aide' a title, and a portfolio may follow 'on'": (
        "Wage deal\n\nComrade Dele Ajayi, President of the Dock Workers Congress, said the workers agreed to it. The "
        "offer was announced by presidential aide Kunle Adeyemi. According to a senior adviser on Media, Kunle "
        "Adeyemi, the President approved the N90,000 wage.\n",
        {"Dele Ajayi": "President of the Dock Workers Congress", "Kunle Adeyemi": "senior adviser on Media"}),
    "a titled person closing a list vouches for the names listed before": (
        "Talks held\n\nA seminar was held with civil leaders, including Adua Keita, Bako El Sanu, and Aid "
        "Commissioner Salma Idris, who spoke in their own names.\n",
        {"Salma Idris": "Aid Commissioner", "Adua Keita": "", "Bako El Sanu": ""}),
    "a place named with a given name is no person, a person of that surname is": (
        "Fair opens\n\nThe fair opens in a new hall at inner-city Rosa Park, next to Rosa Park station. Councillor "
        "Nora Hall said the hall was ready.\n",
        {"Nora Hall": "Councillor"}),
    "a verb before a role, and an appositive followed by another name, are not one's role": (
        "Vote held\n\nBrandt won the runoff, defeating harbour minister Ines Carrow by 20 votes. The talks were led "
        "by the Ostland Minister of Trade, Ivo Brandt, his Vessian counterpart, Dara Velloso, the Chair of the "
        "Harbour Board, Maria Costa, and others. Trade Minister Dara Velloso said the talks went well.\n",
        {"Ines Carrow": "harbour minister", "Ivo Brandt": "Ostland Minister of Trade",
         "Maria Costa": "Chair of the Harbour Board", "Dara Velloso": "Trade Minister"}),
}


@pytest.mark.parametrize("article, named", NAMED.values(), ids=NAMED.keys())
def test_who_is_named_and_with_what_role(tmp_path, article, named):
    assert {name: actor.role for name, actor in people(corpus_of(article, folder=tmp_path)).items()} == named


# One person the sources spell two ways: the articles, the person and the other spellings.
MISSPELLED = {
    "given name and surname both a letter off, in other sources": (
        ("Aid pledged\n\nOstland Foreign Minister Marietta Lindqvist said aid would double.\n",
         "Aid doubled\n\nOstland Foreign Minister Marieta Lindquist said the aid doubles to 40 million euros.\n"),
        "Marietta Lindqvist", ["Marieta Lindquist"]),
    "a surname alone opening with another hard sound": (
        ("Aid pledged\n\nPrime Minister Ulf Karlsson opened the meeting.\n",
         "Aid pledged\n\nLeaders met in Oslo. Carlsson, whose country chairs the forum, spoke first.\n"),
        "Ulf Karlsson", ["Carlsson"]),
    "a full name without evidence of its own, its surname opening with another vowel": (
        ("Wage deal\n\nThe leaders of the Dock Union, Ivo Brandt and that of the Port Union, Festa Okoro attended.\n",
         "Wage deal\n\nPort Union President Festa Ukoro said the offer was accepted.\n"),
        "Festa Okoro", ["Festa Ukoro"]),
}


@pytest.mark.parametrize("articles, name, aliases", MISSPELLED.values(), ids=MISSPELLED.keys())
def test_one_person_spelled_two_ways_is_one_actor(tmp_path, articles, name, aliases):
    found = people(corpus_of(*articles, folder=tmp_path))
    assert found[name].aliases == aliases and len([other for other in found if other[-3:] == name[-3:]]) == 1


def test_one_source_writing_two_alike_names_writes_two_people(tmp_path):
    found = people(corpus_of("Talks\n\nDr. Cristoffer Hallmark said the plan was late. Dr. Kristoffer Hallmarck said "
                             "it was on time.\n", folder=tmp_path))
    assert "Cristoffer Hallmark" in found and "Kristoffer Hallmarck" in found


def test_a_modifier_hyphened_to_a_name_and_a_name_cut_to_a_letter_are_not_names(tmp_path):
    corpus = corpus_of(
        "Coalition wins\n\nThe Ilse Varga-led coalition won the vote in Saltmere on Monday, and Varga said the "
        "result was clear. The Lenz-backed list came second.\n\nVarga thanked Harbour master Tomas P",
        folder=tmp_path,
    )
    found = people(corpus)
    assert set(found) == {"Ilse Varga"} and found["Ilse Varga"].cite == ["S1:1", "S1:3"]


def test_a_person_called_by_the_first_word_of_the_name_is_that_person_only_beside_a_verb_or_title(tmp_path):
    corpus = corpus_of(
        "Agency chief Abebe Girma Tesfaye opened the meeting in Addis Ababa.\n\n"
        "“You never gave up,” said Abebe.\n\n"
        "The hall applauded when Abebe stood up to leave.\n",
        folder=tmp_path,
    )
    assert people(corpus)["Abebe Girma Tesfaye"].cite == ["S1:1", "S1:2"]


def test_a_first_word_two_people_share_names_neither(tmp_path):
    corpus = corpus_of(
        "Agency chief Abebe Girma Tesfaye met Minister Abebe Worku Lemma in Addis Ababa.\n\n"
        "“You never gave up,” said Abebe.\n",
        folder=tmp_path,
    )
    assert all(actor.cite == ["S1:1"] for actor in people(corpus).values())


def test_headline_capitals_and_shouted_lines_name_no_organization_or_person(tmp_path):
    corpus = corpus_of(
        "Harbour Freight Group To Buy Coastal Ferry Holdings In $2 Bln Deal\n\n"
        "Harbour Freight Group agreed on Monday to buy Coastal Ferry Holdings, its chief executive, Dana Whitlow, said.\n\n"
        "* TWO COASTAL BOARD MEMBERS WILL JOIN THE HARBOUR BOARD\n\n"
        "* DANA WHITLOW EXPECTS THE PORT NETWORK TO GROW\n",
        folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert sorted(a.name for a in actors if a.kind == "organization") == ["Coastal Ferry Holdings", "Harbour Freight Group"]
    assert [a.name for a in actors if a.kind == "person"] == ["Dana Whitlow"]


def test_a_based_descriptor_is_no_part_of_an_organization_name(tmp_path):
    corpus = corpus_of("The deal was agreed by Ohio-based Fennick Savings Bank on Tuesday, officials said.\n",
                       folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert [a.name for a in actors if a.kind == "organization"] == ["Fennick Savings Bank"]


def test_a_plural_title_abbreviation_heads_the_first_name_of_its_list(tmp_path):
    corpus = corpus_of("Republican Sens. J.D. Varnell (Ohio) and Josh Hawbrook (Utah) wrote to the treasury on "
                       "Tuesday.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert {a.name: a.role for a in actors if a.kind == "person"} == {"J.D. Varnell": "Republican Senator",
                                                                      "Josh Hawbrook": ""}


@pytest.mark.parametrize("given", ["Dave", "Doug", "Barry", "Gary", "Wendy", "Cathy"])
def test_a_common_short_given_name_makes_a_person_of_an_untitled_name(tmp_path, given):
    corpus = corpus_of(f"{given} Orrick, who is running for the seat, wrote that the sale hurt the town.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert [a.name for a in actors if a.kind == "person"] == [f"{given} Orrick"]


def test_a_number_counting_a_bodys_people_is_no_part_of_its_name(tmp_path):
    corpus = corpus_of("Three Harbour Relief Agency workers lost their posts this week, "
                       "Ilse Marrow, a former agency official, said.\n\n"
                       "Three Rivers Trust said on Friday it would help them.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert sorted(a.name for a in actors if a.kind == "organization") == ["Harbour Relief Agency", "Three Rivers Trust"]


def test_the_last_word_of_a_rights_body_after_a_title_is_no_person(tmp_path):
    corpus = corpus_of("The Office of the Special Envoy for Civil Rights said on Tuesday the militia was "
                       "blocking aid.\n\nAid chief Ilse Marrow said the roads were open.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert [a.name for a in actors if a.kind == "person"] == ["Ilse Marrow"]


def test_a_lower_case_body_before_a_title_belongs_to_the_role(tmp_path):
    corpus = corpus_of("The strike ended, union President Dara Velloso told reporters on Monday.\n\n"
                       "Velloso thanked members, as did Mayor Ines Carrow.\n", folder=tmp_path)
    found = people(corpus)
    assert found["Dara Velloso"].role == "union President"
    assert found["Ines Carrow"].role == "Mayor"


def test_an_organization_and_its_acronym_are_one_actor(tmp_path):
    corpus = corpus_of("The International Atomic Energy Agency met the Harbour Pilots "
                       "Association on Monday.\n\n"
                       "The IAEA said checks would resume, and the HPA Training Board agreed.\n\n"
                       "The Harbour Pilots Association Training Board will publish the rules.\n", folder=tmp_path)
    orgs = {a.name: a for a in find_actors(corpus)[0] if a.kind == "organization"}
    assert orgs["International Atomic Energy Agency"].aliases == ["IAEA"]
    assert orgs["International Atomic Energy Agency"].cite == ["S1:1", "S1:2"]
    assert orgs["Harbour Pilots Association Training Board"].aliases == ["HPA Training Board"]
    assert "IAEA" not in orgs and "HPA Training Board" not in orgs


def test_a_company_named_with_and_without_its_legal_form_spelled_out_is_one_actor(tmp_path):
    corpus = corpus_of("Harlow Steel Corp agreed to buy the mill on Monday.\n",
                       "The mill will pass to Harlow Steel Corporation next year.\n", folder=tmp_path)
    orgs = [a for a in find_actors(corpus)[0] if a.kind == "organization"]
    assert [(a.name, a.aliases, a.cite) for a in orgs] == [
        ("Harlow Steel Corp", ["Harlow Steel Corporation"], ["S1:1", "S2:1"])]


def test_an_acronym_two_organizations_spell_stays_apart(tmp_path):
    corpus = corpus_of("The Harbour Pilots Association Training Board met the Harbour Planning Authority "
                       "Training Board on Monday.\n\n"
                       "The HPA Training Board said quotas would fall.\n", folder=tmp_path)
    orgs = {a.name: a for a in find_actors(corpus)[0] if a.kind == "organization"}
    assert {"HPA Training Board", "Harbour Pilots Association Training Board",
            "Harbour Planning Authority Training Board"} <= set(orgs)
    assert all(not org.aliases for org in orgs.values())


def test_an_acronym_a_source_defines_in_brackets_names_the_organization_after(tmp_path):
    corpus = corpus_of("The Harbour Pilots Association (HPA) met the port board on Monday.\n\n"
                       "The HPA said pilots would return on Friday.\n", "Pilots of the HPA voted on Tuesday.\n",
                       folder=tmp_path)
    orgs = {a.name: a for a in find_actors(corpus)[0] if a.kind == "organization"}
    assert orgs["Harbour Pilots Association"].aliases == ["HPA"] and "HPA" not in orgs
    assert orgs["Harbour Pilots Association"].cite == ["S1:1", "S1:2", "S2:1"]


def test_a_name_a_country_word_opens_is_the_name_without_it_when_one_country_alone_is_put_before_it(tmp_path):
    corpus = corpus_of("The Danish Fisheries Council met on Monday.\n\nThe Fisheries Council said quotas would fall.\n",
                       folder=tmp_path)
    orgs = {a.name: a for a in find_actors(corpus)[0] if a.kind == "organization"}
    assert orgs["Fisheries Council"].aliases == ["Danish Fisheries Council"] and len(orgs) == 1
    (tmp_path / "two").mkdir()
    corpus = corpus_of("The Danish Fisheries Council met the Swedish Fisheries Council on Monday.\n\n"
                       "The Fisheries Council said quotas would fall.\n", folder=tmp_path / "two")
    orgs = {a.name: a for a in find_actors(corpus)[0] if a.kind == "organization"}
    assert len(orgs) == 3 and all(not org.aliases for org in orgs.values())


@pytest.mark.parametrize("text, names", [
    ("The rules of the Fisheries and Oceans Council took effect on Monday.", ["Fisheries and Oceans Council"]),
    ("Ostland's Fisheries and Oceans Council met on Monday.", ["Fisheries and Oceans Council"]),
    # two organizations: the first is one already, or a country
    ("Talks between the Ministry and Harbour Commission ended on Monday.", ["Harbour Commission"]),
    ("Talks between the Nordbank Group and Harbour Commission ended on Monday.", ["Nordbank Group", "Harbour Commission"]),
    # "The" opening the sentence opens the run, and "&" joins as "and" does
    ("The Fisheries & Oceans Council met on Monday.", ["Fisheries & Oceans Council"]),
    ("The Nordbank Group and Harbour Commission met on Monday.", ["Nordbank Group", "Harbour Commission"]),
])
def test_and_joins_two_runs_into_one_organization_only_when_the_first_is_none(tmp_path, text, names):
    orgs = [a.name for a in find_actors(corpus_of(text + "\n", folder=tmp_path))[0] if a.kind == "organization"]
    assert orgs == names


def test_a_country_word_before_an_acronym_before_a_name_is_one_organization():
    groups = _spelled_out(["northern ports safety board", "np safety board", "danish np safety board", "harbour trust"])
    assert groups == [["northern ports safety board", "np safety board", "danish np safety board"], ["harbour trust"]]


@pytest.mark.parametrize("name", ["Clive Dunmore", "Bernadette Haslow", "Chioma Ekwe", "Oleksandr Rudko",
                                  "Kavita Desrani", "Somchai Prateep", "Zanele Mbeki-Dube"])
def test_a_common_given_name_of_any_language_makes_a_person_of_a_name_nothing_else_vouches_for(tmp_path, name):
    corpus = corpus_of(f"Harbour talks\n\n{name}, of the Tessel group, said the island could not cope.\n", folder=tmp_path)
    assert list(people(corpus)) == [name]


@pytest.mark.parametrize("text, expected", [
    # an expert's or a professional's post between two names: the first is the firm that employs them
    ("Outside the court, Martin Dean lawyer Ann Vell said the ruling was a relief.", ["Ann Vell"]),
    ("On Monday, Peter Hale economist Ann Vell said the rate would fall.", ["Ann Vell"]),
    # an official's post: the first is the person whose adviser they are
    ("Senator Peter Hale adviser Ann Vell said the rate would fall.", ["Ann Vell", "Peter Hale"]),
])
def test_a_name_before_the_post_of_the_next_is_the_firm_that_employs_them(tmp_path, text, expected):
    assert sorted(people(corpus_of(f"Harbour talks\n\n{text}\n", folder=tmp_path))) == expected


@pytest.mark.parametrize("text, expected", [
    # only a given name says it is a person, and things stand on it: a place named after someone
    ("The navy keeps a base on Martin Vale, the largest of the atolls. Control of Martin Vale stays with the navy.", []),
    # a possessive, a reporting verb or a title keeps the person
    ("The talks were held in Martin Vale's office.", ["Martin Vale"]),
    ("The talks were held in Martin Vale. Martin Vale said they went well.", ["Martin Vale"]),
    ("The talks were held near Senator Martin Vale.", ["Martin Vale"]),
])
def test_a_name_things_stand_on_or_in_with_nothing_but_a_given_name_for_it_is_a_place(tmp_path, text, expected):
    assert sorted(people(corpus_of(f"Harbour talks\n\n{text}\n", folder=tmp_path))) == expected


def test_an_acronym_a_dash_without_spaces_sets_off_is_no_part_of_the_name_before_it(tmp_path):
    text = "Harbour talks\n\nThe court charged Ann S. Vell–CEO of the Tessel fleet–with three of her aides, the court said.\n"
    assert list(people(corpus_of(text, folder=tmp_path))) == ["Ann S. Vell"]


def test_a_long_sentence_opening_with_by_that_is_no_credit_is_read_at_once():
    # Read through the credit-line pattern, each word of it could be cut in two anywhere: this
    # sentence took minutes to fail. It runs in a process of its own that may take a minute at most.
    import subprocess
    import sys

    sentence = ("By the close of the season the harbour board will already have spent well over half of "
                "its budget for new cranes and berths, according to the Harbour Post of 2031.")
    script = f"from report.extract.mentions import credit_spans; print(credit_spans({sentence!r}))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("verb", ["has announced that", "said"])
def test_an_appositive_no_comma_closes_ends_before_its_verb(tmp_path, verb):
    corpus = corpus_of(f"Talks end\n\nTovan Reyes, the governor of Marwick {verb} the ferry contracts are void.\n",
                       folder=tmp_path)
    assert roles_of(corpus) == {"Tovan Reyes": "governor of Marwick"}


def test_a_surname_styled_with_an_honorific_and_a_judges_title_is_a_person_with_that_style(tmp_path):
    corpus = corpus_of("Ferry ban\n\nHigh Court judge Mr Justice Harrowby granted an injunction late on Thursday.\n",
                       folder=tmp_path)
    assert {name: actor.aliases for name, actor in people(corpus).items()} == {"Harrowby": ["Mr Justice Harrowby"]}


def test_a_person_known_by_a_full_name_takes_no_styled_alias(tmp_path):
    corpus = corpus_of("Ferry ban\n\nJudge Edda Harrowby heard the case. Judge Harrowby granted an injunction.\n",
                       folder=tmp_path)
    assert {name: actor.aliases for name, actor in people(corpus).items()} == {"Edda Harrowby": ["Harrowby"]}


def test_a_newspaper_named_before_a_person_in_a_list_is_no_person(tmp_path):
    corpus = corpus_of("Budget\n\nIn an interview with the Velmora Times, Oskar Brandt, the finance minister, argued "
                       "that the budget would be balanced by next spring.\n", folder=tmp_path)
    assert set(people(corpus)) == {"Oskar Brandt"}


@pytest.mark.parametrize("verb", ["met", "thanked", "praised"])
def test_a_role_starts_after_the_verb_of_a_name_before_it(tmp_path, verb):
    corpus = corpus_of(f"Harbour talks\n\nMayor Oskar Brandt {verb} harbour chief Lina Feld on Monday.\n", folder=tmp_path)
    assert roles_of(corpus) == {
        "Oskar Brandt": "Mayor", "Lina Feld": "harbour chief"}


@pytest.mark.parametrize("sentence, name, role", [
    # a portfolio of three parts listed before a title is all of the role
    ("The premier met Harbour Minister Ilse Varga, Ports, Rivers and Coastal Works Minister Tavu Merengo on Monday.",
     "Tavu Merengo", "Ports, Rivers and Coastal Works Minister"),
    ("The premier met Jobs, Skills and Training Minister Tavu Merengo on Monday.", "Tavu Merengo",
     "Jobs, Skills and Training Minister"),
    # places and people listed before a title are no portfolio of it
    ("The premier met Harlow, Vessia and Finance Minister Tavu Merengo on Monday.", "Tavu Merengo", "Finance Minister"),
    # a role starts after a past verb or a joining word, however far from the name
    ("Mayor Oskar Brandt recently dispatched harbour minister Lina Feld to Tarrow.", "Lina Feld", "harbour minister"),
    ("Those tipped to follow Brandt include harbour minister Lina Feld and others.", "Lina Feld", "harbour minister"),
    ("The prize went to Velmoran physicist Lina Feld for her work on tides.", "Lina Feld", "Velmoran physicist"),
    ("The board questioned the role of former chief executive Lina Feld in the sale.", "Lina Feld",
     "former chief executive"),
    ("Tarn Harbour Lawyers principal Lina Feld called the fine a record.", "Lina Feld", "Tarn Harbour Lawyers principal"),
])
def test_where_the_role_before_a_name_starts(tmp_path, sentence, name, role):
    corpus = corpus_of(f"Harbour talks\n\n{sentence}\n", folder=tmp_path)
    assert people(corpus)[name].role == role


@pytest.mark.parametrize("sentence, name", [
    ("Independents Quill Feldt and Ivo Brandt voted for the harbour bill.", "Ivo Brandt"),
    ("The chief executive of the HFL Andrew Pellow cheered the harbour bill.", "Andrew Pellow"),
])
def test_a_plural_of_a_role_or_a_bodys_initials_before_a_name_is_no_part_of_it(tmp_path, sentence, name):
    corpus = corpus_of(f"Harbour vote\n\n{sentence}\n", folder=tmp_path)
    assert name in people(corpus) and not [n for n in people(corpus) if n.startswith(("Independents", "HFL"))]


def test_a_firm_of_lawyers_is_an_organization_not_a_person(tmp_path):
    corpus = corpus_of("Harbour fine\n\nMaurice Tarnby Lawyers principal Ines Dorra called the fine a record.\n",
                       folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert {(actor.name, actor.kind) for actor in actors} >= {("Ines Dorra", "person"), ("Maurice Tarnby Lawyers", "organization")}
    assert "Maurice Tarnby Lawyers" not in people(corpus)


def test_boss_before_a_name_is_a_title(tmp_path):
    corpus = corpus_of("Dock strike\n\nUnion boss Harbin Quell vowed to keep the strike going.\n", folder=tmp_path)
    assert roles_of(corpus) == {"Harbin Quell": "Union boss"}


def test_a_given_name_joined_by_a_hyphen_is_the_one_written_with_a_space(tmp_path):
    corpus = corpus_of(
        "Harbour deal\n\nPresident Amir Hadi al-Velsen signed the harbour deal on Monday.\n",
        "Harbour deal signed\n\nPresident Amir-Hadi al-Velsen said the deal would open the port.\n\n"
        "Velsen added that the first ships would arrive in May.\n",
        folder=tmp_path,
    )
    actors, _ = find_actors(corpus)
    people = [actor for actor in actors if actor.kind == "person"]
    assert [actor.name for actor in people] == ["Amir Hadi al-Velsen"]
    assert "Amir-Hadi al-Velsen" in people[0].aliases
    assert {cite.split(":")[0] for cite in people[0].cite} == {"S1", "S2"}


def test_a_verb_of_framing_vouches_for_a_person_only_where_a_frame_ends(tmp_path):
    corpus = corpus_of(
        "Ferry ruling\n\nThe ruling could decide whether Harbour Tickets continues operating in the region. "
        "Riders can still book on Tickets, the board said.\n\n"
        "“The line stays open,” Tomas Vell continued. Vell is the board's chair.\n",
        folder=tmp_path,
    )
    actors, _ = find_actors(corpus)
    assert [actor.name for actor in actors if actor.kind == "person"] == ["Tomas Vell"]


def test_a_full_name_that_misspells_a_known_persons_given_name_is_that_person(tmp_path):
    corpus = corpus_of(
        "Ferry line\n\nHarbour Commissioner Marietta van der Holm opened the ferry line on Monday.\n",
        "Ferry line\n\nThe line was opened by Mariatta van der Holm with the mayors of two towns.\n",
        folder=tmp_path,
    )
    actors, _ = find_actors(corpus)
    people = [actor for actor in actors if actor.kind == "person"]
    assert [(actor.name, actor.aliases) for actor in people] == [("Marietta van der Holm", ["Mariatta van der Holm"])]


def test_a_name_pasted_after_a_comma_with_no_space_is_no_person(tmp_path):
    corpus = corpus_of("Ferry bid\n\nHarbour Group has dropped its bid for Tarn Ferries,Maria Lund ending plans for a "
                       "merger.\n\nHarbour chief Karl Moen said the price was too high.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert [actor.name for actor in actors if actor.kind == "person"] == ["Karl Moen"]


def test_two_given_names_alike_in_one_sentence_are_two_people(tmp_path):
    corpus = corpus_of("Ferry line\n\nCommissioner Marietta Holm and her sister, Commissioner Marion Holm, opened "
                       "the line.\n\nMarion Holm said it would run all year.\n", folder=tmp_path)
    actors, _ = find_actors(corpus)
    assert sorted(actor.name for actor in actors if actor.kind == "person") == ["Marietta Holm", "Marion Holm"]


@pytest.mark.parametrize("sentence, people", [
    ("“The port will never be the same,” said Orla Brandvik, a partner at Velm & Tarn LLP who advises the families.",
     ["Orla Brandvik"]),
    ("“The port will never be the same,” said Harbour Tickets, a company at the heart of the dispute.", []),
    ("“The port will never be the same,” said Harbour Tickets, a supplier to the Velmora Port Authority.", []),
    ("“The port will never be the same,” said Quill Brandvik of Tarn Harbour Capital.", ["Quill Brandvik"]),
    ("As Quill Brandvik of Tarn Harbour Capital put it: “The port pays the bank, which pays the port.”",
     ["Quill Brandvik"]),
    ("“The port will never be the same,” said Harbour Tickets of Velm.", []),
])
def test_an_appositive_saying_where_someone_works_vouches_for_a_name_a_reporting_verb_introduces(
        tmp_path, sentence, people):
    actors, _ = find_actors(corpus_of(f"Ferry line\n\n{sentence}\n", folder=tmp_path))
    assert [actor.name for actor in actors if actor.kind == "person"] == people


def test_a_portfolio_that_runs_into_a_name_ends_where_a_known_given_name_starts(tmp_path):
    corpus = corpus_of("Mayor of Greater Tarrow Andy Pell said the line was vital to the region.\n\n"
                       "The Secretary of State for Harbour Security and Net Zero Claire Voss said bills would fall.",
                       folder=tmp_path)
    found = people(corpus)
    assert sorted(found) == ["Andy Pell", "Claire Voss"]
    assert found["Andy Pell"].role == "Mayor of Greater Tarrow"
    assert found["Claire Voss"].role == "Secretary of State for Harbour Security and Net Zero"


@pytest.mark.parametrize("text, name, role", [
    # a name before its title and portfolio, no comma between them
    ('"Nothing works here," said Simone Oduya Executive Secretary of the Soil Matters Fund. Oduya added that the '
     "money was short.", "Simone Oduya", "Executive Secretary of the Soil Matters Fund"),
    # a role whose body is followed by its acronym in brackets vouches for the name
    ("“The islands are rightly disappointed,” said Ana Velsk, the president of the Harbour Trust (HT), a research "
     "charity.", "Ana Velsk", "president of the Harbour Trust"),
])
def test_one_person_and_the_post_set_beside_their_name(tmp_path, text, name, role):
    assert {found: actor.role for found, actor in people(corpus_of(text, folder=tmp_path)).items()} == {name: role}


def test_a_plural_acronym_is_no_name(tmp_path):
    corpus = corpus_of("Line cut\n\nThe premier told Velmoran MPs and party members the ruling would stand. He "
                       "added that “the numbers have moved” on the route.", folder=tmp_path)
    assert people(corpus) == {}


def test_the_photographer_of_a_photo_provided_by_a_credit_is_no_actor(tmp_path):
    corpus = corpus_of("Mill sold\n\nThe board agreed to sell the mill for a large sum on Monday. Photo Provided by "
                       "Peter Venn/HPA-XNA\n\nAug. 14 (HPA) -- The mill's owner Dana Roth said the sale was fair to all "
                       "workers.", folder=tmp_path)
    assert sorted(people(corpus)) == ["Dana Roth"]


def test_a_post_set_after_a_name_and_a_comma_ends_with_its_portfolio_and_names_no_one_else(tmp_path):
    corpus = corpus_of("The plan will work, said Claire Voss, Secretary of State for Harbour Security and Net Zero, on "
                       "Monday. Prices will fall, said Tom Rhee, Executive Secretary of the Soil Climate Change speaking "
                       "at the summit. The talks were attended by Voss, Secretary of State Antony Brill and others.",
                       folder=tmp_path)
    found = people(corpus)
    assert sorted(found) == ["Antony Brill", "Claire Voss", "Tom Rhee"]
    assert found["Tom Rhee"].role == "Executive Secretary of the Soil Climate Change"


def test_a_name_in_a_phrase_before_a_titled_subject_is_in_no_list_with_them(tmp_path):
    corpus = corpus_of("Mill sale\n\nIn an interview with Grain Weekly, Mill CEO Steve Arlow said the sale was fair to "
                       "everyone involved.", folder=tmp_path)
    assert sorted(people(corpus)) == ["Steve Arlow"]


@pytest.mark.parametrize("honour", ["CBE", "MP", "PhD", "KC"])
def test_an_honour_seat_or_degree_after_a_name_is_no_part_of_it(tmp_path, honour):
    corpus = corpus_of(f"Port Minister Lina Varga {honour} stated the quay “is a main engine” of trade.", folder=tmp_path)
    assert roles_of(corpus) == {"Lina Varga": "Port Minister"}


def test_a_participle_before_the_body_of_a_role_belongs_to_the_role(tmp_path):
    corpus = corpus_of("Striking a simile on Wednesday, Tarrow organising committee president Andrew Lowell said the "
                       "Games would be huge.", folder=tmp_path)
    assert people(corpus)["Andrew Lowell"].role == "Tarrow organising committee president"


@pytest.mark.parametrize("qualifier", ["co-managing", "co-presiding"])
def test_a_participle_joined_by_a_hyphen_opens_a_role_as_the_participle_does(tmp_path, qualifier):
    corpus = corpus_of(f"Tarrow Mills {qualifier} director Andrew Lowell pledged support for the plan.", folder=tmp_path)
    assert people(corpus)["Andrew Lowell"].role == f"Tarrow Mills {qualifier} director"


def test_a_name_every_source_writes_before_the_noun_of_a_thing_is_the_things(tmp_path):
    corpus = corpus_of("Chip deal\n\nThe first phase will use Harlow’s Vera Lind platform. Funding goes to the Rosalind "
                       "Brandt Mars rover, now set for 2028.", "The Vera Lind platform ships next year.",
                       folder=tmp_path)
    assert people(corpus) == {}


def test_a_name_a_reporting_verb_vouches_for_stays_a_person_whatever_is_named_after_them(tmp_path):
    corpus = corpus_of("Chip deal\n\nThe first phase will use Harlow’s Vera Lind platform. Vera Lind said the chips "
                       "were ready.", folder=tmp_path)
    assert sorted(people(corpus)) == ["Vera Lind"]


def test_countries_words_joined_by_a_hyphen_before_a_surname_are_an_affiliation(tmp_path):
    corpus = corpus_of("Prize\n\nGeoffrey Hollin won the prize on Tuesday. “I am stunned, I had no idea this would "
                       "happen,” British-Canadian Hollin, 76, told reporters.", folder=tmp_path)
    assert {name: actor.aliases for name, actor in people(corpus).items()} == {"Geoffrey Hollin": ["Hollin"]}


@pytest.mark.parametrize("given", ["Carlo", "Ferenc", "Yann", "Dmytro", "Mariano"])
def test_common_given_names_of_many_languages_vouch_for_a_person_named_in_passing(tmp_path, given):
    corpus = corpus_of(f"Club news\n\nThe club named a new coach on Friday, replacing {given} Vettrin after nine long years.",
                       folder=tmp_path)
    assert sorted(people(corpus)) == [f"{given} Vettrin"]


def test_a_body_named_with_and_and_with_its_words_after_and_alone_is_one_actor(tmp_path):
    corpus = corpus_of("The Fisheries & Oceans Council met the mill on Monday.\n\nRules of the Oceans Council bind it.\n",
                       "Ostland's Fisheries and Oceans Council agreed.\n", folder=tmp_path)
    orgs = [(a.name, a.aliases) for a in find_actors(corpus)[0] if a.kind == "organization"]
    assert orgs == [("Fisheries & Oceans Council", ["Oceans Council", "Fisheries and Oceans Council"])]


def test_a_headlines_verb_is_no_surname_of_the_name_before_it(tmp_path):
    # a page's address and date above a headline that stays a line of the text
    corpus = corpus_of("https://example.com/politics/karima-resigns\n date 2024-08-05 PM Sheikh Karima Resigns, Leaves "
                       "Ostland; Army Says Vote To Follow\nThe army chief called for calm on Monday.\nPrime Minister "
                       "Sheikh Karima resigned on Monday, the army said.\n", folder=tmp_path)
    assert list(people(corpus)) == ["Sheikh Karima"]  # not "Karima Resigns", nor "Leaves Ostland"


def test_a_title_that_also_opens_names_is_the_names_when_one_word_follows_it(tmp_path):
    corpus = corpus_of("Politics\n\nPrime Minister Sheikh Karima resigned on Monday. Sheikh Karima left with her sister, "
                       "Sheikh Rehna.\n\nSheikh Faris bin Salem Al Noor spoke later.\n", folder=tmp_path)
    found = people(corpus)
    assert set(found) == {"Sheikh Karima", "Sheikh Rehna", "Faris bin Salem Al Noor"}
    assert found["Sheikh Karima"].role == "Prime Minister" and found["Faris bin Salem Al Noor"].role == "Sheikh"


def test_a_name_whose_parts_a_dashed_particle_joins_is_a_full_name(tmp_path):
    corpus = corpus_of("Army\n\nArmy chief Karim-Uz-Zaman said a new government would be formed. General "
                       "Karim-uz-Zaman said he took full responsibility.\n\nKremlin-backed groups and Pro-union "
                       "marchers met.\n", folder=tmp_path)
    found = people(corpus)
    assert list(found) == ["Karim-Uz-Zaman"] and found["Karim-Uz-Zaman"].aliases == ["Karim-uz-Zaman"]


def test_a_clause_that_puts_someone_in_a_post_gives_the_post_as_their_role(tmp_path):
    corpus = corpus_of("Army\n\nKarim Zaman, who was recently appointed as chief of army staff, appeared in uniform. Lena "
                       "Varga, who resigned as Ostland Prime Minister, left.\n", folder=tmp_path)
    found = people(corpus)
    assert (found["Karim Zaman"].role, found["Lena Varga"].role) == ("chief of army staff", "Ostland Prime Minister")


@pytest.mark.parametrize("text, named", [
    # a run ending in a portfolio's word after "and" is no name, and "Smt." is a dotted honorific
    ("Budget\n\nOn Monday the Union Minister of Fisheries and Coastal Affairs, Smt. Lena Varga, presented the "
     "budget.\n", {"Lena Varga": []}),
    # a name of five words is a name when a known given name opens it; five capitalised words are not
    ("Senate\n\nPresident of the Senate, José Luis Ramón Ortega Lira, welcomed the vote. Ortega Lira said the vote "
     "was clear.\n\nThe Harbour Board Pilots Union Training College said nothing.\n",
     {"José Luis Ramón Ortega Lira": ["Ortega Lira"]}),
])
def test_who_is_named_and_by_which_other_names(tmp_path, text, named):
    assert {name: actor.aliases for name, actor in people(corpus_of(text, folder=tmp_path)).items()} == named


def test_a_body_a_lower_case_word_describes_after_a_title_is_no_person_and_a_portfolio_stays_in_the_title(tmp_path):
    corpus = corpus_of(
        "The takeover was agreed on Monday.\n\n"
        "The chief executive of lender Vaskor Kredit, Ilse Marrow, said the bid was fair.\n\n"
        "The boss of carmaker Orlen Torvik said the deal was late.\n\n"
        "Chief of staff Pia Ressler said nothing new.\n\n"
        "The bank's head of product, Dario Quell, said it was a good deal.\n",
        folder=tmp_path)
    found = people(corpus)
    assert set(found) == {"Ilse Marrow", "Pia Ressler", "Dario Quell"}
    assert (found["Pia Ressler"].role, found["Dario Quell"].role) == ("Chief of staff", "head of product")


def test_a_surname_its_sentence_vouches_for_vouches_for_the_full_name_of_its_source(tmp_path):
    corpus = corpus_of(
        "The mill has been sold by Darab Vahidi after eight years.\n\n"
        "Vahidi, a British businessman, had owned the mill since 2009.\n",
        "The club has been sold by Darab Vahidi.\n",
        folder=tmp_path)
    assert roles_of(corpus) == {"Darab Vahidi": "British businessman"}


def test_a_billionaire_a_tycoon_or_a_whistleblower_before_a_name_is_its_role(tmp_path):
    corpus = corpus_of(
        "The port deal was cancelled on Thursday.\n\n"
        "Shipping tycoon Arvo Kallend said he would appeal.\n\n"
        "Whistleblower Teodor Brisk said the deal had been corrupt from the start.\n",
        folder=tmp_path)
    assert roles_of(corpus) == {
        "Arvo Kallend": "Shipping tycoon", "Teodor Brisk": "Whistleblower"}


def test_a_post_held_once_gives_way_to_the_post_now_an_appositive_names(tmp_path):
    corpus = corpus_of("The fine was imposed on Monday.\n\n"
                       "Former party leader Tomas Brenholt, now Harlow’s head of public affairs, said the fine was unfair.\n",
                       folder=tmp_path)
    assert roles_of(corpus) == {"Tomas Brenholt": "Harlow’s head of public affairs"}


def test_a_short_surname_a_letter_off_after_two_words_that_agree_is_one_person_the_misspelling_source_names_too(tmp_path):
    corpus = corpus_of(
        "Flood talks\n\nJunior minister Sadia Noor Kasr said the talks went well.\n",
        "Flood talks\n\nDeputy minister Sadia Noor Kasi opened the talks.\n\nKasi said more money would come.\n",
        folder=tmp_path)
    found = people(corpus)
    assert list(found) == ["Sadia Noor Kasr"] and found["Sadia Noor Kasr"].aliases == ["Sadia Noor Kasi", "Kasi"]
    assert {view.cite[0] for view in find_views(corpus, *find_actors(corpus))} == {"S1:1", "S2:2"}


@pytest.mark.parametrize("other, merged", [
    ("Velmora's Premier Peter Lin said the budget was needed. Lin added that the threat was real.", True),
    ("Company president Peter Lin of Harlow Chips said the deal was fair.", False),
])
def test_a_name_written_family_name_first_and_an_english_given_name_with_it_are_one_person_of_one_post(tmp_path, other, merged):
    corpus = corpus_of("Budget\n\nPremier Lin Wei-chen of Velmora announced the budget on Wednesday. Lin said the threat grew.\n",
                       f"Budget\n\n{other}\n", folder=tmp_path)
    found = people(corpus)
    assert (list(found), found["Lin Wei-chen"].aliases) == ((["Lin Wei-chen"], ["Lin", "Peter Lin"]) if merged else
                                                            (["Lin Wei-chen", "Peter Lin"], ["Lin"]))


def test_a_place_opens_a_name_a_title_before_it_or_a_role_set_off_after_it_vouches_for(tmp_path):
    corpus = corpus_of(
        "Budget\n\nDefence Minister Lima Vetterli revealed that the funds will go to missile defence.\n\n"
        "Lima Vetterli, Velmora’s defence minister, said the budget would buy drones.\n\n"
        "Paris, the French capital, hosted the talks. Lima Harbour was closed.\n",
        folder=tmp_path)
    assert roles_of(corpus) == {"Lima Vetterli": "Velmora’s defence minister"}


def test_a_rulers_title_after_another_title_or_an_honorific_is_a_given_name(tmp_path):
    corpus = corpus_of(
        "Fund\n\nSummit President Sultan Al Haddad said the fund was ready. Dr Emir Kovac, its adviser, agreed.\n\n"
        "Sultan Hassan Murad of Velmora said his kingdom would give more.\n",
        folder=tmp_path)
    assert roles_of(corpus) == {"Sultan Al Haddad": "Summit President", "Emir Kovac": "its adviser",
                                "Hassan Murad": "Sultan"}
