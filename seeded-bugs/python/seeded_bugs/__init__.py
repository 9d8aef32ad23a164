"""Seeded-bug event loops, each breaking exactly one MUST clause of the kit on purpose."""
