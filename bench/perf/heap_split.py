#!/usr/bin/env python3
"""P2's check: byte arrays also belong to caches and buffers that come and go between two histograms, so the
growth per session of every other class, and of byte arrays, printed apart.  heap_split.py OUT N"""
import sys

out, n = sys.argv[1], int(sys.argv[2])


def read(name):
    sizes = {}
    for line in open(f"{out}/p2-{name}.hist"):
        parts = line.split()
        if len(parts) >= 4 and parts[0].endswith(":"):
            sizes[parts[3]] = int(parts[2])
    return sizes


base, study, prescreen = read("base"), read("study"), read("prescreen")
for name, before, after in (("questionnaire", study, prescreen), ("study-page", base, study)):
    other = sum(v - before.get(c, 0) for c, v in after.items() if c != "[B") / n / 1024
    arrays = (after.get("[B", 0) - before.get("[B", 0)) / n / 1024
    print(f"{'P2 ' + name + ' session: all classes but byte[] | byte[]':<58} {other:.0f} KiB | {arrays:.0f} KiB (n={n})")
