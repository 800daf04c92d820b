"""The starter tasks a new plan is seeded with, read from ``resources/starter_tasks.json``.

They are drawn from the article the app is built on: conversation and networking stay with the
owner, production and admin go to the VA, and a couple of bad habits go to Nobody.
"""

from __future__ import annotations

from typing import Any

import resources
from planner.model import Column
from planner.plan import NewTask, Plan


def starter_tasks() -> list[NewTask]:
    import json  # only when a plan is seeded, not each time the app starts

    data: dict[str, Any] = json.loads(resources.read_text("starter_tasks.json"))
    return [
        NewTask(
            title=entry["title"],
            column=Column.parse(entry["column"]),
            notes=entry.get("notes", ""),
            hours_per_week=entry.get("hours_per_week"),
        )
        for entry in data["tasks"]
    ]


def seed(plan: Plan) -> None:
    """Add the starter tasks to an (empty) plan in one transaction."""
    plan.add_many(starter_tasks())
