#!/usr/bin/env python3
"""Sums up the start-up steps a start wrote with -Dlimber.startup.steps=<file> (see LimberApplication).

Usage: bench/startup-steps.py <file> [how many, default 30]

Prints the steps that took the most time themselves ("self": the step's time minus that of the steps inside it,
e.g. creating the entity manager factory without the beans it asked for on the way), then the total. Wall-clock
milliseconds on the main thread: compare starts taken one after the other on the same machine, not across machines.
"""
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    steps = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 4:
            continue
        millis = int(fields[2]) / 1e6
        steps[fields[0]] = {"parent": fields[1], "total": millis, "self": millis, "name": fields[3],
                            "tags": fields[4] if len(fields) > 4 else ""}
    for step in steps.values():
        parent = steps.get(step["parent"])
        if parent is not None:
            parent["self"] -= step["total"]
    print(f"{'self ms':>9} {'total ms':>9}  step")
    for step in sorted(steps.values(), key=lambda s: -s["self"])[:limit]:
        print(f"{step['self']:9.1f} {step['total']:9.1f}  {step['name']} {step['tags'][:110]}")
    print(f"{sum(s['self'] for s in steps.values()):9.1f} {'':9}  all {len(steps)} steps")


if __name__ == "__main__":
    main()
