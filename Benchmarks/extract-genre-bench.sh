#!/bin/sh
# Benchmark of `dyad extract` on genre prose (the shared genre corpus generator), beside `wc -w` on the same file.
# Template corpora (make-corpus.py) run several times faster than real prose and hide the true figure; quote this one.
#   swift build -c release --product dyad && Benchmarks/extract-genre-bench.sh [MEGABYTES]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dyad=${DYAD:-"$here/../.build/release/dyad"}
gen=${GENRE_CORPUS:-"$here/../../shared/bench/make-genre-corpus.py"}
mb=${1:-20}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$gen" "$dir/genre.txt" "$mb"
echo "-- floor: wc -w"
/usr/bin/time -f "wc -w: %e s, max RSS %M KB" wc -w "$dir/genre.txt"
echo "-- dyad extract, one file (one core)"
/usr/bin/time -f "dyad: %e s wall, max RSS %M KB" "$dyad" extract "$dir/genre.txt" --stats > /dev/null
