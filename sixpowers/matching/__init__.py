"""Matching powers across registers: a reference catalogue for `lint`, and `compare`."""

from __future__ import annotations

from .catalogue import Catalogue, RegisterMatches, load_catalogue
from .index import CatalogueIndex, Entry, Match, make_entry, name_kind
from .names import department_key, normalise_name, power_name, strongest_citation

__all__ = ["Catalogue", "CatalogueIndex", "Entry", "Match", "RegisterMatches", "department_key",
           "load_catalogue", "make_entry", "name_kind", "normalise_name", "power_name",
           "strongest_citation"]
