"""Benchmarks for sixpowers: a deterministic register generator and a suite that measures each
command against the floor of the same work (see BENCHMARKS.md)."""
