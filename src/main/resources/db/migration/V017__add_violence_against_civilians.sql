-- Violence deliberately aimed at civilians by an organised actor: UCDP's one-sided violence
-- (type_of_violence 3), ACLED's "Violence against civilians". Imports of UCDP GED need it; the
-- other two UCDP kinds of violence are armed clashes. Positions keep the new category and type
-- beside the other violent ones.
update event_category set position = position + 1 where position >= 3;
insert into event_category (code, label, description, position) values
    ('violence_against_civilians', 'Violence against civilians',
     'Organised violence deliberately aimed at unarmed people.', 3);

update event_type set position = position + 1 where position >= 8;
insert into event_type (code, category_code, label, description, acled_event_type, acled_sub_event_type, plover_event_type, plover_mode, position) values
    ('attack_on_civilians', 'violence_against_civilians', 'Attack on civilians',
     'Civilians killed or harmed by an organised armed actor on purpose (UCDP one-sided violence).',
     'Violence against civilians', 'Attack', 'ASSAULT', null, 8);
