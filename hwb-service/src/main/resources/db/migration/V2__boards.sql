-- Health and Wellbeing Boards, their dated seats, their joint documents (JSNA, JHWS) and their
-- opinions on CCG commissioning plans.
create extension if not exists btree_gist;

-- one board per upper-tier council at a time; districts (E07) never host one
create table board (
    id              bigint generated always as identity primary key,
    authority_code  text   not null references local_authority (code),
    name            text   not null check (length(btrim(name)) > 0),
    shadow_start    date   not null,
    statutory_start date   not null,
    valid_from      date   not null,
    valid_to        date,
    version         bigint not null default 0,
    constraint hosted_by_an_upper_tier_council check (authority_code ~ '^E(06|08|09|10)[0-9]{6}$'),
    constraint shadow_before_statutory check (shadow_start <= statutory_start),
    constraint valid_by_shadow_start check (valid_from <= shadow_start),
    constraint validity_ordered check (valid_to is null or valid_to > valid_from),
    constraint one_board_per_authority_at_a_time exclude using gist (
        authority_code with =, daterange(valid_from, valid_to, '[)') with &&)
);

create table board_member (
    id          bigint generated always as identity primary key,
    board_id    bigint not null references board (id),
    person_name text   not null check (length(btrim(person_name)) > 0),
    role        text   not null check (role in ('ELECTED_COUNCILLOR', 'DIRECTOR_OF_ADULT_SOCIAL_SERVICES',
                    'DIRECTOR_OF_CHILDRENS_SERVICES', 'DIRECTOR_OF_PUBLIC_HEALTH',
                    'HEALTHWATCH_REPRESENTATIVE', 'CCG_REPRESENTATIVE', 'OTHER')),
    ccg_code    text   check (ccg_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    valid_from  date   not null,
    valid_to    date,
    version     bigint not null default 0,
    constraint ccg_named_by_ccg_representatives_only check ((role = 'CCG_REPRESENTATIVE') = (ccg_code is not null)),
    constraint validity_ordered check (valid_to is null or valid_to > valid_from),
    constraint one_seat_per_person_role_and_ccg_at_a_time exclude using gist (
        board_id with =, role with =, (lower(person_name)) with =, (coalesce(ccg_code, '')) with =,
        daterange(valid_from, valid_to, '[)') with &&)
);
create index board_member_board on board_member (board_id);

-- the Joint Strategic Needs Assessment and the Joint Health and Wellbeing Strategy: one of each in
-- force at a time
create table joint_document (
    id         bigint generated always as identity primary key,
    board_id   bigint not null references board (id),
    kind       text   not null check (kind in ('JOINT_STRATEGIC_NEEDS_ASSESSMENT', 'JOINT_HEALTH_AND_WELLBEING_STRATEGY')),
    title      text   not null check (length(btrim(title)) > 0),
    priorities text[] not null check (cardinality(priorities) > 0),
    valid_from date   not null,
    valid_to   date,
    version    bigint not null default 0,
    constraint validity_ordered check (valid_to is null or valid_to > valid_from),
    constraint one_of_each_kind_at_a_time exclude using gist (
        board_id with =, kind with =, daterange(valid_from, valid_to, '[)') with &&),
    -- lets an opinion name a strategy of its own board
    unique (id, board_id)
);

create table plan_opinion (
    id             bigint generated always as identity primary key,
    board_id       bigint not null references board (id),
    ccg_code       text   not null check (ccg_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    plan_reference text   not null check (length(btrim(plan_reference)) > 0),
    financial_year text   not null,
    opinion        text   not null check (opinion in ('TAKES_PROPER_ACCOUNT', 'DOES_NOT_TAKE_PROPER_ACCOUNT')),
    reasons        text[] not null check (cardinality(reasons) > 0),
    given_on       date   not null,
    strategy_id    bigint not null,
    version        bigint not null default 0,
    -- written 2014/15: consecutive years
    constraint financial_year_format check (case
        when financial_year ~ '^[0-9]{4}/[0-9]{2}$'
            then (substr(financial_year, 1, 4)::int + 1) % 100 = substr(financial_year, 6, 2)::int
        else false end),
    constraint strategy_of_the_same_board foreign key (strategy_id, board_id)
        references joint_document (id, board_id),
    constraint one_opinion_per_plan unique (board_id, ccg_code, financial_year, plan_reference)
);
create index plan_opinion_year on plan_opinion (financial_year, board_id);
