-- Wakes the change stream's listeners (history/ChangeNotifications) when revisions commit: one
-- notification per statement, on one channel, carrying the newest revision number written. A
-- statement-level trigger fires for COPY too (imports record their revisions with one COPY), and
-- costs one notification per statement, not per row. PostgreSQL delivers notifications only at
-- commit, and drops duplicates within a transaction. The table stays the source of truth: a
-- listener that missed a notification reads the revisions after its position all the same.
create function notify_new_revisions() returns trigger language plpgsql as $$
declare
    newest bigint;
begin
    select max(revision) into newest from new_revisions;
    -- a statement that inserted nothing (no event changed) wakes nobody
    if newest is not null then
        perform pg_notify('eventline_revisions', newest::text);
    end if;
    return null;
end
$$;

create trigger event_revision_notify
    after insert on event_revision
    referencing new table as new_revisions
    for each statement execute function notify_new_revisions();
