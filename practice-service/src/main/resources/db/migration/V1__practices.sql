-- GP practices and their dated CCG membership.
create extension if not exists btree_gist;

create table practice (
    code          text primary key check (code ~ '^[A-Z][0-9]{5}$'),
    name          text   not null check (length(btrim(name)) > 0),
    address_lines text[] not null default '{}',
    -- stored normalised: upper case, one space before the inward code
    postcode      text check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    telephone     text,
    status        text   not null check (status in ('ACTIVE', 'DORMANT', 'CLOSED', 'PROPOSED')),
    open_date     date,
    close_date    date,
    contract_type text check (contract_type in ('GMS', 'PMS', 'APMS')),
    list_size     integer check (list_size >= 0),
    version       bigint not null default 0,
    check (close_date is null or open_date is null or close_date > open_date)
);
create index practice_name on practice (lower(name));
create index practice_postcode on practice (postcode text_pattern_ops);

create sequence membership_id_seq increment by 50;

-- which CCG a practice belonged to over [valid_from, valid_to)
create table membership (
    id            bigint primary key default nextval('membership_id_seq'),
    practice_code text not null references practice (code),
    ccg_code      text not null check (ccg_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    valid_from    date not null,
    valid_to      date,
    origin        text not null check (origin in ('IMPORT', 'TRANSFER', 'REGISTRATION')),
    check (valid_to is null or valid_to > valid_from),
    constraint one_ccg_at_a_time exclude using gist (
        practice_code with =, daterange(valid_from, valid_to, '[)') with &&)
        deferrable initially deferred
);
create index membership_ccg on membership (ccg_code, valid_from);
create index membership_practice on membership (practice_code, valid_from);

-- No gaps: a practice's memberships follow one another without a break, only the last may be
-- open-ended, and none runs past the practice's closure. Checked at commit, once the
-- transaction's changes are all made.
create function check_membership_contiguous() returns trigger language plpgsql as $$
declare
    practice_key text := coalesce(new.practice_code, old.practice_code);
    closed date;
    previous_end date;
    first boolean := true;
    row record;
begin
    select close_date into closed from practice where practice.code = practice_key;
    for row in select valid_from, valid_to from membership where practice_code = practice_key order by valid_from loop
        if not first and (previous_end is null or previous_end <> row.valid_from) then
            raise exception 'memberships of practice % leave a gap or overlap before %', practice_key, row.valid_from
                using errcode = '23514';
        end if;
        if closed is not null and (row.valid_to is null or row.valid_to > closed) and row.valid_from < closed then
            raise exception 'membership of practice % runs past its closure on %', practice_key, closed
                using errcode = '23514';
        end if;
        previous_end := row.valid_to;
        first := false;
    end loop;
    return null;
end;
$$;

create constraint trigger membership_contiguous
    after insert or update or delete on membership
    deferrable initially deferred
    for each row execute function check_membership_contiguous();

-- transfers already done, by the client's idempotency key, with the answer they got
create table transfer_request (
    idempotency_key text primary key check (length(idempotency_key) between 1 and 200),
    practice_code   text not null references practice (code),
    request_hash    text not null,
    response        jsonb not null,
    created_at      timestamptz not null default now()
);
