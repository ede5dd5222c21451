-- Koto monitoring: a programme's goals by theme (Act 681/2023 §1, docs/domain.md "Goals, measures, indicators and
-- monitoring"), its measures linked to goals, its indicators with unit, baseline and target, and the annual
-- monitoring report with a value per indicator and an account per measure.
-- Written for both PostgreSQL and H2 (PostgreSQL mode). Words H2 reserves (value, year) are not used as names.

create sequence programme_goal_seq start with 50 increment by 50;
create table programme_goal (
    id            bigint        not null primary key,
    programme_id  bigint        not null references programme (id) on delete cascade,
    theme         varchar(40)   not null,
    sort_order    integer       not null,
    text_fi       varchar(2000) not null,
    text_sv       varchar(2000),
    changed_by    varchar(64)   not null,
    changed_at    timestamp with time zone not null,
    version       bigint        not null default 0
);
create index programme_goal_programme_idx on programme_goal (programme_id, sort_order);

-- Measures and indicators draw their ids from the sequence of the free-text measures (V8), so the measures
-- carried forward keep their ids and new rows never collide with them.
create table plan_measure (
    id                 bigint        not null primary key,
    programme_id       bigint        not null references programme (id) on delete cascade,
    goal_id            bigint        references programme_goal (id),
    sort_order         integer       not null,
    action_fi          varchar(2000) not null,
    action_sv          varchar(2000),
    responsible_party  varchar(300)  not null,
    start_year         integer,
    end_year           integer,
    schedule           varchar(300),
    changed_by         varchar(64)   not null,
    changed_at         timestamp with time zone not null,
    version            bigint        not null default 0
);
create index plan_measure_programme_idx on plan_measure (programme_id, sort_order);

create table plan_indicator (
    id             bigint        not null primary key,
    programme_id   bigint        not null references programme (id) on delete cascade,
    goal_id        bigint        references programme_goal (id),
    measure_id     bigint        references plan_measure (id),
    sort_order     integer       not null,
    name_fi        varchar(1000) not null,
    name_sv        varchar(1000),
    unit           varchar(20),
    baseline       numeric(14, 2),
    baseline_year  integer,
    target         numeric(14, 2),
    target_year    integer,
    changed_by     varchar(64)   not null,
    changed_at     timestamp with time zone not null,
    version        bigint        not null default 0
);
create index plan_indicator_programme_idx on plan_indicator (programme_id, sort_order);

-- The free-text measures carried forward: each keeps its id, position, text, responsible party and schedule, not
-- yet linked to a goal; a free-text indicator becomes an indicator of that measure, its unit, baseline and target
-- still to be filled in. The old table stays as it was (nothing is deleted).
insert into plan_measure (id, programme_id, goal_id, sort_order, action_fi, action_sv, responsible_party,
                          start_year, end_year, schedule, changed_by, changed_at, version)
select m.id, m.programme_id, null, m.sort_order, m.action, null, m.responsible_party, null, null, m.schedule,
       p.changed_by, p.changed_at, 0
from programme_measure m join programme p on p.id = m.programme_id;

insert into plan_indicator (id, programme_id, goal_id, measure_id, sort_order, name_fi, name_sv, unit, baseline,
                            baseline_year, target, target_year, changed_by, changed_at, version)
select m.id, m.programme_id, null, m.id, m.sort_order, m.indicator, null, null, null, null, null, null,
       p.changed_by, p.changed_at, 0
from programme_measure m join programme p on p.id = m.programme_id
where m.indicator is not null and trim(m.indicator) <> '';

create sequence monitoring_report_seq start with 50 increment by 50;
create table monitoring_report (
    id               bigint       not null primary key,
    programme_id     bigint       not null references programme (id) on delete cascade,
    monitoring_year  integer      not null,
    status           varchar(20)  not null,
    reported_at      timestamp with time zone,
    reported_by      varchar(64),
    changed_by       varchar(64)  not null,
    changed_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    unique (programme_id, monitoring_year)
);
create index monitoring_report_year_idx on monitoring_report (monitoring_year, status);

create table monitoring_value (
    report_id     bigint         not null references monitoring_report (id) on delete cascade,
    indicator_id  bigint         not null references plan_indicator (id) on delete cascade,
    figure        numeric(14, 2) not null,
    primary key (report_id, indicator_id)
);

create table monitoring_account (
    report_id   bigint        not null references monitoring_report (id) on delete cascade,
    measure_id  bigint        not null references plan_measure (id) on delete cascade,
    progress    varchar(20)   not null,
    comment     varchar(2000),
    primary key (report_id, measure_id)
);
