#!/usr/bin/env python3
"""Writes a prerequisite chain: step i needs the skill step i-1 grants, the goal needs the last.

    python3 tests/support/make_chain_catalog.py --steps 10000 --out /tmp/chain

makes /tmp/chain/catalog.json and /tmp/chain/profile.json (goal "end", start 2027-01-04). With
--rivals each step also has a dearer second way to its skill, so the chain is not the only plan.
"""
import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rivals", action="store_true")
    a = ap.parse_args()
    skills = [{"id": f"s{i}", "name": f"Step {i}"} for i in range(a.steps)]
    creds = []
    for i in range(a.steps):
        ways = [("", 100 + i % 7, 10 + i % 5)]
        if a.rivals:
            ways.append(("b", 150 + i % 11, 8 + i % 3))
        for suffix, cost, hours in ways:
            c = {"id": f"c{i}{suffix}", "title": f"Step {i}{suffix}", "provider": "Chain School", "cost": cost, "hours": hours,
                 "pace": {"kind": "self"}, "grants": [{"skill": f"s{i}", "level": 1}]}
            if i > 0:
                c["requires"] = f"skill:s{i - 1}@1"
            creds.append(c)
    catalog = {"format": "cairn-catalog", "version": 1, "name": f"Chain of {a.steps}", "currency": "USD",
               "skills": skills, "credentials": creds,
               "goals": [{"id": "end", "kind": "career", "title": "End of the chain",
                          "requires": f"skill:s{a.steps - 1}@1"}]}
    profile = {"format": "cairn-profile", "version": 1, "name": "Chain learner", "goal": "end", "skills": [],
               "completed": [], "hours_per_week": 10, "start": "2027-01-04"}
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "catalog.json"), "w") as f:
        json.dump(catalog, f)
    with open(os.path.join(a.out, "profile.json"), "w") as f:
        json.dump(profile, f)


if __name__ == "__main__":
    main()
