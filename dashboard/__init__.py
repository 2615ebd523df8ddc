"""Streamlit pages: presentation only; data comes from loaders and chart builders."""
