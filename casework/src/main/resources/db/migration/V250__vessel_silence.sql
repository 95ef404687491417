-- Silences of a case's vessel found by the silence check (docs/iot.md): no AIS report after last_report_at for
-- longer than the check's threshold, before the ETA. One row per case and silence, written with the case's request
-- to be re-assessed, so that each silence queues the case once, on one node.
create table vessel_silence (
    mrn            varchar(18) not null references clearance_case (mrn),
    last_report_at timestamp with time zone not null,
    found_at       timestamp with time zone not null,
    primary key (mrn, last_report_at)
);
