#!/usr/bin/env bash
# Backs up and restores the data directory of a stopped Portcullis node on its embedded defaults: the H2 database
# (portcullis.mv.db), the embedded broker's journal (artemis/), the ledger's key pair and the broker's sender seal
# secret. Stop the node first (systemctl stop portcullis): a copy taken while H2 and Artemis write is not consistent,
# so the script refuses while either file is locked.
# PostgreSQL and an external broker are backed up with their own tools (docs/operations.md, "Backup and restore").
#
#   backup.sh backup  DATA_DIR ARCHIVE.tar.gz    writes the archive and its SHA-256 manifest inside it
#   backup.sh restore ARCHIVE.tar.gz DATA_DIR    unpacks into DATA_DIR (new or empty) and checks the manifest
set -euo pipefail

usage() {
    echo "usage: $0 backup DATA_DIR ARCHIVE.tar.gz | $0 restore ARCHIVE.tar.gz DATA_DIR" >&2
    exit 2
}

# Whether a process holds a lock on the file, as H2 holds its database and Artemis its server.lock while they run
# (POSIX record locks, probed with Python's lockf; without python3, H2's lock file of the automatic mixed mode).
in_use() {
    if command -v python3 > /dev/null; then
        python3 -c 'import fcntl, sys
with open(sys.argv[1], "rb+") as f:
    try:
        fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(0)
sys.exit(1)' "$1"
    else
        [ -e "${1%.mv.db}.lock.db" ]
    fi
}

backup() {
    local data=$1 archive=$2
    [ -f "$data/portcullis.mv.db" ] || { echo "no H2 database (portcullis.mv.db) in $data" >&2; exit 1; }
    for file in "$data/portcullis.mv.db" "$data/artemis/server.lock"; do
        if [ -e "$file" ] && in_use "$file"; then
            echo "$file is locked: the node still runs; stop it first" >&2
            exit 1
        fi
    done
    local started=$SECONDS
    (cd "$data" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum > MANIFEST.sha256)
    tar -C "$data" -czf "$archive" .
    rm -f "$data/MANIFEST.sha256"
    echo "backed up $(du -sh "$data" | cut -f1) of $data into $archive ($(du -h "$archive" | cut -f1)) in $((SECONDS - started)) s"
}

restore() {
    local archive=$1 data=$2
    if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then
        echo "$data is not empty: restore into a new directory" >&2
        exit 1
    fi
    local started=$SECONDS
    mkdir -p "$data"
    tar -C "$data" -xzf "$archive"
    (cd "$data" && sha256sum --quiet -c MANIFEST.sha256) || { echo "the restored files differ from the manifest" >&2; exit 1; }
    rm -f "$data/MANIFEST.sha256"
    echo "restored $archive into $data ($(du -sh "$data" | cut -f1)) in $((SECONDS - started)) s; every file checked"
}

[ $# -eq 3 ] || usage
case $1 in
    backup) backup "$2" "$3" ;;
    restore) restore "$2" "$3" ;;
    *) usage ;;
esac
