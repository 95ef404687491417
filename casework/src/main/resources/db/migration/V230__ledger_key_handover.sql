-- Key handovers of the tamper-evident log (docs/ledger.md, "Key rotation"): at most one from each key, made at the
-- first start with a new key while the previous private key is configured. The old key vouches for the new one, the
-- new one cross-signs the old key's last tree head. Only ever added to. Portable between H2 2.x and PostgreSQL 15.
create table ledger_key_handover (
    old_log_id  varchar(64)  primary key,
    new_log_id  varchar(64)  not null,
    tree_size   bigint       not null,
    handover    varchar      not null,
    made_at     timestamp with time zone not null
);
