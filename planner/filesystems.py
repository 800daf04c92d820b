"""Which kind of filesystem a plan lives on, to avoid SQLite's write-ahead log where it is unsafe.

SQLite's WAL mode needs shared memory between processes, which network filesystems (NFS, SMB/CIFS)
and many FUSE sync folders do not provide reliably. On Linux the type is read from
``/proc/self/mounts``; elsewhere nothing is detected and WAL is used.
"""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "sshfs",
        "lustre",
        "gpfs",
        "beegfs",
        "virtiofs",
        "vboxsf",
        "prl_fs",
    }
)
MOUNTS = Path("/proc/self/mounts")


def _unescape(field: str) -> str:
    """Mount points in /proc/mounts escape spaces and tabs as octal (``\\040``)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def filesystem_type(path: Path, mounts_file: Path = MOUNTS) -> str:
    """The filesystem type of the mount holding ``path`` ("" when unknown)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = os.path.realpath(path if path.exists() else path.parent)
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape(fields[1])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_filesystem(fs_type: str) -> bool:
    return fs_type in NETWORK_TYPES or fs_type.startswith("fuse")
