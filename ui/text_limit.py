"""How much text a line input takes: as much as the plan file can hold.

Qt's QLineEdit stops at 32,767 characters by default and cuts anything longer without a word,
including text loaded from a plan or an import. The core and the CSV accept any length, so every
line input of the app (the task dialog's fields, the steps list's in-place editor) is raised to
Qt's own ceiling from here.
"""

from __future__ import annotations

#: The longest text a line edit takes: Qt's own ceiling (a signed 32-bit length).
TEXT_LIMIT = 2**31 - 1
