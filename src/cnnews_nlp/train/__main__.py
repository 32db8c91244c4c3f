"""``python -m cnnews_nlp.train``: see ``run.py``."""

from .run import main

main()
