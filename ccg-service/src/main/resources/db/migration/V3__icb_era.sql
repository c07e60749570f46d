-- The commissioner register since 1 July 2022 (Health and Care Act 2022): NHS England's regions
-- with their ODS codes, the Integrated Care Boards, and each CCG code's life as a sub-ICB
-- location of one ICB. Every row names its source.
alter table region
    add column ods_code text unique check (ods_code ~ '^Y[0-9]{2}$'),
    add column source   text;

create table icb (
    code        text primary key check (code ~ '^Q[A-Z0-9]{2}$'),
    ons_code    text unique check (ons_code ~ '^E54[0-9]{6}$'),
    name        text not null check (length(btrim(name)) > 0),
    region_code text not null references region (code),
    -- established over [open_date, close_date)
    open_date   date not null check (open_date >= date '2022-07-01'),
    close_date  date,
    source      text not null check (length(btrim(source)) > 0),
    version     bigint not null default 0,
    check (close_date is null or close_date > open_date)
);
create index icb_region on icb (region_code);

-- A CCG code as a sub-ICB location (SICBL) of an ICB: one ICB at a time, never before 2022-07-01
create table sub_icb_location (
    id         bigint generated always as identity primary key,
    ccg_code   text not null references ccg (code),
    icb_code   text not null references icb (code),
    name       text not null check (length(btrim(name)) > 0),
    valid_from date not null check (valid_from >= date '2022-07-01'),
    valid_to   date,
    source     text not null check (length(btrim(source)) > 0),
    version    bigint not null default 0,
    check (valid_to is null or valid_to > valid_from),
    constraint one_icb_at_a_time exclude using gist (
        ccg_code with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index sub_icb_location_icb on sub_icb_location (icb_code, valid_from);
