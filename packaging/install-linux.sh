#!/usr/bin/env bash
# Install the Delegation Planner bundle for the current user, with its menu entry, icons and the
# plan file type (double-clicking a .dplan file opens it), or remove exactly that again.
#
#   ./install-linux.sh                 install the bundle this script sits in into ~/.local
#   ./install-linux.sh --uninstall     remove what an earlier install put there
#   options: --prefix DIR (default: $PREFIX or ~/.local), --bundle DIR (default: this folder)
#
# Layout under the prefix: lib/delegation-planner/ (the bundle), bin/delegation-planner (a link),
# share/applications, share/icons/hicolor/*/apps, share/mime/packages, share/metainfo. Everything
# written, and every folder created, is listed in lib/delegation-planner/install-manifest.txt;
# --uninstall deletes those files and the folders it created if they are empty again.
set -euo pipefail

APP=delegation-planner
prefix=${PREFIX:-$HOME/.local}
bundle=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
action=install

usage() { sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
die() { echo "install-linux.sh: error: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --bundle) [ $# -ge 2 ] || die "--bundle needs a folder"; bundle=$2; shift 2 ;;
    --bundle=*) bundle=${1#--bundle=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

[ -n "$prefix" ] || die "empty prefix"
prefix=${prefix%/}
target=lib/$APP
manifest=$prefix/$target/install-manifest.txt
records=()

record() { records+=("$1 $2"); }

# Create prefix/$1 one level at a time, recording each folder that did not exist yet.
make_dirs() {
  local path=$prefix rel="" part
  local -a parts
  IFS=/ read -ra parts <<<"$1"
  for part in "${parts[@]}"; do
    [ -n "$part" ] || continue
    path=$path/$part
    rel=${rel:+$rel/}$part
    if [ ! -d "$path" ]; then
      mkdir "$path"
      record mkdir "$rel"
    fi
  done
}

# A path as one argument of a desktop entry's Exec key: quoted, with the Exec escapes (\" \` \$ \\)
# and then the string escape (\\) applied; % doubled.
# shellcheck disable=SC1003  # the single-quoted backslash is meant
exec_quote() {
  local s=$1 bs='\'
  s=${s//"$bs"/"$bs$bs$bs$bs"}
  s=${s//\"/"$bs$bs"\"}
  s=${s//\`/"$bs$bs"\`}
  s=${s//\$/"$bs$bs"\$}
  s=${s//%/%%}
  printf '"%s"' "$s"
}

have() { command -v "$1" >/dev/null 2>&1; }

update_mime_cache() {
  [ -d "$prefix/share/mime/packages" ] && have update-mime-database || return 0
  update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true
}

update_desktop_cache() {
  [ -d "$prefix/share/applications" ] && have update-desktop-database || return 0
  update-desktop-database -q "$prefix/share/applications" >/dev/null 2>&1 || true
}

update_icon_cache() {
  local hicolor=$prefix/share/icons/hicolor
  [ -d "$hicolor" ] || return 0
  # Only refresh a cache that exists: a stale one would hide the icons, a missing one is fine.
  if [ -f "$hicolor/icon-theme.cache" ] && have gtk-update-icon-cache; then
    gtk-update-icon-cache -q -t "$hicolor" >/dev/null 2>&1 || true
  fi
  touch "$hicolor"
}

# Remove what update-mime-database generated: everything in share/mime but the packages folder.
remove_mime_database() {
  local entry
  for entry in "$prefix/share/mime"/* "$prefix/share/mime"/.[!.]*; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    [ "$entry" = "$prefix/share/mime/packages" ] || rm -rf "$entry"
  done
}

uninstall() {
  [ -f "$manifest" ] || die "no installation found in $prefix (missing $manifest)"
  local -a lines=()
  local line kind rel dir i created_mime_cache=0 created_desktop_cache=0
  mapfile -t lines <"$manifest"
  for line in "${lines[@]}"; do
    kind=${line%% *}
    rel=${line#* }
    case $kind in
      file|link) if [ -f "$prefix/$rel" ] || [ -L "$prefix/$rel" ]; then rm -f "$prefix/$rel"; fi ;;
      cache)
        [ "$rel" = share/mime/mime.cache ] && created_mime_cache=1
        [ "$rel" = share/applications/mimeinfo.cache ] && created_desktop_cache=1
        ;;
    esac
  done
  rm -rf "${prefix:?}/$target"
  # The caches: where the install created them, remove them again; else rebuild them without us.
  if [ "$created_mime_cache" = 1 ]; then
    remove_mime_database
  else
    update_mime_cache
  fi
  if [ "$created_desktop_cache" = 1 ]; then
    rm -f "$prefix/share/applications/mimeinfo.cache"
  else
    update_desktop_cache
  fi
  update_icon_cache
  for ((i = ${#lines[@]} - 1; i >= 0; i--)); do
    line=${lines[i]}
    [ "${line%% *}" = mkdir ] || continue
    rel=${line#* }
    dir=$prefix/$rel
    [ "$rel" != . ] || dir=$prefix
    if [ -d "$dir" ]; then
      rmdir "$dir" 2>/dev/null || true
    fi
  done
  echo "Delegation Planner removed from $prefix"
}

install() {
  bundle=$(cd "$bundle" && pwd)
  [ -x "$bundle/$APP" ] || die "$bundle/$APP not found: run this script from the unpacked bundle"
  [ -d "$bundle/share" ] || die "$bundle/share not found: the bundle has no desktop files"
  if [ -f "$manifest" ]; then
    [ "$bundle" != "$(cd "$prefix/$target" && pwd)" ] || die "this bundle is the installed copy"
    echo "Replacing the earlier installation in $prefix"
    uninstall >/dev/null
    records=()
  fi
  if [ ! -d "$prefix" ]; then
    mkdir -p "$prefix"
    record mkdir .
  fi

  make_dirs lib
  [ ! -e "$prefix/$target" ] || die "$prefix/$target exists but has no install manifest: not touching it"
  mkdir "$prefix/$target"
  cp -a "$bundle/." "$prefix/$target/"
  rm -f "$prefix/$target/install-manifest.txt"
  record tree "$target"

  make_dirs bin
  if [ -e "$prefix/bin/$APP" ] || [ -L "$prefix/bin/$APP" ]; then
    [ -L "$prefix/bin/$APP" ] || die "$prefix/bin/$APP exists and is not a link: not replacing it"
    rm -f "$prefix/bin/$APP"
  fi
  ln -s "../$target/$APP" "$prefix/bin/$APP"
  record link "bin/$APP"

  local source rel dest line command executable=$prefix/$target/$APP
  while IFS= read -r -d '' source; do
    rel=share/${source#"$bundle/share/"}
    dest=$prefix/$rel
    make_dirs "$(dirname "$rel")"
    if [[ $rel == share/applications/*.desktop ]]; then
      # Name the installed executable by its full path: ~/.local/bin is not always on the PATH
      # of a desktop session.
      while IFS= read -r line || [ -n "$line" ]; do
        case $line in
          Exec=*)
            command=${line#Exec=}
            [[ $command == *" "* ]] && command=" ${command#* }" || command=""
            printf 'Exec=%s%s\n' "$(exec_quote "$executable")" "$command" ;;
          TryExec=*) printf 'TryExec=%s\n' "${executable//\\/\\\\}" ;;
          *) printf '%s\n' "$line" ;;
        esac
      done <"$source" >"$dest"
    else
      cp "$source" "$dest"
    fi
    chmod 644 "$dest"
    record file "$rel"
  done < <(find "$bundle/share" -type f -print0 | sort -z)

  local cache
  for cache in share/mime/mime.cache share/applications/mimeinfo.cache; do
    [ -e "$prefix/$cache" ] || record cache "$cache"
  done
  update_mime_cache
  update_desktop_cache
  update_icon_cache
  printf '%s\n' "${records[@]}" >"$manifest"
  echo "Delegation Planner installed in $prefix"
  echo "  start it from the applications menu, or run $prefix/bin/$APP"
  echo "  remove it with: $prefix/$target/install-linux.sh --uninstall --prefix '$prefix'"
}

"$action"
