-- Who commissions what from 1 July 2022 (Health and Care Act 2022): the CCGs' rules end when the
-- CCGs are abolished, and the Integrated Care Boards take them over; NHS England delegates primary
-- medical services to every ICB at once, and pharmacy, optometry and dentistry by 1 April 2023.
-- Specialised services stay with NHS England (later delegations are dated rules of their own).
alter table commissioning_rule drop constraint commissioning_rule_commissioner_kind_check;
alter table commissioning_rule add constraint commissioning_rule_commissioner_kind_check
    check (commissioner_kind in ('CCG', 'ICB', 'NHS_ENGLAND', 'LOCAL_AUTHORITY'));
alter table commissioning_rule add constraint no_icb_before_1_july_2022
    check (commissioner_kind <> 'ICB' or valid_from >= date '2022-07-01');

update commissioning_rule set valid_to = date '2022-07-01'
where commissioner_kind = 'CCG' and (valid_to is null or valid_to > date '2022-07-01');
delete from commissioning_rule where commissioner_kind = 'CCG' and valid_from >= date '2022-07-01';

alter table commissioning_rule add constraint no_ccg_after_30_june_2022
    check (commissioner_kind <> 'CCG' or (valid_to is not null and valid_to <= date '2022-07-01'));

insert into commissioning_rule (category_code, commissioner_kind, arrangement, valid_from, note)
select code, 'ICB', 'DIRECT', date '2022-07-01',
       'Health and Care Act 2022: the CCGs were abolished and the ICBs took over their commissioning functions on 2022-07-01'
from service_category
where code in (select category_code from commissioning_rule
               where commissioner_kind = 'CCG' and arrangement = 'DIRECT'
                 and valid_to = date '2022-07-01');

insert into commissioning_rule (category_code, commissioner_kind, arrangement, valid_from, note) values
    ('GENERAL_PRACTICE', 'ICB', 'DELEGATED', date '2022-07-01',
     'Health and Care Act 2022: NHS England delegated primary medical services to every ICB from 2022-07-01'),
    ('PHARMACY', 'ICB', 'DELEGATED', date '2023-04-01',
     'NHS England delegated pharmaceutical services to all ICBs by 2023-04-01 (some from 2022-07-01)'),
    ('PRIMARY_EYE_CARE', 'ICB', 'DELEGATED', date '2023-04-01',
     'NHS England delegated general ophthalmic services to all ICBs by 2023-04-01 (some from 2022-07-01)'),
    ('DENTISTRY', 'ICB', 'DELEGATED', date '2023-04-01',
     'NHS England delegated dental services (primary, community and secondary) to all ICBs by 2023-04-01 (some from 2022-07-01)');
