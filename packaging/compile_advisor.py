"""Compiling the advisor's hot modules with mypyc, for the packaged app and the benchmark only.

The pure ``.py`` files stay the source of truth: tests, the editable install and
``planner.rules.assess`` from source run them. This module compiles copies of them in a scratch
folder (never in the source tree, where a stale extension module would shadow an edited ``.py``)
and returns the extension modules it built: one per compiled module, plus mypyc's runtime library
(``<group>__mypyc``), which each of them imports by that top-level name.

    python packaging/compile_advisor.py OUT     # compile planner.advisor's hot modules into OUT

``build.py`` calls :func:`compile_advisor` and the PyInstaller spec bundles its extension modules
in place of the ``.py`` ones; ``tests/benchmarks/bench_advisor.py`` calls :func:`compile_package`
on a renamed copy to time the compiled advisor beside the pure one in the same process.

Needs a C compiler and Python's headers (Debian: ``gcc`` and ``python3-dev``, in ``.ci/install``)
and mypy (which ships mypyc; in the ``build`` extra). When they are missing this raises
:class:`CompileError` with what to install: a build never ships pure Python by accident.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent

#: The package whose modules are compiled, and those modules: the words, the readers, the
#: verdict, where the time of an assessment goes, and the model (the verdict reads its fields
#: for every title: compiled, a field is read from the object, not looked up by name).
PACKAGE = "planner.advisor"
MODULES = ("model", "reading", "verdict", "vocabulary")
#: The name of mypyc's runtime library for the group (``advisor__mypyc``).
GROUP = "advisor"
#: What ``build.py`` writes beside the extension modules: what was compiled, for the spec.
MANIFEST = "compiled.json"


class CompileError(Exception):
    """The advisor could not be compiled (no compiler, no headers, no mypyc, or mypyc failed)."""


class Compiled(NamedTuple):
    """Extension modules built by mypyc: module name -> file, and the runtime library."""

    modules: dict[str, Path]
    runtime: tuple[str, Path]

    def files(self) -> list[tuple[str, Path]]:
        """(module name, file) for every extension module, the runtime library included."""
        return [*self.modules.items(), self.runtime]


def missing_tools() -> list[str]:
    """What this machine lacks to compile: a C compiler, Python's headers, mypyc."""
    missing = []
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if sys.platform != "win32" and shutil.which(compiler) is None:
        missing.append(f"a C compiler ('{compiler}'; Debian: apt install gcc)")
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        missing.append(f"Python's headers ({include}/Python.h; Debian: apt install python3-dev)")
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        missing.append("mypyc (pip install mypy: it ships mypyc)")
    return missing


def refuse_without_tools() -> None:
    """Raise :class:`CompileError` naming what is missing, if anything is."""
    missing = missing_tools()
    if missing:
        raise CompileError("cannot compile the advisor: missing " + "; ".join(missing))


SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="compiled_advisor",
    script_args=["build_ext", "--inplace"],
    ext_modules=mypycify(sys.argv[1:], opt_level="3", debug_level="1", group_name={group!r}),
)
"""


def compile_package(
    root: Path, package: str, modules: tuple[str, ...], mypy_path: Path | None = None
) -> Compiled:
    """Compile ``package``'s ``modules`` (files below ``root``, the folder that holds the
    package) with mypyc, in place: the extension modules land beside the ``.py`` files in
    ``root``, the runtime library in ``root`` itself. ``root`` must be a scratch copy.
    ``mypy_path`` is where mypy finds the other packages they import, for type-checking."""
    refuse_without_tools()
    folder = Path(*package.split("."))
    sources = [str(folder / f"{name}.py") for name in modules]
    (root / "setup_compiled.py").write_text(SETUP.format(group=GROUP), encoding="utf-8")
    env = {**os.environ}
    if mypy_path is not None:
        env["MYPYPATH"] = str(mypy_path)
    result = subprocess.run(
        [sys.executable, "setup_compiled.py", *sources],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    built = {f"{package}.{name}": root / folder / f"{name}{suffix}" for name in modules}
    runtime = root / f"{GROUP}__mypyc{suffix}"
    if result.returncode != 0 or not all(p.is_file() for p in [*built.values(), runtime]):
        output = (result.stdout + result.stderr).strip().splitlines()
        raise CompileError("mypyc failed to compile the advisor:\n" + "\n".join(output[-40:]))
    return Compiled(built, (f"{GROUP}__mypyc", runtime))


GENERATE = """\
import sys
from mypyc.build import mypycify

mypycify(sys.argv[2:], group_name={group!r}, target_dir=sys.argv[1])
"""


def mypyc_refusals(out: Path) -> str:
    """What mypyc refuses in the advisor's compiled modules ("" when nothing): mypyc's own
    checks and its translation to C, without the C compiler (a few seconds, so the test suite
    can run it and a construct mypyc cannot compile is caught before the packaging check).
    ``out`` is a scratch folder; the ``planner`` package is copied into it."""
    shutil.copytree(REPO / "planner", out / "planner", ignore=shutil.ignore_patterns("__pycache__"))
    folder = Path(*PACKAGE.split("."))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            GENERATE.format(group=GROUP),
            str(out / "c"),
            *[str(folder / f"{name}.py") for name in MODULES],
        ],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        return ""
    return (result.stdout + result.stderr).strip() or f"mypyc exited with {result.returncode}"


def compile_advisor(out: Path) -> Compiled:
    """Copy the ``planner`` package into ``out`` (emptied first) and compile the advisor's hot
    modules there; write :data:`MANIFEST` in ``out`` (module name -> file, for the spec)."""
    refuse_without_tools()
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(REPO / "planner", out / "planner", ignore=shutil.ignore_patterns("__pycache__"))
    compiled = compile_package(out, PACKAGE, MODULES)
    manifest = {name: str(path) for name, path in compiled.files()}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return compiled


def read_manifest(out: Path) -> dict[str, Path]:
    """What :func:`compile_advisor` wrote in ``out``: module name -> extension module file."""
    raw = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    return {str(name): Path(path) for name, path in raw.items()}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} OUT")
    try:
        done = compile_advisor(Path(sys.argv[1]).resolve())
    except CompileError as error:
        sys.exit(str(error))
    for name, path in done.files():
        print(f"{name}: {path}")
