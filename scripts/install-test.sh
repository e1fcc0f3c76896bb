#!/usr/bin/env bash
# The program to hand out, checked as a user would get it: `make install PREFIX=DIR`, the folder
# copied elsewhere, and from a folder outside the checkout the copied `fcdoc` renders every
# document of Vindeln (the centre, its reports, its forms and year wheel) in odt, docx, html and
# md — under strace, which must show no file of the checkout opened. Also: the installed `fcdoc`
# holds no NIO or Hummingbird code (its server sibling does), and `fcdoc serve` starts the
# sibling, or says plainly that it is missing. Run by `make test` (needs strace, curl).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd -P)"
tools="$(cd "$root/.." && pwd -P)/shared/tools"
scratch="$(mktemp -d /tmp/fcdoc-install-test.XXXXXX)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }

make -C "$root" --no-print-directory install PREFIX="$scratch/prefix"
# Copied with its folder elsewhere: nothing may point back at where it was built.
cp -a "$scratch/prefix" "$scratch/elsewhere"
fcdoc="$scratch/elsewhere/bin/fcdoc"
[ -x "$fcdoc" ] && [ -x "$scratch/elsewhere/bin/fcdoc-serve" ] || fail "make install did not install both programs"

# No server stack in the command line program (the check can fail: the server holds it).
for program in fcdoc fcdoc-serve; do
  count=$(strings "$scratch/elsewhere/bin/$program" | grep -c -E 'NIOCore|NIOPosix|Hummingbird' || true)
  case $program in
    fcdoc) [ "$count" -eq 0 ] || fail "fcdoc holds $count strings of NIO or Hummingbird" ;;
    fcdoc-serve) [ "$count" -gt 0 ] || fail "fcdoc-serve holds no NIO or Hummingbird: the check above proves nothing" ;;
  esac
done
if nm "$root/.build/release/fcdoc" 2>/dev/null | grep -q -E 'NIOCore|NIOPosix|Hummingbird'; then
  fail "the unstripped release fcdoc has NIO or Hummingbird symbols"
fi

# Vindeln's files in a folder outside the checkout, laid out as in fixtures/.
work="$scratch/work"
mkdir -p "$work/reports"
cp "$root/fixtures/vindeln.yaml" "$work/"
cp "$root"/fixtures/reports/vindeln-* "$work/reports/"
cd "$work"
trace="$scratch/trace"
run() {
  strace -f -qq -e trace=open,openat -o "$trace.$1" "$fcdoc" "${@:2}" >"$scratch/out.$1" 2>&1 \
    || { cat "$scratch/out.$1" >&2; fail "fcdoc ${*:2} failed"; }
}
formats=odt,docx,html,md
run centre render vindeln.yaml --format $formats --out out
run report-2024 render reports/vindeln-2024.yaml --format $formats --out out
run report-2025 render reports/vindeln-2025.yaml --format $formats --out out
run self-reflection form self-reflection --centre vindeln.yaml --format $formats --out out
run parent-survey form parent-survey --centre vindeln.yaml --year 2026 --format $formats --out out
run calendar calendar vindeln.yaml --year 2026 --out out
run init init --kind report --centre vindeln.yaml --out reports/ny-2026.yaml
run schema schema centre
cmp -s "$scratch/out.schema" "$root/schemas/centre.schema.json" || fail "fcdoc schema centre differs from schemas/"

grep -q 'vindeln.yaml"' "$trace.centre" || fail "strace saw no file opened: the check below would prove nothing"
if grep -h -F "\"$root/" "$trace".*; then fail "fcdoc opened the files above in the checkout $root"; fi
for document in samverkansavtal samordnaravtal samordningsfunktion verksamhetsberattelse-2024 \
  verksamhetsberattelse-2025 sjalvreflektion foraldraenkat-2026; do
  for format in ${formats//,/ }; do
    [ -s "out/vindeln/$document.$format" ] || fail "out/vindeln/$document.$format was not written"
  done
done
[ -s out/vindeln/arshjul-2026.ics ] && [ -s reports/ny-2026.yaml ] || fail "the calendar or the example is missing"
if [ -x "$tools/odt-validate" ]; then "$tools/odt-validate" out/vindeln/*.odt >/dev/null || fail "odt-validate"; fi
# Own templates still replace the built-in ones.
mkdir own
sed 's/^# .*/# Vårt eget avtal/' "$root/Sources/FCTemplates/Resources/templates/sv/samverkansavtal.md" >own/samverkansavtal.md
"$fcdoc" render vindeln.yaml --doc samverkansavtal --format md --templates own --out own-out >/dev/null
grep -q "Vårt eget avtal" own-out/vindeln/samverkansavtal.md || fail "--templates did not replace the built-in template"

# `fcdoc serve` runs the sibling program with its arguments.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$fcdoc" serve vindeln.yaml --port "$port" --out serve-out >"$scratch/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/" -o "$scratch/page.html" && break
  sleep 0.2
done
grep -q "Vindeln" "$scratch/page.html" 2>/dev/null || { cat "$scratch/serve.log" >&2; fail "fcdoc serve did not answer"; }
curl -sf "http://127.0.0.1:$port/static/app.css" -o /dev/null || fail "fcdoc serve has no stylesheet"
kill "$server"
wait "$server" 2>/dev/null || true
server=""
# Without the sibling, a plain message and no trace.
mkdir alone && cp "$fcdoc" alone/
if PATH=/usr/bin:/bin alone/fcdoc serve vindeln.yaml >"$scratch/alone.log" 2>&1; then fail "fcdoc serve without fcdoc-serve succeeded"; fi
grep -q "fcdoc-serve" "$scratch/alone.log" || fail "fcdoc serve without fcdoc-serve does not say what is missing"
echo "install-test: ok (installed, copied, rendered Vindeln in $formats outside the checkout without opening it; no server code in fcdoc; fcdoc serve works)"
