"""Contracts between the stages: closed vocabularies and pandera schemas."""

from bilateral_ledger.validation.errors import DatasetError, validate_table
from bilateral_ledger.validation.schemas import Observation, Source

__all__ = ["DatasetError", "Observation", "Source", "validate_table"]
