-- The start-up backfill (EventDocumentBackfill) looks for events stored without their document;
-- normally there are none, and without this index finding that out read every event (0.9 s at
-- a million events, at every start).
create index event_without_document_idx on event (id) where document is null;
