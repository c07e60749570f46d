-- s194 as amended by the Health and Care Act 2022: from 2022-07-01 a board includes a person
-- nominated by each relevant ICB instead of a representative of each relevant CCG.
alter table board_member drop constraint board_member_role_check;
alter table board_member add constraint board_member_role_check
    check (role in ('ELECTED_COUNCILLOR', 'DIRECTOR_OF_ADULT_SOCIAL_SERVICES',
                    'DIRECTOR_OF_CHILDRENS_SERVICES', 'DIRECTOR_OF_PUBLIC_HEALTH',
                    'HEALTHWATCH_REPRESENTATIVE', 'CCG_REPRESENTATIVE', 'ICB_REPRESENTATIVE',
                    'OTHER'));
alter table board_member add column icb_code text check (icb_code ~ '^Q[A-Z0-9]{2}$');
alter table board_member add constraint icb_named_by_icb_representatives_only
    check ((role = 'ICB_REPRESENTATIVE') = (icb_code is not null));
alter table board_member add constraint no_icb_representative_before_1_july_2022
    check (role <> 'ICB_REPRESENTATIVE' or valid_from >= date '2022-07-01');
alter table board_member drop constraint one_seat_per_person_role_and_ccg_at_a_time;
alter table board_member add constraint one_seat_per_person_role_and_body_at_a_time exclude using gist (
    board_id with =, role with =, (lower(person_name)) with =,
    (coalesce(ccg_code, '')) with =, (coalesce(icb_code, '')) with =,
    daterange(valid_from, valid_to, '[)') with &&);
