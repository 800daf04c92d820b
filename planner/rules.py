"""The advisor's public entry point, kept for the rest of the app: see :mod:`planner.advisor`.

``planner.rules.assess(title, notes="")`` returns an :class:`Assessment` (relationship_building,
reason, kind, matched, voice_note, advice); :func:`could_delegate` says whether its kind is work
a VA could take on.
"""

from __future__ import annotations

from planner.advisor import KINDS, Assessment, assess, could_delegate

__all__ = ["KINDS", "Assessment", "assess", "could_delegate"]
