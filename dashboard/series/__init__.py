"""Selections and derived series computed from validated observations (no I/O, no Streamlit)."""
