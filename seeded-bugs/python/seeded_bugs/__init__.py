"""Seeded-bug loops: small Python event loops that each break one clause of the kit on purpose.

Each module seeded_bugs.<clause id in lower case, dashes as underscores> exposes new_event_loop();
run the kit on one with --loop python:seeded_bugs.<module>:new_event_loop (PYTHONPATH pointing at
the folder that holds this package) and the kit must name that clause.
"""
