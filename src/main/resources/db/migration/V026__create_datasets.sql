-- The datasets events come from: who published them, which version, under which licence, and how
-- to cite them (UCDP's CC BY 4.0 asks every user to give the version). Every event belongs to one.
create table dataset (
    id          uuid primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text not null,
    publisher   text not null,
    version     text,
    -- the licence's short name ('CC BY 4.0') and the address of its text; null when none is stated
    licence     text,
    licence_url text,
    citation    text,
    url         text,
    -- when an import last created or changed its events; null until then
    imported_at timestamptz
);

-- served data: a change of a dataset changes the ETags of reads (V010)
create trigger dataset_bumps_data_version after insert or update or delete or truncate on dataset
    for each statement execute function bump_data_version();

-- The three datasets that exist: UCDP's, the bundled article's, and the curators' own for every
-- event written without naming one. Fixed ids, so that every database names them alike.
insert into dataset (id, slug, title, publisher, version, licence, licence_url, citation, url) values
    ('5a1d0c3e-26f4-4c3b-9a51-0c9e1f0d2601', 'ucdp-ged-syria', 'UCDP GED 19.1 Syria',
     'Uppsala Conflict Data Program (UCDP), Uppsala University', '19.1', 'CC BY 4.0',
     'https://creativecommons.org/licenses/by/4.0/',
     'Sundberg, Ralph and Erik Melander (2013) "Introducing the UCDP Georeferenced Event Dataset", Journal of '
         || 'Peace Research 50(4): 523-532; Högbladh, Stina (2019) "UCDP GED Codebook version 19.1", Department of '
         || 'Peace and Conflict Research, Uppsala University.',
     'https://ucdp.uu.se/downloads/'),
    ('5a1d0c3e-26f4-4c3b-9a51-0c9e1f0d2602', 'aljazeera-2016-10-14-aleppo',
     'Aleppo, 14 October 2016, curated from Al Jazeera',
     'Eventline curators, from an Al Jazeera news report', null, null, null,
     'Eventline curators, events curated from Al Jazeera (2016) "Syria''s Aleppo pounded as Assad vows to '
         || '''clean'' city", 14 October 2016.',
     'http://www.aljazeera.com/news/2016/10/syria-aleppo-pounded-assad-vows-clean-city-161014084949200.html'),
    ('5a1d0c3e-26f4-4c3b-9a51-0c9e1f0d2603', 'eventline-curated', 'Eventline curated events',
     'Eventline curators', null, null, null,
     'Eventline curators, events written through the Eventline API; each event cites its own sources.', null);

alter table event add column dataset_id uuid references dataset (id);

-- The stored documents (V011) show the event's dataset by slug, after external_key (where the app
-- renders it), so that every event's JSON has one shape. One pass of text, as V020 did: the top-level
-- "created_at" is the document's only one (a key's quotes cannot occur unescaped inside a string).
create function event_document_with_dataset(document text, slug text) returns text
    language sql immutable strict
    return regexp_replace(document, ',"created_at":', ',"dataset":' || to_json(slug)::text || ',"created_at":');

-- Every stored event: UCDP's by their key, the seed's by theirs, the rest the curators' own.
update event e set dataset_id = d.id, document = event_document_with_dataset(e.document, d.slug)
  from dataset d
 where d.slug = case when e.external_key like 'ucdp-ged:%' then 'ucdp-ged-syria'
                     when e.external_key like 'aljazeera-2016-10-14-aleppo/%' then 'aljazeera-2016-10-14-aleppo'
                     else 'eventline-curated' end;

update dataset d set imported_at = now() where exists (select 1 from event e where e.dataset_id = d.id);

alter table event alter column dataset_id set not null;

-- /events?dataset= and the per-dataset counts of /datasets
create index event_dataset_idx on event (dataset_id);
