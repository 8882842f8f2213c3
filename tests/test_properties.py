"""Properties over arbitrary input: no stage raises, every record in comes out, a stage run twice changes nothing.

Hypothesis drives every stage (directly, not through the pipeline's crash boundary, so
a stage bug shows as a failure here) and the JSON-lines reader with arbitrary text
and bytes, plus news-like text assembled from typical lines so the deeper code paths
(bylines, credits, dates, quotes, share bars) are reached too.
"""

from __future__ import annotations

import copy
import io
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import jsonl
from newsclean.pipeline import RawInput, process, stage_module
from newsclean.record import STAGE_NAMES
from newsclean.runner import RunConfig, run

NEWSY_LINES = [
    "Ο ηγέτης της Βόρειας Κορέας διαβεβαίωσε τον Λαβρόφ", "Newsroom", "ΑΠΕ-ΜΠΕ", "Viber Whatsapp", "Μοιράσου το",
    "By Jane Smith, Reuters", "ATHENS (Reuters) - The minister said on Monday that talks would resume.",
    "«Είμαστε έτοιμοι», δήλωσε ο υπουργός.", "“We will not back down,” she said.", "\"Never,\" he told AFP.",
    "Share on Facebook | Twitter | Email", "Read more:", "Related articles", "Subscribe to our newsletter",
    "12 March 2024, 14:05", "Mise à jour le 3 janvier 2023", "Von Max Mustermann | dpa", "Фото: ТАСС",
    "Por Redacción EFE", "2024年3月12日 新华社", "„Das ist falsch“, sagte sie.", "— Это неправда, — заявил он.",
    "Copyright © 2024 All rights reserved", "Tags: politics, economy", "|", "·", "»", "", " ", "   ",
]
RUNS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(NEWSY_LINES), max_size=30).map("\n".join),
    st.lists(st.one_of(st.sampled_from(NEWSY_LINES), st.text(max_size=80)), max_size=20).map("\n".join),
    st.text(alphabet=st.sampled_from("«»“”„\"'|\n\r\t \u00a0\u2028\u0085\x00<>/&;"), max_size=300),
)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20), lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3), max_leaves=8)
records = st.fixed_dictionaries({"id": st.text(max_size=20), "text": texts}, optional={
    "zz_unknown": json_values, "lang": st.sampled_from(["el", "en", "de", "xx", ""]), "html": st.text(max_size=200)})


@pytest.mark.parametrize("name", STAGE_NAMES)
@RUNS
@given(record=records)
def test_stage_never_raises_is_idempotent_and_keeps_unknown_fields(name: str, record: dict) -> None:
    module = stage_module(name)
    before = copy.deepcopy(record)
    once = module.run(record, module.DEFAULT)
    assert record == before, "the stage mutated its input"
    assert once["id"] == record["id"]
    if "zz_unknown" in record:
        assert once["zz_unknown"] == record["zz_unknown"]
    assert module.run(once, module.DEFAULT) == once
    json.loads(jsonl.encode(once))  # still a valid JSON line


@RUNS
@given(data=st.binary(max_size=2000))
def test_whole_pipeline_on_arbitrary_bytes(data: bytes) -> None:
    record = process(RawInput("x.txt", None, data))
    assert record["id"] == "x.txt"
    assert not any("internal error" in str(e.get("message")) for e in record.get("errors") or [] if isinstance(e, dict))
    json.loads(jsonl.encode(record))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=3000))
def test_reader_yields_one_record_per_non_blank_line(data: bytes) -> None:
    out = list(jsonl.read(io.BytesIO(data), "in", 1000))
    assert len(out) == sum(1 for line in data.split(b"\n") if line.strip())
    assert all(isinstance(r, dict) and isinstance(r.get("id"), str) for r in out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(recs=st.lists(st.dictionaries(st.text(max_size=8), json_values, max_size=4).map(lambda d: {**d, "id": "r"}), max_size=6))
def test_records_round_trip_through_json_lines(recs: list[dict]) -> None:
    data = b"".join(jsonl.encode(r) for r in recs)
    assert data.count(b"\n") == len(recs)
    assert list(jsonl.read(io.BytesIO(data), "in", 10**6)) == recs


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(records.map(lambda r: jsonl.encode(r)), st.binary(max_size=50).map(lambda b: b.replace(b"\n", b"") + b"\n")), max_size=8))
def test_every_record_in_comes_out_of_a_run(lines: list[bytes]) -> None:
    data = b"{}\n" + b"".join(lines)  # starts with '{': read as JSON lines
    out = io.BytesIO()
    summary = run(["-"], RunConfig(stages=("decode", "split")), out, stdin=io.BytesIO(data))
    expected = sum(1 for line in data.split(b"\n") if line.strip())
    assert summary.read == summary.written == expected == out.getvalue().count(b"\n")


HEADLINE_MAX = 300  #: characters: a headline longer than this is a paragraph taken for a title (audit invariant)


@RUNS
@given(record=records)
def test_whole_pipeline_output_invariants_and_determinism(record: dict) -> None:
    """Whatever the text: one-line headline, quotes at their offsets, NFC fields, and the same output twice."""
    out = process(copy.deepcopy(record))
    assert jsonl.encode(process(copy.deepcopy(record))) == jsonl.encode(out)
    assert not any("internal error" in str(e.get("message")) for e in out.get("errors") or [] if isinstance(e, dict))
    headline = out.get("headline")
    assert headline is None or ("\n" not in headline and len(headline) <= HEADLINE_MAX)
    for quote in out.get("quotes") or []:
        assert out[quote["field"]][quote["start"]:quote["end"]] == quote["text"]
    for name in ("headline", "lead", "body", "byline", "source", "dateline"):
        value = out.get(name)
        assert value is None or unicodedata.normalize("NFC", value) == value, name
