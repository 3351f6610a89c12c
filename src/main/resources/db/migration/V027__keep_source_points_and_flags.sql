-- What a source says about its own record survives the import (issue 15):
-- * the point the source gave the event, with what it stands for, even when the event shares a
--   place record whose point differs (UCDP's Syria centroid is 38,35; the article's 38.5,35);
-- * aggregate: the source reports many incidents as one record (UCDP event_clarity 2);
-- * the source's own codes (scheme, code, label): its record id, its kind of violence, its
--   conflict and dyad, so that a row can be joined back to the source and filtered by them.
-- Existing events have no own point, are not aggregates and carry no codes until imported again.
alter table event
    add column point_longitude double precision check (point_longitude between -180 and 180),
    add column point_latitude  double precision check (point_latitude between -90 and 90),
    add column point_precision text,
    add column aggregate       boolean not null default false,
    add constraint event_point_complete check ((point_longitude is null) = (point_latitude is null)
                                               and (point_longitude is null) = (point_precision is null));

create table event_code (
    event_id uuid not null references event (id) on delete cascade,
    position integer not null,
    -- lowercase words joined by underscores: ucdp_id, ucdp_conflict, acled_event_id ...
    scheme   text not null check (scheme ~ '^[a-z][a-z0-9_]*$' and length(scheme) <= 40),
    code     text not null check (length(code) between 1 and 100),
    label    text,
    primary key (event_id, position),
    unique (event_id, scheme, code)
);
-- /events?code=ucdp_conflict:299 finds its events through this, not through every event's codes
create index event_code_lookup_idx on event_code (scheme, code, event_id);

-- UCDP's kinds of violence as types of their own, so that state-based and non-state conflict are
-- told apart and no air strike is called a clash: ACLED codes such events as Battles or, for
-- strikes and shelling, as Explosions/Remote violence; UCDP's rows do not say which.
update event_type set position = position + 2 where position >= 5;
insert into event_type (code, category_code, label, description, acled_event_type, acled_sub_event_type, plover_event_type, plover_mode, position) values
    ('state_based_violence', 'battles', 'State-based violence',
     'Deadly violence between a government and another organised armed actor, of any kind (a clash, a strike, shelling), '
     || 'as UCDP codes it (type_of_violence 1). ACLED codes such events as Battles or Explosions/Remote violence.',
     'Battles', null, 'ASSAULT', null, 5),
    ('non_state_violence', 'battles', 'Non-state violence',
     'Deadly violence between two organised armed groups, neither of them a government, as UCDP codes it '
     || '(type_of_violence 2). ACLED codes such events as Battles or Explosions/Remote violence.',
     'Battles', null, 'ASSAULT', null, 6);

-- The stored documents (V011) gain the three fields, empty, where the app renders them (before
-- external_key), by one pass of text as V020 did. ,"external_key": occurs once in a document: no
-- nested object has that key, and inside a JSON string a quote is always escaped.
create function event_document_with_source_flags(document text) returns text
    language sql immutable strict
    return regexp_replace(document, ',"external_key":', ',"point":null,"aggregate":false,"codes":[],"external_key":');

update event set document = event_document_with_source_flags(document)
 where document is not null and document not like '%,"aggregate":%';
