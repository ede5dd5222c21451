-- Issue 4: refugee placement agreements, annual municipal places, realised placements and the compensation tables.
-- Written for both PostgreSQL and H2 (PostgreSQL mode), like V1. Sequences start at 50 or above because
-- EclipseLink reads a sequence value as the last id of its block of 50.

create sequence placement_agreement_seq start with 50 increment by 50;
create table placement_agreement (
    id                       bigint       not null primary key,
    municipality_code        varchar(3)   not null references municipality (code),
    authority_id             bigint       not null references regional_authority (id),
    status                   varchar(40)  not null,
    wellbeing_consulted_date date,
    decision_body            varchar(200),
    decision_date            date,
    decision_reference       varchar(200),
    signed_date              date,
    terminated_date          date,
    created_at               timestamp with time zone not null,
    created_by               varchar(64)  not null,
    version                  bigint       not null default 0
);
create index placement_agreement_municipality_idx on placement_agreement (municipality_code, status);

-- The agreement's timeline: every transition and every change of places. Append-only.
create sequence agreement_event_seq start with 50 increment by 50;
create table agreement_event (
    id            bigint        not null primary key,
    agreement_id  bigint        not null references placement_agreement (id),
    at            timestamp with time zone not null,
    actor         varchar(64)   not null,
    action        varchar(40)   not null,
    from_status   varchar(40),
    to_status     varchar(40),
    comment       varchar(2000)
);
create index agreement_event_agreement_idx on agreement_event (agreement_id, at);

-- Places the municipality commits to for one year, per target group.
create sequence annual_places_seq start with 50 increment by 50;
create table annual_places (
    id                       bigint       not null primary key,
    agreement_id             bigint       not null references placement_agreement (id),
    places_year              integer      not null,
    quota_refugee            integer      not null default 0,
    quota_emergency          integer      not null default 0,
    asylum_permit            integer      not null default 0,
    unaccompanied_minor      integer      not null default 0,
    temporary_protection     integer      not null default 0,
    family_member            integer      not null default 0,
    nationality_preferences  varchar(500),
    version                  bigint       not null default 0,
    constraint annual_places_agreement_year_uq unique (agreement_id, places_year)
);

-- Persons placed in a municipality in a month: aggregate counts only, never personal data.
create sequence realised_placement_seq start with 50 increment by 50;
create table realised_placement (
    id                 bigint      not null primary key,
    municipality_code  varchar(3)  not null references municipality (code),
    placement_month    date        not null,
    target_group       varchar(40) not null,
    persons            integer     not null,
    under_7            integer     not null,
    self_settled       boolean     not null,
    version            bigint      not null default 0,
    constraint realised_placement_key_uq unique (municipality_code, placement_month, target_group, self_settled),
    constraint realised_placement_counts_ck check (persons >= 0 and under_7 >= 0 and under_7 <= persons)
);

-- Calculated compensation per person and year, by age band and recipient, with validity dates (inclusive;
-- seeded ids 1-6 lie below the first block EclipseLink takes from the sequences starting at 100;
-- valid_to null = open-ended). target_group ALL applies to every group without a row of its own.
create sequence compensation_rate_seq start with 100 increment by 50;
create table compensation_rate (
    id             bigint        not null primary key,
    target_group   varchar(40)   not null,
    age_band       varchar(20)   not null,
    recipient      varchar(20)   not null,
    annual_amount  numeric(12,2) not null,
    valid_from     date          not null,
    valid_to       date
);

-- How many years compensation is paid for a person of a target group, by the month the period starts.
create sequence compensation_period_seq start with 100 increment by 50;
create table compensation_period (
    id             bigint       not null primary key,
    target_group   varchar(40)  not null,
    years          integer      not null,
    valid_from     date         not null,
    valid_to       date
);

-- Decree 1393/2011 (from 1.1.2012): EUR 2,300 a year for a person aged 7 or over, EUR 6,845 for a child under 7.
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to)
values (1, 'ALL', 'AGE_7_OR_OVER', 'MUNICIPALITY', 2300.00, date '2012-01-01', date '2022-12-31');
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to)
values (2, 'ALL', 'UNDER_7', 'MUNICIPALITY', 6845.00, date '2012-01-01', date '2022-12-31');
-- Act 936/2022 (from 1.1.2023): mainland municipalities get EUR 1,955 / 6,503 (the wellbeing counties' share
-- and Aland's unchanged amounts are not modelled yet).
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to)
values (3, 'ALL', 'AGE_7_OR_OVER', 'MUNICIPALITY', 1955.00, date '2023-01-01', null);
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to)
values (4, 'ALL', 'UNDER_7', 'MUNICIPALITY', 6503.00, date '2023-01-01', null);

-- Act 1313/2011 (from 1.1.2012): 3 years, 4 years for quota refugees (emergency cases are quota refugees) and
-- their reunified family members. FAMILY_MEMBER is treated as family of quota refugees, hence 4 years; family
-- members of others cannot be told apart in aggregate counts. The shorter periods from 1.1.2025 are entered by V51
-- with their sources (docs/domain.md, "Compensation").
insert into compensation_period (id, target_group, years, valid_from, valid_to)
values (1, 'QUOTA_REFUGEE', 4, date '2012-01-01', null);
insert into compensation_period (id, target_group, years, valid_from, valid_to)
values (2, 'QUOTA_EMERGENCY', 4, date '2012-01-01', null);
insert into compensation_period (id, target_group, years, valid_from, valid_to)
values (3, 'FAMILY_MEMBER', 4, date '2012-01-01', null);
insert into compensation_period (id, target_group, years, valid_from, valid_to)
values (4, 'ASYLUM_PERMIT', 3, date '2012-01-01', null);
insert into compensation_period (id, target_group, years, valid_from, valid_to)
values (5, 'UNACCOMPANIED_MINOR', 3, date '2012-01-01', null);
-- Act 1083/2022 (from 1.3.2023): temporary protection with a home municipality, 3 years (HE 135/2022).
insert into compensation_period (id, target_group, years, valid_from, valid_to)
values (6, 'TEMPORARY_PROTECTION', 3, date '2023-03-01', null);
