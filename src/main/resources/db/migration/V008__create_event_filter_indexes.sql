-- Indexes for the filters of GET /events (see "Indexes" in the README for why each exists).

-- keyset paging in chronological order: (date_start, id) is the cursor
create index event_chronology_idx on event (date_start, id);
-- from/to with date_match=overlaps|within: the envelope as a range, open ends unbounded
create index event_date_range_idx on event using gist (daterange(date_start, date_end, '[]'));
-- type and category filters, then chronological order
create index event_type_chronology_idx on event (type_code, date_start, id);
create index event_status_idx on event (status);
-- updated_since (sync clients)
create index event_updated_idx on event (updated_at);
-- actor and location filters go from the actor or place to its events
create index event_actor_actor_idx on event_actor (actor_id, event_id);
create index event_location_location_idx on event_location (location_id, event_id);
create index event_primary_location_idx on event (location_id);
-- the claims, quotes and relations of a page of events
create index claim_event_idx on claim (event_id);
create index quote_event_idx on quote (event_id);
create index event_relation_related_idx on event_relation (related_event_id);
