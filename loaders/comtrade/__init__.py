"""UN Comtrade API v1: plan the calls, fetch with retries and a disk cache, validate the
responses, normalise them into Observation rows, and refresh the snapshot atomically."""

from loaders.comtrade.client import ComtradeClient, ComtradeError
from loaders.comtrade.refresh import RefreshResult, refresh

__all__ = ["ComtradeClient", "ComtradeError", "RefreshResult", "refresh"]
