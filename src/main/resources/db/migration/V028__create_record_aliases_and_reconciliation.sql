-- One world across sources (issue 15): a place or actor that arrives from a second dataset joins
-- the record it is the same thing as (reconcile/MatchRules), and a merge folds one record into
-- another. Either way a slug (and an id) that once named a record keeps naming it: paths answer
-- 301 to the record's own URL, filters and import lines resolve it.

-- The identifiers other registries give a record ({"ucdp_actor": "118", "geonames": "170063"}):
-- matched before any name.
alter table actor add column external_ids jsonb not null default '{}' check (jsonb_typeof(external_ids) = 'object');
alter table location add column external_ids jsonb not null default '{}' check (jsonb_typeof(external_ids) = 'object');

-- Former slugs and ids: a record that joined another on arrival (reason 'reconciled') or was merged
-- into it ('merged'). A slug names one thing: a record's own slug is never an alias (RecordAliases
-- checks both before any insert).
do $$
declare
    kind text;
begin
    foreach kind in array array['actor', 'location', 'source']
    loop
        execute format('create table %I ('
                       '  slug       text primary key check (slug ~ ''^[a-z0-9]+(-[a-z0-9]+)*$''),'
                       '  former_id  uuid unique,'
                       '  %I         uuid not null references %I (id) on delete cascade,'
                       '  reason     text not null check (reason in (''reconciled'', ''merged'')),'
                       '  created_at timestamptz not null default now())',
                       kind || '_alias', kind || '_id', kind);
        execute format('create index %I on %I (%I)', kind || '_alias_record_idx', kind || '_alias', kind || '_id');
        -- an alias changes what a filter or a path answers: readers' ETags must change
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_version()',
                       kind || '_alias_bumps_data_version', kind || '_alias');
    end loop;
end
$$;

-- Doubtful matches, kept apart for curators to decide (GET /reconciliation/candidates): a new
-- record (record_id) that resembles a stored one (match_id) by name but not by every rule. Ids of
-- either kind, so no foreign key: a merge or delete removes the rows naming the record it removes.
create table reconciliation_candidate (
    id          bigint generated always as identity primary key,
    kind        text not null check (kind in ('actor', 'location')),
    record_id   uuid not null,
    match_id    uuid not null,
    -- why it was not joined: 'too far (48 km, bound 25 km for city)', 'kinds differ' ...
    reasons     text[] not null,
    distance_km double precision,
    created_at  timestamptz not null default now(),
    unique (kind, record_id, match_id)
);

create index reconciliation_candidate_match_idx on reconciliation_candidate (match_id);
