"""Turns the statements PostgreSQL logged for the benchmark's database (log_min_duration_statement = 0; the log's lines
after a mark) into EXPLAIN (ANALYZE, BUFFERS) commands with the logged parameters inlined (benchmarks/dashboard-scale.sh)."""
import re, sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
entries = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[\d+\] )", text)
for n, entry in enumerate(entries):
    m = re.search(r"\[(\d+)\] LOG:  duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)", entry, re.S)
    if not m:
        continue
    pid, sql = m.group(1), m.group(2).strip()
    if not re.match(r"(SELECT|WITH)\b", sql, re.I) or re.search(r"sign_in|user_sessions|asp_net|data_protection", sql):
        continue
    nxt = entries[n + 1] if n + 1 < len(entries) else ""
    params = nxt if f"[{pid}] DETAIL:  parameters:" in nxt else ""
    values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", params))
    sql = re.sub(r"\$(\d+)\b", lambda v: values.get(v.group(1), v.group(0)), sql)
    print("\\echo '======== " + " ".join(sql.split())[:150].replace("'", "").replace("\\", "") + "'")
    print("EXPLAIN (ANALYZE, BUFFERS) " + sql + ";")
