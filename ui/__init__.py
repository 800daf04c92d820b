"""Delegation Planner's Qt shell: windows, column models, card painting, drag and drop, undo.

Everything here is a thin layer over :mod:`planner`; every change to a plan goes through
:class:`ui.plan_editor.PlanEditor`, which turns it into an undoable command.
"""

import time as _time

#: When the shell started loading (``time.perf_counter``, and the process's CPU time then): the
#: start-up phases (:func:`ui.app.phase`) count from here.
LOADING_STARTED = (_time.perf_counter(), _time.process_time())
