#!/usr/bin/env bash
# Measures what issue 17 (finding 5) measured against a running portal: the median time of 30 sign-ins with an
# unknown user name against 30 with an existing name and a wrong password, then how the rate limit answers a burst.
# Usage: bash scripts/measure-sign-in.sh timing|burst [base-url] [existing-user]   (defaults: http://127.0.0.1:5080 viewer)
# "timing" needs a portal with the rate limits raised (SignIn__PerIpPerMinute, SignIn__PerUserNamePerMinute), or the
# limit answers first; "burst" shows the limits as configured. Results: docs/security.md.
set -euo pipefail
mode="${1:?timing or burst}"
base="${2:-http://127.0.0.1:5080}"
existing="${3:-viewer}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT

token() { curl -s -c "$jar" -b "$jar" "$base/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }

# One POST; prints "status seconds retry-after".
attempt() {
  local name="$1" t; t="$(token)"
  curl -s -o /dev/null -b "$jar" -c "$jar" -D - -w '%{http_code} %{time_total}\n' \
    --data-urlencode "UserName=$name" --data-urlencode "Password=Wrong-pass-1" --data-urlencode "__RequestVerificationToken=$t" \
    "$base/Account/Login" | awk 'tolower($1)=="retry-after:"{ra=$2} /^[0-9]+ [0-9.]+$/{print $1, $2, (ra==""?"-":ra)}' | tr -d '\r'
}

median_ms() { sort -n | awk '{a[NR]=$1} END{m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m*1000}'; }

if [ "$mode" = timing ]; then
# Alternate the two kinds so that drift hits both alike.
unknown=(); known=()
for i in $(seq 1 30); do
  unknown+=("$(attempt "no.such.user.$i" | awk '{print $2}')")
  known+=("$(attempt "$existing" | awk '{print $2}')")
done
echo "unknown user, wrong password: median $(printf '%s\n' "${unknown[@]}" | median_ms) ms (30 tries)"
echo "existing user ($existing), wrong password: median $(printf '%s\n' "${known[@]}" | median_ms) ms (30 tries)"

else
echo "burst of 40 sign-ins for one new name from this address:"
burst="burst.$RANDOM"
for i in $(seq 1 40); do attempt "$burst"; done | awk '{n[$1]++; if ($1=="429" && ra=="") ra=$3} END{for (s in n) printf "  HTTP %s: %d\n", s, n[s]; if (ra!="") print "  first Retry-After: " ra " s"}'
fi
