"""The quotes stage pauses the cyclic garbage collector per document: state restored, no cycles left behind."""

from __future__ import annotations

import gc

import pytest

from newsclean import quotes

TEXTS = [
    "“We will win,” said Anna Müller, the party leader. She added that the vote was “historic”.",
    "Die Ministerin sagte: „Wir schaffen das.“ Laut Herrn Schmidt sei das „kaputt“.",
    "«Θα νικήσουμε», είπε ο κ. Λαβρόφ.\n— Мы победим, — сказал он.",
    "",
    "no quotation here at all",
]


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_restored(enabled: bool) -> None:
    """Whatever the collector's state before the stage, it is the same after."""
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        for text in TEXTS:
            quotes.run({"id": "x", "text": text})
            assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_collector_restored_on_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error inside the search still re-enables the collector."""
    from newsclean import quotes_doc

    def boom(*args: object, **kwargs: object) -> list[dict[str, object]]:
        raise RuntimeError("boom")

    monkeypatch.setattr(quotes_doc, "extract", boom)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        quotes.run({"id": "x", "text": "“Yes,” he said."})
    assert gc.isenabled()


def test_no_reference_cycles() -> None:
    """The stage leaves no cyclic garbage (the reason pausing the collector costs no memory)."""
    for text in TEXTS:  # warm the per-language caches first
        quotes.run({"id": "x", "text": text, "lang": "en"})
        quotes.run({"id": "x", "text": text})
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for text in TEXTS * 3:
            quotes.run({"id": "x", "text": text, "lang": "en"})
            quotes.run({"id": "x", "text": text})
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
