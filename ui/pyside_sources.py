"""PySide's import hook, answered quickly: whether a module's source mentions PySide.

Once PySide has loaded, every ``import`` statement goes through its hook, which asks once per
module name whether the module uses PySide (for its ``__feature__`` switches): it reads the
whole source through ``inspect.getsource`` (line cache, encoding detection, a list of lines,
joined again) and looks for ``"PySide6"`` in it. The start imports about 55 module names after
PySide loads (our ``ui`` modules, the ``planner`` ones they name, and standard ones such as
``typing``, ``enum`` and ``pathlib``): about 2 MB of text read and split, some 8 M instructions
before the first paint, and more after it.

:func:`install` gives the hook the same answer read from the file's bytes: a module whose file
is a ``.py`` file that decodes as UTF-8 and declares no encoding of its own is searched as it
is. Anything else (no file, a compiled or frozen module, an encoding declaration, bytes that are
not UTF-8, a file that cannot be read) is asked the original way. PySide's check is private, so
it is replaced only if it is the one this was written against (its code names ``getsource`` and
looks for ``"PySide6"``); otherwise the hook keeps its own. ``tests/ui/test_pyside_sources.py``
compares both answers on every module a test run has loaded and on files made to differ.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: What PySide's check (``shibokensupport.feature._mod_uses_pyside``, PySide 6.11) names and
#: holds: the check replaced is the one described above, or none.
_EXPECTED_NAMES = ("inspect", "getsource", "TypeError", "OSError", "SyntaxError")
_MARK = "PySide6"
_original: list[Callable[[ModuleType], bool]] = []


def feature_module() -> ModuleType | None:
    """PySide's ``__feature__`` support module, once PySide has loaded (else None)."""
    return sys.modules.get("shibokensupport.feature")


def install() -> bool:
    """Answer PySide's import hook from each module's bytes from now on (PySide must have
    loaded). False, and the hook left as it is, if PySide has not loaded or its check is not the
    one this was written for."""
    if _original:
        return True
    feature = feature_module()
    check = getattr(feature, "_mod_uses_pyside", None)
    code = getattr(check, "__code__", None)
    if (
        feature is None
        or check is None
        or code is None
        or code.co_names != _EXPECTED_NAMES
        or _MARK not in code.co_consts
    ):
        return False
    _original.append(check)
    vars(feature)["_mod_uses_pyside"] = uses_pyside
    return True


def uninstall() -> None:
    """Give the hook its own check back (for tests)."""
    feature = feature_module()
    if _original and feature is not None:
        vars(feature)["_mod_uses_pyside"] = _original.pop()


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source holds ``"PySide6"``: PySide's own answer, without building
    the source's lines (see the module's docstring for when it asks PySide's check instead)."""
    quick = _from_bytes(module)
    return _original[0](module) if quick is None else quick


def _from_bytes(module: ModuleType) -> bool | None:
    """The answer read from the module's ``.py`` file, or None when only the original way can
    tell (``inspect.getsource`` decodes by the file's encoding declaration, and gives nothing
    for a file that does not decode)."""
    path = getattr(module, "__file__", None)
    if type(path) is not str or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as source:
            data = source.read()
        head = data.split(b"\n", 2)[:2]
        if any(b"coding" in line for line in head):
            return None  # a declared encoding (PEP 263): read as Python reads it
        return _MARK in data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
