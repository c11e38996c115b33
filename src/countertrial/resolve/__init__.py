"""Resolve speaker labels and mentions to persons, places and foreign powers."""
