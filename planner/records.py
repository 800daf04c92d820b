"""Typed named tuples that keep their field types as written: ``typing.NamedTuple`` without the
cost of compiling each field's annotation at every start.

The plan's records (events, a typed edit, the task schema's field specifications, the action
declarations, settings...) are named tuples declared as ``typing.NamedTuple`` classes. Every
module here postpones its annotations (``from __future__ import annotations``), so a field's
type is text when the class is made, and ``typing.NamedTuple`` compiles each one into a
``ForwardRef`` (Python's compiler, about 75,000 instructions a field) that nothing at run time
reads: 107 fields before the first paint, 8 M instructions, 1 % of a 60-task start.

:data:`NamedTuple` is ``typing.NamedTuple`` for the type checker. At run time a class declared
with it is made by typing's own code from the same namespace, with each field's type given as
``Any`` while it is made; then the class gets the annotations as written, where
``typing.NamedTuple`` would have put their ``ForwardRef``: ``typing.get_type_hints`` gives the
same types from either. Everything else (fields, defaults, methods, ``_replace``, ``Generic``
parameters, the errors for a field without a default after one with it or for a reserved name)
is typing's. ``tests/planner/test_records.py`` compares each record of the app with its
``typing.NamedTuple`` twin.
"""

from __future__ import annotations

import sys
import typing
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
elif not hasattr(typing, "_NamedTuple"):  # another Python's typing: typing's own, as it is
    NamedTuple = typing.NamedTuple
else:

    class _RecordMeta(typing.NamedTupleMeta):
        """Makes the class with typing's ``NamedTupleMeta``, the fields' types given as
        ``Any``; then puts the annotations as written on it."""

        def __new__(cls, typename, bases, namespace):
            written = namespace.get("__annotations__", {})
            namespace["__annotations__"] = dict.fromkeys(written, Any)
            bases = tuple(typing._NamedTuple if base is _Record else base for base in bases)
            made = super().__new__(cls, typename, bases, namespace)
            made.__annotations__ = made.__new__.__annotations__ = written
            return made

    _Record = type.__new__(_RecordMeta, "NamedTuple", (), {})

    def NamedTuple(typename, fields=None, /, **kwargs):
        """The functional form, ``NamedTuple("Name", [("field", type), ...])``: typing's own,
        in the caller's module."""
        made = typing.NamedTuple(typename, fields, **kwargs)
        made.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        return made

    def _mro_entries(bases):
        return (_Record,)

    NamedTuple.__mro_entries__ = _mro_entries
