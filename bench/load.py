"""The fault benchmark's visitors (bench/faults.py): concurrent clients on keep-alive connections requesting a mix of
pages, searches and form posts, every request recorded, and the summary of one fault's window."""

import http.client
import itertools
import random
import re
import statistics
import threading
import time
import urllib.parse

from local_servers import LOOPBACK

# What one visitor request is: weights of the mix.
MIX = {"home": 20, "chapter": 20, "plan": 15, "search": 15, "library": 10, "form": 10}
SEARCHES = ["gender", "policy", "training", "women", "digital", "égalité", "genre", "formation"]


class Load:
    """`clients` threads requesting the mix until stopped; every request is recorded with its start and outcome."""

    def __init__(self, stack, clients, timeout):
        self.stack, self.clients, self.timeout = stack, clients, timeout
        self.visitors = itertools.count(1)
        self.records = []  # (started, seconds, outcome, kind): outcome an HTTP status, "timeout" or "error"
        self.stopping = threading.Event()

    def run(self, seconds, events):
        """Load for `seconds`; `events` is [(at seconds, callable)], run in this thread meanwhile."""
        self.stopping.clear()
        threads = [threading.Thread(target=self._client, args=(n,), daemon=True) for n in range(self.clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for at, action in events:
            time.sleep(max(0.0, began + at - time.monotonic()))
            action()
        time.sleep(max(0.0, began + seconds - time.monotonic()))
        self.stopping.set()
        for thread in threads:
            thread.join(self.timeout + 5)
        return began

    def _client(self, number):
        rng = random.Random(number * 7919 + len(self.records))
        connection = [None, False]  # the connection and whether it has been used
        urls = self.stack.urls
        while not self.stopping.is_set():
            kind = rng.choices(list(MIX), list(MIX.values()))[0]
            if kind == "search":
                language = rng.choice(["en", "fr"])
                self._request(
                    connection, kind, "GET", f"/{language}/search/?q={urllib.parse.quote(rng.choice(SEARCHES))}"
                )
            elif kind == "form":
                self._post_form(connection)
            else:
                self._request(connection, kind, "GET", rng.choice(urls[kind]))

    def _post_form(self, connection):
        url = self.stack.urls["form"]
        answer = self._request(connection, "form page", "GET", url)
        if answer is None or answer[0] != 200:
            return
        status, headers, body = answer
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        cookie = re.search(r"csrftoken=([^;]+)", headers.getheader("Set-Cookie") or "")
        if not token or not cookie:
            self.records.append((time.monotonic(), 0.0, "no CSRF token", "form post"))
            return
        data = {**self.stack.urls["form_data"], "csrfmiddlewaretoken": token.group(1).decode()}
        origin = f"https://{LOOPBACK}:{self.stack.site.port}"
        self._request(connection, "form post", "POST", url, urllib.parse.urlencode(data), {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={cookie.group(1)}",
            "Referer": origin + url, "Origin": origin})  # fmt: skip

    def _request(self, connection, kind, method, path, body=None, headers=None):
        visitor = next(self.visitors)
        headers = {"X-Forwarded-Proto": "https", "X-Forwarded-For": f"10.{visitor >> 16 & 255}.{visitor >> 8 & 255}."
                   f"{visitor & 255}", "Accept-Language": "en", **(headers or {})}  # fmt: skip
        began = time.monotonic()
        for attempt in (1, 2):
            if connection[0] is None:
                connection[:] = [
                    http.client.HTTPConnection(LOOPBACK, self.stack.site.port, timeout=self.timeout),
                    False,
                ]
            reused = connection[1]
            try:
                connection[0].request(method, path, body=body, headers=headers)
                response = connection[0].getresponse()
                content = response.read()
            except TimeoutError:
                self._close(connection)
                self.records.append((began, time.monotonic() - began, "timeout", kind))
                return None
            except (http.client.RemoteDisconnected, ConnectionError, http.client.HTTPException, OSError) as error:
                self._close(connection)
                if reused and attempt == 1 and not isinstance(error, TimeoutError):
                    self.records.append((began, 0.0, "resent", kind))
                    continue
                self.records.append((began, time.monotonic() - began, "error", kind))
                return None
            connection[1] = True
            if response.getheader("Connection", "").lower() == "close":
                self._close(connection)
            outcome = response.status
            if outcome == 503 and response.getheader("Retry-After"):
                outcome = "503+Retry-After"
            self.records.append((began, time.monotonic() - began, outcome, kind))
            return response.status, response, content
        return None

    @staticmethod
    def _close(connection):
        if connection[0] is not None:
            connection[0].close()
        connection[:] = [None, False]


def summarise(records, began, window, healed_at):
    rows = [record for record in records if began <= record[0] < began + window]
    answered = [r for r in rows if r[2] != "resent"]
    statuses = [r[2] for r in answered]

    def failed(outcome):
        return outcome in ("timeout", "error") or str(outcome).startswith("5")

    latencies = sorted(r[1] * 1000 for r in answered if isinstance(r[2], int) or r[2] == "503+Retry-After")
    last_failure = max((r[0] + r[1] for r in answered if failed(r[2]) and r[0] + r[1] >= healed_at), default=None)
    return {
        "requests": len(answered),
        "2xx/3xx": sum(isinstance(s, int) and s < 400 for s in statuses),
        "4xx": sum(isinstance(s, int) and 400 <= s < 500 for s in statuses),
        "5xx": sum(isinstance(s, int) and s >= 500 for s in statuses) + statuses.count("503+Retry-After"),
        "503+Retry-After": statuses.count("503+Retry-After"),
        "timeouts": statuses.count("timeout"),
        "errors": statuses.count("error") + statuses.count("no CSRF token"),
        "resent": sum(r[2] == "resent" for r in rows),
        "form posts 2xx/3xx": sum(r[3] == "form post" and isinstance(r[2], int) and r[2] < 400 for r in answered),
        "p50 ms": round(statistics.median(latencies)) if latencies else None,
        "p95 ms": round(latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]) if latencies else None,
        "recovery s": round(max(0.0, last_failure - healed_at), 1) if last_failure else 0.0,
    }
