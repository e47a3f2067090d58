"""Loads the NLTK resources once in the server process that forks ``--jobs`` workers.

:func:`analysis.pipeline.run` names this module in ``set_forkserver_preload``, so worker
processes start with the tagger, WordNet, punkt and VADER already in memory instead of each
loading them (seconds each). Nothing else imports it. Failures are logged, never raised: a
missing resource is reported by the worker that needs it, as usual.
"""

from __future__ import annotations

from .pipeline import warm_up

warm_up()
