-- The taxonomy of event types, grouped in categories, with crosswalks to ACLED and PLOVER
-- so that data can be compared with (and imported from) the datasets journalists already use.
create table event_category (
    code        text primary key,
    label       text not null,
    description text not null,
    position    integer not null
);

create table event_type (
    code                 text primary key,
    category_code        text not null references event_category (code),
    label                text not null,
    description          text not null,
    acled_event_type     text,
    acled_sub_event_type text,
    plover_event_type    text,
    plover_mode          text,
    position             integer not null
);

create index event_type_category_idx on event_type (category_code);
