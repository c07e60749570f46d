-- The register of English councils (ONS codes).
create table local_authority (
    code            text primary key
                    check (code ~ '^E(06|07|08|09|10)[0-9]{6}$'),
    name            text   not null check (length(btrim(name)) > 0),
    kind            text   not null
                    check (kind in ('UNITARY', 'DISTRICT', 'METROPOLITAN_BOROUGH', 'LONDON_BOROUGH', 'COUNTY')),
    upper_tier_code text   references local_authority (code),
    valid_from      date,
    valid_to        date,
    version         bigint not null default 0,
    -- the kind is the code's prefix
    constraint kind_matches_code check (
        (kind = 'UNITARY' and code like 'E06%') or (kind = 'DISTRICT' and code like 'E07%')
        or (kind = 'METROPOLITAN_BOROUGH' and code like 'E08%')
        or (kind = 'LONDON_BOROUGH' and code like 'E09%') or (kind = 'COUNTY' and code like 'E10%')),
    -- districts sit under a county; every other kind is its own upper tier
    constraint upper_tier_only_for_districts check ((kind = 'DISTRICT') = (upper_tier_code is not null)),
    constraint validity_ordered check (valid_to is null or valid_from is null or valid_to > valid_from)
);

create index local_authority_upper_tier on local_authority (upper_tier_code);
create index local_authority_kind on local_authority (kind);
