"""A quicker way for PySide to make its enums: the same classes, made in a fraction of the time.

PySide makes a Python class for a Qt class the first time it is used, and with it every enum the
class declares, each through Python's ``enum`` functional API (``Enum(name, [(member, value),
...], boundary=KEEP)``). That API stores each member through ``_EnumDict.__setitem__``, runs
``EnumType.__new__`` and turns each member into one in ``_proto_member.__set_name__``, all
written in Python and general (descriptors, aliases, tuples, ``auto()``): about 150 M
instructions of a 60-task start, a sixth of it. :func:`install` replaces ``EnumType._create_``
for PySide's calls: the class without members that ``EnumType.__new__`` makes for a base is made
once the usual way, each enum's class is then made from a copy of its namespace (new member
tables, its own name and module) by ``type.__new__``, and the members are added in one loop
doing what ``__set_name__`` does for plain ``int`` values. Any call not of that shape (another
Python, another boundary, a qualname, names that are not plain identifiers or that a base class
already uses, values that are not ``int``) goes to the original.

``tests/ui/test_fast_enum.py`` makes every enum of QtCore, QtGui and QtWidgets both ways and
compares the classes and their members (names, values, order, aliases, flag masks, iteration,
attributes, repr, str, format, pickling, lookups and flag arithmetic).
"""

from __future__ import annotations

import contextlib
import enum
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
_ENUM_INIT = enum.Enum.__init__
#: Whether this Python's flags keep a mask of their single-bit members (later 3.11 releases, as
#: 3.11.7; in earlier ones, such as Debian 12's 3.11.2, the flag mask itself is that).
_SINGLES_MASK = "_singles_mask_" in vars(enum.Flag)
_original: list[Any] = []  # the original EnumType._create_, once installed

#: What the quick path is checked with before it is used (see :func:`install`), for flags and
#: for the others: what differs between Python releases shows in them (flag masks, multi-bit
#: members, aliases, zero, negative and large values, members out of order).
FLAG_PROBE = [("A", 1), ("B", 2), ("AB", 3), ("Z", 0), ("High", 16), ("Same", 16), ("Low", 4)]
ENUM_PROBE = [("Low", 4), ("First", 1), ("Minus", -1), ("None_", 0), ("Same", 4), ("Big", 2**40)]


def install() -> bool:
    """Use the quick path for PySide's enums from now on, if it makes here what this Python's
    own ``enum`` makes: the probes are made both ways for every base and compared (members,
    masks, class and member attributes, iteration, text, lookups, flag arithmetic; about 1 ms).
    False if not (a release with other ``enum`` internals): the usual path stays."""
    if _original:
        return True
    if sys.version_info[:2] != (3, 11):  # written against 3.11's enum (checked below)
        return False
    original = vars(enum.EnumType)["_create_"]
    _original.append(original)
    type.__setattr__(enum.EnumType, "_create_", _create_)
    try:
        for base in _BASES:
            names = FLAG_PROBE if issubclass(base, enum.Flag) else ENUM_PROBE
            if _describe(base, names, base) != _describe(base, names, partial(original, base)):
                break
        else:
            return True
    except Exception:  # an enum unlike the one this was written for: not this way, then
        pass
    uninstall()
    return False


def uninstall() -> None:
    """Put the original back (for tests)."""
    if _original:
        type.__setattr__(enum.EnumType, "_create_", _original.pop())


def _attempt(get: Callable[..., object], *args: object) -> str:
    """``repr(get(*args))``, or the failure (the same failure both ways is the same answer)."""
    try:
        return repr(get(*args))
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def _describe(base: Any, names: list[tuple[str, int]], make: Callable[..., Any]) -> list[str]:
    """What ``make("Probe", names, boundary=KEEP)``, a class of ``base``, holds and does, as
    text (a failure included): its attributes' names, its own tables and masks, each member's
    attributes, and for flags each member's inverse and a value no member has."""
    try:
        cls = make("Probe", names, boundary=enum.KEEP)
    except Exception as error:
        return [f"{type(error).__name__}: {error}"]
    own = vars(cls)
    lines = [repr(sorted(own))]
    for name in ("_member_names_", "_flag_mask_", "_singles_mask_", "_all_bits_", "_boundary_"):
        lines.append(repr(own.get(name, "-")))
    lines.append(repr([(name, member._name_) for name, member in cls._member_map_.items()]))
    lines.append(
        repr([(value, member._name_) for value, member in own["_value2member_map_"].items()])
    )
    for member in cls._member_map_.values():
        lines.append(repr(list(vars(member).items())))
    if issubclass(base, enum.Flag):
        lines.append(repr(getattr(cls._iter_member_, "__name__", None)))
        for member in cls._member_map_.values():
            lines.append(_attempt(lambda m: (~m)._value_, member))
        lines.append(_attempt(lambda: [member._name_ for member in cls(0x43)]))
    return lines


_taken: dict[type, frozenset[str]] = {}  # each base's names (its class's and its bases')


def _plain(cls: type, names: object) -> bool:
    """Whether ``names`` is PySide's kind of member list for ``cls``: (identifier, int) pairs
    with distinct names, none starting with ``_`` (so no dunder, sunder or private name) and none
    a name the base classes already have (the original makes those properties, or refuses them)."""
    if not isinstance(names, list) or not names:
        return False
    taken = _taken.get(cls)
    if taken is None:
        taken = _taken[cls] = frozenset(name for base in cls.__mro__ for name in vars(base))
    seen: set[str] = set()
    for item in names:
        if not (type(item) is tuple and len(item) == 2):
            return False
        name, value = item
        if type(name) is not str or type(value) is not int or not name.isidentifier():
            return False
        if name.startswith("_") or name in taken or name in seen or name == "mro":
            return False
        seen.add(name)
    return True


def _create_(
    cls: Any,
    class_name: str,
    names: Any,
    *,
    module: str | None = None,
    qualname: str | None = None,
    type: Any = None,  # the original's parameter names
    start: int = 1,
    boundary: Any = None,
) -> Any:
    if not (
        cls in _BASES
        and boundary is enum.KEEP
        and type is None
        and qualname is None
        and start == 1
        and _plain(cls, names)
    ):
        return _original[0](
            cls,
            class_name,
            names,
            module=module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )
    # The original's frame hack names the module that made the call (2 frames up from here too).
    if module is None:
        with contextlib.suppress(AttributeError, ValueError, KeyError):
            module = sys._getframe(2).f_globals["__name__"]
    enum_class = _empty_class(cls, class_name, module, boundary)
    _add_members(enum_class, names)
    return enum_class


#: For each base and boundary, what ``EnumType.__new__`` puts in the namespace of a class of
#: that base without members (and ``__new__``, which it sets on the class once made).
_templates: dict[tuple[type, Any], tuple[dict[str, Any], Any]] = {}
_FRESH = ("_member_names_", "_member_map_", "_value2member_map_", "_unhashable_values_")


def _empty_class(cls: Any, class_name: str, module: str | None, boundary: Any) -> Any:
    """The class ``EnumType.__new__`` makes for ``cls`` without members: made once the usual
    way for each base and boundary, then copied (its namespace, with new member tables)."""
    key = (cls, boundary)
    template = _templates.get(key)
    if template is None:
        made = _original[0](cls, "Template", [], module=__name__, boundary=boundary)
        namespace = dict(vars(made))
        for name in ("__dict__", "__weakref__", "__module__", "__qualname__", *_FRESH):
            namespace.pop(name, None)
        template = _templates[key] = (namespace, namespace.pop("__new__"))
    namespace, new = template
    body = dict(namespace)
    if module is None:
        enum._make_class_unpicklable(body)  # type: ignore[attr-defined]
    else:
        body["__module__"] = module
    body["__qualname__"] = class_name
    for name in _FRESH:
        body[name] = [] if name in ("_member_names_", "_unhashable_values_") else {}
    enum_class = type.__new__(cls.__class__, class_name, (cls,), body)
    type.__setattr__(enum_class, "__new__", new)  # as EnumType.__new__ sets it: not wrapped
    return enum_class


def _add_members(enum_class: Any, names: list[tuple[str, int]]) -> None:
    """What ``_proto_member.__set_name__`` does for each (name, int) in turn, in one loop."""
    new_member = enum_class._new_member_
    use_args = enum_class._use_args_
    member_type = enum_class._member_type_
    member_names: list[str] = enum_class._member_names_
    member_map: dict[str, Any] = enum_class._member_map_
    value_map: dict[Any, Any] = enum_class._value2member_map_
    is_flag = issubclass(enum_class, enum.Flag)
    flag_mask = singles_mask = 0
    set_attribute = type.__setattr__
    # The four bases make members with int.__new__ or object.__new__ (which set no ``_value_``:
    # it is the given int, as int(given) is given) and Enum.__init__ (which does nothing): their
    # four attributes go in at once, in the order the original sets them.
    plain = new_member in (int.__new__, object.__new__) and enum_class.__init__ is _ENUM_INIT
    for name, given in names:
        member = new_member(enum_class, given) if use_args else new_member(enum_class)
        if plain:
            vars(member).update(
                _value_=given,
                _name_=name,
                __objclass__=enum_class,
                _sort_order_=len(member_names),
            )
        else:
            if not hasattr(member, "_value_"):
                member._value_ = given if member_type is object else member_type(given)
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(given)
            member._sort_order_ = len(member_names)
        value = member._value_
        single = value != 0 and (value & (value - 1)) == 0  # enum._is_single_bit
        if is_flag:
            flag_mask |= value
            if single:
                singles_mask |= value
        canonical = value_map.get(value)
        if canonical is not None:
            member = canonical  # an alias
        elif not is_flag or single:
            member_names.append(name)
        set_attribute(enum_class, name, member)
        member_map[name] = member
        value_map.setdefault(value, member)
    if is_flag:
        if _SINGLES_MASK:  # later 3.11 releases: members add to both masks as they are made
            enum_class._flag_mask_ = flag_mask
            enum_class._singles_mask_ = singles_mask
        else:  # earlier ones (3.11.2): the flag mask is the single bits, set at the end
            enum_class._flag_mask_ = singles_mask
        enum_class._all_bits_ = 2 ** (flag_mask.bit_length()) - 1
        values = [member._value_ for member in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
