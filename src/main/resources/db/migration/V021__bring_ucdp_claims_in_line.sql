-- UCDP claims stored before V020 told their figures apart only by their reported_as text: the best
-- estimate and the deaths of unknown status were both "killed, people, about". This brings them in
-- line with the UCDP mapping (imports/UcdpGedFormat), so that re-importing the file changes nothing:
-- the estimate (low, best, high; the deaths per side are best estimates), the group unknown_status,
-- and for a side's deaths the side's actor. Figures, qualifiers and texts stay as published; only
-- claims attributed to UCDP on events imported from UCDP GED are touched, never curated ones.
--
-- An event whose claims change must not change silently: its version and update time move (old
-- If-Match tags fail, mirrors syncing by updated_since see it), its JSON is rendered again, and it
-- gets a revision in its history and the change feed. SQL cannot render JSON, so the events are
-- listed in event_pending_revision, which the application works off at start-up
-- (history/PendingRevisions: renders, records the revision under the write lock, drops the line).

create table event_pending_revision (
    event_id uuid primary key references event (id) on delete cascade,
    -- who the revision is by, as event_revision.author
    author   text not null,
    -- why the event changed, for the log and for whoever reads this table
    reason   text not null
);

-- A function, so that a test can run the fix again on rows shaped the old way; it returns the
-- number of events whose claims it changed, and changes nothing on claims already in line.
create function ucdp_claims_in_line() returns integer
language plpgsql as $$
declare
    changed_ids uuid[];
begin
    with ucdp_claim as (
        select c.id, c.event_id, c.affected_group, c.estimate, c.group_actor_id, c.reported_as,
               case
                   when c.affected_group = 'people' and c.qualifier = 'about'
                        and c.reported_as like 'best estimate: %' then 'best'
                   when c.affected_group = 'people' and c.qualifier = 'at_least'
                        and c.reported_as like 'low estimate: %' then 'low'
                   when c.affected_group = 'people' and c.qualifier = 'as_many_as'
                        and c.reported_as like 'high estimate: %' then 'high'
                   when c.affected_group = 'combatants' and c.qualifier = 'about'
                        and c.reported_as ~ '^deaths of side [AB], .*: [0-9]+ \(best estimate\)$' then 'best'
                   when c.affected_group = 'civilians' and c.qualifier = 'about'
                        and c.reported_as ~ '^civilian deaths: [0-9]+ \(best estimate\)$' then 'best'
                   when c.affected_group in ('people', 'unknown_status') and c.qualifier = 'about'
                        and c.reported_as ~ '^deaths of unknown status: [0-9]+ \(best estimate\)$' then 'best'
               end as estimate_now,
               case
                   when c.affected_group = 'people' and c.qualifier = 'about'
                        and c.reported_as ~ '^deaths of unknown status: [0-9]+ \(best estimate\)$' then 'unknown_status'
                   else c.affected_group
               end as group_now,
               substring(c.reported_as from '^deaths of side ([AB]), .*: [0-9]+ \(best estimate\)$') as side,
               substring(c.reported_as from '^deaths of side [AB], (.*): [0-9]+ \(best estimate\)$') as side_name
        from claim c
        join event e on e.id = c.event_id
        join actor claimant on claimant.id = c.attributed_to_id
        where e.external_key like 'ucdp-ged:%' and claimant.slug = 'ucdp' and c.measure = 'killed'
    ),
    in_line as (
        select u.id, coalesce(u.estimate, u.estimate_now) as estimate, u.group_now as affected_group,
               coalesce(u.group_actor_id, case when u.affected_group = 'combatants' then side.actor_id end) as group_actor_id
        from ucdp_claim u
        -- the side as the importer wrote it: the participant at position 0 (side A) or 1 (side B),
        -- checked by the name the text gives (or its slug, which an actor keeps when renamed); a
        -- participant of that name elsewhere when a curator reordered them; none when no name fits
        left join lateral (
            select ea.actor_id
            from event_actor ea
            join actor a on a.id = ea.actor_id
            where ea.event_id = u.event_id and u.side is not null
              and (a.name = u.side_name
                   or a.slug = trim(both '-' from regexp_replace(lower(u.side_name), '[^a-z0-9]+', '-', 'g')))
            order by ea.position = case u.side when 'A' then 0 else 1 end desc, ea.position
            limit 1) side on true
    ),
    fixed as (
        update claim c
        set estimate = l.estimate, affected_group = l.affected_group, group_actor_id = l.group_actor_id
        from in_line l
        where c.id = l.id
          and (c.estimate, c.affected_group, c.group_actor_id) is distinct from (l.estimate, l.affected_group, l.group_actor_id)
        returning c.event_id)
    select array_agg(distinct event_id) into changed_ids from fixed;

    if changed_ids is null then
        return 0;
    end if;

    -- a separate statement, so that the search document reads the claims as fixed
    update event
    set version = version + 1, updated_at = now(), document = null, search_document = event_search_document(id)
    where id = any(changed_ids);

    insert into event_pending_revision (event_id, author, reason)
    select id, 'migration V021', 'UCDP claims brought in line: estimate, group unknown_status, group_actor'
    from unnest(changed_ids) as id
    on conflict (event_id) do nothing;

    return cardinality(changed_ids);
end
$$;

select ucdp_claims_in_line();
