"""Chain the stages: the one place that turns a stage's crash into an error record.

Each stage is a pure function ``run(record, options) -> record`` in its own
module, imported on first use so that start-up stays fast.  :func:`process`
runs the requested stages in order on one work item (a JSON record or the raw
bytes of a file).  A stage that raises is a bug, not a rejection: the record
still comes out, with an ``errors`` entry naming the stage, and the run goes on.

One guard per document: the text handed to strip, split and quotes is at most
``MAX_TEXT_CHARS`` characters.  A longer text (a whole site dumped into one file,
a log, a data blob: no news article comes near) is cut at the last line break
before the limit, decode's HTML blocks with it, and the record gets a warning
saying how much was left out (once: a record with that warning is not cut again).  Without the cap, stage work and memory grow with
the input: a 20 MB text took about 15 s and 500 MB in split alone.
"""

from __future__ import annotations

import dataclasses
import importlib
import traceback
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from newsclean.record import READ_STAGE, STAGE_NAMES, Record, add_error, add_warning, stage_done, updated

MAX_TEXT_CHARS = 1_000_000  #: characters of text given to strip/split/quotes; about 20 times the longest news article
GUARD_STAGE = "pipeline"  #: the ``stage`` named by the guard's warning


@dataclass(frozen=True, slots=True)
class RawInput:
    """The bytes of one input file (or of stdin), not decoded yet."""

    id: str
    path: str | None
    data: bytes


@dataclass(frozen=True, slots=True)
class Options:
    """Options of every stage, by stage name; ``None`` means the stage's defaults."""

    #: per stage: its options object, or a dict of fields to change in its DEFAULT (applied where the stage runs)
    stages: dict[str, Any] = field(default_factory=dict)
    debug: bool = False  #: keep the traceback in the error message
    max_text: int = MAX_TEXT_CHARS  #: characters of text given to strip/split/quotes (see cap_text)

    def for_stage(self, name: str) -> Any:
        """Return the options object of stage ``name`` (its module's DEFAULT when unset)."""
        opts = self.stages.get(name)
        if opts is None:
            return stage_module(name).DEFAULT
        if isinstance(opts, dict):
            fields = tuple(sorted(opts.items()))
            try:
                return changed_defaults(name, fields)
            except TypeError:  # an unhashable value: not cached
                return changed_defaults.__wrapped__(name, fields)
        return opts


@cache
def changed_defaults(name: str, fields: tuple[tuple[str, Any], ...]) -> Any:
    """Stage ``name``'s DEFAULT options with ``fields`` changed (fields it does not have are ignored)."""
    default = stage_module(name).DEFAULT
    known = {f.name for f in dataclasses.fields(default)}
    return dataclasses.replace(default, **{k: v for k, v in fields if k in known})


Item = Record | RawInput


def stage_module(name: str) -> ModuleType:
    """Import the module of stage ``name`` on first use (keeps ``--help`` fast)."""
    if name not in STAGE_NAMES:
        raise ValueError(f"unknown stage {name!r}; stages are {', '.join(STAGE_NAMES)}")
    return importlib.import_module(f"newsclean.{name}")


def _crash_message(name: str, exc: BaseException, debug: bool) -> str:
    msg = f"internal error in {name}: {type(exc).__name__}: {exc}"
    if debug:
        msg += "\n" + "".join(traceback.format_exception(exc))
    return msg


def apply_stage(record: Record, name: str, options: Options) -> Record:
    """Run one stage; a crash becomes an error entry on the record instead of an exception."""
    module = stage_module(name)
    try:
        return module.run(record, options.for_stage(name))
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - the one deliberate boundary: a stage bug must not lose the record
        return add_error(record, name, _crash_message(name, exc, options.debug))


def _needs_decode(record: Record, stages: tuple[str, ...]) -> bool:
    return "decode" not in stages and not stage_done(record, "decode") and isinstance(record.get("html"), str) and not isinstance(record.get("text"), str)


def _unreadable(record: Record) -> bool:
    errors = record.get("errors")
    return isinstance(errors, list) and any(isinstance(e, dict) and e.get("stage") == READ_STAGE for e in errors)


def _from_raw(item: RawInput, options: Options) -> Record:
    decode = stage_module("decode")
    try:
        return decode.from_bytes(item.data, id=item.id, path=item.path, options=options.for_stage("decode"))
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - see apply_stage
        return add_error({"id": item.id, "path": item.path}, "decode", _crash_message("decode", exc, options.debug))


def _capped(record: Record) -> bool:
    """Already cut once (strip's blank lines may lengthen a cut text past the limit again)."""
    warnings = record.get("warnings")
    return isinstance(warnings, list) and any(isinstance(w, dict) and w.get("stage") == GUARD_STAGE for w in warnings)


def cap_text(record: Record, limit: int = MAX_TEXT_CHARS) -> Record:
    """Cut a text longer than ``limit`` at its last line break before the limit (blocks too), with a warning."""
    text = record.get("text")
    if not isinstance(text, str) or len(text) <= limit or _capped(record):
        return record
    cut = text.rfind("\n", 0, limit + 1)
    kept = text[: cut if cut > 0 else limit]
    fields: dict[str, Any] = {"text": kept}
    blocks = record.get("blocks")
    if isinstance(blocks, list):
        fields["blocks"] = blocks[: sum(1 for line in kept.split("\n") if line.strip())]
    message = (f"text of {len(text)} characters cut to its first {len(kept)} (limit {limit}, MAX_TEXT_CHARS): "
               "the rest was not processed")
    return add_warning(updated(record, **fields), GUARD_STAGE, message)


def process(item: Item, stages: tuple[str, ...] = STAGE_NAMES, options: Options | None = None) -> Record:
    """Run ``stages`` in order on one item; raw bytes are always decoded first."""
    options = options or Options()
    if isinstance(item, RawInput):
        record = _from_raw(item, options)
        stages = tuple(s for s in stages if s != "decode")
    elif _unreadable(item):
        return item
    else:
        record = item
        if _needs_decode(record, stages):
            stages = ("decode", *stages)
    for name in stages:
        if name != "decode":
            record = cap_text(record, options.max_text)
        record = apply_stage(record, name, options)
    return record
