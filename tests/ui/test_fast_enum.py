"""PySide's enums made by :mod:`ui.fast_enum` are the classes Python's ``enum`` makes.

Every class of QtCore, QtGui and QtWidgets is made (with its enums) in two fresh processes, one
with the quick path installed and one without, and each enum is described in full: its bases,
members and aliases in order, values, flag masks, iteration, the text of each member, lookups by
value and name, pickling, and flag arithmetic. The two descriptions must be the same. Enums made
without ``module=`` get the same module name (the caller's) and pickling either way. On the
Pythons the app is built with the quick path must be taken: there these tests fail, not skip.
"""

from __future__ import annotations

import enum
import pickle
import platform
import sys
from typing import Any

import pytest

from tests.conftest import run_python
from ui import fast_enum

#: Whether the quick path is used with this Python (its own check at install passed).
QUICK = fast_enum.install()
#: The Pythons the app is built and tested with: Debian 12's own and this machine's pyenv one.
#: On these the quick path must be taken (a start-up cost otherwise), so its tests never skip.
SUPPORTED = {(3, 11, 2), (3, 11, 7)}
#: Skip the comparisons only where the quick path may rightly decline: another Python.
SKIP = not QUICK and sys.version_info[:3] not in SUPPORTED
WHY = "this Python's enum is not the one the quick path makes"


def test_the_quick_path_is_taken_on_the_pythons_we_support() -> None:
    """Declining is right on a Python whose ``enum`` differs, but on ours it would cost the
    start-up a sixth of its work unseen, and the tests below would all skip: fail instead."""
    if sys.version_info[:3] not in SUPPORTED:
        pytest.skip(f"Python {platform.python_version()} is not one the app is built with")
    assert QUICK, f"ui.fast_enum declined on Python {platform.python_version()}"


DESCRIBE = """
import enum, os, pickle, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
quick = []
if sys.argv[1:] == ["fast"]:
    import ui.fast_enum
    assert ui.fast_enum.install()
    add_members = ui.fast_enum._add_members
    def counted(enum_class, names):
        quick.append(enum_class)
        add_members(enum_class, names)
    ui.fast_enum._add_members = counted
from PySide6 import QtCore, QtGui, QtWidgets

def attempt(make):
    try:
        return repr(make())
    except Exception as error:  # the same failure either way is the same answer
        return f"{type(error).__name__}: {error}"

def nm(member):
    return getattr(member, "_name_", repr(member))

def describe(cls):
    lines = [f"{cls.__module__}.{cls.__qualname__} {[b.__name__ for b in cls.__mro__]}"]
    lines.append(f"  names {cls._member_names_}")
    members = cls.__members__.items()
    lines.append(f"  map {[(n, nm(m), getattr(m, '_value_', m)) for n, m in members]}")
    lines.append(f"  iter {[nm(m) for m in cls]} len {len(cls)}")
    lines.append(f"  dict {sorted(k for k in vars(cls) if k != '__doc__')}")
    lines.append(f"  doc {cls.__doc__!r}")
    for name in ("_flag_mask_", "_singles_mask_", "_all_bits_", "_boundary_", "_inverted_"):
        lines.append(f"  {name} {getattr(cls, name, '-')!r}")
    lines.append(f"  iter_member {getattr(getattr(cls, '_iter_member_', None), '__name__', '-')}")
    values = cls._value2member_map_.items()
    lines.append(f"  value_map {sorted((repr(v), nm(m)) for v, m in values)}")
    for name, member in cls.__members__.items():
        if not isinstance(member, cls):
            lines.append(f"  {name}: not a member: {member!r}")
            continue
        assert getattr(cls, name) is member and cls[name] is member
        assert cls(member._value_) is cls._value2member_map_[member._value_]
        again = attempt(lambda: pickle.loads(pickle.dumps(member)) is member)
        lines.append(
            f"  {name}: {member!r} {str(member)!r} {format(member)!r} {member._sort_order_}"
            f" {type(member).__name__} {again} {list(vars(member))}"
        )
        if issubclass(cls, enum.Flag):
            first = cls._member_map_[cls._member_names_[0]] if cls._member_names_ else member
            lines.append(f"    ~ {attempt(lambda: ~member)} | {attempt(lambda: member | first)}")
    if issubclass(cls, enum.Flag) and cls._member_names_:
        everything = cls(cls._flag_mask_)
        lines.append(f"  all {everything!r} {attempt(lambda: [nm(m) for m in everything])}")
    return lines

out = []
for module in (QtCore, QtGui, QtWidgets):
    for name in sorted(dir(module)):
        owner = getattr(module, name)
        if not isinstance(owner, type):
            continue
        for attribute in sorted(vars(owner)):
            value = vars(owner)[attribute]
            if isinstance(value, enum.EnumType):
                out.extend(describe(value))
print("\\n".join(out))
print(len(quick), file=sys.stderr)
"""


@pytest.mark.skipif(SKIP, reason=WHY)
def test_every_qt_enum_is_the_same_either_way() -> None:
    usual = run_python(DESCRIBE + "\n# usual")
    assert usual.returncode == 0, usual.stderr
    fast = run_python(DESCRIBE.replace('sys.argv[1:] == ["fast"]', "True"))
    assert fast.returncode == 0, fast.stderr
    assert usual.stdout.count("\n") > 10_000  # hundreds of enums were described
    assert int(fast.stderr) > 500  # most of them were made the quick way
    assert fast.stdout.splitlines() == usual.stdout.splitlines()


@pytest.fixture
def installed() -> object:
    was = bool(fast_enum._original)
    assert fast_enum.install()
    yield
    if not was:
        fast_enum.uninstall()


@pytest.mark.skipif(SKIP, reason=WHY)
@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize(
    "names",
    [
        [("A", 1), ("B", 2), ("AB", 3), ("Z", 0)],  # a flag's multi-bit member and zero
        [("Low", 4), ("High", 1), ("Same", 4)],  # out of order, with an alias
        [("Minus", -1), ("None_", 0), ("Big", 2**40)],
    ],
)
@pytest.mark.parametrize("base", [enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag])
def test_made_like_the_original(base: type[enum.Enum], names: list[tuple[str, int]]) -> None:
    original = fast_enum._original[0]
    quick: Any = base("Made", names, boundary=enum.KEEP)  # type: ignore[call-arg]
    usual: Any = original(base, "Made", names, boundary=enum.KEEP)
    assert vars(quick).keys() == vars(usual).keys()
    assert [(n, m._name_, m._value_) for n, m in quick.__members__.items()] == [
        (n, m._name_, m._value_) for n, m in usual.__members__.items()
    ]
    assert [m.name for m in quick] == [m.name for m in usual]
    for attribute in ("_flag_mask_", "_singles_mask_", "_all_bits_", "_boundary_"):
        assert getattr(quick, attribute, None) == getattr(usual, attribute, None)
    iterate = getattr(quick, "_iter_member_", None), getattr(usual, "_iter_member_", None)
    assert [getattr(method, "__name__", None) for method in iterate] == [
        getattr(iterate[1], "__name__", None)
    ] * 2
    for member, other in zip(quick, usual, strict=True):
        assert repr(member).replace("Made", "") == repr(other).replace("Made", "")
        assert str(member) == str(other) and format(member) == format(other)
        assert member._sort_order_ == other._sort_order_
        assert list(vars(member)) == list(vars(other))


#: Where a functional enum can be made without ``module=``: both ways take the module from
#: the caller's globals (two frames up), or make the class unpicklable when there is none.
CALLERS: dict[str, dict[str, str]] = {
    "this module": {"__name__": __name__},
    "a module": {"__name__": "caller.module"},
    "code without a module name": {},
}


def _made_without_module(base: type[enum.Enum], caller: dict[str, str]) -> Any:
    scope: dict[str, object] = {**caller, "base": base, "KEEP": enum.KEEP}
    exec("made = base('Made', [('A', 1), ('B', 2)], boundary=KEEP)", scope)
    return scope["made"]


def _pickles(member: object) -> str:
    try:
        return f"pickled as {pickle.dumps(member, protocol=4)!r}"
    except Exception as error:  # the same refusal either way is the same answer
        return f"{type(error).__name__}: {error}"


@pytest.mark.skipif(SKIP, reason=WHY)
@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("caller", list(CALLERS))
@pytest.mark.parametrize("base", [enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag])
def test_an_enum_made_without_a_module_is_named_as_the_original_names_it(
    base: type[enum.Enum], caller: str
) -> None:
    quick = _made_without_module(base, CALLERS[caller])
    fast_enum.uninstall()
    try:
        usual = _made_without_module(base, CALLERS[caller])
    finally:
        assert fast_enum.install()
    assert quick.__module__ == usual.__module__
    assert quick.__module__ == CALLERS[caller].get("__name__", "<unknown>")
    assert vars(quick).keys() == vars(usual).keys()  # the unpicklable marker alike
    assert _pickles(quick.A) == _pickles(usual.A)


@pytest.mark.skipif(SKIP, reason=WHY)
@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize(
    ("names", "kwargs"),
    [
        ("A B C", {"boundary": enum.KEEP}),  # names without values
        ([("A", 1), ("A", 2)], {"boundary": enum.KEEP}),  # a name twice: the original refuses
        ([("_private", 1)], {"boundary": enum.KEEP}),
        ([("name", 1)], {"boundary": enum.KEEP}),  # a base's attribute
        ([("A", "text")], {"boundary": enum.KEEP}),
        ([("A", 1)], {}),  # another boundary (none given)
        ([("A", 1)], {"boundary": enum.KEEP, "qualname": "Other"}),
    ],
)
def test_anything_else_goes_the_usual_way(names: object, kwargs: dict[str, object]) -> None:
    original = fast_enum._original[0]
    calls: list[str] = []

    def usual(cls: type, class_name: str, *args: object, **kw: object) -> object:  # a spy
        calls.append(class_name)
        return original(cls, class_name, *args, **kw)

    fast_enum._original[0] = usual
    try:
        enum.Enum("Other", names, **kwargs)
    except (TypeError, ValueError):
        pass  # the original's own refusal
    finally:
        fast_enum._original[0] = original
    assert calls == ["Other"]


@pytest.mark.skipif(SKIP, reason=WHY)
def test_a_quick_path_that_makes_other_classes_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """As with a Python whose ``enum`` makes flags another way: ``install`` checks, declines,
    and leaves the original in place."""
    original = vars(enum.EnumType)["_create_"]
    add_members = fast_enum._add_members

    def masks_of_another_release(enum_class: Any, names: list[tuple[str, int]]) -> None:
        add_members(enum_class, names)
        if issubclass(enum_class, enum.Flag):
            enum_class._flag_mask_ |= 1 << 20

    fast_enum.uninstall()
    usual = vars(enum.EnumType)["_create_"]
    try:
        monkeypatch.setattr(fast_enum, "_add_members", masks_of_another_release)
        assert fast_enum.install() is False
        assert vars(enum.EnumType)["_create_"] is usual
        monkeypatch.undo()
        assert fast_enum.install() is True
        assert vars(enum.EnumType)["_create_"] is original
    finally:
        monkeypatch.undo()
        fast_enum.install()
