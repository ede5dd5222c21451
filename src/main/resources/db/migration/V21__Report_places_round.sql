-- Issue 5: the PLACES_ROUND report (answers received vs outstanding in the annual places round). A snapshot keeps,
-- for every request of the rounds of the period's year (places_year), the municipality's answer as it stood when
-- the snapshot was taken. Written for both PostgreSQL and H2 (PostgreSQL mode). Snapshots taken before this
-- migration have no rows here: their PLACES_ROUND report is empty.
create table snapshot_places_round (
    snapshot_id              bigint      not null references report_snapshot (id) on delete cascade,
    round_id                 bigint      not null,
    municipality_code        varchar(3)  not null,
    authority_id             bigint      not null,
    deadline                 date        not null,
    answered_on              date,         -- the day (in Finland) of the first answer; null when none
    answered_late            boolean     not null,
    quota_refugee            integer     not null,
    quota_emergency          integer     not null,
    asylum_permit            integer     not null,
    unaccompanied_minor      integer     not null,
    temporary_protection     integer     not null,
    family_member            integer     not null,
    reminders                integer     not null,  -- reminders of the round that were sent to the municipality
    primary key (snapshot_id, round_id, municipality_code)
);
