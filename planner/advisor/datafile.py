"""The advisor's sectioned data files: plain text, checked, read a section at a time.

This module owns the layout of the advisor's large data files (the model's weights, the WordNet
lexicon), written
by :func:`pack_file` and read by :class:`DataFile`. A file is UTF-8 text:

* line 1: ``<kind> <format> <size> <crc>``: what the file holds and in which format, the
  number of bytes after this line, and the CRC-32 (8 hex digits) of line 2;
* line 2: a JSON object, the file's own fields, plus ``"sections"``: for each section, its
  start (counted from the byte after line 2) and its CRC-32, as 16 hex digits;
* then the sections' text, one after another, each ending with a newline.

Loading reads and checks line 1, the file's size and line 2 (so a cut or damaged header is
refused at once) and nothing else; a section is read from the open file, checked (its CRC-32)
and decoded only when it is first asked for, so a title reads a few kilobytes, not megabytes.
Any damage raises :class:`AdvisorDataError` with a one-line message. Nothing here is code (no
pickle, no marshal): the data is text and numbers.
"""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any, Final

from planner.errors import PlannerError

_ENTRY: Final = 16  # hex digits a section takes in "sections": its start, then its CRC-32


class AdvisorDataError(PlannerError):
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
    """An open data file: its fields (``fields``) and its sections (:meth:`section`), read from
    the file when asked for (the file stays open: it is read-only data)."""

    __slots__ = ("_entries", "_file", "_lock", "_start", "_stop", "count", "fields", "name")

    def __init__(self, name: str, file: IO[bytes], kind: str, version: int) -> None:
        """Check ``file`` (named ``name`` in messages; open for reading, seekable) as a ``kind``
        file in format ``version``: its first line, size and header are read and checked here;
        its sections are read and checked when asked for."""
        self.name = name
        try:
            line = file.readline(200)
            first = line.split(b" ") if line.endswith(b"\n") else []
            if len(first) != 4 or first[0] != kind.encode("ascii"):
                raise AdvisorDataError(f"{name}: not an {kind} file")
            if first[1] != str(version).encode("ascii"):
                raise AdvisorDataError(f"{name}: not a format {version} {kind} file")
            try:
                size, crc = int(first[2]), int(first[3], 16)
            except ValueError:
                raise AdvisorDataError(f"{name}: not an {kind} file") from None
            header = file.readline()
            start = len(line) + len(header)
            stop = file.seek(0, 2)
        except OSError as exc:
            raise AdvisorDataError(f"{name}: cannot be read ({exc})") from exc
        if size != stop - len(line):
            raise AdvisorDataError(f"{name}: damaged (not the size it was written with)")
        if not header.endswith(b"\n") or zlib.crc32(header[:-1]) != crc:
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
        self._file = file
        self._lock = threading.Lock()
        self._start = start
        self._stop = stop

    def section(self, at: int) -> str:
        """The text of section ``at`` (0 <= at < count), checked against its CRC-32."""
        entries = self._entries
        base = at * _ENTRY
        try:
            start = self._start + int(entries[base : base + 8], 16)
            stop = (
                self._start + int(entries[base + _ENTRY : base + _ENTRY + 8], 16)
                if at + 1 < self.count
                else self._stop
            )
            crc = int(entries[base + 8 : base + _ENTRY], 16)
        except ValueError:
            raise AdvisorDataError(f"{self.name}: damaged (its table of sections)") from None
        try:
            with self._lock:
                self._file.seek(start)
                raw = self._file.read(max(0, stop - start))
        except (OSError, ValueError) as exc:  # ValueError: the file was closed
            raise AdvisorDataError(f"{self.name}: cannot be read ({exc})") from exc
        if zlib.crc32(raw) != crc or raw[-1:] != b"\n":
            raise AdvisorDataError(
                f"{self.name}: damaged (section {at} does not match its checksum)"
            )
        try:
            return raw[:-1].decode("utf-8")
        except UnicodeDecodeError:
            raise AdvisorDataError(f"{self.name}: damaged (section {at} is not text)") from None


class Sections(Mapping[str, str]):
    """Some of a data file's sections by name (``names[n]`` is section ``first + n``), each
    checked and decoded the first time it is asked for."""

    __slots__ = ("_at", "_file", "_read")

    def __init__(self, file: DataFile, names: Sequence[str], first: int = 0) -> None:
        self._file = file
        self._at = dict(zip(names, range(first, first + len(names)), strict=True))
        self._read: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        found = self._read.get(name)
        if found is None:
            found = self._read[name] = self._file.section(self._at[name])
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)
