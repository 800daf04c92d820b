"""Delegation Planner's Qt shell: windows, column models, card painting, drag and drop, undo.

Everything here is a thin layer over :mod:`planner`; every change to a plan goes through
:class:`ui.plan_editor.PlanEditor`, which turns it into an undoable command.
"""
