-- Eventline benchmark data: the stored JSON document (V011) of every generated event, rendered
-- set-based in SQL, in the shape EventViews and Jackson give it (field names and order, nulls,
-- empty lists, ISO-8601 instants and dates, EDTF). Included by generate.sql after the link
-- tables, claims and quotes are filled and before the event rows are copied, so each event row is
-- written once, with its document. generate.sh then has the app render a sample of events itself
-- and compares them with these, as jsonb (see "check documents" there).

create function pg_temp.starts_unit(d date, prec text) returns boolean language sql stable parallel safe as $$
    select case prec when 'month' then extract(day from d) = 1 when 'year' then extract(doy from d) = 1 else true end
$$;

create function pg_temp.ends_unit(d date, prec text) returns boolean language sql stable parallel safe as $$
    select case prec when 'month' then extract(day from d + 1) = 1 when 'year' then extract(doy from d + 1) = 1 else true end
$$;

create function pg_temp.edtf_bound(d date, prec text) returns text language sql stable parallel safe as $$
    select case prec when 'month' then to_char(d, 'YYYY-MM') when 'year' then to_char(d, 'YYYY') else to_char(d, 'YYYY-MM-DD') end
$$;

-- EdtfFormat.format: one unit (a day, month or year) alone, otherwise start/end, a week as its days
create function pg_temp.edtf(s date, e date, prec text, approx boolean) returns text language sql stable parallel safe as $$
    select case
        when e is not null and (prec = 'day' and s = e
                                or prec = 'month' and date_trunc('month', s) = date_trunc('month', e)
                                   and extract(day from s) = 1 and e = (date_trunc('month', e) + interval '1 month - 1 day')::date
                                or prec = 'year' and extract(year from s) = extract(year from e)
                                   and extract(doy from s) = 1 and extract(month from e) = 12 and extract(day from e) = 31)
            then pg_temp.edtf_bound(s, prec) || case when approx then '~' else '' end
        else (case when prec in ('month', 'year') and pg_temp.starts_unit(s, prec) then pg_temp.edtf_bound(s, prec) else to_char(s, 'YYYY-MM-DD') end)
             || case when approx then '~' else '' end || '/'
             || case when e is null then '..'
                     when prec in ('month', 'year') and pg_temp.ends_unit(e, prec) then pg_temp.edtf_bound(e, prec)
                     else to_char(e, 'YYYY-MM-DD') end
    end
$$;

-- DateView: null without a start (a claim without a period)
create function pg_temp.date_view(s date, e date, prec text, approx boolean, label text) returns json
language sql stable parallel safe as $$
    select case when s is not null then json_build_object('start', s, 'end', e, 'precision', prec, 'approximate', approx,
                                                           'uncertain', false, 'edtf', pg_temp.edtf(s, e, prec, approx), 'label', label) end
$$;

-- Jackson's Instant: ISO_INSTANT, UTC, the fraction in 0, 3 or 6 digits as needed
create function pg_temp.instant(t timestamptz) returns text language sql stable parallel safe as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
           || case when to_char(t, 'US') = '000000' then ''
                   when to_char(t, 'US') like '%000' then '.' || to_char(t, 'MS')
                   else '.' || to_char(t, 'US') end || 'Z'
$$;

create function pg_temp.point(lon double precision, lat double precision) returns json language sql stable parallel safe as $$
    select case when lon is not null then json_build_object('lon', lon, 'lat', lat) end
$$;

-- the references other records show: ActorRef, SourceRef, LocationRef
create unlogged table actor_ref as
select id, json_build_object('id', id, 'slug', slug, 'name', name, 'kind', kind) as ref from public.actor;
create unique index on actor_ref (id);
create unlogged table source_ref as
select id, json_build_object('id', id, 'slug', slug, 'kind', kind, 'publisher', publisher, 'title', title, 'url', url,
                             'published_on', published_on, 'language', language) as ref from public.source;
create unique index on source_ref (id);
create unlogged table location_ref as
select id, slug, name, kind, pg_temp.point(longitude, latitude) as point, location_precision,
       json_build_object('id', id, 'slug', slug, 'name', name, 'kind', kind, 'point', pg_temp.point(longitude, latitude),
                         'location_precision', location_precision) as ref
  from public.location;
create unique index on location_ref (id);
analyze actor_ref, source_ref, location_ref;

-- each list of an event, in position order (EventViews keeps the order of the collections)
create unlogged table doc_places as
select el.event_id, json_agg(json_build_object('id', l.id, 'slug', l.slug, 'name', l.name, 'kind', l.kind, 'point', l.point,
                                               'location_precision', l.location_precision, 'role', el.role) order by el.position) as list
  from public.event_location el join location_ref l on l.id = el.location_id
 group by el.event_id;

create unlogged table doc_actors as
select ea.event_id, json_agg(json_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'kind', a.kind, 'role', ea.role)
                             order by ea.position) as list
  from public.event_actor ea join public.actor a on a.id = ea.actor_id
 group by ea.event_id;

create unlogged table doc_sources as
select es.event_id, json_agg(json_build_object('id', s.id, 'slug', s.slug, 'kind', s.kind, 'publisher', s.publisher, 'title', s.title,
                                               'url', s.url, 'published_on', s.published_on, 'attribution', es.attribution)
                             order by es.position) as list
  from public.event_source es join public.source s on s.id = es.source_id
 group by es.event_id;

create unlogged table doc_claims as
select c.event_id, json_agg(json_build_object('id', c.id, 'measure', c.measure, 'group', c.affected_group,
                                              'group_actor', ga.ref, 'min', c.min_value,
                                              'max', c.max_value, 'qualifier', c.qualifier, 'estimate', c.estimate,
                                              'reported_as', c.reported_as,
                                              'period', pg_temp.date_view(c.period_start, c.period_end, c.period_precision,
                                                                          c.period_approximate, c.period_label),
                                              'attributed_to', a.ref, 'source', s.ref, 'verification', c.verification)
                            order by c.position) as list
  from public.claim c join actor_ref a on a.id = c.attributed_to_id join source_ref s on s.id = c.source_id
  left join actor_ref ga on ga.id = c.group_actor_id
 group by c.event_id;

create unlogged table doc_quotes as
select q.event_id, json_agg(json_build_object('text', q.text, 'speaker', a.ref, 'source', s.ref) order by q.position) as list
  from public.quote q left join actor_ref a on a.id = q.speaker_id join source_ref s on s.id = q.source_id
 group by q.event_id;

create index on doc_places (event_id);
create index on doc_actors (event_id);
create index on doc_sources (event_id);
create index on doc_claims (event_id);
create index on doc_quotes (event_id);
analyze doc_places, doc_actors, doc_sources, doc_claims, doc_quotes;

select pg_temp.phase('documents: lists of actors, places, sources, claims, quotes');

-- The event rows again, each with its whole document in EventView's field order, so that the event
-- table is filled from this one table without a join. Each list is looked up by its index: hash
-- joins of ten million rows spilled over 40 GB of temporary files here and filled the disk.
set enable_hashjoin = off;
set enable_mergejoin = off;
create unlogged table event_documents as
select r.id, r.external_key, r.code, r.title, r.summary, r.status, r.ds, r.de, r.prec, r.approx, r.label, r.location_id,
       r.created_at, r.updated_at, r.version, r.search_document,
       json_build_object(
           'id', r.id, 'type', r.code, 'category', ty.category_code, 'title', r.title, 'summary', r.summary, 'status', r.status,
           'date', pg_temp.date_view(r.ds, r.de, r.prec, r.approx, r.label),
           'location', l.ref,
           'locations', coalesce(p.list, '[]'), 'actors', coalesce(a.list, '[]'), 'claims', coalesce(c.list, '[]'),
           'quotes', coalesce(q.list, '[]'), 'sources', coalesce(s.list, '[]'), 'related', '[]'::json,
           'point', null, 'aggregate', false, 'codes', '[]'::json,
           'external_key', r.external_key, 'dataset', 'eventline-benchmark', 'created_at', pg_temp.instant(r.created_at), 'updated_at', pg_temp.instant(r.updated_at)
       )::text as document
  from event_rows r
  join public.event_type ty on ty.code = r.code
  left join location_ref l on l.id = r.location_id
  left join doc_places p on p.event_id = r.id
  left join doc_actors a on a.event_id = r.id
  left join doc_claims c on c.event_id = r.id
  left join doc_quotes q on q.event_id = r.id
  left join doc_sources s on s.event_id = r.id;

reset enable_hashjoin;
reset enable_mergejoin;

-- Tables created in this transaction are truncated at once, not at commit: the disk is freed now.
truncate doc_places, doc_actors, doc_sources, doc_claims, doc_quotes, event_rows;

select pg_temp.phase('documents (' || count(*) || ')') from event_documents;
