-- The case file and every task page list the messages of a case (CaseHistoryRepository.messagesIn): by MRN, not by
-- a scan of every message ever received with its body.
create index ix_inbound_message_mrn on inbound_message (mrn);
