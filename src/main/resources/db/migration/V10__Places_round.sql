-- Issue 4: the annual municipal-places round and extra-places requests outside it (docs/domain.md, "Placement
-- agreements and the annual places round").
-- Written for both PostgreSQL and H2 (PostgreSQL mode). Sequences start at 50 because EclipseLink reads a
-- sequence value as the last id of its block of 50.

-- One round per authority and year of places: opened by an official, answered by the municipalities.
create sequence places_round_seq start with 50 increment by 50;
create table places_round (
    id              bigint       not null primary key,
    authority_id    bigint       not null references regional_authority (id),
    places_year     integer      not null,
    deadline        date         not null,
    case_reference  varchar(100),
    status          varchar(20)  not null,
    opened_at       timestamp with time zone not null,
    opened_by       varchar(64)  not null,
    closed_at       timestamp with time zone,
    closed_by       varchar(64),
    version         bigint       not null default 0,
    constraint places_round_authority_year_uq unique (authority_id, places_year)
);

-- The request to one municipality the authority served when the round opened, and its answer. answered_at is
-- when the answer first arrived and answered_late whether that was after the deadline day (Finnish time), so a
-- report can count answers received and outstanding against the deadline without time-zone arithmetic.
create sequence places_request_seq start with 50 increment by 50;
create table places_request (
    id                       bigint       not null primary key,
    round_id                 bigint       not null references places_round (id),
    municipality_code        varchar(3)   not null references municipality (code),
    quota_refugee            integer      not null default 0,
    quota_emergency          integer      not null default 0,
    asylum_permit            integer      not null default 0,
    unaccompanied_minor      integer      not null default 0,
    temporary_protection     integer      not null default 0,
    family_member            integer      not null default 0,
    nationality_preferences  varchar(500),
    decision_body            varchar(200),
    decision_date            date,
    decision_reference       varchar(200),
    answered_at              timestamp with time zone,
    answered_by              varchar(64),
    answered_late            boolean      not null default false,
    changed_at               timestamp with time zone,
    changed_by               varchar(64),
    agreement_id             bigint       references placement_agreement (id),
    version                  bigint       not null default 0,
    constraint places_request_round_municipality_uq unique (round_id, municipality_code),
    constraint places_request_counts_ck check (quota_refugee >= 0 and quota_emergency >= 0 and asylum_permit >= 0
        and unaccompanied_minor >= 0 and temporary_protection >= 0 and family_member >= 0)
);
create index places_request_municipality_idx on places_request (municipality_code);

-- Every reminder sent: when, by whom and to which municipalities (those that had not answered).
create sequence places_reminder_seq start with 50 increment by 50;
create table places_reminder (
    id        bigint       not null primary key,
    round_id  bigint       not null references places_round (id),
    sent_at   timestamp with time zone not null,
    sent_by   varchar(64)  not null
);
create index places_reminder_round_idx on places_reminder (round_id, sent_at);
create table places_reminder_municipality (
    reminder_id        bigint      not null references places_reminder (id),
    municipality_code  varchar(3)  not null references municipality (code),
    primary key (reminder_id, municipality_code)
);

-- A request for extra places outside the round, under an agreement in force, and the municipality's response.
create sequence extra_places_request_seq start with 50 increment by 50;
create table extra_places_request (
    id                  bigint        not null primary key,
    agreement_id        bigint        not null references placement_agreement (id),
    places_year         integer       not null,
    target_group        varchar(40)   not null,
    persons_requested   integer       not null,
    reason              varchar(2000) not null,
    reply_by            date,
    status              varchar(20)   not null,
    requested_at        timestamp with time zone not null,
    requested_by        varchar(64)   not null,
    accepted_places     integer,
    decision_body       varchar(200),
    decision_date       date,
    decision_reference  varchar(200),
    answered_at         timestamp with time zone,
    answered_by         varchar(64),
    version             bigint        not null default 0,
    constraint extra_places_request_counts_ck check (persons_requested > 0
        and (accepted_places is null or accepted_places >= 0))
);
create index extra_places_request_agreement_idx on extra_places_request (agreement_id, places_year);
