-- Events and what hangs off them: places, actors, citations, claims, quotes and relations.
create table event (
    id               uuid primary key,
    -- stable key of the record it came from ('aljazeera-2016-10-14-aleppo/sakhour-hospital-strike',
    -- 'ucdp-ged:231016'): re-importing the same record finds the same event
    external_key     text unique,
    type_code        text not null references event_type (code),
    title            text not null,
    summary          text not null default '',
    status           text not null,
    -- the date envelope: earliest and latest possible day, inclusive; no end while open-ended
    date_start       date not null,
    date_end         date,
    date_precision   text not null,
    date_approximate boolean not null default false,
    date_label       text not null,
    location_id      uuid references location (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          bigint not null default 0,
    check (date_end is null or date_end >= date_start)
);

create table event_location (
    event_id    uuid not null references event (id) on delete cascade,
    position    integer not null,
    location_id uuid not null references location (id),
    role        text not null,
    primary key (event_id, position)
);

create table event_actor (
    event_id uuid not null references event (id) on delete cascade,
    position integer not null,
    actor_id uuid not null references actor (id),
    role     text not null,
    primary key (event_id, position)
);

create table event_source (
    event_id    uuid not null references event (id) on delete cascade,
    position    integer not null,
    source_id   uuid not null references source (id),
    attribution text,
    primary key (event_id, position)
);

create table event_relation (
    event_id         uuid not null references event (id) on delete cascade,
    position         integer not null,
    related_event_id uuid not null references event (id),
    relation         text not null,
    primary key (event_id, position)
);

-- One reported figure, as reported: who counts what, with which qualifier, said by whom, read where.
create table claim (
    id                 uuid primary key,
    event_id           uuid not null references event (id) on delete cascade,
    position           integer not null,
    measure            text not null,
    -- whom it counts; null for figures that count no one (a number of strikes)
    affected_group     text,
    min_value          bigint check (min_value >= 0),
    max_value          bigint check (max_value >= 0),
    qualifier          text not null,
    reported_as        text,
    period_start       date,
    period_end         date,
    period_precision   text,
    period_approximate boolean,
    period_label       text,
    attributed_to_id   uuid not null references actor (id),
    source_id          uuid not null references source (id),
    verification       text not null,
    unique (event_id, position),
    check (min_value is null or max_value is null or min_value <= max_value),
    check ((period_start is null) = (period_precision is null)),
    check (period_end is null or period_end >= period_start)
);

create table quote (
    id         uuid primary key,
    event_id   uuid not null references event (id) on delete cascade,
    position   integer not null,
    text       text not null,
    speaker_id uuid references actor (id),
    source_id  uuid not null references source (id),
    unique (event_id, position)
);
