#!/usr/bin/env python3
"""SQL side of P3 and the stored-leads check of P4 (bench/run).
  queue_sql.py split CAPTURE GENERAL_TSV PREFIX   the portal's SELECTs during each phase of one captured queue
                                                  round (from MariaDB's general log) into PREFIX-<phase>.sql
  queue_sql.py merge ROUND PREFIX                 one JSON line: the round's portal times and, per phase, the
                                                  summed SHOW PROFILES durations of PREFIX-<phase>.profile
  queue_sql.py stored OUT BEFORE AFTER LEADS      P4: references answered 201 (OUT/p4-refs-*.txt) against the
                                                  stored leads (LEADS: reference and phone a line)"""
import collections
import glob
import json
import sys

PHASES = ("open", "name", "phone")
MARGIN = 50


def unescape(text):
    # mariadb -B escapes \\, \n, \t and \0
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\0", "\0").replace("\\\\", "\\")


def split(capture, general, prefix):
    at = json.load(open(capture))["at"]
    rows = []
    for line in open(general, encoding="utf-8"):
        millis, _, statement = line.rstrip("\n").partition("\t")
        rows.append((int(millis), unescape(statement)))
    for phase in PHASES:
        start, end = at[phase]
        # the general log's event_time has microseconds, the same clock as the browser's: the phase's own
        # statements only (a margin of MARGIN ms), SELECTs on leads only. A wider window took in the sign-in's
        # dashboard queries and the default view the search box's clearing asks for, 1 s before a search
        chosen = [s for t, s in rows if start - MARGIN <= t <= end + MARGIN
                  and s.lstrip().lower().startswith("select") and "leads" in s.lower()]
        with open(f"{prefix}-{phase}.sql", "w", encoding="utf-8") as out:
            for statement in chosen:
                out.write(statement.rstrip().rstrip(";") + ";\n")
        print(f"P3 {phase}: {len(chosen)} statements", file=sys.stderr)


def merge(round_file, prefix):
    own = json.load(open(round_file))
    result = {phase: own[phase] for phase in PHASES}
    for phase in PHASES:
        lines = open(f"{prefix}-{phase}.profile", encoding="utf-8").read().split("PROFILES\n", 1)[1].splitlines()
        total = 0.0
        for line in lines:
            parts = line.split("\t")
            if len(parts) >= 3 and parts[2].lstrip().lower().startswith("select") and "PROFILES" not in parts[2]:
                total += float(parts[1])
        result[phase + "_sql"] = round(total * 1000, 1)
    print(json.dumps(result))


def stored(out, before, after, leads):
    answered = [r.strip() for f in glob.glob(f"{out}/p4-refs-*.txt") for r in open(f) if r.strip()]
    rows = [line.rstrip("\n").split("\t") for line in open(leads) if line.strip()]
    references = collections.Counter(r[0] for r in rows)
    phones = collections.Counter(r[1] for r in rows)
    lost = sum(1 for r in answered if r not in references)
    doubled = sum(c - 1 for c in phones.values() if c > 1)
    print(f"{'P4 leads stored':<58} {int(after) - int(before)} new leads; {len(answered)} answered 201; "
          f"lost {lost}; stored twice {doubled} (answered 201 but missing / same phone twice)")


if __name__ == "__main__":
    {"split": split, "merge": merge, "stored": stored}[sys.argv[1]](*sys.argv[2:])
