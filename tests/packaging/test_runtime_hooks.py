"""The PyInstaller runtime hooks the bundle leaves out are for what the app never does.

``packaging/delegation-planner.spec`` drops ``pyi_rth_multiprocessing`` and ``pyi_rth_pkgutil``
(``UNUSED_RUNTIME_HOOKS``). They ran before the app's first line at every start, importing
multiprocessing (with socket, pickle and subprocess) and pkgutil, only because fpdf's signing
module imports ``unittest.mock``, which puts those modules in the bundle. The first hook is for a
frozen app that starts processes with multiprocessing, the second for one that lists its bundled
modules with ``pkgutil.iter_modules``/``walk_packages``. The app does neither: its sources import
neither module, and with every module of the app imported and the board started and painted,
multiprocessing is not loaded and no loaded module's source names those pkgutil functions.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import bundling

ROOT = bundling.REPO
SPEC = bundling.PACKAGING / "delegation-planner.spec"
HOOKS = {"pyi_rth_multiprocessing", "pyi_rth_pkgutil"}
APP_SOURCES = ("planner", "ui", "resources", "packaging/launch.py", "packaging/advisor_check.py")


def left_out_in_spec() -> set[str]:
    """The names in the spec's ``UNUSED_RUNTIME_HOOKS`` (empty if it has none)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "UNUSED_RUNTIME_HOOKS"
            for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, set)
            return {str(name) for name in value}
    return set()


def test_the_spec_leaves_out_the_multiprocessing_and_pkgutil_hooks() -> None:
    assert left_out_in_spec() == HOOKS


def imported_names(path: Path) -> set[str]:
    """Every module name an ``import`` or ``from ... import`` in ``path`` names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_source_of_the_app_imports_multiprocessing_or_pkgutil() -> None:
    files = [
        path
        for entry in APP_SOURCES
        for path in ((ROOT / entry).rglob("*.py") if (ROOT / entry).is_dir() else [ROOT / entry])
    ]
    assert len(files) > 40  # the app's modules were found
    found = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imported_names(path)
        if name.split(".")[0] in ("multiprocessing", "pkgutil")
        or name.startswith("concurrent.futures")
    )
    assert found == []


PROBE = """
import importlib, pathlib, sys
for folder in ("planner", "ui"):
    for path in sorted(pathlib.Path(folder).rglob("*.py")):
        if path.name == "__main__.py":
            continue  # a command line, run when imported
        name = ".".join(path.with_suffix("").parts)
        importlib.import_module(name.removesuffix(".__init__"))
from ui.app import main
print("exit", main(["--smoke-test", sys.argv[1]]))
for name, module in sorted(sys.modules.items()):
    if name.split(".")[0] == "multiprocessing":
        print("loaded", name)
    path = getattr(module, "__file__", None)
    if name == "pkgutil" or not isinstance(path, str) or not path.endswith(".py"):
        continue
    try:
        with open(path, encoding="utf-8", errors="replace") as source:
            text = source.read()
    except OSError:
        continue
    if "iter_modules" in text or "walk_packages" in text:
        print("lists modules", name)
print("modules", len(sys.modules))
"""


def test_the_app_neither_loads_multiprocessing_nor_lists_modules(tmp_path: Path) -> None:
    """Every module of the app imported (the PDF brief's fpdf among them), then the smoke
    test's start: the plan opened, the board painted, the work after the first paint run."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "DELEGATION_PLANNER_HOME": str(tmp_path / "plans"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "plan.dplan")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "exit 0" in lines
    assert [line for line in lines if line.startswith(("loaded", "lists modules"))] == []
    counted = [int(line.split()[1]) for line in lines if line.startswith("modules ")]
    assert counted and counted[0] > 300  # the app's modules and their libraries were loaded
