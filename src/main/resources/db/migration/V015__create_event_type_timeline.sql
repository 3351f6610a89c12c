-- The timeline of one event type: a page filtered by a single type (the most common filter after
-- the period) scans only that type's rows in each envelope length class (V012), instead of every
-- event's and dropping the other types; without it, the class of open envelopes (campaigns, never
-- air strikes) was read to its start for every window. Replaces V008's (type_code, date_start, id).
create index event_type_timeline_idx on event (type_code, date_span_class, date_start, id) include (date_end);
drop index event_type_chronology_idx;
