"""Contracts between the stages: closed vocabularies and pandera schemas."""

from validation.errors import DatasetError, validate_table
from validation.schemas import Observation, Source

__all__ = ["DatasetError", "Observation", "Source", "validate_table"]
