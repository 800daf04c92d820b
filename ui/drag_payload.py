"""The drag payload: task ids in the app's own MIME type, tagged with the plan they belong to.

Row numbers and pickles are never put on the clipboard: a row means nothing outside its view,
and unpickling data from a drag would run code from another application. A payload from another
process, another plan, or any other application is refused.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-delegation-planner-task-ids"


def plan_token(plan: object) -> str:
    """Identifies one open plan in this process; payloads from elsewhere do not match it."""
    return f"{os.getpid()}:{id(plan)}"


def encode(token: str, task_ids: list[int]) -> QMimeData:
    data = QMimeData()
    import json  # only when a card is dragged

    payload = json.dumps({"plan": token, "ids": task_ids}).encode("utf-8")
    data.setData(MIME_TYPE, payload)
    return data


def decode(data: QMimeData | None, token: str) -> list[int] | None:
    """The task ids carried by ``data`` if it is our own payload for this plan, else None."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        import json

        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("plan") != token:
        return None
    ids = payload.get("ids")
    if not isinstance(ids, list) or not ids:
        return None
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return None
    return ids
