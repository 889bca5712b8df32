#!/usr/bin/env python3
"""The fault drill's figures (bench/faults/README.md) from its work directory: the clients' results per phase
(*.jsonl), the leads in the database (leads.txt), the outbox (outbox.txt), the mails the SMTP sink received
(mails.jsonl) and the measured times (timings.txt). Prints Markdown."""
import collections
import json
import sys

work = sys.argv[1]
stored = open(f"{work}/leads.txt").read().split()
phases = ["jvm-kill", "db-kill", "db-kill-probe", "db-stall", "db-stall-probe", "smtp-down"]
print("| phase | submissions | stored (201) | retried by the client | answers seen |")
print("| --- | --- | --- | --- | --- |")
confirmed = []
for phase in phases:
    results = [json.loads(line) for line in open(f"{work}/{phase}.jsonl")]
    references = [r["reference"] for r in results if r["reference"]]
    confirmed += references
    statuses = collections.Counter(str(s) for r in results for s in r["statuses"])
    print(f"| {phase} | {len(results)} | {len(references)} | {sum(1 for r in results if len(r['statuses']) > 1)} | "
          + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())) + " |")
mails = [json.loads(line) for line in open(f"{work}/mails.jsonl")]
ids = collections.Counter(m["message_id"] for m in mails)
site = collections.Counter(r for m in mails if "site@example.invalid" in m["to"] for r in stored if r in m["subject"])
patient = collections.Counter(r for m in mails if "site@example.invalid" not in m["to"] for r in stored
                              if r in m["subject"])


def spread(counts):
    leads = set(stored)
    return (f"once {sum(1 for r in leads if counts[r] == 1)}, never {sum(1 for r in leads if counts[r] == 0)}, "
            f"more than once {sum(1 for r in leads if counts[r] > 1)}")


print()
print(f"- leads in the database: {len(stored)} ({len(set(stored))} distinct); submissions answered 201: "
      f"{len(confirmed)}; lost: {len(set(confirmed) - set(stored))}; stored twice: {len(stored) - len(set(stored))}")
print(f"- mails received: {len(mails)}, the same Message-ID twice: {sum(1 for c in ids.values() if c > 1)}; "
      f"site mail per lead: {spread(site)}; patient confirmation per lead: {spread(patient)}")
print("- outbox at the end: " + ", ".join(line.replace("\t", " ") for line in open(f"{work}/outbox.txt").read().split("\n") if line))
for line in open(f"{work}/timings.txt"):
    print(f"- {line.strip()}")
