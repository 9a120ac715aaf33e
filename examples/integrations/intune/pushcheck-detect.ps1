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
$answer = & $pushcheck check --quiet --lang en --role device --timeout 20 2>$null | Select-Object -First 1
$status = $LASTEXITCODE
Write-Output $answer
if ($status -eq 0) { exit 0 } else { exit 1 }
