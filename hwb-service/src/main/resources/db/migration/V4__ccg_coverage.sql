-- This service's own record of which CCGs cover each council, kept from ccg-service's change feed
-- (so that the CCGs relevant to a board are known without asking ccg-service), and the dated
-- changes of that coverage that each council's board learns of.

-- each CCG followed: its operational period (from 'ccg' changes; unknown until one arrives) and
-- the sequence of the last change applied of each kind
create table ccg_lifespan (
    code              text   primary key check (code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    open_date         date,
    close_date        date,
    lifespan_sequence bigint not null default 0,
    area_sequence     bigint not null default 0
);

-- a CCG's area as its last 'ccg-area' change stated it: a council it covers over [valid_from, valid_to)
create table ccg_area_row (
    id                   bigint generated always as identity primary key,
    ccg_code             text not null references ccg_lifespan (code),
    local_authority_code text not null check (local_authority_code ~ '^E(06|07|08|09|10)[0-9]{6}$'),
    valid_from           date,
    valid_to             date,
    constraint validity_ordered check (valid_to is null or valid_from is null or valid_to > valid_from)
);
create index ccg_area_row_ccg on ccg_area_row (ccg_code);

-- derived: the CCG covers part of the council over [valid_from, valid_to), i.e. its area rows
-- within its operational period, one row per unbroken period
create table ccg_coverage (
    id                   bigint generated always as identity primary key,
    local_authority_code text not null check (local_authority_code ~ '^E(06|07|08|09|10)[0-9]{6}$'),
    ccg_code             text not null references ccg_lifespan (code),
    valid_from           date,
    valid_to             date,
    constraint validity_ordered check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint one_period_per_ccg_and_council_at_a_time exclude using gist (
        local_authority_code with =, ccg_code with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index ccg_coverage_authority on ccg_coverage (local_authority_code);
create index ccg_coverage_ccg on ccg_coverage (ccg_code);

-- derived: on change_date the set of CCGs covering an upper-tier council (where boards sit) changed;
-- recomputed from ccg_coverage whenever the council's coverage changes. learned_sequence and
-- learned_at say when this service learned of the change as it now stands.
create table coverage_change (
    authority_code   text   not null check (authority_code ~ '^E(06|08|09|10)[0-9]{6}$'),
    change_date      date   not null,
    added            text[] not null,
    removed          text[] not null,
    relevant         text[] not null,
    learned_sequence bigint not null,
    learned_at       timestamptz not null,
    primary key (authority_code, change_date),
    constraint something_changed check (cardinality(added) + cardinality(removed) > 0)
);
