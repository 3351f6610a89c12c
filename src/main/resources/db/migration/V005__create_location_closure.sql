-- Every (ancestor, descendant) pair of the place hierarchy, each place paired with itself at
-- depth 0, so "events at this place or anywhere inside it" is one index lookup at any depth.
-- Triggers keep it right whichever code path writes locations.
create table location_closure (
    ancestor_id   uuid not null references location (id) on delete cascade,
    descendant_id uuid not null references location (id) on delete cascade,
    depth         integer not null,
    primary key (ancestor_id, descendant_id)
);

create index location_closure_descendant_idx on location_closure (descendant_id, depth);

create function location_closure_on_insert() returns trigger
language plpgsql as $$
begin
    insert into location_closure (ancestor_id, descendant_id, depth)
    select ancestor_id, new.id, depth + 1 from location_closure where descendant_id = new.parent_id
    union all
    select new.id, new.id, 0;
    return null;
end
$$;

create trigger location_closure_insert
    after insert on location
    for each row execute function location_closure_on_insert();

create function location_closure_on_move() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from location_closure where ancestor_id = new.id and descendant_id = new.parent_id) then
        raise exception 'location % cannot be placed inside itself', new.slug using errcode = '23514';
    end if;
    -- detach the moved subtree from every ancestor above the moved place
    delete from location_closure link
     using location_closure subtree
     where subtree.ancestor_id = new.id
       and link.descendant_id = subtree.descendant_id
       and link.ancestor_id in (select ancestor_id from location_closure
                                 where descendant_id = new.id and ancestor_id <> new.id);
    -- attach it below the new parent's ancestors
    insert into location_closure (ancestor_id, descendant_id, depth)
    select above.ancestor_id, subtree.descendant_id, above.depth + subtree.depth + 1
      from location_closure above, location_closure subtree
     where above.descendant_id = new.parent_id
       and subtree.ancestor_id = new.id;
    return null;
end
$$;

create trigger location_closure_move
    after update of parent_id on location
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function location_closure_on_move();
