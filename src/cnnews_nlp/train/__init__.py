"""Training the news entity model (needs the ``[train]`` extra: torch and onnx).

``corpora`` reads the public NER sets, ``network`` is the PyTorch model started from LAC's
weights, ``export`` writes the files the "news" engine loads, ``run`` ties them together,
``average`` averages the weights of exported models.
"""
