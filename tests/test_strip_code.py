"""A block of code or configuration inside a how-to article weighs nothing and heads no box (strip_code; invented fixtures)."""

from __future__ import annotations

import pytest

from newsclean import strip, strip_code, strip_data, strip_runs, strip_tail
from newsclean.record import paragraphs
from newsclean.strip_features import Line, measure


def _line(text: str, lang: str = "en") -> Line:
    return measure(text, strip_data.stopwords(lang))


@pytest.mark.parametrize(
    "text",
    [
        "uid = root",
        "use chroot = yes",
        "#debug = 7",
        "filename=$1",
        "client.connect((host, port))",
        "print(results)  # show them",
        '"Name": "Jane Doe",',
        "#!/bin/sh",
        "# mobile user-agent",
        "./configure --prefix=/usr/local",
        "netsh interface tcp set global autotuninglevel=normal",
        "if (n > 0) {",
    ],
)
def test_code_lines(text: str) -> None:
    assert strip_code.code_line(_line(text))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Preis: 3 Euro", "de"),
        ("Einsendeschluss: 03.11.2019", "de"),
        ("#Vintage #Plants", "en"),
        ("Read more", "en"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα", "el"),
        ("• x = 1", "en"),  # a bulleted item is a list, not code
    ],
)
def test_other_lines_are_not_code(text: str, lang: str) -> None:
    assert not strip_code.code_line(_line(text, lang))


def test_a_block_needs_code_min_lines() -> None:
    n = strip_code.CODE_MIN_LINES
    code = [_line(f"key{k} = value{k}") for k in range(n)]
    assert strip_code.code_blocks([_line("Intro"), *code, _line("}"), _line("Outro")]) == list(range(1, n + 2))
    assert strip_code.code_blocks([_line("Intro"), *code[: n - 1], _line("Outro")]) == []


def test_a_block_goes_on_over_short_keyword_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    script = ["filename=$1", "for line in `cat $filename`", "do", "./fetch.py -s $line", "done", "./fetch.py -l"]
    lines = [_line("Intro"), *[_line(t) for t in script], _line("Outro text of the post")]
    assert strip_code.code_blocks(lines) == list(range(1, 7))
    too_many = ["x = 1", *["do"] * (strip_code.CODE_GAP_LINES + 1), "y = 2"]
    assert strip_code.code_blocks([_line(t) for t in too_many]) == []
    monkeypatch.setattr(strip_code, "USE_CODE_GAPS", False)
    assert strip_code.code_blocks(lines) == []  # `filename=$1` and the two commands stand apart


PARA = (
    "To tunnel the backups we first set up the daemon on the server, which reads its settings from one small file that "
    "we now write by hand, section by section, with the paths of the backup folders and the hosts allowed in."
)
AFTER = (
    "Do not change the hosts allow line to the real address of the client: the connection is tunnelled, so it comes "
    "from the local host, and the daemon would refuse it otherwise, which is hard to find out from the logs alone."
)
CONFIG = [
    "use chroot = yes",
    "uid = root",
    "gid = root",
    "max connections = 10",
    "timeout = 600",
    "read only = yes",
    "[backups]",
    "path = /backup/client",
    "comment = Client Backups",
    "hosts allow = 127.0.0.1",
    "read only = no",
    "dont compress = *",
]


def _kept(lines: list[str]) -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": "en"})["text"])


def test_an_article_goes_on_after_its_config_block(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ["Menu", "Rsync over stunnel", PARA, *CONFIG, AFTER, AFTER.replace("client", "server"), "Copyright 2024 Example"]
    kept = _kept(page)
    assert AFTER in kept and "uid = root" in kept
    monkeypatch.setattr(strip_runs, "USE_CODE_BLOCKS", False)
    assert AFTER not in _kept(page)  # the config key `comment = ...` reads as a comments heading: a barrier


def test_code_lines_do_not_isolate_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [_line(t) for t in ["x = 1", "y = 2", PARA, "z = 3", "w = 4"]]
    code = frozenset(strip_code.code_blocks(lines))
    assert code == {0, 1, 3, 4}
    before, after = strip_tail.prose_gaps(lines, None, code)
    assert before[2] == 0 and after[2] == 0
    monkeypatch.setattr(strip_tail, "USE_CODE_TEXT", False)
    assert strip_tail.prose_gaps(lines, None, code)[0][2] == 2
