"""The article run's end widened over a closing block of short sentences (strip_extend; invented fixtures)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import strip, strip_data, strip_extend, strip_runs
from newsclean.record import paragraphs
from newsclean.strip_features import Line, measure

PARA = (
    "The council voted on Tuesday to keep the old bridge open for walkers and cyclists, after a long debate in which "
    "residents of both banks asked for a safe crossing that does not depend on the new road."
)
FOOT = ["Share this:", "• Twitter", "• Facebook"]


def _lines(texts: list[str], lang: str = "en") -> list[Line]:
    return [measure(t, strip_data.stopwords(lang)) for t in texts]


def _end(block: list[str], foot: list[str] | None = None, lang: str = "en", para: str = PARA) -> int:
    """Return the widened end of a run holding one paragraph (index 0), followed by ``block`` and the furniture."""
    return strip_extend.extend_end(_lines([para, *block, *(FOOT if foot is None else foot)], lang), 0)


CASES = [
    # (language, paragraph, block, lines taken)
    ("en", PARA, ["Thanks to everyone who came along and helped out!", "See you all next spring."], 2),
    ("en", PARA, ["20 Cent 1 Bilt", "Well spent money, even if the picture is no masterpiece!"], 2),
    ("en", PARA, ["In that sense: so long, and thanks for all the fish!", "Benni", "10 September 2017"], 1),
    (
        "de",
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Fußgänger und Radfahrer offen zu halten, nachdem "
        "Anwohner beider Ufer lange für einen sicheren Übergang gekämpft hatten, der nicht von der neuen Straße abhängt.",
        ["Ich bedanke mich bei allen, die mitgeholfen haben!"],
        1,
    ),
    (
        "el",
        "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να μείνει ανοιχτή η παλιά γέφυρα για πεζούς και ποδηλάτες, μετά από μια "
        "μακρά συζήτηση στην οποία οι κάτοικοι και των δύο όχθεων ζήτησαν μια ασφαλή διάβαση.",
        ["Ευχαριστούμε όλους όσοι βοήθησαν σε αυτή την προσπάθεια.", "Καλή αντάμωση την άνοιξη!"],
        2,
    ),
    (
        "pt",
        "Quando os biscoitos já estiverem frios, derreta o chocolate e mergulhe metade de cada biscoito no chocolate "
        "derretido, com cuidado para não quebrar as bordas, e deixe escorrer o excesso sobre a tigela.",
        ["6. 6.", "Molhe apenas metade do biscoito para um acabamento mais bonito.", "7. 7.", "Deixe secar em uma folha de papel e sirva."],
        4,
    ),
]


@pytest.mark.parametrize(("lang", "para", "block", "taken"), CASES)
def test_a_closing_block_of_short_sentences_is_taken(lang: str, para: str, block: list[str], taken: int) -> None:
    assert _end(block, lang=lang, para=para) == taken


def test_labels_after_the_last_sentence_stay_out() -> None:
    assert _end(["Thanks to everyone who came along and helped out!", "Rate this:"]) == 1
    assert _end(["Thanks to everyone who came along!", "Published: May 12, 2019."]) == 1  # a dated line is no closing sentence


@pytest.mark.parametrize(
    "block",
    [
        ["Jane Doe", "Jane Doe is a reporter for the Daily Planet."],  # an author box: a name opens it
        ["More from the city", "• The old mill opens again next week."],  # a related box: a heading opens it
        ["Posted on 12 May 2019", "Thanks to everyone who came along and helped out!"],  # meta lines with a date
        ["... read more about the bridge."],  # a teaser's trailing continuation
        ["See you all next spring", "Best wishes"],  # no sentence end
    ],
)
def test_no_block_is_taken_when_it_opens_another_box(block: list[str]) -> None:
    assert _end(block) == 0


def test_the_block_must_be_closed_by_furniture() -> None:
    assert _end(["Thanks to everyone who came along and helped out!"], foot=[]) == 0  # the page ends: no furniture seen
    assert _end(["Thanks to everyone who came along and helped out!"], foot=[PARA]) == 0  # the next prose run starts


def test_the_block_holds_at_most_max_lines() -> None:
    line = "Thanks to everyone who came along and helped out!"
    assert _end([line] * strip_extend.EXTEND_MAX_LINES) == strip_extend.EXTEND_MAX_LINES
    assert _end([line] * (strip_extend.EXTEND_MAX_LINES + 1)) == 0


def test_the_content_share_boundary() -> None:
    """The sentences must hold EXTEND_CONTENT_SHARE of the block's characters; the numbered lines between them the rest."""
    sentence = "Thanks to everyone who came along and helped out!"  # 50 characters
    lines = _lines([PARA, "12 345", sentence, *FOOT])
    share = sentence.__len__() / (lines[1].length + lines[2].length)
    assert share >= strip_extend.EXTEND_CONTENT_SHARE
    assert strip_extend.extend_end(lines, 0) == 2
    long_row = "12 345 678 910 111 213 141 516 171 819 202 122 232 425 262 728"
    lines = _lines([PARA, long_row, sentence, *FOOT])
    assert sentence.__len__() / (lines[1].length + lines[2].length) < strip_extend.EXTEND_CONTENT_SHARE
    assert strip_extend.extend_end(lines, 0) == 0


def test_the_min_words_boundary() -> None:
    at = " ".join(["the", "city", "was", "happy."][: strip_extend.EXTEND_MIN_WORDS])
    below = " ".join(["the", "city", "happy."][: strip_extend.EXTEND_MIN_WORDS - 1])
    assert strip_extend._content(_lines([at])[0])
    assert not strip_extend._content(_lines([below])[0])


def test_the_min_stop_boundary() -> None:
    line = _lines(["Thanks to everyone who came along and helped out!"])[0]
    line.stop = strip_extend.EXTEND_MIN_STOP
    assert strip_extend._content(line)
    line.stop = strip_extend.EXTEND_MIN_STOP - 0.01
    assert not strip_extend._content(line)


def test_a_block_finishing_the_runs_sentence_may_open_with_any_line(monkeypatch: pytest.MonkeyPatch) -> None:
    para = PARA[:-1] + ","  # the run's last line breaks off after a comma
    rest = ["and the mayor agreed with them after a long night of", "The bridge opens for walkers again in May."]
    assert _end(rest, para=para) == 2
    assert _end(rest) == 0  # after a finished sentence a lower-case line opens nothing
    ja = ["もとの商品を小分けにして販売するような行為は、", "商標権侵害と判断される場合があります。", "※「iPhone」は、Apple Inc.の商標です。"]
    para_ja = "しかし、今回の事件のように、権利者の意思に基づくことなく、もとの商品に改造を加えた商品を販売する行為や、"
    assert _end(ja, foot=["関連記事", "• twitter"], lang="ja", para=para_ja) == 3
    monkeypatch.setattr(strip_extend, "USE_UNFINISHED", False)
    assert _end(rest, para=para) == 0


RESULTS = ["Viera d. Rockledge 3-1", "Viera (4-0): K. Hupfer 1 goal, L. Patikas 1 goal."]
MORE = ["Astronaut (NR): Jaden Siemans 7 saves.", "GIRLS SOCCER", "Viera d. Melbourne 1-0", "Melbourne (1-1-1): Jessica Newton 2 saves.", "Titusville d. Cocoa 2-1"]


def test_a_run_ending_in_results_goes_on_over_more_results(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines([PARA, *RESULTS, *MORE, "Published 2:16 AM EST Nov 20, 2019", *FOOT])
    assert strip_extend.extend_end(lines, 2) == 2 + len(MORE)  # up to the last result: the dateline stays out
    greek = _lines([PARA, "Ολυμπιακός - ΠΑΟΚ 2-1", "Άρης - ΑΕΚ 0-0", "Παναθηναϊκός - ΟΦΗ 3-1", "Βαθμολογία", "Ολυμπιακός 30, ΠΑΟΚ 28", *FOOT], "el")
    assert strip_extend.extend_end(greek, 2) == 5
    monkeypatch.setattr(strip_extend, "USE_DATA_TAIL", False)
    assert strip_extend.extend_end(lines, 2) == 2


def test_a_data_tail_needs_data_lines_at_the_runs_end() -> None:
    prose = PARA.replace("walkers", "walkers (2 of 3 asked)")  # a paragraph holding numbers is text, not a data row
    assert strip_extend.extend_end(_lines([PARA, RESULTS[0], prose, *MORE, *FOOT]), 2) == 2
    one = ["Viera won on 3 goals.", "Rockledge lost on 1 goal."]  # one number each: no rows
    assert strip_extend.extend_end(_lines([PARA, *one, *MORE, *FOOT]), 2) == 2
    teasers = ["The old mill opens again", "Why the bridge costs more", "A walk along the river", MORE[0]]
    assert strip_extend.extend_end(_lines([PARA, *RESULTS, *teasers, *FOOT]), 2) == 2  # under DATA_TAIL_SHARE of data


def test_the_switch_in_text_span(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through strip: the closing sentence is kept, and the switch turns it off."""
    closing = "Well spent money, even if the picture is no masterpiece!"
    page = ["My Little Blog", "A Small Joy On A Sunday", PARA, PARA.replace("Tuesday", "Monday"), "20 Cent 1 Bilt", closing, *FOOT]
    page += ["Tags: money, pictures", "© 2019 My Little Blog"]

    def kept() -> list[str]:
        return paragraphs(strip.run({"id": "t", "text": "\n".join(page), "lang": "en"})["text"])

    assert closing in kept()
    monkeypatch.setattr(strip_runs, "USE_EXTEND_END", False)
    assert closing not in kept()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=20), st.integers(min_value=0, max_value=19))
def test_the_end_only_moves_forward_within_the_page(texts: list[str], end: int) -> None:
    lines = _lines(texts)
    if end >= len(lines):
        return
    new = strip_extend.extend_end(lines, end)
    assert end <= new < len(lines)
    assert new - end <= strip_extend.EXTEND_MAX_LINES
