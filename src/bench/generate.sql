-- Eventline benchmark data: N synthetic events with their places, actors, sources, claims and
-- quotes, generated set-based inside PostgreSQL. Run by src/bench/generate.sh on a database that
-- Flyway has just migrated (empty tables):
--
--     psql -X -v ON_ERROR_STOP=1 -v events=1000000 -v seed=20161014 -f src/bench/generate.sql DB
--
-- Reproducible: every random draw is pg_temp.r(key, salt), a hash of the row's number, a salt
-- naming the draw and the seed, so the same seed gives the same data (ids included, they are
-- derived from slugs and row numbers) whatever order, or parallel worker, computes the rows.
--
-- Order: the foreign keys of the served tables and the keys and indexes of the event side are
-- dropped (their definitions saved); sources; places, level by level, so that the closure trigger
-- of V005 fills location_closure; actors; one staging table "ev" holding every per-event draw;
-- the event rows with their search documents (a parallel CREATE TABLE AS, the costly part), copied
-- into event; the link tables, claims and quotes; then keys, indexes and foreign keys are
-- re-created from their saved definitions (pg_get_constraintdef / pg_get_indexdef) and the
-- foreign keys validated, so the schema ends up exactly as Flyway left it. Staging tables live
-- in the schema bench_gen (unlogged, so parallel workers can read them), dropped at the end.

\set ON_ERROR_STOP on
\if :{?events}
\else
    \set events 1000000
\endif
\if :{?seed}
\else
    \set seed 20161014
\endif
-- 'date' (default): events are stored roughly in date order, as a chronological import would
-- leave them; 'random': stored in random date order (no physical correlation).
\if :{?order}
\else
    \set order date
\endif

\pset format unaligned
\pset tuples_only on
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set synchronous_commit = off;
-- JIT compiles the big per-row expressions for seconds per statement and gains less than that here
set jit = off;
set max_parallel_workers_per_gather = 2;
set timezone = 'UTC';

begin;

create schema bench_gen;
set search_path = bench_gen, public;

-- ---------------------------------------------------------------------------------------------
-- helpers
-- ---------------------------------------------------------------------------------------------
create temp table bench_clock (phase_started timestamptz not null, run_started timestamptz not null);
insert into bench_clock values (clock_timestamp(), clock_timestamp());

-- a line with the time spent since the previous call
create function pg_temp.phase(name text) returns text language plpgsql as $$
declare
    started timestamptz;
begin
    select phase_started into started from pg_temp.bench_clock;
    update pg_temp.bench_clock set phase_started = clock_timestamp();
    return format('  %-48s %s s', name, lpad(to_char(extract(epoch from clock_timestamp() - started), 'FM99990.0'), 7));
end
$$;

-- r(key, salt): a uniform double in [0, 1), a hash of (key, salt, seed); inlined by the planner
select format($f$
create function pg_temp.r(key bigint, salt integer) returns double precision
language sql immutable parallel safe as
'select (hashint8extended(key, %s::bigint * 1000 + salt) & 4503599627370495)::double precision / 4503599627370496'
$f$, :seed::bigint) \gexec

-- a version-4-shaped uuid derived from a text
create function pg_temp.uuid_of(t text) returns uuid language sql immutable parallel safe as
$$ select overlay(overlay(md5(t) placing '4' from 13) placing '8' from 17)::uuid $$;

-- cumulative thresholds of weights for width_bucket: cum('{1,2,1}') = {0.25, 0.75};
-- codes[width_bucket(u, cum(weights)) + 1] draws a code with those weights
create function pg_temp.cum(weights double precision[]) returns double precision[] language sql immutable as $$
    select coalesce(array_agg(c order by i), '{}')
      from (select i, sum(w) over (order by i) / sum(w) over () as c
              from unnest(weights) with ordinality as u(w, i)) s
     where i < cardinality(weights)
$$;

-- the label EnvelopeLabel (org.eventline.time) derives for an envelope; stable (to_char), inlined
create function pg_temp.label(s date, e date, prec text, approx boolean) returns text language sql stable parallel safe as $$
select case
    when e is null then 'since ' || case when approx then 'about ' else '' end
         || case when prec = 'week' then 'the week of ' || to_char(s, 'FMDD FMMonth YYYY')
                 when prec = 'year' and extract(doy from s) = 1 then to_char(s, 'YYYY')
                 when prec = 'month' and extract(day from s) = 1 then to_char(s, 'FMMonth YYYY')
                 else to_char(s, 'FMDD FMMonth YYYY') end
    when prec = 'week' and e - s < 7 then case when approx then 'about the week of ' else 'week of ' end
         || to_char(s, 'FMDD FMMonth YYYY')
    else case when approx then 'about ' else '' end
         || case
            when prec = 'year' and extract(doy from s) = 1 and e = make_date(extract(year from e)::int, 12, 31) then
                 case when extract(year from s) = extract(year from e) then to_char(s, 'YYYY')
                      else to_char(s, 'YYYY') || '–' || to_char(e, 'YYYY') end
            when prec in ('year', 'month') and extract(day from s) = 1
                 and extract(day from e + 1) = 1 then
                 case when extract(year from s) <> extract(year from e) then to_char(s, 'FMMonth YYYY') || ' – ' || to_char(e, 'FMMonth YYYY')
                      when extract(month from s) <> extract(month from e) then to_char(s, 'FMMonth') || '–' || to_char(e, 'FMMonth YYYY')
                      else to_char(s, 'FMMonth YYYY') end
            when s = e then to_char(s, 'FMDD FMMonth YYYY')
            when extract(year from s) <> extract(year from e) then to_char(s, 'FMDD FMMonth YYYY') || ' – ' || to_char(e, 'FMDD FMMonth YYYY')
            when extract(month from s) <> extract(month from e) then to_char(s, 'FMDD FMMonth') || ' – ' || to_char(e, 'FMDD FMMonth YYYY')
            else to_char(s, 'FMDD') || '–' || to_char(e, 'FMDD FMMonth YYYY')
            end
    end
$$;

-- a made-up place-like word ("Tamiran", "Shabuq"), for names of places and actors
create function pg_temp.root(key bigint, salt integer) returns text language sql immutable as $$
select initcap(
       (array['ka','ta','ma','ra','sa','da','ba','ha','na','qa','za','la','fa','ja','sha','kha','ya','wa'])[1 + floor(pg_temp.r(key, salt) * 18)::int]
    || (array['ri','bi','mi','ni','di','li','si','ki','zu','ru','mu','nu','bu','hu','ra','ma'])[1 + floor(pg_temp.r(key, salt + 1) * 16)::int]
    || (array['n','r','q','l','m','s','b','d','ya','iya','un','in','at','a','an'])[1 + floor(pg_temp.r(key, salt + 2) * 15)::int])
$$;

-- ---------------------------------------------------------------------------------------------
-- distributions (one row; every weight list is in percent or any relative unit)
-- ---------------------------------------------------------------------------------------------
create unlogged table ty (
    idx        integer primary key,   -- the draw index
    code       text not null,         -- event_type.code (V002)
    cat        integer not null,      -- 1 remote_violence, 2 battles, 3 strategic_developments, 4 diplomacy, 5 communication, 6 humanitarian
    weight     double precision not null,
    long       boolean not null,      -- campaigns: longer and vaguer envelopes, coarser places
    violent    boolean not null,      -- more claims
    quote_p    double precision not null,
    roles      text[] not null,       -- actor role by slot (ActorRole codes)
    a1_default text not null,         -- wording when the event has no second actor
    titles     text[] not null,
    summaries  text[] not null        -- %A0 %A1 actors, %O object, %M medical object, %P place, %C clause
);
insert into ty values
 (1, 'air_strike', 1, 26, false, true, 0.015, '{perpetrator,target,claimant,subject}', 'civilians',
  '{"Air strike on %P","Air strikes hit %P","Warplanes strike %P"}',
  '{"%A0 carried out air strikes on %O in %P, %C.","Air strikes attributed to %A0 hit %O in %P; %C."}'),
 (2, 'shelling', 1, 22, false, true, 0.015, '{perpetrator,target,claimant,subject}', 'civilians',
  '{"Shelling of %P","Artillery fire hits %P","Mortar shells fall on %P"}',
  '{"%A0 shelled %O in %P, %C.","Shells fired by %A0 landed near %O in %P; %C."}'),
 (3, 'attack_on_medical_facility', 1, 1.5, false, true, 0.03, '{perpetrator,target,claimant,subject}', 'civilians',
  '{"Medical facility hit in %P","Strike on a medical facility in %P"}',
  '{"%A0 struck %M in %P, %C.","An attack blamed on %A0 put %M in %P out of service; %C."}'),
 (4, 'armed_clash', 2, 18, false, true, 0.015, '{participant,participant,supporter,claimant}', 'rival forces',
  '{"Clashes in %P","Fighting in %P","Armed clash near %P"}',
  '{"%A0 clashed with %A1 near %O in %P, %C.","Fighting between %A0 and %A1 broke out around %O in %P; %C."}'),
 (5, 'offensive', 2, 2, true, true, 0.03, '{initiator,target,supporter,claimant}', 'rival forces',
  '{"Offensive on %P","Military campaign around %P"}',
  '{"%A0 launched an offensive against %A1 positions around %P, %C.","%A0 pressed its campaign around %P, targeting %O; %C."}'),
 (6, 'siege', 2, 0.8, true, true, 0.03, '{perpetrator,target,supporter,claimant}', 'rival forces',
  '{"Siege of %P"}',
  '{"%A0 tightened the siege of %P held by %A1, cutting the road to %O; %C."}'),
 (7, 'armed_conflict', 2, 0.05, true, true, 0.02, '{participant,participant,participant,claimant}', 'rival forces',
  '{"Armed conflict in %P"}',
  '{"The conflict between %A0 and %A1 went on across %P, %C."}'),
 (8, 'territorial_control', 3, 4, true, false, 0.01, '{initiator,participant,claimant,subject}', 'rival forces',
  '{"Control of %P changes hands","Front line shifts in %P"}',
  '{"%A0 took control of %O in %P from %A1, %C."}'),
 (9, 'talks', 4, 0.6, false, false, 0.15, '{initiator,recipient,mediator,participant}', 'other parties',
  '{"Talks on %P","Meeting on the fighting in %P"}',
  '{"%A0 held talks with %A1 on the situation in %P after the attack on %O; %C."}'),
 (10, 'offer', 4, 0.5, false, false, 0.15, '{initiator,recipient,mediator,participant}', 'residents',
  '{"Safe passage offered in %P","Ceasefire offer for %P"}',
  '{"%A0 offered safe passage out of %P to %A1 near %O, %C."}'),
 (11, 'diplomatic_pressure', 4, 0.8, false, false, 0.15, '{initiator,recipient,participant,participant}', 'the parties',
  '{"Pressure over attacks on %P"}',
  '{"%A0 urged %A1 to stop attacks on %O in %P, %C."}'),
 (12, 'statement', 5, 2.5, false, false, 0.40, '{speaker,subject,publisher,claimant}', 'the other side',
  '{"Statement on %P"}',
  '{"%A0 issued a statement on the attack on %O in %P, blaming %A1; %C."}'),
 (13, 'interview', 5, 0.5, false, false, 0.60, '{speaker,subject,publisher,claimant}', 'the other side',
  '{"Interview on the fighting in %P"}',
  '{"In an interview, %A0 said %A1 was responsible for the attack on %O in %P; %C."}'),
 (14, 'accusation', 5, 1.5, false, false, 0.25, '{speaker,subject,publisher,claimant}', 'the other side',
  '{"Accusation over %P"}',
  '{"%A0 accused %A1 of targeting %O in %P, %C."}'),
 (15, 'analysis', 5, 0.8, false, false, 0.20, '{speaker,subject,publisher,claimant}', 'the warring parties',
  '{"Analysis: the situation in %P"}',
  '{"Analysts at %A0 said attacks by %A1 on %O in %P were likely to go on; %C."}'),
 (16, 'casualty_report', 5, 14.45, false, true, 0.01, '{claimant,subject,publisher,claimant}', 'unidentified forces',
  '{"Casualty toll for %P","Casualties reported in %P"}',
  '{"%A0 reported casualties after an attack on %O in %P attributed to %A1; %C."}'),
 (17, 'humanitarian_response', 6, 4, false, false, 0.02, '{responder,recipient,supporter,claimant}', 'residents',
  '{"Rescue work in %P","Aid delivered to %P","Repairs in %P"}',
  '{"%A0 sent teams to %O in %P to help %A1, %C.","%A0 delivered aid to %A1 near %O in %P; %C."}');

create unlogged table k as
select
    -- 2011..2024, more in 2013-2017
    (select array_agg(c order by i) from (select i, coalesce(sum(w) over (order by i rows between unbounded preceding and 1 preceding), 0) / sum(w) over () as c
        from unnest('{3,7,10,11,11,12,10,8,7,5,4,4,4,4}'::float8[]) with ordinality u(w, i)) s) || 1.0::float8 as year_full,
    pg_temp.cum('{3,7,10,11,11,12,10,8,7,5,4,4,4,4}') as year_cum,
    (select pg_temp.cum(array_agg(weight order by idx)) from ty) as type_cum,
    '{day,week,month,year,open}'::text[] as prec_codes,
    -- open envelopes (ongoing) only for campaigns: offensive, siege, armed_conflict, territorial_control
    pg_temp.cum('{92.5,3.9,2.8,0.8,0}') as prec_normal_cum,
    pg_temp.cum('{70,10,11,4.6,4.4}') as prec_long_cum,
    -- place level 1 country, 2 governorate, 3 city, 4 district
    -- precise: a dated act of violence; coarse: campaigns, imprecise dates, talks, statements
    pg_temp.cum('{0.5,3,24.5,72}') as level_precise_cum,
    pg_temp.cum('{10,25,45,20}') as level_coarse_cum,
    pg_temp.cum('{25,45,20,10}') as actors_cum,          -- 1..4 actors
    pg_temp.cum('{35,35,20,10}') as claims_violent_cum,  -- 0..3 claims
    pg_temp.cum('{88,10,2,0}') as claims_other_cum,
    '{killed,injured,killed_or_injured,strikes,displaced,trapped,besieged}'::text[] as measure_codes,
    pg_temp.cum('{48,25,6,8,6,4,3}') as measure_cum,
    '{people,civilians,children,combatants,NULL}'::text[] as group_codes,
    pg_temp.cum('{30,42,13,10,5}') as group_cum,
    '{exactly,at_least,more_than,as_many_as,about,unspecified}'::text[] as qualifier_codes,
    pg_temp.cum('{25,30,8,10,17,10}') as qualifier_cum,
    '{unverified,corroborated,verified,disputed}'::text[] as verification_codes,
    pg_temp.cum('{60,20,12,8}') as verification_cum,
    -- who a claim is attributed to: monitor-1, civil-defence-a, government-a, news-agency-1, army-a, else a tail speaker
    '{8,9,2,14,1,0}'::int[] as claimant_keys,
    pg_temp.cum('{35,10,10,5,5,35}') as claimant_cum,
    0 as speakers_tail,   -- set once the actors exist
    '{dozens of,scores of,a number of,several,hundreds of}'::text[] as vague_words;

-- the word lists, as psql variables: constants in the statements that use them (a wide row of
-- table k would be stored compressed and decompressed for every event)
select
    '{residential buildings,a market,a hospital,a school,a bakery,an aid convoy,a checkpoint,a bridge,a mosque,a power station,a water pumping station,farmland,a village,the main road,a military base,an airbase,a camp for displaced people,an industrial zone,government buildings,a fuel depot,a grain silo,a police station,a hilltop position,a border crossing,a factory,a car park,a public square,a bus station,a church,a cemetery,an orchard,a dam,a railway station,a highway,an apartment block,a shopping street,a football stadium,a prison,a court building,a telecommunications tower,a radio station,a warehouse,a gas station,a refinery,an oil field,a university,a kindergarten,a water tower,a power line,a supply route,a front-line trench,an ammunition depot,a radar station,a tank position,a weapons factory,a command centre,a field position,a farm,a well,a minibus,a shelter,a bakery queue,a water network,a sewage plant,a greenhouse,a flour mill,a poultry farm,a cattle yard,a petrol tanker,a truck depot,a roundabout,a housing project,a clock tower,a palace,a citadel,a museum,a ruined castle,a stadium car park,a sports hall,a customs post}'::text[] as objects,
    '{a hospital,a field hospital,a clinic,an ambulance,a medical centre,a maternity hospital}'::text[] as medical_objects,
    '{according to local activists,residents said,witnesses said,a monitoring group reported,rescue workers said,local media reported,casualties were reported,no casualties were reported,the extent of the damage was unclear,the area had been hit days earlier,medical sources said,an opposition spokesman said,state media reported,the claim could not be independently verified,a ceasefire had been announced days earlier,the road out of the area was cut,fighting went on overnight,families fled the area,electricity and water were cut,aid agencies expressed concern}'::text[] as clauses,
    '{"We did not sleep all night because of the bombing.","There is no safe place left in this city.","The hospital cannot take any more wounded.","The convoy was turned back at the checkpoint.","We call on all parties to respect the ceasefire.","Our teams are still pulling people from the rubble.","The market was full of people when the shells fell.","We will go on until the area is cleared of terrorists.","Civilians must be allowed to leave safely.","The bridge was the only way out, and now it is gone.","We have no fuel, no bread and no medicine.","These attacks are war crimes and must be investigated.","The school had been turned into a shelter for displaced families.","Negotiations are the only way to end this war.","Our forces responded to the source of the fire.","We have documented every strike of the past week.","Nobody came to help us.","The road to the city is cut off.","We are ready to open humanitarian corridors.","The real figures are certainly higher than reported."}'::text[] as quotes,
    '{citing local activists,citing a monitoring group,in its own voice,citing rescue workers,citing state media,citing medical sources,citing an official statement,citing witnesses}'::text[] as attributions
\gset

select pg_temp.phase('helpers and distributions');

-- ---------------------------------------------------------------------------------------------
-- bulk-load mode: drop the foreign keys of the served tables (the closure trigger and the event
-- side then write without a check per row) and the keys and indexes of the event side, saving
-- their definitions
-- ---------------------------------------------------------------------------------------------
create unlogged table saved_ddl as
with tables as (
    select array['event', 'event_location', 'event_actor', 'event_source', 'event_relation', 'claim', 'quote',
                 'event_actor_timeline', 'event_place_timeline']::regclass[] as t,
           array['event', 'event_location', 'event_actor', 'event_source', 'event_relation', 'claim', 'quote',
                 'event_actor_timeline', 'event_place_timeline',
                 'location', 'location_closure', 'actor', 'source']::regclass[] as fk_t
)
select 1 as step, c.conname as name, c.conrelid::regclass::text as tbl,
       format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) as ddl
  from pg_constraint c, tables where c.contype in ('p', 'u') and c.conrelid = any(t)
union all
select 2, i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
  from pg_index i, tables
 where i.indrelid = any(t) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
union all
select 3, c.conname, c.conrelid::regclass::text,
       format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
  from pg_constraint c, tables where c.contype = 'f' and (c.conrelid = any(fk_t) or c.confrelid = any(fk_t));

select format('alter table %s drop constraint %I', tbl, name) from saved_ddl where step = 3 order by name \gexec
select format('alter table %s drop constraint %I', tbl, name) from saved_ddl where step = 1 order by name \gexec
select format('drop index %s', name) from saved_ddl where step = 2 order by name \gexec

select pg_temp.phase('drop ' || count(*) || ' keys and indexes') from saved_ddl;

-- ---------------------------------------------------------------------------------------------
-- sources: 12 a month, 2011-01..2024-12 (2,016); an event cites sources of the month it starts in
-- ---------------------------------------------------------------------------------------------
create unlogged table sp (key integer primary key, id uuid not null);

with s as (
    select s, s / 12 as mi, s % 12 as j,
           make_date(2011 + s / 144, (s / 12) % 12 + 1, 1) as month_start,
           ('{news_article,news_article,news_article,news_article,photograph,monitor_report,agency_report,activist_report,activist_report,briefing,press_remarks,interview}'::text[])[s % 12 + 1] as kind
      from generate_series(0, 14 * 12 * 12 - 1) s
), p as (
    select s.*,
           case kind
               when 'news_article' then (array['Levant Daily','Northern Courier','Regional Press Agency','Evening Herald','Mediterranean Wire','Frontline Weekly'])[1 + floor(pg_temp.r(s, 11) * 6)::int]
               when 'photograph' then 'Mediterranean Wire'
               when 'monitor_report' then 'Observatory 1'
               when 'agency_report' then (array['International Organisation 1','Relief Agency Network'])[1 + floor(pg_temp.r(s, 11) * 2)::int]
               when 'activist_report' then (array['Local Coordination Committees','Media Centre of Country 1'])[1 + floor(pg_temp.r(s, 11) * 2)::int]
               when 'briefing' then (array['Government A press office','Ministry of Defence of State F'])[1 + floor(pg_temp.r(s, 11) * 2)::int]
               when 'press_remarks' then (array['Government F foreign ministry','International Organisation 1'])[1 + floor(pg_temp.r(s, 11) * 2)::int]
               else (array['Evening Herald','Levant Daily'])[1 + floor(pg_temp.r(s, 11) * 2)::int]
           end as publisher,
           case when kind in ('monitor_report', 'agency_report') then (month_start + interval '1 month - 1 day')::date
                else month_start + floor(pg_temp.r(s, 12) * ((month_start + interval '1 month')::date - month_start))::int end as published_on,
           'src-' || to_char(month_start, 'YYYY-MM') || '-' || (j + 1) as slug
      from s
), ins as (
    insert into source (id, slug, kind, publisher, title, url, published_on, language, description, created_at, updated_at, version)
    select pg_temp.uuid_of('source:' || slug), slug, kind, publisher,
           case kind
               when 'news_article' then (array['Strikes and clashes across Country 1','Fighting intensifies in the north','Civilians caught in renewed fighting','Front lines shift as talks stall'])[1 + floor(pg_temp.r(s, 13) * 4)::int]
                    || ', ' || to_char(published_on, 'FMDD FMMonth YYYY')
               when 'photograph' then 'Photo gallery, ' || to_char(published_on, 'FMDD FMMonth YYYY')
               when 'monitor_report' then 'Monthly documentation of casualties, ' || to_char(published_on, 'FMMonth YYYY')
               when 'agency_report' then 'Situation report, ' || to_char(published_on, 'FMMonth YYYY')
               when 'activist_report' then 'Daily report of violations, ' || to_char(published_on, 'FMDD FMMonth YYYY')
               when 'briefing' then 'Press briefing, ' || to_char(published_on, 'FMDD FMMonth YYYY')
               when 'press_remarks' then 'Remarks to the press, ' || to_char(published_on, 'FMDD FMMonth YYYY')
               else 'Interview, ' || to_char(published_on, 'FMDD FMMonth YYYY')
           end,
           'https://example.org/' || lower(regexp_replace(publisher, '[^A-Za-z0-9]+', '-', 'g')) || '/' || to_char(published_on, 'YYYY/MM') || '/' || slug,
           published_on,
           case when pg_temp.r(s, 14) < 0.80 then 'en' when pg_temp.r(s, 14) < 0.95 then 'ar' else 'fr' end,
           null,
           timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0
      from p
     order by s
    returning id, slug
)
insert into sp (key, id)
select ((substr(slug, 5, 4)::int - 2011) * 12 + substr(slug, 10, 2)::int - 1) * 12 + split_part(slug, '-', 4)::int - 1, id
  from ins;

select pg_temp.phase('sources');

-- ---------------------------------------------------------------------------------------------
-- places: 1 country, 14 governorates, 1,500 cities, ~30,000 districts, level by level so that
-- the per-row trigger of V005 fills location_closure from the parent's rows
-- ---------------------------------------------------------------------------------------------
insert into location (id, slug, name, kind, parent_id, aliases, longitude, latitude, location_precision, description, created_at, updated_at, version)
values (pg_temp.uuid_of('location:country-1'), 'country-1', 'Country 1', 'country', null, '{}', 39.0, 34.8, 'country',
        'The synthetic country of the benchmark data; the point is its centroid.',
        timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0);

create unlogged table gov as
select g, 36.2 + ((g - 1) % 5) * 1.4 + (pg_temp.r(g, 21) - 0.5) * 0.3 as lon,
       33.0 + ((g - 1) / 5) * 1.7 + (pg_temp.r(g, 22) - 0.5) * 0.3 as lat,
       -- cities in each governorate (1,500 in all)
       ('{180,160,150,130,120,110,100,100,95,90,80,70,60,55}'::int[])[g] as cities
  from generate_series(1, 14) g;

insert into location (id, slug, name, kind, parent_id, aliases, longitude, latitude, location_precision, description, created_at, updated_at, version)
select pg_temp.uuid_of('location:gov-' || g), 'gov-' || g, pg_temp.root(g, 30) || ' Governorate', 'governorate',
       pg_temp.uuid_of('location:country-1'), array['Governorate ' || g], round(lon::numeric, 4), round(lat::numeric, 4), 'region', null,
       timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0
  from gov order by g;

create unlogged table city as
select g, c, g * 1000 + c as ckey,
       least(42.5, greatest(35.5, gov.lon + (pg_temp.r(g * 1000 + c, 41) - 0.5) * 1.4)) as lon,
       least(37.3, greatest(32.3, gov.lat + (pg_temp.r(g * 1000 + c, 42) - 0.5) * 1.1)) as lat,
       5 + floor(pg_temp.r(g * 1000 + c, 43) * 31)::int as districts
  from gov, generate_series(1, gov.cities) c;

insert into location (id, slug, name, kind, parent_id, aliases, longitude, latitude, location_precision, description, created_at, updated_at, version)
select pg_temp.uuid_of('location:city-' || g || '-' || c), 'city-' || g || '-' || c, n.name, 'city',
       pg_temp.uuid_of('location:gov-' || g),
       case when pg_temp.r(ckey, 45) < 0.10 then array[replace(replace(n.name, 'a', 'e'), 'Kafr', 'Kfar')] else '{}' end,
       round(lon::numeric, 4), round(lat::numeric, 4), 'town', null,
       timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0
  from city,
       lateral (select case when pg_temp.r(ckey, 44) < 0.3
                            then (array['Tal','Kafr','Deir','Ain','Jisr','Khan','Ras','Beit','Maarat','Qasr'])[1 + floor(pg_temp.r(ckey, 46) * 10)::int] || ' '
                            else '' end || pg_temp.root(ckey, 50) as name) n
 order by g, c;

insert into location (id, slug, name, kind, parent_id, aliases, longitude, latitude, location_precision, description, created_at, updated_at, version)
select pg_temp.uuid_of('location:district-' || g || '-' || c || '-' || d), 'district-' || g || '-' || c || '-' || d,
       case when pg_temp.r(dkey, 61) < 0.4
            then (array['Hay','Bab','Bustan','Sheikh','Jabal','Old','New','Upper','Lower'])[1 + floor(pg_temp.r(dkey, 62) * 9)::int] || ' '
            else '' end || pg_temp.root(dkey, 70),
       'district', pg_temp.uuid_of('location:city-' || g || '-' || c), '{}',
       round(least(42.5, greatest(35.5, lon + (pg_temp.r(dkey, 63) - 0.5) * 0.08))::numeric, 5),
       round(least(37.3, greatest(32.3, lat + (pg_temp.r(dkey, 64) - 0.5) * 0.06))::numeric, 5),
       'district', null,
       timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0
  from city, generate_series(1, city.districts) d, lateral (select ckey::bigint * 100 + d as dkey) x
 order by g, c, d;

-- the places events are drawn from: key = level * 1,000,000 + popularity rank within the level
create unlogged table lp as
select level * 1000000 + row_number() over (partition by level order by pg_temp.r(hashtext(slug), 80), slug) as key,
       level, id, name, to_tsvector('english', name || ' ' || array_to_string(aliases, ' ')) as tsv, parent_id
  from (select l.*, case kind when 'country' then 1 when 'governorate' then 2 when 'city' then 3 else 4 end as level
          from location l) l;
alter table lp add column parent_key integer;
update lp set parent_key = p.key from lp p where p.id = lp.parent_id;
alter table lp add primary key (key);

select count(*) filter (where level = 2) as n_gov, count(*) filter (where level = 3) as n_city,
       count(*) filter (where level = 4) as n_district
  from lp \gset

select pg_temp.phase('places (' || count(*) || ') and closure (' || (select count(*) from location_closure) || ')') from location;

-- ---------------------------------------------------------------------------------------------
-- actors: 15 frequent ones (a government, its army, four armed groups, a foreign air force,
-- a monitor...), then a long tail of ~5,000 in four classes drawn with a Zipf-like skew:
-- 1 fighters (armed groups and forces), 2 speakers (people, officials, states, media, monitors),
-- 3 helpers (organisations), 4 groups (affected people)
-- ---------------------------------------------------------------------------------------------
create unlogged table hot (key integer primary key, slug text, name text, kind text, aliases text[], affiliation text, description text);
insert into hot values
 (10, 'state-a', 'State A', 'state', '{}', null, 'The synthetic state at war in Country 1.'),
 (11, 'state-f', 'State F', 'state', '{}', null, 'A foreign state supporting Government A.'),
 (2, 'government-a', 'Government A', 'government', '{"A government"}', 'state-a', 'The government of State A.'),
 (15, 'government-f', 'Government F', 'government', '{}', 'state-f', 'The government of State F.'),
 (1, 'army-a', 'Army A', 'armed_forces', '{"Armed Forces of State A"}', 'government-a', 'The army of State A.'),
 (7, 'air-force-f', 'Air Force F', 'armed_forces', '{"F Aerospace Forces"}', 'government-f', 'The air force of State F, flying in support of Army A.'),
 (3, 'armed-group-b', 'Armed Group B', 'armed_group', '{"Front B"}', null, 'The largest armed opposition group.'),
 (4, 'armed-group-c', 'Armed Group C', 'armed_group', '{"Movement C"}', null, 'An armed opposition group.'),
 (5, 'armed-group-d', 'Armed Group D', 'armed_group', '{}', null, 'An armed group holding the east.'),
 (6, 'armed-group-e', 'Armed Group E', 'armed_group', '{}', null, 'An armed group of the north.'),
 (8, 'monitor-1', 'Observatory 1', 'monitor', '{"Monitoring Group 1"}', null, 'A monitoring group counting casualties.'),
 (9, 'civil-defence-a', 'Civil Defence A', 'organisation', '{"Rescue Workers A"}', null, 'Rescue workers in opposition-held areas.'),
 (12, 'international-organisation-1', 'International Organisation 1', 'international_organisation', '{"IO1"}', null, 'An international organisation mediating and delivering aid.'),
 (13, 'civilians-a', 'Civilians of Country 1', 'group', '{}', null, 'Civilians, as a group.'),
 (14, 'news-agency-1', 'News Agency 1', 'media', '{}', null, 'A news agency reporting from Country 1.');

insert into actor (id, slug, name, kind, aliases, affiliation_id, wikidata_id, description, created_at, updated_at, version)
select pg_temp.uuid_of('actor:' || slug), slug, name, kind, aliases,
       case when affiliation is not null then pg_temp.uuid_of('actor:' || affiliation) end, null, description,
       timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0
  from hot order by key;

create unlogged table tail as
select i, kind,
       case when kind in ('armed_group', 'armed_forces') then 1
            when kind in ('organisation', 'international_organisation') then 3
            when kind = 'group' then 4 else 2 end as cls
  from (select i, ('{armed_group,armed_forces,person,government_body,government,state,media,monitor,organisation,international_organisation,group}'::text[])
                   [width_bucket(pg_temp.r(i, 90), pg_temp.cum('{30,3,30,6,1,2,6,3,9,2,8}')) + 1] as kind
          from generate_series(1, 4985) i) t;

insert into actor (id, slug, name, kind, aliases, affiliation_id, wikidata_id, description, created_at, updated_at, version)
select pg_temp.uuid_of('actor:' || slug), slug, name, kind, aliases,
       case when affiliation is not null then pg_temp.uuid_of('actor:' || affiliation) end, null, null,
       timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00', 0
  from (select i, kind, replace(kind, '_', '-') || '-' || i as slug,
               case kind
                   when 'armed_group' then root || ' ' || (array['Brigade','Battalion','Front','Division','Legion','Movement','Regiment','Shield','Falcons','Army'])[1 + floor(u2 * 10)::int]
                   when 'armed_forces' then root || ' ' || (array['Border Guard','Republican Guard','Special Forces','Air Defence','National Defence Forces'])[1 + floor(u2 * 5)::int]
                   when 'person' then first || case when u3 < 0.5 then ' ' else ' al-' end || root
                   when 'government_body' then root || ' ' || (array['Provincial Council','Local Council','Security Committee','Health Directorate','Governor''s Office','Police Command'])[1 + floor(u2 * 6)::int]
                   when 'government' then 'Government of ' || root
                   when 'state' then 'State of ' || root
                   when 'media' then root || ' ' || (array['News','TV','Radio','Media Office','Press Agency'])[1 + floor(u2 * 5)::int]
                   when 'monitor' then root || ' ' || (array['Monitoring Centre','Observatory','Documentation Centre','Network for Human Rights'])[1 + floor(u2 * 4)::int]
                   when 'organisation' then root || ' ' || (array['Relief Association','Medical Society','Aid Network','Volunteers','Charity','Foundation'])[1 + floor(u2 * 6)::int]
                   when 'international_organisation' then (array['International Committee for ','United Council for ','Relief Agency for '])[1 + floor(u2 * 3)::int] || root
                   else (array['Residents of ','Displaced families from ','Farmers of ','Civilians in '])[1 + floor(u2 * 4)::int] || root
               end as name,
               case when kind = 'armed_group' and u4 < 0.25 then array['Liwa ' || root]
                    when kind = 'person' and u4 < 0.15 then array['Abu ' || (array['Omar','Ahmad','Khaled','Yusuf','Samir','Fadi','Maher','Rami'])[1 + floor(u3 * 8)::int]]
                    when kind = 'media' and u4 < 0.30 then array[root || ' Network']
                    else '{}' end as aliases,
               case when kind = 'government_body' then case when u5 < 0.8 then 'government-a' else 'government-f' end
                    when kind = 'armed_group' and u5 < 0.2 then (array['armed-group-b','armed-group-c','armed-group-d','armed-group-e'])[1 + floor(u3 * 4)::int]
                    when kind = 'armed_forces' and u5 < 0.5 then 'state-f'
                    when kind = 'person' and u5 < 0.3 then (array['government-a','armed-group-b','armed-group-c','armed-group-d','armed-group-e','monitor-1','civil-defence-a','news-agency-1'])[1 + floor(u3 * 8)::int]
               end as affiliation
          from (select t.*, pg_temp.root(i, 100) as root,
                       (array['Omar','Ahmad','Khaled','Lina','Rania','Yusuf','Samir','Hala','Nour','Fadi','Maher','Rami','Salma','Huda','Tarek','Ziad','Layla','Bassam','Mona','Walid','Karim','Dina','Hassan','Rana','Imad','Nabil','Sami','Reem','Jamal','Aya'])[1 + floor(pg_temp.r(i, 91) * 30)::int] as first,
                       pg_temp.r(i, 92) as u2, pg_temp.r(i, 93) as u3, pg_temp.r(i, 94) as u4, pg_temp.r(i, 95) as u5
                  from tail t) t) a
 order by i;

-- the actors events are drawn from: hot keys 1..15, tail key = class * 100,000 + rank in class
create unlogged table ap as
select h.key, a.id, to_tsvector('english', a.name || ' ' || array_to_string(a.aliases, ' ')) as tsv, a.name
  from hot h join actor a on a.slug = h.slug
union all
select t.cls * 100000 + row_number() over (partition by t.cls order by t.i), a.id,
       to_tsvector('english', a.name || ' ' || array_to_string(a.aliases, ' ')), a.name
  from tail t join actor a on a.slug = replace(t.kind, '_', '-') || '-' || t.i;
alter table ap add primary key (key);

-- who fills each actor slot, by category (cat) and slot group (0, 1, 2 = slots 2 and 3): a frequent
-- actor key with its weight, key 0 being "someone from the tail of class tail_cls"
create unlogged table sd (cat integer, slot integer, keys integer[], cum double precision[], tail_cls integer, tail_n integer,
                      primary key (cat, slot));
insert into sd (cat, slot, keys, cum, tail_cls)
select cat, slot, keys || 0, pg_temp.cum(weights || (100 - (select sum(w) from unnest(weights) w))), tail_cls
  from (values
    -- keys: 1 army-a, 2 government-a, 3-6 armed groups b-e, 7 air-force-f, 8 monitor-1, 9 civil-defence-a,
    --       10 state-a, 11 state-f, 12 international-organisation-1, 13 civilians-a, 14 news-agency-1, 15 government-f
    (1, 0, '{1,7,2,3,4,5,6}'::int[], '{30,18,4,9,6,4,3}'::float8[], 1),
    (1, 1, '{13,3,4,5,6,1}', '{20,12,8,6,4,8}', 1),
    (1, 2, '{8,14,9}', '{30,8,10}', 2),
    (2, 0, '{1,3,4,5,6,2}', '{32,12,9,6,4,3}', 1),
    (2, 1, '{3,4,5,6,1}', '{15,10,8,6,10}', 1),
    (2, 2, '{7,8,14}', '{15,20,5}', 2),
    (3, 0, '{1,3,4,5,6}', '{20,10,8,6,5}', 1),
    (3, 1, '{3,4,1,13}', '{8,6,8,5}', 1),
    (3, 2, '{8,14}', '{15,5}', 2),
    (4, 0, '{2,11,15,12,10}', '{20,15,10,12,5}', 2),
    (4, 1, '{2,10,3,12,11}', '{15,8,6,8,6}', 2),
    (4, 2, '{12,15}', '{10,8}', 2),
    (5, 0, '{8,2,14,1,11}', '{25,12,6,4,3}', 2),
    (5, 1, '{1,2,3,4,7,13}', '{15,8,6,4,6,5}', 1),
    (5, 2, '{14,8}', '{10,10}', 2),
    (6, 0, '{9,12}', '{45,15}', 3),
    (6, 1, '{13}', '{35}', 4),
    (6, 2, '{12,9}', '{10,5}', 3)
  ) v(cat, slot, keys, weights, tail_cls);
update sd set tail_n = (select count(*) from tail where tail.cls = sd.tail_cls);
update k set speakers_tail = (select count(*) from tail where cls = 2);
-- each type carries its category's three slot distributions, so an event needs one join for them
alter table ty add column s0_keys integer[], add column s0_cum double precision[], add column s0_cls integer, add column s0_n integer,
               add column s1_keys integer[], add column s1_cum double precision[], add column s1_cls integer, add column s1_n integer,
               add column s2_keys integer[], add column s2_cum double precision[], add column s2_cls integer, add column s2_n integer;
update ty set s0_keys = s0.keys, s0_cum = s0.cum, s0_cls = s0.tail_cls, s0_n = s0.tail_n,
              s1_keys = s1.keys, s1_cum = s1.cum, s1_cls = s1.tail_cls, s1_n = s1.tail_n,
              s2_keys = s2.keys, s2_cum = s2.cum, s2_cls = s2.tail_cls, s2_n = s2.tail_n
  from sd s0, sd s1, sd s2
 where s0.cat = ty.cat and s0.slot = 0 and s1.cat = ty.cat and s1.slot = 1 and s2.cat = ty.cat and s2.slot = 2;
analyze ty; analyze k; analyze lp; analyze ap; analyze sp;

select pg_temp.phase('actors (' || count(*) || ')') from actor;

-- From here on, the event side is written with triggers off (this session only): the timelines of
-- V012 are filled set-based below instead of statement by statement, and the data-version
-- counter has nothing to tell on a database no one has read yet.
set session_replication_role = replica;

-- ---------------------------------------------------------------------------------------------
-- every per-event draw, one row per event
-- ---------------------------------------------------------------------------------------------
create unlogged table ev as
select n, pg_temp.uuid_of(:'seed' || ':event:' || n) as id, t, cat, long, violent,
       prec, ds, de, approx, pg_temp.label(ds, de, prec, approx) as label, status,
       (extract(year from ds)::int - 2011) * 12 + extract(month from ds)::int - 1 as mi,
       lkey0, lkey1, lrole0, lrole1,
       a0, a1, a2, a3, inc1, inc2, inc3,
       nc, ns, src_j0, src_j1, att0, att1, q_idx,
       title_i, summary_i, obj_i, clause_i,
       created_at, least(updated_at, timestamptz '2025-06-30 00:00:00+00') as updated_at
  from (
    select n, t, cat, long, violent, prec_code,
           case when prec_code = 'open' then case when u_open < 0.7 then 'day' when u_open < 0.9 then 'month' else 'year' end
                else prec_code end as prec,
           ds, de, approx, status, lkey0, lkey1, lrole0, lrole1,
           a0, a1, a2, a3,
           na > 1 and a1 <> a0 as inc1,
           na > 2 and a2 <> a0 and a2 <> a1 as inc2,
           na > 3 and a3 <> a0 and a3 <> a1 and a3 <> a2 as inc3,
           nc, ns, src_j0, src_j1, att0, att1, q_idx, title_i, summary_i, obj_i, clause_i, created_at, updated_at
      from (
        select b.*,
               case when prec_code in ('day', 'week', 'month', 'year') then de0 end as de,
               -- actors: a frequent one with its weight, else a tail actor of the slot's class (rank ~ u^2)
               coalesce(nullif(s0_keys[width_bucket(pg_temp.r(n, 21), s0_cum) + 1], 0), s0_cls * 100000 + 1 + floor(s0_n * pg_temp.r(n, 25) ^ 2)::int) as a0,
               coalesce(nullif(s1_keys[width_bucket(pg_temp.r(n, 22), s1_cum) + 1], 0), s1_cls * 100000 + 1 + floor(s1_n * pg_temp.r(n, 26) ^ 2)::int) as a1,
               coalesce(nullif(s2_keys[width_bucket(pg_temp.r(n, 23), s2_cum) + 1], 0), s2_cls * 100000 + 1 + floor(s2_n * pg_temp.r(n, 27) ^ 2)::int) as a2,
               coalesce(nullif(s2_keys[width_bucket(pg_temp.r(n, 24), s2_cum) + 1], 0), s2_cls * 100000 + 1 + floor(s2_n * pg_temp.r(n, 28) ^ 2)::int) as a3,
               -- places: the primary one, sometimes a second (its parent as the area, or another place)
               case when l0.key is null then null
                    when b.cat in (4, 5) and pg_temp.r(n, 10) < 0.15 then null else l0.key end as lkey0,
               case when l0.key is null or l0.parent_key is null or (b.cat in (4, 5) and pg_temp.r(n, 10) < 0.15) or pg_temp.r(n, 13) >= 0.12 then null
                    when pg_temp.r(n, 14) < 0.6 then l0.parent_key
                    else nullif((3 + (pg_temp.r(n, 15) < 0.7)::int) * 1000000
                                + 1 + floor(case when pg_temp.r(n, 15) < 0.7 then :n_district else :n_city end * pg_temp.r(n, 16) ^ 2)::int, l0.key)
               end as lkey1,
               case when level0 <= 2 or long then 'area'
                    when b.cat = 4 then 'venue' when b.cat = 5 then 'subject' else 'site' end as lrole0,
               case when pg_temp.r(n, 14) < 0.6 then 'area' when b.cat = 6 then 'destination' else 'subject' end as lrole1,
               width_bucket(pg_temp.r(n, 20), k.actors_cum) + 1 as na,
               width_bucket(pg_temp.r(n, 40), case when violent then k.claims_violent_cum else k.claims_other_cum end) as nc,
               1 + (pg_temp.r(n, 31) < 0.35)::int as ns,
               floor(pg_temp.r(n, 30) * 12)::int as src_j0,
               (floor(pg_temp.r(n, 30) * 12)::int + 1 + floor(pg_temp.r(n, 32) * 11)::int) % 12 as src_j1,
               case when pg_temp.r(n, 33) < 0.45 then null else 1 + floor(pg_temp.r(n, 35) * 8)::int end as att0,
               case when pg_temp.r(n, 34) < 0.45 then null else 1 + floor(pg_temp.r(n, 36) * 8)::int end as att1,
               case when pg_temp.r(n, 50) < quote_p then 1 + floor(pg_temp.r(n, 51) * cardinality((:'quotes'::text[])))::int end as q_idx,
               1 + floor(pg_temp.r(n, 60) * cardinality(titles))::int as title_i,
               1 + floor(pg_temp.r(n, 61) * cardinality(summaries))::int as summary_i,
               1 + floor(pg_temp.r(n, 62) * cardinality(case when t = 3 then (:'medical_objects'::text[]) else (:'objects'::text[]) end))::int as obj_i,
               1 + floor(pg_temp.r(n, 63) * cardinality((:'clauses'::text[])))::int as clause_i,
               -- recorded a few days after the event (up to two months), some edited later
               (ds + (pg_temp.r(n, 70) ^ 3 * 60 + pg_temp.r(n, 71)) * interval '1 day') at time zone 'UTC' as created_at,
               (ds + (pg_temp.r(n, 70) ^ 3 * 60 + pg_temp.r(n, 71)) * interval '1 day'
                   + case when pg_temp.r(n, 72) < 0.1 then pg_temp.r(n, 73) ^ 2 * 400 * interval '1 day' else interval '0' end) at time zone 'UTC' as updated_at
          from (
            select a.*,
                   case prec_code
                       when 'day' then d0
                       when 'week' then greatest(date_trunc('week', d0::timestamp)::date, date '2011-01-03')
                       when 'month' then date_trunc('month', d0::timestamp)::date
                       when 'year' then make_date(extract(year from d0)::int, 1, 1)
                       else case when u_open < 0.7 then d0 when u_open < 0.9 then date_trunc('month', d0::timestamp)::date
                                 else make_date(extract(year from d0)::int, 1, 1) end
                   end as ds,
                   case prec_code
                       when 'day' then d0 + case when pg_temp.r(n, 4) < case when long then 0.7 else 0.1 end
                                                 then 1 + floor(pg_temp.r(n, 5) * case when long then 90 else 5 end)::int else 0 end
                       when 'week' then greatest(date_trunc('week', d0::timestamp)::date, date '2011-01-03') + 6
                       when 'month' then (date_trunc('month', d0::timestamp) + interval '1 month - 1 day')::date
                       when 'year' then make_date(extract(year from d0)::int, 12, 31)
                   end as de0,
                   pg_temp.r(n, 7) < 0.03 as approx,
                   case when prec_code = 'open' then 'ongoing'
                        when t in (9, 10) and pg_temp.r(n, 8) < 0.06 then 'planned'
                        when t in (9, 10) and pg_temp.r(n, 8) < 0.08 then 'cancelled'
                        else 'occurred' end as status,
                   level0 * 1000000 + 1 + floor(case level0 when 1 then 1 when 2 then :n_gov when 3 then :n_city else :n_district end
                                                * pg_temp.r(n, 12) ^ 2)::int as lkey_draw
              from (
                select n, t, ty.cat, ty.long, ty.violent, ty.quote_p, ty.titles, ty.summaries, u_open,
                       ty.s0_keys, ty.s0_cum, ty.s0_cls, ty.s0_n, ty.s1_keys, ty.s1_cum, ty.s1_cls, ty.s1_n,
                       ty.s2_keys, ty.s2_cum, ty.s2_cls, ty.s2_n,
                       k.prec_codes[width_bucket(pg_temp.r(n, 3), case when ty.long then k.prec_long_cum else k.prec_normal_cum end) + 1] as prec_code,
                       -- the first day: the event's place in the run (or a random one) through the weights of the years
                       make_date(2011 + yb, 1, 1)
                           + floor((u - k.year_full[yb + 1]) / (k.year_full[yb + 2] - k.year_full[yb + 1])
                                   * (make_date(2012 + yb, 1, 1) - make_date(2011 + yb, 1, 1)))::int as d0,
                       width_bucket(pg_temp.r(n, 11),
                                    case when ty.long or (ty.cat in (4, 5) and not ty.violent)
                                              or k.prec_codes[width_bucket(pg_temp.r(n, 3), case when ty.long then k.prec_long_cum else k.prec_normal_cum end) + 1] <> 'day'
                                         then k.level_coarse_cum else k.level_precise_cum end) + 1 as level0
                  from (
                    select n, u, width_bucket(u, k.year_cum) as yb,
                           width_bucket(pg_temp.r(n, 2), k.type_cum) + 1 as t,
                           pg_temp.r(n, 6) as u_open
                      from (select n, case when :'order' = 'random' then pg_temp.r(n, 1)
                                           else (n - 1 + pg_temp.r(n, 1)) / :events end as u
                              from generate_series(1, :events::bigint) n) g
                     cross join k
                    offset 0
                  ) y
                  join ty on ty.idx = y.t
                 cross join k
                offset 0
              ) a
            offset 0
          ) b
          cross join k
          left join lp l0 on l0.key = b.lkey_draw
        offset 0
      ) c
    offset 0
  ) e;

analyze ev;

select pg_temp.phase('per-event draws (' || count(*) || ' events)') from ev;

-- ---------------------------------------------------------------------------------------------
-- claims, 0-3 an event, staged: the claim rows and the claims' words in the search document
-- come from this one table (each layer is computed once: offset 0 keeps the planner from
-- inlining a layer's expressions into every place the next one uses them)
-- ---------------------------------------------------------------------------------------------
create unlogged table cl as
select n, j, measure, grp as affected_group,
       case when qualifier in ('exactly', 'about', 'at_least', 'more_than') then v end as min_value,
       case when qualifier in ('exactly', 'about', 'as_many_as') then v end as max_value,
       qualifier,
       case when measure = 'strikes' then
                case when qualifier = 'unspecified' then vague || ' strikes'
                     else qword || v || case when v = 1 then ' strike' else ' strikes' end end
            when qualifier = 'unspecified' then vague || ' ' || noun || ' ' || verb
            else qword || v || ' ' || case when v = 1 then noun1 else noun end || ' ' || verb
       end as reported_as,
       case when with_period then ds end as period_start, case when with_period then de end as period_end,
       case when with_period then prec end as period_precision, case when with_period then approx end as period_approximate,
       case when with_period then label end as period_label,
       attributed_key, source_key, verification
  from (
    select c2.*,
           case when qualifier <> 'exactly' and v0 >= 20 then (round(v0 / 10.0) * 10)::bigint else v0 end as v,
           case grp when 'civilians' then 'civilians' when 'children' then 'children' when 'combatants' then 'fighters' else 'people' end as noun,
           case grp when 'civilians' then 'civilian' when 'children' then 'child' when 'combatants' then 'fighter' else 'person' end as noun1,
           case qualifier when 'at_least' then 'at least ' when 'more_than' then 'more than '
                          when 'as_many_as' then 'as many as ' when 'about' then 'about ' else '' end as qword,
           case measure when 'killed' then 'killed' when 'injured' then 'injured' when 'killed_or_injured' then 'killed or injured'
                        when 'trapped' then 'trapped under rubble' when 'besieged' then 'besieged' else 'displaced' end as verb
      from (
        select c1.*,
               case when measure <> 'strikes' then k.group_codes[width_bucket(pg_temp.r(ck, 203), k.group_cum) + 1] end as grp,
               (case when measure = 'strikes' then floor(exp(pg_temp.r(ck, 204) * ln(60)))
                     else floor(exp(pg_temp.r(ck, 204) * ln(300)))
                          * case measure when 'displaced' then 50 when 'besieged' then 500 when 'trapped' then 3 else 1 end
                end)::bigint as v0
          from (
            select ev.n, j, ck, ev.ds, ev.de, ev.prec, ev.approx, ev.label,
                   k.measure_codes[width_bucket(pg_temp.r(ck, 201), k.measure_cum) + 1] as measure,
                   k.qualifier_codes[width_bucket(pg_temp.r(ck, 202), k.qualifier_cum) + 1] as qualifier,
                   pg_temp.r(ck, 207) < 0.3 as with_period,
                   k.vague_words[1 + floor(pg_temp.r(ck, 206) * 5)::int] as vague,
                   -- attributed to a frequent claimant, else to a speaker of the tail
                   coalesce(nullif(k.claimant_keys[width_bucket(pg_temp.r(ck, 208), k.claimant_cum) + 1], 0),
                            200000 + 1 + floor(k.speakers_tail * pg_temp.r(ck, 209) ^ 2)::int) as attributed_key,
                   ev.mi * 12 + floor(pg_temp.r(ck, 210) * 12)::int as source_key,
                   k.verification_codes[width_bucket(pg_temp.r(ck, 211), k.verification_cum) + 1] as verification
              from ev
             cross join generate_series(0, ev.nc - 1) j
             cross join lateral (select ev.n * 4 + j as ck) c0
             cross join k
             where ev.nc > 0
            offset 0
          ) c1
         cross join k
        offset 0
      ) c2
    offset 0
  ) c3;
create index on cl (n, j);
analyze cl;

select pg_temp.phase('claims staged (' || count(*) || ')') from cl;

-- ---------------------------------------------------------------------------------------------
-- events, with their search document built from the same words event_search_document (V009)
-- reads: title (A), summary, actors' and places' names and aliases (B), quotes and claims (C)
-- ---------------------------------------------------------------------------------------------
-- the claims' words of each event, for the join below
create unlogged table claim_words as
select n, string_agg(concat_ws(' ', measure, affected_group, reported_as), ' ' order by j) as claim_text
  from cl group by n;
analyze claim_words;

select pg_temp.phase('claims'' words');

-- computed by parallel workers (INSERT cannot use them, CREATE TABLE AS can), then copied
create unlogged table event_rows as
select id, 'bench:' || n as external_key, code, title, summary, status, ds, de, prec, approx, label, location_id, created_at, updated_at,
       0 as version,
       setweight(to_tsvector('english', title), 'A')
       || setweight(to_tsvector('english', summary), 'B')
       || setweight(actor_tsv, 'B')
       || setweight(place_tsv, 'B')
       || setweight(to_tsvector('english', coalesce(quote_text, '')), 'C')
       || setweight(to_tsvector('english', coalesce(claim_text, '')), 'C') as search_document
  from (
    select ev.*, ty.code, l0.id as location_id,
           replace(ty.titles[title_i], '%P', coalesce(l0.name, 'Country 1')) as title,
           s.summary,
           -- = to_tsvector of the names joined by spaces, as no name ends with a stop word
           a0.tsv || case when inc1 then a1.tsv else '' end || case when inc2 then a2.tsv else '' end
                  || case when inc3 then a3.tsv else '' end as actor_tsv,
           coalesce(l0.tsv || coalesce(l1.tsv, ''), '') as place_tsv,
           (:'quotes'::text[])[q_idx] as quote_text,
           cw.claim_text
      from ev
      join ty on ty.idx = ev.t
      left join lp l0 on l0.key = ev.lkey0
      left join lp l1 on l1.key = ev.lkey1
      join ap a0 on a0.key = ev.a0
      join ap a1 on a1.key = ev.a1
      join ap a2 on a2.key = ev.a2
      join ap a3 on a3.key = ev.a3
      left join claim_words cw on cw.n = ev.n
     cross join lateral (
        select replace(replace(replace(replace(replace(replace(ty.summaries[summary_i],
                   '%A0', a0.name),
                   '%A1', case when inc1 then a1.name else ty.a1_default end),
                   '%O', case when t = 3 then (:'medical_objects'::text[])[obj_i] else (:'objects'::text[])[obj_i] end),
                   '%M', coalesce((:'medical_objects'::text[])[obj_i], '')),
                   '%P', coalesce(l0.name, 'Country 1')),
                   '%C', (:'clauses'::text[])[clause_i]) as summary
     ) s
  ) x;

select pg_temp.phase('event rows (' || count(*) || ', with search documents)') from event_rows;

insert into event_location (event_id, position, location_id, role)
select ev.id, p.position, lp.id, p.role
  from ev
 cross join lateral (values (0, ev.lkey0, ev.lrole0), (1, ev.lkey1, ev.lrole1)) p(position, key, role)
  join lp on lp.key = p.key
 where ev.lkey0 is not null;

select pg_temp.phase('event_location');

insert into event_actor (event_id, position, actor_id, role)
select ev.id, x.position, ap.id, ty.roles[x.slot]
  from ev
  join ty on ty.idx = ev.t
 cross join lateral (values (0, ev.a0, true, 1),
                            (1, ev.a1, ev.inc1, 2),
                            (1 + ev.inc1::int, ev.a2, ev.inc2, 3),
                            (1 + ev.inc1::int + ev.inc2::int, ev.a3, ev.inc3, 4)) x(position, key, included, slot)
  join ap on ap.key = x.key
 where x.included;

select pg_temp.phase('event_actor');

insert into event_source (event_id, position, source_id, attribution)
select ev.id, x.position, sp.id, (:'attributions'::text[])[x.att]
  from ev
 cross join k
 cross join lateral (values (0, ev.src_j0, ev.att0), (1, ev.src_j1, ev.att1)) x(position, j, att)
  join sp on sp.key = ev.mi * 12 + x.j
 where x.position < ev.ns;

select pg_temp.phase('event_source');

insert into claim (id, event_id, position, measure, affected_group, min_value, max_value, qualifier, reported_as,
                   period_start, period_end, period_precision, period_approximate, period_label,
                   attributed_to_id, source_id, verification, event_date_start, event_date_end)
select pg_temp.uuid_of(:'seed' || ':claim:' || c.n || ':' || c.j), ev.id, c.j, c.measure, c.affected_group, c.min_value, c.max_value,
       c.qualifier, c.reported_as, c.period_start, c.period_end, c.period_precision, c.period_approximate, c.period_label,
       ap.id, sp.id, c.verification, ev.ds, ev.de  -- the event's days (V025; its trigger is off here)
  from cl c
  join ev on ev.n = c.n
  join ap on ap.key = c.attributed_key
  join sp on sp.key = c.source_key;

select pg_temp.phase('claim');

insert into quote (id, event_id, position, text, speaker_id, source_id)
select pg_temp.uuid_of(:'seed' || ':quote:' || ev.n), ev.id, 0, (:'quotes'::text[])[ev.q_idx], ap.id, sp.id
  from ev
 cross join k
  join ap on ap.key = ev.a0
  join sp on sp.key = ev.mi * 12 + ev.src_j0
 where ev.q_idx is not null;

select pg_temp.phase('quote');

\ir documents.sql

-- written once, with its document (the foreign keys are dropped, so the link tables could come first)
-- every event in the curators' dataset (V026 made it required; its fixed id is V026's), named in its document as the app does
insert into event (id, external_key, type_code, title, summary, status, date_start, date_end, date_precision,
                   date_approximate, date_label, location_id, created_at, updated_at, version, search_document, document,
                   dataset_id)
select id, external_key, code, title, summary, status, ds, de, prec, approx, label, location_id,
       created_at, updated_at, version, search_document, event_document_with_dataset(document, 'eventline-curated'),
       '5a1d0c3e-26f4-4c3b-9a51-0c9e1f0d2603'
  from event_documents;
truncate event_documents;

select pg_temp.phase('event (copied, with documents)');

-- the timelines of V012, as its triggers would have filled them
insert into event_actor_timeline (event_id, actor_id, date_start, date_end, date_span_class)
select distinct ea.event_id, ea.actor_id, e.date_start, e.date_end, e.date_span_class
  from event_actor ea join event e on e.id = ea.event_id;
select pg_temp.phase('event_actor_timeline');

insert into event_place_timeline (event_id, location_id, date_start, date_end, date_span_class)
select distinct el.event_id, lc.ancestor_id, e.date_start, e.date_end, e.date_span_class
  from event_location el
  join location_closure lc on lc.descendant_id = el.location_id
  join event e on e.id = el.event_id;
select pg_temp.phase('event_place_timeline');

-- the per-day counts of V013, as its triggers would have filled them
insert into event_day_count (day, type_code, events)
select date_start, type_code, count(*) from event group by 1, 2;
select pg_temp.phase('event_day_count');

-- the figures of V022, as its triggers would have filled them
insert into event_figure (event_id, measure, figure, date_start, date_end, date_span_class)
select c.event_id, c.measure, max(c.figure), e.date_start, e.date_end, e.date_span_class
  from claim c join event e on e.id = c.event_id
 where c.figure is not null
 group by c.event_id, c.measure, e.date_start, e.date_end, e.date_span_class;
select pg_temp.phase('event_figure');

set session_replication_role = origin;

-- ---------------------------------------------------------------------------------------------
-- keys, indexes, then foreign keys (validated set-based), exactly as they were
-- ---------------------------------------------------------------------------------------------
select ddl from saved_ddl where step = 1 order by tbl, name \gexec
select pg_temp.phase('primary and unique keys');
select ddl from saved_ddl where step = 2 and name <> 'event_search_idx' order by tbl, name \gexec
select pg_temp.phase('btree indexes');
select ddl from saved_ddl where step = 2 and name = 'event_search_idx' \gexec
select pg_temp.phase('GIN index on the search document');
select ddl from saved_ddl where step = 3 order by tbl, name \gexec
select pg_temp.phase('foreign keys (validated)');

-- the schema must be back exactly as it was: same constraints and indexes, same definitions
select count(*) > 0 as missing_after_restore
  from saved_ddl s
 where not exists (
        select 1 from pg_constraint c
         where c.conname = s.name and c.conrelid::regclass::text = s.tbl
           and format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) = s.ddl)
   and not exists (
        select 1 from pg_index i where i.indexrelid::regclass::text = s.name and pg_get_indexdef(i.indexrelid) = s.ddl) \gset
\if :missing_after_restore
    \echo 'some keys or indexes were not restored as they were'
    select 1 / 0;
\endif

drop schema bench_gen cascade;
reset search_path;
select pg_temp.phase('checked, staging dropped');
select format('  %-48s %s s', 'total (generate.sql)', lpad(to_char(extract(epoch from clock_timestamp() - run_started), 'FM99990.0'), 7)) from bench_clock;

commit;
