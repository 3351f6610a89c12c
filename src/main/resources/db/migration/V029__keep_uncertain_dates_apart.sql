-- EDTF's ? (uncertain) is not its ~ (approximate): a date can be a guess, a rough figure, or both (%).
-- Until now both were stored as approximate; the envelope keeps them apart from here on.
alter table event add column date_uncertain boolean not null default false;
alter table claim add column period_uncertain boolean;

-- The stored documents (V011) show every date field: add uncertain, false, after approximate, where the app
-- renders it (dates of the event, of its claims' periods and of its related events), as V020 did for claims.
-- A key's quotes cannot occur unescaped inside a JSON string, so the pattern only meets dates' keys.
create function event_document_with_uncertain_dates(document text) returns text
    language sql immutable strict
    return regexp_replace(document, '("approximate":(?:true|false)),("edtf":)', '\1,"uncertain":false,\2', 'g');

update event set document = event_document_with_uncertain_dates(document)
 where document like '%"approximate":%' and document not like '%"uncertain":%';

-- An interval inside one month or year was written with a whole-unit side (2016-04-22/2016-04), which could
-- end before it starts and which conforming parsers reject; it is now written as days (2016-04-22/2016-04-30),
-- and a one-day month or year envelope as its day. Those few documents, and the documents that show such an
-- event as related, are rendered again by the app at start-up (EventDocumentBackfill renders the ones stored
-- without a document); every other document's EDTF is unchanged.
create function envelope_edtf_rewritten_by_v029(first_day date, last_day date, unit text) returns boolean
    language sql immutable
    return last_day is not null and (
        (first_day = last_day and unit <> 'day')
        or (first_day <> last_day and unit = 'month' and date_trunc('month', first_day) = date_trunc('month', last_day)
            and (extract(day from first_day) = 1)
                <> (last_day = (date_trunc('month', last_day) + interval '1 month - 1 day')::date))
        or (first_day <> last_day and unit = 'year' and extract(year from first_day) = extract(year from last_day)
            and (extract(doy from first_day) = 1) <> (extract(month from last_day) = 12 and extract(day from last_day) = 31)));

with rewritten as (
    select id from event where envelope_edtf_rewritten_by_v029(date_start, date_end, date_precision)
    union
    select event_id from claim where envelope_edtf_rewritten_by_v029(period_start, period_end, period_precision))
update event set document = null
 where id in (select id from rewritten)
    or id in (select r.event_id from event_relation r join rewritten w on w.id = r.related_event_id);

drop function envelope_edtf_rewritten_by_v029(date, date, text);
