"""Speaker finding and speaker text: candidates (quotes_speakers) and their text (quotes_resolve).

Each case is one paragraph in one language with one quotation; the speaker text comes from
``attribute`` + ``speaker_text`` over that paragraph alone (people learned from it), so these
tests pin the speaker rules without the document walk.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import quotes
from newsclean.quotes_lex import lexicon
from newsclean.quotes_marks import find_spans
from newsclean.quotes_people import State, learn_people, mentions
from newsclean.quotes_resolve import APPOSITION_TOKENS, speaker_text
from newsclean.quotes_speakers import attribute
from newsclean.quotes_subject import SUBJECT_SPAN_MAX, clause_subject
from newsclean.quotes_split import mark_split
from newsclean.quotes_tokens import tokenize


def _speakers(text: str, lang: str) -> list[str | None]:
    """Speaker text of every quotation of a one-paragraph text."""
    lex = lexicon(lang)
    spans = find_spans(text, lang)
    para = tokenize(text, 0, len(text), [(s.outer_start, s.outer_end, i) for i, s in enumerate(spans)], lex, "text")
    mark_split(para, lex)  # as quotes_paras does: separable and impersonal cues
    paras = [(para, spans)]
    people = learn_people(paras, lex)
    state = State()
    mentions(paras, people, state)
    out: list[str | None] = []
    for k in para.quoted:
        cand = attribute(para, k, lex)
        out.append(speaker_text(para, cand, people, state, 0) if cand is not None else None)
    return out


CASES = [
    # (lang, text, expected speaker of the first quotation)
    ("en", "“We are ready,” said Laura Pinchot, director of the Halloway Center for Civic Studies.", "Laura Pinchot, director of the Halloway Center for Civic Studies"),
    ("en", "Dana Kwiatek, 41, of Millbrook in Eastern Ohio, who works in nursing, said: “I like it.”", "Dana Kwiatek, 41, of Millbrook in Eastern Ohio, who works in nursing"),
    ("en", "“It is clear,” Martin Ostrowe of the Institute for Trade Studies in Boston said.", "Martin Ostrowe of the Institute for Trade Studies in Boston"),
    ("en", "“It is a waste,” said Rep. Tom Haverly (D-Ore.). “They know it.”", "Tom Haverly (D-Ore.)"),
    # "state" is no cue (a noun in news): the role phrase reads as "secretary of defense" does
    ("en", "“Clear,” said former secretary of state Ruth Calder, who praised the plan.", "former secretary of state Ruth Calder, who praised the plan"),
    ("en", "“It is over,” said Calder’s top foreign policy aide Owen Marsh.", "Owen Marsh"),
    ("en", "“A wave,” Greg Tollison, the attorney general of Nevada, one of the states fighting the rule, said.", "Greg Tollison, the attorney general of Nevada, one of the states fighting the rule"),
    ("en", "Hector Lund, editor of The Collected Letters: “Calder has convinced more voters.”", "Hector Lund, editor of The Collected Letters"),
    ("en", "“She is a super-wonk,” said Calder’s communications director, Nina Ferro, adding that it changed.", "Nina Ferro"),
    ("en", "“It is over,” Frank Dorsey’s son told The Morning Drive Show.", "Frank Dorsey’s son"),
    ("en", "“Fine,” said Lakeside State University professor Alan Greer.", "Alan Greer"),
    ("en", "“Good,” said IMF chief economist Pieter Vos.", "Pieter Vos"),
    ("en", "“I know him,” the governor said, before adding that he was the right choice.", "governor"),
    ("en", "“Fine,” said former North Dakota Gov. Ray Holloway, a Calder backer, referring to issues.", "Ray Holloway, a Calder backer"),
    ("en", "“No,” said a Peruvian official who was not allowed to speak openly about the talks.", "Peruvian official who was not allowed to speak openly about the talks"),
    ("en", "“It is ok,” said K.T. Brennock, an expert on wildfires in the western states.", "K.T. Brennock, an expert on wildfires in the western states"),
    ("en", "“It is ok,” said K. Brennock, an expert on wildfires.", "K. Brennock, an expert on wildfires"),  # an initial keeps its full stop
    ("de", "Der Geologe Henrik Sommer von der Messstation Altenau bei Goslar sagte: „Das Beben war nicht stark.“", "Geologe Henrik Sommer von der Messstation Altenau bei Goslar"),
    ("de", "„Das ist gut“, so Petra Lindauer, die Leiterin der Kasseler Beratungsstelle für Jugendfragen.", "Petra Lindauer, die Leiterin der Kasseler Beratungsstelle für Jugendfragen"),
    ("de", "Der Leiter der Studie, Mário Tavares Moreira, sagte: „Wir müssen jetzt handeln.“", "Mário Tavares Moreira"),
    ("el", "«Είμαστε έτοιμοι», δήλωσε ο Σεργκέι Λαβρόφ.", "Σεργκέι Λαβρόφ"),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_speaker_text(lang: str, text: str, want: str) -> None:
    """The speaker comes out as the article names them, with what describes them up to the cue."""
    assert _speakers(text, lang)[0] == want


def test_fronted_phrase_then_bare_name() -> None:
    """"Going on the attack, Harlan said": the bare name before the cue, not the fronted phrase."""
    assert _speakers("Going on the attack, Harlan said: “It is sad.”", "en")[0] == "Harlan"


def test_two_subjects_are_not_an_apposition() -> None:
    """"On Monday, Smith said" finds Smith after the fronted phrase."""
    assert _speakers("On Monday, Smith said: “We won.”", "en")[0] == "Smith"


def test_subject_span_limit() -> None:
    """A subject further than SUBJECT_SPAN_MAX tokens from its cue is not stretched to it."""
    filler = ", ".join(["a friend of Tom"] * (SUBJECT_SPAN_MAX // 4 + 1))
    text = f"Anna Berg, {filler}, said: “Fine.”"
    got = _speakers(text, "en")[0]
    assert got is None or len(got.split()) <= SUBJECT_SPAN_MAX


def test_apposition_limit_after_cue() -> None:
    """An apposition after "said X," longer than APPOSITION_TOKENS is not kept whole."""
    tail = " ".join(["word"] * (APPOSITION_TOKENS + 5))
    got = _speakers(f"“Fine,” said Anna Berg, a {tail}.", "en")[0]
    assert got is not None and got.startswith("Anna Berg") and len(got.split()) <= APPOSITION_TOKENS + 3


def test_clause_subject_needs_a_describing_stretch() -> None:
    """"Smith met Jones and said": what lies between is a verb phrase, so no stretched subject."""
    lex = lexicon("en")
    text = "Smith met Jones and said"
    para = tokenize(text, 0, len(text), [], lex, "text")
    c = len(para.toks) - 1
    found = clause_subject(para.toks, 0, c, lex)
    assert found is None or found[1] <= 3


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab c,.:“”\"'()-Sm ith said sagte«»")), max_size=200))
def test_no_crash_on_arbitrary_text(text: str) -> None:
    """Any text gives a speaker or None for each quotation, never an exception."""
    for lang in ("en", "de"):
        for got in _speakers(text, lang):
            assert got is None or isinstance(got, str)


def test_participle_cue_takes_the_clause_subject() -> None:
    """"During X, Fire Chief Mark Ellery lobbied …, saying, “…”": the named subject said it."""
    text = 'During the hearing, Dayton Fire Chief Mark Ellery lobbied to delay it, saying, "The fewer delays, the better."'
    assert _speakers(text, "en")[0] == "Mark Ellery"


def test_colon_at_paragraph_end_names_the_next_quotation() -> None:
    """A paragraph closed by "X responded:" makes X the speaker of the quotation paragraph after it."""
    from newsclean.quotes import run

    text = "Smith said the plan was fine. Later Smith responded:\n\n“We are not going anywhere.”"
    quotes = [q for q in run({"id": "t", "text": text, "lang": "en"})["quotes"] if q["kind"] == "direct"]
    assert quotes and quotes[0]["speaker"] and quotes[0]["speaker"].endswith("Smith")


@pytest.mark.parametrize("text, speaker", [
    ("«Θα συνεχίσουμε τον αγώνα μέχρι το τέλος», είπε ο Γιώργος Παπαδόπουλος στη Βουλή.", "Γιώργος Παπαδόπουλος"),
    ("«Θα συνεχίσουμε τον αγώνα μέχρι το τέλος», είπε ο κ. Παπαδόπουλος στη Βουλή.", "Παπαδόπουλος"),
])
def test_a_place_of_saying_after_a_named_speaker_is_not_part_of_the_name(text: str, speaker: str) -> None:
    """'είπε ο X στη Βουλή': the prepositional phrase says where X spoke, it does not describe X."""
    out = quotes.run({"id": "x", "text": text, "lang": "el"})
    assert [q["speaker"] for q in out["quotes"]] == [speaker]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("es", "Más tarde, Valdivieso publicó una nota en la que afirmó que “he recibido la información del caso”.", "Valdivieso"),
])
def test_a_comma_segment_with_its_own_predicate_ends_the_subject(lang: str, text: str, want: str) -> None:
    """A fronted adverb, a comma, then "Name verb …": the name, not the stretch from the adverb, is the subject."""
    assert _speakers(text, lang) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("In dem Bericht heißt es: „Die Lage ist ernst.“", "Bericht"),
    ("Auf der festival-Homepage heißt es zur Erklärung: „Die Farben wurden bewusst gewählt.“", "festival-Homepage"),
    ("„Die Lage ist ernst“, heißt es in einer Pressemitteilung von Klara Henning weiter.", "Pressemitteilung von Klara Henning"),
])
def test_a_written_source_beside_an_impersonal_cue_is_the_speaker(text: str, want: str) -> None:
    """German "heißt es in X" / "In X heißt es" (cue class ``written``): the text X is the source."""
    assert _speakers(text, "de") == [want]


def test_a_title_word_with_no_name_after_it_heads_the_phrase() -> None:
    """"sprach der chilenische Präsident von der „…“": the title is the head of the inverted subject."""
    text = "Nach einer Reise in die Flutregion sprach der chilenische Präsident von der „größten Not seit Jahren“."
    assert _speakers(text, "de") == ["chilenische Präsident"]


@pytest.mark.parametrize(("text", "want"), [
    ("„Sie ist die treibende Kraft“, schrieb „Der Tagesbote“.", "„Der Tagesbote“"),
    ("„Der Fokus auf Sicherheit zeigt es“, schreibt die „Netzwelt“.", "„Netzwelt“"),
])
def test_a_short_quoted_title_after_a_cue_is_the_speaker(text: str, want: str) -> None:
    """German newspapers are written in quotation marks: "schrieb „Der Tagesbote“" names the source."""
    assert _speakers(text, "de")[0] == want


def test_a_phrase_of_function_words_names_no_one() -> None:
    """"Daraus wird ein „…“ abgeleitet": the fronted function word is no speaker."""
    assert _speakers("Daraus wird ein „dringend gebotener Handlungsbedarf“ abgeleitet.", "de") != ["Daraus"]


@pytest.mark.parametrize(("text", "want"), [
    ("Korbanow kritisierte das Vorgehen der Behörden als „Willkür“.", "Korbanow"),
    ("Sinngemäß hofft Brandauer: „Es wird schon klappen.“", "Brandauer"),
])
def test_a_lone_fronted_name_is_the_subject_in_verb_second_order(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Lindqvist hatte vor allem die Bedeutung der Länder betont: „Über die Schulen wird in den Ländern entschieden.“", "Lindqvist"),
    ("So hatte der Minister Rolf Kaltenbach noch im März 2011 zugesichert: „Die Daten werden nur auf der Karte gespeichert.“", "Rolf Kaltenbach"),
    ("„Wir wollen unsere Werke enger vernetzen“, hatte Post-Chef Grubinger in einem Interview erklärt.", "Grubinger"),
])
def test_a_participle_cue_takes_the_subject_beside_the_auxiliary(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_a_quotation_after_a_colon_ends_its_sentence_at_its_full_stop() -> None:
    text = "Lembke sieht in dem Beschluss eine Bestätigung: „Das Gericht stärkt die Rechte der Mieter.“ Bauminister Kurt Wendland sagte dazu nichts."
    assert _speakers(text, "de")[0] == "Lembke"


@pytest.mark.parametrize(("text", "want"), [
    ("Nach Ansicht von Senator Harwood, Vorsitzender des Haushaltsausschusses im Senat, hat die Behörde „völlig falsch gehandelt“.", "Harwood, Vorsitzender des Haushaltsausschusses im Senat"),
    ("Nach Meinung des Politikers Brenner stellen die Kameras „einen tiefen Eingriff“ dar.", "Brenner"),
    ("Dort sollen laut dem Chefermittler der Kommission, Diego Ferrer Alonso, Taten „von großer Grausamkeit“ begangen worden sein.", "Diego Ferrer Alonso"),
])
def test_a_source_marker_names_the_speaker_with_its_appositions(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_a_subject_before_the_verb_beats_the_object_after_it_in_verb_second_order() -> None:
    text = "Tobias Hain vom Gasthof Lindenhof kommentierte die Gebührenerhöhung: „Ich habe alle Angebote gestrichen.“"
    assert _speakers(text, "de")[0] == "Tobias Hain vom Gasthof Lindenhof"


def test_an_ordinal_full_stop_ends_no_sentence() -> None:
    text = "Bürgermeisterin Karin Vogt bezeichnete Albrecht am Freitag, den 7. Mai, in Kassel als „einen großartigen Kollegen“."
    assert _speakers(text, "de")[0] == "Karin Vogt"


def test_a_german_relative_clause_opened_by_an_article_describes_the_subject() -> None:
    text = "Timo Seidel, der wegen eines groben Fouls Rot sah, nannte den Platzverweis „übertrieben“."
    assert (_speakers(text, "de")[0] or "").startswith("Timo Seidel")


def test_after_a_quotation_a_name_and_verb_open_a_new_clause_in_verb_second_order() -> None:
    text = "Vogt nannte ihn „einen großartigen Kollegen“, Stadtrat Uwe Hellmann lobte seinen Fleiß."
    assert _speakers(text, "de")[0] == "Vogt"


@pytest.mark.parametrize(("text", "want"), [
    ("In seiner Rede befand der Premierminister Arvid Holmberg den Einsatz als notwendig und nannte den Beschluss „klar und richtig“.", "Arvid Holmberg"),
    ("Am Abend zogen Demonstranten vor das Rathaus und skandierten Sprüche wie „Gekaufte Wahl“.", "Demonstranten"),
])
def test_a_cue_after_a_conjunction_shares_the_subject_before_it(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_the_whole_fronted_field_is_the_subject_in_verb_second_order() -> None:
    text = "Der Beirat der Handwerkskammer hatte am Dienstag die Reform gefordert: „Die Betriebe brauchen mehr Freiheit.“"
    assert _speakers(text, "de")[0] == "Beirat der Handwerkskammer"


@pytest.mark.parametrize(("text", "want"), [
    ("„Wir prüfen das“, rechtfertigte das Verkehrsministerium des Landes Brandenburg die Sperrung.", "Verkehrsministerium des Landes Brandenburg"),
    ("„Es war Beschuss“, sagte der Befehlshaber der Truppen im Norden, General Walter Brandt.", "Walter Brandt"),
    ("Lars Hebel, Sprecher der Partei „Neue Mitte“ Sachsen, sagte: „Das Demonstrationsrecht ist zentral.“", "Lars Hebel, Sprecher der Partei „Neue Mitte“ Sachsen"),
])
def test_genitives_titles_and_quoted_names_stay_in_the_speaker(text: str, want: str) -> None:
    assert _speakers(text, "de")[-1] == want


def test_a_german_quotation_ending_with_a_full_stop_is_not_attributed_by_the_next_sentence() -> None:
    text = "Mark Fenwick von Open Rights Monitor sagte, dass, „wenn es stimmt, es ein Skandal ist.“ Fenwick sagte weiter: „Das ist schlimm.“"
    assert _speakers(text, "de")[0] == "Mark Fenwick von Open Rights Monitor"


@pytest.mark.parametrize(("text", "want"), [
    ("Ein Radiosender zitierte Karamanlidis mit den Worten: „Ich hänge nicht an meinem Amt.“", "Karamanlidis"),
    ("„Das wird die größte Änderung seit Jahren“, zitiert die „Netzwelt“ Harrow in einem Bericht.", "Harrow"),
    ("„Wir sind unerwünschte Beobachter“, zitierte man Carmen Ruiz vom Sender TVN.", "Carmen Ruiz vom Sender TVN"),
    ("Zur Saison wird Brügger auf der Vereinsseite wie folgt zitiert: „Es gab sicher leichtere Jahre.“", "Brügger"),
])
def test_a_citing_verb_names_its_object_and_in_the_passive_its_subject(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_pronoun_subject_of_a_reported_speech_verb_said_the_quotation() -> None:
    text = "Der Minister Colin Ashby sprach lange. Er werde „einen neuen Vertrag“ aushandeln."
    assert _speakers(text, "de")[0] == "Colin Ashby"


@pytest.mark.parametrize(("text", "want"), [
    ("Passend zum Wetter des Tages warnte die Sprecherin eines Regionalsenders: „Auf den Straßen kann es rutschig sein.“", "Sprecherin eines Regionalsenders"),
    ("Angesichts solcher Pläne nannte Heiko Brandt, Geschäftsführer des Imkerverbandes, die Regelung „nutzlos wie ein Sieb“.", "Heiko Brandt, Geschäftsführer des Imkerverbandes"),
    ("So warnten Vertreter der norddeutschen Werftverbände vor einem „drohenden Verlust von Fachkräften“ ins Ausland.", "Vertreter der norddeutschen Werftverbände"),
    ("Der österreichische Regierungssprecher, Lukas Gruber, versuchte die Märkte mit den Worten zu beschwichtigen: „Die Bank ist stabil.“", "Lukas Gruber"),
    ("Ihre Bilder werden von Kunstkritikern als „Wendepunkte in der Malerei“ bezeichnet.", "Kunstkritikern"),
])
def test_fronted_phrases_role_appositions_and_passive_agents(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Der Sender will wissen, dass Köhnke den Jungen danach gefragt habe, was er „vorhabe“.", "Köhnke"),
    ("Die Erfassung oder, wie sich Hollweg ausdrückte, „das vorsorgliche Sammeln“ sei damit nicht vereinbar.", "Hollweg"),
    ("Wie die Lokalzeitung berichtete, soll Moreau zu Lacombe gesagt haben: „Das ist schlimm.“", "Moreau"),
    ("Später sagte Bürgermeisterin Karin Vogt vor der Presse, Karl IV. „ist und bleibt ein Vorbild“.", "Karin Vogt"),
])
def test_subordinate_clauses_fronted_clauses_and_regnal_numbers(text: str, want: str) -> None:
    assert _speakers(text, "de")[-1] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Damit kann man laut Chefarzt Prof. Dr. Stefan K. Wendorf „jetzt vielen Patienten helfen“.", "Wendorf"),
    ("„Die Äußerungen geben Anlass zur Sorge“, erklärte der Vorsitzende der Gewerkschaft, Robert T. Haskins.", "Robert T. Haskins"),
])
def test_initials_and_titles_stay_in_a_name(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_after_a_fronted_adverb_and_the_verb_the_subject_introduces_the_colon() -> None:
    text = "Hier geizte der Bürgermeister Ernst Lohmann auch nicht mit Lob: „Je kürzer die Wege, desto mehr Besuch.“"
    assert "Lohmann" in (_speakers(text, "de")[0] or "")


def test_a_quoted_name_inside_a_speaker_phrase_stays_in_it() -> None:
    text = "„Damit ist unser Auftrag erledigt“, so der Mitarbeiter der Firma „Lu Feng Tai“ gegenüber der Presse."
    assert "Lu Feng Tai" in (_speakers(text, "de")[0] or "")


def test_reported_speech_without_a_cue_takes_the_speaker_of_the_sentence_before() -> None:
    text = "EU-Kommissar Andreas Petrakis betonte, dass eine solche Entwicklung nicht zu erwarten sei. Der Erreger sei „nicht der Erreger, der uns beunruhigt“."
    assert _speakers(text, "de")[0] == "EU-Kommissar Andreas Petrakis"


def test_a_quotation_standing_alone_after_reported_speech_takes_its_speaker() -> None:
    text = "Paul Denton, ein Abgeordneter aus Oregon, erklärte, dass der Zwischenfall kein Versehen gewesen sei. „Das war gezielter Beschuss auf Anwohner.“"
    assert _speakers(text, "de")[0] == "Paul Denton, ein Abgeordneter aus Oregon"


def test_a_cue_after_a_conjunction_in_a_clause_after_a_subordinate_one() -> None:
    text = "Als ein Schaffner dazwischen ging, trat der Betrunkene den Schaffner und rief: „Lasst mich in Ruhe!“"
    assert _speakers(text, "de")[0] == "Betrunkene"


def test_a_demonstrative_standing_alone_is_a_pronoun() -> None:
    text = "Jonas Ebert sagte: „Ja.“ Im Gespräch sagte dieser, dass Morello in „ihrer eigenen Welt“ lebe."
    assert _speakers(text, "de") == ["Jonas Ebert", "Jonas Ebert"]


def test_grammar_traits_are_data() -> None:
    from newsclean.langdata import has_trait

    assert has_trait("de", "verbsecond") and has_trait("de", "ordinaldot") and has_trait("de", "relarticle")
    assert has_trait("nl", "verbsecond") and not has_trait("nl", "ordinaldot")
    assert has_trait("pl", "ordinaldot") and not has_trait("pl", "verbsecond")
    assert not has_trait("en", "verbsecond") and not has_trait(None, "ordinaldot") and not has_trait("xx-unknown", "relarticle")


@pytest.mark.parametrize(("text", "want"), [
    ("Ihre Sorge brachte die Sprecherin der Elternschaft, Maria Lindner, zum Ausdruck: „Das ist ein schlechter Tag.“", "Maria Lindner"),
    ("Den Ärger der Eltern brachte Schulleiter Jens Kröger zum Ausdruck: „Das ist ein schlechter Tag.“", "Jens Kröger"),
    ("Zur Lage der Schulen führt der Jahresbericht aus, die Klassen seien „viel zu groß“.", "Jahresbericht"),
    ("Damals ging Bauer, der Anwalt des Klägers, noch davon aus, dass es „ein kurzes Verfahren“ werde.", "Bauer"),
])
def test_a_separable_cue_counts_when_its_particle_closes_the_clause(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_a_separable_stem_without_its_particle_is_no_cue() -> None:
    from newsclean.quotes_split import split_stem

    lex = lexicon("de")
    text = "Er brachte die Kinder zur Schule und sagte: „Gut.“"
    spans = find_spans(text, "de")
    para = tokenize(text, 0, len(text), [(s.outer_start, s.outer_end, i) for i, s in enumerate(spans)], lex, "text")
    from newsclean.quotes_split import mark_split

    mark_split(para, lex)
    stem = next(t for t in para.toks if t.low == "brachte")
    assert stem.cue is None and all(split_stem(para.toks, j) is None for j in range(len(para.toks)))
    assert ("zum", "ausdruck") in lex.split["brachte"]


def test_a_later_clause_with_its_own_subject_does_not_take_the_quotation() -> None:
    text = "Die Ministerin nannte den Plan „mutig“, Senator Peter Albers hob seinen „klugen Aufbau“ hervor."
    assert _speakers(text, "de") == ["Ministerin", "Peter Albers"]


def test_a_second_coordinated_cue_shares_the_described_subject() -> None:
    text = "Jana Wendt von der Sternwarte in Halle erklärt es so: „Es ist Staub“, und fügt hinzu: „Er glüht.“"
    assert _speakers(text, "de") == ["Jana Wendt von der Sternwarte in Halle"] * 2


@pytest.mark.parametrize(("text", "want"), [
    ("Nach dem Plan der Ministerin soll „jede Schule bis zum Herbst einen Anschluss“ bekommen.", "Plan der Ministerin"),
    ("Die Zahlen stiegen nach dem Winter auf „ein sehr hohes Niveau im ganzen Land“.", None),
])
def test_a_weak_source_marker_counts_only_when_it_opens_the_sentence(text: str, want: str | None) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_lone_name_after_a_cue_is_a_person_when_a_longer_run_names_them() -> None:
    from newsclean.quotes_lex import lexicon as lx

    lex = lx("de")
    text = "Klaus Berger kam spät. Die Opposition tagte lange. Danach erklärte Berger, er sei müde."
    para = tokenize(text, 0, len(text), [], lex, "text")
    people = learn_people([(para, [])], lex)
    assert people.known("Berger") == "Klaus Berger"


def test_an_object_article_after_a_role_and_name_ends_the_speaker() -> None:
    text = "Wie das Portal meldet, gab Pressesprecherin Ina Falk dem Portal eine Auskunft, die nur aus einem Satz bestand: „Kein Kommentar.“"
    assert _speakers(text, "de")[0] == "Pressesprecherin Ina Falk"


def test_a_cue_before_a_prepositional_phrase_and_a_colon_is_adjacent() -> None:
    text = "Greta Vahl, Ratsmitglied der Gemeinde, sagte dazu im Radio: „Wir machen weiter“, betont sie."
    assert _speakers(text, "de")[0] == "Greta Vahl, Ratsmitglied der Gemeinde"


def test_a_name_followed_by_a_role_apposition_is_a_person() -> None:
    lex = lexicon("de")
    text = "Greta Vahl, Ratsmitglied der Gemeinde, kam."
    para = tokenize(text, 0, len(text), [], lex, "text")
    assert learn_people([(para, [])], lex).known("Vahl") == "Greta Vahl"


@pytest.mark.parametrize(("text", "want"), [
    ("Es gratulierten viele, so der Leiter der Agentur, Paul Berg („Niemand verdient es mehr.“), und der Ministerpräsident Jan Lund: „Die Ehrung kommt genau richtig.“", "Paul Berg"),
    ("Die Abstimmung verlief ruhig. „Die Auszählung ist korrekt abgelaufen.“ (Wahlkommission).", "Wahlkommission"),
    ("Zur neuen Aufgabe wird Kessler auf der offiziellen Internetseite des FC Lindenau so zitiert: „Ich freue mich sehr.“", "Kessler"),
    ("Lea Brandt vom Netzwerk Bürgerstimme ist der Meinung, dass die Beschwerde „ängstlicher Abgeordneter“ nichts ändere.", "Lea Brandt vom Netzwerk Bürgerstimme"),
])
def test_brackets_lists_passive_citations_and_opinions(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_the_second_of_a_list_before_a_colon_is_the_speaker() -> None:
    text = "Es gratulierten viele, so der Leiter der Agentur, Paul Berg („Niemand verdient es mehr.“), und der Ministerpräsident Jan Lund: „Die Ehrung kommt genau richtig.“"
    assert _speakers(text, "de")[1] == "Jan Lund"


def test_an_ordinal_full_stop_does_not_cut_a_sentence_in_the_pre_scan() -> None:
    from newsclean.quotes_paras import paragraphs

    text = "Wie Eva Kortmann, die am 14. März 2012 in Denver lebte, dazu feststellt, fordert „das Gesetz mehr als das“."
    lex = lexicon("de")
    para, _ = paragraphs("text", text, find_spans(text, "de"), lex)[0]
    assert [t.text for t in para.toks[:3]] == ["Wie", "Eva", "Kortmann"] and any(t.text == "14" for t in para.toks)


@pytest.mark.parametrize(("text", "want"), [
    ("Die Bande hinterließ eine kurze Notiz, welche die Ermittler als „einen Haufen von Anfängern“ bezeichnete.", "kurze Notiz"),
    ("Im Blatt stand ein Leitartikel, der den Beschluss als „kaum verständlich“ bezeichnet.", "Leitartikel"),
    ("Wie die Zeitung „Le Courrier“ schrieb, soll Lucien zu Marcel gesagt haben: „Das war das letzte Mal.“", "Lucien"),
    ("„Das ist nicht akzeptabel“, sagte Jan Wolf, Sprecher der Partei „Neue Mitte“ Thüringen.", "Jan Wolf, Sprecher der Partei „Neue Mitte“ Thüringen"),
])
def test_relative_antecedents_fronted_clauses_and_quoted_names_in_appositions(text: str, want: str) -> None:
    assert _speakers(text, "de")[0 if "Lucien" not in text else -1] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Unter dem Motto „Freie Ufer“ zogen die Demonstranten durch den Ort und skandierten unterwegs Rufe wie „Weg mit dem Zaun, weg damit“.", "Demonstranten"),
    ("„Wo sind unsere Stimmen?“, wollen die Demonstranten seit Wochen wissen.", "Demonstranten"),
    ("Die Stiftung verlangte eine Aufklärung der „erschreckenden Bilder der Gewalt“.", "Stiftung"),
    ("Auch der Sprecher der Fraktion im Kreistag, Jan Berg, will „in den nächsten Wochen alles prüfen“.", "Jan Berg"),
])
def test_shared_subjects_fronted_quotations_and_a_sentence_subject_without_a_cue(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[-1] or "")


def test_a_name_shaped_quotation_takes_no_subject_or_bracket_source() -> None:
    assert _speakers("Die Bewegung zog ihre Vertreter aus dem „Rat der regionalen Einheit“ zurück.", "de") == [None]
    assert _speakers("Der Verband feiert im Herbst die „Woche des offenen Buches“ (Open Books Week).", "de") == [None]


@pytest.mark.parametrize(("text", "want"), [
    ("In einem Schreiben der Innenminister vom Dienstagabend hatte es geheißen: „Eine schnelle Lösung wird es nicht geben.“", "Schreiben der Innenminister vom Dienstagabend"),
    ("Derzeit steht in dem Entwurf für eine neue Verordnung noch der Passus: „Die Akten sind sofort zu vernichten.“", "Entwurf für eine neue Verordnung"),
    ("Der Minister steht zu seinem Wort: „Wir halten, was wir versprochen haben.“", "Minister"),
])
def test_impersonal_written_cues_name_their_text(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_sentence_initial_function_word_is_no_speaker() -> None:
    assert _speakers("So gesammelte Angaben seien „in hohem Maße schutzwürdig“.", "de") == [None]


@pytest.mark.parametrize(("text", "want"), [
    ("Der Fachmann von Naturwacht, Jan Holm, wandte sich gegen die Annahme, der Mais werde nicht ins Futter gelangen: „Wo Genmais wächst, landet er auch im Trog.“", "Jan Holm"),
    ("„Wo sind unsere Stimmen?“, wollen die Demonstranten in der bolivianischen Hauptstadt seit Wochen wissen.", "Demonstranten in der bolivianischen Hauptstadt"),
])
def test_the_sentence_subject_before_an_embedded_clause_and_a_place_after_a_fronted_quotation(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_possessive_opening_a_colon_sentence_is_a_pronoun() -> None:
    text = "Henrik Lund äußerte sich optimistisch: „Ich rechne damit.“ Seine Zuversicht beruht auf Erfahrungen: „Einigungen kommen meist ganz am Ende.“"
    assert _speakers(text, "de") == ["Henrik Lund", "Henrik Lund"]


def test_an_attributive_participle_before_a_quotation_is_no_cue() -> None:
    text = "Schuld seien dem Gutachten zufolge nicht näher bezeichnete „Mängel an der Bremsanlage“."
    assert _speakers(text, "de") == ["Gutachten"]


def test_a_quotation_is_never_its_own_speaker() -> None:
    assert _speakers("„Er war ein stiller Meister“, schrieb „Der Tagesbote“ in einem Nachruf.", "de")[1] != "„Der Tagesbote“"


def test_a_full_word_title_before_a_full_stop_ends_the_speaker() -> None:
    """"sagte der Papst. Der …": a title written without a full stop in the data ends the phrase there."""
    text = "„Ich höre auf, weil mir die Kraft fehlt“, sagte der Papst. Der Neffe des Papstes, Anton Kessler, schwieg."
    assert _speakers(text, "de") == ["Papst"]
    assert _speakers("“We will win,” said Dr. Jane Smith.", "en") == ["Jane Smith"]  # a dotted title does not end it


def test_a_quotation_without_cue_takes_the_previous_sentence_subject() -> None:
    """No cue and no subject of its own: the subject of the sentence before in the paragraph."""
    text = "Die Kammer stellte klare Auflagen. So soll der Betreiber „bis Jahresende alle Anlagen“ prüfen lassen."
    assert _speakers(text, "de") == ["Kammer"]


def test_a_short_or_name_like_quotation_gets_no_guess() -> None:
    """A term or a title ("„Offene Türen“") is no one's words: no guessed speaker."""
    text = "Die Kammer stellte klare Auflagen. So soll das Verfahren „Offene Türen“ heißen."
    assert _speakers(text, "de") == [None]


def test_a_quoted_name_after_a_genitive_article_ends_the_subject() -> None:
    """"Ein Vertreter der „westwind ag“ bezeichnet … als „…“": the quoted company belongs to the subject."""
    text = "Ein nicht genannter Vertreter der „westwind ag“ bezeichnet ihre Beteiligung am Grundkapital als „langfristig wichtig für uns alle“."
    assert _speakers(text, "de")[-1].endswith("Vertreter der „westwind ag“")


def test_a_written_source_runs_to_a_quoted_name() -> None:
    """"heißt es in der Mitteilung auf der Homepage von „westwind“": the source names the company."""
    text = "So heißt es in der Mitteilung auf der Homepage von „westwind“ wörtlich: „Ziel der Partnerschaft ist eine bessere Abstimmung.“"
    assert _speakers(text, "de")[-1].endswith("von „westwind“")


def test_a_quantifier_after_the_article_and_two_paired_names() -> None:
    """"meinen die beiden Mitglieder Tom Reiher und Lukas Brendel": both names belong to the speaker phrase."""
    text = "„Der Vertrag widerspricht den Versprechen“, meinen die beiden Mitglieder Tom Reiher und Lukas Brendel in einer Erklärung."
    assert "Brendel" in (_speakers(text, "de")[0] or "")


def test_a_fronted_modifier_is_no_speaker() -> None:
    """"Kritisch bewertet die Fraktion die geplante „…“": an adjective opens the sentence, the group says it."""
    text = "Kritisch bewertet die Fraktion die geplante „flächendeckende Speicherung von Reisedaten“."
    assert _speakers(text, "de") == ["Fraktion"]


def test_a_person_carried_to_a_quotation_keeps_their_party() -> None:
    """A name resolved from the context keeps the parenthesis the article writes after it."""
    text = "Ministerpräsident Walter Kessel (SPD) hat angekündigt, die Realschule umzubauen. „Nicht jeder Lehrsatz ist für den Alltag nötig.“"
    assert quotes.run({"id": "x", "text": text, "lang": "de"})["quotes"][0]["speaker"] == "Walter Kessel (SPD)"


def test_a_fronted_speech_noun_is_the_object() -> None:
    """"Die Kritik des X wies die Stadtverwaltung zurück: „…“": what is said is not who says it."""
    text = "Die Kritik des Rechnungshofs wies die Stadtverwaltung zurück: „Wir sorgen dafür, dass die Kosten bald sinken.“"
    assert _speakers(text, "de") == ["Stadtverwaltung"]


def test_a_fronted_prepositional_phrase_holds_no_subject() -> None:
    """"Mit deutlicheren Worten als der X kritisieren die Liberalen …": the phrase after the verb is the subject."""
    text = "Mit deutlicheren Worten als der Rechnungshof kritisieren die Liberalen das Gesetz als „einen gefährlichen Schritt zum Kontrollstaat“."
    assert _speakers(text, "de") == ["Liberalen"]


def test_a_sentence_opening_with_fuer_names_whose_view_it_is() -> None:
    """"Für den Historiker Peter Brandl sei der Rückzug „…“": a weak source marker opening the sentence (data cues ``front``)."""
    text = "Für den Historiker Peter Brandl sei der Rückzug „aus mehreren Gründen nachvollziehbar“."
    assert _speakers(text, "de") == ["Historiker Peter Brandl"]


@pytest.mark.parametrize(("lang", "text", "ends"), [
    ("de", "Das sei gut, sagte der Minister. Der Kanzler schwieg.", True),  # a full-word title ends its sentence
    ("de", "Es sprach Dr. Paul Brandt aus Kiel.", False),  # a title the data writes with a full stop does not
    ("en", "It was said by the President. The vote came later.", True),
    ("en", "It was said by Mr. Holloway on Monday.", False),
    ("el", "Το είπε ο κ. Λαβρόφ χθες.", False),
])
def test_only_dotted_titles_keep_a_sentence_open(lang: str, text: str, ends: bool) -> None:
    """Honorifics the data writes without a full stop ("Minister", "President") end a sentence at one; "Dr.", "κ." do not."""
    para = tokenize(text, 0, len(text), [], lexicon(lang), "text")
    assert (len(para.sentences) > 1) is ends


def _people(text: str, lang: str = "de"):
    lex = lexicon(lang)
    paras = []
    for pos, line in ((text.find(line), line) for line in text.split("\n")):
        spans = find_spans(line, lang)
        paras.append((tokenize(text, pos, pos + len(line), [(s.outer_start + pos, s.outer_end + pos, i) for i, s in enumerate(spans)], lex, "text"), spans))
    return learn_people(paras, lex)


def test_a_capitalised_title_before_a_full_name_makes_a_person() -> None:
    """"Bundesfinanzminister Peer Lindmann" with no cue beside it: Lindmann is a person (shown with the title as written)."""
    people = _people("Das musste Bundesfinanzminister Peer Lindmann einräumen.")
    assert people.known("Lindmann") == "Bundesfinanzminister Peer Lindmann"


def test_an_article_before_a_run_keeps_its_noun_out_of_the_name() -> None:
    """"hätte der Sender Lindmann …": the noun after the article is no first name of the known Lindmann."""
    people = _people("Das musste Bundesfinanzminister Peer Lindmann einräumen.\nZudem hätte der Sender Lindmann geholfen.")
    assert people.known("Lindmann") == "Bundesfinanzminister Peer Lindmann"
    assert people.known("Sender") is None


def test_a_short_term_is_no_quotation_of_the_person_opening_its_sentence() -> None:
    """No cue and no carried speaker: "Lindmann fuhr zum „Hafenfest Nord“" quotes a name, not Lindmann (however well known)."""
    from newsclean.quotes_doc import extract

    text = "Das musste Bundesfinanzminister Peer Lindmann einräumen.\n\nLindmann fuhr danach zum „Hafenfest Nord“ in Kiel."
    assert [(q["kind"], q["speaker"]) for q in extract([("text", text)], "de")] == [("scare", None)]


@pytest.mark.parametrize(("text", "want"), [
    ("Das musste Bundesfinanzminister Peer Lindmann einräumen. Die Kritik am Plan wies Lindmann von sich: „Das ist falsch.“", "Lindmann"),
    ("Das musste Bundesfinanzminister Peer Lindmann einräumen. Die Kritik am Plan wies die Ministerin zurück: „Das ist falsch.“", "Ministerin"),
])
def test_a_fronted_object_before_a_known_persons_name(text: str, want: str) -> None:
    """Verb-second: "Die Kritik … wies Lindmann von sich": the known person after the cue said it, not the fronted phrase."""
    from newsclean.quotes_doc import extract

    speakers = [q["speaker"] for q in extract([("text", text)], "de") if q["kind"] == "direct"]
    assert speakers and want in speakers[-1]


def test_a_fronted_verb_final_clause_with_a_cue_keeps_its_quotation() -> None:
    """"Während X erklärte, …, „…“, räumte Y ein": the clause before the quotation fills the front field, so the verb
    after the quotation opens the main clause and X said it."""
    text = "Während Mira Olsen erklärte, sehr aufgeregt zu sein, „schöner wird es nicht“, räumte Tom Berger ein, lange davon geträumt zu haben."
    assert _speakers(text, "de") == ["Mira Olsen"]
    assert _speakers("„Schöner wird es nicht“, räumte Tom Berger ein.", "de") == ["Tom Berger"]  # the quotation alone in front


def test_adverbs_between_a_fronted_subject_and_its_cue_are_skipped() -> None:
    """"Die Kampagne selber dagegen warf Y vor, …": adverbs (data pronouns ``adv``) stand between the subject and the verb."""
    text = "Bergers Kampagne selber dagegen warf Olsen vor, er sei nur ein „typischer Politiker“ geworden."
    assert _speakers(text, "de") == ["Bergers Kampagne"]


def test_a_lone_name_after_an_article_and_a_noun_does_not_open_the_sentence() -> None:
    """"Außerdem hätte der Sender Lindmann „…“": the noun after the article is the subject; the speaker is carried."""
    from newsclean.quotes_doc import extract

    text = ("Das musste Bundesfinanzminister Peer Lindmann einräumen.\n\n„Ich gehe jetzt“, so Eva Sturm. "
            "Außerdem hätte der Sender Lindmann „die Gelegenheit gegeben, sich gut darzustellen“.")
    assert [q["speaker"] for q in extract([("text", text)], "de") if q["kind"] == "direct"] == ["Eva Sturm", "Eva Sturm"]


def test_the_distance_of_a_sentence_cue_only_breaks_ties() -> None:
    """A cue's distance ranks equal candidates but never moves one out of its score class (``SCORE_ADJACENT`` and up is strong)."""
    from newsclean.quotes_speakers import CUE_WINDOW, DISTANCE_TIE, SCORE_ADJACENT, SCORE_SENTENCE, SCORE_TYPE, Candidate

    near = Candidate(0, 1, "nominal", "sagte", SCORE_SENTENCE + SCORE_TYPE["nominal"], dist=2)
    far = Candidate(0, 1, "nominal", "sagte", SCORE_SENTENCE + SCORE_TYPE["nominal"], dist=CUE_WINDOW)
    assert near.score >= SCORE_ADJACENT and far.score == near.score and near.rank() > far.rank()
    assert 2 * CUE_WINDOW * DISTANCE_TIE < min(abs(x - y) for x in SCORE_TYPE.values() for y in SCORE_TYPE.values() if x != y)


def test_a_speech_named_as_the_text_source_is_the_speakers() -> None:
    """"„…“, hieß es in der Rede": a source phrase naming only a speech (data roles ``event``) is the person named before."""
    from newsclean.quotes_doc import extract

    text = ("In seiner Ansprache vor dem Landtag mahnte Ministerpräsident Jonas Weller einen sparsamen Haushalt an. "
            "„Wir müssen jetzt zusammenarbeiten“, hieß es in der Rede.")
    assert [q["speaker"] for q in extract([("text", text)], "de") if q["kind"] == "direct"] == ["Jonas Weller"]
    assert _speakers("„Wir müssen jetzt zusammenarbeiten“, hieß es in der Erklärung.", "de") == ["Erklärung"]  # a document stays


@pytest.mark.parametrize(("text", "want"), [
    ("Laura Pinchot, The Daily Ledger: “This was her best debate.”", "Laura Pinchot, The Daily Ledger"),
    ("Dana Kwiatek, The Morning Post: “This was her best debate.”", "Dana Kwiatek, The Morning Post"),
    ("On the topic, chapter head Owen Marsh told The Evening Post: “A lot of people assume that.”", "Owen Marsh"),
    ("“It is over,” said Ruth Calder of the non-partisan Calder-Greer Political Report.", "Ruth Calder of the non-partisan Calder-Greer Political Report"),
])
def test_a_capitalised_cue_word_inside_a_name_is_no_cue(text: str, want: str) -> None:
    """"The Morning Post", "Political Report": a cue word capitalised after a capitalised word names a paper, not a verb."""
    assert _speakers(text, "en") == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("„Das Konto bleibt“, sagte der Ministerpräsident des Landes Norderstedt, Jonas Weller (SPD).", "Jonas Weller (SPD)"),
    ("„Das Konto bleibt“, sagte der Ministerpräsident des Landes Norderstedt, Jonas Weller.", "Jonas Weller"),
    ("Später sagte Bundeskanzlerin Jana Merk vor der Presse, Lena Hofer „ist eine der bedeutendsten Denkerinnen unserer Zeit“.", "Jana Merk"),
])
def test_a_title_before_a_genitive_and_an_apposed_name(text: str, want: str) -> None:
    """"der Ministerpräsident des Landes X, Y (SPD)": the title heads the role phrase, the apposed name (and its party) is
    the speaker; a title before a name of its own keeps that name."""
    assert _speakers(text, "de") == [want]


@pytest.mark.parametrize(("text", "floating"), [
    ("„Wir gehen jetzt nach Hause.“", True),  # the paragraph's first token
    ("Das war klar. „Wir gehen jetzt nach Hause.“", True),  # a sentence of its own
    ("Er kam. Das war „ganz gut so“ gewesen.", False),  # inside a sentence with words
])
def test_a_quotation_standing_alone_carries_a_speaker_further(text: str, floating: bool) -> None:
    """Cue-less quotations (quotes_cueless): one standing alone takes the last speaker from CARRY_FLOATING paragraphs back."""
    from newsclean.quotes_cueless import CARRY_FLOATING, CARRY_NEAR, carry_reach

    lex = lexicon("de")
    spans = find_spans(text, "de")
    para = tokenize(text, 0, len(text), [(s.outer_start, s.outer_end, i) for i, s in enumerate(spans)], lex, "text")
    assert carry_reach(para, para.quoted[0]) == (CARRY_FLOATING if floating else CARRY_NEAR)
    assert CARRY_FLOATING > CARRY_NEAR


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("de", "Der Bürgermeister von Neustadt forderte alle Bewohner zum Rückzug auf: „Geht jetzt.“", "Bürgermeister von Neustadt"),
    ("en", "“Go now,” said the Mayor of Springfield.", "Mayor of Springfield"),
    ("en", "“Go now,” said Mayor Joe Quimby of Springfield.", "Joe Quimby of Springfield"),
])
def test_a_title_before_of_heads_the_phrase(lang: str, text: str, want: str) -> None:
    """"der Bürgermeister von X", "the Mayor of X": a title followed by a link word is the head, not a title before a name."""
    assert _speakers(text, lang) == [want]


def test_so_before_a_quotation_continues_the_reported_speech() -> None:
    """"Kämen sie dem nicht nach, so „…“": "so" right before a quotation is "then", not "so X"; the speaker of the sentence before said it."""
    text = "Der Bürgermeister von Neustadt forderte alle Bewohner zum Rückzug auf. Kämen sie dem nicht nach, so „helfe ihnen niemand“."
    assert _speakers(text, "de") == ["Bürgermeister von Neustadt"]


@pytest.mark.parametrize(("text", "want"), [
    ("Die Werft empfindet den Vorwurf jedoch als unfair: „Wir haben alles richtig gemacht.“", "Werft"),
    ("Nach dem Artikel 65 des Gesetzes bestimmt der Kanzler „die Richtlinien der Politik und trägt dafür die Verantwortung“.", "Artikel 65 des Gesetzes"),
    ("Der Sieger bestritt jeden Betrug und verglich die Lage mit Krawallen, weil „manche dachten, sie würden gewinnen“.", "Sieger"),
])
def test_a_german_phrase_ends_at_a_lower_case_word_after_its_noun(text: str, want: str) -> None:
    """Noun-capitalising languages: "Die Werft empfindet" ends at "Werft" (a number still belongs: "Artikel 65")."""
    assert _speakers(text, "de") == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("Ab 1950 musste an jeder Tür ein Schild hängen, auf dem geschrieben stand: „Bitte leise sein.“", "Schild"),
    ("An der Tür hing ein Schild, auf dem stand: „Bitte leise sein.“", "Schild"),
    ("Er griff damit den Ton russischer Zeitungen auf, in denen es zu den Protesten auch heißt, dass die Opposition „nur ein zahnloser Hund“ sei.",
     "Ton russischer Zeitungen"),
])
def test_a_written_cue_in_a_relative_clause_names_its_antecedent(text: str, want: str) -> None:
    """"ein Schild, auf dem stand: „…“", "…, in denen es heißt": the text the relative clause is about (quotes_written)."""
    assert _speakers(text, "de") == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("“Why would you?” asked Sen. Ruth Calder of Maryland, who wants a commission.", "Ruth Calder of Maryland, who wants a commission"),
    ("“Why would you?” asked Calder, now a partner at a firm.", "Calder, now a partner at a firm"),
    ("“Why would you?” asked him.", None),  # a pronoun after it is the addressee
])
def test_an_addressee_cue_right_after_a_quotation_has_its_subject_after_it(text: str, want: str | None) -> None:
    """"“…?” asked X": a cue whose phrase is usually its addressee (data cues ``tell``) takes its subject after it when
    it follows the quotation directly."""
    assert _speakers(text, "en") == [want]
