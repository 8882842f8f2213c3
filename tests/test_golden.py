"""Golden tests: every sample in samples/ against its hand-checked samples/<name>.expected.json.

The seed (el-insider-kim-lavrov, issue 2) and every other sample go through the same checks,
in process (newsclean.pipeline.process on {"id", "text"} / {"id", "html"}) and once through
the CLI (`newsclean run samples/`).  What "equal" means is in tests/golden_cases.py; the
expectations are only in the JSON files (see samples/README.md).

KNOWN_FAILURES lists each sample+check that fails on main today, marked
xfail(strict=True): a check that starts passing turns the suite red too, so the table must
be updated (remove the line) rather than silently going stale.  Never loosen an expectation
to make a check pass.  `GOLDEN_IGNORE_KNOWN=1 pytest tests/test_golden.py` shows the plain
state; `python tests/golden_cases.py` prints a fresh table to paste.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from golden_cases import (
    CASES,
    SAMPLES,
    Case,
    article_text_in_boilerplate,
    attributed_non_quotes,
    body_mismatches,
    dateline_key,
    input_record,
    match_quotes,
    missing_boilerplate,
    one_of,
    predicted,
    same_text,
    speaker_ok,
    speakers_needed,
    unexpected_boilerplate,
)

# (sample, check) -> why it fails today.  Checks: lang headline lead byline source dateline published
# body boilerplate_removed boilerplate_only_expected article_kept quotes_found quote_speakers
# quote_offsets not_quotes cli.  Updated from a run of this file on main (see the report of the golden-tests task).
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ('fr-tdg-chlorothalonil', 'lead'): 'lead None',
    ('ja-nhk-easy-taibatsu', 'lead'): "lead '子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。'",
    ('pl-wpolityce-brexit-umowa', 'byline'): 'byline None',
    ('fr-tdg-chlorothalonil', 'source'): 'source None',
    ('zh-hexinhuanet-yueding-wuqixian', 'source'): 'source None',
    ('es-publimetro-orellana-berrios', 'published'): 'published None, expected 2022-05-04',
    ('en-berkshireeagle-ap-sondland', 'body'): '23 paragraphs, expected 21',
    ('en-chron-esper-vietnam', 'body'): '8 paragraphs, expected 7',
    ('es-ultimasnoticias-gas-ucrania-lynx', 'body'): '6 paragraphs, expected 5',
    ('fr-tdg-chlorothalonil', 'body'): '33 paragraphs, expected 18',
    ('it-lastampa-perturbazione-polare', 'body'): '6 paragraphs, expected 5',
    ('ja-nhk-easy-taibatsu', 'body'): '3 paragraphs, expected 4',
    ('pl-wpolityce-brexit-umowa', 'body'): '16 paragraphs, expected 11',
    ('de-welt-lucke-vorlesung', 'boilerplate_removed'): "29 boilerplate lines not removed, e.g. ['<p>Bernd Lucke, AfD-Mitbegründer, verlässt den Hörsaal der Universitä",
    ('en-berkshireeagle-ap-sondland', 'boilerplate_removed'): "3 boilerplate lines not removed, e.g. ['The Berkshire Eagle', 'AP-US--Trump-Impeachment, 4th Ld-Writethru', 'P",
    ('en-chron-esper-vietnam', 'boilerplate_removed'): "3 boilerplate lines not removed, e.g. ['Back to Gallery', '© 2019 Hearst Communications, Inc. print footer logo', 'Logo Return to Top']",
    ('fr-tdg-chlorothalonil', 'boilerplate_removed'): "14 boilerplate lines not removed, e.g. ['Signaler une erreur', 'Vous voulez communiquer un renseignement ou vo",
    ('it-lastampa-perturbazione-polare', 'boilerplate_removed'): "1 boilerplate lines not removed, e.g. ['Le previsioni meteo da oggi a domenica 23 febbraio']",
    ('pl-wpolityce-brexit-umowa', 'boilerplate_removed'): "2 boilerplate lines not removed, e.g. ['• opublikowano: 2021-04-29 17:13:04.031886+02:00', 'Zamów książkę &amp",
    ('pt-correio24horas-sequestradores', 'boilerplate_removed'): "2 boilerplate lines not removed, e.g. ['Draco já mapeou todos os integrantes, e prisão é questão de tempo, diz",
    ('zh-hexinhuanet-yueding-wuqixian', 'boilerplate_removed'): "1 boilerplate lines not removed, e.g. ['河北河间将修缮冯国璋将军第及国葬墓']",
    ('en-chron-esper-vietnam', 'boilerplate_only_expected'): "1 unexpected boilerplate entries, e.g. ['© 2019 Hearst Communications, Inc. print footer logo Logo Return to T",
    ('fr-tdg-chlorothalonil', 'boilerplate_only_expected'): '1 unexpected boilerplate entries, e.g. ["AgricultureL\'Office fédéral de l\'agriculture a décidé de retirer l\'au',
    ('pl-wpolityce-brexit-umowa', 'boilerplate_only_expected'): '1 unexpected boilerplate entries, e.g. [\'Zamów książkę "Operacja DUDA 2020. Tajemnice kampanii" Zamów książkę ',
    ('pt-correio24horas-sequestradores', 'boilerplate_only_expected'): "2 unexpected boilerplate entries, e.g. ['Draco já mapeou todos os integrantes, e prisão é questão de tempo, di",
    ('es-ultimasnoticias-gas-ucrania-lynx', 'article_kept'): "1 article paragraphs removed as boilerplate, e.g. ['Canciller ucraniano tildó de engaño que no acepten de inme",
    ('fr-tdg-chlorothalonil', 'article_kept'): '1 article paragraphs removed as boilerplate, e.g. ["AgricultureL\'Office fédéral de l\'agriculture a décidé de r',
    ('zh-hexinhuanet-yueding-wuqixian', 'quotes_found'): "6 quotes not found: ['兄弟，放心吧！只要二老在世一天，我们就管一天，我们的约定没有期限', '果树93(01)班毕业生们的典型事迹，为人们的心灵注入了温暖与感动。作为一名文艺工作者，通过艺术形式来弘",
    ('es-publimetro-orellana-berrios', 'quote_speakers'): "2/8 speakers right, need 7; wrong: [('Que la justicia penal investigue, no la ', 'Antonia Orellana', 'Mujer'),",
    ('es-ultimasnoticias-gas-ucrania-lynx', 'quote_speakers'): "4/8 speakers right, need 7; wrong: [('durante todo este tiempo de la operación', 'Gazprom', 'proveedora rusa d",
    ('fr-tdg-chlorothalonil', 'quote_speakers'): "0/1 speakers right, need 1; wrong: [('probablement', 'OFAG', None)]",
    ('zh-hexinhuanet-yueding-wuqixian', 'quote_speakers'): "0/6 speakers right, need 6; wrong: [('兄弟，放心吧！只要二老在世一天，我们就管一天，我们的约定没有期限', None, None), ('果树93(01)班毕业生们的典型事迹，为人们",
    # 2026-11-27 14:25 UTC: 35 of 194 tests fail (de-welt-lucke-vorlesung body passes since the related-heading data, 339e081); 16:10 UTC: 34 (pl-wpolityce source `aja/PAP` since f69e55c); 16:25 UTC: 32 (en-chron-esper-vietnam source and dateline: its headline is no longer glued to the gallery counter `1 / 8`, strip_wrap.USE_LETTER_GUARD)
}


def cases_for(check: str, only: object = None) -> list[object]:
    """Parametrize ``check`` over the samples, with xfail marks from KNOWN_FAILURES."""
    params = []
    for case in CASES:
        if only is not None and not only(case):  # type: ignore[operator]
            continue
        reason = None if os.environ.get("GOLDEN_IGNORE_KNOWN") else KNOWN_FAILURES.get((case.name, check))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


def _has(key: str):
    return lambda case: key in case.expected


@pytest.mark.parametrize("case", cases_for("lang"))
def test_lang(case: Case) -> None:
    """The language is detected (ISO 639-1)."""
    got = predicted(case.name).get("lang")
    assert got == case.expected["lang"], f"lang {got!r}"


@pytest.mark.parametrize("case", cases_for("headline"))
def test_headline(case: Case) -> None:
    """The headline is the article's title line."""
    rec = predicted(case.name)
    assert one_of(case, rec.get("headline"), "headline"), f"headline {rec.get('headline')!r}"


@pytest.mark.parametrize("case", cases_for("lead"))
def test_lead(case: Case) -> None:
    """The lead is the standfirst when there is one, and null when there is none."""
    rec = predicted(case.name)
    assert one_of(case, rec.get("lead"), "lead"), f"lead {rec.get('lead')!r}"


@pytest.mark.parametrize("case", cases_for("byline"))
def test_byline(case: Case) -> None:
    """The byline is the author or desk (or null)."""
    rec = predicted(case.name)
    assert one_of(case, rec.get("byline"), "byline"), f"byline {rec.get('byline')!r}"


@pytest.mark.parametrize("case", cases_for("source"))
def test_source(case: Case) -> None:
    """The source is the agency credit (or null)."""
    rec = predicted(case.name)
    assert one_of(case, rec.get("source"), "source"), f"source {rec.get('source')!r}"


@pytest.mark.parametrize("case", cases_for("dateline", only=_has("dateline")))
def test_dateline(case: Case) -> None:
    """The dateline ("HANOI, Vietnam (AP) —") is found and taken out of the body."""
    rec = predicted(case.name)
    want = case.expected["dateline"]
    got = rec.get("dateline")
    if want is None:
        assert not got, f"dateline {got!r}, expected none"
    else:
        assert dateline_key(got) == dateline_key(want), f"dateline {got!r}, expected {want!r}"


@pytest.mark.parametrize("case", cases_for("published", only=_has("published")))
def test_published(case: Case) -> None:
    """The publication date (the day; time and zone are not checked)."""
    got = predicted(case.name).get("published")
    assert isinstance(got, str) and got[:10] == case.expected["published"], f"published {got!r}, expected {case.expected['published']}"


@pytest.mark.parametrize("case", cases_for("body"))
def test_body(case: Case) -> None:
    """The body is exactly the article's paragraphs, separated by one blank line."""
    rec = predicted(case.name)
    problems = body_mismatches(case, rec)
    assert not problems, "\n".join(problems)
    if case.exact_lines and not case.expected.get("body_paragraph_alternatives"):
        assert rec["body"] == "\n\n".join(case.expected["body_paragraphs"])


@pytest.mark.parametrize("case", cases_for("boilerplate_removed"))
def test_boilerplate_removed(case: Case) -> None:
    """Every expected boilerplate line is in the record's boilerplate."""
    missing = missing_boilerplate(case, predicted(case.name))
    assert not missing, f"{len(missing)} boilerplate lines not removed, e.g. {missing[:5]}"


@pytest.mark.parametrize("case", cases_for("boilerplate_only_expected", only=lambda c: c.boilerplate_complete))
def test_boilerplate_only_expected(case: Case) -> None:
    """Nothing else is removed, besides lines taken as byline, source or dateline."""
    extra = unexpected_boilerplate(case, predicted(case.name))
    assert not extra, f"{len(extra)} unexpected boilerplate entries, e.g. {extra[:5]}"


@pytest.mark.parametrize("case", cases_for("article_kept"))
def test_article_kept(case: Case) -> None:
    """No body paragraph (nor the lead) is in the boilerplate."""
    lost = article_text_in_boilerplate(case, predicted(case.name))
    assert not lost, f"{len(lost)} article paragraphs removed as boilerplate, e.g. {[t[:60] for t in lost[:3]]}"


@pytest.mark.parametrize("case", cases_for("quotes_found", only=lambda c: c.expected.get("quotes")))
def test_quotes_found(case: Case) -> None:
    """Every expected quote is found (matched by its text, in its field)."""
    missing = [w["text"][:60] for w, got in match_quotes(case, predicted(case.name)) if got is None]
    assert not missing, f"{len(missing)} quotes not found: {missing}"


@pytest.mark.parametrize("case", cases_for("quote_speakers", only=lambda c: c.expected.get("quotes")))
def test_quote_speakers(case: Case) -> None:
    """Enough quotes (85 %, 13 of the seed's 15) are found with the right speaker."""
    pairs = match_quotes(case, predicted(case.name))
    right = [w for w, got in pairs if got is not None and speaker_ok(w, got.get("speaker"))]
    wrong = [(w["text"][:40], w.get("speaker"), got and got.get("speaker")) for w, got in pairs if w not in right]
    assert len(right) >= speakers_needed(case), f"{len(right)}/{len(pairs)} speakers right, need {speakers_needed(case)}; wrong: {wrong}"


@pytest.mark.parametrize("case", cases_for("quote_offsets"))
def test_quote_offsets(case: Case) -> None:
    """Every predicted quote points at its own text: record[field][start:end] == text."""
    rec = predicted(case.name)
    bad = []
    for q in rec.get("quotes") or []:
        field = rec.get(q.get("field")) if isinstance(q, dict) else None
        start, end = (q.get("start"), q.get("end")) if isinstance(q, dict) else (None, None)
        if not (isinstance(field, str) and isinstance(start, int) and isinstance(end, int) and field[start:end] == q.get("text")):
            bad.append(str(q)[:100])
    assert not bad, f"{len(bad)} quotes with wrong offsets, e.g. {bad[:2]}"


@pytest.mark.parametrize("case", cases_for("not_quotes", only=lambda c: c.expected.get("not_quotes")))
def test_not_quotes(case: Case) -> None:
    """Names and labels in quotation marks are not direct quotes with a speaker."""
    bad = attributed_non_quotes(case, predicted(case.name))
    assert not bad, f"attributed as quotes: {bad}"


# --- the same through the command line -------------------------------------------------

COMPARED_FIELDS = ("headline", "lead", "body", "byline", "source", "dateline", "published", "lang", "boilerplate", "quotes")


@pytest.fixture(scope="module")
def cli_records() -> dict[str, dict]:
    """Run `newsclean run samples/` once in a subprocess; records by id."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "run", "-q", str(SAMPLES)],
        capture_output=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").split("\n") if line]
    return {r["id"]: r for r in records}


@pytest.mark.slow
def test_cli_one_record_per_input(cli_records: dict[str, dict]) -> None:
    """One record per input file, with the file's relative path as its id."""
    assert sorted(cli_records) == sorted(c.path.name for c in CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", cases_for("cli"))
def test_cli_same_as_in_process(case: Case, cli_records: dict[str, dict]) -> None:
    """The CLI gives the same article fields as the pipeline in process."""
    got = cli_records.get(case.path.name)
    assert got is not None, f"no CLI record for {case.path.name}"
    want = predicted(case.name)
    diff = [f for f in COMPARED_FIELDS if got.get(f) != want.get(f)]
    assert not diff, f"fields differ between CLI and in-process: {diff}"


def test_samples_are_well_formed() -> None:
    """Each expectation names its input, and its texts are really in the input."""
    for case in CASES:
        exp = case.expected
        assert exp["id"] == case.name
        assert exp.get("headline") and exp.get("body_paragraphs"), case.name
        if case.exact_lines:
            lines = {line.strip() for line in case.path.read_text(encoding="utf-8").split("\n")}
            for para in exp["body_paragraphs"][1:]:
                assert para in lines, (case.name, para[:60])
            assert exp["headline"] in lines, case.name
        for q in exp.get("quotes") or []:
            field = q.get("field", "body")
            hay = "\n\n".join(exp["body_paragraphs"]) if field == "body" else exp.get(field) or ""
            assert q["text"] in hay, (case.name, q["text"][:60])
        assert same_text(case, exp["headline"], exp["headline"])
    assert input_record(CASES[0])["id"] == "el-insider-kim-lavrov"


# --- the comparison rules themselves ---------------------------------------------------

def test_rules_speaker() -> None:
    """Speaker rule of issue 2: equal, or the expected last word in the predicted speaker."""
    assert speaker_ok({"speaker": "Σεργκέι Λαβρόφ"}, "ο Σεργκέι Λαβρόφ")
    assert speaker_ok({"speaker": "Σεργκέι Λαβρόφ"}, "Λαβρόφ")
    assert not speaker_ok({"speaker": "Σεργκέι Λαβρόφ"}, "Σεργκέι")
    assert not speaker_ok({"speaker": "Mark Esper"}, None)
    assert speaker_ok({"speaker": None}, None)
    assert speaker_ok({"speaker": "OFAG", "speaker_alternatives": ["Office fédéral de l'agriculture"]}, "L'Office fédéral de l'agriculture")
    assert speaker_ok({"speaker": "张晓阳"}, "编剧张晓阳")
    assert not speaker_ok({"speaker": "张晓阳"}, "王慧杰")


def test_rules_text_keys() -> None:
    """Quotes match without their marks and end punctuation; boilerplate lines without bullets."""
    from golden_cases import line_key, quote_key

    assert quote_key("“vividly.”") == quote_key("vividly.") == "vividly"
    assert quote_key("«Μοιραζόμαστε την αρχή»") == "Μοιραζόμαστε την αρχή"
    assert quote_key("“我们许多演员在排练时常常被感动得泣不成声。”") == "我们许多演员在排练时常常被感动得泣不成声"
    assert line_key("  • Privacy Notice") == line_key("* Privacy Notice") == "Privacy Notice"
    assert line_key("— zaznaczył.") == "— zaznaczył."


def test_seed_expectation_is_issue_2(shared) -> None:  # noqa: ANN001 - the conftest fixture
    """The seed's expectation is the one issue 2 names, unchanged from ../shared/samples."""
    seed = next(c for c in CASES if c.name == "el-insider-kim-lavrov")
    exp = seed.expected
    assert (exp["byline"], exp["source"]) == ("Newsroom", "ΑΠΕ-ΜΠΕ")
    assert (len(exp["body_paragraphs"]), len(exp["boilerplate_lines"]), len(exp["quotes"])) == (15, 12, 15)
    original = shared / "samples"
    assert json.loads((original / "el-insider-kim-lavrov.expected.json").read_text(encoding="utf-8")) == exp
    assert (original / "el-insider-kim-lavrov.txt").read_bytes() == seed.path.read_bytes()
