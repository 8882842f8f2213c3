"""The quotes stage: speakers and cues in many languages, scare quotes, reported speech, contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import langdata
from newsclean.quotes import run
from newsclean.record import META_KEY

LANGUAGES = ("en", "el", "de", "fr", "es", "it", "pt", "ru", "pl", "nl", "tr")


def _quotes(text: str, lang: str | None = "en", kinds: tuple[str, ...] = ("direct",)) -> list[dict]:
    record = {"id": "t", "text": text} if lang is None else {"id": "t", "text": text, "lang": lang}
    return [q for q in run(record)["quotes"] if q["kind"] in kinds]


# (lang, text, quotation, speaker, cue) — one line per cue style and language
CASES = [
    ("en", '"We will win this fight," said Jane Smith, the party leader.', "We will win this fight,", "Jane Smith", "said"),
    ("en", 'Jane Smith said: "We will win this fight."', "We will win this fight.", "Jane Smith", "said"),
    ("en", 'According to Reuters, "the talks have collapsed completely."', "the talks have collapsed completely.", "Reuters", "According to"),
    ("en", '“Nothing has changed since then,” Toomey fumed on Tuesday.', "Nothing has changed since then,", "Toomey", "fumed"),
    ("en", 'Priebus later Thursday told Fox News: “Both men are meeting next week.”', "Both men are meeting next week.", "Priebus", "told"),
    ("el", "«Θα συνεχίσουμε τον αγώνα μέχρι το τέλος», είπε ο κ. Παπαδόπουλος.", "Θα συνεχίσουμε τον αγώνα μέχρι το τέλος", "Παπαδόπουλος", "είπε"),
    ("el", "Ο υπουργός Νίκος Δένδιας δήλωσε: «Η χώρα είναι έτοιμη για όλα».", "Η χώρα είναι έτοιμη για όλα", "Νίκος Δένδιας", "δήλωσε"),
    ("de", "„Wir werden das schaffen“, sagte Bundeskanzlerin Angela Merkel am Montag.", "Wir werden das schaffen", "Angela Merkel", "sagte"),
    ("de", "„Das ist ein großer Erfolg für uns alle“, so Müller.", "Das ist ein großer Erfolg für uns alle", "Müller", "so"),
    ("de", "In einem Interview äußerte sich der Außenbeauftragte Javier Solana zuversichtlich: „Ich gehe davon aus.“", "Ich gehe davon aus.", "Javier Solana", "äußerte"),
    ("de", "Als größten Fehler der Reform bezeichnete Heinz Bauer die Kürzungen: „Wir müssen die Schulen stärken.“", "Wir müssen die Schulen stärken.", "Heinz Bauer", "bezeichnete"),
    ("fr", "« Nous allons gagner cette bataille », a déclaré Emmanuel Macron.", "Nous allons gagner cette bataille", "Emmanuel Macron", "a déclaré"),
    ("es", '"Vamos a ganar esta batalla", dijo el presidente Pedro Sánchez.', "Vamos a ganar esta batalla", "Pedro Sánchez", "dijo"),
    ("it", "«Vinceremo questa battaglia», ha detto Giorgia Meloni.", "Vinceremo questa battaglia", "Giorgia Meloni", "ha detto"),
    ("pt", '"Vamos vencer esta batalha", disse o presidente Lula.', "Vamos vencer esta batalha", "Lula", "disse"),
    ("ru", "«Мы выиграем эту битву», — заявил Сергей Лавров.", "Мы выиграем эту битву", "Сергей Лавров", "заявил"),
    ("ru", "— Мы выиграем эту битву, — заявил Сергей Лавров.", "Мы выиграем эту битву", "Сергей Лавров", "заявил"),
    ("pl", "„Wygramy tę bitwę” – powiedział Donald Tusk.", "Wygramy tę bitwę", "Donald Tusk", "powiedział"),
    ("nl", '"We gaan deze strijd winnen," zei Mark Rutte.', "We gaan deze strijd winnen,", "Mark Rutte", "zei"),
    ("tr", '"Bu savaşı kazanacağız" dedi Recep Tayyip Erdoğan.', "Bu savaşı kazanacağız", "Recep Tayyip Erdoğan", "dedi"),
]


@pytest.mark.parametrize(("lang", "text", "quote", "speaker", "cue"), CASES)
def test_speaker_and_cue(lang: str, text: str, quote: str, speaker: str, cue: str) -> None:
    found = _quotes(text, lang)
    assert found, text
    assert (found[0]["text"], found[0]["cue"]) == (quote, cue)
    assert speaker in (found[0]["speaker"] or ""), found[0]["speaker"]


def test_split_quotation_and_pronoun_take_the_named_speaker() -> None:
    text = 'Mr. Brown arrived late. "I was stuck in traffic," he said, "for two hours."'
    found = _quotes(text)
    assert [(q["text"], q["speaker"]) for q in found] == [("I was stuck in traffic,", "Brown"), ("for two hours.", "Brown")]


def test_quote_only_paragraphs_carry_the_speaker() -> None:
    text = '"We will win," said Jane Smith.\n\n"And we will win big."\n\n"Nobody can stop us."'
    assert [q["speaker"] for q in _quotes(text)] == ["Jane Smith"] * 3


def test_a_surname_takes_its_fullest_form() -> None:
    text = 'Sergei Lavrov arrived on Monday.\n\n"We share the principle," Lavrov said.'
    assert _quotes(text)[0]["speaker"] == "Sergei Lavrov"


def test_a_role_keeps_its_wording_and_names_the_last_person() -> None:
    """A bare role is written as the article wrote it, followed by the person it refers to."""
    text = "Ο κ. Λαβρόφ έφτασε χθες.\n\nΟ ρώσος υπουργός Εξωτερικών ευχαρίστησε τους στρατιώτες για τον «ηρωισμό» τους."
    assert [q["speaker"] for q in _quotes(text, "el")] == ["ρώσος υπουργός Εξωτερικών Λαβρόφ"]


def test_an_indefinite_role_is_not_resolved() -> None:
    text = 'Sergei Lavrov arrived.\n\n"We have no comment on this matter," said a spokesman for the ministry.'
    assert _quotes(text)[0]["speaker"] == "spokesman for the ministry"


def test_an_organisation_can_be_the_speaker() -> None:
    text = "Σύμφωνα με το κρατικό πρακτορείο ειδήσεων KCNA, ο κ. Κιμ υποδέχθηκε τον κ. Λαβρόφ σε «ατμόσφαιρα θερμής συντροφικής εμπιστοσύνης»."
    assert _quotes(text, "el")[0]["speaker"].endswith("KCNA")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Η αντιπολίτευση επέκρινε τη «Νέα Δημοκρατία» για την πολιτική της."),
        ("de", "Im Munch-Museum wurden die Gemälde „Madonna“ und „Der Schrei“ gestohlen."),
        ("de", "Die jordanische Nachrichtenagentur „Petra“ berichtet, die Bremsen hätten versagt."),
        ("en", 'He starred in the so-called "reality show" for years.'),
        ("en", 'See <tweet id="756643058100428800" author="@cspan"> and "http://example.com/x".'),
    ],
)
def test_names_titles_and_scare_quotes_are_not_speech(lang: str, text: str) -> None:
    assert _quotes(text, lang) == []


def test_a_short_quotation_with_a_cue_is_speech() -> None:
    text = "Ο Κιμ Γιονγκ Ουν διαβεβαίωσε ότι η νίκη είναι «σίγουρη», μετέδωσε σήμερα επίσημο μέσο ενημέρωσης."
    assert [(q["text"], q["speaker"]) for q in _quotes(text, "el")] == [("σίγουρη", "Κιμ Γιονγκ Ουν")]


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        ("en", "Jane Smith said on Monday that the policy had failed badly.", "the policy had failed badly", "Jane Smith"),
        ("el", "Ο Γιώργος Παπαδόπουλος ανέφερε ότι η κυβέρνηση θα παραιτηθεί σύντομα.", "η κυβέρνηση θα παραιτηθεί σύντομα", "Γιώργος Παπαδόπουλος"),
        ("de", "Bundeskanzler Olaf Scholz sagte, dass die Regierung bleiben werde.", "die Regierung bleiben werde", "Olaf Scholz"),
        ("en", "The economy will recover by next year, the minister said.", "The economy will recover by next year", "minister"),
    ],
)
def test_reported_speech_is_indirect(lang: str, text: str, content: str, speaker: str) -> None:
    found = _quotes(text, lang, ("indirect",))
    assert [(q["text"], q["speaker"]) for q in found] == [(content, speaker)]


def test_fields_are_searched_in_order_with_offsets() -> None:
    record = {
        "id": "x",
        "lang": "en",
        "headline": 'Smith: "We will win"',
        "lead": None,
        "body": 'First paragraph.\n\n"We will win," said John Smith.',
    }
    out = run(record)
    assert [q["field"] for q in out["quotes"]] == ["headline", "body"]
    for q in out["quotes"]:
        assert out[q["field"]][q["start"] : q["end"]] == q["text"]
    assert out["quotes"][0]["speaker"] == "John Smith"  # the body says the same with more context


def test_bare_record_reports_field_text_and_detects_the_language() -> None:
    out = run({"id": "x", "text": "«Θα συνεχίσουμε τον αγώνα μέχρι το τέλος», είπε ο κ. Παπαδόπουλος στη Βουλή."})
    assert [(q["field"], q["speaker"]) for q in out["quotes"]] == [("text", "Παπαδόπουλος")]


def test_unknown_fields_pass_through_and_run_is_idempotent() -> None:
    record = {"id": "x", "text": '"Hello there, everyone," said Ann Lee.', "lang": "en", "custom": {"a": 1}}
    once = run(record)
    assert once["custom"] == {"a": 1} and "quotes" not in record
    assert run(once) == once
    assert "quotes" in once[META_KEY]["stages"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab C.,:;!?-—«»„“”\"'‘’‚‹›「」\n ΑΒγδ")), max_size=300), st.sampled_from(LANGUAGES))
def test_any_text_gives_valid_offsets(text: str, lang: str) -> None:
    out = run({"id": "h", "text": text, "lang": lang})
    starts = [(q["field"], q["start"]) for q in out["quotes"]]
    assert starts == sorted(starts)
    for q in out["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"] and q["text"]
        assert q["kind"] in ("direct", "indirect", "scare")


@pytest.mark.parametrize("kind", ["cues", "honorifics", "pronouns", "roles", "scare"])
def test_language_data_covers_the_required_languages(kind: str) -> None:
    assert set(LANGUAGES) <= set(langdata.languages(kind))
    folder = Path(langdata.__file__).parent / "data" / kind
    assert (folder / "README.md").is_file()


def test_seed_sample(shared: Path) -> None:
    """The Greek seed: all 15 quotations found, at least 13 speakers right."""
    exp = json.loads((shared / "samples" / "el-insider-kim-lavrov.expected.json").read_text(encoding="utf-8"))
    record = {"id": "seed", "lang": "el", "headline": exp["headline"], "lead": exp["lead"], "body": "\n\n".join(exp["body_paragraphs"])}
    got = {(q["field"], q["text"]): q for q in run(record)["quotes"] if q["kind"] == "direct"}
    found = [got.get((e["field"], e["text"])) for e in exp["quotes"]]
    assert all(found), [e["text"] for e, g in zip(exp["quotes"], found) if not g]
    right = sum(1 for e, g in zip(exp["quotes"], found) if e["speaker"] is None or (g["speaker"] and e["speaker"].split()[-1] in g["speaker"]))
    assert right >= 13


@pytest.mark.parametrize(
    "text",
    ["«" * 1_000_000, '"a b c" said X. ' * 25_000, "|\n" * 100_000, "word Word said that " * 100_000, " ".join(f"«q{i} w»" for i in range(20_000))],
)
def test_pathological_input_finishes(text: str) -> None:
    import time

    start = time.process_time()
    out = run({"id": "p", "text": text, "lang": "en"})
    assert time.process_time() - start < 15.0
    assert len(out["quotes"]) <= 5000


# (lang, text, exact speaker): the speaker phrase as the article writes it
SPEAKER_PHRASES = [
    ("en", '"We will win," said Jane Smith, the party leader.', "Jane Smith, the party leader"),
    ("en", '"We will win," said Jane Smith, a spokeswoman for the party, on Monday.', "Jane Smith, a spokeswoman for the party"),
    ("en", 'Jane Smith, a spokeswoman for the party, said: "We will win this fight."', "Jane Smith, a spokeswoman for the party"),
    ("en", '"We will win," said John Doe, who runs the campaign.', "John Doe, who runs the campaign"),
    ("en", '"We will win," said Rep. Bobby Scott (D-Va.).', "Bobby Scott (D-Va.)"),
    ("en", '"We will win," said White House press secretary Josh Earnest.', "Josh Earnest"),
    ("de", "„Wir haben gewonnen“, sagte der Trainer der Frankfurter, Michael Skibbe.", "Michael Skibbe"),
    ("de", "Der Trainer der Frankfurter, Michael Skibbe, sagte: „Wir haben gewonnen.“", "Michael Skibbe"),
    ("de", "Sinngemäß hofft Musk also: „Der nächste Start kommt bald.“", "Musk"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKER_PHRASES)
def test_speaker_phrase_keeps_apposition_and_parenthesis(lang: str, text: str, speaker: str) -> None:
    found = _quotes(text, lang)
    assert found and found[0]["speaker"] == speaker, found


def test_apposition_needs_a_closing_cue_or_a_postposed_speaker() -> None:
    """"According to KCNA, the leader met …": what follows the comma is the main clause, not an apposition."""
    found = _quotes('According to KCNA, the leader met the minister in an "atmosphere of trust and warmth between us".', "en")
    assert all(q["speaker"] in (None, "KCNA") for q in found), found


def test_apposition_is_capped() -> None:
    long_tail = " ".join(["word"] * 40)
    found = _quotes(f'"We will win," said Jane Smith, a leader {long_tail}.', "en")
    assert found and found[0]["speaker"] == "Jane Smith"


def test_a_name_is_not_found_inside_a_longer_word() -> None:
    """The capitalised-word finders place each name at a word boundary: "Bay" is no part of "eBay"."""
    from newsclean.quotes_lex import lexicon
    from newsclean.quotes_paras import PLACEHOLDER, light_words, names_only
    from newsclean.quotes_chunks import _Marks

    text = "Shares of eBay rose while Bay slept."
    para = names_only(text, 0, len(text), "text")
    assert list(zip(para.words, para.word_starts)) == [("Shares", 0), ("Bay", text.index(" Bay") + 1)]
    toks: list = []
    light_words(text, 0, len(text), toks, lexicon("en"), _Marks([], []))
    words = [(t.text, t.start) for t in toks if t.text != PLACEHOLDER and t.text != "."]
    assert words == [("Shares", 0), ("Bay", text.index(" Bay") + 1)]
    assert all(text[t.start : t.end] == t.text for t in toks if t.text != PLACEHOLDER)


def test_a_dotted_compound_does_not_cut_the_speakers_sentence() -> None:
    """ "U.S.-led": the full stop before the hyphen ends no sentence, so the speaker is not "led coalition"."""
    (q,) = _quotes('Jane Smith of the U.S.-led coalition said: "We will appeal the ruling today."')
    assert q["speaker"].startswith("Jane Smith")
    (q,) = _quotes('Jane Smith, a lawyer with the D.C.-based group, said: "We will appeal the ruling today."')
    assert q["speaker"] is not None and q["speaker"].startswith("Jane Smith")
