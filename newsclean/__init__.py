"""newsclean: turn scraped news pages into clean, structured JSON records.

The library API is small and pure: each stage module (``decode``, ``strip``,
``split``, ``quotes``) exposes ``run(record, options) -> record`` and a frozen
``Options`` dataclass; :func:`newsclean.pipeline.process` chains them.  Nothing
below the CLI imports typer or rich.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
