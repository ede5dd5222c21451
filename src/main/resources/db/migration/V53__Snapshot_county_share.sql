-- Issue 16 item 8: report snapshots keep the wellbeing services county's share of each municipality's estimate, for
-- the compensation report by county (docs/domain.md, "Wellbeing services counties"). Snapshots taken before have
-- no county share: null (not captured), never a made-up 0.
alter table snapshot_compensation add column county_amount numeric(14,2);
