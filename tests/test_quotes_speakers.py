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
    ("en", "“We are ready,” said Michael Berkman, director of the McCourtney Institute for Democracy.", "Michael Berkman, director of the McCourtney Institute for Democracy"),
    ("en", "Melissa Roloson, 32, of Sodus in Upstate New York, who works in retail, said: “I like it.”", "Melissa Roloson, 32, of Sodus in Upstate New York, who works in retail"),
    ("en", "“It is clear,” Edward Alden of the Council on Foreign Relations in Washington said.", "Edward Alden of the Council on Foreign Relations in Washington"),
    ("en", "“It is a waste,” said Rep. Elijah Cummings (D-Md.). “They know it.”", "Elijah Cummings (D-Md.)"),
    ("en", "“Clear,” said former secretary of state Hillary Clinton, who praised the plan.", "Hillary Clinton, who praised the plan"),
    ("en", "“It is over,” said Clinton’s top foreign policy aide Jake Sullivan.", "Jake Sullivan"),
    ("en", "“A wave,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.", "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA"),
    ("en", "Windsor Mann, editor of The Quotable Hitchens: “Clinton has convinced more voters.”", "Windsor Mann, editor of The Quotable Hitchens"),
    ("en", "“She is a super-wonk,” said Clinton’s communications director, Jennifer Palmieri, adding that it changed.", "Jennifer Palmieri"),
    ("en", "“It is over,” Donald Trump’s son told The Opie and Anthony Show.", "Donald Trump’s son"),
    ("en", "“Fine,” said Ohio State University professor Paul Beck.", "Paul Beck"),
    ("en", "“Good,” said IMF chief economist Maury Obstfeld.", "Maury Obstfeld"),
    ("en", "“I know him,” the governor said, before clarifying that he was the best candidate.", "governor"),
    ("en", "“Fine,” said former South Carolina Gov. Jim Hodges, a Clinton backer, referring to issues.", "Jim Hodges, a Clinton backer"),
    ("en", "“No,” said a Mexican official who was not authorized to speak publicly on this issue.", "Mexican official who was not authorized to speak publicly on this issue"),
    ("en", "“It is ok,” said J.J. MacNab, an expert on militias in the United States.", "J.J MacNab, an expert on militias in the United States"),
    ("de", "Der Seismologe Claus Fleischer von der Erdbebenwarte Bensberg bei Köln sagte: „Das Erdbeben war nicht stark.“", "Seismologe Claus Fleischer von der Erdbebenwarte Bensberg bei Köln"),
    ("de", "„Das ist gut“, so Ursula Castrup, die Leiterin der Bielefelder Fachstelle für Suchtvorbeugung.", "Ursula Castrup, die Leiterin der Bielefelder Fachstelle für Suchtvorbeugung"),
    ("de", "Der Leiter der Studie, Paulo Sérgio Pinheiro, sagte: „Es gilt, ein Signal zu setzen.“", "Paulo Sérgio Pinheiro"),
    ("el", "«Είμαστε έτοιμοι», δήλωσε ο Σεργκέι Λαβρόφ.", "Σεργκέι Λαβρόφ"),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_speaker_text(lang: str, text: str, want: str) -> None:
    """The speaker comes out as the article names them, with what describes them up to the cue."""
    assert _speakers(text, lang)[0] == want


def test_fronted_phrase_then_bare_name() -> None:
    """"Reaching for the jugular, Trump said": the bare name before the cue, not the fronted phrase."""
    assert _speakers("Reaching for the jugular, Trump said: “It is sad.”", "en")[0] == "Trump"


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
    """"During X, Police Chief Calvin Williams lobbied …, saying, “…”": the named subject said it."""
    text = 'During the convention, Cleveland Police Chief Calvin Williams lobbied to suspend it, saying, "The fewer guns, the better."'
    assert _speakers(text, "en")[0] == "Calvin Williams"


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
    ("es", "Posteriormente, Berríos emitió un comunicado en la que expresó que “he tomado conocimiento de la denuncia”.", "Berríos"),
])
def test_a_comma_segment_with_its_own_predicate_ends_the_subject(lang: str, text: str, want: str) -> None:
    """A fronted adverb, a comma, then "Name verb …": the name, not the stretch from the adverb, is the subject."""
    assert _speakers(text, lang) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("In dem Bericht heißt es: „Die Lage ist ernst.“", "Bericht"),
    ("Auf der documenta-Homepage heißt es zur Begründung: „Die Striche wurden gewählt.“", "documenta-Homepage"),
    ("„Die Lage ist ernst“, heißt es in einer Pressemitteilung von Peter Zimmermann weiter.", "Pressemitteilung von Peter Zimmermann"),
])
def test_a_written_source_beside_an_impersonal_cue_is_the_speaker(text: str, want: str) -> None:
    """German "heißt es in X" / "In X heißt es" (cue class ``written``): the text X is the source."""
    assert _speakers(text, "de") == [want]


def test_a_title_word_with_no_name_after_it_heads_the_phrase() -> None:
    """"sprach der mexikanische Präsident von der „…“": the title is the head of the inverted subject."""
    text = "Nach einem Besuch im Krisengebiet sprach der mexikanische Präsident von der „schlimmsten Katastrophe“."
    assert _speakers(text, "de") == ["mexikanische Präsident"]


@pytest.mark.parametrize(("text", "want"), [
    ("„Er ist der kreative Kopf“, schrieb „Die Zeit“.", "„Die Zeit“"),
    ("„Die Betonung von Video beweist es“, schreibt die „Computerwoche“.", "„Computerwoche“"),
])
def test_a_short_quoted_title_after_a_cue_is_the_speaker(text: str, want: str) -> None:
    """German newspapers are written in quotation marks: "schrieb „Die Zeit“" names the source."""
    assert _speakers(text, "de")[0] == want


def test_a_phrase_of_function_words_names_no_one() -> None:
    """"Daraus wird ein „…“ abgeleitet": the fronted function word is no speaker."""
    assert _speakers("Daraus wird ein „grundrechtlich erhebliches Schutzbedürfnis“ abgeleitet.", "de") != ["Daraus"]


@pytest.mark.parametrize(("text", "want"), [
    ("Milinkewitsch kritisierte die Handlungsweise der Polizei als „Provokation“.", "Milinkewitsch"),
    ("Sinngemäß hofft Musk: „Es wird schon gut gehen.“", "Musk"),
])
def test_a_lone_fronted_name_is_the_subject_in_verb_second_order(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Stoiber hatte besonders die Rolle der Vorsitzenden betont: „Die Entscheidungen fallen im Kreise der Vorsitzenden.“", "Stoiber"),
    ("So hatte der Minister Otto Schily noch im Mai 2005 zugesichert: „Die Merkmale sind nur auf dem Pass gespeichert.“", "Otto Schily"),
    ("„Wir wollen unsere Systeme enger verzahnen“, hatte VW-Chef Winterkorn in einem Interview erklärt.", "Winterkorn"),
])
def test_a_participle_cue_takes_the_subject_beside_the_auxiliary(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_a_quotation_after_a_colon_ends_its_sentence_at_its_full_stop() -> None:
    text = "Zypries sieht in dem Urteil eine Bestätigung: „Das Gericht stärkt die Freiheitsrechte.“ Innenminister Wolfgang Schäuble sagte dazu nichts."
    assert _speakers(text, "de")[0] == "Zypries"


@pytest.mark.parametrize(("text", "want"), [
    ("Nach Ansicht von Senator Dodd, Vorsitzender des Bankenausschusses im Senat, hat die Fed „auf ganzer Linie versagt“.", "Dodd, Vorsitzender des Bankenausschusses im Senat"),
    ("Nach Meinung des Politikers Gall stellen die Geräte „einen stärkeren Eingriff“ dar.", "Gall"),
    ("Dort sollen laut dem Chefankläger des Strafgerichts, Luis Moreno Ocampo, Taten „von unbeschreiblicher Brutalität“ begangen worden sein.", "Luis Moreno Ocampo"),
])
def test_a_source_marker_names_the_speaker_with_its_appositions(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_a_subject_before_the_verb_beats_the_object_after_it_in_verb_second_order() -> None:
    text = "Ralph Senkel vom Hotel Sonnenhof kommentierte die Provisionserhöhung: „Ich habe sämtliche Rabatte gestrichen.“"
    assert _speakers(text, "de")[0] == "Ralph Senkel vom Hotel Sonnenhof"


def test_an_ordinal_full_stop_ends_no_sentence() -> None:
    text = "Bundeskanzlerin Angela Merkel bezeichnete Wulff am Donnerstag, den 3. Juni, in Berlin als „einen wunderbaren Präsidenten“."
    assert _speakers(text, "de")[0] == "Angela Merkel"


def test_a_german_relative_clause_opened_by_an_article_describes_the_subject() -> None:
    text = "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“."
    assert (_speakers(text, "de")[0] or "").startswith("Miroslav Klose")


def test_after_a_quotation_a_name_and_verb_open_a_new_clause_in_verb_second_order() -> None:
    text = "Merkel nannte ihn „einen wunderbaren Präsidenten“, Vizekanzler Guido Westerwelle lobte seinen Kompass."
    assert _speakers(text, "de")[0] == "Merkel"


@pytest.mark.parametrize(("text", "want"), [
    ("In seiner Stellungnahme befand der Premierminister Benjamin Netanyahu den Angriff als gerechtfertigt und nannte den Auftrag „schnell und entschieden“.", "Benjamin Netanyahu"),
    ("Am Abend zogen Demonstranten vor den Sitz der Verwaltung und skandierten Sprüche wie „Gefälschte Demokratie“.", "Demonstranten"),
])
def test_a_cue_after_a_conjunction_shares_the_subject_before_it(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_the_whole_fronted_field_is_the_subject_in_verb_second_order() -> None:
    text = "Der Wirtschaftsrat der CDU hatte am Montag die Umstellung gefordert: „Der Bürger muss in die Eigenverantwortung hineinwachsen.“"
    assert _speakers(text, "de")[0] == "Wirtschaftsrat der CDU"


@pytest.mark.parametrize(("text", "want"), [
    ("„Wir prüfen das“, rechtfertigte das Verteidigungsministerium der Vereinigten Staaten die Aktion.", "Verteidigungsministerium der Vereinigten Staaten"),
    ("„Es war Feuer“, sagte der Oberkommandierende General der Streitkräfte im Irak, General George Casey.", "George Casey"),
    ("Carsten Labudda, Sprecher der Partei „Die Linke“ Baden-Württemberg, sagte: „Das Versammlungsrecht ist zentral.“", "Carsten Labudda, Sprecher der Partei „Die Linke“ Baden-Württemberg"),
])
def test_genitives_titles_and_quoted_names_stay_in_the_speaker(text: str, want: str) -> None:
    assert _speakers(text, "de")[-1] == want


def test_a_german_quotation_ending_with_a_full_stop_is_not_attributed_by_the_next_sentence() -> None:
    text = "John Sifton von Human Rights Watch sagte, dass, „wenn es wahr ist, es ein Verbrechen ist.“ Sifton sagte weiter: „Das ist schlimm.“"
    assert _speakers(text, "de")[0] == "John Sifton von Human Rights Watch"


@pytest.mark.parametrize(("text", "want"), [
    ("Ein Fernsehsender zitierte Papandreou mit den Worten: „Ich klebe nicht an meinem Stuhl.“", "Papandreou"),
    ("„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Lynch in einem Bericht.", "Lynch"),
    ("„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.", "Yolanda Alvarez vom Sender RTVE"),
    ("Zur Lage wird Watzke auf der Internetseite wie folgt zitiert: „Es gab bestimmt bessere Jahre.“", "Watzke"),
])
def test_a_citing_verb_names_its_object_and_in_the_passive_its_subject(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_pronoun_subject_of_a_reported_speech_verb_said_the_quotation() -> None:
    text = "Der Minister Boris Johnson sprach lange. Er werde „einen neuen Deal“ aushandeln."
    assert _speakers(text, "de")[0] == "Boris Johnson"


@pytest.mark.parametrize(("text", "want"), [
    ("Passend zu den Gefahren des Eises warnte die Moderatorin eines Lokalsenders: „Auf dem Eis kann es glatt sein.“", "Moderatorin eines Lokalsenders"),
    ("Angesichts solcher Alternativen nannte Reinhard Jung, Geschäftsführer des Bauernbundes, die Kartoffel „überflüssig wie ein Kropf“.", "Reinhard Jung, Geschäftsführer des Bauernbundes"),
    ("So warnten Vertreter der deutschen Bauwirtschaftsverbände vor einem „drohenden Abfluss von Kompetenz“ ins Ausland.", "Vertreter der deutschen Bauwirtschaftsverbände"),
    ("Der deutsche Regierungssprecher, Steffen Seibert, versuchte mit den Worten zu beruhigen: „Der IWF ist funktionstüchtig.“", "Steffen Seibert"),
    ("Seine Werke werden von Musikkennern als „Meilensteine in der Musikgeschichte“ bezeichnet.", "Musikkennern"),
])
def test_fronted_phrases_role_appositions_and_passive_agents(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Der NDR will wissen, dass Mindermann das Mädchen danach gefragt habe, was sie „anhabe“.", "Mindermann"),
    ("Die Speicherung oder, wie sich Tauss ausdrückte, „das prophylaktische Scannen“ stehe damit nicht in Einklang.", "Tauss"),
    ("Wie die Sportzeitung berichtete, soll Anelka zu Domenech gesagt haben: „Das ist schlimm.“", "Anelka"),
    ("Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Benedikt XVI. „ist und bleibt ein Denker“.", "Angela Merkel"),
])
def test_subordinate_clauses_fronted_clauses_and_regnal_numbers(text: str, want: str) -> None:
    assert _speakers(text, "de")[-1] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Damit kann man laut Klinikdirektor Prof. Dr. Matthias W. Beckmann „jetzt Paaren helfen“.", "Beckmann"),
    ("„Die Kommentare geben zur Sorge Anlass“, erklärte der Vorsitzende der Gewerkschaft, William R. Dougan.", "William R. Dougan"),
])
def test_initials_and_titles_stay_in_a_name(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[0] or "")


def test_after_a_fronted_adverb_and_the_verb_the_subject_introduces_the_colon() -> None:
    text = "Hier sparte der Bundespräsident Horst Köhler auch nicht mit Kritik: „Je kleiner die Schritte, desto mehr Schritte.“"
    assert "Köhler" in (_speakers(text, "de")[0] or "")


def test_a_quoted_name_inside_a_speaker_phrase_stays_in_it() -> None:
    text = "„Damit hat unsere Arbeit ihren Zweck erfüllt“, so der Mitarbeiter der Firma „Shui Jing Shi“ gegenüber der Presse."
    assert "Shui Jing Shi" in (_speakers(text, "de")[0] or "")


def test_reported_speech_without_a_cue_takes_the_speaker_of_the_sentence_before() -> None:
    text = "EU-Kommissar Marcos Kyprianou betonte, dass ein solches Szenario nicht abzusehen sei. Das Virus sei „nicht das Virus, das uns besorgt“."
    assert _speakers(text, "de")[0] == "EU-Kommissar Marcos Kyprianou"


def test_a_quotation_standing_alone_after_reported_speech_takes_its_speaker() -> None:
    text = "John Kline, ein Abgeordneter aus Minnesota, sagte, dass der Vorfall kein Unfall gewesen sei. „Das war direktes Feuer auf Zivilisten.“"
    assert _speakers(text, "de")[0] == "John Kline, ein Abgeordneter aus Minnesota"


def test_a_cue_after_a_conjunction_in_a_clause_after_a_subordinate_one() -> None:
    text = "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“"
    assert _speakers(text, "de")[0] == "Randalierer"


def test_a_demonstrative_standing_alone_is_a_pronoun() -> None:
    text = "Rainer Wittner sagte: „Ja.“ Im Interview sagte dieser, dass Delmare in „seiner eigenen Welt“ lebe."
    assert _speakers(text, "de") == ["Rainer Wittner", "Rainer Wittner"]


def test_grammar_traits_are_data() -> None:
    from newsclean.langdata import has_trait

    assert has_trait("de", "verbsecond") and has_trait("de", "ordinaldot") and has_trait("de", "relarticle")
    assert has_trait("nl", "verbsecond") and not has_trait("nl", "ordinaldot")
    assert has_trait("pl", "ordinaldot") and not has_trait("pl", "verbsecond")
    assert not has_trait("en", "verbsecond") and not has_trait(None, "ordinaldot") and not has_trait("xx-unknown", "relarticle")


@pytest.mark.parametrize(("text", "want"), [
    ("Ihre Enttäuschung brachte die Sprecherin der Opposition, Maria Lindner, zum Ausdruck: „Das ist ein schlechter Tag.“", "Maria Lindner"),
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
    text = "Anna Roth vom Institut für Physik in Bonn erklärt es so: „Es ist Eis“, und fügt hinzu: „Es schmilzt.“"
    assert _speakers(text, "de") == ["Anna Roth vom Institut für Physik in Bonn"] * 2


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
    text = "Wie der Sender berichtet, gab Regierungssprecher Jan Hoff dem Sender eine Antwort, die aus einem Wort bestand: „Nein.“"
    assert _speakers(text, "de")[0] == "Regierungssprecher Jan Hoff"


def test_a_cue_before_a_prepositional_phrase_and_a_colon_is_adjacent() -> None:
    text = "Lena Maas, Vorstandsmitglied der Liga, sagte dazu gegenüber der Presse: „Wir kämpfen weiter“, betont sie."
    assert _speakers(text, "de")[0] == "Lena Maas, Vorstandsmitglied der Liga"


def test_a_name_followed_by_a_role_apposition_is_a_person() -> None:
    lex = lexicon("de")
    text = "Lena Maas, Vorstandsmitglied der Liga, kam."
    para = tokenize(text, 0, len(text), [], lex, "text")
    assert learn_people([(para, [])], lex).known("Maas") == "Lena Maas"


@pytest.mark.parametrize(("text", "want"), [
    ("Es gratulierten viele, so der Leiter der Agentur, Paul Berg („Niemand verdient es mehr.“), und der Ministerpräsident Jan Lund: „Der Preis kommt zur rechten Zeit.“", "Paul Berg"),
    ("Die Wahl verlief ruhig. „Die Wahlen sind frei und fair abgelaufen.“ (Beobachtermission).", "Beobachtermission"),
    ("Zur neuen Aufgabe wird Kühn auf der offiziellen Internetseite von Borussia Dortmund so zitiert: „Ich freue mich sehr.“", "Kühn"),
    ("Lea Brandt vom Netzwerk Campact ist der Meinung, dass die Klage „lichtscheuer Abgeordneter“ nichts ändere.", "Lea Brandt vom Netzwerk Campact"),
])
def test_brackets_lists_passive_citations_and_opinions(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_the_second_of_a_list_before_a_colon_is_the_speaker() -> None:
    text = "Es gratulierten viele, so der Leiter der Agentur, Paul Berg („Niemand verdient es mehr.“), und der Ministerpräsident Jan Lund: „Der Preis kommt zur rechten Zeit.“"
    assert _speakers(text, "de")[1] == "Jan Lund"


def test_an_ordinal_full_stop_does_not_cut_a_sentence_in_the_pre_scan() -> None:
    from newsclean.quotes_paras import paragraphs

    text = "Wie Nora Paech, die am 20. August 2007 in Atlanta war, dazu feststellt, verlangt „der Tatbestand mehr als das“."
    lex = lexicon("de")
    para, _ = paragraphs("text", text, find_spans(text, "de"), lex)[0]
    assert [t.text for t in para.toks[:3]] == ["Wie", "Nora", "Paech"] and any(t.text == "20" for t in para.toks)


@pytest.mark.parametrize(("text", "want"), [
    ("Die Gruppe hinterließ eine kurze Botschaft, welche die Techniker als „einen Haufen von Schulkindern“ bezeichnete.", "kurze Botschaft"),
    ("In der Zeitung erschien ein Kommentar, der die Entscheidung als „nicht nachvollziehbar“ bezeichnet.", "Kommentar"),
    ("Wie die Zeitung „Le Monde“ schrieb, soll Bruno zu Pierre gesagt haben: „Das war das letzte Mal.“", "Bruno"),
    ("„Das ist nicht akzeptabel“, sagte Jan Wolf, Sprecher der Partei „Die Linke“ Baden-Württemberg.", "Jan Wolf, Sprecher der Partei „Die Linke“ Baden-Württemberg"),
])
def test_relative_antecedents_fronted_clauses_and_quoted_names_in_appositions(text: str, want: str) -> None:
    assert _speakers(text, "de")[0 if "Bruno" not in text else -1] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Unter dem Motto „Mehr Licht“ zogen die Demonstranten durch die Stadt und skandierten dabei Parolen wie „Weg mit dem Gesetz, weg damit“.", "Demonstranten"),
    ("„Wo ist meine Stimme?“, wollen die Demonstranten seit Tagen wissen.", "Demonstranten"),
    ("Die Organisation verlangte eine Untersuchung der „schockierenden Szenen der Gewalt“.", "Organisation"),
    ("Auch der Sprecher der Fraktion im Landtag, Jan Berg, will „in den kommenden Wochen alles prüfen“.", "Jan Berg"),
])
def test_shared_subjects_fronted_quotations_and_a_sentence_subject_without_a_cue(text: str, want: str) -> None:
    assert want in (_speakers(text, "de")[-1] or "")


def test_a_name_shaped_quotation_takes_no_subject_or_bracket_source() -> None:
    assert _speakers("Die Gewerkschaft zog ihre Minister aus der „Regierung der nationalen Einheit“ zurück.", "de") == [None]
    assert _speakers("Der Verband feiert im Herbst die „Woche des verbotenen Buches“ (Banned Books Week).", "de") == [None]


@pytest.mark.parametrize(("text", "want"), [
    ("In einer Erklärung der Außenminister vom Montagabend hatte es geheißen: „Es gibt keine militärische Lösung.“", "Erklärung der Außenminister vom Montagabend"),
    ("Derzeit steht in dem Entwurf für ein neues Gesetz noch der Passus: „Die Daten sind sofort zu löschen.“", "Entwurf für ein neues Gesetz"),
    ("Der Minister steht zu seinem Wort: „Wir halten, was wir versprochen haben.“", "Minister"),
])
def test_impersonal_written_cues_name_their_text(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_sentence_initial_function_word_is_no_speaker() -> None:
    assert _speakers("So gewonnene Daten seien „in besonderem Maße persönlichkeitsrelevant“.", "de") == [None]


@pytest.mark.parametrize(("text", "want"), [
    ("Der Experte von Greenpeace, Jan Holm, wandte sich gegen die Behauptung, die Kartoffel werde nicht in die Nahrung gelangen: „Wo Genpflanzen wachsen, tauchen sie auch im Essen auf.“", "Jan Holm"),
    ("„Wo ist meine Stimme?“, wollen die Demonstranten in der iranischen Hauptstadt seit Tagen wissen.", "Demonstranten in der iranischen Hauptstadt"),
])
def test_the_sentence_subject_before_an_embedded_clause_and_a_place_after_a_fronted_quotation(text: str, want: str) -> None:
    assert _speakers(text, "de")[0] == want


def test_a_possessive_opening_a_colon_sentence_is_a_pronoun() -> None:
    text = "Javier Solana äußerte sich zuversichtlich: „Ich gehe davon aus.“ Seine Zuversicht gründet sich auf Erfahrungen: „Entscheidungen fallen immer erst in letzter Minute.“"
    assert _speakers(text, "de") == ["Javier Solana", "Javier Solana"]


def test_an_attributive_participle_before_a_quotation_is_no_cue() -> None:
    text = "Der Grund waren dem Bericht zufolge nicht näher bezeichnete „technische Probleme an der Maschine“."
    assert _speakers(text, "de") == ["Bericht"]


def test_a_quotation_is_never_its_own_speaker() -> None:
    assert _speakers("„Es war ein großer Künstler“, schrieb „Die Zeit“ in einem Nachruf.", "de")[1] != "„Die Zeit“"


def test_a_full_word_title_before_a_full_stop_ends_the_speaker() -> None:
    """"sagte der Papst. Der …": a title written without a full stop in the data ends the phrase there."""
    text = "„Ich trete zurück, weil meine Kräfte nicht mehr reichen“, sagte der Papst. Der Bruder des Papstes, Georg Ratzinger, schwieg."
    assert _speakers(text, "de") == ["Papst"]
    assert _speakers("“We will win,” said Dr. Jane Smith.", "en") == ["Jane Smith"]  # a dotted title does not end it


def test_a_quotation_without_cue_takes_the_previous_sentence_subject() -> None:
    """No cue and no subject of its own: the subject of the sentence before in the paragraph."""
    text = "Der Verband stellte weitere Forderungen. So soll der Spieler „keinen weiteren persönlichen Nutzen“ aus dem Skandal ziehen."
    assert _speakers(text, "de") == ["Verband"]


def test_a_short_or_name_like_quotation_gets_no_guess() -> None:
    """A term or a title ("„Neue Wege“") is no one's words: no guessed speaker."""
    text = "Der Verband stellte weitere Forderungen. So soll das Programm „Neue Wege“ heißen."
    assert _speakers(text, "de") == [None]


def test_a_quoted_name_after_a_genitive_article_ends_the_subject() -> None:
    """"Ein Vertreter der „con energy ag“ bezeichnet … als „…“": the quoted company belongs to the subject."""
    text = "Ein nicht genannter Vertreter der „con energy ag“ bezeichnet ihre Investition am Gesamtkapital als „strategisch wichtig für uns alle“."
    assert _speakers(text, "de")[-1].endswith("Vertreter der „con energy ag“")


def test_a_written_source_runs_to_a_quoted_name() -> None:
    """"heißt es in der Meldung auf der Homepage von „con energy“": the source names the company."""
    text = "So heißt es in der Meldung auf der Homepage von „con energy“ wörtlich: „Ziel der gemeinsamen Strategie ist eine optimale Vernetzung.“"
    assert _speakers(text, "de")[-1].endswith("von „con energy“")


def test_a_quantifier_after_the_article_and_two_paired_names() -> None:
    """"meinen die beiden Mitglieder Jan Giesel und David Perteck": both names belong to the speaker phrase."""
    text = "„Die Koalition widerspricht den Wahlversprechen“, meinen die beiden Mitglieder Jan Giesel und David Perteck in einer Erklärung."
    assert "Perteck" in (_speakers(text, "de")[0] or "")


def test_a_fronted_modifier_is_no_speaker() -> None:
    """"Kritisch bewertet die Partei die geplante „…“": an adjective opens the sentence, the party says it."""
    text = "Kritisch bewertet die Partei die geplante „massenhafte automatische Erfassung von Autokennzeichen“."
    assert _speakers(text, "de") == ["Partei"]


def test_a_person_carried_to_a_quotation_keeps_their_party() -> None:
    """A name resolved from the context keeps the parenthesis the article writes after it."""
    text = "Ministerpräsident Günther Oettinger (CDU) hat angekündigt, das Gymnasium zu reformieren. „Nicht jede Formel ist für das Leben notwendig.“"
    assert quotes.run({"id": "x", "text": text, "lang": "de"})["quotes"][0]["speaker"] == "Günther Oettinger (CDU)"


def test_a_fronted_speech_noun_is_the_object() -> None:
    """"Die Kritik des X wies die Landesregierung zurück: „…“": what is said is not who says it."""
    text = "Die Kritik des Datenschützers wies die Landesregierung zurück: „Es geht darum, künftig Schutz und Sicherheit zu gewährleisten.“"
    assert _speakers(text, "de") == ["Landesregierung"]


def test_a_fronted_prepositional_phrase_holds_no_subject() -> None:
    """"Mit schärferen Tönen als der X kritisieren die Grünen …": the phrase after the verb is the subject."""
    text = "Mit schärferen Tönen als der Datenschützer kritisieren die Grünen die Novelle als „einen bedenklichen Schritt zum Schnüffelstaat“."
    assert _speakers(text, "de") == ["Grünen"]


def test_a_sentence_opening_with_fuer_names_whose_view_it_is() -> None:
    """"Für den Theologen Hans Küng sei der Rücktritt „…“": a weak source marker opening the sentence (data cues ``front``)."""
    text = "Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“."
    assert _speakers(text, "de") == ["Theologen Hans Küng"]
