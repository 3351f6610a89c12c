-- A claim's fields alone say what it counts: which of its claimant's estimates it is (UCDP publishes
-- low, best and high for every event), and whose members its group counts (the side whose combatants
-- died). Both are null for a claim that is neither.
alter table claim add column estimate text check (estimate in ('best', 'low', 'high'));
alter table claim add column group_actor_id uuid references actor (id);

-- The stored documents show every claim field, these two included: render them again at start-up
-- (EventDocumentBackfill), so that every event's JSON has the same shape.
update event set document = null where document is not null and exists (select 1 from claim c where c.event_id = event.id);
