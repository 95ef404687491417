-- Clearance certificates Portcullis issued (docs/ledger.md, "Clearance certificates"): one per released case, signed
-- with the log's key (a compact JWS), with the log index of the release it certifies. Only ever added to; each one
-- is also a CERTIFICATE_ISSUED leaf of the tamper-evident log. Portable between H2 2.x and PostgreSQL 15.
create table clearance_certificate (
    certificate_id  varchar(40)  primary key,
    mrn             varchar(18)  not null,
    jws             varchar      not null,
    log_index       bigint       not null,
    issued_at       timestamp with time zone not null,
    issued_by       varchar(100) not null
);

create unique index clearance_certificate_by_mrn on clearance_certificate (mrn);
