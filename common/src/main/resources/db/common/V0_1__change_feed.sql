-- The outbox behind GET /changes: every change to the service's records, in commit order.
create table change_event (
    sequence      bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    resource_type text        not null,
    resource_id   text        not null,
    change_type   text        not null check (change_type in ('CREATED', 'UPDATED', 'DELETED')),
    payload       jsonb       not null
);

create index change_event_resource on change_event (resource_type, resource_id);
