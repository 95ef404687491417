#!/usr/bin/env bash
# Backs up and restores the data directory of a stopped Portcullis node on its embedded defaults: the H2 database
# (portcullis.mv.db), the embedded broker's journal (artemis/), the ledger's key pair and the broker's sender seal
# secret. Stop the node first (systemctl stop portcullis): a copy taken while H2 and Artemis write is not consistent.
# PostgreSQL and an external broker are backed up with their own tools (docs/operations.md, "Backup and restore").
#
#   backup.sh backup  DATA_DIR ARCHIVE.tar.gz    writes the archive and its SHA-256 manifest inside it
#   backup.sh restore ARCHIVE.tar.gz DATA_DIR    unpacks into DATA_DIR (new or empty) and checks the manifest
set -euo pipefail

usage() {
    echo "usage: $0 backup DATA_DIR ARCHIVE.tar.gz | $0 restore ARCHIVE.tar.gz DATA_DIR" >&2
    exit 2
}

backup() {
    local data=$1 archive=$2
    [ -f "$data/portcullis.mv.db" ] || { echo "no H2 database (portcullis.mv.db) in $data" >&2; exit 1; }
    if [ -e "$data/portcullis.lock.db" ]; then
        echo "$data/portcullis.lock.db exists: the node still runs (or died without closing H2); stop it first" >&2
        exit 1
    fi
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
