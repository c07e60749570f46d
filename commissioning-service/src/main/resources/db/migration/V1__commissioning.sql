-- Providers, service categories, who may commission each (dated rules), and contracts.
create extension if not exists btree_gist;

create table provider (
    code       text primary key check (code ~ '^[A-Z0-9]{3,6}$'),
    name       text not null check (length(btrim(name)) > 0),
    kind       text not null check (kind in ('NHS_TRUST', 'INDEPENDENT_SECTOR', 'VOLUNTARY_SECTOR', 'GP_PRACTICE')),
    -- open over [open_date, close_date)
    open_date  date,
    close_date date,
    version    bigint not null default 0,
    check (close_date is null or open_date is null or close_date > open_date),
    check (kind <> 'NHS_TRUST' or code ~ '^(R[A-Z0-9]{2}|[A-Z0-9]{5})$'),
    check (kind <> 'GP_PRACTICE' or code ~ '^[A-Z][0-9]{5}$')
);
create index provider_name on provider (lower(name));
create index provider_kind on provider (kind, code);

create table service_category (
    code               text primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name               text not null unique check (length(btrim(name)) > 0),
    description        text not null,
    -- when a CCG commissions it, how the CCG responsible for a patient is found: by the patient's
    -- registration (else where they usually live), or by where they are present
    ccg_responsibility text not null check (ccg_responsibility in ('REGISTRATION', 'PRESENCE')),
    position           integer not null unique
);

-- which kind of commissioner may commission a category over [valid_from, valid_to)
create table commissioning_rule (
    id                bigint generated always as identity primary key,
    category_code     text not null references service_category (code),
    commissioner_kind text not null check (commissioner_kind in ('CCG', 'NHS_ENGLAND', 'LOCAL_AUTHORITY')),
    arrangement       text not null check (arrangement in ('DIRECT', 'DELEGATED', 'JOINT')),
    valid_from        date not null,
    valid_to          date,
    note              text,
    check (valid_to is null or valid_to > valid_from),
    constraint one_rule_per_kind_at_a_time exclude using gist (
        category_code with =, commissioner_kind with =, daterange(valid_from, valid_to, '[)') with &&),
    -- one kind answers for a category at a time; others may hold it delegated or jointly
    constraint one_direct_commissioner_at_a_time exclude using gist (
        category_code with =, daterange(valid_from, valid_to, '[)') with &&)
        where (arrangement = 'DIRECT')
);

create table contract (
    reference             text primary key check (reference ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$'),
    commissioner_kind     text not null check (commissioner_kind in ('CCG', 'NHS_ENGLAND', 'LOCAL_AUTHORITY')),
    commissioner_code     text not null,
    commissioner_name     text,
    provider_code         text not null references provider (code),
    category_code         text not null references service_category (code),
    value_pounds          numeric(14, 2) not null check (value_pounds >= 0),
    -- in force over [start_date, end_date) unless ended early by termination or novation
    start_date            date not null,
    end_date              date not null,
    status                text not null check (status in ('DRAFT', 'ACTIVE', 'TERMINATED', 'NOVATED')),
    terminated_on         date,
    termination_reason    text,
    novated_on            date,
    successor_reference   text references contract (reference) deferrable initially deferred,
    predecessor_reference text references contract (reference),
    version               bigint not null default 0,
    check (end_date > start_date),
    check ((commissioner_kind = 'CCG' and commissioner_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$')
        or (commissioner_kind = 'LOCAL_AUTHORITY' and commissioner_code ~ '^E(06|07|08|09|10)[0-9]{6}$')
        or (commissioner_kind = 'NHS_ENGLAND' and commissioner_code = 'X24')),
    check ((status = 'TERMINATED') = (terminated_on is not null)),
    check (terminated_on is null or (terminated_on >= start_date and terminated_on < end_date)),
    check (termination_reason is null or terminated_on is not null),
    check ((status = 'NOVATED') = (novated_on is not null and successor_reference is not null)),
    check (novated_on is null or (novated_on > start_date and novated_on < end_date))
);
create index contract_commissioner on contract (commissioner_code, start_date);
create index contract_provider on contract (provider_code);
create index contract_category on contract (category_code);
create index contract_period on contract (start_date, end_date);
