-- Publications and reports that events and claims cite.
create table source (
    id           uuid primary key,
    slug         text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind         text not null,
    publisher    text not null,
    title        text not null,
    url          text check (url ~ '^https?://'),
    published_on date,
    language     text,
    description  text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint not null default 0
);
