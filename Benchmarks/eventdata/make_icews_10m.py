#!/usr/bin/env python3
"""Builds a large ICEWS-format file by repeating the real 3,705-row sample with shifted ids and dates.

Usage: make_icews_10m.py OUT [ROWS]   (ROWS defaults to 10,000,000)

Copy k of the sample (k = 0, 1, …) adds k * 100,000,000 to every Event ID (the sample's ids are below that)
and k days to every Event Date, so ids stay unique and the events spread over about seven years; the actor
names, codes and intensities are the sample's own, so Russia–Ukraine keeps its 35 rows per copy.
The output is large (about 2.6 GB for 10 M rows): keep it out of the repository.
"""
import datetime
import pathlib
import sys

here = pathlib.Path(__file__).resolve()
sample = here.parents[3] / "shared" / "data" / "eventdata" / "icews.events.2018.sample.tab"
out_path = sys.argv[1]
rows_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000

lines = sample.read_text(encoding="utf-8").split("\n")
header, body = lines[0], [l for l in lines[1:] if l]
parsed = []
for line in body:
    event_id, date, rest = line.split("\t", 2)
    parsed.append((int(event_id), datetime.date.fromisoformat(date), rest))

written = 0
with open(out_path, "w", encoding="utf-8", newline="\n") as out:
    out.write(header + "\n")
    k = 0
    while written < rows_wanted:
        shift = datetime.timedelta(days=k)
        dates = {d: (d + shift).isoformat() for d in {p[1] for p in parsed}}
        take = parsed[: rows_wanted - written]
        out.write("".join(f"{i + k * 100_000_000}\t{dates[d]}\t{rest}\n" for i, d, rest in take))
        written += len(take)
        k += 1
print(f"{out_path}: {written} rows, {k} copies of the sample", file=sys.stderr)
