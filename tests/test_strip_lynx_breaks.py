"""Line breaks in a lynx dump that are not wraps: a paragraph's unended last line, a copyright credit."""

from __future__ import annotations

import pytest

from newsclean import textclean, textclean_lynx
from wrap_support import PARAGRAPH, wrap

TWO = PARAGRAPH + " " + PARAGRAPH
FULL = "   The minister said the negotiations had gone well and it was signed."  #: one line, 70 columns wide


def _wrapped(last: str) -> list[str]:
    """A wrapped paragraph whose last line ends a sentence near the column, then ``last`` right under it."""
    lines = [*wrap(TWO, 74), "", FULL]
    assert len(lines[-1].rstrip()) + 1 + len(last.split()[0]) > 74 - textclean.WRAP_SLACK  # the word "did not fit"
    return [*lines, "   " + last, "", *wrap(TWO, 74)]


@pytest.mark.parametrize(
    "prev, line",
    [
        ("I am telling everyone about it, thanks so much!", "(BUTTON) Useful"),
        ("Einen Ausbau in den Staatsforsten lehnen wir ab.", "Foto: Christof Stache"),
        ("Der Biologe kann da gar nicht so viel beitragen.»", "Publiziert: 03.04.2020, 12:35"),
        ("Η κυβέρνηση θα ανακοινώσει τα μέτρα την Πέμπτη.", "Φωτογραφία: Eurokinissi"),
        ("La reunión terminó sin acuerdo.", "Lesen Sie auch:"),
        ("Nish Palas in Istanbul, and Carmelo Resort & Spa in Uruguay.", "Email ThisBlogThis!Share to Twitter"),
        ("a w Unii Europejskiej - 54,4 dolara.", "statista.com"),  # a bare web address, lower case
        ("Ο υπουργός μίλησε στη Βουλή.", "https://t.co/mIWVeRMnOJ"),
    ],
)
def test_an_unended_last_line_after_a_sentence_end_is_its_own(prev: str, line: str) -> None:
    assert textclean_lynx.final_break(prev, line)


@pytest.mark.parametrize(
    "prev, line",
    [
        ("The deal was done.", "less"),  # a lower-case continuation (a toggle, or the sentence going on)
        ("owner of sailboat frozen in St.", "Croix River gets good news"),  # an abbreviation
        ("sits at a dealership in Littleton, Colo.", "(AP Photo/David Zalubowski)"),  # closes with a bracket
        ("He left.", "She stayed until the end of the session."),  # ends a sentence
        ("He left", "Useful"),  # the line above ends no sentence
        ("Er sagte „Ja.“", "Sie blieb."),
        ("It was over.", "e.g. this one"),  # lower case, several words: the text going on
        ("It was over.", "a."),
    ],
)
def test_lines_that_continue_their_paragraph(prev: str, line: str) -> None:
    assert not textclean_lynx.final_break(prev, line)


def test_abbreviation_length_boundary() -> None:
    n = textclean_lynx.ABBREV_MAX_CHARS
    assert not textclean_lynx.ends_sentence("in " + "A" + "b" * (n - 1) + ".")
    assert textclean_lynx.ends_sentence("in " + "A" + "b" * n + ".")
    assert textclean_lynx.ends_sentence("in ab.")  # lower case: a word, not an abbreviation


def test_colon_switch() -> None:
    assert textclean_lynx.unended("Lesen Sie auch:") is not textclean_lynx.FINAL_COLON_ENDS


def test_the_unended_last_line_is_not_glued() -> None:
    text, _ = textclean.clean("\n".join(_wrapped("Foto: Christof Stache")))
    paras = text.split("\n")
    assert "Foto: Christof Stache" in paras and FULL.strip() in paras and TWO in paras


def test_a_last_line_ending_its_sentence_is_still_joined() -> None:
    text, _ = textclean.clean("\n".join(_wrapped("Foto shows the new hall.")))
    assert any(p.endswith("signed. Foto shows the new hall.") for p in text.split("\n"))


def test_a_continued_line_after_a_sentence_end_is_joined() -> None:
    """Only a paragraph's LAST line can stand apart: one the next line continues is a wrap."""
    lines = [*wrap(TWO, 74), "", FULL]
    glued = lines + ["   Foto Christof Stache and the team of the Bavarian nature society" , "   went on."]
    text, _ = textclean.clean("\n".join(glued))
    assert "Foto Christof Stache and the team of the Bavarian nature society went on." not in text.split("\n")
    assert "Foto Christof Stache" in text


def test_final_break_switch() -> None:
    lines = _wrapped("Foto: Christof Stache")
    textclean_lynx.USE_FINAL_BREAK = False
    try:
        text, _ = textclean.clean("\n".join(lines))
    finally:
        textclean_lynx.USE_FINAL_BREAK = True
    assert "Foto: Christof Stache" not in text.split("\n")


@pytest.mark.parametrize(
    "line, credit",
    [
        ("   Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", True),
        ("   Η συγκέντρωση στο Σύνταγμα © Γιάννης Παπαδόπουλος", True),
        ("   © 2020 All rights reserved.", False),  # a sentence, not a name
        ("   prices © are quoted in euros and the market rose again by four per cent today", False),
    ],
)
def test_a_copyright_credit_ends_its_line(line: str, credit: bool) -> None:
    assert textclean_lynx.credit_end(line) is credit


def test_credit_tail_boundary() -> None:
    name = "A" * (textclean_lynx.CREDIT_TAIL_CHARS - 2)
    assert textclean_lynx.credit_end("Caption. © " + name[:-1])
    assert not textclean_lynx.credit_end("Caption. © " + name + "BB")


def test_a_caption_with_its_credit_is_not_glued_to_the_paragraph() -> None:
    caption = "   Marco Odermatt, Ski-Star aus der Schweiz, beim Training. © AFP / MARCO BERT"
    lines = [*wrap(TWO, 74), "", caption[:74], *wrap("Chloe Kim " + TWO, 74), "", *wrap(TWO, 74)]
    text, _ = textclean.clean("\n".join(lines))
    assert caption[:74].strip() in text.split("\n")



def test_address_switch() -> None:
    textclean_lynx.USE_ADDRESS_BREAK = False
    try:
        assert not textclean_lynx.final_break("It was over.", "statista.com")
    finally:
        textclean_lynx.USE_ADDRESS_BREAK = True
    assert textclean_lynx.final_break("It was over.", "statista.com")


@pytest.mark.parametrize(
    "tail, head, abbreviation",
    [
        ("z wybuchami składów amunicji w 2014", "r. w miejscowości Vrbětice (kraj zliński).", True),
        ("bestimmte Funktionen auszuführen, wie", "z. B. das Teilen von Inhalten", True),
        ("müsse die Regierung", "v. a. mehr Beschäftigungsmöglichkeiten schaffen", True),
        ("beim Kreditantrag und/oder", "b) kein Eintrag in der Schufa", False),  # a bracket: a list item
        ("The options are:", "a. the first one", False),  # after a colon: a list item
        ("It ends here.", "b. the second one", False),
    ],
)
def test_a_letter_and_full_stop_after_a_word_is_an_abbreviation(tail: str, head: str, abbreviation: bool) -> None:
    assert textclean._abbreviation(tail, head) is abbreviation


def test_an_abbreviation_opening_a_wrapped_line_is_rejoined() -> None:
    first = "   Premier poinformował o powiązaniu rosyjskiego wywiadu z wybuchem w 2014"
    assert len(first) + 1 + len("r.") > 74 - textclean.WRAP_SLACK and len(first) <= 74
    lines = [*wrap(TWO, 74), "", first, "   r. w miejscowości Vrbětice.", "", *wrap(TWO, 74)]
    text, _ = textclean.clean("\n".join(lines))
    assert first.strip() + " r. w miejscowości Vrbětice." in text.split("\n")


@pytest.mark.parametrize(
    "line, ends",
    [
        ("Man fühlt sich danach wie ein Badass – und das gefällt mir 😉", True),
        ("Und bitte entschuldigt (falls ihr ihn gefunden habt 😉 )", True),
        ("Ήταν υπέροχα ♡", True),
        ("Alle Rechte vorbehalten ©", False),  # a copyright sign is no pictograph end
        ("Weiter →", False),  # an arrow is a math symbol, not a sentence end
    ],
)
def test_a_line_ending_with_an_emoji_ends_its_sentence(line: str, ends: bool) -> None:
    assert textclean_lynx.ends_sentence(line) is ends


def test_emoji_switch() -> None:
    textclean_lynx.USE_EMOJI_END = False
    try:
        assert not textclean_lynx.ends_sentence("das gefällt mir 😉")
    finally:
        textclean_lynx.USE_EMOJI_END = True


def _short_dump(pre: str) -> list[str]:
    """A short lynx dump: few wrapped lines, each of its own width, and one wider preformatted line."""
    body = [
        "   For the first time in many years I am using a Linux machine for all my",  # 73 columns
        "   work. In general I am extremely pleased with the system I have set up.",  # 73
        "   But of course, there are things that don't just work.",
        "   Like... copy selected text from a pane to the clipboard.",
        "   All content is licensed under a Creative Commons Attribution",
        "   International License, unless stated otherwise. Embedded",
        "   videos are excempt for obvious reasons.",
    ]
    return [*body[:4], pre, *body[4:]]


def test_a_short_dump_is_not_wrapped_at_its_preformatted_line() -> None:
    lines = _short_dump('bind-key -T copy-mode-vi MouseDragEnd1Pane send-keys -X copy-pipe-and-cancel "x')
    assert textclean.wrap_width(lines) == 73
    text, _ = textclean.clean("\n".join(lines))
    assert any(p.startswith("For the first time in many years I am using a Linux machine for all my work.") for p in text.split("\n"))


def test_few_lines_boundaries() -> None:
    top = [80, 74, 73, 70]
    assert textclean_lynx.few_lines_width({80: 1, 74: 1, 73: 1, 70: 1}, top, 3) == 74  # two lines at 72-74, one wider
    assert textclean_lynx.few_lines_width({80: 2, 74: 1, 73: 1, 70: 1}, top, 3) == 80  # as many wider lines: none
    assert textclean_lynx.few_lines_width({80: 1, 74: 1, 70: 1}, [80, 74, 70], 3) == 80  # one line per column
    textclean_lynx.USE_FEW_LINES_WIDTH = False
    try:
        assert textclean.wrap_width(_short_dump("x" * 40 + " " + "y" * 39)) == 80
    finally:
        textclean_lynx.USE_FEW_LINES_WIDTH = True
