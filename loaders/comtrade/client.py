"""HTTP client for the UN Comtrade API v1, on `requests` with a `requests-cache` disk cache.

- Without COMTRADE_API_KEY it uses the public preview endpoints (500 records a call); with
  it, the data endpoints. The key travels in a header, so it never appears in a URL, the
  cache key, a log line or an error message.
- COMTRADE_BASE_URL overrides the host (tests point it at a local fake server).
- 429, 5xx and timeouts are retried with exponential backoff, honouring Retry-After.
- offline=True answers only from the cache and fails on anything not cached.
"""

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import requests
import requests_cache

DEFAULT_BASE_URL = "https://comtradeapi.un.org"
KEY_HEADER = "Ocp-Apim-Subscription-Key"
PREVIEW_LIMIT = 500
KEYED_LIMIT = 100_000  # kept well under the API's 250k so one call stays small
RETRY_STATUSES = {429, 500, 502, 503, 504}


class ComtradeError(RuntimeError):
    """A refresh cannot go on; the message says why and what to do."""


class ComtradeClient:
    def __init__(
        self,
        cache_path: Path,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        offline: bool = False,
        retries: int = 4,
        backoff_seconds: float = 1.0,
        timeout_seconds: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        record_limit: int | None = None,
    ) -> None:
        self.base_url = (
            base_url or os.environ.get("COMTRADE_BASE_URL") or DEFAULT_BASE_URL
        ).rstrip("/")
        self._key = api_key if api_key is not None else os.environ.get("COMTRADE_API_KEY", "")
        self.offline = offline
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self.timeout_seconds = timeout_seconds
        self.sleep = sleep
        self.calls = 0  # requests that reached the network (cache misses)
        self._limit = record_limit
        self.session = requests_cache.CachedSession(
            str(cache_path),
            backend="sqlite",
            allowable_codes=(200,),
            expire_after=requests_cache.NEVER_EXPIRE,
            match_headers=False,
            # Stored requests keep no key: requests-cache redacts these from what it saves.
            ignored_parameters=[KEY_HEADER, "subscription-key"],
        )

    @property
    def keyed(self) -> bool:
        return bool(self._key)

    @property
    def record_limit(self) -> int:
        """Records one call may return; a full page means the answer may be cut off."""
        if self._limit:
            return self._limit
        return KEYED_LIMIT if self.keyed else PREVIEW_LIMIT

    def data_path(self, freq: str = "A", classification: str = "HS") -> str:
        tier = "data/v1/get" if self.keyed else "public/v1/preview"
        return f"/{tier}/C/{freq}/{classification}"

    def availability_path(self, freq: str = "A", classification: str = "HS") -> str:
        tier = "data/v1/getDa" if self.keyed else "public/v1/getDA"
        return f"/{tier}/C/{freq}/{classification}"

    def get_json(self, path: str, params: dict[str, str]) -> dict:
        """The decoded JSON envelope of one call; ComtradeError with a one-line cause."""
        url = self.base_url + path
        headers = {KEY_HEADER: self._key} if self._key else {}
        for attempt in range(self.retries + 1):
            try:
                response = self.session.get(
                    url,
                    params=params,
                    headers=headers,
                    timeout=self.timeout_seconds,
                    only_if_cached=self.offline,
                )
            except (requests.Timeout, requests.ConnectionError) as err:
                if attempt == self.retries:
                    raise ComtradeError(
                        f"{self.describe(path, params)}: no answer after {attempt + 1} tries "
                        f"({type(err).__name__}); check the connection or retry later, or use "
                        "--offline to work from the cache"
                    ) from None
                self.sleep(self.backoff_seconds * 2**attempt)
                continue
            if not getattr(response, "from_cache", False):
                self.calls += 1
            if response.status_code == 504 and self.offline:
                raise ComtradeError(
                    f"{self.describe(path, params)}: not in the cache; run the refresh online "
                    "once (without --offline)"
                )
            if response.status_code in RETRY_STATUSES and attempt < self.retries:
                self.sleep(self._wait(response, attempt))
                continue
            if response.status_code != 200:
                raise ComtradeError(
                    f"{self.describe(path, params)}: HTTP {response.status_code} "
                    f"{_reason(response)}; {_advice(response.status_code)}"
                )
            try:
                return response.json()
            except (json.JSONDecodeError, ValueError):
                self.session.cache.delete(requests=[response.request])
                raise ComtradeError(
                    f"{self.describe(path, params)}: the response is not valid JSON "
                    f"({len(response.content)} bytes, cut short?); retry later"
                ) from None
        raise AssertionError("unreachable")

    def forget(self, path: str, params: dict[str, str]) -> None:
        """Drop a cached answer that failed validation, so the next refresh asks again."""
        request = requests.Request("GET", self.base_url + path, params=params).prepare()
        self.session.cache.delete(requests=[request])

    def _wait(self, response: requests.Response, attempt: int) -> float:
        retry_after = response.headers.get("Retry-After", "")
        if retry_after.strip().isdigit():
            return float(retry_after)
        return self.backoff_seconds * 2**attempt

    def describe(self, path: str, params: dict[str, str]) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        return f"UN Comtrade {path} ({shown})"


def _reason(response: requests.Response) -> str:
    return (response.reason or "").strip() or "error"


def _advice(status: int) -> str:
    if status in (401, 403):
        return "check COMTRADE_API_KEY (or unset it to use the public preview)"
    if status == 429:
        return "rate limit still hit after retries; wait and run the refresh again"
    if 400 <= status < 500:
        return "the request was refused; check --reporter, --partner and --years"
    return "the service failed; retry later"


def progress(message: str) -> None:
    """Progress of a long pull, on stderr so stdout stays the summary."""
    print(message, file=sys.stderr, flush=True)
