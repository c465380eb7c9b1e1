; Inno Setup script: a per-user Windows installer for Yhteisöneuvonta (no admin rights needed).
; Build it with installer\build-windows.ps1, which passes the version from pyproject.toml:
;   ISCC /DAppVersion=<version> /DBundleDir=<dist>\yhteisoneuvonta /DOutputDir=<dist> installer\yhteisoneuvonta.iss
;
; Upgrades install over the old version with the same AppId. The user's data never lives in the
; install folder ({app} = %LOCALAPPDATA%\Programs\Yhteisoneuvonta) but in the platformdirs data
; folder (%LOCALAPPDATA%\Pirha\yhteisoneuvonta), which neither upgrade nor uninstall touches;
; the program migrates the store on its next start, after copying the old file beside it.

#ifndef AppVersion
  #error Pass the version: build with installer\build-windows.ps1 (ISCC /DAppVersion=...)
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\yhteisoneuvonta"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Yhteisöneuvonta"
#define AppSlug "yhteisoneuvonta"
#define AppExe AppSlug + ".exe"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{4502C9FE-08D2-44B1-B1D2-3C2CB5CF134F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pirkanmaan hyvinvointialue
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\Yhteisoneuvonta
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename={#AppSlug}-{#AppVersion}-windows-setup
SetupIconFile=..\resources\icons\yhteisoneuvonta.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The old version's program files go first, so no stale module outlives an upgrade. Only the
; install folder: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes the program only. The records, keys and logs stay
; in %LOCALAPPDATA%\Pirha\yhteisoneuvonta until the user deletes them.
