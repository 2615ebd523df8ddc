"""Build the committed snapshot in datasets/ from the raw files in ../shared/data/raw."""
