-- Each CCG representative's seat that a CCG reconfiguration ended, and the successor's seat it
-- began: what a reversal needs to put back exactly.
create table ccg_seat_handover (
    id                  bigint generated always as identity primary key,
    board_id            bigint not null references board (id),
    predecessor_code    text   not null check (predecessor_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    successor_code      text   not null check (successor_code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    effective_date      date   not null,
    ended_seat_id       bigint not null unique references board_member (id),
    ended_seat_valid_to date,
    successor_seat_id   bigint references board_member (id) on delete set null
);
create index ccg_seat_handover_successor on ccg_seat_handover (successor_code, effective_date);
