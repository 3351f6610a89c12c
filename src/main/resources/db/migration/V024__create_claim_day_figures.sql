-- Claims' figures per start day and type of their event and per series (measure, claimant,
-- estimate, group), kept by triggers, so that /stats/figures over a period adds up a few thousand
-- rows instead of reading a year's claims (stats/FigureDayQuery). The sums follow the counting rule
-- of figure/ClaimFigure: lower = min else max, upper = max else min. events counts distinct events,
-- which adds up across days and types since an event has one start day and one type.
create table claim_day_figure (
    measure          text not null,
    attributed_to_id uuid not null,
    day              date not null,
    type_code        text not null,
    estimate         text,
    affected_group   text,
    -- no check (>= 0) on the counts: an upsert checks its proposed row, whose deltas may be negative
    claims           integer not null,
    events           integer not null,
    min_sum          bigint not null,
    max_sum          bigint not null,
    unquantified     integer not null,
    -- one claimant's days first (the question asked); the sums ride along, so a period is read from the index alone
    constraint claim_day_figure_key unique nulls not distinct (measure, attributed_to_id, day, type_code, estimate, affected_group)
        include (claims, events, min_sum, max_sum, unquantified)
);

-- The statement that adds signed moves of claims (n = 1 added, -1 removed) to the rows of their
-- event's day and type. An event counts in a series while it has a claim of that series: its events
-- delta is whether it has one now minus whether it had one before the statement (now minus the
-- statement's net moves). Run by the trigger function itself: only it sees the transition tables.
create function claim_day_figures_statement(moves text) returns text
language sql immutable
return format($sql$
        with moves as (%s),
        per_event as (
            select event_id, measure, attributed_to_id, estimate, affected_group, sum(n) as claims,
                   sum(n * coalesce(min_value, max_value)) as min_sum, sum(n * coalesce(max_value, min_value)) as max_sum,
                   sum(n) filter (where min_value is null and max_value is null) as unquantified
              from moves group by 1, 2, 3, 4, 5),
        counted as (
            select e.date_start as day, e.type_code, p.*,
                   (select count(*) from claim c
                     where c.event_id = p.event_id and c.measure = p.measure and c.attributed_to_id = p.attributed_to_id
                       and c.estimate is not distinct from p.estimate
                       and c.affected_group is not distinct from p.affected_group) as now
              from per_event p join event e on e.id = p.event_id)
        insert into claim_day_figure as f (measure, attributed_to_id, day, type_code, estimate, affected_group,
                                           claims, events, min_sum, max_sum, unquantified)
        select measure, attributed_to_id, day, type_code, estimate, affected_group, sum(claims),
               sum((now > 0)::int - (now - claims > 0)::int), coalesce(sum(min_sum), 0), coalesce(sum(max_sum), 0),
               coalesce(sum(unquantified), 0)
          from counted group by 1, 2, 3, 4, 5, 6
            on conflict (measure, attributed_to_id, day, type_code, estimate, affected_group) do update
           set claims = f.claims + excluded.claims, events = f.events + excluded.events,
               min_sum = f.min_sum + excluded.min_sum, max_sum = f.max_sum + excluded.max_sum,
               unquantified = f.unquantified + excluded.unquantified
        $sql$, moves);

-- One pass per write statement on claim (the COPY of an import is one statement). A claim whose
-- event is gone was removed with its event, which claim_day_figures_event_changed accounted for.
create function claim_day_figures_changed() returns trigger
language plpgsql as $$
declare
    columns constant text := 'event_id, measure, attributed_to_id, estimate, affected_group, min_value, max_value';
begin
    if tg_op = 'INSERT' then
        execute claim_day_figures_statement(format('select %s, 1 as n from new_claims', columns));
    elsif tg_op = 'DELETE' then
        execute claim_day_figures_statement(format('select %s, -1 as n from old_claims', columns));
    else
        execute claim_day_figures_statement(format('select %1$s, 1 as n from new_claims union all select %1$s, -1 from old_claims',
                                               columns));
    end if;
    return null;
end
$$;

create trigger claim_day_figures_insert after insert on claim referencing new table as new_claims
    for each statement execute function claim_day_figures_changed();
create trigger claim_day_figures_delete after delete on claim referencing old table as old_claims
    for each statement execute function claim_day_figures_changed();
create trigger claim_day_figures_update after update on claim referencing new table as new_claims old table as old_claims
    for each statement execute function claim_day_figures_changed();

-- An event that moves (start day or type) takes its claims along; one that is deleted takes them out
-- before its claims go (by cascade, when the event can no longer be read to find their day).
create function claim_day_figures_event_changed() returns trigger
language plpgsql as $$
begin
    insert into claim_day_figure as f (measure, attributed_to_id, day, type_code, estimate, affected_group,
                                       claims, events, min_sum, max_sum, unquantified)
    select c.measure, c.attributed_to_id, place.day, place.type_code, c.estimate, c.affected_group, place.n * count(*), place.n,
           place.n * coalesce(sum(coalesce(c.min_value, c.max_value)), 0), place.n * coalesce(sum(coalesce(c.max_value, c.min_value)), 0),
           place.n * count(*) filter (where c.min_value is null and c.max_value is null)
      from claim c
     cross join (select old.date_start as day, old.type_code, -1 as n
                 union all
                 select new.date_start, new.type_code, 1 where tg_op = 'UPDATE') place
     where c.event_id = old.id
     group by c.measure, c.attributed_to_id, place.day, place.type_code, c.estimate, c.affected_group, place.n
        on conflict (measure, attributed_to_id, day, type_code, estimate, affected_group) do update
       set claims = f.claims + excluded.claims, events = f.events + excluded.events,
           min_sum = f.min_sum + excluded.min_sum, max_sum = f.max_sum + excluded.max_sum,
           unquantified = f.unquantified + excluded.unquantified;
    return old;
end
$$;

-- row triggers: only the rare moved or deleted event runs them (a statement-level update trigger
-- would compare every updated row, and migrations rewrite every event's document)
create trigger claim_day_figures_event_moved after update on event for each row
    when (old.date_start is distinct from new.date_start or old.type_code is distinct from new.type_code)
    execute function claim_day_figures_event_changed();
create trigger claim_day_figures_event_deleted before delete on event for each row
    execute function claim_day_figures_event_changed();

create function claim_day_figures_truncated() returns trigger
language plpgsql as $$
begin
    truncate claim_day_figure;
    return null;
end
$$;

create trigger claim_day_figures_truncate after truncate on claim
    for each statement execute function claim_day_figures_truncated();

-- claims stored before this migration
insert into claim_day_figure (measure, attributed_to_id, day, type_code, estimate, affected_group,
                              claims, events, min_sum, max_sum, unquantified)
select c.measure, c.attributed_to_id, e.date_start, e.type_code, c.estimate, c.affected_group, count(*), count(distinct e.id),
       coalesce(sum(coalesce(c.min_value, c.max_value)), 0), coalesce(sum(coalesce(c.max_value, c.min_value)), 0),
       count(*) filter (where c.min_value is null and c.max_value is null)
  from claim c join event e on e.id = c.event_id
 group by 1, 2, 3, 4, 5, 6;
