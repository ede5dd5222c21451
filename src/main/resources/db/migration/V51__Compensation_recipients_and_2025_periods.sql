-- Issue 16 item 7: calculated compensation per recipient, the periods of 1.1.2025 and the transitional rule, every
-- row with its source (docs/domain.md, "Compensation"). Existing rows are kept (estimates for past years stay what
-- they were); they get their sources, and the open-ended period rows end on 31.12.2024 where a new length follows.
-- Written for both PostgreSQL and H2 (PostgreSQL mode). Seeded ids lie below the sequences' first block (100).

alter table compensation_rate add column source varchar(500);
alter table compensation_period add column source varchar(500);

update compensation_rate set source = 'Government Decree 1393/2011, from 1.1.2012 (https://www.finlex.fi/sv/laki/alkup/2011/20111393)'
 where id in (1, 2);
update compensation_rate set source = 'Act 936/2022, from 1.1.2023: municipalities except Aland (https://kotoutuminen.fi/laskennallinen-korvaus)'
 where id in (3, 4);
update compensation_rate set source = 'Added by an administrator' where source is null;

-- Wellbeing services counties and the City of Helsinki: EUR 345 (aged 7 or over) / 342 (under 7) a year from
-- 1.1.2023 (Act 936/2022).
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to, source)
values (10, 'ALL', 'AGE_7_OR_OVER', 'WELLBEING_COUNTY', 345.00, date '2023-01-01', null,
        'Act 936/2022, from 1.1.2023: wellbeing services counties and the City of Helsinki (https://kotoutuminen.fi/laskennallinen-korvaus)');
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to, source)
values (11, 'ALL', 'UNDER_7', 'WELLBEING_COUNTY', 342.00, date '2023-01-01', null,
        'Act 936/2022, from 1.1.2023: wellbeing services counties and the City of Helsinki (https://kotoutuminen.fi/laskennallinen-korvaus)');
-- Aland municipalities: the undivided amounts of Decree 1393/2011 (from 1.1.2012), kept by Act 936/2022.
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to, source)
values (12, 'ALL', 'AGE_7_OR_OVER', 'ALAND_MUNICIPALITY', 2300.00, date '2012-01-01', null,
        'Government Decree 1393/2011 from 1.1.2012; kept for Aland municipalities by Act 936/2022 (https://kotoutuminen.fi/laskennallinen-korvaus)');
insert into compensation_rate (id, target_group, age_band, recipient, annual_amount, valid_from, valid_to, source)
values (13, 'ALL', 'UNDER_7', 'ALAND_MUNICIPALITY', 6845.00, date '2012-01-01', null,
        'Government Decree 1393/2011 from 1.1.2012; kept for Aland municipalities by Act 936/2022 (https://kotoutuminen.fi/laskennallinen-korvaus)');

-- Periods of the old law end with 2024 where HE 21/2024 shortens them from 1.1.2025.
update compensation_period set source = 'Act 1313/2011 (1386/2010 section 45), from 1.1.2012: 4 years for quota refugees and their family members (https://finlex.fi/sv/lagstiftning/forfattningssamling/2011/1313)'
 where id in (1, 2, 3);
update compensation_period set source = 'Act 1313/2011 (1386/2010 section 45), from 1.1.2012: 3 years (https://finlex.fi/sv/lagstiftning/forfattningssamling/2011/1313)'
 where id in (4, 5);
update compensation_period set source = 'Act 1083/2022, from 1.3.2023: temporary protection with a home municipality, 3 years (HE 135/2022)'
 where id = 6;
update compensation_period set source = 'Added by an administrator' where source is null;
-- A group for which an administrator already recorded a length from 2025 on keeps the administrator's rows.
update compensation_period set valid_to = date '2024-12-31'
 where target_group = 'QUOTA_REFUGEE' and valid_from < date '2025-01-01' and (valid_to is null or valid_to > date '2024-12-31')
   and not exists (select 1 from compensation_period q where q.target_group = 'QUOTA_REFUGEE' and q.valid_from >= date '2025-01-01');
update compensation_period set valid_to = date '2024-12-31'
 where target_group = 'QUOTA_EMERGENCY' and valid_from < date '2025-01-01' and (valid_to is null or valid_to > date '2024-12-31')
   and not exists (select 1 from compensation_period q where q.target_group = 'QUOTA_EMERGENCY' and q.valid_from >= date '2025-01-01');
update compensation_period set valid_to = date '2024-12-31'
 where target_group = 'FAMILY_MEMBER' and valid_from < date '2025-01-01' and (valid_to is null or valid_to > date '2024-12-31')
   and not exists (select 1 from compensation_period q where q.target_group = 'FAMILY_MEMBER' and q.valid_from >= date '2025-01-01');
update compensation_period set valid_to = date '2024-12-31'
 where target_group = 'ASYLUM_PERMIT' and valid_from < date '2025-01-01' and (valid_to is null or valid_to > date '2024-12-31')
   and not exists (select 1 from compensation_period q where q.target_group = 'ASYLUM_PERMIT' and q.valid_from >= date '2025-01-01');
update compensation_period set valid_to = date '2024-12-31'
 where target_group = 'UNACCOMPANIED_MINOR' and valid_from < date '2025-01-01' and (valid_to is null or valid_to > date '2024-12-31')
   and not exists (select 1 from compensation_period q where q.target_group = 'UNACCOMPANIED_MINOR' and q.valid_from >= date '2025-01-01');
update compensation_period set valid_to = date '2024-12-31'
 where target_group = 'TEMPORARY_PROTECTION' and valid_from < date '2025-01-01' and (valid_to is null or valid_to > date '2024-12-31')
   and not exists (select 1 from compensation_period q where q.target_group = 'TEMPORARY_PROTECTION' and q.valid_from >= date '2025-01-01');

-- Target groups covered by compensation that Koto did not have (https://kotoutuminen.fi/kenesta-korvaus-maksetaan):
-- victims of trafficking (Aliens Act 52 a) and residence permits on individual humanitarian grounds (Aliens Act 52),
-- 3 years under the old law's general rule.
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 7, 'TRAFFICKING_VICTIM', 3, date '2012-01-01', date '2024-12-31',
       'Act 1313/2011 (1386/2010 section 45), from 1.1.2012: 3 years; group per https://kotoutuminen.fi/kenesta-korvaus-maksetaan'
 where not exists (select 1 from compensation_period q where q.target_group = 'TRAFFICKING_VICTIM' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 8, 'INDIVIDUAL_HUMANITARIAN', 3, date '2012-01-01', date '2024-12-31',
       'Act 1313/2011 (1386/2010 section 45), from 1.1.2012: 3 years; group per https://kotoutuminen.fi/kenesta-korvaus-maksetaan'
 where not exists (select 1 from compensation_period q where q.target_group = 'INDIVIDUAL_HUMANITARIAN' and q.valid_from >= date '2025-01-01');

-- HE 21/2024 (approved 13.6.2024), from 1.1.2025: 3 years for quota refugees and their family members, 2 years for
-- the others, temporary protection with a home municipality included.
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 11, 'QUOTA_REFUGEE', 3, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 3 years for quota refugees (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'QUOTA_REFUGEE' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 12, 'QUOTA_EMERGENCY', 3, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 3 years for quota refugees (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'QUOTA_EMERGENCY' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 13, 'FAMILY_MEMBER', 3, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 3 years for quota refugees and their family members (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'FAMILY_MEMBER' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 14, 'ASYLUM_PERMIT', 2, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 2 years for the others (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'ASYLUM_PERMIT' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 15, 'UNACCOMPANIED_MINOR', 2, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 2 years for the others (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'UNACCOMPANIED_MINOR' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 16, 'TEMPORARY_PROTECTION', 2, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 2 years, temporary protection with a home municipality included (https://valtioneuvosto.fi/-/1410877/hallituksen-muutokset-kotoutumislain-uudistukseen-lisaavat-maahanmuuttajan-omaa-vastuuta)'
 where not exists (select 1 from compensation_period q where q.target_group = 'TEMPORARY_PROTECTION' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 17, 'TRAFFICKING_VICTIM', 2, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 2 years for the others (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'TRAFFICKING_VICTIM' and q.valid_from >= date '2025-01-01');
insert into compensation_period (id, target_group, years, valid_from, valid_to, source)
select 18, 'INDIVIDUAL_HUMANITARIAN', 2, date '2025-01-01', null,
       'HE 21/2024, from 1.1.2025: 2 years for the others (https://kotoutuminen.fi/en/-/amendments-to-the-integration-act-reform-aim-to-increase-immigrants-self-initiative)'
 where not exists (select 1 from compensation_period q where q.target_group = 'INDIVIDUAL_HUMANITARIAN' and q.valid_from >= date '2025-01-01');

-- The transitional rule for periods that began before 1.1.2025. Not found in the sources searched (December 2026:
-- HE 21/2024, HaVM 8/2024, kotoutuminen.fi and valtioneuvosto.fi pages), so a dated setting: periods keep the
-- length valid when they began until an administrator records otherwise (docs/domain.md, "Compensation").
create sequence compensation_transition_seq start with 100 increment by 50;
create table compensation_transition (
    id          bigint        not null primary key,
    valid_from  date          not null,
    mode        varchar(30)   not null,
    verified    boolean       not null,
    source      varchar(1000) not null
);
insert into compensation_transition (id, valid_from, mode, verified, source)
values (1, date '2025-01-01', 'LENGTH_AT_START', false,
        'Setting, not a verified rule: the transitional provision of the act amending 681/2023 (HE 21/2024) was not found in the public sources searched in December 2026; periods that began before 1.1.2025 keep the length valid when they began until the rule is confirmed (docs/domain.md, Compensation)');

-- The initial-assessment compensation of the old law: EUR 700 once per person whose initial assessment the
-- municipality made, Decree 1393/2011 from 1.1.2012, until 1386/2010 was repealed on 31.12.2024.
create sequence compensation_one_off_seq start with 100 increment by 50;
create table compensation_one_off (
    id          bigint        not null primary key,
    kind        varchar(30)   not null,
    amount      numeric(12,2) not null,
    valid_from  date          not null,
    valid_to    date,
    source      varchar(1000) not null
);
insert into compensation_one_off (id, kind, amount, valid_from, valid_to, source)
values (1, 'INITIAL_ASSESSMENT', 700.00, date '2012-01-01', date '2024-12-31',
        'Government Decree 1393/2011 (https://www.finlex.fi/sv/laki/alkup/2011/20111393); 1386/2010 repealed by 681/2023 from 1.1.2025');
