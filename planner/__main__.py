"""``python -m planner``: the command line of :mod:`planner.cli`, nothing else."""

from planner.cli import main

raise SystemExit(main())
