-- The first version of the taxonomy. ACLED columns name ACLED's event_type / sub_event_type;
-- PLOVER columns name the PLOVER event type and mode. Null means the anchor has no equivalent
-- (ACLED does not code statements or talks; PLOVER dropped CAMEO's "make public statement").
insert into event_category (code, label, description, position) values
    ('remote_violence', 'Remote violence', 'Force used from a distance: air strikes, shelling, missiles, and the attacks they make on protected sites.', 1),
    ('battles', 'Battles and campaigns', 'Armed confrontation between organised forces, from a single clash to a campaign, a siege or a whole war.', 2),
    ('strategic_developments', 'Strategic developments', 'Changes in who holds what, without a specific act of violence.', 3),
    ('diplomacy', 'Diplomacy', 'Talks, offers and pressure between governments and parties to a conflict.', 4),
    ('communication', 'Statements and reports', 'What actors say: statements, interviews, accusations, analysis and published casualty tolls.', 5),
    ('humanitarian', 'Humanitarian response', 'Rescue, repair and relief work.', 6);

insert into event_type (code, category_code, label, description, acled_event_type, acled_sub_event_type, plover_event_type, plover_mode, position) values
    ('air_strike', 'remote_violence', 'Air strike', 'Bombs or missiles dropped or fired from aircraft or drones.', 'Explosions/Remote violence', 'Air/drone strike', 'ASSAULT', 'aerial', 1),
    ('shelling', 'remote_violence', 'Shelling', 'Artillery, mortar or missile fire from the ground.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'ASSAULT', 'heavy-weapons', 2),
    ('attack_on_medical_facility', 'remote_violence', 'Attack on a medical facility', 'A hospital, clinic or ambulance hit by remote violence; kept as its own type so that attacks on protected sites can be counted. ACLED codes these by weapon, usually as an air/drone strike.', 'Explosions/Remote violence', 'Air/drone strike', 'ASSAULT', 'aerial', 3),
    ('armed_clash', 'battles', 'Armed clash', 'Fighting between armed forces or groups at a place.', 'Battles', 'Armed clash', 'ASSAULT', null, 4),
    ('offensive', 'battles', 'Offensive or campaign', 'A military operation or campaign made of many attacks over time.', 'Battles', null, 'ASSAULT', null, 5),
    ('siege', 'battles', 'Siege', 'A place encircled and cut off from supplies.', 'Strategic developments', 'Other', 'COERCE', null, 6),
    ('armed_conflict', 'battles', 'Armed conflict', 'A war or armed conflict as a whole, the frame of the other events.', null, null, null, null, 7),
    ('territorial_control', 'strategic_developments', 'Territorial control', 'A division of a place between parties, or control of territory changing hands without a battle.', 'Strategic developments', 'Non-violent transfer of territory', null, null, 8),
    ('talks', 'diplomacy', 'Talks or meeting', 'Negotiations, talks or a meeting between parties or mediators.', 'Strategic developments', 'Other', 'CONSULT', 'multilateral', 9),
    ('offer', 'diplomacy', 'Offer', 'An offer of safe passage, aid, access or a ceasefire, not yet carried out.', 'Strategic developments', 'Other', 'AGREE', null, 10),
    ('diplomatic_pressure', 'diplomacy', 'Diplomatic pressure', 'An international outcry, pressure or diplomatic push on a party.', null, null, 'REQUEST', null, 11),
    ('statement', 'communication', 'Statement', 'A public statement or speech.', null, null, null, null, 12),
    ('interview', 'communication', 'Interview', 'An interview given to a media outlet.', null, null, null, null, 13),
    ('accusation', 'communication', 'Accusation', 'One party accusing another of wrongdoing, such as war crimes.', null, null, 'ACCUSE', null, 14),
    ('analysis', 'communication', 'Analysis or commentary', 'An analyst''s or observer''s reading of events.', null, null, null, null, 15),
    ('casualty_report', 'communication', 'Casualty report', 'A casualty toll published by a monitor, agency or authority.', null, null, null, null, 16),
    ('humanitarian_response', 'humanitarian', 'Humanitarian response', 'Rescue work, repair of facilities or delivery of aid.', null, null, 'AID', null, 17);
