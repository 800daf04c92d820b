"""The app's version: from the installed metadata, else from ``pyproject.toml``."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from planner import identity

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_without_metadata_reads_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    with (ROOT / "pyproject.toml").open("rb") as handle:
        declared = tomllib.load(handle)["project"]["version"]
    assert identity.version.__wrapped__() == declared != identity.UNKNOWN_VERSION
