-- Every change to an event, numbered in commit order: an event's history and the change feed read
-- it. Writers hold one advisory lock from before their first write to their commit (EventRevisionRepository),
-- so a revision number is never drawn while an earlier-numbered one is still uncommitted, and a
-- client reading the feed after revision n can never miss a later commit numbered below n.
create table event_revision (
    revision       bigint generated always as identity primary key,
    -- no foreign key: a retired event leaves the event table, its revisions stay
    event_id       uuid not null,
    -- the event's external key at the time, so that a re-import knows a retired record (V018)
    external_key   text,
    change         text not null check (change in ('created', 'updated', 'retired')),
    -- the clock at the write, taken under the lock: it grows with the revision number
    changed_at     timestamptz not null default clock_timestamp(),
    -- the token's subject, or the importer's name
    author         text not null,
    -- top-level fields of the event's JSON that this revision changed
    changed_fields text[] not null,
    -- the event's JSON after the change; for a retirement, as it last was. Text, as served: the
    -- database never looks inside it except to compare two revisions of one event
    document       text not null
);

create index event_revision_event_idx on event_revision (event_id, revision);
create index event_revision_time_idx on event_revision (changed_at);
