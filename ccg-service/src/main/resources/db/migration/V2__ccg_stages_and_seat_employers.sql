-- A CCG's stages before it became operational, generalising its pathfinder periods: pathfinder,
-- shadow form with delegated budgets (2012-13), authorisation with or without conditions. Each is
-- a dated fact [valid_from, valid_to); the service checks that it ends by the CCG's first
-- operational day and never overlaps its operational period.
create table ccg_stage (
    id         bigint generated always as identity primary key,
    ccg_code   text not null references ccg (code),
    stage      text not null check (stage in ('PATHFINDER', 'SHADOW', 'AUTHORISED')),
    valid_from date not null,
    -- null only on pathfinder periods recorded open-ended before stages were checked
    valid_to   date,
    -- an authorisation's conditions; null when authorised without conditions
    conditions text,
    note       text,
    check (valid_to is null or valid_to > valid_from),
    check (conditions is null or (stage = 'AUTHORISED' and length(btrim(conditions)) > 0)),
    constraint one_period_of_a_stage_at_a_time exclude using gist (
        ccg_code with =, stage with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index ccg_stage_by_stage on ccg_stage (stage, valid_from);

insert into ccg_stage (ccg_code, stage, valid_from, valid_to, note)
select ccg_code, 'PATHFINDER', valid_from, valid_to, note from ccg_pathfinder order by id;

drop table ccg_pathfinder;

-- The governing-body independence rule: the ODS code of a seat holder's employer, when named.
alter table governing_body_seat
    add column employer_code text check (employer_code ~ '^[A-Z0-9]{3,6}$');
create index governing_body_seat_employer on governing_body_seat (employer_code)
    where employer_code is not null;
