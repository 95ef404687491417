-- The broker's id of each message taken from the filings queue (JMSMessageID), so that the same message delivered
-- again after a crash (its database work committed, its acknowledgement lost) is told apart from a carrier sending
-- the same messageId again: the first gets no second answer, the second gets the first answer repeated.
-- Portable between H2 2.x and PostgreSQL 15.
alter table inbound_message add column delivery_id varchar(200);
