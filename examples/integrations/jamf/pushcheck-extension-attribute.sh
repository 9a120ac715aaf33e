#!/bin/sh
# Jamf Pro extension attribute (data type String, input type Script), and the same script as an
# Intune custom attribute for macOS: the Mac's one-line answer, e.g.
#   <result>OK: Apple devices can get push notifications on this network.</result>
# Smart groups can then match "begins with PROBLEM" or "begins with WARNING".
# Inventory runs as root with a short time limit: the check gets 20 seconds at most. The answer
# is English on every Mac, whatever its language, so one smart group matches them all.
pushcheck="/Applications/Push Check.app/Contents/MacOS/pushcheck"
if [ ! -x "$pushcheck" ]; then
    pushcheck=$(command -v pushcheck 2>/dev/null)
fi
if [ -z "$pushcheck" ]; then
    echo "<result>Not installed</result>"
    exit 0
fi
answer=$("$pushcheck" check --quiet --lang en --role device --timeout 20 2>/dev/null | head -n 1)
echo "<result>${answer:-UNTESTED: Push Check could not run}</result>"
exit 0
