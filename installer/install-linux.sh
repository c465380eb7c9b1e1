#!/usr/bin/env bash
# Install (or upgrade) Yhteisöneuvonta for this user, without root: run it from the unpacked
# folder, e.g.  tar xzf yhteisoneuvonta-*-linux-x86_64.tar.gz && yhteisoneuvonta/install.sh
#
# The program goes to ~/.local/opt/yhteisoneuvonta (replaced on upgrade), a menu entry and an
# icon to ~/.local/share, a command to ~/.local/bin. The data folder
# (~/.local/share/yhteisoneuvonta) is never touched: the program migrates it on start.
# `install.sh --uninstall` removes the program and its menu entry, and keeps the data.
set -euo pipefail

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/yhteisoneuvonta"
BIN="$HOME/.local/bin"
DESKTOP="$SHARE/applications/yhteisoneuvonta.desktop"
ICON="$SHARE/icons/hicolor/256x256/apps/yhteisoneuvonta.png"

remove_program() {
    rm -rf "$TARGET" "$DESKTOP" "$ICON"
    if [ -L "$BIN/yhteisoneuvonta" ]; then rm -f "$BIN/yhteisoneuvonta"; fi
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_program
    echo "Yhteisöneuvonta removed. Your data is kept in $SHARE/yhteisoneuvonta."
    exit 0
fi
if [ ! -x "$SRC/yhteisoneuvonta" ]; then
    echo "install.sh: run me from the unpacked yhteisoneuvonta folder" >&2
    exit 1
fi

if [ "$SRC" != "$TARGET" ]; then
    # Copy next to the old version first, then swap, so a failed copy leaves the old one working.
    mkdir -p "$(dirname "$TARGET")"
    rm -rf "$TARGET.new"
    cp -a "$SRC" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$BIN" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
ln -sfn "$TARGET/yhteisoneuvonta" "$BIN/yhteisoneuvonta"
cp "$TARGET/yhteisoneuvonta.png" "$ICON"
sed -e "s|^Exec=.*|Exec=\"$TARGET/yhteisoneuvonta\"|" \
    -e "s|^Icon=.*|Icon=$ICON|" "$TARGET/yhteisoneuvonta.desktop" > "$DESKTOP"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$DESKTOP")" || true
echo "Yhteisöneuvonta $("$TARGET/yhteisoneuvonta" --version | cut -d' ' -f2) installed: find it in the menu."
