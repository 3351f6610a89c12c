-- Timelines: pages of events in date order served by index range scans at millions of events.
--
-- An envelope overlaps the window [from, to] when it starts on or before "to" and ends on or
-- after "from". Ordered by start, that is no btree range: an envelope may start long before
-- "from". So events are split by the length of their envelope (date_end - date_start, in days)
-- into classes with a longest span each; in class k only envelopes starting from "from" minus
-- that span can overlap, a range on (class, date_start). A page is then one ordered range scan
-- per class, merged (EventPageQuery). Bounds: 0 days (single days, most events), 7 (short ranges,
-- weeks), 31 (months), 92 (campaigns, quarters), 366 (years); class 5 holds longer and open
-- envelopes, scanned from the first day (few: an open envelope overlaps every later window anyway).
-- DateSpanClass (Java) holds the same bounds; a test checks both agree.
create function event_date_span_class(date_start date, date_end date) returns smallint
language sql immutable parallel safe as $$
    select (case when date_end is null then 5
                 when date_end = date_start then 0
                 when date_end - date_start <= 7 then 1
                 when date_end - date_start <= 31 then 2
                 when date_end - date_start <= 92 then 3
                 when date_end - date_start <= 366 then 4
                 else 5 end)::smallint
$$;

alter table event add column date_span_class smallint not null
    generated always as (event_date_span_class(date_start, date_end)) stored;

-- date_end and type_code ride along, so the overlap's end and a type filter are checked in the index
create index event_timeline_idx on event (date_span_class, date_start, id) include (date_end, type_code);

-- Periods are now plain comparisons on the envelope's days (EventConditions), served by the btree
-- indexes: nothing reads the GiST index of V008 any more, and every write paid for it.
drop index event_date_range_idx;

-- The same per actor and per place (with every place inside it), kept by triggers from the link
-- tables, so "an actor's events, newest first" or "a governorate in a month" is a range scan on
-- one actor's or place's rows, not a join over all of its events sorted at each request. One row
-- per (actor or place, event) even when the event names it twice; with the event's days, so a
-- period is checked in the index alone.
create table event_actor_timeline (
    event_id        uuid not null references event (id) on delete cascade,
    actor_id        uuid not null references actor (id) on delete cascade,
    date_start      date not null,
    date_end        date,
    date_span_class smallint not null,
    primary key (event_id, actor_id)
);

create index event_actor_timeline_idx on event_actor_timeline (actor_id, date_span_class, date_start, event_id) include (date_end);

create table event_place_timeline (
    event_id        uuid not null references event (id) on delete cascade,
    location_id     uuid not null references location (id) on delete cascade,
    date_start      date not null,
    date_end        date,
    date_span_class smallint not null,
    primary key (event_id, location_id)
);

create index event_place_timeline_idx on event_place_timeline (location_id, date_span_class, date_start, event_id) include (date_end);

-- Rebuilds both timelines' rows of these events from their links, dates and the place hierarchy
-- (nothing for null: no event changed).
create function refresh_event_timelines(event_ids uuid[]) returns void
language sql as $$
    delete from event_actor_timeline where event_id = any(event_ids);
    insert into event_actor_timeline (event_id, actor_id, date_start, date_end, date_span_class)
    select distinct e.id, ea.actor_id, e.date_start, e.date_end, e.date_span_class
      from event e join event_actor ea on ea.event_id = e.id
     where e.id = any(event_ids);
    delete from event_place_timeline where event_id = any(event_ids);
    insert into event_place_timeline (event_id, location_id, date_start, date_end, date_span_class)
    select distinct e.id, lc.ancestor_id, e.date_start, e.date_end, e.date_span_class
      from event e
      join event_location el on el.event_id = e.id
      join location_closure lc on lc.descendant_id = el.location_id
     where e.id = any(event_ids);
$$;

-- Statement-level triggers with transition tables: one statement of upkeep per write statement.
-- Links added only add rows; links removed or changed rebuild their events' rows.
create function event_actor_links_added() returns trigger
language plpgsql as $$
begin
    insert into event_actor_timeline (event_id, actor_id, date_start, date_end, date_span_class)
    select distinct n.event_id, n.actor_id, e.date_start, e.date_end, e.date_span_class
      from new_links n join event e on e.id = n.event_id
        on conflict do nothing;
    return null;
end
$$;

create function event_location_links_added() returns trigger
language plpgsql as $$
begin
    insert into event_place_timeline (event_id, location_id, date_start, date_end, date_span_class)
    select distinct n.event_id, lc.ancestor_id, e.date_start, e.date_end, e.date_span_class
      from new_links n
      join event e on e.id = n.event_id
      join location_closure lc on lc.descendant_id = n.location_id
        on conflict do nothing;
    return null;
end
$$;

create function event_links_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform refresh_event_timelines((select array_agg(distinct event_id) from old_links));
    else
        perform refresh_event_timelines((select array_agg(distinct event_id)
                                           from (select event_id from new_links union select event_id from old_links) both_sides));
    end if;
    return null;
end
$$;

create trigger event_actor_timeline_insert after insert on event_actor referencing new table as new_links
    for each statement execute function event_actor_links_added();
create trigger event_location_timeline_insert after insert on event_location referencing new table as new_links
    for each statement execute function event_location_links_added();

do $$
declare
    link_table text;
begin
    foreach link_table in array array['event_actor', 'event_location']
    loop
        execute format('create trigger %I after delete on %I referencing old table as old_links '
                       'for each statement execute function event_links_changed()', link_table || '_timeline_delete', link_table);
        execute format('create trigger %I after update on %I referencing new table as new_links old table as old_links '
                       'for each statement execute function event_links_changed()', link_table || '_timeline_update', link_table);
    end loop;
end
$$;

create function event_dates_changed() returns trigger
language plpgsql as $$
begin
    perform refresh_event_timelines((
        select array_agg(n.id)
          from new_events n join old_events o on o.id = n.id
         where (n.date_start, n.date_end) is distinct from (o.date_start, o.date_end)));
    return null;
end
$$;

create trigger event_timeline_dates
    after update on event referencing new table as new_events old table as old_events
    for each statement execute function event_dates_changed();

-- A place moved in the hierarchy: the events at it or inside it have new ancestors. Runs after
-- the row triggers of V005 have rewritten the closure.
create function location_moved() returns trigger
language plpgsql as $$
begin
    perform refresh_event_timelines((
        select array_agg(distinct el.event_id)
          from new_places n
          join old_places o on o.id = n.id
          join location_closure lc on lc.ancestor_id = n.id
          join event_location el on el.location_id = lc.descendant_id
         where n.parent_id is distinct from o.parent_id));
    return null;
end
$$;

create trigger location_timeline_move
    after update on location referencing new table as new_places old table as old_places
    for each statement execute function location_moved();

-- events stored before this migration
select refresh_event_timelines(array_agg(id)) from event;
