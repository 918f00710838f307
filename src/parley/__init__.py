"""parley: reads news about negotiations and conflicts and turns it into a sourced record.

The public API is flat::

    import parley
    record = parley.extract(open("article.txt").read(), published="2025-05-29")
    doc = parley.read("article.html")          # decode and check a file
    nlp = parley.load_pipeline()               # the spaCy Language parley runs
"""

from parley.errors import InputError, ModelError, ParleyError, RulesError
from parley.extract import extract, extract_document
from parley.nlp import load_pipeline, model_path
from parley.read import Document, read
from parley.records import Article, DateRef, Entity, Event, Place, Quote, Record, Removed

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DateRef",
    "Document",
    "Entity",
    "Event",
    "InputError",
    "ModelError",
    "ParleyError",
    "Place",
    "Quote",
    "Record",
    "Removed",
    "RulesError",
    "extract",
    "extract_document",
    "load_pipeline",
    "model_path",
    "read",
    "__version__",
]
