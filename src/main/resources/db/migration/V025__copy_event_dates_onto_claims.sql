-- Claims in their events' date order, read directly: a page of /claims used to read events in date
-- order and probe each one's claims, about 1,500 probes for 51 matches when the claim filter is
-- sparse (one claimant's deaths in a year). Each claim now carries a copy of its event's envelope
-- (first and last day, and the length class of V012 computed from them), so that an index on the
-- claims ordered as the listing is (class, start day, event, position) serves the page, the claim
-- filters checked on the index entry; the event is joined only for the event filters.

alter table claim add column event_date_start date, add column event_date_end date;

-- the copy changes no figure and no series: the upkeep of event_figure (V022) and claim_day_figure
-- (V024) would otherwise rebuild both whole from a million-row transition table
alter table claim disable trigger event_figure_claim_update, disable trigger claim_day_figures_update;
update claim c set event_date_start = e.date_start, event_date_end = e.date_end from event e where e.id = c.event_id;
alter table claim enable trigger event_figure_claim_update, enable trigger claim_day_figures_update;

-- one rewrite of the table, which also leaves out the row versions the update left behind
alter table claim alter column event_date_start set not null,
    add column event_date_span_class smallint not null
        generated always as (event_date_span_class(event_date_start, event_date_end)) stored;

comment on column claim.event_date_start is 'copy of event.date_start, kept by claim_event_dates (V025)';
comment on column claim.event_date_end is 'copy of event.date_end, kept by claim_event_dates (V025)';

-- Who writes a claim without the copy (Hibernate, SQL by hand) gets it from the event; the bulk
-- COPY of imports writes it with the claim, so it pays no trigger call per row (the WHEN clause is
-- checked without calling the function).
create function claim_event_dates_filled() returns trigger
language plpgsql as $$
begin
    select e.date_start, e.date_end into new.event_date_start, new.event_date_end from event e where e.id = new.event_id;
    return new;
end
$$;

create trigger claim_event_dates before insert on claim
    for each row when (new.event_date_start is null) execute function claim_event_dates_filled();

-- An event's envelope changed: its claims' copies follow, one statement per write statement.
create function event_dates_changed_on_claims() returns trigger
language plpgsql as $$
begin
    update claim c set event_date_start = n.date_start, event_date_end = n.date_end
      from new_events n join old_events o on o.id = n.id
     where c.event_id = n.id
       and (n.date_start, n.date_end) is distinct from (o.date_start, o.date_end)
       and (c.event_date_start, c.event_date_end) is distinct from (n.date_start, n.date_end);
    return null;
end
$$;

create trigger claim_event_dates_update
    after update on event referencing new table as new_events old table as old_events
    for each statement execute function event_dates_changed_on_claims();

-- A page in date order: one range per length class (merged, as EventPageQuery does for events),
-- the claim filters checked on the entry; a claimant's claims apart, so that a claimant with few
-- claims is read without scanning everyone else's.
create index claim_timeline_idx on claim (event_date_span_class, event_date_start, event_id, position)
    include (event_date_end, measure, attributed_to_id, affected_group, estimate, qualifier, verification, source_id);
create index claim_claimant_timeline_idx on claim (attributed_to_id, event_date_span_class, event_date_start, event_id, position)
    include (event_date_end, measure, affected_group, estimate, qualifier, verification, source_id);

-- the planner needs the new columns' statistics (autovacuum may be off)
analyze claim;
