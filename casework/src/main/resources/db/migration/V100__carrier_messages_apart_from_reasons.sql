-- An officer's decision and an inspection's result keep the internal reason (audited, never sent out) apart from
-- the optional message the carrier receives with the notice. Earlier rows have no message: their reason was sent.
alter table officer_decision add column carrier_message varchar(1000);
alter table inspection add column carrier_message varchar(1000);
