#!/usr/bin/env python3
"""Reads numbers, one a line, and prints: median p95 min max count (nearest-rank p95)."""
import math
import statistics
import sys

values = sorted(float(line) for line in sys.stdin if line.strip())
if not values:
    print("nan nan nan nan 0")
    sys.exit()
p95 = values[max(0, math.ceil(0.95 * len(values)) - 1)]
print(f"{statistics.median(values):.1f} {p95:.1f} {values[0]:.1f} {values[-1]:.1f} {len(values)}")
