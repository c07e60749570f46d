-- How far this service has followed each peer's change feed.
create table feed_cursor (
    feed       text primary key,
    position   bigint      not null default 0 check (position >= 0),
    updated_at timestamptz not null default now()
);
