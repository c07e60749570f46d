-- CCG reconfigurations (mergers, closures with a transfer) and their execution as a saga: the
-- reconfiguration's state with a lease (so that one replica at a time runs it), and one row per
-- step with its outcome.
create table reconfiguration (
    id                bigint generated always as identity primary key,
    kind              text    not null check (kind in ('MERGER', 'CLOSURE')),
    predecessor_codes text[]  not null check (cardinality(predecessor_codes) between 1 and 50),
    successor_code    text    not null check (successor_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    successor_name    text    check (successor_name is null or length(btrim(successor_name)) > 0),
    successor_is_new  boolean not null,
    effective_date    date    not null,
    state             text    not null check (state in ('PROPOSED', 'APPROVED', 'EXECUTING',
                          'COMPLETED', 'COMPENSATING', 'FAILED', 'CANCELLED')),
    reason            text,
    proposed_at       timestamptz not null,
    approved_at       timestamptz,
    finished_at       timestamptz,
    lease_owner       text,
    lease_until       timestamptz,
    next_attempt_at   timestamptz not null default now(),
    version           bigint  not null default 0,
    check (not (successor_code = any (predecessor_codes)))
);
create index reconfiguration_due on reconfiguration (effective_date, id)
    where state in ('APPROVED', 'EXECUTING', 'COMPENSATING');
-- a replayed merger is recorded once, however often the replay runs
create unique index reconfiguration_once on reconfiguration (successor_code, effective_date)
    where state <> 'CANCELLED' and state <> 'FAILED';

create table reconfiguration_step (
    id                 bigint generated always as identity primary key,
    reconfiguration_id bigint  not null references reconfiguration (id),
    position           int     not null,
    kind               text    not null check (kind in ('ESTABLISH_SUCCESSOR', 'TRANSFER_PRACTICES',
                           'NOVATE_CONTRACTS', 'HAND_OVER_BOARD_SEATS', 'CLOSE_PREDECESSORS')),
    status             text    not null check (status in ('PENDING', 'DONE', 'FAILED',
                           'COMPENSATED', 'NOT_COMPENSATED')),
    attempts           int     not null default 0,
    outcome            text,
    updated_at         timestamptz not null,
    unique (reconfiguration_id, position)
);
