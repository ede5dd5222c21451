-- Utilisation, compensation and report captures read the realised placements of one year for every municipality in
-- scope; the unique key leads with the municipality, so without this index such a read scanned every year of the
-- table (ten years nationally: 295,680 rows for each request in the load benchmark).
create index realised_placement_month_ix on realised_placement (placement_month, municipality_code);
