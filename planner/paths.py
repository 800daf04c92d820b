"""Where the user's plans live: the per-user data folder from platformdirs.

``DELEGATION_PLANNER_HOME`` overrides the folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.identity import ORGANIZATION

PLAN_SUFFIX = ".dplan"
DEFAULT_PLAN_NAME = "My plan"


def data_dir() -> Path:
    override = os.environ.get("DELEGATION_PLANNER_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs  # only when the folder is needed: not when the app opens a recent plan

    return Path(platformdirs.user_data_dir(ORGANIZATION, appauthor=False))


def default_plan_path() -> Path:
    return data_dir() / f"{DEFAULT_PLAN_NAME}{PLAN_SUFFIX}"
