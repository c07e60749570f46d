-- This service's own record of each CCG's operational period, kept from ccg-service's change feed
-- (so that practices left in a closed CCG can be found without asking ccg-service).
create table ccg_lifespan (
    code          text primary key check (code ~ '^([0-9]{2}[A-Z]|[A-Z0-9]{5})$'),
    open_date     date,
    close_date    date,
    feed_sequence bigint not null
);
