-- /claims and /stats/figures read an event's claims by (event_id, position) and filter or sum them by
-- their own fields: with those fields in the index, the claims of the events a date range finds are
-- read from the index alone (an index-only scan per event instead of a heap fetch per claim).
create index claim_event_figure_idx on claim (event_id, position)
    include (measure, attributed_to_id, affected_group, estimate, min_value, max_value, qualifier, verification, source_id,
             group_actor_id);
