-- Amendments, cancellations and the parts of a port call (carrier messaging), and notice polling over HTTP.
-- Portable between H2 2.x and PostgreSQL 15.

-- Each LRN a carrier filed, with the latest accepted version of its filing. A case holds one or more LRNs: the
-- parts of one port call filed separately (cargo now, crew later, quoting the case's MRN) join one case.
create table filed_lrn (
    carrier_id    varchar(64)  not null,
    lrn           varchar(70)  not null,
    mrn           varchar(18)  not null references clearance_case (mrn),
    status        varchar(16)  not null,
    document      varchar      not null,
    last_sent_at  timestamp with time zone,
    filed_seq     bigint       not null,
    filed_at      timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    primary key (carrier_id, lrn)
);
create index ix_filed_lrn_mrn on filed_lrn (mrn);

-- Cases filed before this migration hold one LRN each.
insert into filed_lrn (carrier_id, lrn, mrn, status, document, last_sent_at, filed_seq, filed_at, updated_at)
select c.carrier_id, c.lrn, c.mrn, 'ACTIVE', v.document, null, 0, c.registered_at, c.updated_at
from clearance_case c join filing_version v on v.mrn = c.mrn and v.version = c.current_version;

-- Which LRN made each version of a case's filing, and the syntax the carrier used (for notices in EDIFACT).
alter table filing_version add column lrn varchar(70);
update filing_version set lrn = (select c.lrn from clearance_case c where c.mrn = filing_version.mrn);
alter table clearance_case add column filing_syntax varchar(8) default 'JSON' not null;

-- The outbox as carriers poll it over HTTP: acknowledged notices are no longer listed.
alter table notice add column acknowledged_at timestamp with time zone;
alter table notice add column syntax varchar(8) default 'JSON' not null;
create index ix_notice_carrier_ack on notice (carrier_id, acknowledged_at, seq);
