-- A counter that every write to the served data bumps, inside the writing transaction. Read
-- responses derive their ETag from it, so a conditional GET costs one primary-key read and a
-- 304 runs no query of the data. Writers serialise on this one row, which suits curated writes
-- and batch imports (one bump per statement, not per row).
create table data_version (
    id         boolean primary key default true check (id),
    version    bigint not null,
    changed_at timestamptz not null
);

insert into data_version (id, version, changed_at) values (true, 1, now());

create function bump_data_version() returns trigger
language plpgsql as $$
begin
    update data_version set version = version + 1, changed_at = now();
    return null;
end
$$;

do $$
declare
    served_table text;
begin
    foreach served_table in array array['event_category', 'event_type', 'actor', 'location', 'source', 'event',
                                        'event_location', 'event_actor', 'event_source', 'event_relation',
                                        'claim', 'quote']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_version()',
                       served_table || '_bumps_data_version', served_table);
    end loop;
end
$$;
