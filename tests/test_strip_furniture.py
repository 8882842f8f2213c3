"""Data-driven tests of interface furniture in the phrase data (data/boilerplate, data/captions): menu toggles,
skip links, shop carts, wiki tools and picture-caption markers, in many languages; article sentences stay."""

from __future__ import annotations

import pytest
from strip_phrase_support import category as _category  # the path strip takes: strip_features.measure

from newsclean import strip
from newsclean.record import paragraphs
from newsclean.strip_captions import lead_credit, tail_credit


@pytest.mark.parametrize(
    "line",
    [
        # menu toggles and skip links
        "Toggle navigation",
        "[BUTTON] Toggle navigation"[9:],
        "Menu Toggle",
        "Open menu",
        "Open Navigation Menu",
        "Main navigation",
        "Post navigation",
        "Skip to the content",
        "Skip to Article",
        "Jump to navigation",
        "Jump to search",
        "Navigation umschalten",
        "Menü öffnen",
        "Hauptnavigation",
        "Beitrags-Navigation",
        "Zum Inhalt springen",
        "Aller au contenu principal",
        "Ouvrir le menu",
        "Saltar al contenido",
        "Abrir menú",
        "Vai al contenuto",
        "Pular para o conteúdo",
        "Przejdź do treści",
        "Перейти к содержимому",
        "Открыть меню",
        "Μετάβαση στο περιεχόμενο",
        "Άνοιγμα μενού",
        "Πλοήγηση",
        "İçeriğe geç",  # capital İ casefolds to i + U+0307: strip_data.fold makes it a plain i
        "Hoppa till innehållet",
        "본문 바로가기",
        "跳到主要内容",
        "本文へスキップ",
        # shop carts
        "Cart",
        "Cart 0",
        "0 items",
        "Shopping cart",
        "Your cart is empty",
        "Add to cart",
        "Warenkorb",
        "• Warenkorb",
        "In den Warenkorb",
        "Ihr Warenkorb ist leer.",
        "0 Artikel im Warenkorb",
        "Votre panier est vide",
        "Añadir al carrito",
        "Aggiungi al carrello",
        "Adicionar ao carrinho",
        "Dodaj do koszyka",
        "Добавить в корзину",
        "Καλάθι αγορών",
        "Προσθήκη στο καλάθι",
        "Sepete ekle",
        "カートに入れる",
        "加入购物车",
        # wiki tools
        "View history",
        "What links here",
        "Printable version",
        "From Wikipedia, the free encyclopedia",
        "Quelltext bearbeiten",
        "Versionsgeschichte",
        "Aus Wikipedia, der freien Enzyklopädie",
        "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια",
        # picture markers on their own line
        "Symbolbild",
        "Symbolbild: Eine Frau am Bahnsteig",
    ],
)
def test_interface_line_is_furniture(line: str) -> None:
    assert _category(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # one-word entries never remove a longer line by themselves; sentences stay
        "Cart racing is popular among teenagers in the region, the report found.",
        "Edit Smith, the film's editor, said the scene was cut at the last minute.",
        "The menu toggles between two dishes every week, the chef said.",
        "Navigation apps led drivers into the flooded road on Sunday.",
        "Der Warenkorb der Statistiker wurde im Januar neu gewichtet, teilte das Amt mit.",
        "Η πλοήγηση στο λιμάνι σταμάτησε λόγω των ισχυρών ανέμων, ανακοίνωσε το Λιμενικό.",
        "EDIT: I have updated this post after readers pointed out an error in the figures.",
        "Bearbeiten: Die Redaktion hat den Text nach Hinweisen von Lesern ergänzt.",
        "Items found at the scene were sent to the laboratory for testing.",
        "Ο υπουργός είπε ότι η επεξεργασία των αιτήσεων θα ολοκληρωθεί τον Μάιο.",
    ],
)
def test_article_sentence_is_not_furniture(line: str) -> None:
    assert _category(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Tanken an einer Zapfsäule in Berlin (Symbolbild)",
        "Polizeiwagen vor dem Gericht (Symbolfoto)",
        "The leaders pose for a photo at the summit in Brussels (from left)",
        "Les ministres à Bruxelles (de gauche à droite)",
        "Οι υπουργοί στις Βρυξέλλες (από αριστερά)",
        "Symbolbild: Eine Frau am Bahnsteig",
    ],
)
def test_picture_marker_makes_a_caption(line: str) -> None:
    assert tail_credit(line) or lead_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Das Symbolbild zeigte eine Frau, die am Bahnsteig auf einen Zug wartete, sagte die Sprecherin.",
        "She was the third from left in the photograph, her brother said on Monday.",
    ],
)
def test_sentence_naming_a_picture_marker_stays(line: str) -> None:
    assert not tail_credit(line) and not lead_credit(line)


def _para(k: int, n: int = 3) -> str:
    """A paragraph of n different sentences (k makes it unique)."""
    return " ".join(f"The village council met for the {j}th time in case {k} and agreed that the old bridge would be mended soon." for j in range(n))


def test_toggle_and_cart_lines_leave_the_dump() -> None:
    lines = ["Toggle navigation", "Skip to the content", "Cart 0", "0 items", "Village council agrees to mend the old bridge",
             _para(1), _para(2), _para(3), "Jump to navigation", "View history"]
    kept = paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": "en"})["text"])
    assert not {"Toggle navigation", "Skip to the content", "Cart 0", "0 items", "Jump to navigation", "View history"} & set(kept)
    assert _para(1) in kept and _para(3) in kept


@pytest.mark.parametrize(
    "line",
    [
        "This post contains references to products from one or more of our advertisers. We may receive compensation when "
        "you click on links to those products. Terms apply to the offers listed on this page. " + "x" * 150,  # a long notice
        "Advertising disclosure: We may receive compensation for some of the links in our stories.",
        "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.",  # anywhere in a short line
        "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API",
        "Cet article contient des liens affiliés : nous pouvons percevoir une commission sur vos achats.",
        "Este artículo contiene enlaces de afiliados, por los que podemos recibir una comisión.",
        "Questo articolo contiene link di affiliazione.",
        "Ten artykuł zawiera linki afiliacyjne.",
        "Χορηγούμενο περιεχόμενο",
        "На правах рекламы",
        "Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision.",
        "This post may contain affiliate and/or referral links. Please see my disclosure page.",
        "Opinions expressed by Forbes Contributors are their own.",
    ],
)
def test_affiliate_and_advertising_disclosure_is_furniture(line: str) -> None:
    assert _category(line) == "disclosure"


@pytest.mark.parametrize(
    "line",
    [
        "Regulators want influencers to say clearly when a post contains affiliate links, the report said on Monday.",
        "Die Verbraucherzentrale kritisiert, dass viele Beiträge Werbung enthalten, ohne sie zu kennzeichnen.",
        # a disclosure phrase deep in a line longer than ANYWHERE_MAX_CHARS: an article paragraph quoting one
        "The commission found that " + "the site's readers were never told " * 6 + "that we may earn a commission, the chair said.",
    ],
)
def test_sentence_about_affiliate_links_stays(line: str) -> None:
    assert _category(line) is None


def test_disclosure_notice_length_limit() -> None:
    from newsclean.strip_phrases import NOTICE_MAX_CHARS

    head = "This post contains affiliate links. "
    assert _category(head + "x" * (NOTICE_MAX_CHARS - len(head))) == "disclosure"
    assert _category(head + "x" * (NOTICE_MAX_CHARS - len(head) + 1)) is None


def test_a_disclosure_is_no_consent_box() -> None:
    """A disclosure right above an article must not make the run a consent box (strip_runs reads NOTICE_CATEGORIES)."""
    from newsclean import strip_data

    assert strip_data.DISCLOSURE_CATEGORY in strip_data.LONG_NOTICE_CATEGORIES
    assert strip_data.DISCLOSURE_CATEGORY not in strip_data.NOTICE_CATEGORIES


@pytest.mark.parametrize(
    "line",
    [
        "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
        "Inhalt laden",
        "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.",
        "By loading the video, you agree to YouTube's privacy policy.",
        "Load video",
        "En chargeant la vidéo, vous acceptez la politique de confidentialité de YouTube.",
        "Al cargar el vídeo, acepta la política de privacidad de YouTube.",
        "Carica video",
        "Door de video te laden, ga je akkoord met het privacybeleid van YouTube.",
        "Media playback is unsupported on your device",
    ],
)
def test_held_back_embed_placeholder_is_furniture(line: str) -> None:
    assert _category(line) == "embed"


@pytest.mark.parametrize(
    "line",
    [
        "The police did not load video from the dashcam onto the server, the prosecutor said on Tuesday.",
        "Der Inhalt laden die Behörden erst nach der Prüfung auf ihre Server, sagte der Sprecher.",
    ],
)
def test_sentence_opening_like_an_embed_button_stays(line: str) -> None:
    assert _category(line) is None


def test_spanish_more_information_label_is_related() -> None:
    assert _category("Informate más") == "related"
    assert _category("Infórmate más") == "related"


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Weiter", "nav"),
        ("Précédent Suivant", "nav"),
        ("Επόμενο", "nav"),
        ("HIER KOSTENLOS ANMELDEN", "login"),
        ("Ultima modifica: 12 maggio 2022", "meta"),
    ],
)
def test_pager_and_sign_up_buttons(line: str, category: str) -> None:
    assert _category(line) == category


def test_a_pager_word_opening_a_sentence_stays() -> None:
    assert _category("Weiter ging es am Montag mit den Verhandlungen in Brüssel, sagte die Ministerin.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.",
        "Jede kleine Spende hilft den notleidenden Menschen dieser Welt!",
        "Faites un don pour soutenir une information libre et indépendante.",
        "Wesprzyj nas",
        "Υποστηρίξτε μας",
        "Make a donation today and keep our reporting free for everyone.",
    ],
)
def test_support_appeal_opening_a_short_line_is_furniture(line: str) -> None:
    assert _category(line) == "donate"


def test_a_long_paragraph_opening_like_an_appeal_stays() -> None:
    from newsclean.strip_phrases import PHRASE_PREFIX_MAX_CHARS

    line = "Jede Spende hilft, sagte die Sprecherin des Roten Kreuzes, " + "und die Lage in den Lagern bleibt angespannt, " * 3
    assert len(line) > PHRASE_PREFIX_MAX_CHARS and _category(line) is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Explore further", "related"),
        ("Related links:", "related"),
        ("Enlaces relacionados", "related"),
        ("Σχετικοί σύνδεσμοι", "related"),
        ("Additional reporting by Joseph Hudak", "credit"),
        ("Con información de EFE y Reuters", "credit"),
        ("Com informações da Agência Brasil", "credit"),
    ],
)
def test_related_headings_and_reporting_credits(line: str, category: str) -> None:
    assert _category(line) == category


def test_further_exploration_in_a_long_sentence_stays() -> None:
    from newsclean.strip_phrases import PHRASE_PREFIX_MAX_CHARS

    line = "Explore further afield and you will find the old harbour, the mayor told visitors on Sunday in a long speech about tourism and jobs."
    assert len(line) > PHRASE_PREFIX_MAX_CHARS and _category(line) is None


@pytest.mark.parametrize(
    ("line", "category"),
    [("Search form", "nav"), ("Submit", "nav"), ("Absenden", "nav"), ("Υποβολή", "nav"), ("Donate Donate", "donate"), ("Spenden", "donate")],
)
def test_form_and_donate_buttons(line: str, category: str) -> None:
    assert _category(line) == category


@pytest.mark.parametrize("line", ["Submit your questions to the minister by Friday.", "Spenden-Gala bringt 2 Millionen Euro"])
def test_button_word_in_a_sentence_or_compound_stays(line: str) -> None:
    assert _category(line) is None
