#!/bin/sh
# Benchmark of `dyad extract` on a generated corpus of at least 50 MB, beside `wc -w` on the same
# files as the floor. The corpus is made at run time in a temporary folder and removed afterwards.
#   swift build -c release --product dyad && Benchmarks/extract-bench.sh [MEGABYTES]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dyad=${DYAD:-"$here/../.build/release/dyad"}
mb=${1:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$here/make-corpus.py" "$dir/one" "$mb" 1
python3 "$here/make-corpus.py" "$dir/two" "$mb" 2
echo "corpus: $(du -sh "$dir/one" | cut -f1) in one file, and the same size in two files"
echo "-- floor: wc -w, one file"
/usr/bin/time -f "wc -w: %e s, max RSS %M KB" wc -w "$dir/one/corpus-0.txt"
echo "-- dyad extract, one file (one core)"
/usr/bin/time -f "dyad: %e s wall, max RSS %M KB" "$dyad" extract "$dir/one/corpus-0.txt" --stats > /dev/null
echo "-- dyad extract, two files (both cores)"
/usr/bin/time -f "dyad: %e s wall, max RSS %M KB" "$dyad" extract "$dir"/two/corpus-*.txt --stats > /dev/null
