-- Documents stored once, addressed by their SHA-256 (the hash the tamper-evident log records for a message): the
-- body of a carrier's message as received, and the stored form of a filing where it is not that body (EDIFACT, a
-- merge of a case's LRNs). Messages, LRNs and case versions refer to them by hash. Expand only: the old columns stay
-- (rows written before keep their text there and are still read), and may now be empty.
-- Portable between H2 2.x and PostgreSQL 15.
create table stored_document (
    sha256     varchar(64) primary key,
    content    bytea       not null,
    stored_at  timestamp with time zone not null
);

alter table inbound_message add column body_sha256 varchar(64);
alter table filed_lrn add column document_sha256 varchar(64);
alter table filing_version add column document_sha256 varchar(64);
alter table filed_lrn alter column document drop not null;
alter table filing_version alter column document drop not null;

-- Retention looks up whether anything still refers to a document.
create index inbound_message_by_body on inbound_message (body_sha256);
create index filed_lrn_by_document on filed_lrn (document_sha256);
create index filing_version_by_document on filing_version (document_sha256);
