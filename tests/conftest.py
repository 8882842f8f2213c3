"""Shared fixtures: paths to the project's samples and to ../shared (optional)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The shared evaluation folder; tests that need it skip cleanly without it."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval not available")
    return SHARED
