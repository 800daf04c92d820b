"""The advisor's sectioned data files: plain text, checked, read a section at a time.

This module owns the layout of the advisor's large data files (the model's weights), written
by :func:`pack_file` and read by :class:`DataFile`. A file is UTF-8 text:

* line 1: ``<kind> <format> <size> <crc>``: what the file holds and in which format, the
  number of bytes after this line, and the CRC-32 (8 hex digits) of line 2;
* line 2: a JSON object, the file's own fields, plus ``"sections"``: for each section, its
  start (counted from the byte after line 2) and its CRC-32, as 16 hex digits;
* then the sections' text, one after another, each ending with a newline.

Loading checks line 1, the size and line 2 (so a cut or damaged header is refused at once) and
decodes nothing else; a section is checked (its CRC-32) and decoded only when it is first
read. Any damage raises :class:`AdvisorDataError` with a one-line message. Nothing here is
code (no pickle, no marshal): the data is text and numbers.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping, Sequence
from typing import Any, Final

_ENTRY: Final = 16  # hex digits a section takes in "sections": its start, then its CRC-32


class AdvisorDataError(RuntimeError):
    """The advisor's data files are missing or damaged (a broken install, not a user error)."""


def pack_file(kind: str, version: int, fields: Mapping[str, Any], sections: Sequence[str]) -> bytes:
    """The bytes of a data file of ``kind`` in format ``version`` holding ``fields`` (plain JSON
    data; their keys sorted, non-ASCII escaped) and ``sections`` (text, read one at a time)."""
    if "sections" in fields or not kind.isascii() or len(kind.split()) != 1 or " " in kind:
        raise ValueError(f"cannot write a {kind!r} data file with these fields")
    parts = [section.encode("utf-8") + b"\n" for section in sections]
    entries = []
    at = 0
    for part in parts:
        entries.append(f"{at:08x}{zlib.crc32(part):08x}")
        at += len(part)
    header = json.dumps(
        {**fields, "sections": "".join(entries)},
        ensure_ascii=True,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")
    size = len(header) + 1 + at
    first = f"{kind} {version} {size} {zlib.crc32(header):08x}\n".encode("ascii")
    return b"".join((first, header, b"\n", *parts))


class DataFile:
    """A data file's bytes, its fields (``fields``) and its sections (:meth:`section`)."""

    __slots__ = ("_data", "_entries", "_start", "count", "fields", "name")

    def __init__(self, name: str, data: bytes, kind: str, version: int) -> None:
        """Check ``data`` (named ``name`` in messages) as a ``kind`` file in format ``version``:
        its first line, size and header; its sections are checked when read."""
        self.name = name
        head_end = data.find(b"\n", 0, 200)
        first = data[:head_end].split(b" ") if head_end > 0 else []
        if len(first) != 4 or first[0] != kind.encode("ascii"):
            raise AdvisorDataError(f"{name}: not an {kind} file")
        if first[1] != str(version).encode("ascii"):
            raise AdvisorDataError(f"{name}: not a format {version} {kind} file")
        try:
            size, crc = int(first[2]), int(first[3], 16)
        except ValueError:
            raise AdvisorDataError(f"{name}: not an {kind} file") from None
        if size != len(data) - head_end - 1:
            raise AdvisorDataError(f"{name}: damaged (not the size it was written with)")
        fields_end = data.find(b"\n", head_end + 1)
        header = data[head_end + 1 : fields_end]
        if fields_end < 0 or zlib.crc32(header) != crc:
            raise AdvisorDataError(f"{name}: damaged (its header does not match its checksum)")
        try:  # the checksum matched: this is what was written, but maybe not by us
            fields = json.loads(header)
        except ValueError:
            raise AdvisorDataError(f"{name}: not an {kind} file") from None
        entries = fields.get("sections") if isinstance(fields, dict) else None
        if not isinstance(entries, str) or not entries or len(entries) % _ENTRY:
            raise AdvisorDataError(f"{name}: not an {kind} file")
        self.fields: dict[str, Any] = fields
        self._entries: str = fields.pop("sections")
        self.count = len(self._entries) // _ENTRY
        self._data = data
        self._start = fields_end + 1

    def section(self, at: int) -> str:
        """The text of section ``at`` (0 <= at < count), checked against its CRC-32."""
        entries = self._entries
        base = at * _ENTRY
        try:
            start = self._start + int(entries[base : base + 8], 16)
            end = (
                self._start + int(entries[base + _ENTRY : base + _ENTRY + 8], 16)
                if at + 1 < self.count
                else len(self._data)
            )
            crc = int(entries[base + 8 : base + _ENTRY], 16)
        except ValueError:
            raise AdvisorDataError(f"{self.name}: damaged (its table of sections)") from None
        raw = self._data[start:end]
        if zlib.crc32(raw) != crc or raw[-1:] != b"\n":
            raise AdvisorDataError(
                f"{self.name}: damaged (section {at} does not match its checksum)"
            )
        try:
            return raw[:-1].decode("utf-8")
        except UnicodeDecodeError:
            raise AdvisorDataError(f"{self.name}: damaged (section {at} is not text)") from None
