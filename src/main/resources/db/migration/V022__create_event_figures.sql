-- Events by figure (GET /events?measure=killed&figure_min=100, sort=-figure).
--
-- A claim's figure is the highest number it states: its max, else its min (figure/ClaimFigure,
-- FIGURE_RULE); null when it states none ("dozens"). Stored with the claim, so that the range
-- filter compares a column the index below holds; EventFiguresTest checks it against ClaimFigure.
alter table claim add column figure bigint generated always as (coalesce(max_value, min_value)) stored;

-- The range filter asks, per event read in date order, whether one of its claims of the measure
-- has a figure in the range: a probe of this index alone.
create index claim_figure_idx on claim (event_id, measure, figure);

-- Each event's figure per measure: the largest figure among its claims of that measure; an event
-- with no such claim (or only claims without a number) has no row, so sort=figure leaves it out.
-- With the event's days and envelope length class (V012), so that a period is checked in the
-- indexes alone.
create table event_figure (
    event_id        uuid not null references event (id) on delete cascade,
    measure         text not null,
    figure          bigint not null,
    date_start      date not null,
    date_end        date,
    date_span_class smallint not null,
    primary key (event_id, measure)
);

-- sort=figure: a range scan from figure_min
create index event_figure_order_idx on event_figure (measure, figure, event_id) include (date_start, date_end);
-- a figure range in date order: the timeline of the events with a figure of the measure (as V012's
-- per actor and per place), the figure checked in the index; at a million events, a page of
-- killed >= 100 read 2,537 buffers through the claim probes, this way a few dozen
create index event_figure_timeline_idx on event_figure (measure, date_span_class, date_start, event_id) include (date_end, figure);

-- Rebuilds the rows of these events from their claims (nothing for null: no event changed).
create function refresh_event_figures(event_ids uuid[]) returns void
language sql as $$
    delete from event_figure where event_id = any(event_ids);
    insert into event_figure (event_id, measure, figure, date_start, date_end, date_span_class)
    select g.event_id, g.measure, g.figure, e.date_start, e.date_end, e.date_span_class
      from (select event_id, measure, max(figure) as figure from claim
             where event_id = any(event_ids) and figure is not null group by event_id, measure) g
     cross join lateral (select date_start, date_end, date_span_class from event where id = g.event_id offset 0) e;
$$;

-- Statement-level triggers with transition tables: one statement of upkeep per write statement,
-- so an import's COPY of a hundred thousand claims pays one grouped upsert. Claims added can only
-- raise a figure; claims removed or changed rebuild their events' rows.
create function event_figure_claims_added() returns trigger
language plpgsql as $$
begin
    insert into event_figure (event_id, measure, figure, date_start, date_end, date_span_class)
    select g.event_id, g.measure, g.figure, e.date_start, e.date_end, e.date_span_class
      from (select event_id, measure, max(figure) as figure from new_claims where figure is not null group by event_id, measure) g
     -- each event's days by its key (offset 0 keeps the lookup per row): a hash join read all the events for 16,000 claims
     cross join lateral (select date_start, date_end, date_span_class from event where id = g.event_id offset 0) e
        on conflict (event_id, measure) do update set figure = excluded.figure where excluded.figure > event_figure.figure;
    return null;
end
$$;

create function event_figure_claims_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform refresh_event_figures((select array_agg(distinct event_id) from old_claims));
    else
        perform refresh_event_figures((select array_agg(distinct event_id)
                                         from (select event_id from new_claims union select event_id from old_claims) both_sides));
    end if;
    return null;
end
$$;

create trigger event_figure_claim_insert after insert on claim referencing new table as new_claims
    for each statement execute function event_figure_claims_added();
create trigger event_figure_claim_delete after delete on claim referencing old table as old_claims
    for each statement execute function event_figure_claims_changed();
create trigger event_figure_claim_update after update on claim referencing new table as new_claims old table as old_claims
    for each statement execute function event_figure_claims_changed();

-- An event's new days reach its figures' rows.
create function event_figure_dates_changed() returns trigger
language plpgsql as $$
begin
    update event_figure f set date_start = n.date_start, date_end = n.date_end, date_span_class = n.date_span_class
      from new_events n join old_events o on o.id = n.id
     where f.event_id = n.id and (n.date_start, n.date_end) is distinct from (o.date_start, o.date_end);
    return null;
end
$$;

create trigger event_figure_dates
    after update on event referencing new table as new_events old table as old_events
    for each statement execute function event_figure_dates_changed();

-- events stored before this migration
insert into event_figure (event_id, measure, figure, date_start, date_end, date_span_class)
select c.event_id, c.measure, max(c.figure), e.date_start, e.date_end, e.date_span_class
  from claim c join event e on e.id = c.event_id
 where c.figure is not null
 group by c.event_id, c.measure, e.date_start, e.date_end, e.date_span_class;
