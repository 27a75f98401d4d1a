#!/usr/bin/env python3
"""The monthly Russia–Ukraine index with DuckDB, the same aggregation `dyad events index --file` computes.

Usage: duckdb_index.py FILE [THREADS]   — prints CSV rows: period,direction,count,sum,mean,share1..share4

A side is Russia (Ukraine) when its owner — the text in a trailing "(…)" of the name, else the name — or its
country is one of the keys below: the keys `--dyad RUS:UKR` resolves to through the built-in history and
Dyad's table of dataset names (`dyad events index` prints nothing else, so they are repeated here).
"""
import sys
import duckdb

RUS = ["RUS", "Russian Federation", "RUSSIAN FEDERATION", "Russia", "RUSSIA", "Moscow", "MOSCOW",
       "the Russian Federation", "THE RUSSIAN FEDERATION", "Russian Government", "RUSSIAN GOVERNMENT"]
UKR = ["UKR", "Ukraine", "UKRAINE"]

path = sys.argv[1]
con = duckdb.connect()
if len(sys.argv) > 2:
    con.execute(f"SET threads = {int(sys.argv[2])}")

def keys(xs):
    return "[" + ", ".join("'" + x.replace("'", "''") + "'" for x in xs) + "]"

query = f"""
WITH raw AS (
    SELECT "Event Date" AS day, "Source Name" AS sn, "Source Country" AS sc, "Target Name" AS tn, "Target Country" AS tc,
           "CAMEO Code" AS cameo, "Intensity" AS g
    FROM read_csv('{path}', delim = '\t', header = true, quote = '', escape = '', all_varchar = true)
), sides AS (
    SELECT day, sc, tc, cameo, g,
           CASE WHEN sn LIKE '%)' AND strpos(sn, '(') > 0 THEN regexp_extract(sn, '\\(([^(]*)\\)$', 1) ELSE sn END AS so,
           CASE WHEN tn LIKE '%)' AND strpos(tn, '(') > 0 THEN regexp_extract(tn, '\\(([^(]*)\\)$', 1) ELSE tn END AS tgo
    FROM raw
), matched AS (
    SELECT substr(day, 1, 7) AS period, CAST(g AS DOUBLE) AS g, CAST(substr(cameo, 1, 2) AS INTEGER) AS root,
           CASE WHEN (list_contains({keys(RUS)}, so) OR list_contains({keys(RUS)}, sc))
                 AND (list_contains({keys(UKR)}, tgo) OR list_contains({keys(UKR)}, tc)) THEN 'a_to_b'
                WHEN (list_contains({keys(UKR)}, so) OR list_contains({keys(UKR)}, sc))
                 AND (list_contains({keys(RUS)}, tgo) OR list_contains({keys(RUS)}, tc)) THEN 'b_to_a' END AS direction
    FROM sides
)
SELECT period, direction, count(*) AS n, sum(g) AS total, avg(g) AS mean,
       avg(CASE WHEN root BETWEEN 1 AND 5 THEN 1.0 ELSE 0 END) AS s1,
       avg(CASE WHEN root BETWEEN 6 AND 8 THEN 1.0 ELSE 0 END) AS s2,
       avg(CASE WHEN root BETWEEN 9 AND 13 THEN 1.0 ELSE 0 END) AS s3,
       avg(CASE WHEN root BETWEEN 14 AND 20 THEN 1.0 ELSE 0 END) AS s4
FROM matched WHERE direction IS NOT NULL
GROUP BY ALL ORDER BY period, direction
"""
for row in con.execute(query).fetchall():
    print(",".join(str(x) for x in row))
