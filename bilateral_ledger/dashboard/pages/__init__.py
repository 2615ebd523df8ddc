"""Streamlit page scripts."""
