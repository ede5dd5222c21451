-- The measures of a programme: what is done, who is responsible, when, and how progress is measured.
create sequence programme_measure_seq start with 50 increment by 50;
create table programme_measure (
    id                 bigint        not null primary key,
    programme_id       bigint        not null references programme (id) on delete cascade,
    sort_order         integer       not null,
    action             varchar(2000) not null,
    responsible_party  varchar(300)  not null,
    schedule           varchar(300),
    indicator          varchar(1000)
);
create index programme_measure_programme_idx on programme_measure (programme_id, sort_order);
