"""HTTP client for the UN Comtrade API v1, on `requests` with a `requests-cache` disk cache.

- Without COMTRADE_API_KEY it uses the public preview endpoints (500 records a call); with
  it, the data endpoints. The key travels in a header, so it never appears in a URL, the
  cache key, a log line or an error message.
- COMTRADE_BASE_URL overrides the host (tests point it at a local fake server).
- The base URL must be https (plain http only to loopback); redirects are never followed,
  so the key cannot travel to another host.
- 429, 5xx and timeouts are retried with exponential backoff, honouring Retry-After up to a
  cap, within a time budget per call; each answer must arrive whole within a deadline.
  Waits are announced on stderr.
- Responses are cached with requests-cache's JSON serializer (never pickle) in a private
  folder (0700, database 0600). offline=True answers only from the cache; no_cache=True
  neither reads nor writes it.
"""

import contextlib
import email.utils
import ipaddress
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import requests
import requests_cache
from requests.adapters import HTTPAdapter

DEFAULT_BASE_URL = "https://comtradeapi.un.org"
KEY_HEADER = "Ocp-Apim-Subscription-Key"
PREVIEW_LIMIT = 500
KEYED_LIMIT = 100_000  # kept well under the API's 250k so one call stays small
RETRY_STATUSES = {429, 500, 502, 503, 504}
CACHE_FOLDER = "comtrade"  # inside the --cache folder; made 0700, its database 0600
CACHE_FILE = "responses.sqlite"
CLEAR_HINT = "run `ledger refresh --no-cache` to ask again or `ledger cache clear` to empty it"


class ComtradeError(RuntimeError):
    """A refresh cannot go on; the message says why and what to do."""


class SlowAnswer(requests.Timeout):
    """The whole answer did not arrive within the deadline (a trickling server)."""


class DeadlineAdapter(HTTPAdapter):
    """Reads each answer within a wall-clock deadline, not only a timeout per read: a server
    sending one byte every few seconds is cut off at `deadline` (plus one read timeout)."""

    def __init__(self, deadline: float, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(max_retries=0)
        self.deadline = deadline
        self.clock = clock

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        started = self.clock()
        response = super().send(
            request, stream=True, timeout=timeout, verify=verify, cert=cert, proxies=proxies
        )
        chunks = []
        try:
            while True:
                if self.clock() - started > self.deadline:
                    raise SlowAnswer(f"the answer took longer than {self.deadline:g} s")
                chunk = response.raw.read1(65536, decode_content=True)
                if not chunk:
                    break
                chunks.append(chunk)
        except SlowAnswer:
            response.close()
            raise
        except Exception as err:  # a reset or a read timeout halfway through the body
            response.close()
            raise requests.ConnectionError(f"the answer was cut off ({err})") from None
        response._content = b"".join(chunks)
        response._content_consumed = True
        return response


def cache_database(folder: Path | None) -> Path:
    """Where the response cache lives inside `--cache` (the folder is made private)."""
    if folder is None:
        raise ComtradeError("no cache folder given; pass --cache DIR or use --no-cache")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ComtradeError(
            f"--cache {folder} is not a folder; name a folder for the response cache, "
            "or use --no-cache to ask the server every time"
        )
    private = folder / CACHE_FOLDER
    try:
        private.mkdir(parents=True, exist_ok=True, mode=0o700)
        private.chmod(0o700)
        database = private / CACHE_FILE
        handle = os.open(database, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(handle)
        database.chmod(0o600)
    except OSError as err:
        raise ComtradeError(
            f"--cache {folder}: cannot create the response cache ({err.strerror}); "
            "name a writable folder"
        ) from None
    return database


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_base_url(url: str) -> str:
    """https only; plain http only to this machine (the tests' fake server)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return url.rstrip("/")
    raise ComtradeError(
        f"COMTRADE_BASE_URL {url!r} is refused: the key and the data travel only over https "
        "(plain http only to 127.0.0.1 or localhost)"
    )


class ComtradeClient:
    def __init__(
        self,
        cache_path: Path,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        offline: bool = False,
        no_cache: bool = False,
        retries: int = 4,
        backoff_seconds: float = 1.0,
        timeout_seconds: float = 30.0,
        deadline_seconds: float = 120.0,
        retry_after_cap: float = 60.0,
        retry_budget_seconds: float = 180.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        record_limit: int | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        self.base_url = checked_base_url(
            base_url or os.environ.get("COMTRADE_BASE_URL") or DEFAULT_BASE_URL
        )
        self._key = api_key if api_key is not None else os.environ.get("COMTRADE_API_KEY", "")
        if offline and no_cache:
            raise ComtradeError("--offline reads only the cache; it cannot go with --no-cache")
        self.offline = offline
        self.no_cache = no_cache
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self.timeout_seconds = timeout_seconds
        self.retry_after_cap = retry_after_cap
        self.retry_budget_seconds = retry_budget_seconds
        self.sleep = sleep
        self.clock = clock
        self.say = say or progress
        self.calls = 0  # requests that reached the network (cache misses)
        self._limit = record_limit
        # --no-cache: nothing read from or written to disk (an in-memory cache for this run).
        self.cache_file = None if no_cache else cache_database(cache_path)
        try:
            self.session = requests_cache.CachedSession(
                str(self.cache_file or "comtrade"),
                backend="memory" if no_cache else "sqlite",
                serializer="json",  # never pickle: a planted cache entry cannot run code
                allowable_codes=(200,),
                allowable_methods=("GET",),
                expire_after=requests_cache.NEVER_EXPIRE,
                match_headers=False,
                # Stored requests keep no key: requests-cache redacts these from what it saves.
                ignored_parameters=[KEY_HEADER, "subscription-key"],
            )
        except sqlite3.DatabaseError as err:
            raise ComtradeError(
                f"the response cache {self.cache_file} cannot be read ({err}); {CLEAR_HINT}"
            ) from None
        adapter = DeadlineAdapter(deadline_seconds, clock)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

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
        where = self.describe(path, params)
        started = self.clock()
        for attempt in range(self.retries + 1):
            try:
                response = self._get(path, params)
            except (requests.Timeout, requests.ConnectionError) as err:
                reason = str(err) if isinstance(err, SlowAnswer) else type(err).__name__
                if attempt == self.retries:
                    raise ComtradeError(
                        f"{where}: no answer after {attempt + 1} tries ({reason}); check the "
                        "connection or retry later, or use --offline to work from the cache"
                    ) from None
                self._pause(where, reason, self.backoff_seconds * 2**attempt, attempt, started)
                continue
            if not getattr(response, "from_cache", False):
                self.calls += 1
            status = response.status_code
            if status == 504 and self.offline:
                raise ComtradeError(
                    f"{where}: not in the cache; run the refresh online once (without --offline)"
                )
            if 300 <= status < 400:
                target = urlsplit(response.headers.get("Location", "")).hostname or "elsewhere"
                raise ComtradeError(
                    f"{where}: the server redirected to {target}; redirects are not followed "
                    "(the key would go with them): set COMTRADE_BASE_URL to the final address"
                )
            if status in RETRY_STATUSES and attempt < self.retries:
                reason = f"HTTP {status}"
                self._pause(where, reason, self._wait(response, attempt), attempt, started)
                continue
            if status != 200:
                raise ComtradeError(
                    f"{where}: HTTP {status} {_reason(response)}; {_advice(status)}"
                )
            try:
                return response.json()
            except (json.JSONDecodeError, ValueError):
                self.forget(path, params)
                raise ComtradeError(
                    f"{where}: the response is not valid JSON "
                    f"({len(response.content)} bytes, cut short?); retry later"
                ) from None
        raise AssertionError("unreachable")

    def _get(self, path: str, params: dict[str, str]) -> requests.Response:
        headers = {KEY_HEADER: self._key} if self._key else {}
        try:
            return self.session.get(
                self.base_url + path,
                params=params,
                headers=headers,
                timeout=self.timeout_seconds,
                allow_redirects=False,  # a redirect to another host would carry the key
                only_if_cached=self.offline,
            )
        except sqlite3.DatabaseError as err:
            raise ComtradeError(
                f"the response cache {self.cache_file} cannot be read ({err}); {CLEAR_HINT}"
            ) from None

    def _pause(self, where: str, reason: str, wait: float, attempt: int, started: float) -> None:
        """Wait before the next try, within the retry budget of one call; say so on stderr."""
        spent = self.clock() - started
        if spent + wait > self.retry_budget_seconds:
            raise ComtradeError(
                f"{where}: gave up after {attempt + 1} tries in {spent:.0f} s ({reason}); the "
                f"next wait ({wait:.0f} s) would pass the {self.retry_budget_seconds:.0f} s "
                "allowed per call; retry later"
            )
        self.say(f"  {reason}: waiting {wait:.0f} s before try {attempt + 2} of {self.retries + 1}")
        self.sleep(wait)

    def forget(self, path: str, params: dict[str, str]) -> None:
        """Drop a cached answer that failed validation, so the next refresh asks again."""
        request = requests.Request("GET", self.base_url + path, params=params).prepare()
        with contextlib.suppress(sqlite3.DatabaseError):  # reported by the next read
            self.session.cache.delete(requests=[request])

    def _wait(self, response: requests.Response, attempt: int) -> float:
        """Retry-After (seconds or an HTTP date), capped; else exponential backoff."""
        return min(self.retry_after_cap, retry_after(response, self.backoff_seconds * 2**attempt))

    def describe(self, path: str, params: dict[str, str]) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        return f"UN Comtrade {path} ({shown})"


def retry_after(response: requests.Response, default: float) -> float:
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value) if len(value) < 20 else float("inf")
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return default
    if moment is None:
        return default
    if moment.tzinfo is None:
        return default
    return max(0.0, moment.timestamp() - time.time())


def clear_cache(folder: Path) -> tuple[Path, bool]:
    """Remove the response cache under `folder`; (its path, whether there was one)."""
    private = Path(folder) / CACHE_FOLDER
    if not private.exists():
        return private, False
    for path in sorted(private.iterdir()):
        path.unlink()
    private.rmdir()
    return private, True


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
