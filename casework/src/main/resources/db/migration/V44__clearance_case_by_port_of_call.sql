-- The inbox offers the ports of call of all cases as its port filter, on every load (CaseSearch.portsOfCall). With
-- this index the query steps from one port to the next in the index, a few index pages for a dozen ports however
-- many cases there are; a DISTINCT over the table (or even over this index) reads every case on PostgreSQL.
create index ix_clearance_case_port_of_call on clearance_case (port_of_call);
