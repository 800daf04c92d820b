"""Fuzzing: a quick hypothesis part in every test run, and a campaign (not run by default)."""
