#!/bin/sh
# End-to-end checks of the diff, --fix, baseline and --changed-since features, in scratch git
# repositories. Usage: outputs_test.sh MTLINT SAMPLE COLUMNS
#   MTLINT   the mtlint binary
#   SAMPLE   an article with findings that have single fixes
#   COLUMNS  an article with CJK, emoji, a tab, CRLF and a BOM
set -eu
mtlint=$1
sample=$2
columns=$3
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$work"
git init -q repo
cd repo
git config user.email test@example.org
git config user.name test
mkdir news
cp "$sample" news/sample.txt
cp "$columns" news/columns.txt
chmod 0640 news/columns.txt
git add news
git commit -qm articles

# --- diff: git apply and patch accept it; applied, the fixed findings are gone --------------
for f in news/sample.txt news/columns.txt; do
  "$mtlint" check -q --format diff "$f" > "$work/fix.diff" && fail "$f: expected findings"
  [ -s "$work/fix.diff" ] || fail "$f: empty diff"
  git apply --check "$work/fix.diff" || fail "$f: git apply --check rejects the diff"
  patch -p1 --dry-run --quiet < "$work/fix.diff" > /dev/null || fail "$f: patch rejects the diff"
  cp "$f" "$work/copy"
  "$mtlint" check -q --format jsonl "$f" > "$work/before.jsonl" || true
  git apply "$work/fix.diff"
  "$mtlint" check -q --format jsonl "$f" > "$work/after.jsonl" || true
  # Every finding that had exactly one fix is gone; the others are still there.
  single=$(grep -c '"fixes":\[{[^]}]*}\]' "$work/before.jsonl" || true)
  before=$(wc -l < "$work/before.jsonl")
  after=$(wc -l < "$work/after.jsonl")
  [ "$after" -eq $((before - single)) ] || fail "$f: $before findings, $single fixable, $after left"
  grep -q '"fixes":\[{[^]}]*}\]' "$work/after.jsonl" && fail "$f: a single-fix finding survived"
  # --fix on the copy gives the same bytes as the applied diff.
  cp "$work/copy" "$work/copy.txt"
  chmod 0640 "$work/copy.txt"
  "$mtlint" check -q --fix "$work/copy.txt" > /dev/null 2>&1 || true
  cmp -s "$work/copy.txt" "$f" || fail "$f: --fix and the diff disagree"
  [ "$(stat -c %a "$work/copy.txt")" = 640 ] || fail "$f: --fix changed the file mode"
  git checkout -q -- "$f"
done
head -c 3 news/columns.txt | od -An -tx1 | grep -q 'ef bb bf' || fail "BOM lost"

# --- --fix on a read-only file: error, exit 2, file unchanged --------------------------------
cp news/sample.txt "$work/ro.txt"
chmod 0444 "$work/ro.txt"
set +e
"$mtlint" check -q --fix "$work/ro.txt" > /dev/null 2> "$work/err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "read-only: exit $code, expected 2"
grep -q "read-only; not fixed" "$work/err" || fail "read-only: no error message"
cmp -s "$work/ro.txt" news/sample.txt || fail "read-only file was changed"

# --- -o keeps the exit code ------------------------------------------------------------------
set +e
"$mtlint" check -q --format json -o "$work/report.json" news/sample.txt
code=$?
set -e
[ "$code" -eq 1 ] || fail "-o: exit $code, expected 1"
grep -q '"schema_version": 1' "$work/report.json" || fail "-o: no report written"

# --- baseline round trip ---------------------------------------------------------------------
"$mtlint" check --write-baseline "$work/baseline.json" news/sample.txt > /dev/null 2> "$work/err" ||
  fail "--write-baseline should exit 0"
# The run says what it recorded, and no summary that claims the article is clean.
grep -q "^recorded [0-9]* findings in " "$work/err" || fail "--write-baseline: no 'recorded' line"
! grep -q "no findings" "$work/err" || fail "--write-baseline: summary says 'no findings'"
"$mtlint" check -q --baseline "$work/baseline.json" news/sample.txt > "$work/out" ||
  fail "recheck against the baseline should exit 0"
[ ! -s "$work/out" ] || fail "baselined findings were reported"
# A new error is reported alone.
printf '\nThe goverment fell.\n' >> news/sample.txt
set +e
"$mtlint" check -q --baseline "$work/baseline.json" --format jsonl news/sample.txt > "$work/out"
code=$?
set -e
[ "$code" -eq 1 ] || fail "new finding: exit $code, expected 1"
[ "$(wc -l < "$work/out")" -eq 1 ] || fail "new finding: expected exactly one finding"
grep -q '"text":"goverment"' "$work/out" || fail "new finding: wrong finding reported"
git checkout -q -- news/sample.txt
# Moving paragraphs (reversing their order) resurrects nothing.
awk 'BEGIN{RS="\n\n"; ORS="\n\n"} {p[NR]=$0} END{for (i=NR; i>0; i--) print p[i]}' \
  news/sample.txt > "$work/moved"
cp "$work/moved" news/sample.txt
"$mtlint" check -q --baseline "$work/baseline.json" news/sample.txt > "$work/out" ||
  fail "moved paragraphs: findings came back: $(cat "$work/out")"
git checkout -q -- news/sample.txt

# --- --changed-since reports only the changed line -------------------------------------------
printf 'A clean first line.\nAnother clean line.\nThe last line.\n' > news/small.txt
git add news/small.txt
git commit -qm small
printf 'A clean first line.\nThe goverment met.\nThe last line, with teh typo.\n' > news/small.txt
git commit -qam typos
printf 'A clean first line.\nThe goverment met.\nThe last line, with teh typo and officals.\n' \
  > news/small.txt
set +e
"$mtlint" check -q --changed-since HEAD --format jsonl news/small.txt > "$work/out"
code=$?
set -e
[ "$code" -eq 1 ] || fail "--changed-since: exit $code, expected 1"
grep -q '"line":2' "$work/out" && fail "--changed-since reported an unchanged line"
grep -q '"line":3' "$work/out" || fail "--changed-since missed the changed line"
"$mtlint" check -q --changed-since HEAD~1 --format jsonl news/small.txt > "$work/out" || true
grep -q '"line":2' "$work/out" || fail "--changed-since HEAD~1 missed line 2"
set +e
"$mtlint" check -q --changed-since no-such-rev news/small.txt > /dev/null 2> "$work/err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "--changed-since with a bad revision: exit $code, expected 2"
grep -q "is not a commit" "$work/err" || fail "bad revision: unexpected message $(cat "$work/err")"
echo "outputs_test: all passed"
