"""Tests of caption/credit removal inside a text dump's article (strip_captions)."""

from __future__ import annotations

import pytest

from newsclean import strip, strip_captions, strip_data, strip_features
from newsclean.record import paragraphs
from newsclean.strip_captions import CAPTION_TAIL_MAX_CHARS, CREDIT_MAX_CHARS, lead_credit, tail_credit

PROSE = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties."
)


@pytest.mark.parametrize(
    "line",
    [
        "Protesters marched through the city centre on Sunday (Image: GETTY )",
        "A worker loads trims into his truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
        "The lander on the Moon, as the company imagines it. Credit: SpaceX",
        "He did not win.Credit...Doug Mills/The New York Times",
        "Stock fell after the report. Photograph by Robyn Beck/AFP/Getty Images",
        "Der Kanzler am Montag in Berlin (Foto: dpa)",
        "Ο πρωθυπουργός στη Βουλή. Φωτογραφία: Γιάννης Παπαδόπουλος",
        "In der Kirche gilt Maskenpflicht. Foto: ccnull/Marco Verch/cc by sa 2.0",  # a name counted by spaces
        "Puerto de Montevideo. Foto: Archivo El País.",  # one closing full stop
        "Premio Nobel de la Paz (REUTERS/Denis Balibouse)",  # an agency with a separator in the parenthesis
        "Der Verband reagiert mit Entsetzen. (Quelle: Fleischmann/Unsplash/DJV)",
        "Le piquet de grève dans le hall de l’université / (C) Kab Niang",
        "Η συγκέντρωση στο Σύνταγμα © Γιάννης Παπαδόπουλος",
        "La presidenta anticipó que renunciará a la organización. (Teresa Canino Rivera)",
        "先制点が決まり、喜ぶバルセロナのメッシ（左）とスアレス＝ロイター",  # Japanese papers: the credit after `＝`
        "試合後に会見する監督＝共同",
        "式典で握手する両首脳＝１０日、東京都内で田中一郎撮影",  # a photographer's name closed by 撮影 (data/captions/ja)
    ],
)
def test_caption_ending_with_its_credit(line: str) -> None:
    assert tail_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "He declined to comment.",
        "He looked at the photo: it was his brother, who had left the country long ago.",
        "The image: a man walking.",
        "Er zeigte ein Foto von seiner Frau",
        "Der Kanzler (Foto) sprach am Montag in Berlin.",
        "Credit card debt rose again in October, the central bank said on Friday (see chart).",
        "He read out clause (c) of the contract to the court, which had asked for it twice before.",
        "Er sagte es. (siehe unten)",
        "The debate went on. (" + "Long Name " * 3 + ")",
        "ｘ＝２とすると、答えは４になる。",  # an equation in a sentence
        "料金＝大人１０００円",  # a fact line, no credit after the `＝`
        "代表＝" + "山" * 21 + "撮影",  # more than EQUALS_CREDIT_MAX_CHARS after the `＝`
    ],
)
def test_sentences_about_photos_stay(line: str) -> None:
    assert not tail_credit(line)


def test_long_lines_are_not_captions() -> None:
    line = "x " * (CAPTION_TAIL_MAX_CHARS // 2) + "(Photo: Getty Images)"
    assert not tail_credit(line)


def test_caption_removed_inside_the_article() -> None:
    caption = "The minister arrives at the parliament (Photo: Getty Images)"
    lines = ["Budget talks end", PROSE, caption, PROSE + " More.", PROSE + " Even more."]
    out = strip.run({"id": "t", "text": "\n".join(lines)})
    assert caption not in paragraphs(out["text"])
    assert {"text": caption, "reason": "caption-credit"} in out["boilerplate"]


def test_prose_printed_twice_in_a_row_is_a_caption() -> None:
    twin = "The minister arrives at the parliament on Tuesday morning, surrounded by reporters and guards who kept the crowd away."
    lines = ["Budget talks end", PROSE, twin, twin, PROSE + " More.", PROSE + " Even more."]
    out = strip.run({"id": "t", "text": "\n".join(lines)})
    assert twin not in paragraphs(out["text"]) and PROSE + " More." in paragraphs(out["text"])
    assert {"text": twin, "reason": "caption-twin"} in out["boilerplate"]


def test_a_video_playlist_of_twin_captions_does_not_win() -> None:
    playlist = []
    for k in range(6):
        cap = f"A crowd of people number {k} gathers in the square of the old town before the speech of the president begins."
        playlist += [f"Video title number {k}", cap, cap]
    body = [PROSE + f" Part {k}." for k in range(3)]
    kept = paragraphs(strip.run({"id": "t", "text": "\n".join(["Menu", *playlist, "Markets fall", *body]), "lang": "en"})["text"])
    assert kept[-3:] == body and not any("crowd" in p for p in kept)


@pytest.mark.parametrize("line", ["Fot. Jan Kowalski / Agencja Gazeta", "Foto: Reuters/Fabrizio Bensch", "Φωτογραφία: Γιάννης Παπαδόπουλος"])
def test_credit_led_by_its_label(line: str) -> None:
    assert lead_credit(line)


@pytest.mark.parametrize(
    "line",
    ["Fot.", "Photo of the day: a heron in the marsh, taken on a cold morning by a reader.", "Fotografen sagen: Licht ist alles."],
)
def test_lines_about_photos_are_not_lead_credits(line: str) -> None:
    assert not lead_credit(line)


def test_lead_credit_length_boundary() -> None:
    name = "Jan Kowalski"
    line = "Fot. " + name
    assert lead_credit(line)
    assert not lead_credit("Fot. " + "x" * (CREDIT_MAX_CHARS - 4))


def test_caption_then_the_caption_with_its_credit_is_a_twin() -> None:
    cap = "U.S. Defense Secretary Mark Esper, left, and the Vietnamese Defense Minister shake hands in Hanoi on Wednesday, Nov. 20."
    short = cap + " (AP Photo/Hau Dinh)"
    lines = ["Esper in Hanoi", "Image 1 of 8", cap, short, PROSE, PROSE + " More.", PROSE + " Even more."]
    kept = paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": "en"})["text"])
    assert cap not in kept and short not in kept and PROSE + " Even more." in kept


def test_a_run_of_lines_starting_alike_is_not_a_twin() -> None:
    log = [f"Strict Standards: Non-static method Gallery::get_option() should not be called statically in file {k}.php" for k in range(4)]
    feats = [strip_features.measure(t, strip_data.stopwords("en"), 0.0, "", 0.45, False) for t in log]
    assert strip_captions.twin_lines(feats) == []


@pytest.mark.parametrize(
    "line",
    [
        "The United States once again kicks the can down the road " * 3,
        "‘He died in my hands’: three demonstrators killed near a fuel plant‘He died in my hands’: three demonstrators killed near a fuel plant",
    ],
)
def test_a_line_printing_itself_twice_is_an_echo(line: str) -> None:
    assert strip_captions.echo(line.strip())


def test_a_title_glued_to_its_paragraph_is_not_an_echo() -> None:
    title = "The United States once again kicks the can down the road "
    assert not strip_captions.echo(title * 2 + PROSE + " " + PROSE)
    assert not strip_captions.echo(PROSE + " " + PROSE[: strip_captions.ECHO_MIN_CHARS - 1])


def test_photo_credit_between_headline_and_first_paragraph() -> None:
    credit = "Alex Wong | Getty Images"
    lines = ["Budget talks end in the capital", credit, PROSE, PROSE + " More.", PROSE + " Even more."]
    out = strip.run({"id": "t", "text": "\n".join(lines)})
    kept = paragraphs(out["text"])
    assert credit not in kept and "Budget talks end in the capital" in kept
    assert {"text": credit, "reason": "photo-credit"} in out["boilerplate"]


def test_paren_name_line_length_boundary() -> None:
    name = " (Teresa Canino Rivera)"
    head = "x" * (strip_captions.PAREN_NAME_LINE_MAX - len(name) - 1) + "."
    assert strip_captions._paren_name(head + name)
    assert not strip_captions._paren_name("x" + head + name)
    assert not strip_captions._paren_name("Without a full stop (Teresa Canino Rivera)")


@pytest.mark.parametrize("line", ["praca / ShutterStock", "Judy Eddy/WENN.com", "Κτίριο / Shutterstock"])
def test_credit_naming_a_picture_agency(line: str) -> None:
    feat = strip_features.measure(line, strip_data.stopwords("en"), 0.0, "", 0.45, False)
    assert feat.cls == "short" and strip_captions.photo_credit(feat)


def test_caption_then_caption_with_glued_credit() -> None:
    cap = "Sergio Massa, el presidente de la Cámara de Diputados"
    lines = ["Budget talks end", PROSE, cap, cap + "Ignacio Sánchez", PROSE + " More.", PROSE + " Even more."]
    out = strip.run({"id": "t", "text": "\n".join(lines)})
    kept = paragraphs(out["text"])
    assert cap not in kept and cap + "Ignacio Sánchez" not in kept and PROSE + " More." in kept


def test_a_line_continued_in_lower_case_is_not_a_credit_twin() -> None:
    a = "The minister arrived at the parliament in the morning"
    feats = [strip_features.measure(t, strip_data.stopwords("en"), 0.0, "", 0.45, False) for t in (a, a + " and spoke")]
    assert strip_captions.credit_twins(feats, 0, 1) == []


@pytest.mark.parametrize(
    "line",
    [
        "Porträt von Aydan Özoğuz (Foto: DBT/Stella von Saldern (bearbeitet durch spdfraktion.de))",
        "Ο υπουργός στη Βουλή (Φωτογραφία: Eurokinissi (αρχείο))",
    ],
)
def test_a_credit_holding_brackets_of_its_own(line: str) -> None:
    assert tail_credit(line)
    strip_captions.USE_NESTED_PAREN = False
    try:
        assert not tail_credit(line)
    finally:
        strip_captions.USE_NESTED_PAREN = True


def test_nested_credit_length_boundary() -> None:
    inner = "Foto: X (" + "y" * (strip_captions.PAREN_MAX_CHARS - 10) + ")"  # PAREN_MAX_CHARS long
    assert strip_captions._opening("Caption (" + inner + ")") == len("Caption ")
    assert strip_captions._opening("Caption (" + inner + "z)") == -1
    assert strip_captions._opening("no opening)") == -1


@pytest.mark.parametrize(
    ("caption", "below", "after"),
    [
        ("Trybunał Konstytucyjny", "Trybunał Konstytucyjny / Shutterstock", ""),
        ("Schneeräumpflicht - was man darüber wissen muss", "Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de", ""),
        ("Climate: A fracking site in Pennsylvania", "A fracking site in Pennsylvania © Noah Addis", ""),  # past its kicker
        ("Rust am Westufer des Neusiedler Sees.", "© WSNA", "Rust am Westufer des Neusiedler Sees."),  # caption, credit, caption
        ("Η συγκέντρωση στο Σύνταγμα", "Η συγκέντρωση στο Σύνταγμα © Eurokinissi", ""),
    ],
)
def test_credited_copy(caption: str, below: str, after: str) -> None:
    assert strip_captions._credited_copy(caption, below, after)


@pytest.mark.parametrize(
    ("caption", "below", "after"),
    [
        ("Bundestag", "Bundestag / dpa", ""),  # shorter than CREDITED_TWIN_MIN_CHARS
        ("The minister in Berlin", "© dpa", "Next paragraph"),  # a bare credit not followed by the same caption
        ("The minister in Berlin", "The minister in Berlin", ""),  # the same text: not a copy WITH a credit
        ("Climate: ok", "ok © Name", ""),  # the text past the kicker is too short
    ],
)
def test_not_a_credited_copy(caption: str, below: str, after: str) -> None:
    assert not strip_captions._credited_copy(caption, below, after)


def test_credited_twin_min_chars_boundary() -> None:
    n = strip_captions.CREDITED_TWIN_MIN_CHARS
    assert strip_captions._credited_copy("x" * n, "x" * n + " / Getty Images", "")
    assert not strip_captions._credited_copy("x" * (n - 1), "x" * (n - 1) + " / Getty Images", "")


def test_caption_above_its_credited_copy_goes_in_the_pipeline() -> None:
    cap = "Striking members of the union at University College last year."
    lines = ["Academics on precarious contracts", PROSE, cap, "[ ]", cap + " Photograph: Guy Smallman/Getty Images",
             PROSE + " More.", PROSE + " Even more."]
    kept = paragraphs(strip.run({"id": "t", "text": "\n".join(lines)})["text"])
    assert cap not in kept and PROSE + " More." in kept
    strip_captions.USE_CREDITED_TWINS = False
    try:
        assert cap in paragraphs(strip.run({"id": "t", "text": "\n".join(lines)})["text"])
    finally:
        strip_captions.USE_CREDITED_TWINS = True


@pytest.mark.parametrize(
    "line",
    [
        "[Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.]",
        "[Abb. 3: Aufbau der Messung]",
        "[Εικόνα 2: Ο χάρτης της περιοχής]",
        "[Rys. 1. Schemat instalacji]",
        "[Photo 5: The bridge after the flood]",
    ],
)
def test_numbered_figure_alt_text_is_a_caption(line: str) -> None:
    assert strip_captions.figure_alt(line)


@pytest.mark.parametrize(
    "line",
    [
        "[Update 2: The ministry replied on Monday.]",  # an editor's note: `update` is no picture label
        "[Ni’matul Ukhuwah hal. 41]",  # a citation
        "[1]",
        "Abbildung 4: klassische Schwachschicht.",  # not in brackets: the article may number its figures in the text
        "[Abbildung: ohne Nummer]",
    ],
)
def test_other_bracketed_lines_are_no_figure_alt(line: str) -> None:
    assert not strip_captions.figure_alt(line)


def test_figure_alt_length_boundary() -> None:
    head = "[Abbildung 4: "
    fits = head + "x" * (strip_captions.FIGURE_ALT_MAX_CHARS - len(head) - 1) + "]"
    assert strip_captions.figure_alt(fits) and not strip_captions.figure_alt(fits[:-1] + "x]")


@pytest.mark.parametrize("line", ["Hector Andrade | Agencia UNO", "Marcelo Camargo / Agência Brasil"])
def test_agency_word_marks_a_short_credit(line: str) -> None:
    feat = strip_features.measure(line, frozenset())
    assert strip_captions.photo_credit(feat)


@pytest.mark.parametrize(
    "line",
    [
        "Firmen- und Beziehungsgeflecht der Cider Connection. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0",
        "Nicht labern, ranklotzen! Foto: Timur | flickr| CC BY 2.0",
        "Ο φάρος της Αλεξάνδρειας σε σχέδιο του 1909 (CC BY-SA 4.0)",
        "Manifestación en Managua en agosto de 2018. Foto: Jorge Mejía Peralta (CC BY 2.0)",
        "Widok na Stare Miasto. CC BY-SA 3.0 PL",
    ],
)
def test_caption_ending_with_a_creative_commons_licence(line: str) -> None:
    assert tail_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "The CC announced new rules for licences on Monday.",
        "The licence, known as CC BY, lets anyone reuse the photos, the foundation said in a statement.",
        "He joined the BCC by 2020.",
    ],
)
def test_sentence_naming_a_licence_is_no_credit(line: str) -> None:
    assert not tail_credit(line)


def test_caption_then_caption_with_its_agency() -> None:
    feats = [strip_features.measure(t, frozenset()) for t in ("Dee Dee Myers", "Dee Dee Myers Getty Images")]
    assert strip_captions.credit_twins(feats, 1, 1) == [0]  # the bare caption may stand right above the run
    feats = [strip_features.measure(t, frozenset()) for t in ("Ο πρωθυπουργός στη Βουλή", "Ο πρωθυπουργός στη Βουλή Shutterstock")]
    assert strip_captions.credit_twins(feats, 0, 1) == [0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dee Dee Myers", "Dee Dee Myers said on Monday"),  # a sentence going on, no agency
        ("Dee Dee", "Dee Dee Getty Images"),  # shorter than CREDITED_TWIN_MIN_CHARS
        ("Dee Dee Myers", "Dee Dee Myers Getty Images " + "x" * CREDIT_MAX_CHARS),  # longer than a credit line
    ],
)
def test_no_agency_twin(a: str, b: str) -> None:
    feats = [strip_features.measure(t, frozenset()) for t in (a, b)]
    assert strip_captions.credit_twins(feats, 0, 1) == []
