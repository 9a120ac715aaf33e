#!/bin/sh
# Jamf Pro extension attribute (data type String, input type Script), and the same script as an
# Intune custom attribute for macOS: the Mac's one-line answer, e.g.
#   <result>OK: Apple devices can get push notifications on this network.</result>
# Smart groups can then match "begins with PROBLEM", "begins with WARNING" or "begins with
# COULDN'T TEST". Inventory runs as root with a short time limit: the check gets 20 seconds at
# most. The answer is English on every Mac, whatever its language, so one smart group matches
# them all.
#
# Run as root, this script runs only the installed app's own program (never one found on PATH,
# where a user could have planted another), and only when no one but root and the admin group
# can change it or a folder on its path. (The app's place can be given as the first argument,
# for testing; Jamf passes none.)
app="${1:-/Applications/Push Check.app}"
pushcheck="$app/Contents/MacOS/pushcheck"
if [ ! -x "$pushcheck" ]; then
    echo "<result>Not installed</result>"
    exit 0
fi

# The first of the program and the folders above it that someone other than root (and the
# admin group, gid 80) could change: not owned by root, writable by its group (unless that is
# wheel or admin), or writable by everyone (unless it is a folder with the sticky bit, such as
# /tmp, where no one can replace another's entries).
changeable() {
    find "$1" -prune \( ! -user 0 \
        -o \( -perm -0020 ! -group 0 ! -group 80 \) \
        -o \( -perm -0002 ! \( -type d -perm -1000 \) \) \) -print 2>/dev/null
}
path="$pushcheck"
while :; do
    if [ -n "$(changeable "$path")" ]; then
        echo "<result>COULDN'T TEST: Push Check was not run, because $path can be changed by users other than root. Fix the app's ownership: sudo chown -R root:wheel \"$app\" && sudo chmod -R go-w \"$app\"</result>"
        exit 0
    fi
    [ "$path" = "/" ] && break
    path=$(dirname "$path")
done

answer=$("$pushcheck" check --quiet --lang en --role device --timeout 20 2>/dev/null | head -n 1)
echo "<result>${answer:-COULDN'T TEST: Push Check could not run}</result>"
exit 0
