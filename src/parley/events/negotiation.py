"""placeholder"""

from __future__ import annotations


def build_negotiation(doc, events):
    return {}
