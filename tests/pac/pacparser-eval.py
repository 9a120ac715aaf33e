#!/usr/bin/python3
"""Runs PAC files in pacparser (Debian's python3-pacparser, for /usr/bin/python3) for
tests/pac_parity.rs, and prints what each file answers, as JSON.

Usage: pacparser-eval.py JOB.json, where the job is
  {"files": [path, ...], "queries": [[url, host], ...], "my_ip": "10.20.30.40",
   "dns": {"name": ["address", ...], ...}}
Output: {file name: {"load_error": text} or {"answers": {host: {"answer": text} or
{"error": text}}}}.

Each file runs in a process of its own: pacparser keeps one global JavaScript context and can
abort on bad input. The clock and time zone are the caller's (faketime and TZ). pacparser
resolves names with the machine's resolver; to give it the same answers as the other engine,
dnsResolve and dnsResolveEx are replaced by script functions with the job's answers that behave
as pacparser's own do (the argument turned into a string, dnsResolve IPv4 only, "" from
dnsResolveEx when there is no address, an IP literal answered with itself as the system
resolver does).
"""
import json
import os
import subprocess
import sys

CHILD = r'''
import json, sys, pacparser
job = json.loads(sys.argv[1])
path = job["file"]
raw = open(path, "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError:
    text = raw.decode("latin-1")
prelude = "var __dns = %s;\n" % json.dumps(job["dns"]) + r"""
function dnsResolve(h) { h = String(h); if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return h;
  var a = __dns[h]; if (!a) return null;
  for (var i = 0; i < a.length; i++) if (a[i].indexOf(':') < 0) return a[i]; return null; }
function dnsResolveEx(h) { h = String(h); if (/^[\d.]+$|:/.test(h)) return h;
  var a = __dns[h]; return a ? a.join(';') : ''; }
"""
pacparser.init()
pacparser.setmyip(job["my_ip"])
out = {}
try:
    pacparser.parse_pac_string(prelude + text)
except Exception as e:
    print(json.dumps({"load_error": "%s: %s" % (type(e).__name__, e)}))
    sys.exit(0)
answers = {}
for url, host in job["queries"]:
    try:
        answers[host] = {"answer": pacparser.find_proxy(url, host)}
    except Exception as e:
        answers[host] = {"error": "%s: %s" % (type(e).__name__, e)}
print(json.dumps({"answers": answers}))
pacparser.cleanup()
'''


def main():
    job = json.load(open(sys.argv[1]))
    result = {}
    for path in job["files"]:
        name = os.path.basename(path)
        one = {"file": path, "queries": job["queries"], "my_ip": job["my_ip"], "dns": job["dns"]}
        try:
            p = subprocess.run([sys.executable, "-c", CHILD, json.dumps(one)],
                               capture_output=True, text=True, timeout=120)
            lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
            result[name] = json.loads(lines[-1]) if lines else {
                "load_error": "pacparser stopped with status %s: %s" % (p.returncode, p.stderr[-300:])}
        except subprocess.TimeoutExpired:
            result[name] = {"load_error": "pacparser did not finish in 120 s"}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
