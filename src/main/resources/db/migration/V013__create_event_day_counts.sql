-- Events per start day and type, kept by triggers, so that /stats/timeline over a period (with
-- or without a type filter, by type or category) adds up a few thousand rows instead of counting
-- a year's hundreds of thousands of events (TimelineRepository, "day counts").
create table event_day_count (
    day       date not null,
    type_code text not null references event_type (code),
    events    integer not null check (events >= 0),
    -- the count rides along in the key's index: a period's counts are read from the index alone
    primary key (day, type_code) include (events)
);

-- One upsert per write statement: the rows it added count +1, the rows it removed -1.
create function event_day_counts_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into event_day_count (day, type_code, events)
        select date_start, type_code, count(*) from new_events group by 1, 2
            on conflict (day, type_code) do update set events = event_day_count.events + excluded.events;
    elsif tg_op = 'DELETE' then
        update event_day_count c set events = c.events - removed.events
          from (select date_start, type_code, count(*) as events from old_events group by 1, 2) removed
         where c.day = removed.date_start and c.type_code = removed.type_code;
    else
        with delta as (
            select day, type_code, sum(n) as n
              from (select date_start as day, type_code, 1 as n from new_events
                    union all
                    select date_start, type_code, -1 from old_events) moves
             group by 1, 2
            having sum(n) <> 0),
        added as (
            insert into event_day_count (day, type_code, events)
            select day, type_code, n from delta where n > 0
                on conflict (day, type_code) do update set events = event_day_count.events + excluded.events)
        update event_day_count c set events = c.events + d.n
          from delta d
         where d.n < 0 and c.day = d.day and c.type_code = d.type_code;
    end if;
    return null;
end
$$;

create trigger event_day_counts_insert after insert on event referencing new table as new_events
    for each statement execute function event_day_counts_changed();
create trigger event_day_counts_delete after delete on event referencing old table as old_events
    for each statement execute function event_day_counts_changed();
create trigger event_day_counts_update after update on event referencing new table as new_events old table as old_events
    for each statement execute function event_day_counts_changed();

-- events stored before this migration
insert into event_day_count (day, type_code, events)
select date_start, type_code, count(*) from event group by 1, 2;
