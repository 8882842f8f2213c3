"""The pipeline: raw bytes decoded first, a stage crash becomes an error record, unreadable input passes through."""

from __future__ import annotations

import pytest

from newsclean import jsonl
from newsclean.pipeline import Options, RawInput, apply_stage, process, stage_module
from newsclean.record import META_KEY


def _boom(record: dict, options: object) -> dict:
    raise RuntimeError("stage bug")


def test_raw_input_is_decoded_first_even_when_decode_is_not_asked() -> None:
    record = process(RawInput("a.txt", "dir/a.txt", "Τίτλος\n\nΚείμενο.".encode("utf-8")), ("split",))
    assert record["id"] == "a.txt" and record["path"] == "dir/a.txt"
    assert record[META_KEY]["stages"][:1] == ["decode"] and "split" in record[META_KEY]["stages"]


def test_html_record_is_decoded_before_a_later_stage() -> None:
    record = process({"id": "h", "html": "<html><body><h1>Title</h1><p>Body text.</p></body></html>"}, ("strip",))
    assert "decode" in record[META_KEY]["stages"] and "<h1>" not in record.get("text", "")


def test_a_stage_crash_is_an_error_record_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage_module("split"), "run", _boom)
    record = apply_stage({"id": "x", "text": "t", "keep": 1}, "split", Options())
    assert record["keep"] == 1 and record["errors"] == [{"stage": "split", "message": "internal error in split: RuntimeError: stage bug"}]
    debug = apply_stage({"id": "x", "text": "t"}, "split", Options(debug=True))
    assert "Traceback" in debug["errors"][0]["message"]


def test_later_stages_still_run_after_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage_module("strip"), "run", _boom)
    record = process({"id": "x", "text": "Headline\n\nBody text."})
    assert record["errors"][0]["stage"] == "strip" and "quotes" in record[META_KEY]["stages"]


def test_interrupts_are_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(record: dict, options: object) -> dict:
        raise KeyboardInterrupt

    monkeypatch.setattr(stage_module("split"), "run", interrupted)
    with pytest.raises(KeyboardInterrupt):
        process({"id": "x", "text": "t"}, ("split",))


def test_unreadable_input_passes_through_untouched() -> None:
    bad = jsonl.error_record("in.jsonl", 3, "invalid JSON")
    assert process(bad) is bad


def test_unknown_stage_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown stage"):
        stage_module("nope")


def test_options_default_to_each_stage_default() -> None:
    assert Options().for_stage("decode") is stage_module("decode").DEFAULT


# --- the per-document guard: at most MAX_TEXT_CHARS of text reach strip, split and quotes -------

from newsclean.pipeline import GUARD_STAGE, MAX_TEXT_CHARS, cap_text  # noqa: E402


def test_text_at_the_limit_is_untouched_and_one_more_character_is_cut_at_a_line_break() -> None:
    line = "x" * 99 + "\n"
    at_limit = {"id": "a", "text": line * 10}
    assert cap_text(at_limit, limit=1000) is at_limit
    over = {"id": "a", "text": line * 10 + "y", "keep": 1}
    cut = cap_text(over, limit=1000)
    assert cut["text"] == line * 9 + "x" * 99 and cut["keep"] == 1 and "warnings" not in over
    assert cut["warnings"][0]["stage"] == GUARD_STAGE and "1001 characters cut to its first 999" in cut["warnings"][0]["message"]
    assert cap_text(cut, limit=1000) is cut  # idempotent


def test_a_single_huge_line_is_cut_at_the_limit_and_html_blocks_follow_the_kept_lines() -> None:
    assert cap_text({"id": "a", "text": "z" * 50}, limit=20)["text"] == "z" * 20
    rec = {"id": "h", "text": "one\n\ntwo\nthree\nfour", "blocks": [{"text": t} for t in ("one", "two", "three", "four")]}
    cut = cap_text(rec, limit=13)
    assert cut["text"] == "one\n\ntwo" and [b["text"] for b in cut["blocks"]] == ["one", "two"]


def test_process_caps_a_huge_text_before_the_stages_and_says_so() -> None:
    text = "Headline of a huge page\n\n" + ("A paragraph of the body, said the minister on Monday.\n" * (MAX_TEXT_CHARS // 50))
    record = process({"id": "big", "text": text}, ("strip", "split"))
    assert record["text"].count("A paragraph") < text.count("A paragraph") and "errors" not in record
    assert [w["stage"] for w in record["warnings"]].count(GUARD_STAGE) == 1
    assert record["headline"] == "Headline of a huge page"
    again = process(record, ("quotes",))  # strip's blank lines made the text longer again: not cut twice
    assert [w["stage"] for w in again["warnings"]].count(GUARD_STAGE) == 1


def test_stage_fields_are_applied_to_the_stage_default_where_it_runs() -> None:
    """Options may carry a dict of fields per stage: for_stage applies them to that stage's DEFAULT (unknown ones ignored)."""
    import dataclasses

    from newsclean import decode
    from newsclean.pipeline import Options

    opts = Options(stages={"decode": {"encoding": "cp1253", "no_such_field": 1}})
    got = opts.for_stage("decode")
    assert got == dataclasses.replace(decode.DEFAULT, encoding="cp1253")
    assert opts.for_stage("decode") is got  # resolved once
    assert Options(stages={"decode": {"encoding": ["unhashable"]}}).for_stage("decode").encoding == ["unhashable"]
    assert Options().for_stage("decode") is decode.DEFAULT
