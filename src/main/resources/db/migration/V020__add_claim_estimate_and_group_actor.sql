-- A claim's fields alone say what it counts: which of its claimant's estimates it is (UCDP publishes
-- low, best and high for every event), and whose members its group counts (the side whose combatants
-- died). Both are null for a claim that is neither.
alter table claim add column estimate text check (estimate in ('best', 'low', 'high'));
alter table claim add column group_actor_id uuid references actor (id);

-- The stored documents (V011) show every claim field: add the two, null, where the app renders them
-- (after group, after qualifier), so that every event's JSON has one shape. Rendering a million
-- documents again in the app would take minutes to hours at start-up; this is one pass of text. A
-- key's quotes cannot occur unescaped inside a JSON string, so the patterns only meet claims' keys.
create function event_document_with_claim_estimates(document text) returns text
    language sql immutable strict
    return regexp_replace(
               regexp_replace(document, '("group":(?:null|"[a-z_]+")),("min":)', '\1,"group_actor":null,\2', 'g'),
               '("qualifier":"[a-z_]+"),("reported_as":)', '\1,"estimate":null,\2', 'g');

update event set document = event_document_with_claim_estimates(document)
 where document like '%"qualifier":%' and document not like '%"estimate":%';
