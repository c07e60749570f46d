-- NHS England's oversight structure, CCGs, their links, areas and governing bodies.
create extension if not exists btree_gist;

create table region (
    code       text primary key check (code ~ '^E40[0-9]{6}$'),
    name       text not null check (length(btrim(name)) > 0),
    valid_from date,
    valid_to   date,
    version    bigint not null default 0,
    check (valid_to is null or valid_from is null or valid_to > valid_from)
);

create table area_team (
    code        text primary key check (code ~ '^E39[0-9]{6}$'),
    name        text not null check (length(btrim(name)) > 0),
    region_code text references region (code),
    valid_from  date,
    valid_to    date,
    version     bigint not null default 0,
    check (valid_to is null or valid_from is null or valid_to > valid_from)
);

create table ccg (
    code       text primary key check (code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    ons_code   text unique check (ons_code ~ '^E38[0-9]{6}$'),
    name       text not null check (length(btrim(name)) > 0),
    -- operational over [open_date, close_date)
    open_date  date,
    close_date date,
    version    bigint not null default 0,
    check (close_date is null or open_date is null or close_date > open_date)
);
create index ccg_name on ccg (lower(name));

-- which area team oversaw a CCG when: one at a time
create table ccg_oversight (
    id             bigint generated always as identity primary key,
    ccg_code       text not null references ccg (code),
    area_team_code text not null references area_team (code),
    valid_from     date,
    valid_to       date,
    check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint one_area_team_at_a_time exclude using gist (
        ccg_code with =, daterange(valid_from, valid_to, '[)') with &&)
);

create table ccg_succession (
    predecessor_code text not null references ccg (code),
    successor_code   text not null references ccg (code),
    effective_date   date not null,
    primary key (predecessor_code, successor_code),
    check (predecessor_code <> successor_code)
);
create index ccg_succession_successor on ccg_succession (successor_code);

-- the local authorities a CCG covers, with shares where known
create table ccg_area (
    id                   bigint generated always as identity primary key,
    ccg_code             text not null references ccg (code),
    local_authority_code text not null check (local_authority_code ~ '^E(06|07|08|09|10)[0-9]{6}$'),
    share_of_ccg         numeric(7, 6) check (share_of_ccg > 0 and share_of_ccg <= 1),
    share_of_authority   numeric(7, 6) check (share_of_authority > 0 and share_of_authority <= 1),
    source               text not null check (source in ('LSOA_LOOKUP', 'SUCCESSOR', 'PREDECESSORS', 'CORRECTION', 'MANUAL')),
    valid_from           date,
    valid_to             date,
    check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint one_row_per_authority_at_a_time exclude using gist (
        ccg_code with =, local_authority_code with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index ccg_area_authority on ccg_area (local_authority_code);

create table ccg_pathfinder (
    id         bigint generated always as identity primary key,
    ccg_code   text not null references ccg (code),
    valid_from date not null,
    valid_to   date,
    note       text,
    check (valid_to is null or valid_to > valid_from)
);

create table ccg_constitution (
    id           bigint generated always as identity primary key,
    ccg_code     text not null references ccg (code),
    version      text not null,
    adopted_on   date not null,
    document_url text not null,
    unique (ccg_code, version)
);

create table governing_body_seat (
    id          bigint generated always as identity primary key,
    ccg_code    text not null references ccg (code),
    person_name text not null check (length(btrim(person_name)) > 0),
    roles       text[] not null check (cardinality(roles) > 0),
    valid_from  date not null,
    valid_to    date,
    version     bigint not null default 0,
    check (valid_to is null or valid_to > valid_from)
);
create index governing_body_seat_ccg on governing_body_seat (ccg_code);
