#!/usr/bin/env python3
"""The classes whose live bytes grew most between two class histograms (jcmd GC.class_histogram), per session.
  histdiff.py BEFORE AFTER SESSIONS [TOP]"""
import sys


def read(path):
    sizes = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 4 and parts[0].endswith(":"):
            sizes[parts[3]] = (int(parts[1]), int(parts[2]))
    return sizes


before, after = read(sys.argv[1]), read(sys.argv[2])
n, top = int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 25
grown = sorted(((after[c][1] - before.get(c, (0, 0))[1], after[c][0] - before.get(c, (0, 0))[0], c) for c in after),
               reverse=True)
for size, count, name in grown[:top]:
    print(f"{size / n / 1024:8.1f} KiB {count / n:8.1f} objects  {name}")
