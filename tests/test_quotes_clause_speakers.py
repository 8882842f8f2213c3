"""A speaker's description stops where a clause of its own begins.

quotes_resolve takes everything between a name and a later cue as the name's description ("X, 32,
of Y, who works in Z, said"); a plain lower-case word right after the name (and its parenthesis)
is the verb of a clause instead ("Bernie Sanders (I-Vt.) visited …, saying"), so the speaker ends there; a
relative pronoun right before the cue is its subject, so the description ends before it ("PE … poparł … rezolucję, która określa").
"""

from __future__ import annotations

import pytest

from newsclean import quotes

CASES = [
    ("PE w odrębnym głosowaniu poparł także polityczną rezolucję, która określa brexit jako „historyczny błąd, którego nikt nie naprawi”.", "PE", "pl"),
    (
        "Sen. Bernie Sanders (I-Vt.) visited the studio to discuss his remarks about his rival, Hillary Clinton, "
        "saying “on her worst day she would be a far better president than any of them.”",
        "Bernie Sanders (I-Vt.)",
        "en",
    ),
    ("Senator Dianne Feinstein (D-Calif.) last week said “we will not accept this deal under any circumstances.”", "Dianne Feinstein (D-Calif.)", "en"),
    ("Melissa Roloson, 32, of Sodus, who works in retail, said: “The store was never safe for any of us.”", "Melissa Roloson, 32, of Sodus, who works in retail", "en"),
]


@pytest.mark.parametrize(("text", "speaker", "lang"), CASES)
def test_description_ends_at_a_clause(text: str, speaker: str, lang: str) -> None:
    """Appositions after a comma stay; a verb right after the name ends the speaker."""
    out = quotes.run({"id": "c", "text": "Title\n\n" + text, "lang": lang}, quotes.DEFAULT)
    assert [q["speaker"] for q in out["quotes"] if q["kind"] == "direct"] == [speaker]


def test_description_never_ends_in_a_conjunction() -> None:
    """"X … y destacó": two verbs of one subject; what stands between the phrase and the conjunction describes no one."""
    text = "Por su parte Gazprom, la proveedora rusa del combustible acusó recibo de la notificación y destacó en un comunicado cómo “durante todo este tiempo los especialistas han estado trabajando”."
    out = quotes.run({"id": "c", "text": "Title\n\n" + text, "lang": "es"}, quotes.DEFAULT)
    speakers = [q["speaker"] for q in out["quotes"]]
    assert speakers and all(s and not s.endswith((" y", "notificación")) for s in speakers)
