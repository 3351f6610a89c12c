-- Full-text search (q): one weighted document per event over its title and summary, quotes,
-- claims, and the names and aliases of its actors and places. A function rebuilds it; the
-- repository calls it after every write of an event, since it reads other tables.
alter table event add column search_document tsvector not null default ''::tsvector;

create function event_search_document(target_event_id uuid) returns tsvector
language sql stable as $$
    select setweight(to_tsvector('english', e.title), 'A')
        || setweight(to_tsvector('english', e.summary), 'B')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(a.name || ' ' || array_to_string(a.aliases, ' '), ' ')
                 from event_actor ea join actor a on a.id = ea.actor_id
                where ea.event_id = e.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(l.name || ' ' || array_to_string(l.aliases, ' '), ' ')
                 from event_location el join location l on l.id = el.location_id
                where el.event_id = e.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(q.text, ' ') from quote q where q.event_id = e.id), '')), 'C')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(concat_ws(' ', c.measure, c.affected_group, c.reported_as), ' ')
                 from claim c where c.event_id = e.id), '')), 'C')
      from event e
     where e.id = target_event_id
$$;

create index event_search_idx on event using gin (search_document);
