-- What was asserted about a practice's commissioner: by which file row, request or correction,
-- and when it was recorded. Facts are never deleted; a withdrawn fact keeps its record. The
-- membership table is derived from the standing facts and the CCG successions below.
create sequence membership_fact_id_seq increment by 50;

create table membership_fact (
    id                bigint primary key default nextval('membership_fact_id_seq'),
    practice_code     text not null references practice (code),
    ccg_code          text not null check (ccg_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    valid_from        date not null,
    kind              text not null check (kind in ('IMPORT', 'TRANSFER', 'REGISTRATION', 'CORRECTION')),
    source            text not null check (length(source) > 0),
    -- the day the file was extracted, for a fact from a file: where two files assert a fact on
    -- one day, the later extract wins
    extract_date      date check ((kind = 'IMPORT') = (extract_date is not null)),
    recorded_at       timestamptz not null default clock_timestamp(),
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    replaced_by       bigint references membership_fact (id),
    check ((withdrawn_at is null) = (withdrawal_reason is null)),
    check (withdrawn_at is null or withdrawn_at >= recorded_at)
);
create index membership_fact_practice on membership_fact (practice_code, valid_from);

create sequence ccg_succession_id_seq increment by 50;

-- Each CCG whose practices went to a successor on a date (a merger or closure, as the
-- reconfiguration workflow recorded it here). A reversal withdraws it.
create table ccg_succession (
    id               bigint primary key default nextval('ccg_succession_id_seq'),
    predecessor_code text not null check (predecessor_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    successor_code   text not null check (successor_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    effective_date   date not null,
    source           text not null,
    recorded_at      timestamptz not null default clock_timestamp(),
    withdrawn_at     timestamptz,
    check (predecessor_code <> successor_code)
);
-- a CCG hands its practices over once
create unique index ccg_succession_standing on ccg_succession (predecessor_code) where withdrawn_at is null;

-- A membership is now derived: asserted (it begins with a fact) or carried by a succession.
alter table membership drop constraint membership_origin_check;
alter table membership add constraint membership_origin_check
    check (origin in ('IMPORT', 'TRANSFER', 'REGISTRATION', 'CORRECTION', 'SUCCESSION'));
alter table membership add column fact_id bigint references membership_fact (id);
alter table membership add column source text;

-- The memberships recorded before facts were kept become the facts they assert.
insert into membership_fact (practice_code, ccg_code, valid_from, kind, source, extract_date)
select practice_code, ccg_code, valid_from, origin, 'recorded before facts were kept',
       case when origin = 'IMPORT' then valid_from end
from membership;
update membership m set fact_id = f.id, source = f.source
from membership_fact f
where f.practice_code = m.practice_code and f.valid_from = m.valid_from;

-- A practice's details from a file are replaced only by a file extracted no earlier.
alter table practice add column details_extract_date date;
