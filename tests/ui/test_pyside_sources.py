"""ui.pyside_sources: PySide's import hook gets from the file's bytes the answer its own check
(``inspect.getsource``) gives, for every module and for files made to tell them apart."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import run_python
from ui import pyside_sources


@pytest.fixture
def original() -> Iterator[object]:
    """PySide's own check (the tests run with the quick one installed, as the app does)."""
    assert pyside_sources.install()
    yield pyside_sources._original[0]


def _module_from(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    return module  # not run: the hook asks about a module as imported, by its file


def test_the_hook_asks_the_quick_check() -> None:
    feature = pyside_sources.feature_module()
    assert feature is not None
    assert pyside_sources.install()
    assert feature._mod_uses_pyside is pyside_sources.uses_pyside


def test_every_loaded_module_gets_pysides_own_answer(original: object) -> None:
    import ui.app  # noqa: F401  (the app's modules, and what they load)

    check = pyside_sources._original[0]
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    quick = [m for m in modules if pyside_sources._from_bytes(m) is not None]
    assert len(quick) > 300  # the standard library's, PySide's support, ours, pytest's...
    assert any(pyside_sources.uses_pyside(m) for m in quick)  # ui.app, for one
    assert not all(pyside_sources.uses_pyside(m) for m in quick)
    differ = [m.__name__ for m in modules if pyside_sources.uses_pyside(m) != check(m)]
    assert differ == []


@pytest.mark.parametrize(
    ("content", "quick"),
    [
        pytest.param(b"from PySide6.QtCore import QObject\n", True, id="imports-it"),
        pytest.param(b'"""Not Qt."""\n# PySide6 named in a comment\n', True, id="names-it"),
        pytest.param(b"import os\n", False, id="plain"),
        pytest.param(b"", False, id="empty"),
        pytest.param("x = '“quoted”'\n# PySide6\n".encode(), True, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf# PySide6\n", True, id="utf-8-bom"),
        pytest.param(b"x = 1\n\n# PySide6 \xff\xfe\n", None, id="not-utf-8"),
        pytest.param(b"# -*- coding: latin-1 -*-\n# PySide6 \xe9\n", None, id="declared-latin-1"),
        pytest.param(
            b"#!/usr/bin/env python\n# coding: ascii\n# PySide6\n", None, id="declared-2nd"
        ),
        pytest.param(b"# vim: set fileencoding=utf-8 :\nPySide6 = 1\n", None, id="vim-line"),
    ],
)
def test_files_made_to_differ(
    tmp_path: Path, original: object, content: bytes, quick: bool | None
) -> None:
    path = tmp_path / "probe_module.py"
    path.write_bytes(content)
    module = _module_from(path, "probe_module")
    assert pyside_sources._from_bytes(module) is quick  # None: asked the original way
    assert pyside_sources.uses_pyside(module) == pyside_sources._original[0](module)


def test_modules_without_a_source_file_are_asked_the_original_way(
    tmp_path: Path, original: object
) -> None:
    import math

    gone = _module_from(tmp_path / "gone.py", "gone")  # its file does not exist
    compiled = ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.pyc")
    for module in (sys, math, gone, compiled, ModuleType("nameless")):
        assert pyside_sources._from_bytes(module) is None
        assert pyside_sources.uses_pyside(module) is False


def test_a_module_imported_gets_its_switch_from_the_quick_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "qt_user_probe.py").write_text("# uses PySide6\n", encoding="utf-8")
    (tmp_path / "plain_probe.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    asked: list[str] = []
    quick = pyside_sources.uses_pyside

    def spy(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return quick(module)

    feature = pyside_sources.feature_module()
    monkeypatch.setattr(feature, "_mod_uses_pyside", spy)
    try:
        __import__("plain_probe")  # as an import statement does: through PySide's hook
        __import__("qt_user_probe")
    finally:
        sys.modules.pop("plain_probe", None)
        sys.modules.pop("qt_user_probe", None)
    table = feature.pyside_feature_dict  # type: ignore[union-attr]
    assert [name for name in asked if name.endswith("_probe")] == ["plain_probe", "qt_user_probe"]
    assert (table.pop("plain_probe"), table.pop("qt_user_probe")) == (-1, 0)


def test_another_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = pyside_sources.feature_module()

    def _mod_uses_pyside(module: ModuleType) -> bool:  # a check of some other shape
        return "PySide6" in repr(module)

    monkeypatch.setattr(pyside_sources, "_original", [])
    monkeypatch.setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)
    assert not pyside_sources.install()
    assert feature._mod_uses_pyside is _mod_uses_pyside  # type: ignore[union-attr]


def test_the_app_installs_it_once_pyside_has_loaded() -> None:
    done = run_python(
        "import sys\n"
        "from ui import pyside_sources\n"
        "assert not pyside_sources.install()  # PySide not loaded yet\n"
        "import ui.app as app\n"
        "app.make_application = lambda *a, **k: sys.exit(0 if pyside_sources._original "
        "and pyside_sources.feature_module()._mod_uses_pyside is pyside_sources.uses_pyside "
        "else 3)\n"
        "app.main(['--smoke-test', 'nowhere.dplan'])\n"
    )
    assert done.returncode == 0, done.stderr
