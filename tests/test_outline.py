"""The outline schema: YAML in with line-numbered errors, YAML out, JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from report.errors import InputError
from report.outline import Outline, dump_outline, json_schema, load_outline, parse_outline
from report.outline_yaml import edited

FIXTURE = Path(__file__).parent / "fixtures" / "brief" / "outline.yaml"
MINIMAL = "schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a.txt}]\n"


def error_of(text: str) -> str:
    with pytest.raises(InputError) as caught:
        parse_outline(text, "o.yaml")
    return caught.value.message


def test_fixture_outline_loads_every_part():
    outline = load_outline(FIXTURE)
    assert outline.brief.classification == "TLP:AMBER"
    assert outline.brief.date == "2025-03-04"  # YAML dates become ISO text
    assert [len(outline.summary), len(outline.actors), len(outline.funding), len(outline.views)] == [1, 3, 1, 2]
    assert outline.conflicts[0].versions[1].value == "Northvik"


def test_unknown_key_is_an_error_with_line_column_and_field():
    message = error_of(MINIMAL + "actors:\n  - name: X\n    knd: person\n")
    assert message == "o.yaml:6:5: actors.0.knd: unknown key (check its spelling)"


def test_bad_cite_names_the_expected_form():
    message = error_of(MINIMAL + "summary:\n  - {text: a, cite: [S1-2]}\n")
    assert message.startswith("o.yaml:5:")
    assert "summary.0.cite.0: 'S1-2' is not of the form S2:7" in message


def test_missing_required_key_is_named():
    message = error_of("schema: 1\nbrief: {subtitle: x}\nsources: [{id: S1, path: a}]\n")
    assert "brief.title: required key is missing" in message
    assert message.startswith("o.yaml:2:")


def test_wrong_kind_lists_the_choices():
    message = error_of(MINIMAL + "actors: [{name: X, kind: alien}]\n")
    assert "actors.0.kind: 'alien' is not one of" in message


def test_duplicate_source_ids_are_refused():
    message = error_of("schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a}, {id: S1, path: b}]\n")
    assert "sources: source id S1 is used twice" in message


def test_invalid_yaml_names_line():
    assert error_of("brief: [\n").startswith("o.yaml:2:1: not valid YAML")


def test_outline_must_be_a_mapping():
    assert "must be a mapping" in error_of("- a\n- b\n")


def test_unreadable_and_missing_files_are_named(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_outline(tmp_path / "missing.yaml")
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="not UTF-8"):
        load_outline(tmp_path / "bin.yaml")


def test_a_single_cite_may_be_written_as_a_string():
    outline = parse_outline(MINIMAL + "summary: [{text: a, cite: S1:2}]\n")
    assert outline.summary[0].cite == ["S1:2"]


def test_dump_round_trips_and_keeps_contract_key_order():
    outline = load_outline(FIXTURE)
    text = dump_outline(outline)
    assert parse_outline(text) == outline
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()]
    assert keys == ["schema", "brief", "sources", "summary", "actors", "funding", "views", "conflicts"]
    assert "cite: [S1:1, S2:1]" in text  # short lists stay on one line for editing


def test_drafted_stamp_detects_edits():
    text = dump_outline(parse_outline(MINIMAL), drafted=True)
    assert not edited(text)
    assert edited(text.replace("title: T", "title: U"))
    assert edited(dump_outline(parse_outline(MINIMAL)))  # no stamp: treat as edited


def test_json_schema_describes_the_contract():
    schema = json.loads(json_schema())
    assert set(schema["required"]) == {"brief", "sources"}
    assert schema["$defs"]["Actor"]["additionalProperties"] is False
    assert set(schema["$defs"]["Conflict"]["properties"]["kind"]["enum"]) >= {"fact", "single-source"}
    assert Outline.model_validate(json.loads(json.dumps(load_outline(FIXTURE).model_dump(by_alias=True))))


@pytest.mark.parametrize("name", ["Brief", "SourceRef", "SummaryItem", "Actor", "Equivalent", "Funding", "View",
                                  "Version", "Conflict", "Outline"])
def test_the_drafters_records_have_the_fields_order_and_defaults_of_the_outlines_models(name):
    import dataclasses

    from report import items, outline

    model, record = getattr(outline, name), getattr(items, name)
    fields = {field.name: field for field in dataclasses.fields(record)}
    expected = [key for key in model.model_fields if key != "schema_version"]
    assert list(fields) == expected
    for key in expected:
        info, field = model.model_fields[key], fields[key]
        default = field.default_factory() if field.default_factory is not dataclasses.MISSING else field.default
        assert (default if default is not dataclasses.MISSING else "required") == \
            (info.get_default(call_default_factory=True) if not info.is_required() else "required"), key


def test_a_drafted_outline_reads_back_through_the_models_as_its_data():
    from report import items
    from report.outline import Outline

    drafted = items.Outline(brief=items.Brief(title="T"), sources=[items.SourceRef(id="S1", path="a.txt")],
                            funding=[items.Funding(text="$5", amount=5, currency="USD", cite=("S1:1",))])
    assert drafted.funding[0].amount == 5.0 and drafted.funding[0].cite == ["S1:1"]  # what the models make of them
    data = items.outline_data(drafted)
    assert Outline.model_validate(data).model_dump(by_alias=True, exclude_none=True) == data
