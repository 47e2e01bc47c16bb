#!/usr/bin/env python3
"""Writes a deterministic synthetic registry of N partners for benchmarks.

Usage: generate.py N OUT_DIR [--layout files|single|split] [--seed S] [--v11]
  files:  OUT_DIR/partners/<id>.yaml, one partner each, and OUT_DIR/coordinating-group.yaml
  single: OUT_DIR/registry.yaml, every partner and the Group as documents of one file
  split:  OUT_DIR/partners.yaml, every partner, beside OUT_DIR/coordinating-group.yaml
Partners are valid (the registry validates without errors), spread over the eight categories, with
realistic actions, and seat a full 34-member Coordinating Group.
--v11 adds the state of format v1.1: one synthetic partner in 20 is a declined application (with an
`applied` date and a `decision`), one in 10 gives `applied`, `country` and two focal points
(`contacts`), and the government co-chair hands over to another government member by dated `roles`.
"""
import os
import random
import sys

COUNTRIES = ["AR", "AU", "BD", "BE", "BR", "CA", "CL", "CN", "CO", "DE", "DK", "EG", "ES", "ET", "FI", "FR", "GB", "GH",
             "ID", "IN", "IT", "JO", "JP", "KE", "KR", "MA", "MX", "NG", "NL", "NO", "NZ", "PE", "PH", "PK", "PL", "PT",
             "SE", "SN", "TH", "TN", "TZ", "UG", "US", "VN", "ZA", "ZM"]
DOMAINS = ["inequality", "labour-rights", "employment", "protection", "just-transitions", "social-dialogue"]
PRIORITIES = ["employment-and-social-protection", "reducing-inequalities", "multilateral-priorities", "social-dialogue"]
WORDS = ["social", "protection", "decent", "work", "youth", "skills", "informal", "economy", "care", "wages", "safety",
         "health", "women", "migrant", "rural", "green", "digital", "platform", "union", "dialogue", "pensions"]
REGION = {"KE": "africa", "NG": "africa", "ZA": "africa", "BR": "americas", "CL": "americas", "MX": "americas",
          "ID": "asia-pacific", "PH": "asia-pacific", "JO": "asia-pacific", "ES": "europe", "DE": "europe", "FR": "europe"}


V11 = "--v11" in sys.argv


def v11_keys(i, rng):
    """The keys of format v1.1 a synthetic partner carries (--v11), as lines."""
    if not V11 or i == 0:
        return None, []
    if i % 20 == 0:
        return "declined", ["status: declined", "applied: 2024-01-15", f"declined: 2024-03-{rng.randint(10, 28):02d}",
                            "decision: the application named no action with the ILO"]
    if i % 10 == 0:
        return None, ["applied: 2024-01-10", f"country: {rng.choice(COUNTRIES)}", "contacts:",
                      f"  - {{name: Focal point {i}, email: fp{i}@example.org, language: {rng.choice(['en', 'fr', 'es'])}}}",
                      f"  - {{name: Deputy {i}, role: deputy, phone: +41 22 799 {i % 10000:04d}}}"]
    return None, []


def partner(i, category, rng, extra_keys):
    declared = f"2024-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}"
    state, v11 = v11_keys(i, rng)
    lines = ["kind: partner", f"id: {extra_keys.pop('id')}", f"name: {extra_keys.pop('name')}", f"category: {category}"]
    if state != "declined":
        lines += ["status: admitted", f"admitted: 2024-05-{rng.randint(10, 28):02d}"]
    lines += v11
    lines += [f"{k}: {v}" for k, v in extra_keys.items()]
    lines += ["adherence:", f"  declared: {declared}", "  advocate: true", "  uphold: true", "  contribute: true",
              f"  levels: [{', '.join(rng.sample(['global', 'regional', 'national'], rng.randint(1, 3)))}]",
              "actions:"]
    for a in range(rng.randint(1, 3)):
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        lines += [f"  - title: {title}", f"    domains: [{', '.join(rng.sample(DOMAINS, rng.randint(1, 2)))}]",
                  f"    priorities: [{rng.choice(PRIORITIES)}]", f"    sdgs: [{', '.join(str(s) for s in sorted(rng.sample(range(1, 18), 2)))}]",
                  f"    countries: [{', '.join(rng.sample(COUNTRIES, rng.randint(1, 3)))}]",
                  f"    status: {rng.choice(['pledged', 'ongoing', 'completed'])}"]
        if rng.random() < 0.3:
            lines += ["    progress:", f"      - date: 2025-0{rng.randint(1, 9)}-15", f"        summary: {title} reached {rng.randint(100, 99999)} people"]
    return "\n".join(lines) + "\n"


def generate(n, rng):
    docs = []
    seats = []  # (name, partner id, seat, region, nominator)
    for cc, region in REGION.items():
        docs.append((f"gov-{cc.lower()}", partner(0, "government", rng, {"id": f"gov-{cc.lower()}", "name": f"Government {cc}", "country": cc})))
        seats.append((f"Minister {cc}", f"gov-{cc.lower()}", "government", region, "government-group"))
    for kind, cat, seat, nominator, count in [("emp", "employers-organization", "employers", "employers-group", 6),
                                              ("wrk", "workers-organization", "workers", "workers-group", 6)]:
        for j in range(count):
            pid = f"{kind}-seat-{j}"
            docs.append((pid, partner(0, cat, rng, {"id": pid, "name": f"Organization {pid}", "scope": "international"})))
            seats.append((f"Delegate {pid}", pid, seat, None, nominator))
    specials = [("ent-seat", "enterprise", {"type": "enterprise", "channel": "employers-group"}, "enterprise", "employers-group"),
                ("guf-seat", "workers-organization", {"scope": "international", "sectoral": "true"}, "global-union", "workers-group"),
                ("unsg-seat", "international-organization", {"type": "un-system"}, "un-secretary-general", "un-secretary-general"),
                ("uns-seat-1", "international-organization", {"type": "un-system"}, "un-system", "director-general"),
                ("uns-seat-2", "international-organization", {"type": "un-system"}, "un-system", "director-general"),
                ("econ-seat", "international-organization", {"type": "economic"}, "economic-organization", "director-general"),
                ("reg-seat", "regional-organization", {"type": "intergovernmental", "scope": "regional"}, "regional-organization", "director-general"),
                ("ngo-seat", "ngo", {"international": "true", "accreditation": "{ecosoc: special}"}, "ngo", "director-general"),
                ("acad-seat", "academic", {"ilo_partnership": "Research agreement"}, "academic", "director-general")]
    for pid, cat, keys, seat, nominator in specials:
        docs.append((pid, partner(0, cat, rng, dict(keys, id=pid, name=f"Partner {pid}"))))
        seats.append((f"Delegate {pid}", pid, seat, None, nominator))
    categories = [("ngo", {"international": "true", "accreditation": "{ecosoc: roster}"}),
                  ("academic", {"ilo_partnership": "Programme with the ILO"}),
                  ("enterprise", {"type": "foundation", "channel": "employers-group"}),
                  ("workers-organization", {"scope": "international"}),
                  ("employers-organization", {"scope": "business-membership"}),
                  ("regional-organization", {"type": "development-bank", "scope": "subregional"}),
                  ("international-organization", {"type": "[un-system, ifi]"})]
    i = 0
    while len(docs) < n:
        cat, keys = categories[i % len(categories)]
        pid = f"partner-{i:06d}"
        docs.append((pid, partner(i, cat, rng, dict(keys, id=pid, name=f"Synthetic partner {i}"))))
        i += 1
    group = ["kind: coordinating-group", "established: 2024-06-01",
             "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}", "members:",
             "  - name: The Director-General", "    seat: director-general"]
    for k, (name, pid, seat, region, nominator) in enumerate(seats):
        group += [f"  - name: {name}", f"    partner: {pid}", f"    seat: {seat}"]
        if region:
            group.append(f"    region: {region}")
        if V11 and pid in ("gov-br", "gov-mx"):  # the government co-chair hands over on 1 June 2025
            since, until = ("2024-06-01", "2025-05-31") if pid == "gov-br" else ("2025-06-01", None)
            group += ["    roles:", "      - role: co-chair", f"        since: {since}"] + \
                ([f"        until: {until}"] if until else [])
        elif (seat == "government" and pid == "gov-br") or (seat in ("employers", "workers") and pid.endswith("-0")):
            group.append(f"    role: {'co-chair' if seat == 'government' else 'vice-chair'}")
        group += ["    level: ministerial", f"    gender: {'woman' if k % 2 else 'man'}", "    terms:",
                  f"      - {{start: 2024-06-01, nominated_by: {nominator}}}", f"      - {{start: 2026-06-01, nominated_by: {nominator}}}"]
    group += ["meetings:"] + [f"  - date: {d}" for d in ["2024-06-12", "2024-11-07", "2025-03-20", "2025-10-30", "2026-03-19"]]
    return docs[:max(n, len(docs))], "\n".join(group) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    layout = sys.argv[sys.argv.index("--layout") + 1] if "--layout" in sys.argv else "files"
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2026
    rng = random.Random(seed)
    docs, group = generate(n, rng)
    os.makedirs(out, exist_ok=True)
    if layout == "files":
        os.makedirs(os.path.join(out, "partners"), exist_ok=True)
        for pid, text in docs:
            with open(os.path.join(out, "partners", pid + ".yaml"), "w") as f:
                f.write(text)
        with open(os.path.join(out, "coordinating-group.yaml"), "w") as f:
            f.write(group)
    elif layout == "split":
        with open(os.path.join(out, "partners.yaml"), "w") as f:
            for _, text in docs:
                f.write("---\n" + text)
        with open(os.path.join(out, "coordinating-group.yaml"), "w") as f:
            f.write(group)
    else:
        with open(os.path.join(out, "registry.yaml"), "w") as f:
            for _, text in docs:
                f.write("---\n" + text)
            f.write("---\n" + group)


main()
