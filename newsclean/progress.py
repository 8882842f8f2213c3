"""CLI-side progress bar on stderr (rich). Imported only by the CLI, only on a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from newsclean.inputs import InputOptions, count_files


@contextmanager
def progress_bar(inputs: Sequence[str], options: InputOptions) -> Iterator[Callable[[], None]]:
    """Yield a tick() that advances a bar (or a counter when the total is unknown) on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    total = count_files(inputs, options)
    console = Console(stderr=True)
    columns = [TextColumn("newsclean"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("records", total=total)
        yield lambda: bar.advance(task)
