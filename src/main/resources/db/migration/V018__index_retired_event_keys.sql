-- A re-import must not bring back an event a curator retired: the importer looks up the external
-- keys of a batch among the retirements.
create index event_revision_retired_key_idx on event_revision (external_key) where change = 'retired';
