#!/usr/bin/env python3
"""The fault drill's patients (bench/faults/README.md): submits N leads to the lead API, C at a time, each with its
own Idempotency-Key and phone, and retries each (same key, same body) after a 503, a timeout or a refused connection
until it gets 201, as docs/api.md asks of a client. Writes one line per lead: key, reference, attempts, statuses."""
import concurrent.futures
import json
import sys
import time
import urllib.error
import urllib.request
import uuid

BASE, COUNT, CONCURRENCY, OUT, OFFSET = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
ANSWERS = json.load(open(sys.argv[6]))


def submit(index):
    key = str(uuid.uuid4())
    body = json.dumps({"answers": ANSWERS,
                       "contact": {"full_name": "Drill Patient", "phone": "139%08d" % (OFFSET + index),
                                   "email": "drill%d@example.invalid" % (OFFSET + index), "preferred_language": "zh"},
                       "consent": {"prescreen": True, "future": False}}).encode()
    statuses = []
    first = None
    started = time.time()
    while time.time() - started < 600:
        request = urllib.request.Request(BASE + "/api/studies/NCT06106906/leads", data=body, method="POST",
                                         headers={"Content-Type": "application/json", "Idempotency-Key": key})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                statuses.append(answer.status)
                return {"key": key, "reference": json.load(answer)["reference"], "statuses": statuses,
                        "first": first or [answer.status, round(time.time() - started, 2)],
                        "seconds": round(time.time() - started, 1)}
        except urllib.error.HTTPError as e:
            statuses.append(e.code)
            first = first or [e.code, round(time.time() - started, 2),
                              e.headers.get("Content-Type"), e.headers.get("Retry-After")]
            if e.code != 503:
                return {"key": key, "reference": None, "statuses": statuses, "body": e.read().decode()[:200]}
            time.sleep(min(int(e.headers.get("Retry-After", "2")), 2))
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            statuses.append("down")
            time.sleep(1)
    return {"key": key, "reference": None, "statuses": statuses}


with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool, open(OUT, "w") as out:
    for result in pool.map(submit, range(COUNT)):
        out.write(json.dumps(result) + "\n")
