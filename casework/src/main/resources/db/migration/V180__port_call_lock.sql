-- One row per vessel and port of call, locked by the recording of a port community system event and by the opening
-- of a case of that vessel at that port, so that whichever of the two commits second sees what the first committed
-- (docs/reliability.md, "The arrival race"). Created on first use; portable between H2 2.x and PostgreSQL 15.
create table port_call_lock (
    vessel_imo    varchar(7) not null,
    port_of_call  varchar(5) not null,
    created_at    timestamp with time zone not null,
    primary key (vessel_imo, port_of_call)
);
