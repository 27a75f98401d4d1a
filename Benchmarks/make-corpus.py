#!/usr/bin/env python3
"""Writes a benchmark corpus for `dyad extract`: the held-out test documents' genre, repeated
with actors, bodies and dates varied, so that no two paragraphs are the same.

usage: make-corpus.py OUT_DIR [MEGABYTES] [FILES]
"""
import os
import random
import sys

ACTORS = ["Georgia", "Ukraine", "Moldova", "Armenia", "Belarus", "Serbia", "Turkey", "Iraq", "Finland", "Norway",
          "the Russian Federation", "Kazakhstan", "Azerbaijan", "Albania", "Montenegro"]
ORGS = ["NATO", "the European Union", "the OSCE", "the Council of Europe", "the United Nations", "the Alliance"]
BODIES = ["Joint Commission", "Partnership Council", "Cooperation Council", "Liaison Office", "Monitoring Mission",
          "Advisory Group", "Trade Office", "Consultative Forum", "Border Mission", "Action Plan"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "The talks covered energy security, border management and the reform of the armed forces.",
    "Officials from both sides described the meeting as constructive, although several questions remained open.",
    "The programme financed training courses for civil servants, journalists and members of parliament.",
    "Observers noted that public support for closer ties had grown steadily over the previous decade.",
    "Trade between the two partners doubled, driven mainly by exports of machinery and agricultural goods.",
]


def paragraph(r):
    a, o, b, b2 = r.choice(ACTORS), r.choice(ORGS), r.choice(BODIES), r.choice(BODIES)
    y = r.randint(1990, 2023)
    m = r.choice(MONTHS)
    d = r.randint(1, 28)
    code = "".join(w[0] for w in b.split()) + str(r.randint(1, 99))
    s = [
        f"{a} joined the {b} of {o.replace('the ', '')} ({code}) in {m} {y}, and deployed observers to the {b2} in the late {y // 10 * 10}s.",
        f"In {m} {y + 1}, {o} opened a {b2.lower()} in the capital and a regional office in {r.choice(['Batumi', 'Lviv', 'Basra', 'Gyumri', 'Grodno'])} in {y + 2}.",
        r.choice(FILLER),
        f"The {code} was replaced by the {b2} on {d} {m} {y + 3}, which met for the first time the following year.",
        f"Relations were frozen in spring {y + 4} after {a}'s military action in a neighbouring region; meetings resumed two years later.",
        r.choice(FILLER),
        f"{o[0].upper() + o[1:]} condemned the decision and required {a} to close down the office, but talks on the {b} continued.",
    ]
    return " ".join(s) + "\n\n"


def main(argv):
    out = argv[1]
    megabytes = float(argv[2]) if len(argv) > 2 else 60
    files = int(argv[3]) if len(argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    r = random.Random(7)
    per_file = int(megabytes * 1_000_000 / files)
    for k in range(files):
        with open(os.path.join(out, f"corpus-{k}.txt"), "w", encoding="utf-8") as f:
            written = 0
            while written < per_file:
                p = paragraph(r)
                f.write(p)
                written += len(p.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
