"""Past one machine: the same pure stage functions over a ``dask.bag`` of JSON-lines files.

Every stage is a pure ``record -> record`` function, so running newsclean on a
cluster is only a matter of mapping :func:`newsclean.pipeline.process` over
partitions of records.  This module does that for Dask (the optional extra
``pip install 'newsclean[dask]'``), reading and writing JSON lines on local
paths or any fsspec URL (``s3://``, ``gs://``, ``hdfs://``, ``memory://`` ...)::

    from newsclean.dask import clean
    clean("s3://bucket/crawl/*.jsonl.gz", "s3://bucket/clean/")   # -> list of files written

or step by step, to keep working on the bag::

    bag = process_bag(read_records("crawl/*.jsonl"), stages=("decode", "strip"))
    write_records(bag, "clean/*.jsonl")

Records come out exactly as ``newsclean run`` writes them (same reader, same
error records for bad lines, same writer).  Dask is imported inside the
functions, so importing this module costs nothing; :func:`process_partition`
and :func:`process_lines` need no Dask at all and are what Spark's
``mapPartitions`` calls.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from newsclean import jsonl
from newsclean.inputs import JSONL_SUFFIXES
from newsclean.pipeline import Options, process
from newsclean.record import STAGE_NAMES, Record

if TYPE_CHECKING:
    import dask.bag

INSTALL_HINT = "newsclean.dask needs Dask: pip install 'newsclean[dask]' (or: pip install 'dask[bag]')"
MAX_BYTES = 50_000_000  #: a JSON line larger than this becomes an error record, as the CLI's --max-bytes
OUTPUT_PATTERN = "part-*.jsonl"  #: file names written into an output folder; * = partition number


def _dask() -> Any:
    """Import dask.bag, or fail with a message that says what to install."""
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    return dask.bag


def _check_stages(stages: Iterable[str]) -> tuple[str, ...]:
    stages = tuple(stages)
    unknown = [s for s in stages if s not in STAGE_NAMES]
    if unknown:
        raise ValueError(f"unknown stage(s) {', '.join(map(repr, unknown))}; stages are {', '.join(STAGE_NAMES)}")
    return stages


# ---------------------------------------------------------------- no Dask needed (also for Spark)


def process_partition(records: Iterable[Record], stages: tuple[str, ...] = STAGE_NAMES, options: Options | None = None) -> list[Record]:
    """Run the stages on every record of one partition: the unit of work on any cluster."""
    return [process(record, stages, options) for record in records]


class _LineStream(io.RawIOBase):
    """A binary stream over an iterable of text lines, so the CLI's JSON-lines reader can read it lazily."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._rest = b""

    def readable(self) -> bool:
        """Tell io that this stream can be read."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the next lines (each gets its newline back)."""
        while not self._rest:
            line = next(self._lines, None)
            if line is None:
                return 0
            self._rest = (line if line.endswith("\n") else line + "\n").encode("utf-8", "surrogatepass")
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def process_lines(lines: Iterable[str], stages: tuple[str, ...] = STAGE_NAMES, options: Options | None = None,
                  source: str = "<partition>", max_bytes: int = MAX_BYTES) -> Iterator[str]:
    """Turn JSON-lines text into processed JSON-lines text, lazily: Spark's ``mapPartitions`` over ``textFile``."""
    stream = io.BufferedReader(_LineStream(lines))
    for record in jsonl.read(stream, source, max_bytes):  # type: ignore[arg-type]
        yield jsonl.dumps(process(record, stages, options))


# ---------------------------------------------------------------- reading


def _read_files(open_files: Iterable[Any], max_bytes: int) -> list[Record]:
    out: list[Record] = []
    for of in open_files:
        try:
            with of as fh:
                out.extend(jsonl.read(fh, of.path, max_bytes))
        except (OSError, EOFError) as exc:
            out.append(jsonl.error_record(of.path, None, f"cannot read: {exc}"))
    return out


def _read_block(lines: list[tuple[str, str]], index: int, max_bytes: int) -> list[Record]:
    if not lines:
        return []
    data = b"".join(line.encode("utf-8", "surrogateescape") for line, _path in lines)
    return list(jsonl.read(io.BytesIO(data), f"{lines[0][1]}#block{index}", max_bytes))


def _expand(urlpath: str | list[str], storage_options: dict[str, Any] | None) -> list[str]:
    """Replace each folder by the JSON-lines files under it (recursive, sorted), as the CLI reads folders."""
    import fsspec

    out: list[str] = []
    for path in [urlpath] if isinstance(urlpath, str) else list(urlpath):
        fs, root = fsspec.core.url_to_fs(path, **(storage_options or {}))
        if not any(c in path for c in "*?[") and fs.isdir(root):
            found = sorted(f for f in fs.find(root) if f.lower().endswith(JSONL_SUFFIXES))
            out += [fs.unstrip_protocol(f) for f in found]
        else:
            out.append(path)
    return out


def read_records(urlpath: str | list[str], *, blocksize: int | str | None = None, compression: str | None = "infer",
                 max_bytes: int = MAX_BYTES, storage_options: dict[str, Any] | None = None) -> dask.bag.Bag:
    """Read JSON-lines files (a path, a glob, a folder, a list; any fsspec URL) into a bag of records.

    One partition per file by default, with exact ``FILE:LINE`` ids for bad lines;
    ``blocksize`` (e.g. ``"64MiB"``, uncompressed input only) splits big files, and
    then line numbers count from the start of each block (``FILE#blockN:LINE``).
    """
    db = _dask()
    if blocksize is not None:
        import dask

        lines = db.read_text(urlpath, blocksize=blocksize, compression=compression, errors="surrogateescape",
                             include_path=True, storage_options=storage_options)
        parts = [dask.delayed(_read_block)(part, i, max_bytes) for i, part in enumerate(lines.to_delayed())]
        return db.from_delayed(parts)
    import fsspec

    files = fsspec.open_files(_expand(urlpath, storage_options), mode="rb", compression=compression, **(storage_options or {}))
    if not files:
        raise FileNotFoundError(f"no input files match {urlpath!r}")
    return db.from_sequence(files, npartitions=len(files)).map_partitions(_read_files, max_bytes)


# ---------------------------------------------------------------- processing and writing


def process_bag(bag: dask.bag.Bag, stages: Iterable[str] = STAGE_NAMES, options: Options | None = None) -> dask.bag.Bag:
    """Map the pipeline over a bag of records (lazy), one partition at a time."""
    return bag.map_partitions(partial(process_partition, stages=_check_stages(stages), options=options))


def _write_partition(records: Iterable[Record], open_file: Any) -> int:
    count = 0
    with open_file as fh:
        for record in records:
            fh.write(jsonl.encode(record))
            count += 1
    return count


def _part_name(index: int) -> str:
    return f"{index:05d}"


def write_records(bag: dask.bag.Bag, urlpath: str, *, compression: str | None = "infer", compute: bool = True,
                  storage_options: dict[str, Any] | None = None, **compute_kwargs: Any) -> list[str] | list[Any]:
    """Write a bag of records as JSON lines, one file per partition; return the paths written.

    ``urlpath`` is a pattern whose ``*`` becomes the partition number (00000, 00001 ...)
    or a folder (files ``part-00000.jsonl`` ...); ``.gz`` names are compressed.  With
    ``compute=False`` the delayed writes come back instead (each gives its record count).
    """
    _dask()
    import dask
    import fsspec

    if "*" not in urlpath:
        urlpath = urlpath.rstrip("/") + "/" + OUTPUT_PATTERN
    files = fsspec.open_files(urlpath, mode="wb", compression=compression, name_function=_part_name,
                              num=bag.npartitions, auto_mkdir=True, **(storage_options or {}))
    writes = [dask.delayed(_write_partition)(part, f) for part, f in zip(bag.to_delayed(), files)]
    if not compute:
        return writes
    dask.compute(*writes, **compute_kwargs)
    return [f.path for f in files]


def clean(urlpath_in: str | list[str], urlpath_out: str, *, stages: Iterable[str] = STAGE_NAMES, options: Options | None = None,
          blocksize: int | str | None = None, max_bytes: int = MAX_BYTES, storage_options: dict[str, Any] | None = None,
          **compute_kwargs: Any) -> list[str]:
    """Read, process and write in one call (``newsclean run`` on Dask); return the files written.

    ``compute_kwargs`` go to ``dask.compute`` (e.g. ``scheduler="processes"``); with a
    ``dask.distributed.Client`` active, the work runs on its cluster.
    """
    bag = read_records(urlpath_in, blocksize=blocksize, max_bytes=max_bytes, storage_options=storage_options)
    out = process_bag(bag, stages, options)
    return write_records(out, urlpath_out, storage_options=storage_options, **compute_kwargs)  # type: ignore[return-value]
