-- Places in a hierarchy (a hospital inside east Aleppo inside Aleppo inside Syria). The point's
-- precision says what it stands for, so a city centroid is never read as a strike site.
create table location (
    id                 uuid primary key,
    slug               text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               text not null,
    kind               text not null,
    parent_id          uuid references location (id),
    aliases            text[] not null default '{}',
    longitude          double precision check (longitude between -180 and 180),
    latitude           double precision check (latitude between -90 and 90),
    location_precision text not null,
    description        text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint not null default 0,
    check ((longitude is null) = (latitude is null)),
    check (parent_id <> id)
);

create index location_parent_idx on location (parent_id);
create index location_kind_idx on location (kind);
