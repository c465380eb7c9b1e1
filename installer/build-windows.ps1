# Build the Windows release: the one-folder bundle and a per-user installer (Inno Setup 6).
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Dist DIR] [-Work DIR] [-NoInstaller]
#
# Run from the repository root. Produces DIR\yhteisoneuvonta\ (yhteisoneuvonta.exe, the desktop
# program, and yhteisoneuvonta-cli.exe, the command line) and
# DIR\yhteisoneuvonta-<version>-windows-setup.exe. Defaults: -Dist dist, -Work build.
# Needs Python 3.11+ (the "py" launcher) and Inno Setup 6 (ISCC.exe on PATH or in its default folder).
param(
    [string]$Dist = "dist",
    [string]$Work = "build",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Dist = [System.IO.Path]::GetFullPath((Join-Path $Root $Dist))
$Work = [System.IO.Path]::GetFullPath((Join-Path $Root $Work))
function Say($msg) { Write-Host "[build-windows] $msg" }
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" } }

$Py = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Py)) {
    Say "creating the virtual environment .venv"
    py -3 -m venv .venv; Check "python -m venv"
}
# A failed import writes to stderr, which "Stop" would turn into an exception: only ask for the code.
$ErrorActionPreference = "Continue"
& $Py -c "import PyInstaller, PySide6, yhteisoneuvonta" 2>$null
$ready = ($LASTEXITCODE -eq 0)
$ErrorActionPreference = "Stop"
if (-not $ready) {
    Say "installing the program and PyInstaller into .venv (the first time takes a few minutes)"
    & $Py -m pip install -q --upgrade pip; Check "pip upgrade"
    & $Py -m pip install -q -e ".[build]"; Check "pip install"
}

# pyproject.toml is the only place the version is written.
$Version = (& $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Check "reading the version"
Say "version $Version"

$Lrelease = Join-Path $Root ".venv\Scripts\pyside6-lrelease.exe"
Get-ChildItem resources\i18n\*.ts -ErrorAction SilentlyContinue | ForEach-Object {
    & $Lrelease -silent $_.FullName -qm ([System.IO.Path]::ChangeExtension($_.FullName, ".qm")); Check "lrelease $($_.Name)"
}
if (-not (Test-Path resources\icons\yhteisoneuvonta.ico)) { & $Py installer\make_icons.py; Check "make_icons" }

& $Py -m PyInstaller --noconfirm --log-level WARN --distpath $Dist --workpath $Work installer\yhteisoneuvonta.spec
Check "PyInstaller"
$Bundle = Join-Path $Dist "yhteisoneuvonta"
& (Join-Path $Bundle "yhteisoneuvonta-cli.exe") --version; Check "the built program's --version"
if ($NoInstaller) { Say "built $Bundle"; exit 0 }

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup) or use -NoInstaller" }
& $Iscc /Q "/DAppVersion=$Version" "/DBundleDir=$Bundle" "/DOutputDir=$Dist" installer\yhteisoneuvonta.iss
Check "Inno Setup"
Say "built $Bundle and $(Join-Path $Dist "yhteisoneuvonta-$Version-windows-setup.exe")"
