# Intune Remediations, detection script (run as SYSTEM in 64-bit PowerShell, e.g. hourly):
# exit 0 when Apple devices can get push notifications from this PC's network, 1 when not, so
# the device shows as "with issues" and the output column says why (the one-line answer).
# There is nothing to remediate on the PC itself: the fix is in the network, so pair it with an
# empty remediation script or none. pushcheck.exe is the console program, whose exit status
# PowerShell waits for (0 ok, 1 warning, 2 problem, 3 could not test). The answer is English on
# every PC, whatever its language, so the output column reads alike across the district.
$pushcheck = Join-Path $env:ProgramFiles 'Push Check\pushcheck.exe'
if (-not (Test-Path -LiteralPath $pushcheck)) {
    Write-Output 'Push Check is not installed (deploy pushcheck.msi first)'
    exit 1
}
# Every line is collected before the exit status is read: a pipeline cut short (such as
# Select-Object -First 1) leaves $LASTEXITCODE unset in a fresh SYSTEM session, and a
# healthy PC would then read "with issues" (PowerShell issue 19848).
$lines = @(& $pushcheck check --quiet --lang en --role device --timeout 20 2>$null)
$status = $LASTEXITCODE
if ($lines.Count -gt 0) { $answer = $lines[0] } else { $answer = "COULDN'T TEST: Push Check printed nothing (exit status $status)" }
Write-Output $answer
if ($status -eq 0) { exit 0 } else { exit 1 }
