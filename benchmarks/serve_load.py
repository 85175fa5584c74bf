"""sessionspec serve under load: many players at once on loopback.

    pip install -e '.[serve]' && python benchmarks/serve_load.py [--players 200] [--pings 20]

Starts ``sessionspec serve --port 0`` as its own process, then runs the players in threads,
each on its own keep-alive connection: a sessionStart, play, pings every 10 s of player time
with an ad break (adBreakStart, adStart, ad pings, adComplete, adBreakComplete) in the middle,
and sessionEnd. Prints calls per second and the latency of a call (p50, p99, max), then checks
that the server holds exactly what each player sent, in order, under the player's own session:
no call lost, none given to another session.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
from typing import Any

START_TS = 1_700_000_000_000


def session_calls(player: int, pings: int) -> list[dict[str, Any]]:
    """The events of one player's session, after its sessionStart."""
    ts = START_TS + player
    calls: list[dict[str, Any]] = [{"eventType": "play", "playerTime": {"playhead": 0, "ts": ts}}]
    playhead = 0
    for n in range(pings):
        ts += 10_000
        playhead += 10
        if n == pings // 2:
            pod = {
                "media.ad.podFriendlyName": "mid",
                "media.ad.podIndex": 1,
                "media.ad.podSecond": playhead,
            }
            ad = {
                "media.ad.id": f"ad-{player}",
                "media.ad.name": "ad",
                "media.ad.length": 15,
                "media.ad.podPosition": 1,
                "media.ad.playerName": "bench",
            }
            calls += [
                {
                    "eventType": "adBreakStart",
                    "playerTime": {"playhead": playhead, "ts": ts},
                    "params": pod,
                },
                {
                    "eventType": "adStart",
                    "playerTime": {"playhead": playhead, "ts": ts + 1},
                    "params": ad,
                },
                {"eventType": "ping", "playerTime": {"playhead": playhead, "ts": ts + 10_001}},
                {
                    "eventType": "adComplete",
                    "playerTime": {"playhead": playhead, "ts": ts + 15_001},
                },
                {
                    "eventType": "adBreakComplete",
                    "playerTime": {"playhead": playhead, "ts": ts + 15_002},
                },
                {"eventType": "play", "playerTime": {"playhead": playhead, "ts": ts + 15_003}},
            ]
            ts += 15_003
        calls.append({"eventType": "ping", "playerTime": {"playhead": playhead, "ts": ts}})
    calls.append({"eventType": "sessionEnd", "playerTime": {"playhead": playhead, "ts": ts + 1}})
    return calls


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--players", type=int, default=200)
    options.add_argument("--pings", type=int, default=20)
    args = options.parse_args()

    import sessionspec

    start_body = sessionspec.schema()["examples"][0]
    server = subprocess.Popen(
        [sys.executable, "-m", "sessionspec", "serve", "--port", "0", "--isolated"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    host, port = url.removeprefix("http://").split(":")
    latencies: list[float] = []
    sent: dict[str, list[bytes]] = {}
    failures: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(args.players)

    def player(number: int) -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        own: list[float] = []
        start = {**start_body, "playerTime": {"playhead": 0, "ts": START_TS + number}}
        bodies = [json.dumps(start).encode()]
        bodies += [json.dumps(body).encode() for body in session_calls(number, args.pings)]
        barrier.wait()  # every player at once
        path = "/api/v1/sessions"
        sid = ""
        for index, body in enumerate(bodies):
            began = time.perf_counter()
            connection.request("POST", path, body, {"Content-Type": "application/json"})
            answer = connection.getresponse()
            answer.read()
            own.append(time.perf_counter() - began)
            if index == 0:
                sid = answer.getheader("Location", "").rsplit("/", 1)[-1]
                path = f"/api/v1/sessions/{sid}/events"
            elif answer.status != 204:
                with lock:
                    failures.append(f"player {number} call {index}: {answer.status}")
        connection.close()
        with lock:
            latencies.extend(own)
            sent[sid] = bodies

    threads = [threading.Thread(target=player, args=(n,)) for n in range(args.players)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began

    held: dict[str, list[bytes]] = {}
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    for sid in sent:
        connection.request("GET", f"/_sessionspec/sessions/{sid}")
        session = json.loads(connection.getresponse().read())
        held[sid] = [json.dumps(call["body"]).encode() for call in session["calls"]]
    connection.close()
    server.terminate()
    server.wait(timeout=30)

    calls = len(latencies)
    ordered = sorted(latencies)
    rate = calls / elapsed
    print(f"{args.players} players, {calls:,} calls in {elapsed:.2f} s: {rate:,.0f} calls/s")
    print(
        f"latency of a call: p50 {statistics.median(ordered) * 1e3:.1f} ms,"
        f" p99 {ordered[int(len(ordered) * 0.99)] * 1e3:.1f} ms, max {ordered[-1] * 1e3:.1f} ms"
    )
    lost = sum(len(bodies) for bodies in sent.values()) - sum(len(b) for b in held.values())
    misplaced = [sid for sid, bodies in sent.items() if held.get(sid) != bodies]
    print(f"sessions {len(held)}; calls not held {lost}; sessions not as sent {len(misplaced)}")
    print(f"answers other than 204 to a valid event: {len(failures)}")
    if len(held) != args.players or lost or misplaced or failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
