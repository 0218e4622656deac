-- How sure the gateway was of each zone it reported (issue 23): kept with the zone a visit went through, and counted
-- per zone and hour as "unsure passes" (reported below 0.8 and left within 5 s: most likely back-and-forth on a border).
ALTER TABLE visit_zone ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE insight_zone_hour ADD COLUMN unsure INTEGER DEFAULT 0 NOT NULL;
