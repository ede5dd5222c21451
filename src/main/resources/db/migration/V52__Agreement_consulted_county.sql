-- Issue 16 item 8: the consultation before an agreement names the wellbeing services county consulted (or the City
-- of Helsinki, which organises the services itself), not only a date (docs/domain.md, "Wellbeing services
-- counties"). Existing agreements with a consultation on or after 1.1.2023 (when the counties began) get their
-- municipality's county; a consultation dated earlier (which the law did not know) keeps its date and no county.
alter table placement_agreement add column wellbeing_county_code varchar(2) references wellbeing_county (code);
update placement_agreement
   set wellbeing_county_code = (select m.wellbeing_county_code from municipality m
                                 where m.code = placement_agreement.municipality_code)
 where wellbeing_consulted_date is not null and wellbeing_consulted_date >= date '2023-01-01';
