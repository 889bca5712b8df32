#!/usr/bin/env python3
"""Figures and ratios of bench/run from its raw JSON lines (one object a line).
  report.py paint FILE          P1: medians per page and profile; the ratio portal/static taken pair by pair
  report.py ratios FILE A B ... medians of fields A, B..., and of A/B per line (P3, P5, P6)
  report.py wrk FILE            P4: per endpoint medians over the rounds; submit rate / evaluate and / health
A ratio is the median of the per-pair ratios, each pair measured one right after the other."""
import collections
import json
import statistics
import sys


def lines(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.startswith("{")]


def med(values):
    return statistics.median(values) if values else float("nan")


def row(name, figure):
    print(f"{name:<58} {figure}")


def paint(path):
    runs = collections.defaultdict(list)
    for o in lines(path):
        runs[(o["profile"], o["label"])].append(o)
    for (profile, label), own in sorted(runs.items()):
        if label.startswith("static"):
            continue
        peer = runs.get((profile, "static-" + label), [])
        for field, what in (("fcp", "first contentful paint"), ("h1", "h1 visible")):
            ratios = [a[field] / b[field] for a, b in zip(own, peer) if b[field]]
            row(f"P1 {label} {profile}: {what}",
                f"{med([o[field] for o in own]):.0f} ms; static copy {med([o[field] for o in peer]):.0f} ms; "
                f"ratio {med(ratios):.2f}x (n={len(ratios)})")
        row(f"P1 {label} {profile}: bytes, requests",
            f"{med([o['bytes'] for o in own]) / 1000:.0f} KB in {med([o['requests'] for o in own]):.0f}; "
            f"static copy {med([o['bytes'] for o in peer]) / 1000:.0f} KB in {med([o['requests'] for o in peer]):.0f}")


def ratios(path, name, own, peer, *others):
    data = lines(path)
    for field in (own, *others):
        values = [o[field] for o in data]
        r = [o[field] / o[peer] for o in data if o[peer]]
        row(f"{name} {field}", f"median {med(values):.0f} ms, p95 {percentile(values, 95):.0f}; "
            f"{peer} {med([o[peer] for o in data]):.0f} ms; ratio {med(r):.2f}x (n={len(r)})")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)] if ordered else float("nan")


def wrk(path):
    data = lines(path)
    by = collections.defaultdict(list)
    for o in data:
        by[o["endpoint"]].append(o)
    for endpoint, runs in by.items():
        statuses = collections.Counter()
        for o in runs:
            statuses.update(o["statuses"])
        row(f"P4 {endpoint}", f"{med([o['rate'] for o in runs]):.0f}/s, p50 {med([o['p50'] for o in runs]):.0f} ms, "
            f"p95 {med([o['p95'] for o in runs]):.0f}, p99 {med([o['p99'] for o in runs]):.0f}; "
            f"errors (non-2xx, socket) {sum(o['errors'] for o in runs)}; answers {dict(statuses)} ({len(runs)} rounds)")
    for peer in ("evaluate", "health"):
        r = [s["rate"] / p["rate"] for s, p in zip(by["submit"], by[peer]) if p["rate"]]
        row(f"P4 submit/{peer} throughput", f"ratio {med(r):.2f}")


if __name__ == "__main__":
    {"paint": paint, "ratios": ratios, "wrk": wrk}[sys.argv[1]](*sys.argv[2:])
