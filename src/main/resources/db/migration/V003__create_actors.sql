-- Actors: states, forces, groups, people and organisations that act in, suffer or report events.
create table actor (
    id             uuid primary key,
    slug           text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           text not null,
    kind           text not null,
    aliases        text[] not null default '{}',
    -- the actor this one belongs to (a minister to a ministry, a ministry to a state)
    affiliation_id uuid references actor (id),
    wikidata_id    text check (wikidata_id ~ '^Q[0-9]+$'),
    description    text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint not null default 0
);

create index actor_affiliation_idx on actor (affiliation_id);
create index actor_kind_idx on actor (kind);
